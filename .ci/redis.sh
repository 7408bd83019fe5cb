#!/usr/bin/env bash
# Starts a private, throw-away Redis for the tests that share rate limits between gateways,
# installing Redis from Debian's packages first where it is absent. Usage: `source .ci/redis.sh &&
# start_redis`; then TEST_REDIS_URL points at it, and stop_redis stops it and removes its files.

start_redis() {
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Redis is not installed: installing it from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null || return 1
  fi
  REDIS_DIR=$(mktemp -d /tmp/custos-redis.XXXXXX)
  REDIS_PORT=${REDIS_PORT:-$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')}
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$REDIS_DIR" --save '' --appendonly no \
    --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" || return 1
  for _ in $(seq 50); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || { cat "$REDIS_DIR/redis.log"; return 1; }
  export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  echo "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) is up on port $REDIS_PORT"
}

stop_redis() {
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$REDIS_DIR"
  unset TEST_REDIS_URL
}
