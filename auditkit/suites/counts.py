"""What suites will send: probes and planned variants (probes plus transformed probes), by category and tag."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from auditkit.suites.model import Suite
from auditkit.suites.variants import transformed_tags


@dataclass
class SuiteCounts:
    """Probe and variant counts of one suite (or a total over several)."""

    suite: str
    probes: int = 0
    variants: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_tag: Counter[str] = field(default_factory=Counter)

    def add(self, other: SuiteCounts) -> None:
        """Add another suite's counts to these."""
        self.probes += other.probes
        self.variants += other.variants
        self.by_category.update(other.by_category)
        self.by_tag.update(other.by_tag)


def count_suite(suite: Suite) -> SuiteCounts:
    """Count a suite's probes and planned variants without applying any transform or drawing any image."""
    counts = SuiteCounts(suite=suite.id, probes=len(suite.probes))
    for probe in suite.probes:
        counts.variants += 1
        counts.by_category[probe.category] += 1
        counts.by_tag.update(probe.tags)
        for rule in suite.spec.transforms:
            if not rule.selects(probe.template):
                continue
            for transform in rule.apply:
                counts.variants += 1
                counts.by_category[rule.category or probe.category] += 1
                counts.by_tag.update(transformed_tags(probe.tags, rule, transform.name))
    return counts


def count_suites(suites: Iterable[Suite]) -> tuple[list[SuiteCounts], SuiteCounts]:
    """Counts per suite and their total."""
    per_suite = [count_suite(s) for s in suites]
    total = SuiteCounts(suite="total")
    for counts in per_suite:
        total.add(counts)
    return per_suite, total
