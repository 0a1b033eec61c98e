import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, TensorDataset

features = torch.arange(20.0).reshape(10, 2)
labels = torch.arange(10)
dataset = TensorDataset(features, labels)
print(len(dataset), dataset[3])
#> 10 (tensor([6., 7.]), tensor(3))

loader = DataLoader(dataset, batch_size=4)
print(len(loader), [tuple(xb.shape) for xb, yb in loader])  # (1)!
#> 3 [(4, 2), (4, 2), (2, 2)]
loader = DataLoader(dataset, batch_size=4, drop_last=True)
print(len(loader), [tuple(yb.shape) for xb, yb in loader])
#> 2 [(4,), (4,)]

sequences = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]


def pad_batch(batch):
    return pad_sequence(batch, batch_first=True)  # (2)!


print(next(iter(DataLoader(sequences, batch_size=3, collate_fn=pad_batch))))
#> tensor([[1, 2, 3],
#>         [4, 0, 0],
#>         [5, 6, 0]])
