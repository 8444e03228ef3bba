"""The torch runtime of a sentence encoder: a transformers model, mean-pooled and L2-normalised in torch."""

from __future__ import annotations

from typing import Any

from auditkit.errors import MissingExtraError


def import_torch() -> Any:
    """torch, or a MissingExtraError naming the extra that installs it."""
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError:
        raise MissingExtraError("the sentence encoder (torch runtime)", "refusal", "transformers, torch") from None
    return torch


class TorchEncoderModel:
    """A BERT-like transformers model that maps padded token ids to L2-normalised mean-pooled embeddings.

    Called from several threads at once (torch releases the GIL); each call uses the calling thread's torch
    thread count (the run's scoring threads set one each).
    """

    runtime = "torch"

    def __init__(self, source: str, dtype: str = "float32"):
        torch = import_torch()
        from transformers import AutoModel

        from auditkit.targets.hf_runtime import LOAD_LOCK, quiet_transformers

        try:
            # One transformers load at a time in the process (it flips global state while it builds a model),
            # and no progress bars on the user's terminal.
            with LOAD_LOCK, quiet_transformers():
                self.net = AutoModel.from_pretrained(source, dtype=getattr(torch, dtype)).eval()
        except OSError as exc:
            raise OSError(f"sentence encoder {source!r} could not be loaded: {exc}") from None
        self.config = self.net.config
        self.dtype = dtype

    def __call__(self, *, input_ids: Any, attention_mask: Any) -> Any:
        """Embeddings (numpy float32, one L2-normalised row per sequence) of a padded batch of token ids."""
        import torch

        with torch.inference_mode():
            ids = torch.from_numpy(input_ids)
            mask = torch.from_numpy(attention_mask)
            hidden = self.net(input_ids=ids, attention_mask=mask).last_hidden_state.float()
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()
