import warnings

import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
loss = torch.where(x > 0, torch.log(x), 0.0).sum()  # (1)!
loss.backward()
print(round(loss.item(), 4), torch.isfinite(loss).item())
#> 0.6931 True
print(x.grad)
#> tensor([   nan, 1.0000, 0.5000])

x.grad = None
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        with torch.autograd.detect_anomaly():  # (2)!
            loss = torch.where(x > 0, torch.log(x), 0.0).sum()
            loss.backward()
    except RuntimeError as e:
        print(type(e).__name__, str(e).splitlines()[0])  # (3)!
        #> RuntimeError Function 'LogBackward0' returned nan values in its 0th output.
for w in caught:
    print(w.category.__name__, str(w.message).splitlines()[0])  # (4)!
    #> UserWarning Anomaly Detection has been enabled. This mode will increase the runtime and should only be enabled for debugging.
    #> UserWarning Error detected in LogBackward0. Traceback of forward call that caused the error:

loss = torch.where(x > 0, torch.log(x), 0.0).sum()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        with torch.autograd.detect_anomaly():
            loss.backward()  # (5)!
    except RuntimeError as e:
        print(type(e).__name__, str(e).splitlines()[0])
        #> RuntimeError Function 'LogBackward0' returned nan values in its 0th output.
print(str(caught[-1].message).split(" (Triggered")[0])
#> Error detected in LogBackward0. No forward pass information available. Enable detect anomaly during forward pass for more information.

x.grad = None
safe = torch.where(x > 0, torch.log(torch.where(x > 0, x, 1.0)), 0.0).sum()  # (6)!
safe.backward()
print(round(safe.item(), 4), x.grad)
#> 0.6931 tensor([0.0000, 1.0000, 0.5000])
