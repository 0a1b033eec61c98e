import torch
import torch._inductor

print(torch._inductor.list_mode_options("reduce-overhead"))  # (1)!
#> {'triton.cudagraphs': True}
print(torch._inductor.list_mode_options("max-autotune"))
#> {'max_autotune': True, 'triton.cudagraphs': True, 'coordinate_descent_tuning': True}
print(torch._inductor.list_mode_options("max-autotune-no-cudagraphs"))
#> {'max_autotune': True, 'coordinate_descent_tuning': True}
