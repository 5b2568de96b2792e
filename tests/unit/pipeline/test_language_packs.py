"""Language packs: every language defines every slot; an empty slot must be a known gap.

``pytest -s`` prints the language × slot matrix (entries per slot per language).
"""

from __future__ import annotations

import pytest

from protest_tracker.pipeline import lang
from protest_tracker.pipeline.events.cues import BAN_CUES, QUALIFIERS
from protest_tracker.pipeline.lexicon import Lexicon
from protest_tracker.pipeline.text import fold


def _render(matrix: dict[str, dict[str, int]]) -> str:
    head = f"{'slot':24}" + "".join(f"{code:>6}" for code in lang.LANGUAGES)
    rows = [head]
    for name, row in matrix.items():
        cells = "".join(f"{row[code]:>6}" if row[code] else f"{'gap' if (code, name) in lang.KNOWN_GAPS else '!!':>6}"
                        for code in lang.LANGUAGES)
        rows.append(f"{name:24}{cells}")
    return "\n".join(rows)


def test_matrix_has_no_unknown_gap() -> None:
    matrix = lang.matrix()
    print("\n" + _render(matrix))
    unknown = [(code, name) for name, row in matrix.items() for code in lang.LANGUAGES
               if not row[code] and (code, name) not in lang.KNOWN_GAPS]
    assert not unknown, f"empty slots not listed in lang.KNOWN_GAPS: {unknown}"


def test_known_gaps_are_real_gaps_with_reasons() -> None:
    matrix = lang.matrix()
    filled = [(code, name) for (code, name) in lang.KNOWN_GAPS if matrix[name][code]]
    assert not filled, f"listed as gaps but filled (remove from KNOWN_GAPS): {filled}"
    assert all(reason.strip() for reason in lang.KNOWN_GAPS.values())


@pytest.mark.parametrize("code", lang.LANGUAGES)
def test_every_pack_defines_every_slot_with_its_kind(code: str) -> None:
    pack = lang.pack(code)
    for name, kind in lang.SLOTS.items():
        value = getattr(pack, name)
        assert isinstance(value, dict if kind in ("map", "table") else tuple), (code, name)
    assert set(pack.__all__) == set(lang.SLOTS)


def test_map_slots_use_known_labels() -> None:
    from protest_tracker.pipeline.events import cues as cues_protest
    from protest_tracker.pipeline.events.facts import CENTRAL_ASIA
    from protest_tracker.pipeline.fields import concessions
    from protest_tracker.pipeline.fields import cues as cues_fields
    from protest_tracker.pipeline.fields import response_cues as cues_response
    from protest_tracker.pipeline.fields import venue_words as venue_words
    from protest_tracker.pipeline.people import shapes as people_shapes

    labels = {
        "EVENT_TYPES": cues_protest.EVENT_TYPE_LABELS, "STATE_RESPONSES": cues_response.RESPONSE_LABELS,
        "GRIEVANCES": cues_fields.GRIEVANCE_LABELS, "TARGETS": cues_fields.TARGET_LABELS,
        "GROUPS": cues_fields.GROUP_LABELS, "FLAGS": cues_fields.FLAG_LABELS,
        "VENUE_WORDS": tuple(label for label, _ in venue_words.VENUE_TYPES),
        "FOREIGN_STATE_NAMES": ("china", "russia", "usa"),
        "HOME_MISSIONS": tuple(sorted(CENTRAL_ASIA)),
        "PERSON_TITLES": people_shapes.TITLE_LABELS,
        "CONCESSION_KINDS": concessions.CUE_LABELS,
    }
    assert set(labels) == {name for name, kind in lang.SLOTS.items() if kind == "map"}
    for name, known in labels.items():
        merged = lang.cue_map(name, known)  # raises on a label a pack invents
        assert all(merged.values()), (name, [label for label, cues in merged.items() if not cues])


def test_map_labels_are_codebook_codes() -> None:
    from protest_tracker import codebook
    from protest_tracker.pipeline.events import cues as cues_protest
    from protest_tracker.pipeline.fields import cues as cues_fields
    from protest_tracker.pipeline.fields import response_cues as cues_response

    for labels, vocabulary in ((cues_protest.EVENT_TYPE_LABELS, codebook.EVENT_TYPES),
                               (cues_response.RESPONSE_LABELS, codebook.STATE_RESPONSES),
                               (cues_fields.GRIEVANCE_LABELS, codebook.GRIEVANCES),
                               (cues_fields.TARGET_LABELS, codebook.TARGETS),
                               (cues_fields.GROUP_LABELS, codebook.PARTICIPANT_GROUPS)):
        assert [label for label in labels if label not in vocabulary] == []


def test_merge_helpers() -> None:
    assert lang.words("PAST_CUES", ("ru",)) == tuple(lang.slot("ru", "PAST_CUES"))
    with pytest.raises(KeyError):
        lang.pack("xx")
    with pytest.raises(KeyError):
        lang.slot("ru", "NO_SUCH_SLOT")
    with pytest.raises(KeyError):
        lang.cue_map("EVENT_TYPES", ("riot",))  # the packs know more types than the caller
    assert lang.table("NUMBER_WORDS")["five"] == 5


@pytest.mark.parametrize(("text", "label"), [
    ("Жители вышли на митинг у акимата", "strong"),
    ("Тұрғындар әкімдік алдына жиналып, наразылық білдірді", "strong"),
    ("Ishchilar ish tashlashdi", "strong"),
    ("Нааразылык акциясы өттү", "strong"),
    # Kazakh in the Latin alphabets of 2018 (acute) and 2021 (Turkic letters), own sentences
    ("Jumysshylar ereýilge shyqty", "strong"),
    ("Jūmysşylar ereuılge şyqty", "strong"),
    ("Halyq şeruge şyqty", "strong"),
    ("Turǵyndar narazylyǵyn bildirdi", "strong"),
    ("Tūrğyndar alañğa jinaldy", "strong"),
])
def test_merged_triggers_read_every_script(text: str, label: str) -> None:
    triggers = Lexicon({"strong": lang.words("PROTEST_TRIGGERS_STRONG")})
    assert label in triggers.labels_in(fold(text))


@pytest.mark.parametrize(("text", "label"), [
    # sentences written for this test: a plan, an action not held, a trial, an old protest, ...
    ("Белсенділер сенбі күні алаңға жиналмақ", "future_call"),
    ("Жиын кейінге қалдырылды", "not_held"),
    ("Наразылыққа қатысқандар үш жыл бас бостандығынан айырылды", "court_case"),
    ("Сот ереуілшілерге үкім шығарды", "court_case"),
    ("Былтыр осы жерде ереуіл болған", "background"),
    ("Три года после событий в городе никто не вспоминает", "background"),
    ("Айылдыктар эртең аянтка чыкмакчы", "future_call"),
    ("Митинг өткөрүлгөн жок", "not_held"),
    ("Нааразылыкка катышкандар эркинен ажыратылды", "court_case"),
    ("Dehqonlar ertaga hokimlik oldiga chiqmoqchi", "future_call"),
    ("Yig'ilish bekor qilindi", "not_held"),
    ("Намойишчилар озодликдан маҳрум қилинди", "court_case"),
    ("O'tgan yili bu yerda norozilik bo'lgan", "background"),
    ("Гирдиҳамоӣ баргузор нашуд", "not_held"),
    ("Ду нафар ба панҷ сол аз озодӣ маҳрум шуданд", "court_case"),
    ("Даҳ сол пеш дар ин ҷо эътироз шуда буд", "background"),
    ("Вазорат нотаи эътироз супурд", "diplomatic"),
    ("Тышкы иштер министрлиги нааразылык нотасын тапшырды", "diplomatic"),
    # appeals against a verdict
    ("The appeals court upheld the sentences of the jailed strikers", "court_case"),
    ("Областной суд рассмотрит апелляцию участников забастовки", "court_case"),
    ("Апелляциялық сот ереуілге қатысқандардың шағымын қарады", "court_case"),
    ("Nurafshon apellyatsiya sudi namoyishchilarning shikoyatini ko'rdi", "court_case"),
    # a permit granted or asked for reads as a plan in every pack
    ("The district court allowed holding rallies only in a park outside the centre", "future_call"),
    ("The organisers obtained a permit for the march", "future_call"),
    ("Мэрия выдала разрешение на проведение митинга в субботу", "future_call"),
    ("Әкімдік митинг өткізуге рұқсат берді", "future_call"),
    ("Мэрия митинг өткөрүүгө уруксат берди", "future_call"),
    ("Hokimlik mitingni o'tkazishga ruxsat berdi", "future_call"),
    ("Activists who planned to hold a rally on Sunday were detained at home", "future_call"),
    ("Әкімдік партияның митингісін өткізуіне рұқсат берді", "future_call"),
    ("Ákimdik partiianyń mitingisin ótkizuine rúqsat berdi", "future_call"),
    ("Мэрия партиянын митингин өткөрүүсүнө уруксат берди", "future_call"),
    ("Hokimlik partiyaning mitingini o'tkazishiga ruxsat berdi", "future_call"),
    # the yearly Victory Day march is a commemoration
    ("Thousands joined the Immortal Regiment march in the capital", "non_protest_crowd"),
    ("Тысячи людей прошли в колонне «Бессмертного полка»", "non_protest_crowd"),
    ("Өлмес полк шеруіне мыңдаған адам қатысты", "non_protest_crowd"),
    ("Өлбөс полк жүрүшүнө миңдеген адам катышты", "non_protest_crowd"),
    ("O'lmas polk yurishida minglab odamlar qatnashdi", "non_protest_crowd"),
    # queues and holidays
    ("Люди стояли в очереди за мукой", "non_protest_crowd"),
    ("Наурыз мерекесінде алаңға мыңдаған адам жиналды", "non_protest_crowd"),
    ("Bayram kuni maydonga odamlar yig'ildi", "non_protest_crowd"),
    # a permit refused, a promise not to hinder, "that they will hold"
    ("Қалалық әкімдік жұмысшылардың митингіне рұқсат бермеді", "future_call"),
    ("Qalalyq ákimdik jumysshylardyń mitingine rúqsat bermedi", "future_call"),
    ("Мэрия жаштардын жүрүшүнө уруксат бербеди", "future_call"),
    ("Шаар бийлиги партиянын аянтта жыйын өткөрүүсүнө тоскоолдук кылбайт", "future_call"),
    ("Жаштар жыйынды борбордук паркта өткөрсө болот", "future_call"),
    ("Белсенділер сенбі күні алаңда митинг өткізетінін хабарлады", "future_call"),
    ("Belsendiler senbi kúni alańda miting ótkizetinin habarlady", "future_call"),
    ("Жумушчулар дүйшөмбүдө аянтка чыгарын билдиришти", "future_call"),
    ("В мэрии ответили, что никаких митингов у здания не будет", "not_held"),
    ("Пикета в воскресенье не будет, сообщил организатор", "not_held"),
    # months ago, beyond the background window
    ("Nine months ago the nurses went on strike over pay", "background"),
    ("Девять месяцев назад медики уже выходили на протест", "background"),
    ("Бес ай бұрын жұмысшылар ереуілге шыққан", "background"),
    ("Үч ай мурун айылдыктар жолду тосушкан", "background"),
    ("Olti oy oldin dehqonlar hokimlik oldiga to'planishgan", "background"),
    ("Олти ой олдин деҳқонлар ҳокимлик олдига тўпланишган", "background"),
])
def test_qualifier_reads(text: str, label: str) -> None:
    assert label in QUALIFIERS.labels_in(fold(text))


@pytest.mark.parametrize(("text", "label"), [
    # sentences written for this test: actions that happened are not plans
    ("Police broke up an unauthorised rally in the square", "future_call"),
    ("Hundreds marched without a permit and were allowed to pass", "future_call"),
    ("Workers gathered at the gate and planned to march to the town hall", "future_call"),
    # an appeal to officials is no court case
    ("Protesters appealed to the akim, who rejected their demands", "court_case"),
    ("Residents whose appeals to the mayor were turned down blocked the road", "court_case"),
    # words that share a stem with a queue or a holiday
    ("У акимата прошел очередной митинг дольщиков", "non_protest_crowd"),
    ("Жұмысшылар наурызда кезекті рет ереуілге шықты", "non_protest_crowd"),
    ("Bayramaly shahrida aholi norozilik bildirdi", "non_protest_crowd"),
    # an unsanctioned action that was held; "no answer will come" after a rally that was
    ("Рұқсат берілмеген митингке жүзге жуық адам шықты", "future_call"),
    ("Митинг прошел у акимата, но ответа от властей так и не будет", "not_held"),
    # a month or two ago is still within the background window
    ("Two months ago the nurses went on strike over pay", "background"),
    ("Месяц назад медики вышли на протест", "background"),
])
def test_qualifier_does_not_read(text: str, label: str) -> None:
    assert label not in QUALIFIERS.labels_in(fold(text))


@pytest.mark.parametrize("text", [
    # a rule stated for actions to come is a ban (sentences written for this test)
    "Any rallies near the parliament until June will be deemed illegal, the police warned",
    "Любые акции у здания парламента будут считаться незаконными, заявили в полиции",
])
def test_rules_for_actions_to_come_are_bans(text: str) -> None:
    assert "ban" in BAN_CUES.labels_in(fold(text))


@pytest.mark.parametrize("text", [
    "Рұқсат етілмеген митингке жүзге жуық адам шықты",  # an unsanctioned rally did happen
    "Тұрғындар әкімдік алдына жиналып, наразылық білдірді",
    # "үкімет" (government) is not "үкім" (verdict)
    "Аналар Үкімет үйі алдына жиналып, үкіметтен көмек талап етті",
    "Analar Úkimet úıi aldyna jinalyp narazylyq bildirdi",
])
def test_turkic_reports_carry_no_qualifier(text: str) -> None:
    assert QUALIFIERS.labels_in(fold(text)) == set()
