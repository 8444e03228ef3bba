"""File hashes of the models a run loaded, computed once per process per file version.

Hashing a model's weights reads them once more (about a second per GB, from the page cache right after the
model loaded). A file in a Hugging Face hub cache is a link to a blob named after its SHA-256 when it is an LFS
file (weights): that name is the hash, and the file is not read again.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from auditkit.records.hashing import sha256_file
from auditkit.records.provenance import FileHash

MAX_FILES = 200
"""Files hashed per model folder at most (a folder holding more is not a model as transformers saves one)."""
MAX_HASH_BYTES = 256 * 1024**3
"""Bytes hashed per model at most; larger models list their files with sizes, unhashed, and say why."""
_BLOB = re.compile(r"[0-9a-f]{64}")
_LOCK = threading.Lock()
_KNOWN: dict[tuple[str, int, int], str] = {}


def _blob_hash(path: Path) -> str | None:
    # huggingface_hub stores LFS files as blobs/<sha256>; snapshots link to them.
    if not path.is_symlink():
        return None
    target = path.resolve()
    return target.name if target.parent.name == "blobs" and _BLOB.fullmatch(target.name) else None


def file_hash(path: Path, name: str | None = None, *, budget: list[int] | None = None) -> FileHash:
    """The FileHash of one file (memoised by path, size and modification time).

    `budget` (a one-item list of bytes still allowed) is shared by the files of one model: once spent, the
    remaining files are listed with their size and a note instead of a hash.
    """
    path = Path(path)
    label = name or path.name
    stat = path.stat()
    from_blob = _blob_hash(path)
    if from_blob is not None:
        return FileHash(path=label, size=stat.st_size, sha256=from_blob, note="hash from the hub cache blob name")
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    with _LOCK:
        known = _KNOWN.get(key)
    if known is not None:
        return FileHash(path=label, size=stat.st_size, sha256=known)
    if budget is not None:
        if stat.st_size > budget[0]:
            return FileHash(path=label, size=stat.st_size, note=f"not hashed: the model's files exceed "
                                                                 f"{MAX_HASH_BYTES // 1024**3} GiB")
        budget[0] -= stat.st_size
    digest = sha256_file(path)
    with _LOCK:
        _KNOWN[key] = digest
    return FileHash(path=label, size=stat.st_size, sha256=digest)


def _skipped(part: str) -> bool:
    return part.startswith(".") or part == "__pycache__"


def folder_hashes(folder: Path, *, only: list[str] | None = None,
                  recursive: bool = True) -> tuple[list[FileHash], list[str]]:
    """Hashes of the files of a model folder (all of them, only its top level, or only the named ones) and notes.

    Hidden files and folders (.git, .cache) and Python byte-code caches are skipped.
    """
    folder = Path(folder)
    notes: list[str] = []
    if only is not None:
        paths = [folder / name for name in only if (folder / name).is_file()]
    elif recursive:
        paths = sorted(p for p in folder.rglob("*") if p.is_file()
                       and not any(_skipped(part) for part in p.relative_to(folder).parts))
    else:
        entries = sorted(p for p in folder.iterdir() if not _skipped(p.name))
        paths = [p for p in entries if p.is_file()]
        inner = [p.name for p in entries if p.is_dir()]
        if inner:
            # Training checkpoints and exports live in subfolders; transformers loads the top level.
            notes.append(f"subfolders not hashed (transformers loads the top level): {', '.join(inner[:10])}"
                         + (f" and {len(inner) - 10} more" if len(inner) > 10 else ""))
    if len(paths) > MAX_FILES:
        notes.append(f"{len(paths)} files in {folder}; the first {MAX_FILES} by name were hashed")
        paths = paths[:MAX_FILES]
    budget = [MAX_HASH_BYTES]
    return [file_hash(p, p.relative_to(folder).as_posix(), budget=budget) for p in paths], notes


def folder_digest(hashes: list[FileHash]) -> str | None:
    """One SHA-256 over a folder's (path, hash) pairs, or None when a file was left unhashed."""
    import hashlib

    if not hashes or any(h.sha256 is None for h in hashes):
        return None
    digest = hashlib.sha256()
    for h in sorted(hashes, key=lambda h: h.path):
        digest.update(f"{h.path}\0{h.sha256}\n".encode())
    return digest.hexdigest()
