"""Hash the artifacts of a run folder and keep evidence.json in step with the files auditkit writes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from auditkit.atomic import write_atomic
from auditkit.errors import InputError
from auditkit.evidence.model import Evidence, Statement
from auditkit.records.hashing import sha256_file

EVIDENCE = "evidence.json"


def _is_artifact(path: Path, root: Path) -> bool:
    rel = path.relative_to(root)
    # evidence.json cannot hash itself; dot files are atomic-write temporaries and editor litter.
    return path.is_file() and rel.as_posix() != EVIDENCE and not any(p.startswith(".") for p in rel.parts)


def artifact_paths(folder: Path) -> list[str]:
    """Relative POSIX paths of every artifact in a run folder, sorted."""
    root = Path(folder)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if _is_artifact(p, root))


def hash_artifacts(folder: Path, paths: Iterable[str] | None = None) -> dict[str, str]:
    """SHA-256 of the given artifacts (default: all of them), by relative path."""
    root = Path(folder)
    return {rel: sha256_file(root / rel) for rel in sorted(artifact_paths(root) if paths is None else paths)}


def read_evidence(folder: Path) -> Evidence | None:
    """The folder's evidence.json, or None when it has none."""
    path = Path(folder) / EVIDENCE
    if not path.is_file():
        return None
    try:
        return Evidence.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise InputError(f"{path}: not a valid evidence file ({exc.error_count()} problem(s))") from None


def write_evidence(folder: Path, run_id: str, *, evidence: Evidence | None = None) -> Evidence:
    """Write evidence.json: the given evidence, or an unsigned statement hashing every artifact now."""
    evidence = evidence or Evidence(statement=Statement(run_id=run_id, files=hash_artifacts(folder)))
    write_atomic(Path(folder) / EVIDENCE, evidence.model_dump_json(indent=2) + "\n")
    return evidence


def refresh_evidence(folder: Path, run_id: str, written: Iterable[Path]) -> Evidence:
    """Update the hashes of files auditkit just wrote; every other recorded hash is kept as it was.

    Keeping the others means an artifact changed by hand still fails verification after a report is
    re-rendered. A signature survives only when no hash changed; otherwise the statement is new and unsigned.
    """
    root = Path(folder)
    old = read_evidence(root)
    if old is None or old.statement.run_id != run_id:
        return write_evidence(root, run_id)
    files = dict(old.statement.files) | hash_artifacts(root, [Path(p).resolve().relative_to(root.resolve())
                                                              .as_posix() for p in written])
    statement = old.statement.model_copy(update={"files": dict(sorted(files.items()))})
    if statement == old.statement:
        return old
    return write_evidence(root, run_id, evidence=Evidence(statement=statement))
