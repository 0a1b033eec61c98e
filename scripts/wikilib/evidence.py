"""Evidence that a page's code ran: the runner's reports (`reports/*.json`, this machine or this CI run) and
the committed evidence files (`evidence/<device>.json`, from machines CI does not have, such as a GPU).

Every entry records the hash of the program it ran, so only entries for a page's current code count:
change a snippet and its page reads "not yet verified" until the code runs again.
"""

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from .layout import EVIDENCE_DIR, REPORTS_DIR, ROOT

VERSION = 2
VERDICTS = ("passed", "failed")  # a skipped item is not evidence of anything


def program_hash(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"version": VERSION, "items": []}


def write_json(path: Path, data: dict) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def merge_items(path: Path, entries: list[dict], extra: dict | None = None) -> dict:
    """Write `entries` over the file's items (same id replaced); keep older ones whose page still exists."""
    fresh = {e["id"] for e in entries}
    old = read_json(path)
    kept = [e for e in old.get("items", []) if e["id"] not in fresh and (ROOT / e["page"]).exists()]
    data = {"version": VERSION, "generated": now(), **(extra or {})}
    data["items"] = sorted(kept + entries, key=lambda e: e["id"])
    write_json(path, data)
    return data


def _files(dirs: tuple[Path, ...]):
    """(path, data) of every report and evidence file in the current format."""
    for folder in dirs:
        for path in sorted(folder.glob("*.json")):
            data = read_json(path)
            if data.get("version") == VERSION:  # an older format is ignored rather than misread
                yield path, data


def load_entries(dirs: tuple[Path, ...] = (REPORTS_DIR, EVIDENCE_DIR)) -> list[dict]:
    entries = []
    for path, data in _files(dirs):
        entries += [e | {"evidence_file": path.relative_to(ROOT).as_posix()} for e in data["items"]]
    return entries


def latest(entries: list[dict], page: str, device: str, current: str) -> dict | None:
    """The newest verdict on `page` and `device` that ran the page's current program (hash `current`)."""
    mine = [
        e
        for e in entries
        if e.get("page") == page and e["device"] == device and e.get("program_hash") == current
        if e["status"] in VERDICTS
    ]
    return max(mine, key=lambda e: e.get("ran_at") or "", default=None)


def recorded_durations(dirs: tuple[Path, ...] = (REPORTS_DIR, EVIDENCE_DIR)) -> dict[str, float]:
    """Recorded seconds per test id, for balancing shards: a page item's newest run, and the other tests'
    `test_durations` (a later file wins)."""
    newest: dict[str, tuple[str, float]] = {}
    tests: dict[str, float] = {}
    for _, data in _files(dirs):
        tests.update(data.get("test_durations", {}))
        for e in data["items"]:
            ran_at = e.get("ran_at") or ""
            if e.get("duration") is not None and (e["id"] not in newest or ran_at > newest[e["id"]][0]):
                newest[e["id"]] = (ran_at, float(e["duration"]))
    return {k: v for k, (_, v) in newest.items()} | tests
