"""Loading and checking the fact base from its folder of YAML and text files.

Loading is all-or-nothing: every problem found is collected (so a curator sees them all at once)
and any problem means no base is returned. That is what lets /reload keep serving the last good
base when a file is broken.

Layout of the folder::

    sources.yaml        list of Source
    texts/*.txt         stored source texts (evidence quotes must stand in them verbatim)
    facts/*.yaml        lists of Fact, any number of files
    declines.yaml       {topics: [DeclineTopic]}: messages recognised but not answered
    lexicon.yaml        Lexicon: stopwords, synonyms, word classes, unknown entities
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from bot.models import LANGS, LATEST_REPORT, DeclineTopic, Fact, Lexicon, Localized, Source

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when present: the base loads at every start, and the C one is ~10x faster."""
PROJECT_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

# What one fact base may cost to load. A curator's typo, or a hostile file dropped into a mounted
# folder, must not exhaust the bot: /reload runs inside the serving process. Every limit is checked
# before the thing it bounds is built (sizes before reading, YAML events before objects), so a file
# over a limit costs at most what the limit allows. The shipped base is about 240 KB, 40 facts.
MAX_FILE_BYTES = 16 * 2**20
"""One file (YAML or stored text). The benchmarks' largest synthetic fact file is about 5 MB."""
MAX_BASE_BYTES = 64 * 2**20
"""All files of one base together."""
MAX_FACT_FILES = 1_000
MAX_ENTRIES = 10_000
"""Entries (facts, sources, topics) in one file."""
MAX_NODES = 1_000_000
"""YAML nodes (scalars, lists, mappings) in one file: what bounds the objects built from it."""
MAX_DEPTH = 32
"""Nesting of lists and mappings in one file; the base needs 5."""
MAX_PROBLEMS = 20
"""Problems kept and reported; the rest are only counted (a million broken entries is one report)."""
MAX_VALUE_CHARS = 120
"""A value quoted in a problem message is cut to this many characters."""


def default_knowledge_dir() -> Path:
    """The shipped fact base: the project's own folder, else ./knowledge (an installed wheel).
    KNOWLEDGE_DIR, when set, wins over this: see ``bot.settings.Settings.knowledge``."""
    if PROJECT_KNOWLEDGE.is_dir():
        return PROJECT_KNOWLEDGE
    return Path.cwd() / "knowledge"


@dataclass(frozen=True)
class Problem:
    file: str
    entry: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.entry}" if self.entry else self.file
        return f"{where}: {self.message}"


class KnowledgeError(Exception):
    """The folder does not hold a valid fact base; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class KnowledgeBase:
    directory: Path
    sources: dict[str, Source]
    facts: tuple[Fact, ...]
    declines: tuple[DeclineTopic, ...]
    lexicon: Lexicon
    content_hash: str
    loaded_at: dt.datetime
    texts: dict[str, str] = field(repr=False, default_factory=dict)
    latest_report: dt.date | None = None
    """The newest date among the sources the facts cite: how far the base reaches in time."""

    @property
    def facts_by_id(self) -> dict[str, Fact]:
        return {fact.id: fact for fact in self.facts}

    def summary(self) -> str:
        return f"{len(self.facts)} facts, {len(self.sources)} sources, hash {self.content_hash}"


def squash(text: str) -> str:
    """Whitespace-normalized form used to compare quotes with stored texts."""
    return " ".join(text.split())


def _question_key(question: str) -> str:
    return " ".join(re.sub(r"[^\w']+", " ", question.casefold()).split())


def clip(text: str, limit: int = MAX_VALUE_CHARS) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out; lone surrogates (which
    YAML's \\u escapes can produce) replaced, so that a message can always be printed."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text) - limit} more characters)"


class _Loader:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.root = directory.resolve()
        self.problems: list[Problem] = []
        self.more_problems = 0
        """Problems found beyond MAX_PROBLEMS: counted, not kept."""
        self.bytes_read = 0
        self.digest = hashlib.sha256()

    def all_problems(self) -> list[Problem]:
        """The kept problems, and one line counting the others."""
        if not self.more_problems:
            return self.problems
        total = len(self.problems) + self.more_problems
        more = Problem(
            self.rel(self.directory), "", f"… {total} problems in all; {self.more_problems} more problem(s) not listed"
        )
        return [*self.problems, more]

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.directory.parent))
        except ValueError:
            return str(path)

    def problem(self, path: Path, entry: str, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.more_problems += 1
            return
        self.problems.append(Problem(self.rel(path), clip(entry), clip(message, 4 * MAX_VALUE_CHARS)))

    def read_text(self, path: Path) -> str | None:
        """The file as text, or None (and a problem) when it cannot be read, is not UTF-8, is too
        large, or is a link that leads out of the base folder."""
        try:
            target = path.resolve()
            if not target.is_relative_to(self.root):
                self.problem(path, "", "is a link to a file outside the fact base folder: refused")
                return None
            size = target.stat().st_size
            if size > MAX_FILE_BYTES:
                self.problem(path, "", f"{size:,} bytes, over the limit of {MAX_FILE_BYTES:,}: refused")
                return None
            if self.bytes_read + size > MAX_BASE_BYTES:
                self.problem(path, "", f"the base is over the limit of {MAX_BASE_BYTES:,} bytes: refused")
                return None
            with target.open("rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
            self.problem(path, "", f"cannot read: {getattr(exc, 'strerror', None) or exc}")
            return None
        if len(raw) > MAX_FILE_BYTES:
            self.problem(path, "", f"over the limit of {MAX_FILE_BYTES:,} bytes: refused")
            return None
        self.bytes_read += len(raw)
        self.digest.update(self.rel(path).encode() + b"\0" + raw + b"\0")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.problem(path, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")
            return None

    def read_yaml(self, path: Path) -> Any:
        text = self.read_text(path)
        if text is None:
            return None
        try:
            refused = _refuse_costly(text)
            if refused:
                self.problem(path, "", refused)
                return None
            return yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            self.problem(path, where, f"invalid YAML: {reason}")
            return None

    def validate(self, path: Path, model: type[BaseModel], data: Any, entry: str) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(part) for part in err["loc"]) or "(entry)"
                self.problem(path, entry, f"{loc}: {err['msg']}")
            return None

    def entries(self, path: Path, data: Any, model: type[BaseModel], kind: str) -> list[Any]:
        if data is None:
            return []
        if not isinstance(data, list):
            self.problem(path, "", f"expected a list of {kind}s, got {type(data).__name__}")
            return []
        if len(data) > MAX_ENTRIES:
            self.problem(path, "", f"{len(data):,} {kind}s, over the limit of {MAX_ENTRIES:,} per file: refused")
            return []
        out = []
        for index, item in enumerate(data, start=1):
            ident = item.get("id") if isinstance(item, dict) else None
            entry = f"{kind} {clip(repr(ident))} (entry {index})" if ident else f"{kind} entry {index}"
            value = self.validate(path, model, item, entry)
            if value is not None:
                out.append((path, entry, value))
        return out


def load_knowledge(directory: Path | str | None = None) -> KnowledgeBase:
    """Reads, validates and cross-checks the whole base; raises KnowledgeError listing every problem."""
    root = Path(directory) if directory is not None else default_knowledge_dir()
    ld = _Loader(root)
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), "", "fact base folder not found")])

    sources_path = root / "sources.yaml"
    sources = ld.entries(sources_path, ld.read_yaml(sources_path), Source, "source")

    fact_files = sorted((root / "facts").glob("*.yaml")) + sorted((root / "facts").glob("*.yml"))
    if not fact_files:
        ld.problem(root / "facts", "", "no fact files (*.yaml)")
    elif len(fact_files) > MAX_FACT_FILES:
        ld.problem(root / "facts", "", f"{len(fact_files):,} fact files, over the limit of {MAX_FACT_FILES:,}")
        fact_files = []
    facts = []
    for path in fact_files:
        facts.extend(ld.entries(path, ld.read_yaml(path), Fact, "fact"))

    declines_path = root / "declines.yaml"
    declines_data = ld.read_yaml(declines_path) if declines_path.exists() else {"topics": []}
    if declines_data is not None and not (isinstance(declines_data, dict) and "topics" in declines_data):
        ld.problem(declines_path, "", "expected a mapping with the key 'topics'")
        declines_data = {"topics": []}
    declines = ld.entries(declines_path, (declines_data or {}).get("topics"), DeclineTopic, "topic")

    lexicon_path = root / "lexicon.yaml"
    lexicon_data = ld.read_yaml(lexicon_path)
    lexicon = ld.validate(lexicon_path, Lexicon, lexicon_data, "lexicon") if lexicon_data else None
    if lexicon is None and not any(p.file == ld.rel(lexicon_path) for p in ld.problems):
        ld.problem(lexicon_path, "", "missing or empty")

    texts = _check(ld, root, sources, facts, declines)
    latest = latest_report_date([s for _, _, s in sources], [f for _, _, f in facts])
    _check_placeholders(ld, facts, declines, latest)
    if ld.problems:
        raise KnowledgeError(ld.all_problems())
    assert lexicon is not None
    return KnowledgeBase(
        directory=root,
        sources={s.id: s for _, _, s in sources},
        facts=tuple(_fill_latest(f, latest) for _, _, f in facts),
        declines=tuple(_fill_latest(d, latest) for _, _, d in declines),
        lexicon=lexicon,
        content_hash=ld.digest.hexdigest()[:12],
        loaded_at=dt.datetime.now(dt.UTC),
        texts=texts,
        latest_report=latest,
    )


def latest_report_date(sources: Iterable[Source], facts: Iterable[Fact]) -> dt.date | None:
    """The newest ``date`` among the sources the facts cite (undated sources do not count)."""
    by_id = {s.id: s for s in sources}
    dates = [
        by_id[ev.source].date for fact in facts for ev in fact.evidence if ev.source in by_id and by_id[ev.source].date
    ]
    return max(dates) if dates else None  # type: ignore[type-var]


def _localized_texts(item: Fact | DeclineTopic) -> list[tuple[str, Localized]]:
    if isinstance(item, Fact):
        return [("answer", item.answer)] + ([("caveat", item.caveat)] if item.caveat else [])
    return [("reply", item.reply)] if item.reply else []


def _check_placeholders(
    ld: _Loader,
    facts: list[tuple[Path, str, Fact]],
    declines: list[tuple[Path, str, DeclineTopic]],
    latest: dt.date | None,
) -> None:
    """A {latest_report} needs a dated source to fill it, and must stand in every language or none."""
    for path, entry, item in [*facts, *declines]:
        for name, texts in _localized_texts(item):
            used = [lang for lang in LANGS if LATEST_REPORT in texts.get(lang)]
            if used and latest is None:
                ld.problem(path, entry, f"{name}: {LATEST_REPORT} but no cited source has a date")
            elif used and len(used) != len(LANGS):
                missing = ", ".join(lang for lang in LANGS if lang not in used)
                ld.problem(path, entry, f"{name}: {LATEST_REPORT} is missing in {missing}")


def _fill_latest(item: Any, latest: dt.date | None) -> Any:
    """The item with {latest_report} replaced by the newest report's date in each language."""
    if latest is None:
        return item
    from bot.replies import format_date

    update = {}
    for name, texts in _localized_texts(item):
        if any(LATEST_REPORT in texts.get(lang) for lang in LANGS):
            filled = {lang: texts.get(lang).replace(LATEST_REPORT, format_date(latest, lang)) for lang in LANGS}
            update[name] = Localized(**filled)
    return item.model_copy(update=update) if update else item


def _refuse_costly(text: str) -> str | None:
    """Why ``text`` must not be turned into objects, or None. Reads the YAML as a stream of events
    (libyaml's parser: constant memory) and stops at the first one over a limit, so that what is
    built afterwards is bounded by MAX_NODES and MAX_DEPTH. Anchors and aliases are refused outright:
    the base has no use for them, and nested aliases expand exponentially (a "billion laughs" file
    of a few hundred bytes makes gigabytes of lists)."""
    depth = nodes = entries = 0
    top_is_list = False
    for event in yaml.parse(text, Loader=_YAML_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            return "YAML anchors and aliases (&name, *name) are not allowed in the fact base: refused"
        if isinstance(event, yaml.NodeEvent):
            nodes += 1
            if nodes > MAX_NODES:
                return f"more than {MAX_NODES:,} YAML values, over the limit: refused"
            if depth == 1 and top_is_list:
                entries += 1
                if entries > MAX_ENTRIES:
                    return f"more than {MAX_ENTRIES:,} entries, over the limit of {MAX_ENTRIES:,} per file: refused"
        if isinstance(event, yaml.CollectionStartEvent):
            if depth == 0:
                top_is_list = isinstance(event, yaml.SequenceStartEvent)
            depth += 1
            if depth > MAX_DEPTH:
                return f"lists and mappings nested more than {MAX_DEPTH} deep: refused"
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _duplicates(ld: _Loader, items: Iterable[tuple[Path, str, Any]], what: str) -> None:
    seen: dict[str, str] = {}
    for path, entry, value in items:
        if value.id in seen:
            ld.problem(path, entry, f"duplicate {what} id {value.id!r} (first in {seen[value.id]})")
        else:
            seen[value.id] = ld.rel(path)


def _check(
    ld: _Loader,
    root: Path,
    sources: list[tuple[Path, str, Source]],
    facts: list[tuple[Path, str, Fact]],
    declines: list[tuple[Path, str, DeclineTopic]],
) -> dict[str, str]:
    """Cross-file rules pydantic cannot see: ids, references, quotes, example collisions."""
    _duplicates(ld, sources, "source")
    _duplicates(ld, facts, "fact")
    _duplicates(ld, declines, "topic")

    texts: dict[str, str] = {}
    for path, entry, source in sources:
        if source.kind is None:
            ld.problem(path, entry, "kind: missing (official, agency, outlet, aggregator or analysis)")
        if source.text_file is None:
            continue
        text_path = root / "texts" / source.text_file
        if text_path.resolve().parent != (root / "texts").resolve():
            ld.problem(path, entry, f"text_file {source.text_file!r} must be a file name in texts/")
            continue
        if not text_path.is_file():
            ld.problem(path, entry, f"text_file {source.text_file!r} not found in texts/")
            continue
        text = ld.read_text(text_path)
        if text is not None:
            texts[source.id] = squash(text)

    source_ids = {s.id for _, _, s in sources}
    source_kinds = {s.id: s.kind for _, _, s in sources}
    fact_ids = {f.id for _, _, f in facts}
    for path, entry, fact in facts:
        cited = set()
        for n, ev in enumerate(fact.evidence):
            cited.add(ev.source)
            if ev.source not in source_ids:
                ld.problem(path, entry, f"evidence[{n}]: unknown source {ev.source!r}")
            elif ev.source in texts and squash(ev.quote) not in texts[ev.source]:
                ld.problem(path, entry, f"evidence[{n}]: quote does not stand verbatim in source {ev.source!r}")
        for rel in fact.related:
            if rel not in fact_ids:
                ld.problem(path, entry, f"related: unknown fact {rel!r}")
        kinds = {source_kinds[ev.source] for ev in fact.evidence if ev.source in source_kinds}
        if kinds == {"aggregator"} and fact.caveat is None:
            ld.problem(path, entry, "evidence rests only on aggregator sources: the fact needs a caveat")
        if fact.event and fact.event.source and fact.event.source not in cited:
            ld.problem(path, entry, f"event: source {fact.event.source!r} is not cited in evidence")
        if fact.disagreement:
            for sid in fact.disagreement.sources:
                if sid not in source_ids:
                    ld.problem(path, entry, f"disagreement: unknown source {sid!r}")
                elif sid not in cited:
                    ld.problem(path, entry, f"disagreement: source {sid!r} is not cited in evidence")

    for path, entry, topic in declines:
        for fid in topic.open_facts:
            if fid not in fact_ids:
                ld.problem(path, entry, f"open_facts: unknown fact {fid!r}")

    owners: dict[str, str] = {}
    for path, entry, item in [*facts, *declines]:
        owner = f"{ld.rel(path)}: {entry}"
        for lang in LANGS:
            for question in item.questions.get(lang):
                key = _question_key(question)
                if not key:
                    ld.problem(path, entry, f"questions.{lang}: {question!r} has no words")
                elif key in owners and owners[key] != owner:
                    ld.problem(path, entry, f"questions.{lang}: {question!r} is also claimed by {owners[key]}")
                else:
                    owners[key] = owner
    return texts
