"""Resume in the middle of a crescendo: logged events are replayed, nothing logged is asked again."""

from __future__ import annotations

import asyncio

from support.attack_helpers import GOAL, JUDGE, scripted, scripted_module

from auditkit.attacks import AttackBudget, run_attacks
from auditkit.attacks.log import ATTACKS_LOG, read_events


def crescendo(out, resume=False):
    return asyncio.run(run_attacks([GOAL], strategy="crescendo", target=scripted("counting_crescendo_target"),
                                   attacker=scripted("attacker_crescendo"), out=out, budget=AttackBudget(),
                                   judge=JUDGE, resume=resume))


def test_a_killed_crescendo_resumes_from_its_last_logged_turn(tmp_path):
    calls = scripted_module().TARGET_CALLS
    calls[0] = 0
    whole = crescendo(tmp_path / "whole").results[0]
    assert (whole.status, whole.queries, whole.backtracks) == ("success", 4, 1)
    assert calls[0] == 5  # the direct request and four attack queries

    # The same attack killed after its second attack query (the backtracked opening and the gentle question),
    # mid-way through writing the next line.
    lines = (tmp_path / "whole" / ATTACKS_LOG).read_text().splitlines(keepends=True)
    targets = [i for i, line in enumerate(lines) if '"kind":"target"' in line]
    cut = targets[1] + 1
    killed = tmp_path / "killed"
    killed.mkdir()
    (killed / ATTACKS_LOG).write_text("".join(lines[:cut]) + lines[cut][: len(lines[cut]) // 2])

    calls[0] = 0
    resumed = crescendo(killed, resume=True).results[0]
    # Only the two queries that were never logged are sent; the outcome is the uninterrupted one's.
    assert calls[0] == 2
    assert resumed.model_dump(exclude={"conversation"}) == whole.model_dump(exclude={"conversation"})
    assert resumed.conversation == whole.conversation
    events = read_events(killed)
    assert [e.seq for e in events] == list(range(len(events)))
    assert [e.kind for e in events] == [e.kind for e in read_events(tmp_path / "whole")]


def test_a_finished_goal_is_not_attacked_again(tmp_path):
    calls = scripted_module().TARGET_CALLS
    crescendo(tmp_path / "run")
    calls[0] = 0
    again = crescendo(tmp_path / "run", resume=True)
    assert calls[0] == 0 and again.results[0].status == "success"
