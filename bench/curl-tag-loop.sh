#!/usr/bin/env bash
# The baseline of bench/run's "undo" measurement: put deleted tags back one by one, as a user script
# would with the manifest saved beforehand (a plain registry has no tag API: a manifest PUT under
# each tag, distribution docs/spec/api.md "Pushing an Image"; the first PUT brings the manifest back).
#
#   bench/curl-tag-loop.sh URL REPOSITORY MANIFEST-FILE MEDIA-TYPE TAG-FILE
#
# TAG-FILE has one tag per line. Exits non-zero if any PUT did not answer 201.
set -euo pipefail
usage='usage: curl-tag-loop.sh URL REPOSITORY MANIFEST-FILE MEDIA-TYPE TAG-FILE'
url=${1:?$usage}
repo=${2:?$usage}
manifest=${3:?$usage}
media_type=${4:?$usage}
tags=${5:?$usage}
bad=0
while read -r t; do
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Content-Type: $media_type" \
        --data-binary "@$manifest" "$url/v2/$repo/manifests/$t")
    [ "$code" = 201 ] || bad=$((bad + 1))
done <"$tags"
if [ "$bad" -ne 0 ]; then
    echo "curl-tag-loop: $bad PUT(s) did not answer 201" >&2
    exit 1
fi
