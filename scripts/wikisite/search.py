"""The search index of each language site, made from the index of both that the generator wrote.

Every entry keeps what the reader sees (title, text) and gains fields that are searched but never shown,
each weighed as what it stands for: `heading` (weighed as a title) and `keywords` (as text) hold the other
language's glossary term of each term the title or text uses (`기울기` finds English pages about gradients,
`gradient` Korean ones) and the other British or American spelling of its English words (`serialisation`
finds `serialization`), `keywords` also the variants the wiki avoids; `about` what a concept page's topic
teaches, from the registry (plain-words queries); `errors` the exception messages a section's code prints,
from the error index (pasted messages). A concept page's aliases, as API names (zero-grad -> zero_grad),
become its `tags`; the overview pages (glossary, run status, checklist) weigh less than the concept pages
that explain what they list. The weights were set with benchmarks/search_quality.py."""

import re

from wikilib.glossary import Term, pattern
from wikilib.layout import DEFAULT_LANG, LANGS, other_lang, page_url

from .snapshot import Snapshot

# Errors and about weigh less than a title, more than text: a pasted message is many words, each of which
# also matches titles; an about line's common words must not outweigh a message the text shows whole.
HIDDEN_FIELDS = {
    "heading": {"boost": 1000.0},
    "errors": {"boost": 300.0},
    "about": {"boost": 200.0},
    "keywords": {"boost": 1.0},
}
# Query words match as prefixes, so with Material's weight for tags (10^6) a word that begins any alias put
# that page first whatever the other words said: tags weigh as much as a title instead.
TAGS = {"boost": 1000.0}
OVERVIEW_BOOST = 0.3  # glossary, run status, checklist: found, but after the pages that explain
OVERVIEW_PAGES = ("glossary/", "status/", "topics/")

# British <-> American. Suffix rules where the British form is distinctive (a variant that is no English word,
# such as "promize" from "promise", does no harm: nobody searches for it); word pairs where the rule, read the
# other way, would turn common words into real other ones ("filled" -> "filed").
SPELLING_RULES = [
    (re.compile(r"(\w{3,})is(e|es|ed|ing|er|ers|ation|ations)$"), r"\1iz\2"),
    (re.compile(r"(\w{3,})iz(e|es|ed|ing|er|ers|ation|ations)$"), r"\1is\2"),
    (re.compile(r"(\w+)ys(e|es|ed|ing)$"), r"\1yz\2"),
    (re.compile(r"(\w+)yz(e|es|ed|ing)$"), r"\1ys\2"),
    (re.compile(r"(\w{2,})our(s|ed|ing|al)?$"), r"\1or\2"),
    (re.compile(r"(\w+)tre(s)?$"), r"\1ter\2"),
    (re.compile(r"(\w+)ogue(s)?$"), r"\1og\2"),
]
BRITISH = {
    american: british
    for stem in ("model", "label", "cancel", "travel", "signal", "channel", "level", "fuel")
    for american, british in ((stem + "ed", stem + "led"), (stem + "ing", stem + "ling"))
} | {
    "behavior": "behaviour",
    "behaviors": "behaviours",
    "color": "colour",
    "colors": "colours",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "favor": "favour",
    "center": "centre",
    "meter": "metre",
    "liter": "litre",
    "fiber": "fibre",
    "catalog": "catalogue",
    "dialog": "dialogue",
}
AMERICAN = {british: american for american, british in BRITISH.items()}
RE_WORD = re.compile(r"[a-z]{5,}")


def spelling_variants(text: str) -> list[str]:
    """The other spelling of each English word of `text` that has one, without repeats."""
    found: dict[str, None] = {}
    for word in set(RE_WORD.findall(text.lower())):
        others = [rule.sub(repl, word) for rule, repl in SPELLING_RULES]
        others += [BRITISH.get(word, word), AMERICAN.get(word, word)]
        found.update(dict.fromkeys(o for o in others if o != word))
    return sorted(found)


def search_indexes(index: dict, snap: Snapshot) -> dict[str, dict]:
    """Prefix of each language site ('' or 'en/') -> its own search index, from the index of both."""
    names, about, errors = _api_names(snap), _about(snap), _errors(snap)
    docs = [
        doc
        | {"heading": _related(doc["title"], lang_of(doc), snap.terms, avoided=False)}
        | {"about": _related_about(about.get(doc["location"], ""), lang_of(doc), snap.terms)}
        | {"errors": " ".join(errors.get(doc["location"], []))}
        | {"keywords": _related(doc["text"], lang_of(doc), snap.terms)}
        | {"tags": names.get(doc["location"], [])}
        | _boost(doc)
        for doc in index["docs"]
    ]
    config = index["config"] | {"fields": index["config"]["fields"] | {"tags": TAGS} | HIDDEN_FIELDS}
    found = {}
    for lang in LANGS:
        prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
        mine = [d | {"location": d["location"][len(prefix) :]} for d in docs if lang_of(d) == lang]
        # English drops its stop words ("the", "a", "to"): they otherwise match every title that has them, at
        # a title's weight. Not the trimmer, which strips Hangul (the twin terms) as non-word characters.
        mine_config = config | ({"pipeline": ["stopWordFilter"]} if lang == "en" else {})
        found[prefix] = index | {"config": mine_config, "docs": mine}
    return found


def _related_about(about: str, lang: str, terms: tuple[Term, ...]) -> str:
    return f"{about} {_related(about, lang, terms)}".strip()


def _related(text: str, lang: str, terms: tuple[Term, ...], avoided: bool = True) -> str:
    """What a reader may type for `text` without its words being there: the glossary twin of each term it
    uses (and the variants the wiki avoids, which weigh no more than text), the other spelling of its English
    words."""
    lowered = text.lower()  # a cheap first test: most terms are not in most sections
    found = [t for t in terms if t.words[lang].lower() in lowered and pattern(t.words[lang], lang).search(text)]
    extra = []
    for term in found:
        extra += [term.words[other_lang(lang)], *(term.avoid[lang] if avoided else ())]
    extra += spelling_variants(text)
    return " ".join(dict.fromkeys(extra))


def _boost(doc: dict) -> dict:
    location = doc["location"].removeprefix("en/")
    return {"boost": OVERVIEW_BOOST} if location.startswith(OVERVIEW_PAGES) else {}


def _about(snap: Snapshot) -> dict[str, str]:
    """Index location of each concept page -> what its topic teaches, in the page's language."""
    found = {}
    for path, page in snap.pages.items():
        topic = snap.registry.topics.get(page.meta.get("id", "")) if page.is_topic_page else None
        if topic:
            found[page_url(path, page.lang)] = topic.about.get(page.lang, "").replace("`", "")
    return found


def _errors(snap: Snapshot) -> dict[str, list[str]]:
    """Index location of each section -> the exception messages its code prints, as printed."""
    found: dict[str, list[str]] = {}
    for entry in snap.errors:
        for shown in entry.shown:
            location = page_url(shown.page.path, shown.page.lang) + (f"#{shown.section}" if shown.section else "")
            if entry.examples[0] not in found.setdefault(location, []):
                found[location].append(entry.examples[0])
    return found


def _api_names(snap: Snapshot) -> dict[str, list[str]]:
    """Index location of each topic page -> its aliases as API names (zero-grad -> zero_grad). Material matches
    query terms as prefixes and boosts tags most, so aliases starting with "torch" ("torch-zeros",
    "torchscript") are left out: they would put their page first for every query with "torch" in it."""
    return {
        page_url(path, page.lang): [
            a.replace("-", "_") for a in page.meta.get("aliases", []) if not a.startswith("torch")
        ]
        for path, page in snap.pages.items()
        if page.is_topic_page
    }


def lang_of(doc: dict) -> str:
    """The language site a search entry belongs to, from its location."""
    return next(
        (lang for lang in LANGS if lang != DEFAULT_LANG and doc["location"].startswith(f"{lang}/")), DEFAULT_LANG
    )
