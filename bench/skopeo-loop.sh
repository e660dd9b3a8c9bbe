#!/usr/bin/env bash
# The script users write today to list every tag of a plain registry: the catalog (one request,
# n=1000 per page, following Link), then `skopeo list-tags` per repository, one after another.
# Prints "repo:tag" lines. Usage: skopeo-loop.sh HOST:PORT
set -euo pipefail
hostport=$1
next="/v2/_catalog?n=1000"
repos=()
while [ -n "$next" ]; do
    headers=$(mktemp)
    body=$(curl -sS --fail -D "$headers" "http://$hostport$next")
    mapfile -t page < <(printf '%s' "$body" | jq -r '.repositories[]?')
    repos+=("${page[@]}")
    next=$(sed -n 's/^[Ll]ink: *<\([^>]*\)>.*rel="next".*/\1/p' "$headers" | tr -d '\r')
    rm -f "$headers"
done
for r in "${repos[@]}"; do
    skopeo list-tags --tls-verify=false "docker://$hostport/$r" | jq -r --arg r "$r" '.Tags[] | "\($r):\(.)"'
done
