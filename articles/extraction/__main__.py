"""Run the extractor on a file without Django, as score.py expects:

    python -m articles.extraction --json [--published YYYY-MM-DD] FILE

Without --json it prints each finding with its sentence, for reading.
"""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import Gazetteer, extract


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m articles.extraction", description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--published", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--url", default=None)
    parser.add_argument("--json", action="store_true", help="print the GUIDE's JSON object")
    args = parser.parse_args(argv)

    text = args.file.read_text(encoding="utf-8")
    found = extract(text, args.published, Gazetteer.from_reference())
    if args.json:
        json.dump(found.to_guide_json(url=args.url), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    for m in found.mentions:
        print(f"mention  {m.code:<5}{m.kind:<9}{m.text!r}")
    for p in found.pledges:
        extra = ", ".join(
            f"{k}={v!r}"
            for k, v in (
                ("conditions", p.conditions),
                ("location", p.location),
                ("quantity", p.quantity),
                ("unit", p.unit),
                ("amount", p.amount),
                ("currency", p.currency),
            )
            if v
        )
        print(f"pledge   {p.nation} {p.category} {p.status} {extra}\n         {p.sentence}")
    for m in found.meetings:
        print(f"meeting  {m.city} {m.date}\n         {m.sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
