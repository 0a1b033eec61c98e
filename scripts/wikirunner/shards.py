"""`--shard i/n`: split the test items into n shards of about equal run time.

Items are grouped first (all items of one page program, whatever the language or device, so the program runs
once; all tests of one test module, so its fixtures are built once), each group is weighed by the durations
the last runs recorded, and groups go, heaviest first, to the shard with the least work so far.
"""

import pytest

DEFAULT_PAGE_S = 1.0  # a page program never measured
DEFAULT_TEST_S = 0.5  # a test never measured


def parse(spec: str) -> tuple[int, int]:
    try:
        index, count = (int(p) for p in spec.split("/"))
    except ValueError:
        raise pytest.UsageError(f"--shard takes i/n, for example 1/4 (got {spec!r})") from None
    if not 1 <= index <= count:
        raise pytest.UsageError(f"--shard {spec}: i must be between 1 and n")
    return index, count


def group_of(item) -> str:
    program_hash = getattr(item, "hash", None)
    return f"program:{program_hash}" if program_hash else f"module:{item.nodeid.split('::')[0]}"


def assign(weights: dict[str, float], count: int) -> dict[str, int]:
    """Group -> shard (0-based), longest processing time first; ties go to the lower shard, so it is stable."""
    loads = [0.0] * count
    shard_of = {}
    for group in sorted(weights, key=lambda g: (-weights[g], g)):
        target = min(range(count), key=lambda s: (loads[s], s))
        shard_of[group] = target
        loads[target] += weights[group]
    return shard_of


def select(items: list, spec: str, recorded: dict[str, float]) -> tuple[list, list]:
    index, count = parse(spec)
    # A page program runs once per device however many pages show it: its group costs its dearest item per
    # device. A test module costs the sum of its tests.
    per_device: dict[tuple[str, str], float] = {}
    for item in items:
        is_page = hasattr(item, "hash")
        cost = recorded.get(item.nodeid, DEFAULT_PAGE_S if is_page else DEFAULT_TEST_S)
        slot = (group_of(item), item.device if is_page else item.nodeid)
        per_device[slot] = max(per_device.get(slot, 0.0), cost)
    weights: dict[str, float] = {}
    for (group, _), cost in per_device.items():
        weights[group] = weights.get(group, 0.0) + cost
    shard_of = assign(weights, count)
    keep = [i for i in items if shard_of[group_of(i)] == index - 1]
    drop = [i for i in items if shard_of[group_of(i)] != index - 1]
    return keep, drop
