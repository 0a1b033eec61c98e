import os

import torch


class Payload:
    def __reduce__(self):  # (1)!
        return (os.makedirs, ("created_while_loading",))


torch.save({"weight": torch.ones(2), "extra": Payload()}, "innocent.pt")

try:
    torch.load("innocent.pt")  # (2)!
except Exception as e:
    print(type(e).__name__)
    #> UnpicklingError
    print(next(line for line in str(e).splitlines() if "GLOBAL" in line))
    #> Trying to load unsupported GLOBAL os.makedirs whose module os is blocked.
print(os.path.exists("created_while_loading"))
#> False

checkpoint = torch.load("innocent.pt", weights_only=False)  # (3)!
print(os.path.exists("created_while_loading"), checkpoint["extra"])
#> True None
os.rmdir("created_while_loading")
