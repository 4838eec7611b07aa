"""Run a large cue regex over an article quickly.

Python's regex engine tries every alternative at every character, so a lexicon of a few
hundred phrases costs milliseconds per article. Every cue starts at a token, and the first
few letters of any match can be worked out from the regex itself; so the regex is only tried
at tokens whose first letters could begin a match. The prefixes are derived from the parsed
pattern, not written by hand, so they can never fall out of step with the lexicon.
"""

import re
from re import _constants as C
from re import _parser

PREFIX = 5  # letters looked at before trying the regex
_MAX_PREFIXES = 20000


class Scanner:
    """A compiled pattern plus the lowercase prefixes its matches can start with."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        prefixes = _first_chars(_parser.parse(pattern.pattern, pattern.flags), PREFIX)
        self.anywhere = "" in prefixes  # a match may start with anything: no filtering
        self.by_length: list[tuple[int, frozenset[str]]] = []
        for length in range(1, PREFIX + 1):
            found = frozenset(p for p in prefixes if len(p) == length)
            if found:
                self.by_length.append((length, found))

    def could_start(self, lowered: str, pos: int) -> bool:
        if self.anywhere:
            return True
        return any(lowered[pos : pos + length] in found for length, found in self.by_length)

    def finditer(self, text: str, lowered: str, starts: list[int]):
        """Non-overlapping matches that start at one of the token offsets ``starts``."""
        match = self.pattern.match
        end = -1
        for pos in starts:
            if pos < end or not self.could_start(lowered, pos):
                continue
            m = match(text, pos)
            if m and m.end() > pos:
                end = m.end()
                yield m


def _first_chars(items, k: int) -> set[str]:
    """Lowercase strings of length <= k such that every match starts with one of them."""
    return {s for s, _ in _sequence(items, k)}


def _sequence(items, k: int) -> set[tuple[str, bool]]:
    # Each partial prefix is (text, closed); a closed one cannot grow, because what follows
    # it is unknown (a character class, a repetition) or it already has k letters.
    partials = {("", False)}
    for op, arg in items:
        options = _item(op, arg, k)
        grown = set()
        for text, closed in partials:
            if closed or len(text) >= k:
                grown.add((text[:k], True))
                continue
            for extra, extra_closed in options:
                joined = text + extra
                grown.add((joined[:k], extra_closed or len(joined) >= k))
        partials = grown
        if len(partials) > _MAX_PREFIXES:
            return {(t, True) for t, _ in partials}
        if all(closed for _, closed in partials):
            break
    return partials


def _item(op, arg, k: int) -> set[tuple[str, bool]]:
    if op is C.LITERAL:
        return {(chr(arg).lower(), False)}
    if op is C.IN:
        chars = _charset(arg)
        return {(c, False) for c in chars} if chars is not None else {("", True)}
    if op is C.BRANCH:
        result = set()
        for branch in arg[1]:
            result |= _sequence(branch, k)
        return result
    if op is C.SUBPATTERN:
        return _sequence(arg[3], k)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = arg
        once = {(text, True) for text, _ in _sequence(body, k)}  # what follows one round is unknown
        return once | {("", False)} if low == 0 else once
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {("", False)}  # zero-width: \b, lookarounds
    return {("", True)}  # anything else: any character may come next


def _charset(arg) -> set[str] | None:
    chars: set[str] = set()
    for op, value in arg:
        if op is C.LITERAL:
            chars.add(chr(value).lower())
        elif op is C.RANGE and value[1] - value[0] <= 64:
            chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        else:
            return None  # negated sets, \w, \d, wide ranges: too many to list
    return chars


class CueSet:
    """Several scanners run together: one dict lookup per token finds which could match there."""

    def __init__(self, patterns: dict[str, re.Pattern]):
        self.names = list(patterns)
        self.scanners = [Scanner(p) for p in patterns.values()]
        self._masks: dict[str, int] = {}

    def _mask(self, head: str) -> int:
        mask = self._masks.get(head)
        if mask is None:
            mask = 0
            for bit, scanner in enumerate(self.scanners):
                if scanner.could_start(head, 0):
                    mask |= 1 << bit
            if len(self._masks) < 200_000:  # the cache is per process; keep it bounded
                self._masks[head] = mask
        return mask

    def scan(self, text: str, lowered: str, starts: list[int]) -> dict[str, list[tuple[re.Match, int]]]:
        """Per pattern name, its non-overlapping matches with the index of their first token."""
        get = self._masks.get
        masks = [get(lowered[p : p + PREFIX]) for p in starts]
        for i, mask in enumerate(masks):
            if mask is None:
                masks[i] = self._mask(lowered[starts[i] : starts[i] + PREFIX])
        found: dict[str, list[tuple[re.Match, int]]] = {}
        for bit, (name, scanner) in enumerate(zip(self.names, self.scanners, strict=True)):
            flag = 1 << bit
            match = scanner.pattern.match
            hits: list[tuple[re.Match, int]] = []
            end = -1
            for i, mask in enumerate(masks):
                if mask & flag and starts[i] >= end:
                    m = match(text, starts[i])
                    if m and m.end() > m.start():
                        end = m.end()
                        hits.append((m, i))
            found[name] = hits
        return found
