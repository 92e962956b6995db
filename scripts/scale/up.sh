#!/usr/bin/env bash
# npm run scale:up — Berdaya on PostgreSQL with two app instances behind nginx, on loopback:
#   nginx 127.0.0.1:${SCALE_PORT:-3100} → instances on SCALE_PORT+1 and SCALE_PORT+2.
# Migrations and content import run once, before the instances start (docs/operations.md).
# With --foreground it stays attached and stops everything on exit (for Playwright).
# Environment: DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/berdaya_scale).
set -euo pipefail
cd "$(dirname "$0")/../.."
NODE=node_modules/.bin/node
PORT="${SCALE_PORT:-3100}"
PORT_A=$((PORT + 1))
PORT_B=$((PORT + 2))
DIR="$(pwd)/data/scale"
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/berdaya_scale}"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
	# Like Chromium for the browser tests: Debian's package, installed when we may, else one line.
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "nginx is missing: installing Debian's package (apt-get install nginx)…"
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; } || { echo "Could not install nginx: run apt-get install -y nginx" >&2; exit 1; }
	else
		echo "nginx is missing: run sudo apt-get install -y nginx" >&2
		exit 1
	fi
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

bash scripts/scale/down.sh >/dev/null 2>&1 || true
mkdir -p "$DIR/logs"

# The database itself, when it does not exist yet (trust auth on loopback, as on every machine here).
DB_NAME="$("$NODE" -e 'console.log(new URL(process.argv[1]).pathname.slice(1))' "$DATABASE_URL")"
ADMIN_URL="$("$NODE" -e 'const u=new URL(process.argv[1]); u.pathname="/postgres"; console.log(u.toString())' "$DATABASE_URL")"
if ! psql "$ADMIN_URL" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
	psql "$ADMIN_URL" -qc "CREATE DATABASE \"$DB_NAME\""
fi

# One instance migrates and imports; then both serve. BERDAYA_WORKERS=1: one process each.
"$NODE" node_modules/.bin/tsx scripts/setup.ts ${SCALE_BUILD:+--build}
for spec in "a:$PORT_A" "b:$PORT_B"; do
	name="${spec%%:*}"
	port="${spec##*:}"
	BERDAYA_INSTANCE="$name" BERDAYA_WORKERS=1 BERDAYA_BEHIND_PROXY=1 HOST=127.0.0.1 PORT="$port" \
		nohup "$NODE" scripts/serve.js >"$DIR/instance-$name.log" 2>&1 &
	echo $! >"$DIR/instance-$name.pid"
done

sed -e "s#__DIR__#$DIR#g" -e "s#__PORT__#$PORT#g" -e "s#__PORT_A__#$PORT_A#g" -e "s#__PORT_B__#$PORT_B#g" \
	scripts/scale/nginx.conf.template >"$DIR/nginx.conf"
nohup "$NGINX" -p "$DIR" -c "$DIR/nginx.conf" >"$DIR/nginx.log" 2>&1 &

for port in "$PORT_A" "$PORT_B" "$PORT"; do
	for _ in $(seq 1 120); do
		if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
		sleep 0.5
	done
	curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { echo "port $port did not become healthy" >&2; exit 1; }
done
echo "Berdaya (PostgreSQL, 2 instances behind nginx): http://127.0.0.1:$PORT"

if [ "${1:-}" = "--foreground" ]; then
	trap 'bash scripts/scale/down.sh' EXIT INT TERM
	while kill -0 "$(cat "$DIR/instance-a.pid")" 2>/dev/null || kill -0 "$(cat "$DIR/instance-b.pid")" 2>/dev/null; do sleep 1; done
fi
