"""pipeline/detection/combine.py: how rules, model and catalogue make one set of events."""

import json
from pathlib import Path

import pytest

from pipeline.constants import (
    BANKRUPTCY,
    EXECUTIVE_DEPARTURE,
    LAYOFFS,
    MERGER_ACQUISITION,
    ROLE_ACQUIRER,
    ROLE_TARGET,
    ROLE_UNSPECIFIED,
)
from pipeline.companies import normalize_name
from pipeline.detection import combine, distress, rules, detect_events, model_scores
from pipeline.detection.gates import GATES
from pipeline.detection.model import Model


def sure_model(merger: float = 0.0, departure: float = 0.0, layoffs: float = 0.0, bankruptcy: float = 0.0,
               threshold: float = 0.5) -> Model:
    """A model that gives every text the same score per kind, and every kind the same threshold."""
    class Fixed(Model):
        def scores(self, text):
            from pipeline.detection.model import Scores
            return Scores(merger, departure, layoffs, bankruptcy)
    return Fixed({}, (0.0,) * 4, (threshold,) * 4, {})


def kinds(events):
    return {event.kind for event in events}


def companies_found(kind: str, title: str, text: str = "") -> set[str]:
    """The normalised companies of the events of `kind`, with a model sure of every kind."""
    sure = sure_model(merger=0.99, departure=0.99, layoffs=0.99, bankruptcy=0.99)
    return {normalize_name(event.company) for event in combine.detect_events(title, text, model=sure) if event.kind == kind}


def test_the_model_adds_an_event_the_rules_cannot_read_with_role_unspecified():
    events = detect_events("HALDEN SYSTEMS, MORVO SET MERGER", model=sure_model(merger=0.97))
    assert {(e.kind, e.company, e.role) for e in events} == {
        (MERGER_ACQUISITION, "HALDEN SYSTEMS", ROLE_UNSPECIFIED), (MERGER_ACQUISITION, "MORVO", ROLE_UNSPECIFIED)}
    assert all(e.reason == "model p=0.97" for e in events)
    assert {e.counterparty for e in events} == {"HALDEN SYSTEMS", "MORVO"}


def test_a_rule_deal_that_states_a_share_above_half_stands_against_a_doubting_model():
    doubting = sure_model(merger=combine.RULE_VETO / 2)
    assert {e.company for e in detect_events("Kimura Motors lifts stake in Sakai Components to 67%", model=doubting)} == {
        "Sakai Components", "Kimura Motors"}
    assert detect_events("Kimura Motors lifts stake in Sakai Components to 17%", model=doubting) == []


def _every_labelled_row():
    rows = []
    for path in sorted((Path(__file__).parent / "files" / "labeled").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows


# Texts where reading a vetoed kind alone would change which sentence the rules stop at, or where only the text before
# tells the deal a sentence points back at.
_READING_ORDER_CASES = [
    ("Should Vireon Payments Buy Lantern Pay? Not at This Price", "Lantern Pay chief executive Amy Cole stepped down last "
     "week.", ""),
    ("Mara Tea Estates sacks MD over audit queries", "Mara Tea Estates was bought by Kericho Holdings last year.", ""),
    ("", "The transaction values Morvo at about $2 billion including debt.", "Halden Foods agreed to buy Morvo Ltd for $2 "
     "billion."),
]


def test_the_rules_unasked_where_the_model_vetoes_all_they_read_give_the_same_events(monkeypatch):
    rows = [(row.get("title", ""), row.get("text", ""), "") for row in _every_labelled_row()] + _READING_ORDER_CASES
    asked_less = [combine.detect_events(title, text, context=context) for title, text, context in rows]
    monkeypatch.setattr(combine, "_rules_may_read", lambda *args: True)
    monkeypatch.setattr(combine, "_some_rule_event_may_stand", lambda *args: True)
    assert [combine.detect_events(title, text, context=context) for title, text, context in rows] == asked_less
    assert len(rows) > 250


def test_the_rules_are_not_asked_where_the_model_vetoes_both_kinds_or_no_gate_opens(monkeypatch):
    asked = []
    reading = rules.detect_events
    monkeypatch.setattr(rules, "detect_events", lambda *args: asked.append(args[0]) or reading(*args))
    detect_events("Halden chief executive Mara Quist resigns", model=sure_model(merger=0.01, departure=0.01))
    assert asked == []
    detect_events("Halden Foods opens a bakery in Leeds", model=sure_model(merger=0.9, departure=0.9))
    assert asked == []
    # a deal told as a change of owner is read whatever the model says, as its veto spares it
    detect_events("Halden Foods changes hands", model=sure_model())
    assert asked == ["Halden Foods changes hands"]


def test_the_speed_gate_knows_a_word_of_every_change_of_owner():
    # (the phrases rules.changes_owner reads, which the model's veto spares: the gate must let each through)
    for phrase in ("has changed hands", "now under new ownership", "is now owned by", "new owners at",
                   "transfer of engagements"):
        assert combine._OWNER_CHANGE_WORDS.search(phrase)


@pytest.mark.parametrize("title, text, kind, company", [
    ("Brackley Cuts Oswin Paper to B3; Company to Shut Two Mills, Cut 900 Jobs",
     "Brackley Ratings lowered Oswin Paper Corp. to B3 from B2 after the company said it would shut two mills.", LAYOFFS,
     "Oswin Paper"),
    ("", "Halvard Investors Service changed its outlook on Tamsin Foods Inc. to negative, citing the resignation of "
         "chief executive Ruth Penn.", EXECUTIVE_DEPARTURE, "Tamsin Foods"),
    ("Brackley Downgrades Wendle Hotels to 'D' on Chapter 11 Filing", "", BANKRUPTCY, "Wendle Hotels"),
    ("", "Ratings on Calloway Bancshares were placed on watch positive by Halvard Investors Service after the bank "
         "agreed to be absorbed by Stonegate Financial Corp.", MERGER_ACQUISITION, "Calloway Bancshares"),
])
def test_a_rating_agencys_action_is_about_the_rated_company(title, text, kind, company):
    found = companies_found(kind, title, text)
    assert normalize_name(company) in found
    assert not {name for name in found if name.startswith(("brackley", "halvard"))}


@pytest.mark.parametrize("title, text, kind, company", [
    # an agency's own news tells no rating action
    ("Fitch Ratings president Ian Linnell to retire", "Fitch Ratings said its president, Ian Linnell, will retire at the "
     "end of the year.", EXECUTIVE_DEPARTURE, "Fitch Ratings"),
    # a company sharing an agency's first word is not the agency
    ("Korea Ratings downgrades Korea Shipbuilding unit", "Korea Shipbuilding & Offshore Engineering said it will cut "
     "1,200 jobs at its Ulsan yard.", LAYOFFS, "Korea Shipbuilding & Offshore Engineering"),
    # a Title Case headline's "Raises Outlook ... to Positive" is no agency's action
    ("Halden Raises Outlook as Margins Return to Positive", "Halden Foods Inc. raised its full-year outlook and said it "
     "would cut 300 jobs at its Leeds bakery.", LAYOFFS, "Halden Foods Inc"),
])
def test_a_company_that_is_no_agency_acting_keeps_its_events(title, text, kind, company):
    assert normalize_name(company) in companies_found(kind, title, text)


def test_it_after_the_rated_company_is_the_rated_company():
    text = ("Brackley Ratings placed Fenner Mills Inc. on review for downgrade after it agreed to be acquired by "
            "Osgrove Holdings for $1.2 billion.")
    events = [e for e in detect_events("", text, model=sure_model(merger=0.99)) if e.kind == MERGER_ACQUISITION]
    assert {(e.company, e.counterparty) for e in events} >= {("Fenner Mills Inc", "Osgrove Holdings")}
    # (before the rated company, "it" is still the agency: "Brackley Ratings said it has withdrawn its ratings on ...")
    assert combine._pronouns_of_the_rated("Brackley Ratings said it has withdrawn its ratings on Fenner Mills Inc. "
                                          "after its sale to Osgrove.").startswith("Brackley Ratings said it has")


def test_it_after_another_company_named_is_that_company():
    rewritten = combine._pronouns_of_the_rated("Brackley Ratings cut Fenner Mills Inc. to B3; separately, Osgrove Holdings "
                                               "said it agreed to buy Tarrant Paper.")
    assert rewritten.endswith("Osgrove Holdings said it agreed to buy Tarrant Paper.")


def test_a_grade_is_no_company():
    events = detect_events("Brackley assigns B1 to Corlin Mobility ahead of SPAC combination",
                           "Brackley Ratings assigned a first-time B1 rating to Corlin Mobility Inc., which plans to go "
                           "public through a merger with Pellow Acquisition Corp.", model=sure_model(merger=0.95))
    companies = {e.company for e in events} | {e.counterparty for e in events}
    assert not companies & {"B1", "Brackley", "Brackley Ratings"}
    assert events and all(not combine._same_company(e.counterparty, e.company) for e in events if e.counterparty)


def test_a_decade_is_no_company():
    events = detect_events("The raiders who remade the boardroom",
                           "A new history of the 1980s takeover era traces the proxy fights.", model=sure_model(merger=0.5))
    assert "1980s" not in {e.company for e in events}


@pytest.mark.parametrize("title, text, kind", [
    ("Bankrupt Ostley Foods to close Ohio plant, lay off 310",
     "Ostley Foods Inc. said it will close its Dayton bakery by March 31, eliminating 310 jobs. The company has been in "
     "Chapter 11 since May.", LAYOFFS),
    ("COO of bankrupt Marsten Senior Living departs",
     "Marsten Senior Living, which filed for Chapter 11 protection in June, said chief operating officer Dale Pike left "
     "the company.", EXECUTIVE_DEPARTURE),
    ("Wendle Grocers CEO exits as chain navigates bankruptcy",
     "Wendle Grocers, which filed for Chapter 11 in March, said chief executive Ann Corbett had left.", EXECUTIVE_DEPARTURE),
])
def test_a_bankruptcy_the_headline_gives_as_a_circumstance_is_not_its_news(title, text, kind):
    assert kinds(detect_events(title, text)) == {kind}


def test_a_filing_the_headline_tells_beside_another_event_stays():
    # guard: the filing is the headline's news too
    assert kinds(detect_events("Ostley Foods files Chapter 11; CEO resigns", "")) == {BANKRUPTCY, EXECUTIVE_DEPARTURE}


def test_a_deals_target_is_never_the_person_a_title_names():
    text = ("Marlow Card Services chief executive Dana Pruitt said the company had agreed to be purchased by Eastridge "
            "Bancshares for $640 million.")
    events = [e for e in detect_events("", text, model=sure_model(merger=0.9)) if e.kind == MERGER_ACQUISITION]
    assert {(e.company, e.counterparty) for e in events} == {("Marlow Card Services", "Eastridge Bancshares"),
                                                              ("Eastridge Bancshares", "Marlow Card Services")}


def test_a_headline_of_names_with_a_lower_case_verb_is_not_title_case():
    # the person after the title is no company, as in any sentence-case headline
    events = detect_events("Bravo Outdoor CEO Dale Pruett to be succeeded by Tricia Lambden in July",
                           model=sure_model(departure=0.99))
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Bravo Outdoor"]
    assert rules._shouts_or_titles("Kestrel To Be Succeeded By Its Rival") is True


def test_a_title_case_run_of_common_words_is_a_company_when_it_ends_like_one():
    events = detect_events("Ridge International Announces Cash Acquisition Proposal by Ostrava Capital",
                           model=sure_model(merger=0.97))
    assert {e.company for e in events} == {"Ridge International", "Ostrava Capital"}
    # a deal word ends a SPAC's name, not a headline's phrase
    assert {e.company for e in detect_events("Halden Announces Strategic Acquisition", model=sure_model(merger=0.97))} == {
        "Halden"}


@pytest.mark.parametrize("headline, companies", [
    ("Halden to delay merger with Morvo", {"Halden", "Morvo"}),  # lone names the catalogue does not know
    ("Elon Musk would be foolish not to cut a compromise deal with Twitter, Jim Cramer says", {"Twitter"}),
    ("Regulators said on Monday that the merger with Morvo may proceed", {"Morvo"}),  # the calendar
    ("Update: Halden agreed to a merger with Morvo", {"Halden", "Morvo"}),
    ("Ms. Varga said the merger with Morvo would close", {"Morvo"}),  # a person after an honorific
    ("Italy backs the merger with Morvo", {"Morvo"}),  # a country
])
def test_a_lone_capitalised_word_is_the_company_unless_it_is_a_person_a_place_or_a_common_word(headline, companies):
    events = detect_events(headline, model=sure_model(merger=0.97))
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == companies


@pytest.mark.parametrize("headline, company", [
    ("Halden's head of TMT has left", "Halden"),  # a lone word that owns a title is the company
    ("Greenberg retired as chief executive in March", ""),  # a lone word that leaves is the person
])
def test_a_lone_word_is_a_departures_company_only_when_it_owns_the_title(headline, company):
    [event] = detect_events(headline, model=sure_model(departure=0.97))
    assert event.company == company


def test_a_run_ending_like_a_company_gives_no_person_whose_word_hides_its_lone_name():
    # "Belcourt Capital Partners" is no person: a lone "Belcourt" after it is that company, not a surname
    events = detect_events("Orrin Foods taps Belcourt's CFO", "Orrin Foods has hired Priya Castell, chief financial "
                           "officer of Belcourt Capital Partners, as its finance chief. Castell will leave Belcourt "
                           "at the end of the month.", model=sure_model(departure=0.97))
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Belcourt"]  # not the hirer, Orrin Foods


def test_a_rule_deal_is_judged_by_its_own_sentence_when_a_post_opens_the_next_one_in_lower_case():
    class DoubtsChatter(Model):  # the chatter after the deal is what the model finds unlike any deal
        def scores(self, text):
            from pipeline.detection.model import Scores
            return Scores(combine.RULE_VETO / 4 if "tour" in text else 0.5, 0.0)
    doubting = DoubtsChatter({}, (0.0,) * 4, (0.9,) * 4, {})
    post = ("Tavish Motors is acquiring Quenby Castings to bring casting in-house. ~1,100 of their people join us. "
            "plant tour tomorrow")
    assert {e.company for e in detect_events("big news before the tour", post, model=doubting)} == {
        "Tavish Motors", "Quenby Castings"}
    # an abbreviation's full stop ends no sentence: "Inc. plans a plant tour" stays one, and the model's doubt stands
    assert detect_events("big news before the tour",
                         "Tavish Motors Inc. is acquiring Quenby Castings Inc. on a plant tour", model=doubting) == []
    assert combine._lower_case_sentences(["Acme Inc. said it would buy approx. 40 stores for U.S. $9 million."]) == []


def test_a_name_given_a_post_is_the_appointee_not_a_company_owning_the_title():
    [event] = detect_events("Tessaly Brands Names Interim Chief Executive",
                            "Tessaly Brands named board member Gail Ortiz interim CEO following the resignation of "
                            "Doug Pruett.", model=sure_model(departure=0.97))
    assert event.company == "Tessaly Brands"
    # a possessive still owns it: "taps Gresham Savings' president"
    assert combine._owns_a_title("Gresham Savings", "Hartwell Bank taps Gresham Savings' president as CEO")


@pytest.mark.parametrize("title, text, kind, company", [
    # a place or its people describing the company: the company is the one the story names
    ("Founder of Denver salad chain steps back from CEO job", "Dana Whitcomb, who opened the first Leafwick Kitchen "
     "in 2012, is stepping down as chief executive, the company said.", EXECUTIVE_DEPARTURE, "Leafwick Kitchen"),
    ("New Zealand bus operator enters administration", "Marula Express Coaches has been placed in administration after "
     "missing two payrolls.", BANKRUPTCY, "Marula Express Coaches"),
])
def test_a_word_that_only_describes_the_company_gives_way_to_the_name_the_story_gives(title, text, kind, company):
    sure = sure_model(merger=0.99, departure=0.99, layoffs=0.99, bankruptcy=0.99)
    assert [e.company for e in detect_events(title, text, model=sure) if e.kind == kind] == [company]


@pytest.mark.parametrize("company, sentence", [
    ("Nonna Rosa", "Nonna Rosa frozen-pizza brand nears sale"),  # a name of its own, its description after
    ("Pelham-Kerr Stores", "Pelham-Kerr Stores, a chain of 34 discount stores, filed"),  # an apposition
    ("Texas", "Halden buys Texas software maker Morvo"),  # the name after the kind is the company
])
def test_a_name_with_a_description_after_it_still_names(company, sentence):
    assert not combine._only_describes(company, [sentence])


def test_a_model_departure_keeps_the_title_and_the_company_before_it():
    [event] = detect_events("Kestrel Vice-Chairman Resigns", model=sure_model(departure=0.9))
    assert (event.kind, event.company, event.title, event.seniority) == (
        EXECUTIVE_DEPARTURE, "Kestrel", "Vice-Chairman", "director_board")


def test_rules_keep_their_roles_and_reasons_when_the_model_agrees():
    events = detect_events("Initech to acquire Globex Corporation", model=sure_model(merger=0.9))
    assert {(e.company, e.role) for e in events} == {("Globex Corporation", ROLE_TARGET), ("Initech", ROLE_ACQUIRER)}
    assert not any(e.reason.startswith("model") for e in events)


def test_a_rule_event_the_model_finds_very_unlikely_is_dropped():
    assert detect_events("Initech to acquire Globex Corporation", model=sure_model(merger=0.001)) == []
    assert detect_events("Initech to acquire Globex Corporation", model=sure_model(merger=combine.RULE_VETO))


@pytest.mark.parametrize("headline, kind", [
    ("Lakers coach to step down at end of season", EXECUTIVE_DEPARTURE),  # a team's
    ("Sales rose 11%, spurred by last year's acquisition of Dorrit Brands", MERGER_ACQUISITION),  # in passing
    ("Should Globex buy Initech?", MERGER_ACQUISITION),  # a columnist's question
])
def test_the_rules_hard_negatives_silence_a_model_that_is_not_quite_sure(headline, kind):
    name = "merger" if kind == MERGER_ACQUISITION else "departure"
    fairly_sure = sure_model(**{name: combine.OVERRIDE[kind] - 0.05})
    assert kind not in kinds(detect_events(headline, model=fairly_sure))
    very_sure = sure_model(**{name: combine.OVERRIDE[kind]})
    assert kind in kinds(detect_events(headline, model=very_sure))


def test_a_central_banks_officer_is_an_official_however_sure_the_model():
    # (the definitions leave central bankers out; an officer of one is no company's executive)
    assert detect_events("ECB President to step down at end of term",
                         model=sure_model(departure=combine.OVERRIDE[EXECUTIVE_DEPARTURE])) == []


def test_a_model_below_its_threshold_adds_nothing():
    assert detect_events("HALDEN SYSTEMS, MORVO SET MERGER", model=sure_model(merger=0.49)) == []


def test_the_model_reads_the_summary_when_the_headline_is_plain():
    events = detect_events("Update on Halden", "HALDEN SYSTEMS AND MORVO SET MERGER. Terms were not disclosed.",
                           model=sure_model(merger=0.9))
    assert MERGER_ACQUISITION in kinds(events)


def test_a_text_without_any_gate_word_is_never_scored():
    class Exploding(Model):
        def scores(self, text):
            raise AssertionError(f"scored {text!r}")
    assert detect_events("Quarterly results beat forecasts", model=Exploding({}, (0, 0), (0.5, 0.5), {})) == []


@pytest.mark.parametrize("title, text, kind, company", [
    ("HALDEN SYSTEMS, MORVO SET MERGER", "", MERGER_ACQUISITION, "HALDEN SYSTEMS"),
    ("Kestrel Vice-Chairman Resigns", "", EXECUTIVE_DEPARTURE, "Kestrel"),
    ("", "Mr. Varga, the chairman and chief executive, told the board he would retire after the annual meeting.",
     EXECUTIVE_DEPARTURE, ""),
])
def test_the_committed_model_with_the_rules(title, text, kind, company):
    events = detect_events(title, text)
    assert kind in kinds(events)
    assert company in {e.company for e in events if e.kind == kind}
    assert model_scores(title, text).of(kind) > 0.5


def test_a_sentence_that_says_only_the_company_takes_the_headlines_company():
    [event] = detect_events("Update from Harlan Foods", "The company said its chief executive would retire in May.",
                            model=sure_model(departure=0.9))
    assert event.company == "Harlan Foods"


def test_companies_come_from_the_catalogue_in_any_casing():
    events = detect_events("microsoft and activision blizzard set merger", model=sure_model(merger=0.9))
    assert {e.company for e in events} == {"microsoft", "activision blizzard"}


def test_a_departure_verb_lets_a_leaning_model_report_an_exit():
    leaning = sure_model(departure=combine.AGREEMENT + 0.01)
    assert kinds(detect_events("", "Vander Holt said he is retiring to pass the torch.", model=leaning)) == {
        EXECUTIVE_DEPARTURE}
    assert detect_events("", "Vander Holt said he is pleased with the quarter.", model=leaning) == []


@pytest.mark.parametrize("sentence, company", [
    ("Brennick Air delays shareholder vote on Tessaro deal again amid doubts about support", "Tessaro"),
    ("Lawyers tell Morvane its Quenby deal isn't over", "Quenby"),
    ("$QNBY sues Morvane, enforcing the terms of their $21B deal", "Morvane"),  # a price ties the deal
    ("$EMBR holders vote to extend deadline for the Voltaris combination to March", "Voltaris"),
])
def test_a_deal_word_tied_to_a_name_lets_a_leaning_model_report_a_deal(sentence, company):
    leaning = sure_model(merger=combine.DEAL_AGREEMENT + 0.01, threshold=0.9)
    assert company in {event.company for event in detect_events(sentence, model=leaning)
                       if event.kind == MERGER_ACQUISITION}


@pytest.mark.parametrize("sentence", [
    "The deal ended in January, when the partners stopped talking.",
    "Brennick Air delays shareholder vote on the plan again amid doubts about support",
    "Thornbury Partners closes $9B buyout fund, its largest yet",  # the noun describes a fund
])
def test_a_deal_word_with_no_name_beside_it_needs_the_full_threshold(sentence):
    leaning = sure_model(merger=combine.DEAL_AGREEMENT + 0.01, threshold=0.9)
    assert MERGER_ACQUISITION not in kinds(detect_events(sentence, model=leaning))


def test_a_verb_that_only_means_leaving_a_post_asks_still_less_of_the_model():
    faint = sure_model(departure=combine.AGREEMENT_PLAIN + 0.01)
    assert kinds(detect_events("", "Richard Vane said Wednesday that he is stepping down.", model=faint)) == {
        EXECUTIVE_DEPARTURE}
    # "exit" and "leave" are as often a road's or an asset's: they keep the higher bar
    assert detect_events("", "Mr. Vane sees the exit of certain other assets this year.", model=faint) == []
    assert detect_events("", "The truck stop, run by Mr. Vane, is off I-95, exit 105.", model=faint) == []


def test_a_surname_that_is_the_subject_of_the_departure_verb_is_a_person():
    leaning = sure_model(departure=combine.AGREEMENT + 0.01)
    assert kinds(detect_events("", "Vanderholt abruptly resigned amid a foundering stock price.", model=leaning)) == {
        EXECUTIVE_DEPARTURE}
    assert kinds(detect_events("", "Quenby was forced out over tax violations.", model=leaning)) == {
        EXECUTIVE_DEPARTURE}


@pytest.mark.parametrize("sentence", [
    "The inaugural flight will depart Sao Paulo at midnight and arrive in Miami at dawn.",
    "These options leave a lot to be desired.",
    "Shareholders abruptly resigned themselves to a weak quarter.",
])
def test_a_departure_verb_without_a_person_needs_the_full_threshold(sentence):
    leaning = sure_model(departure=combine.AGREEMENT + 0.01)
    assert detect_events("", sentence, model=leaning) == []


def test_the_model_speaks_for_a_kind_only_where_the_text_has_a_word_of_that_kind():
    sure = sure_model(merger=0.99, departure=0.99)
    assert kinds(detect_events("", "Mr. Boatwright held a variety of executive positions.", model=sure)) == set()
    assert kinds(detect_events("", "Mr. Boatwright stepped down and the board agreed the sale of the unit.",
                               model=sure)) == {MERGER_ACQUISITION, EXECUTIVE_DEPARTURE}
    # a proposal is a deal word: "confirms receipt of non-binding proposal from X at $31/sh"
    assert kinds(detect_events("Tessaro confirms receipt of non-binding proposal from Brennick at $27/sh",
                               model=sure)) == {MERGER_ACQUISITION}


# ---------------------------------------------------------------- layoffs and bankruptcy (issue 13)


def test_a_model_layoff_takes_jobs_and_share_from_the_headline_or_the_summary():
    [event] = detect_events("Quillon Software staff brace for layoffs",
                            "Quillon Software is cutting roughly 500 jobs, or about 6% of its global workforce.",
                            model=sure_model(layoffs=0.9))
    assert (event.kind, event.company, event.jobs, event.share) == (LAYOFFS, "Quillon Software", 500, 0.06)
    assert event.reason == "model p=0.90"


def test_a_model_bankruptcy_has_a_stage():
    events = detect_events("Halvard Retail preparing to file for Chapter 11", model=sure_model(bankruptcy=0.9))
    assert [(e.kind, e.company, e.stage) for e in events] == [(BANKRUPTCY, "Halvard Retail", "warning")]


@pytest.mark.parametrize("title, kind", [
    ("Pennock Systems says it has no plans for layoffs despite slowdown", LAYOFFS),
    ("Tamsin Motors job cuts averted after union deal", LAYOFFS),
    ("Harlowe Bank imposes hiring freeze as mortgage demand drops", LAYOFFS),
    ("Ormond Pharma hires former bankruptcy lawyer as general counsel", BANKRUPTCY),
    ("Chapter 11 of the book describes the founder's early years", BANKRUPTCY),
    ("Northgate Airlines buys planes from bankrupt rival", BANKRUPTCY),
])
def test_hard_negatives_silence_a_model_that_is_not_very_sure(title, kind):
    scores = {LAYOFFS: {"layoffs": 0.9}, BANKRUPTCY: {"bankruptcy": 0.9}}[kind]
    assert kind not in kinds(detect_events(title, model=sure_model(**scores)))


def test_a_company_leaving_chapter_11_is_a_bankruptcy_not_a_departure():
    events = detect_events("Brightmoor Glass exits Chapter 11 after a year, lenders take control",
                           model=sure_model(departure=0.95, bankruptcy=0.95))
    assert [(e.kind, e.company, e.stage) for e in events] == [(BANKRUPTCY, "Brightmoor Glass", "emerged")]


@pytest.mark.parametrize("title, kind, company", [
    # posts' shorthand read as the words it stands for
    ("Brennick Software acq's fraud-detection startup Quaylock, terms undisclosed", MERGER_ACQUISITION, "Quaylock"),
    ("Ardley Freight files for ch. 11 w/ prepackaged plan", BANKRUPTCY, "Ardley Freight"),
])
def test_shorthand_is_read_as_the_words_it_stands_for(title, kind, company):
    # the model leans (0.3) but is not sure (0.5): only the rules, reading the words, make the event
    unsure = sure_model(merger=0.3, bankruptcy=0.3)
    assert (kind, company) in {(e.kind, e.company) for e in detect_events(title, model=unsure)}


@pytest.mark.parametrize("title, acquirer", [("Apple to acquire Harlow Systems", "Apple"), ("Oracle to acquire Harlow Systems", "Oracle")])
def test_a_catalogue_name_that_is_a_common_word_opening_a_headline_is_still_the_company(title, acquirer):
    events = detect_events(title, model=sure_model(merger=0.99))
    assert {(e.company, e.role) for e in events} == {(acquirer, ROLE_ACQUIRER), ("Harlow Systems", ROLE_TARGET)}


def test_a_sentence_openings_capital_is_no_company():
    [event] = detect_events("Second senior executive quits Ardley Freight in a month", model=sure_model(departure=0.3))
    assert event.company == "Ardley Freight"


def test_the_model_speaks_on_layoffs_only_where_the_text_has_a_word_of_them():
    assert not detect_events("Acme reports record quarter", model=sure_model(layoffs=0.99, bankruptcy=0.99))


@pytest.mark.parametrize("title, kind, reason", [
    ("Kestrel Freight to cut 120 jobs at Memphis depot", LAYOFFS, "cut 120 jobs"),
    ("Brockway Outfitters files for Chapter 11 bankruptcy protection", BANKRUPTCY, "files for Chapter 11"),
])
def test_a_shape_that_says_it_is_an_event_unless_the_model_vetoes_it(title, kind, reason):
    [event] = detect_events(title, model=sure_model(layoffs=0.5, bankruptcy=0.5))
    assert (event.kind, event.reason) == (kind, reason)
    assert not detect_events(title, model=sure_model(layoffs=0.001, bankruptcy=0.001))


def test_staff_counted_after_a_verb_only_people_take_stands_against_the_models_veto():
    [event] = detect_events("Kestrel Freight lays off 120 workers at Memphis depot",
                            model=sure_model(layoffs=0.001, bankruptcy=0.001))
    assert (event.kind, event.reason, event.jobs) == (LAYOFFS, "lays off 120 workers", 120)


def test_a_filing_told_in_a_relative_clause_is_its_filers():
    events = detect_events("Ostrava Castings cut its outlook on Tuesday, citing its largest customer, truckmaker "
                           "Brennick Motor Co, which filed for Chapter 11 last week.", model=sure_model(bankruptcy=0.5))
    assert [(e.kind, e.company) for e in events if e.kind == BANKRUPTCY] == [(BANKRUPTCY, "Brennick Motor Co")]


def test_a_shapes_company_is_the_name_just_before_it_even_when_no_catalogue_knows_either():
    [event] = detect_events("Ostrava shares sink 20% as top customer Brennick files for bankruptcy",
                            model=sure_model(bankruptcy=0.5))
    assert (event.kind, event.company) == (BANKRUPTCY, "Brennick")


# Notes and filings open with the person and name the employer after the title; the company of the event
# is the employer, never a piece of the person's name, a dotted title, a legal form or a dateline's place.
@pytest.mark.parametrize("text, company", [
    ("Harold J. Brenner, chairman and chief executive of Quarry Lane Foods Corp., will retire in May.",
     "Quarry Lane Foods"),
    ("Mr. Oduya retired as C.E.O. of Tessaly Mills, Inc. on 3 Mar. 2004, succeeded by Mr. Brandt.", "Tessaly Mills"),
    ("T.R. Welk stepped down as Ardent Plastics, Inc. Chairman and Chief Executive Officer at the end of 2006.",
     "Ardent Plastics"),
    ("BRIDGEPORT, Conn. -- Ines Calloway stepped down as chief executive of Marlow Instruments Inc. on Friday.",
     "Marlow Instruments"),
    ("Kestrin is the retired Chairman and Chief Executive Officer of Dunmore Valve Corporation.",
     "Dunmore Valve"),
    # a title and "of" make the name after them the employer, descriptions between or not
    ("The president of Orvell Shipping resigned on Wednesday, taking responsibility for an accounting scandal.",
     "Orvell Shipping"),
    ("The general counsel of Brisco Chemical, Lena Varga, resigned on Friday.", "Brisco Chemical"),
    ("PARIS (Reuters) - The head of French luxury group Maison Ferrand stepped down on Thursday.", "Maison Ferrand"),
    ("The managing director of Indian lender Kaveri Finance resigned on Monday.", "Kaveri Finance"),
    ("Tomas Reyes, chief executive of bourbon maker Old Larch Distilling Co., died suddenly on Sunday.",
     "Old Larch Distilling"),
    # but a field after the title, then the person, is no employer
    ("Castellan Group said Vice President of Investor Relations Marcus Hale has left the company.", "Castellan Group"),
    # a run ending in a word that ends a few of the catalogue's names is a company, not a person's name
    ("OMAHA (AP) - Brackley Insurance said Tuesday that its chairman and CEO, Ada Pell, will retire in March.",
     "Brackley Insurance"),
])
def test_a_departures_company_is_the_employer_the_note_names(text, company):
    events = [e for e in detect_events("", text, model=sure_model(departure=0.99)) if e.kind == EXECUTIVE_DEPARTURE]
    assert events and normalize_name(events[0].company) == normalize_name(company)


@pytest.mark.parametrize("text, company, person, title", [
    # a run of company, title and person before the verb: each is read for what it is
    ("Tessaly Mills CEO Ines Calloway announced her retirement.", "Tessaly Mills", "Ines Calloway", "CEO"),
    # a verb before "chief" is no business the chief runs
    ("Ines Calloway resigned. She had been chief executive of Marlow Instruments Inc. since 2001.",
     "Marlow Instruments Inc", "Ines Calloway", "chief executive"),
])
def test_a_note_s_plain_exit_reads_company_person_and_title_apart(text, company, person, title):
    [event] = [e for e in detect_events("", text, model=sure_model()) if e.kind == EXECUTIVE_DEPARTURE]
    assert (event.company, event.person, event.title) == (company, person, title)


def test_a_later_part_naming_no_company_speaks_of_what_an_earlier_part_explained_away():
    leaning = sure_model(merger=combine.EXPLAINED_LEANING + 0.5, threshold=0.75)
    assert detect_events("Tarvin Energy buys Gulf of Mexico leases for $190 mln",
                         "The deal is expected to close in the second quarter.", model=leaning) == []
    # a part that names a company stands on its own
    assert kinds(detect_events("Tarvin Energy buys Gulf of Mexico leases for $190 mln",
                               "Separately, Tarvin agreed to acquire Brisco Drilling.", model=leaning)) == {
        MERGER_ACQUISITION}


@pytest.mark.parametrize("text", [
    "Ousted by the board in a 7-2 vote. He had been CEO of Fenmore Outdoor since 2004.",
    "Retired after 14 yrs as CEO of Fenmore Outdoor; the COO took over in Jan.",
])
def test_a_note_may_open_with_the_exit(text):
    [event] = [e for e in detect_events("", text, model=sure_model()) if e.kind == EXECUTIVE_DEPARTURE]
    assert event.company == "Fenmore Outdoor"


@pytest.mark.parametrize("text, company", [
    ("Fairlawn Optical: Stephen Yoo left in 2003 to become CEO of an internet startup.", "Fairlawn Optical"),
    ("Vickers Lane Apparel - CEO Marcy Dunn left to become president of a department store chain.",
     "Vickers Lane Apparel"),
])
def test_a_run_that_labels_the_line_is_its_company(text, company):
    [event] = [e for e in detect_events("", text, model=sure_model(departure=0.99)) if e.kind == EXECUTIVE_DEPARTURE]
    assert event.company == company


def test_a_label_that_opens_with_a_given_name_is_a_person():
    assert combine._companies_named("Jerome Powell: the Fed will keep raising rates") == ([], [])


@pytest.mark.parametrize("text, company", [
    # any exit verb of the vocabulary may open a note, with no post named: a note is about one executive's exit
    ("Sacked in 2002 by the board of Ashmore Freight Inc. after a bond default.", "Ashmore Freight Inc."),
    ("Relinquished the CEO title at Ashmore Freight Inc. in 2011 and stayed on as chairman.", "Ashmore Freight Inc."),
    ("Exit: resigned to join a rival in 2006. Company: Ashmore Freight Inc.", "Ashmore Freight Inc."),
])
def test_a_note_may_open_with_any_exit_verb_of_the_vocabulary(text, company):
    [event] = [e for e in detect_events("", text, model=sure_model()) if e.kind == EXECUTIVE_DEPARTURE]
    assert normalize_name(event.company) == normalize_name(company)


@pytest.mark.parametrize("text", [
    "Left full-year guidance unchanged at the call; the CEO of Ashmore Freight Inc. reiterated the plan.",
    "Exited most of his personal stake in 2008 but remained CEO of Ashmore Freight Inc.",
])
def test_an_exit_verb_whose_object_is_no_post_opens_no_exit(text):
    assert EXECUTIVE_DEPARTURE not in {e.kind for e in detect_events("", text, model=sure_model())}


def test_a_note_with_two_letters_swapped_in_its_exit_words_is_read_as_written_right():
    events = detect_events("", "Resgined as Cheif Executive of Ashmore Freight Inc. after eleven years.", model=sure_model())
    assert [(e.kind, normalize_name(e.company), e.title) for e in events] == [
        (EXECUTIVE_DEPARTURE, "ashmore freight", "Chief Executive")]


def test_only_a_swap_that_is_no_word_is_mended():
    assert combine._typos_mended("Cheif executive retierd; the cook fried eggs") == (
        "Chief executive retired; the cook fried eggs")


@pytest.mark.parametrize("title, text, kind, companies", [
    # a wire headline that describes the company: the story names it first
    ("Steel Company Chief Quits", "PITTSBURGH (AP) _ Ada Pell resigned Monday as chief executive of Ormsby Steel Corp., "
     "the company said.", EXECUTIVE_DEPARTURE, ["Ormsby Steel Corp."]),
    ("Two Grocery Chains Agree to Merge", "Brantley Foods Inc. and Corwin Markets Inc. said Wednesday they agreed to "
     "merge in a stock swap.", MERGER_ACQUISITION, ["Brantley Foods Inc.", "Corwin Markets Inc."]),
])
def test_a_headline_that_describes_the_company_takes_the_one_the_story_names(title, text, kind, companies):
    events = [e for e in detect_events(title, text, model=sure_model(merger=0.99, departure=0.99)) if e.kind == kind]
    assert sorted(normalize_name(e.company) for e in events) == sorted(normalize_name(c) for c in companies)


def test_a_description_that_is_a_thing_bought_is_not_replaced_by_the_buyer():
    events = detect_events("PENWORTHY <PNW> BUYS GULF COAST GAS INTERESTS",
                           "Penworthy Exploration Co said it acquired working interests in 14 gas wells from "
                           "<Bayou Royalty Trust> for 12.3 mln dlrs.", model=sure_model(merger=0.5))
    assert all(not rules._one_company(e.company, e.counterparty or "") for e in events if e.kind == MERGER_ACQUISITION)


def test_a_headline_that_names_the_company_keeps_it():
    events = detect_events("Ormsby Steel Chief Quits", "Ada Pell resigned as chief executive. Brantley Foods Inc. "
                           "is a customer.", model=sure_model(departure=0.99))
    assert [normalize_name(e.company) for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["ormsby steel"]


@pytest.mark.parametrize("note", [
    "Board did not renew his contract at Ashmore Freight Inc. when it expired in June 2003.",
    "Demoted: the board stripped him of the CEO title at Ashmore Freight Inc. in 2006.",
    "Ashmore Freight names new CEO as founder moves to chair role",
    "Ada Pell will become executive chairman of Ashmore Freight",
])
def test_the_model_may_speak_on_an_exit_told_without_a_verb_of_leaving(note):
    assert EXECUTIVE_DEPARTURE in GATES.opened(note.lower())


@pytest.mark.parametrize("title", [
    "Routefold exits stealth with $12M seed",  # a thing left, not a post
    "Snipwell retires its legacy API, urges developers to migrate",
])
def test_an_exit_verb_on_a_thing_gives_the_leaning_model_no_cue(title):
    leaning = sure_model(departure=combine.AGREEMENT_PLAIN + 0.05)
    assert EXECUTIVE_DEPARTURE not in kinds(detect_events(title, model=leaning))


def test_an_exit_verb_on_a_company_or_a_post_is_still_a_cue():
    leaning = sure_model(departure=combine.AGREEMENT + 0.01)
    assert EXECUTIVE_DEPARTURE in kinds(detect_events("Rolf Ekker quit Ostler Mills to join a rival", model=leaning))


def test_a_note_opening_with_an_active_verb_is_no_exit():
    assert detect_events("", "Fired the CFO and the general counsel of Fenmore Outdoor in 2009.", model=sure_model()) == []


def test_a_dotted_title_is_read_as_the_title():
    events = detect_events("", "Mr. Oduya retired as C.E.O. of Tessaly Mills, Inc. on 3 Mar. 2004.",
                           model=sure_model(departure=0.99))
    assert [(normalize_name(e.company), e.title) for e in events if e.kind == EXECUTIVE_DEPARTURE] == [("tessaly mills", "CEO")]


def test_the_company_a_note_stands_in_for_is_the_one_named_before():
    events = detect_events("Vantor Biologics Inc. names an interim chief",
                           "Lena Pell resigned as President of the Company, effective immediately.",
                           model=sure_model(departure=0.99))
    assert [normalize_name(e.company) for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["vantor biologics"]


def test_a_deal_told_of_the_company_is_the_company_named_before_never_the_other_side():
    events = detect_events("Halden Systems Inc. agrees to be bought",
                           "The Company agreed to be acquired by Morvo Holdings for $12 a share.")
    sides = {(normalize_name(e.company), e.role, normalize_name(e.counterparty or "")) for e in events
             if e.kind == MERGER_ACQUISITION}
    assert sides == {("halden systems", ROLE_TARGET, "morvo holdings"), ("morvo holdings", ROLE_ACQUIRER, "halden systems")}


def test_a_stand_in_with_nothing_named_before_gives_no_company_rather_than_company():
    events = detect_events("", "The Company agreed to be acquired by Morvo Holdings.")
    assert "Company" not in {e.company for e in events} | {e.counterparty for e in events}
    assert {e.company for e in events if e.role == ROLE_ACQUIRER} == {"Morvo Holdings"}


@pytest.mark.parametrize("headline, wanted, unwanted", [
    # a cashtag and the name it stands for are one company, read by its name
    ("$KDP: Keurig Dr Pepper announces executive leadership changes as its CEO steps down", {"keurig dr pepper"}, {"$kdp"}),
    # a legal form read as the acquirer is the company written before it
    ("Halden Consulting Group, Inc. Acquires Morvo Environmental LLC", {"halden consulting group", "morvo environmental"}, {"inc"}),
    # what a deal buys is not its target: the company after "Interest in" is
    ("Halden Infrastructure Corp. Completes the Acquisition of a 67% Interest in MorvoTEC", {"halden infrastructure",
     "morvotec"}, {"interest"}),
    # a country owning the company, a reporter's handle, an amount: none is a side of the deal
    ("India's Adani Ports to buy Haifa port operator, by @JaneReporter", {"adani ports"}, {"india", "janereporter"}),
])
def test_the_sides_of_an_event_are_companies_not_tickers_handles_or_countries(headline, wanted, unwanted):
    companies = {normalize_name(e.company) for e in detect_events(headline, model=sure_model(merger=0.99, departure=0.99))
                 if e.company} | {normalize_name(e.counterparty) for e in detect_events(headline) if e.counterparty}
    assert wanted <= companies and not (unwanted & companies)


def test_a_notes_plain_exit_is_a_departure_when_the_note_names_a_post():
    note = "Harlan Voss retired after 13 years at the helm. He had been chairman and chief executive of Quarry Lane Foods Corp."
    events = [e for e in detect_events("", note, model=sure_model()) if e.kind == EXECUTIVE_DEPARTURE]
    assert [(e.person, e.reason) for e in events] == [("Harlan Voss", '"retired"')]


def test_a_plain_exit_needs_a_note_that_names_a_post():
    note = "Harlan Voss retired from the Navy in 1990 and took up sailing."
    assert EXECUTIVE_DEPARTURE not in {e.kind for e in detect_events("", note, model=sure_model())}


def test_a_link_is_no_company():
    # a deal the model reads with one company named: the link's path was taken for the other side
    events = detect_events("Quillon eyes sale of overseas assets to avoid sanctions  https://t.co/KJ8309TdVp",
                           model=sure_model(merger=0.99))
    assert [(e.company, e.counterparty) for e in events] == [("Quillon", None)]


def test_an_honorific_and_a_name_are_no_employer():
    events = detect_events("", "Although Mr. Halvorsen said he resigned for personal reasons, the losses mounted.")
    assert all("Halvorsen" not in e.company for e in events)


@pytest.mark.parametrize("headline", [
    "Pennock Energy agrees to acquire minority stake in Halvorsen Drilling LLC in a stock deal",
    "Tamsin Foods expands with a $70 million deal to acquire a 20% stake in Quillon Farms",
])
def test_a_minority_stake_is_no_deal_however_sure_the_model(headline):
    assert MERGER_ACQUISITION not in kinds(detect_events(headline, model=sure_model(merger=0.999)))


def test_a_deal_that_buys_control_still_stands():
    assert MERGER_ACQUISITION in kinds(detect_events("Pennock Energy to buy Halvorsen Drilling in a $2 billion deal",
                                                     model=sure_model(merger=0.999)))


def test_an_amount_is_no_side_of_a_deal():
    events = detect_events("Quillon hires law firm to sue Halvorsen for ending $44bn acquisition",
                           model=sure_model(merger=0.99))
    assert all(e.company != "44bn" and e.counterparty != "44bn" for e in events)


def test_in_title_case_a_run_of_common_words_is_no_company():
    events = detect_events("Kestrel Holdings Announces Closing Of Business Combination With Morvo",
                           model=sure_model(merger=0.99))
    assert "Business Combination" not in {e.company for e in events} | {e.counterparty for e in events}


def test_a_title_case_run_of_hyphenated_common_words_is_no_company():
    events = detect_events("Kestrel Enters into a Definitive Agreement for Going-Private Transaction",
                           model=sure_model(merger=0.99))
    assert MERGER_ACQUISITION in kinds(events)
    assert "Going-Private Transaction" not in {event.company for event in events}


@pytest.mark.parametrize("text", [
    "Dorian Vale said Monday he is retiring as the airline's chairman and chief executive.",
    "Quarry Lane Foods said Thursday it named Ann Roe CEO, succeeding Dorian Vale as chief executive of both the "
    "company and its bank.",
])
def test_a_weekday_or_a_determiner_is_never_the_company(text):
    events = detect_events("", text, model=sure_model(departure=0.99))
    assert EXECUTIVE_DEPARTURE in kinds(events)
    assert not {"Monday", "Thursday", "both"} & {event.company for event in events}


def test_a_name_written_after_a_title_is_a_person_never_the_employer():
    text = ("Chief Executive Dorian Vale, Chief Financial Officer Ann Roe and Chief Accounting Officer Lee Park "
            "resigned in February after the review.")
    events = [e for e in detect_events("", text, model=sure_model()) if e.kind == EXECUTIVE_DEPARTURE]
    assert events and not {"Dorian Vale", "Ann Roe"} & {event.company for event in events}
    # "title, Company" is the employer's apposition, not a person
    note = "Retired Chairman and Chief Executive Officer, Quarry Lane Foods Corp., Milwaukee. Mr. Vale retired in 1999."
    assert [e.company for e in detect_events("", note) if e.kind == EXECUTIVE_DEPARTURE] == ["Quarry Lane Foods Corp"]


def test_a_person_written_in_capitals_with_initials_is_no_company():
    note = "DORIAN A. VALE, JR. retired chairman of the board of directors of Morvo and former chief executive."
    events = [e for e in detect_events("", note) if e.kind == EXECUTIVE_DEPARTURE]
    assert events and "DORIAN" not in {event.company for event in events}


def test_a_surname_written_as_a_person_is_not_the_catalogues_company_of_that_name():
    # "Kemper" is a listed company; here it is the man who retires, and his employer is unnamed
    note = "The thrift also said that Robert L. Kemper, 64, its president and chief executive, will retire in June."
    events = [e for e in detect_events("", note, model=sure_model(departure=0.99)) if e.kind == EXECUTIVE_DEPARTURE]
    assert events and "Kemper" not in {event.company for event in events}
    assert "Kemper" in {e.company for e in detect_events("Kemper CEO Jane Roe steps down") if e.kind == EXECUTIVE_DEPARTURE}


@pytest.mark.parametrize("title, company", [
    ("Markets slump, Halvard Crypto goes bankrupt", "Halvard Crypto"),
    ("Non-bank lender Ostrava Credit said a Mexican court has ordered it to liquidate", "Ostrava Credit"),
])
def test_a_distress_shapes_company_is_the_one_written_before_its_phrase(title, company):
    events = [e for e in detect_events(title, model=sure_model(bankruptcy=0.5)) if e.kind == BANKRUPTCY]
    assert [e.company for e in events] == [company]


# ---------------------------------------------------------------- the employer, not a word beside it


@pytest.mark.parametrize("note", [
    "Coverage says that Quenby resigned after less than a year as CEO.",  # a common word opening the note
    "Subsequent to our emergence from bankruptcy, Mr. Pell was appointed to replace Mr. Quenby as chief executive.",
])
def test_a_common_word_that_opens_a_note_is_not_the_employer(note):
    events = [event for event in detect_events("", note) if event.kind == EXECUTIVE_DEPARTURE]
    assert events and all(event.company == "" for event in events)


def test_a_word_of_a_title_is_not_the_employer():
    [event] = [event for event in detect_events(
        "", "Mr. Ardent V. Quenby, a Class I Director, resigned as a director and as Chairman and Chief Executive "
            "Officer of Harlan Foods, effective November 1.") if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company == "Harlan Foods"


def test_a_successor_the_story_calls_mr_is_a_person_not_the_employer():
    [event] = [event for event in detect_events(
        "", "Halvor Quay is to succeed Dennis Marr as president and CEO of the imaging company, Quarry Lane Medical. "
            "Mr Quay joins from a rival.") if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company != "Halvor Quay"


def test_a_dateline_with_its_wire_in_brackets_is_no_company():
    sure = sure_model(departure=0.99)
    text = ("NEW YORK (CNNfn) - Breakfast maker Harlan Foods Company announced Tuesday that its directors elected "
            "Ardent Quenby chief executive officer of the company. Dennis Marr is stepping aside.")
    [event] = detect_events("", text, model=sure)
    assert event.company == "Harlan Foods Company"
    text = "March 8, 1999 CHICAGO (AP) _ Dennis Marr, the chief executive of the gum company, resigned Monday."
    assert [event.company for event in detect_events("", text, model=sure)] == [""]


def test_a_person_in_capitals_with_initials_is_no_company():
    sure = sure_model(departure=0.99)
    [event] = detect_events("", "GARY L. QUENBY, Principal Occupation: Retired; formerly Chairman of the Board, "
                                "Harlan Foods, Inc.", model=sure)
    assert event.company == "Harlan Foods"


def test_a_name_in_the_employer_slot_is_the_employer_however_much_it_looks_like_a_person():
    [event] = [event for event in detect_events(
        "", "Jim Quenby retired from Harvel Medical following a 14-year career with the company.")
        if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company == "Harvel Medical"
    named, _ = combine._companies_named("Dennis Marr stepped down as chief executive of Fort Lauderdale, Fla.-based Harvel.")
    assert "Fort Lauderdale" not in named


def test_a_departure_whose_rule_read_no_employer_takes_the_company_that_announced_it():
    [event] = [event for event in detect_events(
        "", "Quarry Lane Industries, Inc. (Nasdaq: QLI) announced that Ardent Quenby has resigned as president "
            "and chief executive officer.") if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company == "Quarry Lane Industries"


def test_a_name_listed_on_an_exchange_or_owning_a_title_is_a_departures_employer():
    [event] = [event for event in detect_events(
        "", "Parvel Drilling (NYSE: PVD), a drilling contractor, announced today the departure of Ardent Quenby, "
            "president and chief executive officer.", model=sure_model(departure=0.99))
        if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company == "Parvel Drilling"
    [event] = [event for event in detect_events(
        "", "After serving as Arctic's Chief Executive Officer for 24 years, Christopher Quenby, 62, retired in December.")
        if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company == "Arctic"


def test_a_common_word_the_catalogue_names_is_the_company_when_it_owns_someone():
    named, _ = combine._companies_named("Ford’s Quenby and Marr to Retire After Long Careers")
    assert named[:1] == ["Ford"]


@pytest.mark.parametrize("headline, companies", [
    ("ORRIN GROUP BIDS 19 DLRS A SHARE FOR FENWICK", {"ORRIN GROUP", "FENWICK"}),  # wire copy's units
    ("FED APPROVES QUARRY LANE'S MERGER WITH BRANDT", {"QUARRY LANE", "BRANDT"}),  # a verb ends a name in capitals
])
def test_wire_headlines_name_companies_not_units_or_verbs(headline, companies):
    events = detect_events(headline, model=sure_model(merger=0.99))
    assert {event.company for event in events} == companies


def test_a_stake_sized_in_wire_copys_pct_is_below_control():
    events = detect_events("ASHDOWN <ASH> STAKE RAISED TO 12.5 PCT",
                           "An investor group said it raised its stake in Ashdown Corp to 12.5 pct.")
    assert not [event for event in events if event.kind == MERGER_ACQUISITION]


def test_files_ends_a_name_in_capitals():
    [event] = detect_events("HALVOR FILES FOR CHAPTER 11", model=sure_model(bankruptcy=0.99))
    assert event.company == "HALVOR"


@pytest.mark.parametrize("headline, companies", [
    ("PELL HOLDERS APPROVE SALE OF UNIT TO ORRIN", {"PELL", "ORRIN"}),
    ("HALVOR SEEKS TO BUY REST OF MORVO", {"HALVOR", "MORVO"}),
])
def test_holders_and_the_rest_are_no_part_of_a_name(headline, companies):
    assert {event.company for event in detect_events(headline)} == companies


def test_a_run_ending_in_a_word_that_ends_many_catalogue_names_is_a_company():
    named, _ = combine._companies_named("Vantor Labs jumps on report of potential sale process")
    assert named == ["Vantor Labs"]
    named, _ = combine._companies_named("Jane Quenby jumps on report of potential sale process")
    assert named == []  # a person's name is no company


def test_the_one_named_to_a_post_is_not_the_employer_of_the_one_who_leaves():
    [event] = [event for event in detect_events(
        "HALDEN <HALD> NAMES NEW PRESIDENT", "Halden Corp said it named Ann Roe president and chief operating "
        "officer, succeeding David Fenn, who will retire June 30.") if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company in ("HALDEN", "Halden Corp")


def test_a_press_releases_dateline_names_places_not_companies():
    named, _ = combine._companies_named("WESTLAKE VILLAGE, Calif., May 1, 2013 /PRNewswire/ -- Quarry Lane Footwear "
                                        "Inc. said its chief executive will retire")
    assert named == ["Quarry Lane Footwear Inc"]


def test_the_successor_who_will_become_the_chairman_is_not_the_employer():
    [event] = [event for event in detect_events(
        "", "Aug 8, 2000 - Harlan Corp., the Scottsdale-based consumer products maker, issued an announcement today "
            "that its chief executive and chief financial officers have resigned. Herbert Vance will become "
            "Harlan's new chairman, chief executive officer and president, replacing Dennis Marr.")
        if event.kind == EXECUTIVE_DEPARTURE]
    assert event.company != "Herbert Vance"


@pytest.mark.parametrize("title, text", [
    ("HALDENCORP <HLD> TO BUY MORVO INDUSTRIES", ""),
    ("Haldencorp Inc <HLD.N> to buy Morvo Industries", ""),
    ("HALDENCORP TO BUY UNIT", "Haldencorp Inc said it agreed to acquire <Morvo Industries Inc> for 42 mln dlrs."),
])
def test_the_wires_angle_brackets_mark_a_ticker_or_a_name_never_a_company_of_their_own(title, text):
    deals = {(event.company, event.role) for event in detect_events(title, text)
             if event.kind == MERGER_ACQUISITION}
    companies = {normalize_name(company) for company, _ in deals}
    assert {"hld", "hld n"}.isdisjoint(companies)
    assert ROLE_TARGET in {role for company, role in deals if normalize_name(company) == "morvo industries"}
    assert ROLE_ACQUIRER in {role for company, role in deals if normalize_name(company) == "haldencorp"}


def test_a_ticker_written_after_a_name_is_that_names_never_the_catalogues_holder_of_it():
    # SLV is the catalogue's iShares Silver Trust; here it is Silverline's ticker, as the wire wrote it.
    companies = {normalize_name(event.company)
                 for event in detect_events("SILVERLINE <SLV> TO SELL UNIT TO OAKHURST", "")}
    assert "silverline" in companies
    assert not companies & {"slv", "ishares silver trust"}


@pytest.mark.parametrize("title, company", [
    # AAPL and TSLA are other companies' tickers in the catalogue; the bot spells out the name they stand for here
    ("$AAPL: Quenby Robotics announced that Chief Financial Officer Kim Ostby has informed the Board of her intention to retire...",
     "quenby robotics"),
    ("$TSLA - Brackner Corp: Brackner to close Marlton plant, affecting 340 employees", "brackner"),
])
def test_a_bots_cashtag_then_a_name_is_that_name_never_the_catalogues_holder_of_the_ticker(title, company):
    found = {normalize_name(event.company) for event in detect_events(title, "")}
    assert found == {company}


@pytest.mark.parametrize("sentence, institution", [
    ("Halden told the Securities and Exchange Commission it has agreed to acquire Morvo Industries.", "securities"),
    ("The Competition and Markets Authority will probe Halden's purchase of Morvo.", "competition"),
])
def test_a_word_joined_by_and_to_an_authoritys_name_is_no_company(sentence, institution):
    named, guessed = combine._companies_named(sentence)
    assert institution not in {normalize_name(name) for name in named + guessed}
    assert "halden" in {normalize_name(name) for name in named + guessed}


def test_a_deal_between_runs_that_look_like_peoples_names_takes_them_as_its_parties():
    events = combine.detect_events("Pelham Brewing and Ostler Beverages to combine in $3.4 billion deal", "",
                                   model=sure_model(merger=0.99))
    assert {normalize_name(event.company) for event in events if event.kind == MERGER_ACQUISITION} == {
        "pelham brewing", "ostler beverages"}


def test_a_government_post_is_no_executive_however_sure_the_model():
    sure = sure_model(departure=0.999)
    assert not combine.detect_events("", "Assistant Commerce Secretary Lyle Hendricks resigned to return to law "
                                         "practice, the department said.", model=sure)
    assert kinds(combine.detect_events("", "Kestrel Mining's chief executive Lyle Hendricks resigned on Monday.",
                                       model=sure)) == {EXECUTIVE_DEPARTURE}


@pytest.mark.parametrize("title, text", [
    ("Lt. Gen. Dunmore to retire from Army", "Lt. Gen. Ralph Dunmore, commander of the Army's materiel command, "
                                             "will retire this summer after 34 years of service."),
    ("Rear Adm. Pellow retires from Navy", ""),
])
def test_an_officer_of_the_armed_forces_is_no_executive(title, text):
    assert EXECUTIVE_DEPARTURE not in kinds(combine.detect_events(title, text, model=sure_model(departure=0.9)))


@pytest.mark.parametrize("title, text, kind, company", [
    ("", "Orland Mining Co said it will close its Coeur Creek silver mine by June 30, eliminating about 340 jobs.",
     LAYOFFS, "orland mining"),
    ("KELLERMAN FOODS (KLMN) TO CLOSE THREE BAKERIES, CUT 820 JOBS", "", LAYOFFS, "kellerman foods"),
    ("Toy maker Whimsey confirms 15% workforce cut", "", LAYOFFS, "whimsey"),
    ("A U.S. bankruptcy judge in Houston confirmed Ardent Shipping's Chapter 11 reorganization plan", "",
     BANKRUPTCY, "ardent shipping"),
])
def test_the_company_that_cuts_jobs_or_goes_bankrupt_is_not_a_place_a_site_or_a_trade(title, text, kind, company):
    sure = sure_model(layoffs=0.99, bankruptcy=0.99)
    found = {normalize_name(event.company) for event in combine.detect_events(title, text, model=sure)
             if event.kind == kind}
    assert found == {company}


def test_a_governments_job_cuts_are_no_layoffs_however_sure_the_model():
    assert not combine.detect_events("OHIO TO ELIMINATE 2,000 STATE JOBS", "", model=sure_model(layoffs=0.999))
    assert kinds(combine.detect_events("KELLERMAN FOODS TO ELIMINATE 2,000 JOBS", "",
                                       model=sure_model(layoffs=0.999))) == {LAYOFFS}


@pytest.mark.parametrize("title, text", [
    ("Bus firm wound up", "Coach operator Farrowdale Coaches has been placed into compulsory liquidation after a "
                          "winding-up petition, and the firm's 45 coaches have been taken off the road."),
    ("Farrowdale Coaches to cut 60 drivers' jobs", ""),
])
def test_a_coach_in_a_filing_or_a_cut_is_a_bus_not_sport(title, text):
    found = combine.detect_events(title, text, model=sure_model(layoffs=0.9, bankruptcy=0.9))
    assert {normalize_name(event.company) for event in found if event.kind in (LAYOFFS, BANKRUPTCY)} == \
        {"farrowdale coaches"}


def test_a_teams_cuts_are_still_sport():
    sure = sure_model(layoffs=0.9)  # (a model surer than 0.98 outweighs the sport)
    assert not combine.detect_events("Head coach and 20 staff let go as Marlow Rovers cut roster costs", "", model=sure)


@pytest.mark.parametrize("sentence, company", [
    ("Founder forced out at sleep-tech unicorn Quillby", "Quillby"),
    ("The chief executive of children's charity Brightwick has resigned after a pay row", "Brightwick"),
    ("Shares of toymaker Pellory fell after its chairman quit", "Pellory"),
])
def test_a_name_after_a_kind_of_company_is_the_company_however_much_it_looks_like_a_surname(sentence, company):
    assert company in combine._companies_named(sentence)[0]


@pytest.mark.parametrize("sentence, company", [
    ("Takasago Motors names new CEO as Tanabe takes blame for recall", "Takasago Motors"),  # a plural of an ending
    ("Banca Lariana names new chief after Galli's resignation", "Banca Lariana"),  # a company's word opening it
])
def test_runs_that_look_like_peoples_names_but_end_or_open_like_a_company(sentence, company):
    assert company in combine._companies_named(sentence)[0]


@pytest.mark.parametrize("sentence, not_a_company", [
    ("TOKYO, Kyodo -- Shiokaze Air said the court approved the end of its rehabilitation proceedings", "Kyodo"),
    ("MUMBAI: Rohan Mehta, co-founder of lending platform Paykart, has stepped down as chief executive", "MUMBAI"),
    ("Form 6-K: Banco Ribeira S.A. - Resignation of Chief Executive Officer", "Form 6-K"),
    ("Intimation of resignation of Chief Financial Officer", "Intimation"),
    ("The offer of 148p a share is a 41% premium", "148p"),
])
def test_a_wire_a_dateline_a_form_or_a_filings_word_is_no_company(sentence, not_a_company):
    named, guessed = combine._companies_named(sentence)
    assert not_a_company not in named + guessed


def test_an_exchange_notice_of_an_officers_cessation_is_a_departure():
    found = combine.detect_events("CESSATION OF CHIEF EXECUTIVE OFFICER :: MR LIM BOON HOCK",
                                  "Issuer: Harbourview Marine Holdings Ltd. Date of cessation: 15/01/2020.",
                                  model=sure_model(departure=0.9))
    assert {(e.kind, e.company) for e in found} == {(EXECUTIVE_DEPARTURE, "Harbourview Marine Holdings Ltd")}


def test_a_place_that_describes_the_name_after_it_is_no_company_even_when_the_catalogue_holds_it():
    # (the bundled catalogue holds a "Kyoto ..." company; the place only describes the inn operator)
    assert combine._companies_named("Kyoto ryokan operator Hanamura files for civil rehabilitation")[0] == ["Hanamura"]


def test_a_body_the_story_names_in_full_explains_the_headlines_cut_away():
    title = "Veterans Affairs to cut 1,300 administrative positions"
    text = "The Department of Veterans Affairs plans to eliminate about 1,300 administrative positions."
    assert LAYOFFS not in kinds(combine.detect_events(title, text, model=sure_model(layoffs=0.9)))
    assert LAYOFFS in kinds(combine.detect_events(title, "", model=sure_model(layoffs=0.9)))


def test_a_headline_verb_in_capitals_is_no_company():
    companies = {normalize_name(event.company) for event in detect_events("CRANSTON LABORATORIES (CRL) GETS BUYOUT PROPOSAL", "")}
    assert companies == {"cranston laboratories"}


@pytest.mark.parametrize("sentence, company", [
    ("MUNICH, Germany, November 7, 2016 – Valtrek GmbH announced today that its managing director will leave.",
     "Valtrek GmbH"),
    ("Coralbay Resources Limited advises that its chief executive has tendered his resignation.",
     "Coralbay Resources Limited"),
])
def test_a_run_ending_in_a_european_or_commonwealth_legal_form_is_a_company(sentence, company):
    assert company in combine._companies_named(sentence)[0]


@pytest.mark.parametrize("name", ["Managing", "AGM", "10-K", "Americas", "Compensation Committee", "the Audit Committee"])
def test_a_titles_first_word_a_meeting_a_filing_a_region_or_a_board_committee_is_no_company(name):
    assert combine._junk_name(name)


@pytest.mark.parametrize("title, text", [
    # a share of a company bought, sized under half, is a stake however the headline words it
    ("Brannock Group Agrees to Buy 24.9% of Dutch Port Operator", ""),
    # an offer ruled out with words before "offer" is still no bid coming
    ("Ostler Invest takes holding in Varrow Paper",
     "Ostler Invest said it has no intention of making a full takeover offer for Varrow Paper Oyj."),
])
def test_a_share_under_half_or_a_bid_ruled_out_is_no_deal_however_sure_the_model(title, text):
    assert MERGER_ACQUISITION not in kinds(combine.detect_events(title, text, model=sure_model(merger=0.99)))


def test_spectrum_of_a_technical_grade_is_a_thing_bought():
    events = detect_events("Kalinda Telecom said it has acquired 5G spectrum in four circles for Rs 2,000 crore.")
    assert not [event for event in events if event.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text, company", [
    # a person's name, "of", then their employer: two names, not one
    ("CEO & Pres. James Marrow of Dunberry Data Corp. resigned to join a competitor.", "dunberry data"),
    ("Pres/CEO Harold Venn of Tallis Mutual Holdings retired at 65 per bd. policy.", "tallis mutual holdings"),
])
def test_a_person_of_a_company_leaves_that_company(text, company):
    found = [normalize_name(event.company) for event in combine.detect_events("", text, model=sure_model(departure=0.99))
             if event.kind == EXECUTIVE_DEPARTURE]
    assert found == [company]


@pytest.mark.parametrize("title, text", [
    # rights, acreage and a pipeline's assets are things bought, however a release capitalises them
    ("Quarlton Brewing Completes Acquisition of Distribution Rights in New England", ""),
    ("Oberlin Pharma Acquires Global Rights to Velzora From Tamsin Biotech", ""),
    ("Cradock Oil Completes Acquisition of 38,000 Net Acres in the Permian Basin",
     "Cradock Oil Corporation today announced that it has closed the acquisition of approximately 38,000 net acres "
     "and associated producing wells in the Permian Basin."),
    ("Fenwick Energy Terminates Asset Purchase Agreement for Gathering Assets", ""),
])
def test_a_thing_bought_in_a_release_is_no_deal(title, text):
    # a model above its threshold, short of the 0.9 that may outweigh a trade's wording ("purchase agreement")
    assert MERGER_ACQUISITION not in kinds(combine.detect_events(title, text, model=sure_model(merger=0.85)))


def test_an_agreement_ended_in_title_case_is_no_one_removed():
    events = detect_events("Ostley Medical Terminates Merger Agreement With Pelham Surgical", "")
    assert kinds(events) == {MERGER_ACQUISITION}


def test_hospital_trusts_merging_are_public_bodies_however_sure_the_model():
    assert MERGER_ACQUISITION not in kinds(combine.detect_events("Hospital Trusts to Merge in North Leeds", "",
                                                                 model=sure_model(merger=0.99)))


@pytest.mark.parametrize("title, kind, company", [
    # what the words before a run call it ("retailer", "chain", "airline") make it a company, however personal its name
    ("Peruvian retailer Almacenes Quispe says CEO Torres to depart", EXECUTIVE_DEPARTURE, "almacenes quispe"),
    ("Founder quits board of Danish furniture chain Lindqvist Hem", EXECUTIVE_DEPARTURE, "lindqvist hem"),
    # a Title Case verb ends the name before it where what follows it never follows a name
    ("Dorrance Emerges From Chapter 11", BANKRUPTCY, "dorrance"),
    ("Pellston Homes Collapses Into Chapter 7", BANKRUPTCY, "pellston homes"),
    # Title Case writes what the company is as it writes its name: the description is no part of the name
    ("Wind Turbine Maker Hesketh Files for Insolvency in Denmark", BANKRUPTCY, "hesketh"),
    ("Larsen Resigns as CEO of Italian Battery Firm Vortana", EXECUTIVE_DEPARTURE, "vortana"),
    # a name whose words describe a company is left whole
    ("Calloway Cruise Line Holdings files for Chapter 11", BANKRUPTCY, "calloway cruise line holdings"),
])
def test_where_a_name_begins_and_ends_in_a_headline(title, kind, company):
    assert companies_found(kind, title) == {company}


@pytest.mark.parametrize("title, text", [
    # a company leaving a line of business, a market or a country
    ("Kestwell Cereals to exit Brazil", ""),
    ("Granford Electronics to exit consumer printer business", ""),
    ("Harlow Mills exits Mexican market", ""),
    # an exit put off, or denied "preparing to" happen
    ("Whitcombe Mutual CEO postpones retirement", ""),
    ("Tarrant Foods denies reports", "Tarrant Foods on Monday dismissed press reports that Chief Executive Rosa Delgado "
                                     "is preparing to step down."),
    # "department" is no departure, and a treasurer stepping up is not stepping down
    ("Faircroft Bank's risk chief adds compliance", "Faircroft Bank said its chief risk officer will take on "
                                                    "compliance, a function newly separated from the legal department."),
    ("Merrowby Chemicals promotes CFO to new COO post; treasurer steps up", ""),
])
def test_no_one_leaves_a_post_however_sure_the_model(title, text):
    assert EXECUTIVE_DEPARTURE not in kinds(combine.detect_events(title, text, model=sure_model(departure=0.95)))


def test_a_company_leaving_a_business_is_not_a_founder_leaving_the_business():
    assert EXECUTIVE_DEPARTURE in kinds(combine.detect_events("Ardent Quill founder exits the business he built", "",
                                                              model=sure_model(departure=0.95)))


def test_a_legal_form_after_a_plural_keeps_it_in_the_name():
    # "Modes" reads as a verb ("mode-s") in Title Case; before "Inc." it is the name's last word
    named, _ = combine._companies_named("A receiver was appointed yesterday for Dalby Modes Inc., a chain of shops.")
    assert named == ["Dalby Modes Inc"]


@pytest.mark.parametrize("title, text, kind, company", [
    # a headline's words of the news ("Receivership", "Suitors", "Spurned") describe; the story names the company
    ("Fashion Chain In Receivership", "A receiver was appointed yesterday for Dalby Modes Inc., a chain of shops.",
     BANKRUPTCY, "dalby modes"),
    ("Offer Spurned By Directors", "Directors of the Stillwell Company rejected a $31-a-share cash offer from "
                                   "Ravenna Foods Inc.", MERGER_ACQUISITION, "stillwell"),
    # Title Case capitalises the employer slot's small words
    ("Hamlin Quits As President Of Vance-Birch", "", EXECUTIVE_DEPARTURE, "vance birch"),
])
def test_the_company_of_a_title_case_headline(title, text, kind, company):
    sure = sure_model(merger=0.99, departure=0.99, bankruptcy=0.99)
    found = [normalize_name(event.company) for event in combine.detect_events(title, text, model=sure) if event.kind == kind]
    assert found[:1] == [company]


@pytest.mark.parametrize("title, kind", [
    # a departure's negatives (a shop "to remain open", an exit from a market) say nothing of a filing or of jobs
    ("Just in: Gristfield Diners files ch 11 in Delaware; restaurants to remain open", BANKRUPTCY),
    ("Granford Electronics to exit consumer printer business, cutting 600 jobs", LAYOFFS),
])
def test_a_departures_negatives_do_not_explain_away_a_filing_or_a_cut(title, kind):
    sure = sure_model(layoffs=0.99, bankruptcy=0.99)
    assert kind in kinds(combine.detect_events(title, "", model=sure))


def test_a_bankruptcy_only_under_a_negation_is_none():
    # (a model above its threshold; one very sure may still outweigh a negation, as for every kind)
    assert BANKRUPTCY not in kinds(combine.detect_events("Why Marlowe Cinemas Isn't Headed For Bankruptcy", "",
                                                         model=sure_model(bankruptcy=0.9)))
    assert combine._hard_negative(BANKRUPTCY, "Marlowe will not file for bankruptcy but warns of going concern doubt") is None


@pytest.mark.parametrize("title, text", [
    # "no" on the subject, or "no timetable for", says no one leaves
    ("Birchfield Health adds two to board", "Birchfield Health Systems expanded its board to eleven seats with two "
                                            "new directors. No current directors are leaving."),
    ("Brennock Foods fills president post", "Brennock Foods promoted Kevin Brennock to president, a possible successor "
                                            "to CEO Martin Brennock, who said he has no timetable for stepping aside."),
])
def test_an_exit_under_no_is_none(title, text):
    assert EXECUTIVE_DEPARTURE not in kinds(combine.detect_events(title, text, model=sure_model(departure=0.9)))


@pytest.mark.parametrize("name", ["ミナトデータ株式会社", "星澄銀行", "카람 소프트", "קורל מערכות"])
def test_a_name_in_a_script_without_capitals_is_read_in_a_story_told_in_latin_script(name):
    events = detect_events(f"Harwick Labs to acquire {name} in $80 million deal",
                           f"Harwick Labs agreed to buy {name} for cash.")
    read = {(e.company, e.role) for e in events if e.kind == MERGER_ACQUISITION}
    assert {(name, "target"), ("Harwick Labs", "acquirer")} <= read
    # The stand-in the rules read is never what an event names.
    assert not any("Qzx" in str(value) for e in events for value in (e.company, e.counterparty, e.person))


def test_a_story_told_in_a_script_without_capitals_is_not_read_as_stand_ins():
    assert detect_events("ミナトデータ株式会社、星澄銀行を買収へ") == []


def test_cuts_the_headline_denies_are_not_read_back_from_the_story_about_the_same_company():
    title = "Quenby Bank Denies Report It Is Planning Mass Layoffs"
    same = detect_events(title, "Quenby Bank called a newspaper report that it plans to cut 3,000 jobs wrong.")
    assert LAYOFFS not in {e.kind for e in same}
    other = detect_events(title, "Its rival Harwick Bank said on Monday it will cut 3,000 jobs.")
    assert ("Harwick Bank", LAYOFFS) in {(e.company, e.kind) for e in other}
    # a headline that only asks leaves the story to answer
    asked = detect_events("Is Quenby Bank About to Cut Jobs?", "Quenby Bank said on Friday it will cut 3,000 jobs.")
    assert ("Quenby Bank", LAYOFFS) in {(e.company, e.kind) for e in asked}


@pytest.mark.parametrize("title, text", [
    ("Town of Marlow files for Chapter 9 bankruptcy", "The town of Marlow filed for Chapter 9 protection on Friday."),
    ("Film Producer Dana Quillfeather Files for Bankruptcy", "Producer Dana Quillfeather filed for Chapter 7 in Los Angeles."),
])
def test_a_town_or_a_person_filing_is_no_companys_bankruptcy_however_sure_the_model(title, text):
    assert BANKRUPTCY not in {e.kind for e in detect_events(title, text)}


@pytest.mark.parametrize("title", [
    "Ostler Mills Exits Bankruptcy After Judge Confirms Plan",
    "Left the Harwick investor day and honestly I am fired up. Management crushed it.",
    "Quaystone customers left in limbo as withdrawals stay frozen",
])
def test_a_company_leaving_chapter_11_or_a_fired_up_investor_is_no_departure(title):
    assert EXECUTIVE_DEPARTURE not in {e.kind for e in detect_events(title)}


@pytest.mark.parametrize("title, text", [
    ("Ridley Mills says Tamworth plant is not closing",
     "Managers said there are no plans to shut the Tamworth plant or cut its 300 jobs, after posts claimed otherwise."),
    ("Corbel Hardware sold to Ashdown Supply", "All 25 staff were offered jobs by the buyer."),
])
def test_cuts_said_not_to_come_are_none_however_sure_the_model(title, text):
    assert LAYOFFS not in kinds(combine.detect_events(title, text, model=sure_model(layoffs=0.995, merger=0.9)))


def test_a_denial_beside_a_cut_it_reports_keeps_the_cut():
    events = combine.detect_events("Ridley Mills has no plans for more cuts after it laid off 200 workers in May",
                                   model=sure_model(layoffs=0.995))
    assert LAYOFFS in kinds(events)


def test_cuts_told_of_a_kind_of_employer_name_no_company():
    text = "Retailers announced plans to cut 40,200 jobs last month, an outplacement firm said."
    assert LAYOFFS not in kinds(combine.detect_events("The monthly tally from an outplacement firm", text,
                                                      model=sure_model(layoffs=0.95)))
    # a plural opening a company's name or a preposition after it is no kind of employer
    assert LAYOFFS in kinds(combine.detect_events("Layoffs at Fenmore Robotics today", model=sure_model(layoffs=0.95)))


@pytest.mark.parametrize("label", ["Exits", "Deals:", "LAYOFFS"])
def test_a_newsletters_one_word_section_label_is_no_report(label):
    assert not combine.detect_events(label, model=sure_model(merger=0.99, departure=0.99, layoffs=0.99))


def test_a_company_changing_owner_stands_against_a_model_that_has_not_read_such_news():
    events = combine.detect_events("Harlow Lanes gets new owners after 40 years", model=sure_model())
    assert [(normalize_name(e.company), e.role) for e in events] == [("harlow lanes", ROLE_TARGET)]


def test_a_going_concern_doubt_stands_against_a_model_that_has_seldom_read_one():
    events = combine.detect_events("$WNDM Windle Solar: 10-K includes going concern warning; shares -18% AH", model=sure_model())
    assert [(e.kind, e.stage) for e in events] == [(BANKRUPTCY, "warning")]


def test_an_employees_own_words_for_a_layoff_stand_against_a_model_that_has_seldom_read_them():
    events = combine.detect_events("Got laid off from Veradine Analytics this morning after six years", model=sure_model())
    assert [(e.kind, normalize_name(e.company)) for e in events] == [(LAYOFFS, "veradine analytics")]


def test_dozens_of_jobs_are_a_count_not_a_kind_of_employer():
    events = combine.detect_events("Dozens of jobs lost as printing firm Weylock Press closes", model=sure_model(layoffs=0.7))
    assert LAYOFFS in kinds(events)


def test_a_court_hearing_the_case_is_never_the_company_in_it():
    events = detect_events("Examiner appointed to Shannonside Hotels",
                           "The High Court has appointed an interim examiner to Shannonside Hotels, which runs five hotels.")
    assert [(event.kind, event.company) for event in events if event.kind == BANKRUPTCY] == [(BANKRUPTCY, "Shannonside Hotels")]
    alone = detect_events("The High Court has appointed an interim examiner to Galway-based Shannonside Hotels.")
    assert [event.company for event in alone if event.kind == BANKRUPTCY] == ["Shannonside Hotels"]


def test_a_headline_denying_cuts_governs_the_storys_own_figure():
    events = detect_events("Abbotsford Telecom denies job cuts report",
                           "Abbotsford Telecom says a report that it plans to cut 2,000 jobs is 'completely inaccurate'.")
    assert not [event for event in events if event.kind == LAYOFFS]


def test_cuts_undone_stay_undone_however_sure_the_model():
    events = detect_events("Rennick Motors drops plan to cut 900 jobs after union deal",
                           "Rennick Motors has abandoned plans to lay off 900 workers at its Ontario plant.")
    assert not [event for event in events if event.kind == LAYOFFS]


@pytest.mark.parametrize("title", [
    "Zephrin Therapeutics (+41% pre) to be taken over by Larrimore Pharma at $12.50/sh - BBG",
    "Zephrin Therapeutics (-2.9% premarket) to be acquired by Larrimore Pharma",
])
def test_a_price_move_in_brackets_does_not_split_a_name_from_its_verb(title):
    # the rules read it, roles and all (the model's events carry no role)
    roles = {e.company: e.role for e in detect_events(title) if e.kind == MERGER_ACQUISITION}
    assert roles == {"Zephrin Therapeutics": "target", "Larrimore Pharma": "acquirer"}


@pytest.mark.parametrize("sentence", ["Mining sector shed 12,000 jobs last year, chamber says",
                                      "The US auto industry cut 9,000 jobs in March"])
def test_a_trades_cuts_are_no_companys_layoffs(sentence):
    # (a country's month is the economy's count, the sharper reason)
    assert combine._hard_negative(LAYOFFS, sentence) in (combine.NOBODY_IN_PARTICULAR, distress.ECONOMY_COUNT)
    assert combine._hard_negative(LAYOFFS, "Halden Industries cuts 300 jobs") is None  # a name's "Industries"


@pytest.mark.parametrize("sentence, kind", [
    ("High Court orders winding up of Brackwell Coaches", BANKRUPTCY),  # a coach operator, not a team's coach
    ("Olympic Freight files for Chapter 11", BANKRUPTCY),
    ("Striker Tooling cuts 120 jobs at its Leeds plant", LAYOFFS),
])
def test_a_word_of_sport_or_politics_inside_a_companys_name_is_the_company(sentence, kind):
    assert combine._hard_negative(kind, sentence) is None


@pytest.mark.parametrize("sentence, kind", [
    ("Head coach Tom Arly to lose his job as club enters administration", BANKRUPTCY),
    ("Governor Pell announces 300 state job cuts", LAYOFFS),
])
def test_sport_and_politics_outside_a_name_still_explain_a_filing_or_cut_away(sentence, kind):
    assert combine._hard_negative(kind, sentence) is not None


@pytest.mark.parametrize("title, expected", [
    ("DJ Yarrow Airways Misses Bond Payment; Chap 11 Filing Likely", "Chapter 11 Filing Likely"),
    ("Brisket Barn files ch 15 in New York", "files Chapter 15 in New York"),
    ("Quenby Foods in chap. 7 liquidation", "in Chapter 7 liquidation"),
])
def test_the_wires_shorthand_for_a_chapter_is_read_as_the_chapter(title, expected):
    assert expected in combine._readable(title)


def test_a_channel_is_no_chapter():
    assert combine._readable("Ch 7 News at six: Quenby Foods plant fire") == "Ch 7 News at six: Quenby Foods plant fire"


def test_a_regulator_placing_a_named_company_into_a_procedure_is_that_companys_filing():
    sure = sure_model(bankruptcy=0.95)
    events = combine.detect_events("State Regulator Places Oakvale Mutual Into Liquidation", "", model=sure)
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Oakvale Mutual")]


@pytest.mark.parametrize("sentence", ["Mayor says the city of Brantley will lay off 50 workers",
                                      "Governor Pell announces 300 state job cuts"])
def test_an_officials_own_cuts_stay_the_governments(sentence):
    assert combine._hard_negative(LAYOFFS, sentence) is not None


@pytest.mark.parametrize("sentence", ["Wall Street banks have cut 40,000 jobs this year, a study says",
                                      "Oil and gas employers in Kansas have shed 9,000 jobs since March",
                                      "U.S. airlines furloughed 32,000 workers in October, an industry group says"])
def test_a_kind_of_employer_after_a_trade_or_place_names_no_company(sentence):
    assert combine._hard_negative(LAYOFFS, sentence) == combine.NOBODY_IN_PARTICULAR


@pytest.mark.parametrize("sentence", ["Its workers were laid off in May",
                                      "Staff members have been laid off, the union said",
                                      "About 300 workers were laid off at Harnett Mills"])
def test_the_workers_laid_off_are_someones(sentence):
    assert combine._hard_negative(LAYOFFS, sentence) is None


def test_a_rules_exit_that_every_sentence_dates_in_the_past_is_history():
    events = detect_events("Five years after leaving Tessaly Hemp, its founder is betting on psychedelics",
                           "When Greg Ellery stepped down as chief executive of Tessaly Hemp in 2019, the company was "
                           "worth C$2 billion. Now Ellery runs a clinic chain in Oregon.")
    assert [e for e in events if e.kind == EXECUTIVE_DEPARTURE] == []
    # (a guard: the same exit told now stays one)
    events = detect_events("Tessaly Hemp CEO steps down", "Greg Ellery stepped down as chief executive of Tessaly Hemp "
                                                          "on Monday.")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Tessaly Hemp")]


def test_a_headline_without_a_company_is_explained_away_by_its_story():
    sure = sure_model(bankruptcy=0.99)
    title = "City Files for Bankruptcy Protection"
    assert BANKRUPTCY in kinds(combine.detect_events(title, "", model=sure))  # alone, it may be anyone's
    story = "The city of Welbury filed for Chapter 9 bankruptcy protection on Wednesday."
    assert BANKRUPTCY not in kinds(combine.detect_events(title, story, model=sure))


@pytest.mark.parametrize("title, text", [
    ("A Decade After Its Founder's Exit, Marlock Oil Looks to New Basins",
     "Ten years after founder Walter Brisco stepped down as chief executive, Marlock Oil & Gas is drilling again."),
    ("Former Globex CEO Hank Scorpio dies at 88", ""),  # he had left long before
])
def test_a_departure_told_as_history_stays_history_however_sure_the_model(title, text):
    # (by definition no departure: a model's certainty does not outweigh it)
    assert EXECUTIVE_DEPARTURE not in kinds(combine.detect_events(title, text, model=sure_model(departure=0.99)))


def test_a_joining_dated_in_a_clause_leaves_the_exit_told_now():
    sentence = "Tova Renn, who joined the meal-kit startup in 2019, left on Friday, a spokesperson said."
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is None


def test_a_stake_that_is_control_ties_the_deal_to_its_company():
    fairly_sure = sure_model(merger=combine.DEAL_AGREEMENT + 0.1, threshold=0.9)  # under the model's own threshold
    control = "The state agreed to sell its 93 percent stake in steelmaker Zelkova Works to Rannoch Metals Ltd"
    assert MERGER_ACQUISITION in kinds(combine.detect_events(control, "", model=fairly_sure))
    minority = "The state agreed to sell its 13 percent stake in steelmaker Zelkova Works to Rannoch Metals Ltd"
    assert MERGER_ACQUISITION not in kinds(combine.detect_events(minority, "", model=fairly_sure))


def test_a_title_case_denial_describing_the_other_side_governs_its_story():
    title = "Pellucid Denies Report It Is in Talks to Buy Regional Cable Operator"
    text = "Pellucid Inc. said a media report that it was in talks to acquire a regional cable company had no basis."
    assert MERGER_ACQUISITION not in kinds(combine.detect_events(title, text, model=sure_model(merger=0.99)))


def test_a_judge_ruling_on_a_filing_says_nothing_against_it():
    asked = "Delvin Senior Care, which filed for Chapter 11 on Monday, asked a bankruptcy judge to let it pay staff"
    assert combine._hard_negative(BANKRUPTCY, asked) is None


@pytest.mark.parametrize("title, text", [
    ("FMC chairman to step down in March",
     "Federal Maritime Commission Chairman Oren Falk said he will leave the commission in March."),
    ("PHMSA head resigns", "Pipeline and Hazardous Materials Safety Administration chief Lena Ruiz resigned on Friday."),
])
def test_a_public_bodys_initials_are_no_company_when_the_story_spells_the_body_out(title, text):
    assert not [e for e in detect_events(title, text) if e.kind == EXECUTIVE_DEPARTURE]


def test_guard_a_company_under_initials_the_story_does_not_spell_out_as_a_public_body_keeps_its_event():
    events = detect_events("QXR chief executive to step down", "QXR Holdings said its CEO Dana Pell will retire in May.")
    assert [e for e in events if e.kind == EXECUTIVE_DEPARTURE]


def test_a_body_of_government_named_in_full_is_never_the_company():
    # nor a court named with its place or district, nor a part of the bankruptcy code
    for court in ("Local Court of Stuttgart", "Central District of California", "Bankr. N.D. Ga", "Subchapter V"):
        assert combine._NOT_A_COMPANY.match(court), court
    assert combine._NOT_A_COMPANY.match("Federal Maritime Commission")
    assert combine._NOT_A_COMPANY.match("Ministry of Mines")
    assert not combine._NOT_A_COMPANY.match("Halvern Commissioning Services")


def test_a_headlines_cuts_given_a_company_only_by_a_public_bodys_sentence_go_with_it():
    title = "Mines department to cut 140 inspector posts"
    text = "The Northern Territory Department of Mines and Energy will cut 140 positions under the budget."
    assert not [e for e in detect_events(title, text) if e.kind == LAYOFFS]


def test_a_stake_raised_past_half_is_control_changing_hands():
    events = detect_events("Orvane Metals lifts Kessock Gold stake to 58%", "")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} >= {"Kessock Gold"}
    assert not [e for e in detect_events("Orvane Metals lifts Kessock Gold stake to 28%", "") if e.kind == MERGER_ACQUISITION]


def test_a_courts_order_of_winding_up_belongs_to_the_company_after_of_not_the_place_before():
    events = detect_events("Tanwei Estates ordered to wind up",
                           "Hong Kong's High Court ordered the winding-up of property developer Tanwei Estates after "
                           "it failed to agree a plan with its creditors.")
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Tanwei Estates"]


def test_a_name_of_only_places_words_yields_to_the_company_the_sentence_describes():
    events = detect_events("Arrivederci, Paola",
                           "Paola Rinaldi, chief financial officer of Milan fashion house Calvessi, is leaving after "
                           "six years to join a rival, the company confirmed.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Calvessi"]


def test_a_post_adjective_the_catalogues_names_carry_stays_inside_the_name():
    events = detect_events("Maplecrest Senior Living files for Chapter 11",
                           "Maplecrest Senior Living filed for Chapter 11 protection on Sunday.")
    assert {e.company for e in events if e.kind == BANKRUPTCY} == {"Maplecrest Senior Living"}
    # a post's word after it is still the person's title, not the company's name
    events = detect_events("Halvorsen Senior Engineer Jane Pell quits", "")
    assert "Halvorsen Senior Engineer Jane Pell" not in {e.company for e in events}


def test_names_that_open_with_an_accented_capital_are_names():
    events = detect_events("Østerdal Foods to cut 300 jobs",
                           "Norwegian dairy Østerdal Foods said it would cut 300 jobs.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Østerdal Foods"]
    events = detect_events("Ålvik Bank agrees to buy Éclair Finance", "")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == {"Ålvik Bank", "Éclair Finance"}


@pytest.mark.parametrize("title, company", [
    ("Kervan Tekstil granted temporary concordat by Izmir court", "Kervan Tekstil"),
    ("Molinos del Plata files for concurso preventivo", "Molinos del Plata"),
    ("Wiślane Meble opens sanation proceedings", "Wiślane Meble"),
    ("Court opens bankruptcy proceedings for Sandhurst Logistics", "Sandhurst Logistics"),  # (a guard: passed before)
])
def test_other_jurisdictions_procedures_are_filings(title, company):
    assert [e.company for e in detect_events(title, "") if e.kind == BANKRUPTCY] == [company]


def test_a_filing_under_a_named_law_is_no_talk_of_the_trade():
    events = detect_events("Rudnik Furniture in restructuring",
                           "A court in Poznan opened sanation proceedings for furniture maker Rudnik Furniture under "
                           "Polish restructuring law and appointed an administrator.")
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Rudnik Furniture"]


def test_a_tender_offer_for_up_to_all_of_a_company_is_a_takeover_and_for_a_small_part_is_not():
    events = detect_events("Nile Delta Capital has submitted a mandatory tender offer to acquire up to 100% of Aswan "
                           "Yarns at EGP 6.40 per share", "")
    assert {(e.company, e.role) for e in events if e.kind == MERGER_ACQUISITION} == {
        ("Nile Delta Capital", ROLE_ACQUIRER), ("Aswan Yarns", ROLE_TARGET)}
    assert not [e for e in detect_events("Orvane Metals to buy up to 15% of Kessock Gold", "")
                if e.kind == MERGER_ACQUISITION and e.company == "Kessock Gold"]


def test_a_countrys_industry_cutting_jobs_is_no_companys_cut():
    events = detect_events("Chile's copper industry shed about 9,000 jobs last year as prices fell", "")
    assert not [e for e in events if e.kind == LAYOFFS]


def test_buying_back_a_business_it_once_owned_is_a_deal_not_a_buyback_of_shares():
    events = detect_events("Back together", "Two years after spinning it off, Tessaro Industrial is buying back its "
                           "former pump business, Flowline, in a $900 million all-cash deal. Flowline's board backed "
                           "the offer.")
    assert "Tessaro Industrial" in {e.company for e in events if e.kind == MERGER_ACQUISITION}
    assert not [e for e in detect_events("Tessaro Industrial to buy back $2 billion of its shares", "")
                if e.kind == MERGER_ACQUISITION]


def test_a_takeover_offer_named_by_its_local_initials_in_brackets_is_read():
    events = detect_events("Andes Retail launched a public tender offer (OPA) for Pacific Grocers at CLP 1,150 a share",
                           "")
    assert {(e.company, e.role) for e in events if e.kind == MERGER_ACQUISITION} == {
        ("Andes Retail", ROLE_ACQUIRER), ("Pacific Grocers", ROLE_TARGET)}


def test_a_headline_word_the_story_writes_in_lower_case_is_a_description_and_the_story_names_the_company():
    events = detect_events("A Harbour Town's Smokehouse Seeks Court Protection",
                           "Fewer boats now unload at Fundy Smokehouses. The smokehouse operator obtained creditor "
                           "protection from the Nova Scotia Supreme Court on Thursday.")
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Fundy Smokehouses"]


def test_a_story_sentence_naming_only_an_owner_and_a_place_lends_the_owner_to_the_next_sentence():
    events = detect_events("The Salad Robot Stops",
                           "The robotic arm at Saladbotix' showroom in Redwood City was still busy in January. "
                           "The startup filed for Chapter 7 liquidation on Wednesday.")
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Saladbotix"]


@pytest.mark.parametrize("title, text, kind, company", [
    # a state's WARN notice and a creditor's petition to wind a company up: the kinds by definition, whatever the
    # model makes of a notice's bare rows; the company is the one the notice's label introduces
    ("NJ WARN: Tallis Freight LLC - Newark", "Company: Tallis Freight LLC | City: Newark | Workforce Affected: 140",
     LAYOFFS, "Tallis Freight LLC"),
    ("WARN | Texas | Quorvane Semiconductor Inc. | Austin | 212 | Permanent layoff", "", LAYOFFS,
     "Quorvane Semiconductor Inc"),  # (a place's name is the last the label introduces)
    # (a sentence, not a label: its subject files the notice)
    ("Harlow Logistics files WARN notice: 312 employees at its Fenmoor centre will be let go", "", LAYOFFS,
     "Harlow Logistics"),
    ("Petitions to Wind Up (Companies): HARROWGATE JOINERY LTD", "", BANKRUPTCY, "HARROWGATE JOINERY LTD"),
    ("Appointment of voluntary administrators - Wombat Civil Group Pty Ltd", "", BANKRUPTCY,
     "Wombat Civil Group Pty Ltd"),
    ("Amtsgericht Ulm eröffnet Insolvenzverfahren über Brenner Antriebe GmbH",
     "The Local Court of Ulm opened insolvency proceedings in self-administration over the assets of Brenner Antriebe "
     "GmbH on 1 March.", BANKRUPTCY, "Brenner Antriebe GmbH"),
])
def test_notices_in_their_registers_words_are_their_kinds(title, text, kind, company):
    assert [e.company for e in detect_events(title, text) if e.kind == kind] == [company]


def test_a_filing_that_an_executive_will_separate_from_the_company_is_a_departure():
    events = detect_events("Fenwick Foods discloses separation agreement with executive",
                           "Fenwick Foods Inc. filed a Form 8-K stating that Executive Vice President and Chief Sales "
                           "Officer Paul Marsh will separate from the company effective November 15, 2018.")
    assert "Fenwick Foods Inc" in {e.company for e in events if e.kind == EXECUTIVE_DEPARTURE}


def test_a_function_separated_from_a_department_is_no_executive_leaving():
    # (a guard: it passed before the departure gate learned a filing's "will separate from the company", and must still)
    events = detect_events("Faircloth Bank's risk chief adds compliance oversight",
                           "Faircloth Bank said Chief Risk Officer Dana Amato will take on responsibility for "
                           "compliance, a function newly separated from the legal department.")
    assert not [e for e in events if e.kind == EXECUTIVE_DEPARTURE]


def test_a_headlines_short_name_for_a_public_body_the_story_spells_out_is_that_bodys():
    events = detect_events("Wendle Regional Transit to cut 40 administrative positions",
                           "Wendle Regional Transit Authority will eliminate 40 administrative positions under a "
                           "budget its board approved Tuesday.")
    assert not [e for e in events if e.kind == LAYOFFS]
    # a company's own cut, its name longer in the story, stands
    events = detect_events("Wendle Freight to cut 40 administrative positions",
                           "Wendle Freight Lines Inc. will eliminate 40 administrative positions, it said Tuesday.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Wendle Freight"]


def test_a_hiring_freeze_with_nobody_losing_a_job_is_no_cut():
    events = detect_events("Penwick Hospital freezes hiring for office roles",
                           "Penwick Hospital has imposed a hiring freeze on non-clinical positions through March to "
                           "manage rising costs, a spokeswoman said. No current employees will lose their jobs.")
    assert not [e for e in events if e.kind == LAYOFFS]


def test_a_states_count_of_layoff_notices_is_no_companys_cut():
    events = detect_events("Layoff notices in Kansas reach three-year high: report",
                           "Employers in Kansas filed WARN notices covering 3,120 workers in the first quarter, the "
                           "most since 2021, according to a tally by a Topeka research group.")
    assert not [e for e in events if e.kind == LAYOFFS]


def test_a_legislator_resigning_their_seat_is_no_executive():
    events = detect_events("Wexcombe-area MPP steps down, citing family",
                           "The member for a northern riding announced he will resign his seat at the end of the "
                           "month after nine years at Queen's Park. A byelection will follow.")
    assert not [e for e in events if e.kind == EXECUTIVE_DEPARTURE]
    # a director giving up a seat on a company's board is one
    events = detect_events("Tallow Foods director resigns",
                           "Marla Penn resigned her seat on the board of Tallow Foods Corp. on Friday.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Tallow Foods"]


def test_credit_unions_merging_are_lenders_merging_where_labour_unions_are_not_companies():
    events = detect_events("Harrow Creek and Millbank credit unions plan to merge",
                           "Harrow Creek Credit Union and Millbank Credit Union have signed a merger agreement that "
                           "would create a $600 million institution. Members of Millbank will vote this fall.")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == {"Harrow Creek Credit Union",
                                                                           "Millbank Credit Union"}
    # (a guard: two labour unions merging stay no deal)
    events = detect_events("Two garment unions agree to merge", "The Needle Trades Union and the Textile Workers "
                                                                "Union agreed to merge their 40,000 members.")
    assert not [e for e in events if e.kind == MERGER_ACQUISITION]


def test_other_englishes_words_for_a_merger_are_read_as_a_merger():
    for title in ("Sakuraba Foods and Minase Seika in final talks on management integration",
                  "Shareholders of Lamphun Textiles, Chiang Rai Weaving vote for amalgamation",
                  "Hokuriku Bank and Kaga Mirai Bank agree to integrate their businesses under a joint holding company"):
        assert [e for e in detect_events(title, "") if e.kind == MERGER_ACQUISITION], title
    # integration as work is no deal
    assert not detect_events("Sakuraba Foods completes systems integration project", "")


def test_a_funds_winding_up_is_no_companys_insolvency():
    events = detect_events("Liquidators appointed to wind up Harwick Credit Opportunities Fund",
                           "The court appointed joint official liquidators to wind up Harwick Credit Opportunities Fund "
                           "Ltd, a feeder fund that suspended redemptions last year.")
    assert not [e for e in events if e.kind == BANKRUPTCY]
    events = detect_events("Harwick Fund Services files for Chapter 11", "")  # a company with the word in its name
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Harwick Fund Services"]


def test_the_chair_of_a_public_body_leaving_is_no_executive_and_an_auditor_quitting_is_none():
    assert not detect_events("FTC Chairman Dunmore to step down in March", "")
    assert not detect_events("", "Federal Trade Commission Chairman Rhea Dunmore said Tuesday she will leave the "
                                 "agency in March.")
    events = detect_events("Auditor quits Tamsin Biologics",
                           "Tamsin Biologics Inc. disclosed that its independent audit firm resigned.")
    assert not [e for e in events if e.kind == EXECUTIVE_DEPARTURE]
    # a company's chairman still leaves
    events = detect_events("", "Tamsin Biologics Inc. chairman Rhea Dunmore resigned on Tuesday.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Tamsin Biologics Inc"]


def test_a_record_labels_roster_and_a_firms_election_are_no_sport_or_politics():
    events = detect_events("Brightline Records trims A&R staff",
                           "Brightline Records has laid off about 25 employees as the label shifts to a smaller "
                           "roster, sources say.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Brightline Records"]
    events = detect_events("Kessock Reid senior partner to stand down",
                           "Kessock Reid LLP senior partner Moira Tay will stand down next spring, the firm told staff, "
                           "triggering an election for her successor.")
    assert [normalize_name(e.company) for e in events if e.kind == EXECUTIVE_DEPARTURE] == [normalize_name("Kessock Reid LLP")]


def test_a_teams_player_trade_is_no_deal_where_the_teams_sale_is_one():
    assert not [e for e in detect_events("Kestrels deal star winger to rival for draft picks",
                                         "The Kestrels traded all-star winger Tomas Vik to a divisional rival for "
                                         "two first-round picks.") if e.kind == MERGER_ACQUISITION]
    events = detect_events("Kestrels owner sells team to investor group",
                           "The owner of the Kestrels, an NHL franchise, agreed to sell the team to an investor group "
                           "led by Dana Rusk for $900 million.")
    assert [e for e in events if e.kind == MERGER_ACQUISITION]


def test_a_funds_wind_down_cuts_no_staff():
    events = detect_events("Harwick Aviation Income Fund to wind down",
                           "Harwick Aviation Income Fund, a listed vehicle that owns six leased jets, will sell its "
                           "aircraft and return the proceeds to investors.")
    assert not [e for e in events if e.kind in (LAYOFFS, BANKRUPTCY)]


def test_a_headlines_run_the_story_capitalises_again_is_a_name_not_a_description():
    events = detect_events("Leeds Grange chairman to go after activist pressure",
                           "Leeds Grange chairman Sir Peter Hale will step down at the annual meeting, the garden-centre "
                           "group said, after months of pressure from activist shareholder Ferncliff Capital.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Leeds Grange"]


def test_a_region_named_by_its_kind_of_government_is_where_not_who():
    events = detect_events("", "Kurobe Electronics said it will end production at its panel plant in Shiga Prefecture "
                               "and solicit 1,200 voluntary early retirements across the group.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Kurobe Electronics"]


@pytest.mark.parametrize("amount", ["RM1.2", "N2bn", "KSh40m", "Rp5 trillion", "R5bn"])
def test_an_amount_written_with_its_currency_is_no_name(amount):
    assert combine._junk_name(amount)


@pytest.mark.parametrize("name", ["G4S", "C3", "A320 Leasing"])
def test_a_name_of_letters_and_digits_stays_a_name(name):  # (a guard: each passed before, and must still)
    assert not combine._junk_name(name)


def test_a_headlines_place_the_story_names_only_as_where_stays_a_description():
    events = detect_events("Eden Vale hospital operator cuts 60 administrative jobs",
                           "Northbrook Health System is cutting 60 administrative positions, most at its Eden Vale "
                           "headquarters, citing lower reimbursements.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Northbrook Health System"]


def test_a_datelines_state_is_where_not_who():
    events = detect_events("Muskegon bakery to close; 200 out of work",
                           "MUSKEGON, Mich. -- Tamsin Baking Co. will close its bread bakery here in 60 days, putting "
                           "about 200 people out of work, the company said.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Tamsin Baking Co"]


def test_a_name_after_a_places_preposition_gives_way_to_the_company_cutting():
    events = detect_events("", "Brindle Dairies is to close its creamery at Wexham with the loss of 90 jobs.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Brindle Dairies"]
    events = detect_events("", "Lorrimer Foods closes Kunming plant; 400 jobs lost")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Lorrimer Foods"]


def test_a_co_operatives_form_makes_a_run_a_company():
    events = detect_events("Dairy co-op chair resigns", "Ashvale Co-op chairman Niall Corrigan has resigned after "
                                                        "members criticised the board, the society confirmed.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Ashvale Co-op"]


def test_a_headlines_kind_of_company_or_british_spelling_is_a_description():
    events = detect_events("MEATPACKER CLOSING PLANT, 600 TO LOSE JOBS",
                           "Corrow Packing Co. said Friday it will close its beef plant next month, eliminating "
                           "about 600 jobs.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Corrow Packing Co"]
    events = detect_events("Fertiliser group chairman to retire at AGM",
                           "Tollak Agro ASA said chairman Arne Vik will retire from the board at the annual "
                           "general meeting in May.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Tollak Agro ASA"]
    events = detect_events("Riverina rice miller Wandoon enters voluntary administration", "")
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Wandoon"]


def test_a_public_bodys_or_a_courts_words_and_a_place_before_based_name_no_company():
    events = detect_events("Corrick to close Hartford office",
                           "Corrick Indemnity has filed a WARN notice with the Connecticut Department of Labor saying "
                           "230 employees at its Hartford office will be laid off.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Corrick Indemnity"]
    named = combine._companies_named("Gibraltar-based motor insurer Wexmoor Mutual has been placed into provisional "
                                     "liquidation by the Supreme Court of Gibraltar.", True)[0]
    assert "Gibraltar" not in named and "Wexmoor Mutual" in named


def test_a_saints_place_does_not_end_the_sentence():
    events = detect_events("Pink slips at the plant", "Harwell Aircraft began issuing layoff notices Friday to 900 "
                                                      "machinists and engineers at its St. Louis fighter plant.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Harwell Aircraft"]


def test_numbers_spelled_out_are_read_in_digits_and_a_books_chapter_is_not_a_filing():
    assert combine._readable("saying one hundred and twelve people will lose their jobs") == \
        "saying 112 people will lose their jobs"
    assert combine._readable("asking about three thousand employees to retire") == "asking about 3000 employees to retire"
    assert combine._readable("has filed for Chapter Fifteen in New York") == "has filed for Chapter 15 in New York"
    assert combine._readable("Chapter Seven. The cotton buyers") == "Chapter Seven. The cotton buyers"
    assert combine._readable("since nineteen twenty-two") == "since nineteen twenty-two"  # (a guard: a year)
    events = detect_events("A hard day in Millbrook", "The Eastfield Paper mill will shut for good in March. Eastfield "
                                                      "says all three hundred and forty workers will be let go.")
    assert [e.jobs for e in events if e.kind == LAYOFFS] == [340]


def test_where_a_filing_happens_and_a_place_describing_a_kind_name_no_company():
    events = detect_events("Doors closed, and a court filing, at Marrow Home Furnishings",
                           "Marrow Home Furnishings posted a 'closed' sign on Monday. Court records show the retailer "
                           "filed for Chapter 7 liquidation Friday in Grand Rapids.")
    assert "Grand Rapids" not in [e.company for e in events if e.kind == BANKRUPTCY]
    events = detect_events("Receiver appointed for Moncton seafood processor",
                           "The Court of King's Bench of New Brunswick has appointed a receiver for Tantramar Seafoods "
                           "Ltd. at the request of its lender.")
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Tantramar Seafoods Ltd"]


def test_a_contractor_named_with_its_trade_keeps_its_cuts_when_the_story_names_a_public_body():
    events = detect_events("Dunmere closes Derry office with 140 redundancies",
                           "IT services contractor Dunmere has confirmed it will close its Derry office, which supports "
                           "Northern Ireland Civil Service systems, with the loss of 140 jobs.")
    assert [(e.kind, e.company) for e in events] == [(LAYOFFS, "Dunmere")]


def test_a_sports_word_inside_a_companys_name_says_nothing():
    events = detect_events("Harrow Coach Lines founder and chairman dies at 79",
                           "Walter Harrow, founder and chairman of school-bus contractor Harrow Coach Lines, died Monday.")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Harrow Coach Lines")]


def test_jobs_at_stake_after_a_filing_are_the_filings_stakes():
    events = detect_events("High Court appoints examiner to Dromore Facilities",
                           "The High Court has appointed an interim examiner to Dromore Facilities after its directors "
                           "said the company was insolvent. About 900 jobs are at stake.")
    assert kinds(events) == {BANKRUPTCY}


def test_a_denied_cut_with_a_sure_model_is_still_denied():
    assert detect_events("Carrow Group denies plan to cut 1,000 jobs",
                         "Outsourcer Carrow Group has denied a newspaper report that it plans to cut jobs.") == []


def test_a_filing_is_never_the_buyers():
    events = detect_events("Harlan Lending sold to credit fund Mossgiel in distressed deal",
                           "Mossgiel Credit Partners agreed to buy Harlan Lending, the struggling BNPL provider, for a "
                           "nominal sum, rescuing the company from administration.")
    assert "Mossgiel Credit Partners" not in [e.company for e in events if e.kind == BANKRUPTCY]
    events = detect_events("Tarn weighing bid for collapsed exchange Quillo's platform",
                           "Tarn is considering an offer for the trading platform of Quillo, which is in official "
                           "liquidation in the Cayman Islands. The liquidators are running a sale process.")
    assert [e.company for e in events if e.kind == BANKRUPTCY] in ([], ["Quillo"])


def test_the_place_of_a_workplace_closed_is_not_the_company():
    events = detect_events("Halbrook closes Derry office with 140 redundancies", "")
    assert [(e.kind, e.company) for e in events] == [(LAYOFFS, "Halbrook")]


def test_a_post_ruled_out_before_is_the_post_a_later_unnamed_sentence_speaks_of():
    events = detect_events("Colorado PUC Commissioner Wexford to resign, return to private practice",
                           "Colorado Public Utilities Commissioner Ann Wexford will resign effective Aug. 1 to return to "
                           "private law practice, the governor's office said. Her departure leaves the three-member "
                           "commission with two sitting members as it weighs a pending rate case.")
    assert events == []


@pytest.mark.parametrize("name", ["200mm", "4,200-MW", "300 MW", "12,000 TEU"])
def test_a_measure_is_never_a_companys_name(name):
    assert combine._junk_name(name)


def test_a_title_owned_with_a_word_of_its_scope_names_its_company():
    events = detect_events("Quaylor's digital director quits", "")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Quaylor")]


def test_an_agency_taking_a_bank_over_is_its_receivership_and_never_a_company():
    events = detect_events("RTC takes over Cypress Hollow Savings",
                           "Federal regulators on Friday declared Cypress Hollow Savings Association insolvent and "
                           "appointed the Resolution Trust Corp. as receiver.")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Cypress Hollow Savings Association")]
    assert combine._junk_name("NCUA") and combine._junk_name("Federal Deposit Insurance Corp")
    assert combine._junk_name("Banking Commissioner")


def test_a_run_that_describes_the_name_after_it_is_no_company():
    events = detect_events("Israeli SaaS firm Nitzvan Data seeks Chapter 15 recognition in New York", "")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Nitzvan Data")]
    assert combine._junk_name("PRA")  # a regulator seeking the order is never the company
    events = detect_events("Steinhof Präzision's Heilbronn site to close by end-2025",
                           "Steinhof Präzision AG will close its Heilbronn plant by the end of 2025, cutting 420 jobs.")
    assert {e.company for e in events if e.kind == LAYOFFS} <= {"Steinhof Präzision", "Steinhof Präzision AG"}


def test_japans_procedures_and_a_companys_group_companies_are_its_filing():
    events = detect_events("Department store chain Koyama files for civil rehabilitation",
                           "Department store operator Koyama Co. and 21 group companies filed for civil rehabilitation "
                           "with the Tokyo District Court on Wednesday.")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Koyama")]


def test_a_run_cut_from_a_title_case_headline_is_mended_by_the_storys_name():
    events = detect_events("Meridel Shareholders Approve Lumora Merger",
                           "Meridel Screen Group shareholders approved the company's $14 billion sale to Lumora Global "
                           "Media on Tuesday.")
    deal = {e.company for e in events if e.kind == MERGER_ACQUISITION}
    assert "Lumora Global Media" in deal and "Approve Lumora" not in deal
    events = detect_events("Tundrel Pictures Files for Chapter 11 Two Years After SPAC Debut",
                           "Tundrel Pictures filed for Chapter 11 bankruptcy protection in Delaware on Monday.")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Tundrel Pictures")]


def test_the_markets_talk_of_a_deal_is_a_rumoured_deal():
    events = detect_events("Peri Coast Grill shares leap on bid talk",
                           "Shares in Peri Coast Grill jumped 18% on Friday amid speculation of an approach.")
    assert [(e.kind, e.company) for e in events] == [(MERGER_ACQUISITION, "Peri Coast Grill")]
    # (guards: a market's or a place's shares, and talk brushed off, are no company's deal)
    for title in ("WALL STREET STOCKS CLOSE HIGHER ON TAKEOVER SPECULATION",
                  "European shares climb as takeover speculation lifts miners",
                  "Kenley Bank CEO brushes off merger talk: 'We are builders, not buyers'"):
        assert [e for e in detect_events(title, "") if e.kind == MERGER_ACQUISITION] == [], title


def test_the_law_a_filing_is_made_under_is_no_company():
    events = detect_events("Airline Seeks Protection", "Harlow Air Lines Inc., the commuter carrier, filed for protection "
                                                       "from its creditors under Chapter 11 of the Federal Bankruptcy Code.")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Harlow Air Lines Inc")]
    assert not combine._junk_name("Bankruptcy Code Advisers LLC")  # (a guard: a firm named after it)


@pytest.mark.parametrize("name", ["SPAC", "Series C", "Asia", "Two G&Ts", "Non Executive"])
def test_kinds_regions_and_counts_are_never_a_companys_name(name):
    assert combine._junk_name(name)
    assert not combine._junk_name(f"{name.split()[-1]} Holdings Ltd")  # (a guard: a name that holds one)


def test_the_firm_that_appoints_officers_to_a_company_is_not_the_company_in_administration():
    events = detect_events("Kendall Price appointed administrators to Merriwell & Co", "")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Merriwell & Co")]


def test_a_firm_joins_its_founders_names_with_an_ampersand():
    events = detect_events("Harrowby & Vance managing partner to retire after 28 years",
                           "Colin Reade, managing partner of Leeds consulting engineers Harrowby & Vance since 2011, will "
                           "retire in March.")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Harrowby & Vance")]


def test_an_authority_by_its_initials_is_a_public_body():
    events = detect_events("CMA chief executive retires after two terms",
                           "Capital Markets Authority chief executive Tobias Mwangi will retire when his contract ends "
                           "next month, the authority's board said.")
    assert events == []


def test_the_jobs_and_the_sale_of_a_companys_own_filing_are_the_filings():
    events = detect_events("Brackley Architects goes into liquidation owing £1.9m",
                           "Brackley Architects, the Derby practice, has entered creditors' voluntary liquidation, "
                           "according to documents filed at Companies House. Its 31 staff were made redundant.")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "Brackley Architects")]
    events = detect_events("Adtech vendor Pingward files for Chapter 11",
                           "Pingward Inc., a supplier of ad-verification software, filed for Chapter 11 protection in "
                           "Delaware on Friday. It plans to sell itself through a court-supervised auction.")
    assert [e.kind for e in events] == [BANKRUPTCY]


def test_cuts_beside_a_filing_told_in_passing_stay():  # (a guard: passes either way)
    events = detect_events("Ch. 11 Retailer Pryde's to Cut 1,100 Jobs as It Shutters 60 Stores", "")
    assert LAYOFFS in {e.kind for e in events}


def test_a_headed_story_that_names_no_post_tells_nobodys_exit():
    events = detect_events("Quiet exits at Lambrook Rowe",
                           "Lambrook Rowe Architects has laid off about 30 staff across its London and Leeds offices "
                           "over the past month, several former employees said.")
    assert [(e.kind, e.company) for e in events] == [(LAYOFFS, "Lambrook Rowe Architects")]
    # (a guard: a seat on a board is a post the definition counts)
    events = detect_events("Employee representative quits Hallenberg AG supervisory board",
                           "Marta Vogel, who represented staff on the supervisory board of Hallenberg AG since 2019, has "
                           "resigned with immediate effect, the company said.")
    assert EXECUTIVE_DEPARTURE in {e.kind for e in events}


@pytest.mark.parametrize("title, text, kind", [
    ("Jetway president resigns after failed Altamar bid",
     "Jetway Holdings president Owen Strick resigned on Tuesday, two weeks after Altamar shareholders rejected Jetway's "
     "takeover offer.", EXECUTIVE_DEPARTURE),
    ("Cormley chief to leave after Atlantic Crest takeover",
     "Cormley Container Line chief executive Peter Wain will leave the company once its takeover by Atlantic Crest Line "
     "is completed, Cormley confirmed.", EXECUTIVE_DEPARTURE),
    ("Wexford Labs cuts 230 jobs as it integrates Dorran acquisition",
     "Wexford Labs is cutting 230 jobs as it integrates Dorran Bioanalytical, which it acquired in March.", LAYOFFS),
])
def test_a_deal_told_only_as_the_setting_of_an_exit_or_a_cut_is_no_second_event(title, text, kind):
    assert {e.kind for e in detect_events(title, text)} == {kind}


def test_a_deal_told_as_news_beside_an_exit_stays():  # (a guard: passes either way)
    events = detect_events("Bolt CEO to leave after Acme takeover",
                           "Acme Corp agreed on Monday to buy Bolt Industries for $2 billion. Bolt's chief executive will "
                           "leave once the deal closes.")
    assert {e.kind for e in events} == {MERGER_ACQUISITION, EXECUTIVE_DEPARTURE}


@pytest.mark.parametrize("name", ["AED1.9", "EUR 40m", "SAR2bn"])
def test_an_amount_in_a_currencys_code_is_no_company(name):
    assert combine._junk_name(name)


@pytest.mark.parametrize("name", ["Group Managing", "Eurobond", "Representative", "Financial", "Whole-time"])
def test_a_titles_first_words_and_a_bond_are_no_company(name):
    assert combine._junk_name(name)


def test_a_sale_with_no_buyer_named_in_a_filing_story_is_the_filings():
    events = detect_events("Voltmoor files for Chapter 11, seeks buyer",
                           "Battery maker Voltmoor filed for Chapter 11 in Delaware and said it would seek a buyer.")
    assert [e.kind for e in events] == [BANKRUPTCY]


def test_an_exit_the_model_read_takes_the_storys_owner_of_the_title():
    events = detect_events("Long-serving Lyndmoor Pike leader to retire",
                           "Lyndmoor Pike's chief executive of 16 years, Bernard Okafor, will retire at the end of "
                           "September, the firm announced.")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Lyndmoor Pike")]


def test_a_practice_before_a_name_says_it_is_a_firm():
    events = detect_events("Brisbane firm's managing partner retires",
                           "Queensland practice Talbot Rourcy announced that managing partner Ian Brewley will retire "
                           "on 30 June after 14 years at the helm.")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Talbot Rourcy")]


def test_an_emergence_from_administration_with_a_sale_is_one_event():
    events = detect_events("Oxmoor Bramwell Group emerges from administration",
                           "Oxmoor Bramwell Group, the payroll outsourcing firm, has exited administration following a "
                           "pre-pack sale of its core business to a management buyout vehicle.")
    assert [(e.kind, e.stage) for e in events] == [(BANKRUPTCY, "emerged")]


def test_the_firm_a_head_of_function_quits_is_the_employer():
    events = detect_events("Head of audit quits Rowley Balfour",
                           "Rowley Balfour's head of audit, Colin Ferris, has resigned after twelve years at the firm.")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Rowley Balfour")]


def test_a_headlines_lone_word_the_story_writes_only_as_where_is_a_place():
    events = detect_events("Hartwell yard to lay off 300",
                           "Headmoor Fabrications will lay off 300 workers at its Hartwell yard after failing to win "
                           "new orders, the company said.")
    assert [(e.kind, e.company) for e in events] == [(LAYOFFS, "Headmoor Fabrications")]
    # (a guard: a name the story writes as the company stays)
    events = detect_events("Brismoor chief executive resigns",
                           "Helicopter operator Brismoor said on Monday its chief executive had resigned.")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Brismoor")]


def test_a_datelines_wire_may_be_any_name_with_a_lower_case_letter():
    events = detect_events("Kessmer-Wahl to cut 1,800 jobs in Germany",
                           "STUTTGART (dpa-AFX) - Kessmer-Wahl AG plans to eliminate around 1,800 jobs in Germany by "
                           "2027, the company said.")
    assert [(e.kind, e.company) for e in events] == [(LAYOFFS, "Kessmer-Wahl AG")]


def test_officers_appointed_to_a_company_in_capitals_name_it_after_them():
    events = detect_events("LIQUIDATORS APPOINTED TO TOOWORTH BUILDERS PTY LTD", "")
    assert [(e.kind, e.company) for e in events] == [(BANKRUPTCY, "TOOWORTH BUILDERS PTY LTD")]


@pytest.mark.parametrize("title, text, company", [
    ("Pixmoor cuts a dozen roles after Ardent integration",
     "Twelve roles have gone at Pixmoor following its move into Ardent Group's Melbourne office.", "Pixmoor"),
    ("Brazilian airline VoaNorte emerges from recuperação judicial",
     "A São Paulo court on Friday declared the end of VoaNorte's judicial recovery process.", "VoaNorte"),
])
def test_a_company_the_story_writes_at_or_with_a_possessive_is_no_place(title, text, company):  # (guards)
    assert company in {e.company for e in detect_events(title, text)}


@pytest.mark.parametrize("title, text, company", [
    ("Chief executive departs Cheshire chemicals distributor",
     "Weavely Chemical Distribution has parted company with chief executive Mark Ellison, the business said.",
     "Weavely Chemical Distribution"),
    ("Finance director of Northumberland builders' merchant resigns",
     "Coquetdale Building Supplies said its finance director, Helen Armitage, had resigned.", "Coquetdale Building Supplies"),
    ("Finance chief leaves Cork drinks group",
     "Leeside Distillers finance director Kevin Mahon has resigned to join a US multinational, the company said.",
     "Leeside Distillers"),
    ("Longtime boss of Cumbrian auction mart dies",
     "Borderwell Livestock Auctions managing director Ian Grahame, who ran the Carlisle mart for 27 years, has died.",
     "Borderwell Livestock Auctions"),
])
def test_the_story_names_the_employer_a_headlines_place_or_kind_describes(title, text, company):
    assert [(e.kind, e.company) for e in detect_events(title, text)] == [(EXECUTIVE_DEPARTURE, company)]


@pytest.mark.parametrize("text", ["Mr. Yoakley left in April; his replacement was a turnaround specialist from Chicago.",
                                  "She retired in 2016, and her chosen successor took over the grocer."])
def test_a_person_named_in_passing_is_someone_who_left(text):
    # (a story that names no post: the model's exit stands where an honorific or a pronoun that leaves names a person)
    events = detect_events("A change at the top", text, model=sure_model(departure=0.99))
    assert EXECUTIVE_DEPARTURE in {e.kind for e in events}


def test_a_headline_alone_or_a_note_keeps_the_models_exit():
    events = detect_events("Terminated for cause in 1999 after auditors found he had billed the company for his home",
                           model=sure_model(departure=0.99))
    assert EXECUTIVE_DEPARTURE in {e.kind for e in events}


def test_assets_under_administration_are_a_managers_not_a_procedure():
    assert detect_events("Coddingham Trust reports assets under administration of $410 billion",
                         model=sure_model(bankruptcy=0.99)) == []


@pytest.mark.parametrize("title, text", [
    ("Wexcombe Crisps denies sale talk",
     "Wexcombe Crisps said it is not in discussions with any party, after a weekend report that it had hired advisers."),
    ("Harbury Mills says chief executive is staying, dismisses exit report",
     "Harbury Mills said its chief executive Rosa Lind has no plans to leave."),
])
def test_a_headline_that_denies_the_event_gives_none_however_sure_the_model(title, text):
    assert detect_events(title, text, model=sure_model(merger=0.9, departure=0.9)) == []


@pytest.mark.parametrize("title, text", [
    ("Provincial lottery board chairman resigns",
     "The chairman of the state Lottery Control Board resigned on Monday after an audit of the agency."),
    ("Head of federal weights and measures bureau to retire",
     "The administrator of the federal weights and measures bureau will retire in June after nine years at the agency."),
])
def test_a_public_boards_or_bureaus_head_is_no_companys_executive(title, text):
    assert detect_events(title, text, model=sure_model(departure=0.99)) == []


def test_founders_keeping_control_tell_no_deal():
    assert rules.hard_negative(MERGER_ACQUISITION, "Oatridge's founders retain control of the company.") == rules.MINORITY_STAKE
    events = detect_events("Maltster's venture arm backs oat-milk start-up",
                           "Ferncastle Ventures has taken a 12% stake in Oatridge Dairy-Free in a funding round. "
                           "Oatridge's founders retain control of the company.", model=sure_model(merger=0.87))
    assert MERGER_ACQUISITION not in kinds(events)


@pytest.mark.parametrize("title, text, target", [
    ("Dunholt lifts snack maker Crumbworth stake to 65%", "", "Crumbworth"),
    ("", "Dunholt Foods has raised its holding in Crumbworth Ltd. to 65% from 30%, giving it control of the company.",
     "Crumbworth Ltd"),
])
def test_a_stake_raised_past_half_is_a_deal(title, text, target):
    # (the rules' reading, pairing buyer and target, not only a model's past the control a share gives)
    assert target in {e.company for e in rules.detect_events(title, text) if e.kind == MERGER_ACQUISITION}


def test_a_stake_raised_below_half_is_no_deal():  # (a guard)
    assert MERGER_ACQUISITION not in kinds(detect_events("Dunholt lifts Crumbworth stake to 19%"))


def test_the_place_where_workers_lose_jobs_is_not_the_company_that_cuts_them():
    events = detect_events("Mill town braces as cracker plant set to close",
                           "About 180 workers in Ellery Falls will lose their jobs when Toftwood Biscuits closes its "
                           "cracker plant there next spring, the company said.")
    assert [(e.kind, e.company) for e in events] == [(LAYOFFS, "Toftwood Biscuits")]


@pytest.mark.parametrize("title, text, kind, company", [
    # a procedure's verb in the past, a headline's shorthand
    ("", "Tarnwick IT Services, a reseller with offices in Hull and Selby, has collapsed into administration.",
     BANKRUPTCY, "Tarnwick IT Services"),
    ("Harbour town boatyard Quenby Marine in receivership", "", BANKRUPTCY, "Quenby Marine"),  # (a guard)
    ("Mill town loses its last furniture plant",  # (a guard)
     "The last shift ended Friday at Dallow Furniture Co.'s plant. The closing leaves 210 workers without jobs.",
     LAYOFFS, "Dallow Furniture Co"),
])
def test_more_shapes_of_a_filing_and_a_cut(title, text, kind, company):  # (distress's shapes: tests/test_distress.py)
    assert (kind, company) in {(e.kind, e.company) for e in detect_events(title, text)}


@pytest.mark.parametrize("title, text", [
    ("Ollerton Haulage ceases operations; 300 drivers out of work",
     "Ollerton Haulage shut down on Friday. The company has not filed for bankruptcy, a lawyer for the carrier said."),
    ("Dunmere Freight closes after 40 years",
     "Dunmere Freight has laid off its 90 employees. The company does not plan to file for bankruptcy."),
])
def test_a_filing_the_story_says_has_not_come_is_none_however_sure_the_model(title, text):
    assert BANKRUPTCY not in kinds(detect_events(title, text, model=sure_model(bankruptcy=0.999, layoffs=0.999)))


def test_staff_hired_are_no_cut_however_sure_the_model():
    assert detect_events("Brackley Trucking buys former rival's terminal", "It will hire about 30 workers to staff it.",
                         model=sure_model(layoffs=0.999)) == []


def test_an_emergence_in_a_clause_of_time_is_the_cuts_setting():
    events = detect_events("Kellsway to lay off 90 as it consolidates data centres",
                           "Kellsway Networks will lay off 90 employees and close two data centres, less than a year "
                           "after emerging from Chapter 11.")
    assert [e.kind for e in events] == [LAYOFFS]


@pytest.mark.parametrize("title, text, kind, company", [
    ("", "The two co-founders of Pellow MSP, Tom Arden and Rhea Nair, are leaving the company.", EXECUTIVE_DEPARTURE,
     "Pellow MSP"),
    ("", "Tamsin Software's Asia-Pacific managing director, Aron Vale, has left the company after eight years.",
     EXECUTIVE_DEPARTURE, "Tamsin Software"),
    ("Founders of Corlett Apparel lead management buyout of the retailer", "", MERGER_ACQUISITION, "Corlett Apparel"),
])
def test_the_company_a_plural_title_or_a_regions_post_belongs_to(title, text, kind, company):
    events = detect_events(title, text, model=sure_model(merger=0.95) if kind == MERGER_ACQUISITION else None)
    assert company in {e.company for e in events if e.kind == kind}


@pytest.mark.parametrize("title, text", [
    ("Hacktivists claim to 'seize' Orrin Technologies' website",
     "A hacktivist group said it had seized control of Orrin Technologies' marketing website."),
    ("Kelsall Systems wins federal security authorization",
     "Kelsall Systems' detection platform received the authorization, allowing sale to federal agencies."),
    ("Harwell Labs buys source code of shuttered scanner Pinwire",
     "Harwell Labs has purchased the source code of the Pinwire network scanner from its founders."),
    ("Ridgefield Homes buys 450 lots outside Boise", ""),
    ("Rumours of takeover bid for Corvane 'without foundation', company says", ""),
    ("Tessly raises stake in Marrow Ceramics to 71% from 66%", ""),
])
def test_things_bought_control_kept_or_a_rumour_called_baseless_are_no_deal(title, text):
    assert MERGER_ACQUISITION not in kinds(detect_events(title, text))


@pytest.mark.parametrize("title, text, target", [
    ("", "Pension investor Fjellkapital has taken over Nordvik Power ApS, buying the entire company.", "Nordvik Power ApS"),
    ("Danish pension investor acquires offshore wind developer Nordvik Power", "", "Nordvik Power"),
    ("Court halts Tallow Power's buy-in of Tallow Clean Yield", "", "Tallow Clean Yield"),
])
def test_more_ways_a_company_is_bought(title, text, target):
    assert target in {e.company for e in detect_events(title, text) if e.kind == MERGER_ACQUISITION}


@pytest.mark.parametrize("title, text", [
    ("Harrowby city CISO resigns after ransomware response criticized",
     "The City of Harrowby's chief information security officer has resigned."),
    ("Federal agency CIO departs after modernization stalls", ""),
    ("State transportation secretary resigns amid contract probe", ""),
    ("Senate committee chair resigns over energy tax credit row",
     "The chair of a state Senate energy committee resigned from the post on Monday."),
    ("Hung Lok heir quits Legislative Council seat", ""),
])
def test_more_public_posts_are_no_companys(title, text):
    assert EXECUTIVE_DEPARTURE not in kinds(detect_events(title, text, model=sure_model(departure=0.99)))


@pytest.mark.parametrize("title, text, company", [
    ("Heron Cove Federal Credit Union board chair resigns", "", "Heron Cove Federal Credit Union"),
    ("Ashcombe Cabinet Co. head of manufacturing departs", "", "Ashcombe Cabinet Co"),
])
def test_a_public_word_inside_a_companys_name_keeps_its_exit(title, text, company):  # (guards)
    assert company in {e.company for e in detect_events(title, text) if e.kind == EXECUTIVE_DEPARTURE}


def test_a_cabinet_makers_name_is_no_government():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Ashcombe Cabinet Co. head of manufacturing departs") is None


@pytest.mark.parametrize("title, company", [
    ("Outsourcer Kestral to shut Pune delivery centre, 1,200 roles affected", "Kestral"),
    ("Ransomware-hit MSP Tidemoor lays off 55", "Tidemoor"),
    ("Perovskite pioneer Lumora warns it may need to file for insolvency", "Lumora"),
    ("Brisco IT Solutions in liquidation, 30 staff laid off", "Brisco IT Solutions"),
    ("Retailer Maybrook's bankruptcy hits Claxby Upholstery orders", "Maybrook"),
])
def test_a_description_before_the_name_or_another_company_beside_it_is_not_the_one_in_distress(title, company):
    events = detect_events(title, model=sure_model(bankruptcy=0.97) if "bankruptcy" in title else None)
    assert events and {e.company for e in events} == {company}


def test_a_court_named_by_its_seat_is_not_the_company_in_the_procedure():
    events = detect_events("", "Judicial recovery protection was granted by a São Paulo court to Solarbrisa Energia S.A., "
                               "the developer, according to a court filing.", model=sure_model(bankruptcy=0.99))
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Solarbrisa Energia S.A"]


def test_a_buyer_sought_beside_a_filing_being_prepared_is_the_filings_story():
    events = detect_events("Cosway Furniture seeks buyer as it prepares bankruptcy filing",
                           "Cosway Furniture Inc. said it is preparing to file for Chapter 11 within days.")
    assert [e.kind for e in events] == [BANKRUPTCY]


def test_a_product_called_a_tracker_is_no_tally_of_cuts():
    events = detect_events("", "Orbitane, the solar tracker unit of Kessler Turbinen, will lay off about a third of its "
                               "600 employees, the company said.")
    assert (LAYOFFS, "Orbitane") in {(e.kind, e.company) for e in events}


@pytest.mark.parametrize("title, text", [
    ("Aprilo's founders join Wrenby AI as startup gets acquired", ""),
    ("The Day the Founders Were Fired: 40 Years On", ""),
])
def test_founders_who_go_with_a_deal_or_a_look_back_tell_no_exit(title, text):  # (guards of plural founders as a post)
    assert EXECUTIVE_DEPARTURE not in kinds(detect_events(title, text))


@pytest.mark.parametrize("title, text, kind, company", [
    ("Bondholder files petition to wind up Shenzhen developer Ronghai", "", BANKRUPTCY, "Ronghai"),
    ("Shaoxing dyeing group applies for bankruptcy liquidation",
     "Jinwei Textile Group has filed an application with the Shaoxing Intermediate People's Court for bankruptcy "
     "liquidation.", BANKRUPTCY, "Jinwei Textile Group"),
    ("Bankruptcy proceedings opened over Linz furniture store",
     "The regional court Linz has opened bankruptcy proceedings over the assets of Möbelhaus Traunviertel GmbH.",
     BANKRUPTCY, "Möbelhaus Traunviertel GmbH"),
    ("", "The court of Northern Netherlands has declared the construction company Hunsebouw BV bankrupt.", BANKRUPTCY,
     "Hunsebouw BV"),
    ("", "Hong Kong property agency Midhaven Realty will shut 40 of its 160 branches and cut about 700 agents.", LAYOFFS,
     "Midhaven Realty"),
    ("Brookmere Pharma seeks court protection; Nasdaq to delist shares", "", BANKRUPTCY, "Brookmere Pharma"),  # (a guard)
])
def test_the_company_beside_a_courts_seat_a_place_or_a_petitions_object(title, text, kind, company):
    assert company in {e.company for e in detect_events(title, text) if e.kind == kind}


@pytest.mark.parametrize("title, text, kind, company", [
    ("", "The watch component maker Jurafel SA has initiated the consultation procedure for a mass dismissal.", LAYOFFS,
     "Jurafel SA"),
    ("", "Ångvik Verkstäder AB has given notice of redundancy for 350 employees at the Västerås plant.", LAYOFFS,
     "Ångvik Verkstäder AB"),
    ("", "The Helsinki district court has placed the construction company Kivela Rakennus Oy in corporate restructuring "
         "proceedings.", BANKRUPTCY, "Kivela Rakennus Oy"),
    ("", "The regional court Bern-Mittelland has granted the tour operator Alptour Holding AG a provisional composition "
         "moratorium of four months.", BANKRUPTCY, "Alptour Holding AG"),
    ("Vänerkust Båt emerges from reconstruction", "", BANKRUPTCY, "Vänerkust Båt"),
])
def test_europes_legal_words_for_a_layoff_or_a_procedure(title, text, kind, company):
    assert (kind, company) in {(e.kind, e.company) for e in detect_events(title, text)}


@pytest.mark.parametrize("text, company", [
    ("Dr. Egon Kuhl will not stand for another term as chairman of the management board of Bergheim Pharma AG when his "
     "contract expires in 2027, the company announced.", "Bergheim Pharma AG"),
    ("Risk board member of Tiroler Landesbank does not extend contract", "Tiroler Landesbank"),
    ("Rheinau Versicherung will not extend CEO's contract", "Rheinau Versicherung"),
    ("Lumora Oyj's senior vice president for research, Mikko Aalto, has been released from his duties with immediate "
     "effect.", "Lumora Oyj"),
])
def test_a_term_not_renewed_or_duties_taken_away_are_exits(text, company):
    assert company in {e.company for e in rules.detect_events("", text) if e.kind == EXECUTIVE_DEPARTURE}


@pytest.mark.parametrize("text", ["Acme will not extend its supply contract with Globex",
                                  "Acme CEO released from hospital after a fall"])
def test_a_contract_with_a_supplier_or_a_release_from_hospital_is_no_exit(text):  # (guards)
    assert EXECUTIVE_DEPARTURE not in kinds(rules.detect_events("", text))


@pytest.mark.parametrize("text, target", [
    ("Xiangjin Steel takes over Ganlu Special Steel in state-led overhaul", "Ganlu Special Steel"),
    ("Jiangwan Securities to absorb Pudan Securities in stock swap", "Pudan Securities"),
    ("Van Haegen Baggerwerken NV and the Belgian Baggerij Gent NV will merge into one group.", "Van Haegen Baggerwerken NV"),
    ("The Treuhandanstalt has sold the Westsächsische Wollgarn GmbH in Werdau to a Bielefeld textile firm.",
     "Westsächsische Wollgarn GmbH"),
    ("Vallory Pharma SA pays 12 euros per share in cash for Florival NV, listed on Euronext Brussels.", "Florival NV"),
    ("Court approves the squeeze-out of Rheintal Versicherung minority holders by Lindenau Assekuranz", "Rheintal Versicherung"),
])
def test_more_ways_translated_and_asian_press_tell_a_deal(text, target):
    assert target in {e.company for e in rules.detect_events("", text) if e.kind == MERGER_ACQUISITION}


@pytest.mark.parametrize("text", [
    "Liquidators take control of Harbourline Ferries",
    "Chinese investor buying majority of my Mittelstand employer - what changes?",
])
def test_officers_of_a_procedure_a_merger_not_intended_or_the_writers_own_employer_are_no_deal(text):
    assert not [e for e in rules.detect_events("", text) if e.kind == MERGER_ACQUISITION and e.company]


def test_a_merger_said_not_to_be_intended_is_none():
    assert rules.hard_negative(MERGER_ACQUISITION, "A merger is not intended, both chairmen emphasised.") == rules.NO_BID


def test_a_described_listed_business_is_no_name():
    events = rules.detect_events("Inner Mongolia state firm to buy Hong Kong-listed coal miner")
    assert "Hong Kong-listed" not in {e.company for e in events}


def test_a_persons_own_debt_procedure_is_no_companys():
    assert distress.hard_negative(BANKRUPTCY, "Businessman Hendra Wirya placed under personal PKPU") == distress.PERSON_BANKRUPT


@pytest.mark.parametrize("text", [
    "Fenwell College and the Marlow School of Nursing will merge next fall.",
    "The Department for Transport will take over Eastline Rail through its operator of last resort.",
])
def test_schools_joined_by_and_the_or_a_department_taking_over_a_franchise_are_no_deal(text):
    assert not [e for e in rules.detect_events("", text) if e.kind == MERGER_ACQUISITION]


def test_a_commissions_chairman_not_running_again_is_no_companys_exit():
    text = ("The chairman of the Railroad Commission of Texas, which regulates the state's oil and gas industry, said "
            "Tuesday he will not run for reelection next year and will leave the commission when his term ends.")
    assert EXECUTIVE_DEPARTURE not in kinds(rules.detect_events("", text))


def test_reports_of_mass_layoffs_called_false_are_no_cut():  # (a guard of the legal words' reading)
    assert LAYOFFS not in kinds(detect_events("Vexmoor Games calls reports of mass layoffs 'false'"))


@pytest.mark.parametrize("text, kind, company", [
    ("Rémy Castagnol-Vidal quits Compagnie Générale de Travaux du Sud", EXECUTIVE_DEPARTURE,
     "Compagnie Générale de Travaux du Sud"),
    ("Argolin Investimenti has sold its 80% stake in Lavanderie Tosco-Liguri to Servizi Nord Group for €140m.",
     MERGER_ACQUISITION, "Lavanderie Tosco-Liguri"),
    ("Bulgaria's Privatisation Agency has sold 80% of Dunavska Korabostroitelnica AD to Dutch group Maaswerf Marine.",
     MERGER_ACQUISITION, "Dunavska Korabostroitelnica AD"),
    ("Tirola Versicherung AG will pay PLN 1.3 billion for Pewna Ubezpieczenia, Poland's fourth-largest life insurer.",
     MERGER_ACQUISITION, "Pewna Ubezpieczenia"),
    ("Telaio Moderno S.r.l. buys German competitor", MERGER_ACQUISITION, "Telaio Moderno S.r.l"),
    ("Hesperon's chief scientist jumps to Tidewell Labs", EXECUTIVE_DEPARTURE, "Hesperon"),
    ("Corvalis's AI chief Lorenzo Basso to retire", EXECUTIVE_DEPARTURE, "Corvalis"),
])
def test_continental_names_sized_stakes_and_prices_in_a_currencys_code(text, kind, company):
    assert company in {e.company for e in rules.detect_events("", text) if e.kind == kind}


@pytest.mark.parametrize("text", [
    "Windykator Plus buys PLN 800m of bad loans",
    "The founding families have sold a 70 per cent stake in the Aberdeen ship-repair company to Heyvaart Marine NV.",
])
def test_an_amount_in_a_currencys_code_or_a_described_place_is_no_company_bought(text):  # (the second a guard)
    assert not [e for e in rules.detect_events("", text) if e.kind == MERGER_ACQUISITION and e.role == "target"]


@pytest.mark.parametrize("sentence, phrase", [
    ("At the request of management, the Paris commercial court placed the hotel group Hôtels Bérard SAS under a "
     "procédure de sauvegarde.", "placed the hotel group Hôtels Bérard SAS under a procédure de sauvegarde"),
    ("The district court in Kielce has opened sanacja proceedings for Budomex Kielce S.A.", "opened sanacja"),
    ("Regional carrier Baltaero AS has applied to the Riga court for legal protection proceedings.",
     "applied to the Riga court for legal protection proceedings"),
    ("Sundry Agents winds down through assignment for the benefit of creditors",
     "winds down through assignment for the benefit of creditors"),
    ("Lyon: Sécurex Rhône SARL liquidated", "liquidated"),
])
def test_continental_procedures_by_their_own_names(sentence, phrase):
    assert distress.shape(BANKRUPTCY, sentence) == phrase


def test_a_programme_of_voluntary_departures_for_a_counted_staff_is_a_cut():
    assert distress.shape(LAYOFFS, "Bank Nadmorze S.A. will open a voluntary departure programme for up to 900 employees.") \
        == "voluntary departure programme for up to 900"


@pytest.mark.parametrize("kind, sentence", [
    (EXECUTIVE_DEPARTURE, "Parcelbox founder's personal bankruptcy case dismissed"),
    (LAYOFFS, "Layoffs at Kestrin Couriers reversed after contract win"),
    (BANKRUPTCY, "A decade after Parcelgrove went into administration in 2014, its former managers look back."),
    (BANKRUPTCY, "Transwisła has agreed to take over Paketfix GmbH's Leipzig operations from the insolvency administrator."),
    (BANKRUPTCY, "The number of companies that requested concurso mercantil rose to a record 74 last year."),
])
def test_a_case_dismissed_cuts_reversed_a_look_back_an_estate_bought_or_a_count_are_no_event(kind, sentence):
    assert combine._hard_negative(kind, sentence) is not None


def test_a_writers_exit_dated_in_a_past_year_is_a_look_back():
    assert rules.first_person_exit("Freight forwarder's former CEO profiled: 'I left Ferrowby in 2009 to build something "
                                   "new'", "In an interview, Routeway founder Mara Lind recalls quitting her job as head "
                                   "of road freight at Ferrowby Logistics Group in 2009 to start the routing software "
                                   "company.") is None


def test_a_procedures_officer_or_a_persons_account_is_not_the_company():
    sentence = "Facebright has entered an assignment for the benefit of creditors, with Merriam Oakley serving as assignee."
    assert combine._not_buyers_or_places(["Facebright", "Merriam Oakley"], sentence) == ["Facebright"]
    events = detect_events("", "Hollowell Fulfillment's vice president of customer success, Renata Silva, has left the "
                               "company, according to her LinkedIn profile; Hollowell confirmed she departed.")
    assert "LinkedIn" not in {e.company for e in events}


def test_a_stake_in_a_places_possessive_company_is_in_the_company():
    text = "Ostrand Worldwide will sell its 51 percent holding in Hong Kong's Pearl Bay Advertising to the agency's founders."
    assert "Pearl Bay Advertising" in {e.company for e in rules.detect_events("", text) if e.kind == MERGER_ACQUISITION}


def test_a_customer_named_after_from_is_no_place():  # (a guard: "from" stays no place's preposition)
    events = detect_events("CANTLEY SUPPLY TAKES WRITEOFF ON ORSTON FILING",
                           "KESTWICK, Nov 3 - Cantley Supply Co said it will take a 4.5 mln dlr writeoff on receivables "
                           "from Orston Department Stores Inc, which filed for protection from creditors under Chapter 11 "
                           "last week.")
    assert {e.company for e in events if e.kind == BANKRUPTCY} == {"Orston Department Stores Inc"}


@pytest.mark.parametrize("sentence, phrase", [
    ("Migdal Or Properties granted stay of proceedings", "granted stay of proceedings"),
    ("A Thessaloniki court placed meat processor Makedon Meats S.A. under special administration.",
     "placed meat processor Makedon Meats S.A. under special administration"),
])
def test_israels_and_greeces_procedures_by_their_names(sentence, phrase):
    assert distress.shape(BANKRUPTCY, sentence) == phrase


@pytest.mark.parametrize("sentence", [
    "The Knesset approved the Insolvency and Economic Rehabilitation Law in its final readings.",
    "Konkordato law overhaul replaces bankruptcy postponement",
])
def test_a_law_passed_or_overhauled_is_no_companys_filing(sentence):
    assert distress.hard_negative(BANKRUPTCY, sentence) is not None


def test_reports_called_false_deny_what_they_reported():
    sentence = ("Amberline Entertainment said reports that it was preparing to seek bankruptcy protection were "
                "“categorically false,” adding that it had no debt maturities until 2028.")
    assert distress.hard_negative(BANKRUPTCY, sentence) == distress.SAID_NOT_TO_HAPPEN


@pytest.mark.parametrize("text, company", [
    ("Dunholm Dental Management CEO resigns", "Dunholm Dental Management"),
    ("Stagecraft Live CEO Graham Tilley to stand down", "Stagecraft Live"),
])
def test_a_name_that_ends_in_a_capitalised_common_word_owns_the_title(text, company):
    assert [e.company for e in rules.detect_events("", text) if e.kind == EXECUTIVE_DEPARTURE] == [company]


def test_ex_before_a_title_is_no_company():
    events = detect_events("Ex-CEO of bankrupt vet chain recalls the collapse", model=sure_model(bankruptcy=0.9))
    assert "Ex" not in {e.company for e in events}


def test_a_stock_exchange_a_company_reports_to_is_not_the_company():  # (a guard of the runs that now keep "Stock")
    events = detect_events("Chairman quits at Irish building materials group",
                           "Shannonford Building Products chairman Declan Fahey has resigned with immediate effect, the "
                           "company told the Irish Stock Exchange.")
    assert {e.company for e in events if e.kind == EXECUTIVE_DEPARTURE} == {"Shannonford Building Products"}


def test_a_function_word_stays_out_of_a_run():  # (a guard of the capitalised common words a run now keeps)
    assert "Editor-in-chief of The Sideline" not in [s.text for s in rules._name_spans(
        "Editor-in-chief of The Sideline quits amid clash with new owners")]


@pytest.mark.parametrize("title, text, kind, company", [
    ("Struggling Sharjah tile maker seeks court protection from creditors",
     "Khaleej Ceramica PJSC has filed for preventive composition under the UAE bankruptcy law.", BANKRUPTCY,
     "Khaleej Ceramica PJSC"),
    ("Abu Dhabi games studio cuts half its staff",
     "Mobile game developer Sandglass Interactive has laid off roughly half of its 120 employees.", LAYOFFS,
     "Sandglass Interactive"),
])
def test_a_headline_that_describes_its_company_by_a_city_names_none(title, text, kind, company):
    assert {e.company for e in detect_events(title, text) if e.kind == kind} == {company}


@pytest.mark.parametrize("text, company", [
    ("Plumtree Audio's former parent, Larchmere Interactive Inc., filed for Chapter 11 protection in Dallas.",
     "Larchmere Interactive Inc"),
])
def test_an_owner_in_an_apposition_is_the_company(text, company):
    assert company in {e.company for e in detect_events("", text) if e.kind in (BANKRUPTCY, LAYOFFS)}


def test_an_apps_name_made_of_a_common_word_is_the_company():
    events = detect_events("Sparkle to lay off 300 in creator teams",
                           "Short-video app Sparkle said it will cut roughly 300 jobs, about 6% of its workforce.")
    assert {e.company for e in events if e.kind == LAYOFFS} == {"Sparkle"}


def test_a_name_after_a_title_is_no_company_that_files():
    events = detect_events("Halcyon Eldercare president quits",
                           "Halcyon Eldercare Inc. President Douglas Reyes has resigned, less than a month after the "
                           "nursing home chain filed for bankruptcy.")
    assert "Douglas Reyes" not in {e.company for e in events}


@pytest.mark.parametrize("title, text", [
    ("Fifteen years on: how the collapse of a Gulf lender changed the market",
     "It has been 15 years since Sahra Home Finance was placed in liquidation."),
    ("Looking back: the rise and fall of Solway Air", "The island carrier entered receivership in 1994."),
    ("Book recalls the 1991 collapse of Tidemark Commuter", "Its founder resigned in 1990."),
    ("From farm distillery to global brand: Ardnagarve at 50", "Ardnagarve was bought by Hollin Drinks in 1998."),
])
def test_a_headline_that_announces_a_look_back_tells_no_news(title, text):
    assert detect_events(title, text) == []


def test_a_gulf_amount_is_no_company_and_a_plot_is_land():
    assert detect_events("Dar Al Nakheel buys Dh420m plot on Sheikh Zayed Road") == []
    assert not any(e.company == "Dh5" for e in detect_events(
        "Former bank chief fined", "A court fined the former chief executive of a local bank Dh5 million."))


def test_a_part_of_a_company_denied_to_be_for_sale_is_no_deal():
    assert detect_events("Al Waha Group denies dairy unit is for sale",
                         "Al Waha Group has denied media reports that it is in talks to sell its dairy business.") == []


@pytest.mark.parametrize("title, text, kind, company", [
    ("Thetford Mines: 85 jobs lost at Composites Laurier", "", LAYOFFS, "Composites Laurier"),
    ("", "Jobs are disappearing at Centre de Distribution Boréal inc.: the wholesaler is eliminating 85 warehouse "
         "positions.", LAYOFFS, "Centre de Distribution Boréal inc"),
    ("Receiver-manager takes over Amaka Mills", "A receiver-manager appointed by a consortium of lenders led by Pelican "
     "Trust Bank has taken over the operations of Amaka Mills Plc.", BANKRUPTCY, "Amaka Mills Plc"),
])
def test_a_datelines_place_whose_jobs_and_who_appointed_the_officer(title, text, kind, company):
    assert {e.company for e in detect_events(title, text) if e.kind == kind} == {company}


def test_someone_who_made_an_assignment_in_bankruptcy_is_a_person_and_a_street_no_company():  # (a guard of the BIA shape)
    events = detect_events("Former merchant of Chicoutimi declares personal bankruptcy",
                           "Robert Thibodeau, who ran a clothing store on Racine Street for thirty years, has made an "
                           "assignment in bankruptcy.")
    assert not {e.company for e in events if e.kind == BANKRUPTCY} & {"Robert Thibodeau", "Racine Street"}


def test_a_central_bank_officer_leaving_is_an_official():
    assert detect_events("Head of monetary policy department leaves National Bank of Kazakhstan",
                         "Director of the monetary policy department of the National Bank of Kazakhstan, Yerlan "
                         "Mukashev, has left the regulator, the National Bank said.") == []


@pytest.mark.parametrize("title, kind, company", [
    ("Harwick Street enters liquidation after rescue fails", BANKRUPTCY, "Harwick Street"),  # a brand named for a street
    ("Métallurgie Pradelle: 230 job cuts at Saint-Étienne", LAYOFFS, "Métallurgie Pradelle"),  # a place after "at"
])
def test_a_company_named_for_a_street_and_a_label_before_a_place_are_companies(title, kind, company):  # (guards)
    assert {e.company for e in detect_events(title) if e.kind == kind} == {company}


@pytest.mark.parametrize("title, text", [
    ("Jiu Valley mining town becomes first municipality in insolvency",
     "A small mining town in the Jiu Valley has become the first Romanian municipality to enter a formal insolvency "
     "procedure for local authorities."),
    ("After outcry, Lindell Valley Health keeps maternity unit open",
     "Lindell Valley Health has reversed its decision to close the birthing center. The 26 nurses and staff who had "
     "received layoff notices will keep their jobs."),
])
def test_a_municipality_in_insolvency_and_staff_who_had_notices_and_keep_their_jobs_are_no_event(title, text):
    assert detect_events(title, text) == []


@pytest.mark.parametrize("title, text, kind", [
    ("Halden Motors to close Leeds plant and cut 400 jobs as it turns 100", "Halden Motors will cut 400 jobs.", LAYOFFS),
    ("Brixmoor Retail files for bankruptcy after the rise and fall of its online rival", "", BANKRUPTCY),
    ("Halden Construction files for bankruptcy; the municipality filed a claim for unpaid taxes", "", BANKRUPTCY),
    ("Former CEO slams Harlow Retail's bankruptcy filing", "Harlow Retail filed for Chapter 11 on Monday.", BANKRUPTCY),
    ("Administrator for Halden Care Homes says chain left creditors owed 5m",
     "Halden Care Homes went into administration in May.", BANKRUPTCY),
    ("Bank of Ghana takes over Halden Savings and Loans, appoints receiver", "", BANKRUPTCY),
])
def test_news_beside_the_words_of_a_look_back_a_municipality_a_former_officer_or_a_central_bank(title, text, kind):
    # (guards from the review of this round's changes: each is still the news it tells)
    assert kind in kinds(detect_events(title, text))


@pytest.mark.parametrize("title", [
    "Halden Corp filed a notice of intention to appeal the ruling",
    "Lawmakers introduced a bill on bankruptcy protection after Halden Steel collapse",
    "Halden Foods founder enters rehabilitation clinic",
    "Brix Retail is now part of the S&P 500 after its shares doubled",
])
def test_a_notice_to_appeal_a_bill_a_clinic_and_an_index_are_no_event(title):  # (guards from the review)
    assert detect_events(title) == []


def test_staff_sent_on_idle_time_with_a_recall_set_come_back():  # (a guard from the review)
    assert LAYOFFS not in kinds(detect_events(
        "Halden Foods sent 300 workers on idle time for six weeks, recall set for Feb. 20"))


def test_a_commercial_bank_named_central_bank_is_a_company():  # (a guard from the review)
    assert {e.company for e in detect_events("Central Bank of India to cut 500 jobs")} == {"Central Bank of India"}


@pytest.mark.parametrize("title, text", [
    ("Chairman of Tver Region arbitration court retires",
     "The chairman of the Arbitration Court of Tver Region, Nikolai Voronin, has retired after 12 years in office."),
    ("Head of Kuzbass miners' union steps down",
     "Vasily Kalashnikov, chairman of the Kuzbass regional organisation of the coal industry workers' union, has "
     "stepped down after 16 years."),
    ("Former Rexmoor Waste chief recalls 1998 exit in new memoir",
     "In his memoir, former Rexmoor Waste Systems chief executive Alan Pryce describes the board meeting at which he was "
     "forced out in 1998."),
])
def test_a_courts_head_a_unions_head_and_a_memoirs_recollection_are_no_exit(title, text):
    assert detect_events(title, text) == []


def test_a_head_of_people_leaving_amid_a_union_drive_leaves_a_company():  # (a guard of the union's head without "the")
    assert {e.company for e in detect_events("Nimbridge Interactive's head of people leaves amid union drive")} == \
        {"Nimbridge Interactive"}


@pytest.mark.parametrize("title, text, target, acquirer", [
    ("", "Harwick Foods has bought an 80 percent stake in Tolland Orchards Ltd, a grower of apples, for an undisclosed sum.",
     "Tolland Orchards Ltd", "Harwick Foods"),
    ("", "Brennock Board Inc. said Monday it has bought Saxby Cartons Co., an Ohio sheet plant and display maker with 90 "
         "employees, from its founders.", "Saxby Cartons Co", "Brennock Board Inc"),
    ("", "Larchmont Savings Bank agreed to assume the $140 million in deposits of Quillon Federal Savings, closed Friday by "
         "state regulators.", "Quillon Federal Savings", "Larchmont Savings Bank"),
    ("", "Ferncastle Bancorp will take over the $95 million in deposits of Dunmore Valley Bank.", "Dunmore Valley Bank",
     "Ferncastle Bancorp"),
])
def test_a_stake_after_an_a_business_described_after_a_legal_forms_dot_and_deposits_assumed_are_deals(
        title, text, target, acquirer):
    roles = {(e.company, e.role) for e in detect_events(title, text) if e.kind == MERGER_ACQUISITION}
    assert (target, ROLE_TARGET) in roles and (acquirer, ROLE_ACQUIRER) in roles


@pytest.mark.parametrize("title, text", [
    ("Portfolio manager Osei to leave Brantwood Global Growth Fund",
     "Kofi Osei, a co-manager of the Brantwood Global Growth Fund since 2014, will leave the fund at year-end."),
    ("Two trustees quit county pension board",
     "Two trustees of the Harlan County Retirement Fund resigned this week, leaving the board short of a quorum."),
    ("State pension CIO to retire",
     "The Westmark State Employees' Retirement System's chief investment officer, Ruth Kane, will retire in May."),
    ("Regulator's chairman removed",
     "The government has removed the chairman of the Securities and Exchange Commission of Veloria and named an acting "
     "chairman."),
    ("Thornbury State University president to step down", ""),
    ("Oakridge Unified approves 90 teacher layoffs",
     "The Oakridge Unified School District board voted to issue layoff notices to 90 teachers."),
    ("Teachers' plan drops Caldwell Capital from bond mandate",
     "The Northfield Teachers' Retirement System terminated Caldwell Capital Advisors from a $300 million mandate."),
    ("Dorsey Knitting adds independent director",
     "Dorsey Knitting Co. elected Maria Voss, a retired bank executive, to its board, expanding it to eight members."),
    ("Woodmere local elects new president at Tamsin mill",
     "Members of Local 2231 at the Tamsin Paper mill elected Ray Boucher as president, succeeding Al Proulx, who "
     "stepped down."),
    ("Top job at Kessling Containerboard to change hands", ""),
    ("Court declares textile tycoon insolvent",
     "A civil court has declared a prominent textile industrialist insolvent on a petition by a bank."),
])
def test_funds_pension_plans_public_bodies_newcomers_union_locals_posts_and_persons_are_no_event(title, text):
    assert detect_events(title, text) == []


def test_a_firm_the_story_names_cultivar_fund_or_a_charitys_fund_keeps_its_partners_exit():
    # (guards: a firm or a charity may be called a fund)
    assert EXECUTIVE_DEPARTURE in kinds(detect_events(
        "Indoor-ag investor steps off boards",
        "Venture investor Sam Ruiz said he would step down as a partner at Tillage Fund at year-end."))
    assert EXECUTIVE_DEPARTURE in kinds(detect_events("Ridgemont Journalism Fund chair steps down"))


@pytest.mark.parametrize("title", [
    "Harrow Picturehouse Chain Falls Into Administration",   # (Title Case: no body's name)
    "Canadian retailer Kestle seeks creditor protection",
])
def test_a_companys_name_before_a_title_case_administration_or_department_stores_is_no_body(title):
    text = ("Kestle Department Stores has obtained creditor protection under the Companies' Creditors Arrangement Act."
            if "Kestle" in title else "")
    assert BANKRUPTCY in kinds(detect_events(title, text))


@pytest.mark.parametrize("title, text", [
    ("Tamsin Board gains share as rival shuts machines",
     "Tamsin Board Co. said its mills are full after a competitor shut two machines and laid off workers."),
    ("Kestrel to close Portland design office; staff moving to Boston",
     "Kestrel Footwear will close its Portland studio. All 45 employees have been offered roles in Boston, and no job "
     "losses are expected."),
])
def test_a_rivals_cuts_and_staff_moved_with_the_work_are_no_layoffs(title, text):
    assert LAYOFFS not in kinds(detect_events(title, text))


def test_staff_on_no_pay_leave_are_laid_off_and_nobody_else_leaves():
    events = detect_events("Galle Lakeside Hotel puts 300 staff on no-pay leave",
                           "Galle Lakeside Hotel PLC has placed around 300 employees on no-pay leave for three months, "
                           "its general manager confirmed.")
    assert kinds(events) == {LAYOFFS}


@pytest.mark.parametrize("title, text", [
    ("Kamoke Jute Mills to seek winding up",
     "The board has decided to file a petition for the company's winding up by the court, as it cannot pay its debts."),
    ("Tando Spinning shareholders vote to wind up company",
     "Shareholders of Tando Spinning Mills Limited passed a special resolution at an extraordinary general meeting to "
     "wind up the company voluntarily."),
    ("Tribunal orders winding up of Sutlej Second Modaraba", ""),
    ("Regulators place Bayou Federal Savings in conservatorship",
     "The Office of Thrift Supervision took control of Bayou Federal Savings on Thursday and placed it in RTC "
     "conservatorship."),
])
def test_winding_up_by_owners_or_court_and_conservatorship_are_bankruptcies_and_no_deal(title, text):
    found = kinds(detect_events(title, text))
    assert BANKRUPTCY in found and MERGER_ACQUISITION not in found


def test_an_agencys_officer_leaving_is_no_executives_exit():
    assert detect_events("FDIC vice chairman to retire at year-end",
                         "The vice chairman of the Federal Deposit Insurance Corp. said he will retire Dec. 31.") == []


@pytest.mark.parametrize("title, text", [
    ("After merger, Linwood Trust branches to close; 80 jobs cut",
     "Rowan Heritage Bancshares will close six branches it gained in its purchase of Linwood Trust Financial and "
     "eliminate 80 positions."),
    ("Pink slips at Bayside Savings",
     "About 60 employees of Bayside Savings Bank received layoff notices, the first cuts since Newport Harbor Bancorp "
     "took control of the thrift."),
    ("Seized thrift's new owner to cut 120 jobs",
     "Charter Isle Bank, which acquired the deposits and branches of Coastal Pines Savings in June, said it will "
     "eliminate 120 jobs."),
])
def test_a_deal_told_as_the_cuts_setting_is_no_deal(title, text):
    assert kinds(detect_events(title, text)) == {LAYOFFS}


@pytest.mark.parametrize("title, text, company", [
    ("Lindqvist Language Schools offers voluntary redundancy to 60 teachers", "", "Lindqvist Language Schools"),
    ("", "A quarter of corporate roles at Brightpath Tutoring are being eliminated, the company confirmed Thursday.",
     "Brightpath Tutoring"),
])
def test_voluntary_redundancy_and_a_share_of_roles_eliminated_are_a_companys_layoffs(title, text, company):
    assert {(e.kind, e.company) for e in detect_events(title, text)} == {(LAYOFFS, company)}


def test_a_district_named_by_its_schools_still_cuts_a_public_bodys_jobs():  # (a guard of the trade-named schools)
    assert detect_events("Brannock schools to cut 60 positions") == []


def test_a_trading_house_describes_the_name_after_it():
    events = detect_events("", "Tamberly Sourcing Ltd has been bought by Singapore trading house Orvel Group.")
    assert {(e.company, e.role) for e in events} == {("Tamberly Sourcing Ltd", ROLE_TARGET), ("Orvel Group", ROLE_ACQUIRER)}


def test_a_suit_over_a_dated_dismissal_is_no_exit():
    assert detect_events("Former Halden Capital CEO sues firm over 2019 dismissal",
                         "Mark Reyes, who was dismissed as chief executive of Halden Capital in 2019, has sued the firm "
                         "for unpaid compensation.") == []


def test_a_new_owner_told_in_a_relative_clause_is_the_deal_itself():  # (a guard of the dated relative clause)
    events = detect_events("Kelso Stove Works gets new owner",
                           "Kelso Stove Works Co. has a new owner: Brandt Hearth Group, which bought the company from its "
                           "founder for an undisclosed sum.")
    assert MERGER_ACQUISITION in kinds(events)


@pytest.mark.parametrize("title, text", [
    ("Harwell Pharma denies report it's in talks to buy Elkin Bio", ""),
    ("Firozpur Commercial denies merger talks with Indus Valley Bank", ""),
    ("Transaction in Own Shares",
     "Penrose Brewers plc announces that on 11 November it purchased 25,000 of its ordinary shares of 10p each."),
    ("Result of Tender Offer",
     "Brackley Investment Company plc announces that the tender offer to purchase up to 15% of its issued share "
     "capital closed yesterday."),
    ("Acquisition of the Dovedale Brand",
     "Ashby Beverages plc has acquired the Dovedale cider brand, with its trademarks and recipes, from Hallow Drinks."),
    ("Proposed Members' Voluntary Liquidation",
     "The Board of Eskmoor Smaller Companies Investment Trust plc proposes that the Company be placed into members' "
     "voluntary liquidation and that its cash be returned to shareholders."),
])
def test_denials_own_shares_a_brand_and_a_solvent_wind_up_are_no_event(title, text):
    assert detect_events(title, text) == []


@pytest.mark.parametrize("title, text", [
    ("", "Brixton Logistics agreed to be bought by Ivarsson Logistics for $2.2B, three months after denying it was "
         "exploring a sale."),
    ("", "A year after denying sale talks, Al Najma Logistics said its main shareholders agreed to sell a controlling "
         "51% stake to Najd Freight Holding."),
    ("Scheme of Arrangement becomes Effective",
     "The Court has sanctioned the Scheme. The entire issued share capital of Thornwood Software is now owned by Caradon "
     "Bidco Limited."),
    ("Larkspur Garden Center now owned by its employees", ""),
])
def test_a_deal_beside_a_past_denial_and_a_company_now_owned_by_another_are_deals(title, text):
    assert MERGER_ACQUISITION in kinds(detect_events(title, text))


@pytest.mark.parametrize("text, company", [
    ("Durham Retail Properties plc announces that Malcolm Ives, Finance Director, will retire from the Board on 31 "
     "March.", "Durham Retail Properties plc"),
    ("Tansley Resources plc announces that Robert Ash has resigned as Technical Director with immediate effect.",
     "Tansley Resources plc"),
])
def test_a_posts_function_is_not_the_employer(text, company):
    assert [(e.kind, e.company) for e in detect_events("Board Changes", text)] == [(EXECUTIVE_DEPARTURE, company)]


def test_a_laws_part_is_not_the_company_in_a_procedure():
    events = detect_events("Moratorium under Part A1 of the Insolvency Act 1986",
                           "Brightmoor Software plc announces that it has obtained a moratorium under Part A1 of the "
                           "Insolvency Act 1986.")
    assert {(e.kind, e.company) for e in events} == {(BANKRUPTCY, "Brightmoor Software plc")}


def test_a_sentence_opening_preposition_is_no_party_to_a_deal():
    assert [e for e in detect_events("", "Following the purchase, Kestrel holds 1,340,000 shares in treasury.")
            if e.kind == MERGER_ACQUISITION] == []


@pytest.mark.parametrize("title, text, kind, company", [
    ("", "Korean-owned Rosales Footwear Inc. has shut its plant in the Cavite zone, leaving 900 workers without jobs, the "
         "Department of Labor said.", LAYOFFS, "Rosales Footwear Inc"),
    ("", "Visayan Air Express Inc. has placed 300 cabin crew and ground staff on unpaid leave for three months.", LAYOFFS,
     "Visayan Air Express Inc"),
    ("", "Unable to pay its suppliers, Lingayen Poultry Farms Inc. has asked the Regional Trial Court to place it under "
         "rehabilitation.", BANKRUPTCY, "Lingayen Poultry Farms Inc"),
    ("", "PT Borneo Nikel Prima Tbk said president commissioner Irawan Hadi had resigned from the board of commissioners.",
     EXECUTIVE_DEPARTURE, "PT Borneo Nikel Prima Tbk"),
    ("", "PT Cendana Asuransi Tbk announced that its president director, Rina Halim, would not seek another term when "
         "her mandate expires.", EXECUTIVE_DEPARTURE, "PT Cendana Asuransi Tbk"),
    ("", "Oriental Capital Bank Inc. said it has acquired 100 percent of Tarlac Savings and Loan Bank Inc. for P1.3 "
         "billion.", MERGER_ACQUISITION, "Oriental Capital Bank Inc"),
])
def test_shapes_of_the_south_east_asian_press(title, text, kind, company):
    assert (kind, company) in {(e.kind, e.company) for e in detect_events(title, text)}


@pytest.mark.parametrize("title, text", [
    ("Tycoon buys Forbes Park mansion", "Shipping magnate Ed Tan has bought a mansion in Forbes Park for P1.2 billion."),
    ("Rumours of buyout lift Luzon shares; firm says no deal",
     "Shares of Luzon Fibre Holdings Inc. jumped on talk of a buyout, but the company said it was not aware of any "
     "negotiations."),
    ("Dalston Pharma denies plans to sell generics unit",
     "Dalston Pharma rejected a media report that it was exploring a sale of its generics division. 'There is no sale "
     "process,' a spokesperson said."),
    ("Belmont Inns says not in talks with any party",
     "Belmont Inns plc said it was not in discussions with any party about a possible offer for the company, responding "
     "to a newspaper report that Ashby Capital was preparing a bid."),
    ("Rumors of a Talgarth–Orsett merger are false. We are not in talks with anyone.", ""),
])
def test_a_home_bought_and_denials_of_every_form_are_no_deal(title, text):
    assert MERGER_ACQUISITION not in kinds(detect_events(title, text))


@pytest.mark.parametrize("title, text", [
    ("Nordvik to cut 160 warehouse jobs",
     "Nordvik Logistik AB, now owned by Ferrow Logistics Group, has given notice of redundancy to 160 employees."),
    ("Former Northgate Homes boss declared bankrupt",
     "Derek Fair, who ran Northgate Homes until 2016, has been declared bankrupt. Northgate itself is now owned by a rival "
     "builder."),
])
def test_an_owner_named_in_passing_is_no_deal(title, text):  # (guards of "now owned by")
    assert MERGER_ACQUISITION not in kinds(detect_events(title, text))


@pytest.mark.parametrize("title, text, company", [
    ("Rubber glove maker closes Hat Yai factory",
     "Songkla Latex Goods Co. is closing its Hat Yai factory and dismissing 400 employees.", "Songkla Latex Goods Co"),
    ("Cement maker mothballs Saraburi kiln, cuts 300 jobs",
     "Phra Nakhon Cement PCL said it would halt a kiln and offer early retirement to about 300 employees.",
     "Phra Nakhon Cement PCL"),
])
def test_a_workplace_named_by_its_place_is_not_the_company_that_cuts(title, text, company):
    assert {(e.kind, e.company) for e in detect_events(title, text)} == {(LAYOFFS, company)}


def test_a_companys_own_plant_name_keeps_the_company():  # (a guard of the workplace's place)
    assert {e.company for e in detect_events("Halverd Foods to cut 300 jobs at its Kestrel Mills plant")} == \
        {"Halverd Foods"}


def test_talks_confirmed_after_a_past_denial_are_a_deal():  # (a guard of the denial's clause)
    events = detect_events("Savannah Cement confirms talks with Kilwa Cement",
                           "Months after denying merger speculation, Savannah Cement Plc has confirmed that it is in "
                           "preliminary discussions with Kilwa Cement Plc over a possible combination of the two businesses.")
    assert MERGER_ACQUISITION in kinds(events)


@pytest.mark.parametrize("title, text, company", [
    ("Workers stranded as Shenzhen toy factory closes",
     "About 2,000 workers at a Brightway Toys plant in Longgang were told the factory would close.", "Brightway Toys"),
    ("", "The discount chain Dollarway said it would close 120 stores, eliminating about 1,400 jobs.", "Dollarway"),
])
def test_a_companys_workplace_after_an_article_keeps_the_company(title, text, company):  # (guards)
    assert company in {e.company for e in detect_events(title, text) if e.kind == LAYOFFS}


@pytest.mark.parametrize("title, text, kind, company", [
    ("Seoul Tire seeks rehabilitation", "Seoul Tire filed for court-led rehabilitation with the Suwon District Court on "
                                       "Monday.", BANKRUPTCY, "Seoul Tire"),
    ("Nanliu Petrochemical files for reorganization", "", BANKRUPTCY, "Nanliu Petrochemical"),
    ("Grubwell exits examinership with new investor", "", BANKRUPTCY, "Grubwell"),
    ("Meal-kit company Spoonly falls into administration", "", BANKRUPTCY, "Spoonly"),
])
def test_procedures_entered_by_falling_filed_for_by_name_and_left(title, text, kind, company):
    assert (kind, company) in {(e.kind, e.company) for e in detect_events(title, text)}


@pytest.mark.parametrize("title, text, kind", [
    ("Minhua Optical shrugs off merger talk", "", MERGER_ACQUISITION),
    ("Halla Cement to cut jobs? Company says no", "", LAYOFFS),
])
def test_a_dismissed_rumour_and_a_question_answered_no_are_no_event(title, text, kind):
    assert kind not in kinds(detect_events(title, text))


def test_products_now_owned_by_a_company_are_no_deal():  # (a guard of "now owned by")
    events = detect_events("", "Lumen servers have been popular and are now owned by Orvale after the company bought "
                               "Sunward Systems.")
    assert "Lumen" not in {e.company for e in events}


@pytest.mark.parametrize("title, text, kind, company", [
    # (guards from the review of this round: each is still the news it tells)
    ("Whirlmoor to close Evansburg plant, 1,100 jobs moving to Mexico",
     "Whirlmoor Corp will close its Evansburg refrigerator plant, cutting 1,100 jobs; production and jobs will be moved "
     "to Mexico.", LAYOFFS, "Whirlmoor"),
    ("Acme Foods lays off 200, CEO departs", "", EXECUTIVE_DEPARTURE, "Acme Foods"),
    ("Purdell Pharma files for bankruptcy",
     "Purdell Pharma filed for Chapter 11 protection on Sunday. Purdell Pharma and the Justice Department reached a "
     "settlement last year.", BANKRUPTCY, "Purdell Pharma"),
    ("Abu Dhabi Investment Authority acquires Kestrel Logistics", "", MERGER_ACQUISITION,
     "Abu Dhabi Investment Authority"),
    ("Two years after IPO: Glydr files for bankruptcy", "Glydr Inc filed for Chapter 11 protection on Monday.",
     BANKRUPTCY, "Glydr"),
    ("", "Harlow Steel Co. said orders fell after a competitor cut prices, and it will lay off 300 workers.", LAYOFFS,
     "Harlow Steel Co"),
    ("", "Acme Corp dismissed safety claims and said it would lay off 300 workers at its Ohio plant.", LAYOFFS,
     "Acme Corp"),
    ("", "Information Services Group said its chief executive, Michael Connors, will retire in June.",
     EXECUTIVE_DEPARTURE, "Information Services Group"),
    ("", "Paul Henderson has resigned as chief executive of Menu Foods Income Fund, the pet food maker said.",
     EXECUTIVE_DEPARTURE, "Menu Foods Income Fund"),
    ("", "Acme Corp said it will lay off 300 workers at its Ohio plant, and no further job cuts are expected this year.",
     LAYOFFS, "Acme Corp"),
])
def test_news_beside_a_staff_move_a_body_a_rival_a_claim_a_function_word_or_further_cuts(title, text, kind, company):
    assert (kind, company) in {(e.kind, e.company) for e in detect_events(title, text)}


@pytest.mark.parametrize("title, text, kind", [
    ("Result of General Meeting", "Halmore Property Holdings plc announces that the special resolution to wind up the "
     "company voluntarily by way of a members' voluntary liquidation was passed.", BANKRUPTCY),
    ("", "Shareholders of Halmore Property voted to wind up the company and return its cash to shareholders after selling "
         "its last building.", BANKRUPTCY),
    ("Acme Media denies a report, published Monday, that it is up for sale", "", MERGER_ACQUISITION),
    ("", "Acme Media denied a report, published Monday, that it is in talks to sell itself to Beta Corp.",
     MERGER_ACQUISITION),
    ("Jamie Lyn Carter conservatorship ends", "Carter was placed in conservatorship in 2008 after a public breakdown.",
     BANKRUPTCY),
    ("Volvane Cars posts record sales", "Volvane Cars is now owned by Zhenhai Holding.", MERGER_ACQUISITION),
])
def test_a_solvent_wind_up_a_denial_across_commas_a_persons_conservatorship_and_an_owner_told_as_fact(title, text, kind):
    assert kind not in kinds(detect_events(title, text))


@pytest.mark.parametrize("sentence", [
    "Dalston Pharma rejected a media report that it was exploring a sale of its generics division",
    "Dalston Pharma denies plans to sell generics unit",
    "Rumors of a Talgarth–Orsett merger are false",
    "Minhua Optical shrugs off merger talk",
    "Luzon Fibre said it was not aware of any negotiations involving its shareholders",
    "firm says no deal",
])
def test_each_form_of_a_denial_is_read_as_one(sentence):  # (each alternative of rules._SALE_DENIED, one by one)
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == rules.NO_BID


@pytest.mark.parametrize("sentence, phrase", [
    ("Meal-kit company Spoonly falls into administration", "falls into administration"),
    ("Nanliu Petrochemical files for reorganization", "files for reorganization"),
    ("Dabba Go files for liquidation", "files for liquidation"),
    ("Grubwell exits examinership with new investor", "exits examinership"),
])
def test_each_new_form_of_a_filing_is_a_shape(sentence, phrase):
    assert distress.shape(BANKRUPTCY, sentence) == phrase


def test_an_emergence_is_stated_in_the_laws_words():
    assert distress.STATED.search("Grubwell exits examinership with new investor")


def test_a_companys_president_commissioner_is_no_government_post():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "PT Borneo Nikel said president commissioner Irawan Hadi had resigned "
                                                   "from the board of commissioners") != rules.GOVERNMENT_POST
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "The state insurance commissioner resigned") == rules.GOVERNMENT_POST


@pytest.mark.parametrize("sentence", [
    "Calder Bank will not seek another term as chairman when his mandate expires",
    "Calder Bank's chairman would not seek re-election at the annual meeting",
])
def test_a_term_not_sought_is_an_exit(sentence):
    assert rules._NOT_RENEWED.search(sentence)


@pytest.mark.parametrize("token, name_word", [("P1.2", False), ("Rp4.1", False), ("RM650mil", False), ("Ksh1.2bn", False),
                                              ("G4S", True), ("A1", True), ("3M", True)])
def test_an_amount_after_a_currencys_letters_is_no_name_word(token, name_word):
    assert rules._is_name_word(token) is name_word


def test_a_dated_ouster_is_told_as_history():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Former Halden Capital CEO sues firm over 2019 dismissal") == \
        rules.TOLD_AS_HISTORY


def test_a_firm_replaced_in_a_role_is_no_person_leaving():
    assert combine._a_firm_not_a_person("Cairnmoor", ["Halford Trust board replaces Cairnmoor as manager",
                                                      "The board appointed Dunstan Reid to replace Cairnmoor Capital."])
    assert not combine._a_firm_not_a_person("Roe", ["Kestrel replaces Roe as CEO", "Jane Roe will step down."])


def test_a_pink_slip_after_an_owner_took_control_is_the_owners_setting():
    assert combine._only_in_background("About 60 employees received layoff notices, the first cuts since Newport Harbor "
                                       "Bancorp took control of the thrift.")


def test_nobody_joining_a_buyer_is_no_cut_denied_and_a_majority_owner_is_a_deal():  # (guards from the probe run)
    assert combine._hard_negative(LAYOFFS, "Solwick's operations wound down in March and none of its staff are "
                                           "joining Brixley.") == distress.SAID_NOT_TO_HAPPEN
    assert "Alpheim Data AG" in {e.company for e in detect_events(
        "", "Alpheim Data AG is now majority-owned by Gannet Infrastructure after the fund bought out the founders.")}


# ---- the thirtieth round: shapes the held-back sets showed (each in other, invented names)

def _kinds(title, text=""):
    return {(event.kind, event.company) for event in detect_events(title, text)}


@pytest.mark.parametrize("title, company, person", [
    ("Marta Kowal out as chief financial officer of Pellworth Systems", "Pellworth Systems", "Marta Kowal"),
    ("Dane Okoro out as Trevine CEO", "Trevine", "Dane Okoro"),
    ("DANE OKORO OUT AS TREVINE CEO", "TREVINE", "DANE OKORO"),
])
def test_a_person_out_as_a_title_is_an_exit(title, company, person):
    assert (EXECUTIVE_DEPARTURE, company, person) in {(e.kind, e.company, e.person) for e in rules.detect_events(title)}


def test_a_person_out_as_a_company_struggles_is_no_exit_read_by_the_rules():  # (a guard)
    assert not any(e.kind == EXECUTIVE_DEPARTURE and e.person for e in rules.detect_events("Dane Okoro out as Trevine struggles"))


@pytest.mark.parametrize("title, target", [
    ("Holbrook Freight agrees to buy Ohio's Tanner Logistics", "Tanner Logistics"),
    ("Sable Foods to buy Brazil's Casa Verde Alimentos", "Casa Verde Alimentos"),
    ("HOLBROOK FREIGHT TO BUY OHIO'S TANNER LOGISTICS", "TANNER LOGISTICS"),
])
def test_a_places_possessive_describes_the_company_bought(title, target):
    assert (MERGER_ACQUISITION, target) in _kinds(title)


@pytest.mark.parametrize("title, text", [
    ("", "Cormac Rentals bought the mill's equipment at auction."),
    ("Harwick Insurance Agency buys Dalton & Co's commercial lines book", ""),
    ("Fenbrook buys freehold of Harlow depot", ""),
    ("Vantage Direct buys Oakmere customer list from administrators", ""),
])
def test_goods_a_buildings_title_and_a_brokers_clients_bought_alone_are_no_deal(title, text):
    assert MERGER_ACQUISITION not in {kind for kind, _ in _kinds(title, text)}


def test_a_company_bought_by_its_own_management_is_a_deal():
    assert (MERGER_ACQUISITION, "Tressle Bakeries") in _kinds("", "Tressle Bakeries has been bought by its management "
                                                                  "team, backed by a regional investment fund.")


def test_a_chairman_dead_at_an_age_is_no_anniversary():
    found = _kinds("Trenholm Mills Chairman Dead at 70", "Walter Aske, chairman of Trenholm Mills Inc., died Sunday at "
                                                         "his home after a short illness. He was 70.")
    assert (EXECUTIVE_DEPARTURE, "Trenholm Mills Inc") in found


@pytest.mark.parametrize("title, text, kind", [
    ("Ten years of Rowe: Harlan Foods CEO to hand over to Mira Tan", "Harlan Foods said Ada Rowe will step down as chief "
     "executive.", EXECUTIVE_DEPARTURE),
    ("Harlow Mills Founder Retires at 75", "Edwin Harlow, founder and chairman of Harlow Mills Inc., retired on Friday.",
     EXECUTIVE_DEPARTURE),
])
def test_a_label_or_an_age_at_leaving_is_no_look_back(title, text, kind):  # (guards: a look back empties a story)
    assert kind in {k for k, _ in _kinds(title, text)}


def test_a_deal_the_leavers_tenure_included_is_background():
    found = _kinds("Kelso Rail announces CEO transition", "Kelso Rail Corp. said chief executive Mara Lind will retire "
                   "in June, ending an eight-year tenure that included the acquisition of Dunmore Freight.")
    assert EXECUTIVE_DEPARTURE in {kind for kind, _ in found} and MERGER_ACQUISITION not in {kind for kind, _ in found}


def test_a_plant_that_will_not_reopen_with_jobs_gone_is_a_cut():
    assert (LAYOFFS, "Pellman Foods") in _kinds("Pellman Foods won't reopen its Halifax plant; 140 jobs gone")


def test_a_judicial_reorganisation_in_british_spelling_is_a_filing():
    assert BANKRUPTCY in {kind for kind, _ in _kinds("Colombian poultry producer Avicola Santa Rosa seeks judicial "
                                                     "reorganisation")}


@pytest.mark.parametrize("title, text", [
    ("Orlen Data Returns to Profit", "Orlen Data Systems Inc., which cut 2,300 jobs last year, reported quarterly "
                                     "earnings of $4.1 million."),
    ("Tallis co-founder leaves", "Tallis co-founder and chief product officer Rina Oduya has left the company, weeks "
                                 "after the embedded payments startup cut a quarter of its staff."),
])
def test_cuts_told_in_a_dated_clause_are_the_past(title, text):
    assert LAYOFFS not in {kind for kind, _ in _kinds(title, text)}


def test_a_companys_dated_removal_of_its_chief_is_the_past():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Norbeck Holdings, which fired its chief executive last year, filed "
                                                    "for Chapter 11 on Monday.") == rules.TOLD_AS_HISTORY


@pytest.mark.parametrize("title", ["Sector shed 4,000 security jobs last year, says trade body",
                                   "The contract catering industry lost about 9,000 jobs in the year to June"])
def test_a_trades_lost_jobs_are_the_economys(title):
    assert LAYOFFS not in {kind for kind, _ in _kinds(title)}


def test_a_company_shedding_jobs_is_still_a_cut():  # (a guard)
    assert (LAYOFFS, "Halden Security") in _kinds("Halden Security to shed 400 jobs")


def test_people_idled_by_a_closure_are_a_cut():
    assert distress.shape(LAYOFFS, "Corbel Valve to close valve plant in Sandusky, idling 380") == "idling 380"
    assert distress.shape(LAYOFFS, "Corbel Steel idles two furnaces at its Gary mill") is None  # (a guard)


def test_a_towns_state_in_a_dateline_is_no_company():
    events = detect_events("", "EUGENE, Ore., April 2 - Harlow Lumber Co said it will permanently close sawmills in "
                           "Sweet Home and Albany, Ore., idling about 300 workers, because of high log costs. Reuter")
    assert [(e.kind, e.company) for e in events if e.kind == LAYOFFS] == [(LAYOFFS, "Harlow Lumber Co")]


def test_a_posts_own_name_is_no_company_that_hides_the_post():
    assert detect_events("", "Harriet Vole, Under Secretary of Commerce for Export Policy, resigned on Friday, the "
                             "department said.") == []


def test_a_buyer_only_described_still_buys_the_company_named():
    events = rules.detect_events("Korean trading house takes control of Marlow Castings")
    assert [(e.kind, e.company) for e in events] == [(MERGER_ACQUISITION, "Marlow Castings")]
    assert rules.detect_events("Pension funds snap up Dunmore shares") == []  # (a guard: shares, and no company kind)


@pytest.mark.parametrize("title, company", [
    ("Workers' comp TPA Halvering Claims files for Chapter 11", "Halvering Claims"),
    ("Marine MGA Saltcote placed into liquidation", "Saltcote"),
    ("Lessor Dunmarra agrees to be bought by infrastructure fund", "Dunmarra"),
])
def test_insurances_and_leasings_kinds_of_company_describe_the_name(title, company):
    assert company in {e.company for e in detect_events(title)}


@pytest.mark.parametrize("title", ["Danish brewer buys Polish malt house", "Chinese state builder to buy Abu Dhabi contractor"])
def test_a_described_buyer_buying_a_place_described_is_no_rule_deal(title):  # (guards for the described buyer)
    assert rules.detect_events(title) == []


def test_a_kind_in_capitals_describes_the_other_side():
    events = rules.detect_events("Harwell Specialty merges with fellow MGA Dunlin to form new platform")
    assert {e.company for e in events} == {"Harwell Specialty", "Dunlin"}


def test_a_blank_check_company_that_found_no_deal_is_no_deal():
    assert MERGER_ACQUISITION not in {e.kind for e in detect_events(
        "Harrier Peak Acquisition Corp. liquidates trust after failing to find target",
        "Blank-check company Harrier Peak Acquisition Corp. said it will redeem all public shares at about $10.20 each after "
        "failing to complete a business combination within its deadline.")}


def test_a_filing_averted_is_no_filing():
    assert BANKRUPTCY not in {e.kind for e in detect_events(
        "Dunmere Homes reaches deal with lenders, avoids bankruptcy",
        "Dunmere Homes Corp. said its banks agreed to extend $300 million of loans, letting the builder avoid a Chapter 11 "
        "filing.")}


def test_a_procedures_officers_are_no_company():
    assert "ADMINISTRATORS" not in {e.company for e in detect_events(
        "BRIEF-Tolland Bakeries says placed into administration",
        "* TOLLAND BAKERIES LTD SAYS TRADING TO CONTINUE WHILE ADMINISTRATORS SEEK BUYER")}


def test_a_filing_days_before_an_exit_is_its_setting():
    found = {e.kind for e in detect_events("Rowan Ridge co-founders exit", "Both co-founders of Rowan Ridge Trust have "
                                           "resigned, the lender said, a week after it filed for bankruptcy.")}
    assert EXECUTIVE_DEPARTURE in found and BANKRUPTCY not in found


# ---- the thirtieth round, second wave: forum posts and earnings calls (read), in other invented names

@pytest.mark.parametrize("title, target, bidder", [
    ("Halden Minerals board accepted the takeover from Sorrel Metals at A$1.10/sh.", "Halden Minerals", "Sorrel Metals"),
    ("Pelling Health accepts $2.40 scheme from Warrego Capital", "Pelling Health", "Warrego Capital"),
    ("Corvid Labs got a non-binding indication of interest from Tamsin Ridge at $5 a share", "Corvid Labs", "Tamsin Ridge"),
])
def test_a_bid_accepted_or_indicated_from_a_bidder_is_a_deal(title, target, bidder):
    events = rules.detect_events(title)
    assert {(e.company, e.counterparty) for e in events} >= {(target, bidder)}


def test_a_scheme_opens_the_deal_gate_only_from_a_bidder():
    from pipeline.detection import vocabulary
    assert vocabulary.DEAL in GATES.opened("accepts $2.40 scheme from warrego capital")
    assert vocabulary.DEAL not in GATES.opened("harlow foods announced a new pension scheme")


def test_discussions_and_negotiations_are_talks():
    events = detect_events("", "Marrow Brewing said it is in preliminary discussions with Tessel Spirits regarding a "
                               "potential combination.")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == {"Marrow Brewing", "Tessel Spirits"}
    assert detect_events("", "Marrow Brewing is in negotiations with Tessel Spirits about a supply contract.") == []


def test_a_reduction_in_force_by_its_acronym_is_a_cut_at_the_company_named():
    assert {(e.kind, e.company) for e in detect_events("RIF at Calloway Systems", "")} == {(LAYOFFS, "Calloway Systems")}


def test_a_whole_intake_laid_off_is_a_cut():
    assert distress.shape(LAYOFFS, "Brightwell laid off the entire new grad cohort") == \
        "laid off the entire new grad cohort"


@pytest.mark.parametrize("title, text", [
    ("I filed chapter 7 last year, AMA", ""),
    ("Eight years ago this week Dunmore Systems filed Chapter 11. What did we learn?", ""),
    ("What happens to my pension if my employer goes bankrupt?", ""),
    ("$QRTX down 18% today, is this thing going bankrupt?", ""),
])
def test_the_writers_own_filing_a_past_one_a_supposed_one_and_a_question_are_no_filing(title, text):
    assert BANKRUPTCY not in {e.kind for e in detect_events(title, text)}


def test_a_filing_told_before_a_question_stays():  # (a guard)
    assert BANKRUPTCY in {e.kind for e in detect_events("Tarrow Outfitters files for Chapter 11, is it the end of the brand?")}


def test_a_post_new_to_the_company_is_no_exit():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Quenby hires its first-ever Chief Data Officer") == rules.NO_EXIT


def test_a_states_agency_by_its_initials_cuts_the_governments_jobs():
    assert distress.hard_negative(LAYOFFS, "State DNR cutting 120 positions in next year's budget") == distress.GOVERNMENT_JOBS


def test_a_contraction_and_an_ordinal_are_no_company():
    assert combine._junk_name("I'm") and combine._junk_name("4th") and combine._junk_name("8AM PT")
    assert not combine._junk_name("Fourth Street Bank") and not combine._junk_name("7 Eleven")


def test_a_controlling_stake_grabbed_is_control_taken():
    events = rules.detect_events("Halvard Steel grabs 70% controlling stake in Onslow Forge")
    assert {(e.company, e.counterparty) for e in events} >= {("Onslow Forge", "Halvard Steel")}



# ---- the review's findings (083c042..df713ff), each a sentence the first version of the round got wrong

@pytest.mark.parametrize("title, text", [
    ("Dunmore buys Bolt Advisers to grow its client base", ""),
    ("", "Dunmore Insurance acquires Bolt Agency and its $40 million book of business."),
    ("", "Dunmore Logistics has acquired Bolt Distribution, including the freehold of its Rugby warehouse."),
])
def test_a_company_bought_with_its_clients_or_buildings_is_still_a_deal(title, text):
    assert MERGER_ACQUISITION in {k for k, _ in _kinds(title, text)}


def test_a_summary_names_the_buyer_a_headline_only_describes():
    events = detect_events("French drugmaker agrees to buy Bioverativ for $11.6 billion",
                           "Sanofi agreed to buy Bioverativ Inc for $11.6 billion.")
    assert ("Bioverativ Inc", "Sanofi") in {(e.company, e.counterparty) for e in events}


@pytest.mark.parametrize("title", ["Garrison Rental Buys Used Mining Machinery",
                                   "GARRISON RENTAL TO BUY MILL EQUIPMENT FROM BOLT INDUSTRIES"])
def test_goods_in_title_case_or_capitals_are_still_goods(title):
    assert MERGER_ACQUISITION not in {k for k, _ in _kinds(title)}


def test_a_brand_named_for_a_place_is_no_places_possessive():
    events = rules.detect_events("", "Sycamore Partners agreed to buy Victoria's Secret for $1.1 billion.")
    assert "Secret" not in {e.company for e in events}


@pytest.mark.parametrize("text, company", [
    ("Sany Heavy Industry shed 1,200 jobs in the first half as excavator demand slumped.", "Sany Heavy Industry"),
    ("The auto industry has shed 40,000 jobs this year, and on Tuesday Dunmore Motors said it will cut 3,000 more jobs.",
     "Dunmore Motors"),
    ("Dunmore Foods, which cut 1,400 jobs last year, will cut another 500 jobs this year.", "Dunmore Foods"),
])
def test_a_companys_cut_beside_the_trades_or_an_old_one_stays(text, company):
    assert (LAYOFFS, company) in _kinds("", text)


def test_a_filing_after_a_clause_dated_years_ago_stays():
    assert BANKRUPTCY in {k for k, _ in _kinds("", "Two years ago Dunmore Retail was valued at $2 billion, and on Monday "
                                                   "it filed for Chapter 11 protection.")}


@pytest.mark.parametrize("title", ["Departure of Dunmore's first-ever chief people officer",
                                   "Dunmore announces retirement of its first-ever CFO"])
def test_the_exit_of_a_first_ever_holder_is_an_exit(title):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, title) != rules.NO_EXIT


def test_a_blank_check_deal_signed_then_ended_is_still_a_deal():
    assert rules.hard_negative(MERGER_ACQUISITION, "Harrier Peak Acquisition Corp. will liquidate its trust after failing "
                                                   "to complete its business combination with Solstice Energy.") != rules.NO_BID


@pytest.mark.parametrize("sentence", ["Dunmore Motors said it will idle 2,000 workers at its Fairfax plant for two weeks.",
                                      "Dunmore Steel said the fire idled 300 at its Gary mill."])
def test_people_idled_for_a_while_or_without_a_closure_are_no_cut(sentence):
    assert distress.shape(LAYOFFS, sentence) is None


def test_a_filing_told_after_a_case_supposed_stays():
    assert BANKRUPTCY in {k for k, _ in _kinds("", "Customers are asking what happens to their tickets if Dunmore "
                                                   "Airlines goes bust, after the carrier filed for Chapter 11 on Monday.")}


@pytest.mark.parametrize("title, text, unit", [
    ("Dunmore Building Products' roofing unit files for Chapter 11",
     "Dunmore chief executive Ada Roe said on the call that Pellham Roofing, a wholly owned subsidiary, had filed for "
     "Chapter 11 protection in Delaware.", "Pellham Roofing"),
    ("Serra Verde Agro unit files for judicial recovery",
     "Serra Verde said its sugar-ethanol subsidiary Usina Santa Clara had filed for judicial recovery in Sao Paulo.",
     "Usina Santa Clara"),
    ("Northgate Forest Products' Canadian unit obtains CCAA protection",
     "Northgate said its Northgate Pulp Canada subsidiary had obtained an initial order under the CCAA.",
     "Northgate Pulp Canada"),
])
def test_a_parents_unit_that_files_is_the_unit_named_by_the_story(title, text, unit):
    # (a subsidiary is not its parent: the filing is the unit's)
    assert (BANKRUPTCY, unit) in _kinds(title, text)


def test_a_parents_own_filing_stays_the_parents():  # (a guard)
    assert (BANKRUPTCY, "Dunmore Building Products") in _kinds(
        "Dunmore Building Products files for Chapter 11", "Dunmore Building Products said its roofing unit, Pellham "
        "Roofing, was not part of the filing.")


@pytest.mark.parametrize("title, text, company", [
    ("Ferncliff FCU lays off 30 in overhaul", "Ferncliff Federal Credit Union laid off 30 employees, a spokeswoman said.",
     "Ferncliff Federal Credit Union"),
    ("Dromore Co-op CEO to step down", "The chief executive of Dromore Co-operative Agricultural Society, Tom Hayes, "
     "will leave in June.", "Dromore Co-operative Agricultural Society"),
])
def test_a_short_form_the_story_spells_out_is_the_name_in_full(title, text, company):
    assert company in {e.company for e in detect_events(title, text)}


def test_words_after_a_name_are_a_unit_not_its_full_name():  # (a guard)
    events = detect_events("Harlow Foods to cut 200 jobs", "Harlow Foods UK will cut 200 jobs at its Leeds plant.")
    assert {e.company for e in events} == {"Harlow Foods"}


@pytest.mark.parametrize("title, text, company", [  # (guards: names that share words are other companies)
    ("Citizens Bank to be acquired", "Citizens National Bank will acquire Citizens Bank, the banks said on Tuesday.",
     "Citizens Bank"),
    ("Harwick Airlines to cut 1,000 jobs", "Harwick Airlines will cut 1,000 jobs. Most of the cuts fall at Harwick Eagle "
     "Airlines, its regional arm.", "Harwick Airlines"),
    ("Brenner AG to cut jobs", "Brenner AG will cut 2,000 jobs worldwide, it said. Brenner Austria GmbH will lose 300 posts.",
     "Brenner AG"),
])
def test_a_name_sharing_words_with_a_longer_one_is_not_its_short_form(title, text, company):
    assert company in {e.company for e in detect_events(title, text)}


def test_a_founder_who_leaves_leaves_the_company_he_founded():
    events = detect_events("Bakery chain founder quits board", "Wen Dongli, who founded Xinhe Bakeries in 1998, has "
                           "resigned from the company's board, the company said.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Xinhe Bakeries"]


def test_a_place_is_not_the_name_of_the_unit_a_parent_closes():
    events = detect_events("Sound Depot shuts Mexican unit; 180 jobs go", "Sound Depot Inc. will close all 12 stores "
                           "of its Mexican subsidiary and lay off the 180 people who work there.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Sound Depot"]


def test_a_run_ending_in_a_peoples_adjective_describes_the_company_the_story_names():
    # ("Famed" is a common word and made a description already; "Storied" is a rarer one)
    events = detect_events("Storied Italian espresso brand finds new owner",
                           "A Shenzhen appliance group has bought Caffettiera Brunelli SpA, the struggling maker of "
                           "espresso machines.")
    assert "Storied Italian" not in {e.company for e in events}
    assert "Caffettiera Brunelli SpA" in {e.company for e in events}


def test_a_person_quoted_by_a_civic_role_is_not_the_company_that_cuts():
    events = detect_events("'A sad day for the valley'", "“A sad day for the valley,” said county councillor Mere "
                           "Tamati after Kowhai Fertiliser confirmed it will close its works, putting 60 people out of work.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Kowhai Fertiliser"]


def test_a_state_factory_cut_at_its_number_is_no_company():
    events = detect_events("", "The Hefei No. 3 Intermediate People's Court has accepted a bankruptcy petition "
                               "filed by creditors against Tongling Bus Co., a maker of city buses.")
    assert [e.company for e in events if e.kind == BANKRUPTCY] == ["Tongling Bus Co"]


def test_a_story_spanning_decades_tells_its_dated_events_as_history():
    profile = ("Kessock Looms was a Scottish maker of tweed, founded in 1951 and closed in 2003. It was acquired by the "
               "Halden group in 1978, and after its 1994 bankruptcy the brand was sold to a London distributor.")
    assert not detect_events("Kessock Looms", profile)
    # an event of now in the same kind of story stands: dated by the story's latest year, or by a word of now
    for now in ("In March 2026 it agreed to be acquired by Ostler Textiles.",
                "On Tuesday it agreed to be acquired by Ostler Textiles."):
        events = detect_events("Kessock Looms", f"Kessock Looms was founded in 1951, bought Fenwick Mills in 1978 and "
                                                f"Ardle Yarns in 1994. {now}")
        assert MERGER_ACQUISITION in {e.kind for e in events}, now


@pytest.mark.parametrize("title, text, kind", [  # (guards: ordinary news gives a few years)
    ("Veteran chief exits", "Pellham Foods said chief executive Jane Roe, who joined in 1998, resigned after 25 years. "
     "The company was founded in 1962. Sales fell in 2024.", EXECUTIVE_DEPARTURE),
    ("Retail giant's long decline ends in court", "Brightmart Stores filed for Chapter 11 bankruptcy protection in 2024, "
     "the largest retail bankruptcy since Toys R Us in 2017. The chain was founded in 1962 in Ohio.", BANKRUPTCY),
    ("Tech layoffs spread", "Ostler Software laid off 2000 employees, the company said. Founded in 1995, it had grown "
     "quickly through 2023.", LAYOFFS),
])
def test_ordinary_news_with_a_few_years_is_news(title, text, kind):
    assert kind in {e.kind for e in detect_events(title, text)}


def test_a_note_on_an_exit_is_about_that_exit_however_long_ago():  # (a guard: history is read only under a headline)
    note = ("When Walter Brisk announced at the 1996 shareholders meeting that he would step down as chief executive of "
            "Brisk Pump Co., he had run it since 1958. His successor had been with the company since 1971.")
    assert [e.kind for e in detect_events("", note)] == [EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text", [
    "Sad day 💔 / Garrow Bay Insurance is closing our Swansea office, and 60 of us will lose our jobs. / Ten good years.",
    "Sad day 💔\nGarrow Bay Insurance is closing our Swansea office, and 60 of us will lose our jobs.\nTen good years.",
])
def test_a_posts_lines_are_its_sentences(text):
    assert [e.company for e in detect_events("", text) if e.kind == LAYOFFS] == ["Garrow Bay Insurance"]


def test_a_slash_between_two_names_is_a_pair_not_a_line_break():
    assert combine._readable("the Holbrook Partners / Quarry Point merger / big news") == \
        "the Holbrook Partners / Quarry Point merger / big news"
    # (nor after a legal form's dot, nor does a hard-wrapped line after a trade mark's sign end a sentence)
    events = detect_events("", "Shareholders approved the Dunmore Corp. / Pellham Inc. merger on Tuesday.")
    assert {e.company for e in events} == {"Dunmore Corp", "Pellham Inc"}
    assert combine._readable("Acme Widgets®\nwill be acquired by Globex.") == "Acme Widgets® will be acquired by Globex."
    assert combine._readable("Big day! 🎉 / Kessock is now owned by Ostler.") == "Big day! 🎉. Kessock is now owned by Ostler."


def test_the_writers_furlough_by_a_named_company_is_its_layoffs():
    # (stated outright: the model, which has read no such post, does not veto it)
    assert [(e.kind, e.company) for e in detect_events("", "I have been furloughed by Stellan Hotels Group from today.")] \
        == [(LAYOFFS, "Stellan Hotels Group")]


def test_a_title_holders_employer_after_at_is_the_company_that_cuts():
    events = detect_events("", "As Head of HR at Dunmore Outfitters, I want to address today's news: we are reducing our "
                               "workforce by 8%, about 260 roles.")
    assert [e.company for e in events if e.kind == LAYOFFS] == ["Dunmore Outfitters"]


def test_a_post_at_a_firm_the_writer_hands_over_is_the_firm_left():
    events = detect_events("Transition announcement", "I'll be handing over the Managing Director role at Quenby Events "
                                                       "to Kofi Mensah on 1 September and leaving the business after 9 years.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Quenby Events"]


@pytest.mark.parametrize("title, text, company", [  # (guards)
    # a name ending in a place's people's word that is no headline's description
    ("Anglo American to cut 1,000 jobs at its mines", "Anglo American will cut about 1,000 jobs at its South African mines, "
     "the miner said on Tuesday.", "Anglo American"),
    # a civic role written into the run in Title Case is a person's
    ("", "“A sad day,” said County Councillor Mere Tamati after Kowhai Fertiliser confirmed it will close its works, "
     "putting 60 people out of work.", "Kowhai Fertiliser"),
])
def test_a_company_is_not_a_description_nor_a_quoted_official(title, text, company):
    assert company in {e.company for e in detect_events(title, text)}


def test_furloughed_by_a_month_is_no_company():  # (a guard)
    assert not detect_events("", "I was furloughed by March and my contract ended in June, so I started a bakery.")


@pytest.mark.parametrize("title, text, kind, company", [
    # a live blog's entry time and zone is no company
    ("09:45 JST — Sakurada Electronics -9%", "The company's president said he will resign over accounting irregularities.",
     EXECUTIVE_DEPARTURE, "Sakurada Electronics"),
    # a count spelled out where it opens a sentence
    ("", "Ninety-five weavers at Ashby Textiles received redundancy notices on Friday.", LAYOFFS, "Ashby Textiles"),
    # a name ending in two common words, the last a plural, is no person's ("Kinlough Meat Processors")
    ("Manager fired", "Workers at Kinlough Meat Processors cheered when the company said general manager Pat Doyle had "
     "been dismissed.", EXECUTIVE_DEPARTURE, "Kinlough Meat Processors"),
])
def test_a_live_blogs_time_a_spelled_count_and_a_trades_name(title, text, kind, company):
    assert [e.company for e in detect_events(title, text) if e.kind == kind] == [company]


@pytest.mark.parametrize("title, text, kind", [
    # a town's council in lower case is a public body
    ("Council issues section 114 notice", "Port Carrow council has effectively declared itself bankrupt, banning all new "
     "spending.", BANKRUPTCY),
    # a headline that undoes cuts, describing the company by the kind its name ends with
    ("Studio Scraps Planned Layoffs After Box Office Rebound", "Cobalt Reach Studios has shelved a planned round of job "
     "cuts after a string of summer hits.", LAYOFFS),
    # a debt swap that leaves the company with its owners
    ("Thurston Group agrees debt-for-equity swap with bondholders", "", MERGER_ACQUISITION),
])
def test_a_towns_council_and_a_headline_that_undoes_cuts(title, text, kind):
    assert [e for e in detect_events(title, text) if e.kind == kind] == []


@pytest.mark.parametrize("title, text, kind, companies", [
    # a memo's greeting is no name, and the sentence after it opens with what it says
    ("", "Hi everyone, Today Alcorn Freight and Summerby Transport announced a merger of equals.", MERGER_ACQUISITION,
     {"Alcorn Freight", "Summerby Transport"}),
    # a statement's words for a cut, stated whatever the model reads; the company's own name owning the team cut
    ("", "Hi all — I have difficult news. Today Nestleigh is parting ways with 38 teammates across sales.", LAYOFFS,
     {"Nestleigh"}),
    ("", "Team, Today we are reducing the size of Glimmerton's team by 12%, or about 85 people.", LAYOFFS, {"Glimmerton"}),
    # merger control's "sole control over"
    ("", "The Authority has cleared the operation by which Mirabeau Invest SA acquires sole control over Ionescu Retail SRL.",
     MERGER_ACQUISITION, {"Mirabeau Invest SA", "Ionescu Retail SRL"}),
])
def test_a_memos_greeting_its_words_for_a_cut_and_merger_controls_words(title, text, kind, companies):
    assert {e.company for e in detect_events(title, text) if e.kind == kind} == companies


@pytest.mark.parametrize("title, text, kind", [
    ("Fernway CEO to take eight-week medical leave; will return in March", "Fernway chief executive Dominic Harte told "
     "employees he will take a medical leave of absence until his return.", EXECUTIVE_DEPARTURE),
    ("Thurston Group agrees debt-for-equity swap with bondholders", "The holiday parks operator said the consensual deal, "
     "which cuts its borrowings by half, would be implemented without any court process.", MERGER_ACQUISITION),
])
def test_a_leave_with_a_return_and_a_debt_swap_are_no_events(title, text, kind):
    assert [e for e in detect_events(title, text) if e.kind == kind] == []


@pytest.mark.parametrize("title, text, kind, company", [
    # a rival named under a headline that describes another company by the rival's kind
    ("Bank rules out job cuts as profits rise", "Larchmoor Bank said on Tuesday it had no plans to reduce staff. Rival "
     "Fenwick Bank said last month it would cut 900 jobs.", LAYOFFS, "Fenwick Bank"),
    # a company named "Team", whatever a greeting looks like
    ("", "Team, Inc. said it will lay off 300 workers at its Texas plants.", LAYOFFS, "Team"),
    # a company taken over by its lenders in a debt-for-equity swap changes hands
    ("Halden Group to be taken over by its lenders in debt-for-equity swap", "", MERGER_ACQUISITION, "Halden Group"),
])
def test_what_the_new_readings_leave_alone(title, text, kind, company):
    assert company in {e.company for e in detect_events(title, text) if e.kind == kind}


@pytest.mark.parametrize("name, company", [
    ("Kinlough Meat Processors", True), ("Orlan Tool & Die", True),
    # a person, a public service, a body
    ("Robin Young Fields", False), ("Fort Worth Public Schools", False), ("Kent Social Services", False),
    ("Nevada Gaming Control Board", False),
])
def test_a_name_ending_in_two_common_words(name, company):
    assert combine._ends_in_common_words(name) is company


def test_a_greeting_opens_the_sentence_after_it():
    assert combine._readable("Hi everyone, Today Alcorn Freight agreed to buy Summerby.") == "Today Alcorn Freight agreed to buy Summerby."
    assert combine._readable("Team, we are cutting 85 roles.") == "we are cutting 85 roles."
    assert combine._readable("To all employees: Alcorn has agreed to be acquired.") == "Alcorn has agreed to be acquired."
    assert combine._readable("Team, Inc. said it will cut jobs.") == "Team, Inc. said it will cut jobs."


def test_a_spelled_count_opening_a_sentence():
    assert combine._readable('He said. Ninety-five weavers left. "Done." Twelve staff stayed.') == \
        'He said. 95 weavers left. "Done." 12 staff stayed.'
    assert combine._readable("Fifteen-two was the score.") == "Fifteen-two was the score."  # a unit only after tens


# ---- the thirty-third round: shapes the held-back and read sets showed (each in other, invented names)

@pytest.mark.parametrize("title, text", [
    ("Halvard Pumps to exit MidCap 400 after buyout", ""),
    ("Tollard Marine leaves ONX 25 after Brenner lifts stake to 71%", ""),
    ("", "The Kelso Exchange removed Pinmoor Homes Ltd from its official list on Friday."),
])
def test_a_company_leaving_an_index_or_a_list_is_read_as_no_ones_exit(title, text):
    assert not any(e.kind == EXECUTIVE_DEPARTURE for e in rules.detect_events(title, text))


@pytest.mark.parametrize("title, text", [
    # an exit a report told, called untrue
    ("", "Ardwell Group said a report that chief executive Mark Olsen planned to resign was 'without foundation'."),
    # an exit told as what came before the news
    ("Fenholt Clinics to lay off 90", "Fenholt Clinics will lay off 90 staff, weeks after its chief executive was replaced "
     "amid an audit."),
    ("Orrick Labs agrees sale to Tamber", "Tamber will buy Orrick Labs, a deal that ends the review Orrick began following "
     "the departure of its former CEO in May."),  # (a guard: the model alone leaves it out)
    ("Vexley Cement to file for insolvency", "Vexley Cement filed for insolvency. Its management board had been replaced "
     "in March after a special audit."),
    # someone who had left, and what else is told of them (a guard: the model alone leaves it out)
    ("Former Brackley CFO sentenced to four years", ""),
])
def test_no_exit_where_an_exit_is_denied_or_past(title, text):
    assert EXECUTIVE_DEPARTURE not in kinds(detect_events(title, text))


@pytest.mark.parametrize("title, text, company", [
    ("Tom Reyes leaves Orvane", "", "Orvane"),  # (a guard: a given name opens the run)
    ("Ousted Pellbrook chairman vows legal fight", "", "Pellbrook"),  # (a guard: the ouster's own news)
    ("Corvane appoints successor", "Corvane said chief executive Ines Marr will retire in June.", "Corvane"),
])
def test_exits_the_new_readings_leave_alone(title, text, company):
    assert company in {e.company for e in detect_events(title, text) if e.kind == EXECUTIVE_DEPARTURE}


@pytest.mark.parametrize("title, text", [
    ("Tamsin Resources buys Kimberley exploration tenements", ""),
    ("Harlow Exchange buys its Slough data centre from landlord", ""),  # (a guard: the model alone leaves it out)
])
def test_tenements_and_a_data_centre_bought_are_no_deal(title, text):
    assert MERGER_ACQUISITION not in kinds(detect_events(title, text))


@pytest.mark.parametrize("title, text, kind, company", [
    # a post's title before a company named in full is no company
    ("Pellmore plc: Directorate Change", "Pellmore plc announces that Janet Crewe, Senior Independent Director, has "
     "informed the Board of her intention to step down at the AGM.", EXECUTIVE_DEPARTURE, "Pellmore plc"),
    # a person with a post after a comma is no company that cuts
    ("", "'These decisions are never easy,' said Helen Marsh, chief executive of Corvane Software, which told employees on "
     "Monday it would reduce headcount by about 400 people, or 9%.", LAYOFFS, "Corvane Software"),
    # a lone name after a clause that holds a title
    ("After founder scandal, Quorvia lays off 30% of staff", "", LAYOFFS, "Quorvia"),
    # a lone name opening the sentence, the one who left named in full
    ("Market report: Tarvik slides as boss bows out", "Tarvik slumped 9% after the sudden departure of chief executive "
     "Lena Ostrow, who is leaving after a year.", EXECUTIVE_DEPARTURE, "Tarvik"),
    # a name joined to a participle describes another
    ("Orbin Games founder logs off", "Owen Pryce, who co-founded Orbin Games, has stepped down as chief executive of the "
     "AIM-listed developer.", EXECUTIVE_DEPARTURE, "Orbin Games"),
    # a lone name described in an aside as a company is
    ("Zelmora picks Doyle as next chief", "Zelmora, the FTSE 250 caterer, has named Rhea Doyle as its next chief executive. "
     "She will succeed Paul Imrie, who retires in June.", EXECUTIVE_DEPARTURE, "Zelmora"),
])
def test_the_company_of_an_event_the_model_reads(title, text, kind, company):
    assert company in {e.company for e in detect_events(title, text) if e.kind == kind}


@pytest.mark.parametrize("title, text, kind, wrong", [
    # a word the catalogue holds as a company ("Ouster"), written in lower case among capitalised names
    ("Brenlow drops Tarrant after CEO ouster", "Tarrant Corp. will leave the Brenlow 500 after its board fired chief "
     "executive Dan Hale.", EXECUTIVE_DEPARTURE, "ouster"),
    # a place describing the company the story names, and the one who left, are no company
    # (guards: read so before)
    ("A new chapter for Marlow's", "Managing director Peter Marlow will retire after 22 years leading the Harrogate "
     "furniture retailer, Marlow's said.", EXECUTIVE_DEPARTURE, "Harrogate"),
    ("Greenberg, the longtime chairman, retired on Friday", "", EXECUTIVE_DEPARTURE, "Greenberg"),
    # the review's cases: a person after a title's comma, a person described in an aside
    ("", "Its chief executive, Greenberg, said the company would cut 200 jobs.", LAYOFFS, "Greenberg"),
    ("", "Hollis, an industry veteran, takes over from chief executive Lena Ostrow, who is retiring.", EXECUTIVE_DEPARTURE,
     "Hollis"),
])
def test_no_company_the_new_readings_must_not_name(title, text, kind, wrong):
    events = detect_events(title, text)
    assert kind in kinds(events) and wrong not in {e.company for e in events if e.kind == kind}


@pytest.mark.parametrize("text, recased", [
    ("ok so tindle just got acquired by orvapay. lol", "ok so Tindle just got acquired by Orvapay. lol"),
    ("exec moves: dana reyes OUT as CFO of plumbix", "exec moves: Dana Reyes OUT as CFO of Plumbix"),
    ("halden systems group to buy morvo inc", "Halden Systems Group to buy Morvo Inc"),
    # a dictionary word and its endings, a word of three letters, a given name alone, a cashtag: as written
    ("the acquirer's ceo quit, tbh not shocked; tim said $glvx is next", "the acquirer's ceo quit, tbh not shocked; tim "
     "said $glvx is next"),
    # writing with capitals, or sentence case opening on an acronym: as written
    ("HHS to cut 900 jobs; biotech firms worry", "HHS to cut 900 jobs; biotech firms worry"),
    ("Tindle to buy orvapay", "Tindle to buy orvapay"),
])
def test_lower_case_writing_is_capitalised_where_it_names(text, recased):
    assert combine._recased(text) == recased


def test_lower_case_posts_name_their_companies_as_written():
    assert {(e.kind, e.company) for e in detect_events("", "ok so tindle just got acquired by orvapay. source: their blog")} \
        >= {(MERGER_ACQUISITION, "tindle"), (MERGER_ACQUISITION, "orvapay")}
    assert (EXECUTIVE_DEPARTURE, "plumbix", "dana reyes") in {(e.kind, e.company, e.person) for e in detect_events(
        "", "exec moves: dana reyes OUT as COO of plumbix after 18 mos. no replacement named")}


@pytest.mark.parametrize("title, text, kind, companies", [
    # the deal the subject agreed to, by its buyer, after an aside that names a place
    ("", "Harwick Water, the regional supplier serving 900,000 homes in the west of Scotland, last night agreed a £900m "
     "takeover by Pelican Utilities.", MERGER_ACQUISITION, {"Harwick Water", "Pelican Utilities"}),
    # removed by the owners' vote, in a proxy fight's words
    ("Activist unseats Pellham chairman", "", EXECUTIVE_DEPARTURE, {"Pellham"}),
])
def test_more_of_what_the_rules_read(title, text, kind, companies):
    assert {e.company for e in rules.detect_events(title, text) if e.kind == kind} == companies


def test_a_return_from_leave_is_no_exit():
    assert EXECUTIVE_DEPARTURE not in kinds(detect_events(
        "Tarrow CEO returns from leave after review", "Tarrow founder Ian Velde has returned to his role as chief "
        "executive after an independent review found no misconduct, ending a five-week leave of absence."))



@pytest.mark.parametrize("title, text, kind, company", [
    # the review's cases, read as before (guards)
    ("", "Kenbridge confirmed that its chief executive had been ousted in a boardroom coup.", EXECUTIVE_DEPARTURE, "Kenbridge"),
    ("Thorsten Fisher quits Halden", "", EXECUTIVE_DEPARTURE, "Halden"),
    ("", "Rivvet confirms reports that CEO resigned over false accounting", EXECUTIVE_DEPARTURE, "Rivvet"),
    ("Travel site trivago cuts 80 jobs", "", LAYOFFS, "trivago"),
    ("Blow for Kenbridge as chief executive Martin Vale quits", "", EXECUTIVE_DEPARTURE, "Kenbridge"),
    # and lower-case posts that open on "I", a label in capitals, or a name with a colon
    ("", "I think rivvet just got acquired by lumencart", MERGER_ACQUISITION, "rivvet"),
    ("", "PSA: lumencart laid off 200", LAYOFFS, "lumencart"),
    ("", "lumencart: we are laying off 10% of staff", LAYOFFS, "lumencart"),
])
def test_what_the_reviews_mends_keep(title, text, kind, company):
    assert company in {e.company for e in detect_events(title, text) if e.kind == kind}


@pytest.mark.parametrize("title", ["Activist fails to unseat Pellham chairman", "Elliott seeks to unseat Pellham chairman"])
def test_an_attempt_to_remove_is_no_exit(title):
    assert EXECUTIVE_DEPARTURE not in kinds(detect_events(title))


def test_an_agreed_recommended_takeover_by_a_buyer_is_the_subjects_sale():
    assert {(e.company, e.role) for e in rules.detect_events(
        "", "Harwick Water last night agreed a recommended £900m takeover by Pelican Utilities.")} == {
        ("Harwick Water", "target"), ("Pelican Utilities", "acquirer")}


@pytest.mark.parametrize("text, recased", [
    ("rivvet's svp of eng dana reyes leaving", "Rivvet's svp of eng Dana Reyes leaving"),
    ("imho rivvet's layoffs were overdue", "imho Rivvet's layoffs were overdue"),
    ("exec moves: cofounder and chro ana lind quits brewlytic", "exec moves: cofounder and chro Ana Lind quits Brewlytic"),
    ("biotech firms worry as HHS cuts 900 jobs", "biotech firms worry as HHS cuts 900 jobs"),
])
def test_titles_kinds_and_shorthand_stay_lower_case(text, recased):
    assert combine._recased(text) == recased


# ---------------------------------------------------------------- thirty-fourth round: crawls, slugs, captions, officials

@pytest.mark.parametrize("title, text, kind, company", [
    # a crawl's other items are stories of their own: the market's move is no stake in the deal
    ("TERNWAY TO MERGE WITH BOLLARD — SOURCES ... S&P 500 +0.6% ...", "", MERGER_ACQUISITION, "TERNWAY"),
    # a wire's slug is a label; the story names the company (a guard: the story named it before the slug was read)
    ("KESTRAN-INSOLVENCY/", "Perth builder Kestran Homes was placed into administration on Monday.", BANKRUPTCY,
     "Kestran Homes"),
    # an 8-K item's caption is the form's words; the company follows it
    ("", "8-K: Item 2.05 Costs Associated with Exit or Disposal Activities — Pardell Inc. approved a reduction in force of "
         "about 300 employees.", LAYOFFS, "Pardell Inc"),
    # the official who speaks is the setting; the company's cut is the news
    ("", "Governor Ruth Amsel said she was saddened that Brockway Textiles Company will close its Dunmore mill, resulting "
         "in the layoff of 210 workers, and said the Department of Labor will provide retraining.", LAYOFFS,
     "Brockway Textiles Company"),
    # a place describing a company named before is no company
    ("", "The state will protect the pensions of Halvard Steel Corp. workers after the Penrose Falls steelmaker filed "
         "for Chapter 11 protection.", BANKRUPTCY, "Halvard Steel Corp"),
    # a catalogue's name as a person's surname, the person described by a title after a comma
    ("", "Marta Kraft, outgoing chief executive of Dunlow Insurance Group, spoke at the annual meeting. Dunlow said "
         "she would be succeeded by Ian Pye.", EXECUTIVE_DEPARTURE, "Dunlow Insurance Group"),
])
def test_thirty_fourth_round_reads_the_company(title, text, kind, company):
    assert company in {e.company for e in detect_events(title, text) if e.kind == kind}


@pytest.mark.parametrize("title, text, kind", [
    # (the two ratings and the city's help are guards: no event on the code before this round either)
    ("Upgrade: Harlow Securities lifts Pemberton Foods to Buy", "", MERGER_ACQUISITION),
    ("", "Farrow Capital downgraded Brisket Labs to Sell from Hold, citing slowing sales.", MERGER_ACQUISITION),
    ("", "Anna Cole, chief executive of Trevane, leaves the courthouse in Hartford on Monday.", EXECUTIVE_DEPARTURE),
    ("MARSH-DEBT/", "Cinema chain Marsh Pictures swapped $400 million of debt for equity with bondholders, avoiding a "
                    "bankruptcy filing, the company said.", BANKRUPTCY),
    ("", "Governor Jane Roe said the state will lay off 500 workers.", LAYOFFS),
    ("", "Mayor Lin Ho said the city will provide assistance to the workers.", LAYOFFS),
])
def test_thirty_fourth_round_reads_no_event(title, text, kind):
    assert kind not in kinds(detect_events(title, text))


@pytest.mark.parametrize("text, readable", [
    # a bare price move after a cashtag is the post's market noise ("$BRKL" is also another company's ticker)
    ("$QLMR -41%: Quillmere Outdoor files for Chapter 11", "$QLMR: Quillmere Outdoor files for Chapter 11"),
    ("$QLMR 5% stake bought", "$QLMR 5% stake bought"),
    # an 8-K item's caption is the form's words, in lower case
    ("Item 2.05 Costs Associated with Exit or Disposal Activities — Pardell Inc. approved",
     "Item 2.05 costs associated with exit or disposal activities — Pardell Inc. approved"),
    ("ITEM 1.03 BANKRUPTCY OR RECEIVERSHIP. On May 1", "ITEM 1.03 bankruptcy or receivership. On May 1"),
])
def test_market_noise_and_a_forms_captions_are_read_as_what_they_are(text, readable):
    assert combine._readable(text) == readable


def test_the_first_item_of_a_crawl_is_the_headline():
    assert combine._first_item_of_a_crawl("ACME TO BUY GLOBEX ... GOLD UP 1% ... OIL FALLS ...", "Body.") == (
        "ACME TO BUY GLOBEX", "GOLD UP 1%. OIL FALLS. Body.")
    assert combine._first_item_of_a_crawl("Acme to buy Globex ... or not", "") == ("Acme to buy Globex ... or not", "")


@pytest.mark.parametrize("slug, is_one", [("GRANVILLE-DEBT/", True), ("AUSTRALIA-CONSTRUCTION/RECEIVERSHIP", True),
                                          ("ACME-DEAL/UPDATE 2", True), ("Acme/Globex deal", False),
                                          ("HALDEN / MORVO SET MERGER", False)])
def test_a_wire_slug_is_told_from_a_headline(slug, is_one):
    assert bool(combine._A_WIRE_SLUG.fullmatch(slug)) is is_one


@pytest.mark.parametrize("text, readable", [
    ("0:00 Markets 1:12 Orlo Health confirms $9 billion deal for Pavin Labs 4:30 Bond yields",
     "Markets. Orlo Health confirms $9 billion deal for Pavin Labs. Bond yields"),
    ("1. Shake-up at Corbel Data: CEO Rob Ash forced out; 2. Budget vote; 3. Mortgages",
     "Shake-up at Corbel Data: CEO Rob Ash forced out. Budget vote. Mortgages"),
    ("A) Airline cuts: Ternway Air to cut 900 jobs B) Jobless claims", "Airline cuts: Ternway Air to cut 900 jobs. Jobless claims"),
    ("At 9:30 Acme said it will buy Globex.", "At 9:30 Acme said it will buy Globex."),  # a guard: one time of day
])
def test_a_videos_chapters_and_a_programmes_running_order_are_items_of_their_own(text, readable):
    assert combine._readable(text) == readable


@pytest.mark.parametrize("title, text, kind, company", [
    # an alert's markup is no word of the story
    ("<b>Pellmoor</b> to cut 140 jobs at its Derry plant", "", LAYOFFS, "Pellmoor"),  # a guard (the names were read before)
    # the network a post was on is where it was told, not a company in it
    ("Quintrell confirms layoffs after employees post on LinkedIn", "", LAYOFFS, "Quintrell"),
])
def test_markup_and_the_network_posted_on(title, text, kind, company):
    assert {e.company for e in detect_events(title, text) if e.kind == kind} == {company}


def test_an_alerts_markup_is_dropped():
    assert combine._readable("<b>Summit</b> County to <em>eliminate</em> 140 positions") == \
        "Summit County to eliminate 140 positions"


# The thirty-fourth round's review: what its readings must leave as it was (guards, each passing on the code before)
@pytest.mark.parametrize("title, text, expected", [
    ("ACME/GLOBEX MERGER GETS EU NOD", "The European Commission approved the deal on Tuesday.",
     {(MERGER_ACQUISITION, "ACME"), (MERGER_ACQUISITION, "GLOBEX")}),
    ("", "Governor Tom Hale says he will cut 2,000 jobs to balance the budget.", set()),
    ("", "Senator Jane Roe said she filed for bankruptcy after her business failed.", set()),
    ("", "Senator Tom Hale called on Acme Corp chief executive Jane Roe to step down.", set()),
    ("", "Acme Corp is racing to avoid a bankruptcy filing as it runs out of cash.", {(BANKRUPTCY, "Acme Corp")}),
    ("", "Halvard Shipyards said the government will cut its naval orders, forcing the company to lay off 300 workers.",
     {(LAYOFFS, "Halvard Shipyards")}),
    ("", "Premier Oil will cut 300 jobs in Aberdeen, the company said.", {(LAYOFFS, "Premier Oil")}),
    ("", "Jane Roe, chief executive of Northvale Hospital, is leaving the hospital after nine years, the board said.",
     {(EXECUTIVE_DEPARTURE, "Northvale Hospital")}),
    ("Space startup to go public in $1.2 billion SPAC deal", "Skyforge Peak Acquisition Corp., which listed in a $200 "
     "million IPO in 2021, will take Orbitron Space Systems public.",
     {(MERGER_ACQUISITION, "Orbitron Space Systems"), (MERGER_ACQUISITION, "Skyforge Peak Acquisition Corp")}),
    ("", "Jane Roe, the town's longtime bank manager, will retire from Harlow Savings Bank in June.",
     {(EXECUTIVE_DEPARTURE, "Harlow Savings Bank")}),
    ("Acme Corp CEO resigns: Two years ago she promised a turnaround", "", {(EXECUTIVE_DEPARTURE, "Acme Corp")}),
    ("$KSSL - 15% stake in Kessling Group bought by Harlow Capital", "", set()),
    ("Acme Corp To Buy ... Globex Inc In $2 Billion Deal", "",
     {(MERGER_ACQUISITION, "Acme Corp"), (MERGER_ACQUISITION, "Globex Inc")}),
])
def test_what_the_thirty_fourth_reviews_mends_keep(title, text, expected):
    assert {(e.kind, e.company) for e in detect_events(title, text)} == expected


def test_a_department_that_will_also_help_cuts_nothing():
    assert {(e.kind, e.company) for e in detect_events("", "Brockway Textiles will lay off 210 workers, and the Department "
                                                           "of Labor will also provide retraining.")} == \
        {(LAYOFFS, "Brockway Textiles")}


@pytest.mark.parametrize("text", ["Trading was halted at 10:30 EST and resumed at 11:45 EST.",
                                  "Holders of the (Class B) Shares voted.", "Plan B) Fitness opened."])
def test_times_of_day_and_lettered_names_are_no_items(text):  # guards
    assert combine._readable(text) == text


def test_a_long_capitalised_title_with_a_slash_is_read_at_once():
    # an open-ended repetition in the slug's pattern backtracked for minutes on such a title
    assert combine._A_WIRE_SLUG.fullmatch("ACME/" + "A" * 40 + "!") is None
    assert combine._A_WIRE_SLUG.fullmatch("ACME-" + "A B " * 40 + "!") is None


@pytest.mark.parametrize("title, text, company", [
    # the company's own plant by its place, where the company is named to be the one (failed before 2026-12-07)
    ("", "On March 3, Dellbrook Motors announced it would idle its Saginaw assembly plant and lay off 900 hourly workers.",
     "Dellbrook Motors"),
    ("", "Carrow Mills said it would close its Rockhill, South Carolina textile plant and eliminate about 450 jobs.",
     "Carrow Mills"),
])
def test_a_cuts_company_is_not_its_plants_place(title, text, company):
    assert {event.company for event in detect_events(title, text) if event.kind == LAYOFFS} == {company}


@pytest.mark.parametrize("title, text, kind, company", [
    # a shareholder-rights firm announcing is not the company its notice is about (failed before 2026-12-07)
    ("Harrow Pike LLP Reminds Investors of Class Action Against Tessaly Biotech, Inc. (TSLB)",
     "On May 2, 2021, Tessaly disclosed that Chief Executive Officer Dr. Ann Morrow had resigned, effective immediately.",
     EXECUTIVE_DEPARTURE, "Tessaly Biotech"),
    ("Quennell Ward LLC Announces Investigation of Saltcoat Cruises (SLTC) Following Chapter 11 Filing", "",
     BANKRUPTCY, "Saltcoat Cruises"),
])
def test_a_shareholder_firms_notice_names_the_company_it_is_about(title, text, kind, company):
    assert {event.company for event in detect_events(title, text) if event.kind == kind} == {company}


def test_a_company_announcing_its_own_news_is_still_the_company():  # a guard
    events = detect_events("Brannock Tools Announces Retirement of Chief Executive Officer", "")
    assert {event.company for event in events if event.kind == EXECUTIVE_DEPARTURE} == {"Brannock Tools"}


def test_a_described_subject_of_a_sale_is_the_company_the_story_names():
    events = detect_events("", "Administrators for Pembroke Toys Ltd. said the British toy retailer's business and 42 stores "
                               "had been sold to Speelhuis Groep of the Netherlands.")
    assert {(event.company, event.role) for event in events if event.kind == MERGER_ACQUISITION} == {
        ("Pembroke Toys Ltd", ROLE_TARGET), ("Speelhuis Groep", ROLE_ACQUIRER)}


@pytest.mark.parametrize("text, kind, company", [
    # an employer review's stars, reviewer's line and section labels are furniture (the second failed before 2026-12-07)
    ("2.0 ★ Current Employee - QA Engineer, 3-5 years. Pellory Software laid off another 12% this morning, mostly QA. "
     "Advice to management: stop saying 'we're a family'.", LAYOFFS, "Pellory Software"),
    ("1.0 ★ Former Employee - Store Manager, 5-10 years. Brackwater's filed Chapter 11 last week and vendors stopped "
     "shipping to us.", BANKRUPTCY, "Brackwater"),
])
def test_an_employer_reviews_furniture_names_no_company(text, kind, company):
    companies = {event.company for event in detect_events("", text) if event.kind == kind}
    assert company in companies and not {"Current Employee", "Former Employee", "Pros", "Cons"} & companies


def test_a_review_label_is_read_only_as_a_label():  # a guard: the review's words elsewhere are left as written
    text = "Employee-owned Harlow Mills (Cons: none) agreed to buy Globex Corp."
    assert combine._readable(text) == text


@pytest.mark.parametrize("title, text, company, person", [
    # an exchange's record of a director's or an officer's change, field by field (failed before 2026-12-07)
    ("Change - Announcement of Cessation::Cessation of Chief Financial Officer",
     "Issuer: Tembusu Precision Ltd. Name of person: Lim Wei Han. Job title: Chief Financial Officer. Date of cessation: "
     "30/06/2016. Reason for cessation: Resigned to pursue other opportunities.", "Tembusu Precision Ltd", "Lim Wei Han"),
    ("KENANGA DELIMA BERHAD - Change in Boardroom",
     "Date of change: 01 Apr 2013. Name: Encik Faizal bin Osman. Age: 61. Nationality: Malaysian. Type of change: "
     "Retirement. Designation: Managing Director. Directorate: Executive.", "KENANGA DELIMA BERHAD", "Osman"),
])
def test_an_exchanges_record_of_a_departure(title, text, company, person):
    exits = [event for event in detect_events(title, text) if event.kind == EXECUTIVE_DEPARTURE]
    assert [event.company for event in exits] == [company] and person in (exits[0].person or "")


def test_an_exchanges_record_of_an_appointment_is_no_departure():  # a guard
    text = ("Date of change: 01 Apr 2013. Name: Encik Faizal bin Osman. Age: 61. Type of change: Appointment. "
            "Designation: Managing Director. Directorate: Executive.")
    assert not [event for event in detect_events("KENANGA DELIMA BERHAD - Change in Boardroom", text)
                if event.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("headline, company", [
    # a listed company's announcement under its name in capitals is no dateline (failed before 2026-12-07)
    ("WING TAI LOK INDUSTRIAL HOLDINGS LIMITED - DEATH OF EXECUTIVE DIRECTOR", "WING TAI LOK INDUSTRIAL HOLDINGS LIMITED"),
    ("PERDANA SUTERA PLANTATIONS BERHAD - Change in Boardroom", "PERDANA SUTERA PLANTATIONS BERHAD"),
])
def test_an_announcements_issuer_in_capitals_is_named(headline, company):
    assert combine._companies_named(headline)[0][:1] == [company]


def test_a_datelines_place_in_capitals_is_still_no_company():  # a guard
    assert "HOUSTON" not in combine._companies_named("HOUSTON - Brannock Tools said it would cut jobs")[0]


def test_the_cuts_own_nouns_are_no_kind_of_employer():
    # "The closures" tells the story's own closures, no kind of employer in general (failed before 2026-12-07)
    assert combine._hard_negative(LAYOFFS, "The closures will affect approximately 380 employees, who will be offered "
                                           "termination benefits.") is None
    assert combine._hard_negative(LAYOFFS, "Retailers have cut 40,000 jobs this year.") is not None  # a guard


@pytest.mark.parametrize("title, text, kind, company", [
    # a cut told in the law's words is read whatever the model scores (failed before 2026-12-07)
    ("Disclosure under Regulation 30", "Narmada Garments Limited wishes to inform that the Company has implemented a "
     "Voluntary Retirement Scheme and has separated 520 employees at its Surat facility.", LAYOFFS, "Narmada Garments Limited"),
    # an Indian tribunal by its letters is no company
    ("Operational creditor's plea: NCLT Kochi admits Periyar Engineering to CIRP", "", BANKRUPTCY, "Periyar Engineering"),
])
def test_indias_filings_and_cuts_name_the_company(title, text, kind, company):
    assert {event.company for event in detect_events(title, text) if event.kind == kind} == {company}


def test_a_companys_own_notice_is_still_its_own():
    # the session's review: a company announcing its own investigation is no shareholder-rights firm (2026-12-07)
    events = detect_events("Pellow Therapeutics Launches Investigation Into CEO Conduct; Chief Executive Steps Down", "")
    assert {event.company for event in events if event.kind == EXECUTIVE_DEPARTURE} == {"Pellow Therapeutics"}


@pytest.mark.parametrize("title, text", [
    # the session's review: an appointment's record, with a title or none (2026-12-07)
    ("TEMBUSU LTD - Change in Principal Officer", "Name of person: Lim Wei Han. Job title: Chief Executive Officer. "
     "Date of appointment: 01/07/2016. Remarks: succeeds Mr Tan Boon Huat, who retired."),
    (None, "Date of change: 01 Apr 2013. Name: Encik Faizal bin Osman. Type of change: Appointment. "
           "Designation: Managing Director. Directorate: Executive."),
])
def test_an_exchanges_record_of_no_departure(title, text):
    assert not [event for event in detect_events(title, text) if event.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("word", ["FY16", "4Q2008", "mgmt", "COVID-19", "INDEPENDENT NON-EXECUTIVE"])
def test_a_period_an_abbreviation_or_a_titles_words_are_no_company(word):
    # (failed before 2026-12-07: analysts' "mgmt" and "FY16", an exchange's "INDEPENDENT NON-EXECUTIVE DIRECTOR")
    assert combine._junk_name(word)


@pytest.mark.parametrize("title, text, kind, companies", [
    # a headline naming a kind in the plural; its story names the pair (failed before 2026-12-08)
    ("Hauliers in merger talks", "Solent road haulier Wightlink Transport is understood to be in advanced talks to merge "
     "with Portsmouth-based rival Hamble Carriers, creating a fleet of 300 lorries.", MERGER_ACQUISITION,
     {"Wightlink Transport", "Hamble Carriers"}),
    # a place describing the name after it, however many words it has (failed before 2026-12-08)
    ("Mill to shed 90 jobs", "Forest of Dean sawmill operator Cinderford Timber is to cut 90 jobs at its Lydney "
     "yard after orders fell.", LAYOFFS, {"Cinderford Timber"}),
    # the company that dismisses its officer, however much its name looks like a person's (failed before 2026-12-08)
    ("Finance director sacked at Wrexham firm", "Gresford Polymers has dismissed finance director Alun Pritchard "
     "after an internal investigation, the company confirmed.", EXECUTIVE_DEPARTURE, {"Gresford Polymers"}),
    # a listing's aside on a market of two words: neither the market nor the ticker is a company (failed before 2026-12-08)
    ("Quillmark Biotech Provides Liquidity Update", "Quillmark Biotech Inc. (OTC Pink: QLMB) disclosed that, absent new "
     "financing, it may be forced to seek protection under the U.S. Bankruptcy Code.", BANKRUPTCY, {"Quillmark Biotech Inc"}),
    ("Tarnfield Motors Names New Chief Executive", "Tarnfield Motors Inc. (OTC Pink: TRNF) announced that its board has "
     "appointed Ada Voss as Chief Executive Officer, succeeding co-founder Glen Rusk, who will step down from all officer "
     "positions.", EXECUTIVE_DEPARTURE, {"Tarnfield Motors Inc"}),
    # the listing's aside ends no sentence, so its company and its own mine stay in one (failed before 2026-12-08)
    ("Copper Vale Mining Suspends Operations", "Copper Vale Mining Co. (OTC Pink: CVMC) has placed its Blue Ridge "
     "underground mine on care and maintenance and laid off 60 of its 75 employees.", LAYOFFS, {"Copper Vale Mining Co"}),
])
def test_the_company_a_story_names_for_its_headline(title, text, kind, companies):
    assert {event.company for event in detect_events(title, text) if event.kind == kind} == companies


@pytest.mark.parametrize("title, text, company, person", [
    # a registry's filing of an officer leaving, the company by its number or its field (failed before 2026-12-08)
    ("TM01 – Termination of appointment of Morag Elspeth Kerr as a director on 3 May 2015",
     "Company: Lochside Joinery Limited (SC301122). Filed 8 May 2015.", "Lochside Joinery Limited", "Morag Elspeth Kerr"),
    ("", "Termination of appointment of Peter Alan Greaves as a director on 9 June 2019 – Holloway Signs Limited "
         "(05512398).", "Holloway Signs Limited", "Peter Alan Greaves"),
    ("", "Form 288 – Notice of change of directors or secretaries: resignation of Mr Dennis Arthur Coole as director of "
         "Coole Haulage Holdings Limited (01554320) with effect from 30.06.98.", "Coole Haulage Holdings Limited",
     "Dennis Arthur Coole"),
    ("Officers: Barnstaple Marine Limited", "TREGEAR, Nigel Paul. Role: Director (Resigned). Appointed on 1 March 2004. "
     "Resigned on 31 July 2017.", "Barnstaple Marine Limited", "Nigel Paul Tregear"),
])
def test_a_registrys_filing_of_an_officer_leaving(title, text, company, person):
    events = [event for event in detect_events(title, text) if event.kind == EXECUTIVE_DEPARTURE]
    assert [(event.company, event.person) for event in events] == [(company, person)]


def test_a_registrys_filing_of_an_appointment_is_no_departure():
    # a guard: the registry's form for a new director tells nobody leaving
    assert not [event for event in detect_events("AP01 – Appointment of Morag Elspeth Kerr as a director on 3 May 2015",
                                                 "Company: Lochside Joinery Limited (SC301122).")
                if event.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("title, text, company", [
    # England's courts by their parts and an insolvency practitioner's firm are no company (failed before 2026-12-08)
    ("Appointment of Administrators", "In the High Court of Justice, Chancery Division, Bristol District Registry, No 2231 of 2012. WESTLEIGH JOINERY "
     "LIMITED (Company Number 04412877). Date of Appointment of Joint Administrators: 3 May 2012.", "WESTLEIGH JOINERY LIMITED"),
    ("Petitions to Wind Up (Companies)", "In the High Court of Justice, Business and Property Courts of England and Wales, Insolvency and Companies List (ChD), "
     "No CR-2020-001234. In the Matter of HOLMER FABRICATIONS LIMITED (Company Number 08812345). A Petition to wind up the "
     "above-named Company was presented on 4 March 2020.", "HOLMER FABRICATIONS LIMITED"),
    ("Resolutions for Winding-up", "TRURO PRINT WORKS LIMITED (Company Number 07734561). The Company cannot, by reason of its liabilities, continue its "
     "business and it is to be wound up voluntarily, and Ann Pellow (IP No 11021) of Kenwyn Recovery be appointed "
     "liquidator of the Company.", "TRURO PRINT WORKS LIMITED"),
])
def test_a_gazette_notice_names_its_company(title, text, company):
    assert {event.company for event in detect_events(title, text) if event.kind == BANKRUPTCY} == {company}


@pytest.mark.parametrize("title, text, company", [
    # an exchange's announcement of a death or a resignation, the company its subject (failed before 2026-12-08)
    ("Passing of Director", "Matai Timber Limited advises with regret that independent director Hemi Walker passed away on "
     "2 March 2019. The Board extends its sympathy to his family.", "Matai Timber Limited"),
    ("", "It is with deep sadness that the board of Gidgee Pastoral Company Limited advises of the sudden passing of its "
         "Executive Chairman, Mr Alan Pruett, on 9 June 2011.", "Gidgee Pastoral Company Limited"),
    ("", "Coldwater Mining Corp. (OTC Pink: CWMC) regrets to announce the death of director Harold Vance on March 3, 2014.",
     "Coldwater Mining Corp"),
    # hired away by a rival, the employer left (failed before 2026-12-08)
    ("", "Fernhill Stores' chief digital officer, Piotr Nowak, has been poached by a rival; Fernhill says a search is under "
         "way.", "Fernhill Stores"),
])
def test_an_announced_death_or_a_poached_officer_is_a_departure(title, text, company):
    assert {event.company for event in detect_events(title, text) if event.kind == EXECUTIVE_DEPARTURE} == {company}


@pytest.mark.parametrize("title, text, companies", [
    # a people's or a place's adjective before a kind describes the name after it (failed before 2026-12-08)
    ("", "Norway's Havbruk Nord has completed its $300 million takeover of Tasmanian oyster farmer Pittwater Shellfish.",
     {"Pittwater Shellfish", "Havbruk Nord"}),
    # a bid under review by its target (failed before 2026-12-08)
    ("", "Ironbark Mining's board is reviewing a $4bn approach from Kurosawa Metals, which it had declined to engage with.",
     {"Ironbark Mining", "Kurosawa Metals"}),
    # an acqui-hire, however the model scores a word it has hardly seen (failed before 2026-12-08)
    ("Exits", "• Snapwren, the four-person photo-sharing app, was acquihired by Lumora. The app shuts down Friday.",
     {"Snapwren", "Lumora"}),
])
def test_deals_told_in_the_press_of_other_places_and_trades(title, text, companies):
    assert {event.company for event in detect_events(title, text) if event.kind == MERGER_ACQUISITION} == companies


@pytest.mark.parametrize("title, text", [
    # a deal dated in the past by its possessive, and a failed company's plants sold (failed before 2026-12-08)
    ("Earnings", "Wexley Industrial beat on Q3, lifting guidance on the integration of last year's Portcullis acquisition."),
    ("Bankruptcies", "A judge approved the sale of Ferncombe Mills' flour plants to Stavbruk Grain for $140m."),
])
def test_a_deal_of_the_past_or_a_property_sold_is_no_deal(title, text):
    assert not [event for event in detect_events(title, text) if event.kind == MERGER_ACQUISITION]


def test_a_business_of_its_possession_is_still_a_deal():
    # a guard: "Morvo's hotels business" is a going concern, not its hotels
    assert {event.company for event in rules.detect_events("", "Halden agreed to buy Morvo's hotels business.")} == \
        {"Morvo", "Halden"}


@pytest.mark.parametrize("title, text, kind", [
    # a headline's exit or cuts are the item's news; a deal its story names is the setting (failed before 2026-12-08)
    ("Brandwell Foods announces CFO transition", "Brandwell Foods Inc. (NYSE: BWF) said Chief Financial Officer Ann Mott "
     "will leave the company on June 30. The company is searching for a successor while it awaits European Commission "
     "clearance of its acquisition of Dutch snack maker Kuiper Snacks.", EXECUTIVE_DEPARTURE),
    ("Cardale Foods to close Leeds factory", "Cardale Foods plc is to close its Leeds biscuit factory with the loss of "
     "around 450 jobs. Cardale said the move was unrelated to the CMA's investigation into its proposed purchase of "
     "Milford Baking.", LAYOFFS),
])
def test_a_deal_in_the_story_under_another_kinds_headline_is_its_setting(title, text, kind):
    events = detect_events(title, text)
    assert kind in {event.kind for event in events}
    assert MERGER_ACQUISITION not in {event.kind for event in events}


def test_a_deal_under_a_filings_headline_is_still_news():
    # a guard: a procedure's deal is its news ("rescues ... out of administration")
    events = detect_events("Pixley Lane rescues Harlow & Finch out of administration, saving 40 stores",
                           "Shoe retailer Pixley Lane has bought the business of Harlow & Finch from its administrators in a "
                           "pre-pack deal, keeping 40 of its 62 stores open.")
    assert MERGER_ACQUISITION in {event.kind for event in events}


@pytest.mark.parametrize("title, text, kind, company", [
    # continental Europe's words in English: a chairman who lays down his office, a pair's fusion (failed before 2026-12-08)
    ("", "Dr. Helmut Kranz has laid down his office as chairman of the supervisory board of Wendel Stahlbau AG with effect "
         "from the end of the general meeting.", EXECUTIVE_DEPARTURE, "Wendel Stahlbau AG"),
    ("", "The boards of Grupo Lácteo Norte and Industrias Lácteas Riojanas approved their fusion on Monday.",
     MERGER_ACQUISITION, "Grupo Lácteo Norte"),
])
def test_european_words_for_an_exit_and_a_merger(title, text, kind, company):
    assert company in {event.company for event in detect_events(title, text) if event.kind == kind}


def test_physics_fusion_is_no_deal():
    # a guard
    assert not [event for event in detect_events("", "Helion Fusion raised $500 million to build its fusion reactor.")
                if event.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("title, text, kind, company", [
    # the session's review (2026-12-08): a registered name is read case by case, never from the clause's first word
    ("", "Notice of change of directors. On 30 June 1998 the resignation of Mr Dennis Arthur Coole as director of Coole "
         "Haulage Holdings Limited (01554320) took effect.", EXECUTIVE_DEPARTURE, "Coole Haulage Holdings Limited"),
    # a company named "... Courts" is a company
    ("Eastfield Courts collapses", "Eastfield Courts, which builds sports halls, has collapsed into administration.",
     BANKRUPTCY, "Eastfield Courts"),
    # a deal under a filing's headline with cuts in it is still news
    ("Pixley Lane rescues Harlow & Finch out of administration, 22 jobs lost", "Shoe retailer Pixley Lane has bought the "
     "business of Harlow & Finch from its administrators in a pre-pack deal.", MERGER_ACQUISITION, "Harlow & Finch"),
    # shares bought by a named buyer with control are a takeover
    ("", "The Morvo shares were bought by Halden Group on Friday, giving it control of the company.", MERGER_ACQUISITION,
     "Morvo"),
])
def test_the_reviews_readings_stand(title, text, kind, company):
    assert company in {event.company for event in detect_events(title, text) if event.kind == kind}


def test_a_long_announcement_is_read_without_backtracking():
    # the session's review: a registered name's pattern once backtracked for minutes on such text (a guard that it
    # reads nothing from it, and returns)
    text = ("Tarka Holdings plc announces the resignation of Jane Moss as a director of the Company with effect from the "
            "close of the annual general meeting of the Company and the Board of the Company thanks her for the work of "
            "the Company and for the support of the staff of the Company over the years. ") * 3
    assert combine._a_filings_departure("", text) is None


@pytest.mark.parametrize("text", [
    "Halden Energy and Morvo Power signed a fusion agreement to build a demonstration reactor together.",
])
def test_a_fusion_agreement_for_a_reactor_is_no_deal(text):
    assert not [event for event in detect_events("", text) if event.kind == MERGER_ACQUISITION]
