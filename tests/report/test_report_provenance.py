"""The "Licence and provenance" section in every format, its place in the compliance mapping, and its escaping."""

from __future__ import annotations

import json

import pytest

from auditkit.records.manifest import DetectorRef
from auditkit.records.provenance import FileHash, ModelComponent, ModelProvenance, Provenance
from auditkit.report.build import build_report
from auditkit.report.html import render_html
from auditkit.report.json_report import render_json
from auditkit.report.markdown import render_markdown
from auditkit.report.model import Report

HOSTILE = "<script>alert(1)</script> | # heading [x](javascript:alert(1))"
MINILM = ModelComponent(name="sentence-transformers/all-MiniLM-L6-v2", role="sentence encoder", license="Apache-2.0",
                        license_terms="permissive", version="0.1.0",
                        files=[FileHash(path="config.json", size=600, sha256="11" * 32),
                               FileHash(path="model.safetensors", size=90_000_000, sha256="53" * 32)])


def known_model(**changes) -> ModelProvenance:
    base = dict(name="tiny-chat", provider="Example Labs", location="/models/tiny-chat", access="weights",
                open_weights=True, open_weights_basis="stated in the config (config model_card.open_weights)",
                license="Apache-2.0", license_terms="permissive", base_models=["example-org/tiny-base-1b"],
                training_data=["example-org/helpful-dialogues"], training_data_statement=f"Dialogues. {HOSTILE}",
                card={"card.license": "apache-2.0", "card.tags": [HOSTILE]},
                files=[FileHash(path="model.safetensors", size=4096, sha256="aa" * 32)],
                sources={"license": "README.md metadata", "open_weights": "config model_card.open_weights"})
    return ModelProvenance(**(base | changes))


def with_provenance(manifest, model: ModelProvenance, *, licence: str | None = "Apache-2.0",
                    commercial_use: bool = True):
    suites = [s.model_copy(update={"license": licence, "origin": "Written for auditkit."}) for s in manifest.suites]
    detectors = [DetectorRef(name="refusal", version="2", backend="patterns+minilm", models=[MINILM])]
    return manifest.model_copy(update={"suites": suites, "detectors": detectors,
                                       "provenance": Provenance(model=model, commercial_use=commercial_use)})


def report_of(manifest, attempts, policy, findings) -> Report:
    return build_report(manifest=manifest, attempts=attempts, policy=policy, findings=findings, fail_on="high")


def requirement(report: Report, framework: str, req_id: str):
    return next(r for f in report.compliance if f.id == framework for r in f.requirements if r.id == req_id)


def test_every_format_carries_the_section(manifest, attempts, policy, findings):
    report = report_of(with_provenance(manifest, known_model()), attempts, policy, findings)
    section = report.provenance
    assert section.recorded and section.model.license == "Apache-2.0" and not section.issues and not section.unknown
    assert [d.license_terms for d in section.data] == ["permissive", "permissive"]
    data = json.loads(render_json(report))
    assert data["provenance"]["model"]["license"] == "Apache-2.0"
    assert data["provenance"]["detectors"][0]["models"][0]["name"] == "sentence-transformers/all-MiniLM-L6-v2"
    md = render_markdown(report)
    body = md[md.index("## 13. Licence and provenance"):md.index("## Appendix")]
    assert "| licence | Apache-2.0, permissive | README.md metadata |" in body
    assert "| open weights | yes (stated in the config (config model\\_card.open\\_weights)) |" in body
    assert "| model.safetensors | 4096 | " + "aa" * 32 + " |" in body
    assert "2 file(s); model.safetensors 5353535353535353" in body  # the largest file names the detector model
    html = render_html(report)
    assert '<section id="provenance">' in html and '<a href="#provenance">' in html
    assert "<strong>Apache-2.0</strong>" in html
    assert requirement(report, "eu-ai-act", "Annex IV 2(d) data provenance").status == "evidenced"
    assert requirement(report, "nist-ai-rmf", "MAP 4.1").status == "evidenced"


def test_model_card_text_is_untrusted_everywhere(manifest, attempts, policy, findings):
    report = report_of(with_provenance(manifest, known_model(name=HOSTILE)), attempts, policy, findings)
    html = render_html(report)
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = render_markdown(report)
    row = next(line for line in md.splitlines() if line.startswith("| name |"))
    assert "<script>" not in row and "\\|" in row  # escaped: the cell stays one cell
    markdown_it = pytest.importorskip("markdown_it")
    body = md[md.index("## 13. Licence and provenance"):md.index("## Appendix")]
    # Raw HTML enabled, as on many Markdown hosts: the escaping must hold without the renderer's help.
    rendered = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").render(body)
    assert "<script" not in rendered and "href=" not in rendered and "<h1>" not in rendered


def test_unknown_licences_are_caveats_and_gaps(manifest, attempts, policy, findings):
    model = known_model(license=None, license_terms="unknown", open_weights=None, training_data=[],
                        training_data_statement=None, sources={})
    report = report_of(with_provenance(manifest, model, licence="CC-BY-NC-4.0"), attempts, policy, findings)
    caveat = next(c for c in report.caveats if c.startswith("Commercial release audit"))
    assert "model tiny-chat: unknown (no licence stated)" in caveat
    assert "data set test-suite: CC-BY-NC-4.0 (non-commercial only)" in caveat
    annex = requirement(report, "eu-ai-act", "Annex IV 2(d) data provenance")
    assert annex.status == "partly evidenced"
    assert annex.gaps[:3] == report.provenance.unknown
    html = render_html(report)
    assert "licences in the chain that do not clearly allow commercial use" in html


def test_a_stated_licence_that_contradicts_the_card_is_a_caveat(manifest, attempts, policy, findings):
    model = known_model(conflicts=["licence: the config states 'MIT'; README.md metadata says 'CC-BY-NC-4.0'"])
    report = report_of(with_provenance(manifest, model, commercial_use=False), attempts, policy, findings)
    assert any("disagrees with the model's own files" in c and "CC-BY-NC-4.0" in c for c in report.caveats)
    assert "**Conflict**: licence: the config states" in render_markdown(report)


@pytest.mark.parametrize("licence", ["llama3.1", "gemma"])
def test_conditional_licences_are_named(manifest, attempts, policy, findings, licence):
    model = known_model(license=licence, license_terms="restricted")
    report = report_of(with_provenance(manifest, model), attempts, policy, findings)
    assert any(c.startswith("Licences that allow commercial use only under conditions") and licence in c
               for c in report.caveats)


def test_a_run_without_recorded_provenance_still_renders(manifest, attempts, policy, findings):
    report = report_of(manifest, attempts, policy, findings)  # the fixture manifest predates provenance
    assert report.provenance is not None and not report.provenance.recorded and not report.provenance.issues
    # Detectors are still named from the table, without hashes.
    assert [m.name for d in report.provenance.detectors for m in d.models] == ["auditkit rules", "auditkit rules"]
    md = render_markdown(report)
    assert "The model's provenance was not recorded for this run" in md
    assert requirement(report, "eu-ai-act", "Annex IV 2(d) data provenance").status == "not evidenced"
    old = Report.model_validate(report.model_dump() | {"provenance": None})
    assert "Not recorded in this report." in render_markdown(old) and "Not recorded in this report." in render_html(
        old)
