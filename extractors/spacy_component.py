"""`nabd_facts`: Nabd's extractors as a spaCy pipeline component, for researchers' own pipelines.

The component runs the same pure extractors on `doc.text` and puts each fact in `doc.spans["nabd"]`
labelled by type, with its reading on `span._.nabd`, so displaCy's span view shows the evidence:

    nlp = spacy.blank("ar"); nlp.add_pipe("nabd_facts")
    displacy.render(nlp(text), style="span", options={"spans_key": "nabd"})

Fact spans are character-exact; spaCy spans are token-aligned, so a fact inside a token (a number glued
to a clitic, بـ11,320) is widened to whole tokens, and the exact offsets stay on `span._.nabd`.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors import extract_facts

SPANS_KEY = "nabd"

if not Span.has_extension("nabd"):
    Span.set_extension("nabd", default=None)


class NabdFacts:
    def __init__(self, spans_key: str = SPANS_KEY, country: str | None = None) -> None:
        self.spans_key = spans_key
        self.country = country

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for fact in extract_facts(doc.text, self.country):
            span = doc.char_span(fact.start, fact.end, label=fact.type, alignment_mode="expand")
            if span is None:
                continue
            reading: dict[str, Any] = fact.to_record(doc.user_data.get("doc_id", ""))
            span._.nabd = reading
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("nabd_facts", default_config={"spans_key": SPANS_KEY, "country": None})
def make_nabd_facts(nlp: Language, name: str, spans_key: str, country: str | None) -> NabdFacts:
    return NabdFacts(spans_key=spans_key, country=country)
