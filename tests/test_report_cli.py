"""The report options on the command line: -f html, --detail, --only, --redact, --no-pager."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import cli
from dataexam.errors import ExitCode

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
INPUTS = [str(ROOT / "fixtures" / "twitter" / "current"), str(ROOT / "fixtures" / "facebook" / "2024-25"),
          str(ROOT / "fixtures" / "amazon" / "2025")]


def test_html_to_a_private_file_without_network(tmp_path: Path, no_network: None) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(cli.app, ["report", *INPUTS, "-f", "html", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_only_detail_and_no_pager(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["report", *INPUTS, "--only", "timezone,devices", "--no-pager", "-q"])
    assert result.exit_code == 0, result.output
    assert "At a glance" in result.stdout and "Time zone" in result.stdout
    assert "Spending profile" not in result.stdout
    full = runner.invoke(cli.app, ["report", *INPUTS, "--only", "timezone", "--detail", "full", "-q"])
    assert full.exit_code == 0 and "Method:" in full.stdout


def test_unknown_only_is_a_usage_error() -> None:
    result = runner.invoke(cli.app, ["report", *INPUTS, "--only", "spendings", "-q"])
    assert result.exit_code == ExitCode.USAGE
    assert "unknown finding" in result.output


def test_redact_markdown(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["report", *INPUTS, "-f", "markdown", "--redact", "-q"])
    assert result.exit_code == 0, result.output
    assert "**Redacted:**" in result.stdout
    assert str(ROOT) not in result.stdout


class _TTY:
    """A stdout that says it is a terminal (what `dataexam report` sees in a shell)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_long_report_on_a_terminal_goes_through_pager(tmp_path: Path, monkeypatch) -> None:
    from dataexam import api

    result = api.report(INPUTS)
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"sh -c 'cat > {paged}'")
    monkeypatch.setenv("LINES", "30")
    monkeypatch.setenv("COLUMNS", "100")
    tty = _TTY()
    monkeypatch.setattr("sys.stdout", tty)
    cli._render_text(result, {"detail": "default", "only": None, "redact": False}, no_pager=False)
    assert "At a glance" in paged.read_text("utf-8") and not tty.parts
    paged.unlink()
    cli._render_text(result, {"detail": "default", "only": None, "redact": False}, no_pager=True)
    assert not paged.exists()  # --no-pager writes straight through
    monkeypatch.setenv("PAGER", "cat")
    tty.parts.clear()
    cli._render_text(result, {"detail": "default", "only": None, "redact": False}, no_pager=False)
    assert not paged.exists() and "At a glance" in "".join(tty.parts)  # PAGER=cat: no pager


# -- --redact names inputs by position, source and era, never by file name (TESTER22a F5) -----------------
_USER = "quillrosemary77"  # the account's username, as Facebook writes it into its download's name
_THREAD = "hakonbrakke"  # the 2023 fixture's Messenger thread folder, named after the other person


def _named_inputs(tmp_path: Path) -> list[str]:
    from helpers import zip_tree

    fb = zip_tree(ROOT / "fixtures" / "facebook" / "2023" / "archive",
                  tmp_path / f"facebook-{_USER}-10_01_2025-BauQ2TTm.zip")
    x = zip_tree(ROOT / "fixtures" / "twitter" / "current" / "archive",
                 tmp_path / f"twitter-2025-01-10-{_USER}x.zip")
    return [str(fb), str(x), str(ROOT / "fixtures" / "amazon" / "2025")]


def _assert_unnamed(text: str) -> None:
    for private in (_USER, _THREAD, "BauQ2TTm", "twitter-2025-01-10", "messages/inbox", str(ROOT)):
        assert private.lower() not in text.lower(), private


@pytest.mark.parametrize("ext", ["json", "md", "txt", "html"])
def test_redact_names_no_input_by_its_file_name(tmp_path: Path, ext: str) -> None:
    inputs = _named_inputs(tmp_path)
    out = tmp_path / f"r.{ext}"
    plain = runner.invoke(cli.app, ["report", *inputs, "--detail", "full", "-q", "-o", str(tmp_path / "p.json")])
    assert plain.exit_code == 0, plain.output
    full = (tmp_path / "p.json").read_text("utf-8")
    assert _USER in full  # the control: there to be removed
    # a Messenger thread folder is named after the thread: masked without --include-sensitive, redacted or not
    # (the twenty-fifth pass's second tester, M4: "hivsupport…" in an evidence path)
    assert _THREAD not in full
    result = runner.invoke(cli.app, ["report", *inputs, "--redact", "--detail", "full", "-q", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    _assert_unnamed(text)
    if ext == "json":
        exports = {(e["name"], e["source"], e["variant"]) for e in json.loads(text)["inputs"]["exports"]}
        assert exports == {("input-1.zip", "facebook", "2023"), ("input-2.zip", "twitter", "current"),
                           ("input-3.folder", "amazon", "2025")}
    else:  # the renderers show the label beside the source and era
        assert "input-1.zip" in text and "input-3.folder" in text


@pytest.mark.parametrize("fmt", ["json", "markdown", "text"])
def test_redact_per_account_names_no_input_by_its_file_name(tmp_path: Path, fmt: str) -> None:
    result = runner.invoke(cli.app, ["report", *_named_inputs(tmp_path), "--per-account", "--redact",
                                     "--detail", "full", "-f", fmt, "-q", "--no-pager"])
    assert result.exit_code == 0, result.output
    _assert_unnamed(result.stdout)
    assert "input-2.zip" in result.stdout


def test_unredacted_exports_carry_their_label_too(tmp_path: Path) -> None:
    from dataexam import api

    rep = api.report(_named_inputs(tmp_path))
    named = {e["source"]: (e["name"], e["label"]) for e in rep.inputs["exports"]}
    assert named["facebook"] == (f"facebook-{_USER}-10_01_2025-BauQ2TTm.zip", "input-1.zip")
    assert named["amazon"][1] == "input-3.folder"  # found inside the folder given third


@pytest.mark.parametrize("redact", [False, True])
def test_per_account_json_validates_against_its_schema(tmp_path: Path, redact: bool) -> None:
    """``--per-account -f json`` writes ``dataexam.report-per-account/1``; dataexam/schemas/ had no schema for it
    (the twenty-fifth pass's second tester, L5). Each inner report is checked by report.schema.json through the
    per-account schema's ``$ref``."""
    import jsonschema
    from referencing import Registry, Resource

    schemas = ROOT / "dataexam" / "schemas"
    outer = json.loads((schemas / "report-per-account.schema.json").read_text("utf-8"))
    inner = json.loads((schemas / "report.schema.json").read_text("utf-8"))
    registry = Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in (outer, inner)])
    validator = jsonschema.Draft202012Validator(outer, registry=registry)
    x = ROOT / "fixtures" / "twitter" / "current" / "archive"
    other = shutil.copytree(x, tmp_path / "x-other")
    for name in ("manifest.js", "account.js"):  # a second X account (test_discover.other_x_account)
        f = other / "data" / name
        f.write_text(f.read_text(encoding="utf-8").replace("1500000001", "1500000002"), encoding="utf-8")
    result = runner.invoke(cli.app, ["report", str(x), str(other), "--per-account", "-f", "json", "-q",
                                     *(["--redact"] if redact else [])])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert len(doc["reports"]) == 2
    validator.validate(doc)
    bad = {**doc, "reports": [{"account": "account 1", "report": {"schema": "dataexam.report/1"}}]}
    assert not validator.is_valid(bad)  # the inner report is checked too, not only the envelope


def test_redact_names_no_thread_folder_in_the_issue_summary(tmp_path: Path) -> None:
    # T33A M7: a parse issue in a Messenger thread was summarised on stderr under its member path, the thread
    # folder (named after the other person) and the download's folder (the username) included; with --redact the
    # summary names the file as `describe` does, its count and reason kept
    root = tmp_path / f"facebook-{_USER}-2024"
    shutil.copytree(ROOT / "fixtures" / "facebook" / "2023" / "archive", root)
    thread = root / "your_activity_across_facebook" / "messages" / "inbox" / "hakonbrakke_abc123" / "message_1.json"
    data = json.loads(thread.read_text("utf-8"))
    data["messages"][0]["timestamp_ms"] = "soon"
    thread.write_text(json.dumps(data), "utf-8")
    plain = runner.invoke(cli.app, ["report", str(root), "-o", str(tmp_path / "p.txt")])
    assert plain.exit_code == 0 and "hakonbrakke_abc123/message_1.json" in plain.stderr  # the control
    result = runner.invoke(cli.app, ["report", str(root), "--redact", "-o", str(tmp_path / "r.txt")])
    assert result.exit_code == 0, result.output
    assert _USER not in result.stderr and "hakonbrakke" not in result.stderr
    line = next(x for x in result.stderr.splitlines() if "message_#.json" in x)
    assert "/inbox/<name-" in line and "1 × bad-record" in line


def test_redact_prints_no_warning_or_issue_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    # T33B H1: under --redact the issues' own wordings and the warnings named files ("…_passport.pdf", a thread
    # folder inside a damaged member's message): each issue line gives its masked file, count and code only
    from dataexam import api
    from dataexam.events import ParseIssue

    said: list[str] = []
    printed: list[str] = []
    monkeypatch.setattr(cli, "warn", said.append)
    monkeypatch.setattr(cli.err, "print", lambda text, **_kw: printed.append(str(text)))
    stats = api.RunStats()
    stats.warnings.append("skipped a file named Zorabel_Quintanilla_passport.pdf")
    issue = ParseIssue(archive="x", member="messages/inbox/zorabelq_77/message_1.json", code="bad-record",
                       message="cannot read messages/inbox/zorabelq_77/message_1.json")
    stats.add_issue(issue)
    cli._summarise_issues(stats, False, True)
    assert said[0] == "1 warning not shown under --redact (they name files); run without --redact to read them"
    assert not [x for x in said + printed if "orabel" in x]
    assert printed == ["  messages/inbox/<name-1>/message_#.json: 1 × bad-record"]
