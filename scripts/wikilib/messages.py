"""The command-line tool's messages in Korean and English (interface.yml); the shell's LANG picks one (English
by default). Problems keep one English wording in the code; `localize` gives their Korean form."""

import os
import re
from functools import cache

from .interface import entries, texts

TEXT = texts("cli")
RE_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def lang() -> str:
    return "ko" if os.environ.get("LANG", "").lower().startswith("ko") else "en"


def say(key: str, **values) -> str:
    return TEXT[lang()][key].format(**values)


@cache
def _problems() -> list[tuple[re.Pattern, str]]:
    found = []
    for entry in entries("cli_problems"):
        parts = RE_PLACEHOLDER.split(entry["en"])  # text, name, text, name, ..., text
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)" for i, p in enumerate(parts))
        found.append((re.compile(pattern, re.S), entry["ko"]))
    return found


def localize(message: str) -> str:
    """`message` in the reader's language: its Korean form where LANG asks for Korean and interface.yml has one."""
    if lang() != "ko":
        return message
    for pattern, korean in _problems():
        if m := pattern.fullmatch(message):
            values = {name: localize(value) for name, value in m.groupdict().items()}
            return RE_PLACEHOLDER.sub(lambda p, values=values: values[p.group(1)], korean)
    return message
