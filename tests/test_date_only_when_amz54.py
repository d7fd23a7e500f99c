"""AMZ54: a date-only record's fact travels with its instant (``events.When``), and every bound of a span that a
date-only record can be says so in one shape: the string as the record gives it plus a ``…_date_only`` flag.

T51 9: the old Order History Report's orders (M/D/YYYY, no time of day) as the first record and a timed post as the
last gave ``"first": "2022-01-02"``, ``"last": "2023-01-05T12:00:00Z"`` and nothing saying which was which."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from test_amazon_town_state_zip import HEADER, NOW
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.events import Origin, TimeSource, When, earlier, later, make_event
from dataexam.inference import infer
from dataexam.inference.engine import InputStats
from dataexam.inference.sensitive import NightGate


def _old_report(tmp_path: Path) -> Path:
    """An old report of 12 date-only orders to Boston, 2 Jan – 13 Dec 2022."""
    lines = [",".join(HEADER)]
    for i in range(12):
        lines.append(f"{i + 1}/{i + 2}/2022,113-000000{i:02d}-0000001,Socks,APPAREL,B00SOCK{i:02d},Amazon.com,"
                     f"$5.00 ,1,Jane Example,1 Main St,Boston,MA,02108,Shipped,$5.00 ,Jane Example,USD")
    (tmp_path / "01-Jan-2022_to_31-Dec-2022.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def _post(t: datetime) -> object:
    return make_event(t, TimeSource.UTC, "facebook", "facebook.post", "self", "lunch", {},
                      Origin("fb.zip", "posts/your_posts_1.json", 0), "post-1")


def test_when_keeps_the_date_only_fact_and_a_timed_record_wins_a_tie() -> None:
    day = datetime(2022, 1, 2, tzinfo=UTC)
    dated, timed = When(day, date_only=True), When(day)
    assert earlier(None, dated) is dated and earlier(dated, timed) is timed and earlier(timed, dated) is timed
    assert later(dated, timed) is timed and later(timed, When(day, True)) is timed
    assert earlier(timed, None) is timed and later(None, None) is None
    gate = NightGate(dated=False)
    assert (gate.instant(dated, None), gate.date_only(dated)) == ("2022-01-02", True)
    assert (gate.instant(timed, None), gate.date_only(timed)) == ("withheld Sun 00:00", False)
    assert (gate.instant(day, None), gate.date_only(day)) == ("withheld Sun 00:00", False)


def test_input_stats_keep_when_values(tmp_path: Path) -> None:
    stats = InputStats()
    for event in api.timeline([_old_report(tmp_path)]):
        stats.consume(event)
    assert stats.first == When(datetime(2022, 1, 2, tzinfo=UTC), date_only=True)
    assert stats.last == When(datetime(2022, 12, 13, tzinfo=UTC), date_only=True)


def test_a_date_only_first_and_a_timed_last_say_which_is_which(tmp_path: Path) -> None:
    events = [*api.timeline([_old_report(tmp_path)]), _post(datetime(2023, 1, 5, 12, tzinfo=UTC))]
    report = infer(events, now=NOW)
    inputs = report.inputs
    assert (inputs["first"], inputs["first_date_only"]) == ("2022-01-02", True)
    assert (inputs["last"], inputs["last_date_only"]) == ("2023-01-05T12:00:00Z", False)
    trust = report.finding("trust_score").to_dict()["value"]
    assert trust["period"] == ["2022-01-02", "2023-01-05T12:00:00Z"]
    assert trust["period_date_only"] == [True, False]


def test_every_report_format_says_the_same_days(tmp_path: Path) -> None:
    folder = _old_report(tmp_path)
    out = {fmt: CliRunner().invoke(cli.app, ["report", str(folder), "-q", "--format", fmt])
           for fmt in ("text", "json", "markdown", "html")}
    assert all(r.exit_code == 0 for r in out.values()), {f: r.output[-300:] for f, r in out.items()}
    data = json.loads(out["json"].stdout)
    assert (data["inputs"]["first"], data["inputs"]["last"]) == ("2022-01-02", "2022-12-13")
    assert (data["inputs"]["first_date_only"], data["inputs"]["last_date_only"]) == (True, True)
    assert "2 Jan 2022 – 13 Dec 2022" in out["text"].stdout
    assert "| Period | 2 Jan 2022 – 13 Dec 2022 |" in out["markdown"].stdout
    assert "2 Jan 2022 – 13 Dec 2022" in out["html"].stdout
