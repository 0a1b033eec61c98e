"""Files the site carries besides its pages, as plain data: each concept page's code as a script and a
notebook and its Markdown copy, the figures its code draws, `llms.txt`, `status.json` and `errors.json` (the
search indexes come from wikisite.search). The generator adapter only writes them."""

import json
from pathlib import Path

from wikilib.figures import page_figures, site_name
from wikilib.includes import resolve_page_text
from wikilib.interface import texts
from wikilib.layout import DEFAULT_LANG, LANGS, page_url, rel
from wikilib.markdown import before_blocks_including
from wikilib.pages import Page, Program
from wikilib.status import completion

from .snapshot import Snapshot

TEXT = texts("reader_files")


def reader_files(copy: str, page: Page, lang: str, url: str) -> dict[str, str]:
    """Name -> text of the files next to a concept page (its canonical `url`): the figures its code draws,
    `<id>.py` (the code),
    `<id>.ipynb` (also what "Open in Colab" opens) and `index.md` (the Markdown copy, code included, whose
    device-only blocks carry pytest-codeblocks skip markers: see tests/test_codeblocks.py)."""
    topic = page.meta["id"]
    marked = before_blocks_including(copy, lambda path, indent: _skip_elsewhere(page.only, path, indent))
    text = "\n".join(line.text for line in resolve_page_text(page.path, marked, 1))
    drawn = {site_name(f): f.read_text(encoding="utf-8") for f in page_figures(page.blocks)}
    return drawn | {
        f"{topic}.py": Program(page).source,
        f"{topic}.ipynb": json.dumps(_notebook(page, lang, url), ensure_ascii=False, indent=1),
        "index.md": f"<!-- {url} -->\n{text}\n",
    }


def _skip_elsewhere(only: dict[str, dict[str, str]], path: str, indent: str) -> str | None:
    for device, reasons in only.items():
        if path in reasons:
            cuda = "__import__('torch').cuda.is_available()"
            condition = f"not {cuda}" if device == "cuda" else cuda
            return f"{indent}<!--pytest.mark.skipif({condition}, reason={device + '_only: ' + reasons[path]!r})-->"
    return None


def _notebook(page: Page, lang: str, url: str) -> dict:
    intro = f"# {page.meta['title']}\n\n{url}\n\n{TEXT[lang]['output_note']}"
    cells = [{"cell_type": "markdown", "metadata": {}, "source": intro}]
    for block in page.blocks:
        source = "\n".join(ln.text for ln in block)
        cells.append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": source})
    kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    metadata = {"kernelspec": kernel, "language_info": {"name": "python"}}
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def llms_txt(listed: dict[str, list[tuple[str, str, str]]]) -> str:
    """Every concept page's Markdown copy in both languages; `listed`: lang -> (title, url, description)."""
    first, second = TEXT[DEFAULT_LANG], TEXT["en"]
    out = [f"# {first['site_title']} / {second['site_title']}", "", f"> {first['about']} {second['about']}", ""]
    for lang in LANGS:
        out += [f"## {'한국어' if lang == 'ko' else 'English'}", ""]
        out += [f"- [{title}]({url})" + (f": {about}" if about else "") for title, url, about in sorted(listed[lang])]
        out.append("")
    return "\n".join(out)


def status_json(snap: Snapshot) -> str:
    """One object per topic: the checklist's data."""

    def runs(evidence: dict) -> dict:
        keep = ("torch", "cuda", "gpu", "ran_at", "duration", "program_hash")
        return {
            device: {"verdict": ev["verdict"]} | {k: getattr(ev["run"], k) for k in keep if ev["run"]}
            for device, ev in evidence.items()
        }

    fields = ("id", "api", "category", "status", "outdated", "tested", "devices", "only", "url")
    data = {
        "generated_from": "docs/topics.yml + page front matter + reports/*.json + evidence/*.json",
        "completion": completion(snap.rows),
        "topics": [
            {k: r[k] for k in fields} | {"runs": {lang: runs(ev) for lang, ev in r["evidence"].items()}}
            for r in snap.rows
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def errors_json(snap: Snapshot) -> str:
    """The error-message index for tools: each normalised message, the messages as printed, and where each is
    shown (page, section, its URL in each language, the snippet line that printed it)."""
    errors = [
        {
            "type": e.type,
            "message": e.message,
            "examples": e.examples,
            "shown": [
                {
                    "page": rel(s.page.path),
                    "section": s.section,
                    "url": page_url(s.page.path, s.page.lang) + (f"#{s.section}" if s.section else ""),
                    "snippet": s.snippet,
                }
                for s in e.shown
            ],
        }
        for e in snap.errors
    ]
    data = {"generated_from": "the #> output of every page's code", "count": len(errors), "errors": errors}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
