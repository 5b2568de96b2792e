"""Parsers of ingest inputs: encodings, pages, feeds, exchange records, Telegram, sources, crosswalks."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from protest_tracker import codebook, identity
from protest_tracker.ingest import crosswalk
from protest_tracker.ingest.encoding import decode_bytes
from protest_tracker.ingest.errors import (
    ExtractionError,
    FeedParseError,
    IngestProblem,
    SourcesFileError,
)
from protest_tracker.ingest.feeds import parse_feed
from protest_tracker.ingest.files import record_to_item
from protest_tracker.ingest.pages import extract_page
from protest_tracker.ingest.sources import load_sources
from protest_tracker.ingest.telegram import flatten_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"
INGEST = Path(__file__).resolve().parents[3] / "src" / "protest_tracker" / "ingest"
CYRILLIC = (FIXTURES / "files" / "cyrillic.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("charset", ["cp1251", "koi8-r", "utf-8"])
def test_undeclared_cyrillic_detected(charset):
    text, found = decode_bytes(CYRILLIC.encode(charset))
    assert text == CYRILLIC and found == codebook_name(charset)


def codebook_name(charset: str) -> str:
    return {"koi8-r": "koi8-r", "cp1251": "cp1251", "utf-8": "utf-8"}[charset]


def test_http_charset_wins_then_meta():
    page = '<html><head><meta charset="windows-1251"></head><body>Жители</body></html>'
    assert decode_bytes(page.encode("cp1251"))[1] == "cp1251"
    assert decode_bytes("Жители".encode("koi8-r"), http_charset="KOI8-R") == ("Жители", "koi8-r")


def test_decoded_text_is_nfc():
    text, _ = decode_bytes(unicodedata.normalize("NFD", "әкімдік й").encode("utf-8"))
    assert unicodedata.is_normalized("NFC", text)


def test_extract_page_reads_text_title_date_language():
    html = (FIXTURES / "site" / "articles" / "kk-strike.html").read_text(encoding="utf-8")
    page = extract_page(html, url="https://valley-herald.test/kk/strike")
    assert page.language == "kk" and page.published.isoformat() == "2024-04-18"
    assert "жалақыны" in page.text and "Басты бет" not in page.text


def test_page_without_text_is_an_error():
    with pytest.raises(ExtractionError):
        extract_page("<html><body><nav>menu</nav></body></html>", url="https://x.test/")


def test_feed_bozo_checked_deliberately():
    good = (FIXTURES / "site" / "feed.atom").read_bytes()
    parsed, warning = parse_feed(good, url="u")
    assert len(parsed.entries) == 2 and warning is None
    with pytest.raises(FeedParseError, match="malformed feed"):
        parse_feed((FIXTURES / "site" / "malformed.xml").read_bytes(), url="u")
    recovered, warning = parse_feed(good.replace(b"</feed>", b"<broken></feed>"), url="u")
    assert len(recovered.entries) == 2 and "not well-formed" in warning


def test_exchange_record_keeps_extras_and_drops_gold():
    item = record_to_item({"id": "x1", "url": "https://a.test/n?utm_source=t", "text": " Текст ", "gold": [1],
                           "outlet": "A", "source_type": "agency", "note": "kept"}, location="f:1", raw="{}",
                           origin="file")
    assert item.article.id == identity.article_id(url="https://a.test/n")
    assert item.article.text == "Текст" and item.article.source_type == "agency"
    assert item.metadata == {"note": "kept", "input_id": "x1", "path": "f"}


@pytest.mark.parametrize("record", [[], "text", {"text": ""}, {"text": "ok", "published": "someday"}])
def test_bad_exchange_records_raise(record):
    with pytest.raises(IngestProblem):
        record_to_item(record, location="f:1", raw="", origin="file")


@given(st.dictionaries(st.sampled_from(["id", "url", "text", "title", "published", "language", "outlet"]),
                       st.one_of(st.none(), st.text(max_size=30), st.integers(), st.lists(st.integers(), max_size=2))))
def test_any_record_is_an_item_or_a_clear_error(record):
    try:
        item = record_to_item(record, location="f:1", raw="", origin="file")
    except IngestProblem as error:
        assert error.reason in {"no_text", "bad_record"}
    else:
        assert item.article.text.strip()


def test_telegram_text_shapes():
    assert flatten_text("plain") == ("plain", [])
    text, links = flatten_text(["a ", {"type": "text_link", "text": "here", "href": "https://x.test"},
                                {"type": "link", "text": "https://y.test"}, {"type": "bold", "text": "!"}])
    assert text == "a herehttps://y.test!" and links == ["https://x.test", "https://y.test"]
    with pytest.raises(ValueError):
        flatten_text([1])


@given(st.recursive(st.one_of(st.text(max_size=10), st.integers(), st.none()),
                    lambda inner: st.one_of(st.lists(inner, max_size=4),
                                            st.dictionaries(st.sampled_from(["type", "text", "href"]), inner,
                                                            max_size=3)), max_leaves=8))
def test_telegram_text_never_crashes_unexpectedly(value):
    try:
        text, links = flatten_text(value)
    except ValueError:
        return
    assert isinstance(text, str) and all(isinstance(link, str) for link in links)


def test_shipped_sources_are_valid_and_cover_the_region():
    specs = load_sources()
    slugs = {spec.slug for spec in specs}
    assert {"azattyq", "azattyk", "ozodi", "ozodlik", "vlast-kz", "kloop", "24-kg", "orda-kz", "tengrinews",
            "kaztag", "gazeta-uz", "kun-uz", "asia-plus", "eurasianet", "rferl", "the-diplomat"} <= slugs
    assert {spec.country for spec in specs} >= set(codebook.COUNTRIES)
    assert {spec.source_type for spec in specs} >= {"agency", "state", "independent", "international", "telegram"}


@pytest.mark.parametrize(("body", "message"), [
    ("[[source]]\nslug='Bad Slug'\nname='x'", "slug"),
    ("[[source]]\nslug='a'\nname='x'\ncountry='RU'", "country"),
    ("[[source]]\nslug='a'\nname='x'\nfeeds=['ftp://x']", "feeds"),
    ("[[source]]\nslug='a'\nname='x'\n[[source]]\nslug='a'\nname='y'", "duplicate"),
    ("not = [toml", "not valid TOML"),
])
def test_bad_sources_file(tmp_path, body, message):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(SourcesFileError, match=message):
        load_sources(path)


def test_crosswalk_choices_agree_with_codebook():
    for mmp_value, code in crosswalk.MMP_DEMANDS.items():
        matches = crosswalk.codes_for(codebook.GRIEVANCES, dataset="mmp", value=mmp_value)
        assert code in codebook.GRIEVANCES and (code in matches or not matches)
    for mmp_value, code in crosswalk.MMP_RESPONSES.items():
        matches = crosswalk.codes_for(codebook.STATE_RESPONSES, dataset="mmp", value=mmp_value)
        assert code in codebook.STATE_RESPONSES and (code in matches or not matches)
    for sub_event, (event_type, responses) in crosswalk.ACLED_SUB_EVENTS.items():
        assert event_type in codebook.EVENT_TYPES
        for code in responses:
            assert codebook.STATE_RESPONSES.get(code).acled.lower() == sub_event
    assert crosswalk.country_code("Kyrgyz Republic") == "KG" and crosswalk.country_code("398") == "KZ"
    assert crosswalk.country_code("Russia") is None


def test_ingest_package_does_not_import_django_or_other_layers():
    for module in INGEST.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith("django"), module.name
                if name.startswith("protest_tracker."):
                    assert name.split(".")[1] in {"ingest", "model", "codebook", "event_fields", "identity", "errors"}, \
                        module.name


def test_feed_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>t</title><item><title>&x;</title>'
            '<link>https://a.test/1</link></item></channel></rss>').encode()
    try:
        parsed, _ = parse_feed(feed, url="u")
    except FeedParseError:
        return
    assert all("TOP-SECRET" not in (entry.get("title") or "") for entry in parsed.entries)


def test_utf8_bytes_win_over_a_wrong_single_byte_label():
    text, charset = decode_bytes("Жители вышли к акимату".encode(), http_charset="windows-1251")
    assert (text, charset) == ("Жители вышли к акимату", "utf-8")


@pytest.mark.parametrize(("url", "canonical"), [
    ("HTTPS://WWW.Vlast.KZ:443/news/1/?utm_source=tg&fbclid=x#comments", "https://vlast.kz/news/1"),
    ("https://kloop.kg/blog/2024/?b=2&a=1&gclid=z", "https://kloop.kg/blog/2024?a=1&b=2"),
    ("http://24.kg:8080//obschestvo//1", "http://24.kg:8080/obschestvo/1"),
])
def test_canonical_urls_for_article_identity(url, canonical):
    assert identity.canonical_url(url) == canonical
    assert identity.article_id(url=url) == identity.article_id(url=canonical)
