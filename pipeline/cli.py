"""`upheaval`: crawl the news, serve alerts, and query the alert database."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time

from pipeline import settings, store
from pipeline.sources import SourcesError, load_sources, select_sources


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args) or 0
    except SourcesError as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="upheaval",
        description="Find companies in upheaval (acquisitions, mergers, executive departures) in the news "
        "and SEC filings, and serve alerts for job seekers.",
        epilog=f"Database: $UPHEAVAL_DB (now {settings.UPHEAVAL_DB}).",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    run = sub.add_parser("run", help="crawl every source on its interval and serve the API (the main job)",
                         description="Crawl every enabled source on its own interval, forever, and serve the "
                         "API in the same command. Stop with Ctrl-C.")
    _add_sources_option(run)
    _add_server_options(run)
    run.set_defaults(handler=cmd_run)

    crawl = sub.add_parser("crawl", help="crawl the sources once now and print per-source counts",
                           description="Crawl the enabled sources (or the named ones) once, store what they "
                           "report, and print per-source counts.")
    _add_sources_option(crawl)
    crawl.add_argument("--source", action="append", metavar="NAME",
                       help="crawl only this source (repeatable); a named source runs even if disabled")
    crawl.set_defaults(handler=cmd_crawl)

    serve = sub.add_parser("serve", help="serve the alerts API (gunicorn)",
                           description="Serve the HTTP API under gunicorn, reading the database read-only.")
    _add_server_options(serve)
    serve.set_defaults(handler=cmd_serve)

    query = sub.add_parser("query", help="print the alert for a company",
                           description="Print the alert for a company: level, score and events with evidence.")
    query.add_argument("name", help='company name as you would read it, e.g. "Acme Corp"')
    query.add_argument("--json", action="store_true", help="print the alert contract as JSON")
    query.set_defaults(handler=cmd_query)

    detect = sub.add_parser("detect", help="run the event detector on JSON lines from stdin",
                            description='Read JSON lines {"title", "text", "published"} on stdin; write one '
                            "JSON line per input with the events found and why each fired.")
    detect.set_defaults(handler=cmd_detect)

    sources = sub.add_parser("sources", help="list the sources and their health",
                             description="List the configured sources with their last crawl, status, "
                             "consecutive errors and items seen.")
    _add_sources_option(sources)
    sources.set_defaults(handler=cmd_sources)

    reprocess = sub.add_parser("reprocess", help="recompute events from the stored articles",
                               description="Recompute every event from the stored articles, after detection "
                               "improves. Articles are kept; events are rebuilt.")
    reprocess.set_defaults(handler=cmd_reprocess)
    return parser


def _add_sources_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sources", metavar="FILE", default=settings.UPHEAVAL_SOURCES,
                        help=f"sources file (TOML; default {settings.UPHEAVAL_SOURCES})")


def _add_server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=settings.UPHEAVAL_HOST, help=f"bind address (default {settings.UPHEAVAL_HOST})")
    parser.add_argument("--port", type=int, default=settings.UPHEAVAL_PORT, help=f"port (default {settings.UPHEAVAL_PORT})")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")


# ---------------------------------------------------------------- commands


def cmd_crawl(args) -> int:
    from pipeline.crawl import SPIDERS_BY_KIND, run_crawl

    chosen = select_sources(load_sources(args.sources), args.source)
    unsupported = [s for s in chosen if s.kind not in SPIDERS_BY_KIND]
    for source in unsupported:
        print(f"{source.name}: skipped: no spider for kind {source.kind!r} yet", file=sys.stderr)
    chosen = [s for s in chosen if s.kind in SPIDERS_BY_KIND]
    if not chosen:
        print("upheaval: no enabled sources to crawl", file=sys.stderr)
        return 1
    rows = run_crawl(chosen, settings.UPHEAVAL_DB, args.sources)
    print(f"{'source':<28} {'status':<8} {'items':>6} {'new':>6}  error")
    for row in rows:
        print(f"{row['source']:<28} {row['status']:<8} {row['items']:>6} {row['new_articles']:>6}  "
              f"{row['error'] or ''}")
    return 0 if all(row["status"] != "error" for row in rows) else 1


def cmd_serve(args) -> int:
    store.open_db(settings.UPHEAVAL_DB).close()  # create the file and schema so readers can open it read-only
    os.execvp(sys.executable, gunicorn_command(args.host, args.port, args.workers))


def gunicorn_command(host: str, port: int, workers: int) -> list[str]:
    return [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"{host}:{port}",
            "--access-logfile", "-", "--timeout", "30", "server:create_app()"]


def cmd_query(args) -> int:
    from pipeline.alerts import alert_for

    if not args.name.strip():
        print("upheaval: give a company name", file=sys.stderr)
        return 2
    db = store.open_db(settings.UPHEAVAL_DB)
    alert = alert_for(db, args.name)
    if args.json:
        print(json.dumps(alert, indent=2, ensure_ascii=False))
        return 0
    match = alert["match"]
    print(f"query:   {alert['query']}")
    if match:
        print(f"company: {match['name']} (id {match['company_id']}, matched on {match['matched_on']})")
    elif alert.get("candidates"):
        print("company: ambiguous; candidates: " + "; ".join(c["name"] for c in alert["candidates"]))
    else:
        print("company: not recognised")
    print(f"level:   {alert['level']} (score {alert['score']}, last {alert['window_days']} days)")
    for event in alert["events"]:
        print(f"- {event['date']}  {event['kind']}{' (' + event['role'] + ')' if event['role'] else ''}"
              f"{'  ABRUPT' if event['abrupt'] else ''}")
        print(f"    {event['summary']}")
        for evidence in event["evidence"]:
            print(f"    {evidence['publisher']}: {evidence['url']}")
    return 0


def cmd_detect(args) -> int:
    from pipeline.classify import detect_events

    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
        except ValueError as exc:
            print(json.dumps({"line": number, "error": f"not a JSON object: {exc}"}))
            continue
        events = detect_events(str(record.get("title") or ""), str(record.get("text") or ""))
        print(json.dumps({"title": record.get("title"), "events": [e.to_dict() for e in events]},
                         ensure_ascii=False))
    return 0


def cmd_sources(args) -> int:
    configured = load_sources(args.sources)
    db = store.open_db(settings.UPHEAVAL_DB)
    health = {row["name"]: row for row in store.source_health(db)}
    print(f"{'name':<28} {'kind':<6} {'on':<3} {'every':<6} {'last crawl':<21} {'status':<8} {'errs':>4} {'items':>7}")
    for source in configured:
        row = health.get(source.name, {})
        print(f"{source.name:<28} {source.kind:<6} {'yes' if source.enabled else 'no':<3} {source.interval:<6} "
              f"{row.get('last_crawl') or 'never':<21} {row.get('last_status') or '-':<8} "
              f"{row.get('consecutive_errors', 0):>4} {row.get('items_seen', 0):>7}")
    return 0


def cmd_reprocess(args) -> int:
    from pipeline.reprocess import reprocess_all

    db = store.open_db(settings.UPHEAVAL_DB)
    reprocess_all(db, progress=lambda done, total: print(f"\rreprocessed {done}/{total} articles", end="",
                                                          file=sys.stderr, flush=True))
    print(file=sys.stderr)
    return 0


def cmd_run(args) -> int:
    """Serve the API in a child process and run each due source's crawl in its own child process
    (Twisted's reactor cannot restart, and a crashed crawl must not take the server down)."""
    load_sources(args.sources)  # fail now, with a clear message, on a broken sources file
    store.open_db(settings.UPHEAVAL_DB).close()
    server = subprocess.Popen(gunicorn_command(args.host, args.port, args.workers))
    print(f"upheaval: serving http://{args.host}:{args.port}/ ; crawling sources from {args.sources}", flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        while not stopping:
            due = due_sources(args.sources)
            if due:
                command = [sys.executable, "-m", "pipeline.cli", "crawl", "--sources", args.sources]
                for name in due:
                    command += ["--source", name]
                subprocess.run(command)
            if server.poll() is not None:
                print("upheaval: the API server stopped; exiting", file=sys.stderr)
                return 1
            for _ in range(30):
                if stopping:
                    break
                time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


def due_sources(sources_file: str) -> list[str]:
    from pipeline.crawl import SPIDERS_BY_KIND
    from pipeline.schedule import sources_due

    try:
        sources = [s for s in select_sources(load_sources(sources_file)) if s.kind in SPIDERS_BY_KIND]
    except SourcesError as exc:
        print(f"upheaval: {exc}; keeping the last good schedule", file=sys.stderr)
        return []
    db = store.open_db(settings.UPHEAVAL_DB)
    try:
        return sources_due(sources, {row["name"]: row for row in store.source_health(db)}, time.time())
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
