"""A synthetic but realistic corpus of health press releases, for measuring speed at scale.

Release `i` of seed `s` depends on (s, i) alone, so a corpus is reproducible, can be written by several
processes at once, and any one release can be regenerated to look at it. The language comes from
bench/templates.py; this module only draws from it: counts with Arabic number agreement, dates in each
region's month tradition or the Hijri calendar (converted by Umm al-Qura, so both readings agree), money
in the local currency with the local decimal convention, and the noise real files carry (glued words,
Arabic-Indic digits, CRLF line ends, web-page leftovers).
"""

from __future__ import annotations

import hashlib
import json
import math
import multiprocessing
import os
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hijridate import Gregorian

from bench import templates as T

MANIFEST = ".bench-corpus.json"  # hidden, so folder scans skip it
MIN_BYTES = 1024
MAX_BYTES = 8192
MODE_BYTES = 3500
FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2026, 12, 31)
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")
# A word ending in teh marbuta followed by a space and another Arabic word: where real files glue words.
_GLUABLE = re.compile(r"(?<=[\u0629\u0649]) (?=[\u0621-\u064a])")


def generator_fingerprint() -> str:
    """Changes whenever the generator or its language data changes, so a stale corpus is never reused."""
    digest = hashlib.sha256()
    for module in ("corpus.py", "templates.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    return digest.hexdigest()[:16]


def _pick_country(rng: random.Random) -> T.Country:
    region = rng.choices(list(T.REGION_WEIGHTS), weights=list(T.REGION_WEIGHTS.values()))[0]
    return rng.choice([c for c in T.COUNTRIES if c.region == region])


class _Writer:
    """Fills the templates for one release of one country; every draw goes through the release's rng."""

    def __init__(self, rng: random.Random, country: T.Country) -> None:
        self.rng = rng
        self.c = country
        self.fillers: dict[str, Callable[[str | None], str]] = {
            "count": self.count,
            "date": lambda _: self.date(),
            "month_year": lambda _: self.month_year(),
            "period": lambda _: self.period(),
            "year": lambda _: str(self.day().year),
            "budget": lambda _: f"{rng.choice(T.BUDGET_LEADS)} {self.money()}",
            "budget_amount": lambda _: self.money(),
            "facility": lambda _: self.facility(),
            "place": lambda _: rng.choice(country.places),
            "district": lambda _: rng.choice(country.districts),
            "official": lambda _: rng.choice(country.officials),
            "ministry": lambda _: rng.choice(country.ministry),
            "authority": lambda _: rng.choice(country.authorities),
            "agency": lambda _: rng.choice(country.agencies),
            "said": lambda _: rng.choice(T.SAID),
            "service": lambda _: rng.choice(T.SERVICES),
            "programme": lambda _: rng.choice(T.PROGRAMMES),
            "disease": lambda _: rng.choice(T.DISEASES),
        }

    def fill(self, template: str) -> str:
        """Replace every placeholder; fillers may return placeholders of their own ({place} in an authority)."""
        while "{" in template:
            template = _PLACEHOLDER.sub(lambda m: self.fillers[m.group(1)](m.group(2)), template)
        return template

    # Numbers -----------------------------------------------------------------------------------------

    def _digits(self, n: int) -> str:
        if n >= 10_000 and self.rng.random() < 0.3:
            sep = self.rng.choice((" ", ".")) if self.c.decimal_comma else ","
            return f"{n:,}".replace(",", sep)
        return str(n)

    def _decimal(self, x: float) -> str:
        text = f"{x:.3f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.c.decimal_comma else text

    def _scaled(self, n: int) -> tuple[str, int] | None:
        """n written with a scale word (1.2 مليون، 15 ألف، 3 آلاف), and the scale; None if n is not round."""
        for scale in (1_000_000_000, 1_000_000, 1000):
            if n >= scale and n % (scale if scale == 1000 else scale // 100) == 0:
                x = n / scale
                singular, plural = T.SCALES[scale]
                word = plural if x == int(x) and 3 <= x <= 10 else singular
                return f"{self._decimal(x)} {word}", scale
        return None

    def _word(self, n: int, feminine_noun: bool) -> str | None:
        if n in T.UNIT_WORDS:
            return T.UNIT_WORDS[n][feminine_noun]
        if n in T.TEEN_WORDS:
            return T.TEEN_WORDS[n][feminine_noun]
        if n in T.TENS_WORDS:
            return self.rng.choice(T.TENS_WORDS[n])
        if n in T.HUNDRED_WORDS:
            return self.rng.choice(T.HUNDRED_WORDS[n])
        return None

    def _round(self, n: int, keep: float = 0.4) -> int:
        """Press rounds big figures to two or three significant digits more often than not."""
        if n < 1000 or self.rng.random() < keep:
            return n
        step = 10 ** (len(str(n)) - self.rng.choice((2, 3)))
        return max(step, round(n / step) * step)

    def count(self, group: str | None) -> str:
        singular, accusative, plural, dual, feminine = self.rng.choice(T.COUNTED[group or "facilities"])
        low, high = T.COUNT_RANGES[group or "facilities"]
        n = self._round(int(math.exp(self.rng.uniform(math.log(low), math.log(high)))))
        roll = self.rng.random()
        if roll < 0.03:
            return dual
        word = self._word(n, feminine) if roll < 0.2 else None
        scaled = self._scaled(n) if word is None and self.rng.random() < 0.7 else None
        if word is not None:
            noun = plural if n <= 10 else accusative if n < 100 else singular
            phrase = f"{word} {noun}"
        elif scaled is not None:
            phrase = f"{scaled[0]} {singular}"
        else:
            tail = n % 100
            noun = plural if 3 <= tail <= 10 else accusative if tail > 10 else singular
            phrase = f"{self._digits(n)} {noun}"
        roll = self.rng.random()
        if roll < 0.25:
            phrase = f"{self.rng.choice(T.QUALIFIERS)} {phrase}"
        elif roll < 0.3 and self.c.region == "saudi":
            phrase = f"عدد {phrase}"
        return phrase

    def money(self) -> str:
        low, high = self.c.budget_range
        currency = self.rng.choice(self.c.currencies)
        if self.rng.random() < 0.08:
            currency, low, high = self.rng.choice(T.FOREIGN_CURRENCIES), 5e4, 5e8
        amount = self._round(int(math.exp(self.rng.uniform(math.log(low), math.log(high)))), keep=0.15)
        roll = self.rng.random()
        if roll < 0.6 and (scaled := self._scaled(amount)) is not None:
            return f"{scaled[0]} {currency}"
        if roll < 0.75 and self.c.decimal_comma and amount >= 1_000_000:
            # Maghrebi style: millions with a decimal comma and three decimals (11,320 مليون درهم).
            return f"{amount / 1_000_000:.3f}".replace(".", ",") + f" مليون {currency}"
        return f"{self._digits(amount)} {currency}"

    # Dates -------------------------------------------------------------------------------------------

    def day(self) -> date:
        return FIRST_DAY + timedelta(days=self.rng.randrange((LAST_DAY - FIRST_DAY).days + 1))

    def _month_name(self, month: int) -> str:
        names = self.rng.choice(self.c.months)
        name = names[month - 1]
        if names is T.SYRIAC_MONTHS and self.rng.random() < 0.4:
            # Levantine and Iraqi papers often gloss the Syriac name: آذار/مارس، آذار (مارس).
            gloss = T.MASHRIQI_MONTHS[month - 1]
            name = f"{name}/{gloss}" if self.rng.random() < 0.6 else f"{name} ({gloss})"
        return name

    def _hijri(self, d: date) -> str:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        era = self.rng.choice(("هـ", " هـ", "ه"))
        roll = self.rng.random()
        if roll < 0.45:
            return f"{h.day} {T.HIJRI_MONTHS[h.month - 1]} {h.year}{era}"
        if roll < 0.75:
            return f"{h.year}/{h.month:02d}/{h.day:02d}{era} الموافق {d.day:02d}/{d.month:02d}/{d.year}م"
        return f"{h.day}/{h.month}/{h.year}{era}"

    def date(self, d: date | None = None) -> str:
        d = d or self.day()
        if self.rng.random() < self.c.hijri_share:
            return self._hijri(d)
        roll = self.rng.random()
        if roll < 0.6:
            text = f"{d.day} {self._month_name(d.month)} {d.year}"
            if self.c.region in ("saudi", "egyptian") and self.rng.random() < 0.3:
                text += self.rng.choice(("م", " م"))
            if self.rng.random() < 0.15:
                text = f"{T.WEEKDAYS[d.weekday()]} {text}"
            return text
        if roll < 0.8:
            return (
                f"{d.day}/{d.month}/{d.year}"
                if self.rng.random() < 0.5
                else f"{d.day:02d}-{d.month:02d}-{d.year}"
            )
        if roll < 0.9:
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        return f"{d.day} {self._month_name(d.month)}"

    def month_year(self) -> str:
        d = self.day()
        if self.rng.random() < self.c.hijri_share / 2:
            h = Gregorian(d.year, d.month, d.day).to_hijri()
            return f"شهر {T.HIJRI_MONTHS[h.month - 1]} {h.year}هـ"
        roll = self.rng.random()
        if roll < 0.6:
            return f"{self._month_name(d.month)} {d.year}"
        if roll < 0.8:
            return f"شهر {self._month_name(d.month)} للعام {d.year} م"
        return f"{self._month_name(d.month)} {self.rng.choice(('الماضي', 'المنصرم', 'الجاري'))}"

    def period(self) -> str:
        start = self.day()
        end = start + timedelta(days=self.rng.randrange(7, 200))
        return self.rng.choice(T.PERIOD_SHAPES).format(a=self.date(start), b=self.date(end))

    # Institutions ------------------------------------------------------------------------------------

    def facility(self) -> str:
        if self.rng.random() < 0.6:
            name = self.rng.choice(self.c.hospitals)
            if self.rng.random() < 0.2:
                name += f" ب{self.rng.choice(self.c.places)}"
            return name
        return self.rng.choice(T.FACILITY_PATTERNS[self.c.region])

    # The release -------------------------------------------------------------------------------------

    def sentence(self, *, lead: bool = False) -> str:
        """A fact-bearing sentence or connective prose; a lead sentence drops the "and" that links
        every later sentence to the one before (وأكد → أكد)."""
        pool = T.FACT_SENTENCES if self.rng.random() < 0.45 else T.PROSE_SENTENCES
        template = self.rng.choice(pool)
        return self.fill(template.removeprefix("و") if lead else template)

    def release(self) -> str:
        rng = self.rng
        target = int(rng.triangular(MIN_BYTES, MAX_BYTES, MODE_BYTES))
        title = self.fill(rng.choice(T.TITLES))
        lines = [title, ""]
        if rng.random() < 0.25:
            lines += [self.fill(b) for b in rng.sample(T.BOILERPLATE, rng.randint(1, 3))] + [title, ""]
        size = sum(len(line.encode()) + 1 for line in lines)
        subheadings = rng.random() < 0.25
        first = True
        while size < target:
            sentences = [self.sentence(lead=first and i == 0) for i in range(rng.randint(2, 5))]
            if first and rng.random() < 0.5:
                sentences[0] = f"{self.fill(T.DATELINE)} {sentences[0]}"
            paragraph = " " + " ".join(sentences) if rng.random() < 0.3 else " ".join(sentences)
            grown = len(paragraph.encode()) + 1
            if size + grown > MAX_BYTES - 200 and not first:
                break
            if subheadings and not first and rng.random() < 0.5:
                heading = rng.choice(T.SUBHEADINGS)
                lines.append(heading)
                size += len(heading.encode()) + 1
            lines.append(paragraph)
            size += grown
            first = False
        if rng.random() < 0.15:
            lines += ["", rng.choice(T.BOILERPLATE[2:5])]
        text = "\n".join(lines) + "\n"
        return self._noise(text)

    def _noise(self, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            gaps = [m.start() for m in _GLUABLE.finditer(text)]
            for pos in sorted(rng.sample(gaps, min(len(gaps), rng.randint(1, 3))), reverse=True):
                text = text[:pos] + text[pos + 1 :]
        if rng.random() < self.c.indic_digits:
            text = text.translate(_INDIC)
        if rng.random() < 0.05:
            text = text.replace("\n", "\r\n")
        return text


def release(seed: int, index: int) -> tuple[str, str, str]:
    """Release number `index` of corpus `seed`: (file name, text, country)."""
    rng = random.Random(f"nabd-bench:{seed}:{index}")
    country = _pick_country(rng)
    name = f"{index:06d}_{rng.getrandbits(64):016x}.txt"
    return name, _Writer(rng, country).release(), country.iso


@dataclass(frozen=True)
class Corpus:
    folder: Path
    n: int
    seed: int
    bytes: int
    by_country: dict[str, int]
    seconds: float
    reused: bool


def _write_range(args: tuple[str, int, int, int]) -> tuple[int, dict[str, int]]:
    folder, seed, start, stop = args
    written = 0
    by_country: dict[str, int] = {}
    for index in range(start, stop):
        name, text, iso = release(seed, index)
        data = text.encode("utf-8")
        with open(os.path.join(folder, name), "wb") as file:
            file.write(data)
        written += len(data)
        by_country[iso] = by_country.get(iso, 0) + 1
    return written, by_country


def _read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def ensure_corpus(folder: Path, n: int, seed: int, *, workers: int = 2, chunk: int = 500) -> Corpus:
    """The corpus of `n` releases of `seed` in `folder`: reused when its manifest matches, else written.

    A folder with files but no manifest is not ours and is never overwritten."""
    started = time.perf_counter()
    fingerprint = generator_fingerprint()
    manifest = _read_manifest(folder)
    wanted = {"n": n, "seed": seed, "generator": fingerprint}
    if manifest is not None and all(manifest.get(k) == v for k, v in wanted.items()):
        return Corpus(folder, n, seed, manifest["bytes"], manifest["by_country"], 0.0, reused=True)
    if folder.exists() and any(folder.iterdir()) and manifest is None:
        raise FileExistsError(
            f"{folder} holds files that are not a benchmark corpus; choose another --corpus"
        )
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    (folder / MANIFEST).unlink(missing_ok=True)
    jobs = [(str(folder), seed, start, min(n, start + chunk)) for start in range(0, n, chunk)]
    total = 0
    by_country: dict[str, int] = {}
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for written, counts in pool.imap_unordered(_write_range, jobs):
            total += written
            for iso, k in counts.items():
                by_country[iso] = by_country.get(iso, 0) + k
    by_country = dict(sorted(by_country.items()))
    manifest = {**wanted, "bytes": total, "by_country": by_country}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return Corpus(folder, n, seed, total, by_country, time.perf_counter() - started, reused=False)


def corpus_files(folder: Path, limit: int | None = None) -> list[Path]:
    """The corpus's release files in name order (the order the generator numbered them)."""
    names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".txt"))
    return [folder / name for name in names[:limit]]
