"""Audit pages in a real headless Chromium: what the researcher sees is what the extractor read.

The browser is driven over the DevTools protocol on a local port (no WebDriver, nothing downloaded).
Screenshots land in artifacts/audit/ so a person can check the Arabic is shaped and runs right to left.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

import pytest
from test_audit import SEED, seed_facts

from extractors import extract_facts
from extractors.facts import Fact
from nabd.audit import render_audit_page

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "audit"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian: apt-get install chromium)"),
]

websockets_sync = pytest.importorskip("websockets.sync.client", reason="the DevTools client needs websockets")

PAGE_STATE = """JSON.stringify({
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  direction: getComputedStyle(document.getElementById("text")).direction,
  text: document.getElementById("text").textContent,
  resources: performance.getEntriesByType("resource").length,
  marks: Array.from(document.querySelectorAll("#text mark.f"), m => ({
    fact: m.dataset.fact, type: m.dataset.type, text: m.textContent,
    start: +m.dataset.start, end: +m.dataset.end, from: +m.dataset.from, to: +m.dataset.to,
  })),
})"""


class DevTools:
    """The few DevTools protocol calls the tests need, over one page's websocket."""

    def __init__(self, socket) -> None:
        self.socket = socket
        self.next_id = 0

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv(timeout=30))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def open(self, path: Path) -> None:
        self.call("Page.navigate", url=path.resolve().as_uri())
        deadline = time.monotonic() + 30
        while self.evaluate("document.readyState") != "complete":
            if time.monotonic() > deadline:
                raise TimeoutError(f"{path} did not finish loading")
            time.sleep(0.05)

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)


def _local_json(port: int, path: str):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
            f"--user-data-dir={profile}", "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"Chromium did not start (exit code {process.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        page = next(t for t in _local_json(port, "/json/list") if t["type"] == "page")
        with websockets_sync.connect(page["webSocketDebuggerUrl"], max_size=None, proxy=None) as socket:
            tools = DevTools(socket)
            tools.call("Page.enable")
            yield tools
    finally:
        process.terminate()
        process.wait(timeout=30)


def _render(tmp_path: Path, name: str, doc: str, original: str, facts: list[Fact]) -> Path:
    path = tmp_path / name
    page = render_audit_page(doc, original, facts, provenance={"run_id": "browser-test"})
    path.write_text(page, encoding="utf-8")
    return path


def _assert_highlights_match(state: dict, original: str, facts: list[Fact]) -> None:
    pieces = defaultdict(list)
    for mark in state["marks"]:
        assert mark["text"] == original[mark["from"] : mark["to"]]
        pieces[mark["fact"]].append(mark)
    shown = set()
    for fact_pieces in pieces.values():
        first = fact_pieces[0]
        assert "".join(p["text"] for p in fact_pieces) == original[first["start"] : first["end"]]
        shown.add((first["type"], first["start"], first["end"]))
    assert shown == {(f.type, f.start, f.end) for f in facts}


def test_seed_page_renders_every_fact_in_place(browser, tmp_path, seed_texts):
    original = seed_texts[SEED]
    facts = seed_facts(original) + extract_facts(original)
    browser.open(_render(tmp_path, "seed.html", SEED, original, facts))
    state = json.loads(browser.evaluate(PAGE_STATE))

    assert (state["lang"], state["dir"], state["direction"]) == ("ar", "rtl", "rtl")
    assert state["text"] == original
    assert "تقدم المراكز الصحية بوزارة الصحة ممثلة في التجمع الصحي الاول بمكه المكرمة" in state["text"]
    assert state["resources"] == 0
    _assert_highlights_match(state, original, facts)
    browser.screenshot(ARTIFACTS / "seed_000.png")


def test_clicking_a_highlight_shows_its_reading_and_provenance(browser, tmp_path, seed_texts):
    original = seed_texts[SEED]
    browser.open(_render(tmp_path, "seed.html", SEED, original, seed_facts(original)))
    target = original.index("عيادات تطمن")
    box = browser.evaluate(
        f"""(() => {{
          const m = document.querySelector('mark.f[data-start="{target}"]');
          m.scrollIntoView({{block: "center"}});
          const r = m.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        }})()"""
    )
    browser.click(*box)
    panel, overlaps = browser.evaluate(
        f"""(() => {{
          const panel = document.getElementById("panel");
          if (panel.hidden) return [null, null];
          const p = panel.getBoundingClientRect();
          const m = document.querySelector('mark.f[data-start="{target}"]').getBoundingClientRect();
          const overlaps = p.left < m.right && m.left < p.right && p.top < m.bottom && m.top < p.bottom;
          return [panel.innerText, overlaps];
        }})()"""
    )
    browser.screenshot(ARTIFACTS / "seed_000_card.png")

    assert panel is not None and not overlaps
    assert (
        "clinic" in panel and "browser-test" in panel and f"{target}–{target + len('عيادات تطمن')}" in panel
    )
    # The nested highlight sits inside the longer facility: both readings are offered.
    assert panel.count("#") == 2


def test_clicking_a_table_row_flashes_its_highlight(browser, tmp_path, seed_texts):
    original = seed_texts[SEED]
    facts = seed_facts(original)
    browser.open(_render(tmp_path, "seed.html", SEED, original, facts))
    flashed = browser.evaluate(
        """(() => {
          const row = document.querySelector('tbody tr[data-fact]:last-child');
          row.click();
          return Array.from(document.querySelectorAll('mark.flash'), m => m.dataset.fact + ':' + m.dataset.start);
        })()"""
    )
    last = max(facts, key=lambda f: (f.start, -f.end))
    assert flashed and {f.split(":")[1] for f in flashed} == {str(last.start)}


def test_line_breaks_and_markup_in_the_text_reach_the_screen_unchanged(browser, tmp_path):
    original = "وزارة الصحة <تعلن>\r\nافتتاح مستشفى الملك فهد\tبسعة 300 سرير &amp; 20 غرفة عمليات\r"
    spans = [(0, 11), (5, 25), (13, 40), (36, 40), (48, 66), (50, len(original))]
    facts = [
        Fact(("count", "date", "budget", "facility")[i % 4], s, e, original[s:e], "r", {"value": i})
        for i, (s, e) in enumerate(spans)
    ]
    browser.open(_render(tmp_path, "awkward.html", "awkward", original, facts))
    state = json.loads(browser.evaluate(PAGE_STATE))
    assert state["text"] == original
    _assert_highlights_match(state, original, facts)
