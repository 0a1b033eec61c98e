"""Where every topic stands: page status per language and test result per device.

One function builds it from the registry, the pages and the runner report; the checklist page, the
site's status.json and the tests all read this same data.
"""

from pathlib import Path

from .errors import WikiError
from .evidence import latest, load_entries, program_hash
from .layout import DEFAULT_LANG, DOCS, LANGS, page_url, rel
from .pages import DEVICES, Page, Program, find_pages, load_page
from .registry import Registry, load_registry
from .translations import SOURCE_LANG, STALE, pair, translation_state


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


def page_evidence(page: Page, entries: list[dict]) -> dict[str, dict]:
    """Per device: the verdict on this page's current code ("passed", "failed", "not run", "n/a") and the
    run it comes from (torch, CUDA, GPU, date), or None."""
    found = {}
    for device in DEVICES:
        if device not in page.devices:
            found[device] = {"verdict": "n/a", "run": None}
            continue
        run = latest(entries, rel(page.path), device, program_hash(Program(page, device).source))
        found[device] = {"verdict": run.status if run else "not run", "run": run}
    return found


def _tested(evidence: dict[str, dict[str, dict]]) -> dict[str, str]:
    """A topic's verdict per device over its pages: failed if any failed, passed if all that ran passed."""
    tested = {}
    for device in DEVICES:
        verdicts = {ev[device]["verdict"] for ev in evidence.values()}
        if not verdicts or verdicts == {"n/a"}:
            tested[device] = "n/a" if verdicts else "not run"
        elif "failed" in verdicts:
            tested[device] = "failed"
        elif verdicts <= {"passed", "n/a"}:
            tested[device] = "passed"
        else:
            tested[device] = "not run"
    return tested


def topic_status(
    registry: Registry | None = None, paths: list[Path] | None = None, entries: list[dict] | None = None
) -> list[dict]:
    """One row per topic of the registry, in checklist order."""
    registry = registry or load_registry()
    paths = find_pages() if paths is None else paths
    entries = load_entries() if entries is None else entries
    pages = topic_pages(registry, paths)
    rows = []
    for category in registry.categories:
        for topic in category.topics:
            by_lang = pages.get(topic.id, {})
            source = by_lang.get(DEFAULT_LANG) or next(iter(by_lang.values()), None)
            devices = source.devices if source else list(DEVICES)
            evidence = {lang: page_evidence(page, entries) for lang, page in by_lang.items()}
            translation = translation_state(*pair(by_lang))
            rows.append(
                {
                    "id": topic.id,
                    "api": topic.api,
                    "about": topic.about,
                    "category": category.id,
                    "title": {lang: (by_lang.get(lang) or source).meta["title"] if source else None for lang in LANGS},
                    "status": {lang: by_lang[lang].status if lang in by_lang else "missing" for lang in LANGS},
                    "outdated": {lang: lang != SOURCE_LANG and translation in STALE for lang in by_lang},
                    "tested": _tested(evidence),
                    "evidence": evidence,
                    "devices": devices,
                    "only": {lang: page.only for lang, page in by_lang.items() if page.only},
                    "url": {lang: page_url(source.path, lang) if source else None for lang in LANGS},
                    "source": {lang: rel(by_lang[lang].path) for lang in by_lang},
                }
            )
    return rows


def completion(rows: list[dict]) -> dict[str, dict[str, int]]:
    """Per language: how many topics are done, out of how many."""
    return {lang: {"done": sum(r["status"][lang] == "done" for r in rows), "total": len(rows)} for lang in LANGS}
