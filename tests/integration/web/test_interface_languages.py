"""Kazakh where labels exist, and no untranslated text in the public site or the review workspace.

The template check reads the templates the way ``makemessages`` does (Django's ``templatize``), so a
string marked for translation but missing from locale/ru fails here, and a plain English sentence left
outside ``{% translate %}`` fails the unmarked-text check.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from django.utils.translation.template import templatize

from protest_tracker import codebook, codebook_i18n
from protest_tracker.codebook_kk import LABELS_KK
from protest_tracker.i18n import LOCALE_DIR, compile_catalogs, parse_po

PACKAGE = LOCALE_DIR.parent
#: Templates whose every string must read in Russian (the public site and the review workspace).
CHECKED = [PACKAGE / "templates", PACKAGE / "web" / "templates", PACKAGE / "review" / "templates"]
#: What may stay as written: format names, ids and the sample id of a placeholder.
VERBATIM = {"API", "CSV", "JSON", "ID", "KZ-2022-000001"}
#: a string literal as templatize() writes it: u'…', or u"…" when the text holds an apostrophe
LITERAL = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
CALL = re.compile(rf"\b(n?p?gettext)\(\s*((?:{LITERAL}\s*,?\s*)+)\)")
QUOTED = re.compile(LITERAL)
HIDDEN = [re.compile(p, re.S) for p in (
    r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", r"{#.*?#}", r"<script\b.*?</script>", r"<style\b.*?</style>",
    r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", r"{%.*?%}", r"{{.*?}}")]
SHOWN_ATTRIBUTES = re.compile(r"""\b(?:placeholder|aria-label|title|alt|data-hint)\s*=\s*"([^"]*)\"""")
WORD = re.compile(r"[A-Za-z]{2,}")


def templates() -> list[Path]:
    return sorted(path for folder in CHECKED for path in folder.rglob("*.html"))


def marked_strings(source: str) -> list[str]:
    """The msgids ``makemessages`` would extract from a template (context and plural forms as in a .mo)."""
    found = []
    for match in CALL.finditer(templatize(source, origin="template.html")):
        parts = [ast.literal_eval(p.lstrip("u")) for p in QUOTED.findall(match.group(2))]
        found.append(parts[0] + "\x04" + parts[1] if match.group(1).startswith(("pgettext", "npgettext")) else parts[0])
    return found


def unmarked_text(source: str) -> list[str]:
    """Words a reader sees that are not inside a translation tag."""
    for pattern in HIDDEN:
        source = pattern.sub(" ", source)
    shown = [value for value in SHOWN_ATTRIBUTES.findall(source) if WORD.search(value)]
    text = re.sub(r"<[^>]*>", "\n", source)
    shown += [line.strip() for line in text.splitlines() if WORD.search(line)]
    return [s for s in shown if s not in VERBATIM]


def test_the_extractors_catch_what_they_should():
    source = '{% load i18n %}<p title="Plain title">Plain {{ x }} text</p>{% translate "Kept" %}<!-- -->'
    assert unmarked_text(source) == ["Plain title", "Plain   text"]
    assert marked_strings(source) == ["Kept"]
    assert marked_strings('{% blocktranslate with n=x %}{{ n }} left{% endblocktranslate %}') == ["%(n)s left"]
    assert marked_strings('{% translate "Krippendorff\'s α" %}{% translate "a" context "b" %}') == [
        "Krippendorff's α", "b\x04a"]


@pytest.mark.parametrize("path", templates(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_template_text_is_marked_for_translation(path):
    assert unmarked_text(path.read_text(encoding="utf-8")) == []


def test_every_marked_template_string_has_a_russian_translation():
    catalog = parse_po((LOCALE_DIR / "ru" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8"))
    translated = {key.split("\x00")[0] for key, value in catalog.items() if key and all(value.split("\x00"))}
    missing = {(path.name, msgid) for path in templates() for msgid in marked_strings(path.read_text(encoding="utf-8"))
               if msgid not in translated}
    assert not missing, sorted(missing)


def test_kazakh_labels_are_for_real_codes_and_fall_back_to_english():
    vocabularies = {v.name: v for v in vars(codebook).values() if isinstance(v, codebook.Vocabulary)}
    for name, table in LABELS_KK.items():
        assert set(table) <= set(vocabularies[name].codes), name
        assert all(re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", text) or text.isascii() for text in table.values())
    assert codebook_i18n.label(codebook.EVENT_TYPES, "strike", language="kk") == "Ереуіл"
    assert codebook_i18n.label(codebook.EVENT_TYPES, "sit_in", language="kk") == "Sit-in / occupation"


@pytest.mark.django_db
def test_the_dashboard_renders_in_kazakh(client, make):
    compile_catalogs()
    make.make_event(event_type="strike", date=dt.date(2022, 1, 5))
    client.post("/i18n/setlang/", {"language": "kk", "next": "/"})
    page = client.get("/").content.decode()
    assert 'lang="kk"' in page and 'id="lang-kk"' in page
    assert "Орталық Азиядағы наразылық оқиғалары" in page  # the heading
    assert ">Шолу<" in page and ">Оқиғалар<" in page and ">Науқандар<" in page  # navigation
    assert "Ереуіл" in page  # a codebook label
    assert "Қаң 2022" in page  # a month, in the summary's period
    points = client.get("/map.geojson").json()
    assert points["features"][0]["properties"]["label"] == "Ереуіл"


@pytest.mark.django_db
def test_a_monthly_timeline_names_its_axis_month(client, make):
    compile_catalogs()
    make.make_event(date=dt.date(2019, 2, 1))
    make.make_event(date=dt.date(2023, 6, 1))  # longer than three years: monthly bars
    page = client.get("/").content.decode()
    assert "Events per month" in page and ">month</text>" in page and ">week</text>" not in page
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert ">месяц</text>" in page


def python_strings(source: str) -> list[str]:
    """The literal msgids of gettext calls in Python source (``_``, ``gettext``, ``gettext_lazy``, ``ngettext``)."""
    names = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy"}
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) in names):
            found.append(node.args[0].value)
    return found


def test_every_string_the_views_mark_has_a_russian_translation():
    catalog = parse_po((LOCALE_DIR / "ru" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8"))
    translated = {key.split("\x00")[0] for key, value in catalog.items() if key and all(value.split("\x00"))}
    sources = [*sorted((PACKAGE / "review" / "views").glob("*.py")), *sorted((PACKAGE / "web").glob("*.py"))]
    marked = {(path.name, msgid) for path in sources for msgid in python_strings(path.read_text(encoding="utf-8"))}
    assert ("actions.py", "%(id)s is now verified by an analyst.") in marked
    assert sorted((name, msgid) for name, msgid in marked if msgid not in translated) == []
