"""The attacker: a model (any target spec) asked, under a strategy's system prompt, for its next move as JSON."""

from __future__ import annotations

import json
import re
from typing import Any

from auditkit.errors import AuditkitError

MAX_PROPOSAL_CHARS = 4000
"""The longest prompt an attacker may propose; longer proposals are cut (the attacker is untrusted output too)."""
_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class AttackerError(AuditkitError):
    """The attacker failed or answered something that is not a usable move: an error on its goal."""


class JudgeError(AuditkitError):
    """The judge could not decide an answer: an error on its goal."""


def parse_move(text: str, field: str) -> dict[str, Any]:
    """The attacker's JSON object with a non-empty string `field`; tolerates prose or code fences around it."""
    candidates = [text.strip()]
    found = _OBJECT.search(text)
    if found:
        candidates.append(found.group(0))
    for candidate in candidates:
        try:
            move = json.loads(candidate)
        except (json.JSONDecodeError, RecursionError):
            continue
        if isinstance(move, dict) and isinstance(move.get(field), str) and move[field].strip():
            move[field] = move[field].strip()[:MAX_PROPOSAL_CHARS]
            return move
    excerpt = " ".join(text.split())[:120]
    raise AttackerError(f"the attacker gave no JSON object with a {field!r} string: {excerpt!r}")
