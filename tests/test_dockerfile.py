"""The Dockerfile, read and checked against the rules of the image (no docker daemon here; CI runs its steps)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from bot.config import PROJECT_ROOT

_spec = importlib.util.spec_from_file_location("image_steps", PROJECT_ROOT / ".ci" / "image_steps.py")
image_steps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(image_steps)


@pytest.fixture(scope="module")
def steps() -> list[tuple[str, str, str]]:
    return image_steps.instructions(PROJECT_ROOT / "Dockerfile")


def index(steps: list, instruction: str, containing: str = "") -> int:
    """Position of the first instruction of that kind whose arguments contain the text."""
    return next(i for i, (kind, args, _) in enumerate(steps) if kind == instruction and containing in args)


def env(steps: list) -> dict[str, str]:
    """Every ENV variable the image sets."""
    values: dict[str, str] = {}
    for kind, args, _ in steps:
        if kind == "ENV":
            values.update(pair.split("=", 1) for pair in args.split())
    return values


def test_slim_python_base(steps):
    kind, image, _ = steps[0]
    assert kind == "FROM" and image.startswith("python:3.1") and image.endswith("-slim")


def test_dependencies_install_in_their_own_layer_before_the_code(steps):
    """The lock file alone is copied and installed, hashes checked, before any source: code edits keep the layer."""
    copy_lock = index(steps, "COPY", "requirements.lock")
    install_deps = index(steps, "RUN", "pip install --require-hashes -r requirements.lock")
    assert steps[copy_lock][1].split()[:-1] == ["requirements.lock"]
    assert copy_lock < install_deps < index(steps, "COPY", "bot/") < index(steps, "RUN", "pip install --no-deps .")


def test_the_lock_pins_every_dependency_with_hashes():
    """requirements.lock pins each runtime dependency of pyproject.toml (and the postgresql extra) to a version its
    specifier allows, each with hashes: a dependency added or narrowed without updating the lock fails here."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    lock = (PROJECT_ROOT / "requirements.lock").read_text()
    pinned: dict[str, list[str]] = {}
    for entry in lock.replace("\\\n", " ").splitlines():
        if entry and not entry[0].isspace() and not entry.startswith("#"):
            requirement, _, rest = entry.partition(" ")
            name, _, version = requirement.partition("==")
            assert "--hash=sha256:" in rest, f"{name} has no hash"
            pinned.setdefault(canonicalize_name(name), []).append(version)
    for text in [*project["dependencies"], *project["optional-dependencies"]["postgresql"]]:
        wanted = Requirement(text)
        versions = pinned.get(canonicalize_name(wanted.name))
        assert versions, f"{wanted.name} is not in requirements.lock"
        assert all(wanted.specifier.contains(v, prereleases=True) for v in versions), (text, versions)


def test_bad_briefs_fail_the_build(steps):
    check = index(steps, "RUN", "briefbot check")
    assert check > index(steps, "COPY", "briefs/") and check > index(steps, "COPY", "corpus/")


def test_runs_as_a_non_root_user_with_data_on_a_volume(steps):
    user = index(steps, "USER")
    assert steps[user][1] not in ("root", "0")
    assert user > max(i for i, (kind, _, comment) in enumerate(steps) if kind == "RUN")
    volume = json.loads(steps[index(steps, "VOLUME")][1])
    assert env(steps)["BRIEFBOT_DB"].startswith(volume[0] + "/")


def test_briefs_and_corpus_are_baked_in_and_overridable(steps):
    variables = env(steps)
    assert variables["BRIEFBOT_BRIEFS"] == "/app/briefs" and variables["BRIEFBOT_CORPUS"] == "/app/corpus"
    assert steps[index(steps, "WORKDIR")][1] == "/app"


def test_healthcheck_and_command_are_real_subcommands(steps):
    """HEALTHCHECK runs `briefbot health`, CMD `briefbot run`, and both exist in the CLI."""
    from bot.cli import cli

    health = steps[index(steps, "HEALTHCHECK")][1]
    assert 'CMD ["briefbot", "health"]' in health
    assert json.loads(steps[index(steps, "CMD")][1]) == ["briefbot", "run"]
    assert {"health", "run"} <= set(cli.commands)
    assert steps[index(steps, "STOPSIGNAL")][1] == "SIGTERM"


def test_copied_sources_exist_and_are_not_ignored(steps):
    ignored = {line.strip() for line in (PROJECT_ROOT / ".dockerignore").read_text().splitlines() if line.strip()}
    for kind, args, _ in steps:
        if kind == "COPY":
            for source in args.split()[:-1]:
                assert (PROJECT_ROOT / source).exists(), source
                assert source.rstrip("/") not in ignored, source
    assert {".git", ".venv", "data", ".env"} <= ignored
