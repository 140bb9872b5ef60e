"""Which requests a browser may make of this server: the Host it answers, who may write, and in what form.

DNS rebinding: a page on evil.example can point its own name at 127.0.0.1 and then read this server as
if it were same-origin. The browser still sends `Host: evil.example`, so only the host names the server
is configured for are answered (421 otherwise): loopback by name and address, the address it is bound
to, and UPHEAVAL_ALLOWED_HOSTS. When bound to every interface (0.0.0.0 or ::), any IP-address Host is
answered too, since rebinding needs a name.

Cross-site writes: any page may POST to any address without asking first, as long as the request is a
"simple" one (text/plain, a form). So every POST must say `Content-Type: application/json` (415
otherwise), which a page can only send after a CORS preflight that only configured origins pass, and a
browser's `Origin` must be a browser extension's or a configured one (403 otherwise). Programs outside
browsers (curl, the tests) send no Origin and pass.
"""

from __future__ import annotations

import ipaddress

from server.errors import Refused

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
EVERY_INTERFACE = ("0.0.0.0", "::", "[::]", "")
EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://", "safari-web-extension://")
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def host_name(host: str) -> str:
    """`Host` without its port, lower-cased, an IPv6 address kept in brackets: `[::1]:8080` -> `[::1]`."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[:host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0].rstrip(".") if host.count(":") == 1 else host.rstrip(".")


def allowed_hosts(bound_host: str, configured) -> tuple[frozenset[str], bool]:
    """(the host names answered, whether any IP-address Host is answered too); `*` turns the check off."""
    if isinstance(configured, str):
        configured = configured.split(",")
    names = {host_name(name) for name in configured or () if name.strip()}
    bound = host_name(bound_host or "")
    if ":" in bound and not bound.startswith("["):
        bound = f"[{bound}]"  # an IPv6 bind address arrives bare; a Host header brackets it
    names.update(LOOPBACK_HOSTS)
    every_interface = bound in EVERY_INTERFACE
    if not every_interface:
        names.add(bound)
    return frozenset(names), every_interface


def is_ip_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
        return True
    except ValueError:
        return False


def write_origin_allowed(origin: str | None, configured: frozenset[str]) -> bool:
    if origin is None:
        return True  # not a browser page: browsers send Origin on every cross-origin POST
    return origin.startswith(EXTENSION_SCHEMES) or origin.rstrip("/") in configured


def request_check(app, cors_origins: frozenset[str]):
    """The check server/__init__.py runs before every request, first: raises Refused, else returns None."""
    hosts, any_address = allowed_hosts(app.config["BIND_HOST"], app.config["ALLOWED_HOSTS"])
    check_host = "*" not in hosts

    def refuse_foreign_requests(req) -> None:
        if check_host:
            name = host_name(req.host)
            if name not in hosts and not (any_address and is_ip_address(name)):
                raise Refused(421, f"this server does not answer for host {name!r}; add it to "
                                   "UPHEAVAL_ALLOWED_HOSTS if it is meant to")
        if req.method in WRITE_METHODS and req.routing_exception is None:  # else 404/405 says it better
            if not write_origin_allowed(req.headers.get("Origin"), cors_origins):
                raise Refused(403, "writes are accepted only from the browser extension or a configured origin")
            if req.mimetype != "application/json":
                raise Refused(415, "the body must be JSON, sent with Content-Type: application/json")

    return refuse_foreign_requests
