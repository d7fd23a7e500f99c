"""The Markdown report: a summary table first, tables instead of JSON blocks, archive in evidence rows."""

from __future__ import annotations

import io

import pytest
from report_data import demo_report

from dataexam import report as report_module


@pytest.fixture(scope="module")
def md(tmp_path_factory):
    buf = io.StringIO()
    report_module.render(demo_report(tmp_path_factory)[0], "markdown", buf)
    return buf.getvalue()


def test_summary_table_first(md):
    assert md.startswith("# dataexam report\n")
    first_section = md.index("\n## ")
    assert md[first_section:].startswith("\n## At a glance")
    assert "| finding | what your data says | confidence |" in md
    assert "| Trips abroad | 3 trips abroad: Thailand 22–30 Sep 2019" in md


def test_no_raw_json_and_nothing_cut(md):
    assert "```json" not in md and '{"' not in md
    assert "<details><summary>Value" not in md
    for line in md.splitlines():
        if line.startswith("|"):
            assert line.rstrip().endswith("|"), line  # every table row is whole


def test_evidence_rows_name_the_archive_and_local_time(md, tmp_path_factory):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from dataexam.inference.sensitive import mask_thread_folder

    report = demo_report(tmp_path_factory)[0]
    zone = report.finding("timezone").value["zone"]
    assert f"| export | file | record | local time, {zone} | what |" in md
    item = next(i for i in report.finding("social_circle").evidence.items if "messages/inbox/" in i.member)
    local = datetime.fromisoformat(item.time.replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
    export = item.archive.rstrip("/").rsplit("/", 1)[-1]
    # a Messenger thread folder is masked without --include-sensitive (inference.sensitive.mask_thread_folder)
    member = mask_thread_folder(item.member)
    assert "<thread>_" in member
    assert f"| {export} | `{member}` | #{item.index} | {local:%Y-%m-%d %H:%M} |" in md


def test_pictures_and_score(md):
    assert "```text" in md and "J F M A M J J A S O N D" in md
    assert "| factor | weight | points | what it means |" in md
    assert md.count("MOCK — NOT A CREDIT SCORE") == 1
    assert "## What you can do" in md


def test_pipes_in_values_are_escaped():
    from dataexam.report.markdown import cell

    assert cell("a|b\nc") == "a\\|b c"
    assert cell('<img src="http://x.invalid/a.png">') == '&lt;img src="http://x.invalid/a.png">'


def test_a_cell_is_never_markup_and_a_code_span_never_ends_early():
    """A contact `Jo [he/him] <b>x</b> `a`b`` (the last testers): no link, no HTML, no code span in a cell; a file
    name in a code span keeps `<thread>` as written and a backtick in it cannot close the span."""
    from dataexam.report.markdown import cell, code_span

    assert cell("Jo [he/him] <b>x</b> `a`b`") == "Jo \\[he/him\\] &lt;b>x&lt;/b> \\`a\\`b\\`"
    assert code_span("messages/inbox/<thread>_1/message_1.json") == "`messages/inbox/<thread>_1/message_1.json`"
    assert code_span("a`b|c") == "``a`b\\|c``"
