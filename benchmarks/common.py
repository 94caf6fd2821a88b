"""What every benchmark shares: configuration, question sets, the judging rule, tables, timing."""

from __future__ import annotations

import html
import json
import math
import os
import platform
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
SHARED_DEV2 = ROOT.parent / "shared" / "eval" / "dev2.jsonl"
PROJECT_EVAL = ROOT / "benchmarks" / "eval.jsonl"


@dataclass
class Config:
    """Sizes of one run. ``quick`` is the CI smoke: the same code paths on small sizes."""

    quick: bool = False
    knowledge_dir: Path | None = None
    question_sets: list[tuple[str, Path]] = field(default_factory=list)
    latency_repeats: int = 5
    startup_runs: int = 7
    stdin_questions: int = 5000
    scale_factors: tuple[int, ...] = (1, 10, 100, 1000)
    scale_queries: int = 1500
    scale_repeats: int = 3
    cold_passes: int = 3
    yaml_max_factor: int = 100
    pipeline_updates: int = 1000
    pipeline_concurrency: tuple[int, ...] = (8, 64)
    pipeline_api_delays_ms: tuple[float, ...] = (0.0, 30.0)
    profile_factor: int | None = 100
    proposal_factors: tuple[int, ...] = (100, 1000)

    @classmethod
    def full(cls, **overrides: Any) -> Config:
        return cls(**overrides)

    @classmethod
    def smoke(cls, **overrides: Any) -> Config:
        values: dict[str, Any] = {
            "quick": True,
            "latency_repeats": 1,
            "startup_runs": 1,
            "stdin_questions": 500,
            "scale_factors": (1, 3),
            "scale_queries": 150,
            "scale_repeats": 1,
            "cold_passes": 1,
            "pipeline_updates": 60,
            "pipeline_concurrency": (8,),
            "pipeline_api_delays_ms": (0.0, 5.0),
            "profile_factor": None,
            "proposal_factors": (3,),
        }
        values.update(overrides)
        return cls(**values)

    def sets(self) -> list[tuple[str, list[dict]]]:
        chosen = self.question_sets or default_question_sets()
        return [(name, load_questions(path)) for name, path in chosen]

    def env(self) -> dict[str, str]:
        """Environment for subprocesses: the same fact base as in process."""
        env = dict(os.environ)
        if self.knowledge_dir is not None:
            env["KNOWLEDGE_DIR"] = str(self.knowledge_dir)
        return env


def default_question_sets() -> list[tuple[str, Path]]:
    found = []
    if SHARED_DEV.is_file():
        found.append(("dev.jsonl (sample; tuning)", SHARED_DEV))
    if SHARED_DEV2.is_file():
        found.append(("dev2.jsonl (sample; tuning)", SHARED_DEV2))
    for path in sorted(PROJECT_EVAL.parent.glob("eval*.jsonl")):
        found.append((f"benchmarks/{path.name} (tuning)", path))
    return found


def load_questions(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def all_questions(cfg: Config) -> list[str]:
    """Every question of every set, once each, in file order: the workload of the speed runs."""
    seen = dict.fromkeys(item["q"].replace("\n", " ") for _, items in cfg.sets() for item in items)
    return list(seen)


# --- the judging rule of ../shared/eval/score.py, restated so that CI needs no checkout of shared/ ---

_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bb": "'", "\u02bc": "'", "`": "'", "ё": "е", "Ё": "Е"})


YES_NO = {
    "yes": re.compile(r"^[^\w]*(yes|да|ha|ҳа)\b"),
    "no": re.compile(r"^[^\w]*(no|нет|yo'q|йўқ)(?![\w'])"),
}
"""A yes/no question's reply must begin with the word for yes or no (score.py's rule)."""


def norm(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))
    return " ".join(text.translate(_APOSTROPHES).casefold().split())


def must_answer(item: dict) -> bool:
    return item.get("answered", True) is not False


def judge(item: dict, reply: dict) -> bool:
    """True when the reply is what the set wants, by score.py's rule: declined for a must-decline
    question (or answered with sources naming every ``or_expect`` group); answered, with sources, and
    every expect group present in the normalized text for a must-answer one."""
    if not must_answer(item):
        if reply.get("answered") is False:
            return True
        # a near-miss may be answered with the fact it is near, if the answer names what ``or_expect`` asks
        alternatives = item.get("or_expect")
        if not alternatives or not reply.get("sources"):
            return False
        text = norm(reply.get("text", ""))
        return all(any(norm(alt) in text for alt in group) for group in alternatives)
    if reply.get("answered") is not True or not reply.get("sources"):
        return False
    text = norm(reply.get("text", ""))
    if not all(any(norm(alt) in text for alt in group) for group in item["expect"]):
        return False
    polarity = item.get("polarity")
    return not polarity or bool(YES_NO[polarity].search(text))


def lang_group(lang: str) -> str:
    """uz-Cyrl questions count as Uzbek: the bot replies to them in Uzbek."""
    return "uz" if lang.startswith("uz") else lang


# --- tables ---


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]]
    note: str = ""

    def numbers(self) -> Iterable[float]:
        for row in self.rows:
            for cell in row:
                if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    yield float(cell)

    def _numeric(self, column: int) -> bool:
        cells = [row[column] for row in self.rows if column < len(row) and row[column] not in ("", None)]
        return bool(cells) and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in cells)

    def to_markdown(self) -> str:
        lines = [f"**{self.title}**", ""] if self.title else []
        lines.append("| " + " | ".join(self.columns) + " |")
        lines.append("|" + "|".join("---:" if self._numeric(n) else "---" for n in range(len(self.columns))) + "|")
        lines.extend("| " + " | ".join(fmt(cell) for cell in row) + " |" for row in self.rows)
        if self.note:
            lines += ["", self.note]
        return "\n".join(lines)


@dataclass
class Section:
    name: str
    intro: str
    tables: list[Table]
    data: dict[str, Any] = field(default_factory=dict)
    findings: list[str] = field(default_factory=list)

    def to_markdown(self) -> str:
        parts = [f"## {self.name}", "", self.intro.strip()]
        for table in self.tables:
            parts += ["", table.to_markdown()]
        if self.findings:
            parts += ["", *(f"- {line}" for line in self.findings)]
        return "\n".join(parts) + "\n"

    def print(self) -> None:
        print(self.to_markdown(), flush=True)


def fmt(cell: Any) -> str:
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, int):
        return f"{cell:,}".replace(",", " ")
    if isinstance(cell, float):
        if not math.isfinite(cell):
            return "–"
        if cell == 0:
            return "0"
        if abs(cell) >= 1000:
            return f"{cell:,.0f}".replace(",", " ")
        if abs(cell) >= 100:
            return f"{cell:.0f}"
        if abs(cell) >= 10:
            return f"{cell:.1f}"
        if abs(cell) >= 0.1:
            return f"{cell:.2f}"
        return f"{cell:.3f}"
    return str(cell).replace("|", "\\|")


# --- timing and memory ---


def percentiles_ms(samples_ns: Sequence[int] | np.ndarray) -> dict[str, float]:
    arr = np.asarray(samples_ns, dtype=np.float64) / 1e6
    if arr.size == 0:
        return {"p50": math.nan, "p95": math.nan, "p99": math.nan, "max": math.nan, "mean": math.nan}
    p50, p95, p99 = np.percentile(arr, [50, 95, 99])
    return {"p50": float(p50), "p95": float(p95), "p99": float(p99), "max": float(arr.max()), "mean": float(arr.mean())}


def time_calls(func: Callable[[str], Any], inputs: Sequence[str]) -> np.ndarray:
    """Per call, in nanoseconds: row 0 the wall time, row 1 the thread's CPU time. On a busy machine
    the wall time also holds the moments the scheduler gave the core to someone else; the CPU time
    does not, so it is the code's own cost."""
    out = np.empty((2, len(inputs)), dtype=np.int64)
    clock, cpu = time.perf_counter_ns, time.thread_time_ns
    for n, text in enumerate(inputs):
        start, start_cpu = clock(), cpu()
        func(text)
        out[1, n] = cpu() - start_cpu
        out[0, n] = clock() - start
    return out


def latency_stats(samples: np.ndarray) -> dict[str, float]:
    """Wall-time percentiles (ms), CPU-time p50/p99 (ms) and calls per wall second, of time_calls' output."""
    wall, cpu = samples[0], samples[1]
    cpu_p = percentiles_ms(cpu)
    return {
        **percentiles_ms(wall),
        "cpu_p50": cpu_p["p50"],
        "cpu_p99": cpu_p["p99"],
        "qps": wall.size / (wall.sum() / 1e9) if wall.sum() else math.nan,
        "n": int(wall.size),
    }


def reset_caches(answerer: Any) -> None:
    """Empties every memo the Answerer and its parts keep (attributes named like ``*cache``), so
    that the next pass is cold again without building a new index."""
    for owner in (answerer, *vars(answerer).values()):
        for name, value in list(getattr(owner, "__dict__", {}).items()):
            if "cache" in name and isinstance(value, dict):
                value.clear()


def load_average() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "?"


def median_seconds(func: Callable[[], Any], runs: int) -> float:
    samples = []
    for _ in range(max(runs, 1)):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return float(np.median(samples))


def rss_mb() -> float:
    try:
        import psutil

        return psutil.Process().memory_info().rss / 2**20
    except ImportError:  # pragma: no cover - psutil is in the bench extras
        return math.nan


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far. On Linux, VmHWM: ru_maxrss would also count the
    high-water mark of the parent this process was forked from (Linux carries it across exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def machine_info() -> dict[str, str]:
    info = {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "cpu": _cpu_name(),
        "cores": str(os.cpu_count() or "?"),
    }
    try:
        import psutil

        info["memory"] = f"{psutil.virtual_memory().total / 2**30:.1f} GiB"
    except ImportError:  # pragma: no cover
        pass
    from importlib import metadata

    versions = {}
    for dist in ("numpy", "rapidfuzz", "pydantic", "PyYAML", "python-telegram-bot", "rank-bm25", "scikit-learn"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    info["libraries"] = ", ".join(f"{k} {v}" for k, v in versions.items())
    return info


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def perturb(text: str, rng: np.random.Generator) -> str:
    """One typo in one longer word (a letter dropped, doubled, swapped with its neighbour or
    replaced): the same question as a new string, so that no cache has seen it."""
    words = text.split(" ")
    candidates = [n for n, w in enumerate(words) if sum(ch.isalpha() for ch in w) >= 4]
    if not candidates:
        return text + " " + "xyz"[int(rng.integers(3))]
    n = int(rng.choice(candidates))
    word = words[n]
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    i = int(rng.choice(letters[1:] or letters))
    kind = int(rng.integers(4))
    if kind == 0:
        word = word[:i] + word[i + 1 :]
    elif kind == 1:
        word = word[:i] + word[i] + word[i:]
    elif kind == 2 and i + 1 < len(word):
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        alphabet = "абвгдеиклмнопрстуя" if "\u0400" <= word[i] <= "\u04ff" else "abdeghiklmnorstuy"
        word = word[:i] + alphabet[int(rng.integers(len(alphabet)))] + word[i + 1 :]
    words[n] = word
    return " ".join(words)


def novel_questions(base: Sequence[str], count: int, seed: int = 7) -> list[str]:
    """``count`` questions: the base questions first, then typo'd variants of them, all distinct."""
    rng = np.random.default_rng(seed)
    out: dict[str, None] = dict.fromkeys(base[:count])
    tries = 0
    while len(out) < count and base and tries < count * 20:
        tries += 1
        out.setdefault(perturb(base[int(rng.integers(len(base)))], rng))
    return list(out)
