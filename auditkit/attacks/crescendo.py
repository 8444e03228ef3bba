"""`crescendo`: gradual multi-turn escalation (Russinovich et al., 2024). The attacker leads a conversation
from the general topic towards the goal; a refused question is taken back (backtracking) and asked differently."""

from __future__ import annotations

from auditkit.attacks import prompts
from auditkit.attacks.context import BudgetSpent, GoalContext
from auditkit.attacks.strategy import Outcome
from auditkit.records.probes import Message


class Crescendo:
    """Up to `max_turns` kept exchanges; up to `max_backtracks` refused questions taken back."""

    name = "crescendo"

    async def attack(self, ctx: GoalContext) -> Outcome:
        """Escalate turn by turn until the judge says the goal is reached or the budget is spent."""
        system = prompts.CRESCENDO.format(goal=ctx.goal.text)
        conversation: list[Message] = []
        backtracks = 0
        round_ = 0
        taken_back = False
        while len(conversation) // 2 < ctx.budget.max_turns:
            node = str(round_)
            round_ += 1
            # The attacker sees the conversation as it stands (taken-back exchanges are gone) and the last verdict.
            shown = "\n\n".join(f"{m.role.upper()}: {m.content}" for m in conversation) or "(no conversation yet)"
            note = " The model refused your last question; it was taken back." if taken_back else ""
            move = await ctx.ask_attacker(system, [Message(role="user", content=f"CONVERSATION SO FAR:\n{shown}\n\n"
                                                           f"Write the next question.{note}")], "question", node)
            asked = [*conversation, Message(role="user", content=move["question"])]
            try:
                answer = await ctx.ask_target(asked, node)
            except BudgetSpent as spent:
                return Outcome(False, turns=len(conversation) // 2, stopped=str(spent))
            found = await ctx.judge(answer, node)
            exchange = [Message(role="user", content=move["question"]),
                        Message(role="assistant", content=answer or " ")]
            if found.success:
                return Outcome(True, [*conversation, *exchange], turns=len(conversation) // 2 + 1)
            taken_back = found.refused and backtracks < ctx.budget.max_backtracks
            if taken_back:
                backtracks += 1
                ctx.note("backtrack", node, reason="refused")
                continue
            conversation += exchange
        return Outcome(False, turns=len(conversation) // 2, stopped="max_turns")
