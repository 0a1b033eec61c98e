import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Augment(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        return index + np.random.rand() + random.random() + torch.rand(()).item()


def seed_worker(worker_id):
    worker_seed = torch.initial_seed() % 2**32  # (1)!
    np.random.seed(worker_seed)
    random.seed(worker_seed)


def run(init_fn):
    g = torch.Generator()
    g.manual_seed(0)
    loader = DataLoader(
        Augment(), batch_size=4, shuffle=True, num_workers=2,
        worker_init_fn=init_fn, generator=g,
    )
    return [batch for epoch in range(2) for batch in loader]


def same(xs, ys):
    return all(torch.equal(x, y) for x, y in zip(xs, ys))


first, second = run(seed_worker), run(seed_worker)
print(len(first), same(first, second))  # (2)!
#> 4 True
print(torch.equal(first[0], first[2]))  # (3)!
#> False
print(same(run(None), run(None)))  # (4)!
#> True
