import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, get_worker_info

sentences = [torch.arange(1, n + 1) for n in (3, 5, 2, 4, 1, 6)]


def pad_collate_with_worker(batch):
    info = get_worker_info()  # (1)!
    worker = -1 if info is None else info.id
    padded = pad_sequence(batch, batch_first=True)
    return padded, torch.tensor([len(s) for s in batch]), worker


for workers in (0, 2):
    loader = DataLoader(
        sentences, batch_size=2, collate_fn=pad_collate_with_worker, num_workers=workers
    )
    batches = list(loader)  # (2)!
    print(workers, [p.shape[1] for p, _, _ in batches], [w for _, _, w in batches])
    #> 0 [5, 4, 6] [-1, -1, -1]
    #> 2 [5, 4, 6] [0, 1, 0]
print(type(batches[0][0]).__name__, batches[0][0].device.type)  # (3)!
#> Tensor cpu
