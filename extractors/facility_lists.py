"""Reading the names listed after a plural or dual head: one name per item, each in the singular.

Two shapes: a bracketed or colon list (مراكز ( المنصور-الخالدية )، مستشفيات: طهطا العام، والمراغة
المركزي) and names joined by و (مستشفيات أسيوط العام وديروط المركزي، مستشفيا العدان والفروانية). Each
item is read like the name after the singular head (facility_names.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

from extractors.data import facility_heads as lang
from extractors.facility_lexicon import Head
from extractors.facility_names import Walk, is_named, kind_of, read_tail

_MAX_LIST_ITEMS = 12
_MAX_ITEM_WORDS = 4  # words of one item in a bracketed or colon list
_COMMAS = ("،", ",")
# The marks a list reader reads past: a quote opens a name, commas part names, a bracket or a colon
# opens a list (see walk_at).
LIST_THROUGH = lang.QUOTES + "".join(_COMMAS) + "(:"


def singular_adjective(word: str) -> str:
    """A plural's adjective as its masculine singular head takes it (الاستشفائية → الاستشفائي)."""
    return word[:-1] if word.endswith(("ة", "ه")) else word


class Item(NamedTuple):
    start: int  # first token
    skip: int  # letters of a conjunction to leave out of the first token
    end: int
    kind: str


class Listing(NamedTuple):
    """The names after a plural or dual head, and the plural's adjectives each name takes."""

    items: list[Item]
    singles: tuple[int, ...] = ()  # adjectives each name takes, in the singular (الاستشفائي الجامعي)


def read_list(walk: Walk, head: Head, definite: bool) -> Listing:
    """Names after a plural or dual head, one per item, in either shape: a list opened by a bracket or
    a colon, or names joined by و."""
    i, found, singles = walk.descriptors(0)
    if not head.masculine:
        singles = ()
    found = frozenset(singular_adjective(f) if " " not in f else f for f in found) if singles else found
    while walk.words[i] in walk.lex.list_cues:
        i += 1
    if walk.words[i] == ":" and walk.words[i + 1] == "(":
        i += 1
    if walk.words[i] in ("(", ":") and head.number == "plural":
        return Listing(_listed_items(walk, head, i), singles)
    if not definite and found - walk.lex.health_descriptors:
        return Listing([])  # a description of many (مستشفيات ميدانية في منى)
    return Listing(_joined_items(walk, head, i, found, definite), singles)


def _joined_items(walk: Walk, head: Head, i: int, found: frozenset[str], definite: bool) -> list[Item]:
    """Names joined by و (and commas), each read like the name after the singular head.

    A plural list must open on a name that cannot be the plural's complement (see `_weak`); an
    adjective in ة after a masculine head agrees with the plural (مستشفيات الرياض العامة والخاصة): a
    description. A dual names exactly two.
    """
    lex = walk.lex
    wanted = 2 if head.number == "dual" else _MAX_LIST_ITEMS
    items: list[Item] = []
    while len(items) < wanted:
        comma = walk.words[i] in _COMMAS
        i += comma
        w = walk.words[i]
        skip, joined = 0, False
        if items:
            if w == "و":
                i, joined = i + 1, True
            elif w[:1] == "و" and len(w) > 2 and not (comma and (w in lex.places or w in lex.prefixes)):
                skip, joined = 1, True
                walk.strip(i, 1)
            elif not comma:
                break
        w = walk.words[i]
        if w in lex.adjectives and w not in lex.places and w not in lex.naming_adjectives:
            break  # an adjective of the plural (المستشفيات المرجعية)
        end, body = walk.body(i)
        if not body or body == ["number"] or (items and not joined and body[0] != "title"):
            break  # a comma alone goes on only with titled names (مستشفيات الملك فهد، الملك خالد)
        tail = read_tail(walk, end, head, False, body)
        if not is_named(lex, head, definite, found, body, tail) or (head.masculine and tail.feminine):
            return items if head.number == "plural" and len(items) >= 2 else []
        if not items and head.number == "plural" and tail.end == end and _weak(walk, i, end, body):
            return []
        items.append(Item(i, skip, tail.end, kind_of(lex, head, found, body, tail)))
        i = tail.end
    return items if len(items) >= 2 else []


def _weak(walk: Walk, i: int, end: int, body: list[str]) -> bool:
    """A first item that may be a plural's complement rather than a name: a bare place (مستشفيات جدة
    والطائف) or one definite noun (مستشفيات العزل والحجر، مستشفيات الحج والعمرة)."""
    return body == ["place"] or (body == ["free"] and end == i + 1 and walk.words[i].startswith("ال"))


def _listed_items(walk: Walk, head: Head, i: int) -> list[Item]:
    """Items of a bracketed list (all must be names, or it is no list) or a colon list (up to the
    first item that is not a name: the sentence goes on after the list)."""
    lex = walk.lex
    opener = walk.words[i]
    closers = (")", "\n") if opener == "(" else (".", "\n", ")", "(")
    close = next((k for k in range(i + 1, len(walk)) if walk.words[k] in closers), len(walk))
    if opener == "(" and walk.words[close] != ")":
        return []
    items = []
    for a, b in itertools.islice(_cut_items(walk, i + 1, close), _MAX_LIST_ITEMS):
        w = walk.words[a]
        skip = 1 if w[:1] == "و" and len(w) > 2 and (w.startswith("وال") or walk.conjoined(w)) else 0
        if skip:
            walk.strip(a, skip)
        first = walk.words[a]
        if (
            b - a > _MAX_ITEM_WORDS
            or not all(walk.is_word(k) for k in range(a, b))
            or walk.blocked(first)
            or first in lex.descriptors
            or any(walk.blocked(walk.words[k]) for k in range(a + 1, b))
        ):
            if opener == "(":
                return []
            break
        kind = "specialised_centre" if walk.specialty(a) == b else head.kind
        items.append(Item(a, skip, b, kind))
    return items


def _cut_items(walk: Walk, i: int, close: int) -> Iterator[tuple[int, int]]:
    """Token ranges of a list's items: cut at separators (- ، /) and before و + a word (المنصور
    والخالدية، النسيم وحطين); stray marks (*) around an item are dropped.

    Items are cut as they are read, so a colon list that ends early is not cut further. Reading an
    item may strip a conjunction off its first token; the cuts after it never look back at that token.
    """
    start = i
    for k in range(i, close + 1):
        w = walk.words[k]
        if k == close or w[:1] in lang.LIST_SEPARATORS:
            a, b, start = start, k, k + 1
        elif k > start and walk.is_word(k - 1) and (w.startswith("وال") or walk.conjoined(w)) and len(w) > 2:
            a, b, start = start, k, k
        else:
            continue
        while a < b and not walk.is_word(a):
            a += 1
        while b > a and not walk.is_word(b - 1):
            b -= 1
        if a < b:
            yield a, b
