"""Score the first line of yes/no answers: how often the bot says yes or no where the articles do not, or the reverse.

    python tests/eval/verdicts.py tests/eval/yes-no-k.yaml [more sets…] [--show]

Each set lists questions with `expect`: yes, no, or unsaid (the articles do not settle it). An answer's verdict is
its first line: Oui/Yes (hedged or not), Non/No, "no clear yes or no in the articles", or a decline. A false
verdict is a yes or no where the other is right or where the articles say neither: the worst answer the bot can
give. --show prints each question, for calibration sets only (yes-no-l.yaml is for measuring: never read it).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from bot.answering.answers import Answer, Answerer
from bot.config import default_briefs_dir, default_corpus_dir
from bot.knowledge.loading import load_knowledge
from bot.messages import say

VERDICTS = {"yes": ("yes", "yes_hedged"), "no": ("no", "no_hedged"), "unsaid": ("yes_no_unsaid",)}


def verdict(answer: Answer) -> str:
    """What an answer's first line says: yes, no, unsaid, declined, or other (a value, "the sources disagree" alone)."""
    if not answer.found:
        return "declined"
    for name, keys in VERDICTS.items():
        for key in keys:
            for lang in ("fr", "en"):
                said = say(key, lang)  # alone, or before the warning that the sources disagree, as an article's
                warned = say("disputed_verdict", lang, answer=said.rstrip(" :."), article="NNN")
                if answer.lead == said or re.fullmatch(re.escape(warned).replace("NNN", r"\w+"), answer.lead):
                    return name
    return "other"


def main() -> int:
    show = "--show" in sys.argv
    paths = [Path(arg) for arg in sys.argv[1:] if arg != "--show"]
    answerer = Answerer(load_knowledge(default_briefs_dir(), default_corpus_dir()))
    for path in paths:
        counts: Counter[tuple[str, str]] = Counter()
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            said = verdict(answerer.ask(item["q"]))
            counts[item["expect"], said] += 1
            if show:
                print(f"{item['expect']:7} {said:9} {item['q']}")
        false = sum(n for (want, got), n in counts.items() if got in ("yes", "no") and got != want)
        # A decline is right where the articles do not settle it: it says so, if less plainly.
        right = sum(n for (want, got), n in counts.items() if got == want or (want, got) == ("unsaid", "declined"))
        table = ", ".join(f"{want}->{got} {n}" for (want, got), n in sorted(counts.items()))
        print(f"{path.name}: {sum(counts.values())} questions; verdict right {right}, false yes/no {false}; {table}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
