"""Place clean-up around the gazetteer: route names, weak matches, and small settlements.

* "Алматы–Бишкек", "Toshkent-Termiz": two cities joined by a dash name a road,
  not where something happened; both mentions are dropped. So are cities named as a
  direction ("из Бохтара", "from Osh", "towards Bishkek"), and first names that are also
  city names ("Nursultan Nazarbayev").
* Names the gazetteer is unsure of (ordinary words or personal names that are also
  villages: confidence below 0.8) in another country than the article's main one are
  kept only after a settlement word ("в селе", "city of", "shahrida"), when the title
  names them too, or when they recur.
* A village the gazetteer lacks, introduced by a settlement word ("в селе Саруу",
  "the village of Saruu"), becomes a city-level mention with a transliterated name;
  its country is that of the region named beside it, else the article's main country, else
  (an article naming no known place) the outlet's or the language's country.
* An article that names no place at all is placed in the capital of its outlet's country
  domain (``.kz`` …), else of the country whose language it is written in (kk → KZ, …).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from protest_tracker.model import Place

_DASH = re.compile(r"^\s?[-–—‐]\s?$")
_DASH_INSIDE = re.compile(r"\s?[-–—‐]\s?")
#: a town joined by a dash to a name the gazetteer does not know ("ветки Бишкек-Луговая"): a route
_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲ"
_DASHED_NAME_AFTER = re.compile(rf"^[-–—‐][{_CAPITAL}]\w{{2,}}")
_DASHED_NAME_BEFORE = re.compile(rf"\b[{_CAPITAL}]\w{{2,}}[-–—‐]$")
_COUNTRY_NOUN = re.compile(r"stan|стан|iston|истон|ston|ston")
_SURNAME_AFTER = re.compile(r"^\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'-]*(?:ev|ov|yev|aev|eva|ova|ин|ев|ов|ева|ова|аев|ина)\b")
_DIRECTION_BEFORE = re.compile(
    r"(?:\bиз|\bfrom|\btowards?|\bв сторону|ведущ\w* в|направля\w* в|\bдо|\bin the direction of)\s+$", re.IGNORECASE)
_SETTLEMENT_BEFORE = re.compile(
    r"(?:город[аеу]?|городе|сел[аеоу]|посел[кеа]\w*|аул[аеу]?|деревн\w+|кишлак\w*|city of|town of|village of|"
    r"settlement of|shahr\w*|qishlo\w*|ауыл\w*|кала\w*|қала\w*|айыл\w*|шаар\w*|шаҳр\w*|деҳа\w*)\W{1,3}$",
    re.IGNORECASE,
)
_NEW_SETTLEMENT = re.compile(
    r"(?P<word>\b(?:[Сс]ел[еоа]|[Пп]оселк[еау]|[Пп]ос[её]лок|[Пп]оселении|[Аа]ул[еау]?|[Дд]еревн[еия]|"
    r"[Кк]ишлак[еау]?|в городе)|\b(?:the )?(?:village|settlement|town) of) "
    r"(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’‘ʻ'-]{2,})"
)
# Kazakh, Kyrgyz and Uzbek put the settlement word after the name ("Жаңы-Талап айылында",
# "G‘o‘s qishlog‘ida"); English may too ("residents of Boo-Terek village")
_NEW_SETTLEMENT_AFTER = re.compile(
    r"(?<![\w-])(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’‘ʻ'-]{2,}) "
    # Kazakh "ауыл" contracts before its possessive ("Дамса аулында"); "кенті" a settlement; not
    # the ablative ("кентінен": where people came from)
    # "айыл окмоту / өкмөтү" is a rural municipality, not the village itself
    r"(?:(?!айыл\w* [оө]км[оө]т)айыл\w*|ауыл\w*|аулы(?!нан)\w*|кенті(?!нен)\w*|кыштак\w*|qishlo\w*|қишлоқ\w*|кишлоқ\w*|ovul\w*|овул\w*)"
    r"|\b(?:of|in|at|near|from) (?P<en_name>[A-Z][\w'-]{2,}) village\b"
)
#: a place name followed by a district word names the district, not its town ("Сарыағаш ауданында")
_DISTRICT_AFTER = re.compile(r"^\s?-?\s?(?:район\w*|аудан\w*|district\w*|tuman\w*|туман\w*|etrap\w*|этрап\w*)",
                             re.IGNORECASE)
#: "Ош шаарынан келгендер" (people from Osh): a Turkic ablative names where people came from
_ABLATIVE_AFTER = re.compile(r"^\s+(?:шаарынан|қаласынан|каласынан|shahridan|шаҳридан|айылынан|ауылынан)\b", re.IGNORECASE)
_BASED_AFTER = re.compile(r"^[-‐–]?\s?based\b", re.IGNORECASE)
_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіў",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
     "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u",
     "u", "h", "i", "o"], strict=True))


@dataclass(frozen=True)
class SettlementMention:
    """A settlement found by its settlement word (same attributes as a gazetteer mention)."""

    start: int
    end: int
    surface: str
    place: Place
    kind: str = "city"
    confidence: float = 0.6


def transliterate(name: str) -> str:
    """A simple Cyrillic → Latin transliteration (BGN-like), capitalised per word part."""
    out = "".join(_TRANSLIT.get(c.lower(), c.lower()) if c.isalpha() else c for c in name)
    return "-".join(part[:1].upper() + part[1:] for part in out.split("-"))


def _lemma_ru(word: str) -> str:
    for ending, replacement in (("овке", "овка"), ("евке", "евка"), ("инке", "инка"), ("ке", "ка"), ("е", "")):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + replacement
    return word


def _joined_towns(mention: Any, lookup: Callable[[str], Any] | None) -> bool:
    """One matched name that is two towns joined by a dash ("Бишкек-Ош"): a route, not a place."""
    parts = _DASH_INSIDE.split(mention.surface)
    if lookup is None or len(parts) != 2 or "-" in (mention.place.city or "-"):
        return False  # Takhta-Bazar, Kara-Balta: one town whose name has a dash
    found = [lookup(p) for p in parts]
    return all(found) and any(f.city != mention.place.city for f in found)


def without_routes(places: Sequence[Any], *, text: str, lookup: Callable[[str], Any] | None = None) -> list[Any]:
    """``places`` less the towns named only as the ends of a route (for a title: no other checks)."""
    ordered = sorted(places, key=lambda m: m.start)
    route = _route_ids(ordered, text=text, lookup=lookup)
    return [m for m in ordered if id(m) not in route]


def _route_ids(ordered: Sequence[Any], *, text: str, lookup: Callable[[str], Any] | None) -> set[int]:
    route: set[int] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.kind == b.kind == "city" and _DASH.match(text[a.end:b.start]):
            route.update((id(a), id(b)))
    route.update(id(m) for m in ordered if m.kind == "city" and (
        _joined_towns(m, lookup) or _DASHED_NAME_AFTER.match(text[m.end:m.end + 24])
        or _DASHED_NAME_BEFORE.search(text[max(0, m.start - 24):m.start])))
    return route


def clean_places(places: Sequence[Any], *, text: str, title_places: Sequence[Any],
                 lookup: Callable[[str], Any] | None = None) -> list[Any]:
    """Drop route names ("трасса Алматы – Оскемен", "Bishkek-Osh highway") and unsupported weak
    matches. ``lookup(name)`` (the gazetteer's) tells a name joining two towns from one town."""
    ordered = sorted(places, key=lambda m: m.start)
    route = _route_ids(ordered, text=text, lookup=lookup)
    title_keys = {(m.place.country, m.place.city) for m in title_places}
    counts = Counter((m.place.country, m.place.city) for m in ordered)
    strong_countries = Counter(m.place.country for m in ordered if m.confidence >= 0.8 and m.kind != "foreign")
    main_country = strong_countries.most_common(1)[0][0] if strong_countries else None
    kept = []
    for m in ordered:
        if _BASED_AFTER.match(text[m.end:m.end + 8]):
            continue  # "a London-based watchdog", "Vienna-based monitors": where a source sits
        if m.kind == "country" and not _COUNTRY_NOUN.search(m.surface.lower()):
            continue  # "Kyrgyz opposition", "казахские активисты": a nationality, not a place
        if id(m) in route or (m.kind == "city" and (_DIRECTION_BEFORE.search(text[max(0, m.start - 24):m.start])
                                                    or _SURNAME_AFTER.match(text[m.end:m.end + 30])
                                                    or _DISTRICT_AFTER.match(text[m.end:m.end + 20])
                                                    or _ABLATIVE_AFTER.match(text[m.end:m.end + 20]))):
            continue
        if m.confidence < 0.8 and m.kind == "city" and main_country and m.place.country != main_country:
            key = (m.place.country, m.place.city)
            supported = (_SETTLEMENT_BEFORE.search(text[max(0, m.start - 24):m.start]) or key in title_keys
                         or counts[key] >= 2)
            if not supported:
                continue
        kept.append(m)
    return kept


def new_settlements(text: str, *, known: Sequence[Any], default_country: str | None) -> list[SettlementMention]:
    """Settlements the gazetteer lacks, introduced by a settlement word."""
    covered = [(m.start, m.end) for m in known]
    found = []
    matches = sorted([*_NEW_SETTLEMENT.finditer(text), *_NEW_SETTLEMENT_AFTER.finditer(text)], key=lambda m: m.start())
    for match in matches:
        group = "name" if match.groupdict().get("name") else "en_name"
        start, end = match.span(group)
        if any(s <= start < e for s, e in covered):
            continue
        nearby = [m for m in known if m.kind in ("region", "country") and abs(m.start - end) < 120]
        country = nearby[0].place.country if nearby else default_country
        if not country:
            continue
        name = match.group(group)
        declined = (match.groupdict().get("word") or "").endswith(("е", "и"))  # в селе, в деревне: locative
        stem = _lemma_ru(name) if declined else name
        city = transliterate(stem) if re.search(r"[а-яёәғқңөұүһі]", name.lower()) else name
        region = next((m.place.region for m in nearby if m.kind == "region"), None)
        found.append(SettlementMention(start, end, name, Place(country=country, city=city, region=region,
                                                               geo_precision=1)))
    return found


#: Landmarks that name their city (facts): (pattern over folded text, country, city).
LANDMARKS: tuple[tuple[str, str, str], ...] = (
    (r"ак ?орд\w*|akorda|aqorda|ақорда\w*", "KZ", "Astana"),
    (r"дом\w* министерств|house of ministries", "KZ", "Astana"),
    (r"площад\w* ала-?тоо|ala-?too square|ала-тоо аянт\w*", "KG", "Bishkek"),
    (r"ак үй\w*|жогорку кенеш\w*|жогорку кеңештин (?:алдын|имарат)\w*", "KG", "Bishkek"),
    (r"площад\w* исатая|исатай-махамбет\w*", "KZ", "Atyrau"),
    # the president's residence (with the country named) is in the capital
    (r"резиденци\w* президента[\w\s,]{0,40}казахстана|kazakh presidential (?:residence|palace)", "KZ", "Astana"),
    (r"резиденци\w* президента[\w\s,]{0,40}(?:кыргызстана|киргизии)", "KG", "Bishkek"),
    (r"резиденци\w* президента[\w\s,]{0,40}таджикистана", "TJ", "Dushanbe"),
    (r"резиденци\w* президента[\w\s,]{0,40}узбекистана", "UZ", "Tashkent"),
    # "the capital of …" names a city; the "southern" or "former" capital another one than the capital
    (r"(?:южн|бывш)\w* столиц\w* (?:казахстана|рк)|(?:southern|former) capital of kazakhstan|"
     r"kazakhstan's (?:southern|former) capital|оңтүстік астана\w*", "KZ", "Almaty"),
    (r"южн\w* столиц\w* (?:кыргызстана|киргизии|кр)|southern capital of kyrgyzstan|kyrgyzstan's southern capital|"
     r"түштүк борбор\w*", "KG", "Osh"),
    (r"столиц\w* (?:казахстана|рк)|kazakh(?:stan's)? capital|capital of kazakhstan|елорда\w*", "KZ", "Astana"),
    (r"столиц\w* (?:кыргызстана|киргизии|кр)|kyrgyz(?:stan's)? capital|capital of kyrgyzstan|борбор\w* бишкек", "KG", "Bishkek"),
    (r"столиц\w* (?:таджикистана|рт)|tajik(?:istan's)? capital|capital of tajikistan|пойтахти тоҷикистон", "TJ", "Dushanbe"),
    (r"столиц\w* (?:узбекистана|руз)|uzbek(?:istan's)? capital|capital of uzbekistan|o'zbekiston poytaxti", "UZ", "Tashkent"),
    (r"столиц\w* (?:туркменистана|туркмении)|turkmen(?:istan's)? capital|capital of turkmenistan", "TM", "Ashgabat"),
    (r"столиц\w* каракалпак\w*|karakalpakstan's capital|capital of (?:the republic of )?karakalpakstan|"
     r"qoraqalpog'iston poytaxti\w*|қорақалпоғистон пойтахти\w*", "UZ", "Nukus"),
    (r"(?:административн\w* )?центр\w* (?:гбао|горно-бадахшан\w*)|бадахшан\w* борбор\w*|"
     r"capital of (?:the )?gorno-badakhshan|gorno-badakhshan's capital|маркази вилоят\w* мухтори кӯҳистони бадахшон", "TJ", "Khorog"),
)
_LANDMARKS = tuple((re.compile(rf"(?<!\w)(?:{p})"), c, city) for p, c, city in LANDMARKS)
#: one pass that tells whether any landmark is named at all (most texts name none)
_ANY_LANDMARK = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p, _, _ in LANDMARKS) + ")")
CAPITALS = {"KZ": "Astana", "KG": "Bishkek", "TJ": "Dushanbe", "UZ": "Tashkent", "TM": "Ashgabat"}
_TLD = {"kz": "KZ", "kg": "KG", "tj": "TJ", "uz": "UZ", "tm": "TM"}


def landmark_mentions(folded: str, *, gazetteer: Any) -> list[Any]:
    """City mentions for landmarks that name their city (Akorda → Astana, Ala-Too square → Bishkek)."""
    found: list[Any] = []
    if not _ANY_LANDMARK.search(folded):
        return found
    for pattern, country, city in _LANDMARKS:
        for match in pattern.finditer(folded):
            place = gazetteer.lookup(city, country=country) or Place(country=country, city=city)
            found.append(SettlementMention(match.start(), match.end(), match.group(0), place, "city", 0.85))
    # "южной столицы Кыргызстана" is Osh, not the "столицы Кыргызстана" inside it
    return [m for m in found if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                        for o in found)]


LANGUAGE_COUNTRY = {"kk": "KZ", "ky": "KG", "tg": "TJ", "uz": "UZ", "tk": "TM"}


_UNKNOWN_LOCATIVE = re.compile(
    r"(?:\b(?:в|во|in|at|дар|da)\s+[A-ZА-ЯЁҶҲҚҒӮӢӘӨҮҰІ][\w-]{2,}|"
    r"\b[A-ZА-ЯЁҶҲҚҒӮӢӘӨҮҰІ][\w-]{2,}(?:да|де|та|те|dа|da|de|ta|te)\b)")


def names_unknown_place(sentences: Sequence[str]) -> bool:
    """Whether a sentence places something in a capitalised name the gazetteer did not know."""
    return any(_UNKNOWN_LOCATIVE.search(s) for s in sentences)


def source_country(url: str | None) -> str | None:
    """The country of the outlet's country-code domain (``.kz``, ``.kg``, ``.tj``, ``.uz``, ``.tm``)."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    return _TLD.get(host.rsplit(".", 1)[-1])


def capital_mention(country: str, *, gazetteer: Any) -> SettlementMention:
    """A stand-in mention of the capital (used when an article names no place at all)."""
    city = CAPITALS[country]
    place = gazetteer.lookup(city, country=country) or Place(country=country, city=city)
    return SettlementMention(0, 0, "", place, "city", 0.3)
