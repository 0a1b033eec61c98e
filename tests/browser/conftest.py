"""The built site in a real browser: Debian's Chromium driven by Playwright, the site served on 127.0.0.1.

Chromium is installed with apt-get where it is missing; where that is impossible (no apt-get, no root) the
browser tests are skipped, and the skip says why."""

import pytest
from wikidev.siteserver import CHROMIUM, SiteServer, ensure_chromium


@pytest.fixture(scope="session")
def chromium():
    why = ensure_chromium()
    if why:
        pytest.skip(f"browser tests need Chromium: {why}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is a pinned dependency
        pytest.skip(f"browser tests need playwright: {exc}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM))
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site(built_site, chromium):
    """The real wiki, built and served; its base URL (…/wiki/)."""
    with SiteServer(built_site) as server:
        yield server.url


@pytest.fixture
def page(chromium):
    context = chromium.new_context(locale="ko-KR")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    yield tab
    context.close()
