"""The build date comes from the source (SOURCE_DATE_EPOCH, else the last commit), not the clock."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

from macros.dates import source_date


def test_source_date_epoch_wins():
    when = source_date(Path("/nonexistent"), {"SOURCE_DATE_EPOCH": "86400"})
    assert when == datetime.datetime(1970, 1, 2, tzinfo=datetime.UTC)


def test_last_commit_date_without_the_variable(tmp_path: Path):
    env = {"GIT_AUTHOR_DATE": "2024-02-03T04:05:06Z", "GIT_COMMITTER_DATE": "2024-02-03T04:05:06Z",
           "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.org", "GIT_COMMITTER_NAME": "a",
           "GIT_COMMITTER_EMAIL": "a@example.org", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "--allow-empty", "-m", "x"], cwd=tmp_path, check=True, env=env)
    assert source_date(tmp_path, {}) == datetime.datetime(2024, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)


def test_no_git_history_falls_back_to_now(tmp_path: Path):
    before = datetime.datetime.now(tz=datetime.UTC)
    assert source_date(tmp_path, {}) >= before.replace(microsecond=0)
