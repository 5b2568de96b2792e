#!/usr/bin/env bash
# The whole test suite: everything on SQLite, then the database tests again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export PROTEST_TRACKER_HOME="${PROTEST_TRACKER_HOME:-$(mktemp -d)}"
export PROTEST_TRACKER_ALLOW_PRIVATE=1
# the whole suite runs on busy machines (CI, a laptop building): Hypothesis' "ci" profile never
# fails a property test on a slowness health check (tests/conftest.py); plain pytest keeps "dev"
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"
postgres_ok=1
bash scripts/ensure_postgres.sh || postgres_ok=0
PG_URL="${PROTEST_TRACKER_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/protest_tracker}"
if [ "$postgres_ok" = 1 ]; then export PROTEST_TRACKER_TEST_POSTGRES_URL="$PG_URL"; fi
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/mypy
.venv/bin/python scripts/check_deps.py
echo "== SQLite: full suite =="
DATABASE_URL="sqlite:///$PROTEST_TRACKER_HOME/test.db" .venv/bin/pytest -q -n 2 --dist loadfile "$@"
if [ "$postgres_ok" = 1 ]; then
  echo "== PostgreSQL: database tests =="
  DATABASE_URL="$PG_URL" .venv/bin/pytest -q -m both_backends "$@"
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is required in CI" >&2
  exit 1
else
  echo "note: PostgreSQL not reachable; database tests ran on SQLite only" >&2
fi
