import torch
from torch.nn import functional as F

for n in (4, 1):  # (1)!
    logits = torch.zeros(n, 1)
    target = torch.ones(n)
    print(n, logits.squeeze().shape, logits.squeeze(1).shape)
    #> 4 torch.Size([4]) torch.Size([4])
    #> 1 torch.Size([]) torch.Size([1])
    try:
        F.binary_cross_entropy_with_logits(logits.squeeze(), target)
        print(n, "ok")
        #> 4 ok
    except ValueError as e:
        print(n, type(e).__name__, "-", e)
        #> 1 ValueError - Target size (torch.Size([1])) must be the same as input size (torch.Size([]))
