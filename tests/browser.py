"""Drive Debian's headless Chromium from tests, with every route to the network shut.

The network page promises to work offline and to keep hostile article text inert; only a
real browser running the page's scripts can show that. ``--dump-dom`` after a virtual-time
budget gives the DOM as the scripts left it, which is all the tests need, so no DevTools
client is required. The proxy and host-resolver flags make any fetch fail, so a page that
still works has needed nothing from outside.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Page", "chromium_path", "dump_dom", "screenshot"]

INSTALL_HINT = "run `bash .ci/install-chromium.sh` (as root) to install Debian's chromium"

_OFFLINE_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    # Console messages (script errors, CSP violations) go to stderr as "...:CONSOLE..." lines.
    "--enable-logging=stderr",
    "--v=0",
)


@dataclass(frozen=True, slots=True)
class Page:
    """What a page left behind: its final DOM and the console messages it logged."""

    dom: str
    console: tuple[str, ...]


def chromium_path() -> str:
    """Return the Chromium binary, or fail loudly: these tests must never skip silently."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).is_file():
        raise RuntimeError(f"Chromium not found (looked for {found!r}); {INSTALL_HINT}")
    return found


def _run(url: str, extra: list[str], *, budget_ms: int, timeout: float) -> Page:
    with tempfile.TemporaryDirectory(prefix="dg-chromium-") as profile:
        command = [
            chromium_path(),
            *_OFFLINE_FLAGS,
            f"--user-data-dir={profile}",
            f"--virtual-time-budget={budget_ms}",
            *extra,
            url,
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False, cwd=profile
        )
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited {done.returncode}: {done.stderr[-2000:]}")
    console = tuple(line for line in done.stderr.splitlines() if ":CONSOLE" in line)
    return Page(done.stdout, console)


def dump_dom(url: str, *, budget_ms: int = 5000, timeout: float = 90.0) -> Page:
    """Load ``url`` (usually ``Path.as_uri()`` plus a ``#hash``); return its final DOM."""
    return _run(url, ["--dump-dom"], budget_ms=budget_ms, timeout=timeout)


def screenshot(
    url: str, out: Path, *, size: tuple[int, int] = (1400, 900), budget_ms: int = 5000
) -> Path:
    """Save a PNG of ``url`` as rendered after ``budget_ms`` of virtual time."""
    extra = [f"--screenshot={out}", f"--window-size={size[0]},{size[1]}", "--hide-scrollbars"]
    _run(url, extra, budget_ms=budget_ms, timeout=90.0)
    if not out.is_file():
        raise RuntimeError(f"chromium wrote no screenshot to {out}")
    return out
