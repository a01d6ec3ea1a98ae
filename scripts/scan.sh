#!/usr/bin/env bash
# A web vulnerability scan of the running application (./run.sh) on loopback with wapiti
# (Debian's package), over Payara's HTTPS listener as in production (its own certificate):
# signed in through the login form as the station head, it crawls the
# pages and attacks their parameters with its default modules (SQL and blind SQL injection,
# XSS and stored XSS, command execution, file disclosure, open redirect, SSRF, CSP, security
# headers, cookie flags). Bounded: SCAN_MINUTES (5) of crawling and exploring, then at most
# ATTACK_SECONDS (30) per attack module (11 of them): about 11 minutes with the defaults.
# Report in .yanghu/scan/report.json; exits 1 when wapiti reports any finding.
source "$(dirname "$0")/../bench/lib.sh"
need_debian_packages "the vulnerability scan" wapiti:wapiti
BASE=https://127.0.0.1:${YANGHU_HTTPS_PORT:-8181}
export CURL_INSECURE=1
DIR="$RUNTIME/scan"; mkdir -p "$DIR"
curl -fsSk -o /dev/null "$BASE/login.xhtml" || die "no application at $BASE: start it with ./run.sh"

page_login "${SCAN_USER:-head1}" "$DIR/cookies.txt"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$DIR/cookies.txt" | tail -n1)
[ -n "$session" ] || die "could not sign in as ${SCAN_USER:-head1}"
printf '{"127.0.0.1": {"/": {"JSESSIONID": {"value": "%s", "expires": null, "secure": true, "port": null, "version": 0}}}}\n' \
    "$session" > "$DIR/cookies.json"

say "Scanning $BASE: ${SCAN_MINUTES:-5} minutes, then at most ${ATTACK_SECONDS:-30} s per attack module"
wapiti -u "$BASE/" --scope folder -c "$DIR/cookies.json" --max-scan-time $(( ${SCAN_MINUTES:-5} * 60 )) \
    --max-attack-time "${ATTACK_SECONDS:-30}" --verify-ssl 0 --flush-session -f json -o "$DIR/report.json" -v 1 > "$DIR/wapiti.log" 2>&1 \
    || { tail -n 20 "$DIR/wapiti.log"; die "wapiti failed"; }
python3 - "$DIR/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = [(kind, v.get("info", ""), v.get("path", "")) for kind, items in report.get("vulnerabilities", {}).items() for v in items]
anomalies = [(kind, v.get("info", ""), v.get("path", "")) for kind, items in report.get("anomalies", {}).items() for v in items]
print(f"crawled: {len(report.get('infos', {}).get('crawled_pages', [])) or 'see the report'}")
print(f"findings: {len(found)}, anomalies (server errors, timeouts): {len(anomalies)}")
for kind, info, path in found + anomalies:
    print(f"  {kind}: {path} — {info}")
sys.exit(1 if found or anomalies else 0)
PY
