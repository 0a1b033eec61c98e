"""When pages and snippets last changed, from git (one `git log` for the whole tree)."""

import subprocess
from functools import cache
from pathlib import Path

from .layout import ROOT


def _git(*args: str) -> str:
    """git's output for docs/ and snippets/; empty outside a git checkout."""
    try:
        cmd = ["git", *args, "--", "docs", "snippets"]
        return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""


@cache
def last_changed() -> dict[Path, str]:
    """Path -> date (YYYY-MM-DD) of the last commit that touched it."""
    dates: dict[Path, str] = {}
    for commit in _git("log", "--format=%x00%cs", "--name-only").split("\0")[1:]:
        date, *names = commit.strip().split("\n")
        for name in filter(None, names):
            dates.setdefault((ROOT / name).resolve(), date)
    return dates


def uncommitted() -> set[Path]:
    out = _git("status", "--porcelain", "--untracked-files=all")
    return {(ROOT / line[3:].split(" -> ")[-1]).resolve() for line in out.splitlines() if line[3:]}
