"""Tokens and sentences: the one pass over an article's characters that everything else reads.

Offsets always refer to the text as given, so that a finding can quote its sentence with
``text[start:end]``. Matching keys are folded (no diacritics, one kind of apostrophe and
dash, no dots in abbreviations) so that "Zelenskyy's", "U.S." and "Erdogan" meet the
aliases "Zelenskyy", "US" and "Erdoğan".
"""

import bisect
import re
import unicodedata
from dataclasses import dataclass

# A dotted abbreviation ("U.S.", "E.U", "J.D.") is one token so that it can match "US" or "JD";
# otherwise a token is a run of letters and digits, or one punctuation character.
TOKEN_RE = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[^\W_]+|[^\w\s]")

# Typographic apostrophes and dashes fold to ASCII ones.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))
_DASHES = str.maketrans(dict.fromkeys("\u2013\u2014\u2010\u2011\u2212", "-"))
# Quotation marks, straight and curly, that may open or close a sentence.
OPENING_QUOTES = "\"'\u201c\u2018"
CLOSING_QUOTES = "\"'\u201d\u2019"

_fold_cache: dict[str, str] = {}


def fold(word: str) -> str:
    """The matching key of a token: no diacritics, plain apostrophes and dashes, no dots."""
    key = _fold_cache.get(word)
    if key is None:
        plain = word.translate(_APOSTROPHES).translate(_DASHES)
        if not plain.isascii():
            decomposed = unicodedata.normalize("NFKD", plain)
            plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        if len(plain) > 2 and "." in plain and plain[0].isupper():
            plain = plain.replace(".", "")
        key = _fold_cache[word] = plain
    return key


def lower_in_place(text: str) -> str:
    """Lowercase with every character kept at its offset ("İ".lower() has two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def is_question(sentence: str) -> bool:
    return sentence.rstrip(CLOSING_QUOTES + " ").endswith("?")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


class Tokens:
    """Parallel lists of token offsets, texts and keys, plus the sentence of each token."""

    __slots__ = (
        "count",
        "ends",
        "keys",
        "lowered",
        "sentence_of",
        "sentences",
        "starts",
        "text",
        "words",
    )

    def __init__(self, text: str):
        self.text = text
        self.lowered = lower_in_place(text)
        found = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
        self.starts = [f[0] for f in found]
        self.ends = [f[1] for f in found]
        self.words = words = [f[2] for f in found]
        cache = _fold_cache
        self.keys = [cache.get(w) or fold(w) for w in words]
        self.count = len(words)
        self.sentences = split_sentences(text)
        self.sentence_of = _sentence_of(self.starts, self.sentences)

    def sentence_tokens(self, index: int) -> range:
        """Token indices of the sentence numbered ``index``."""
        sentence = self.sentences[index]
        lo = bisect.bisect_left(self.starts, sentence.start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        return range(lo, hi)

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after a character offset."""
        return bisect.bisect_left(self.starts, offset)

    def adjacent(self, left: int, right: int) -> bool:
        """Whether two tokens touch, with no space between them ("US" "-" "made")."""
        return self.ends[left] == self.starts[right]


def _sentence_of(starts: list[int], sentences: list[Sentence]) -> list[int]:
    """For each token, the index of the sentence it starts in (or the one before a gap)."""
    result = []
    bounds = [s.start for s in sentences[1:]] + [float("inf")]
    index, bound = 0, bounds[0] if bounds else float("inf")
    for start in starts:
        while start >= bound:
            index += 1
            bound = bounds[index]
        result.append(index)
    return result


# Where a sentence may end: after . ! ? (and closing quotes) before a capital, digit or quote.
_BOUNDARY_RE = re.compile(rf"[.!?\u2026]+[{CLOSING_QUOTES})\]]*\s+(?=[{OPENING_QUOTES}(\[]?[A-Z0-9])|\n\s*")
# Abbreviations after which a full stop does not end a sentence.
_NO_BREAK_AFTER = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st vs etc jr sr inc ltd co "
    "corp dept jan feb mar apr jun jul aug sep sept oct nov dec fig approx est".split()
)
# "U.S." ends a sentence only before a word that usually starts one.
_DOTTED_ABBREV_RE = re.compile(r"(?:^|\W)(?:[A-Za-z]\.){1,3}$")
_SENTENCE_OPENERS = frozenset(
    "The This That These Those It He She They We I A An But And Or So Yet In On At As If When "
    "While After Before Since Its His Her Their Our There Here However Meanwhile Still Also Now "
    "Then".split()
)
_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")
_FOLLOWING_WORD_RE = re.compile(rf"[{OPENING_QUOTES}(\[]?(\w+)")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as (start, end) offsets, whitespace trimmed, lines never joined."""
    sentences = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if "\n" not in m.group() and not _may_break(text, m.start(), m.end()):
            continue
        _append(sentences, text, start, m.start() + len(m.group().rstrip()))
        start = m.end()
    _append(sentences, text, start, len(text))
    return sentences


def _may_break(text: str, dot: int, after: int) -> bool:
    before = text[max(0, dot - 12) : dot + 1]
    if _DOTTED_ABBREV_RE.search(before):
        # "U.S. President", "J. D. Vance": a break only before a usual sentence opener.
        following = _FOLLOWING_WORD_RE.match(text, after)
        return bool(following) and following.group(1) in _SENTENCE_OPENERS
    word = _WORD_BEFORE_RE.search(text[max(0, dot - 12) : dot])
    if word and word.group(1) in {"No", "Nos"} and text[after : after + 1].isdigit():
        return False  # "No. 10"
    return not (word and word.group(1).lower() in _NO_BREAK_AFTER)


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end))
