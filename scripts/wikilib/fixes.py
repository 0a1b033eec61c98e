"""`wiki.py check --fix`: repairs that need no judgement. Headings get the id their twin in the other
language has (or one made from their text); a translation's code blocks are restored from its source when
both have the same number of blocks; an include of a snippet that does not exist takes the path the other
language's page includes there, or else the one existing snippet whose path is closest. Prose is never
touched."""

import re
from pathlib import Path

from .checks import Problem
from .layout import LANGS, SNIPPETS, other_lang, rel, sibling
from .markdown import RE_HEADING
from .pages import load_page
from .translations import structure, translation_pair


def fix_problems(problems: list[Problem]) -> list[str]:
    done = []
    for path in sorted({p.path for p in problems if p.error and p.path.suffix == ".md"}):
        messages = [p.message for p in problems if p.path == path]
        if any("has no { #id }" in m for m in messages):
            done += fix_heading_ids(path)
        if any(m.startswith("code blocks differ") for m in messages):
            done += restore_code(path)
        missing = {p.line: p.message for p in problems if p.path == path and p.message.startswith("included snippet")}
        if missing:
            done += fix_missing_includes(path, missing)
    return done


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def fix_heading_ids(path: Path) -> list[str]:
    page = load_page(path)
    twins = [sibling(path, lang) for lang in LANGS if lang != page.lang]
    twin = next((load_page(t) for t in twins if t.exists()), None)
    twin_ids = [hid for _, level, hid, _ in structure(twin).headings if level > 1] if twin else []
    lines = path.read_text(encoding="utf-8").split("\n")
    fixed, n = [], -1
    for line, level, hid, text in structure(page).headings:
        if level == 1:
            continue
        n += 1
        if hid:
            continue
        new_id = (twin_ids[n] if n < len(twin_ids) and twin_ids[n] else None) or _slug(text) or f"section-{n + 1}"
        m = RE_HEADING.match(lines[line - 1])
        lines[line - 1] = f"{m.group(1)} {m.group(2)} {{ #{new_id} }}"
        fixed.append(f"{rel(path)}:{line}: {{ #{new_id} }}")
    path.write_text("\n".join(lines), encoding="utf-8")
    return fixed


RE_MISSING = re.compile(
    r"included snippet '(?P<spec>[^']+)' not found in snippets/(?: \(did you mean '(?P<close>[^']+)'\?\))?"
)


def fix_missing_includes(path: Path, missing: dict[int, str]) -> list[str]:
    """`missing`: page line -> the "included snippet ... not found" message about it."""
    page = load_page(path)
    twin_path = sibling(path, other_lang(page.lang))
    theirs = [spec for _, spec in structure(load_page(twin_path)).includes] if twin_path.exists() else []
    mine = [line for line, _ in structure(page).includes]
    lines = path.read_text(encoding="utf-8").split("\n")
    fixed = []
    for line, message in sorted(missing.items()):
        m = RE_MISSING.match(message)
        if not m or line not in mine:
            continue
        index = mine.index(line)
        twin = theirs[index] if index < len(theirs) else None
        exists = twin and (SNIPPETS / twin.split(":", 1)[0]).is_file()
        new = twin if exists else m["close"]
        if new and new != m["spec"]:
            lines[line - 1] = lines[line - 1].replace(m["spec"], new, 1)
            fixed.append(f"{rel(path)}:{line}: {new}")
    path.write_text("\n".join(lines), encoding="utf-8")
    return fixed


def restore_code(path: Path) -> list[str]:
    source, translation = translation_pair(path)
    if source is None or translation is None or translation.path != Path(path).resolve():
        return []
    want = [target for _, target in structure(source).includes]
    have = structure(translation).includes
    if len(want) != len(have):
        return []
    lines = path.read_text(encoding="utf-8").split("\n")
    fixed = []
    for (line, old), new in zip(have, want, strict=True):
        if old != new:
            lines[line - 1] = lines[line - 1].replace(old, new, 1)
            fixed.append(f"{rel(path)}:{line}: {new}")
    path.write_text("\n".join(lines), encoding="utf-8")
    return fixed
