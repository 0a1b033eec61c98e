# Registers the snippet runner for every pytest run, whatever paths are given on the command line.
pytest_plugins = ["runner.plugin"]
