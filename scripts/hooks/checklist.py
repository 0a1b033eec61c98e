"""Generated page content and site data from the registry, the pages and the last runner report.

- `<!-- wiki:checklist -->` in a page becomes one table per category (topic, page, status per language,
  tested on CPU and CUDA) with completion per category and in total; `<!-- wiki:evidence -->` the run
  status table. An unknown marker fails the build early (page_check, wikilib.markers).
- The navigation follows the registry: categories in order, named in the reader's language.
- `site/status.json` gets one object per topic (same data as the checklist).
"""

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Section, _add_previous_and_next_links, _get_by_type
from mkdocs.structure.pages import Page
from wikilib.errors import WikiError
from wikilib.evidence_text import run_text
from wikilib.interface import texts
from wikilib.layout import DEFAULT_LANG, DOCS, LANGS, ROOT, md_link
from wikilib.markers import RE_MARKER
from wikilib.registry import load_registry
from wikilib.status import completion, topic_status

TEXT = texts("checklist")


def _lang(config) -> str:
    return config.theme["language"]


def _rows():
    try:
        return topic_status()
    except WikiError as err:
        raise PluginError(str(err)) from None


def _progress(rows, lang) -> str:
    text = TEXT[lang]
    parts = []
    for code, counts in completion(rows).items():
        pct = round(100 * counts["done"] / counts["total"]) if counts["total"] else 0
        parts.append(f"{text['lang'][code]} " + text["done_of"].format(pct=pct, **counts))
    return " · ".join(parts)


def _page_link(row: dict, page_src: str, lang: str) -> str:
    target = ROOT / next(iter(row["source"].values()))
    return f"[{row['title'][lang]}]({md_link(target, DOCS / page_src)})"


def render_checklist(page_src: str, lang: str) -> str:
    text, rows, registry = TEXT[lang], _rows(), load_registry()
    out = [f"**{text['total']}:** {_progress(rows, lang)}", "", text["report"]]
    for category in registry.categories:
        mine = [r for r in rows if r["category"] == category.id]
        out += ["", f"## {category.names[lang]} {{ #{category.id} }}", "", _progress(mine, lang), ""]
        out.append(f"| {text['topic']} | {text['page']} | {text['lang']['ko']} | {text['lang']['en']} | CPU | CUDA |")
        out.append("|---|---|---|---|---|---|")
        for r in mine:
            api = f'<span id="{r["id"]}"></span>' + r["api"] + (f" <small>({r['about']})</small>" if r["about"] else "")
            if r["source"]:
                page = _page_link(r, page_src, lang)
            else:
                page = f"<small>{text['planned']}</small>"
            status = [
                text["status"][r["status"][code]]
                + (f"<br><small>{text['outdated']}</small>" if r["outdated"].get(code) else "")
                for code in LANGS
            ]
            tested = [text["tested"][r["tested"][d]] for d in ("cpu", "cuda")]
            only = _only(r, lang)
            for column, (device, other) in enumerate((("cpu", "cuda"), ("cuda", "cpu"))):
                if only.get(other):
                    tested[column] += f"<br><small>{text['left_out'][device].format(n=len(only[other]))}</small>"
            out.append(f"| {api} | {page} | {' | '.join(status)} | {' | '.join(tested)} |")
    return "\n".join(out)


def render_evidence(page_src: str, lang: str) -> str:
    """One row per written topic: when and where each language's page's current code last ran."""
    text, rows = TEXT[lang], _rows()
    out = [f"| {text['topic']} | {text['page']} | CPU | CUDA |", "|---|---|---|---|"]
    for r in rows:
        if not r["source"]:
            continue
        link = _page_link(r, page_src, lang)
        for code in LANGS:
            ev = r["evidence"].get(code)
            if ev is None:
                continue
            cells = [run_text(device, ev[device], lang, with_device=False) for device in ("cpu", "cuda")]
            anchor = f'<span id="{r["id"]}"></span>' if code == lang or len(r["evidence"]) == 1 else ""
            out.append(f"| {anchor}{r['api']} | {link} ({text['lang'][code]}) | {' | '.join(cells)} |")
    listed = [(r, _only(r, lang)) for r in rows if r["only"]]
    if listed:
        out += ["", f"## {text['only_title']} {{ #device-only }}", "", text["only_intro"], ""]
        for r, only in listed:
            out += [
                f"- {_page_link(r, page_src, lang)} ({text['only_device'][device]}): `{path}`: {reason}"
                for device, reasons in only.items()
                for path, reason in reasons.items()
            ]
    return "\n".join(out)


def _only(row: dict, lang: str) -> dict[str, dict[str, str]]:
    """The topic's device-only snippets as its page in `lang` gives them (else as the other page does)."""
    return row["only"].get(lang) or next(iter(row["only"].values()), {})


RENDERERS = {"checklist": render_checklist, "evidence": render_evidence}  # the other markers have hooks of their own


def on_page_markdown(markdown, page, config, files):
    def replace(match):
        render = RENDERERS.get(match.group(1))
        return render(page.file.src_uri, _lang(config)) if render else match.group(0)

    return RE_MARKER.sub(replace, markdown)


@event_priority(-110)  # after mkdocs-static-i18n (-100)
def on_nav(nav, config, files):
    """Name and order the category sections from the registry, in the reader's language."""
    lang = _lang(config)
    registry = load_registry()
    order = {c.id: i for i, c in enumerate(registry.categories)}
    topic_order = {t: i for i, t in enumerate(registry.topics)}
    names = {c.id: c.names[lang] for c in registry.categories} | {"guides": TEXT[lang]["guides"]}

    def key(item):
        if isinstance(item, Section):
            folder = _folder(item)
            return (1, order.get(folder, len(order)), 0)
        return (0, 0, 0)

    for item in nav.items:
        if isinstance(item, Section):
            folder = _folder(item)
            item.title = names.get(folder, item.title)
            item.children.sort(
                key=lambda p: (
                    topic_order.get(Path(p.file.src_uri).name.split(".")[0], 999) if hasattr(p, "file") else 999
                )
            )
    nav.items.sort(key=key)
    nav.pages = _get_by_type(nav.items, Page)
    _add_previous_and_next_links(nav.pages)
    return nav


def _folder(section) -> str | None:
    for child in section.children:
        if getattr(child, "file", None):
            return Path(child.file.src_uri).parts[0]
    return None


def _runs(evidence: dict) -> dict:
    keep = ("torch", "cuda", "gpu", "ran_at", "duration", "program_hash")
    return {
        device: {"verdict": ev["verdict"]} | {k: ev["run"].get(k) for k in keep if ev["run"]}
        for device, ev in evidence.items()
    }


def on_post_build(config):
    if _lang(config) != DEFAULT_LANG:
        return
    rows = _rows()
    data = {
        "generated_from": "docs/topics.yml + page front matter + reports/*.json + evidence/*.json",
        "completion": completion(rows),
        "topics": [
            {k: r[k] for k in ("id", "api", "category", "status", "outdated", "tested", "devices", "only", "url")}
            | {"runs": {lang: _runs(ev) for lang, ev in r["evidence"].items()}}
            for r in rows
        ],
    }
    Path(config.site_dir, "status.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
