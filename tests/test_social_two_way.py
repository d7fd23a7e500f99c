"""The social circle counts people who talk with the person, once each (T29C M5, M6, L2; PLATX's ads left over).

The tester's input (`social`): Paul's two Facebook downloads (2023-12, 2024-12). His partner Anna renamed Weber →
Schmidt at her wedding: her thread is `annaweber_1000` in the first download, `annaschmidt_1000` in the second (one
thread id), and was two contacts counted twice per 2023 quarter. Three strangers wrote in 2023 and were never answered,
and Paul wrote to "Landlord Office", who never answered: with Anna twice they made "your one-to-one circle went from
about 6 people a quarter to about 2" at high, though the people he talks with stayed two; the landlord was
"landlordoffice (never replied)". People are invented; records are built as events, or as Facebook writes its files.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_inference_synth import Stream

from dataexam import api
from dataexam import report as report_module
from dataexam.inference import Confidence, infer
from dataexam.inference.adonce import AdOnce

NOW = datetime(2025, 6, 1, tzinfo=UTC)
ME = "Paul Meyer"


def _msg(s: Stream, t: datetime, actor: str, thread: str, **attrs: object):
    return s.ev(t, "facebook.message", "hi", actor=actor, thread=thread, sender=ME if actor == "self" else actor,
                participants=2, thread_folder="inbox", **attrs)


def _monthly(s: Stream, thread: str, other: str, months: list[tuple[int, int]], *, mine: bool = True,
             theirs: bool = True, **attrs: object) -> list:
    out = []
    for y, m in months:
        t = datetime(y, m, 10, 18, tzinfo=UTC)
        if theirs:
            out.append(_msg(s, t, other, thread, **attrs))
        if mine:
            out.append(_msg(s, t + timedelta(minutes=5), "self", thread, **attrs))
    return out


Y2023 = [(2023, m) for m in range(1, 13)]
Y2024 = [(2024, m) for m in range(1, 12)]


def _paul() -> list:
    """Anna in both downloads (renamed in the second, one thread id of four digits as the tester's), Ben, three
    strangers in 2023 never answered, a landlord who never answered Paul."""
    old, new = Stream("out/facebook-paul-2023"), Stream("out/facebook-paul-2024")
    events = _monthly(old, "annaweber_1000", "Anna Weber", Y2023)
    events += _monthly(new, "annaschmidt_1000", "Anna Schmidt", Y2024)
    events += _monthly(old, "benkoch_2000", "Ben Koch", Y2023) + _monthly(new, "benkoch_2000", "Ben Koch", Y2024)
    for k, who in enumerate(("Crypto Deals", "Max Power", "Julia Promo")):
        events += _monthly(old, f"{who.lower().replace(' ', '')}_{4000 + k}", who, Y2023, mine=False)
    events += _monthly(old, "landlordoffice_5000", "Landlord Office", Y2023[:10], theirs=False,
                       partner="Landlord Office")
    return sorted(events, key=lambda e: e.sort_key)


def test_a_partner_renamed_between_downloads_is_one_contact_counted_once_a_quarter():
    social = infer(_paul(), now=NOW).finding("social_circle")
    v = social.value
    assert v["top_contacts"] == [{"name": "Anna Schmidt", "messages": 46}, {"name": "Ben Koch", "messages": 46}]
    assert v["contacts"] == 2 and v["renamed_contacts"] == 1
    assert [q["people"] for q in v["circle_over_time"]] == [2] * 8
    # a maiden name is personal data: the former name is said nowhere, only that a name changed
    assert "Weber" not in json.dumps(v) + social.summary + " ".join(social.caveats)
    assert any("counted once, under the newest name; the former name is not shown" in c for c in social.caveats)


def test_the_circle_is_two_way_and_one_sided_threads_are_apart():
    social = infer(_paul(), now=NOW).finding("social_circle")
    v = social.value
    assert v["circle_change"] is None  # was "about 6 people a quarter … to about 2" at high
    assert v["one_sided"] == {
        "unanswered": {"people": 3, "messages": 36, "top": [{"name": "Crypto Deals", "messages": 12},
                                                            {"name": "Julia Promo", "messages": 12},
                                                            {"name": "Max Power", "messages": 12}]},
        "never_replied": {"people": 1, "messages": 10, "top": [{"name": "Landlord Office", "messages": 10}]}}
    # reciprocity and the Herfindahl index over the two-way contacts; the one-to-one totals hold every message
    assert v["reciprocity"] == 1.0 and v["concentration_hhi"] == 0.5
    assert v["one_to_one"] == {"sent": 56, "received": 82}
    assert ("one-sided threads not counted as contacts: 3 people you never answered (36 messages) and 1 person who "
            "never answered you (10 messages)") in social.summary
    assert social.confidence == Confidence.HIGH
    assert social.confidence_basis == ("exact counts of records; the circle counts the 2 contacts both sides wrote to "
                                       "(4 one-sided threads apart)")


def test_one_sided_names_are_shown_and_redacted():
    report = infer(_paul(), now=NOW)
    for fmt in ("text", "markdown", "html", "json"):
        buf = io.StringIO()
        report_module.render(report, fmt, buf)
        assert "Landlord Office" in buf.getvalue() and "Crypto Deals" in buf.getvalue(), fmt
        buf = io.StringIO()
        report_module.render(report, fmt, buf, redact=True)
        for name in ("Landlord Office", "Crypto Deals", "Julia Promo", "Max Power", "Anna Schmidt", "Anna Weber"):
            assert name not in buf.getvalue(), (fmt, name)
    buf = io.StringIO()
    report_module.render(report, "json", buf, redact=True)
    sided = json.loads(buf.getvalue())["by_id"]["social_circle"]["value"]["one_sided"]
    assert sided["never_replied"]["top"] == [{"name": "one-sided contact 4", "messages": 10}]


def test_a_real_change_of_the_two_way_circle_is_said_at_medium():
    s = Stream("facebook-2024")
    months = [(y, m) for y in (2022, 2023, 2024) for m in range(1, 13)]
    events = []
    for i in range(8):  # eight friends both ways until 2023-06, then two
        events += _monthly(s, f"friend{i}_{100 + i}", f"Friend {i}", months if i < 2 else months[:18])
    for i in range(6):  # strangers writing all along, never answered: no part of the circle
        events += _monthly(s, f"promo{i}_{200 + i}", f"Promo {i}", months, mine=False)
    social = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("social_circle")
    v = social.value
    assert v["circle_change"] == {"before": {"from": "2022-Q1", "to": "2023-Q2", "people": 8},
                                  "after": {"from": "2023-Q3", "to": "2024-Q4", "people": 2}}
    assert social.confidence == Confidence.MEDIUM
    assert "which also change when chats move to another app" in social.confidence_basis
    assert v["one_sided"]["unanswered"]["people"] == 6


def test_without_a_known_owner_no_thread_is_called_one_sided():
    # an X archive with no DM of the owner's: a conversation of one sender may be the owner's own
    s = Stream("x.zip")
    events = [s.ev(datetime(2024, 1, 1, 9 + k, tzinfo=UTC), "twitter.dm", "hello", actor="200",
                   conversation_id="100-200", sender_id="200", recipient_id="100") for k in range(3)]
    v = infer(events, now=NOW).finding("social_circle").value
    assert [c["name"] for c in v["top_contacts"]] == ["200"] and v["one_sided"] is None


def test_an_x_account_is_one_contact_whatever_conversations_hold_it():
    """X by account id: an older archive's DMs without a conversation id (keyed by the partner) and a newer one's
    with it are one person; shown by the newest handle the archive's tweets give the id."""
    s = Stream("twitter-2024")
    me, kari = "900000001", "2222222222"
    events = [s.ev(datetime(2023, 1, 1, tzinfo=UTC), "twitter.tweet", "@kari_old hi", actor="self",
                   in_reply_to_user_id=kari, in_reply_to_screen_name="kari_old"),
              s.ev(datetime(2024, 1, 1, tzinfo=UTC), "twitter.tweet", "@kari_new hi", actor="self",
                   in_reply_to_user_id=kari, in_reply_to_screen_name="kari_new")]
    for i in range(3):
        t = datetime(2023, 3, 1 + i, 9, tzinfo=UTC)
        events.append(s.ev(t, "twitter.dm", "hi", actor=kari, sender_id=kari, recipient_id=me))
        events.append(s.ev(t + timedelta(minutes=1), "twitter.dm", "yo", actor="self", sender_id=me,
                           recipient_id=kari))
        t = datetime(2024, 3, 1 + i, 9, tzinfo=UTC)
        events.append(s.ev(t, "twitter.dm", "hi", actor=kari, conversation_id=f"{me}-{kari}", sender_id=kari,
                           recipient_id=me))
        events.append(s.ev(t + timedelta(minutes=1), "twitter.dm", "yo", actor="self",
                           conversation_id=f"{me}-{kari}", sender_id=me, recipient_id=kari))
    v = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("social_circle").value
    assert v["top_contacts"] == [{"name": "@kari_new", "messages": 12, "account_id": kari}]
    assert v["contacts"] == 1


def _dump(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj))


def _thread(root: Path, folder: str, title: str, people: list[str], msgs: list[tuple[int, str]]) -> None:
    """A DYI thread file as Facebook writes it: newest message first, the title after the messages."""
    _dump(root / "your_facebook_activity/messages/inbox" / folder / "message_1.json", {
        "participants": [{"name": p} for p in people],
        "messages": [{"sender_name": who, "timestamp_ms": ms, "content": f"m{ms}"} for ms, who in sorted(msgs)[::-1]],
        "title": title, "is_still_participant": True, "thread_path": f"inbox/{folder}"})


def test_two_parsed_downloads_the_renamed_partner_and_the_landlord(tmp_path):
    """End to end on Facebook's files: Anna's 2023 messages are in both downloads (under her old and her new name)
    and count once; the landlord's thread, whose title comes after the messages, is named as its participant."""
    base = 1_675_000_000_000  # 2023-01-29
    day = 86_400_000
    y2023 = [(base + i * 7 * day, who) for i in range(20) for who in ("Anna", ME)]
    y2024 = [(base + (400 + i * 7) * day, who) for i in range(10) for who in ("Anna", ME)]
    for label, name, folder, msgs in (("2023", "Anna Weber", "annaweber_1000", y2023),
                                      ("2024", "Anna Schmidt", "annaschmidt_1000", y2023 + y2024)):
        root = tmp_path / f"facebook-paul-{label}"
        _dump(root / "personal_information/profile_information/profile_information.json",
              {"profile_v2": {"name": {"full_name": ME}}})
        # the messages are offset by their index (+i ms), as the tester's files are: one second still
        _thread(root, folder, name, [name, ME], [(ms + i % 7, name if who == "Anna" else who)
                                                 for i, (ms, who) in enumerate(msgs)])
        if label == "2023":
            _thread(root, "landlordoffice_5000", "Landlord Office", ["Landlord Office", ME],
                    [(base + i * day + 5000, ME) for i in range(4)])
    report = infer(list(api.timeline([tmp_path / "facebook-paul-2023", tmp_path / "facebook-paul-2024"])),
                   now=NOW)
    v = report.finding("social_circle").value
    assert v["top_contacts"] == [{"name": "Anna Schmidt", "messages": 60}]
    assert v["renamed_contacts"] == 1
    assert v["one_sided"]["never_replied"] == {"people": 1, "messages": 4,
                                               "top": [{"name": "Landlord Office", "messages": 4}]}
    assert v["one_sided"]["unanswered"] is None


def _ad(s: Stream, kind: str, t: datetime, tweet: str, **extra: object):
    return s.ev(t, kind, "Try our shoes", actor="@shoes", member=f"data/{kind.split('_')[-1]}s.js",
                advertiser_name="Shoes", advertiser_screen_name="@shoes", display_location="TimelineHome",
                device_os="Ios", promoted_tweet_id=tweet,
                targeting=[{"type": "Locations", "value": "Cologne"}], **extra)


def test_an_ad_in_both_x_ad_files_is_counted_once():
    """An ad engaged with is in ad-impressions.js and again, whole, in ad-engagements.js (impressionAttributes):
    X's ad targeting counted it twice (PLATX left it)."""
    s = Stream("twitter-2024")
    t0 = datetime(2024, 5, 1, 12, tzinfo=UTC)
    events = [s.ev(t0 - timedelta(days=i), "twitter.tweet", "Out on the trail again, lovely hike today")
              for i in range(25)]
    events += [_ad(s, "twitter.ad_impression", t0 + timedelta(hours=k), str(100 + k)) for k in range(3)]
    events.append(_ad(s, "twitter.ad_engagement", t0, "100", engagements=[{"type": "Click", "time": None}]))
    # another ad of the same advertiser at the same second (another tweet) is another ad
    events.append(_ad(s, "twitter.ad_impression", t0, "999"))
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    targeting = report.finding("platform_vs_derived").value["twitter_ad_targeting"]
    assert targeting["ads"] == 4
    assert targeting["types"]["Locations"]["top"] == [{"value": "Cologne", "ads": 4}]
    once = AdOnce()
    assert [once(e) for e in sorted(events[25:], key=lambda e: e.sort_key)].count(True) == 4
