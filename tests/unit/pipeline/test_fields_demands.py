"""What an event demanded: the clause after the cue in Russian and English, the clause before the
demand noun in the verb-final languages (sentences written for these tests)."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.fields.cues import FLAG_CUES
from protest_tracker.pipeline.fields.demands import demands
from protest_tracker.pipeline.text import fold


def _demands(text: str) -> list[str]:
    folded = fold(text)
    found, evidence = demands(text, folded, FLAG_CUES.find(folded))
    for item in evidence:  # every evidence span is the text it quotes
        assert item.start is not None and item.end is not None
        assert text[item.start:item.end] == item.text
    return found


@pytest.mark.parametrize(("text", "demand"), [
    ("Workers gathered, demanding the payment of overdue wages.", "the payment of overdue wages"),
    ("Рабочие вышли на площадь, требуя выплатить зарплату.", "выплатить зарплату"),
    # verb-final: what is demanded stands before "талап/талаб", the light verb after it
    ("Аналар қала әкімдігіне барып, баспана беруді талап етті.", "баспана беруді"),
    ("Жумушчулар мэриянын алдына чогулуп, айлык акыны төлөп берүүнү талап кылышты.", "айлык акыны төлөп берүүнү"),
    ("Ishchilar zavod oldiga to'planib, ish haqini to'lashni talab qilishdi.", "ish haqini to'lashni"),
    ("Деҳқонлар ҳокимлик олдида сув беришни талаб қилган.", "Деҳқонлар ҳокимлик олдида сув беришни"),
    # a quoted demand: the words in quotes, not the quoting word or the speakers
    ("Белсенділер «Саяси тұтқындарға бостандық» деп талап етті.", "Саяси тұтқындарға бостандық"),
    ("Намойишчилар “Сув беринг” деб талаб қилишди.", "Сув беринг"),
])
def test_the_demand_is_the_clause_the_language_puts_it_in(text: str, demand: str) -> None:
    assert _demands(text) == [demand]


@pytest.mark.parametrize("text", [
    "Талап етті.",  # nothing before the noun
    "Талаб қилишди, дейди маҳалла раиси.",
    "Бірақ мұнайшылар талап етті.",  # the subject alone: what was demanded is not said
    "Наразылар жеті талап қойды.",  # a number of demands, not a demand
])
def test_a_light_verb_alone_is_no_demand(text: str) -> None:
    assert _demands(text) == []


def test_a_long_verb_final_clause_keeps_its_last_words() -> None:
    text = ("Сәуірдің 19-ы күні Жаңаөзен қаласында мұнай компаниясының мердігері болып табылатын "
            "серіктестіктің жұмысшылары жалақыларын көтеруді талап етті.")
    (found,) = _demands(text)
    assert found.endswith("жалақыларын көтеруді")
    assert len(found.split()) <= 10 and not found.startswith("Сәуірдің")
