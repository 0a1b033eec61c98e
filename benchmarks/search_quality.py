"""Which page search puts first for each query of tests/browser/search_queries.yml, on both language sites,
in a real browser (Debian's Chromium) against the built site served on 127.0.0.1.

    .venv/bin/mkdocs build --strict && .venv/bin/python benchmarks/search_quality.py [--site site] [--json out]

`--pagefind DIR` compares Pagefind instead of the site's own search: it indexes a copy of the site with the
Pagefind installed in DIR (`pip install --target DIR "pagefind[extended]==1.5.2"`) and asks its JavaScript
API, on a page of each language (Pagefind keeps one index per `<html lang>`).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from wikidev.searching import found, load_queries, top_results
from wikidev.siteserver import CHROMIUM, SiteServer

REPO = Path(__file__).resolve().parents[1]

PAGEFIND_QUERY = """async (q) => {
    const pagefind = await import(new URL("pagefind/pagefind.js", __md_scope).href);
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.slice(0, 3).map(r => r.data()));
    return data.map(d => new URL(d.url, location).pathname);
}"""


def pagefind_results(page, base: str, lang: str, query: str) -> list[str]:
    if page.url != base + ("en/" if lang == "en" else ""):
        page.goto(base + ("en/" if lang == "en" else ""))
    return page.evaluate(PAGEFIND_QUERY, query)


def pagefind_site(site: Path, target: Path, into: Path) -> Path:
    copy = into / "site"
    shutil.copytree(site, copy)
    env = dict(os.environ, PYTHONPATH=str(target))
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(copy)], check=True, env=env, capture_output=True)
    return copy


def main(argv=None) -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=REPO / "site")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--pagefind", type=Path, help="a pip --target folder holding pagefind[extended]")
    args = parser.parse_args(argv)
    queries, rows = load_queries(), []
    tmp = tempfile.TemporaryDirectory()
    site = pagefind_site(args.site, args.pagefind, Path(tmp.name)) if args.pagefind else args.site
    ask = pagefind_results if args.pagefind else top_results
    with tmp, SiteServer(site) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page()
        for lang, items in queries.items():
            for item in items:
                links = ask(page, server.url, lang, item["query"])
                ok = found(item, lang, links)
                kind = item.get("kind", "other")
                rows.append({"lang": lang, "query": item["query"], "kind": kind, "top": links, "ok": ok})
                first = links[0] if links else "(nothing)"
                print(f"| {lang} | `{item['query']}` | {first} | {'yes' if ok else 'no'} |")
        browser.close()
    print({lang: f"{sum(r['ok'] for r in rows if r['lang'] == lang)}/{len(items)}" for lang, items in queries.items()})
    print("| kind | ko | en |\n|---|---|---|")
    for kind in dict.fromkeys(r["kind"] for r in rows):
        cells = [
            f"{sum(r['ok'] for r in rows if r['kind'] == kind and r['lang'] == lang)}/"
            f"{sum(1 for r in rows if r['kind'] == kind and r['lang'] == lang)}"
            for lang in queries
        ]
        print(f"| {kind} | {' | '.join(cells)} |")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
