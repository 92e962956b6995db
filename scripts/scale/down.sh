#!/usr/bin/env bash
# npm run scale:down — stop what scripts/scale/up.sh started.
set -uo pipefail
cd "$(dirname "$0")/../.."
DIR="$(pwd)/data/scale"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ -f "$DIR/nginx.pid" ]; then "$NGINX" -p "$DIR" -c "$DIR/nginx.conf" -s quit 2>/dev/null || kill "$(cat "$DIR/nginx.pid")" 2>/dev/null; fi
for name in a b; do
	if [ -f "$DIR/instance-$name.pid" ]; then kill "$(cat "$DIR/instance-$name.pid")" 2>/dev/null || true; rm -f "$DIR/instance-$name.pid"; fi
done
echo "Berdaya scale-out stopped."
