"""The build's date, taken from the source rather than the clock, so builds reproduce."""

from __future__ import annotations

import datetime
import os
import subprocess
from pathlib import Path


def source_date(project_dir: Path, environ: dict[str, str] | None = None) -> datetime.datetime:
    """`SOURCE_DATE_EPOCH` when set (the reproducible-builds convention), else the date of
    the project's last commit, else (no git, no history) the current time, in UTC."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        epoch = _last_commit_epoch(project_dir)
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC)
    return datetime.datetime.now(tz=datetime.UTC)


def _last_commit_epoch(project_dir: Path) -> str:
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=project_dir, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""
