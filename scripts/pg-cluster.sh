#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store tests and the bench: a temp dir, a free port on 127.0.0.1, trust auth.
#
#   eval "$(scripts/pg-cluster.sh start)"   # prints PG_CLUSTER_DIR=... and TEST_DATABASE_URL=... (export lines)
#   scripts/pg-cluster.sh stop "$PG_CLUSTER_DIR"   # stops it (fast) and removes the dir; safe to call twice
#
# Installs Debian's postgresql package when no server binaries are found and this runs as root (CI on a fresh
# machine). As root the server runs as the postgres user; otherwise as the current user.
set -euo pipefail

find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then
    echo "$PG_BIN"
    return 0
  fi
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  local bin
  if ! bin="$(find_bin)"; then
    if [ "$(id -u)" != 0 ]; then
      echo "pg-cluster: no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)" >&2
      exit 1
    fi
    echo "pg-cluster: installing postgresql from Debian's packages" >&2
    # The package's own cluster must not start: policy-rc.d 101 forbids services during the install.
    local policy=/usr/sbin/policy-rc.d created_policy=0
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
    fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    [ "$created_policy" = 1 ] && rm -f "$policy"
    bin="$(find_bin)"
  fi
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/pg-cluster.XXXXXX")"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  if ! as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
  fi
  port="$(free_port)"
  # fsync off: a throw-away cluster trades durability for speed.
  if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2; then
    cat "$dir/server.log" >&2 || true
    # pg_ctl gives up waiting after 30 s on a loaded machine, but the server may still come up: stop it before its
    # directory goes, or it is left running with nothing to stop it by.
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    exit 1
  fi
  echo "export PG_CLUSTER_DIR=$dir"
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local dir="${1:-${PG_CLUSTER_DIR:-}}"
  if [ -z "$dir" ]; then
    echo "pg-cluster: stop needs the cluster dir (or PG_CLUSTER_DIR)" >&2
    exit 1
  fi
  case "$dir" in
    "${TMPDIR:-/tmp}"/pg-cluster.*) ;;
    *)
      echo "pg-cluster: refusing to remove $dir (not a pg-cluster dir)" >&2
      exit 1
      ;;
  esac
  local bin
  if [ -f "$dir/data/postmaster.pid" ] && bin="$(find_bin)"; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
