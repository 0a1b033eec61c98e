import torch
from torch import nn
import torch.nn.functional as F

table = torch.arange(10.0)
emb = nn.Embedding(10, 4)
idx = torch.tensor([1.0, 3.0])  # (1)!
cases = {
    "x[idx]": lambda: table[idx],
    "index_select": lambda: table.index_select(0, idx),
    "Embedding": lambda: emb(idx),
    "one_hot(int32)": lambda: F.one_hot(idx.int(), 10),  # (2)!
}
for name, run in cases.items():
    try:
        run()
    except (IndexError, RuntimeError) as e:
        print(f"{name}: {type(e).__name__} - {str(e).splitlines()[0]}")
        #> x[idx]: IndexError - tensors used as indices must be long, int, byte or bool tensors
        #> index_select: RuntimeError - index_select(): Expected dtype int32 or int64 for index
        #> Embedding: RuntimeError - Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)
        #> one_hot(int32): RuntimeError - one_hot is only applicable to index tensor of type LongTensor.

idx = idx.long()  # (3)!
print(table[idx].tolist(), emb(idx).shape, F.one_hot(idx, 10).sum().item())
#> [1.0, 3.0] torch.Size([2, 4]) 2
print(emb(idx.int()).shape, table[idx.int()].tolist())  # (4)!
#> torch.Size([2, 4]) [1.0, 3.0]
