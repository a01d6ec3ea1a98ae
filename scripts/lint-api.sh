#!/usr/bin/env bash
# Lints the API document the build made (what /openapi serves) with Redocly CLI, installed once
# from npm into .yanghu/tools/. Rules: web/redocly.yaml. Fails on any error, and on any warning
# that web/redocly.yaml does not list as accepted (README: "The API contract").
source "$(dirname "$0")/lib.sh"
REDOCLY_VERSION=2.77.0
tool="$RUNTIME/tools/redocly-$REDOCLY_VERSION"
document="$ROOT/web/target/classes/cn/gov/wujin/yanghu/web/api/contract/openapi.yaml"

[ -f "$document" ] || die "no API document at $document: build first (./mvnw package -pl db,ejb,web)"
need_debian_packages "linting the API document" node:nodejs npm:npm
if [ ! -x "$tool/node_modules/.bin/redocly" ]; then
    say "Installing Redocly CLI $REDOCLY_VERSION (npm)"
    mkdir -p "$tool"
    npm install --prefix "$tool" --no-audit --no-fund --silent "@redocly/cli@$REDOCLY_VERSION" >/dev/null \
        || die "could not install @redocly/cli from npm"
fi
# --max-problems: every problem is listed, not the first hundred
REDOCLY_TELEMETRY=off "$tool/node_modules/.bin/redocly" lint "$document" --config "$ROOT/web/redocly.yaml" \
    --max-problems 1000 --format stylish 2>&1 | grep -v -e '^\s*$' -e 'Node.js' -e '[╔║╚]' || true
summary=$(REDOCLY_TELEMETRY=off "$tool/node_modules/.bin/redocly" lint "$document" --config "$ROOT/web/redocly.yaml" \
    --format summary 2>&1 || true)
if grep -q -E '^(error|warning) ' <<<"$summary"; then
    die "the API document has lint problems (above)"
fi
say "API document: no lint errors or warnings"
