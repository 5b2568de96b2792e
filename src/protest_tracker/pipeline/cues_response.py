"""Cues for state responses to a protest, in ru, en, kk, ky, uz (Latin and Cyrillic) and tg.

Word-anchored stems over folded text (see :mod:`protest_tracker.pipeline.lexicon`); labels are
codebook codes. Whether a cue found in a sentence really reports a response to *this* protest
(not a demand, a threat, a denial or an older case) is decided by :mod:`field_context`.
"""

from __future__ import annotations

from protest_tracker.pipeline.lexicon import Lexicon

_PROTESTERS_RU = r"(?:протестующ|митингующ|жител|участник|бастующ|рабочи|матер|людьми|людям|женщин|собравш|недовольн|пикетчик|демонстрант|народ)~"
_PROTESTERS_EN = r"(?:the )?(?:protesters|demonstrators|residents|workers|strikers|mothers|women|them|the crowd|crowd|villagers|picketers|people|rally)"
_SITE_RU = r"(?:отдел|полиц|ровд|овд|управлени|участ|суд|спецприемник|изолятор)~"

STATE_RESPONSE_CUES = Lexicon({
    "detention": (
        "задержан~", "задержал~", "задержива~", "задержани~", rf"доставлен~ в (?:[\w-]+ )?{_SITE_RU}", rf"доставил~ (?:[\w-]+ ){{0,2}}в (?:[\w-]+ )?{_SITE_RU}",
        rf"увез~ (?:[\w-]+ ){{0,2}}в {_SITE_RU}", "увезл~", "арестова~", "автозак~", r"взят~ под страж~",
        r"продержа~ (?:[\w-]+ ){0,3}в (?:оцеплени|кольц)~", r"(?:окружил|взял)~ (?:[\w-]+ ){0,2}(?:плотн~ )?кольц~",
        "detain~", "detention~", "arrest~", "taken into custody", "rounded up", "kettl~", "hauled", "bundled into",
        r"(?:taken|brought|dragged) (?:away )?to (?:a |the )?(?:police|court)~", "taken away by police", "in police custody",
        r"(?:briefly )?held (?:by (?:the )?police|in (?:police )?custody|overnight)",
        "ұстал~", "ұстады", "ұстап ал~", "ұстап әкет~", "қамауға ал~", "қамауға алын~",
        "кармалды", "кармалган~", "кармалып~", "кармашты", "кармады", "кармап~", "камакка ал~", "камакка алын~",
        "ushland~", "ushlang~", "ushlab~", "qo'lga olin~", "qo'lga ol~", "hibsga ol~", "ушлан~", "ушлаб~", "қўлга олин~",
        "ҳибсга ол~", "боздошт~", "дастгир~", "ба ҳабс гирифт~",
    ),
    "dispersal": (
        "разогна~", "разгон~", "разгоня~", "вытесн~", "оттесн~", "разойтись", r"очистил~ (?:[\w-]+ ){0,1}площад~",
        "pushed back", "dispers~", "broke up", "broken up", r"cleared (?:the )?(?:square|protesters|area|road|street|camp)~",
        r"forced (?:them|the protesters|the demonstrators|people) to (?:leave|disperse)",
        "таратты", "таратыл~", "тарат~", "тараттып~", "таркат~", "tarqat~", "тарқат~", "пароканда~",
        r"тарау~ (?:[\w-]+ ){0,1}(?:талап|бұйыр|үнде|айт|сұра)~", "тарасын",
    ),
    "force_violence": (
        "слезоточив~", "резинов~ пул~", "светошумов~", "избил~", "избиени~", "избит~", "избива~", "дубинк~", "применил~ силу",
        "применени~ силы", "с применением силы", "огнестрел~", "стрельб~", "открыл~ огонь", "водомет~", r"стрел~ в воздух",
        r"(?:специальн|спец)~ средств~", "спецсредств~", "перцов~", "насильно", r"силой (?:разогна|вытесн|затолка)~",
        r"fired (?:[\w-]+ ){0,2}(?:in|into) the air", "warning shots", r"силов~ (?:операци|разгон)~",
        "tear gas", "tear-gas", "rubber bullet~", "stun grenade~", "flash-bang~", "pepper spray", "beat~", "beaten", "batons",
        "truncheon~", "used force", "use of force", "forcibl~", "by force", "opened fire", "fired on", "fired at", "shot at",
        "gunfire", "water cannon~", "live ammunition",
        "күш қолдан~", "соққы~", "атыс~", "күч колдон~", "сабап~", "сабаш~", "ок атыл~", "ок чыгар~",
        r"көз~ жас~ (?:[\w-]+ ){0,1}газ~", r"көз~ жаш~ (?:[\w-]+ ){0,1}газ~", "резеңке оқ~", "резина оқ~", "резина ок~", "желим ок~",
        "kuch ishlat~", "куч ишлат~", "kaltak~", "калтак~", r"ko'z~ yosh~ (?:[\w'-]+ ){0,1}gaz~", r"кўз~ ёш~ (?:[\w-]+ ){0,1}газ~",
        "rezina o'q~", "o'q uzil~", "ўқ узил~", "гази ашковар~", "тирпаррон~",
    ),
    "fatalities": (
        "погиб~", "гибел~", "убит~", "убил~", "скончал~", "смерт~", "жертв~", "killed", "died", "dead", "death toll",
        "deaths", "fatalit~", "lost their lives", "shot dead",
        "қаза тап~", "қаза болды", "қайтыс бол~", "мерт болд~", "каза болд~", "өлтүр~", "набыт болд~", r"өмүр~ кыйыл~",
        "курман бол~", "halok~", "ҳалок~", "vafot~", "вафот~", "o'ldiril~", "ўлдирил~", "ҳалок шуд~", "кушта~",
    ),
    "fine": (
        "штраф~", "оштраф~", "fined", "fine of", "fines", "a fine", "fining", "айыппұл~", "айып пул~", "айып салын~",
        "жарима~", "jarima~", "ҷарима~",
    ),
    "administrative_arrest": (
        r"\d+ (?:[\w-]+ ){0,1}сут~", r"(?:десят|пят|трое|семь|пятнадцать|десять)~ сут~", "административн~ арест~",
        r"\d+ days? (?:in jail|of (?:administrative )?(?:arrest|detention|jail|prison)|in detention|in prison)",
        r"(?:jailed|sentenced|imprisoned) (?:[\w-]+ ){0,2}(?:for|to) \d+ days", r"(?:five|ten|seven|three|fifteen|\d+)-day~",
        "administrative arrest~", r"\d+ тәулік~", r"\d+ сутка~", r"\d+ sutka~", "әкімшілік қамау~", "административдик камак~",
        r"\d+ күнгө (?:[\w-]+ ){0,3}(?:камак|камоо|камал|эркин~ ажырат)~", r"\d+ (?:күн|сутка)~ (?:[\w-]+ ){0,1}камак~", "ma'muriy qamoq~", "маъмурий қамоқ~",
        r"\d+ шабонарӯз~", "ҳабси маъмурӣ",
    ),
    "criminal_charge": (
        r"уголовн~ дел~", r"возбу~ (?:[\w-]+ ){0,2}дел~", r"уголовн~ преследовани~", r"criminal (?:case|charge|investigation|proceeding)~",
        r"charged with", "indicted", r"обвинени~ в (?:организац|участи|призыв|разжиган|массов|хулиган)~",
        r"қылмыстық іс~", r"кылмыш иш~", r"jinoyat ish~", r"жиноят иш~", r"парвандаи ҷиноӣ",
    ),
    "dialogue_meeting": (
        rf"встрети~ (?:[\w-]+ ){{0,2}}(?:с )?{_PROTESTERS_RU}", rf"встреч~ с {_PROTESTERS_RU}", rf"вышел~ к {_PROTESTERS_RU}",
        r"к (?:протестующ|митингующ|участник|собравш|людям|жител|бастующ)~ (?:[\w-]+ ){0,2}(?:вышел|вышла|вышли|приехал|приехали|прибыл)~",
        rf"(?:пообщал|побеседовал|поговорил|разговарива)~ с {_PROTESTERS_RU}", rf"приехал~ к {_PROTESTERS_RU}",
        r"(?:принял|приняли)~ (?:[\w-]+ ){0,1}(?:делегац|представител|инициативн)~",
        r"(?:аким|хоким|мэр|глава|губернатор|министр|заместител)~ (?:[\w-]+ ){0,4}(?:выслуша|пообща|побесед|переговор|приня)~",
        rf"переговор~ с {_PROTESTERS_RU}", r"провел~ (?:[\w-]+ ){0,1}встреч~",
        r"(?:контакт|диалог|переговор|разговор|встреч)~ с (?:[\w-]+ ){0,1}(?:чиновник|власт|представител|акимат|аким|хоким|официальн)~",
        r"(?:dialogue|contact|talks) with (?:[\w-]+ ){0,1}(?:officials|authorities|the akimat|the mayor|the governor)",
        r"довел~ до (?:[\w-]+ ){0,2}(?:аким|хоким|власт|руководств|мэр|губернатор|министр)~",
        r"(?:аким|хоким|глава|губернатор|мэр|министр|заместител|руководител|чиновник|представител)~ (?:[\w-]+ ){0,5}(?:прибыв|прибыл|приехал|приехав|вышел|выйдя)~",
        r"(?:official|governor|mayor|akim|hokim|minister|deputy)~ (?:[\w-]+ ){0,5}arrived (?:at|on) the (?:scene|site|square)",
        r"heard (?:[\w-]+ ){0,2}complaints", r"listened to (?:the )?(?:protesters|demands|complaints|residents)",
        r"exchange~ (?:[\w-]+ ){0,3}(?:officials|authorities|the akim|the mayor)",
        rf"met (?:with )?{_PROTESTERS_EN}", rf"(?:spoke|talked) (?:to|with) {_PROTESTERS_EN}",
        rf"addressed (?:the |a )?(?:[\w-]+ ){{0,2}}{_PROTESTERS_EN}", r"came (?:out )?to talk",
        rf"(?:official|akim|mayor|governor|minister|hokim|deputy|head|speaker)~ (?:[\w-]+ ){{0,4}}(?:came|went) out to {_PROTESTERS_EN}",
        "talks with", rf"negotiat~ with {_PROTESTERS_EN}", r"held (?:a )?meeting with",
        r"(?:әкім|орынбасар|министр|өкіл)~ (?:[\w-]+ ){0,4}(?:сөйлес|шығып|жауап бер|тыңда)~",
        r"(?:аким|мэр|өкүл|министр|башчы)~ (?:[\w-]+ ){0,4}(?:чыгып|угуп)~",
        r"(?:hokim|vazir|rahbar)~ (?:[\w'-]+ ){0,4}(?:suhbat|chiqib)~",
    ),
    "concession": (
        "пообеща~", "обеща~", "уступ~", r"отменил~ (?:[\w-]+ ){0,1}(?:решени|приказ|постановлени|повышени|снос|строительств)~",
        r"отказал~ (?:[\w-]+ ){0,1}от (?:план|решени|строительств|иде|повышени|снос)~", r"приостанов~ (?:строительств|работ|снос|решени|действи)~",
        "снизил~ цен~", "снижени~ цен~", r"выплат~ (?:[\w-]+ ){0,3}(?:задолженн|зарплат|долг|компенсац)~", r"обязал~ (?:[\w-]+ ){0,3}выплат~",
        r"поручил~ (?:[\w-]+ ){0,3}(?:выплат|решить|вернуть|восстанов|пересмотр)~", "погаси~ задолженн~", "повыс~ зарплат~",
        "удовлетвор~", r"пошли навстречу",
        "promised", "promise~", "agreed to", "conceded", "concession~", "reversed", "backtrack~", "scrapped", "u-turn",
        r"(?:withdrew|suspended|dropped|halted) (?:the|its|their|a) (?:[\w-]+ ){0,1}(?:plan|decision|proposal|project|construction|amendment|bill|increase|hike)~",
        r"(?:lowered|cut|reduced) the price~", "reinstated", "cancel~ the decision", "pay the wage~", "raise~ wages", "pledged",
        r"ordered (?:[\w-]+ ){0,3}to pay", r"(?:will|would) (?:remain|be kept|stay) unchanged",
        "уәде~", "убада~", "ваъда~", "va'da~", r"кайтар~ (?:[\w-]+ ){0,1}чечим~", "бекор қил~", "bekor qil~", "бекор кард~",
        r"(?:талап|талаб|talab)~ (?:[\w-]+ ){0,2}(?:орындал|аткарыл|qondiril|bajaril)~", "қанағаттандыр~", "канааттандыр~", "жокко чыгар~",
        "начал~ выплачива~", r"(?:предложено|предложил~|поручено|обязан~) (?:[\w-]+ ){0,2}выплат~", r"(?:began|started) paying",
        "төлей бастады", r"жалақы~ (?:[\w-]+ ){0,2}төлен(?:ді|ген)~", r"айлык~ (?:[\w-]+ ){0,2}төлө(?:ндү|нгөн|п бер)~",
        "o'zgarishsiz qol~", "ўзгаришсиз қол~", "өзгеріссіз қал~", "өзгөрүүсүз кал~",
    ),
    "monitoring": (
        "оцепил~", "оцеплени~", "оцеплен~", r"наблюдал~", r"полицейск~ (?:[\w-]+ ){0,3}(?:дежур|следил|присутств|снимал|стоял)~",
        r"снимал~ (?:[\w-]+ ){0,1}на (?:видео|камер)~", "громкоговорител~", "мегафон~",
        r"не пуска~", r"не пустил~", r"перекрыл~ (?:[\w-]+ ){0,2}(?:доступ|подход|вход)~", "в штатском", r"огородил~", r"ограждени~",
        r"попросил~ (?:[\w-]+ ){0,2}(?:уйти|покинуть)",
        r"police (?:[\w-]+ ){0,3}(?:watched|monitored|filmed|present|stood|cordon~|surrounded|blocked|guarded|warned|followed)",
        "cordon~", "filmed", "plainclothes", "plain-clothes", "plain clothes", "loudspeaker~", "megaphone~", r"blocked access",
        "heavy police presence", "police presence", "barricad~", "sealed off",
        r"(?:asked|told|ordered) (?:them|him|her|the protesters|the activists|the picketers) to (?:leave|go home)",
        "полиция қызметкерлері бақыла~", "бақыла~", "кордон~", "көзөмөл~", "nazorat~", "назорат~",
        r"қоршау~ ал~", r"курчоо~ ал~", "киргизбей~", "кіргізбе~", "жібермеді", "өткізбе~", "өткөрбө~", "o'tkazma~", "ўтказма~",
        r"бейне~ түсір~", r"o'rab ol~",
    ),
    "internet_shutdown": (
        r"(?:отключ|блокир|ограничи|замедл)~ (?:[\w-]+ ){0,2}(?:интернет|мобильн~ связ|мессенджер|соцсет)~",
        r"интернет~ (?:[\w-]+ ){0,2}(?:отключ|блокир|недоступ|не работал)~",
        r"internet (?:[\w-]+ ){0,4}(?:cut|shut|blocked|down|outage|disrupt|restricted|throttl)~", "internet shutdown~",
        r"интернет~ (?:[\w-]+ ){0,2}(?:өшір|ажырат|өчүр|қатъ|хомӯш)~", r"internet~ (?:[\w-]+ ){0,2}o'chir~",
    ),
})

#: Meeting verbs of the Turkic languages and Tajik that report a dialogue only when the sentence names
#: the protesters or their action (officials also "meet" deputies, veterans and the press).
CROWD_DIALOGUE_CUES = Lexicon({
    "dialogue_meeting": (
        "кездес~", "сөйлес~", "жолугу~", "жолукт~", "сүйлөш~", "учраш~", "uchrash~", "мулоқот~", "muloqot~", "вохӯр~",
        "suhbat~", "суҳбат~",
    ),
})

#: Warnings that count as monitoring only when the police or another authority gives them.
WARNING_CUES = Lexicon({
    "monitoring": (
        "предупрежд~", "предупреди~", "предостерег~", "warned", "ескерт~", "эскерт~", "ogohlantir~", "огоҳлантир~", "огоҳ кард~",
    ),
})

#: Authorities other than the police whose warnings and orders are a response.
AUTHORITY_CUES = Lexicon({
    "authority": (
        "прокурат~", "прокурор~", "акимат~", "аким~", "власт~", "мвд", "хокимият~", "мэри~", "authorities", "officials",
        "prosecutor~", "akimat~", "mayor~", "әкімдік~", "әкім~", "прокуратура~", "акимчилик~", "бийлик~", "билік~", "hokimlik~",
        "hokimiyat~", "prokuratura~", "мақомот~", "ҳокимият~", "ички иштер~", "ішкі істер~", "ichki ishlar~",
    ),
})

#: "Took away" verbs that report a detention only when police are named in the same sentence.
TAKEAWAY_CUES = Lexicon({
    "detention": (
        "алып кет~", "әкетті", "әкетіп~", "алып барды", "алып барышты", "olib ket~", "олиб кет~", "took away", "taken away",
        r"бөлім~ (?:[\w-]+ ){0,1}(?:жеткіз|апар)~",
    ),
})

#: Police or security forces named on the scene (used for "monitoring" when nothing more is reported).
POLICE_CUES = Lexicon({
    "police": (
        "полици~", "полицейск~", "милици~", "силовик~", "спецназ~", "омон~", "police", "policemen", "riot police",
        "security forces", "law enforcement", "полиция~", "полицейлер~", "милиция~", "militsiya~", "politsiya~",
        "полиция қызметкер~", "милиция кызматкер~", "правоохранительн~", "тәртіп сақшы~", "укук коргоо~", "милиса~",
    ),
})
