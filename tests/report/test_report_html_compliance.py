"""Framework mappings: valid files, tags from the taxonomy, every framework term mapped, coverage and gaps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from auditkit.errors import InputError
from auditkit.report.compliance import load_mapping, shipped_mappings
from auditkit.resources import data_dir

TAXONOMY = data_dir("reports") / "taxonomy.yaml"


def taxonomy_terms() -> dict[str, set[str]]:
    data = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    return {name: set(fw.get("terms", {})) for name, fw in data["frameworks"].items()}


def test_four_frameworks_shipped():
    ids = [m.framework for m in shipped_mappings()]
    assert ids == ["eu-ai-act", "nist-ai-600-1", "nist-ai-rmf", "owasp-llm"]
    eu = next(m for m in shipped_mappings() if m.framework == "eu-ai-act")
    assert any(r.id.startswith("Annex IV 2(g)") for r in eu.requirements)
    assert any(r.id.startswith("Article 15") for r in eu.requirements)


@pytest.mark.skipif(not TAXONOMY.is_file(), reason="reports/taxonomy.yaml not present")
def test_every_tag_is_in_the_taxonomy():
    terms = taxonomy_terms()
    for mapping in shipped_mappings():
        for req in mapping.requirements:
            for tag in req.evidenced_by.tags:
                prefix, _, term = tag.partition(":")
                assert term in terms.get(prefix, set()), f"{mapping.framework} {req.id}: unknown tag {tag}"


@pytest.mark.skipif(not TAXONOMY.is_file(), reason="reports/taxonomy.yaml not present")
def test_every_framework_term_has_a_requirement():
    terms = taxonomy_terms()
    by_id = {m.framework: m for m in shipped_mappings()}
    owasp = {r.id.split()[0].lower() for r in by_id["owasp-llm"].requirements}
    assert terms["owasp-llm"] <= owasp
    rmf = {r.id.lower().replace(" ", "-") for r in by_id["nist-ai-rmf"].requirements}
    assert terms["nist-ai-rmf"] <= rmf
    # NIST AI 600-1: each risk is a requirement that counts attempts with its own tag.
    risk_tags = {t.split(":")[1] for r in by_id["nist-ai-600-1"].requirements for t in r.evidenced_by.tags
                 if t.startswith("nist-ai-600-1:")}
    assert len(by_id["nist-ai-600-1"].requirements) == 12
    assert terms["nist-ai-600-1"] - {"environmental-impacts", "value-chain-component-integration"} <= risk_tags


def test_a_mistake_in_a_mapping_is_located(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("framework: x\nname: X\nversion: '1'\nsource: s\nrequirements:\n"
                   "  - id: R1\n    title: t\n    evidenced_by: {categorys: [bias]}\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_mapping(bad)
    assert "bad.yaml" in str(info.value) and "categorys" in str(info.value)


def test_requirements_without_tests_list_gaps(report):
    for fw in report.compliance:
        for req in fw.requirements:
            if req.status != "evidenced":
                assert req.gaps, (fw.id, req.id)
    rmf = {r.id: r for r in next(f for f in report.compliance if f.id == "nist-ai-rmf").requirements}
    assert rmf["MEASURE 2.12"].status == "not evidenced"
    assert "auditkit has no test for this requirement." in rmf["MEASURE 2.12"].gaps
    # Fixture: bias-refusals is inconclusive, so fairness is only partly evidenced and the gap says why.
    assert rmf["MEASURE 2.11"].status == "partly evidenced"
    assert any("bias-refusals" in g for g in rmf["MEASURE 2.11"].gaps)
