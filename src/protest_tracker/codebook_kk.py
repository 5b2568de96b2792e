"""Kazakh codebook labels, written for this project, for the values whose Kazakh wording is settled.

A value missing here is shown in English (:func:`protest_tracker.codebook_i18n.label` falls back);
``sit_in`` and the review statuses are left to English for now. Codes stay the data's language.
"""

from __future__ import annotations

#: vocabulary name -> code -> Kazakh label
LABELS_KK: dict[str, dict[str, str]] = {
    "event_types": {
        "demonstration": "Демонстрация / митинг", "picket": "Пикет", "single_person_picket": "Жеке пикет",
        "march": "Шеру", "hunger_strike": "Аштық жариялау", "strike": "Ереуіл", "road_blockade": "Жол жабу",
        "riot": "Жаппай тәртіпсіздік", "other": "Басқа акция",
    },
    "geo_precision": {"1": "Елді мекен", "3": "Өңір"},
    "grievance_categories": {
        "xinjiang_ethnic_kin": "Шыңжаң / Қытайдағы қандастар", "labour": "Еңбек құқықтары",
        "wages_prices_economy": "Жалақы, баға, экономика", "housing_mortgage": "Тұрғын үй және ипотека",
        "land_property": "Жер және меншік", "utilities": "Коммуналдық қызметтер",
        "elections_political": "Сайлау және саясат", "detention_release": "Ұстау / босату", "covid": "COVID-19",
        "environment": "Экология", "social_benefits": "Әлеуметтік жәрдемақылар",
        "rights_freedoms": "Құқықтар мен бостандықтар", "interethnic": "Ұлтаралық қатынастар", "other": "Басқа",
    },
    "participant_groups": {
        "relatives_of_detainees": "Ұсталғандардың туыстары", "workers": "Жұмысшылар",
        "mothers_families": "Аналар мен отбасылар", "residents": "Жергілікті тұрғындар",
        "students": "Студенттер мен жастар", "opposition": "Оппозиция жақтастары",
        "activists": "Азаматтық белсенділер", "farmers": "Фермерлер", "pensioners": "Зейнеткерлер",
        "government_supporters": "Билік жақтастары",
    },
    "size_categories": {
        "one": "Бір адам", "few": "Бірнеше (2–9)", "tens": "Ондаған (10–99)", "hundreds": "Жүздеген (100–999)",
        "thousands": "Мыңдаған (1 000–9 999)", "tens_of_thousands": "Он мыңдаған (10 000+)", "unknown": "Белгісіз",
    },
    "source_types": {"agency": "Ақпарат агенттігі", "state": "Мемлекеттік БАҚ", "independent": "Тәуелсіз БАҚ",
                     "international": "Халықаралық БАҚ", "telegram": "Telegram-арна", "other": "Басқа"},
    "state_responses": {
        "none_reported": "Хабарланбаған", "monitoring": "Бақылау", "dialogue_meeting": "Диалог / кездесу",
        "dispersal": "Тарату", "detention": "Ұстау", "fine": "Айыппұл", "administrative_arrest": "Әкімшілік қамау",
        "criminal_charge": "Қылмыстық іс", "force_violence": "Күш қолдану", "fatalities": "Қаза тапқандар",
        "internet_shutdown": "Интернетті өшіру",
    },
    "targets": {"national_government": "Орталық билік", "local_government": "Жергілікті билік",
                "law_enforcement": "Құқық қорғау органдары", "courts": "Соттар", "foreign_state": "Шет мемлекет",
                "company": "Компания / жұмыс беруші", "international_org": "Халықаралық ұйым", "other": "Басқа"},
    "time_precision": {"day": "Күн", "week": "Апта", "month": "Ай", "year": "Жыл"},
    "venue_types": {
        "foreign_mission": "Шетелдік өкілдік", "court": "Сот", "police_station": "Полиция бөлімі", "square": "Алаң",
        "street_road": "Көше немесе жол", "workplace": "Жұмыс орны", "public_space": "Басқа қоғамдық орын",
        "other": "Басқа",
    },
    "verification": {"verified": "Талдаушы тексерген", "machine-coded": "Машинамен кодталған"},
}
#: event field name -> Kazakh label (the rest stay English)
FIELD_LABELS_KK = {
    "date": "Күні", "end_date": "Аяқталған күні", "country": "Ел", "region": "Өңір", "city": "Қала",
    "event_type": "Оқиға түрі", "participant_groups": "Қатысушылар топтары", "organisers": "Ұйымдастырушылар",
    "grievance_categories": "Талаптар мен себептер", "state_response": "Биліктің жауабы", "fatalities": "Қаза тапқандар",
    "injuries": "Жараланғандар", "verification": "Тексеру",
}
COUNTRIES_KK = {"KZ": "Қазақстан", "KG": "Қырғызстан", "TJ": "Тәжікстан", "TM": "Түрікменстан", "UZ": "Өзбекстан"}
