#!/usr/bin/env bash
# The phone app's JavaScript unit tests (web/src/test/js, Node's built-in runner), run by the web
# module's test phase. Without Node they are skipped with a note, not failed: test.sh installs it.
dir=${1:?"the web module directory"}
if ! command -v node >/dev/null 2>&1; then
    echo "NOTE: node is not installed: the phone app's JavaScript tests (web/src/test/js) are SKIPPED." \
        "Install it with: apt-get install -y nodejs" >&2
    exit 0
fi
cd "$dir" || exit 1
exec node --test --test-reporter=spec src/test/js/
