"""The alerts API: a Flask app factory with small views over the pipeline's read functions.

Configuration comes from pipeline.settings (environment variables, documented in docs/api.md);
`test_config` overrides any key for one app.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask


def create_app(test_config: dict | None = None) -> Flask:
    from pipeline import settings

    app = Flask(__name__)
    app.config.from_mapping(
        DATABASE=settings.UPHEAVAL_DB,
        WINDOW_DAYS=settings.UPHEAVAL_WINDOW_DAYS,
        CORS_ORIGINS=settings.UPHEAVAL_CORS_ORIGINS,
        BIND_HOST=settings.UPHEAVAL_HOST,
        ALLOWED_HOSTS=settings.UPHEAVAL_ALLOWED_HOSTS,
        RATE_LIMIT=settings.UPHEAVAL_RATE_LIMIT,
        RATE_LIMIT_STORAGE=settings.UPHEAVAL_RATE_LIMIT_STORAGE,
        CACHE_SECONDS=settings.UPHEAVAL_CACHE_SECONDS,
        TRUSTED_PROXIES=settings.UPHEAVAL_TRUSTED_PROXIES,
        ALERTS_FAST_PATH=settings.UPHEAVAL_API_FAST_PATH,
        CORRECTIONS_DB=settings.UPHEAVAL_CORRECTIONS_DB,
        CORRECTIONS_KEEP=10_000,  # reports kept at most: anything may post them, so the file must not grow forever
        CORRECTIONS_KEEP_DAYS=180,  # and for how long: an operator reviews them well within that
        MAX_CONTENT_LENGTH=256 * 1024,  # a full batch is far smaller; more is a mistake or an attack
        JSON_SORT_KEYS=False,
    )
    if test_config:
        app.config.update(test_config)
    if not app.config["CORRECTIONS_DB"]:
        app.config["CORRECTIONS_DB"] = str(Path(app.config["DATABASE"]).with_name("corrections.db"))
    app.json.sort_keys = False
    app.json.compact = True

    from flask import request

    from server import (alerts, browse, corrections, cors, db, errors, fast_path, feed, guard, health, ratelimit,
                        snapshot)
    from server.validate import refuse_undecodable_query

    db.init_app(app)
    errors.init_app(app)
    add_cors_headers = cors.init_app(app)
    for blueprint in (alerts.bp, browse.bp, snapshot.bp, feed.bp, corrections.bp, health.bp):
        app.register_blueprint(blueprint)
    # Every request's checks, in order: who may ask (guard: a refused request is not counted), what was
    # sent, then how often (the rate limit). One hook runs them all: Flask's dispatch of a hook costs
    # more than most of these checks do.
    checks = [guard.request_check(app, cors.parse_origins(app.config["CORS_ORIGINS"])), refuse_undecodable_query]
    rate_limit = ratelimit.request_check(app, exempt=[health.bp])
    if rate_limit is not None:
        checks.append(rate_limit)

    def check_request(req) -> None:
        """Raises the first check's refusal (server/errors.py answers it), else returns None."""
        for check in checks:
            check(req)

    @app.before_request
    def run_request_checks():
        req = request._get_current_object()  # one proxy lookup for every check
        # A request the fast path has checked and handed over is not checked (nor counted by the rate limit)
        # a second time: its outcome comes with it.
        environ = req.environ
        if fast_path.CHECKED not in environ:
            check_request(req)
        elif environ[fast_path.CHECKED] is not None:
            raise environ[fast_path.CHECKED]

    if app.config["ALERTS_FAST_PATH"]:
        # GET /api/v1/alerts's plain case without Flask's per-request machinery, by the same functions
        # (server/fast_path.py says why).
        fast_path.install(app, check_request, add_cors_headers)
    if app.config["TRUSTED_PROXIES"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Outermost, so that the fast path and Flask both see the forwarded client, host and scheme.
        proxies = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
    return app
