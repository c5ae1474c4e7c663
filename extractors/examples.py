"""Every rule keeps its corpus of examples beside it, Duckling-style; one test runs them all."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors.facts import FactType


@dataclass(frozen=True)
class Example:
    """`text` must yield a fact of `type` whose attributes include `expect`; with `expect=None` it
    is a negative: no fact of that type may come out of `text`. `country` sets the document's
    country where the reading depends on it."""

    type: FactType
    text: str
    expect: dict[str, Any] | None = field(default=None)
    country: str | None = None

    @property
    def negative(self) -> bool:
        return self.expect is None
