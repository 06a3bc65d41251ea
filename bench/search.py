"""Search on a synthetic bank: what a reader downloads before the first result, and how long
queries take, for this guide's search and for the theme's own (lunr, one index for all pages).

`python -m bench.search [size]`, also run by `python -m bench`. Both engines run under Node
on the same built site: ours is engine.js as the worker runs it; the theme's is its worker
script, sent the messages the theme's page would send.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.projects import generator_project
from bench.synthetic import WORDS

ROOT = Path(__file__).resolve().parent.parent
OURS = ["search/index.json", "assets/js/search/worker.js", "assets/js/search/engine.js",
        "assets/js/search/query.js", "assets/vendor/minisearch/minisearch.js"]


def _gzip(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def _build(project: Path) -> Path:
    """Build `project` in a fresh interpreter; keep the theme's index, which the site drops."""
    script = (
        "import os, sys\n"
        "from mkdocs.commands.build import build\n"
        "from mkdocs.config import load_config\n"
        "os.chdir(sys.argv[1])\n"
        "config = load_config('mkdocs.yml', site_dir='site')\n"
        "build(config)\n"
        "index = config.plugins['material/search'].search_index.generate_search_index(None)\n"
        "open('theme_search_index.json', 'w', encoding='utf-8').write(index)\n"
    )
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1", "GUIDE_SKIP_PDF": "1", "GUIDE_SKIP_DOWNLOADS": "1"}
    subprocess.run([sys.executable, "-c", script, str(project)], env=env, check=True, capture_output=True)
    return project / "site"


def _queries(seed: int = 11) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {
        "short": [" ".join(rng.sample(WORDS, 2)) for _ in range(40)],
        "full": [" ".join(rng.choice(WORDS) for _ in range(14)) + "?" for _ in range(40)],
    }


def report_search(size: int = 2000) -> None:
    if not shutil.which("node"):
        print("search: skipped (node is not installed)")
        return
    with tempfile.TemporaryDirectory() as folder:
        project = generator_project(Path(folder) / "search", size)
        site = _build(project)
        theme_index = project / "theme_search_index.json"
        theme_worker = next((site / "assets" / "javascripts" / "workers").glob("search.*.js"))
        queries = Path(folder) / "queries.json"
        queries.write_text(json.dumps(_queries()))
        result = subprocess.run(
            ["node", str(ROOT / "bench" / "search.mjs"), str(site), str(theme_index), str(theme_worker), str(queries)],
            check=True, capture_output=True, text=True,
        )
        times = json.loads(result.stdout)
        ours = sum(_gzip(site / path) for path in OURS)
        theirs = _gzip(theme_index) + _gzip(theme_worker)
    print(f"search, {size} questions: gzip bytes fetched before the first result, and times (Node, this machine)")
    print(f"{'':>22} {'bytes':>9} {'first result':>13} {'median short':>13} {'median full':>12}")
    for name, size_, key in (("this guide (MiniSearch)", ours, "ours"), ("theme (lunr)", theirs, "theme")):
        t = times[key]
        print(f"{name:>22} {size_ / 1000:>7.0f}kB {t['first']:>11.0f}ms {t['short']:>11.1f}ms {t['full']:>10.1f}ms")


if __name__ == "__main__":
    report_search(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
