"""SEC EDGAR pages to filings and events. Pure functions: bytes and text in, data out.

What counts, and why:
- 8-K (and 8-K/A) item codes: 1.01 only when the document shows a merger agreement (most 1.01s are loans
  and licences), 2.01 completed acquisition, 5.01 change in control (the filer was taken over), 5.02 only
  when the document shows an officer or director leaving (5.02(a)/(b)); appointment-only and pay-only
  (5.02(c)/(e)) filings are not departures.
- 8-K Item 2.05 (costs of exit or disposal activities) is a layoff, with the jobs or the share of staff
  cut where the item's text gives them; Item 1.03 (bankruptcy or receivership) is a bankruptcy filed.
- Merger and tender-offer forms (425, DEFM14A, PREM14A, SC TO-T, SC 14D9): the "(Subject)" company is the
  target; a different "(Filed by)"/"(Filer)" company of a 425 or SC TO-T is the acquirer.
- Item codes are read for 8-Ks only: asset-backed forms (ABS-15G) number their sections "Item 2.01" too.
- A company is its CIK, never a name read from text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from pipeline.clean import plain_text
from pipeline.constants import (
    BANKRUPTCY,
    BANKRUPTCY_FILED,
    EXECUTIVE_DEPARTURE,
    LAYOFFS,
    MERGER_ACQUISITION,
    ROLE_ACQUIRER,
    ROLE_MERGER,
    ROLE_TARGET,
    STAGE_ANNOUNCED,
    STAGE_COMPLETED,
)
from pipeline.detection import vocabulary
from pipeline.feeds import FeedError, parse_date

FORM_8K = "8-K"
MERGER_FORMS = ("425", "DEFM14A", "PREM14A", "SC TO-T", "SC 14D9")
TRACKED_FORMS = (FORM_8K,) + MERGER_FORMS
# 2.05's document says how many jobs go; its item code alone already says that some do.
ITEMS_NEEDING_DOCUMENT = ("1.01", "2.05", "5.02")
TRACKED_ITEMS = ("1.01", "1.03", "2.01", "2.05", "5.01", "5.02")
SEC_HOSTS = ("www.sec.gov", "sec.gov", "efts.sec.gov")

_ATOM = "{http://www.w3.org/2005/Atom}"
# "8-K - Flux Power Holdings, Inc. (0001083743) (Filer)"
_ENTRY_TITLE = re.compile(r"^(?P<form>.+?) - (?P<name>.+) \((?P<cik>\d{1,10})\) \((?P<role>[^()]+)\)\s*$")
_ITEM = re.compile(r"\bItem\s+(\d{1,2}\.\d{2})\b", re.IGNORECASE)
_ACCESSION = re.compile(r"\b(\d{10}-\d{2}-\d{6})\b")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=False)


@dataclass(frozen=True)
class Party:
    cik: int
    name: str
    role: str  # as EDGAR writes it: Filer, Subject, Filed by, Issuer, Reporting, ...


@dataclass
class Filing:
    accession: str
    form: str  # as filed, e.g. "SC TO-T/A"
    index_url: str
    filed: str | None = None  # ISO date
    parties: list[Party] = field(default_factory=list)
    items: list[str] = field(default_factory=list)

    @property
    def base_form(self) -> str:
        return self.form.upper().removesuffix("/A").strip()

    @property
    def tracked_items(self) -> list[str]:
        """Item codes that matter, and only on an 8-K: other forms reuse the words."""
        if self.base_form != FORM_8K:
            return []
        return [item for item in self.items if item in TRACKED_ITEMS]

    @property
    def needs_document(self) -> bool:
        return any(item in ITEMS_NEEDING_DOCUMENT for item in self.tracked_items)

    @property
    def is_tracked(self) -> bool:
        return self.base_form in MERGER_FORMS or bool(self.tracked_items)


@dataclass
class EdgarEvent:
    cik: int
    company: str
    kind: str
    reason: str
    role: str | None = None
    stage: str | None = None
    person: str | None = None
    title: str | None = None
    seniority: str | None = None
    abrupt: bool = False
    detail: str = ""  # the sentence of the filing that shows it, plain text
    jobs: int | None = None  # layoffs: jobs cut, when the filing gives a number
    share: float | None = None  # layoffs: the fraction of staff cut, when the filing gives one


# ---------------------------------------------------------------- URLs


def sec_url(url_or_path: str, base: str) -> str:
    """Any SEC link (absolute on sec.gov, or a bare path) rebuilt on `base` (UPHEAVAL_SEC_BASE)."""
    parts = urlsplit(url_or_path.strip())
    if parts.netloc and parts.netloc.lower() not in SEC_HOSTS and not url_or_path.startswith(base):
        return url_or_path
    if url_or_path.startswith(base):
        return url_or_path
    path = parts.path if parts.path.startswith("/") else "/" + parts.path
    return base.rstrip("/") + path + (f"?{parts.query}" if parts.query else "")


def index_url_for(cik: int, accession: str, base: str) -> str:
    return f"{base.rstrip('/')}/Archives/edgar/data/{cik}/{accession.replace('-', '')}/{accession}-index.htm"


def daily_index_url(day: str, base: str) -> str:
    """day: YYYY-MM-DD -> the form-sorted daily index of that day."""
    year, month, dd = day.split("-")
    quarter = (int(month) - 1) // 3 + 1
    return f"{base.rstrip('/')}/Archives/edgar/daily-index/{year}/QTR{quarter}/form.{year}{month}{dd}.idx"


# ---------------------------------------------------------------- the current-filings Atom feed


def parse_current_feed(body: bytes, base: str) -> list[Filing]:
    """The getcurrent Atom page as filings (its entries grouped by accession number), in feed order."""
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise FeedError(f"not an EDGAR Atom feed: {' '.join(str(exc).split())[:160]}") from None
    if root.tag != f"{_ATOM}feed":
        raise FeedError("not an EDGAR Atom feed (no Atom root element)")
    filings: dict[str, Filing] = {}
    for entry in root.iter(f"{_ATOM}entry"):
        title = _ENTRY_TITLE.match(" ".join((entry.findtext(f"{_ATOM}title") or "").split()))
        link = entry.find(f"{_ATOM}link")
        summary = plain_text(entry.findtext(f"{_ATOM}summary"), 5000)
        accession = _ACCESSION.search((entry.findtext(f"{_ATOM}id") or "") + " " + summary)
        if not title or link is None or not accession:
            continue
        filing = filings.get(accession[1])
        if filing is None:
            category = entry.find(f"{_ATOM}category")
            form = (category.get("term") if category is not None else None) or title["form"]
            filed = re.search(r"Filed:\s*(\d{4}-\d{2}-\d{2})", summary)
            filing = filings[accession[1]] = Filing(
                accession=accession[1], form=form.strip(), index_url=sec_url(link.get("href", ""), base),
                filed=filed[1] if filed else (parse_date(entry.findtext(f"{_ATOM}updated")) or "")[:10] or None,
                items=_ITEM.findall(summary))
        party = Party(int(title["cik"]), plain_text(title["name"], 300), title["role"].strip())
        if party not in filing.parties:
            filing.parties.append(party)
    return list(filings.values())


# ---------------------------------------------------------------- daily indexes and filing index pages

# "8-K         ACME CORP                  1234567     20200318    edgar/data/1234567/0001234567-20-000001.txt"
_INDEX_LINE = re.compile(r"^(?P<form>\S(?:.*?\S)?)\s{2,}(?P<name>\S.*?)\s{2,}(?P<cik>\d{1,10})\s+"
                         r"(?P<date>\d{8})\s+(?P<path>edgar/data/\S+)\s*$")


def parse_daily_index(text: str, base: str, forms=TRACKED_FORMS) -> list[Filing]:
    """A form.YYYYMMDD.idx as filings of the tracked forms; roles and items come from each index page."""
    filings: dict[str, Filing] = {}
    wanted = {f.upper() for f in forms}
    for line in text.splitlines():
        match = _INDEX_LINE.match(line)
        if not match or match["form"].upper().removesuffix("/A").strip() not in wanted:
            continue
        accession = _ACCESSION.search(match["path"])
        if not accession:
            continue
        cik = int(match["cik"])
        date = match["date"]
        filing = filings.setdefault(accession[1], Filing(
            accession=accession[1], form=match["form"], index_url=index_url_for(cik, accession[1], base),
            filed=f"{date[:4]}-{date[4:6]}-{date[6:]}"))
        filing.parties.append(Party(cik, plain_text(match["name"], 300), ""))
    return list(filings.values())


@dataclass
class FilingIndex:
    form: str
    items: list[str]
    filed: str | None
    parties: list[Party]
    primary_url: str | None


_COMPANY = re.compile(r"^(?P<name>.+?)\s*\((?P<role>[^()]+)\)\s*CIK\s*:?\s*(?P<cik>\d{1,10})", re.S)


def parse_filing_index(body: bytes, base: str) -> FilingIndex:
    """The -index.htm page: form, item codes, filing date, companies with roles, primary document."""
    doc = lxml_html.fromstring(body)
    form = plain_text(" ".join(doc.xpath('//div[@id="formName"]//strong/text()')), 100).removeprefix("Form ").strip()
    infos = {}
    for head in doc.xpath('//div[@class="infoHead"]'):
        value = head.getnext()
        if value is not None:
            infos[head.text_content().strip()] = " ".join(value.itertext())  # items are split by <br/>
    parties = []
    for span in doc.xpath('//span[@class="companyName"]'):
        match = _COMPANY.match(" ".join(span.text_content().split()))
        if match:
            parties.append(Party(int(match["cik"]), match["name"].strip(), match["role"].strip()))
    primary = None
    for row in doc.xpath('//table[@class="tableFile"]//tr'):
        cells = row.xpath("./td")
        links = row.xpath(".//a/@href")
        if len(cells) >= 4 and links and cells[3].text_content().strip().upper() == form.upper():
            primary = sec_url(links[0].replace("/ix?doc=", ""), base)
            break
    return FilingIndex(form=form, items=_ITEM.findall(infos.get("Items", "")), filed=(infos.get("Filing Date") or "").strip() or None,
                       parties=parties, primary_url=primary)


def document_text(body: bytes) -> str:
    """The words of an HTML (or inline XBRL) primary document, as one line of plain text."""
    try:
        doc = lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return ""
    for hidden in doc.xpath('//*[local-name()="header"] | //script | //style'):
        hidden.drop_tree()
    return " ".join(" ".join(doc.itertext()).split())


# ---------------------------------------------------------------- events


def filing_events(filing: Filing) -> list[EdgarEvent]:
    """The events a filing shows without reading its document (merger forms, 8-K Items 1.03, 2.01, 5.01)."""
    events: list[EdgarEvent] = []
    form = filing.base_form
    if form in MERGER_FORMS:
        subjects = [p for p in filing.parties if p.role.lower() == "subject"]
        filers = [p for p in filing.parties if p.role.lower() in ("filer", "filed by") and
                  p.cik not in {s.cik for s in subjects}]
        for party in subjects:
            events.append(_deal(party, ROLE_TARGET, STAGE_ANNOUNCED, f"{filing.form}: subject company of a "
                                f"{_FORM_MEANING[form]}"))
        if form in ("425", "SC TO-T") and subjects:
            for party in filers:
                events.append(_deal(party, ROLE_ACQUIRER, STAGE_ANNOUNCED, f"{filing.form}: filed by the "
                                    f"other side of a {_FORM_MEANING[form]}"))
        elif form in ("DEFM14A", "PREM14A") and not subjects:
            # A merger proxy asks the filer's shareholders to approve the deal: usually the company being sold.
            for party in filers:
                events.append(_deal(party, ROLE_TARGET, STAGE_ANNOUNCED, f"{filing.form}: {_FORM_MEANING[form]}"))
        return events
    items = filing.tracked_items
    filers = [p for p in filing.parties if p.role.lower() in ("filer", "")] or filing.parties[:1]
    for party in filers:
        if "5.01" in items:
            events.append(_deal(party, ROLE_TARGET, STAGE_COMPLETED, "8-K Item 5.01: changes in control of registrant"))
        elif "2.01" in items:
            events.append(_deal(party, ROLE_ACQUIRER, STAGE_COMPLETED,
                                "8-K Item 2.01: completion of acquisition or disposition of assets"))
        if "1.03" in items:
            events.append(EdgarEvent(party.cik, party.name, BANKRUPTCY, "8-K Item 1.03: bankruptcy or receivership",
                                     stage=BANKRUPTCY_FILED))
    return events


_FORM_MEANING = {
    "425": "business-combination communication (Rule 425)",
    "DEFM14A": "definitive merger proxy statement",
    "PREM14A": "preliminary merger proxy statement",
    "SC TO-T": "third-party tender offer",
    "SC 14D9": "tender offer (target's recommendation)",
}


def document_events(filing: Filing, text: str) -> list[EdgarEvent]:
    """The events an 8-K's primary document shows for Items 1.01, 2.05 and 5.02."""
    events: list[EdgarEvent] = []
    filers = [p for p in filing.parties if p.role.lower() in ("filer", "")] or filing.parties[:1]
    for party in filers:
        if "1.01" in filing.tracked_items:
            role = merger_agreement_role(item_section(text, "1.01"), party.name)
            if role:
                events.append(_deal(party, role, STAGE_ANNOUNCED, "8-K Item 1.01: merger agreement"))
        if "5.02" in filing.tracked_items:
            departure = classify_502(item_section(text, "5.02"), party.name)
            if departure:
                events.append(EdgarEvent(party.cik, party.name, EXECUTIVE_DEPARTURE,
                                         f"8-K Item 5.02: {departure['why']}", person=departure["person"],
                                         title=departure["title"], seniority=departure["seniority"],
                                         abrupt=departure["abrupt"], detail=departure["sentence"]))
        if "2.05" in filing.tracked_items:
            cut = workforce_cut(item_section(text, "2.05"))
            events.append(EdgarEvent(party.cik, party.name, LAYOFFS,
                                     "8-K Item 2.05: costs associated with exit or disposal activities",
                                     jobs=cut["jobs"], share=cut["share"], detail=cut["sentence"]))
    return events


def _deal(party: Party, role: str, stage: str, reason: str) -> EdgarEvent:
    return EdgarEvent(party.cik, party.name, MERGER_ACQUISITION, reason, role=role, stage=stage)


def item_section(text: str, item: str) -> str:
    """The text of one item: from its last heading (the cover page lists items too) to the next one."""
    starts = [m.end() for m in re.finditer(rf"\bItem\s*{re.escape(item)}\b", text, re.IGNORECASE)]
    if not starts:
        return text
    start = starts[-1]
    end = re.compile(r"\bItem\s*\d{1,2}\.\d{2}\b|\bSIGNATURES?\b", re.IGNORECASE).search(text, start)
    return text[start:end.start() if end else len(text)]


# ---------------------------------------------------------------- Item 1.01: is it a merger agreement?

_MERGER_AGREEMENT = re.compile(r"\b(agreement and plan of (?:merger|reorganization)|merger agreement|"
                               r"business combination agreement)\b", re.IGNORECASE)
_SURVIVES_AS_SUB = re.compile(r"(?P<who>[\w.,&’' -]{2,80}?)\s+(?:surviving|will survive|survives|to survive)"
                              r"(?: the merger)?(?: as)? an?\s+(?:direct |indirect )?wholly[- ]owned subsidiary of\s+"
                              r"(?P<parent>[\w.&’' -]{2,60})", re.IGNORECASE)


def merger_agreement_role(section: str, filer_name: str) -> str | None:
    """The filer's role in a merger agreement under Item 1.01, or None if the agreement is not a merger."""
    if not _MERGER_AGREEMENT.search(section):
        return None
    filer_word = _short_name(filer_name)
    match = _SURVIVES_AS_SUB.search(section)
    if match:
        who, parent = match["who"].lower(), match["parent"].lower()
        if "company" in who.split()[-2:] or (filer_word and filer_word in who.split()[-3:]):
            return ROLE_TARGET
        if parent.startswith("the company") or (filer_word and parent.startswith(filer_word)):
            return ROLE_ACQUIRER
    if re.search(r"merge(?:d)? with and into the company", section, re.IGNORECASE):
        return ROLE_TARGET
    return ROLE_MERGER


def _short_name(name: str) -> str:
    words = re.findall(r"[a-z0-9]+", name.lower())
    return words[0] if words else ""


# ---------------------------------------------------------------- Item 5.02: departure or not?

# The item's own heading names departures; it says nothing about this filing.
_HEADING = re.compile(r"departure of directors or (?:certain|principal) officers;?|election of directors;?|"
                      r"appointment of (?:certain|principal) officers[;:.]?|compensatory arrangements of "
                      r"certain officers\.?", re.IGNORECASE)
_DEPARTS = re.compile(
    r"\b(resign(?:s|ed|ing)?|resignation|(?:will|to|decided to|plans to|intends to) retire|retire[sd]|retirement|"
    r"step(?:s|ped)? down|stepping down|depart(?:s|ed|ure)|will (?:leave|depart)|(?:has|have) left|"
    r"(?:employment|service)[^.]{0,120}?(?:will terminate|terminated|ended|will end)|"
    r"terminated (?:the employment of|[A-Z][a-z]+ [A-Z][a-z]+(?:’s|'s)? employment)|"
    r"(?:will )?not (?:to )?stand for re-?election|transitioned from (?:the|his|her) role|"
    r"ceased to serve|no longer serve|removed (?:as|from))\b", re.IGNORECASE)
# Conditions on contracts ("if the executive resigns for good reason") are not news of a departure.
_HYPOTHETICAL = re.compile(r"\b(in the event|if (?:the|such|he|she|his|her|mr|ms)|upon (?:a|any|the|his|her) "
                           r"(?:termination|resignation)|good reason|without cause|would|may be|prior to|"
                           r"severance (?:plan|policy)|agreement provides)\b", re.IGNORECASE)
# Abruptness, people, titles and their seniority come from the rules' vocabulary (pipeline/detection/vocabulary.py),
# as a filing writes them: single spaces, full titles, formal names.
_ABRUPT = re.compile(rf"\b({vocabulary.rx(vocabulary.FILING_ABRUPT, space=' ')})\b", re.IGNORECASE)
_PERSON = re.compile(vocabulary.FILING_PERSON)
_NOT_A_NAME = vocabulary.FILING_NOT_A_NAME
_TITLES = tuple((re.compile(rf"\b(?:{title.filing})\b", re.I), title.name, title.seniority)
                for title in vocabulary.FILING_TITLES)


def classify_502(section: str, filer_name: str = "") -> dict | None:
    """A departure under Item 5.02 ((a)/(b): an officer or director leaves), or None when the item only
    appoints someone or sets pay."""
    text = _HEADING.sub(" ", section)
    for sentence in sentences(text):
        verb = _DEPARTS.search(sentence)
        if not verb or _HYPOTHETICAL.search(sentence):
            continue
        title, seniority = _title_in(sentence)
        return {"sentence": plain_text(sentence, 600), "person": _person_in(sentence, verb.start(), filer_name),
                "title": title, "seniority": seniority, "abrupt": bool(_ABRUPT.search(sentence)),
                "why": f'departure ("{verb[0].lower()}")'}
    return None


_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bInc|\bCorp|\bCo|\bLtd|" + "|".join(rf"\b{h}" for h in vocabulary.HONORIFICS)
                           + r"|\bNo|\bJr|\bSr|\bU\.S)\.$")


def sentences(text: str) -> list[str]:
    """Split on sentence ends, but not after initials and abbreviations ("Gary S. Shedlin", "Inc.")."""
    pieces = re.split(r"(?<=[.;])\s+(?=[A-Z(\"“])", text)
    merged: list[str] = []
    for piece in pieces:
        if merged and _ABBREVIATION.search(merged[-1]):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return merged


def _person_in(sentence: str, verb_at: int, filer_name: str) -> str | None:
    """The name nearest before the verb ("Jane Roe resigned"), else the first after it."""
    company_words = set(re.findall(r"[a-z]+", filer_name.lower()))
    names = [m for m in _PERSON.finditer(sentence)
             if not set(m.group(1).replace(".", " ").split()) & _NOT_A_NAME
             and not {w.lower().strip(".") for w in m.group(1).split()} <= company_words]
    before = [m for m in names if m.start() < verb_at]
    chosen = before[-1] if before else (names[0] if names else None)
    return chosen.group(1) if chosen else None


def _title_in(sentence: str) -> tuple[str | None, str | None]:
    for pattern, title, seniority in _TITLES:
        match = pattern.search(sentence)
        if match:
            return (title or match[0].title()), seniority
    return None, None


# ---------------------------------------------------------------- Item 2.05: how many jobs?

_NUMBER = r"(?P<jobs>\d{1,3}(?:,\d{3})+|\d+)"
_ABOUT = r"(?:(?:approximately|about|roughly|nearly|up to|an estimated|a total of|some)\s+)?"
# "reduce its workforce by approximately 1,100 employees", "eliminating about 300 positions"
_JOBS = re.compile(rf"(?<![$\d.,]){_ABOUT}{_NUMBER}\s+(?:(?:full-time|part-time|global|current|existing|"
                   rf"salaried|hourly|of its|of the company[’']s)\s+){{0,3}}(?:employees|positions|jobs|roles|"
                   rf"workers|team members|people|associates|personnel|full-time equivalents)\b", re.IGNORECASE)
# "approximately 12% of the Company's workforce", "15 percent of its global headcount"
_SHARE = re.compile(rf"{_ABOUT}(?P<share>\d{{1,2}}(?:\.\d+)?)\s*(?:%|percent)\s+of\s+(?:the\s+company[’']s\s+|its\s+|our\s+|the\s+)?"
                    rf"(?:(?:total|global|current|overall|worldwide|full-time)\s+)*(?:workforce|employees|headcount|"
                    rf"staff|employee base|positions)", re.IGNORECASE)
_CUT_WORDS = re.compile(r"\b(reduc\w*|eliminat\w*|lay ?offs?|laid off|terminat\w*|separat\w*|headcount|"
                        r"workforce|restructuring|affect\w*|impact\w*|clos\w*)\b", re.IGNORECASE)


def workforce_cut(section: str) -> dict:
    """The jobs and share of staff Item 2.05 says go, from the first sentence about the workforce that gives a
    number (costs in dollars are not jobs); None for what the item does not say."""
    found = {"jobs": None, "share": None, "sentence": ""}
    for sentence in sentences(section):
        if not _CUT_WORDS.search(sentence):
            continue
        jobs, share = _JOBS.search(sentence), _SHARE.search(sentence)
        if found["jobs"] is None and jobs:
            found["jobs"] = int(jobs["jobs"].replace(",", ""))
        if found["share"] is None and share and 0 < float(share["share"]) <= 100:
            found["share"] = round(float(share["share"]) / 100, 4)
        if (jobs or share) and not found["sentence"]:
            found["sentence"] = plain_text(sentence, 600)
        if found["jobs"] is not None and found["share"] is not None:
            break
    return found


# ---------------------------------------------------------------- what gets stored


def filing_article(filing: Filing, events: list[EdgarEvent]) -> dict:
    """The article a filing is stored as: its evidence link is the filing index on UPHEAVAL_SEC_BASE."""
    first = events[0]
    items = [i for i in filing.tracked_items if i in first.reason] or filing.tracked_items[:1]
    publisher = f"SEC EDGAR {filing.form}" + (f" Item {items[0]}" if items else "")
    if first.kind == EXECUTIVE_DEPARTURE:
        who = ", ".join(x for x in (first.title, first.person) if x) or "an officer or director"
        headline = f"{first.company}: {who} departs ({filing.form} Item 5.02)"
    elif first.kind == LAYOFFS and (first.jobs or first.share):
        size = " and ".join(x for x in (f"{first.jobs:,} jobs" if first.jobs else "",
                                        f"{first.share:.0%} of staff" if first.share else "") if x)
        headline = f"{first.company}: {size} cut ({filing.form} Item 2.05)"
    else:
        headline = f"{first.company}: {first.reason}"
    details = [e.detail for e in events if e.detail] or [e.reason for e in events]
    return {"title": plain_text(headline, 500), "url": filing.index_url,
            "summary": plain_text(" ".join(details), 2000),
            "published_at": f"{filing.filed}T00:00:00Z" if filing.filed else None, "publisher": publisher}


def event_dicts(events: list[EdgarEvent]) -> list[dict]:
    """Events as the store takes them (pipeline.ingest.ingest_batch), each naming its company by CIK."""
    return [{"cik": e.cik, "company": e.company, "kind": e.kind, "role": e.role, "stage": e.stage,
             "person": e.person, "title": e.title, "seniority": e.seniority, "abrupt": e.abrupt,
             "reason": e.reason, "summary": e.detail or None, "jobs": e.jobs, "share": e.share} for e in events]


def merge_index(filing: Filing, index: FilingIndex) -> Filing:
    """A filing completed from its index page (backfill knows only form and companies from the daily index)."""
    return Filing(accession=filing.accession, form=index.form or filing.form, index_url=filing.index_url,
                  filed=index.filed or filing.filed, parties=index.parties or filing.parties,
                  items=index.items or filing.items)
