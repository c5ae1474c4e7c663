"""`nabd_facts` inside a researcher's own spaCy pipeline, and displaCy's span view of it."""

from __future__ import annotations

import spacy
from spacy import displacy

import extractors.spacy_component  # noqa: F401  (registers the factory without the package entry point)


def test_component_puts_facts_in_doc_spans(seed_texts) -> None:
    nlp = spacy.blank("ar")
    nlp.add_pipe("nabd_facts")
    doc = nlp(seed_texts["004_f8f55f1d287d3445.txt"])
    spans = doc.spans["nabd"]
    labels = {s.label_ for s in spans}
    assert {"count", "budget", "date"} <= labels
    budget = next(s for s in spans if s.label_ == "budget")
    assert budget._.nabd["currency"] == "MAD"
    assert budget._.nabd["text"] in budget.text
    html = displacy.render(doc, style="span", options={"spans_key": "nabd"}, page=True)
    assert "budget" in html and "درهم" in html
