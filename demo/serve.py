"""Serve the fictional demo web on 127.0.0.1 so the crawler has a real web to read.

The server behaves like a small static host: files under ``demo/web``, real 404s (no
directory listings, no files starting with ``_``), permanent redirects declared in
``demo/web/_redirects.json`` and a ``robots.txt`` at the root.

Examples
--------
>>> with DemoWeb() as web:                                   # doctest: +SKIP
...     web.seed_urls()[0]
'http://127.0.0.1:40123/ferrand/'

``python -m demo.serve`` serves it until Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

DEMO_DIR = Path(__file__).resolve().parent
WEB_ROOT = DEMO_DIR / "web"
SEEDS_FILE = DEMO_DIR / "seeds.txt"
REDIRECTS_FILE = "_redirects.json"
STOP_TIMEOUT = 5.0


def read_redirects(root: Path) -> dict[str, str]:
    """Old path → new path, as a static host's redirect table declares them."""
    path = root / REDIRECTS_FILE
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def read_seeds(path: Path = SEEDS_FILE) -> list[str]:
    """Site roots relative to the web root, one per line (``#`` starts a comment)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line.lstrip("/") for line in lines if line]


class DemoRequestHandler(SimpleHTTPRequestHandler):
    """Static files with redirects and real 404s, and no access log on stderr."""

    redirects: dict[str, str] = {}

    def send_head(self):
        path = urlsplit(self.path).path
        target = self.redirects.get(path)
        if target is not None:
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if any(part.startswith("_") for part in path.split("/")):
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        local = Path(self.translate_path(self.path))
        if local.is_dir() and path.endswith("/") and not (local / "index.html").exists():
            # A static host answers 404 here, not a directory listing.
            self.send_error(HTTPStatus.NOT_FOUND)
            return None
        return super().send_head()

    def log_message(self, format, *args) -> None:  # noqa: A002 - signature from the stdlib
        pass


class DemoWeb:
    """The demo web on a free port of 127.0.0.1, served from a daemon thread.

    Use as a context manager; ``stop()`` shuts the server down within a few seconds.
    """

    def __init__(self, root: Path = WEB_ROOT, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root)
        self.host = host
        self.port = port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> DemoWeb:
        if self._server is not None:
            return self
        handler = type(
            "BoundDemoRequestHandler",
            (DemoRequestHandler,),
            {"redirects": read_redirects(self.root)},
        )
        self._server = ThreadingHTTPServer(
            (self.host, self.port), partial(handler, directory=str(self.root))
        )
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="demo-web",
            daemon=True,
        )
        self._thread.start()
        return self

    @property
    def base_url(self) -> str:
        """Root URL with a trailing slash, e.g. ``http://127.0.0.1:40123/``."""
        if self._server is None:
            raise RuntimeError("DemoWeb is not started")
        return f"http://{self.host}:{self.port}/"

    def url(self, path: str) -> str:
        """Absolute URL of a root-relative path such as ``/oakley/``."""
        return urljoin(self.base_url, path.lstrip("/"))

    def seed_urls(self) -> list[str]:
        """Absolute URLs of the site roots listed in ``demo/seeds.txt``."""
        return [self.url(seed) for seed in read_seeds()]

    def stop(self) -> None:
        if self._server is None:
            return
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if thread is not None and thread.is_alive():
            server.shutdown()  # returns once serve_forever's loop (0.1 s polls) has exited
        server.server_close()
        if thread is not None:
            thread.join(timeout=STOP_TIMEOUT)

    def __enter__(self) -> DemoWeb:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the fictional demo web on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` stops as cleanly as Ctrl-C
    with DemoWeb(port=args.port) as web:
        print(f"demo web at {web.base_url} — Ctrl-C to stop", flush=True)
        for seed in web.seed_urls():
            print(f"  {seed}")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopping")


if __name__ == "__main__":
    main()
