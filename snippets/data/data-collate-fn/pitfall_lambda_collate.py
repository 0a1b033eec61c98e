import functools
import multiprocessing
import pickle

import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

sentences = [torch.arange(1, n + 1) for n in (3, 5, 2, 4)]
print(multiprocessing.get_start_method())  # (1)!
#> fork

collate = lambda batch: pad_sequence(batch, batch_first=True)  # noqa: E731
loader = DataLoader(sentences, batch_size=2, collate_fn=collate, num_workers=2)
print([b.shape for b in loader])  # (2)!
#> [torch.Size([2, 5]), torch.Size([2, 4])]

spawned = DataLoader(
    sentences,
    batch_size=2,
    collate_fn=collate,
    num_workers=2,
    multiprocessing_context="spawn",
)
try:
    next(iter(spawned))  # (3)!
except pickle.PicklingError as e:
    print(type(e).__name__, "-", str(e).split(": ")[-1])
    #> PicklingError - attribute lookup <lambda> on __main__ failed

picklable = functools.partial(pad_sequence, batch_first=True)  # (4)!
print(len(pickle.loads(pickle.dumps(picklable))(sentences)))
#> 4
