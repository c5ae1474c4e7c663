"""Audit pages: the original release with every extracted fact highlighted where it was read.

A researcher should be able to check a fact without trusting the code: the page shows the text exactly
as received (whitespace and line breaks kept), each fact marked over its own characters, and the full
reading, rule and provenance one hover away. Pages are single self-contained files (inline CSS and JS,
no fonts or scripts fetched) so they can be mailed, archived, or opened offline next to the warehouse.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any, NamedTuple

from extractors.facts import Fact
from extractors.version import EXTRACTOR_VERSION

FACT_TYPES = ("count", "date", "budget", "facility")
TYPE_LABELS = {"count": "عدد", "date": "تاريخ", "budget": "ميزانية", "facility": "منشأة"}

# The reading of each type in the order a researcher reads it; any other attribute follows.
_ATTR_ORDER = {
    "count": ("value", "unit", "qualifier"),
    "date": ("value", "role", "hijri"),
    "budget": ("amount", "currency", "qualifier"),
    "facility": ("name", "kind"),
}
_TITLE_CHARS = 90
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


class AuditDocument(NamedTuple):
    """One document to audit; `title` is optional so plain (doc, original, facts) tuples fit too."""

    doc: str
    original: str
    facts: list[Fact]
    title: str | None = None


@dataclass(frozen=True, slots=True)
class _Placed:
    """A fact with its display number; `problem` says why it cannot be trusted or highlighted."""

    number: int
    fact: Fact
    problem: str = ""
    in_text: bool = True


@cache
def _template(name: str) -> Template:
    return Template(files("nabd").joinpath(name).read_text(encoding="utf-8"))


def _text(value: str) -> str:
    """Escape text content; a CR must survive as a character reference or the parser folds it into LF."""
    return html.escape(value, quote=False).replace("\r", "&#13;")


def _attr(value: object) -> str:
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def reading_items(fact: Fact) -> list[tuple[str, str]]:
    """The fact's reading as (attribute, shown value) pairs, known attributes first."""
    order = _ATTR_ORDER.get(fact.type, ())
    keys = [k for k in order if k in fact.attrs] + [k for k in fact.attrs if k not in order]
    return [(k, _format_value(fact.attrs[k])) for k in keys if fact.attrs[k] is not None]


def reading(fact: Fact) -> str:
    """One line a researcher compares with the highlighted words, e.g. `80 · health_centre`."""
    return " · ".join(value for _, value in reading_items(fact))


def _place(original: str, facts: Iterable[Fact]) -> list[_Placed]:
    ordered = sorted(facts, key=lambda f: (f.start, -f.end, _type_rank(f.type)))
    placed = []
    for number, fact in enumerate(ordered, 1):
        if not 0 <= fact.start < fact.end <= len(original):
            problem = f"span {fact.start}–{fact.end} is outside the text (0–{len(original)}): not highlighted"
            placed.append(_Placed(number, fact, problem, in_text=False))
        elif original[fact.start : fact.end] != fact.text:
            placed.append(_Placed(number, fact, "the text at this span differs from the fact's text"))
        else:
            placed.append(_Placed(number, fact))
    return placed


def _type_rank(fact_type: str) -> int:
    return FACT_TYPES.index(fact_type) if fact_type in FACT_TYPES else len(FACT_TYPES)


def _open_tag(item: _Placed, frm: int, to: int) -> str:
    fact = item.fact
    classes = f"f f-{fact.type}" + (" amb" if fact.ambiguous else "")
    return (
        f'<mark class="{_attr(classes)}" tabindex="0" data-fact="{item.number}" data-type="{_attr(fact.type)}"'
        f' data-start="{fact.start}" data-end="{fact.end}" data-from="{frm}" data-to="{to}">'
    )


def _mark_up(original: str, placed: Sequence[_Placed]) -> str:
    """The escaped original with one <mark> per fact, properly nested whatever the overlaps.

    Facts that contain one another nest. Facts that cross (one starts inside another and ends after it)
    cannot nest in HTML, so the inner one is closed at the crossing and reopened right after: it becomes
    several <mark> pieces sharing its `data-fact`, each with its own `data-from`/`data-to`, and no
    character is added, lost or moved. Longer facts open first, so they sit outside shorter ones.
    """
    spans = [p for p in placed if p.in_text]
    by_start: dict[int, list[_Placed]] = {}
    for p in spans:
        by_start.setdefault(p.fact.start, []).append(p)
    cuts = sorted({0, len(original)} | {p.fact.start for p in spans} | {p.fact.end for p in spans})

    parts: list[str] = []
    stack: list[tuple[_Placed, int, int]] = []  # (fact, piece start, index of its opening tag in parts)

    def open_piece(item: _Placed, at: int) -> None:
        stack.append((item, at, len(parts)))
        parts.append("")

    def close_piece(at: int) -> _Placed:
        item, frm, slot = stack.pop()
        parts[slot] = _open_tag(item, frm, at)
        parts.append("</mark>")
        return item

    for here, following in zip(cuts, [*cuts[1:], None], strict=True):
        ending = [i for i, (item, _, _) in enumerate(stack) if item.fact.end == here]
        if ending:
            closed = [close_piece(here) for _ in range(len(stack) - ending[0])]
            for item in sorted((c for c in closed if c.fact.end > here), key=lambda c: -c.fact.end):
                open_piece(item, here)
        for item in by_start.get(here, ()):
            open_piece(item, here)
        if following is not None:
            parts.append(_text(original[here:following]))
    return "".join(parts)


def _card(item: _Placed, provenance: Mapping[str, Any]) -> str:
    fact = item.fact
    rows = [
        *reading_items(fact),
        ("rule", fact.rule),
        ("note", fact.note or "—"),
        ("ambiguous", "yes" if fact.ambiguous else "no"),
        ("confidence", f"{fact.confidence:.2f}"),
        ("span", f"{fact.start}–{fact.end}"),
        ("extractor", str(provenance.get("extractor_version") or "—")),
        ("run", str(provenance.get("run_id") or "—")),
    ]
    body = "".join(f"<dt>{_text(k)}</dt><dd><bdi>{_text(v)}</bdi></dd>" for k, v in rows)
    warning = f'<div class="warn">{_text(item.problem)}</div>' if item.problem else ""
    return (
        f'<div class="card" data-fact="{item.number}">'
        f"<strong>#{item.number} {_text(TYPE_LABELS.get(fact.type, fact.type))} "
        f"<bdi>{_text(fact.type)}</bdi></strong>"
        f'<div class="quote">«{_text(fact.text)}»</div>{warning}<dl>{body}</dl></div>'
    )


def _row(item: _Placed) -> str:
    fact = item.fact
    flags = []
    if fact.ambiguous:
        flags.append('<span class="warn">ambiguous</span>')
    if item.problem:
        flags.append(f'<span class="warn">{_text(item.problem)}</span>')
    if fact.note:
        flags.append(f"<small><bdi>{_text(fact.note)}</bdi></small>")
    extra = "<br>" + "<br>".join(flags) if flags else ""
    return (
        f'<tr id="fact-{item.number}" class="f-{_attr(fact.type)}" data-fact="{item.number}">'
        f'<td class="span">{item.number}</td>'
        f'<td class="type">{_text(TYPE_LABELS.get(fact.type, fact.type))}</td>'
        f"<td>{_text(fact.text)}</td>"
        f"<td><bdi>{_text(reading(fact))}</bdi>{extra}</td>"
        f"<td><bdi>{_text(fact.rule)}</bdi></td>"
        f'<td class="span">{fact.confidence:.2f}</td>'
        f'<td class="span"><bdi dir="ltr">{fact.start}–{fact.end}</bdi></td></tr>'
    )


def _table(placed: Sequence[_Placed]) -> str:
    if not placed:
        return '<p class="empty">لم تُستخرج أي حقيقة من هذا النص.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("#", "النوع", "النص", "القراءة", "القاعدة", "الثقة", "الموضع"))
    rows = "\n".join(_row(p) for p in placed)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{rows}\n</tbody></table>"


def _legend(facts: Sequence[Fact]) -> str:
    tally = Counter(f.type for f in facts)
    return "".join(
        f'<button type="button" data-type="{t}" aria-pressed="true">'
        f'<span class="swatch" style="background: var(--{t})"></span> {TYPE_LABELS[t]} '
        f"<bdi>{t}</bdi> ({tally[t]})</button>"
        for t in FACT_TYPES
    )


def _provenance(provenance: Mapping[str, Any] | None) -> dict[str, Any]:
    return {"extractor_version": EXTRACTOR_VERSION, **(provenance or {})}


def _meta(items: Iterable[tuple[str, Any]]) -> str:
    return "".join(f"<bdi>{_text(k)}: {_text(str(v))}</bdi>" for k, v in items if v not in (None, ""))


def headline(text: str) -> str:
    """The first non-empty line, shortened: in press releases that line is the headline."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= _TITLE_CHARS else first[: _TITLE_CHARS - 1] + "…"


def render_audit_page(
    doc: str,
    original: str,
    facts: list[Fact],
    *,
    provenance: dict | None = None,
    title: str | None = None,
) -> str:
    """A self-contained RTL HTML page showing `original` with `facts` highlighted in place.

    `provenance` (e.g. `extractor_version`, `run_id`, source path) is shown in the header and on every
    fact's card; the extractor version defaults to the running code's. A fact whose span lies outside the
    text is still listed, with a warning, rather than dropped.
    """
    prov = _provenance(provenance)
    placed = _place(original, facts)
    heading = headline(title or original) or doc
    return _template("audit_template.html").substitute(
        page_title=_text(f"{heading} — {doc}"),
        heading=_text(heading),
        meta=_meta([("doc", doc), ("chars", len(original)), *prov.items()]),
        legend=_legend(facts),
        doc_attr=_attr(doc),
        marked_text=_mark_up(original, placed),
        n_facts=len(placed),
        table=_table(placed),
        cards="".join(_card(p, prov) for p in placed),
    )


def page_name(doc: str, taken: set[str]) -> str:
    """A file name for `doc`'s page, safe on every file system and distinct from names already taken."""
    stem = _UNSAFE_NAME.sub("_", Path(doc).stem).strip("._") or "document"
    name, n = f"{stem}.html", 1
    while name in taken or name == "index.html":
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name)
    return name


def render_index(entries: Sequence[tuple[str, str, str, list[Fact]]], provenance: dict | None = None) -> str:
    """The index of a batch of audit pages: entries are (page file name, doc, title, facts)."""
    rows = []
    for name, doc, title, facts in entries:
        tally = Counter(f.type for f in facts)
        counts = "".join(f'<td class="n">{tally[t]}</td>' for t in FACT_TYPES)
        rows.append(
            f'<tr><td><a href="{_attr(name)}"><bdi>{_text(doc)}</bdi></a></td><td>{_text(title)}</td>'
            f'{counts}<td class="n">{len(facts)}</td></tr>'
        )
    return _template("audit_index.html").substitute(
        n_docs=len(entries),
        meta=_meta(_provenance(provenance).items()),
        type_headers="".join(f"<th>{TYPE_LABELS[t]} <bdi>{t}</bdi></th>" for t in FACT_TYPES),
        rows="\n".join(rows),
    )


def write_audit_pages(
    documents: Iterable[AuditDocument | tuple], out_dir: Path, provenance: dict | None = None
) -> list[Path]:
    """Write one page per document and an `index.html` linking them; returns the document pages' paths.

    `documents` yields (doc, original, facts) or (doc, original, facts, title) tuples.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    entries, pages = [], []
    for item in documents:
        audit = AuditDocument(*item)
        title = headline(audit.title or audit.original) or audit.doc
        name = page_name(audit.doc, taken)
        page = render_audit_page(audit.doc, audit.original, audit.facts, provenance=provenance, title=title)
        (out_dir / name).write_text(page, encoding="utf-8")
        entries.append((name, audit.doc, title, audit.facts))
        pages.append(out_dir / name)
    (out_dir / "index.html").write_text(render_index(entries, provenance), encoding="utf-8")
    return pages
