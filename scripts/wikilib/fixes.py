"""`wiki.py check --fix`: repairs that need no judgement. Headings get the id their twin in the other
language has (or one made from their text); a translation's code blocks are restored from its source when
both have the same number of blocks. Prose is never touched."""

import re
from pathlib import Path

from .checks import Problem
from .layout import LANGS, rel, sibling
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
