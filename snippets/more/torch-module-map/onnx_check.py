import importlib.util
import inspect

import torch.onnx

print(callable(torch.onnx.export))
#> True
params = inspect.signature(torch.onnx.export).parameters
print(params["dynamo"].default, params["opset_version"].default)  # (1)!
#> True None
for package in ("onnx", "onnxscript"):
    print(package, importlib.util.find_spec(package) is not None)  # (2)!
    #> onnx False
    #> onnxscript False
