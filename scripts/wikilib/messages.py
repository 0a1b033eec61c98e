"""The command-line tool's messages in Korean and English (interface.yml); the shell's LANG picks one (English
by default)."""

import os

from .interface import texts

TEXT = texts("cli")


def lang() -> str:
    return "ko" if os.environ.get("LANG", "").lower().startswith("ko") else "en"


def say(key: str, **values) -> str:
    return TEXT[lang()][key].format(**values)
