"""Serve a built site on 127.0.0.1 under its site_url path (/wiki/), as GitHub Pages would, and find the
browser: Debian's Chromium, never a downloaded build."""

import functools
import os
import shutil
import subprocess
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from wikilib.layout import ROOT

PREFIX = "/wiki"
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "reports" / "screenshots"  # test artifacts (CI uploads reports/)


class _Handler(SimpleHTTPRequestHandler):
    def translate_path(self, path):
        if not (path == PREFIX or path.startswith(PREFIX + "/")):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path(path[len(PREFIX) :] or "/")

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class SiteServer:
    def __init__(self, site: Path):
        handler = functools.partial(_Handler, directory=str(site))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{PREFIX}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def ensure_chromium() -> str | None:
    """None when Chromium is there (installed with apt-get if missing and possible), else why not."""
    if CHROMIUM.exists():
        return None
    apt = shutil.which("apt-get")
    if apt is None:
        return "no /usr/bin/chromium and no apt-get to install it"
    cmd = [apt, "install", "-y", "-q", "chromium", "fonts-noto-cjk"]
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            return "no /usr/bin/chromium, and installing it needs root (no sudo)"
        cmd = ["sudo", "-n", *cmd]
    env = {"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0 or not CHROMIUM.exists():
        return f"could not install chromium with apt-get: {proc.stderr.strip()[-300:]}"
    return None
