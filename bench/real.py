"""Figures of the real guide: page weight, search index, PDF time, save-to-reload time."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from bench.projects import config_value
from macros.loader import load_bank
from macros.pdf import top50_html, write_pdf

ROOT = Path(__file__).resolve().parent.parent


def _kb(size: int) -> str:
    return f"{size / 1000:.0f} kB"


def report_real_site() -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "GUIDE_SKIP_PDF": "1"}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-d", str(site)],
                       cwd=ROOT, env=env, check=True)
        pages = sorted((site / "questions").glob("*/index.html"), key=lambda p: p.stat().st_size)
        largest = pages[-1]
        raw = largest.read_bytes()
        print(f"largest category page: {largest.parent.name}: {_kb(len(raw))} raw, "
              f"{_kb(len(gzip.compress(raw, 9)))} gzip")
        index = (site / "search" / "index.json").read_bytes()
        print(f"search index (loaded on the first search): {_kb(len(index))} raw, "
              f"{_kb(len(gzip.compress(index, 9)))} gzip")

    bank = load_bank(ROOT / "data", figures_dir=ROOT / "docs" / "assets" / "figures")
    if bank.top50:
        start = time.perf_counter()
        pdf = write_pdf(top50_html(bank, "ML Interview Guide"), base_dir=ROOT / "docs")
        print(f"top-50 PDF: {time.perf_counter() - start:.1f}s to write, {_kb(len(pdf))}")
    print(f"live reload, saving a YAML file to the page showing it: {_reload_seconds():.1f}s")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _reload_seconds() -> float:
    """Serve a copy of the project, edit a question, poll until the page shows the edit."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "project"
        shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "*cache*"))
        port = _free_port()
        env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "GUIDE_SKIP_PDF": "1"}
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--livereload"],
            cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            target = sorted((project / "data" / "questions").glob("*.yml"))[0]
            page = f"http://127.0.0.1:{port}{_mount(project)}questions/{target.stem}/"
            _wait_for(page, "</html>", timeout=300)
            text = target.read_text(encoding="utf-8")
            marker = f"reload-marker-{time.time_ns()}"
            edited = re.sub(r"(\n  question: )(.+)", lambda m: f"{m[1]}{_append(m[2], marker)}", text, count=1)
            start = time.perf_counter()
            target.write_text(edited, encoding="utf-8")
            _wait_for(page, marker, timeout=300)
            return time.perf_counter() - start
        finally:
            server.terminate()
            server.wait(timeout=30)


def _append(value: str, word: str) -> str:
    """`value` (a YAML scalar as written) with ` word` added inside any quotes."""
    if len(value) > 1 and value[0] in "\"'" and value[-1] == value[0]:
        return f"{value[:-1]} {word}{value[-1]}"
    return f"{value} {word}"


def _mount(project: Path) -> str:
    """The path `mkdocs serve` serves the site under: the path of its site_url."""
    site_url = config_value(project, "site_url")
    return urlparse(site_url).path if site_url else "/"


def _wait_for(url: str, needle: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback only)
                if needle in response.read().decode("utf-8", "replace"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show {needle!r} within {timeout:.0f}s")
