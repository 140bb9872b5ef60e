"""pipeline/detection/distress.py: the size of a layoff, the stage of a bankruptcy, and the hard negatives."""

import pytest

from pipeline.constants import BANKRUPTCY, BANKRUPTCY_EMERGED, LAYOFFS
from pipeline.detection import distress
from pipeline.detection.gates import GATES


@pytest.mark.parametrize("sentence, jobs, share", [
    ("Quillon Software is cutting roughly 500 jobs, or about 6% of its global workforce", 500, 0.06),
    ("OpenSea lays off 20% of its workforce", None, 0.2),
    ("Ford plans up to 8,000 job cuts to help fund EV investment", 8000, None),
    ("Ford Said To Be Planning Up To 8K Job Cuts", 8000, None),
    ("Tesla will lay off 229 employees and permanently shut its office in San Mateo", 229, None),
    ("MORCOM TO LAY OFF 1,200 AT TEXAS PLANTS", 1200, None),
    ("Rishbrook PLC said it will eliminate about 2250 jobs, or 13 pct of its work force, to cut costs.", 2250, 0.13),
    ("Nimbly is laying off a quarter of its staff", None, 0.25),
    ("Corvid Analytics Announces Restructuring Plan to Reduce Workforce by Approximately 12%", None, 0.12),
    ("Meta Asks Managers To Identify Staff For Layoffs", None, None),
])
def test_jobs_and_share(sentence, jobs, share):
    assert distress.details("layoffs", sentence) == {"jobs": jobs, "share": share}


@pytest.mark.parametrize("sentence, stage", [
    ("Halvard Retail files for Chapter 11 bankruptcy protection", "filed"),
    ("Northgate Airlines enters administration, flights grounded", "filed"),
    ("Exclusive: Halvard Retail preparing to file for bankruptcy as soon as this week", "warning"),
    ("Endo weighs bankruptcy filing without opioid settlement deal", "warning"),
    ("Rowan Cinemas auditor raises substantial doubt about its ability to continue as a going concern", "warning"),
    ("O-I Glass' Paddock subsidiary emerges from Chapter 11", "emerged"),
    ("Ormond Pharma exits bankruptcy after eight months", "emerged"),
])
def test_bankruptcy_stage(sentence, stage):
    assert distress.details("bankruptcy", sentence) == {"stage": stage}


@pytest.mark.parametrize("kind, sentence", [
    ("layoffs", "Twitter says it is not planning big layoffs"),
    ("layoffs", "Grantham Steel reopens mill, recalls 650 laid-off workers"),
    ("layoffs", "U.S. jobless claims rise as layoffs spread across tech"),
    ("bankruptcy", "Ormond Pharma hires former bankruptcy lawyer as general counsel"),
    ("bankruptcy", "Olmsted Realty founder files personal bankruptcy after guarantees called"),
    ("bankruptcy", "Chapter 11 of 'Harbour Lights' airs tonight"),  # a chapter of a work
    ("bankruptcy", "Chapter 7 of the memoir covers the founder's bankruptcy years"),
    ("bankruptcy", "HOUSE COMMITTEE BACKS FARM BANKRUPTCY CHANGES"),
    ("layoffs", "Pemberton Mutual reverses plan to cut 600 branch jobs after staff protests"),
    ("layoffs", "Carrow Airways scraps plans to cut 300 cabin crew"),
    ("layoffs", "Cloudfen cuts burn rate by 40% without layoffs"),
    ("layoffs", "Tessaly Networks says no further job cuts planned after spring layoffs"),
    ("bankruptcy", "Ostrava Castings says it has ample liquidity and no plans to file for bankruptcy"),
    # cuts undone, their workers taken back or someone else's
    ("layoffs", "Quenby Press reverses warehouse layoffs after a record quarter"),
    ("layoffs", "Tallis Foods has rescinded the planned redundancies at its Leeds site"),
    ("layoffs", "Brisley Tooling dropped a proposal to cut 200 jobs"),
    ("layoffs", "Harwick Mills is bringing back 120 workers it furloughed in spring"),
    ("layoffs", "Ostrava Rail to take on 90 drivers laid off by a collapsed rival"),
    # a question is no report
    ("bankruptcy", "Will Morvo Cinemas Go Bankrupt Before Its Bonds Come Due?"),
    ("layoffs", "Is Pennock Bank about to cut 2,000 jobs? What the filings say"),
])
def test_hard_negatives(kind, sentence):
    assert distress.hard_negative(kind, sentence)


@pytest.mark.parametrize("kind, sentence", [
    ("layoffs", "Fenwick Telecom axes 800 call-centre jobs"),
    ("bankruptcy", "Crypto lender Celsius files for bankruptcy in New York"),
    ("bankruptcy", "Ostler Mills filed under Chapter 11 of the U.S. Bankruptcy Code on Monday"),
    ("bankruptcy", "OSTLER MILLS FILES UNDER CHAPTER 11 OF THE FEDERAL BANKRUPTCY CODE"),
    ("bankruptcy", "Livorne Stores Emerges From Bankruptcy As Private Company"),  # not bought "from bankrupt" X
    # a fall that comes with the cuts undoes nothing; nor does an outlook withdrawn beside them
    ("layoffs", "Harwick shares drop as the company cuts 500 jobs"),
    ("layoffs", "Brisley withdraws its outlook and cuts 300 jobs"),
    ("bankruptcy", "Does anyone know why Quenby Air filed for Chapter 11 today. Flights are cancelled"),
])
def test_news_of_the_kind_is_not_a_hard_negative(kind, sentence):
    assert distress.hard_negative(kind, sentence) is None
    assert kind in GATES.opened(sentence.lower())


@pytest.mark.parametrize("sentence, phrase", [
    # cuts told without a count or with a vague one are layoffs
    ("Harlow Motors is preparing to cut as many as 6,000 jobs in the coming weeks", "cut as many as 6,000 jobs"),
    ("Harlow Motors plans up to 6,000 job cuts", "6,000 job cuts"),
    ("Exchange operator Pennock reportedly cuts workforce again", "cuts workforce"),
    ("Tamsin Foods is cutting more jobs and closing depots", "cutting more jobs"),
    ("Ostrava Rail is laying off about 40 people", "laying off about 40 people"),
    ("Quarry Lane Media initiated a workforce reduction plan", "workforce reduction"),
    ("Fenwick cuts hundreds of warehouse jobs", "cuts hundreds of warehouse jobs"),
    # layoffs planned or announced without a count
    ("Ostrava Rail planning layoffs that could reach 5% of staff", "planning layoffs"),
    ("Tamsin Foods announces a new round of job cuts", "announces a new round of job cuts"),
    ("Ostrava Rail set to discuss layoffs, restructuring on Friday", "discuss layoffs"),
    # a workplace closing is layoffs
    ("Harlow Motors to close its Dayton plant next year", "close its Dayton plant"),
    ("Tamsin Foods shuts two factories in Ohio", "shuts two factories"),
    ("Quarry Lane Mills finalizes plans for the closure of its Newton facility",
     "plans for the closure of its Newton facility"),
    # made redundant and cuts counted in trades are layoffs
    ("PENDLEFORD TO MAKE 650 REDUNDANT AT COVENTRY", "MAKE 650 REDUNDANT"),
    ("Pendleford said it will make 650 workers redundant at its Coventry plant", "make 650 workers redundant"),
    ("About 650 workers will be made redundant", "650 workers will be made redundant"),
    ("Emberforge axes 90 developers after cancelling a sequel", "axes 90 developers"),
    # verbs whose object can only be people: a count alone is staff
    ("BRISLEY TOOLING LAYS OFF 240", "LAYS OFF 240"),
    ("QUENBY MARINE FURLOUGHS 600, DROPS THREE ROUTES", "FURLOUGHS 600"),
    ("Tamsin Games lets go of about 45 at its Leeds studio", "lets go of about 45"),
    # a startup shutting down or cutting its team is layoffs
    ("Meal-kit app Forkly is shutting down", "is shutting down"),  # a company shutting itself down
    ("Parcelo shutting down after failing to raise", "shutting down"),
    ("Insurtech Vantor cuts a third of its team", "cuts a third of its team"),
    ("Proptech Roomly lays off 15% again", "lays off 15%"),
    ("Harlowe Foods closes depot, 250 laid off", "250 laid off"),
    # a share "of" the staff with no determiner, and cuts "to" the staff
    ("Harlow Motors to cut 8% of global workforce", "cut 8% of global workforce"),
    ("Tamsin Foods makes deep cuts to its sales staff", "cuts to its sales staff"),
    # two words before the staff, three between a count and its noun
    ("Tamsin Freight trims regional loading staff", "trims regional loading staff"),
    ("Tamsin Freight is eliminating about 90 loader and driver positions", "eliminating about 90 loader and driver positions"),
    # a whole team or department cut, everyone fired, a reduction in force by its acronym
    ("Wrenly (the budgeting app) just axed its entire growth marketing team", "axed its entire growth marketing team"),
    ("Plumtree cut the whole customer success department today", "cut the whole customer success department"),
    ("Quillo fired everyone except the two founders", "fired everyone"),
    ("hearing Dovecote is doing a RIF this week", "RIF"),
    # a state's notice, a tracker's alert, layoffs said to be at a company
    ("WARN | Ohio | Brisley Tooling LLC | Dayton | 84 | Plant closing", "WARN |"),
    ("Layoff alert: Veltry (fintech, Austin) ~60 employees", "Layoff alert"),
    ("Layoffs at Quenby Games this morning, whole art team", "Layoffs at Q"),
    ("Corrib Tooling (manufacturing): WARN notice for 95 workers at its Dunmore plant", "WARN notice for 9"),
    # a tracker's line: the company, its trade, the jobs and the share of staff
    ("Pellow (logistics): 75 jobs, 10%. Second cut this year.", "Pellow (logistics): 75 jobs, 10%"),
    ("Harbury Health (healthtech): ~140 employees, about 25%", "Harbury Health (healthtech): ~140 employees, about 25%"),
    ("*TRAVELLO TO FURLOUGH MAJORITY OF STAFF AMID TRAVEL COLLAPSE", "FURLOUGH MAJORITY OF STAFF"),
    # staff losing their jobs with a cut
    ("Carrow Building Society will shut 40 branches, with 260 staff losing their jobs.", "260 staff losing their jobs"),
    ("Coastline Resorts will close its resort on Jan. 15, with all 212 employees losing their jobs.",
     "all 212 employees losing their jobs"),
    # people of any trade, or a union's members, counted before a verb only people take
    ("450 members at the Vantrell Corp. plant in Elgin will be laid off in stages.",
     "450 members at the Vantrell Corp. plant in Elgin will be laid off"),
    ("95 weavers and spinners at Ashby Textiles received redundancy notices on Friday.",
     "95 weavers and spinners at Ashby Textiles received redundancy notices"),
    ("Mass layoff at Tri-Valley Auto Parts", "Mass layoff at T"),
    ("Redundancy notices issued at Ashby Textiles", "Redundancy notices issued at A"),
    # a "one" in the clause is no negation
    ("Halden Bank told staff that 120 positions in wave one will be eliminated.", "120 positions in wave one will be eliminated"),
    ("60 developers on Team One will be laid off next week.", "60 developers on Team One will be laid off"),
    # a cut under way
    ("About 180 positions are being eliminated at Tollard Motors' call centre.", "180 positions are being eliminated"),
    # (a guard: the count before a passive, as before)
    ("About 90 staff were let go at Quarrel Air.", "90 staff were let go"),
    # four words describing the jobs, two kinds joined
    ("Ridgeway Media will eliminate about 240 printing and distribution center jobs.",
     "eliminate about 240 printing and distribution center jobs"),
])
def test_a_layoff_shape_reads_its_phrase(sentence, phrase):
    assert distress.shape("layoffs", sentence) == phrase


@pytest.mark.parametrize("sentence", [
    "All 1,900 hourly workers will receive full pay and none will be laid off.",
    "All 1,900 hourly workers will receive full pay and none of them will be laid off.",
    # customers and a club's members get termination letters too; a denied claim of jobs lost
    "More than 2,000 customers of Crane Bank received termination letters after it closed their accounts.",
    "Around 3,000 members at Crane Fitness received termination notices when the gym chain closed.",
    "Halden Foods said fears that 300 workers were losing their jobs were unfounded.",
])
def test_a_count_of_people_kept_served_or_denied_is_no_cut(sentence):
    assert distress.shape("layoffs", sentence) is None


@pytest.mark.parametrize("sentence", [
    "The plan isn't aimed at cutting jobs but at faster reviews",
    "Harlow Motors has no plan to cut staff this year",
    "Tamsin Foods will not lay off workers, its chief said",
    "Pennock Fund trims positions in Harlow Motors",
    "The central bank cuts rates as jobs data weakens",
    "Ostrava Rail does not expect to file for Chapter 11",
    "Pellow (logistics): 75 jobs open in three cities",  # a count of jobs without a share of staff: openings
    "The union says 250 miners are back at work after the strike",
])
def test_what_is_not_a_cut_or_a_filing(sentence):
    assert distress.shape("layoffs", sentence) is None and distress.shape("bankruptcy", sentence) is None


@pytest.mark.parametrize("sentence", [
    "Harlow Motors temporarily shuts two factories for two weeks amid a chip shortage",
    "Tamsin Pharmacy plans to close 300 stores",  # a shop's closing: a retailer shrinking, not layoffs
    "The company closed two paper mills in Finland last year",  # history
    "Quarry Lane said it bought spinning equipment from a closed mill",
])
def test_a_halt_a_shop_or_a_closure_told_as_history_is_no_layoff_shape(sentence):
    assert distress.shape("layoffs", sentence) is None


def test_a_cut_beside_a_halt_is_still_a_cut():
    assert distress.shape("layoffs", "Harlow Motors sheds 300 jobs and halts production at two plants") == \
        "sheds 300 jobs"


def test_fear_of_layoffs_is_no_shape():
    assert distress.shape("layoffs", "Investors at Ostrava Rail fear layoffs") is None


@pytest.mark.parametrize("sentence", [
    "Halvard Retail stock tumbles amid reports of impending bankruptcy",
    "Ostrava Rail weighs bankruptcy filing without a creditor deal",
    "Tamsin Foods on the brink of insolvency",
])
def test_a_bankruptcy_warning_is_a_shape_with_the_warning_stage(sentence):
    assert distress.shape("bankruptcy", sentence)
    assert distress.bankruptcy_stage(sentence) == "warning"


def test_a_company_risen_from_near_bankruptcy_is_history():
    assert distress.shape("bankruptcy", "By 1996 Halvard had risen from near bankruptcy to lead its market") is None


@pytest.mark.parametrize("sentence, phrase", [
    ("Crypto lender Halvard goes bankrupt", "goes bankrupt"),
    ("Tamsin Foods declares bankruptcy after talks fail", "declares bankruptcy"),
    ("A court has ordered lender Ostrava Credit to liquidate", None),
    ("Lender Ostrava Credit said a court has ordered it to liquidate", "ordered it to liquidate"),
    ("Halvard Retail to be liquidated", "to be liquidated"),
])
def test_a_company_gone_bust_declared_bankrupt_or_ordered_wound_up(sentence, phrase):
    assert distress.shape("bankruptcy", sentence) == phrase


def test_a_company_that_will_not_go_bankrupt_is_no_shape():
    assert distress.shape("bankruptcy", "Halvard says it will not go bankrupt") is None


@pytest.mark.parametrize("sentence, opens", [
    # "administration" opens the bankruptcy gate only where a company goes into it, comes out or is near it
    ("Halloway Home enters administration, 900 jobs at risk", True),
    ("Tarrant Builders on the verge of administration as lenders balk", True),
    ("Brinsley Pty Ltd placed into voluntary administration", True),
    ("Administrators appointed to Fellbrook Textiles", True),
    # the kind of administrator named between the verb and the noun: voluntary (Australia), provisional
    ("Kestrel Lane Minerals appoints voluntary administrators, shares halted", True),
    ("Orrin Shipping names provisional administrators after missed coupon", True),
    ("Administration seeks tighter import limits on steel", False),
    ("The Carter administration said it would review the tariff", False),
    ("Velaro Biotech wins Food and Drug Administration approval for migraine drug", False),
    ("Aldous Partners buys Quaystone Fund Administration from its founders", False),
])
def test_administration_opens_the_bankruptcy_gate_only_in_its_insolvency_sense(sentence, opens):
    assert ("bankruptcy" in GATES.opened(sentence.lower())) is opens


@pytest.mark.parametrize("sentence", [
    "Forkly shuts down its legacy app",  # a product, not the company
    "Harlowe Air recalls 400 furloughed pilots",  # furloughed as an adjective
])
def test_a_product_shut_down_or_a_furloughed_crew_is_no_layoff_shape(sentence):
    assert distress.shape("layoffs", sentence) is None


def test_a_companys_filing_read_for_its_customers_is_no_persons():
    assert distress.hard_negative("bankruptcy", "Halden Airlines files for bankruptcy: will it affect your credit card "
                                                "miles?") != distress.PERSON_BANKRUPT


def test_a_chapters_number_is_no_count_of_people():
    assert distress.shape("layoffs", "Filed Chapter 7 personally after being laid off, will employers see it?") is None


def test_a_count_after_a_verb_that_takes_things_is_no_layoff_shape():
    assert distress.shape("layoffs", "Quenby Marine cuts 600, drops three routes") is None


@pytest.mark.parametrize("sentence", [
    "Harlowe County roads department to lay off 40 as budget shrinks",
    "The Brentmoor City Parks Department will lay off about 25 seasonal workers",
    "Department of Rural Services to cut 800 jobs",
    "Hartwell State University eliminates 300 staff posts amid deficit",  # a state school
])
def test_a_public_bodys_department_cutting_its_staff_is_no_companys_layoff(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence, reason", [
    ("Village of Marlow files for Chapter 9 protection", distress.MUNICIPAL_BANKRUPTCY),
    ("Ashworth becomes the second town this year to seek municipal bankruptcy", distress.MUNICIPAL_BANKRUPTCY),
    ("Film Producer Dana Quillfeather Files for Bankruptcy", distress.PERSON_BANKRUPT),
    ("A court declared former fund manager Ivo Restrepo bankrupt", distress.PERSON_BANKRUPT),
    ("TV chef Lena Marr filed for Chapter 11 in Miami", distress.PERSON_BANKRUPT),
    # (an aside between the former post and the verb)
    ("A former treasurer of Dunmore Credit Union, convicted in May of fraud, has been declared bankrupt",
     distress.PERSON_BANKRUPT),
    # (a guard: a former company's own name in the aside is the company's bankruptcy)
    ("The former state-owned carmaker, Ostler Motors, was declared bankrupt on Monday", None),
    ("Ms. Marr filed an individual Chapter 11 petition", distress.PERSON_BANKRUPT),
    ("Bram Kale, the former CEO of Torvane, has filed for personal Chapter 7 bankruptcy", distress.PERSON_BANKRUPT),
    ("The tribunal admitted an insolvency petition against Harjit Sohal, promoter of a steel company, in his capacity as "
     "personal guarantor", distress.PERSON_BANKRUPT),
    # the economy's count of companies admitted to a procedure
    ("The number of companies admitted into the corporate insolvency resolution process fell 18 per cent",
     distress.ECONOMY_COUNT),
    ("Edtech insolvency petitions at NCLT hit record in FY24", distress.ECONOMY_COUNT),
    ("Former Samwon Group chairman declared personally bankrupt", distress.PERSON_BANKRUPT),
    ("Kitahama City declares fiscal bankruptcy", distress.MUNICIPAL_BANKRUPTCY),
    ("Government to revise Civil Rehabilitation Law to speed SME rescues", distress.THE_TRADE),
    ("Trustee appointed in the bankruptcy of celebrity chef Tomas Quell", distress.PERSON_BANKRUPT),
    ("Ex-restaurateur Colm Brady adjudicated bankrupt", distress.PERSON_BANKRUPT),
    ("Pizza chain founder files for personal bankruptcy after guarantees called", distress.PERSON_BANKRUPT),
    # a reader's own, asked about or told
    ("Q&A: Will filing for bankruptcy wreck my credit for good?", distress.PERSON_BANKRUPT),
    ("My wife and I are thinking about Chapter 7 after two years of medical bills.", distress.PERSON_BANKRUPT),
    ("Filed Chapter 13 personally last spring; will a background check show it?", distress.PERSON_BANKRUPT),
])
def test_a_town_or_a_person_in_bankruptcy_is_no_company(sentence, reason):
    assert distress.hard_negative("bankruptcy", sentence) == reason


def test_the_bankruptcy_of_a_company_named_after_its_founder_is_a_companys():
    assert distress.hard_negative("bankruptcy", "Trustee appointed in the bankruptcy of Quell Restaurant Group") is None


def test_a_company_in_administration_or_receivership_now_is_a_filing():
    assert distress.shape("bankruptcy", "Gablewood (the furniture chain) is in administration as of today")
    assert distress.shape("bankruptcy", "Ostrava Castings has been in receivership since May")


@pytest.mark.parametrize("sentence", [
    "City of Harlowe to lay off 85 employees as sales tax falls",
    "BRENTMOOR COUNTY TO FURLOUGH 400 EMPLOYEES",
    "Ashworth city council votes to cut 150 jobs",
    # its verb right after it, and a county's home or a district's schools among its bodies
    "Halbrook County health department lays off 12 as grant ends",
    "Brannock school district cuts 60 teaching positions",
    "County nursing home to cut 25 positions",
    # its posts named with no word between: "municipal positions", "county posts"
    "Dunmere budget cuts 80 municipal positions",
])
def test_a_public_body_cutting_its_own_staff_is_no_companys_layoff(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence", [
    "Ardwell Logistics to add 250 jobs at new Reno distribution center",
    "Brackenridge Software will create 400 positions over five years, the state said",
])
def test_jobs_added_or_created_are_no_layoff(sentence):
    assert distress.hard_negative("layoffs", sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Edtech company Larkfield told about 200 employees on a video call that their roles had been eliminated",
    "Harrowgate notified 85 workers they would be laid off in March",
])
def test_staff_told_of_their_own_cut_is_a_layoff(sentence):
    assert distress.shape("layoffs", sentence)


@pytest.mark.parametrize("sentence, phrase", [
    ("Kurobane Denki files for civil rehabilitation", "files for civil rehabilitation"),
    ("Tidebean Cafes enters small business restructuring", "enters small business restructuring"),
    ("Bramble & Oak launches CVA to close 20 restaurants", "launches CVA"),
    # an exchange notice's nouns, and an officer appointed "today"
    ("SENS: Commencement of Business Rescue Proceedings", "Commencement of Business Rescue"),
    ("Appointment of Interim Examiner", "Appointment of Interim Examiner"),
    ("The High Court has today appointed an interim examiner to the Company",
     "has today appointed an interim examiner"),
    ("Pinecrest Forest Products Obtains Initial Order under the CCAA", "Initial Order under the CCAA"),
])
def test_other_jurisdictions_procedures_are_filings(sentence, phrase):
    assert distress.shape("bankruptcy", sentence) == phrase


@pytest.mark.parametrize("sentence", [
    "Halloway Software committed to a plan including the elimination of approximately 9% of the Company's positions",
    "The Board approved a Voluntary Retirement Scheme for eligible workmen at its Madurai unit",
    "SENS: Commencement of Section 189A Consultation Process",
])
def test_cuts_in_a_filings_words_are_a_layoff(sentence):
    assert distress.shape("layoffs", sentence)


def test_staff_a_closure_touches_told_after_it_are_a_layoff_but_not_those_a_strike_touches():
    assert distress.shape("layoffs", "A spokesperson said about 240 hourly employees were affected")
    assert distress.shape("layoffs", "About 2,000 workers are affected by the strike") is None


def test_jobs_offered_to_the_staff_of_a_business_bought_are_no_cut():
    assert distress.hard_negative("layoffs", "Redmere said it expects to offer jobs to most of Pinegrove's 900 workers")


def test_staff_told_they_keep_their_jobs_is_no_cut():
    assert distress.shape("layoffs", "Larkfield told 200 employees they would keep their jobs") is None


def test_a_companys_cut_that_a_government_reports_is_still_a_layoff():
    assert distress.hard_negative("layoffs", "Harlowe Motors to cut 300 jobs, the state said on Friday") is None


@pytest.mark.parametrize("sentence, kind, reason", [
    ("OHIO TO ELIMINATE 2,000 STATE JOBS", "layoffs", distress.GOVERNMENT_JOBS),
    ("The state will eliminate 2,000 government positions to close a budget gap", "layoffs", distress.GOVERNMENT_JOBS),
    ("Quintrell said earnings fell, partly because of a charge for a retail customer that filed for Chapter 11",
     "bankruptcy", "not a bankruptcy event: 'customer that filed'"),
])
def test_a_governments_cuts_and_a_customers_filing_are_no_companys_event(sentence, kind, reason):
    assert distress.hard_negative(kind, sentence) == reason


@pytest.mark.parametrize("sentence, phrase", [
    ("*QUORN ENERGY AUDITOR RAISES GOING-CONCERN DOUBT", "GOING-CONCERN DOUBT"),
    ("$WNDM Windle Solar: 10-K includes going concern warning; shares -18% AH", "going concern warning"),
    ("The auditor expressed substantial doubt about its ability to continue as a going concern",
     "doubt about its ability to continue as a going concern"),
    # the doubt in other words and at a distance, and the headline's short form
    ("Pellmore Toys said a 'material uncertainty' exists about its ability to continue as a going concern",
     "uncertainty' exists about its ability to continue as a going concern"),
    ("Pellmore Toys parent warns on going concern", "warns on going concern"),
])
def test_an_auditors_going_concern_doubt_is_a_bankruptcy_warning(sentence, phrase):
    assert distress.shape("bankruptcy", sentence) == phrase
    assert distress.details("bankruptcy", sentence) == {"stage": "warning"}


@pytest.mark.parametrize("sentence, phrase", [
    # a company's statement: its words for a cut, always with a count of staff
    ("we have made the difficult decision to part ways with approximately 9% of our team",
     "part ways with approximately 9% of our team"),
    ("Today we're saying goodbye to 38 teammates, roughly a quarter of Pellow", "saying goodbye to 38 teammates"),
    ("We are reducing the size of our team by approximately 140 people", "reducing the size of our team by approximately 1"),
    # the jobs as the subject, lost or to be lost
    ("Arden & Fry bakery ends night shift, 45 jobs go", "45 jobs go"),
    ("Approximately 190 positions at Norbury Flats will be eliminated by the end of the year",
     "190 positions at Norbury Flats will be eliminated"),
    ("About 140 workers on the evening shift will lose their jobs on May 31", "140 workers on the evening shift will lose their jobs"),
    ("The mayor called the loss of 220 jobs a gut punch", "loss of 220 jobs"),
    ("Union warns 310 jobs at risk as Halvorsen Foods reviews its bakery", "310 jobs at risk"),
    ("a proposal to close the site, which would affect 175 roles", "close the site, which would affect 175 roles"),
    ("Workers at Ostrow Glass told the Brackwell plant will shut in March", "plant will shut"),
    ("We are not renewing the contracts of approximately 200 temporary workers",
     "not renewing the contracts of approximately 200 temporary workers"),
    ("We will offer voluntary redundancy to around 500 colleagues", "voluntary redundancy to around 500"),
    ("Workers told to expect 150 compulsory redundancies", "150 compulsory redundancies"),
    # a count alone after a verb only people take; notices of dismissal
    ("Frigorifico Las Tunas dismisses 500 at Villa Gobernador plant", "dismisses 500"),
    ("The meatpacker sent dismissal notices to 500 workers at its plant", "dismissal notices to 500 workers"),
    # a programme offered to the staff, sized or not
    ("Cheonmi Bank to offer voluntary retirement to 500", "offer voluntary retirement"),
    ("Borim Securities takes applications for voluntary retirement", "takes applications for voluntary retirement"),
    # voluntary departures sought to cut staff
    ("Sorano Electronics offers voluntary retirement to 3,000 staff", "offers voluntary retirement to 3,000 staff"),
    ("Sorano will seek 3,000 voluntary retirements at its units", "3,000 voluntary retirements"),
    # a programme of cuts by its name and whom it touches; the notices that open one
    ("Ndovu Telecom begins rightsizing; 900 staff affected", "rightsizing; 900 staff affected"),
    ("a downsizing exercise that will affect about 640 employees", "downsizing exercise that will affect about 640 employees"),
    ("Vaalrand Gold issues section 189 notices to 1,200 workers", "section 189 notices to 1,200 workers"),
    # an employee's post
    # the jobs gone, told by the people who held them
    ("Corvell Coal idles its Harlan mine; 250 miners out of work", "250 miners out of work"),
    ("Halbrook Textiles says the fire puts about 1,100 people out of work", "puts about 1,100 people out of work"),
    ("Got laid off from Veradine Analytics this morning after six years", "Got laid off from V"),
    # sacked staff, a headline's passive without its verb, job losses and layoffs counted, a whole studio, a WARN filing's words
    ("Edtech firm Vidyapath sacks 500 staff amid funding crunch", "sacks 500 staff"),
    ("Ravensmoor Chemicals to shut Alderford unit; 95 positions eliminated", "95 positions eliminated"),
    ("Shock as Mellow Lane Bakery closes with 45 job losses", "45 job losses"),
    ("Transport union slams Trundle Buses over 60 driver layoffs", "60 driver layoffs"),
    ("Fennick Games just laid off the entire Ashby studio", "laid off the entire Ashby studio"),
    ("Harbor & Vine Hospitality will end employment for 134 at its resort", "end employment for 1"),
    ("Halvard Paper will not reopen its Tarrowby mill; 180 staff lose their jobs", "180 staff lose their jobs"),
    ("After 11 years at Camberline Insurance, my role was eliminated today", "my role was eliminated"),
])
def test_a_cut_told_without_the_word_layoff_is_a_shape(sentence, phrase):
    assert distress.shape("layoffs", sentence) == phrase


@pytest.mark.parametrize("sentence, stage", [
    ("Tax authority files winding-up petition against Stanbury Scaffolding", "filed"),
    ("Brightharbor Homes hires restructuring advisers after skipping bond coupon", "warning"),
    ("The homebuilder skipped a $22 million interest payment due Monday", "warning"),
    ("Court orders winding up of Strathmore Haulage", "filed"),  # the order in the verb's form
    ("Strathmore Haulage to be wound up after creditors' meeting", "filed"),
    # the company's own petition, and the wire's long form of a filing
    ("Kandy Spice Airways petitions for winding up", "filed"),
    ("The board of Kandy Spice Airways has asked the Commercial High Court to wind up the carrier", "filed"),
    ("Prairie Sky Airlines filed a petition for reorganization under Chapter 11 of the federal bankruptcy laws today",
     "filed"),
    ("Bellcourt Mills sought protection from its creditors under Chapter 11", "filed"),
    # Japan's and Korea's procedures by their laws' names
    ("Tsubaki Airways filed for protection under the Corporate Reorganization Law with the Tokyo District Court",
     "filed"),
    ("Yayoi Mutual Life files for rehabilitation under special law", "filed"),
    # a bank failed by its regulator: receivership
    ("Iowa regulators close Grundy Flats State Bank", "filed"),
    ("NCUA liquidates Mapleford Church Federal Credit Union", "filed"),
    ("Connecticut seizes Ivorydale Savings; FDIC named receiver", "filed"),
    ("Federal regulators declared Cypress Hollow Savings insolvent and appointed the Resolution Trust Corp. as receiver",
     "filed"),
])
def test_a_winding_up_petition_and_the_signs_of_a_filing_are_shapes(sentence, stage):
    assert distress.shape("bankruptcy", sentence) is not None
    assert distress.details("bankruptcy", sentence) == {"stage": stage}


def test_a_persons_own_petition_under_chapter_11_is_no_companys_shape():
    # (a guard for the long form of a filing: a person files it too)
    assert distress.shape("bankruptcy", "Developer Arthur Brelling filed a personal petition under Chapter 11") is None


@pytest.mark.parametrize("sentence", [
    "Drakensberg Coaches voluntarily placed itself in business rescue on Monday",
    "Whanganui Savings placed in statutory management after run on deposits",
    "Tamsin Leisure seeks court protection from creditors",
    "An interim examiner has been appointed to Shannonside Hotels",
    "The board of Merrow Foods appoints joint administrators",
    "Provisional liquidators were appointed to Shing Lung Garments on Friday",
    "Receivers called in at Drumlin Developments",
    "Halden Homes calls in administrators",
    "Liquidity crunch pushes Sipho Air into business rescue proceedings",
])
def test_other_jurisdictions_procedures_and_their_officers_are_filings_in_the_definitions_words(sentence):
    phrase = distress.shape("bankruptcy", sentence)
    assert phrase is not None and distress.STATED.search(phrase)
    assert "bankruptcy" in GATES.opened(sentence.lower())


@pytest.mark.parametrize("sentence", [
    "A medical examiner was appointed to review deaths at Halden Hospital",
    "Harrowgate Health buys Ravenmoor hospital from its court-appointed receiver",
])
def test_an_examiner_of_another_kind_or_a_receiver_told_in_passing_is_no_filings_shape(sentence):
    phrase = distress.shape("bankruptcy", sentence)
    assert phrase is None or not phrase.lower().startswith(("medical", "appointed", "kendall"))


@pytest.mark.parametrize("sentence", [
    "US commercial bankruptcy filings rise 18% in 2023",
    "Corporate insolvencies rose for a third quarter, the statistics office said",
])
def test_the_economys_count_of_filings_is_no_companys_bankruptcy(sentence):
    assert distress.hard_negative("bankruptcy", sentence)


def test_a_public_bodys_retirement_offer_is_its_own_staff():
    assert distress.hard_negative("layoffs", "Nairobi City County has offered an early retirement scheme to 3,000 employees") \
        == distress.GOVERNMENT_JOBS


def test_cuts_undone_are_none_by_definition_unless_others_are_reported_after():
    assert distress.hard_negative("layoffs", "Rennick Motors drops plan to cut 900 jobs after union deal") == \
        distress.CUTS_UNDONE
    assert distress.hard_negative("layoffs", "Halden drops plan to cut 900 jobs but will still cut 300 jobs") != \
        distress.CUTS_UNDONE


def test_cuts_withdrawn_in_the_passive_are_undone_and_a_cut_told_before_an_undone_plan_stands():
    assert distress.hard_negative("layoffs", "Jobs saved as Carrow Glassworks wins new order, redundancy plan withdrawn") == \
        distress.CUTS_UNDONE
    assert distress.hard_negative("layoffs", "Halden cuts 300 jobs after scrapping its plan to close the Dunmore plant") is None


def test_a_workplace_that_will_not_reopen_is_closed_for_good():
    assert distress.hard_negative("layoffs", "Halvard Paper will not reopen its mill; 180 staff lose their jobs") is None
    assert distress.hard_negative("layoffs", "Halvard Paper to reopen its mill, recalling 180 laid-off staff") is not None


@pytest.mark.parametrize("kind, sentence", [
    ("layoffs", "Announced job cuts by employers fell 20% in May, report shows"),  # the economy's count
    ("bankruptcy", "Restructuring lawyer Mila Corven joins Harrow & Pike as partner"),
    ("bankruptcy", "Cricketer Rohan Deval's personal insolvency petition admitted"),
    ("bankruptcy", "Blockvault Alpha Fund to be liquidated, investors to get cash by June"),
    ("bankruptcy", "Kelso Retail acquires Bixby's brand name and recipes out of bankruptcy"),
    ("bankruptcy", "Ambrose Capital wins auction for Corvel Outdoor's business as a going concern"),
])
def test_what_only_looks_like_a_cut_or_a_filing_is_explained_away(kind, sentence):
    assert distress.hard_negative(kind, sentence) is not None


def test_a_programme_shelved_before_the_staff_it_touched_is_no_cut():
    assert distress.shape("layoffs", "Tarrow Mills shelves retrenchment plan; 400 workers affected by pay freeze") is None


@pytest.mark.parametrize("sentence", [
    "A decade after bankruptcy, Aldermoor Steel posts record profit",
    "How Tarrington Rail rebuilt itself after its 2009 bankruptcy",
])
def test_a_bankruptcy_behind_the_company_is_history(sentence):
    assert distress.hard_negative("bankruptcy", sentence) == distress.BANKRUPTCY_TOLD_AS_HISTORY


def test_a_schools_own_cuts_are_a_governments():
    assert distress.hard_negative("layoffs", "Eastwater schools to lay off 40 staff as enrollment falls") == \
        distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence", [
    "Fashion chain Margolin & Wise enters administration, putting 2,300 jobs at risk",  # the filing is the news
    "A department spokesman said about 140 positions would be eliminated through attrition",  # nobody laid off
    "Prestwell Glass said it shut a furnace at its plant for a six-week rebuild and that the 140 workers affected "
    "will return to their jobs",  # a stop for works
])
def test_jobs_at_risk_in_a_filing_attrition_and_a_stop_for_works_are_no_layoff(sentence):
    assert distress.shape("layoffs", sentence) is None or distress.hard_negative("layoffs", sentence) is not None


@pytest.mark.parametrize("kind, sentence", [
    ("layoffs", "Kestrel Valley union contract averts planned layoffs"),
    ("bankruptcy", "Pukeko Homes business sold as a going concern to Harakeke Construction"),  # a working business sold
])
def test_cuts_averted_and_a_sale_as_a_going_concern_are_no_event(kind, sentence):
    assert distress.hard_negative(kind, sentence) is not None


def test_an_auditors_doubt_about_going_on_as_a_going_concern_is_still_a_warning():
    assert distress.hard_negative("bankruptcy", "Solvane Energy flags substantial doubt about ability to continue as going concern") is None


@pytest.mark.parametrize("sentence", [
    "Northwold Air to make 600 cabin crew redundant",  # British English: the layoff's word is "redundant"
    "Sable Ridge Coal idles mine; 250 miners out of work",
])
def test_a_cut_worded_redundant_or_out_of_work_opens_the_layoffs_gate(sentence):
    assert "layoffs" in GATES.opened(sentence.lower())
    assert distress.shape("layoffs", sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Corvane Mining has agreed to buy the idle Redstone mill from the court-appointed receiver of its former owner",
    "Budget chain Pellow Stores bought the stock and fixtures of collapsed toy retailer Quimby's from administrators",
    "Liquidators sell the Ashcombe brand and website to an online retailer",
    "Marlowe Foods snaps up the Tindle Biscuit brand at bankruptcy auction",
    "Corvane Machinery wins bankrupt plant's equipment at a bankruptcy court auction",
    "Renfield Tools acquired the patent portfolio of Stanway Power Tools out of its Chapter 7 liquidation",
])
def test_things_bought_out_of_an_estate_are_no_filing(sentence):
    assert distress.hard_negative("bankruptcy", sentence) == distress.BOUGHT_FROM_AN_ESTATE


def test_a_filing_told_beside_a_purchase_from_an_estate_stands():
    sentence = "Corvane Mining files for Chapter 11, a year after buying a mill from the receiver of Redstone Metals"
    assert distress.hard_negative("bankruptcy", sentence) is None


@pytest.mark.parametrize("kind, sentence, reason", [
    # the economy's count, with a place between
    ("bankruptcy", "Business failures across Wales and the Marches rose 9% in the third quarter", distress.ECONOMY_COUNT),
    ("bankruptcy", "The number of registered company insolvencies in Scotland fell for a second year",
     distress.ECONOMY_COUNT),
    # the kind told of a counted plural of companies, none named
    ("bankruptcy", "At least 110 companies backed by buyout firms filed for bankruptcy in 2024, the most in a decade",
     distress.ECONOMY_COUNT),
    # bankruptcy as a trade
    ("bankruptcy", "Insolvency boutique Ferrow & Lyle adds two restructuring partners in Leeds", distress.THE_TRADE),
    ("bankruptcy", "Bankruptcy scholar Oren Vasquez publishes a history of Chapter 11", distress.THE_TRADE),
    ("bankruptcy", "Lawmakers weigh changes to bankruptcy law for small firms", distress.THE_TRADE),
    # a filing in a dated clause beside the news; a going concern bought at an estate's auction
    ("bankruptcy", "Marlow Air, which emerged from bankruptcy in 2011, reports a record summer",
     distress.BANKRUPTCY_TOLD_AS_HISTORY),
    ("bankruptcy", "Brannock Outfitters wins auction for bankrupt Selby Camping, will keep 40 stores open",
     distress.BOUGHT_FROM_AN_ESTATE),
    ("bankruptcy", "Halden Apparel bought the Fenwick & Co. brand and trademarks out of bankruptcy court for $4M",
     distress.BOUGHT_FROM_AN_ESTATE),
    # a word only a person is, standing for the name; filings told only in the plural
    ("bankruptcy", "Former property tycoon declared bankrupt in Dublin", distress.PERSON_BANKRUPT),
    ("bankruptcy", "Marvin T. Ostrow, a restaurateur and former franchisee, filed a voluntary Chapter 7 petition",
     distress.PERSON_BANKRUPT),
    ("bankruptcy", "House bill would shield retirees' pensions in steel bankruptcies", distress.FILINGS_IN_GENERAL),
    # jobs put at stake by a filing; a public body's posts with a word of what they are
    ("layoffs", "Fintech Corvadi has appointed voluntary administrators, putting about 90 jobs in limbo",
     distress.JOBS_AT_STAKE),
    ("layoffs", "Bellport to eliminate 20 city parks positions in budget", distress.GOVERNMENT_JOBS),
    ("layoffs", "Eastholm school board votes to cut 140 teaching jobs", distress.GOVERNMENT_JOBS),
    ("layoffs", "Marsh Valley Transit Authority to cut 300 administrative jobs", distress.GOVERNMENT_JOBS),
    # staff sent home for a while, with a date to come back
    ("layoffs", "Tillbrook Mills will idle its plant from Jan. 8 and furlough about 300 hourly workers, who are "
     "scheduled to return Feb. 20", distress.FURLOUGHED_FOR_A_WHILE),
    ("layoffs", "Mayor Ostby's budget would cut 30 city library staff jobs", distress.GOVERNMENT_JOBS),
    # Britain's public health service and a state's universities are public bodies
    ("layoffs", "Hospital trust to cut 300 admin roles to meet savings target", distress.GOVERNMENT_JOBS),
    ("layoffs", "State university system to cut 450 non-teaching posts", distress.GOVERNMENT_JOBS),
    # the economy's cuts, however sure a model is
    ("layoffs", "Jobless claims climb to 238,000 as layoffs tick up", distress.ECONOMY_COUNT),
    ("layoffs", "Announced job cuts by U.S. employers jumped to 98,000 in March", distress.ECONOMY_COUNT),
    # the bench's own news
    ("bankruptcy", "New bankruptcy judge sworn in for the Eastern District", distress.THE_TRADE),
    # the employers of a place, all of them, counted
    ("layoffs", "Employers in Kansas filed WARN notices covering 3,120 workers in the first quarter",
     distress.ECONOMY_COUNT),
    ("layoffs", "Companies across the region cut 4,000 jobs last year, a chamber survey found", distress.ECONOMY_COUNT),
    # nobody, as the subject of the cut
    ("layoffs", "No current employees will lose their jobs, the spokesman said", distress.SAID_NOT_TO_HAPPEN),
    ("layoffs", "None of the mill's 240 workers will be laid off", distress.SAID_NOT_TO_HAPPEN),
    # a sale in a bankruptcy case, told in the case's words, no filing told
    ("bankruptcy", "Judge OKs sale of bankrupt Penfold Creamery to Ashgrove Dairy", distress.BOUGHT_FROM_AN_ESTATE),
    ("bankruptcy", "Tolliver Pharmacy asked the bankruptcy court to approve Renmark Health as stalking-horse bidder for "
                   "its 90-store chain", distress.BOUGHT_FROM_AN_ESTATE),
    # a public body by its kind: any authority, a prefecture, a government's department by its portfolio
    ("layoffs", "City-owned Harbor Arena Authority eliminates 40 positions", distress.GOVERNMENT_JOBS),
    ("layoffs", "Niigata prefecture to cut 600 staff positions over four years", distress.GOVERNMENT_JOBS),
    ("layoffs", "Justice Department cuts civil division staff in reorganization", distress.GOVERNMENT_JOBS),
    # the staff of a kind of company, all of them; companies counted as they go in
    ("layoffs", "About 40,000 workers at Thai companies with 200 or more staff are expected to lose their jobs",
     distress.ECONOMY_COUNT),
    ("bankruptcy", "The number of cinema operators entering insolvency in Wales rose 25% in 2021",
     distress.ECONOMY_COUNT),
    # the law being made; a person's guarantee
    ("bankruptcy", "Lawmakers passed legislation raising the $7.5 million debt limit for small businesses electing to "
                   "reorganize under Subchapter V of Chapter 11", distress.THE_TRADE),
    ("bankruptcy", "Court declares former shipping chairman Lau Wing-kei bankrupt over a personal guarantee",
     distress.PERSON_BANKRUPT),
    # nobody cut, told after another clause; the jobs kept
    ("layoffs", "Staff on the line will move to its other plants and no jobs will be cut", distress.SAID_NOT_TO_HAPPEN),
    ("layoffs", "Tenby Mills scraps depot closure after union deal; 200 jobs saved", distress.CUTS_UNDONE),
    ("layoffs", "Tenby Mills keeps its depot open after union deal; 200 jobs saved", distress.SAID_NOT_TO_HAPPEN),
    # a provincial agency; a tally of many employers' cuts
    ("layoffs", "Provincial lottery agency to cut 150 jobs", distress.GOVERNMENT_JOBS),
    ("layoffs", "Banks announced 21,000 job cuts in the quarter, outplacement tally shows", distress.ECONOMY_COUNT),
    ("layoffs", "Edtech layoffs tracker: Indian startups cut 12,000 jobs in 2023", distress.ECONOMY_COUNT),
    ("layoffs", "Texas upstream employment slips by 4,800 jobs in June", distress.ECONOMY_COUNT),
    ("layoffs", "Transportation and warehousing shed 20,000 jobs in May", distress.ECONOMY_COUNT),
    ("layoffs", "State university medical center to cut 300 jobs", distress.GOVERNMENT_JOBS),
    ("layoffs", "Regional public broadcaster to cut 60 posts", distress.GOVERNMENT_JOBS),
    ("layoffs", "State power utility to cut 4,000 posts in restructuring", distress.GOVERNMENT_JOBS),
    ("layoffs", "Unemployment in metropolitan Lima rose to 8.8% as factories cut jobs", distress.ECONOMY_COUNT),
    ("bankruptcy", "Southern District of Texas adds bankruptcy judge to handle energy caseload", distress.THE_TRADE),
    ("layoffs", "Automotive job cuts up 40% this year, outplacement firm says", distress.ECONOMY_COUNT),
    ("layoffs", "Oregon's public universities to eliminate 400 positions as enrollment slides", distress.GOVERNMENT_JOBS),
    # the bench, however long its judge's description; an executive who steered the company through its filing
    ("bankruptcy", "Bankruptcy judge who presided over the biggest airline cases to retire", distress.THE_TRADE),
    ("bankruptcy", "Cormorant Air CEO to retire after steering the carrier through Chapter 11",
     distress.BANKRUPTCY_TOLD_AS_HISTORY),
    # a pre-pack sale
    ("bankruptcy", "Tolland Group snaps up Pellow Shoes in pre-pack, saving 40 stores", distress.BOUGHT_FROM_AN_ESTATE),
    # a product shut down, not a workplace
    ("layoffs", "Tinkerly's seven engineers will join Stackhouse and the app will shut down in 60 days",
     distress.PRODUCT_CLOSED),
    # a closure told with its staff kept; many companies counted in words
    ("layoffs", "Orrin Minerals to close Levack mill; no layoffs planned", distress.SAID_NOT_TO_HAPPEN),
    ("bankruptcy", "Forty-six North American oil and gas producers filed for bankruptcy in the first half",
     distress.ECONOMY_COUNT),
])
def test_what_the_definitions_exclude_is_explained_by_its_reason(kind, sentence, reason):
    assert distress.hard_negative(kind, sentence) == reason


# (guards, most of them: each row passed before the change it stands beside, and must still)
@pytest.mark.parametrize("kind, sentence", [
    ("bankruptcy", "Tolland Foods files for administration as insolvencies in the sector rise 20%"),
    ("bankruptcy", "Pellham Outdoor hires bankruptcy lawyers as its cash runs short"),  # a warning, not the trade
    ("bankruptcy", "Copper producer Hallam Mining Inc. filed for Chapter 11 on Sunday"),  # a company's description
    ("bankruptcy", "After two rivals' bankruptcies, Morrel Steel files for Chapter 11"),
    ("bankruptcy", "Tarrow Mining, which first went through bankruptcy in 2015, filed again on Monday"),
    ("layoffs", "Corvadi entered administration and laid off 90 staff"),
    ("layoffs", "No union staff were spared, but Brisco Tools laid off 60 engineers"),  # a cut after the "but"
    ("layoffs", "Brisco Tools employees in Ohio will lose their jobs when the plant closes"),  # a company's staff
    # a filing told beside a sale stands; a company emerging is no sale's setting
    ("bankruptcy", "Penfold Creamery filed for Chapter 11 and agreed to sell its plants to Ashgrove Dairy"),
    ("bankruptcy", "Court declares Lau Shipping Co. bankrupt after creditors' petition"),
    ("layoffs", "The app will shut down next month and 40 staff were laid off"),  # a cut told beside it
])
def test_a_companys_own_event_beside_what_the_definitions_exclude_stands(kind, sentence):
    assert distress.hard_negative(kind, sentence) is None


def test_hiring_bankruptcy_lawyers_is_a_warnings_shape():
    assert distress.shape("bankruptcy", "Pellham Outdoor hires bankruptcy lawyers as its cash runs short") is not None


@pytest.mark.parametrize("sentence", [
    "Harbin Air pilots accept 10% pay cut to avoid furloughs",
    "Osterley Bank dismisses report of 1,000 job cuts as 'speculation'",
])
def test_cuts_avoided_or_called_untrue_are_none(sentence):
    assert distress.hard_negative("layoffs", sentence) is not None


def test_early_retirements_sought_by_the_thousand_are_a_cut_by_its_shape():
    assert distress.shape("layoffs", "Kestrel Electric to seek 3,000 early retirements") is not None
    # a furlough with a return date is no cut by its shape; a furlough with none still is
    assert distress.shape("layoffs", "Tillbrook Mills furloughs 300 for six weeks, recall set for Feb. 20") is None
    assert distress.shape("layoffs", "Tillbrook Mills furloughs 300 workers indefinitely") is not None
    assert distress.shape("layoffs", "Tillbrook Trucks furloughs 1,100 as parts shortage halts lines") is not None


def test_staff_asked_to_take_early_retirement_by_the_thousand_are_a_cut():
    assert distress.shape("layoffs", "Kurobe Electric to seek 1,200 early retirees as its TV business shrinks")
    assert distress.shape("layoffs", "Kurobe Electric will solicit about 1,200 employees for early retirement")
    # (an early retirement with no number is no cut by its shape)
    assert distress.shape("layoffs", "Kurobe Electric's president will take early retirement") is None


def test_warnings_and_retirement_programmes_in_other_words_are_their_shapes():
    assert distress.shape("bankruptcy", "Prairie Ridge Health skips bond payment, nears Chapter 11")
    assert distress.shape("bankruptcy", "Prairie Ridge Health is on the verge of Chapter 11")
    assert distress.shape("layoffs", "Kurobe Pharma will solicit about 400 voluntary early retirements")


def test_a_closure_with_a_cut_beside_it_is_not_said_not_to_happen():
    # (a guard: the cut told beside "no layoffs" keeps the sentence from the definitional denial)
    assert distress.hard_negative("layoffs", "Orrin Minerals to close Levack mill, cutting 110 jobs; no layoffs at its "
                                             "other sites") != distress.SAID_NOT_TO_HAPPEN


def test_a_warn_notice_by_its_acts_full_name_or_covering_a_count_is_a_cut():
    assert distress.shape("layoffs", "Bayou Lafitte refinery WARN notices cover 260 workers")
    assert distress.shape("layoffs", "Sutter Bend Refining LLC has filed Worker Adjustment and Retraining Notification "
                                     "notices with the state covering 260 employees")


@pytest.mark.parametrize("sentence", [
    "City-owned Marlow Fiber utility to cut 35 jobs",
    "The municipal broadband utility run by the city of Marlow will eliminate 35 positions.",
    "Fort Kessel Arsenal to eliminate 400 civilian positions",
    "NASA's Ames center to shed 150 civil-service positions",
])
def test_a_public_bodys_own_cuts_are_a_governments(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence", [
    "Harwell Aircraft began issuing layoff notices Friday to 900 machinists and engineers.",
    "Tessing Mutual placed in rehabilitation by Ohio regulator",
    "The court granted a rehabilitation order for Prairie Crest Life Insurance Co.",
    "The Federal Court has appointed a judicial manager to Kookaburra General Insurance.",
])
def test_shapes_of_notices_and_of_an_insurers_procedures(sentence):
    kind = "layoffs" if "layoff" in sentence else "bankruptcy"
    assert distress.shape(kind, sentence)


def test_a_mine_sites_rehabilitation_is_no_procedure():  # (a guard: passes either way)
    assert not distress.shape("bankruptcy", "Tarrow Mining began rehabilitation of the Eden pit site")


@pytest.mark.parametrize("sentence", [
    "Insurer insolvency specialist joins Hallam Pryce",
    "Attorney Dana Whitlow, who has represented growers in Chapter 11 and Chapter 12 cases for two decades, has joined "
    "the firm.",
    "Feld has advised receivers and guaranty associations in more than 30 insurer liquidations.",
])
def test_a_practitioners_moves_and_record_are_the_trade(sentence):
    assert distress.hard_negative("bankruptcy", sentence) == distress.THE_TRADE


def test_a_company_hiring_restructuring_advisers_is_no_trade():  # (a guard: passes either way)
    assert distress.hard_negative("bankruptcy", "Calloway Stores hires restructuring advisers ahead of a filing") is None


def test_the_bankruptcy_law_overhauled_is_the_law():
    assert distress.hard_negative("bankruptcy", "The bankruptcy overhaul signed into law this week makes Chapter 12 "
                                                "permanent.") is not None


def test_a_commission_cutting_its_staff_is_a_government():
    assert distress.hard_negative("layoffs", "Canadian Seed Commission to cut 80 positions") == distress.GOVERNMENT_JOBS


def test_a_sectors_cuts_by_an_outplacement_firms_tally_are_the_economys():
    sentence = ("Announced job cuts in the telecommunications sector have passed 100,000 so far this year, according to "
                "an outplacement firm's monthly tally.")
    assert distress.hard_negative("layoffs", sentence) is not None


def test_jobs_that_go_with_a_move_are_not_cut():
    assert distress.shape("layoffs", "Trinity Crest Insurance moving HQ to Plano; all 300 jobs go with it") is None
    assert distress.shape("layoffs", "Halden Foods closes plant; 300 jobs go")  # (a guard: jobs gone)


@pytest.mark.parametrize("sentence", [
    "Harwick Group denies plan to cut 1,000 jobs",
    "Oldmere Foods denied it was planning to lay off 2,000 workers",
    "Tallis Print rules out closing its Derby plant",
])
def test_the_cut_a_denial_governs_is_said_not_to_happen(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.SAID_NOT_TO_HAPPEN


@pytest.mark.parametrize("sentence", [
    "Harwick Group denies wrongdoing, cuts 300 jobs",
    "Tallis Print rules out a sale but will cut 50 posts",
])
def test_a_cut_outside_the_denials_clause_is_not_denied(sentence):
    assert distress.hard_negative("layoffs", sentence) != distress.SAID_NOT_TO_HAPPEN


@pytest.mark.parametrize("sentence, told", [
    ("Pellow Boatworks, the family yard at Fowey, has made 31 of its 85 joiners redundant.", "made 31 of its 85 joiners redundant"),
    ("Corvani Tessile has opened a collective redundancy procedure for 95 of its 400 workers",
     "redundancy procedure for 9"),
    ("Marrick yard lays off riveters", "lays off riveters"),
    ("Aldous Air furloughs pilots", "furloughs pilots"),
])
def test_cuts_of_people_by_their_trade_and_a_procedures_size(sentence, told):
    assert distress.shape("layoffs", sentence) == told


@pytest.mark.parametrize("sentence", ["Aldous Air lays off in weeks, union says", "Marrick lays off its business unit"])
def test_laid_off_needs_people_after_it(sentence):
    assert distress.shape("layoffs", sentence) is None


def test_jobs_only_at_stake_are_no_cut():
    assert distress.only_jobs_at_stake("About 900 jobs are at stake.")
    assert not distress.only_jobs_at_stake("Corvani will cut 300 jobs; 900 more are at stake.")


def test_a_closure_reversed_is_no_cut():
    assert distress.hard_negative("layoffs", "Marlowe & Finch Reverses Leeds Closure, Saving 180 Jobs") == distress.CUTS_UNDONE
    assert distress.hard_negative("layoffs", "Marlowe & Finch reverses closure of Leeds store but will cut 100 jobs") \
        != distress.CUTS_UNDONE  # (a guard: a cut told after it stands)


def test_a_unit_of_a_public_body_cutting_is_a_governments():
    assert distress.hard_negative("layoffs", "Treasury's fintech office to shed a third of its staff") == \
        distress.GOVERNMENT_JOBS
    assert distress.hard_negative("layoffs", "The finance ministry's payments unit will cut about 30 of its 90 "
                                             "positions.") == distress.GOVERNMENT_JOBS


def test_jobs_at_risk_worldwide_after_a_filing_are_its_stakes():
    assert distress.only_jobs_at_stake("About 9,000 jobs worldwide are at risk.")


def test_plants_bought_out_of_a_named_estate_are_an_estates_sale():
    assert distress.hard_negative("bankruptcy", "Ardent Power buys two plants out of Cobalt Mesa bankruptcy") == \
        distress.BOUGHT_FROM_AN_ESTATE


@pytest.mark.parametrize("sentence", [
    "Bay Street firm adds mining insolvency specialist",
    "Hallam Pryce adds Chapter 11 veteran to restructuring group",
    "Bankruptcy courts split on utilities' deposit demands from Chapter 11 debtors",
])
def test_a_firm_adding_a_specialist_and_courts_in_general_are_the_trade(sentence):
    assert distress.hard_negative("bankruptcy", sentence) == distress.THE_TRADE


def test_a_named_municipal_utility_cutting_is_a_governments():
    assert distress.hard_negative("layoffs", "Tarrow Falls municipal utility to shed 30 positions") == \
        distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence, told", [
    ("Emu Flat Nickel flags going-concern risk, seeks lender waiver", "going-concern risk"),
    ("The report notes a material uncertainty that may cast significant doubt on its ability to continue as a going "
     "concern", "doubt on its ability to continue as a going concern"),
])
def test_going_concern_warnings_in_other_words(sentence, told):
    assert distress.shape("bankruptcy", sentence) == told


def test_jobs_that_depend_on_a_mine_are_at_stake():
    assert distress.only_jobs_at_stake("About 300 jobs depend on the mine.")


def test_cuts_told_in_a_dated_clause_are_the_companys_past():
    sentence = "Tarrow has acquired Quillby, the payments start-up that laid off half its staff in March, for its app."
    assert distress.hard_negative("layoffs", sentence) == distress.CUTS_TOLD_AS_HISTORY
    # (a guard: a cut told beside it stands)
    assert distress.hard_negative("layoffs", "Quillby, which cut 200 jobs last year, will cut 100 more jobs") is None


def test_a_business_bought_out_of_insolvency_is_an_estates_sale():
    assert distress.hard_negative("bankruptcy", "Banco Ferral buys Mondra's banking business out of insolvency") == \
        distress.BOUGHT_FROM_AN_ESTATE


@pytest.mark.parametrize("sentence", [
    "Canada sheds 40,000 manufacturing jobs in March",
    "U.S. leisure and hospitality sheds 48,000 jobs in January",
    "U.S. planned job cuts rise 12% in May, survey shows",
    "UK redundancies hit highest level since 2009",
    "Oil and gas extraction sheds 9,800 jobs in March -BLS",
])
def test_a_countrys_month_and_a_tallys_rise_are_the_economys(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.ECONOMY_COUNT


def test_a_companys_month_is_its_own_cut():  # (a guard: passes either way)
    assert distress.hard_negative("layoffs", "Harwell Tools sheds 300 jobs in March") is None


@pytest.mark.parametrize("sentence", ["Tarrant Textiles exits Mexican market",
                                      "Granbury Electronics to exit consumer printer business"])
def test_a_market_or_business_left_is_no_cut(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.MARKET_LEFT
    assert distress.hard_negative("layoffs", f"{sentence}, cutting 200 jobs") != distress.MARKET_LEFT


def test_jobs_saved_and_notices_withdrawn_are_no_cut():
    assert distress.hard_negative("layoffs", "Union deal saves 800 jobs at Korle Aluminium Works") == \
        distress.SAID_NOT_TO_HAPPEN
    assert distress.hard_negative("layoffs", "Carrow Components withdraws collective redundancy notice") == \
        distress.CUTS_UNDONE
    assert distress.hard_negative("layoffs", "NHS trust confirms 150 redundancies among admin staff") == \
        distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence, reason", [
    ("Former Northgate Homes boss declared bankrupt", distress.PERSON_BANKRUPT),
    ("DISCLOSURE OF BANKRUPTCY APPLICATION AGAINST A DIRECTOR", distress.PERSON_BANKRUPT),
    ("MPs pass Insolvency (Amendment) Bill", distress.THE_TRADE),
    ("Government consults on insolvency protections for strategic suppliers", distress.THE_TRADE),
    ("Judge Alan Prewitt retires from bankruptcy court after 22 years", distress.THE_TRADE),
    ("Baymoor Capital to liquidate flagship hedge fund", distress.FUND_LIQUIDATED),
    ("Liquidator buys inventory from shuttered Dellmont stores", distress.BOUGHT_FROM_AN_ESTATE),
    ("Hanmoru Electronics buys display patents from bankrupt US startup", distress.BOUGHT_FROM_AN_ESTATE),
    ("Rajvana Power wins e-auction for assets of liquidated Karanpura Thermal", distress.BOUGHT_FROM_AN_ESTATE),
    ("Virelo buys Cumulon Robotics patents out of Chapter 7", distress.BOUGHT_FROM_AN_ESTATE),
    ("Ashmore Mining restructures convertible notes, averting a bankruptcy filing", distress.SAID_NOT_TO_HAPPEN),
])
def test_what_is_no_companys_filing_in_more_words(sentence, reason):
    assert distress.hard_negative("bankruptcy", sentence) == reason


def test_a_company_bought_after_its_filing_keeps_the_filing():  # (a guard: passes either way)
    assert distress.hard_negative("bankruptcy", "Halden acquires Bolt, which filed for Chapter 11 last week") is None


@pytest.mark.parametrize("sentence, told", [
    ("Tacoma's Brindletrack makes an assignment for the benefit of creditors",
     "makes an assignment for the benefit of creditors"),
    ("Malmo scooter startup Rullo applies for company reconstruction", "applies for company reconstruction"),
    ("Aarweld granted provisional debt moratorium", "granted provisional debt moratorium"),
])
def test_an_assignment_for_creditors_a_reconstruction_and_a_moratorium_are_procedures(sentence, told):
    assert distress.shape("bankruptcy", sentence) == told


def test_a_startup_is_no_start_of_a_procedure():
    assert distress.shape("bankruptcy", "Malmo startup Rullo insolvency proceedings news") is None


def test_a_bank_failed_by_its_regulator_is_stated_in_the_definitions_words():
    assert distress.STATED.search("State banking officials closed Grundy Flats State Bank on Friday")
    # (a guard: regulators closing a deal or an investigation is no failure)
    assert distress.shape("bankruptcy", "regulators closed their investigation into the sale") is None


@pytest.mark.parametrize("sentence", ["Public Service Enterprise Group to cut 500 jobs", "State Street to cut 1,500 jobs",
                                      "National Grid to cut 700 jobs"])
def test_a_company_named_with_a_public_word_is_still_a_company(sentence):  # (guards: each passed before, and must still)
    assert distress.hard_negative("layoffs", sentence) is None


@pytest.mark.parametrize("sentence, told", [
    ("Design firm Pellow Crane will cut about 5% of its 6,000-strong global workforce",
     "cut about 5% of its 6,000-strong global workforce"),
    ("Textile exporter Ruvani Mills has declared 240 workers redundant", "declared 240 workers redundant"),
    ("Tessaly Pathology has notified staff that 45 positions in its courier and sample-transport unit will be eliminated",
     "45 positions in its courier and sample-transport unit will be eliminated"),
])
def test_a_staffs_size_a_declaration_and_a_long_unit_still_tell_a_cut(sentence, told):
    assert distress.shape("layoffs", sentence) == told


@pytest.mark.parametrize("sentence", ["Orrick Lane let go 18 engineers and drafters from its bridge group",
                                      "Today we said goodbye to 31 talented colleagues at Brightpin"])
def test_staff_counted_after_a_verb_only_people_take_is_the_definitions_own_act(sentence):
    assert distress.STATED.search(distress.shape("layoffs", sentence))
    # (a guard: a count of something else after a cut verb is no such statement)
    assert not distress.STATED.search("Orrick Lane cut 18 routes from its network")


@pytest.mark.parametrize("sentence", [
    "U.S.-based employers announced 61,200 job cuts in April, up 12% from March",
    "Billings fell again as architecture firms shed 3,900 jobs last quarter",
    "Tessaly will hire 150 people even as several competitors have trimmed staff",
])
def test_a_kind_of_company_in_the_plural_cutting_is_the_economys_count(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.ECONOMY_COUNT


def test_firms_named_as_the_companys_own_are_not_the_economy():  # (a guard: passes either way)
    assert distress.hard_negative("layoffs", "Its two staffing firms cut 40 jobs") is None


def test_cuts_told_by_the_time_since_them_are_history():
    assert distress.hard_negative("layoffs", "Lena Ostrow has left the agency, weeks after it cut 35 jobs") == \
        distress.CUTS_TOLD_AS_HISTORY


@pytest.mark.parametrize("sentence", ["Its roughly 300 employees will continue working during the restructuring",
                                      "Every employee has been offered a position at the new site"])
def test_staff_kept_at_work_is_no_cut(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.SAID_NOT_TO_HAPPEN


@pytest.mark.parametrize("sentence, told", [
    ("Cost consultant Harrow Vale has proposed a company voluntary arrangement to creditors",
     "proposed a company voluntary arrangement"),
    ("Hollin Ives proposes CVA to creditors", "proposes CVA"),
    ("The High Court appointed an interim examiner to Lisbrook Instruments Ltd", "appointed an interim examiner to"),
    ("Calgary drilling firm obtains creditor protection", "obtains creditor protection"),
])
def test_a_proposed_arrangement_an_appointed_officer_and_protection_obtained_are_filings(sentence, told):
    assert distress.shape("bankruptcy", sentence) == told


def test_an_officer_appointed_to_a_task_is_no_filing():  # (a guard: passes either way)
    assert distress.shape("bankruptcy", "The court appointed an examiner to review the accounts") is None


@pytest.mark.parametrize("sentence", ["Okuta Foods placed under administration as lenders move in",
                                      "Lenders to Okuta Foods have appointed an administrator under the act"])
def test_administration_under_and_an_administrator_appointed_open_the_gate(sentence):
    assert "bankruptcy" in GATES.opened(sentence.lower())


@pytest.mark.parametrize("sentence, told", [
    ("Pollard exits bankruptcy as private company", "exits bankruptcy"),
    ("Social-listening firm Pollard has emerged from Chapter 11 under the ownership of its stalking-horse bidder",
     "emerged from Chapter 11"),
])
def test_an_emergence_told_now_is_the_bankruptcys_last_stage(sentence, told):
    assert distress.shape("bankruptcy", sentence) == told
    assert distress.bankruptcy_stage(sentence) == "emerged"


def test_a_chapters_number_counts_no_companies():
    sentence = "Clickmoor said it has emerged from Chapter 11 bankruptcy with its lenders as owners, four months after filing."
    assert distress.hard_negative("bankruptcy", sentence) is None


def test_a_dozen_and_a_share_of_a_counted_staff_are_cuts():
    assert distress.shape("layoffs", "Pixelmoor cuts a dozen roles after Ardent integration") == "cuts a dozen roles"
    sentence = "Influencer agency Glowmoor has let go of about a third of its 90 employees"
    assert distress.shape("layoffs", sentence) == "let go of about a third of its 90 employees"
    # the staff the share is of is not the number cut
    assert (distress.jobs_cut(sentence), distress.share_cut(sentence)) == (None, 0.3333)


@pytest.mark.parametrize("sentence", ["State DOT eliminates 140 positions in engineering division",
                                      "The state-run Lesedo Rail Agency will shed 5,000 posts over three years"])
def test_a_states_transport_department_and_a_body_the_state_runs_are_public(sentence):
    assert distress.hard_negative("layoffs", sentence) == distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence, told", [
    ("Adewale Cement disengages 400 workers as Kogi plant shuts", "disengages 400 workers"),
    ("Kinross Games shutters two studios; hundreds of developers out of work", "hundreds of developers out of work"),
    ("Dozens of aides out of work as Meriton home shuts its doors", "Dozens of aides out of work"),
    ("*AURELIA BANCA PLANS 1,500 VOLUNTARY EXITS, 120 BRANCH CLOSURES", "1,500 VOLUNTARY EXITS"),
    ("Parvani Cables to shut older copper rod unit, offers VRS to 380 employees", "VRS to 380 employees"),
])
def test_more_words_for_staff_let_go(sentence, told):
    assert distress.shape("layoffs", sentence) == told


def test_things_out_of_work_are_no_staff():  # (a guard: passes either way)
    assert distress.shape("layoffs", "Rain puts hundreds of games out of work") is None


@pytest.mark.parametrize("sentence", ["Halvard lays off 1,200 at Kessel", "LAYS OFF 520"])
def test_a_count_alone_after_a_verb_only_people_take_is_stated(sentence):
    assert distress.STATED.search(distress.shape("layoffs", sentence))
    # (a dismissal's count may be claims or charges: "dismisses 3 of 5 claims" is no statement of a cut)
    assert not distress.STATED.search(distress.shape("layoffs", "Judge dismisses 3 of 5 claims") or "")


def test_the_courts_own_furloughs_are_a_governments():
    assert distress.hard_negative("layoffs", "State Court System to Furlough 300 Clerks Amid Budget Gap") == \
        distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence, reason", [
    ("Former sports agent files consumer proposal", distress.PERSON_BANKRUPT),
    ("Insolvency reforms pass Senate", distress.THE_TRADE),
    ("Liquidator banned by ASIC for 10 years", distress.THE_TRADE),
    ("Insolvency appointments hit decade high", distress.THE_TRADE),
    ("Galway Furnishings dismisses administration rumours as 'baseless'", distress.SAID_NOT_TO_HAPPEN),
])
def test_a_persons_proposal_the_trades_reforms_discipline_and_counts_and_rumours_dismissed(sentence, reason):
    assert distress.hard_negative("bankruptcy", sentence) == reason


@pytest.mark.parametrize("sentence, reason", [
    ("Crown-owned Atlantic Ferryways to shed 120 jobs", distress.GOVERNMENT_JOBS),
    ("Ontario factories shed 12,000 jobs in March", distress.ECONOMY_COUNT),
])
def test_a_crown_corporations_cuts_and_factories_in_the_plural(sentence, reason):
    assert distress.hard_negative("layoffs", sentence) == reason


def test_staff_stood_down_are_laid_off():
    assert distress.shape("layoffs", "Smelter stands down 200 workers as power costs bite") == "stands down 200 workers"
    assert distress.shape("layoffs", "CEO stands down after 2 years") is None  # (a guard: an executive stands down alone)


@pytest.mark.parametrize("kind, sentence, phrase", [
    (BANKRUPTCY, "Quenby Marine in liquidation, 40 staff unpaid", "in liquidation"),
    (BANKRUPTCY, "Cocoa processor Zaanhoek bankrupt", "bankrupt"),
    (BANKRUPTCY, "Tarnwick IT Services has collapsed into administration.", "collapsed into administration"),
    (LAYOFFS, "Ollerton Haulage has shut down and laid off its 140 employees.", "laid off its 140 employees"),
    (LAYOFFS, "The closing leaves 210 workers without jobs.", "leaves 210 workers without jobs"),
])
def test_a_headlines_state_a_past_collapse_and_a_whole_counted_staff_are_shapes(kind, sentence, phrase):
    assert distress.shape(kind, sentence) == phrase


@pytest.mark.parametrize("sentence", ["A rise in administration costs hits insurers",
                                      "Staff in administration will move to the new office."])
def test_administration_as_a_department_or_a_cost_is_no_state(sentence):  # (guards)
    assert distress.shape(BANKRUPTCY, sentence) is None


def test_an_emergence_is_read_in_its_gerund_too():
    assert distress.bankruptcy_stage("Kellsway is emerging from Chapter 11 with new owners.") == BANKRUPTCY_EMERGED


def test_a_fund_liquidated_and_closed_by_its_issuer_is_no_filing():
    sentence = "Pinewell Shares will liquidate and close its Pinewell Junior Gold Miners ETF after outflows."
    assert distress.hard_negative(BANKRUPTCY, sentence) == distress.FUND_LIQUIDATED


@pytest.mark.parametrize("kind, sentence, phrase", [
    (LAYOFFS, "Parcelgrid has filed WARN notices in Nevada covering 96 employees at its Reno hub.",
     "WARN notices in Nevada covering 9"),
    (LAYOFFS, "Tollbridge Coaches told staff that 60 maintenance posts would go when its Leeds depot shuts.",
     "60 maintenance posts would go"),
    (LAYOFFS, "About 85 workers at Ferrow Textiles' Bradford mill have been told their jobs will go this summer.",
     "85 workers at Ferrow Textiles' Bradford mill have been told their jobs will go"),
    (BANKRUPTCY, "Quarrydale Plant Hire taken over by receiver", "taken over by receiver"),
    (BANKRUPTCY, "A court-appointed receiver has taken control of Marrow Implement Co., a tractor dealer.",
     "receiver has taken control of"),
])
def test_a_notice_filed_in_a_state_jobs_that_would_go_and_a_receiver_taking_control_are_shapes(kind, sentence, phrase):
    assert distress.shape(kind, sentence) == phrase


@pytest.mark.parametrize("sentence", [
    "Kansas wheat grower files Chapter 12 after two failed harvests",
    "Former county treasurer files Chapter 13 to save his home",
    "Judge denies discharge in ex-jockey's bankruptcy",
    "A judge dismissed the bankruptcy case of a Wyoming rancher who missed a filing deadline.",
])
def test_a_persons_chapters_and_a_former_someones_bankruptcy_are_no_companys(sentence):
    assert distress.hard_negative(BANKRUPTCY, sentence) == distress.PERSON_BANKRUPT


@pytest.mark.parametrize("sentence", [
    "Harlow Dairies converted its Chapter 13 case to Chapter 7 liquidation.",  # (guards: a company's chapter beside it)
    "Gristmill Foods' bankruptcy hits farmers",
    "Regional trucker Ostvold Freight files for Chapter 11",  # (a trade's word for a company)
])
def test_a_companys_chapter_beside_a_persons_still_stands(sentence):
    assert distress.hard_negative(BANKRUPTCY, sentence) != distress.PERSON_BANKRUPT


def test_an_initials_dot_does_not_end_the_clause_of_a_purchase_out_of_bankruptcy():
    sentence = ("Prairie Gold Cooperative bought a grain terminal in Aberdeen, S.D., out of the bankruptcy of a "
                "regional supplier.")
    assert distress.hard_negative(BANKRUPTCY, sentence) == distress.BOUGHT_FROM_AN_ESTATE


def test_a_producer_whose_name_ends_as_companies_do_is_a_company():
    assert distress.hard_negative(BANKRUPTCY, "Video podcast producer Roundhouse Media files for bankruptcy") is None
    assert distress.hard_negative(BANKRUPTCY, "Hollywood Producer Marcus Vale Files for Bankruptcy") == \
        distress.PERSON_BANKRUPT  # (a guard: a person's name)
    assert distress.hard_negative(BANKRUPTCY, "Former Eastbridge Homes boss declared bankrupt") == \
        distress.PERSON_BANKRUPT  # (a guard: the company a former boss led)


def test_the_codes_chapter_as_the_protection_sought_is_a_filing():
    assert distress.shape(BANKRUPTCY, "Tamsin Skilled Care and 40 subsidiaries sought Chapter 11 protection in Texas.") == \
        "sought Chapter 11 protection"


def test_an_administrator_leaving_a_post_is_no_procedure():
    sentence = "The licensed administrator of Maple Court Care Center, a 90-bed facility, has resigned."
    assert distress.hard_negative(BANKRUPTCY, sentence) == distress.ADMINISTRATOR_LEAVES
    assert distress.hard_negative(BANKRUPTCY, "Halden's administrators resigned after creditors voted to place the "
                                              "company in liquidation.") is None  # (a guard: a procedure beside it)


@pytest.mark.parametrize("sentence, phrase", [
    ("The court accepted a request by Qasr Contracting Co to open a financial restructuring procedure under the Saudi "
     "Bankruptcy Law.", "open a financial restructuring procedure"),
    ("The court accepted a request by Qasr Contracting Co to open a preventive settlement procedure under the Saudi "
     "Bankruptcy Law.", "open a preventive settlement procedure under the Saudi Bankruptcy Law"),
    ("Tamsin Engineering has exited court-supervised restructuring after the court ratified its plan.",
     "exited court-supervised restructuring"),
])
def test_a_procedure_under_the_law_and_a_court_supervised_restructuring_are_procedures(sentence, phrase):
    assert distress.shape(BANKRUPTCY, sentence) == phrase


def test_leaving_a_court_supervised_restructuring_is_an_emergence():
    assert distress.bankruptcy_stage("Tamsin Engineering has exited court-supervised restructuring.") == BANKRUPTCY_EMERGED


@pytest.mark.parametrize("kind, sentence, phrase", [
    (LAYOFFS, "Aviadetal has sent 1,000 of its workers on idle time until March.", "sent 1,000 of its workers on idle time"),
    (LAYOFFS, "Kostrova Motor Components sends staff on two-month furlough", "sends staff on two-month furlough"),
    (BANKRUPTCY, "Karagandy building materials maker enters rehabilitation", "maker enters rehabilitation"),
    (BANKRUPTCY, "The court has introduced a rehabilitation procedure in respect of Saryarka Plast LLP.",
     "introduced a rehabilitation procedure"),
    (BANKRUPTCY, "The regulator revoked the banking licence of JSC Aliyans Kredit and decided to liquidate it.",
     "decided to liquidate it"),
])
def test_idle_time_a_rehabilitation_procedure_and_a_liquidation_decided_are_shapes(kind, sentence, phrase):
    assert distress.shape(kind, sentence) == phrase


def test_staff_sent_on_idle_time_is_stated_in_the_laws_words():  # (a model that has seldom read it vetoes nothing)
    assert distress.STATED.search("sends 1,000 workers on idle time")


@pytest.mark.parametrize("sentence, reason", [
    ("Court declares former owner of Sotsbank bankrupt", distress.PERSON_BANKRUPT),
    ("Association of bankruptcy receivers elects new president", distress.THE_TRADE),
    ("The agency named a career official as acting assistant administrator for the Office of Land.",
     distress.ADMINISTRATOR_LEAVES),
    ("The raise comes as several competing imaging start-ups have laid off staff.", distress.ECONOMY_COUNT),
])
def test_an_owner_declared_bankrupt_receivers_bodies_an_administrators_post_and_many_start_ups(sentence, reason):
    kind = LAYOFFS if "laid off" in sentence else BANKRUPTCY
    assert distress.hard_negative(kind, sentence) == reason


@pytest.mark.parametrize("kind, sentence, phrase", [
    (BANKRUPTCY, "Électronique Valmont ltée of Saint-Laurent made an assignment in bankruptcy yesterday.",
     "made an assignment in bankruptcy"),
    (BANKRUPTCY, "Prêt-à-porter Aubépine inc. has filed a notice of intention to make a proposal.",
     "filed a notice of intention to make a proposal"),
    (BANKRUPTCY, "The central bank appointed a statutory manager and suspended the board.",
     "appointed a statutory manager"),
    (LAYOFFS, "Some 230 employees of Abattoir Saint-Roch inc. learned Friday that the slaughterhouse will close.",
     "230 employees of Abattoir Saint-Roch inc. learned Friday that the slaughterhouse will close"),
    (LAYOFFS, "It is eliminating the night shift, which means the layoff of 175 workers.", "layoff of 175 workers"),
    (LAYOFFS, "About 130 employees of Fairway Home Loans learned on a video call that their jobs had been eliminated.",
     "130 employees of Fairway Home Loans learned on a video call that their jobs had been eliminated"),
    (LAYOFFS, "Lakeview Blooms Ltd has sent home 1,100 workers after orders dropped.", "sent home 1,100 workers"),
    (LAYOFFS, "Meru Spinning Mills has sent 500 workers on compulsory unpaid leave.",
     "sent 500 workers on compulsory unpaid leave"),
    (LAYOFFS, "About 240 workers at its Nakuru plant received termination letters on Friday.",
     "240 workers at its Nakuru plant received termination letters"),
    (LAYOFFS, "Management announced the plant's closure and the disengagement of 320 staff.", "disengagement of 320 staff"),
])
def test_canadas_bia_a_statutory_manager_and_cuts_in_other_englishes_are_shapes(kind, sentence, phrase):
    assert distress.shape(kind, sentence) == phrase


def test_workers_sent_home_for_the_weather_are_no_cut():  # (a guard)
    assert distress.shape(LAYOFFS, "Halden sent 40 workers home early because of snow.") is None


def test_a_french_ministrys_cuts_are_the_governments():
    assert distress.hard_negative(LAYOFFS, "Ministère des Transports cuts 150 jobs") == distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence", ["Ministero dell'Economia to cut 300 jobs",
                                      "Ministère de l'Économie to cut 300 jobs"])
def test_an_italian_or_a_french_ministry_with_an_elided_article_is_the_governments(sentence):
    assert distress.hard_negative(LAYOFFS, sentence) == distress.GOVERNMENT_JOBS


@pytest.mark.parametrize("sentence", [
    "About 40 roles were eliminated at Fernhill Health today.",
    "Today Zenvio cut our entire SDR team.",
])
def test_roles_eliminated_and_a_team_cut_are_layoffs(sentence):
    assert distress.shape("layoffs", sentence)


def test_the_days_cuts_at_a_named_company_are_layoffs_and_price_cuts_are_not():
    assert distress.shape("layoffs", "If you were part of today's cuts at Larchmoor Bank, I'm doing free CV reviews.")
    assert not distress.shape("layoffs", "Shoppers welcomed the price cuts at Walmart this week.")


# ---------------------------------------------------------------- thirty-fourth round

@pytest.mark.parametrize("sentence, reason", [
    ("Marsh Pictures swapped $400 million of debt for equity, avoiding a bankruptcy filing, the company said.",
     distress.SAID_NOT_TO_HAPPEN),
    ("Dunmore Retail staved off a potential Chapter 11 with a rescue loan.", distress.SAID_NOT_TO_HAPPEN),
    # (guards: a filing made to avoid something else, a proposal under an insolvency law, which is a proceeding)
    ("Acme files for Chapter 11 to avoid liquidation.", None),
    ("Creditors of Lavoie Homes accepted its proposal under the Bankruptcy and Insolvency Act, allowing it to avoid "
     "bankruptcy.", None),
])
def test_a_filing_averted_in_any_words(sentence, reason):
    assert distress.hard_negative(BANKRUPTCY, sentence) == reason


@pytest.mark.parametrize("sentence, governments", [
    ("Governor Jane Roe said the state will lay off 500 workers.", True),
    ("Mayor Ho says the city of Brantley will cut 50 jobs.", True),
    ("Brockway Textiles will lay off 210 workers, and the Department of Labor will provide retraining.", False),
    ("Mayor Lin Ho said the city will provide assistance after Dellway Foods laid off 310 workers.", False),  # a guard
])
def test_a_public_bodys_cut_and_a_public_bodys_help(sentence, governments):
    assert (distress.hard_negative(LAYOFFS, sentence) == distress.GOVERNMENT_JOBS) is governments


@pytest.mark.parametrize("sentence, layoffs", [
    ("WARN Log Entry 2025-0118 | Employer: Pellbrook Retail Group, LLC | Employees affected: 96 | Event: store closures",
     True),
    ("WARN Notice - Corvane Avionics, Inc. (Conditional)", True),
    ("Corvane Avionics has given notice under the WARN Act that up to 400 employees may be laid off.", True),
    ("Tillery Call Centers, Eastpark - 180 workers affected by layoff, effective 5/1/2016.", True),
    ("Rescission of WARN Notice - Corvane Avionics, Inc.", False),  # a guard
])
def test_a_states_warn_lists_and_records(sentence, layoffs):
    assert (distress.shape(LAYOFFS, sentence) is not None) is layoffs


def test_options_weighed_with_a_filing_among_them_are_a_warning():
    sentence = "Orvane Bio says it could run out of cash by June and is evaluating options including a bankruptcy filing."
    assert distress.shape(BANKRUPTCY, sentence) is not None
    assert distress.bankruptcy_stage(sentence) == "warning"
    assert distress.shape(BANKRUPTCY, "Orvane Bio is evaluating strategic options, including a sale.") is None


@pytest.mark.parametrize("sentence, reason", [
    # the liquidators' and auctioneers' trade, no one's procedure (failed before 2026-12-07)
    ("Fallon Mall Properties and Brandt Liquidation Co. will open clearance centers in empty anchor stores.",
     distress.THE_TRADE),
    ("Orrin Auction Service named a chief operating officer to run its growing bankruptcy and liquidation practice.",
     distress.THE_TRADE),
    ("A venture led by Tolland Retail Partners won the right to run going-out-of-business sales at 90 Kerrow Shoes stores.",
     distress.THE_TRADE),
    # guards: a company's own liquidation (with no filing's shape to stand on, too)
    ("The court appointed liquidators to Harbourside Ferries Ltd.", None),
    ("Kerrow Shoes filed for Chapter 11 and will hold going-out-of-business sales at 90 stores.", None),
    ("Pellow Retail, which is insolvent, has hired a liquidation firm to sell its inventory.", None),
])
def test_the_trade_of_winding_up_is_no_ones_procedure(sentence, reason):
    assert distress.hard_negative(BANKRUPTCY, sentence) == reason


@pytest.mark.parametrize("sentence, reason", [
    # a chain named "<common word> City", told with its stores, is no city's government (failed before 2026-12-07)
    ("Mattress City will close its Elm Street superstore, laying off 30 employees, a company spokesman said.", None),
    # guards: a city
    ("Salt Lake City will close two recreation centers and lay off 40 employees.", distress.GOVERNMENT_JOBS),
    ("Union City will lay off 30 employees, blaming lost sales tax from the closure of its Walmart store.",
     distress.GOVERNMENT_JOBS),
])
def test_a_shop_called_city_is_a_company(sentence, reason):
    assert distress.hard_negative(LAYOFFS, sentence) == reason


def test_a_phrase_ending_on_a_particle_ends_there():
    # "moving calls offshore" is no plan called off (failed before 2026-12-07)
    assert distress.hard_negative(LAYOFFS, "Trelane CX is shutting its Shreveport site and moving calls offshore, "
                                           "350 of us laid off in March.") is None
    assert distress.hard_negative(LAYOFFS, "Trelane CX calls off the layoffs.") is not None  # a guard


@pytest.mark.parametrize("sentence, cut", [
    # a business closed for good, told with its own staff (failed before 2026-12-07)
    ("The Copper Kettle, a downtown fixture since 1979, closed after Sunday's brunch, and its 32 employees were told "
     "they would get a week's pay.", True),
    ("Brisket Barn closed suddenly last week; the owners told the roughly 20 employees by text.", True),
    # guards: a market's or a deal's close
    ("Shares closed after the bell and its 400 employees cheered.", False),
    ("The deal will close after regulators approve it and its 400 employees will join Morvo.", False),
])
def test_a_business_closed_with_its_staff_is_a_cut(sentence, cut):
    assert (distress.shape(LAYOFFS, sentence) is not None) == cut


@pytest.mark.parametrize("sentence", [
    # a retrenchment with its count, in the noun or the passive (failed before 2026-12-07)
    "The closure will result in the retrenchment of approximately 230 employees in Singapore.",
    "About 260 employees of the subsidiary will be retrenched and compensated under local law.",
])
def test_a_retrenchment_counted_is_a_cut(sentence):
    assert distress.shape(LAYOFFS, sentence) is not None


@pytest.mark.parametrize("sentence", [
    # India's Insolvency and Bankruptcy Code and its predecessor's board (failed before 2026-12-07)
    "The Hon'ble NCLT, Kolkata Bench, has admitted the application filed by Hooghly Bank Limited under Section 7 of the "
    "Insolvency and Bankruptcy Code, 2016 against Damodar Alloys Limited.",
    "The Hon'ble NCLT, Jaipur Bench, has initiated CIRP in the matter of Aravali Textiles Limited.",
    "CIRP has been initiated against the said corporate debtor, Aravali Textiles Limited.",
    "The Committee of Creditors has resolved to liquidate the Corporate Debtor under Section 33(2) of the IBC.",
    "Its net worth having eroded, Chambal Paper Limited has made a reference to the Board for Industrial and Financial "
    "Reconstruction (BIFR).",
])
def test_indias_insolvency_procedure_is_a_filing(sentence):
    assert distress.shape(BANKRUPTCY, sentence) is not None


@pytest.mark.parametrize("sentence, cut", [
    # India's words for a cut (failed before 2026-12-07)
    ("Around 180 employees who could not be relocated will be separated with compensation.", True),
    ("The 275 permanent workmen of the unit will be paid closure compensation under the Industrial Disputes Act.", True),
    ("The services of 180 workmen have been terminated with payment of dues as per law.", True),
    ("About 900 employees have been served notice of termination of employment.", True),
    ("The two companies separated in 2019 and 40 employees moved with the spin-off.", False),  # a guard
])
def test_indias_words_for_a_cut(sentence, cut):
    assert (distress.shape(LAYOFFS, sentence) is not None) == cut
