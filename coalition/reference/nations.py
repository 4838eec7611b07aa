"""Sovereign states, the two organisations, and the words that name them in text.

Plain Python, no Django: the loader writes these records into the database, and the
extractor can build its gazetteer from them without one.

ISO codes and names come from pycountry, capitals and demonyms from countryinfo, and
what neither knows (seats of government, leaders and officials with their terms, short
forms such as "the US") from ``aliases.toml`` beside this file.
"""

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

ALIASES_FILE = Path(__file__).with_name("aliases.toml")

# ISO 3166-1 lists dependent territories beside states; these are not sovereign.
# What is left is the 193 UN members plus the two observer states (VA, PS).
TERRITORIES = frozenset(
    "AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY "
    "MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK TW UM VG VI WF YT".split()
)

ORGANISATIONS = {
    "EU": ("European Union", "European Union"),
    "NATO": ("NATO", "North Atlantic Treaty Organization"),
}

STATE = "state"
ORGANISATION = "organisation"


@dataclass(frozen=True)
class AliasRecord:
    """One way of naming a nation in text."""

    code: str
    text: str
    kind: str  # name, demonym, place (capital or seat), person
    role: str = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass(frozen=True)
class NationRecord:
    code: str
    name: str
    official_name: str
    kind: str


def iso_codes():
    """Every ISO 3166-1 alpha-2 code, the set a state's code must belong to."""
    return sorted(c.alpha_2 for c in pycountry.countries)


# Where ISO's short name reads like a catalogue entry ("Congo, The Democratic Republic of the").
SHORT_NAMES = {
    "BN": "Brunei",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia",
    "PS": "Palestine",
    "RU": "Russia",
    "VA": "Vatican City",
}


def _short_name(country):
    return SHORT_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) or country.name


@functools.cache
def nations():
    """Every sovereign state and the two organisations, sorted by code."""
    records = [
        NationRecord(
            code=c.alpha_2,
            name=_short_name(c),
            official_name=getattr(c, "official_name", c.name),
            kind=STATE,
        )
        for c in pycountry.countries
        if c.alpha_2 not in TERRITORIES
    ]
    records += [
        NationRecord(code=code, name=name, official_name=official, kind=ORGANISATION)
        for code, (name, official) in ORGANISATIONS.items()
    ]
    return tuple(sorted(records, key=lambda r: r.code))


# Where countryinfo's capital is not the English name news uses for the seat of government.
CAPITAL_OVERRIDES = {"US": "Washington", "KZ": "Astana", "VA": "Vatican City", "UA": "Kyiv"}


@functools.cache
def capitals():
    """Each state's capital as news names it in English, by ISO code."""
    found = {n.code: _country_info(n.code).get("capital") for n in nations() if n.kind == STATE}
    return {code: capital for code, capital in found.items() if capital} | CAPITAL_OVERRIDES


def _country_info(code):
    try:
        return CountryInfo(code).info()
    except (KeyError, ValueError):
        return {}


def _generated_aliases(nation):
    """Names from pycountry and countryinfo; short codes ("FR", "FRA") are left out."""
    yield nation.name, "name"
    if nation.kind == ORGANISATION:
        return
    country = pycountry.countries.get(alpha_2=nation.code)
    yield country.name, "name"
    yield nation.official_name, "name"
    info = _country_info(nation.code)
    for spelling in info.get("altSpellings") or ():
        if len(spelling) > 3:
            yield spelling, "name"
    if info.get("demonym"):
        yield info["demonym"], "demonym"
    if info.get("capital"):
        yield info["capital"], "place"


def _curated_aliases():
    data = tomllib.loads(ALIASES_FILE.read_text(encoding="utf-8"))
    for code, entry in data.items():
        for kind in ("names", "demonyms", "places"):
            for text in entry.get(kind, ()):
                yield AliasRecord(code, text, kind.removesuffix("s"))
        for person in entry.get("people", ()):
            for text in [person["name"], *person.get("short", ())]:
                yield AliasRecord(
                    code,
                    text,
                    "person",
                    role=person.get("role", ""),
                    valid_from=person.get("from"),
                    valid_to=person.get("to"),
                )


@functools.cache
def aliases():
    """Every alias of every nation, without duplicates (same nation, text and start)."""
    seen = set()
    records = []
    generated = (AliasRecord(n.code, text, kind) for n in nations() for text, kind in _generated_aliases(n))
    # Curated aliases come first so that their kind and dates win over generated ones.
    for record in [*_curated_aliases(), *generated]:
        key = (record.code, record.text, record.valid_from)
        if record.text and key not in seen:
            seen.add(key)
            records.append(record)
    return tuple(records)
