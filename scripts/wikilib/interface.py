"""The interface text of the site and the CLI in each language, from one data file (interface.yml, beside this
module): labels, banners, badges, notes and messages, each key with its Korean and English side by side."""

from functools import cache
from pathlib import Path

import yaml

from .layout import LANGS

INTERFACE_FILE = Path(__file__).with_name("interface.yml")


@cache
def _load() -> dict:
    return yaml.safe_load(INTERFACE_FILE.read_text(encoding="utf-8"))


def entries(section: str) -> list[dict]:
    """The items of a section of interface.yml that is a list."""
    return _load()[section]


def texts(section: str) -> dict[str, dict]:
    """Language -> {key: text} of one section of interface.yml."""
    return {lang: {key: value[lang] for key, value in _load()[section].items()} for lang in LANGS}
