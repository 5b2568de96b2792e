"""Every parser's fuzz target: its input strategy, its property, and a counter of inputs run.

The CI tests (tests/unit/ingest/test_fuzz_parsers.py, short profile) and ``benchmarks/fuzz.py``
(long profile) both run :data:`TARGETS` through :func:`run_target`, so they test the same thing.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

import fuzz_markup as markup
import fuzz_properties as props


@dataclass(frozen=True, slots=True)
class Target:
    """A parser under fuzzing. ``ci_examples``: inputs per CI run (the short profile)."""

    name: str
    strategy: st.SearchStrategy
    check: Callable[[Any], None]
    ci_examples: int = 40


TARGETS: dict[str, Target] = {target.name: target for target in (
    Target("feeds", markup.feed_documents(), markup.check_feed, 30),
    Target("pages", markup.web_pages(), markup.check_page, 15),
    Target("telegram", props.telegram_exports(), props.check_telegram),
    Target("acled-csv", markup.ACLED_FILES, markup.check_acled),
    Target("mmp-csv", markup.MMP_FILES, markup.check_mmp),
    Target("ingest-jsonl", props.INGEST_JSONL, props.check_ingest_jsonl),
    Target("ingest-documents", props.DOCUMENTS, props.check_document, 25),
    Target("extract-records", props.INGEST_JSONL, props.check_extract_records),
    Target("train-gold", props.GOLD_FILES, props.check_training_file),
    Target("link-input", props.LINK_INPUTS, props.check_link_input),
    Target("sources-toml", markup.sources_files(), markup.check_sources),
)}


@dataclass(slots=True)
class Outcome:
    """What one target's run found: inputs executed, crashes (unexpected exceptions) and property
    violations, each distinct one with its first failing input and traceback."""

    inputs: int = 0
    crashes: int = 0
    violations: int = 0
    seconds: float = 0.0
    first: dict[str, str] = field(default_factory=dict)


def _signature(error: BaseException) -> str:
    """Exception type and the innermost project frame: one key per distinct bug."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "protest_tracker" in f.filename]
    where = f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else "?"
    return f"{type(error).__name__} at {where}"


def run_target(target: Target, *, examples: int, outcome: Outcome, seed: int | None = None,
               collect: bool = False) -> None:
    """Run ``target`` on up to ``examples`` inputs, counting each executed input in ``outcome``.

    ``collect=False`` (the tests): the first failure propagates, Hypothesis shrinks and reports it.
    ``collect=True`` (the benchmark): failures are counted and recorded, and the run goes on.
    The settings derive from the loaded profile (the CI profile has no deadline).
    """

    def prop(value: Any) -> None:
        outcome.inputs += 1
        if not collect:
            target.check(value)
            return
        try:
            target.check(value)
        except AssertionError as error:
            outcome.violations += 1
            outcome.first.setdefault(f"violation: {error}"[:200], _report(value, error))
        except Exception as error:  # a crash: recorded, and fuzzing goes on
            outcome.crashes += 1
            outcome.first.setdefault(_signature(error), _report(value, error))

    test = given(target.strategy)(prop)
    if collect:
        test = settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
                        suppress_health_check=list(HealthCheck))(test)
    else:
        # inputs are large on purpose and parsers (trafilatura) slow: no deadline, no size checks
        test = settings(max_examples=examples, deadline=None, suppress_health_check=[
            HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])(test)
    if seed is not None:
        test = hypothesis_seed(seed)(test)
    test()


def _report(value: Any, error: BaseException) -> str:
    shown = repr(value)
    if len(shown) > 4_000:
        shown = shown[:4_000] + f"… ({len(shown):,} characters in all)"
    return f"input: {shown}\n\n" + "".join(traceback.format_exception(error))

