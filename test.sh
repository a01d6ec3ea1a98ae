#!/usr/bin/env bash
# The whole test suite: unit tests (surefire), then Arquillian integration tests and browser
# tests (failsafe) against a Payara Server domain and a PostgreSQL of their own, which the
# build starts and stops (scripts/test-server.sh). Extra arguments go to Maven, e.g.
#   ./test.sh -Dit.test=LoginBrowserIT
# External database: set YANGHU_DB_URL, YANGHU_DB_USER, YANGHU_DB_PASSWORD (as for run.sh).
source "$(dirname "$0")/scripts/lib.sh"

need_java
need_debian_packages "the browser tests" chromium:chromium chromedriver:chromium-driver
need_debian_packages "the phone app's JavaScript tests" node:nodejs
need_debian_packages "starting PostgreSQL and Payara" xz:xz-utils unshare:util-linux
ensure_cjk_font # Chinese text in screenshots and in the PDF certificates

cd "$ROOT"
# whatever happens, leave no test server running
trap 'bash "$ROOT/scripts/test-server.sh" stop >/dev/null 2>&1 || true' EXIT
start=$SECONDS
# the test server comes up while Maven compiles; the build's pre-integration-test waits for it
case " $* " in
    *" -DskipITs "*|*" -DskipTests "*) ;;
    *) bash "$ROOT/scripts/test-server.sh" start-early ;;
esac
if ! ./mvnw -B -ntp verify "$@"; then
    echo "Test suite failed after $((SECONDS - start)) s. Each failing test is named above (class and method);" \
        "reports: */target/surefire-reports/, ear/target/failsafe-reports/; the test server's log: ear/target/server-logs/" >&2
    exit 1
fi
# the API document the build made, by an outside linter (README: "The API contract")
bash "$ROOT/scripts/lint-api.sh" || exit 1
echo "Test suite finished in $((SECONDS - start)) s. Screenshots: ear/target/screenshots/"
