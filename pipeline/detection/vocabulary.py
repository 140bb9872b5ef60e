"""The rule vocabulary, written once: every deal and departure word the rules read, with its spellings, the
shapes of sentence the rules read it in and the gate it opens. `rules.py` derives its gates, its word stems
and its word lists from this table, the way spaCy's EntityRuler or Snorkel's labelling functions build a
matcher from data: a word is added or corrected here, once, and every pattern that reads it sees the change.

A `Word` is a verb (its tenses; particles for "step down"; the preposition its object takes, "walk away
from") or a noun or fixed phrase. Spellings are lower case; a space stands for any white space.
`reads` lists the shapes the rules read the word in (the constants below, each with the tenses it reads
unless the word says otherwise); `kinds` the gates the word opens; `gate` the word beginnings the gate reads
when they are not the word's own (see `stems`).

Where a pattern reads a word in fewer tenses than it has ("kill", "killed", but not "killing"), or a gate
misses a spelling ("takes over"), the table says so: that is what the rules did when the table was made,
kept so that behaviour stayed the same; tests/test_vocabulary.py lists the gaps ("takes over" was one, closed on
2026-12-05 and measured).

Executive titles (each with its seniority, how a headline tells it and how an 8-K names it) and the shapes
of people's names are here too: `rules.py` and the EDGAR parser (`pipeline/edgar.py`) read them from one place.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Iterable

from pipeline.constants import (
    SENIORITY_BOARD_CHAIR,
    SENIORITY_C_SUITE,
    SENIORITY_DIRECTOR_BOARD,
    SENIORITY_FOUNDER,
    SENIORITY_PRESIDENT,
    SENIORITY_VP,
)

# ---------------------------------------------------------------- what a word is read as

# Which gate a word opens (`Word.kinds`).
DEAL = "deal"
DEPARTURE = "departure"

# The shapes of sentence a word is read in (`Word.reads`), each with the tenses it reads by default.
READINGS: dict[str, str] = {}


def _reading(name: str, tenses: str) -> str:
    READINGS[name] = tenses
    return name


# Verbs of buying
ACTIVE = _reading("active", "base s past ing")  # "Amazon to acquire Whole Foods": the subject buys the object
PASSIVE = _reading("passive", "pp")  # "Whole Foods acquired by Amazon"
BY_GERUND = _reading("by gerund", "ing")  # "By purchasing Whole Foods, Amazon has ...": the one after the comma buys
TOLD_AS_PAST = _reading("told as past", "past")  # "... after the company bought Sun": background, in a time clause
BOUGHT_IT = _reading("bought it", "past")  # "Uber bought it in 2016": "it" is the company named before
DESCRIBED = _reading("described", "base s past ing")  # "buying the Brazilian jet maker": a company described, not named
DEAL_TO = _reading("deal to", "base")  # "a deal to buy Globex"; "about buying it"
DONE = _reading("done", "past")  # a deal stage cue: a verb that says the deal is done
# Verbs of bids and deals
BIDS_FOR = _reading("bids for", "base s past ing")  # "Acme bids $2 billion for Globex"
MAKES_BID = _reading("makes bid", "base s past")  # "Acme sweetens its offer for Globex"
WINS_BIDDING_WAR = _reading("wins bidding war", "base s ing past")  # "Acme wins bidding war for Globex"
SEALS_DEAL = _reading("seals deal", "base s past")  # "Acme nears deal for Globex"
TAKES_PRIVATE = _reading("takes private", "base s ing past")  # "Musk to take Twitter private"
GAINS_CONTROL = _reading("gains control", "base s past")  # "Acme takes control of Globex"
SELLS_TO = _reading("sells to", "base s ing past")  # "Globex sold to Acme"
ANSWERS_BID_FROM = _reading("answers bid from", "base s past")  # "Globex rejects takeover bid from Acme"
ANSWERS_BID = _reading("answers bid", "base")  # "PeopleSoft rejects Oracle's offer" (the base, then "s" or "ed")
APPROVES = _reading("approves", "base s past")  # "Acme shareholders approve sale to Globex"
MERGES_WITH = _reading("merges with", "base s past ing")  # "Acme to merge with Globex"
MERGES = _reading("merges", "base")  # "their plan to merge"
# Stage: a deal completed or called off
CLOSES = _reading("closes", "base s past ing")  # "Broadcom completes acquisition of VMware"
CLOSES_NAMED = _reading("closes named", "base s past ing")  # "HPE completes Juniper deal"
DONE_IN_SENTENCE = _reading("done in sentence", "base s past")  # anywhere in the sentence: the deal is complete
MERGER_DONE = _reading("merger done", "s past")  # "Exxon and Mobil completed their merger"
ENDS = _reading("ends", "base s past ing")  # "Adobe calls off its deal for Figma"
ENDS_NAMED = _reading("ends named", "base s past ing")  # "Nvidia abandons $40 billion Arm deal"
ENDS_MERGER = _reading("ends merger", "base s past")  # "Tapestry and Capri terminate merger agreement"
# Deal nouns
OF = _reading("of", "noun")  # "Microsoft's acquisition of Activision"
NAMED_BEFORE = _reading("named before", "noun")  # "the Whole Foods acquisition": the name before is the target
SALE_TO = _reading("sale to", "noun")  # "Yahoo's sale to Verizon", "Yahoo's acquisition by Verizon"
APPROVED = _reading("approved", "noun")  # "approve sale to", after APPROVES
AGREED_BY = _reading("agreed by", "noun")  # "Kessler agrees to buyout by Marlowe"
BID_KIND = _reading("bid kind", "noun")  # "a takeover bid from": what kind of bid
BID = _reading("bid", "noun")  # "makes a bid for"
BID_FROM = _reading("bid from", "noun")  # "rejects a bid from"
BID_ANSWERED = _reading("bid answered", "noun")  # "rejects Oracle's offer"
ENDED = _reading("ended", "noun")  # "calls off its bid for"
CLOSED = _reading("closed", "noun")  # "completes its acquisition of"
DIES = _reading("dies", "noun")  # "Nvidia's Arm deal collapses"
NAMED_DEAL = _reading("named deal", "noun")  # "completes Juniper deal": a deal noun after a company's name
MERGER = _reading("merger", "noun")  # "Pfizer and Seagen in merger talks"
SALE_OF = _reading("sale of", "noun")  # "the sale of its Corliss Paper unit to Brookhaven"
TALKS = _reading("talks", "noun")  # "merger talks with Globex"
ABOUT = _reading("about", "noun")  # "held talks with Globex about a merger"
VALUES = _reading("values", "noun")  # "Kestrel's offer values Norrland at $4 billion"
POINTED_AT = _reading("pointed at", "noun")  # "the acquisition": a deal an earlier sentence named
DESCRIBED_OF = _reading("described of", "noun")  # "a takeover of the Brazilian jet maker"

# Deal stage cues
RUMOR = _reading("rumor", "base s ing")  # the deal is talked of, not agreed: "Acme nears deal", "sources said"
# Company names
NAME_STOP = _reading("name stop", "base s past pp ing noun plural")  # never part of a company name ("Acme Buys ...")

# Departure verbs
LEAVES = _reading("leaves", "base s past ing")  # "Jane Roe resigns", "Acme CEO steps down"
IS_REMOVED = _reading("is removed", "pp")  # "Acme CEO is ousted", "... has been replaced"
REMOVED = _reading("removed", "pp")  # "Acme CEO ousted"
REMOVES = _reading("removes", "base s past ing")  # "Ford ousts CEO Mark Fields", "Acme parts ways with CFO"
ANNOUNCED = _reading("announced", "noun")  # "Acme announces the retirement of CEO Jane Roe"
SUCCESSOR = _reading("successor", "noun")  # "Acme names a successor to CEO Jane Roe"
SUCCEEDS = _reading("succeeds", "base s past ing")  # "Hackett replaces Fields as Ford CEO"
HIRES = _reading("hires", "base s past")  # "Apple hires Tesla's CFO", "Acme names ... CFO": the hirer before
HIRES_AWAY = _reading("hires away", "base s past")  # "Apple hires Tesla's engineering chief Doug Field"
LEAVES_COMPANY = _reading("leaves company", "base s past ing")  # "Jane Roe quits Acme": the company is the object
THOSE_LEAVING = _reading("those leaving", "ing")  # "Those departing include Jane Roe, ..."
ABRUPT = _reading("abrupt", "pp")  # a departure that was not planned: "ousted", "effective immediately"
FILING_ABRUPT = _reading("filing abrupt", "pp")  # the same, as an 8-K filing says it (pipeline/edgar.py)

# A tense list may also hold "bare": the verb without the preposition its object takes ("parts ways", not "... with");
# and "main": the word's main spelling only ("finalize", not "finalise").
TENSES = ("base", "s", "past", "pp", "ing", "noun", "plural")
_VERB_TENSES = ("base", "s", "past", "pp", "ing")


@dataclass(frozen=True)
class Word:
    lemma: str
    kinds: tuple[str, ...] = ()  # the gates it opens: DEAL, DEPARTURE (none: read only once a gate is open)
    base: str = ""
    s: str = ""
    past: str = ""
    pp: str = ""  # the past participle, when it differs from the past
    ing: str = ""
    particles: tuple[str, ...] = ()  # "step" + down / aside / back
    then: str = ""  # the preposition before the verb's object: "walk away from", "pull out of"
    nouns: tuple[str, ...] = ()
    plurals: tuple[str, ...] = ()
    variant: tuple[str, ...] = ()  # another spelling's base, s, past and gerund: "finalise" for "finalize"
    reads: tuple[tuple[str, str], ...] = ()  # (reading, the tenses read)
    gate: tuple[str, ...] | None = None  # regex pieces, when the gate reads other beginnings than `stems` gives

    def forms(self, tense: str) -> list[str]:
        """The word's spellings in one tense, without particles: both spellings of a word that has two."""
        if tense == "noun":
            return list(self.nouns)
        if tense == "plural":
            return list(self.plurals)
        if tense not in _VERB_TENSES:
            return []  # "bare", "main": how to spell, not what
        main = (self.pp or self.past) if tense == "pp" else getattr(self, tense)
        # (a variant's participle is its past, where the word's own is: "acquihired" as "acqui-hired")
        other = (self.variant[("base", "s", "past", "ing").index("past" if tense == "pp" else tense)]
                 if self.variant and (tense != "pp" or not self.pp) else "")
        return [f for f in (main, other) if f]

    def spell(self, *tenses: str) -> list[str]:
        """The spellings of the given tenses, particles and preposition attached (unless "bare" is given)."""
        out: list[str] = []
        then = "" if "bare" in tenses else self.then
        for tense in tenses:
            for form in self.forms(tense) if tense != "bare" else ():
                if tense in ("noun", "plural"):
                    out.append(form)
                else:
                    out += [" ".join(filter(None, (form, p, then))) for p in self.particles or ("",)]
        return list(dict.fromkeys(out))

    def tenses(self, reading: str) -> tuple[str, ...] | None:
        for name, tenses in self.reads:
            if name == reading:
                return tuple(tenses.split())
        return None

    @property
    def verb_forms(self) -> list[str]:
        return list(dict.fromkeys(f for t in ("base", "s", "past", "pp", "ing") for f in self.forms(t)))

    def phrasal(self, particles: str, then: str = "", nouns: str = "", plurals: str = "", kinds: Iterable[str] = (),
                reads: Iterable = (), gate: Iterable[str] | None = None) -> "Word":
        """The same verb with particles: BUY.phrasal("out", nouns="buyout") is "buy out"."""
        return replace(self, lemma=f"{self.base} {particles}", particles=tuple(particles.split()), then=then,
                       nouns=tuple(nouns.split()), plurals=tuple(plurals.split()), kinds=tuple(kinds),
                       reads=_reads(reads), gate=tuple(gate) if gate is not None else None)


def _reads(reads: Iterable) -> tuple[tuple[str, str], ...]:
    out = []
    for item in reads:
        name, tenses = (item, READINGS[item]) if isinstance(item, str) else item
        assert name in READINGS, name
        out.append((name, tenses))
    return tuple(out)


def verb(forms: str, pp: str = "", particles: str = "", then: str = "", nouns: str = "", plurals: str = "",
         variant: str = "", kinds: Iterable[str] = (), reads: Iterable = (), gate: Iterable[str] | None = None) -> Word:
    """`forms` is "base third-person past gerund": "acquire acquires acquired acquiring"."""
    base, s, past, ing = forms.split()
    lemma = " ".join(filter(None, (base, particles, then)))
    return Word(lemma, tuple(kinds), base, s, past, pp, ing, tuple(particles.split()), then, tuple(nouns.split()),
                tuple(plurals.split()), tuple(variant.split()), _reads(reads),
                tuple(gate) if gate is not None else None)


def noun(spellings: str, plurals: str = "", kinds: Iterable[str] = (), reads: Iterable = (),
         gate: Iterable[str] | None = None) -> Word:
    """A noun or a fixed phrase; several spellings are separated by commas: "per share, a share"."""
    nouns = tuple(s.strip() for s in spellings.split(","))
    reads = [(item, "noun") if isinstance(item, str) else item for item in reads]  # a noun is read as a noun
    return Word(nouns[0], tuple(kinds), nouns=nouns, plurals=tuple(plurals.split()), reads=_reads(reads),
                gate=tuple(gate) if gate is not None else None)


# ---------------------------------------------------------------- deals

# Where the rules read a noun that names a deal of buying (most are read in more places still).
_BUYING_NOUN = [OF, NAMED_BEFORE, ENDED, CLOSED, NAMED_DEAL, POINTED_AT, DESCRIBED_OF]
# Where the rules read a verb of buying.
_BUYING_VERB = [ACTIVE, PASSIVE, BY_GERUND, TOLD_AS_PAST, BOUGHT_IT, DESCRIBED, DONE]

BUY = verb("buy buys bought buying", nouns="buyer", kinds=[DEAL], reads=[*_BUYING_VERB, DEAL_TO, NAME_STOP])
TAKE = verb("take takes took taking", pp="taken", reads=[TAKES_PRIVATE, GAINS_CONTROL])
SELL = verb("sell sells sold selling", nouns="sale", kinds=[DEAL],
            reads=[SELLS_TO, (DONE, "past"), NAMED_BEFORE, SALE_TO, APPROVED, AGREED_BY, SALE_OF, TALKS, ABOUT,
                   NAME_STOP])
WIN = verb("win wins won winning", reads=[WINS_BIDDING_WAR, SEALS_DEAL])

DEAL_WORDS: tuple[Word, ...] = (
    # buying
    verb("acquire acquires acquired acquiring", nouns="acquisition", plurals="acquisitions", kinds=[DEAL],
         reads=[*_BUYING_VERB, DEAL_TO, (OF, "noun plural"), *_BUYING_NOUN[1:], SALE_TO, APPROVED, AGREED_BY, BID_KIND,
                DIES, TALKS, ABOUT, VALUES, NAME_STOP]),
    BUY.phrasal("out", nouns="buyout",  # before "buy": "buys out" is read whole
                reads=[ACTIVE, *_BUYING_NOUN, SALE_TO, APPROVED, AGREED_BY, BID_KIND, DIES, TALKS, ABOUT, VALUES,
                       (NAME_STOP, "noun")]),
    BUY,
    # an acqui-hire: a company bought for its team, the company ending there ("is being acqui-hired by Lumacore")
    verb("acqui-hire acqui-hires acqui-hired acqui-hiring", kinds=[DEAL], variant="acquihire acquihires acquihired acquihiring",
         reads=[ACTIVE, PASSIVE, TOLD_AS_PAST, DONE]),
    verb("purchase purchases purchased purchasing", nouns="purchase", kinds=[DEAL],
         reads=[*_BUYING_VERB, *_BUYING_NOUN, SALE_TO, NAME_STOP]),
    TAKE.phrasal("over", nouns="takeover", plurals="takeovers", kinds=[DEAL],
                 gate=["takeover", r"take\s+over", r"took\s+over", r"takes\s+over", r"taking\s+over", r"taken\s+over"],
                 reads=[*_BUYING_VERB, *_BUYING_NOUN, SALE_TO, APPROVED, AGREED_BY, BID_KIND, DIES, TALKS, ABOUT,
                        VALUES, NAME_STOP, BID_FROM]),
    noun("takeover bid", reads=[OF]),
    TAKE.phrasal("private", reads=[PASSIVE]),  # "WeWork to be taken private"
    noun("take-private", kinds=[DEAL], reads=[OF]),  # "completes take-private of Glasswing Software"
    # a parent buying in its listed arm: "blocked Tallis Power's planned buy-in of its yieldco Tallis Clean Yield"
    noun("buy-in", plurals="buy-ins", kinds=[DEAL], reads=[OF]),
    # the last step of a takeover under German and other law: "squeeze-out of the minority shareholders of X"
    noun("squeeze-out", plurals="squeeze-outs", kinds=[DEAL], reads=[OF]),
    # a company that becomes another's unit, or a holder that becomes the one in control ("Panhuang will become a
    # wholly owned subsidiary of Jinwu", "has become the controlling shareholder of"): rules._becomes_unit; the gate
    # a share past half taken, with no stake's word (rules._control_stakes; the gate): "Hanasaki takes 51% of Dewlab"
    noun("takes a controlling share of", kinds=[DEAL],
         gate=[r"(?:take|takes|took|taking|taken|grab|grabs|grabbed|secure[sd]?|secures)\s+(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?"
               r"\s*(?:%|percent|per\s+cent|pct)\s+of"]),
    # a controlling interest disposed of (rules._control_stakes; the gate): "the disposal of its entire shareholding in"
    noun("disposal of a controlling interest", kinds=[DEAL],
         gate=[r"disposal\s+of\s+(?:[\w,%.]+\s+){0,8}?(?:stake|interest|shareholding|holding|shares)\s+in"]),
    # (and one that ceases to be: "Upon completion, Aurex Shiprepair will cease to be a subsidiary of the Company")
    noun("becomes a subsidiary of, controlling shareholder of, majority shareholder of, ceases to be a subsidiary of",
         kinds=[DEAL],
         gate=[r"bec[oa]m\w*\s+(?:an?\s+|the\s+)?(?:wholly[\s-]owned\s+|fully[\s-]owned\s+)?(?:subsidiary|unit)\s+of",
               r"(?:controlling|majority)\s+(?:shareholder|owner)\s+of",
               r"ceas\w*\s+to\s+be\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:subsidiary|unit)\s+of"]),
    # a mutual's merger as British and Irish law names it: a building society or a credit union "transfers its
    # engagements" to another, which takes on its members and business (rules._transfer_of_engagements; the gate)
    noun("transfer of engagements, transfers its engagements to", kinds=[DEAL],
         gate=[r"transfer\w*\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?engagements"]),
    # a company changing owner, told from its side ("changing hands", "under new ownership", "gets new owners",
    # "new owners at the Daily Grindstone"): read by rules._CHANGES_OWNER and _NEW_OWNERS_AT; here for the gate
    noun("changes hands, changing hands, changed hands, new owners, new ownership, now owned by", kinds=[DEAL],
         gate=[r"chang\w*\s+hands", r"new\s+owner", r"now\s+(?:wholly\s+|fully\s+|majority[\s-])?owned\s+by"]),
    # a failed bank's deposits taken on by another ("agreed to assume the $185 million in deposits of Kankakee Valley
    # Bank"): rules._DEPOSITS_ASSUMED; the gate
    noun("deposits of", kinds=[DEAL], gate=[r"deposits\s+(?:and\s+[\w\s$.,-]{1,60}?)?of"]),
    # an institution joining another ("Dunmore Lake Hospital to join Northvale Health"): rules._JOINS; the gate
    noun("joins, become part of, affiliation with", kinds=[DEAL], gate=[r"join", r"part\s+of", r"affiliation\s+with"]),
    TAKE.phrasal("control", reads=[DONE]),
    verb("snap snaps snapped snapping", particles="up", kinds=[DEAL], gate=["snap"],
         reads=[ACTIVE, PASSIVE, TOLD_AS_PAST, BOUGHT_IT, DONE, (NAME_STOP, "base s")]),
    verb("scoop scoops scooped scooping", particles="up", kinds=[DEAL], gate=["scoop"],
         reads=[ACTIVE, PASSIVE, TOLD_AS_PAST, DONE, (NAME_STOP, "base s")]),
    verb("gobble gobbles gobbled gobbling", particles="up", kinds=[DEAL], gate=["gobbl"], reads=[ACTIVE]),
    verb("swallow swallows swallowed swallowing", kinds=[DEAL],
         reads=[ACTIVE, PASSIVE, TOLD_AS_PAST, (NAME_STOP, "base s")]),
    # a bank or a co-operative taken into another ("Volta Trust Bank to absorb Kumasi Savings"): only a named
    # object makes it a deal (costs, losses and shocks are absorbed every day)
    verb("absorb absorbs absorbed absorbing", kinds=[DEAL], reads=[ACTIVE, PASSIVE, (NAME_STOP, "base s"), (MERGES_WITH, "pp")]),
    # selling
    SELL,
    verb("divest divests divested divesting", nouns="divestiture divestment", reads=[SALE_OF]),
    # Indian English for selling a business as a going concern: "to hive off its transformer unit to Nishikawa"
    verb("hive hives hived hiving", particles="off", kinds=[DEAL], reads=[SELLS_TO, (NAME_STOP, "base s past")]),
    # merging
    verb("merge merges merged merging", nouns="merger", plurals="mergers", kinds=[DEAL],
         reads=[MERGES_WITH, MERGES, (MERGER_DONE, "past"), (DONE, "past"), NAMED_BEFORE, APPROVED, ENDED, DIES,
                NAMED_DEAL, MERGER, TALKS, ABOUT, POINTED_AT, NAME_STOP]),
    # "to be folded into parent Corrigan Systems": a company merged into another, often its parent
    verb("fold folds folded folding", kinds=[DEAL], reads=[(MERGES_WITH, "base s past pp")]),
    verb("combine combines combined combining", nouns="combination", kinds=[DEAL],
         reads=[MERGES_WITH, MERGES, MERGER, TALKS, ABOUT, POINTED_AT]),
    noun("tie-up", kinds=[DEAL], reads=[NAMED_BEFORE, ENDED, DIES, NAMED_DEAL, MERGER, ABOUT, POINTED_AT]),
    # continental Europe's word for a merger, as its press writes it in English ("approve their fusion", "the fusion
    # with Motoria Emiliana"): only as the parties' deal, never physics' or a kitchen's fusion
    noun("fusion", kinds=[DEAL], gate=[r"(?:their|the|planned|proposed)\s+fusion\s+(?:with|between|by\s+absorption)\b",
                                        r"approve[sd]?\s+(?:their|the)\s+fusion\b"],
         reads=[MERGER, ENDED]),
    # deals, bids and what is bid for
    noun("deal", plurals="deals", kinds=[DEAL],
         reads=[NAMED_BEFORE, ENDED, DIES, NAMED_DEAL, VALUES, POINTED_AT, (NAME_STOP, "noun plural")]),
    noun("transaction", reads=[VALUES, POINTED_AT]),
    verb("bid bids bid bidding", nouns="bid", kinds=[DEAL],
         reads=[(BIDS_FOR, "base s ing"), OF, BID, BID_FROM, BID_ANSWERED, ENDED, DIES, NAMED_DEAL, VALUES,
                DESCRIBED_OF, (RUMOR, "base s ing"), (NAME_STOP, "base s")]),
    verb("offer offers offered offering", nouns="offer", kinds=[DEAL],
         reads=[(BIDS_FOR, "base s past"), OF, BID, BID_FROM, BID_ANSWERED, ENDED, NAMED_DEAL, VALUES, DESCRIBED_OF,
                (RUMOR, "base s"), (NAME_STOP, "base s past")]),
    verb("approach approaches approached approaching", nouns="approach", kinds=[DEAL],
         reads=[OF, BID, BID_FROM, BID_ANSWERED, (RUMOR, "base past")]),
    noun("proposal", kinds=[DEAL], reads=[BID_FROM, BID_ANSWERED, VALUES]),  # "receives unsolicited proposal from"
    # a bidder's first, non-binding word ("got a non-binding indication of interest from Sable Ridge"); a takeover
    # scheme's offer from its bidder ("accepts $3.10 scheme from Coral Sea Capital": only with "from" after it)
    noun("indication of interest", kinds=[DEAL], reads=[BID_FROM]),
    noun("scheme", kinds=[DEAL], reads=[BID_FROM], gate=[r"scheme\s+from"]),
    # "wins auction for bankrupt fintech Lendwell's operations" (won, as a bidding war is; the gate opens only where
    # something is auctioned: a Treasury's auction of bills names no company)
    noun("auction", plurals="auctions", kinds=[DEAL], reads=[], gate=[r"auction\s+(?:for|of)\b"]),
    # takeover law's words for a bid, written where the law is the UK's, Australia's, India's or Singapore's: a
    # "tilt" (the City's slang), a court-sanctioned "scheme of arrangement" or "amalgamation", the "mandatory
    # offer" a holder crossing 30% must make, a controlling holder's "privatisation" offer, a bidder's "pursuit"
    noun("tilt", kinds=[DEAL], reads=[OF, BID, BID_FROM, BID_ANSWERED, ENDED, DIES, NAMED_DEAL]),
    # (Canada's court-approved "plan of arrangement", its "arrangement agreement")
    noun("scheme of arrangement, scheme of amalgamation, amalgamation, plan of arrangement, arrangement agreement",
         kinds=[DEAL],
         reads=[OF, NAMED_BEFORE, ENDED, DIES, NAMED_DEAL, MERGER, POINTED_AT]),
    # (India's takeover code calls it an "open offer")
    noun("mandatory offer, mandatory general offer, mandatory bid, general offer, open offer", kinds=[DEAL],
         reads=[OF, BID, BID_FROM, NAMED_BEFORE]),
    noun("privatisation, privatization", kinds=[DEAL],
         reads=[OF, NAMED_BEFORE, ENDED, DIES, NAMED_DEAL, BID_FROM, (NAME_STOP, "noun")]),
    # a controlling holder's offer that takes the company off the exchange (Singapore's "exit offer", a "delisting
    # offer"); an insolvent company's "resolution plan", by which its bidder takes it over (India's IBC)
    noun("exit offer, delisting offer", kinds=[DEAL], reads=[OF, BID, BID_FROM, NAMED_BEFORE]),
    noun("resolution plan", plurals="resolution plans", kinds=[DEAL], reads=[BID, BID_FROM, APPROVED, NAMED_DEAL]),
    # a bid or a scheme that lapses has failed ("PRIVATISATION OF KWAN LOK PROPERTIES LAPSES"); the word ends a name
    verb("lapse lapses lapsed lapsing", reads=[(NAME_STOP, "s past")]),
    noun("pursuit", kinds=[DEAL], reads=[OF, NAMED_BEFORE, ENDED, NAMED_DEAL]),
    # a small company's reverse merger as its lawyers write it: "terminated the Share Exchange Agreement with StreamHaus",
    # "closes share exchange with charter operator SkyJet" (only as the parties' agreement, not a market's "share exchange")
    noun("share exchange agreement, share exchange", kinds=[DEAL],
         gate=[r"share\s+exchange\s+(?:agreement|with|transaction|deal)"],
         reads=[OF, NAMED_BEFORE, ENDED, DIES, NAMED_DEAL, MERGER, POINTED_AT]),
    noun("overture", reads=[BID_ANSWERED]),
    noun("stake", plurals="stakes", kinds=[DEAL], reads=[(NAME_STOP, "noun plural")]),
    noun("control", kinds=[DEAL]),
    # control bought as a share of the company ("takes majority interest in"): "stake" alone opens the gate
    noun("majority interest, controlling interest, majority holding, controlling holding", kinds=[DEAL]),
    noun("private", kinds=[DEAL]),  # "take Twitter private"
    noun("in play", kinds=[DEAL]),
    noun("per share, a share", kinds=[DEAL]),
    # deals agreed, announced, planned, sought; and the talk of them
    verb("agree agrees agreed agreeing", nouns="agreement", reads=[NAME_STOP]),
    verb("plan plans planned planning", reads=[NAME_STOP]),
    verb("set sets set setting", reads=[(NAME_STOP, "base s")]),
    verb("seek seeks sought seeking", reads=[(NAME_STOP, "base s")]),
    verb("announce announces announced announcing", reads=[NAME_STOP]),
    verb("unveil unveils unveiled unveiling", reads=[(NAME_STOP, "base s")]),
    # a press release's Title Case verbs, never the end of a company's name: "Kestrel Signs Agreement to
    # Acquire Halden", "HSBC SIGNS AGREEMENT TO SELL ..." (the third person and past only: "Reach plc"; "reaches",
    # "strikes", "rejects", "receives" below, with their readings)
    verb("sign signs signed signing", reads=[(NAME_STOP, "base s past")]),  # "Kestrel and Halden Sign ..."
    verb("file files filed filing", reads=[(NAME_STOP, "s past")]),  # "HALVOR FILES FOR CHAPTER 11"
    verb("ink inks inked inking", reads=[(NAME_STOP, "base s past")]),
    verb("enter enters entered entering", reads=[(NAME_STOP, "s past")]),
    # "agreed to pay $700 million for Morning Crown Roasters": a price paid (rules._ACTIVE_DEAL reads what it is paid for)
    # (a price in a currency's code or its word too: "will pay PLN 1.3 billion for", "pays 12 euros per share in cash for")
    verb("pay pays paid paying", kinds=[DEAL], gate=[r"pa(?:ys?|id|ying)\s+(?:\w+\s+)?(?:[ca]\$|\$|€|£|[a-z]{3}\s)\s?\d",
                                                   r"pa(?:ys?|id|ying)\s+(?:about\s+)?[\d.,]+\s+(?:euros?|dollars?|pounds?|"
                                                   r"francs?|kronor|kroner|crowns?|yen|yuan)\s"]),
    # "is shopping its frozen division", "shopping itself to private equity": offered to buyers (rules._SALE_PROCESS)
    verb("shop shops shopped shopping", kinds=[DEAL], gate=[r"shop(?:s|ping|ped)\s+its"]),
    # "Silverdale confirms approach from Merriton": the target confirming a bid it received (a UK Rule 2.4 announcement)
    verb("confirm confirms confirmed confirming", reads=[(ANSWERS_BID_FROM, "base s past"), (NAME_STOP, "s past")]),
    verb("strengthen strengthens strengthened strengthening", reads=[(NAME_STOP, "s past")]),
    verb("expand expands expanded expanding", reads=[(NAME_STOP, "s past")]),
    verb("accelerate accelerates accelerated accelerating", reads=[(NAME_STOP, "s past")]),
    verb("eye eyes eyed eyeing", reads=[(RUMOR, "s ing"), (NAME_STOP, "base s")]),
    verb("mull mulls mulled mulling", reads=[RUMOR, MAKES_BID, (NAME_STOP, "base s")]),
    verb("explore explores explored exploring", reads=[RUMOR, (NAME_STOP, "base s")]),
    noun("talk", plurals="talks", reads=[(RUMOR, "noun plural"), (NAME_STOP, "noun plural")]),
    verb("report reports reported reporting", reads=[(RUMOR, "base s"), (NAME_STOP, "base s past")]),
    noun("reportedly", reads=[RUMOR, NAME_STOP]),
    noun("source", plurals="sources", reads=[(RUMOR, "plural"), (NAME_STOP, "noun plural")]),
    noun("rumour, rumor, rumoured, rumored", reads=[RUMOR]),
    noun("said to, people familiar, interest in", reads=[RUMOR]),
    noun("could, may, might, possible, potential", reads=[RUMOR]),
    # bids made and deals sealed
    verb("make makes made making", reads=[MAKES_BID, (NAME_STOP, "s")]),  # "Kestrel Makes Hostile Bid for ..."
    verb("launch launches launched launching", reads=[MAKES_BID, (NAME_STOP, "s past")]),
    verb("sweeten sweetens sweetened sweetening", reads=[MAKES_BID]),
    verb("submit submits submitted submitting", reads=[MAKES_BID]),  # "has submitted a mandatory tender offer for"
    verb("raise raises raised raising", reads=[MAKES_BID]),
    verb("revive revives revived reviving", reads=[MAKES_BID]),
    # ("renews its bid"; and a post that ends with its term, "CEO's contract not renewed", "will not renew the
    # contract of": the departure gate opens on that only, the rules' shapes are rules._DEPART_VERB, _COMPANY_REMOVES)
    verb("renew renews renewed renewing", kinds=[DEPARTURE], reads=[MAKES_BID],
         gate=[r"n(?:o|['’])t\s+(?:to\s+)?(?:be(?:en)?\s+|being\s+)?renew"]),
    verb("improve improves improved improving", reads=[MAKES_BID]),
    WIN,
    verb("near nears neared nearing", reads=[(SEALS_DEAL, "base s ing"), (RUMOR, "base s ing"), (NAME_STOP, "base s")]),
    verb("clinch clinches clinched clinching", reads=[SEALS_DEAL]),
    verb("seal seals sealed sealing", reads=[SEALS_DEAL]),
    verb("strike strikes struck striking", reads=[SEALS_DEAL, (NAME_STOP, "s past")]),
    verb("reach reaches reached reaching", reads=[SEALS_DEAL, (NAME_STOP, "s past")]),
    TAKE,
    verb("gain gains gained gaining", reads=[GAINS_CONTROL, (DONE, "past s")]),
    verb("seize seizes seized seizing", reads=[GAINS_CONTROL]),
    # a bid answered
    verb("reject rejects rejected rejecting", reads=[ANSWERS_BID_FROM, ANSWERS_BID, (NAME_STOP, "s past")]),
    verb("rebuff rebuffs rebuffed rebuffing", reads=[ANSWERS_BID_FROM, ANSWERS_BID]),
    verb("spurn spurns spurned spurning", reads=[ANSWERS_BID_FROM, ANSWERS_BID]),
    # ("Darwen Minerals board accepted the takeover from Kuroshio Metals")
    verb("accept accepts accepted accepting", reads=[ANSWERS_BID, ANSWERS_BID_FROM]),
    verb("receive receives received receiving", reads=[ANSWERS_BID_FROM, ANSWERS_BID, (NAME_STOP, "s past")]),
    verb("get gets got getting", reads=[(ANSWERS_BID_FROM, "s past"), (NAME_STOP, "s past")]),  # "CRANSTON (CRL) GETS BUYOUT PROPOSAL"
    # "weighs bid from" (the target answers), "weighs renewed approach for" (the bidder prepares one)
    verb("weigh weighs weighed weighing",
         reads=[(ANSWERS_BID_FROM, "base s"), ANSWERS_BID, MAKES_BID, (RUMOR, "base s ing"), (NAME_STOP, "base s")]),
    verb("consider considers considered considering",
         reads=[(ANSWERS_BID_FROM, "base s"), ANSWERS_BID, MAKES_BID, (RUMOR, "base ing past"), (NAME_STOP, "base s")]),
    verb("snub snubs snubbed snubbing", reads=[ANSWERS_BID]),
    # "Blackthorn Mining's board is reviewing a $12bn approach from Kuroshio Metals": the target answers, in time
    verb("review reviews reviewed reviewing", reads=[(ANSWERS_BID_FROM, "base s ing"), (ANSWERS_BID, "base s ing")]),
    verb("evaluate evaluates evaluated evaluating", reads=[(ANSWERS_BID_FROM, "base s ing"), (ANSWERS_BID, "base s ing")]),
    # a deal approved
    verb("approve approves approved approving", reads=[APPROVES, (NAME_STOP, "s past")]),  # "FED APPROVES ..."
    verb("back backs backed backing", reads=[APPROVES, (NAME_STOP, "base")]),
    verb("vote votes voted voting", particles="for", reads=[APPROVES]),
    verb("endorse endorses endorsed endorsing", reads=[APPROVES]),
    # a deal completed
    verb("complete completes completed completing",
         reads=[CLOSES, CLOSES_NAMED, (DONE, "base s past"), DONE_IN_SENTENCE, MERGER_DONE,
                (NAME_STOP, "base s past ing")]),
    verb("close closes closed closing",
         reads=[CLOSES, CLOSES_NAMED, (DONE, "base s past"), MERGER_DONE, (NAME_STOP, "base s past ing")]),
    verb("finalize finalizes finalized finalizing", variant="finalise finalises finalised finalising",
         reads=[CLOSES, CLOSES_NAMED, (DONE, "base s past"), DONE_IN_SENTENCE, (NAME_STOP, "base s past main")]),
    verb("wrap wraps wrapped wrapping", particles="up", reads=[CLOSES_NAMED]),
    # a deal called off
    verb("terminate terminates terminated terminating", nouns="termination", kinds=[DEAL, DEPARTURE],
         reads=[ENDS, ENDS_NAMED, ENDS_MERGER, IS_REMOVED, REMOVES, ABRUPT, FILING_ABRUPT,
                (NAME_STOP, "base s past")]),
    verb("call calls called calling", particles="off", kinds=[DEAL],
         reads=[ENDS, ENDS_NAMED, ENDS_MERGER, (NAME_STOP, "base s past")]),
    verb("scrap scraps scrapped scrapping", kinds=[DEAL], reads=[ENDS, ENDS_NAMED, ENDS_MERGER, (NAME_STOP, "s past")]),
    verb("abandon abandons abandoned abandoning", kinds=[DEAL],
         reads=[ENDS, ENDS_NAMED, ENDS_MERGER, (NAME_STOP, "s past")]),
    verb("walk walks walked walking", particles="away", then="from", kinds=[DEAL],
         reads=[ENDS, ENDS_NAMED, ENDS_MERGER]),
    verb("drop drops dropped dropping", kinds=[DEAL], reads=[ENDS, ENDS_NAMED, (NAME_STOP, "s past")]),
    verb("pull pulls pulled pulling", particles="out", then="of", kinds=[DEAL], reads=[ENDS, ENDS_NAMED]),
    verb("withdraw withdraws withdrew withdrawing", pp="withdrawn", kinds=[DEAL], reads=[(ENDS, "base s past pp")]),
    verb("end ends ended ending", reads=[ENDS, ENDS_NAMED, ENDS_MERGER, (NAME_STOP, "s past")]),
    verb("kill kills killed killing", kinds=[DEAL], reads=[(ENDS, "base s past"), (ENDS_NAMED, "base s past")]),
    verb("nix nixes nixed nixing", kinds=[DEAL], reads=[(ENDS, "base s past"), (ENDS_NAMED, "base s past")]),
)

# ---------------------------------------------------------------- departures

_LEAVING = [LEAVES, ANNOUNCED, LEAVES_COMPANY, THOSE_LEAVING, NAME_STOP]

DEPARTURE_WORDS: tuple[Word, ...] = (
    # leaving
    verb("resign resigns resigned resigning", nouns="resignation", kinds=[DEPARTURE],
         reads=[LEAVES, ANNOUNCED, NAME_STOP]),
    verb("step steps stepped stepping", particles="down aside back", kinds=[DEPARTURE],
         reads=[LEAVES, (NAME_STOP, "base s past ing")]),
    # British English for stepping down: "chairman Julian Coker will stand down at the annual meeting"
    verb("stand stands stood standing", particles="down", kinds=[DEPARTURE],
         reads=[LEAVES, (NAME_STOP, "base s past ing")]),
    verb("quit quits quit quitting", kinds=[DEPARTURE], reads=[(LEAVES, "base s ing"), LEAVES_COMPANY, NAME_STOP]),
    verb("retire retires retired retiring", nouns="retirement", kinds=[DEPARTURE],
         reads=[LEAVES, ANNOUNCED, THOSE_LEAVING, NAME_STOP]),
    verb("leave leaves left leaving", kinds=[DEPARTURE],
         reads=[(LEAVES, "base s ing"), LEAVES_COMPANY, THOSE_LEAVING, NAME_STOP]),
    verb("depart departs departed departing", nouns="departure", kinds=[DEPARTURE], reads=_LEAVING),
    verb("exit exits exited exiting", nouns="exit", kinds=[DEPARTURE], reads=_LEAVING),
    # the German and Austrian notices' "legt sein Amt nieder", as they write it in English: "has laid down his office as
    # chairman of the supervisory board", "lays down her mandate"
    *(verb("lay lays laid laying", particles="down", then=f"{whose} {post}", kinds=[DEPARTURE],
           gate=[rf"la(?:y|ys|id|ying)\s+down\s+{whose}\s+{post}"], reads=[LEAVES])
      for whose in ("his", "her") for post in ("office", "mandate")),
    verb("relinquish relinquishes relinquished relinquishing", kinds=[DEPARTURE],
         reads=[LEAVES, (NAME_STOP, "base s past")]),
    verb("bow bows bowed bowing", particles="out", kinds=[DEPARTURE], reads=[(LEAVES, "base s past")]),
    # Commonwealth and Indian English: "superannuates as CMD" (retires at the age the post sets), "to demit office"
    verb("superannuate superannuates superannuated superannuating", kinds=[DEPARTURE],
         reads=[LEAVES, (NAME_STOP, "base s past")]),
    verb("demit demits demitted demitting", kinds=[DEPARTURE], gate=[r"demit(?:s|ted|ting)?\s+(?:his\s+|her\s+)?office"],
         reads=[LEAVES]),
    # an exchange's form for an officer leaving (Singapore's "CESSATION OF CHIEF EXECUTIVE OFFICER", "Date of
    # cessation"): only before a post
    verb("cease ceases ceased ceasing", nouns="cessation", kinds=[DEPARTURE],
         gate=[r"cessation\s+of\s+(?:the\s+)?(?:lead\s+|group\s+|non-executive\s+|independent\s+|executive\s+)*"
               r"(?:chief|ceo|cfo|coo|cto|director|chairman|chairwoman|chair|president|managing|company\s+secretary)",
               r"ceas(?:es|ed)\s+to\s+be\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}(?:officer|director|chairman|ceo|cfo)"],
         reads=[ANNOUNCED]),
    # "vacated the CEO post", "vacates his seat on the board": a post given up, as "relinquish" is
    verb("vacate vacates vacated vacating", kinds=[DEPARTURE], reads=[LEAVES, (NAME_STOP, "base s past")]),
    verb("hand hands handed handing", particles="over", kinds=[DEPARTURE], reads=[LEAVES]),
    # the post given to a successor: "ceded the job to outsider Ben Cary", "turning over CEO job to his deputy"
    verb("give gives gave giving", pp="given", particles="up", kinds=[DEPARTURE],
         gate=[r"g(?:ive|ives|ave|iving|iven)\s+up\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:job|post|role|reins|title|helm|"
               r"chair|chairmanship|position)"], reads=[LEAVES]),
    verb("cede cedes ceded ceding", kinds=[DEPARTURE], gate=[r"ced(?:e|es|ed|ing)\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?"
                                                            r"(?:job|post|role|reins|title|helm|chair|chairmanship)"],
         reads=[LEAVES]),
    verb("turn turns turned turning", particles="over", kinds=[DEPARTURE], gate=[r"turn\w*\s+over\s+(?:the\s+)?(?:\w+\s+)?"
                                                                                  r"(?:job|post|role|reins|title|helm)"],
         reads=[LEAVES]),
    # An executive's death ends their tenure as surely as a resignation, and it is never planned. Only the
    # inflected forms open the gate: "die" alone is in "diesel", "audience", "soldier".
    verb("die dies died dying", nouns="death demise", kinds=[DEPARTURE], gate=[r"die[sd]\b", r"death\s+of", r"demise\s+of"],
         reads=[(LEAVES, "s past"), (ABRUPT, "s past noun"), ANNOUNCED]),
    # ("the sudden passing of its Executive Chairman": the noun, only of someone)
    verb("pass passes passed passing", particles="away", kinds=[DEPARTURE], gate=[r"pass(?:es|ed)\s+away",
                                                                                   r"passing\s+of\s+(?:its|our|their|director)"],
         reads=[(LEAVES, "s past"), (ABRUPT, "s past")]),
    # "CEO Martin Leib was killed in a car accident": a death in office, told by the accident
    verb("kill kills killed killing", particles="in", kinds=[DEPARTURE], gate=[r"killed\s+in"],
         reads=[(IS_REMOVED, "pp"), (REMOVED, "pp"), (ABRUPT, "pp")]),
    # removed by the company
    verb("oust ousts ousted ousting", kinds=[DEPARTURE],
         reads=[IS_REMOVED, REMOVED, REMOVES, (ABRUPT, "pp s base"), (NAME_STOP, "base s past")]),
    # "unseating chairman Henry Ashdown": removed by a vote of the owners, in a proxy fight's words
    verb("unseat unseats unseated unseating", kinds=[DEPARTURE],
         reads=[IS_REMOVED, REMOVED, REMOVES, (ABRUPT, "pp s base"), (NAME_STOP, "base s past")]),
    # "firing" opens no gate, and "fir" would let in every "firm": a known gap
    verb("fire fires fired firing", kinds=[DEPARTURE], gate=[r"fire[ds]?\b"],
         reads=[IS_REMOVED, REMOVED, REMOVES, (ABRUPT, "pp s"), (NAME_STOP, "base s past")]),
    verb("sack sacks sacked sacking", kinds=[DEPARTURE],
         reads=[IS_REMOVED, REMOVED, REMOVES, ABRUPT, (NAME_STOP, "base s past")]),
    # "has been relieved of his duties": removed from the post (and "released from his duties")
    verb("relieve relieves relieved relieving", particles="of", kinds=[DEPARTURE], gate=[r"relieved\s+of"],
         reads=[(IS_REMOVED, "pp"), (REMOVED, "pp"), (ABRUPT, "pp")]),
    # a term not renewed ("will not extend his contract", "will not stand for another term"): rules._NOT_RENEWED
    noun("not renewed", kinds=[DEPARTURE], gate=[r"not\s+(?:to\s+)?(?:extend|renew)",
                                                r"not\s+(?:to\s+)?(?:stand|run)\s+for",
                                                r"not\s+seek\s+(?:another|a\s+further|a\s+new)\s+term"]),
    # (from the post's duties only: "released from his duties"; not "released from hospital")
    verb("release releases released releasing", particles="from", then="his duties", kinds=[DEPARTURE],
         gate=[r"releas\w*\s+from\s+his\s+duties"], reads=[(IS_REMOVED, "pp"), (REMOVED, "pp"), (ABRUPT, "pp")]),
    verb("release releases released releasing", particles="from", then="her duties", kinds=[DEPARTURE],
         gate=[r"releas\w*\s+from\s+her\s+duties"], reads=[(IS_REMOVED, "pp"), (REMOVED, "pp"), (ABRUPT, "pp")]),
    verb("dismiss dismisses dismissed dismissing", kinds=[DEPARTURE],
         reads=[IS_REMOVED, REMOVED, REMOVES, ABRUPT, (NAME_STOP, "base s past")]),
    verb("remove removes removed removing", kinds=[DEPARTURE], reads=[IS_REMOVED, REMOVES, ABRUPT, FILING_ABRUPT]),
    verb("axe axes axed axing", kinds=[DEPARTURE], gate=["axe"],  # "axing" opens no gate: a known gap
         reads=[IS_REMOVED, (REMOVES, "base s past"), ABRUPT]),
    # "Shareholders vote out Talbot Mining chairman": removed by the owners' vote
    verb("vote votes voted voting", particles="out", kinds=[DEPARTURE], gate=[r"vot\w*\s+out\b"],
         reads=[IS_REMOVED, REMOVED, (REMOVES, "base s past"), ABRUPT]),
    # "Kirishima Seiki president voted off board in rare AGM defeat": the same vote
    verb("vote votes voted voting", particles="off", kinds=[DEPARTURE], gate=[r"vot\w*\s+off\b"],
         reads=[IS_REMOVED, REMOVED, (REMOVES, "base s past"), ABRUPT]),
    verb("push pushes pushed pushing", particles="out", kinds=[DEPARTURE],
         reads=[IS_REMOVED, REMOVED, (REMOVES, "s past"), ABRUPT]),
    verb("force forces forced forcing", particles="out", kinds=[DEPARTURE],
         reads=[IS_REMOVED, REMOVED, (REMOVES, "base s past"), ABRUPT]),
    verb("let lets let letting", particles="go", kinds=[DEPARTURE], gate=[r"let\s+go"],  # a known gap: "lets go"
         reads=[IS_REMOVED, REMOVED, (ABRUPT, "base")]),  # "Brookvale Dairy CFO let go in cost review"
    # "parting ways" opens no gate: a known gap
    # Not a name stop word: "Parts" ends many names ("Istvan Auto Parts buys ..."); the rules end a name before it
    # only where "ways" follows (rules._PARTS_WAYS)
    verb("part parts parted parting", particles="ways", then="with", kinds=[DEPARTURE],
         gate=[r"parts?\s+ways", r"parted\s+ways"],
         reads=[REMOVES, (ABRUPT, "s base past bare")]),
    # succeeded
    verb("replace replaces replaced replacing", nouns="replacement", kinds=[DEPARTURE],
         reads=[IS_REMOVED, SUCCEEDS, SUCCESSOR, (REMOVES, "s past"), (NAME_STOP, "base s past ing")]),
    verb("succeed succeeds succeeded succeeding", nouns="successor", kinds=[DEPARTURE],
         # "Joseph Pruett, its president since 1968, would be succeeded on July 1 by Robert Naylor", as "replaced"
         reads=[IS_REMOVED, SUCCEEDS, SUCCESSOR, NAME_STOP]),
    # "Acme CEO out as ...", "Acme CEO is out": "out" alone is a departure only in these places
    noun("out", kinds=[DEPARTURE], reads=[NAME_STOP],
         gate=[r"out\s+as", r"out(?=\s*[,;:]|\s*$|\s+(?:after|amid|at|following|over)\b)", r"(?:is|are)\s+out\b"]),
    noun("re-election, reelection", kinds=[DEPARTURE], gate=[r"re-?election"]),  # "will not stand for re-election"
    noun("reins", kinds=[DEPARTURE]),  # "takes the reins from"
    # moving to another company: "Acme CFO Jane Roe joins Globex", "... to take helm at Globex"
    verb("join joins joined joining", kinds=[DEPARTURE]),
    # an executive jumping to a rival ("chief scientist jumps to Tidewright"); the rules read it only after a post
    verb("jump jumps jumped jumping", particles="to", kinds=[DEPARTURE], gate=[r"jump\w*\s+(?:ship\s+)?to"]),
    verb("defect defects defected defecting", kinds=[DEPARTURE]),
    noun("helm", kinds=[DEPARTURE]),
    noun("exodus", kinds=[DEPARTURE]),
    # hired away from another company: "Apple hires Tesla's CFO"
    verb("hire hires hired hiring", kinds=[DEPARTURE], gate=["hire", "hiring"],
         reads=[HIRES, HIRES_AWAY, (NAME_STOP, "s past")]),
    # ("has been poached by a rival": the one hired away leaves)
    verb("poach poaches poached poaching", kinds=[DEPARTURE], reads=[HIRES, HIRES_AWAY, (IS_REMOVED, "pp")]),
    verb("lure lures lured luring", kinds=[DEPARTURE], gate=["lure"],  # "luring" opens no gate: a known gap
         reads=[HIRES, HIRES_AWAY]),
    verb("nab nabs nabbed nabbing", kinds=[DEPARTURE], reads=[HIRES, HIRES_AWAY]),
    verb("snag snags snagged snagging", kinds=[DEPARTURE], reads=[HIRES, HIRES_AWAY]),
    verb("recruit recruits recruited recruiting", kinds=[DEPARTURE], reads=[HIRES, HIRES_AWAY]),
    verb("pick picks picked picking", reads=[(NAME_STOP, "s past")]),
    verb("promote promotes promoted promoting", reads=[(NAME_STOP, "s past")]),
    verb("tap taps tapped tapping", reads=[HIRES, (NAME_STOP, "s past")]),
    verb("name names named naming", reads=[HIRES, (NAME_STOP, "base s past")]),
    verb("appoint appoints appointed appointing", reads=[HIRES, (NAME_STOP, "base s past")]),
    # a departure that was not planned
    noun("effective immediately", reads=[ABRUPT, FILING_ABRUPT]),
    noun("with immediate effect", reads=[ABRUPT, FILING_ABRUPT]),
    noun("immediately", reads=[ABRUPT]),
    noun("abrupt, abruptly", reads=[ABRUPT]),
    noun("unexpected, unexpectedly", reads=[ABRUPT, FILING_ABRUPT]),
    noun("sudden, suddenly", reads=[ABRUPT]),
    noun("interim", reads=[ABRUPT, FILING_ABRUPT, NAME_STOP]),
    noun("acting ceo, acting chief, acting president, acting cfo", reads=[ABRUPT]),
    noun("without cause", reads=[ABRUPT]),
    noun("for cause", reads=[ABRUPT, FILING_ABRUPT]),
    noun("misconduct", reads=[ABRUPT]),
    noun("shake-up, shakeup", reads=[ABRUPT]),
)

WORDS: tuple[Word, ...] = DEAL_WORDS + DEPARTURE_WORDS


# ---------------------------------------------------------------- titles and seniority


def _words(text: str) -> list[str]:
    """"a b_c d" -> ["a", "b c", "d"]."""
    return [w.replace("_", " ") for w in text.split()]


# The C-suite as headlines write it: "CFO", "chief financial officer", "finance chief".
C_SUITE_ABBREVIATIONS = "cfo coo cto cio cmo cpo cro chro ciso cao cco cso cdo".split()  # and "ceo", "c.e.o"
C_SUITE_FUNCTIONS = _words("executive financial operating technology information marketing product revenue "
                           "people legal commercial strategy digital risk investment accounting administrative "
                           "human_resources data security medical scientific creative content compliance business "
                           "growth customer brand design")
FUNCTION_CHIEFS = _words("finance financial tech technology operating operations marketing strategy design product "
                         "brand communications hr people sales legal investment executive risk content creative "
                         "digital retail supply_chain engineering research ai data manufacturing")
# "vice president of sales", "head of supply chain"
TITLE_FIELDS = _words("sales marketing engineering operations finance product technology strategy research ai "
                      "human_resources communications design retail manufacturing quality supply_chain")


@dataclass(frozen=True)
class Title:
    """An executive title and its seniority. `reads`: how the rules tell it inside a title they found ("EVP",
    "chief executive"), as regexes; `filing`: how an 8-K names it, as a regex, and `name`: how it is shown."""
    key: str
    seniority: str
    reads: tuple[str, ...] = ()
    filing: str = ""
    name: str | None = None  # None: as the filing wrote it, in title case


# In the order the rules tell a title's seniority by: the first title a title holds decides ("Vice Chair" is a
# board seat, "Executive Vice President" a VP, "Chief Executive Officer and President" C-suite).
TITLES: tuple[Title, ...] = (
    Title("vice chair", SENIORITY_DIRECTOR_BOARD, (r"\bvice[\s-]+chair",)),
    Title("executive chair", SENIORITY_BOARD_CHAIR, (r"\bexecutive\s+chair",)),
    Title("chief executive officer", SENIORITY_C_SUITE, (r"\bc\.?e\.?o\b", r"\bchief\s+executive(?!s)"),
          filing="chief executive officer|ceo", name="Chief Executive Officer"),
    Title("vice president", SENIORITY_VP, (r"\bvice[\s-]+president", r"\bevp\b", r"\bsvp\b", r"\bvp\b"),
          filing="vice president", name="Vice President"),
    Title("head of", SENIORITY_VP, (r"\bhead\s+of\b", r"\w\s+head$")),  # "head of sales", "sales head"
    Title("general counsel", SENIORITY_VP, (r"\bgeneral\s+(?:counsel|manager)",)),  # and general manager
    Title("managing director", SENIORITY_VP, (r"\bmanaging\s+director",)),
    Title("group president", SENIORITY_VP, (r"\bgroup\s+president",)),
    Title("executive", SENIORITY_VP, (r"\bexecutives?\b", r"\bexecs?\b")),  # "Acme executives quit"
    Title("director of", SENIORITY_VP, (r"\bdirector\s+of\b",)),  # "director of marketing"
    Title("boss", SENIORITY_C_SUITE, (r"\bchief\s+executive", r"\bboss\b")),
    Title("founder", SENIORITY_FOUNDER, ("founder",), filing="founder", name="Founder"),  # and co-founder
    Title("chief financial officer", SENIORITY_C_SUITE, filing="chief financial officer|cfo",
          name="Chief Financial Officer"),
    Title("chief operating officer", SENIORITY_C_SUITE, filing="chief operating officer|coo",
          name="Chief Operating Officer"),
    Title("chief", SENIORITY_C_SUITE, (r"\bc[a-z]{1,3}o\b", r"\bchief\b"), filing="chief [a-z]+ officer"),  # any chief
    Title("president", SENIORITY_PRESIDENT, (r"\bpresident\b",), filing="president", name="President"),
    Title("chair", SENIORITY_BOARD_CHAIR, (r"\bchair",), filing="(chair(?:man|woman)?) of the board",
          name="Chair of the Board"),
    Title("director", SENIORITY_DIRECTOR_BOARD, (r"\bdirectors?\b", r"\bboard\s+members?\b"),
          filing="(director|member of the board)", name="Director"),
)

# The order an 8-K's titles are told in (pipeline/edgar.py): the first one a sentence names decides.
FILING_TITLES: tuple[Title, ...] = tuple(next(t for t in TITLES if t.key == key) for key in (
    "chief executive officer", "chief financial officer", "chief operating officer", "chief", "founder", "chair",
    "president", "vice president", "director"))


def seniority_patterns() -> list[tuple[re.Pattern, str]]:
    """(pattern, seniority) in the order the rules try them: titles of one seniority that follow each other
    are one pattern."""
    out: list[tuple[list[str], str]] = []
    for title in TITLES:
        if not title.reads:
            continue
        if out and out[-1][1] == title.seniority:
            out[-1][0].extend(title.reads)
        else:
            out.append((list(title.reads), title.seniority))
    return [(re.compile("|".join(reads), re.I), seniority) for reads, seniority in out]


# ---------------------------------------------------------------- people

MONTHS = "january february march april may june july august september october november december".split()
HONORIFICS = "Mr Ms Mrs Dr".split()
NAME_PARTICLES = "de van von der da di la le".split()  # "Ursula von der Leyen"
# A person's name as news writes it: "Jane Roe", "JANE ROE", "Jean-Luc O'Neil", "J. Roe", "John Roe Jr.".
# (Latin letters with their accents too: "Rémi Castelnau-Vidal", "Søren Ødegård", "Łukasz Wróbel")
_UPPER = "A-Z" + "".join(letter for letter in map(chr, range(0xC0, 0x250)) if letter.isupper())
_LOWER = "a-z" + "".join(letter for letter in map(chr, range(0xDF, 0x250)) if letter.islower())
PERSON_WORD = (rf"(?:[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?|[A-Z]\.|[{_UPPER}][{_UPPER}'’-]+|Mc[A-Z][a-z]+|"
               r"O’[A-Z][a-z]+|O'[A-Z][a-z]+|"
               r"O[A-Z][a-z]+|"
               # an initial without its dot, as Indian and Malaysian English write it ("S Venkatachalam"); not "A", "I"
               r"(?![AI]\b)[A-Z](?=\s+[A-Z][a-z]))")
# A generation ends the name: "Albert Lord Jr.", "B. A. Bridgewater, Jr." (a Roman numeral is a PERSON_WORD).
PERSON = (rf"{PERSON_WORD}(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)?{PERSON_WORD}){{0,3}}"
          r"(?:,?\s+(?:Jr|Sr)\.(?=[\s,;:]|$))?")
# A person's name as a filing writes it: "Jane Q. Roe", "Gary S. Shedlin's"; group 1 is the name.
FILING_PERSON = r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:[A-Z][a-z]+[A-Za-z'’-]*|[A-Z]\.)){1,3})(?:’s|'s)?\b"
# Capitalised words of a filing that are not part of anybody's name.
FILING_NOT_A_NAME = frozenset("""On In As At By For The This That Effective Chief Board Company Item Directors Director
    Officer Executive Vice President Senior Inc Corporation Pursuant Following Under Committee Compensation Current
    Report Form Annual Securities Exchange Commission Separation Date Agreement Plan Firm Bank Trust
    Treasurer""".split()
    + HONORIFICS + [month.title() for month in MONTHS])


# ---------------------------------------------------------------- deriving patterns


def name_stop_words() -> list[str]:
    """Every spelling (without particles) of the words read as NAME_STOP: words that never belong to a company's
    name. "main" in a word's tenses leaves out its other spelling ("finalize", not "finalise")."""
    out = []
    for w in words(NAME_STOP):
        tenses = w.tenses(NAME_STOP)
        for tense in tenses:
            if tense != "main":
                out += w.forms(tense)[:1] if "main" in tenses else w.forms(tense)
    return list(dict.fromkeys(out))


def word(lemma: str) -> Word:
    """The table's word of that lemma ("out", "take over")."""
    return next(w for w in WORDS if w.lemma == lemma)


def words(reading: str) -> list[Word]:
    """The words read in `reading`, in the table's order."""
    return [word for word in WORDS if word.tenses(reading) is not None]


def spellings(reading: str, tenses: str | None = None) -> list[str]:
    """Every spelling read in `reading` (or in the given tenses of the words read so)."""
    return [s for word in words(reading) for s in word.spell(*(tenses.split() if tenses else word.tenses(reading)))]


def rx(reading: str, tenses: str | None = None, space: str = r"\s+") -> str:
    """A regex alternation of every spelling read in `reading`, word by word in the table's order, shared
    beginnings factored out: "acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|...". Within a word the bare form
    is tried last ("buy" after "buys"): the patterns read a word to its end, so the order makes no difference."""
    return "|".join(_word_rx(word, tenses.split() if tenses else word.tenses(reading), space)
                    for word in words(reading))


def _word_rx(word: Word, tenses: Iterable[str], space: str = r"\s+") -> str:
    tenses = list(tenses)
    heads = list(dict.fromkeys(f for t in tenses if t not in ("noun", "plural", "bare") for f in word.forms(t)))
    after = ""
    if word.particles:
        after += space + _alternatives(word.particles, space)
    if word.then and "bare" not in tenses:
        after += space + _escape(word.then, space)
    nouns = [f for t in tenses if t in ("noun", "plural") for f in word.forms(t)]
    return "|".join([_group_rx(group, space) + after for group in _groups(heads)] +
                    [_group_rx(group, space) for group in _groups(nouns)])


def _group_rx(group: list[str], space: str = r"\s+") -> str:
    tail = group[0].partition(" ")[2]
    return _factor([s.partition(" ")[0] for s in group]) + (space + _escape(tail, space) if tail else "")


def _factor(heads: list[str]) -> str:
    """"acquire acquires acquired" -> "acquir(?:e|es|ed)"; "buy buys" -> "buys?"."""
    if len(heads) == 1:
        return re.escape(heads[0])
    stem = _common_prefix(heads)
    rests = [h[len(stem):] for h in heads]
    optional = "" in rests
    rests = [r for r in rests if r]
    body = re.escape(rests[0]) if len(rests) == 1 and len(rests[0]) == 1 else \
        "(?:" + "|".join(re.escape(r) for r in rests) + ")"
    return re.escape(stem) + body + ("?" if optional else "")


def _common_prefix(spellings: list[str]) -> str:
    first, last = min(spellings), max(spellings)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _groups(spellings: Iterable[str]) -> list[list[str]]:
    """Spellings that begin alike (the same three letters, the same words after the first), in order."""
    groups: dict[tuple[str, str], list[str]] = {}
    for spelling in spellings:
        head, _, tail = spelling.partition(" ")
        groups.setdefault((head[:3], tail), []).append(spelling)
    return list(groups.values())


def _stem(group: list[str]) -> str:
    shortest = min(group, key=len)
    return shortest if all(s.startswith(shortest) for s in group) else _common_prefix(group)


def word_stems(reading: str) -> tuple[str, ...]:
    """What every spelling of the words read in `reading` begins with, whatever the tenses it reads: "terminat",
    "call", "complet", "finali" (finalize and finalise)."""
    return tuple(dict.fromkeys(stem for word in words(reading) for stem in literal_stems(word)))


def literal_stems(word: Word) -> list[str]:
    """What every spelling of the word begins with, one beginning for each group of spellings that begin
    alike: "acqui" (acquire, acquiring, acquisition), "buy" and "bought"; a verb's particles left off."""
    spelled = word.verb_forms + list(word.nouns) + list(word.plurals)
    return [_stem(group) for group in _groups(s.partition(" ")[0] for s in spelled)]


def stems(word: Word) -> list[str]:
    """The word beginnings (regex pieces) that let a sentence into the rules for `word`: for each group of
    spellings that begin alike, the shortest one when it begins all the others ("lure": lures, lured), else
    what they have in common ("acqui": acquire, acquiring, acquisition). A verb with particles needs one
    after it ("call\\w*\\s+off"); its nouns stand alone ("buyout")."""
    if word.gate is not None:
        return list(word.gate)
    if not word.particles:
        return [_escape(_stem(group)) for group in _groups(word.verb_forms + list(word.nouns))]
    particles = _alternatives(word.particles)
    return [_escape(_stem(group)) + r"\w*\s+" + particles for group in _groups(word.verb_forms)] + \
        [_escape(_stem(group)) for group in _groups(word.nouns)]


def hints(*readings: str) -> tuple[str, ...]:
    """What the spellings read in `readings` begin with, one stem for each group of spellings that begin alike
    ("complet", "clos", "finali"): a sentence without any of them cannot hold one of those words."""
    return tuple(dict.fromkeys(_stem(group) for spellings_ in _spellings_by_word(readings)
                               for group in _groups(spellings_)))


def _spellings_by_word(readings: Iterable[str]) -> list[list[str]]:
    return [[s.partition(" ")[0] for s in word.spell(*word.tenses(reading))] for reading in readings
            for word in words(reading)]


def hint_sets(*patterns: tuple[str, ...]) -> list[frozenset[str]]:
    """For patterns that each read words in some readings (a tuple of readings; or of plain words, for a
    pattern that reads its own), the stems a one-pass scan for all of them must find for the pattern to be
    worth running. The scan takes the longest stem at each place, so a pattern also lists any longer stem
    that may stand where one of its words does ("takeover" for a pattern that reads "take")."""
    spelled, own = [], []
    for readings in patterns:
        if all(r in READINGS for r in readings):
            groups = [g for spellings_ in _spellings_by_word(readings) for g in _groups(spellings_)]
        else:
            groups = [[r] for r in readings]
        spelled.append([(s, _stem(g)) for g in groups for s in g])
        own.append({stem for _, stem in spelled[-1]})
    every = set().union(*own)
    return [frozenset(stems_ | {other for other in every for s, stem in pairs if len(other) > len(stem) and
                                (s.startswith(other) or other.startswith(s))})
            for stems_, pairs in zip(own, spelled)]


def _escape(spelling: str, space: str = r"\s+") -> str:
    return re.escape(spelling).replace(r"\ ", space)


def _alternatives(items: Iterable[str], space: str = r"\s+") -> str:
    items = [_escape(i, space) for i in items]
    return items[0] if len(items) == 1 else f"(?:{'|'.join(items)})"


def _is_literal(piece: str) -> bool:
    return re.fullmatch(r"(?:[a-z0-9]|\\-)+", piece) is not None


def gate_pieces(kind: str) -> list[str]:
    """Every word beginning that lets a sentence into the rules of `kind`; a piece that a plain word beginning
    already begins is left out ("buyout" after "buy")."""
    pieces = list(dict.fromkeys(p for w in WORDS if kind in w.kinds for p in stems(w)))
    plain = [p for p in pieces if _is_literal(p)]
    return [p for p in pieces if not any(q != p and p.startswith(q) for q in plain)]


def gate(kind: str) -> re.Pattern:
    """The cheap gate of `kind`, for lower-cased text: no word of the kind, no work."""
    return re.compile(r"\b(?:" + "|".join(gate_pieces(kind)) + ")")


# ---------------------------------------------------------------- layoffs and bankruptcy (issue 13)
#
# The model decides whether a text reports job cuts or a bankruptcy; these words are what it may speak on
# (its gate: no word of the kind, no event) and what `distress.py` reads the details from. Each word once.

# Beginnings of words that open the layoffs gate: "lay off", "laid off", "job cuts", "redundancies", "shed",
# "close(s) its plant", "workforce", "furlough", "headcount", "staff", "eliminat(e/ing) positions".
LAYOFF_GATE_WORDS = ("layoff", "lay off", "lays off", "laid off", "laying off", "job", "redundanc", "shed",
                     "workforce", "work force", "sales force", "furlough", "headcount", "staff", "employees",
                     "workers", "positions", "roles", "clos", "shut", "idle", "axe", "slash", "trim", "cut",
                     "eliminat", "dismiss", "let go", "lets go", "letting go", "warn", "retrench", "rightsiz", "right-siz",
                     "downsiz", "section 189", "voluntary retire", "early retire", "voluntary separation", "voluntary exit",
                     "wind down", "winds down", "winding down", "wound down", "reduction in force",
                     "reductions in force", "rif ", "rifs", "fired everyone", "fires everyone", "firing everyone",
                     # a company's statement and an employee's post word it so ("part ways with 9% of our team",
                     # "saying goodbye to 38 teammates", "my position has been impacted", "will lose their jobs")
                     "part ways with", "parts ways with", "parted ways with", "parting ways with", "goodbye to",
                     "size of our team", "size of its team", "size of the team", "lose their jobs", "at risk",
                     # ("reducing the size of Glimmerly's team by 12%")
                     "reducing the size of", "reduce the size of", "reduces the size of", "reduced the size of",
                     "been impacted", "was impacted", "were impacted", "position has", "position was", "role has",
                     "role was", "roles have", "contracts of", "restructured", "voluntary redundan",
                     # British English's "to make 600 cabin crew redundant"; "250 miners out of work"
                     "redundant", "out of work")
# Beginnings that open the bankruptcy gate.
# "administration" only in its insolvency sense, where a company goes into it or comes out ("enters
# administration", "placed in administration"): as a subject or with a name before it ("the administration
# said", "the Trump administration") it is a government, whatever a model learned of the word.
# (the wires' and posts' "ch. 11", "Chap 11" are read as "Chapter 11" before any gate: combine._SHORTHAND)
BANKRUPTCY_GATE_WORDS = ("bankrupt", "chapter 11", "chapter 7", "chapter 15", "insolven",
                         "receiver", "liquidat", "going concern", "going-concern", "creditor",
                         # a filing's signs ahead: "hires restructuring advisers", "skips bond coupon"
                         "restructuring advis", "restructuring law", "restructuring counsel", "restructuring firm",
                         "restructuring expert", "restructuring specialist", "coupon", "interest payment", "debt payment",
                         "goes bust", "go bust", "went bust", "ccaa", "restructuring support", "prepack",
                         "reorganization plan", "plan of reorganization", "reorganisation plan", "plan of reorganisation",
                         "emerge",
                         # other jurisdictions' words for the same thing: Brazil's judicial recovery, Chile's and
                         # Colombia's judicial reorganization, Singapore's moratorium and judicial management, winding up,
                         # examinership
                         "judicial recovery", "judicial reorganization", "judicial reorganisation", "judicial management", "moratorium", "winding up", "winding-up",
                         "wound up", "examinership", "petition", "in administration",
                         # a company's owners winding it up ("vote to wind up the company"); a regulator's conservatorship
                         "wind up", "conservatorship",
                         # South Africa's business rescue, New Zealand's statutory management, Ireland's examiner
                         "business rescue", "statutory management", "statutory manager", "receiver-manager",
                         "examiner", "court protection",
                         # Japan's and Korea's rehabilitation, Australia's small business restructuring, Britain's CVA
                         "civil rehabilitation", "corporate rehabilitation", "small business restructuring",
                         # (and Japan's Corporate Reorganization Law, a court's procedure like Chapter 11)
                         "corporate reorganization", "corporate reorganisation", "for rehabilitation",
                         # an insurer's: a state's commissioner takes it into rehabilitation under a court's order;
                         # Singapore's judicial manager (the procedure's officer, as "examiner" is Ireland's)
                         "in rehabilitation", "into rehabilitation", "under rehabilitation", "court-led",
                         "court-ordered rehabilitation", "for reorganization", "for reorganisation", "rehabilitation order", "order of rehabilitation",
                         # Kazakhstan's and Russia's: "enters rehabilitation", "introduced a rehabilitation procedure"
                         "enters rehabilitation", "entered rehabilitation", "rehabilitation procedure",
                         # Canada's BIA: a notice of intention to make a proposal to creditors
                         "notice of intention to make", "notice of intention under",
                         "rehabilitator", "judicial manager",
                         "voluntary arrangement", "cva",
                         # Turkey's concordat (konkordato), Argentina's and Mexico's concurso, Brazil's recuperação
                         # judicial, Poland's sanation, France's redressement and sauvegarde, the Netherlands'
                         # suspension of payments, Indonesia's PKPU, and any court's proceedings of the kind
                         "concordat", "konkordato", "concurso", "recuperação judicial", "recuperacao judicial",
                         "judicial reorganization", "sanation", "redressement", "sauvegarde", "safeguard proceeding",
                         "suspension of payments", "pkpu", "reorganization proceeding", "restructuring proceeding",
                         # Sweden's and Finland's company reconstruction (företagsrekonstruktion); Italy's
                         # extraordinary administration, Portugal's revitalisation procedure (PER)
                         "company reconstruction", "reconstruction", "amministrazione straordinaria",
                         "extraordinary administration", "revitaliza", "sanacja", "legal protection proceeding",
                         "stay of proceedings", "special administration")

# ---------------------------------------------------------------- what the model may speak on
#
# The model speaks for a kind only where the text has a word of that kind: a sentence that only names a
# chairman or an executive ("Boatwright held a variety of executive positions") is not news of an exit,
# however much it reads like the notes the model learned from. These are broader than the rules' gates (the
# model reads the words around them); bench/quality.py prints how many labelled events pass.
MODEL_DEAL_GATE_WORDS = (
    "acqui", "merg", "buy", "bought", "purchas", "takeover", "take over", "took over", "takes over", "take-over",
    "m&a", "bid", "offer", "sale", "sell", "sold", "deal", "stake", "control", "private", "tender", "spac",
    "combin", "tie-up", "approach", "suitor", "pact", "in play", "absorb", "auction", "swap", "proposal",
    # control taken without a word of buying: "to make Tenshin Resin wholly owned", "to squeeze out minority holders"
    "wholly owned", "wholly-owned", "squeeze",
    # the Japanese and Commonwealth words for a merger: "management integration", "to integrate under a joint holding
    # company", "vote for amalgamation"
    "integrat", "amalgamat")
MODEL_DEPARTURE_GATE_WORDS = (
    "resign", "retir", "stood down", "stand down", "quit", "leav", "left", "exit", "oust",
    "fire", "sack", "dismiss", "replac", "succe", "relinquish", "part ways", "parts ways", "parted", "remov",
    "terminat", "died", "dies", "death", "passed away", "reins", "tenure", "transition", "ceased",
    "ceases", "gave up", "gives up", "give up", "vacat", "let go", "axe", "push", "forc", "hand", "no longer",
    "election", "interim", "take over", "takes over", "took over", "taking over", "lose", "loses", "losing", "lost",
    # exits told without a verb of leaving: a contract not renewed, a demotion, a post surrendered or passed on, a
    # death by accident
    "renew", "demot", "stripped", "surrender", "passed the", "passes the", "killed", "drown", "superannuat", "demit",
    # an exchange's or a registry's form: "CESSATION OF CHIEF EXECUTIVE OFFICER", "Date of cessation", "ceased to be a
    # director"; a filing's "separation agreement" (and "will separate from the company": MODEL_DEPARTURE_GATE_PATTERNS)
    "cessation", "ceased to be", "separation agreement")
# "out" only as a whole word ("forced out", "is out as CEO"), not "outlook" or "output"; a chief executive moving
# to the chair ("as founder moves to chair role", "will become executive chairman"): the post left to a successor.
MODEL_DEPARTURE_GATE_PATTERNS = (r"out\b",
                                 # not "department"; "step" only as a step away from a post ("steps down", "stepping
                                 # aside"), not "steps up" or "a step toward"
                                 r"depart(?!ments?\b)", r"step(?:s|ped|ping)?\s+(?:down|aside|back|away|off)\b",
                                 r"mov(?:e|es|ed|ing)\s+(?:up\s+)?to\s+(?:the\s+)?(?:role\s+of\s+)?"
                                 r"(?:executive\s+|non-executive\s+)?(?:chair|board)",
                                 r"becom(?:e|es|ing)\s+(?:executive|non-executive)\s+chair",
                                 # a filing's word for an executive's exit: "will separate from the company"
                                 r"separat(?:e|es|ed|ing)\s+from\s+(?:the\s+)?(?:company|firm|bank|group)\b")

# "administration" and "administrators" in their insolvency sense: what a company goes into, comes out of, is on
# the brink of, or has appointed ("enters voluntary administration", "placed under administration", "administrators
# appointed to Halden", "lenders have appointed an administrator").
BANKRUPTCY_GATE_PATTERNS = (  # each with no alternatives at its top, so the gates' scan finds it by its words
    r"(?:into|in|(?<!assets\s)under|enter(?:s|ed|ing)?|for|out\s+of|(?:brink|verge|edge)\s+of|toward|towards|close\s+to|voluntary|"
    r"special|formal)\s+administration\b",
    r"\badministration\s+(?:order|proceedings|process|application)",
    r"(?:appoint(?:s|ed|ing)?|appointment\s+of|call(?:s|ed)?\s+in|names?|named|joint)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:joint|and|several|voluntary|provisional)\s+)*administrators?\b",
    r"\badministrators?\s+(?:appointed|have\s+been|were|was|to\s+\w+|said|for|of|at)\b")

# Bankruptcy stage cues, read in this order: emergence first ("emerges from Chapter 11" names a filing too),
# then a warning (a filing still to come), otherwise `filed`.
BANKRUPTCY_EMERGED_WORDS = ("emerge", "emerging", "exits bankruptcy", "exited bankruptcy", "exit from bankruptcy", "exiting bankruptcy",
                            "exit bankruptcy", "exiting chapter 11", "exited chapter 11", "exit from chapter 11",
                            "plan of reorganization was confirmed", "reorganization plan confirmed",
                            "completes financial restructuring", "out of chapter 11", "exits chapter 11",
                            "exited court-supervised", "exits court-supervised", "exited court supervised")
BANKRUPTCY_WARNING_WORDS = ("prepar", "consider", "weigh", "explor", "may file", "could file", "might file",
                            "to file", "plans to file", "moving toward", "nears", "looms", "looming",
                            "impending", "imminent", "going concern", "going-concern", "restructuring support", "ahead of",
                            "skips interest", "skip", "misses", "missed", "grace period", "hires restructuring",
                            "advisers", "advisors", "possible bankruptcy", "brink", "on the verge")

# A text that names the kind but says it is not happening, is someone else's, or is not a company's.
LAYOFF_NOT_HAPPENING = ("no plans", "not planning", "not looking at", "no layoffs", "averted", "averting", "averts",
                        "without layoffs", "without job cuts", "without cutting jobs", "no job cuts",
                        "no further job cuts", "no more job cuts", "no further layoffs", "no more layoffs",
                        "no further cuts", "not expect to make further", "no additional layoffs",
                        "rules out", "ruled out", "denies", "denied", "recalls", "recalled", "rehir", "reopen",
                        "brings back", "bringing back", "brought back", "rescind", "laid off by",
                        "hiring freeze", "freezes hiring", "pause hiring", "to hire", "will hire", "hires", "adds",
                        "to add", "will add", "creating", "to create", "will create", "layoffs at rival",
                        "unemployment", "how to survive",
                        # a tally of many employers' cuts (not a product: "the solar tracker unit of ...")
                        "layoffs tracker", "layoff tracker", "cuts tracker", "tracker shows", "tracker's",
                        "tracker data", "tracker tall", "tracker finds", "tracker found", "tracker says",
                        "tracker said", "a tracker", "the tracker", "to tracker", "by tracker",
                        # jobs that go as people leave, nobody laid off: "eliminated through attrition"
                        "through attrition", "by attrition", "natural attrition", "natural wastage",
                        # a plan to cut undone: "reverses plan to cut 900 jobs", "scraps plans for layoffs"
                        "reverses plan", "reversed plan", "reverses its plan", "reversed its plan", "reverses course",
                        "layoffs reversed", "cuts reversed", "reversed after",
                        "scraps plan", "scrapped plan", "scraps its plan", "abandons plan", "abandoned plan",
                        "shelves plan", "shelved plan", "drops plan", "dropped plan", "calls off", "called off",
                        "backs off", "backed off", "walks back", "walked back", "u-turn",
                        # a concession made so that nobody is cut: "pilots accept 10% pay cut to avoid furloughs"
                        "to avoid layoffs", "to avoid furloughs", "to avoid job cuts", "to avoid redundancies",
                        # a report of cuts the company calls untrue: "dismisses report of 1,000 job cuts"
                        "dismisses report", "dismissed report", "dismisses reports", "dismissed reports")
# Words that say the cuts will not come or the jobs stay (the denials above, and jobs kept): by definition no
# layoff, whatever a model scores, unless the same sentence reports a cut by its shape ("no more cuts after it
# laid off 300" reports one). "Pemberton says Ashgrove plant is not closing": "there are no plans to shut the
# plant or cut its 400 jobs"; "All 19 employees were offered jobs".
LAYOFF_SAID_NOT_TO_HAPPEN = ("no plans", "not planning", "no layoffs", "no job cuts", "no job losses",
                             "no jobs will be lost", "without job losses", "without layoffs", "without job cuts",
                             "without cutting jobs", "rules out", "ruled out", "denies", "not closing", "won't close",
                             "will not close", "offered jobs", "offered positions", "offered employment",
                             "offer jobs", "offers jobs", "offering jobs", "offer employment", "offered roles",
                             "offered a position", "offered a job", "offered a role",
                             "keep their jobs", "retain all",
                             # the staff kept at work through a procedure ("Its 300 employees will continue working")
                             "continue working", "continue to work", "remain employed", "continue to be employed",
                             # the jobs kept ("300 jobs saved", "keeping all 300 jobs at the site")
                             "jobs saved", "jobs were saved", "jobs will be saved", "keeping all", "keep all")
# A government's job cuts: no company's, whatever a model scores.
# Numbers in words, as counts are written out ("Forty-six producers", "one hundred and twelve people"): the readers of
# counts build their patterns from these.
NUMBER_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen")
NUMBER_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# Central banks by their names (lower case, a pattern): a central bank's officers are officials and the banks it takes
# over are placed under its management, not bought. "Central Bank of ...", "Bank of ..." and "National Bank of ..."
# only where the country's central bank is so named ("Central Bank of India", "Bank of Ireland", "National Bank of
# Greece" are commercial banks); "the central bank" alone is one.
CENTRAL_BANKS = (r"(?:central\s+bank(?!\s+of\b)|central\s+bank\s+of\s+(?:the\s+)?(?:nigeria|kenya|egypt|ireland|brazil|jordan|"
                 r"iraq|iran|bahrain|oman|uae|united\s+arab\s+emirates|kuwait|sri\s+lanka|chile|argentina|armenia|azerbaijan|"
                 r"uzbekistan|cyprus|malta|luxembourg|libya|tunisia|somalia|liberia|the\s+gambia|gambia|seychelles|"
                 r"barbados|trinidad\s+and\s+tobago|bahamas|bolivia|paraguay|uruguay|ecuador|venezuela|costa\s+rica|"
                 r"honduras|nicaragua|myanmar|bosnia\s+and\s+herzegovina|montenegro|kosovo|yemen|syria|"
                 r"republic\s+of\s+turkey|russian\s+federation|west\s+african\s+states)|"
                 r"ecb|bundesbank|riksbank|norges\s+bank|banque\s+de\s+france|"
                 r"banca\s+d['’]italia|de\s+nederlandsche\s+bank|reserve\s+bank(?!\s+of\b)|"
                 r"reserve\s+bank\s+of\s+(?:india|australia|new\s+zealand|zimbabwe|malawi|fiji|vanuatu)|south\s+african\s+reserve\s+bank|"
                 r"federal\s+reserve|people['’]s\s+bank\s+of\s+china|bank\s+negara(?:\s+malaysia)?|bank\s+indonesia|"
                 r"bangladesh\s+bank|(?:swiss|czech|bulgarian|croatian|hungarian)\s+national\s+bank|"
                 r"state\s+bank\s+of\s+(?:pakistan|vietnam)|"
                 r"bank\s+of\s+(?:england|japan|canada|russia|korea|italy|france|spain|portugal|thailand|israel|mexico|ghana|"
                 r"uganda|tanzania|zambia|jamaica|albania|slovenia|lithuania|latvia|estonia|finland|namibia|botswana|mauritius|"
                 r"sierra\s+leone|guyana|algeria|sudan|papua\s+new\s+guinea|mongolia)|"
                 r"national\s+bank\s+of\s+(?:ukraine|kazakhstan|poland|belgium|serbia|romania|moldova|slovakia|austria|cambodia|"
                 r"rwanda|ethiopia|tajikistan|the\s+kyrgyz\s+republic|angola|georgia))")
# Whom a court, a regulator or lenders appoint to run a company in a procedure (lower case, a pattern): "provisional
# liquidators", "a receiver-manager", "a statutory manager", "business rescue practitioners"
PROCEDURE_OFFICERS = (r"(?:liquidators?|administrators?|receiver[-\s]managers?|receivers?|examiners?|"
                      # (India's: "appointed Mr. K. Venkatesan as Interim Resolution Professional")
                      r"(?:judicial|statutory)\s+managers?|business\s+rescue\s+practitioners?|resolution\s+professionals?)")
# Banking's agencies, by their letters and spelled out as wire copy does ("chairman of the Federal Deposit Insurance
# Corp.", "appointed the Resolution Trust Corp. as receiver"): a pattern, lower case
BANKING_AGENCIES = (r"fdic|ncua|occ|rtc|federal\s+deposit\s+insurance\s+corp\w*|resolution\s+trust\s+corp\w*|"
                    r"national\s+credit\s+union\s+administration")
GOVERNMENT_JOB_WORDS = ("state jobs", "government jobs", "government positions", "federal jobs", "federal workers",
                        # (the civil service's jobs or the service cutting, not a contractor's systems for it:
                        # "its Belfast office, which supports Northern Ireland Civil Service systems")
                        "civil service jobs", "civil service posts", "civil service positions", "civil service staff",
                        "civil service workforce", "civil service cuts", "civil service will", "civil service to",
                        "civil servants", "public sector", "state employees", "city employees",
                        "county employees", "county workers", "municipal workers", "municipal employees",
                        "municipal jobs", "city workers", "city jobs", "council workers", "council staff",
                        "council jobs", "government workers", "public servants", "civil-service",
                        # an armed service's or an arsenal's own staff: "to eliminate 400 civilian positions"
                        "civilian positions", "civilian jobs", "civilian employees", "civilian workers",
                        # public education's own staff: "Oregon's public universities to eliminate 400 positions"
                        "public universities", "public university", "school district", "school districts",
                        "public schools")
# (bankruptcy's law, lawyers and firms, the economy's count of filings and a filing told as history are patterns in
# pipeline/detection/distress.py)
BANKRUPTCY_NOT_HAPPENING = ("bankruptcy advisory", "bankruptcy reform", "bankruptcy filings by", "not on the table",
                            "denies", "denied", "rules out", "ruled out", "from bankrupt ", "bankrupt rival",
                            "of a bankrupt rival",
                            "emerges as", "to liquidate its stake", "liquidate its", "etf",
                            # sold as a working business, no filing: "takes over X nursing homes as going concern"
                            # (not "continue as a going concern": an auditor's doubt is a warning)
                            "sold as a going concern", "sold as going concern", "bought as a going concern",
                            "acquired as a going concern", "'s business as a going concern",
                            # a fund wound up is no company's insolvency
                            "fund to be liquidated", "fund will be liquidated", "fund is being liquidated",
                            "liquidate the fund", "fund liquidation",
                            # a person's, not a company's; the law, not a filing
                            "personal bankruptcy", "personal chapter", "individual chapter", "personal insolvency",
                            "bankruptcy changes", "bankruptcy bill",
                            "bankruptcy legislation", "bankruptcy rules", "bankruptcy code changes",
                            # a customer's, a supplier's or a tenant's filing, felt by the company named
                            "customer that filed", "customer which filed", "customer's bankruptcy",
                            "customer's chapter 11", "customers' bankruptcies", "supplier's bankruptcy",
                            "tenant's bankruptcy", "client's bankruptcy", "retailer that filed",
                            # a filing said not to come
                            "no plans to file", "no plans to seek", "not planning to file", "no intention of filing",
                            "not considering bankruptcy", "not preparing to file", "has no plans to")
# The denials among those (and "not on the table"): by definition no filing unless the same sentence reports
# one by its shape.
BANKRUPTCY_SAID_NOT_TO_HAPPEN = ("no plans to file", "no plans to seek", "not planning to file", "no intention of filing",
                                 "not considering bankruptcy", "not preparing to file", "has no plans to",
                                 # the filing's own verb negated: "has not filed for bankruptcy", "does not plan to file"
                                 "not plan to file", "no plan to file", "not filed for", "not file for", "not filing for",
                                 "won't file", "won’t file",
                                 # a filing averted: "reaches deal with lenders, avoids bankruptcy"
                                 "avoids bankruptcy", "avoided bankruptcy", "averts bankruptcy", "averted bankruptcy",
                                 "staves off bankruptcy", "staved off bankruptcy", "avoids chapter 11", "avoided chapter 11",
                                 "averts chapter 11", "averted chapter 11", "avoids administration", "averts administration",
                                 "not on the table", "denies", "rules out", "ruled out",
                                 # rumours of one dismissed: "dismisses administration rumours as 'baseless'"
                                 "dismisses administration rumours", "dismisses administration rumors",
                                 "dismisses bankruptcy rumours", "dismisses bankruptcy rumors",
                                 # ("dismisses reports of financial distress", "reports ... were 'categorically false'")
                                 "dismisses reports", "dismissed reports", "categorically false",
                                 "dismisses insolvency rumours",
                                 # a filing averted: "restructures convertible notes, averting a bankruptcy filing"
                                 "averting", "averted", "averts")


def bundled_places() -> dict:
    """pipeline/data/places.json (scripts/build_places.py); empty while that script writes it the first time."""
    try:
        return json.loads(resources.files("pipeline").joinpath("data/places.json").read_text("utf-8"))
    except FileNotFoundError:
        return {}


def word_pieces(words: Iterable[str]) -> list[str]:
    """Word beginnings as gate pieces: the text itself, a space standing for any white space."""
    return [_escape(word) for word in words]


def gate_of_words(words: Iterable[str]) -> re.Pattern:
    """A gate for lower-cased text from word beginnings written once (a space stands for any white space)."""
    return re.compile(r"\b(?:" + "|".join(word_pieces(words)) + ")")


# The states and provinces of federations, by their English names: places, as a country is ("Ohio's Tanner Freight",
# "Maine's Hollingbury Agency": the place the company is in, before its name). (Not Victoria: "Victoria's Secret".)
REGIONS = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
alberta manitoba ontario quebec saskatchewan nunavut yukon queensland tasmania
""".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
                "south carolina", "south dakota", "west virginia", "british columbia", "new brunswick",
                "nova scotia", "prince edward island", "newfoundland and labrador", "northwest territories",
                "new south wales", "south australia", "western australia", "northern territory"}
# The wires' abbreviations of the states, after a town's name and a comma ("Roseburg, Ore.", "Moline, Ill.")
REGION_ABBREVIATIONS = frozenset("""
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y
n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo
""".split())


# Countries, some of their capitals as their governments' names ("Kremlin", "Washington"), by their names in English:
# never an employer ("Peru ousts interim president"), and the economy's subject ("Canada sheds 40,000 jobs in March").
COUNTRIES = frozenset("""
afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium bolivia
brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus czechia denmark ecuador egypt
estonia ethiopia finland france georgia germany ghana greece guatemala haiti honduras hungary iceland india
indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo kuwait latvia lebanon libya
lithuania madagascar malaysia mali malta mexico moldova mongolia montenegro morocco myanmar nepal netherlands
nicaragua niger nigeria norway pakistan panama paraguay peru philippines poland portugal qatar romania russia
rwanda senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania
thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe britain
england scotland wales kremlin beijing moscow washington tehran kyiv kiev
""".split()) | {"sri lanka", "south korea", "north korea", "south africa", "new zealand", "saudi arabia",
                "united kingdom", "united states", "uae"} | frozenset(
    # and every other country and territory by its English name (GeoNames, scripts/build_places.py)
    bundled_places().get("countries", ()))


# ---------------------------------------------------------------- Form 8-K's item captions

# The captions Form 8-K gives its items, as a filing or a bot's summary writes them after the item's number ("Item
# 2.05 Costs Associated with Exit or Disposal Activities"): the form's words, never a company's name or news of
# this filing (what the item says follows them). Lower case; a space stands for any white space.
FORM_8K_ITEM_CAPTIONS = (
    "entry into a material definitive agreement",
    "termination of a material definitive agreement",
    "bankruptcy or receivership",
    "mine safety - reporting of shutdowns and patterns of violations",
    "material cybersecurity incidents",
    "completion of acquisition or disposition of assets",
    "results of operations and financial condition",
    "creation of a direct financial obligation or an obligation under an off-balance sheet arrangement of a registrant",
    "triggering events that accelerate or increase a direct financial obligation or an obligation under an "
    "off-balance sheet arrangement",
    "costs associated with exit or disposal activities",
    "material impairments",
    "notice of delisting or failure to satisfy a continued listing rule or standard; transfer of listing",
    "unregistered sales of equity securities",
    "material modification to rights of security holders",
    "changes in registrant's certifying accountant",
    "non-reliance on previously issued financial statements or a related audit report or completed interim review",
    "changes in control of registrant",
    "departure of directors or certain officers; election of directors; appointment of certain officers; "
    "compensatory arrangements of certain officers",
    "departure of directors or principal officers; election of directors; appointment of principal officers",
    "departure of directors or certain officers",
    "amendments to articles of incorporation or bylaws; change in fiscal year",
    "temporary suspension of trading under registrant's employee benefit plans",
    "amendments to the registrant's code of ethics, or waiver of a provision of the code of ethics",
    "change in shell company status",
    "submission of matters to a vote of security holders",
    "shareholder director nominations",
    "regulation fd disclosure",
    "other events",
    "financial statements and exhibits",
)
