import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class GlobalNoise(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return np.random.randint(1000)  # (1)!


class OwnRngNoise(Dataset):
    def __init__(self):
        self.rng = np.random.default_rng(0)  # (2)!

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return int(self.rng.integers(1000))


def epochs(dataset, **kwargs):
    loader = DataLoader(dataset, batch_size=2, num_workers=2, **kwargs)
    return [[batch.tolist() for batch in loader] for _ in range(2)]


torch.manual_seed(0)
first, second = epochs(GlobalNoise())
print(first[0] == first[1], first == second)
#> False False

first, second = epochs(OwnRngNoise())
print(first, second)  # (3)!
#> [[850, 636], [850, 636]] [[850, 636], [850, 636]]


def reseed(worker_id):
    info = get_worker_info()
    info.dataset.rng = np.random.default_rng(info.seed)  # (4)!


first, second = epochs(OwnRngNoise(), worker_init_fn=reseed)
print(first[0] == first[1], first == second)
#> False False
