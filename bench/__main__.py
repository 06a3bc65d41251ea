"""`python -m bench`: generator vs hand-written Markdown at several bank sizes, plus the
figures of the real guide (page and search index sizes, PDF time, live-reload time) and
search on a synthetic bank of 2,000 questions (see bench/search.py)."""

from __future__ import annotations

import argparse
import platform
import tempfile
from pathlib import Path

from bench.measure import alternate
from bench.projects import floor_project, generator_project
from bench.real import report_real_site
from bench.search import report_search
from bench.weight import report_weights


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="100,500,1000,5000", help="bank sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="builds of each kind per size")
    parser.add_argument("--skip-real", action="store_true", help="only the synthetic comparison")
    parser.add_argument("--skip-weight", action="store_true", help="no page weights or Lighthouse (python -m bench.weight)")
    parser.add_argument("--weight-only", action="store_true", help="only page weights and Lighthouse")
    args = parser.parse_args()
    if args.weight_only:
        return report_weights([200, 2000], with_lighthouse=True)
    sizes = [int(s) for s in args.sizes.split(",")]

    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}")
    print(f"{'questions':>9} {'generator':>10} {'floor':>8} {'ratio':>6}")
    medians: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            generator = generator_project(Path(folder) / f"gen-{size}", size)
            floor = floor_project(Path(folder) / f"floor-{size}", generator)
            medians[size] = alternate(generator, floor, args.repeat)
            gen, flo = medians[size]
            print(f"{size:>9} {gen:>9.2f}s {flo:>7.2f}s {gen / flo:>5.2f}x", flush=True)

    if len(sizes) > 1:
        large = sizes[-1]
        small = 500 if 500 in sizes[:-1] else sizes[-2]  # the measure: t5000 / t500
        growth = medians[large][0] / medians[small][0]
        print(f"growth: generator t{large}/t{small} = {growth:.2f} for {large / small:.0f}x the questions")
    if not args.skip_real:
        report_real_site()
        report_search(2000)
    largest = sizes[-1]
    print(f"generator/floor at {largest} questions: {medians[largest][0] / medians[largest][1]:.2f}x")
    if not args.skip_weight:
        report_weights([200, 2000], with_lighthouse=True)


main()
