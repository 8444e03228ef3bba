"""`pair`: Prompt Automatic Iterative Refinement (Chao et al., 2023). One prompt, refined round by round from
the judge's score of the target's answer."""

from __future__ import annotations

from auditkit.attacks import prompts
from auditkit.attacks.context import BudgetSpent, GoalContext
from auditkit.attacks.strategy import Outcome
from auditkit.records.probes import Message


class Pair:
    """Iterative refinement: up to `max_turns` rounds of propose, send, judge, feed back."""

    name = "pair"

    async def attack(self, ctx: GoalContext) -> Outcome:
        """Refine one prompt until the judge says the goal is reached or the budget is spent."""
        system = prompts.PAIR.format(goal=ctx.goal.text)
        talk: list[Message] = [Message(role="user", content="Write the first prompt.")]
        for round_ in range(ctx.budget.max_turns):
            node = str(round_)
            move = await ctx.ask_attacker(system, talk, "prompt", node)
            sent = [Message(role="user", content=move["prompt"])]
            try:
                answer = await ctx.ask_target(sent, node)
            except BudgetSpent as spent:
                return Outcome(False, turns=round_, stopped=str(spent))
            found = await ctx.judge(answer, node)
            if found.success:
                return Outcome(True, [*sent, Message(role="assistant", content=answer or " ")], turns=round_ + 1)
            talk += [Message(role="assistant", content=move["prompt"]),
                     Message(role="user", content=prompts.feedback(answer, found.score))]
        return Outcome(False, turns=ctx.budget.max_turns, stopped="max_turns")
