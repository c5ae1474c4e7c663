"""The warehouse loads, replaces and reads back facts the same way on DuckDB and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

import warehouse
from extractors.facts import Fact
from nabd.records import documents_frame, fact_context, fact_row, facts_frame
from warehouse import load
from warehouse.examples import load_folder
from warehouse.schema import VIEWS, fact_reviews
from warehouse.testing import gold_batch, scratch_postgres, warehouse_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MOROCCAN = "004_f8f55f1d287d3445.txt"
MEDINA = "002_4dcc3eee00311338.txt"

postgres_url, warehouse_engine = warehouse_fixtures()


@pytest.fixture
def batch() -> tuple[pd.DataFrame, pd.DataFrame]:
    documents, facts = gold_batch(FIXTURES)
    published = {MOROCCAN: "2025-12-03", MEDINA: "2021-05-02"}
    return documents.assign(published=documents["doc"].map(published)), facts


def _facts(engine: sa.Engine, where: str = "TRUE") -> pd.DataFrame:
    return warehouse.read_sql(
        engine, f"SELECT * FROM facts WHERE {where} ORDER BY document, span_start, fact_type"
    )


def _evidence(frame: pd.DataFrame) -> list[tuple]:
    """What must survive a reload unchanged: where each fact is and what it reads."""
    columns = ["document", "fact_type", "span_start", "span_end", "surface", "rule"]
    return sorted(frame[columns].itertuples(index=False, name=None))


def test_reloading_a_batch_keeps_exactly_the_same_facts(warehouse_engine, batch):
    documents, facts = batch
    first = warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    loaded = _facts(warehouse_engine)
    second = warehouse.load_batch(warehouse_engine, documents, facts, run_id="r2", extractor_version="1")
    reloaded = _facts(warehouse_engine)

    assert (first.documents, first.facts) == (second.documents, second.facts) == (5, len(facts))
    assert len(reloaded) == len(facts)
    assert _evidence(reloaded) == _evidence(loaded)
    assert set(reloaded["run_id"]) == {"r2"}
    assert sorted(reloaded["first_seen_at"]) == sorted(loaded["loaded_at"])
    docs = warehouse.read_sql(warehouse_engine, "SELECT * FROM documents ORDER BY doc")
    assert list(docs["last_run_id"]) == ["r2"] * 5
    assert (docs["first_loaded_at"] < docs["last_loaded_at"]).all()


def test_releasing_the_cache_between_batches_keeps_every_fact(warehouse_engine, batch):
    documents, facts = batch
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    loaded = _facts(warehouse_engine)
    warehouse.release_cache(warehouse_engine)
    assert _evidence(_facts(warehouse_engine)) == _evidence(loaded)


def test_stored_text_and_offsets_agree(warehouse_engine, batch):
    documents, facts = batch
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    audit = warehouse.read_sql(
        warehouse_engine,
        "SELECT f.surface, substr(t.text, f.span_start + 1, f.span_end - f.span_start) AS at_offsets "
        "FROM facts f JOIN document_text t ON t.document_id = f.document_id",
    )
    assert len(audit) == len(facts)
    assert (audit["surface"] == audit["at_offsets"]).all()
    texts = warehouse.read_sql(
        warehouse_engine,
        "SELECT d.doc, t.text FROM dim_document d JOIN document_text t ON t.document_id = d.document_id",
    )
    assert dict(texts.itertuples(index=False)) == dict(documents[["doc", "text"]].itertuples(index=False))


def test_the_facts_view_cuts_each_context_as_python_slices_it(warehouse_engine):
    """Offsets count characters on both backends: Arabic, an emoji outside the BMP, and spans touching
    either end of a text, or so close to them that the window is cut short."""
    text = "😀15 سريراً في مستشفى الملك فهد بالمدينة المنورة، 😀 وتبلغ الميزانية 3 ملايين ريال 2021"
    spans = [(0, 3), (1, 9), (len(text) - 4, len(text)), (len(text) - 30, len(text) - 20), (30, 35)]
    documents = documents_frame([{"doc": "edge.txt", "text": text, "n_chars": len(text)}])
    facts = facts_frame(
        fact_row("edge.txt", Fact("count", start, end, text[start:end], "test", {"value": 1}))
        for start, end in spans
    )
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    read = warehouse.read_sql(warehouse_engine, "SELECT span_start, span_end, context FROM facts")
    contexts = {(row.span_start, row.span_end): row.context for row in read.itertuples()}
    assert contexts == {(start, end): fact_context(text, start, end) for start, end in spans}


def test_changed_facts_replace_the_previous_ones(warehouse_engine, batch):
    documents, facts = batch
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    before = _facts(warehouse_engine)
    time.sleep(0.01)
    cut = datetime.now(UTC)
    moroccan = facts["doc"] == MOROCCAN
    beds = (facts["doc"] == MEDINA) & (facts["unit"] == "bed")
    revised = facts[~moroccan].copy()
    revised.loc[beds, "count_value"] = 16.0
    warehouse.load_batch(warehouse_engine, documents, revised, run_id="r2", extractor_version="2")
    after = _facts(warehouse_engine)

    assert len(after) == len(revised)
    assert _facts(warehouse_engine, f"document = '{MOROCCAN}'").empty
    assert MOROCCAN in set(warehouse.read_sql(warehouse_engine, "SELECT doc FROM dim_document")["doc"])
    assert after.loc[after["unit"] == "bed", "count_value"].tolist() == [16.0]

    changes = warehouse.changes_since(cut, engine=warehouse_engine)
    assert changes[["change", "document", "unit", "count_value"]].values.tolist() == [
        ["new reading", MEDINA, "bed", 16.0]
    ]
    kept = before[(before["document"] != MOROCCAN) & (before["unit"].fillna("") != "bed")]
    unchanged = after[after["unit"].fillna("") != "bed"]
    assert sorted(unchanged["first_seen_at"]) == sorted(kept["first_seen_at"])


def test_a_batch_mixing_new_and_known_documents_replaces_only_the_known_ones(warehouse_engine, batch):
    documents, facts = batch
    first, later = documents.iloc[:3], documents.iloc[2:]
    warehouse.load_batch(
        warehouse_engine, first, facts[facts["doc"].isin(first["doc"])], run_id="r1", extractor_version="1"
    )
    before = _facts(warehouse_engine)
    time.sleep(0.01)
    revised = facts[facts["doc"].isin(later["doc"])].assign(rule="rule_v2")
    warehouse.load_batch(warehouse_engine, later, revised, run_id="r2", extractor_version="2")
    after = _facts(warehouse_engine)

    assert len(after) == len(facts)
    runs = after.groupby("document")["run_id"].agg(lambda r: ",".join(sorted(set(r))))
    assert runs.to_dict() == {
        doc: "r1" if i < 2 else "r2" for i, doc in enumerate(documents["doc"]) if doc in runs
    }
    shared = documents["doc"][2]
    kept = before.loc[before["document"] == shared, "first_seen_at"]
    assert sorted(after.loc[after["document"] == shared, "first_seen_at"]) == sorted(kept)
    new = after[after["document"].isin(documents["doc"][3:])]
    assert (new["first_seen_at"] == new["loaded_at"]).all()


def test_a_failing_document_keeps_its_facts_and_the_ones_before_it_load(warehouse_engine, batch):
    documents, facts = batch
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    revised = facts.assign(rule="rule_v2")
    broken = revised.index[revised["doc"] == MEDINA][0]
    revised.loc[broken, "span_end"] = revised.loc[broken, "span_start"]  # an empty span breaks a constraint

    with pytest.raises(sa.exc.DBAPIError) as failure:
        warehouse.load_batch(warehouse_engine, documents, revised, run_id="r2", extractor_version="2")

    assert any(MEDINA in note for note in failure.value.__notes__)
    rules = _facts(warehouse_engine).groupby("document")["rule"].agg(lambda r: set(r).pop())
    docs = list(documents["doc"])
    assert docs.index(MEDINA) == 2
    assert rules[docs[0]] == rules[docs[1]] == "rule_v2"
    assert rules[MEDINA].startswith("gold_")
    assert rules[MOROCCAN].startswith("gold_")
    assert len(_facts(warehouse_engine, f"document = '{MEDINA}'")) == (facts["doc"] == MEDINA).sum()


def test_a_failure_between_insert_and_delete_leaves_every_previous_fact(warehouse_engine, batch, monkeypatch):
    documents, facts = batch
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    before = _facts(warehouse_engine)

    def crash(conn, params):
        raise RuntimeError("power cut")

    monkeypatch.setattr(load, "_delete_previous_facts", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        warehouse.load_batch(
            warehouse_engine, documents, facts.assign(rule="v2"), run_id="r2", extractor_version="2"
        )

    after = _facts(warehouse_engine)
    assert after.drop(columns="fact_id").equals(before.drop(columns="fact_id"))
    assert set(
        warehouse.read_sql(warehouse_engine, "SELECT last_run_id FROM dim_document")["last_run_id"]
    ) == {"r1"}


def test_frames_that_do_not_fit_are_refused_before_anything_is_written(warehouse_engine, batch):
    documents, facts = batch
    with pytest.raises(ValueError, match="missing from the batch"):
        warehouse.load_batch(warehouse_engine, documents.iloc[1:], facts, run_id="r1", extractor_version="1")
    with pytest.raises(ValueError, match="twice"):
        warehouse.load_batch(
            warehouse_engine, pd.concat([documents, documents]), facts, run_id="r1", extractor_version="1"
        )
    with pytest.raises(ValueError, match="lacks columns"):
        warehouse.load_batch(
            warehouse_engine, documents, facts.drop(columns="surface"), run_id="r1", extractor_version="1"
        )
    assert warehouse.read_sql(warehouse_engine, "SELECT COUNT(*) AS n FROM dim_document")["n"][0] == 0


def _release(doc: str, text: str, facts: list[tuple[str, str, dict]], published: str) -> tuple[dict, list]:
    document = {
        "doc": doc,
        "source_path": doc,
        "sha256": doc,
        "title": text[:20],
        "text": text,
        "country": "SA",
        "published": published,
        "source": "spa",
        "url": None,
        "encoding": "utf-8",
        "n_chars": len(text),
    }
    rows = []
    for fact_type, evidence, attrs in facts:
        start = text.index(evidence)
        rows.append(fact_row(doc, Fact(fact_type, start, start + len(evidence), evidence, "test", attrs)))
    return document, rows


def test_dimensions_fold_facility_spellings_and_calendar_grains(warehouse_engine):
    first, first_facts = _release(
        "a.txt",
        "أعلن مستشفى الملك فهد بالمدينة المنورة عن تشغيل 15 سريراً خلال شهر أبريل 2021 م، الموافق 20 رمضان 1442 هـ.",
        [
            (
                "facility",
                "مستشفى الملك فهد بالمدينة المنورة",
                {"name": "مستشفى الملك فهد بالمدينة المنورة", "kind": "hospital"},
            ),
            ("count", "15 سريراً", {"value": 15, "unit": "bed"}),
            ("count", "15 سريراً", {"value": 15, "unit": "bed"}),
            ("date", "شهر أبريل 2021 م", {"value": "2021-04", "role": "event", "hijri": "1442-09"}),
        ],
        "2021-05-02",
    )
    second, second_facts = _release(
        "b.txt",
        "زار الوزير مستشفي الملك فهد بالمدينه المنوره يوم 2021-05-01 واطلع على 20 سريراً جديداً.",
        [
            (
                "facility",
                "مستشفي الملك فهد بالمدينه المنوره",
                {"name": "مستشفي الملك فهد بالمدينه المنوره", "kind": "hospital"},
            ),
            ("date", "2021-05-01", {"value": "2021-05-01", "role": "event"}),
            ("count", "20 سريراً", {"value": 20, "unit": "bed"}),
        ],
        "2021-05-03",
    )
    documents = documents_frame([first, second])
    warehouse.load_batch(
        warehouse_engine,
        documents,
        facts_frame(first_facts + second_facts),
        run_id="r1",
        extractor_version="1",
    )

    facilities = warehouse.read_sql(warehouse_engine, "SELECT * FROM dim_facility")
    assert facilities[["name", "kind", "country", "city", "region"]].values.tolist() == [
        ["مستشفى الملك فهد بالمدينة المنورة", "hospital", "SA", "المدينة المنورة", "المدينة المنورة"]
    ]
    assert len(warehouse.read_sql(warehouse_engine, "SELECT * FROM facility_alias")) == 2
    board = warehouse.facility_leaderboard(engine=warehouse_engine)
    assert board[["n_mentions", "n_documents", "n_spellings"]].values.tolist() == [[2, 2, 2]]

    dates = warehouse.read_sql(warehouse_engine, "SELECT * FROM dim_date ORDER BY date_key")
    assert dates[["date_key", "iso", "grain"]].values.tolist() == [
        [20210400, "2021-04", "month"],
        [20210501, "2021-05-01", "day"],
    ]
    assert dates["hijri"].fillna("unknown").tolist() == ["1442-09", "unknown"]
    counts = warehouse.counts_by_unit(engine=warehouse_engine)
    assert counts[["month", "unit", "n_documents", "n_readings", "total_value"]].values.tolist() == [
        [pd.Timestamp("2021-05-01").date(), "bed", 2, 2, 35.0]
    ]


def _placed_release(doc: str, country: str | None, names: list[str]) -> tuple[dict, list]:
    text = "، ".join(f"زار الوزير {name}" for name in names) + "."
    document, rows = _release(
        doc, text, [("facility", name, {"name": name, "kind": "hospital"}) for name in names], "2024-03-01"
    )
    return {**document, "country": country}, rows


def test_facilities_get_the_city_and_region_their_names_give_once_whatever_the_reloads(warehouse_engine):
    """Each facility is placed by its own name in its country, one row per facility; a name that says
    no place leaves both empty; loading the batch again, or a later batch naming the same facilities
    with other spellings, neither adds nor drops a facility nor changes its place."""
    releases = [
        _placed_release(
            "sa.txt",
            "SA",
            ["مستشفى الملك فهد بالمدينة المنورة", "تجمع القصيم الصحي", "مستشفى الملك فيصل التخصصي"],
        ),
        _placed_release("jo.txt", "JO", ["مستشفى الجامعة الأردنية بعمان", "مستشفى البشير"]),
        _placed_release("eg.txt", "EG", ["مديرية الصحة بمحافظة الجيزة", "مستشفى المنصورة الدولي"]),
        _placed_release("xx.txt", None, ["مستشفى طرابلس الحكومي"]),
    ]
    documents = documents_frame([document for document, _ in releases])
    facts = facts_frame([row for _, rows in releases for row in rows])
    expected = sorted(
        [
            ["تجمع القصيم الصحي", "SA", None, "القصيم"],
            ["مديرية الصحة بمحافظة الجيزة", "EG", None, "الجيزة"],
            ["مستشفى البشير", "JO", None, None],
            ["مستشفى الجامعة الأردنية بعمان", "JO", "عمان", "العاصمة"],
            ["مستشفى المنصورة الدولي", "EG", "المنصورة", "الدقهلية"],
            ["مستشفى الملك فهد بالمدينة المنورة", "SA", "المدينة المنورة", "المدينة المنورة"],
            ["مستشفى الملك فيصل التخصصي", "SA", None, None],
            ["مستشفى طرابلس الحكومي", None, None, None],
        ]
    )
    query = "SELECT name, country, city, region FROM dim_facility"

    def placed() -> list[list]:
        frame = warehouse.read_sql(warehouse_engine, query)
        return sorted(frame.astype(object).where(frame.notna(), None).values.tolist())

    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    assert placed() == expected
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r2", extractor_version="1")
    assert placed() == expected

    respelled, rows = _placed_release("sa2.txt", "SA", ["مستشفي الملك فهد بالمدينه المنوره"])
    warehouse.load_batch(
        warehouse_engine, documents_frame([respelled]), facts_frame(rows), run_id="r3", extractor_version="1"
    )
    assert placed() == expected
    board = warehouse.facility_leaderboard(engine=warehouse_engine)
    assert board["n_mentions"].sum() == len(facts) + 1


def test_leaderboard_ranks_the_facilities_of_a_region_or_a_city(warehouse_engine):
    """The fixture releases read by the pipeline: a region's or a city's leaderboard is exactly the
    facilities that `dim_facility` places there, ranked by their mentions, and the limit counts within
    the filter. Facilities whose names give no place are in no region's board."""
    load_folder(warehouse_engine, FIXTURES / "articles")

    def board(**filters) -> pd.DataFrame:
        frame = warehouse.facility_leaderboard(engine=warehouse_engine, limit=None, **filters)
        return frame.astype(object).where(frame.notna(), None)

    everything = board()
    assert list(everything.columns[:7]) == [
        "facility_id",
        "name",
        "kind",
        "country",
        "city",
        "region",
        "n_mentions",
    ]

    qassim = board(region="القصيم")
    assert set(qassim["region"]) == {"القصيم"} and set(qassim["country"]) == {"SA"}
    assert qassim["name"][0] == "تجمع القصيم الصحي" and qassim["city"][0] is None
    assert {"بريدة", "عنيزة"} < set(qassim["city"])
    assert list(qassim["n_mentions"]) == sorted(qassim["n_mentions"], reverse=True)

    buraydah = board(city="بريدة")
    assert sorted(buraydah["name"]) == ["مستشفى الملك فهد التخصصي ببريدة", "مستشفى الولادة والأطفال ببريدة"]
    assert set(buraydah["region"]) == {"القصيم"}
    holy = board(region=["المدينة المنورة", "مكة المكرمة"], kind="hospital")
    assert "مستشفى الملك فهد بالمدينة المنورة" in set(holy["name"])
    assert set(holy["kind"]) == {"hospital"} and set(holy["region"]) <= {"المدينة المنورة", "مكة المكرمة"}
    jazan_top = warehouse.facility_leaderboard(engine=warehouse_engine, region="جازان", limit=1)
    assert jazan_top["name"].tolist() == ["تجمع جازان الصحي"]
    assert jazan_top["name"][0] != everything["name"][0]

    places = warehouse.read_sql(
        warehouse_engine,
        "SELECT f.region, COUNT(*) AS n_mentions FROM dim_facility f "
        "JOIN fact_facility_mention m ON m.facility_id = f.facility_id "
        "WHERE f.region IS NOT NULL GROUP BY f.region",
    )
    assert len(places) > 10
    for region, n_mentions in places.itertuples(index=False):
        assert board(region=region)["n_mentions"].sum() == n_mentions
    unplaced = everything[everything["region"].isna()]
    assert len(board(region=places["region"].tolist())) + len(unplaced) == len(everything)
    assert "مستشفى البشير" in set(unplaced["name"])
    assert "مستشفى البشير" not in set(board(region=places["region"].tolist())["name"])


def test_reporting_views_and_api_filters(warehouse_engine, batch):
    documents, facts = batch
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")

    budgets = warehouse.budgets_by_currency(engine=warehouse_engine)
    assert budgets[["currency", "year", "country", "n_readings", "total_amount"]].values.tolist() == [
        ["MAD", 2025, "MA", 2, 13_902_000.0]
    ]
    assert warehouse.budgets_by_currency(engine=warehouse_engine, since="2026-01-01").empty
    assert len(warehouse.budgets_by_currency(engine=warehouse_engine, currency=["MAD", "SAR"])) == 1

    per_source = warehouse.facts_per_source(engine=warehouse_engine)
    assert per_source[["source", "n_documents", "n_facts"]].values.tolist() == [["fixtures", 5, len(facts)]]
    assert per_source["n_budgets"][0] == 2

    moroccan = warehouse.facts(engine=warehouse_engine, country="MA", fact_type="count")
    assert set(moroccan["document"]) == {MOROCCAN}
    assert len(moroccan) == ((facts["doc"] == MOROCCAN) & (facts["fact_type"] == "count")).sum()
    assert list(moroccan["span_start"]) == sorted(moroccan["span_start"])
    since = warehouse.facts(engine=warehouse_engine, since="2025-01-01")
    assert set(since["document"]) == {MOROCCAN}
    units = warehouse.counts_by_unit(engine=warehouse_engine, unit=["hospital", "bed"], since="2021-05-20")
    assert units[["unit", "total_value"]].values.tolist() == [["bed", 15.0], ["hospital", 3.0]]
    assert warehouse.counts_by_unit(engine=warehouse_engine, since="2021-06-01", country="SA").empty

    board = warehouse.facility_leaderboard(engine=warehouse_engine, kind="specialised_centre", limit=2)
    assert len(board) == 2
    assert set(board["kind"]) == {"specialised_centre"}
    url = warehouse_engine.url.render_as_string(hide_password=False)
    assert warehouse.facts(engine=url, document=MEDINA, limit=3)["document"].tolist() == [MEDINA] * 3


def test_quarantine_and_evaluation_records(warehouse_engine):
    rows = pd.DataFrame(
        {
            "source_path": ["inbox/a.pdf", "inbox/b.txt"],
            "reason": ["unsupported file type .pdf", "empty file"],
            "detected_at": [pd.Timestamp("2025-03-01 12:00", tz="Asia/Riyadh"), None],
        }
    )
    assert warehouse.record_quarantine(warehouse_engine, rows) == 2
    assert warehouse.record_quarantine(warehouse_engine, rows.iloc[:0]) == 0
    stored = warehouse.read_sql(warehouse_engine, "SELECT * FROM quarantine ORDER BY source_path")
    assert stored["detected_at"][0] == datetime(2025, 3, 1, 9, 0)
    assert stored["detected_at"][1] > datetime(2025, 3, 2)
    assert stored["run_id"].isna().all()

    scores = pd.DataFrame(
        {
            "fact_type": ["count", "budget"],
            "precision": [0.9, 1.0],
            "recall": [0.8, 0.5],
            "f1": [0.847, 0.667],
            "tp": [8, 1],
            "fp": [1, 0],
            "fn": [2, 1],
            "gold_file": ["fixtures/gold.jsonl"] * 2,
        }
    )
    warehouse.record_evaluation(warehouse_engine, scores, run_id="r1")
    warehouse.record_evaluation(warehouse_engine, scores.iloc[:1].assign(tp=9), run_id="r1")
    warehouse.record_evaluation(warehouse_engine, scores, run_id="r2")
    runs = warehouse.read_sql(
        warehouse_engine, "SELECT run_id, fact_type, tp FROM evaluation_runs ORDER BY 1, 2"
    )
    assert runs.values.tolist() == [["r1", "count", 9], ["r2", "budget", 1], ["r2", "count", 8]]


def test_reviews_are_keyed_by_span_and_outlive_reloads(warehouse_engine, batch):
    documents, facts = batch
    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r1", extractor_version="1")
    fact = _facts(warehouse_engine, "fact_type = 'budget'").iloc[0]
    review = {
        "doc": fact["document"],
        "fact_type": "budget",
        "span_start": int(fact["span_start"]),
        "span_end": int(fact["span_end"]),
        "surface": fact["surface"],
        "verdict": "correct",
        "reviewed_at": datetime(2025, 3, 1),
    }
    with warehouse_engine.begin() as conn:
        conn.execute(fact_reviews.insert(), review)
    with pytest.raises(sa.exc.DBAPIError), warehouse_engine.begin() as conn:
        conn.execute(fact_reviews.insert(), {**review, "verdict": "wrong"})

    warehouse.load_batch(warehouse_engine, documents, facts, run_id="r2", extractor_version="1")
    joined = warehouse.read_sql(
        warehouse_engine,
        "SELECT f.run_id, r.verdict FROM fact_reviews r JOIN facts f ON f.document = r.doc "
        "AND f.fact_type = r.fact_type AND f.span_start = r.span_start AND f.span_end = r.span_end",
    )
    assert joined.values.tolist() == [["r2", "correct"]]


@pytest.mark.postgres
def test_both_backends_give_the_same_answers(tmp_path, batch):
    documents, facts = batch
    answers = []
    with scratch_postgres() as postgres:
        for url in (f"duckdb:///{tmp_path / 'w.duckdb'}", postgres):
            engine = warehouse.connect(url)
            warehouse.load_batch(engine, documents, facts, run_id="r1", extractor_version="1")
            answers.append(
                {name: _comparable(warehouse.read_sql(engine, f"SELECT * FROM {name}")) for name in VIEWS}
            )
            engine.dispose()
    duck, postgres_answers = answers
    for name in VIEWS:
        assert duck[name] == postgres_answers[name], name


def _comparable(frame: pd.DataFrame) -> list[tuple]:
    """Rows without the columns that differ by nature (surrogate ids, load times), in a fixed order."""
    volatile = [c for c in frame.columns if c.endswith(("_id", "_at"))]
    rows = frame.drop(columns=volatile).astype(object).where(frame.drop(columns=volatile).notna(), None)
    return sorted(rows.itertuples(index=False, name=None), key=repr)


HOLD_FILE = """
import sys, duckdb
connection = duckdb.connect(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()
"""


def test_a_duckdb_file_held_by_another_process_is_refused_in_one_clear_line(tmp_path, batch):
    path = tmp_path / "held.duckdb"
    engine = warehouse.connect(f"duckdb:///{path}")
    engine.dispose()  # no connection kept: the next load must open the file again
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_FILE, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(warehouse.WarehouseBusy) as busy:
            warehouse.load_batch(engine, *batch, run_id="r1", extractor_version="1")
        with pytest.raises(warehouse.WarehouseBusy):
            warehouse.connect(f"duckdb:///{path}")
    finally:
        holder.communicate("", timeout=60)

    message = str(busy.value)
    assert "\n" not in message
    assert str(path) in message
    assert f"PID {holder.pid}" in message
    assert "another process" in message
    assert warehouse.read_sql(engine, "SELECT COUNT(*) AS n FROM dim_document")["n"][0] == 0
    engine.dispose()


def test_duckdb_connections_are_capped_quiet_and_overridable(tmp_path):
    """...and releasing the cache, which lowers the limit for a moment, leaves the limit as it was."""
    settings = "SELECT name, value FROM duckdb_settings() WHERE name IN ('memory_limit', 'max_vacuum_tasks', 'enable_progress_bar')"
    engine = warehouse.connect(f"duckdb:///{tmp_path / 'a.duckdb'}")
    warehouse.release_cache(engine)
    defaults = dict(warehouse.read_sql(engine, settings).itertuples(index=False))
    engine.dispose()
    engine = warehouse.connect(f"duckdb:///{tmp_path / 'b.duckdb'}?memory_limit=1GB&max_vacuum_tasks=4")
    warehouse.release_cache(engine)
    chosen = dict(warehouse.read_sql(engine, settings).itertuples(index=False))
    engine.dispose()

    assert defaults == {"memory_limit": "488.2 MiB", "max_vacuum_tasks": "0", "enable_progress_bar": "false"}
    assert chosen == {"memory_limit": "953.6 MiB", "max_vacuum_tasks": "4", "enable_progress_bar": "false"}
