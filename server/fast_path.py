"""GET /api/v1/alerts answered without Flask's per-request machinery, in front of it.

Why it exists: a single lookup is the request the extension makes most (a badge per job page), and most of
its time in Flask was Flask's own, not the lookup's: the request and application contexts, routing, the
dispatch of hooks and signals, the response's finalisation (docs/api.md, "Speed"). This layer wraps
`app.wsgi_app` (server/__init__.py installs it; ALERTS_FAST_PATH, UPHEAVAL_API_FAST_PATH=0 switches it off)
and answers the plain case of that one route by calling the very functions Flask's hook, view and
after_request hook call: the app's request checks (guard, query string, rate limit), alerts.answer (the
parameters, the lookup, the body, the ETag and the conditional 304, the cache headers) and the CORS
headers. No rule has a second copy here; what this module decides is only which requests it may answer.

Everything else goes to Flask unchanged: other paths and methods (HEAD and OPTIONS too), a query string
with anything but ASCII in it or with parameters the route does not take or takes twice, every request that
ends in an error (a refused check, a bad parameter, a lookup that raises: Flask's error handlers write
every error), and every request while the app runs anything around its views that this layer does not
repeat (a hook added later, a receiver of Flask's request signals such as a metrics extension, sessions).
A refused check is handed over with its refusal (CHECKED), so Flask answers it without checking, and
counting, the request a second time.
"""

from __future__ import annotations

from flask import signals

from server import alerts, validate

PATH = "/api/v1/alerts"
ENDPOINT = "alerts.get_alert"
PARAMETERS = frozenset({"company", "domain", "ats"})
# The environ key that hands Flask a request this layer has checked: None when it passed, else the refusal
# to raise. A client cannot set it: the headers it sends arrive as HTTP_* keys.
CHECKED = "upheaval.fast_path.checked"

# The signals Flask sends around every request it answers: a receiver (metrics, request logging) would miss
# the requests answered here.
_REQUEST_SIGNALS = (signals.request_started, signals.request_finished, signals.request_tearing_down,
                    signals.got_request_exception, signals.appcontext_pushed, signals.appcontext_popped,
                    signals.appcontext_tearing_down)
# Flask's hooks of every kind; those the app has when the layer is installed are the ones it repeats.
_HOOKS = ("before_request_funcs", "after_request_funcs", "teardown_request_funcs", "teardown_appcontext_funcs",
          "url_value_preprocessors", "url_default_functions")


def install(app, check_request, finish_response=None) -> bool:
    """Put the fast path in front of `app.wsgi_app`. `check_request(request)` is the app's before_request
    work; `finish_response(response, request)` its after_request work (or None). Returns False, installing
    nothing, when the app routes or checks requests in a way this layer does not repeat."""
    config = app.config
    if (config.get("SERVER_NAME") or config.get("TRUSTED_HOSTS") is not None or app.url_map.host_matching
            or app.subdomain_matching):
        return False  # Flask would check or route by host name
    rule, _ = app.url_map.bind("localhost").match(PATH, "GET", return_rule=True)
    if rule.endpoint != ENDPOINT:
        return False
    app.wsgi_app = AlertsFastPath(app, app.wsgi_app, rule, check_request, finish_response)
    return True


def _copy(hooks):
    return [*hooks] if isinstance(hooks, list) else {key: [*funcs] for key, funcs in hooks.items()}


class AlertsFastPath:
    """The WSGI layer: answers GET /api/v1/alerts's plain case, hands every other request to `flask_wsgi_app`."""

    def __init__(self, app, flask_wsgi_app, rule, check_request, finish_response):
        self.app = app
        self.flask_wsgi_app = flask_wsgi_app
        self.rule = rule
        self.check_request = check_request
        self.finish_response = finish_response
        self.hooks = [(name, _copy(getattr(app, name))) for name in _HOOKS]

    def __call__(self, environ, start_response):
        app = self.app
        query = environ.get("QUERY_STRING", "")
        if (environ["REQUEST_METHOD"] != "GET" or environ.get("PATH_INFO") != PATH or not validate.ascii_query(query)
                or not self.covers_the_app()
                or "werkzeug.debug.preserve_context" in environ):  # a test client keeping Flask's contexts
            return self.flask_wsgi_app(environ, start_response)
        req = app.request_class(environ)
        args = req.args  # Werkzeug's parse, as the view's
        if len(args) != query.count("&") + 1 or not args.keys() <= PARAMETERS:
            return self.flask_wsgi_app(environ, start_response)  # a parameter twice, an empty one, another one
        # What Flask's routing finds for this path and method: the checks read the request's blueprint.
        req.url_rule, req.view_args = self.rule, {}
        # As Flask's dispatch does for every request: from now on the app refuses new hooks and handlers.
        app._got_first_request = True
        try:
            self.check_request(req)
        except Exception as refusal:
            environ[CHECKED] = refusal
            return self.flask_wsgi_app(environ, start_response)
        try:
            response = alerts.answer(app, req)
        except Exception:  # a bad parameter, or a lookup that fails: Flask's view runs it again and answers
            environ[CHECKED] = None
            return self.flask_wsgi_app(environ, start_response)
        if self.finish_response is not None:
            response = self.finish_response(response, req)
        return response(environ, start_response)

    def covers_the_app(self) -> bool:
        """Whether Flask would run nothing around the view but what this layer repeats."""
        app = self.app
        for name, known in self.hooks:
            if getattr(app, name) != known:
                return False
        for signal in _REQUEST_SIGNALS:
            if signal.receivers:
                return False
        return app.secret_key is None  # no sessions to open or save
