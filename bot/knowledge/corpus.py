"""The source articles: verbatim text beside its metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bot.knowledge.schema import ArticleMeta
from bot.knowledge.text import squash


@dataclass(frozen=True)
class Article:
    """One source article: its metadata and its text exactly as received."""

    meta: ArticleMeta
    text: str
    path: Path

    @property
    def id(self) -> str:
        """The article id, e.g. "000"."""
        return self.meta.id

    @cached_property
    def squashed(self) -> str:
        """The text with white space collapsed, against which quotes are checked."""
        return squash(self.text)

    def contains(self, quote: str) -> bool:
        """Tell whether quote appears verbatim in the article, up to white space."""
        return squash(quote) in self.squashed


def sha256_of(data: bytes) -> str:
    """Return the hex SHA-256 of data."""
    return hashlib.sha256(data).hexdigest()
