"""Rule-based extraction of nations, pledges and meetings from news articles (no Django).

    from articles.extraction import Gazetteer, extract
    gazetteer = Gazetteer.from_reference()      # once: compiling the aliases takes a moment
    found = extract(text, published, gazetteer)  # per article
    found.to_guide_json(url=...)                 # the JSON of ../shared/eval/GUIDE.md
"""

from .core import EXTRACTOR_VERSION, Extraction, extract
from .gazetteer import Gazetteer, Mention
from .meetings import Meeting
from .pledges import Pledge

__all__ = ["EXTRACTOR_VERSION", "Extraction", "Gazetteer", "Meeting", "Mention", "Pledge", "extract"]
