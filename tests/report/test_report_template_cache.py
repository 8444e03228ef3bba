"""Compiled report templates in the user cache: reused across processes, never a reason for a report to fail."""

from __future__ import annotations

import pytest

from auditkit.report import html, markdown, template_cache

NAMES = (html.TEMPLATE, markdown.TEMPLATE)


@pytest.fixture
def fresh_cache(monkeypatch, tmp_path):
    """bytecode_cache() as a new process sees it, with AUDITKIT_CACHE in tmp_path."""
    monkeypatch.setenv("AUDITKIT_CACHE", str(tmp_path / "cache"))
    template_cache.bytecode_cache.cache_clear()
    yield tmp_path / "cache"
    template_cache.bytecode_cache.cache_clear()


def _compile_all(monkeypatch) -> int:
    """Load every template in a new environment, as a new process would; return how many were compiled."""
    compiled = []
    for module, name in ((html, html.TEMPLATE), (markdown, markdown.TEMPLATE)):
        env = module._environment.__wrapped__()  # a new environment, not the process's cached one
        real = env.compile
        monkeypatch.setattr(env, "compile", lambda *a, real=real, **k: compiled.append(a) or real(*a, **k))
        assert env.get_template(name).render is not None
    return len(compiled)


def test_templates_are_compiled_once_into_the_cache_and_reused(fresh_cache, monkeypatch):
    assert _compile_all(monkeypatch) == len(NAMES)
    files = sorted((fresh_cache / template_cache.FOLDER).iterdir())
    assert len(files) == len(NAMES) and all(f.stat().st_size > 100 for f in files)
    assert _compile_all(monkeypatch) == 0


def test_a_corrupt_entry_is_compiled_again(fresh_cache, monkeypatch):
    _compile_all(monkeypatch)
    for f in (fresh_cache / template_cache.FOLDER).iterdir():
        f.write_bytes(b"j2 not bytecode")
    assert _compile_all(monkeypatch) == len(NAMES)


def test_a_cache_that_cannot_be_made_only_costs_time(fresh_cache, monkeypatch):
    fresh_cache.write_text("a file where the cache folder would go")
    assert template_cache.bytecode_cache() is None
    assert _compile_all(monkeypatch) == len(NAMES)
    assert fresh_cache.read_text() == "a file where the cache folder would go"
