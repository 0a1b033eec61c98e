"""The real wiki passes every rule of `wiki.py check` (scripts/wikilib/checks.py, tested on fixture wikis in
test_cli.py), in its strict form as CI runs it: fixed sections with explicit ids, translations that change
prose and never code or structure, registered topics, every snippet shown and at most 88 columns wide, no
avoided glossary term, no unknown wiki link. (An outdated translation is only a warning: translations may
lag behind their source, and the site says so on the page.)"""

from wikilib.checks import run_checks


def test_the_wiki_passes_check_strictly():
    problems = run_checks(strict=True)
    errors = [str(p) for p in problems if p.error]
    assert not errors, "\n".join(errors)
