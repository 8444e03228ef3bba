"""Adaptive attacks: attacker-driven strategies (pair, tap, crescendo) that adapt prompts or conversations to a
goal within a budget, every step logged as it happens, the results measured like every other number.

The strategies register as `auditkit.attacks` entry points; `run_attacks` drives one over a set of goals.
Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "AttackBudget": "auditkit.attacks.model",
    "Goal": "auditkit.attacks.model",
    "GoalResult": "auditkit.attacks.model",
    "AttackRun": "auditkit.attacks.engine",
    "run_attacks": "auditkit.attacks.engine",
    "select_goals": "auditkit.attacks.goals",
    "AttackSummary": "auditkit.attacks.summary",
    "summarize": "auditkit.attacks.summary",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
