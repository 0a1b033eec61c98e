"""The built site, checked as a reader would find it: languages, pages, checklist data, notebooks, banners,
and build errors for bad input (fixture wikis built with the real mkdocs.yml and the wiki's plugin)."""

import gzip
import json
import re
import subprocess
import sys

import pytest
from wikidev.wikitree import copy_site_sources, env_for, make_wiki, page, run_mkdocs
from wikilib.evidence import program_hash
from wikilib.layout import DOCS, ROOT
from wikilib.registry import load_registry

FIVE = ["tensor-empty", "tensor-tensor", "tensor-from-numpy", "tensor-as-tensor", "tensor-clone-detach"]


@pytest.fixture(scope="module")
def site(built_site):
    return built_site


def read(path) -> str:
    """A built file's text, without the line-break hints inside inline code (wikisite.rendered.breakable_code)."""
    return path.read_text(encoding="utf-8").replace("<wbr>", "")


def test_languages_at_root_and_en(site):
    assert '<html lang="ko"' in read(site / "index.html")
    assert '<html lang="en"' in read(site / "en" / "index.html")


@pytest.mark.parametrize("topic", FIVE)
def test_topic_in_both_languages_with_switch_to_same_page(site, topic):
    ko, en = site / "tensors" / topic / "index.html", site / "en" / "tensors" / topic / "index.html"
    assert f'href="../../en/tensors/{topic}/" hreflang="en"' in read(ko)
    assert f'href="../../../tensors/{topic}/" hreflang="ko"' in read(en)


def test_status_json_lists_every_topic(site):
    data = json.loads(read(site / "status.json"))
    registry = load_registry()
    assert [t["id"] for t in data["topics"]] == list(registry.topics)
    by_id = {t["id"]: t for t in data["topics"]}
    for topic in FIVE:
        assert by_id[topic]["status"] == {"ko": "done", "en": "done"}
        assert by_id[topic]["url"] == {"ko": f"tensors/{topic}/", "en": f"en/tensors/{topic}/"}
    more = [t for t in data["topics"] if t["category"] == "more"]
    assert len(more) == 10 and all(t["status"] == {"ko": "done", "en": "done"} for t in more), more
    assert set(data["topics"][0]) == {
        "id",
        "api",
        "category",
        "status",
        "outdated",
        "tested",
        "devices",
        "only",
        "url",
        "runs",
    }
    for topic in FIVE:
        assert set(by_id[topic]["runs"]) == {"ko", "en"}
        assert set(by_id[topic]["runs"]["ko"]) == {"cpu", "cuda"}


def test_cuda_only_examples_say_why_on_the_page_and_are_listed(site):
    snippet = "nn/nn-register-buffer/cuda_plain_attribute.py"
    assert "GPU에서만 실행하는 예제" in read(site / "nn" / "nn-register-buffer" / "index.html")
    assert "This example runs only on a GPU" in read(site / "en" / "nn" / "nn-register-buffer" / "index.html")
    assert snippet in read(site / "status" / "index.html")
    assert "GPU 전용 예제 1개는 CPU에서 실행하지 않음" in read(site / "topics" / "index.html")
    row = next(t for t in json.loads(read(site / "status.json"))["topics"] if t["id"] == "nn-register-buffer")
    assert set(row["only"]) == {"ko", "en"} and snippet in row["only"]["en"]["cuda"]


def test_checklist_has_a_table_per_category_in_the_readers_language(site):
    registry = load_registry()
    about = registry.topics["tensor-empty"].about
    html, en = read(site / "topics" / "index.html"), read(site / "en" / "topics" / "index.html")
    assert html.count('<table class="wiki-stack">') == len(registry.categories)
    assert html.count('<tr id="') == len(registry.topics)  # one row per topic, both languages in it
    assert 'href="../tensors/tensor-empty/"' in html and "전체 진행률" in html
    assert about["ko"] in html and about["en"] not in html
    assert about["en"] in en and about["ko"] not in en and "Overall progress" in en
    assert html.count('role="progressbar"') == 4 * (len(registry.categories) + 1)


def test_run_status_and_glossary_list_each_topic_and_term_once(site):
    for prefix in ("", "en/"):
        status = read(site / prefix / "status" / "index.html")
        rows = re.findall(r'<tr id="([^"]+)">', status)
        assert len(rows) == len(set(rows)) == len(load_registry().topics)
        glossary = read(site / prefix / "glossary" / "index.html")
        terms = re.findall(r'<tr id="([^"]+)">', glossary)
        assert len(terms) == len(set(terms)) >= 50


def test_notebook_is_rendered_with_a_download(site):
    for prefix in ("", "en/"):
        html = read(site / prefix / "guides" / "first-steps" / "index.html")
        assert '"cell_type"' not in html and "jp-Cell" in html
        assert re.search(r'href="[^"]*first-steps\.(ko|en)\.ipynb" download', html)


# Fixture wikis ---------------------------------------------------------------------------------------------

CODE = '```python\n--8<-- "tensors/{0}/a.py"\n```\n'
BASE_PAGES = {
    "index.ko.md": "# 홈 { #home }\n",
    "index.en.md": "# Home { #home }\n",
    "topics.ko.md": "# 목록 { #topics }\n\n<!-- wiki:checklist -->\n",
    "topics.en.md": "# List { #topics }\n\n<!-- wiki:checklist -->\n",
    "status.ko.md": "# 실행 기록 { #status }\n\n<!-- wiki:evidence -->\n",
    "status.en.md": "# Run status { #status }\n\n<!-- wiki:evidence -->\n",
}


def fixture_wiki(tmp_path, pages: dict, snippets: dict | None = None) -> tuple[int, str]:
    snippets = {f"tensors/{t}/a.py": "print(1)\n#> 1\n" for t in ("ko-only", "en-only")} | (snippets or {})
    root = make_wiki(tmp_path, BASE_PAGES | pages, snippets, ["ko-only", "en-only"])
    (root / "docs" / "guides").mkdir(exist_ok=True)
    return run_mkdocs(copy_site_sources(root))


def test_one_language_pages_get_a_banner_in_the_other(tmp_path):
    rc, out = fixture_wiki(
        tmp_path,
        {
            "tensors/ko-only.ko.md": page("ko-only", "한국어 본문\n\n" + CODE.format("ko-only"), title="한국어만"),
            "tensors/en-only.en.md": page("en-only", "English body\n\n" + CODE.format("en-only"), title="English only"),
        },
    )
    assert rc == 0, out
    en_fallback = read(tmp_path / "site" / "en" / "tensors" / "ko-only" / "index.html")
    assert "Not translated yet" in en_fallback and 'href="../../../tensors/ko-only/"' in en_fallback
    assert "한국어 본문" in en_fallback
    ko_fallback = read(tmp_path / "site" / "tensors" / "en-only" / "index.html")
    assert "아직 번역되지 않은 문서" in ko_fallback and 'href="../../en/tensors/en-only/"' in ko_fallback
    assert "English body" in ko_fallback
    assert "Not translated yet" not in read(tmp_path / "site" / "tensors" / "ko-only" / "index.html")
    status = {t["id"]: t["status"] for t in json.loads(read(tmp_path / "site" / "status.json"))["topics"]}
    assert status == {"ko-only": {"ko": "done", "en": "missing"}, "en-only": {"ko": "missing", "en": "done"}}


@pytest.mark.parametrize(
    "pages, message",
    [
        ({"topics.ko.md": "# x { #x }\n\n<!-- wiki:nosuch -->\n"}, "topics.ko.md:3: unknown marker 'wiki:nosuch'"),
        ({"tensors/ko-only.ko.md": page("not-registered", "x")}, "ko-only.ko.md:2: unknown topic id 'not-registered'"),
        ({"tensors/ko-only.ko.md": "---\ntitle: no id\n---\n\n# x\n"}, "ko-only.ko.md:1: front matter misses 'id'"),
        (
            {"tensors/ko-only.ko.md": page("ko-only", "x", status="finished")},
            "ko-only.ko.md:5: front matter 'status': Input should be 'draft', 'review' or 'done'",
        ),
        ({"tensors/ko-only.ko.md": page("ko-only", CODE.format("nope"))}, "ko-only.ko.md:11: included snippet"),
        (
            {"tensors/ko-only.ko.md": page("ko-only", "x\n\n<!-- wiki:checklst -->")},
            "ko-only.ko.md:12: unknown marker 'wiki:checklst'",
        ),
        ({"tensors/no-lang.md": page("ko-only", "x")}, "page names end in a language"),
        (
            {"guides/contributing.ko.md": "# x { #x }\n\n<!-- wiki:contributing -->\n"},
            "contributing.ko.md:3: CONTRIBUTING.ko.md is missing",
        ),
    ],
)
def test_bad_input_fails_the_build_and_check_alike(tmp_path, pages, message):
    rc, out = fixture_wiki(tmp_path, pages)
    assert rc != 0 and message in out, out
    assert not (tmp_path / "site" / "status.json").exists()
    check = [sys.executable, str(ROOT / "scripts" / "wiki.py"), "check"]
    proc = subprocess.run(check, cwd=tmp_path, env=env_for(tmp_path), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and message in proc.stdout + proc.stderr, proc.stdout + proc.stderr


def test_docs_tree_has_no_stray_files():
    allowed = {".md", ".ipynb", ".yml"}
    stray = [p for p in DOCS.rglob("*") if p.is_file() and p.suffix not in allowed and p.parent != DOCS / "assets"]
    assert not stray, "unexpected files in docs/"


def evidence_entry(page_path: str, device: str, source: str, **fields) -> dict:
    entry = {"id": f"{page_path}::{device}", "page": page_path, "device": device, "status": "passed"}
    entry |= {"program_hash": program_hash(source), "torch": "2.13.0+cpu", "ran_at": "2026-11-20T10:00:00Z"}
    return entry | fields


def test_pages_show_when_their_current_code_ran(tmp_path):
    code = "import torch\n\nx = torch.tensor(torch.ones(1))\nprint(1)\n#> 1\n"
    pages = {
        "tensors/ko-only.ko.md": page("ko-only", "본문\n\n" + CODE.format("ko-only") + "\n1.  주석\n\n다음 문단\n"),
        "tensors/ko-only.en.md": page("ko-only", "Body\n\n" + CODE.format("ko-only") + "\n1.  note\n\nNext\n"),
        "tensors/en-only.en.md": page("en-only", "Body\n\n" + CODE.format("en-only")),
    }
    warning = {"category": "UserWarning", "message": "To copy construct", "snippet": "snippets/tensors/ko-only/a.py:3"}
    evidence = [
        evidence_entry("docs/tensors/ko-only.ko.md", "cpu", code, warnings=[warning]),
        evidence_entry("docs/tensors/ko-only.en.md", "cpu", code, warnings=[warning]),
        evidence_entry("docs/tensors/ko-only.ko.md", "cuda", code, torch="2.11.0+cu130", gpu="NVIDIA H100 80GB HBM3"),
        evidence_entry("docs/tensors/en-only.en.md", "cpu", "older code\n"),
    ]
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "runs.json").write_text(json.dumps({"version": 2, "items": evidence}), encoding="utf-8")
    rc, out = fixture_wiki(tmp_path, pages, {"tensors/ko-only/a.py": code})
    assert rc == 0, out
    ko = read(tmp_path / "site" / "tensors" / "ko-only" / "index.html")
    badge = re.search(r'<a class="wiki-evidence" href="([^"]+)"[^>]*>([^<]+)</a>', ko)
    assert badge.groups() == (
        "../../status/#ko-only",
        "CPU ✓ torch 2.13.0 · 2026-11-20 · CUDA ✓ torch 2.11.0 (H100) · 2026-11-20",
    )
    assert ko.index("주석") < ko.index("이 코드를 실행하면 경고가 납니다") < ko.index("다음 문단")
    assert "UserWarning: To copy construct" in ko
    en = read(tmp_path / "site" / "en" / "tensors" / "ko-only" / "index.html")
    assert "CPU ✓ torch 2.13.0 · 2026-11-20 · CUDA: not yet verified" in en and "This code raises a warning" in en
    stale = read(tmp_path / "site" / "en" / "tensors" / "en-only" / "index.html")
    assert "CPU: not yet verified · CUDA: not yet verified" in stale
    status = read(tmp_path / "site" / "status" / "index.html")
    assert 'id="ko-only"' in status and "✓ torch 2.11.0 (H100) · 2026-11-20" in status


def test_concept_pages_offer_their_code_markdown_and_llms_txt(site):
    for prefix in ("", "en/"):
        folder = site / prefix / "tensors" / "tensor-empty"
        script = (folder / "tensor-empty.py").read_text(encoding="utf-8")
        notebook = json.loads((folder / "tensor-empty.ipynb").read_text(encoding="utf-8"))
        assert "torch.empty" in script and "#>" in script
        assert all(cell["source"] in script for cell in notebook["cells"][1:]) and len(notebook["cells"]) > 2
        copy = (folder / "index.md").read_text(encoding="utf-8")
        assert "import torch" in copy and "--8<--" not in copy
        note = "Lines starting with `#>` are what" if prefix else "`#>`로 시작하는 줄은 위키가"
        assert note in notebook["cells"][0]["source"]  # the intro says what the #> lines are
        html = read(folder / "index.html")
        assert 'href="tensor-empty.py" download' in html and "issues/new?title=%5Btensor-empty%5D" in html
        colab = re.search(r'href="https://colab\.research\.google\.com/github/([^"]+)"[^>]*title="[^"]*Colab', html)
        path = f"{prefix}tensors/tensor-empty/tensor-empty.ipynb"  # where publish_notebooks.py puts it
        assert colab and colab[1] == f"pytorch-concept-wiki/wiki/blob/notebooks/{path}", colab
        assert (site / path).is_file()
        assert '<meta property="og:title" content="torch.empty">' in html
    llms = read(site / "llms.txt")
    for topic in FIVE:
        assert f"/wiki/tensors/{topic}/index.md" in llms and f"/wiki/en/tensors/{topic}/index.md" in llms
    assert "<loc>https://pytorch-concept-wiki.github.io/wiki/en/tensors/tensor-empty/</loc>" in read(
        site / "sitemap.xml"
    )


def test_every_internal_link_and_anchor_resolves(site):
    """Every href and src in the built HTML that stays on the site points at a file, and every #anchor at an
    id on the target page."""
    ids_of: dict = {}

    def ids(path):
        if path not in ids_of:
            ids_of[path] = set(re.findall(r'\bid="([^"]+)"', read(path)))
        return ids_of[path]

    broken = []
    for html in sorted(site.rglob("*.html")):
        if html.name == "404.html":
            continue  # its links are absolute (site_url), written for any missing path
        for ref in re.findall(r'(?:href|src)="([^"]+)"', read(html)):
            if re.match(r"^[a-z]+:|^//|^#$", ref):
                continue
            path, _, anchor = ref.partition("#")
            if path.startswith("/"):  # absolute links carry the site_url path, /wiki/
                path = str(site) + "/" + path.removeprefix("/wiki/")
            target = (html.parent / path).resolve() if path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{html.relative_to(site)}: {ref} (no file)")
            elif anchor and target.suffix == ".html" and anchor not in ids(target):
                broken.append(f"{html.relative_to(site)}: {ref} (no #{anchor})")
    assert not broken, "\n".join(broken[:30])


def test_no_page_is_an_orphan(site):
    """Every page is linked from the content of another page of its language site, not only from the menus."""
    orphans = []
    for prefix in ("", "en/"):
        root = (site / prefix).resolve()
        pages = {p.resolve() for p in root.rglob("index.html") if prefix or "en" not in p.relative_to(site).parts[:1]}
        linked = set()
        for html in pages:
            article = re.search(r"<article[^>]*>(.*?)</article>", read(html), re.S)
            for ref in re.findall(r'href="([^"#:]*)(?:#[^"]*)?"', article.group(1) if article else ""):
                target = (html.parent / ref).resolve() if ref else html
                target = target / "index.html" if target.is_dir() else target
                if target != html:
                    linked.add(target)
        orphans += [str(p.relative_to(site.resolve())) for p in sorted(pages - linked) if p != root / "index.html"]
    assert not orphans, orphans


def test_a_concept_page_and_the_search_index_stay_light(site):
    """What a first visit to a concept page transfers, gzip-compressed as GitHub Pages serves it: the HTML and
    the CSS and JavaScript it loads stay under 150 KB; the search index the search box fetches, once per visit
    and then cached for every page, under 600 KB per language (it grows with the wiki: 466 KB for 63 topics)."""
    page = site / "autograd" / "autograd-no-grad" / "index.html"
    html = read(page)
    assets = [page] + [
        (page.parent / ref).resolve()
        for ref in re.findall(r'(?:href|src)="([^"]+\.(?:css|js))"', html)
        if not ref.startswith("http")
    ]
    total = sum(len(gzip.compress(p.read_bytes())) for p in assets)
    assert total < 150 * 1024, f"{total / 1024:.0f} KB: {[p.name for p in assets]}"
    for prefix in ("", "en/"):
        index = len(gzip.compress((site / prefix / "search" / "search_index.json").read_bytes()))
        assert index < 600 * 1024, f"{prefix}search_index.json: {index / 1024:.0f} KB"


def test_each_language_site_has_its_own_search_index_with_hidden_twin_terms(site):
    ko_index = json.loads(read(site / "search" / "search_index.json"))
    en_index = json.loads(read(site / "en" / "search" / "search_index.json"))
    ko, en = ko_index["docs"], en_index["docs"]
    assert ko and en and not any(d["location"].startswith("en/") for d in ko)
    assert {d["location"] for d in en} >= {"autograd/autograd-backward/", "tensors/tensor-empty/"}
    page = {d["location"]: d for d in en}["autograd/autograd-backward/"]
    assert "gradient" in page["text"] and "기울기" not in page["text"]  # what the reader sees stays the page's
    assert "기울기" in page["keywords"]  # the glossary twin of "gradient", searched but not shown
    empty = {d["location"]: d for d in en}["tensors/tensor-empty/"]
    assert "uninitialised" in empty["title"] and "uninitialized" in empty["heading"]  # the other spelling
    assert {d["location"]: d for d in ko}["optim/optim-zero-grad/"]["tags"] == ["zero_grad", "set_to_none"]
    about = load_registry().topics["optim-zero-grad"].about
    assert {d["location"]: d for d in ko}["optim/optim-zero-grad/"]["about"].startswith(about["ko"].replace("`", ""))
    assert {d["location"]: d for d in en}["glossary/"]["boost"] < 1  # overview pages come after concept pages
    assert set(en_index["config"]["fields"]) == {"title", "text", "tags", "heading", "errors", "about", "keywords"}


def test_the_error_index_lists_what_the_code_prints_and_links_each_message(site):
    data = json.loads(read(site / "errors.json"))
    assert data["count"] == len(data["errors"]) >= 60
    assert all(e["shown"] and all(s["url"] for s in e["shown"]) for e in data["errors"])
    shapes = [e for e in data["errors"] if e["message"].startswith("mat1 and mat2 shapes cannot be multiplied")]
    assert (
        len(shapes) == 1 and shapes[0]["message"].endswith("(<n>x<n> and <n>x<n>)") and len(shapes[0]["examples"]) > 1
    )
    for prefix in ("", "en/"):
        article = re.search(r"<article[^>]*>(.*?)</article>", read(site / prefix / "errors" / "index.html"), re.S)[1]
        items = re.findall(r"<li><code>.*?</li>", article, re.S)
        assert len(items) == data["count"] and all('<a href="' in item for item in items)


def test_an_error_message_leaves_the_index_when_no_snippet_prints_it(tmp_path):
    printed = (
        "try:\n    raise ValueError('boom 3 at 0x1f')\nexcept ValueError as e:\n    print(type(e).__name__, '-', e)\n"
    )
    snippets = {"tensors/ko-only/a.py": printed + "#> ValueError - boom 3 at 0x1f\n"}
    pages = {
        "errors.ko.md": "# 오류 { #errors }\n\n<!-- wiki:errors -->\n",
        "errors.en.md": "# Errors { #errors }\n\n<!-- wiki:errors -->\n",
    }
    pages["tensors/ko-only.ko.md"] = page("ko-only", "## 실수 { #pitfall }\n\n" + CODE.format("ko-only"))
    rc, out = fixture_wiki(tmp_path, pages, snippets)
    assert rc == 0, out
    errors = json.loads(read(tmp_path / "site" / "errors.json"))["errors"]
    assert [(e["type"], e["message"], e["shown"][0]["url"]) for e in errors] == [
        ("ValueError", "boom <n> at <addr>", "tensors/ko-only/#pitfall")
    ]
    (tmp_path / "snippets" / "tensors" / "ko-only" / "a.py").write_text(printed, encoding="utf-8")
    rc, out = run_mkdocs(tmp_path)
    assert rc == 0 and json.loads(read(tmp_path / "site" / "errors.json"))["errors"] == [], out


def test_figures_the_code_draws_are_shown_under_it_in_both_languages(site):
    """Every figure a snippet shows is on the pages that include it, in both languages, with a description;
    the file beside the page is the one the runner stored."""
    stored = {f"{p.parent.name}.{p.name}": p for p in (ROOT / "snippets").rglob("*.svg")}
    shown: dict[str, set[str]] = {}
    for html in site.rglob("index.html"):
        for name, alt in re.findall(r'<figure class="wiki-figure"><img src="([^"]+)" alt="([^"]*)"', read(html)):
            assert alt, f"{html.relative_to(site)}: {name} has no description"
            assert (html.parent / name).read_bytes() == stored[name].read_bytes()
            lang = "en" if html.relative_to(site).parts[0] == "en" else "ko"
            shown.setdefault(name, set()).add(lang)
    assert shown == {name: {"ko", "en"} for name in stored}
    assert len(stored) >= 6
