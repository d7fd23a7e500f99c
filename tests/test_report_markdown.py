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


@pytest.mark.parametrize(("text", "cell_text"), [
    ("*draft* takeout.zip", "\\*draft\\* takeout.zip"),
    ("Tom &amp; Jerry's export", "Tom &amp;amp; Jerry's export"),
    ("&#42; &#x2A;", "&amp;#42; &amp;#x2A;"),
    ("~~gone~~", "\\~\\~gone\\~\\~"),
    ("_old_ copy", "\\_old\\_ copy"),
    ("messages/inbox/friend_1/message_1.json", "messages/inbox/friend_1/message_1.json"),
    ("Tom & Jerry", "Tom & Jerry"),
    ("a<b", "a&lt;b"),
])
def test_emphasis_and_entities_in_a_cell_show_as_written(text: str, cell_text: str) -> None:
    """T43B M1: an export called `*draft*` or holding `&amp;` showed as emphasis / `&` in the input notes' rows (every
    cell): they are escaped; a word's inner `_` (message_1) and a lone `&` stay as they are."""
    from dataexam.report.markdown import cell

    assert cell(text) == cell_text


def test_an_input_note_s_export_name_is_no_markup(tmp_path) -> None:
    from dataexam import api
    from dataexam.events import ParseIssue
    from dataexam.report import markdown, view

    stats = api.RunStats()
    stats.add_issue(ParseIssue(archive="/in/*draft* &amp; co.zip", member="data/like.js", code="bad-json",
                               message="JSON ends early (file truncated?); records before this point were kept"))
    facts = api.run_facts(stats)
    rows = view.input_notes(facts["parse_issues"], 2)
    assert [markdown.cell(r) for r in rows] == [
        "\\*draft\\* &amp;amp; co.zip: data/like.js: JSON ends early (file truncated?); records before this point were "
        "kept"]
