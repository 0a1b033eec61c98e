"""Publish the built site's notebooks to a branch of their own, the one "Open in Colab" links point at
(`extra.colab_branch` in mkdocs.yml): Colab opens notebooks from GitHub only, and the concept pages' notebooks
are made by the site build (scripts/wikisite/outputs.py), not committed. CI's deploy job runs

    python scripts/publish_notebooks.py site https://x-access-token:$TOKEN@github.com/OWNER/REPO.git

The branch is replaced by one commit holding every `.ipynb` of the site at the same path as on the site.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = """# Notebooks of the PyTorch Concept Wiki

Generated from {source} by `scripts/publish_notebooks.py`; every push to main replaces this branch.
Each notebook is a concept page's code, at the same path as on the site; "Open in Colab" opens them from here.
Edit the pages and snippets on main instead.
"""


class PublishError(Exception):
    pass


def git(*args: str, cwd: Path) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise PublishError(f"git {args[0]} failed: {proc.stderr.strip()}")
    return proc.stdout.strip()


def source_commit() -> str:
    try:
        return os.environ.get("GITHUB_SHA") or git("rev-parse", "HEAD", cwd=REPO)
    except PublishError:
        return "an unknown commit"


def notebooks(site: Path) -> list[Path]:
    found = sorted(p.relative_to(site) for p in site.rglob("*.ipynb"))
    if not found:
        raise PublishError(f"{site}: no .ipynb files; build the site first (make build)")
    return found


def publish(site: Path, remote: str, branch: str) -> int:
    """Push the notebooks of `site` to `branch` of `remote` as a single commit; returns how many."""
    files = notebooks(site)
    source = source_commit()
    with tempfile.TemporaryDirectory(prefix="wiki-notebooks-") as tmp:
        work = Path(tmp)
        git("init", "-q", "-b", branch, cwd=work)
        for rel in files:
            (work / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(site / rel, work / rel)
        (work / "README.md").write_text(README.format(source=source), encoding="utf-8")
        git("add", "-A", cwd=work)
        who = ["-c", "user.name=wiki-notebooks", "-c", "user.email=wiki-notebooks@users.noreply.github.com"]
        git(*who, "commit", "-q", "-m", f"Notebooks of {source}", cwd=work)
        git("push", "-q", "--force", remote, f"HEAD:refs/heads/{branch}", cwd=work)
    return len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="the built site (make build writes site/)")
    parser.add_argument("remote", help="the git remote URL to push to")
    parser.add_argument("--branch", default="notebooks", help="the branch to replace (default: notebooks)")
    args = parser.parse_args(argv)
    try:
        count = publish(args.site, args.remote, args.branch)
    except PublishError as err:
        print(f"publish_notebooks: {err}", file=sys.stderr)
        return 1
    print(f"published {count} notebooks to {args.branch}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
