"""Safe YAML loading that remembers the line of every value, for errors a curator can act on."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from bot.knowledge.problems import Problem

try:  # libyaml is much faster; the pure-Python loader gives the same nodes
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

Location = tuple[str | int, ...]
MAX_YAML_BYTES = 512_000  # the largest brief is about 40 kB; a bigger file is a mistake, not data to load whole
MAX_NODES = 30_000  # the largest brief holds about 1,700 values; building each costs Python time
MAX_TEXT_BYTES = 2_000_000  # an article is tens of kilobytes
MAX_DEPTH = 64  # briefs nest five levels; deeper is a mistake (and would strain recursive code)


class _Loader(_BaseLoader):
    """The safe loader, with impossible values (a date 2025-02-30, a 5,000-digit number) reported at their line."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> object:  # noqa: FBT001, FBT002 - PyYAML's
        """Build one value; a ValueError from a constructor becomes an error marked with the node's line."""
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            reason = f"value {str(node.value)[:40]!r} refused ({str(exc)[:120]})"
            raise ConstructorError(None, None, reason, node.start_mark) from None


def _timestamp(loader: _Loader, node: yaml.ScalarNode) -> object:
    """Build a date or time; an impossible one (2025-02-30) becomes a located error."""
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        raise ConstructorError(None, None, f"impossible date {node.value!r} ({exc})", node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def read_limited(path: Path, limit: int) -> tuple[bytes | None, Problem | None]:
    """Read a regular file of at most limit bytes; a FIFO, a folder or a huge file is a Problem, not a hang."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return None, Problem(path, None, f"cannot read the file: {exc.strerror or exc}")
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return None, Problem(path, None, "not a regular file (a folder, FIFO or device?): remove it or rename it")
    if info.st_size > limit:
        os.close(fd)
        return None, Problem(path, None, f"file too large: {info.st_size:,} bytes (at most {limit:,})")
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)  # the file may have grown since fstat
    if len(data) > limit:
        return None, Problem(path, None, f"file too large: more than {limit:,} bytes")
    return data, None


@dataclass(frozen=True)
class YamlDocument:
    """A parsed YAML file with the line (1-based) of each value, keyed by its path."""

    path: Path
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)

    def line_of(self, location: Location) -> int | None:
        """Return the line of the value at location, or of its nearest parent."""
        loc = tuple(location)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


def read_yaml(path: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse path with the safe loader; return the document or the problems that stop it."""
    raw, problem = read_limited(path, MAX_YAML_BYTES)
    if raw is None:
        return None, [problem] if problem else []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(path, None, f"not UTF-8 text: {exc}")]
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None and (shape := _refuse_shape(node, path)):
                return None, [shape]
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        kind = "YAML error" if isinstance(exc, ConstructorError) else "YAML syntax error"
        return None, [Problem(path, line, f"{kind}: {reason}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, None, f"YAML error: {exc}")]
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:  # a value the constructors refuse
        return None, [Problem(path, None, f"YAML value refused: {type(exc).__name__}: {str(exc)[:200]}")]
    lines: dict[Location, int] = {}
    problems: list[Problem] = []
    if node is not None:
        _index(node, (), lines, problems, path)
    return YamlDocument(path, data, lines), problems


def _refuse_shape(root: yaml.Node, path: Path) -> Problem | None:
    """Refuse aliases (a node reached twice: `*a`, `<<: *a`) and deep nesting, before anything is built.

    Aliases are how a ten-line file expands to gigabytes ("billion laughs") or refers to itself; briefs never
    need them, and the line index below would walk every path through them. The walk is iterative and visits
    each node once, so it is linear in the file's size whatever the aliases.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            reason = "YAML aliases (&anchor … *anchor) are not allowed in briefs: write the value out"
            return Problem(path, node.start_mark.line + 1, reason)
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            return Problem(path, node.start_mark.line + 1, f"more than {MAX_NODES:,} values in one file: split it")
        if depth > MAX_DEPTH:
            return Problem(path, node.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, yaml.MappingNode):
            stack.extend((child, depth + 1) for pair in node.value for child in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
    return None


def _index(node: yaml.Node, loc: Location, lines: dict[Location, int], problems: list[Problem], path: Path) -> None:
    """Record the line of node and its children; report keys given twice (YAML keeps the last silently)."""
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(Problem(path, key_node.start_mark.line + 1, f"key {key!r} is given twice"))
            seen.add(key)
            _index(value_node, (*loc, key), lines, problems, path)
            lines[(*loc, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, (*loc, index), lines, problems, path)
