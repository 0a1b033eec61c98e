"""The search index's hidden words: the other British or American spelling of a page's English words."""

from wikisite.search import spelling_variants


def test_british_and_american_spellings_find_each_other():
    text = "The behaviour of uninitialised memory; serialization, modelling, labeled data, analyse, centre"
    assert spelling_variants(text) == [
        "analyze",
        "behavior",
        "center",
        "labelled",
        "modeling",
        "serialisation",
        "uninitialized",
    ]


def test_common_words_are_not_turned_into_other_real_words():
    assert spelling_variants("filled calling tensor parameter error installed") == []
