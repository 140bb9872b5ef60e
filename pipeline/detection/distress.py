"""What a layoff or a bankruptcy story says beyond the fact: how many jobs, what share of the staff, which
stage a bankruptcy is at; and why a sentence the model reads as one is not (a denial, someone else's cuts,
a bankruptcy lawyer). Pure functions over one sentence; the words live in `vocabulary.py`.

The model decides that a text reports job cuts or a bankruptcy (`combine.py`); these rules only fill in
the event's fields, the way the deal rules give a model-read deal its stage.
"""

from __future__ import annotations

import re

from pipeline.constants import BANKRUPTCY, BANKRUPTCY_EMERGED, BANKRUPTCY_FILED, BANKRUPTCY_WARNING, LAYOFFS
from pipeline.detection import vocabulary as v
from pipeline.detection.alternatives import Alternatives

_EMERGED = v.gate_of_words(v.BANKRUPTCY_EMERGED_WORDS)
_WARNING = v.gate_of_words(v.BANKRUPTCY_WARNING_WORDS)
# (a phrase that ends on a verb's particle ends there: "calls off" is not "calls offshore")
_PARTICLES = frozenset("off out back up".split())
_NOT_HAPPENING = {kind: re.compile(r"\b(?:" + "|".join(
                      piece + (r"\b" if " " in word and word.split()[-1] in _PARTICLES else "")
                      for word, piece in zip(words, v.word_pieces(words))) + ")")
                  for kind, words in ((LAYOFFS, v.LAYOFF_NOT_HAPPENING), (BANKRUPTCY, v.BANKRUPTCY_NOT_HAPPENING))}
_SAID_NOT_TO_HAPPEN = {LAYOFFS: v.gate_of_words(v.LAYOFF_SAID_NOT_TO_HAPPEN),
                       BANKRUPTCY: v.gate_of_words(v.BANKRUPTCY_SAID_NOT_TO_HAPPEN)}

_GOVERNMENT_JOBS = v.gate_of_words(v.GOVERNMENT_JOB_WORDS)
# The economy's cuts, counted for everyone: no company's, whatever a model scores ("Jobless claims climb to 241,000 as
# layoffs tick up", the Challenger report's "job cuts announced by U.S. employers").
_LAYOFFS_OF_THE_ECONOMY = Alternatives(re.compile(r"\b(?:jobless\s+claims|challenger\s+report|nonfarm\s+payrolls|jobs\s+report|"
                                     # a tally of many employers' cuts: "..., Outplacement Tally Shows"
                                     r"(?:outplacement|layoffs?|job[\s-]cuts?|challenger)\s+(?:tally|tracker)|"
                                     # "Automotive job cuts up 40% this year, outplacement firm says"
                                     r"outplacement\s+(?:firm|company|consultancy)\s+(?:says|said|reports?|reported)|"
                                     # a place's employment or unemployment counted: "Texas upstream employment slips
                                     # by 4,800 jobs in June", "unemployment in Lima metro area rises to 8.8%"
                                     r"\bemployment\s+(?:slips?|slipped|falls?|fell|drops?|dropped|declin(?:es?|ed)|"
                                     r"shr[ai]nks?|sank|sinks?)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?\d|"
                                     r"\bunemployment(?:\s+rate)?\s+(?:in\s+[^.;]{0,40}?)?(?:rises?|rose|falls?|fell|climbs?|"
                                     r"climbed|jumps?|jumped|hits?|edges?|ticks?|reach(?:es|ed)|stands?|stood)\b|"
                                     # an outplacement firm's or a tracker's count of a sector's cuts: "according to an
                                     # outplacement firm's monthly tally", "job cuts in the telecommunications sector"
                                     r"(?:outplacement\s+firm['’]s|tracker['’]s)\s+(?:[a-z]+\s+){0,2}?"
                                     r"(?:tally|count|report)|"
                                     r"(?:job\s+cuts|layoffs)\s+(?:in|across)\s+the\s+(?:[a-z-]+\s+){1,2}?"
                                     r"(?:sector|industry)|"

                                     r"(?:by|of)\s+(?:[a-z.-]+\s+){0,2}employers)\b|"
                                     # a kind of company, plural and nobody's, as the cut's subject: "U.S.-based
                                     # employers announced 84,600 job cuts", "as architecture firms shed 4,200 jobs",
                                     # "even as several competitors have trimmed staff"
                                     r"(?:^\W*|[,;:]\s+|\b(?:as|while|and|after|with|where)\s+)"
                                     r"(?:(?!(?:its|their|the|our|his|her|two|three|both)\b)[\w.-]+\s+){0,3}?"
                                     r"(?:employers|companies|firms|businesses|competitors|rivals|peers|"
                                     r"factories|manufacturers|start-?ups|"
                                     r"retailers)\s+(?:have\s+|had\s+)?"
                                     r"(?:announced|cut|shed|slashed|trimmed|eliminated|axed|laid\s+off)\b|"
                                     # employers of a place, all of them: "Employers in Ohio filed WARN notices
                                     # covering 6,412 workers", "companies across the state cut 9,000 jobs"
                                     r"^\W*(?:[a-z.'’-]+\s+){0,2}?(?:employers|companies|firms|businesses)\s+"
                                     r"(?:in|across|around|throughout|statewide|nationwide)\b"
                                     # the staff of a kind of company, all of them: "85,000 workers at South Korean
                                     # companies with 300 or more employees are expected to lose their jobs"
                                     r"|\b(?:workers|employees|staff|people)\s+(?:at|in|of|across)\s+"
                                     r"(?:[\w.'’-]+\s+){0,3}?(?:companies|firms|employers|businesses)\b"
                                     # a month's tally of announced cuts or of redundancies: "U.S. planned job cuts
                                     # rise 12% in May", "UK redundancies hit highest level since 2009"
                                     r"|\bplanned\s+(?:job\s+cuts|layoffs)\s+(?:rise|rose|fall|fell|jump\w*|drop\w*|surg\w*|"
                                     r"climb\w*|up|down|hit|ease\w*|total\w*|top\w*)\b"
                                     r"|\b(?:redundancies|layoffs|job\s+losses)\s+(?:hit|reach|rise|rose|climb\w*)\s+(?:a\s+)?"
                                     r"(?:highest|lowest|record|\d+-year|fresh)\b"
                                     # a statistics office's count: "... in March -BLS", "payrolls report showed"
                                     r"|(?:^|\s)[-–—]\s*(?:bls|statcan|ons|survey|study)\s*$|\bpayrolls\s+(?:report|data)\b"))
# A country's or a trade's month: "Canada sheds 40,000 manufacturing jobs in March", "U.S. leisure and hospitality
# sheds 48,000 jobs in January": the economy's count, told with its month and no company
_A_MONTH = "(?:%s)" % "|".join(v.MONTHS)
_A_COUNTRYS_MONTH = re.compile(r"^\W*(?:the\s+)?(?:u\.s\.|u\.k\.|(?:us|uk|eu|euro\s+zone|eurozone|%s)\b)[^.;]{0,60}?\b"
                               r"(?:shed|sheds|lost|loses|cut|cuts|added|adds)\s+[\d,.]+\s*k?\s+(?:[a-z-]+\s+){0,2}?jobs\s+"
                               r"in\s+%s\b" % ("|".join(sorted(v.COUNTRIES)), _A_MONTH)
                               # or the economy's sectors, in the statistics' own words: "Transportation and warehousing
                               # shed 20,000 jobs in May" (two trades in lower case, no company's name)
                               + r"|^\W*[a-z]+\s+and\s+[a-z]+\s+(?:shed|lost|cut|added)\s+[\d,.]+\s*k?\s+jobs\s+in\s+%s\b"
                               % _A_MONTH)
# Nobody, as the subject of a clause: "No current employees will lose their jobs", "None of the plant's 300 workers
# will be affected", "workers will be moved to its chicken lines and no jobs will be cut": the cut said not to happen
# (unless a clause after it tells one: "..., but")
_NOBODY_CUT = re.compile(r"(?:^\W*|[,;:]\s+|\b(?:and|said|says|that)\s+)(?:no|none\s+of)\s+(?:[\w'’-]+\s+){0,4}?"
                         # (and the cuts themselves: "no job losses are expected", "no layoffs are planned")
                         r"(?:employees?|workers?|staff(?:ers)?|jobs?|positions?|people|one|roles?|members|"
                         r"(?<=job\s)losses|(?<=job\s)cuts|layoffs|redundancies)\s+(?:(?:at|in|of|on)\s+(?:[\w'’-]+\s+){1,4}?)?"
                         r"(?:will|would|is|are|was|were|has|have|had|to|can|could|should|stand|face|faces|lost|lose)\b"
                         r"(?![^;]*\bbut\b)")
_MORE_CUTS = re.compile(r"\b(?:further|more|other|additional|new)\b")
# A public body as the sentence's subject: "City of Marrowgate to lay off 120", "Sallowfield County to furlough
# 300", "the state government plans to cut": its own staff, not a company's (only the opening noun phrase: "Halden
# to cut 300 jobs, the state says" is a company's cut).
_PUBLIC_BODY_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?(?:(?:city|town|county|state|village|borough|province|commonwealth|municipality|department|"
    r"ministry)\s+of\b|"
    # a public body by its owner: "City-owned Lakeview Fiber utility to cut 35 jobs", "The municipal broadband utility"
    # (Canada's and the Commonwealth's: "Crown-owned Atlantic Ferries to shed 120 jobs")
    r"(?:city|town|county|state|municipally|publicly|government|crown)[\s-]owned\b|"
    # ("Harmon Springs municipal utility to shed 38 positions")
    r"(?:[\w'’.-]+\s+){0,3}?municipal\s+(?:[\w-]+\s+){0,2}?utility\b|"
    r"(?:[\w'’.-]+\s+){0,3}?(?:county|city|town|council|government|ministry|municipality|township|state|"
    # a body by its word ("Canadian Grain Commission to cut 80 positions", "the Small Business Administration")
    r"commission|administration|bureau|inspectorate|directorate|"
    r"state\s+university|state\s+college|university\s+system|school\s+board|"
    # a state university's hospital, a broadcaster the public funds, a state's own utility ("State university medical
    # center to cut 300 jobs", "Regional public broadcaster to cut 60 posts", "State power utility to cut 4,000 posts")
    r"state\s+university\s+(?:medical\s+center|hospital|health\s+system)|(?:public|publicly\s+funded|state)\s+broadcaster|"
    r"state\s+(?:power|electricity|water|gas)\s+utility|"
    # a public authority by its service: "Lakes Region Transit Authority to cut 300 administrative jobs", "City-Owned
    # Arena Authority eliminates 40 positions"; a prefecture, a canton, a region's government
    r"authority|prefecture|prefectural\s+government|canton|oblast|regional\s+(?:government|council)|"
    # a government's department by its portfolio: "Justice Department cuts antitrust division staff"
    r"(?:justice|state|defen[cs]e|labou?r|treasury|commerce|energy|education|interior|agriculture|transportation|"
    r"homeland\s+security|health|veterans\s+affairs)\s+department|"
    # Britain's public health service: "Hospital trust to cut 400 admin roles", "NHS Lothian health board to cut"
    r"(?:hospital|health|nhs|ambulance|foundation)\s+trust|health\s+board|"
    # a state's transport department by its initials ("State DOT eliminates 140 positions"), a body the state runs
    # ("The state-run Lesedi Rail Agency will shed 5,000 posts"; not a state-owned company)
    r"(?:state|county|city)\s+(?:dot|dmv|dnr|dps|dhs|dcfs)|(?:state|government)[\s-]run\s+(?:[\w'’.-]+\s+){0,3}?(?:agency|service|board)|"
    # the courts ("State Court System to Furlough 300 Clerks", "the county judiciary")
    r"court\s+system|judiciary|"
    # (not a school named by the trade it teaches, a business: "Veritas Language Schools offers voluntary redundancy")
    r"school\s+district|(?<!language\s)(?<!business\s)(?<!driving\s)(?<!flight\s)(?<!beauty\s)(?<!cooking\s)(?<!dance\s)"
    r"(?<!music\s)(?<!coding\s)(?<!career\s)(?<!tutoring\s)(?<!swim\s)(?<!golf\s)(?<!ski\s)schools|"
    r"(?:county|city|town|state|municipal|federal|provincial|national|government)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:department|works|"
    r"agency|authority|board|commission|district|office|nursing\s+home|hospital|library|jail|schools))\s+"
    # (its verb: "Halbrook County health department lays off 12", "Brannock school district cuts 60 positions")
    r"(?:to|will|plans?|is|has|have|says?|said|announces?|confirms?|confirmed|votes?|approves?|moves?|offers?|lays\s+off|"
    r"laid\s+off|cuts|cut|eliminates|cutting|eliminating|laying\s+off|shedding|trimming|"
    r"furloughs|sheds|trims)\b)")
# a public body's posts, alone or told with a word or two of what they are: "120 municipal positions", "35 city IT
# positions", "state prison guard jobs"
_PUBLIC_POSTS = re.compile(r"\b(?:city|county|state|federal|municipal|council|civil\s+service|public[\s-]sector)\s+"
                           r"(?:[\w-]+\s+){0,2}(?:jobs|positions|posts|workers|employees|staff)\b")
# a department or a ministry by its name as the subject: "The Northern Territory Department of Mines and Energy will
# cut"
# (in French, Spanish, Italian and German too: "Ministère des Transports cuts 150 jobs")
_A_DEPARTMENT_CUTS = re.compile(r"\b(?:Department|Ministry|Bureau|Minist[èe]re|Ministerio|Ministero|Ministerium)\s+"
                                r"(?:of|for|des?|du|de\s+la|del|della|f[üu]r|dell['’]|de\s+l['’])\s*(?:(?:the|and|&|la|l['’])\s*)?"
                                r"(?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:and|&|et|y|e|und)\s+)?){1,5}"
                                # (a department as a story's source is not the one cutting: "..., leaving 1,700 workers
                                # without jobs, the Department of Labor said.")
                                # (what it will do is a cut: "the Department of Labor will provide retraining
                                # assistance" to a company's laid-off workers cuts nothing)
                                r"(?:(?:will|to|plans?|is|has|have|announced)(?!\s+(?:also\s+|soon\s+|be\s+)?(?:provid|"
                                r"offer|help|assist|hold|host|open|meet|work|send|support|fund|coordinat|conduct|"
                                r"schedul)\w*)|"
                                r"cuts?|eliminates?|lays\s+off|sheds?|"
                                r"(?:says?|said)(?!\s*[.,;]|\s+(?i:on|in|last|this|yesterday|today|late|earlier|monday|tuesday|"
                                r"wednesday|thursday|friday|saturday|sunday)\b))\b")
# a public body as the subject of what an official says ("Governor Jane Roe said the state will lay off 500 workers")
_A_BODY_SAID_TO_CUT = re.compile(r"\b(?:said|says|announced|warned)\s+(?:that\s+)?(?:the\s+)?(?:state|city|county|town|"
                                 r"government|ministry|province|municipality)(?:\s+of\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?"
                                 r"\s+(?:will|would|plans\s+to|is\s+to|must|"
                                 r"has\s+to|intends\s+to)\s+(?:[\w-]+\s+){0,2}?(?:lay\s+off|furlough|retrench|dismiss|"
                                 # (people cut, not an order or a budget: "the government will cut its naval orders")
                                 r"(?:cut|eliminat\w*|shed|slash|axe|reduc\w*)\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+)?"
                                 r"(?:\d[\d,]*\s+)?(?:(?:state|city|public|county|government)\s+)?(?:jobs|workers|employees|"
                                 r"positions|staff|posts))")
# a unit of a public body as the subject: "Treasury's digital asset office to shed a third of its staff", "The finance
# ministry's digital assets unit will cut about 40 positions"
_A_BODYS_UNIT_CUTS = re.compile(r"^\W*(?:the\s+)?(?:[\w-]+\s+)?(?:treasury|ministry|government|department|council|"
                                r"city|county|state|federal|pentagon)['’]s\s+(?:[\w-]+\s+){0,3}?(?:unit|office|division|"
                                r"department|agency|bureau|team|arm|service|directorate)\s+(?:to|will|plans?|is|has|"
                                r"cuts?|eliminates?|lays\s+off|sheds?|trims?)\b")
GOVERNMENT_JOBS = "a government's jobs, not a company's"
# "Chapter 11 of 'The Ledger' drops tonight", "Chapter 7 of the book": a chapter of a work, not of the bankruptcy
# code ("Chapter 11 of the U.S. Bankruptcy Code", "of the federal bankruptcy law", "of Title 11" are the procedure).
_CHAPTER_OF_A_WORK = re.compile(
    r"\bchapter\s+\d+\s+of\s+(?!(?:the\s+)?(?:u\.?s\.?\s+|us\s+|federal\s+|united\s+states\s+)?"
    r"(?:bankruptcy|code|title\s+11|the\s+code)\b)")

_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|thousand|million)?"
# "1,100 jobs", "about 2,000 more jobs", "650 workers", "8K job cuts", "210 redundancies"
_JOBS = re.compile(
    rf"{_NUMBER}\s+(?:(?:more|additional|other|salaried|hourly|factory|corporate|office|call-centre|call-center|"
    r"full-time|[a-z]+ing|u\.s\.|global|tech|\w+-\w+)\s+){0,2}"
    r"(?:jobs?|positions|roles|workers|employees|staff(?:ers)?|people|redundancies|layoffs|job cuts)\b", re.I)
# "lay off 229", "cut about 500", "shed 1,000", "eliminate 350" with the noun left out ("to lay off 1,200 at")
_JOBS_AFTER_VERB = re.compile(
    rf"\b(?:lay(?:s|ing)? off|laid off|cut(?:s|ting)?|shed(?:s|ding)?|eliminat\w*|axe[sd]?|slash\w*|furlough\w*|"
    rf"dismiss\w*|retrench\w*|(?:let|lets|letting) go(?: of)?)\s+"
    rf"(?:about|around|roughly|some|nearly|almost|up to|approximately|another|~)?\s*{_NUMBER}\b(?!\s*%|\s*pct|\s*percent)",
    re.I)
# "10% of its workforce", "a quarter of its staff", "12 pct of its work force", "headcount by 12%"
_SHARE = re.compile(
    r"(?:~|about\s+|around\s+|roughly\s+|approximately\s+|up to\s+|nearly\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:%|pct\b|percent\b)"
    r"(?=[^.;]{0,40}\b(?:work ?force|staff|employees|workers|jobs|headcount|roles|positions|team)\b)"
    r"|(?:workforce|work force|headcount|staff)\s+by\s+(?:about\s+|around\s+|approximately\s+|~)?"
    r"(\d{1,2}(?:\.\d+)?)\s*(?:%|pct\b|percent\b)", re.I)
_SHARE_WORDS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
                "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1, "two thirds": 2 / 3}
_SHARE_IN_WORDS = re.compile(
    r"\b(" + "|".join(_SHARE_WORDS) + r")\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:\d[\d,]*\s+)?(?:global\s+|entire\s+)?"
    r"(?:work ?force|staff|employees|workers|headcount)", re.I)
_SCALE = {"k": 1000, "thousand": 1000, "million": 1_000_000}


# Shapes that report the event by themselves, whatever the model's score (it still vetoes below combine's
# RULE_VETO): a cut with its count ("lays off 120 workers", "to cut 1,400 jobs", "cuts 10% of its
# workforce"), a filing ("files for Chapter 11", "enters administration"), an emergence.
# Verbs whose object can only be people: with these a count alone is staff ("LAYS OFF 520", "FURLOUGHS 900,
# DROPS ELEVEN CITIES", "lets go of ~90 developers"); "cuts 300" may be routes or flights.
# (and of these, the ones no claim or charge takes either: "dismisses 3 of 5 claims", "let go of the idea")
# (West Africa's word for it: "disengages 400 workers")
_ONLY_PEOPLE_VERB = (r"(?:lay(?:s|ing)?\s+off|laid\s+off|furlough(?:s|ed|ing)?|sack(?:s|ed|ing)?|retrench(?:es|ed|ing)?|"
                     r"disengag(?:e|es|ed|ing))")
_PEOPLE_CUT_VERB = rf"(?:{_ONLY_PEOPLE_VERB}|dismiss(?:es|ed|ing)?|(?:let|lets|letting)\s+go(?:\s+of)?)"
_CUT_VERB = (r"(?:cut(?:s|ting)?|shed(?:s|ding)?|eliminat(?:e|es|ed|ing)|axe[sd]?|slash(?:es|ed|ing)?|"
             r"reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|scrap(?:s|ped|ping)?|"
             # Australia's: "Smelter stands down 200 workers" (staff stood down, with their count or noun after)
             r"stand(?:s|ing)?\s+down|stood\s+down|"
             # a company statement's words for it, always with a count of staff after them ("part ways with
             # approximately 9% of our team", "saying goodbye to 38 teammates")
             r"part(?:s|ed|ing)?\s+ways\s+with|say(?:s|ing)?\s+goodbye\s+to|said\s+goodbye\s+to|"
             rf"{_PEOPLE_CUT_VERB})")
_ABOUT = r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|approximately|another|~|as\s+many\s+as|more\s+than|over|at\s+least)\s*)?"
_COUNT = (r"(?:\d[\d,.]*\s*(?:k\b|%|pct\b|percent\b)?|a\s+(?:quarter|third|fifth|tenth|dozen)|half|"
          r"(?:the\s+)?(?:majority|bulk)|"
          r"(?:hundreds|thousands|dozens|tens\s+of\s+thousands)\s+of|more|additional|further)")
# With a count, any noun of staff ("8,000 positions", "10% of its workforce"); without one, only nouns that
# cannot be something else ("cut its workforce", "cutting more jobs": "trims positions" may be a fund's).
_STAFF_COUNTED = (r"(?:jobs|positions|posts|roles|workers|employees|employes|staff(?:ers)?|people|personnel|work\s*force|agents|"
                  r"headcount|redundancies|developers|engineers|technicians|salespeople|contractors|team|teams|"
                  r"teammates|colleagues)")
_STAFF = r"(?:jobs|workers|employees|staff|(?:work|sales)\s*force|headcount)"
# People by any trade's plural, or a union's members, where the verb says they are people ("95 weavers and spinners")
# (not those a business serves or houses: "2,000 customers received termination letters", "40,000 subscribers")
_SERVED = (r"(?:customers|subscribers|clients|tenants|residents|patients|users|policyholders|passengers|students|"
           r"shareholders|investors|borrowers|depositors|owners|renters|buyers|sellers|viewers|listeners|readers|suppliers|"
           r"consumers|travellers|travelers|holders|members)\b")
_PEOPLE = rf"(?:{_STAFF_COUNTED}|(?!{_SERVED})[a-z]+(?:ers|ors|ists|men|ians|ants|ents))"
# A clause's character that no negation opens ("none of them will be laid off", "no one will be", "nobody"), up to a full
# stop or a semicolon (_UNNEGATED_IN_THE_CLAUSE, below, lets a legal form's dot in)
_NOT_NEGATED = r"(?!\bnone\b|\bno\s+one\b|\bnobody\b|\bnot\b)"
_UNNEGATED = rf"(?:{_NOT_NEGATED}[^.;])"
# A word describing the staff ("regional dispatch staff", "90 loader and driver positions"); a preposition or a
# conjunction ends the object instead ("cuts rates as jobs data weakens"); the staff's size ("5% of its
# 9,000-strong global workforce").
_DESCRIBING = (r"(?:(?!(?:as|for|of|to|in|on|at|after|amid|while|with|by|but|or)\b)[a-z-]+\s+|"
               r"\d[\d,.]*\s*k?-(?:strong|person|member)\s+)")
# An employee's own words for a layoff: "Got laid off from Veradine", "being furloughed from Grandholt Hotels", "my
# position 'has been impacted by the restructuring'", "my role was eliminated today".
# (or by it: "I've been furloughed by Stellan Hotels Group")
_LAID_OFF_FROM = (r"\b(?:got|was|been|were|am|being|i['’]m)\s+(?:laid\s+off|let\s+go|furloughed|made\s+redundant)\s+"
                  # (by a company, not by a date: "furloughed by March")
                  r"(?:from|at|by(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
                  r"the\s+end|year['’]s\s+end|christmas|easter|summer|spring|autumn|fall|winter)[a-z]*\b))\s+(?-i:[A-Z$])|"
                  r"\b(?:my|our|your)\s+(?:whole\s+)?(?:role|job|position|team)s?\s+(?:at\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*\s+)?"
                  r"['‘’\"]?(?:was|were|has\s+been|have\s+been|had\s+been)\s+['‘’\"]?"
                  r"(?:eliminated|cut|impacted|affected|made\s+redundant|restructured)\b")
# Cuts told by the programme that makes them or by the staff it touches, tried only where one of their words is (the
# shape above is read for every sentence of a story; these words seldom occur): voluntary departures sought to cut
# staff ("offers voluntary retirement to 3,000 staff", "will seek 3,000 voluntary retirements"), a programme of cuts by
# its name and the staff it touches ("a rightsizing exercise that will affect about 1,100 employees", "begins
# rightsizing; 1,100 staff affected"), the notices that open one ("issues section 189 notices to 2,300 workers",
# "retrenchment notices to 400 staff"), the staff told of their own cut, the staff a closure touches
_RARER_CUT_WORDS = ("voluntary", "eliminated", "axed", "made redundant", "early retire", "buyout", "rightsiz", "right-siz", "downsiz", "retrench", "vrs",
                        "notice", "189", "told", "tells", "informed", "informs", "notified", "notifies", "affected",
                        "impacted", "impacting", "affecting", "clos", "shut", "separat", "retrench", "terminat")
# India's words for it (the law's, so stated): staff "separated" under a voluntary scheme or paid "closure compensation"
# under the Industrial Disputes Act ("has separated 640 employees at its Tiruppur facility", "Around 180 employees who
# could not be relocated will be separated with compensation", "The 275 permanent workmen of the unit will be paid closure
# compensation", "a settlement has been reached with the 420 employees at the plant under a Voluntary Separation Scheme")
_SEPARATED_UNDER_INDIAS_LAW = (
    rf"\bseparat(?:ed|es|ing|e)\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:{_STAFF_COUNTED}|workmen)\b"
    rf"|\b{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:{_STAFF_COUNTED}|workmen)\b[^.;]{{0,80}}?\b(?:will\s+be|were|are|to\s+be|"
    r"have\s+been)\s+(?:separated|paid\s+closure\s+compensation)\b"
    rf"|\b{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:{_STAFF_COUNTED}|workmen)\b[^.;]{{0,60}}?\bunder\s+(?:an?\s+|the\s+)?"
    r"voluntary\s+(?:separation|retirement)\s+scheme\b"
    # ("resulting in separation of approximately 450 store employees", "retrenchment of 1,150 workmen", "about 900
    # employees have been served notice of termination of employment", "The services of 180 workmen have been terminated")
    rf"|\b(?:separation|retrenchment)\s+of\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:{_STAFF_COUNTED}|workmen)\b"
    rf"|\b{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:{_STAFF_COUNTED}|workmen)\s+(?:have\s+been|were|are|will\s+be)\s+"
    r"(?:served|given|issued)\s+(?:with\s+)?notices?\s+of\s+(?:termination|retrenchment|dismissal)\b"
    rf"|\bservices\s+of\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:{_STAFF_COUNTED}|workmen)\s+(?:have\s+been|were|are|"
    r"will\s+be)\s+terminated\b")

_RARER_CUTS = Alternatives(re.compile(
    # (India's voluntary retirement scheme by its initials: "offers VRS to 380 employees")
    rf"(?-i:\bVRS\b)\s+(?:to|for)\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\b|"
    rf"\b(?:offer|seek|sought|invit|announc|launch|open)\w*\s+(?:\w+\s+){{0,2}}?(?:voluntary\s+(?:retirement|redundanc(?:y|ies)|"
    rf"separation|severance|exit)|early\s+retirement|buyouts?)\s+(?:packages?\s+|schemes?\s+|programmes?\s+|plans?\s+)?"
    rf"(?:to|for)\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}{_STAFF_COUNTED}\b"
    rf"|\b{_ABOUT}{_COUNT}\s+(?:(?:voluntary|early)\s+){{1,2}}(?:retirements|redundancies|separations|departures|"
    rf"retirees|exits)\b|"
    # staff asked to go: "will solicit about 1,500 employees for early retirement"
    rf"\b(?:seek|sought|solicit|invit|ask|call)\w*\s+(?:for\s+)?{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\s+"
    r"(?:for|to\s+take|to\s+accept|to\s+apply\s+for)\s+(?:an?\s+)?(?:early|voluntary)\s+(?:retirement|redundancy|"
    r"severance)\b|"
    r"\b(?:approv|launch|introduc|announc|offer|implement)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?"
    r"voluntary\s+(?:retirement|separation|redundancy|severance|exit)\s+(?:scheme|programme|program|plan)\b|"
    r"\bvoluntary\s+(?:retirement|separation)\s+scheme\s+(?:at|for)\b|"
    # a programme offered to staff, sized or not: "will accept applications for voluntary retirement from about 500
    # employees", "to offer voluntary retirement to 500", "offers voluntary retirement as China glut bites"
    rf"\b(?:voluntary|early)\s+(?:retirement|redundancy|separation)\b[^.;]{{0,40}}?\b(?:to|from|for)\s+{_ABOUT}{_COUNT}\b"
    r"(?!\s*(?:%|percent|pct|years?|months?)\b)|"
    r"\b(?:offer(?:s|ed|ing)?|(?:accept|invit|tak)(?:e|es|ed|ing|s)?\s+applications\s+for|"
    r"solicit(?:s|ed|ing)?)\s+(?:voluntary|early)\s+retirement\b(?!\s+(?:to|for)\s+(?:its\s+|the\s+)?(?:chief|ceo|chair|"
    r"president|founder|director))|"
    r"\b(?:commencement|start|launch)\s+of\s+(?:a\s+|the\s+)?section\s+189a?\s+(?:consultation|process)|"
    rf"\b(?:rightsizing|right-sizing|downsizing|retrenchments?|redundancy\s+programme)\b(?:[^.;!?]{{0,60}}?|\s*;\s*)(?:\baffect\w*\s+"
    rf"{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}{_STAFF_COUNTED}|{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}{_STAFF_COUNTED}\s+"
    rf"(?:(?:will\s+be|are|were|to\s+be)\s+)?affected)\b"
    rf"|\b(?:section\s+189a?|retrenchment|redundancy|layoff|lay-off|termination)\s+notices?\s+(?:to|on|for|covering)\s+"
    rf"(?:unions\s+representing\s+)?{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}{_STAFF_COUNTED}\b"
    # the staff told of their own cut: "told about 200 employees on a call that their roles had been eliminated",
    # "notified 85 workers they would be laid off"
    rf"|\b(?:told|tells|informed|informs|notified|notifies)\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"{_STAFF_COUNTED}\b[^.;]{{0,60}}?\b(?:their\s+(?:roles|jobs|positions)|they)\s+"
    r"(?:had|have|were|was|are|would|will)\s+(?:been\s+|be\s+)?(?:being\s+)?"
    r"(?:eliminated|cut|made\s+redundant|laid\s+off|let\s+go|terminated)\b"
    # a share of the staff cut, in the passive: "A quarter of corporate roles at Quadrant Tutoring are being eliminated"
    r"|\b(?:a\s+(?:quarter|third|fifth|tenth)|half|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+of\s+(?:(?:its|the|their)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:roles|jobs|positions|staff|workforce|employees|workers)\s+(?:at\s+[^,.;]{1,60}?\s+)?"
    r"(?:are|were|is|was|will\s+be|to\s+be)\s+(?:being\s+)?(?:eliminated|cut|axed|made\s+redundant|laid\s+off)\b"
    # the staff a closure touches, told after it: "about 380 hourly and management employees were affected" (not
    # affected by something else: "2,000 workers are affected by the strike")
    rf"|\b{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,3}}?{_STAFF_COUNTED}\s+(?:were|are|will\s+be|would\s+be)\s+"
    r"(?:affected|impacted)\b(?!\s+by\b)"
    rf"|{_SEPARATED_UNDER_INDIAS_LAW}"
    # the staff a closure touches, told after it as it goes on: "is closing 64 dark stores, impacting around 1,400 delivery
    # and store staff"
    rf"|\b(?:clos|shut)\w*\s+[^.;]{{0,80}}?\b(?:impacting|affecting)\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,3}}?{_STAFF_COUNTED}\b"
    # the nouns of the act with its count: "will result in the retrenchment of approximately 230 employees"
    rf"|\b(?:retrenchments?|dismissals?)\s+of\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\b"
    # a business closed for good, told with its own staff: "closed after Saturday's dinner service, and its 45 employees
    # were told", "will close for good on New Year's Eve ... and its 38 employees will receive severance", "closed
    # suddenly last week; the owners told the roughly 25 employees" (not a deal or a market closed)
    r"|(?<!shares\s)(?<!stock\s)(?<!deal\s)(?<!deal\swill\s)(?<!deal\sto\s)(?<!expected\sto\s)(?<!transaction\swill\s)"
    r"(?<!merger\swill\s)(?<!sale\swill\s)\b(?:closed|closes|closing|close|shut|shuts|shuttered|shutters)\s+"
    r"(?:its\s+doors\s+|down\s+)?(?:(?:for\s+good|permanently|suddenly|abruptly|without\s+warning)\b[^.!?]{0,120}?"
    rf"\b(?:its|the|all|all\s+of\s+its)\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?(?:employees|workers|staff(?:ers)?)\b|"
    # (a close "after" something, only with the staff's loss told: "closed after Saturday's dinner service, and its 45
    # employees were told they would receive two weeks' pay"; not a deal's close or a plant shut after a fire)
    rf"after\b[^.!?]{{0,120}}?\b(?:its|the|all|all\s+of\s+its)\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:employees|workers|staff(?:ers)?)\s+(?:were|are|will\s+be|have\s+been)\s+(?:told|informed|notified)\s+"
    r"(?:they|that\s+they)\s+(?:would|will)\s+(?:receive|get|be\s+paid|lose)\b)",
    re.I))
# Europe's legal words for a layoff, the definition's own act: "consultation procedure for a mass dismissal", "a
# collective dismissal of 230 employees", "given notice of redundancy for 350 employees", "gives notice to 300
# employees"
_LAYOFF_IN_LAWS_WORDS = (
    # (one sized after it is read whole below: "a collective redundancy procedure for 95 of its 400 workers")
    r"\b(?:mass|collective)\s+(?:dismissals?|redundanc(?:y|ies))\b(?!\s+(?:procedure|process)\s+for\s+\d)"
    # a programme of voluntary departures for a counted staff: "a voluntary departure programme for up to 900 employees"
    # ("offers voluntary redundancy to 80 teachers", "a voluntary redundancy scheme for around 80 teaching staff")
    rf"|\bvoluntary\s+(?:departures?|exits?|separations?|redundanc(?:y|ies))\s+(?:(?:programme|program|plan|scheme)\s+)?"
    rf"(?:for|to)\s+{_ABOUT}\d[\d,]*"
    rf"|\b(?:giv|gave|given|issu|serv)\w*\s+notice\s+(?:of\s+(?:redundancy|dismissal|termination)\s+)?(?:for|to)\s+{_ABOUT}"
    rf"\d[\d,]*\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\b")
# Staff sent on furlough or on idle time (a plant's downtime paid at a fraction of wages, as CIS labour law names it):
# "sends 1,000 workers on idle time", "sent most of its staff on a two-month furlough" (STATED: the law's words)
# (and "sent home 1,100 workers", "sent 500 workers on compulsory unpaid leave": a furlough in other words)
_SENT_ON_FURLOUGH = (rf"\b(?:send|sends|sending|sent|put|puts|putting|place[sd]?|placing)\s+"
                     rf"(?:{_ABOUT}\d[\d,]*\s+(?:of\s+)?)?"
                     r"(?:(?:its|their|the|all|most\s+of\s+its|most\s+of\s+their)\s+)?"
                     r"(?:[a-z-]+\s+){0,4}?(?:workers|employees|staff|personnel|people|crew)\s+(?:(?:on|into)\s+(?:an?\s+|unpaid\s+|"
                     r"forced\s+|compulsory\s+|mandatory\s+|no-pay\s+|[\w-]+-(?:month|week)\s+){0,3}(?:furlough|idle\s+time|downtime|"
                     r"(?<=compulsory\s)leave|(?<=forced\s)leave|(?<=unpaid\s)leave|(?<=mandatory\s)leave|(?<=no-pay\s)leave)\b)"
                     rf"|\b(?:send|sends|sending|sent)\s+home\s+{_ABOUT}\d[\d,]*\s+(?:[a-z-]+\s+)?(?:workers|employees|staff)\b")
# A character of the same clause: a legal form's or an initial's dot ends none ("employees of Abattoir Saint-Valérien
# inc. learned")
_IN_THE_CLAUSE = r"(?:[^.;]|(?<=\binc)\.|(?<=\bltd)\.|(?<=\bco)\.|(?<=\bcorp)\.|(?<=\bltée)\.|(?<=\b[A-Za-z])\.)"
_UNNEGATED_IN_THE_CLAUSE = rf"(?:{_NOT_NEGATED}{_IN_THE_CLAUSE})"  # (as _UNNEGATED, a legal form's dot inside)
_LAYOFF_SHAPE = Alternatives(re.compile(
    # (a share of a counted staff: "let go of about a third of its 90 employees")
    rf"\b{_CUT_VERB}\s+(?:{_ABOUT}{_COUNT}\s*"
    # (four words of description: "eliminate about 350 newsroom and advertising sales jobs")
    rf"(?:of\s+(?:(?:its|their|the)\s+)?(?:\d[\d,]*\s+)?)?{_DESCRIBING}{{0,4}}{_STAFF_COUNTED}"
    # ("laid off its 230 employees": the whole staff, counted after its possessive)
    rf"|(?:(?:to|in|at|among)\s+)?(?:(?:its|their|the)\s+(?:\d[\d,]*\s+)?)?{_DESCRIBING}{{0,2}}{_STAFF})\b"
    # a whole team or department cut ("axed its entire design team", "cut the whole customer support team"), or
    # everyone ("fired everyone except the founders")
    # (or a whole intake of new hires: "laid off the entire new grad cohort")
    # (the writer's: "Zenvio cut our entire SDR team")
    rf"|\b(?:{_CUT_VERB}|{_ONLY_PEOPLE_VERB})\s+(?:(?:its|their|the|an?|our|my)\s+)?(?:entire|whole)\s+(?:[\w&-]+\s+){{0,3}}?(?:teams?|department|"
    r"division|staff|org|organi[sz]ation|unit|workforce|studio|office|cohort|intake)\b"
    r"|\b(?:fire[sd]?|firing|lays?\s+off|laid\s+off)\s+(?:everyone|everybody|all\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?"
    r"(?:staff|employees|workers))\b"
    # a count of people alone after a verb that only people take ("dismisses 500 at its Villa Gobernador plant", "to
    # lay off 1,200 at Kessel")
    rf"|\b{_PEOPLE_CUT_VERB}\s+{_ABOUT}\d[\d,]*(?=\s+(?:at|from|in|across|after|amid|over)\s+(?!(?:19|20)\d\d\b))"
    rf"|{_LAYOFF_IN_LAWS_WORDS}"
    # the acronym of a reduction in force; a state's WARN notice, a tracker's layoff alert
    # (and a state's list of them: "WARN Report - Week Ending ...", "WARN Notice - Orion Aerospace Services, Inc.", "WARN
    # Log Entry 2024-0412"; notice given "under the WARN Act")
    # (not one taken back: "Rescission of WARN Notice - Briarcliff Aluminum Company")
    r"|(?-i:\bRIFs?\b)|(?<!rescission of )(?<!withdrawal of )(?<!rescinded )(?<!withdrawn )(?<!withdraws )"
    r"(?-i:\bWARN\b)(?:\s+(?:notices?|reports?|log(?:\s+entry)?|filings?))?\s*(?:[:|]|\s[-–—]\s|"
    r"(?<=entry)\s+\d)|\blayoffs?\s+(?:alert|notice)\b"
    r"|\bnotices?\s+(?:\w+\s+){0,2}?(?:under|pursuant\s+to)\s+the\s+(?-i:WARN)\b"
    # a notice's record of those it affects: "Employees affected: 142", "230 workers affected by layoff"
    rf"|\b(?:employees|workers|positions|staff)\s+affected\s*[:|-]\s*{_ABOUT}\d|\b\d[\d,]*\s+(?:employees|workers)\s+"
    r"affected\s+by\s+(?:the\s+)?(?:layoffs?|closure|closing)\b"
    # notices of layoff handed to a number of staff: "began issuing layoff notices Friday to 900 machinists", "sent
    # layoff notices to 120 employees"
    # ("sent dismissal notices to 500 workers")
    rf"|\b(?:lay-?offs?|dismissal|termination|redundancy)\s+notices?\s+(?:\w+\s+){{0,2}}?to\s+{_ABOUT}\d[\d,]*\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?{_STAFF_COUNTED}\b"
    # "WARN notice for 180 workers at its Stanhope plant": a state's notice, sized
    # ("filed WARN notices in California covering 112 employees": the state it was filed with between)
    rf"|(?-i:\bWARN\b)(?:\s+Act)?\s+notices?\s+(?:(?:in|with)\s+(?:the\s+)?(?:state\s+of\s+)?(?-i:[A-Z][\w.'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w.'’-]*))?\s+)?"
    rf"(?:for|covering|covers?|affecting|affects?|of|on)\s+{_ABOUT}\d"
    # the act's full name: "filed Worker Adjustment and Retraining Notification notices ... covering 260 employees"
    r"|\bworker\s+adjustment\s+and\s+retraining\s+notification\b"
    # a tracker's line: the company, its trade in brackets, then the jobs and the share of staff
    # ("Harbinlake (fintech): ~60 jobs, 20%"): a share of the staff is counted only for cuts
    rf"|^\W*(?-i:[A-Z])[^():]{{0,60}}\([^()]{{1,40}}\)\s*:\s*{_ABOUT}\d[\d,.]*\s*k?\s+{_STAFF_COUNTED}\s*,\s*"
    r"(?:about\s+|~|roughly\s+|nearly\s+)?\d+(?:\.\d+)?\s*%"
    # the jobs as the subject: "45 jobs go", "Dozens of jobs lost", "about 190 positions at Norbury Flats will be
    # eliminated", "164 employees will be separated", "140 workers on the evening shift will lose their jobs"
    # (not jobs that go with a move: "moving HQ to Plano; all 300 jobs go with it")
    rf"|\b{_ABOUT}{_COUNT}\s+(?:of\s+)?(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\s+(?:(?:will|would)\s+(?:be\s+)?|are\s+|were\s+)?(?:lost|go|gone|axed)\b"
    r"(?!\s+(?:with|along|too|as\s+well))"
    # "95 positions eliminated", "300 roles cut": a headline's passive without its verb, or with it ("About 40 roles
    # were eliminated at Fernhill Health today")
    # (not staff "made redundant" by a procedure's officers, told beside the filing: that is the filing's news)
    # ("About 250 positions are being eliminated at ...": under way)
    rf"|\b\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\s+(?:(?:were\s+|have\s+been\s+|(?:are|is)\s+being\s+)?"
    r"(?:eliminated|cut|axed|scrapped)|"
    r"made\s+redundant)\b"
    rf"|\b\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\b{_UNNEGATED}{{0,60}}?\b(?:will|would|are\s+to|to)\s+be\s+"
    r"(?:eliminated|cut|lost|axed|made\s+redundant|separated|laid\s+off|let\s+go)\b"
    rf"|\b\d[\d,.]*\s+(?:[a-z-]+\s+){{0,6}}?(?:(?:will|would|are\s+set\s+to|stand\s+to|to)\s+)?lose\s+(?:their\s+)?jobs\b"
    # (staff "losing their jobs" as the cut's consequence, not a claim denied: "fears that 300 workers were losing their
    # jobs were unfounded")
    rf"|(?<=\bwith\s)(?:all\s+)?{_ABOUT}\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\s+losing\s+(?:their\s+)?jobs\b"
    # people of any trade, or a union's members (only staff are laid off), counted, then a verb only people take, no
    # negation between ("450 members at the Vantrex Corp. plant in Elgin will be laid off"; not "none will be laid off")
    rf"|\b\d[\d,.]*\s+(?:[a-z-]+\s+){{0,3}}?(?:{_PEOPLE}|members)\b{_UNNEGATED_IN_THE_CLAUSE}{{0,80}}?\b(?:will|would|are\s+to|to)\s+be\s+"
    r"(?:laid\s+off|made\s+redundant)\b"
    # the people counted, then told their jobs go: "About 120 employees at its Drammen centre have been told their jobs
    # will go"
    rf"|\b\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\b[^.;]{{0,80}}?\btold\s+(?:that\s+)?their\s+(?:jobs|roles|"
    r"positions|posts)\s+(?:will|would|are\s+to|are\s+going\s+to)\s+(?:go|be\s+(?:cut|lost|axed|eliminated|made\s+redundant))\b"
    # or told that their workplace closes: "Some 230 employees of Abattoir Saint-Valérien learned Friday that the
    # slaughterhouse will close its doors for good"
    rf"|\b\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\b{_IN_THE_CLAUSE}{{0,80}}?\b(?:learned|learnt|were\s+told|"
    r"were\s+informed)\s+"
    r"(?:[\w-]+\s+){0,6}?that\s+(?:[^.;]{0,60}?\b(?:will|would|is\s+to|is\s+going\s+to)\s+(?:close|shut)\b|"
    # or that their jobs went: "learned on a 10-minute video call Tuesday that their jobs had been eliminated"
    r"their\s+(?:jobs|positions|roles)\s+(?:had\s+been|have\s+been|were|would\s+be|will\s+be)\s+(?:eliminated|cut|axed))"
    # a share of the staff eliminated, as a filing words it: "the elimination of approximately 9% of the Company's
    # positions", "a reduction of about 12% of its workforce"
    rf"|\b(?:elimination|reduction|cut)\s+of\s+{_ABOUT}\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+"
    r"(?:the\s+company['’]s\s+|its\s+|their\s+|our\s+|the\s+)?"
    r"(?:positions|workforce|staff|employees|jobs|headcount)\b"
    # "the loss of 220 jobs", "a reduction of around 410 roles", "reducing the size of our team by approximately 140"
    # (Nigerian English's "disengagement of 320 staff")
    rf"|\b(?:loss|reduction|lay-?offs?|dismissals?|termination|disengagement)\s+of\s+{_ABOUT}{_COUNT}\s+(?:[a-z-]+\s+)?"
    rf"{_STAFF_COUNTED}\b"
    # the staff counted, handed their letters: "About 240 workers at its Nakuru plant received termination letters"
    # (not those who "had received" them and keep their jobs)
    rf"|\b\d[\d,.]*\s+(?:[a-z-]+\s+){{0,3}}?{_PEOPLE}\b{_IN_THE_CLAUSE}{{0,60}}?(?<!had\s)\b(?:received|got|were\s+handed|"
    r"were\s+given|were\s+served|were\s+issued)\s+(?:with\s+)?(?:their\s+)?(?:termination|dismissal|redundancy|lay-?off)\s+"
    r"(?:letters|notices)\b"
    rf"|\breduc(?:e|es|ed|ing)\s+the\s+size\s+of\s+(?:our|its|their|the|(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*)*['’]s?)\s+"
    rf"(?:team|workforce|staff|company)\s+by\s+{_ABOUT}\d"
    # "310 jobs at risk", "union says 700 jobs at risk": a cut proposed
    rf"|\b{_ABOUT}\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}?{_STAFF_COUNTED}\s+(?:are\s+|were\s+|now\s+)?at\s+risk\b"
    # a closure's count: "a proposal to close the site, which would affect 175 roles", "shut three homes, 140 staff
    # affected"
    rf"|\b(?:clos|shut)\w*\b[^.]{{0,80}}?\b(?:affect|impact)\w*\s+{_ABOUT}\d[\d,.]*\s+{_STAFF_COUNTED}\b"
    rf"|\b(?:clos|shut)\w*\b[^.]{{0,80}}?\b\d[\d,.]*\s+{_STAFF_COUNTED}\s+(?:are\s+|were\s+|will\s+be\s+)?(?:affected|impacted)\b"
    # a workplace to close, told with the workplace first: "told the Brackwell plant will shut in March"
    r"|\b(?:plant|factory|mill|depot|facility|warehouse|distribution\s+cent(?:er|re)|smelter|refinery|site)\s+"
    r"(?:will|would|is\s+to|is\s+set\s+to|to)\s+(?:shut|close)\b"
    # contracts not renewed, voluntary redundancy, the acronym's long form ("not renewing the contracts of
    # approximately 200 temporary workers", "offer voluntary redundancy to around 500 colleagues")
    rf"|\bnot\s+renew\w*\s+(?:the\s+)?contracts?\s+of\s+{_ABOUT}\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}{_STAFF_COUNTED}\b"
    r"|\bvoluntary\s+(?:redundanc(?:y|ies)|severance|separation|buyouts?|retirement\s+scheme)\b"
    # an employee's post (see STATED)
    rf"|{_LAID_OFF_FROM}"
    # "Layoffs at Quantiva today", "job cuts hit Halden's sales team": the company named after them
    # ("Mass layoff at Tri-County Auto Parts", "Redundancy notices issued at Ashworth Textiles")
    r"|\b(?:layoffs|job\s+cuts|redundancies|mass\s+lay-?off|(?:redundancy|lay-?off|dismissal)\s+notices\s+(?:issued|served|handed\s+out))\s+"
    r"(?:at|hit|hits|hitting|strike|strikes|sweep|sweeps)\s+(?-i:[A-Z$])"
    # the day's cuts at it: "today's cuts at Larchmoor Bank" (not "price cuts at", "rate cuts at")
    r"|\b(?:today['’]s|yesterday['’]s|this\s+week['’]s|the\s+latest|the)\s+cuts\s+at\s+(?-i:[A-Z])"
    # people idled, counted: "to close its valve plant, idling 430", "idles 1,200 workers" (not a count of things:
    # "idles two furnaces")
    rf"|\bidl(?:e|es|ed|ing)\s+{_ABOUT}\d[\d,]*(?:\s+(?:[a-z-]+\s+)?{_STAFF_COUNTED})?(?=\s*(?:$|[,.;:]|\s(?:at|in|and)\b))"
    rf"|\b{_PEOPLE_CUT_VERB}\s+{_ABOUT}\d+(?:[,.]\d+)*(?:\s*k|\s*%|\s*pct\b|\s*percent\b)?(?:\b|(?<=%))"
    # "250 laid off", "about 90 staff were let go": the count of people, then the verb in the passive (not a chapter's
    # number: "Filed Chapter 7 personally after being laid off")
    # ("About 260 employees of the subsidiary will be retrenched": whose staff, between)
    rf"|\b(?<!chapter\s)(?<!ch\.\s)\d+(?:[,.]\d+)*\s+(?:[a-z-]+\s+){{0,2}}?(?:of\s+(?:the|its)\s+[a-z-]+\s+)?"
    r"(?:(?:were|are|will\s+be|to\s+be|being)\s+)?"
    r"(?:laid\s+off|furloughed|let\s+go|made\s+redundant|retrenched)\b(?!\s+[a-z]+s\b)"  # not "400 furloughed pilots"
    # a company shutting itself down ("Basketly is shutting down", "winds down operations after failing to
    # raise"): every job goes; not a plant, an app or a feature shut down (an object follows those)
    r"|\b(?:is\s+|are\s+|to\s+|will\s+)?(?:shut(?:s|ting)?|wind(?:s|ing)?|wound)\s+down"
    r"(?=\s*(?:$|[.,;:!—–-]|\s(?:after|amid|as|following|at|by|on|in|this|next|operations|its\s+operations|"
    r"for\s+good|entirely|completely)\b))"
    # "8,000 job cuts", "about 600 layoffs"; "a workforce reduction", "a reduction in force"
    rf"|\b\d[\d,.]*\s*k?\s+(?:[a-z-]+\s+)?(?:job\s+cuts|job\s+losses|layoffs|redundancies)\b"
    # a WARN filing's words: "will end employment for 134 at its resort"
    rf"|\bend(?:s|ing)?\s+(?:the\s+)?employment\s+(?:of|for)\s+{_ABOUT}\d"
    # "250 miners out of work", "puts 1,200 people out of work": the jobs gone, told by the people who held them
    # ("hundreds of developers out of work", "Dozens of aides out of work")
    rf"|(?:\b\d[\d,.]*\s*k?|\b(?:hundreds|thousands|dozens)\s+of)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_STAFF_COUNTED}|"
    r"[a-z]+(?:ers|ors|ists|men)|aides)\s+(?:(?:are|were|will\s+be|now)\s+)?out\s+of\s+work\b"
    rf"|\b(?:put|puts|putting|throw\w*|thrown|threw|leav(?:e|es|ing)|left)\s+{_ABOUT}\d[\d,.]*\s*k?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:out\s+of\s+work|without\s+(?:jobs|work|a\s+job)|jobless)\b"
    # "to make 650 redundant", "650 workers will be made redundant": British English for a layoff
    # ("has made 28 of its 90 shipwrights redundant": a count of the staff, any trade's; "declared 300 workers redundant")
    rf"|\b(?:mak(?:e|es|ing)|made|declar(?:e|es|ed|ing))\s+{_ABOUT}{_COUNT}\s+"
    rf"(?:of\s+(?:its|their|the)\s+(?:\d[\d,]*\s+)?)?(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{_STAFF_COUNTED}\s+)?redundant\b"
    # a procedure for collective redundancies, sized (Italy's, France's: "opened a collective redundancy procedure for
    # 120 of its 480 workers")
    rf"|\bredundanc(?:y|ies)\s+(?:procedure|process|consultation|programme|program|scheme|plan)\s+(?:for|covering|"
    rf"affecting|of)\s+{_ABOUT}\d"
    # people laid off, named by their trade with no count ("Stainthorpe yard lays off shipwrights", "furloughs
    # pilots"): only these verbs' objects are always people
    r"|\b(?:lay(?:s|ing)?\s+off|laid\s+off|furlough(?:s|ed|ing)?)\s+(?:(?:its|their|the|some|more|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)\s+)?(?:(?!(?:in|at|on|for|after|as|amid|over|from|to|with|and|its|their)\b)"
    r"[a-z-]+\s+){0,2}?(?!(?:weeks|months|days|years|hours|times|plans|reports)\b)[a-z]{3,}(?<!s)s\b"
    rf"|\b{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}{_STAFF_COUNTED}\s+(?:will|would|are|were|to)\s+(?:be\s+|being\s+)?made\s+redundant\b"
    rf"|{_SENT_ON_FURLOUGH}"
    # "Rivian planning layoffs", "announces a new round of job cuts", "begins mass redundancies"
    r"|\b(?:plan(?:s|ned|ning)?|announc(?:e|es|ed|ing)|begin(?:s|ning)?|began|start(?:s|ed|ing)?|"
    r"conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|prepar(?:e|es|ed|ing)|weigh(?:s|ed|ing)?|"
    r"consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|discuss(?:es|ed|ing)?|mak(?:e|es|ing)|made)\s+(?:an?\s+|its\s+)?"
    r"(?:(?:new|more|further|another|fresh|major|sweeping|mass|widespread|deep|second|third)\s+)?"
    r"(?:round\s+of\s+)?(?:layoffs|job\s+cuts|redundancies)\b"
    r"|\b(?:workforce|work\s+force|headcount|staff)\s+reductions?\b|\breductions?\s+in\s+(?:force|(?:its\s+)?(?:workforce|headcount|staff))\b"
    # a workplace closing now or soon: "to close its Dayton plant", "shuts two factories", "plans for the
    # closure of its Newton facility"; not a closure told as history ("closed two mills last year", "over the
    # closure of three plants"), a shop's or a branch's (store closures are a retailer's shrinking, not
    # layoffs, in the labels), or a shutdown for days or weeks (_TEMPORARY below)
    r"|\b(?P<closing>(?:close|closes|closing|shut|shuts|shutting|shutter|shutters|shuttering|(?:plans?|proposals?)\s+for\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}closure\s+of)(?:\s+down)?\s+"
    r"(?:its|the|their|an?|all|\d+|two|three|four|five|several|more|(?-i:[A-Z][\w.’'-]+))\s+"
    r"(?:[\w.,'’-]+\s+){0,3}?(?:plants?|factory|factories|mills?|facility|facilities|warehouses?|offices|smelters?|depots?|sites?|"
    r"refinery|refineries|distribution\s+cent(?:er|re)s?|call\s+cent(?:er|re)s?))\b",
    re.I))
# "shuts plants for two weeks", "temporarily closes its factory": a halt, not a closure
_TEMPORARY = Alternatives(re.compile(r"\btemporar(?:y|ily)\b|\bfor\s+(?:\w+\s+){0,2}(?:days?|weeks?|hours?)\b|\bhalt|\bpaus|"
                        r"\bsuspend|\buntil\b|\breopen|"
                        # "shut a furnace for a six-week rebuild": a stop for works, the staff coming back
                        r"\b[\w]+-(?:day|week|month)\s+(?:rebuild|shutdown|outage|refit|overhaul|maintenance)\b|\bretool|"
                        r"\breturn\s+to\s+their\s+jobs\b", re.I))
# "auditor raises going-concern doubt", "10-K includes going concern warning", "substantial doubt about its ability
# to continue as a going concern"
_GOING_CONCERN = (r"\bgoing[\s-]concern\s+(?:doubts?|warnings?|qualifications?|opinion|uncertainty|risks?|"
                  r"questions?|concerns?|flags?)\b|"
                  # "a material uncertainty that may cast significant doubt on its ability to continue as a going concern",
                  # "a 'material uncertainty' exists about its ability to continue as a going concern"
                  r"\b(?:doubt|uncertainty)\b(?:(?!doubt|uncertainty)[^.;]){0,40}?\b(?:on|over|about|as\s+to|regarding)\s+"
                  r"(?:its|the\s+company['’]s|their|the\s+group['’]s)\s+ability\s+to\s+continue\s+as\s+a\s+going\s+concern\b|"
                  # the headline's short form: "warns on going concern"
                  r"\bwarn(?:s|ed|ing)?\s+(?:on|of|over)\s+(?:its\s+)?going[\s-]concern\b")
# Insolvency procedures by the names other jurisdictions give them (Chapter 11 and administration are above):
# South Africa's business rescue, Singapore's judicial management, New Zealand's and Kenya's statutory management,
# Ireland's examinership, a provisional liquidation, court protection from creditors; Japan's and Korea's civil or
# corporate rehabilitation, Australia's small business restructuring, Britain's company voluntary arrangement (CVA).
_PROCEDURES = (r"(?:business\s+rescue|judicial\s+management|statutory\s+management|examinership|provisional\s+liquidation|"
               # India's Insolvency and Bankruptcy Code and its predecessor's board: "initiated CIRP in the matter of",
               # "has made a reference to the Board for Industrial and Financial Reconstruction (BIFR)"
               r"corporate\s+insolvency\s+resolution\s+process|(?-i:CIRP)|"
               r"board\s+for\s+industrial\s+and\s+financial\s+reconstruction|(?-i:BIFR)|"
               r"(?:court|creditor|bankruptcy)\s+protection|(?:civil|corporate)\s+rehabilitation|"
               # Canada's Bankruptcy and Insolvency Act: "made an assignment in bankruptcy", "filed a notice of intention to
               # make a proposal"
               r"assignment\s+in\s+bankruptcy|notice\s+of\s+intention\s+(?:to\s+make\s+a\s+proposal|under\s+the\s+(?:bia|"
               r"bankruptcy\s+and\s+insolvency\s+act))|"
               # the Code's chapter as the protection: "sought Chapter 11 protection in Texas"
               r"chapter\s+(?:11|15)\s+protection|"
               # a procedure by what a court does or by its law: "exited court-supervised restructuring", "open a
               # financial restructuring procedure under the Saudi Bankruptcy Law"
               r"court[\s-]+(?:supervised|led|ordered)\s+(?:restructuring|reorgani[sz]ation|rehabilitation)|"
               r"(?:procedure|proceedings|process)\s+under\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bankruptcy|insolvency)\s+"
               r"(?:law|code|act)|"
               # an insurer's rehabilitation, as a court orders it ("placed in rehabilitation", "granted a rehabilitation
               # order"; not a mine site's or a patient's: "began rehabilitation of the site")
               r"(?<=\bin\s)rehabilitation\b|(?<=\binto\s)rehabilitation\b|rehabilitation\s+order|"
               # ("enters rehabilitation", "introduced a rehabilitation procedure in respect of Saryarka Stroimaterialy")
               r"(?<=\benters\s)rehabilitation\b(?!\s+(?:clinic|cent(?:er|re)|facility|program(?:me)?|for|after)\b)|"
               r"(?<=\bentered\s)rehabilitation\b(?!\s+(?:clinic|cent(?:er|re)|facility|program(?:me)?|for|after)\b)|"
               r"small\s+business\s+restructuring|company\s+voluntary\s+arrangement|(?-i:CVA)|"
               # Turkey's concordat, Argentina's and Mexico's concurso, Brazil's recuperação judicial, Poland's
               # sanation, France's redressement judiciaire and sauvegarde, the Netherlands' suspension of payments,
               # Indonesia's PKPU; and any court's proceedings of the kind ("opened bankruptcy proceedings against")
               r"concordat|konkordato|concurso\s+(?:preventivo|mercantil)|recupera[cç][aã]o\s+judicial|"
               r"judicial\s+(?:recovery|reorgani[sz]ation)|sanation|sanacja|redressement\s+judiciaire|"
               # Latvia's legal protection proceedings (TAP), Israel's stay of proceedings, Greece's special administration
               r"legal\s+protection\s+proceedings?|stay\s+of\s+proceedings|special\s+administration|"
               r"(?:safeguard|sauvegarde)\s+proceedings?|suspension\s+of\s+payments|(?-i:PKPU)|"
               # and as the laws name them in their own words or translated: France's "procédure de sauvegarde",
               # "sauvegarde accélérée" and "liquidation judiciaire", Italy's "concordato (preventivo)" and
               # "amministrazione straordinaria" ("extraordinary administration"), Spain's "concurso de acreedores",
               # Portugal's "Processo Especial de Revitalização"
               r"proc[ée]dure\s+de\s+sauvegarde|sauvegarde\s+acc[ée]l[ée]r[ée]e|accelerated\s+safeguard(?:\s+proceedings?)?|"
               r"liquidation\s+judiciaire|concordato(?:\s+preventivo)?|amministrazione\s+straordinaria|"
               r"extraordinary\s+administration|concurso\s+de\s+acreedores|processo\s+especial\s+de\s+revitaliza[cç][aã]o|"
               # a US state's assignment for the benefit of creditors (an ABC), Sweden's and Finland's company
               # reconstruction, Switzerland's provisional (debt) moratorium
               r"assignment\s+for\s+the\s+benefit\s+of\s+(?:its\s+)?creditors|company\s+reconstruction|"
               r"(?:provisional|definitive)\s+(?:debt(?:-restructuring)?\s+)?moratorium|"
               r"(?:bankruptcy|insolvency|restructuring|reorganization|liquidation)\s+(?:proceedings|procedure))")
# Whom a court appoints to run one: "an interim examiner", "business rescue practitioners", "provisional liquidators".
_PROCEDURE_OFFICERS = rf"(?:joint\s+|provisional\s+|interim\s+)*{v.PROCEDURE_OFFICERS}"
_IN_A_PROCEDURE = (
    # a court asked to place the company under rehabilitation (the Philippines' and Korea's procedure): "has asked the
    # Regional Trial Court in Dagupan to place it under rehabilitation"
    r"\bto\s+(?:place|put)\s+(?:it|itself|the\s+company)\s+under\s+(?:corporate\s+)?rehabilitation\b|"
    # a failing bank or insurer placed under a regulator's control ("placed it in RTC conservatorship", "placing the
    # insolvent thrift in conservatorship")
    r"\b(?:plac|put)\w*\s+(?:\w+\s+){0,4}?in(?:to)?\s+(?:(?-i:[A-Z]{2,5})\s+|federal\s+|government\s+)?conservatorship\b|"
    # ("go" only as the verb: not "Government to revise Civil Rehabilitation Law")
    rf"\b(?:enter|plac|put|go(?:es|ing|ne)?\b|went|fil|seek|sought|appl|ask|request|admit|wind|wound|collaps|slid|head|push|"
    rf"forc|tip|drove|driv|"
    rf"plung|launch|mak|made|commenc|begin|began|begun|start(?!-?ups?\b)|open|grant|obtain|secur|won\b|wins?\b|"
    rf"receiv|initiat)\w*\s+(?:\w+\s+){{0,4}}?{_PROCEDURES}\b|"
    # the procedure begun, in the passive ("CIRP has been initiated against the said corporate debtor"), or an application
    # under the Code's sections admitted against the company ("has admitted the application filed by Deccan Bank under
    # Section 7 of the Insolvency and Bankruptcy Code, 2016 against Sabarmati Denim Mills"), or the creditors' resolve to
    # liquidate the corporate debtor (the Code's word for the company in the procedure)
    rf"\b{_PROCEDURES}\s+(?:has|have|had)\s+been\s+(?:initiated|commenced|admitted|ordered)\b|"
    r"\badmit\w*\s+(?:the\s+|an\s+|its\s+)?(?:application|petition)\b[^.;]{0,120}?\bunder\s+section\s+(?:7|9|10)\s+of\s+"
    r"(?:the\s+)?(?:insolvency\s+and\s+bankruptcy\s+code|(?-i:IBC))|"
    r"\bliquidat(?:e|ion\s+of)\s+the\s+corporate\s+debtor\b|"
    # an officer appointed to a company by name: "appointed an interim examiner to Lisdara Medical Devices", "appoints
    # joint administrators to Halden", "appointed a receiver over Quarry Lane"
    rf"\bappoint(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:{_PROCEDURE_OFFICERS})\s+"
    rf"(?:to|for|over|of|at)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    # a court's introduction of a procedure: "has introduced a rehabilitation procedure in respect of Saryarka Stroimaterialy"
    r"\bintroduc(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:rehabilitation|bankruptcy|insolvency|liquidation|restructuring)\s+"
    r"(?:procedure|proceedings)\b|"
    # an arrangement with creditors proposed: "proposes CVA to creditors", "has proposed a company voluntary arrangement"
    r"\bpropos(?:e|es|ed|ing)\s+(?:an?\s+)?(?:company\s+voluntary\s+arrangement|(?-i:CVA))\b|"
    rf"\b(?<!medical\s)(?<!bank\s)(?<!patent\s)(?<!insurance\s)(?<!state\s)(?<!federal\s)(?<!chief\s)"
    # (with the company it is appointed to, the phrase ends at the preposition: "LIQUIDATORS APPOINTED TO TOOWONG BUILDERS")
    rf"(?:{_PROCEDURE_OFFICERS})\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+|(?:is|are)\s+(?:to\s+be\s+)?)?appointed\b"
    r"(?:\s+(?:to|over)(?=\s+(?:the\s+)?(?-i:[A-Z])))?|"
    # (the active verb: "court-appointed receiver" is told in passing, and in "Kendall Price appointed administrators"
    # the name before is the officer, not the company)
    # (a regulator's, a court's or lenders' bare past, an officer who runs the company: "The central bank appointed a
    # statutory manager"; not an examiner "to review the accounts")
    r"\b(?<=bank\s|ourt\s|ator\s|ders\s|tors\s|rity\s|sion\s)appointed\s+(?:an?\s+|joint\s+|interim\s+|provisional\s+)*"
    r"(?:statutory\s+managers?|receiver[-\s]managers?|receivers?|liquidators?|administrators?)\b|"
    rf"\b(?:appoints?|appointing|(?:has|have|had)\s+(?:\w+\s+)?appointed|appointment\s+of)\s+"
    # ("to appoint joint and several voluntary administrators", "Appointment of voluntary administrators")
    rf"(?:an?\s+|joint\s+(?:and\s+several\s+)?|voluntary\s+)*(?:{_PROCEDURE_OFFICERS})\b|"
    # Canada's CCAA: "Obtains Initial Order under the CCAA", "granted an initial order under the Companies' Creditors
    # Arrangement Act"
    r"\binitial\s+order\s+under\s+the\s+(?:ccaa|companies['’]?\s+creditors['’]?\s+arrangement\s+act)\b|"
    # officers "called in" ("Receivers called in at Drumlin Developments", "calls in administrators")
    rf"\b(?:call|calls|called|calling)\s+in\s+(?:the\s+)?(?:{_PROCEDURE_OFFICERS})\b|"
    rf"\b(?:{_PROCEDURE_OFFICERS})\s+(?:(?:have|has)\s+been\s+|were\s+|are\s+|to\s+be\s+)?called\s+in\b|"
    # officers taking the company over: "Stonebridge Implement taken over by receiver", "a court-appointed receiver has
    # taken control of Stonebridge Implement Co." (the company after "of")
    rf"\b(?:taken\s+over|seized)\s+by\s+(?:an?\s+|the\s+)?(?:court-appointed\s+|joint\s+)?(?:{_PROCEDURE_OFFICERS})\b|"
    rf"\b(?:{_PROCEDURE_OFFICERS})\s+(?:(?:has|have|had)\s+)?(?:taken|took|takes|taking|seized?|assumed?)\s+"
    r"(?:control|charge|possession)\s+of\b")
# Shapes in the definition's own words (a going-concern doubt is, by the kinds' definition, a warning of
# bankruptcy, a procedure entered or its officer appointed and a petition to wind a company up are filings, a
# state's WARN notice is layoffs): a model that has seldom read them does not veto them (combine.py).
# A bank failed by its regulator, which puts it in receivership: "Iowa regulators close Grundy Ridge State Bank", "NCUA
# liquidates Mapleton Federal Credit Union", "FDIC named receiver", "appointed the Resolution Trust Corp. as receiver"
_A_BANK_FAILED = (rf"\b(?:regulators?|officials|commissioner|superintendent|{v.BANKING_AGENCIES}|fslic)\s+(?:on\s+\w+\s+)?"
                  r"(?:clos(?:e|es|ed)|seiz(?:e|es|ed)|shut(?:s)?|liquidat(?:e|es|ed))\s+(?:the\s+)?(?-i:[A-Z])|"
                  rf"\b(?:{v.BANKING_AGENCIES}|fslic)\.?\s+(?:(?:was|is|has\s+been)\s+)?(?:named|appointed)\s+(?:as\s+)?"
                  rf"receiver\b|\b(?:named|appointed)\s+(?:the\s+)?(?:{v.BANKING_AGENCIES}|fslic)\.?\s+(?:as\s+)?receiver\b")
# An emergence from a procedure, told now ("emerges from Chapter 11", "has emerged from bankruptcy", "exits examinership
# with new investor"): by the definition a bankruptcy event, in the law's own words (STATED)
_EMERGES_FROM_A_PROCEDURE = (r"\b(?:emerg(?:es?|ed|ing)|exit(?:s|ed|ing)?)\s+(?:from\s+)?(?:chapter\s+11|bankruptcy(?:\s+protection)?|administration|"
            r"receivership|examinership|business\s+rescue|creditor\s+protection|ccaa(?:\s+protection)?|"
            # Sweden's and Finland's: "emerges from reconstruction", "exits corporate restructuring"
            r"(?:company\s+|corporate\s+)?reconstruction|"
            # a court's own: "has exited court-supervised restructuring"
            r"court[\s-]+supervised\s+(?:restructuring|reorgani[sz]ation))\b(?!-)")
_A_WARN_NOTICE = r"(?-i:\bWARN\b)(?:\s+(?:Act\s+)?notices?|\s*[:|])"
_WIND_UP_PETITION = r"\bwinding[\s-]up\s+petition\b|\bpetitions?\s+to\s+wind\s+up\b"
# A company wound up: its owners or board resolving to wind it up, or seeking it ("shareholders vote to wind up company", "passed a
# special resolution to wind up the company voluntarily", "Kamoke Rice Exporters to seek winding up"): a liquidation by
# the law's own words
_WOUND_UP = (r"\b(?:resolution\s+(?:[\w-]+\s+){0,6}?|(?:resolved|resolves|vot(?:e|es|ed|ing)|decid(?:e|es|ed|ing))\s+)"
                           r"to\s+(?:voluntarily\s+)?wind\s+up\s+(?:the\s+)?(?:company|itself|business)\b"
                           # and a court's order to wind it up ("has ordered the winding up of Al-Falak Modaraba"), or its
                           # liquidator named ("appointed a chartered accountant as liquidator")
                           r"|\b(?:orders?|ordered|ordering)\s+(?:the\s+)?(?:compulsory\s+)?(?:winding[\s-]up|liquidation)\s+of\b"
                           r"|\bappoint(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?as\s+(?:the\s+)?(?:joint\s+|official\s+|"
                           r"provisional\s+)?liquidators?\b"
                           r"|\bs(?:eek|eeks|eeking|ought)\s+(?:its\s+own\s+|a\s+|the\s+)?(?:voluntary\s+)?winding[\s-]up\b")
# Staff counted after a verb whose object is always people, the definition's own act: "let go 22 engineers and
# drafters", "lays off 140 workers", "said goodbye to 45 talented colleagues", "furloughs 900".
_PEOPLE_LET_GO = (rf"\b(?:{_PEOPLE_CUT_VERB}|say(?:s|ing)?\s+goodbye\s+to|said\s+goodbye\s+to|part(?:s|ed|ing)?\s+ways\s+with)\s+"
                  rf"{_ABOUT}\d[\d,]*\s+"
                  rf"{_DESCRIBING}{{0,3}}{_STAFF_COUNTED}\b"
                  # or a count alone after a verb no claim or charge takes ("lays off 1,200 at Kessel", "furloughs 900";
                  # not "dismisses 3 of 5 claims")
                  rf"|\b{_ONLY_PEOPLE_VERB}\s+{_ABOUT}\d[\d,]*(?![\d,])(?!\s*(?:%|percent|pct))")
_A_GOING_CONCERN_WARNING = re.compile(_GOING_CONCERN, re.I)
# the law's words for a cut anywhere in a sentence (a shape found first may be another's: "implemented a Voluntary
# Retirement Scheme and has separated 640 employees")
LAYOFF_IN_LAW = re.compile(f"{_LAYOFF_IN_LAWS_WORDS}|{_SEPARATED_UNDER_INDIAS_LAW}", re.I)
STATED = re.compile(r"(?-i:\bRIFs?\b)|" f"{_GOING_CONCERN}|{_LAYOFF_IN_LAWS_WORDS}|{_SEPARATED_UNDER_INDIAS_LAW}|{_SENT_ON_FURLOUGH}|{_LAID_OFF_FROM}|{_IN_A_PROCEDURE}|{_A_WARN_NOTICE}|{_WIND_UP_PETITION}|"
                    f"{_A_BANK_FAILED}|{_PEOPLE_LET_GO}|{_WOUND_UP}|{_EMERGES_FROM_A_PROCEDURE}", re.I)
# options weighed with a filing among them: "is evaluating options including a bankruptcy filing", "exploring
# alternatives such as a Chapter 11 filing" (a warning: `bankruptcy_stage`)
_OPTIONS_WITH_A_FILING = (r"\b(?:prepar|consider|weigh|explor|mull|evaluat|review|assess)\w*\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:options|alternatives)\W+(?:(?:that|which)\s+(?:could\s+)?)?(?:include|including|such\s+as|"
                          r"like)\s+(?:an?\s+|the\s+)?(?:(?:possible|potential)\s+)?(?:chapter\s+11|bankruptcy|insolvency|"
                          r"administration)\b")
_BANKRUPTCY_SHAPE = Alternatives(re.compile(
    r"\b(?:files?|filed|filing)\s+(?:a\s+voluntary\s+petition\s+)?for\s+(?:its\s+own\s+)?(?:chapter\s+(?:11|7|15)|"
    r"(?:bankruptcy|insolvency|administration|liquidation|creditor\s+protection|(?:corporate\s+)?reorgani[sz]ation\b))|"
    # the wire's long form: "filed a petition for reorganization under Chapter 11 of the federal bankruptcy laws",
    # "sought protection from creditors under Chapter 11", "filed under the Bankruptcy Code"
    # (a person's own is not: "filed a personal petition under Chapter 11")
    r"\b(?:fil|s[eo]u?gh)\w*\s+(?:(?!personal|individual)[\w-]+\s+){0,6}?under\s+"
    r"(?:chapter\s+(?:11|7|15)|the\s+(?:federal\s+|u\.s\.\s+)?bankruptcy\s+(?:code|laws?|act))\b|"
    r"\b(?:enters?|entered|placed\s+(?:in|into)|goes\s+into|went\s+into|collaps(?:e|es|ed|ing)\s+into|"
    r"f(?:alls?|ell|allen|alling)\s+into)\s+(?:administration|receivership|liquidation)|"
    # an emergence, told now ("emerges from Chapter 11", "has emerged from bankruptcy", "exits bankruptcy"; not the
    # dated clause of a company's past, which hard_negative reads)
    rf"{_EMERGES_FROM_A_PROCEDURE}|"
    # "is in administration as of this morning", "has been in receivership since May"
    r"\b(?:is|are|now|has\s+been|have\s+been|remains?)\s+(?:now\s+)?in\s+(?:administration|receivership|liquidation|"
    r"chapter\s+(?:11|7|15))\b|"
    # a headline's shorthand, the name then the state, the clause ending there: "Rexford IT Solutions in liquidation,
    # 30 staff laid off", "Cocoa processor Zaanstroom bankrupt"
    # (the phrase is the state, the name before it the company's)
    r"(?-i:[A-Z][\w&.'’-]*)\s+(?P<in_state>in\s+(?:administration|receivership|liquidation)|bankrupt|liquidated)"
    r"(?=\s*(?:$|[,;:.!?]|[-–—]\s))|"
    # a court's procedure opened or granted: "placed the construction company Kiviniemi Rakennus Oy in corporate
    # restructuring proceedings", "granted ... a provisional composition moratorium"
    # (or a company winding down through one: "winds down through assignment for the benefit of creditors")
    rf"\b(?:plac|put|grant|open|admit|ask|appl|request|sought|seek|winds?\s+down|wound\s+down|winding\s+down)\w*\s+"
    rf"(?:[\w.'’-]+\s+){{0,6}}?(?:in(?:to)?\s+|under\s+|to\s+|for\s+|through\s+|via\s+|an?\s+|the\s+)*"
    rf"(?:(?:provisional|definitive)\s+)?"
    rf"(?:(?:corporate\s+restructuring|reorgani[sz]ation|insolvency|bankruptcy|composition)\s+(?:proceedings|moratorium)\b|"
    rf"{_PROCEDURES})|"
    # "Celsius goes bankrupt", "declares bankruptcy", "a court ordered it to liquidate", "to be liquidated"
    r"\b(?:go|goes|went|gone|going)\s+(?:bankrupt|bust|into\s+bankruptcy)\b|"
    r"\bdeclar(?:e|es|ed|ing)\s+(?:itself\s+)?(?:bankruptcy|bankrupt|insolvency|insolvent)\b|"
    r"\b(?:ordered|forced)\s+(?:it\s+)?(?:to\s+liquidate|into\s+(?:liquidation|administration|receivership))\b|"
    # a regulator's or a board's decision: "revoked the banking licence of JSC Finansovy Aliyans and decided to
    # liquidate it" (not a fund's or a stake's: the object is the company itself)
    r"\b(?:decided|decides|resolved|resolves|voted|votes)\s+to\s+liquidate\s+(?:it|itself|the\s+(?:bank|company|lender|"
    r"insurer|firm))\b|"
    r"\bto\s+be\s+liquidated\b|"
    # a warning: "impending bankruptcy", "preparing a Chapter 11 filing", "on the brink of insolvency"
    r"\b(?:impending|looming|imminent|possible|potential|likely)\s+(?:chapter\s+11\s+)?(?:bankruptcy|insolvency)\b|"
    # a creditor's petition to wind the company up ("files winding-up petition against Stanbury Scaffolding")
    r"\bwinding[\s-]up\s+(?:petition|order)\b|\bpetitions?\s+to\s+wind\s+up\b|"
    # Japan's and Korea's court procedures by their laws' names, filed for or applied for ("files for corporate
    # reorganization", "filed for protection under the Corporate Reorganization Law", "applies for rehabilitation")
    r"\b(?:fil|appl|sought|seek)\w*\s+(?:for\s+)?(?:protection\s+under\s+the\s+)?(?:corporate\s+reorgani[sz]ation|"
    r"(?:civil\s+|corporate\s+)?rehabilitation)\b|"
    rf"{_A_BANK_FAILED}|{_WOUND_UP}|"
    # its own petition: "petitions for winding up", "petitioned for bankruptcy", "asked the High Court to wind up the
    # carrier"
    # (and "file a petition for the company's winding up by the court")
    r"\bpetition(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?for\s+(?:its\s+own\s+|a\s+|the\s+company['’]s\s+|the\s+)?(?:winding[\s-]up|liquidation|"
    r"bankruptcy|insolvency)\b|"
    r"\b(?:ask|appl|petition)\w*\s+(?:[\w'’-]+\s+){0,5}?court\s+to\s+(?:wind\s+up|liquidate)\b|"
    # a court's order in the verb's form: "High Court orders winding up of Strathwell Coaches", "to be wound up"
    r"\b(?:to\s+be|was|were|been|is\s+being)\s+(?:compulsorily\s+)?wound\s+up\b|"
    # (the procedures other jurisdictions have for the same thing are _IN_A_PROCEDURE, tried in shape() below)
    # signs of a filing ahead: restructuring advisers hired, a coupon or an interest payment skipped
    r"\b(?:hir|retain|tap|engag)\w*\s+(?:\w+\s+){0,2}?(?:restructuring|bankruptcy|insolvency)\s+(?:advis[eo]rs?|lawyers|counsel|firms?|experts|specialists)\b|"
    r"\b(?:skip|miss)\w*\s+(?:an?\s+|its\s+|a\s+\$[\d.,]+\s*\w+\s+|\$[\d.,]+\s*\w+\s+)?(?:bond\s+)?(?:coupon|interest\s+payment|debt\s+payment|"
    r"bond\s+payment|loan\s+payment)s?\b|"
    # an auditor's doubt that the company can go on (the definition's own words: see STATED)
    rf"{_GOING_CONCERN}|"
    r"\b(?:(?:prepar|consider|weigh|explor|mull)\w*|nears|neared|nearing)\s+(?:an?\s+)?(?:(?:chapter\s+11|bankruptcy|insolvency)\s+)?"
    r"(?:filing|bankruptcy|insolvency)\b|\b(?:brink|verge)\s+of\s+(?:chapter\s+11|bankruptcy|insolvency)\b|"
    rf"{_OPTIONS_WITH_A_FILING}|"
    # "skips bond payment, nears Chapter 11"
    r"\b(?:nears|neared|nearing)\s+(?:a\s+)?chapter\s+11\b", re.I))
SHAPES = {LAYOFFS: _LAYOFF_SHAPE, BANKRUPTCY: _BANKRUPTCY_SHAPE}
# Shapes tried only where one of their words is (each word a cheap substring test on the lower-cased sentence): a
# programme of cuts; the procedures other jurisdictions have for a filing, entered or placed in ("voluntarily placed
# itself in business rescue", "seeks court protection from creditors"), or told by the officer a court appoints to run
# them ("an interim examiner appointed to", "provisional liquidators")
_PROCEDURE_WORDS = ("rescue", "management", "examiner", "reorgani", "liquidat", "protection", "receiver", "administrator",
                    "practitioner", "rehabilitation", "small business restructuring", "voluntary arrangement", "cva",
                    "initial order", "concordat", "konkordato", "concurso", "judicial", "sanation", "redressement",
                    "safeguard", "sauvegarde", "suspension of payments", "pkpu", "proceedings",
                    "benefit of", "reconstruction", "moratorium", "assignment in bankruptcy", "notice of intention to make",
                    "notice of intention under", "conservatorship",
                    "procedure", "supervised", "statutory manag", "receiver-manag",
                    "cirp", "insolvency resolution", "bifr", "industrial and financial reconstruction", "corporate debtor",
                    "section 7", "section 9", "section 10")
_RARER_SHAPES = {LAYOFFS: (_RARER_CUT_WORDS, _RARER_CUTS),
                 BANKRUPTCY: (_PROCEDURE_WORDS, Alternatives(re.compile(_IN_A_PROCEDURE, re.I)))}


def _without(sentence: str, found: re.Match) -> str:
    """The sentence with what `found` matched (in it or in its lower-cased copy) taken out: what a negative explains
    away, so that a shape still told elsewhere in the sentence can be looked for."""
    return sentence[:found.start()] + " " + sentence[found.end():]


def shape(kind: str, sentence: str) -> str | None:
    """The phrase that reports an event of `kind` by its shape, or None: not when a negation governs it
    ("isn't aimed at cutting jobs", "has no plan to cut staff", "will not lay off workers")."""
    match = SHAPES[kind].search(sentence)
    if match is None and kind in _RARER_SHAPES:
        words, rarer = _RARER_SHAPES[kind]
        lowered = sentence.lower()
        match = rarer.search(sentence) if any(word in lowered for word in words) else None
    if match is None or _NEGATED.search(sentence[max(0, match.start() - 60):match.start()]):
        return None
    if kind == LAYOFFS and (match.groupdict().get("closing") or _A_CLOSURE.search(match.group(0))) and _TEMPORARY.search(sentence):
        return None  # a halt, not a closure; a cut ("sheds 300 jobs and halts production") is still one
    if kind == LAYOFFS and match.group(0).lower().startswith("idl") and (not _A_CLOSURE.search(sentence)
                                                                       or _TEMPORARY.search(sentence)):
        return None  # "idles 2,000 workers for two weeks": a halt; only beside a closure ("to close ..., idling 430")
    if kind == LAYOFFS and "furlough" in match.group(0).lower() and _sent_home_for_a_while(sentence):
        return None  # "furloughs 300 for six weeks, recall set for Feb. 20": staff sent home for a while, not cut
    if kind == LAYOFFS and _AT_RISK.search(match.group(0)) and _A_FILING.search(sentence):
        return None  # "enters administration, putting 2,300 jobs at risk": the filing is the news, no cut yet
    return match.group("in_state") if kind == BANKRUPTCY and match.groupdict().get("in_state") else match.group(0)


_A_CLOSURE = re.compile(r"(?i)\b(?:clos|shut)")
_A_COUNT = re.compile(r"\d")
_RECALLED = re.compile(r"(?i)\brecall(?:ed|s)?\b|\b(?:scheduled|due|expected)\s+to\s+return\b")


def _sent_home_for_a_while(sentence: str) -> bool:
    """A furlough with the staff's return set ("recall set for Feb. 20", "scheduled to return"): a furlough for an
    unsaid time, or while lines are halted, is told as a cut."""
    return _RECALLED.search(sentence) is not None


FURLOUGHED_FOR_A_WHILE = "a furlough with the staff coming back, no cut"
_AT_RISK = re.compile(r"(?i)\bat\s+risk\b")
# "appointed administrators, putting about 70 jobs in limbo": jobs at stake in a filing, none cut yet
_JOBS_AT_STAKE = re.compile(r"\b(?:jobs|staff|workers|employees|positions|roles)\s+(?:worldwide\s+|globally\s+|there\s+|"
                            r"(?:in|at)\s+[A-Za-z]+\s+)?(?:are\s+|were\s+|now\s+)?"
                            r"(?:at\s+risk|at\s+stake|depend\s+on|in\s+limbo|in\s+doubt|in\s+jeopardy|under\s+threat|"
                            r"hang(?:s|ing)?\s+in\s+the\s+balance)\b")
JOBS_AT_STAKE = "jobs at stake in a filing, none cut yet"


def only_jobs_at_stake(sentence: str) -> bool:
    """The sentence's only word of cuts is jobs at risk ("About 1,100 jobs are at stake."): after a filing the story
    told, the filing's stakes, not a cut."""
    at_stake = _JOBS_AT_STAKE.search(sentence.lower())
    return at_stake is not None and shape(LAYOFFS, _without(sentence, at_stake)) is None
# A product shut down, not a workplace: "the app will shut down in 60 days", "Tinkerbox's app will be shut down next
# month and its team will join Vesperine" (a cut told beside it stands: "..., and 40 staff were laid off")
_PRODUCT_SHUT = re.compile(r"\b(?:app|apps|feature|features|service|product|products|platform|website|game|tool)\s+"
                           r"(?:will\s+(?:be\s+)?|is\s+(?:being\s+)?|to\s+be\s+|was\s+|were\s+|are\s+(?:being\s+)?)?"
                           r"(?:shut(?:ting)?|wound|wind(?:ing)?)\s+down\b")
PRODUCT_CLOSED = "a product shut down, not a workplace, and no cut told"
_A_FILING = re.compile(r"(?i)\b(?:bankrupt\w*|chapter\s+(?:11|7|15)|insolven\w*|receiver\w*|administrat(?:ion|ors?)|liquidat\w*)\b")
# A negation a few words before the shape, with nothing that closes its clause in between.
_NEGATED = re.compile(r"\b(?:not|never|no|without|n't)\b(?:\s+[\w'’-]+){0,3}\s+$|n't(?:\s+[\w'’-]+){0,3}\s+$", re.I)


def details(kind: str, sentence: str) -> dict:
    """The fields an event of `kind` takes from one sentence: `jobs` and `share` for layoffs (None where the
    sentence does not give them), `stage` for a bankruptcy."""
    if kind == LAYOFFS:
        return {"jobs": jobs_cut(sentence), "share": share_cut(sentence)}
    if kind == BANKRUPTCY:
        return {"stage": bankruptcy_stage(sentence)}
    return {}


_THE_WHOLE_STAFF = re.compile(r"\bof\s+(?:its|their|the|our)\s+(?:roughly\s+|about\s+|some\s+|nearly\s+)?$", re.I)


def jobs_cut(sentence: str) -> int | None:
    """The number of jobs a sentence says are cut; the largest when it gives several ("another 2,000 jobs
    after already cutting 2,800 positions" -> 2,800 is history, but the larger count is the safer read of
    how big the company's cuts are)."""
    # (not the whole staff a share is taken of: "about a third of its 90 employees", "28 of its 120 staff")
    counts = [_count(match.group(1), match.group(2)) for pattern in (_JOBS, _JOBS_AFTER_VERB)
              for match in pattern.finditer(sentence) if not _THE_WHOLE_STAFF.search(sentence, 0, match.start())]
    counts = [count for count in counts if 1 <= count < 2_000_000]
    return max(counts) if counts else None


def share_cut(sentence: str) -> float | None:
    """The share of staff cut, as a fraction (0.1 for "10% of its workforce")."""
    for match in _SHARE.finditer(sentence):
        value = float(match.group(1) or match.group(2))
        if 0 < value <= 100:
            return round(value / 100, 4)
    match = _SHARE_IN_WORDS.search(sentence)
    return round(_SHARE_WORDS[match.group(1).lower()], 4) if match else None


def bankruptcy_stage(sentence: str) -> str:
    lowered = sentence.lower()
    if _EMERGED.search(lowered):
        return BANKRUPTCY_EMERGED
    if _WARNING.search(lowered) or _A_FILING_AMONG_OPTIONS.search(lowered):
        return BANKRUPTCY_WARNING
    return BANKRUPTCY_FILED


_A_FILING_AMONG_OPTIONS = re.compile(_OPTIONS_WITH_A_FILING)


# Cuts undone: "reverses newsroom layoffs", "has rescinded the planned layoffs", "dropped a proposal to cut 500 jobs"
# (its object right after it, one word at most besides a determiner: "shares drop as it cuts jobs" undoes nothing)
_UNDONE = re.compile(r"\b(?:revers|rescind|cancel|withdr|scrap|dropp?|abandon|shelv)\w*\s+(?:(?:a|an|the|its|their|"
                     r"planned|proposed|announced|previously|some|all)\s+){0,2}(?:(?!and\b|as\b|after\b|amid\b|while\b|"
                     r"on\b|with\b|but\b|to\b)[\w-]+\s+)?(?:layoffs?|job\s+cuts|redundancies|closures?|shutdown|"
                     r"(?:redundancy|layoff)\s+(?:notices?|plans?|proposals?|programme)|(?:plans?|proposals?)\s+"
                     r"(?:to|for)\b)"
                     # the passive: "redundancy plan withdrawn", "job cuts have been scrapped"
                     r"|\b(?:layoffs?|job\s+cuts|redundanc(?:y|ies))\s+(?:plans?\s+|proposals?\s+|programme\s+)?(?:is\s+|was\s+|were\s+|"
                     r"has\s+been\s+|have\s+been\s+)?(?:withdrawn|scrapped|reversed|cancell?ed|dropped|shelved|rescinded|abandoned)\b")
# A company saying a cut will not come: "denies", "rules out", "dismisses reports of"
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rul(?:es?|ed|ing)\s+out|dismiss(?:es|ed|ing)?\s+(?:the\s+|a\s+)?reports?|"
                     # (a claim dismissed is a denial of what it claims: "dismissed a union claim that ... planned to cut
                     # 300 jobs"; not "dismissed safety claims and said it would lay off 300")
                     r"dismiss(?:es|ed|ing)?\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?claims?(?=\s+(?:that|of)\b))\b")
# a headline's question answered no by the company: "Hallasan Cement to cut jobs? Company says no"
_ANSWERED_NO = re.compile(r"\?\s*(?:[\w'’-]+\s+){0,2}?(?:says?|said)\s+no\b")
# where the denial's clause ends: a comma, a full stop, a semicolon, "but", "while", "although"
_CLAUSE_BREAK = re.compile(r"[,.;]\s|\b(?:but|while|although|though|however)\b")
# A headline that asks ("Is Brambleton Cinemas Headed for Bankruptcy?", "Could Quillmark Go Bankrupt?"): speculation
_QUESTION = re.compile(r"^\W*(?:is|are|was|were|could|can|will|would|should|might|may|does|do|did|has|have)\b[^?.!]*\?")
# the same question after a clause ("$BLRN down 22% today, is this thing going bankrupt?"), or a case supposed ("What
# happens to my 401k if my employer goes bankrupt?"): read only where no shape stands before it
_A_LATER_QUESTION = re.compile(r"[,;:]\s*(?:is|are|was|were|could|can|will|would|should|might|may|does|do|did|has|have)\b"
                               r"[^?.!,;]*\?")
_A_CASE_SUPPOSED = re.compile(r"\bif\s+(?:[\w'’$-]+\s+){0,4}?(?:goes|go|went|were\s+to\s+go|files?|filed)\s+"
                              r"(?:bankrupt|bust|under|for\s+(?:bankruptcy|chapter))\b")
SUPPOSED = "a case supposed, not a filing reported"
# A person's bankruptcy: an occupation before the name, or in its place ("Hollywood Producer Marcus Vale Files for
# Bankruptcy", "declared former hedge fund manager Gideon Farrow bankrupt", "Former shipping magnate declared bankrupt")
# A fund, a position or a stake wound down ("to liquidate flagship hedge fund"): no company's procedure
_FUND_LIQUIDATED = re.compile(r"\bliquidat(?:e|es|ed|ing)\s+and\s+(?:close|shut)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,5}?"
                              r"(?:funds?|etfs?)\b|"
                              r"\bliquidat\w*\s+(?:its\s+|the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:funds?|etfs?|"
                              r"positions?|stakes?|holdings)\b")
FUND_LIQUIDATED = "a fund, a position or a stake liquidated, no company's procedure"
_OCCUPATION = (r"(?i:\b(?:producer|chef|manager|star|actor|actress|singer|rapper|musician|tycoon|mogul|billionaire|"
               r"millionaire|investor|banker|athlete|player|cricketer|footballer|boxer|coach|comedian|influencer|"
               r"youtuber|author|celebrity|magnate|heir|heiress|socialite|politician|senator|governor|mayor|"
               r"restaurateur|hotelier|entrepreneur|businessman|businesswoman|publican|farmer|jockey|golfer|surgeon|"
               r"dentist|solicitor|barrister|architect|rancher|fisherman))")
# (a word only ever a person, which may stand for the name: "magnate", not "producer" in "Shale producer files")
_ONLY_A_PERSON = (r"(?i:\b(?:tycoon|mogul|magnate|billionaire|millionaire|celebrity|heir|heiress|socialite|footballer|"
                  r"cricketer|boxer|athlete|rapper|singer|actor|actress|comedian|influencer|youtuber|politician))")
# (a run of capitalised words with no legal form in it: "Shale producer Sandbar Energy Inc. filed" is a company's)
_A_PERSONS_NAME = (r"(?:(?!(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|plc|PLC|AG|SA|NV|GmbH|Group|"
                   r"Holdings)\b)[A-Z][\w'’.-]*\s+)")
_PERSON_BANKRUPT = re.compile(
    rf"(?:{_OCCUPATION}\s+{_A_PERSONS_NAME}{{1,3}}|{_ONLY_A_PERSON}\s+{_A_PERSONS_NAME}{{0,3}})"
    r"(?i:files?|filed|filing|declared|(?:is|was|been)\s+(?:declared|adjudicated|adjudged)|adjudicated|adjudged|"
    r"goes|went|bankrupt)\b"
    # "files for personal bankruptcy", "over an unpaid personal guarantee", "filed for personal Chapter 7 bankruptcy",
    # "in his capacity as personal guarantor": a person's, whoever files
    # (Canada's for a person: "files consumer proposal")
    # ("placed under personal PKPU", Indonesia's suspension of debt payments for a person; "in his personal capacity")
    r"|(?i:\bpersonal\s+(?:chapter\s+\d+\s+)?(?:bankruptcy|insolvency|guarantee|guarantors?|pkpu|capacity)\b|"
    r"\bpersonally\s+bankrupt\b|"
    r"\bconsumer\s+proposals?\b|"
    r"\b(?:personal|individual)\s+chapter\s+\d+\b)"
    # a former someone's bankruptcy: a company is never a former one ("Ex-pro basketball guard's bankruptcy case
    # closed", "challenge to ex-airline director's bankruptcy discharge")
    rf"|(?i:\b(?:former|ex-)\s*(?:[\w&-]+\s+){{0,3}}?(?:{_OCCUPATION}|guard|director|executive|chief|boss|owner|"
    r"founder|chairman|ceo|pro))['’]s\s+(?:personal\s+)?bankruptcy\b"
    # one of a trade, unnamed: "dismissed the bankruptcy case of a Montana rancher"
    rf"|(?i:\bbankruptcy\s+(?:case\s+|estate\s+|petition\s+)?of\s+an?\s+(?:[\w-]+\s+){{0,3}}?){_OCCUPATION}\b"
    # "DISCLOSURE OF BANKRUPTCY APPLICATION AGAINST A DIRECTOR"
    r"|(?i:\bbankruptcy\s+(?:applications?|petitions?)\s+against\s+(?:an?\s+|its\s+|the\s+)?(?:former\s+)?(?:director|"
    r"officer|executive|chairman|founder|shareholder)\b)"
    # a holder of a post declared bankrupt: "court declares former developer chairman Leung bankrupt"
    r"|(?i:\b(?:declar|adjudg)\w*\s+(?:(?:former|ex-)\s*)?(?:[\w-]+\s+){0,2}?(?:chairman|chairwoman|founder|tycoon|"
    r"executive|director|ceo)\s+)(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?i:bankrupt)\b"
    # an owner or a founder of a company declared bankrupt: "Court declares former owner of Sotsinvestbank bankrupt",
    # "declares co-founder of defunct airline Sever-Avia bankrupt"
    r"|(?i:\b(?:declar|adjudg|recogni[sz])\w*\s+(?:(?:former|ex-)\s*)?(?:main\s+|majority\s+)?(?:owner|co-?founder|founder|"
    r"beneficiary|shareholder|chairman|director)\s+of\s+(?:[\w&.'’-]+\s+){1,5}?(?:as\s+)?(?:personally\s+)?bankrupt\b)"
    # someone "former" declared bankrupt ("Former Northbridge Homes boss declared bankrupt", "Former property developer
    # declared bankrupt in High Court"): a company is never a former one
    r"|(?i:\b(?:former|ex-)\s*(?:[\w&'’-]+\s+){0,4}?(?:is\s+|was\s+|has\s+been\s+)?(?:declared|adjudicated|adjudged|"
    r"made)\s+bankrupt\b)"
    # (with an aside between, a person's post of a company first: "A former manager of Ardcarne Credit Union, jailed last
    # year for theft, has been declared bankrupt"; not "The former state-owned carmaker, Ostler Motors, was declared")
    rf"|(?i:\b(?:former|ex-)\s*(?:[\w-]+\s+){{0,2}}?(?:{_OCCUPATION}|treasurer|secretary|director|executive|chief|boss|"
    r"owner|founder|chairman|chairwoman|president|partner|ceo|cfo)\s+of\s+[^,.;]{1,60},[^,.;]{1,80},\s+"
    r"(?:is\s+|was\s+|has\s+been\s+)?(?:declared|adjudicated|adjudged|made)\s+bankrupt\b)"
    # a word only ever a person's, declared bankrupt or insolvent: "Court declares textile tycoon insolvent", "declared a
    # prominent textile industrialist insolvent"
    rf"|(?i:\b(?:declar|adjudg)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ONLY_A_PERSON}|industrialist|"
    r"businessman|businesswoman|entrepreneur)\s+(?:as\s+)?(?:bankrupt|insolvent)\b)"
    # the occupation after the name: "Dalton R. Whitcombe, a restaurateur and former franchisee, filed"
    rf"|(?-i:[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+),\s+(?i:an?\s+(?:former\s+|retired\s+)?){_OCCUPATION}\b"
    # the other way round: "trustee appointed in the bankruptcy of celebrity chef Marco Delaine"
    rf"|(?i:\bbankruptcy\s+(?:case\s+|estate\s+)?of\s+(?:the\s+)?(?:former\s+|ex-)?(?:[\w-]+\s+)?){_OCCUPATION}\s+[A-Z]")
PERSON_BANKRUPT = "a person's bankruptcy, not a company's"
# A post's holder called administrator leaving it, as the verb's subject ("The licensed administrator of Maple Court, a
# single 90-bed facility, has resigned"), or named to a public office's post: a nursing home's, a hospital's or an
# agency's manager, no officer of a procedure
_AN_ADMINISTRATOR_LEAVES = re.compile(r"\badministrator\s+(?:of\s+[^,.;]{1,60}?)?(?:\s*,[^,.;]{1,80},)?\s+(?:has\s+|have\s+)?"
                                      r"(?:resign(?:s|ed)?|retire[sd]?|step(?:s|ped)?\s+down|quit(?:s)?|depart(?:s|ed)?|"
                                      r"leaves|left)\b(?!\s+(?:creditors|the\s+company|it|them|staff|suppliers)\b)"
                                      # or named to such a post by its kind: "named a career official as acting assistant
                                      # administrator for the Office of Land"
                                      r"|\b(?:named|appointed|names|appoints|promoted)\b[^.;]{0,60}?\bas\s+(?:(?:acting|assistant|"
                                      r"deputy|associate|regional|interim)\s+)+administrator\b")
ADMINISTRATOR_LEAVES = "an administrator leaving a post, no procedure"
# A person's rehabilitation: "founder enters rehabilitation clinic", "entered rehab for alcohol abuse"
_A_PERSONS_REHAB = re.compile(r"\brehab(?:ilitation)?\b\s+(?:clinic|cent(?:er|re)|facility|program(?:me)?|for)\b")
A_PERSONS_REHAB = "a person's rehabilitation, no procedure"


def _a_persons_bankruptcy(sentence: str) -> bool:
    """A person's by the shapes above, unless the name there ends as companies' names do ("Video podcast producer
    Roundtable Media files for bankruptcy": a producer that is a company)."""
    from pipeline.detection.mentions import bundled_name_endings

    endings = bundled_name_endings()
    return any(not (_AN_OCCUPATION_FIRST.match(found.group(0)) and
                    any(word.lower() in endings for word in _CAPITALISED_WORD.findall(found.group(0))))
               for found in _PERSON_BANKRUPT.finditer(sentence))


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_AN_OCCUPATION_FIRST = re.compile(rf"{_OCCUPATION}\s")
# The Code's chapters for people: 13 for an individual's wage-earner plan, 12 for a family farmer's or fisherman's
# ("Nebraska farmer files Chapter 12 after hail destroys crop"); a company's are 7, 11 and 15, which a sentence naming
# both may still be about ("converted from Chapter 13 to Chapter 7")
_A_PERSONS_CHAPTER = re.compile(r"\bchapter\s+1[23]\b")
# the writer's own ("I filed chapter 7 last year, AMA"; "we" is as often a company speaking)
_THE_WRITERS_FILING = re.compile(r"\bi\s+(?:just\s+|recently\s+|finally\s+|have\s+|had\s+)?(?:filed|am\s+filing)\s+"
                                 r"(?:for\s+)?(?:chapter\s+\d+|bankruptcy)\b|"
                                 # or the asker's own ("Will filing for bankruptcy ruin my credit forever?", "My husband
                                 # and I are thinking about Chapter 7"; not "your credit card miles" after a company's
                                 # filing, nor "we", which a company speaks as), or one told as one's own ("Filed Chapter
                                 # 7 personally after being laid off")
                                 r"\b(?:ruin|hurt|affect|wreck|damage)\w*\s+my\s+credit(?!\s+card)\b|"
                                 r"\bi\s+(?:are|am|were|was)\s+(?:thinking\s+(?:about|of)|considering)\s+"
                                 r"(?:filing\s+(?:for\s+)?)?(?:chapter\s+\d+|bankruptcy)\b|"
                                 r"\bfiled\s+(?:for\s+)?(?:chapter\s+\d+|bankruptcy)\s+personally\b")
_A_COMPANYS_CHAPTER = re.compile(r"\bchapter\s+(?:7|11|15)\b")
QUESTION = "a question, not a report"
# A model reads words, not what negates them ("no plans to shut the plant or cut its 400 jobs" scores 0.99): a
# denial with no cut or filing reported beside it is no event by definition (combine.py lets no score override it).
SAID_NOT_TO_HAPPEN = "said not to happen, and nothing beside it reports one"
CUTS_UNDONE = "cuts reversed, dropped or scrapped, and nothing after reports others"
# "A decade after bankruptcy, Aldermoor Steel posts record profit", "How Tarrington Rail rebuilt itself after its 2009
# bankruptcy": the filing is behind the company, dated by the years since or its year
_BANKRUPTCY_BEHIND = re.compile(r"\b(?:steer(?:ed|ing)?|guid(?:ed|ing)|led|leading|shepherd(?:ed|ing)?|took|taking|"
                                r"brought|bringing)\s+(?:\w+\s+){0,3}?(?:through|out\s+of)\s+(?:its\s+|a\s+|the\s+|their\s+)?"
                                r"(?:chapter\s+11|bankruptcy|administration|receivership)(?:\s+(?:reorganization|protection|"
                                r"process))?\b|"
                                r"\b(?:years?|decades?|a\s+decade|months)\s+(?:after|since)\s+(?:its\s+|the\s+|their\s+)?"
                                r"(?:bankruptcy|chapter\s+11|administration)\b|"
                                # ("Ten years ago this week Garrick Systems filed Chapter 11": its clause; not "Two
                                # years ago X was valued at $2 billion, and on Monday it filed")
                                r"^\W*(?:[\w-]+\s+){1,3}(?:years?|decades?)\s+ago\b[^.;!?,]*|"
                                # the time since a filing told, as the setting of another event ("have resigned, ... a week
                                # after it filed for bankruptcy"), as a cut's is (_CUTS_BEHIND)
                                r"\b(?:days|weeks|months|a\s+(?:day|week|month))\s+after\s+(?:it|they|the\s+(?:[\w-]+\s+){0,3}?\w+)\s+"
                                r"(?:had\s+)?(?:filed|went|was\s+placed|collapsed)\s+(?:for|into|in)\s+(?:bankruptcy|chapter\s+11|"
                                r"administration|receivership|liquidation)\b|"
                                # ("A decade after Parcelgate went into administration in 2014")
                                r"\b(?:years|decades|a\s+decade)\s+after\s+(?:[\w&'’-]+\s+){1,4}?(?:went|was\s+placed|filed|"
                                r"collapsed)\s+(?:into|in|for)\s+(?:administration|receivership|liquidation|bankruptcy|"
                                r"chapter\s+11)\b|\b(?:after|since|following)\s+(?:its|the|their)\s+"
                                r"(?:19|20)\d\d\s+(?:bankruptcy|chapter\s+11|filing|restructuring)\b|"
                                # an emergence as a clause of time: "cuts 90 jobs, less than a year after emerging from
                                # Chapter 11"
                                r"\b(?:after|since|following)\s+(?:its\s+|their\s+)?(?:emerg(?:ing|ence)|exit(?:ing)?)\s+from\s+"
                                r"(?:chapter\s+11|bankruptcy|administration|receivership|ccaa|creditor\s+protection)\b"
                                # a dated clause beside the news: "Brenner Air, which emerged from bankruptcy in 2009, posts
                                # record profit"
                                # (or after a description: "Marquee Row, the 140-screen chain that exited bankruptcy
                                # last year")
                                r"|(?:,|\s)\s*(?:which|that|who)\s+(?:\w+\s+){0,2}?"
                                r"(?:emerged\s+from|filed\s+for|went\s+(?:through|into)|"
                                r"exited|left)\s+(?:chapter\s+11|bankruptcy|administration|receivership)\s+(?:protection\s+)?"
                                r"(?:in\s+(?:19|20)\d\d|last\s+year|\w+\s+years\s+ago)\b")
# Cuts told in a clause as the company's past, dated: "Keyhaven, the wallet provider that laid off half its staff in
# March", "which shed 200 jobs last year", "weeks after it cut 35 jobs"
# (a count's thousands are no clause's end: "which cut 1,400 jobs last year")
_CUTS_BEHIND = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+)?(?:laid\s+off|cut|shed|eliminated|slashed|axed)\b"
                          rf"(?:[^,.;]|(?<=\d)[,.](?=\d)){{0,80}}?\b(?:in\s+(?:{_A_MONTH}|(?:19|20)\d\d)|last\s+(?:year|month|week|spring|summer|autumn|"
                          r"fall|winter)|earlier\s+this\s+year|a\s+year\s+ago)\b"
                          # or by the time since: "has left the agency, weeks after it cut 35 jobs"
                          r"|\b(?:days|weeks|months|years|a\s+(?:week|month|year))\s+after\s+"
                          # ("weeks after the embedded insurance startup cut a third of its staff")
                          r"(?:it|they|the\s+(?:[\w-]+\s+){0,3}?\w+)\s+(?:had\s+)?"
                          r"(?:laid\s+off|cut|shed|eliminated|slashed|axed)\b")
# A market or a line of business left, with no cut of staff told: "Harlow Textiles exits Mexican market", "to exit
# consumer printer business", "Nomadic Coffee leaves the Canadian market"
_MARKET_LEFT = re.compile(r"\b(?:exit(?:s|ed|ing)?|leav(?:e|es|ing)|left|quit(?:s|ting)?|pull(?:s|ed|ing)?\s+out\s+of|"
                          r"withdraw(?:s|ing)?\s+from)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:market|markets|business|"
                          r"segment|category)\b")
MARKET_LEFT = "a market or a business left, no staff cut told"
# jobs saved: "saves 800 jobs", "saving all 210 jobs"
_JOBS_SAVED = re.compile(r"\bsav(?:e|es|ed|ing)\s+(?:about\s+|some\s+|nearly\s+|all\s+|more\s+than\s+)?(?:[\d,]+\s+)?"
                         r"(?:jobs|positions|roles|posts)\b")
CUTS_TOLD_AS_HISTORY = "cuts told in a dated clause as the company's past"
BANKRUPTCY_TOLD_AS_HISTORY = "a bankruptcy told as history"
# a filing now beside the one behind ("which first went through bankruptcy in 2019, filed again on Wednesday")
_FILES_AGAIN = re.compile(r"\b(?:fil(?:e|es|ed|ing)|again|second\s+time|third\s+time)\b")
# The economy's count ("Company insolvencies in England and Wales rise 14%", "the number of registered company
# insolvencies rose"): the kind's plural as the subject of a change in number, no company's filing
_FILINGS_COUNTED = (r"(?:bankruptcies|insolvencies|liquidations|(?:business|corporate|company|bank)\s+failures|filings|"
                    # "Edtech insolvency petitions at NCLT hit record"
                    r"(?:insolvency|bankruptcy)\s+(?:petitions|cases|applications|admissions))")
_ECONOMY_COUNT = re.compile(
    rf"\b{_FILINGS_COUNTED}\s+(?:(?:in|across|among|by|for|at)\s+(?:[\w&'’.-]+\s+){{1,4}}?)?"
    r"(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|jump|climb|drop|increase|decrease|decline|surge|soar|"
    r"hit|reach|edge|tick|dip|slip|slid|eas|plung|spik|doubl|top|hover|remain|stay)\w*\b"
    rf"|\b(?:number|count|tally)\s+of\s+(?:[\w-]+\s+){{0,3}}?{_FILINGS_COUNTED}\b"
    # the companies counted as they go in: "The number of cinema operators entering insolvency rose 30%"
    r"|\b(?:number|count|tally)\s+of\s+(?:[\w-]+\s+){0,3}?[a-z]+s\s+(?:entering|filing\s+for|going\s+into|falling\s+into|"
    r"placed\s+(?:in|into)|collapsing\s+into|admitted\s+(?:in|into|to))\b")
ECONOMY_COUNT = "the economy's count of filings, no company's"
# Filings told of a counted plural of companies ("At least 110 companies backed by buyout firms filed for
# bankruptcy"): many companies, none named. (The cutting verbs end the reach too: "dozens of retailers cut jobs
# and filed" is read from its first verb.)
_COMPANIES_COUNTED = re.compile(
    # (a count in words too: "Forty-six North American oil and gas producers filed for bankruptcy")
    # (not a chapter's number: "emerged from Chapter 11 bankruptcy with its lenders as owners")
    rf"\b(?<!chapter\s)(?:\d[\d,.]*|dozens|hundreds|thousands|scores|(?:{'|'.join(v.NUMBER_TENS)})"
    rf"(?:-(?:{'|'.join(v.NUMBER_UNITS)}))?|{'|'.join(v.NUMBER_TEENS[1:])})"
    r"\s+(?:of\s+)?(?:[\w-]+\s+){0,6}?(?:companies|firms|businesses|"
    r"employers|retailers|startups|start-ups|chains|lenders|manufacturers|borrowers|producers|operators|"
    r"developers|drillers|miners)\b(?<!group\scompanies)(?<!affiliated\scompanies)[^.;:]{0,80}?"
    r"\b(?:filed|file|filing|went|entered|sought|collapsed|cut|laid|shed)\b"
    # ("The number of companies that requested concurso mercantil rose to a record 74")
    r"|\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|businesses|employers|retailers)\s+(?:that|which)\b")
# Bankruptcy as a trade, its law, lawyers, firms and scholars ("Restructuring boutique Kessel & Marsh adds three
# bankruptcy partners"); not a company hiring them to prepare a filing (a shape), and not its judges (a judge
# approving a company's plan is the company's bankruptcy)
_THE_TRADE = re.compile(r"\b(?:bankruptcy|insolvency|restructuring)\s+(?:(?:and|&)\s+(?:restructuring|insolvency)\s+)?"
                        r"(?:laws?|lawyers?|attorneys?|partners?|practices?|boutiques?|law\s+firms?|scholars?|"
                        # (the law's own changes: "Insolvency reforms pass Senate")
                        r"professors?|reforms?|regime|framework)\b"
                        # a practitioner moving between firms ("Insurer insolvency specialist joins Pryor Whitcombe"; not
                        # a company hiring them, which warns of a filing), a lawyer's cases ("has represented farmers
                        # in Chapter 11 and Chapter 12 cases")
                        r"|\b(?:bankruptcy|insolvency|restructuring)\s+(?:specialists?|experts?|practitioners?)\s+"
                        r"(?:joins?|joined|moves?|moved|to\s+join)\b"
                        # a firm adding one ("Bay Street firm adds mining insolvency specialist", "adds Chapter 11
                        # veteran to restructuring group")
                        r"|\b(?:adds?|added|hires?|hired|recruits?|recruited|poach(?:es|ed)?)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                        r"(?:chapter\s+\d+|bankruptcy|insolvency|restructuring)\s+(?:specialists?|veterans?|experts?|"
                        r"practitioners?)\b"
                        # courts in general: "Bankruptcy courts split on utilities' deposit demands"
                        r"|\bbankruptcy\s+courts\b"
                        # their own bodies: "Association of bankruptcy receivers elects new president"
                        r"|\b(?:association|organi[sz]ation|union|society|institute|chamber)\s+of\s+(?:[\w-]+\s+)?"
                        r"(?:bankruptcy|insolvency|restructuring)\s+(?:receivers|practitioners|trustees|administrators|"
                        r"managers|lawyers|professionals)\b"
                        r"|\brepresent(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,6}?in\s+(?:chapter\s+\d+|bankruptcy|insolvency)"
                        r"(?:\s+and\s+chapter\s+\d+)?\s+(?:cases|proceedings|matters)\b"
                        # or the count of them ("has advised receivers ... in more than 30 insurer liquidations")
                        r"|\b(?:represent|advis)(?:es|ed|ing|s)?\s+(?:[\w'’-]+\s+){0,6}?in\s+(?:more\s+than\s+|over\s+)?"
                        r"(?:\d+|dozens\s+of|several|numerous|many)\s+(?:[\w-]+\s+){0,2}?(?:liquidations|bankruptcies|"
                        r"insolvencies|restructurings|receiverships)\b"
                        # the practitioners' own discipline ("Liquidator banned by ASIC for 10 years") and their count of
                        # appointments ("Insolvency appointments hit decade high")
                        r"|\b(?:liquidators?|administrators?|receivers?|insolvency\s+practitioners?)\s+"
                        r"(?:(?:has|have|was|were)\s+"
                        r"been\s+)?(?:banned|fined|disqualified|struck\s+off|suspended|censured|reprimanded)\b"
                        r"|\b(?:insolvency|administration|liquidation)\s+appointments\b")
# The liquidators' and auctioneers' trade, no one's procedure ("Delucca Yates Liquidation Co.", "its growing bankruptcy
# and liquidation practice", "bid on fixtures from bankruptcy sales", a firm that runs other companies' closing sales: "won
# the right to run going-out-of-business sales at 180 Pier Nine stores"), where no company winds itself down (below)
_THE_WINDING_UP_TRADE = re.compile(
    r"\b(?:liquidation|auction|auctioneering|asset\s+disposition)\s+(?:co|company|companies|firms?|group|services?|"
    r"specialists?|industry|business|houses?|practice)\b"
    r"|\b(?:bankruptcy|liquidation)\s+(?:and\s+(?:bankruptcy|liquidation)\s+)?practice\b"
    r"|\b(?:at|from)\s+(?:the\s+)?(?:bankruptcy|liquidation)\s+(?:sales|auctions)\b"
    r"|\b(?:run|runs|running|ran|handle|handles|handling|handled|conduct\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:closing|going-out-of-business|liquidation|clearance|store-closing|closing-down)\s+sales\b")
# a company winding itself down, whoever it hires for it ("has hired a liquidation firm", "begins liquidation sales at its
# 40 stores", "to liquidate", "an auction company will sell its fleet")
_ITS_OWN_WIND_DOWN = re.compile(r"\b(?:hir|retain|engag|appoint)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:liquidat|auction)"
                                r"|\b(?:its|their)\s+(?:own\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:stores|shops|outlets|"
                                r"fleet|assets|inventory|locations|restaurants)\b|\bbegins?\s+liquidation\b|\bto\s+liquidate\b"
                                r"|\b(?:is|was)\s+insolvent\b")
# the bench's own news: "New bankruptcy judge sworn in", "bankruptcy judge Ellis to retire"
_THE_BENCH = re.compile(r"\bbankruptcy\s+judges?\s+(?:[\w.'’-]+\s+){0,7}?(?:(?:is|was|to\s+be|will\s+be)\s+)?"
                        r"(?:sworn|appointed|nominated|named|retir\w*|to\s+retire|steps?\s+down|resign\w*)\b"
                        # a court given one more: "adds bankruptcy judge to handle energy caseload"
                        r"|\b(?:adds?|added|gets?|gains?)\s+(?:an?\s+)?(?:new\s+|second\s+|third\s+|fourth\s+)?"
                        r"bankruptcy\s+judges?\b"
                        # "Judge Alan Pryce retires from bankruptcy court after 22 years"
                        r"|\bjudge\s+(?:[\w.'’-]+\s+){1,3}?(?:retir\w*|resign\w*|steps?\s+down)\s+from\s+(?:the\s+)?"
                        r"(?:[\w.'’-]+\s+){0,2}?bankruptcy\s+(?:court|bench)\b")
THE_TRADE = "bankruptcy as a trade: its law, lawyers and firms"
# the law being made: "Lawmakers passed legislation restoring the debt ceiling for ... Subchapter V of Chapter 11",
# "House passes revision of Bankruptcy and PKPU Law"
_LAWMAKING = re.compile(r"\b(?:legislation|lawmakers|legislators|bill|amendments?)\b(?:[^.;]|\.\d){0,120}"
                        r"\b(?:bankruptcy|insolvency|subchapter\s+v|chapter\s+11)\b"
                        r"|\b(?:congress|parliament|senate|the\s+house|revision|reform)\b(?:[^.;]|\.\d){0,100}"
                        r"\b(?:bankruptcy|insolvency|chapter\s+11)\b[^.;]{0,60}\b(?:laws?|code|act|bill|rules?)\b"
                        # "The bankruptcy overhaul signed into law this week" (not "the Bankruptcy Code", which filings cite)
                        # a law passed or overhauled ("Knesset approves new insolvency and economic rehabilitation
                        # law", "Konkordato law overhaul replaces bankruptcy postponement")
                        r"|\b(?:knesset|parliament|congress|senate|lawmakers|assembly)\s+(?:approves?|approved|passes|passed)\b"
                        r"[^.;]{0,80}\b(?:law|act|code|ordinance)\b|\blaw\s+overhaul\b"
                        r"|\b(?:bankruptcy|insolvency)\s+(?:\(?amendment\)?\s+|code\s+)?(?:overhaul|reform|bill|legislation|"
                        r"amendments?)\b"
                        # a government asking how the law should change: "consults on insolvency protections for ..."
                        r"|\bconsult\w*\s+on\s+(?:[\w-]+\s+){0,2}?(?:insolvency|bankruptcy)\b"
                        # "Government to revise Civil Rehabilitation Law to speed SME rescues"
                        r"|\b(?:revis|amend|reform|overhaul|rewrit)\w*\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:bankruptcy|insolvency|rehabilitation|reorgani[sz]ation)\s+(?:law|act|code)\b")
# A company's filing is one; filings told in the plural alone are many companies', none named
_PLURALS = frozenset({"bankruptcies", "insolvencies", "liquidations", "receiverships", "administrations"})
FILINGS_IN_GENERAL = "filings in general, no company's"
# "acquires Bixby's brand and recipes out of bankruptcy", "bought out of administration by Kelso Retail": the buyer's deal
# and "buys the idle mine from the court-appointed receiver", "bought the inventory of collapsed chain Lumley",
# "Liquidators sell Wren & Ash brand": things sold out of an estate, whoever's it was (to the last of those words
# in reach, so that none is left to read as a filing)
_BOUGHT_OUT_OF = re.compile(r"\b(?:acquir\w*|buy\w*|bought|purchas\w*|tak\w*\s+over|took\s+over|auction\s+for|bids?\s+for|"
                            r"wins?|won|snap\w*\s+up|"
                            r"pick\w*\s+up)\b(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:from\s+)?"
                            # the estate named by its state ("wins auction for bankrupt Mayfield Home")
                            # (a legal form's dot is no clause's end: "bought the Dapper & Co. brand ... out of"; nor
                            # an initial's: "a terminal in Mitchell, S.D., out of the bankruptcy of")
                            r"(?:bankrupt|collapsed|defunct|insolvent|shuttered)\s|"
                            rf"{_IN_THE_CLAUSE}{{0,120}}\b(?:out\s+of\s+"
                            # ("out of its Chapter 7 liquidation", "out of developer's bankruptcy")
                            # (or the estate's name: "buys two plants out of Cobalt Ridge bankruptcy")
                            r"(?:its\s+|their\s+|the\s+)?(?:[\w&.-]+(?:['’]s?)?\s+){0,3}?(?:chapter\s+\d+\s+)?"
                            # (other jurisdictions' procedures too: "buys Savanna Gaming out of business rescue")
                            r"(?:bankruptcy|administration|receivership|liquidation|insolvency|business\s+rescue|"
                            r"examinership|judicial\s+management|ccaa|court\s+protection)\b|out\s+of\s+chapter\s+\d+\b|"
                            r"from\s+(?:the\s+|its\s+)?"
                            r"(?:court-appointed\s+|joint\s+|official\s+|insolvency\s+)?(?:receivers?|liquidators?|administrators?|"
                            r"bankruptcy\s+trustee|bankruptcy\s+estate)\b|of\s+(?:the\s+)?(?:bankrupt|collapsed|defunct|"
                            r"liquidated|insolvent)\s))"
                            r"|\b(?:receivers?|liquidators?|administrators?)\s+"
                            r"(?:sell|sold|sells|selling|to\s+sell|auction)"
                            # "snaps up Larchmont Cookie brand at bankruptcy auction": an estate's sale
                            r"|\bat\s+(?:an?\s+|the\s+)?(?:bankruptcy|liquidation|receivership|insolvency)"
                            r"(?:[\s-]+court)?"
                            r"(?:[\s-]+(?:approved|ordered|run))?\s+(?:auction|sale)\b")
BOUGHT_FROM_AN_ESTATE = "bought out of another company's bankruptcy"
# A sale told in the case's own words, no filing told: "Judge OKs sale of bankrupt Lindell Bakeries to Stonebridge",
# "asked the bankruptcy court to approve Wexmoor as stalking-horse bidder", "a going-concern bid ... pushing the
# bankruptcy auction into a second day". The court, the estate or the debtor is where the sale happens; the news is
# the sale (a deal where a business goes as a going concern), not a filing.
_A_SALE = re.compile(r"\b(?:sale|sell|sells|selling|sold|auction\w*|bids?|bidders?|buyers?|purchase[sd]?|acquir\w+|"
                     r"buys?|bought|"
                     r"(?:plan|rescue)\s+sponsor|sponsor\s+agreement|takes?\s+over|(?:scoop|snap)s?\s+up)\b")
# ... but not where the case itself moves: a filing, a conversion to liquidation, a court's declaration ("files
# Chapter 11, lines up stalking-horse bidder", "converted its Chapter 11 case to a Chapter 7 liquidation after a sale
# process drew no buyers", "declared Velomeer B.V. bankrupt and appointed a trustee to sell")
_THE_CASE_MOVES = re.compile(r"\b(?:fil(?:e|es|ed|ing)|petitions?|conver(?:t|ts|ted|ting|sion)|declar\w*|chapter\s+7|"
                             r"enter(?:s|ed|ing)?|placed\s+(?:in|into|under))\b")
_IN_A_CASE = re.compile(r"\b(?:bankruptcy\s+(?:court|judge|auction|estate)|bankrupt\s+(?!(?:and|or)\b)|"
                        r"liquidating\s+estate|the\s+debtor|stalking[\s-]horse|plan\s+sponsor|rescue\s+sponsor|pre-?pack\b|"
                        r"court[\s-]approved\s+(?:sale|auction)|with\s+court\s+approval)")
# Chapter 9 of the US code is for cities, towns and districts alone
# (and a government's "fiscal bankruptcy" or "fiscal insolvency": "Kitahoro City declares fiscal bankruptcy")
_MUNICIPAL = re.compile(r"\bchapter\s+9\b|\bmunicipal\s+bankruptcy\b|\bfiscal\s+(?:bankruptcy|insolvency)\b"
                        # a municipality as the one that enters it: "the first Romanian municipality to enter a formal
                        # insolvency procedure"
                        r"|\bmunicipalit(?:y|ies)\s+(?:to\s+)?(?:enter|enters|entered|file|files|filed|go|goes|went)\s+"
                        r"(?:for\s+|into\s+)?(?:an?\s+)?(?:formal\s+)?(?:insolvency|bankruptcy|administration)\b")
MUNICIPAL_BANKRUPTCY = "a public body's bankruptcy, not a company's"


# Staff taken on, counted: "It will hire about 30 workers to staff it", "creating 200 jobs"
_HIRING = re.compile(r"\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|add(?:s|ed|ing)?|creat(?:e|es|ed|ing))\s+"
                     r"(?:about\s+|around\s+|some\s+|up\s+to\s+|another\s+|more\s+than\s+|nearly\s+)?\d[\d,]*\s+"
                     r"(?:[a-z-]+\s+){0,2}?(?:workers|employees|staff|people|jobs|positions|drivers|engineers)\b")
STAFF_HIRED = "staff taken on, not cut"


# A closure whose staff go with the work: "to close Portland design office; staff moving to Boston", "employees will
# be transferred to the Leeds plant"
_STAFF_MOVED = re.compile(r"\b(?:staff|employees|workers|jobs|roles|positions)\s+(?:are\s+|will\s+be\s+|to\s+be\s+)?"
                          r"(?:moving|relocating|transferring|moved|relocated|transferred|(?:to|will)\s+(?:move|relocate|"
                          r"transfer))\s+to\s+(?:the\s+)?(?P<where>[a-z]+)")
STAFF_MOVED = "a closure whose staff move with the work, no jobs lost"
# An unnamed rival's cuts told in a story about the company: "gains share as rival shuts machines", "after a competitor
# shut two machines and laid off workers"
_A_RIVALS_CUT = re.compile(r"\b(?:an?|one|its|their|another|other|as)\s+(?:[\w-]+\s+){0,2}?(?:rival|competitor)s?\s+"
                           r"(?:has\s+|had\s+|have\s+)?(?:shut|shuts|closed|closes|cut|cuts|laid\s+off|lays\s+off|"
                           r"eliminated|slashed|axed|shed|sheds)\s+(?:[\w,-]+\s+){0,2}?(?:jobs|staff|workers|employees|"
                           r"plants?|machines|mills?|factories|stores|lines|shifts|workforce)\b[^.;,]*")
RIVALS_CUTS = "an unnamed rival's cuts, not the company's"


# A solvent company wound up by its owners, its cash returned to them: a members' voluntary liquidation (the insolvent
# one is the creditors'), as investment trusts end
_SOLVENT_WIND_UP = re.compile(r"\bmembers['’]?\s+voluntary\s+(?:liquidation|winding[\s-]up)\b|\breturn(?:s|ed|ing)?\s+"
                              r"(?:its\s+|the\s+|their\s+)?(?:remaining\s+|surplus\s+)?(?:cash|capital|proceeds|assets)\s+to\s+"
                              r"(?:its\s+)?(?:shareholders|members|investors|unitholders)\b")
# Who is put in a conservatorship that is a procedure: a bank, a thrift, an insurer, by its regulator
_A_LENDER_OR_ITS_REGULATOR = re.compile(r"\b(?:bank|banks|thrift|savings|insurer|insurance|lender|credit\s+union|fannie|freddie|"
                                        r"rtc|fdic|fhfa|ots|fslic|ncua|regulators?|commissioner|resolution\s+trust)\b")
_INSOLVENCY_TOLD = re.compile(r"\binsolven|\bunable\s+to\s+pay\b|\bcreditors['’]?\s+voluntary\b|\bcannot\s+pay\b")
SOLVENT_WIND_UP = "a solvent company wound up by its members, no insolvency"


# A trade as the subject of the cut, in lower-case words ("Sector shed 12,000 cleaning jobs last year", "The contract
# cleaning industry lost about 12,000 jobs"; not a company named so, "Sany Heavy Industry shed 1,200 jobs")
_A_TRADES_CUTS = re.compile(r"(?:^\W*|\b[Tt]he\s+)(?:[a-z-]+\s+){0,3}?(?:[Ss]ector|[Ii]ndustry)\s+(?:has\s+|had\s+)?"
                            r"(?:lost|shed|cut|slashed|eliminated|axed)\b[^,.;]*")
# a cut's verb anywhere: a company's own cut told beside the economy's or an old one ("..., and Dunmore Motors said it
# will cut 3,000 more", "which cut 1,400 jobs last year, will cut another 500")
_A_CUT_WORD = re.compile(rf"(?i)\b(?:{_CUT_VERB}|{_PEOPLE_CUT_VERB}|layoffs?|job\s+cuts)\b")

# A filing kept off in any of the words for it ("swap $600 million of debt for equity, avoiding a bankruptcy filing",
# "staving off a potential Chapter 11"; the vocabulary's fixed phrases read the shortest): said not to happen, as
# none is made (a filing made to avoid something else is one: "files for Chapter 11 to avoid liquidation")
_BANKRUPTCY_AVERTED = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?|avert(?:s|ed|ing)?|(?:stave[sd]?|staving|fend(?:s|ed|ing)?|ward(?:s|ed|ing)?|head(?:s|ed|ing)?)"
    r"\s+off|escap(?:e|es|ed|ing)|sidestep(?:s|ped|ping)?|dodg(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?"
    r"(?:(?:potential|possible|likely|looming|threatened|imminent)\s+)?(?:bankruptcy|chapter\s+(?:11|7|15)|administration|"
    r"insolvency|liquidation|receivership|collapse)(?:\s+(?:filing|proceedings?|protection|process))?")
# a filing only striven against, or not avoided: "may be unable to avoid bankruptcy", "is racing to avoid a Chapter 11
# filing", "failed to stave off administration" (a warning, or a filing, as the rest of the sentence tells)
_TRYING_OR_FAILING = re.compile(r"(?:\b(?:unable|fail\w*|effort|efforts|bid|attempts?|seek\w*|racing|races|talks|tr(?:y|ies|ied|ying)|"
                                r"hop(?:e|es|ed|ing)|struggl\w*|scrambl\w*|fight\w*|need\w*|work\w*|push\w*)\s+(?:\w+\s+){0,2}to\s+"
                                r"|\b(?:not|n['’]t|never|cannot)\s+(?:\w+\s+){0,1})$")
# a proceeding under an insolvency law is one, whatever it avoids ("its proposal under the Bankruptcy and Insolvency Act,
# allowing the company to avoid bankruptcy": Canada's proposal is a formal insolvency)
_UNDER_AN_INSOLVENCY_LAW = re.compile(r"\bunder\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:bankruptcy|insolvency|arrangement)"
                                      r"(?:\s+(?:and|&)\s+insolvency)?\s+(?:act|code|law)\b")


# A chain named "<common word> City" ("Appliance City", "Carpet City"), told as a company with its stores: no city's
# government (not "Salt Lake City will close two recreation centers": no store, no company)
_A_CITY_NAMED = re.compile(r"^\W*(?:The\s+)?([A-Z][a-z]+)\s+City\b")
_A_COMPANYS_STORES = re.compile(r"\bits\s+(?:[\w'’-]+\s+){0,3}?(?:super)?(?:stores?|showrooms?|outlets?)\b|\bcompany\s+spokes|"
                                r"\bretailer\b|\bchain\b")
# a city's government at work: its mayor, council, taxes, libraries, officials, its own employees
_A_MUNICIPAL_CUE = re.compile(r"\b(?:mayor|council|tax|taxes|library|libraries|officials?|city\s+(?:employees|workers|staff)|"
                              r"municipal|budget)\b")


def _a_shop_called_city(sentence: str, lowered: str) -> bool:
    named = _A_CITY_NAMED.match(sentence)
    word = named and named.group(1).lower()
    from pipeline.detection.mentions import bundled_common_words, bundled_proper_words

    return bool(word and word in bundled_common_words() and word not in bundled_proper_words()
                and word not in v.REGIONS and _A_COMPANYS_STORES.search(lowered) and not _A_MUNICIPAL_CUE.search(lowered))


def hard_negative(kind: str, sentence: str) -> str | None:
    """Why a sentence the model reads as layoffs or a bankruptcy is not one for a company in it: the cuts are
    denied, averted or reversed, they are a rival's or the economy's; the bankruptcy is a lawyer's trade, a
    chapter of a book, a government's administration, or a rival's estate the company buys from."""
    lowered = sentence.lower()
    if kind == LAYOFFS and (_GOVERNMENT_JOBS.search(lowered) or (_PUBLIC_BODY_SUBJECT.search(lowered)
                                                                 and not _a_shop_called_city(sentence, lowered))
                            or _A_BODY_SAID_TO_CUT.search(lowered)
                            or _PUBLIC_POSTS.search(lowered) or _A_DEPARTMENT_CUTS.search(sentence)
                            or _A_BODYS_UNIT_CUTS.search(lowered)):
        return GOVERNMENT_JOBS
    if kind == BANKRUPTCY and "rehab" in lowered and _A_PERSONS_REHAB.search(lowered) and shape(BANKRUPTCY, sentence) is None:
        return A_PERSONS_REHAB
    if kind == BANKRUPTCY and "administrator" in lowered and _AN_ADMINISTRATOR_LEAVES.search(lowered) and \
            shape(BANKRUPTCY, sentence) is None:
        return ADMINISTRATOR_LEAVES
    if kind == BANKRUPTCY and (chapter := _CHAPTER_OF_A_WORK.search(lowered)):
        return f"not a bankruptcy event: {chapter.group(0)!r}"
    if kind == BANKRUPTCY and (_a_persons_bankruptcy(sentence) or _THE_WRITERS_FILING.search(lowered) or (
            "chapter" in lowered and _A_PERSONS_CHAPTER.search(lowered) and not _A_COMPANYS_CHAPTER.search(lowered))):
        return PERSON_BANKRUPT
    if kind == BANKRUPTCY and (bought := _BOUGHT_OUT_OF.search(lowered)) and not _BANKRUPTCY_SHAPE.search(
            lowered[:bought.start()] + " " + lowered[bought.end():]):
        return BOUGHT_FROM_AN_ESTATE
    if kind == BANKRUPTCY and _IN_A_CASE.search(lowered) and _A_SALE.search(lowered) and not _THE_CASE_MOVES.search(
            lowered) and not shape(BANKRUPTCY, sentence):
        return BOUGHT_FROM_AN_ESTATE
    if kind == BANKRUPTCY and _MUNICIPAL.search(lowered):
        return MUNICIPAL_BANKRUPTCY
    if kind == BANKRUPTCY and "conservatorship" in lowered and not _A_LENDER_OR_ITS_REGULATOR.search(lowered):
        return PERSON_BANKRUPT  # "Spears was placed in conservatorship in 2008": a person's guardianship
    if kind == BANKRUPTCY and _SOLVENT_WIND_UP.search(lowered) and not _INSOLVENCY_TOLD.search(lowered):
        return SOLVENT_WIND_UP
    if kind == BANKRUPTCY and _FUND_LIQUIDATED.search(lowered) and \
            not shape(BANKRUPTCY, _FUND_LIQUIDATED.sub(" ", sentence)):
        return FUND_LIQUIDATED
    if kind == BANKRUPTCY and (averted := _BANKRUPTCY_AVERTED.search(lowered)) and \
            not _TRYING_OR_FAILING.search(lowered, max(0, averted.start() - 50), averted.start()) and not _BANKRUPTCY_SHAPE.search(
            rest := lowered[:averted.start()] + " " + lowered[averted.end():]) and not _UNDER_AN_INSOLVENCY_LAW.search(rest):
        return SAID_NOT_TO_HAPPEN
    if kind == BANKRUPTCY:
        if _BANKRUPTCY_BEHIND.search(lowered) and not _BANKRUPTCY_SHAPE.search(
                rest := _BANKRUPTCY_BEHIND.sub(" ", lowered)) and not _FILES_AGAIN.search(rest):
            return BANKRUPTCY_TOLD_AS_HISTORY
        if _ECONOMY_COUNT.search(lowered) and not _BANKRUPTCY_SHAPE.search(_ECONOMY_COUNT.sub(" ", lowered)):
            return ECONOMY_COUNT
        if (counted := _COMPANIES_COUNTED.search(lowered)) and not _BANKRUPTCY_SHAPE.search(lowered[:counted.start()]):
            return ECONOMY_COUNT
        if (_THE_TRADE.search(lowered) or ("judge" in lowered and _THE_BENCH.search(lowered))
                or _LAWMAKING.search(lowered)
                or (_THE_WINDING_UP_TRADE.search(lowered) and not _ITS_OWN_WIND_DOWN.search(lowered))) and \
                not shape(BANKRUPTCY, sentence):  # ("opened sanation proceedings ... under Polish restructuring law")
            return THE_TRADE
        words = [word.group(0) for word in _KIND_WORD[BANKRUPTCY].finditer(lowered)]
        if words and all(word in _PLURALS for word in words) and not _BANKRUPTCY_SHAPE.search(lowered):
            return FILINGS_IN_GENERAL  # "a bill to protect miners' pensions in coal bankruptcies": many, no one's
    if kind == LAYOFFS and _HIRING.search(lowered) and shape(LAYOFFS, sentence) is None:
        return STAFF_HIRED
    if kind == LAYOFFS and (moved := _STAFF_MOVED.search(lowered)) and moved.group("where") not in v.COUNTRIES and (
            (told := shape(LAYOFFS, _without(sentence, moved))) is None
            or (_A_CLOSURE.match(told) and not _A_COUNT.search(told))):
        return STAFF_MOVED  # (not offshored: "1,100 jobs moving to Mexico"; not beside a cut: "cutting 1,100 jobs; ...")
    if kind == LAYOFFS and ("rival" in lowered or "competitor" in lowered) and (rivals := _A_RIVALS_CUT.search(lowered)) \
            and shape(LAYOFFS, _without(sentence, rivals)) is None:
        return RIVALS_CUTS
    if kind == LAYOFFS and (trade := _A_TRADES_CUTS.search(sentence)) and not _A_CUT_WORD.search(
            _without(sentence, trade)):
        return ECONOMY_COUNT
    if kind == LAYOFFS and (_LAYOFFS_OF_THE_ECONOMY.search(lowered) or _A_COUNTRYS_MONTH.search(lowered)):
        return ECONOMY_COUNT
    if kind == LAYOFFS and (left := _MARKET_LEFT.search(lowered)) and \
            shape(LAYOFFS, _without(sentence, left)) is None:
        return MARKET_LEFT
    if kind == LAYOFFS and (behind := _CUTS_BEHIND.search(lowered)) and \
            shape(LAYOFFS, rest := _without(sentence, behind)) is None and \
            not _A_CUT_WORD.search(rest):
        return CUTS_TOLD_AS_HISTORY
    if kind == LAYOFFS and ("furlough" in lowered or "idle time" in lowered or "sent home" in lowered or "leave" in lowered) \
            and _sent_home_for_a_while(sentence) and \
            ((told := shape(LAYOFFS, sentence)) is None or re.fullmatch(_SENT_ON_FURLOUGH, told, re.I)):
        return FURLOUGHED_FOR_A_WHILE
    if kind == LAYOFFS and (product := _PRODUCT_SHUT.search(lowered)) and shape(
            LAYOFFS, _without(sentence, product)) is None:
        return PRODUCT_CLOSED
    if kind == LAYOFFS and _JOBS_AT_STAKE.search(lowered) and _A_FILING.search(lowered) \
            and shape(LAYOFFS, sentence) is None:
        return JOBS_AT_STAKE
    if kind == LAYOFFS and (undone := _UNDONE.search(lowered)):
        # the cut the plan was for, undone ("drops plan to cut 900 jobs"), is none by definition when nothing after it
        # reports another ("... but will still cut 300")
        rest = lowered[undone.end():]
        governed = SHAPES[LAYOFFS].match(rest.lstrip()) or SHAPES[LAYOFFS].match(rest)
        after = rest[governed.end():] if governed else rest
        if shape(LAYOFFS, sentence[:undone.start()]) is not None:
            return None  # "Acme cuts 300 jobs after scrapping its plan to close the plant": the cut told first stands
        return CUTS_UNDONE if shape(LAYOFFS, after) is None else f"not a layoffs event: {undone.group(0)!r}"
    if kind == LAYOFFS and (denial := _DENIAL.search(lowered)) and shape(LAYOFFS, sentence[:denial.start()]) is None:
        # the cut a denial governs ("denies plan to cut 1,000 jobs", "rules out closing the Derby plant") is none,
        # when no clause after it reports another ("... but will trim 50 posts")
        rest = sentence[denial.end():]
        told = shape(LAYOFFS, rest)
        if told is not None and not _CLAUSE_BREAK.search(rest[:rest.find(told)]) and \
                shape(LAYOFFS, rest[rest.find(told) + len(told):]) is None:
            return SAID_NOT_TO_HAPPEN
    if _QUESTION.match(lowered):
        return QUESTION
    if (asked := _A_LATER_QUESTION.search(lowered)) and shape(
            kind, _without(sentence, asked)) is None:
        return QUESTION
    if kind == BANKRUPTCY and (supposed := _A_CASE_SUPPOSED.search(lowered)) and shape(
            kind, _without(sentence, supposed)) is None:
        return SUPPOSED
    if "?" in lowered and _ANSWERED_NO.search(lowered):
        return SAID_NOT_TO_HAPPEN  # "Hallasan Cement to cut jobs? Company says no"
    if "false" in lowered or "untrue" in lowered or "unfounded" in lowered or "baseless" in lowered:
        if _REPORTS_CALLED_FALSE.search(lowered):
            return SAID_NOT_TO_HAPPEN  # "said reports that it was preparing to seek bankruptcy protection were false"
    if kind in _SAID_NOT_TO_HAPPEN and _SAID_NOT_TO_HAPPEN[kind].search(lowered) and not (
            # (a warning beside it stands: "will not file for bankruptcy but warns of going concern doubt")
            kind == BANKRUPTCY and _A_GOING_CONCERN_WARNING.search(sentence)) and (
            (told := shape(kind, sentence)) is None or (kind == LAYOFFS and _A_CLOSURE.match(told) and not _A_COUNT.search(told)
                                                        and shape(kind, sentence.replace(told, " ")) is None)):
        # (a closure told with its staff kept is no cut: "to close Sudbury mill; no layoffs planned")
        return SAID_NOT_TO_HAPPEN
    if kind == LAYOFFS and (nobody := _NOBODY_CUT.search(lowered)) and not _MORE_CUTS.search(nobody.group(0)):
        return SAID_NOT_TO_HAPPEN  # (not "will lay off 300 workers, and no further job cuts are expected")
    if kind == LAYOFFS and (saved := _JOBS_SAVED.search(lowered)) and \
            shape(LAYOFFS, _without(sentence, saved)) is None:
        return SAID_NOT_TO_HAPPEN  # "Union deal saves 800 jobs at Tema Aluminium Works"
    match = _NOT_HAPPENING[kind].search(lowered) if kind in _NOT_HAPPENING else None
    if match and match.group(0) == "reopen" and _NEVER_BEFORE.search(lowered, 0, match.start()):
        match = None  # "will not reopen its mill; 180 staff lose their jobs": closed for good
    if match:
        return f"not a {kind} event: {match.group(0)!r}"
    # "Why Marlowe Cinemas Isn't Headed For Bankruptcy": every word of the kind under a negation, as shape() reads it
    words = list(_KIND_WORD[kind].finditer(lowered)) if kind in _KIND_WORD else []
    if words and all(_NEGATED.search(lowered[max(0, word.start() - 60):word.start()]) for word in words):
        return f"not a {kind} event: negated"
    return None


# reports of the event called false, whatever they reported: "reports that it was preparing to seek bankruptcy
# protection were “categorically false”"
_REPORTS_CALLED_FALSE = re.compile(r"\breports?\s+(?:that|of)\b[^.;]{0,140}?\b(?:were|are|was|is|as)\s+[\"“‘']?"
                                   r"(?:categorically\s+|completely\s+|entirely\s+|totally\s+)?(?:false|untrue|unfounded|baseless)\b")
# "not", "never" just before a word ("will not reopen", "won't ever reopen")
_NEVER_BEFORE = re.compile(r"(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:\w+\s+)?$")  # ("won't", "will not")
# The words that tell a bankruptcy, for the negation test above.
_KIND_WORD = {BANKRUPTCY: re.compile(r"\b(?:bankrupt\w*|chapter\s+(?:11|7|15)|insolven\w*|receivership|administration|going\s+concern|"
                                     r"liquidation)\b")}


def _count(digits: str, scale: str | None) -> int:
    value = float(digits.replace(",", ""))
    return int(round(value * _SCALE.get((scale or "").lower(), 1)))
