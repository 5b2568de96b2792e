# Two commands do everything on a fresh machine:
#   make demo   installs everything, loads the sample corpus into SQLite, serves http://127.0.0.1:8000
#   make test   installs everything (PostgreSQL started if needed) and runs the whole test suite
.PHONY: demo test setup lint docs

demo:
	bash scripts/setup.sh
	.venv/bin/protest-tracker demo

test:
	bash scripts/setup.sh --test
	bash scripts/test.sh

setup:
	bash scripts/setup.sh --test

lint:
	.venv/bin/ruff check src tests benchmarks scripts

docs:
	.venv/bin/python -m protest_tracker.codebook > docs/codebook.md
