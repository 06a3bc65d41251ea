"""Timing builds: each in a fresh interpreter, so nothing is cached between runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ENV = os.environ | {"NO_MKDOCS_2_WARNING": "1", "GUIDE_SKIP_DOWNLOADS": "1"}


def build_seconds(project: Path) -> float:
    """Wall time of `mkdocs build` for `project`, from process start to exit."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", str(project / "site")]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{result.stderr[-2000:]}")
    return elapsed


def alternate(generator: Path, floor: Path, repeat: int) -> tuple[float, float]:
    """Median seconds of each, the two builds taking turns so drift hits both alike."""
    times: dict[Path, list[float]] = {generator: [], floor: []}
    for round_ in range(repeat):
        order = (generator, floor) if round_ % 2 == 0 else (floor, generator)
        for project in order:
            times[project].append(build_seconds(project))
    return statistics.median(times[generator]), statistics.median(times[floor])
