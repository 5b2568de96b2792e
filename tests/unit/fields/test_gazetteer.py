"""The shipped gazetteer: loading, inflected forms in six languages, ambiguity, foreign places."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from protest_tracker.pipeline.places.gazetteer import Gazetteer, GazetteerError, PlaceMention


def cities(gazetteer: Gazetteer, text: str) -> list[str | None]:
    return [m.place.city for m in gazetteer.find(text)]


def test_mentions_carry_offsets_and_places(gazetteer):
    text = "Вчера жители Жанаозена вышли на площадь."
    [mention] = gazetteer.find(text, language="ru")
    assert isinstance(mention, PlaceMention)
    assert text[mention.start : mention.end] == mention.surface == "Жанаозена"
    assert mention.kind == "city"
    place = mention.place
    assert (place.country, place.city, place.region, place.admin1_code) == (
        "KZ",
        "Zhanaozen",
        "Mangystau",
        "KZ.09",
    )
    assert place.geo_precision == 1 and place.geonameid == 607610
    assert place.latitude == pytest.approx(43.34, abs=0.05)
    assert 0.5 < mention.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Митинг прошёл в Жанаозене, потом в Алма-Ате и в Уральске.",
            ["Zhanaozen", "Almaty", "Oral"],
        ),
        ("Автобусы из Бишкека шли к Шымкенту и Оше.", ["Bishkek", "Shymkent", "Osh"]),
        ("Активисты Нур-Султана и Астаны", ["Astana", "Astana"]),
        ("Алматыдағы шеруге Жаңаөзенде тұратындар да келді", ["Almaty", "Zhanaozen"]),
        ("Бишкекте жана Ошто жыйын болду, Ош шаарында да", ["Bishkek", "Osh", "Osh"]),
        ("Toshkentda va Nukusda odamlar yig'ildi", ["Tashkent", "Nukus"]),
        ("Сокинони Хоруғ ва аҳолии дар Душанбе", ["Khorog", "Dushanbe"]),
        (
            "Residents of Khorugh and Ust-Kamenogorsk, and Almaty's mayor",
            ["Khorog", "Oskemen", "Almaty"],
        ),
        ("ЖАНАОЗЕН, АКТАУ", ["Zhanaozen", "Aktau"]),
    ],
)
def test_inflected_and_variant_city_names(gazetteer, text, expected):
    assert cities(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        ("в Мангистауской области", "Mangystau", "KZ"),
        ("жители Ошской области", "Osh", "KG"),
        ("Маңғыстау облысында ереуіл", "Mangystau", "KZ"),
        ("Ош облусунун тургундары", "Osh", "KG"),
        ("Farg'ona viloyatida", "Fergana", "UZ"),
        ("Qoraqalpog'istonda namoyish", "Karakalpakstan", "UZ"),
        ("в ГБАО неспокойно", "Gorno-Badakhshan", "TJ"),
        ("в области Абай и в Жетысуской области", "Abai", "KZ"),
        ("Almaty region villagers", "Almaty Region", "KZ"),
    ],
)
def test_regions(gazetteer, text, region, country):
    mention = gazetteer.find(text)[0]
    assert mention.kind == "region"
    assert (mention.place.region, mention.place.country, mention.place.city) == (
        region,
        country,
        None,
    )
    assert mention.place.geo_precision == 3


def test_city_and_region_of_the_same_name_are_told_apart(gazetteer):
    kinds = [
        (m.kind, m.place.city, m.place.region)
        for m in gazetteer.find("Алматы и Алматинская область")
    ]
    assert kinds == [("city", "Almaty", None), ("region", None, "Almaty Region")]


def test_countries_and_foreign_places(gazetteer):
    found = gazetteer.find(
        "Казахстанцы пикетировали в Москве, в Стамбуле и у посольства в Вашингтоне; "
        "Кыргызстан и Китай; Xinjiang, Ürümqi"
    )
    summary = [(m.kind, m.place.country, m.place.city) for m in found]
    assert ("foreign", "RU", "Moscow") in summary
    assert ("foreign", "TR", "Istanbul") in summary
    assert ("foreign", "US", "Washington") in summary
    assert ("country", "KG", None) in summary
    assert ("foreign", "CN", None) in summary
    assert ("foreign", "CN", "Urumqi") in summary


@pytest.mark.parametrize(
    "text",
    [
        "Памятник Абаю стоит на проспекте Абая.",
        "Высыхание Аральского моря и Aral Sea crisis",
        "Рыбаки на озере Балхаш",
        "the Kazakh government and Kazakh activists",
        "Президент Сердар Бердымухамедов",
        "бай и кен, ана мен бала",
    ],
)
def test_ordinary_words_and_person_names_are_not_places(gazetteer, text):
    assert gazetteer.find(text) == []


def test_lowercase_words_do_not_match(gazetteer):
    assert gazetteer.find("ош был вкусный, astana was not mentioned in lowercase") == []


def test_lookup(gazetteer):
    assert gazetteer.lookup("Alma-Ata").city == "Almaty"
    assert gazetteer.lookup("Уральске").city == "Oral"
    assert gazetteer.lookup("Osh", country="KG").city == "Osh"
    assert gazetteer.lookup("Osh", country="TM") is None
    assert gazetteer.lookup("no such place") is None
    assert gazetteer.lookup("") is None


def test_aktau_homonym_resolves_to_the_big_city(gazetteer):
    place = gazetteer.lookup("Актау")
    assert (place.city, place.region) == ("Aktau", "Mangystau")


def test_every_city_of_the_five_countries_has_english_name_and_coordinates(gazetteer):
    cities_ = gazetteer.places(kind="city")
    assert len(cities_) > 850
    assert {p.country for p in cities_} == {"KZ", "KG", "TJ", "TM", "UZ"}
    assert all(p.city and p.city.isascii() is not None and p.latitude is not None for p in cities_)
    assert {p.region for p in gazetteer.places(kind="region")} >= {
        "Abai",
        "Jetisu",
        "Ulytau",
        "Karakalpakstan",
    }


def test_load_from_a_folder_and_bad_files(tmp_path: Path, gazetteer):
    data = Path(__file__).resolve().parents[3] / "src" / "protest_tracker" / "data"
    for name in ("gazetteer_places.tsv", "gazetteer_names.tsv"):
        shutil.copy(data / name, tmp_path / name)
    assert len(Gazetteer.load(tmp_path)) == len(gazetteer)
    (tmp_path / "gazetteer_places.tsv").write_text("0\tcity\tKZ\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1"):
        Gazetteer.load(tmp_path)
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.load(tmp_path / "missing")


def test_names_pointing_to_missing_places_are_rejected(tmp_path: Path):
    data = Path(__file__).resolve().parents[3] / "src" / "protest_tracker" / "data"
    shutil.copy(data / "gazetteer_places.tsv", tmp_path / "gazetteer_places.tsv")
    (tmp_path / "gazetteer_names.tsv").write_text("almaty\t999999\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="does not exist"):
        Gazetteer.load(tmp_path)


def test_shipped_basemap_labels_are_gazetteer_names() -> None:
    """The map's place labels come from the gazetteer (scripts/build_basemap.py): a gazetteer
    change must be followed by a rebuild of the basemap, or the map shows names no event carries."""
    import json
    from importlib import resources

    data = resources.files("protest_tracker") / "data"
    lines = (data / "gazetteer_places.tsv").read_text(encoding="utf-8").splitlines()
    known = {(row[2], row[3]) for row in (line.split("\t") for line in lines if not line.startswith("#"))}
    basemap = json.loads((data / "basemap_ca.geojson").read_text(encoding="utf-8"))
    labels = [(f["properties"]["country"], f["properties"]["name"])
              for f in basemap["features"] if f["properties"]["layer"] == "place"]
    assert len(labels) > 300
    assert [label for label in labels if label not in known] == []
