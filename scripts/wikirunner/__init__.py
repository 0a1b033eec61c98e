"""The snippet runner: a pytest plugin (plugin.py) with its zygote and children."""
