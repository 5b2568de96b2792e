"""Codebook labels in the interface language (Russian, and Kazakh where written, next to the English of :mod:`codebook`).

Codes and English labels stay the single source of truth in ``codebook.py``; data, exports and the
API keep them. Pages call :func:`label` / :func:`choices`, which follow Django's active language
(set per request by ``LocaleMiddleware``) and fall back to English for a code without a translation.
"""

from __future__ import annotations

from protest_tracker import codebook
from protest_tracker.codebook_kk import COUNTRIES_KK, FIELD_LABELS_KK, LABELS_KK

#: vocabulary name -> code -> Russian label (written for this project)
LABELS_RU: dict[str, dict[str, str]] = {
    "event_types": {
        "demonstration": "Демонстрация / митинг", "picket": "Пикет", "single_person_picket": "Одиночный пикет",
        "march": "Шествие", "hunger_strike": "Голодовка", "strike": "Забастовка", "road_blockade": "Перекрытие дороги",
        "riot": "Беспорядки", "sit_in": "Сидячая акция / захват", "other": "Другая акция",
    },
    "geo_precision": {"1": "Населённый пункт", "2": "Рядом с городом / часть региона", "3": "Регион"},
    "grievance_categories": {
        "xinjiang_ethnic_kin": "Синьцзян / соплеменники в Китае", "china_economic": "Экономическое присутствие Китая",
        "labour": "Трудовые права", "wages_prices_economy": "Зарплаты, цены, экономика",
        "housing_mortgage": "Жильё и ипотека", "land_property": "Земля и собственность", "utilities": "Коммунальные услуги",
        "elections_political": "Выборы и политика", "corruption_justice": "Коррупция и правосудие",
        "detention_release": "Задержания / освобождение", "covid": "COVID-19", "environment": "Экология",
        "social_benefits": "Социальные пособия", "rights_freedoms": "Права и свободы",
        "interethnic": "Межэтнические отношения", "other": "Другое",
    },
    "participant_groups": {
        "relatives_of_detainees": "Родственники задержанных", "workers": "Рабочие", "mothers_families": "Матери и семьи",
        "borrowers_mortgage": "Заёмщики и ипотечники", "residents": "Местные жители", "students": "Студенты и молодёжь",
        "opposition": "Сторонники оппозиции", "activists": "Гражданские активисты", "ethnic_community": "Этническая община",
        "entrepreneurs": "Предприниматели и торговцы", "farmers": "Фермеры", "pensioners": "Пенсионеры",
        "religious": "Верующие", "government_supporters": "Сторонники власти", "general_public": "Широкая публика",
    },
    "review_statuses": {"candidate": "Кандидат", "in_review": "На проверке", "verified": "Проверено",
                        "published": "Опубликовано", "rejected": "Отклонено"},
    "size_categories": {
        "one": "Один человек", "few": "Несколько (2–9)", "tens": "Десятки (10–99)", "hundreds": "Сотни (100–999)",
        "thousands": "Тысячи (1 000–9 999)", "tens_of_thousands": "Десятки тысяч (10 000+)", "unknown": "Неизвестно",
    },
    "source_types": {"agency": "Информагентство", "state": "Государственные СМИ", "independent": "Независимые СМИ",
                     "international": "Международные СМИ", "telegram": "Telegram-канал", "dataset": "Набор данных",
                     "other": "Другое"},
    "state_responses": {
        "none_reported": "Не сообщается", "monitoring": "Наблюдение", "dialogue_meeting": "Диалог / встреча",
        "concession": "Уступка", "dispersal": "Разгон", "detention": "Задержание", "fine": "Штраф",
        "administrative_arrest": "Административный арест", "criminal_charge": "Уголовное дело",
        "force_violence": "Сила / насилие", "fatalities": "Погибшие", "internet_shutdown": "Отключение интернета",
    },
    "targets": {"national_government": "Центральная власть", "local_government": "Местная власть",
                "law_enforcement": "Правоохранительные органы", "courts": "Суды", "foreign_state": "Иностранное государство",
                "company": "Компания / работодатель", "international_org": "Международная организация", "other": "Другое"},
    "time_precision": {"day": "День", "week": "Неделя", "month": "Месяц", "year": "Год"},
    "venue_types": {
        "foreign_mission": "Иностранное представительство", "local_government_building": "Здание местной власти",
        "national_government_building": "Здание центральной власти", "court": "Суд", "police_station": "Отделение полиции",
        "square": "Площадь", "street_road": "Улица или дорога", "workplace": "Место работы",
        "public_space": "Другое общественное место", "other": "Другое",
    },
    "verification": {"verified": "Проверено аналитиком", "machine-coded": "Машинное кодирование"},
}
#: vocabulary name -> Russian title
TITLES_RU = {
    "event_types": "Типы событий", "geo_precision": "Географическая точность", "grievance_categories": "Требования и поводы",
    "participant_groups": "Группы участников", "review_statuses": "Статусы проверки", "size_categories": "Численность",
    "source_types": "Типы источников", "state_responses": "Реакция государства", "targets": "Адресаты",
    "time_precision": "Точность даты", "venue_types": "Типы мест", "verification": "Проверка",
}
#: event field name -> Russian label (the English ones are in event_fields.py)
FIELD_LABELS_RU = {
    "date": "Дата", "date_precision": "Точность даты", "end_date": "Дата окончания", "country": "Страна",
    "region": "Регион", "city": "Город", "venue": "Место", "venue_type": "Тип места", "latitude": "Широта",
    "longitude": "Долгота", "geo_precision": "Точность координат", "geonames_id": "Код GeoNames",
    "event_type": "Тип события", "participants": "Участники (слова источника)", "participant_groups": "Группы участников",
    "organisers": "Организаторы", "size_min": "Численность (мин.)", "size_max": "Численность (макс.)",
    "size_text": "Численность (слова источника)", "grievance_categories": "Требования и поводы",
    "demands": "Требования (по одному в строке)", "targets": "Адресаты (по одному в строке)",
    "target_categories": "Категории адресатов", "state_response": "Реакция государства",
    "response_counts": "Число задержанных и т. п.", "protester_violence": "Насилие со стороны протестующих",
    "pro_government": "Провластная акция", "aggregate": "Сводная запись (описывает кампанию)",
    "fatalities": "Погибшие", "injuries": "Раненые", "status": "Статус", "verification": "Проверка",
    "confidence": "Уверенность", "notes": "Заметки",
}
COUNTRIES_RU = {"KZ": "Казахстан", "KG": "Кыргызстан", "TJ": "Таджикистан", "TM": "Туркменистан", "UZ": "Узбекистан"}
#: interface languages with codebook labels (English is the codebook itself)
TRANSLATIONS = {"ru": LABELS_RU, "kk": LABELS_KK}
FIELD_LABELS = {"ru": FIELD_LABELS_RU, "kk": FIELD_LABELS_KK}
COUNTRY_NAMES = {"ru": COUNTRIES_RU, "kk": COUNTRIES_KK}


def _language() -> str:
    from django.utils import translation

    return (translation.get_language() or "en").split("-")[0]


def label(vocabulary: codebook.Vocabulary, code: str, *, language: str | None = None) -> str:
    """The label of ``code`` in ``language`` (default: the active one); English when untranslated."""
    table = TRANSLATIONS.get(language or _language(), {}).get(vocabulary.name, {})
    return table.get(code) or vocabulary.label(code)


def choices(vocabulary: codebook.Vocabulary) -> list[tuple[str, str]]:
    """``(code, label)`` pairs in the active language."""
    language = _language()
    return [(value.code, label(vocabulary, value.code, language=language)) for value in vocabulary]


def field_label(name: str, english: str) -> str:
    """An event field's label in the active language."""
    return FIELD_LABELS.get(_language(), {}).get(name, english)


def country(code: str) -> str:
    """A country's name in the active language (the code itself when unknown)."""
    translated = COUNTRY_NAMES.get(_language(), {}).get(code)
    return translated or codebook.COUNTRIES.get(code, {}).get("name", code)
