"""Where every topic stands: page status per language and test result per device.

One function builds it from the registry, the pages and the runner report; the checklist page, the
site's status.json and the tests all read this same data.
"""

from pathlib import Path

from .errors import WikiError
from .layout import DEFAULT_LANG, DOCS, LANGS, REPORT_FILE, page_url, rel
from .pages import DEVICES, Page, find_pages, load_page
from .registry import Registry, load_registry
from .report import load_report


def topic_pages(registry: Registry, paths: list[Path]) -> dict[str, dict[str, Page]]:
    """topic id -> lang -> page; errors for a topic page whose id, category or file name is wrong."""
    topics = registry.topics
    found: dict[str, dict[str, Page]] = {}
    for path in paths:
        page = load_page(path)
        if not page.is_topic_page:
            continue
        topic_id = page.meta["id"]
        if topic_id not in topics:
            line = next(
                (i for i, t in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if t.startswith("id:")), 1
            )
            raise WikiError(path, line, f"unknown topic id '{topic_id}': add it to {rel(registry.path)} first")
        topic = topics[topic_id]
        if page.meta["category"] != topic.category or path.parent != DOCS / topic.category:
            raise WikiError(
                path, None, f"topic '{topic_id}' belongs in category '{topic.category}' (docs/{topic.category}/)"
            )
        if path.name.split(".")[0] != topic_id:
            raise WikiError(
                path, None, f"the page of topic '{topic_id}' must be named {topic_id}.{page.lang}{path.suffix}"
            )
        if page.lang in found.get(topic_id, {}):
            raise WikiError(path, None, f"topic '{topic_id}' has two {page.lang} pages")
        found.setdefault(topic_id, {})[page.lang] = page
    return found


def _tested(entries: list[dict], page_paths: set[str], devices: list[str]) -> dict[str, str]:
    tested = {}
    for device in DEVICES:
        mine = [e for e in entries if e["device"] == device and page_paths & set(e["pages"])]
        if device not in devices:
            tested[device] = "n/a"
        elif not mine:
            tested[device] = "not run"
        elif any(e["status"] == "failed" for e in mine):
            tested[device] = "failed"
        elif all(e["status"] in ("passed", "updated") for e in mine):
            tested[device] = "passed"
        else:
            tested[device] = "skipped"
    return tested


def topic_status(
    registry: Registry | None = None, paths: list[Path] | None = None, report: dict | None = None
) -> list[dict]:
    """One row per topic of the registry, in checklist order."""
    registry = registry or load_registry()
    paths = find_pages() if paths is None else paths
    report = load_report(REPORT_FILE) if report is None else report
    pages = topic_pages(registry, paths)
    rows = []
    for category in registry.categories:
        for topic in category.topics:
            by_lang = pages.get(topic.id, {})
            source = by_lang.get(DEFAULT_LANG) or next(iter(by_lang.values()), None)
            devices = source.devices if source else list(DEVICES)
            rows.append(
                {
                    "id": topic.id,
                    "api": topic.api,
                    "about": topic.about,
                    "category": category.id,
                    "title": {lang: (by_lang.get(lang) or source).meta["title"] if source else None for lang in LANGS},
                    "status": {lang: by_lang[lang].status if lang in by_lang else "missing" for lang in LANGS},
                    "tested": _tested(report.get("items", []), {rel(p.path) for p in by_lang.values()}, devices),
                    "devices": devices,
                    "url": {lang: page_url(source.path, lang) if source else None for lang in LANGS},
                    "source": {lang: rel(by_lang[lang].path) for lang in by_lang},
                }
            )
    return rows


def completion(rows: list[dict]) -> dict[str, dict[str, int]]:
    """Per language: how many topics are done, out of how many."""
    return {lang: {"done": sum(r["status"][lang] == "done" for r in rows), "total": len(rows)} for lang in LANGS}
