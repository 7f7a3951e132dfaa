#!/bin/bash
# Renders docs/screenshots/*.png and docs/dashboard.png at 1366×768 from a running demo hub.
# Besides the demo hotel it stages what the channel features look like: an SMS guest (Twilio
# webhook, signed like Twilio signs it) with a reply being typed, so the segment counter shows.
# The failed-delivery + photo screenshot comes from the smoke test:
#   JACK_DESK_SCREENSHOTS=docs/screenshots build-desk/bin/tst_desksmoke
# Usage: tests/qml/desk-screenshots.sh [BUILD_DIR]   (offscreen; needs curl and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-desk}
desk="$build/bin/jack-desk"
out=docs/screenshots
port=${JACK_SCREENSHOT_PORT:-39217}
url="http://127.0.0.1:$port"
data=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
email=demo@harbourview.example
password=jack-demo-2026

"$desk" --demo --data-dir "$data" --port "$port" > "$data/desk.log" 2>&1 &
hub=$!
trap 'kill $hub 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf "$url/health/ready" > /dev/null && break; sleep 0.2; done

token=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$url/api/v1/auth/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')

# SMS through Twilio (nothing leaves the machine: the API base points at a closed port).
curl -sf "${auth[@]}" -X PUT "$url/api/v1/settings/hotel" -d "{\"publicBaseUrl\":\"$url\"}" > /dev/null
curl -sf "${auth[@]}" -X PUT "$url/api/v1/apps/twilio-sms" -d '{"enabled":true,"config":{
    "accountSid":"AC00000000000000000000000000000000","authToken":"screenshot",
    "phoneNumber":"+15550001111","apiBaseUrl":"http://127.0.0.1:9"}}' > /dev/null
python3 - "$url" <<'PY'
import base64, hashlib, hmac, sys, urllib.parse, urllib.request
url = sys.argv[1] + "/webhooks/sms"
form = {"AccountSid": "AC00000000000000000000000000000000", "From": "+447700900123",
        "To": "+15550001111", "MessageSid": "SM00000000000000000000000000000001",
        "Body": "Hi, it's James in 508. Could we get a late checkout tomorrow? Our flight is at 6pm.",
        "NumMedia": "0"}
signed = url + "".join(k + form[k] for k in sorted(form))
signature = base64.b64encode(hmac.new(b"screenshot", signed.encode(), hashlib.sha1).digest())
request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(),
    headers={"X-Twilio-Signature": signature.decode(),
             "Content-Type": "application/x-www-form-urlencoded"})
urllib.request.urlopen(request).read()
PY
sms=$(curl -sf "${auth[@]}" "$url/api/v1/conversations?limit=100" | python3 -c '
import json,sys
items=json.load(sys.stdin)["items"]
print(next(c["id"] for c in items if c.get("channel")=="sms"))')

shot() { "$desk" --connect "$url" --email "$email" --password "$password" --screenshot "$@"; }
shot "$out/inbox.png" --screenshot-view inbox
shot "$out/conversation.png" --screenshot-view conversation
shot "$out/tasks.png" --screenshot-view tasks
shot "$out/sms-composer.png" --screenshot-view conversation --screenshot-conversation "$sms" \
    --screenshot-reply "Of course, James! Late checkout until 2pm is free for you tomorrow. If you need the room longer, we can keep your luggage at the desk and you are welcome to use the spa showers before your flight. Safe travels — Ana"
cp "$out/conversation.png" docs/dashboard.png
