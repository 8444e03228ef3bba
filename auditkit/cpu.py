"""What this machine's CPU computes natively: chooses precision where a faster one is faithful enough."""

from __future__ import annotations


def native_bfloat16() -> bool:
    """True when this CPU computes bfloat16 natively (AVX512-BF16 or AMX): ~1.5-2x faster there (imports torch)."""
    import torch

    checks = [getattr(torch.cpu, name, None) for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
    return any(callable(check) and check() for check in checks)
