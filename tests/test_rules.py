"""The detector, table-driven: every headline we ever got wrong is a row here or in tests/files/labeled/."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.detection import rules
from pipeline.detection.rules import detect_events
from pipeline.companies import normalize_name
from pipeline.constants import EXECUTIVE_DEPARTURE, MERGER_ACQUISITION

from support import FILES, REPO, best_seconds

KIND = {"merger": MERGER_ACQUISITION, "departure": EXECUTIVE_DEPARTURE}
LABELLED = [json.loads(line) for name in ("headlines.jsonl", "heldout.jsonl", "fresh.jsonl", "heldout2.jsonl",
                                                     "heldout3.jsonl", "heldout4.jsonl")
            for line in (FILES / "labeled" / name).read_text("utf-8").splitlines() if line.strip()]


def run(row: dict):
    return detect_events("", row["text"]) if row["field"] == "text" else detect_events(row["text"])


@pytest.mark.parametrize("row", LABELLED, ids=[row["text"][:60] for row in LABELLED])
def test_labelled_row(row):
    events = run(row)
    kinds = {event.kind for event in events}
    wanted = KIND.get(row["label"])
    if wanted is None:
        assert kinds == set(), [e.to_dict() for e in events]
        return
    assert kinds == {wanted}, [e.to_dict() for e in events]
    if row.get("company"):
        # A possessive's "'s" is dropped ("McDonald's fires" -> "McDonald"); resolution puts it back.
        def key(name):
            return normalize_name(name).removesuffix("s")
        assert key(row["company"]) in [key(e.company) for e in events if e.kind == wanted]
    assert all(event.reason for event in events)


# (headline, company, role, stage, counterparty)
DEALS = [
    ("Microsoft to acquire Activision Blizzard for $69 billion", "Activision Blizzard", "target", "announced",
     "Microsoft"),
    ("Microsoft to acquire Activision Blizzard for $69 billion", "Microsoft", "acquirer", "announced",
     "Activision Blizzard"),
    ("MICROSOFT TO ACQUIRE ACTIVISION BLIZZARD FOR $69 BLN", "ACTIVISION BLIZZARD", "target", "announced", "MICROSOFT"),
    ("Broadcom completes acquisition of VMware", "VMware", "target", "completed", "Broadcom"),
    ("Adobe calls off $20 billion Figma deal", "Figma", "target", "terminated", "Adobe"),
    ("Peloton explores sale as losses mount", "Peloton", "target", "rumored", None),
    ("Intel in talks to acquire Tower Semiconductor", "Tower Semiconductor", "target", "rumored", "Intel"),
    ("Pfizer and Seagen to merge in all-stock deal", "Pfizer", "merger", "announced", "Seagen"),
    ("Cerner agrees to be acquired by Oracle", "Cerner", "target", "announced", "Oracle"),
    ("Buffett's Berkshire Hathaway to buy Alleghany", "Berkshire Hathaway", "acquirer", "announced", "Alleghany"),
    ("Nvidia's Arm deal collapses", "Arm", "target", "terminated", "Nvidia"),
    # shapes first missed on real headlines of 2022-24, here with made-up companies
    ("Kessler agrees to $15 billion buyout by Marlowe consortium", "Kessler", "target", "announced", "Marlowe"),
    ("Hakone Steel completes acquisition of U.S. Tubing", "U.S. Tubing", "target", "completed", "Hakone Steel"),
    ("Corvid wraps up $14 billion Tallis deal", "Tallis", "target", "completed", "Corvid"),
    ("Brisa sweetens offer for Tolland Foods", "Tolland Foods", "target", "rumored", "Brisa"),
    ("Velmar and Cardew terminate merger agreement after court loss", "Cardew", "merger", "terminated", "Velmar"),
    ("Orchard-backed Deskly to be taken private", "Deskly", "target", "announced", None),
    ("Halvor, Quintis revive merger talks", "Quintis", "merger", "rumored", "Halvor"),
    # a place or a trade in capitals describing the target, then its name ("Texas" and "Midwest HVAC" are no company)
    ("Halden buys Texas software maker Morvo", "Morvo", "target", "announced", "Halden"),
    ("Stonebrook scoops up Midwest HVAC contractor Coldwater Mechanical", "Coldwater Mechanical", "target",
     "announced", "Stonebrook"),
    # Title Case's description before the name, which the name's run leaves out
    ("Halden Buys Solar Panel Maker Brightacre", "Brightacre", "target", "announced", "Halden"),
]


@pytest.mark.parametrize("sentence, companies", [
    ("Peregrine Analytics is joining the Ostrander Group family", {"Peregrine Analytics", "Ostrander Group"}),
    ("Today Peregrine Analytics officially becomes part of Ostrander Group",
     {"Peregrine Analytics", "Ostrander Group"}),
    # a person joins as staff; a company not named as one may be a partner
    ("Jane Roe joins the Ostrander Group family as CFO", set()),
    ("Excited to be joining the Ostrander Group family!", set()),
])
def test_a_company_joining_a_groups_family_or_becoming_part_of_it_is_taken_in(sentence, companies):
    assert {e.company for e in detect_events(sentence) if e.kind == MERGER_ACQUISITION} == companies


@pytest.mark.parametrize("headline, target", [
    ("Corrie family weighs sale of Tuscan winemaker Villa Brunetta", "Villa Brunetta"),
    ("Halden explores sale of Morvo Software", "Morvo Software"),
    # its own unit is the seller's news (our labels' convention), and the company for sale when nothing follows
    ("Halden explores sale of its Morvo payments unit", "Halden"),
    ("Halden Weighs Sale of Outdoor Gear Division", "Halden"),
    ("Halden is exploring a sale of the company", "Halden"),
    ("City talk: Halden sounds out buyers for payments arm", "Halden"),
])
def test_a_sale_process_of_a_named_company_puts_that_company_up_for_sale(headline, target):
    assert {e.company for e in detect_events(headline) if e.role == "target"} == {target}


@pytest.mark.parametrize("headline", [
    "Codewren paid $410,000 for Stackyard Academy's curriculum, trademarks and 300 laptops",
    "Halden buys Morvo's recipes and trademarks",
    "Corvane Machinery buys the shuttered plant's equipment",
    "Ospray Air buys Tern Coast's Heathrow slots for $95 million",  # a place's name describing the things
    "Cheongsan Shipping has bought five 6,500 TEU container ships from the receivership estate",  # a count's thousands
    "Hackleberry Resources buys non-operated Bakken interests for $210 million",  # a partner's share of wells
    "Harlow REIT acquires logistics park from Oxley Estates for $210m",  # a park of warehouses is property
])
def test_a_companys_things_bought_without_it_are_no_deal(headline):
    assert not detect_events(headline)


def test_a_companys_counted_homes_bought_as_a_going_concern_stay_a_deal():
    # (a guard: a count after the possessive is read by the counted things' own rule, which spares businesses)
    assert rules._a_companys_thing(" Castlemere Care's 14 care homes out of administration") is False


@pytest.mark.parametrize("headline, target", [
    ("Halden buys Morvo's payroll unit", "Morvo"),
    ("Halden agrees to buy Morvo's parent", "Morvo"),
    ("Halden to buy Morvo's consumer health business for $2 billion", "Morvo"),
])
def test_a_companys_business_or_its_owner_bought_is_a_deal(headline, target):
    assert target in {e.company for e in detect_events(headline) if e.role == "target"}


@pytest.mark.parametrize("sentence", [
    "Judge who presided over major retail bankruptcies to retire",
    "FDA drug center director to step down",
    "The director of the FDA's drug center will leave the agency at the end of the month",
    "Teamsters local president steps down after 18 years",
    # banking's agencies spelled out, and posts a government's by their names
    "Tom Reyes, chairman of the Federal Deposit Insurance Corp., said he will leave the agency in June",
    "Comptroller of the Currency resigns",
    "Nevada state CIO resigns after modernization delays",
    "chairman of the general works council at kessler axles will retire",
    "Shinji Tori, chairman of the Kaigana Denki Workers' Union, said he will step down",
    "FSC chairman offers to resign over savings bank failures",
    "Screenwriters' Guild President Won't Seek Re-Election",
    "Seoyan Eagles manager steps down after losing season",
    # a union's own titles as the exit's subject, whoever led a workers' union, a regulator's or a watchdog's head
    "General secretary Ron Tallis to retire after 18 years",
    "Regional secretary steps down",
    "Tallis, who has led the Transport and Allied Workers' Union since 1987, will retire next spring.",
    "Boss of the water watchdog to quit",
    "Watchdog's boss resigns",
])
def test_a_judge_an_agencys_director_or_a_unions_officer_is_no_executive(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is not None


@pytest.mark.parametrize("text, companies", [
    # the lawyers' "merge with and into"; a bracket that defines a term ends no sentence
    ('On July 22, 2005, Tarrant Hills Bancshares, Inc. (the "Company") entered into an Agreement and Plan of '
     "Reorganization with Pecos Rim Financial Corp., pursuant to which Pecos Rim Financial Corp. will merge with and "
     "into Tarrant Hills Bancshares, Inc.", {"Pecos Rim Financial Corp", "Tarrant Hills Bancshares"}),
])
def test_a_merger_agreement_in_a_filings_words(text, companies):
    assert {e.company for e in detect_events("", text) if e.kind == MERGER_ACQUISITION} == companies


@pytest.mark.parametrize("headline, company", [
    ("Rohan Mehta steps down as CEO of fintech Paykart", "Paykart"),
    ("Jane Roe resigns as head of sales at Morvo", "Morvo"),
])
def test_the_employer_after_a_title_and_a_word_describing_it(headline, company):
    from pipeline.detection import combine
    assert {e.company for e in combine.detect_events(headline, "")} == {company}


def test_a_sale_process_of_a_holding_names_no_target():
    assert not detect_events("Halden weighs sale of its stake in Morvo Software")


@pytest.mark.parametrize("headline", [
    "Opinion: It's time for Kellsworth and Dray to merge",
    "Should Kellsworth and Dray merge?",
])
def test_a_writers_case_for_a_deal_is_no_deal(headline):
    assert not detect_events(headline)


@pytest.mark.parametrize("headline, names", [
    ("FTC OKs Halden deal for Morvo", ["FTC", "Halden", "Morvo"]),
    ("Kilbride Instruments holders OK Harrowgate buyout", ["Kilbride Instruments", "Harrowgate"]),
    ("OK Foods to buy Morvo", ["OK Foods", "Morvo"]),  # opening a headline, a name's word
])
def test_the_headline_verb_ok_ends_the_name_before_it_and_opens_none(headline, names):
    assert [span.text for span in rules._name_spans(headline)] == names


@pytest.mark.parametrize("headline,company,role,stage,counterparty", DEALS)
def test_deal_roles_and_stages(headline, company, role, stage, counterparty):
    [event] = [e for e in detect_events(headline) if e.company == company]
    assert (event.kind, event.role, event.stage, event.counterparty) == (MERGER_ACQUISITION, role, stage,
                                                                         counterparty)


# (headline, summary, company, person, title, seniority, abrupt)
DEPARTURES = [
    ("Vandelay Industries CEO Art Vandelay resigns, effective immediately", "", "Vandelay Industries", "Art Vandelay",
     "CEO", "c_suite", True),
    ("Starbucks CEO Kevin Johnson to retire", "He will stay on through a transition.", "Starbucks", "Kevin Johnson",
     "CEO", "c_suite", False),
    ("Acme CEO resigns", "The board named an interim chief executive.", "Acme", None, "CEO", "c_suite", True),
    ("Ford ousts CEO Mark Fields", "", "Ford", "Mark Fields", "CEO", "c_suite", True),
    ("CBS chairman Les Moonves resigns", "", "CBS", "Les Moonves", "chairman", "board_chair", False),
    ("Hooli co-founder Gavin Belson relinquishes chairman role", "", "Hooli", "Gavin Belson", "co-founder", "founder",
     False),
    # the post handed on to a successor
    ("Marlow Brick founder Jane Ruddock cedes CEO role to her son", "", "Marlow Brick", "Jane Ruddock", "founder",
     "founder", False),
    ("Marlow Brick founder Jane Ruddock gives up chairman role", "", "Marlow Brick", "Jane Ruddock", "founder", "founder",
     False),
    # a death told by its accident; a removal told as "relieved of his duties"
    ("", "Fernhill Plastics -- CEO Martin Leibow was killed in a car accident on 12/20/1999.", "Fernhill Plastics",
     "Martin Leibow", "CEO", "c_suite", True),
    ("", "Wistow Holdings Inc. -- CEO Evan Rhysling has been relieved of his duties effective immediately.",
     "Wistow Holdings Inc", "Evan Rhysling", "CEO", "c_suite", True),
    # "be succeeded" as "be replaced": the one succeeded leaves
    ("", "Carlton National Bank said that Joseph W. Pruett, its president since 1968, would be succeeded on July 1 by "
         "Robert E. Naylor.", "Carlton National Bank", "Joseph W. Pruett", None, None, False),
    # "let go" in a headline's passive, as "ousted"
    ("Brookvale Creamery CFO Dana Holt let go in cost review", "", "Brookvale Creamery", "Dana Holt", "CFO", "c_suite",
     True),
    # "vacates" a post, as "relinquishes" one
    ("Corvane Foods CFO Ilse Marrow vacates post after audit dispute", "", "Corvane Foods", "Ilse Marrow", "CFO",
     "c_suite", False),
    ("Initech Vice President of Sales Dom Portwood departs", "", "Initech", "Dom Portwood",
     "Vice President of Sales", "vp", False),
    ("Hooli president Jack Barker resigns after clash with board", "", "Hooli", "Jack Barker", "president",
     "president", False),
    ("Apple hires Tesla's engineering chief Doug Field", "", "Tesla", "Doug Field", "engineering chief", "c_suite",
     False),
    ("Acme CFO Jane Roe leaves to join Globex as CEO", "", "Acme", "Jane Roe", "CFO", "c_suite", False),
    ("Jane Roe quits Initech to join Globex", "", "Initech", "Jane Roe", None, None, False),
    ("Pellow CEO Dana Brick out, Sam Ordway returns", "", "Pellow", "Dana Brick", "CEO", "c_suite", False),
    ("Globex executive chairman Hank Scorpio to step down", "", "Globex", "Hank Scorpio", "executive chairman",
     "board_chair", False),
    # a death in office is an exit nobody planned
    ("Kestrel Mining CEO Tom Arvid dies in helicopter crash", "", "Kestrel Mining", "Tom Arvid", "CEO", "c_suite",
     True),
    ("", "Quarry Foods announced the death of its chairman, Hal Boyd.", "Quarry Foods", None, "chairman", "board_chair",
     True),
    ("", "Harvel Medical CEO Gary Quenby passed away unexpectedly overnight, the company said.", "Harvel Medical",
     "Gary Quenby", "CEO", "c_suite", True),
    # hired away, the old employer named without a possessive
    ("Halden hires senior Morvo executive for new innovation group", "", "Morvo", None, "executive", "vp",
     False),
    # moving to another company leaves the one the title names
    ("Acme CFO Jane Roe to join Globex as CEO", "", "Acme", "Jane Roe", "CFO", "c_suite", False),
    ("Quarry Foods finance chief to take helm at rival Tamsin", "", "Quarry Foods", None, "finance chief", "c_suite",
     False),
    # "has left" with nothing after it, or only when and why
    ("Dunmore Capital's head of TMT has left, people familiar say", "", "Dunmore Capital", None, "head of TMT", "vp",
     False),
    # any business a head runs, as any word before "chief"
    ("Ostrava Bank investment banking head to take helm at rival Pellmann", "", "Ostrava Bank", None,
     "investment banking head", "vp", False),
    # a name that labels a note before its title
    ("", "Radley Motors: CEO Glen Hope retired early; news speculates it was to avoid a proxy fight.", "Radley Motors",
     "Glen Hope", "CEO", "c_suite", False),
    ("", "Ormond Retail -- CEO Karen Beal stepped down; no reason given.", "Ormond Retail", "Karen Beal", "CEO",
     "c_suite", False),
    ("", "Northgate Paper's previous CEO resigned in Jan 2013.", "Northgate Paper", None, "CEO", "c_suite", False),
    # the sentence's subject, whatever it says of the exit
    ("", "Ostrava Mills did not say why CEO Ada Pell resigned.", "Ostrava Mills", "Ada Pell", "CEO", "c_suite", False),
    ("Pinecrest director Jane Ferrow won't stand for re-election at the annual meeting", "", "Pinecrest",
     "Jane Ferrow", "director", "director_board", False),
    # any manner adverb between the person and the verb
    ("", "Dana Brick reluctantly resigned as chief financial officer of Pellow Farms.", "Pellow Farms", "Dana Brick",
     "chief financial officer", "c_suite", False),
    # the second thing a company announces: "Appointment of A ... and Retirement of B"
    ("Tamsin Labs Announces Appointment of Ria Holm as Chief Financial Officer and Retirement of Olav Brede", "",
     "Tamsin Labs", "Olav Brede", None, None, False),
    # a bare title in a later part of the clause is the post at the company the clause opens with
    ("Halden shares slide after CEO quits", "", "Halden", None, "CEO", "c_suite", False),
    ("$MRVO (8.26, -0.50, -5.7%): Morvo was downgraded to Equal Weight at Wells Fargo and CEO will step down", "",
     "Morvo", None, "CEO", "c_suite", False),
    # a company replacing the holder of a post removes them; one person replacing another is a succession
    ("Beset by a slumping stock price, Quarry Foods has replaced its chief executive officer.", "", "Quarry Foods",
     None, "chief executive officer", "c_suite", False),
    ("Kestrel replaces CFO Jane Roe with John Doe", "", "Kestrel", "Jane Roe", "CFO", "c_suite", False),
    # an owner removing the executive of the company named after the title: that company's departure
    ("Oakmere replaces CEO at struggling snack maker Tillerman Foods", "", "Tillerman Foods", None, "CEO", "c_suite",
     False),
    # the resignation as the object of the verb
    ("Acme CEO Jane Roe submitted her resignation on Friday", "", "Acme", "Jane Roe", "CEO", "c_suite", False),
    ("Acme CFO Jane Roe has put in her resignation", "", "Acme", "Jane Roe", "CFO", "c_suite", False),
]


@pytest.mark.parametrize("headline,summary,company,person,title,seniority,abrupt", DEPARTURES)
def test_departure_details(headline, summary, company, person, title, seniority, abrupt):
    [event] = detect_events(headline, summary)
    assert event.kind == EXECUTIVE_DEPARTURE
    assert (event.company, event.person, event.title, event.seniority, event.abrupt) == (
        company, person, title, seniority, abrupt)
    assert event.reason


def test_summary_names_the_person_a_terse_headline_leaves_out():
    [event] = detect_events("Globex CFO steps down", "Globex said CFO Jane Roe will step down in March.")
    assert event.person == "Jane Roe"


def test_headline_speaks_first_and_a_summary_only_when_it_is_silent():
    events = detect_events("Markets wrap: stocks rise", "Initech agreed to buy Globex Corporation for $4.2 billion.")
    assert {(e.company, e.role) for e in events} == {("Globex Corporation", "target"), ("Initech", "acquirer")}
    assert detect_events("Initech to acquire Globex", "Sales rose, spurred by its purchase of Acme.")[0].company \
        == "Globex"


@pytest.mark.parametrize("text", [
    "Ivana Vell, ex-wife of former President Vell, dies at 73",  # no post at a company
    "Globex, whose founder died in 2010, is hiring engineers",  # a death told in passing, years ago
    "Former Globex CEO Hank Scorpio passed away on Sunday",  # he had left Globex long before
    # (his retirement dated before his death)
    "R. Hank Scorpio, who founded Globex and served as its chairman until his retirement in 2009, passed away on Sunday",
    "The deal died when the financing fell through",  # a deal's death is no person's
    "The death of the magnetic stripe is near, says Quillon",
])
def test_a_death_is_a_departure_only_of_an_executive_in_office(text):
    assert [e for e in detect_events(text, "", published="2026-11-20") if e.kind == EXECUTIVE_DEPARTURE] == []


@pytest.mark.parametrize("text", [
    "Acme CEO Jane Roe joins Globex board",  # a seat beside her post
    "Acme CEO Jane Roe joins Globex as an independent director",
    "Acme CEO Jane Roe joins Globex in pledge on climate",  # joined in something, not hired
    "Acme shares join Nasdaq rally",
    "Halden hires former Morvo CFO Jane Roe",  # she had left Morvo already
    "Kestrel hires Jane Roe CFO",  # a person, not a company, before the title
    "A federal judge vacated the ruling against Halden Systems",  # a ruling vacated, not a post
    "Three workers killed in Halden plant blast",  # no executive
    "Halden relieved of debt burden",
    "Halden CEO cedes control of board to activists",  # control given up, not the post
    "Halden turned over records to the SEC",
    "Halden CEO gives up bonus",  # pay given up, not the post
    "Halden Systems vacates its Denver offices",
])
def test_joining_or_hiring_that_is_no_departure(text):
    assert [e for e in detect_events(text, "") if e.kind == EXECUTIVE_DEPARTURE] == []


@pytest.mark.parametrize("text", [
    "Investors cheer as CEO quits",  # a common word opening a headline is no company
    # "as" names the post: Quenby is the person
    "Quenby has decided to step down as chief executive to step down from the board in June",
])
def test_a_bare_title_takes_no_company_from_a_word_that_is_none(text):
    assert [e.company for e in detect_events("", text + ".")] in ([], [""])


def test_a_long_aside_between_the_person_and_the_verb_keeps_the_departure():
    [event] = detect_events("", "Jane Roe, who has run Quillon Robotics since its founding in 1998 and steered it "
                                "through two recessions and a listing, will retire as its chief executive in March.")
    assert (event.kind, event.person, event.title) == (EXECUTIVE_DEPARTURE, "Jane Roe", "chief executive")


def test_past_departure_with_a_year_is_history_not_news():
    assert detect_events("", "Jane Roe stepped down as Acme CEO in 2015, the company said.",
                         published="2026-11-20") == []


def test_detect_cli_reads_json_lines_and_writes_one_line_each(tmp_path):
    lines = "\n".join([
        json.dumps({"title": "Initech to acquire Globex Corporation", "text": "", "published": "2026-11-20"}),
        "not json",
        json.dumps({"title": "Markets rally on rate hopes"}),
        json.dumps({"text": "Tarrow Logistics bought it in 2021.", "context": "Startup Quillon Robotics LLC built forklifts."}),
    ])
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "detect"], input=lines, capture_output=True,
                            text=True, cwd=REPO, env={"UPHEAVAL_DB": str(tmp_path / "none.db"), "PATH": ""},
                            timeout=60)
    assert result.returncode == 1, result.stderr  # a line could not be read: told, and the exit says so
    assert result.stderr.startswith("upheaval: <stdin>:2: not JSON")
    first, bad, quiet, pointed = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(e["company"], e["role"]) for e in first["events"]} == {("Globex Corporation", "target"),
                                                                  ("Initech", "acquirer")}
    assert all(e["reason"] for e in first["events"])
    assert bad["line"] == 2 and "error" in bad
    assert quiet["events"] == []
    assert {(e["company"], e["role"]) for e in pointed["events"]} == {("Quillon Robotics LLC", "target"),
                                                                    ("Tarrow Logistics", "acquirer")}


def test_a_sentence_given_as_a_title_is_read_like_body_text():
    sentence = "Monica Roe stepped down last month under company guidelines that limit directors' terms."
    assert [e.to_dict() for e in detect_events(sentence)] == [e.to_dict() for e in detect_events("", sentence)]
    assert detect_events(sentence)[0].kind == EXECUTIVE_DEPARTURE


# Deal wordings in body text (sentence, company, role, stage, counterparty), one row per wording.
DEAL_SENTENCES = [
    # "By purchasing X, Y has ...": a gerund clause whose buyer follows the comma
    ("By acquiring Pennock Labs, Ardent Bio has gained a late-stage cancer drug.", "Pennock Labs", "target",
     "completed", "Ardent Bio"),
    # "X and Y agreed to a deal" when the sentence says it is a takeover ("a share")
    ("Halden Air and Norvik Jet have tentatively agreed to a deal at $31 a share, a person familiar said.",
     "Halden Air", "merger", "announced", "Norvik Jet"),
    # "agreed to a merger with"
    ("Corrigan Foods agreed to a merger with Dovecote Bakeries on Monday.", "Dovecote Bakeries", "merger",
     "announced", "Corrigan Foods"),
    # "Shareholders of X approved the merger with Y"
    ("Shareholders of Grennock Steel approved the merger with Alvar Metals on Thursday.", "Grennock Steel", "merger",
     "announced", "Alvar Metals"),
    # "X's board rejected a takeover offer from Y"
    ("Tressel Bank's board rejected a takeover offer from Colby Financial.", "Tressel Bank", "target", "rumored",
     "Colby Financial"),
    # "the purchase of Y by X"
    ("The purchase of Marrowfield Games by Stentor Entertainment is expected to close next quarter.",
     "Marrowfield Games", "target", "announced", "Stentor Entertainment"),
    # "the sale of its X unit to Y"
    ("Venmark Holdings announced the sale of its Corliss Paper unit to Brookhaven Partners.", "Corliss Paper",
     "target", "announced", "Brookhaven Partners"),
    # a ticker in parentheses between the buyer and its verb
    ("The Larkin Group (LKG) has gained full control of Pemby Foods.", "Pemby Foods", "target", "completed",
     "Larkin Group"),
    # "The Boston-based company ... merge its X business with Y": a described pronoun subject; "to close" is ahead
    ("The Boston-based company expects to close a deal to merge its chemicals business with Oxley Corp. by July.",
     "Oxley Corp", "merger", "announced", None),
    # a ticker in parentheses after "Co." does not end the sentence
    ("The Harwick Co. (HWK) has gained close to 100% control of Lemberg Foods.", "Lemberg Foods", "target",
     "completed", "Harwick Co"),
    # "it plans to grow by buying X": a pronoun subject, the target still named
    ("It plans to become the largest grocer in the region by buying Selby Markets.", "Selby Markets", "target",
     "announced", None),
    # "Its proposed $N billion deal to purchase X"
    ("Its proposed $8 billion deal to purchase Quorra Media would double its film library.", "Quorra Media", "target",
     "announced", None),
    # British wire: "X agrees $N bln takeover of Y"
    ("Merriton agrees $6.5 bln takeover of rival Saxby Foods", "Saxby Foods", "target", "announced", "Merriton"),
    # "the $N billion takeover of X by Y"
    ("Regulators are still reviewing the $12 billion takeover of Fenwick Pharma by Caldera Health.", "Fenwick Pharma",
     "target", "announced", "Caldera Health"),
    # "approached X about a sale": the one asking to be bought is the target; "about a takeover": X is
    ("Brightwater Foods approached Tessaly Brands about a possible sale.", "Brightwater Foods", "target", "rumored",
     "Tessaly Brands"),
    ("Kestrel Aerospace approached Norrland Avionics about a takeover.", "Norrland Avionics", "target", "rumored",
     "Kestrel Aerospace"),
    ("Ironvale Mining was approached by Coldharbour Metals about a takeover.", "Ironvale Mining", "target",
     "rumored", "Coldharbour Metals"),
    ("Drayton Retail said it held talks with Pemberly Stores about a merger.", "Pemberly Stores", "merger", "rumored",
     "Drayton Retail"),
    # "X's offer values Y at ..."
    ("Kestrel's offer values Norrland Avionics at roughly $4.1 billion.", "Norrland Avionics", "target", "announced",
     "Kestrel"),
    # "the pending sale to Y": the company the sentence opens with is sold
    ("Marden Health CEO Alice Brandt discussed the pending sale to Orrin Capital on Tuesday.", "Marden Health",
     "target", "announced", "Orrin Capital"),
    # "A and B ... their plan to merge"
    ("Regulators sued Quillon Media (QLM) and Tarrow Networks (TRW) over their plan to merge.", "Tarrow Networks",
     "merger", "announced", "Quillon Media"),
    # "has a large acquisition (of X)": the subject across an aside owns the deal
    ("Halden Corp, as analysts have noted, has a large acquisition (of Mirel Software) awaiting approval.",
     "Mirel Software", "target", "announced", "Halden Corp"),
    # "received a takeover approach from a larger rival": the bidder is not named
    ("Ironvale Mining has received a takeover approach from a larger rival.", "Ironvale Mining", "target", "rumored",
     None),
    # the subject of a long predicate: "X is raising money and is also considering a sale"
    ("Electric carmaker Vantor Motors Inc. is raising new funds and is also considering an outright sale.",
     "Vantor Motors Inc", "target", "rumored", None),
]


@pytest.mark.parametrize("sentence", [
    "Kestrin receives unsolicited proposal from Ostrava",
    "Kestrin receives non-binding proposal from Ostrava at $6.40/share",  # how binding it is
    "*KESTRIN REJECTS $19/SHR PROPOSAL FROM OSTRAVA AS TOO LOW",  # a price a share in a squawk's shorthand
    "$KSTN - Kestrin Holdings: Receives indicative proposal from Ostrava",  # a bot's "Name: Verb"
])
def test_an_unsolicited_proposal_received_is_a_bid(sentence):
    roles = {(e.company.split()[0].title(), e.role) for e in detect_events(sentence) if e.kind == MERGER_ACQUISITION}
    assert roles == {("Kestrin", "target"), ("Ostrava", "acquirer")}


def test_a_bots_name_then_colon_is_the_subject_of_its_verb():
    roles = {(e.company, e.role) for e in detect_events("$HLDN - Halden Systems: Agrees to acquire Morvo Labs")
             if e.kind == MERGER_ACQUISITION}
    assert roles == {("Halden Systems", "acquirer"), ("Morvo Labs", "target")}


@pytest.mark.parametrize("sentence", ["Pellow rejects Ostrava takeover bid", "Pellow spurns Ostrava buyout offer"])
def test_a_bid_answered_without_a_possessive_names_its_bidder(sentence):
    roles = {(e.company, e.role) for e in detect_events(sentence) if e.kind == MERGER_ACQUISITION}
    assert roles == {("Pellow", "target"), ("Ostrava", "acquirer")}


@pytest.mark.parametrize("sentence, roles", [
    # a target confirming a bid it received (a UK Rule 2.4 announcement), "receipt of" or not
    ("Harrowgate Minerals confirms approach from Dunlin Resources",
     {("Harrowgate Minerals", "target"), ("Dunlin Resources", "acquirer")}),
    ("Harrowgate Minerals confirms receipt of possible offer from Dunlin Resources",
     {("Harrowgate Minerals", "target"), ("Dunlin Resources", "acquirer")}),
    # a company shopping itself or a unit is offering it to buyers
    ("Tamsin Brands is shopping its frozen foods division to buyers", {("Tamsin Brands", "target")}),
    ("Halden confirms order from Morvo", set()),
    # a place's people describe the object as lower-case words do, "Spanish" as "Italian"
    ("Marchesi Energia bids for Spanish grid operator Redora", {("Redora", "target"), ("Marchesi Energia", "acquirer")}),
    # a price move on the news of the company's own sale
    ("Quillby Games jumps on acquisition by Pelorus Interactive",
     {("Quillby Games", "target"), ("Pelorus Interactive", "acquirer")}),
    ("Quillby Games soars 30% on buyout by Pelorus", {("Quillby Games", "target"), ("Pelorus", "acquirer")}),
    # a pair, a comma, then the verb
    ("Harrow Kimura Associates Ltd. and Northfield Engineering Ltd., will merge on Jan. 1.",
     {("Harrow Kimura Associates Ltd", "merger"), ("Northfield Engineering Ltd", "merger")}),
    # a price paid for a company is a purchase; for a building, shares or a fine it is not
    ("Quarry Foods agreed yesterday to pay $700 million for Dunmore Roasters, a Portland coffee company.",
     {("Dunmore Roasters", "target"), ("Quarry Foods", "acquirer")}),
    ("Quarry Foods will pay $5 million for the building", set()),
    ("Quarry Foods pays $3 million fine to settle SEC probe", set()),
    # a web business in apposition is a business, not a plot of land
    ("Vessel Media has snapped up ClickNest, an online classified-advertising site, for $48 million.",
     {("ClickNest", "target"), ("Vessel Media", "acquirer")}),
    ("Vessel Media buys a 20-acre site near Austin", set()),
    # a pair and "they": the two companies merge; one company is "it"
    ("Yesterday the Dunmore Line and Ostrava Steam Packet announced that they would merge.",
     {("Dunmore Line", "merger"), ("Ostrava Steam Packet", "merger")}),
    ("Administrators from Hadley Vane said they were seeking a buyer for the business.", set()),
    ("Tamsin Brands is shopping for acquisitions", set()),
])
def test_a_bid_confirmed_or_a_business_shopped(sentence, roles):
    assert {(e.company, e.role) for e in detect_events(sentence) if e.kind == MERGER_ACQUISITION} == roles


@pytest.mark.parametrize("sentence, roles", [
    # a participle clause's subject is the sentence's: the company whose shares moved is the one that agreed
    ("Pellow Farms soars 27% after agreeing to be bought by Ostrava Capital",
     {("Pellow Farms", "target"), ("Ostrava Capital", "acquirer")}),
    ("Quarry Foods shares slip on agreeing to buy Dunmore Snacks", {("Dunmore Snacks", "target"), ("Quarry Foods", "acquirer")}),
])
def test_a_participle_clause_takes_the_sentences_subject(sentence, roles):
    assert {(e.company, e.role) for e in detect_events(sentence) if e.kind == MERGER_ACQUISITION} == roles


@pytest.mark.parametrize("sentence, parties", [
    ("Dunmore Insurance and Ostrava Re agree to combine, forming a top-10 reinsurer", {"Dunmore Insurance", "Ostrava Re"}),
    ("Quarry Foods takes 60% controlling stake in organic snack maker Pellow Farms", {"Pellow Farms", "Quarry Foods"}),
    ("Ostrava Capital completes take-private of Pellow Software", {"Pellow Software", "Ostrava Capital"}),
    # a deal allowed "to proceed" is the deal itself
    ("Appeals court upholds ruling allowing Kestrin-Dunmore merger to proceed", {"Kestrin", "Dunmore"}),
    # a post's hashtags leave its Title Case headline Title Case
    ("$OSTV - Ostrava Broadens Cloud Offerings With Pellowsoft Acquisition. #markets #finance #trading", {"Pellowsoft"}),
    ("The Halden/Morvo merger closes", {"Halden", "Morvo"}),
    # an amount is no name: the owner before it is the buyer
    ("Ostrava Capital's $3bn acquisition of Pellow Software faces a vote", {"Pellow Software", "Ostrava Capital"}),
    ("Ostrava Capital's $44B acquisition of Pellow Software faces a vote", {"Pellow Software", "Ostrava Capital"}),
    # an apposition holding a number's grouping comma, a relative clause telling a deal under way
    ("Tarnbrook Care, which runs 74 homes and employs 5,200 staff, has been acquired by Wendle Point Partners.",
     {"Tarnbrook Care", "Wendle Point Partners"}),
    ("The union wrote to Ostrava Industries, which is buying Pellow Steel for $600 million.", {"Pellow Steel", "Ostrava Industries"}),
    ("The union wrote to Kestrel Steel, which has been bought by Vitkova Metals.", {"Kestrel Steel", "Vitkova Metals"}),
    # a bid answered with its price in pence or a quoted word, from a named bidder; a named target's bid raised
    ("Quenby rejects 'opportunistic' 310p approach from Larkmoor Capital", {"Quenby", "Larkmoor Capital"}),
    ("Copperfield sweetens Tavish Water offer to $61", {"Tavish Water", "Copperfield"}),
    # a price as exchanges quote it, paid or offered for a named company
    ("Dutch brewer Van Aalst Brouwerij has agreed to pay 215p a share for Hobbes & Crane.", {"Hobbes & Crane", "Van Aalst Brouwerij"}),
    ("Havnor has offered SEK 112 a share in cash for Fjellmark Marin.", {"Fjellmark Marin", "Havnor"}),
])
def test_more_shapes_of_a_deal(sentence, parties):
    assert {e.company for e in detect_events(sentence) if e.kind == MERGER_ACQUISITION} == parties


@pytest.mark.parametrize("sentence", [
    "Quenby raises Q3 guidance", "Quenby raises dividend offer to 40p",
    # a wage offer to a union, a price for things, a past deal in an aside
    "Fordham raises UAW offer to 23% in latest round of talks", "Boeham raises IAM offer as strike drags on",
    "Greggsby offers 50p for Costa Coffee loyalty cards.", "CeXo offers £300 for Sony PlayStation consoles.",
    "Hartwell Foods, which has acquired Crane Dairies and Tovey Mills since 2015, said first-half sales rose 4%.",
    # a relative clause telling the past or a plan is an aside ("Norvik Labs, which received a takeover approach ...")
    "Sherwell Advisory, which will run a sale process for the start-up's code, was appointed on Friday.",
])
def test_no_deal_from_a_raised_figure_or_an_asides_plan(sentence):
    assert [e for e in detect_events(sentence) if e.kind == MERGER_ACQUISITION] == []


@pytest.mark.parametrize("headline, company, person", [
    # the post's company after any word for it, never the successor
    ("Nicola Aubry to succeed Martin Crale as head of Beaumont Luxe", "Beaumont Luxe", "Martin Crale"),
    ("Talbury Mining chairman voted out at AGM", "Talbury Mining", None),
])
def test_a_successions_post_and_a_chairman_voted_out(headline, company, person):
    assert [(e.company, e.person) for e in detect_events(headline) if e.kind == EXECUTIVE_DEPARTURE] == [(company, person)]


@pytest.mark.parametrize("text", [
    # an executive who led something else than a union, or a union's officer only quoted
    "Halden Airlines CEO Jane Dole, who led the company's expansion across the European Union, will step down in June.",
    "Halden Foods CEO John Smeed, who led the company's talks with the union, will step down in June.",
    "Halden Foods CEO to quit, says union general secretary",
    # not expected back from a leave: gone
    "Halden Foods chief executive John Smeed, on medical leave since March, is not expected to return, the company said.",
    # a succession under the line's label: the post's division is no company
    "Halden Bank: Nicola Aubry to succeed Martin Crale as head of Global Markets",
])
def test_departures_the_new_exclusions_leave_alone(text):
    from pipeline.detection import detect_events as detect_with_the_model  # (the product's reading: the rules, then names)
    found = {e.company for e in detect_with_the_model(text) if e.kind == EXECUTIVE_DEPARTURE}
    assert found and found <= {"Halden Airlines", "Halden Foods", "Halden Bank"}


@pytest.mark.parametrize("sentence,company,role,stage,counterparty", DEAL_SENTENCES)
def test_deal_sentences(sentence, company, role, stage, counterparty):
    [event] = [e for e in detect_events("", sentence) if e.company == company]
    assert (event.kind, event.role, event.stage, event.counterparty) == (MERGER_ACQUISITION, role, stage,
                                                                         counterparty)
    assert event.reason


# Deals told in passing, and things bought that are not companies: no merger event.
NOT_DEAL_SENTENCES = [
    "The unit grew after the company bought Solvane in 2010.",  # a finished deal inside a time clause
    "Revenue rose at Tellwood, which picked up the brand with its purchase of Ambrose Home.",  # relative clause
    "Following its takeover of Brisco Rail, Hemsworth Logistics became the largest freight carrier.",
    "Zephyra Labs, which Kentmoor Biotech acquired in March, will keep its own brand.",  # relative clause
    "Analysts expect price cuts following the Arden - Colby merger.",  # a pair named in passing
    "Norland Fund bought 1.2 million shares of Pexley Corp in the second quarter.",  # a fund buying shares
    "Halden Air and Norvik Jet agreed to a deal to share airport lounges.",  # a deal that is not a takeover
    "Brannock Brands agreed to a deal with Pellow Farms to supply organic flour.",
    "It completed the acquisition in the third quarter, the filing showed.",  # no company to name
    "Dunmore Studios bought the streaming rights to the Aldgate film series.",
    "Kestrel Apps acquired 4 million new customers in the quarter.",
    "Users can now merge documents from Cobalt Drive with one click.",
    "The Harriers made a bid for striker Tom Kellan before the transfer window closed.",
    "Thistle Capital took a 7% stake in Marbury Retail.",
    "Ridgeway Pharma's sales jumped 18%, helped by last year's acquisition of Corbin Therapeutics.",
    "It grew into the largest carrier after it bought Pelham Air in 2015.",  # a pronoun's past deal, in passing
    "Its proposed $2 billion deal to buy back shares was approved.",  # buying back its own shares
    "Brightwater Foods approached retailers about a possible price increase.",  # no company approached
    "The offer values each share of common stock at the closing price.",  # no company valued
    "Regulators fined Quillon Media during the review of its takeover of Tarrow Networks.",  # a review's subject
    "Norvik Labs, which received a takeover approach from Pellow Farms, later raised funds.",  # a relative clause
    "Halden Corp said sales to China fell after tariffs took effect.",  # "sales to", not a sale
    "Cobalt Drive and Pellow Docs said their merger feature now handles spreadsheets.",  # a product feature
    "Pellow Toys sold out of its holiday range in a week.",  # "out" that is not an exit
    "Days earlier Judge Ann Moray rejected Dell Kerrigan's bid to be released on bail.",  # a bid that buys nothing
    "Larkspur Air nears deal for Vance Aero jets.",  # a deal for aircraft
    "Calder Systems shareholders will receive $0.50 per share in a special dividend.",  # a payout
    "U.S. regulators extended their review of the Pellow sale.",  # a review, no party named as a company deal
    "Thornbury Partners closes $9B buyout fund, its largest yet",  # the noun describes a fund
    "HALLORAN AIR TO BUY EIGHT JETS",  # things bought, in wire capitals too
    "Pellow Refining to buy Osgood refinery in Texas",
    "Carrow Savings to acquire deposits of failed Lark Thrift",
    "ALGERIA BIDS FOR 300,000 TONNES OF SOFT WHEAT",
    "Tamsin Corp seeks buyer for its headquarters building",
    "Pembrook Energy said it would buy oil and gas leases covering 64 offshore blocks from Tarvin Petroleum.",
    "Brisco Harbor Gulls acquire star forward Amos Teel in trade with Lakeport",  # a player traded
    "Ortega Avionics wins $340 million bid for Navy radar contract",  # tendering for work
    "Dunmore Labs and Ostrava Bio to combine forces on vaccine research",  # their efforts, not themselves
    "$QLNX - Buy Quillon Hand Over Fist. #investing #stockmarket #business",  # advice to buy a stock
    "$ORTY - Ortley Q2: Don't Buy Ortley At Peak Profitability. #finance #trading #business",
    "$KSTR - Ignore The Temptation To Buy Kestrel. #stocks #finance #business",
    "$TDSK - Tradewind: Don't Sweat The Quillon/Ostrava Deal. #investing #markets #trading",  # a pair in any deal
]


@pytest.mark.parametrize("sentence", NOT_DEAL_SENTENCES)
def test_not_a_deal(sentence):
    assert [e.to_dict() for e in detect_events("", sentence) if e.kind == MERGER_ACQUISITION] == []


def test_lower_case_twins_find_what_their_patterns_find():
    """The speed-up reads deal patterns on lower-cased text behind word-stem hints: it must not change a match."""
    from pipeline.detection import rules as classify

    texts = [row["text"] for row in LABELLED] + [row[0] for row in DEAL_SENTENCES] + NOT_DEAL_SENTENCES
    for pattern, twin, hints in classify._LOWER_CASE_TWINS.values():
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in twin.finditer(text.lower())], (pattern.pattern[:40], text)
            stems = frozenset(classify._DEAL_STEMS.findall(text.lower()))
            assert not spans or not hints or not stems.isdisjoint(hints), (pattern.pattern[:40], text)


@pytest.mark.parametrize("extra", ["", "endorsement of the deal", "merger-merger mergers", "in play, in playoffs"])
def test_the_one_pass_stem_scan_finds_what_the_stem_pattern_finds(extra):
    """The stems are found by an automaton in one pass; they are exactly the stem pattern's (longest first, no overlap)."""
    texts = [row["text"] for row in LABELLED] + [row[0] for row in DEAL_SENTENCES] + NOT_DEAL_SENTENCES
    found_any = False
    for text in texts:
        lowered = f"{text} {extra}".lower()
        stems = rules._deal_stems_in(lowered)
        assert stems == frozenset(rules._DEAL_STEMS.findall(lowered)), text
        found_any = found_any or bool(stems)
    assert found_any


# (context, sentence, company, role): a sentence that only points back at a deal an earlier sentence named.
ANAPHORA = [
    ("Harwick Foods said on Friday it would buy Selby Markets for $2 billion.",
     "The acquisition, Harwick's largest by far, gives it 300 more stores.", "Selby Markets", "target"),
    ("Harwick Foods said on Friday it would buy Selby Markets for $2 billion.",
     "Harwick believes the proposed acquisition will cut its delivery costs.", "Selby Markets", "target"),
    ("In 2019 startup Quillon Robotics LLC showed a self-driving forklift at a trade fair.",
     "Tarrow Logistics bought it a year later for a reported $90 million.", "Quillon Robotics LLC", "target"),
    ("Kestrel Aerospace's bid for Norrland Avionics looks low.",
     "Kestrel has been pursuing a takeover of the Swedish avionics maker since March.", "Norrland Avionics", "target"),
]


@pytest.mark.parametrize("context,sentence,company,role", ANAPHORA)
def test_a_deal_pointed_back_at_is_the_earlier_sentences_deal(context, sentence, company, role):
    assert detect_events("", sentence) == []  # alone, the sentence names no deal of its own
    events = detect_events("", sentence, context=context)
    assert [(e.company, e.role) for e in events if e.company == company] == [(company, role)]
    assert all("(" in e.reason for e in events)  # the reason says the deal came from before


# The same pointers where nothing before names a deal, or the sentence names none of its companies.
NOT_ANAPHORA = [
    ("Harwick Foods said on Friday it would buy Selby Markets for $2 billion.",
     "Analysts said the deal is a blow to regional grocers such as Pellow Farms."),  # names neither company
    ("Harwick Foods opened 40 stores last year.", "Harwick said the deal with its unions would hold."),  # no deal before
    ("Pellow Farms released a new oat drink in May.", "Harwick bought it for its cafes."),  # not a company before
    ("Harwick Foods said on Friday it would buy Selby Markets for $2 billion.",
     "Harwick signed the licensing deal with Selby in 2015."),  # a deal of another kind
]


@pytest.mark.parametrize("context,sentence", NOT_ANAPHORA)
def test_a_pointer_without_an_antecedent_deal_is_not_an_event(context, sentence):
    assert [e.to_dict() for e in detect_events("", sentence, context=context) if e.kind == MERGER_ACQUISITION] == []


def test_a_summary_read_sentence_by_sentence_lends_its_earlier_sentences_as_context():
    summary = ("Startup Quillon Robotics LLC showed a self-driving forklift in 2019. "
               "Tarrow Logistics bought it a year later.")
    events = detect_events("Warehouse robots come of age", summary)
    assert {(e.company, e.role) for e in events} == {("Quillon Robotics LLC", "target"), ("Tarrow Logistics", "acquirer")}


@pytest.mark.parametrize("unit", ["BIG COMPANY SAID ", "THE $42 BILLION ACME ", "THE PROPOSED GIANT INITECH "])
def test_the_deal_anaphor_reads_all_caps_sentences_in_about_linear_time(unit):
    # No noun for the pointer to end on: every way of reading the words before it is tried. Exponentially
    # many ways took 1.7 s at 180 characters; one way per word grows with the length (times the starts).
    from pipeline.detection.rules import _DEAL_ANAPHOR

    sentences = [(unit * (size // len(unit) + 1))[:size] + "." for size in (90, 180, 360, 720)]
    times = [best_seconds(lambda s=s: _DEAL_ANAPHOR.search(s), 5) for s in sentences]
    assert times[-1] / max(times[0], 1e-6) < 80, times  # 8x the length: exponential is millions of times


def test_an_all_caps_sentence_after_a_deal_costs_about_what_a_lower_case_one_does():
    context = "Harwick Foods said on Friday it would buy Selby Markets for $2 billion."
    shout = ("HARWICK FOODS SAID THE $2 BILLION PURCHASE OF SELBY MARKETS WOULD CLOSE BY JUNE AFTER THE BOARD "
             "OF SELBY MARKETS VOTED AND THE GROCER UNION SAID IT WOULD STUDY THE TERMS BEFORE MAY")
    quiet = shout.lower().capitalize()
    assert len(shout) >= 180
    loud = best_seconds(lambda: detect_events("", shout, context=context), 3)
    calm = best_seconds(lambda: detect_events("", quiet, context=context), 3)
    assert loud < max(calm * 20, 0.05), (loud, calm)


@pytest.mark.parametrize("text, company, person, title", [
    ("Lena V. Marsh announced today that she intends to retire as Chairman and Chief Executive Officer of "
     "Quarry Lane Foods Corporation.", "Quarry Lane Foods Corporation", "Lena V. Marsh",
     "Chairman and Chief Executive Officer"),
    ("He will retire as chief executive of Harlan Mills Corp. next spring.", "Harlan Mills Corp", None, "chief executive"),
    ("She resigned from her post as CFO at Tessaly Foods on Monday.", "Tessaly Foods", None, "CFO"),
])
def test_a_pronoun_leaving_a_named_post_at_a_named_employer_is_a_departure(text, company, person, title):
    events = detect_events("", text)
    assert [(e.company, e.person, e.title) for e in events] == [(company, person, title)]


@pytest.mark.parametrize("text", [
    "He served as chairman of Harlan Mills until 2001.",          # no departure verb
    "He left as a hero after the final.",                         # no post
    "She will retire as chairman next year, the filing said.",    # no employer named
])
def test_a_pronoun_departure_needs_the_verb_the_post_and_the_employer(text):
    assert detect_events("", text) == []


@pytest.mark.parametrize("text", [
    "Moldovan president offers his resignation after weeks of protests",
    "Paraguay's prime minister steps down as coalition collapses",
    "Tomas Vidal resigned as president of Paraguay, ending a turbulent term",
    "Premier Ostrov to quit as Latvian PM next month",
])
def test_a_head_of_state_or_government_leaving_is_politics(text):
    assert not [e for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text)


# What the event vocabulary excludes by definition: no model score overrides these (combine._DEFINITIONAL).
@pytest.mark.parametrize("text, reason", [
    ("HALVERN <HLV> BEGINS DUTCH AUCTION TENDER OFFER", rules.NOT_A_COMPANY_BOUGHT),  # its own shares
    ("Halvern said it began a tender offer for up to 2 mln of its own common shares.", rules.NOT_A_COMPANY_BOUGHT),
    ("BRISCO EXTENDS EXCHANGE OFFER FOR DEBENTURES", rules.NOT_A_COMPANY_BOUGHT),  # its own debt
    ("ORTEGA AVIONICS WINS AIR FORCE CONTRACT BID", rules.NOT_A_COMPANY_BOUGHT),  # tendering for work
    ("Ortega Avionics said its bid was selected for a 40 mln dlr Air Force contract.", rules.NOT_A_COMPANY_BOUGHT),
    ("Carrow Savings to acquire deposits of failed Lark Thrift", rules.NOT_A_COMPANY_BOUGHT),  # an asset
    ("ORTLEY <ORT> TO BUY BACK SHARES FROM DISSIDENT", rules.NOT_A_COMPANY_BOUGHT),  # its own shares
    ("Pruett Capital agreed not to acquire any Ortley stock for seven years.", rules.NOT_A_COMPANY_BOUGHT),  # standstill
    ("Pruett Capital said it does not intend to make an offer for Ortley", rules.NO_BID),
    ("Pruett Capital says it has no intention of making a bid for Ortley", rules.NO_BID),
    ("Pruett Capital says it has no plans to bid for Ortley", rules.NO_BID),
    ("ARC buys Rs 1,200-crore loan of Ortley Hotels from lenders", rules.NOT_A_COMPANY_BOUGHT),  # a loan, its amount
    ("Wexley Avionics wins 10-year engine support deal", rules.NOT_A_COMPANY_BOUGHT),  # work won, as deals are
    ("Wexley Avionics lands $40 million contract from Gulf carrier", rules.NOT_A_COMPANY_BOUGHT),
    ("Government to merge two export agencies", rules.PUBLIC_BODIES),
    ("The ministry will merge its three regional transport departments next year", rules.PUBLIC_BODIES),
    ("TWO GARMENT UNIONS AGREE TO MERGE", rules.PUBLIC_BODIES),
    ("Harwick and Selby universities agree to merge", rules.PUBLIC_BODIES),
    ("Two Danish bakers' pension funds to merge next year", rules.PUBLIC_BODIES),
    # a sale demanded, none under way
    ("Fairhope Capital urges Lindqvist Tools board to 'explore strategic alternatives, including a sale'",
     rules.SALE_DEMANDED),
    ("Lindqvist Tools board rejects Corvale Partners' call to sell the company", rules.SALE_DEMANDED),
    ("The board said it had considered Corvale Partners' demand for a sale and will keep its standalone plan.",
     rules.SALE_DEMANDED),
    # a business given to the company's own shareholders
    ("Bowing to an activist, Dunlow Controls plans tax-free spinoff of its sensors unit", rules.SPUN_OFF),
    ("Dunlow Controls said it would distribute shares of its sensors business to its stockholders.", rules.SPUN_OFF),
    ("Marlby Pharma to demerge its consumer health arm next year", rules.SPUN_OFF),
])
def test_what_is_no_deal_by_definition_however_sure_the_model(text, reason):
    assert rules.hard_negative(MERGER_ACQUISITION, text) == reason
    assert reason in rules.DEFINITIONAL
    assert [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION] == []


@pytest.mark.parametrize("text", [
    "Brisco launches exchange offer for Halvern shares",  # a stock-for-stock takeover offer
    "Ostrava Media to merge two ad agencies it owns",  # ad agencies are companies
    "$STEP - Orwell Capital Partners to acquire Talent Systems",  # a name whose first word is "talent"
    "Ortega Avionics makes $2 bln bid for Marlow Aero",
])
def test_a_company_bought_is_no_hard_negative(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) is None


@pytest.mark.parametrize("text", [
    "Its shares rose after the takeover of Halvern Corp last year.",  # a deal told in passing
    "Ortley shares jump 18% premarket on report of takeover interest from private equity",  # "interest"
    "Bellamy Stores gets takeover approach, shares leap",  # an approach is no thing bought
])
def test_a_deal_told_in_passing_or_an_interest_may_still_be_overridden(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) not in (None, *rules.DEFINITIONAL)


@pytest.mark.parametrize("text, names", [
    ("Istvan Auto Parts buys Hoffler GmbH", {"Istvan Auto Parts", "Hoffler GmbH"}),  # "Parts" ends many names
    ("Hollins Brewing and Redcap Ales combine to form No. 3 craft brewer", {"Hollins Brewing", "Redcap Ales"}),
])
def test_a_deal_read_with_both_names(text, names):
    assert {e.company for e in detect_events(text) if e.kind == MERGER_ACQUISITION} == names


@pytest.mark.parametrize("text", ["Acme Parts Ways With CEO Jane Roe", "ACME PARTS WAYS WITH CEO JANE ROE",
                                  "Acme Corp. Parted Ways With Its Chief Executive"])
def test_parts_before_ways_is_the_verb_not_a_name_word(text):
    assert [e.company.lower() for e in detect_events(text) if e.kind == EXECUTIVE_DEPARTURE] in (["acme"], ["acme corp"])


def test_students_combining_to_form_a_choir_is_no_deal():
    assert detect_events("Students at Redcap College combine to form a choir") == []


@pytest.mark.parametrize("text", [
    "Analysts cast doubt over the proposed $3 billion takeover of Brennock Foods after a weak quarter",
    "$QLX: Quillex provides update on approval process for the pending acquisition by affiliates of Norcroft...",
    "Shares slip amid doubts over the planned merger of Halvern and Ostrava Media",
])
def test_a_deal_still_under_way_is_news_even_in_passing(text):
    # a pending or proposed deal is the company's upheaval wherever the sentence mentions it; a done one is not
    assert rules.hard_negative(MERGER_ACQUISITION, text) is None
    done = text.replace("proposed ", "").replace("pending ", "").replace("planned ", "")
    assert rules.hard_negative(MERGER_ACQUISITION, done) is not None


@pytest.mark.parametrize("text", [
    "Lester Quayne, who resigned as chairman of Tamberly Corp (TMBY) in 1983, said he formed a venture firm.",
    "Former Quarry Foods CEO Ada Pell, who left the company in 2017, launches a venture fund",
    "Ada Pell, who retired as chief executive of Quarry Foods last year, said she had launched a fund.",
    "Ex-Halden chairman Rolf Ekker, who retired back in 2009, joins a charity board",
    "Ada Pell, who left the group in 2011 after nine years as chief executive, has been named a museum trustee.",
])
def test_a_departure_in_a_clause_dated_in_the_past_is_history(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) == "a departure told as history"


@pytest.mark.parametrize("text", [
    "Ada Pell, who will retire in 2027 after a decade as chief executive, is to be succeeded by Rolf Ekker.",
    "Mr. Ekker, who joined the company in 1971 and led it from 1990 to 2004, served until his retirement in 2004.",
])
def test_a_clause_that_looks_ahead_or_dates_no_exit_is_no_history(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) != "a departure told as history"


@pytest.mark.parametrize("text", [
    "Brennick chairman Ada Pell dismissed weekend reports that she would leave the board",
    "Brennick CEO dismissed the lawsuit as baseless",
    "Brennick CEO fired back at critics",
])
def test_a_removal_verb_used_on_words_or_a_case_removes_nobody(text):
    assert not rules._DEPART_VERB_LC.search(text.lower().replace("leave", ""))


def test_a_removal_verb_on_a_person_still_removes_one():
    assert rules._DEPART_VERB_LC.search("brennick dismissed its chief executive")
    assert [e.company for e in detect_events("Brennick CEO Ada Pell dismissed after audit")] == ["Brennick"]


@pytest.mark.parametrize("text, target", [
    # a target answering a bid whose bidder the headline leaves unnamed: an amount or "approach"/"tilt" says so
    ("Harrowgate Tolls rebuffs A$2.1b approach", "Harrowgate Tolls"),
    ("Pembury Foods rejects 'opportunistic' 215p-a-share proposal", "Pembury Foods"),
    ("Ostler Mining spurns unsolicited tilt", "Ostler Mining"),
    # or the kind of bid: for the company itself
    ("Pulau Tekun Engineering receives exit offer, to delist", "Pulau Tekun Engineering"),
    ("Pembury Foods rejects takeover bid", "Pembury Foods"),
])
def test_a_bid_answered_without_its_bidder_names_the_target(text, target):
    events = [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert [(e.company, e.role) for e in events] == [(target, "target")]


@pytest.mark.parametrize("text", ["Pembury Foods rejects pay offer", "Pembury Foods board rejects budget proposal"])
def test_an_offer_of_something_else_answered_is_no_target_for_the_rules(text):
    assert not rules._ANSWERS_UNNAMED_BID.search(text) or all(
        e.reason.startswith("model") for e in detect_events(text))


@pytest.mark.parametrize("title, text, company", [
    ("Today was my last day at Plinth Robotics", "After six years, the last three as VP of Engineering, I handed in my badge.",
     "Plinth Robotics"),
    ("Closing a chapter", "Friday was my final day as Head of People at Caskwood Brewing. Seven years, one pandemic.",
     "Caskwood Brewing"),
    ("New adventure ahead", "After a decade building Fathom Ledger's finance function, I'm stepping down as CFO.",
     "Fathom Ledger"),
    # the employer after the post or the verb, where no "at" names it; a function the writer ran is a post
    ("Ten years on, today is my last day as CTO of Brackenfold", "Thank you to everyone who built it with me.",
     "Brackenfold"),
    ("some news: after 4 years I'm leaving Quernstone", "leading the design team here was a joy. more soon.",
     "Quernstone"),
])
def test_an_executives_own_post_about_leaving_is_a_departure(title, text, company):
    event = rules.first_person_exit(title, text)
    assert event is not None and event.company == company


@pytest.mark.parametrize("title, text", [
    ("Today was my last day at Plinth Robotics", "After six years as a software engineer, I handed in my badge."),
    ("My last day of vacation", "I'm leaving Lisbon as the happiest traveller."),
    ("Halden CFO to leave", "The company said its finance chief would leave as CFO in June."),  # no first person
])
def test_a_post_about_leaving_without_an_executive_post_or_an_employer_is_none(title, text):
    assert rules.first_person_exit(title, text) is None


def test_deal_talks_between_two_named_companies_name_both():
    events = detect_events("Merger talks between budget carriers Covenant Air and Skyreach Airlines have ended")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == {"Covenant Air", "Skyreach Airlines"}
    assert not detect_events("Talks between union and Halden Motors stall")


@pytest.mark.parametrize("text", [
    "Mosaicly buys the Snapjot brand and domain from the startup's creditors",
    "Telvio agreed to buy mid-band spectrum licences from Antara Wireless for $1.2 billion",
])
def test_a_brand_with_other_things_or_licences_are_things_bought(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) == rules.NOT_A_COMPANY_BOUGHT


def test_a_brand_described_alone_is_most_often_the_company():
    assert rules.hard_negative(MERGER_ACQUISITION, "Hemming Foods agrees $780m deal for plant-based brand") is None


@pytest.mark.parametrize("text, company", [
    ("Vertex announces ViaCyte acquisition to expand its diabetes pipeline", "ViaCyte"),  # a purpose, not a buyer
    ("Carlyle considers selling its $2 billion Sequa aircraft-parts business", "Carlyle"),
    ("Halden to sell its Asian packaging unit", "Halden"),
    ("NCR shares jump on report it may get bought", "NCR"),
])
def test_deals_of_modern_headlines_told_by_purpose_unit_or_report(text, company):
    assert company in [e.company for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Halden to sell its stake in the Morvo unit",
    "Halden falls on report it missed earnings",
    "Following its decision to sell its Asian unit, Halden grew",
])
def test_a_stake_a_report_of_something_else_or_a_sale_told_in_passing_is_no_such_deal(text):
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Kingsmere Bank agrees to acquire a £1.5bn residential mortgage portfolio",
    "Kingsmere Bank Agrees to Acquire €900m Commercial Loan Portfolio",
    "Greyhollow Energy wins offshore wind lease with $390m bid",
])
def test_a_thing_bought_or_won_for_an_amount_in_any_currency_is_no_company(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) == rules.NOT_A_COMPANY_BOUGHT
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


def test_a_possessive_deal_with_a_named_partner_is_read_and_one_dated_in_the_past_is_history():
    events = detect_events("Investors vote down Ashcombe's tie-up with Pellow")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == {"Ashcombe", "Pellow"}
    assert not [e for e in detect_events("Halden's merger with Morvo in 2015 created a giant")
                if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Palisade Robotics says it is not exploring a sale",
    "Fallow Media denies report it's up for sale",
    "Corrigan Foods says it is not in talks with any party",
    "Brightwell Insurance denies merger talks",
    "Aravali Cables denies merger talks with Bhairav Wires",  # (the other side named: still a denial)
])
def test_a_company_denying_a_sale_tells_no_deal(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) == rules.NO_BID
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Stellan Group is exploring a sale of its payments business",
    "Orbix says it's in talks to merge with Halden Aero",
])
def test_a_sale_under_way_stays_a_deal(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) != rules.NO_BID


@pytest.mark.parametrize("text", [
    "Business secretary resigns over lobbying row",
    "Fed's Halverson to step down from board",
])
def test_a_cabinet_secretary_or_a_fed_governor_is_no_companys_executive(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text)
    assert not [e for e in detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text, company", [
    ("Takeover of Kestrel Quay Holdings fails", "Kestrel Quay Holdings"),
    ("PRIVATISATION OF LUNG FAT PROPERTIES LAPSES AFTER SCHEME VOTE", "LUNG FAT PROPERTIES"),
    ("Amani Trust Bank to absorb Kisumu Savings and Loans", "Kisumu Savings"),
    ("Narmada Electricals to hive off its switchgear unit to Tessaly Power", "Narmada Electricals"),
])
def test_deals_told_from_the_deal_or_in_commonwealth_words(text, company):
    assert company in [e.company for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Brackwood to absorb higher freight costs",
    "Deal talks lapse as Brackwood walks away",
])
def test_costs_absorbed_or_talks_lapsed_name_no_company_bought(text):
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text, target, acquirer", [
    ("Brackwood walks away from Ellison Re pursuit", "Ellison Re", "Brackwood"),
    ("Quarry Foods rejects tilt from Morvane", "Quarry Foods", "Morvane"),
    ("Court sanctions amalgamation of Halvern Textiles with Ostler Mills", None, None),
])
def test_takeover_laws_words_for_a_bid_are_deal_words(text, target, acquirer):
    events = [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]
    if target:
        assert {(e.company, e.role) for e in events} == {(target, "target"), (acquirer, "acquirer")}
    else:
        assert {e.company for e in events} == {"Halvern Textiles", "Ostler Mills"}


def test_a_purpose_clause_after_a_deal_noun_is_no_object_bought():
    # "pipeline" is a thing bought only as the object: "to expand its pipeline" says why the company is bought
    assert rules._bought_an_asset(" to expand its oncology pipeline") is False
    assert rules._bought_an_asset(" its Gulf pipeline for $300 million") is True


def test_a_price_move_after_a_deal_is_no_stake_size():
    text = "Orwell Bio buys Tamsin Therapeutics; $TMSN closes up 31%"
    assert {(e.company, e.role) for e in detect_events(text)} >= {("Tamsin Therapeutics", "target")}
    assert rules.detect_events("Orwell Bio buys 31% stake in Tamsin Therapeutics", "") == []


@pytest.mark.parametrize("text, deal", [
    ("Brackley Shipping buys two LNG tankers for $300M", False),  # a count of things in lower case
    ("Brackley Shipping acquires 14 used freighters from Ostler", False),
    ("Brackley Shipping acquires two rivals for $1 billion", True),  # businesses counted are still companies
    ("Brackley Shipping buys three Ohio insurance brokers", True),
])
def test_a_count_of_things_bought_is_no_company_unless_they_are_businesses(text, deal):
    assert rules._bought_an_asset(text.split(" buy", 1)[1].split(" ", 1)[1] if " buys " in text else
                                  text.split(" acquires", 1)[1]) is not deal


def test_a_dated_clause_about_something_else_leaves_the_departure_standing():
    text = "Quarry Foods CEO Ada Pell, who joined in 2017, resigns"
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) is None
    assert [e.company for e in detect_events(text)] == ["Quarry Foods"]


@pytest.mark.parametrize("text", [
    "Brennick CEO Ada Pell says she has no plans to step down",
    "Brennick denies report that CEO Ada Pell will resign",
    "Brennick CEO Ada Pell will not resign, board says",
    "Brennick CEO Ada Pell rules out stepping down",
    "no departure found / CEO still in place as of 2019. Checked the 10-K.",
    "Stonefield Beverages makes interim CEO permanent",  # the one in the post stays in it
    "Redstone Petroleum says CEO Dana Holt remains in role, dismisses reports of imminent exit",
    "Stonefield named Owen Tait chief executive, removing the \"interim\" tag he has carried since October.",
])
def test_an_exit_said_not_to_happen_is_none_however_sure_the_model(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) == rules.NO_EXIT
    assert rules.NO_EXIT in rules.DEFINITIONAL


@pytest.mark.parametrize("text", [
    "Brennick did not say why CEO Ada Pell resigned",  # the negation governs "say"
    "Ada Pell did not resign; she was fired by the board of Brennick",  # another exit besides
    "Brennick CEO Ada Pell resigns; the CFO will not leave",
    "Halden names permanent CEO, interim chief to return to board",  # the interim one leaves the post
])
def test_a_negation_elsewhere_leaves_the_exit_standing(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) is None


@pytest.mark.parametrize("text", [
    "Skyvale Air had been using Terminal 2 for its flight departures to Oslo.",
    "Passengers waited in the departure lounge for three hours.",
])
def test_a_flights_departure_is_no_executives(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text)


@pytest.mark.parametrize("text", [
    "Senator Halvorsen's campaign manager resigns after donor row",
    "Mayor's re-election campaign chairman quits",
])
def test_a_political_campaign_is_politics(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text)


@pytest.mark.parametrize("text", [
    "Tessary Mobile's chief marketing officer resigns amid ad campaign backlash",
    "Brennick Foods CFO quits as activist's proxy campaign gathers support",
])
def test_a_company_campaign_is_not_politics(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) is None
    assert [e for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text, company", [
    ("Pellucid Finance CEO resigns amid Central Bank scrutiny", "Pellucid Finance"),
    ("Oranmore Sugar chief executive quits to contest general election", "Oranmore Sugar"),
    ("Varsha Textiles chairman steps down as parliament debates mill closures", "Varsha Textiles"),
])
def test_politics_or_a_central_bank_as_the_setting_of_a_companys_exit(text, company):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) is None
    assert company in [e.company for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text", [
    "Central bank governor resigns after clash with finance ministry",
    "Trade minister quits; former Halbrook Steel CEO tipped as successor",
    "Lorne Abbott MP resigned yesterday to become chairman of a City merchant bank, forcing a by-election.",
    "The chairman of the opposition party stepped down after its worst election result in decades.",
])
def test_politics_stays_politics_when_a_company_post_is_named_too(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text)


@pytest.mark.parametrize("text, company", [
    ("Kalvari Bank MD & CEO opts for early retirement", "Kalvari Bank"),
    ("Kalvari Bank chief executive has sought early retirement, a year before his term ends", "Kalvari Bank"),
    ("Dunmore Insurance CEO's contract not renewed", "Dunmore Insurance"),
    ("Dunmore Insurance will not renew the contract of CEO Aled Price", "Dunmore Insurance"),
    ("Tarnock Gas CMD R Iyer superannuates after four years at the helm", "Tarnock Gas"),
    ("Tarnock Gas MD K. Menon to demit office on Friday", "Tarnock Gas"),
])
def test_exits_told_by_the_post_or_its_term(text, company):
    assert company in [e.company for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text", [
    "Tarrow Mills says 300 employees opted for early retirement",
    "Dunmore Insurance renews CEO's contract for three more years",
    "Dunmore Insurance says its chief executive's contract will be renewed",
])
def test_staff_retiring_or_a_contract_renewed_is_no_exit(text):
    assert not [e for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text, company", [
    ("Chile Copperworks president resigns after audit", "Chile Copperworks"),
    ("Quarry Lane Foods said Jane Roe, its president of Canada operations, resigned", "Quarry Lane Foods"),
])
def test_a_company_named_after_a_country_keeps_its_departures(text, company):
    assert company in [e.company for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text", [
    "Harbor City Fire Brigade declares major incident as fires spread",
    "Lawsuit Against Kestrel Details Spontaneous Fire Defect Affecting Owners",
    "Morvo: Looking At The Market Exit Implications",
])
def test_title_case_nouns_are_not_a_person_leaving(text):
    assert not [e for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text, person", [
    ("Kestrel Fires Jane Roe", "Jane Roe"),
    ("Kestrel ousts Halvorsen", "Halvorsen"),
    ("Battle steps down as CEO of Kestrel Systems", "Battle"),
])
def test_names_still_leave(text, person):
    assert person in [e.person for e in rules.detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]


@pytest.mark.parametrize("text, company", [
    ("Dorian Vale Jr. is planning to retire as chief executive officer of Quarry Lane Foods Corp.", "Quarry Lane Foods Corp"),
    ("Dorian Vale, Sr. will step down as chairman of Kestrel Systems", "Kestrel Systems"),
])
def test_a_generation_after_the_name_is_part_of_the_person(text, company):
    events = [e for e in rules.detect_events("", text) if e.kind == EXECUTIVE_DEPARTURE]
    assert [e.company for e in events] == [company]
    assert events[0].person.startswith("Dorian Vale")


@pytest.mark.parametrize("text", [
    "Harlow Minerals to acquire 100% of the Quillon lithium property in Manitoba",
    "Redpine Realty buys Halden Plaza property for $4.2M",
    "Ostrava Shipping to acquire three bulk carrier vessels for $61M",
    "Fernhill Living Acquires Maple Court, a 240-Unit Multifamily Community Near Tulsa",
    "Kestrel Gold acquires the Vantor copper project in Chile",
    "MARLOWE ENERGY ACQUIRES OIL AND GAS PROPERTIES IN TEXAS",
    "Marlowe Energy Corp said it acquired producing properties from Vantor Oil Co for 12 mln dlrs",
    "Halden Acquires Office Building In Denver",  # Title Case capitalises the thing too
    "Halden to buy homes in Denver from Vantor Homes",
    "Ferncastle Brewing has purchased the former Oakham Brewing Co. buildings and land on the east side for $3.1 million.",
    "Tolland Valley Railroad agreed to purchase the 40-mile Ashby Subdivision from Great Plains Railway.",
])
def test_buying_a_property_a_project_or_ships_is_no_deal(text):
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text, target", [
    ("Acme to buy Tanker Holdings for $2 billion", "Tanker Holdings"),
    ("Globex to acquire Future Fields, a provider of crop analytics software", "Future Fields"),
    ("Kestrel buys Morvo Systems in $3 billion deal", "Morvo Systems"),
    # In running text a capitalised run is a name even when its first word is a thing's ("homes", "land").
    ("Harwick to acquire Home Brightly in $80 million deal", "Home Brightly"),
    ("Ostrava buys Land Meridian from Tallis", "Land Meridian"),
])
def test_a_company_whose_name_has_an_asset_word_is_still_bought(text, target):
    assert target in [e.company for e in detect_events(text) if e.kind == MERGER_ACQUISITION and e.role == "target"]


@pytest.mark.parametrize("text, buyer", [
    ("$QLS - Quarry Lane Supply acquires wastewater products firm based in Southern California", "Quarry Lane Supply"),
    ("Halden Systems to acquire tech and consulting firm, Morvo Life Science", "Halden Systems"),
    ("Kestrel Bancorp agrees to buy a regional lender for $400 million", "Kestrel Bancorp"),
])
def test_a_named_buyer_of_a_business_described_but_not_named_is_in_a_deal(text, buyer):
    events = [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert [(e.company, e.role) for e in events] == [(buyer, "acquirer")]


@pytest.mark.parametrize("text, target", [
    ("Kestrel Foods to go private in $2 billion deal", "Kestrel Foods"),
    ("Halvor Media Announces Proposed Going Private Transaction", "Halvor Media"),
    ("Quarry Lane Enters into a Definitive Agreement for Going-Private Transaction ($1.55/sh cash)", "Quarry Lane"),
])
def test_a_company_going_private_is_bought(text, target):
    assert [(e.company, e.role) for e in detect_events(text) if e.kind == MERGER_ACQUISITION] == [(target, "target")]


@pytest.mark.parametrize("text", [
    "Kestrel Foods' acquisition by Halden Capital closes",
    "Kestrel Foods provides update on the pending acquisition by Halden Capital",
])
def test_an_acquisition_by_a_named_buyer_sells_its_owner_or_the_sentences_company(text):
    events = [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert {(e.company, e.role) for e in events} == {("Kestrel Foods", "target"), ("Halden Capital", "acquirer")}


@pytest.mark.parametrize("text", [
    "After going private in 2019, Kestrel Foods grew its margins",
    "Should Kestrel Foods go private?",
])
def test_going_private_told_as_history_or_asked_is_no_deal(text):
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Halden Acquisition Corp announces business combination with Morvo Therapeutics",
    "Halden Acquisition Corp and Morvo Therapeutics complete business combination",
])
def test_a_business_combination_is_a_merger(text):
    events = [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert {e.company for e in events} == {"Halden Acquisition Corp", "Morvo Therapeutics"}


@pytest.mark.parametrize("text", [
    "Halden Systems to buy a business jet for its executives",
    "After the company bought a regional lender, Halden Systems grew",
])
def test_what_is_bought_must_be_a_business_for_a_buyer_alone_to_be_in_a_deal(text):
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Halvorsen Hydrogen: Receives purchase order for an electrolyser system from Ostrava Energy",
    "Tamsin Bio Enters Into Equity Purchase Agreement for Up to $20 Million with Quarry Lane Capital",
    "Pennock Securities says buy Kestrel Systems as the pullback creates an attractive buying opportunity",
    "Morvo Realty Is Getting Closer To Buy Territory",
])
def test_trade_contracts_and_analysts_calls_are_no_deal(text):
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text", [
    "Kestrel Systems Announces Merger Agreement with Morvo",
    "Kestrel completes Morvo purchase",
])
def test_deal_agreements_are_deals(text):
    assert [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


def test_a_merger_agreement_s_reason_says_with_once():
    assert {e.reason for e in detect_events("Kestrel Systems signs merger agreement with Morvo")} == \
        {'"signs merger agreement with"'}


def test_a_deal_to_take_a_company_private_is_no_hard_negative():
    assert rules.hard_negative(MERGER_ACQUISITION, "Kestrel strikes deal to take Morvo private") is None


@pytest.mark.parametrize("text, target", [
    ("Kestrel to acquire New Relic for $6 billion", "New Relic"),
    ("Fernhill Foods Acquires New Harbor Fish House, a Seafood Distributor", "New Harbor Fish House"),
    ("KESTREL TO BUY NEW HALDEN MILLS", "NEW HALDEN MILLS"),
    ("Morvo Bancorp to acquire First Quarry Bank", "First Quarry Bank"),
    ("FIRST HALDEN TO BE ACQUIRED BY MORVO BANK", "FIRST HALDEN"),
])
def test_a_company_whose_name_opens_with_new_or_first_is_read_whole(text, target):
    events = [e for e in rules.detect_events(text) if e.kind == MERGER_ACQUISITION and e.role == "target"]
    assert [e.company for e in events] == [target]


@pytest.mark.parametrize("text", ["Acme Names New CEO", "ACME NAMES NEW CEO", "Acme Names New Chief Executive Officer",
                                  "Acme Names First Chief Digital Officer"])
def test_new_or_first_before_a_title_is_no_company(text):
    assert not rules.detect_events(text)


def test_live_opens_a_name_but_top_before_a_company_does_not():
    assert [e.company for e in rules.detect_events("Live Harbor CEO Jane Roe steps down")] == ["Live Harbor"]
    assert [e.company for e in rules.detect_events("Top Kestrel Execs Leave")] == ["Kestrel"]


@pytest.mark.parametrize("text, target, acquirer", [
    ("Kestrel takes majority interest in Halden Acoustics", "Halden Acoustics", "Kestrel"),
    ("KESTREL TAKES A CONTROLLING STAKE IN HALDEN ACOUSTICS", "HALDEN ACOUSTICS", "KESTREL"),
    ("Quarry Lane Partners invests $100M for a controlling interest in Morvo", "Morvo", "Quarry Lane Partners"),
    ("Brightwater sells majority stake in Halden Labs to Morvo Capital", "Halden Labs", "Morvo Capital"),
    ("Brightwater to sell its 60% controlling stake in Halden Labs to Morvo Capital", "Halden Labs", "Morvo Capital"),
])
def test_a_controlling_stake_taken_or_sold_is_a_deal_for_the_company_it_is_in(text, target, acquirer):
    events = [e for e in rules.detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert {(e.company, e.role) for e in events} == {(target, "target"), (acquirer, "acquirer")}


@pytest.mark.parametrize("text", [
    "Brightwater sells minority stake in Halden Labs to Morvo Capital",
    "Kestrel takes minority stake in Halden Acoustics",
    "Kestrel takes stake in Halden Acoustics",
    "Brightwater is selling a majority stake in its tower assets to a pension fund",
])
def test_a_stake_without_control_or_without_a_company_is_no_deal(text):
    assert not [e for e in rules.detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text, target, acquirer", [
    ("Kestrel agrees to sell Halden Labs to Morvo for $2 billion", "Halden Labs", "Morvo"),
    ("KESTREL SELLS HALDEN LABS TO MORVO FOR $2 BILLION", "HALDEN LABS", "MORVO"),
    ("Kestrel Sells Halden Labs, a Leading Maker of Industrial Sensors", "Halden Labs", None),
    ("Kestrel to sell Halden unit to Morvo", "Halden", "Morvo"),
    # a place names the seller's own unit: the seller's business changes hands
    ("Kestrel set to sell Russian business to a local restaurateur", "Kestrel", None),
    ("KESTREL SIGNS AGREEMENT TO SELL RUSSIA BUSINESS TO MORVO", "KESTREL", "MORVO"),
])
def test_a_company_sold_by_name_is_the_target_and_the_seller_no_side(text, target, acquirer):
    events = [e for e in rules.detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert {(e.company, e.role) for e in events} == {(target, "target")} | ({(acquirer, "acquirer")} if acquirer else set())


@pytest.mark.parametrize("text", [
    "Kestrel sells Widget Pro to Walmart",  # a product: nothing says it is a company
    "Kestrel sells Halden Labs",
    "Analysts say sell Kestrel",
])
def test_a_sale_that_may_be_a_product_or_advice_is_no_deal(text):
    assert not [e for e in rules.detect_events(text) if e.kind == MERGER_ACQUISITION]


@pytest.mark.parametrize("text, acquirer", [
    ("Kestrel Signs Agreement to Acquire Halden Labs", "Kestrel"),
    ("KESTREL SIGNS DEAL TO BUY HALDEN", "KESTREL"),
    ("Kestrel plc to buy Halden Labs", "Kestrel plc"),
    ("Kestrel Holdings inc. to buy Halden Labs", "Kestrel Holdings inc"),
])
def test_a_press_release_verb_or_a_lower_case_legal_form_is_not_lost_in_the_name(text, acquirer):
    events = [e for e in rules.detect_events(text) if e.kind == MERGER_ACQUISITION and e.role == "acquirer"]
    assert [e.company for e in events] == [acquirer]


@pytest.mark.parametrize("text, target, acquirer", [
    ("Kestrel Enters into Definitive Agreement to Acquire Halden Labs", "Halden Labs", "Kestrel"),
    ("KESTREL ENTERS INTO DEFINITIVE AGREEMENT TO ACQUIRE HALDEN LABS", "HALDEN LABS", "KESTREL"),
    ("Kestrel Announces Definitive Agreement to Be Acquired by Morvo Capital", "Kestrel", "Morvo Capital"),
    ("Kestrel Launches Tender Offer for Halden Labs", "Halden Labs", "Kestrel"),
    ("Kestrel Makes Hostile Bid for Halden", "Halden", "Kestrel"),
    # before a name word, such an adjective may open a company's name
    ("Definitive Harbor to buy Halden Labs", "Halden Labs", "Definitive Harbor"),
])
def test_a_deal_adjective_in_title_case_describes_the_deal_not_a_company(text, target, acquirer):
    events = [e for e in rules.detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert {(e.company, e.role) for e in events} == {(target, "target"), (acquirer, "acquirer")}


@pytest.mark.parametrize("headline, names", [
    # a verb no company's name uses ends the name before it, and its object is a name of its own
    ("Quarry Care Obtains Final Order Approving Merger", ["Quarry Care"]),
    ("Halden Williams Advises Voff Pet Food on Sale to Kestrel", ["Halden Williams", "Voff Pet Food"]),
    # a plural noun of the name before a verb stays in the name; "Campus" is no verb
    ("Morvo Campus Communities Announces Board Backing", ["Morvo Campus Communities"]),
    ("Kestrel Ports Expands Dredging Fleet", ["Kestrel Ports"]),
    # in capitals a verb then a particle, an article or a count ends the name before it
    ("HOLLOWAY SAVINGS PLACED IN CONSERVATORSHIP", ["HOLLOWAY SAVINGS"]),
    ("BRISLEY TOOLING LAYS OFF 240 AT DAYTON WORKS", ["BRISLEY TOOLING"]),
    ("QUENBY MARINE FURLOUGHS 600 AS ORDERS SLUMP", ["QUENBY MARINE"]),
    ("ORWELL STEEL SHUTS ITS MIDDLETOWN MILL", ["ORWELL STEEL"]),
    # a name's own plural before a particle or a count stays in the name
    ("HALDEN SYSTEMS IN MERGER TALKS WITH BOLTON", ["HALDEN SYSTEMS"]),
    ("KESTREL FOODS FOR SALE, SAYS BANKER", ["KESTREL FOODS"]),
    # Title Case keeps its small words in lower case: a verb before one ends the name
    ("Brisley Tooling Lays off 240 at Dayton Works", ["Brisley Tooling"]),
    ("Holloway Savings Placed in Receivership", ["Holloway Savings"]),
    # a name's own plural before "to" or "for" stays in the name
    ("Kestrel Ports to Buy Haifa Terminal", ["Kestrel Ports"]),
    ("Ostler Health buys Pemberly Clinics for $400 million", ["Ostler Health", "Pemberly Clinics"]),
    # a plural before a group's word that ends the run is the name's noun, not a verb; before a title it is a verb
    ("Harrowby Cinemas Group has been placed into liquidation", ["Harrowby Cinemas Group"]),
    ("Morvo Names Group CEO", ["Morvo", "Group"]),
    # a cut's verb before a count ends the name in Title Case too
    ("Property Developer Lianhe Cuts 30% of Staff", ["Lianhe"]),
    ("Halden Systems Cuts Hundreds of Jobs", ["Halden Systems", "Hundreds of Jobs"]),
    # a legal form of Malaysia, Indonesia, Singapore ends the run, whatever the word before it looks like
    ("Sinar Kenanga Plantations Bhd group managing director to retire", ["Sinar Kenanga Plantations Bhd"]),
])
def test_a_verb_ends_a_company_name_in_title_case_and_in_capitals(headline, names):
    found = [span.text for span in rules._name_spans(headline)]
    assert found[:len(names)] == names


@pytest.mark.parametrize("text, sides", [
    ("Team behind budgeting app Pennyloft is being acqui-hired by Orrel", {("Pennyloft", "target"), ("Orrel", "acquirer")}),
    ("Quaystone merges into parent Harbrook Retail", {("Quaystone", "merger"), ("Harbrook Retail", "merger")}),
    ("Tindle to be folded into parent Ostler Systems", {("Tindle", "merger"), ("Ostler Systems", "merger")}),
    # the company sold is news when its buyer is described, not named
    ("Pennyloft bought by a fintech giant", {("Pennyloft", "target")}),
    ("Rota app Shiftwell scooped up by Ridgeway Group", {("Shiftwell", "target"), ("Ridgeway Group", "acquirer")}),
    ("Kinetiq takes over a warehouse-robotics startup", {("Kinetiq", "acquirer")}),
    ("Tindle, the route-planning startup, sells to a logistics software firm", {("Tindle", "target")}),
])
def test_a_startups_deal_in_the_trade_press_words(text, sides):
    assert {(e.company, e.role) for e in detect_events(text) if e.kind == MERGER_ACQUISITION} == sides


@pytest.mark.parametrize("text", [
    "Pennyloft acquires the domain for $30,000",
    "Pennyloft acquires new Denver office as team grows",
])
def test_a_domain_or_an_office_bought_is_no_company(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) == rules.NOT_A_COMPANY_BOUGHT


@pytest.mark.parametrize("text", [
    "Ada Pell will remain senior adviser until her retirement in May, Ostler Mills said",  # an exit told besides
    "Ostler Mills extended Ada Pell's contract; she will step down in 2027",
])
def test_staying_said_beside_an_exit_leaves_the_exit(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) != rules.NO_EXIT


def test_a_deal_dated_by_its_year_is_told_in_passing():
    text = "Ostler Medical profit rose, helped by its spine business, which it bolstered with the 2019 acquisition of Calloway Spine."
    assert rules.hard_negative(MERGER_ACQUISITION, text) not in (None, *rules.DEFINITIONAL)


@pytest.mark.parametrize("headline", ["Explainer: What happens when regulators block a merger?",
                                      "Opinion - Should Ostler buy Morvane?", "Q&A: How a takeover vote works"])
def test_a_genre_label_before_the_headline_is_read_as_furniture(headline):
    assert rules._WIRE_PREFIX.sub("", headline)[0] in "WSH"


def test_a_plural_possessive_names_the_bidder_and_a_cashtag_is_no_word_of_the_name():
    events = detect_events("$HRBY Harrowby Mining rejects Orvanta Metals' $4.1B approach")
    assert {(e.company, e.role) for e in events} == {("Harrowby Mining", "target"), ("Orvanta Metals", "acquirer")}


@pytest.mark.parametrize("text", [
    "Amberly Financial agreed to buy a 140 mln dlr portfolio of residential mortgage loans",  # wire amounts
    "Ostler Savings agreed to buy 40 mln dlrs of notes from a failed thrift",
])
def test_an_amount_or_a_share_before_a_thing_bought_is_still_a_thing(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) == rules.NOT_A_COMPANY_BOUGHT


@pytest.mark.parametrize("first, second, one", [
    ("PENWORTHY", "Penworthy Exploration Co", True),  # the headline's short name, the story's full one
    ("American Airlines", "American Express", False),  # a common first word names two companies
    ("Halden Corp.", "Halden Corp", True),
    ("Halden", "Morvo", False),
])
def test_two_spellings_of_one_company(first, second, one):
    assert rules._one_company(first, second) is one


def test_no_company_is_on_both_sides_of_its_own_deal():
    both = rules.DetectedEvent(MERGER_ACQUISITION, "Fairlie Bancorp", "target", "announced", counterparty="Fairlie Bancorp")
    other = rules.DetectedEvent(MERGER_ACQUISITION, "Ostler Savings", "target", "announced", counterparty="Fairlie Bancorp")
    assert rules._dedupe([both, other]) == [other]


def test_common_words_before_a_deal_noun_in_a_title_case_headline_are_no_target():
    assert detect_events("Kestrel-Morvo Work Signals Public Cloud Telecom Takeover, Says Analyst", "") == []
    [event] = detect_events("Shareholders Back Halden Foods Acquisition", "")
    assert (event.company, event.role) == ("Halden Foods", "target")


@pytest.mark.parametrize("text, company, person", [
    ("Shares fell after the departure of Jane Roe as chief executive of Quarry Foods.", "Quarry Foods", "Jane Roe"),
    ("Little was said about the resignation of Mr. Quenby from Harvel Medical Corp.", "Harvel Medical Corp",
     "Quenby"),
])
def test_the_noun_of_a_departure_and_whose_it_is(text, company, person):
    [event] = [e for e in detect_events("", text) if e.kind == EXECUTIVE_DEPARTURE]
    assert (event.company, event.person) == (company, person)


def test_the_noun_of_a_departure_years_ago_is_history():
    assert detect_events("", "Since the departure of Jane Roe from Quarry Foods in 2015, sales have doubled.") == []


@pytest.mark.parametrize("headline", [
    "Kestrel REIT Acquires Riverside Office Building",
    "Quarry Realty Acquires Off-Market Industrial Property - Marks 21st Deal",
])
def test_a_name_ending_in_a_thing_bought_is_no_deal(headline):
    assert detect_events(headline, "") == []


@pytest.mark.parametrize("headline, target", [
    ("Halden Acquires Morvo Power Plant Services", "Morvo Power Plant Services"),
    ("Halden to acquire Kestrel Properties", "Kestrel Properties"),  # plural: a real-estate company's name
])
def test_a_company_named_after_what_it_owns_is_still_a_target(headline, target):
    assert target in {e.company for e in detect_events(headline, "") if e.role == "target"}


@pytest.mark.parametrize("text", [
    "Fenwick Industries Inc said it completed its previously announced acquisition of Garrow Electronics Corp.",
    "Fenwick Industries Inc said it completed its 31 mln dlr acquisition of Garrow Electronics Corp.",
    "Fenwick Industries Inc has closed the long-awaited $310 million acquisition of Garrow Electronics Corp.",
])
def test_how_a_closed_deal_was_told_before_and_its_price_keep_the_buyer(text):
    roles = {(normalize_name(event.company), event.role) for event in detect_events("", text)}
    assert roles == {("fenwick industries", "acquirer"), ("garrow electronics", "target")}


@pytest.mark.parametrize("headline, target, buyer", [
    ("SILVERLINE UNIT SOLD TO OAKHURST", "silverline", "oakhurst"),
    ("OAKHURST BUYS SILVERLINE UNIT", "silverline", "oakhurst"),
    ("OAKHURST DIVISION TO BUY PACER TOOLS", "pacer tools", "oakhurst"),
    ("Halden to acquire Unit Corp", "unit", "halden"),
])
def test_a_unit_that_capitals_glue_to_its_owners_name_is_the_owners_news(headline, target, buyer):
    roles = {(normalize_name(event.company), event.role) for event in detect_events(headline)}
    assert roles == {(target, "target"), (buyer, "acquirer")}


@pytest.mark.parametrize("text", [
    "Ellery Bancorp rejects raised offer from Fenwick Financial",
    "Ellery Bancorp on Wednesday rejected a sweetened $35-a-share takeover offer from Fenwick Financial.",
])
def test_a_price_per_share_is_no_company_and_a_raised_offer_still_names_its_bidder(text):
    roles = {(normalize_name(event.company), event.role) for event in detect_events(text)}
    assert roles == {("ellery bancorp", "target"), ("fenwick financial", "acquirer")}


@pytest.mark.parametrize("sentence, reason", [
    ("WASHINGTON - Assistant Commerce Secretary Lyle Hendricks resigned to return to law practice.", rules.GOVERNMENT_POST),
    ("Connecticut Banking Commissioner Lawrence Teague resigned, citing personal reasons.", rules.GOVERNMENT_POST),
    ("ENDICOTT PAPER (EPC) RETIRES DEBT", "a debt or a security retired, not a person"),
    ("Endicott Paper said it retired all 60 mln dlrs of its 13-1/4 pct senior subordinated debentures.",
     "a debt or a security retired, not a person"),
    ("Ostler Mills retired the company's convertible debentures early", "a debt or a security retired, not a person"),
    ("Sen. Ada Pell said she will resign from the Senate to join a law firm.", rules.GOVERNMENT_POST),
    ("Securities regulator chief Ada Pell to step down in March", rules.GOVERNMENT_POST),
    ("Ostler Mills says CEO will stay through 2027, quelling succession talk", rules.NO_EXIT),
    ("The board ended months of speculation that Ada Pell would retire and extended her contract", rules.NO_EXIT),
    ("Brightmoor Glass exits Chapter 11 as lenders take the keys", rules.PROCEDURE_LEFT),
    ("LINDQVIST FOODS COMES OUT OF ADMINISTRATION UNDER NEW OWNER", rules.PROCEDURE_LEFT),
])
def test_a_government_post_a_retired_debt_or_a_procedure_left_explains_a_departure_away(sentence, reason):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == reason


@pytest.mark.parametrize("sentence", [
    "Kestrel Mining chief executive Lyle Hendricks, a former commissioner, resigned.",
    "Kestrel Mining CEO to retire; the company also retires debt",
    "Brightmoor Glass CEO resigns as the company exits Chapter 11",
])
def test_a_company_post_beside_them_still_reads_as_a_departure(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is None


@pytest.mark.parametrize("sentence, minority", [
    ("GROUP HAS 5.5 PCT OF QUILLON TECHNOLOGIES (QLN)", True),
    ("The group said it has acquired 412,500 shares of Quillon, or 5.5 pct of the total outstanding.", True),
    ("Halden holds 80 pct of Morvo after its tender offer", False),
    # the control the other owners keep makes the stake no bigger
    ("Halden has bought a 20 per cent stake in Morvo, with the founders keeping majority control", True),
])
def test_a_holding_disclosed_under_half_is_a_minority_stake(sentence, minority):
    assert (rules.hard_negative(MERGER_ACQUISITION, sentence) == rules.MINORITY_STAKE) is minority


@pytest.mark.parametrize("headline, company, title", [
    ("Lindqvist Shipping replaces long-serving CEO", "lindqvist shipping", "CEO"),
    ("Acme veteran CFO to retire", "acme", "CFO"),
])
def test_a_long_serving_or_veteran_title_is_still_the_title(headline, company, title):
    assert [(normalize_name(event.company), event.title) for event in detect_events(headline)] == [(company, title)]


@pytest.mark.parametrize("headline, roles", [
    # a price move or a premium is no stake's size
    ("Ostrander Capital to take Fenwick Learning private in $780mn LBO; $FNWK +27% premarket",
     {("fenwick learning", "target"), ("ostrander capital", "acquirer")}),
    # an unnamed unit sold is its owner's news; a named one is the target
    ("Ruthven sells industrial robotics unit to Aldwin Capital", {("ruthven", "target"), ("aldwin capital", "acquirer")}),
    ("Silverline sells Pacer Tools unit to Oakhurst", {("pacer tools", "target"), ("oakhurst", "acquirer")}),
    # a regulator's probe of a named deal is a stage of that deal
    ("UK CMA opens Phase 2 probe into Oakridge Media's takeover of Pellucid Radio",
     {("pellucid radio", "target"), ("oakridge media", "acquirer")}),
])
def test_a_price_move_a_sold_unit_and_a_probed_deal(headline, roles):
    assert {(normalize_name(event.company), event.role) for event in detect_events(headline)} == roles


def test_a_stake_sized_under_half_is_still_no_deal():
    assert not detect_events("Halden buys 27% stake in Morvo")


@pytest.mark.parametrize("headline, roles", [
    ("Nakamura Foods said to weigh renewed approach for Sunfield", {("sunfield", "target"), ("nakamura foods", "acquirer")}),
    ("Halden mulls offer for Morvo", {("morvo", "target"), ("halden", "acquirer")}),
    ("Globex weighs bid from Acme", {("globex", "target"), ("acme", "acquirer")}),
])
def test_weighing_a_bid_for_another_is_the_bidders_and_one_from_another_the_targets(headline, roles):
    assert {(normalize_name(event.company), event.role) for event in detect_events(headline)} == roles


@pytest.mark.parametrize("headline, company", [
    ("BRANDT-WHEELER MARKETING VICE PRESIDENT LEAVES", "brandt wheeler"),
    ("Tolley Retail CFO Grant Hewitt departs", "tolley retail"),
])
def test_a_function_glued_before_its_post_is_the_posts_not_the_companys(headline, company):
    assert [normalize_name(event.company) for event in detect_events(headline)] == [company]


@pytest.mark.parametrize("headline, roles", [
    # a thing's word joined by a hyphen to the next describes it: the company after the description is bought
    ("Marlow Health buys home-care operator Brindle Nursing", {("brindle nursing", "target"), ("marlow health", "acquirer")}),
    ("Ostrow Capital acquires stock-trading app Penfold", {("penfold", "target"), ("ostrow capital", "acquirer")}),
    # an apposition's own names ("Main Street") are passed over for the name it describes
    ("Quarry Lane Bakery, a fixture on Main Street since 1952, has been bought by Hollin Foods",
     {("quarry lane bakery", "target"), ("hollin foods", "acquirer")}),
])
def test_a_described_object_and_a_subject_with_an_apposition_are_read(headline, roles):
    assert {(normalize_name(event.company), event.role) for event in detect_events(headline)} == roles


@pytest.mark.parametrize("headline", [
    "Ten years after the Alder-Birchfield merger, was it worth it?",
    "A look back at the 2015 combination of Alder Freight and Birchfield Haulage",
])
def test_a_deal_told_as_what_came_after_it_is_history(headline):
    assert not detect_events(headline)


@pytest.mark.parametrize("sentence", [
    "Ferrow Energy closed the acquisition of approximately 12,000 net acres of drilling acreage from a private seller",
    "Ferrow Energy Acquires 12,000 Net Acres of Drilling Acreage",
])
def test_acres_of_something_are_a_thing_bought(sentence):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == rules.NOT_A_COMPANY_BOUGHT


def test_a_deal_in_a_sentence_dated_years_ago_is_history():
    assert not detect_events("Seven years ago today, Harrow Foods completed its acquisition of Belmar Snacks")
    assert detect_events("Harrow Foods completed its acquisition of Belmar Snacks")


def test_the_years_since_an_exit_tell_it_as_history():
    sentence = "Eight years after leaving Corrib Tools, former CEO Ann Vale looks back in a memoir"
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == rules.TOLD_AS_HISTORY
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Ann Vale is leaving Corrib Tools after eight years as CEO") is None


@pytest.mark.parametrize("headline, company", [
    ("Family-owned Quarry Hardware changing hands after 50 years", "quarry hardware"),
    ("Corner bakery Sweetwater Treats under new ownership", "sweetwater treats"),
    ("Harlow Lanes gets new owners after 40 years", "harlow lanes"),
    ("Same menu, new owners at the Blue Heron Diner", "blue heron diner"),
])
def test_a_company_changing_owner_is_the_target(headline, company):
    assert [(normalize_name(event.company), event.role) for event in detect_events(headline)] == [(company, "target")]


@pytest.mark.parametrize("headline", [
    "Old Harrow Mills building gets new owner",  # a building
    "Shares of Halden changed hands 3 million times",  # trading
    "Halden stock changes hands at record volume",
    "Glintway And Sentrax Form AI Partnership; No Equity Changes Hands",  # said not to
    "Owners say the Blue Heron Diner is not changing hands",
    "Hasse Woodworks buys Elmstrand factory at receivership auction",  # a name's factory, bought as a thing
    "Lowmoor Partners buys bankrupt retailer Harrow & Pike's brand and IP at auction",  # what it owned
])
def test_a_thing_or_shares_changing_hands_is_no_deal(headline):
    assert not detect_events(headline)


@pytest.mark.parametrize("sentence", [
    "Port Tilden city manager resigns",
    "Brannock schools superintendent stepping down at end of year",
    "Marlow Falls police chief announces retirement",
    "Ottery County treasurer retiring after 24 years",
])
def test_a_towns_or_a_school_districts_post_is_in_government(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == rules.GOVERNMENT_POST


@pytest.mark.parametrize("headline, roles", [
    ("Dunlow Lake Hospital to join Northvale Health Partners", {("dunlow lake hospital", "target"), ("northvale health partners", "acquirer")}),
    ("Ardenwood University Health to become part of Kestrel Valley Health",
     {("ardenwood university health", "target"), ("kestrel valley health", "acquirer")}),
    ("Westerly Plains Medical Center completes affiliation with Vantreece Health",
     {("westerly plains medical center", "target"), ("vantreece health", "acquirer")}),
    ("Harrowgate Credit Union joins Pellmore Bank", {("harrowgate credit union", "target"), ("pellmore bank", "acquirer")}),
])
def test_an_institution_joining_another_is_a_deal(headline, roles):
    assert {(normalize_name(event.company), event.role) for event in detect_events(headline)} == roles


@pytest.mark.parametrize("headline", [
    "Jane Roe to join Northvale Health as chief medical officer",  # a hire
    "Dr. Amy Lin joins Harrowgate Health",
    "Acme Labs to join Globex in AI push",  # a partnership, no institution
    "Hospital workers join strike at Northvale Health",
])
def test_a_person_or_a_partner_joining_is_no_deal(headline):
    assert not detect_events(headline)


def test_the_dow_jones_mark_before_a_headline_is_no_part_of_the_name():
    events = detect_events("DJ Pelland Industries Names New CEO As Harlan Retires")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Pelland Industries"]


@pytest.mark.parametrize("sentence", [
    "The president of the steelworkers union local at Corrin Forge, Al Mest, said he will retire next month",
    "Union leader Dora Vick steps down after 20 years",
])
def test_a_trade_unions_officer_leaving_is_no_executive(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == rules.UNION_POST


@pytest.mark.parametrize("sentence", ["The president of the credit union, Ann Velo, will retire in June",
                                      "Union Pacific president resigns"])
def test_a_credit_unions_or_a_railroads_president_is_an_executive(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is None


def test_a_judge_retiring_is_no_executive():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "U.S. Bankruptcy Judge Mara Ell said she will retire") == rules.A_JUDGE


def test_a_senators_title_before_the_name_ends_no_sentence_and_is_a_post_in_government():
    assert len(rules._SENTENCE_END.split("Sen. Mara Quell said she will retire. Aides were told on Monday.")) == 2
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Sen. Mara Quell, the panel's chair, said she will retire") == \
        rules.GOVERNMENT_POST


def test_ships_counted_by_their_initials_are_assets_and_a_deal_word_after_them_is_the_same_purchase():
    assert rules._not_a_company_bought(" three LNGCs from a Greek owner")
    assert not [e for e in detect_events("Holmvik Tankers buys three LNGCs in $600m en bloc deal")
                if e.kind == MERGER_ACQUISITION]


def test_a_headline_that_asks_what_would_happen_if_a_deal_were_made_reports_none():
    assert not rules.detect_events("If Marlow Foods Bought Castine Drinks, Who Would Win?", "")
    # a condition on a deal that is announced is still the deal
    assert rules.detect_events("If approved, Marlow Foods will buy Castine Drinks for $2 billion.", "")


def test_a_deal_only_imagined_is_none():
    assert not rules.detect_events("But the fantasy tie-up between Marlow Foods and Castine Drinks is a favourite of "
                                   "analysts.", "")
    assert rules.detect_events("But the tie-up between Marlow Foods and Castine Drinks is expected to close in May.",
                               "")


def test_title_case_capitalising_how_an_exit_came_before_the_post_names_no_company():
    events = rules.detect_events("Corliss Freight: Abrupt CFO Exit An Overhang; PT to $34", "")
    assert [e.company for e in events] == ["Corliss Freight"]
    assert [e.company for e in rules.detect_events("Summit CFO Resigns", "")] == ["Summit"]  # a name, not how


def test_a_region_the_post_covers_is_not_the_company_the_name_before_it_is():
    events = rules.detect_events("Marbury Cloud's North America sales chief departs ahead of Q4", "")
    assert [e.company for e in events] == ["Marbury Cloud"]


def test_a_chief_judge_retiring_is_no_executive():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Chief Judge Marta Ilves of the U.S. Bankruptcy Court for the "
                               "District of Delaware will retire effective January 31.") == rules.A_JUDGE


def test_a_deal_agreement_terminated_is_no_ones_exit():
    events = detect_events("", "Dunmore Cider Co. said its agreement to be acquired by distributor Pellow Beverage "
                               "Group has been terminated after Pellow failed to secure financing.")
    assert [e.kind for e in events if e.kind == EXECUTIVE_DEPARTURE] == []
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == {"Dunmore Cider Co", "Pellow Beverage Group"}
    # a person terminated still leaves
    events = detect_events("", "Dunmore Cider Co. said its CEO Harlan Vosk has been terminated for cause.")
    assert [(e.company, e.person) for e in events if e.kind == EXECUTIVE_DEPARTURE] == [("Dunmore Cider Co",
                                                                                        "Harlan Vosk")]


def test_a_pair_that_are_merging_merges_where_their_products_do_not():
    pairs = {(e.company, e.counterparty) for e in detect_events("", "Talent agencies Corvell Artists and Dane & Co. are "
                                                                    "merging, creating a 600-agent shop.")}
    assert pairs == {("Corvell Artists", "Dane & Co"), ("Dane & Co", "Corvell Artists")}
    assert detect_events("", "Corvell and Dane are merging their delivery apps.") == []


def test_a_buyer_described_by_its_kind_after_its_name_and_a_preferred_bidder_are_deals():
    events = detect_events("", "Penmarch Lait cooperative takes control of Normandy cheesemaker Fromagerie Arzal")
    assert {(e.company, e.role) for e in events} == {("Fromagerie Arzal", "target"), ("Penmarch Lait", "acquirer")}
    events = detect_events("", "Sejin Partners picked as preferred bidder for Hanbit Paint")
    assert {(e.company, e.role) for e in events} == {("Hanbit Paint", "target"), ("Sejin Partners", "acquirer")}


def test_a_board_that_votes_to_remove_its_chairman_removes_him():
    events = detect_events("", "Tokiwa Motor Corp.'s board voted unanimously on Thursday to remove Chairman Kenji Arai "
                               "from his post.")
    assert [e.company for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Tokiwa Motor Corp"]


def test_a_player_traded_and_the_law_of_mergers_are_no_deal():
    assert rules.hard_negative(MERGER_ACQUISITION, "Harriers deal star winger to rival for draft picks") == \
        rules.PLAYER_TRADED
    assert rules.hard_negative(MERGER_ACQUISITION, "DOJ, FTC release final merger guidelines") == rules.MERGER_LAW
    # (a deal beside the law stands)
    assert rules.hard_negative(MERGER_ACQUISITION, "Tolland's bid for Pewsey faces the new merger guidelines") is None


@pytest.mark.parametrize("sentence", [
    "Investor calls for ouster of Tarrant Shoes CEO; board stands firm",
    "Twenty Years After Walking Out, Tarrant's Founder Grows Roses",
    "Vellory Department Store to seek 500 voluntary retirements",
    "Port of Everly executive director resigns after cost overruns",
    "Frank Dorsey, president of Grocery and Food Workers Local 311 for 12 years, will retire next month.",
    "Harlow Partners calls for Brisco Foods chairman to go; board backs him",  # asked for in a plain verb
    "Harlow Partners said Brisco Foods chairman Ned Orla should step down after five poor years",  # what ought to be
])
def test_exits_asked_for_told_as_history_staff_programmes_and_public_ports_and_union_locals_are_no_executive_exit(
        sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is not None


def test_a_name_with_press_or_push_in_it_asks_for_nothing():
    # guard: "Press" in a publisher's name is no demand
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Wexcombe Press Group editor-in-chief to stand down") is None
    assert rules.hard_negative(MERGER_ACQUISITION, "Wexcombe Press Group agrees to sell itself to Orland Media") is None


def test_a_deal_under_way_beside_a_demand_for_a_sale_stands():
    assert rules.hard_negative(MERGER_ACQUISITION, "Lindqvist Tools is in advanced talks to be taken private by Brandt "
                                                   "Partners, months after Corvale Partners demanded a sale.") != \
        rules.SALE_DEMANDED


def test_a_spin_off_merged_with_a_buyer_is_a_deal():
    assert rules.hard_negative(MERGER_ACQUISITION, "Dunlow to spin off its sensors unit and merge it with Harwick "
                                                   "Instruments") is None


@pytest.mark.parametrize("text", [
    "Greystead Insurance lowered its flags for Lorne Axtell, its chairman from 1961 to 1984, who died on Sunday at 97.",
    "Lorne Axtell, who was forced out as chief executive of Bexford Mills in 1993 after a proxy fight, died Tuesday.",
    "Ousted Bexford chief dies decades after boardroom coup",
])
def test_the_death_of_someone_who_had_left_the_post_is_no_exit(text):
    assert [e for e in detect_events("", text) if e.kind == EXECUTIVE_DEPARTURE] == []
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) == rules.TOLD_AS_HISTORY


def test_a_death_in_office_stays_an_exit():
    # guard: the post held now, the death now
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Bexford Mills chairman Lorne Axtell died on Sunday at 81.") is None


def test_an_executive_voted_off_the_board_leaves():
    events = [e for e in rules.detect_events("Hakone Precision president voted off board at AGM")
              if e.kind == EXECUTIVE_DEPARTURE]
    assert [e.company for e in events] == ["Hakone Precision"]


@pytest.mark.parametrize("text", [
    "Fenbrook Mortgage agreed last week to be bought by Tallis Home Lending.",  # a time between
    "Fenbrook Mortgage agreed to be bought outright by Tallis Home Lending.",  # the whole company
])
def test_a_passive_deal_reads_past_a_time_or_outright(text):
    events = [e for e in rules.detect_events("", text) if e.kind == MERGER_ACQUISITION]
    assert {(e.company, e.counterparty) for e in events} >= {("Fenbrook Mortgage", "Tallis Home Lending")}


@pytest.mark.parametrize("text", [
    "Glass Lewis urges Kelso Foods holders to vote for the sale to Morvo",  # a signed sale, its buyer named
    "Kelso Foods investors urge the sale of the company to Morvo Capital",
    "Tallis Networks, a 2019 spin-off of Morvo Group, to purchase Quell Software for $400 million",  # a buyer's past
])
def test_a_demand_or_a_spin_off_beside_a_named_buyer_is_no_definitional_negative(text):
    assert rules.hard_negative(MERGER_ACQUISITION, text) not in (rules.SALE_DEMANDED, rules.SPUN_OFF)


@pytest.mark.parametrize("text", [
    "Halden Bank chief executive must step down by June, regulator rules",  # an order: an exit decided
    "Halden Foods chief executive Tom Hale, who ousted founder Bill Ray in a 2019 boardroom coup, died on Sunday at 61.",
    "Halden Foods chief executive Tom Hale, a Navy pilot from 1979 to 1985, died on Sunday at 66, the company said.",
])
def test_an_order_or_a_death_in_office_is_not_explained_away(text):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, text) is None


def test_the_death_of_someone_not_the_companys_own_is_no_exit():
    for text in ("Halden Insurance said the death of Queen Elizabeth had no effect on its claims.",
                 "Halden Capital said the sudden death of Aston Pryor, chief executive of Pryor Holdings, would not "
                 "change its investment."):
        assert "Halden Insurance" not in {e.company for e in rules.detect_events("", text)}
        assert "Halden Capital" not in {e.company for e in rules.detect_events("", text)}


def test_an_exit_urged_on_a_board_is_not_read_as_made():
    events = detect_events("", "Activist fund Harlow Partners urged Tarrant Shoes to replace Chief Executive Dale Gray, "
                               "blaming him for falling sales.")
    assert [e for e in events if e.kind == EXECUTIVE_DEPARTURE] == []
    # (the board that replaces him does)
    events = detect_events("", "Tarrant Shoes said it will replace Chief Executive Dale Gray.")
    assert [e.person for e in events if e.kind == EXECUTIVE_DEPARTURE] == ["Dale Gray"]


def test_an_auction_won_for_a_company_is_a_deal():
    events = detect_events("", "Dunmore Bank wins auction for bankrupt fintech Pellow's operations")
    assert {(e.company, e.role) for e in events} == {("Pellow", "target"), ("Dunmore Bank", "acquirer")}


def test_the_name_a_removed_title_follows_is_the_employer_and_a_field_title_is_followed_by_its_holder():
    events = detect_events("", "Activist ousts Pellworth Transport chairman in proxy fight")
    assert [(e.company, e.person, e.title) for e in events] == [("Pellworth Transport", None, "chairman")]
    assert [(e.company, e.person) for e in detect_events("", "Halden ousts Jim Roe as chairman")] == [("Halden",
                                                                                                      "Jim Roe")]
    # "vice president of publishing <name>": the field is lower case, so the name is the person, not the employer
    events = detect_events("", "Quarrel Games vice president of publishing Ewan Dalby has left the company.")
    assert [e.person for e in events] == ["Ewan Dalby"]
    assert "Ewan Dalby" not in [e.company for e in events]
    # (a guard: the employer after "of" stays the employer)
    events = detect_events("", "The general counsel of Beaumont Chemical, Frances Lyle, resigned on Friday.")
    assert [(e.company, e.person) for e in events] == [("Beaumont Chemical", "Frances Lyle")]


def test_a_drug_won_at_auction_is_a_thing_and_an_exit_dated_years_back_is_history():
    assert detect_events("", "Caldera Pharma wins auction for bankrupt Solace Bio's kidney drug") == []
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Sales reached $10 billion under three chief executives since "
                                                    "founder Gerald Lorne left the company in 2011.") is not None
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "The president of the state nurses' union, Carol Mendez, said "
                                                    "she will step down next month.") is not None


def test_a_contract_called_a_deal_is_no_deal_and_an_exit_years_on_is_history():
    assert rules.hard_negative(MERGER_ACQUISITION, "Ridgeway Therapeutics, Kanto Pharma agree co-development deal for "
                                                   "bispecific") == rules.NOT_A_COMPANY_BOUGHT
    assert rules.hard_negative(MERGER_ACQUISITION, "Halden to buy Morvo in $2bn deal, ends supply agreement") is None
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Twenty years on, Heliodor's founder reflects on the company he "
                                                    "left") == rules.TOLD_AS_HISTORY


@pytest.mark.parametrize("sentence", [
    "Maundrell Group collapses, leaving supply chain exposed",
    "Ten years on: how Joan Vesey rebuilt after leaving Carrow Homes",
    "Leeds planning chief to leave council after 12 years",
])
def test_what_a_collapse_leaves_an_exit_years_back_and_a_councils_officer_are_no_executive_exit(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is not None


def test_a_company_leaving_a_place_and_a_tower_bought_out_of_bankruptcy_are_no_exit_and_no_deal():
    assert [e for e in detect_events("", "Westmark Homes exits Tucson, lays off 75")
            if e.kind == EXECUTIVE_DEPARTURE] == []
    assert detect_events("", "Calder Trust buys Atlanta tower out of developer's bankruptcy") == []


def test_a_brand_named_then_described_is_a_thing_bought_not_a_company():
    assert rules._not_a_company_bought(" Old Mill pickle brand", "Corran Foods buys Old Mill pickle brand")
    assert rules._not_a_company_bought(" the Old Mill pickle and relish brand from Brinkley Provisions.",
                                       "Corran Foods has acquired the Old Mill pickle and relish brand from Brinkley Provisions.")
    # (guards, true before and after: a brand before the name, and a company called "Brands", are companies)
    assert not rules._not_a_company_bought(" fashion brand Morvo", "Corran buys fashion brand Morvo")
    assert not rules._not_a_company_bought(" Old Mill Brands", "Corran Foods buys Old Mill Brands")


def test_a_business_sold_by_name_to_a_named_buyer():
    def deals(sentence):
        return sorted(e.company for e in detect_events(sentence) if e.kind == "merger_acquisition")
    both = ["Tollbrook Dairies", "Wexley Creamery"]
    assert deals("Harwick Corp has sold Wexley Creamery to Tollbrook Dairies.") == both
    assert deals("The Wexley family has sold Wexley Creamery, the Vermont butter and cream maker it founded in 1921, "
                 "to Tollbrook Dairies.") == both
    assert deals("Harwick sold Widget Pro to Walmart.") == []  # (a guard: a product's name, no business)


@pytest.mark.parametrize("sentence", [
    "Ofwat chief executive to stand down next year",
    "DARPA director to step down in January",
    "Retired Gen. Harlow Benning joins Tessaro Systems board",
    "APRA's executive director for insurance supervision to step down",
])
def test_a_regulators_or_an_agencys_head_and_a_generals_rank_are_government_posts(sentence):
    assert rules.hard_negative("executive_departure", sentence.lower()) == rules.GOVERNMENT_POST


def test_a_company_chief_executive_beside_them_is_still_a_company_post():  # (a guard: passes either way)
    assert rules.hard_negative("executive_departure", "halden corp chief executive to stand down next year") is None


def test_defence_procurement_called_acquisition_is_no_deal():
    assert not [e for e in detect_events("Navy acquisition chief Pat Keller to retire") if e.kind == "merger_acquisition"]
    assert not [e for e in detect_events("Army acquisition deputy Tom Reyes to leave") if e.kind == "merger_acquisition"]
    deals = [e.company for e in detect_events("Pentagon acquisition chief backs Halden bid for Morvo Systems")
             if e.kind == "merger_acquisition"]
    assert "Morvo Systems" in deals  # (a guard: a deal beside the procurement words stands)


def test_a_trades_workers_are_the_ones_cut_not_their_union():
    assert rules.hard_negative("executive_departure", "harwell began issuing layoff notices to 900 machinists") is None
    assert rules.hard_negative("executive_departure", "machinists union president dale harkin to retire") is not None
    assert rules.hard_negative("executive_departure", "president of the united machinists guild will retire") is not None


def test_a_sum_retired_or_a_thing_left_in_a_state_is_no_exit():
    assert rules.hard_negative("executive_departure", "fenmore valley co-op retires $6 million in member equity")
    assert rules.hard_negative("executive_departure",
                               "a peering dispute with lodestar fiber left congested links unupgraded for weeks")
    # (a guard: a person who left, however, stays an exit)
    assert rules.hard_negative("executive_departure", "halden ceo mark rowe left the company unexpectedly") is None


def test_title_case_headline_verbs_short_or_before_on_end_the_name():
    assert [span.text for span in rules._name_spans("Serravalle Wins Control of Greek Port Operator")][0] == "Serravalle"
    assert [span.text for span in rules._name_spans("Thistlewood Jumps on Takeover Report")] == ["Thistlewood"]
    assert [span.text for span in rules._name_spans("Halden Labs Inc to cut 40 jobs")] == ["Halden Labs Inc"]  # (a guard)


def test_a_lower_case_verb_makes_a_headline_sentence_case():
    assert not rules._shouts_or_titles("Nickel Basin Drilling lays off 70 in Sudbury")
    assert rules._shouts_or_titles("Harlow Mills Ends Talks with Dunmore Brands")  # (a guard: a preposition is no verb)


def test_a_kind_of_company_in_capitals_describes_the_name_after_it():
    events = detect_events("GLASSMAKER CLEARMONT'S CEO TO STEP DOWN AFTER PROFIT WARNING")
    assert [e.company for e in events if e.kind == "executive_departure"] == ["CLEARMONT"]


def test_standing_down_is_a_departure():
    events = detect_events("", "Corbell plc chairman Hugh Tarrant will stand down at the annual meeting.")
    assert [(e.kind, e.company, e.person) for e in events] == [("executive_departure", "Corbell plc", "Hugh Tarrant")]
    assert detect_events("", "The union stood down its strike at Corbell.") == []  # (a guard: no post)


def test_a_name_before_the_thing_terminated_is_not_a_person():
    events = detect_events("Elmcourt Acquisition Corp terminates Varga Foods merger", "")
    assert "executive_departure" not in [e.kind for e in events]
    assert [e.kind for e in detect_events("Elmcourt terminates CEO Dana Pike", "")] == ["executive_departure"]  # (a guard)


def test_a_post_in_government_held_before_is_who_the_person_is():
    sentence = "former trade minister lord pellew has resigned as a non-executive director of ashby marine"
    assert rules.hard_negative("executive_departure", sentence) is None
    assert rules.hard_negative("executive_departure", "trade minister lord pellew has resigned") is not None


@pytest.mark.parametrize("headline", [
    "Head of Spanish competition authority steps down",
    "Nevada Gaming Control Board chairman to step down",
    "Macau gaming regulator director retires",
    "METI chip-policy chief to leave post",
    "MARAD administrator resigns",
])
def test_a_regulators_head_holds_a_post_in_government(headline):
    assert rules.hard_negative("executive_departure", headline.lower()) == rules.GOVERNMENT_POST


def test_a_company_post_beside_a_regulators_name_is_a_company_post():  # (a guard: passes either way)
    assert rules.hard_negative("executive_departure", "halden ceo quits to head competition authority") is None


@pytest.mark.parametrize("sentence", [
    "the director of the state energy office has resigned to join a consultancy",
    "state energy office director resigns to join consultancy",
])
def test_a_states_office_by_its_portfolio_is_government(sentence):
    assert rules.hard_negative("executive_departure", sentence) == rules.GOVERNMENT_POST


def test_things_counted_after_retire_are_retired_things():
    sentence = "ranfurly power co. will retire three aging gas-fired peaking units next spring."
    assert rules.hard_negative("executive_departure", sentence) is not None
    # (guards: a year, a time and a person retiring stay exits)
    assert rules.hard_negative("executive_departure", "oswin daley of clearfield corp retired 1996 amid litigation") is None
    assert rules.hard_negative("executive_departure", "the chairman retired two years ago and left the board") is None


@pytest.mark.parametrize("sentence", [
    "ex-marwell chief dorsey, who left in 2008 shake-up, joins ev start-up board",
    "former marwell industries ceo frank dorsey, who stepped down during the supplier's 2008 restructuring, has been "
    "appointed to the board of voltra",
])
def test_an_exit_dated_in_a_clause_by_a_bare_left_or_an_event_is_history(sentence):
    assert rules.hard_negative("executive_departure", sentence) == rules.TOLD_AS_HISTORY


@pytest.mark.parametrize("sentence", ["lacteos villa canas closes firmat plant, 240 dismissed",
                                      "salmones llanquihue dismisses 1,300 as isa virus spreads"])
def test_staff_dismissed_by_the_hundred_is_no_executives_exit(sentence):
    assert rules.hard_negative("executive_departure", sentence) == rules.NO_EXIT
    # (a guard: an executive dismissed by name stays an exit)
    assert rules.hard_negative("executive_departure", "salmones llanquihue dismisses ceo after isa outbreak") is None


def test_staff_invited_to_retire_early_is_no_executives_exit():
    assert rules.hard_negative("executive_departure", "borim securities takes applications for voluntary retirement") \
        == rules.NO_EXIT


def test_the_last_of_a_kind_retired_is_a_thing_and_a_look_back_is_history():
    assert rules.hard_negative("executive_departure", "halvey air retires last boeing 737-300s") is not None
    assert rules.hard_negative("executive_departure", "halvey air retires its remaining turboprops") is not None
    assert rules.hard_negative("executive_departure", "thirty years ago this month, halvey air founder walter brisk "
                                                      "died in office") == rules.TOLD_AS_HISTORY
    # (guards: a time after "last", and no date opening the sentence, stay exits)
    assert rules.hard_negative("executive_departure", "the chairman of halvey air retired last month") is None
    assert rules.hard_negative("executive_departure", "halvey air founder walter brisk died in office") is None


def test_a_compound_of_fired_is_no_dismissal():
    assert not rules._DEPART_VERB_LC.search("a coal-fired plant and two gas-fired units")
    assert rules._DEPART_VERB_LC.search("the board fired its chief executive")  # (a guard)


def test_a_capitalised_verb_like_word_in_sentence_case_is_part_of_the_name():
    assert [span.text for span in rules._name_spans("Emu Rocks Nickel flags going-concern risk")] == ["Emu Rocks Nickel"]
    assert [span.text for span in rules._name_spans("Harris Williams Advises Voff Pet Food")] == \
        ["Harris Williams", "Voff Pet Food"]  # (a guard: Title Case)


def test_a_deal_with_lenders_about_its_own_debt_is_no_merger():
    assert rules.hard_negative("merger_acquisition", "Pinewell reaches out-of-court amend-and-extend deal") is not None
    assert detect_events("Pinewell reaches out-of-court amend-and-extend deal", "") == []


def test_a_works_council_beside_a_cut_is_no_unions_officer():
    # (a guard: the council agreeing to cuts is the company's news)
    assert rules.hard_negative("executive_departure", "halden motoren agreed with its works council to cut 900 jobs") \
        != rules.UNION_POST


def test_takeover_talk_is_a_deal_rumoured_whatever_the_shares():
    assert rules.hard_negative(MERGER_ACQUISITION, "Takeover chatter lifts Brightholm shares 12%") is None


def test_an_empty_plant_building_bought_is_an_asset():
    events = detect_events("", "Halvard Analog GmbH has agreed to buy the empty 200mm fab shell and cleanroom building in "
                               "Dresden from Vantor Semiconductor for EUR 85 million.")
    assert [e.kind for e in events] == []


@pytest.mark.parametrize("sentence", ["mine workers' leader retires",
                                      "ibew local's longtime business manager retires after 22 years",
                                      "tacoma longshore local president steps down",
                                      # a union's region, a works council's chair
                                      "uaw region 4 director to retire after two terms",
                                      "the director of the united auto workers' region 4 will retire in june",
                                      "kessler axles works council chief to retire after 20 years"])
def test_a_unions_officers_by_its_members_or_its_local(sentence):
    assert rules.hard_negative("executive_departure", sentence) == rules.UNION_POST
    assert rules.UNION_POST in rules.DEFINITIONAL  # (no model's certainty makes a union's officer an executive)


def test_a_when_clause_that_dates_an_exit_tells_history():
    sentence = ("when walter ness stepped down as chairman of cortland semiconductor in 1994, the company was shipping "
                "40 million chips a year")
    assert rules.hard_negative("executive_departure", sentence) == rules.TOLD_AS_HISTORY
    # (a guard: a clause dated by its joining, the exit now)
    assert rules.hard_negative("executive_departure", "jane roe, who joined acme in 1998, resigned on friday") is None


def test_a_company_now_part_of_another_is_a_deal_done():
    events = detect_events("Norrvik Spedition now part of Hartwell", "")
    assert {(e.company, e.stage) for e in events if e.kind == "merger_acquisition"} == \
        {("Norrvik Spedition", "completed"), ("Hartwell", "completed")}
    assert detect_events("Jane Roe is now part of the Acme team", "") == []  # (a guard: a person)


def test_a_managing_partner_is_the_partner_who_runs_the_firm():
    events = detect_events("Tallbrook Media managing partner exits", "")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Tallbrook Media")]


@pytest.mark.parametrize("sentence", ["Corwell Media denies it is for sale",
                                      "Corwell Media denied that it was in sale talks"])
def test_a_company_denying_it_is_for_sale_says_no_bid_is_coming(sentence):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == rules.NO_BID


def test_the_deal_a_sentence_tells_as_a_stake_is_that_stake():
    sentence = ("Kanemori Holdings has taken a 15 percent stake in U.S. agency Brandell Lacey, describing the deal as a "
                "strategic alliance with no plans for full ownership.")
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == rules.MINORITY_STAKE


def test_things_counted_and_bought_over_years_are_goods():
    assert detect_events("Ashbury Health, a hospital system, will purchase 40 Tellan surgical consoles over five "
                         "years under a contract worth about $95 million.", "") == []


@pytest.mark.parametrize("sentence", [
    "Brenwick Foods denies it is in talks to sell itself",
    "Mehrab Steel denies being in merger talks",
    "Tengara Holdings denies receiving privatisation offer",
    "HOLLIMAR MARINE <HLMR> NOT AWARE OF TAKEOVER BID",
    "Pinewood Health says strategic review will not include a sale of the company",
    "Brisley Motors denies report it is exploring sale of truck unit - Kestrel Markets",  # a feed's publisher after it
])
def test_more_ways_of_saying_no_sale_is_under_way(sentence):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == rules.NO_BID


@pytest.mark.parametrize("sentence", [
    "Harlow Equity Partners agrees to buy assets of bankrupt Lumley Health",
    "Dravenford Capital to buy bankrupt Sunmead Foods' frozen-meal brands for $140M",
    "Calder Trail buys brand of collapsed camping retailer",
    "Hendry Motor Coaches buys depots and buses from collapsed operator",
])
def test_what_a_failed_company_owned_bought_without_it_is_no_deal(sentence):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) is not None
    assert detect_events(sentence, "") == []


def test_the_business_of_a_failed_company_or_all_its_assets_is_still_a_deal():  # (a guard: passes either way)
    for sentence in ("Acme Tools to buy substantially all of the assets of Bolt Corp", "Acme Tools buys bankrupt rival Bolt"):
        assert rules.hard_negative(MERGER_ACQUISITION, sentence) is None, sentence


@pytest.mark.parametrize("sentence", ["Airports authority chief resigns over passport-queue chaos",
                                      "Alberta Energy Regulator CEO resigns after spill disclosure criticism"])
def test_an_authoritys_or_a_regulators_own_officer_is_a_post_in_government(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == rules.GOVERNMENT_POST


@pytest.mark.parametrize("sentence", ["Calder Biologics drops 'interim' tag for CEO Mark Feldt",
                                      "Redmere Tools removes 'interim' from CEO title",
                                      "Drumlea names acting CEO Joy Kato permanent chief executive"])
def test_an_interim_or_acting_chief_made_permanent_is_no_exit(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == rules.NO_EXIT


def test_a_head_of_functions_words_end_at_its_verb():
    assert rules._TITLE_RE.search("Head of audit quits Rowley Balfour").group(0) == "Head of audit"
    assert rules._TITLE_RE.fullmatch("head of audit quits") is None


def test_a_senior_partner_chairs_the_firm():
    events = detect_events("Quigley to step down as Pembury Gray senior partner", "")
    assert [(e.kind, e.company) for e in events] == [(EXECUTIVE_DEPARTURE, "Pembury Gray")]


@pytest.mark.parametrize("sentence", ["Cheriton Wold's name will be retired.", "Halden will retire the Kestrel brand"])
def test_a_name_or_a_brand_retired_is_no_person(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is not None


def test_a_firm_leaving_a_network_is_no_exit():
    sentence = "Crowan Maddox, the Dublin-based firm, has left the Merrow Group association to join the Vantor Alliance"
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == rules.BUSINESS_LEFT


def test_a_state_boards_director_is_a_post_in_government():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "State pharmacy board director resigns") == rules.GOVERNMENT_POST


def test_a_company_denying_it_is_exploring_a_sale():
    assert rules.hard_negative(MERGER_ACQUISITION, "Pantry Pride denies it is exploring a sale") == rules.NO_BID


def test_a_preposition_before_chief_is_no_function():
    assert rules._TITLE_RE.search("has parted company with chief executive Mark Ellison").group(0) == "chief executive"


@pytest.mark.parametrize("sentence", ["Investors buy Inverlochy shopping centre",
                                      "Derwent engineering firm buys rival's former factory"])
def test_a_shopping_centre_and_a_factory_are_things_bought(sentence):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) is not None


def test_a_utilities_boards_chair_is_a_post_in_government():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "Alberta utilities board chair resigns") == rules.GOVERNMENT_POST


def test_a_failed_companys_assets_and_business_are_the_going_concern():
    sentence = "Bickerton Corp agreed to purchase the assets and business of bankrupt Lyndale Furniture for 19 mln dlrs"
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) is None


@pytest.mark.parametrize("text, company", [
    ("Ravenly founders depart Ostrand", "Ostrand"),
    ("Flickwell founders leave Portavia a year after acquisition", "Portavia"),
    ("Acme CFO departs Friday after 10 years", "Acme"),  # (guards: a day, Title Case's next word are no company)
    ("Sable Rock Pharmaceuticals' Chief Medical Officer Departs Ahead of FDA Decision", "Sable Rock Pharmaceuticals"),
])
def test_the_company_an_exit_verbs_object_names_is_the_one_left(text, company):
    assert [e.company for e in detect_events(text) if e.kind == EXECUTIVE_DEPARTURE] == [company]


@pytest.mark.parametrize("text, names", [
    ("Tessamere Live has bought 55% of Monterrey-based promoter Escenario Sur.", ["Tessamere Live", "Escenario Sur"]),
    ("Dunholm Dental Management CEO resigns", ["Dunholm Dental Management"]),
])
def test_a_common_word_capitalised_inside_a_run_in_sentence_case_is_the_names(text, names):
    assert [span.text for span in rules._name_spans(text) if not span.text.endswith("-based")] == names


def test_where_a_company_is_based_describes_the_name_after_it():
    events = detect_events("Tessamere Live has bought 55% of Monterrey-based promoter Escenario Sur.")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == {"Tessamere Live", "Escenario Sur"}


@pytest.mark.parametrize("text", ["Kestrel Bank To Cut 200 Jobs", "Initech Vice President of Sales Dom Portwood departs"])
def test_title_case_and_titles_keep_their_words_out_of_a_name(text):  # (guards)
    assert "Kestrel Bank To" not in [s.text for s in rules._name_spans(text)]
    assert not any("Vice" in s.text and "Initech" in s.text for s in rules._name_spans(text))


@pytest.mark.parametrize("text, pair", [
    ("Larkfield merges Tumbleweed Gyms with yoga chain Lotusbay", {"Tumbleweed Gyms", "Lotusbay"}),
    ("Hartwell to merge dealership network with Ostby Equipment", {"Hartwell", "Ostby Equipment"}),
])
def test_an_owner_merging_two_companies_and_a_business_merged_without_its_are_deals(text, pair):
    assert {e.company for e in detect_events(text) if e.kind == MERGER_ACQUISITION} == pair


@pytest.mark.parametrize("text", [
    "An idled fertilizer plant near Vicksburg has been sold to a terminal operator.",
    "The empty warehouse that housed a meal-kit start-up in Denver has been sold to a developer.",
    "Rumour of Brandvik takeover denied",
    "Thornbury Cider buys Devon orchards",
    "Brewer buys former Victorian maltings for £3m",
])
def test_a_thing_sold_where_it_stands_a_denied_rumour_and_land_bought_are_no_deals(text):
    assert [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION] == []


def test_a_manager_merging_its_funds_merges_no_companies():  # (a guard)
    assert not detect_events("Halvard Advisors to merge Halvard Income Fund into Halvard Balanced Fund")


def test_a_company_sold_in_a_place_named_in_capitals_is_still_sold():  # (a guard: the thing before is a name)
    assert detect_events("Halloway Foods in Ohio has been sold to Brixton Capital")


def test_all_of_a_companys_shares_are_no_shares_bought_as_an_investment():
    sentence = "Brackwell said it had entered exclusive negotiations to acquire all shares in Sundvik AS for NOK 200 million."
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) is None


def test_a_plural_noun_opening_the_sentence_is_no_names_first_word():
    spans = [s.text for s in rules._name_spans("Creditors of Tamsin Engineering & Contracting have voted for the plan")]
    assert spans == ["Tamsin Engineering & Contracting"]
    assert [s.text for s in rules._name_spans("Bank of Tarrow cuts 300 jobs")] == ["Bank of Tarrow"]  # (a guard)


@pytest.mark.parametrize("text", ["Subtitle start-ups Captionly and Dubsmith combine",
                                  "Ardel, Brixworth combine in $2bn all-stock deal"])
def test_a_headlines_pair_that_combines_merges(text):
    assert len({e.company for e in detect_events(text) if e.kind == MERGER_ACQUISITION}) == 2


def test_a_pair_combining_efforts_is_no_merger():  # (a guard)
    assert not detect_events("Ardel and Brixworth combine efforts on batteries")


def test_a_kind_of_company_then_only_a_place_is_one_name():
    assert [s.text for s in rules._name_spans("Bank Kinabalu opens voluntary separation scheme")] == ["Bank Kinabalu"]
    assert [s.text for s in rules._name_spans("Chinese Solar Firm Qingyuan Cuts Jobs")][0] != \
        "Chinese Solar Firm Qingyuan"  # (a guard: a description before a name)


def test_a_name_ending_in_real_estate_is_a_company():
    names = {e.company for e in detect_events("Mina Harbour Estates, Noor Realty and Al Nakheel Real Estate will merge "
                                              "into a single listed company.")}
    assert "Al Nakheel Real Estate" in names


def test_an_approach_sized_in_pounds_is_a_bid():
    assert {e.company for e in detect_events("Quillmore Defence makes £200m approach for Galeby Robotics")} == \
        {"Quillmore Defence", "Galeby Robotics"}


def test_a_denied_search_for_a_buyer_and_a_place_near_a_thing_bought_are_no_deals():
    assert not rules.detect_events("Thistlemoor Orbital denies report it is seeking a buyer")
    assert "Tromsø" not in {e.company for e in detect_events(
        "Glassmere Geospatial has bought a two-antenna ground station near Tromsø from a regional telecom operator.")}


@pytest.mark.parametrize("text", [
    "Harrow County approved the $6.4 million sale of the Eastside transfer station to Valemoor Hauling.",
    "Carrick Waste Holdings has purchased the Hollins Ridge landfill from the county for $38 million.",
])
def test_a_landfill_or_a_transfer_station_sold_by_name_is_a_thing(text):
    assert [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION] == []


def test_a_unit_sold_by_name_is_still_a_deal():  # (a guard)
    assert {e.company for e in detect_events("Halden announced the sale of its Corliss Paper unit to Brookhaven.")} == \
        {"Corliss Paper", "Brookhaven"}


@pytest.mark.parametrize("text, pair", [
    ("Ashby Holdings plc has reached an agreement in principle to buy Sentinelle Aéroportuaire.",
     {"Ashby Holdings plc", "Sentinelle Aéroportuaire"}),
    ("Agence Horizon Média is now part of the British group Halstead Sterling plc.",
     {"Agence Horizon Média", "Halstead Sterling"}),
    ("Sécurité Vigile inc. will be absorbed into Wardell Security Inc.", {"Sécurité Vigile inc", "Wardell Security Inc"}),
])
def test_an_agreement_in_principle_a_group_described_and_absorbed_into_are_deals(text, pair):
    assert {e.company for e in detect_events(text) if e.kind == MERGER_ACQUISITION} == pair


def test_a_bank_named_for_its_country_is_one_name_and_a_central_bank_is_an_agency():
    assert [s.text for s in rules._name_spans("Equinor Bank Uganda chief executive Robert Mugenyi has resigned.")][0] == \
        "Equinor Bank Uganda"
    assert rules.an_agency("Bank of Uganda") and rules.an_agency("National Bank of Kazakhstan")
    assert not rules.an_agency("Bank of Ireland")  # (a guard: a commercial bank named for its country)


def test_a_hyphened_state_opening_a_run_describes_the_name_after_it():
    assert [s.text for s in rules._name_spans("Hurricane-battered Coastal Foam files for Chapter 11")] == ["Coastal Foam"]


def test_a_company_joining_a_groups_family_still_merges():  # (a guard of "part of the ...")
    assert {e.company for e in detect_events("Big news: Kestrel Staffing Partners joins the Alderwood family")} == \
        {"Kestrel Staffing Partners", "Alderwood"}


@pytest.mark.parametrize("text, target, buyer", [
    # a controlling stake whose size stands after "controlling"
    ("Marrowby Tyre Co. has secured a controlling 58 percent stake in Ferrante Gomme SpA.", "Ferrante Gomme SpA",
     "Marrowby Tyre Co"),
    # a holder that became the one in control
    ("Tallis Industrial Holdings has become the controlling shareholder of Brekke Valves after buying shares from "
     "its founder.", "Brekke Valves", "Tallis Industrial Holdings"),
    # an offer whose price is told after it
    ("Quenby Aviation Group has made an all-cash offer of 2.3 billion Swiss francs for Alpstein Catering AG.",
     "Alpstein Catering AG", "Quenby Aviation Group"),
    # a company that becomes another's unit
    ("Dunmore Steel Group will become a wholly owned subsidiary of Carrow Iron Holdings.", "Dunmore Steel Group",
     "Carrow Iron Holdings"),
    # a mutual's merger as British and Irish law names it
    ("The transfer of engagements of Hatherley Building Society to Oldbury Vale Building Society took effect on "
     "Monday.", "Hatherley Building Society", "Oldbury Vale Building Society"),
    ("Glenmore Credit Union will transfer its engagements to Rathkeel Community Credit Union.",
     "Glenmore Credit Union", "Rathkeel Community Credit Union"),
])
def test_control_a_unit_a_priced_offer_and_a_transfer_of_engagements_are_deals(text, target, buyer):
    events = [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]
    assert any(e.company == target and e.counterparty == buyer for e in events), events


@pytest.mark.parametrize("text", [
    "Brackwell Tools, which became a unit of Ostler Group in 1998, opened a plant in Ohio.",  # history
    "Brackwell Tools became a subsidiary of Ostler Group in 1998.",
    "Hatherley Foods became the majority shareholder of Ostler Dairies in 2011.",
    "The bank merged its Kestrel branch into its head office.",  # a branch, not two companies
    "Ostler Foods merged Kestrel, Brisk and Arlo into one brand last year.",  # brands into one
    "In 2009 the ministry merged Lucheng Coal and Fenyang Jiaomei into Jinshan Energy.",  # history
    "Kestrel Capital took the controlling shareholder of Ostler Dairies to court over unpaid dividends.",  # a lawsuit
])
def test_a_unit_of_long_ago_and_a_branch_folded_are_no_deal(text):
    assert not [e for e in detect_events(text) if e.kind == MERGER_ACQUISITION]


def test_companies_merged_by_their_owner_or_a_state_body_merge_with_each_other():
    events = detect_events("Hebei province on Monday merged Tangyuan Coal Group, Xinhe Coking Co. and Baiyang Mining "
                           "into the newly formed Jizhong Energy Group.")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == \
        {"Tangyuan Coal Group", "Xinhe Coking Co", "Baiyang Mining"}
    assert not any(e.company == "Hebei" for e in events)


def test_a_pair_sharing_its_kind_keeps_the_kind_in_each_name():
    events = detect_events("The Penwood and Ashgrove co-operative societies are to merge next year.")
    assert {e.company for e in events if e.kind == MERGER_ACQUISITION} == \
        {"Penwood Co-operative Society", "Ashgrove Co-operative Society"}
    # (a guard: a bank's kind is no word of its name)
    assert {e.company for e in detect_events("Unicaja and Liberbank banks agree to merge")} == {"Unicaja", "Liberbank"}


def test_an_owner_replacing_a_named_companys_executive_is_that_companys_departure():
    for text in ("Halloway Capital has replaced Brisket Foods Co. chief executive Tom Varley with a retail veteran.",
                 "Halloway Capital replaced Brisket Foods CEO Tom Varley on Monday."):
        [event] = [e for e in detect_events(text) if e.kind == EXECUTIVE_DEPARTURE]
        assert event.company in ("Brisket Foods Co", "Brisket Foods") and event.person == "Tom Varley"


def test_directors_retiring_by_rotation_and_reelected_leave_nothing():
    assert not detect_events("Two retiring directors of Glenbrook Co-operative Creamery were re-elected at the "
                             "society's annual meeting.")
    # (a guard: one of them not standing again leaves)
    assert detect_events("Of the three retiring directors of Glenbrook Co-operative Creamery, chairman John Kelly did not "
                         "seek re-election and the other two were re-elected.")
    # (a guard: a director who retires and goes)
    assert detect_events("Glenbrook Co-operative Creamery chairman John Kelly will retire at the annual meeting.")


def test_a_works_number_is_part_of_a_state_factorys_name():
    assert [s.text for s in rules._name_spans("Workers at the Xiangtan No. 2 Textile Mill were laid off.")][0] == \
        "Xiangtan No. 2 Textile Mill"


def test_a_registrar_of_societies_is_an_official():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "The Registrar of Friendly Societies is to retire in June.") == \
        rules.GOVERNMENT_POST


def test_a_future_unit_is_announced_and_a_past_one_completed():
    stages = {e.stage for e in detect_events("Ostler Dairies will become a wholly owned subsidiary of Hatherley Foods in "
                                             "2027, when the share swap completes.")}
    assert stages == {"announced"}
    assert {e.stage for e in detect_events("Ostler Dairies became a wholly owned subsidiary of Hatherley Foods on "
                                           "Friday.")} == {"completed"}


def test_a_transfer_of_engagements_stands_against_the_model_and_took_effect_is_completed():
    from pipeline.detection import detect_events as detect
    events = detect("", "The transfer of engagements of Hatherley Building Society to Oldbury Vale Building Society took "
                        "effect on Monday.")
    assert {(e.company, e.stage) for e in events} == {("Hatherley Building Society", "completed"),
                                                      ("Oldbury Vale Building Society", "completed")}
    events = detect_events("Brackenfold Credit Union will transfer its engagements, subject to a members' vote, to "
                           "Liffeyside Credit Union.")
    assert {e.company for e in events} == {"Brackenfold Credit Union", "Liffeyside Credit Union"}
    assert not detect_events("Brackenfold Credit Union transferred its engagements to Liffeyside Credit Union in 1998.")


def test_talks_ended_about_a_named_deal_are_the_deal_terminated():
    events = detect_events("Hatherley Building Society has ended talks to absorb the smaller Oldbury Vale Building Society.")
    assert {(e.company, e.stage) for e in events} == {("Hatherley Building Society", "terminated"),
                                                      ("Oldbury Vale Building Society", "terminated")}
    # (a guard: talks under way stay a rumour)
    assert {e.stage for e in detect_events("Hatherley Bank is in talks to buy Oldbury Bank.")} == {"rumored"}
    # a plan abandoned, a pair's talks ended; not another deal the same sentence tells
    assert {e.stage for e in detect_events("Acme Corp abandoned its plan to buy Globex Inc.")} == {"terminated"}
    assert {e.stage for e in detect_events("Acme Corp and Globex Inc ended talks to merge.")} == {"terminated"}
    events = detect_events("Kestrel Bank, which last month ended talks to buy Ostler Bank, agreed on Monday to buy "
                           "Hatherley Bank.")
    assert {e.stage for e in events if e.company == "Hatherley Bank"} == {"announced"}


def test_a_plural_names_possessive_is_its_apostrophe_alone():
    events = detect_events("The regulator approved Kestrel Securities' plan to absorb Ashby Securities through a share swap.")
    assert {(e.company, e.counterparty) for e in events} == {("Ashby Securities", "Kestrel Securities"),
                                                              ("Kestrel Securities", "Ashby Securities")}


@pytest.mark.parametrize("text, company", [
    ("I was let go as CMO of Harlow Apparel yesterday. The board wanted a new direction.", "Harlow Apparel"),
    ("Last day as VP of Engineering at Quillpath. Proud of this team.", "Quillpath"),
])
def test_the_writers_removal_and_a_post_opening_with_its_last_day_are_the_writers_exit(text, company):
    event = rules.first_person_exit("", text)
    assert event is not None and event.company == company


def test_a_cashiers_dismissal_is_no_executives_exit():  # (a guard: the post must be an executive's)
    assert rules.first_person_exit("", "I was fired from my job as a cashier at Tesco last week.") is None


def test_it_s_after_an_announcement_is_the_subject_buying():
    events = detect_events("Dunmore Fasteners has just announced it's buying Pryce Bolt & Screw for an undisclosed sum.")
    assert {(e.company, e.counterparty) for e in events} == {("Pryce Bolt & Screw", "Dunmore Fasteners"),
                                                              ("Dunmore Fasteners", "Pryce Bolt & Screw")}


# ---------------------------------------------------------------- thirty-fourth round

@pytest.mark.parametrize("sentence", [
    "Nerida Mining has rejected an unsolicited, non-binding A$3.4bn cash-and-scrip proposal from Coldharbour Resources.",
    "Wattle Creek Gold rejects Ironbark's A$900m approach",
    "Sandhurst Freight makes £1.1bn tilt at Murrumba Logistics",
    "Regulator to review Sandhurst Freight's £1.1bn tilt at Murrumba Logistics",
])
def test_bids_in_any_currency_and_tilts_at_a_target(sentence):
    assert {event.kind for event in rules.detect_events(sentence)} == {MERGER_ACQUISITION}


@pytest.mark.parametrize("sentence, reason", [
    ("Upgrade: Harlow Securities lifts Pemberton Foods to Buy", rules.EQUITY_RATING),
    ("Farrow Capital downgraded Brisket Labs to Sell from Hold with a $40 target", rules.EQUITY_RATING),
    ("Acme to Buy Globex", None),  # a Title Case headline's verb names what is bought
    ("Acme lifts offer to buy Globex", None),
])
def test_an_analysts_rating_is_no_deal(sentence, reason):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == reason


@pytest.mark.parametrize("sentence, leaves", [
    ("Anna Cole, chief executive of Trevane, leaves the courthouse in Hartford on Monday.", False),
    ("Charles Pell, chairman of Wexmoor, leaves a news conference in New York after announcing the merger.", False),
    ("Anna Cole leaves the Walloon building materials group Trevane with immediate effect.", True),
    ("Anna Cole is leaving the fashion house after three seasons.", True),
    ("Anna Cole leaves the board of Trevane.", True),
])
def test_a_place_left_is_no_post_left(sentence, leaves):
    assert (rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) is None) is leaves


@pytest.mark.parametrize("sentence, corporate", [
    ("governor sean lyle said he regretted the resignation of northwind airlines chief executive officer frank dell.", True),
    ("mayor thanks retiring harwick savings bank president", True),
    ("governor john smith said he will resign.", False),
    ("senator vance said he will resign as chairman of the committee.", False),
    ("governor thanks retiring federal reserve bank president", False),
])
def test_an_official_who_speaks_of_an_executive_is_the_setting(sentence, corporate):
    assert rules._not_corporate(sentence) is not corporate


@pytest.mark.parametrize("run, company", [("Hathersage Breweries", True), ("Beaupré Dairies", True),
                                          ("Tom Davies", False), ("Anna Ries", False)])
def test_a_kind_of_company_in_the_plural_ends_a_name(run, company):
    assert rules._ends_like_a_company_name(run) is company


def test_a_look_back_after_a_kicker_is_history():
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, "A look back: 20 years ago this week, Bayfield Computer founder "
                                                    "Leo Marsh was forced out of the company he started.") == \
        rules.TOLD_AS_HISTORY


@pytest.mark.parametrize("sentence", [
    "City's Director of Economic Development Resigns",
    "City Manager Hal Brook said he will retire after eleven years as the City's chief executive officer.",
])
def test_a_public_bodys_post_by_its_possessive_is_a_government_post(sentence):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, sentence) == rules.GOVERNMENT_POST


@pytest.mark.parametrize("headline, target", [
    ("Founder offers to take Brisley Apparel private", "Brisley Apparel"),  # the company's own people buy it
    ("Management to buy out Orlen Tools", "Orlen Tools"),
    ("Quarry Media snapped up", "Quarry Media"),  # a headline's company sold to a buyer it leaves unnamed
    ("Corwin Manufacturing Sold", "Corwin Manufacturing"),
])
def test_a_buyer_left_unnamed(headline, target):
    assert {(event.company, event.role) for event in rules.detect_events(headline)} == {(target, "target")}


@pytest.mark.parametrize("headline", ["Jane Smith sold", "Tickets sold", "Harbour Lofts sold", "Family to sell Orlen Tools"])
def test_no_company_sold_to_an_unnamed_buyer(headline):  # guards
    assert rules.detect_events(headline) == []


@pytest.mark.parametrize("sentence, reason", [
    ("Skyforge Peak Acquisition prices $200M IPO", rules.NOT_A_COMPANY_BOUGHT),
    ("SPAC Larch Hill Acquisition Corp. II priced its $250M IPO; it will target fintech companies for a business "
     "combination.", rules.NOT_A_COMPANY_BOUGHT),
    ("Skyforge Peak Acquisition, which raised $200M in its IPO, agrees to merge with Orbitron", None),  # a guard
])
def test_a_blank_check_companys_listing_is_no_deal(sentence, reason):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == reason


@pytest.mark.parametrize("headline, reason", [
    ("Mayor Statement Regarding Pellgrove Transit Co. Leadership", None),
    ("Governor's Office Statement on Harlan Motors Executive", None),
    ("Mayor Jane Doe said the city manager will retire.", rules.GOVERNMENT_POST),  # a guard
])
def test_an_officials_statement_on_a_companys_leaders_is_the_setting(headline, reason):
    assert rules.hard_negative(EXECUTIVE_DEPARTURE, headline) == reason


@pytest.mark.parametrize("sentence, reason", [
    ("Ferrand & Cie wins 'Acquisition of the Year' award", rules.A_NAME_NOT_A_DEAL),
    ("Tidewell's 'Merger' IPA takes gold at state beer festival", rules.A_NAME_NOT_A_DEAL),
    ("Acme wins 'Deal of the Year' for its takeover of Globex", None),  # a guard: the deal beside the award
])
def test_deal_words_as_an_award_or_a_products_name(sentence, reason):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) == reason


@pytest.mark.parametrize("headline, targets", [("TRUCKMAKER DEAL COLLAPSES", set()), ("Kroger deal collapses", {"Kroger"})])
def test_a_deal_described_by_its_trade_names_no_target(headline, targets):
    assert {event.company for event in rules.detect_events(headline)} == targets


@pytest.mark.parametrize("headline, company, title", [
    ("Arden & Pike poaches Quenby Retail's supply chain chief", "Quenby Retail", "supply chain chief"),
    ("Acme's AI chief quits", "Acme", "AI chief"),
])
def test_a_functions_chief(headline, company, title):
    assert {(event.company, event.title) for event in rules.detect_events(headline)} == {(company, title)}


def test_the_pentagon_is_an_agency():
    assert rules.an_agency("Pentagon")


def _deal_sides(text: str) -> set[tuple]:
    return {(event.company, event.role, event.counterparty) for event in detect_events("", text)
            if event.kind == MERGER_ACQUISITION}


@pytest.mark.parametrize("text, target, buyer", [
    # a name in apposition to a description of it, the clause's subject (guards: these failed before 2026-12-07)
    ("Her bakery, Crumbwell Ovens, was acquired by Tandem Foods.", "Crumbwell Ovens", "Tandem Foods"),
    ("Ned Oduya '88's company, Brisket Labs, was bought by Pellan Systems in May.", "Brisket Labs", "Pellan Systems"),
    ("the design studio I co-founded in 1994, Marrow & Finch Associates, has merged with Keel Partners.",
     "Marrow & Finch Associates", None),
    # when the deal was done, between its verb and its doer
    ("Pellow Tools was acquired last year by Rindle Group.", "Pellow Tools", "Rindle Group"),
    ("Fenmore Ales was bought out in the spring by Kessock Brewing.", "Fenmore Ales", "Kessock Brewing"),
    # the owners selling, and a buyer after "to the"
    ("We sold Harrowgate Motors to the Brisk Auto Group in June after 40 years.", "Harrowgate Motors", "Brisk Auto Group"),
    ("I'm proud to say we sold our little firm, Dunmore & Pike Insurance, to the Hartley Group.",
     "Dunmore & Pike Insurance", "Hartley Group"),
    # the object in apposition to its description
    ("Tandem Foods acquired her bakery, Crumbwell Ovens, in May.", "Crumbwell Ovens", "Tandem Foods"),
    ("Hollis Garden Centers has been sold as a going concern to Greenleaf Growers Co.", "Hollis Garden Centers",
     "Greenleaf Growers Co"),
])
def test_deals_told_around_appositions_times_and_owners(text, target, buyer):
    sides = _deal_sides(text)
    assert any(company == target and role in ("target", "merger") for company, role, _ in sides), sides
    if buyer:
        assert (target, "target", buyer) in sides and (buyer, "acquirer", target) in sides


@pytest.mark.parametrize("text", [
    "We sold Widget Pro to Walmart.",  # a product, however its owners sell it
    "Analysts say sell Halden Motors to Morvo.",  # nobody who owns it
    "Her house, Rose Cottage, was bought by Hollis Developments.",  # an asset in apposition
])
def test_no_deal_where_nothing_says_a_company_changed_hands(text):
    assert not _deal_sides(text)


def test_a_name_after_a_description_that_speaks_is_no_apposition():
    assert _deal_sides("Vireo Software acquired the startup, Globex said on Monday.") == {("Vireo Software", "acquirer", None)}


@pytest.mark.parametrize("text, expected", [
    # a place among a described buyer's words names no buyer
    ("Fenmore Ales was bought by a larger Oregon craft brewer last year.", {("Fenmore Ales", "target", None)}),
    ("Fenmore Ales was bought by an Oregon craft brewer, Kessock Brewing.",
     {("Fenmore Ales", "target", "Kessock Brewing"), ("Kessock Brewing", "acquirer", "Fenmore Ales")}),
    # control of a company described, not named
    ("Quillan Corp said it purchased 80 pct of a privately held Nevada homebuilder for 9.6 mln dlrs.",
     {("Quillan Corp", "acquirer", None)}),
])
def test_a_company_described_by_its_place_is_not_named_by_it(text, expected):
    assert _deal_sides(text) == expected


@pytest.mark.parametrize("text, target, buyer", [
    # a company described by its kind, or a named company's business, as a passive deal's subject (failed before
    # 2026-12-07; the filing's word "Company" stands for the company the story names, read in combine)
    ("Receivers said the Welsh bakery chain's business had been sold to Corran Foods.", "Company", "Corran Foods"),
    ("Tillery & Moss's flagship business and 9 of its stores have been sold as a going concern to Pellow Retail.",
     "Tillery & Moss", "Pellow Retail"),
])
def test_a_described_or_possessive_subject_of_a_sale(text, target, buyer):
    assert (target, "target", buyer) in _deal_sides(text)


@pytest.mark.parametrize("text", [
    "Brasco Dental, the dental chain bought by Orrin Health in 2017, filed for Chapter 11.",  # a description
    "Its founder left four months after the company was bought by Southport Steel.",  # a time clause: background
    "The brand was acquired by Morvo Foods.",  # a brand is an asset
    "Tillery's shares were bought by Pellow Retail.",  # shares, no business
])
def test_no_described_subject_where_the_deal_is_background_or_an_asset(text):
    assert not any(company in ("Company", "Tillery") for company, _, _ in _deal_sides(text))


@pytest.mark.parametrize("text, expected", [
    # a company that ceases to be another's subsidiary is sold (failed before 2026-12-07)
    ("Upon completion, Tembusu Shiprepair will cease to be a subsidiary of the Company.",
     {("Tembusu Shiprepair", "target", None)}),
    ("Tembusu Shiprepair ceased to be a subsidiary of Aurex Marine in 2009.", set()),  # a guard: history
])
def test_a_company_that_ceases_to_be_a_subsidiary(text, expected):
    assert _deal_sides(text) == expected


def test_a_fields_plural_in_ics_is_no_verb_in_a_run():
    # (failed before 2026-12-07: "CERAMICS" ended the name as a verb would)
    assert [span.text for span in rules._name_spans("SHUN WO CERAMICS HOLDINGS LIMITED - RESIGNATION OF DIRECTOR")] == [
        "SHUN WO CERAMICS HOLDINGS LIMITED"]
    assert [span.text for span in rules._name_spans("Halden Logistics Buys Morvo Robotics Inc")] == [
        "Halden Logistics", "Morvo Robotics Inc"]  # a guard: the verb still ends the name


@pytest.mark.parametrize("text, expected", [
    # a named business sold with its kind after its name, to a named buyer (failed before 2026-12-07)
    ("The Fenwick Group has sold its Crumb & Crust bakery chain, all six shops and the wholesale arm, to Pellow Foods.",
     {("Crumb & Crust", "target", "Pellow Foods"), ("Pellow Foods", "acquirer", "Crumb & Crust")}),
    ("Acme sold its Harbor View hotel to Morvo Capital.", set()),  # a guard: a hotel is an asset
    ("Acme sold Widget Pro software to Walmart.", set()),  # a guard: a product
])
def test_a_business_sold_by_its_kind(text, expected):
    assert _deal_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # all of a company sold, as a listed company's disposal is told (failed before 2026-12-07)
    ("Tembusu Holdings sold its entire shareholding in Kelong Marine Sdn Bhd to Perdana Shipping Bhd.",
     {("Kelong Marine Sdn Bhd", "target", "Perdana Shipping Bhd"), ("Perdana Shipping Bhd", "acquirer", "Kelong Marine Sdn Bhd")}),
    ("The Board announced the proposed disposal of 100% of the equity interest in Kelong Marine Sdn Bhd for RM12 million.",
     {("Kelong Marine Sdn Bhd", "target", None)}),
    ("Tembusu Holdings sold its 20% equity interest in Kelong Marine Sdn Bhd to Perdana Shipping Bhd.", set()),  # a guard
])
def test_a_disposal_of_all_of_a_company(text, expected):
    assert _deal_sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share past half taken with no stake's word opens the deal gate (failed before 2026-12-07)
    ("Hoshida takes 51% of Korean skincare maker Dewmark", {("Dewmark", "target", "Hoshida"), ("Hoshida", "acquirer", "Dewmark")}),
    ("Hoshida takes 30% of Korean skincare maker Dewmark", set()),  # a guard: a minority share
])
def test_a_share_past_half_taken(text, expected):
    assert _deal_sides(text) == expected


@pytest.mark.parametrize("text, wrong", [
    # the session's review: inputs the new readings took wrongly, each mended (2026-12-07)
    ("I sold Tesla Inc last year and bought bonds.", "Tesla Inc"),  # an investor's trade
    ("We sell Globex Corp to customers in 40 countries.", "Globex Corp"),  # a reseller
    ("Acme Corp sold the company, Bloomberg News reported.", "Bloomberg News"),  # the story's source
    ("Globex Corp acquired the startup, Jane Roe wrote in a blog post.", "Jane Roe"),
    ("Britain's oldest business has been sold to Globex Holdings.", "Britain"),  # a place's possessive
    ("Warren Buffett's insurance operations were acquired by Globex.", "Warren Buffett"),  # a person's
    ("Acme Corp said its parent company was acquired by Globex Holdings.", "Company"),  # another company described
    ("When the company was acquired by Globex Holdings in 2019, Roe ran its sales team.", "Company"),  # a time clause
    ("Her house, Rose Cottage, was bought by Hollis Developments.", "Rose Cottage"),  # an asset
    ("The company founder, Jane Roe, was bought out by Globex Capital in 2019.", "Jane Roe"),  # a person
    ("Acme Corp sold Pellow Motors Inc to the Texas-based investor group.", "Texas-based"),  # a described buyer
    ("Pellow Tools sells to a national retailer, which stocks its wrenches in 900 stores.", "Pellow Tools"),  # a customer
    ("Upon completion of the members' voluntary liquidation, Tembusu Trading will cease to be a subsidiary of the Company.",
     "Tembusu Trading"),  # wound up, not sold
])
def test_the_reviews_misreadings_stay_mended(text, wrong):
    assert wrong not in {name for company, _, counterparty in _deal_sides(text) for name in (company, counterparty)}


@pytest.mark.parametrize("sentence, pair", [
    # British English agrees a merger, and a pair signs or strikes one (failed before 2026-12-08)
    ("Kennet Talent and Loddon Staffing have agreed a merger of equals.", {"Kennet Talent", "Loddon Staffing"}),
    ("Halloway Freight and Pewsey Carriers signed a definitive merger agreement on Monday.",
     {"Halloway Freight", "Pewsey Carriers"}),
])
def test_a_pair_agrees_a_merger(sentence, pair):
    events = rules.detect_events("", sentence)
    assert {event.company for event in events} == pair and {event.counterparty for event in events} == pair


@pytest.mark.parametrize("title, pair", [
    # a small company's reverse merger as its lawyers write it (failed before 2026-12-08)
    ("Brightvale Media Terminates Share Exchange Agreement With Loomhaus", {"Brightvale Media", "Loomhaus"}),
    ("Corvane Aviation Closes Share Exchange With Charter Operator Pellair Regional", {"Corvane Aviation", "Pellair Regional"}),
    ("Halden Closes Merger With Morvo", {"Halden", "Morvo"}),
])
def test_a_share_exchange_is_a_deal(title, pair):
    assert {event.company for event in rules.detect_events(title, "")} == pair


def test_a_market_of_shares_is_no_deal():
    # a guard: "share exchange" as a market, no parties' agreement
    assert rules.detect_events("", "The Shenzhen share exchange link with Hong Kong reopened on Monday.") == []


@pytest.mark.parametrize("sentence", [
    # a deal wished for, nobody named on the other side (failed before 2026-12-08)
    "The custodian intends to bring its filings current and seek a reverse merger candidate.",
    "Management continues to seek a suitable private company for a business combination.",
    "Pellucid Value Partners said it has no current plans to propose an acquisition of the company.",
    # securities bought, not a company (failed before 2026-12-08)
    "The shares were acquired in a privately negotiated transaction.",
])
def test_deals_wished_for_and_shares_bought_are_no_deal(sentence):
    assert rules.hard_negative(MERGER_ACQUISITION, sentence) is not None


def test_a_deal_beside_a_wish_is_still_one():
    # a guard: the wish beside a deal done leaves the deal
    assert rules.hard_negative(MERGER_ACQUISITION, "Halden, seeking acquisition targets, agreed to buy Morvo.") is None


def test_a_description_in_the_employers_slot_gives_the_name_after_it():
    # "of Kettering housebuilder Pelham Stour Homes": the place describes the name (failed before 2026-12-08)
    events = rules.detect_events("", "Ronald Askey has resigned as finance director of Daventry housebuilder Welton "
                                     "Grange Homes after eleven years.")
    assert [(event.company, event.person) for event in events] == [("Welton Grange Homes", "Ronald Askey")]


def test_a_blank_check_companys_name_alone_is_no_deal():
    # a newsletter's item headed by a SPAC's name alone (failed before 2026-12-08)
    assert rules.hard_negative(MERGER_ACQUISITION, "Thornquill Acquisition Corp. III") is not None
    # a guard: the same name that merges is a deal
    assert rules.hard_negative(MERGER_ACQUISITION, "Thornquill Acquisition Corp. III agreed to merge with Pellmore "
                                                   "Robotics.") is None
