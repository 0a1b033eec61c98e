"""The site as a reader uses it, in Chromium: search in both languages, the language switch, the copy button,
dark mode, banners, the 404 page, the notebook download, a concept page's Colab link and code downloads, and
axe-core's accessibility rules. Screenshots of
a concept page in both languages and both colour schemes go to reports/screenshots/."""

import json
from urllib.parse import urljoin

import pytest
from wikidev.searching import found, load_queries, top_results
from wikidev.siteserver import SHOTS, SiteServer
from wikidev.wikitree import build_site, copy_site_sources, make_wiki
from wikidev.wikitree import page as topic_page

QUERIES = [
    pytest.param(
        lang,
        item,
        id=f"{lang}:{item['query']}",
        marks=[pytest.mark.xfail(strict=True, reason=item["known_miss"])] if "known_miss" in item else [],
    )
    for lang, items in load_queries().items()
    for item in items
]


@pytest.mark.parametrize(("lang", "item"), QUERIES)
def test_search_puts_the_expected_page_first(site, page, lang, item):
    links = top_results(page, site, lang, item["query"])
    assert found(item, lang, links), f"{item['query']!r} on the {lang} site gave {links}"


@pytest.mark.parametrize(
    ("start", "lang", "end"),
    [
        ("tensors/tensor-empty/", "en", "en/tensors/tensor-empty/"),
        ("en/optim/optim-zero-grad/", "ko", "optim/optim-zero-grad/"),
    ],
)
def test_the_language_switch_keeps_the_page(site, page, start, lang, end):
    page.goto(site + start)
    page.locator(".md-select button").first.hover()
    page.locator(f'a.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_load_state()
    assert page.url == site + end


def test_the_copy_button_copies_code_without_output_lines(site, page):
    page.goto(site + "tensors/tensor-empty/")
    block = page.locator("div.highlight").filter(has=page.locator("code", has_text="#>")).first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    shown = block.locator("code").inner_text()
    assert "#>" in shown and "#>" not in copied
    assert "import torch" in copied and copied.strip().splitlines()[0] == shown.strip().splitlines()[0]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_dark_mode_switches_and_screenshots(site, page, lang):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site + ("en/" if lang == "en" else "") + "autograd/autograd-retain-graph/")
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.screenshot(path=SHOTS / f"autograd-retain-graph.{lang}.{scheme}.png")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    dark = page.locator("body").get_attribute("data-md-color-scheme")
    assert {scheme, dark} == {"default", "slate"}
    page.screenshot(path=SHOTS / f"autograd-retain-graph.{lang}.{dark}.png")
    page.reload()
    assert page.locator("body").get_attribute("data-md-color-scheme") == dark  # the choice is remembered


def test_a_missing_page_gets_the_404_page(site, page):
    response = page.goto(site + "no/such/page/")
    assert response.status == 404
    assert "404" in page.locator("article").inner_text()


def test_the_notebook_can_be_downloaded(site, page):
    page.goto(site + "guides/first-steps/")
    href = page.locator("a[download]").first.get_attribute("href")
    response = page.request.get(urljoin(page.url, href))
    assert href.endswith(".ipynb") and response.ok and json.loads(response.body())["cells"]


@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_concept_pages_code_opens_in_colab_and_downloads(site, page, lang):
    page.goto(site + lang + "tensors/tensor-empty/")
    colab = page.locator('a[href^="https://colab.research.google.com/github/"]').get_attribute("href")
    published = colab.split("/blob/notebooks/", 1)[1]  # the path publish_notebooks.py gives it on the branch
    assert published == lang + "tensors/tensor-empty/tensor-empty.ipynb"
    notebook = json.loads(page.request.get(site + published).body())
    script = page.request.get(urljoin(page.url, page.locator('a[download][href$=".py"]').get_attribute("href")))
    assert script.ok and all(cell["source"] in script.text() for cell in notebook["cells"][1:])
    done = page.locator(".md-nav .md-status--done")
    assert done.count() > 0 and done.first.is_hidden()  # Material's mark, hidden: every finished page had it


def test_banners_for_untranslated_and_outdated_pages(tmp_path, chromium):
    ko = topic_page("alpha", "본문입니다.", title="torch.alpha")
    en = topic_page("beta", "Prose.", title="torch.beta").replace(
        "status: done", 'status: done\nsource_hash: "abcdefabcdef"'
    )
    pages = {"tensors/alpha.ko.md": ko, "tensors/beta.ko.md": topic_page("beta", "원문."), "tensors/beta.en.md": en}
    pages["tensors/gamma.ko.md"] = topic_page("gamma", "쓰는 중입니다.", status="draft")
    pages["tensors/delta.ko.md"] = topic_page("delta", "검토를 기다립니다.", status="review")
    root = copy_site_sources(make_wiki(tmp_path / "wiki", pages, {}, ["alpha", "beta", "gamma", "delta"]))
    out = build_site(root, tmp_path / "site")
    context = chromium.new_context()
    tab = context.new_page()
    with SiteServer(out) as server:
        tab.goto(server.url + "en/tensors/alpha/")
        assert "Not translated yet" in tab.locator("article").inner_text()
        tab.goto(server.url + "en/tensors/beta/")
        banner = tab.locator(".admonition", has_text="The original has changed since this translation")
        assert banner.count() == 1
        banner.locator("a").click()
        assert tab.url == server.url + "tensors/beta/"
        for lang, draft, review in [("", "초안", "검토 중"), ("en/", "Draft", "In review")]:
            tab.goto(server.url + lang + "tensors/alpha/")
            marks = {kind: tab.locator(f".md-nav .md-status--{kind}").first for kind in ("draft", "review")}
            assert all(mark.is_visible() for mark in marks.values())  # unfinished pages keep their mark
            assert marks["draft"].get_attribute("title").startswith(draft)
            assert marks["review"].get_attribute("title").startswith(review)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path",
    ["", "topics/", "status/", "glossary/", "tensors/tensor-empty/", "optim/optim-lr-scheduler/"]
    + ["en/", "en/topics/", "en/tensors/tensor-empty/"],
)
def test_no_serious_accessibility_violations(site, page, path, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page.emulate_media(color_scheme=scheme)  # Material follows the reader's system scheme until one is chosen
    page.goto(site + path)
    page.wait_for_timeout(300)  # Material's scripts finish the page (code annotations, search dialog)
    violations = [v for v in Axe().run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
