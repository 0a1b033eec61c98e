"""The wiki's data layer, shared by the MkDocs hooks, the snippet runner and the tests.

Data flows one way: docs/topics.yml + page front matter + snippets/ -> runner report -> hooks -> site/.
PYTEST_DONT_REWRITE: tests/run.py imports it before pytest starts (no assert to rewrite here anyway).
"""
