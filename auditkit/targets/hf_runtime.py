"""What every local-model backend needs from torch and transformers: checks, device, dtype, quiet loading."""

from __future__ import annotations

import contextlib
import importlib.util
import threading
from collections.abc import Iterator
from typing import Any

from auditkit.errors import MissingExtraError

# transformers' from_pretrained flips process-wide state while it builds a model (default dtype, weight
# initialisation switches), so auditkit never runs two of its own loads at once.
LOAD_LOCK = threading.Lock()


def require_hf(what: str = "the hf target") -> None:
    """Raise MissingExtraError unless torch and transformers can be imported (nothing is imported here)."""
    for package in ("torch", "transformers"):
        if importlib.util.find_spec(package) is None:
            raise MissingExtraError(what, "hf", package)


def require_pillow(what: str = "images in the hf target") -> None:
    """Raise MissingExtraError unless Pillow is installed."""
    if importlib.util.find_spec("PIL") is None:
        raise MissingExtraError(what, "hf", "Pillow")


def resolve_device(device: str) -> str:
    """`auto` becomes cuda, then mps, then cpu, whichever is available first; others pass through."""
    if device != "auto":
        return device
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def resolve_dtype(dtype: str, device: str) -> str:
    """`auto` becomes float32 on cpu, bfloat16 on GPUs that support it, float16 otherwise."""
    if dtype != "auto":
        return dtype
    if device == "cpu":
        # Half precision on CPU is slow and changes greedy outputs; float32 is the faithful choice.
        return "float32"
    if device.startswith("cuda"):
        import torch

        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    return "float16"


def torch_dtype(name: str) -> Any:
    """The torch dtype object for a name such as 'bfloat16'."""
    import torch

    return getattr(torch, name)


@contextlib.contextmanager
def quiet_transformers() -> Iterator[None]:
    """Silence transformers' progress bars and advisory warnings while loading (library code never prints)."""
    from transformers.utils import logging

    bars = logging.is_progress_bar_enabled()
    verbosity = logging.get_verbosity()
    logging.disable_progress_bar()
    logging.set_verbosity_error()
    try:
        yield
    finally:
        logging.set_verbosity(verbosity)
        if bars:
            logging.enable_progress_bar()


def context_length(config: Any) -> int | None:
    """The longest sequence a model's positions allow, when its config says (text config of a VLM included)."""
    for source in (getattr(config, "text_config", None), config):
        if source is None:
            continue
        for name in ("max_position_embeddings", "n_positions", "max_sequence_length", "seq_length"):
            value = getattr(source, name, None)
            if isinstance(value, int) and value > 0:
                return value
    return None


def load_pretrained(model_class: Any, preprocessor_class: Any, source: dict[str, Any], *, device: str,
                    dtype: str) -> tuple[Any, Any]:
    """(preprocessor, model): a tokenizer or processor and the model in eval mode on `device`, loaded quietly."""
    with LOAD_LOCK, quiet_transformers():
        preprocessor = preprocessor_class.from_pretrained(**source)
        model = model_class.from_pretrained(**source, dtype=torch_dtype(dtype))
    return preprocessor, model.to(device).eval()
