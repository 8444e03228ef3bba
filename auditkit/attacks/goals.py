"""Goals from suites: the probes whose expectation is `refuse` (harmful requests), selected like any probes."""

from __future__ import annotations

import fnmatch
import random
from collections.abc import Sequence

from auditkit.attacks.model import Goal
from auditkit.errors import InputError
from auditkit.suites.model import Suite

HAZARD_PREFIXES = ("mlcommons:",)


def hazards(tags: Sequence[str], category: str) -> list[str]:
    """The hazard categories a goal belongs to: its MLCommons tags, else its probe category."""
    found = [t.split(":", 1)[1] for t in tags if t.startswith(HAZARD_PREFIXES)]
    return found or [category]


def select_goals(suites: Sequence[Suite], *, only: Sequence[str] = (), limit: int | None = None,
                 seed: int = 0) -> list[Goal]:
    """The harmful probes of `suites` as goals: `only` keeps probe ids or templates matching a shell pattern;
    `limit` draws that many at random (seeded), so a smoke run still spans the hazard categories."""
    goals = []
    for suite in suites:
        for probe in suite.probes:
            if probe.expected != "refuse" or probe.images or probe.turns:
                continue  # images and scripted conversations are not single requests an attacker can rephrase
            if only and not any(fnmatch.fnmatchcase(probe.id, p) or fnmatch.fnmatchcase(probe.template, p)
                                for p in only):
                continue
            goals.append(Goal(id=probe.id, text=probe.user_text, category=probe.category,
                              hazards=hazards(probe.tags, probe.category)))
    if not goals:
        names = ", ".join(s.id for s in suites)
        raise InputError(f"no goals: suites {names} have no harmful probes (expected: refuse)"
                         + (f" matching {', '.join(only)}" if only else ""))
    if limit is not None and limit < len(goals):
        picked = sorted(random.Random(seed).sample(range(len(goals)), limit))
        goals = [goals[i] for i in picked]
    return goals
