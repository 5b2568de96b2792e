"""People's names (``events.people@1``): patterns per language, natasha for Russian, roles, negatives.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from protest_tracker.model import Article, EventCandidate, Evidence, PersonMention
from protest_tracker.pipeline.people.shapes import Token, is_non_name, plain_name, surname_base
from protest_tracker.pipeline.people.stage import EventPeople
from protest_tracker.pipeline.recognisers import Recognisers
from protest_tracker.pipeline.text import fold


@pytest.fixture(scope="module")
def stage() -> EventPeople:
    return EventPeople(recognisers=Recognisers.load())


def people(stage: EventPeople, text: str, language: str, **fields) -> list[PersonMention]:
    """The people the stage finds in one event whose evidence is the whole text."""
    event = EventCandidate(evidence=(Evidence("event", text, 0, len(text)),), **fields)
    article = Article(id="t", text=text, language=language, events=(event,),
                      annotations={"folded": fold(text)})
    return list(stage(article).events[0].people)


def names(found: list[PersonMention]) -> set[str]:
    return {p.name for p in found}


def test_russian_organiser_from_natasha_in_the_nominative(stage: EventPeople) -> None:
    text = "Организатором пикета выступил Бауыржан Темирханов, он призвал власти снизить тарифы."
    found = people(stage, text, "ru")
    assert names(found) == {"Бауыржан Темирханов"}
    assert found[0].role == "organiser"
    assert text[found[0].start:found[0].end] == "Бауыржан Темирханов"


@pytest.mark.parametrize(("text", "expected"), [
    ("Выступил Бауыржан Темирханов.", {"Бауыржан Темирханов"}),
    ("Вчера Айдос Садыков вышел на пикет у акимата.", {"Айдос Садыков"}),
    ("Митинг открыл Бауыржан Темирханов. Затем Темирханов призвал власти снизить тарифы.",
     {"Бауыржан Темирханов", "Темирханов"}),
])
def test_a_sentence_opening_word_is_not_part_of_the_name(stage: EventPeople, text: str, expected: set[str]) -> None:
    """A capitalised verb or adverb before a name is no part of it (else the redaction list would
    withhold "Вчера" everywhere), and a lone surname in -ов stays as written."""
    found = people(stage, text, "ru")
    assert names(found) == expected
    assert all(text[p.start:p.end].split()[0] not in {"Выступил", "Вчера", "Затем"} for p in found)


def test_russian_declined_names_detainee_and_official(stage: EventPeople) -> None:
    text = ("Полицейские задержали активистку Гульнару Сейтказиеву у здания акимата. "
            "Позже к собравшимся вышел аким района Серик Абдрахманов.")
    found = {p.name: p for p in people(stage, text, "ru")}
    assert set(found) == {"Гульнара Сейтказиева", "Серик Абдрахманов"}
    assert found["Гульнара Сейтказиева"].role == "detainee"
    assert found["Серик Абдрахманов"].role == "other"


def test_name_in_the_organisers_field_gets_that_field(stage: EventPeople) -> None:
    text = "Митинг в Таразе. Акцию организовал Нурболат Кенжебаев, сообщили очевидцы."
    found = people(stage, text, "ru", organisers="Нурболат Кенжебаев")
    assert [(p.name, p.field, p.role) for p in found] == [("Нурболат Кенжебаев", "organisers", "organiser")]


def test_patterns_find_a_russian_name_without_natasha() -> None:
    stage = EventPeople(recognisers=Recognisers.load(), ner=False)
    text = "На площади выступил пенсионер Жумабек Ермеков, его поддержали соседи."
    assert names(people(stage, text, "ru")) == {"Жумабек Ермеков"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("kk", "Ереуілді ұйымдастырушы Дәурен Сәрсенбаев әкімдікке хат жазды.", {"Дәурен Сәрсенбаев"}),
    ("kk", "Наразылыққа Айжан Ерланқызы да қатысты.", {"Айжан Ерланқызы"}),
    ("kk", "Полиция Ержан Қайратұлы мен Сәуле Бекетованы ұстады.", {"Ержан Қайратұлы", "Сәуле Бекетова"}),
    ("kk", "Тұрғындар Жақсыбеков мырзаның сөзін тыңдады.", {"Жақсыбеков"}),
    ("ky", "Нааразылык акциясын Таалайбек Осмонов уюштурган.", {"Таалайбек Осмонов"}),
    ("ky", "Митингге Нурлан Сапар уулу жана башка тургундар катышты.", {"Нурлан Сапар уулу"}),
    ("uz", "Namoyishni faol Sherzod Toshpo'latov tashkil qildi.", {"Sherzod Toshpo'latov"}),
    ("uz", "Hokim Rustam Akramovich fuqarolar bilan uchrashdi.", {"Rustam Akramovich"}),
    ("uz", "Норозилик акциясида Дилшод Каримовнинг ўғли ҳам бор эди.", {"Дилшод Каримов"}),
    ("tg", "Эътирозро фаъол Бахтиёр Раҳимзода ташкил кард.", {"Бахтиёр Раҳимзода"}),
    ("en", "Police detained activist Erlan Zhaksylykov near the akimat on Monday.", {"Erlan Zhaksylykov"}),
    ("tk", "Ýygnanyşykda mugallym Aman Berdiýew çykyş etdi.", {"Aman Berdiýew"}),
])
def test_patterns_per_language(stage: EventPeople, language: str, text: str, expected: set[str]) -> None:
    assert names(people(stage, text, language)) == expected


def test_english_detainee_role(stage: EventPeople) -> None:
    found = people(stage, "Police detained activist Erlan Zhaksylykov near the akimat.", "en")
    assert [p.role for p in found] == ["detainee"]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Жители села Нурлановка перекрыли трассу в Жамбылской области."),
    ("ru", "Пикет прошёл на улице Абая, затем участники двинулись по проспекту Назарбаева."),
    ("ru", "Участников акции разогнали в Жанаозене в конце Марта."),
    ("ru", "Митинг у здания Мажилиса Парламента Республики Казахстан завершился."),
    ("kk", "Тұрғындар Абай даңғылы бойында жиналды."),
    ("uz", "Aholi Navoiy ko'chasida yo'lni to'sdi."),
    ("en", "Residents rallied on Abai Avenue in Almaty on Monday, March 4."),
    ("en", "Workers protested outside Nazarbayev University."),
])
def test_negatives_streets_places_months(stage: EventPeople, language: str, text: str) -> None:
    assert people(stage, text, language) == []


def test_offsets_point_into_the_article(stage: EventPeople) -> None:
    text = "Сотрудники полиции увезли в отдел Асель Мукашеву и Данияра Оспанова."
    for person in people(stage, text, "ru"):
        assert person.start is not None and person.end is not None
        assert fold(text[person.start:person.end])[:4] == fold(person.name)[:4]


def test_shapes() -> None:
    def token(word: str) -> Token:
        return Token(0, len(word), word, fold(word))

    assert surname_base(token("Сапаровтың")) == "сапаров"
    assert surname_base(token("Ов")) is None
    assert is_non_name(token("Марта")) and not is_non_name(token("Мартынов"))
    assert not is_non_name(token("Марат")) and not is_non_name(token("Улан"))
    assert is_non_name(token("Мажилиса")) and is_non_name(token("района"))
    assert plain_name("Ержан Сапаровтың") == "Ержан Сапаров"


def test_exchange_round_trip_keeps_people() -> None:
    person = PersonMention(name="Ерлан Жаксылыков", role="organiser", field="organisers", start=3, end=19)
    event = EventCandidate(people=(person,))
    record = event.to_exchange()
    assert record["people"] == [person.to_dict()]
    assert EventCandidate.from_exchange(record).people == (person,)
    assert EventCandidate.from_exchange({"date": "2024-01-02"}).people == ()


def test_natasha_loads_lazily_once() -> None:
    stage = EventPeople(recognisers=Recognisers.load())
    russian = stage._russian
    assert russian._tagger is None and russian._morph is None  # nothing loaded by building the stage
    people(stage, "Жители вышли на митинг у акимата.", "ru")  # no candidate name: no NER needed
    assert russian._tagger is None and russian._morph is None
    people(stage, "Выступила Айгерим Бекова.", "ru")  # a name the patterns find: only the morphology
    assert russian._tagger is None and russian._morph is not None
    people(stage, "Сотрудники компании Казмунайгаз вышли на забастовку.", "ru")  # unexplained capital: NER
    tagger, morph = russian._tagger, russian._morph
    people(stage, "Митинг поддержала партия Ак Жол, выступил Ерлан Жаксылыков.", "ru")
    assert tagger is not None and russian._tagger is tagger and russian._morph is morph


def test_the_default_configuration_runs_the_stage_last() -> None:
    from protest_tracker.pipeline.config import load_config

    uses = [entry["use"] for entry in load_config()["stages"]]
    assert uses[-1] == "events.people@1"
