"""The glossary on the site: `<!-- wiki:glossary -->` becomes the table of docs/glossary.yml, and on every
topic page the first use of each term carries its other-language twin as a tooltip."""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from wikilib.errors import WikiError
from wikilib.glossary import load_glossary, pattern, prose
from wikilib.interface import texts
from wikilib.layout import other_lang
from wikilib.pages import load_page
from wikilib.wikilinks import map_prose

MARKER = "<!-- wiki:glossary -->"
TEXT = texts("glossary_page")
RE_SKIP_LINE = re.compile(r"^\s*(#|!!!|\?\?\?|\||<)")


def on_page_markdown(markdown, page, config, files):
    lang = config.theme["language"]
    try:
        terms = load_glossary()
        source = load_page(Path(page.file.abs_src_path))
    except WikiError as err:
        raise PluginError(str(err)) from None
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, render_glossary(terms, lang))
    if not source.is_topic_page or source.is_notebook:
        return markdown
    pending = {t.id: t for t in sorted(terms, key=lambda t: -len(t.words[lang]))}  # longest first
    other = other_lang(lang)

    def mark_first_uses(text: str) -> str:
        if RE_SKIP_LINE.match(text) or not pending:
            return text
        clean = prose(text)
        lowered = clean.lower()
        for term_id, term in list(pending.items()):
            if term.words[lang].lower() not in lowered:  # a cheap first test
                continue
            m = pattern(term.words[lang], lang).search(clean)
            if m:
                tip = f'<abbr title="{term.words[other]}">{text[m.start() : m.end()]}</abbr>'
                text = text[: m.start()] + tip + text[m.end() :]
                clean = prose(text)
                lowered = clean.lower()
                del pending[term_id]
        return text

    return map_prose(markdown, mark_first_uses)


def render_glossary(terms, lang: str) -> str:
    other = other_lang(lang)
    rows = [TEXT[lang]["header"], "| --- | --- | --- | --- |"]
    for term in sorted(terms, key=lambda t: t.words[lang].lower()):
        avoided = ", ".join(term.avoid[lang]) or "—"
        anchor = f'<span id="{term.id}"></span>'
        rows.append(f"| {anchor}**{term.words[lang]}** | {term.words[other]} | {avoided} | {term.notes[lang]} |")
    return "\n".join(rows)
