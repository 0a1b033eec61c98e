"""docs/topics.yml: the registry of every topic (planned ones too), grouped by category, in checklist order."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from . import yamlload
from .errors import WikiError
from .layout import LANGS, TOPICS_FILE


@dataclass(frozen=True)
class Topic:
    id: str
    api: str
    about: dict  # lang -> what the page teaches, in a line (the checklist shows it); may be empty
    category: str


@dataclass(frozen=True)
class Category:
    id: str
    names: dict  # lang -> name
    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class Registry:
    path: Path
    categories: tuple[Category, ...]

    @property
    def topics(self) -> dict[str, Topic]:
        return {t.id: t for c in self.categories for t in c.topics}

    def line_of(self, topic_id: str) -> int | None:
        return _line_of(self.path, topic_id)


def _line_of(path: Path, topic_id: str) -> int | None:
    for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.strip() == f"- id: {topic_id}":
            return i
    return None


def load_registry(path: Path = TOPICS_FILE) -> Registry:
    try:
        data = yamlload.load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise WikiError(path, mark.line + 1 if mark else None, f"bad YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("categories"), list):
        raise WikiError(path, 1, "expected a top-level 'categories:' list")
    categories, seen = [], set()
    for cat in data["categories"]:
        missing = [k for k in ("id", *LANGS, "topics") if k not in cat]
        if missing:
            raise WikiError(path, None, f"category {cat.get('id', '?')} misses {', '.join(missing)}")
        topics = []
        for item in cat["topics"]:
            if not isinstance(item, dict) or "id" not in item or "api" not in item:
                raise WikiError(path, None, f"every topic of category '{cat['id']}' needs an id and an api: {item!r}")
            if item["id"] in seen:
                raise WikiError(path, None, f"topic id '{item['id']}' appears twice")
            seen.add(item["id"])
            about = item.get("about") or {}
            if not isinstance(about, dict) or set(about) - set(LANGS):
                message = f"topic '{item['id']}': about must map {' and '.join(LANGS)} to a line"
                raise WikiError(path, _line_of(path, item["id"]), message)
            topics.append(Topic(item["id"], item["api"], dict(about), cat["id"]))
        categories.append(Category(cat["id"], {lang: cat[lang] for lang in LANGS}, tuple(topics)))
    return Registry(path, tuple(categories))
