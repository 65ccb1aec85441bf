"""Where the data lives and how the bot is configured, read from the environment once."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_briefs_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The briefs folder: $BRIEFBOT_BRIEFS, else the project's own briefs/."""
    return Path(environ.get("BRIEFBOT_BRIEFS") or PROJECT_ROOT / "briefs")


def default_corpus_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The corpus folder: $BRIEFBOT_CORPUS, else the project's own corpus/."""
    return Path(environ.get("BRIEFBOT_CORPUS") or PROJECT_ROOT / "corpus")


@dataclass(frozen=True)
class DataPaths:
    """The two folders the knowledge is loaded from."""

    briefs: Path
    corpus: Path
