"""Which page search puts first for each query of tests/browser/search_queries.yml, on both language sites,
in a real browser (Debian's Chromium) against the built site served on 127.0.0.1.

    .venv/bin/mkdocs build --strict && .venv/bin/python benchmarks/search_quality.py [--site site] [--json out]
"""

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests" / "browser")]

from searching import found, load_queries, top_results  # noqa: E402
from siteserver import CHROMIUM, SiteServer  # noqa: E402


def main(argv=None) -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=REPO / "site")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    queries, rows = load_queries(), []
    with SiteServer(args.site) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page()
        for lang, items in queries.items():
            for item in items:
                links = top_results(page, server.url, lang, item["query"])
                ok = found(item, lang, links)
                rows.append({"lang": lang, "query": item["query"], "top": links, "ok": ok})
                first = links[0] if links else "(nothing)"
                print(f"| {lang} | `{item['query']}` | {first} | {'yes' if ok else 'no'} |")
        browser.close()
    print({lang: f"{sum(r['ok'] for r in rows if r['lang'] == lang)}/{len(items)}" for lang, items in queries.items()})
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
