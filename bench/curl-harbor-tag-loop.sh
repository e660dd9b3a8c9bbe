#!/usr/bin/env bash
# The baseline of bench/run's "undo" measurement on Harbor: add removed tags back one by one, one
# curl per tag, with Harbor's tag API (POST .../artifacts/{reference}/tags, swagger "createTag").
#
#   BENCH_AUTH='admin:Harbor12345' bench/curl-harbor-tag-loop.sh URL FILE
#
# FILE has one "PROJECT REPOSITORY DIGEST TAG" per line (REPOSITORY without its project, no '/').
# Exits non-zero if any POST did not answer 201.
set -euo pipefail
url=${1:?usage: curl-harbor-tag-loop.sh URL FILE}
file=${2:?usage: curl-harbor-tag-loop.sh URL FILE}
: "${BENCH_AUTH:?BENCH_AUTH=user:secret is required}"
bad=0
while read -r p r d t; do
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        --data-binary "{\"name\": \"$t\"}" \
        "$url/api/v2.0/projects/$p/repositories/$r/artifacts/$d/tags" -u "$BENCH_AUTH")
    [ "$code" = 201 ] || bad=$((bad + 1))
done <"$file"
if [ "$bad" -ne 0 ]; then
    echo "curl-harbor-tag-loop: $bad POST(s) did not answer 201" >&2
    exit 1
fi
