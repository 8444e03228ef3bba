"""What the manifest records about the machine: Python, platform and key package versions."""

from __future__ import annotations

import platform
import sys
from importlib.metadata import PackageNotFoundError, version

KEY_PACKAGES = ("pydantic", "aiohttp", "click", "PyYAML", "Jinja2", "rich", "transformers", "torch", "detoxify",
                "presidio-analyzer", "spacy", "fairlearn", "alt-profanity-check", "onnxruntime")


def package_versions() -> dict[str, str]:
    """Versions of the key packages that are installed (read from metadata, nothing imported)."""
    out = {}
    for name in KEY_PACKAGES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            continue
    return out


def python_version() -> str:
    """The running Python, e.g. '3.11.7 (CPython)'."""
    return f"{sys.version.split()[0]} ({platform.python_implementation()})"


def platform_name() -> str:
    """The operating system and machine, e.g. 'Linux-6.1-x86_64'."""
    return platform.platform(terse=True) + "-" + platform.machine()
