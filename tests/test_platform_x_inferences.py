"""X's personalization statements beyond interests and demographics, the posts X kept after their deletion, and
X's age inference set against the age it holds (the twenty-fifth pass's tester, T25A M5, M9, L1).

Inputs are invented values in the real shapes of ``personalization.js``, ``ageinfo.js`` and ``deleted-tweets.js``
(formats.md §2.4; the tester's ``x2024`` and ``x2019`` inputs).
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from test_inference_synth import Stream

from dataexam import api
from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.platform import demographic_remarks

NOW = datetime(2025, 1, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)


def _x_events(shows: int = 2, deleted: int = 3) -> list:
    s = Stream("x.zip")
    events = [s.ev(T0 + timedelta(days=i), "twitter.tweet", "Out on the trail again, lovely hike today")
              for i in range(30)]
    events += [s.ev(None, "twitter.declared_interest", "Hiking", member="data/personalization.js", position=0),
               s.ev(None, "twitter.declared_demographic", "25-34", member="data/personalization.js",
                    type="inferred_age", value="25-34")]
    events += [s.ev(None, "twitter.show", f"Show {k:02d}", member="data/personalization.js", position=k)
               for k in range(shows)]
    events += [s.ev(None, "twitter.lookalike_advertiser", "@OutdoorShop", member="data/personalization.js"),
               s.ev(None, "twitter.audience_advertiser", "@flourco", member="data/personalization.js",
                    list="advertisers", position=0),
               s.ev(None, "twitter.audience_advertiser", "@casino", member="data/personalization.js",
                    list="do_not_reach", position=1),
               s.ev(None, "twitter.audience_count", "12", member="data/personalization.js", count=12)]
    events += [s.ev(T0 + timedelta(days=40 + k), "twitter.deleted_tweet", f"Deleted angry post number {k}",
                    member="data/deleted-tweets.js", deleted_at=f"2024-03-0{k + 1}T10:00:00Z") for k in range(deleted)]
    return sorted(events, key=lambda e: (e.time is None, e.time or T0))


def test_x_other_inferences_are_shown_with_counts_and_bounded_lists() -> None:
    f = infer(_x_events(shows=13), now=NOW).finding("platform_vs_derived")
    x = f.value["twitter_inferences"]
    assert x["shows"] == {"count": 13, "top": [f"Show {k:02d}" for k in range(10)]}
    assert x["lookalike_advertisers"] == {"count": 1, "top": ["@OutdoorShop"]}
    assert x["audience_advertisers"] == {"count": 1, "top": ["@flourco"]}
    assert x["do_not_reach_advertisers"] == {"count": 1, "top": ["@casino"]}
    assert x["audiences"] == 12
    assert ("13 TV shows X thinks you watch (Show 00, Show 01, Show 02, Show 03, Show 04, Show 05, Show 06, "
            "Show 07, Show 08, Show 09 and 3 more)") in f.summary
    assert "you are in 12 tailored audiences of advertisers" in f.summary


def test_deleted_posts_are_counted_not_read_as_tweets() -> None:
    rep = infer(_x_events(deleted=3), now=NOW)
    d = rep.finding("platform_vs_derived").value["twitter_deleted_posts"]
    assert d == {"count": 3, "first": "2024-02-10", "last": "2024-02-12", "with_deletion_time": 3}
    assert "X kept 3 posts you deleted (deleted-tweets.js, posted 2024-02-10 to 2024-02-12)." in \
        rep.finding("platform_vs_derived").summary
    # never "your tweets": no other finding quotes or counts them
    out = json.dumps(rep.to_dict())
    assert "Deleted angry post" not in out


def test_x_inferences_in_every_format() -> None:
    rep = infer(_x_events(), now=NOW)
    for fmt in ("text", "markdown", "html", "json"):
        buf = io.StringIO()
        report_module.render(rep, fmt, buf)
        out = buf.getvalue().replace("\n", " ")
        assert "@OutdoorShop" in out and "Show 01" in out, fmt
        assert "X kept 3 posts you deleted" in out, fmt


def test_age_contradiction_is_said() -> None:
    assert demographic_remarks([{"type": "age", "value": "28"}, {"type": "inferred_age", "value": "18-24"}]) == [
        "X's inferred age range 18-24 contradicts the age X holds for you (28, ageinfo.js)."]
    # overlapping ranges, or an age inside the range: no contradiction
    assert demographic_remarks([{"type": "age", "value": "13-54"}, {"type": "inferred_age", "value": "25-34"}]) == []
    assert demographic_remarks([{"type": "age", "value": "30"}, {"type": "inferred_age", "value": "25-34"}]) == []
    assert demographic_remarks([{"type": "inferred_age", "value": "18-24"}]) == []


def _x2019(tmp_path: Path, *, age: str, inferred: str, interests: list[str], advertisers: list[str] | None) -> Path:
    """A 2019 GDPR archive at the zip root: five tweets, personalization.js (English, ``interests``, the old
    audienceAndAdvertisers with ``advertisers`` and numAudiences 12, ``inferred`` age) and ageinfo.js ``age``."""
    root = tmp_path / "x2019"
    root.mkdir()
    tweets = [{"id_str": str(1000 + k), "created_at": f"Mon Apr {10 + k} 10:00:05 +0000 2018",
               "full_text": "Baking sourdough bread again today"} for k in range(5)]
    (root / "tweet.js").write_text("window.YTD.tweet.part0 = " + json.dumps(tweets))
    listed: dict[str, Any] = {"interests": [{"name": n, "isDisabled": False} for n in interests],
                              "partnerInterests": [], "shows": []}
    if advertisers is not None:
        listed["audienceAndAdvertisers"] = {"numAudiences": "12", "advertisers": advertisers}
    p13n = {"p13nData": {"demographics": {"languages": [{"language": "English", "isDisabled": False}]},
                         "interests": listed, "locationHistory": [],
                         "inferredAgeInfo": {"age": [inferred], "birthDate": ""}}}
    (root / "personalization.js").write_text("window.YTD.personalization.part0 = " + json.dumps([p13n]))
    (root / "ageinfo.js").write_text("window.YTD.ageinfo.part0 = " + json.dumps(
        [{"ageMeta": {"ageInfo": {"age": [age], "birthDate": ""}}}]))
    return root


def test_x2019_shape_end_to_end(tmp_path: Path) -> None:
    # the 2019 GDPR archive at the zip root: ageinfo.js "28" beside personalization's inferred "18-24", the old
    # audienceAndAdvertisers with advertisers and numAudiences only (the tester's x2019)
    root = _x2019(tmp_path, age="28", inferred="18-24", interests=["Baking"], advertisers=["@flourco"])
    rep = infer(api.timeline([root]), now=NOW)
    f = rep.finding("platform_vs_derived")
    assert f.value["twitter_inferences"] == {"audience_advertisers": {"count": 1, "top": ["@flourco"]},
                                             "audiences": 12}
    assert f.value["demographic_remarks"] == [
        "X's inferred age range 18-24 contradicts the age X holds for you (28, ageinfo.js)."]
    assert f.value["twitter_deleted_posts"] is None


def test_deleted_posts_alone_still_make_the_platform_finding() -> None:
    # an archive with deleted-tweets.js and no personalization.js (the tester's x_notetweet): said, not "0 of 0"
    s = Stream("x.zip")
    events = [s.ev(T0, "twitter.tweet", "A live post"),
              s.ev(T0 + timedelta(days=1), "twitter.deleted_tweet", "A deleted post", member="data/deleted-tweets.js"),
              s.ev(None, "twitter.audience_count", "0", member="data/personalization.js", count=0)]
    f = infer(events, now=NOW).finding("platform_vs_derived")
    deleted = f.value["twitter_deleted_posts"]
    assert deleted["count"] == 1 and deleted["with_deletion_time"] == 0
    assert f.summary == ("No platform declares interests, audiences or demographics in the exports given. X's "
                         "personalization file also lists: you are in no tailored audience of advertisers "
                         "(numAudiences 0). X kept 1 post you deleted (deleted-tweets.js, posted 2024-01-02).")


def test_deleted_posts_are_opt_in_in_a_timeline_and_read_by_a_report(tmp_path: Path) -> None:
    # a timeline of the live posts stays as it was (the cases' exact kind counts); --kind names them; the
    # report counts them all the same (Parser.report_kinds), with --jobs too
    data = tmp_path / "x" / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "1500000001"}}')
    live = [{"tweet": {"id_str": str(1780000000000000001 + k), "created_at": f"Mon Apr 15 10:00:0{k} +0000 2024",
                       "full_text": f"Live post {k}"}} for k in range(3)]
    gone = [{"tweet": {"id_str": "1780000000000000009", "created_at": "Tue Apr 16 08:00:00 +0000 2024",
                       "full_text": "Deleted post", "deleted_at": "Wed Apr 17 08:00:00 +0000 2024"}}]
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(live))
    (data / "deleted-tweets.js").write_text("window.YTD.deleted_tweets.part0 = " + json.dumps(gone))
    root = tmp_path / "x"
    assert [e.kind for e in api.timeline([root])] == ["twitter.tweet"] * 3
    assert [e.kind for e in api.timeline([root], kinds=["twitter.*"])] == ["twitter.tweet"] * 3
    assert [e.text for e in api.timeline([root], kinds=["twitter.deleted_tweet"])] == ["Deleted post"]
    for jobs in (1, 2):
        stats = api.RunStats()
        rep = api.report([root], stats=stats, jobs=jobs)
        assert rep.finding("platform_vs_derived").value["twitter_deleted_posts"]["count"] == 1
        assert not stats.warnings


def test_redact_says_x_contradicts_itself_without_the_ages(tmp_path: Path) -> None:
    # T33A H1: "X's inferred age range 45-54 contradicts the age X holds for you (25-34, ageinfo.js)" stayed in a
    # --redact report beside "age [redacted]"; the contradiction is said, the ranges are not
    from dataexam.report.redact import redact

    root = _x2019(tmp_path, age="25-34", inferred="45-54", interests=[], advertisers=None)
    data = redact(infer(api.timeline([root]), now=NOW).to_dict())
    f = next(x for x in data["findings"] if x["id"] == "platform_vs_derived")
    assert f["value"]["demographic_remarks"] == [
        "X's inferred age range contradicts the age X holds for you (ageinfo.js)."]
    assert "45-54" not in json.dumps(data) and "25-34" not in json.dumps(data)
