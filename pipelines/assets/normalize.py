"""Normalisation: CAMeL Tools' spelling normalisation, with the offset map back to the original text."""

import dagster as dg
import pandas as pd

from extractors.article import read_article
from pipelines.assets._metadata import table_metadata


@dg.asset(
    group_name="normalize",
    kinds={"pandas", "camel-tools"},
    description="Normalised text per article (alef, alef maksura, teh marbuta, diacritics, tatweel, digits), "
    "the offset map back to the original, and the article's country as read from its words.",
)
def normalized_articles(raw_articles: pd.DataFrame) -> dg.Output[pd.DataFrame]:
    rows = []
    for doc, text, country in zip(
        raw_articles["doc"], raw_articles["text"], raw_articles["country"], strict=True
    ):
        article = read_article(text, country if isinstance(country, str) else None)
        norm = article.norm
        rows.append(
            {
                "doc": doc,
                "normalized_text": norm.text,
                "country": article.country,
                "seg_norm": list(norm.seg_norm),
                "seg_orig": list(norm.seg_orig),
                "seg_width": list(norm.seg_width),
            }
        )
    frame = pd.DataFrame(
        rows, columns=["doc", "normalized_text", "country", "seg_norm", "seg_orig", "seg_width"]
    )
    return dg.Output(frame, metadata=table_metadata(frame, ["doc", "country", "normalized_text"]))
