"""The frame around the pages, in Chromium, on a desktop and on a 390-px phone in both colour schemes: nothing
overflows sideways, Korean wraps between words, every page action has a name, the predict-the-output switch
hides and shows the output, and the figures the code draws are on their pages."""

from pathlib import Path

import pytest
from wikilib.layout import ROOT

PAGES = ["", "topics/", "status/", "glossary/", "tensors/tensor-view-reshape/", "debugging/debug-shape-errors/"]
WIDTHS = {"phone": 390, "desktop": 1280}

# Places where a line breaks between two Hangul syllables of one word (a line break inside "실패하는").
# A button is a box of its own: a line may break before it, so its text is left out.
MID_WORD_BREAKS = """() => {
  const hangul = c => /[\\uac00-\\ud7a3]/.test(c);
  const breaks = [];
  for (const block of document.querySelectorAll('article p, article li, article td, article .admonition')) {
    const inButton = n => n.parentElement.closest('button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {acceptNode: inButton});
    let previous = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        const ch = node.data[i];
        if (previous && box.top > previous.top + 2 && hangul(previous.ch) && hangul(ch)) {
          breaks.push(previous.ch + '/' + ch + ' in "' + block.textContent.trim().slice(0, 40) + '"');
        }
        previous = {top: box.top, ch};
      }
    }
  }
  return breaks;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("path", PAGES + ["en/" + p for p in PAGES[:1] + PAGES[4:]])
def test_nothing_overflows_sideways(site, page, path, width, scheme):
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site + path)
    page.wait_for_timeout(200)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path or 'home'} at {width} px scrolls {overflow} px sideways"


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("path", ["", "tensors/tensor-view-reshape/", "debugging/debug-shape-errors/"])
def test_korean_wraps_between_words(site, page, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site + path)
    assert page.evaluate(MID_WORD_BREAKS) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_page_action_has_a_name_and_a_tooltip(site, page, lang):
    page.goto(site + ("en/" if lang == "en" else "") + "tensors/tensor-view-reshape/")
    actions = page.locator("a.md-content__button")
    assert actions.count() >= 5
    for i in range(actions.count()):
        action = actions.nth(i)
        name, tooltip = action.get_attribute("aria-label"), action.get_attribute("title")
        assert name and tooltip == name, action.evaluate("a => a.outerHTML.slice(0, 200)")
        hangul = any("\uac00" <= c <= "\ud7a3" for c in name)
        assert hangul == (lang == "ko"), name


def test_predict_the_output_hides_and_shows_block_by_block(site, page):
    page.goto(site + "optim/optim-lr-scheduler/")
    first_output, figure = page.locator(".wiki-out").first, page.locator(".wiki-figure").first
    assert first_output.is_visible() and figure.is_visible()
    switch = page.get_by_role("button", name="출력 예상하기")
    switch.focus()
    page.keyboard.press("Enter")
    assert switch.get_attribute("aria-pressed") == "true"
    assert not first_output.is_visible() and not figure.is_visible()
    reveal = page.get_by_role("button", name="출력 보기")
    assert reveal.count() >= 5
    reveal.first.focus()
    page.keyboard.press("Enter")
    assert first_output.is_visible()
    assert not page.locator(".highlight:not(.wiki-revealed) .wiki-out").first.is_visible()  # other blocks stay
    page.reload()
    assert page.get_by_role("button", name="출력 예상하기").get_attribute("aria-pressed") == "true"  # remembered
    assert not page.locator(".wiki-out").first.is_visible()
    page.get_by_role("button", name="출력 예상하기").click()
    assert page.locator(".wiki-out").first.is_visible()


def figure_pages() -> dict[str, Path]:
    """Concept page path -> one figure it shows (from the snippets' figure files)."""
    pages = {}
    for svg in sorted((ROOT / "snippets").rglob("*.svg")):
        category, topic = svg.parent.parent.name, svg.parent.name
        pages.setdefault(f"{category}/{topic}/", svg)
    return pages


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_pages_show_the_figures_their_code_draws(site, page, lang):
    pages = figure_pages()
    assert len(pages) >= 6, sorted(pages)
    for path in pages:
        page.goto(site + ("en/" if lang == "en" else "") + path)
        image = page.locator(".wiki-figure img").first
        image.scroll_into_view_if_needed()
        assert image.evaluate("img => img.decode().then(() => img.naturalWidth)") > 0, path  # loaded lazily
        assert image.get_attribute("alt")


@pytest.mark.parametrize("path", ["", "optim/optim-lr-scheduler/", "en/optim/optim-lr-scheduler/", "topics/"])
def test_a_page_asks_for_nothing_that_is_missing(site, page, path):
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(site + path)
    page.wait_for_timeout(800)  # Material's scripts fetch what they need after the page loads
    assert not failed


def test_a_notebook_keeps_inline_code_in_its_contents_and_shows_no_empty_prompts(site, page):
    page.goto(site + "guides/first-steps/")
    toc = page.locator("nav.md-nav--secondary").first
    assert toc.locator("code", has_text="dim").count() == 1
    assert page.locator(".jp-InputPrompt").count() > 0
    assert not page.locator(".jp-InputPrompt").first.is_visible()


def test_search_results_show_only_what_the_page_says(site, page):
    """The twin terms, other spellings and aliases that search also looks at stay out of the results."""
    from wikidev.searching import top_results

    assert top_results(page, site, "en", "gradient")
    shown = page.locator("li.md-search-result__item").evaluate_all("els => els.map(e => e.innerText).join(' ')")
    assert shown and not any("\uac00" <= c <= "\ud7a3" for c in shown)
    assert top_results(page, site, "en", "zero_grad")
    assert page.locator(".md-search-result .md-tag").count() > 0  # the aliases are there, for search
    assert page.locator(".md-search-result .md-tag:visible").count() == 0  # and not shown


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_screenshots_of_the_checklist_and_a_page_with_a_figure(site, page, lang, width):
    """Into reports/screenshots/: how the checklist and a figure read, per language and screen."""
    from wikidev.siteserver import SHOTS

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    prefix, screen = ("en/" if lang == "en" else ""), ("phone" if width < 600 else "desktop")
    page.goto(site + prefix + "topics/")
    page.locator("table.wiki-stack").first.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / f"checklist.{lang}.{screen}.png")
    page.goto(site + prefix + "optim/optim-lr-scheduler/")
    figure = page.locator(".wiki-figure img").first
    figure.scroll_into_view_if_needed()
    assert figure.evaluate("img => img.decode().then(() => img.naturalWidth)") > 0
    page.screenshot(path=SHOTS / f"figure.{lang}.{screen}.png")
