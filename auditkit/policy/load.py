"""Find and load policies: built-in ones by id, or any policy file by path, with `extends` resolved."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from auditkit.errors import InputError
from auditkit.policy.model import RULE_TYPES, Policy, PolicyFile, Rule, inconclusive_by_severity
from auditkit.resources import data_dir
from auditkit.userfiles import Location, load_yaml, validation_problems

POLICY_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class _Link:
    """One file of an `extends` chain, with where each value stands in it (for located errors)."""

    path: Path
    spec: PolicyFile
    where: dict[tuple[Any, ...], Location]
    raw: bytes


def builtin_policies() -> dict[str, Path]:
    """Map every built-in policy id to its file (the file name is the policy id)."""
    folder = data_dir("policies")
    return {p.stem: p for p in sorted(folder.iterdir())
            if p.suffix in POLICY_SUFFIXES and p.is_file() and not p.name.startswith(".")}


def _looks_like_path(ref: str) -> bool:
    return "/" in ref or "\\" in ref or ref.endswith(POLICY_SUFFIXES)


def _at(link: _Link, loc: tuple[Any, ...]) -> str:
    """`file:line:col` of the value at `loc`, or of its nearest located parent."""
    while loc not in link.where and loc:
        loc = loc[:-1]
    spot = link.where.get(loc)
    return f"{link.path}:{spot[0]}:{spot[1]}" if spot else str(link.path)


def _unknown(ref: str, builtins: dict[str, Path]) -> str:
    names = ", ".join(sorted(builtins)) or "none"
    return f"unknown policy {ref!r}: not a built-in policy id ({names}) or an existing policy file"


def _resolve_ref(ref: str | Path, builtins: dict[str, Path], base: Path | None) -> tuple[Path, bool] | None:
    """The file a reference names and whether it is built-in; None when it names nothing."""
    if isinstance(ref, Path):
        return (ref, False) if ref.is_file() else None
    # A bare word is a built-in id first, so `extends: baseline` never picks up a stray local file.
    if not _looks_like_path(ref) and ref in builtins:
        return builtins[ref], True
    path = Path(ref) if base is None else base / ref
    return (path, False) if path.is_file() else None


class _Untagged:
    """A ValidationError's errors without the rule-type tag pydantic puts in their locations.

    Pydantic locates an error inside a tagged union as `rules.0.threshold.max`; the user wrote
    `rules[0].max`, so the tag right after a rule's index is dropped before the error is located.
    """

    def __init__(self, exc: ValidationError):
        self._errors = [dict(err, loc=self._clean(tuple(err["loc"]))) for err in exc.errors(include_url=False)]

    @staticmethod
    def _clean(loc: tuple[Any, ...]) -> tuple[Any, ...]:
        if len(loc) >= 3 and loc[0] == "rules" and isinstance(loc[1], int) and loc[2] in RULE_TYPES:
            return loc[:2] + loc[3:]
        return loc

    def errors(self, include_url: bool = False) -> list[dict[str, Any]]:
        return self._errors


def _validate(data: Any, path: Path, where: dict[tuple[Any, ...], Location]) -> PolicyFile:
    try:
        return PolicyFile.model_validate(data)
    except ValidationError as exc:
        problems = validation_problems(_Untagged(exc), PolicyFile, path, where)  # type: ignore[arg-type]
        raise InputError(f"{path}: invalid policy ({len(problems)} problem(s))", file=str(path),
                         problems=problems) from None


def _load_link(path: Path, *, builtin: bool) -> _Link:
    data, where = load_yaml(path)
    spec = _validate(data, path, where)
    link = _Link(path=path, spec=spec, where=where, raw=path.read_bytes())
    if builtin and spec.policy != path.stem:
        raise InputError(f"{_at(link, ('policy',))}: built-in policy file {path.name!r} declares id "
                         f"{spec.policy!r}; the id must equal the file name ({path.stem!r})", file=str(path))
    return link


def _chain(ref: str | Path) -> list[_Link]:
    """The leaf policy file and every file it extends, leaf first."""
    builtins = builtin_policies()
    found = _resolve_ref(ref, builtins, None)
    if found is None:
        raise InputError(_unknown(str(ref), builtins))
    chain = [_load_link(found[0], builtin=found[1])]
    seen = {found[0].resolve()}
    while (parent := chain[-1].spec.extends) is not None:
        child = chain[-1]
        found = _resolve_ref(parent, builtins, child.path.parent)
        if found is None:
            raise InputError(f"{_at(child, ('extends',))}: extends: {_unknown(parent, builtins)} "
                             f"(paths are relative to {child.path.parent})", file=str(child.path))
        resolved = found[0].resolve()
        if resolved in seen:
            names = " -> ".join(f"{link.spec.policy} ({link.path})" for link in chain)
            raise InputError(f"{_at(child, ('extends',))}: policy `extends` chain has a cycle: {names} -> "
                             f"{found[0]}", file=str(child.path))
        seen.add(resolved)
        chain.append(_load_link(found[0], builtin=found[1]))
    return chain


def _merge(chain: list[_Link]) -> list[Rule]:
    """Rules of the chain, root first: a child's rule replaces the parent's rule of the same id in place."""
    rules: list[Rule] = []
    for link in reversed(chain):
        inherited = [r.id for r in rules]
        own = {r.id for r in link.spec.rules}
        for pos, rule_id in enumerate(link.spec.disable):
            if rule_id not in inherited:
                known = ", ".join(inherited) if inherited else "none (this policy extends nothing)"
                raise InputError(f"{_at(link, ('disable', pos))}: disable: no inherited rule {rule_id!r}; "
                                 f"inherited rules: {known}", file=str(link.path))
            if rule_id in own:
                # Disabling and redefining at once is ambiguous; redefining alone already replaces it.
                raise InputError(f"{_at(link, ('disable', pos))}: disable: rule {rule_id!r} is also defined "
                                 "in this file's `rules`; remove it from `disable` to replace the inherited rule",
                                 file=str(link.path))
        rules = [r for r in rules if r.id not in link.spec.disable]
        for rule in link.spec.rules:
            index = next((i for i, r in enumerate(rules) if r.id == rule.id), None)
            if index is None:
                rules.append(rule)
            else:
                rules[index] = rule
    return rules


def load_policy(ref: str | Path) -> Policy:
    """Load a policy by built-in id or file path, merging its `extends` chain into one Policy."""
    chain = _chain(ref)
    # The hash covers the files leaf first, so it equals `cat <files...> | sha256sum`.
    digest = hashlib.sha256(b"".join(link.raw for link in chain)).hexdigest()
    leaf = chain[0].spec
    actions = None
    for link in reversed(chain):
        # Root first: each file's setting replaces what it extends, severity by severity.
        actions = inconclusive_by_severity(link.spec.on_inconclusive, actions)
    return Policy(id=leaf.policy, description=leaf.description, rules=_merge(chain), on_inconclusive=actions,
                  files=[str(link.path) for link in chain], sha256=digest)
