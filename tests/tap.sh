# Helpers for shell tests: TAP lines that tests/run.sh counts.
# Source it: . tests/tap.sh
n=0
ok()   { n=$((n+1)); echo "ok $n - $*"; }
fail() { n=$((n+1)); echo "not ok $n - $*"; }
skip() { n=$((n+1)); echo "ok $n # SKIP $*"; }
check() { desc=$1; shift; if "$@" >/dev/null 2>&1; then ok "$desc"; else fail "$desc"; fi; }
# expect_eq DESC EXPECTED ACTUAL
expect_eq() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1 (expected '$2', got '$3')"; fi; }
