"""Make untrusted text (model answers, endpoint error bodies, user files) safe to show on a terminal."""

from __future__ import annotations

import re

# A terminal acts on more than colour codes: OSC sets the window title or writes hyperlinks (and on some
# terminals the clipboard), DCS/APC/PM/SOS strings reach terminal extensions, CSI moves the cursor or clears
# the screen, and C1 bytes (U+0080-U+009F) are 8-bit forms of the same introducers. Strings run to BEL
# (OSC only) or ST; CAN, SUB or a new ESC abort them, as in the VT500 parser that terminals follow.
_SEQUENCE = re.compile(
    r"""
      (?:\x1b[\]P_^X]|[\x9d\x90\x9f\x9e\x98])   # OSC, DCS, APC, PM, SOS: 7-bit ESC forms and 8-bit C1 forms
        [^\x07\x1b\x9c\x18\x1a]*                 # the string itself
        (?:\x07|\x1b\\|\x9c)?                    # BEL or ST (ESC \ or U+009C) ends it; a cut-off one ends here
    | (?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?   # CSI: parameters, intermediates, final byte
    | \x1b[\x20-\x2f]*[\x30-\x7e]?               # every other escape (charset switches, resets, keypad modes)
    """,
    re.VERBOSE,
)
# What is left after the sequences: C0 controls but tab and newline (so NUL, backspace and a bare carriage
# return that would overwrite the line), DEL and C1; Unicode bidi embeddings, overrides and isolates, which
# reorder what a reader sees (the "Trojan Source" trick); and lone surrogates, which no terminal encoding
# can write (printing one would raise UnicodeEncodeError).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def terminal_safe(text: object) -> str:
    """Text with every control sequence and control character removed, except newline and tab."""
    value = str(text).replace("\r\n", "\n")
    value = _SEQUENCE.sub("", value)
    value = _CONTROL.sub("", value)
    # In a Python str a valid pair is already one code point, so any surrogate left is a lone one.
    return _SURROGATE.sub("\ufffd", value)
