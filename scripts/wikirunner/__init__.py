"""The snippet runner: a pytest plugin (plugin.py) with its zygote and children. PYTEST_DONT_REWRITE: tests/run.py
imports it before pytest starts, so pytest could not rewrite its asserts anyway."""
