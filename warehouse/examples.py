"""The example queries of docs/warehouse.md, and the script that refreshes their printed output.

    python -m warehouse.examples --write docs/warehouse.md

loads the fixture releases through the real readers and extractors into a scratch DuckDB, reruns every
query, and rewrites the part of the page between the `examples:begin` and `examples:end` markers, so
the documentation shows what the current code produces. Without --write it prints that part.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from extractors import EXTRACTOR_VERSION
from nabd.batch import process_batch
from nabd.sources import Rejection, scan_folder
from warehouse.engine import connect
from warehouse.load import load_batch
from warehouse.read import read_sql

BEGIN, END = "<!-- examples:begin -->", "<!-- examples:end -->"


@dataclass(frozen=True, slots=True)
class Example:
    title: str
    why: str
    sql: str


EXAMPLES = (
    Example(
        "What was found, by type",
        "The first question after a run: how many facts of each type, in how many releases.",
        """SELECT fact_type, COUNT(*) AS facts, COUNT(DISTINCT document) AS documents
FROM facts
GROUP BY fact_type
ORDER BY facts DESC, fact_type""",
    ),
    Example(
        "The largest counts, with their evidence",
        "Every number comes with the words it was read from and the rule that read it.",
        """SELECT document, unit, count_value, qualifier, surface, rule
FROM facts
WHERE fact_type = 'count'
ORDER BY count_value DESC, document
LIMIT 8""",
    ),
    Example(
        "Budgets per currency and year",
        "Amounts are in whole currency units and are never added across currencies; `year` is the "
        "publication year (empty when the source gives no date).",
        """SELECT currency, year, country, n_documents, n_readings, total_amount
FROM budgets_by_currency_year
ORDER BY year, currency""",
    ),
    Example(
        "Facility leaderboard",
        "Mentions per facility, spelling variants folded together (`n_spellings`).",
        """SELECT name, kind, country, n_mentions, n_documents, n_spellings
FROM facility_leaderboard
ORDER BY n_mentions DESC, name
LIMIT 10""",
    ),
    Example(
        "Where the facilities are",
        "Mentions per province and city, each facility placed by its own name (`مستشفى الملك فهد "
        "بالمدينة المنورة`); `city` is empty when the name gives only the province (`تجمع القصيم "
        "الصحي`), and names that give no place are left out here.",
        """SELECT f.country, f.region, f.city, COUNT(DISTINCT f.facility_id) AS n_facilities,
       COUNT(*) AS n_mentions
FROM dim_facility f JOIN fact_facility_mention m ON m.facility_id = f.facility_id
WHERE f.region IS NOT NULL OR f.city IS NOT NULL
GROUP BY f.country, f.region, f.city
ORDER BY n_mentions DESC, f.country, f.region, f.city
LIMIT 10""",
    ),
    Example(
        "The most mentioned facility of each region",
        "`facility_leaderboard` carries each facility's `city` and `region`, so it ranks within a "
        'province or a city (in pandas: `facility_leaderboard(region="القصيم")`). Ties go to the '
        "facility named in more releases, then by name, as in `facility_leaderboard()`.",
        """SELECT country, region, name, city, n_mentions, n_documents
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY country, region
                                   ORDER BY n_mentions DESC, n_documents DESC, name) AS place
      FROM facility_leaderboard
      WHERE region IS NOT NULL) ranked
WHERE place = 1
ORDER BY n_mentions DESC, country, region
LIMIT 10""",
    ),
    Example(
        "Audit: do the offsets still point at the evidence?",
        "Every fact's span cut out of the stored text must equal its surface; this is the check a "
        "researcher runs before trusting a number.",
        """SELECT f.fact_type, COUNT(*) AS facts,
       SUM(CASE WHEN substr(t.text, f.span_start + 1, f.span_end - f.span_start) = f.surface
           THEN 1 ELSE 0 END) AS offsets_match
FROM facts f JOIN document_text t ON t.document_id = f.document_id
GROUP BY f.fact_type
ORDER BY f.fact_type""",
    ),
)


def load_folder(engine: sa.Engine, folder: Path) -> None:
    """Load a folder of releases the way the pipeline does (readers, extractors, load_batch)."""
    releases = [item for item in scan_folder(folder) if not isinstance(item, Rejection)]
    documents, facts = process_batch(releases)
    load_batch(engine, documents, facts, run_id="docs-examples", extractor_version=EXTRACTOR_VERSION)


def render(engine: sa.Engine) -> str:
    """Each example as markdown: title, why, the SQL, and its output on `engine`."""
    parts = []
    for number, example in enumerate(EXAMPLES, 1):
        output = read_sql(engine, example.sql)
        output = output.astype(object).where(output.notna(), None)
        table = (
            output.to_markdown(index=False, floatfmt=",.10g", missingval="") if len(output) else "_(no rows)_"
        )
        parts.append(
            f"### {number}. {example.title}\n\n{example.why}\n\n```sql\n{example.sql}\n```\n\n{table}\n"
        )
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warehouse.examples", description=__doc__)
    parser.add_argument("--folder", type=Path, default=Path("fixtures/articles"))
    parser.add_argument("--write", type=Path, help="markdown file whose examples section is rewritten")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        engine = connect(f"duckdb:///{Path(scratch) / 'examples.duckdb'}")
        load_folder(engine, args.folder)
        section = render(engine)
        engine.dispose()
    if args.write is None:
        print(section)
        return 0
    page = args.write.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(page):
        parser.error(f"{args.write} has no {BEGIN} ... {END} section")
    args.write.write_text(pattern.sub(lambda _: f"{BEGIN}\n{section}\n{END}", page), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
