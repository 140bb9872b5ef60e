"""Write pipeline/data/common_words.json: the English words that are no evidence of a company on their own.

pipeline/detection/mentions.py matches company names in any casing, but "Target", "Gap", "Visa" and
"Progressive" are also ordinary words, and "Tim", "Monday" and "Texas" are names that any text capitalises.
The lists are decided offline, by the rules below, and committed, so a clone without ../shared or these
tools still has them.

"words": words with a lower-case use, whose capitals in mid-sentence are evidence of a name:
- written in lower case at least LOWER_IN_NEWS times in real English news text (../shared/corpus feeds
  and articles; never corpus/labeled);
- listed in lower case by a spelling dictionary (Debian's wamerican: /usr/share/dict/words) and frequent
  in English (wordfreq's Zipf frequency >= ZIPF_COMMON), so "apple" and "target" are in and rare
  dictionary words such as "aardvark" are not (ZIPF_LOWER: a lower-case dictionary word needs less);
- missing from the dictionary but as frequent ("crypto", "blockchain"), unless an SEC ticker ("AMD").
"names": capitalised dictionary words as frequent (peoples, places, days, first names and surnames:
  "American", "Monday", "Tim", "Brady"), whose capitals say nothing ("Tim Cook" is no mention of TIM S.A.).
Only a lower-case dictionary word or a word news writes in lower case is common whatever it names ("apple",
"target"); the other rules leave out the whole name of one of the TOP_COMPANIES largest SEC companies or of
a bundled brand ("Microsoft", "Netflix", "Instagram"): a household name owns its word. Lone letters are
initials, not words.
"acronyms": SEC tickers that are frequent tokens in English (Zipf >= ZIPF_ACRONYM: "MS", "PR", "OLED"); a
  ticker written in capitals in prose fires only when it is not one of these (cashtags and "(NYSE: X)"
  always do).

Run: python scripts/build_common_words.py [--corpus ../shared/corpus]
Needs: pip install wordfreq; apt-get install wamerican. The runtime needs neither.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.companies import normalize_name  # noqa: E402
from pipeline import identity  # noqa: E402

OUT = REPO / "pipeline" / "data" / "common_words.json"
DICTIONARY = Path("/usr/share/dict/words")
ZIPF_COMMON = 3.5        # about 3 uses per million words of English
ZIPF_LOWER = 3.0         # a dictionary word in lower case needs less: "lemonade" is a word, not a company
ZIPF_ACRONYM = 2.5
LOWER_IN_NEWS = 3
TOP_COMPANIES = 200      # SEC's list comes largest first
_ENGLISH_HINTS = frozenset("the and of to in is that for with on was said".split())
_URL = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


def news_texts(corpus: Path):
    """Plain text of every feed entry and article in the corpus (feeds and articles only)."""
    import feedparser
    import trafilatura
    from bs4 import BeautifulSoup

    def plain(value: str) -> str:
        return BeautifulSoup(value, "lxml").get_text(" ") if "<" in value else value

    for path in sorted((corpus / "feeds").iterdir()):
        for entry in feedparser.parse(path.read_bytes()).entries:
            yield plain(entry.get("title") or "")
            yield plain(entry.get("summary") or "")
            for content in entry.get("content") or []:
                yield plain(content.get("value") or "")
    for path in sorted((corpus / "articles").rglob("*")):
        if not path.is_file() or ".htm" not in path.name or path.name.startswith("expected"):
            continue
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        yield trafilatura.extract(raw.decode("utf-8", "replace")) or ""


def lower_case_counts(corpus: Path) -> collections.Counter:
    """How often each word is written in lower case in the English texts of the corpus."""
    counts: collections.Counter = collections.Counter()
    for text in news_texts(corpus):
        words = _TOKEN.findall(_URL.sub(" ", text))
        if not words or sum(w.lower() in _ENGLISH_HINTS for w in words) < 0.08 * len(words):
            continue  # not English: German nouns and Portuguese verbs say nothing about English usage
        counts.update(w.replace("\u2019", "'").split("'")[0] for w in words if w.islower())
    return counts


def brand_table() -> list[tuple]:
    """Every row of the bundled brand table, brands and subsidiaries alike: both are household names."""
    table = getattr(identity, "bundled_brand_table", None)
    return table()[0] if table else identity.bundled_brands()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from wordfreq import zipf_frequency

    from wordfreq import iter_wordlist

    dictionary = DICTIONARY.read_text("utf-8").split()
    lower_dict = {w for w in dictionary if w.isalpha() and w.isascii() and w.islower()}
    capital_dict = {w.lower() for w in dictionary
                    if w.isalpha() and w.isascii() and w[0].isupper() and not w.isupper()}  # "McDonald"
    rows = identity.bundled_sec_companies()
    largest: dict[int, str] = {}
    for cik, _, name in rows:
        if len(largest) < TOP_COMPANIES:
            largest.setdefault(cik, normalize_name(name))
    household = set(largest.values()) | {normalize_name(row[0]) for row in brand_table()}
    household |= {name[:-1] for name in household if name.endswith("s")}  # "McDonald's" is "mcdonald s"
    tickers = {t.lower() for _, t, _ in rows if t and t.isalpha() and len(t) >= 2}

    frequent, fairly_frequent = set(), set()
    for word in iter_wordlist("en"):  # most frequent first
        zipf = zipf_frequency(word, "en")
        if zipf < ZIPF_LOWER:
            break
        if word.isalpha() and word.isascii():
            (frequent if zipf >= ZIPF_COMMON else fairly_frequent).add(word)
    news = lower_case_counts(args.corpus)
    words = {w for w, n in news.items() if n >= LOWER_IN_NEWS}
    words |= (frequent | fairly_frequent) & lower_dict
    words |= frequent - lower_dict - capital_dict - household - tickers  # "AMD" is no word, "crypto" is
    names = (frequent & capital_dict) - words - household
    words = {w for w in words if len(w) > 1}
    names = {w for w in names if len(w) > 1}
    acronyms = {t for t in tickers - words - names if zipf_frequency(t, "en") >= ZIPF_ACRONYM}

    document = {
        "about": "Words that are no evidence of a company on their own (words: with a lower-case use; "
                 "names: always capitalised) and tickers that are common acronyms; written by "
                 "scripts/build_common_words.py (its docstring gives the rules).",
        "words": sorted(words),
        "names": sorted(names),
        "acronyms": sorted(a.upper() for a in acronyms),
    }
    args.out.write_text(json.dumps(document, indent=0, ensure_ascii=True) + "\n", "utf-8")
    print(f"{args.out.relative_to(REPO)}: {len(words)} words ({len(news)} lower-case forms read in news), "
          f"{len(names)} names, {len(acronyms)} acronyms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
