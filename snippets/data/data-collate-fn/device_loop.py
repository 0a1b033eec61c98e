import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence
from torch.utils.data import DataLoader

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
samples = [torch.randn(n, 2) for n in (3, 1, 4, 2)]


def pad_collate(batch):
    lengths = torch.tensor([len(s) for s in batch])
    padded = pad_sequence(batch, batch_first=True)
    mask = torch.arange(padded.size(1)) < lengths.unsqueeze(1)
    return padded, lengths, mask


loader = DataLoader(samples, batch_size=2, collate_fn=pad_collate, num_workers=2)
gru = nn.GRU(input_size=2, hidden_size=4, batch_first=True).to(device)
for padded, lengths, mask in loader:
    padded, mask = padded.to(device), mask.to(device)  # (1)!
    packed = pack_padded_sequence(
        padded, lengths, batch_first=True, enforce_sorted=False
    )  # (2)!
    _, h = gru(packed)
    print(h.device.type == device, lengths.device.type, h.shape, mask.sum().item())
    #> True cpu torch.Size([1, 2, 4]) 4
    #> True cpu torch.Size([1, 2, 4]) 6
