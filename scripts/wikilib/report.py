"""The run report's one schema: what the runner writes (reports/runner.json, evidence/<device>.json) and what
the site, the CLI and the tests read. A file that does not fit it fails with its name and the entry's id.

Durations for balancing shards are not part of it: they live in their own file (wikilib.evidence)."""

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from .errors import WikiError

STATUSES = ("passed", "failed", "updated", "skipped")


@dataclass(frozen=True)
class RunWarning:
    category: str
    message: str
    snippet: str | None = None  # `snippets/<path>:<line>` of the line that raised it


@dataclass(frozen=True)
class RunEntry:
    """One page program on one device: what ran, where, and the verdict."""

    id: str  # `<page>::<device>`
    page: str
    device: str
    program_hash: str  # of the program that ran: only entries for a page's current code count
    status: str  # one of STATUSES
    twins: tuple[str, ...] = ()  # the other language's pages showing the same code
    ran_at: str | None = None  # ISO 8601, UTC
    torch: str | None = None
    cuda: str | None = None
    gpu: str | None = None
    peak_mb: float | None = None
    duration: float | None = None  # seconds
    warnings: tuple[RunWarning, ...] = ()
    output_hash: str | None = None
    left_out: dict[str, str] = field(default_factory=dict)  # device-only snippets left out, with the reason
    reused: str | None = None  # where the verdict came from when the code did not run again
    updated: tuple[str, ...] = ()  # files whose `#>` lines --update-outputs rewrote
    reason: str | None = None  # why it was skipped
    source: str | None = None  # the file it was read from (not written)

    @classmethod
    def from_dict(cls, data: dict, path: Path) -> "RunEntry":
        names = {f.name for f in dataclasses.fields(cls)} - {"source"}
        where = f"entry {data.get('id', '?')}"
        if unknown := set(data) - names:
            raise WikiError(path, None, f"{where}: unknown fields {sorted(unknown)}")
        if missing := [k for k in ("id", "page", "device", "program_hash", "status") if not data.get(k)]:
            raise WikiError(path, None, f"{where}: misses {', '.join(missing)}")
        if data["status"] not in STATUSES:
            raise WikiError(path, None, f"{where}: status '{data['status']}' is not one of {', '.join(STATUSES)}")
        try:
            warnings = tuple(RunWarning(**w) for w in data.get("warnings", ()))
        except TypeError as exc:
            raise WikiError(path, None, f"{where}: bad warning ({exc})") from None
        return cls(
            **data
            | {"warnings": warnings, "twins": tuple(data.get("twins", ())), "updated": tuple(data.get("updated", ()))}
        )

    def to_dict(self) -> dict:
        """The entry as written: fields left at their default are left out."""
        out = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            if f.name != "source" and (value != default or f.default is dataclasses.MISSING):
                out[f.name] = [dataclasses.asdict(w) for w in value] if f.name == "warnings" else value
        for key in ("twins", "updated"):
            if key in out:
                out[key] = list(out[key])
        return out
