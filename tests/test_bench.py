"""The benchmark runs at its smallest size (a smoke test: no time is asserted)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_benchmark_runs_and_reports_the_ratio():
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--sizes", "20,40", "--repeat", "1", "--skip-real"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert re.fullmatch(r"\s+20\s+[\d.]+s\s+[\d.]+s\s+[\d.]+x", lines[2])
    assert re.fullmatch(r"growth: generator t40/t20 = [\d.]+ for 2x the questions", lines[-2])
    assert re.fullmatch(r"generator/floor at 40 questions: [\d.]+x", lines[-1])
