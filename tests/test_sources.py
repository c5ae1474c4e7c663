"""Reading press releases in the forms they really arrive: encodings, broken files, HTML pages, feeds."""

from __future__ import annotations

import hashlib
import json
import os
import random
from pathlib import Path

import pytest

from nabd.sources import (
    SUPPORTED_SUFFIXES,
    Rejection,
    SourceDocument,
    read_paths,
    read_source,
    scan_folder,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))
MESSY = FIXTURES / "messy"

RELEASE = (
    "وزارة الصحة: تطعيم 320 ألف طفل ضد شلل الأطفال في المنطقة الشرقية\n"
    "أعلنت وزارة الصحة أن الفرق الميدانية طعّمت 320 ألف طفل دون سن الخامسة خلال حملة استمرت "
    "خمسة أيام، بمشاركة 1450 عاملاً صحياً و85 مركزاً للرعاية الأولية.\n"
)
# A Maghrebi release mixing French, as ministries there publish it; Windows-1256 has the French accents.
MAGHREB_RELEASE = (
    "Ministère de la Santé — وزارة الصحة\n"
    "أعلنت الوزارة عن تخصيص 120 مليون درهم لتأهيل 40 مستشفى إقليمياً، في إطار برنامج التأهيل الصحي.\n"
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def only(results: list) -> SourceDocument | Rejection:
    assert len(results) == 1, results
    return results[0]


def document(path: Path) -> SourceDocument:
    result = only(read_source(path))
    assert isinstance(result, SourceDocument), result
    return result


def rejection(path: Path) -> str:
    result = only(read_source(path))
    assert isinstance(result, Rejection), result
    assert result.source_path == str(path)
    return result.reason


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_fixture_articles_read_as_utf8_with_first_line_titles(path: Path) -> None:
    raw = path.read_bytes()
    doc = only(read_source(path, root=path.parent))
    assert isinstance(doc, SourceDocument)
    assert doc.encoding == "utf-8"
    assert doc.text == raw.decode("utf-8")
    assert doc.title == next(line.strip() for line in doc.text.splitlines() if line.strip())
    assert doc.doc == path.name
    assert doc.source_path == str(path)
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.source == "articles"
    assert (doc.url, doc.published, doc.country) == (None, None, None)


def test_the_five_real_seed_articles_are_in_the_fixtures() -> None:
    gold = (FIXTURES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    seeds = [json.loads(line)["doc"] for line in gold if line.strip()]
    assert len(seeds) == 5
    assert all((FIXTURES / "articles" / seed).is_file() for seed in seeds)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (RELEASE.encode("utf-8-sig"), "utf-8-sig"),
        (RELEASE.encode("utf-16"), "utf-16"),
        (b"\xff\xfe" + RELEASE.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + RELEASE.encode("utf-16-be"), "utf-16"),
        (RELEASE.encode("cp1256"), "cp1256"),
        (MAGHREB_RELEASE.encode("cp1256"), "cp1256"),
        ("مستشفى الملك فهد".encode("cp1256"), "cp1256"),
    ],
    ids=["utf-8-bom", "utf-16-native", "utf-16-le", "utf-16-be", "cp1256", "cp1256-french", "cp1256-short"],
)
def test_encodings_decode_to_the_same_text_without_bom(tmp_path: Path, raw: bytes, encoding: str) -> None:
    text = raw.decode(encoding)
    doc = document(write(tmp_path, "release.txt", raw))
    assert doc.encoding == encoding
    assert doc.text == text
    assert not doc.text.startswith("\ufeff")
    assert doc.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fits_windows_1256(path: Path) -> bool:
    """Windows-1256 has no Arabic-Indic digits, so a release using them was never saved in it."""
    try:
        path.read_text(encoding="utf-8").encode("cp1256")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("path", [p for p in ARTICLES if _fits_windows_1256(p)], ids=lambda p: p.name)
def test_real_releases_saved_as_windows_1256_decode_back_exactly(tmp_path: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = document(write(tmp_path, path.name, text.encode("cp1256")))
    assert (doc.encoding, doc.text) == ("cp1256", text)


def test_crlf_and_odd_whitespace_are_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    text = "\r\n \u200f\r\n\tافتتاح\u00a0مستشفى  جديد \r\nبسعة\u2009300\u00a0سرير في الرياض.\r\n"
    doc = document(write(tmp_path, "windows.txt", text))
    assert doc.text == text
    assert doc.title == "افتتاح\u00a0مستشفى  جديد"
    start = doc.text.index("300")
    assert doc.text[start : start + 3] == "300"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (" \r\n\t\u00a0\u200f\n".encode(), "whitespace-only file"),
        ("\ufeff\r\n".encode(), "whitespace-only file"),
        (b"\xef\xbb\xbf", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary file (PNG image)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary file (JPEG image)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document)"),
        ("تقرير".encode() + b"\x00\x00\x01\x02" + "صحي".encode(), "binary file (NUL bytes)"),
        (
            b"\xfe\xff\x00A\x00\x01\x00\x02\x00\x03",
            "binary file (UTF-16 byte-order mark but no readable text)",
        ),
        (b"\xff\xfe\x00\xd8A\x00", "invalid UTF-16 at byte 2"),
    ],
    ids=[
        "empty",
        "whitespace",
        "bom-and-newline",
        "bom-only",
        "png",
        "jpeg",
        "pdf",
        "nul",
        "bom-junk",
        "bad-utf16",
    ],
)
def test_files_without_text_are_rejected_with_a_reason(tmp_path: Path, raw: bytes, reason: str) -> None:
    assert rejection(write(tmp_path, "bad.txt", raw)) == reason


def test_random_bytes_are_not_mistaken_for_a_legacy_code_page(tmp_path: Path) -> None:
    noise = bytes(b for b in random.Random(7).randbytes(4000) if b)
    assert rejection(write(tmp_path, "noise.txt", noise)) == "not valid UTF-8 or any known Arabic encoding"


def test_utf8_cut_inside_the_last_character_keeps_everything_before_it(tmp_path: Path) -> None:
    raw = RELEASE.rstrip("\n").encode("utf-8")
    doc = document(write(tmp_path, "cut.txt", raw[:-1]))
    assert doc.encoding == "utf-8"
    assert doc.text == RELEASE.rstrip("\n")[:-1]


def test_utf16_with_an_odd_trailing_byte_drops_only_that_byte(tmp_path: Path) -> None:
    doc = document(write(tmp_path, "cut16.txt", RELEASE.encode("utf-16") + b"\x27"))
    assert doc.text == RELEASE


def test_utf8_broken_in_the_middle_is_rejected_not_patched(tmp_path: Path) -> None:
    raw = RELEASE.encode("utf-8")
    assert raw[99] >= 0xC0 and 0x80 <= raw[100] < 0xC0  # a two-byte letter starts at 99
    broken = raw[:100] + raw[101:]
    assert (
        rejection(write(tmp_path, "corrupt.txt", broken))
        == "invalid UTF-8 at byte 99 (corrupt or truncated file)"
    )


def test_too_large_files_are_rejected_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(int(25.3 * 2**20))  # sparse: the size is real, the disk use is not
    assert rejection(path) == "too large: 25.3 MB > 20 MB limit"


def test_a_file_just_over_the_limit_does_not_read_as_equal_to_it(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "أ" * (10 * 2**20) + "ب")
    (result,) = scan_folder(tmp_path)
    assert result == Rejection(str(path), "too large: 20.1 MB > 20 MB limit")
    assert isinstance(only(read_source(path, max_bytes=21 * 2**20)), SourceDocument)


def test_duplicates_under_other_names_and_encodings_are_rejected_after_the_first(tmp_path: Path) -> None:
    write(tmp_path, "001.txt", RELEASE)
    write(tmp_path, "002.txt", RELEASE.encode("cp1256"))
    write(tmp_path, "sub/003.txt", RELEASE.encode("utf-16"))
    first, *rest = scan_folder(tmp_path)
    assert isinstance(first, SourceDocument)
    assert first.doc == "001.txt"
    assert rest == [
        Rejection(str(tmp_path / "002.txt"), "duplicate of 001.txt (same content hash)"),
        Rejection(str(tmp_path / "sub" / "003.txt"), "duplicate of 001.txt (same content hash)"),
    ]


def test_scan_is_sorted_recursive_and_skips_unsupported_and_hidden_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "خبر ب\nنص الخبر الثاني")
    write(tmp_path, "a.TXT", "خبر أ\nنص الخبر الأول")
    write(tmp_path, "spa/2024/c.txt", "خبر ج\nنص الخبر الثالث")
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff")
    write(tmp_path, ".draft.txt", "مسودة")
    write(tmp_path, ".git/x.txt", "ليس خبراً")
    docs = list(scan_folder(tmp_path))
    assert [d.doc for d in docs] == ["a.TXT", "b.txt", "spa/2024/c.txt"]
    assert [d.title for d in docs] == ["خبر أ", "خبر ب", "خبر ج"]
    assert [d.source for d in docs] == [tmp_path.name, tmp_path.name, "2024"]


def test_unreadable_entries_in_a_folder_are_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    assert list(scan_folder(tmp_path)) == [
        Rejection(str(tmp_path / "gone.txt"), "no such file"),
        Rejection(str(tmp_path / "pipe.txt"), "not a regular file"),
    ]


def test_a_missing_folder_is_a_rejection_not_an_exception(tmp_path: Path) -> None:
    (result,) = scan_folder(tmp_path / "nowhere")
    assert isinstance(result, Rejection)
    assert result.reason == "no such file"


def test_read_paths_reports_what_a_folder_scan_skips(tmp_path: Path) -> None:
    good = write(tmp_path, "release.txt", RELEASE)
    paths = [good, tmp_path / "absent.txt", write(tmp_path, "report.pdf", b"%PDF-1.4"), tmp_path]
    results = list(read_paths(paths))
    assert isinstance(results[0], SourceDocument)
    assert results[0].doc == good.name
    assert results[1] == Rejection(str(tmp_path / "absent.txt"), "no such file")
    assert results[2].reason.startswith("unsupported file type '.pdf'; expected one of .txt, .html")
    assert results[3].reason.startswith("unsupported file type '(no suffix)'")
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".html", ".htm", ".json", ".jsonl"}


def test_html_page_gives_the_article_without_navigation_and_metadata_from_the_head() -> None:
    doc = document(MESSY / "moh_eg_press_page.html")
    assert doc.title == "الصحة: فحص 1.2 مليون طالب ضمن المبادرة الرئاسية للكشف المبكر عن الأنيميا والسمنة"
    assert "أعلنت وزارة الصحة والسكان عن فحص مليون و200 ألف طالب" in doc.text
    assert "بتكلفة تقديرية تبلغ 450 مليون جنيه." in doc.text
    for boilerplate in ("اتصل بنا", "الأكثر قراءة", "أسعار الذهب", "جميع الحقوق محفوظة", "واتساب", "عاجل"):
        assert boilerplate not in doc.text
    assert doc.published == "2024-10-14"
    assert doc.source == "بوابة الأخبار الصحية"
    assert doc.url == "https://health-news.example.eg/news/anemia-students-83120"
    assert doc.encoding == "utf-8"


def test_html_publication_date_never_comes_from_the_article_body(tmp_path: Path) -> None:
    page = (MESSY / "moh_eg_press_page.html").read_text(encoding="utf-8")
    undated = "\n".join(line for line in page.splitlines() if "published_time" not in line)
    doc = document(write(tmp_path, "undated.html", undated))
    assert "2025-02-09" in doc.text
    assert doc.published is None


def test_html_in_a_declared_arabic_code_page(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'
        "<title>افتتاح مستشفى جديد</title></head><body><article><p>افتتحت وزارة الصحة مستشفى جديداً "
        "يضم 200 سرير في مدينة الزرقاء لخدمة سكان المحافظة.</p></article></body></html>"
    )
    doc = document(write(tmp_path, "legacy.htm", page.encode("iso8859-6")))
    assert doc.encoding == "iso8859-6"
    assert doc.title == "افتتاح مستشفى جديد"
    assert "يضم 200 سرير في مدينة الزرقاء" in doc.text


def test_html_without_article_text_is_rejected(tmp_path: Path) -> None:
    page = (
        "<html><head><title>الرئيسية</title></head><body><nav></nav><script>var x = 1;</script></body></html>"
    )
    assert rejection(write(tmp_path, "empty.html", page)) == "no article text found in HTML"


def test_jsonl_feed_keeps_good_records_and_reports_the_bad_line() -> None:
    path = MESSY / "scraper_feed.jsonl"
    results = read_source(path, root=MESSY)
    docs = [r for r in results if isinstance(r, SourceDocument)]
    assert [d.doc for d in docs] == [
        "scraper_feed.jsonl#petra-2024-0412",
        "scraper_feed.jsonl#mapexpress-88231",
        "scraper_feed.jsonl#kuna-77310",
        "scraper_feed.jsonl#sana-3090",
    ]
    assert [r.reason for r in results if isinstance(r, Rejection)] == [
        "invalid JSON at line 3: Unterminated string starting at (column 77)"
    ]
    petra, mapexpress, kuna, sana = docs
    assert petra.text.startswith("افتتح وزير الصحة اليوم الأحد")
    assert "\n" in petra.text
    assert (petra.published, petra.country, petra.source) == ("2024-04-14", "JO", "بترا")
    assert mapexpress.text.startswith("أطلقت وزارة الصحة والحماية الاجتماعية")
    assert "<p>" not in mapexpress.text
    assert mapexpress.source == "وكالة المغرب العربي للأنباء"
    assert (mapexpress.published, mapexpress.url) == ("2024-04-08", "https://feed.example.ma/ar/88231")
    assert kuna.title == "الكويت: 95 بالمئة نسبة إشغال أسرة العناية المركزة"
    assert kuna.published == "2024-01-21"
    assert (sana.published, sana.country) == (None, None)  # "غير معروف", "Syria": not ISO, not guessed


def test_jsonl_records_without_ids_are_numbered_by_line_and_duplicates_rejected(tmp_path: Path) -> None:
    records = [
        {"text": RELEASE},
        {"body": MAGHREB_RELEASE, "title": "عنوان"},
        {"content": RELEASE},
        [1],
        {"x": 1},
    ]
    path = write(tmp_path, "feed.jsonl", "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    results = read_source(path, root=tmp_path)
    assert [getattr(r, "doc", None) for r in results] == ["feed.jsonl#1", "feed.jsonl#2", None, None, None]
    assert results[0].text == RELEASE
    assert results[0].title == RELEASE.splitlines()[0]
    assert results[1].title == "عنوان"
    assert [getattr(r, "reason", None) for r in results[2:]] == [
        "line 3: duplicate of feed.jsonl#1 (same content hash)",
        "line 4: not a JSON object",
        "line 5: no article text (expected one of: text, content, body, article)",
    ]


def test_json_list_with_wordpress_shapes() -> None:
    results = read_source(MESSY / "wordpress_export.json", root=MESSY)
    assert all(isinstance(r, SourceDocument) for r in results)
    first, second = results
    assert first.doc == "wordpress_export.json#7741"
    assert first.title == "“الصحة” تطلق منصة رقمية لحجز المواعيد في 85 مركزاً"
    assert first.text == (
        "أطلقت وزارة الصحة ووقاية المجتمع منصة رقمية موحدة لحجز المواعيد في 85 مركزاً صحياً في مختلف "
        "إمارات الدولة.\nوتتيح المنصة حجز أكثر من 40 ألف موعد يومياً، وتم تطويرها بتكلفة 12 مليون درهم."
    )
    assert (first.published, first.url, first.source) == (
        "2024-06-02",
        "https://moh.example.ae/ar/news/7741",
        "messy",
    )
    assert second.text == "افتتح مستشفى الشارقة الجديد أبوابه أمام المرضى بسعة 300 سرير و12 غرفة عمليات."


def test_single_json_object_is_one_document_named_after_the_file(tmp_path: Path) -> None:
    record = {"headline": "حملة للتبرع بالدم", "article": RELEASE, "date": "2024-02-29", "country": "sa"}
    doc = only(read_source(write(tmp_path, "one.json", json.dumps(record)), root=tmp_path))
    assert isinstance(doc, SourceDocument)
    assert (doc.doc, doc.title, doc.text, doc.published, doc.country) == (
        "one.json",
        "حملة للتبرع بالدم",
        RELEASE,
        "2024-02-29",
        "SA",
    )


def test_invalid_json_file_is_rejected_with_its_line(tmp_path: Path) -> None:
    reason = rejection(write(tmp_path, "bad.json", '{"text": "نص",\n "title": }'))
    assert reason.startswith("invalid JSON at line 2: Expecting value")
