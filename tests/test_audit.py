"""Audit pages: every fact highlighted over exactly its own characters, the text intact, nothing fetched."""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.facts import Fact
from nabd.audit import page_name, reading, render_audit_page, write_audit_pages
from nabd.commands import audit as audit_command

SEED = "000_4b2c055b18feb44f.txt"


def main(argv: list[str]) -> int:
    """`nabd audit ...` through this command's own parser, as nabd.cli wires it."""
    parser = argparse.ArgumentParser(prog="nabd")
    audit_command.add_parser(parser.add_subparsers(dest="command", required=True))
    return audit_command.run(parser.parse_args(argv))


def fact_at(original: str, fact_type: str, surface: str, attrs: dict, nth: int = 0, **extra) -> Fact:
    """A hand-made fact on the `nth` occurrence of `surface` in a real text."""
    start = -1
    for _ in range(nth + 1):
        start = original.index(surface, start + 1)
    return Fact(fact_type, start, start + len(surface), surface, extra.pop("rule", "hand"), attrs, **extra)


def seed_facts(original: str) -> list[Fact]:
    """Facts a reviewer would expect in seed 000, including a facility crossing a count and one nested."""
    return [
        fact_at(original, "count", "80 مركزاً صحياً", {"value": 80, "unit": "health_centre"}),
        fact_at(original, "count", "عدد 8 مراكز صحية", {"value": 8, "unit": "health_centre"}),
        fact_at(original, "count", "عدد 7 مراكز صحية", {"value": 7, "unit": "health_centre"}),
        fact_at(original, "facility", "مراكز صحية (عيادات تطمن)", {"name": "عيادات تطمن", "kind": "clinic"}),
        fact_at(original, "facility", "عيادات تطمن", {"name": "عيادات تطمن", "kind": "clinic"}),
        fact_at(
            original,
            "facility",
            "التجمع الصحي الاول بمكه المكرمة",
            {"name": "التجمع الصحي الاول بمكه المكرمة", "kind": "health_cluster"},
            note="spelled بمكه in the source",
        ),
    ]


class AuditPage(HTMLParser):
    """Reads back what a page shows: the text of #text and of every highlight piece."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root_attrs: dict[str, str | None] = {}
        self.text_depth = 0
        self.text = ""
        self.open_marks: list[dict] = []
        self.marks: list[dict] = []
        self.tags: list[tuple[str, dict]] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "html":
            self.root_attrs = attributes
        if self.text_depth:
            self.text_depth += 1
            if tag == "mark":
                mark = {**attributes, "text": ""}
                self.open_marks.append(mark)
                self.marks.append(mark)
        elif attributes.get("id") == "text":
            self.text_depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.text_depth:
            self.text_depth -= 1
            if tag == "mark":
                self.open_marks.pop()

    def handle_data(self, data: str) -> None:
        if self.text_depth:
            self.text += data
            for mark in self.open_marks:
                mark["text"] += data


def parse(page: str) -> AuditPage:
    parser = AuditPage()
    parser.feed(page)
    parser.close()
    return parser


def pieces_by_fact(page: AuditPage) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for mark in page.marks:
        grouped[mark["data-fact"]].append(mark)
    return grouped


def assert_faithful(page: AuditPage, original: str, facts: list[Fact]) -> None:
    """The page shows `original` unchanged and each fact over exactly original[start:end]."""
    assert page.text == original
    grouped = pieces_by_fact(page)
    assert len(grouped) == len(facts)
    shown = set()
    for pieces in grouped.values():
        start, end = int(pieces[0]["data-start"]), int(pieces[0]["data-end"])
        assert "".join(p["text"] for p in pieces) == original[start:end]
        for piece in pieces:
            assert piece["text"] == original[int(piece["data-from"]) : int(piece["data-to"])]
        shown.add((pieces[0]["data-type"], start, end))
    assert shown == {(f.type, f.start, f.end) for f in facts}


def test_seed_page_highlights_every_fact_over_its_own_words(seed_texts):
    original = seed_texts[SEED]
    facts = seed_facts(original)
    page = parse(render_audit_page(SEED, original, facts, provenance={"run_id": "run-42"}))
    assert page.root_attrs == {"lang": "ar", "dir": "rtl"}
    assert_faithful(page, original, facts)


def test_crossing_facts_are_split_not_dropped(seed_texts):
    original = seed_texts[SEED]
    facts = seed_facts(original)
    grouped = pieces_by_fact(parse(render_audit_page(SEED, original, facts)))
    split = {p[0]["text"] + "".join(x["text"] for x in p[1:]) for p in grouped.values() if len(p) > 1}
    assert split == {"مراكز صحية (عيادات تطمن)"}


def test_many_overlaps_and_awkward_characters_survive():
    original = "أ<b>&amp;\r\nمستشفى الملك فهد\tبالمدينة المنورة  «1,5» مليون درهم\r"
    spans = [(0, 6), (1, 4), (2, 12), (3, 9), (12, 35), (16, 20), (20, 40), (40, len(original))]
    types = ["count", "date", "budget", "facility"]
    facts = [
        Fact(types[i % 4], s, e, original[s:e], "r", {"value": i}, note="<script>x</script>")
        for i, (s, e) in enumerate(spans)
    ]
    html = render_audit_page("d", original, facts)
    assert_faithful(parse(html), original, facts)
    assert "<script>x" not in html and "<b>&amp;" not in html


@st.composite
def text_and_facts(draw) -> tuple[str, list[Fact]]:
    original = draw(st.text(alphabet="مستشفى 12\r\n<&>\"'", min_size=1, max_size=40))
    spans = draw(
        st.lists(st.tuples(st.integers(0, len(original) - 1), st.integers(1, len(original))), max_size=12)
    )
    types = ("count", "date", "budget", "facility")
    facts = [Fact(draw(st.sampled_from(types)), s, e, original[s:e], "r", {}) for s, e in spans if s < e]
    return original, facts


@given(text_and_facts())
def test_any_overlap_keeps_the_text_and_every_fact(case):
    original, facts = case
    assert_faithful(parse(render_audit_page("d", original, facts)), original, facts)


def test_fact_readings_are_shown_with_rule_note_and_provenance(seed_texts):
    original = seed_texts[SEED]
    fact = fact_at(
        original,
        "count",
        "80 مركزاً صحياً",
        {"value": 80, "unit": "health_centre", "qualifier": "about"},
        rule="count.number_noun",
        note="digits before a plural noun",
        ambiguous=True,
        confidence=0.75,
    )
    html = render_audit_page(
        SEED, original, [fact], provenance={"run_id": "run-42", "extractor_version": "9.9"}
    )
    card = re.search(r'<template id="cards">(.*?)</template>', html, re.S).group(1)
    shown = dict(re.findall(r"<dt>(.*?)</dt><dd><bdi>(.*?)</bdi></dd>", card))
    assert shown == {
        "value": "80",
        "unit": "health_centre",
        "qualifier": "about",
        "rule": "count.number_noun",
        "note": "digits before a plural noun",
        "ambiguous": "yes",
        "confidence": "0.75",
        "span": f"{fact.start}–{fact.end}",
        "extractor": "9.9",
        "run": "run-42",
    }
    assert 'class="f f-count amb"' in html


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        (Fact("date", 0, 4, "x", "r", {"value": "2024-03-20", "role": "event", "hijri": "1445-09-10"}),
         "2024-03-20 · event · 1445-09-10"),
        (Fact("budget", 0, 4, "x", "r", {"amount": 11320000.0, "currency": "MAD"}), "11,320,000 · MAD"),
        (Fact("facility", 0, 4, "x", "r", {"name": "مستشفى الملك فهد", "kind": "hospital"}),
         "مستشفى الملك فهد · hospital"),
    ],
)  # fmt: skip
def test_readings_put_the_value_first(fact, expected):
    assert reading(fact) == expected


def test_a_fact_outside_the_text_is_listed_with_a_warning_not_dropped():
    original = "افتتاح 3 مستشفيات"
    inside = Fact("count", 7, 17, original[7:17], "r", {"value": 3, "unit": "hospital"})
    outside = Fact("date", 40, 44, "2021", "r", {"value": "2021"})
    html = render_audit_page("d", original, [inside, outside])
    page = parse(html)
    assert [m["data-start"] for m in page.marks] == ["7"]
    assert 'id="fact-2"' in html and "outside the text" in html


def test_page_fetches_nothing(seed_texts):
    html = render_audit_page(SEED, seed_texts[SEED], seed_facts(seed_texts[SEED]))
    tags = parse(html).tags
    assert not [t for t, a in tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for t, a in tags if "src" in a]
    assert "url(" not in html and "@import" not in html


def test_write_audit_pages_writes_an_index_and_distinct_names(tmp_path, seed_texts):
    docs = [
        ("a/x.txt", "نص أول", []),
        ("b/x.txt", "نص ثان", []),
        (SEED, seed_texts[SEED], seed_facts(seed_texts[SEED])),
    ]
    pages = write_audit_pages(docs, tmp_path / "out", {"run_id": "r1"})
    assert [p.name for p in pages] == ["x.html", "x-2.html", "000_4b2c055b18feb44f.html"]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p.name}"' in index for p in pages)
    assert "80 مركزاً للرعاية الصحية الأولية" in index


def test_page_names_never_escape_the_folder():
    taken: set[str] = set()
    assert page_name("../../etc/passwd", taken) == "passwd.html"
    assert page_name("index.txt", taken) == "index-2.html"
    assert page_name("تقرير الصحة.txt", taken) == "تقرير_الصحة.html"


def test_cli_writes_one_page_or_a_folder(tmp_path):
    articles = sorted((Path(__file__).parent.parent / "fixtures" / "articles").glob("*.txt"))
    page = tmp_path / "one.html"
    assert main(["audit", str(articles[0]), "-o", str(page)]) == 0
    assert parse(page.read_text(encoding="utf-8")).text == articles[0].read_text(encoding="utf-8")
    assert main(["audit", *map(str, articles), "-o", str(tmp_path / "all")]) == 0
    assert len(list((tmp_path / "all").glob("*.html"))) == len(articles) + 1
    assert main(["audit", *map(str, articles[:2]), "-o", str(tmp_path / "two.html")]) == 2


def test_cli_reports_unreadable_files_and_still_writes_the_rest(tmp_path, capsys):
    article = Path(__file__).parent.parent / "fixtures" / "articles" / SEED
    missing = tmp_path / "missing.txt"
    assert main(["audit", str(missing), str(article), "-o", str(tmp_path / "out")]) == 1
    assert str(missing) in capsys.readouterr().err
    assert (tmp_path / "out" / "000_4b2c055b18feb44f.html").is_file()
    assert main(["audit", str(missing), "-o", str(tmp_path / "none.html")]) == 1
    assert not (tmp_path / "none.html").exists()
