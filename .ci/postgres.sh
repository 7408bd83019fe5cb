#!/usr/bin/env bash
# Starts a private, throw-away PostgreSQL cluster for the tests, installing PostgreSQL from
# Debian's packages first where it is absent. Usage: `source .ci/postgres.sh && start_postgres`;
# then TEST_DATABASE_URL points at it, and stop_postgres stops it and removes its files.

as_postgres() { runuser -u postgres -- "$@"; }

start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing it from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/custos-pg.XXXXXX)
  PG_PORT=${PG_PORT:-55432}
  chown postgres "$PG_DIR" || return 1
  as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null || return 1
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null || { cat "$PG_DIR/server.log"; return 1; }
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') is up on port $PG_PORT"
}

stop_postgres() {
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$PG_DIR"
  unset TEST_DATABASE_URL
}
