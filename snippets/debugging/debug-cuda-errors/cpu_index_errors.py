import torch
import torch.nn as nn
import torch.nn.functional as F

cpu = torch.device("cpu")
logits = torch.zeros(4, 3, device=cpu)
target = torch.tensor([0, 1, 2, 5], device=cpu)
embedding = nn.Embedding(10, 4, device=cpu)
token_ids = torch.tensor([[1, 2, 10]], device=cpu)

attempts = {
    "nll_loss": lambda: F.nll_loss(logits.log_softmax(dim=1), target),  # (1)!
    "cross_entropy": lambda: F.cross_entropy(logits, target),
    "Embedding": lambda: embedding(token_ids),  # (2)!
    "indexing": lambda: logits[:, 5],
    "gather": lambda: logits.gather(1, target.unsqueeze(1)),
    "one_hot": lambda: F.one_hot(target, num_classes=3),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except (IndexError, RuntimeError) as e:
        print(f"{name}: {type(e).__name__}: {str(e).splitlines()[0]}")
        #> nll_loss: IndexError: Target 5 is out of bounds.
        #> cross_entropy: IndexError: Target 5 is out of bounds.
        #> Embedding: IndexError: index out of range in self
        #> indexing: IndexError: index 5 is out of bounds for dimension 1 with size 3
        #> gather: RuntimeError: index 5 is out of bounds for dimension 1 with size 3
        #> one_hot: RuntimeError: Class values must be smaller than num_classes.
