"""Run the Dockerfile's build steps without docker: its RUN lines, in order, in a copy of the build context.

No docker daemon runs on CI machines, so this checks what can be checked: the dependencies install from
pyproject.toml, the package installs, and `briefbot check` passes, in a fresh virtual environment whose
bin/ comes first on PATH. RUN lines under a "# system:" comment (user accounts) are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTINUATION = "\\"


def instructions(dockerfile: Path) -> list[tuple[str, str, str]]:
    """(instruction, arguments, comment above) for each instruction, continuation lines joined."""
    found: list[tuple[str, str, str]] = []
    comment, pending = "", ""
    for line in dockerfile.read_text().splitlines():
        stripped = line.strip()
        if not pending and (stripped.startswith("#") or not stripped):
            comment = stripped if stripped else comment
            continue
        continued = stripped.endswith(CONTINUATION)
        pending += (stripped.removesuffix(CONTINUATION) if continued else stripped) + " "
        if not continued:
            head, _, rest = pending.strip().partition(" ")
            found.append((head.upper(), rest.strip(), comment))
            comment, pending = "", ""
    return found


def main() -> int:
    venv = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as context:
        workdir = Path(context)
        env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(venv)}
        for instruction, arguments, comment in instructions(ROOT / "Dockerfile"):
            if instruction == "COPY":
                *sources, _ = arguments.split()
                for source in sources:
                    path = ROOT / source.rstrip("/")
                    target = workdir / path.name
                    shutil.copytree(path, target) if path.is_dir() else shutil.copy2(path, target)
            elif instruction == "RUN" and not comment.startswith("# system:"):
                print(f"+ RUN {arguments}", flush=True)
                subprocess.run(["bash", "-euo", "pipefail", "-c", arguments], cwd=workdir, env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
