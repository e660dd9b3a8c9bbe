#!/usr/bin/env bash
# The baseline of bench/run's "enumerate" measurement: how users script a full listing today.
# Sequential curl, page by page (projects, then each project's repositories, then each
# repository's artifacts, page_size=100), following X-Total-Count, one jq per page.
# Prints one "project/repository:tag" line per tag. The query strings are the ones berthctl
# sends, so that both ask the server for exactly the same pages.
#
#   BENCH_AUTH='robot$bench:BenchSecret1' bench/curl-loop.sh URL [URL_RECORD_FILE]
#
# With URL_RECORD_FILE, every page URL fetched is appended to it (bench/run builds the parallel
# load generator's URL list this way, in an untimed pass).
set -euo pipefail
shopt -s inherit_errexit

base=${1:?usage: curl-loop.sh URL [URL_RECORD_FILE]}
record=${2:-}
: "${BENCH_AUTH:?BENCH_AUTH=user:secret is required}"
hdr=$(mktemp)
trap 'rm -f "$hdr"' EXIT

# jq is what such scripts use; python3 stands in where jq is not installed.
if command -v jq >/dev/null 2>&1; then
    names() { jq -r '.[].name'; }
    tags() { jq -r --arg r "$1" '.[] | .tags[]? | "\($r):\(.name)"'; }
else
    names() { python3 -c 'import json,sys; [print(x["name"]) for x in json.load(sys.stdin)]'; }
    tags() {
        python3 -c 'import json,sys; [print(sys.argv[1] + ":" + t["name"]) for a in json.load(sys.stdin) for t in (a.get("tags") or [])]' "$1"
    }
fi

# fetch URL_PREFIX PARSER [ARG]: every page of one list, each page's body piped to PARSER.
fetch() {
    local prefix=$1 parser=$2 arg=${3:-} page=1 total url key value
    while [ "$page" -le 10000 ]; do
        url="${prefix}page=${page}&page_size=100"
        [ -z "$record" ] || printf '%s\n' "$url" >>"$record"
        curl -sS --fail -u "$BENCH_AUTH" -D "$hdr" "$url" | "$parser" "$arg"
        total=0
        while IFS=: read -r key value; do
            if [ "${key,,}" = "x-total-count" ]; then
                value=${value//[!0-9]/}
                total=${value:-0}
            fi
        done <"$hdr"
        [ $((page * 100)) -lt "$total" ] || break
        page=$((page + 1))
    done
}

api="${base%/}/api/v2.0"
projects=$(fetch "$api/projects?sort=name&" names)
for project in $projects; do
    repos=$(fetch "$api/projects/$project/repositories?sort=name&" names)
    for repo in $repos; do
        path=${repo#"$project/"}
        enc=${path//\//%252F}
        fetch "$api/projects/$project/repositories/$enc/artifacts?with_tag=true&with_label=false&with_scan_overview=false&with_immutable_status=true&with_accessory=false&" \
            tags "$repo"
    done
done
