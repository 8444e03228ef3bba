"""Property-based tests: any input file either loads or gives one clear error (exit code 2), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditkit.cli.main import cli
from auditkit.errors import InputError
from auditkit.policy.load import load_policy
from auditkit.runs.config import RunConfig, load_config
from auditkit.suites.load import load_suite_file
from auditkit.targets.replay import ReplayTarget
from auditkit.userfiles import validate

SUITE_KEYS = ["suite", "description", "probes", "id", "category", "expected", "prompt", "messages", "role",
              "content", "variables", "lists", "tags", "detectors", "name", "params", "images", "canaries",
              "system", "defaults", "misuse", "refuse", "bias", "zzz"]
POLICY_KEYS = ["policy", "description", "rules", "id", "type", "threshold", "metric", "violation_rate", "max",
               "min", "select", "category", "severity", "extends", "disable", "kind", "min_n", "zzz"]
CONFIG_KEYS = ["target", "type", "openai", "model", "base_url", "suites", "policy", "concurrency", "samples",
               "seed", "out", "fail_on", "limit", "zzz"]

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=20))


def documents(keys: list[str]) -> st.SearchStrategy:
    """Nested mappings and lists whose keys are mostly real field names, so validation goes deep."""
    key = st.one_of(st.sampled_from(keys), st.text(max_size=8))
    return st.recursive(scalars | st.sampled_from(keys),
                        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(key, inner, max_size=5),
                        max_leaves=25)


def raw_texts() -> st.SearchStrategy:
    """Text that is often not valid YAML at all."""
    return st.one_of(st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
                     st.sampled_from(["{", "[", "a: &x [*x]", "!!python/object/apply:os.system ['id']",
                                      "- - - -", "key: value\n\tbad: tab", "\x00", "? [a]\n: b"]))


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return path


def loads_or_input_error(fn, *args) -> None:
    try:
        fn(*args)
    except InputError as exc:
        text = str(exc)
        assert text and "Traceback" not in text


@SETTINGS
@given(doc=documents(SUITE_KEYS))
def test_suite_documents(tmp_path, doc):
    loads_or_input_error(load_suite_file, write(tmp_path, "s.yaml", yaml.safe_dump(doc)))


@SETTINGS
@given(text=raw_texts())
def test_suite_raw_text(tmp_path, text):
    loads_or_input_error(load_suite_file, write(tmp_path, "s.yaml", text.encode("utf-8", "surrogatepass")))


@SETTINGS
@given(doc=documents(POLICY_KEYS))
def test_policy_documents(tmp_path, doc):
    loads_or_input_error(load_policy, write(tmp_path, "p.yaml", yaml.safe_dump(doc)))


@SETTINGS
@given(doc=documents(CONFIG_KEYS))
def test_config_documents(tmp_path, doc):
    path = write(tmp_path, "auditkit.yaml", yaml.safe_dump(doc))
    loads_or_input_error(lambda p: validate(RunConfig, load_config(p), path=p, what="config"), path)


@SETTINGS
@given(rows=st.lists(st.one_of(documents(["probe_id", "prompt", "response", "sample", "error", "kind"]),
                               st.text(max_size=30)), max_size=6))
def test_replay_files(tmp_path, rows):
    text = "\n".join(json.dumps(r) if not isinstance(r, str) else r for r in rows)
    loads_or_input_error(ReplayTarget.from_spec, str(write(tmp_path, "r.jsonl", text)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(raw_texts(), documents(SUITE_KEYS).map(yaml.safe_dump)))
def test_cli_never_shows_a_traceback(tmp_path, text):
    path = write(tmp_path, "s.yaml", text.encode("utf-8", "surrogatepass"))
    for command in (["probes", "validate", str(path)], ["policy", "validate", str(path)]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code in (0, 2), result.output
        assert "Traceback" not in result.output and "internal error" not in result.output
        if result.exit_code == 2:
            assert result.output.startswith("error: ")


def test_recursive_alias_and_alias_bomb_are_refused(tmp_path):
    path = write(tmp_path, "s.yaml", "suite: &x [*x]\ndescription: d\nprobes: []\n")
    result = CliRunner().invoke(cli, ["probes", "validate", str(path)])
    assert result.exit_code == 2 and "alias refers to a value that contains it" in result.output
    levels = "a: &a [1,1,1,1,1,1,1,1,1,1]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(7))
    path = write(tmp_path, "b.yaml", "suite: x\ndescription: d\nlists:\n"
                 + "".join("  " + line + "\n" for line in levels.splitlines()) + "probes: []\n")
    result = CliRunner().invoke(cli, ["probes", "validate", str(path)])
    assert result.exit_code == 2 and "aliases are expanded" in result.output


def test_size_limits_have_clear_messages(tmp_path, monkeypatch):
    import auditkit.userfiles as userfiles

    monkeypatch.setattr(userfiles, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, "s.yaml", "suite: x\ndescription: " + "d" * 2000 + "\nprobes: []\n")
    result = CliRunner().invoke(cli, ["probes", "validate", str(path)])
    assert result.exit_code == 2 and "the limit is 1000 bytes" in result.output
