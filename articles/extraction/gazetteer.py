"""Which nation or organisation each stretch of an article names.

Aliases are looked up as token n-grams in a dict keyed by their first token, longest first,
so matching costs one dict probe per token whatever the number of aliases. Capitalised
names match case-sensitively ("US" but not "us"); keys ignore diacritics, so "Erdogan"
finds "Erdoğan".

Three kinds of doubt are settled the same way for every alias, not alias by alias:

- A person stands for a nation only while in office, if the article's date is known. Undated
  articles are taken to be recent: a name that has served several nations (Rutte, Kallas)
  counts for the latest.
- A name shared by several nations ("Congolese", "Jerusalem") counts only for the one that the
  article names some other way; otherwise for none.
- A *weak* name, one that is just as often a person, a US state or a common word ("Georgia",
  "Jordan", "Chad", "Victoria"), counts only when the article names that nation some other way,
  lists it among other nations, or puts a state word (government, president, troops...) beside it.

The GUIDE's exclusions are rules too: a name inside an institution's name ("Kyiv
Independent", "Stockholm International Peace Research Institute") and a surname after
another person's given name ("Mike Johnson") are not mentions. Regions and group words
("Latin America", "Northern Ireland") are blocking phrases that win as longer matches.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .text import TOKEN_RE, Tokens, fold

STATE = "state"
ORGANISATION = "organisation"

# Names that are as often something else: a given name or surname, a US state, a river, a
# common word, a city elsewhere. They need the corroboration described in the module doc.
WEAK_ALIASES = frozenset(
    "Georgia Jordan Chad Guinea Niger Victoria Kingston Georgetown Santiago Lima Sucre Nassau "
    "Praia Juba Moroni Male Sofia Wellington Colombo Island Dominica Congo Bern Valletta "
    "Prathet Thai Suva Apia Dili Roseau Castries Viti".split()
)

# Phrases that contain a nation's alias but do not refer to the state: regions, a part of a
# state, other people's names, idioms. Matching them consumes their tokens.
BLOCKING_PHRASES = (
    "Latin America", "Latin American", "Latin Americans", "South America", "South American",
    "North America", "North American", "Central America", "Central American", "Native American",
    "Native Americans", "African American", "African Americans", "Asian American",
    "Pan-American", "Pan American", "Indian Ocean", "Northern Ireland", "Northern Irish",
    "George Washington", "Washington State", "Washington state", "New Mexico", "Georgia Tech",
    "Anglo-Saxon", "Anglo-Saxons", "Greco-Roman", "Sino-Tibetan", "French fries", "Spanish flu",
    "Russian roulette", "Indo-Pacific", "Indo-European", "Finno-Ugric", "American Samoa",
    "Guinea pig", "Chinese New Year", "Turkish delight", "Dutch auction", "Bosnian Serb",
    "Bosnian Serbs", "Bank of America", "Voice of America", "American Airlines",
    "Captain America", "Miss America", "Paris Hilton",
)  # fmt: skip

# Combining forms that name a state only as the first part of a compound ("Franco-German").
COMBINING_FORMS = {
    "Franco": "FR", "Anglo": "GB", "Russo": "RU", "Sino": "CN", "Italo": "IT", "Greco": "GR",
    "Austro": "AT", "Hispano": "ES", "Luso": "PT", "Turco": "TR", "Turko": "TR", "Germano": "DE",
    "Serbo": "RS", "Nippo": "JP", "Polono": "PL", "Dano": "DK",
}  # fmt: skip

# A capitalised word right after a name that makes the whole an institution's name.
INSTITUTION_HEADS = frozenset(
    "Institute Institution University College School Academy Times Post Journal Independent "
    "Herald Tribune Telegraph Gazette Review Press Daily Magazine Monitor Observer Chronicle "
    "Examiner Mirror Express Standard Insider Radio Television TV Broadcasting Foundation "
    "Endowment Fund Museum Airport Stadium Club FC Airlines Airways Exchange Corporation Inc Ltd "
    "Studies Research Centre Center Orchestra Festival Marathon Zoo Opera Open Pravda Motors "
    "Petroleum Relations".split()
)
_INSTITUTION_CONNECTORS = frozenset("of for on and the de & du la".split())

# Capitalised words that are not given names: titles, sentence openers, days and months.
NOT_GIVEN_NAMES = frozenset(
    "The A An But And Or Nor If When While As After Before Since Although Though Yet So Then "
    "Now Also Meanwhile However Still Even In On At For From To With Without By Of About "
    "Under Over Between Among During Despite Unlike Like That This These Those It He She They "
    "We I You His Her Their Our Its Both Neither Either Only Not No Yes Why What Who Whom "
    "Whose Where How Which Whether Mr Mrs Ms Miss Dr Prof President Presidents Prime Minister "
    "Ministers Chancellor Secretary General Gen Lt Col Maj Capt Adm Admiral Senator Sen Rep "
    "Representative Envoy Special Premier King Queen Prince Princess Crown Foreign Defence "
    "Defense Vice Deputy Former Ex Speaker Chief Commander Ambassador Leader Chairman Chair "
    "Pope Sheikh Emir Sultan Said Says Mayor Governor Spokesman Spokeswoman Spokesperson "
    "Chancellery Head Director Top Senior Acting Incoming Outgoing New Then Late Army Navy "
    "Air Force Forces Marshal Field Colonel Major Captain General's Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Ukrainian Russian Did Does Do Is Are Was Were Has "
    "Have Had Will Would Could Should Must Can May Might Let Here There Every Each All Some "
    "Many Most More Less Few Another Other Such Said Sir Dame Lord Lady Minister's "
    "President's Opposition Party Labour Conservative Republican Republicans Democrat "
    "Democrats Democratic Liberal Green Greens Socialist Social Christian Union Coalition "
    "Allied Allies Western Eastern Northern Southern European Europe Asian Arab Gulf Baltic "
    "Nordic".split()
)

# First words of credit lines, which are full of people's names.
CREDIT_WORDS = frozenset("Reporting Additional Writing Editing Compiled Photo Photograph Image Credit".split())

# Words beside a weak name that show it names a state.
STATE_CONTEXT = frozenset(
    "government governments president presidents prime minister ministers ministry king queen "
    "emir embassy ambassador troops army military forces authorities capital border borders "
    "parliament officials official foreign defence defense delegation leader leaders regime "
    "country state nation republic kingdom".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One stretch of an article naming a nation or organisation."""

    code: str
    kind: str  # name, demonym, place, person
    nation_kind: str  # state or organisation
    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class _Entry:
    code: str
    kind: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    given_names: frozenset[str]  # folded given names of the person this surname belongs to


@dataclass(slots=True)
class _Group:
    """Every alias with the same token keys."""

    keys: tuple[str, ...]
    entries: list[_Entry]
    weak: bool = False
    blocking: bool = False


@dataclass(slots=True)
class _Hit:
    lo: int  # first token
    hi: int  # one past the last token
    codes: tuple[str, ...]
    kind: str
    weak: bool


class Gazetteer:
    """Aliases compiled for matching; build once, use for every article."""

    def __init__(
        self,
        groups: Iterable[_Group],
        nation_kinds: Mapping[str, str],
        capitals: Mapping[str, str] | None = None,
    ):
        self.nation_kinds = dict(nation_kinds)
        self.capitals = dict(capitals or {})
        # One-token aliases by their key; longer ones by their first two keys, longest first,
        # so that a common first word ("the", "Republic") costs one probe, not a list to try.
        self._single: dict[str, _Group] = {}
        multi: dict[tuple[str, str], list[_Group]] = defaultdict(list)
        for group in groups:
            if len(group.keys) == 1:
                self._single[group.keys[0]] = group
            else:
                multi[group.keys[:2]].append(group)
        for candidates in multi.values():
            candidates.sort(key=lambda g: len(g.keys), reverse=True)
        self._multi = dict(multi)

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_records(
        cls,
        alias_records: Iterable,
        nation_kinds: Mapping[str, str],
        capitals: Mapping[str, str] | None = None,
    ) -> "Gazetteer":
        """Build from AliasRecord-like objects (code, text, kind, valid_from, valid_to).

        ``nation_kinds`` maps each code to "state" or "organisation"; ``capitals`` maps a
        state's code to its capital's English name, used to place meetings held at a seat
        of government ("the Elysée" -> Paris).
        """
        records = [r for r in alias_records if r.code in nation_kinds]
        given = _given_names(records)
        groups: dict[tuple[str, ...], _Group] = {}
        for record in records:
            for text in _spellings(record):
                keys = _keys(text)
                if not keys:
                    continue
                group = groups.setdefault(keys, _Group(keys, []))
                group.weak = group.weak or text in WEAK_ALIASES
                entry = _Entry(
                    record.code,
                    record.kind,
                    record.valid_from,
                    record.valid_to,
                    given.get(_person_id(record), frozenset()) if record.kind == "person" else frozenset(),
                )
                if entry not in group.entries:
                    group.entries.append(entry)
        for phrase in BLOCKING_PHRASES:
            keys = _keys(phrase)
            groups[keys] = _Group(keys, [], blocking=True)
        return cls(groups.values(), nation_kinds, capitals)

    @classmethod
    def from_reference(cls) -> "Gazetteer":
        """The gazetteer of coalition.reference: pycountry, countryinfo and aliases.toml."""
        from coalition.reference import nations as reference

        kinds = {n.code: n.kind for n in reference.nations()}
        return cls.from_records(reference.aliases(), kinds, _reference_capitals(reference))

    # -- matching -----------------------------------------------------------------------

    def find(self, tokens: Tokens, published: dt.date | None = None) -> list[Mention]:
        """Every mention in the article, in text order, after the doubts are settled."""
        hits = self._scan(tokens, published)
        return self._resolve(tokens, hits)

    def _scan(self, tokens: Tokens, published: dt.date | None) -> list[_Hit]:
        keys, words, count = tokens.keys, tokens.words, tokens.count
        multi, single = self._multi, self._single
        shouted = {i for i, word in enumerate(words) if _shouted(word)}
        headline = _HeadlineCache(tokens)
        hits: list[_Hit] = []
        surnames: set[str] = set()
        people: dict[str, tuple[str, ...]] = {}  # surname key -> codes of a person named in full
        i = 0
        while i < count:
            if shouted and (i in shouted or i + 1 in shouted):
                candidates = self._candidates(tokens, i)
            else:
                # The common case, inlined: one probe for two-word and longer aliases, one for
                # single words.
                candidates = multi.get((keys[i], keys[i + 1]), ()) if i + 1 < count else ()
                one = single.get(keys[i])
                if one is not None:
                    candidates = [*candidates, one]
            matched = 0
            if candidates:
                for group in candidates:
                    n = len(group.keys)
                    if i + n > count or not _matches(tokens, i, group.keys):
                        continue
                    if group.blocking:
                        matched = n
                        break
                    hit = self._hit(tokens, group, i, n, published, headline)
                    if hit is None:
                        continue
                    if hit.codes and hit.kind == "name" and n == 1 and _titled_surname(tokens, i):
                        surnames.add(keys[i])  # "Prime Minister Luís Montenegro"
                    elif hit.codes:
                        hits.append(hit)
                        if hit.kind == "person" and n > 1:
                            people[keys[i + n - 1]] = hit.codes
                    matched = n
                    break
            if not matched:
                code = COMBINING_FORMS.get(keys[i])
                if code and i + 2 < count and words[i + 1] == "-" and tokens.adjacent(i, i + 1):
                    hits.append(_Hit(i, i + 1, (code,), "demonym", False))
                matched = 1
            i += matched
        if surnames:  # the person's surname, wherever it stands alone later
            hits = [h for h in hits if not (h.kind == "name" and h.hi - h.lo == 1 and keys[h.lo] in surnames)]
        hits = _without_institution_seats(tokens, hits)
        if people:  # "Luís Montenegro ... Montenegro said": the person, not the country
            hits = [
                _Hit(h.lo, h.hi, people[keys[h.lo]], "person", False)
                if h.kind == "name" and h.hi - h.lo == 1 and keys[h.lo] in people
                else h
                for h in hits
            ]
        return hits

    def _candidates(self, tokens: Tokens, i: int) -> list[_Group]:
        """Groups that may start at token i, longest first."""
        # In a shouted headline ("FRANCE AND THE UNITED STATES"), try title case too.
        first = _variants(tokens, i)
        found: list[_Group] = []
        if i + 1 < tokens.count:
            for a in first:
                for b in _variants(tokens, i + 1):
                    found += self._multi.get((a, b), ())
            found.sort(key=lambda g: len(g.keys), reverse=True)
        for a in first:
            single = self._single.get(a)
            if single is not None:
                found.append(single)
        return found

    def _hit(self, tokens, group, i, n, published, headline) -> "_Hit | None":
        """The hit for a matched group, None to try a shorter group, or codes=() to drop."""
        entries = [e for e in group.entries if _in_office(e, published)]
        if not entries:
            return None
        if published is None:
            entries = _latest(entries)
        kind = entries[0].kind
        codes = tuple(dict.fromkeys(e.code for e in entries))
        dropped = _Hit(i, i + n, (), kind, group.weak)
        in_headline = headline(tokens.sentence_of[i])
        if _inside_institution(tokens, i, i + n, in_headline):
            return dropped
        if kind in ("person", "demonym") and n == 1 and not in_headline:
            # "Mike Johnson" is not Boris Johnson; "John Irish" is a reporter, not Ireland.
            given = frozenset().union(*(e.given_names for e in entries))
            if _after_other_given_name(tokens, i, given):
                return dropped
        if group.weak and not in_headline and _beside_other_name(tokens, i, i + n):
            return dropped
        return _Hit(i, i + n, codes, kind, group.weak)

    def _resolve(self, tokens: Tokens, hits: list[_Hit]) -> list[Mention]:
        sure = set()
        for hit in hits:
            if len(hit.codes) == 1 and not hit.weak:
                sure.add(hit.codes[0])
            elif hit.kind == "person" and not hit.weak:
                sure.update(hit.codes)  # one person holding two offices (SACEUR and a US general)
        mentions = []
        for n, hit in enumerate(hits):
            codes = hit.codes
            if len(codes) > 1 and hit.kind != "person":
                codes = tuple(c for c in codes if c in sure)
                if len(codes) != 1:
                    continue
            if hit.weak and not (
                codes[0] in sure or _listed_with_others(tokens, hits, n) or _state_word_beside(tokens, hit)
            ):
                continue
            sentence = tokens.sentences[tokens.sentence_of[hit.lo]]
            start, end = tokens.starts[hit.lo], tokens.ends[hit.hi - 1]
            for code in codes:
                mentions.append(
                    Mention(
                        code=code,
                        kind=hit.kind,
                        nation_kind=self.nation_kinds.get(code, STATE),
                        text=tokens.text[start:end],
                        start=start,
                        end=end,
                        sentence_start=sentence.start,
                        sentence_end=sentence.end,
                    )
                )
        return mentions

    # -- places -------------------------------------------------------------------------

    def city_of(self, mention: Mention) -> str:
        """The English name of the city a place mention stands for, "" if not a place."""
        if mention.kind not in ("place", "name"):
            return ""
        text = " ".join(_keys(mention.text))
        capital = self.capitals.get(mention.code, "")
        if capital and (text == " ".join(_keys(capital)) or text in _CAPITAL_SPELLINGS):
            return capital  # also a city-state's name: "a meeting in Luxembourg"
        if mention.kind != "place":
            return ""
        if text in _CITY_SPELLINGS:
            return _CITY_SPELLINGS[text]
        # Any other place of a state is a seat of its government, in the capital.
        return capital


# Other spellings of capitals as aliases write them, and seats that are their own city.
_CAPITAL_SPELLINGS = frozenset({"Kiev", "Washington D C", "Washington DC", "Nur-Sultan"})
_CITY_SPELLINGS = {"The Hague": "The Hague", "Kiev": "Kyiv"}
_CAPITAL_OVERRIDES = {"US": "Washington", "KZ": "Astana", "VA": "Vatican City", "UA": "Kyiv"}


def _reference_capitals(reference) -> dict[str, str]:
    from countryinfo import CountryInfo

    capitals = {}
    for nation in reference.nations():
        if nation.kind != STATE:
            continue
        try:
            capital = CountryInfo(nation.code).info().get("capital")
        except (KeyError, ValueError):
            capital = None
        if capital:
            capitals[nation.code] = capital
    capitals.update(_CAPITAL_OVERRIDES)
    return capitals


# -- helpers for building ---------------------------------------------------------------


def _keys(text: str) -> tuple[str, ...]:
    return tuple(fold(m.group()) for m in TOKEN_RE.finditer(text.strip()))


def _spellings(record) -> list[str]:
    """The alias as written, demonyms split on commas and given a plural ("Germans")."""
    texts = [t.strip() for t in record.text.split(",")] if record.kind == "demonym" else [record.text]
    if record.kind == "demonym":
        texts += [t + "s" for t in texts if t.endswith(("an", "i")) and " " not in t]
    return [t for t in texts if t]


def _person_id(record) -> tuple:
    return (record.code, record.role, record.valid_from, record.valid_to)


def _given_names(records) -> dict[tuple, frozenset[str]]:
    """Per person, the folded words of the full name other than the surname."""
    longest: dict[tuple, str] = {}
    for record in records:
        if record.kind == "person":
            key = _person_id(record)
            if len(record.text) > len(longest.get(key, "")):
                longest[key] = record.text
    return {key: frozenset(_keys(name)[:-1]) for key, name in longest.items()}


# -- helpers for matching ---------------------------------------------------------------


def _shouted(word: str) -> bool:
    return len(word) > 3 and word.isupper()


def _variants(tokens: Tokens, i: int) -> tuple[str, ...]:
    """A token's key, and its title case too if it is shouted ("FRANCE" in a headline)."""
    key = tokens.keys[i]
    return (key, key.title()) if _shouted(tokens.words[i]) else (key,)


def _matches(tokens: Tokens, i: int, keys: tuple[str, ...]) -> bool:
    token_keys, words = tokens.keys, tokens.words
    for offset in range(1, len(keys)):
        key = token_keys[i + offset]
        if key != keys[offset] and not (words[i + offset].isupper() and key.title() == keys[offset]):
            return False
    return True


def _in_office(entry: _Entry, published: dt.date | None) -> bool:
    if published is None or entry.kind != "person":
        return True
    if entry.valid_from and published < entry.valid_from:
        return False
    return not (entry.valid_to and published > entry.valid_to)


def _latest(entries: list[_Entry]) -> list[_Entry]:
    """For an undated article, a person's latest office stands for all (Rutte -> NATO)."""
    people = [e for e in entries if e.kind == "person"]
    if len(people) < 2 or len({e.code for e in people}) < 2:
        return entries
    latest = max(e.valid_from or dt.date.min for e in people)
    return [e for e in entries if e.kind != "person" or (e.valid_from or dt.date.min) == latest]


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _inside_institution(tokens: Tokens, lo: int, hi: int, in_headline: bool) -> bool:
    words = tokens.words
    if in_headline:
        # Headlines capitalise every word: only a head right after the name counts.
        return hi < tokens.count and words[hi] in INSTITUTION_HEADS and not _hyphen_after(tokens, hi)
    sentence = tokens.sentence_of[lo]
    j = hi
    while j < tokens.count and j < hi + 6 and tokens.sentence_of[j] == sentence:
        word = words[j]
        if word in INSTITUTION_HEADS and _is_name_word(word) and not _hyphen_after(tokens, j):
            return True
        if not (_is_name_word(word) or word in _INSTITUTION_CONNECTORS):
            break
        j += 1
    j = lo - 1
    while j >= 0 and j > lo - 6 and tokens.sentence_of[j] == sentence:
        word = words[j]
        if word in INSTITUTION_HEADS and _is_name_word(word):
            return True
        if not (_is_name_word(word) or word in _INSTITUTION_CONNECTORS) or word in NOT_GIVEN_NAMES:
            break
        j -= 1
    return False


def _hyphen_after(tokens: Tokens, j: int) -> bool:
    return j + 1 < tokens.count and tokens.words[j + 1] == "-" and tokens.adjacent(j, j + 1)


def _after_other_given_name(tokens: Tokens, i: int, given: frozenset[str]) -> bool:
    """A surname right after someone else's given name: "Mike Johnson", "Hunter Biden"."""
    if i == 0 or tokens.sentence_of[i - 1] != tokens.sentence_of[i]:
        return False
    word = tokens.words[i - 1]
    return (
        _is_name_word(word)
        and word not in NOT_GIVEN_NAMES
        and tokens.keys[i - 1] not in given
        and tokens.ends[i - 1] < tokens.starts[i]
    )


# Capitals that also seat an international institution: alone, they may mean the institution.
INSTITUTION_SEATS = frozenset({"Brussels"})
_PLACE_PREPOSITIONS = frozenset("in at from to into near outside around via through".split())


def _without_institution_seats(tokens: Tokens, hits: list[_Hit]) -> list[_Hit]:
    """ "how central Brussels has become": the EU's seat as its metonym, not Belgium.

    A seat counts for its state as a place ("in Brussels", "Brussels-based") or when the state
    is named otherwise in the article.
    """
    words = tokens.words
    metonyms = [
        h
        for h in hits
        if h.kind == "place"
        and words[h.lo] in INSTITUTION_SEATS
        and not (h.lo > 0 and words[h.lo - 1].lower() in _PLACE_PREPOSITIONS)
        and not _hyphen_after(tokens, h.hi - 1)
    ]
    if not metonyms:
        return hits
    named = {code for h in hits if h not in metonyms for code in h.codes}
    return [h for h in hits if h not in metonyms or set(h.codes) & named]


# Titles before a person's full name: "Prime Minister Luís Montenegro".
PERSON_TITLES = frozenset(
    "president minister chancellor premier mr mrs ms dr secretary senator envoy ambassador "
    "spokesman spokeswoman spokesperson commissioner taoiseach leader mayor governor".split()
)


def _titled_surname(tokens: Tokens, i: int) -> bool:
    """A country's name after a title and a given name is a surname: "Minister Luís Montenegro"."""
    if i < 2 or tokens.sentence_of[i - 2] != tokens.sentence_of[i]:
        return False
    given = tokens.words[i - 1]
    return (
        _is_name_word(given)
        and given not in NOT_GIVEN_NAMES
        and tokens.words[i - 2].lower() in PERSON_TITLES
        and tokens.ends[i - 2] < tokens.starts[i - 1]
        and tokens.ends[i - 1] < tokens.starts[i]
    )


def _beside_other_name(tokens: Tokens, lo: int, hi: int) -> bool:
    """A weak name inside a longer proper name: "Michael Jordan", "Jordan Bardella"."""
    sentence = tokens.sentence_of[lo]
    if lo > 0 and tokens.sentence_of[lo - 1] == sentence:
        word = tokens.words[lo - 1]
        if _is_name_word(word) and word not in NOT_GIVEN_NAMES and tokens.ends[lo - 1] < tokens.starts[lo]:
            return True
    if hi < tokens.count and tokens.sentence_of[hi] == sentence:
        word = tokens.words[hi]
        if _is_name_word(word) and word not in NOT_GIVEN_NAMES and tokens.ends[hi - 1] < tokens.starts[hi]:
            return True
    return False


def _listed_with_others(tokens: Tokens, hits: list[_Hit], n: int) -> bool:
    """Whether a hit sits in a list of nations: "France, Jordan and Italy"."""
    joiners = {",", "and", "or", "&"}
    for other in (n - 1, n + 1):
        if not 0 <= other < len(hits) or not hits[other].codes or hits[other].weak:
            continue
        lo, hi = sorted((hits[n], hits[other]), key=lambda h: h.lo)
        between = tokens.words[lo.hi : hi.lo]
        if between and len(between) <= 2 and all(w in joiners for w in between):
            return True
    return False


def _state_word_beside(tokens: Tokens, hit: _Hit) -> bool:
    sentence = tokens.sentence_of[hit.lo]
    lo, hi = max(0, hit.lo - 3), min(tokens.count, hit.hi + 3)
    if any(
        tokens.keys[j].lower() in STATE_CONTEXT and tokens.sentence_of[j] == sentence
        for j in range(lo, hi)
        if not hit.lo <= j < hit.hi
    ):
        return True
    return _state_apposition(tokens, hit, sentence)


def _state_apposition(tokens: Tokens, hit: _Hit, sentence: int) -> bool:
    """An appositive after a comma whose head is a state word: "X, a small Baltic state,"."""
    j = hit.hi
    if j >= tokens.count or tokens.words[j] != ",":
        return False
    for k in range(j + 1, min(tokens.count, j + 1 + _APPOSITION_SPAN)):
        if tokens.sentence_of[k] != sentence or not tokens.words[k][0].isalnum():
            return False
        if tokens.keys[k].lower() in _APPOSITION_HEADS and k > j + 1:
            return True
    return False


# Head nouns of an appositive that make the name before it a state ("X, another coastal state").
_APPOSITION_HEADS = frozenset(
    "state states country countries nation nations republic kingdom neighbour neighbor".split()
)
_APPOSITION_SPAN = 7


class _HeadlineCache:
    """Whether a sentence is written in title case, computed once per sentence."""

    def __init__(self, tokens: Tokens):
        self.tokens = tokens
        self.cache: dict[int, bool] = {}

    def __call__(self, sentence: int) -> bool:
        value = self.cache.get(sentence)
        if value is None:
            value = self.cache[sentence] = is_headline(self.tokens, sentence)
        return value


def is_headline(tokens: Tokens, sentence: int) -> bool:
    """A title-case line ("Macron Hosts Ukraine Allies"), where capitals say nothing about names."""
    words = [tokens.words[j] for j in tokens.sentence_tokens(sentence)]
    if words and words[-1] == ".":
        return False  # headlines do not end with a full stop; prose full of names does
    if words and (words[0] in {"(", "By"} or words[0] in CREDIT_WORDS):
        return False  # "(Reporting by John Irish; Editing by ...)": names, not a headline
    long_words = [w for w in words[1:] if w.isalpha() and len(w) > 3]
    if len(long_words) < 3:
        return False
    # A sentence full of names still has lowercase verbs; a title-case headline has almost none.
    lowercase = sum(1 for w in long_words if not w[0].isupper())
    return lowercase <= max(1, len(long_words) // 10)
