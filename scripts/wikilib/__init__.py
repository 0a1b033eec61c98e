"""The wiki's data layer, shared by the site (wikisite), the snippet runner (wikirunner), the CLI and the tests.

Data flows one way: docs/topics.yml + page front matter + snippets/ -> runner report -> site plugin -> site/.
"""
