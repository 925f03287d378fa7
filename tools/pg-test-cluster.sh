#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (ctest runs it as the "postgres" fixture):
#   tools/pg-test-cluster.sh start DIR   initdb into DIR/data, pg_ctl on 127.0.0.1:<free port>,
#                                        trust auth for user "sb", database "sbtest"; writes the
#                                        URL to DIR/url
#   tools/pg-test-cluster.sh stop DIR    stops it and removes DIR
# Without PostgreSQL's server binaries it writes the reason to DIR/skip and exits 0, so the tests
# skip saying why; with CI=true a missing PostgreSQL is a failure instead (CI must run them).
# initdb refuses to run as root: as root, the cluster belongs to the unprivileged user "nobody".
set -euo pipefail

mode="${1:-}"
dir="${2:-}"
if [ -z "$mode" ] || [ -z "$dir" ]; then
  echo "usage: tools/pg-test-cluster.sh start|stop DIR" >&2
  exit 2
fi

bindir=""
for candidate in "$(command -v pg_config >/dev/null 2>&1 && pg_config --bindir || true)" \
                 /usr/lib/postgresql/*/bin; do
  if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
    bindir="$candidate"
  fi
done

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case "$mode" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ -z "$bindir" ]; then
      if [ "${CI:-}" = "true" ]; then
        echo "pg-test-cluster: PostgreSQL server binaries not found; CI needs them (tools/install-deps.sh installs postgresql-15)" >&2
        exit 1
      fi
      echo "PostgreSQL server binaries (initdb, pg_ctl) are not installed; run tools/install-deps.sh" > "$dir/skip"
      echo "pg-test-cluster: skipping: $(cat "$dir/skip")"
      exit 0
    fi
    mkdir -p "$dir/data" "$dir/sock" "$dir/log"
    if [ "$(id -u)" -eq 0 ]; then chown -R nobody "$dir/data" "$dir/sock" "$dir/log"; chmod 755 "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U sb --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2; exit 1; }
    # Another cluster (another engineer's, another build's) may hold a port: try a few.
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      port=$(( 20000 + (RANDOM * 7 + $$ + attempt * 101) % 40000 ))
      if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log/server.log" -w -t 30 \
          -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off -c max_connections=200" start >/dev/null 2>&1; then
        if as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U sb sbtest 2>>"$dir/log/server.log"; then
          echo "postgresql://sb@127.0.0.1:$port/sbtest" > "$dir/url"
          echo "pg-test-cluster: $(cat "$dir/url")"
          exit 0
        fi
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
      fi
    done
    echo "pg-test-cluster: could not start PostgreSQL; log:" >&2
    tail -n 20 "$dir/log/server.log" >&2 || true
    exit 1
    ;;
  stop)
    if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: tools/pg-test-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
