"""`<!-- wiki:NAME -->` markers: a page asks for generated content there (the checklist, every category with
its pages for the home page, the run status table, the error-message index, the contributor's guide, the
glossary). An unknown name, or a contributor's guide whose file is missing, is an error at the marker's line,
in `wiki.py check` and in the build alike."""

import re

from .errors import WikiError
from .layout import LANGS, ROOT
from .pages import Page
from .wikilinks import prose_lines

MARKERS = ("checklist", "categories", "evidence", "errors", "contributing", "glossary")
RE_MARKER = re.compile(r"<!--\s*wiki:([\w-]+)\s*-->")


def marker_errors(page: Page) -> list[WikiError]:
    if page.is_notebook:
        return []
    found = []
    for line, text in prose_lines(page):
        for match in RE_MARKER.finditer(text):
            if match[1] not in MARKERS:
                found.append(
                    WikiError(page.path, line, f"unknown marker 'wiki:{match[1]}' (known: {', '.join(MARKERS)})")
                )
            elif match[1] == "contributing":
                found += [
                    WikiError(page.path, line, f"CONTRIBUTING.{lang}.md is missing")
                    for lang in LANGS
                    if not (ROOT / f"CONTRIBUTING.{lang}.md").exists()
                ]
    return found
