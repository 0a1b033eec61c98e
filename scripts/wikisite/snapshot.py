"""One snapshot of the wiki per site build: everything the page transforms read (registry, pages, glossary,
evidence, wiki links, status rows, git history), loaded and checked once as the build starts. Any bad page
fails here with its file and line, the same errors `wiki.py check` reports."""

from dataclasses import dataclass
from pathlib import Path

from wikilib.errorindex import Entry, build_index
from wikilib.evidence import load_entries
from wikilib.glossary import Term, load_glossary
from wikilib.history import last_changed, uncommitted
from wikilib.markers import marker_errors
from wikilib.pages import Page, check_languages, find_pages, load_each_page_once, load_page
from wikilib.registry import Registry, load_registry
from wikilib.status import page_evidence, topic_pages, topic_status
from wikilib.wikilinks import backlinks, link_targets


@dataclass(frozen=True)
class Snapshot:
    registry: Registry
    pages: dict[Path, Page]  # every page, in path order
    terms: tuple[Term, ...]
    entries: list[dict]  # runner reports and committed evidence
    link_names: dict[str, str]  # every name a wiki link may use -> topic id
    written: dict[str, dict[str, Page]]  # topic id -> lang -> its page
    backlinks: dict[str, dict[str, list[Path]]]  # topic id -> lang -> pages linking to it
    rows: list[dict]  # wikilib.status.topic_status
    evidence: dict[Path, dict]  # topic page -> wikilib.status.page_evidence
    errors: list[Entry]  # the error-message index (wikilib.errorindex)
    uncommitted: set[Path]
    last_changed: dict[Path, str]

    def page(self, path: Path) -> Page:
        return self.pages[Path(path).resolve()]


def take_snapshot() -> Snapshot:
    """Load and check the whole wiki; raises WikiError at the first bad page."""
    load_each_page_once()
    last_changed.cache_clear()
    load_glossary.cache_clear()
    paths = find_pages()
    check_languages(paths)
    registry = load_registry()
    written = topic_pages(registry, paths)
    pages = {path: load_page(path) for path in paths}
    for page in pages.values():
        _ = page.blocks  # resolves every include of the page
        if errors := marker_errors(page):
            raise errors[0]
    names = link_targets(registry, list(pages.values()))
    entries = load_entries()
    return Snapshot(
        registry=registry,
        pages=pages,
        terms=load_glossary(),
        entries=entries,
        link_names=names,
        written=written,
        backlinks=backlinks(list(pages.values()), names),
        rows=topic_status(registry, paths, entries),
        evidence={p: page_evidence(page, entries) for p, page in pages.items() if page.is_topic_page},
        errors=build_index(list(pages.values())),
        uncommitted=uncommitted(),
        last_changed=last_changed(),
    )
