"""Grievance categories: read where the cause is stated, with settings, names and details left out."""

from __future__ import annotations

import pytest

from protest_tracker import codebook
from protest_tracker.pipeline.fields.cues import GRIEVANCE_CUES
from protest_tracker.pipeline.fields.grievances import find_grievances
from protest_tracker.pipeline.text import fold


def grievances(*sentences: str, triggers: tuple[int, ...] = (0,), title: str = "",
               event_type: str = "demonstration") -> list[str]:
    """Grievances of an event whose scope is the given sentences (``triggers``: their indices)."""
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    labels, evidence = find_grievances(text, fold(text), spans=spans, triggers=[spans[i] for i in triggers],
                                       title=fold(title), event_type=event_type)
    for item in evidence:
        assert text[item.start:item.end] == item.text
    return labels


def test_grievance_labels_are_codebook_codes():
    assert set(GRIEVANCE_CUES.labels) <= set(codebook.GRIEVANCES.codes)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Жители Тараза вышли на митинг против повышения цен на сжиженный газ.", "wages_prices_economy"),
    ("Residents rallied against the planned demolition of their homes.", "land_property"),
    ("Көп балалы аналар әкімдік алдында жәрдемақы талап етті.", "social_benefits"),
    ("Суу каптаган үйлөрдүн тургундары акимчиликке нааразылык билдиришти.", "environment"),
    ("Тургундар казак-кытай өкмөттөрүнүн макулдашуусуна каршы нааразылык акциясын өткөрүштү.", "china_economic"),
    ("Onalar nafaqa to'lanmagani sababli norozilik bildirishdi.", "social_benefits"),
    ("Сокинон талаб карданд, ки гунаҳкорони марги ҷавон ҷазо бинанд.", "corruption_justice"),
    ("Protesters demanded that those responsible for the killing be punished.", "corruption_justice"),
    ("Пикетчики выступили против вступления страны в Евразийский экономический союз.", "other"),
    ("Белсенділер Астана атауын өзгертуге қарсы шықты.", "elections_political"),
    ("Намойишчилар Қорақалпоғистон мақомини ўзгартиришга қарши чиқди.", "interethnic"),
])
def test_causes_in_each_language(sentence, expected):
    assert expected in grievances(sentence)


def test_cause_sentences_outrank_background():
    found = grievances(
        "About 200 miners went on strike at the coal mine on Monday.",
        "They demand that wages be doubled and that the mine's dormitory be repaired.",
        "The region has suffered from heavy pollution for decades.",
    )
    assert found == ["labour", "housing_mortgage"]


def test_background_is_read_when_the_cause_sentences_say_nothing():
    found = grievances("Около 50 человек вышли на площадь в субботу.", "Люди недовольны отключениями газа и света.",
                       "Многие семьи живут без отопления.")
    assert "utilities" in found


def test_details_of_a_pay_dispute_stay_labour():
    found = grievances("Workers at the oil field stopped work, demanding higher wages, COVID-19 tests and "
                       "compensation for toxic fumes.")
    assert found == ["labour"]


def test_settings_and_names_are_not_causes():
    assert grievances("Оппозиция провела первый крупный митинг во время карантина.") == ["elections_political"]
    assert "rights_freedoms" not in grievances("Human rights defenders watched the picket over land sales.")
    assert "utilities" not in grievances("Police used tear gas against the protesters.")
    assert "land_property" not in grievances("Ular jamoat tartibini buzishga qaratilgan harakatlarni davom ettirdi.")


def test_an_organising_opposition_is_no_cause_when_the_cause_is_stated():
    assert grievances("Оппозиционные активисты провели митинг против продажи земли иностранцам.") == ["land_property"]
    assert grievances("The opposition movement held a rally in the capital.") == ["elections_political"]


def test_release_words_only_when_release_is_wanted():
    assert "detention_release" in grievances("Relatives demanded the release of the detained activists.")
    assert "detention_release" not in grievances("Участники выразили недовольство освобождением бывшего премьера.")
    assert "other" not in grievances("Родственники задержанных по Кемпир-Абадскому делу требовали их освобождения.")


def test_a_strike_with_no_stated_cause_is_a_labour_dispute():
    assert grievances("Oilmen at the field stopped work on Monday.", event_type="strike") == ["labour"]
    assert grievances("About 30 people gathered in the square.") == []


def test_the_title_adds_its_causes():
    assert "housing_mortgage" in grievances("Около 30 женщин пришли к акимату.", title="Матери требуют жилья")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the Kazakh, Uzbek and Kyrgyz words for jobs, layoffs, compensation, pollution and rights
    ("Жұмыссыз жастар әкімдік алдына жиналып, жұмысқа орналастыруды талап етті.", "labour"),
    ("Тұрғындар қаланың шетіндегі қоқыс полигонына қарсы наразылық білдірді.", "environment"),
    ("Uyi buzilgan aholi kompensatsiya to'lanishini talab qildi.", "land_property"),
    ("Намойишчилар ижтимоий тармоқлар чекланишига қарши чиқди.", "rights_freedoms"),
    ("Жумушсуз калган кен казуучулар айыл өкмөтүнүн алдына чогулушту.", "labour"),
    ("Тургундар Кытай компаниясынын кен иштетүүсүнө каршы чыгышты.", "china_economic"),
])
def test_more_causes_in_the_turkic_languages(sentence, expected):
    assert expected in grievances(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Торговцы вещевого рынка перекрыли улицу, недовольные новыми правилами.", "wages_prices_economy"),
    ("Vendors at the bazaar gathered outside the city administration.", "wages_prices_economy"),
    ("Базардын соодагерлери мэриянын алдына чогулушту.", "wages_prices_economy"),
    ("Около сотни сторонников бывшего депутата собрались у здания суда.", "elections_political"),
    ("Muxolif partiya a'zolari maydonga yig'ildi.", "elections_political"),
    ("Сокинон бар зидди натиҷаи интихобот эътироз карданд.", "elections_political"),
])
def test_traders_supporters_and_elections(sentence, expected):
    assert expected in grievances(sentence)


@pytest.mark.parametrize("sentence", [
    "Жители вышли на митинг против повышения цен на газ для автомобилей.",
    "Тұрғындар газ бағасын түсіруді талап етті.",
    "Namoyishchilar gaz narxi oshishiga qarshi chiqdi.",
    "Жұмыссыздар мұнай-газ саласына жұмысқа алуды талап етті.",
])
def test_gas_as_a_price_or_an_industry_is_not_a_household_service(sentence):
    assert "utilities" not in grievances(sentence)


def test_a_village_without_gas_is_a_utilities_grievance():
    assert "utilities" in grievances("Жители села без газа уже неделю перекрыли трассу.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # freedoms in their inflected forms
    ("Бишкекте сөз эркиндигин коргоо үчүн жөө жүрүш өттү.", "rights_freedoms"),
    ("Faollar so'z erkinligi uchun namoyish o'tkazdi.", "rights_freedoms"),
    ("Активисты вышли на пикет за право мирных собраний.", "rights_freedoms"),
    ("Белсенділер бейбіт жиындар туралы заңға қарсы шықты.", "rights_freedoms"),
    # women's rights and violence in the home (the codebook's rights_freedoms)
    ("Women rallied in the square against domestic violence.", "rights_freedoms"),
    ("Алаңға жиналған әйелдер құқықтарын қорғауды талап етті.", "rights_freedoms"),
    ("Ак үйдүн алдында үй-бүлөлүк зомбулукка каршы акция өттү.", "rights_freedoms"),
    ("Активистки вышли на марш против бытового насилия.", "rights_freedoms"),
    ("Faollar oilaviy zo'ravonlikka qarshi namoyish o'tkazdi.", "rights_freedoms"),
    # political prisoners, and people gathered for someone held
    ("Demonstrators demanded freedom for all political prisoners.", "detention_release"),
    ("Шерушілер саяси тұтқындарға бостандық талап етті.", "detention_release"),
    ("Нааразылар саясий туткундарды коё берүүнү талап кылышты.", "detention_release"),
    ("Namoyishchilar siyosiy mahbuslar masalasini ko'tardi.", "detention_release"),
    ("На площади собрались сторонники задержанного депутата.", "detention_release"),
    # the terms of the Kumtor gold mine are a dispute the conventions code as other
    ("Жители села вышли на митинг против нового соглашения по Кумтору.", "other"),
    ("Residents blocked the road to the Kumtor mine, demanding a review of the deal.", "other"),
    ("Айылдын тургундары Кумтөр боюнча келишимге каршы чыгышты.", "other"),
])
def test_rights_in_their_forms_and_the_kumtor_dispute(sentence, expected):
    assert expected in grievances(sentence)


@pytest.mark.parametrize(("sentence", "category"), [
    ("Белсенділер Ақтөбеде qıtaylıq zauıttarğa qarsı narazılıq bildirdi.", "china_economic"),
    ("Жастар Алматыда қытай жобаларына қарсы наразылық білдірді.", "china_economic"),
    ("Активисттер казак-кытай макулдашуусуна каршы нааразылык акциясын өткөрүштү.", "china_economic"),
    ("Lawyers picketed the court against the persecution of their colleague.", "corruption_justice"),
    ("Пикетчики требовали прекратить преследование адвоката.", "corruption_justice"),
])
def test_chinese_projects_and_persecution_are_read(sentence, category):
    assert category in grievances(sentence)
