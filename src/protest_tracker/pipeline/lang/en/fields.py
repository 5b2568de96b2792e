"""English: grievance, target, participant-group and flag cues (labels are codebook codes).

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: grievance code -> cues
GRIEVANCES: dict[str, tuple[str, ...]] = {
    "xinjiang_ethnic_kin": (
        "xinjiang~", "(?:camp|camps) in china", "re-education", "atajurt", "uyghur~", "uighur~",
    ),
    "china_economic": (
        r"(?:china|chinese)~ (?:[\w-]+ ){0,3}(?:agreement|deal|projects?)~", "sinophob~",
    ),
    "labour": (
        "wage~", "salar~", "unpaid", "layoff~", "laid off", "dismissal~", "fired workers",
        "trade union~", r"labou?r(?![\s-]+(?:party|and social|minist))~", "working conditions",
        "oil workers",
    ),
    "wages_prices_economy": (
        "price~", "fuel cost~", "cost of living", "unemploy~", "loan~", "debt~", "inflation",
        "vendors", "traders", "merchants", "bazaar~", "flea market~",
        "poverty",
    ),
    "housing_mortgage": (
        "housing", "dormitor~", "mortgage~", "apartment~", "homes",
    ),
    "land_property": (
        "land", "lands", "land plot~", "landowner~", "land code", "land reform~", "demolish~",
        "demolition~", "evict~", "expropriat~", "property rights", "private property",
        "their property", "yer maydon~",
    ),
    "utilities": (
        "gas supply", "gas shortage~", "no gas", "electricity", "power cut~", "power outage~",
        "blackout~", "water supply", "drinking water", "heating", "tariff~", "utilit~",
    ),
    "elections_political": (
        "election~", "vote~", "voting", "referendum~", "constitution~", "opposition", "resign~",
        "rigged", "fraud", "political reform~", "renam~",
    ),
    "corruption_justice": (
        "corrupt~", "injustice", "unfair~", "torture~", "impunity", "justice", "police abuse",
        "abuse of power", "justice for",
        r"(?:those|people|officers|officials) responsible (?:[\w-]+ ){0,4}(?:be )?(?:punished|prosecuted)",
        r"investigat~ (?:[\w-]+ ){0,3}(?:killing|death|incident|shooting)~", "police brutality",
        r"persecut~ (?:of|against)", "fair trial", "fair court",
    ),
    "detention_release": (
        r"(?:detention|arrest) of (?:[\w-]+ ){0,3}(?:activist|leader|blogger|journalist|politician|opposition)~",
        "release of", "releasing",
        "release (?:the|their|his|her|him|them|all|political|jailed|detained|arrested|imprisoned)",
        "be released", "be freed",
        "free (?:the|all|political|jailed|detained|arrested|him|her|them)", "freedom for",
        "political prisoner~",
    ),
    "covid": (
        "covid~", "coronavirus~", "quarantine~", "lockdown~", "pandemic~", "vaccin~",
    ),
    "environment": (
        "environment~", "ecolog~", "pollution", "polluting", "toxic", "emissions", "landfill~",
        "deforest~", "uranium mining", "uranium", "mudslide~", "landslide~", "flood~",
        "natural disaster~",
    ),
    "social_benefits": (
        "benefit~", "allowance~", "pension(?!er)~", "large families", "social assistance",
        "social support", "welfare",
    ),
    "rights_freedoms": (
        "press freedom", "censorship", "women's rights", "human rights", "free speech",
        "right to assemble", "lgbt~", "peaceful assembl~",
        "domestic violence", "gender-based violence", "violence against women",
    ),
    "interethnic": (
        "interethnic", "inter-ethnic", "ethnic clash~", "ethnic tension~", "sovereignty",
        "autonomy",
    ),
    "other": (
        "border~", "anti-war", "against the war",
        "war (?:in|on|against) (?:ukrain|gaza|palestin|israel)~", "invasion", "ukrain~",
        "palestin~", "gaza", "israel~", "csto", "mobili[sz]~", "nationali[sz]~", "customs union",
        "eaeu", "eurasian (?:economic )?union", "kumtor~",
    ),
}

#: target code -> cues
TARGETS: dict[str, tuple[str, ...]] = {
    "national_government": (
        "government", "president~", "ministry", "minister~", "parliament~", "cabinet",
    ),
    "local_government": (
        "akimat~", "akim", "hokim~", "mayor~", "city hall", "local authorit~",
        "local administration",
    ),
    "law_enforcement": (
        "police", "prosecutor~", "security service~",
    ),
    "courts": (
        "court~", "judge~",
    ),
    "foreign_state": (
        "consulate~", "embassy", "china", "chinese government", "beijing", "russia~", "kremlin",
    ),
    "company": (
        "company", "employer~", "firm", "plant", "factory", "contractor~", "management",
    ),
    "international_org": (
        "un", "united nations", "osce", "imf", "world bank",
    ),
}

#: participant group -> cues
GROUPS: dict[str, tuple[str, ...]] = {
    "relatives_of_detainees": (
        "relatives of", "family members of", "relatives",
    ),
    "workers": (
        "workers", "employees", "miners", "oil workers", "drivers", "teachers", "doctors", "nurses",
    ),
    "mothers_families": (
        "mothers", "women with children", "parents", "families",
    ),
    "borrowers_mortgage": (
        "borrowers", "debtors", "mortgage holders",
    ),
    "residents": (
        "residents", "villagers", "locals", "local people", "inhabitants",
    ),
    "students": (
        "students", "youth", "young people",
    ),
    "opposition": (
        "opposition", "supporters of", "party members", "dvk", "democratic choice",
    ),
    "activists": (
        "activist~", "human rights defender~", "journalists", "bloggers",
    ),
    "ethnic_community": (
        "pamiri~", "karakalpak~", "uyghur~", "uighur~", "dungan~",
    ),
    "entrepreneurs": (
        "traders", "vendors", "entrepreneurs", "merchants", "business owners",
    ),
    "farmers": (
        "farmers", "farm workers",
    ),
    "pensioners": (
        "pensioners", "retirees", "veterans",
    ),
    "religious": (
        "believers", "muslims", "worshippers",
    ),
    "government_supporters": (
        "pro-government", "pro-kremlin", "in support of the president",
    ),
}

#: flag -> cues
FLAGS: dict[str, tuple[str, ...]] = {
    "pro_government": (
        "pro-government",
        "in support of (?:the )?(?:president|government|constitution|reforms|authorities)",
        "(?:government|state)-organi[sz]ed",
    ),
    "aggregate": (
        "daily", "every day", r"for (?:\d+|several|many) (?:days|weeks|months)",
        "since (?:january|february|march|april|may|june|july|august|september|october|november|december)",
    ),
    "protester_violence": (
        r"(?:threw|hurled|throwing) (?:[\w-]+ ){0,2}(?:stones|rocks|molotov)~", "attacked police",
        "set fire", "set on fire", "stormed", "looted", "arson~",
    ),
    "organiser": (
        "organi[sz]ed by", "organi[sz]er~", "initiated by",
    ),
    "demand": (
        "demand~", "calling for", "called for", "urging", "asking for",
    ),
}

#: verb-final demand slots (see the Kazakh pack): empty, see KNOWN_GAPS
DEMAND_AFTER_OBJECT: tuple[str, ...] = ()
OBJECT_ENDINGS: tuple[str, ...] = ()
QUOTING_WORDS: tuple[str, ...] = ()
