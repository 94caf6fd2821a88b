"""The log of questions the bot declined: how curators learn which facts and wordings to add.

One JSON object per line (text, language, time, best candidate fact and its score), appended by the
bot; capped in size with numbered backups like logging's RotatingFileHandler (written by hand
because these are data records read back by ``summary``, not log lines). User ids are never stored:
at most a salted hash, so repeated askers can be told apart without knowing who they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.normalize import clean

TEXT_LIMIT = 500


@dataclass(frozen=True)
class Frequent:
    question: str
    count: int
    language: str
    last_seen: str
    best_fact: str | None
    best_score: float


class UnansweredLog:
    def __init__(self, path: Path | str, max_bytes: int = 1_000_000, backups: int = 3, salt: str = "") -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.backups = backups
        self._salt = salt.encode()
        self._lock = threading.Lock()

    def user_key(self, user_id: int | None) -> str | None:
        """A salted hash of the user id, or nothing without a salt: never the id itself."""
        if user_id is None or not self._salt:
            return None
        return hmac.new(self._salt, str(user_id).encode(), hashlib.sha256).hexdigest()[:16]

    def record(
        self,
        text: str,
        language: str,
        best_fact: str | None,
        best_score: float,
        user_id: int | None = None,
        when: dt.datetime | None = None,
    ) -> None:
        entry = {
            "time": (when or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
            "text": clean(text)[:TEXT_LIMIT],
            "language": language,
            "best_fact": best_fact,
            "best_score": round(float(best_score), 4),
        }
        user = self.user_key(user_id)
        if user:
            entry["user"] = user
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and self.path.stat().st_size + len(line.encode()) > self.max_bytes:
                self._rotate()
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line)

    def _rotate(self) -> None:
        for n in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{n}")
            if older.exists():
                older.replace(self.path.with_name(f"{self.path.name}.{n + 1}"))
        if self.backups > 0:
            self.path.replace(self.path.with_name(f"{self.path.name}.1"))
        else:
            self.path.unlink()

    def entries(self) -> list[dict[str, object]]:
        """Every readable record, oldest first; a damaged line is skipped, not fatal."""
        files = [self.path.with_name(f"{self.path.name}.{n}") for n in range(self.backups, 0, -1)] + [self.path]
        out: list[dict[str, object]] = []
        for file in files:
            try:
                lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                continue
            for line in lines:
                try:
                    item = json.loads(line)
                except ValueError:
                    continue
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    out.append(item)
        return out

    def summary(self, limit: int = 20, days: int = 30) -> list[Frequent]:
        """The most frequent recent declined questions, grouped by their folded wording."""
        since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat(timespec="seconds")
        counts: Counter[str] = Counter()
        latest: dict[str, dict[str, object]] = {}
        for item in self.entries():
            if str(item.get("time", "")) < since:
                continue
            key = " ".join(str(item["text"]).casefold().split()).strip(" ?!.")
            if not key:
                continue
            counts[key] += 1
            latest[key] = item
        return [
            Frequent(
                question=str(latest[key]["text"]),
                count=count,
                language=str(latest[key].get("language", "")),
                last_seen=str(latest[key].get("time", "")),
                best_fact=latest[key].get("best_fact") if isinstance(latest[key].get("best_fact"), str) else None,
                best_score=float(latest[key].get("best_score") or 0.0),
            )
            for key, count in counts.most_common(limit)
        ]


def format_summary(rows: list[Frequent]) -> str:
    if not rows:
        return "No unanswered questions recorded."
    lines = [f"{'count':>5}  {'lang':4}  {'closest fact (score)':32}  question"]
    for row in rows:
        near = f"{row.best_fact} ({row.best_score:.2f})" if row.best_fact else "-"
        lines.append(f"{row.count:>5}  {row.language:4}  {near:32}  {row.question}")
    return "\n".join(lines)
