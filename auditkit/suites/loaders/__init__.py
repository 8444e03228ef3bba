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

COMMON_OPTIONS = ("suite", "limit", "description", "license", "origin", "citation")
_CITE = {
    "xstest": "Röttger, Kirk, Vidgen, Attanasio, Bianchi and Hovy. XSTest: A Test Suite for Identifying Exaggerated "
              "Safety Behaviours in Large Language Models. NAACL 2024.",
    "harmbench": "Mazeika et al. HarmBench: A Standardized Evaluation Framework for Automated Red Teaming and Robust "
                 "Refusal. ICML 2024.",
    "jailbreakbench": "Chao et al. JailbreakBench: An Open Robustness Benchmark for Jailbreaking Large Language "
                      "Models. NeurIPS 2024 Datasets and Benchmarks Track.",
    "advbench": "Zou, Wang, Kolter and Fredrikson. Universal and Transferable Adversarial Attacks on Aligned "
                "Language Models. arXiv:2307.15043, 2023.",
    "strongreject": "Souly et al. A StrongREJECT for Empty Jailbreaks. NeurIPS 2024 Datasets and Benchmarks Track.",
    "bbq": "Parrish et al. BBQ: A Hand-Built Bias Benchmark for Question Answering. Findings of ACL 2022.",
}
_URL = {
    "xstest": "https://github.com/paul-rottger/exaggerated-safety",
    "harmbench": "https://github.com/centerforaisafety/HarmBench",
    "jailbreakbench": "https://github.com/JailbreakBench/jailbreakbench",
    "advbench": "https://github.com/llm-attacks/llm-attacks",
    "strongreject": "https://github.com/dsbowen/strong_reject",
    "bbq": "https://github.com/nyu-mll/BBQ",
}
FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("xstest", "XSTest prompts (Röttger et al., NAACL 2024)", "CC-BY-4.0", request_lists.xstest,
           citation=_CITE["xstest"], url=_URL["xstest"]),
    Format("harmbench", "HarmBench behaviours (Mazeika et al., 2024)", "MIT", request_lists.harmbench,
           citation=_CITE["harmbench"], url=_URL["harmbench"]),
    Format("jailbreakbench", "JailbreakBench JBB-Behaviors (Chao et al., 2024)", "MIT", request_lists.jailbreakbench,
           options=("split",), citation=_CITE["jailbreakbench"], url=_URL["jailbreakbench"]),
    Format("advbench", "AdvBench harmful behaviours (Zou et al., 2023)", "MIT", request_lists.advbench,
           citation=_CITE["advbench"], url=_URL["advbench"]),
    Format("strongreject", "StrongREJECT forbidden prompts (Souly et al., 2024)", "MIT", request_lists.strongreject,
           citation=_CITE["strongreject"], url=_URL["strongreject"]),
    Format("bbq", "BBQ bias benchmark for QA (Parrish et al., ACL 2022)", "CC-BY-4.0", bbq.bbq, read=read_jsonl,
           citation=_CITE["bbq"], url=_URL["bbq"]),
    Format("csv", "prompts from a CSV file", "", generic.mapped, options=generic.OPTIONS),
    Format("jsonl", "prompts from a JSON Lines file", "", generic.mapped, read=read_jsonl, options=generic.OPTIONS),
    Format("hf", "a Hugging Face dataset", "", generic.mapped,
           options=(*generic.OPTIONS, *hub.OPTIONS, "format")),
)}
_GENERIC = ("csv", "jsonl", "hf")


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
        known = FORMATS[inner] if inner else fmt
    else:
        source = fmt.read(Path(ref.source).expanduser())
        known = fmt
    probes = known.convert(source, options)
    suite_id = options.get("suite") or slug(f"{fmt.name}-{Path(ref.source).stem if fmt.name != 'hf' else ref.source}",
                                             fmt.name)
    description = options.get("description") or f"{known.title}, from {source.name}"
    # Named benchmarks carry their published licence; a file in a generic format has only what the user or
    # the source states, else none (reported as unknown).
    license_ = options.get("license") or known.license or source.license or None
    public = known.name not in _GENERIC
    origin = options.get("origin") or (f"derived from {known.title}, read from {source.name}" if public
                                       else f"{known.title}: {source.name}")
    citation = options.get("citation") or known.citation or source.citation
    options.check_all_used((*COMMON_OPTIONS, *fmt.options))
    if not probes:
        raise InputError(f"{ref.text}: no probes (the source has {len(source.rows)} rows)")
    try:
        spec = SuiteFile(suite=slug(suite_id, fmt.name), description=description, license=license_, origin=origin,
                         citation=citation, url=known.url or source.url, probes=probes)
    except ValueError as exc:
        raise InputError(f"{ref.text}: {exc}") from None
    return spec, source


__all__ = ["FORMATS", "LoaderRef", "build", "parse_ref", "read_csv", "read_jsonl"]
