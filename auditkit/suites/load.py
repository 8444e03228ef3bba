"""Find and load suites: built-in ones by id or folder, or any suite file or folder by path."""

from __future__ import annotations

from pathlib import Path

from auditkit.errors import InputError
from auditkit.records.hashing import sha256_file
from auditkit.records.probes import Probe
from auditkit.resources import data_dir
from auditkit.suites.expand import expand_probe
from auditkit.suites.images import cache_dir as media_cache_dir
from auditkit.suites.model import Suite, SuiteFile
from auditkit.suites.variants import build_suite_transforms
from auditkit.userfiles import Location, load_yaml, located_problem, validate

SUITE_SUFFIXES = (".yaml", ".yml")
MAX_PROBES = 200_000
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def _suite_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in SUITE_SUFFIXES and p.is_file()
                  and not p.name.startswith("."))


def builtin_suite_files() -> dict[str, Path]:
    """Map every built-in suite id to its file (the file name is the suite id)."""
    return {p.stem: p for p in _suite_files(data_dir("probes"))}


# Suites loaded in this process, by file, content, kind and generated-media folder (expansion writes the paths
# of generated images, speech and clips into the probes): `auditkit run` reads its suites once to check the
# policy before sending and again to plan the run (a quarter of a second of parsing and expanding each time).
_LOADED: dict[tuple[Path, str, bool, Path], Suite] = {}
_LOADED_MAX = 64


def load_suite_file(path: Path, *, builtin: bool = False) -> Suite:
    """Load and expand one suite file."""
    path = Path(path)
    sha256 = sha256_file(path)
    key = (path.resolve(), sha256, builtin, media_cache_dir())
    if key in _LOADED:
        return _LOADED[key]
    data, where = load_yaml(path)
    spec = validate(SuiteFile, data, path=path, where=where, what="suite")
    suite = suite_from_spec(spec, path, sha256=sha256, builtin=builtin, where=where)
    if len(_LOADED) >= _LOADED_MAX:
        _LOADED.clear()
    _LOADED[key] = suite
    return suite


def suite_from_spec(spec: SuiteFile, path: Path, *, sha256: str, builtin: bool = False,
                    where: dict[tuple, Location] | None = None) -> Suite:
    """Check and expand a suite read from `path` (a suite file, or a benchmark file a loader read).

    `where` (from load_yaml) places each problem at its line of the file.
    """

    def refuse(loc: tuple, message: str) -> InputError:
        return InputError(located_problem(path, where, loc, message), file=str(path))

    if spec.transforms:
        build_suite_transforms(spec, path)  # an unknown transform or option fails now, not when a run is planned
    base = path.parent.resolve()
    probes: list[Probe] = []
    seen: set[str] = set()
    for i, probe_spec in enumerate(spec.probes):
        for j, image in enumerate(probe_spec.images):
            at = ("probes", i, "images", j)
            resolved = (base / image).resolve()
            if not resolved.is_relative_to(base):
                raise refuse(at, f"image {image!r} of probe {probe_spec.id!r} lies outside the suite's folder; "
                                 "expected a path inside it")
            if not resolved.is_file():
                raise refuse(at, f"image {image!r} of probe {probe_spec.id!r} not found")
            if resolved.stat().st_size > MAX_IMAGE_BYTES:
                raise refuse(at, f"image {image!r} of probe {probe_spec.id!r} is {resolved.stat().st_size} bytes; "
                                 f"the limit is {MAX_IMAGE_BYTES} bytes")
        for probe in expand_probe(probe_spec, spec, base):
            if probe.id in seen:
                raise refuse(("probes", i, "variables"), f"probe {probe_spec.id!r} expands to the same variables "
                             f"twice ({probe.variables}); remove the duplicate value")
            seen.add(probe.id)
            probes.append(probe)
            if len(probes) > MAX_PROBES:
                raise InputError(f"{path}: more than {MAX_PROBES} probes after expansion; split the suite")
    return Suite(id=spec.suite, description=spec.description, path=path, sha256=sha256, spec=spec,
                 probes=probes, builtin=builtin)


def resolve_suite_refs(refs: list[str]) -> list[tuple[Path, bool]]:
    """Turn suite references (built-in id, built-in folder, file or folder path) into files."""
    builtins = builtin_suite_files()
    root = data_dir("probes")
    out: list[tuple[Path, bool]] = []
    for ref in refs:
        path = Path(ref)
        if ref in builtins:
            out.append((builtins[ref], True))
        elif (root / ref).is_dir() and "/" not in ref and ref not in (".", ".."):
            out.extend((p, True) for p in _suite_files(root / ref))
        elif path.is_file():
            out.append((path, False))
        elif path.is_dir():
            files = _suite_files(path)
            if not files:
                raise InputError(f"suite folder {ref!r} holds no .yaml suite files")
            out.extend((p, False) for p in files)
        else:
            groups = sorted(p.name for p in root.iterdir() if p.is_dir())
            raise InputError(f"unknown suite {ref!r}: not a built-in suite id, a built-in folder "
                             f"({', '.join(groups)}), or an existing file or folder; "
                             "see `auditkit probes list`")
    return out


def load_benchmark_suite(ref: str) -> Suite | None:
    """The suite a `FORMAT:PATH[?key=value&...]` reference builds from a benchmark file; None for other refs."""
    from auditkit.suites import loaders  # only references with a format prefix need the loaders

    parsed = loaders.parse_ref(ref)
    if parsed is None:
        return None
    spec, source = loaders.build(parsed)
    return suite_from_spec(spec, Path(source.name), sha256=source.sha256)


def load_suites(refs: list[str]) -> list[Suite]:
    """Load every suite the references name, refusing two suites with the same id."""
    suites: list[Suite] = []
    ids: dict[str, Path] = {}
    for ref in refs:
        benchmark = load_benchmark_suite(ref)
        loaded = [benchmark] if benchmark else [
            load_suite_file(path, builtin=builtin) for path, builtin in resolve_suite_refs([ref])
            if not any(s.path.resolve() == path.resolve() for s in suites)]
        for suite in loaded:
            if suite.id in ids:
                raise InputError(f"suite id {suite.id!r} is defined twice: {ids[suite.id]} and {suite.path}")
            ids[suite.id] = suite.path
            suites.append(suite)
    if not suites:
        raise InputError("no suites selected")
    return suites
