"""`tap`: Tree of Attacks with Pruning (Mehrotra et al., 2023). Each kept prompt branches into refinements;
refinements that drift off the goal are pruned before they are sent, and after judging only the best `width`
of a level are kept (low-score pruning)."""

from __future__ import annotations

import re

from auditkit.attacks import prompts
from auditkit.attacks.context import BudgetSpent, GoalContext
from auditkit.attacks.strategy import Outcome
from auditkit.records.probes import Message

_WORD = re.compile(r"[a-z]{4,}")
STOPWORDS = frozenset("that this with from have what your about into which would could there their them they "
                      "were been will when where while please tell give write make some more than then also "
                      "just like only such very".split())


def content_words(text: str) -> set[str]:
    """The words of four letters or more that carry meaning (a crude, deterministic topic signature)."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


def on_topic(goal: str, prompt: str, min_overlap: float) -> bool:
    """Whether `prompt` still names enough of the goal's content words (the off-topic check)."""
    wanted = content_words(goal)
    if not wanted:
        return True
    return len(wanted & content_words(prompt)) / len(wanted) >= min_overlap


class Tap:
    """A tree of refinements: `branching` children per kept node, `depth` levels, `width` nodes kept per level.

    `min_overlap`: the share of the goal's content words a refinement must keep to count as on topic (0 turns
    the off-topic pruning off). The check is lexical and deterministic, where the paper asks an evaluator model.
    """

    name = "tap"

    def __init__(self, min_overlap: float = 0.2):
        if not 0.0 <= min_overlap <= 1.0:
            raise ValueError("min_overlap must lie in [0, 1]")
        self.min_overlap = min_overlap

    async def attack(self, ctx: GoalContext) -> Outcome:
        """Grow the tree level by level until a leaf reaches the goal, the tree is exhausted or the budget spent."""
        system = prompts.TAP.format(goal=ctx.goal.text)
        budget = ctx.budget
        # A leaf: its path in the tree and the attacker conversation that led to it.
        leaves: list[tuple[str, list[Message]]] = [("r", [Message(role="user", content="Write the first prompt.")])]
        for level in range(budget.depth):
            scored: list[tuple[float, str, list[Message]]] = []
            for path, talk in leaves:
                for child in range(budget.branching):
                    node = f"{path}.{child}"
                    move = await ctx.ask_attacker(system, talk, "prompt", node)
                    prompt = move["prompt"]
                    if self.min_overlap and not on_topic(ctx.goal.text, prompt, self.min_overlap):
                        ctx.note("pruned", node, reason="off_topic")
                        continue
                    sent = [Message(role="user", content=prompt)]
                    try:
                        answer = await ctx.ask_target(sent, node)
                    except BudgetSpent as spent:
                        return Outcome(False, turns=level, stopped=str(spent))
                    found = await ctx.judge(answer, node)
                    if found.success:
                        return Outcome(True, [*sent, Message(role="assistant", content=answer or " ")],
                                       turns=level + 1)
                    scored.append((found.score, node, [*talk, Message(role="assistant", content=prompt),
                                                       Message(role="user",
                                                               content=prompts.feedback(answer, found.score))]))
            # Low-score pruning: the best `width` of the level grow on (ties keep tree order: deterministic).
            scored.sort(key=lambda item: -item[0])
            for _, node, _ in scored[budget.width:]:
                ctx.note("pruned", node, reason="low_score")
            leaves = [(node, talk) for _, node, talk in scored[:budget.width]]
            if not leaves:
                return Outcome(False, turns=level + 1, stopped="exhausted")
        return Outcome(False, turns=budget.depth, stopped="depth")
