"""Time briefbot's answers against Okapi BM25, on the real briefs and on a corpus 100 times larger.

    python benchmarks/ask.py [--rounds 5] [--scale 100] [--questions ../shared/eval/dev.yaml]

Needs the bench extra (pip install -e ".[bench]") for rank-bm25. Reports, in one run on one machine:
- median and p99 in-process time per question for `Answerer.ask` and for BM25 over the articles'
  sentences (best three); "cold" empties the word caches before every round (BM25 has none to keep),
  "warm" keeps them, as a running bot does, and alternates with BM25 question by question;
- the same for briefbot over a synthetic knowledge base `--scale` times larger (generated facts);
- the wall time of a cold `briefbot check` process.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import yaml

from bot.answering.answers import Answerer
from bot.config import PROJECT_ROOT, default_briefs_dir, default_corpus_dir
from bot.knowledge.loading import Fact, Knowledge, load_knowledge
from bot.knowledge.schema import Text
from bot.knowledge.text import fold

DEV = PROJECT_ROOT.parent / "shared" / "eval" / "dev.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=Path, default=DEV)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args()
    questions = [item["q"] for item in yaml.safe_load(args.questions.read_text(encoding="utf-8"))]
    knowledge = load_knowledge(default_briefs_dir(), default_corpus_dir())

    ours = time_answerer(Answerer(knowledge), questions, args.rounds)
    warm, bm25 = time_warm_and_bm25(Answerer(knowledge), knowledge, questions, args.rounds)
    big = synthetic(knowledge, args.scale)
    ours_big = time_answerer(Answerer(big), questions, args.rounds)
    check = time_check(5)

    print(
        f"questions: {len(questions)} x {args.rounds} rounds; "
        f"facts: {len(knowledge.facts)} (1x), {len(big.facts)} ({args.scale}x)"
    )
    print(f"{'':28}{'median':>12}{'p99':>12}")
    rows = (
        ("briefbot ask (1x, cold)", ours),
        ("briefbot ask (1x, warm)", warm),
        ("Okapi BM25, best 3", bm25),
        (f"briefbot ask ({args.scale}x, cold)", ours_big),
    )
    for name, samples in rows:
        print(f"{name:28}{_ms(statistics.median(samples)):>12}{_ms(_p99(samples)):>12}")
    print(
        f"median ratio briefbot/BM25: cold {statistics.median(ours) / statistics.median(bm25):.2f}, "
        f"warm {statistics.median(warm) / statistics.median(bm25):.2f} (target <= 1)"
    )
    print(f"median ratio {args.scale}x/1x: {statistics.median(ours_big) / statistics.median(ours):.2f} (target <= 10)")
    print(f"cold `briefbot check`: median {_ms(statistics.median(check))} over {len(check)} runs (target < 1 s)")
    return 0


def time_answerer(answerer: Answerer, questions: list[str], rounds: int, *, cold: bool = True) -> list[float]:
    """Seconds per question; with cold, every cache is emptied before each round."""
    samples = []
    for _ in range(rounds):
        if cold:
            answerer.matcher.clear_caches()
            fold.cache_clear()
        for question in questions:
            start = time.perf_counter()
            answerer.ask(question)
            samples.append(time.perf_counter() - start)
    return samples


def time_warm_and_bm25(
    answerer: Answerer, knowledge: Knowledge, questions: list[str], rounds: int
) -> tuple[list[float], list[float]]:
    """Seconds per question for a warm answerer and for Okapi BM25 over the articles' sentences (best three).

    The two alternate question by question, so a shared machine's load weighs on both alike; the answerer's first
    round warms its caches and is not counted.
    """
    from rank_bm25 import BM25Okapi

    sentences = [s for a in knowledge.articles.values() for s in re.split(r"(?<=[.!?»])\s+", a.text) if s.strip()]
    index = BM25Okapi([_tokens(s) for s in sentences])
    for question in questions:
        answerer.ask(question)
    ours, bm25 = [], []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            answerer.ask(question)
            middle = time.perf_counter()
            index.get_top_n(_tokens(question), sentences, n=3)  # folds uncached: BM25 keeps no word cache
            ours.append(middle - start)
            bm25.append(time.perf_counter() - middle)
    return ours, bm25


def synthetic(knowledge: Knowledge, scale: int) -> Knowledge:
    """A knowledge base `scale` times larger: every fact copied with shuffled wording and new words.

    Each copy keeps its citations (quotes stay verbatim) but gets new ids, a shuffled summary and a few
    made-up words, so the vocabulary and the postings grow as they would with more articles.
    """
    rng = random.Random(42)
    facts: list[Fact] = list(knowledge.facts)
    for copy in range(1, scale):
        for fact in knowledge.facts:
            data = fact.data
            extra = " ".join(f"synth{rng.randrange(scale * 200)}" for _ in range(3))
            summary = Text(
                fr=_shuffle(data.summary.fr, rng) + " " + extra, en=_shuffle(data.summary.en, rng) + " " + extra
            )
            facts.append(
                replace(
                    fact,
                    data=data.model_copy(
                        update={"id": f"{data.id}-x{copy}", "summary": summary, "disputes": [], "headline": False}
                    ),
                )
            )
    return Knowledge(knowledge.articles, tuple(facts), knowledge.people, knowledge.places)


def time_check(runs: int) -> list[float]:
    """Wall seconds of `briefbot check` as a new process."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "check", "-q"], check=True)
        samples.append(time.perf_counter() - start)
    return samples


def _tokens(text: str) -> list[str]:
    return fold.__wrapped__(text).split()  # past fold's cache, which the answerer fills with the same questions


def _shuffle(text: str, rng: random.Random) -> str:
    words = text.split()
    rng.shuffle(words)
    return " ".join(words)


def _p99(samples: list[float]) -> float:
    return sorted(samples)[min(len(samples) - 1, int(len(samples) * 0.99))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


if __name__ == "__main__":
    sys.exit(main())
