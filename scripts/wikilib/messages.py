"""The command-line tool's messages in Korean and English; the shell's LANG picks one (English by default)."""

import os

MESSAGES = {
    "written": {"ko": "작성함: {path}", "en": "written: {path}"},
    "next_steps": {
        "ko": (
            "\n다음 단계:\n"
            "  1. snippets/{category}/{id}/basics.py 에 예제 코드를 씁니다 (예제마다 파일 하나).\n"
            "  2. .venv/bin/python scripts/wiki.py outputs {id}   # 출력(#> 줄)을 실행해서 생성\n"
            "  3. docs/{category}/{id}.ko.md 와 .en.md 의 본문을 씁니다.\n"
            "  4. .venv/bin/python scripts/wiki.py translated docs/{category}/{id}.en.md   # 번역을 마쳤으면\n"
            "  5. 예제 둘 이상, 실행되는 실수 예제 하나 이상, 다른 주제로 가는 위키 링크 둘 이상이면 status: done\n"
            "  6. .venv/bin/python scripts/wiki.py check && make test, 그리고 풀 리퀘스트를 엽니다."
        ),
        "en": (
            "\nNext steps:\n"
            "  1. Write the example in snippets/{category}/{id}/basics.py (one file per example).\n"
            "  2. .venv/bin/python scripts/wiki.py outputs {id}   # run it and write the #> output lines\n"
            "  3. Write the prose of docs/{category}/{id}.ko.md and .en.md.\n"
            "  4. .venv/bin/python scripts/wiki.py translated docs/{category}/{id}.en.md   # once translated\n"
            "  5. status: done once it has 2+ examples, 1+ running pitfall and wiki links to 2+ other topics\n"
            "  6. .venv/bin/python scripts/wiki.py check && make test, then open a pull request."
        ),
    },
    "no_pages": {"ko": "'{pattern}'에 맞는 페이지가 없습니다", "en": "no page matches '{pattern}'"},
    "fixed": {"ko": "고침: {what}", "en": "fixed: {what}"},
    "check_summary": {
        "ko": "오류 {errors}개, 경고 {warnings}개",
        "en": "{errors} error(s), {warnings} warning(s)",
    },
    "recorded": {"ko": "{path}: 원문 해시 {digest} 기록함", "en": "{path}: recorded source hash {digest}"},
    "status_title": {"ko": "주제별 진행 상황", "en": "Where every topic stands"},
    "completion": {"ko": "{lang}: {total}개 중 {done}개 완료", "en": "{lang}: {done} of {total} done"},
}


def lang() -> str:
    return "ko" if os.environ.get("LANG", "").lower().startswith("ko") else "en"


def say(key: str, **values) -> str:
    return MESSAGES[key][lang()].format(**values)
