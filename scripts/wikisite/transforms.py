"""The page transforms: plain functions of (Markdown, page, snapshot, reader's language) -> Markdown, which know
nothing of the site generator. `transform_page` runs them in the order of TRANSFORMS; `<!-- wiki:NAME -->`
markers are dispatched by the one table MARKER_RENDERERS."""

import posixpath
import re
from functools import cache, lru_cache
from html import escape as html_escape
from pathlib import Path

from wikilib.errorindex import Entry
from wikilib.errors import WikiError
from wikilib.evidence_text import TEXT as EVIDENCE_TEXT
from wikilib.evidence_text import device_only_note, run_text, warnings_note
from wikilib.figures import alt_text, figures_shown, site_name
from wikilib.glossary import pattern, prose
from wikilib.interface import texts
from wikilib.layout import DOCS, ROOT, SNIPPETS, md_link, other_lang, page_url, sibling
from wikilib.markdown import RE_WIKILINK, Block, after_blocks, before_blocks_including, headings, map_prose
from wikilib.markers import MARKERS, RE_MARKER
from wikilib.pages import DEVICES, Page
from wikilib.report import RunWarning
from wikilib.status import completion
from wikilib.translations import STALE, translation_pair, translation_state

from .overviews import render_checklist, render_evidence, render_glossary
from .snapshot import Snapshot

TEXT = {
    name: texts(name)
    for name in ("wiki_links", "glossary_page", "translation_banners", "checklist", "page_history", "errors_page")
}


def is_concept_page(page: Page) -> bool:
    """Topic pages written in Markdown get the generated parts (badge, notes, links, history)."""
    return page.is_topic_page and not page.is_notebook


# --- wiki links -------------------------------------------------------------------------------------------


def wiki_links(markdown: str, page: Page, snap: Snapshot, lang: str) -> str:
    """`[[topic-id]]`, `[[topic-id|text]]`, `[[topic-id#anchor|text]]` (ids or aliases) become links to the
    topic's page, or to its checklist row while it is only planned; a topic page ends with the pages linking
    to it."""

    def replace(m):
        name = m.group(1).strip()
        if name not in snap.link_names:
            lines = page.path.read_text(encoding="utf-8").split("\n")
            line = next((n for n, text in enumerate(lines, 1) if f"[[{name}" in text), None)
            raise WikiError(page.path, line, f"wiki link [[{name}]]: no topic or alias '{name}'")
        target = snap.link_names[name]
        return f"[{m.group(3) or _link_title(snap, target, lang)}]({_link_href(snap, target, page.path, m.group(2))})"

    if "[[" in markdown:
        markdown = map_prose(markdown, lambda text: RE_WIKILINK.sub(replace, text) if "[[" in text else text)
    return markdown + _backlinks(page, snap, lang) if is_concept_page(page) else markdown


def _link_href(snap: Snapshot, target: str, here: Path, anchor: str | None) -> str:
    pages = snap.written.get(target)
    if not pages:
        return md_link(DOCS / "topics.md", here) + f"#{target}"
    return md_link(next(iter(pages.values())).path, here) + (f"#{anchor}" if anchor else "")


def _link_title(snap: Snapshot, target: str, lang: str) -> str:
    pages = snap.written.get(target)
    if pages:
        return (pages.get(lang) or next(iter(pages.values()))).meta["title"]
    return snap.registry.topics[target].api.replace("`", "") + f" ({TEXT['wiki_links'][lang]['planned']})"


def _backlinks(page: Page, snap: Snapshot, lang: str) -> str:
    by_lang = snap.backlinks.get(page.meta["id"], {})
    sources = by_lang.get(lang) or by_lang.get(page.lang) or []
    if not sources:
        return ""
    items = [f"[{snap.page(p).meta.get('title', p.stem)}]({md_link(p, page.path)})" for p in sources]
    label = TEXT["wiki_links"][lang]["linked_from"]
    return f'\n\n<p class="wiki-backlinks" markdown>**{label}:** {" · ".join(items)}</p>\n'


# --- glossary ---------------------------------------------------------------------------------------------

RE_NOT_GLOSSED = re.compile(r"^\s*(#|!!!|\?\?\?|\||<)")  # headings, admonitions, tables, HTML


def glossary_tooltips(markdown: str, page: Page, snap: Snapshot, lang: str) -> str:
    """On a concept page the first use of each glossary term carries its other-language twin as a tooltip."""
    if not is_concept_page(page):
        return markdown
    other = other_lang(lang)
    # term id -> (the word as typed, lowercased for a cheap first test, its pattern, its twin), longest first
    pending = {
        t.id: (t.words[lang].lower(), pattern(t.words[lang], lang), t.words[other])
        for t in sorted(snap.terms, key=lambda t: -len(t.words[lang]))
    }

    any_term = _any_word(tuple(word for word, _, _ in pending.values()))

    def mark_first_uses(text: str) -> str:
        if not pending or not text.strip() or RE_NOT_GLOSSED.match(text):
            return text
        clean = prose(text)
        lowered = clean.lower()
        if not any_term.search(lowered):  # no term at all: most lines
            return text
        for term_id, (word, found, twin) in list(pending.items()):
            if word in lowered and (m := found.search(clean)):
                text = text[: m.start()] + f'<abbr title="{twin}">{text[m.start() : m.end()]}</abbr>' + text[m.end() :]
                clean = prose(text)
                lowered = clean.lower()
                del pending[term_id]
        return text

    return map_prose(markdown, mark_first_uses)


@cache
def _any_word(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


# --- markers ----------------------------------------------------------------------------------------------


def render_contributing(page: Page, snap: Snapshot, lang: str) -> str:
    """The repository's CONTRIBUTING.<lang>.md, so the guide on the site and on GitHub are the same text."""
    return (ROOT / f"CONTRIBUTING.{lang}.md").read_text(encoding="utf-8")  # the snapshot checked it exists


def render_categories(page: Page, snap: Snapshot, lang: str) -> str:
    """Every category with its progress and its topics: written ones link to their page, planned ones say so."""
    text, out = TEXT["checklist"][lang], []
    for category in snap.registry.categories:
        mine = [r for r in snap.rows if r["category"] == category.id]
        out += [f"### {category.names[lang]} {{ #{category.id} }}", "", _progress(mine, lang), ""]
        for r in mine:
            about = f" <small>{r['api']}</small>"
            out.append(f"- {_row_link(r, page, lang)}{about}" if r["source"] else f"- {r['api']} ({text['planned']})")
        out.append("")
    return "\n".join(out)


def render_errors(page: Page, snap: Snapshot, lang: str) -> str:
    """Every exception message the wiki's code prints, by type, each linked to the sections that show it."""
    out = [TEXT["errors_page"][lang]["intro"].format(count=len(snap.errors))]
    for kind in dict.fromkeys(e.type for e in snap.errors):
        out += ["", f"### {kind} {{ #{kind.lower()} }}", ""]
        for entry in (e for e in snap.errors if e.type == kind):
            links = ", ".join(f"[{label}]({href})" for label, href in _error_links(entry, page, snap, lang))
            out.append(f"- `{entry.message.replace('`', chr(39))}`: {links}")
    return "\n".join(out)


def _error_links(entry: Entry, page: Page, snap: Snapshot, lang: str) -> list[tuple[str, str]]:
    """(page title › section title, link) of each page section that shows the entry, on the page in the
    reader's language where there is one, once per page and section."""
    found: dict[tuple[str, str | None], tuple[str, str]] = {}
    for shown in entry.shown:
        key = (shown.page.path.name.split(".")[0], shown.section)
        if key in found:
            continue
        here = snap.pages.get(sibling(shown.page.path, lang), shown.page)
        title = here.meta.get("title", here.path.stem).replace("_", "\\_")  # plain text, put into Markdown
        section = _heading_texts(here.body).get(shown.section)  # Markdown already
        label = f"{title} › {section}" if section else title
        found[key] = (label, md_link(here.path, page.path) + (f"#{shown.section}" if section else ""))
    return list(found.values())


@lru_cache(maxsize=256)  # the same pages show many messages
def _heading_texts(body: str) -> dict[str, str]:
    return {h.id: h.text for h in headings(body.split("\n")) if h.id}


def _progress(rows: list[dict], lang: str) -> str:
    text = TEXT["checklist"][lang]
    parts = []
    for code, counts in completion(rows).items():
        pct = round(100 * counts["done"] / counts["total"]) if counts["total"] else 0
        parts.append(f"{text['lang'][code]} " + text["done_of"].format(pct=pct, **counts))
    return " · ".join(parts)


def _row_link(row: dict, page: Page, lang: str) -> str:
    return f"[{row['title'][lang]}]({md_link(ROOT / next(iter(row['source'].values())), page.path)})"


MARKER_RENDERERS = {
    "checklist": render_checklist,
    "categories": render_categories,
    "errors": render_errors,
    "evidence": render_evidence,
    "contributing": render_contributing,
    "glossary": render_glossary,
}
assert set(MARKER_RENDERERS) == set(MARKERS), "wikilib.markers.MARKERS names what `wiki.py check` accepts"


def markers(markdown: str, page: Page, snap: Snapshot, lang: str) -> str:
    if "<!--" not in markdown:
        return markdown
    return RE_MARKER.sub(lambda m: MARKER_RENDERERS[m.group(1)](page, snap, lang), markdown)


# --- translation banner -----------------------------------------------------------------------------------


def translation_banner(markdown: str, page: Page, snap: Snapshot, lang: str) -> str:
    """A page shown in a language it is not written in, or a translation whose source changed since it was
    written, says so under its title, linking to the original."""
    text = TEXT["translation_banners"][lang]
    if page.lang != lang:
        return _under_title(markdown, _banner(text["not_translated"], page, page.lang, lang))
    source, translation = translation_pair(page.path)
    if translation is not None and translation.path == page.path and translation_state(source, translation) in STALE:
        return _under_title(markdown, _banner(text["outdated"], page, source.lang, lang))
    return markdown


def _banner(template: str, page: Page, target_lang: str, lang: str) -> str:
    here = page_url(page.path, target_lang)
    href = posixpath.relpath(here or ".", page_url(page.path, lang) or ".") + "/"
    return template.format(href=href, lang_name=TEXT["translation_banners"][lang]["language_names"][target_lang])


def _under_title(markdown: str, text: str) -> str:
    lines = markdown.split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    return "\n".join(lines[:at] + ["", text, ""] + lines[at:])


# --- run evidence -----------------------------------------------------------------------------------------


def run_evidence(markdown: str, page: Page, snap: Snapshot, lang: str) -> str:
    """Under the title, when and where the page's current code last ran (linking to the run status page); below
    each snippet, the warnings it raised; above a device-only snippet, a note saying why."""
    if not is_concept_page(page):
        return markdown
    evidence = snap.evidence[page.path]
    markdown = _add_warnings(markdown, evidence, lang)
    only = {path: (device, why) for device, reasons in page.only.items() for path, why in reasons.items()}

    def note(path: str, indent: str) -> str | None:
        if path not in only:
            return None
        device, why = only[path]
        return device_only_note(device, why, evidence[device], lang, indent)

    markdown = before_blocks_including(markdown, note)
    badge = " · ".join(run_text(device, evidence[device], lang) for device in DEVICES)
    target = md_link(DOCS / "status.md", page.path)
    title = EVIDENCE_TEXT[lang]["badge_title"]
    return _under_title(markdown, f'[{badge}]({target}#{page.meta["id"]}){{ .wiki-evidence title="{title}" }}')


def _add_warnings(markdown: str, evidence: dict, lang: str) -> str:
    """Put each snippet's warnings right after the code block (and its annotations) that includes it."""
    run = evidence["cpu"]["run"] or evidence["cuda"]["run"]
    by_file: dict[str, list[RunWarning]] = {}
    for warning in run.warnings if run else ():
        if warning.snippet:
            name = warning.snippet.removeprefix("snippets/").rsplit(":", 1)[0]
            if warning not in by_file.setdefault(name, []):
                by_file[name].append(warning)
    if not by_file:
        return markdown

    def note(block: Block) -> list[str]:  # each warning once, under the first block that shows its snippet
        raised = [w for inc in block.includes for w in by_file.pop(inc.path, [])]
        return [warnings_note(raised, lang)] if raised else []

    return after_blocks(markdown, note)


# --- figures ----------------------------------------------------------------------------------------------


def figures(markdown: str, page: Page, snap: Snapshot, lang: str) -> str:
    """Under each code block (and its annotations), the figures its snippets draw, as files beside the page
    (wikisite.outputs.reader_files writes them)."""
    if not is_concept_page(page):
        return markdown

    def shown(block: Block) -> list[str]:
        drawn = [f for inc in block.includes for f in figures_shown(SNIPPETS / inc.path)]
        return [_figure_html(f, block.indent) for f in drawn]

    return after_blocks(markdown, shown)


def _figure_html(figure: Path, indent: str) -> str:
    svg = figure.read_text(encoding="utf-8")
    size = RE_SVG_SIZE.search(svg)
    width, height = (round(float(v) * 4 / 3) for v in size.groups()) if size else (640, 340)
    alt = html_escape(alt_text(svg))
    return (
        f'{indent}<figure class="wiki-figure"><img src="{site_name(figure)}" alt="{alt}" width="{width}" '
        f'height="{height}" loading="lazy"></figure>'
    )


RE_SVG_SIZE = re.compile(r'<svg[^>]*? width="([\d.]+)pt" height="([\d.]+)pt"')


# --- history ----------------------------------------------------------------------------------------------


def history(markdown: str, page: Page, snap: Snapshot, lang: str) -> str:
    """A concept page ends with when it (its prose or the snippets it shows) last changed, from git, and when
    its code last ran."""
    if not is_concept_page(page):
        return markdown
    text = TEXT["page_history"][lang]
    files_shown = {page.path} | {ln.file for block in page.blocks for ln in block}
    dates = [d for f in files_shown if (d := snap.last_changed.get(f))]
    if files_shown & snap.uncommitted or not dates:
        changed = text["dirty"]
    else:
        changed = text["changed"].format(date=max(dates))
    evidence = snap.evidence[page.path]
    runs = [f"{ev['run'].ran_at[:10]} ({device.upper()})" for device, ev in evidence.items() if ev["run"]]
    ran = text["ran"].format(runs=", ".join(runs)) if runs else text["not_ran"]
    return markdown + f'\n\n<p class="wiki-history"><small>{changed}. {ran}.</small></p>\n'


TRANSFORMS = (wiki_links, glossary_tooltips, markers, translation_banner, run_evidence, figures, history)


def transform_page(markdown: str, page: Page, snap: Snapshot, lang: str) -> tuple[str, str]:
    """(what readers of `lang` see, the plain Markdown copy they download): the copy has wiki links resolved
    and nothing else added."""
    copy = markdown
    for transform in TRANSFORMS:
        markdown = transform(markdown, page, snap, lang)
        if transform is wiki_links:
            copy = markdown
    return markdown, copy
