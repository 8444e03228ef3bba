"""Escaping helpers: fences, table cells, prose, XML-illegal characters and secret redaction."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from auditkit.report.escape import REDACTED, md_cell, md_code, md_fence, md_inline, redact_secrets, xml_safe


@pytest.mark.parametrize("text", ["plain", "`", "```", "a ```` b", "``````"])
def test_fence_is_longer_than_any_backtick_run(text):
    block = md_fence(text)
    fence = block.split("\n", 1)[0].removesuffix("text")
    assert len(fence) >= 3 and len(fence) > max((len(r) for r in re.findall(r"`+", text)), default=0)
    assert block.endswith("\n" + fence)


def test_cell_and_inline_escapes():
    assert md_cell("a|b\nc<d>") == "a\\|b<br>c&lt;d&gt;"
    assert md_inline("# title") == "\\# title"
    assert md_inline("1. item\nnext") == "1\\. item next"
    assert md_inline("back\\|slash") == "back\\\\\\|slash"  # a backslash cannot un-escape the pipe


def test_redact_secrets_keeps_what_is_not_secret():
    target = {"api_key": "abc", "hf_token": "hf_x", "auth": "u:p", "max_tokens": 256, "author": "me",
              "headers": {"Authorization": "Bearer abc", "Accept": "json"}, "api_key_env": "OPENAI_API_KEY",
              "extra": ["sk-0123456789abcdef0123", "plain"]}
    assert redact_secrets(target) == {
        "api_key": REDACTED, "hf_token": REDACTED, "auth": REDACTED, "max_tokens": 256, "author": "me",
        "headers": {"Authorization": REDACTED, "Accept": "json"}, "api_key_env": "OPENAI_API_KEY",
        "extra": [REDACTED, "plain"]}


def test_code_span_holds_backticks():
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x") == "`` `x ``"


def test_xml_safe_drops_illegal_characters():
    text = xml_safe("a\x00b\x08c\x1bd\te\nf\ufffeg\U0001f600")
    assert text == "abcd\te\nfg\U0001f600"
    assert ET.fromstring(f"<x>{text}</x>").text == text
