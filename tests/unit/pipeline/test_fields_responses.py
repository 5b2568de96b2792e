"""State responses read in context: cues in six languages, and the contexts that are not a response."""

from __future__ import annotations

import pytest

from protest_tracker import codebook
from protest_tracker.pipeline.fields.classify import report_stretches
from protest_tracker.pipeline.fields.response_cues import (
    CROWD_DIALOGUE_CUES,
    STATE_RESPONSE_CUES,
    TAKEAWAY_CUES,
    WARNING_CUES,
)
from protest_tracker.pipeline.fields.responses import find_responses
from protest_tracker.pipeline.text import fold


def _joined(sentences: tuple[str, ...] | list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentences joined by spaces, and the span of each."""
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    return " ".join(sentences), spans


def responses(*sentences: str) -> set[str]:
    """Responses found in consecutive sentences (each one a span of the scope)."""
    text, spans = _joined(sentences)
    labels, evidence = find_responses(text, fold(text), spans)
    for item in evidence:
        assert text[item.start:item.end] == item.text
    return set(labels)


def test_response_cue_labels_are_codebook_codes():
    codes = set(codebook.STATE_RESPONSES.codes)
    for lexicon in (STATE_RESPONSE_CUES, CROWD_DIALOGUE_CUES, TAKEAWAY_CUES, WARNING_CUES):
        assert set(lexicon.labels) <= codes


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Сотрудники полиции задержали пятерых пикетчиков у здания акимата.", {"detention"}),
    ("Участников акции доставили в районный отдел полиции.", {"detention"}),
    ("The riot police beat the strikers with batons and fired tear gas.", {"force_violence"}),
    ("Наразылық акциясына шыққан бірнеше белсенді ұсталды.", {"detention"}),
    ("Милиция нааразы болгон жаштарды таркатып жиберди.", {"dispersal"}),
    ("Militsiya norozilik aksiyasi qatnashchilarini tarqatib yubordi.", {"dispersal"}),
    ("Намоишгаронро милиса пароканда кард.", {"dispersal"}),
    ("Two organisers were later fined by a district court.", {"fine"}),
    ("Суд арестовал организатора пикета на 10 суток.", {"administrative_arrest"}),
    ("Намойишда қатнашган икки фаол 10 суткага маъмурий қамоққа олинди.", {"administrative_arrest"}),
    ("Против зачинщиков беспорядков возбуждено уголовное дело.", {"criminal_charge"}),
    ("Пикетчики ұзақ тұрды, кейін полиция оларды алып кетті.", {"detention"}),
    ("Mobile internet in the region was cut off for three days.", {"internet_shutdown"}),
    ("Several activists were briefly held by police and let go in the evening.", {"detention"}),
    ("Аудан әкімі халықпен кездесіп, мәселені шешуге уәде берді.", {"dialogue_meeting", "concession"}),
    ("Ҳокими шаҳр бо мардум вохӯрд.", {"dialogue_meeting"}),
    ("Часть пикетчиков согласилась пойти на контакт с чиновниками.", {"dialogue_meeting"}),
])
def test_responses_in_each_language(sentence, expected):
    assert expected <= responses(sentence)


@pytest.mark.parametrize("sentence", [
    "Никого из участников не задержали.",
    "No one was detained, the police said.",
    "Задержаний не было.",
    "Қатысушылардың ешқайсысы ұсталмады.",
    "Участникам несанкционированной акции грозит штраф до 100 МРП.",
    "Taking part in an unsanctioned gathering is punishable by a fine or two weeks of administrative arrest.",
    "Prosecutors said the organisers could face criminal charges.",
    "Участники митинга требовали освобождения задержанных активистов.",
    "They rallied to demand the release of the activists who had been arrested in March.",
    "The protest began after the arrest of a local blogger.",
    "Родственники арестованных вышли к зданию суда.",
    "Алар камакка алынган туугандарын бошотууну талап кылышты.",
    "Ранее задержанный активист тоже пришёл на площадь.",
    "Массовые репрессии и фабрикация уголовных дел стали причиной голодовки.",
    "Пикетчики требуют диалога с властями.",
    "They asked for talks with officials.",
])
def test_cues_that_are_not_a_response(sentence):
    assert responses(sentence) == set()


def test_deaths_count_only_in_a_sentence_about_the_protest():
    assert "fatalities" in responses("During the clashes with police two protesters were killed.")
    assert "fatalities" in responses("Силовики открыли огонь по толпе.", "Погибли несколько человек.")
    assert "fatalities" not in responses("Her brother died in custody last month, the picketers said.")
    assert "fatalities" not in responses("Мать пятерых детей рассказала, что они погибли при пожаре.")
    assert "fatalities" not in responses("The town was the scene of a protest in which 14 people were killed.")


def test_promises_count_only_from_the_other_side():
    assert "concession" in responses("Аким вышел к собравшимся и пообещал пересмотреть тарифы.")
    assert "concession" not in responses("Протестующие пообещали стоять до приезда министра.")
    assert "concession" not in responses("Рабочие требуют выплатить обещанную премию.")
    assert "concession" in responses("Сегодня их требования частично удовлетворены.")
    assert "concession" not in responses("Алар келишимди жокко чыгарууну талап кылышты.")
    assert "concession" in responses("Prezident Konstitutsiyaning ushbu moddalari o'zgarishsiz qolishini aytdi.")


def test_meetings_need_the_protesters():
    assert "dialogue_meeting" in responses("The deputy mayor came out to talk to the crowd.")
    assert "dialogue_meeting" in responses("Әкім орынбасары жиналғандармен кездесіп, талаптарын тыңдады.")
    assert "dialogue_meeting" in responses("Ayollar yo'lni to'sishdi.", "Hokimlik vakillari ular bilan uchrashdi.")
    assert "dialogue_meeting" not in responses("Prezident deputatlar va faxriylar bilan uchrashdi.")
    assert "dialogue_meeting" not in responses("Алар облус жетекчилиги менен жолугушууну талап кылышты.")


def test_kettling_is_detention_and_cordons_are_monitoring():
    assert responses("Полиция окружила сторонников активиста плотным кольцом и продержала их в оцеплении до вечера.") == {
        "detention"}
    assert responses("Полиция оцепила площадь, где собрались около 50 человек.") == {"monitoring"}


def test_warnings_are_monitoring_only_from_authorities():
    assert responses("Прокуратура предупредила, что акция не согласована.") == {"monitoring"}
    assert responses("The workers had warned management that they would stop working.") == set()


def test_police_as_a_source_is_not_on_the_scene():
    assert responses("Police said about 40 people took part in the rally.") == set()
    assert responses("Police officers stood around the square during the picket.") == {"monitoring"}
    assert responses("Police watched the picket and detained two men.") == {"monitoring", "detention"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # talks with the people who gathered, however the protesters are named (or not named)
    ("К собравшимся на переговоры приехал заместитель акима района.", {"dialogue_meeting"}),
    ("Вечером с ними встретился глава города.", {"dialogue_meeting"}),
    ("Руководство рудника провело переговоры с шахтерами в забое.", {"dialogue_meeting"}),
    ("Аудан әкімі наразылармен кездесіп, талаптарын тыңдады.", {"dialogue_meeting"}),
    ("The mine director negotiated with the strikers late into the night.", {"dialogue_meeting"}),
    # detentions written with the verb forms the packs lacked (the police named where the verb is ambiguous)
    ("Полиция алаңда тұрған екі белсендіні ұстап кетті.", {"detention"}),
    ("Полиция митинг олдидан уч фаолни қўлга олди.", {"detention"}),
    ("Полициячилар майдондаги фаолни тутиб кетишди.", {"detention"}),
])
def test_negotiations_and_detention_verb_forms(sentence, expected):
    assert responses(sentence) == expected


def test_holding_a_placard_is_no_detention():
    assert "detention" not in responses("Тұрғындар плакат ұстап, әкімдік алдында тұрды.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # clashes with the police and security forces are force against protesters
    ("Вечером на площади начались столкновения митингующих с полицией.", "force_violence"),
    ("Protesters clashed with riot police near the regional administration.", "force_violence"),
    ("Наразылар мен полиция арасында қақтығыс болды.", "force_violence"),
    ("Намойишчилар билан ҳуқуқ-тартибот ходимлари ўртасида тўқнашув юз берди.", "force_violence"),
])
def test_clashes_with_the_police(sentence, expected):
    assert expected in responses(sentence)


@pytest.mark.parametrize("sentence", [
    "Несмотря на предупреждения прокуратуры, около ста человек вышли на площадь.",
    "Despite warnings from the prosecutor's office, hundreds gathered outside the akimat.",
    "Прокуратураның ескертуіне қарамастан, жүзге жуық адам алаңға шықты.",
])
def test_a_warning_the_protest_went_ahead_despite_is_no_response(sentence):
    assert "monitoring" not in responses(sentence)


def test_a_warning_to_the_crowd_is_still_monitoring():
    assert "monitoring" in responses("Полиция предупредила собравшихся у акимата о незаконности акции.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police released the opposition activists who had been detained during the rally.", True),
    ("Вечером полиция отпустила всех, кого задержали на площади.", True),
    ("Protesters demanded the release of those detained last week.", False),
    ("Участники требовали освобождения задержанных активистов.", False),
])
def test_a_release_that_happened_leaves_the_detention(sentence, expected):
    assert ("detention" in responses(sentence)) is expected


@pytest.mark.parametrize(("sentences", "expected"), [
    (("Сельчане перекрыли трассу.", "Сотрудники полиции провели с ними разъяснительную работу."),
     "dialogue_meeting"),
    (("Рабочие не вышли на смену.", "Вечером к бастующим приехал замакима района."), "dialogue_meeting"),
    (("Наразылар әкімдік алдына жиналды.", "Аудан әкімі келіп, олармен сөйлесті."), "dialogue_meeting"),
    (("Тургундар жолду тосушту.", "Райондук акимиат тургундарга жооп берип, маселени түшүндүрдү."),
     "dialogue_meeting"),
    (("Водители устроили забастовку.", "К вечеру аким сообщил, что их требования полностью выполнены."),
     "concession"),
    (("Aholi yo'lni to'sdi.", "Hokimlik gaz narxini pasaytirishga rozi bo'ldi."), "concession"),
])
def test_meetings_and_concessions_in_more_words(sentences, expected):
    assert expected in responses(*sentences)


@pytest.mark.parametrize("sentences", [
    ("Наразылар алаңға жиналды.", "Бір белсенді жиынның видеосын әлеуметтік желіде таратты."),
    ("Ishchilar zavod oldida yig'ildi.", "Ularning biri Ozodlik muxbiri bilan suhbatda talablarini aytdi."),
    ("Тұрғындар жолды жапты.", "Азаттық тілшісімен сөйлескен тұрғын мәселені айтып берді."),
])
def test_spreading_news_and_talking_to_reporters_are_no_responses(sentences):
    assert not responses(*sentences) & {"dispersal", "dialogue_meeting"}


def test_uzbek_officials_came_to_the_protesters():
    assert "dialogue_meeting" in responses("Aholi yo'lni to'sib qo'ydi.", "Tuman hokimligi vakillari norozilar yoniga kelib, ular bilan gaplashdi.")


def test_a_promise_to_bring_people_out_is_the_protesters_not_a_concession():
    assert "concession" not in responses(
        "Оппозиция заранее сообщила о митинге, пообещав вывести на площадь до пяти тысяч человек.")


@pytest.mark.parametrize("sentence", [
    "Катышуучулар зомбулукка каршы плакаттарды кармап турушту.",
    "Наразылар қолдарына плакат ұстап тұрды.",
])
def test_holding_placards_is_no_detention(sentence):
    assert "detention" not in responses(sentence)


def test_detained_with_placards_is_still_a_detention():
    assert "detention" in responses("Милиция плакат менен чыккан үч активистти кармады.")


def test_an_only_event_reads_talks_from_the_whole_article_but_arrests_from_its_own_sentences():
    from protest_tracker.pipeline.fields.classify import Scope, classify

    sentences = ["Жители села перекрыли трассу 5 мая.",
                 "Они требуют отремонтировать мост.",
                 "Полиция задержала десять человек у здания суда.",
                 "Сейчас с ними ведется разъяснительная работа."]
    text, spans = _joined(sentences)
    own = Scope(spans=spans[:2], triggers=spans[:1])
    whole = Scope(spans=spans, triggers=spans[:1])
    values = classify(text, fold(text), own, topics=own, reactions=whole)
    assert "dialogue_meeting" in values.state_response
    assert "detention" not in values.state_response


@pytest.mark.parametrize("sentence", [
    "Ереуілшілер талаптары әлі орындалмағанын айтты.",
    "Эгер талаптары аткарылбаса, акцияны улантабыз дешти.",
    "Жұмысшылардың талабы орындалды ма?",
    "Компанияның ұсынысы бізді қанағаттандырмады.",
])
def test_demands_not_met_or_asked_about_are_no_concession(sentence):
    assert "concession" not in responses(sentence)


def test_demands_met_are_a_concession():
    assert "concession" in responses("Әкімдік жұмысшылардың талабын қанағаттандырды.")


def test_report_stretches_run_from_an_events_report_to_the_next_events():
    # event 0 reported in sentences 1 and 4, event 1 in 3, both in 6
    assert report_stretches([(1, 4, 6), (3, 6)], count=8) == [(1, 2, 4, 5, 6, 7), (3, 6, 7)]
    assert report_stretches([(0,)], count=3) == [(0, 1, 2)]


@pytest.mark.parametrize("sentence", [
    "Вышедший к собравшимся директор завода попросил рабочих подождать до понедельника.",
    "Протестующих пригласили на беседу в городскую администрацию.",
    "Сотрудники акимата выехали на место, чтобы поговорить с бастующими водителями.",
    "С собравшимися побеседовал заместитель мэра.",
    "Компания басшысы ереуілшілермен бірнеше сағат келіссөз жүргізді.",
])
def test_meetings_told_with_participles_invitations_and_talks(sentence):
    assert "dialogue_meeting" in responses(sentence)


def _event_responses(text: str) -> tuple[str, ...]:
    from protest_tracker.pipeline.fields.classify import Scope, classify

    scope = Scope(spans=[(0, len(text))], triggers=[(0, len(text))])
    values = classify(text, fold(text), scope)
    fields = {e.field for e in values.evidence if e.field.startswith("state_response:")}
    assert fields == {f"state_response:{label}" for label in values.state_response if label != "none_reported"}
    return values.state_response


def test_monitoring_is_the_response_only_when_nothing_else_is():
    # police on the scene and nothing more: monitoring (ACLED's peaceful protest)
    assert _event_responses("About 40 people rallied in the square while police officers stood around them.") == (
        "monitoring",)
    # police on the scene who detained people: the detention is the response
    assert _event_responses("About 40 people rallied in the square; police watched and detained two men.") == (
        "detention",)
    # a cordon beside a meeting with officials: the meeting is the response
    assert _event_responses(
        "Полиция оцепила площадь, где собрались около 50 человек; к ним вышел аким города.") == ("dialogue_meeting",)


@pytest.mark.parametrize("sentence", [
    "Несмотря на призывы собравшихся, министр на встречу к ним не вышел.",
    "Аким на встречу с протестующими так и не пришел.",
    "The governor did not meet the protesters.",
    "Облыс әкімі жиналғандармен кездеспеді.",
    "Мэр нааразылар менен жолукпады.",
    "Hokim namoyishchilar bilan uchrashmadi.",
])
def test_an_official_who_did_not_meet_the_protesters_is_no_dialogue(sentence):
    assert "dialogue_meeting" not in responses(sentence)


@pytest.mark.parametrize("sentence", [
    "Аким на встречу с протестующими пришел.",
    "Облыс әкімі жиналғандармен кездесті.",
    "Мэр нааразылар менен жолукту.",
    "Hokim namoyishchilar bilan uchrashdi.",
])
def test_an_official_who_met_the_protesters_is_dialogue(sentence):
    assert "dialogue_meeting" in responses(sentence)


def test_a_rights_defender_is_no_police_and_police_who_kept_people_out_are_monitoring():
    assert responses("Акцияны уюштурат деп билдирди укук коргоочу Динара Асанова.") == set()
    assert responses("Аянтта укук коргоо органдарынын кызматкерлери турушту.") == {"monitoring"}
    assert responses("Полиция не пускала людей на площадь.") == {"monitoring"}
    assert responses("Maydonda militsiya xodimlari turishdi.") == {"monitoring"}
