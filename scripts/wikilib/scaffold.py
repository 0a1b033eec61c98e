"""`wiki.py new`: a topic's two pages from the templates, its first snippet and its registry entry."""

import re
from pathlib import Path

import yaml

from .errors import WikiError
from .layout import DOCS, LANGS, SNIPPETS, TOPICS_FILE, rel
from .registry import load_registry

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def topic_id_for(api: str) -> str:
    """`torch.nn.functional.softmax` -> `nn-functional-softmax`."""
    name = re.sub(r"^torch\.", "", api.strip().strip("`"))
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _yaml_scalar(text: str) -> str:
    """`text` as a YAML scalar, quoted where it must be (an API title such as `train() vs eval(): ...`)."""
    return yaml.safe_dump(text, allow_unicode=True, width=1000).removesuffix("\n...\n").strip()


ABOUT = ['          ko: ""', '          en: ""']  # `wiki.py check` warns until both are written


def _registry_entry(topic_id: str, api: str, category: str) -> str:
    """topics.yml with the topic appended to its category's list."""
    lines = TOPICS_FILE.read_text(encoding="utf-8").split("\n")
    start = next((i for i, t in enumerate(lines) if t.strip() == f"- id: {category}" and t.startswith("  - ")), None)
    if start is None:
        raise WikiError(TOPICS_FILE, None, f"no category '{category}'")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("  - ")), len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    entry = [
        f"      - id: {topic_id}",
        f'        api: "`{api}`"',
        "        about:  # what the page teaches, in a line",
        *ABOUT,
    ]
    return "\n".join(lines[:end] + entry + lines[end:])


def new_topic(api: str, category: str, topic_id: str | None = None) -> list[Path]:
    """Write the files of a new topic; nothing is written if any of them would overwrite something."""
    registry = load_registry()
    categories = {c.id for c in registry.categories}
    if category not in categories:
        raise WikiError(TOPICS_FILE, None, f"unknown category '{category}' (known: {', '.join(sorted(categories))})")
    topic_id = topic_id or topic_id_for(api)
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", topic_id):
        raise WikiError(TOPICS_FILE, None, f"'{topic_id}' is not a topic id (lowercase words joined by '-')")
    known = registry.topics.get(topic_id)
    if known and known.category != category:
        raise WikiError(TOPICS_FILE, registry.line_of(topic_id), f"'{topic_id}' is in category '{known.category}'")
    files = {DOCS / category / f"{topic_id}.{lang}.md": (TEMPLATES / f"page.{lang}.md") for lang in LANGS}
    files[SNIPPETS / category / topic_id / "basics.py"] = TEMPLATES / "snippet.py"
    taken = [rel(p) for p in files if p.exists()]
    if taken:
        raise WikiError(taken[0], None, "already exists: `new` never overwrites a page or snippet")
    registry_text = None if known else _registry_entry(topic_id, api, category)
    written = []
    try:
        for path, template in files.items():
            text = template.read_text(encoding="utf-8").replace("title: {title}", f"title: {_yaml_scalar(api)}")
            for key, value in (("id", topic_id), ("title", api), ("category", category)):
                text = text.replace("{" + key + "}", value)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
        if registry_text is not None:
            TOPICS_FILE.write_text(registry_text, encoding="utf-8")
            written.append(TOPICS_FILE)
    except OSError as exc:
        for path in written:
            if path != TOPICS_FILE:
                path.unlink(missing_ok=True)
        raise WikiError(path, None, f"could not write: {exc}") from None
    return written
