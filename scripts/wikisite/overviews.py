"""The overview pages a reader scans rather than reads: the checklist (every topic, per category, with a
progress bar), the run status (when and where each page's code ran) and the glossary. Each is an HTML table of
one row per topic or term whose cells carry their own labels, so that on a phone the rows stack into cards
(wiki.css) instead of scrolling sideways; states are told by text and mark as well as colour."""

import html
import posixpath
import re

from wikilib.evidence_text import run_text
from wikilib.interface import texts
from wikilib.layout import LANGS, ROOT, md_link, other_lang, page_url
from wikilib.pages import DEVICES, Page
from wikilib.status import completion

from .snapshot import Snapshot

TEXT = {name: texts(name) for name in ("checklist", "glossary_page")}
RE_CODE = re.compile(r"`([^`]+)`")
STATE_TONE = {
    "done": "good",
    "passed": "good",
    "review": "wait",
    "draft": "wait",
    "outdated": "wait",
    "missing": "bad",
    "failed": "bad",
    "not run": "none",
    "n/a": "none",
}


def inline(text: str) -> str:
    """Plain text with `code` spans, as HTML."""
    return RE_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", html.escape(text, quote=False))


def href(target: str, page: Page, lang: str) -> str:
    """The link from `page` (in `lang`) to another page's site URL (`page_url` form, relative to the root)."""
    return posixpath.relpath(target or ".", page_url(page.path, lang) or ".") + "/"


def state(kind: str, label: str, what: str) -> str:
    """A coloured state chip; `what` (the column it belongs to) is shown only where the header is not."""
    return (
        f'<span class="wiki-state wiki-state--{STATE_TONE[kind]}">'
        f'<span class="wiki-state__what">{html.escape(what)} </span>{html.escape(label)}</span>'
    )


def progress(rows: list[dict], lang: str) -> str:
    """Bars: pages done per language, and topics whose code passed per device."""
    text = TEXT["checklist"][lang]
    bars = [(text["lang"][code], c["done"], c["total"], text["done_word"]) for code, c in completion(rows).items()]
    written = [r for r in rows if r["source"]]
    for device in DEVICES:
        ran = [r for r in written if device in r["devices"]]
        passed = sum(r["tested"][device] == "passed" for r in ran)
        bars.append((text[device], passed, len(ran), text["passed_word"]))
    out = ['<div class="wiki-progress">']
    for name, done, total, word in bars:
        pct = round(100 * done / total) if total else 0
        out.append(
            f'<span class="wiki-progress__name">{html.escape(name)}</span>'
            f'<span class="wiki-progress__bar" role="progressbar" aria-label="{html.escape(name)}" '
            f'aria-valuemin="0" aria-valuemax="{total}" aria-valuenow="{done}">'
            f'<span style="width: {pct}%"></span></span>'
            f'<span class="wiki-progress__count">{done}/{total} {html.escape(word)}</span>'
        )
    return "\n".join(out + ["</div>"])


def table(headers: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    return "\n".join(
        ['<table class="wiki-stack">', f"<thead><tr>{head}</tr></thead>", "<tbody>", *rows, "</tbody></table>"]
    )


def topic_cell(row: dict, page: Page, lang: str) -> str:
    """The topic's page title (linked), its API and what the page teaches, in the reader's language."""
    text = TEXT["checklist"][lang]
    if row["source"]:
        title = f'<a href="{href(row["url"][lang], page, lang)}">{html.escape(row["title"][lang])}</a>'
    else:
        title = f"{inline(row['api'])} <small>({html.escape(text['planned'])})</small>"
    about = row["about"].get(lang) or row["about"].get(other_lang(lang), "")
    shows_api = row["source"] and row["api"].replace("`", "") != row["title"][lang]
    api = f'<span class="wiki-api">{inline(row["api"])}</span>' if shows_api else ""
    return f'<td class="wiki-topic"><strong>{title}</strong>{api}<small>{inline(about)}</small></td>'


def _only(row: dict, lang: str) -> dict[str, dict[str, str]]:
    """The topic's device-only snippets as its page in `lang` gives them (else as the other page does)."""
    return row["only"].get(lang) or next(iter(row["only"].values()), {})


def render_checklist(page: Page, snap: Snapshot, lang: str) -> str:
    """Overall progress, then per category its progress and one row per topic: page state per language and
    whether its current code passed per device."""
    text, rows = TEXT["checklist"][lang], snap.rows
    out = [f"**{text['total']}**", "", progress(rows, lang), "", text["report"]]
    headers = [text["topic"], text["lang"]["ko"], text["lang"]["en"], text["cpu"], text["cuda"]]
    for category in snap.registry.categories:
        mine = [r for r in rows if r["category"] == category.id]
        body = []
        for r in mine:
            cells = []
            for code in LANGS:
                cell = state(r["status"][code], text["status"][r["status"][code]], text["lang"][code])
                if r["outdated"].get(code):
                    cell += " " + state("outdated", text["outdated"], text["lang"][code])
                cells.append(cell)
            only = _only(r, lang)
            for device, other in (("cpu", "cuda"), ("cuda", "cpu")):
                cell = state(r["tested"][device], text["tested"][r["tested"][device]], text[device])
                if only.get(other):
                    cell += f"<small>{html.escape(text['left_out'][device].format(n=len(only[other])))}</small>"
                cells.append(cell)
            state_cells = "".join(f'<td class="wiki-cell-state">{c}</td>' for c in cells)
            body.append(f'<tr id="{r["id"]}">{topic_cell(r, page, lang)}{state_cells}</tr>')
        out += [
            "",
            f"## {category.names[lang]} {{ #{category.id} }}",
            "",
            progress(mine, lang),
            "",
            table(headers, body),
        ]
    return "\n".join(out)


def render_evidence(page: Page, snap: Snapshot, lang: str) -> str:
    """One row per written topic: when and where its page's current code last ran on each device (the other
    language's page too, where its code or its run differs); then the snippets that run on one device only."""
    text = TEXT["checklist"][lang]
    body = []
    for r in snap.rows:
        if not r["source"]:
            continue
        shown = lang if lang in r["evidence"] else other_lang(lang)
        cells = []
        for device in DEVICES:
            ran = {code: run_text(device, ev[device], lang, with_device=False) for code, ev in r["evidence"].items()}
            cell = f'<span class="wiki-state__what">{text[device]} </span>{html.escape(ran[shown])}'
            for code, other in ran.items():
                if other != ran[shown]:  # the other language's page shows other code, or it ran elsewhere
                    cell += f"<small>{html.escape(text['lang'][code])}: {html.escape(other)}</small>"
            cells.append(f'<td class="wiki-cell-run">{cell}</td>')
        body.append(f'<tr id="{r["id"]}">{topic_cell(r, page, lang)}{"".join(cells)}</tr>')
    out = [table([text["topic"], text["cpu"], text["cuda"]], body)]
    listed = [r for r in snap.rows if r["only"]]
    if listed:
        out += ["", f"## {text['only_title']} {{ #device-only }}", "", text["only_intro"], ""]
        for r in listed:
            only = _only(r, lang)
            link = f"[{r['title'][lang]}]({md_link(ROOT / next(iter(r['source'].values())), page.path)})"
            out += [
                f"- {link} ({text['only_device'][device]}): `{path}`: {reason}"
                for device, reasons in only.items()
                for path, reason in reasons.items()
            ]
    return "\n".join(out)


def render_glossary(page: Page, snap: Snapshot, lang: str) -> str:
    """One row per term: the term, its twin in the other language, what it means, the variants avoided."""
    text, other = TEXT["glossary_page"][lang], other_lang(lang)
    body = []
    for term in sorted(snap.terms, key=lambda t: t.words[lang].lower()):
        avoided = ", ".join(term.avoid[lang]) or "—"
        body.append(
            f'<tr id="{term.id}"><td class="wiki-topic"><strong>{html.escape(term.words[lang])}</strong>'
            f'<span class="wiki-api">{html.escape(term.words[other])}</span></td>'
            f"<td>{inline(term.notes[lang])}</td>"
            f'<td class="wiki-avoided"><span class="wiki-state__what">{html.escape(text["avoided"])}: </span>'
            f"{html.escape(avoided)}</td></tr>"
        )
    return table([text["term"], text["meaning"], text["avoided"]], body)
