"""Gazetteer coverage and precision: Turkic case forms, Uzbek spellings, districts, sites, guards.

Every sentence here is written for the test (no news text).
"""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.places.gazetteer import Gazetteer
from protest_tracker.pipeline.places.names import adjective_stems, word_forms
from protest_tracker.pipeline.places.rules import landmark_mentions
from protest_tracker.pipeline.text import fold


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _cities(gazetteer: Gazetteer, text: str) -> list[str | None]:
    return [m.place.city for m in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Olmaotadagi yig'ilish tarqatildi.", "Almaty"),
        ("Олмаотада намойиш бўлди.", "Almaty"),
        ("Nur-Sultonda ham odamlar to'plandi.", "Astana"),
        ("Жалолободда одамлар йиғилди.", "Jalal-Abad"),
        ("Jalol-Obod shahrida miting bo'ldi.", "Jalal-Abad"),
        ("Xorug‘dagi vaziyat keskin.", "Khorog"),
        ("Бишкекдаги майдонга чиқишди.", "Bishkek"),
        ("Aqtöbede jinalys boldy.", "Aktobe"),
        ("Бишкекте жыйын өттү.", "Bishkek"),
        ("Ошто адамдар чогулду.", "Osh"),
        ("Janao‘zan shahrida yig‘ilish bo‘ldi.", "Zhanaozen"),  # Uzbek o‘zan for Kazakh özen
        ("Janao‘zandagi ishchilar ko‘chaga chiqdi.", "Zhanaozen"),
    ],
)
def test_turkic_case_forms_and_uzbek_spellings(gazetteer, text, city):
    assert city in _cities(gazetteer, text)


def test_new_suffixes_are_stripped_by_the_general_rule():
    assert "бишкек" in word_forms("бишкекдаги")
    assert "olmaota" in word_forms("olmaotadagi")
    assert "almaty" in word_forms("almatynyn")


def test_genitive_after_square_is_the_city_but_a_square_name_is_not(gazetteer):
    assert _cities(gazetteer, "Люди стояли на центральной площади Бишкека.") == ["Bishkek"]
    assert _cities(gazetteer, "Пикет прошёл на площади Астана.") == []
    assert _cities(gazetteer, "Митинг у памятника на площади Абая.") == []


@pytest.mark.parametrize("text", [
    # a street named after a town, in the street word's case forms (sentences written for this test)
    "Аҳоли Марғилон кўчасида йўлни тўсди.",
    "Odamlar Toshkent ko'chasini to'sib qo'yishdi.",
    "Тургундар Ош көчөсүн тосуп алышты.",
    "Тұрғындар Жамбыл көшесіне жиналды.",
])
def test_a_street_named_after_a_town_is_no_mention_of_it(gazetteer, text):
    assert _cities(gazetteer, text) == []


def test_russian_town_adjectives_name_the_town_but_not_city_districts_or_streets(gazetteer):
    assert gazetteer.find("Жители улицы Ашхабадской вышли на протест.") == []
    assert adjective_stems("бишкекского") == ("бишкек",)
    assert "караганда" in adjective_stems("карагандинской")
    found = gazetteer.find("Рабочие Хайдарканского комбината бастуют.")
    assert [(m.place.city, m.confidence) for m in found] == [("Khaidarkan", 0.7)]
    found = gazetteer.find("Жители Алматинского района Астаны вышли к акимату.")
    assert [m.place.city for m in found] == ["Astana", "Astana"]


def test_kazakh_districts_are_region_level_places(gazetteer):
    for text in ("Акция прошла в Кордайском районе.", "Қордай ауданында жиын өтті."):
        (mention,) = gazetteer.find(text)
        assert mention.kind == "region"
        assert (mention.place.country, mention.place.region, mention.place.city) == ("KZ", "Zhambyl", None)
        assert mention.place.geo_precision == 2


def test_oil_fields_follow_the_gold_convention_region_without_city(gazetteer):
    (mention,) = gazetteer.find("Нефтяники месторождения Каламкас объявили забастовку.", sites=True)
    assert (mention.kind, mention.place.region, mention.place.city) == ("site", "Mangystau", None)
    (mention,) = gazetteer.find("Workers at Karachaganak stopped work.", sites=True)
    assert mention.place.region == "West Kazakhstan"
    # a word that is also a site name only counts with a site word
    assert all(m.place.region != "Atyrau" for m in gazetteer.find("Теңіз жағасында демалыс.", sites=True))
    assert gazetteer.find("Workers at Karachaganak stopped work.") == []  # sites only when asked


def test_curated_oil_settlements_are_towns(gazetteer):
    (mention,) = gazetteer.find("Водители из Кенкияка вышли на забастовку.")
    assert (mention.kind, mention.place.city, mention.place.region) == ("city", "Kenkiyak", "Aktobe")


def test_mentions_carry_the_geonames_id(gazetteer):
    (mention,) = gazetteer.find("Митинг в Бишкеке.")
    assert mention.geonames_id == 1528675 == mention.place.geonameid
    (region,) = gazetteer.find("Маңғыстау облысында")
    assert region.geonames_id is None


def test_a_town_own_name_beats_an_old_name_of_a_bigger_city(gazetteer):
    (mention,) = gazetteer.find("Protesters gathered in Talas on Monday.")
    assert (mention.place.country, mention.place.city) == ("KG", "Talas")


def test_exact_spelling_wins_among_names_of_equal_length(gazetteer):
    (mention,) = gazetteer.find("Кара-Суу шаарында")
    assert (mention.place.country, mention.place.city) == ("KG", "Kara Suu")


def _town(gazetteer: Gazetteer, *, small: bool):
    """A one-word town of the gazetteer that its own name finds: a cities500 village under 1,000
    people (``small``) or a town GeoNames gives no population for."""
    return next(
        e for e in gazetteer._entries  # noqa: SLF001 - the test looks for any such town
        if e.kind == "city" and (0 < e.population < 1000 if small else e.population == 0) and e.place.geonameid
        and len(e.place.city or "") > 6 and e.place.city.isalpha() and gazetteer.lookup(e.place.city) == e.place
    )


def test_tiny_villages_need_a_settlement_word(gazetteer):
    tiny = _town(gazetteer, small=True)
    name = tiny.place.city
    assert gazetteer.find(f"Yesterday {name} was mentioned.") == []
    assert gazetteer.find(f"People gathered in {name}.") == []
    assert [m.place for m in gazetteer.find(f"People of the village of {name} gathered.")] == [tiny.place]


@pytest.mark.parametrize("text", [
    "Акции прошли также в Чимбае и Муйнаке.",
    "Жители приехали из Чимбая.",
    "Shops were closed in Chimbay on Friday.",
])
def test_a_town_of_unknown_size_counts_where_a_place_stands(gazetteer, text):
    # GeoNames gives Chimbay, a district seat, no population: not a village, but a name of
    # unknown size still needs a preposition of place, a place case or a settlement word
    assert "Chimbay" in _cities(gazetteer, text)


def test_a_town_of_unknown_size_is_no_bare_name(gazetteer):
    unknown = _town(gazetteer, small=False)
    assert gazetteer.find(f"Yesterday {unknown.place.city} was mentioned.") == []
    assert [m.place for m in gazetteer.find(f"People gathered in {unknown.place.city}.")] == [unknown.place]


@pytest.mark.parametrize("text", [
    "Собрание началось в 12.00 по времени Нур-Султана.",
    "The meeting began at noon Almaty time.",
    "Йиғилиш Тошкент вақти билан соат 10 да бошланди.",
])
def test_a_time_zone_is_no_place(gazetteer, text):
    assert _cities(gazetteer, text) == []


def test_common_words_from_generated_spellings_are_stopped(gazetteer):
    assert gazetteer.find("Маданият үйүнүн алдында") == []


def test_generated_spellings(build_scripts):
    from gazetteer_variants import russian_cyrillic, uzbek_cyrillic, uzbek_latin

    assert uzbek_latin("Жанаозен") == "Janaozen"
    assert uzbek_latin("Хорог") == "Xorog"
    assert uzbek_cyrillic("Qo'ng'irot") == "қўнғирот"
    assert uzbek_cyrillic("Khiva") is None
    assert russian_cyrillic("Beyneu") == "бейнеу"
    assert russian_cyrillic("Shortandy") == "шортанды"


def test_weekday_and_month_names_are_not_small_towns():
    from protest_tracker.pipeline.places.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    # "Payshanba" (Thursday) and "Juma" (Friday) are also small Uzbek towns
    assert gazetteer.find("Payshanba kuni hokimiyat oldida yig'ilishdi.", language="uz") == []
    assert [m.place.city for m in gazetteer.find("Juma kuni Urgutda savdogarlar to'planishdi.", language="uz")] \
        == ["Urgut"]
    # a big city whose name is a weekday elsewhere stays a city (Tajik Monday is "душанбе")
    assert [m.place.city for m in gazetteer.find("В Душанбе прошёл митинг.", language="ru")] == ["Dushanbe"]


def test_an_everyday_word_blocks_a_town_only_in_its_language():
    from protest_tracker.pipeline.places.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    assert gazetteer.find("Shu kuni ishchilar yig'ildi.", language="uz") == []
    assert [m.place.city for m in gazetteer.find("В городе Шу жители вышли на митинг.", language="ru")] == ["Shu"]


@pytest.mark.parametrize(("text", "city"), [
    ("Жители Оскемена вышли на площадь.", "Oskemen"),  # Өскемен written with Russian letters
    ("В Оскемене прошел пикет.", "Oskemen"),
])
def test_kazakh_names_written_with_russian_letters(gazetteer, text, city):
    assert city in _cities(gazetteer, text)


def _kept_cities(gazetteer: Gazetteer, text: str) -> list[str | None]:
    from protest_tracker.pipeline.places.rules import clean_places

    found = gazetteer.find(text, language="ru")
    return [m.place.city for m in clean_places(found, text=text, title_places=[], lookup=gazetteer.lookup)]


@pytest.mark.parametrize("text", [
    "Сельчане перекрыли трассу Бишкек-Ош у села Барпы.",
    "Жители перекрыли автодорогу Алматы – Оскемен возле поселка Бактыбай.",
    "Villagers blocked the Tashkent-Termez highway for two hours.",
    "Сельчане перекрыли переезд на ветке Бишкек-Луговая.",  # the other end is not in the gazetteer
    "Drivers blocked the Kenkiyak-Bishkek route again.",
])
def test_a_road_named_after_two_towns_places_nothing_in_them(gazetteer, text):
    kept = _kept_cities(gazetteer, text)
    assert not {"Bishkek", "Osh", "Almaty", "Oskemen", "Tashkent", "Termez"} & set(kept), kept


@pytest.mark.parametrize(("text", "city"), [
    ("В Кара-Балте прошел митинг.", "Kara-Balta"),
    ("Жители Джалал-Абада собрались у мэрии.", "Jalal-Abad"),
    ("В Усть-Каменогорске прошел пикет.", "Oskemen"),
    ("В Бишкеке - столице страны - прошел митинг.", "Bishkek"),  # a spaced dash is an aside
])
def test_one_town_with_a_dash_in_its_name_stays(gazetteer, text, city):
    assert city in _kept_cities(gazetteer, text)


@pytest.mark.parametrize(("text", "names"), [
    ("Дамса аулында тұрғындар жиналды.", ["Damsa"]),      # ауыл contracted before its possessive
    ("Жаңаарық кентінде жұрт жиналды.", ["Zhanaaryk"]),   # "кенті": a settlement
    ("Жұрт Кішкенекөл кентінен келді.", []),             # ablative: where people came from
])
def test_kazakh_settlement_words_introduce_unknown_villages(text, names):
    from protest_tracker.pipeline.places.rules import new_settlements

    assert [m.place.city for m in new_settlements(text, known=[], default_country="KZ")] == names


@pytest.mark.parametrize(("text", "region"), [
    ("К протестующим вышел аким ЗКО.", "West Kazakhstan"),
    ("В ВКО водители перекрыли трассу.", "East Kazakhstan"),
    ("Жители СКО пожаловались на цены.", "North Kazakhstan"),
    ("Митинг в ЮКО разогнали.", "Turkistan"),
    ("БҚО әкімдігінің алдына жұрт жиналды.", "West Kazakhstan"),
    ("ШҚО тұрғындары наразылық білдірді.", "East Kazakhstan"),
])
def test_kazakh_region_abbreviations_are_regions(gazetteer, text, region):
    mentions = gazetteer.find(text)
    assert [(m.kind, m.place.region) for m in mentions] == [("region", region)]


@pytest.mark.parametrize(("text", "city"), [
    ("Голодовку начали на площади южной столицы Кыргызстана.", "Osh"),
    ("Kyrgyzstan's southern capital saw a second day of protests.", "Osh"),
    ("Түштүк борбордо соодагерлер чогулушту.", "Osh"),
    ("Митинг прошел в бывшей столице Казахстана.", "Almaty"),
    ("Оңтүстік астанада шеру өтті.", "Almaty"),
    ("Митинг прошел в столице Кыргызстана.", "Bishkek"),
    ("Жогорку Кеңештин алдында жүздөгөн адам чогулду.", "Bishkek"),
])
def test_capital_phrases_and_landmarks(gazetteer, text, city):
    assert [m.place.city for m in landmark_mentions(fold(text), gazetteer=gazetteer)] == [city]


def test_a_member_of_parliament_is_no_landmark(gazetteer):
    assert landmark_mentions(fold("Жогорку Кеңештин депутаты Ошто сүйлөдү."), gazetteer=gazetteer) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Жаңы-Талап айылында эл чогулду.", ["Zhany-Talap"]),
    ("Кара-Суу айыл өкмөтүнүн алдында эл чогулду.", []),  # a rural municipality, not a village
    ("Жители села Эркин-Сай Вознесеновского айыл окмоту вышли на дорогу.", ["Erkin-Say"]),
])
def test_a_rural_municipality_is_not_a_new_village(text, names):
    from protest_tracker.pipeline.places.rules import new_settlements

    assert [m.place.city for m in new_settlements(text, known=[], default_country="KG")] == names


@pytest.mark.parametrize(("record", "city"), [
    # a Kazakh report that names no town the gazetteer knows: the village, not the capital
    ({"language": "kk", "url": "https://news.example.kz/a/1",
      "text": "Тұрғындар 12 қазан 2021 жылы Тоғызбай ауылында жиналып, ауыз су мәселесі бойынша "
              "наразылық білдірді."}, "Togyzbay"),
    # a Russian report from a .kz outlet: the village named by "поселка", in Kazakhstan
    ({"language": "ru", "url": "https://news.example.kz/a/2",
      "text": "12 октября 2021 года жители поселка Тоғызбай перекрыли трассу и провели акцию протеста."},
     "Togyzbay"),
])
def test_a_village_in_an_article_naming_no_known_place_is_in_the_outlet_or_language_country(record, city):
    from protest_tracker.pipeline.config import default_pipeline
    from protest_tracker.pipeline.runner import article_from_record

    article = default_pipeline().run(article_from_record({"id": "village", "title": "", **record}))
    assert [(e.country, e.city) for e in article.events] == [("KZ", city)]
