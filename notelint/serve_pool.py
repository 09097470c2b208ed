"""Worker processes for ``notelint serve``: the checks run here, never on the event loop.

Each worker is a process with the ruleset, the rules and the NLP pipeline loaded once;
the server's event loop only reads requests, hands each body to an idle worker over a
pipe and writes the answer, so ``/healthz`` and discovery are answered while any number
of checks run.

Two lanes keep one large note from stalling small checks: a *large* request (body over
``large_body`` bytes) may occupy at most ``workers - 1`` workers, so with two or more
workers one is always left for small checks; when a worker frees, waiting small
requests go first.

A request has ``timeout`` seconds from the moment it is queued: past that it gets 503,
and a worker still busy with it is killed and replaced (the worker is freed, not left
running in the background). A worker that dies (out of memory, a crash) is replaced the
same way and its request gets 500.

Worker processes are started from a fork server (``multiprocessing`` ``forkserver``,
with this module and the engine preloaded): a replacement is ready in the time it takes
to build the pipeline (about 1.5 s), and no worker is forked from the threaded server.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import multiprocessing
import os
import time
import traceback
from multiprocessing.connection import Connection
from typing import Any, Callable

__all__ = ["WorkerPool", "PoolTimeout", "PoolBroken", "worker_main"]

log = logging.getLogger("notelint.serve")


class PoolTimeout(Exception):
    """The request did not get an answer within the time limit."""


class PoolBroken(Exception):
    """The worker died while checking the request."""


def worker_main(conn: Connection, factory: Callable[[], Any]) -> None:
    """A worker's life: build the checker, say ready, answer calls until the pipe closes.

    ``factory()`` returns an object with ``info() -> dict`` and ``handle(op, *args)``
    returning ``(status, body_bytes, headers, meta)``. An exception is answered as
    ``(500, its type name, headers, None)``: never its message (it may quote the note).
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
        checker = factory()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", checker.info()))
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            reply = checker.handle(op, *args)
        except Exception as exc:  # a bug: name it, never quote it
            name = type(exc).__name__
            where = traceback.extract_tb(exc.__traceback__)[-1]
            reply = (500, name, {"x-notelint-error-at": f"{os.path.basename(where.filename)}:{where.lineno}"},
                     None)
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, ctx: Any, factory: Callable[[], Any]) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=worker_main, args=(child, factory), daemon=True,
                                name="notelint-check")
        self.proc.start()
        child.close()
        self.waiter: asyncio.Future | None = None
        self.large = False

    def kill(self) -> None:
        try:
            self.proc.kill()
        except (OSError, AttributeError):
            pass
        self.conn.close()
        self.proc.join(timeout=5)


class WorkerPool:
    """``size`` worker processes built by ``factory``, with a lane for large requests."""

    def __init__(self, factory: Callable[[], Any], size: int, *, large_body: int = 32 * 1024) -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.factory = factory
        self.size = size
        self.large_body = large_body
        self.max_large = max(1, size - 1)
        self.info: dict[str, Any] = {}
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["notelint.serve_pool", "notelint.serve", "notelint.engine"])
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._waiting_small: collections.deque[asyncio.Future] = collections.deque()
        self._waiting_large: collections.deque[asyncio.Future] = collections.deque()
        self._large_busy = 0
        self._ready = 0  # loaded workers (a replacement counts once it has loaded)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self.replaced = 0

    # ------------------------------------------------------------------ lifecycle

    def start_blocking(self, timeout: float = 120.0) -> dict[str, Any]:
        """Start every worker and wait until each has loaded (before the event loop runs)."""
        workers = [_Worker(self._ctx, self.factory) for _ in range(self.size)]
        deadline = time.monotonic() + timeout
        for w in workers:
            if not w.conn.poll(max(0.0, deadline - time.monotonic())):
                for x in workers:
                    x.kill()
                raise RuntimeError("a check worker did not start in time")
            try:
                kind, payload = w.conn.recv()
            except EOFError:
                kind, payload = "failed", "the worker process exited while loading"
            if kind != "ready":
                for x in workers:
                    x.kill()
                raise RuntimeError(f"a check worker could not load: {payload}")
            self.info = payload
        self._idle = workers
        self._all = set(workers)
        self._ready = len(workers)
        return self.info

    def close(self) -> None:
        self._closed = True
        for w in list(self._all):
            if self._loop is not None:
                try:
                    self._loop.remove_reader(w.conn.fileno())
                except (OSError, ValueError, RuntimeError):
                    pass
            w.kill()
        self._all.clear()
        self._idle.clear()

    def _replace(self, dead: _Worker) -> None:
        """Kill ``dead`` and start another; it joins the pool when it has loaded."""
        loop = self._loop
        assert loop is not None
        try:
            loop.remove_reader(dead.conn.fileno())
        except (OSError, ValueError):
            pass
        if dead.large:
            self._large_busy -= 1
            dead.large = False
        if dead in self._all:
            self._ready -= 1
        self._all.discard(dead)
        dead.kill()
        if not self._closed:
            self.replaced += 1
            self._spawn()

    def _spawn(self) -> None:
        """Start a worker; it joins the pool when it has loaded (a failure retries in 5 s)."""
        loop = self._loop
        if self._closed or loop is None:
            return
        fresh = _Worker(self._ctx, self.factory)
        self._all.add(fresh)

        def on_ready() -> None:
            loop.remove_reader(fresh.conn.fileno())
            try:
                kind, _ = fresh.conn.recv()
            except (EOFError, OSError):
                kind = "failed"
            if kind == "ready":
                self._ready += 1
                self._release(fresh)
                return
            log.error("a replacement check worker failed to load; retrying in 5 s")
            self._all.discard(fresh)
            fresh.kill()
            loop.call_later(5.0, self._spawn)

        loop.add_reader(fresh.conn.fileno(), on_ready)

    # ------------------------------------------------------------------ scheduling

    def _large_allowed(self) -> bool:
        """May one more large request take a worker? Only if a loaded one stays for small
        checks — also while a killed worker's replacement is still loading."""
        limit = 1 if self.size == 1 else min(self.max_large, self._ready - 1)
        return self._large_busy < limit

    def _release(self, w: _Worker) -> None:
        if w.large:
            self._large_busy -= 1
            w.large = False
        while self._waiting_small:
            fut = self._waiting_small.popleft()
            if not fut.done():
                fut.set_result(w)
                return
        while self._waiting_large and self._large_allowed():
            fut = self._waiting_large.popleft()
            if not fut.done():
                w.large = True
                self._large_busy += 1
                fut.set_result(w)
                return
        self._idle.append(w)

    async def _acquire(self, large: bool) -> _Worker:
        if self._idle and (not large or self._large_allowed()):
            w = self._idle.pop()
            if large:
                w.large = True
                self._large_busy += 1
            return w
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        (self._waiting_large if large else self._waiting_small).append(fut)
        try:
            return await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():  # got a worker just as we gave up
                self._release(fut.result())
            raise

    @property
    def busy(self) -> int:
        return len(self._all) - len(self._idle)

    async def call(self, op: str, args: tuple[Any, ...], *, size: int, timeout: float) -> Any:
        """Run ``op`` in a worker; raises :class:`PoolTimeout` or :class:`PoolBroken`."""
        loop = asyncio.get_running_loop()
        self._loop = loop
        deadline = loop.time() + timeout
        large = size > self.large_body
        try:
            w = await asyncio.wait_for(self._acquire(large), timeout)
        except asyncio.TimeoutError:
            raise PoolTimeout() from None
        answer: asyncio.Future = loop.create_future()

        def on_readable() -> None:
            loop.remove_reader(w.conn.fileno())
            try:
                os.set_blocking(w.conn.fileno(), True)  # (see below)
                reply = w.conn.recv()
            except (EOFError, OSError) as exc:
                if not answer.done():
                    answer.set_exception(PoolBroken(type(exc).__name__))
                return
            if not answer.done():
                answer.set_result(reply)

        try:
            # an event loop may leave the pipe non-blocking once it has watched it (uvloop
            # 0.23 does): a request larger than the pipe's buffer would then fail half sent
            os.set_blocking(w.conn.fileno(), True)
            w.conn.send((op, args))
        except (OSError, ValueError):
            self._replace(w)
            raise PoolBroken("the worker was gone") from None
        loop.add_reader(w.conn.fileno(), on_readable)
        try:
            reply = await asyncio.wait_for(answer, max(0.001, deadline - loop.time()))
        except asyncio.TimeoutError:
            self._replace(w)  # frees the worker: it is killed, not left checking
            raise PoolTimeout() from None
        except PoolBroken:
            self._replace(w)
            raise
        except asyncio.CancelledError:  # the client went away: the answer is not needed
            self._replace(w)
            raise
        self._release(w)
        return reply
