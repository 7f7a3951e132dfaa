#!/bin/bash
# Renders every screen of the desk at 1366×768 in light, dark (*-dark.png) and Arabic (*-ar.png,
# right to left) into docs/screenshots/, and docs/dashboard.png, from a running demo hub (and the
# first-run wizard from empty hubs). Runs under Xvfb (the real X11 platform) when xvfb-run is
# installed, offscreen otherwise or with JACK_SCREENSHOTS_OFFSCREEN=1. Fails when a screen
# cannot be rendered. ctest runs it as qml.screenshots into the build tree.
# Besides the demo hotel it stages what the channel features look like: an SMS guest (Twilio
# webhook, signed like Twilio signs it) with a reply being typed, so the segment counter shows.
# Besides, one conversation is snoozed and one task is overdue. The failed-delivery, photo,
# emergency-banner, snooze, Ctrl+K, overdue-task, "complete and tell the guest", internal-note
# (conversation-note.png) and canned-response (canned-responses.png) screenshots, presence.png
# (a colleague replying, the send warning) and the Arabic language menu come from the smoke test:
#   JACK_DESK_SCREENSHOTS=docs/screenshots build/bin/tst_desksmoke
# Usage: tests/qml/desk-screenshots.sh [BUILD_DIR]   (needs curl and python3)
#   JACK_SCREENSHOT_DIR=DIR   write there instead of docs/screenshots (docs/dashboard.png is
#                             then left alone)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JACK_SCREENSHOTS_IN_XVFB:-}" ] && [ "${JACK_SCREENSHOTS_OFFSCREEN:-0}" != 1 ] &&
    command -v xvfb-run > /dev/null; then
    export JACK_SCREENSHOTS_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
if [ -n "${JACK_SCREENSHOTS_IN_XVFB:-}" ]; then
    export QT_QPA_PLATFORM=xcb
else
    export QT_QPA_PLATFORM=offscreen
fi
export QT_QUICK_BACKEND=software
build=${1:-build}
desk="$build/bin/jack-desk"
out=${JACK_SCREENSHOT_DIR:-docs/screenshots}
mkdir -p "$out"
port=${JACK_SCREENSHOT_PORT:-39217}
url="http://127.0.0.1:$port"
data=$(mktemp -d)
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

# Two colleagues for the staff page (their passwords are only for this throw-away hub).
curl -sf "${auth[@]}" -X POST "$url/api/v1/staff" -d '{"email":"ana@harbourview.example",
    "name":"Ana Ribeiro","role":"manager","department":"front_desk","password":"ana-screenshot-42"}' > /dev/null
curl -sf "${auth[@]}" -X POST "$url/api/v1/staff" -d '{"email":"tom@harbourview.example",
    "name":"Tom Reed","role":"staff","department":"housekeeping","password":"tom-screenshot-42"}' > /dev/null
curl -sf "${auth[@]}" -X PUT "$url/api/v1/settings/hotel" -d '{"businessHours":{"open":"07:00","close":"23:00"},
    "outOfHoursReply":"Thank you for your message. Our team is back at 7:00 and will answer you then."}' > /dev/null
# Snooze one open conversation until tomorrow 9:00 and give a task a due time already past,
# so the inbox shows the Snoozed count and the board an overdue task.
python3 - "$url" "$token" <<'PY'
import datetime, json, sys, urllib.request
url, token = sys.argv[1], sys.argv[2]
def call(method, path, body=None):
    request = urllib.request.Request(url + path, method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request))
now = datetime.datetime.now(datetime.timezone.utc)
conversations = call("GET", "/api/v1/conversations?limit=100")["items"]
quiet = [c for c in conversations if c["state"] in ("active", "waiting") and c["channel"] != "sms"]
if quiet:
    tomorrow = (datetime.datetime.now().astimezone() + datetime.timedelta(days=1)).replace(
        hour=9, minute=0, second=0, microsecond=0)
    call("PATCH", "/api/v1/conversations/" + quiet[-1]["id"], {"snoozedUntil": tomorrow.isoformat()})
tasks = [t for t in call("GET", "/api/v1/tasks?status=pending")["items"] if t["priority"] != "urgent"]
if tasks:
    due = (now - datetime.timedelta(minutes=12)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    call("PATCH", "/api/v1/tasks/" + tasks[0]["id"], {"dueAt": due})
PY

# Something Jack remembers about Maria Santos, for the guest profile.
maria=$(curl -sf "${auth[@]}" "$url/api/v1/guests?q=Maria%20Santos" | python3 -c '
import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
curl -sf "${auth[@]}" -X POST "$url/api/v1/guests/$maria/memories" \
    -d '{"category":"preference","fact":"Prefers a quiet room on a high floor"}' > /dev/null
curl -sf "${auth[@]}" -X POST "$url/api/v1/guests/$maria/memories" \
    -d '{"category":"occasion","fact":"Celebrating a wedding anniversary"}' > /dev/null

shot() { "$desk" --connect "$url" --email "$email" --password "$password" --screenshot "$@"; }
# Every screen in the light theme, the dark theme and Arabic (right to left): file name, view.
screens=(
    inbox:inbox conversation:conversation tasks:tasks quick-switcher:quick-switcher
    guests:guests guest-profile:guest-profile knowledge:knowledge knowledge-test:knowledge-test
    health:health
    settings-apps:settings-apps settings-app-config:settings-app-config
    settings-staff:settings-staff settings-hotel:settings-hotel
)
for screen in "${screens[@]}"; do
    name=${screen%%:*}
    view=${screen#*:}
    shot "$out/$name.png" --screenshot-view "$view"
    shot "$out/$name-dark.png" --screenshot-view "$view" --theme dark
    shot "$out/$name-ar.png" --screenshot-view "$view" --language ar
done
shot "$out/sms-composer.png" --screenshot-view conversation --screenshot-conversation "$sms" \
    --screenshot-reply "Of course, James! Late checkout until 2pm is free for you tomorrow. If you need the room longer, we can keep your luggage at the desk and you are welcome to use the spa showers before your flight. Safe travels — Ana"
shot "$out/conversation-zh_CN.png" --screenshot-view conversation --language zh_CN

# The first-run wizard: each run starts its own empty hub (no --demo, no account).
for theme in light dark; do
    suffix=$([ $theme = dark ] && echo -dark || true)
    "$desk" --screenshot "$out/setup-wizard$suffix.png" --screenshot-view setup --theme $theme
    "$desk" --screenshot "$out/setup-wizard-ai$suffix.png" --screenshot-view setup-ai --theme $theme
done
"$desk" --screenshot "$out/setup-wizard-ar.png" --screenshot-view setup --language ar

# Every picture is there, a PNG of 1366×768.
python3 - "$out" "${screens[@]}" <<'PY'
import struct, sys
out, screens = sys.argv[1], sys.argv[2:]
names = [s.split(":")[0] + suffix for s in screens for suffix in ("", "-dark", "-ar")]
names += ["sms-composer", "conversation-zh_CN", "setup-wizard", "setup-wizard-ai",
          "setup-wizard-dark", "setup-wizard-ai-dark", "setup-wizard-ar"]
bad = []
for name in names:
    try:
        with open(f"{out}/{name}.png", "rb") as f:
            head = f.read(24)
        if head[:8] != b"\x89PNG\r\n\x1a\n" or struct.unpack(">II", head[16:24]) != (1366, 768):
            bad.append(name + " (not a 1366x768 PNG)")
    except OSError:
        bad.append(name + " (missing)")
if bad:
    sys.exit("screenshots: " + ", ".join(bad))
print(f"screenshots: {len(names)} pictures of 1366x768 in {out}")
PY
if [ -z "${JACK_SCREENSHOT_DIR:-}" ]; then
    cp "$out/conversation.png" docs/dashboard.png
fi
