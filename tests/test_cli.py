"""scripts/wiki.py and the library behind it, on small fixture wikis: the contributor's path from `new` to a
page on the checklist, every planted mistake `check` must catch at its file and line, `--fix`, and
translations that turn outdated when their source changes."""

import json
import os
import re
import subprocess
import sys

import pytest
from wikidev.wikitree import copy_site_sources, env_for, make_wiki, run_mkdocs, run_pytest
from wikilib.layout import ROOT

WIKI = [sys.executable, str(ROOT / "scripts" / "wiki.py")]
GLOSSARY = """terms:
  - id: gradient
    ko: 기울기
    en: gradient
    avoid_ko: [변화도]
    avoid_en: [grad vector]
"""


def topic(lang: str, body: str = "", **meta) -> str:
    fields = {"id": "alpha", "title": "torch.alpha", "category": "tensors", "status": "done"} | meta
    front = "\n".join(f"{k}: {v}" for k, v in fields.items())
    heading = {
        "ko": ["요약", "시그니처", "예제", "실수", "장치", "관련"],
        "en": ["Summary", "Signature", "Examples", "Mistakes", "Devices", "Related"],
    }[lang]
    ids = ["summary", "signature", "examples", "pitfalls", "devices", "related"]
    sections = {i: f"## {h} {{ #{i} }}\n" for h, i in zip(heading, ids, strict=True)}
    code = '```python\n--8<-- "alpha/{}.py"\n```\n'
    sections["examples"] += "\n" + code.format("one") + "\n" + code.format("two")
    sections["pitfalls"] += "\n" + code.format("three") + "\n1.  " + ("주석" if lang == "ko" else "note") + "\n"
    sections["related"] += "\n- [[beta]]\n"
    return f"---\n{front}\n---\n\n# torch.alpha\n\n{body or ('본문' if lang == 'ko' else 'Prose')}\n\n" + "\n".join(
        sections.values()
    )


SNIPPETS = {
    "alpha/one.py": "print(1)\n#> 1\n",
    "alpha/two.py": "print(2)\n#> 2\n",
    "alpha/three.py": "print(3)  # (1)!\n#> 3\n",
}


def wiki(tmp_path, pages=None, snippets=None, topics=("alpha", "beta")):
    pages = pages if pages is not None else {"tensors/alpha.ko.md": topic("ko"), "tensors/alpha.en.md": topic("en")}
    root = make_wiki(tmp_path, pages, SNIPPETS if snippets is None else snippets, list(topics))
    (root / "docs" / "glossary.yml").write_text(GLOSSARY, encoding="utf-8")
    return root


def cli(root, *args, lang="en") -> tuple[int, str]:
    env = env_for(root) | {"LANG": "ko_KR.UTF-8" if lang == "ko" else "C.UTF-8"}
    proc = subprocess.run([*WIKI, *args], cwd=root, env=env, capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


def test_a_clean_wiki_passes_check(tmp_path):
    root = wiki(tmp_path)
    cli(root, "translated", "docs/tensors/alpha.en.md")
    rc, out = cli(root, "check")
    assert rc == 0 and "0 error(s), 0 warning(s)" in out, out
    rc, out = cli(root, "check", lang="ko")
    assert "오류 0개, 경고 0개" in out, out


BAD = {
    "bad front matter": (
        {"tensors/alpha.ko.md": topic("ko", colour="red")},
        "docs/tensors/alpha.ko.md:6: unknown front matter key 'colour'",
    ),
    "bad status": (
        {"tensors/alpha.ko.md": topic("ko", status="finished")},
        "docs/tensors/alpha.ko.md:5: front matter 'status': Input should be 'draft', 'review' or 'done'",
    ),
    "unknown wiki link": (
        {"tensors/alpha.en.md": topic("en").replace("[[beta]]", "[[gamma]]")},
        "docs/tensors/alpha.en.md:38: wiki link [[gamma]]: no topic or alias 'gamma'",
    ),
    "unknown anchor": (
        {"tensors/alpha.en.md": topic("en").replace("[[beta]]", "[[alpha#nowhere|here]]")},
        "docs/tensors/alpha.en.md:38: wiki link [[alpha#nowhere]]: the page of 'alpha' has no heading #nowhere",
    ),
    "missing code block": (
        {"tensors/alpha.en.md": topic("en").replace('```python\n--8<-- "alpha/two.py"\n```\n', "")},
        "docs/tensors/alpha.en.md:26: code blocks differ from docs/tensors/alpha.ko.md",
    ),
    "extra code block": (
        {"tensors/alpha.en.md": topic("en").replace("Prose", '```python\n--8<-- "alpha/one.py"\n```')},
        "docs/tensors/alpha.en.md:21: code blocks differ from docs/tensors/alpha.ko.md",
    ),
    "heading id differs": (
        {"tensors/alpha.en.md": topic("en").replace("{ #devices }", "{ #gpu }")},
        "docs/tensors/alpha.en.md:34: heading ids differ from docs/tensors/alpha.ko.md: #gpu where the source has "
        "#devices",
    ),
    "annotation missing": (
        {"tensors/alpha.en.md": topic("en").replace("1.  note", "")},
        "docs/tensors/alpha.en.md:28: this code block has 0 annotations, the source's has 1",
    ),
    "avoided glossary term": (
        {"tensors/alpha.ko.md": topic("ko", body="변화도를 구합니다. `변화도` 는 코드라서 괜찮습니다.")},
        "docs/tensors/alpha.ko.md:10: '변화도' is an avoided term: the glossary says '기울기'",
    ),
    "include of a missing snippet": (
        {"tensors/alpha.ko.md": topic("ko").replace("alpha/one.py", "alpha/none.py")},
        "docs/tensors/alpha.ko.md:19: included snippet 'alpha/none.py' not found in snippets/",
    ),
    "mistyped include": (
        {"tensors/alpha.ko.md": topic("ko").replace("alpha/one.py", "alpha/onee.py")},
        "docs/tensors/alpha.ko.md:19: included snippet 'alpha/onee.py' not found in snippets/ "
        "(did you mean 'alpha/one.py'?)",
    ),
    "page missing from topics.yml": (
        {"tensors/delta.ko.md": topic("ko", id="delta").replace("alpha/", "delta/")},
        "docs/tensors/delta.ko.md:2: unknown topic id 'delta': add it to docs/topics.yml first",
    ),
    "cuda_only names a snippet the page does not show": (
        {"tensors/alpha.ko.md": topic("ko", cuda_only='{"alpha/nine.py": "GPU"}')},
        "docs/tensors/alpha.ko.md:6: cuda_only names 'alpha/nine.py', which this page does not include",
    ),
    "cuda_only differs between languages": (
        {"tensors/alpha.ko.md": topic("ko", cuda_only='{"alpha/two.py": "GPU"}')},
        "docs/tensors/alpha.en.md:1: cuda_only lists [], not ['alpha/two.py'] as docs/tensors/alpha.ko.md does",
    ),
    "title with backticks": (
        {"tensors/alpha.en.md": topic("en", title="'`torch.alpha`'")},
        "docs/tensors/alpha.en.md:3: the title is shown as plain text: write it without backticks",
    ),
    "heading without id": (
        {"tensors/alpha.en.md": topic("en").replace("## Devices { #devices }", "## Devices")},
        "docs/tensors/alpha.en.md:34: heading 'Devices' has no { #id }",
    ),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_check_finds_each_planted_mistake_at_its_line(tmp_path, case):
    changed, expected = BAD[case]
    pages = {"tensors/alpha.ko.md": topic("ko"), "tensors/alpha.en.md": topic("en")} | changed
    delta = {"delta/" + k.split("/")[1]: v for k, v in SNIPPETS.items()} if "tensors/delta.ko.md" in pages else {}
    root = wiki(tmp_path, pages, SNIPPETS | delta)
    rc, out = cli(root, "check")
    assert rc == 1, out
    assert expected in out, out
    rc, out = cli(root, "check", lang="ko")  # the same problem at the same place, said in Korean
    where = expected.split(": ", 1)[0] + ": "
    said = next((ln.removeprefix(where) for ln in out.splitlines() if ln.startswith(where)), "")
    assert rc == 1 and re.search("[가-힣]", said) and not said.startswith(expected.split(": ", 1)[1]), out


@pytest.mark.parametrize("twin", [True, False], ids=["from the other language", "closest snippet"])
def test_check_fix_repairs_a_mistyped_include(tmp_path, twin):
    pages = {"tensors/alpha.ko.md": topic("ko").replace("alpha/two.py", "alpha/tow.py")}
    if twin:
        pages["tensors/alpha.en.md"] = topic("en")
    root = wiki(tmp_path, pages)
    rc, out = cli(root, "check", "--fix")
    assert "fixed: docs/tensors/alpha.ko.md:23: alpha/two.py" in out, out
    assert '--8<-- "alpha/two.py"' in (root / "docs/tensors/alpha.ko.md").read_text(encoding="utf-8")
    assert "not found" not in out, out


def test_check_fix_restores_heading_ids_and_code_blocks(tmp_path):
    en = topic("en").replace("## Devices { #devices }", "## On a GPU").replace("alpha/two.py", "alpha/one.py")
    root = wiki(tmp_path, {"tensors/alpha.ko.md": topic("ko"), "tensors/alpha.en.md": en})
    rc, out = cli(root, "check", "--fix")
    assert rc == 0, out
    fixed = (root / "docs/tensors/alpha.en.md").read_text(encoding="utf-8")
    assert "## On a GPU { #devices }" in fixed and '--8<-- "alpha/two.py"' in fixed
    assert "fixed: docs/tensors/alpha.en.md:34: { #devices }" in out


def test_new_quotes_a_title_that_yaml_would_misread(tmp_path):
    root = wiki(tmp_path)
    rc, out = cli(root, "new", "train() vs eval(): modes", "--category", "tensors", "--id", "modes")
    assert rc == 0, out
    assert "title: 'train() vs eval(): modes'" in (root / "docs/tensors/modes.en.md").read_text(encoding="utf-8")
    rc, out = cli(root, "check")
    about = "warning: topic modes has no 'about' line in"  # left for the writer, with the rest of the page
    assert [ln for ln in out.splitlines() if "modes" in ln and about not in ln] == [], out


def test_new_then_outputs_then_check_then_test_gives_a_draft_page(tmp_path):
    root = wiki(tmp_path)
    cli(root, "translated", "docs/tensors/alpha.en.md")
    rc, out = cli(root, "new", "torch.zeros_like", "--category", "tensors")
    assert rc == 0, out
    assert "docs/tensors/zeros-like.ko.md" in out and "Next steps" in out
    assert "- id: zeros-like" in (root / "docs/topics.yml").read_text(encoding="utf-8")
    rc, out = cli(root, "new", "torch.zeros_like", "--category", "tensors")
    assert rc == 1 and "already exists" in out
    rc, out = cli(root, "outputs", "zeros-like")
    assert rc == 0, out
    assert "#> torch.Size([2, 3]) torch.float32" in (root / "snippets/tensors/zeros-like/basics.py").read_text()
    rc, out = cli(root, "check")
    assert rc == 0, out
    rc, out = run_pytest(root)
    assert rc == 0, out
    rc, out = cli(root, "status", "--json")
    rows = {r["id"]: r for r in json.loads(out)["topics"]}
    assert rows["zeros-like"]["status"] == {"ko": "draft", "en": "draft"}
    copy_site_sources(root)
    rc, out = run_mkdocs(root)
    assert rc == 0, out
    status = json.loads((root / "site" / "status.json").read_text(encoding="utf-8"))
    assert {t["id"]: t["status"] for t in status["topics"]}["zeros-like"] == {"ko": "draft", "en": "draft"}
    assert (root / "site/en/tensors/zeros-like/index.html").exists()


def test_editing_the_source_marks_the_translation_outdated_until_recorded(tmp_path):
    root = copy_site_sources(wiki(tmp_path))
    cli(root, "translated", "docs/tensors/alpha.en.md")

    def built() -> tuple[dict, str]:
        rc, out = run_mkdocs(root)
        assert rc == 0, out
        status = json.loads((root / "site" / "status.json").read_text(encoding="utf-8"))
        return status["topics"][0]["outdated"], (root / "site/en/tensors/alpha/index.html").read_text()

    outdated, html = built()
    assert outdated == {"ko": False, "en": False} and "The original has changed" not in html
    ko = root / "docs/tensors/alpha.ko.md"
    ko.write_text(ko.read_text(encoding="utf-8").replace("본문", "고친 본문"), encoding="utf-8")
    outdated, html = built()
    assert outdated == {"ko": False, "en": True}
    assert "The original has changed since this translation" in html and 'href="../../../tensors/alpha/"' in html
    rc, out = cli(root, "check")
    assert rc == 0 and "docs/tensors/alpha.en.md:1: warning: outdated" in out, out
    cli(root, "translated", "docs/tensors/alpha.en.md")
    outdated, html = built()
    assert outdated["en"] is False and "The original has changed" not in html


def test_wiki_links_resolve_by_id_and_alias_with_backlinks(tmp_path):
    beta = topic("ko", id="beta", title="torch.beta", aliases="[b-alias]").replace("[[beta]]", "[[alpha|알파 보기]]")
    pages = {
        "topics.ko.md": "---\ntitle: 목록\n---\n\n# 목록\n\n<!-- wiki:checklist -->\n",
        "tensors/alpha.ko.md": topic("ko").replace("[[beta]]", "[[b-alias]] [[gamma-planned]]"),
        "tensors/beta.ko.md": beta.replace("alpha/", "beta/"),
    }
    snippets = SNIPPETS | {"beta/" + k.split("/")[1]: v for k, v in SNIPPETS.items()}
    root = copy_site_sources(wiki(tmp_path, pages, snippets, topics=("alpha", "beta", "gamma-planned")))
    rc, out = run_mkdocs(root)
    assert rc == 0, out
    alpha = (root / "site/tensors/alpha/index.html").read_text(encoding="utf-8")
    assert '<a href="../beta/">torch.beta</a>' in alpha
    assert '<a href="../../topics/#gamma-planned">gamma-planned (준비 중)</a>' in alpha
    beta_html = (root / "site/tensors/beta/index.html").read_text(encoding="utf-8")
    assert '<a href="../alpha/">알파 보기</a>' in beta_html
    assert "이 페이지를 링크한 페이지" in beta_html and '<a href="../alpha/">torch.alpha</a>' in beta_html


def test_a_build_fails_on_an_unknown_wiki_link(tmp_path):
    pages = {"tensors/alpha.ko.md": topic("ko").replace("[[beta]]", "[[nowhere]]")}
    root = copy_site_sources(wiki(tmp_path, pages))
    rc, out = run_mkdocs(root)
    assert rc != 0 and "docs/tensors/alpha.ko.md:38: wiki link [[nowhere]]" in out, out


def test_help_comes_from_docstrings():
    out = subprocess.run([*WIKI, "check", "--help"], capture_output=True, text=True, env=dict(os.environ)).stdout
    assert "Check every page, snippet and translation without running any code" in out
