"""The score: severity by kind, role and abruptness, compounding exits, decay by age, levels."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline import scoring

TODAY = date(2026, 11, 25)


def deal(role, stage="announced", day="2026-11-20"):
    return {"kind": "merger_acquisition", "role": role, "stage": stage, "date": day}


def exit_(seniority, abrupt=False, day="2026-11-20", person="Jane Roe"):
    return {"kind": "executive_departure", "seniority": seniority, "abrupt": abrupt, "date": day, "person": person}


def test_being_acquired_outweighs_acquiring():
    assert scoring.event_severity(deal("target")) > scoring.event_severity(deal("merger")) > \
        scoring.event_severity(deal("acquirer"))


def test_abrupt_ceo_exit_outweighs_planned_vp_retirement():
    assert scoring.event_severity(exit_("c_suite", abrupt=True)) > scoring.event_severity(exit_("c_suite")) > \
        scoring.event_severity(exit_("vp"))


def test_called_off_deal_counts_for_less():
    assert scoring.event_severity(deal("target", "terminated")) < scoring.event_severity(deal("target"))


def test_weight_halves_every_half_life():
    fresh = scoring.score_events([deal("target", day="2026-11-25")], TODAY)
    old = scoring.score_events([deal("target", day="2026-08-27")], TODAY)  # 90 days
    assert old == pytest.approx(fresh / 2, abs=0.01)
    assert scoring.score_events([deal("target", day="2026-08-27")], TODAY, half_life_days=30) < old


def test_exits_within_90_days_compound():
    apart = [exit_("vp", day="2026-01-10", person="A One"), exit_("vp", day="2026-11-20", person="B Two")]
    together = [exit_("vp", day="2026-10-10", person="A One"), exit_("vp", day="2026-11-20", person="B Two")]
    singles = sum(scoring.event_severity(e) * scoring.decay(e["date"], TODAY) for e in together)
    assert scoring.score_events(together, TODAY) > singles
    assert scoring.compounding(apart) == [1.0, 1.0]
    assert scoring.compounding(together) == [1.5, 1.5]
    same_person = [exit_("c_suite", day="2026-11-01"), exit_("board_chair", day="2026-11-20")]
    assert scoring.compounding(same_person) == [1.0, 1.0]
    unnamed = [deal("target"), exit_("vp", person=None), exit_("vp", person=None)]
    unnamed[1]["id"], unnamed[2]["id"] = "e1", "e2"  # no names: two events are two people
    assert scoring.compounding(unnamed) == [1.0, 1.5, 1.5]
    assert scoring.compounding([deal("target"), exit_("vp")]) == [1.0, 1.0]


@pytest.mark.parametrize("events,level", [
    ([deal("target")], "warning"),
    ([exit_("c_suite", abrupt=True)], "warning"),
    ([exit_("c_suite")], "watch"),
    ([deal("acquirer")], "watch"),
    ([exit_("vp")], "none"),
    ([], "none"),
    ([exit_("vp", person=f"P {i}") for i in range(3)], "warning"),  # an exodus
])
def test_levels(events, level):
    assert scoring.level_for(scoring.score_events(events, TODAY)) == level


@pytest.mark.parametrize("events,level", [
    ([deal("unspecified")], "watch"),  # a certain deal, its side unknown: worth watching while fresh
    ([deal("unspecified", day="2026-05-01")], "none"),  # and it fades like any other event
    ([deal("unspecified", "terminated")], "none"),
    # However many, deals with an unread role alone never make a warning...
    ([deal("unspecified"), deal("unspecified", day="2026-11-10"), deal("unspecified", day="2026-11-01")], "watch"),
    ([deal("unspecified"), exit_("c_suite")], "watch"),  # ...nor do they lift a watch to one
    # ...unless another signal in the window says warning by itself.
    ([deal("unspecified"), exit_("c_suite", abrupt=True)], "warning"),
    ([deal("unspecified"), deal("target")], "warning"),
])
def test_a_deal_whose_role_was_not_read_is_at_most_watch_on_its_own(events, level):
    score, found = scoring.assess(events, TODAY)
    assert found == level
    assert score == scoring.score_events(events, TODAY)  # the score still counts it; only the level is held


def test_the_held_level_is_below_what_the_score_alone_would_give():
    events = [deal("unspecified"), exit_("c_suite")]
    score, level = scoring.assess(events, TODAY)
    assert scoring.level_for(score) == "warning" and level == "watch"
    assert scoring.event_severity(deal("acquirer")) < scoring.event_severity(deal("unspecified")) < \
        scoring.event_severity(deal("merger"))


# ---------------------------------------------------------------- layoffs and bankruptcy (issue 13)


def layoffs(jobs=None, share=None, day="2026-11-20"):
    return {"kind": "layoffs", "jobs": jobs, "share": share, "date": day}


def bankruptcy(stage="filed", day="2026-11-20"):
    return {"kind": "bankruptcy", "stage": stage, "date": day}


@pytest.mark.parametrize("events, level", [
    ([bankruptcy("filed")], "warning"),
    ([bankruptcy("warning")], "warning"),
    ([bankruptcy("emerged")], "watch"),
    ([layoffs()], "watch"),
    ([layoffs(jobs=300, share=0.05)], "watch"),
    ([layoffs(jobs=999)], "watch"),
    ([layoffs(jobs=1000)], "warning"),
    ([layoffs(share=0.10)], "warning"),
    ([layoffs(jobs=200, day="2026-11-20"), layoffs(jobs=150, day="2026-08-01")], "warning"),  # repeated
    ([layoffs(jobs=200, day="2026-11-20"), layoffs(jobs=150, day="2026-03-01")], "watch"),  # 264 days apart
    ([bankruptcy("filed", day="2026-02-01")], "none"),  # 297 days old
])
def test_layoff_and_bankruptcy_levels(events, level):
    assert scoring.assess(events, TODAY)[1] == level


def test_a_layoff_is_large_at_the_documented_thresholds():
    from pipeline.constants import LARGE_LAYOFF_JOBS, LARGE_LAYOFF_SHARE
    assert scoring.large_layoff({"jobs": LARGE_LAYOFF_JOBS}) and scoring.large_layoff({"share": LARGE_LAYOFF_SHARE})
    assert not scoring.large_layoff({"jobs": None, "share": None})
