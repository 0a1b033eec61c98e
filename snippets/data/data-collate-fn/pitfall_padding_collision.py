import torch
from torch.nn.utils.rnn import pad_sequence

vocab = {"the": 0, "cat": 1, "sat": 2, "down": 3}  # (1)!
texts = ["the cat sat", "cat sat down the cat"]
sentences = [torch.tensor([vocab[w] for w in t.split()]) for t in texts]
lengths = torch.tensor([len(s) for s in sentences])

padded = pad_sequence(sentences, batch_first=True, padding_value=0)
guessed = padded != 0  # (2)!
true_mask = torch.arange(padded.size(1)) < lengths.unsqueeze(1)
print(guessed.sum(dim=1).tolist(), true_mask.sum(dim=1).tolist())
#> [2, 4] [3, 5]

PAD = len(vocab)  # (3)!
padded = pad_sequence(sentences, batch_first=True, padding_value=PAD)
print(torch.equal(padded != PAD, true_mask))
#> True
emb = torch.nn.Embedding(len(vocab) + 1, 4, padding_idx=PAD)  # (4)!
print(emb(padded)[0, -1].abs().sum().item())
#> 0.0
