#!/usr/bin/env bash
# The load figures of docs/PERFORMANCE.md ("Load (`hiring load`)"), end to end on this machine:
# API keys for the simulated recruiters, a throwaway PostgreSQL (initdb/pg_ctl in a temp folder, as the
# cluster tests start theirs), then one node and two nodes in cluster mode on it (each on a fresh database),
# each warmed up, then measured with `hiring load`. Optionally the embedded (SQLite) node as well.
#
#   scripts/load.sh [RECRUITERS] [DURATION]        defaults: 20 recruiters, 45s
#
# Environment: LOAD_CONFIGS (default "cluster1 cluster2"; add "embedded"), LOAD_WARMUP (10s),
# LOAD_PROFILES (the synthetic pool each node has, 2000), LOAD_BASE_PORT (25080: nodes on 25080+, silos 25110+,
# Orleans gateways 25130+, PostgreSQL 25150), LOAD_OUT (artifacts/load), HIRING_PG_BIN.
# Build first: dotnet build Hiring.sln -c Release. Reports (text and JSON) and node logs go to LOAD_OUT.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
recruiters="${1:-20}"
duration="${2:-45s}"
configs="${LOAD_CONFIGS:-cluster1 cluster2}"
warmup="${LOAD_WARMUP:-10s}"
profiles="${LOAD_PROFILES:-2000}"
base="${LOAD_BASE_PORT:-25080}"
out="${LOAD_OUT:-$root/artifacts/load}"
dll="$root/src/Gateway/bin/Release/net10.0/hiring.dll"
[[ -f "$dll" ]] || { echo "$dll is missing: run 'dotnet build Hiring.sln -c Release' first" >&2; exit 1; }
pg_bin="${HIRING_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"

mkdir -p "$out"
work="$(mktemp -d)"
chmod 755 "$work"
nodes=()
pg_data="$work/pg"
as_pg=()
if [[ "$(id -u)" == 0 ]]; then as_pg=(runuser -u postgres --); fi

cleanup() {
    for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${nodes[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [[ -f "$pg_data/postmaster.pid" ]]; then "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

hiring() { dotnet "$dll" "$@"; }

dotnet "$dll" load keys --count "$recruiters" --out "$work/keys" >/dev/null
mapfile -t key_args < "$work/keys/node-args.txt"

# One pool, seeded and embedded before any node starts (a node seeding and embedding its demo pool in the
# background would compete with the load for the cores); each node starts on its own copy of it.
hiring seed --profiles "$profiles" --seed 7 --data "$work/pool" >/dev/null
hiring index embed --data "$work/pool" >/dev/null

# Starts node $1 (0, 1, …) on a copy of the pool, with extra settings; waits until /readyz answers.
start_node() {
    local n="$1"; shift
    local port=$((base + n)) log="$out/$config-node$n.log"
    rm -rf "$work/data$n"
    cp -a "$work/pool" "$work/data$n"
    dotnet "$dll" --data "$work/data$n" --urls "http://127.0.0.1:$port" \
        --Hiring:Silo:SiloPort=$((base + 30 + n)) --Hiring:Silo:GatewayPort=$((base + 50 + n)) \
        --Hiring:Demo:Profiles=0 --Hiring:Telemetry:Metrics=true \
        "${key_args[@]}" "$@" >"$log" 2>&1 &
    nodes+=("$!")
    for _ in $(seq 180); do
        if curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; then return 0; fi
        sleep 1
    done
    echo "node $n did not get ready; see $log" >&2
    exit 1
}

stop_nodes() {
    for pid in "${nodes[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${nodes[@]}"; do wait "$pid" 2>/dev/null || true; done
    nodes=()
}

pg_port=$((base + 70))
start_postgres() {
    [[ -x "$pg_bin/initdb" ]] || { echo "PostgreSQL not found (scripts/install-postgres.sh installs it)" >&2; exit 1; }
    mkdir -p "$pg_data"
    [[ ${#as_pg[@]} -gt 0 ]] && chown postgres: "$pg_data"
    "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -U hiring --auth=trust -E UTF8 --no-sync --no-instructions >/dev/null
    # Durable as a production server would be (fsync on), unlike the tests' throwaway servers.
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=300" -w start >/dev/null
}

database() {
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U hiring -d postgres -qc "CREATE DATABASE $1" >/dev/null
    local cs="Host=127.0.0.1;Port=$pg_port;Username=hiring;Database=$1"
    hiring db migrate --connection "$cs" >/dev/null
    echo "$cs"
}

# Warms the nodes up (JIT, caches), then measures; the report goes to $out/$1.txt and $out/$1.json.
measure() {
    local name="$1"; shift
    local targets=()
    for url in "$@"; do targets+=(--target "$url"); done
    hiring load "${targets[@]}" --keys-file "$work/keys/keys.txt" --recruiters "$recruiters" --duration "$warmup" >/dev/null
    echo "== $name"
    hiring load "${targets[@]}" --keys-file "$work/keys/keys.txt" --recruiters "$recruiters" --duration "$duration" --report "$out/$name.json" | tee "$out/$name.txt"
}

for config in $configs; do
    case "$config" in
        embedded)
            start_node 0
            measure embedded "http://127.0.0.1:$base"
            ;;
        cluster1|cluster2)
            [[ -f "$pg_data/postmaster.pid" ]] || start_postgres
            count="${config#cluster}"
            cs="$(database "load_$config")"
            urls=()
            for ((n = 0; n < count; n++)); do
                start_node "$n" --Hiring:Cluster:Provider=Postgres --Hiring:Cluster:ConnectionString="$cs" --Hiring:Silo:AdvertisedAddress=127.0.0.1
                urls+=("http://127.0.0.1:$((base + n))")
            done
            measure "$config" "${urls[@]}"
            ;;
        *) echo "unknown configuration '$config' (embedded, cluster1, cluster2)" >&2; exit 2 ;;
    esac
    stop_nodes
done
echo "reports in $out"
