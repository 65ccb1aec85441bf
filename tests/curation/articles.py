"""What the curation tests share: an article as it might be received, and reading a draft back."""

from __future__ import annotations

from pathlib import Path

import yaml

NEW_ARTICLE = (
    "Donald Trump a fixé un nouvel ultimatum à la Russie, qui expire le 1er septembre 2025.\r\n"
    "L’ultimatum du 8 août a été repoussé au 1er septembre, selon Washington.\r\n"
    "M. Poutine a répondu\u00a0que « la Russie ne cédera pas » face aux sanctions.\r\n"
)


def write_source(folder: Path, text: str = NEW_ARTICLE, name: str = "received.txt") -> Path:
    """Write an article as it might be received, bytes and all."""
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def documents(text: str) -> list[dict]:
    """Parse a draft into its YAML documents."""
    return [doc for doc in yaml.safe_load_all(text) if doc]
