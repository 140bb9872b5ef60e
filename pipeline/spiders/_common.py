"""Small helpers the spiders share (not a spider: spiders never import each other)."""

from __future__ import annotations


def content_type(response) -> str:
    return response.headers.get("Content-Type", b"").decode("latin-1")


def validators(response) -> tuple[str | None, str | None]:
    """The response's ETag and Last-Modified, for the next conditional GET."""
    etag = response.headers.get("ETag")
    modified = response.headers.get("Last-Modified")
    return (etag.decode("latin-1") if etag else None, modified.decode("latin-1") if modified else None)


def one_line(failure) -> str:
    """Why a request failed, in one line: an HTTP status, or the exception's name and message."""
    response = getattr(failure.value, "response", None)
    if response is not None:
        return f"HTTP {response.status} from {response.url}"
    text = failure.getErrorMessage() or failure.type.__name__
    return f"{failure.type.__name__}: {' '.join(text.split())[:200]}"
