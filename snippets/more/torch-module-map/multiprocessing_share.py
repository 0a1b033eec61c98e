import multiprocessing

import torch
import torch.multiprocessing as mp

names = ("Process", "Queue", "get_context")
print([getattr(mp, n) is getattr(multiprocessing, n) for n in names])  # (1)!
#> [True, True, True]
print(sorted(mp.get_all_sharing_strategies()))
#> ['file_descriptor', 'file_system']


def add_one(t):
    t += 1


ctx = mp.get_context("fork")
shared = torch.zeros(3, device="cpu").share_memory_()  # (2)!
private = torch.zeros(3, device="cpu")
for t in (shared, private):
    p = ctx.Process(target=add_one, args=(t,))
    p.start()
    p.join()
    print(t.is_shared(), t.tolist(), p.exitcode)  # (3)!
    #> True [1.0, 1.0, 1.0] 0
    #> False [0.0, 0.0, 0.0] 0
