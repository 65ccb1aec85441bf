"""Safe YAML loading that remembers the line of every value, for errors a curator can act on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.problems import Problem

try:  # libyaml is much faster; the pure-Python loader gives the same nodes
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Location = tuple[str | int, ...]


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
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(path, None, f"cannot read the file: {exc}")]
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        return None, [Problem(path, line, f"YAML syntax error: {reason}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, None, f"YAML error: {exc}")]
    lines: dict[Location, int] = {}
    problems: list[Problem] = []
    if node is not None:
        _index(node, (), lines, problems, path)
    return YamlDocument(path, data, lines), problems


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
