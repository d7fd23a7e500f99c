"""Regenerate docs/report.png: the HTML report of the `dataexam demo` persona in headless Chromium.

Usage: python docs/screenshot.py  (needs chromium; writes docs/report.png, about 200 KB)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import open_page  # noqa: E402

from dataexam import api  # noqa: E402
from dataexam import report as report_module  # noqa: E402
from dataexam.persona import export_paths, write_persona  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = export_paths(write_persona(Path(tmp), seed=1))
        page = Path(tmp) / "report.html"
        with page.open("w", encoding="utf-8") as fh:
            report_module.render(api.report(paths), "html", fh, redact=True)
        # the at-a-glance list, then the week heatmap of the first topic section
        probe = ("document.querySelectorAll('#s-glance li:nth-child(n+9), #s-compare, #s-run, #f-timezone, "
                 "#f-sleep, #f-social_jetlag, #f-late_nights').forEach(e => e.style.display = 'none'); 1")
        result = open_page(page, ROOT / "docs" / "report.png", probe=probe, width=860, height=1100)
        if result.console_errors or result.exceptions or result.requests:
            raise SystemExit(f"the page did not render cleanly: {result}")
    print(ROOT / "docs" / "report.png", (ROOT / "docs" / "report.png").stat().st_size, "bytes")


if __name__ == "__main__":
    main()
