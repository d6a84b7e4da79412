"""Write the README's pictures of the run-sheet on paper: docs/img/*.png from the Typst PDFs.

The seed's workshop rendered as the Quick start renders it (``render … -o kjoreplan.pdf``),
and as the compact run-sheet and the participants' handout, each page drawn by poppler's
``pdftoppm``:

    python tools/paper_pictures.py            # needs the [pdf] extra and pdftoppm (poppler-utils)

It writes kjoreplan-N.png, kjoreplan-kompakt-N.png and program-deltakere-N.png (one a page)
and removes pages of an earlier, longer run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "kommunestyre-tett-pa.yaml"
IMAGES = ROOT / "docs" / "img"
RESOLUTION = 70
"""Dots per inch of the pictures: an A4 page 579 × 819 pixels, its 9 pt text readable."""

SHEETS = {
    "kjoreplan": [],  # the Quick start's kjoreplan.pdf
    "kjoreplan-kompakt": ["--layout", "compact"],
    "program-deltakere": ["--audience", "participant"],
}


def main(target: Path = IMAGES) -> None:
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for name, options in SHEETS.items():
            pdf = Path(work) / f"{name}.pdf"
            subprocess.run(
                [sys.executable, "-m", "planverksted", "render", str(SEED), "-o", str(pdf),
                 *options],
                check=True,
                stderr=subprocess.DEVNULL,
            )  # fmt: skip
            for old in target.glob(f"{name}-[0-9]*.png"):
                old.unlink()
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(RESOLUTION), str(pdf), str(target / name)],
                check=True,
            )
            print(f"wrote {', '.join(sorted(p.name for p in target.glob(f'{name}-[0-9]*.png')))}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else IMAGES)
