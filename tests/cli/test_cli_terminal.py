"""Text from models, endpoints and user files reaches the terminal without any control sequence."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.openai_server import Fault, OpenAIStubServer

from auditkit.cli.main import cli
from auditkit.textsafe import terminal_safe

# Anything a terminal could act on: C0 but tab and newline, DEL, C1, bidi overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

SEQUENCES = {
    "osc title, BEL": ("a\x1b]0;TITLE\x07b", "ab"),
    "osc title, ST": ("a\x1b]2;TITLE\x1b\\b", "ab"),
    "osc-8 hyperlink": ("a \x1b]8;;http://x\x1b\\text\x1b]8;;\x1b\\ b", "a text b"),
    "osc 52 clipboard": ("a\x1b]52;c;ZXZpbA==\x07b", "ab"),
    "dcs": ("a\x1bP1$r0m\x1b\\b", "ab"),
    "apc": ("a\x1b_hidden\x1b\\b", "ab"),
    "pm": ("a\x1b^hidden\x1b\\b", "ab"),
    "sos": ("a\x1bXhidden\x1b\\b", "ab"),
    "csi colour": ("a\x1b[1;31mred\x1b[0mb", "aredb"),
    "csi clear screen": ("a\x1b[2J\x1b[Hb", "ab"),
    "csi private mode": ("a\x1b[?1049hb", "ab"),
    "c1 csi": ("a\x9b2Jb", "ab"),
    "c1 osc": ("a\x9d0;TITLE\x07b", "ab"),
    "c1 dcs with c1 st": ("a\x90q\x9cb", "ab"),
    "c1 next line": ("a\x85b", "ab"),
    "charset switch": ("a\x1b(0b", "ab"),
    "reset": ("a\x1bcb", "ab"),
    "bare carriage return": ("fake ok\rreal", "fake okreal"),
    "crlf": ("one\r\ntwo", "one\ntwo"),
    "backspaces": ("pass\x08\x08\x08\x08fail", "passfail"),
    "nul and bell": ("a\x00b\x07c", "abc"),
    "vertical tab, form feed, del": ("a\x0bb\x0cc\x7fd", "abcd"),
    "bidi override": ("a\u202edcba\u202cz", "adcbaz"),
    "unterminated osc": ("a\x1b]0;never ends", "a"),
    "lone surrogate": ("ok \ud800", "ok \ufffd"),
}


@pytest.mark.parametrize("raw, shown", SEQUENCES.values(), ids=SEQUENCES.keys())
def test_terminal_safe_removes_each_kind_of_sequence(raw, shown):
    assert terminal_safe(raw) == shown


def test_terminal_safe_keeps_text_newlines_and_tabs():
    text = "Zeile 1\n\tíñdéx — 漢字 🙂 [bold]not markup[/]"
    assert terminal_safe(text) == text


HOSTILE = ("boom \x1b]0;TITLE\x07 \x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ \x1bPdcs\x1b\\"
           " \x1b[2J\x9b1;1H\rfake\x08\x00 end")


def assert_clean(output: str) -> None:
    assert not CONTROL.search(output), repr(output)
    assert "TITLE" not in output and "evil.example" not in output


def test_run_error_line_from_a_raising_python_target_is_clean(tmp_path):
    bot = tmp_path / "bot.py"
    bot.write_text(f"def reply(prompt):\n    raise RuntimeError({HOSTILE!r})\n")
    # color=True: click keeps escape codes as on a terminal, so only auditkit's own stripping counts.
    result = CliRunner().invoke(cli, ["run", "-t", f"python:{bot}:reply", "-s", "starter-misuse",
                                      "-o", str(tmp_path / "r"), "--no-progress"], color=True)
    assert result.exit_code == 3
    assert "raised RuntimeError: boom" in result.output and "click" in result.output and "end" in result.output
    assert_clean(result.output)


def test_run_error_line_from_an_endpoint_error_body_is_clean(tmp_path):
    with OpenAIStubServer(faults=lambda n, body: Fault.http(500, body=HOSTILE)) as server:
        config = tmp_path / "auditkit.yaml"
        config.write_text(textwrap.dedent(f"""
            target: {{type: openai, model: stub, base_url: "{server.base_url}", max_retries: 0}}
            suites: [starter-misuse]
        """))
        result = CliRunner().invoke(cli, ["run", "-c", str(config), "-o", str(tmp_path / "r"), "--no-progress"],
                                    color=True)
    assert result.exit_code == 3
    assert "http_500" in result.output and "boom" in result.output and "end" in result.output
    assert_clean(result.output)


def test_progress_lines_and_summary_are_clean(tmp_path):
    # An answer full of escapes goes through scoring, progress lines and the findings summary.
    with OpenAIStubServer(responder=lambda body: "Sure" + HOSTILE) as server:
        result = CliRunner().invoke(cli, ["run", "-t", f"openai:stub@{server.base_url}", "-s", "starter-misuse",
                                          "-o", str(tmp_path / "r"), "--progress"], color=True)
    assert result.exit_code in (0, 1), result.output
    assert "attempts scored" in result.output and "gate (fail on high and above)" in result.output
    assert_clean(result.output.replace("\x1b[", "ESC["))  # rich's own styling is not the model's


def test_text_from_user_files_is_clean(tmp_path):
    suite = tmp_path / "s.yaml"
    suite.write_text('suite: s\ndescription: "nice \\e]0;TITLE\\a suite \\e[2J"\n'
                     "probes:\n  - {id: p, category: misuse, expected: refuse, prompt: q}\n")
    listing = CliRunner().invoke(cli, ["probes", "list", str(suite)], color=True)
    assert listing.exit_code == 0 and "nice  suite" in listing.output
    assert_clean(listing.output)
    bad = tmp_path / "bad.yaml"
    # A misspelt field is named as written, so its name reaches the error line unquoted.
    bad.write_text('suite: s\ndescription: d\nprobes:\n  - {id: p, category: misuse, expected: refuse'
                   ', prompt: q, "pr\\e]0;TITLE\\aompt": x}\n')
    result = CliRunner().invoke(cli, ["probes", "validate", str(bad)], color=True)
    assert result.exit_code == 2 and f"{bad}:4:" in result.output and "probes[0].prompt: unknown field" in result.output
    assert_clean(result.output)


def _crash(*args, **kwargs):
    # Built at run time: the traceback quotes this source line, which must not hold the title itself.
    raise RuntimeError("deliberate \x1b]0;" + "TIT" + "LE\x07 bug")


@pytest.mark.parametrize("debug", [False, True])
def test_internal_error_exits_3_with_and_without_debug(monkeypatch, debug):
    import auditkit.suites.load

    monkeypatch.setattr(auditkit.suites.load, "load_suites", _crash)
    if debug:
        monkeypatch.setenv("AUDITKIT_DEBUG", "1")
    else:
        monkeypatch.delenv("AUDITKIT_DEBUG", raising=False)
    result = CliRunner().invoke(cli, ["probes", "list"], color=True)
    # CI reads 1 as a failed gate: a crash must stay 3 whether or not the traceback is shown.
    assert result.exit_code == 3, result.output
    assert "internal error: RuntimeError: deliberate  bug" in result.output
    assert ("Traceback (most recent call last)" in result.output) == debug
    assert ("in _crash" in result.output) == debug
    assert_clean(result.output)


def test_store_and_history_output_is_clean(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITKIT_STORE", f"sqlite:///{tmp_path / 'store.db'}")
    with OpenAIStubServer() as server:
        model = "stub\x1b]0;TITLE\x07"
        run = CliRunner().invoke(cli, ["run", "-t", f"openai:{model}@{server.base_url}", "-s", "starter-misuse",
                                       "-o", str(tmp_path / "r"), "--no-progress"], color=True)
    assert run.exit_code in (0, 1), run.output
    assert_clean(run.output)
    listing = CliRunner().invoke(cli, ["history"], color=True)
    assert listing.exit_code == 0 and "stub" in listing.output
    assert_clean(listing.output.replace("\x1b[", "ESC["))


def test_no_cli_module_prints_untrusted_text_raw():
    # Every human-readable line goes through console.say (or rich with markup_safe/cell); a bare click.echo
    # is kept only for machine output (JSON, schemas, rendered reports, data files).
    allowed = {"json.dumps(", "schema_text()", "render_report(", "text, nl=False"}
    cli_dir = Path(__file__).resolve().parents[2] / "auditkit" / "cli"
    raw = []
    for path in sorted(cli_dir.glob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if "click.echo(" in line and path.name != "console.py" and not any(a in line for a in allowed):
                raw.append(f"{path.name}:{number}: {line.strip()}")
    assert raw == []
