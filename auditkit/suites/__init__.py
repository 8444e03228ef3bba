"""Suites: YAML files of probes, and the concrete probes they expand into."""

from auditkit.records.probes import Message, Probe
from auditkit.suites.load import builtin_suite_files, load_suite_file, load_suites
from auditkit.suites.model import ProbeSpec, Suite, SuiteFile

__all__ = ["Message", "Probe", "ProbeSpec", "Suite", "SuiteFile", "builtin_suite_files", "load_suite_file",
           "load_suites"]
