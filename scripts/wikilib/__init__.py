"""The wiki's data layer, shared by the MkDocs hooks, the snippet runner and the tests.

Data flows one way: docs/topics.yml + page front matter + snippets/ -> runner report -> hooks -> site/.
"""
