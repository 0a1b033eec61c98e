"""The house rules that hold for every page: fixed sections with explicit ids, translations that change prose
and never code or structure, every snippet shown somewhere, and snippet lines that fit."""

import json
import re

import pytest
from runner.outputs import is_output
from wikilib.layout import LANGS, SNIPPETS, rel
from wikilib.pages import find_pages, load_page, pages_by_lang
from wikilib.registry import load_registry
from wikilib.status import topic_pages

SECTIONS = ["summary", "signature", "examples", "pitfalls", "devices", "related"]
RE_HEADING = re.compile(r"^(#{2,6}) .*?(?:\{ *#([\w-]+) *\})?\s*$")
RE_INCLUDE = re.compile(r'--8<-- "([^"]+)"')

PAGES = find_pages()
MARKDOWN = [p for p in PAGES if p.suffix == ".md"]
TOPIC_PAGES = [p for p in MARKDOWN if load_page(p).is_topic_page]
TWINS = [group for group in pages_by_lang(PAGES).values() if len(group) == len(LANGS)]


def headings(path) -> list[tuple[int, str | None]]:
    page, out, fenced = load_page(path), [], False
    for line in page.body.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        m = None if fenced else RE_HEADING.match(line)
        if m:
            out.append((len(m.group(1)), m.group(2)))
    return out


@pytest.mark.parametrize("path", MARKDOWN, ids=rel)
def test_every_heading_has_an_explicit_id(path):
    assert all(hid for _, hid in headings(path)), f"{rel(path)}: a heading lacks {{ #id }}"


@pytest.mark.parametrize("path", TOPIC_PAGES, ids=rel)
def test_topic_page_has_the_fixed_sections_in_order(path):
    assert [hid for level, hid in headings(path) if level == 2] == SECTIONS


@pytest.mark.parametrize("path", [p for p in TOPIC_PAGES if load_page(p).status == "done"], ids=rel)
def test_done_page_has_two_examples_and_a_running_pitfall(path):
    body, counts, current = load_page(path).body, {}, None
    for line in body.split("\n"):
        m = RE_HEADING.match(line)
        if m and len(m.group(1)) == 2:
            current = m.group(2)
        counts[current] = counts.get(current, 0) + len(RE_INCLUDE.findall(line))
    assert counts.get("examples", 0) >= 2 and counts.get("pitfalls", 0) >= 1, counts


@pytest.mark.parametrize("group", TWINS, ids=lambda g: rel(next(iter(g.values()))))
def test_translations_share_code_and_structure(group):
    ko, en = (group[lang] for lang in LANGS)
    if ko.suffix == ".ipynb":
        cells = [
            [c["source"] for c in json.loads(p.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
            for p in (ko, en)
        ]
        assert cells[0] == cells[1], "the notebooks' code cells differ"
        return
    assert RE_INCLUDE.findall(ko.read_text(encoding="utf-8")) == RE_INCLUDE.findall(en.read_text(encoding="utf-8"))
    assert headings(ko) == headings(en)
    meta_ko, meta_en = load_page(ko).meta, load_page(en).meta
    assert (meta_ko.get("id"), meta_ko.get("devices")) == (meta_en.get("id"), meta_en.get("devices"))


def test_every_topic_page_is_registered():
    pages = topic_pages(load_registry(), PAGES)
    assert set(pages) <= set(load_registry().topics)


def test_every_snippet_is_shown_on_a_page():
    shown = {ln.file for path in PAGES for block in load_page(path).blocks for ln in block}
    unused = [rel(p) for p in sorted(SNIPPETS.rglob("*.py")) if p.resolve() not in shown]
    assert not unused, f"snippets no page includes: {unused}"


@pytest.mark.parametrize("path", sorted(SNIPPETS.rglob("*.py")), ids=rel)
def test_snippet_code_lines_fit_in_88_columns(path):
    long = [
        i
        for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
        if len(line) > 88 and not is_output(line)
    ]
    assert not long, f"{rel(path)}: lines longer than 88 columns: {long}"
