"""Bytes to text for press releases as they really arrive.

Offsets of every fact index the decoded text, so decoding never substitutes a character: bytes that do not
decode cleanly are rejected with a reason. The one exception is a file cut inside its last character (an
interrupted download or copy): the incomplete tail is dropped, which moves nothing before it.

Order matters for speed and for correctness. Nearly every file is plain UTF-8, and strict UTF-8 decoding
almost never succeeds by accident on anything else, so it runs first and alone; statistical detection
(charset-normalizer) only sees the rare rest, and only among Arabic-capable code pages, because on short
Arabic text it otherwise confuses Windows-1256 with unrelated code pages.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

import charset_normalizer

log = logging.getLogger(__name__)

# The legacy code pages Arabic newsrooms actually published in, most common first: on a tie (short text
# whose bytes mean the same letters in both) the first one wins.
ARABIC_CODEPAGES = ("cp1256", "iso8859-6")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Files that land in a press folder by mistake; named so the rejection says what the file is.
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
)

_CUT_REASONS = frozenset({"unexpected end of data", "truncated data"})

# Control characters never typed in a press release; a few in a decoded file mean the guess was wrong.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_ARABIC_OR_LATIN_LETTER = re.compile(
    r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefcA-Za-z\u00c0-\u024f]"
)
_SPACE = re.compile(r"\s")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)

UNDECODABLE = "not valid UTF-8 or any known Arabic encoding"


class InputRejected(Exception):
    """A file or record that cannot become a document; the message is the one-line reason shown to users."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, *, declared: str | None = None, name: str = "") -> Decoded:
    """Decode `data` exactly, or raise InputRejected. `declared` is the charset a file names for itself
    (an HTML meta tag), tried first among the Arabic code pages; `name` only labels log messages."""
    if not data:
        raise InputRejected("empty file")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputRejected(f"binary file ({kind})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding, name)
    if b"\x00" in data:
        raise InputRejected("binary file (NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        return _decode_non_utf8(data, err, declared, name)


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if Python knows it."""
    match = _META_CHARSET.search(html, 0, 4096)
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _decode_with_bom(data: bytes, encoding: str, name: str) -> Decoded:
    try:
        text = _strict_allowing_cut_tail(data, encoding, name)
    except UnicodeDecodeError as err:
        raise InputRejected(f"invalid {_display(encoding)} at byte {err.start}") from None
    if encoding != "utf-8-sig" and not _reads_as_text(text):
        raise InputRejected(f"binary file ({_display(encoding)} byte-order mark but no readable text)")
    return Decoded(text, encoding)


def _display(encoding: str) -> str:
    return encoding.removesuffix("-sig").upper()


def _decode_non_utf8(data: bytes, err: UnicodeDecodeError, declared: str | None, name: str) -> Decoded:
    proven_utf8 = not data[: err.start].isascii()
    if proven_utf8 and err.end == len(data) and err.reason in _CUT_REASONS:
        log.warning("%s: dropped an incomplete UTF-8 character at the end of the file", name)
        return Decoded(data[: err.start].decode("utf-8"), "utf-8")
    if _mostly_utf8(data):
        raise InputRejected(f"invalid UTF-8 at byte {err.start} (corrupt or truncated file)")
    for encoding in _legacy_candidates(data, declared):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            return Decoded(text, encoding)
    raise InputRejected(UNDECODABLE)


def _legacy_candidates(data: bytes, declared: str | None) -> list[str]:
    # A declared Western code page is a common publishing mistake and would turn Arabic into accented
    # Latin letters that still look like text, so a declaration only ranks the Arabic code pages.
    candidates = [declared] if declared in ARABIC_CODEPAGES else []
    best = charset_normalizer.from_bytes(data, cp_isolation=list(ARABIC_CODEPAGES)).best()
    if best is not None:
        candidates.append(codecs.lookup(best.encoding).name)
    candidates.extend(ARABIC_CODEPAGES)
    return list(dict.fromkeys(candidates))


def _strict_allowing_cut_tail(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        if err.end != len(data) or err.reason not in _CUT_REASONS:
            raise
        log.warning("%s: dropped an incomplete %s character at the end of the file", name, encoding)
        return data[: err.start].decode(encoding)


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with a few broken sequences rather than another encoding: legacy
    Arabic text forms valid multi-byte UTF-8 sequences only by rare accident."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return multibyte > 3 * broken


def _reads_as_text(text: str) -> bool:
    """Mostly Arabic or Latin letters and no stray control characters: what a wrong guess never gives."""
    visible = len(text) - len(_SPACE.findall(text))
    if visible == 0:
        return True
    controls = len(_CONTROL.findall(text))
    letters = len(_ARABIC_OR_LATIN_LETTER.findall(text))
    return controls * 100 <= visible and letters * 2 >= visible
