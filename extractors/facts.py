"""The one record every extractor returns, so loaders, audits and the CLI never care which rule spoke."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FactType = Literal["count", "date", "budget", "facility"]


@dataclass(slots=True)
class Fact:
    """A fact with its evidence: `start`/`end` index the original text, so `original[start:end] == text`.

    `attrs` holds the typed reading (count: value, unit, qualifier; date: value, role, hijri; budget:
    amount, currency; facility: name, kind). `rule` names the pattern that fired and `note` explains a
    reading a researcher might question (a decimal comma, a Hijri conversion); `ambiguous` marks readings
    that could go two ways.
    """

    type: FactType
    start: int
    end: int
    text: str
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    ambiguous: bool = False
    confidence: float = 1.0

    def to_record(self, doc: str) -> dict[str, Any]:
        """Flat JSON-ready dict: the keys `nabd extract` prints and the warehouse loads."""
        record: dict[str, Any] = {
            "doc": doc,
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        record.update({k: v for k, v in self.attrs.items() if v is not None})
        record["rule"] = self.rule
        if self.note:
            record["note"] = self.note
        if self.ambiguous:
            record["ambiguous"] = True
        record["confidence"] = self.confidence
        return record
