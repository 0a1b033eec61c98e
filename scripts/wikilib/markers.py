"""`<!-- wiki:NAME -->` markers: a page asks for generated content there (the checklist, the run status
table, the contributor's guide, the glossary). An unknown name is an error, in `wiki.py check` and in the build."""

import re

from .errors import WikiError
from .pages import Page
from .wikilinks import prose_lines

MARKERS = ("checklist", "evidence", "contributing", "glossary")
RE_MARKER = re.compile(r"<!--\s*wiki:([\w-]+)\s*-->")


def unknown_markers(page: Page) -> list[WikiError]:
    if page.is_notebook:
        return []
    return [
        WikiError(page.path, line, f"unknown marker 'wiki:{match[1]}' (known: {', '.join(MARKERS)})")
        for line, text in prose_lines(page)
        for match in RE_MARKER.finditer(text)
        if match[1] not in MARKERS
    ]
