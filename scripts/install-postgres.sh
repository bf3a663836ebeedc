#!/usr/bin/env bash
# The cluster tests start their own throwaway PostgreSQL server with initdb and pg_ctl (no system service).
# Idempotent: does nothing when a PostgreSQL server's binaries are installed.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
    exit 0
fi
"$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" postgresql
# The package may start its own service; the tests never use it.
if command -v service >/dev/null; then service postgresql stop >/dev/null 2>&1 || true; fi
