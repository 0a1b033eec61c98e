import warnings

import torch


def postprocess(h):
    h.mul_(2)  # (1)!
    return h


def forward(x):
    h = torch.sigmoid(x)
    return postprocess(h).sum()


x = torch.tensor([0.0, 1.0, 2.0], device="cpu", requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():  # (2)!
        loss = forward(x)
        try:
            loss.backward()
        except RuntimeError as e:
            print(type(e).__name__, "-", e)  # (3)!
            #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: the backtrace further above shows the operation that failed to compute its gradient. The variable in question was changed in there or anywhere later. Good luck!

for w in caught:
    text = str(w.message)
    print(type(w.message).__name__, "-", text.splitlines()[0])
    #> UserWarning - Anomaly Detection has been enabled. This mode will increase the runtime and should only be enabled for debugging.
    #> UserWarning - Error detected in SigmoidBackward0. Traceback of forward call that caused the error:
frames = str(caught[-1].message)
print("in forward" in frames, "in postprocess" in frames)  # (4)!
#> True False
print(torch.is_anomaly_enabled())
#> False
