import json
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from coalition.settings import BASE_DIR

TEXT = (
    "Estonia offers a unit\n"
    "Estonia is prepared to send a company-sized unit to Ukraine, subject to a vote in parliament."
)


@pytest.mark.django_db
def test_ingest_takes_files_and_folders_and_reports_each_refusal(tmp_path, capsys, django_capture_on_commit_callbacks):
    folder = tmp_path / "news"
    (folder / "deep").mkdir(parents=True)
    (folder / "estonia.txt").write_text(TEXT)
    (folder / "deep" / "copy.md").write_text(TEXT + "\n")
    (folder / "deep" / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (folder / "notes.pdf").write_bytes(b"%PDF")  # not an article type: not even looked at
    single = tmp_path / "binary.txt"
    single.write_bytes(b"\x00\x01\x02 binary")

    with django_capture_on_commit_callbacks() as queued:
        call_command("ingest", str(folder), str(single), "--no-progress")

    out, err = capsys.readouterr()
    assert "1 saved and queued, 1 duplicates, 2 refused." in out
    assert "binary.txt is a binary file" in err and "empty.html has no article text" in err
    assert Article.objects.get().title == "Estonia offers a unit"
    assert len(queued) == 1


def test_ingest_refuses_a_missing_path(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("ingest", str(tmp_path / "nowhere"))


def test_extract_prints_the_guide_json_without_a_database(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(TEXT)
    env = {**os.environ, "DATABASE_URL": "postgres://nobody@127.0.0.1:1/unreachable"}
    done = subprocess.run(
        [sys.executable, "manage.py", "extract", "--json", "--published", "2025-09-05", str(article)],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) >= {"url", "published", "nations", "organizations", "pledges", "meetings"}
    assert result["published"] == "2025-09-05"
    assert "EE" in result["nations"] and "UA" in result["nations"]
    assert {"nation": "EE", "category": "troops", "status": "pledged"} in result["pledges"] or {
        "nation": "EE",
        "category": "troops",
        "status": "considering",
    } in result["pledges"]


def test_extract_explains_an_unreadable_file(tmp_path):
    done = subprocess.run(
        [sys.executable, "manage.py", "extract", "--json", str(tmp_path / "missing.txt")],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "Cannot read" in done.stderr
