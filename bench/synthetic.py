"""Synthetic banks in the project's data format, with realistic lengths and features."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

WORDS = (
    "model", "data", "feature", "training", "validation", "loss", "gradient", "error", "variance",
    "bias", "sample", "label", "metric", "precision", "recall", "threshold", "tree", "ensemble",
    "network", "layer", "weight", "regularization", "distribution", "estimate", "signal", "noise",
    "baseline", "pipeline", "latency", "evaluation", "split", "fold",
)
CATEGORIES = 10


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraphs(rng: random.Random, words: int, per: int = 45) -> str:
    out = []
    while words > 0:
        n = min(per, words)
        out.append(" ".join(_sentence(rng, 9) for _ in range(max(1, n // 9))))
        words -= n
    return "\n\n".join(out)


def _block(text: str, indent: int = 4) -> str:
    pad = " " * indent
    return "|\n" + "\n".join(pad + line if line else "" for line in text.splitlines()) + "\n"


def question(rng: random.Random, qid: str) -> str:
    """One question of typical size: ~100, ~200 and ~110 words, with math, a list and code."""
    sample = (
        _paragraphs(rng, 90)
        + "\n\nThe update is $w \\leftarrow w - \\eta \\nabla L(w)$ and the error\n\n"
        + "$$\n\\mathbb{E}[(y - \\hat f)^2] = \\operatorname{Bias}^2 + \\operatorname{Var} + \\sigma^2\n$$\n\n"
        + "```python\ndef step(w, grad, lr=0.1):\n    return w - lr * grad\n```\n\n"
        + _paragraphs(rng, 90)
    )
    look = "**Strong signals**\n\n" + "\n".join(f"- {_sentence(rng, 12)}" for _ in range(4))
    look += "\n\n**Red flags**\n\n" + "\n".join(f"- {_sentence(rng, 12)}" for _ in range(4))
    return (
        f"- id: {qid}\n"
        f"  question: {_sentence(rng, 12)[:-1]}?\n"
        f"  kind: {rng.choice(['concept', 'math', 'applied'])}\n"
        f"  difficulty: {rng.choice(['easy', 'medium', 'hard'])}\n"
        f"  roles: [data-scientist, ml-engineer]\n"
        f"  tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}-{rng.choice(WORDS)}]\n"
        f"  covers: [T1]\n"
        f"  how_to_answer: {_block(_paragraphs(rng, 100))}"
        f"  sample_answer: {_block(sample)}"
        f"  what_to_look_for: {_block(look)}"
        f"  follow_ups:\n    - {_sentence(rng, 10)[:-1]}?\n    - {_sentence(rng, 8)[:-1]}?\n"
    )


def write_bank(data_dir: Path, size: int, seed: int = 7) -> list[str]:
    """`size` questions spread over the categories; returns the category ids."""
    rng = random.Random(seed)
    ids = [f"cat-{n}" for n in range(CATEGORIES)]
    (data_dir / "questions").mkdir(parents=True)
    (data_dir / "categories.yml").write_text(
        "".join(f"- id: {c}\n  title: Category {c}\n  description: {_sentence(rng, 30)}\n" for c in ids)
    )
    (data_dir / "topics.yml").write_text("- id: T1\n  title: a topic\n")
    # The real guide's roles, kinds and tab names: the questions below use them.
    shutil.copyfile(Path(__file__).resolve().parent.parent / "data" / "guide.yml", data_dir / "guide.yml")
    for index, category in enumerate(ids):
        count = size // CATEGORIES + (1 if index < size % CATEGORIES else 0)
        questions = [question(rng, f"{category}-q{n}") for n in range(count)]
        (data_dir / "questions" / f"{category}.yml").write_text("".join(questions))
    return ids
