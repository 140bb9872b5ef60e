"""Crawl progress per source (items, errors): one redrawn line on a terminal, plain log lines otherwise."""

from __future__ import annotations

import json
import logging
import sys
import time

log = logging.getLogger("upheaval.progress")


class Progress:
    def __init__(self, stream=None, interval: float = 0.5):
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval
        self.counts: dict[str, list[int]] = {}  # source -> [items, errors]
        self.last_draw = 0.0

    def add(self, source: str, items: int = 0, errors: int = 0, reason: str | None = None) -> None:
        """`reason`: why the error just counted happened, in one line; logged with it, so that a log of a
        scheduled crawl says what went wrong and not only how often."""
        row = self.counts.setdefault(source, [0, 0])
        row[0] += items
        row[1] += errors
        if self.tty:
            now = time.monotonic()
            if now - self.last_draw >= self.interval:
                self.last_draw = now
                self.stream.write("\r\x1b[K" + self.line())
                self.stream.flush()
        elif errors and reason:
            log.info("progress source=%s items=%d errors=%d error=%s", source, row[0], row[1], json.dumps(reason))
        elif items or errors:
            log.info("progress source=%s items=%d errors=%d", source, row[0], row[1])

    def line(self) -> str:
        parts = [f"{name}: {items} items{f', {errors} errors' if errors else ''}"
                 for name, (items, errors) in sorted(self.counts.items())]
        total = sum(r[0] for r in self.counts.values())
        return f"[{total} items] " + " | ".join(parts)

    def close(self) -> None:
        if self.tty and self.counts:
            self.stream.write("\r\x1b[K" + self.line() + "\n")
            self.stream.flush()
