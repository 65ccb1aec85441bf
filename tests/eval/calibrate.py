"""Set the matcher's decline thresholds on data: sweep them over the development questions and report the curve.

    python tests/eval/calibrate.py [--dev ../shared/eval/dev.yaml] [--abstain …] [--answer …] [--blind …]

Tuning data only: the shared development set, plus questions written for calibration (calibration-answer.yaml,
answerable, worded as readers would; calibration-abstain.yaml, out of scope) and blind-c.yaml, blind-f.yaml,
blind-h.yaml and blind-j.yaml (written from the articles alone, answerable and out of scope, now calibration
data). For each setting it reports how many answerable questions pass (answered, and correctly) and how many
out-of-scope questions get an answer; it picks, among the settings that keep the development set at or above
0.98, the one with the most correct answers less twice the false ones (a confident wrong answer is the worst
outcome).
The holdout set and blind sets A, B, D, E, G and I are never read here.

With --signals it reports instead how well other confidence signals separate the answers it gives rightly from
the ones it gives wrongly (out of scope, or the wrong fact), on the same data: ROC AUC, and how many right answers a
floor on each signal would lose to remove the 1, 2, 3 and 5 lowest wrong ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import re
from pathlib import Path

import yaml

from bot.answering.answers import Answerer
from bot.answering.index import fact_texts, keys_of, quote_context
from bot.answering.matching import THRESHOLDS, Thresholds
from bot.config import default_briefs_dir, default_corpus_dir
from bot.knowledge.loading import load_knowledge

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
COVERAGE = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
UNGUIDED = [0.5, 0.55, 0.6, 0.65, 0.7]
SCORE = [0.62]
UNKNOWN = [1.0, 1.5, 2.0]
FOCUS = [0.3, 0.4, 0.5]


def _scorer():  # noqa: ANN202 - the shared score.py module
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev.yaml")
    parser.add_argument("--abstain", type=Path, default=ROOT / "tests" / "eval" / "calibration-abstain.yaml")
    parser.add_argument("--answer", type=Path, default=ROOT / "tests" / "eval" / "calibration-answer.yaml")
    parser.add_argument(
        "--blind",
        type=Path,
        nargs="+",
        default=[ROOT / "tests" / "eval" / f"blind-{name}.yaml" for name in "cfhj"],
    )
    parser.add_argument("--signals", action="store_true", help="compare confidence signals instead of sweeping")
    args = parser.parse_args()
    score = _scorer()
    seeds = score.load_seeds(score.SEEDS)
    dev = yaml.safe_load(args.dev.read_text(encoding="utf-8"))
    extra = yaml.safe_load(args.abstain.read_text(encoding="utf-8"))
    more = yaml.safe_load(args.answer.read_text(encoding="utf-8"))
    blind = [item for path in args.blind for item in yaml.safe_load(path.read_text(encoding="utf-8"))]
    extra += [i for i in blind if i["expect"] == "abstain"]
    more += [i for i in blind if i["expect"] == "answer"]
    answerer = Answerer(load_knowledge(default_briefs_dir(), default_corpus_dir()))
    if args.signals:
        return signals(answerer, dev + extra + more, score, seeds)

    def run(items: list[dict]) -> list[bool]:
        return [score.judge(item, answerer.ask(item["q"]).to_dict(), seeds) is None for item in items]

    rows = []
    for coverage, unguided, floor, unknown, focus in itertools.product(COVERAGE, UNGUIDED, SCORE, UNKNOWN, FOCUS):
        if unguided < coverage:
            continue
        answerer.matcher.thresholds = Thresholds(coverage, unguided, floor, unknown, focus)
        answerer.matcher.clear_caches()  # a word's weight depends on the unknown-word threshold: cached per setting
        passed = run(dev)
        dev_score = sum(passed) / len(dev)
        false = sum(not ok for ok in run(extra))
        found = sum(run(more))
        answered = sum(ok for ok, i in zip(passed, dev, strict=True) if i["expect"] == "answer")
        rows.append((coverage, unguided, floor, dev_score, answered, false, unknown, focus, found))
    answerable = sum(i["expect"] == "answer" for i in dev)
    header = (
        ("coverage", 9),
        ("unguided", 9),
        ("score", 7),
        ("unknown", 8),
        ("focus", 7),
        ("dev", 7),
        ("answered ok", 13),
    )
    print("".join(f"{name:>{width}}" for name, width in header) + f"{'more answered':>15}{'false answers':>15}")
    # The curve: for each coverage threshold, its best setting of the two others.
    for coverage in COVERAGE:
        best = max((r for r in rows if r[0] == coverage), key=lambda r: (r[3], r[8] - 2 * r[5], r[1], r[7]))
        print(
            f"{best[0]:>9.2f}{best[1]:>9.2f}{best[2]:>7.2f}{best[6]:>8.1f}{best[7]:>7.2f}{best[3]:>7.3f}"
            f"{best[4]:>8}/{answerable}{best[8]:>11}/{len(more)}{best[5]:>11}/{len(extra)}"
        )
    keep = [r for r in rows if r[3] >= 0.98]
    # A false answer costs two correct ones: the bot's worst outcome is a confident wrong answer.
    # Between equals, the strictest setting: it declines more on questions nobody calibrated on.
    chosen = max(keep, key=lambda r: (r[8] - 2 * r[5], r[3], r[0], r[1], r[7]))
    print(
        f"chosen: coverage {chosen[0]}, unguided {chosen[1]}, score {chosen[2]}, unknown {chosen[6]}, "
        f"focus {chosen[7]}: "
        f"dev {chosen[3]:.3f}, more answered {chosen[8]}/{len(more)}, "
        f"false answers {chosen[5]}/{len(extra)} (current: {THRESHOLDS})"
    )
    return 0


_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


def signals(answerer: Answerer, items: list[dict], score, seeds) -> int:  # noqa: ANN001 - score.py module
    """Print each signal's ROC AUC between right and wrong confident answers, and what a floor on it would cost."""
    from rank_bm25 import BM25Okapi  # noqa: PLC0415 - the bench extra

    matcher, knowledge = answerer.matcher, answerer.knowledge
    index = matcher.index
    # A fact's sentences: titles, summary sentences, quotes, and the article sentences around them.
    sentences = [
        [
            keys_of(text)
            for text in (
                f.data.title.fr,
                f.data.title.en,
                *(part for summary in (f.data.summary.fr, f.data.summary.en) for part in _SENTENCE.split(summary)),
                *(c.quote for c in f.data.citations),
                *quote_context(f, knowledge),
            )
        ]
        for f in knowledge.facts
    ]
    bm25 = BM25Okapi([sorted(keys_of(" ".join(fact_texts(f, knowledge)))) for f in knowledge.facts])
    rows = []
    for item in items:
        result = matcher.match(item["q"])
        if not result.found:
            continue
        right = item["expect"] == "answer" and score.judge(item, answerer.ask(item["q"]).to_dict(), seeds) is None
        reading, best = result.reading, result.matches[0]
        at = knowledge.facts.index(best.fact)
        words = matcher.words_of(reading)
        forms = {t: {f for f, _ in index.resolve(t, t not in reading.dictionary)} or {t} for t in words}
        total = sum(w.weight for w in words.values()) or 1.0
        # Names and everyday words count where the fact holds them; what is asked must share one sentence.
        anchored = sum(w.weight for w in words.values() if (w.named or w.light) and w.block[at] > 0)
        together = max(
            (
                sum(w.weight for t, w in words.items() if not (w.named or w.light) and forms[t] & sentence)
                for sentence in sentences[at]
            ),
            default=0.0,
        )
        own = bm25.get_scores([f for t in words for f in forms[t]])
        ordered = sorted(own, reverse=True)
        rows.append(
            (
                right,
                {
                    "coverage": best.coverage,
                    "score": best.score,
                    "one sentence": (anchored + together) / total,
                    "bm25 (fact)": own[at],
                    "bm25 margin": ordered[0] - (ordered[1] if len(ordered) > 1 else 0.0),
                },
            )
        )
    right = [r for ok, r in rows if ok]
    wrong = [r for ok, r in rows if not ok]
    print(f"confident answers: {len(right)} right, {len(wrong)} wrong (out of scope or another fact)")
    print(f"{'signal':16}{'ROC AUC':>9}   right answers lost to remove the 1 / 2 / 3 / 5 lowest wrong")
    for name in rows[0][1] if rows else ():
        low = sorted(r[name] for r in wrong)
        auc = sum((a[name] > b[name]) + 0.5 * (a[name] == b[name]) for a in right for b in wrong) / max(
            len(right) * len(wrong), 1
        )
        lost = [sum(r[name] <= low[n - 1] for r in right) if len(low) >= n else "-" for n in (1, 2, 3, 5)]
        print(f"{name:16}{auc:>9.3f}   {' / '.join(map(str, lost))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
