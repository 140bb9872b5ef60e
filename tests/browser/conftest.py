"""Browser-test fixtures; they live in harness.py, which test files also import helpers from."""

from harness import api_servers, flagged_proxy, chromium_executable, playwright_instance, extension_browser  # noqa: F401
