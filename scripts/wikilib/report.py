"""The runner's JSON report: one entry per page program and device, read by the checklist hook."""

import json
from datetime import UTC, datetime
from pathlib import Path

from .layout import REPORT_FILE, ROOT

VERSION = 1


def load_report(path: Path = REPORT_FILE) -> dict:
    """The last report, or an empty one when the runner has not run here."""
    if not path.exists():
        return {"version": VERSION, "items": []}
    return json.loads(path.read_text(encoding="utf-8"))


def merge_report(entries: list[dict], path: Path = REPORT_FILE) -> dict:
    """Write this run's entries over the last report; keep older entries whose pages still exist."""
    fresh = {e["id"] for e in entries}
    kept = [
        e
        for e in load_report(path)["items"]
        if e["id"] not in fresh and all((ROOT / page).exists() for page in e["pages"])
    ]
    report = {
        "version": VERSION,
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "items": sorted(kept + entries, key=lambda e: e["id"]),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return report
