"""Each topic page ends with its history in the reader's language: when the page (its prose or the snippets
it shows) last changed, from git, and when its code last ran, from the runner's evidence."""

from pathlib import Path

from wikilib.evidence import load_entries
from wikilib.history import last_changed, uncommitted
from wikilib.interface import texts
from wikilib.pages import DEVICES, load_page
from wikilib.status import page_evidence

TEXT = texts("page_history")
_cache: dict = {}


def on_pre_build(config):
    _cache.update(entries=load_entries(), dirty=uncommitted())
    last_changed.cache_clear()


def on_page_markdown(markdown, page, config, files):
    source = load_page(Path(page.file.abs_src_path))
    if not source.is_topic_page or source.is_notebook:
        return markdown
    text = TEXT[config.theme["language"]]
    files_shown = {source.path} | {ln.file for block in source.blocks for ln in block}
    if files_shown & _cache["dirty"]:
        changed = text["dirty"]
    else:
        dates = [d for f in files_shown if (d := last_changed().get(f))]
        changed = text["changed"].format(date=max(dates)) if dates else text["dirty"]
    evidence = page_evidence(source, _cache["entries"])
    runs = [
        f"{ev['run']['ran_at'][:10]} ({device.upper()})"
        for device, ev in evidence.items()
        if device in DEVICES and ev["run"]
    ]
    ran = text["ran"].format(runs=", ".join(runs)) if runs else text["not_ran"]
    return markdown + f'\n\n<p class="wiki-history"><small>{changed}. {ran}.</small></p>\n'
