import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

PAD = 0  # (1)!
samples = [
    (torch.tensor([4, 7, 2]), 1),
    (torch.tensor([5, 9, 3, 8, 6]), 0),
    (torch.tensor([1, 2]), 1),
    (torch.tensor([3, 3, 7, 1]), 0),
]


def pad_collate(batch):
    seqs, labels = zip(*batch, strict=True)  # (2)!
    lengths = torch.tensor([len(s) for s in seqs])
    padded = pad_sequence(seqs, batch_first=True, padding_value=PAD)  # (3)!
    mask = torch.arange(padded.size(1)) < lengths.unsqueeze(1)  # (4)!
    return padded, lengths, mask, torch.tensor(labels)


loader = DataLoader(samples, batch_size=2, collate_fn=pad_collate)
batches = list(loader)
print([tuple(padded.shape) for padded, _, _, _ in batches])
#> [(2, 5), (2, 4)]

padded, lengths, mask, labels = batches[0]
print(lengths.tolist(), labels.tolist())
#> [3, 5] [1, 0]
print(padded)
#> tensor([[4, 7, 2, 0, 0],
#>         [5, 9, 3, 8, 6]])
print(mask.int())
#> tensor([[1, 1, 1, 0, 0],
#>         [1, 1, 1, 1, 1]], dtype=torch.int32)
