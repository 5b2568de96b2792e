"""Cues for protest relevance, hard negatives and event type (all languages, folded text).

Fragments follow :mod:`protest_tracker.pipeline.lexicon`: ``~`` marks a stem,
spaces match runs of whitespace, everything else is a regular expression.
"""

from __future__ import annotations

from protest_tracker.pipeline.lexicon import Lexicon

_VENUE = r"(?:здани|акимат|мэри|администрац|хокимият|консульств|посольств|парламент|правительств|суд|ак ?орд|дом~ правительства|резиденци|министерств|акимат)"

#: Words that report a protest action. "strong" names the action; "weak" needs support.
TRIGGERS = Lexicon({
    "strong": (
        # Russian
        "митинг~", "пикет~", "протест~", "демонстрац~", "шестви~", "забастов~", "бастую~", "бастова~",
        "бастующ~", "стачк~", "голодовк~", "голодающ~", "беспорядк~", "марш", "марша", "маршем",
        r"перекры~ (?:[\w-]+ ){0,3}(?:дорог|трасс|улиц|мост|движени|автодорог|шоссе|проезд)~",
        r"перекрыти~ (?:[\w-]+ ){0,2}(?:дорог|трасс)~", r"блокир~ (?:[\w-]+ ){0,2}(?:дорог|трасс|движени|мост|въезд)~",
        r"вышл~ (?:[\w-]+ ){0,2}(?:на улиц|на площад|на акци|на митинг|на пикет|на протест|на шестви|к здани|к акимат)~",
        rf"собрал~ (?:[\w-]+ ){{0,3}}(?:у|возле|перед|около|напротив) (?:[\w-]+ ){{0,1}}{_VENUE}~",
        rf"(?:у|возле|перед|около|напротив) (?:[\w-]+ ){{0,2}}{_VENUE}~ (?:[\w-]+ ){{0,2}}собрал~",
        r"вышл~ (?:[\w-]+ ){0,1}(?:поддержать|в поддержку)",
        "сход~ граждан~", "сход~ жителей", "флешмоб~", "штурм~", r"отказ~ от (?:еды|пищи|приема пищи)",
        r"от (?:еды|пищи) отказ~",
        r"алдына (?:[\w-]+ ){0,3}(?:жинал|шық|шык|чогул|топтол|чык)~", r"oldi(?:da|ga) (?:[\w'-]+ ){0,3}(?:to'plan|chiq)~",
        r"олди(?:да|га) (?:[\w-]+ ){0,3}(?:тўплан|чиқ)~",
        r"(?:акимчилиг|әкімдіг|акимат|мэрия|hokimlik|ҳокимлик|ҳокимият)~ (?:келип|келди|келишти|барып|барды|keldi|kelishdi|borib|borishdi|келишди|боришди)",
        r"пришл~ (?:[\w-]+ ){0,2}(?:к здани|к акимат|к консульств|к посольств|к резиденци|на площад)~",
        r"(?:прошл|провел|провели|состоял)~ (?:[\w-]+ ){0,2}акци~", r"акци~ (?:[\w-]+ ){0,2}(?:прошл|состоял)~",
        r"(?:развернул|вывесил|повесил)~ (?:[\w-]+ ){0,1}(?:баннер|плакат|транспарант)~",
        r"(?:unfurl~|hung|hang~|hanging up|hung up|display~|held up|holding up) (?:[\w-]+ ){0,2}(?:banner|placard|poster)~", "стихийн~ (?:акци|митинг|сход|собрани)~",
        # English
        "protest~", "rally", "rallies", "rallied", "rallying", "demonstrat~", "picket~", "on strike", "strikes",
        "striking", "strikers", "strike action", "hunger strike~", "went on strike", "walkout~", "walked off~",
        "riot~", "sit-in~", "marched", "marchers", "marching", "stopped work~", r"laid down (?:their )?tools",
        r"refus~ to (?:work|go to work)", "прекратили работу",
        r"declin~ to (?:turn up|report|show up) (?:for|to|at) work", r"(?:did not|didn't) (?:turn up|show up|go) (?:for|to) work",
        r"жұмысқа шықпа~", r"жумушка чыкпа~", r"ishga chiqma~", r"ишга чиқма~", r"отказал~ (?:[\w-]+ ){0,1}(?:выходить на работу|работать)",
        r"(?:a|the|peace|protest|women's|opposition|anti-war~) march(?:es)?",
        r"block~ (?:[\w-]+ ){0,3}(?:road|highway|street|bridge|railway|traffic|motorway)~", "blockade~",
        "took to the streets", "take to the streets", r"gathered (?:[\w-]+ ){0,2}(?:outside|in front of|near|at the)",
        "stormed", "unrest",
        # Kazakh
        "наразылық~", "ереуіл~", "шеру~", "аштық~ жариял~", r"жол~ (?:[\w-]+ ){0,1}жап~", "тәртіпсіздік~",
        r"көшеге шық~", r"алаңға (?:шық|жиналд)~", "қарсылық~ білдір~", "қарсылық~ акци~", "бас көтер~",
        "miting~", "mıtıng~", "narazylyq~", "narazılıq~", "ereuil~",
        "ميتينگ~", "ميتيڭ~", "نارازىلىق~", "شەرۋ~", "ەرەۋىل~", "پيكەت~",
        r"напал~ на (?:офис|здани|полиц|сотрудник|администрац|акимат|милиц)~", r"массов~ драк~",
        # Kyrgyz
        "нааразылык~", "нааразычылык~", "иш ташта~", "ачкачылык~", r"жол~ (?:[\w-]+ ){0,1}тос~",
        r"аянтка (?:чык|чогул)~", "көчөгө чык~", "жүрүш~", "башаламандык~", r"каршы (?:эл(?:дик)? )?курултай~",
        r"курултай~ (?:[\w-]+ ){0,1}против",
        # Uzbek (Latin, Cyrillic)
        "norozilik~", "норозилик~", "namoyish~", "намойиш~", "piket~", "ish tashla~", "иш ташла~",
        "ochlik e'lon~", "очлик эълон~", r"yo'l~ (?:[\w-]+ ){0,1}to's~", r"йўл~ (?:[\w-]+ ){0,1}тўс~",
        "tartibsizlik~", "тартибсизлик~", "g'alayon~", "ғалаён~",
        # Tajik, Turkmen
        "эътирозгар~", "эътироз кард~", "эътироз намуд~", "тазоҳурот~", "гирдиҳамо~", "ҳамоиш~", "корпарто~", "гуруснанишин~",
        r"роҳ~ (?:[\w-]+ ){0,1}баст~", "ошӯб~", "nägilelik~", "protestçi~",
    ),
    "weak": (
        "собрал~", "недовольн~", "выразили несогласи~", "возмущен~", "акци~", "требова~", "стихийн~",
        "gathered", "crowd~", "demanding", "demanded", "outcry",
        "наразы~", "жиналд~", "жиналған~", "талап ет~", "акция~", "акциясы~",
        "нааразы~", "чогул~", "талап кыл~", "каршылык~",
        "noroz~", "норози~", "to'plan~", "тўплан~", "talab qil~", "талаб қил~", "e'tiroz~",
        "эътироз~", "ҷамъ омад~", "нооромӣ~",
    ),
})

#: Qualifiers that turn a protest mention into a non-event (hard negatives).
QUALIFIERS = Lexicon({
    "future_call": (
        "призыв~", "призвал~", "призыва~", "намерен~", "планиру~", "собираются", "собирается", "анонсир~",
        "пригрози~", "грозят~", "угрожа~", r"объявил~ о (?:проведении|намерении|планах)", r"готов~ выйти",
        "пройдет", "пройдут", "состоится", "намечен~", r"пода~ (?:[\w-]+ ){0,4}(?:заявлени|уведомлени|заявк)~", r"заявк~ (?:[\w-]+ ){0,2}(?:проведени|митинг)~",
        "will hold", "will rally", "will protest", "will stage", "plans to", "planning to", "call~ for",
        "called on", "urged", "urging", "intend~", "threaten~", "upcoming", "to be held", "next week",
        "tomorrow", r"(?:asked|applied|request~) (?:[\w-]+ ){0,2}permi~", r"permission to (?:hold|stage)",
        r"refus~ (?:[\w-]+ ){0,2}permi~", r"отказал~ (?:[\w-]+ ){0,2}в (?:согласовании|проведении)", "would-be", r"issued (?:an? )?(?:call|appeal)~",
        r"appeal~ (?:for|to (?:people|citizens|supporters|tajiks|kazakhs|kyrgyz))", "the appeal",
        "шақыр~", "өткізбек~", "өтпек~", "жоспарла~", "чакыр~", "өткөрмөкчү~", "пландаш~",
        "chaqir~", "чақир~", "rejala~", "режала~", "o'tkazmoqchi~", "ўтказмоқчи~", "даъват~",
    ),
    "not_held": (
        "не состоял~", r"не удалось (?:провести|выйти|собраться)", r"(?:was|were) not held", "not take place",
        r"не (?:был|была|были) проведен~", r"не прош(?:ел|ла|ли)", r"не дали (?:провести|собраться|выйти)",
        "сорва~", "отменил~", "отменен~", "не вышел~", "никто не вышел", "did not take place",
        "never took place", r"failed to (?:take place|materiali[sz]e|gather)", "was cancelled", "called off",
        "foil", "foils", "foiled", "thwarted", "pre-emptive~", "preemptive~", "no one showed",
        "өтпеді", "болбой калды", "o'tmadi", "ўтмади",
    ),
    "court_case": (
        "приговор~", r"осужд~ (?:[\w-]+ ){0,2}на \w+", r"осудил~", r"лишени~ свободы", r"лет (?:лишения|колонии|заключения)",
        "sentenced", "convicted", "verdict~", "years in prison", "on trial", "trial of", "defendants",
        "обвинил~", "обвинен~", "accused of", r"charged (?:[\w-]+ ){0,1}with organi[sz]~",
        r"during (?:their|the|his|her) trial", "подсудим~", "обвиняем~",
        "үкім~", "соттал~", "кесилди", "өкүм~", "hukm~", "ҳукм~", "sudlan~", "судлан~",
    ),
    "background": (
        "годовщин~", "лет назад", "годом ранее", "в прошлом году", "anniversary", "years ago", "a year ago",
        "last year", "жыл бұрын", "жыл мурун", "yil oldin", "йил олдин", "жылдығы~", "жылдыгы~", "yilligi~",
        "годовщину", "commemorat~", r"for (?:more than |over |nearly |almost )?(?:a year|two years|three years|several years|many years|\d+ years)",
        r"(?:weeks|months|years) after (?:the )?(?:protests|rallies|unrest|demonstrations)",
        "бұған дейін", "буга чейин", "мындан мурун", "до этого",
    ),
    "diplomatic": (
        r"нот~ протест~", r"(?:note|letter) of protest", "protest note~", r"выразил~ (?:[\w-]+ ){0,1}протест~ (?:в связи|послу|посольств)~",
        r"нотасын~", r"norozilik notasi~",
    ),
    "non_protest_crowd": (
        "очеред~", "queue~", "lined up", "праздн~", "celebrat~", "концерт~", "festival~", "фестивал~",
        "мереке~", "майрам~", "bayram~", "navbat~", "кезек~", "наурыз~", "nowruz", "навруз~",
    ),
})

#: Event-type cues in priority order (the first label found wins, see classify).
EVENT_TYPE_CUES = Lexicon({
    "riot": (
        "погром~", "штурм~", "подожгл~", "поджог~", "подожж~", "громил~", "разгроми~",
        r"забросал~ (?:[\w-]+ ){0,2}камн~", r"(?:бросал|кидал)~ (?:[\w-]+ ){0,2}камн~",
        r"напал~ на (?:офис|здани|полиц|сотрудник|администрац|акимат|милиц)~",
        "массов~ драк~", "rioters", "rioted", "rioting", "stormed", "storming", "set fire", "set on fire", "torched", "arson~",
        "looted", "looting", r"(?:threw|hurled|throwing) (?:[\w-]+ ){0,2}(?:stones|rocks)", "brawl~",
        "attacked police", r"clash~ (?:[\w-]+ ){0,2}(?:with )?(?:workers|police|security)",
        "өртеп~", "төбелес~", "өрттө~", "мушташ~", "yondir~", "ёндир~", "задухӯрд~",
    ),
    "hunger_strike": (
        "голодовк~", "голодающ~", "голодал~", r"отказ~ от (?:еды|пищи|приема пищи)", r"от (?:еды|пищи) отказ~", "hunger strike~", "hunger-strik~", "аштық~", "ачкачылык~",
        "очлик~", "ochlik~", "гуруснанишин~",
    ),
    "road_blockade": (
        r"перекры~ (?:[\w-]+ ){0,3}(?:дорог|трасс|улиц|мост|движени|автодорог|шоссе|проезд)~",
        r"перекрыти~ (?:[\w-]+ ){0,2}(?:дорог|трасс)~", r"блокир~ (?:[\w-]+ ){0,2}(?:дорог|трасс|движени|мост|въезд)~",
        r"block~ (?:[\w-]+ ){0,3}(?:road|highway|street|bridge|railway|traffic|motorway)~", "roadblock~",
        r"жол~ (?:[\w-]+ ){0,1}жап~", r"жол~ (?:[\w-]+ ){0,1}тос~", r"yo'l~ (?:[\w-]+ ){0,1}to's~",
        r"йўл~ (?:[\w-]+ ){0,1}тўс~", r"роҳ~ (?:[\w-]+ ){0,1}баст~",
    ),
    "strike": (
        "забастов~", "бастую~", "бастова~", "бастующ~", "стачк~", r"отказ~ (?:[\w-]+ ){0,2}(?:выходить на работу|работать|приступать)",
        "прекратили работу", "on strike", "went on strike", "strikers", "strike action", "strikes", "walkout~",
        "walked off~", "stopped work~", r"refus~ to (?:work|go to work)", "ереуіл~", r"жұмысқа шықпа~",
        r"жұмысты тоқтат~", "иш ташта~", r"иштен баш тарт~", "ish tashla~", "иш ташла~", "корпарто~", "ereuil~",
    ),
    "single_person_picket": (
        r"одиночн~ (?:пикет|акци|протест)~", r"(?:one-person|single-person|solo|one-man|one-woman|lone) (?:picket|protest)~",
        r"жеке (?:пикет|дара)~", r"жалғыз~ пикет~", r"жалгыз~ пикет~", r"yakka (?:[\w-]+ )?piket~",
    ),
    "sit_in": (
        "сидяч~", r"палаточн~ городок~", "юрт~", "ночевал~", r"провели ночь", r"остались на ночь", "не расходятся",
        "sit-in~", "camped", "encampment", "overnight", "occupied", "spent the night", "tents",
        "түнеп~", "түнө~", "tunab~",
    ),
    "march": (
        "шестви~", "марш", "марша", "маршем", "marched", "marchers", "marching",
        r"(?:a|the|peace|protest|women's|opposition) march(?:es)?", "procession~", "шеру~", "жүрүш~", "yurish~",
        "раҳпаймо~",
    ),
    "picket": ("пикет~", "picket~", "piket~"),
    "other": (
        "баннер~", "растяжк~", r"(?:вывесил|повесил|развернул)~ (?:[\w-]+ ){0,1}(?:баннер|плакат|транспарант)~",
        "видеообращени~", "video appeal~", "video message~", "banner~", "флешмоб~", "flash mob~",
        "автопробег~", "motorcade~", "car rally",
    ),
})

#: Words that introduce what a protest is about (demands, causes, objects of protest).
CAUSE_CUES = Lexicon({
    "cause": (
        "требова~", "требуя", "потребова~", "против", "из-за", "в знак протеста", "недовольн~", "возмущ~", "жалу~",
        "demand~", "against", "over the", "because of", "due to", "angry", "calling for", "called for", "complain~",
        "talab~", "талап~", "қарсы", "каршы", "қарши", "qarshi", "norozi~", "норози~", "наразы~", "нааразы~",
        "талаб~", "зидди", "shikoyat~", "шикоят~", "арыз~",
    ),
})
