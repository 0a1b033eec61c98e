import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
seqs = [torch.randn(3, 2), torch.randn(1, 2), torch.randn(2, 2)]
lengths = torch.tensor([len(s) for s in seqs])
padded = pad_sequence(seqs, batch_first=True)
print(padded.shape)
#> torch.Size([3, 3, 2])

gru = nn.GRU(input_size=2, hidden_size=4, batch_first=True)
packed = pack_padded_sequence(
    padded, lengths, batch_first=True, enforce_sorted=False
)  # (1)!
print(packed.batch_sizes.tolist(), packed.sorted_indices.tolist())
#> [3, 2, 1] [0, 2, 1]

out_packed, h_packed = gru(packed)
out, out_lengths = pad_packed_sequence(out_packed, batch_first=True)  # (2)!
print(out.shape, out_lengths.tolist())
#> torch.Size([3, 3, 4]) [3, 1, 2]
last = out[torch.arange(len(seqs)), lengths - 1]
print(torch.allclose(last, h_packed[0]))  # (3)!
#> True

_, h_padded = gru(padded)  # (4)!
print(torch.isclose(h_padded[0], h_packed[0]).all(dim=1).tolist())
#> [True, False, False]
