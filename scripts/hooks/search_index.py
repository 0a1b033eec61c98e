"""Search that works for Korean readers, and finds API names first.

- Every page's index entries get the other language's glossary term of each term the page uses, and the
  variants readers type but the wiki avoids: `기울기` finds English pages about gradients, `gradient` Korean ones.
- A topic page's aliases, written as API names (zero-grad -> zero_grad), become its `tags`, the field
  Material boosts most, so that `zero_grad()` finds its own page first.
- The index is split so that each language site searches its own pages (overrides/main.html points the
  English site's search at en/search/).

Korean particles are split off by the separator in mkdocs.yml.
"""

import json
from pathlib import Path

from mkdocs.plugins import event_priority
from wikilib.glossary import load_glossary, pattern
from wikilib.layout import DEFAULT_LANG, LANGS, other_lang, page_url
from wikilib.pages import find_pages, load_page


def with_synonyms(doc: dict, terms) -> dict:
    lang, text = _lang_of(doc), doc["text"]
    other = other_lang(lang)
    lowered = f"{doc['title']}\n{text}".lower()  # a cheap first test: most terms are not in most sections
    found = [
        term
        for term in terms
        if term.words[lang].lower() in lowered
        and (pattern(term.words[lang], lang).search(doc["title"]) or pattern(term.words[lang], lang).search(text))
    ]
    extra = []
    for term in found:
        extra += [term.words[other], *term.avoid[lang], *term.avoid[other]]
    return doc | {"text": " ".join([text, *dict.fromkeys(extra)])}


@event_priority(-200)  # after mkdocs-static-i18n, which writes the index of both languages last
def on_post_build(config):
    """Split the shared index into one per language site (search/ and en/search/), with synonyms."""
    index = Path(config.site_dir, "search", "search_index.json")  # the same site_dir in every language build
    if not index.exists():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    if all(_lang_of(doc) == DEFAULT_LANG for doc in data["docs"]):
        return  # split already
    terms, names = load_glossary(), _api_names()
    docs = [with_synonyms(doc, terms) | {"tags": names.get(doc["location"], [])} for doc in data["docs"]]
    for lang in LANGS:
        prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
        mine = [d | {"location": d["location"][len(prefix) :]} for d in docs if _lang_of(d) == lang]
        target = Path(config.site_dir, prefix, "search", "search_index.json")
        target.parent.mkdir(parents=True, exist_ok=True)
        body = data | {"docs": mine}
        target.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _api_names() -> dict[str, list[str]]:
    """Index location of each topic page -> the names it is known by (its aliases as API names: zero-grad ->
    zero_grad). They go in the `tags` field, which Material boosts most, so that an API name finds its own
    page first; the page's other sections and the front matter's tags get none."""
    names = {}
    for path in find_pages():
        page = load_page(path)
        if page.is_topic_page:
            # "torch-zeros" would boost every page for the query "torch" (Material matches terms as prefixes)
            aliases = [a.replace("-", "_") for a in page.meta.get("aliases", []) if not a.startswith("torch-")]
            names[page_url(path, page.lang)] = aliases
    return names


def _lang_of(doc: dict) -> str:
    return next(
        (lang for lang in LANGS if lang != DEFAULT_LANG and doc["location"].startswith(f"{lang}/")), DEFAULT_LANG
    )
