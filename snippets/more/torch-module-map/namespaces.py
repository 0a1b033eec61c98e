import importlib

import torch

landmarks = {
    "torch": "tensor",
    "torch.autograd": "grad",
    "torch.nn": "Linear",
    "torch.nn.functional": "cross_entropy",
    "torch.nn.init": "kaiming_uniform_",
    "torch.optim": "AdamW",
    "torch.optim.lr_scheduler": "StepLR",
    "torch.utils.data": "DataLoader",
    "torch.multiprocessing": "spawn",
    "torch.onnx": "export",
    "torch.distributed": "init_process_group",
    "torch.func": "vmap",
    "torch.compiler": "disable",
    "torch.cuda": "is_available",
    "torch.amp": "GradScaler",
}
for name, attr in landmarks.items():
    module = importlib.import_module(name)  # (1)!
    print(f"{name:25} {attr:19} {hasattr(module, attr)}")
    #> torch                     tensor              True
    #> torch.autograd            grad                True
    #> torch.nn                  Linear              True
    #> torch.nn.functional       cross_entropy       True
    #> torch.nn.init             kaiming_uniform_    True
    #> torch.optim               AdamW               True
    #> torch.optim.lr_scheduler  StepLR              True
    #> torch.utils.data          DataLoader          True
    #> torch.multiprocessing     spawn               True
    #> torch.onnx                export              True
    #> torch.distributed         init_process_group  True
    #> torch.func                vmap                True
    #> torch.compiler            disable             True
    #> torch.cuda                is_available        True
    #> torch.amp                 GradScaler          True

print(torch.nn.Linear.__module__)  # (2)!
#> torch.nn.modules.linear
print(torch.optim.Adam.__module__)
#> torch.optim.adam
print(torch.utils.data.DataLoader.__module__)
#> torch.utils.data.dataloader
print(torch.compile.__module__, torch.autocast is torch.amp.autocast)  # (3)!
#> torch True
