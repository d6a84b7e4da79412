"""Write the README's pictures of ``planverksted run``: docs/img/live-room.png and
docs/img/live-facilitator.png, by headless Chromium (the tests' DevTools client).

The seed's workshop at 13.57: the room's page on a 1280 x 720 projector, and the
facilitator's page (1280 x 900) after ``+`` was pressed six times.

    python tools/live_screenshots.py          # needs Chromium (/usr/bin/chromium or $CHROMIUM)
"""

from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import Browser, find_chromium  # noqa: E402

SEED = ROOT / "examples" / "kommunestyre-tett-pa.yaml"
IMAGES = ROOT / "docs" / "img"


def shoot(browser: Browser, url: str, target: Path, width: int, height: int, plus: int) -> None:
    browser.send(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    browser.open(url)
    browser.evaluate("localStorage.clear()")
    browser.reload()
    for _ in range(plus):
        browser.press("+")
    shot = browser.send("Page.captureScreenshot", {"format": "png"})
    target.write_bytes(base64.b64decode(shot["data"]))
    print(f"wrote {target}", file=sys.stderr)


def main() -> int:
    chromium = find_chromium()
    if chromium is None:
        print("no Chromium: install the chromium package, or set $CHROMIUM", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        room = Path(folder) / "live.html"
        subprocess.run(
            [sys.executable, "-m", "planverksted", "run", str(SEED), "-o", str(room)], check=True
        )
        facilitator = room.with_name("live.prosessleder.html")
        browser = Browser(chromium)
        try:
            query = "?now=13:57"
            shoot(browser, room.as_uri() + query, IMAGES / "live-room.png", 1280, 720, 0)
            shoot(
                browser,
                facilitator.as_uri() + query,
                IMAGES / "live-facilitator.png",
                1280,
                900,
                6,
            )
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
