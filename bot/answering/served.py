"""The briefs being served: the knowledge, the answerer over it, and reloading both from the data folders."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from bot.answering.answers import Answerer
from bot.config import DataPaths
from bot.knowledge.loading import Knowledge, load_knowledge
from bot.knowledge.problems import DataError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Loaded:
    """The outcome of loading the briefs again: served (with a one-line summary), or refused with its problems."""

    ok: bool
    problems: tuple[str, ...] = ()
    summary: str = ""


class ServedBriefs:
    """The briefs readers are answered from; a reload replaces them only if the new ones pass every check."""

    def __init__(self, answerer: Answerer, *, data: DataPaths | None = None) -> None:
        self.answerer = answerer
        self.data = data  # None: nothing to reload from (tests, a knowledge built in memory)
        self._reloading = asyncio.Lock()

    @property
    def knowledge(self) -> Knowledge:
        """The knowledge served."""
        return self.answerer.knowledge

    async def reload(self) -> Loaded:
        """Load the briefs and corpus again; serve them only if they pass every check, else keep the old ones."""
        if self.data is None:
            return Loaded(False, ("no data folders configured",))
        data = self.data
        async with self._reloading:
            try:
                knowledge = await asyncio.to_thread(load_knowledge, data.briefs, data.corpus)
            except DataError as exc:
                log.warning(
                    "reload refused: %d problem(s) in the data; still serving the previous briefs", len(exc.problems)
                )
                return Loaded(False, tuple(_relative(str(p), data) for p in exc.problems))
            except Exception as exc:  # noqa: BLE001 - a loader bug must still leave the old briefs served, and be said
                log.exception("reload failed; still serving the previous briefs")
                return Loaded(False, (f"the reload failed: {type(exc).__name__}: {str(exc)[:300]}",))
            self.answerer = await asyncio.to_thread(Answerer, knowledge, today=self.answerer.pinned_today)
        return Loaded(True, summary=knowledge.summary())


def _relative(problem: str, data: DataPaths) -> str:
    """A problem with the data folders' paths shortened, for a chat message."""
    for folder in (data.briefs, data.corpus):
        problem = problem.replace(str(folder.parent) + "/", "")
    return problem
