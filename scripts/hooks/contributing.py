"""`<!-- wiki:contributing -->` becomes the repository's CONTRIBUTING.<lang>.md, so the contributor's guide on
the site and on GitHub are the same text."""

from mkdocs.exceptions import PluginError
from wikilib.layout import ROOT

MARKER = "<!-- wiki:contributing -->"


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    path = ROOT / f"CONTRIBUTING.{config.theme['language']}.md"
    if not path.exists():
        raise PluginError(f"{page.file.src_path}: {path.name} is missing")
    return markdown.replace(MARKER, path.read_text(encoding="utf-8"))
