"""Amazon's per-category zips as peers read them from real exports (the shape sweep, issue 16's nineteenth
pass; sources in the comments of parsers/amazon.py and parsers/amazon_unmodelled.py). Values are invented.

- the Kindle zip: its library (``Digital.Content.Ownership``, one JSON object per title — a real library
  held 15,563) and six more files were ``unhandled-file`` issues, so an untouched Kindle zip failed
  ``--strict`` and showed one reading session only;
- Audible's per-profile ``Audible.Listening/<profile>/Listening.csv`` and Prime Video's
  ``PrimeVideo.ViewingHistory.csv`` were not read: a zip of only those was "not a recognised export";
- a KID profile's Prime Video rows and 0-second autoplayed trailers counted as the person's own viewing
  (14 "timed own actions" where one was the person's), feeding the time zone, sleep and interests;
- ``OurPriceTax`` of a VAT-quoted ``Digital Items.csv`` (the price with its tax) was labelled ``tax``.
"""

from __future__ import annotations

import json
from pathlib import Path

from dataexam import api
from dataexam.events import Event
from dataexam.inference.engine import is_activity
from dataexam.inference.interests import InterestAggregator


def _write(root: Path, files: dict[str, str]) -> Path:
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def _timeline(root: Path) -> tuple[list[Event], api.RunStats]:
    stats = api.RunStats()
    return list(api.timeline([root], stats=stats)), stats


def _title(asin: str, name: str, resource: str, origin: str, acquired: str) -> str:
    return json.dumps({"rights": [{"rightType": "Download", "rightStatus": "Active", "acquiredDate": acquired,
                                   "origin": {"originType": origin}}],
                       "resource": {"resourceType": resource, "ASIN": asin, "Product Name": name},
                       "lastUpdatedDate": acquired})


def test_kindle_zip_library_and_its_other_files(tmp_path: Path) -> None:
    root = _write(tmp_path / "Kindle", {
        "Digital.Content.Ownership/Digital.Content.Ownership.1.json":
            _title("B0TESTAAA1", "An Invented Novel", "KindleEBook", "Purchase", "2021-03-04T10:11:12Z"),
        "Digital.Content.Ownership/Digital.Content.Ownership.2.json":
            _title("B0TESTAAA2", "Sample of Made-up Book", "KindleEBookSample", "Sample", "2022-05-06T07:08:09.123Z"),
        "Digital.Content.Ownership/Digital.Content.Ownership.3.json": json.dumps({
            "rights": [{"rightType": "Download", "rightStatus": "Active", "acquiredDate": "2023-01-01T00:00:00Z",
                        "origin": {"originType": "Sample"}},
                       {"rightType": "Download", "rightStatus": "Active", "acquiredDate": "2023-02-01T00:00:00Z",
                        "origin": {"originType": "Purchase"}}],
            "resource": {"resourceType": "KindleEBook", "ASIN": "B0TESTAAA3", "Product Name": "Sampled, Then Bought"}}),
        "Kindle.Devices.ReadingSession/Kindle.Devices.ReadingSession.csv":
            "start_timestamp,end_timestamp,ASIN,device_family,total_reading_millis\n"
            "2021-03-05T07:30:00Z,2021-03-05T08:00:00Z,B0TESTAAA1,Kindle,1800000\n",
        "Digital.Content.Whispersync/whispersync.csv":
            "ASIN,Product Name,Annotation Type,Customer modified date on device\nB0TESTAAA1,x,kindle.last_read,"
            "2021-03-05T08:00:00Z\n",
        "Kindle.Devices.autoMarkAsRead/Kindle.Devices.autoMarkAsRead.csv":
            "created_timestamp,device_family,active_ASIN,file_auto_marked_as_read\n2021-04-01T00:00:00Z,Kindle,x,y\n",
        "Kindle.Devices.EreaderDeviceActiveUsageTime/Kindle.Devices.EreaderDeviceActiveUsageTime.csv": "a,b\n1,2\n",
        "Digital.SeriesContent.Relation.1/SeriesRelation.csv": "a,b\n1,2\n",
        "Digital.SeriesContent.Relation.2/BookRelation.csv": "a,b\n1,2\n",
        "Kindle.UnifiedLibraryIndex/datasets/x/x.csv": "a,b\n1,2\n",
        "Kindle.FileDescriptions.csv": "File,Description\nx,y\n",
    })
    events, stats = _timeline(root)
    assert stats.issue_count == 0  # every file read or ignored on purpose: an untouched zip passes --strict
    library = sorted((e.time.isoformat()[:10], e.text, e.attrs["origin_type"], e.attrs["resource_type"])
                     for e in events if e.kind == "amazon.kindle_library")
    assert library == [("2021-03-04", "An Invented Novel", "Purchase", "KindleEBook"),
                       ("2022-05-06", "Sample of Made-up Book", "Sample", "KindleEBookSample"),
                       ("2023-01-01", "Sampled, Then Bought", "Sample", "KindleEBook"),
                       ("2023-02-01", "Sampled, Then Bought", "Purchase", "KindleEBook")]
    assert {e.actor for e in events} == {"self"}
    assert [e.kind for e in events].count("amazon.kindle_reading") == 1


def test_audible_listening_per_profile(tmp_path: Path) -> None:
    header = ('"Start Date","End Date","Event Duration Milliseconds","Product Name","ASIN","Narration Speed",'
              '"Local Timezone"\n')
    root = _write(tmp_path / "audible", {
        "Audible.Listening/Account Holder/Listening.csv":
            header + '"2024-01-02","2024-01-02","600000","An Invented Audiobook","B0FAKEAUD1","1.00","Europe/Berlin"\n',
        "Audible.Listening/Kids Profile 1/Listening.csv":
            header + '"2024-02-03","2024-02-03","1200000","A Made-up Story","B0FAKEAUD2","1.25","Europe/Berlin"\n',
    })
    events, stats = _timeline(root)  # was "not a recognised export"
    assert stats.issue_count == 0
    got = sorted((e.text, e.actor, e.attrs["profile"], e.attrs["local_timezone"], e.attrs["duration_ms"])
                 for e in events)
    assert got == [("A Made-up Story", "profile Kids Profile 1", "Kids Profile 1", "Europe/Berlin", 1200000),
                   ("An Invented Audiobook", "self", "Account Holder", "Europe/Berlin", 600000)]


VIEWING = ('\ufeff"Playback Start Datetime (UTC)","Playback End Datetime (UTC)","Title","Material Type Description",'
           '"Seconds Viewed","Profile Type","Is Autoplay","Device Model","Country Code"\n')


def _row(start: str, title: str, material: str, seconds: int, profile: str, autoplay: str) -> str:
    return f'"{start}","Not Available","""{title}""","""{material}""","{seconds}","""{profile}""","{autoplay}",' \
           '"""Fire TV""","""US"""\n'


def test_prime_video_viewing_history_before_2025_in_either_case(tmp_path: Path) -> None:
    row = _row("2024-03-01T20:15:30.123Z", "Invented Drama", "Feature", 3600, "ADULT", "No")
    for folder in ("PrimeVideo.ViewingHistory", "Digital.PrimeVideo.ViewingHistory"):
        root = _write(tmp_path / folder, {f"{folder}/{folder}.csv": VIEWING + row})
        events, stats = _timeline(root)  # was "not a recognised export"
        assert stats.issue_count == 0
        [watch] = events
        assert (watch.kind, watch.actor, watch.text, watch.time.isoformat()) == (
            "amazon.video_watch", "self", "Invented Drama", "2024-03-01T20:15:30.123000+00:00")
        assert watch.attrs["seconds_watched"] == 3600 and watch.attrs["material_type"] == "Feature"


def test_prime_video_autoplayed_trailers_and_a_kid_profile_are_not_the_person(tmp_path: Path) -> None:
    rows = [_row(f"2024-06-{day:02d}T03:{day:02d}:00Z", "Invented Horror Trailer", "Trailer", 0, "ADULT", "Yes")
            for day in range(1, 13)]
    rows.append(_row("2024-06-20T20:00:00Z", "Invented Comedy Film", "Feature", 6000, "ADULT", "No"))
    rows.append(_row("2024-06-21T15:00:00Z", "Invented Cartoon", "Full", 1500, "KID", "No"))
    root = _write(tmp_path / "pv", {"Your Prime Video Viewing Activity/Viewing History.csv": VIEWING + "".join(rows)})
    events, stats = _timeline(root)
    assert stats.issue_count == 0 and len(events) == 14  # every row kept
    actors = [e.actor for e in events]
    assert actors.count("autoplay") == 12 and actors.count("kid profile") == 1 and actors.count("self") == 1
    assert all(e.attrs["impression"] for e in events if e.actor == "autoplay")
    assert not any("impression" in e.attrs for e in events if e.actor != "autoplay")
    # only the person's own film is own timed activity and an interest signal (the 12 trailers autoplayed at
    # 03:00 made the nights look awake: the time zone counted "14 timed own actions")
    assert [e.text for e in events if is_activity(e)] == ["Invented Comedy Film"]
    interests = InterestAggregator()
    for event in events:
        interests.consume(event)
    assert interests.seen_kinds == 1


def test_digital_items_price_with_tax(tmp_path: Path) -> None:
    header = "ASIN,Title,OrderId,OrderDate,OurPrice,OurPriceCurrencyCode,OurPriceTax,Marketplace,QuantityOrdered\n"
    root = _write(tmp_path / "legacy", {"Digital-Ordering.2/Digital Items.csv": header + (
        "B0FAKEIT02,Abbonamento inventato,D01-1,2021-09-27,36.0,EUR,36.0,www.amazon.it,1\n"  # VAT in the price
        "B0FAKEUS01,Invented Book,D01-2,2021-09-28,9.99,USD,10.79,www.amazon.com,1\n"  # the price with tax
        "B0FAKEUS02,Invented Album,D01-3,2021-09-29,9.99,USD,0.80,www.amazon.com,1\n")})  # the tax itself
    events, stats = _timeline(root)
    assert stats.issue_count == 0
    got = {e.attrs["asin"]: (e.attrs["price"], e.attrs["tax"], e.attrs.get("price_with_tax")) for e in events}
    assert got == {"B0FAKEIT02": ("36.00", None, "36.00"), "B0FAKEUS01": ("9.99", "0.80", "10.79"),
                   "B0FAKEUS02": ("9.99", "0.80", None)}


def test_kindle_ownership_odd_records(tmp_path: Path) -> None:
    """The fresh tester's findings: two personal documents (no ASIN) acquired at one instant were merged
    into one; a title with no rights vanished unsaid; a bad acquiredDate left the title undated though the
    record has lastUpdatedDate; a record with no resource became an empty event."""
    doc = {"rights": [{"rightType": "Download", "rightStatus": "Active", "acquiredDate": "2024-02-02T02:02:02Z",
                       "origin": {"originType": "PersonalDocument"}}], "lastUpdatedDate": "2024-02-03T00:00:00Z"}
    root = _write(tmp_path / "Kindle", {
        "Digital.Content.Ownership/Digital.Content.Ownership.1.json": json.dumps(
            {**doc, "resource": {"resourceType": "KindlePDoc", "ASIN": None, "Product Name": "Personal Doc A"}}),
        "Digital.Content.Ownership/Digital.Content.Ownership.2.json": json.dumps(
            {**doc, "resource": {"resourceType": "KindlePDoc", "ASIN": None, "Product Name": "Personal Doc B"}}),
        "Digital.Content.Ownership/Digital.Content.Ownership.3.json": json.dumps(
            {"rights": [], "resource": {"ASIN": "B0NORIGHTS", "Product Name": "No Rights Listed"},
             "lastUpdatedDate": "2020-01-01T00:00:00Z"}),
        "Digital.Content.Ownership/Digital.Content.Ownership.4.json": json.dumps(
            {"rights": [{"acquiredDate": "not a date", "rightType": "Download"}],
             "resource": {"ASIN": "B0BADDATE0", "Product Name": "Bad Date"},
             "lastUpdatedDate": "2021-01-01T00:00:00Z"}),
        "Digital.Content.Ownership/Digital.Content.Ownership.5.json": json.dumps({"something": "else"}),
    })
    stats = api.RunStats()
    events = list(api.timeline([root], stats=stats))
    got = sorted((e.text, e.time.isoformat()[:10] if e.time else None) for e in events)
    assert got == [("Bad Date", "2021-01-01"), ("No Rights Listed", "2020-01-01"),
                   ("Personal Doc A", "2024-02-02"), ("Personal Doc B", "2024-02-02")]
    assert [(i.member.rsplit("/", 1)[-1], i.code) for i in stats.issues] == [
        ("Digital.Content.Ownership.5.json", "bad-record")]


def test_audible_account_holder_in_any_case_and_a_refund_s_tax(tmp_path: Path) -> None:
    header = '"Start Date","End Date","Event Duration Milliseconds","Product Name","ASIN"\n'
    root = _write(tmp_path / "audible", {
        "Audible.Listening/account  holder /Listening.csv": header + '"2024-01-02","2024-01-02","1","A","B0A"\n'})
    [listen] = _timeline(root)[0]
    assert listen.actor == "self" and listen.attrs["profile"] == "account  holder "
    head = "ASIN,Title,OrderId,OrderDate,OurPrice,OurPriceCurrencyCode,OurPriceTax,Marketplace,QuantityOrdered\n"
    root = _write(tmp_path / "refund", {"Digital-Ordering.2/Digital Items.csv": head + (
        "B0REFUND01,Refunded,D01-9,2021-10-01,-9.99,USD,-10.79,www.amazon.com,1\n"
        "B0REFUND02,Refunded VAT,D01-8,2021-10-02,-36.0,EUR,-36.0,www.amazon.it,1\n")})
    got = {e.attrs["asin"]: (e.attrs["price"], e.attrs["tax"], e.attrs.get("price_with_tax"))
           for e in _timeline(root)[0]}
    assert got == {"B0REFUND01": ("-9.99", "-0.80", "-10.79"), "B0REFUND02": ("-36.00", None, "-36.00")}


_INSIGHTS = ("Kindle.ReadingInsights/datasets/Kindle.reading-insights-sessions_with_adjustments/"
             "Kindle.reading-insights-sessions_with_adjustments.csv")
_INSIGHT_ROWS = ('\ufeff"ASIN","start_time","end_time","total_reading_milliseconds","product_name"\n'
                 '"B0TESTAAA1","2021-03-05T07:31:00Z","2021-03-05T08:01:00Z","1800000","An Invented Novel"\n'
                 '"B0TESTAAA2","2021-03-06T21:00:00Z","2021-03-06T21:20:00Z","1200000","Made-up Book"\n')


def test_kindle_reading_insights_sessions_where_no_reading_session_file(tmp_path: Path) -> None:
    """A Kindle zip without ``Kindle.Devices.ReadingSession`` (or with only its header) read no reading at all,
    and one holding nothing else was "not a recognised export": the insights' own sessions (ASIN, start_time,
    end_time, total_reading_milliseconds, product_name: a Kindle ingestion plan's observed columns) are read
    there. Beside ReadingSession rows they are a re-computation of them and stay unread (no double count)."""
    alone = _write(tmp_path / "alone", {_INSIGHTS: _INSIGHT_ROWS,
                                        "Kindle.ReadingInsights/datasets/Kindle.ReadingInsightsDayUnits/d.csv":
                                            "reading_tracked_on_day\n2021-03-05\n"})
    for jobs in (1, 2):
        events = list(api.timeline([alone], jobs=jobs))
        reading = [(e.time.isoformat(), e.text, e.attrs["asin"], e.attrs["duration_ms"], e.attrs["end"])
                   for e in events if e.kind == "amazon.kindle_reading"]
        assert reading == [("2021-03-05T07:31:00+00:00", "An Invented Novel", "B0TESTAAA1", 1800000,
                            "2021-03-05T08:01:00Z"),
                           ("2021-03-06T21:00:00+00:00", "Made-up Book", "B0TESTAAA2", 1200000,
                            "2021-03-06T21:20:00Z")]
        assert {e.actor for e in events} == {"self"}
    header_only = _write(tmp_path / "header-only", {
        _INSIGHTS: _INSIGHT_ROWS,
        "Kindle.Devices.ReadingSession/Kindle.Devices.ReadingSession.csv": "start_timestamp,end_timestamp,ASIN\n"})
    assert [e.attrs.get("sessions_file") for e in _timeline(header_only)[0]] == ["reading insights"] * 2
    both = _write(tmp_path / "both", {
        _INSIGHTS: _INSIGHT_ROWS,
        "Kindle.Devices.ReadingSession/Kindle.Devices.ReadingSession.csv":
            "start_timestamp,end_timestamp,ASIN,total_reading_millis\n"
            "2021-03-05T07:30:00Z,2021-03-05T08:00:00Z,B0TESTAAA1,1800000\n"})
    events, stats = _timeline(both)
    assert [(e.attrs["asin"], e.origin.member.split("/")[0]) for e in events] == [
        ("B0TESTAAA1", "Kindle.Devices.ReadingSession")]
    # a blank line before the rows (a CSV reader skips it) still means rows: no double count (the fifth tester)
    blank = _write(tmp_path / "blank", {
        _INSIGHTS: _INSIGHT_ROWS,
        "Kindle.Devices.ReadingSession/Kindle.Devices.ReadingSession.csv":
            "start_timestamp,end_timestamp,ASIN,total_reading_millis\n\n"
            "2021-03-05T07:30:00Z,2021-03-05T08:00:00Z,B0TESTAAA1,1800000\n"})
    assert [e.origin.member.split("/")[0] for e in _timeline(blank)[0]] == ["Kindle.Devices.ReadingSession"]
    assert stats.issue_count == 0
    # two exports side by side in one folder: each decides by its own files
    folder = tmp_path / "downloads"
    _write(folder / "Kindle-2024", {_INSIGHTS: _INSIGHT_ROWS})
    _write(folder / "Kindle-2025", {"Kindle.Devices.ReadingSession/Kindle.Devices.ReadingSession.csv":
                                    "start_timestamp,end_timestamp,ASIN,total_reading_millis\n"
                                    "2022-01-01T07:30:00Z,2022-01-01T08:00:00Z,B0TESTAAA9,1800000\n"})
    assert sorted(e.attrs["asin"] for e in _timeline(folder)[0] if e.kind == "amazon.kindle_reading") == [
        "B0TESTAAA1", "B0TESTAAA2", "B0TESTAAA9"]
