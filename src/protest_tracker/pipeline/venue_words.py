"""Venue phrases in English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik (for ``venues``).

Each entry is ``(label, venue type, patterns)``; a pattern is a regular expression matched
case-insensitively at word boundaries (``\\w*`` after a stem takes any case ending). Patterns
written ``(?-i:...)`` are case-sensitive (abbreviations such as ОВД). Earlier entries win over
later ones that cover the same words, so specific venues come before generic ones.
"""

from __future__ import annotations

_CHINA = r"(?:КНР|Китая|Китайской Народной Республики|China|PRC|Қытай(?:дың)?|ҚХР|Кытай(?:дын)?|Xitoy|Хитой)"
_RUSSIA = r"(?:России|РФ|Российской Федерации|Russia|Ресей(?:дің)?|Орусия(?:нын)?|Rossiya)"
_USA = r"(?:США|АҚШ|АКШ|AQSH|U\.?S\.?|United States|American|американск\w+)"

VENUES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Chinese consulate", "foreign_mission", (
        rf"(?:генеральн\w+ |ген)?консульств\w* {_CHINA}", r"китайск\w+ (?:ген)?консульств\w*",
        r"Chinese (?:general )?consulate(?: general)?", r"consulate(?:[- ]general)? of (?:the )?(?:People's Republic of )?China",
        rf"{_CHINA} (?:бас )?консулдығ\w*", rf"{_CHINA} (?:башкы )?консулдуг\w*",
        rf"{_CHINA} (?:bosh )?konsulxona\w*", r"PRC consulate")),
    ("Chinese embassy", "foreign_mission", (
        rf"посольств\w* {_CHINA}", r"китайск\w+ посольств\w*", r"Chinese embassy",
        r"embassy of (?:the )?(?:People's Republic of )?China", rf"{_CHINA} елшілі\w*",
        rf"{_CHINA} элчилиг\w*", rf"{_CHINA} elchixona\w*")),
    ("Russian embassy", "foreign_mission", (
        rf"посольств\w* {_RUSSIA}", r"российск\w+ посольств\w*", r"Russian embassy",
        r"embassy of (?:the )?Russia(?:n Federation)?", rf"{_RUSSIA} елшілі\w*",
        rf"{_RUSSIA} элчилиг\w*", rf"{_RUSSIA} elchixona\w*")),
    ("US embassy", "foreign_mission", (
        rf"посольств\w* {_USA}", rf"{_USA} (?:embassy|посольств\w*)",
        r"embassy of the United States", rf"{_USA} елшілі\w*", rf"{_USA} элчилиг\w*")),
    ("UN office", "foreign_mission", (
        r"(?-i:UN|UNDP|ООН|ПРООН|БҰҰ|БУУ|BMT)(?: office\w*| buildings?)?", r"United Nations office\w*",
        r"офис\w* (?-i:ООН)", r"представительств\w* (?-i:ООН)")),
    ("embassy", "foreign_mission", (r"посольств\w*", r"embass(?:y|ies)", r"елшілі\w*",
                                    r"элчилиг\w*", r"elchixona\w*", r"сафорат\w*")),
    ("consulate", "foreign_mission", (r"(?:ген)?консульств\w*", r"consulate(?:[- ]general)?",
                                      r"консулдығ\w*", r"консулдуг\w*", r"konsulxona\w*")),
    ("White House", "national_government_building", (
        r"(?-i:Бел(?:ый|ого|ом|ому|ым) дом\w*)", r"(?-i:White House)", r"(?-i:Ак үй\w*)")),
    ("Ak Orda", "national_government_building", (r"Ак ?Орд\w*", r"Ақорда\w*", r"Ak ?Orda",
                                                  r"Ақ Орда\w*")),
    ("Jogorku Kenesh", "national_government_building", (r"Жогорку Кеңеш\w*", r"Жогорку Кенеш\w*",
                                                         r"Jogorku Kenesh")),
    ("parliament", "national_government_building", (
        r"парламент\w*", r"parliament\w*", r"(?-i:Мажилис\w*|Мәжіліс\w*|Mazhilis|Majilis)",
        r"Oliy Majlis\w*", r"Олий Мажлис\w*", r"Маҷлиси Олӣ", r"Маджлиси Оли")),
    ("Government House", "national_government_building", (
        r"(?:здани\w*|Дом\w*) правительства", r"Government House", r"government building\w*",
        r"House of Government", r"Үкімет үй\w*", r"Өкмөт үй\w*", r"House of Ministries",
        r"Дом\w* министерств")),
    ("presidential administration", "national_government_building", (
        r"администраци\w* президента", r"presidential (?:administration|office|residence|palace)",
        r"Президент әкімшілі\w*", r"Президенттин администрация\w*", r"резиденци\w* президента")),
    ("GKNB building", "national_government_building", (
        r"(?-i:ГКНБ|КНБ|ҰҚК|УКМК|GKNB|KNB|ДХДА|СГБ)",
        r"State Committee for National Security", r"Committee for National Security")),
    ("ministry", "national_government_building", (r"министерств\w*", r"ministr(?:y|ies)",
                                                   r"министрлі\w*", r"министрлиг\w*",
                                                   r"vazirlig\w*", r"вазорат\w*")),
    ("akimat", "local_government_building", (
        r"акимат\w*", r"akimat\w*", r"әкімдік\w*", r"әкімдіг\w*",
        r"әкімшілі\w*", r"akimdik\w*", r"акимчилиг\w*", r"акимчилик\w*", r"облыстық әкімдік\w*", r"аудандық әкімдік\w*")),
    ("hokimiyat", "local_government_building", (r"(?:хокимият|ҳокимият)\w*", r"hokimiyat\w*",
                                                 r"hokimlig\w*", r"khokimiyat\w*",
                                                 r"ҳукумат\w*", r"hukumat\w*")),
    ("ayil okmotu", "local_government_building", (r"айыл өкмөт\w*", r"ayil okmotu",
                                                   r"aiyl okmotu")),
    ("city administration", "local_government_building", (
        r"мэри\w*", r"city hall", r"mayor'?s office", r"горадминистраци\w*",
        r"администраци\w* города", r"city administration", r"городск\w+ администраци\w*",
        r"шаардык мэрия\w*")),
    ("regional administration", "local_government_building", (
        r"областн\w+ администраци\w*", r"облгосадминистраци\w*",
        r"(?:regional|provincial|district|local) (?:administration|government building|governor'?s office)\w*",
        r"governor'?s office", r"администраци\w* (?:области|района)", r"районн\w+ администраци\w*",
        r"облусттук администрация\w*", r"райондук администрация\w*")),
    ("Old Square", "square", (r"Old Square", r"Стар\w+ площад\w*", r"Ескі алаң\w*")),
    ("Ala-Too Square", "square", (r"Ala-?Too [Ss]quare", r"площад\w* Ала-?Тоо",
                                  r"Ала-?Тоо аянт\w*")),
    ("Republic Square", "square", (r"Republic Square", r"площад\w* Республики",
                                   r"Республика алаң\w*")),
    ("Independence Square", "square", (r"Independence Square", r"площад\w* Независимости",
                                       r"Тәуелсіздік алаң\w*", r"Mustaqillik maydon\w*")),
    ("Astana Square", "square", (r"площад\w* Астана", r"Astana Square")),
    ("Amir Temur Square", "square", (r"Amir Temur (?:Square|xiyoboni)", r"сквер\w* Амира Темура")),
    ("central square", "square", (r"центральн\w+ площад\w*", r"central square",
                                  r"орталық алаң\w*", r"борбордук аянт\w*", r"markaziy maydon\w*")),
    ("square", "square", (r"площад\w*(?![\s\w.]{0,12}\d)", r"алаң\w*", r"аянт\w*", r"maydon\w*",
                          r"square(?! (?:met|kilomet|feet|foot|km|miles))", r"майдон\w*")),
    ("court", "court", (r"суд|суда|суде|суду|судом|суды|судов|судах|судам",
                        r"court(?:house|room)?s?", r"сот|сотқа|сотта|соты|сотының|сотына|сотында|сотынан",
                        r"сотко|сотто|соту|сотунда", r"sud|sudi|sudda|sudga|sudiga|sudida",
                        r"суди|судида")),
    ("police station", "police_station", (
        r"отдел\w* полиции", r"(?:районн\w+ )?(?:управлени\w*|департамент\w*) полиции",
        r"(?-i:РОВД|ОВД|УВД|ДВД|РУВД|ГУВД|ДП)", r"police (?:station|department|headquarters)\w*",
        r"полиция бөлім\w*", r"милиция бөлүм\w*", r"ички иштер бөлүм\w*",
        r"(?-i:IIB|ИИБ|ИВС|СИЗО)", r"pre-?trial detention(?: cent(?:er|re))?",
        r"detention cent(?:er|re)", r"изолятор\w*", r"колони\w*", r"penal colony")),
    ("oil field", "workplace", (
        r"нефтян\w+ месторождени\w*", r"нефтегаз\w* месторождени\w*", r"газов\w+ месторождени\w*",
        r"oil ?fields?", r"gas fields?", r"oil and gas (?:condensate )?fields?",
        r"мұнай кен орн\w*", r"мұнай-газ кен орн\w*", r"нефт[иь] кен\w*",
        r"нефтепромысл\w*")),
    ("deposit", "workplace", (r"месторождени\w*", r"кен орн\w*", r"кен орд\w*")),
    ("mine", "workplace", (r"шахт\w*", r"рудник\w*", r"(?:coal|gold|copper|uranium) mines?",
                           r"кеніш\w*", r"кенич\w*")),
    ("factory", "workplace", (r"завод\w*", r"фабрик\w*", r"комбинат\w*", r"factor(?:y|ies)",
                              r"(?:metals|steel|cement|processing|power) plant", r"зауыт\w*",
                              r"zavod\w*")),
    ("company office", "workplace", (r"офис\w* компании", r"company(?:'s)? (?:head )?office\w*",
                                     r"company headquarters", r"head office")),
    ("highway", "street_road", (r"трасс\w*", r"автодорог\w*", r"автотрасс\w*", r"highway\w*",
                                r"тас жол\w*", r"автожол\w*", r"магистрал\w*", r"avtomagistral\w*",
                                r"автомобильн\w+ дорог\w*")),
    ("railway", "street_road", (r"железн\w+ дорог\w*", r"railway line\w*", r"rail(?:way)? tracks?",
                                r"темір жол\w*", r"темир жол\w*")),
    ("bridge", "street_road", (r"мост\w*", r"bridge\w*", r"көпір\w*", r"көпүр\w*")),
    ("street", "street_road", (r"улиц\w*", r"проспект\w*", r"бульвар\w*", r"street\w*",
                               r"avenue\w*", r"көше\w*", r"даңғыл\w*", r"көчө\w*", r"ko'cha\w*",
                               r"кӯча\w*")),
    ("railway station", "public_space", (r"вокзал\w*", r"railway station\w*", r"train station\w*",
                                         r"вокзал")),
    ("airport", "public_space", (r"аэропорт\w*", r"airport\w*", r"әуежай\w*")),
    ("park", "public_space", (r"парк\w*", r"(?-i:[A-Z]\w+ Park)", r"park", r"сквер\w*", r"саябақ\w*",
                              r"bog'i")),
    ("monument", "public_space", (r"памятник\w*", r"монумент\w*", r"monument\w*", r"memorial\w*",
                                  r"мемориал\w*", r"ескерткіш\w*", r"эстелик\w*", r"statue")),
    ("market", "public_space", (r"рын(?:ок|ка|ке|ку|ком)(?! труда)", r"базар\w*", r"bazaar\w*",
                                r"marketplace")),
    ("prosecutor's office", "public_space", (r"прокуратур\w*", r"prosecutor'?s office\w*",
                                             r"prosecutor general'?s office")),
    ("party headquarters", "public_space", (r"(?:party|campaign) (?:headquarters|office)",
                                            r"штаб\w* парти\w*", r"офис\w* парти\w*")),
)
