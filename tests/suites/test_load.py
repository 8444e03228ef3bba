"""Suite loading: expansion, stable ids, defaults, located errors."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from auditkit.errors import InputError
from auditkit.suites import load_suite_file, load_suites
from auditkit.suites.expand import fill, variables_key
from auditkit.suites.schema import suite_schema


def write(tmp_path: Path, text: str, name: str = "suite.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_cartesian_expansion_keeps_variables_and_fills_every_field(tmp_path):
    path = write(tmp_path, """
        suite: demo
        description: d
        probes:
          - id: p
            category: bias
            expected: comply
            system: "You advise {role}s."
            prompt: "Rate {name} for {role}."
            canaries: ["{name}-secret"]
            variables:
              name: [Ann, Bob, Cy]
              role: [nurse, pilot]
    """)
    suite = load_suite_file(path)
    assert len(suite.probes) == 6
    first = suite.probes[0]
    assert first.variables == {"name": "Ann", "role": "nurse"}
    assert [m.role for m in first.messages] == ["system", "user"]
    assert first.messages[0].content == "You advise nurses."
    assert first.user_text == "Rate Ann for nurse."
    assert first.canaries == ["Ann-secret"]
    assert [p.variables["name"] for p in suite.probes] == ["Ann", "Ann", "Bob", "Bob", "Cy", "Cy"]


def test_probe_ids_are_stable_and_depend_only_on_suite_probe_and_values(tmp_path):
    path = write(tmp_path, """
        suite: demo
        description: d
        probes:
          - {id: p, category: bias, expected: comply, prompt: "{x}", variables: {x: [one]}}
          - {id: q, category: misuse, expected: refuse, prompt: "plain"}
    """)
    ids = [p.id for p in load_suite_file(path).probes]
    # The hash is of canonical JSON, so it is the same on every machine and Python version.
    assert variables_key({"x": "one"}) == "fa3bf823a5"
    assert ids == ["demo/p/fa3bf823a5", "demo/q"]


def test_linked_variables_from_a_named_list(tmp_path):
    path = write(tmp_path, """
        suite: demo
        description: d
        lists:
          people: [{name: Ann, gender: female}, {name: Bob, gender: male}]
        probes:
          - {id: p, category: bias, expected: comply, prompt: "Hire {name}?", variables: {person: $people}}
    """)
    probes = load_suite_file(path).probes
    assert [p.variables for p in probes] == [{"name": "Ann", "gender": "female"}, {"name": "Bob", "gender": "male"}]
    assert probes[1].user_text == "Hire Bob?"


def test_fill_leaves_unknown_braces_alone():
    assert fill('Return {"a": 1} for {x}', {"x": "y"}) == 'Return {"a": 1} for y'


def test_category_default_detectors(tmp_path):
    path = write(tmp_path, """
        suite: demo
        description: d
        defaults:
          detectors:
            misuse: [refusal, {name: pattern, params: {patterns: [bomb]}}]
        probes:
          - {id: a, category: misuse, expected: refuse, prompt: x}
          - {id: b, category: pii, expected: no_pii, prompt: x}
          - {id: c, category: misuse, expected: refuse, prompt: x, detectors: [canary]}
    """)
    a, b, c = load_suite_file(path).probes
    assert [d.name for d in a.detectors] == ["refusal", "pattern"]
    assert [d.name for d in b.detectors] == ["refusal", "canary", "pii"]  # Presidio + canaries by default
    assert [d.name for d in c.detectors] == ["canary"]


@pytest.mark.parametrize(("body", "expected"), [
    ("  - {id: p, category: misuse, expected: refuze, prompt: x}\n", ":4:"),
    ("  - {id: p, category: misuse, expected: refuse, prompt: x, colour: red}\n", "colour: unknown field"),
    ("  - {id: p, category: misuse, expected: refuse}\n", "exactly one of `prompt`"),
    ("  - {id: P Q, category: misuse, expected: refuse, prompt: x}\n", "probes[0].id"),
])
def test_invalid_suites_give_file_line_and_location(tmp_path, body, expected):
    path = write(tmp_path, "suite: demo\ndescription: d\nprobes:\n" + body.replace("  - {", "  - {", 1))
    path.write_text(path.read_text() + "", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_suite_file(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message
    assert "Traceback" not in message


def test_bad_enum_error_names_the_allowed_values_and_the_line(tmp_path):
    path = write(tmp_path, """
        suite: demo
        description: d
        probes:
          - id: p
            category: misuse
            expected: refuze
            prompt: x
    """)
    with pytest.raises(InputError) as info:
        load_suite_file(path)
    message = str(info.value)
    assert f"{path}:7:5:" in message  # line and column of `expected:` (dedent leaves a blank first line)
    assert "probes[0].expected" in message
    assert "'refuse'" in message and "got 'refuze'" in message


def test_invalid_yaml_reports_line(tmp_path):
    path = write(tmp_path, "suite: demo\ndescription: [unclosed\n")
    with pytest.raises(InputError, match=r"suite.yaml:\d+:\d+: invalid YAML"):
        load_suite_file(path)


def test_yaml_python_tags_are_refused(tmp_path):
    path = write(tmp_path, "suite: !!python/object/apply:os.system ['echo hi']\ndescription: d\nprobes: []\n")
    with pytest.raises(InputError, match="invalid YAML"):
        load_suite_file(path)


def test_image_outside_suite_folder_is_refused(tmp_path):
    (tmp_path / "secret.png").write_bytes(b"x")
    sub = tmp_path / "suite"
    sub.mkdir()
    path = write(sub, """
        suite: demo
        description: d
        probes:
          - {id: p, category: misuse, expected: refuse, prompt: x, images: [../secret.png]}
    """)
    with pytest.raises(InputError, match="outside the suite's folder") as caught:
        load_suite_file(path)
    # file:line:col of the image path itself, and where it stands in the suite.
    assert str(caught.value).startswith(f"{path}:5:69: probes[0].images[0]: image '../secret.png' of probe 'p' "
                                        "lies outside the suite's folder")


def test_unknown_list_and_duplicate_ids_are_errors(tmp_path):
    path = write(tmp_path, """
        suite: demo
        description: d
        probes:
          - {id: p, category: bias, expected: comply, prompt: x, variables: {v: $nope}}
    """)
    with pytest.raises(InputError, match="unknown list"):
        load_suite_file(path)
    path = write(tmp_path, """
        suite: demo
        description: d
        probes:
          - {id: p, category: bias, expected: comply, prompt: x}
          - {id: p, category: bias, expected: comply, prompt: y}
    """)
    with pytest.raises(InputError, match="used twice"):
        load_suite_file(path)


def test_builtin_folder_and_unknown_reference():
    ids = [s.id for s in load_suites(["starter"])]
    assert ids == sorted(ids) and "starter-misuse" in ids and len(ids) == 6
    with pytest.raises(InputError, match="unknown suite 'nope'"):
        load_suites(["nope"])


def test_schema_file_is_up_to_date():
    shipped = json.loads((Path(__file__).parents[2] / "probes" / "schema.json").read_text())
    assert shipped == suite_schema(), "regenerate with: auditkit probes schema > probes/schema.json"


def test_alias_bomb_is_refused_at_the_line_of_the_alias_that_expands_it(tmp_path):
    levels = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 8))
    path = write(tmp_path, "suite: x\ndescription: d\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                 + levels + "probes: []\n")
    with pytest.raises(InputError, match="aliases are expanded") as caught:
        load_suite_file(path)
    # Each *l4 repeats 111,111 values: the 8th of them on l5's line (line 8, column 45) passes a million.
    assert str(caught.value).startswith(f"{path}:8:45: more than 1000000 values"), str(caught.value)


def test_recursive_alias_is_refused_with_file_and_line(tmp_path):
    path = write(tmp_path, "suite: x\ndescription: d\nloop: &x [a, *x]\nprobes: []\n")
    with pytest.raises(InputError, match="alias refers to a value that contains it") as caught:
        load_suite_file(path)
    assert str(caught.value).startswith(f"{path}:3:7: ")


def test_a_suite_read_twice_is_expanded_once_and_an_edit_is_seen(tmp_path, monkeypatch):
    import auditkit.suites.load as load

    text = """
        suite: twice
        description: d
        probes:
          - id: p
            category: bias
            expected: comply
            prompt: "Rate {name}."
            variables:
              name: [Ann, Bob]
    """
    path = write(tmp_path, text)
    calls = []
    real = load.suite_from_spec
    monkeypatch.setattr(load, "suite_from_spec", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = load_suite_file(path)
    assert load_suite_file(path) is first and len(calls) == 1
    # Same file, new content: parsed again, and the new probes are what comes back.
    write(tmp_path, text.replace("[Ann, Bob]", "[Ann, Bob, Cy]"))
    again = load_suite_file(path)
    assert len(calls) == 2 and len(again.probes) == 3 and again.sha256 != first.sha256
    # The same file read as a built-in is a different suite (its `builtin` flag differs).
    assert load_suite_file(path, builtin=True).builtin is True and len(calls) == 3
    # Another generated-media folder: expansion puts media paths into probes, so the suite is expanded again.
    monkeypatch.setenv("AUDITKIT_CACHE_DIR", str(tmp_path / "media"))
    assert load_suite_file(path) is not again and len(calls) == 4
