"""Add an article to the corpus: its text byte for byte, and its metadata beside it."""

from __future__ import annotations

import datetime as dt
import json
import os
import textwrap
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.knowledge.corpus import sha256_of
from bot.knowledge.schema import ArticleMeta


class CurationError(Exception):
    """A curator's request was refused; the message says why in one sentence."""


def ingest(
    source: Path,
    corpus_dir: Path,
    *,
    title: str,
    outlet: str | None,
    published: dt.date,
    language: str = "fr",
    date_basis: str = "stated",
    precision: str = "day",
    article_id: str | None = None,
    note: str | None = None,
    editorial_title: bool = False,
) -> Path:
    """Copy source into the corpus byte for byte, with its metadata; return the path of the copy."""
    raw = _read_article(source)
    if not corpus_dir.is_dir():
        raise CurationError(f"the corpus folder {corpus_dir} does not exist")
    for path in sorted(corpus_dir.glob("*.txt")):
        if sha256_of(path.read_bytes()) == sha256_of(raw):
            raise CurationError(f"{source} is already in the corpus as article {path.stem} ({path})")
    ident = article_id or next_article_id(corpus_dir)
    text_path, meta_path = corpus_dir / f"{ident}.txt", corpus_dir / f"{ident}.yaml"
    if text_path.exists() or meta_path.exists():
        raise CurationError(f"article id {ident!r} is taken: {corpus_dir} already holds {ident}.txt or {ident}.yaml")
    fields = {
        "id": ident,
        "seed": source.name,
        "sha256": sha256_of(raw),
        "title": title,
        "title_is_editorial": editorial_title,
        "outlet": outlet,
        "language": language,
        "published": published,
        "date_precision": precision,
        "date_basis": date_basis,
        "date_note": note,
    }
    try:
        meta = ArticleMeta.model_validate(fields)
    except ValidationError as exc:
        reasons = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise CurationError(f"the metadata would not be valid: {reasons}") from None
    _write_new({text_path: raw, meta_path: metadata_yaml(meta).encode("utf-8")})
    return text_path


def next_article_id(corpus_dir: Path) -> str:
    """Return the three-digit id after the highest numbered article (ids of removed articles are not reused)."""
    numbers = [int(path.stem) for path in corpus_dir.iterdir() if path.stem.isdigit()]
    return f"{max(numbers, default=-1) + 1:03d}"


def metadata_yaml(meta: ArticleMeta) -> str:
    """Write an article's metadata in the corpus's style: a header comment, then one field a line."""
    lines = [
        f"# Metadata for {meta.id}.txt (text kept byte-for-byte as received).",
        f"id: {json.dumps(meta.id)}",
        f"seed: {_scalar(meta.seed)}",
        f"sha256: {meta.sha256}",
        f"title: {json.dumps(meta.title, ensure_ascii=False)}",
        f"title_is_editorial: {str(meta.title_is_editorial).lower()}",
        f"outlet: {_scalar(meta.outlet)}",
        f"language: {meta.language}",
        f"published: {meta.published.isoformat()}",
    ]
    if meta.date_precision != "day":
        lines.append(f"date_precision: {meta.date_precision}")
    lines.append(f"date_basis: {meta.date_basis}")
    if meta.date_note:
        lines.append(_folded("date_note", meta.date_note))
    text = "\n".join(lines) + "\n"
    assert ArticleMeta.model_validate(yaml.safe_load(text)) == meta, text
    return text


def _read_article(source: Path) -> bytes:
    """Read an article as received; refuse what is unreadable, empty or not UTF-8."""
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise CurationError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CurationError(
            f"{source} is not UTF-8 text (byte {exc.start} is {raw[exc.start]:#04x}); "
            "convert it first, e.g. iconv -f windows-1252 -t utf-8"
        ) from None
    if not text.strip():
        raise CurationError(f"{source} is empty")
    return raw


def _scalar(value: str | None) -> str:
    """Write a string as a plain YAML scalar when it reads back the same, else double-quoted."""
    if value is None:
        return "null"
    try:
        plain = yaml.safe_load(f"key: {value}") == {"key": value}
    except yaml.YAMLError:
        plain = False
    return value if plain else json.dumps(value, ensure_ascii=False)


def _folded(key: str, value: str) -> str:
    """Write a long string as a folded block (`>-`) when it reads back the same, else double-quoted."""
    wrapped = textwrap.wrap(value, 88, break_long_words=False, break_on_hyphens=False)
    block = f"{key}: >-\n" + "\n".join(f"  {line}" for line in wrapped)
    try:
        if yaml.safe_load(block) == {key: value}:
            return block
    except yaml.YAMLError:
        pass
    return f"{key}: {json.dumps(value, ensure_ascii=False)}"


def _write_new(files: dict[Path, bytes]) -> None:
    """Write new files next to their names, then move them in; on failure remove all of them."""
    parts = {path: path.with_name(path.name + ".part") for path in files}
    moved: list[Path] = []
    try:
        for path, data in files.items():
            parts[path].write_bytes(data)
        for path in files:
            os.replace(parts[path], path)
            moved.append(path)
    except OSError as exc:
        for path in [*parts.values(), *moved]:
            path.unlink(missing_ok=True)
        raise CurationError(f"cannot write to {next(iter(files)).parent}: {exc.strerror or exc}") from None
