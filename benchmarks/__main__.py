"""``python -m benchmarks``: every benchmark in one run; writes BENCHMARKS.md and benchmarks/scale.png.

``--quick`` is the CI smoke: the same code on small sizes with few repetitions, written to a
temporary folder (or ``--out``) so that a smoke run never overwrites the committed report.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import PROJECT_EVAL, ROOT, SHARED_DEV, Config, Section, load_average


def parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--quick", action="store_true", help="CI smoke: small sizes, few repetitions, output to a temp folder"
    )
    ap.add_argument(
        "--out",
        type=Path,
        help="folder for BENCHMARKS.md and benchmarks/scale.png (default: the project; --quick: a temp folder)",
    )
    ap.add_argument("--only", help="comma-separated subset of: quality,blind,context,speed,scale,pipeline,hostile")
    ap.add_argument("--knowledge", type=Path, help="fact base folder (default: KNOWLEDGE_DIR or ./knowledge)")
    ap.add_argument(
        "--questions", type=Path, action="append", help="question set(s) in the score.py format (default: dev + eval)"
    )
    ap.add_argument("--factors", help="scale factors, e.g. 1,10,100,1000")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    load_at_start = load_average()
    from bot.knowledge import KnowledgeError, default_knowledge_dir, load_knowledge

    knowledge = args.knowledge or (
        Path(os.environ["KNOWLEDGE_DIR"]) if os.environ.get("KNOWLEDGE_DIR") else default_knowledge_dir()
    )
    overrides: dict = {"knowledge_dir": knowledge.resolve()}
    if args.questions:
        overrides["question_sets"] = [(p.name, p) for p in args.questions]
    if args.factors:
        overrides["scale_factors"] = tuple(int(f) for f in args.factors.split(","))
    cfg = Config.smoke(**overrides) if args.quick else Config.full(**overrides)
    if not cfg.sets():
        print(f"no question sets found ({SHARED_DEV}, {PROJECT_EVAL}); pass --questions", file=sys.stderr)
        return 2
    try:
        kb = load_knowledge(cfg.knowledge_dir)
    except KnowledgeError as exc:
        print(f"the fact base in {cfg.knowledge_dir} is not valid:\n{exc}", file=sys.stderr)
        return 1
    os.environ["KNOWLEDGE_DIR"] = str(cfg.knowledge_dir)  # subprocesses answer from the same base

    from bot.answering import Answerer

    answerer = Answerer(kb)
    from benchmarks import blind, context, hostile, pipeline, quality, report, scale, speed

    runners: dict[str, Callable[[], Section]] = {
        "quality": lambda: quality.run(cfg, answerer),
        "blind": lambda: blind.run(cfg, answerer),
        "context": lambda: context.run(cfg, answerer),
        "speed": lambda: speed.run(cfg),
        "scale": lambda: scale.run(cfg),
        "pipeline": lambda: pipeline.run(cfg, answerer),
        "hostile": hostile.section,
    }
    chosen = [name.strip() for name in args.only.split(",")] if args.only else list(runners)
    unknown = [name for name in chosen if name not in runners]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    sections: dict[str, Section] = {}
    total = time.perf_counter()
    for name in chosen:
        started = time.perf_counter()
        print(f"== {name}", file=sys.stderr, flush=True)
        sections[name] = runners[name]()
        sections[name].print()
        print(f"   ({time.perf_counter() - started:.1f} s)", file=sys.stderr, flush=True)

    out = args.out or (Path(tempfile.mkdtemp(prefix="pactbot-bench-")) if args.quick else ROOT)
    path = report.write(
        sections, cfg, out, f"{kb.summary()}, {answerer.matcher.size} example questions", load_at_start=load_at_start
    )
    print(report.bars(sections).to_markdown())
    print(f"\nwrote {path}" + (f" and {out / 'benchmarks' / 'scale.png'}" if "scale" in sections else ""))
    print(f"total {time.perf_counter() - total:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
