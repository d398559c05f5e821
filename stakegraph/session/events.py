"""Server-sent events: the projector receives the session's state as it changes.

A :class:`Broadcaster` holds the latest state and a version number. An
answer marks the state stale; :meth:`Broadcaster.run` recomputes it at
most every :data:`INTERVAL` seconds (a burst of answers becomes one
update; the state is computed in a worker thread, and no more often than
it takes to compute) and wakes every open stream. Each stream sends the whole state
(a few kilobytes for a room) whenever the version moves, and a comment
every :data:`HEARTBEAT` seconds so that proxies keep the line open; a
projector that reconnects simply receives the current state.

Examples
--------
>>> import asyncio, json
>>> async def demo():
...     b = Broadcaster(lambda: {"n": 1}, interval=0.01)
...     task = asyncio.create_task(b.run())
...     b.touch()
...     stream = b.stream()
...     first = await anext(stream)
...     task.cancel()
...     return first
>>> from concurrent.futures import ThreadPoolExecutor  # a loop of its own, whoever runs this
>>> ThreadPoolExecutor(1).submit(asyncio.run, demo()).result()
'id: 1\\nevent: state\\ndata: {"n": 1}\\n\\n'
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

__all__ = ["HEARTBEAT", "INTERVAL", "Broadcaster"]

#: the shortest time between two updates, in seconds
INTERVAL = 0.25
#: a comment on an idle stream every so many seconds
HEARTBEAT = 15.0


class Broadcaster:
    """The latest state (from ``compute``) and the streams that follow it."""

    def __init__(self, compute: Callable[[], dict[str, Any]], interval: float = INTERVAL) -> None:
        self.compute = compute
        self.interval = interval
        self.version = 0
        self.text = ""
        self.closing = False
        self._stale = asyncio.Event()
        self._changed = asyncio.Condition()

    def touch(self) -> None:
        """Say that the state changed (called after each acknowledged write)."""
        self._stale.set()

    async def run(self) -> None:
        """Recompute and announce the state whenever it is stale, no more
        often than every ``interval`` seconds; runs until cancelled."""
        self._stale.set()
        while True:
            await self._stale.wait()
            self._stale.clear()
            began = time.monotonic()
            # in a worker thread: answers keep being acknowledged meanwhile
            text = await asyncio.to_thread(self._render)
            async with self._changed:
                self.text = text
                self.version += 1
                self._changed.notify_all()
            # a state that takes long to compute is not recomputed back to back
            await asyncio.sleep(max(self.interval, time.monotonic() - began))

    def _render(self) -> str:
        return json.dumps(self.compute(), ensure_ascii=False)

    async def close(self) -> None:
        """End every open stream (the server is stopping)."""
        self.closing = True
        async with self._changed:
            self._changed.notify_all()

    async def stream(self) -> AsyncIterator[str]:
        """The events of one projector: the state now, then each new one."""
        sent = 0
        while not self.closing:
            if self.version != sent and self.text:
                sent = self.version
                yield f"id: {sent}\nevent: state\ndata: {self.text}\n\n"
                continue
            try:
                async with self._changed:
                    # checked under the lock: a change cannot slip in before the wait
                    if self.version == sent and not self.closing:
                        await asyncio.wait_for(self._changed.wait(), HEARTBEAT)
            except TimeoutError:
                yield ": still here\n\n"
