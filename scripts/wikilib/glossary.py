"""docs/glossary.yml: one Korean and one English term per concept, and the variants pages must avoid."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from . import yamlload
from .errors import WikiError
from .layout import DOCS, LANGS
from .pages import Page
from .wikilinks import prose_lines

GLOSSARY_FILE = DOCS / "glossary.yml"
# Parts of a prose line that are not prose: link targets, HTML tags, attribute lists, wiki links, URLs.
RE_NOT_PROSE = re.compile(r"\]\([^)]*\)|<abbr[^>]*>[^<]*</abbr>|<[^>\n]*>|\{[^}\n]*\}|\[\[[^\]\n]*\]\]|https?://\S+")


@dataclass(frozen=True)
class Term:
    id: str
    words: dict[str, str]  # lang -> the term
    avoid: dict[str, tuple[str, ...]]  # lang -> variants not to use
    notes: dict[str, str]


@cache
def load_glossary(path: Path = GLOSSARY_FILE) -> tuple[Term, ...]:
    if not path.exists():
        return ()
    try:
        data = yamlload.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise WikiError(path, None, f"cannot read the glossary: {exc}") from None
    terms = []
    for n, item in enumerate((data or {}).get("terms", []), 1):
        missing = [k for k in ("id", *LANGS) if not item.get(k)]
        if missing:
            raise WikiError(path, None, f"glossary term {n} misses {', '.join(missing)}")
        terms.append(
            Term(
                item["id"],
                {lang: item[lang] for lang in LANGS},
                {lang: tuple(item.get(f"avoid_{lang}", ())) for lang in LANGS},
                {lang: item.get(f"note_{lang}", "") for lang in LANGS},
            )
        )
    return tuple(terms)


@cache
def pattern(word: str, lang: str) -> re.Pattern:
    """Korean words take particles (기울기를, 기울기가): they match as they start. English ones match whole."""
    if lang == "ko":
        return re.compile(re.escape(word))
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)


def prose(text: str) -> str:
    return RE_NOT_PROSE.sub(lambda m: " " * len(m.group(0)), text)


def avoided_terms(page: Page, terms: tuple[Term, ...]) -> list[WikiError]:
    if page.is_notebook:
        return []
    found = []
    for line, text in prose_lines(page):
        clean = prose(text)
        for term in terms:
            for variant in term.avoid[page.lang]:
                if pattern(variant, page.lang).search(clean):
                    message = f"'{variant}' is an avoided term: the glossary says '{term.words[page.lang]}'"
                    found.append(WikiError(page.path, line, message))
    return found
