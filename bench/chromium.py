"""The system's headless Chromium, as the explorer benchmark and browser tests launch it.

The Debian package ``chromium`` is used (Playwright's own browser download never is); the
flags keep it offline and quiet so timings and tests measure the page, not the browser.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def launch_chromium(playwright):
    """A Playwright browser running the system Chromium with :data:`CHROMIUM_ARGS`."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
