"""What `make test` runs: pytest, with the snippet runner's zygote started first.

The zygote imports torch, about a second of work. Started here, before pytest itself is imported, that
second overlaps pytest's start (about 0.2 s) as well as its collection; the plugin adopts this zygote
instead of starting one in pytest_configure. Plain `pytest` works too, only that much later to its first page.
"""

import sys

from wikirunner import execute

execute.start_early(sys.argv[1:])
try:
    import pytest  # noqa: E402

    sys.exit(pytest.main())
finally:
    execute.close_early()
