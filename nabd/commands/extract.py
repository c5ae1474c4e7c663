"""`nabd extract FILE...`: facts as JSON Lines, one per line, for piping into jq or a notebook."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractors import extract_facts
from nabd.sources import Rejection, read_paths


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("extract", help="print the facts in press releases as JSON Lines")
    parser.add_argument("files", nargs="+", type=Path, help="press releases (.txt, .html, .json, .jsonl)")
    parser.add_argument("--country", help="ISO country code, when the files' country is known")
    return parser


def run(args: argparse.Namespace) -> int:
    read = 0
    out = sys.stdout
    for item in read_paths(args.files):
        if isinstance(item, Rejection):
            print(f"nabd: {item.source_path}: {item.reason}", file=sys.stderr)
            continue
        read += 1
        for fact in extract_facts(item.text, args.country or item.country):
            out.write(json.dumps(fact.to_record(item.doc), ensure_ascii=False) + "\n")
    return 0 if read else 1
