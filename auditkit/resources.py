"""Locate the data folders (probes/, policies/, reports/) in an installed wheel or a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
DATA_FOLDERS = ("probes", "policies", "reports")


def data_dir(name: str) -> Path:
    """Return the folder holding the built-in data called `name` (probes, policies or reports)."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}; expected one of {DATA_FOLDERS}")
    # A wheel carries the folders under auditkit/_data; a checkout or editable
    # install has them beside the package at the top of the repository.
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"auditkit data folder {name!r} not found; is the installation complete?")
