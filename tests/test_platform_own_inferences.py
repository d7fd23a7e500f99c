"""The platforms' own statements the twenty-ninth pass's first tester (T29A) found dropped or misread: Facebook's 2026
off-Meta event type (H1), message requests ranked as top contacts (H2), X's ad targeting (M1), topics counted
against themselves (M2), Facebook's inferred topics (M3), Facebook's per-login place (L1), "1 Facebook friends" (L2).

Inputs are invented values in the real shapes the tester built (/work/wt/t29a-inputs/*/make.py): the 2026
off-Meta record list (a data-donation extractor's description: "ID / Event / Received on"), DYI message folders,
X ``ad-impressions.js`` / ``ad-engagements.js`` ``matchedTargetingCriteria`` (rust-utilities/twitter-archive doc
tests), ``your_topics.json`` ``inferred_topics_v2`` (DYI readers' models), ``account_activity_v2`` city/region/country
and ``active_sessions_v2`` location.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_inference_synth import Stream

from dataexam import api
from dataexam import report as report_module
from dataexam.archive import open_archive
from dataexam.events import Event, ParseIssue
from dataexam.inference import infer
from dataexam.inference.platform import _place_meets, login_place, targeting_sentence
from dataexam.report import view
from dataexam_parsers.facebook import FacebookParser

NOW = datetime(2025, 1, 1, tzinfo=UTC)
T0 = datetime(2024, 1, 1, 9, tzinfo=UTC)
EPOCH = 1_704_000_000
PROFILE = {"profile_v2": {"name": {"full_name": "Ina Invent"}}}


def parse(root: Path) -> list[Event]:
    with open_archive(root) as archive:
        return [e for e in FacebookParser().events(archive) if not isinstance(e, ParseIssue)]


def write(root: Path, path: str, obj: object) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(obj), encoding="utf-8")


# ---- H1: the off-Meta event type under every era's label ----------------------------------------------------------

def _off_meta_2026(label: str) -> list[dict]:
    return [{"title": "Invented Pharmacy", "fbid": "77000", "media": [], "label_values": [
        {"label": "ID", "value": "5500"},
        {"label": "Events", "vec": [{"dict": [{"label": "ID", "value": str(880000 + j)},
                                              {"label": label, "value": kind},
                                              {"label": "Received on", "timestamp_value": EPOCH + 60 * j}]}
                                    for j, kind in enumerate(["PAGE_VIEW", "ADD_TO_CART", "PURCHASE"])]}]}]


@pytest.mark.parametrize("label", ["Event", "Type", "Event type"])
def test_off_meta_event_type_is_read_under_every_label(tmp_path: Path, label: str) -> None:
    write(tmp_path, "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
          _off_meta_2026(label))
    events = [e for e in parse(tmp_path) if e.kind == "facebook.off_facebook"]
    assert [e.attrs.get("event_type") for e in events] == ["PAGE_VIEW", "ADD_TO_CART", "PURCHASE"]
    assert {e.attrs["app"] for e in events} == {"Invented Pharmacy"}


def test_off_facebook_event_type_of_the_older_envelope_is_kept(tmp_path: Path) -> None:
    write(tmp_path, "apps_and_websites_off_of_facebook/your_off-facebook_activity.json", {"off_facebook_activity_v2": [
        {"name": "Invented Shop", "events": [{"id": 1, "type": "PURCHASE", "timestamp": EPOCH}]}]})
    (event,) = [e for e in parse(tmp_path) if e.kind == "facebook.off_facebook"]
    assert event.attrs["event_type"] == "PURCHASE"


# ---- H2: message requests are no contacts -------------------------------------------------------------------------

def _thread(root: Path, folder: str, slug: str, other: str, msgs: list[tuple[str, int]]) -> None:
    """One DYI thread; ``msgs`` is (who, hour) with who "me" for the owner, anything else for ``other``."""
    me = "Ina Invent"
    messages = [{"sender_name": me if who == "me" else other, "timestamp_ms": (EPOCH + 3600 * k) * 1000,
                 "content": f"message {k}"} for who, k in msgs]
    write(root, f"your_facebook_activity/messages/{folder}/{slug}/message_1.json", {
        "participants": [{"name": other}, {"name": me}], "title": other, "thread_path": f"{folder}/{slug}",
        "messages": messages[::-1]})


def test_unanswered_message_requests_and_filtered_threads_are_not_top_contacts(tmp_path: Path) -> None:
    write(tmp_path, "personal_information/profile_information/profile_information.json", PROFILE)
    _thread(tmp_path, "inbox", "boinvent_1", "Bo Invent", [("me" if i % 2 else "bo", i) for i in range(6)])
    _thread(tmp_path, "archived_threads", "cyinvent_2", "Cy Invent", [("me" if i % 2 else "cy", i) for i in range(4)])
    _thread(tmp_path, "message_requests", "promoseller_3", "Promo Seller", [("x", i) for i in range(25)])
    _thread(tmp_path, "filtered_threads", "cryptoguru_4", "Crypto Guru", [("x", i) for i in range(10)])
    # a request the person answered is a conversation, whatever its folder
    _thread(tmp_path, "message_requests", "dainvent_5", "Da Invent", [("da", 0), ("me", 1), ("da", 2)])
    f = infer(api.timeline([tmp_path]), now=NOW).finding("social_circle")
    v = f.value
    assert [c["name"] for c in v["top_contacts"]] == ["Bo Invent", "Cy Invent", "Da Invent"]
    assert v["message_requests"] == {"threads": 2, "messages": 35,
                                     "folders": {"filtered_threads": 1, "message_requests": 1}}
    assert v["one_to_one"] == {"sent": 6, "received": 7}  # the requests are out of reciprocity
    assert "top contact Bo Invent (6 messages)" in f.summary
    assert "2 message requests you never answered (35 messages) not counted as contacts" in f.summary
    assert view._h_social(v).startswith("You message Bo Invent most")


def test_x_conversation_the_person_never_wrote_in_is_a_request() -> None:
    s = Stream("x.zip")
    me, friend, stranger = "100", "200", "300"
    events = []
    for k in range(4):
        events.append(s.ev(T0 + timedelta(hours=k), "twitter.dm", "hi", actor="self" if k % 2 else friend,
                           conversation_id=f"{me}-{friend}", sender_id=me if k % 2 else friend,
                           recipient_id=friend if k % 2 else me))
    for k in range(9):
        events.append(s.ev(T0 + timedelta(days=1, hours=k), "twitter.dm", "buy followers", actor=stranger,
                           conversation_id=f"{me}-{stranger}", sender_id=stranger, recipient_id=me))
    v = infer(sorted(events, key=lambda e: e.time), now=NOW).finding("social_circle").value
    assert [c["name"] for c in v["top_contacts"]] == [friend]
    assert v["message_requests"] == {"threads": 1, "messages": 9, "folders": {"x_unanswered": 1}}


def test_x_conversations_stay_contacts_when_the_owner_id_is_unknown() -> None:
    # no DM of the owner's was read: every conversation would look unanswered, so none is set apart
    s = Stream("x.zip")
    events = [s.ev(T0 + timedelta(hours=k), "twitter.dm", "hello", actor="200", conversation_id="100-200",
                   sender_id="200", recipient_id="100") for k in range(3)]
    v = infer(events, now=NOW).finding("social_circle").value
    assert [c["name"] for c in v["top_contacts"]] == ["200"]
    assert v["message_requests"] is None


# ---- M1: X's ad targeting is X's inference --------------------------------------------------------------------------

def _ads(criteria: list[list[tuple[str, str]]]) -> list[Event]:
    s = Stream("x.zip")
    # two lines: one line's copies alone are one text's reading for the languages finding (text._count_repeats_once)
    lines = ("Out on the trail again, lovely hike today", "Back home after a long walk with the dog")
    events = [s.ev(T0 + timedelta(days=i), "twitter.tweet", lines[i % 2]) for i in range(25)]
    events += [s.ev(T0 + timedelta(days=30, hours=k), "twitter.ad_impression", None, actor="@shop",
                    member="data/ad-impressions.js", advertiser_name="Shop",
                    targeting=[{"type": t, "value": v} for t, v in c]) for k, c in enumerate(criteria)]
    return sorted(events, key=lambda e: e.time)


TARGETED = [[("Locations", "Phoenix"), ("Age", "25 to 34")]] * 3 + [[("Locations", "Arizona, US")]] * 4 + [
    [("Interests", "Christianity"), ("Keywords", "hiv test"), ("Gender", "Women")]]


def test_x_ad_targeting_is_shown_as_xs_inference_not_no_declarations() -> None:
    f = infer(_ads(TARGETED), now=NOW).finding("platform_vs_derived")
    t = f.value["twitter_ad_targeting"]
    assert t["ads"] == 8
    assert t["types"]["Locations"] == {"count": 2, "top": [{"value": "Arizona, US", "ads": 4},
                                                           {"value": "Phoenix", "ads": 3}]}
    assert t["types"]["Age"] == {"count": 1, "top": [{"value": "25 to 34", "ads": 3}]}
    assert t["types"]["Gender"] == {"count": 1, "top": [{"value": "Women", "ads": 1}]}
    assert "No platform declarations" not in f.summary
    assert "X's ad targeting matched you (8 ads) on Locations: Arizona, US, Phoenix; Age: 25 to 34" in f.summary


def test_art9_ad_targeting_is_hidden_without_the_flag_and_shown_with_it() -> None:
    hidden = infer(_ads(TARGETED), now=NOW)
    t = hidden.finding("platform_vs_derived").value["twitter_ad_targeting"]
    assert "Interests" not in t["types"] and "Keywords" not in t["types"]
    out = json.dumps(hidden.to_dict())
    for fmt in ("text", "markdown", "html"):
        buf = io.StringIO()
        report_module.render(hidden, fmt, buf)
        out += buf.getvalue()
    assert "Christianity" not in out and "hiv test" not in out.casefold()
    shown = infer(_ads(TARGETED), now=NOW, include_sensitive=True).finding("platform_vs_derived")
    types = shown.value["twitter_ad_targeting"]["types"]
    assert types["Interests"]["top"] == [{"value": "Christianity", "ads": 1}]
    assert types["Keywords"]["top"] == [{"value": "hiv test", "ads": 1}]


def test_only_art9_targeting_says_nothing_about_targeting() -> None:
    f = infer(_ads([[("Interests", "Christianity")]]), now=NOW).finding("platform_vs_derived")
    assert (f.value or {}).get("twitter_ad_targeting") is None
    assert "targeting" not in f.summary


def test_ad_targeting_row_in_the_platform_comparison() -> None:
    rep = infer(_ads(TARGETED), now=NOW)
    rows = {what: (says, implies) for what, says, implies in view.platform_lines(rep.to_dict())}
    says, _implies = rows["X's ad targeting"]
    assert says.startswith("Locations: Arizona, US and Phoenix; Age: 25 to 34")
    assert says.endswith("(8 ads)")


# ---- M2: the topics' evidence counts ------------------------------------------------------------------------------

def test_topic_evidence_counts_texts_without_the_topic_as_against() -> None:
    s = Stream("x.zip")
    events = [s.ev(T0 + timedelta(hours=i), "twitter.tweet", "Out on the trail again, lovely hike today")
              for i in range(120)]
    events.append(s.ev(T0 + timedelta(hours=200), "twitter.tweet", "Nothing much to report from the office"))
    f = infer(events, now=NOW).finding("topics")
    assert (f.evidence.n_support, f.evidence.n_against) == (120, 1)


# ---- M3: Facebook's inferred topics -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["your_topics/your_topics.json", "logged_information/your_topics/your_topics.json"])
def test_your_topics_are_facebooks_inferred_topics(tmp_path: Path, path: str) -> None:
    write(tmp_path, "profile_information/profile_information.json", PROFILE)
    write(tmp_path, path, {"inferred_topics_v2": ["Hiking", "Vegetarian cuisine", "Islam", "Photography"]})
    write(tmp_path, "ads_and_businesses/ads_interests.json", {"topics_v2": ["Hiking", "Coffee"]})
    events = [e for e in parse(tmp_path) if e.kind == "facebook.declared_interest"]
    assert [(e.text, e.attrs["list"]) for e in events if e.attrs["list"] == "your_topics"] == [
        ("Hiking", "your_topics"), ("Vegetarian cuisine", "your_topics"), ("Islam", "your_topics"),
        ("Photography", "your_topics")]
    f = infer(api.timeline([tmp_path]), now=NOW).finding("platform_vs_derived")
    assert f.platform_says["facebook_topics"] == ["Hiking", "Vegetarian cuisine", "Photography"]  # Art. 9 left out
    assert f.platform_says["facebook_interests"] == ["Hiking", "Coffee"]
    shown = infer(api.timeline([tmp_path]), now=NOW, include_sensitive=True).finding("platform_vs_derived")
    assert "Islam" in shown.platform_says["facebook_topics"]
    assert view.platform_list_name("facebook_topics") == "Facebook's inferred topics"


# ---- L1: Facebook's login places ---------------------------------------------------------------------------------

def test_facebooks_login_places_are_its_statement(tmp_path: Path) -> None:
    write(tmp_path, "personal_information/profile_information/profile_information.json", {"profile_v2": {
        "name": {"full_name": "Ina Invent"}, "current_city": {"name": "Lisboa, Portugal", "timestamp": EPOCH}}})
    write(tmp_path, "security_and_login_information/account_activity.json", {"account_activity_v2": [
        {"action": "Login", "timestamp": EPOCH + 86400 * k, "ip_address": f"2001:db8::{k + 1:x}",
         "city": "Lisbon", "region": "Lisbon", "country": "PT", "site_name": "Facebook app"} for k in range(30)]})
    write(tmp_path, "security_and_login_information/where_you're_logged_in.json", {"active_sessions_v2": [
        {"created_timestamp": EPOCH + 3600 * k, "ip_address": "2001:db8::99", "location": "Porto, Portugal"}
        for k in range(2)]})
    f = infer(api.timeline([tmp_path]), now=NOW).finding("platform_vs_derived")
    places = f.value["facebook_login_places"]
    assert places["logins"] == 32
    assert places["places"] == [{"place": "Lisbon, PT", "logins": 30}, {"place": "Porto, Portugal", "logins": 2}]
    assert "Facebook's login records name a place for 32 logins, most often Lisbon, Portugal (30)" in f.summary
    # the home is Facebook's own word here (no registry country for 2001:db8::/32): said, not passed off as a check
    assert places["vs_home"] == {"home": {"city": "Lisboa", "country": "PT"}, "home_basis": "platform declaration",
                                 "agrees": True}
    assert "— your home (Lisboa, Portugal; itself from a platform's declaration)." in f.summary


def test_login_place_wording() -> None:
    assert login_place({"city": "Lisbon", "region": "Lisbon", "country": "PT"}) == "Lisbon, PT"
    assert login_place({"location": "Lisbon, Portugal"}) == "Lisbon, Portugal"
    assert login_place({"ip": "192.0.2.1"}) is None


# ---- L2: counted nouns at a glance -------------------------------------------------------------------------------

def test_one_facebook_friend_is_singular() -> None:
    s = Stream("fb.zip")
    f = infer([s.ev(T0, "facebook.friend", "Bo Invent", status="friend")], now=NOW).finding("social_circle")
    assert f.summary.startswith("1 Facebook friend;") or f.summary.startswith("1 Facebook friend.")
    # the glance's one-subject sentence (WORD59); this test still said the old list (WORD60 brought it up to date)
    assert view._h_social({"facebook_friends": 1, "twitter_followers": 1}) == (
        "You have 1 Facebook friend and 1 X follower.")
    assert view._h_social({"facebook_friends": 2}) == "You have 2 Facebook friends."


def test_targeted_languages_and_places_are_set_against_the_derived_ones() -> None:
    events = _ads([[("Languages", "German"), ("Locations", "Phoenix")]] * 2)
    t = infer(events, now=NOW).finding("platform_vs_derived").value["twitter_ad_targeting"]
    assert t["vs_languages"] == {"targeted": ["German"], "derived": ["English"], "agrees": False}
    rows = {what: implies for what, _says, implies in view.platform_lines(
        infer(events, now=NOW).to_dict())}
    assert rows["X's ad targeting"] == "you write in English: not the targeted languages"
    # the home side, as the finding words it
    said = targeting_sentence({"ads": 3, "types": {"Locations": {"count": 1, "top": [{"value": "Phoenix", "ads": 3}]}},
                               "vs_home": {"targeted": ["Phoenix"], "home": {"city": "Lisbon", "country": "PT"},
                                           "home_basis": "nights", "agrees": False}})
    assert said == ("X's ad targeting matched you (3 ads) on Locations: Phoenix. Its targeted places (Phoenix) are "
                    "not your home (Lisbon, Portugal).")
    assert _place_meets("Arizona, US", {"country": "US"}) and not _place_meets("Phoenix", {"country": "US"})


def test_your_topics_in_the_string_map_shape(tmp_path: Path) -> None:
    # {"topics_your_topics": [{"string_map_data": {"Name": {"value"}}}]}: the shape of recommended_topics.json
    # (formats.md) and of peers' your_topics readers (d3i-style extractors, a Streamlit viewer)
    write(tmp_path, "preferences/your_topics/your_topics.json", {"topics_your_topics": [
        {"string_map_data": {"Name": {"href": "", "value": name, "timestamp": 0}}} for name in ("Hiking", "Baking")]})
    events = [e for e in parse(tmp_path) if e.kind == "facebook.declared_interest"]
    assert [(e.text, e.attrs["list"]) for e in events] == [("Hiking", "your_topics"), ("Baking", "your_topics")]


def test_redact_withholds_the_targeting_values_and_keeps_the_types() -> None:
    from dataexam.report.redact import redact

    data = redact(infer(_ads(TARGETED), now=NOW).to_dict())
    f = next(x for x in data["findings"] if x["id"] == "platform_vs_derived")
    t = f["value"]["twitter_ad_targeting"]
    assert t["types"]["Locations"] == {"count": 2, "top": [{"value": "[redacted]", "ads": 4},
                                                           {"value": "[redacted]", "ads": 3}]}
    assert "Phoenix" not in json.dumps(f) and "25 to 34" not in json.dumps(f)
    assert "X's ad targeting matched you (8 ads) on Locations: [redacted], [redacted]" in f["summary"]


def test_targeted_interests_and_age_are_set_against_the_derived_interests_and_xs_age() -> None:
    events = _ads([[("Interests", "Hiking"), ("Interests", "Cooking"), ("Age", "25 to 34")]] * 2)
    s = Stream("x2.zip")
    events.append(s.ev(None, "twitter.declared_demographic", "45-54", member="data/ageinfo.js", type="age",
                       value="45-54"))
    f = infer(events, now=NOW).finding("platform_vs_derived")
    t = f.value["twitter_ad_targeting"]
    assert t["vs_interests"] == {"mappable": 2, "backed": 1}  # hiking is in the tweets, cooking is not
    assert t["vs_age"] == {"targeted": ["25 to 34"], "x_holds": ["45-54"], "agrees": False}
    assert "Its targeted age (25 to 34) is not the age X holds for you (45-54)." in f.summary
    assert "1 of its 2 targeted interests or keywords that map to a category are backed by your records." in f.summary


def test_redact_withholds_the_targeted_age_and_the_age_x_holds() -> None:
    # T33A H1: the ad-targeting age check quoted "25 to 34" and X's "45-54" in a --redact report, in the value, the
    # summary and every renderer's row; the age ranges are demographics, redacted as the list is
    from dataexam.report.redact import redact

    events = _ads([[("Interests", "Hiking"), ("Age", "25 to 34")]] * 2)
    events.append(Stream("x2.zip").ev(None, "twitter.declared_demographic", "45-54", member="data/ageinfo.js",
                                      type="age", value="45-54"))
    rep = infer(events, now=NOW)
    data = redact(rep.to_dict())
    f = next(x for x in data["findings"] if x["id"] == "platform_vs_derived")
    assert f["value"]["twitter_ad_targeting"]["vs_age"] == {"targeted": ["[redacted]"], "x_holds": ["[redacted]"],
                                                             "agrees": False}
    assert "Its targeted age ([redacted]) is not the age X holds for you ([redacted])." in f["summary"]
    for fmt in ("text", "markdown", "html", "json"):
        buf = io.StringIO()
        report_module.render(rep, fmt, buf, redact=True)
        assert "45-54" not in buf.getvalue() and "25 to 34" not in buf.getvalue(), fmt
