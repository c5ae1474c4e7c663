"""`nabd evaluate GOLD.jsonl DOCS_DIR`: precision, recall and F1 per fact type, with every miss listed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractors import extract_facts
from nabd.evaluate import evaluate, read_gold, scores_frame
from nabd.sources import Rejection, scan_folder


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("evaluate", help="score the extractors against gold annotations")
    parser.add_argument("gold", type=Path, help="gold facts, JSON Lines (the format of fixtures/gold.jsonl)")
    parser.add_argument("docs", type=Path, help="folder holding the annotated documents")
    parser.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when any type's F1 is below this")
    parser.add_argument("--json", action="store_true", help="print scores and misses as JSON")
    return parser


def run(args: argparse.Namespace) -> int:
    gold = read_gold(args.gold)
    wanted = {g["doc"] for g in gold}
    predictions = {}
    for item in scan_folder(args.docs):
        if isinstance(item, Rejection):
            print(f"nabd: {item.source_path}: {item.reason}", file=sys.stderr)
            continue
        if item.doc in wanted:
            predictions[item.doc] = [f.to_record(item.doc) for f in extract_facts(item.text, item.country)]
    missing = sorted(wanted - predictions.keys())
    for doc in missing:
        print(f"nabd: {doc}: in the gold file but not found in {args.docs}", file=sys.stderr)
    scores = evaluate(gold, predictions)
    frame = scores_frame(scores, str(args.gold))
    if args.json:
        payload = {
            "scores": frame.to_dict("records"),
            "misses": [m for s in scores.values() for m in s.misses],
            "false_alarms": [m for s in scores.values() for m in s.false_alarms],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=1, default=str))
    else:
        print(frame.drop(columns="gold_file").to_string(index=False))
        for score in scores.values():
            for miss in score.misses:
                print(f"miss  {score.fact_type:9} {miss['doc']}: {_describe(miss)}")
            for alarm in score.false_alarms:
                print(f"extra {score.fact_type:9} {alarm['doc']}: {_describe(alarm)}")
    below = [s.fact_type for s in scores.values() if s.f1 < args.min_f1]
    if below:
        print(f"nabd: F1 below {args.min_f1} for {', '.join(below)}", file=sys.stderr)
    return 1 if below or missing else 0


def _describe(item: dict) -> str:
    keys = ("text", "value", "unit", "amount", "currency", "name", "kind")
    return " | ".join(f"{k}={item[k]}" for k in keys if k in item)
