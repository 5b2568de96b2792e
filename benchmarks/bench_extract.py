"""Benchmark: the extract pipeline against a natasha NER pass over the same articles.

    .venv/bin/python benchmarks/bench_extract.py [--corpus FILE.jsonl] [--repeat N]

Each side runs in its own child process (so peak memory is its own): it loads
its models and makes one untimed warm-up pass over the corpus (so that models
loaded lazily — language identification, natasha for Russian names — are loaded
before timing), then processes every article of the corpus ``--repeat`` times.
Reported per side: articles/s of wall time, articles per CPU-second (articles
/ s / core), load + warm-up time and peak RSS. The pipeline holds BLAS to one
thread around its NER call (threadpoolctl); natasha as shipped lets BLAS use
every core, which on a small machine spends CPU without gaining wall time, so
natasha also runs a third time with BLAS held to one thread — the like-for-like
single-core reference. The last line gives the ratios pipeline / natasha. The
default corpus is the shared dev set when present, else the project's gold
fixtures.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "tests" / "fixtures" / "gold")


def _records(corpus: Path) -> list[dict]:
    files = sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else [corpus]
    out = []
    for path in files:
        out += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return out


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _pipeline_side(records: list[dict], repeat: int, queue: mp.Queue) -> None:
    start = time.perf_counter()
    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.pipeline.runner import article_from_record

    pipeline = default_pipeline()
    for record in records:  # warm-up: loads the lazy models (lid, natasha for Russian names) before timing
        pipeline.run(article_from_record(record))
    loaded = time.perf_counter() - start
    cpu0, wall0 = time.process_time(), time.perf_counter()
    events = 0
    for _ in range(repeat):
        for record in records:
            events += len(pipeline.run(article_from_record(record)).events)
    queue.put({"name": "extract pipeline", "articles": len(records) * repeat, "wall": time.perf_counter() - wall0,
               "cpu": time.process_time() - cpu0, "load": loaded, "rss": _peak_rss_mb(), "output": f"{events} events"})


def _natasha_side(records: list[dict], repeat: int, queue: mp.Queue) -> None:
    _natasha_pass(records, repeat, queue, name="natasha NER")


def _natasha_one_thread(records: list[dict], repeat: int, queue: mp.Queue) -> None:
    import natasha  # noqa: F401 - loads numpy's BLAS first: threadpoolctl limits loaded libraries only
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        _natasha_pass(records, repeat, queue, name="natasha, 1 BLAS thr")


def _natasha_pass(records: list[dict], repeat: int, queue: mp.Queue, *, name: str) -> None:
    start = time.perf_counter()
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    for record in records:  # the same warm-up pass as the pipeline side
        doc = Doc(record.get("text") or "")
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    loaded = time.perf_counter() - start
    cpu0, wall0 = time.process_time(), time.perf_counter()
    spans = 0
    for _ in range(repeat):
        for record in records:
            doc = Doc(record.get("text") or "")
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            spans += len(doc.spans)
    queue.put({"name": name, "articles": len(records) * repeat, "wall": time.perf_counter() - wall0,
               "cpu": time.process_time() - cpu0, "load": loaded, "rss": _peak_rss_mb(), "output": f"{spans} spans"})


def _measure(target, records: list[dict], repeat: int) -> dict:
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(records, repeat, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--corpus", type=Path, default=None, help="JSONL file or folder of JSONL files")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (default 3)")
    args = parser.parse_args(argv)
    corpus = args.corpus or next((p for p in DEFAULT_CORPORA if p.exists()), None)
    if corpus is None or not corpus.exists():
        print("no corpus found; pass --corpus", file=sys.stderr)
        return 2
    records = _records(corpus)
    chars = sum(len(r.get("text") or "") for r in records)
    print(f"corpus: {corpus} — {len(records)} articles, {chars / max(len(records), 1):.0f} characters on average, "
          f"x{args.repeat} passes")
    results = [_measure(side, records, args.repeat) for side in (_pipeline_side, _natasha_side, _natasha_one_thread)]
    header = f"{'':20s} {'articles/s':>11s} {'articles/s/core':>16s} {'load+warm s':>12s} {'peak RSS MB':>12s}  output"
    print(header)
    for r in results:
        print(f"{r['name']:20s} {r['articles'] / r['wall']:11.1f} {r['articles'] / r['cpu']:16.1f} "
              f"{r['load']:12.2f} {r['rss']:12.1f}  {r['output']}")
    ours, ref, single = results
    speed = (ours["articles"] / ours["cpu"]) / (ref["articles"] / ref["cpu"])
    fair = (ours["articles"] / ours["cpu"]) / (single["articles"] / single["cpu"])
    print(f"ratio pipeline / natasha: speed (articles/s/core) x{speed:.2f} (x{fair:.2f} against 1 BLAS thread), "
          f"peak memory x{ours['rss'] / ref['rss']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
