import warnings

import torch

cases = {
    "where+sqrt": lambda x: torch.where(x > 0, x.sqrt(), 0.0),  # (1)!
    "where+pow": lambda x: torch.where(x > 0, x**0.5, 0.0),
    "where+1/x": lambda x: torch.where(x != 0, 1 / x, 0.0),
    "x/x": lambda x: x / x,
    "p*log(p)": lambda x: x * x.log(),  # (2)!
    "std of 1": lambda x: x[:1].std(),  # (3)!
}
for name, f in cases.items():
    x = torch.tensor([0.0, 1.0], requires_grad=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with torch.autograd.detect_anomaly():
                loss = f(x).sum()
                loss.backward()
        except RuntimeError as e:
            print(f"{name}: loss={loss.item():.3f}", str(e).splitlines()[0])
            #> where+sqrt: loss=1.000 Function 'SqrtBackward0' returned nan values in its 0th output.
            #> where+pow: loss=1.000 Function 'PowBackward0' returned nan values in its 0th output.
            #> where+1/x: loss=1.000 Function 'ReciprocalBackward0' returned nan values in its 0th output.
            #> x/x: loss=nan Function 'DivBackward0' returned nan values in its 1th output.
            #> p*log(p): loss=nan Function 'LogBackward0' returned nan values in its 0th output.
            #> std of 1: loss=nan Function 'StdBackward0' returned nan values in its 0th output.
    for w in caught:
        first = str(w.message).splitlines()[0].split(" (Triggered")[0]
        if "Anomaly" not in first and "Error detected" not in first:
            print("  ", w.category.__name__, first)
            #>    UserWarning std(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel).
