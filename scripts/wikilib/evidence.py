"""Evidence that a page's code ran: the runner's reports (`reports/*.json`, this machine or this CI run) and
the committed evidence files (`evidence/<device>.json`, from machines CI does not have, such as a GPU).

Every entry records the hash of the program it ran, so only entries for a page's current code count:
change a snippet and its page reads "not yet verified" until the code runs again.
"""

import hashlib
import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from .layout import DURATIONS_FILE, EVIDENCE_DIR, REPORTS_DIR, ROOT
from .report import RunEntry

VERSION = 2
VERDICTS = ("passed", "failed")  # a skipped item is not evidence of anything


def program_hash(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def read_json(path: Path, missing: dict | None = None) -> dict:
    if not path.exists():
        return {"version": VERSION, "items": []} if missing is None else missing
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data: dict) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_report(path: Path) -> list[RunEntry]:
    """The entries of a report or evidence file; [] when it is missing or in an older format (ignored rather
    than misread)."""
    data = read_json(path)
    if data.get("version") != VERSION:
        return []
    source = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    return [replace(RunEntry.from_dict(e, path), source=source) for e in data.get("items", [])]


def merge_items(path: Path, entries: list[RunEntry], extra: dict | None = None) -> list[RunEntry]:
    """Write `entries` over the file's entries (same id replaced); keep older ones whose page still exists."""
    fresh = {e.id for e in entries}
    kept = [e for e in read_report(path) if e.id not in fresh and (ROOT / e.page).exists()]
    merged = sorted(kept + list(entries), key=lambda e: e.id)
    data = {"version": VERSION, "generated": now(), **(extra or {})}
    write_json(path, data | {"items": [e.to_dict() for e in merged]})
    return merged


def load_entries(dirs: tuple[Path, ...] = (REPORTS_DIR, EVIDENCE_DIR)) -> list[RunEntry]:
    """Every entry of this machine's reports and the committed evidence."""
    return [e for folder in dirs for path in sorted(folder.glob("*.json")) for e in read_report(path)]


def latest(entries: list[RunEntry], page: str, device: str, current: str) -> RunEntry | None:
    """The newest verdict on `page` and `device` that ran the page's current program (hash `current`)."""
    mine = [
        e
        for e in entries
        if e.page == page and e.device == device and e.program_hash == current and e.status in VERDICTS
    ]
    return max(mine, key=lambda e: e.ran_at or "", default=None)


def record_durations(path: Path, durations: dict[str, float]) -> None:
    """Merge seconds per test id into the durations file at `path`."""
    write_json(path, read_json(path, {}) | dict(sorted(durations.items())))


def recorded_durations(
    paths: tuple[Path, ...] = (DURATIONS_FILE, REPORTS_DIR / DURATIONS_FILE.name),
) -> dict[str, float]:
    """Recorded seconds per test id, for balancing shards: the committed file, then this machine's (which wins)."""
    found: dict[str, float] = {}
    for path in paths:
        found |= read_json(path, {})
    return found
