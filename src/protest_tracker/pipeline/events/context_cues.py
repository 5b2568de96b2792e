"""Context cues that decide whether a response cue reports a response to *this* protest.

A word such as "задержан" or "detained" is not a state response when it is denied ("никого не
задержали"), hypothetical ("could face a fine", "ушланиши мумкин"), what the protesters demand
("требуя освобождения задержанных", "бошотууну талап кылышты"), what caused the protest ("after
the arrest of"), who the protesters are ("relatives of those detained") or an older case ("ранее
задержанный"). Word lists are written for folded text (lower case, ё→е, ``'`` apostrophes); the
Lexicons at the end take their words from the language packs (:mod:`protest_tracker.pipeline.lang`).
"""

from __future__ import annotations

import re

from protest_tracker.pipeline.lang import words
from protest_tracker.pipeline.lexicon import Lexicon

_W = r"[\w'-]+"

#: Negation within three words before the cue.
NEGATION_BEFORE = re.compile(
    rf"(?<![\w'])(?:не|ни|нет|без|никого|никто|not|n't|no|never|nobody|without|none|was not|were not)"
    rf"\W+(?:{_W}\W+){{0,2}}$"
)
#: Negation right after the cue ("задержаний не было", "кармалган жок", "ushlangani yo'q").
NEGATION_AFTER = re.compile(
    rf"^(?:{_W})?\W+(?:{_W}\W+){{0,2}}?(?:не было|не последовал|не зафиксирован|не пришл\w*|не пришел|не вышл\w*|"
    rf"не вышел|не явил\w*|не приехал\w*|жоқ|жок|yo'q|йўқ|нест)(?![\w'])"
)
#: Negative verb forms of the Turkic languages (-ма/-ба/-ma inside the verb), read inside the cue
#: ("талаптары орындалмаған": the demands were not met).
NEGATED_FORM = re.compile(
    r"(?:ұсталма|ұстамады|ұстамаған|кармалба|кармаба|камакка алынба|ushlanma|ushlama|ушланма|ушлама|"
    r"qo'lga olinma|қўлга олинма|таратылма|тарқатылма|таркатылба|tarqatilma|тарқатилма|төленбе|төлемеді|төлөнбө|to'lanma|"
    r"орындалма|аткарылба|bajarilma|бажарилма|qondirilma|қондирилма|қанағаттандырма|канааттандырба|qanoatlantirilma|"
    r"қаноатлантирилма|"
    # an official who did not meet, talk to or come out to the protesters
    r"кездеспе|кездесуден бас тарт|жолықпа|сөйлеспе|шықпады|шықпаған|жолукпа|сүйлөшпө|чыкпады|чыкпаган|"
    r"uchrashma|учрашма|gaplashma|гаплашма|chiqmadi|чиқмади)"
)
#: A negation inside a meeting cue's own words ("министр на встречу не вышел", "did not meet"); not
#: for every response: "не пускали" (police kept people out) is itself a cue of monitoring.
NEGATED_INSIDE = re.compile(r"(?<![\w'])(?:не|not|never)\s|n't\s")
#: A threat, a possibility, a plan or a legal norm within five words before the cue.
HYPOTHETICAL_BEFORE = re.compile(
    rf"(?<![\w'])(?:грозит|грозят|грозило|может|могут|могли бы|могли|could|may be|may face|might|would|will|face|faces|facing|"
    rf"punishable|punished|threaten\w*|угрож\w*|пригрозил\w*|предусматрива\w*|предусмотрен\w*|чревато|risk\w*|если|if|"
    rf"unless|планиру\w*|намерен\w*|ожида\w*|expected|plans? to|intend\w*|прогноз\w*|возможн\w*|possible)"
    rf"\W+(?:{_W}\W+){{0,8}}$"
)
#: A possibility or threat right after the cue (Turkic order: "ушланиши мумкин", "қамалуы мүмкін").
HYPOTHETICAL_AFTER = re.compile(
    rf"^(?:{_W})?\W+(?:{_W}\W+){{0,1}}?(?:мүмкін|мүмкүн|mumkin|мумкин|ықтимал|ehtimol|эҳтимол|деп қорқыт|деп коркут|qo'rqit)"
)
#: The cue is what the protest asks for or reacts to (within three words before it).
CAUSE_BEFORE = re.compile(
    rf"(?<![\w'])(?:требу\w*|требова\w*|потребова\w*|потребу\w*|demand\w*|ask\w* for|request\w*|calling for|called for|urg\w*|"
    rf"в знак протеста|in protest at|angry at|angered by|outraged by|возмущ\w*|недовольн\w*|"
    rf"родственник\w*|relatives of|families of|family members of|фабрикац\w*|сфабрикова\w*|fabricat\w*|репресси\w*|repression\w*)\W+(?:{_W}\W+){{0,2}}$"
)
#: "after the arrest of", "после задержания": the detention caused the protest.
CAUSE_RIGHT_BEFORE = re.compile(r"(?<![\w'])(?:(?:over|из-за|против|against|protesting)\W+(?:the\W+)?"
                                r"|(?:after|после|following)\W+(?:[\w'-]+\W+){0,3})$")
#: The response belongs to an earlier protest ("detained over last month's protests").
OLDER_AFTER = re.compile(r"(?:last (?:month|year)'s|прошлого (?:месяца|года)|прошлогодн\w*|earlier protests?|"
                         r"предыдущ\w+ (?:акци|митинг)\w*|өткен (?:айдағы|жылғы)|өткөн (?:айдагы|жылкы))")
#: Release words earlier in the clause: the detention is what the protesters want undone. A release
#: that happened ("police released the activists who had been detained", "освободили задержанных")
#: is not one of them: the detention took place.
RELEASE_IN_CLAUSE = re.compile(
    r"(?<![\w'])(?:release(?![\w'])|releasing|освобождени\w*|освободить|отпустить|выпустить|free the|freedom for|"
    r"бошот\w*|босат\w*|ozod|озод)"
)
#: Turkic postpositions and verbs after the cue that make it a demand or a cause.
CAUSE_AFTER = re.compile(
    rf"^(?:{_W})?\W+(?:{_W}\W+){{0,2}}?(?:талап|talab|талаб|қарсы|каршы|qarshi|қарши|зидди|наразы|нааразы|norozi|норози|"
    rf"туыс|тууган|qarindosh|қариндош|по делу|по делам|по статье)"
)
#: A warning the protest went ahead *despite* was given before it: no response to it
#: ("несмотря на предупреждения прокуратуры", "despite warnings", "ескертуіне қарамастан").
WARNING_WORD = re.compile(r"(?:предупре|warn|ескерт|эскерт|огоҳлантир|ogohlantir)")
DESPITE_BEFORE = re.compile(rf"(?<![\w'])(?:несмотря на|вопреки|despite|in spite of)\W+(?:{_W}\W+){{0,3}}$")
DESPITE_AFTER = re.compile(
    rf"^(?:{_W})?\W+(?:{_W}\W+){{0,1}}?(?:қарамастан|қарамай|карабастан|карабай|qaramasdan|қарамасдан|qaramay)"
)
#: Words that place a response in an older case or in the past before this protest.
OLDER_IN_CLAUSE = re.compile(
    r"(?<![\w'])(?:ранее|прежде|previously|earlier this|last year|years ago|лет назад|в прошлом году|"
    r"былтыр|өткен жылы|o'tgan yili|ўтган йили|бұрын|мурда)(?![\w'])"
)
#: Protesters continuing or returning: their own promise is no concession.
PROTESTER_PROMISE_AFTER = re.compile(
    r"(?:стоять|продолж\w*|не уйд\w*|не расход\w*|вернуться|выйти|вывест\w*|вывод\w*|собрать|bring|continue|keep|stay|"
    r"return|protest\w*|rally|"
    r"hold (?:a|another)|митинг\w*|акци\w*)"
)
#: Unkept promises are a grievance, not a concession.
BROKEN_PROMISE = re.compile(
    r"(?:не выполн\w*|не сдерж\w*|невыполн\w*|broken|unfulfilled|failed to|did not|didn't|never|не исполн\w*|"
    r"орындалмаған|аткарылбаган|bajarilmagan)\W+(?:[\w'-]+\W+){0,3}$"
)

#: A sentence about a protest, a clash or the security forces: deaths in it are the protest's.
VIOLENT_CONTEXT = Lexicon({"violent": words("VIOLENT_CONTEXT")})
#: Deaths that are not the protest's: in custody, accidents, fires, illness, anniversaries.
NOT_PROTEST_DEATH = Lexicon({"other_death": words("OTHER_DEATH_CONTEXT")})
#: Words naming the protesters or their action, required by the loose Turkic meeting verbs.
CROWD_WORDS = Lexicon({"crowd": words("CROWD_WORDS")})
