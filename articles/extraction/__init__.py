"""Rule-based extraction of nations, pledges and meetings from news articles (no Django).

Usage::

    gazetteer = Gazetteer.from_reference()       # once per process: compiles the aliases
    found = extract(text, published, gazetteer)  # per article: mentions, pledges, meetings
    found.to_guide_json(url=...)                 # the JSON of ../shared/eval/GUIDE.md

Modules: text (tokens, sentences), gazetteer (who is named), lexicon (cue words), scan (fast
cue matching), pledges, meetings, core (extract and the Extraction result).
"""

from .core import EXTRACTOR_VERSION, Extraction, extract
from .gazetteer import Gazetteer, Mention
from .meetings import Meeting
from .pledges import Pledge

__all__ = [
    "EXTRACTOR_VERSION",
    "Extraction",
    "Gazetteer",
    "Meeting",
    "Mention",
    "Pledge",
    "extract",
]
