"""Every concept page says, in the reader's language, when and where its current code last ran (a badge under
the title linking to the run status page), and shows the warnings its code raised right below that code.

The data is the runner's evidence (wikilib.evidence): reports of this machine or CI plus committed files.
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from wikilib.errors import WikiError
from wikilib.evidence import load_entries
from wikilib.evidence_text import TEXT, device_only_note, run_text, warnings_note
from wikilib.includes import RE_FENCE_LINE, RE_INCLUDED_PATH, before_blocks_including
from wikilib.layout import DOCS, md_link
from wikilib.pages import DEVICES, load_page
from wikilib.status import page_evidence

RE_ANNOTATION = re.compile(r"^\d+\.\s")

_entries: list[dict] = []


def on_pre_build(config):
    _entries[:] = load_entries()


def on_page_markdown(markdown, page, config, files):
    path = Path(page.file.abs_src_path)
    try:
        source = load_page(path)
    except WikiError as err:
        raise PluginError(str(err)) from None
    if not source.is_topic_page or source.is_notebook:
        return markdown
    lang = config.theme["language"]
    evidence = page_evidence(source, _entries)
    markdown = _add_warnings(markdown, evidence, lang)
    only = {path: (device, why) for device, reasons in source.only.items() for path, why in reasons.items()}

    def note(path: str, indent: str) -> str | None:
        if path not in only:
            return None
        device, why = only[path]
        return device_only_note(device, why, evidence[device], lang, indent)

    markdown = before_blocks_including(markdown, note)
    badge = " · ".join(run_text(device, evidence[device], lang) for device in DEVICES)
    target = md_link(DOCS / "status.md", Path(page.file.abs_src_path))
    title = TEXT[lang]["badge_title"]
    line = f'[{badge}]({target}#{source.meta["id"]}){{ .wiki-evidence title="{title}" }}'
    lines = markdown.split("\n")
    at = next((i + 1 for i, text in enumerate(lines) if text.startswith("# ")), 0)
    return "\n".join(lines[:at] + ["", line, ""] + lines[at:])


def _add_warnings(markdown: str, evidence: dict, lang: str) -> str:
    """Put each snippet's warnings right after the code block (and its annotations) that includes it."""
    run = evidence["cpu"]["run"] or evidence["cuda"]["run"]
    by_file: dict[str, list[dict]] = {}
    for warning in (run or {}).get("warnings", []):
        if warning.get("snippet"):
            name = warning["snippet"].removeprefix("snippets/").rsplit(":", 1)[0]
            if warning not in by_file.setdefault(name, []):
                by_file[name].append(warning)
    if not by_file:
        return markdown
    out, pending, waiting, in_fence = [], None, None, False
    for text in markdown.split("\n"):
        if waiting and text.strip() and not (RE_ANNOTATION.match(text) or text.startswith("    ")):
            out += [warnings_note(waiting, lang), ""]  # after the block and its annotation list
            waiting = None
        out.append(text)
        if RE_FENCE_LINE.match(text):
            in_fence = not in_fence
            if not in_fence and pending:
                waiting, pending = pending, None
        elif in_fence and (match := RE_INCLUDED_PATH.match(text)) and match.group("path") in by_file:
            pending = by_file.pop(match.group("path"))
    if waiting:
        out += ["", warnings_note(waiting, lang)]
    return "\n".join(out)
