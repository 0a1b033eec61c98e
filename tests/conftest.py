import pytest
from wikidev.wikitree import build_site
from wikilib.layout import ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The real wiki's site, built once per test session (test_site.py and test_codeblocks.py read it)."""
    return build_site(ROOT, tmp_path_factory.mktemp("site"))
