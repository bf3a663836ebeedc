#!/usr/bin/env bash
# Installs the graphql-ws npm client the gateway tests drive (tests/Gateway.Tests/js) into
# artifacts/graphql-ws-client. Idempotent: does nothing when the pinned versions are present.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/artifacts/graphql-ws-client"
manifest="$root/tests/Gateway.Tests/js/package.json"

command -v node >/dev/null || { echo "node is required for the graphql-ws client test (install Node.js 20+)" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is required for the graphql-ws client test (install Node.js 20+)" >&2; exit 1; }

if [ -f "$target/package.json" ] && cmp -s "$manifest" "$target/package.json" && [ -f "$target/node_modules/graphql-ws/package.json" ] && [ -f "$target/node_modules/ws/package.json" ]; then
    exit 0
fi

mkdir -p "$target"
cp "$manifest" "$target/package.json"
(cd "$target" && npm install --no-audit --no-fund --loglevel=error)
