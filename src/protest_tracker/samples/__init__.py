"""The bundled sample corpus: short news reports written by the project, with gold events.

``articles.jsonl`` holds one report per line in the exchange input format of the evaluation
kit (``id``, ``url``, ``title``, ``published``, ``language``, ``text``) plus ``outlet``,
``source_type`` and ``gold`` (events in the gold format of ``../shared/eval/DEV_README.md``,
with a few extra keys). The same file is therefore both an input for
``protest-tracker extract`` and a gold file for ``score.py``. See ``README.md`` in this folder
for what the corpus contains and which reports describe the same event.

Standard library only; nothing is read at import time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from protest_tracker.errors import TrackerError

ARTICLES_FILE = "articles.jsonl"

#: The keys of an input line of the exchange format (``../shared/eval/README.md``).
INPUT_KEYS = ("id", "url", "title", "published", "language", "text")


class SampleCorpusError(TrackerError):
    """The sample corpus file is missing or a line of it is not a valid record."""


def sample_articles_path() -> Path:
    """The path of the bundled ``articles.jsonl``.

    Raises :class:`SampleCorpusError` when the package was installed without it.
    """
    resource = resources.files(__name__).joinpath(ARTICLES_FILE)
    path = Path(str(resource))
    if not path.is_file():
        raise SampleCorpusError(
            f"sample corpus not found at {path}; reinstall the package with its data"
        )
    return path


def iter_sample_records(path: Path | None = None) -> Iterator[dict[str, Any]]:
    """Every record of the corpus (gold included), in file order.

    ``path`` defaults to the bundled file. A line that is not a JSON object with an ``id``
    and a ``text`` raises :class:`SampleCorpusError` naming the file and line.
    """
    source = path or sample_articles_path()
    with source.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise SampleCorpusError(
                    f"{source}:{number}: not valid JSON ({error.msg})"
                ) from error
            if (
                not isinstance(record, dict)
                or not record.get("id")
                or not isinstance(record.get("text"), str)
            ):
                raise SampleCorpusError(f"{source}:{number}: a record needs an 'id' and a 'text'")
            yield record


def iter_input_records(path: Path | None = None) -> Iterator[dict[str, Any]]:
    """The corpus as extractor input: only the exchange input keys, no gold."""
    for record in iter_sample_records(path):
        yield {key: record.get(key) for key in INPUT_KEYS}
