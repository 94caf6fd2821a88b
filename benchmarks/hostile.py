"""``python -m benchmarks.hostile``: what loading the fact base costs, for the shipped base and for
hostile ones — peak memory, time and output of ``python -m bot check`` on each.

The hostile bases are the shipped one with one bad file added: a few hundred bytes of nested YAML
aliases (a "billion laughs"), a million entries, a 50 MB file, a fact file that is a symlink to a
file outside the base, and lists nested 100,000 deep. Each must be refused within 10 s and 300 MB
with a few KB of output; the benchmark prints one line per base.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Section, Table
from benchmarks.speed import RSS_PROBE
from bot.knowledge import PROJECT_KNOWLEDGE

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ("alias-bomb", "million-entries", "50-mb", "symlink-out", "deep-nesting")


def _alias_bomb() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 10):
        refs = ", ".join([f"*a{n - 1}"] * 9)
        lines.append(f"a{n}: &a{n} [{refs}]")
    return "\n".join(lines) + "\n"


def make_base(kind: str, target: Path, source: Path = PROJECT_KNOWLEDGE) -> Path:
    """A copy of ``source`` in ``target`` with the hostile file ``kind`` added (``shipped``: none)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    add_hostile(kind, target)
    return target


def add_hostile(kind: str, target: Path) -> Path | None:
    """Adds the hostile fact file ``kind`` to the base in ``target``; returns its path."""
    if kind == "shipped":
        return None
    bad = target / "facts" / "zz-hostile.yaml"
    if kind == "alias-bomb":
        bad.write_text(_alias_bomb())
    elif kind == "million-entries":
        bad.write_text("- {id: x}\n" * 1_000_000)
    elif kind == "50-mb":
        with bad.open("w") as fh:
            chunk = "- id: filler\n  answer: {en: " + "x" * 1000 + "}\n"
            for _ in range(50 * 2**20 // len(chunk) + 1):
                fh.write(chunk)
    elif kind == "symlink-out":
        outside = target.parent / f"{target.name}-outside-secret.yaml"
        outside.write_text("- id: SECRET-VALUE-OUTSIDE-THE-BASE\n  answer: {en: SECRET}\n")
        bad.symlink_to(outside)
    elif kind == "deep-nesting":
        bad.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    else:
        raise ValueError(kind)
    return bad


@dataclass
class Outcome:
    kind: str
    code: int
    seconds: float
    peak_mb: float
    output_bytes: int
    output: str

    def line(self) -> str:
        verdict = "loaded" if self.code == 0 else "refused"
        return (
            f"{self.kind:16} {verdict:8} exit {self.code}  {self.seconds:5.2f} s  peak {self.peak_mb:6.1f} MB  "
            f"output {self.output_bytes:,} bytes"
        )


def check(kind: str, base: Path) -> Outcome:
    """Runs ``python -m bot check --dir BASE`` and measures it (peak RSS from VmHWM at exit)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, "bot", "check", "--dir", str(base)],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    seconds = time.perf_counter() - start
    peak = float("nan")
    lines = []
    for line in proc.stderr.decode(errors="replace").splitlines():
        if line.startswith("VmHWM_KB="):
            peak = int(line.split("=", 1)[1]) / 1024
        else:
            lines.append(line)
    output = proc.stdout.decode(errors="replace") + "\n".join(lines)
    return Outcome(kind, proc.returncode, seconds, peak, len(output.encode()), output)


def run(kinds: tuple[str, ...] = ("shipped", *HOSTILE), folder: Path | None = None) -> list[Outcome]:
    with tempfile.TemporaryDirectory(prefix="pactbot-hostile-", dir=folder) as tmp:
        outcomes = []
        for kind in kinds:
            base = make_base(kind, Path(tmp) / kind)
            outcomes.append(check(kind, base))
            shutil.rmtree(base)
        return outcomes


def section() -> Section:
    """The benchmark's section of BENCHMARKS.md (``python -m benchmarks --only hostile``)."""
    outcomes = run()
    rows = [[o.kind, "loaded" if o.code == 0 else "refused", o.seconds, o.peak_mb, o.output_bytes] for o in outcomes]
    shipped = next(o for o in outcomes if o.kind == "shipped")
    worst = max((o for o in outcomes if o.kind != "shipped"), key=lambda o: o.peak_mb)
    return Section(
        "Hostile fact files",
        "`python -m bot check` on the shipped base and on the shipped base plus one hostile file each "
        "(`benchmarks/hostile.py`): wall time, peak RSS of the process (VmHWM) and bytes of output. "
        "The bar: refused within 10 s and 300 MB with a few KB of output.",
        [Table("", ["base", "outcome", "seconds", "peak MB", "output bytes"], rows)],
        data={"outcomes": [o.__dict__ for o in outcomes]},
        findings=[
            f"Peak memory of loading: the shipped base {shipped.peak_mb:.0f} MB, the worst hostile file "
            f"({worst.kind}) {worst.peak_mb:.0f} MB."
        ],
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.hostile", description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help=f"comma-separated subset of: shipped,{','.join(HOSTILE)}")
    args = ap.parse_args(argv)
    kinds = tuple(k.strip() for k in args.only.split(",")) if args.only else ("shipped", *HOSTILE)
    outcomes = run(kinds)
    for outcome in outcomes:
        print(outcome.line())
    worst = max((o for o in outcomes if o.kind != "shipped"), key=lambda o: o.peak_mb, default=None)
    shipped = next((o for o in outcomes if o.kind == "shipped"), None)
    if shipped and worst:
        print(
            f"peak memory of loading: shipped base {shipped.peak_mb:.0f} MB, worst hostile file ({worst.kind}) {worst.peak_mb:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
