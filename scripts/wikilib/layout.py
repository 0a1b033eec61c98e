"""Where things live in the repository, and the languages of the wiki."""

import os
import posixpath
import re
from functools import cache
from pathlib import Path

# WIKI_ROOT points the tools at another tree (the tests build small fixture wikis this way).
ROOT = Path(os.environ.get("WIKI_ROOT") or Path(__file__).resolve().parents[2]).resolve()
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
TOPICS_FILE = DOCS / "topics.yml"
REPORTS_DIR = ROOT / "reports"  # runner reports of this machine (not committed)
REPORT_FILE = REPORTS_DIR / "runner.json"
EVIDENCE_DIR = ROOT / "evidence"  # committed evidence, e.g. from a GPU machine
DURATIONS_FILE = ROOT / ".ci" / "durations.json"  # seconds per test id, committed, for balancing CI shards
CACHE_DIR = ROOT / ".cache" / "runner"

LANGS = ("ko", "en")
DEFAULT_LANG = "ko"
PAGE_SUFFIXES = (".md", ".ipynb")
# Pages directly in docs/ and in docs/guides/ are guides; every other page is a topic page.
GUIDE_DIRS = (DOCS, DOCS / "guides")


def rel(path: Path) -> str:
    """A path as shown in messages: relative to the repository root when it is inside it."""
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def page_lang(path: Path) -> str:
    """`tensor-empty.en.md` -> `en`; a page without a language suffix is in the default language."""
    parts = Path(path).name.split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in LANGS else DEFAULT_LANG


def other_lang(lang: str) -> str:
    """The wiki's other language."""
    return next(code for code in LANGS if code != lang)


def sibling(path: Path, lang: str) -> Path:
    """The same page in another language: `x.ko.md` -> `x.en.md`."""
    path = Path(path)
    stem, suffix = path.name[: -len(path.suffix)], path.suffix
    if stem.endswith("." + page_lang(path)):
        stem = stem[: -len(page_lang(path)) - 1]
    return path.with_name(f"{stem}.{lang}{suffix}")


def page_url(path: Path, lang: str) -> str:
    """The site URL (directory style, relative to the site root) of a docs page in `lang`."""
    rel_src = Path(path).resolve().relative_to(DOCS)
    stem = rel_src.name.split(".")[0]
    parts = list(rel_src.parent.parts) + ([] if stem in ("index", "README") else [stem])
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return prefix + "".join(p + "/" for p in parts)


@cache  # paths of docs pages: the same pairs come back on every page that links them
def md_link(target: Path, here: Path) -> str:
    """The Markdown link from the docs page `here` to the docs page `target`, without a language suffix, so
    that each language site links to its own version (mkdocs-static-i18n resolves it)."""
    base = posixpath.dirname(Path(os.path.abspath(here)).relative_to(DOCS).as_posix())
    link = posixpath.relpath(Path(os.path.abspath(target)).relative_to(DOCS).as_posix(), base or ".")
    return re.sub(rf"\.(?:{'|'.join(LANGS)})(\.(?:md|ipynb))$", r"\1", link)
