"""Text to upheaval events. Pure functions: a headline (and its summary) in, events out, each with
the rule that fired so people can see why.

How it reads a sentence: a trigger (a deal verb or noun, a departure verb) is found first; then the
company names on either side of it are taken from capitalised spans, but only across the short, plain
words that can sit between a subject and its verb ("Acme said on Friday it would buy Globex") or a verb
and its object ("to acquire rival grocer Globex"). Anything longer, or any preposition in the way, and
the rule does not fire: a missed event is cheaper than an event on the wrong company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache

import ahocorasick

from pipeline.constants import (
    EXECUTIVE_DEPARTURE,
    MERGER_ACQUISITION,
    ROLE_ACQUIRER,
    ROLE_MERGER,
    ROLE_TARGET,
    STAGE_ANNOUNCED,
    STAGE_COMPLETED,
    STAGE_RUMORED,
    STAGE_TERMINATED,
)
from pipeline.detection import vocabulary
from pipeline.detection.alternatives import Alternatives
from pipeline.detection.gates import GATES
from pipeline.detection.mentions import (MentionFinder, bundled_common_words, bundled_name_endings, bundled_name_words,
                                         bundled_proper_words)
from pipeline.detection.vocabulary import C_SUITE_ABBREVIATIONS, C_SUITE_FUNCTIONS, FUNCTION_CHIEFS, TITLE_FIELDS
from pipeline.detection.vocabulary import (
    ABOUT, ABRUPT, ACTIVE, AGREED_BY, ANNOUNCED, ANSWERS_BID, ANSWERS_BID_FROM, APPROVED, APPROVES, BID, BID_ANSWERED,
    BID_FROM, BID_KIND, BIDS_FOR, BOUGHT_IT, BY_GERUND, CLOSED, CLOSES, CLOSES_NAMED, DEAL_TO, DESCRIBED, DESCRIBED_OF,
    DIES, DONE, DONE_IN_SENTENCE, ENDED, ENDS, ENDS_MERGER, ENDS_NAMED, GAINS_CONTROL, HIRES, HIRES_AWAY, IS_REMOVED,
    LEAVES, LEAVES_COMPANY, MAKES_BID, MERGER, MERGER_DONE, MERGES, MERGES_WITH, NAMED_BEFORE, NAMED_DEAL, OF, PASSIVE,
    POINTED_AT, REMOVED, REMOVES, RUMOR, SALE_OF, SALE_TO, SEALS_DEAL, SELLS_TO, SUCCEEDS, SUCCESSOR, TAKES_PRIVATE, TALKS,
    THOSE_LEAVING, TOLD_AS_PAST, VALUES, WINS_BIDDING_WAR,
)

_W = vocabulary.rx  # every spelling of the words read in one way, as one regex alternation


def _ALT(words: list[str]) -> str:
    """A list of words of the vocabulary as a regex alternation, in its order; a space is any white space."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


@dataclass
class DetectedEvent:
    kind: str
    company: str  # the company the event is about, as written ("" when the sentence does not name it)
    role: str | None = None  # merger_acquisition: target, acquirer or merger
    stage: str | None = None
    counterparty: str | None = None
    person: str | None = None
    title: str | None = None
    seniority: str | None = None
    abrupt: bool = False
    reason: str = ""
    jobs: int | None = None  # layoffs: the number of jobs cut, where the text gives it
    share: float | None = None  # layoffs: the share of staff cut (0.1 = 10%), where the text gives it

    def to_dict(self) -> dict:
        return asdict(self)


# ---------------------------------------------------------------- names

# Words that never belong to a company name, in any case (wire headlines are all capitals): verbs and
# nouns of the triggers, function words, titles, time words.
_STOP_WORDS = """
a an the and or but nor of to for in on at by with from as into onto over under after before amid about than via per
vs versus while since until upon against during without within through between among is are was were be been being
has have had will would could should might must can shall do does did it its it's he she they we i you his her their
our my your this that these those who whom which what when where why how here there not no yes so also just now then
still yet only even again more most new former ex acting outgoing incoming top senior chief head exec execs
executive executives ceo ceos cfo coo cto cio cmo cpo cro chro ciso cao cco cso c.e.o president presidents chairman
chairwoman chair chairperson vice founder co-founder cofounder director directors board officer officers boss leader
leaders manager management team staff employees workers said says say according exclusive update breaking
watch video opinion analysis factbox brief breakingviews column editorial live podcast ways billion
million bn bln mln trillion percent shares share stock stocks last next first early late earlier later today
yesterday tomorrow week weeks month months year years monday tuesday wednesday thursday friday saturday sunday jan
feb mar apr jun jul aug sep sept oct nov dec u.s u.s. us uk eu up down off aside away shareholders stockholders
investors employees customers workers fans users analysts holders rest remainder pct dlrs dlr cts stg chapter
md cmd
following despite including regarding concerning excluding notwithstanding meanwhile however
""".split() + vocabulary.name_stop_words() + vocabulary.MONTHS  # the deal and departure words come from the table
# "Acme Parts Ways With CEO": "parts" is a verb, and no name word, only with "ways" after it ("Istvan Auto Parts")
_PARTS_WAYS = r"part(?:s|ed)?\s+ways"
_PARTS_WAYS_AT = re.compile(_PARTS_WAYS, re.I)
_STOP = "|".join([_PARTS_WAYS, *sorted((re.escape(w) for w in _STOP_WORDS), key=len, reverse=True)])
# The capitals a name may open with: Latin letters with their accents too ("Örsted", "Ålandsbanken", "Škoda").
_CAPITALS = "A-Z" + "".join(letter for letter in map(chr, range(0xC0, 0x250)) if letter.isupper())
# One capitalised word ("Amazon.com", "AT&T", "3M", "Toys\"R\"Us" is out of scope).
# A number glued to a unit is an amount, not a name: "$3bn", "$44B", "2mln" (but "3M", "7-Eleven" are names).
_CAP_WORD = (rf"(?:[{_CAPITALS}][\w'’.&!+-]*|"
             r"(?<![$€£\d])\d+(?!(?:bn|mn|bln|mln|tn|k|m|b)(?![\w'’.&-]))[A-Za-z][\w'’.&-]*)")
# Adjectives that are stop words ("Acme Names New CEO", "First Quarter Results") but open many
# companies' names: "New Relic", "First Republic Bank", "Live Nation", "NEW YORK TIMES". One of them opens a
# name when a capitalised word that is no stop word follows.
_NAME_OPENERS = ("New", "First", "Live")
_NAME_OPENER_WORDS = frozenset(_NAME_OPENERS + tuple(word.upper() for word in _NAME_OPENERS))
# Adjectives of deal language that Title Case and capitals write like names: before a stop word ("Enters into
# Definitive Agreement to Acquire", "Sign Definitive Merger Agreement") one describes the deal, not a company;
# before another name word it may open one ("Definitive Healthcare").
_DEAL_ADJECTIVES = frozenset("definitive binding non-binding nonbinding final formal preliminary tentative "
                             "proposed strategic all-cash all-stock hostile friendly revised improved tender cash "
                             "exchange unsolicited sweetened competing rival counter".split())
_OPENER_OPENS_A_NAME = rf"(?:{'|'.join(sorted(_NAME_OPENER_WORDS))})\s+(?!(?i:{_STOP})(?![\w&-]))[A-Z]"
_NAME_WORD = rf"(?<![\w'’.&-])(?!(?!{_OPENER_OPENS_A_NAME})(?i:{_STOP})(?![\w&-])){_CAP_WORD}"
# A company name as text writes it: capitalised words, joined by "&", "of", "de".
_STOP_SET = frozenset(_STOP_WORDS)
_JOINERS = frozenset("& of de du del der von van la le".split())
# A run of capitalised words inside a larger pattern; `_trim_name` then cuts it at the first stop word.
_NAME_RUN = rf"(?<![\w'’.&-]){_CAP_WORD}(?:\s+(?:(?:&|of|de|du|del|der|von|van|la|le)\s+)?{_CAP_WORD})*"
_TOKEN = re.compile(rf"[{_CAPITALS}a-z0-9][\w'’.&!+-]*|&")
# A subject the sentence only refers to ("it", "the company"), in body text rather than headlines.
# "the Boston-based company", "the entertainment company": one descriptor may come before the noun.
_PRONOUN_SUBJECT = re.compile(r"(?:\b(?:it|the\s+(?:[a-z][\w-]*\s+|[A-Z][\w]*-based\s+)?(?:company|firm|group|bank|"
                              r"retailer|giant|carrier|insurer|"
                              r"automaker|chain|lender|conglomerate))\s*)$", re.I)
_GEO_WORDS = frozenset("us u.s. uk eu china chinese german french british japanese swiss canadian brazilian "
                       "israeli indian european american dutch irish italian spanish korean australian".split())
_TICKER = re.compile(r"[A-Z.]{1,6}")
# ISO codes of the currencies news writes before an amount ("PLN 800m", "EUR 40m", "AED1.9 billion")
CURRENCY_CODES = ("AED|SAR|QAR|KWD|EUR|GBP|USD|CHF|JPY|CNY|INR|ZAR|NGN|KES|EGP|SEK|NOK|DKK|PLN|TRY|HUF|CZK|RON|BGN|"
                  "HRK|RSD|SKK|BRL|MXN|AUD|CAD|NZD|SGD|HKD|KRW|IDR|MYR|THB|PHP")
_AN_AMOUNT_AFTER = re.compile(r"\s?\d")
_LEADING_TICKER = re.compile(r"^\s*(?:'s|’s)?\s*\([^()]{1,16}\)")  # "AT&T (T) and ...": what follows a name
# (and the forms of Malaysia, Indonesia, Singapore, Australia, Germany, Finland: "Sinar Jaya Plantations Bhd")
# (and the dotted forms of Italy, Spain, France, the Netherlands: "Telai Moderni S.r.l.", "Vinos Rioja S.L.")
_LEGAL_TAIL = re.compile(r"(?i)\b(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|se|bhd|berhad|tbk|pte|pty|gmbh|oyj|limited|"
                         r"s\.r\.l|s\.l|s\.a\.s|s\.a\.u|b\.v|n\.v)\.?$")

# ---------------------------------------------------------------- deals

# The words that may sit between a deal's subject and its verb ("Acme, the retailer, said it would").
_AUX = (r"(?:will|would|could|may|might|has|had|have|is|are|was|were|be|been|being|also|to|agreed|agrees|"
        r"agree|plans?|planning|planned|set|expects?|expected|intends?|moves?|moved|offers?|offered|looks?|"
        r"looking|seeks?|seeking|wants?|decided|poised|now|finally|reportedly|officially|formally|quietly|"
        r"in|talks|advanced|early|late-stage|exclusive|nears?|nearing|closer|close|eyes|eyeing|weighs|"
        r"weighing|considers|considering|considered|mulls|mulling|explores|exploring|announces|announced|confirms|"
        r"confirmed|said|says|deal|a|an|the|aims|aiming|hopes|trying|tries|tried|attempts|attempting|"
        r"ready|preparing|prepares|tentatively|definitively|definitive|signs|signed|strikes|struck|reaches|"
        r"reached|makes|made|enters|entered|into|agreement|principle|it|one|step|just|already|recently|"
        r"successfully|then|later|once|again|previously|still|did|does|do|not|approves|approved|wins|won|"
        r"clears|cleared|gets|got|receives|received|go|ahead|green|light|for|on|its|plan|bid|offer|"
        r"\w+day|\w+ly|spen[dt]s?|paid|pays?|\$[\d.,]+|million|billion|cash|revives?|revived|resumes?|resumed|"
        r"reopens?|reopened|restarts?|restarted|"
        # a recent time between: "agreed last week to be bought by", "earlier this month agreed to" (not "last year":
        # a deal told as background)
        r"last|week|month|weekend|earlier|"
        # talks ended, told before the deal they were about ("has ended talks to absorb Pendlebrook")
        r"ended|ends|end|broke|breaks|off|abandoned|abandons|terminated|terminates|halted|halts|"
        r"-|–|—)")
_LEFT_GAP_PATTERN = (
    # (a plural name's possessive is its apostrophe alone: "Jinling Securities' plan to absorb Taihu Securities")
    rf"""^(?:'s|’s|['’](?=\s))?\s*
    (?::\s+)?                                                       # a bot's "$ACME - Acme Corp: Agrees to acquire ..."
    (?:(?:board(?:\s+of\s+directors)?|directors|shareholders|stockholders)\s+)?  # "Acme's board rejected ..."
    (?:\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX)?:?\s*[A-Z.]{{1,6}}\)\s*)?          # a ticker: "(DIS)", "(NYSE: T)"
    # its kind after the name, in lower case: "Armor Lait cooperative takes control of ..."
    (?:(?:cooperative|co-op|conglomerate|lender|insurer|carrier|airline|retailer|automaker|carmaker|miner|utility)\s+)?
    # appositive: ", the online retailer,", ", which employs 5,200 care workers," (a number's grouping comma is no
    # clause's end)
    (?:,\s*(?:[^,;:]|(?<=\d),(?=\d{{3}}))(?:[^,;:]|(?<=\d),(?=\d{{3}})){{0,119}}?,\s*)?
    # a relative clause telling a deal under way, or just done to the company itself: "Dravik Industries, which is buying
    # Fernhill Steel", "Kestrin Steel, which has been bought by Vitkov" (not one told as past, nor a buyer's record:
    # "Norvik Labs, which received a takeover approach ...", "which has acquired Crane Dairies since 2015"; the gap ends
    # before the deal's verb, so a perfect's participle cannot be told apart: "which has merged with" is left out too)
    (?:,\s*(?:which|that)\s+(?=(?:is|are|has\s+agreed|have\s+agreed|agrees|has\s+been|have\s+been)\s))?
    # a participle clause, its subject the sentence's: "Blackwell soars 27% after agreeing to be bought by"
    (?:(?:shares?\s+|stock\s+)?[a-z][^,;:]{{0,40}}?\s+(?:after|on|upon)\s+(?:agreeing|deciding|voting|opting)\s+)?
    (?:{_AUX}\s+)*(?:(?:said|says|announced|confirmed|disclosed)(?:\s+on\s+\w+|\s+\w+day)?(?:\s+that)?\s+
       (?:it|it['’]s|the\s+company|the\s+firm|THEY)\s+)?                 # "announced it's buying"
    (?:{_AUX}\s+)*$""")
_LEFT_GAP = re.compile(_LEFT_GAP_PATTERN.replace("|THEY", ""), re.I | re.X)
# A pair's gap: "MacLaren Line and Hebridean Steam Packet announced that they would merge" (a company alone is "it";
# "Administrators from Hadley Brock said they were seeking a buyer" is not Hadley Brock selling)
_PAIR_LEFT_GAP = re.compile(_LEFT_GAP_PATTERN.replace("|THEY", r"|they|the\s+companies")
                            # "Harrow Kimura Associates Ltd. and Northgate Engineering Ltd., will merge"
                            .replace("^(?:'s|’s|['’](?=\\s))?\\s*", "^(?:'s|’s|['’](?=\\s))?\\s*,?\\s*", 1)
                            # the kind the pair shares: "The Calderbridge and Ashmoor co-operative societies are to merge"
                            .replace("(?:(?:cooperative|co-op|", r"(?:(?:(?:co-?operative\s+|building\s+|credit\s+|"
                                     r"retail\s+|savings\s+)?(?:societies|co-?operatives|unions|mutuals|banks|companies|"
                                     r"firms|groups)|cooperative|co-op|", 1), re.I | re.X)
# Words between a deal verb and its object: "to acquire upscale US grocer Whole Foods Market".
_DESCRIPTOR = r"(?:[a-z][a-z'’-]*|\$[\d.,]+|[\d.,]+(?:%| percent)?|U\.?S\.?|UK|EU|[A-Z][a-z]+-based|\d+-year-old)"
_DESCRIPTOR_RE = re.compile(_DESCRIPTOR)
_PREPOSITIONS = frozenset("in on at for from with to by as into over about after than via through under against near outside "
                          "amid during while who which that and or but back up out off if whether".split())
# Objects a company can "acquire" that are not companies: customers, talent, land, rights, a product line,
# shares (funds), a minority stake. "Netflix acquires rights to ...", "Vanguard buys 1,200 shares of ..."
_NOT_A_COMPANY_OBJECT = re.compile(
    # (all of a company's shares are the company: "to acquire all shares in Nordavia AS", "all the issued shares of")
    r"^(?!\s*all\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+|issued\s+)?shares\s+(?:in|of)\s)"
    # (an amount in any currency: "$1.5bn", "£1.5bn", "€300m", "A$2 billion", "Rs 480 crore")
    r"\s*(?:(?:a|an|the|its|their|new|additional|further|more|some|all|[\d.,]+|(?:[A-Z]{1,3})?[$£€¥₹][\d.,]+\s*(?:billion|"
    r"million|bn|mn|m|b)?|(?-i:Dhs?|SR|QR|AED|SAR|QAR)\s?[\d.,]+\s*(?:billion|"
    r"million|bn|mn|m|b)?|rs\.?\s*[\d.,]+(?:\s*-?\s*(?:crore|lakh))?|crore|lakh|"
    r"million|billion|mln|bln|thousand|dlrs?|dollars?|pct|percent|%|worth|of|remaining|minority|small|large|"
    r"passive|toehold|majority|"
    r"controlling|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens?|several|insured|entire|star|"
    r"ordinary|common|preference|preferred|"
    # a thing's state ("the empty 200mm fab shell", "a vacant plant", "idle smelter")
    r"empty|vacant|idle|idled|disused|unused|mothballed|shuttered|former)\s+)*"
    r"(?:\d[\w-]*\s+)?"  # a technical grade or size before the thing: "4G spectrum", "800MHz licences"
    r"(?:fab\s+)?"  # ("fab shell", "fab building": a chip plant's building)
    r"(?:shares?|stakes?|stock|position|positions|holdings?|interest|customers?|clients?|subscribers?|talent|"
    r"staff|engineers?|employees|land|acres?|rights?|licen[cs]es?|patents?|propert(?:y|ies)|real\s+estate|"
    r"buildings?|offices?|headquarters|plants?|factory|factories|mines?|stores?|sites?|spectrum|assets\s+in|fabs?|"
    r"shells?|cleanrooms?|smelters?|"
    r"product\s+lines?|brands?\s+from|portfolio|loans?|debt|bonds?|notes|debentures|deposits|output|"
    r"(?:tonnes|tons|barrels|bushels|ounces)\s+of|jetliners|airliners|refiner(?:y|ies)|"
    r"back|tickets?|players?|guard|forward|"
    r"center|pitcher|outfielder|infielder|catcher|shortstop|quarterback|receiver|linebacker|striker|"
    r"midfielder|defender|goalkeeper|winger|prospects?|draft|picks?|homes?|houses?|mansion|jets?|planes?|"
    r"aircraft|yachts?|films?|movies?|shows?|series|songs?|catalog(?:ue)?|copies|tokens?|bitcoin|coins?|domains?|"
    # investing talk: "closer to buy territory", "a scale-down buying approach", "buy rating"
    r"territory|approach|opportunit(?:y|ies)|signals?|zone|rating|recommendation|"
    # a purchase order, equity purchase agreement: commerce and financing, not a company bought
    r"orders?)\b"
    # (a word joined by a hyphen to the next describes it: "buys home-infusion provider CarePath", "stock-trading app")
    r"(?!-\w)",
    re.I,
)
# What a company buys when it buys a thing, not a company: the head noun that ends the object's phrase. A
# plural counts only after a number ("two properties", "four tanker vessels"): "Lockhart Hotels", "Cousins
# Properties" are companies.
_ASSET_NOUN = (r"(?:property|facility|community|project|vessel|ship|tanker|hotel|inn|resort|portfolio|buildings?|leases?|"
               r"tower|mall|apartment\s+complex|acreage|land|field|hub|mine|plant|site|campus|warehouse|terminal|"
               r"farm|ranch|shopping\s+cent(?:er|re)|(?:office|logistics|industrial|business|retail|science|distribution)\s+park|"
               r"office|aircraft|fleet|refinery|smelter|mill|"
               r"orchards?|vineyards?|maltings|plot|landfill|transfer\s+station|"
               # (the building, not a data-centre business: "buys data centre operator Voltrack" ends in "operator")
               r"data\s+cent(?:er|re)|tenements?|"

               r"pipeline|headquarters|factory|"
               # a home bought ("Tycoon buys Forbes Park mansion")
               r"mansion|villa|penthouse|residence|chateau|château|castle|yacht|"
               # what a licence, a name or an address is: "mid-band spectrum licences", "the Snapjot brand and domain"
               r"licen[cs]es?|spectrum|trademarks?|domains?|source\s+code|"
               # a regulator's voucher, sold on ("sells rare pediatric disease priority review voucher for $105 million")
               r"vouchers?|"
               # what a business owned, bought without it: "the plant's equipment", "its recipes and trademarks"
               r"equipment|machinery|intellectual\s+property|patents?|recipes|"

               # "acquires distribution rights in the Pacific Northwest", "Global Rights to Orzenta": a licence, no company
               r"rights)")
_ASSET_NOUNS = (r"(?:properties|facilities|communities|projects|vessels|ships|tankers|hotels|resorts|buildings|"
                r"lots|homesites|parcels|plots|"
                r"towers|malls|apartments|acres|fields|mines|plants|sites|warehouses|terminals|farms|aircraft|"
                r"jets|jetliners|airliners|planes|refineries|mills|factories|mansions|villas|yachts)")
# (not a share: "acquired 100 percent of Tarlac Savings and Loan Bank" buys a company, not things counted)
_QUANTITY = (r"(?:(?:approximately|about|some|nearly|roughly|around|over|more\s+than)\s+)?"
             r"(?:\d[\d,.]*(?!\s*(?:%|percent|per\s+cent|pct)\b)|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|"
             r"multiple|one\s+of)")
# ("42,000 net acres of undeveloped acreage", "a portfolio of 30 hotels": what the thing is made of)
_PHRASE_END = (r"(?=\s*(?:$|[,.;:(]|-\s|(?:in|of|for|from|at|near|to|with|on|as|amid|after|worth|valued|by|located|"
               r"covering|and|out|over|under|outside|across|along|around|"
               r"including|totaling|totalling|spanning|comprising)\b))")
# (an amount in any currency among them: "a £1.5bn mortgage portfolio"; a count's thousands: "five 6,500 TEU ships")
_WORDS_BEFORE_HEAD = r"(?:[\w'’&.,%$£€¥₹-]+\s+)"
# "acquires Darlin Li-Be property in Quebec", "buys the Bilboes gold project", "acquire four tanker vessels for
# $79.5M", "Acquires Royal Palm, a 326-Unit Multifamily Community": the thing bought is a property, a project,
# ships, a site, however it is named. A company's name is no such phrase ("Tanker Holdings", "Mine Safety Inc").
# "acquires oil and gas properties in Texas": what the ground yields, bought as property, leases or reserves
_RESOURCE_ASSETS = (r"(?:(?:oil|gas|oil\s+and\s+gas|natural\s+gas|mineral|mining|coal|timber|producing|real\s+estate)\s+"
                    r"(?:properties|interests|leases|reserves|assets|rights)"
                    # a partner's share of wells another company runs: "non-operated Bakken interests"
                    r"|non-?operated\s+(?:[\w-]+\s+){0,2}?(?:interests|assets|acreage|properties|working\s+interests))")
# "buys two LNG carriers", "acquires 14 used freighters", "To Buy 12 Branches": a count of things (the first plural
# after the count is the head) is things, unless they are businesses ("acquires two rivals", "buys three regional
# lenders"); after a count, even a capitalised plural is no company's name.
_BUSINESSES = (r"(?:compan(?:y|ies)|firms|businesses|rivals|competitors|start-?ups|banks|lenders|insurers|chains|brands|"
               r"operators|makers|producers|providers|developers|distributors|suppliers|retailers|manufacturers|"
               r"specialists|units|subsidiaries|divisions|agencies|practices|dealerships|clinics|hospitals|"
               r"newspapers|titles|magazines|stations|studios|franchises|franchisees|restaurants|labs|laboratories|"
               r"brokers|brokerages|consultancies|advisers|advisors|managers|platforms|groups|partners|outfits)")
_FAILED = r"(?:bankrupt|collapsed|defunct|insolvent|failed|liquidated)"
_A_FAILED_COMPANYS_THINGS = r"(?:assets|brands?|names?|leases|patents|inventory|stores|depots|buses|library)"
_ASSET_OBJECT = re.compile(
    # a company's product bought alone, named by its owner's possessive: "bankrupt Solstice Bio's kidney drug",
    # "Redhollow's 220-title film library" (not the company: "would double its film library" is no object)
    r"^\s*(?:the\s+rights\s+to\s+)?(?:bankrupt\s+|collapsed\s+|defunct\s+)?(?:[\w&.-]+\s+){0,4}?[\w&.-]+(?:['’]s|s['’])\s+"
    r"(?:[\w-]+\s+){0,3}?(?:drugs?|drug\s+candidates?|compounds?|molecules?|library|catalog(?:ue)?|"
    # (or its property: "the sale of Greenhollow Mills' flour plants to Stavanger Grain", "Wexford's shopping centres")
    r"plants|factories|mills|buildings|properties|shopping\s+(?:cent(?:er|re)s|malls)|malls|hotels|warehouses|"
    r"vessels|ships|aircraft)\b(?!(?:\s+[\w-]+){0,2}\s+(?:business|unit|division|arm|chain|operations?|group|company))|"
    rf"^\s*{_QUANTITY}\s+(?:(?![\w'’&.,%$£€¥₹-]*s\s)[\w'’&.,%$£€¥₹-]+\s+){{0,3}}?(?!{_BUSINESSES}\b)"
    rf"(?-i:[A-Za-z][a-z]{{2,}}s|[A-Z]{{2,}}s)\b{_PHRASE_END}|"
    rf"^\s*(?:certain\s+|its\s+|the\s+)?{_RESOURCE_ASSETS}\b{_PHRASE_END}|"
    # a thing sized by its length or its area: "the 58-mile Fenwick Subdivision", "58 miles of branch line"
    r"^\s*(?:the\s+|a\s+|an\s+)?(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*(?:-|\s+)(?:miles?|kilomet(?:er|re)s?|km|acres?|"
    r"hectares?)\b|"
    # (not a purpose clause: "acquisition to expand its diabetes pipeline" has no object there)
    rf"^\s*(?!to\s){_WORDS_BEFORE_HEAD}{{0,6}}?{_ASSET_NOUN}\b{_PHRASE_END}"
    rf"|^\s*{_QUANTITY}\s+{_WORDS_BEFORE_HEAD}{{0,5}}?{_ASSET_NOUNS}\b{_PHRASE_END}"
    rf"|^\s*[^,;.]{{1,60}},\s+an?\s+{_WORDS_BEFORE_HEAD}{{0,4}}?{_ASSET_NOUN}\b{_PHRASE_END}"
    # a brand bought with other things or from its owner ("the Snapjot brand and domain", "hair oil brand from Vasant
    # Herbals"); "a plant-based brand" alone, like "fashion brand Morvo", is most often the company
    rf"|^\s*{_WORDS_BEFORE_HEAD}{{0,6}}?brand\s+"
    r"(?:and|from|names?|rights|at\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}auction)\b"
    # a name, then what it is a brand of, then "brand": "buys Old Settler pickle brand", "the Old Settler pickle and
    # relish brand" (a company is a brand before its name, "fashion brand Morvo", or "Brands" in it)
    rf"|^\s*(?:the\s+)?(?-i:(?:[A-Z][\w&'’.-]*\s+){{1,4}}(?:[a-z][\w-]*\s+){{0,3}}?brands?)\b{_PHRASE_END}"
    # (in a Title Case label, "Acquisition of the Dovecote Brand": the singular only, "Hostess Brands" is a company)
    rf"|^\s*the\s+(?-i:(?:[A-Z][\w&'’.-]*\s+){{1,3}}Brand)\b{_PHRASE_END}"
    # a building's title, a broker's or an insurer's clients bought without the firm, as the object's head ("buys
    # freehold of Bristol depot", "Hatherley's personal lines book", "Cleverlane customer list"; not "buys Bolt
    # Advisers to grow its client base")
    r"|^\s*(?:the\s+|its\s+|a\s+)?(?:(?-i:[A-Z&][\w&'’.-]*)\s+){0,4}?(?:personal\s+lines\s+|commercial\s+lines\s+)?"
    r"(?:freehold|leasehold|book\s+of\s+business|book|renewal\s+rights|customer\s+(?:list|database|book|base)|"
    r"client\s+(?:list|book|base))\b(?!\s+(?:value|growth)\b)",
    re.I)
# What a failed company owned, bought without it: "assets of bankrupt Lumoria Health", "bankrupt Nordvik Tools' assets",
# "brand of collapsed camping retailer", "depots and buses from collapsed operator" (not "substantially all of the
# assets of" a going concern: that is the business)
_A_FAILED_COMPANYS_ASSETS = re.compile(
    # (not with its business: "the assets and business of bankrupt Lyndhurst Furniture" is the going concern)
    rf"^\s*(?:the\s+|certain\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{_A_FAILED_COMPANYS_THINGS}\s+"
    rf"(?:and\s+(?!(?:the\s+)?(?:business|operations|undertaking)\b)[\w-]+\s+)?"
    rf"(?:of|from)\s+(?:the\s+|its\s+|an?\s+)?{_FAILED}\b"
    rf"|^\s*(?:the\s+)?{_FAILED}\s+(?:[\w&.-]+\s+){{0,4}}?[\w&.-]+['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_A_FAILED_COMPANYS_THINGS}\b",
    re.I)
# "Future Facilities, a provider of ...": what the apposition calls a business is a company, whatever its name.
# Nouns for a business that is bought as a going concern; an apposition may also call a company a group, a
# business, an owner or a brand, which alone say nothing of what is bought.
_GOING_CONCERN = (r"(?:provider|maker|developer|producer|manufacturer|company|firm|operator|distributor|supplier|"
                  r"start-?up|specialist|retailer|lender|bank|insurer|chain)")
_BUSINESS_NOUN = rf"(?:{_GOING_CONCERN}|group|business|owner|brand)"
# "acquires wastewater products firm based in ...", "to buy a regional lender": a business described, not named
# (lower-case words before the noun).
_UNNAMED_BUSINESS = re.compile(
    # (a nationality may open it, and a rival be the business: "Telai Moderni S.r.l. buys German competitor")
    # (or control of it, and a place among its words: "purchased 80 pct of a privately held Arizona homebuilder", which
    # `_span_after` reads as no name)
    rf"^\s+(?:(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?\s*(?:%|pct|percent|per\s+cent)\s+of\s+)?(?:an?\s+|the\s+|another\s+)?"
    rf"(?:[A-Z][a-z]+(?:an|ese|ish|ch)\s+)?(?:[a-z][a-z'’&-]*\s+){{0,5}}?(?:[A-Z][a-z]+\s+(?:[a-z][a-z'’&-]*\s+){{0,2}})?"
    rf"(?:{_GOING_CONCERN}|competitor|rival|(?:home|ship|boat)?builder)"
    r"(?=\s*(?:$|[,.;:(]|-\s|(?:in|for|from|at|near|to|with|on|as|amid|after|worth|valued|by|located|based|that|which)\b))")
# ("Dempsey Creamery, the Vermont butter and cream maker it founded": "the" and more words describe it as well)
# ("Tri-County Packaging Co., a Michigan sheet plant and display maker": a legal form's dot ends no name, and the head of
# a coordination is its last noun)
_NAME_BEFORE_COMMA = r"(?:[^,;.]|(?<=\bCo)\.|(?<=\bInc)\.|(?<=\bLtd)\.|(?<=\bCorp)\.|(?<=\bCos)\.)"
_A_BUSINESS_APPOSITION = re.compile(rf"^\s*{_NAME_BEFORE_COMMA}{{1,60}},\s+an?\s+(?:[\w'’&.-]+\s+){{0,3}}?"
                                    rf"(?:(?:[\w'’&.-]+\s+){{1,3}}?and\s+(?:[\w'’&.-]+\s+){{0,2}}?)?{_BUSINESS_NOUN}\b|"
                                    rf"^\s*[^,;.]{{1,60}},\s+the\s+(?:[\w'’&.-]+\s+){{1,5}}?{_GOING_CONCERN}\b|"
                                    # "ClickRoost, an online classified-advertising site": a web business, no plot of land
                                    r"^\s*[^,;.]{1,60},\s+an?\s+(?:[\w'’&.-]+\s+){0,3}?(?:website|web\s+site|portal|marketplace|"
                                    r"online\s+(?:[\w'’&.-]+\s+){0,2}?site)\b", re.I)


# "to acquire Talent Systems": a run of capitalised words is a name, whatever its first word means in lower case
_NAMED_OBJECT = re.compile(r"^\s*[A-Z][a-z][\w&'’.-]*\s+[A-Z][a-z]")


def _not_a_company_bought(after: str, sentence: str = "") -> bool:
    """The object after a deal verb is shares, people, things or a property, not a company (nor control of one).
    In running text (`sentence` neither Title Case nor capitals) a run of capitalised words opening with a thing's
    word is a name: "to acquire Home Depot", "buys Land Rover"."""
    thing = _NOT_A_COMPANY_OBJECT.match(after)
    if thing and sentence and _NAMED_OBJECT.match(after) and not _shouts_or_titles(sentence):
        thing = None
    return bool(_A_FAILED_COMPANYS_ASSETS.match(after) or (
        (thing or _bought_an_asset(after) or _a_companys_thing(after)) and not _CONTROL_OBJECT.match(after)))


# "paid $410,000 for Stackyard Academy's curriculum, trademarks and 300 laptops": a name's possession, in lower
# case, up to the phrase's end; its head word is what is bought
# (a place's name may describe it: "Gull Coast's LaGuardia slots")
_POSSESSED = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*(?:['’]s|s['’])\s+"
                        r"((?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                        r"(?=\s*(?:$|[,.;:]|\s(?:in|of|for|from|at|to|with|on|and|by|after|amid)\b))")
# a possession that is a company or a business: "Morvo's payroll unit", "its parent", a stake's words
_A_BUSINESS_HELD = frozenset("""business businesses operations unit units division divisions arm subsidiary
subsidiaries parent owner affiliate operator franchise franchises stake stakes shares interest holding holdings
assets""".split())


def _a_companys_thing(after: str) -> bool:
    """The object is something a named company owns that is no business of it: its curriculum, its recipes."""
    possessed = _POSSESSED.match(after)
    if possessed is None:
        return False
    head = possessed.group(1).split()[-1]
    return head not in _A_BUSINESS_HELD and not a_kind_of_company(head) and not a_kind_of_company(head.rstrip("s"))


def _bought_an_asset(after: str) -> bool:
    after = _OF_AFTER_A_NOUN.sub("", after, count=1)  # "acquisition of 45,000 net acres": the noun's object
    return bool(_ASSET_OBJECT.match(after) or _A_FAILED_COMPANYS_ASSETS.match(after)) and not _A_BUSINESS_APPOSITION.match(after)


_OF_AFTER_A_NOUN = re.compile(r"^\s*of(?=\s)", re.I)


# "purchase order", "Equity Purchase Agreement", "LNG Sale and Purchase Agreement": a deal noun that only
# describes a contract of trade or financing.
_COMMERCE_COMPOUND = re.compile(r"(?i)\s+(?:orders?|agreements?|contracts?|commitments?|obligations?|"
                                r"programs?|power|approach|opportunit(?:y|ies))\b")
# goods sold to a kind of customer, no company: "allowing sale to federal agencies", "sells to retailers"
_SOLD_TO_CUSTOMERS = re.compile(r"\s+to\s+(?:[a-z][\w-]*\s+){0,3}?(?:customers|clients|consumers|agencies|governments|"
                                r"hospitals|schools|retailers|distributors|dealers|users|businesses|households|"
                                r"militaries|utilities|the\s+public)\b")
_TRADE_NOUNS = ("purchase", "purchases", "sale", "sales", "buying", "buy")
# "Edward Jones says buy Qualcomm", "upgrades Acme to buy": an analyst's call, not a deal.
_ANALYST_CALL = re.compile(r"(?i)\b(?:says|say|said|rates?|rated|rating|upgrades?\s+\S+\s+to|upgraded\s+to|"
                           r"reiterates?|initiates?\s+\S+\s+(?:at|with))\s+(?:a\s+|strong\s+)?$")
# "an additional 20% stake", "9.9% of": a purchase below control is not an acquisition.
# A share that may size a stake; not a price move or a premium ("$FNWK +27% premarket", "a 30% premium", "closes
# up 31%").
_PRICE_MOVE_BEFORE = "".join(rf"(?<!\b{verb}\s)" for verb in (
    "up", "down", "rose", "rises", "rise", "fell", "falls", "fall", "jumps", "jumped", "jump", "soars", "soared", "gains",
    "gained", "slips", "slipped", "sinks", "sank", "drops", "dropped", "surges", "surged", "climbs", "climbed", "tumbles",
    "tumbled", "plunges", "plunged", "rallies", "rallied", "slumps", "slumped"))
# (the digit looked for first: the thirty look-behinds are then tried only where a number starts)
_STAKE_PERCENT = re.compile(r"(?=\d)" + _PRICE_MOVE_BEFORE + r"(?<![+\-−\d.])(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|pct\b)(?!\s*(?:premium|premarket|"
                            r"pre-market|higher|lower|after[-\s]hours|discount|gain|rise|jump|drop|fall|decline|"
                            r"of\s+(?:its\s+)?(?:revenue|sales|workforce|staff)))", re.I)
_CONTROL_OBJECT = re.compile(
    # ("an 80 percent stake in", "a 60 per cent stake in")
    # (merger control's "sole control over", "joint control of")
    r"^\s*(?:(?:an?|the|its|all|of|full|remaining|outstanding|substantially|rest|majority|controlling|sole|joint|"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|pct))\s+)*(?:stake|interest|control|assets|business|businesses|operations|"
    r"shares|rest|majority)\s+(?:in|of|(?<=control\s)over)\s+", re.I)
# A stake that carries control is the company changing hands (our vocabulary: a controlling stake is a
# deal, a minority one is not): "takes a majority interest in", "sells its 60% controlling stake in".
_CONTROL_STAKE = (r"(?:an?\s+|its\s+|the\s+|their\s+)?(?:(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?"
                  # (all of it: "its entire shareholding in", "its entire equity interest in", as a disposal is told)
                  r"(?:majority|controlling|entire)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?(?:equity\s+)?"
                  r"(?:stake|interest|holding|shareholding|position|package)\s+in\s+"
                  # or sized past half: "has sold its 80% stake in Lavanderie Industriali Tosco-Emiliane to", "its 58%
                  # package in", "sells 51% of Považská distribučná to"
                  r"|(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+"
                  r"(?:(?:equity\s+)?(?:stake|interest|holding|shareholding|position|package)\s+in|"
                  r"of\s+(?:the\s+)?(?:equity\s+interest|issued\s+share\s+capital|shares)\s+in|of)\s+)")
# "Teledyne takes majority interest in Noiseless Acoustics", "Clearhaven invests $100M for a controlling
# interest in SundaySky": the subject gains control of the company after "in".
_TAKES_CONTROL = re.compile(
    # ("grabs 67% controlling stake in Trellis Robotics")
    r"\b(?P<verb>(?:to\s+)?(?:take|takes|took|taking|taken|get|gets|got|secure|secures|secured|win|wins|won|"
    r"grab|grabs|grabbed|grabbing|invest(?:s|ed|ing)?\s+(?:\S+\s+){1,3}?for))\s+" + _CONTROL_STAKE, re.I)
# "Carlyle sells majority stake in Unison to Madison Dearborn": control of the company after "in" passes to
# the buyer after "to"; the seller is neither side.
_SELLS_CONTROL = re.compile(
    r"\b(?P<verb>(?:(?:to|agrees?\s+to|agreed\s+to|plans?\s+to)\s+)?(?:sell|sells|sold|selling|divest|divests|"
    r"divested|offload|offloads|offloaded|"
    # the sale as a noun, as the exchanges' announcements tell a listed company's disposal: "the proposed disposal of
    # 100% of the equity interest in RM Hotel Management Sdn Bhd", "the disposal of its entire shareholding in ... to"
    r"(?:proposed\s+)?(?:sale|disposal|divestment)\s+of(?:\s+[\d,]+\s+(?:[\w.]+\s+){0,4}?shares\b[^,;]{0,40},\s+"
    r"representing)?))\s+" + _CONTROL_STAKE, re.I)
# ("to the Hollis Auto Group"; an apposition's closing comma: "sold our agency, Pike & Dunmore Insurance, to")
_TO_BUYER = re.compile(r"\s*(?:,[^,]{0,60},\s*|,\s*)?to\s+(?:the\s+)?", re.I)

# "Kestrel sells Halden Labs to Morvo", "Kestrel agrees to sell Halden Labs, a maker of sensors": the company
# sold is the name right after the verb. A product is sold to a named buyer too ("sells Widget Pro to
# retailers"), so the sale counts only where something says the thing sold is a company: a legal form, a
# unit word or a business apposition after it, or a price or a deal word in the sentence.
_SELLS_NAMED = re.compile(
    r"\b(?P<verb>(?i:(?:(?:to|agrees?\s+to|agreed\s+to|plans?\s+to|set\s+to|will|would)\s+)?(?:sell|sells|sold|"
    r"selling|divest|divests|divested|offload|offloads|offloaded)))\s+"
    # (or a description of it first, in apposition: "sold our little agency, Pike & Dunmore Insurance, to")
    r"(?:(?P<described>(?i:its|his|her|their|our|my|the)\s+(?:[a-z][a-z'’-]*\s+){0,3}(?P<kind>[a-z]+),\s+)|(?i:its\s+|the\s+))?"
    r"(?=[A-Z0-9])")
# Who sells, where it is no company: the owners themselves ("We sold Larkin Motors to", "the family has sold")
_PEOPLE_WHO_SELL = re.compile(r"(?:^|[\s,;:—(-])(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|(?i:the|his|her|their|my|our)\s+"
                              r"(?:family|founders?|owners?|partners?|parents|brothers|sisters))\s+"
                              r"(?:(?:have|has|had|finally|recently|just|officially|also|quietly)\s+)*$")
_UNIT_WORDS = r"(?:unit|business|businesses|division|subsidiary|arm|operations)"
_UNIT_WORD = re.compile(_UNIT_WORDS, re.I)
_UNIT_AFTER = re.compile(rf"\s*{_UNIT_WORDS}\b", re.I)
_SALE_PRICE_OR_DEAL = Alternatives(re.compile(r"(?:\$|€|£)\s?\d|\b\d[\d.,]*\s*(?:million|billion|bn|mln|m)\b|\bdeal\b|"
                                 r"\btransaction\b|\bagreement\b", re.I))

# "X acquires Y" where the object is followed by one of these is about investing, not buying Y.
_INVESTING_TAIL = re.compile(r"^\s*(?:'s|’s)?\s*(?:stock|shares|ETF|bonds|calls|puts|options|dip|points?|rating|zone|"
                             r"signal|now|alert|range)\b", re.I)

# What stands between "completed its" and "acquisition of": how the deal was told before, and its price, in
# today's and the older wires' spelling ("its previously announced 31 mln dlr acquisition of").
_DEAL_TOLD = (r"(?:(?:previously|recently|earlier)[\s-]+)?(?:announced|proposed|planned|pending|agreed|expected|"
              r"long-awaited)")
_DEAL_PRICE = r"(?:\$[\d.,]+\s*\w+|[\d.,]+\s+(?:mln|million|bln|billion)\s+(?:dlrs?|dollars?|stg|yen)(?:-a-share)?)"

# a price as an offer's "of" tells it: "of $2.1 billion", "of 1.4 billion Swiss francs", "of 12 euros a share in cash"
# (no upper-case-only class: the pattern's lower-case twin reads lower-cased text)
_PRICE_TOLD = (r"(?:about\s+|around\s+|nearly\s+|up\s+to\s+)?(?:[$£€]|[A-Za-z]{1,2}\$)?\s?[\d.,]*\d\s*"
               r"(?:million|billion|bn|mln|bln|m|b)?(?:\s+(?:[A-Za-z][a-z]+\s+)?(?:dollars?|euros?|pounds?|francs?|yen|"
               r"yuan|renminbi|rupees?|kronor|kroner|crowns?|dlrs|stg|ringgit|rand|won|reais))?"
               r"(?:\s+(?:a|per)\s+share)?(?:\s+in\s+(?:cash|stock|shares|cash\s+and\s+(?:stock|shares)))?")
# a price as bidders name a company's: sized ("$2 billion", "SEK 4bn") or a share's ("A$2.10 a share", "SEK 112 a share in
# cash", "215p a share", "12 euros per share"); a small sum alone bids for things ("offers 50p for loyalty cards")
_AN_AMOUNT = (r"(?:(?:[A-Za-z]{1,2})?[$£€]\s?[\d.,]*\d|(?:" + CURRENCY_CODES.lower() + r")\s?[\d.,]*\d|[\d.,]*\d\s*(?:p|pence|cents?)|"
              r"[\d.,]*\d(?:\s+(?:million|billion))?\s+(?:euros?|dollars?|pounds?|francs?|kronor|kroner|crowns?|yen|yuan))")
_A_PRICE = (rf"(?:{_AN_AMOUNT}\s*(?:million|billion|bn|mn|mln|bln|m|b)\b(?:\s+(?:euros?|dollars?|pounds?|francs?))?|"
            rf"{_AN_AMOUNT}[\s-](?:a|per)[\s-]share)(?:\s+in\s+(?:cash|stock|shares|cash\s+and\s+(?:stock|shares)))?")
_ACTIVE_DEAL = re.compile(
    rf"\b(?P<verb>{_W(ACTIVE)}|"
    rf"(?:{_W(CLOSES)})\s+(?:its\s+|the\s+|a\s+)?(?:(?:{_DEAL_TOLD}|{_DEAL_PRICE})\s+){{0,3}}"
    rf"(?:{_W(CLOSED)}|deal\s+(?:for|to\s+(?:{_W(DEAL_TO)})))(?:\s+of)?|"
    rf"(?:{_W(BIDS_FOR)})\s+(?:{_A_PRICE}\s+)?for|"
    # "agreed yesterday to pay $700 million for Morning Crown Roasters": a price paid for a company (the object is
    # checked as any deal's is: a thing, shares or a stake bought is no deal)
    r"(?:pay|pays|paid|paying)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|up\s+to\s+)?"
    rf"(?:\$|€|£|C\$|A\$|(?:{CURRENCY_CODES.lower()})\s)\s?[\d.,]+\s*(?:million|billion|bn|mln|bln|m|b)?\s+"
    r"(?:in\s+(?:cash|stock|cash\s+and\s+stock)\s+)?for|"
    # a price per share in the currency's word, in pence: "pays 12 euros per share in cash for Florabel NV", "agreed to
    # pay 215p a share for Hobbes & Carrow"
    rf"(?:pay|pays|paid|paying)\s+(?:about\s+)?{_A_PRICE}\s+for|"
    rf"(?:{_W(MAKES_BID)})\s+(?:an?\s+|its\s+)?(?:[$£€][\d.,]+\s*\w+\s+)?(?:hostile\s+|"
    rf"takeover\s+|buyout\s+|tender\s+|all-cash\s+|cash\s+|renewed\s+|fresh\s+|new\s+|improved\s+|sweetened\s+|"
    rf"revised\s+|second\s+|formal\s+|possible\s+|potential\s+|"
    # a takeover offer as the rules of exchanges name it: "public tender offer (OPA)", "mandatory tender offer",
    # "voluntary conditional general offer"
    rf"public\s+|mandatory\s+|voluntary\s+|conditional\s+|unconditional\s+|general\s+)*(?:{_W(BID)})"
    # (the City's "tilt" is made at its target: "makes £1.1bn tilt at Murrumba Logistics")
    rf"(?:\s*\([A-Za-z]{{2,5}}\))?(?:\s+of\s+{_PRICE_TOLD})?(?:\s+(?:for|to)|(?<=tilt)\s+at)|"
    rf"(?:{_W(WINS_BIDDING_WAR)})\s+(?:the\s+)?bidding\s+war\s+for|"
    # an auction of a company won ("wins auction for bankrupt fintech Lendwell's operations"; a painting or
    # spectrum won at auction is a thing, as any object is read)
    rf"(?:{_W(WINS_BIDDING_WAR)})\s+(?:the\s+|an?\s+)?(?:bankruptcy\s+|court[\s-]\w+\s+)?auction\s+for|"
    # "Ashford nears deal for Brenner", "Acme clinches $2 billion deal for Globex"
    rf"(?:{_W(SEALS_DEAL)})\s+(?:an?\s+)?(?:\$[\d.,]+\s*\w+\s+)?deal\s+for|"
    rf"(?:{_W(TAKES_PRIVATE)}|to\s+take)(?=\s+\S+(?:\s+\S+){{0,3}}\s+private\b)|"
    rf"(?:{_W(GAINS_CONTROL)})\s+(?:(?:close\s+to|nearly|about|almost|over|"
    r"more\s+than)\s+)?(?:full\s+|majority\s+|sole\s+|joint\s+|\d+(?:\.\d+)?%\s+)?control\s+(?:of|over)|"
    r"(?:rais|increas|lift|boost)(?:e|es|s|ed|ing)\s+(?:its\s+)?(?:stake|holding|shareholding)\s+(?:in|into)|"
    # the perfect of "take over" ("has taken over Nordso Power"; not the passive "has been taken over by")
    r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))taken\s+over|"
    # the company named before the stake, in a headline's shorthand: "Kestrel lifts Morvo stake to 60%" (its size
    # then decides, as any stake's: _stake_below_control)
    r"(?:rais|lift|boost|up)(?:e|es|s|ed|ing|ped|s)?(?=\s+(?:[\w'’&.-]+\s+){1,5}?(?:stake|holding)\s+to\s+\d))\b",
    re.I,
)
# A part of a company sold as a going concern: "sells its robotics unit to", "sells Pacer Tools unit to".
_BUSINESS_PART = r"(?:business|businesses|operations|unit|units|division|arm|subsidiary)"
# When a deal was done, told between its verb and its doer: "in March", "in 2019", "in the spring of 2011", "last year"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WHEN = (r"(?:(?:in|during)\s+(?:early\s+|late\s+|mid-?)?(?:(?:19|20)\d\d|" + _MONTH + r"(?:\s+(?:19|20)\d\d)?|"
         r"(?:the\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+of)?(?:\s+(?:19|20)\d\d)?)|"
         r"(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:year|month|week|spring|summer|fall|autumn|winter|quarter))")
# "Whole Foods to be acquired by Amazon", "Whole Foods sold to Amazon", "Lucid agrees to sale to ..."
_PASSIVE_DEAL = re.compile(
    # ("to be bought outright by": the whole company)
    # (and when, between the verb and its "by": "was acquired in March by", "was bought out last year by")
    rf"\b(?P<verb>(?:{_W(PASSIVE)})\s+(?:out\s+)?(?:outright\s+|fully\s+|entirely\s+|jointly\s+)?(?:{_WHEN}\s+)?by|"
    # "Quillfeather Games jumps on acquisition by Pelorus": a price move on the news of its own sale
    r"(?:shares?\s+)?(?:jump|soar|surge|rise|rose|climb|rall|gain|spike|pop|leap|fall|fell|drop|sink|sank|slump|tumbl)\w*\s+"
    r"(?:[\d.]+%\s+|[\d.]+\s+percent\s+)?(?:on|after|following)\s+(?:news\s+of\s+)?(?:an?\s+|the\s+)?"
    rf"(?:\$[\d.,]+\s*\w+\s+)?(?:{_W(AGREED_BY)})\s+by|"
    # "sells itself to", "sells its core business to", "sells industrial robotics unit to": the seller's news
    rf"(?:{_W(SELLS_TO)})\s+(?:itself\s+|(?:its\s+)?(?:[a-z][a-z-]*\s+){{0,3}}{_BUSINESS_PART}\s+)?to|"
    r"agrees?\s+to\s+(?:be\s+sold|sell\s+itself|(?:a\s+)?sale)\s+to|"
    rf"agree[sd]?\s+to\s+(?:an?\s+)?(?:\$[\d.,]+\s*\w+\s+)?(?:{_W(AGREED_BY)})\s+by|"
    rf"(?:{_W(ANSWERS_BID_FROM)})\s+"
    # "rejects $19/shr proposal from", "receives non-binding proposal from": a price a share, how binding it is
    # (and how it is paid, with the commas between its words: "an unsolicited, non-binding A$3.4bn cash-and-scrip proposal from")
    r"(?:an?\s+|the\s+|its\s+|receipt\s+of\s+|(?:[A-Za-z]{1,2})?\$[\d.,]+(?:-a-share|\s*/\s*(?:share|shr|sh)\b|\s*\w+)\s+|"
    r"hostile\s+|[\d.,]*\d\s*(?:p|pence|cents?)(?:-a-share)?\s+|['‘\"“][a-z][\w-]*['’\"”]\s+|"
    r"(?:unsolicited|sweetened|non-?binding|indicative|preliminary|all-cash|all-(?:stock|share|scrip)|"
    r"cash-and-(?:scrip|stock|shares?)),?\s+|"
    r"new\s+|revised\s+|possible\s+|"
    r"raised\s+|improved\s+|higher\s+|increased\s+|latest\s+|fresh\s+|final\s+|second\s+|amended\s+)*"
    rf"(?:(?:{_W(BID_KIND)})\s+)?(?:{_W(BID_FROM)})\s+from|"
    r"(?:to\s+be|being|been|is|was)\s+sold\s+(?:as\s+a\s+going\s+concern\s+)?to|"
    r"(?:to\s+be|being|been|is|was)\s+taken\s+private(?!\s+by))\b",
    re.I,
)
# A lower-case thing, then a place's preposition, just before a name: the name is where the thing is ("The shuttered
# building that housed a vertical farm in Detroit", "An idled ammonia plant near Donaldsonville")
_WHERE_A_THING_STANDS = re.compile(r"(?-i:\b[a-z][a-z-]+)\s+(?:in|near|outside)\s+$", re.I)
# "Microsoft's $69 billion acquisition of Activision", "AT&T's proposed takeover of Time Warner"
# (the City's "tilt" is made at its target: "Woolsey Freight's $1.1b tilt at Murrumba Logistics")
_NOMINAL_DEAL = re.compile(rf"\b(?P<verb>(?:{_W(OF)})\s+\(?(?:of|for)|tilt\s+at)\b", re.I)
# "Whole Foods acquisition": the company just before the noun is the one being bought.
_NOUN_AFTER_TARGET = re.compile(rf"\b(?P<verb>{_W(NAMED_BEFORE)})\b"
                                r"(?!\s+(?:of|for|by|with)\b|\s+to\s+(?!be\b|become\b|close\b|complete\b|create\b|go\b|proceed\b|move\s+forward\b"
                                # a purpose clause, not a sale's recipient: "ViaCyte acquisition to expand diabetes pipeline"
                                r"|(?:expand|strengthen|accelerate|boost|bolster|broaden|add|enhance|extend|grow|build|deepen|"
                                r"enter|gain|drive|support|increase|diversify|complement|bring|widen|scale|speed|round\s+out)\b)"
                                # the noun describing something else: "closes $14B buyout fund", "acquisition spree"
                                r"|\s+(?:funds?|firms?|shops?|houses?|specialists?|investors?|sprees?|binge|strateg(?:y|ies)|"
                                r"activity|financing|loans?|debt|boom)\b)",
                                re.I)
# "Lucid Motors Is Mulling Sale", "Acme explores sale", "Acme puts itself up for sale"
# A company changing owner, told from its side: "Family-owned Dressler Hardware changing hands after 62 years",
# "Corner bakery Sweet Tilly's under new ownership", "Starlite Lanes gets new owners": the subject is sold (a
# building or a plot getting a new owner is a thing bought: `_names_an_asset`).
_CHANGES_OWNER = re.compile(r"\b(?P<verb>(?:is\s+|are\s+|has\s+|have\s+)?(?:chang(?:es|ed|ing)|to\s+change)\s+hands|"
                            r"(?:is\s+|are\s+|now\s+)?under\s+new\s+owner(?:ship|s)|"
                            r"(?:gets?|got|getting|has|have|finds?|found)\s+(?:a\s+)?new\s+owners?|"
                            # "The entire issued share capital of Thistlewood is now owned by Caradoc Bidco", "now owned by
                            # its employees"
                            # (not an apposition's description, ", now owned by X,", nor an unnamed owner's: "is now owned by
                            # a rival builder")
                            # (a company is owned, its products "are now owned by Oracle")
                            r"(?<!,\s)(?:is\s+)?(?<!,\s)(?<!\bare\s)now\s+(?:wholly\s+|fully\s+|majority[\s-])?owned\s+by"
                            r"(?=\s+(?:its\s+(?:employees|staff|workers|management)|(?-i:[A-Z]))))\b", re.I)
# An institution joining another, the way hospitals, health systems, banks and credit unions combine: "Dunmore
# Lake Hospital to join Northvale Health Partners", "Ardenwood University Health to become part of Kestrel Valley
# Health", "completes affiliation with Vantreece Health". The subject must read as an organisation (a person joins
# a company as its CFO), the joined one is the acquirer.
_JOINS = re.compile(r"\b(?P<verb>(?:to\s+|will\s+|agrees?\s+to\s+|plans?\s+to\s+)?join(?:s|ed)?|"
                    # "is joining the Ostrander Group family": a company taken into a group (a person joins as staff)
                    r"(?P<family>(?:is\s+|are\s+|has\s+|have\s+)?join(?:s|ed|ing)?\s+the)"
                    r"(?=\s+(?:[A-Z][\w&.'-]*\s+){1,4}family\b)|"
                    r"(?:to\s+|will\s+)?become\s+(?:a\s+)?part\s+of|"
                    r"(?P<part>(?:officially\s+|now\s+)?becom(?:es|ing)\s+(?:a\s+)?part\s+of)|"
                    # "Norrland Spedition now part of Hartwell", "is now part of Greenacre Group": a deal done
                    r"(?P<now>(?:is\s+|are\s+)?now\s+(?:a\s+)?part\s+of)|"
                    r"(?:completes?|completed|finali[sz]es?|finali[sz]ed|signs?|signed|planned|proposed)\s+(?:an?\s+|its\s+)?"
                    # (the other described first: "is now part of the British group Halford Sterling plc")
                    r"affiliation\s+with)\s+(?=[A-Z]|(?<=part\sof\s)the\s)")
_INSTITUTION_END = re.compile(r"(?i)\b(?:hospitals?|health(?:care)?|medical\s+cent(?:er|re)|medical|clinics?|health\s+system|"
                              r"bank|bancorp|credit\s+union|savings|insurance|mutual|university|college|network)$")
# "Same coffee, new owners at the Daily Grindstone": the company after them
_NEW_OWNERS_AT = re.compile(r"\b(?P<verb>new\s+owners?\s+(?:at|for|of)\s+(?:the\s+)?)(?=[A-Z])")
# "Old Kessel Mills building gets new owner": the name's building, a thing
_THING_AFTER_NAME = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}(?:building|property|site|plant|factory|mill|store|land|lot|"
                               r"farm|ranch|campus|house|home|mansion|estate|warehouse|mall|hotel|office)\b(?!-)")


def changes_owner(event: DetectedEvent) -> bool:
    """A deal read from a company's change of owner ("changing hands", "under new ownership", "new owners at") or from
    a mutual's transfer of its engagements, or an acqui-hire: local news, the mutual sector and the start-up press word
    it so, which the model, trained on wire and market text, has hardly seen; it does not veto it (combine.py)."""
    said = event.reason.strip('"')
    return bool(_CHANGES_OWNER.fullmatch(said) or _NEW_OWNERS_READ.fullmatch(said)
                or _TRANSFERS_ENGAGEMENTS.fullmatch(said) or said.lower().startswith(("acqui-hir", "acquihir")))


_NEGATED_CLAUSE = re.compile(r"(?i)\b(?:no|not|never|without)\b|n['’]t\b")
_SHARES_OF = re.compile(r"(?i)\b(?:shares?|stock|units|bonds?|notes|options|stakes?)\s+(?:of|in)\s+(?:the\s+)?$")
_NEW_OWNERS_READ = re.compile(r"new\s+owners?\s+(?:at|for|of)(?:\s+the)?")
_SALE_OF_WHAT = re.compile(r"\s+of\s+")
_ITS_OWN_PART = re.compile(rf"(?i)\s+(?:[a-z-]+\s+){{0,2}}{_BUSINESS_PART}\b")
_ITS = re.compile(r"(?i)\s*its\b")
_A_HOLDING = re.compile(r"(?i)\b(?:stakes?|shares|interest|holdings?)\b")  # "sale of its stake in Morvo": a holding
_SALE_PROCESS = re.compile(
    r"\b(?P<verb>(?:(?:explor|weigh|consider|mull|seek|review|evaluat|launch|run|start|pursu)(?:e|es|s|ed|ing)?|"
    r"sound(?:s|ed|ing)?\s+out)\s+"
    r"(?:a\s+|an\s+|the\s+|possible\s+|potential\s+|outright\s+|strategic\s+|(?:options|alternatives),?\s+"
    r"including\s+|an?\s+)*"
    r"(?:sale|sales\s+process|buyers?)|(?:puts?|putting)\s+itself\s+up\s+for\s+sale|is\s+up\s+for\s+sale|"
    # "is shopping its frozen division": offering it to buyers
    rf"shop(?:s|ping|ped)\s+(?:itself|its\s+(?:[a-z-]+\s+){{0,2}}{_BUSINESS_PART})|"
    r"hir(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}to\s+(?:explore|run|seek)\s+(?:a\s+)?sale|in\s+play)\b",
    re.I,
)
# "Ignite Announces Proposed Going Private Transaction", "Acme to go private in $2 billion deal": a company that
# goes private is bought (by its managers, a fund, its owner), whoever the headline leaves unnamed. "Went
# private" is most often history ("Dell, which went private in 2013"), and is left to the model.
_GOES_PRIVATE = re.compile(r"\b(?P<verb>(?:to\s+|will\s+|agrees?\s+to\s+|plans?\s+to\s+|set\s+to\s+)go\s+private|"
                           r"goes\s+private|going[\s-]+private(?:\s+(?:transaction|deal|proposal|offer|merger|bid))?)\b",
                           re.I)
# "Yahoo's sale to Verizon": the owner is sold, the object buys.
_SALE_TO = re.compile(rf"\b(?P<verb>(?:{_W(SALE_TO)})\s+(?:to|by))\b", re.I)
# "PeopleSoft rejects Oracle's sweetened offer": the subject is the target, the possessive the bidder.
_ANSWERS_BID = re.compile(
    rf"\b(?P<verb>(?:{_W(ANSWERS_BID)})(?:s|ed)?)\s+(?P<bidder>{_NAME_RUN})"
    # "rejects Halden's sweetened offer", "rejects Orvanta Metals' $4.1B approach", and without the possessive
    # "rejects Halden takeover bid"
    # (an amount in a currency with its country's letters: "A$3.4bn", "C$900m", "HK$2bn")
    rf"(?:(?:'s|’s|(?<=s)['’])\s+(?:(?:(?:[A-Z]{{1,2}}(?=\$))?[a-z$][\w$.,-]*)\s+){{0,3}}?|\s+(?:takeover|buyout|acquisition|merger|cash|all-cash)\s+)"
    rf"(?:{_W(BID_ANSWERED)})\b"
    # "rejected Epstein's bid to be released": a bid to do something other than buy is not a takeover bid
    r"(?!\s+to\s+(?!buy\b|acquire\b|take\s+over\b|purchase\b|merge\b|combine\b)\w)")
# "Wattleford rebuffs A$1.8b approach", "Halden rejects 'opportunistic' cash offer": the subject answers a bid whose
# bidder the headline leaves unnamed; it is the target. Only lower-case words, quotes and amounts between (a name
# there is the bidder, read above).
_ANSWERS_UNNAMED_BID = re.compile(
    rf"\b(?P<verb>(?:{_W(ANSWERS_BID)})(?:s|ed)?)\s+(?:(?:an?|the|its|fresh|new|latest|second|third|fourth)\s+)*"
    r"(?:(?:(?:(?:[A-Z]{1,2})?[$£€][\d.,]+\s*(?:bn|b|m|mn|billion|million)?|\d[\d.,]*\s*(?:p|pence|cents?))(?:-[\w-]+)?|"
    r"[a-z'‘’\"“”][\w'‘’\"“”-]*)\s+){0,4}?"
    rf"(?:{_W(BID_ANSWERED)})\b(?!\s+(?:from|by|for|of)\b)(?!-)"
    r"(?!\s+to\s+(?!buy\b|acquire\b|take\s+over\b|purchase\b|merge\b|combine\b)\w)")
# "Copperline sweetens Tavistock Water offer to $61", "Halden raises Morvo bid": the subject bids again for the company
# named before the bid (the target's own name as the bid's adjective), told by a takeover's word, "bid", or a price in
# money after the offer (a union's wage offer is raised "to 23%"). The name's run is lazy (`*?`): the shortest before the
# bid's word, so a Title Case "Offer" is not swallowed into it.
_RAISES_NAMED_BID = re.compile(
    rf"\b(?P<verb>(?i:(?:rais|sweeten|lift|boost|increas|improv|hik)(?:es|s|ed|e)?|ups|upped))\s+(?P<target>{_NAME_RUN}?)"
    r"(?:['’]s?)?\s+(?:(?i:takeover|buyout|cash|all-cash)\s+(?i:offer|bid|proposal)\b|(?i:bid)\b|"
    rf"(?i:offer|proposal)(?=\s+to\s+{_AN_AMOUNT}))(?!\s+(?i:for|from)\b)")
_AMOUNT_IN_PHRASE = re.compile(r"[$£€]\d|\d\s*(?:p|pence|cents?)\b|\d+(?:\.\d+)?p-")
_BID_BY_ITSELF = re.compile(r"(?i)\b(?:approach|tilt|overture)$")
# "receives exit offer", "rejects takeover bid", "gets buyout proposal": the kind of bid says it is for the company
_BID_FOR_THE_COMPANY = re.compile(r"(?i)\b(?:takeover|take-?over|buyout|buy-out|exit|delisting|privati[sz]ation|"
                                  r"acquisition|merger|go-private|take-private|general|mandatory)\s+(?:offer|bid|proposal)$")
# "Acme shareholders approve sale to Globex"
_APPROVES_SALE = re.compile(
    rf"\b(?P<verb>(?:{_W(APPROVES)})\s+(?:the\s+)?"
    rf"(?:\$[\d.,]+\s*\w+\s+)?(?:{_W(APPROVED)})\s+(?:to|with|by))\b", re.I)
_OWNERS_GAP = re.compile(r"(?i)^(?:'s|’s)?\s*(?:shareholders|stockholders|investors|board|directors)\s+(?:\w+\s+)?$")
# "Elliott-backed group agrees to buy Citrix": a buyer the headline does not name.
# (or the company's own people, as in a buyout by its founder or managers: "Founder offers to take Brisko Apparel
# private", "Management to buy out Orlen Tools")
_UNNAMED_BUYER = re.compile(r"(?i)\b(?:group|consortium|investors?|firm|fund|funds|suitor|bidder|buyer|partners|"
                            r"(?:co-?)?founders?|management|managers|(?:its\s+)?owners?|family|billionaire|tycoon)\s*$")
# (the lawyers' "will merge with and into Tarrant Valley Bancshares" is a merger into it)
_MERGE_WITH = re.compile(rf"\b(?P<verb>{_W(MERGES_WITH)})(?:\s+(?:its|their)\s+[a-z ,&-]{{1,40}}?|"
                         rf"\s+(?:[a-z-]+\s+)?(?:{_BUSINESS_PART}|networks?|branches|dealerships))?"
                         r"\s+(?:with\s+and\s+into|with|into)\b", re.I)
# An owner's merging of one company with another, the first named straight after the verb ("merges FitNest with
# Lotus Lane"); not "merges its unit with" (_MERGE_WITH)
_MERGES_ONE_WITH_ANOTHER = re.compile(r"\b(?P<verb>(?:to\s+)?(?i:merg(?:e|es|ed|ing)))\s+(?=[A-Z])")
_WITH_THE_OTHER = re.compile(r"\s+(?:with|into)\s+")
# (a manager merging its funds merges no companies: "to merge Corbel Growth Fund into Corbel Large Cap Fund")
_A_FUNDS_NAME = re.compile(r"\b(?:Fund|Funds|ETF|Portfolio|Trust)$")
# "Pfizer and Seagen to merge", "Boeing, Embraer agree to merger"
_PAIR_MERGE = re.compile(
    r"\b(?P<verb>(?:to\s+|will\s+|would\s+|agree\s+to\s+|agreed\s+to\s+|plan\s+to\s+|in\s+talks\s+to\s+)?merge\b|"
    # "Tenpenny Artists and Vale & Co. are merging"
    r"(?:are|were)\s+(?:now\s+)?merging\b(?!\s+(?:their|its)\s+(?!businesses|companies|operations))|"
    # "Nordhaven and Pellucid agree to combine": the companies themselves, not their forces or their efforts
    r"(?:to|will|would|agree\s+to|agreed\s+to|plan\s+to|in\s+talks\s+to)\s+combine\b(?!\s+(?:forces|efforts|"
    r"expertise|strengths|resources|technolog\w*|platforms|research|data|their\s+(?!businesses|companies|operations)))|"
    # "Hollins Brewing and Redcap Ales combine to form No. 3 brewer": the two become a third company
    r"combin(?:e|es|ed)\s+to\s+(?:form|create|become)\b|"
    # a headline's pair that combines, and nothing after the verb but the deal's terms: "Captionly and Dubverse
    # combine", "Ardel, Brix combine in $2bn all-stock deal"
    r"combine(?=\s*(?:$|[.;:]|\s+in\s+(?:an?\s+)?(?:[$£€\d][\w.,$£€]*\s+)?(?:[\w-]+\s+)?(?:deal|merger|transaction)\b))|"
    # (British English agrees a merger as a deal is struck: "Kennet Talent and Loddon Staffing have agreed a merger of equals")
    r"merged\b|(?:announce[sd]?|agree[sd]?(?:\s+to|\s+on)?|reach(?:es|ed)?|str(?:ike|ikes|uck)|sign(?:s|ed)?|"
    r"complete|completed|in|enter|entered|in\s+talks\s+"
    r"(?:on|over|about)|discussing|explore|exploring|consider|considering)\s+(?:an?\s+|all-stock\s+|business\s+|definitive\s+|tentative\s+|\$[\d.,]+\s*"
    rf"\w+\s+)*(?:{_W(MERGER)})(?:\s+talks|\s+deal|\s+agreement)?\b|(?:{_W(MERGER)})"
    r"\s+talks\b|"
    # "Tapestry and Capri terminate merger agreement"
    rf"(?:{_W(ENDS_MERGER)})\s+(?:their\s+|the\s+|planned\s+|proposed\s+|pending\s+|\$[\d.,]+\s*\w+\s+)*"
    rf"(?:{_W(MERGER)})(?:\s+agreement|\s+deal|\s+talks|\s+plans?)?\b)",
    re.I,
)
# A deal only imagined: "the fantasy tie-up between", "a hypothetical merger of"
_IMAGINED_BEFORE = re.compile(r"(?i)\b(?:fantasy|hypothetical|imaginary|imagined|theoretical|dream)\s+$")
_MERGER_OF = re.compile(rf"\b(?P<verb>(?:{_W(MERGER)})\s+(?:of|between))\b", re.I)
_TERMINATED = re.compile(
    rf"\b(?P<verb>(?:{_W(ENDS)})\s+(?:its\s+|the\s+|their\s+|a\s+)?"
    r"(?:\$[\d.,]+\s*\w+\s+)?(?:proposed\s+|planned\s+|pending\s+|hostile\s+)?"
    rf"(?:{_W(ENDED)})(?:\s+agreement)?\s+(?:for|with|of|to\s+(?:{_W(DEAL_TO)})))\b",
    re.I,
)
# "Nvidia abandons $40 billion Arm deal"
_TERMINATED_NAMED = re.compile(
    rf"\b(?P<verb>{_W(ENDS_NAMED)})\s+(?:its\s+|the\s+|their\s+|a\s+|planned\s+|proposed\s+|\$[\d.,]+\s*\w+\s+)*$",
    re.I,
)
# "HPE completes Juniper deal"
_COMPLETED_NAMED = re.compile(rf"\b(?P<verb>{_W(CLOSES_NAMED)})\s+(?:its\s+|the\s+|\$[\d.,]+\s*\w+\s+)*$", re.I)
# "Nvidia's Arm deal collapses", "Kroger-Albertsons merger blocked"
_DEAL_DIES = re.compile(rf"^\s*(?:{_W(DIES)})\s+(?:collapses|collapsed|"
                        r"falls\s+(?:through|apart)|fell\s+(?:through|apart)|is\s+off|dies|died|fails|failed|lapses|lapsed|"
                        r"(?:is\s+|was\s+)?(?:scrapped|terminated|called\s+off|abandoned|blocked|dead))\b", re.I)
_RUMOR_CUES = re.compile(rf"\b(?:{_W(RUMOR)})\b", re.I)
_DONE_CUES = re.compile(rf"\b(?:{_W(DONE)})\b", re.I)
_FUTURE_CUES = re.compile(r"\b(?:to|will|would|agree|agrees|agreed|plans?|deal\s+to|expects?|proposed|pending|"
                          r"planned)\b", re.I)
_DATED_SENTENCE_PATTERN = r"^\W*(?:[\w-]+\s+){1,3}(?:years?|decades?)\s+ago\b[^.;:]*$"
# A deal named only to explain something else: "sales rose, spurred by last year's acquisition of X".
_PASSING_MENTION = re.compile(
    r"\b(?:due\s+to|thanks\s+to|spurred\s+by|following|after|since|because|result\s+of|aided\s+by|"
    r"driven\s+by|boosted\s+by|helped\s+by|through|via|from|before|prior\s+to|over|during|despite|"
    r"including|(?<!just\s)like(?!\s+that\b)|such\s+as|fined)\s+(?:\S+\s+){0,5}$"
    # "..., which picked up the brand with its purchase of X": a deal inside a relative clause
    r"|\b(?:which|who|it|they)\s+(?:\S+\s+){1,5}with\s+(?:its|their)\s+(?:\S+\s+){0,4}$"
    # "during the approval process of its takeover of X": the deal is what a review or lawsuit is about
    r"|\b(?:approval|review|investigation|probe|scrutiny)\s+process\s+(?:of|into|for)\s+(?:\S+\s+){0,4}$"
    # "bolstered with the 2019 acquisition of Calloway Spine": a deal dated by its year is history
    r"|\b(?:the|its|their|a)\s+(?:19|20)\d\d\s+(?:[\w$.,-]+\s+){0,2}$"
    # ... or by a past time's possessive: "integration of last year's Portwell acquisition", "2019's purchase of"
    r"|\b(?:last|past|previous)\s+(?:year|month|quarter|decade|summer|spring|autumn|fall|winter)['’]s\s+(?:[\w$.,-]+\s+){0,2}$"
    r"|\b(?:19|20)\d\d['’]s\s+(?:[\w$.,-]+\s+){0,2}$"
    # "Five years ago this week, Ardenne Motors completed its acquisition of": a sentence dated in the past
    rf"|{_DATED_SENTENCE_PATTERN}", re.I)
_DATED_SENTENCE = re.compile(_DATED_SENTENCE_PATTERN, re.I)
# the same date opening a whole sentence: "Thirty years ago this month, founder Walter Brisk died in office"
# (after a kicker: "A look back: 20 years ago this week, ...")
_DATED_OPENING = re.compile(r"^\W*(?:(?:a\s+look\s+back|looking\s+back|flashback|throwback|from\s+the\s+archives?|"
                            r"on\s+this\s+day|this\s+week\s+in\s+history|history|retrospective)\s*:\s+)?"
                            r"(?:[\w-]+\s+){1,3}(?:years?|decades?)\s+ago\b"
                            # a look back labelled by the time since: "The Day the Founders Were Fired: 40 Years On"
                            r"|[:,–—-]\s*(?:\d+|[a-z]+)\s+(?:years|decades)\s+on\W*$")
# "... grew after the company bought X in 2010": a finished deal told inside a time clause is background.
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|since|when|until|because|once|following|before)\s+(?:it|they|the\s+(?:company|firm|group)|"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:had\s+|has\s+)?$")
# "It plans to grow by buying Time Warner": a pronoun subject, the target still named.
_OPENING_PRONOUN = re.compile(r"^\s*(?:It|The\s+(?:company|firm|group))\b")
# "Its (It's) proposed $85 billion deal to purchase X", "their planned offer to acquire X"
_ITS_DEAL_TO = re.compile(r"(?i)(?:^|\s)(?:its|it's|it’s|their)\s+(?:[\w$.,-]+\s+){0,4}(?:deal|bid|offer|plan|"
                          r"agreement|proposal)\s+to\s+$")
_PAST_DEAL_VERB = re.compile(rf"(?i)(?:{_W(TOLD_AS_PAST)})$")
# "By purchasing Whole Foods, Amazon has ...": the gerund clause's buyer is the subject after the comma.
_BY_GERUND = re.compile(r"^\s*(?:(?:And|But|So)\s+)?(?i:by)\s+"
                        rf"(?P<verb>(?i:{_W(BY_GERUND)}))\s+")
# "Boeing and Embraer agreed to a deal at $28 a share": a deal between a pair, when the sentence says what kind.
_PAIR_DEAL = re.compile(
    r"\b(?P<verb>(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:agree[sd]?\s+(?:to|on)|reach(?:es|ed)?|struck|strike|"
    r"sign(?:s|ed)?)\s+(?:an?\s+|the\s+)?(?:definitive\s+|tentative\s+|preliminary\s+|\$[\d.,]+\s*\w+\s+)*deal)\b",
    re.I)
_DEAL_KIND_CUE = re.compile(r"(?i)\b(?:a|per)\s+share\b|\bcontrol\s+of\b|\bmerg|\bacqui|\btakeover|\bbuy(?:out)?\b|"
                            r"\bcombin")
# "Acme agreed to a merger with Globex", "shareholders approved the merger with Globex"
_MERGER_NOUN_WITH = re.compile(
    r"(?:\b|(?<=['’]s))(?P<verb>(?:agree[sd]?\s+(?:to|on)|announc(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|"
    r"enter(?:s|ed)?\s+into|"
    r"reach(?:es|ed)?|sign(?:s|ed)?|approv(?:e|es|ed|ing)|pursu(?:e|es|ed|ing)|"
    # the possessive: "Investors vote down Ashcombe's tie-up with Pellow", "probe of Halden's merger with Morvo"
    r"(?<=\w['’]s))\s+(?:an?\s+|the\s+|its\s+|their\s+|"
    rf"all-stock\s+|all-cash\s+|proposed\s+|planned\s+|definitive\s+|business\s+|\$[\d.,]+\s*\w+\s+)*(?:{_W(MERGER)})"
    r"(?:\s+agreement|\s+deal)?\s+with)\b", re.I)
# A report that the company (as "it") is to be bought or is for sale: "shares jump on report it may get bought"
_REPORT_IT_IS_SOLD = re.compile(
    r"(?i)\b(?:on|after|amid|following)\s+(?:a\s+|the\s+)?(?:reports?|speculation)\s+(?:that\s+)?it"
    r"(?:\s+(?:may|might|could|would|will|is|was|has)|['’]s)\s+(?:be\s+|been\s+)?(?:(?:get|getting|being)\s+)?"
    r"(?:(?:bought|acquired|taken\s+over|taken\s+private|sold)\b|(?:exploring|considering|weighing|mulling|"
    r"pursuing)\s+(?:a\s+)?(?:potential\s+|possible\s+)?sale\b|(?:drawing|attracting|fielding)\s+(?:takeover\s+)?interest\b)")
# A business of the subject's own sold, no buyer named: "to sell its Sequa aircraft-parts business" (not its stake, shares
# or holding in one, which the stake readings judge)
_SELLS_ITS_UNIT = re.compile(
    r"\b(?P<verb>(?:sell|sells|selling|sold|divest(?:s|ing|ed)?|offload(?:s|ing|ed)?)\s+its\s+"
    r"(?:(?!stake\b|shares?\b|interest\b|holdings?\b)[\w$£€.,'’&%-]+\s+){0,5}?"
    r"(?:business|businesses|unit|units|division|arm|subsidiary|operations?))\b", re.I)
_DATED_DEAL = re.compile(r"\b(?:19|20)\d\d\b|\byears?\s+ago\b|\blast\s+year\b")
# "the sale of its Corliss Paper unit to Brookhaven": the named business is sold, the object buys.
_SALE_OF = re.compile(rf"\b(?P<verb>(?:{_W(SALE_OF)})\s+of)\s+(?:its\s+|the\s+|their\s+)?", re.I)
_SALE_OF_TAIL = re.compile(r"^(?:'s|’s)?\s*(?:(?:unit|business|division|subsidiary|arm|operations|group|brand)\s+)?"
                           r"(?:\w+\s+){0,2}?to\s+", re.I)
# "Should Boeing Buy GE Aviation?": a columnist's question, not news of a deal.
_COLUMN_KICKER = r"^\s*(?:(?:opinion|column|commentary|comment|editorial|op-ed|viewpoint)\s*:\s*)?"
_TIME_FOR = r"is\s+it\s+time|(?:it['’]s\s+|it\s+is\s+)?time\s+(?:to|for)"
_SPECULATION = re.compile(_COLUMN_KICKER +
                          rf"(?:(?:should|could|would|can|did|does|do|what\s+if|if)\b.*\?\s*$|(?:why|how|{_TIME_FOR}|"
                          r"\d+\s+reasons|reasons\s+to|\d+\s+(?:\w+\s+)?stocks)\b)", re.I)
# A writer's case for a deal, however it is read: "Opinion: It's time for Kellsworth and Dray to merge", "Should
# Halden buy Morvo?", "If Granton Bought Sable, Who Would Win?" (not "why" or "how", which often explain a deal
# that happened)
_ADVOCACY = re.compile(_COLUMN_KICKER + rf"(?:(?:should|could|would|what\s+if|if)\b.*\?\s*$|(?:{_TIME_FOR})\b)", re.I)

# "approached Globex about a possible sale", "held talks with Globex about a merger", "takeover talks with Globex"
_TALKS_ABOUT = re.compile(
    # (talks by their other names: "in preliminary discussions with", "entered negotiations with")
    r"\b(?P<verb>approach(?:es|ed|ing)?|(?:held|hold|holds|holding|had|has|have|in|entered|opened|began|begun)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:talks|discussions|negotiations)\s+with|(?P<what0>{_W(TALKS)})\s+talks\s+with)"
    r"\s+(?P<by>by\s+)?", re.I)
# Talks named by what they are about, between two parties ("merger talks between X and Y", "takeover talks between")
_TALKS_BETWEEN = re.compile(r"\b(?:merger|takeover|buyout|acquisition|tie-up|combination|sale|deal)\s+(?:talks|negotiations|"
                            r"discussions)\s+between\b", re.I)
_ABOUT_WHAT = re.compile(
    r"^(?:'s|’s)?(?:\s+[\w-]+){0,3}?\s+(?:about|over|on|regarding|concerning)\s+(?:an?\s+|the\s+|possible\s+|"
    rf"potential\s+|its\s+|\$[\d.,]+\s*\w+\s+)*(?P<what>{_W(ABOUT)}|"
    rf"deal\s+to\s+(?:{_W(DEAL_TO)})|(?:{_W(DEAL_TO, 'ing')})\s+(?:it|the\s+company))\b", re.I)
# The buyer a seller (or its creditors) picked to negotiate the sale with: "picked as preferred bidder for"
_PREFERRED_BIDDER = re.compile(r"\b(?P<verb>(?:(?:picked|named|selected|chosen|tapped|designated)\s+(?:as\s+)?|"
                               r"(?:is|was)\s+|as\s+)(?:the\s+)?preferred\s+(?:bidder|buyer|acquirer|purchaser)\s+"
                               r"(?:for|of|to\s+(?:buy|acquire)))\b", re.I)
# "Kestrel's offer values Norrland at $4 billion", "the deal values Twitter at $44 billion"
_OFFER_VALUES = re.compile(rf"\b(?P<verb>(?:{_W(VALUES)})\s*"
                           r"(?:,?\s*(?:which|that)\s+)?values?)\s+(?:the\s+)?", re.I)
# "Quillon and Tarrow ... over their plan to merge", "... said their proposed merger would close"
_THEIR_MERGER = re.compile(
    r"\b(?P<verb>their\s+(?:(?:proposed|planned|pending|agreed|announced|potential|possible|\$[\d.,]+\s*\w+|"
    rf"all-stock|all-cash)\s+)*(?:{_W(MERGER)})|their\s+(?:plan|proposal|agreement|deal|bid|decision)\s+"
    rf"to\s+(?:{_W(MERGES)}))\b(?!\s+(?:app|tool|software|feature|function|button|option))", re.I)
_HOLDERS_RECEIVE = re.compile(
    r"\b(?P<verb>(?:shareholders|stockholders|holders)\s+(?:will|would|are\s+to|stand\s+to|are\s+set\s+to)\s+"
    r"(?:receive|get)\s+(?:\$[\d.,]+|[\d.]+\s+(?:shares?|dollars))(?:\s+in\s+cash)?\s+(?:per|a|for\s+each)\s+"
    r"(?:common\s+)?share)\b", re.I)
# "shareholders will receive $0.50 per share in a special dividend": a payout or spin-off, not a price paid
_PAYOUT = re.compile(r"dividend|distribution|spin-?off|spun\s+off|rights\s+offering|buyback|repurchase")
_POSSESSIVE_GAP = re.compile(r"^(?:'s|’s)?\s*$")
_PAIR_AND = re.compile(r"^\s*(?:\([^()]{1,16}\))?\s*(?:and|&)\s*$")
# "received a takeover approach from a larger rival": a bidder the sentence does not name.
_UNNAMED_BIDDER = re.compile(r"^\s*(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?:rival|suitor|bidder|buyer|competitor|"
                             r"consortium|group|firm|fund|investor|peer|company|private\s+equity\s+\w+)s?\b", re.I)
# A buyer described, not named: "a geospatial giant", "a retail software firm", "private-equity owner".
# (or the company's own people: "has been bought by its management team", a buyout by its managers)
_DESCRIBED_BUYER = re.compile(r"^\s*(?:its|their)\s+(?:own\s+)?(?:senior\s+)?(?:management(?:\s+team)?|managers|executives|"
                              r"employees|staff|founders?)\b|"
                              r"^\s*(?:(?:an?|the|one)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:rival|suitor|bidder|buyer|"
                              r"competitor|consortium|group|firm|fund|investor|peer|company|giant|maker|startup|"
                              r"start-up|player|conglomerate|provider|developer|operator|owner|private\s+equity\s+\w+)s?\b")
_SOLD_TO_DONE = re.compile(r"(?i)\b(?:been|was|were|is|be)\s+sold\s+(?:as\s+a\s+going\s+concern\s+)?to$")
# A company described, not named, by an indefinite article, a place among its words: "a larger Colorado craft brewer"
_A_COMPANY_DESCRIBED = re.compile(r"\s*(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?P<kind>[a-z]+)"
                                  r"(?=\s*(?:$|[,.;:(]|\s(?:in|for|from|at|to|with|on|as|by|last|this|that)\b))")
# Words a sentence may open with before its subject: "Electric carmaker Lucid ...", "Shareholders of Acme ...".
_SUBJECT_LEAD = re.compile(r"^[\"“‘']?\s*(?:(?:[A-Za-z][\w-]*\s+){0,2}(?:[A-Za-z][\w-]*(?:maker|er|or|company|firm|"
                           r"group|giant|startup|start-up|bank|chain|brand|platform|conglomerate|airline|fund|"
                           r"operator|owner|lab|labs)|[A-Za-z][\w-]*\s+of)\s+)?$")
# Between a sentence's subject and a verb phrase further on: a clause that could bring its own subject.
_CLAUSE_BREAK = re.compile(r"(?i)\b(?:which|who|whom|whose|that|after|before|when|while|whereas|because|although|"
                           r"though|since|if|unless|but|than|according)\b|[;:\"“”]")


_AN_ASIDE = re.compile(r"^\s*,(?:[^,;]|(?<=\d),(?=\d{3})){1,90},")  # (a number's commas inside: "900,000 homes")


def _sentence_subject(sentence: str, names: list["_Span"], position: int) -> "_Span | None":
    """The company a sentence opens with, as the subject of a verb phrase further on ("Electric carmaker
    Lucid Motors Inc. is raising money and is also considering a sale"): only when no other company and
    no clause boundary sits between, so the verb phrase cannot belong to anyone else."""
    # A sentence's first word is capitalised whatever it is: "Electric carmaker Lucid" opens with two spans.
    opening = [span for span in names[:2] if span.end <= position and _SUBJECT_LEAD.match(sentence[: span.start])]
    if not opening:
        return None
    first = opening[-1]
    between = sentence[first.end:position]
    between = _LEADING_TICKER.sub("", between)  # a ticker: "AT&T (T)"
    aside = _AN_ASIDE.match(between)  # an aside: ", as many have noted,"
    aside_end = first.end + (len(sentence[first.end:position]) - len(between) + aside.end() if aside else 0)
    between = _AN_ASIDE.sub(" ", between)
    if _CLAUSE_BREAK.search(between) or len(between.split()) > 16:
        return None
    if any(max(first.end, aside_end) <= span.start and span.end <= position
           and not _TITLE_BEFORE.search(sentence[max(0, span.start - 60): span.start])
           for span in names if span.start > first.start):
        return None  # another company in between (a person after a title is not one; nor a place the aside names: "the
        # regional electricity company serving 2.1 million homes in the north of England,")
    return first


# ---------------------------------------------------------------- departures

_NOT_A_VERB_AFTER_HEAD = (r"(?!(?:quits?|resigns?|retires?|leaves|departs?|exits?|steps?|joins?|is|was|has|will|to|"
                          r"named|out)\b)")
_TITLE_CORE = (
    rf"(?:(?:non-)?executive\s+chair(?:man|woman|person)?|c\.?e\.?o|{_ALT(C_SUITE_ABBREVIATIONS)}|"
    rf"chief\s+(?:{_ALT(C_SUITE_FUNCTIONS)})(?:\s+officer)?|chief\s+scientist|"
    rf"(?:{_ALT(FUNCTION_CHIEFS)})\s+(?:chief|head)|"
    # any business the head runs, as "X chief" takes any word: "investment banking head", "wealth head"
    r"(?<!['’])\b(?-i:[a-z][a-z-]{2,})\s+head(?!\s+(?:of|for|into|back|home|off|out|lower|higher|to\s+(?:the|a|an)|to\s+\d)\b)|"
    r"(?:executive\s+|senior\s+|group\s+)?vice[\s-]+president|evp|svp|vp|"
    r"vice[\s-]+chair(?:man|woman|person)?|chair(?:man|woman|person)?|co-?chair|"
    # (a partnership's head, the partner who runs or chairs the firm: "Tallyho Media managing partner exits", "Quayle to
    # step down as Pemberton Gray senior partner")
    r"president|co-?founders?|founders?|managing\s+director|(?:managing|senior)\s+partner|general\s+counsel|general\s+manager|"
    # the managing director and the chairman-and-managing-director as Commonwealth and Indian English abbreviate
    # them ("MD & CEO", "CMD"); capitals only, as "md" is no word
    r"(?-i:C?MD)|"
    # (the function's words end at a verb: "Head of audit quits Rowntree Balfour")
    rf"heads?\s+of\s+[a-z&]+(?:\s+{_NOT_A_VERB_AFTER_HEAD}[a-z&]+){{0,2}}?"
    rf"(?:(?:,\s*|,?\s+and\s+)[a-z&]+(?:\s+{_NOT_A_VERB_AFTER_HEAD}[a-z&]+){{0,2}}?){{0,3}}|"
    r"board\s+members?|director|directors|boss|"
    r"top\s+(?:executive|exec|boss)s?|executives?|execs?|(?:senior|top)\s+leaders|chief)"
)
# Words of tenure or standing before a title, read with it and dropped from the title reported.
_TITLE_STANDING = r"interim|acting|longtime|long-time|long-serving|long-standing|veteran|beleaguered|embattled"
# Words before "chief" that are no business it runs: "had been chief executive", "was named chief financial officer".
_NOT_A_FUNCTION = (r"(?:been|being|was|were|became|become|becomes|named|appointed|elected|served|serves|serving|"
                   r"remains|remained|remain|then|also|and|will|would|has|had|have|now|who|whose|former|"
                   # a preposition or a determiner is no business either: "parted company with chief executive Mark Ellery"
                   r"with|for|from|at|of|by|to|as|on|in|into|or|its|their|his|her|our|new)")
_TITLE = rf"(?:(?:(?:co-|(?:{_TITLE_STANDING})\s+|founding\s+|global\s+|"
_TITLE += rf"group\s+|deputy\s+|top\s+|senior\s+|its\s+|the\s+|(?<!['’])\b(?!{_NOT_A_FUNCTION}\b)(?-i:[a-z][a-z-]{{2,}})\s+(?=chief\b|(?-i:[a-z][a-z-]{{2,}})\s+head\b)|\d+\s+top\s+|four\s+|three\s+|"
_TITLE += rf"two\s+|several\s+|five\s+|six\s+))*{_TITLE_CORE}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|/){_TITLE_CORE})*)"
_TITLE = f"(?i:{_TITLE})"
_TITLE = _TITLE[:-1] + rf"(?:\s+(?:of|for)\s+(?:global\s+)?(?:{_ALT(TITLE_FIELDS)})(?:\s+(?:and|&)\s+\w+)?)?)"
_TITLE_RE = re.compile(rf"\b{_TITLE}\b")
_TITLE_BEFORE = re.compile(rf"\b{_TITLE}\s*,?\s*$")  # "CEO Jane Roe": the name after a title is a person
# "dismissed weekend reports that he would leave", "fired back at critics", "dismissed the lawsuit": the verb of
# a removal used actively on words, a claim or a case, with nobody removed.
# (nor "let go of": the subject let others go, "Brightfold let go of 30% of the company")
_NOBODY_REMOVED = (r"(?!\s+(?:back|off|of)\b|\s+(?:[\w'’-]+\s+){0,2}?(?:reports?|claims?|concerns?|criticism|speculation|"
                   r"talk|rumou?rs?|suggestions?|calls?|lawsuits?|suits?|case|charges?|appeals?|complaints?|"
                   r"allegations?|fears?|idea|notion|demands?|proposals?|bids?|offers?)\b)")
# A place left, not a post: "leaves a news conference", "leaving the Cleveland headquarters of Ferris Manufacturing",
# "leaves the courthouse" (a caption's or a report's movement; "leaves the company" and "leaves the board" are posts).
# (not a hotel, a hospital or an office, as often the employer or the post: "leaves the hotel after 12 years", "will
# leave her office as chief executive")
_A_PLACE_LEFT = (r"(?!\s+(?:the|a|an|his|her|their)\s+(?:[\w'’.&-]+\s+){0,3}?(?:courthouse|court|courtroom|building|"
                 r"headquarters|meeting|(?:news|press)\s+conference|conference|hearing|stage|podium|"
                 r"room|chamber|church|funeral|memorial|ceremony|venue|session|lobby|residence)"
                 # (the place is the phrase's head: not "the Walloon building materials group")
                 r"(?=\s*(?:$|[,.;:!?)\"”]|\s(?:in|on|at|of(?!\s+(?:chief|president|chair))|after|before|with|for|during|"
                 r"following|where|and|under|accompanied|flanked|surrounded)\b)))")
_PLACE_LEFT = re.compile(r"\bleav(?:e|es|ing)" + _A_PLACE_LEFT.replace("(?!", "(?=", 1))
_A_MOVE_ON = re.compile(r"\bto\s+join\b|\bafter\s+\d+\s+years\b")
_DEPART_VERB = (
    rf"(?:(?:{_W(LEAVES)}){_A_PLACE_LEFT}|(?:is|was|has\s+been|been|be|gets?|got)\s+(?:{_W(IS_REMOVED)})|(?:{_W(REMOVED)}){_NOBODY_REMOVED}|"
    rf"{'|'.join(vocabulary.word('out').gate)}|"  # "out as", "is out"
    r"(?:(?:will|would|does|did)\s+)?not\s+(?:seek|stand\s+for)\s+re-?election|won'?t\s+(?:seek|stand\s+for)\s+re-?election|"
    r"left\s+(?:the\s+(?:company|firm|bank|group|board)|(?:his|her|their)\s+(?:post|role|position|job))|"
    # "has left" with no object: the clause ends, or says when or why ("Acme's head of TMT has left")
    r"(?<=has\s)left(?=\s*(?:$|[.,;:!?—–]|\s-\s|\s+(?:after|amid|following|to\s+join|to\s+become|for\s+(?:rival|a\s+rival))\b))|"
    # "tendered his resignation", "handed in her resignation": the noun is the verb's object
    r"(?:tender(?:s|ed)?|submit(?:s|ted)?|(?:hand(?:s|ed)?|puts?)\s+in|offer(?:s|ed)?)\s+(?:his|her|their)\s+resignation|"
    # the retirement chosen ahead of its time: "opts for early retirement", "has sought early retirement"
    r"opt(?:s|ed|ing)?\s+for\s+(?:an?\s+)?(?:early\s+)?retirement|(?:seek(?:s|ing)?|sought|tak(?:e|es|ing)|took|"
    r"choos(?:e|es|ing)|chose)\s+(?:an?\s+)?early\s+retirement|"
    # "CEO's contract not renewed", "whose contract will not be renewed": the post ends with the term
    r"contract\s+(?:(?:will|would|is|was|has|had|is\s+set\s+to)\s+)?(?:not|n['’]t)\s+(?:be(?:en)?\s+|being\s+)?renewed)"
)
# The departure verbs alone, for lower-cased text: a sentence without one skips the two costliest patterns.
# (not the second half of a compound: "gas-fired peaking units", "coal-fired plant")
_DEPART_VERB_LC = re.compile(rf"\b(?<!-){_DEPART_VERB}\b")
_DEPART_VERB = f"(?i:{_DEPART_VERB})"
# "... CEO Jane Roe - in the job just 5 months - has resigned": the words allowed between a person and
# the verb of their departure.
_PERSON_VERB_GAP = (r"(?i:\s*,\s*\d{2}\s*,|\s*,[^,;]{1,140},|\s+-+\s+[^-]{1,60}\s+-+|\s+(?:who\s+)?(?:has|had|have|"
                    r"will|would|is|are|was|to|also|abruptly|suddenly|unexpectedly|officially|formally|soon|"
                    r"eventually|likely|reportedly|quietly|now|"
                    # any other manner adverb: "involuntarily stepped down", "reluctantly resigned"
                    r"[a-z]{4,}(?<!on)ly|"
                    r"voluntarily|plans\s+to|planning\s+to|set\s+to|expected\s+to|agreed\s+to|decided\s+to|"
                    r"elected\s+to|chose\s+to|opted\s+to|"
                    r"announced\s+(?:plans\s+)?(?:to|he|she|they)|said\s+(?:he|she|they)|says\s+(?:he|she|they)"
                    r"|would|will|is\s+expected\s+to|intends\s+to)"
                    # the post's own contract: "CEO Jane Roe's contract will not be renewed"
                    r"|['’]s(?=\s+contract\b))*")
_PERSON = vocabulary.PERSON
_PERSON_QUOTED = rf"(?:{_PERSON}(?:\s+[\"“][^\"”]+[\"”]\s+{_PERSON})?)"

# "Acme CEO Jane Roe resigns", "Ford China CEO Jason Luo has resigned", "Top Ford Execs Leaving"
_TITLE_PERSON_VERB = re.compile(
    rf"(?<![\w-])(?P<title>{_TITLE})(?:\s+(?P<person>{_PERSON_QUOTED}))?{_PERSON_VERB_GAP}\s+(?i:to\s+|will\s+|set\s+to\s+)?"
    rf"(?P<verb>{_DEPART_VERB})\b",
)
# "Jane Roe resigns as CEO of Acme", "Steve Jobs resigns as Apple CEO", "Jane Roe quits Acme"
# ("Jane Roe out as CEO of Acme": the verb "out as" holds its "as")
_PERSON_VERB_AS = re.compile(
    rf"(?P<person>{_PERSON}){_PERSON_VERB_GAP}\s+(?i:to\s+|will\s+)?(?P<verb>{_DEPART_VERB})\b"
    rf"(?:(?:(?<=\s[Aa][Ss])|\s+(?i:as|from(?:\s+(?:his|her|their))?(?:\s+(?:role|post|position|job))?(?:\s+as)?))\s+(?P<rest>[^.;:]{{0,120}})"
    rf"|\s+(?P<left_company>{_NAME_RUN}))?",
)
# "the resignation of Mr. Hudson from Torchmark Corp.", "the retirement of Jane Roe as CEO of Acme": the noun
# of a departure and whose it is, read like "Jane Roe resigns as ..." (`_person_departure`)
_NOUN_OF_PERSON = re.compile(
    rf"\b(?i:the)\s+(?P<verb>(?i:{_W(ANNOUNCED)}))\s+of\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<person>{_PERSON})"
    rf"(?:\s+(?i:as|from(?:\s+(?:his|her|their))?(?:\s+(?:role|post|position|job))?(?:\s+as)?)\s+(?P<rest>[^.;:]{{0,120}}))"
    rf"(?P<left_company>(?!))?",
)
# "He intends to retire as chairman and chief executive of Pacific Century", "she resigned from her post as
# CFO at Acme": a pronoun's departure, which counts only where the sentence names the post and its employer.
_PRONOUN_VERB_AS = re.compile(
    rf"\b(?i:he|she)\b{_PERSON_VERB_GAP}\s+(?i:to\s+|will\s+)?(?P<verb>{_DEPART_VERB})\b"
    rf"\s+(?i:as|from(?:\s+(?:his|her))?(?:\s+(?:role|post|position|job))?\s+as)\s+(?P<rest>[^.;:]{{0,120}})")
_LEGAL_FORM_END = re.compile(r"\b(?:Co|Inc|Corp|Ltd|Cos|Bros)$")
_PERSON_AFTER_TITLE = re.compile(rf",?\s+(?P<person>{_PERSON})")
# "Ford ousts CEO Mark Fields", "Uber fired Levandowski", "Acme parts ways with CFO Jane Roe"
_COMPANY_REMOVES = re.compile(
    rf"\b(?P<verb>(?i:{_W(REMOVES)}|"
    # ("announced on Wednesday the resignation of President Brian Mullan": a time between)
    rf"accept(?:s|ed)\s+(?:the\s+)?resignation\s+of|announc(?:e|es|ed)\s+(?:(?:on|late|early)\s+\w+\s+|today\s+|"
    rf"yesterday\s+)?(?:the\s+)?(?:{_W(ANNOUNCED)})\s+of|"
    # "said the death of its chairman, Peter Lund, on Sunday ...", "saddened by the sudden death of our Chief Executive"
    # (its own post: not "the death of Queen Elizabeth", nor of another company's chief)
    # (or of a post the company's board holds: "regrets to announce the death of director Franklin Moss")
    rf"(?:the\s+)?(?:(?:sudden|unexpected|untimely)\s+)?(?i:death|passing)\s+of(?=\s+(?i:its|our|their)\s|\s+(?i:"
    rf"(?:independent|non-executive|executive|lead)\s+)*(?i:director|chairman|chairwoman|founder|co-founder|board\s+member)"
    rf"\s+[A-Z])|"
    # "will not renew the contract of CEO Jane Roe", "decided not to renew its chief executive's contract" is not read
    rf"(?:not|n['’]t)\s+(?:to\s+)?renew(?:ing)?\s+(?:the\s+)?contract\s+of|"
    # the second of the things announced: "Announces Appointment of Jane Roe as CFO and Retirement of John Doe"
    rf"announc(?:e|es|ed)\s+[^.;:]{{1,120}}?(?:,|\s+and)\s+(?:the\s+)?(?:{_W(ANNOUNCED)})\s+of|"
    rf"(?:names?|named|seeks?|seeking|search(?:es)?\s+for|hunt(?:s)?\s+for|"
    rf"picks?|taps?|appoints?)\s+(?:a\s+)?(?:{_W(SUCCESSOR)})\s+(?:to|for)))\s+"
    rf"(?i:(?:its|his|her|the|their|our)\s+)?(?i:former\s+)?(?:(?P<title>{_TITLE})(?:\s+(?P<person>{_PERSON}))?|"
    rf"(?P<person2>{_PERSON}))",
)
# "Acme names Jane Roe CEO, succeeding John Doe", "Hackett replaces Fields as Ford CEO"
_SUCCEEDS = re.compile(
    rf"\b(?P<verb>(?i:{_W(SUCCEEDS)}|(?:to|will)\s+(?:{_W(SUCCEEDS, 'base')})|successor\s+to|in\s+place\s+of|takes?\s+over\s+from|took\s+(?:the\s+reins\s+)?over\s+from|"
    rf"took\s+the\s+reins\s+from|takes?\s+the\s+reins\s+from))\s+(?i:(?:the\s+)?(?:retiring|outgoing|departing|"
    rf"ousted|longtime|long-time|founder|embattled)\s+)*(?:(?P<title>{_TITLE})\s+)?(?P<person>{_PERSON})",
)
# "Acme CEO to step down", "Acme names new CEO as Jane Roe retires" need the person's company: the
# headline's subject is it when the sentence opens with a company and an announcement verb.
_OPENING_SUBJECT_VERB = re.compile(r"^\s*(?:'s|’s)?\s*(?:,[^,]{1,80},\s*)?(?:said|says|announced|announces|names|"
                                   r"named|appoints|appointed|taps|tapped|picks|picked|confirms|confirmed|"
                                   r"to\s+name|will\s+name|has\s+named|board|'s\s+board|’s\s+board|disclosed|"
                                   r"reported|(?:did|would)\s+not\s+say|declined\s+to\s+say|gave\s+no\s+reason|"
                                   r"(?:is|are)\s+searching|(?:has|have)\s+begun|began|"
                                   # an exchange's announcement: "Kahikatea Wool Limited advises with regret that ...",
                                   # "regrets to announce", "wishes to inform"
                                   r"advises|advised|regrets|wishes\s+to\s+(?:advise|inform|announce)|informs|notifies)\b",
                                   re.I)
# "Apple hires Tesla's engineering chief": the executive leaves the company named with the title.
_HIRES_FROM = re.compile(rf"\b(?:{_W(HIRES)})\s+$", re.I)

# "Those departing include Jane Roe, executive vice president of sales at Acme; ..."
_THOSE_LEAVING = re.compile(
    rf"\b(?P<verb>(?i:those|executives|officers|leaders)\s+(?i:who\s+are\s+)?(?i:{_W(THOSE_LEAVING)}|"
    rf"stepping\s+down)\s+(?i:include|are))\s+(?P<person>{_PERSON})\s*,\s*(?P<title>{_TITLE})")

_ABRUPT = re.compile(rf"\b(?:{_W(ABRUPT)})\b", re.I)
# Departures that belong to politics, sport or central banks, not to an employer a job seeker applies to.
# A team's roster, not a record label's or an agency's ("as the label shifts to a smaller roster"): "active roster",
# "53-man roster", "roster spot", "roster cuts"
_A_TEAMS_ROSTER = (r"(?:active|team['’]s|opening[\s-]day|\d+-(?:man|player)|playoff|injured)\s+roster"
                   r"|roster\s+(?:spots?|moves?|cuts?|reset|overhaul|shake-?up)")
_UNION_POST = (r"(?<!credit\s)union\s+(?:leaders?|boss(?:es)?|chiefs?|heads?|presidents?|local|officials?|stewards?)|"
               # a union's local and its officers: "Teamsters local president steps down", "Local 117's leader"
               # (a trade's workers alone are the ones cut, not their union: "layoff notices to 900 machinists")
               # (and a union's region, a works council's chair: "UAW Region 1 director", "the United Auto Workers'
               # Region 1", "chairman of the general works council")
               # (its officer, not the council or the union beside a cut: "agreed with the works council to cut 900 jobs")
               r"\b(?:uaw|(?:united\s+)?auto\s+workers['’]?)\s+region\s+\d+\s+(?:director|president|head|leader|chief)\b|"
               r"\b(?:director|president|head|leader|chief)\s+of\s+(?:the\s+)?(?:uaw|united\s+auto\s+workers['’]?)\s+region\b|"
               r"\bworks\s+council\s+(?:chief|chair\w*|head|leader|president)\b|"
               # a guild's officer: "Screenwriters' Guild President Won't Seek Re-Election"
               r"\bguild['’]?s?\s+(?:president|leader|chief|head|chair\w*|executive\s+director)\b|"
               r"\b(?:president|leader|head|chair\w*)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?guild\b|"
               r"\b(?:chair\w*|head|leader|president)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?works\s+council\b|"
               r"\bteamsters\b|\b(?:steelworkers|autoworkers|machinists|electrical\s+workers)['’]?\s+(?:union|local|"
               r"leaders?|president|chiefs?|boss|heads?|guild|lodge|district)\b|"
               r"\blocal\s+(?:\d+\s+)?(?:president|leader|chief|head|chair(?:man|woman)?|secretary-treasurer)|"
               # "Mine workers' leader retires", "IBEW local's longtime business manager"
               r"\bworkers['’]\s+(?:leaders?|boss|chiefs?|heads?|president)\b|"
               r"\blocal['’]s\s+(?:[\w-]+\s+)?(?:business\s+manager|president|leader|chief|head)\b|"
               # a local by its number: "president of Retail and Food Workers Local 412"
               r"\bworkers\s+local\s+\d{1,5}\b|\b(?:president|leader|head)\s+of\s+local\s+\d{1,5}\b|"
               # (a trade's workers in one word, and a local's members: "Paperworkers local elects new president",
               # "Members of Local 1142 elected")
               r"\b[a-z]+workers['’]?\s+local\b|\bmembers\s+of\s+(?:the\s+)?local\s+\d{1,5}\b|"
               # a union's own titles ("General secretary Ron Hadley to retire", "Regional secretary steps down"), and
               # whoever "has led the Transport and Allied Workers' Union"
               # (the exit's subject: not "Halden Foods CEO to quit, says union general secretary")
               r"^(?:[\w'’-]+\s+){0,2}?(?:(?:assistant|deputy)\s+)?(?:general|regional)\s+secretary\b|"
               r"\b(?:led|leads|leading|headed|heads|heading)\s+the\s+(?:[\w'’-]+\s+){0,5}?(?:workers|employees|staff|teachers|"
               r"nurses|seafarers|miners|drivers|trade|labou?r)['’]?\s+union\b|"
               # ("chairman of the Kaigan Denki Workers' Union": the company's name and the members' word before it)
               # (or without "the": "Head of Kuzbass miners' union steps down")
               r"(?:president|leader|head|chief|chair(?:man|woman)?|general\s+secretary)\s+of\s+(?:the\s+(?:[\w'’-]+\s+){0,8}|"
               r"(?:[\w-]+\s+)?[\w-]+s['’]\s+)"
               r"(?<!credit\s)union(?:\s+local)?(?!\s+(?:bank|pacific)\b)")
# (alone: a union's officer is excluded by definition, whatever a model reads; beside a company's post the company is
# there: "the union leader joins Halden's board as chairman")
_UNION_POST_LC = Alternatives(re.compile(_UNION_POST))
UNION_POST = "a trade union's officer"
_NOT_CORPORATE = re.compile(
    r"\b(?:prime\s+minister|minister|ministers|senator|congress(?:man|woman)?|governor|mayor|lawmakers?|"
    # (not a maker's name: "Brookline Cabinet Co.")
    r"secretary\s+of|attorney\s+general|ambassador|speaker|parliament|"
    r"cabinet(?!\s+(?:co\b|company|corp|inc\b|ltd|llc|makers?\b|works|shop|industries|manufactur))|"
    r"white\s+house|chief\s+of\s+staff|"
    r"press\s+secretary|president\s+(?:trump|biden|obama|putin|xi|macron|zelensky)|fbi|cia|pentagon|"
    r"fed\s+(?:chair|governor|president|vice)|(?<![\w-])fed['’]s|"
    rf"{vocabulary.CENTRAL_BANKS}|head\s+coach|coach|coaches|coaching|quarterback|manager\s+of\s+the\s+"
    r"year|nba|nfl|mlb|nhl|mls|premier\s+league|la\s+liga|serie\s+a|bundesliga|uefa|fifa|olympic|playoffs?|"
    rf"free\s+agent|trade\s+deadline|{_A_TEAMS_ROSTER}|touchdown|innings?|striker|midfielder|goalkeeper|pitcher|"
    # a political campaign, not an ad, marketing or proxy one
    # (an election of a kind that governments hold, not a partnership's or a board's: "triggering an election for
    # her successor" at a law firm)
    r"(?:general|presidential|parliamentary|local|snap|federal|midterm|mid-term|municipal|mayoral|gubernatorial|"
    r"national|state|provincial|congressional)\s+elections?|elections?\s+(?:day|results?|commission)|by-?elections?|"
    r"(?:presidential|political|senate|mayoral|leadership|(?:re-)?election)\s+campaign|"
    r"campaign\s+(?:trail|manager|chair(?:man|woman)?|spokes(?:man|woman|person))|"
    r"party\s+leader|(?:opposition|ruling|political|governing)\s+part(?:y|ies)|referee|umpire|pope|bishop|archbishop|"
    # a trade union's officers (not a credit union's: a lender's)
    rf"{_UNION_POST}|"
    # a flight's or a train's departure, not an executive's
    r"(?:flight|flights|passenger|train|ferry|bus)\s+departures?|departures?\s+(?:board|lounge|hall|gate|terminal))\b",
    re.I,
)
# (a lender's or a firm's name that opens with a public word: "Heron Bay Federal Credit Union", "State Street")
_NOT_A_LENDERS_NAME = r"(?!(?:credit|savings|home\s+loan|bank|realty|express|farm|street)\b)"
# Posts in government: whoever leaves one is no company's executive, however sure a model is, unless the
# sentence also names a company's post ("the former commissioner resigned as Acme's chief executive").
_GOVERNMENT_POST = Alternatives(re.compile(
    r"\b(?:prime\s+minister|minister|senator|congress(?:man|woman)|mayor|ambassador|attorney\s+general|"
    # an elected member: "Sudbury-area MPP steps down", "the member for a northern riding will resign", "lawmaker"
    # (not "MP" or "MSP" alone: a managing partner, a managed-service provider)
    r"mpps?|mlas?|members?\s+of\s+(?:parliament|congress|the\s+legislative\s+assembly)|lawmakers?|"
    r"legislators?|assembly(?:man|woman|member)|alder(?:man|woman)|by-?elections?|"
    r"member\s+for\s+(?:[\w'’-]+\s+){0,4}?(?:riding|constituency|electorate)|"
    r"secretary\s+of\s+(?:state|the\s+treasury|defense|commerce|labor|energy)|"

    # (not a company's "president commissioner" or its "board of commissioners", Indonesia's supervisory board)
    r"(?:assistant|under|deputy)\s+(?:\w+\s+)?secretary|undersecretary|(?<!president\s)(?<!board\sof\s)commissioners?|"
    r"(?:department|agency|government|public|federal|state|city|county)\s+officials?|civil\s+servants?|"
    # a state's or a city's office by its portfolio: "State energy office director resigns", "director of the state
    # Energy Office"
    # ("State liquor control board chairman resigns", "Head of federal alcohol tax bureau to retire")
    # a state's cabinet secretary by portfolio: "State transportation secretary resigns"
    rf"(?:state|federal)\s+{_NOT_A_LENDERS_NAME}(?:[a-z-]+\s+){{1,2}}?secretary\b|"
    rf"(?:state|federal|city|county|municipal)\s+{_NOT_A_LENDERS_NAME}(?:[a-z-]+\s+){{0,3}}?"
    r"(?:office|department|agency|bureau|board)\s+"
    r"(?:director|chief|head|administrator|commissioner|secretary|chair(?:man|woman|person)?)|"
    # (and its officers: "Federal agency CIO departs", "the City of Harrowgate's chief information security officer",
    # "the chief information officer of a federal benefits agency")
    r"(?:city|town|county|village|borough|township|state|federal)\s+(?:agency\s+|department\s+|government\s+)?"
    r"(?:cio|ciso|cto|cdo|chief\s+(?:[a-z]+\s+){1,3}?officer)\b|"
    r"(?:city|town|county)\s+of\s+[a-z]+(?:\s+[a-z]+)?['’]s\s+(?:cio|ciso|cto|cfo|cdo|chief\s+(?:[a-z]+\s+){1,3}?officer)\b|"
    r"(?:director|head|chief|administrator|chair(?:man|woman|person)?|cio|ciso|cto|chief\s+(?:[a-z]+\s+){1,3}?officer)\s+"
    r"of\s+(?:the\s+|a\s+)?(?:state|city|county|federal)\s+"
    rf"{_NOT_A_LENDERS_NAME}(?:[a-z-]+\s+){{0,5}}?(?:office|department|agency|bureau|board)\b|"
    # a town's, a county's or a school district's own posts: "schools superintendent", "city manager resigns"
    r"(?:schools?|school\s+district|district)\s+superintendent|superintendent\s+of\s+(?:schools|education)|"
    r"police\s+chief|chief\s+of\s+police|fire\s+chief|sheriff|"
    # the registrars that keep a state's registers of firms: "the Chief Registrar of Friendly Societies"
    r"registrar\s+of\s+(?:friendly\s+societies|companies|co-?operative\s+societies|credit\s+unions|societies)|"
    # a public body's post by its possessive: "the city's director of economic development", "the County's chief
    # financial officer"
    r"(?:city|town|county|village|borough|township)['’]s\s+(?:(?!(?:bank|restaurant|hotel|store|shop|company|firm|"
    r"hospital|plant|mill|factory|brewery)\b)[a-z-]+\s+){0,2}?(?:director|manager|administrator|"
    r"treasurer|clerk|attorney|engineer|planner|chief|head|cfo|ceo|coo)\b|"
    r"(?:city|town|county|village|borough|township)\s+(?:manager|administrator|treasurer|clerk|attorney|engineer|"
    r"council(?:l?or)?|executive|commissioners?|assessor|auditor)|"
    r"(?:port|transit|housing|water|turnpike)\s+authority|governor['’]s\s+office|"
    # any authority's own officer, by the post after it: "Airports authority chief resigns" (not "the authority to")
    r"(?<!\bthe\s)(?<!\bits\s)[a-z-]{3,}\s+authority(?:['’]s)?\s+(?:chief|head|director|president|chair(?:man|woman)?|"
    r"administrator|general\s+manager|board\s+member)|"
    # a public port district's officers: "Port of Tacoma executive director resigns"
    r"port\s+of\s+(?!call\b)[a-z]+(?:\s+[a-z]+)?\s+(?:executive|director|ceo|commissioner|chief|president)|"
    r"(?:director|ceo|commissioner|chief|president)\s+of\s+the\s+port\s+of\s+(?!call\b)|"
    # "Marsh left government in the spring": the post left is in government
    r"(?:left|leaves|leaving|leave|quit|quits|exited|exits)\s+(?:the\s+)?(?:government|civil\s+service|public\s+service|"
    r"council)\b|"
    r"(?:securities|banking|financial|energy|competition|antitrust|national|federal|state|market|insurance|"
    r"telecom(?:munications)?|aviation|nuclear|drug)\s+regulator|"
    # whoever heads a regulator or a watchdog, whatever it regulates: "Boss of the water watchdog to quit"
    r"(?:head|chief|boss|chair(?:man|woman)?|leader)\s+of\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}?(?:regulator|watchdog)\b|"
    r"(?:regulator|watchdog)['’]s\s+(?:head|chief|boss|chair(?:man|woman)?|leader)\b|"
    # a commission that regulates: "chairman of the provincial securities commission"
    r"(?:securities|exchange|utilities|public\s+service|gaming|communications|trade|election)\s+commission|"
    r"(?:utilities|energy|labou?r\s+relations|parole|liquor|lottery|gaming)\s+board\s+(?:chair\w*|president|member|ceo)|"
    # "Sen. Pettibone", "Rep. Ada Pell", "will resign from the Senate": the chamber or its member's title
    r"(?:sen|rep|gov)\.\s+[A-Z][\w'’-]*|"
    # a legislature's committee: "The chair of a state Senate energy committee resigned"
    r"(?:senate|legislative|parliamentary|congressional|assembly)\s+(?:[a-z-]+\s+){0,2}?(?:committee|caucus)|"
    # a seat in a legislature: "quits Legislative Council seat", "resign his functional constituency seat"
    r"legislative\s+council|(?:council|constituency|parliamentary|assembly|senate)\s+seat|"
    r"(?:from|in|of)\s+the\s+(?:u\.s\.\s+)?(?:senate|house\s+of\s+(?:representatives|commons|lords)|"
    r"state\s+(?:senate|assembly|legislature)|parliament|cabinet|legislature))\b", re.I))
# The bench: "U.S. Bankruptcy Judge Martha Ellis ... will retire" (a judge's exit is no company's; a judge ruling on
# a company's filing or cuts says nothing against them, so this is the departures' alone)
_JUDGE = re.compile(r"\b(?:bankruptcy|district|circuit|federal|appeals|appellate|county|trial|presiding|chief|"
                    r"high\s+court|"
                    r"supreme\s+court|superior\s+court|u\.s\.)\s+judges?\b"
                    # a court's own head: "Chairman of Moscow Region arbitration court retires"
                    r"|\b(?:chair(?:man|woman)?|president|head)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:arbitration|"
                    r"arbitrazh|commercial|economic|district|regional|supreme|constitutional|high|appeals?)\s+court\b")
# a headline's judge, told by what they presided over: "Judge who presided over ... to retire"
_JUDGE_OPENING = re.compile(r"\W*(?:(?:retired|longtime|veteran|former)\s+)?judge\s+"
                            r"(?:who|[a-z]+\s+[a-z]+\s+(?:to|will))\b")
A_JUDGE = "a judge, not a company's executive"
_COMPANY_POST = re.compile(r"\b(?:ceo|cfo|coo|cto|chief\s+(?:executive|financial|operating|technology)|chairman|"
                           r"chairwoman|founder|board\s+of\s+directors)\b", re.I)
GOVERNMENT_POST = "a post in government"
NOT_CORPORATE = "politics, sport or a central bank"
_SPORTS = re.compile(r"\b(?:nba|nfl|mlb|nhl|mls|premier\s+league|la\s+liga|serie\s+a|bundesliga|uefa|fifa|olympic|"
                     r"playoffs?|free\s+agent|trade\s+deadline|draft\s+picks?|" + _A_TEAMS_ROSTER +
                     r"|touchdown|quarterback|pitcher|(?:losing|winning)\s+season|"
                     r"striker|midfielder|goalkeeper|outfielder|head\s+coach|transfer\s+window|loan\s+deal|"
                     r"(?:star|power|small|point|shooting)\s+(?:forward|guard|center|centre|winger|defenseman)|"
                     r"in\s+(?:a\s+)?trade\s+with)\b", re.I)
# "former CEO Jane Roe, who stepped down in 2015, said": a departure told as history, not news.
_HISTORICAL = re.compile(r"\b(?:former|ex-|onetime|one-time|late)\s*$|\bwho\s+(?:had\s+)?$|\b(?:since|when|until)\s+"
                         r"(?:\S+\s+){0,4}$", re.I)
# A death told now, spelled as the vocabulary's table spells it: "dies", "died", "passed away", "death of" (on
# lower-cased text).
_DEATH_VERBS = vocabulary.word("die").spell("s", "past") + vocabulary.word("pass away").spell("s", "past")
_DEATH = re.compile(r"\b(?:%s|(?:%s)\s+of)\b" % ("|".join(form.replace(" ", r"\s+") for form in _DEATH_VERBS),
                                                 "|".join(vocabulary.word("die").spell("noun"))))
# "Former Acme CEO Jane Roe, who left the company in 2018, launches a fund": the exit in a clause dated in the past.
_DATED_CLAUSE = re.compile(r"\bwho\s+(?:had\s+)?[^,;]{0,60}?\b(?:(?:in|since|back\s+in)\s+(?:19|20)\d\d|last\s+year|"
                           r"(?:\w+\s+)?years\s+ago)\b(?=\s*[,;)]|\s*$)")
_LEFT = re.compile(r"\bleft\b")
# "Hugh Carrow, who left the group in 2009 after eleven years as chief executive, has been appointed ...": a
# relative clause that tells an exit and dates it in the past, the date anywhere before its comma; not one that
# looks ahead ("who will retire in 2027"), nor one dated without an exit ("who joined the company in 1963 and
# served ..."), whose sentence may still tell one.
# (and a "when" clause that dates an exit: "When Walter Ness stepped down as chairman of Cortland in 1994, ...")
# ("Amberline Insurance Holdings, which fired its chief executive last year, filed for Chapter 11": the company's own
# removal of one, dated)
_DATED_EXIT_CLAUSE = re.compile(r"\b(?:who|when|which\s+(?=(?:had\s+)?(?:fired|ousted|dismissed|removed|replaced|sacked)\s+its\b))"
                                r"\s*(?!will\b|would\b|is\s+(?:to|set|expected|due)\b|plans\b|intends\b)"
                                # ("who stepped down during the supplier's 2008 restructuring")
                                r"[^,;()]{0,90}?\b(?:(?:in|since|back\s+in)\s+(?:19|20)\d\d|last\s+year|"
                                r"(?:during|amid|after|following)\s+(?:[\w'’-]+\s+){0,3}?(?:19|20)\d\d\b|"
                                r"(?:\w+\s+)?years\s+ago)\b[^,;()]{0,60}?(?=\s*[,;)]|\s*$)")
# An exit told as what came before the news: "weeks after its CEO was replaced amid a state billing audit", "months
# after a family feud removed its chairman", "following the departure of its former CEO in May", "Its management board
# had been replaced in March": the clause dates the exit before the story's own event.
_REMOVED_WORDS = "replaced|ousted|removed|fired|dismissed|sacked"
_AN_EARLIER_EXIT = re.compile(
    rf"\b(?:days|weeks|months|years|a\s+(?:week|month|year))\s+after\s+(?:[\w.'’-]+\s+){{0,6}}?(?:(?:was|were|had\s+been)\s+"
    rf"(?:{_REMOVED_WORDS}|forced\s+out|pushed\s+out)|(?:{_REMOVED_WORDS})\s+(?:its|their|the\s+company['’]s)\s)[^.;,]{{0,60}}"
    r"|\bfollowing\s+the\s+(?:departure|resignation|ouster|exit|removal|firing|dismissal|retirement)\s+of\s+(?:its|the|their)\s+"
    r"former\s[^.;,]{0,60}"
    rf"|\bhad\s+been\s+(?:{_REMOVED_WORDS})\s+(?:in\s+(?:early\s+|late\s+)?(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|last\s+(?:year|month|week))\b[^.;,]{0,60}")
# An attempt to remove someone, not a removal: "fails to unseat", "seeks to oust", "a campaign to remove" (not "votes to
# oust", the owners' vote that removes)
_TRYING = "fails?|failed|seeks?|sought|bid|campaign|attempts?|effort|tries|tried|trying|wants?|wanted"
_AN_ATTEMPT_TO_REMOVE = re.compile(rf"\b(?:{_TRYING})\s+to\s+(?:unseat|oust|remove|topple|replace)\b[^.;,]{{0,60}}")
_TRIED_BEFORE = re.compile(rf"(?i)\b(?:{_TRYING})\s+to\s+$")  # (the same, read before a removal's verb)
# A sentence whose subject is someone who had left, and which tells something else of them: "Ex-Stallworth finance chief
# sentenced to six years" (lower-cased text; not "Ousted ... chairman vows legal fight", the ouster's own news)
_A_FORMER_ONE_OPENS = re.compile(
    r"^\W*(?:former|ex-|onetime|one-time)\s*(?:[\w.'’&-]+\s+){0,3}?(?:chief|ceo|cfo|coo|chairman|"
    r"chairwoman|chair|president|founder|co-founder|boss|head|executive|director)\b")
# "Ten years after leaving Tessaly Furniture, former CEO Harold Finnick looks back": the time since an exit
# (the one who left may stand between: "Ten years after founder Walter Brisco stepped down", "A decade after its
# founder's exit")
_SINCE_THE_EXIT = re.compile(r"\b(?:years?|decades?|months?)\s+(?:after|since)\s+(?:(?:his|her|their|its|the)\s+)?"
                             r"(?:[\w.'’-]+\s+){0,4}?(?:leaving|stepping\s+down|stepped\s+down|retiring|retired|"
                             r"resigning|resigned|quitting|quit|left|departure|exit|ouster|being\s+ousted|was\s+ousted|"
                             r"walking\s+out|walked\s+out|walkout)\b"
                             # "Twenty years on, Heliograph's founder reflects on the company he left"
                             r"|\b(?:years?|decades?)\s+on\b[^.;]{0,80}?\b(?:left|leaving|quit|resigned|departed|exited)\b"
                             # "since founder Gerald Lorimer left the company in 2011"
                             r"|\bsince\s+(?:[\w.'’-]+\s+){0,4}?(?:left|resigned|retired|stepped\s+down|departed|quit)\b"
                             r"[^.;]{0,40}?\b(?:in\s+(?:19|20)\d\d|\d+\s+years\s+ago)\b")
_LEFT_BEFORE = re.compile(r"\b(?:former|formerly|ex-|onetime|one-time|retired|emeritus|who\s+(?:led|ran|headed)|"
                          # "Ousted Carrow chief dies": ousted from the post (not "who ousted founder Bill Ray")
                          r"(?<!who\s)(?<!had\s)(?<!has\s)(?<!he\s)(?<!she\s)ousted\s+(?:[\w.'’&-]+\s+){0,3}?(?:chief|ceo|"
                          r"chairman|chairwoman|chair|president|founder|boss|head|executive|director)\b|"
                          r"(?:before|after)\s+(?:retiring|stepping\s+down|leaving)|"
                          # "served as its chairman until his retirement in 2009, passed away", "until he retired"
                          r"until\s+(?:(?:his|her|their)\s+(?:retirement|resignation|departure)|(?:he|she|they)\s+"
                          r"(?:retired|resigned|left|stepped\s+down))|"
                          # "who was forced out as chief executive of Carrow Industries in 1991"
                          r"who\s+(?:was|had\s+been)\s+(?:forced\s+out|pushed\s+out|ousted|removed|fired)|"
                          # the post held over years past: "its chairman from 1962 to 1980, who died Sunday" (the post's,
                          # not "a Navy pilot from 1979 to 1985")
                          r"(?:chief\s+executive|chairman|chairwoman|chair|president|ceo|director|founder|head|partner)"
                          r"(?:\s+of\s+[^,;]{1,40}?)?\s+(?:from|between)\s+(?:19|20)\d\d\s*(?:to|until|till|through|and|-|–)\s*"
                          r"(?:19|20)?\d\d\b)")
_PAST_YEAR_AFTER = re.compile(r"^[^.;]{0,25}?\b(?:in|since)\s+((?:19|20)\d\d)\b|^[^.;]{0,25}?\b(\d+)\s+years\s+ago\b")

_SENIORITY_WORDS = vocabulary.seniority_patterns()

# Wire-service furniture before the headline proper: "UPDATE 2-", "EXCLUSIVE-", "BRIEF-", "DJ ".
_WIRE_PREFIX = re.compile(r"^\s*(?:(?:UPDATE\s*\d*|EXCLUSIVE|BRIEF|CORRECTED|REFILE|RPT|WRAPUP\s*\d*|BREAKINGVIEWS|"
                          r"INSTANT\s+VIEW|FACTBOX|ANALYSIS|PRESS\s+DIGEST|BUZZ|DEALTALK|MOVES|Exclusive|"
                          r"Breaking|Report|Reports|Sources|Update|"
                          # a story's genre, in the label a site puts before its headline
                          r"(?i:explainer|analysis|opinion|column|commentary|factbox|fact\s+box|timeline|q&a|podcast|"
                          r"newsletter|watch|listen|graphic|interview|insight|view|the\s+big\s+read)|"
                          # a live blog's entry time and zone: "09:45 JST —", "12:41 ET:", "10:12 a.m. CET -"
                          r"\d{1,2}[:.]\d\d(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?)\s*[-:—–|]\s*"
                          # the Dow Jones News Service's mark: "DJ Voss Takes Control Of Altberg"
                          r"|DJ\s+(?=[A-Z]))+")
_AGREE = re.compile(r"\bagree")
_DEAL_NOUN = re.compile(rf"\b(?:{_W(NAMED_DEAL)})\b")


def _lower_case_twin(pattern: re.Pattern) -> Alternatives:
    """The same pattern without re.I, for text already lower-cased: a case-blind search costs three to four
    times as much, and most patterns find nothing in most sentences (and each alternative is searched only where
    its words are: see alternatives.py)."""
    return Alternatives(re.compile(pattern.pattern, pattern.flags & ~re.I), same_groups=True)


# Each deal pattern, with the word stems one of which it cannot match without. One scan of the sentence finds the
# stems present (longest first, so "endorse" is not read as "end"); a pattern none of whose stems is there is skipped.
# Keyed by id(): hashing a compiled pattern hashes its whole program, which cost more than the search it saves.
_PATTERN_READS = (
    (_TERMINATED, (ENDS,)),
    (_ACTIVE_DEAL, ()),
    (_PASSIVE_DEAL, (PASSIVE, SELLS_TO, AGREED_BY, BID_FROM)),
    (_NOMINAL_DEAL, (OF,)),
    (_SALE_TO, (SALE_TO,)), (_APPROVES_SALE, (APPROVES,)),
    (_SALE_OF, (SALE_OF,)), (_PAIR_DEAL, ("deal",)),
    (_MERGE_WITH, (MERGES_WITH,)), (_MERGER_NOUN_WITH, (MERGER,)), (_PAIR_MERGE, (MERGER, MERGES_WITH)),
    (_MERGER_OF, (MERGER,)), (_SALE_PROCESS, ("sale", "buy", "in play", "shop")), (_GOES_PRIVATE, ("private",)),
    (_NOUN_AFTER_TARGET, (NAMED_BEFORE,)))
_LOWER_CASE_TWINS = {id(pattern): (pattern, _lower_case_twin(pattern), hints if reads else frozenset())
                     for (pattern, reads), hints in zip(_PATTERN_READS, vocabulary.hint_sets(*(r for _, r in _PATTERN_READS)))}
# (the stems as one pattern: the definition `_deal_stems_in` answers for, which the tests hold it to)
_DEAL_STEMS = re.compile("|".join(sorted({re.escape(stem) for _, _, hints in _LOWER_CASE_TWINS.values() for stem in hints},
                                         key=lambda stem: (-len(stem), stem))))
_DEAL_STEM_SCAN = ahocorasick.Automaton()
for _stem in {stem for _, _, hints in _LOWER_CASE_TWINS.values() for stem in hints}:
    _DEAL_STEM_SCAN.add_word(_stem, _stem)
_DEAL_STEM_SCAN.make_automaton()


def _deal_stems_in(lowered: str) -> frozenset[str]:
    """The stems `_DEAL_STEMS.findall(lowered)` finds, from one pass in C: every stem's every place, then, left to
    right, the longest stem at each place not inside one taken before (as the regular expression, longest first,
    takes them: "endorse" is no "end")."""
    starts: dict[int, str] = {}
    for end, stem in _DEAL_STEM_SCAN.iter(lowered):
        start = end - len(stem) + 1
        if len(stem) > len(starts.get(start, "")):
            starts[start] = stem
    taken, free_from = [], 0
    for start in sorted(starts):
        if start >= free_from:
            taken.append(starts[start])
            free_from = start + len(starts[start])
    return frozenset(taken)
_SPORTS_LC, _NOT_CORPORATE_LC, _ABRUPT_LC, _RUMOR_CUES_LC, _SPECULATION_LC, _PASSING_MENTION_LC, _FUTURE_CUES_LC = map(
    _lower_case_twin, (_SPORTS, _NOT_CORPORATE, _ABRUPT, _RUMOR_CUES, _SPECULATION, _PASSING_MENTION, _FUTURE_CUES))


def _passing_mention(before: str) -> bool:
    return _PASSING_MENTION_LC.search(before.lower()) is not None


class _TwinMatch:
    """A lower-case twin's match read back on the sentence as written: same spans, original letters."""
    __slots__ = ("_match", "_sentence")

    def __init__(self, match: re.Match, sentence: str):
        self._match, self._sentence = match, sentence

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def group(self, group: int | str = 0) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self._sentence[start:end]

    __getitem__ = group


def _find(pattern: re.Pattern, sentence: str, lowered: str, stems: frozenset[str]):
    """`pattern.finditer(sentence)`, at a third of the cost: its lower-case twin scans the lower-cased text,
    whose letters sit where the sentence's do (when lower-casing changed a length, the pattern itself runs)."""
    _, twin, hints = _LOWER_CASE_TWINS[id(pattern)]
    if hints and stems.isdisjoint(hints):
        return ()
    if len(lowered) != len(sentence):
        return pattern.finditer(sentence)
    first = twin.search(lowered)  # most patterns find nothing: then one search, and no list, is the whole cost
    if first is None:
        return ()
    return [_TwinMatch(first, sentence), *(_TwinMatch(match, sentence) for match in twin.finditer(lowered, first.end()))]


# A ticker in parentheses never opens a sentence: "The Walt Disney Co. (DIS) has gained ..." is one; nor
# does an honorific end one ("Mr. Varga, the chairman, ...").
# No end after an honorific or after a capital's initial ("David L. Thomas", "A.R. Ginn").
# (no end after a title that stands before a name: "Sen. Harold Voss", "Gov. Ada Pell", "Prof. Kim")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bJr\.)(?<!\bSr\.)"
                           r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bProf\.)(?<!\bGen\.)(?<!\bRev\.)(?<!\bHon\.)"
                           r"(?<!\bLt\.)(?<!\bAdm\.)(?<!\bCapt\.)(?<!\bMaj\.)(?<!\bSgt\.)(?<!\bBrig\.)"
                           # a saint's or a mountain's place: "its St. Louis fighter plant", "Mt. Vernon"
                           r"(?<!\bSt\.)(?<!\bMt\.)(?<!\bFt\.)"
                           r"(?<![\s.][A-Z]\.)(?<!^[A-Z]\.)[\"”’]?\s+"
                           # (not before a listing's aside, whatever the market: "Mountain Crest Mining Co. (OTC Pink:
                           # MCMC) has placed ...")
                           r"(?=[\"“‘]?[A-Z]|\((?!(?:[A-Za-z]{2,10}(?:\s+[A-Za-z]{2,10})?\s*:\s*)?[A-Z.]{1,6}\))(?!the\s))")


# ---------------------------------------------------------------- entry point


def detect_events(title: str, text: str = "", published: str | None = None, context: str = "") -> list[DetectedEvent]:
    """Find merger/acquisition and executive-departure events in a headline and its summary.

    The headline speaks first; the summary's opening sentences only when the headline is silent (a
    body sentence that names a deal is often a passing mention of an old one). The summary still
    decides details: whether an exit was abrupt, the person and title a terse headline leaves out.
    `context` is the text before `text` in the same article (when it is read a sentence at a time): it
    only lends antecedents ("the acquisition", "Uber bought it") and never reports an event itself.
    """
    headline = _WIRE_PREFIX.sub("", title or "").strip()
    year = _year(published)
    # A "title" that is really a sentence (a full stop, a dozen words) is read as body text is.
    sentence_like = headline.endswith((".", ".\"", ".”")) and len(headline.split()) >= 12
    events = _detect_sentence(headline, in_headline=not sentence_like, year=year) if headline else []
    # (a headline whose buyer it only describes, "French drugmaker agrees to buy Bioverativ", lets the summary name
    # the pair; where the summary tells no deal, the headline's target stands)
    described = events if events and all(event.reason.endswith(_BUYER_DESCRIBED) for event in events) else None
    if described:
        events = []
    if not events and text:
        # (sentence, may it report a deal?): a summary sentence just read here found none, so reading it for
        # context need not look for one again
        earlier = [(sentence, True) for sentence in _SENTENCE_END.split(context.strip())] if context.strip() else []
        if headline:
            earlier.insert(0, (headline, True))
        for sentence in _SENTENCE_END.split(text.strip())[:3]:
            events = _detect_sentence(sentence, in_headline=False, year=year)
            if not events and earlier and _POINTS_BACK.search(sentence.lower()):  # only then are earlier ones read
                events = _anaphoric_deals(sentence, _read_context(earlier[-6:], year))
            if events:
                break
            earlier.append((sentence, False))
        if headline and events:
            events = _anchor_to_headline(events, headline)
    if not events and described:
        events = described
    if not events:
        return []
    told = f"{headline} {text or ''}".lower()
    for event in events:
        if event.kind == EXECUTIVE_DEPARTURE:
            if _ABRUPT_LC.search(told):
                event.abrupt = True
            if not event.person and text:
                _fill_person(event, text)
    return _dedupe(events)


class _Context:
    """What the sentences before this one said: the deal they last reported and the company they were
    about. It lends antecedents only."""
    __slots__ = ("deals", "topic")

    def __init__(self, deals: list[DetectedEvent], topic: str | None):
        self.deals, self.topic = deals, topic


def _read_context(sentences: list[tuple[str, bool]], year: int | None) -> _Context:
    deals: list[DetectedEvent] = []
    topic = None
    for sentence, may_report in sentences:
        found = [e for e in _detect_sentence(sentence, in_headline=False, year=year)
                 if e.kind == MERGER_ACQUISITION and e.company] if may_report else []
        deals = found or deals
        names = _name_spans(sentence)
        # "In 2016 startup Ottomotto LLC, co-founded by ...": a sentence's first company, when it is plainly
        # one (a legal suffix, or a word such as "startup" before it), is what "it" may refer to next.
        for span in names[:2]:
            if _LEGAL_TAIL.search(span.text) or _COMPANY_NOUN_BEFORE.search(sentence[max(0, span.start - 30):span.start]):
                # "Startup Quillon Robotics LLC": a sentence's capitalised first word may only describe the name
                topic = _clean_name(_COMPANY_NOUN_FIRST.sub("", span.text))
                break
    return _Context(deals, topic)


# "the proposed acquisition", "the deal", "this transaction": a deal an earlier sentence named.
# Each word before the noun has one reading, so a failed start is given up after one pass over its words
# (capitalised words grouped one to three at a time, and "$" amounts split anywhere, could be read in
# exponentially many ways: 1.7 s for a 180-character ALL-CAPS sentence). A capitalised word is not also
# one of the adjectives; "$42" splits one way, and "$42 BILLION" is one reading, not two.
_ANAPHOR_ADJECTIVE = r"proposed|pending|planned|agreed|announced|potential|possible|giant|huge|big|blockbuster|latest"
_DEAL_ANAPHOR = re.compile(
    rf"\b(?:the|this|that|its|their)\s+(?:(?:{_ANAPHOR_ADJECTIVE}"
    # "$42 BILLION" is "$42" then a capitalised word; it is one "$" amount only when that reading fails.
    rf"|\$(?:(?![\d.,]*+(?<=[\d.,]\d)\s+(?:(?:{_ANAPHOR_ADJECTIVE})\s|(?-i:[A-Z])))[\d.,]++\s+\w++"
    r"|[\d.,]++(?:[^\W\d]\w*+|(?<=[\d.,]\d)))|[\d.,]+-(?:billion|million)"
    rf"|(?!(?:{_ANAPHOR_ADJECTIVE})\s)(?-i:[A-Z][\w&.-]*))\s+)*"
    rf"(?P<noun>{_W(POINTED_AT)})\b"
    r"(?!\s+(?:of|for|with|to|by|between|talks)\b)"
    # "pursuing a takeover of the Brazilian regional jet maker": the company described, not named
    rf"|\b(?P<described>(?:{_W(DESCRIBED_OF)})\s+(?:of|for)|{_W(DESCRIBED)})\s+the\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:maker|manufacturer|company|firm|group|rival|retailer|grocer|chain|startup|lender|bank|insurer|carrier|"
    r"airline|business|producer|developer|provider)\b", re.I)
_COMPANY_NOUN_BEFORE = re.compile(r"(?i)\b(?:startup|start-up|company|firm|maker|retailer|rival|unit|subsidiary|"
                                  r"chain|lender|insurer|developer|provider|group)\s+$")
_COMPANY_NOUN_FIRST = re.compile(r"^(?:Startup|Start-up|Retailer|Carmaker|Automaker|Chipmaker|Lender|Insurer|Rival|"
                                 r"Subsidiary|Developer|Provider|Conglomerate)\s+(?=\S)")
# "Uber bought it in August 2016": the pronoun stands for the company the sentence before was about.
_BOUGHT_IT = re.compile(rf"(?P<buyer>{_NAME_RUN})\s+(?:(?:later|then|eventually|finally|ultimately)\s+)?"
                        rf"(?P<verb>{_W(BOUGHT_IT)})\s+it\b")


# A cheap first look for anything _anaphoric_deals could use: a deal noun or "bought it".
_POINTS_BACK = re.compile(r"\b(?:" + "|".join(_W(reading) for reading in (POINTED_AT, DESCRIBED_OF, DESCRIBED, BOUGHT_IT))
                          + ")")


def _anaphoric_deals(sentence: str, context: _Context) -> list[DetectedEvent]:
    """A sentence that only points back at a deal: "The acquisition, Amazon's largest by far, gives it
    ...". It reports that deal again only when it also names one of the deal's companies, so "the deal"
    in a sentence about something else stays silent."""
    if context.topic:
        bought = _BOUGHT_IT.search(sentence)
        if bought:
            buyer = _trim_name(_clean_name(bought["buyer"]))
            if buyer and buyer.lower() != context.topic.lower():
                return _pair(context.topic, buyer, STAGE_COMPLETED, f'"{buyer} {bought["verb"]} it" ({context.topic})')
    if not context.deals or _SPECULATION_LC.match(sentence.lower()):
        return []
    anaphor = _DEAL_ANAPHOR.search(sentence)
    if anaphor is None:
        return []
    parties = {_first_word(e.company) for e in context.deals} | \
        {_first_word(e.counterparty) for e in context.deals if e.counterparty}
    named = {_first_word(span.text) for span in _name_spans(sentence)}
    if not parties & named:
        return []
    reason = f'"{" ".join(anaphor.group(0).split())}" (the deal named just before)'
    return [DetectedEvent(e.kind, e.company, e.role, e.stage, e.counterparty, reason=reason) for e in context.deals]


def _first_word(name: str) -> str:
    """"Amazon.com Inc." and "Amazon's" meet at "amazon": enough to tell which deal a sentence points back at."""
    word = re.split(r"[\s.’']", name.strip().lower(), maxsplit=1)[0]
    return word.strip(",;:\"“”")


def _anchor_to_headline(events: list[DetectedEvent], headline: str) -> list[DetectedEvent]:
    """Events read from a summary belong to the story its headline tells: a departure the summary leaves
    without a company takes the headline's ("Hyatt chair joins ..."), or is dropped; none survive a
    headline about politics or sport."""
    if _not_corporate(headline.lower()) or _SPORTS_LC.search(headline.lower()):
        events = [e for e in events if e.kind != EXECUTIVE_DEPARTURE]
    names = _name_spans(headline)
    for event in events:
        if not event.company:
            for title in _TITLE_RE.finditer(headline):
                company = _company_of_title(headline, names, title.start())
                if company:
                    event.company = company
                    break
    return [e for e in events if e.company]


def _detect_sentence(sentence: str, in_headline: bool, year: int | None) -> list[DetectedEvent]:
    lowered = sentence.lower()  # the gates are lower case: a case-blind search costs twice as much
    opened = GATES.opened(lowered)  # one scan for every gate (gates.py); the model's reader asks it again
    deal_words = vocabulary.DEAL in opened
    departure_words = vocabulary.DEPARTURE in opened
    if not (deal_words or departure_words) or _SPORTS_LC.search(lowered):
        return []
    names = _NamesWhenRead(sentence)
    deals = _detect_deals(sentence, names, in_headline) \
        if deal_words and not _ADVOCACY.match(sentence) and not _procurement_only(lowered) else []
    departures = _detect_departures(sentence, names, in_headline, year) \
        if departure_words and not _not_corporate(lowered) else []
    return deals + departures


_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _shouts_or_titles(sentence: str) -> bool:
    """All capitals or Title Case: a capitalised verb there is still a verb ("Amazon To Buy Whole Foods")."""
    # A post's hashtags, handles and cashtags are no words of its headline ("... Acquisition. #markets #trading")
    text = _TAGS.sub(" ", sentence) if ("#" in sentence or "@" in sentence or "$" in sentence) else sentence
    words = [w for w in _WORDS.findall(text) if len(w) > 3]
    if not words or sum(w[0].isupper() for w in words) < 0.75 * len(words):
        return False
    # A headline of names is not Title Case: "Bravo Outdoor CEO Dale Pruett to be succeeded by Tricia Lambden in
    # July" writes its one verb in lower case. Title Case capitalises the verbs and prepositions too.
    lower = [w for w in words if w[0].islower()]
    # (so does any verb in lower case: "Nickel Basin Drilling lays off 70 in Sudbury"; Title Case leaves only its
    # short words and prepositions in lower case, never a verb)
    return not any(w in _SENTENCE_CASE_WORDS or (w not in _TITLE_CASE_LOWER and _verb_form(w)) for w in lower)


# Words Title Case may leave in lower case however long: prepositions and conjunctions.
_TITLE_CASE_LOWER = frozenset("""with from into over upon onto amid near past like than that about above across after
against along among around before behind below beneath beside besides between beyond during except inside outside
since through throughout toward towards under until versus within without plus""".split())


_TAGS = re.compile(r"[#@$][\w.]+")
# Words that Title Case always capitalises: a headline writing one in lower case is in sentence case.
_SENTENCE_CASE_WORDS = frozenset("""succeeded replaced replace replaces named names appointed appoints
resigns resigned retires retired steps stepped leaves leaving quits exits departs ousted fired sells sold
acquires acquired agrees agreed completes completed announces announced""".split())


def _named_not_verb(sentence: str, match: re.Match) -> bool:
    """"big-box store Best Buy Co.": a capitalised trigger inside running text is part of a name."""
    return match.group(0)[0].isupper() and match.start() > 0 and not _shouts_or_titles(sentence)


def _year(published: str | None) -> int | None:
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


# ---------------------------------------------------------------- names


class _Span:
    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text


class _NamesWhenRead(Sequence):
    """A sentence's name spans (`_name_spans`), found the first time a reader asks for them: most sentences a gate
    opens have no deal or exit shape, and then nobody does."""
    __slots__ = ("_sentence", "_spans")

    def __init__(self, sentence: str):
        self._sentence, self._spans = sentence, None

    def _read(self) -> list[_Span]:
        if self._spans is None:
            self._spans = _name_spans(self._sentence)
        return self._spans

    def __getitem__(self, index):
        return self._read()[index]

    def __len__(self) -> int:
        return len(self._read())

    def __iter__(self):
        return iter(self._read())


_INNER_POSSESSIVE = re.compile(r"(?P<owner>\S+?(?:'s|’s))\s+(?=\S)", re.I)


def _word_core(token: str) -> str:
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.rstrip(".,;:!'’-").lower()


@lru_cache(maxsize=1 << 16)  # the same few thousand words recur in every headline
def _is_name_word(token: str) -> bool:
    first = token[0]
    camel = first.islower() and len(token) > 2 and token[1:].isalnum() and any(ch.isupper() for ch in token[1:4])
    if not (first.isupper() or camel or (first.isdigit() and any(ch.isalpha() for ch in token))):
        return False
    if first.isdigit() and (_NUMBER_THEN_LOWER_WORDS.match(token) or _AMOUNT.fullmatch(token)):
        return False  # "$35-a-share", "10-year", "52-week", "$3bn": a price, an amount or a span of time, not "3M"
    if token[1:2].isdigit() or token[2:3].isdigit() or token[3:4].isdigit():
        if _AMOUNT_IN_A_CURRENCY.fullmatch(token):
            return False  # "P1.2 billion", "Rp4.1 trillion", "RM650mil": pesos, rupiah, ringgit (not "G4S", "A1")
    return _word_core(token) not in _STOP_SET


_NUMBER_THEN_LOWER_WORDS = re.compile(r"\d[\d.,]*-[a-z]")
# an amount after a currency's letters, with a decimal or a unit: "P1.2", "Rp4.1", "RM650mil", "Ksh1.2bn"
_AMOUNT_IN_A_CURRENCY = re.compile(r"(?:P|Rp|RM|Rs|Tk|Ksh|KSh|Sh|N|R|K)\d[\d,]*(?:\.\d+(?:bn|mn|m|mil|b|k|tn|trn)?|"
                                   r"(?:bn|mn|m|mil|b|k|tn|trn))")
_AMOUNT = re.compile(r"\d[\d.,]*(?:bn|mn|bln|mln|tn|trn|k|m|b|B|BN|BLN|MLN)")


_NAME_WORD_NEXT = re.compile(rf" {_NAME_WORD}")
# The tokens of _TOKEN that can be a name word (capitalised, a digit, "eBay") or a joiner ("&", "of", "de").
_NAME_OR_JOINER_TOKEN = re.compile(r"(?<![\w&])(?<![\w&]['’.!+-])(?<![\w&]['’.!+-]{2})(?<![\w&]['’.!+-]{3})"
                                   rf"(?:[{_CAPITALS}0-9][\w'’.&!+-]*|[a-z](?=[a-z0-9]{{0,2}}[A-Z])[\w'’.&!+-]*|&|"
                                   r"(?:of|de|du|del|der|von|van|la|le)(?![\w'’.&!+-])|"
                                   r"(?:plc|inc|ltd|llc|gmbh|corp)\.?(?![\w'’&!+-]))")
# A legal form written in lower case ends the name before it: "Kestrel plc", "Halden Labs inc."
_LOWER_LEGAL_FORMS = frozenset("plc inc inc. ltd ltd. llc llc. gmbh corp corp.".split())


@lru_cache(maxsize=1 << 14)
def _verb_inside_a_run(token: str) -> bool:
    """A capitalised word in the form of a verb ("Obtains", "Advises", "Approving", "Established") that is a
    common word, in no bundled company's name, and whose stem is a word too. Only before another name word
    does it end a name: last in a run it is more often a plural noun of the name ("Adani Ports")."""
    word = _word_core(token)
    if word in _SHORT_HEADLINE_VERBS:
        return True
    common = bundled_common_words()
    if len(word) <= 4 or word not in common or word in bundled_name_words():
        return False
    # the form of a verb: its stem is a word too ("obtain-s", "advise-s", "approv(e)-ing", "establish-ed");
    # "Campus" and "Business" end in "s" and are no verb
    if word.endswith("ing"):
        stem = word[:-3]
        return stem in common or stem + "e" in common or (stem[-1] == stem[-2] and stem[:-1] in common)
    if word.endswith("ed"):
        stem = word[:-2]
        return stem in common or stem + "e" in common or (stem[-1] == stem[-2] and stem[:-1] in common)
    # (nor a field's plural in "-ics", which is no verb's form: "Ceramics", "Logistics", "Robotics")
    return word.endswith("s") and not word.endswith(("ss", "ics")) and (word[:-1] in common or (
        word.endswith("es") and word[:-2] in common))


# Headlines' short verbs, too short for the stem test ("Labs", "Arts" and "News" end names): "Serravalle Wins Control of
# Greek Port Operator", "Halden Buys Morvo", "Corran Inks Deal"
_SHORT_HEADLINE_VERBS = frozenset("wins gets buys sets eyes cuts adds ends hits nabs inks axes taps bags sues".split())


def _verb_then_a_name(sentence: str, end: int) -> bool:
    """A name word follows that is no such verb itself: in "American Campus Communities Announces Proxy ..."
    the verb is "Announces", and "Communities" still ends the name."""
    following = _NAME_WORD_NEXT.match(sentence, end)
    if following is None:
        return False
    word = following.group(0).strip().rstrip(",")
    # "Delancey Modes Inc.": a legal form after the word makes it the name's last word, not a verb; so does a
    # group's word when the run ends there ("Glenmore Theatres Group has been placed into liquidation": a plural
    # noun; "Morvo Names Group CEO" goes on to a title, and "Names" is its verb)
    return not _verb_inside_a_run(word) and not _LEGAL_TAIL.fullmatch(word) and not (
        word.lower() in _GROUP_WORDS and _NAME_WORD_NEXT.match(sentence, following.end()) is None)


_GROUP_WORDS = frozenset({"group", "holdings", "holding"})


# What follows a verb in capitals and cannot follow a company's name: a particle or an article ("LAYS OFF",
# "FILES FOR", "PLACED IN", "SHUTS ITS"); after a past form also a count ("FURLOUGHED 900"). A present form before a
# count is not enough: "ACME SYSTEMS 4TH QTR NET" (but a word of the event gates is: "FURLOUGHS 900").
_PARTICLE_NEXT = re.compile(r" (?:OFF|FOR|OUT|UP|DOWN|INTO|ITS|THE|AN?|HIS|HER|THEIR)\b")
_PAST_FORM_NEXT = re.compile(r" (?:IN|INTO|OFF|FOR|OUT|UP|DOWN|ITS|THE|AN?|BY|AS|TO|\d)")
_COUNT_NEXT = re.compile(r" (?:ABOUT |SOME |NEARLY |UP TO |About |Some |Nearly |Up to |Up To )?"
                         r"(?:\d|HUNDREDS\b|THOUSANDS\b|DOZENS\b|Hundreds\b|Thousands\b|Dozens\b)")


# The same in Title Case, where the small words stay in lower case: "Morvo Foods Lays off 200", "Halvern Savings
# Placed in Receivership" (not "to" or "for", which follow a name's plural: "Adani Ports to Buy ...", "buys Stanwick
# Clinics for $650 million").
# A present form is also ended by what Title Case capitalises after a verb and never after a name: "Corliss Emerges
# From Chapter 11", "Homebuilder Collapses Into Chapter 7", "Ellerby Removes Its Chief" (not "on": "Adani Ports on
# track", a plural of a name that no catalogue name happens to hold).
# ("Thistlewood Jumps on Takeover Report": a market's verb, then what moved it)
_TITLE_PARTICLE_NEXT = re.compile(r" (?:off|out|up|into|Into|From|Its|Over|Amid|on)\b")
_TITLE_PAST_FORM_NEXT = re.compile(r" (?:in|into|for|off|out|up|to|as|by)\b")


def _caps_verb_before_its_object(token: str, sentence: str, end: int) -> bool:
    """A verb in capitals or in Title Case that ends the name before it, by what follows it (above)."""
    if not token.isalpha() or len(token) < 4:
        return False
    shouted = token.isupper()
    if not shouted and not (token[0].isupper() and token[1:].islower()):
        return False
    word = token.lower()
    if word in bundled_name_words():
        return False
    form = _verb_form(word)
    if form == "past":
        return bool((_PAST_FORM_NEXT if shouted else _TITLE_PAST_FORM_NEXT).match(sentence, end))
    if form == "present" and (_PARTICLE_NEXT if shouted else _TITLE_PARTICLE_NEXT).match(sentence, end):
        return True
    # a cut's or a filing's verb before a count, in capitals or Title Case: "GRANTMOOR DEFENSE LAYS OFF 1,300",
    # "Property Developer Jinyuan Cuts 30% of Staff"
    return bool(_COUNT_NEXT.match(sentence, end)) and bool(GATES.opened(word) - {vocabulary.DEAL, vocabulary.DEPARTURE})


def _verb_form(word: str) -> str | None:
    """"past" ("placed", "closing"), "present" ("lays", "files") or None, by whether the stem is a word."""
    common = bundled_common_words()
    if word.endswith(("ed", "ing")) and (word[:-2] in common or word[:-1] in common or word[:-3] in common
                                         or word[:-3] + "e" in common):
        return "past"
    if word.endswith("s") and not word.endswith("ss") and (word[:-1] in common or word[:-2] in common):
        return "present"
    return None


def _a_persons_name(run: list[re.Match]) -> bool:
    """A given name and a surname or two, in Title Case ("Omar Haddad", "Kay B Dorsey"): no legal form, nothing
    in capitals."""
    words = [token.group(0).rstrip(".,") for token in run]
    return (2 <= len(words) <= 3 and words[0].lower() in bundled_proper_words()
            and all(word[:1].isupper() and not word.isupper() for word in words[1:] if len(word) > 1)
            and not _LEGAL_TAIL.search(words[-1]))


_OKAY_VERBS = frozenset({"OK", "OKs", "OK's", "OKd", "OK'd", "Oks"})
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w'’-]*\s+$")


# (not a function word a name's run would swallow: "Editor-in-chief of The Sidebar")
_FUNCTION_WORDS = frozenset("the and for from with its his her their our this that".split())


def _name_spans(sentence: str) -> list[_Span]:
    """Runs of capitalised words that are not stop words, joined by "&", "of", "de"."""
    spans: list[_Span] = []
    run: list[re.Match] = []
    pending: list[re.Match] = []  # joiners waiting for the next name word
    # A capitalised verb inside a run ends a name only where verbs are capitalised (Title Case, capitals): in
    # sentence case it is a word of the name ("Emu Rocks Nickel flags going-concern risk")
    read_casing: list[bool] = []

    def titled() -> bool:
        if not read_casing:
            read_casing.append(_shouts_or_titles(sentence))
        return read_casing[0]
    # Only tokens that may be name words or joiners are visited: any other word between two of them leaves
    # a gap that is not plain space, which ends a run just as visiting that word would.
    for token in _NAME_OR_JOINER_TOKEN.finditer(sentence):
        text = token.group(0)
        start = token.start()
        gap_ok = bool(run) and sentence[(pending or run)[-1].end():start].isspace()
        # "U.S. Steel", "U.S. Bancorp", "New Relic": the country abbreviation and the name openers open a name
        # when a name word follows
        name_word = _is_name_word(text) or ((text == "U.S." or text in _NAME_OPENER_WORDS)
                                            and _NAME_WORD_NEXT.match(sentence, token.end()) is not None) or (
            run and gap_ok and (_stop_word_in_a_name(text, sentence, token.end())
                                # information technology in a name, where only a name's words are capitalised:
                                # "Rexford IT Solutions" (not the pronoun of "REPORT SAYS IT WILL")
                                or (text == "IT" and not titled())
                                # and any common word capitalised inside a run, where only names are capitalised:
                                # "Tessellate Live has bought", "Dunmere Dental Management CEO"
                                or (text[:1].isupper() and text[1:].islower() and len(text) > 2 and not titled()
                                    and text.lower() not in _FUNCTION_WORDS and _TITLE_RE.match(sentence, start) is None)))
        if not name_word and text.isdigit() and run and gap_ok and not pending and run[-1].group(0) in ("No.", "NO."):
            name_word = True  # "Wuhan Hanzheng No. 3 Cotton Mill": a state factory's number is in its name
        if name_word and text.lower() in _DEAL_ADJECTIVES and _stop_word_next(sentence, token.end()):
            name_word = False
        if name_word and text[:4].lower() == "part" and _PARTS_WAYS_AT.match(sentence, start):
            name_word = False
        if name_word and text in _OKAY_VERBS and (_LOWER_WORD_BEFORE.search(sentence, 0, start) or (
                run and gap_ok and not pending and _verb_then_a_name(sentence, token.end()))):
            # "Kilbride holders OK Harrowgate buyout", "FTC OKs Halden deal": the headline's verb ends any name
            # before it and opens none
            if run:
                spans += _close_run(sentence, run)
            run, pending = [], []
            continue
        if name_word and run and gap_ok and not pending and _verb_inside_a_run(text) and \
                _verb_then_a_name(sentence, token.end()) and titled():
            # Title Case: "Columbia Care Obtains Final Order", "Harris Williams Advises Voff Pet Food": a verb
            # that no company's name uses ends the name before it; its object may be another name. A deal's
            # adjective alone before it names nothing ("Announces Proposed Going Private Transaction").
            if not (len(run) == 1 and run[0].group(0).lower() in _DEAL_ADJECTIVES):
                spans += _close_run(sentence, run)
            run, pending = [], []
            continue
        if name_word and run and gap_ok and not pending and _caps_verb_before_its_object(text, sentence, token.end()):
            # Capitals: "TRAVERTON SAVINGS PLACED IN RECEIVERSHIP", "GRANTMOOR DEFENSE LAYS OFF 1,300": a verb then
            # a particle or a count ends the name before it, which would otherwise run on through the verb.
            spans += _close_run(sentence, run)
            run, pending = [], []
            continue
        if not name_word and run and gap_ok and not pending and _SPAC_WORDS.match(text) and \
                _LEGAL_FORM_NEXT.match(sentence, token.end()):
            name_word = True  # "Halden Acquisition Corp", "Morvo Merger Corp. II": a deal word named a company
        if name_word and run and gap_ok and not pending and len(run) == 1 and run[0].start() and \
                sentence[run[0].start() - 1] == "$":
            # "$HRBY Harrowby Mining": a cashtag, then the name it stands for; the cashtag is no word of the name
            run = []
        if name_word and (not run or gap_ok) and not (start and sentence[start - 1] in "'’.&-"):
            run.extend(pending)
            run.append(token)
            pending = []
            if text.endswith((",", ";", ":")):
                spans += _close_run(sentence, run)
                run = []
            continue
        if run and gap_ok and text in _LOWER_LEGAL_FORMS and not pending:
            run.append(token)
            spans += _close_run(sentence, run)
            run = []
            continue
        if run and gap_ok and text.lower() in _JOINERS and not pending:
            if text == "of" and _a_persons_name(run):
                # "CEO Omar Haddad of Linwood Data Corp. resigned": a person, then the company they work for;
                # "Bank of America", "University of Michigan" open with no given name
                spans += _close_run(sentence, run)
                run = []
                continue
            if text == "of" and len(run) == 1 and not sentence[:run[0].start()].strip(" \"'“‘") and \
                    run[0].group(0)[1:].islower() and run[0].group(0).endswith("s") and \
                    run[0].group(0).lower() in bundled_common_words():
                # a plural noun opening the sentence is whose, not a name's first word: "Creditors of Marsa
                # Engineering have voted", "Shareholders of Bourj Holding approved"
                run = []
                continue
            pending = [token]
            continue
        if run:
            spans += _close_run(sentence, run)
        run, pending = ([token], []) if name_word else ([], [])
    if run:
        spans += _close_run(sentence, run)
    return spans


_INITIAL_AT_END = re.compile(r"\b[A-Z]\.$")


def _close_run(sentence: str, run: list[re.Match]) -> list[_Span]:
    if not run:
        return []
    start, end = run[0].start(), run[-1].end()
    text = sentence[start:end]
    # A trailing full stop ends the sentence unless it ends "Inc." or an initial.
    while text.endswith((".", "’", "'", "-", "&", ",", ";", ":")) and not _LEGAL_TAIL.search(text) and \
            not _INITIAL_AT_END.search(text):
        text, end = text[:-1], end - 1
    spans = []
    # "Nvidia's Arm", "Buffett's Berkshire Hathaway": an owner and what it owns are two names.
    inner = _INNER_POSSESSIVE.search(text) if "'" in text or "’" in text else None  # most names have no "'s"
    if inner and not _LEGAL_TAIL.fullmatch(text[inner.end():].strip()):
        spans.append(_Span(start, start + inner.end("owner"), text[: inner.end("owner")]))
        text, start = text[inner.end():], start + inner.end()
    if text and text[:1].isupper() and " " in text:
        cut = _description_before_name(text)
        if cut:
            text, start = text[cut:], start + cut
    if text and text.lower() not in _GEO_WORDS:
        spans.append(_Span(start, end, text))
    return spans


# What a company is, written before its name: "Chinese Developer Yunhai Land", "Solar Panel Maker Brightacre".
_KIND_OF_COMPANY = frozenset("""maker manufacturer company firm group rival retailer grocer chain startup lender bank
insurer carrier airline producer developer provider operator miner line conglomerate giant brewer automaker
carmaker chipmaker supplier distributor utility builder shipper contractor agency consultancy studio vendor
specialist unicorn charity nonprofit label brand
miller packer meatpacker processor refiner roaster bakery dairy creamery mill cooperative co-op exporter importer
wholesaler telco franchisor reinsurer outfit marque platform marketplace
fintech biotech insurtech pharma shipyard bottler distiller winery brewery refinery foundry smelter practice
outsourcer reseller integrator msp mssp hoster trucker hauler haulier forwarder railroad pioneer 3pl app
house spinner weaver knitter tanner tannery
lessor brokerage mga tpa reit
farmer grower explorer hospital start-up""".split())  # ("trading house", "fashion house", "Huddersfield spinner"; insurance's managing
# general agents and third-party administrators: "Claims TPA Fenwick Adjusting", "Pet insurance MGA Tailwise"; "Subprime
# REIT Norvale Capital"; "Tasmanian salmon farmer Derwent Aquaculture", "Indonesian gold explorer PT Sumber Emas")


# a company named by what it makes or builds ("winemaker", "toymaker", "homebuilder"); not the people named so
# ("lawmaker", "filmmaker", "bodybuilder")
MAKER = (r"(?!(?:law|policy|deal|film|rain|king|match|peace|decision|trouble|play|body|team|noise|pace)"
         r"(?:maker|builder))\w{3,}(?:maker|builder)")
_MAKER = re.compile(MAKER)


def a_kind_of_company(word: str) -> bool:
    return word in _KIND_OF_COMPANY or _MAKER.fullmatch(word) is not None
# "Texas software maker Morvo", "Midwest HVAC contractor Coldwater Mechanical": a place or a trade written in
# capitals, then lower-case words ending in a kind of company, then the company's name
_DESCRIBED_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<kind>[a-z]+)\s+(?=[A-Z0-9])")


# what befell or carries the company, after a hyphen: "ransomware-hit", "debt-laden", "PE-backed", "cash-strapped"
# (a trouble's, as a name's first word: where it is based or listed, and who backs it, are read as spans of their own)
_A_TROUBLED_STATE = frozenset("hit laden strapped struck ridden plagued battered stricken ravaged troubled".split())
_DESCRIBED_STATE = _A_TROUBLED_STATE | frozenset("backed owned listed based focused".split())


def _description_before_name(text: str) -> int:
    """Where the name starts in a capitalised run that opens with a description of the company ("Chinese Solar Firm
    Qingyuan", "Shipping Line Kestrel"; capitals or Title Case write the description as they write the name): the
    words up to a kind of company are a place's people or common words, and a word after it is no common word.
    0 when the run is all name ("Carnival Cruise Line Holdings", "Bank of America", "American Airlines Group")."""
    words = list(re.finditer(r"\S+", text))
    common = bundled_common_words()
    first = _word_core(words[0].group(0)) if words else ""
    if len(words) > 1 and "-" in first.strip("-") and first.rpartition("-")[2] in _A_TROUBLED_STATE:
        # the company's state, then its name: "Hurricane-battered Coastal Suds files" (or a kind: "Ransomware-hit MSP
        # Tidewell")
        return words[1].start() + _description_before_name(text[words[1].start():])
    for at, word in enumerate(words[:-1]):
        core = _word_core(word.group(0))
        # (a hyphened state of the company describes it too: "Ransomware-hit MSP Tidewell", "Debt-laden Retailer")
        state = core.rpartition("-")[2] if "-" in core.strip("-") else None
        if not (core in common or _PEOPLE_OF_A_PLACE.fullmatch(core) or a_kind_of_company(core)
                or (state and state in _DESCRIBED_STATE)):
            return 0  # (a kind of company however rare its word: "GLASSMAKER CLEARMONT'S CEO")
        rest = [_word_core(after.group(0)) for after in words[at + 1:]]
        if a_kind_of_company(core) and rest[0] not in _JOINERS and any(w not in common for w in rest) and \
                not any(m.start == 0 and m.end >= len(text) for m in MentionFinder.bundled().find(text)):
            if all(w in bundled_proper_words() or w in _COUNTRIES for w in rest) and not any(
                    _PEOPLE_OF_A_PLACE.fullmatch(_word_core(before.group(0))) for before in words[:at]):
                # the kind, then only a place: "Bank Kinabalu", "Bank Muscat", "Equinox Bank Uganda" (a group's
                # subsidiary named for its country) are whole names; not "Chinese Solar Firm Qingyuan"
                return 0
            return words[at + 1].start()
    return 0


def _trim_name(text: str | None) -> str | None:
    """A name run cut at its first stop word: "Initech To Join Globex" -> "Initech"."""
    if not text:
        return text
    kept = []
    words = text.split()
    for position, word in enumerate(words):
        if _word_core(word) in _STOP_SET and not _opener_opens_a_name(word, words[position + 1:position + 2]) and \
                not (kept and _SPAC_WORDS.match(word) and _LEGAL_FORM_NEXT.match(" " + " ".join(words[position + 1:]))):
            break
        if _word_core(word) in _DEAL_ADJECTIVES and position + 1 < len(words) and \
                _word_core(words[position + 1]) in _STOP_SET:
            break
        kept.append(word)
    return " ".join(kept) or None


# A company's part that capitals write like a word of its name: Silverline's unit is Silverline's news (the
# convention of our labels: "Globex buys Initech's payroll unit" is Initech's).
_UNIT_WORD_LAST = re.compile(r"(?<=\S)\s+(?:UNIT|UNITS|DIVISION|SUBSIDIARY|Unit|Division|Subsidiary)$")


_NEXT_WORD = re.compile(r"\s+([\w'’.-]+)")
# A blank-cheque company's name: a deal word, then a legal form ("Halden Acquisition Corp", "Morvo Merger Co").
_SPAC_WORDS = re.compile(r"^(?:Acquisition|Acquisitions|Merger|ACQUISITION|MERGER)$")
_LEGAL_FORM_NEXT = re.compile(r"\s+(?:Corp|Corporation|Co|Company|Inc|Ltd|LLC|Holdings|CORP|INC|CO)\b")


def _stop_word_in_a_name(word: str, sentence: str, position: int) -> bool:
    """A stop word inside a name, as the catalogue's names have it before the word that follows here: "Orchard Lane
    Senior Living" (the catalogue's "... Senior Living"), not "Acme Senior Engineer Jane Roe"."""
    following = _NEXT_WORD.match(sentence, position)
    return following is not None and following.group(1)[:1].isupper() and (
        word.lower(), _word_core(following.group(1)).lower()) in catalogue_stop_word_pairs()


@lru_cache(maxsize=1)
def catalogue_stop_word_pairs() -> frozenset[tuple[str, str]]:
    """(a post's adjective, next word) pairs inside the bundled SEC names: ("senior", "living")."""
    from pipeline import identity
    from pipeline.companies import normalize_name

    pairs = set()
    for _cik, _ticker, name in identity.bundled_sec_companies():
        words = normalize_name(name).split()
        pairs.update((word, after) for word, after in zip(words[1:], words[2:])
                     if word in _POST_ADJECTIVES and after not in _STOP_SET)
    return frozenset(pairs)


# The stop words that qualify a post ("Senior Vice President", "Acting CEO") and, in a few names, a company's
# business ("Senior Living"); a name's joiners and verbs are never read inside one this way.
_POST_ADJECTIVES = frozenset("former ex acting outgoing incoming top senior chief head".split())


def _stop_word_next(sentence: str, position: int) -> bool:
    following = _NEXT_WORD.match(sentence, position)
    return following is not None and _word_core(following.group(1)) in _STOP_SET


def _opener_opens_a_name(word: str, following: list[str]) -> bool:
    """"New", "First" followed by a capitalised word that is no stop word: "New Relic", not "New CEO"."""
    return (word in _NAME_OPENER_WORDS and bool(following) and following[0][:1].isupper()
            and _word_core(following[0]) not in _STOP_SET)


_BACKED_BY = re.compile(r"^\S+-(?:backed|owned|controlled|based|listed|funded)\s+(?=\S)")
_POSSESSIVE_END = re.compile(r"(?i)(?:'s|’s|'|’)$")
_POSSESSIVE_SPLIT = re.compile(r"(?:'s|’s)\s+")


def _clean_name(name: str) -> str:
    name = name.strip(" .,;:'’\"“”")
    name = _POSSESSIVE_END.sub("", name)
    if "-" in name:  # "SoftBank-backed WeWork": the backer describes the company, it is not its name
        name = _BACKED_BY.sub("", name)
    # "Buffett's Berkshire Hathaway": the owner's possessive is not part of the name.
    parts = _POSSESSIVE_SPLIT.split(name) if "s " in name else [name]
    if len(parts) > 1 and not _LEGAL_TAIL.fullmatch(parts[-1].strip()):
        name = parts[-1]
    name = name.strip(" .,;:-")
    if _UNIT_WORD_LAST.search(name):
        name = _UNIT_WORD_LAST.sub("", name)  # "SILVERLINE UNIT SOLD TO OAKHURST": capitals glue the unit to its owner
    return name


def _is_ticker_aside(sentence: str, span: _Span) -> bool:
    """"(DIS)" after "Walt Disney Co.", "(OTC: RDLN)" after "Redline Motorsports Inc.": a ticker in parentheses, and the
    market it is listed on, not a second company."""
    if sentence[span.end:span.end + 1] != ")" and not (sentence[span.start - 1:span.start] == "(" and
                                                        _A_TICKER_AFTER_ITS_MARKET.match(sentence, span.end)):
        return False
    return _TICKER.fullmatch(span.text) is not None and (
        sentence[span.start - 1:span.start] == "(" or _ITS_MARKET_BEFORE.search(sentence, max(0, span.start - 16), span.start)
        is not None)


_A_TICKER_AFTER_ITS_MARKET = re.compile(r"\s*:\s*[A-Z][A-Z0-9.]{0,7}\s*\)")
_ITS_MARKET_BEFORE = re.compile(r"\(\s*[A-Za-z]{2,8}\s*:\s*$")


def _span_before(names: list[_Span], position: int, sentence: str, gap: re.Pattern) -> _Span | None:
    """The name that ends closest before `position`, if only `gap`-allowed words sit between. A name inside an
    apposition is passed over for the one the apposition describes, where `gap` allows one: "Hensley Motor
    Sales, a fixture on Route 9 since 1967, has been purchased by"."""
    before = [span for span in names if span.end <= position and not _is_ticker_aside(sentence, span)]
    if not before:  # ("Walt Disney Co. (DIS) has gained": a ticker stands for the name before it)
        return None
    if gap.match(sentence[before[-1].end:position]):
        return before[-1]
    if _an_appositive_name(sentence, before[-1], position, gap):
        return before[-1]
    for span in reversed(before[:-1]):
        if sentence[span.end:span.end + 2].lstrip(".")[:1] == ",":
            return span if gap.match(sentence[span.end:position]) else None
    return None


# A description of a company ending a phrase that opens on a determiner or a possessive, just before ", Name,": "his
# startup, Tallyho Labs, was acquired by", "whose firm, Jergens Benefits Consulting, merged with", "the engineering firm I
# co-founded in 1987, Ostrander & Kim Associates, has merged with" (the kind of company within its first four words)
_A_DESCRIPTION_BEFORE_A_NAME = re.compile(
    r"(?:^|[\s(])(?:(?i:the|his|her|their|our|my|its|whose)|[^\s,;:]+['’]s)\s+"
    r"(?P<words>(?:[a-z][\w'’-]*\s+){0,3}[a-z]+)(?:\s+(?:[a-z][\w'’-]*|I|(?:19|20)\d\d)){0,6}\s*,\s*$")
_A_PERSONS_ROLE_WORD = re.compile(r"(?i)\b(?:founder|co-founder|chairman|chairwoman|chair|owner|investor|chief|ceo|"
                                  r"president|director|partner|head|executive|manager)s?\b")
# more words for what a business is, as an apposition's description names it ("the family's hardware business, Dressler")
_KINDS_OF_BUSINESS = frozenset("business shop store restaurant dealership vineyard practice agency partnership".split())


def _an_appositive_name(sentence: str, span: _Span, position: int, gap: re.Pattern) -> bool:
    """The name is in apposition to a description of a company before it, and what follows its closing comma is `gap`'s:
    the name is the clause's subject."""
    after = sentence[span.end:position].lstrip()
    if not after.startswith(",") or not gap.match(after[1:]):
        return False
    described = _A_DESCRIPTION_BEFORE_A_NAME.search(sentence, 0, span.start)
    # (a company's kind, not an asset's, "Her house, Rose Cottage,"; nor a person described by a company's word: "The
    # company founder, Jane Roe,")
    return described is not None and any(word in _KINDS_IN_APPOSITION for word in described["words"].split()) and not _A_PERSONS_ROLE_WORD.search(
        described.group(0))


_UP_TO_AN_AMOUNT = re.compile(r"(?i)\b(?:up\s+to|as\s+much\s+as)\s+(?=[\d$€£])")


_WHERE_BASED_ONLY = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*-(?:based|listed|headquartered)")


def _span_after(names: list[_Span], position: int, sentence: str, max_words: int = 6) -> _Span | None:
    """The first name after `position` reached across descriptors only ("rival grocer", "$2 billion")."""
    place: _Span | None = None
    for at, span in enumerate(names):
        if span.start < position or _WHERE_BASED_ONLY.fullmatch(span.text):
            continue  # ("Monterrey-based promoter Escenario Norte": where it is based describes the name after it)
        if _a_places_possessive(span.text) and at + 1 < len(names) and names[at + 1].start == span.end + 1:
            place = span  # ("buy Ohio's Tanner Logistics": the place the company is in describes it)
            continue
        gap = sentence[position:span.start]
        if place is not None and place.start >= position:
            gap = sentence[position:place.start] + " " + sentence[place.end:span.start]
        if sentence[span.start - 1:span.start] in "\"“‘'" and span.start > 0 and gap.strip():
            return None  # a quoted title: "acquires 'Glass Onion'"
        if _CONTROL_OBJECT.match(gap):
            return span
        words = _UP_TO_AN_AMOUNT.sub("", gap).split()  # "up to 100% of Damietta Fine Yarns": as much as "100% of"
        if len(words) > max_words:
            return None
        if words and words[-1].endswith(",") and gap.count(",") == 1 and (
                words[-1][:-1] in _KINDS_IN_APPOSITION) and all(
                _DESCRIPTOR_RE.fullmatch(w) and w not in _PREPOSITIONS for w in words[:-1]) and _APPOSITION_CLOSES.match(
                sentence, span.end):
            return span  # in apposition to its description: "acquired his startup, Tallyho Labs, in March"
        # "for Spanish grid operator Redelsa": a place's people describe, as lower-case words do, and a kind of company
        # in capitals ("merges with fellow MGA Ashcombe")
        if all((_DESCRIPTOR_RE.fullmatch(w) or _PEOPLE_OF_A_PLACE.fullmatch(w) or (w.isupper() and a_kind_of_company(w.lower())))
               and w.lower() not in _PREPOSITIONS for w in words):
            if (described := _a_place_describing_no_name(sentence, span)) is not None:
                # "bought by a larger Colorado craft brewer": a company described, not named; or named after a comma ("a
                # Colorado craft brewer, Fenwick Ales")
                return next((other for other in names if sentence[described:other.start].strip() == ","), None)
            return _described_name(names, span, sentence)
        # "Buys Solar Panel Maker Brightacre": Title Case's description, which the run left out of the name
        described = sentence[position:span.end].strip()
        if words and words[0][:1].isupper() and (cut := _description_before_name(described)) and \
                described[cut:] == span.text:
            return span
        return None
    return None


# An apposition's name closes it: a comma, a stop or a preposition after it (not a source that speaks: "acquired the
# startup, Globex said", "sold its bakery, Reuters reported on Friday", "... , Jane Roe wrote in a blog post")
# (the rest of a name the runs split, then its comma: "Brookside Children's Medical Group,")
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|for|to|from|on|last|this|at|after|before|earlier|late)\b|"
                                r"(?:\s+[A-Z][\w&'’.-]*){1,4}\s*,")


def _a_place_word(text: str) -> bool:
    lowered = text.lower()
    return lowered in vocabulary.REGIONS or lowered in vocabulary.COUNTRIES or _WHERE_BASED_ONLY.fullmatch(text) is not None


def _a_described_buyer(sentence: str, span: _Span) -> bool:
    """A buyer after "to the" that only describes one: a place, where it is based, or words before a lower-case kind
    ("the Smith family", "the Texas-based investor group")."""
    return _a_place_word(span.text) or _A_LOWER_CASE_HEAD.match(sentence, span.end) is not None


_A_LOWER_CASE_HEAD = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:family|investors?|consortium|owners?|partners|buyers?)\b")


def _a_place_describing_no_name(sentence: str, span: _Span) -> int | None:
    """A state or a country, then lower-case words ending in a kind of company and no name: "a Colorado craft brewer".
    Where the description ends."""
    place = span.text.lower()
    if place not in vocabulary.REGIONS and place not in vocabulary.COUNTRIES:
        return None
    described = _KIND_AFTER_A_PLACE.match(sentence, span.end)
    return described.end() if described is not None and a_kind_of_company(described["kind"]) else None


_KIND_AFTER_A_PLACE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<kind>[a-z]+)"
                                 r"(?=\s*(?:$|[,.;:(]|\s(?:in|for|from|at|to|with|on|as|by|last|this|earlier)\b))")


def _a_places_possessive(text: str) -> bool:
    """"Kentucky's", "Japan’s": a country's, a state's or a province's name with its possessive."""
    if not text.lower().endswith(("'s", "’s")):
        return False
    place = text[:-2].lower()
    return place in vocabulary.REGIONS or place in vocabulary.COUNTRIES


def describes_the_next_name(sentence: str, end: int) -> bool:
    """Lower-case words ending in a kind of company follow, then a name: "Kyoto" of "Kyoto ryokan operator
    Hanamura" only describes the company named after it."""
    described = _DESCRIBED_NEXT.match(sentence, end)
    return bool(described and a_kind_of_company(described.group("kind")) and
                not any(word in _PREPOSITIONS for word in sentence[described.start():described.end()].split()))


def _described_name(names: list[_Span], span: _Span, sentence: str) -> _Span:
    """The name a description leads to, when the run found first only describes it ("Texas" of "Texas software maker
    Morvo"); else the run itself."""
    if describes_the_next_name(sentence, span.end):
        described = _DESCRIBED_NEXT.match(sentence, span.end)
        following = next((other for other in names if other.start == described.end()), None)
        if following is not None:
            return following
    return span


# ---------------------------------------------------------------- deals


def _deal_stage(sentence: str, verb: str) -> str:
    lowered = verb.lower()
    text = sentence.lower()
    if _STAGE_DONE_VERB.search(lowered) or _STAGE_DONE_SENTENCE.search(text):
        return STAGE_COMPLETED
    if _talks_ended_about(text, lowered):
        return STAGE_TERMINATED  # "has ended talks to absorb Pendlebrook": the talks about this deal are over
    if _RUMOR_CUES_LC.search(text) and not _AGREE.search(text):
        return STAGE_RUMORED
    if _FUTURE_CUES_LC.search(text[: text.find(lowered) if lowered in text else 0]):
        return STAGE_ANNOUNCED
    if _DONE_CUES.search(verb):
        return STAGE_COMPLETED
    return STAGE_ANNOUNCED


_STAGE_DONE_VERB = re.compile("|".join(vocabulary.word_stems(CLOSES)))
_TALKS_ENDED_BEFORE = re.compile(r"\b(?:ended|ends|end|broke\s+off|breaks\s+off|break\s+off|abandoned|abandons|terminated|"
                                 r"terminates|called\s+off|calls\s+off|halted|halts|dropped|drops|scrapped|scraps)\s+"
                                 r"(?:\w+\s+){0,2}?(?:talks|plans?|bid|offer|attempt|pursuit|efforts?)\s+(?:to|on|about|for)\s+")


def _talks_ended_about(text: str, verb: str) -> bool:
    """Talks, a plan or a bid the sentence says ended, about the deal its verb tells ("ended talks to absorb
    Pendlebrook", "abandoned its plan to buy Globex"), where that verb is the sentence's only one of its kind ("which
    ended talks to buy Ostler Bank, agreed on Monday to buy Hatherley Bank" tells two deals)."""
    ended = _TALKS_ENDED_BEFORE.search(text) if ("talks" in text or "plan" in text or "bid" in text or "offer" in text
                                                 or "attempt" in text or "pursuit" in text or "effort" in text) else None
    return ended is not None and text.startswith(verb, ended.end()) and text.count(verb) == 1
_STAGE_DONE_SENTENCE = re.compile(rf"\b(?:{_W(DONE_IN_SENTENCE)})\b")
_MERGER_DONE = re.compile(rf"\b(?:{_W(MERGER_DONE)})\b", re.I)


# A company described by its kind as a passive deal's subject, "the" or "its" first ("the British toy retailer's business
# and 42 stores had been sold to", "the chain has been acquired by", "its business was bought by")
_A_DESCRIBED_SUBJECT = re.compile(
    # (not in a time clause, which tells the deal as background: "four months after the company was bought by")
    r"(?:^|[\s,;:])(?<!\b[Aa]fter\s)(?<!\b[Bb]efore\s)(?<!\b[Ss]ince\s)(?<!\b[Ww]hen\s)(?<!\b[Uu]ntil\s)(?<!\b[Oo]nce\s)"
    # (not another company described: "said its parent company was acquired by", "the rival firm")
    r"(?i:the|its)\s+(?!(?i:parent|rival|former|sister|customer|supplier|owner|new|other)\b)(?:[\w-]+\s+){0,3}?"
    r"(?P<kind>[a-z]+)(?:['’]s\s+(?:[a-z]+\s+)?(?:business|operations)"
    r"(?:\s+and\s+(?:[\w-]+\s+){1,3}?(?:stores|shops|branches|sites|outlets|restaurants|locations))?)?"
    # (with its verb's auxiliary: "the dental chain bought by Brisco in 2017" describes the company)
    r"\s+(?:(?:reportedly|now|also)\s+)?(?:(?:has|have|had|was|were|is|are|will|would|to|be|been|being)\s+)+$")
# A named company's business, in the possessive, as a passive deal's subject
_ITS_BUSINESS_SOLD = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+)?(?:business|operations)(?:\s+and\s+(?:[\w-]+\s+){1,4}?"
                                r"(?:stores|shops|branches|sites|outlets|restaurants|locations))?\s+"
                                r"(?:(?:has|have|had|was|were|is|are|will|would|to|be|been|being)\s+)+$")


def _the_owner_of_a_business_sold(names: list[_Span], sentence: str, position: int) -> _Span | None:
    before = [span for span in names if span.end <= position]
    if not before or not (before[-1].text.endswith(("'s", "’s", "s'", "s’")) or sentence.startswith(("'", "’"), before[-1].end)):
        return None
    owner = before[-1]
    name = _clean_name(owner.text)
    # (a company's name, not a place's or a person's possessive: "Britain's oldest business", "Warren Buffett's
    # insurance operations")
    if _a_places_possessive(owner.text) or not (_LEGAL_TAIL.search(name) or _ends_like_a_business(name) or "&" in name):
        return None
    return owner if _ITS_BUSINESS_SOLD.match(sentence[owner.end:position]) else None


_A_KIND_NAMED_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kind>[a-z]+)(?=\s*,|\s+to\s)")
# (the kinds whose sale is a company's: not a brand, a label, a product line or a facility, which are assets)
_KINDS_SOLD_AS_COMPANIES = (_KIND_OF_COMPANY | {"business"}) - frozenset(
    "brand label line platform app marque house mill refinery foundry shipyard tannery smelter practice".split())
# the kinds a description in apposition to a company's name may end on ("his startup, Tallyho Labs,", "our little agency,")
_KINDS_IN_APPOSITION = _KINDS_SOLD_AS_COMPANIES | _KINDS_OF_BUSINESS


def _sells_named_company(sentence: str, names: list[_Span]) -> list[DetectedEvent]:
    """A company sold by name, to a named buyer or none; the seller is neither side. "Starbucks to sell
    Russian business", "HSBC TO SELL RUSSIA BUSINESS": a place names the seller's own unit, so the seller's
    business changes hands and the seller is the target."""
    events = []
    for match in _SELLS_NAMED.finditer(sentence):
        seller = _span_before(names, match.start(), sentence, _LEFT_GAP)
        owners_sell = seller is None and _PEOPLE_WHO_SELL.search(sentence, 0, match.start()) is not None
        if seller is None and not owners_sell:  # "Analysts say sell Halden": nobody named sells
            continue
        described = match["described"] is not None
        if described and match["kind"] not in _KINDS_IN_APPOSITION:
            continue
        stage, reason = _deal_stage(sentence, match["verb"]), f'"{" ".join(match["verb"].split())}"'
        place_unit = None if owners_sell else _PLACE_UNIT.match(sentence, match.end())
        if place_unit:
            to = _TO_BUYER.match(sentence, place_unit.end())
            buyer = to and next((span for span in names if span.start == to.end()), None)
            events += _pair(_clean_name(seller.text), buyer and _clean_name(buyer.text), stage, reason)
            continue
        sold = next((span for span in names if span.start == match.end()), None)
        if sold is None or _not_a_company_bought(sentence[sold.start:], sentence) or (
                described and not _APPOSITION_CLOSES.match(sentence, sold.end)):
            continue  # (a described company's name closes its apposition: "sold the company, Bloomberg News reported")
        whole = None
        if described and (more := _REST_OF_A_SPLIT_NAME.match(sentence, sold.end)):
            # the whole of a name in apposition that the runs split ("Brookside Children's Medical Group")
            sold = _Span(sold.start, more.end(), sentence[sold.start:more.end()])
            whole = sold.text.strip()
        unit = _UNIT_AFTER.match(sentence, sold.end)  # "to sell Halden unit to Morvo": the buyer follows the unit
        to = _TO_BUYER.match(sentence, unit.end() if unit else sold.end)
        # (or its kind: "sold its Rye & Rise bakery chain, all nine shops plus the wholesale business, to Copperleaf Foods")
        # (not a place's own business, which `_PLACE_UNIT` reads: "sold its Texas utility to")
        kind_after = None if unit or to or _a_place_word(sold.text) else _A_KIND_NAMED_AFTER.match(sentence, sold.end)
        if kind_after and kind_after["kind"] in _KINDS_SOLD_AS_COMPANIES:
            to = _TO_BUYER.match(sentence, kind_after.end())
        else:
            kind_after = None
        buyer = to and next((span for span in names if span.start == to.end()), None)
        if buyer and to.group(0).rstrip().lower().endswith("the") and _a_described_buyer(sentence, buyer):
            buyer = None  # "to the Texas-based investor group", "to the Smith family": a buyer described, not named
        name = whole or _clean_name(sold.text)
        *rest, last = name.split()
        if rest and _UNIT_WORD.fullmatch(last):  # Title Case and capitals write the unit word into the run
            name, unit = " ".join(rest), True
        # (or a name that ends as companies' names end, sold to a named buyer: "has sold Dempsey Creamery to Tillbrook
        # Dairies"; a product's name does not: "sold Widget Pro to Walmart")
        says_company = (described or _LEGAL_TAIL.search(name) or unit or _A_BUSINESS_APPOSITION.match(sentence[sold.start:])
                        or (buyer and kind_after)
                        or (buyer and (_SALE_PRICE_OR_DEAL.search(sentence) or _ends_like_a_business(name))))
        if owners_sell and (not buyer or "sold" not in match["verb"].lower() or _NOT_THE_OWNERS_SALE.match(sentence, sold.end)):
            continue  # (the owners' sale is done and has its buyer: "I sold Tesla Inc last year", "We sell Globex Corp to
            # customers", "They sold Acme Corp short" are an investor's trade or a reseller's)
        if says_company:
            events += _pair(name, buyer and _clean_name(buyer.text), stage, reason)
    return events


_REST_OF_A_SPLIT_NAME = re.compile(r"(?:\s+[A-Z][\w&'’.-]*){1,4}(?=\s*,)")
_NOT_THE_OWNERS_SALE = re.compile(r"\s+(?:short|shares|stock|stakes?)\b|\s+(?!(?:to|in|for|last|this|on|at|after|before|and)\b)[a-z]")


_SIZED_PAST_HALF = re.compile(r"\b(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:stake|interest|holding|"
                              r"package|of)\b")


# "Panhuang becoming a wholly owned subsidiary of Jinwu", "Ravelli will become a unit of Dongying": the company
# before is taken over by the one after; "has become the controlling shareholder of Luoyang Zhouxing Bearing": the one
# before takes over the one after (not where that is history: "which became a unit of Acme in 1998")
_BECOMES = r"\b(?P<verb>(?:(?:will|to|would|shall|has|have|had)\s+)?(?:become|becomes|became|becoming))\s+"
_BECOMES_UNIT = re.compile(_BECOMES + r"(?:an?\s+|the\s+)?(?:wholly[\s-]owned\s+|fully[\s-]owned\s+)?(?:subsidiary|unit)\s+of\s+")
_BECOMES_HOLDER = re.compile(_BECOMES + r"(?:the\s+|its\s+)?(?:new\s+)?(?:majority|controlling)\s+(?:shareholder|owner|holder)"
                             r"\s+of\s+")
_PAST_BECOMES = re.compile(r"(?i)(?:became|has\s+become|have\s+become|had\s+become)$")
# a past told with its year or its age ("became a unit of Ostler Group in 1998"; a future's year is no history: "will
# become a wholly owned subsidiary of Hatherley Foods in 2027")
_HISTORY_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:in|since|by)\s+(?:the\s+)?(?:19|20)\d\d(?:s\b)?|^[^.;]{0,40}?\b\d+\s+years\s+ago")
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:which|that|who|when|after|since|before)\s+(?:\w+\s+){0,2}$")


# A mutual's merger in British and Irish law: "the transfer of engagements of Stourmoor Building Society to Vale of Aln
# Building Society", "... from Stourmoor Building Society to ...", "Brackenfold Credit Union will transfer its
# engagements, subject to a vote, to Liffeyside": the one transferring is taken over by the one after "to".
_TRANSFERS_ENGAGEMENTS = re.compile(r"\b(?P<verb>transfer(?:s|red|ring)?\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?"
                                    r"engagements)(?:\s+(?P<of>(?:of|from)\s+(?:the\s+)?))?", re.I)
_TO_THE_OTHER = re.compile(r"\s*(?:,[^,]{1,60},\s*)?to\s+(?:the\s+)?")
_TAKEN_EFFECT = re.compile(r"(?i)\b(?:took|takes|has\s+taken|have\s+taken)\s+effect\b|\bcomplet(?:ed|es)\b")


def _transfer_of_engagements(sentence: str, names: list[_Span]) -> list[DetectedEvent]:
    events = []
    for match in _TRANSFERS_ENGAGEMENTS.finditer(sentence):
        verb = " ".join(match["verb"].split())
        if verb.lower().startswith("transferred") and _HISTORY_AFTER.match(sentence[match.end():]):
            continue  # "transferred its engagements to Liffeyside in 1998"
        if match["of"]:
            target = _span_after(names, match.end(), sentence, max_words=0)
            to = target and _TO_THE_OTHER.match(sentence, target.end)
        else:
            target = _span_before(names, match.start(), sentence, _LEFT_GAP)
            to = _TO_THE_OTHER.match(sentence, match.end())
        buyer = _span_after(names, to.end(), sentence, max_words=0) if to else None
        if target and buyer and target.text.lower() != buyer.text.lower():
            stage = STAGE_COMPLETED if _TAKEN_EFFECT.search(sentence) else _deal_stage(sentence, match["verb"])
            events += _pair(_clean_name(target.text), _clean_name(buyer.text), stage, f'"{verb}"')
    return events


# "Upon completion, Aurex Shiprepair will cease to be a subsidiary of the Company": the company before is sold by the one
# after (a listed company's disposal, as the exchanges' announcements tell it); the buyer, where named, is in another
# part of the sentence, which this reading does not take
_CEASES_UNIT = re.compile(r"(?i)\b(?P<verb>(?:(?:will|to|would|shall|has|have|had)\s+)?(?:cease|ceases|ceased|ceasing)\s+to\s+be)\s+"
                          r"(?:an?\s+|the\s+)?(?:(?:indirect|direct|principal|non-wholly|wholly)[\s-]+(?:owned\s+)?)*"
                          r"(?:subsidiary|unit)\s+of\b")
# a subsidiary that ends otherwise than by a sale: struck off, wound up, dissolved, demerged, diluted
_ENDS_OTHERWISE = re.compile(r"(?i)\b(?:strik\w*\s+off|struck\s+off|deregist\w*|dissol\w*|liquidat\w*|winding[\s-]up|"
                             r"wound\s+up|demerg\w*|spin-?off|spun\s+off|dilut\w*)")


def _becomes_unit(sentence: str, names: list[_Span]) -> list[DetectedEvent]:
    events = []
    for match in _CEASES_UNIT.finditer(sentence):
        verb = " ".join(match["verb"].split())
        past = "ceased" in verb.lower()
        if _RELATIVE_BEFORE.search(sentence, 0, match.start()) or (past and _HISTORY_AFTER.match(sentence[match.end():])) \
                or _ENDS_OTHERWISE.search(sentence):
            continue
        if (sold := _span_before(names, match.start(), sentence, _LEFT_GAP)) is not None:
            events += _pair(_clean_name(sold.text), None, STAGE_COMPLETED if past else STAGE_ANNOUNCED,
                            f'"{verb} ... subsidiary of"')
    for pattern, holder in ((_BECOMES_UNIT, False), (_BECOMES_HOLDER, True)):
        for match in pattern.finditer(sentence):
            verb = " ".join(match["verb"].split())
            past = _PAST_BECOMES.search(verb) is not None
            if _RELATIVE_BEFORE.search(sentence, 0, match.start()) or (past and _HISTORY_AFTER.match(sentence[match.end():])):
                continue
            after = _span_after(names, match.end(), sentence, max_words=1)
            before = _span_before(names, match.start(), sentence, _LEFT_GAP)
            owner, owned = (before, after) if holder else (after, before)
            if owner and owned and owner.text.lower() != owned.text.lower():
                events += _pair(_clean_name(owned.text), _clean_name(owner.text), STAGE_COMPLETED if past else STAGE_ANNOUNCED,
                                f'"{verb} ... {"controlling shareholder" if holder else "subsidiary"} of"')
    return events


def _control_stakes(sentence: str, names: list[_Span]) -> list[DetectedEvent]:
    """A controlling stake taken or sold: the company it is in is the target."""
    events = []
    for match in _TAKES_CONTROL.finditer(sentence):
        target = _span_after(names, match.end(), sentence, max_words=4)  # "in sparkling water maker Fizzbrook"
        buyer = _span_before(names, match.start(), sentence, _LEFT_GAP)
        if target and buyer:
            events += _pair(_clean_name(target.text), _clean_name(buyer.text), _deal_stage(sentence, match["verb"]),
                            f'"{" ".join(match["verb"].split()[:2])} ... controlling stake in"')
    for match in _SELLS_CONTROL.finditer(sentence):
        target = _span_after(names, match.end(), sentence, max_words=2)
        if target and target.text.endswith(("'s", "’s")) and (owned := _span_after(names, target.end, sentence, max_words=0)):
            target = owned  # "its 51 percent holding in Hong Kong's Pearl River Advertising": the place owns the name
        if target and _the_place_of_a_description(sentence, target):
            continue  # "a 70 per cent stake in the Aberdeen ship-repair company": the story names it elsewhere
        to = target and _TO_BUYER.match(sentence, target.end)
        buyer = to and _span_after(names, to.end(), sentence, max_words=3)
        if target:
            events += _pair(_clean_name(target.text), buyer and _clean_name(buyer.text),
                            _deal_stage(sentence, match["verb"]), f'"{" ".join(match["verb"].split())} ... controlling stake in"')
    return events


def _the_place_of_a_description(sentence: str, span: _Span) -> bool:
    """"the Aberdeen ship-repair company", "the Prato knitwear maker": a place that, after "the", opens lower-case
    words ending in a kind of company, with no name after them."""
    described = _KIND_AFTER.match(sentence, span.end)
    return bool(described and a_kind_of_company(described["kind"]) and _THE_BEFORE.search(sentence, 0, span.start))


# "agreed to assume the $185 million in deposits of Kankakee Valley Bank", "will assume $212 million in deposits and
# acquire nine branches of Cimarron Savings Association"
_DEPOSITS_ASSUMED = re.compile(
    r"\b(?P<verb>assum(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|(?:take|takes|took|taking)\s+over|purchas(?:e|es|ed|ing)|"
    r"buy(?:s|ing)?|bought)\s+(?:(?:all|of|the|its|about|some|nearly|roughly|[$€£][\d.,]+|\d[\d.,]*|million|billion|bn|mn|m|"
    # (not "deposits of failed Lark Thrift": what is left of a failed bank, bought as an asset)
    r"in|insured)\s+)*deposits\s+(?:and\s+(?:[\w$.,-]+\s+){1,6}?)?of\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_SHARE_CAPITAL_OF = re.compile(r"(?i)\b(?:entire|whole)\s+(?:issued\s+)?share\s+capital\s+of\s+$")
# A post at the company is what changes hands, not the company: "Top job at Saltmarsh Containerboard to change hands"
_A_POST_AT = re.compile(r"(?i)\b(?:top\s+(?:job|post|role|seat)|(?:ceo|chief\s+executive|chairman|chair)['’]?s?\s+(?:job|post|role|"
                        r"seat|office)|helm|leadership|reins|chairmanship|presidency|corner\s+office)\s+at\s+(?:the\s+)?$")


def _pair(target: str, acquirer: str | None, stage: str, reason: str) -> list[DetectedEvent]:
    events = []
    if target and _names_an_asset(target):
        return events  # buying a property, a plant or a portfolio is no deal for a company's future
    if target:
        events.append(DetectedEvent(MERGER_ACQUISITION, target, ROLE_TARGET, stage, counterparty=acquirer or None,
                                    reason=reason))
    if acquirer:
        events.append(DetectedEvent(MERGER_ACQUISITION, acquirer, ROLE_ACQUIRER, stage, counterparty=target or None,
                                    reason=reason))
    return events


def _stake_below_control(sentence: str, start: int, end: int) -> bool:
    """A stake purchase that says its size: under 50% is an investment, not an acquisition."""
    window = sentence[start:end + 90]
    if re.search(r"\b(?:majority|controlling|full|remaining|all)\b", _KEPT_CONTROL.sub(" ", window.lower())):
        return False  # (not the control the other owners keep: "with the founders keeping majority control")
    if re.match(r"(?i)\s*(?:a\s+|an\s+|its\s+|new\s+|small\s+|minority\s+)*stake\b", sentence[end:]):
        found = [float(m.group(1)) for m in _STAKE_PERCENT.finditer(sentence[start:end + 90])]
        return not found or max(found) < 50  # a stake of unstated size is an investment
    # "raises its stake in X, ..., from 33% to 75%": the largest share named in the clause is the new one; a
    # stake that was already over half ("to 68.2 per cent from 66.1 per cent") changes no control.
    found = [float(m.group(1)) for m in _STAKE_PERCENT.finditer(sentence[start:end + 200])]
    held = [float(m.group(1)) for m in _STAKE_HELD_BEFORE.finditer(sentence[start:end + 200])]
    return bool(found and max(found) < 50) or bool(held and max(held) >= 50)


_STAKE_HELD_BEFORE = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|nearly\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|pct\b)")


# A capitalised word between "sells" and the unit it names: the unit has a name of its own.
_NAMED_PART_SOLD = re.compile(rf"^\S+\s+(?:its\s+)?(?:\S+\s+)*?[A-Z]\S*\s+(?:\S+\s+)*?{_BUSINESS_PART}\s+to$")


# "Kroger-Albertsons": two names joined, which only a deal noun after them makes a pair
_JOINED_PAIR = re.compile(r"([A-Z][\w&.]+)[-–/]([A-Z][\w&.]+(?:\s+[A-Z][\w&.]+)*)")
_DEAL_NOUN_NEXT = re.compile(rf"\s*(?:{_W(NAMED_DEAL)})\b", re.I)


def _detect_deals(sentence: str, names: list[_Span], in_headline: bool) -> list[DetectedEvent]:
    events: list[DetectedEvent] = []
    lowered = sentence.lower()
    if _may_deny(lowered) and _no_sale_under_way(sentence):
        return []  # "says it is not exploring a sale", "denies merger talks with Indus Crescent": no deal
    stems = _deal_stems_in(lowered)
    for match in _find(_TERMINATED, sentence, lowered, stems):
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP)
        obj = _span_after(names, match.end(), sentence)
        if obj:
            events += _pair(_clean_name(obj.text), subject and _clean_name(subject.text), STAGE_TERMINATED,
                            f'"{match["verb"]}"')
    for span in names if _DEAL_NOUN.search(lowered) else ():
        if " " not in span.text and a_kind_of_company(span.text.lower()):
            continue  # "TRUCKMAKER DEAL COLLAPSES: ...": the deal described by its trade, not a company named
        dies = _DEAL_DIES.match(sentence[span.end:])
        joined = _JOINED_PAIR.fullmatch(span.text) if dies else None
        if dies and joined:  # "Kroger-Albertsons merger blocked"
            for event in _merger(joined.group(1), joined.group(2), sentence, dies.group(0)):
                event.stage = STAGE_TERMINATED
                events.append(event)
        elif dies:
            owner = _span_before(names, span.start, sentence, re.compile(r"^(?:'s|’s)?\s*(?:\$[\d.,]+\s*\w+\s+)?$"))
            events += _pair(_clean_name(span.text), owner and _clean_name(owner.text), STAGE_TERMINATED,
                            f'"{" ".join(dies.group(0).split())}"')
        elif _DEAL_NOUN_NEXT.match(sentence, span.end):
            closer = _COMPLETED_NAMED.search(sentence[: span.start])
            if closer:
                subject = _span_before(names, closer.start(), sentence, _LEFT_GAP)
                if subject is not None:
                    events += _pair(_clean_name(span.text), _clean_name(subject.text), STAGE_COMPLETED,
                                    f'"{" ".join(closer["verb"].split())} {span.text} deal"')
                continue
            killer = _TERMINATED_NAMED.search(sentence[: span.start])
            if killer:
                subject = _span_before(names, killer.start(), sentence, _LEFT_GAP)
                events += _pair(_clean_name(span.text), subject and _clean_name(subject.text), STAGE_TERMINATED,
                                f'"{" ".join(killer["verb"].split())}"')
    if events:
        return events
    for match in _find(_ACTIVE_DEAL, sentence, lowered, stems):
        events += _active_deal(sentence, names, match, in_headline)
    for match in _find(_PASSIVE_DEAL, sentence, lowered, stems):
        if _NAMED_PART_SOLD.search(match["verb"]):
            continue  # "sells Pacer Tools unit to": the named unit is the target, read by _sells_named_company
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP)
        if subject and _WHERE_A_THING_STANDS.search(sentence, 0, subject.start):
            continue  # "An idled ammonia plant near Donaldsonville has been sold to": the place the thing sold is in
        obj = _span_after(names, match.end(), sentence)
        verb = match["verb"]
        if subject is None and obj and (owner := _the_owner_of_a_business_sold(names, sentence, match.start())):
            # "Ashby & Crane's flagship business and 14 of its department stores have been sold as a going concern to"
            events += _pair(_clean_name(owner.text), _clean_name(obj.text), _deal_stage(sentence, verb),
                            f'"{" ".join(verb.split())}"')
            continue
        if subject is None and obj and (described := _A_DESCRIBED_SUBJECT.search(sentence, 0, match.start())) and \
                described["kind"] in _KINDS_SOLD_AS_COMPANIES and not verb.lower().endswith("from"):
            # "Administrators said the retailer's business had been sold to Speelhuis Groep", "the chain was acquired by
            # Morvo": the company the story names, which the filing's own word "Company" stands for until it is read
            events += _pair("Company", _clean_name(obj.text), _deal_stage(sentence, verb), f'"{" ".join(verb.split())}"')
            continue
        if subject and obj:
            stage = _deal_stage(sentence, verb)
            events += _pair(_clean_name(subject.text), _clean_name(obj.text), stage, f'"{" ".join(verb.split())}"')
        elif subject and verb.lower().endswith("private"):  # "WeWork to be taken private"
            events += _pair(_clean_name(subject.text), None, _deal_stage(sentence, verb), f'"{" ".join(verb.split())}"')
        elif subject and verb.lower().endswith("from") and _UNNAMED_BIDDER.match(sentence[match.end():]):
            # "received a takeover approach from a larger rival": the target is news, the bidder unnamed
            events += _pair(_clean_name(subject.text), None, STAGE_RUMORED, f'"{" ".join(verb.split())}"')
        elif subject and verb.lower().endswith(("by", "to")) and (_DESCRIBED_BUYER.match(sentence[match.end():]) or (
                # (a kind of company, described: only the buyer of a sale done, not a customer: "sells to a national
                # retailer, which stocks its wrenches")
                (verb.lower().endswith("by") or _SOLD_TO_DONE.search(verb))
                and (described := _A_COMPANY_DESCRIBED.match(sentence, match.end())) and a_kind_of_company(described["kind"]))):
            # "Mapflow bought by a geospatial giant", "Slipp ... sells to a retail software firm": the company
            # sold is news, its buyer described but not named
            events += _pair(_clean_name(subject.text), None, _deal_stage(sentence, verb), f'"{" ".join(verb.split())}"')
    for match in _find(_NOMINAL_DEAL, sentence, lowered, stems):
        events += _nominal_deal(sentence, names, match)
    # Each only where its words are: the regexes cost more than the substring tests on every deal sentence.
    if "majority" in lowered or "controlling" in lowered or "entire" in lowered or _SIZED_PAST_HALF.search(lowered):
        events += _control_stakes(sentence, names)
    if "subsidiary of" in lowered or "unit of" in lowered or "holder of" in lowered or "owner of" in lowered:
        events += _becomes_unit(sentence, names)
    if "engagements" in lowered:
        events += _transfer_of_engagements(sentence, names)
    if "sell" in lowered or "sold" in lowered or "divest" in lowered or "offload" in lowered:
        events += _sells_named_company(sentence, names)
    for match in _find(_SALE_TO, sentence, lowered, stems):
        owner = _span_before(names, match.start(), sentence, _NOMINAL_LEFT_GAP)
        buyer = _span_after(names, match.end(), sentence, max_words=3)
        if owner and buyer and (owner.text.endswith(("'s", "’s", "s'", "s’")) or re.match(r"(?i)^(?:'s|’s|'|’)",
                                                                                         sentence[owner.end:])):
            events += _pair(_clean_name(owner.text), _clean_name(buyer.text), _deal_stage(sentence, match["verb"]),
                            f'"{match["verb"]}"')
        elif buyer and (match["verb"].lower().startswith("sale") or match["verb"].lower().endswith(" by")) and \
                _OWN_SALE.search(sentence[max(0, match.start() - 40): match.start()]):
            # "Marden Health CEO Alice Brandt discussed the pending sale to Orrin", "Citrix provides update on the
            # pending acquisition by Vista": the sentence's company is sold
            owner = _sentence_subject(sentence, names, match.start())
            if owner is not None and not _passing_mention(sentence[: match.start()]):
                events += _pair(_clean_name(owner.text), _clean_name(buyer.text),
                                _deal_stage(sentence, match["verb"]), f'"{match["verb"]}"')
    for match in _RAISES_NAMED_BID.finditer(sentence) if "offer" in lowered or "bid" in lowered or "proposal" in lowered else ():
        bidder = _span_before(names, match.start(), sentence, _LEFT_GAP)
        target = _trim_name(_clean_name(match["target"]))
        if bidder and target and not _passing_mention(sentence[:bidder.start]):
            events += _pair(target, _clean_name(bidder.text), _deal_stage(sentence, match["verb"]),
                            f'"{match["verb"]} ... offer"')
    for match in _ANSWERS_BID.finditer(sentence):
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP)
        bidder = _trim_name(_clean_name(match["bidder"]))
        if subject and bidder:
            events += _pair(_clean_name(subject.text), bidder, _deal_stage(sentence, match["verb"]),
                            f'"{match["verb"]} ... offer"')
    if not events:
        for match in _ANSWERS_UNNAMED_BID.finditer(sentence):
            # an amount makes it a price for the company; "approach" and "tilt" are bids by themselves ("rejects
            # pay offer", "rejects budget proposal" are not)
            if not (_AMOUNT_IN_PHRASE.search(match.group(0)) or _BID_BY_ITSELF.search(match.group(0))
                    or _BID_FOR_THE_COMPANY.search(match.group(0))):
                continue
            subject = _span_before(names, match.start(), sentence, _LEFT_GAP)
            if subject and not _passing_mention(sentence[:match.start()]):
                events += _pair(_clean_name(subject.text), None, _deal_stage(sentence, match["verb"]),
                                f'"{" ".join(match.group(0).split())}"')
    for match in _find(_APPROVES_SALE, sentence, lowered, stems):
        subject = _span_before(names, match.start(), sentence, _OWNERS_GAP)
        obj = _span_after(names, match.end(), sentence)
        if subject and obj:
            events += _pair(_clean_name(subject.text), _clean_name(obj.text), STAGE_ANNOUNCED,
                            f'"{" ".join(match["verb"].split())}"')
    for match in _BY_GERUND.finditer(sentence):
        events += _by_gerund(sentence, names, match)
    for match in _REPORT_IT_IS_SOLD.finditer(sentence) if "report" in lowered or "speculation" in lowered else ():
        # "NCR shares jump on report it may get bought", "$OKTV up 14% on report it's exploring a sale": "it" is the
        # company the sentence opens with
        # (the company the sentence opens with, a cashtag's ticker included: "$OKTV up 14% AH on report ...")
        opening = [span for span in names if span.end <= match.start()]
        if opening and opening[0].start <= 1:
            events += _pair(_clean_name(opening[0].text), None, STAGE_RUMORED, f'"{" ".join(match.group(0).split())}"')
    for match in _SELLS_ITS_UNIT.finditer(sentence) if "its" in lowered else ():
        # "Carlyle considers selling its $2 billion Sequa aircraft-parts business", "to sell its Asian unit": a business
        # sold as a going concern, its buyer unnamed (with a buyer, "sells its X unit to Y" is read above)
        seller = _span_before(names, match.start(), sentence, _LEFT_GAP)
        if seller is not None and not _passing_mention(sentence[:seller.start]) and \
                not re.match(r"\s+to\s+[A-Z]", sentence[match.end():]):
            events += _pair(_clean_name(seller.text), None, _deal_stage(sentence, match["verb"]),
                            f'"{" ".join(match["verb"].split())}"')
    for match in _find(_SALE_OF, sentence, lowered, stems):
        events += _sale_of(sentence, names, match)
    for match in _find(_PAIR_DEAL, sentence, lowered, stems):
        if _DEAL_KIND_CUE.search(sentence) and not _SPECULATION_LC.match(lowered):
            events += _pair_merger(sentence, names, match)
    for match in [*_find(_MERGE_WITH, sentence, lowered, stems), *_find(_MERGER_NOUN_WITH, sentence, lowered, stems)]:
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP)
        obj = _span_after(names, match.end(), sentence)
        # _MERGER_NOUN_WITH's phrase ends in "with" already ("signs merger agreement with"); _MERGE_WITH's not
        joined_by = match.group(0).split()[-1].lower() if match.group(0).lower().endswith(("with", "into")) else "with"
        phrase = match["verb"] if match["verb"].lower().endswith(" " + joined_by) else f'{match["verb"]} {joined_by}'
        if match["verb"][:1].isspace() and _DATED_DEAL.search(sentence):
            continue  # the possessive with a date: "Halden's merger with Morvo in 2015 created a giant" is history
        phrase = phrase.strip()
        if obj and subject and (sentence[match.start()].islower() or in_headline):
            events += _merger(subject.text, obj.text, sentence, phrase)
        elif obj and not in_headline and _PRONOUN_SUBJECT.search(_strip_aux(sentence[: match.start()])):
            events.append(DetectedEvent(MERGER_ACQUISITION, _clean_name(obj.text), ROLE_MERGER, _merger_stage(sentence),
                                        reason=f'"{phrase}"'))
    for match in _MERGES_ONE_WITH_ANOTHER.finditer(sentence) if "merg" in lowered else ():
        # an owner merging two companies it holds: "Meadowlark merges FitNest with yoga franchisor Lotus Lane"
        first = _span_after(names, match.end(), sentence, max_words=0)
        joined = _WITH_THE_OTHER.match(sentence, first.end) if first and first.start == match.end() else None
        second = _span_after(names, joined.end(), sentence) if joined else None
        if second and not all(word.lower() in bundled_common_words() for word in first.text.split()) and \
                not _A_FUNDS_NAME.search(first.text) and not _A_FUNDS_NAME.search(second.text):
            events += _merger(first.text, second.text, sentence, f'{" ".join(match["verb"].split())} ... {joined.group(0).strip()}')
    for match in _find(_PAIR_MERGE, sentence, lowered, stems):
        events += _pair_merger(sentence, names, match)
    for match in _MERGES_INTO.finditer(sentence) if "merg" in lowered or "combin" in lowered else ():
        events += _merged_into(sentence, names, match)
    for match in _find(_MERGER_OF, sentence, lowered, stems):
        first = _span_after(names, match.end(), sentence, max_words=3)
        if _IMAGINED_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # "the fantasy tie-up between Granton Foods and Sable Beverages": a deal only imagined
        if first and not _passing_mention(sentence[:match.start()]):  # "a look back at the 2019 combination of"
            rest = sentence[first.end:]
            second = re.match(r"\s*(?:'s|’s)?\s*(?:and|&|with)\s+", rest)
            if second:
                other = _span_after(names, first.end + second.end(), sentence, max_words=3)
                if other:
                    events += _merger(first.text, other.text, sentence, match["verb"])
    for match in _TALKS_ABOUT.finditer(sentence) if ("talks" in lowered or "approach" in lowered or "discussions" in lowered
                                                     or "negotiations" in lowered) else ():
        events += _talks_about(sentence, names, match)
    for match in _TALKS_BETWEEN.finditer(sentence) if "between" in lowered else ():
        # "Merger talks between budget carriers Covenant Air and Skyreach Airlines have ended": the pair in talks
        first = _span_after(names, match.end(), sentence, max_words=6)
        joined = re.match(r"\s*(?:and|&)\s+(?:[a-z][\w-]*\s+){0,2}", sentence[first.end:]) if first else None
        second = _span_after(names, first.end + joined.end(), sentence, max_words=1) if joined else None
        if first and second:
            events += _merger(first.text, second.text, sentence, " ".join(match.group(0).split()))
    for match in _OFFER_VALUES.finditer(sentence) if "value" in lowered else ():
        events += _offer_values(sentence, names, match)
    for match in _PREFERRED_BIDDER.finditer(sentence) if "preferred" in lowered else ():
        # "Dongbaek Partners picked as preferred bidder for Cheonghae Paint": the seller's choice of buyer
        bidder = _span_before(names, match.start(), sentence, _LEFT_GAP)
        sold = _span_after(names, match.end(), sentence)
        if bidder and sold:
            events += _pair(_clean_name(sold.text), _clean_name(bidder.text), STAGE_ANNOUNCED,
                            f'"{" ".join(match["verb"].split())}"')
    for match in _THEIR_MERGER.finditer(sentence) if "their" in lowered else ():
        events += _their_merger(sentence, names, match)
    for match in _HOLDERS_RECEIVE.finditer(sentence) if "share" in lowered and not _PAYOUT.search(lowered) else ():
        # "Calder Systems shareholders will receive $31 per share": the terms of a deal for Calder
        owner = _span_before(names, match.start(), sentence, _POSSESSIVE_GAP)
        if owner is not None:
            events += _pair(_clean_name(owner.text), None, STAGE_ANNOUNCED, f'"{" ".join(match["verb"].split())}"')
    for match in _DEPOSITS_ASSUMED.finditer(sentence) if "deposits" in lowered else ():
        # a failed bank's deposits taken on by another ("will take over the $410 million in deposits of Gulf Tides
        # Savings Bank"): the purchase and assumption that ends a bank's failure, its business going to the buyer
        target = _span_after(names, match.end(), sentence, max_words=0)
        if target is None:
            continue
        buyer = _span_before(names, match.start(), sentence, _LEFT_GAP) or _sentence_subject(sentence, names, match.start())
        events += _pair(_clean_name(target.text), _clean_name(buyer.text) if buyer else None,
                        _deal_stage(sentence, match["verb"]), f'"{" ".join(match["verb"].split())} ... deposits of"')
    for match in _CHANGES_OWNER.finditer(sentence) if ("hands" in lowered or "owner" in lowered or "owned by" in lowered) else ():
        if _NEGATED_CLAUSE.search(re.split(r"[;:,.]", sentence[:match.start()])[-1]):
            continue  # "No Equity Changes Hands", "the bakery is not changing hands"
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP) or \
            _sentence_subject(sentence, names, match.start())
        if subject and re.fullmatch(r"is\s+now\s+owned\s+by", match["verb"].lower()) and \
                not _SHARE_CAPITAL_OF.search(sentence[:subject.start]):
            continue  # "Volvo Cars is now owned by Zhejiang Geely": who owns it, told as a fact, not a deal's news
        # (not its shares changing hands: "Tesla stock changes hands at record volume", "Shares of Halden changed hands")
        if subject and not _names_an_asset(subject.text) and not _THING_AFTER_NAME.match(sentence[subject.end:]) \
                and not _NOT_A_COMPANY_TAIL.match(sentence[subject.end:]) and not _SHARES_OF.search(sentence[:subject.start]) \
                and not _A_POST_AT.search(sentence[:subject.start]) and not _passing_mention(sentence[:subject.start]):
            events.append(DetectedEvent(MERGER_ACQUISITION, _clean_name(subject.text), ROLE_TARGET,
                                        _deal_stage(sentence, match["verb"]), reason=f'"{" ".join(match["verb"].split())}"'))
    for match in _JOINS.finditer(sentence) if ("join" in lowered or "part of" in lowered or "affiliat" in lowered) else ():
        joined = _span_after(names, match.end(), sentence, max_words=0 if sentence[match.end()].isupper() else 4)
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP)
        if joined is None or subject is None:
            continue
        if not sentence[match.end()].isupper() and not any(
                a_kind_of_company(word.lower()) for word in sentence[match.end():joined.start].split()):
            continue  # "the British group Halford Sterling", not "the S&P 500"
        # (an institution's name: "Acme Labs to join Globex" may be a partnership, "Jane Roe joins Globex" a hire;
        # hospitals, health systems, banks and credit unions combine this way; and a company named as one that joins
        # a group's "family" or "becomes part of" another is taken in)
        if not _INSTITUTION_END.search(_clean_name(subject.text)) and not (
                "affiliation" in match["verb"].lower() and _INSTITUTION_END.search(_clean_name(joined.text))) and not (
                (match["family"] or match["part"]) and _ends_like_a_company_name(_clean_name(subject.text))) and not (
                match["now"] and _clean_name(subject.text).split()[0].lower() not in bundled_proper_words()):
            continue
        if re.match(r"\s+(?:as|in|on|for)\b", sentence[joined.end:]) or _passing_mention(sentence[:subject.start]):
            continue  # "joins Globex as chief medical officer", "joins the board"
        verb = " ".join(match["verb"].split())
        events += _pair(_clean_name(subject.text), _clean_name(joined.text),
                        STAGE_COMPLETED if re.match(r"(?i)(?:joined|completed?|finali[sz]ed?|(?:is\s+|are\s+)?now)\b", verb)
                        else STAGE_ANNOUNCED,
                        f'"{verb}"')
    for match in _NEW_OWNERS_AT.finditer(sentence) if "owner" in lowered else ():
        owned = _span_after(names, match.end(), sentence, max_words=0)
        if owned and not _names_an_asset(owned.text):
            events.append(DetectedEvent(MERGER_ACQUISITION, _clean_name(owned.text), ROLE_TARGET, STAGE_COMPLETED,
                                        reason=f'"{" ".join(match["verb"].split())}"'))
    for match in _find(_SALE_PROCESS, sentence, lowered, stems):
        sold = re.match(r"(?i)\s+for\s+", sentence[match.end():])
        if sold and _not_a_company_bought(sentence[match.end() + sold.end() - 1:], sentence):
            continue  # "seeks buyer for its headquarters": a building for sale, not the company
        of = _SALE_OF_WHAT.match(sentence, match.end())
        if of and match["verb"].lower().rstrip().endswith("sale"):
            # "Orsini family weighs sale of Tuscan winemaker Castel Avena": the company after "of" is the one for
            # sale, not the subject that sells it (its own unit is the subject's news, by our labels' convention:
            # "Hasbro weighing sale of eOne entertainment unit")
            if _not_a_company_bought(sentence[of.end() - 1:], sentence):
                continue
            sold = _span_after(names, of.end(), sentence, max_words=2)
            if sold and (_names_an_asset(sold.text) or _A_HOLDING.search(sentence, of.end(), sold.start)):
                continue
            if sold and not _ITS_OWN_PART.match(sentence, sold.end) and not _UNIT_WORD_LAST.search(sold.text) and \
                    not _ITS.match(sentence[of.end():sold.start]):
                events.append(DetectedEvent(MERGER_ACQUISITION, _clean_name(sold.text), ROLE_TARGET, STAGE_RUMORED,
                                            reason=f'"{" ".join(match["verb"].split())} of"'))
                continue
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP) or \
            _sentence_subject(sentence, names, match.start())
        if subject:
            events.append(DetectedEvent(MERGER_ACQUISITION, _clean_name(subject.text), ROLE_TARGET, STAGE_RUMORED,
                                        reason=f'"{" ".join(match["verb"].split())}"'))
    for match in _find(_GOES_PRIVATE, sentence, lowered, stems):
        subject = _span_before(names, match.start(), sentence, _LEFT_GAP) or \
            _sentence_subject(sentence, names, match.start())
        verb = " ".join(match["verb"].split())
        if subject and not _passing_mention(sentence[: match.start()]) and not _SPECULATION_LC.match(lowered):
            events += _pair(_clean_name(subject.text), None, _deal_stage(sentence, verb), f'"{verb}"')
    if not events:
        for match in _find(_NOUN_AFTER_TARGET, sentence, lowered, stems):
            events += _target_before_noun(sentence, names, match)
    if not events and in_headline and (sold := _SOLD_AT_THE_END.search(sentence)):
        # "Quayle Media snapped up", "MILLBROOK BREWING SOLD": a headline's company, sold to a buyer it leaves unnamed
        subject = _span_before(names, sold.start(), sentence, _LEFT_GAP)
        if subject and not sentence[: subject.start].strip(" \"“‘'") and not _names_an_asset(subject.text) and \
                (_ends_like_a_company_name(subject.text) or not _person_like(subject.text)):
            verb = " ".join(sold["verb"].split())
            events += _pair(_clean_name(subject.text), None, _deal_stage(sentence, verb), f'"{verb}"')
    return events


# A headline that ends on its company's sale, the buyer unnamed: "Quayle Media snapped up", "Millbrook Brewing sold"
_SOLD_AT_THE_END = re.compile(r"\s+(?P<verb>(?:is\s+|has\s+been\s+|gets\s+)?(?:sold|snapped\s+up|bought\s+out|"
                              r"taken\s+over|acquired))\s*[.!]?\s*$", re.I)


def _by_gerund(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    """"By purchasing Whole Foods, Amazon has ...": the object is bought, the name after the comma buys."""
    after = sentence[match.end():]
    if _not_a_company_bought(after, sentence):
        return []
    obj = _span_after(names, match.end(), sentence)
    if obj is None:
        return []
    comma = re.match(r"(?:'s|’s)?[^,;]{0,40}?,\s*", sentence[obj.end:])
    subject = _span_after(names, obj.end + comma.end(), sentence, max_words=0) if comma else None
    if subject is None or not re.match(r"\s+(?:has|have|had|will|would|is|now|gets?|gains?|adds?|becomes?|can|could)\b",
                                       sentence[subject.end:]):
        return []
    verb = " ".join(match["verb"].split())
    return _pair(_clean_name(obj.text), _clean_name(subject.text), STAGE_COMPLETED, f'"by {verb.lower()}"')


_ASSET_TAIL = re.compile(rf"(?i)\s*(?:[\w-]+\s+)?{_ASSET_NOUN}\b")


def _sale_of(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    """"announced the sale of its Corliss Paper unit to Brookhaven": the business is the target."""
    business = _span_after(names, match.end(), sentence, max_words=0)
    if business is None or _passing_mention(sentence[: match.start()]):
        return []
    tail = _SALE_OF_TAIL.match(sentence[business.end:])
    if tail is None or re.search(r"(?i)\b(?:stake|shares|interest)\b", tail.group(0)) or _ASSET_TAIL.match(tail.group(0)):
        return []  # (a named thing: "the sale of the Eastside transfer station to Valleyline Hauling")
    buyer = _span_after(names, business.end + tail.end(), sentence, max_words=2)
    if buyer is None:
        return []
    return _pair(_clean_name(business.text), _clean_name(buyer.text), _deal_stage(sentence, match["verb"]),
                 f'"{" ".join(match["verb"].split())} ... to"')


# "Buy Twilio Hand Over Fist", "$XOM - Don't Buy Exxon At Peak Profitability", "the temptation to buy Apple":
# advice to buy a stock, where a headline's subject would stand.
_ADVICE_BEFORE_BUY = re.compile(r"(?i)(?:^\W*|[-–—:|]\s*|\b(?:don'?t|do\s+not|should|time\s+to|temptation\s+to|"
                                r"reasons?\s+to|why\s+(?:i|you|we)(?:\s+would)?)\s+)$")


def _advice_to_buy(sentence: str, match: re.Match) -> bool:
    return match.group(0).lower().startswith("buy") and _ADVICE_BEFORE_BUY.search(sentence[:match.start()]) is not None


# "lifts Morvo stake to 60%": the stake after the name is the one the verb raises, its size read as any stake's
_STAKE_RAISED_TO = re.compile(r"\s+(?:stake|holding)\s+to\s+\d", re.I)


def _active_deal(sentence: str, names: list[_Span], match: re.Match, in_headline: bool) -> list[DetectedEvent]:
    verb = " ".join(match["verb"].split())
    if _named_not_verb(sentence, match) or _SPECULATION_LC.match(sentence.lower()) or \
            _DATED_SENTENCE.match(sentence[:match.start()]):
        return []
    after = sentence[match.end():]
    if _not_a_company_bought(after, sentence) or _ANALYST_CALL.search(sentence[:match.start()]) or _advice_to_buy(sentence, match):
        return []
    if re.search(r"(?i)\b(?:bid|offer)", verb) and _CONTRACT_OBJECT.match(after):
        return []  # "wins $340 million bid for Navy radar contract": tendering for work
    if _NO_BID_INTENDED.search(sentence):
        return []  # "does not intend to make an offer for the company": a statement that no bid is coming
    if _stake_below_control(sentence, match.start(), match.end()):
        return []
    obj = _span_after(names, match.end(), sentence)
    called = _CALLED.match(sentence[match.end():]) if obj is None else None
    if called:  # "to acquire a quirky Bay Area bakery chain called La Boulange"
        obj = _span_after(names, match.end() + called.end(), sentence, max_words=0)
    if obj is None and _UNNAMED_BUSINESS.match(after) and not _SUBORDINATE_SUBJECT.search(sentence[: match.start()]):
        # "Core & Main acquires wastewater products firm", "Infosys to acquire a tech and consulting firm": the
        # buyer is named and the business it buys only described; the buyer's side of the deal stands alone.
        buyer = _span_before(names, match.start(), sentence, _LEFT_GAP)
        if buyer and buyer.text in _DEAL_PAPERS:
            buyer = None  # "signs MOU to acquire Japanese kimchi maker": the paper signed, not the buyer
        return _pair("", _clean_name(buyer.text), _deal_stage(sentence, verb), f'"{verb}"') if buyer else []
    if obj is not None and obj.text in _CURRENCY_CODE_SET and _AN_AMOUNT_AFTER.match(sentence, obj.end):
        return []  # "buys PLN 800m of bad loans": an amount, in its currency's code
    if obj is not None and _MY_BEFORE.search(sentence, 0, obj.start):
        return []  # "buying majority of my Mittelstand employer": the writer's own, described, not named
    if obj is None or _INVESTING_TAIL.match(sentence[obj.end:]) or _INVESTING_TAIL.match(" " + obj.text) or \
            _MODEL_NUMBER.search(obj.text) or \
            (_NOT_A_COMPANY_TAIL.match(sentence[obj.end:]) and not _STAKE_RAISED_TO.match(sentence[obj.end:])) or \
            _FACILITY_TAIL.match(sentence[obj.end:]) or \
            (obj.text.endswith(("'s", "’s")) and _NOT_A_COMPANY_TAIL.match(sentence[obj.end - 2:])) or \
            (obj.text.endswith(("s'", "s’")) and _NOT_A_COMPANY_TAIL.match(sentence[obj.end - 1:])):
        return []
    if re.search(r"(?i)take|took", verb) and "over" in verb.lower() and re.match(
            r"\s+(?!(?:in|with|for|from|after|as|amid|at|by|via|through|under|following|to|on)\s)[a-z]", sentence[obj.end:]):
        return []  # "takes over Super Bowl ad slots" (not "takes over Ganzhou Steel in state-led overhaul")
    if verb.lower().startswith(("take", "took")) and "over" in verb.lower() and re.match(r"\s+as\b",
                                                                                          sentence[obj.end:]):
        return []  # "takes over as CEO" is a succession, not a deal
    if match["verb"].split()[0].endswith("ing") and _passing_mention(sentence[: match.start()]):
        return []  # "after acquiring X" explains something else
    subject = _span_before(names, match.start(), sentence, _LEFT_GAP)
    if subject and _A_PROCEDURES_OFFICERS.fullmatch(subject.text.strip()):
        return []  # "Liquidators take control of Harbourside Ferries": a procedure runs the company, nobody buys it
    if subject and _A_DEPARTMENT_BEFORE.search(sentence, 0, subject.start):
        return []  # "The Department for Transport will take over Eastway Rail": a government runs it, no deal
    if not in_headline and _PAST_DEAL_VERB.search(verb) and \
            _SUBORDINATE_SUBJECT.search(sentence[: match.start()]):
        return []  # "... after the company bought Sun Microsystems"
    acquirer = _clean_name(subject.text) if subject else None
    if subject is None and not in_headline and re.search(r"(?i)\bby\s+$", sentence[: match.start()]):
        # "Goldman took another step ... by acquiring Honest Dollar": the sentence's subject buys.
        opening = names[0] if names and not sentence[: names[0].start].strip() else None
        acquirer = _clean_name(opening.text) if opening else None
        subject = opening
        if opening is None and _OPENING_PRONOUN.match(sentence):
            return _pair(_clean_name(obj.text), None, _deal_stage(sentence, verb), f'"by {verb}"')
    if subject is None and not in_headline and re.search(r"(?i)\bin\s+$", sentence[: match.start()]) and \
            match["verb"].split()[0].lower().endswith("ing"):
        # "in acquiring Fenwick, the retailer would gain ...": the target is named, the buyer only described
        return _pair(_clean_name(obj.text), None, _deal_stage(sentence, verb), f'"in {verb.lower()}"')
    if subject is None and not in_headline and _ITS_DEAL_TO.search(sentence[: match.start()]):
        # "Its proposed $85 billion deal to purchase Time Warner": the buyer is the previous sentence's
        return _pair(_clean_name(obj.text), None, _deal_stage(sentence, verb), f'"deal to {verb}"')
    unnamed_buyer = subject is None and _UNNAMED_BUYER.search(_strip_aux(sentence[: match.start()]))
    if subject is None and not unnamed_buyer and _a_described_subject(_strip_aux(sentence[: match.start()])):
        # a buyer only described buys a company named, not a place's one described ("Czech brewer buys Slovak malt
        # house", "Chinese state builder to buy Ras Al Khaimah contractor")
        described = _KIND_AFTER.match(sentence, obj.end)
        if _PEOPLE_OF_A_PLACE.fullmatch(obj.text) or (described and a_kind_of_company(described["kind"])):
            return []
        return _pair(_clean_name(obj.text), None, _deal_stage(sentence, verb), f'"{verb}"{_BUYER_DESCRIBED}')
    if subject is None and not unnamed_buyer and \
            (in_headline or not _PRONOUN_SUBJECT.search(_strip_aux(sentence[: match.start()]))):
        return []
    stage = _deal_stage(sentence, verb)
    target = _clean_name(obj.text)
    if acquirer and acquirer.lower() == target.lower():
        return []
    return _pair(target, acquirer, stage, f'"{verb}"')


_A_DEPARTMENT_BEFORE = re.compile(r"\b(?:Department|Ministry|Office|Bureau)\s+(?:for|of)\s+(?:the\s+)?$")
# a subject that only describes the buyer: "Japanese trading house takes control of Ostler Truck Rental", "A Gulf
# sovereign fund buys ..."
_BUYER_DESCRIBED = " (its buyer described)"
_DESCRIBED_SUBJECT = re.compile(r"^\W*(?:an?\s+|the\s+)?(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s+){0,3}(?P<kind>[a-z]+)\s*$")


def _a_described_subject(before: str) -> bool:
    """The words before the verb are a description of a company, lower case but for a place's people ("Japanese")."""
    described = _DESCRIBED_SUBJECT.match(before)
    if not described or not a_kind_of_company(described["kind"]):
        return False
    capitalised = [word for word in before.split() if word[:1].isupper()]
    return all(_PEOPLE_OF_A_PLACE.fullmatch(word) or word.lower() in ("a", "an", "the") for word in capitalised)


_CURRENCY_CODE_SET = frozenset(CURRENCY_CODES.split("|"))
_MY_BEFORE = re.compile(r"(?i)\b(?:my|our|your)\s+$")
_DEAL_PAPERS = frozenset("MOU MoU LOI LoI MOA NDA SPA JV".split())
# (lower-case words ending in a kind of company, then the phrase's end)
_KIND_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<kind>[a-z]+)(?=\s*(?:$|[,.;:(]|\s(?:in|for|from|at|to|with|on|as|by)\b))")
_CALLED = re.compile(r"\s+(?:an?|the)\s+(?:[\w'’$.,-]+\s+){0,6}?(?:called|named|known\s+as)\s+")
_A_PROCEDURES_OFFICERS = re.compile(rf"(?i)(?:the\s+|an?\s+)?(?:joint\s+|provisional\s+|interim\s+|official\s+)?"
                                    rf"(?:{vocabulary.PROCEDURE_OFFICERS}|trustees?)")
# "acquire top AI talent", "buys 100 Airbus jets": the name describes what is bought.
# (not a phrase of how or where: "absorb Pudong Securities in stock swap")
_NOT_A_COMPANY_TAIL = re.compile(r"^\s*(?:'s|’s)?\s*(?!(?:in|with|via|through|for|after|as|by)\s)"
                                 r"(?:[a-z-]+\s+){0,3}(?:talent|shares?|stock|stakes?|jets?|planes?|aircraft|"
                                 r"engineers?|employees|staff|customers|assets\s+in|patents?|licen[cs]es?|rights|"
                                 r"bonds?|notes|debt|loans?|tickets?|ads?|slots?|devices|phones|cars|trucks|chips)\b"
                                 # "buys bankrupt retailer Dunmore & Price's brand and IP": what it owned, not it
                                 r"|^(?:'s|’s|(?<=s)['’])\s+(?:[a-z-]+\s+){0,2}(?:brands?|ip|intellectual\s+property|trademarks?|"
                                 r"inventory|domains?|customer\s+lists?)\b")
# "buys Elmstrand factory at receivership auction", "buys former Fennimore & Hale store for clinic": a name's
# building, bought as a thing (the noun ends the object: "Marriott hotel chain" is a business).
_FACILITY_TAIL = re.compile(r"^\s*(?:'s|’s)?\s*(?:[a-z-]+\s+){0,2}(?:factory|plant|building|store|site|mill|warehouse|"
                            r"property|headquarters|campus|mall|hotel|office|offices|facility)\b(?!-)"
                            r"(?=\s*(?:$|[,.;:(]|(?:in|at|for|from|to|near|on|out|as|and)\b))")
# "in talks to buy the A320neo": an aircraft model, not a company.
_MODEL_NUMBER = re.compile(r"^[A-Z]{1,3}-?\d{2,}|\b\d{3}\s*MAX\b")
_AUX_TAIL = re.compile(rf"(?:\s+(?!it\b){_AUX})+\s*$", re.I)


def _strip_aux(text: str) -> str:
    return _AUX_TAIL.sub("", " " + text).rstrip()


_NOMINAL_LEFT_GAP = re.compile(
    # (an amount in any currency: "$2bn", "£1.1bn", "€300m", "A$3.4bn")
    r"^(?:'s|’s|'|’)?\s*(?:\(\w+\)\s*)?(?:(?:(?:[A-Z]{1,2}(?=\$))?[$£€]?[\d.,]+(?:-|\s*)(?:billion|million|bln|mln|bn|m|b)?|nearly|"
    # the deal-making verb before a nominal deal: "Merriton agrees $6.5 bln takeover of", "announced its acquisition of"
    r"agrees?|agreed|announces?|announced|unveils?|unveiled|seals?|sealed|clinch(?:es|ed)?|strikes|struck|"
    r"launch(?:es|ed)?|completes?|completed|finali[sz]es|finali[sz]ed|closes|closed|its|their|the|a|an|about|almost|"
    r"roughly|some|over|proposed|planned|pending|agreed|announced|potential|possible|rumou?red|reported|purported|"
    r"hostile|friendly|all-cash|all-stock|cash|stock|cash-and-stock|long-awaited|blockbuster|mega|megadeal|"
    r"big|biggest|largest|latest|recent|\d{4}|-|–|takeover|buyout|acquisition|unsolicited|sweetened|"
    r"revised|higher|improved|new|initial|first|second|rival|competing|counter|failed|controversial|contested|"
    r"long-rumou?red|\$[\d.,]+-(?:billion|million))\s*)*$",
    re.I,
)


def _nominal_deal(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    verb = " ".join(match["verb"].split())
    after = sentence[match.end():]
    if _not_a_company_bought(after, sentence):
        return []
    obj = _span_after(names, match.end(), sentence, max_words=5)
    if obj is None:
        return []
    subject = _span_before(names, match.start(), sentence, _NOMINAL_LEFT_GAP)
    before = sentence[: subject.start if subject else match.start()]
    # "Following its takeover of X, ...": the passing word may sit before the buyer or before the noun.
    if _passing_mention(before) or _passing_mention(sentence[: match.start()]) or \
            re.search(r"\b(?:its|the|their|his|her)\s+(?:\S+\s+){0,3}$", before) and \
            _passing_mention(before[: before.rstrip().rfind(" ")] if " " in before.strip() else ""):
        return []
    owns_deal = subject is None and re.search(r"(?i)\b(?:has|had|have)\s+an?\s+(?:\S+\s+){0,3}$", before)
    # (the noun may open the sentence: "Privatisation of Kwan Lok Properties lapses", "Takeover of Morvo fails")
    if subject is None and not owns_deal and (not (re.search(r"(?i)\b(?:its|the)\s+(?:\S+\s+){0,4}$", before)
                                                   or not before.strip())
                                              or re.search(r"\b(?:19|20)\d\d\s+$", before)):
        return []
    if owns_deal:
        # "AT&T, as many have noted, has a giant acquisition (of Time Warner) held up": the subject owns it
        subject = _sentence_subject(sentence, names, match.start())
        if subject is None:
            return []
    stage = _deal_stage(sentence, verb)
    if verb.lower().startswith(("bid", "offer", "approach", "takeover bid")):
        stage = STAGE_RUMORED if re.search(r"\b(?:reported|purported|possible|potential|rumou?red)\b", sentence,
                                           re.I) else STAGE_ANNOUNCED
    target = _clean_name(obj.text)
    acquirer = _clean_name(subject.text) if subject else None
    if acquirer is None and re.match(r"\s*(?:'s|’s)?\s+by\s+", sentence[obj.end:]):
        # "the purchase of Marrowfield by Stentor": the buyer follows "by"
        buyer = _span_after(names, obj.end + re.match(r"\s*(?:'s|’s)?\s+by\s+", sentence[obj.end:]).end(), sentence,
                            max_words=2)
        acquirer = _clean_name(buyer.text) if buyer else None
    if acquirer and acquirer.lower() == target.lower():
        return []
    return _pair(target, acquirer, stage, f'"{verb}"')


def _common_words_in_title_case(sentence: str, name: str) -> bool:
    """A "name" of two or more words that are all common words, in a Title Case or capitals headline, that
    the catalogue does not hold: a phrase, not a company."""
    words = [_word_core(word) for word in name.split()]
    if len(words) < 2 or not all(word in bundled_common_words() for word in words) or not _shouts_or_titles(sentence):
        return False
    return not MentionFinder.bundled().holds(name)


# The last word of a "name" that is a thing bought, not a company: the same objects `_NOT_A_COMPANY_OBJECT`
# refuses after a deal verb, here at the end of a capitalised run ("Acquires Off-Market Industrial Property").
# Singular only: "Highwoods Properties", "WCI Homes", "Uniti Sites" are companies' names.
_ASSET_HEAD = re.compile(r"(?i)\b(?:property|building|headquarters|plant|factory|mine|site|land|"
                         r"portfolio|mansion|acres|assets?|licen[cs]es?|patents?|leases?)$")


def _names_an_asset(name: str) -> bool:
    """"Off-Market Industrial Property", "Riverside Office Buildings", "Gathering Assets", "45,000 Net Acres":
    unless the catalogue holds the name ("Boston Properties" is a company)."""
    words = name.split()
    if len(words) == 1:
        return words[0].lower() in ("asset", "assets", "rights", "acreage")  # "Terminates Asset Purchase Agreement"
    return _ASSET_HEAD.search(name.strip(" .,;:")) is not None and not MentionFinder.bundled().holds(name)


def _target_before_noun(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    """"Amazon ... with Whole Foods acquisition", "the Whole Foods acquisition": the name is the target."""
    subject = _span_before(names, match.start(), sentence, re.compile(r"^\s*(?:-|–)?\s*$"))
    if subject is None or len(subject.text.split()) > 4 or _NOT_A_COMPANY_OBJECT.match(subject.text) or \
            _named_not_verb(sentence, match):
        return []
    if re.match(r"(?i)\s+(?:strateg\w*|spree|binge|plans?|targets?|hunt|appetite|machine|team|costs?|"
                r"accounting|debt|financing|charges?)\b", sentence[match.end():]) or (
                match["verb"].lower() in _TRADE_NOUNS and _COMMERCE_COMPOUND.match(sentence[match.end():])):
        return []  # "Facebook's acquisition strategies": the noun only describes another
    if subject.text.lower().endswith(("'s", "’s")) and match["verb"].lower() != "sale":
        return []  # "Facebook's acquisition" names the buyer, not what it bought
    pair = _span_before(names, subject.start, sentence, re.compile(r"^\s*(?:'s|’s)?\s*(?:-|–|/)\s*$"))
    if _passing_mention(sentence[: pair.start if pair else subject.start]):
        return []  # "price concessions following the A - B merger", "Five years after the Kellan-Brightmoor merger"
    slashed = "/" in (sentence[pair.end:subject.start] if pair else subject.text)
    if slashed and match["verb"].lower() == "deal":
        return []  # "the Netflix/Microsoft deal": two names side by side in any deal (an ad deal, a licence)
    if pair:  # "The AT&T - Time Warner merger"
        return _merger(pair.text, subject.text, sentence, f"{pair.text}-{subject.text} {match['verb']}")
    joined = _JOINED_PAIR.fullmatch(subject.text)
    if joined and match["verb"].lower() in ("merger", "deal", "tie-up"):
        # "Kroger-Albertsons merger" (but "Coca-Cola" alone is one name: only a deal noun makes it a pair)
        return _merger(joined.group(1), joined.group(2), sentence, f"{subject.text} {match['verb']}")
    if match["verb"].lower() in ("merger", "deal", "tie-up"):
        return []  # "the Whole Foods deal" may be any kind of deal; pairs above are mergers
    if match["verb"].lower() == "sale" and not re.search(r"\bpending|proposed|planned|agreed\b",
                                                                             sentence, re.I):
        return []
    before = sentence[: subject.start]
    if _passing_mention(before):
        return []
    if _common_words_in_title_case(sentence, subject.text):
        return []  # "... Work Signals Public Cloud Telecom Takeover": capitals there say nothing of a name
    # "AT&T - Time Warner merger" style pair: "<A> - <B> deal"
    stage = _deal_stage(sentence, match["verb"])
    return _pair(_clean_name(subject.text), None, stage, f'"{subject.text} {match["verb"]}"')


_PEOPLE_OF = re.compile(r"(?i)(?:the\s+|its\s+)?(?:\w+\s+)?(?:management|board|executives|leadership|owners|"
                        r"shareholders|founders)\s+(?:team\s+)?(?:of|at)\s+")
# ("agreed a £1.5bn takeover by Midwestern Power": the deal the subject agreed to is its own sale)
_OWN_SALE = re.compile(r"(?i)\b(?:its|the|(?:agreed|accepted|backed|recommended)\s+an?)\s+(?:(?:pending|proposed|planned|agreed|"
                       r"announced|expected|recommended|friendly|cash|all-cash|all-share|[$£€][\d.,]+\s*\w+)\s+){0,3}$")


def _talks_about(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    """"Lucid approached Ford about a possible sale", "held talks with Globex about a merger",
    "Acme was approached by Globex about a takeover", "after takeover talks with Ford"."""
    # "approached the senior management of Ford": the people stand for their company
    people = _PEOPLE_OF.match(sentence[match.end():])
    other = _span_after(names, match.end() + (people.end() if people else 0), sentence, max_words=2)
    if other is None:
        return []
    what = match["what0"]
    if what is None:
        about = _ABOUT_WHAT.match(sentence[other.end:])
        if about is None:
            return []
        what = about["what"]
    what = what.lower()
    subject = _span_before(names, match.start(), sentence, _LEFT_GAP) or \
        _sentence_subject(sentence, names, match.start())
    them, us = _clean_name(other.text), _clean_name(subject.text) if subject else None
    if us and us.lower() == them.lower():
        return []
    reason = f'"{" ".join(match["verb"].split())} ... {what}"'
    if what.startswith(("merger", "combination", "tie-up")) or not match["verb"].lower().startswith("approach"):
        if us is None:
            return []
        events = _merger(us, them, sentence, reason)
    elif what == "sale" or match["by"]:  # the one approached by a buyer, or asking to be bought, is the target
        events = _pair(us, them, STAGE_RUMORED, reason) if us else []
    else:
        events = _pair(them, us, STAGE_RUMORED, reason)
    for event in events:
        event.stage = STAGE_RUMORED
        event.reason = reason
    return events


def _offer_values(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    """"Kestrel's offer values Norrland at $4.1 billion": the valued company is the target."""
    target = _span_after(names, match.end(), sentence, max_words=0)
    if target is None or not re.match(r"(?:'s|’s)?\s*(?:[\w-]+\s+){0,3}?at\b", sentence[target.end:]):
        return []
    bidder = _span_before(names, match.start(), sentence, _NOMINAL_LEFT_GAP)
    if bidder is not None and not (bidder.text.endswith(("'s", "’s")) or sentence[bidder.end:].startswith(("'s", "’s"))):
        bidder = None  # "Acme offer values" without a possessive may be anything
    verb = " ".join(match["verb"].split())
    stage = STAGE_RUMORED if re.match(r"(?i)offer|bid|proposal", verb) and _RUMOR_CUES_LC.search(
        sentence.lower().replace(verb.lower(), "")) else STAGE_ANNOUNCED
    return _pair(_clean_name(target.text), bidder and _clean_name(bidder.text), stage, f'"{verb}"')


def _their_merger(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    """"a lawsuit against AT&T (T) and Time Warner (TWX) over their proposal to merge": the pair before."""
    before = [span for span in names if span.end <= match.start() and not _is_ticker_aside(sentence, span)]
    if len(before) < 2:
        return []
    first, second = before[-2], before[-1]
    if not _PAIR_AND.match(sentence[first.end:second.start]):
        return []
    gap = _LEADING_TICKER.sub("", sentence[second.end:match.start()])
    if len(gap.split()) > 6 or re.search(r"[;:]|\b(?:which|who|that)\b", gap):
        return []
    return _merger(first.text, second.text, sentence, " ".join(match["verb"].split()))


def _merger_stage(sentence: str) -> str:
    if _MERGER_DONE.search(sentence):
        return STAGE_COMPLETED
    if _RUMOR_CUES_LC.search(sentence.lower()) and not _AGREE.search(sentence.lower()):
        return STAGE_RUMORED
    return STAGE_ANNOUNCED


# Companies merged by their owner or a state body: "Shanxi province merged Lucheng Coal, Fenyang Jiaomei and Jinzhong
# Coal into the newly formed Jinshan Energy", "the group combined its units Arlo and Brisk to form Arbris": the
# named ones merge with each other (the one merging them is no party).
_MERGES_INTO = re.compile(r"\b(?P<verb>merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing))\s+(?:its\s+(?:[a-z-]+\s+){0,2}"
                          r"(?:units|subsidiaries|companies|businesses|firms|groups)\s*,?\s+)?(?=[A-Z])")
_NEXT_IN_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s+)")
# into a company: named, or a new group ("into the newly formed Jinshan Energy Group", "into a new holding company"; not
# "into one brand", "into a single academy trust", "into its head office")
_INTO_ONE = re.compile(r"\s*,?\s+(?:into|to\s+(?:form|create))\s+(?:the\s+|a\s+)?(?:newly[\s-]\w+\s+|new\s+)?"
                       r"(?:(?-i:[A-Z])|(?:[a-z-]+\s+){0,2}?(?:group|company|holding|entity|firm|bank|conglomerate|"
                       r"corporation|giant)\b)")
_A_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|by)\s+(?:19|20)\d\d\b[^.;]{0,60}$")


def _merged_into(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    merged = []
    span = _span_after(names, match.end(), sentence, max_words=0)
    while span is not None and len(merged) < 6:
        merged.append(span)
        joined = _NEXT_IN_LIST.match(sentence, span.end)
        span = _span_after(names, joined.end(), sentence, max_words=0) if joined else None
    if len(merged) < 2 or not _INTO_ONE.match(sentence, merged[-1].end) or \
            _DATED_SENTENCE.match(sentence[:match.start()]) or _RELATIVE_BEFORE.search(sentence, 0, match.start()) or \
            _A_YEAR_BEFORE.search(sentence, 0, match.start()) or _HISTORY_AFTER.match(sentence[merged[-1].end:]):
        return []  # (nor "In 2009 the ministry merged ...", "... into Jinshan Energy in 2009")
    events = []
    for other in merged[1:]:
        events += _merger(merged[0].text, other.text, sentence, match["verb"])
    return events


def _merger(first: str, second: str, sentence: str, verb: str) -> list[DetectedEvent]:
    a, b = _clean_name(first), _clean_name(second)
    if not a or not b or a.lower() == b.lower() or _names_an_asset(a) or _names_an_asset(b):
        return []
    stage = STAGE_COMPLETED if _MERGER_DONE.search(verb + " " + sentence) \
        else (STAGE_RUMORED if _RUMOR_CUES_LC.search(sentence.lower()) and not _AGREE.search(sentence.lower())
              else STAGE_ANNOUNCED)
    if re.search(r"\bmerged\b", verb, re.I):
        stage = STAGE_COMPLETED
    if _CALLED_OFF.match(verb) or _talks_ended_about(sentence.lower(), verb.split()[-1].lower()):
        stage = STAGE_TERMINATED
    reason = f'"{" ".join(verb.split())}"'
    return [DetectedEvent(MERGER_ACQUISITION, a, ROLE_MERGER, stage, counterparty=b, reason=reason),
            DetectedEvent(MERGER_ACQUISITION, b, ROLE_MERGER, stage, counterparty=a, reason=reason)]


_CALLED_OFF = re.compile("(?i)" + "|".join(vocabulary.word_stems(ENDS_MERGER)))
_PAIR_JOIN = re.compile(r"^\s*(?:'s|’s)?\s*(?:and|&|,|-|–|/)\s*$", re.I)
# ("and the", as translations join a pair, only before a name its legal form ends: "Van Haeften Baggerwerken NV and
# the Belgian Baggerbedrijf Gent NV", not "Fenwick College and the Marlborough School of Nursing")
_PAIR_JOIN_THE = re.compile(r"^\s*and\s+the\s+$", re.I)


def _pair_merger(sentence: str, names: list[_Span], match: re.Match) -> list[DetectedEvent]:
    """"Pfizer and Seagen to merge", "AT&T, Time Warner in merger talks"."""
    second = _span_before(names, match.start(), sentence, _PAIR_LEFT_GAP)
    if second is None:
        return []
    earlier = [span for span in names if span.end <= second.start]
    if not earlier or not (_PAIR_JOIN.match(sentence[earlier[-1].end:second.start]) or (
            _PAIR_JOIN_THE.match(sentence[earlier[-1].end:second.start]) and _LEGAL_TAIL.search(second.text))):
        # "Acme and Globex" may have been read as one span joined by "and Co"-style joiners: no pair.
        return []
    first, other = earlier[-1].text, second.text
    shared = _SHARED_KIND.match(sentence, second.end)
    if shared:
        # the kind the pair shares is a word of each one's name: "Harrow Creek and Millbank credit unions" are Harrow
        # Creek Credit Union and Millbank Credit Union
        kind = re.sub(r"ies$", "y", shared["kind"])
        kind = " ".join(word.capitalize() for word in (kind[:-1] if kind.endswith("s") else kind).split())
        first, other = (name if _clean_name(name).endswith(kind.split()[-1]) else f"{_clean_name(name)} {kind}"
                        for name in (first, other))
    return _merger(first, other, sentence, match["verb"])


# (the mutuals' kinds only: "Unicaja and Liberbank banks" are Unicaja and Liberbank)
_SHARED_KIND = re.compile(r"\s+(?P<kind>credit\s+unions|building\s+societies|co-?operative\s+societies|co-?operatives)\b", re.I)


# ---------------------------------------------------------------- departures


def _seniority(title: str) -> str | None:
    for pattern, seniority in _SENIORITY_WORDS:
        if pattern.search(title):
            return seniority
    return None


def _departure(company: str, person: str | None, title: str | None, verb: str, why: str) -> DetectedEvent:
    title = " ".join(title.split()) if title else None
    if title:
        title = re.sub(rf"^(?:its|the|top|{_TITLE_STANDING})\s+", "", title, flags=re.I)
    abrupt = bool(_ABRUPT.search(verb))
    return DetectedEvent(EXECUTIVE_DEPARTURE, company, person=person, title=title,
                         seniority=_seniority(title) if title else None, abrupt=abrupt,
                         reason=why)


# An employee's own post about leaving ("Today was my last day at Plinth Robotics", "I'm stepping down as CFO at
# the end of the month", "Friday was my final day as Head of People at Caskwood Brewing"): the writer is the one who
# leaves. It is an executive's departure when the post gives the writer's post "as" an executive title and names
# the employer ("at Bluefen Bank", "Fathom Ledger's finance function").
_FIRST_PERSON_EXIT = re.compile(
    r"(?i)\b(?:(?:today|friday|yesterday|this|it)\s+(?:is|was)\s+my\s+(?:last|final)\s+day|my\s+(?:last|final)\s+day\s+"
    r"(?:at|as|with|will\s+be|is|was)|I\s*(?:am|['’]m|have|['’]ve|will|['’]ll|had)?\s+(?:be\s+|been\s+)?(?:stepping\s+down|"
    r"leaving|retiring|resigned|resigning|left|departing|moving\s+on\s+from)|"
    # the writer removed ("I was let go as CMO of Orchard Lane Apparel yesterday", "got fired from my own company")
    r"I\s+(?:was|got|have\s+been|['’]ve\s+been)\s+(?:let\s+go|fired|dismissed|ousted|pushed\s+out|removed)|"
    # a post (or its text after a headline) that opens with the day ("Last day as VP of Engineering at Glintly")
    r"(?:^|(?<=\.\s))\W*last\s+day\s+(?:as|at)|handed\s+in\s+my\s+(?:badge|notice|"
    r"resignation)|wrapped\s+up\s+(?:\w+\s+){0,3}years?\s+at)\b")
# ("I" or "my" as a word, the letters first: a pattern opening with a letter is scanned for it, one opening with \b is
# tried at every position)
_FIRST_PERSON_WORD = re.compile(r"I\b(?<!\wI)|[Mm]y\b(?<!\w[Mm]y)")
_LAST_DAY_OPENING = re.compile(r"(?:^|(?<=\.\s))\W*[Ll]ast\s+day\b")  # (searched only where "day" is: a tenth the cost)
_DATED_IN_A_PAST_YEAR = re.compile(r"\s+in\s+(?:19|20)\d\d\b")
_NAME_NEXT = re.compile(r"\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*")
# the writer's post: "as CEO", or a function the writer ran ("running the growth team here": its head)
_WRITERS_POST = re.compile(rf"\bas\s+(?:the\s+|our\s+|its\s+)?(?P<title>{_TITLE})\b"
                           r"|\b(?:running|leading|ran|led|heading|headed)\s+(?:the\s+|our\s+)?(?P<function>[a-z]+)\s+"
                           r"(?:team|org|organi[sz]ation|department|division|function)\b")
# the employer after the post or the exit: "my last day at Fernhill"; else "as CEO of Larchmere", "I'm leaving
# Fernhill" (after "at", "with", "from" only where none is: "as Head of People at Caskwood Brewing")
_EMPLOYER_AT = re.compile(r"\b(?:at|with|from)\s+$")
_EMPLOYER_OF = re.compile(r"\b(?:of|leaving|left)\s+$")


def first_person_exit(title: str, text: str) -> DetectedEvent | None:
    """The writer's own exit, in a post ("Today was my last day at ..."), as an executive of a named company."""
    story = f"{title}. {text}" if title else text
    if not (_FIRST_PERSON_WORD.search(story) or ("day" in story and _LAST_DAY_OPENING.search(story))) \
            or not (told := _FIRST_PERSON_EXIT.search(story)):
        return None  # (no "my" and no "I": no first person, and the costlier search is spared)
    left = _NAME_NEXT.match(story, told.end())  # (the company left, if named: "I left Ferrow in 2009")
    if _DATED_IN_A_PAST_YEAR.match(story, left.end() if left else told.end()):
        return None  # "'I left Ferrow in 2009 to build something new'": a look back, no exit now
    post = _WRITERS_POST.search(story)
    if post is None:
        return None
    sentences = [title, *_SENTENCE_END.split(text or "")]
    for employer_before in (_EMPLOYER_AT, _EMPLOYER_OF):  # "at Caskwood Brewing" before "Head of People"
        for sentence in sentences:
            for span in _name_spans(sentence) if sentence else ():
                if not _TITLE_RE.fullmatch(span.text) and (
                        employer_before.search(sentence[max(0, span.start - 8):span.start])
                        or span.text.endswith(("'s", "’s")) or re.match(r"['’]s\b", sentence[span.end:span.end + 2])):
                    return _departure(_clean_name(span.text), None, post["title"] or f"head of {post['function']}",
                                      "leaves", f'"{" ".join(told.group(0).split())}" (the writer\'s own exit)')
    return None


def _is_historical(sentence: str, start: int, end: int, year: int | None) -> bool:
    if _HISTORICAL.search(sentence[:start]):
        return True
    later = _PAST_YEAR_AFTER.match(sentence[end:])
    if later:
        if later.group(2):
            return True
        return year is not None and int(later.group(1)) < year - 0
    return False


_TITLE_COMPANY_GAP = re.compile(r"^(?:'s|’s|')?\s*(?:(?:board|'s\s+board|U\.S\.|US|UK|EU|China|Europe|Asia|India|"
                                r"Japan|global|international|North\s+America|previous|outgoing|departing|current|"
                                r"[a-z]+-[a-z]+)\s*)*$")
# A name that labels a note or a line before its title: "Radley Motors: CEO ...", "Ormond Retail -- CEO ..."
_TOPIC_LABEL_GAP = re.compile(r"\s*(?::|--|[-–—])\s*(?:(?:the|its)\s+)?")


def _company_of_title(sentence: str, names: list[_Span], title_start: int) -> str | None:
    """"Ford China CEO", "Apple's CFO", "CEO of Acme": the company that an executive's title names. A function
    that capitals glue to the name is the title's ("BRANDT-WHEELER (BWL) MARKETING VICE PRESIDENT LEAVES",
    "Acme Sales Director"): the company is the name before it."""
    before = _span_before(names, title_start, sentence, _TITLE_COMPANY_GAP)
    if before and before.start > 0 and (_TITLE_COMPANY_GAP.match(before.text) or _a_region(before.text)):
        # a region the post covers, read as a name ("Darrow Cloud's North America sales chief", "Sorrelin
        # Software's Asia-Pacific managing director"): the company is the name before it
        owner = _span_before(names, before.start, sentence, _TITLE_COMPANY_GAP)
        if owner or _TITLE_COMPANY_GAP.match(before.text):
            before = owner
    adjective = None
    if before and _an_adjective_in_title_case(before.text, sentence):
        adjective, before = before, None  # "Corliss Freight: Abrupt CFO Exit", "Sudden CEO Exit Rattles Halden"
    label_end = adjective.start if adjective else title_start
    if not before and names and names[0].start <= 2 and names[0] is not adjective and \
            _TOPIC_LABEL_GAP.fullmatch(sentence, names[0].end, label_end):
        before = names[0]  # "Radley Motors: CEO Glen Hope retired early", "Ormond Retail -- CEO Karen Beal stepped down"
    if not before:
        return None
    words = before.text.split()
    kept = list(words)
    # Only before a post a function has ("Sales Director", "MARKETING VICE PRESIDENT"): "Tolley Retail CFO"
    # is the CFO of Tolley Retail.
    while kept and kept[-1].lower() in _TITLE_FIELD_WORDS and _FUNCTION_POST.match(sentence, title_start):
        kept.pop()
    if kept == words:
        return _clean_name(before.text)
    if kept:
        return _clean_name(" ".join(kept))
    earlier = _span_before(names, before.start, sentence, _TITLE_COMPANY_GAP)
    return _clean_name(earlier.text) if earlier else None


# The words of a region that a post covers, beside the places' own names: "Asia-Pacific", "EMEA", "Central Europe"
_REGION_WORDS = frozenset("""pacific apac emea latam americas nordic nordics benelux dach anz mena middle east west north
south central eastern western northern southern""".split())


def _a_region(name: str) -> bool:
    """A name made only of places' and regions' words, as a post's region is written ("Asia-Pacific", "EMEA")."""
    words = re.findall(r"[A-Za-z]+", _POSSESSIVE_END.sub("", name).lower())
    return bool(words) and all(word in _REGION_WORDS or word in bundled_proper_words() for word in words)


def _an_adjective_in_title_case(name: str, sentence: str) -> bool:
    """One word of an exit's abruptness (the vocabulary's ABRUPT), which Title Case capitalised before a post
    ("Abrupt", "Sudden", "Surprise"): how the exit came, not the company."""
    return " " not in name and _ABRUPT.fullmatch(name) is not None and _shouts_or_titles(sentence)


_TITLE_FIELD_WORDS = frozenset(word for field in TITLE_FIELDS for word in field.split())
_FUNCTION_POST = re.compile(r"(?i)(?:senior\s+|executive\s+|group\s+)?(?:vice\s+president|vp|svp|evp|director|head|"
                            r"manager|chief(?!\s+(?:executive|financial|operating|technology|information)))\b")


# "$GPS (8.26, -0.50, -5.7%): ", "$NEO - ": a post's cashtag and quote before its sentence.
_CASHTAG_OPENING = re.compile(r"^\s*(?:\$[A-Z][A-Z.]{0,6}\s*(?:\([^)]{0,40}\))?\s*)+[:\-–—]?\s*")
# "... as CEO steps down", "... and its CEO will retire", "; CFO quits": a bare title opening a later clause.
_CLAUSE_THEN_TITLE = re.compile(r"(?:\b(?:as|after|while|and|amid|with)\s+|[;,]\s*)(?:(?:its|the|company's)\s+)?$", re.I)


def _subject_company(sentence: str, names: list[_Span], title_start: int) -> str | None:
    """"Halden shares slide after CEO quits", "$GPS: Gap was downgraded ... and CEO will step down": a bare
    title in a later part of a clause is the post at the company the clause opens with. A common word
    opening it ("Investors cheer as CEO quits") is a company only after a cashtag that names it."""
    if not names or not _CLAUSE_THEN_TITLE.search(sentence[:title_start]):
        return None
    opening = _CASHTAG_OPENING.match(sentence)
    # the clause that holds the title: "..., GPS slides as CEO steps down" is GPS's
    clause = max(sentence.rfind(mark, 0, title_start) for mark in ",;:")
    start = max(opening.end() if opening else 0, clause + 1)
    start += len(sentence[start:]) - len(sentence[start:].lstrip(" \"“‘'"))
    subject = next((span for span in names if span.start >= start), None)
    if subject is None or subject.start != start or subject.end >= title_start or _is_ticker_aside(sentence, subject):
        # (nor a listing's aside, whose colon opens no clause: "Redline Motorsports Inc. (OTC: RDLN) announced that ...")
        return None
    if _DEPART_VERB_LC.search(sentence[subject.end:title_start].lower()):
        return None  # "Cahill has decided to step down as Chief Executive": "as" names the post, not a clause
    name = _clean_name(subject.text)
    if not name or (name.lower() in bundled_common_words() and not opening):
        return None
    return name


def _opening_company(sentence: str, names: list[_Span]) -> str | None:
    if names and not sentence[: names[0].start].strip(" \"“‘'") and _OPENING_SUBJECT_VERB.match(
            sentence[names[0].end:]):
        return _clean_name(names[0].text)
    return None


def _detect_departures(sentence: str, names: list[_Span], in_headline: bool, year: int | None
                       ) -> list[DetectedEvent]:
    events: list[DetectedEvent] = []
    taken: list[tuple[int, int]] = []
    lowered = sentence.lower()
    # An obituary of someone who had already left ("Former Acme CEO Jane Roe dies at 88", "who retired in
    # 1990, died") reports no change at the company: only a death in office is a departure.
    death_after_leaving = bool(_DEATH.search(lowered) and _LEFT_BEFORE.search(lowered))
    if _reelected_by_rotation(lowered):
        return events  # "Three retiring directors were re-elected at the AGM": a rotation, nobody leaves

    def claim(match: re.Match) -> bool:
        start, end = match.start(), match.end()
        if any(start < e and s < end for s, e in taken):
            return False
        if death_after_leaving and "verb" in match.re.groupindex and _DEATH.search(match["verb"].lower()):
            return False
        taken.append((start, end))
        return True

    for match in _COMPANY_REMOVES.finditer(sentence) if _COMPANY_REMOVES_WORDS.search(lowered) else ():
        if _DEMANDED_BEFORE.search(sentence, max(0, match.start() - 80), match.start()) or \
                _TRIED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # "urged Delancey Shoes to replace Chief Executive Raymond Gill", "fails to unseat": not done
        company_span = _span_before(names, match.start(), sentence, _DEPARTURE_SUBJECT_GAP)
        company = _clean_name(company_span.text) if company_span else None
        # "Oakmere replaces CEO at snack maker Tillerman Foods": an owner removes the executive of the company named
        # after the title
        at = _TITLE_AT.match(sentence, match.end()) if match["title"] and not match["person"] else None
        employer = _span_after(names, at.end(), sentence) if at else None
        if employer is not None:
            company_span, company = employer, _clean_name(employer.text)
        raw_person = match["person"] or match["person2"]
        title = match["title"]
        # (a legal form's dot before the title: "replaced Hargreave Appliance Co. chief executive Tim Hargreave")
        gap = re.match(r"\.?\s+" if _LEGAL_FORM_END.search(raw_person or "") else r"\s+", sentence[match.end():])
        owned = _TITLE_RE.match(sentence, match.end() + gap.end()) if gap and match["person2"] and not title else None
        inner = _TITLE_RE.search(sentence, match.start("person2"), match.end()) if match["person2"] and not title \
            and owned is None else None
        if inner and inner.start() > match.start("person2") and inner.group(0).isupper():
            # "replaced Ostler Foods CEO Jane Roe": an abbreviated title inside the capitalised run ends the employer
            raw_person, owned = sentence[match.start("person2"):inner.start()].strip(), inner
        if owned and not re.match(r"\s+(?:of|at)\b", sentence[owned.end():]):
            # "Activist ousts Redfield Transport chairman": the name the title follows with no "as" is the employer
            # whose post it is ("ousts Jane Roe as chairman" names the person), not a person; the person, if one
            # follows the title, is the one who leaves
            company, raw_person = _clean_name(raw_person), None
            title = owned.group(0)
            named = _PERSON_AFTER_TITLE.match(sentence, owned.end())
            raw_person = named["person"] if named else None
        if company is None and not in_headline and _PRONOUN_SUBJECT_BOARD.search(sentence[: match.start()]):
            company = ""  # "The board ousted its co-CEO": a departure whose company the sentence leaves out
        # "Acme fires Brigade": whom a company removes, named with no title, is a name, not a common word
        if company is None or not (title or (_named_person(raw_person, surname_alone=False)
                                             and not _LEGAL_TAIL.search(raw_person.rstrip(" ,")))):
            continue  # ("removed Bellbird Homes Ltd from the official list": a company removed, nobody's exit)
        if not title and (_A_THING_ENDED.search(raw_person) or _A_THING_ENDED.match(
                sentence, match.end() + len(gap.group(0)) if gap else match.end())):
            # "Terminates Merger Agreement With Pelham Surgical": Title Case writes the thing ended as a name;
            # "terminates Meyer Organics merger": the name is the other side's, before the thing ended
            continue
        if not title and match["verb"].lower().startswith("replac"):
            continue  # "Hackett replaces Fields as Ford CEO": one person succeeds another (_SUCCEEDS reads it)
        if title and not raw_person and re.fullmatch(r"(?i)(?:the\s+)?(?:chief|director|executives?|execs?)",
                                                               title.strip()):
            continue
        if _is_historical(sentence, company_span.start if company_span else match.start(), match.end(), year) or \
                not claim(match):
            continue
        person = _clean_person(raw_person) if _person_like(raw_person) else None
        if company and person and company.lower().startswith(person.lower()):
            continue
        events.append(_departure(company, person, title, match["verb"],
                                 f'"{" ".join(match["verb"].split())}"'))
    has_depart_verb = bool(_DEPART_VERB_LC.search(lowered))
    for match in _TITLE_PERSON_VERB.finditer(sentence) if has_depart_verb else ():
        if not claim(match):
            continue
        if _is_historical(sentence, match.start(), match.end(), year):
            continue
        title, person, verb = match["title"], match["person"], match["verb"]
        described = _TITLE_OF_AN_ORGANISATION.match(title) if person else None
        if described:
            # "The head of French luxury group Maison Delacroix stepped down": the name is the organisation
            events.append(_departure(_trim_name(_clean_name(person)) or "", None, described["post"], verb,
                                     f'"{_short(described["post"])} ... {" ".join(verb.split())}"'))
            continue
        if person and not _person_like(person):
            person = None
        if re.fullmatch(r"(?i)(?:the|its)?\s*(?:chief|director|directors|executives?|execs?|boss)", title.strip()) \
                and not person and not re.match(r"(?i)\s*(?:top|\d+|four|three|two|several)", title):
            if not re.search(r"(?i)execs?|executives", title):
                continue
        company = _company_of_title(sentence, names, match.start())
        # the company the verb's object names is the one left: "Ravenmark founders depart Ostrel" (the buyer of
        # their start-up), "Flickerly founders leave Portalia"
        left = re.match(rf"\s+({_NAME_RUN})", sentence[match.end():]) if company and _LEAVES_COMPANY.match(
            verb.strip()) else None
        # (not Title Case's next word: "Chief Medical Officer Departs Ahead of FDA Decision")
        if left and not _TITLE_RE.match(left.group(1)) and left.group(1).split()[0].lower() not in bundled_common_words() \
                and _trim_name(_clean_name(left.group(1))):
            company = _trim_name(_clean_name(left.group(1)))
        leaves_from = re.match(rf"\s+(?i:from|at)\s+({_NAME_RUN})", sentence[match.end():])
        if company is None and leaves_from:
            company = _trim_name(_clean_name(leaves_from.group(1)))
        hired_by = _hiring_company(sentence, names, match.start())
        if company is None and hired_by is None:
            company = _opening_company(sentence, names) if not in_headline or names else None
        if company is None and hired_by is None:
            company = _subject_company(sentence, names, match.start())
        if company is None and in_headline:
            continue
        events.append(_departure(company or "", _clean_person(person) if person else None, title, verb,
                                 f'"{_short(title)} ... {" ".join(verb.split())}"'))
    for match in _PERSON_VERB_AS.finditer(sentence) if has_depart_verb else ():
        if not _named_person(match["person"]) or not claim(match):
            continue
        if _is_historical(sentence, match.start(), match.end("verb"), year):
            continue
        event = _person_departure(sentence, names, match, in_headline)
        if event:
            events.append(event)
    for match in _NOUN_OF_PERSON.finditer(sentence) if _DEPARTURE_NOUN_OF.search(lowered) else ():
        if not _named_person(match["person"]) or not claim(match):
            continue
        if _is_historical(sentence, match.start(), match.end("verb"), year):
            continue
        event = _person_departure(sentence, names, match, in_headline)
        if event and event.company:
            events.append(event)
    for match in _PRONOUN_VERB_AS.finditer(sentence) if has_depart_verb else ():
        event = _pronoun_departure(sentence, names, match)
        if event and not _is_historical(sentence, match.start(), match.end("verb"), year) and \
                claim(match):
            events.append(event)
    for match in _THOSE_LEAVING.finditer(sentence) if has_depart_verb else ():
        if _person_like(match["person"]) and claim(match):
            at = re.match(rf"[^,;]{{0,40}}?\b(?:at|of)\s+({_NAME_RUN})", sentence[match.end():])
            company = _trim_name(_clean_name(at.group(1))) if at else None
            events.append(_departure(company or "", _clean_person(match["person"]), match["title"], match["verb"],
                                     f'"{" ".join(match["verb"].split())}"'))
    if "contract" in lowered or "term" in lowered:
        events += [event for match in _NOT_RENEWED.finditer(sentence) if claim(match)
                   and not _is_historical(sentence, match.start(), match.end(), year)
                   for event in [_term_not_renewed(sentence, names, match)] if event]
    if _HIRES_FROM.pattern and _HIRE_WORDS.search(sentence):
        events += _hired_away(sentence, names)
    # (founders who join the buyer with their company, "as startup gets acquired", leave no post behind)
    joins_with_a_deal = "acqui" in lowered or "merg" in lowered
    for match in _JOINS_ANOTHER.finditer(sentence) if _JOINS_WORDS.search(lowered) and not joins_with_a_deal else ():
        company = _company_of_title(sentence, names, match.start())
        joined = _trim_name(_clean_name(match["joined"]))
        if not company or not joined or company.split()[0].lower() == joined.split()[0].lower() or \
                _JOINS_BESIDE.match(sentence[match.end():]) or _is_historical(sentence, match.start(), match.end(), year) \
                or not claim(match):
            continue
        person = _clean_person(match["person"]) if match["person"] and _person_like(match["person"]) else None
        events.append(_departure(company, person, match["title"], match["verb"],
                                 f'"{_short(match["title"])} ... {" ".join(match["verb"].split())} {joined}"'))
    for match in _SUCCEEDS.finditer(sentence) if _SUCCEEDS_WORDS.search(lowered) else ():
        if not _person_like(match["person"]) or _DEMANDED_BEFORE.search(
                sentence, max(0, match.start() - 80), match.start() + 3) or not claim(match):
            continue  # ("urged Delancey Shoes to replace Chief Executive Raymond Gill": asked for, not done)
        event = _succession(sentence, names, match)
        if event:
            events.append(event)
    return events


# A post left when its term ends: "will not extend his contract expiring in June", "will not stand for another term
# as chairman of the management board", "Rheinfeld Versicherung will not extend CEO's contract"
_NOT_RENEWED = re.compile(
    r"(?i)\b(?:will|would|does|did|(?:has\s+)?decided|is\s+not\s+going)\s+not\s+(?:to\s+)?(?:extend|renew)\s+"
    r"(?:(?:his|her|their|its|the)\s+)?(?:[\w'’-]+\s+){0,2}?contract\b"
    r"|\b(?:will|would|does|did|(?:has\s+)?decided)\s+not\s+(?:to\s+)?(?:stand|run)\s+for\s+(?:another|a\s+(?:further|new|"
    r"second|third)|re-?election)\b|\b(?:will|would)\s+not\s+seek\s+(?:another|a\s+(?:further|new|second|third))\s+term\b"
    r"|\b(?:will|would)\s+not\s+seek\s+re-?election\b")


def _term_not_renewed(sentence: str, names: list[_Span], match: re.Match) -> DetectedEvent | None:
    """The exit of a post whose term is not renewed: the title's company (before it, "Tiroler Alpenbank's", or after
    "of"/"at"), else the sentence's subject; none without a title in the sentence."""
    title = _TITLE_RE.search(sentence)
    if title is None:
        return None
    company = _company_of_title(sentence, names, title.start())
    if company and " " not in company and company.lower() in bundled_common_words():
        company = None  # "Risk board member of Tiroler Alpenbank": the post's field, capitalised as the headline opens
    if company is None:
        after = [span for span in names if span.start >= title.end()
                 and re.fullmatch(r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?", sentence[title.end():span.start])]
        if not after:
            # ("chairman of the management board of Bergstraße Pharma AG", "responsible for risk at Tiroler Alpenbank AG")
            after = [span for span in names if title.end() <= span.start < title.end() + 80
                     and re.search(r"\b(?:of|at)\s+(?:the\s+)?$", sentence[:span.start])]
        subject = names[0] if names and names[0].start < match.start() and not _person_like_only(names[0].text) else None
        company = _clean_name(after[0].text) if after else _clean_name(subject.text) if subject else None
    if not company or _A_PUBLIC_BODYS_WORD.search(company):
        return None  # (nor a commission's chairman: "the chairman of the Railroad Commission of Texas")
    return _departure(company, None, title.group(0), match.group(0), f'"{" ".join(match.group(0).split())}"')


_A_PUBLIC_BODYS_WORD = re.compile(r"\b(?:Commission|Authority|Agency|Board|Council|Department|Ministry|Bureau|Office)\b")


def _person_like_only(name: str) -> bool:
    """A run that reads as a person's name and ends like no company's: "Gerhard Pichler"."""
    return _person_like(name) and not _ends_like_a_business(name) and len(name.split()) == 2 and \
        name.split()[0].lower() in bundled_proper_words()


# What a company ends or drops that is no person: an agreement, a deal, a plan.
_A_THING_ENDED = re.compile(r"(?i)\b(?:merger|agreements?|deals?|contracts?|leases?|plans?|offers?|bids?|talks|"
                            r"partnerships?|licen[cs]es?|programs?|programmes?|transactions?)\b")
_TITLE_AT = re.compile(r"\s+(?:at|of)\s+(?:the\s+|its\s+)?")
# Words without one of which _COMPANY_REMOVES or _SUCCEEDS cannot match: a cheap scan spares the costly one.
_COMPANY_REMOVES_WORDS = re.compile(rf"\b(?:{_W(REMOVES)}|{_W(ANNOUNCED)}|{_W(SUCCESSOR)}|renew|passing\s+of)")
_SUCCEEDS_WORDS = re.compile("|".join(vocabulary.hints(SUCCEEDS, SUCCESSOR)) + r"|in\s+place\s+of|over\s+from|reins\s+from")
_HIRE_WORDS = re.compile(rf"(?i)\b(?:{'|'.join(vocabulary.hints(HIRES_AWAY))})")
_LEAVES_COMPANY = re.compile(rf"(?i)\b(?:{'|'.join(vocabulary.hints(LEAVES_COMPANY))})")  # "quits Acme"
_PRONOUN_SUBJECT_BOARD = re.compile(r"(?i)\b(?:it|the\s+(?:company|firm|board|group|bank|retailer|automaker))"
                                    r"(?:'s\s+board)?(?:\s+(?:also|has|had|then|abruptly|finally))*\s+$")
_DEPARTURE_SUBJECT_GAP = re.compile(
    r"^(?:'s|’s)?\s*(?:(?:board(?:\s+of\s+directors)?|directors|,[^,]{1,80},|said|says|has|have|had|will|would|"
    r"is|to|abruptly|suddenly|also|finally|officially|formally|on\s+\w+day|\w+day|reportedly|announced|"
    r"announces|plans\s+to|set\s+to|moves\s+to|moved\s+to|it|has\s+decided\s+to|decided\s+to|"
    # "Kaede Motor Corp.'s board voted unanimously on Thursday to remove Chairman ..."
    r"vot(?:e|es|ed|ing)|unanimously|agreed\s+to|agrees\s+to|"
    # an exchange's announcement of a death ("Aldridge Mining Corp. (OTC: ALDM) regrets to announce the death of", "the
    # board of Nardoo Pastoral Company Limited advises of the sudden passing of"): its listing aside, its regrets
    r"\([^()]{1,30}\)|advis(?:es|ed)(?:\s+with\s+(?:deep\s+)?regret)?(?:\s+(?:of|that))?|regrets?\s+to(?:\s+announce)?|"
    r"announces\s+with\s+(?:deep\s+)?(?:regret|sadness))\s*)*$",
    re.I,
)


def _person_like(text: str | None) -> bool:
    if not text or not _clean_person(text):
        return False
    words = _clean_person(text).split()
    if len(words) == 1 and words[0].lower() in {"inc", "corp", "co", "ltd", "group"}:
        return False
    if "&" in words:
        return False  # a firm joins its founders' names so ("Marrowby & Finch"); a person's name never
    # An acronym is an organisation ("AI", "IBM"), unless the whole headline shouts.
    return any(ch.islower() for ch in text) or len(words) >= 2


def _named_person(text: str | None, surname_alone: bool = True) -> bool:
    """Person-like, and a name rather than capitalised words of a Title Case headline: some word of it is no
    ordinary word and no country ("London Fire Brigade", "Fire Defect Affecting Owners", "Looking At The
    Russia Exit" have none; "Jane Roe", "Tim Cook" do)."""
    if not _person_like(text):
        return False
    words = [_word_core(word) for word in _clean_person(text).split()]
    if (len(words) < 2 and surname_alone) or _HONORIFIC_START.match(text):
        return True  # a surname alone ("Battle steps down as CEO"), "Mr. Province": nothing to tell by
    common = bundled_common_words()
    return any(word not in common and word not in _COUNTRIES and word not in _STOP_SET for word in words)


_HONORIFIC_START = re.compile(r"\s*(?:Mr|Mrs|Ms|Dr|Sir|Dame)\b")
_POSSESSIVE_S_END = re.compile(r"(?:'s|’s)$")


def _clean_person(person: str) -> str:
    words = person.strip(" ,.;:").split()
    while words and _word_core(words[-1]) in _STOP_SET:
        words.pop()
    while words and _word_core(words[0]) in _STOP_SET:
        words.pop(0)
    return _POSSESSIVE_S_END.sub("", " ".join(words))


def _short(title: str) -> str:
    return " ".join(title.split())


def _hiring_company(sentence: str, names: list[_Span], title_start: int) -> str | None:
    """"Apple hires Tesla's CFO ...": returns the hirer when the sentence is about a hire."""
    company = _span_before(names, title_start, sentence, re.compile(r"^(?:'s|’s)\s*$"))
    if company and _HIRES_FROM.search(sentence[: company.start]):
        return _clean_name(company.text)
    return None


def _describing_words_only(gap: str) -> bool:
    """One or two lower-case words that describe the name after them ("fintech", "online retailer"), no preposition."""
    words = gap.split()
    return 0 < len(words) <= 2 and gap.endswith(" ") and all(
        _DESCRIPTOR_RE.fullmatch(word) and word not in _PREPOSITIONS and word[0].islower() for word in words)


def _pronoun_departure(sentence: str, names: list[_Span], match: re.Match) -> DetectedEvent | None:
    """The post must open what follows "as" and its employer follow "of" or "at"; the person is the last
    person the sentence named before the pronoun, when it named one."""
    title = _TITLE_RE.match(match["rest"])
    if not title:
        return None
    after = re.match(r"\s*,?\s*(?:of|at)\s+(?:the\s+board\s+(?:of\s+)?)?", match["rest"][title.end():])
    if not after:
        return None
    employer = _name_spans(match["rest"][title.end() + after.end():])
    if not employer or employer[0].start != 0:
        return None
    people = [span for span in names if span.end <= match.start() and _person_like(span.text)]
    person = _clean_person(people[-1].text) if people else None
    return _departure(_clean_name(employer[0].text), person, title.group(0), match["verb"],
                      f'"{" ".join(match["verb"].split())}"')


# "The president of Hanbit Shipping resigned", "the general counsel of Beaumont Chemical, Frances Lyle, resigned",
# "chief executive of discount retailer Pennimore's", "a member of the Board of Directors of Calder Ridge": a
# title and "of" before a name make it the employer, whatever the name looks like. Descriptors may stand between.
_NATIONALITY = r"[A-Z][a-z]+(?:an|ese|ish|ch|i)"
_TITLE_OF_BEFORE = re.compile(
    rf"(?:\b(?P<title>{_TITLE})|\b(?i:board\s+of\s+directors))\s+of\s+(?:the\s+)?"
    rf"(?:(?:{_NATIONALITY}|[a-z][a-z'’-]*|[A-Z][a-z]+-based)\s+){{0,4}}$")
# A title whose field is an organisation described, not named ("head of French luxury group"): the name after it is
# that organisation.
_TITLE_OF_AN_ORGANISATION = re.compile(rf"(?i)^(?P<post>.+?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}(?:{_BUSINESS_NOUN}|"
                                       r"maker|retailer|lender|insurer|airline|carrier|automaker|meatpacker|"
                                       r"conglomerate|giant|bank)$")


def _title_before(sentence: str, start: int) -> re.Match | None:
    """The title and "of" that make the name at `start` an employer ("the president of Hanbit Shipping")."""
    return _TITLE_OF_BEFORE.search(sentence[max(0, start - 160):start])


_PERSON_OF_BEFORE = re.compile(r"(?P<person>[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+)\s+of\s+$")


def _ends_like_a_business(run: str) -> bool:
    """A name that ends as companies' do, or in a kind of business ("Dempsey Creamery", "Tillbrook Dairies")."""
    last = run.split()[-1].lower().strip(".,") if run.split() else ""
    return _ends_like_a_company_name(run) or (len(run.split()) >= 2 and (
        a_kind_of_company(last) or a_kind_of_company(last.removesuffix("s")) or
        (last.endswith("ies") and a_kind_of_company(last[:-3] + "y"))))


def _ends_like_a_company_name(run: str) -> bool:
    """"Tallis Mutual Holdings", "Dunberry Data Corp.": a legal form, or a word that ends many of the catalogue's
    names (or its plural or singular: "Takasago Motors"), ends the run, or a company's word in another language
    opens it ("Banca Lariana", "Grupo Alcarria"): never a person's name, however many words it has."""
    words = run.split()
    if len(words) < 2:
        return False
    last = words[-1].lower().strip(".,")
    endings = bundled_name_endings()
    # (or the plural of a kind of company in "-ies", as no surname is: "Hathersage Breweries", "Beaupré Dairies";
    # "Davies" is no kind's)
    return bool(_LEGAL_TAIL.search(run)) or last in endings or (last.endswith("s") and last[:-1] in endings) or \
        (last.endswith("ies") and (last[:-3] + "y" in endings or a_kind_of_company(last[:-3] + "y"))) or \
        last + "s" in endings or words[0].lower() in _COMPANY_OPENERS or _A_MUTUALS_TAIL.search(run) is not None


_AN_INDEX_NUMBER = re.compile(r"\s+\d")  # "LNX 40", "SmallCap 600": a name with a number is an index or a list


def _a_trade_not_a_surname(run: str) -> bool:
    """"Norbeck Appliances", "Sandvold Marine": no given name opens the run and an ordinary word ends it, so a company's
    name, not a person's ("Tim Cook" opens with a given name). Read only where what the run leaves is named with a number
    and nothing else (a title, "as CEO") tells a person: "Sandvold Marine leaves LNX 40" is a company leaving an index
    ("Ngozi Walker leaves Lumencart" is a person)."""
    words = [_word_core(word) for word in run.split()]
    return len(words) >= 2 and words[0] not in bundled_proper_words() and words[-1] in bundled_common_words() \
        and words[-1] not in bundled_proper_words()


# The forms of member-owned firms, which the SEC's catalogue (of companies with shareholders) hardly holds: "Ashby Wolds
# Building Society", "Summitline Federal Credit Union", "Kilcarrow Co-operative Creamery", "Heartland Fields Cooperative"
_A_MUTUALS_TAIL = re.compile(r"\b(?:Building\s+Society|Friendly\s+Society|Co-?operative\s+Society|Credit\s+Union|"
                             r"Co-?operative(?:\s+[A-Z][a-z]+)?|Co-?op|Mutual(?:\s+[A-Z][a-z]+)?)$")


# A company's word that opens its name in Italian, Spanish, Portuguese, French and German ("Banca Lariana").
_COMPANY_OPENERS = frozenset("""banca banco banque grupo groupe gruppo compagnie compania compañía companhia sociedad
société societe industrias industrie laboratorios laboratoires aerolineas aerolíneas cementos""".split())


def _person_departure(sentence: str, names: list[_Span], match: re.Match, in_headline: bool) -> DetectedEvent | None:
    """"Jane Roe resigns as CEO of Acme", "Steve Jobs resigns as Apple CEO", "Jane Roe quits Acme"."""
    person = _clean_person(match["person"])
    verb = match["verb"]
    if _BUSINESS_LEFT.match(sentence.lower(), match.start("verb")) or _PROCEDURE_LEFT.match(
            sentence.lower(), match.start("verb")):
        return None  # "Harlow Mills exits Mexican market", "Pemberton Exits Bankruptcy": a company leaving, no person
    who = _PERSON_OF_BEFORE.search(sentence, 0, match.start("person"))
    if who and _ends_like_a_company_name(person):
        # "CEO Harold Venn of Tallis Mutual Holdings retired": a person, "of", then the employer before the verb
        titles = [found.group(0) for found in _TITLE_RE.finditer(sentence, 0, who.start())]  # the nearest is theirs
        return _departure(_trim_name(_clean_name(match["person"])) or "", _clean_person(who["person"]),
                          titles[-1] if titles else None, verb, f'"{" ".join(verb.split())}"')
    if who is None and _title_before(sentence, match.start("person")) is None and (
            _ends_like_a_company_name(person) or (match["left_company"] and _AN_INDEX_NUMBER.match(sentence, match.end("left_company"))
                                                  and _a_trade_not_a_surname(person))):
        # "its agreement to be acquired by Halloway Beverage Group has been terminated", "Westmark Homes exits
        # Tucson": a company's name as the one leaving is a contract ending or a company leaving a place, nobody's exit
        return None
    employer = _title_before(sentence, match.start("person"))
    words = person.split()
    if employer and len(words) >= 3 and words[-2].lower() in bundled_proper_words():
        employer = None  # "Vice President of Investor Relations Marcus Hale": a field, then the person
    elif employer and re.search(r"\bof\s+(?:the\s+)?[a-z]", employer.group(0)) and \
            not _ends_like_a_company_name(person) and "," not in sentence[match.end("person"):match.start("verb")]:
        # "vice president of publishing Ewan McAllister has left": the title's "of" is a field in lower case, so the
        # run after it is the person, not the employer "the president of Hanbit Shipping" names
        employer = None
    if employer:
        # "The general counsel of Beaumont Chemical, Frances Lyle, resigned": the run was the employer; the
        # person, if any, is the aside between it and the verb
        aside = re.search(rf"({_PERSON})", sentence[match.end("person"):match.start("verb")])
        person = _clean_person(aside.group(1)) if aside and _person_like(aside.group(1)) else None
        title = employer["title"] or "director"
        return _departure(_trim_name(_clean_name(match["person"])) or "", person, title, verb,
                          f'"{" ".join(verb.split())}"')
    rest = match["rest"] or ""
    title = company = None
    owned = re.match(r"(.+?)(?:'s|’s)\s+(.+)", person)
    if owned:  # "Activision's Bobby Kotick"
        company, person = _trim_name(owned.group(1)), owned.group(2)
    if rest:
        # "as Apple CEO", "as CEO of Acme", "from Acme's board", "as chairman of the board of Acme"
        found = _TITLE_RE.search(rest)
        if found and found.start() <= 40:
            title = found.group(0)
            after = re.match(r"\s*(?:of|at)\s+(?:the\s+board\s+(?:of\s+)?)?(?P<c>.+)", rest[found.end():])
            rest_names = _name_spans(rest)
            if after:
                # (the sentence's own runs, where it has one there: a name read alone at its start may lose a word that
                # reads as a verb there, "Holloway Signs Limited")
                at = match.start("rest") + found.end() + after.start("c")
                inner, within = [span for span in names if span.start >= at], sentence
                if not inner or inner[0].start != at:
                    inner, within, at = _name_spans(after["c"]), after["c"], 0
                if inner and (inner[0].start == at or _describing_words_only(within[at:inner[0].start])):
                    # (after a word or two describing it: "of fintech PayKhata"; not the place that describes the name
                    # after it: "of Kettering housebuilder Pelham Stour Homes")
                    company = _clean_name(_described_name(inner, inner[0], within).text)
            if company is None:
                before = [s for s in rest_names if s.end <= found.start()]
                if before and re.fullmatch(r"(?:'s|’s)?\s*(?:board\s*)?", rest[before[-1].end:found.start()].strip()):
                    company = _clean_name(before[-1].text)
        if company is None:
            first = _name_spans(rest)
            if first and first[0].start <= 4 and re.match(r"\s*(?:'s|’s)?\s*(?:board|top\s+job|post|role|$)",
                                                           rest[first[0].end:] + " ", re.I):
                company = _clean_name(first[0].text)
    elif match["left_company"] and _LEAVES_COMPANY.search(verb) and len(person.split()) >= 2:
        company = _trim_name(_clean_name(match["left_company"]))
    # "Uber's Jane Roe resigns": the person's possessive company just before.
    if company is None:
        before = _span_before(names, match.start(), sentence, _POSSESSIVE_GAP)
        if before and (before.text.endswith(("'s", "’s")) or sentence[before.end:match.start()].strip()):
            company = _clean_name(before.text)
    if company is None:
        # "Jane Roe, Globex's finance chief, is leaving": the appositive says where she works; so does "Daniel
        # Ruiz, chief executive of bourbon maker Tallow Creek Distilling Co., died"
        between = sentence[match.end("person"):match.start("verb")]
        aside = re.search(rf"({_NAME_RUN})(?:'s|’s)?\s+(?P<t>{_TITLE})\b", between)
        employer = next((span for span in _name_spans(between) if _title_before(between, span.start)
                         and re.fullmatch(r"[\s,]*", between[span.end:])), None)  # not "president of Canada operations"
        if aside:
            company, title = _trim_name(_clean_name(aside.group(1))), title or aside["t"]
        elif employer:
            company = _trim_name(_clean_name(employer.text))
            title = title or _title_before(between, employer.start)["title"]
    if company is None:
        company = _opening_company(sentence, names)
        if company and company.lower() == person.lower():
            company = None
    if company is None and title is None:
        # A bare "Jane Roe resigns": only a departure when the sentence speaks of a company's leadership.
        if in_headline or not re.search(r"(?i)\b(?:company|board|directors|executive|officer|ceo|chairman|"
                                        r"president|founder|firm)\b", sentence):
            return None
    if company is None:
        company = _opening_company(sentence, names)
        if company and company.lower() == person.lower():
            company = None
    if company is None and in_headline:
        return None
    if company and person.lower().startswith(company.lower()):
        return None
    return _departure(company or "", person, title, verb, f'"{" ".join(verb.split())}"')


def _succession(sentence: str, names: list[_Span], match: re.Match) -> DetectedEvent | None:
    """The person being succeeded or replaced is the one leaving."""
    person = _clean_person(match["person"])
    title = match["title"]
    company = None
    after = sentence[match.end():]
    as_title = re.match(rf"\s*(?:,\s*)?as\s+(?:(?P<c1>{_NAME_RUN})(?:'s|’s)?\s+)?(?P<t>{_TITLE})"
                        rf"(?:\s+(?:of|at)\s+(?P<c2>{_NAME_RUN}))?", after, re.I)
    if as_title:
        title = title or as_title["t"]
        company = _trim_name(as_title["c1"]) or _trim_name(as_title["c2"])
    if title is None:
        as_later = re.search(rf"\bas\s+(?:(?:the\s+)?new\s+)?(?P<t>{_TITLE})\b", after, re.I)
        found = list(_TITLE_RE.finditer(sentence[: match.start()]))
        if as_later:
            title = as_later["t"]
        elif found:
            # "Acme names Jane Roe CEO, succeeding John Doe": the title came with the appointment.
            title = found[-1].group(0)
    if title is None and not re.search(r"(?i)\b(?:ceo|chief|president|chairman|executive|head|board)\b", sentence):
        return None
    company = company or _opening_company(sentence, names)
    if company is None:
        # the post's company after any word for it: "to succeed Martin Crane as head of Beaumont Luxe"
        # (the last such name: "as head of Global Markets at Halden Bank"; and never a division's or a region's words)
        post_of = re.match(rf"\s*(?:,\s*)?as\s+(?:[\w-]+\s+){{0,3}}?(?:of|at)\s+(?P<c>{_NAME_RUN})"
                           rf"(?:\s+(?:of|at)\s+(?P<c2>{_NAME_RUN}))?", after)
        named = post_of and _trim_name(post_of["c2"] or post_of["c"])
        company = named if named and not all(word.lower() in bundled_common_words() for word in named.split()) else None
    if company is None:
        first = names[0] if names else None
        # (not the successor: "Nicolette Aubert to succeed ...")
        if first and re.match(r"\s*(?:to|will|has|is|names|named|said|says)\b", sentence[first.end:], re.I) and \
                not first.text.startswith(match["person"].split()[0]) and not _person_like_only(first.text):
            company = _clean_name(first.text)
    if company and company.lower() in person.lower():
        company = None
    return _departure(_clean_name(company) if company else "", person, title, match["verb"],
                      f'"{" ".join(match["verb"].split())}"')


# "Apple hires Tesla's engineering chief Doug Field": the executive leaves the company named with the title.
_HIRED_AWAY = re.compile(
    rf"\b(?P<verb>(?i:{_W(HIRES_AWAY)}))\s+(?i:(?:an?\s+)?(?:senior|top|veteran|longtime)\s+)?"
    rf"(?i:former\s+)?(?P<company>{_NAME_RUN})(?:'s|’s)?\s+(?P<title>{_TITLE})(?:\s+(?P<person>{_PERSON}))?",
)
# "Acme CFO Jane Roe to join Globex", "Acme's investment banking head to take helm at Globex": an executive
# moving to another company leaves the one their title names.
_JOINS_ANOTHER = re.compile(
    rf"(?<![\w-])(?P<title>{_TITLE})(?:\s+(?P<person>{_PERSON_QUOTED}))?{_PERSON_VERB_GAP}\s+"
    rf"(?i:to\s+|will\s+|set\s+to\s+)?(?P<verb>(?i:join(?:s|ed|ing)?|(?:take|takes|took)\s+(?:the\s+)?helm\s+(?:at|of)|"
    # ("Helixon's chief scientist jumps to Tidewright")
    rf"defect(?:s|ed)?\s+to|jump(?:s|ed)?\s+(?:ship\s+)?to))\s+(?i:(?:rival|broker|bank|insurer|startup|lab)\s+)?"
    rf"(?P<joined>{_NAME_RUN})(?:'s|’s)?"
    # then the end of the clause or the post taken there, not "joins Globex in a pledge", "joins Globex for talks"
    rf"(?=\s*(?:$|[,;:.(]|[-–—]\s|(?i:as|from|after|amid|following|in\s+(?:a\s+)?(?:new\s+|top\s+)?(?:role|post|position|job)|"
    rf"to\s+(?:lead|run|head|become|oversee|co-head))\b))",
)
_DEPARTURE_NOUN_OF = re.compile(rf"\b(?:{_W(ANNOUNCED)})\s+of\s")
_JOINS_WORDS = re.compile(r"\bjoin|\bhelm\s|\bdefect|\bjump")
# What is joined beside one's post, not instead of it: "joins Globex's board", "joins Globex as a director".
_JOINS_BESIDE = re.compile(r"(?i)^(?:'s|’s)?\s*(?:board|advisory|council|committee|as\s+(?:an?\s+)?(?:independent\s+|"
                           r"non-executive\s+)?(?:director|board\s+member|adviser|advisor|trustee))")


def _hired_away(sentence: str, names: list[_Span]) -> list[DetectedEvent]:
    events = []
    for match in _HIRED_AWAY.finditer(sentence):
        owned = match["company"].endswith(("'s", "’s")) or re.match(r"\s*(?:'s|’s)", sentence[match.end("company"):])
        if not owned and match["company"].split()[0].lower() in bundled_proper_words():
            continue  # "hires Jane Roe CFO": without a possessive, a given name opens a person, not a company
        if re.search(r"(?i)\b(?:former|ex-)", sentence[match.start():match.start("company")]):
            continue  # "hires former Initech CFO Jane Roe": she had left Initech already
        hirer = _span_before(names, match.start(), sentence, _DEPARTURE_SUBJECT_GAP)
        company = _trim_name(_clean_name(match["company"]))
        if not company:
            continue
        if hirer and _clean_name(hirer.text).split()[0].lower() == company.split()[0].lower():
            continue  # an internal promotion
        person = _clean_person(match["person"]) if match["person"] else None
        events.append(_departure(company, person, match["title"], match["verb"], f'"{match["verb"]} ... {company}\'s"'))
    return events


def _fill_person(event: DetectedEvent, text: str) -> None:
    """A terse headline ("Acme CEO resigns") leaves the name to the summary: "Jane Roe, Acme's CEO"."""
    for match in _TITLE_PERSON_VERB.finditer(text[:600]):
        if match["person"] and _person_like(match["person"]) and not _TITLE_OF_AN_ORGANISATION.match(match["title"]) \
                and _clean_person(match["person"]) != event.company:  # "head of luxury group Maison Delacroix"
            event.person = _clean_person(match["person"])
            return


# "Peru ousts interim president": a country is not an employer a job seeker applies to.
_COUNTRIES = vocabulary.COUNTRIES
_CAPITALS = frozenset({"kremlin", "beijing", "moscow", "washington", "tehran", "kyiv", "kiev"})


def _country_or_people(country: str) -> str:
    """A country's name and the words made from it ("Italy", "Italian"; "Sri Lanka", "Sri Lankan")."""
    stem = country[:-1] if country[-1] in "aeyo" else country
    return re.escape(stem).replace(r"\ ", r"\s+") + r"\w*"


_STATES = "|".join(sorted((_country_or_people(c) for c in _COUNTRIES - _CAPITALS), key=lambda p: (-len(p), p)))
# A place's people as a description's first word ("Chinese Developer Yunhai Land": _description_before_name).
_PEOPLE_OF_A_PLACE = re.compile(rf"(?i)(?:{_STATES}|european|american|asian|african|u\.?s\.?|uk|eu|"
                                # the adjectives the stems above cannot make ("spain" gives no "Spanish")
                                r"spanish|french|dutch|danish|swedish|swiss|greek|norwegian|finnish|polish|turkish|irish|"
                                r"welsh|scottish|british|english|czech|korean|thai|filipino|saudi|emirati|belgian|"
                                r"portuguese|lebanese|taiwanese|vietnamese|argentine|peruvian|chilean|kiwi)")
# A place or its people before a unit word: the seller's own unit ("Russian business", "RUSSIA BUSINESS").
_PLACE_UNIT = re.compile(rf"(?i)(?:its\s+)?(?:{_STATES}|european|american|asian|african|latin\s+american|u\.?s\.?|uk|eu)"
                         rf"(?:-based)?\s+{_UNIT_WORDS}\b")
# The head of a state or a government leaving is politics, however much it reads like an executive's exit:
# "Sri Lankan president offers his resignation", "quit as Italian PM", "resigned as president of Sri Lanka".
# The office must stand right by the country (with at most an epithet between): "Canada Goose president" is
# a company's.
_STATE_OFFICE_LC = Alternatives(re.compile(
    rf"\b(?:{_STATES})(?:'s|’s)?\s+(?:(?:new|former|ousted|acting|interim|embattled|disgraced|outgoing)\s+)?"
    r"(?:president|prime\s+minister|premier|pm|leader|head\s+of\s+state|government)\b"
    # "president of Sri Lanka" ends there; "president of Canada operations", "of Japan's largest bank" go on
    rf"|\b(?:president|prime\s+minister|premier|leader)\s+of\s+(?:the\s+)?(?:{_STATES})(?=\s*(?:[,.;:!?)\"”]|$)|\s+"
    r"(?:and|in|after|amid|on|following|for|since|until|over|as|who|has|had|is|was|will|to|said|says|resign\w*|"
    r"quit\w*|step\w*|leav\w*|left|announc\w*)\b)"
    r"|\bhead\s+of\s+state\b"))


# An official named as the one who speaks or honours ("governor sean loughlin said", "mayor constance byers recognized",
# "senator lang recognizes", "the governor said"): the setting of the news, not its subject.
_AN_OFFICIAL_SPEAKS = re.compile(
    r"\b(?:the\s+)?(?:(?:state|u\.?s\.?)\s+)?(?:governor|mayor|senator|congress(?:man|woman)|representative|minister|premier|"
    r"lawmakers?|attorney\s+general)(?:\s+(?:for|of)\s+[a-z]+)?(?:\s+[a-z][\w.'’-]*){0,3}?\s+(?:said|says|stated|states|"
    r"recogni[sz]e[sd]?|honou?r(?:s|ed)?|thank(?:s|ed)?|mourn(?:s|ed)?|present(?:s|ed)|welcome[sd]?|prais(?:e|es|ed)|"
    # (not "called on", "urged": a demand that someone go is no exit to speak of)
    r"regret(?:s|ted)?|accept(?:s|ed)?|comment(?:s|ed)?\s+on|released|issued|"
    # a headline's noun for the same: "Mayor Statement Regarding TransCity Operating Co. Leadership"
    r"statements?\s+(?:on|regarding|about))\b"
    # "Statement by Governor Loughlin on Northstar Airlines", "Governor's Office Statement on Harlan Motors Executive"
    r"|\bstatements?\s+(?:by|of|from)\s+(?:the\s+)?(?:governor|mayor|senator|congress(?:man|woman)|representative|"
    r"minister|premier)(?:\s+[a-z][\w.'’-]*){0,3}?\s+(?:on|regarding|about)\b"
    r"|\b(?:governor|mayor|senator|minister|premier)['’]s\s+office\s+statements?\s+(?:on|regarding|about)\b")
# a central bank by its name, as an official's post ("Retiring Federal Reserve Bank President")
_A_CENTRAL_BANK = re.compile(rf"\b(?:{vocabulary.CENTRAL_BANKS}|federal\s+reserve|reserve\s+bank)\b", re.I)
_A_COMPANYS_LEADERS = re.compile(r"\b(?:leadership|executives?|management|boss)\b")
# a company's head by a title the company posts share with public ones, written with the company: "president of
# harwick savings bank", "harwick savings bank president"
_A_COMPANYS_HEAD = re.compile(r"\b(?:president|managing\s+director|general\s+manager)\s+(?:and\s+[\w\s]{3,30}\s+)?of\s+"
                              r"(?!the\s+(?:united|state|city|county|republic|board|council|senate|assembly)\b)[a-z]|"
                              r"\b(?:bank|company|co\.?|inc\.?|corp\.?|airlines?|group|motors|systems|software|"
                              r"electronics|utilities|cooperative)\s+(?:president|chief|founder|chairman|executive)\b")


def _not_corporate(lowered: str) -> bool:
    """Politics, sport, a central bank, a state's head or a government post: no departure of a company's
    executive. A word of politics or central banking away from a company's post is the setting of a company
    executive's exit, not its subject: "Ruhuna Finance CEO resigns amid Central Bank scrutiny", "Isan Sugar CEO
    quits to contest general election" (sport stays: a club's chief executive is sport's news)."""
    lowered = _without_a_speaking_official(lowered)
    if _STATE_OFFICE_LC.search(lowered) or _in_government(lowered):
        return True
    lowered = _FORMER_POST_HOLDER.sub(" ", lowered)  # who the person was, not what they leave
    found = list(_NOT_CORPORATE_LC.finditer(lowered))
    if not found:
        return False
    if _SPORTS_LC.search(lowered) or any(_POLITICAL_HOLDER.fullmatch(word.group(0)) for word in found):
        return True  # a minister, a mayor, a coach: whoever leaves may be they
    setting = [word.span() for word in found]
    return not any(not any(_post_of(lowered, post, start, end) for start, end in setting)
                   and not _POST_TAKEN_UP.search(lowered, max(0, post.start() - 40), post.start())
                   for post in _COMPANY_POST.finditer(lowered))


def _post_of(lowered: str, post: re.Match, start: int, end: int) -> bool:
    """Is the word of politics at start:end the body the post belongs to? Just before it ("central bank
    governor", "the Fed's chairman") or after "of", "at" ("chief executive of the central bank")."""
    if end <= post.start():
        return post.start() - end <= _BODY_BEFORE_POST
    return start >= post.end() and bool(_POST_OF_BODY.fullmatch(lowered, post.end(), start))


_BODY_BEFORE_POST = 16
_POST_OF_BODY = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}")
# The words of _NOT_CORPORATE that are someone holding a post (not a place, a body or an event): their exit
# may be the one told, whatever company post the sentence also names.
_POLITICAL_HOLDER = re.compile(
    r"prime\s+minister|ministers?|senator|congress(?:man|woman)?|governor|mayor|lawmakers?|secretary\s+of|"
    r"attorney\s+general|ambassador|speaker|chief\s+of\s+staff|press\s+secretary|president\s+\w+|fed\s+\w+|"
    r"head\s+coach|coach(?:es|ing)?|party\s+leader|referee|umpire|pope|bishop|archbishop|campaign\s+\w+|"
    + _UNION_POST)
# A company post the person goes to, not the one they leave: "resigned to become chairman of a City bank".
_POST_TAKEN_UP = re.compile(r"\b(?:to\s+become|becom(?:e|es|ing)|join(?:s|ed|ing)?|named|appointed|elected|picked\s+as|"
                            r"tapped\s+as|rumou?red\s+as)\s+(?:(?:the|a|an|its|new)\s+)?(?:\w+\s+){0,2}$")


def holds_a_post(word: str) -> bool:
    """Is the word the title of someone holding a post in politics, sport or a church ("Governor", "Coach")?"""
    return bool(_POLITICAL_HOLDER.fullmatch(word.lower()))


def _without_a_speaking_official(lowered: str) -> str:
    """An official who only speaks of, or honours, a company's executive ("Governor Sean Loughlin said he regretted the
    resignation of Northstar Airlines Chief Executive Officer Frank Delmonico", "Mayor Thanks Retiring Harwick Savings
    Bank President") is the news's setting: the sentence without the official, where a company's post and a
    company's word are left; else the sentence as it is ("Senator Vance said he will resign as chairman of the
    committee": no company there)."""
    if not an_official_speaks(lowered):
        return lowered
    rest = without_the_official_who_speaks(lowered)
    if rest != lowered and (_COMPANY_POST.search(rest) or _A_COMPANYS_HEAD.search(rest) or _A_COMPANYS_LEADERS.search(rest)) \
            and _names_a_companys_word(rest) and not _A_CENTRAL_BANK.search(rest):
        return rest  # (not "Governor Thanks Retiring Federal Reserve Bank President": a central banker is an official)
    return lowered


def an_official_speaks(lowered: str) -> bool:
    """`_AN_OFFICIAL_SPEAKS` found in lower-cased text, tried only where one of its officials' words is (it runs on every
    sentence the departure rules read, and in most no official is named)."""
    return any(word in lowered for word in _OFFICIALS_WORDS) and _AN_OFFICIAL_SPEAKS.search(lowered) is not None


# (every alternative of `_AN_OFFICIAL_SPEAKS` names one of these)
_OFFICIALS_WORDS = ("governor", "mayor", "senator", "congress", "representative", "minister", "premier", "lawmaker",
                    "attorney general")


def without_the_official_who_speaks(lowered: str, public_bodies_too: bool = False) -> str:
    """The sentence without the official who speaks of it, unless the official goes on as its subject ("Governor Tom
    Hale said he will retire from the Senate and take a job as chief executive of Halvard Steel", "says she will lay
    off 300 employees") or only calls for an exit ("called on Acme's chief executive to step down")."""
    rest = _AN_OFFICIAL_SPEAKS.sub(" ", lowered)
    if _THE_OFFICIAL_GOES_ON.match(rest) or _AN_EXIT_CALLED_FOR.search(rest) or (
            public_bodies_too and _A_PUBLIC_BODY_GOES_ON.match(rest)):
        return lowered
    return rest


_A_DAY_THAT = r"\W*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)?(?:that\s+)?"
# (for a cut or a filing, the official's body too: "said the state will lay off 500 workers")
_A_PUBLIC_BODY_GOES_ON = re.compile(_A_DAY_THAT + r"the\s+(?:state|city|county|government|administration|department)\b")
_THE_OFFICIAL_GOES_ON = re.compile(_A_DAY_THAT + r"(?:he|she|they|i|we|his|her|their|my|our)\b"
                                   # (not the official's feeling about the news: "said she was saddened that ...")
                                   r"(?!\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:saddened|disappointed|"
                                   r"pleased|concerned|troubled|heartbroken|shocked|dismayed|glad|grateful|sorry|surprised|"
                                   r"encouraged|relieved|angered|frustrated)\b|\s+(?:regrets?|regretted|welcome[sd]?|"
                                   r"thank(?:s|ed)?)\b)")
_AN_EXIT_CALLED_FOR = re.compile(r"\b(?:to|should|must)\s+(?:resign|step\s+(?:down|aside)|quit|go|leave|be\s+(?:fired|"
                                 r"removed|replaced|ousted))\b|\bcall(?:s|ed)?\s+(?:on|for)\b|\burge[sd]?\b")


def _names_a_companys_word(lowered: str) -> bool:
    """A legal form, a kind of company or a word that ends many companies' names: "airlines", "bank", "co."."""
    endings = bundled_name_endings()
    return any(word in endings or a_kind_of_company(word) or word in _LEGAL_WORDS
               or (word.endswith("s") and (word[:-1] in endings or a_kind_of_company(word[:-1])))
               for word in re.findall(r"[a-z&]+", lowered))


_LEGAL_WORDS = frozenset("inc corp corporation co company ltd llc plc limited bancorp".split())


def _in_government(lowered: str) -> bool:
    lowered = _without_a_speaking_official(lowered)
    if _FORMER_POST_HOLDER.search(lowered):
        # "Former defence minister Lord Pallister has resigned as a non-executive director of Stannard Defence":
        # the post held before is who the person is, not the post left
        lowered = _FORMER_POST_HOLDER.sub(" ", lowered)
    if not (_GOVERNMENT_POST.search(lowered) or ("secretary" in lowered and _CABINET_SECRETARY.search(lowered))
            or _AGENCY_OR_FORCES.search(lowered) or _in_the_forces(lowered)):
        return False
    # A company's post named elsewhere in the sentence says a company is there ("the former commissioner resigned as
    # Acme's chief executive"); the chair of the body itself does not ("FCC Chairman Aldridge to step down",
    # "Federal Communications Commission Chairman Walter Aldridge", "chairman of the provincial securities commission").
    # (nor a post the body's possessive names: "after eleven years as the City's chief executive officer")
    return not _COMPANY_POST.search(_A_PUBLIC_BODYS_POST.sub(" ", _A_BODYS_CHAIR.sub(" ", lowered)))


_A_PUBLIC_BODYS_POST = re.compile(r"\b(?:city|town|county|village|borough|township|state)['’]s\s+(?:[a-z-]+\s+){0,2}?"
                                  r"(?:ceo|cfo|coo|chief\s+(?:executive|financial|operating)(?:\s+officer)?)\b")


# "former defence minister", "ex-minister", "a former senator": the post a person held once, as who they are
_FORMER_POST_HOLDER = re.compile(r"\b(?:former|ex-)\s*(?:[a-z-]+\s+){0,2}?(?:prime\s+minister|minister|senator|"
                                 r"congress(?:man|woman)|mayor|ambassador|mps?|mpps?|mlas?|lawmaker|legislator)\b")
# A federal agency's post ("FDA drug center director to step down", "the director of the FDA's drug center"), an
# officer of the armed forces ("Lt. Gen. Farris to retire from Army", "Rear Adm. Keller retires from Navy"). Each
# alternative opens with its own word, so the search stays cheap where none is.
_AGENCIES = (r"(?:fda|epa|cdc|nih|irs|faa|fcc|ftc|sec|cftc|nhtsa|osha|fema|nasa|usda|darpa|meti|miti|marad|nlrb|tsa|pentagon|"
             rf"{vocabulary.BANKING_AGENCIES}|{vocabulary.CENTRAL_BANKS})")


def an_agency(name: str) -> bool:
    """The name is a government agency's ("Federal Deposit Insurance Corp", "FDIC")."""
    return _AGENCY_NAME.fullmatch(name.strip()) is not None


# regulators abroad, by the names their posts are written with: "Ofcom chief executive", "PRA's executive director"
# (Japan's FSA, Korea's FSC and FSS; medicines' regulators: Europe's EMA, Britain's MHRA, Australia's TGA)
_REGULATORS = r"(?:ofcom|ofgem|ofwat|pra|apra|bafin|osfi|fsa|fsc|fss|ema|mhra|tga)"
# A regulator named by what it regulates: "France's competition authority", "Nevada Gaming Control Board", "the Macau
# gaming regulator", "the markets watchdog"
_A_REGULATOR = (r"(?:regulator|watchdog|(?:competition|antitrust|securities|gaming|gambling|energy|utilities|telecoms?|"
                r"communications|aviation|data\s+protection|privacy|financial\s+conduct|prudential)\s+(?:control\s+)?"
                r"(?:authority|commission|regulator|agency|board|watchdog))")
_AGENCY_NAME = re.compile(rf"(?:the\s+)?(?:{_AGENCIES}|{_REGULATORS})\.?", re.I)
_AGENCY_OR_FORCES = re.compile(
    rf"\b{_A_REGULATOR}(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:director|chief|head|commissioner|administrator|"
    r"chair(?:man|woman)?|president|secretary)\b|"
    r"\b(?:director|chief|head|commissioner|administrator|chair(?:man|woman)?|president)\s+of\s+(?:the\s+)?"
    rf"(?:[a-z'’-]+\s+){{0,2}}?{_A_REGULATOR}\b|"
    rf"\b(?:{_AGENCIES}|{_REGULATORS})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}"
    r"(?:director|chief|head|commissioner|administrator|chair(?:man|woman)?|secretary|official)\b|"
    rf"\b(?:director|chief|head|commissioner|administrator|chair(?:man|woman)?)\s+of\s+the\s+{_AGENCIES}\b|"
    r"\b(?:(?:lt|maj|brig)\.?\s+gen\b|(?:lieutenant|major|brigadier)\s+general\b|(?:rear|vice)\s+adm(?:\.|iral\b)|"
    # ("Retired Gen. Callahan", "Adm. Keller": the rank abbreviated before a name)
    r"admiral\b|(?:gen|adm)\.\s+[a-z])"
    # a post that is a government's by its name: "Comptroller of the Currency resigns", "Oregon state CIO resigns"
    r"|\bcomptroller\s+of\s+the\s+currency\b|\bstate\s+(?:cio|cto|ciso|chief\s+(?:information|technology|data)\s+officer)\b")
# The chair of a public body, as one post: "fcc chairman", "commission chairman", "chairman of the securities commission"
# (and a named agency's or regulator's chief executive or executive director: "Ofcom chief executive to stand down")
_A_BODYS_CHAIR = re.compile(rf"\b(?:{_AGENCIES}|{_REGULATORS}|{_A_REGULATOR}|commission|authority|regulator|agency|"
                            r"board\s+of\s+governors)"
                            r"(?:['’]s)?\s+(?:chair(?:man|woman)?|president)\b"
                            # (and its chief executive: "Alberta Energy Regulator CEO", "NCUA board member")
                            rf"|\b(?:{_AGENCIES}|{_REGULATORS}|commission|authority|regulator|watchdog)(?:['’]s)?\s+"
                            r"(?:chief\s+executive|ceo|executive\s+director|board\s+member)\b"
                            r"|\b(?:chair(?:man|woman)?|president)\s+of\s+the\s+(?:[\w.-]+\s+){0,4}?"
                            rf"(?:{_AGENCIES}|commission|authority|regulator|agency)\b"
                            # a public board's chair: "state liquor control board chairman", "chairman of the state
                            # Liquor Control Board"
                            rf"|\b(?:state|federal|city|county|municipal)\s+{_NOT_A_LENDERS_NAME}(?:[a-z-]+\s+){{0,3}}?"
                            r"(?:board|bureau)\s+chair(?:man|woman|person)?\b|\bchair(?:man|woman|person)?\s+of\s+(?:the\s+)?"
                            rf"(?:state|federal|city|county|municipal)\s+{_NOT_A_LENDERS_NAME}(?:[a-z-]+\s+){{0,5}}?"
                            r"(?:board|bureau)\b")
_FORCES = re.compile(r"\b(?:army|navy|air\s+force|marine\s+corps|coast\s+guard|armed\s+forces)\b")
_BEFORE_FORCES = re.compile(r"\b(?:from|in|of|joins|joined|left|leaves|leaving)\s+(?:the\s+)?(?:u\.s\.\s+)?$")


def _in_the_forces(lowered: str) -> bool:
    """A post in the armed forces: "retire from Army", "of the Army's logistics command"."""
    return any(_BEFORE_FORCES.search(lowered, max(0, found.start() - 30), found.start())
               for found in _FORCES.finditer(lowered))


# The UK's cabinet posts ("business secretary resigns", "the home secretary"), searched only where "secretary" is.
_CABINET_SECRETARY = re.compile(
    r"\b(?:business|home|foreign|health|transport|education|environment|trade|defence|justice|culture|energy|"
    r"treasury|northern\s+ireland|scottish|welsh|work\s+and\s+pensions|levelling\s+up)\s+secretary\b")


def _one_company(first: str, second: str) -> bool:
    """Two spellings of one company: the same words, or one the other's opening words ("PENWORTHY" and
    "Penworthy Exploration Co"), the first of them a distinctive word (not "American", "First")."""
    a, b = (_clean_name(name).lower().replace(",", "").split() for name in (first, second))
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return longer[:len(shorter)] == shorter and (a == b or (len(shorter[0]) > 3 and shorter[0] not in bundled_common_words()))


def _dedupe(events: list[DetectedEvent]) -> list[DetectedEvent]:
    seen: dict[tuple, DetectedEvent] = {}
    events = [e for e in events if e.company.lower() not in _COUNTRIES]
    # A company on both sides of its own deal is a misreading ("Fairhope Bancorp To Buy 12 Branches ... From Calder
    # Savings" read Fairhope as target and buyer): no company buys itself.
    events = [e for e in events if not (e.kind == MERGER_ACQUISITION and e.counterparty
                                        and _one_company(e.company, e.counterparty))]
    for event in events:
        key = (event.kind, event.company.lower(), event.role, (event.person or "").lower())
        if key not in seen:
            seen[key] = event
    # A departure without a company is kept only when no other departure in the text names one.
    result = list(seen.values())
    named = {(e.person or "").lower() for e in result if e.kind == EXECUTIVE_DEPARTURE and e.company}
    return [e for e in result if e.kind != EXECUTIVE_DEPARTURE or e.company or (e.person or "").lower() not in named]


# ---------------------------------------------------------------- hard negatives, for the combiner

# Every word that can carry a deal: the model's deal events are vetoed only when each of them is explained away.
_DEAL_CARRIER = re.compile(r"\b(?:acqui\w*|buy(?:s|ing)?|bought|purchas\w*|takeover|take[sn]?\s+over|took\s+over|"
                           r"merg\w*|sale|sell(?:s|ing)?|sold|deal|bid|offer|stake)\b", re.I)


_CONTROL_WORDS = re.compile(r"\b(?:majority|controlling|control)\b")
# the control others keep: "with the founders keeping majority control", "the family will retain a controlling stake"
_KEPT_CONTROL = re.compile(r"\b(?:keep|keeps|keeping|kept|retain|retains|retaining|retained|maintain|maintains|"
                           r"maintaining)\s+(?:a\s+|the\s+|their\s+|its\s+)?(?:majority|controlling|control)"
                           r"(?:\s+(?:control|stake|interest|ownership|shareholding))?\b")


# "the deal", "this transaction": a deal the sentence has told already
_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)


# Directors who retire by rotation and stand again, as annual meetings report them: "Three retiring directors of
# Kilcarrow Co-operative Creamery were re-elected unopposed", "the retiring director, Jane Roe, was reappointed"
# (within one clause: not "..., chairman John Kelly did not seek re-election and the other two were re-elected")
_RETIRING_BY_ROTATION = re.compile(r"\bretiring\s+(?:\w+\s+){0,2}?(?:directors?|members?|trustees?)\b[^.;,]{0,120}?"
                                   r"\b(?:were|was|are|is|been|be)\s+(?:all\s+)?(?:re-?elected|re-?appointed)\b")
_NOT_STANDING_AGAIN = re.compile(r"\b(?:not\s+(?:to\s+)?(?:seek|stand\s+for|offer\s+\w+\s+for)\s+re-?election|"
                                 r"stood\s+down|step(?:ped|s)?\s+down|retired\s+from\s+the\s+board)\b")


def _reelected_by_rotation(lowered: str) -> bool:
    """Directors retiring by rotation and re-elected, with nobody in the sentence leaving for good."""
    return "retiring" in lowered and _RETIRING_BY_ROTATION.search(lowered) is not None and \
        _NOT_STANDING_AGAIN.search(lowered) is None and \
        not _DEPART_VERB_LC.search(_RETIRING_BY_ROTATION.sub(" ", lowered))


def hard_negative(kind: str, sentence: str) -> str | None:
    """Why a sentence that a model reads as an event of `kind` is not one, by the same structures the rules
    use to stay silent (sport, politics and central banks, columnists' questions, deals told in passing or
    about objects that are not companies, stakes below control); None when nothing explains it away."""
    lowered = sentence.lower()
    if kind == MERGER_ACQUISITION and _PLAYER_TRADED.search(lowered):
        return PLAYER_TRADED
    if kind == MERGER_ACQUISITION and _MERGER_LAW.search(lowered) and not _A_DEAL_BESIDE.search(
            _MERGER_LAW.sub(" ", lowered)):
        return MERGER_LAW
    if kind == MERGER_ACQUISITION and _procurement_only(lowered):
        return PROCUREMENT
    if kind == MERGER_ACQUISITION and ("ipo" in lowered or "initial public offering" in lowered) and \
            _A_SPACS_NAME.search(sentence) and not _A_DEAL_OR_A_LISTING_THROUGH_IT.search(
                _AN_IPO.sub(" ", _A_SPAC_SEEKS.sub(" ", _A_SPACS_NAME.sub(" ", sentence)).lower())):
        return NOT_A_COMPANY_BOUGHT  # "Skyforge Capital Acquisition prices $200M IPO": a blank-check company's listing
    if kind == MERGER_ACQUISITION and "cquisition" in sentence and _A_SPACS_NAME.fullmatch(sentence.strip(" .,:;—–-")):
        return A_NAME_NOT_A_DEAL  # a newsletter's item headed by a blank-check company's name alone: "Brindlecove Acquisition Corp. III"
    if kind == MERGER_ACQUISITION and _A_NAME_OF_DEAL_WORDS.search(sentence) and not _A_DEAL_BESIDE.search(
            _A_NAME_OF_DEAL_WORDS.sub(" ", sentence).lower()):
        return A_NAME_NOT_A_DEAL
    if kind == MERGER_ACQUISITION and _AN_EQUITY_RATING.search(sentence) and not _A_DEAL_BESIDE.search(
            _AN_EQUITY_RATING.sub(" ", sentence).lower()):
        return EQUITY_RATING
    if kind == MERGER_ACQUISITION and ("spin" in lowered or "spun" in lowered or "demerg" in lowered or "distribut" in lowered):
        if _SPUN_OFF.search(lowered) and not _A_DEAL_UNDER_WAY.search(_SPUN_OFF.sub(" ", lowered)):
            return SPUN_OFF
    if kind == MERGER_ACQUISITION and _A_DEMANDS_WORD.search(lowered) and _SALE_DEMANDED.search(lowered) \
            and not _A_DEAL_UNDER_WAY.search(_SALE_DEMANDED.sub(" ", lowered)):
        return SALE_DEMANDED
    if kind == MERGER_ACQUISITION and _A_PARTNERS_DEAL.search(lowered) and not _A_DEAL_BESIDE.search(
            _A_PARTNERS_DEAL.sub(" ", lowered)):
        return NOT_A_COMPANY_BOUGHT  # "agree co-development deal for bispecific": a contract between two companies
    if kind == MERGER_ACQUISITION and "debt" in lowered and _DEBT_SWAPPED.search(lowered) and not _HANDED_OVER.search(lowered):
        return NOT_A_COMPANY_BOUGHT  # "agrees debt-for-equity swap with bondholders": its debt, not the company, changes
    if _SPORTS_LC.search(lowered):
        return "sport"
    if _SPECULATION_LC.search(lowered):
        return "a question or a column, not news"
    if kind == EXECUTIVE_DEPARTURE:
        if _DEATH.search(lowered) and _LEFT_BEFORE.search(lowered) and not _DEPART_VERB_LC.search(
                _DEATH.sub(" ", _LEFT_BEFORE.sub(" ", lowered))):
            return TOLD_AS_HISTORY
        if _DATED_CLAUSE.search(lowered) and not _DEPART_VERB_LC.search(rest := _DATED_CLAUSE.sub(" ", lowered)) \
                and not _LEFT.search(rest):
            # ("who joined the startup in 2019, left on Friday": the clause dates the joining, the exit is now)
            return TOLD_AS_HISTORY
        if _SINCE_THE_EXIT.search(lowered) and not _DEPART_VERB_LC.search(_SINCE_THE_EXIT.sub(" ", lowered)):
            return TOLD_AS_HISTORY
        if _DATED_OPENING.search(lowered):
            return TOLD_AS_HISTORY  # "Thirty years ago this month, founder Walter Brisk died in office": a look back
        if _AN_ATTEMPT_TO_REMOVE.search(lowered) and not _DEPART_VERB_LC.search(_AN_ATTEMPT_TO_REMOVE.sub(" ", lowered)):
            return NO_EXIT  # "Activist fails to unseat Pellham chairman", "seeks to oust": tried, not done
        if _A_FORMER_ONE_OPENS.search(lowered) and not _DEPART_VERB_LC.search(rest := _A_FORMER_ONE_OPENS.sub(" ", lowered)) \
                and not _EXIT_NOUN.search(rest):
            return TOLD_AS_HISTORY  # "Former Halbrook CEO sentenced to six years": who he was, not news of it
        if _AN_EARLIER_EXIT.search(lowered) and not _DEPART_VERB_LC.search(rest := _AN_EARLIER_EXIT.sub(" ", lowered)) \
                and not _EXIT_NOUN.search(rest):
            return TOLD_AS_HISTORY  # "will lay off 140 workers, weeks after its CEO was replaced": the cut is the news
        if _A_DATED_OUSTER.search(lowered) and not _DEPART_VERB_LC.search(_A_DATED_OUSTER.sub(" ", lowered)):
            return TOLD_AS_HISTORY  # "Former Wynstone Capital CEO sues firm over 2019 dismissal": a suit about the past
        # ("who left in 2008 shake-up": a bare "left" is an exit inside such a clause)
        dated_exits = [m.group(0) for m in _DATED_EXIT_CLAUSE.finditer(lowered)
                       if _DEPART_VERB_LC.search(m.group(0)) or _LEFT.search(m.group(0))]
        if dated_exits and not _DEPART_VERB_LC.search(_DATED_EXIT_CLAUSE.sub(" ", lowered)):
            return TOLD_AS_HISTORY
        if "leav" in lowered and _PLACE_LEFT.search(lowered) and not _DEPART_VERB_LC.search(_PLACE_LEFT.sub(" ", lowered)) \
                and not _A_MOVE_ON.search(lowered):
            return NO_EXIT  # "Mary Smith, chief executive of Acme, leaves the courthouse": a place left, not the post
        if "leaving" in lowered and _LEAVING_AS_A_RESULT.search(lowered) and not _DEPART_VERB_LC.search(
                _LEAVING_AS_A_RESULT.sub(" ", lowered)):
            return NO_EXIT  # "Maundrell Group collapses, leaving supply chain exposed": what a collapse leaves behind
        if _A_DEMANDS_WORD.search(lowered) and _EXIT_DEMANDED.search(lowered) and not _DEPART_VERB_LC.search(
                _EXIT_DEMANDED.sub(" ", lowered)):
            return NO_EXIT  # "Investor calls for ouster of Delancey CEO": a demand, nobody has left
        if "retired" in lowered and _A_RETIRED_ONE_DESCRIBED.search(lowered) and not _DEPART_VERB_LC.search(
                _A_RETIRED_ONE_DESCRIBED.sub(" ", lowered)):
            return NO_EXIT  # "elected Linda Acheson, a retired bank executive, to its board": who she is; nobody leaves
        if _reelected_by_rotation(lowered):
            return NO_EXIT  # "Three retiring directors were re-elected at the AGM": a rotation, nobody leaves
        if "retire" in lowered and _STAFF_RETIREMENTS.search(lowered) and not _COMPANY_POST.search(lowered):
            return NO_EXIT  # "to seek 600 voluntary retirements": staff cut by a programme (layoffs), no executive
        if _STAFF_DISMISSED.search(lowered) and not _COMPANY_POST.search(lowered):
            return NO_EXIT  # "240 dismissed": staff, counted (layoffs), no executive
        if "dismiss" in lowered and _A_CASE_DISMISSED.search(lowered) and not _DEPART_VERB_LC.search(
                _A_CASE_DISMISSED.sub(" ", lowered)):
            return NO_EXIT  # "founder's personal bankruptcy case dismissed": a court's case, nobody removed
        if _NEGATED_EXIT.search(lowered) and not _DEPART_VERB_LC.search(_NEGATED_EXIT.sub(" ", lowered)):
            return NO_EXIT
        if _FIRED_UP.search(lowered) and not _DEPART_VERB_LC.search(_FIRED_UP.sub(" ", lowered)):
            return NO_EXIT  # "honestly I'm fired up": eager, not dismissed
        if _LEFT_IN_A_STATE.search(lowered) and not _DEPART_VERB_LC.search(_LEFT_IN_A_STATE.sub(" ", lowered)):
            return NO_EXIT
        if _MADE_PERMANENT.search(lowered) and not _DEPART_VERB_LC.search(lowered):
            return NO_EXIT  # "makes interim CEO permanent": the one in the post stays in it
        if _A_NEW_POST.search(lowered) and not _DEPART_VERB_LC.search(lowered):
            return NO_EXIT  # "hires its first-ever Chief AI Officer": a post new to the company, nobody left it
        if _STAYS.search(lowered):
            rest = _STAYS.sub(" ", lowered)
            if not _DEPART_VERB_LC.search(rest) and not _EXIT_NOUN.search(rest):
                return NO_EXIT
        if ("audit" in lowered or "accountant" in lowered or "accounting" in lowered) \
                and _AUDITOR_LEAVES.search(lowered) and not _COMPANY_POST.search(lowered) \
                and not _DEPART_VERB_LC.search(rest := _AUDITOR_LEAVES.sub(" ", lowered)) and not _EXIT_NOUN.search(rest):
            return AUDITOR_LEAVES
        if _in_government(lowered):
            return GOVERNMENT_POST
        if (_JUDGE.search(lowered) or _JUDGE_OPENING.match(lowered)) and not _COMPANY_POST.search(_JUDGE.sub(" ", lowered)):
            return A_JUDGE
        for left in (_BUSINESS_LEFT, _NETWORK_LEFT):
            if left.search(lowered) and not _DEPART_VERB_LC.search(left.sub(" ", lowered)):
                return BUSINESS_LEFT
        if _SECURITY_RETIRED.search(lowered) and not _DEPART_VERB_LC.search(_SECURITY_RETIRED.sub(" ", lowered)):
            return "a debt or a security retired, not a person"
        if _PROCEDURE_LEFT.search(lowered) and not _DEPART_VERB_LC.search(_PROCEDURE_LEFT.sub(" ", lowered)):
            return PROCEDURE_LEFT
        if _UNION_POST_LC.search(lowered) and not _COMPANY_POST.search(lowered):
            return UNION_POST  # "Tacoma longshore local president steps down": a union's officer, by definition none
        return NOT_CORPORATE if _not_corporate(lowered) else None
    if _PUBLIC_BODIES_MERGE.search(lowered):
        return PUBLIC_BODIES
    if _NO_BID_INTENDED.search(sentence) or (_may_deny(lowered) and _no_sale_under_way(sentence)):
        return NO_BID
    if ("candidate" in lowered or "target" in lowered or "plan" in lowered or " for a" in lowered or "partner" in lowered
            or "opportunit" in lowered) and \
            _A_DEAL_SOUGHT_UNNAMED.search(lowered) and not _A_DEAL_BESIDE.search(_A_DEAL_SOUGHT_UNNAMED.sub(" ", lowered)):
        return NO_BID  # "will continue to seek a reverse merger candidate": a deal wished for, with no company in it
    if ("share" in lowered or "stock" in lowered or "securit" in lowered or "note" in lowered) and \
            _SECURITIES_BOUGHT.search(lowered) and not _A_DEAL_BESIDE.search(_SECURITIES_BOUGHT.sub(" ", lowered)) and \
            not _A_TAKEOVER_BY_SHARES.search(sentence):
        return NOT_A_COMPANY_BOUGHT  # "The shares were acquired in a privately negotiated transaction": its own stock
    carriers = list(_DEAL_CARRIER.finditer(sentence))
    if not carriers:
        # "GROUP HAS 5.5 PCT OF QUILLON": a holding disclosed, with no word of a deal; "Bubble & Root's founders
        # retain control of the company": control said to stay where it is
        return MINORITY_STAKE if _said_minority(sentence) or _KEPT_CONTROL.search(lowered) else None
    # `overridable`: an explanation a very sure model may outweigh (a stake, a deal told in passing, an analyst's
    # call, "takeover interest"); things bought, its own shares or debt and a contract's work never are.
    only_minority, saw_stake, overridable = True, False, False
    for number, match in enumerate(carriers):
        after = sentence[match.end():]
        if match.group(0).lower() == "deal" and (
                (number and _IN_A_DEAL.search(sentence[:match.start()]))
                or (number + 1 < len(carriers) and _DEAL_TO_BUY.match(after))):
            continue  # "... in a stock deal", "a deal to acquire a stake": the carrier beside it decides
        if match.group(0).lower() in ("deal", "transaction") and saw_stake and _THE_BEFORE.search(sentence, 0, match.start()):
            continue  # "has taken a 15 percent stake in ..., describing the deal as a strategic alliance": that stake
        if _STANDSTILL.search(sentence) or match.group(0).lower() in ("bid", "offer", "buy", "buys", "buying", "purchase",
                                                                      "purchases", "purchased", "purchasing") and (
                _ISSUER_OFFER.search(sentence) or _BOUGHT_BACK.match(after) or (match.group(0).lower() == "bid" and (
                    _CONTRACT_BID_BEFORE.search(sentence[:match.start()]) or _CONTRACT_BID_AFTER.match(after)))):
            continue  # a standstill, buying its own shares, swapping its own debt, bidding for a contract
        if _DEAL_TALK.match(after):
            return None  # "Takeover chatter lifts Brightwick shares": a deal rumoured, whatever the sentence's shares
        if match.group(0).lower() == "stake":
            shares = [float(m.group(1)) for m in _STAKE_PERCENT.finditer(sentence)]
            if not _CONTROL_WORDS.search(_KEPT_CONTROL.sub(" ", lowered)) and (not shares or max(shares) < 50):
                only_minority, saw_stake, overridable = only_minority and _said_minority(sentence), True, True
                continue  # a stake of unstated size, or under half, is an investment
        elif _stake_below_control(sentence, match.start(), match.end()):
            only_minority, saw_stake, overridable = only_minority and _said_minority(sentence), True, True
            continue
        only_minority = False
        if match.group(0).lower() in ("sale", "sell", "sells", "selling", "sold") and _SOLD_TO_CUSTOMERS.match(after):
            continue
        thing = _NOT_A_COMPANY_OBJECT.match(after)
        if (thing and not _NAMED_OBJECT.match(after)) or _bought_an_asset(after):
            overridable = overridable or bool(thing and _SOFT_OBJECT.search(thing.group(0)))
            continue
        if _INVESTING_TAIL.match(after) or _ANALYST_CALL.search(sentence[:match.start()]) or \
                _advice_to_buy(sentence, match) or (
                match.group(0).lower() in _TRADE_NOUNS and _COMMERCE_COMPOUND.match(after)) or (
                _passing_mention(sentence[:match.start()]) and not _LIVE_DEAL_BEFORE.search(sentence[:match.start()])):
            overridable = True
            continue
        return None
    if only_minority and saw_stake:
        return MINORITY_STAKE
    # A deal told in passing may still be the news ("sued over his abandoned takeover bid"); things bought that
    # are no company never are.
    return "the deal words are about a stake, an asset or a past deal" if overridable else NOT_A_COMPANY_BOUGHT


# "doubt over the proposed C$20 billion takeover of Shaw", "approval process for the pending acquisition by Vista":
# a deal still under way is news wherever the sentence mentions it; only a done one merely explains something else.
_LIVE_DEAL_BEFORE = re.compile(r"\b(?:pending|proposed|planned|potential|possible|mooted|prospective|looming|"
                               r"contemplated|rumou?red)\s+(?:[\w$.,-]+\s+){0,3}$", re.I)
# ("in a stock deal"; a headline's "in $380m en bloc deal" drops the article)
_IN_A_DEAL = re.compile(r"\bin\s+(?:an?\s+)?(?:[\w$£€.,-]+\s+){0,3}$", re.I)
_DEAL_TO_BUY = re.compile(r"\s+to\s+(?:acquire|buy|purchase|take)\b", re.I)
# A stake said to be a minority one, or sized under half: not a deal by definition, however sure a model is.
MINORITY_STAKE = "a minority stake"
# "RETIRES DEBT", "retired all 60 mln dlrs of its 13-1/4 pct senior subordinated debentures": a company paying
# off what it issued.
# (only the spellings, one to nineteen; combine._NUMBER_WORDS reads spelled numbers with their values)
_ONE_TO_NINETEEN = "|".join(vocabulary.NUMBER_UNITS + vocabulary.NUMBER_TEENS)
_SECURITY_RETIRED = re.compile(
    r"\bretir(?:e|es|ed|ing)\s+(?:(?:all|the|its|some|part|most|[\w.-]+['’]s|\$?[\d.,/-]+|mln|million|bln|billion|dlrs?|"
    r"dollars?|of|pct|percent|%|senior|junior|subordinated|convertible|outstanding|remaining|\d+-\d+/\d+)\s+){0,10}"
    r"(?:debt|debentures|notes|bonds|loans?|shares|preferred|stock|warrants|obligations|borrowings)\b"
    # a sum paid back ("retires $6 million in member equity", "will retire $40 million of allocated equity")
    r"|\bretir(?:e|es|ed|ing)\s+(?:about\s+|some\s+|nearly\s+)?(?:[$€£]\s?|(?:us|c|a)\$\s?)\d"
    # a name, a brand or a mark retired ("Cheriton Ward's name will be retired", "will retire the Kestrel brand")
    r"|\b(?:name|brand|logo|trademark|ticker|banner)s?\s+(?:will\s+be\s+|is\s+|was\s+|to\s+be\s+|are\s+|were\s+)?retired\b"
    r"|\bretir(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’&.-]+\s+){0,3}?(?:name|brand|logo|trademark|"
    r"ticker|banner)s?\b"
    # things counted ("will retire three aging gas-fired peaking units", "retires 40 older jets"): a person retires
    # alone, no count after the verb
    # (not a year or a time: "retired 1996 amid litigation", "retired two years ago")
    rf"|\bretir(?:e|es|ed|ing)\s+(?:its\s+|the\s+|their\s+)?(?!(?:19|20)\d\d\b)(?:\d[\d,]*|{_ONE_TO_NINETEEN}|several|"
    r"dozens\s+of|hundreds\s+of)\s+(?!(?:[a-z-]+\s+){0,2}?(?:directors?|executives?|officers?|members?|partners?|"
    r"employees|workers|staff|(?:co-?)?founders?|years?|months?|weeks?|days?)\b)"
    # the last of a kind ("retires last Boeing 737-300s", "retires its remaining turboprops"): no person retires
    # "last" anything but a time ("retired last month")
    r"|\bretir(?:e|es|ed|ing)\s+(?:its\s+|the\s+|their\s+)?(?:last|final|remaining|oldest|older|aging|ageing|entire|whole)\s+"
    rf"(?!(?:week|month|year|quarter|season|spring|summer|autumn|fall|winter|time|\w+day|{'|'.join(vocabulary.MONTHS)})\b)")

# "exits Chapter 11 after 14 months", "leaves administration", "out of bankruptcy protection": a company leaving a
# court's procedure, not a person leaving a post.
_PROCEDURE_LEFT = re.compile(
    r"\b(?:exit(?:s|ed|ing)?|emerg(?:e|es|ed|ing)|leav(?:e|es|ing)|left|out\s+of|(?:comes?|came|coming)\s+out\s+of)\s+"
    r"(?:from\s+)?(?:its\s+|the\s+)?(?:chapter\s+(?:7|11|15)|bankruptcy|administration|receivership|"
    r"(?:court|creditor|bankruptcy)\s+protection|insolvency|ccaa|judicial\s+management|examinership)\b")
PROCEDURE_LEFT = "a company leaving a bankruptcy procedure, not a person leaving a post"
_FIRED_UP = re.compile(r"\bfired\s+up\b")
# "Coinharbor customers left in limbo", "staff left stranded": "left" as the state people are left in, not an exit
_LEFT_IN_A_STATE = re.compile(r"\bleft\s+(?:in\s+limbo|in\s+the\s+(?:dark|lurch|cold)|stranded|out\s+of\s+pocket|"
                              r"high\s+and\s+dry|hanging|reeling|scrambling|empty-handed|unpaid|penniless|homeless)\b"
                              # something left in a state ("left congested interconnection links unupgraded for weeks")
                              r"|\bleft\s+(?:[\w-]+\s+){1,4}?un[a-z]{3,}ed\b")
# Words for what the market or the press says of an event not yet told: "bid talk", "exit speculation"
TALK_WORDS = r"(?:talk|chatter|buzz|speculation|rumou?rs?|whispers)"
# "will not resign", "has no plans to step down", "rules out stepping down", "denies he will quit", "not a departure":
# an exit said not to happen, by definition none. Only where the negation governs the verb ("did not say why he
# resigned" still reports one); a sentence with another exit besides keeps it.
_EXIT_STEM = (r"(?:resign\w*|retir\w*|step(?:s|ped|ping)?\s+(?:down|aside)|quit\w*|leav(?:e|es|ing)|depart\w*|exit\w*|"
              r"be\s+(?:ousted|fired|replaced|removed|pushed\s+out|forced\s+out))")
_NEGATED_EXIT = re.compile(
    rf"\b(?:(?:will|would|does|did|is|has|have|had|was|am|are|do|shall)\s+not|won'?t|wouldn'?t|doesn'?t|didn'?t|isn'?t|"
    rf"hasn'?t|never|no\s+(?:plans?|intention|intent|desire|timetable|timeline|rush)\s+(?:to|of|for)|not\s+(?:going|planning|about)\s+to|"
    # the subject quantified by "no": "No current directors are leaving"
    rf"\bno\s+(?:[\w'’-]+\s+){{0,2}}?(?:directors?|executives?|officers?|one|members?|managers?)\s+(?:is|are|was|were|will\s+be)\s+|"
    rf"rul(?:e|es|ed|ing)\s+out|refus(?:e|es|ed|ing)\s+to|den(?:y|ies|ied|ying)\s+(?:that\s+)?(?:[\w'’]+\s+){{0,6}}?"
    rf"(?:will|would|is|was|plans?\s+to|planning\s+to)|dismiss(?:es|ed)?\s+(?:[\w'’-]+\s+){{0,2}}?(?:talk|reports?|speculation|rumou?rs|suggestions|claims)\s+"
    rf"(?:that\s+|of\s+(?:(?:an?|the|his|her|its)\s+)?(?:imminent|impending|possible|planned)?\s*)?(?:[\w'’]+\s+){{0,4}}?"
    rf"(?:will|would|is|was)?)\s*(?:be\s+)?(?:(?:to|going\s+to|preparing\s+to|planning\s+to|about\s+to|poised\s+to)\s+)?"
    rf"{_EXIT_STEM}"
    rf"|\b(?:not|no)\s+(?:a\s+)?(?:departure|exit)\b|\bno\s+departure\s+found"
    # the exit a report told, called untrue: "said a newspaper report that chief executive Neil Harcourt planned to step
    # down was 'entirely without foundation'" (as a deal's rumour called baseless is none)
    rf"|\b(?:reports?|speculation|suggestions?|rumou?rs?|claims?)\s+(?:that|of)\s+[^.;]{{0,80}}?{_EXIT_STEM}[^.;]{{0,40}}?"
    rf"\b(?:was|were|is|are|as|called|been)\s+['\"‘“]?(?:(?:entirely|completely|totally|wholly|simply)\s+)?['\"‘“]?"
    rf"(?:without\s+(?:any\s+)?foundation|baseless|unfounded|untrue|groundless|false|inaccurate|incorrect)\b")
# "says CEO will stay through 2026", "has agreed to extend his contract", "ending speculation that he would retire":
# staying said, the exit talked of denied; only where nothing else in the sentence tells an exit ("will remain
# senior adviser until his retirement" still does).
_STAYS = re.compile(
    r"\b(?:will|to|would|plans\s+to|agreed\s+to)\s+(?:stay|remain)\b|\b(?:is|are)\s+staying\b|"
    r"\bextend(?:s|ed|ing)?\s+(?:his|her|their)\s+contract\b"
    # the exit's report rejected: "dismisses exit report", "denies resignation rumours"
    rf"|\b(?:dismiss|den[yi]|reject|refut)\w*\s+(?:the\s+|an?\s+)?(?:exit|departure|resignation|retirement|ouster)\s+"
    rf"(?:reports?|claims|{TALK_WORDS})\b"
    # "postpones retirement", "agreed to postpone his planned retirement": the exit put off, the post kept
    r"|\b(?:postpon|delay|defer)\w*\s+(?:his|her|their|the|a)?\s*(?:planned\s+)?(?:retirement|departure|exit)\b"
    # a leave taken and a return told: "to take eight-week medical leave; will return in March"
    r"|\b(?:medical|temporary|parental|maternity|paternity|sick)\s+leave\b(?:\s+of\s+absence)?"
    r"(?:(?!\bnot\b|\bno\b|\bnever\b|n['’]t\b)[^.]){0,80}?\b(?:will|to|would|expects?\s+to)\s+return\b"
    # the return itself: "CEO returns from leave after review", "has returned to his role as chief executive"
    r"|(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)\breturn(?:s|ed|ing)?\s+(?:from\s+(?:(?:his|her|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"leave|to\s+(?:his|her|their)\s+"
    r"(?:role|post|duties|job|desk))\b"
    rf"|\b(?:end|ends|ended|ending|quell\w*|put\w*\s+to\s+rest)\s+(?:(?:months|weeks|years)\s+of\s+)?"
    rf"(?:speculation|talk|rumou?rs|reports)\s+(?:that\s+)?(?:[\w'’]+\s+){{0,4}}?(?:would|will|was|is)?\s*(?:be\s+)?"
    rf"(?:(?:to|going\s+to)\s+)?{_EXIT_STEM}")
_EXIT_NOUN = re.compile(r"\b(?:retirement|resignation|departure|successor|succeed\w*|stepping\s+down|interim)\b")
NO_EXIT = "an exit said not to happen"
_A_NEW_POST = re.compile(r"\b(?:hir(?:es|ed|ing)|names?|named|appoint(?:s|ed|ing)?|creat(?:es|ed|ing)|adds?|added|taps?|tapped|"
                         r"welcom(?:es|ed))\s+(?:its\s+|a\s+|the\s+|their\s+)?(?:first-ever|first\s+ever|newly[\s-]created|"
                         r"new(?:ly)?[\s-]established)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:officer|chief|ceo|cfo|cto|coo|cio|president|head|director|chair(?:man|woman)?)\b")
# An exit asked for, not made: "Investor calls for ouster of Delancey Shoes CEO", "urged Delancey Shoes to replace
# Chief Executive Raymond Gill", "pressed for his resignation"
# An ouster dated by its year, the noun after it ("over 2019 dismissal", "his 2016 firing"): one nobody plans ahead,
# so a thing of the past
_A_DATED_OUSTER = re.compile(r"\b(?:19|20)\d\d\s+(?:dismissal|firing|ouster|sacking|removal|termination)\b")
# A newcomer described by a past career: "a retired bank executive" (not "is the retired Chairman and Chief
# Executive Officer of Dunmore Valve": a note's own subject)
_A_RETIRED_ONE_DESCRIBED = re.compile(r"\ban?\s+retired\s+(?:[\w-]+\s+){0,3}?(?:executive|banker|partner|general|admiral|"
                                      r"judge|lawyer|attorney|accountant|officer|teacher|engineer|ceo|cfo|president|"
                                      r"director|manager|professor|diplomat|colonel|surgeon|physician|pilot|auditor)\b")
# a demand's verb ("press" and "push" only before whom or what they press: "Pennine Press Group to ..." is a name)
_DEMAND_VERB = (r"urg(?:e|es|ed|ing)|calls?\s+(?:on|for)|called\s+(?:on|for)|calling\s+(?:on|for)|demand(?:s|ed|ing)?|"
                r"lobb(?:y|ies|ied|ying)|(?:press|push)(?:es|ed|ing)?\s+(?:for|him|her|them|the\s+board|management|"
                r"directors)")
_EXIT_DEMANDED = re.compile(r"\b(?:urg(?:e|es|ed|ing)|calls?\s+(?:on|for)|called\s+(?:on|for)|calling\s+(?:on|for)|"
                            r"press(?:es|ed|ing)?\s+(?:for|to)|push(?:es|ed|ing)?\s+(?:for|to)|demand(?:s|ed|ing)?|"
                            r"lobb(?:y|ies|ied|ying)\s+(?:for|to))\s+(?:[\w'’&.-]+\s+){0,5}?(?:to\s+)?"
                            r"(?:replace|oust|remove|fire|"
                            r"sack|dismiss|ouster|removal|resignation|firing|dismissal|sacking)\b(?:\s+of)?|"
                            # "calls for Dorrington chairman to go": the exit asked for in a plain verb after "to"
                            rf"\b(?:{_DEMAND_VERB})\s+(?:[\w'’&.-]+\s+){{0,5}}?to\s+(?:go|quit|resign|step\s+down|stand\s+down|leave|depart|"
                            r"be\s+(?:replaced|removed|ousted|fired|sacked))\b|"
                            # "said Dorrington Brands Inc. chairman Frank Ives should step down": what ought to happen
                            # (not "must step down by June, regulator rules": an order, an exit decided)
                            r"\b(?:should|ought\s+to)\s+(?:step\s+down|stand\s+down|resign|quit|go|leave|"
                            r"be\s+(?:replaced|removed|ousted|fired|sacked))\b")
# "leaving" as what an event leaves behind, after a comma: "collapses, leaving supply chain exposed", ", leaving
# 300 workers without pay" (not "leaving the company", "leaving his post")
_LEAVING_AS_A_RESULT = re.compile(r",\s*leaving\s+(?!(?:his|her|the\s+(?:company|board|firm|bank|group)|its\s+board)\b)"
                                  r"(?:[\w'’-]+\s+){0,4}?(?:exposed|stranded|unpaid|owed|out\s+of\s+pocket|in\s+limbo|"
                                  r"without|jobless|idle|empty|vacant|homeless|scrambling|facing)\b")
# A cheap first look for _EXIT_DEMANDED's verbs, which most departure sentences lack (the full pattern is slow)
_A_DEMANDS_WORD = re.compile(r"urg|call|press|push|demand|lobb|should|ought")
# the demand just before a removal's verb: "urged Delancey Shoes to replace", "called on the board to oust"
_DEMANDED_BEFORE = re.compile(r"(?i)\b(?:urg(?:e|es|ed|ing)|calls?\s+on|called\s+on|calling\s+on|press(?:es|ed|ing)?|"
                              r"push(?:es|ed|ing)?|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying))\s+"
                              r"(?:[\w'’&.-]+\s+){0,5}?to\s+$")
# Staff retiring by the hundred under a programme: "will solicit 600 voluntary retirements", "1,500 early retirees"
# staff dismissed by the hundred: "Closes Firmat plant, 240 dismissed", "dismisses 1,300 as ISA virus spreads" (an
# executive is dismissed by name, not counted)
_STAFF_DISMISSED = re.compile(r"\b(?:dismiss(?:es|ed|ing)?|fir(?:es|ed|ing)|sack(?:s|ed|ing)?)\s+(?:about\s+|some\s+|nearly\s+|"
                              r"over\s+|more\s+than\s+)?\d[\d,]*\b(?!\s*(?:%|percent))|"
                              r"\b\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?:dismissed|fired|sacked)\b")
_A_CASE_DISMISSED = re.compile(r"\b(?:case|cases|suit|lawsuit|claims?|charges?|petition|appeal|complaint|action)\s+"
                               r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?dismissed\b")
_STAFF_RETIREMENTS = re.compile(r"\b\d[\d,]*\s+(?:voluntary|early)\s+(?:retirements|retirees)\b|"
                                r"\b(?:voluntary|early)\s+retirement\s+(?:scheme|programme|program|plan|package|offer)s?\b|"
                                # offered to the staff: "takes applications for voluntary retirement", "applications for
                                # early retirement from about 500 employees"
                                r"\bapplications\s+for\s+(?:voluntary|early)\s+retirement\b")
# A team's deal for a player ("Harriers deal star winger to rival for draft picks", "traded all-star winger Luc Bergeron
# for two first-round picks"): no company changes hands, however much a model reads "deal" (a team sold to an investor
# group is a deal, and reads as one)
_PLAYER_TRADED = re.compile(
    r"\b(?:trade[sd]?|trading|deal[st]?|dealt|sends?|sent|swaps?|swapped)\s+(?:(?:all-star|star|veteran|rookie|young|"
    r"their|its|the|former)\s+)*(?:winger|forward|guard|center|centre|pitcher|quarterback|striker|defen[cs]eman|goalie|"
    r"goalkeeper|midfielder|outfielder|shortstop|catcher|linebacker|receiver|player)s?\b"
    r"|\bfor\s+(?:(?:two|three|a|an|one)\s+)?(?:first|second|third|fourth)-round\s+(?:draft\s+)?picks?\b|\bdraft\s+picks?\b")
PLAYER_TRADED = "a player traded between teams, not a company"
# The law and policy of mergers, no deal: "DOJ, FTC release final merger guidelines", "EU tightens merger rules" (a
# deal beside it stands: "Acme's bid for Globex faces the new merger guidelines")
_MERGER_LAW = re.compile(r"\b(?:merger|takeover|antitrust)\s+(?:guidelines|rules|regime|polic(?:y|ies)|laws?|code|"
                         r"enforcement|filing\s+fees?|notification\s+thresholds?|thresholds|control\s+(?:rules|regime|"
                         r"laws?|reform)|review\s+(?:rules|process|reform))\b")
_A_DEAL_BESIDE = re.compile(r"\b(?:merg|acqui|buy|bought|takeover|bid|offer|sale\b|sell|sold|deal)")
# Securities as what was bought, the passive's subject ("The shares were acquired in a privately negotiated transaction")
_SECURITIES_BOUGHT = re.compile(r"\b(?:the|these|those|such|its|their)\s+(?:[\w,-]+\s+){0,2}?(?:shares|stock|notes|bonds|"
                                r"securities|warrants|debentures)\s+(?:were|was|have\s+been|had\s+been|are\s+being)\s+"
                                r"(?:acquired|bought|purchased|repurchased)\b")
# ... unless a named buyer or control comes with them: "were bought by Halden Group, giving it control"
_A_TAKEOVER_BY_SHARES = re.compile(r"\b(?:by\s+[A-Z]|control|ownership|takeover)")
# A deal wished for, its other side unnamed (a shell's "seek a suitable private company for a business combination",
# "continue to evaluate other acquisition candidates", an investor's "has no current plans to propose an acquisition")
_A_DEAL_KIND = r"(?:(?:reverse\s+)?merger|acquisition|business\s+combination|takeover)"
_A_DEAL_SOUGHT_UNNAMED = re.compile(
    r"\b(?:seek|search(?:es|ing)?\s+for|look(?:s|ing)?\s+for|identify|identifying|evaluat(?:e|es|ing)|find|finding)"
    r"(?:s|ing)?\s+(?:an?\s+|other\s+|new\s+|suitable\s+|potential\s+|possible\s+|further\s+|private\s+)*"
    rf"{_A_DEAL_KIND}\s+(?:candidates?|targets?|partners?|opportunit(?:y|ies))\b"
    r"|\b(?:seek|search(?:es|ing)?\s+for|look(?:s|ing)?\s+for|identify|find)(?:s|ing)?\s+(?:an?\s+)?(?:suitable\s+|"
    rf"private\s+|operating\s+|target\s+)*(?:company|business)\s+for\s+(?:an?\s+)?{_A_DEAL_KIND}\b"
    r"|\bno\s+(?:current\s+|present\s+|immediate\s+)?plans?\s+to\s+(?:propose|pursue|seek|make)\s+an?\s+"
    rf"{_A_DEAL_KIND}(?:\s+(?:of|for)\s+the\s+company)?\b")
# A blank-check company by its name ("Skyforge Capital Acquisition Corp. II", "SPAC Halden Merger Corp"), and the
# business combination it is set up to seek, with no company named ("will target space and defense tech companies for
# a business combination")
# (a Title Case headline's verbs are no words of the name: "Acme Corp Announces Merger With Globex")
_A_SPACS_NAME = re.compile(r"\b(?:SPAC\s+)?(?:(?!(?:Announces?|Completes?|Agrees?|To|Of|With|After|Post-IPO|Closes?|Plans?|"
                           r"Signs?|Enters?|Says|Sets|Eyes|Mulls)\b)[A-Z][\w&'’-]*\s+){1,4}(?:Acquisition|Merger)(?:\s+(?:Corp(?:oration)?|Co|Company|"
                           r"Inc|Ltd|Limited|Holdings))?\.?(?:\s+[IVX]{1,4}\b)?")
_AN_IPO = re.compile(r"\binitial\s+public\s+offering\b")
_A_DEAL_OR_A_LISTING_THROUGH_IT = re.compile(_A_DEAL_BESIDE.pattern + r"|\bcombin|\bgo(?:es|ing)?\s+public|"
                                             r"\btak(?:e|es|ing)\s+\w+(?:\s+\w+){0,2}\s+public")
_A_SPAC_SEEKS = re.compile(r"(?i)\b(?:target|seek|search\s+for|look\s+for|focus\s+on|pursue)\w*\s+(?:[\w-]+\s+){0,6}?"
                           r"(?:companies|businesses|firms|targets?)\s+(?:for|in)\s+(?:an?\s+|its\s+)?(?:initial\s+)?"
                           r"business\s+combinations?\b|\b(?:an?\s+|its\s+)?(?:initial\s+)?business\s+combination\s+"
                           r"with\s+(?:an?\s+)?(?:target|company|business)\b")
# Deal words as a name: an award ("wins 'Acquisition of the Year' award"), a product's or a work's title in quotes
# ("Tidewell's 'Merger' IPA takes gold", "the album 'Hostile Takeover'")
_A_NAME_OF_DEAL_WORDS = re.compile(r"(?i:['‘\"“]?\b(?:deal|acquisition|merger|transaction|takeover|m&a)\s+of\s+the\s+year\b"
                                   r"['’\"”]?)|['‘\"“](?:Hostile\s+)?(?:Merger|Acquisition|Takeover|Buyout|Takeovers|Mergers)"
                                   r"['’\"”]")
A_NAME_NOT_A_DEAL = "deal words as an award's or a product's name, no deal"
# An analyst's rating of a stock ("Morrow Equities lifts Tallis Pharma to Buy", "upgraded Tallis Pharma to Buy from
# Hold", "cut to Sell"): the rating is capitalised where the sentence's verbs are not, and nothing is named after it;
# no deal ("Acme to Buy Globex", a Title Case headline's verb, names what is bought).
_AN_EQUITY_RATING = re.compile(
    r"(?i:\b(?:upgrad|downgrad|lift|rais|cut|lower|mov|initiat|start|reiterat|boost)\w*\s+(?:[\w&.'’$-]+\s+){0,6}?"
    r"(?:to|at|with|as)\s+(?:an?\s+)?)['‘\"“]?(?:Strong\s+Buy|Buy|Sell|Hold|Outperform|Underperform|Overweight|"
    r"Underweight|Equal[-\s]Weight|Market\s+Perform|Neutral|Accumulate|Reduce|Add)\b['’\"”]?"
    r"(?=\s*(?:$|[.,;:)(]|from\b|with\b|on\b|and\b|amid\b|after\b|citing\b|in\b|[-–—]\s)|\s+(?:rating|ratings)\b)")
EQUITY_RATING = "an analyst's rating of a stock, no deal"
MERGER_LAW = "the law or policy of mergers, no deal"
# An investor's demand that a company sell itself or look for buyers, which no process answers yet ("urges Saxby board
# to 'explore strategic alternatives, including a sale'", "rejects Stonequay's call to sell the company", "demand for a
# sale"): a deal nobody has started (a bid named beside it is one: "urges holders to accept Halden's offer")
_SALE_DEMANDED = re.compile(
    rf"\b(?:{_DEMAND_VERB})\s+(?:(?!(?:vote|approve|back|accept|support|tender)\b)[\w'’&.-]+\s+){{0,6}}?"
    r"(?:to\s+['‘\"“]?)?(?:(?:explore|consider|pursue|seek|run|launch|start|evaluate|review)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sale|alternatives|options|buyers)(?:,?\s+including\s+(?:a\s+)?(?:possible\s+|potential\s+)?sale)?|"
    r"sell\s+(?:itself|out|the\s+(?:company|business|group|bank|firm))|put\s+itself\s+up\s+for\s+sale|"
    # (not a sale to a named buyer: "urge the sale of the company to Morvo Capital")
    r"(?:a|the)\s+sale(?!(?:\s+of\s+[^.;,]{1,40}?)?\s+(?:to|by)\b)"
    r"(?:\s+of\s+(?:itself|the\s+(?:company|business|group|bank|firm)))?)\b|"
    r"\b(?:call|calls|demand|demands|push|pressure)\s+(?:to\s+sell|for\s+a\s+sale)\b(?:\s+(?:itself|the\s+(?:company|"
    r"business|group|bank|firm)))?")
# a deal under way beside the demand ("is in advanced discussions to be taken private by Morland Crest Partners, months
# after activist Quillfeather Capital publicly demanded a sale")
_A_DEAL_UNDER_WAY = re.compile(r"\b(?:merg|acqui|buy|bought|takeover|take\s+over|taken\s+over|bid|offer|sale\b|sell|sold|"
                               r"deal|private|talks|discussions|approach|proposal|purchas|combin|absorb)")
SALE_DEMANDED = "a sale demanded, none under way"
# A business given to the company's own shareholders ("plans tax-free spinoff of controls unit", "to demerge its
# pharmaceuticals arm"): by definition no deal, no buyer (one named beside it is: "spin off its unit and merge it
# with Halden")
_SPUN_OFF = re.compile(r"\b(?:spin-?offs?|spin(?:s|ning)?\s+off|spun\s+off|demerg(?:e|es|ed|ing|er|ers)|"
                       r"distribut\w*\s+(?:the\s+)?shares\s+(?:of|in)\s+(?:its\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:business|unit|division|arm|subsidiary)\s+to\s+(?:its\s+)?(?:stockholders|shareholders))\b")
SPUN_OFF = "a spin-off to shareholders, no buyer"
# A government's buying of weapons and services, which defence writing calls "acquisition": "Air Force acquisition
# deputy to retire", "the Pentagon's acquisition chief", "defense acquisition reform"
_PROCUREMENT = re.compile(r"\bacquisition\s+(?:chief|deputy|officials?|czar|tsar|workforce|reform|corps|undersecretary|"
                          r"under\s+secretary)\b|\b(?:defen[cs]e|military|weapons|pentagon['’]?s?)\s+acquisition\b")
PROCUREMENT = "a government's procurement, not a deal"


def _procurement_only(lowered: str) -> bool:
    """The sentence's deal words are a government's procurement ("Air Force acquisition deputy"), and no others."""
    return "acquisition" in lowered and _PROCUREMENT.search(lowered) is not None and not _A_DEAL_BESIDE.search(
        _PROCUREMENT.sub(" ", lowered))
# A contract between companies called a deal: "co-development deal", "licensing agreement", "supply pact"
# A debt swapped for shares, unless the sentence hands the company over ("to be taken over by its lenders in a
# debt-for-equity swap": a change of control, a deal)
_DEBT_SWAPPED = re.compile(r"\bdebt[\s-]for[\s-]equity\s+(?:swap|exchange|deal)\b")
_HANDED_OVER = re.compile(r"\btak(?:e|es|en|ing)\s+over\b|\btakeover\b|\bcontrol\b|\bhand(?:s|ed|ing)?\s+(?:over\s+)?"
                          r"(?:the\s+)?(?:company|group|business|keys)\b|\b(?:own|owned)\s+by\s+(?:its\s+)?(?:lenders|creditors|bondholders)\b")
_A_PARTNERS_DEAL = re.compile(r"\b(?:co-?development|co-?commerciali[sz]ation|co-?promotion|licen[cs]ing|licen[cs]e|"
                              r"distribution|supply|collaboration|research|marketing|royalty|offtake|sponsorship|"
                              r"streaming|content|partnership|joint\s+venture|jv|outsourcing|services?)\s+"
                              r"(?:deal|agreement|pact|accord|tie-up)s?\b"
                              # a deal won, as work is won: "wins 10-year engine support deal", "lands $40m contract"
                              # (a takeover is bid for, not won as a deal: "wins takeover battle" is another shape)
                              r"|\b(?:wins?|won|winning|secures?|secured|lands?|landed|bags?|bagged|clinch(?:es|ed)?)\s+"
                              r"(?:an?\s+|the\s+)?(?:(?!merger|takeover|acquisition|buyout|sale|purchase|for\b|clearance|"
                              r"approval|nod\b|go-ahead|consent|backing)[\w$.,-]+\s+){0,4}?"
                              r"(?:deal|contract|order|agreement)s?\b")
# "Auditor quits Calderwood Biologics", "its independent audit firm resigned": the firm that audits the accounts
# gives up the engagement; no executive leaves.
_AUDITOR_LEAVES = re.compile(r"\b(?:auditors?|audit\s+firm|accounting\s+firm|accountants)\s+(?:has\s+|have\s+|had\s+)?"
                             r"(?:resign|quit|withdr|step|stood|walk)\w*\b")
AUDITOR_LEAVES = "an auditor giving up the audit, not an executive"
# "to exit consumer printer business", "exits Mexican market", "to exit Brazil", "exits joint venture with Kessel": a
# company leaving a line of business, a market or a country, not a person leaving a post ("exits the business he
# built" has no words before "business", and stays a person's exit).
_BUSINESS_LEFT = re.compile(
    rf"\b(?:exit(?:s|ed|ing)?|quit(?:s|ting)?|leav(?:e|es|ing)|pull(?:s|ed|ing)?\s+out\s+of|withdraw(?:s|n|ing)?\s+from)\s+"
    rf"(?:the\s+|its\s+|a\s+)?(?:(?:(?!the\b|his\b|her\b|their\b)[\w'’-]+\s+){{1,3}}?(?:business(?:es)?|segment|division|"
    rf"industry|distribution|"
    rf"manufacturing|operations)|(?:[\w'’-]+\s+){{0,3}}?(?:markets?|joint\s+ventures?|ventures?|segments?|lines?\s+of\s+business)|"
    rf"(?:{_STATES}))\b")
BUSINESS_LEFT = "a company leaving a business, a market or a country, not a person leaving a post"
# a firm leaving a network of firms ("Crowley Maddox, the Dublin-based firm, has left the Merrion Group association")
_NETWORK_LEFT = re.compile(r"\b(?:left|leaves|leaving|quit|quits|exits?|exited)\s+(?:the\s+|its\s+)?(?:[\w'’&-]+\s+){0,4}?"
                           r"(?:association|network|alliance|federation|consortium)\b")
# (an acting chief's too: "names acting CEO Joy Kato permanent chief executive", "removes 'interim' from CEO title")
_MADE_PERMANENT = re.compile(r"\b(?:make|makes|made|making|name|names|named|naming)\s+(?:its\s+|the\s+)?"
                             r"(?:interim|acting)\s+"
                             r"(?:[\w.'’-]+\s+){0,4}?permanent\b|"
                             r"\b(?:remov|drop|shed)\w*\s+(?:the\s+|its\s+|his\s+|her\s+)?[\"'“‘]?interim[\"'”’]?\s+"
                             r"(?:tag|title|label|from|off)\b|"
                             # the passive: "Interim chief made permanent at Quillon Labs"
                             r"\b(?:interim|acting)\s+(?:[\w.'’-]+\s+){0,3}?(?:is\s+|was\s+|been\s+)?"
                             r"(?:made|named)\s+permanent\b")
# "who resigned as chairman in 1983", the obituary of someone who had already left: not news of an exit, unless
# the model is very sure (notes on real exits tell the whole career, dates and all).
TOLD_AS_HISTORY = "a departure told as history"
# Hard negatives no model score overrides: what the event vocabulary excludes by definition.
NOT_A_COMPANY_BOUGHT = "the deal words are about an asset, its own shares or debt, or a contract"
PUBLIC_BODIES = "a merger of public bodies or unions, not of companies"
# "said it does not intend to make an offer for Hemsby", "has no intention of making a bid": a would-be bidder's
# statement (the UK takeover code's rule 2.8) that no bid is coming.
# "has no intention of making a full takeover offer": the offer may have a word or three before it
_NO_BID_INTENDED = re.compile(r"(?i)\b(?:(?:does|did|do)\s+not|doesn'?t|didn'?t)\s+intend\s+to\s+(?:make\s+an?\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:offer|bid)|bid)\b|\bno\s+intention\s+(?:of|to)\s+(?:mak(?:e|ing)\s+an?\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:offer|bid)|bid(?:ding)?)\b"
                              # "says it has no plans to bid for Bluecrest" (not one for a better offer than its own:
                              # "no plans to make a higher offer" is a bid standing)
                              r"|\bno\s+(?:current\s+|further\s+)?plans?\s+to\s+(?:bid\s+for|make\s+an?\s+(?!(?:higher|improved|"
                              r"revised|sweetened|better|increased|new)\b)(?:[\w-]+\s+){0,3}?(?:offer|bid)\s+for)\b"
                              # "said it has no plan to seek management control"
                              r"|\bno\s+(?:current\s+)?(?:plans?|intention)\s+(?:to|of)\s+(?:seek|seeking|take|taking|acquire|"
                              r"acquiring|gain|gaining)\s+(?:management\s+|majority\s+|full\s+)?control\b"
                              # a blank-check company that found no deal: "liquidates trust after failing to find target",
                              # "after failing to complete a business combination within its deadline"
                              r"|\b(?:fail(?:s|ed|ing|ure)?|unable)\s+to\s+(?:find|identify|complete|consummate)\s+(?:a\s+|an\s+|its\s+)?"
                              r"(?:suitable\s+)?(?:initial\s+)?(?:business\s+combination|(?:acquisition\s+|merger\s+)?target)\b"
                              r"(?!\s+with\b)")
NO_BID = "a statement that no bid is coming"
# The market's talk of a deal after its word: "takeover chatter", "bid talk", "buyout buzz" (a rumour, by definition
# a deal's news; TALK_WORDS is above)
_DEAL_TALK = re.compile(rf"^\s*{TALK_WORDS}\b", re.I)
# A company saying it is not for sale or in no talks ("says it is not exploring a sale", "denies report it's up for
# sale", "not in talks with any party", "denies merger talks with Indus Crescent"): no deal is told, whether or not the
# other side is named. (Until the twentieth session a denial naming both sides stayed a deal's news, the rumour being a
# stage; blind writers working from the definitions labelled such denials no event 69 times to 3.)
_SALE_DENIED = re.compile(
    r"(?i)\b(?:(?:(?:is|are|was|it['’]s)\s+not|isn['’]t|aren['’]t|not|never|no\s+longer)\s+(?:currently\s+)?(?:exploring|pursuing|"
    r"running|seeking|considering|conducting|in)\s+(?:a\s+|any\s+)?(?:sale|merger|takeover|talks|negotiations|"
    r"discussions|sale\s+process)|\bnot\s+(?:up\s+)?for\s+sale|\bno\s+(?:sale|merger|takeover)\s+(?:talks|process|plans?)|"
    r"\bden(?:y|ies|ied|ying)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?(?:reports?|speculation|rumou?rs?|talk)\b[^.;]{0,60}?"
    r"\b(?:sale|for\s+sale|sell|merger|takeover|bid|talks|suitors?|buyers?)\b"
    # (a report rejected or dismissed: "rejected a media report that it was exploring a sale")
    r"|\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:a\s+|the\s+)?(?:\w+\s+){0,2}?(?:reports?|"
    r"speculation|rumou?rs?)\s+(?:that|of)\b[^.;]{0,60}?\b(?:sale|for\s+sale|sell|merger|takeover|bid|talks|suitors?|buyers?)\b"
    rf"|\bden(?:y|ies|ied|ying)\s+(?:any\s+)?(?:merger|takeover|sale|bid)\s+(?:talks|reports?|plans?|{TALK_WORDS})\b"
    # ("Minghua Optical shrugs off merger talk", "plays down takeover speculation")
    r"|\b(?:shrug(?:s|ged|ging)?\s+off|play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?|brush(?:es|ed|ing)?\s+(?:off|aside))\s+"
    r"(?:\w+\s+){0,2}?(?:merger|takeover|sale|bid|buyout|deal)\s+(?:talk|speculation|rumou?rs?|reports?|chatter)\b"
    # ("firm says no deal", "said there was no sale")
    r"|\b(?:says?|said)\s+(?:there\s+(?:is|was)\s+)?no\s+(?:deal|sale|merger|bid|offer|talks)\b"
    # ("denies plans to sell generics unit")
    r"|\bden(?:y|ies|ied|ying)\s+(?:any\s+)?(?:plans?|intention|intent)\s+to\s+(?:sell|buy|acquire|merge|bid)\b"
    # the company denying it is on the block: "Hollister Grey denies it is for sale", "denied that it was in sale talks"
    # (or a part of it: "Al Safwa Group denies dairy unit is for sale")
    r"|\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:it|the\s+company|(?:its\s+)?(?:[\w-]+\s+)?(?:unit|business|division|arm|"
    r"subsidiary))\s+(?:is|was|has\s+been)\s+(?:up\s+for\s+sale|for\s+sale|"
    r"in\s+(?:\w+\s+)?talks|on\s+the\s+block|(?:exploring|considering|seeking|pursuing|weighing|running)\s+(?:a\s+|any\s+)?"
    r"(?:sale|buyer|merger))\b"
    # "denies being in merger talks", "denies receiving privatisation offer", "NOT AWARE OF TAKEOVER BID", "strategic
    # review will not include a sale of the company"
    r"|\bden(?:y|ies|ied|ying)\s+(?:being\s+in\s+(?:\w+\s+)?talks|(?:receiving|having\s+received)\s+(?:an?\s+|any\s+)?"
    r"(?:\w+\s+)?(?:offer|bid|approach))\b|\bnot\s+aware\s+of\s+(?:any\s+)?(?:\w+\s+)?(?:bid|offer|approach|talks|"
    r"negotiations|discussions)\b"
    r"|\b(?:will|would|does|did)\s+not\s+include\s+(?:a\s+)?sale\b"
    # "A merger is not intended, both chairmen emphasised"
    r"|\b(?:merger|takeover|sale|combination)\s+(?:is|was)\s+not\s+(?:intended|planned|being\s+considered|on\s+the\s+table)\b"
    # the rumour itself called baseless: "Rumours of takeover bid for Solvane 'without foundation', company says"
    rf"|\b(?:{TALK_WORDS}|reports?)\s+(?:of|that)\s+(?:[\w'’–-]+\s+){{0,3}}?(?:takeover|bid|sale|merger|offer|approach)\b"
    # ("Rumour of Tarnow takeover denied", "Rumors of a Talbridge–Orsova merger are false")
    r"[^.;]{0,60}?\b(?:without\s+foundation|baseless|unfounded|untrue|groundless|denied|false|inaccurate|incorrect)\b)")


# Pieces of the words every denial above holds, for lower-cased text: a sentence without one (a substring test
# each; "no" only before white space, as "no longer", "no sale": not in "now", "announces", "economy") is spared the
# costlier search.
def _may_deny(lowered: str) -> bool:
    return ("not" in lowered or "n't" in lowered or "n’t" in lowered or "never" in lowered or "den" in lowered
            or ("no" in lowered and _NO_THEN_SPACE.search(lowered) is not None)
            or "without" in lowered or "baseless" in lowered or "unfounded" in lowered or "untrue" in lowered
            or "groundless" in lowered or "shrug" in lowered or ("down" in lowered and "play" in lowered) or "brush" in lowered
            or "reject" in lowered or "dismiss" in lowered or "refut" in lowered or "false" in lowered
            or "inaccurate" in lowered or "incorrect" in lowered)


_NO_THEN_SPACE = re.compile(r"no\s")


def _no_sale_under_way(sentence: str) -> bool:
    """A company's denial that a deal is under way: talks, a sale or a bid denied, with or without the other side
    named ("denies report it's up for sale", "denies merger talks with Indus Crescent"), and no deal's word outside the
    denial's clause ("agreed to be bought by Ivarsen Logistics, three months after denying it was exploring a sale")."""
    if _SALE_DENIED.search(sentence) is None:
        return False
    # Each denial with the rest of its clause set aside ("denies a report, published Monday, that it is in talks to sell
    # itself to Beta Corp."), and the clauses telling the report or rumour denied ("responding to a newspaper report that
    # Ashworth Capital was preparing a bid"): a deal's word in what is left is another matter.
    kept, position = [], 0
    for denial in _SALE_DENIED.finditer(sentence):
        if denial.start() >= position:
            kept.append(sentence[position:denial.start()])
            end = _DENIALS_CLAUSE_END.search(sentence, denial.end())
            position = end.start() if end else len(sentence)
    kept.append(sentence[position:])
    clauses = [clause for part in kept for clause in _DENIALS_CLAUSE_END.split(part)]
    return not any(_DEAL_CARRIER.search(clause) or _TALKS_HELD.search(clause) for clause in clauses
                   if not _A_RUMOURS_WORD.search(clause))


# talks told as held ("has confirmed that it is in preliminary discussions with Kilwa Portland over a possible
# combination"), not denied ("no discussions are taking place")
_TALKS_HELD = re.compile(r"(?i)(?<!\bno\s)(?<!\bnot\sin\s)(?<!\bany\s)\b(?:talks|discussions|negotiations|combination)\b")
_DENIALS_CLAUSE_END = re.compile(r"[,;.!?](?:\s|$)|\s+but\s")
_A_RUMOURS_WORD = re.compile(r"(?i)\b(?:reports?|reported|speculation|rumou?rs?|press|media|talk|chatter|buzz|gossip)\b")


DEFINITIONAL = (MINORITY_STAKE, GOVERNMENT_POST, UNION_POST, A_JUDGE, NOT_A_COMPANY_BOUGHT, NO_EXIT, PUBLIC_BODIES, NO_BID,
                TOLD_AS_HISTORY, PLAYER_TRADED, MERGER_LAW, PROCUREMENT, SALE_DEMANDED, SPUN_OFF,
                EQUITY_RATING, A_NAME_NOT_A_DEAL)
# A company buying its own shares or swapping its own debt: "Dutch auction tender offer for its own shares",
# "exchange offer for debentures". A stock-for-stock exchange offer for another company is still a deal.
_ISSUER_OFFER = re.compile(
    r"(?i)\b(?:dutch\s+auction|self-tender|issuer\s+tender|(?:its|their)\s+own\s+(?:common\s+|outstanding\s+)?(?:shares|stock)|"
    # ("purchased 25,000 of its ordinary shares", "a tender offer to purchase up to 15% of its issued share capital")
    r"\d[\d,.]*%?\s+of\s+(?:its|their)\s+(?:own\s+)?(?:ordinary|common|issued)\s+(?:shares|stock|share\s+capital)|"
    r"exchange\s+offer\s+for\s+(?:its\s+)?(?:\S+\s+){0,3}?(?:debentures|notes|bonds)|"
    r"offer\s+to\s+exchange\s+[^.]{0,80}?\b(?:debentures|notes|bonds))")
# Objects that are no thing bought: a holding ("takeover interest from private equity", "buy back"), investing
# talk ("takeover approach", "buy territory", "buy rating"), people and customers ("acquires 4 million customers"):
# a very sure model may still outweigh them, as before things were made definitional.
_SOFT_OBJECT = re.compile(r"(?i)\b(?:shares?|stakes?|stock|positions?|holdings?|interest|back|approach|territory|"
                          r"opportunit(?:y|ies)|signals?|zone|rating|recommendation|orders?|customers?|clients?|"
                          r"subscribers?|talent|staff|engineers?|employees)\s*$")
# "The government will merge its two export agencies", "two garment unions agree to merge", "Torrens and Onkaparinga
# universities agree to merge": public bodies, unions, universities, charities and pension funds, not companies
# (an ad, talent or travel agency is a company; so is a credit union, a lender its members own).
_NOT_COMPANIES = (r"(?:ministries|departments|municipalities|councils|school\s+districts|(?<!credit\s)unions|"
                  r"regulators|universities|"
                  r"colleges|charities|pension\s+funds|parishes|dioceses|(?:political\s+)?parties|"
                  r"(?:nhs\s+|hospital\s+|health\s+)+trusts|health\s+boards)")
_PUBLIC_BODIES_MERGE = re.compile(
    r"\bmerg(?:e|es|ed|ing|er\s+of)\s+(?:(?:its|the|their|two|three|several|four)\s+)*(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?<!ad\s)(?<!advertising\s)(?<!talent\s)(?<!travel\s)(?<!creative\s)(?<!media\s)(?<!staffing\s)"
    rf"(?<!marketing\s)agencies|{_NOT_COMPANIES})\b"
    rf"|\b(?:{_NOT_COMPANIES}|government\s+agencies|agencies)\s+(?:agree\s+to\s+|plan\s+to\s+|to\s+|will\s+)?merge\b")
# "TO BUY BACK SHARES FROM DISSIDENT": its own shares
_BOUGHT_BACK = re.compile(r"(?i)^\s+back\b(?!\s+(?:a\s+|the\s+|its\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|pct)\s+)?"
                          r"(?:controlling|majority|control\b))"
                          # (not a business it once owned: "is buying back its former elevator business, Liftwell")
                          rf"(?!\s+(?:its|the)\s+(?:former\s+|old\s+)?(?:[\w-]+\s+){{0,2}}{_BUSINESS_PART}\b)")
# "agreed not to acquire any Morlock stock for ten years": a standstill, a promise of no deal
_STANDSTILL = re.compile(r"(?i)\bnot\s+to\s+(?:acquire|buy|purchase)\s+(?:any\s+)?(?:more\s+|additional\s+|further\s+)?"
                         r"(?:\S+\s+){0,2}?(?:stock|shares|securities)\b|\bstandstill\b"
                         # a deal with its lenders about its own debt: "reaches out-of-court amend-and-extend deal"
                         r"|\b(?:amend[\s-]+and[\s-]+extend|refinancing|forbearance|debt[\s-]+(?:exchange|swap|"
                         r"restructuring)|maturity[\s-]+extension)\s+(?:deal|agreement|pact|transaction)\b")
# The work a bid for a contract is for: "... Navy radar contract", "a 74 mln dlr Navy contract".
_CONTRACT_PHRASE = r"(?:an?\s+|the\s+)?(?:[\w$.,'’-]+\s+){0,6}?(?:contracts?|tenders?|work|concession)\b"
_CONTRACT_OBJECT = re.compile(rf"(?i)^\s+{_CONTRACT_PHRASE}")
# "wins Navy contract bid", "its bid was selected for a 74 mln dlr Navy contract": tendering for work.
# ("wins offshore wind lease with $390m bid": a lease, a licence or a concession won with the bid)
_CONTRACT_BID_BEFORE = re.compile(r"(?i)\b(?:contracts?|(?:(?:leases?|licen[cs]es?|concessions?|tenders?|spectrum)\s+"
                                  r"(?:with|via|through)\s+(?:an?\s+|its\s+)?(?:\S+\s+){0,2}?))\s*$")
_CONTRACT_BID_AFTER = re.compile(rf"(?i)^s?\s+(?:was\s+(?:selected|chosen|accepted)\s+)?(?:for|on)\s+{_CONTRACT_PHRASE}")
_MINORITY_LC = re.compile(r"\bminority\s+(?:stake|interest|investment|position|holding)|\bnon-controlling\b")
_SIZED_STAKE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|pct)\s+(?:\w+\s+)?(?:stake|interest|holding)\b|"
                          # "GROUP HAS 5.5 PCT OF QUILLON", "or 5.5 pct of the total outstanding": a holding
                          r"\b(?:has|holds|owns|with|(?:raises|ups|lifts|boosts|cuts|trims)\s+(?:\w+\s+)?to)\s+(?:a\s+)?"
                          r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|pct)\s+(?:of|in)\b|"
                          r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent|pct)\s+of\s+(?:the\s+|its\s+)?(?:total\s+)?"
                          r"(?:outstanding|shares|common|stock|voting)\b|"
                          # "agrees to buy 24.9% of Italian airport operator": a share of a company bought is a stake
                          r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|"
                          r"take|takes|took|taking)\s+(?:a\s+|another\s+|an\s+additional\s+)?(\d+(?:\.\d+)?)\s*"
                          r"(?:%|percent|per\s+cent|pct)\s+(?:of|in)\b", re.I)


def _said_minority(sentence: str) -> bool:
    """The sentence calls the stake a minority one, or sizes it under half ("a 30% stake")."""
    sized = [float(next(size for size in m.groups() if size)) for m in _SIZED_STAKE.finditer(sentence)]
    return bool(_MINORITY_LC.search(sentence.lower())) or bool(sized and max(sized) < 50)
