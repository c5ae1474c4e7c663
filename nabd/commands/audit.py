"""`nabd audit FILE... -o OUT`: HTML pages showing every fact highlighted in its release, for checking."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from extractors import EXTRACTOR_VERSION, extract_facts
from nabd.audit import AuditDocument, render_audit_page, write_audit_pages
from nabd.sources import Rejection, read_paths


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "audit",
        help="write HTML pages with the extracted facts highlighted in the original text",
        description="-o PAGE.html writes one page for one document; -o FOLDER writes one page per "
        "document and an index.html.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="press releases (.txt, .html, .json, .jsonl)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="PAGE.html or FOLDER")
    parser.add_argument("--country", help="ISO country code, when the files' country is known")
    parser.add_argument("--run-id", help="run identifier to show on every fact (e.g. the Dagster run id)")
    return parser


def _single_page(output: Path) -> bool:
    return output.suffix.lower() in (".html", ".htm") and not output.is_dir()


def run(args: argparse.Namespace) -> int:
    documents: list[AuditDocument] = []
    rejected = 0
    for item in read_paths(args.files):
        if isinstance(item, Rejection):
            print(f"nabd: {item.source_path}: {item.reason}", file=sys.stderr)
            rejected += 1
            continue
        facts = extract_facts(item.text, args.country or item.country)
        documents.append(AuditDocument(item.doc, item.text, facts, item.title or None))
    if not documents:
        print("nabd: no document to audit", file=sys.stderr)
        return 1
    provenance = {
        "extractor_version": EXTRACTOR_VERSION,
        "run_id": args.run_id,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if _single_page(args.output):
        if len(documents) > 1:
            print(f"nabd: {len(documents)} documents: give -o a folder, not {args.output}", file=sys.stderr)
            return 2
        audit = documents[0]
        page = render_audit_page(
            audit.doc, audit.original, audit.facts, provenance=provenance, title=audit.title
        )
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(page, encoding="utf-8")
        print(args.output)
    else:
        pages = write_audit_pages(documents, args.output, provenance)
        print(f"{len(pages)} pages, index: {args.output / 'index.html'}")
    return 1 if rejected else 0
