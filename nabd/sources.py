"""Press releases from an input folder, in the forms they really arrive, as documents or reasons.

Every file yields documents or a `Rejection` saying why not: a bad file never raises and is never
silently lost, so a run over a messy folder always finishes and always accounts for every input. Folders
are streamed (one file in memory at a time); only the content hashes seen so far are kept, to reject a
release that arrives twice under different names.
"""

from __future__ import annotations

import hashlib
import math
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nabd.sources_decode import InputRejected, declared_charset, decode
from nabd.sources_formats import PARSERS, Record, RecordProblem

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
MAX_BYTES = 20 * 2**20


@dataclass(frozen=True, slots=True)
class SourceDocument:
    doc: str  # unique id: path relative to the input folder; "name.jsonl#<line or record id>" per record
    source_path: str  # path as given
    text: str  # decoded text exactly as extractors see it; facts' offsets index THIS string
    title: str
    sha256: str  # of `text` as UTF-8: the content hash duplicates are detected by
    encoding: str
    url: str | None = None
    published: str | None = None  # ISO date, only when the source itself gives one
    source: str | None = None  # publisher or feed name when known, else the folder name
    country: str | None = None  # ISO alpha-2, only when the source itself gives one


@dataclass(frozen=True, slots=True)
class Rejection:
    source_path: str
    reason: str  # one human-readable line


Result = SourceDocument | Rejection


def read_source(path: Path, *, root: Path | None = None, max_bytes: int = MAX_BYTES) -> list[Result]:
    """Everything one file holds (a .jsonl holds many). `doc` ids are relative to `root` when given,
    else the path as given; duplicates are only detected within the file."""
    doc = path.relative_to(root).as_posix() if root is not None else str(path)
    return list(_Session(max_bytes).read(str(path), doc))


def scan_folder(folder: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Result]:
    """Every supported file below `folder` in a sorted walk (a folder's files by name, then its
    subfolders by name); other suffixes and hidden files (editor swap files, macOS `._` forks, VCS
    folders) are skipped without a word, unreadable subfolders are rejected."""
    session = _Session(max_bytes)
    problems: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=problems.append):
        yield from (Rejection(err.filename or str(folder), _os_reason(err)) for err in problems)
        problems.clear()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        prefix = os.path.relpath(dirpath, folder).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower().endswith(SUPPORTED_SUFFIXES):
                yield from session.read(os.path.join(dirpath, name), prefix + name)
    yield from (Rejection(err.filename or str(folder), _os_reason(err)) for err in problems)


def read_paths(paths: Sequence[Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Result]:
    """The files named on a command line, in the order given; `doc` is the file name, as the facts of
    `nabd extract` name it. Unlike a folder scan, an unsupported suffix is reported: the user asked for
    that file."""
    session = _Session(max_bytes)
    for path in paths:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            reason = f"unsupported file type {path.suffix or '(no suffix)'!r}; expected one of"
            yield Rejection(str(path), f"{reason} {', '.join(SUPPORTED_SUFFIXES)}")
            continue
        yield from session.read(str(path), path.name)


@dataclass
class _Session:
    """State shared by the files of one scan: what has been seen, to reject duplicates and keep ids unique."""

    max_bytes: int
    first_doc_by_hash: dict[str, str] = field(default_factory=dict)
    docs: set[str] = field(default_factory=set)

    def read(self, path: str, doc: str) -> Iterator[Result]:
        suffix = os.path.splitext(path)[1].lower()
        try:
            data = _read_bytes(path, self.max_bytes)
            declared = declared_charset(data) if suffix in (".html", ".htm") else None
            decoded = decode(data, declared=declared, name=path)
            records = PARSERS[suffix](decoded.text)
        except InputRejected as err:
            yield Rejection(path, str(err))
            return
        folder = os.path.basename(os.path.dirname(os.path.abspath(path)))
        for record in records:
            if isinstance(record, RecordProblem):
                yield Rejection(path, record.reason)
            else:
                yield self._document(path, doc, record, decoded.encoding, folder)

    def _document(self, path: str, doc: str, record: Record, encoding: str, folder: str) -> Result:
        where = f"{record.where}: " if record.where else ""
        sha256 = hashlib.sha256(record.text.encode("utf-8")).hexdigest()
        first = self.first_doc_by_hash.get(sha256)
        if first is not None:
            return Rejection(path, f"{where}duplicate of {first} (same content hash)")
        doc_id = self._unique_id(doc, record)
        if doc_id is None:
            return Rejection(path, f"{where}duplicate record id {record.key!r} in the same file")
        self.first_doc_by_hash[sha256] = doc_id
        self.docs.add(doc_id)
        return SourceDocument(
            doc=doc_id,
            source_path=path,
            text=record.text,
            title=record.title,
            sha256=sha256,
            encoding=encoding,
            url=record.url,
            published=record.published,
            source=record.source or folder,
            country=record.country,
        )

    def _unique_id(self, doc: str, record: Record) -> str | None:
        if record.position is None:
            return doc
        candidates = ([f"{doc}#{record.key}"] if record.key else []) + [f"{doc}#{record.position}"]
        return next((c for c in candidates if c not in self.docs), None)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes, after checks that must come before opening: a FIFO would block the scan forever,
    and a huge file should be rejected without reading it."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise InputRejected("not a regular file")
        if info.st_size > max_bytes:
            raise InputRejected(f"too large: {_megabytes(info.st_size)} > {_megabytes(max_bytes)} limit")
        with open(path, "rb", buffering=0) as file:
            data = file.read()
    except OSError as err:
        raise InputRejected(_os_reason(err)) from None
    if len(data) > max_bytes:
        raise InputRejected(f"too large: grew past the {_megabytes(max_bytes)} limit while being read")
    return data


def _os_reason(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file"
    return f"unreadable: [Errno {err.errno}] {err.strerror}"


def _megabytes(size: int) -> str:
    """Rounded up, so a file just over the limit never reads as equal to it."""
    if size < 100_000:
        return f"{size:,} bytes"
    return f"{math.ceil(size * 10 / 2**20) / 10:g} MB"
