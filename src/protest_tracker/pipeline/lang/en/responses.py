"""English: state-response cues (detention verbs first) and the words that put them in context.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

_PROTESTERS = "(?:the )?(?:protesters|demonstrators|residents|workers|strikers|mothers|women|them|the crowd|crowd|villagers|picketers|people|rally)"

#: detention verbs and phrases
DETENTION_VERBS: tuple[str, ...] = (
    "detain~", "detention~", "arrest~", "taken into custody", "rounded up", "kettl~", "hauled",
    "bundled into", "(?:taken|brought|dragged) (?:away )?to (?:a |the )?(?:police|court)~",
    "taken away by police", "in police custody",
    "(?:briefly )?held (?:by (?:the )?police|in (?:police )?custody|overnight)",
)

#: response code -> cues (besides detention)
STATE_RESPONSES: dict[str, tuple[str, ...]] = {
    "dispersal": (
        "pushed back", "dispers~", "broke up", "broken up",
        "forced (?:them|the protesters|the demonstrators|people) to (?:leave|disperse)",
    ),
    "force_violence": (
        r"fired (?:[\w-]+ ){0,2}(?:in|into) the air", "warning shots", "tear gas", "tear-gas",
        "rubber bullet~", "stun grenade~", "flash-bang~", "pepper spray", "beat~", "beaten",
        "batons", "truncheon~", "used force", "use of force", "forcibl~", "by force", "opened fire",
        "fired on", "fired at", "shot at", "gunfire", "water cannon~", "live ammunition",
        r"clash~ (?:[\w-]+ ){0,2}with (?:the )?(?:police|security forces|riot police|troops|soldiers)",
    ),
    "fatalities": (
        "killed", "died", "dead", "death toll", "deaths", "fatalit~", "lost their lives",
        "shot dead",
    ),
    "fine": (
        "fined", "fine of", "fines", "a fine", "fining",
    ),
    "administrative_arrest": (
        r"\d+ days? (?:in jail|of (?:administrative )?(?:arrest|detention|jail|prison)|in detention|in prison)",
        r"(?:jailed|sentenced|imprisoned) (?:[\w-]+ ){0,2}(?:for|to) \d+ days",
        r"(?:five|ten|seven|three|fifteen|\d+)-day~", "administrative arrest~", r"\d+ sutka~",
    ),
    "criminal_charge": (
        "criminal (?:case|charge|investigation|proceeding)~", "charged with", "indicted",
    ),
    "dialogue_meeting": (
        r"(?:dialogue|contact|talks) with (?:[\w-]+ ){0,1}(?:officials|authorities|the akimat|the mayor|the governor)",
        r"heard (?:[\w-]+ ){0,2}complaints",
        "listened to (?:the )?(?:protesters|demands|complaints|residents)",
        rf"met (?:with )?{_PROTESTERS}", rf"(?:spoke|talked) (?:to|with) {_PROTESTERS}",
        rf"addressed (?:the |a )?(?:[\w-]+ ){{0,2}}{_PROTESTERS}", "came (?:out )?to talk",
        rf"(?:official|akim|mayor|governor|minister|hokim|deputy|head|speaker)~ (?:[\w-]+ ){{0,4}}(?:came|went) out to {_PROTESTERS}",
        "talks with", rf"negotiat~ with {_PROTESTERS}", "held (?:a )?meeting with",
        r"(?:official|akim|mayor|governor|minister|hokim|deputy|director|manage)~ (?:[\w-]+ ){0,5}(?:negotiat|met with)~",
    ),
    "concession": (
        "promised", "promise~", "agreed to", "conceded", "concession~", "reversed", "backtrack~",
        "scrapped", "u-turn",
        r"(?:withdrew|suspended|dropped|halted) (?:the|its|their|a) (?:[\w-]+ ){0,1}(?:plan|decision|proposal|project|construction|amendment|bill|increase|hike)~",
        "(?:lowered|cut|reduced) the price~", "reinstated", "cancel~ the decision", "pay the wage~",
        "raise~ wages", "pledged", r"ordered (?:[\w-]+ ){0,3}to pay",
        "(?:will|would) (?:remain|be kept|stay) unchanged", "(?:began|started) paying",
    ),
    "monitoring": (
        r"police (?:[\w-]+ ){0,3}(?:watched|monitored|filmed|present|stood|cordon~|surrounded|blocked|guarded|warned|followed)",
        "cordon~", "filmed", "plainclothes", "plain-clothes", "plain clothes", "loudspeaker~",
        "megaphone~", "blocked access", "heavy police presence", "police presence", "barricad~",
        "sealed off",
        "(?:asked|told|ordered) (?:them|him|her|the protesters|the activists|the picketers) to (?:leave|go home)",
    ),
    "internet_shutdown": (
        r"internet (?:[\w-]+ ){0,4}(?:cut|shut|blocked|down|outage|disrupt|restricted|throttl)~",
        "internet shutdown~",
    ),
}

#: 'took away' verbs: a detention only when police are named
TAKEAWAY_VERBS: tuple[str, ...] = (
    "took away", "taken away",
)

#: meeting verbs: a dialogue only when the protesters are named
DIALOGUE_VERBS: tuple[str, ...] = ()

#: warnings: monitoring only when an authority gives them
WARNING_WORDS: tuple[str, ...] = (
    "warned",
)

#: authorities other than the police
AUTHORITY_WORDS: tuple[str, ...] = (
    "authorities", "officials", "prosecutor~", "akimat~", "mayor~",
)

#: police and security forces
POLICE_WORDS: tuple[str, ...] = (
    "police", "policemen", "riot police", "security forces", "law enforcement",
)

#: words of a protest, clash or security sentence (deaths in it count)
VIOLENT_CONTEXT: tuple[str, ...] = (
    "protest~", "demonstrat~", "rally", "rallies", "unrest", "clash~", "riot~", "violence",
    "police", "security forces", "troops", "shot", "shooting", "crackdown", "bloodshed",
)

#: deaths that are not the protest's
OTHER_DEATH_CONTEXT: tuple[str, ...] = (
    "in custody", "in prison", "in jail", "burned", "house fire", "accident~", "illness", "disease",
    "anniversary", "the scene of", "years ago", "the previous day", "the day before", "covid~",
)

#: words naming the protesters
CROWD_WORDS: tuple[str, ...] = (
    "protest~",
)

#: what a concession gave (traction: "concession won"); "denial" and "demand" cues before a cue in
#: its sentence cancel it ("did not resign", "demanded the release"); "routine" words (a fine, a police report) in
#: its sentence cancel a release
CONCESSION_KINDS: dict[str, tuple[str, ...]] = {
    "resignation": (
        "resign~", "stepped down", "step down", r"(?:dismissed|sacked|removed) (?:[\w-]+ ){0,3}from (?:his|her|their) post~",
        r"(?:accepted|announced) (?:[\w-]+ ){0,2}resignation~",
    ),
    "price_rollback": (
        r"(?:lowered|cut|reduced|capped|rolled back|brought down) (?:[\w-]+ ){0,3}price~",
        r"price~ (?:[\w-]+ ){0,3}(?:was|were|would be|will be) (?:lowered|cut|reduced|capped|brought down)",
        "price cap~",
    ),
    "release": (
        r"(?:were|was|have been|had been|has been) (?:since )?(?:released|freed|set free)", "set free",
    ),
    "reversal": (
        r"(?:would|will) not be (?:changed|amended|removed)", r"(?:would|will) (?:remain|stay) unchanged",
        r"(?:annulled|invalidated|overturned) (?:[\w-]+ ){0,2}(?:results|vote|election|decision|decree)~",
        r"(?:withdrew|dropped|scrapped|shelved|cancelled|canceled|reversed|suspended) (?:the|its|their) (?:[\w-]+ ){0,2}(?:plan|decision|proposal|amendment|bill|increase|hike|project)~",
    ),
    "demands_met": (
        r"(?:met|granted|satisfied|fulfilled) (?:[\w-]+ ){0,1}demands", r"demands (?:[\w-]+ ){0,1}(?:were|have been|had been) (?:met|granted|satisfied)",
        r"(?:agreed|decided) to (?:raise|pay|restore|reinstate|lower|return)~", "raise~ wages", "wage~ (?:rise|increase)~",
    ),
    "promise": (
        "promised", "pledged", "vowed to",
    ),
    "denial": (
        "not", "never", "refus~", "rejected", "no plans to",
    ),
    "demand": (
        "demand~", "call~ for", "urg~", "ask~ for", "insist~",
    ),
    "routine": (
        "fine~", "fined", r"reports? (?:[\w-]+ ){0,2}drawn up", "protocol~", "after questioning",
    ),
}
