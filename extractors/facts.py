"""The one record every extractor returns, so loaders, audits and the CLI never care which rule spoke."""

from __future__ import annotations

from typing import Any, Literal

import cython

FactType = Literal["count", "date", "budget", "facility"]


# An extension type when compiled (a field read is a C load, and building one, as every reader does for
# every fact, no longer runs an interpreted `__init__`); a plain dataclass from source. The fields stay
# Python objects, untyped, so that a fact holds exactly what it was given (a NumPy integer, an int
# confidence), compares, prints and pickles as the dataclass did.
@cython.dataclasses.dataclass
@cython.cclass
@cython.annotation_typing(False)
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
    attrs: dict[str, Any] = cython.dataclasses.field(default_factory=dict)
    note: str = ""
    ambiguous: bool = False
    confidence: float = 1.0

    def __reduce__(self) -> tuple[type[Fact], tuple[Any, ...]]:
        """Pickled as a call with the fields, which the build and the sources both read back (Cython's
        own pickling would name a helper only the build has)."""
        return Fact, (
            self.type, self.start, self.end, self.text, self.rule, self.attrs, self.note, self.ambiguous,
            self.confidence,
        )  # fmt: skip

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
