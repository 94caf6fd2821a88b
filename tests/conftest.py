from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.knowledge import PROJECT_KNOWLEDGE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def answerer() -> Answerer:
    """The shipped fact base, loaded once: the tests assert what users of the real base get."""
    return Answerer.load(PROJECT_KNOWLEDGE)


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    """A copy of the shipped base that a test may break."""
    target = tmp_path / "knowledge"
    shutil.copytree(PROJECT_KNOWLEDGE, target)
    return target


@pytest.fixture(scope="session", autouse=True)
def _unanswered_log_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory):
    """Code that builds the bot in process without choosing a log (the pipeline benchmark) would
    otherwise append declined questions to ./data/unanswered.jsonl in the checkout (and keep its
    persistence file in ./data)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("UNANSWERED_LOG", str(tmp_path_factory.mktemp("unanswered") / "unanswered.jsonl"))
    patch.setenv("DATA_DIR", str(tmp_path_factory.mktemp("data")))
    yield
    patch.undo()


@pytest.fixture
def figures(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """``figures(line)`` prints past pytest's capture, so the fault suite's figures show in CI's log."""

    def show(*parts: object) -> None:
        with capsys.disabled():
            print(*parts, flush=True)

    return show
