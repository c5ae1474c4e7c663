"""Regex building shared by the readers: word lists compiled as tries, so a miss fails in a letter or two."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def trie_alternation(words: Iterable[str], char_pattern: Callable[[str], str] = re.escape) -> str:
    """A regex alternation shaped like a trie of `words`.

    A flat `a|b|c` of hundreds of words makes the engine try each word at every position; the trie
    shares prefixes, so most positions are rejected after one character. `char_pattern` turns one
    character into its regex (a caller may give a marker character a pattern of its own).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [char_pattern(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return (body if len(branches) == 1 and len(body) == 1 else f"(?:{body})") + "?"
        return body

    return emit(trie)
