"""The readers' regexes come out the same in every process.

Word lists are built as sets and turned into alternations and tries; if ties were left in a set's
order, the compiled patterns would follow the per-process string hash, so two runs of the same code
would try alternatives in another order: same facts where the lists never overlap, but instruction
counts and timings that differ from run to run, and any overlap would make the facts differ too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Records every pattern the extractors compile (through re.compile, from their own modules) while they
# build their grammars and read the fixtures, and prints them as JSON.
_PROBE = """
import json, re, sys
from pathlib import Path
compiled = []
_compile = re.compile
def recording(pattern, flags=0):
    if sys._getframe(1).f_globals.get("__name__", "").startswith("extractors"):
        compiled.append(pattern if isinstance(pattern, str) else pattern.pattern)
    return _compile(pattern, flags)
re.compile = recording
from extractors import extract_facts
for path in sorted(Path("fixtures/articles").glob("*.txt")):
    extract_facts(path.read_text(encoding="utf-8"))
print(json.dumps(sorted(compiled)))
"""


def _patterns(hash_seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


def test_patterns_do_not_depend_on_the_string_hash() -> None:
    first, second = _patterns("1"), _patterns("2")
    assert len(first) > 50  # the probe saw the grammars being built
    assert first == second
