import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class WhoLoads(Dataset):
    def __len__(self):
        return 12

    def __getitem__(self, index):
        info = get_worker_info()  # (1)!
        return index, info.id, info.num_workers


loader = DataLoader(WhoLoads(), batch_size=2, num_workers=2)
print(loader.prefetch_factor, DataLoader(WhoLoads()).prefetch_factor)  # (2)!
#> 2 None
for indices, worker, num_workers in loader:
    print(indices.tolist(), "worker", worker[0].item(), "of", num_workers[0].item())
    #> [0, 1] worker 0 of 2
    #> [2, 3] worker 1 of 2
    #> [4, 5] worker 0 of 2
    #> [6, 7] worker 1 of 2
    #> [8, 9] worker 0 of 2
    #> [10, 11] worker 1 of 2
print(get_worker_info())  # (3)!
#> None
print(torch.multiprocessing.get_start_method())  # (4)!
#> fork
