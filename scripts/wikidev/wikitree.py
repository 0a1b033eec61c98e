"""Small throwaway wikis for the tests: a docs/ and snippets/ tree that the runner and MkDocs can use
(WIKI_ROOT points the tools at it)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from wikilib.layout import ROOT

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "faults"  # broken pages and snippets, see faults/verdicts.yml

REGISTRY = """categories:
  - id: tensors
    ko: 텐서 생성
    en: Creating tensors
    topics:
{topics}
"""


def page(topic: str, body: str, status: str = "done", title: str | None = None) -> str:
    title = title or topic
    return f"---\nid: {topic}\ntitle: {title}\ncategory: tensors\nstatus: {status}\n---\n\n# {title}\n\n{body}\n"


def make_wiki(root: Path, pages: dict[str, str], snippets: dict[str, str], topics: list[str]) -> Path:
    """Write `pages` (paths under docs/) and `snippets` (paths under snippets/) and a registry of `topics`."""
    for rel, text in pages.items():
        (root / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / rel).write_text(text, encoding="utf-8")
    for rel, text in snippets.items():
        (root / "snippets" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "snippets" / rel).write_text(text, encoding="utf-8")
    listed = "\n".join(
        f'      - id: {t}\n        api: "`{t}`"\n        about: {{ko: "{t} 설명", en: "about {t}"}}' for t in topics
    )
    (root / "docs" / "topics.yml").write_text(REGISTRY.format(topics=listed), encoding="utf-8")
    (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    return root


def env_for(root: Path) -> dict:
    return dict(os.environ, WIKI_ROOT=str(root), NO_MKDOCS_2_WARNING="1")


def run_pytest(root: Path, *args: str) -> tuple[int, str]:
    paths = [] if any(a.startswith("docs/") for a in args) else ["docs"]
    cmd = [sys.executable, "-m", "pytest", *paths, "-p", "no:cacheprovider", "--device", "cpu", *args]
    proc = subprocess.run(cmd, cwd=root, env=env_for(root), capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


def copy_site_sources(root: Path) -> Path:
    """The real wiki's site configuration (its plugin is installed), to build a fixture tree with MkDocs."""
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    shutil.copytree(ROOT / "docs" / "assets", root / "docs" / "assets")
    return root


def run_mkdocs(root: Path, out: Path | None = None) -> tuple[int, str]:
    """`mkdocs build --strict` of the wiki at `root`, into `out` (default: its site/)."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", *(["-d", str(out)] if out else [])]
    proc = subprocess.run(cmd, cwd=root, env=env_for(root), capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


def build_site(root: Path, out: Path) -> Path:
    """The built site of the wiki at `root`, in `out`; the build must succeed."""
    rc, text = run_mkdocs(root, out)
    assert rc == 0, text
    return out


def copy_corpus(root: Path, docs: Path = CORPUS / "docs") -> Path:
    """A fixture wiki made of the fault corpus's pages (or another folder of pages) and snippets."""
    shutil.copytree(docs, root / "docs")
    shutil.copytree(CORPUS / "snippets", root / "snippets")
    topics = sorted({p.name.split(".")[0] for p in (root / "docs").rglob("*.md")})
    return make_wiki(root, {}, {}, topics)


def failure_text(out: str, page: str) -> str:
    """What pytest printed for one page's failure."""
    m = re.search(rf"_+ docs/tensors/{re.escape(page)} [^\n]*_+\n(.*?)(?=\n_{{5,}} |\n=+ )", out, re.S)
    assert m, f"no failure section for {page} in:\n{out}"
    return m.group(1)
