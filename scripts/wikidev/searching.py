"""Typing a query into the site's search box and reading what comes first (shared by the browser tests and
benchmarks/search_quality.py)."""

from pathlib import Path

import yaml

QUERIES = Path(__file__).resolve().parents[2] / "tests" / "browser" / "search_queries.yml"
LANGS = ("ko", "en")


def load_queries() -> dict[str, list[dict]]:
    data = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    return {lang: data[lang] for lang in LANGS}


def top_results(page, base: str, lang: str, query: str, n: int = 3) -> list[str]:
    """The first `n` result links (URL paths) for `query` typed into the search box of the `lang` site."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(base + ("en/" if lang == "en" else ""))
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.fill("input.md-search__input", query)
    try:
        page.wait_for_selector("li.md-search-result__item", timeout=5_000)
    except PlaywrightTimeout:
        return []
    page.wait_for_timeout(300)  # results render as the query settles
    links = page.locator("li.md-search-result__item > a.md-search-result__link").evaluate_all(
        "els => els.map(e => new URL(e.href).pathname)"
    )
    return list(dict.fromkeys(links))[:n]


def topic_of(path: str) -> str:
    parts = [p for p in path.split("/") if p and p not in ("wiki", "en")]
    return parts[-1].split("#")[0] if parts else "(home)"


def found(item: dict, lang: str, links: list[str]) -> bool:
    """Whether one of the pages `item` expects, in the site's language, is among its first results."""
    shown = links[: item.get("within", 1)]
    return any(topic_of(x) in item["top"] and (("/en/" in x) == (lang == "en")) for x in shown)
