"""The words that signal a pledge's category and status, compiled once at import.

Each table is one regex with a named group per class, so one pass over the text finds every
cue. Alternatives are ordered so that at one position the more specific reading wins: "air
and missile defence" is air_defense before "air" can claim it.
"""

import re

_I = re.IGNORECASE


def _alternation(named: dict[str, str], flags=_I) -> re.Pattern:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in named.items()), flags)


# -- categories ----------------------------------------------------------------------------

_SYSTEM_TAIL = r"(?:[\s-]+(?:air|and|missile|defen[cs]e|systems?|batter(?:y|ies)|launchers?|interceptors?|missiles?|units?))*"

# System names are proper nouns: matched case-sensitively so "hawk" or "arrow" stay words.
AIR_DEFENSE_SYSTEMS = re.compile(
    r"\b(?:Patriots?|PATRIOT|SAMP/T|SAMP-T|Mamba|IRIS-T(?:\s+SLM)?|NASAMS|HAWK|Hawk missiles?|Gepard|"
    r"Crotale|Stingers?|Mistral|Skyguard|Sky Sabre|Starstreak|THAAD|Aster(?:\s+\d+)?|Skynex)\b"
    + _SYSTEM_TAIL
)

CATEGORIES = _alternation(
    {
        "air_defense": (
            r"\b(?:(?:integrated\s+)?air(?:[\s-]+and[\s-]+missile)?|missile|anti-?aircraft|anti-?missile|"
            r"ballistic[\s-]+missile)[\s-]+defen[cs]es?\b" + _SYSTEM_TAIL + r"|\binterceptors?\b|\bsky ?shield\b|"
            r"\banti-?aircraft (?:guns?|systems?|missiles?|weapons?|batter(?:y|ies))\b"
        ),
        "sea": (
            r"\b(?:naval|navy|navies|maritime|warships?|frigates?|corvettes?|minehunters?|mine-?hunters?|"
            r"mine[\s-]countermeasures?(?:\s+vessels?)?|de-?mining|mine[\s-]clear(?:ing|ance)|clear(?:ing)? (?:sea )?mines|"
            r"minesweep\w*|at sea|"
            r"black sea (?:task force|mission|security|corridor|flotilla)|sea (?:lanes|mission|component|domain)|"
            r"coast ?guard)\b"
        ),
        "air": (
            r"\b(?:air (?:policing|patrols?|support|power|cover|presence|component|assets|force|forces|wing|"
            r"squadrons?|capabilit(?:y|ies)|operations|mission|shield)|fighter[\s-]jets?|jets|fighters|"
            r"fighter (?:aircraft|planes)|aircraft|warplanes?|planes|F-16s?|F-35s?|Gripens?|Rafales?|"
            r"Mirages?|Eurofighters?|Typhoons?|tanker aircraft|in the air|combat air patrols?|no-fly zone|"
            r"(?:patrol|polic)\w* (?:\w+ ){0,2}airspace)\b"
        ),
        "intelligence": (
            r"\b(?:intelligence(?![\s-]+(?:officials?|agenc\w*|services?|chiefs?|sources?|community|reports?|"
            r"assessments?|officers?|committee))(?:[\s-]+sharing)?|surveillance|reconnaissance|ISR|"
            r"monitoring|monitors?|satellite (?:imagery|data|images)|early[\s-]warning|AWACS|sensors?)\b"
            r"(?:[\s-]+(?:aircraft|planes|flights|drones|mission|capabilit(?:y|ies)))?"
        ),
        "training": r"\b(?:train(?:s|ed)?|training|instructors?|trainers?)\b(?! station)",
        "logistics": (
            r"\b(?:logistic(?:s|al)?|(?:military |logistics |logistical )?hubs?|transport(?:ation)?|airlift|"
            r"sealift|basing|(?:air |military |naval )?bases|staging (?:area|post)s?|supply (?:lines?|routes?|chain))\b"
        ),
        "troops": (
            r"\b(?:troops?|soldiers?|boots on the ground|ground (?:forces|troops|component|presence)|land forces|"
            r"peace-?keep(?:ers|ing)(?: (?:force|mission|troops|contingent|operations?))?|reassurance force|"
            r"multinational force(?: ukraine)?|MNF-?U|deterren(?:t|ce) force|stabili[sz]ation force|"
            r"contingents?|battalions?|brigades?|military personnel|servicemen|service members|"
            r"troop contributions?|forces on the ground|(?:deploy|send|station|commit)\w* (?:[\w-]+ ){0,3}?forces|"
            r"armed forces|company-sized unit|presence on land|on land)\b"
        ),
        "funding": (
            r"\b(?:fund(?:s|ing|ed)?|financ(?:e|es|ed|ing)|financial (?:aid|support|assistance|package|"
            r"contributions?|help)|loans?|grants?|budget(?:ary)? support|pa(?:y|ys|ying|id) (?:\S+ ){0,3}?for|"
            r"aid package|macro-?financial)"
        ),
        "equipment": (
            r"\b(?:weapons?|weaponry|arms(?! control| race)|ammunition|munitions|shells|artillery|howitzers?|"
            r"drones?|missiles?|rockets?|tanks|armou?red vehicles?|military (?:equipment|aid|assistance|"
            r"hardware|supplies|packages?)|equipment|HIMARS|ATACMS|Taurus|Storm Shadows?|SCALP|Tomahawks?|"
            r"Leopards?|Abrams|Bradleys?|long-range (?:missiles|weapons|strike)|weapons packages?|"
            r"arms (?:deliveries|supplies|sales|packages?))\b"
        ),
        "security_guarantee": (
            r"\b(?:security (?:guarantees?|assurances?|commitments?|guarantor|pact|agreements?|arrangements?|"
            r"umbrella|plans?|framework|cooperation agreement)|backstops?|guarantees? (?:of|for|to) "
            r"(?:Ukraine|Kyiv)(?:['’]s)?(?: security)?|guarantee (?:Ukraine|Kyiv)['’]s security|"
            r"article[\s-]5(?:-like|-style| style)?|mutual (?:defen[cs]e|assistance)|collective defen[cs]e|"
            r"(?:Ukraine|Kyiv)['’]s (?:long-term |future )?security|security of (?:Ukraine|Kyiv))\b"
        ),
        # A sum alone is funding only when nothing more specific was offered ("$60bn in military aid").
        "amount": r"\b[0-9][0-9.,]*\s*(?:billion|million|bn|mn)\b(?![\s-]+worth)",
        # Support in general: a security guarantee only when a named nation gives it (checked by
        # the caller) in a sentence about security.
        "support": (
            r"\b(?:support|backing|endorsement|involvement|participation|engagement|commitments?|"
            r"assurances?|contributions?)\b"
        ),
    }
)

# Aircraft are "air" when deployed, "equipment" when handed over.
TRANSFER_VERBS = re.compile(
    r"\b(?:donat\w*|deliver\w*|transfer\w*|suppl(?:y|ies|ied|ying)|sell\w*|sold|gift\w*|hand\w* over|"
    r"acquir\w*|purchas\w*|buy\w*|bought)\b",
    _I,
)

# Words that tie a sentence to Ukraine's security or the coalition.
COALITION_CONTEXT = re.compile(
    r"\b(?:coalition|reassurance|multinational force|peace-?keep\w*|ceasefire|cease-fire|truce|"
    r"peace (?:deal|agreement|settlement|plan)|security guarantees?|backstop|post-?war|post-conflict|"
    r"Paris Declaration|MNF-?U)\b",
    _I,
)

# Sentences about another war or region are not about Ukraine's security, whatever the article.
OTHER_THEATRES = re.compile(
    r"\b(?:Gaza|Israel\w*|Hamas|Taiwan\w*|Middle East|Red Sea|Iran\w*|Syria\w*|Lebanon|Hezbollah|Houthis?|"
    r"Venezuela\w*|Greenland|Sudan\w*|Indo-Pacific|South China Sea|Korean Peninsula|Sahel|Yemen\w*)\b"
)

# A nation's own defence budget or forces: not a contribution to Ukraine.
DOMESTIC = re.compile(
    r"\b(?:of (?:its |their )?GDP|defen[cs]e (?:spending|budgets?)|military (?:spending|budgets?)|"
    r"spend\w* (?:\S+ ){0,6}on (?:its own )?defen[cs]e|(?:its|their) own (?:defen[cs]e|army|armed forces|military)|"
    r"rearm\w*|conscription)\b",
    _I,
)

# Security words that let general support count as a security guarantee.
SECURITY_CONTEXT = re.compile(
    r"secur|guarantee|coalition|reassurance|backstop|ceasefire|cease-fire|peace (?:deal|agreement|plan)|"
    r"deter|defen[cs]e|military|force",
    _I,
)

# -- status --------------------------------------------------------------------------------

_PLEDGE_VERB = (
    r"(?:send\w*|deploy\w*|provid\w*|contribut\w*|suppl(?:y|ies|ied|ying)|deliver\w*|give|giving|fund\w*|"
    r"financ\w*|train\w*|lead\w*|station\w*|offer\w*|donat\w*|transfer\w*|host\w*|take part|participat\w*|"
    r"join\w*|allocat\w*|pay|support\w*|help\w*|be part|commit\w*|extend\w*|sign\w*|guarantee\w*|back|"
    r"boost\w*|increas\w*|establish\w*|set up|put|play|patrol\w*|police|protect\w*|monitor\w*|share|serve|act|continu\w*|sell\w*|sold|"
    r"sharing|consider\w*)"
)

# "provided the Bundestag approves" is a condition; "has provided 40 tanks" is not.
_PROVIDED = r"(?<!has )(?<!have )(?<!had )(?<!was )(?<!were )(?<!been )(?<!is )\bprovided(?: that\b)?"

STATUS = _alternation(
    {
        # "did not rule out" is an opening, not a refusal.
        "not_refused": (
            r"\b(?:(?:has|have|had|did|does|do|is|are|was|were|will|would)\s*)?(?:not|n['’]t|never) (?:\w+ )?"
            r"(?:rul(?:e|ed|ing) (?:it |this |that |anything )?out|exclud\w*)\b|\bnot excluding\b"
        ),
        # Reported speech is how news reports a promise: "Britain said it would send troops".
        "reported": (
            r"\b(?:said|says|announced|confirmed|promised|pledged|insisted|stressed|vowed|told [A-Z]?\w+)"
            r"(?: that)?(?: (?!would\b|not\b|but\b|if\b)[\w.'’-]+){0,6}? would (?!not\b|n['’]t|never\b)(?:\w+ )?"
            + _PLEDGE_VERB
            + r"\b"
        ),
        "declined": (
            r"\brul(?:ed|es|e|ing) out\b|\brefus(?:ed|es|e|ing|al)\b|\bdeclin(?:ed|es|e|ing) to\b|"
            r"\breject(?:ed|s|ing)?\b|\b(?:will|would|does|do|did|is|are|was|were|has|have|could|can|shall)"
            r"(?: not|n['’]t) (?:\w+ ){0,2}?" + _PLEDGE_VERB + r"\b|\b(?:won|can)['’]t (?:\w+ ){0,2}?"
            + _PLEDGE_VERB
            + r"\b|\bno (?:plans?|intention) (?:to|of)\b|\bnot (?:be )?(?:sending|deploying|contributing|"
            r"participating|joining|among)\b|\bnever\b|\bunwilling\b|\b(?:oppos(?:ed|es|e)|against) "
            r"(?:to )?(?:sending|deploying|any)\b|\b(?:notably |conspicuously )?absent from\b|"
            r"\bnot on the list\b|\bno (?:\w+ ){0,2}?(?:troops|soldiers|boots)\b|\bdeclined\b|"
            r"\b(?:paus|halt|suspend|froze|freez)\w*\b|\bcut(?:s|ting)? off\b|\bwithh[eo]ld\w*\b"
        ),
        # A condition holds for its whole sentence: "..., provided the Bundestag approves".
        "condition": (
            r"\bif\b|\bunless\b|" + _PROVIDED + r"|\bas long as\b|\bon condition\b|\bconditional (?:on|upon)\b|"
            r"\bconditioned on\b|\bsubject to\b|\bcontingent (?:on|upon)\b|\bdepend(?:s|ing|ent)? (?:on|upon)\b"
        ),
        # A modal governs the verb after it: "has offered troops and would help police the skies".
        "modal": r"\b(?:could|might|may|would)(?: (?:also|still|be|then|eventually|potentially))? " + _PLEDGE_VERB + r"\b",
        "considering": (
            r"\bopen to\b|\bconsider(?:s|ed|ing)?\b|\bweigh(?:s|ed|ing)\b|\bmull(?:s|ed|ing)\b|"
            r"\bexplor(?:e|es|ed|ing)\b|\bdiscuss(?:es|ed|ing)? (?:\w+ )?" + _PLEDGE_VERB + r"\b|"
            r"\bdiscussions? (?:on|about|of) (?:\w+ )?" + _PLEDGE_VERB + r"\b|\bin talks\b|\btalks (?:on|about|over)\b|"
            r"\bnegotiat\w*\b|\bhop(?:e|es|ed|ing)\b|\bhopeful\b|\boptimis\w*\b|\bconfiden(?:t|ce) that\b|"
            r"\bpotential(?:ly)?\b|\bpossib(?:le|ly|ility)\b|\bintend(?:s|ed)?\b|\bintentions?\b|"
            r"\bplan(?:s|ned|ning)? to\b|\bseek(?:s|ing)?\b|\bsought\b|\bwants?\b|\bask(?:s|ed|ing)? (?:for|to)\b|"
            r"\brequest(?:s|ed|ing)?\b|\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed|ing)? (?:on|for)\b|"
            r"\bpush(?:es|ed|ing)? for\b|\badvocat\w*\b|\bexpect(?:s|ed|ation)?\b|\banticipat\w*\b|"
            r"\blikely\b|\bpropos(?:e|es|ed|al)\b|\bironed out\b|\bworked out\b|\byet to\b|\bnot yet\b|"
            r"\bstill (?:being|under)\b|\bunder (?:discussion|consideration|negotiation|review)\b|"
            r"\bin principle\b|\bmust\b|\bshould\b|\bready to consider\b|\bwillingness to consider\b"
        ),
        # Nouns promise only for the nation they belong to: "the United States' pledge".
        "promise": (
            r"\bcommitments?\b|\bpromises\b|\bagreements?\b|\bannouncement\b|\boffers?\b"
        ),
        "pledged": (
            r"\bpledg(?:e|es|ed|ing)\b|\bcommit(?:s|ted|ting)?\b|\bpromis(?:e|ed|ing)\b|"
            r"\bannounc(?:e|es|ed|ing)\b|\bagree(?:s|d)?\b|\bvow(?:s|ed)?\b|"
            r"\b(?:will|['’]ll|shall|is to|are to|is set to|are set to) (?:\w+ )?" + _PLEDGE_VERB + r"\b|"
            r"\b(?:is|are|was|were) (?:already )?(?:sending|deploying|providing|supplying|delivering|training|"
            r"funding|leading|contributing|financing|donating)\b|\b(?:has|have|had) (?:\w+ )?(?:sent|deployed|"
            r"provided|supplied|delivered|given|donated|trained|funded|allocated|contributed|approved|signed|"
            r"offered|transferred|financed)\b|\b(?:sent|deployed|supplied|delivered|donated|allocated|"
            r"contributed|approved|offered|transferred|unveiled|earmarked|dispatched)\b|\bready to\b|"
            r"\bprepared to\b|\bconfirm(?:s|ed|ing)?\b|\bunderwrit\w*\b|\bleads? (?:on|the)\b|\bapprov(?:e|es|ed|ing)\b"
        ),
        # Needs and importance: the nation has not yet given what is needed of it.
        "needed": (
            r"\bcritical\b|\bcrucial\b|\bessential\b|\bvital\b|\bindispensable\b|\bneed(?:s|ed)?\b|"
            r"\brequir(?:e|es|ed|ing|ement)\b|\bhing(?:e|es|ing) on\b|\bpending\b|\bwilling(?:ness)?\b|"
            r"\bkey to\b|\bparamount\b"
        ),
    }
)

# Status classes from strongest to weakest; the strongest one present wins.
STATUS_ORDER = (
    "not_refused", "declined", "condition", "considering", "modal", "pledged", "reported", "promise", "needed"
)  # fmt: skip
STATUS_VALUE = {
    "not_refused": "considering",
    "declined": "declined",
    "condition": "considering",
    "considering": "considering",
    "modal": "considering",
    "pledged": "pledged",
    "reported": "pledged",
    "promise": "pledged",
    "needed": "considering",
}
# Cues that count only right beside the nation or the thing pledged, within so many words.
NEAR_ONLY = {"needed": 3, "promise": 2}
# Verbs govern what follows them, not what came before in the clause.
FORWARD_ONLY = frozenset({"modal", "pledged", "reported"})
# Cues that hold for the whole clause, across other nations and group words.
CLAUSE_WIDE = frozenset({"condition"})
# Cues that are their subject's act: "France ruled out troops without a US backstop" is France's.
SUBJECT_ACTS = frozenset({"declined", "pledged", "reported", "not_refused"})

# -- conditions and places -----------------------------------------------------------------

CONDITION = re.compile(
    r"\b(?:if|unless|" + _PROVIDED + r"|as long as|on condition that|conditional (?:on|upon)|conditioned on|"
    r"subject to|contingent (?:on|upon)|depend(?:s|ing|ent)? (?:on|upon)|requir(?:es|ed|ing)|hing(?:e|es) on|"
    r"pending|in the event of|(?:once|after|following|when|until) (?:a |the |any )?(?:ceasefire|cease-fire|truce|"
    r"peace (?:deal|agreement|settlement)|the (?:war|fighting|hostilities)))\b[^;:]*",
    _I,
)
US_BACKSTOP = re.compile(
    r"\b(?:backstop|U\.?S\.?|American|Washington|United States|Trump|White House|Pentagon)\b"
)
PARLIAMENT = re.compile(
    r"\b(?:parliament\w*|Bundestag|Congress|Sejm|Riksdag|Storting|Folketing|Eduskunta|Riigikogu|Saeima|"
    r"Seimas|Cortes|lawmakers|legislat\w*|MPs|vote|mandate|parliamentary approval)\b",
    _I,
)
AFTER_CEASEFIRE = re.compile(
    r"\b(?:(?:after|once|following|when|until)\s+(?:a |the |any )?(?:ceasefire|cease-fire|truce|"
    r"peace (?:deal|agreement|settlement)|the (?:war|fighting|hostilities) (?:ends?|stops?|is over)|"
    r"(?:fighting|hostilities) (?:ends?|stops?|cease)|the guns fall silent|the end of (?:the )?(?:war|"
    r"hostilities|fighting))|post-?war|post-conflict|after the war|end of hostilities|"
    r"to (?:secure|monitor|uphold|guarantee|enforce) (?:a |the |any )?(?:potential )?(?:ceasefire|"
    r"peace (?:deal|agreement)))\b",
    _I,
)

LOCATIONS = (
    ("outside", re.compile(r"\b(?:outside(?: of)? Ukraine|from outside|beyond Ukraine|away from the front"
                           r"(?:\s?line)?s?|from (?:its|their) own territory)\b", _I)),
    ("neighbouring", re.compile(r"\b(?:neighbo(?:u)?r(?:ing)? (?:countries|states|nations|NATO)|adjacent|"
                                r"bordering|eastern flank|(?:in|to|on) (?:Poland|Romania|Slovakia|Moldova|"
                                r"Hungary)(?:'s territory)?)\b", _I)),
    ("sea", re.compile(r"\b(?:at sea|Black Sea|naval|maritime|de-?mining|sea lanes)\b", _I)),
    ("air", re.compile(r"\b(?:in the air|airspace|air policing|skies)\b", _I)),
    ("ukraine", re.compile(r"\b(?:(?:in|into|inside|to|within) Ukraine(?!['’])|on Ukrainian (?:soil|territory|ground)|"
                           r"Ukrainian (?:soil|territory)|on the ground|on land)\b", _I)),
)  # fmt: skip

# -- quantities and money ------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "a hundred": 100, "several hundred": None, "a thousand": 1000,
}  # fmt: skip
NUMBER_WORDS = _NUMBER_WORDS

UNITS = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
    "personnel": "troops", "servicemen": "troops", "service members": "troops", "peacekeepers": "troops",
    "marines": "troops", "instructors": "troops", "trainers": "troops",
    "systems": "systems", "system": "systems", "batteries": "systems", "battery": "systems",
    "launchers": "systems", "jets": "aircraft", "aircraft": "aircraft", "fighters": "aircraft",
    "planes": "aircraft", "helicopters": "aircraft", "ships": "ships", "vessels": "ships",
    "vessel": "ships", "frigates": "ships", "frigate": "ships", "warships": "ships", "warship": "ships",
    "minehunters": "ships", "drones": "drones", "tanks": "tanks", "missiles": "missiles",
    "interceptors": "missiles", "shells": "shells", "rounds": "shells", "howitzers": "guns", "guns": "guns",
    "brigades": "brigades", "brigade": "brigades", "battalions": "battalions", "battalion": "battalions",
    "companies": "companies", "company": "companies",
}  # fmt: skip

# Which units measure which categories ("26 nations commit troops" is not 26 troops).
CATEGORY_UNITS = {
    "troops": {"troops", "brigades", "battalions", "companies"},
    "training": {"troops"},
    "air": {"aircraft"},
    "sea": {"ships"},
    "air_defense": {"systems", "missiles", "guns"},
    "equipment": {"systems", "aircraft", "ships", "drones", "tanks", "missiles", "shells", "guns"},
}

QUANTITY = re.compile(
    r"(?<![\w$€£.,-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(sorted((w for w in _NUMBER_WORDS if _NUMBER_WORDS[w]), key=len, reverse=True))
    + r")(?P<mult>\s+(?:thousand|hundred)|k)?\s+(?:[\w/]+(?:-[\w/]+)*\s+){0,5}?(?P<unit>"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r")\b",
    _I,
)

_MULTIPLIERS = {
    "trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9, "million": 10**6,
    "mn": 10**6, "m": 10**6, "mln": 10**6, "thousand": 10**3, "k": 10**3,
}  # fmt: skip
MULTIPLIERS = _MULTIPLIERS
_MULT = r"(?:\s*(?P<{0}>trillion|billion|million|thousand|tn|bn|mln|mn|b|m|k)\b)?"
_NUM = r"(?P<{0}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"

MONEY = re.compile(
    r"(?P<sym>US\$|C\$|CA\$|A\$|AU\$|NZ\$|\$|€|£|¥)\s?" + _NUM.format("n1") + _MULT.format("m1")
    + r"|\b(?P<code>USD|EUR|GBP|CAD|AUD|NOK|SEK|DKK|CHF|JPY|PLN|CZK)\s?" + _NUM.format("n3") + _MULT.format("m3")
    + r"|\b" + _NUM.format("n2") + _MULT.format("m2")
    + r"\s*(?P<word>euros?|dollars?|pounds?(?: sterling)?|USD|EUR|GBP|CAD|AUD|NOK|SEK|DKK|CHF|JPY|yen|"
    r"kroner|kronor|krone|koruna|zloty|PLN|CZK|ISK)\b",
    _I,
)
CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD",
    "€": "EUR", "£": "GBP", "¥": "JPY",
}  # fmt: skip
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "pound sterling": "GBP", "yen": "JPY", "kroner": "crowns",
    "krone": "crowns", "kronor": "crowns", "koruna": "CZK", "zloty": "PLN",
}  # fmt: skip
