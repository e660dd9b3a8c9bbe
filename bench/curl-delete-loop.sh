#!/usr/bin/env bash
# The baseline of bench/run's "delete" measurement: the seed's command, once per tag.
#
#   BENCH_AUTH='robot$bench:BenchSecret1' bench/curl-delete-loop.sh URL FILE
#
# FILE has one "PROJECT REPOSITORY TAG" per line. Exits non-zero if any DELETE did not answer 200.
set -euo pipefail
url=${1:?usage: curl-delete-loop.sh URL FILE}
file=${2:?usage: curl-delete-loop.sh URL FILE}
: "${BENCH_AUTH:?BENCH_AUTH=user:secret is required}"
bad=0
while read -r p r t; do
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X DELETE \
        "$url/api/v2.0/projects/$p/repositories/$r/artifacts/$t/tags/$t" -u "$BENCH_AUTH")
    [ "$code" = 200 ] || bad=$((bad + 1))
done <"$file"
if [ "$bad" -ne 0 ]; then
    echo "curl-delete-loop: $bad DELETE(s) did not answer 200" >&2
    exit 1
fi
