"""pytest plugin: every rule of an audit's policy becomes a test case with the usual exit code.

    @pytest.mark.auditkit(run="runs/candidate", policy="release", fail_on="high")
    def test_release_gate(auditkit_rule):
        auditkit_rule.check()

Registered through the `pytest11` entry point; heavy imports happen only when a test asks for an audit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

_CACHE = pytest.StashKey[dict]()
MARKER_HELP = ("auditkit(run=None, config=None, policy=None, fail_on=None, strict=False): judge a saved run "
               "(run=FOLDER) or run an audit (config=auditkit.yaml); the `auditkit_rule` fixture then yields "
               "one case per policy rule")


class RuleOutcome:
    """One policy rule's finding, turned into a test outcome by `check()`."""

    def __init__(self, finding: Any, report: Any, strict: bool):
        self.finding = finding
        self.report = report
        self.strict = strict

    def __repr__(self) -> str:
        return f"<auditkit rule {self.finding.rule_id}: {self.finding.status}>"

    def describe(self) -> str:
        """Value, interval, n and bound of the finding, in one paragraph."""
        f = self.finding
        lines = [f"{f.rule_id} ({f.severity}): {f.status}", f"  {f.message}"]
        if f.rationale:
            lines.append(f"  why: {f.rationale}")
        if f.evidence:
            lines.append(f"  evidence attempts: {', '.join(f.evidence[:5])}")
        return "\n".join(lines)

    def check(self) -> None:
        """Pass, fail (at or above fail-on, inconclusive too where the policy fails on it), xfail (a failure below
        fail-on) or skip (inconclusive)."""
        from auditkit.policy.model import severity_rank

        f = self.finding
        if f.status == "pass":
            return
        if f.status == "inconclusive":
            # The policy's on_inconclusive decides, as the gate does: missing evidence fails where it says so.
            blocks = f.on_inconclusive == "fail" and severity_rank(f.severity) >= severity_rank(self.report.fail_on)
            if self.strict or blocks:
                pytest.fail(self.describe(), pytrace=False)
            pytest.skip(f"inconclusive: {f.message}")
        if severity_rank(f.severity) >= severity_rank(self.report.fail_on):
            pytest.fail(self.describe(), pytrace=False)
        pytest.xfail(f"fails below fail-on {self.report.fail_on}: {f.message}")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Command-line defaults for tests marked with @pytest.mark.auditkit."""
    group = parser.getgroup("auditkit")
    group.addoption("--auditkit-run", help="run folder to judge when the marker names none")
    group.addoption("--auditkit-policy", help="policy (built-in id or file) overriding the marker's")
    group.addoption("--auditkit-fail-on", help="lowest failing severity overriding the marker's")


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker."""
    config.addinivalue_line("markers", MARKER_HELP)
    config.stash[_CACHE] = {}


def _resolve(config: pytest.Config, value: str | None) -> Path | None:
    if value is None:
        return None
    path = Path(value)
    return path if path.is_absolute() else config.rootpath / path


def _judge(config: pytest.Config, options: dict[str, Any]) -> Any:
    from auditkit.runs.config import load_config, merge_run_config
    from auditkit.runs.judging import judge_run
    from auditkit.runs.runner import run_audit

    cache = config.stash[_CACHE]
    key = repr(sorted(options.items()))
    if key not in cache:
        run_dir = _resolve(config, options.get("run"))
        if run_dir is None and options.get("config"):
            config_path = _resolve(config, options["config"])
            data = load_config(config_path)
            run_dir = Path(data["out"]) if data.get("out") else None
            if run_dir is None or not (run_dir / "manifest.json").exists():
                run_dir = run_audit(merge_run_config(data, path=config_path, what="config")).folder
        if run_dir is None:
            raise pytest.Collector.CollectError("auditkit: @pytest.mark.auditkit needs run=FOLDER or "
                                                "config=auditkit.yaml (or --auditkit-run FOLDER)")
        policy = options.get("policy")
        policy_path = _resolve(config, policy)
        cache[key] = judge_run(run_dir, policy=str(policy_path) if policy_path and policy_path.exists() else policy,
                               fail_on=options.get("fail_on"))
    return cache[key]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize `auditkit_rule` over the findings of the judged run."""
    if "auditkit_rule" not in metafunc.fixturenames:
        return
    from auditkit.errors import AuditkitError

    marker = metafunc.definition.get_closest_marker("auditkit")
    options = dict(marker.kwargs) if marker else {}
    cli = {"run": metafunc.config.getoption("--auditkit-run"), "policy": metafunc.config.getoption("--auditkit-policy"),
           "fail_on": metafunc.config.getoption("--auditkit-fail-on")}
    options.setdefault("run", cli["run"])
    for name in ("policy", "fail_on"):
        if cli[name]:
            options[name] = cli[name]
    strict = bool(options.pop("strict", False))
    try:
        report = _judge(metafunc.config, options)
    except AuditkitError as exc:
        # A CollectError is shown as its message alone: the user sees what is wrong, not a traceback.
        raise pytest.Collector.CollectError(f"auditkit: {exc}") from None
    if not report.findings:
        raise pytest.Collector.CollectError("auditkit: the run was judged without a policy; "
                                            "give policy=... in the marker")
    metafunc.parametrize("auditkit_rule", [RuleOutcome(f, report, strict) for f in report.findings],
                         ids=[f.rule_id for f in report.findings])


@pytest.fixture
def auditkit_report(request: pytest.FixtureRequest) -> Any:
    """The judged Report of the test's @pytest.mark.auditkit marker, for custom assertions."""
    marker = request.node.get_closest_marker("auditkit")
    options = dict(marker.kwargs) if marker else {}
    options.pop("strict", None)
    options.setdefault("run", request.config.getoption("--auditkit-run"))
    return _judge(request.config, options)
