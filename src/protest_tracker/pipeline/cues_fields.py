"""Cues for the fields of an event: state responses, grievances, targets, participant groups, flags.

Labels are codebook codes (checked against :mod:`protest_tracker.codebook` by the tests).
"""

from __future__ import annotations

from protest_tracker.pipeline.cues_response import POLICE_CUES, STATE_RESPONSE_CUES
from protest_tracker.pipeline.lexicon import Lexicon

__all__ = ["FLAG_CUES", "GRIEVANCE_CUES", "GROUP_CUES", "POLICE_CUES", "STATE_RESPONSE_CUES", "TARGET_CUES"]


GRIEVANCE_CUES = Lexicon({
    "xinjiang_ethnic_kin": (
        "синьцзян~", "xinjiang~", "шыңжаң~", "шинжаң~", "sinjon~", r"лагер~ (?:[\w-]+ ){0,3}кита~",
        r"(?:camp|camps) in china", "re-education", "перевоспитани~", "atajurt", "атажұрт~", "уйгур~", "uyghur~", "uighur~",
    ),
    "china_economic": (
        r"китайск~ (?:[\w-]+ ){0,2}(?:завод|компани|предприяти|инвест|фабрик|рабоч|бизнес|кредит)~", r"экспанси~ кита~",
        r"chinese (?:[\w-]+ ){0,2}(?:factor|compan|invest|plant|mine|mining|workers|business|expansion|loan)~",
        r"(?:китай|кнр)~ (?:[\w-]+ ){0,3}(?:соглашени|договор|предприяти|завод|инвест|кредит)~",
        r"кытай~ (?:[\w-]+ ){0,4}(?:компания|завод|ишкан|инвест|макулдаш|келишим|кредит)~",
        r"қытай~ (?:[\w-]+ ){0,4}(?:компания|зауыт|инвест|кәсіпорын|келісім|несие)~", r"(?:china|chinese)~ (?:[\w-]+ ){0,3}(?:agreement|deal|projects?)~",
        r"(?:аренд|продаж)~ (?:[\w-]+ ){0,2}(?:земл)~ (?:[\w-]+ ){0,2}кита~", "sinophob~", r"xitoy~ (?:[\w'-]+ ){0,3}(?:kompaniya|korxona|zavod|investitsiya|kredit)~",
    ),
    "labour": (
        r"(?:задерж|невыплат|долг)~ (?:[\w-]+ ){0,2}(?:зарплат|заработн)~", "заработн~", "зарплат~", "увольнени~", "уволен~",
        "сокращени~ штат~", "профсоюз~", "условия труда", "трудов~", "нефтяник~", "wage~", "salar~", "unpaid", "layoff~",
        "laid off", "dismissal~", "fired workers", "trade union~", r"labou?r(?![\s-]+(?:party|and social|minist))~", "working conditions", "oil workers",
        "жалақы~", "айлык~", "эмгек акы~", "maosh~", "ish haqi~", "иш ҳақи~", "маош~", "мұнайшы~", "кәсіподақ~", "музд~",
    ),
    "wages_prices_economy": (
        r"(?:рост|повышени|подорожани|взлет)~ (?:[\w-]+ ){0,2}цен~", "подорожа~", r"цен~ на (?:газ|топлив|бензин|продукт|хлеб)~",
        "безработиц~", "кредит~", "микрокредит~", "долг~ перед банк~", "инфляци~", "бедност~", "price~", "fuel cost~",
        "cost of living", "unemploy~", "loan~", "debt~", "inflation", "poverty", "бағасы~", "қымбатта~", "баасы~",
        "кымбатта~", "narx~", "нарх~", "қарз~", "qarz~", "несие~",
    ),
    "housing_mortgage": (
        "жиль~", "ипотек~", "квартир~", "дольщик~", "общежити~", "housing", "dormitor~", "үй-жай~", "турак-жай~", "mortgage~", "apartment~", "homes",
        "баспана~", "тұрғын үй~", "пәтер~", "турак жай~", "батир~", "uy-joy~", "уй-жой~", "xonadon~",
    ),
    "land_property": (
        r"земельн~", r"(?:продаж|аренд|раздач|изъяти|отвод)~ (?:[\w-]+ ){0,2}земл~", "снос~", "снес~", "выселен~",
        "изъяти~", "land", "lands", "land plot~", "landowner~", "land code", "land reform~", "demolish~", "demolition~",
        "evict~", "expropriat~", "property rights", "private property", "their property", r"жер~ (?:[\w-]+ ){0,2}(?:сат|бер|жалға|кодекс|мәселе)~",
        "жер кодекс~", "жер маселе~", r"(?:uy|uylar|bino|xonadon|уй|уйлар|бино)~ (?:[\w'-]+ ){0,1}buz~",
        r"(?:уй|уйлар|бино|хонадон)~ (?:[\w-]+ ){0,1}буз~", "buzib tashla~", "бузиб ташла~", "ер~ майдон~", r"yer (?:[\w'-]+ ){0,1}(?:maydon|uchastka|sotish|ajrat)~", "yer maydon~", "қўчир~", "ko'chir~",
    ),
    "utilities": (
        "газ", "газа", "газом", "газу", "газоснабж~", "электричеств~", "электроэнерги~", "свет~ отключ~", r"отключени~ (?:[\w-]+ ){0,1}(?:свет|газ|вод|электр)~",
        "водоснабж~", "питьев~ вод~", "отоплени~", "тариф~", "коммунал~", "gas supply", "gas shortage~", "no gas",
        "electricity", "power cut~", "power outage~", "blackout~", "water supply", "drinking water", "heating", "tariff~",
        "utilit~", "электр~", "жарық~", "ауыз су~", "жылу~", "ичүүчү суу~", "gaz", "gazi", "gazsiz", "elektr~", "ичимлик сув~", "ichimlik suv~",
    ),
    "elections_political": (
        "выбор~", "голосовани~", "референдум~", "конституц~", "оппозиц~", "фальсифик~", "досрочн~", "отставк~", "власт~ уйти",
        "переименовани~", r"(?:атау|атын|nomini|названи)~ (?:[\w'-]+ ){0,2}(?:өзгерт|өзгөрт|o'zgartir|измен)~",
        r"қайта атау~", "атауға қарсы", "политическ~ реформ~", "election~", "vote~", "voting", "referendum~", "constitution~",
        "opposition", "resign~", "rigged", "fraud", "political reform~", "renam~", "сайлау~", "шайлоо~", "saylov~",
        "сайлов~", "референдум~", "конституция~", "konstitutsiya~", "отставка~", "кетсин", "кет!", "шал, кет", "шал кет",
    ),
    "corruption_justice": (
        "коррупц~", "несправедлив~", "произвол~", "беззакони~", "пытк~", "пытал~", "безнаказанн~", "справедлив~", "правосуди~",
        "неправомерн~", "corrupt~", "injustice", "unfair~", "torture~", "impunity", "justice", "police abuse", "abuse of power",
        "сыбайлас~", "әділет~", "әділдік~", "паракор~", "адилеттүү~", "адилет~", "korrupsiya~", "коррупция~", "adolat~", "адолат~",
        r"(?:punish|prosecut)~ (?:[\w-]+ ){0,2}(?:those )?responsible", "justice for",
        r"(?:those|people|officers|officials) responsible (?:[\w-]+ ){0,4}(?:be )?(?:punished|prosecuted)", r"наказа~ (?:[\w-]+ ){0,1}виновн~",
        r"виновн~ (?:[\w-]+ ){0,3}наказа~", r"расследова~ (?:[\w-]+ ){0,2}(?:гибел|смерт|убийств)~", r"investigat~ (?:[\w-]+ ){0,3}(?:killing|death|incident|shooting)~",
        r"расследовани~ (?:[\w-]+ ){0,2}(?:инцидент|происшестви|убийств)~",
        r"кінәлі~ (?:[\w-]+ ){0,3}жазала~", r"күнөөлүү~ (?:[\w-]+ ){0,3}жазала~", r"aybdor~ (?:[\w'-]+ ){0,3}jazola~",
        r"гунаҳкор~ (?:[\w-]+ ){0,4}ҷазо~", "police brutality",
    ),
    "detention_release": (
        "освобождени~", "освободить", "освободите", "отпустить", "отпустите", "выпустить", "выпустите", "на свободу", "политзаключ~",
        r"(?:задержани|арест)~ (?:[\w-]+ ){0,2}(?:активист|лидер|блогер|журналист|оппозиционер|депутат|политик)~",
        r"(?:detention|arrest) of (?:[\w-]+ ){0,3}(?:activist|leader|blogger|journalist|politician|opposition)~", "политическ~ заключ~", "release of", "releasing",
        r"release (?:the|their|his|her|him|them|all|political|jailed|detained|arrested|imprisoned)", "be released", "be freed",
        r"free (?:the|all|political|jailed|detained|arrested|him|her|them)", "freedom for", "political prisoner~",
        "босату~", "бостандыққа~", "бошотуу~", "бошотсун~", "ozod qil~", "озод қил~", "ozodlikka chiqar~", "озодликка чиқар~", "озод кун~",
    ),
    "covid": (
        "коронавирус~", "карантин~", "covid~", "ковид~", "пандеми~", "вакцин~", "прививк~", "qr-код~", "локдаун~",
        "coronavirus~", "quarantine~", "lockdown~", "pandemic~", "vaccin~", "коронавирус~", "вакцина~", "emlash~", "эмдөө~", "екпе~", "вакциналоо~",
    ),
    "environment": (
        "эколог~", "загрязн~", "выброс~", "свалк~", "вырубк~", "уран~", r"(?:добыч|разработк)~ (?:[\w-]+ ){0,2}(?:месторожд|руд|угл|золот)~",
        "environment~", "ecolog~", "pollution", "polluting", "toxic", "emissions", "landfill~", "deforest~", "uranium mining", r"(?:against|против|ban on|запрет~) (?:[\w-]+ ){0,3}(?:mining|mine|рудник|добыч|месторождени)~",
        "суу каптап~", "суу каптаган~", "су басқан~", "су тасқын~", "суу ташкын~", "suv toshqin~", "сув тошқин~",
        "uranium", "экология~", "экологиял~", "ekolog~", "қоршаған орта~", "айлана-чөйрө~", "табиғат~",
        r"сход~ (?:[\w-]+ ){0,1}сел~", "селев~", "оползн~", "наводнени~", r"стихийн~ бедстви~", r"пострадавш~ от стихии",
        "mudslide~", "landslide~", "flood~", "natural disaster~", "сел жүр~", "ko'chki~", "сел~ оқими~",
    ),
    "social_benefits": (
        "пособи~", "многодетн~", "пенси(?!онер)~", "льгот~", "соцвыплат~", r"социальн~ (?:выплат|помощ|поддержк)~", "адресн~ помощ~",
        "benefit~", "allowance~", "pension(?!er)~", "large families", "social assistance", "social support", "welfare",
        "жәрдемақы~", "көп балалы~", "көп балалуу~", "жөлөк пул~", "зейнетақы~", "пенсия~", "nafaqa~", "нафақа~", "ko'p bolali~",
        "кўп болали~", "нафақа~",
    ),
    "rights_freedoms": (
        r"свобод~ (?:слова|собрани|собраний|сми|вероисповедани|прессы)", r"права человека", "цензур~", r"прав~ женщин~",
        r"закон~ о (?:митинг|собрани)~", r"свобод~ (?:собраний|мирных собраний|выражения|прессы|совести)",
        r"freedom of (?:speech|assembly|expression|religion|the press)", "press freedom", "censorship", "women's rights", "human rights", "free speech",
        "right to assemble", "lgbt~", "равноправи~", "сөз бостандығы~", r"(?:жиналыс|ар-ождан|баспасөз) бостандығы~", "эркиндик~", "erkinlik~", "эркинлик~",
        "inson huquq~", "инсон ҳуқуқ~", "адам құқық~", "адам укук~", "ҳуқуқи инсон~",
    ),
    "interethnic": (
        "межэтнич~", "межнационал~", r"этническ~ (?:конфликт|столкнов|рознь|вражд)~", "interethnic", "inter-ethnic", "ethnic clash~",
        "ethnic tension~", "суверенитет~", "sovereignty", "autonomy", "автономи~", "ұлтаралық~", "улут аралык~", "millatlararo~",
        "мустақил~", "suverenitet~", r"(?:статус|maqom|мақом)~ (?:[\w'-]+ ){0,2}(?:каракалпак|qoraqalpog|қорақалпоғ)~",
        r"(?:каракалпак|qoraqalpog|қорақалпоғ)~ (?:[\w'-]+ ){0,3}(?:статус|maqom|мақом|суверенитет|suverenitet|мустақил|mustaqil)~",
    ),
    "other": (
        r"(?<!за\s)границ~", "пограничн~", "border~", "делимитац~", "против войн~", "антивоен~", r"войн~ (?:в|на|против) (?:украин|газ|палестин|израил)~",
        "вторжени~", "спецоперац~", "anti-war", "against the war", r"war (?:in|on|against) (?:ukrain|gaza|palestin|israel)~", "invasion", "украин~", "ukrain~", "палестин~",
        "palestin~", "газ~ сектор~", "gaza", "israel~", "израил~", "одкб", "csto", r"ввод~ войск~", "мобилизац~", "mobili[sz]~",
        "чек ара~", "чек-ара~", "чегара~", "chegara~", "шекара~", "соғыс~", "согуш~", "urush~", "уруш~", "сув~ масала~",
        "кемпир-абад~", "национализац~", r"nationali[sz]~", "customs union", r"таможенн~ союз~", "еаэс", "eaeu",
        r"eurasian (?:economic )?union", r"евразийск~ (?:экономическ~ )?союз~",
    ),
})

TARGET_CUES = Lexicon({
    "national_government": (
        "правительств~", "президент~", "министерств~", "минздрав~", "министр~", "парламент~", "мажилис~", "жогорку кенеш~",
        "ак ?орд~", "government", "president~", "ministry", "minister~", "parliament~", "cabinet",
        "үкімет~", "өкмөт~", "hukumat~", "ҳукумат~", "министрлі~",
    ),
    "local_government": (
        "аким~", "акимат~", "хоким~", "хокимият~", "мэр~", "мэри~", "администраци~", "губернатор~", "мэрия~", "akimat~", "akim",
        "hokim~", "mayor~", "city hall", "local authorit~", "local administration", "әкім~", "әкімдік~", "аким~", "мэрия~",
        "ҳоким~", "ҳокимият~", "hokimiyat~", "раис~ ноҳия~",
    ),
    "law_enforcement": (
        "полици~", "мвд", "кнб", "гкнб", "прокурат~", "прокурор~", "силовик~", "милици~", "police", "prosecutor~", "security service~",
        "ішкі істер~", "ички иштер~", "ички ишлар~", "ichki ishlar~", "militsiya~", "милиция~", "полиция~",
    ),
    "courts": ("суд", "суда", "судом", "суде", "судь~", "court~", "judge~", "сот~", "сотқа", "сотта~", "sud~", "суд~"),
    "foreign_state": (
        "консульств~", "посольств~", "consulate~", "embassy", "китай~", "кнр", "china", "chinese government", "beijing",
        "пекин~", "росси~", "russia~", "kremlin", "кремл~", "қытай~", "кытай~", "xitoy~", "хитой~", "елшілі~", "элчилик~",
    ),
    "company": (
        "компани~", "завод~", "предприяти~", "работодател~", "руководств~ (?:компании|предприятия|завода)", "фабрик~",
        "комбинат~", "рудник~", "тоо", "ао", "company", "employer~", "firm", "plant", "factory", "contractor~", "management",
        "компания~", "зауыт~", "кәсіпорын~", "ишкана~", "korxona~", "корхона~", "kompaniya~",
    ),
    "international_org": ("оон", "оон-", "un", "united nations", "ообсе", "osce", "мвф", "imf", "world bank", "всемирн~ банк~"),
})

GROUP_CUES = Lexicon({
    "relatives_of_detainees": (
        r"родственник~ (?:[\w-]+ ){0,3}(?:задерж|заключ|осужд|арест|в кита|пропавш|содержащ)~", "relatives of", "family members of",
        "туыстар~", "туысқан~", "туугандар~", "қариндош~", "qarindosh~", "родственник~", "relatives",
    ),
    "workers": (
        "рабоч~", "нефтяник~", "шахтер~", "горняк~", "сотрудник~ (?:компании|предприятия|завода)", "работник~", "медик~",
        "учител~", "врач~", "workers", "employees", "miners", "oil workers", "drivers", "teachers", "doctors", "nurses",
        "жұмысшы~", "мұнайшы~", "қызметкер~", "жумушчу~", "кызматкер~", "ishchi~", "ишчи~", "xodim~", "ходим~",
    ),
    "mothers_families": (
        "многодетн~", "матер~", "мамочк~", "женщин~ с детьми", "родител~", "mothers", "women with children", "parents", "families",
        "аналар~", "көп балалы~", "энелер~", "көп балалуу~", "onalar~", "оналар~", "аёллар~", "ayollar~", "ko'p bolali~",
    ),
    "borrowers_mortgage": ("ипотечник~", "заемщик~", "должник~", "дольщик~", "borrowers", "debtors", "mortgage holders", "несиегер~", "qarzdor~"),
    "residents": (
        "жител~", "жительниц~", "сельчан~", "местн~ населени~", "residents", "villagers", "locals", "local people", "inhabitants",
        "тұрғын~", "тургун~", "жашоочу~", "aholi~", "аҳоли~", "fuqaro~", "сокинон~", "тұрғындар~", "тургундар~",
    ),
    "students": ("студент~", "молодеж~", "students", "youth", "young people", "жастар~", "студенттер~", "жаштар~", "talaba~", "ёшлар~", "yoshlar~"),
    "opposition": (
        "оппозиц~", r"сторонник~ (?:[\w-]+ ){0,2}(?:партии|двк|движени|оппозиц|аблязов)~", "двк", "демократическ~ выбор~",
        "opposition", "supporters of", "party members", "dvk", "democratic choice", "оппозиция~", "жақтастар~", "тарапкер~", "muxolif~",
    ),
    "activists": (
        "активист~", "правозащит~", "журналист~", "блогер~", "activist~", "human rights defender~", "journalists", "bloggers",
        "белсенді~", "белсендилер~", "укук коргоочу~", "faol~", "фаол~", "журналистер~",
    ),
    "ethnic_community": ("памир~", "каракалпак~", "уйгур~", "дунган~", "pamiri~", "karakalpak~", "uyghur~", "uighur~", "dungan~", "қарақалпақ~", "qoraqalpoq~", "қорақалпоқ~"),
    "entrepreneurs": ("предпринимател~", "торговц~", "продав~", "водител~", "таксист~", "traders", "vendors", "entrepreneurs", "merchants", "business owners", "кәсіпкер~", "саудагер~", "ишкер~", "соодагер~", "tadbirkor~", "тадбиркор~", "sotuvchi~"),
    "farmers": ("фермер~", "дехкан~", "земледел~", "farmers", "farm workers", "шаруа~", "диыхан~", "деҳқон~", "dehqon~", "fermer~"),
    "pensioners": ("пенсионер~", "ветеран~", "pensioners", "retirees", "veterans", "зейнеткер~", "ардагер~", "пенсионерлер~", "nafaqaxo'r~"),
    "religious": ("верующ~", "мусульман~", "прихожан~", "believers", "muslims", "worshippers", "мұсылман~", "мусулман~", "dindor~"),
    "government_supporters": ("провластн~", "pro-government", "pro-kremlin", "in support of the president", "в поддержку президента"),
})

FLAG_CUES = Lexicon({
    "pro_government": (
        r"в поддержку (?:президента|главы государства|конституц|реформ|курса|токаев|мирзиёев|жапаров|рахмон|власт)~",
        r"(?:организованн|санкционированн)~ (?:[\w-]+ ){0,1}(?:властями|акиматом|хокимиятом)", "провластн~", "pro-government",
        r"in support of (?:the )?(?:president|government|constitution|reforms|authorities)",
        r"(?:government|state)-organi[sz]ed", r"қолдау~ (?:[\w-]+ ){0,2}(?:президент|үкімет)~", r"колдоо~ (?:[\w-]+ ){0,2}(?:президент|өкмөт)~",
        r"qo'llab-quvvatla~ (?:[\w-]+ ){0,2}(?:prezident)~",
    ),
    "aggregate": (
        "ежедневн~", r"каждый день", r"на протяжении (?:\d+|нескольк|многих)~ (?:дн|недел|месяц)~", r"(?:уже )?\d+-?(?:й|ой|ий) день",
        r"в течение (?:\d+|нескольк)~ (?:дн|недел|месяц)~", "daily", "every day", r"for (?:\d+|several|many) (?:days|weeks|months)",
        r"since (?:january|february|march|april|may|june|july|august|september|october|november|december)", "күн сайын", "күнү-түнү",
        "har kuni", "ҳар куни", r"\d+ (?:күн|кун)~ бойы~",
    ),
    "protester_violence": (
        r"(?:забросал|бросал|кидал)~ (?:[\w-]+ ){0,2}камн~", r"напал~ на (?:полиц|сотрудник)~", "подожгл~", "поджог~", "погром~",
        "штурм~", r"(?:threw|hurled|throwing) (?:[\w-]+ ){0,2}(?:stones|rocks|molotov)~", "attacked police", "set fire", "set on fire",
        "stormed", "looted", "arson~", "тас лақтыр~", "таш ыргыт~", "tosh ot~", "тош от~", "өртеп~", "өрттө~", "yondir~",
    ),
    "organiser": (
        r"организатор~", r"организова~", r"по призыву", r"по инициативе", r"organi[sz]ed by", r"organi[sz]er~", r"initiated by",
        r"ұйымдастыр~", r"уюштур~", r"tashkilotchi~", r"ташкилотчи~", r"uyushtir~",
    ),
    "demand": (
        r"требова~", r"с требованием", r"требуя", r"потребовал~", r"призыва~ (?:власти|правительств)~", r"demand~", r"calling for",
        r"called for", r"urging", r"asking for", r"талап~", r"talab~", r"талаб~", r"талапт~",
    ),
})
