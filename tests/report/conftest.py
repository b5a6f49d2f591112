"""A real headless Chromium for the report tests, driven by Playwright, and a folder for screenshots.

Chromium is Debian's (``chromium``), found through ``BILAT_CHROMIUM``, then ``chromium`` on the PATH, then
``/usr/bin/chromium``. When it is missing (or Playwright is not installed) a browser test fails under
``CI=true`` and is skipped otherwise, the policy of ``require_shared`` in tests/conftest.py.

Fixtures:

- ``browser`` (session): one Chromium with a fresh profile directory, no network services, no sandbox.
- ``page`` (per test): a new tab. Pages are loaded from files (``page.goto(path.as_uri())``) or set with
  ``page.set_content``; any request that would leave the machine (http, https, ws ...) is refused, and
  the test errors at teardown, naming the URLs, so a page that needs a CDN cannot pass.
- ``screenshot_dir`` (session): tests/out/screenshots (tests/out/ is gitignored), created on demand.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page, Route

SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def _missing(what: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} and CI=true: the browser tests are required")
    pytest.skip(what)


def chromium_path() -> Path:
    """The Chromium executable: ``BILAT_CHROMIUM`` when set (it must exist), else the one on the PATH,
    else Debian's; fails under CI=true and skips otherwise when there is none."""
    chosen = os.environ.get("BILAT_CHROMIUM")
    if chosen:
        if not os.access(chosen, os.X_OK):
            pytest.fail(f"BILAT_CHROMIUM={chosen} is not an executable file")
        return Path(chosen)
    found = shutil.which("chromium")
    if found:
        return Path(found)
    if os.access(DEBIAN_CHROMIUM, os.X_OK):
        return DEBIAN_CHROMIUM
    _missing("chromium is not installed (apt-get install chromium, or set BILAT_CHROMIUM)")


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[dev]')")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(executable),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1024, "height": 768},
            offline=True,
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: BrowserContext) -> Iterator[Page]:
    tab = browser.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    refused: list[str] = []

    def local_only(route: Route) -> None:
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            refused.append(url)
            route.abort("blockedbyclient")

    tab.route("**/*", local_only)
    try:
        yield tab
    finally:
        tab.close()
    if refused:
        pytest.fail(f"the page asked the network for {refused}: pages must be self-contained")


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
