"""The words that signal a pledge's category and status, compiled once at import.

Each table is one regex with a named group per class, so one pass over the text finds every
cue. Alternatives are ordered so that at one position the more specific reading wins: "air
and missile defence" is air_defense before "air" can claim it. Phrases are listed one per
line, as regex fragments, and joined by ``_words``.
"""

import re

_I = re.IGNORECASE
APOSTROPHE = "['\u2019]"  # straight or curly


def _words(*alternatives: str, tail: str = "") -> str:
    """Whole words or phrases: ``\\b(?:a|b|c)\\b``, then an optional ``tail``."""
    return r"\b(?:" + "|".join(alternatives) + r")\b" + tail


def _named(groups: dict[str, str], flags=_I) -> re.Pattern:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in groups.items()), flags)


# Ships are a navy's unless they carry trade: "grain ships" are not a naval presence.
_SHIPS = r"(?<!grain )(?<!cargo )(?<!merchant )(?<!container )ships?\b(?! of)"

# -- categories ----------------------------------------------------------------------------

_SYSTEM_TAIL = (
    r"(?:[\s-]+(?:air|and|missile|defen[cs]e|systems?|batter(?:y|ies)|launchers?|interceptors?"
    r"|missiles?|units?))*"
)

# System names are proper nouns: matched case-sensitively so "hawk" or "arrow" stay words.
AIR_DEFENSE_SYSTEMS = re.compile(
    _words(
        r"Patriots?", "PATRIOT", "SAMP/T", "SAMP-T", "Mamba", r"IRIS-T(?:\s+SLM)?", "NASAMS",
        "HAWK",
        r"Hawk missiles?", "Gepard", "Crotale", r"Stingers?", "Mistral", "Skyguard", "Sky Sabre",
        "Starstreak", "THAAD", r"Aster(?:\s+\d+)?", "Skynex",
        tail=_SYSTEM_TAIL,
    )
)  # fmt: skip

CATEGORIES = _named(
    {
        "air_defense": _words(
            r"(?:(?:integrated\s+)?air(?:[\s-]+and[\s-]+missile)?|missile|anti-?aircraft|anti-?missile"
            r"|ballistic[\s-]+missile)[\s-]+defen[cs]es?",
            tail=_SYSTEM_TAIL,
        )
        + "|"
        + _words(
            r"interceptors?",
            r"sky ?shield",
            r"anti-?aircraft (?:guns?|systems?|missiles?|weapons?|batter(?:y|ies))",
        ),
        "sea": _words(
            "naval", "navy", "navies", "maritime", r"warships?", _SHIPS, r"frigates?", r"corvettes?",
            r"mine-?hunters?", r"minehunters?", r"mine[\s-]countermeasures?(?:\s+vessels?)?",
            "de-?mining", r"mine[\s-]clear(?:ing|ance)", r"clear(?:ing)? (?:sea )?mines",
            r"minesweep\w*", "at sea",
            "black sea (?:task force|mission|security|corridor|flotilla)",
            "sea (?:lanes|mission|component|domain)", "coast ?guard",
        ),
        "air": _words(
            "air (?:policing|patrols?|support|power|cover|presence|component|assets|forces?|wing"
            r"|squadrons?|capabilit(?:y|ies)|operations|mission|shield)",
            r"fighter[\s-]jets?", "jets", "fighters", "fighter (?:aircraft|planes)", "aircraft",
            "warplanes?", "planes", "F-16s?", "F-35s?", "Gripens?", "Rafales?", "Mirages?",
            "Eurofighters?", "Typhoons?", "tanker aircraft", "in the air", "combat air patrols?",
            "no-fly zone", r"(?:patrol|polic)\w* (?:\w+ ){0,2}airspace",
        ),
        "intelligence": _words(
            r"intelligence(?![\s-]+(?:officials?|agenc\w*|services?|chiefs?|sources?|community"
            r"|reports?|assessments?|officers?|committee))(?:[\s-]+sharing)?",
            "surveillance", "reconnaissance", "ISR", "monitoring", "monitors?",
            "satellite (?:imagery|data|images)", r"early[\s-]warning", "AWACS", "sensors?",
            tail=r"(?:[\s-]+(?:aircraft|planes|flights|drones|mission|capabilit(?:y|ies)))?",
        ),
        "training": _words("train(?:s|ed)?", "training", "instructors?", "trainers?")
        + "(?! station)(?! (?:with|alongside) )",
        "logistics": _words(
            "logistic(?:s|al)?", "(?:logistics |logistical )?hubs?(?! for)",
            "transport(?:ation)?",
            "airlift", "sealift", "basing", "(?:air |military |naval )?bases",
            "staging (?:area|post)s?", "supply (?:lines?|routes?|chain)",
        ),
        "troops": _words(
            "troops?", "soldiers?", "boots on the ground",
            "ground (?:forces|troops|component|presence)", "land forces",
            "peace-?keep(?:ers|ing)(?: (?:force|mission|troops|contingent|operations?))?",
            "reassurance force", "multinational force(?: ukraine)?", "MNF-?U",
            "deterren(?:t|ce) force", "stabili[sz]ation force", "contingents?", "battalions?",
            "brigades?", "military personnel", "servicemen", "service members",
            "troop contributions?", "forces on the ground", "military hubs?",
            "(?:combat|ground|army) units?",
            r"units?(?= (?:\w+ ){0,2}(?:stationed|deployed|based|sent)\b)",
            # "its forces will not be deployed": a refusal in the passive.
            rf"forces(?= (?:will|would|shall|are|is)(?: not|n{APOSTROPHE}t| never) be (?:stationed|deployed|sent)\b)",
            r"(?:deploy|send|station|commit|plac|put|bas)\w* (?:[\w-]+ ){0,3}?forces",
            "armed forces", "company-sized unit", "presence on land", "on land",
        ),
        "funding": _words(
            "fund(?:s|ing|ed)?", "financ(?:e|es|ed|ing)",
            "financial (?:aid|support|assistance|package|contributions?|help)", "loans?", "grants?",
            "budget(?:ary)? support", r"pa(?:y|ys|ying|id) (?:\S+ ){0,3}?for", "aid package",
            "macro-?financial",
        ),
        "equipment": _words(
            "weapons?", "weaponry", "arms(?! control| race)", "ammunition", "munitions", "shells",
            "artillery", "howitzers?", "drones?", "missiles?", "rockets?", "tanks",
            "armou?red vehicles?",
            "military (?:equipment|aid|assistance|hardware|supplies|packages?)", "equipment",
            "HIMARS", "ATACMS", "Taurus", "Storm Shadows?", "SCALP", "Tomahawks?", "Leopards?",
            "Abrams", "Bradleys?", "long-range (?:missiles|weapons|strike)", "weapons packages?",
            "arms (?:deliveries|supplies|sales|packages?)",
        ),
        "security_guarantee": _words(
            "security (?:guarantees?|assurances?|commitments?|guarantor|pact|agreements?"
            "|arrangements?|umbrella|plans?|framework|cooperation agreement)",
            "backstops?", r"stand(?:s|ing)? (?:firmly |squarely )?behind",
            f"guarantees? (?:of|for|to) (?:Ukraine|Kyiv)(?:{APOSTROPHE}s)?(?: security)?",
            f"guarantee (?:Ukraine|Kyiv){APOSTROPHE}s security",
            r"article[\s-]5(?:-like|-style| style)?",
            "mutual (?:defen[cs]e|assistance)", "collective defen[cs]e",
            f"(?:Ukraine|Kyiv){APOSTROPHE}s (?:long-term |future )?security",
            "security of (?:Ukraine|Kyiv)",
        ),
        # A sum alone is funding only when nothing more specific was offered ("$60bn in military
        # aid"); pledges.py decides.
        "amount": r"\b[0-9][0-9.,]*\s*(?:billion|million|bn|mn)\b(?![\s-]+worth)",
        # Support in general: a security guarantee only when a named nation gives it (checked by
        # the caller) in a sentence about security.
        "support": _words(
            "support", "backing", "endorsement", "involvement", "participation", "engagement",
            "commitments?", "assurances?", "contributions?", "guarantees",
        ),
    }
)  # fmt: skip

# Aircraft are "air" when deployed, "equipment" when handed over.
TRANSFER_VERBS = re.compile(
    _words(
        r"donat\w*",
        r"deliver\w*",
        r"transfer\w*",
        "suppl(?:y|ies|ied|ying)",
        r"sell\w*",
        "sold",
        r"gift\w*",
        r"hand\w* over",
        r"giv(?:e|es|en|ing)",
        "gave",
        r"acquir\w*",
        r"purchas\w*",
        r"buy\w*",
        "bought",
    ),
    _I,
)

# Words that tie a sentence to Ukraine's security or the coalition.
COALITION_CONTEXT = re.compile(
    _words(
        "coalition",
        "reassurance",
        "multinational force",
        r"peace-?keep\w*",
        "ceasefire",
        "cease-fire",
        "truce",
        "peace (?:deal|agreement|settlement|plan)",
        "security guarantees?",
        "backstop",
        "post-?war",
        "post-conflict",
        "Paris Declaration",
        "MNF-?U",
    ),
    _I,
)

# Sentences about another war or region are not about Ukraine's security, whatever the article.
OTHER_THEATRES = re.compile(
    _words(
        "Gaza",
        r"Israel\w*",
        "Hamas",
        r"Taiwan\w*",
        "Middle East",
        "Red Sea",
        r"Iran\w*",
        r"Syria\w*",
        "Lebanon",
        "Hezbollah",
        "Houthis?",
        r"Venezuela\w*",
        "Greenland",
        r"Sudan\w*",
        "Indo-Pacific",
        "South China Sea",
        "Korean Peninsula",
        "Sahel",
        r"Yemen\w*",
    )
)

# A nation's own defence budget or forces: not a contribution to Ukraine.
DOMESTIC = re.compile(
    _words(
        "of (?:its |their )?GDP",
        "defen[cs]e (?:spending|budgets?)",
        "military (?:spending|budgets?)",
        r"spend\w* (?:\S+ ){0,6}on (?:its own )?defen[cs]e",
        "(?:its|their) own (?:defen[cs]e|army|armed forces|military)",
        r"rearm\w*",
        "conscription",
    ),
    _I,
)

# Security words that let general support count as a security guarantee.
SECURITY_CONTEXT = re.compile(
    "secur|guarantee|coalition|reassurance|backstop|ceasefire|cease-fire"
    "|peace (?:deal|agreement|plan)|deter|defen[cs]e|military|force",
    _I,
)

# Expecting what a package holds is no hedge on the package: "expected to include Patriots".
_EXPECTED = r"expect(?:s|ed|ation)?(?! to (?:include|contain|comprise|consist|cover))"

# -- status --------------------------------------------------------------------------------

_PLEDGE_VERB = "(?:" + "|".join(
    [
        r"send\w*", "sent", r"deploy\w*", r"provid\w*", r"contribut\w*", "suppl(?:y|ies|ied|ying)",
        r"deliver\w*", "give", "giving", r"fund\w*", r"financ\w*", r"train\w*", r"lead\w*",
        r"station\w*", r"offer\w*", r"donat\w*", r"transfer\w*", r"host\w*", "take part",
        r"participat\w*", r"join\w*", r"allocat\w*", "pay", r"support\w*", r"help\w*", "be part",
        r"commit\w*", r"extend\w*", r"sign\w*", r"guarantee\w*", "back", r"boost\w*",
        r"increas\w*", r"establish\w*", "set up", "put", "play", r"patrol\w*", "police",
        r"protect\w*", r"monitor\w*", "share", "sharing", "serve", "act", r"continu\w*", r"sell\w*",
        "sold", r"consider\w*", r"stand\w* (?:\w+ )?behind",
        r"tak(?:e|es|ing) (?:on )?(?:responsibility|charge|command|over|the lead)", r"run\w*", "go",
        r"disburs\w*", "be (?:in|on|there|among)", "ship(?:s|ped|ping)?",
    ]
) + ")"  # fmt: skip
_NOT = f"(?: not|n{APOSTROPHE}t)"
# "declined to comment": silence, not a refusal of anything offered.
_NO_COMMENT = r"(?! to (?:comment|say|confirm|discuss|elaborate|specify|disclose)\b)"

# "provided the Bundestag approves" is a condition; "has provided 40 tanks" is not.
_PROVIDED = r"(?<!has )(?<!have )(?<!had )(?<!was )(?<!were )(?<!been )(?<!is )\bprovided(?: that\b)?"

STATUS = _named(
    {
        # "did not rule out" is an opening, not a refusal.
        "not_refused": _words(
            rf"(?:(?:has|have|had|did|does|do|is|are|was|were|will|would)\s*)?(?:not|n{APOSTROPHE}t"
            r"|never) (?:\w+ )?(?:rul(?:e|ed|ing) (?:it |this |that |anything )?out|exclud\w*)",
            "not excluding",
        ),
        # Reported speech is how news reports a promise: "Britain said it would send troops".
        "reported": _words(
            r"(?:said|says|announced|confirmed|promised|pledged|insisted|stressed|vowed|agreed"
            r"|told [A-Z]?\w+)"
            rf"(?: that)?(?: (?!would\b|not\b|but\b|if\b)[\w.{APOSTROPHE[1:-1]}-]+){{0,6}}? would"
            rf" (?!not\b|n{APOSTROPHE}t|never\b|consider)(?:\w+ )?{_PLEDGE_VERB}",
        ),
        "declined": _words(
            "rul(?:ed|es|e|ing) out", "refus(?:ed|es|e|ing|al)" + _NO_COMMENT,
            "declin(?:ed|es|e|ing)" + _NO_COMMENT + " to",
            "reject(?:ed|s|ing)?",
            f"(?:will|would|does|do|did|is|are|was|were|has|have|could|can|shall){_NOT}"
            rf" (?:\w+ ){{0,2}}?{_PLEDGE_VERB}",
            rf"(?:won|can){APOSTROPHE}t (?:\w+ ){{0,2}}?{_PLEDGE_VERB}",
            rf"(?:will|would|shall|could|can){_NOT} (?:be )?go(?:ing)?\b", rf"won{APOSTROPHE}t go\b",
            "no (?:plans?|intention) (?:to|of)",
            "not (?:be )?(?:sending|deploying|contributing|participating|joining|among)", "never",
            "unwilling", "(?:oppos(?:ed|es|e)|against) (?:to )?(?:sending|deploying|any)",
            "(?:notably |conspicuously )?absent from", "not on the (?:list|agenda|table)", "off the table",
            "exclud(?:ed|es)",
            "declined" + _NO_COMMENT,
            # "has frozen aid" refuses; "frozen Russian assets" is an adjective.
            r"(?:paus|halt|suspend|freez)\w*", "froze",
            r"(?:(?<=has )|(?<=have )|(?<=had )|(?<=been )|(?<=was )|(?<=were ))frozen",
            "cut(?:s|ting)? off", r"withh[eo]ld\w*",
        ),
        # A condition holds for its whole sentence: "..., provided the Bundestag approves".
        "condition": _words(
            r"if(?!(?: \w+){0,3} (?:under )?(?:attack|invad)\w*)", "unless", "(?<!for )as long as",
            "on condition(?! of anonymity)", "conditional (?:on|upon)",
            "conditioned on",
            "subject to", "contingent (?:on|upon)", "depend(?:s|ing|ent)? (?:on|upon)",
        )
        + "|"
        + _PROVIDED,
        # Going on with what is already given: "would keep training", "will continue to fund".
        "continuing": _words(
            rf"(?:will|would|{APOSTROPHE}ll|shall)(?:, \w+,)?(?: also| still)?"
            rf" (?:keep(?: on)?|continue(?: to)?) {_PLEDGE_VERB}",
            # "would keep its jets in Poland": what is already given stays.
            rf"(?:will|would|{APOSTROPHE}ll|shall)(?: also| still)? (?:keep|maintain) (?:its|their|our)",
        ),
        # "offers demining, not troops", "planes instead of troops": refuses only what it touches.
        # "will monitor without sending troops": refuses what comes right after it.
        "negated": r"(?<=, )not\b|(?<=but )not\b|(?<=is )not\b|(?<=are )not\b|\brather than\b|\binstead of\b"
        r"|\bwithout (?:sending|deploying|committing|contributing|providing|putting|stationing)\b",
        # "no Czech soldier will go", "no US boots on the ground": refuses the forces it names.
        "none": _words(r"no (?:[\w.-]+ ){0,2}?(?:troops?|soldiers?|boots|units?|forces|personnel)"),
        # A modal governs the verb after it: "has offered troops and would help police the skies".
        "modal": "(?<!that )" + _words(
            "(?:could|might|may|would)(?: (?:also|still|be|then|eventually|potentially|instead|now|yet))? "
            + "(?!serve as|act as)"
            + _PLEDGE_VERB,
            # "could be ready to send": readiness under a modal is a maybe.
            "(?:could|might|may|would) (?:also |still )?be (?:ready|willing|prepared|open) to",
        ),
        "considering": _words(
            "open to", "consider(?:s|ed|ing)?", "weigh(?:s|ed|ing)", "mull(?:s|ed|ing)",
            "explor(?:e|es|ed|ing)", "float(?:s|ed|ing)", "(?:an|one|the) option",
            rf"discuss(?:es|ed|ing)? (?:\w+ )?{_PLEDGE_VERB}",
            rf"discussions? (?:on|about|of) (?:\w+ )?{_PLEDGE_VERB}", "in talks",
            "talks (?:on|about|over)", r"negotiat\w*", "hop(?:e|es|ed|ing)", "hopeful",
            r"optimis\w*", "confiden(?:t|ce) that", "potential(?:ly)?", "possib(?:le|ly|ility)",
            "intend(?:s|ed)?", "intentions?", "plan(?:s|ned|ning)? to", "seek(?:s|ing)?", "sought",
            "wants?", "ask(?:s|ed|ing)? (?:for|to)", "request(?:s|ed|ing)?", "urg(?:e|es|ed|ing)",
            "call(?:s|ed|ing)? (?:on|for)", "push(?:es|ed|ing)? for", r"advocat\w*",
            _EXPECTED, r"anticipat\w*", "likely", "propos(?:e|es|ed|al)",
            "ironed out",
            "worked out", "yet to", "not yet", "still (?:being|under)",
            "under (?:discussion|consideration|negotiation|review)", "(?<!agreed )(?<!agree )(?<!agrees )in principle",
            "stop(?:s|ped|ping)? short of",
            r"decid(?:e|es|ed|ing) (?:\w+ ){0,6}?(?:only )?(?:once|when|whether|later|after)", "must",
            "should", "ready to consider", "willingness to consider",
            "too (?:early|soon) to", "premature",
            # "the decision on troops was left to the next government": still open.
            r"left (?:open|undecided|unresolved|to (?:the|a) (?:next|new|future|incoming))",
        ),
        # Nouns promise only for the nation they belong to: "the United States' pledge".
        "promise": _words("commitments?", "promises", "agreements?", "announcement", "offers?"),
        "pledged": _words(
            "pledg(?:e|es|ed|ing)", "commit(?:s|ted|ting)?", "promis(?:e|ed|ing)",
            "announc(?:e|es|ed|ing)", "agree(?:s|d)?", "vow(?:s|ed)?",
            rf"(?:will|{APOSTROPHE}ll|shall|is to|are to|is set to|are set to)"
            rf" (?!never\b)(?:\w+ )?{_PLEDGE_VERB}",
            "(?:is|are|was|were) (?:already )?(?:sending|deploying|providing|supplying|delivering"
            "|training|funding|leading|contributing|financing|donating)",
            r"(?:has|have|had) (?:\w+ )?(?:sent|deployed|provided|supplied|delivered|given|donated"
            "|trained|funded|allocated|contributed|approved|signed|offered|transferred|financed|sold"
            "|put forward|taken (?:on )?(?:charge|responsibility|command|the lead))",
            "offering", r"stands? (?:firmly |squarely |fully )?behind", rf"there (?:will|{APOSTROPHE}ll) be",
            "sent", "deployed", "supplied", "delivered", "donated", "allocated", "contributed",
            "approved", "offered", "transferred", "unveiled", "signed", r"earmark(?:s|ed|ing)?",
            r"set(?:s|ting)? aside", "ring-?fenced", "dispatched", "ready to",
            "prepared to", "confirm(?:s|ed|ing)?", r"underwrit\w*", "leads? (?:on|the)",
            "approv(?:e|es|ed|ing)",
        ),
        # A role taken on: "will be the logistics hub"; only for the thing named right after it.
        "role": _words(
            rf"(?:will|{APOSTROPHE}ll|shall|is to|are to|is set to|are set to)"
            r" (?:be|become|serve as|act as)(?: the| a| an)?",
            r"would (?:serve|act) as(?: the| a| an)?",
        ),
        # Needs and importance: the nation has not yet given what is needed of it.
        "needed": _words(
            "critical", "crucial", "essential", "vital", "indispensable", "need(?:s|ed)?",
            "requir(?:e|es|ed|ing|ement)", "hing(?:e|es|ing) on", "pending", "willing(?:ness)?",
            "key to", "paramount",
        ),
    }
)  # fmt: skip

# Status classes from strongest to weakest; the strongest one present wins.
STATUS_ORDER = (
    "not_refused", "declined", "none", "negated", "condition", "considering", "modal", "continuing", "pledged",
    "reported", "promise", "role", "needed",
)  # fmt: skip
STATUS_VALUE = {
    "not_refused": "considering",
    "declined": "declined",
    "negated": "declined",
    "none": "declined",
    "continuing": "pledged",
    "condition": "considering",
    "considering": "considering",
    "modal": "considering",
    "pledged": "pledged",
    "reported": "pledged",
    "promise": "pledged",
    "role": "pledged",
    "needed": "considering",
}
# Cues that count only right beside the nation or the thing pledged, within so many words.
NEAR_ONLY = {"needed": 3, "promise": 2, "negated": 0, "none": 0, "role": 0}
# Verbs govern what follows them, not what came before in the clause.
FORWARD_ONLY = frozenset({"modal", "pledged", "reported", "continuing"})
# Cues that hold for the whole clause, across other nations and group words.
CLAUSE_WIDE = frozenset({"condition"})
# Cues that are their subject's act: "France ruled out troops without a US backstop" is France's.
SUBJECT_ACTS = frozenset({"declined", "pledged", "reported", "not_refused", "continuing"})

# -- conditions and places -----------------------------------------------------------------

_CEASEFIRE = "(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|settlement))"

CONDITION = re.compile(
    _words(
        "if",
        "unless",
        "(?<!for )as long as",
        "on condition that",
        "conditional (?:on|upon)",
        "conditioned on",
        "subject to",
        "contingent (?:on|upon)",
        "depend(?:s|ing|ent)? (?:on|upon)",
        "requir(?:es|ed|ing)",
        "hing(?:e|es) on",
        "pending",
        "in the event of",
        f"(?:once|after|following|when|until) (?:a |the |any )?(?:{_CEASEFIRE}|the (?:war|fighting|hostilities))",
    )
    + "|"
    + _PROVIDED,
    _I,
)
# A condition's whole phrase: from its cue to the end of the clause.
CONDITION_PHRASE = re.compile(r"(?:" + CONDITION.pattern + r")[^;:]*", _I)

US_BACKSTOP = re.compile(
    _words(
        "backstop", r"U\.?S\.?", "American", "Washington", "United States", "Trump",
        "White House", "Pentagon",
    )
)  # fmt: skip
PARLIAMENT = re.compile(
    _words(
        r"parliament\w*",
        "Bundestag",
        "Congress",
        "Sejm",
        "Riksdag",
        "Storting",
        "Folketing",
        "Eduskunta",
        "Riigikogu",
        "Saeima",
        "Seimas",
        "Cortes",
        "lawmakers",
        r"legislat\w*",
        "MPs",
        "vote",
        "mandate",
        "parliamentary approval",
    ),
    _I,
)
AFTER_CEASEFIRE = re.compile(
    _words(
        rf"(?:after|once|following|when|until)\s+(?:a |the |any )?(?:{_CEASEFIRE}"
        r"|the (?:war|fighting|hostilities) (?:ends?|stops?|is over)"
        r"|(?:fighting|hostilities) (?:ends?|stops?|cease)|the guns fall silent"
        r"|the end of (?:the )?(?:war|hostilities|fighting))",
        "post-?war",
        "post-conflict",
        "after the war",
        "end of hostilities",
        "to (?:secure|monitor|uphold|guarantee|enforce) (?:a |the |any )?(?:potential )?"
        "(?:ceasefire|peace (?:deal|agreement))",
    ),
    _I,
)

LOCATIONS = (
    ("outside", re.compile(_words(
        "outside(?: of)? Ukraine", "from outside", "beyond Ukraine",
        r"away from the front(?:\s?line)?s?", "from (?:its|their) own territory",
    ), _I)),
    ("neighbouring", re.compile(_words(
        "neighbo(?:u)?r(?:ing)? (?:countries|states|nations|NATO)", "adjacent", "bordering",
        "eastern flank", f"(?:in|to|on) (?:Poland|Romania|Slovakia|Moldova|Hungary)"
        f"(?:{APOSTROPHE}s territory)?",
    ), _I)),
    ("sea", re.compile(_words(
        "at sea", "Black Sea", "naval", "maritime", "de-?mining", "sea lanes",
    ), _I)),
    ("air", re.compile(_words("in the air", "airspace", "air policing", "skies"), _I)),
    ("ukraine", re.compile(_words(
        f"(?:in|into|inside|to|within) Ukraine(?!{APOSTROPHE})",
        "on Ukrainian (?:soil|territory|ground)", "Ukrainian (?:soil|territory)", "on the ground",
        "on land",
    ), _I)),
)  # fmt: skip

# -- quantities and money ------------------------------------------------------------------

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "a thousand": 1000,
}  # fmt: skip

UNITS = {
    "troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
    "personnel": "troops", "servicemen": "troops", "service members": "troops",
    "peacekeepers": "troops", "marines": "troops", "instructors": "troops", "trainers": "troops",
    "systems": "systems", "system": "systems", "batteries": "systems", "battery": "systems",
    "launchers": "systems", "jets": "aircraft", "aircraft": "aircraft", "fighters": "aircraft",
    "planes": "aircraft", "helicopters": "aircraft", "ships": "ships", "vessels": "ships",
    "vessel": "ships", "frigates": "ships", "frigate": "ships", "warships": "ships",
    "warship": "ships", "minehunters": "ships", "drones": "drones", "tanks": "tanks",
    "missiles": "missiles", "interceptors": "missiles", "shells": "shells", "rounds": "shells",
    "howitzers": "guns", "guns": "guns", "brigades": "brigades", "brigade": "brigades",
    "battalions": "battalions", "battalion": "battalions", "companies": "companies",
    "company": "companies",
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
    r"(?<![\w$\u20ac\u00a3.,-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?P<mult>\s+(?:thousand|hundred)|k)?\s+(?:[\w/]+(?:-[\w/]+)*\s+){0,5}?(?P<unit>"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r")\b",
    _I,
)

MULTIPLIERS = {
    "trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9,
    "million": 10**6, "mn": 10**6, "m": 10**6, "mln": 10**6, "thousand": 10**3, "k": 10**3,
}  # fmt: skip
_MULT = r"(?:\s*(?P<{0}>trillion|billion|million|thousand|tn|bn|mln|mn|b|m|k)\b)?"
_NUM = r"(?P<{0}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
_CODES = "USD|EUR|GBP|CAD|AUD|NOK|SEK|DKK|CHF|JPY|PLN|CZK|ISK"

MONEY = re.compile(
    r"(?P<sym>US\$|C\$|CA\$|A\$|AU\$|NZ\$|\$|\u20ac|\u00a3|\u00a5)\s?"
    + _NUM.format("n1")
    + _MULT.format("m1")
    + rf"|\b(?P<code>{_CODES})\s?"
    + _NUM.format("n3")
    + _MULT.format("m3")
    + r"|\b"
    + _NUM.format("n2")
    + _MULT.format("m2")
    + r"\s*(?P<word>euros?|dollars?|pounds?(?: sterling)?|yen|kroner|kronor|krone|koruna|zloty|"
    + _CODES
    + r")\b",
    _I,
)
CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
    "nz$": "NZD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY",
}  # fmt: skip
# Kroner and kronor are several nations' money: pledges.py picks the pledging nation's.
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP",
    "pounds": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP", "yen": "JPY",
    "kroner": "crowns", "krone": "crowns", "kronor": "crowns", "koruna": "CZK", "zloty": "PLN",
}  # fmt: skip
