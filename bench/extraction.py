"""Extraction throughput on one core, without Django:

    .venv/bin/python bench/extraction.py [--seconds 5] [--size 6144]

Prints articles per second and KB per second for articles of about --size bytes. The articles
are cut from the labelled dev articles in ../shared/eval/dev when present, else made from a
few sentences of our own. Building the gazetteer is timed separately: it happens once per
process, not per article.
"""

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.extraction import EXTRACTOR_VERSION, Gazetteer, extract  # noqa: E402

DEV_ARTICLES = ROOT.parent / "shared" / "eval" / "dev" / "articles"

OWN_TEXT = """\
Coalition leaders meet in Paris as Britain and France pledge troops
French President Emmanuel Macron hosted the summit in Paris on Thursday.
Britain pledged jets for air policing over Ukraine.
Lithuania is ready to send about 200 soldiers to a reassurance force in Ukraine.
Poland ruled out sending troops but will lead on logistics from Rzeszow.
Germany would consider stationing forces in neighbouring countries if the Bundestag approves.
The United States will share intelligence and could provide air defence, US officials said.
Norway pledged $1.5 billion for Patriot systems.
Denmark will finance drones worth 2 billion kroner.
Italy's Meloni again said no Italian troops would be sent to Ukraine.
Spain is open to sending troops after a ceasefire.
Turkey would lead a Black Sea naval mission, and Bulgaria will help with demining.
The Kremlin rejected the plan, and Russian forces launched 500 drones at Kyiv overnight.
Defence ministers will meet in Brussels next week, and leaders joined a video call on Saturday.
The talks came after weeks of shuttle diplomacy between European capitals and Washington.
Officials described the mood in the room as businesslike, with long sessions late into the night.
Analysts said the plan still left many questions open about command and rules of engagement.
Public opinion in several countries remains divided over the costs of a long deployment.
The war has displaced millions of people and damaged much of the country's energy grid.
Diplomats said a draft text had been circulated to delegations on Wednesday evening.
Several leaders stressed the importance of keeping the United States closely involved.
Critics warned that the guarantees could prove hollow without a clear political mandate.
Markets reacted calmly to the news, and energy prices were little changed in Europe.
A spokesperson declined to comment on the details of the discussions.
The next steps will be decided by military planners working from a headquarters near Paris.
Journalists waited outside the palace as the meeting ran more than two hours over schedule.
"""


def articles(size: int) -> list[str]:
    """Articles of about ``size`` bytes, cut at line ends from a stream of text."""
    if DEV_ARTICLES.is_dir():
        lines = [line for f in sorted(DEV_ARTICLES.glob("*.txt")) for line in f.read_text().splitlines()]
    else:
        lines = OWN_TEXT.splitlines() * 20
    result, current, length = [], [], 0
    for line in lines:
        current.append(line)
        length += len(line.encode()) + 1
        if length >= size:
            result.append("\n".join(current))
            current, length = [], 0
    if current and length > size // 2:
        result.append("\n".join(current))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0, help="time per round (3 rounds, best one counts)")
    parser.add_argument("--size", type=int, default=6 * 1024, help="bytes per article")
    opts = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, whatever the machine has

    started = time.perf_counter()
    gazetteer = Gazetteer.from_reference()
    build = time.perf_counter() - started
    texts = articles(opts.size)
    published = dt.date(2025, 9, 5)
    for text in texts:  # warm the caches, as a long-running worker would have them
        extract(text, published, gazetteer)

    best = None
    for _ in range(3):
        count = size = 0
        started = time.perf_counter()
        while time.perf_counter() - started < opts.seconds:
            for text in texts:
                extract(text, published, gazetteer)
                count += 1
                size += len(text.encode())
        elapsed = time.perf_counter() - started
        rate = (count / elapsed, size / 1024 / elapsed)
        best = rate if best is None or rate[0] > best[0] else best

    source = "dev articles" if DEV_ARTICLES.is_dir() else "own sentences"
    average = sum(len(t.encode()) for t in texts) / len(texts) / 1024
    print(f"extractor {EXTRACTOR_VERSION}: {len(texts)} articles of {average:.1f} KB from {source}")
    print(f"gazetteer built in {build * 1000:.0f} ms")
    rounds = f"best of 3 rounds of {opts.seconds:g} s"
    print(f"{best[0]:.0f} articles/s, {best[1]:.0f} KB/s on one core ({rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
