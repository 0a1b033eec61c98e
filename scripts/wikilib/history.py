"""When pages and snippets last changed, from git (one `git log` for the whole tree)."""

import subprocess
from functools import cache
from pathlib import Path

from .layout import ROOT


@cache
def last_changed() -> dict[Path, str]:
    """Path -> date (YYYY-MM-DD) of the last commit that touched it; empty outside a git checkout."""
    try:
        out = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--", "docs", "snippets"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[Path, str] = {}
    for commit in out.split("\0")[1:]:
        date, *names = commit.strip().split("\n")
        for name in filter(None, names):
            dates.setdefault((ROOT / name).resolve(), date)
    return dates


def uncommitted() -> set[Path]:
    try:
        out = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all", "--", "docs", "snippets"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    return {(ROOT / line[3:].split(" -> ")[-1]).resolve() for line in out.splitlines() if line[3:]}
