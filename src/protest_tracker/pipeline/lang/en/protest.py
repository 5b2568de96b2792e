"""English: protest triggers, hard-negative qualifiers, event-type and cause cues.

Written for folded text (lower case, ё→е, ``'`` for every apostrophe). Cue fragments follow
:mod:`protest_tracker.pipeline.lexicon` (``~`` ends a stem, a space matches a run of spaces);
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: blocking a road, a railway or a train (a protest action and the road_blockade type)
_BLOCKED_WAY = (
    r"block~ (?:[\w-]+ ){0,3}(?:road|highway|street|bridge|railway|traffic|motorway)~",
    r"block~ (?:[\w-]+ ){0,4}(?:thoroughfare|train|rail line|route|movement of)~",
)

#: words that name a protest action
PROTEST_TRIGGERS_STRONG: tuple[str, ...] = (
    r"(?:unfurl~|hung|hang~|hanging up|hung up|display~|held up|holding up) (?:[\w-]+ ){0,2}(?:banner|placard|poster)~",
    "protest~", "rally", "rallies", "rallied", "rallying", "demonstrat~", "picket~", "on strike",
    "strikes", "striking", "strikers", "strike action", "hunger strike~", "went on strike",
    "walkout~", "walked off~", "riot~", "sit-in~", "marched", "marchers", "marching",
    "stopped work~", "laid down (?:their )?tools", "refus~ to (?:work|go to work)",
    "declin~ to (?:turn up|report|show up) (?:for|to|at) work",
    *_BLOCKED_WAY, "blockade~",
    "took to the streets", "take to the streets",
    r"gather(?:ed|ing) (?:[\w-]+ ){0,2}(?:outside|in front of|near|at the|on the (?:main |central )?square)",
    "stormed", "unrest", "chanting", "chanted",
    r"clash~ (?:[\w-]+ ){0,3}(?:with|between) (?:[\w-]+ ){0,2}(?:police|security|riot|law enforcement|officers)",
    "(?:the |a |their )siege of",
    # general protest vocabulary (the learned assembler weighs it)
    'marches', r'seized (?:[\w-]+ ){0,3}(?:building|administration|office|headquarters|square)~',
    r'occup~ (?:[\w-]+ ){0,3}(?:building|administration|office|headquarters|square|court)~', 'demonstrant~',
    'besieged',
)

#: words that suggest a protest only with support
PROTEST_TRIGGERS_WEAK: tuple[str, ...] = (
    "gathered", "crowd~", "demanding", "demanded", "outcry", "gathering",
)

#: calls, plans, threats and permit requests (no event yet)
FUTURE_CALL: tuple[str, ...] = (
    "will hold", "will rally", "will protest", "will stage", "plans to", "planning to",
    r"planned to (?:hold|have|stage|organi[sz]e|gather|rally|protest)", "call~ for",
    "called on", "urged", "urging", "intend~", "threaten~", "upcoming", "to be held", "next week",
    "tomorrow", "permission to (?:hold|stage)", r"refus~ (?:[\w-]+ ){0,2}permi~", "would-be",
    "issued (?:an? )?(?:call|appeal)~",
    # a permit granted or asked for: the action is still to come (as the other packs)
    r"allow~ (?:[\w-]+ ){0,2}(?:holding|to hold|to stage|staging) (?:[\w-]+ ){0,2}(?:rall|protest|demonstrat|picket|march)~",
    r"(?:granted|gave|given|issued|received|obtained|applied for|sought) (?:[\w-]+ ){0,2}(?:permission|permit)~",
    "appeal~ (?:for|to (?:people|citizens|supporters|tajiks|kazakhs|kyrgyz))", "the appeal",
    # preparing an action (the charge of pre-emptive detentions: "preparing to organise riots")
    r"prepar(?:ing|ed) to (?:organi[sz]e|stage|hold)",
)

#: the action was cancelled, foiled or did not take place
NOT_HELD: tuple[str, ...] = (
    "(?:was|were) not held", "not take place", "did not take place", "never took place",
    "failed to (?:take place|materiali[sz]e|gather)", "was cancelled", "called off", "foil",
    "foils", "foiled", "thwarted", "pre-emptive~", "preemptive~", "no one showed",
    r"calling (?:[\w-]+ ){0,2}off", "no one came", "nobody came", "no one turned up",
)

#: trials, verdicts and charges
COURT_CASE: tuple[str, ...] = (
    "sentenced", "convicted", "verdict~", "years in prison", "on trial", "trial of", "defendants",
    "accused of", r"charged (?:[\w-]+ ){0,1}with organi[sz]~", "during (?:their|the|his|her) trial",
    "courtroom~", r"\d+-(?:day|week|month) trial", "court (?:jails|jailed|convicts)",
    r"jailed (?:[\w-]+ ){0,3}for (?:[\w-]+ ){0,2}(?:rioting|organi[sz]~|taking part|participating|inciting)",
    "(?:went|go|goes|stand|stood) on trial", "trial (?:began|opened|started|resumed)",
    # appeals against a verdict
    # (not "appealed to the akim"; not an appeal to officials that was turned down)
    "appeals? court~", "court of appeal~", "appeal hearing~",
    r"appeal~ against (?:[\w-]+ ){0,2}(?:sentence|verdict|conviction)~",
    r"(?:upheld|overturned|quashed) (?:[\w-]+ ){0,3}(?:sentence|verdict|conviction)~",
)

#: anniversaries and earlier years
BACKGROUND: tuple[str, ...] = (
    "anniversary", "years ago", "a year ago", "last year", "commemorat~",
    r"for (?:more than |over |nearly |almost )?(?:a year|two years|three years|several years|many years|\d+ years)",
    "(?:weeks|months|years) after (?:the )?(?:protests|rallies|unrest|demonstrations)",
    r"until now (?:[\w-]+ ){0,3}(?:were|had been|have been) (?:held|staged)",
    # months ago, beyond the background window (two months ago may still be the news)
    "(?:three|four|five|six|seven|eight|nine|ten|eleven|several|many|[3-9]|1[0-2]) months ago",
    "half a year ago",
)

#: notes of protest between states
DIPLOMATIC: tuple[str, ...] = (
    "(?:note|letter) of protest", "protest note~",
)

#: queues, holidays, concerts
NON_PROTEST_CROWD: tuple[str, ...] = (
    "queue~", "lined up", "celebrat~", "festival~", "nowruz",
    # the yearly Victory Day march of the "Immortal Regiment": a commemoration, not a protest
    "immortal regiment~",
)

#: a ban on protest actions: the sentence reports a ban, not an action (unless DESPITE)
BANS: tuple[str, ...] = (
    r"(?:ban|bans|banning) (?:on )?(?:all |any |public |mass |street |peaceful )?(?:rall|protest|demonstrat|gathering|picket|march)~",
    r"(?:rallies|protests|demonstrations|gatherings|pickets|marches) (?:[\w,-]+ ){0,14}?(?:have been |has been |were |are |was |is )?(?:banned|prohibited|outlawed)",
    r"(?:banned|prohibited|outlawed) (?:all |any |public |mass |street |peaceful )?(?:rallies|protests|demonstrations|gatherings|pickets|marches)",
    # a rule for actions to come: "any protests … will be deemed illegal"
    r"will be (?:deemed|considered|declared|treated as|regarded as) (?:illegal|unlawful|unauthori[sz]ed|unsanctioned)",
)

#: defiance of a ban ("despite the ban"): the action took place
DESPITE: tuple[str, ...] = (
    "despite", "defi~", "in defiance", "in violation", "flout~", "ignoring",
)

#: event type -> cues (priority is set in fields.types)
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "riot": (
        "rioters", "rioted", "rioting", "stormed", "storming", "set fire", "set on fire", "torched",
        "arson~", "looted", "looting",
        r"(?:threw|hurled|throwing) (?:[\w-]+ ){0,2}(?:stones|rocks)", "brawl~", "attacked police",
        r"clash~ (?:[\w-]+ ){0,2}(?:with )?(?:workers|police|security)",
        # seizing a building, taking hostages
        r"(?:seized|seizing|took over|taking over) (?:[\w-]+ ){0,3}(?:building|headquarters|offices?|palace)",
        r"(?:took|taken|taking|held|holding) (?:[\w-]+ ){0,8}hostages?",
    ),
    "hunger_strike": (
        "hunger strike~", "hunger-strik~",
    ),
    "road_blockade": (
        *_BLOCKED_WAY, "roadblock~",
    ),
    "strike": (
        "on strike", "went on strike", "strikers", "strike action", "strikes", "walkout~",
        "walked off~", "stopped work~", "refus~ to (?:work|go to work)",
    ),
    "single_person_picket": (
        "(?:one-person|single-person|solo|one-man|one-woman|lone) (?:picket|protest)~",
    ),
    "sit_in": (
        "sit-in~", "camped", "encampment", "overnight", "occupied", "spent the night", "tents",
    ),
    "march": (
        "marched", "marchers", "marching", "procession~",
    ),
    "picket": (
        "picket~",
    ),
    "other": (
        "video appeal~", "video message~", "banner~", "flash mob~", "motorcade~", "car rally",
    ),
}

#: words that introduce what a protest is about
CAUSE_WORDS: tuple[str, ...] = (
    "demand~", "against", "over the", "because of", "due to", "angry", "calling for", "called for",
    "complain~",
)

#: weaker cause words read by the grievance field
CAUSE_WORDS_EXTRA: tuple[str, ...] = (
    "reason~", "because", "in support of", "protesting", "protested", "outrage~", "issue~",
)
