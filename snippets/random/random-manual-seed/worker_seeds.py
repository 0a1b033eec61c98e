import random

import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class SeedProbe(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        info = get_worker_info()
        return info.id, torch.initial_seed() - info.seed, info.seed, self.random_ok


def check_random(worker_id):
    info = get_worker_info()
    expected = random.Random(info.seed).getstate()
    info.dataset.random_ok = random.getstate() == expected  # (1)!


def seeds(generator):
    loader = DataLoader(
        SeedProbe(), batch_size=2, num_workers=2,
        worker_init_fn=check_random, generator=generator,
    )
    rows = []
    for ids, diff, seed, ok in loader:
        rows.append((ids[0].item(), diff[0].item(), seed[0].item(), ok[0].item()))
    return rows


first = seeds(torch.Generator().manual_seed(0))
base_seed = first[0][2]
print([(wid, diff, seed - base_seed, ok) for wid, diff, seed, ok in first])  # (2)!
#> [(0, 0, 0, True), (1, 0, 1, True)]

expected = torch.empty((), dtype=torch.int64).random_(
    generator=torch.Generator().manual_seed(0)
)
print(base_seed == expected.item())  # (3)!
#> True
print(seeds(torch.Generator().manual_seed(0)) == first)  # (4)!
#> True
print(seeds(torch.Generator().manual_seed(1)) == first)
#> False
