"""Suites built from public benchmark files: `FORMAT:PATH[?key=value&...]` references and `probes import`.

Formats: xstest, harmbench, jailbreakbench, advbench, strongreject, bbq, csv, jsonl (column mapping) and
hf (a Hugging Face dataset, when `datasets` is installed and the hub is reachable).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

from auditkit.errors import InputError
from auditkit.suites.loaders import bbq, generic, hub, request_lists
from auditkit.suites.loaders.base import Format, Options, Source, read_csv, read_jsonl, slug
from auditkit.suites.model import SuiteFile

COMMON_OPTIONS = ("suite", "limit", "description", "license")
FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("xstest", "XSTest prompts (Röttger et al., NAACL 2024)", "CC-BY-4.0", request_lists.xstest),
    Format("harmbench", "HarmBench behaviours (Mazeika et al., 2024)", "MIT", request_lists.harmbench),
    Format("jailbreakbench", "JailbreakBench JBB-Behaviors (Chao et al., 2024)", "MIT", request_lists.jailbreakbench,
           options=("split",)),
    Format("advbench", "AdvBench harmful behaviours (Zou et al., 2023)", "MIT", request_lists.advbench),
    Format("strongreject", "StrongREJECT forbidden prompts (Souly et al., 2024)", "MIT", request_lists.strongreject),
    Format("bbq", "BBQ bias benchmark for QA (Parrish et al., ACL 2022)", "CC-BY-4.0", bbq.bbq, read=read_jsonl),
    Format("csv", "prompts from a CSV file", "", generic.mapped, options=generic.OPTIONS),
    Format("jsonl", "prompts from a JSON Lines file", "", generic.mapped, read=read_jsonl, options=generic.OPTIONS),
    Format("hf", "a Hugging Face dataset", "", generic.mapped,
           options=(*generic.OPTIONS, *hub.OPTIONS, "format")),
)}


@dataclass(frozen=True)
class LoaderRef:
    """A parsed `FORMAT:SOURCE?options` reference."""

    format: str
    source: str
    options: dict[str, str]

    @property
    def text(self) -> str:
        """The reference as written (for messages)."""
        return f"{self.format}:{self.source}"


def parse_ref(ref: str) -> LoaderRef | None:
    """The loader reference in `ref`, or None when it names no known format (or an existing file)."""
    fmt, sep, rest = ref.partition(":")
    if not sep or fmt not in FORMATS or not rest or Path(ref).exists():
        return None
    source, _, query = rest.partition("?")
    return LoaderRef(fmt, source, dict(parse_qsl(query, keep_blank_values=True)))


def build(ref: LoaderRef) -> tuple[SuiteFile, Source]:
    """Read a benchmark and turn it into a suite file (not yet expanded) and the source it came from."""
    fmt = FORMATS[ref.format]
    options = Options(ref.options, ref.text)
    if fmt.name == "hf":
        source = hub.read_hub(ref.source, options)
        inner = options.get("format")
        if inner is not None and (inner not in FORMATS or inner in ("hf", "csv", "jsonl")):
            raise InputError(f"{ref.text}: `format` must be one of "
                             f"{', '.join(n for n in FORMATS if n not in ('hf', 'csv', 'jsonl'))}")
        convert, license_, title = (FORMATS[inner].convert, FORMATS[inner].license, FORMATS[inner].title) \
            if inner else (fmt.convert, "", fmt.title)
    else:
        source = fmt.read(Path(ref.source).expanduser())
        convert, license_, title = fmt.convert, fmt.license, fmt.title
    probes = convert(source, options)
    suite_id = options.get("suite") or slug(f"{fmt.name}-{Path(ref.source).stem if fmt.name != 'hf' else ref.source}",
                                             fmt.name)
    description = options.get("description") or f"{title}, from {source.name}"
    license_ = options.get("license") or license_ or None
    options.check_all_used((*COMMON_OPTIONS, *fmt.options))
    if not probes:
        raise InputError(f"{ref.text}: no probes (the source has {len(source.rows)} rows)")
    try:
        spec = SuiteFile(suite=slug(suite_id, fmt.name), description=description, license=license_, probes=probes)
    except ValueError as exc:
        raise InputError(f"{ref.text}: {exc}") from None
    return spec, source


__all__ = ["FORMATS", "LoaderRef", "build", "parse_ref", "read_csv", "read_jsonl"]
