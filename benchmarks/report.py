"""BENCHMARKS.md and the scale plot, from the sections the benchmarks return."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Config, Section, Table, load_average, machine_info
from benchmarks.scale import plot

COMMAND = "python -m benchmarks"


def git_state() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit


def bars(sections: dict[str, Section]) -> Table:
    rows: list[list[Any]] = []
    quality = sections.get("quality")
    if quality is not None:
        misses = quality.data["misses"]
        rows.append(
            [
                "The bot beats every baseline on answered-correctly and on declined, in every language",
                "yes" if not misses else f"no: {len(misses)} case(s), listed under Quality",
                "met" if not misses else "MISSED",
            ]
        )
    scale = sections.get("scale")
    if scale is not None:
        for r in scale.data["results"]:
            target = {1: 1.0, 100: 20.0}.get(r["factor"])
            if target is not None and r["variant"] == "current":
                p99 = r["cold"]["p99"]
                rows.append(
                    [
                        f"p99 ≤ {target:g} ms at {r['factor']}× ({r['examples']} example questions), in process",
                        f"{p99:.3f} ms (one pass {r['cold_once']['p99']:.3f} ms; warm caches {r['warm']['p99']:.3f} ms)",
                        "met" if p99 <= target else "MISSED",
                    ]
                )
    context = sections.get("context")
    if context is not None:
        per_100k = context.data["mb_per_100k"]
        rows.append(
            [
                "100 000 conversations' contexts fit in ≤ 50 MB",
                f"{per_100k:.1f} MB (follow-up p99 with context {context.data['context_p99_ms']:.3f} ms)",
                "met" if per_100k <= 50.0 else "MISSED",
            ]
        )
    speed = sections.get("speed")
    if speed is not None:
        per_q = speed.data["per_question_ms"]
        rows.append(
            [
                "`python -m bot ask --json`: ≤ 2 ms per question after start-up",
                f"{per_q:.3f} ms ({speed.data['stdin_n']} questions)",
                "met" if per_q <= 2.0 else "MISSED",
            ]
        )
    hostile = sections.get("hostile")
    if hostile is not None:
        bad = [o for o in hostile.data["outcomes"] if o["kind"] != "shipped"]
        worst_mb = max(o["peak_mb"] for o in bad)
        worst_s = max(o["seconds"] for o in bad)
        met = all(o["code"] == 1 and o["seconds"] < 10 and o["peak_mb"] < 300 and o["output_bytes"] < 4096 for o in bad)
        rows.append(
            [
                "Hostile fact files refused by `check` within 10 s and 300 MB, with a few KB of output",
                f"{len(bad)} files: at most {worst_s:.2f} s, {worst_mb:.0f} MB",
                "met" if met else "MISSED",
            ]
        )
    return Table("The bars", ["bar", "measured", "verdict"], rows)


def headline(sections: dict[str, Section]) -> list[str]:
    lines = []
    quality = sections.get("quality")
    if quality is not None:
        for set_name, data in quality.data["sets"].items():
            if "(all texts)" in set_name:
                continue
            bot = data.get(("all", "pactbot"))
            if bot is None:
                continue
            others = {system: r for (lang, system), r in data.items() if lang == "all" and system != "pactbot"}
            best = max(others.values(), key=lambda r: r["answered_correctly"]) if others else None
            line = (
                f"{set_name}: answered correctly {bot['answered_correctly']:.1f}%, declined {bot['declined']:.1f}%, "
                f"confidently wrong {bot['confidently_wrong']:.1f}%"
            )
            if best is not None:
                name = next(s for s, r in others.items() if r is best)
                line += f" (best baseline, {name}: {best['answered_correctly']:.1f}% / {best['declined']:.1f}% / {best['confidently_wrong']:.1f}%)"
            lines.append(line)
    lines.extend(
        line for key in ("speed", "scale", "pipeline", "hostile") if key in sections for line in sections[key].findings
    )
    return lines


SECTION_ORDER = ("quality", "blind", "context", "speed", "scale", "pipeline", "hostile")
"""Every section ``python -m benchmarks`` runs, in the order BENCHMARKS.md shows them."""


def render(
    sections: dict[str, Section], cfg: Config, plot_name: str | None, kb_summary: str, load_at_start: str = ""
) -> str:
    info = machine_info()
    info["load average (1, 5, 15 min): start → end"] = f"{load_at_start or '?'} → {load_average()}"
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "# Benchmarks",
        "",
        f"Produced by `{COMMAND}{' --quick' if cfg.quick else ''}` on {now}, commit {git_state()}."
        " Every number below comes from that one run on one machine; rerun the command to reproduce.",
        "",
        "| machine | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in info.items()),
        f"| fact base | {kb_summary} |",
        "",
        "Timings are wall-clock on a shared machine and move by some percent between runs; percentiles"
        " and medians are used throughout.",
        "",
        bars(sections).to_markdown(),
        "",
        *(f"- {line}" for line in headline(sections)),
        "",
    ]
    if plot_name:
        parts += [f"![scale]({plot_name})", ""]
    for key in SECTION_ORDER:
        if key in sections:
            parts.append(sections[key].to_markdown())
    return "\n".join(parts).rstrip() + "\n"


def write(
    sections: dict[str, Section],
    cfg: Config,
    out_dir: Path,
    kb_summary: str,
    plot_rel: str = "benchmarks/scale.png",
    load_at_start: str = "",
) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    plot_name = None
    if "scale" in sections:
        plot(sections["scale"].data["results"], out_dir / plot_rel)
        plot_name = plot_rel
    path = out_dir / "BENCHMARKS.md"
    path.write_text(render(sections, cfg, plot_name, kb_summary, load_at_start), encoding="utf-8")
    return path
