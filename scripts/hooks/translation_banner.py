"""A page written in one language only is still reachable in the other, with a banner in the reader's
language that says so and links to the original. A translation whose source changed since it was written
(its `source_hash` no longer matches) says that too, with a link to the source.

mkdocs-static-i18n already falls back from English to the Korean original; this hook adds the reverse
(an English-only page on the Korean site) and the banner on every fallback page.
"""

import posixpath
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs_static_i18n.suffix import create_i18n_file
from wikilib.interface import texts
from wikilib.layout import DEFAULT_LANG, DOCS, LANGS, page_lang, page_url, sibling
from wikilib.translations import STALE, translation_pair, translation_state

TEXT = texts("translation_banners")


def _current(config) -> str:
    return config.theme["language"]


@event_priority(-110)  # after mkdocs-static-i18n (-100)
def on_files(files, config):
    """On the default-language site, add English-only pages (static-i18n drops them there)."""
    if _current(config) != DEFAULT_LANG:
        return files
    for path in sorted(DOCS.rglob("*.md")):
        lang = page_lang(path)
        if lang == DEFAULT_LANG or sibling(path, DEFAULT_LANG).exists():
            continue
        original = File(path.relative_to(DOCS).as_posix(), str(DOCS), config.site_dir, config.use_directory_urls)
        fallback = create_i18n_file(original, DEFAULT_LANG, DEFAULT_LANG, list(LANGS), config)
        fallback.alternates = {
            DEFAULT_LANG: fallback,
            lang: create_i18n_file(original, lang, DEFAULT_LANG, list(LANGS), config),
        }
        files.append(fallback)
    return files


def on_page_markdown(markdown, page, config, files):
    reader_lang = _current(config)
    path = Path(page.file.abs_src_path)
    written_in = page_lang(path)
    if written_in != reader_lang:
        return _insert(markdown, TEXT[reader_lang]["not_translated"], page, written_in, reader_lang)
    source, translation = translation_pair(path)
    if translation is not None and translation.path == path and translation_state(source, translation) in STALE:
        return _insert(markdown, TEXT[reader_lang]["outdated"], page, source.lang, reader_lang)
    return markdown


def _insert(markdown: str, template: str, page, target_lang: str, reader_lang: str) -> str:
    """`markdown` with the banner right under its title, linking to the page in `target_lang`."""
    here = page_url(Path(page.file.abs_src_path), target_lang)
    href = posixpath.relpath(here or ".", page.url or ".") + "/"
    banner = template.format(href=href, lang_name=TEXT[reader_lang]["language_names"][target_lang])
    lines = markdown.split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    return "\n".join(lines[:at] + ["", banner, ""] + lines[at:])
