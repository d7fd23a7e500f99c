"""The HTML report: one self-contained offline file with charts; checked in a real headless Chromium."""

from __future__ import annotations

import io
import os
import re

import pytest
from browser import chromium_path, open_page
from report_data import demo_report

from dataexam import report as report_module
from dataexam.report.html import plotly_js

SECTIONS = ("glance", "compare", "run", "clock", "places", "words", "life", "money", "people", "platforms", "score",
            "actions", "not-attempted")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    buf = io.StringIO()
    report_module.render(demo_report(tmp_path_factory)[0], "html", buf)
    return buf.getvalue()


def test_self_contained_and_offline(page):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "font-src 'none'" in csp
    assert "'unsafe-eval'" not in csp and "script-src 'sha256-" in csp
    report_part = page.replace(plotly_js(), "")
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', report_part)  # no CDN, no remote link
    assert "@import" not in report_part and "@font-face" not in report_part
    assert '<meta name="viewport"' in page and "@media print" in page
    for section in SECTIONS:
        assert f'data-section="{section}"' in page, section
    assert page.count("MOCK — NOT A CREDIT SCORE") == 1
    assert len(page) < 6_000_000  # the plotly bundle is ~4.8 MB of it


def test_charts_are_plotly_figures(page):
    for div in ("chart-routine-0", "chart-mood-0", "chart-spending-0", "chart-spending-1", "chart-trips-0",
                "chart-devices-0", "chart-languages-0", "chart-trust_score-0"):
        assert f'id="{div}"' in page, div
    import json

    figures = json.loads(re.search(r'<script type="application/json" id="dataexam-figures">(.*?)</script>', page,
                                   re.S).group(1))
    heatmap = figures["chart-routine-0"]["data"][0]
    assert heatmap["type"] == "heatmap" and len(heatmap["z"]) == 7 and len(heatmap["z"][0]) == 24
    assert heatmap["hovertemplate"] == "%{y} %{x}:00 · %{z} records<extra></extra>"
    assert figures["chart-mood-0"]["layout"]["shapes"][0]["x0"] == "2022-07-18"  # the low period drawn


def test_detail_full_opens_the_folded_parts(tmp_path_factory):
    buf = io.StringIO()
    report_module.render(demo_report(tmp_path_factory)[0], "html", buf, detail="full")
    assert "<details open><summary>How this was found" in buf.getvalue()


def test_renders_in_headless_chromium(page, tmp_path):
    if chromium_path() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is required in CI (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium); CI installs it and runs this test")
    html_file = tmp_path / "report.html"
    html_file.write_text(page, encoding="utf-8")
    probe = ("JSON.stringify({charts: +document.documentElement.dataset.charts,"
             " plots: document.querySelectorAll('.js-plotly-plot .main-svg').length,"
             " sections: Array.from(document.querySelectorAll('[data-section]')).filter("
             "   s => s.getBoundingClientRect().height > 0).map(s => s.dataset.section),"
             " heatmap: document.querySelectorAll('#chart-routine-0 .hm, #chart-routine-0 image').length,"
             " width: document.documentElement.scrollWidth})")
    result = open_page(html_file, tmp_path / "report.png", probe=probe)
    import json

    info = json.loads(result.probe)
    assert result.console_errors == [] and result.exceptions == [] and result.log_errors == []
    assert result.requests == []  # not one network request
    assert info["charts"] >= 8 and info["plots"] >= info["charts"]
    assert set(SECTIONS) <= set(info["sections"])
    assert info["heatmap"] >= 1
    png = (tmp_path / "report.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def test_phone_width_has_no_sideways_scroll(page, tmp_path):
    if chromium_path() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is required in CI (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    html_file = tmp_path / "report.html"
    html_file.write_text(page, encoding="utf-8")
    result = open_page(html_file, tmp_path / "phone.png", width=390, height=844,
                       probe="document.documentElement.scrollWidth")
    assert result.probe <= 390 + 2
    assert result.console_errors == [] and result.requests == []


def test_hostile_record_text_cannot_inject_markup():
    from datetime import UTC, datetime, timedelta

    from test_inference_synth import START, Stream, person

    from dataexam.inference import infer

    evil = '</script><script>alert(1)</script><img src="http://x.invalid/a.png"><!--'
    s = Stream("evil.zip")
    events = person(days=60)
    for i in range(30):
        d = START - timedelta(days=30 - i)
        t = datetime(d.year, d.month, d.day, 19, tzinfo=UTC)
        events.append(s.ev(t, "facebook.message", evil, actor=evil, thread="t1"))
        events.append(s.ev(t, "twitter.tweet", f"cycling {evil}"))
        events.append(s.ev(t, "amazon.order_item", f"Bike {evil}", total="5.00", currency="EUR", order_id=str(i)))
    rep = infer(sorted(events, key=lambda e: e.sort_key))
    buf = io.StringIO()
    report_module.render(rep, "html", buf, detail="full")
    page = buf.getvalue().replace(plotly_js(), "")
    assert "alert(1)</script>" not in page and '<img src="http' not in page
    assert page.count("<script") == 3  # the figure data, plotly, the page's own script
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page  # shown as text
