"""Every rule a contributor's change must pass, fast and without torch: `wiki.py check` and the tests run it.

Each problem is a `file:line: message`; errors fail the check, warnings (an outdated translation, a draft not
yet translated) do not, unless `strict` turns a missing translation of a done page into an error.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import WikiError
from .figures import figure_files, figures_shown
from .frontmatter import meta_line
from .glossary import avoided_terms, load_glossary
from .layout import DOCS, LANGS, SNIPPETS, other_lang, rel
from .markers import marker_errors
from .pages import DEVICES, Page, check_languages, find_pages, load_page, pages_by_lang
from .registry import load_registry
from .status import topic_pages
from .translations import SOURCE_LANG, Structure, pair, source_hash, structure, translation_pair, translation_state
from .wikilinks import check_links, link_targets

SECTIONS = ["summary", "signature", "examples", "pitfalls", "devices", "related"]
MAX_COLUMNS = 88


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    message: str
    error: bool = True

    def __str__(self) -> str:
        where = rel(self.path) + (f":{self.line}" if self.line else "")
        return f"{where}: {'' if self.error else 'warning: '}{self.message}"


def _problem(err: WikiError) -> Problem:
    return Problem(err.path, err.line, err.message)


def run_checks(strict: bool = False, docs: Path = DOCS) -> list[Problem]:
    problems: list[Problem] = []
    pages: list[Page] = []
    try:
        check_languages(find_pages(docs))
    except WikiError as err:
        problems.append(_problem(err))
    for path in find_pages(docs):
        try:
            page = load_page(path)
            page.blocks  # noqa: B018  (resolves includes: a missing snippet or inline Python is an error here)
            pages.append(page)
        except WikiError as err:
            problems.append(_problem(err))
    try:
        registry = load_registry()
        names = link_targets(registry, pages)
        terms = load_glossary()
    except WikiError as err:
        return problems + [_problem(err)]
    for page in pages:
        try:
            topic_pages(registry, [page.path])
        except WikiError as err:
            problems.append(_problem(err))
    if not problems:
        try:
            topic_pages(registry, [page.path for page in pages])  # two pages of one topic in one language
        except WikiError as err:
            problems.append(_problem(err))
    anchors = {
        page.meta["id"]: {hid for _, _, hid, _ in structure(page).headings if hid}
        for page in pages
        if page.is_topic_page and not page.is_notebook and page.lang == SOURCE_LANG
    }
    for page in pages:
        problems += [_problem(e) for e in check_links(page, names, anchors)]
        problems += [_problem(e) for e in avoided_terms(page, terms)]
        if not page.is_notebook:
            problems += _headings(page)
        problems += _device_only(page)
        problems += _title(page)
        problems += [_problem(e) for e in marker_errors(page)]
    loaded = {page.path: page for page in pages}
    for group in pages_by_lang(list(loaded)).values():
        problems += _translation(*pair({lang: loaded[path] for lang, path in group.items()}), strict)
    problems += _snippets(pages)
    problems += _descriptions(registry)
    return sorted(problems, key=lambda p: (not p.error, str(p.path), p.line or 0))


def _device_only(page: Page) -> list[Problem]:
    """Every `cuda_only`/`cpu_only` path is a snippet the page shows."""
    shown = {ln.file for block in page.blocks for ln in block}
    text = page.path.read_text(encoding="utf-8")
    return [
        Problem(
            page.path,
            meta_line(text, f"{device}_only"),
            f"{device}_only names '{path}', which this page does not include",
        )
        for device, reasons in page.only.items()
        for path in reasons
        if (SNIPPETS / path).resolve() not in shown
    ]


def _headings(page: Page) -> list[Problem]:
    parts = structure(page)
    heads = parts.headings
    found = [
        Problem(page.path, line, f"heading '{text}' has no {{ #id }}")
        for line, level, hid, text in heads
        if level > 1 and not hid
    ]
    if page.is_topic_page:
        sections = [hid for _, level, hid, _ in heads if level == 2]
        if sections != SECTIONS:
            line = next((line for line, level, _, _ in heads if level == 2), page.body_line)
            found.append(
                Problem(
                    page.path,
                    line,
                    f"sections must be {', '.join(SECTIONS)} in this order, not "
                    f"{', '.join(s or '(no id)' for s in sections)}",
                )
            )
        if page.status == "done":
            found += _done_page(page, parts)
    return found


def _done_page(page: Page, parts: Structure) -> list[Problem]:
    counts: dict[str | None, int] = {}
    for line, _ in parts.includes:
        section = None
        for hline, level, hid, _ in parts.headings:
            if level == 2 and hline < line:
                section = hid
        counts[section] = counts.get(section, 0) + 1
    if counts.get("examples", 0) >= 2 and counts.get("pitfalls", 0) >= 1:
        return []
    return [
        Problem(
            page.path,
            1,
            "a done page needs at least two examples and one running pitfall "
            f"(examples: {counts.get('examples', 0)}, pitfalls: {counts.get('pitfalls', 0)})",
        )
    ]


def _translation(source: Page | None, translation: Page | None, strict: bool) -> list[Problem]:
    if source is None or translation is None:
        written = source or translation
        fatal = strict and written.status == "done"
        return [Problem(written.path, 1, f"no {other_lang(written.lang)} translation yet", error=fatal)]
    state = translation_state(source, translation)
    found = []
    if state == "outdated":
        found.append(
            Problem(
                translation.path,
                1,
                f"outdated: {rel(source.path)} changed since this translation "
                f"(run `wiki.py translated {rel(translation.path)}` once it is updated)",
                error=False,
            )
        )
    elif state == "unrecorded":
        found.append(
            Problem(
                translation.path,
                1,
                f"records no source_hash of {rel(source.path)} (run `wiki.py translated {rel(translation.path)}`)",
                error=False,
            )
        )
    if source.is_notebook:

        def code(page: Page) -> list[str]:
            return [ln.text for block in page.blocks for ln in block if not ln.text.startswith("#>")]

        if code(source) != code(translation):
            found.append(Problem(translation.path, 1, f"code cells differ from {rel(source.path)}"))
        return found
    for device in DEVICES:
        mine, theirs = sorted(translation.only.get(device, {})), sorted(source.only.get(device, {}))
        if mine != theirs:
            line = meta_line(translation.path.read_text(encoding="utf-8"), f"{device}_only")
            message = f"{device}_only lists {mine}, not {theirs} as {rel(source.path)} does"
            found.append(Problem(translation.path, line, message))
    a, b = structure(source), structure(translation)
    if [t for _, t in a.includes] != [t for _, t in b.includes]:
        line = _first_difference(a.includes, b.includes)
        found.append(
            Problem(
                translation.path,
                line,
                f"code blocks differ from {rel(source.path)}: includes "
                f"{[t for _, t in b.includes]} instead of {[t for _, t in a.includes]}",
            )
        )
    heads_a, heads_b = ([h for h in s.headings if h[1] > 1] for s in (a, b))
    ids_a, ids_b = [(lv, h) for _, lv, h, _ in heads_a], [(lv, h) for _, lv, h, _ in heads_b]
    if ids_a != ids_b and None not in (h for _, h in ids_b):  # a missing id is reported as such
        n = next((i for i, (x, y) in enumerate(zip(ids_a, ids_b, strict=False)) if x != y), min(len(ids_a), len(ids_b)))
        line = heads_b[n][0] if n < len(heads_b) else None
        want = f"#{ids_a[n][1]}" if n < len(ids_a) else "no more headings"
        got = f"#{ids_b[n][1]}" if n < len(ids_b) else "nothing"
        found.append(
            Problem(
                translation.path, line, f"heading ids differ from {rel(source.path)}: {got} where the source has {want}"
            )
        )
    counts_a, counts_b = [n for _, n in a.annotations], [n for _, n in b.annotations]
    if counts_a != counts_b and len(counts_a) == len(counts_b):
        k = next(i for i, (x, y) in enumerate(zip(counts_a, counts_b, strict=True)) if x != y)
        found.append(
            Problem(
                translation.path,
                b.annotations[k][0],
                f"this code block has {counts_b[k]} annotations, the source's has {counts_a[k]}",
            )
        )
    return found


def _first_difference(a: list[tuple[int, str]], b: list[tuple[int, str]]) -> int | None:
    for (_, x), (line, y) in zip(a, b, strict=False):
        if x != y:
            return line
    return b[len(a)][0] if len(b) > len(a) else (b[-1][0] if b else None)


def _snippets(pages: list[Page]) -> list[Problem]:
    shown = {ln.file for page in pages for block in page.blocks for ln in block}
    found = []
    for path in sorted(SNIPPETS.rglob("*.py")):
        if path.resolve() not in shown:
            found.append(Problem(path, None, "no page includes this snippet"))
        for figure in set(figure_files(path)) - set(figures_shown(path)):
            found.append(Problem(figure, None, f"no line of {path.name} shows this figure: run `wiki.py outputs`"))
        for n, text in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if len(text) > MAX_COLUMNS and not text.lstrip().startswith("#>"):
                found.append(Problem(path, n, f"line is {len(text)} columns long (at most {MAX_COLUMNS})"))
    return found


def _title(page: Page) -> list[Problem]:
    """A title is shown as plain text (navigation, browser tab, links to the page): no Markdown in it."""
    if "`" not in str(page.meta.get("title", "")):
        return []
    lines = page.path.read_text(encoding="utf-8").split("\n")
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("title:")), None)
    return [Problem(page.path, line, "the title is shown as plain text: write it without backticks")]


def _descriptions(registry) -> list[Problem]:
    """Every topic says in a line, in each language, what its page teaches (the checklist shows it)."""
    return [
        Problem(registry.path, registry.line_of(topic.id), f"topic {topic.id} has no 'about' line in {lang}", False)
        for topic in registry.topics.values()
        for lang in LANGS
        if not topic.about.get(lang)
    ]


def record_source_hash(translation: Path) -> str:
    """Write the source page's current hash into the translation's front matter; returns the hash."""
    source, page = translation_pair(translation)
    if page is None or source is None or page.path != Path(translation).resolve():
        raise WikiError(translation, None, f"not a translation of a {SOURCE_LANG} page that exists")
    digest = source_hash(source)
    text = page.path.read_text(encoding="utf-8")
    if page.is_notebook:
        notebook = json.loads(text)
        notebook.setdefault("metadata", {}).setdefault("wiki", {})["source_hash"] = digest
        page.path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return digest
    lines = text.split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    for i in range(1, end):
        if lines[i].startswith("source_hash:"):
            lines[i] = f'source_hash: "{digest}"'
            break
    else:
        lines.insert(end, f'source_hash: "{digest}"')
    page.path.write_text("\n".join(lines), encoding="utf-8")
    return digest
