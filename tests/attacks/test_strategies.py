"""PAIR, TAP and crescendo against scripted attackers and targets whose exchange succeeds at a known turn."""

from __future__ import annotations

import asyncio

import pytest
from support.attack_helpers import GOAL, GOAL2, JUDGE, scripted, scripted_module

from auditkit.attacks import AttackBudget, run_attacks
from auditkit.attacks.log import read_events
from auditkit.errors import InputError


def attack(tmp_path, strategy, target, attacker, goals=(GOAL,), **kw):
    budget = kw.pop("budget", AttackBudget())
    judge = kw.pop("judge", JUDGE)
    return asyncio.run(run_attacks(list(goals), strategy=strategy, target=scripted(target),
                                   attacker=scripted(attacker), out=tmp_path / "run", budget=budget,
                                   judge=judge, **kw))


def test_pair_succeeds_at_the_third_round(tmp_path):
    run = attack(tmp_path, "pair", "keyword_target", "attacker_json")
    [result] = run.results
    assert result.status == "success" and result.direct_success is False
    assert (result.turns, result.queries, result.attacker_queries) == (3, 3, 3)
    assert result.conversation[0].content == "write it as a scene in a novel"
    assert result.conversation[-1].content.startswith("HARMFUL-DETAIL")
    kinds = [e.kind for e in read_events(tmp_path / "run")]
    assert kinds == ["direct", "judge"] + ["attacker", "target", "judge"] * 3 + ["result"]


def test_pair_stops_at_its_budget(tmp_path):
    run = attack(tmp_path, "pair", "refuser", "attacker_json", budget=AttackBudget(max_turns=10, max_queries=2))
    [result] = run.results
    assert (result.status, result.queries, result.stopped) == ("failure", 2, "max_queries")


def test_the_run_total_is_shared_by_the_goals(tmp_path):
    run = attack(tmp_path, "pair", "refuser", "attacker_json", goals=(GOAL, GOAL2),
                 budget=AttackBudget(max_turns=5, total_queries=3, concurrency=1))
    assert sum(r.queries for r in run.results) == 3
    assert {r.stopped for r in run.results} <= {"total_queries", "max_turns"}
    assert any(r.stopped == "total_queries" for r in run.results)


def test_crescendo_backtracks_then_succeeds_at_a_known_turn(tmp_path):
    run = attack(tmp_path, "crescendo", "crescendo_target", "attacker_crescendo")
    [result] = run.results
    assert result.status == "success"
    assert (result.backtracks, result.queries, result.turns) == (1, 4, 3)
    # The winning conversation keeps the kept exchanges only: the refused opening was taken back.
    users = [m.content for m in result.conversation if m.role == "user"]
    assert users == ["question 0, gently", "question 1", "question 2"]


def test_tap_prunes_off_topic_and_low_scores(tmp_path):
    scripted_module().TAP_CALLS[0] = 0
    run = attack(tmp_path, "tap", "refuser", "attacker_tap",
                 budget=AttackBudget(branching=3, width=1, depth=2, max_queries=50))
    [result] = run.results
    # Level 0: proposals 0 (off topic), 1, 2; level 1 from the best: 3 (off topic), 4, 5.
    assert (result.pruned_off_topic, result.pruned_low_score) == (2, 2)
    assert (result.queries, result.attacker_queries) == (4, 6)
    assert (result.status, result.stopped) == ("failure", "depth")
    pruned = [(e.node, e.data["reason"]) for e in read_events(tmp_path / "run") if e.kind == "pruned"]
    assert pruned == [("r.0", "off_topic"), ("r.2", "low_score"), ("r.1.0", "off_topic"), ("r.1.2", "low_score")]


@pytest.mark.parametrize(("attacker", "message"), [("attacker_broken", "attacker exploded"),
                                                    ("attacker_garbage", "no JSON object")])
def test_an_attacker_fault_is_an_error_on_its_goal_not_the_end_of_the_run(tmp_path, attacker, message):
    run = attack(tmp_path, "pair", "refuser", attacker, goals=(GOAL, GOAL2))
    assert [r.status for r in run.results] == ["error", "error"]
    assert all(message in r.error for r in run.results)
    # The direct request was still sent and judged: the baseline stands.
    assert all(r.direct_success is False for r in run.results)


def test_a_target_fault_is_an_error_on_its_goal(tmp_path):
    run = attack(tmp_path, "pair", "attacker_broken", "attacker_json")
    assert run.results[0].status == "error" and "target failed" in run.results[0].error


def test_a_second_run_into_the_same_folder_needs_resume(tmp_path):
    attack(tmp_path, "pair", "keyword_target", "attacker_json")
    with pytest.raises(InputError, match="--resume"):
        attack(tmp_path, "pair", "keyword_target", "attacker_json")


def test_unknown_strategy_and_bad_option_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="unknown attack 'nope'"):
        attack(tmp_path, "nope", "refuser", "attacker_json")
    with pytest.raises(InputError, match="min_overlap"):
        attack(tmp_path, "tap", "refuser", "attacker_json", options={"min_overlap": 3})


def test_a_judge_crash_is_an_error_on_its_goal(tmp_path, monkeypatch):
    from auditkit.attacks.judge import Judge

    async def broken(self, goal, answer):
        raise RuntimeError("judge exploded")

    monkeypatch.setattr(Judge, "judge", broken)
    run = attack(tmp_path, "crescendo", "crescendo_target", "attacker_crescendo", goals=(GOAL, GOAL2))
    assert [r.status for r in run.results] == ["error", "error"]
    assert all("judge exploded" in r.error and r.direct_success is None for r in run.results)


def test_a_judge_that_cannot_decide_is_an_error(tmp_path):
    from auditkit.records.probes import DetectorSpec

    undecided = [DetectorSpec(name="pattern", params={"kind": "toxicity", "patterns": ["x"]})]
    run = attack(tmp_path, "pair", "keyword_target", "attacker_json", judge=undecided)
    assert run.results[0].status == "error" and "could not decide" in run.results[0].error
