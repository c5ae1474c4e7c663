"""Decoded file text to article records, one parser per file format.

A record's `text` is what the extractors will see and what facts' offsets index: plain text is kept
byte-for-byte as decoded (CRLF, odd spaces and all); HTML, whole pages or fragments inside a JSON field,
is reduced to article text by trafilatura, so menus, share buttons and footers never produce facts.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import htmldate
import lxml.html
import trafilatura
from lxml import etree

from nabd.sources_decode import InputRejected

# Field names used by the exports and feeds press releases come in (CMS dumps, scrapers, news APIs),
# in order of preference.
TEXT_FIELDS = ("text", "content", "body", "article")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("published", "date", "published_at", "pubDate", "datePublished")
SOURCE_FIELDS = ("source", "publisher", "sitename")
COUNTRY_FIELDS = ("country",)
ID_FIELDS = ("id", "guid")
# Containers a JSON export wraps its list of articles in.
LIST_FIELDS = ("articles", "items", "data", "results", "posts")
# Nested values: WordPress REST gives {"rendered": ...}, news APIs give {"name": ...} for the source.
_NESTED_VALUE_KEYS = ("rendered", "name", "value")

_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|h[1-6]|article|section|ul|ol|li|a|strong|em|b|i|img|table|tr|td|figure)\b[^<>]*>",
    re.IGNORECASE,
)
_DOCUMENT_TAG = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
_BLANK = (
    "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
)
_UTF8_HTML = lxml.html.HTMLParser(encoding="utf-8")
_TRAFILATURA = {"include_comments": False, "include_tables": True, "deduplicate": False}


@dataclass(frozen=True, slots=True)
class Record:
    text: str
    title: str
    key: str | None = None  # the record's own id, when it has one
    position: int | None = None  # line (.jsonl) or item (.json list) number, 1-based
    where: str = ""  # "line 3" / "item 2", to point at the record in a rejection
    url: str | None = None
    published: str | None = None
    source: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """One bad record in a multi-record file; the file's other records still count."""

    reason: str


def first_line(text: str) -> str:
    """The first line with visible characters, trimmed; '' for blank text."""
    for match in _LINE.finditer(text):
        line = match.group().strip(_BLANK)
        if line:
            return line
    return ""


def parse_txt(text: str) -> list[Record | RecordProblem]:
    title = first_line(text)
    if not title:
        raise InputRejected("whitespace-only file" if text else "empty file")
    return [Record(text=text, title=title)]


def parse_html(page: str) -> list[Record | RecordProblem]:
    doc = trafilatura.bare_extraction(_as_document(page), with_metadata=True, **_TRAFILATURA)
    text = doc.text if doc is not None else None
    if not text or not first_line(text):
        raise InputRejected("no article text found in HTML")
    return [
        Record(
            text=text,
            title=doc.title or first_line(text),
            url=doc.url,
            published=_metadata_date(page),
            source=doc.sitename,
        )
    ]


def parse_json(text: str) -> list[Record | RecordProblem]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputRejected(f"invalid JSON at line {err.lineno}: {err.msg}") from None
    if isinstance(value, dict) and _pick(value, TEXT_FIELDS) is None:
        value = next((value[k] for k in LIST_FIELDS if isinstance(value.get(k), list)), value)
    if isinstance(value, dict):
        record = _record(value)
        if isinstance(record, str):
            raise InputRejected(record)
        return [record]
    if not isinstance(value, list):
        raise InputRejected("JSON holds neither an article object nor a list of them")
    return [_positioned(item, n, "item") for n, item in enumerate(value, 1)]


def parse_jsonl(text: str) -> list[Record | RecordProblem]:
    """One JSON object per line. Lines are split on \\n only: JSON strings may hold a raw U+2028."""
    out: list[Record | RecordProblem] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            out.append(RecordProblem(f"invalid JSON at line {n}: {err.msg} (column {err.colno})"))
            continue
        out.append(_positioned(value, n, "line"))
    return out


PARSERS = {
    ".txt": parse_txt,
    ".html": parse_html,
    ".htm": parse_html,
    ".json": parse_json,
    ".jsonl": parse_jsonl,
}


def _positioned(value: Any, n: int, label: str) -> Record | RecordProblem:
    where = f"{label} {n}"
    record = _record(value, n, where) if isinstance(value, dict) else "not a JSON object"
    return RecordProblem(f"{where}: {record}") if isinstance(record, str) else record


def _record(obj: dict[str, Any], position: int | None = None, where: str = "") -> Record | str:
    """The record, or the reason it has no usable article text."""
    body = _pick(obj, TEXT_FIELDS)
    if body is None:
        return f"no article text (expected one of: {', '.join(TEXT_FIELDS)})"
    if _HTML_TAG.search(body):
        body = trafilatura.extract(_as_document(body), **_TRAFILATURA) or ""
    if not first_line(body):
        return "empty article text"
    return Record(
        text=body,
        title=html.unescape(_pick(obj, TITLE_FIELDS) or "").strip() or first_line(body),
        key=_pick(obj, ID_FIELDS),
        position=position,
        where=where,
        url=_pick(obj, URL_FIELDS),
        published=_iso_date(_pick(obj, DATE_FIELDS)),
        source=_pick(obj, SOURCE_FIELDS),
        country=_country(_pick(obj, COUNTRY_FIELDS)),
    )


def _as_document(markup: str) -> str:
    """A bare fragment (CMS exports store the article body alone) wrapped as a page: trafilatura finds
    nothing in a fragment whose root is the only paragraph."""
    return markup if _DOCUMENT_TAG.search(markup) else f"<html><body>{markup}</body></html>"


def _pick(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of `names` holding a non-blank string (or number, for ids)."""
    for name in names:
        value = obj.get(name)
        if isinstance(value, dict):
            value = next((value[k] for k in _NESTED_VALUE_KEYS if k in value), None)
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO 8601 or RFC 2822 (RSS) timestamp, as the publisher's local date."""
    if value is None:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _country(value: str | None) -> str | None:
    value = (value or "").strip()
    return value.upper() if len(value) == 2 and value.isascii() and value.isalpha() else None


def _metadata_date(page: str) -> str | None:
    """The publication date the page's metadata gives (meta tags, JSON-LD, canonical URL), never a date
    from the article body: body dates are events the release reports, not when it was published."""
    try:
        # Parsed from UTF-8 bytes so that an XML declaration naming the original charset is overridden.
        tree = lxml.html.document_fromstring(page.encode("utf-8"), parser=_UTF8_HTML)
    except etree.ParserError:
        return None
    for body in tree.xpath("//body"):
        linked_data = body.xpath('.//script[@type="application/ld+json"]')
        body[:] = linked_data
    return htmldate.find_date(tree, extensive_search=False, original_date=True)
