"""A page written in one language only is still reachable in the other, with a banner in the reader's
language that says so and links to the original.

mkdocs-static-i18n already falls back from English to the Korean original; this hook adds the reverse
(an English-only page on the Korean site) and the banner on every fallback page.
"""

import posixpath
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs_static_i18n.suffix import create_i18n_file
from wikilib.layout import DEFAULT_LANG, DOCS, LANGS, page_lang, page_url, sibling

BANNER = {
    "ko": (
        '!!! warning "아직 번역되지 않은 문서"\n'
        "    이 문서는 아직 한국어로 번역되지 않아 원문({lang_name})을 그대로 보여 드립니다. "
        '<a href="{href}">원문 페이지로 가기</a>'
    ),
    "en": (
        '!!! warning "Not translated yet"\n'
        "    This page has not been translated into English yet, so you are reading the original "
        '({lang_name}). <a href="{href}">Go to the original page</a>'
    ),
}
LANG_NAMES = {"ko": {"ko": "한국어", "en": "영어"}, "en": {"ko": "Korean", "en": "English"}}


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
    written_in = page_lang(Path(page.file.abs_src_path))
    if written_in == reader_lang:
        return markdown
    href = posixpath.relpath(page_url(Path(page.file.abs_src_path), written_in) or ".", page.url or ".") + "/"
    banner = BANNER[reader_lang].format(href=href, lang_name=LANG_NAMES[reader_lang][written_in])
    lines = markdown.split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    return "\n".join(lines[:at] + ["", banner, ""] + lines[at:])
