"""Speed of the shipped fact base: in process, and as the ``python -m bot ask`` command.

In process (no process start): the fact base's load time (read, parse and validate the YAML and
texts) and index time (build the Answerer), then the latency of ``Answerer.answer`` per question
over every question of the evaluation sets. Cold: the Answerer's caches emptied first, the case of
a new question with a new typo; per question the best of 3 such passes (which leaves out the
moments another process had the core) and the first pass alone. Warm: the same questions repeated
on full caches. A last workload is typo'd variants of the set, each seen once.

As a command: start-up is the median wall time of ``python -m bot ask "…"`` answering one question
(interpreter start, imports, loading and indexing the base included); ``python -c pass`` is shown as
the floor. The per-question cost of ``python -m bot ask --json`` is (T(N) − T(1)) / (N − 1), with N
distinct questions (typo'd variants of the sets) on standard input and T(1) one question on
standard input; medians of several runs, the two alternating. Peak RSS is the command's own
high-water mark (VmHWM), read at exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.common import (
    ROOT,
    Config,
    Section,
    Table,
    all_questions,
    latency_stats,
    median_seconds,
    novel_questions,
    reset_caches,
    rss_mb,
    time_calls,
)
from bot.answering import Answerer
from bot.knowledge import load_knowledge

ONE_QUESTION = "Who signed the agreement?"


RSS_PROBE = (
    "import atexit, runpy, sys\n"
    "def _hwm():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            sys.stderr.write('VmHWM_KB=' + line.split()[1] + '\\n')\n"
    "atexit.register(_hwm)\n"
    "sys.argv = ['bot', *sys.argv[1:]]\n"
    "runpy.run_module(sys.argv.pop(1), run_name='__main__', alter_sys=True)\n"
)
"""Runs ``python -m MODULE ARGS`` and reports the process's own peak RSS (VmHWM) at exit. The
kernel's ru_maxrss of a child is no use here: Linux carries the parent's high-water mark across
fork and exec, so every child would look at least as big as the benchmark process."""


def run_child(args: list[str], stdin: bytes, env: dict[str, str]) -> tuple[float, bytes, bytes, int]:
    """Runs a command to its end; returns wall seconds, stdout, stderr and exit code."""
    start = time.perf_counter()
    proc = subprocess.run(args, input=stdin, capture_output=True, env=env, cwd=ROOT, check=False)
    return time.perf_counter() - start, proc.stdout, proc.stderr, proc.returncode


def timed_child(args: list[str], stdin: bytes, env: dict[str, str], runs: int) -> float:
    """Median wall seconds over ``runs`` runs, after one unmeasured warm-up run."""
    run_child(args, stdin, env)
    walls = []
    for _ in range(max(runs, 1)):
        wall, _, err, code = run_child(args, stdin, env)
        if code != 0:
            raise RuntimeError(f"{' '.join(args)} exited with {code}: {err[-500:].decode(errors='replace')}")
        walls.append(wall)
    return float(np.median(walls))


def peak_rss_of(module_args: list[str], stdin: bytes, env: dict[str, str]) -> float:
    """Peak RSS in MiB of ``python -m MODULE_ARGS`` (Linux; NaN elsewhere)."""
    if not Path("/proc/self/status").exists():
        return float("nan")
    _, _, err, _ = run_child([sys.executable, "-c", RSS_PROBE, *module_args], stdin, env)
    for line in err.decode(errors="replace").splitlines():
        if line.startswith("VmHWM_KB="):
            return int(line.split("=", 1)[1]) / 1024
    return float("nan")


IMPORT_WATCH = (
    "numpy",
    "pydantic",
    "bot.models",
    "yaml",
    "rapidfuzz",
    "bot.knowledge",
    "bot.matcher",
    "bot.answering",
    "bot.cli",
)


def import_times(env: dict[str, str], runs: int = 3) -> dict[str, float]:
    """Cumulative import time (ms, median of runs) of the modules behind start-up, from -X importtime.
    Each is counted where it is first imported, so a package inside another is also in the outer one."""
    samples: dict[str, list[float]] = {}
    for _ in range(max(runs, 1)):
        _, _, err, _ = run_child([sys.executable, "-X", "importtime", "-c", "import bot.cli, bot.answering"], b"", env)
        for line in err.decode(errors="replace").splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() in IMPORT_WATCH and parts[1].strip().isdigit():
                samples.setdefault(parts[2].strip(), []).append(int(parts[1]) / 1000)
    return {name: float(np.median(samples[name])) for name in IMPORT_WATCH if name in samples}


def in_process(cfg: Config) -> tuple[Table, Table, Table, dict]:
    directory = cfg.knowledge_dir
    runs = 3 if cfg.quick else 7
    load_knowledge(directory)  # warm the disk cache and the imports
    load_s = median_seconds(lambda: load_knowledge(directory), runs)
    kb = load_knowledge(directory)
    index_s = median_seconds(lambda: Answerer(kb), runs)

    before = rss_mb()
    answerer = Answerer(kb)
    index_mb = rss_mb() - before

    questions = all_questions(cfg)
    passes = []
    for _ in range(max(cfg.cold_passes, 1)):
        reset_caches(answerer)
        passes.append(time_calls(answerer.answer, questions))
    cold = np.stack(passes).min(axis=0)
    warm = np.concatenate([time_calls(answerer.answer, questions) for _ in range(max(cfg.latency_repeats, 1))], axis=1)
    variants = novel_questions(questions, len(questions) * (2 if cfg.quick else 4), seed=11)[len(questions) :]
    reset_caches(answerer)
    typo = time_calls(answerer.answer, variants)

    rows, data = [], {}
    for name, samples in (
        ("eval questions, cold caches (best of passes)", cold),
        ("eval questions, cold caches (one pass)", passes[0]),
        ("eval questions, repeated (warm caches)", warm),
        ("typo'd variants, each seen once", typo),
    ):
        p = latency_stats(samples)
        data[name] = p
        rows.append([name, p["n"], p["p50"], p["p95"], p["p99"], p["max"], p["cpu_p50"], p["cpu_p99"], p["qps"]])
    slowest = np.argsort(-cold[0])[:5]
    slow = Table(
        "In process: the slowest questions, cold caches",
        ["ms", "question"],
        [[float(cold[0][i]) / 1e6, " ".join(questions[i].split())[:100]] for i in slowest],
    )
    latency = Table(
        "In process: Answerer.answer latency",
        ["workload", "questions", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU p50 ms", "CPU p99 ms", "questions/s"],
        rows,
        "p50 to max: wall time. CPU: the thread's CPU time for the same calls, which leaves out the moments"
        " another process had the core (this machine is shared; load average at the start of the run is in"
        " the header).",
    )
    setup = Table(
        "In process: the fact base",
        ["facts", "example questions", "load ms (YAML + validation + checks)", "index ms (Answerer)", "index RSS MiB"],
        [[len(kb.facts), answerer.matcher.size, load_s * 1000, index_s * 1000, index_mb]],
    )
    data.update(
        {"load_ms": load_s * 1000, "index_ms": index_s * 1000, "index_rss_mb": index_mb, "facts": len(kb.facts)}
    )
    data["examples"] = answerer.matcher.size
    return setup, latency, slow, data


def as_command(cfg: Config) -> tuple[Table, Table, dict]:
    env = cfg.env()
    py = sys.executable
    runs = cfg.startup_runs
    floor_s = timed_child([py, "-c", "pass"], b"", env, runs)
    imports_s = timed_child([py, "-c", "import bot.cli, bot.answering"], b"", env, runs)
    startup_s = timed_child([py, "-m", "bot", "ask", ONE_QUESTION], b"", env, runs)
    questions = novel_questions(all_questions(cfg), cfg.stdin_questions, seed=23)
    payload = "".join(q + "\n" for q in questions).encode()
    # T(1) and T(N) in alternation, so that a slow spell of the machine hits both alike.
    ask_json = [py, "-m", "bot", "ask", "--json"]
    one_payload = (ONE_QUESTION + "\n").encode()
    run_child(ask_json, one_payload, env)
    ones, manys = [], []
    for _ in range(runs if cfg.quick else max(runs, 3)):
        ones.append(run_child(ask_json, one_payload, env)[0])
        manys.append(run_child(ask_json, payload, env)[0])
    one_s, many_s = float(np.median(ones)), float(np.median(manys))
    _, out, _, _ = run_child(ask_json, payload, env)
    replies = out.count(b"\n")
    if replies != len(questions):
        raise RuntimeError(f"ask --json gave {replies} replies to {len(questions)} questions")
    startup_rss = peak_rss_of(["bot", "ask", ONE_QUESTION], b"", env)
    many_rss = peak_rss_of(["bot", "ask", "--json"], payload, env)
    floor_rss = peak_rss_of(["this"], b"", env)
    n = len(questions)
    per_q_ms = (many_s - one_s) / max(n - 1, 1) * 1000
    rows = [
        ["python -c pass (interpreter floor)", "", floor_s * 1000, "", floor_rss],
        ["python -c 'import bot.cli, bot.answering' (imports only)", "", imports_s * 1000, "", ""],
        [f'python -m bot ask "{ONE_QUESTION}" (start-up)', 1, startup_s * 1000, "", startup_rss],
        ["python -m bot ask --json, 1 question on stdin", 1, one_s * 1000, "", ""],
        [f"python -m bot ask --json, {n} questions on stdin", n, many_s * 1000, per_q_ms, many_rss],
    ]
    table = Table(
        "As a command (subprocess, wall time, medians)",
        ["command", "questions", "wall ms", "ms per question after start-up", "peak RSS MiB"],
        rows,
        f"Per question after start-up: ({many_s * 1000:.0f} − {one_s * 1000:.0f}) ms / {n - 1} = {per_q_ms:.3f} ms"
        " (bar: at most 2 ms). The interpreter floor's RSS is `python -m this`.",
    )
    imports = import_times(env, 1 if cfg.quick else 3)
    breakdown = Table(
        "Start-up: import time of the modules behind it (python -X importtime, cumulative, median)",
        ["module", "import ms"],
        [[name, ms] for name, ms in imports.items()],
        "Each module is counted where it is first imported, and its time is also inside its importer's:"
        " bot.cli's figure holds everything. -X importtime itself adds some overhead.",
    )
    data = {
        "imports": imports,
        "interpreter_ms": floor_s * 1000,
        "imports_ms": imports_s * 1000,
        "startup_ms": startup_s * 1000,
        "stdin_one_ms": one_s * 1000,
        "stdin_many_ms": many_s * 1000,
        "stdin_n": n,
        "per_question_ms": per_q_ms,
        "peak_rss_mb": many_rss,
        "startup_peak_rss_mb": startup_rss,
    }
    return table, breakdown, data


def run(cfg: Config) -> Section:
    setup, latency, slow, data = in_process(cfg)
    command, breakdown, cmd_data = as_command(cfg)
    data.update(cmd_data)
    findings = [
        f"In process: p99 {data['eval questions, cold caches (best of passes)']['p99']:.3f} ms with cold caches, "
        f"{data['eval questions, repeated (warm caches)']['p99']:.3f} ms warm; "
        f"{data['eval questions, repeated (warm caches)']['qps']:.0f} questions/s warm.",
        f"`python -m bot ask`: start-up {data['startup_ms']:.0f} ms (interpreter alone {data['interpreter_ms']:.0f} ms, "
        f"imports {data['imports_ms']:.0f} ms); "
        f"`ask --json`: {data['per_question_ms']:.3f} ms per question after start-up (bar: ≤ 2 ms); peak RSS {data['peak_rss_mb']:.0f} MiB.",
    ]
    return Section(
        "Speed", __doc__.split("\n\n", 1)[1].strip(), [setup, latency, slow, command, breakdown], data, findings
    )


def _main() -> None:  # pragma: no cover - manual use
    cfg = Config.smoke() if "--quick" in sys.argv else Config.full()
    if os.environ.get("KNOWLEDGE_DIR"):
        cfg.knowledge_dir = Path(os.environ["KNOWLEDGE_DIR"])
    run(cfg).print()


if __name__ == "__main__":  # pragma: no cover
    _main()
