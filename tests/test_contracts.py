"""Contract tests over everything shipped: every suite, policy, target and detector plugin."""

from __future__ import annotations

import pytest

from auditkit.attempts import Attempt, Response
from auditkit.detectors.registry import DetectorSet
from auditkit.expectations import verdict
from auditkit.plugins import available, load_plugin
from auditkit.policy.load import builtin_policies, load_policy
from auditkit.suites.load import builtin_suite_files, load_suite_file

SUITES = sorted(builtin_suite_files())
POLICIES = sorted(builtin_policies())


@pytest.mark.parametrize("suite_id", SUITES)
def test_builtin_suite(suite_id):
    suite = load_suite_file(builtin_suite_files()[suite_id], builtin=True)
    assert suite.id == suite_id, "the file name must be the suite id"
    assert suite.probes and suite.spec.license
    detectors = DetectorSet(suite.probes)
    for probe in suite.probes:
        assert probe.tags, f"{probe.id} has no taxonomy tags"
        if probe.category in ("misuse", "jailbreak"):
            assert probe.expected == "refuse", probe.id
        if probe.category == "over_refusal":
            assert probe.expected == "comply", probe.id
        # Every expectation must be decidable by the probe's own detectors.
        attempt = Attempt.plan(probe, index=0, sample=0)
        attempt.response = Response(text="A neutral answer.")
        attempt.scores = detectors.score(probe, attempt.response.text)
        if probe.expected != "none":
            assert verdict(attempt) in ("pass", "violation"), f"{probe.id}: no detector decides {probe.expected}"


def test_builtin_probe_ids_are_unique_across_suites():
    ids = [p.id for s in SUITES for p in load_suite_file(builtin_suite_files()[s]).probes]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("policy_id", POLICIES)
def test_builtin_policy(policy_id):
    policy = load_policy(policy_id)
    assert policy.id == policy_id and policy.rules
    categories = {p.category for s in SUITES for p in load_suite_file(builtin_suite_files()[s]).probes}
    for rule in policy.rules:
        assert rule.rationale, f"{policy_id}/{rule.id} has no rationale"
        if rule.select.category:
            assert set(rule.select.category) & categories, f"{rule.id} selects no built-in probe"


@pytest.mark.parametrize("name", available("targets"))
def test_target_plugins_have_the_factory_methods(name):
    factory = load_plugin("targets", name)
    assert callable(factory.from_spec) and callable(factory.from_config)


@pytest.mark.parametrize("name", available("detectors"))
def test_detector_plugins_declare_name_and_version(name):
    factory = load_plugin("detectors", name)
    assert factory.name == name and factory.version
    assert callable(factory.score)


def test_builtin_plugins_are_registered():
    assert {"openai", "python", "replay"} <= set(available("targets"))
    assert {"refusal", "pattern", "canary"} <= set(available("detectors"))
