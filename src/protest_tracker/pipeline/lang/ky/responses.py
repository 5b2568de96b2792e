"""Kyrgyz: state-response cues (detention verbs first) and the words that put them in context.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: detention verbs and phrases
DETENTION_VERBS: tuple[str, ...] = (
    "кармалды", "кармалган~", "кармалып~", "кармашты", "кармады", "кармап~", "камакка ал~",
    "камакка алын~",
)

#: response code -> cues (besides detention)
STATE_RESPONSES: dict[str, tuple[str, ...]] = {
    "dispersal": (
        "таркат~",
    ),
    "force_violence": (
        "күч колдон~", "сабап~", "сабаш~", "ок атыл~", "ок чыгар~",
        r"көз~ жас~ (?:[\w-]+ ){0,1}газ~", r"көз~ жаш~ (?:[\w-]+ ){0,1}газ~", "резина ок~",
        "желим ок~", "кагылыш~",
    ),
    "fatalities": (
        "каза болд~", "өлтүр~", "набыт болд~", "өмүр~ кыйыл~", "курман бол~",
    ),
    "fine": (
        "айып пул~", "айып салын~",
    ),
    "administrative_arrest": (
        r"\d+ сутка~", "административдик камак~",
        r"\d+ күнгө (?:[\w-]+ ){0,3}(?:камак|камоо|камал|эркин~ ажырат)~",
        r"\d+ (?:күн|сутка)~ (?:[\w-]+ ){0,1}камак~",
    ),
    "criminal_charge": (
        "кылмыш иш~",
    ),
    "dialogue_meeting": (
        "(?:пообщал|побеседовал|поговорил|разговарива)~ с (?:протестующ|митингующ|жител|участник|бастующ|рабочи|матер|людьми|людям|женщин|собравш|недовольн|пикетчик|демонстрант|народ)~",
        r"(?:аким|хоким|мэр|глава|губернатор|министр|заместител)~ (?:[\w-]+ ){0,4}(?:выслуша|пообща|побесед|переговор|приня)~",
        r"(?:аким|мэр|өкүл|министр|башчы)~ (?:[\w-]+ ){0,4}(?:чыгып|угуп|жооп бер)~",
    ),
    "concession": (
        "убада~", r"кайтар~ (?:[\w-]+ ){0,1}чечим~", "канааттандыр~", "жокко чыгар~",
        "төлей бастады", r"айлык~ (?:[\w-]+ ){0,2}төлө(?:ндү|нгөн|п бер)~", "өзгөрүүсүз кал~",
    ),
    "monitoring": (
        "көзөмөл~", "курчоо~ ал~", "киргизбей~", "өткөрбө~",
    ),
}

#: 'took away' verbs: a detention only when police are named
TAKEAWAY_VERBS: tuple[str, ...] = (
    "алып кетти", "алып кетишти", "алып кетишкен~", r"бөлүм~ (?:[\w-]+ ){0,1}(?:жеткир|алып бар)~",
)

#: meeting verbs: a dialogue only when the protesters are named
DIALOGUE_VERBS: tuple[str, ...] = (
    "жолугу~", "жолукт~", "сүйлөш~", "учраш~",
)

#: warnings: monitoring only when an authority gives them
WARNING_WORDS: tuple[str, ...] = (
    "эскерт~",
)

#: authorities other than the police
AUTHORITY_WORDS: tuple[str, ...] = (
    "акимчилик~", "бийлик~", "ички иштер~",
)

#: police and security forces
POLICE_WORDS: tuple[str, ...] = (
    "милиция~", "милиция кызматкер~",
    # law enforcement bodies, not "укук коргоочу" (a rights defender)
    r"укук коргоо (?:орган|кызматкер)~",
)

#: words of a protest, clash or security sentence (deaths in it count)
VIOLENT_CONTEXT: tuple[str, ...] = (
    "нааразылык~", "башаламандык~", "кагылыш~", "окуя~", "милиция~", "ок атыл~",
)

#: deaths that are not the protest's
OTHER_DEATH_CONTEXT: tuple[str, ...] = (
    "өрт~", "оору~",
)

#: words naming the protesters
CROWD_WORDS: tuple[str, ...] = (
    "нааразы~", "чогулган~", "тургун~", "энелер~", "жумушчу~", "аялдар~", "жарандар~", "эл менен",
)

#: what a concession gave (traction: "concession won"); "denial" and "demand" cues before a cue in
#: its sentence cancel it; "routine" words (a fine, a police report) in its sentence cancel a release
CONCESSION_KINDS: dict[str, tuple[str, ...]] = {
    "resignation": (
        "отставка~", r"(?:кызмат|орд|бийлик)~ (?:[\w-]+ ){0,1}(?:бошот|кет)~",
    ),
    "price_rollback": (
        r"баа~ (?:[\w-]+ ){0,4}(?:төмөндөт|арзанда|түшүр)~",
    ),
    "release": (
        "бошотул~", "эркиндикке чыгар~", "бошотту",
    ),
    "reversal": (
        "өзгөрүүсүз кал~", "өзгөртүлбөй~", r"(?:чечим|өзгөртүү|мыйзам)~ (?:[\w-]+ ){0,2}(?:жокко чыгар|токтот|кайтар)~",
    ),
    "demands_met": (
        r"талап~ (?:[\w-]+ ){0,1}(?:аткарыл|аткар|канааттандыр)~", r"айлык~ (?:[\w-]+ ){0,2}көтөр~",
    ),
    "promise": (
        "убада~", "убадасын бер~",
    ),
    "denial": (
        "жок", "эмес", "баш тарт~",
    ),
    "demand": (
        "талап кыл~", "талап кой~", "талап~", "сура~",
    ),
    "routine": (
        "айып~", "протокол~",
    ),
}
