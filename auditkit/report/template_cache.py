"""Compiled report templates kept in the user cache: compiling them costs about a third of a second per run.

Jinja keys each entry by the template's name and a checksum of its source, and its header carries the Python
version, so an edited template or a new interpreter is compiled afresh. A cache that cannot be written (a
read-only home, a full disk) only costs the compile time again; it never stops a report.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from auditkit.cache import cache_root

FOLDER = "templates"


class _TolerantCache(FileSystemBytecodeCache):
    """A FileSystemBytecodeCache whose read and write failures mean "not cached"."""

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill the bucket from the cache, or leave it empty."""
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Write the bucket to the cache if the folder takes it."""
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


@lru_cache(maxsize=1)
def bytecode_cache() -> BytecodeCache | None:
    """The shared cache of compiled templates, or None when its folder cannot be made."""
    folder = cache_root() / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _TolerantCache(str(folder))
