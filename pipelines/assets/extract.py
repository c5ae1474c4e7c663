"""Extraction: counts, dates, budgets and facilities, each with its span, rule and reading."""

import dagster as dg
import pandas as pd

from extractors import EXTRACTOR_VERSION, extract_article
from extractors.article import Article
from extractors.normalize import NormalizedText
from nabd.progress import track
from nabd.records import facts_table
from pipelines.assets._metadata import table_metadata


def _article(original: str, row: pd.Series) -> Article:
    norm = NormalizedText(
        original, row.normalized_text, tuple(row.seg_norm), tuple(row.seg_orig), tuple(row.seg_width)
    )
    return Article(norm=norm, country=row.country)


@dg.asset(
    group_name="extract",
    kinds={"pandas", "python"},
    code_version=EXTRACTOR_VERSION,
    description="Every fact found in every article: type, surface text, exact span into the original, "
    "the rule that fired and the typed reading. Bumping the extractor version marks it stale.",
)
def extracted_facts(raw_articles: pd.DataFrame, normalized_articles: pd.DataFrame) -> dg.Output[pd.DataFrame]:
    originals = dict(zip(raw_articles["doc"], raw_articles["text"], strict=True))
    found = []
    articles = normalized_articles.itertuples(index=False)
    for row in track(articles, total=len(normalized_articles), label="extracting facts"):
        original = originals[row.doc]
        found.extend((row.doc, fact) for fact in extract_article(_article(original, row)))
    frame = facts_table(found)
    counts = frame["fact_type"].value_counts().to_dict()
    metadata = table_metadata(frame, ["doc", "fact_type", "surface", "span_start", "span_end", "rule"])
    metadata.update(
        {
            f"{t}_facts": dg.MetadataValue.int(int(counts.get(t, 0)))
            for t in ("count", "date", "budget", "facility")
        }
    )
    metadata["extractor_version"] = dg.MetadataValue.text(EXTRACTOR_VERSION)
    return dg.Output(frame, metadata=metadata)
