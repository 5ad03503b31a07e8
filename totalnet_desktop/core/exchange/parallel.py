"""Planning a large import in a second process while this one writes.

Reading, checking and classifying rows is pure Python and takes about as long as SQLite takes to
write them; on two cores the two halves overlap. The helper process gets the opened file, the
classifier (already loaded with the existing contacts, inside the import's transaction) and the row
maker; it sends back chunks in file order and, at the end, the summary. It never opens the database.

The helper is started with "spawn" (no fork of a process that runs Qt threads); a frozen app calls
``multiprocessing.freeze_support()`` first thing (resources/launcher.py). When the helper fails, the
importing side raises and the import's transaction rolls back: nothing is written.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import threading
import traceback
from collections.abc import Callable, Iterator

from totalnet_desktop.core.exchange.csv_drafts import CsvDrafts
from totalnet_desktop.core.exchange.dedupe import Classifier
from totalnet_desktop.core.exchange.planner import Chunk, ChunkPlanner
from totalnet_desktop.core.exchange.rows import RowMaker
from totalnet_desktop.core.exchange.summary import ImportSummary
from totalnet_desktop.core.store import errors
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# Files smaller than this are planned in the importing thread: starting the helper costs ~0.5 s of CPU.
MIN_BYTES = 2_000_000


class ImportWorkerError(errors.TotalNetError):
    """The helper process failed; nothing was written."""


# Chunks the helper may have planned ahead of the writer (each ~0.5 MB pickled): enough to ride out
# a slow chunk on either side without holding much memory.
AHEAD = 4


def _worker(conn, source: CsvDrafts, classifier: Classifier, maker: RowMaker | None, next_id: int) -> None:
    """The helper process: plan every chunk and send it; then the summary.

    A sender thread writes the pickled chunks to the pipe, so planning goes on while the writer is
    busy with an earlier chunk (the pipe itself holds only 64 KB).
    """
    watch_parent()
    gc.disable()  # no reference cycles in drafts; see importer._gc_paused
    outbox: queue.Queue = queue.Queue(maxsize=AHEAD)
    sender = threading.Thread(target=_send_all, args=(conn, outbox), name="sender", daemon=True)
    sender.start()
    try:
        planner = ChunkPlanner(classifier, maker, next_id)
        position = [0]

        def on_bytes(done: int, total: int) -> None:
            position[0] = done

        for chunk in planner.chunks(source.drafts(on_bytes), lambda: position[0]):
            outbox.put(pickle.dumps(("chunk", chunk), pickle.HIGHEST_PROTOCOL))
        outbox.put(pickle.dumps(("done", planner.summary), pickle.HIGHEST_PROTOCOL))
    except errors.TotalNetError as exc:
        outbox.put(pickle.dumps(("error", type(exc).__name__, str(exc))))
    except BaseException:  # noqa: BLE001 - anything else goes back whole, for the log
        outbox.put(pickle.dumps(("crash", traceback.format_exc())))
    finally:
        outbox.put(None)
        sender.join()
        conn.close()


def watch_parent() -> None:
    """End this helper at once when the process that started it dies (SIGKILL, logout, crash).

    ``parent_process().sentinel`` is the parent's end of a pipe (POSIX) or its process handle
    (Windows): it becomes ready the moment the parent is gone, on every platform.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=wait, name="parent-watch", daemon=True).start()


def _send_all(conn, outbox: queue.Queue) -> None:
    """Write each message to the pipe in order (the write waits for the reader, without the GIL)."""
    while (data := outbox.get()) is not None:
        try:
            conn.send_bytes(data)
        except OSError:  # the importing side went away (cancel): nothing more to send
            while outbox.get() is not None:
                pass
            return


def worth_it(size: int) -> bool:
    """Whether a CSV file of ``size`` bytes is planned in a helper process: only when a second core is
    free now. The helper costs about 0.5 s of CPU (a second interpreter, its imports, every chunk
    pickled twice); it pays back only by running beside the writer. On a busy machine it made a
    whole ``totalnet import`` slower in CPU and wall alike (docs/decisions/import-helper.md)."""
    return size >= MIN_BYTES and usable_cores() > 1 and spare_cores() >= 1


def spare_cores() -> float:
    """This process's cores minus the one-minute load average (runnable processes, this one
    included); without a load average (Windows), all cores but this one's."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return usable_cores() - 1
    return usable_cores() - load


def usable_cores() -> int:
    """The cores this process may run on (a container or ``taskset`` can allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def start_worker(source: CsvDrafts, name: str, classifier: Classifier, maker: RowMaker | None, next_id: int,
                 result: list[ImportSummary], fallback: Callable[[], Iterator[Chunk]]) -> Iterator[Chunk]:
    """Chunks planned by a helper process, in file order; the summary is put in ``result``.

    When the helper cannot start, or ends before its first chunk (nothing is written by then), the
    chunks come from ``fallback()``, planned in this process. Closing the iterator early (cancel, a
    write error) stops the helper.
    """
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(sender, source, classifier, maker, next_id),
                       name="totalnet-import-planner", daemon=True)
    try:
        proc.start()
    except Exception as exc:  # noqa: BLE001 - no processes allowed here, no way to start one, ...
        logger.warning("import helper process could not start (%s); planning in-process", exc)
        receiver.close()
        sender.close()
        return fallback()
    sender.close()
    return _chunks_from(proc, receiver, name, result, fallback)


def _chunks_from(proc, receiver, name: str, result: list[ImportSummary],
                 fallback: Callable[[], Iterator[Chunk]]) -> Iterator[Chunk]:
    received = False
    try:
        while True:
            try:
                message = pickle.loads(receiver.recv_bytes())
            except (EOFError, OSError):  # OSError: it died in the middle of a message
                if not received:
                    proc.join(timeout=10)
                    logger.warning("import helper process ended at once (exit code %s); planning in-process",
                                   proc.exitcode)
                    yield from fallback()
                    return
                raise ImportWorkerError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The import of {name} stopped: its helper process ended "
                        "unexpectedly (exit code {exitcode}). Nothing was changed.").format(
                        name=name, exitcode=proc.exitcode)) from None
            kind = message[0]
            received = True
            if kind == "chunk":
                yield message[1]
            elif kind == "done":
                result.append(message[1])
                return
            elif kind == "error":
                cls = getattr(errors, message[1], None)
                if not (isinstance(cls, type) and issubclass(cls, errors.TotalNetError)):
                    cls = errors.TotalNetError
                raise cls(message[2])
            else:
                # The frames only: the exception's own words may quote a row of the file (issue 20).
                logger.error("import helper failed:\n%s", "\n".join(message[1].strip().splitlines()[:-1]))
                last = message[1].strip().splitlines()[-1] if message[1].strip() else "no details"
                raise ImportWorkerError(QT_TRANSLATE_NOOP(
                    "Errors", "The import of {name} stopped on an unexpected error ({last}); nothing "
                    "was changed.").format(name=name, last=last))
    finally:
        receiver.close()
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=10)
