"""Words around a name that decide whether it is a place mention (for ``gazetteer``).

A name right after a street/lake/river word (``улица Жамбыла``, ``Lake Balkhash``) or right
before one (``Tashkent Street``, ``Aral Sea``, ``Абай ауданы``) names something else.
"""

from __future__ import annotations

from protest_tracker.pipeline.lang import words
from protest_tracker.pipeline.lang.morphology import ABLATIVE_ENDINGS
from protest_tracker.pipeline.places.names import fold

# fmt: off
BLOCK_BEFORE = frozenset(fold(w) for w in (
    "улица", "улице", "улицы", "улицу", "ул", "проспект", "проспекта", "проспекте", "пр",
    "переулок", "бульвар", "бульваре", "площадь", "площади", "озеро", "озера", "озере", "река",
    "реки", "реке", "море", "моря", "пик", "lake", "river", "mount", "street", "avenue", "имени",
    "им",
    # a time zone, not a place: "в 12.00 по времени Нур-Султана"
    "времени",
))
BLOCK_AFTER = frozenset(fold(w) for w in (
    "street", "avenue", "st", "sea", "lake", "river", "көшесі", "көшесінде", "даңғылы",
    "даңғылында", "көлі", "өзені", "теңізі", "көчөсү", "көчөсүндө", "ko'chasi", "ko'chasida",
    "dengizi", "море", "моря", "морю", "морем", "районы", "ауданы", "district",
    # the street words' other case forms ("Марғилон кўчасида": on Margilan Street, in Fergana)
    "кўчаси", "кўчасида", "кўчасини", "кўчасига", "ko'chasini", "ko'chasiga", "көчөсүн", "көчөсүнө",
    "көшесін", "көшесіне", "көшесінің", "даңғылын",
    # a time zone, not a place: "at noon Almaty time", "Нұр-Сұлтан уақытымен", "Toshkent vaqti bilan"
    "time", "уақыты", "уақытымен", "убакыты", "убактысы", "убакыт", "vaqti", "vaqtida", "вақти", "вақтида",
))
# words right before a name that put it where something happens ("в Чимбае", "in Jondor")
PLACE_PREPOSITIONS = frozenset(fold(w) for w in (
    "в", "во", "из", "под", "около", "возле", "in", "near", "outside", "from",
))
# Turkic case endings of a name used as a place: locative, dative, ablative ("Жондорда", "Chimboyga")
PLACE_CASE_ENDINGS = (
    "да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі", "га", "ге", "ка", "ке", "ға", "ғе", "қа",
    "до", "дө", "то", "тө", "го", "гө", "ко", "кө",
    "da", "de", "ta", "te", "ga", "ge", "ka", "ke", "qa", *ABLATIVE_ENDINGS,
)
# fmt: on

# region words that may start a name in lower case ("область Абай", "вилояти Суғд")
LOWER_STARTERS = ("област", "вилоят", "viloyat")

# words that introduce a village (folded prefixes): a tiny place needs one of them nearby
SETTLEMENT_WORDS = words("SETTLEMENT_WORDS")  # from the language packs
