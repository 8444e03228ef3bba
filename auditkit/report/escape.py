"""Escaping of untrusted text (model output, prompts, target descriptions) for Markdown and XML."""

from __future__ import annotations

import re
from typing import Any

# Characters that start inline Markdown constructs (emphasis, code, links, HTML, entities, tables);
# one regex pass escapes each once, so an escape is never escaped again.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>&~])")
_HTML_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_NEWLINES = re.compile(r"\r\n|\r|\n")
# Markers that turn the start of a line into a heading, list, rule or setext underline
# (`>` is already an entity by then); for ordered lists the punctuation after the digits is escaped.
_BLOCK_START = re.compile(r"^(\d*)([#+=\-]|(?<=\d)[.)])")
_BACKTICK_RUN = re.compile(r"`+")
# XML 1.0 allows tab, LF, CR and these ranges; anything else (other C0 controls, lone surrogates,
# U+FFFE/U+FFFF) makes the document unparseable, so it is dropped.
_XML_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Control characters in Markdown would reach a terminal that shows report.md (ANSI escape sequences).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Whole words only for `token` and `auth`: max_tokens and author are not secrets.
_SECRET_KEY = re.compile(r"(?i)(api[_-]?key|(?<![a-z])token(?![a-z])|(?<![a-z])auth(?![a-z])|secret|"
                         r"passw(or)?d|authori[sz]ation|cookie|credential|private[_-]?key|bearer)")
_SECRET_VALUE = re.compile(r"(?i)^(bearer\s+\S+|sk-[a-z0-9_-]{16,})$")
REDACTED = "[redacted]"


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(1)
    # HTML-significant characters become entities rather than backslash escapes: a renderer with raw
    # HTML enabled would otherwise still see a tag, and entities display as the literal character.
    return _HTML_ENTITIES.get(char, "\\" + char)


def md_inline(text: object) -> str:
    """Escape text for one line of Markdown prose: no formatting, HTML or block markers survive."""
    # Leading spaces are dropped: four of them would start an indented code block.
    escaped = _MD_SPECIAL.sub(_escape_char, _NEWLINES.sub(" ", _CONTROL.sub("", str(text))).strip())
    # Only the start of the string can sit at the start of a line, since newlines are gone.
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped, count=1)


def md_cell(text: object) -> str:
    """Escape text for a Markdown table cell: `|`, newlines and HTML cannot break the table."""
    escaped = _MD_SPECIAL.sub(_escape_char, _CONTROL.sub("", str(text)))
    # A newline would end the table row; <br> is the one tag we emit, and it is ours, not the model's.
    return _NEWLINES.sub("<br>", escaped.strip())


def md_fence(text: object, info: str = "text") -> str:
    """A fenced code block holding text verbatim; the fence is longer than any backtick run inside."""
    body = _NEWLINES.sub("\n", _CONTROL.sub("", str(text)))
    longest = max((len(run) for run in _BACKTICK_RUN.findall(body)), default=0)
    fence = "`" * max(3, longest + 1)
    # The info string must hold no backticks, or it would not open a fence at all.
    info = info.replace("`", "")
    return f"{fence}{info}\n{body.rstrip(chr(10))}\n{fence}"


def md_code(text: object) -> str:
    """An inline code span for short identifiers (outside tables); any backticks inside stay literal."""
    body = _NEWLINES.sub(" ", _CONTROL.sub("", str(text)))
    longest = max((len(run) for run in _BACKTICK_RUN.findall(body)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{ticks}{pad}{body}{pad}{ticks}"


def xml_safe(text: object) -> str:
    """Drop characters that XML 1.0 forbids (control characters), which would make a parser fail."""
    return _XML_ILLEGAL.sub("", str(text))


def redact_secrets(value: Any) -> Any:
    """A copy of a target description with secret-looking keys and values replaced by '[redacted]'."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            # `*_env` keys name an environment variable (e.g. api_key_env: OPENAI_API_KEY), not a secret.
            secret_key = _SECRET_KEY.search(str(key)) and not str(key).lower().endswith("_env")
            # Secrets are strings; numbers and flags under such keys stay, nested mappings are searched.
            out[key] = REDACTED if secret_key and isinstance(item, str) and item else redact_secrets(item)
        return out
    if isinstance(value, list):
        return [redact_secrets(item) for item in value]
    if isinstance(value, str) and _SECRET_VALUE.match(value.strip()):
        return REDACTED
    return value
