"""The real wiki passes every rule of `wiki.py check` (scripts/wikilib/checks.py, tested on fixture wikis in
test_cli.py), in its strict form as CI runs it: fixed sections with explicit ids, translations that change
prose and never code or structure, registered topics, every snippet shown and at most 88 columns wide, no
avoided glossary term, no unknown wiki link. (An outdated translation is only a warning: translations may
lag behind their source, and the site says so on the page.)"""

from wikilib.checks import run_checks
from wikilib.layout import DOCS, rel
from wikilib.pages import Program, find_pages, load_page
from wikilib.registry import load_registry
from wikilib.status import topic_pages
from wikilib.wikilinks import find_links, link_targets


def test_the_wiki_passes_check_strictly():
    problems = run_checks(strict=True)
    errors = [str(p) for p in problems if p.error]
    assert not errors, "\n".join(errors)


def test_wiki_links_land_on_written_pages_and_done_pages_link_to_two_others():
    registry = load_registry()
    pages = [load_page(p) for p in find_pages()]
    names = link_targets(registry, pages)
    written = topic_pages(registry, [p.path for p in pages])
    dangling, lonely = [], []
    for page in pages:
        targets = {names[link.target] for link in find_links(page) if link.target in names}
        dangling += [f"{rel(page.path)}: [[{t}]] has no page yet" for t in sorted(targets) if t not in written]
        if page.is_topic_page and page.status == "done" and len(targets - {page.meta["id"]}) < 2:
            lonely.append(f"{rel(page.path)} links to {len(targets - {page.meta['id']})} other topics")
    assert not dangling, "\n".join(dangling)
    assert not lonely, "\n".join(lonely)


def test_device_only_snippets_are_left_out_of_the_other_devices_program():
    page = load_page(DOCS / "cuda" / "cuda-transfer-cost.ko.md")
    cpu, cuda, whole = ({ln.file.name for ln in Program(page, d).lines} for d in ("cpu", "cuda", None))
    assert "without_gpu.py" in cpu - cuda and "pinned_vs_pageable.py" in cuda - cpu
    assert whole == cpu | cuda
