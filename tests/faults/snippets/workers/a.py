import torch
from torch.utils.data import DataLoader, TensorDataset

data = TensorDataset(torch.arange(8.0))
loader = DataLoader(data, batch_size=4, num_workers=2)
print([batch[0].tolist() for batch in loader])
#> [[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0]]
