"""Fail the build on a page that breaks the registry: unknown topic id, wrong category or file name, bad
front matter, or a page name without a language suffix."""

from mkdocs.exceptions import PluginError

from wikilib.errors import WikiError
from wikilib.pages import check_languages, find_pages
from wikilib.registry import load_registry
from wikilib.status import topic_pages


def on_pre_build(config):
    try:
        paths = find_pages()
        check_languages(paths)
        topic_pages(load_registry(), paths)
    except WikiError as err:
        raise PluginError(str(err)) from None
