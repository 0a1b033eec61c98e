"""Fail the build early, naming the file and line, on any bad page: bad front matter, a page name without a
language suffix, an unknown topic id, a wrong category or file name, an include that cannot be resolved, or an
unknown `<!-- wiki:... -->` marker.
From here on the build loads each page once (the first hook's on_pre_build starts every build)."""

from mkdocs.exceptions import PluginError
from wikilib.errors import WikiError
from wikilib.markers import unknown_markers
from wikilib.pages import check_languages, find_pages, load_each_page_once, load_page
from wikilib.registry import load_registry
from wikilib.status import topic_pages


def on_pre_build(config):
    load_each_page_once()
    try:
        paths = find_pages()
        check_languages(paths)
        topic_pages(load_registry(), paths)
        for path in paths:
            page = load_page(path)
            _ = page.blocks  # resolves every include of the page
            if errors := unknown_markers(page):
                raise errors[0]
    except WikiError as err:
        raise PluginError(str(err)) from None
