"""`upheaval`: crawl the news, serve alerts, and query the alert database."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pipeline import identity, readonly, settings, store
from pipeline.constants import EVENT_KINDS
from pipeline.sources import SourcesError, load_sources, select_sources


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        code = args.handler(args) or 0
        sys.stdout.flush()  # here, so that a reader that went away (`| head`) is met inside the try
        return code
    except BrokenPipeError:
        # The Python docs' recipe: point stdout at devnull so the interpreter's own flush at exit does
        # not raise again, and stop quietly, as `cat file | head` does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except SourcesError as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except sqlite3.OperationalError as exc:
        # Another writer held the lock past the timeout, or the disk is full: one line, not a traceback.
        print(f"upheaval: {settings.UPHEAVAL_DB}: {store.write_failure(exc)}", file=sys.stderr)
        return 1
    except readonly.DatabaseUnavailable as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # not a SQLite file, or a damaged one
        print(f"upheaval: {readonly.describe(settings.UPHEAVAL_DB, exc)}", file=sys.stderr)
        return 2


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
                           "report, and print per-source counts and statuses (ok, not_modified, partial, error; "
                           "see `upheaval sources --help`). Exit status: 0 when every source is ok or "
                           "not_modified, 1 when a source is error (named on stderr), 3 when none is error but "
                           "one is partial.")
    _add_sources_option(crawl)
    crawl.add_argument("--source", action="append", metavar="NAME",
                       help="crawl only this source (repeatable); a named source runs even if disabled")
    crawl.set_defaults(handler=cmd_crawl)

    backfill = sub.add_parser("backfill", help="walk EDGAR's daily indexes for past filings",
                              description="Walk SEC EDGAR's daily form indexes (under $UPHEAVAL_SEC_BASE) from "
                              "--since to --until and store the merger, tender-offer and 8-K filings that show "
                              "an acquisition or an executive departure. Needs $UPHEAVAL_CONTACT.")
    _add_sources_option(backfill)
    backfill.add_argument("--since", required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    backfill.add_argument("--until", metavar="DATE", help="last day, YYYY-MM-DD (default today)")
    backfill.set_defaults(handler=cmd_backfill)

    serve = sub.add_parser("serve", help="serve the alerts API (gunicorn)",
                           description="Serve the HTTP API under gunicorn, reading the database read-only. "
                           "Configuration: docs/api.md.")
    _add_server_options(serve)
    serve.add_argument("--dev", action="store_true",
                       help="Flask's development server instead (one process, reloads on code changes; not for "
                       "production)")
    serve.set_defaults(handler=cmd_serve)

    publish = sub.add_parser("publish", help="write the alerts as static files any web server or CDN can serve",
                             description="Write the snapshot and every flagged company's alert into DIR as static "
                             "files (docs/publish.md): index.json names the others, which are named by a hash of "
                             "their content. Atomic (the index is replaced last, so a reader never sees half a "
                             "publication); publishing again with nothing new changes no file; files of the "
                             "publication before the previous one are deleted. Serve DIR with any web server, object "
                             "store or CDN and point the extension's \"published folder\" mode at its URL.")
    publish.add_argument("directory", metavar="DIR", type=Path, help="the folder to publish into (created if missing)")
    publish.add_argument("--quiet", action="store_true", help="print only the summary line, no progress")
    publish.set_defaults(handler=cmd_publish)

    query = sub.add_parser("query", help="print a company's alert, recent events, or read-only SQL results",
                           description="Print the alert for a company (level, score, events with evidence), "
                           "recent events (--events), or the rows of one read-only SQL statement (--sql), as a "
                           "table, JSON or CSV.")
    query.add_argument("name", nargs="?", help='company name as you would read it, e.g. "Acme Corp"')
    query.add_argument("--events", action="store_true", help="list recent events of every company instead")
    query.add_argument("--since", metavar="AGE|DATE",
                       help="with --events: an age (30d, 12w, 6m, 1y) or a date YYYY-MM-DD (default 30d)")
    query.add_argument("--kind", choices=EVENT_KINDS, help="with --events: only this kind of event")
    query.add_argument("--limit", type=int, help="with --events: at most this many (default 500)")
    query.add_argument("--company", action="append", metavar="NAME",
                       help="with --events: only this company's events (repeat for several)")
    query.add_argument("--sql", metavar="SELECT", help='run one read-only SQL statement, e.g. "select count(*) '
                       'from events"')
    formats = query.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON (for a company: the alert contract)")
    formats.add_argument("--csv", action="store_true", help="print CSV")
    formats.add_argument("--atom", action="store_true",
                         help="with --events --company: an Atom feed of their events, as /api/v1/feed.atom")
    query.set_defaults(handler=cmd_query)

    detect = sub.add_parser("detect", help="run the event detector on JSON lines from files or stdin",
                            description='Read JSON lines {"title", "text", "published"} (UTF-8) from the files '
                            "given, or stdin; write one JSON line per input with the events found and why each "
                            'fired. An optional "context" (the article text before "text") lends antecedents '
                            'such as "the acquisition" or "X bought it" without reporting events of its own. '
                            "A line that cannot be read (not UTF-8, not a JSON object, no title or text) is "
                            'named on stderr and answered with {"line", "error"}; the exit status is then 1.')
    detect.add_argument("files", nargs="*", metavar="FILE", help="JSON-lines files to read (default, or -: stdin)")
    detect.add_argument("--no-resolve", action="store_true",
                        help="skip matching each event's company against the database's companies")
    detect.set_defaults(handler=cmd_detect)

    companies = sub.add_parser("companies", help="refresh SEC's company list, or add an alias",
                               description="Manage company identity: refresh SEC's company list, import former "
                               "names from EDGAR submissions files, or teach the database another name.")
    companies_sub = companies.add_subparsers(title="actions", metavar="ACTION")
    refresh = companies_sub.add_parser(
        "refresh", help="fetch SEC's company_tickers.json and update the companies",
        description="Fetch company_tickers.json from $UPHEAVAL_SEC_BASE/files/ (or read --file) and upsert "
        "every company and ticker; companies first seen in the news are kept.")
    refresh.add_argument("--file", metavar="PATH", help="read a saved company_tickers.json instead of fetching it")
    refresh.add_argument("--submissions", metavar="DIR",
                         help="also import former names from saved EDGAR submissions files (CIK##########.json)")
    refresh.set_defaults(handler=cmd_companies_refresh)
    alias = companies_sub.add_parser("alias", help='add an alias: companies alias "Facebook" "Meta Platforms"',
                                     description="Make ALIAS another name of COMPANY (resolved like a query).")
    alias.add_argument("alias", metavar="ALIAS", help="the other name, e.g. Facebook")
    alias.add_argument("company", metavar="COMPANY", help="the company it names, e.g. \"Meta Platforms\"")
    alias.set_defaults(handler=cmd_companies_alias)
    companies.set_defaults(handler=lambda args: companies.print_help() or 2)

    sources = sub.add_parser("sources", help="list the sources and their health",
                             description="List the configured sources with their last crawl, status, "
                             "consecutive errors, items seen, and how many items of the last run failed and why. "
                             "Status: ok (everything read and stored), not_modified (the source answered 304), "
                             "partial (the source answered, but some items it led to could not be read, e.g. a "
                             "filing index that answered 404, or a page that would not parse), error (the source "
                             "failed, or items it found could not be stored: the database stayed locked or the "
                             "disk was full). After partial or error the source's ETag and Last-Modified are not "
                             "saved, so the next crawl fetches it all again.")
    _add_sources_option(sources)
    sources.add_argument("--shard", metavar="K/N",
                         help="only the sources of shard K of N, what node K of N crawls: split by site (a "
                         "SHA-256 of each source's host and port), so a site is crawled by one node; docs/scale-out.md")
    sources.add_argument("--names", action="store_true",
                         help="print only the enabled sources' names, comma-separated, as spiders take them "
                         "(-a source=... or Scrapyd's schedule.json); needs no database")
    sources.set_defaults(handler=cmd_sources)

    ingest = sub.add_parser("ingest", help="load JSON-lines exports of crawls run elsewhere (Scrapyd nodes)",
                            description="Load the JSON-lines item exports of crawls that ran elsewhere (Scrapyd "
                            "nodes with FEEDS or items_dir, `scrapy crawl feeds -O items.jsonl`) into the database: "
                            "each file is one crawl, stored in the same batches, with the same runs and statuses, "
                            "as a local crawl (docs/scale-out.md). An item loaded twice is stored once; a file "
                            "already loaded whole (same content) is skipped. Malformed lines are skipped, counted "
                            "and named. Exit status as crawl: 0, 1 when a source's run is error or a file could "
                            "not be loaded, 3 when a run is partial or lines were malformed; 2 a usage error.")
    ingest.add_argument("targets", nargs="+", metavar="FILE|DIR|URI",
                        help="an export file (any name; .gz read too), a folder (its *.jsonl, *.jl, *.jsonlines "
                        "files, sub-folders included) or a file:// URI; copy s3:// or ftp:// exports to a folder "
                        "first")
    _add_sources_option(ingest)
    ingest.set_defaults(handler=cmd_ingest)

    reprocess = sub.add_parser("reprocess", help="recompute events from the stored articles",
                               description="Recompute every event from the stored articles, after detection "
                               "improves. Articles are kept; events are rebuilt.")
    reprocess.set_defaults(handler=cmd_reprocess)

    refresh_alerts = sub.add_parser(
        "refresh-alerts", help="recompute every company's stored alert for today",
        description="Recompute the stored alert (level, score, the events that count) of every company with "
        "events in the window, for today's date. Alerts are stored when events change; this moves the window. "
        "`upheaval run` does it after midnight UTC, and the first writer to open a database whose alerts are "
        "for another day does it too, so running it by hand is rarely needed.")
    refresh_alerts.add_argument("--if-due", action="store_true",
                                help="only when the stored alerts are not already for today")
    refresh_alerts.set_defaults(handler=cmd_refresh_alerts)

    train = sub.add_parser("train", help="fit the detector's model from labelled text (needs '.[train]')",
                           description="Fit the detector's case-blind model from the labelled sets whose licence "
                           "allows it (tfnt, FiQA, the project's own files, pipeline/detection/written/) and write "
                           "the artifact that `detect`, crawls and `reprocess` load. Deterministic: the same data "
                           "writes the same bytes. Needs scikit-learn: pip install -e '.[train]'.")
    train.add_argument("--corpus", metavar="DIR", type=Path, default=None,
                       help="the labelled corpus folder (default: ../shared/corpus/labeled beside the repo)")
    train.add_argument("--out", metavar="PATH", type=Path, default=None,
                       help="where to write the model (default: the committed pipeline/data/detector_model.json.gz)")
    train.set_defaults(handler=cmd_train)
    return parser


def _add_sources_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sources", metavar="FILE", default=settings.UPHEAVAL_SOURCES,
                        help=f"sources file (TOML; default {settings.UPHEAVAL_SOURCES})")


def _add_server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default=settings.UPHEAVAL_HOST, help=f"bind address (default {settings.UPHEAVAL_HOST})")
    parser.add_argument("--port", type=int, default=settings.UPHEAVAL_PORT, help=f"port (default {settings.UPHEAVAL_PORT})")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help=f"gunicorn worker processes (default {default_workers()}: $UPHEAVAL_WORKERS or one per "
                        "core, at least 2)")


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
    if not settings.UPHEAVAL_CONTACT and any(s.kind == "edgar" for s in chosen):
        from pipeline.spiders.edgar import CONTACT_MISSING

        print(f"upheaval: {CONTACT_MISSING}", file=sys.stderr)
    if os.path.exists(settings.UPHEAVAL_DB):  # a garbage file: one line naming it, before any source runs
        readonly.open_for_reading(settings.UPHEAVAL_DB).close()
    else:  # likewise a place the file cannot be created in
        store.open_db(settings.UPHEAVAL_DB).close()
    rows = run_crawl(chosen, settings.UPHEAVAL_DB, args.sources)
    return _print_runs(rows)


EXIT_SOURCE_FAILED = 1  # a source's run is `error`: it failed, or items it found were not stored
EXIT_ITEMS_FAILED = 3   # no run is `error`, but one is `partial`: some items it led to could not be read


def _print_runs(rows: list[dict]) -> int:
    width = max([len("source")] + [len(row["source"]) for row in rows])
    print(f"{'source':<{width}} {'status':<12} {'items':>6} {'new':>6} {'failed':>6}  error")
    for row in rows:
        print(f"{row['source']:<{width}} {row['status']:<12} {row['items']:>6} {row['new_articles']:>6} "
              f"{row.get('failed', 0):>6}  {row['error'] or ''}")
    failed = [row["source"] for row in rows if row["status"] == "error"]
    partial = [row["source"] for row in rows if row["status"] == "partial"]
    if failed:
        print(f"upheaval: failed: {', '.join(failed)}", file=sys.stderr)
    if partial:
        print(f"upheaval: some items failed: {', '.join(partial)}", file=sys.stderr)
    return EXIT_SOURCE_FAILED if failed else EXIT_ITEMS_FAILED if partial else 0


def cmd_backfill(args) -> int:
    from datetime import date

    from pipeline.crawl import run_backfill
    from pipeline.spiders.edgar import CONTACT_MISSING

    try:
        since = date.fromisoformat(args.since)
        until = date.fromisoformat(args.until) if args.until else None
    except ValueError as exc:
        print(f"upheaval: --since/--until must be dates like 2026-01-01 ({exc})", file=sys.stderr)
        return 2
    if not settings.UPHEAVAL_CONTACT:
        print(f"upheaval: {CONTACT_MISSING}", file=sys.stderr)
        return 2
    if since > (until or date.today()):
        print(f"upheaval: --since {since} is after --until {until or f'(today, {date.today()})'}", file=sys.stderr)
        return 2
    rows = run_backfill(since.isoformat(), until.isoformat() if until else None, settings.UPHEAVAL_DB, args.sources)
    return _print_runs(rows)


def cmd_serve(args) -> int:
    prepare_served_database(settings.UPHEAVAL_DB)
    taken = port_taken(args.host, args.port)
    if taken:
        print(f"upheaval: {taken}", file=sys.stderr)
        return 1
    if args.dev:
        from server import create_app

        # Reloads on code changes, but never Werkzeug's debugger: its console runs Python for any page
        # that can reach the port, whatever FLASK_DEBUG says.
        create_app({"BIND_HOST": args.host}).run(host=args.host, port=args.port, debug=False,
                                                 use_debugger=False, use_reloader=True)
        return 0
    os.execvpe(sys.executable, gunicorn_command(args.host, args.port, args.workers), server_environment(args.host))


def port_taken(host: str, port: int) -> str | None:
    """Why the API could not listen on host:port, or None. Checked before anything starts: gunicorn
    retries a taken port for 5 s and then exits, while `run` went on crawling with no API to serve."""
    import errno
    import socket

    try:
        family = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn binds
            probe.bind((host.strip("[]"), port))
    except OSError as exc:
        hint = (" (is another upheaval run or serve using it? choose another with --port)"
                if exc.errno == errno.EADDRINUSE else "")
        return f"cannot serve on {host}:{port}: {exc.strerror or exc}{hint}"
    return None


def open_existing_db(path: str):
    """The database for a command that only reads or recomputes what is stored (sources, reprocess): a
    missing file is an error, as for query and serve; crawl and run create one."""
    if not os.path.exists(path):
        raise readonly.DatabaseUnavailable(readonly.missing_file(path))
    return store.open_db(path)


def prepare_served_database(path: str) -> None:
    """Bring the file's schema up to date when this process may write it; a file it can only read (a
    read-only file, folder or mount) is served as it is, read-only. A missing file is an error, not a
    fresh database (readonly.missing_file)."""
    if not os.path.exists(path):
        raise readonly.DatabaseUnavailable(readonly.missing_file(path))
    try:
        store.open_db(path).close()
        return
    except (sqlite3.OperationalError, PermissionError) as exc:
        if isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorcode & 0xFF not in (
                sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise
    readonly.open_for_reading(path).close()  # or one line saying why it cannot be read either
    print(f"upheaval: {path} cannot be written here; serving it read-only", file=sys.stderr)


def server_environment(host: str) -> dict:
    """The workers answer only the hosts they are configured for (server/guard.py): the address bound
    here is one, whether it came from --host or UPHEAVAL_HOST."""
    return {**os.environ, "UPHEAVAL_HOST": host}


def default_workers() -> int:
    # The API is CPU-bound Python over SQLite reads: a process per core uses the machine, and at least
    # two keep one slow request from stalling every other.
    return settings.UPHEAVAL_WORKERS or max(2, os.cpu_count() or 1)


def gunicorn_command(host: str, port: int, workers: int) -> list[str]:
    # gthread workers keep connections alive (the extension reuses one), unlike sync workers.
    return [sys.executable, "-m", "gunicorn", "--config", "python:server.gunicorn_config",
            "--workers", str(workers), "--worker-class", "gthread",
            "--threads", "4", "--bind", f"{host}:{port}", "--access-logfile", "-", "--timeout", "30",
            "--keep-alive", "5", "server:create_app()"]


def cmd_publish(args) -> int:
    from datetime import datetime, timezone

    from pipeline.publish import PublishError, publish

    db = readonly.open_for_reading(settings.UPHEAVAL_DB, allow_copy=True)
    progress = None if args.quiet else (lambda line: print(f"publish: {line}", file=sys.stderr, flush=True))
    started = time.monotonic()
    try:
        outcome = publish(db, args.directory, datetime.now(timezone.utc).date(), settings.UPHEAVAL_WINDOW_DAYS, progress)
    except PublishError as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 1
    change = (f"{len(outcome.written):,} files written, {outcome.kept:,} unchanged, {len(outcome.pruned):,} pruned"
              if outcome.written else f"nothing new: no file changed ({outcome.kept:,} documents)")
    print(f"published {outcome.companies:,} flagged companies to {args.directory} "
          f"({outcome.total_bytes:,} bytes) in {time.monotonic() - started:.1f} s: {change}")
    return 0


def cmd_query(args) -> int:
    from pipeline.query import QueryError, run

    if not (args.sql or args.events or (args.name and args.name.strip())):
        print('upheaval: give a company name, --events or --sql "select ..."', file=sys.stderr)
        return 2
    if (args.atom or args.company) and not args.events:
        print("upheaval: --company and --atom go with --events", file=sys.stderr)
        return 2
    if args.atom and not args.company:
        print("upheaval: --atom needs at least one --company NAME", file=sys.stderr)
        return 2
    events_only = [option for option, value in (("--since", args.since), ("--kind", args.kind),
                                                 ("--limit", args.limit)) if value is not None]
    if events_only and not args.events:  # silently ignored, they would look like they had filtered
        print(f"upheaval: {' and '.join(events_only)} {'goes' if len(events_only) == 1 else 'go'} with --events",
              file=sys.stderr)
        return 2
    if args.name is not None and not (args.sql or args.events):
        from server.errors import BadRequest
        from server.validate import company_name

        try:  # the API's rules, so the CLI answers no name the API would refuse
            args.name = company_name(args.name, "the company name")
        except BadRequest as exc:
            print(f"upheaval: {exc.message}", file=sys.stderr)
            return 2
    try:
        return run(args, settings.UPHEAVAL_DB)
    except QueryError as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 2


def cmd_detect(args) -> int:
    from pipeline.detection import detect_events, model_scores
    from pipeline.companies import resolve_company

    index = None
    if not args.no_resolve and os.path.exists(settings.UPHEAVAL_DB):
        index = identity.company_index(store.open_db(settings.UPHEAVAL_DB, readonly=True))
    unreadable = [name for name in args.files if name != "-" and not os.access(name, os.R_OK)]
    if unreadable or any(os.path.isdir(name) for name in args.files):
        print(f"upheaval: cannot read {', '.join(unreadable or [n for n in args.files if os.path.isdir(n)])}",
              file=sys.stderr)
        return 2
    failed = 0
    for name, number, record, error in _detect_inputs(args.files or ["-"]):
        if error:
            failed += 1
            print(f"upheaval: {name}:{number}: {error}", file=sys.stderr)
            print(json.dumps({"line": number, "error": error}, ensure_ascii=False))  # one line out per line in
            continue
        published = record.get("published")
        title, text = str(record.get("title") or ""), str(record.get("text") or "")
        events = detect_events(title, text, str(published) if published else None,
                               context=str(record.get("context") or ""))
        scores = model_scores(title, text)
        rows = []
        for event in events:
            row = event.to_dict()
            if index is not None and event.company:
                found = resolve_company(event.company, index)
                row["match"] = ({"company_id": found.company.id, "name": found.company.name,
                                 "matched_on": found.matched_on, "confidence": found.confidence}
                                if found.company else None)
            rows.append(row)
        print(json.dumps({"title": record.get("title"), "events": rows,
                          "model": {kind: round(scores.of(kind), 3) for kind in EVENT_KINDS}},
                         ensure_ascii=False), flush=False)
    if failed:
        print(f"upheaval: {failed} line{'s' if failed > 1 else ''} could not be read", file=sys.stderr)
    return 1 if failed else 0


def _detect_inputs(files: list[str]):
    """(file name, line number, record, error) for every line of every file; "-" is stdin."""
    from pipeline.jsonl import records

    for name in files:
        if name == "-":
            yield from (("<stdin>", *row) for row in records(sys.stdin.buffer))
            continue
        with open(name, "rb") as handle:
            yield from ((name, *row) for row in records(handle))


def cmd_train(args) -> int:
    from pipeline.detection import model as detector_model
    from pipeline.detection import training

    corpus = args.corpus or training.DEFAULT_CORPUS
    out = args.out or detector_model.ARTIFACT
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("upheaval: training needs scikit-learn: .venv/bin/pip install -e '.[train]'", file=sys.stderr)
        return 2
    try:
        model = training.train(corpus, progress=lambda line: print(f"train: {line}", file=sys.stderr, flush=True))
    except (FileNotFoundError, ValueError) as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 2
    model.save(out)
    counts = ", ".join(f"{name} {sum(c.values())}" for name, c in model.card["trained_on"].items())
    print(f"model: {len(model.weights):,} features, thresholds merger {model.thresholds[0]} / departure "
          f"{model.thresholds[1]}, trained on {counts}; wrote {out} ({out.stat().st_size:,} bytes)")
    return 0


def cmd_companies_refresh(args) -> int:
    import urllib.error
    import urllib.request

    if args.file:
        with open(args.file, encoding="utf-8") as handle:
            raw = json.load(handle)
    else:
        url = f"{settings.UPHEAVAL_SEC_BASE.rstrip('/')}/files/company_tickers.json"
        request = urllib.request.Request(url, headers={"User-Agent": settings.SEC_USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                raw = json.load(response)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            print(f"upheaval: cannot fetch {url}: {reason} (offline? the bundled list stays in use)",
                  file=sys.stderr)
            return 1
    rows = identity.sec_rows(raw)
    db = store.open_db(settings.UPHEAVAL_DB)
    count = identity.seed_companies(db, rows)
    print(f"companies: {count} SEC companies upserted")
    if args.submissions:
        import glob

        names = 0
        for path in sorted(glob.glob(os.path.join(args.submissions, "CIK*.json"))):
            with open(path, encoding="utf-8") as handle:
                names += identity.import_former_names(db, json.load(handle))
        print(f"companies: {names} former names imported")
    return 0


def cmd_companies_alias(args) -> int:
    from pipeline.companies import resolve_company

    # An alias may be set before the first crawl: like crawl, this amending command creates the file.
    db = store.open_db(settings.UPHEAVAL_DB)
    found = resolve_company(args.company, identity.company_index(db))
    if found.company is None:
        if found.candidates:
            print(f"upheaval: {args.company!r} is ambiguous: " + "; ".join(c.name for c in found.candidates[:10]),
                  file=sys.stderr)
        else:
            print(f"upheaval: no company matches {args.company!r}", file=sys.stderr)
        return 1
    try:
        key = identity.add_alias(db, args.alias, found.company.id)
    except ValueError as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 2
    print(f"alias {key!r} -> {found.company.name} (id {found.company.id})")
    return 0


def cmd_sources(args) -> int:
    from pipeline.sources import parse_shard, select_shard

    configured = load_sources(args.sources)
    if args.shard:
        configured = select_shard(configured, parse_shard(args.shard))
    if args.names:  # for a node's schedule: no database there, and a named source runs even if disabled
        names = [source.name for source in configured if source.enabled]
        if not names:
            # An empty `-a source=` is no filter at all: the node would crawl every source. Say so instead.
            print(f"upheaval: no enabled sources{' in shard ' + args.shard if args.shard else ''}", file=sys.stderr)
            return 1
        print(",".join(names))
        return 0
    db = open_existing_db(settings.UPHEAVAL_DB)
    health = {row["name"]: row for row in store.source_health(db)}
    listed = [(source.name, source.kind, "yes" if source.enabled else "no", source.interval) for source in configured]
    # A backfill (edgar-backfill) and sources since taken out of the file have health too: listed after, "on" -.
    listed += [(name, row["kind"] or "-", "-", "-") for name, row in health.items()
               if name not in {source.name for source in configured}]
    table = [("name", "kind", "on", "every", "last crawl", "status", "errs", "items", "failed", "last error")]
    for name, kind, enabled, interval in listed:
        row = health.get(name, {})
        table.append((name, kind, enabled, interval, row.get("last_crawl") or "never", row.get("last_status") or "-",
                      str(row.get("consecutive_errors", 0)), str(row.get("items_seen", 0)),
                      str(row.get("last_failed") or 0), row.get("last_error") or ""))
    _print_table(table, numeric={6, 7, 8})
    return 0


def _print_table(table: list[tuple[str, ...]], numeric: set[int]) -> None:
    """Columns as wide as their widest cell (a long source name must not push its row out of line); the
    last column is free text, printed whole: it says why a source failed."""
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]) - 1)]
    for row in table:
        cells = [cell.rjust(width) if column in numeric else cell.ljust(width)
                 for column, (cell, width) in enumerate(zip(row, widths))]
        print(" ".join(cells) + "  " + row[-1])


def cmd_ingest(args) -> int:
    from pipeline.load_exports import ExportError, export_files, load_export

    sources = {source.name: source for source in load_sources(args.sources)}
    try:
        files = export_files(args.targets)
    except ExportError as exc:
        print(f"upheaval: {exc}", file=sys.stderr)
        return 2
    if not files:
        print(f"upheaval: no exports (*.jsonl, *.jl, *.jsonlines) in {', '.join(args.targets)}", file=sys.stderr)
        return 0
    store.open_db(settings.UPHEAVAL_DB).close()  # like crawl, ingest creates the file; or one line saying why not
    rows, refused, malformed = [], 0, 0
    for path in files:
        loaded = load_export(path, settings.UPHEAVAL_DB, sources, args.sources, settings.UPHEAVAL_BATCH_SIZE,
                             progress=None if sys.stderr.isatty() else _log_ingest_progress)
        rows += loaded.runs
        if loaded.already:
            print(f"ingest: {path}: loaded before ({loaded.already}, same content); skipped", file=sys.stderr)
            continue
        if loaded.error:
            refused += 1
            print(f"upheaval: {path}: not loaded: {loaded.error}", file=sys.stderr)
            continue
        for number, why in loaded.malformed[:MALFORMED_SHOWN]:
            print(f"upheaval: {path}:{number}: skipped: {why}", file=sys.stderr)
        malformed += len(loaded.malformed)
        skipped = f", {len(loaded.malformed)} malformed lines skipped" if loaded.malformed else ""
        print(f"ingest: {path}: {loaded.lines} lines, {loaded.items} items{skipped}", file=sys.stderr)
    code = _print_runs(rows) if rows else 0
    if refused:
        return EXIT_SOURCE_FAILED
    return code or (EXIT_ITEMS_FAILED if malformed else 0)


MALFORMED_SHOWN = 5  # per file: the first few say what is wrong; the count says how many


def _log_ingest_progress(name: str, done: int, total: int) -> None:
    # On a terminal StorePipeline redraws its own progress line; in a log, a line every 50,000.
    if done % 50_000 == 0 and done < total:
        print(f"ingest: {name}: {done:,}/{total:,} lines", file=sys.stderr, flush=True)


def cmd_reprocess(args) -> int:
    from pipeline.reprocess import reprocess_all

    db = open_existing_db(settings.UPHEAVAL_DB)
    reprocess_all(db, progress=lambda done, total: print(f"\rreprocessed {done}/{total} articles", end="",
                                                          file=sys.stderr, flush=True))
    print(file=sys.stderr)
    return 0


def cmd_refresh_alerts(args) -> int:
    from pipeline import company_alert

    db = open_existing_db(settings.UPHEAVAL_DB)  # opening already refreshes alerts for another day
    started = time.perf_counter()
    count = company_alert.refresh(db, only_if_outdated=args.if_due)
    if count is None:
        print("alerts: already up to date for today")
    else:
        print(f"alerts: {count} companies with events in the last {company_alert.WINDOW_DAYS} days, computed for "
              f"{company_alert.utc_today().isoformat()} in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_run(args) -> int:
    """Serve the API in a child process and run each due source's crawl in its own child process
    (Twisted's reactor cannot restart, and a crashed crawl must not take the server down)."""
    load_sources(args.sources)  # fail now, with a clear message, on a broken sources file
    store.open_db(settings.UPHEAVAL_DB).close()
    taken = port_taken(args.host, args.port)
    if taken:
        print(f"upheaval: {taken}", file=sys.stderr)
        return 1
    server = subprocess.Popen(gunicorn_command(args.host, args.port, args.workers), env=server_environment(args.host))
    print(f"upheaval: serving http://{args.host}:{args.port}/ ; crawling sources from {args.sources}", flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        while not stopping:
            refresh_alerts_if_due()
            due = due_sources(args.sources)
            if due:
                command = [sys.executable, "-m", "pipeline.cli", "crawl", "--sources", args.sources]
                for name in due:
                    command += ["--source", name]
                # Crawls are background work: at a lower CPU priority, the API's answers do not queue behind
                # parsing and detection when both share the machine's cores.
                subprocess.run(command, preexec_fn=_lower_priority)
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


CRAWL_NICENESS = 10


def _lower_priority() -> None:
    """Background work (crawls, the daily alert refresh) runs on CPU time the API does not want. A
    niceness alone still takes a share of a busy core, enough to double the API's p99 on two cores while a
    crawl writes (bench/api.py); Linux's SCHED_IDLE runs it only when a core would otherwise idle. It
    never blocks the API for long: readers never wait for a writer's lock (WAL)."""
    try:
        os.nice(CRAWL_NICENESS)
    except OSError:  # not permitted here: run at the same priority rather than not at all
        pass
    if hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        except OSError:  # not permitted (a container may refuse it): the niceness stands
            pass


def refresh_alerts_if_due() -> None:
    """The window moves at midnight UTC: the first round after it recomputes every stored alert, in a
    child process at the crawls' lower priority (background work, like them). A read when nothing is due."""
    from pipeline import company_alert

    db = store.open_db(settings.UPHEAVAL_DB, readonly=True)
    try:
        due = company_alert.refresh_due(db)
    finally:
        db.close()
    if due:
        subprocess.run([sys.executable, "-m", "pipeline.cli", "refresh-alerts", "--if-due"],
                       preexec_fn=_lower_priority)


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
