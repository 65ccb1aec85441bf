"""Measure a question set without showing its questions: score, and failures by kind.

    python tests/eval/measure.py tests/eval/holdout.yaml [more sets…]

Holdout and blind sets are for measuring, not tuning: this prints aggregates only (how many answerable
questions were declined, answered wrongly, and how many out-of-scope questions got an answer).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _scorer():  # noqa: ANN202 - the shared score.py module
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(path: Path, command: list[str]) -> str:
    """One line of aggregates for a question set."""
    score = _scorer()
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    stdin = "".join(i["q"].replace("\n", " ") + "\n" for i in items)
    run = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True)
    replies = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    seeds = score.load_seeds(score.SEEDS)
    answerable = [(i, r) for i, r in zip(items, replies, strict=True) if i["expect"] == "answer"]
    abstain = [(i, r) for i, r in zip(items, replies, strict=True) if i["expect"] == "abstain"]
    passed = sum(score.judge(i, r, seeds) is None for i, r in zip(items, replies, strict=True))
    declined = sum(not r.get("found") for _, r in answerable)
    wrong = sum(bool(r.get("found")) and score.judge(i, r, seeds) is not None for i, r in answerable)
    false = sum(bool(r.get("found")) for _, r in abstain)
    rate = false / len(abstain) if abstain else 0.0
    reasons = Counter(str(r.get("declined_because", "?")) for _, r in answerable if not r.get("found"))
    return (
        f"{path.name}: score {passed / len(items):.3f} ({passed}/{len(items)}); answerable {len(answerable)}: "
        f"declined {declined} ({', '.join(f'{k} {v}' for k, v in reasons.most_common())}), answered wrongly {wrong}; "
        f"out of scope {len(abstain)}: answered {false} ({rate:.0%})"
    )


def main() -> int:
    command = [sys.executable, "-m", "bot", "ask", "--jsonl"]
    for name in sys.argv[1:]:
        print(measure(Path(name), command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
