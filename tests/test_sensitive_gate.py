"""The sensitive gate: without --include-sensitive no finding quotes a record text, nor names a platform-declared
interest, of a GDPR Art. 9 special category, in any format; with it everything shows as before.

The inputs are the twenty-third pass's tester's (/work/wt/t23a-inputs/sensitive-leak, platform-art9), rebuilt
from invented values: a Berlin person whose first Amazon orders (three of them at 01:30) are a pregnancy test,
prenatal vitamins, an antidepressant pill organiser, a blood-pressure monitor, condoms and a Bible, whose first
tweets pray at church and doubt an antidepressant; and an X archive whose personalization interests mix Cycling
with Christianity, Islam, LGBTQ+, the Democratic Party, Pregnancy, Diabetes, Mental health and Gay pride.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rich.console import Console
from test_inference_synth import Stream, local, person

from dataexam import report as report_module
from dataexam.categories import WITHHELD_EXCERPT, special_category, special_excerpt
from dataexam.events import Origin
from dataexam.inference import infer, platform, sensitive
from dataexam.inference.model import Evidence, EvidenceItem, Finding

NOW = datetime(2025, 1, 1, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
START = date(2023, 1, 2)

SENSITIVE_ORDERS = ("Pregnancy Test Strips, 20 count", "Prenatal Vitamin with Folic Acid, 90 tablets",
                    "Antidepressant pill organiser, weekly", "Blood Pressure Monitor, upper arm",
                    "Condoms, ultra thin, 12 pack", "Holy Bible, large print")
SENSITIVE_TWEETS = ("Praying at church this morning, thank you Lord for the strength.",
                    "Feeling hopeless again, the antidepressant dose is not working.",
                    "Marching at the Pride parade with my girlfriend today!",
                    "Voted for the Greens, canvassing for the election campaign tonight.")
# export order of X's personalization interests (formats.md §2.4 shape)
DECLARED = ("Cycling", "Christianity", "Islam", "LGBTQ+", "Democratic Party", "Pregnancy", "Diabetes",
            "Mental health", "Gay pride")
SPECIAL_DECLARED = DECLARED[1:]
# words of the records above that must appear nowhere in a default report (the literature and methods name
# "pregnancy" and "Democrat" in general terms, so the record's own words are checked)
LEAKS = ("Pregnancy Test", "Prenatal Vitamin", "Antidepressant", "antidepressant dose", "Blood Pressure", "Condoms",
         "Holy Bible", "Praying", "Pride parade", "Greens", "Christianity", "Islam", "LGBTQ", "Democratic Party",
         "Diabetes", "Mental health", "Gay pride")


def _leak_events() -> list:
    """sensitive-leak/: a year of tweets in Berlin, sensitive ones first; orders, the first six sensitive, the
    first three at 01:30 local; German logins."""
    s = Stream("amazon")
    x = Stream("twitter-2024")
    events = person(days=120, start=START, text="Rode the bike to work along the canal.")
    for i, text in enumerate(SENSITIVE_TWEETS * 2):
        events.append(x.ev(local(BERLIN, START + timedelta(days=i), 12.0), "twitter.tweet", text,
                           member="data/tweets.js"))
    for i in range(40):
        d = START + timedelta(days=3 * i)
        name = SENSITIVE_ORDERS[i] if i < len(SENSITIVE_ORDERS) else ("Bike inner tube 28 inch", "Coffee beans 1kg",
                                                                      "Running shoes, neutral")[i % 3]
        hour = 1.5 if i < 3 else 19.0
        events.append(s.ev(local(BERLIN, d, hour), "amazon.order_item", name, total="19.99", currency="EUR",
                           order_id=str(i), member="Retail.OrderHistory.1/Retail.OrderHistory.1.csv"))
        events.append(x.ev(local(BERLIN, d, 20.0), "twitter.login", ip="85.214.132.117"))
    return sorted(events, key=lambda e: e.sort_key)


def _declared_events() -> list:
    """platform-art9/: X's interests, one record (p13nData, record 0), in an order their keys do not keep."""
    x = Stream("twitter-2024")
    declared = [replace(x.ev(None, "twitter.declared_interest", name, member="data/personalization.js", name=name,
                             source="interests", position=position), origin=Origin("twitter-2024",
                                                                                     "data/personalization.js", 0))
                for position, name in enumerate(DECLARED)]
    gender = x.ev(None, "twitter.declared_demographic", "male", member="data/personalization.js", type="gender",
                  value="male")
    # undated records come in their keys' order: the export's order reversed proves it is restored
    timed = sorted(person(days=60, start=START, text="Rode the bike to the lake today."), key=lambda e: e.sort_key)
    return [*timed, gender, *reversed(declared)]


@pytest.fixture(scope="module")
def leak() -> tuple[Any, Any]:
    events = _leak_events()
    return infer(events, now=NOW), infer(events, include_sensitive=True, now=NOW)


@pytest.fixture(scope="module")
def leak_kept() -> Any:
    """The --include-sensitive report of the leak events without their special purchases: what every count and
    evidence pointer of the default report must equal (T26C H3)."""
    return infer([e for e in _leak_events() if not sensitive.withheld_purchase(e)], include_sensitive=True, now=NOW)


@pytest.fixture(scope="module")
def declared() -> tuple[Any, Any]:
    events = _declared_events()
    return infer(events, now=NOW), infer(events, include_sensitive=True, now=NOW)


def _render(rep: Any, fmt: str, detail: str = "default", redact: bool = False) -> str:
    buf = io.StringIO()
    report_module.render(rep, fmt, buf, detail=detail, redact=redact)  # type: ignore[arg-type]
    # the HTML file embeds plotly, whose code names colour scales ("Greens") and calendars ("islamic")
    return re.sub(r"<script\b.*?</script>", "", buf.getvalue(), flags=re.DOTALL)


def _excerpts(data: Any) -> list[str]:
    """Every ``excerpt`` anywhere in a report dict (evidence items and records quoted inside values)."""
    if isinstance(data, dict):
        return [*([data["excerpt"]] if isinstance(data.get("excerpt"), str) else []),
                *(x for v in data.values() for x in _excerpts(v))]
    if isinstance(data, list):
        return [x for v in data for x in _excerpts(v)]
    return []


# -- the keyword map -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "category"), [
    ("Pregnancy Test Strips, 20 count", "health"), ("Prenatal Vitamin with Folic Acid", "health"),
    ("Antidepressant pill organiser, weekly", "health"), ("Blood Pressure Monitor, upper arm", "health"),
    ("Diabetes", "health"), ("Mental health", "health"), ("Stretch marks cream", "health"),
    ("Condoms, ultra thin, 12 pack", "sexuality"), ("Gay pride", "sexuality"), ("LGBTQ+", "sexuality"),
    ("Holy Bible, large print", "religion"), ("Praying at church this morning", "religion"),
    ("Christianity", "religion"), ("Islam", "religion"), ("Democratic Party", "politics"),
    ("Voted for the Greens, canvassing tonight", "politics"),
    # the final tester: German and Spanish store words, common English wordings, the platforms' own labels
    ("Schwangerschaftstest Frühtest, 10 Stück", "health"), ("Ich bin schwanger!!", "health"),
    ("Prueba de embarazo digital", "health"), ("Home STD Test Kit for Chlamydia and Gonorrhea", "health"),
    ("Chemo Care Package for Women", "health"), ("ADHD Planner for Adults", "health"),
    ("Bipolar Disorder Workbook", "health"), ("Breast cancer awareness", "health"), ("Abortion", "health"),
    ("Kondome extra dünn, 12 Stück", "sexuality"), ("Homosexuality", "sexuality"),
    ("Same-sex marriage", "sexuality"), ("Die Bibel - Lutherübersetzung", "religion"),
    ("Koran, deutsche Übersetzung", "religion"), ("Heute in der Kirche gebetet", "religion"),
    ("Hoy fui a misa en la iglesia", "religion"), ("Jesus", "religion"), ("Sikhism", "religion"),
    ("Hijab Scarf for Women, Jersey", "religion"), ("Hanukkah Menorah", "religion"), ("Churches", "religion"),
    ("Trump 2024 MAGA Hat", "politics"),
    # the fourth tester: the platforms' labels
    ("Catholicism", "religion"), ("Bisexuality", "sexuality"), ("Labor unions", "union"),
    ("Alzheimer's disease", "health"),
    # the twenty-fifth pass's tester: mental health as people write it in a post
    ("Feeling suicidal again, thinking about self-harm, awful miserable day", "health"),
    ("I am so depressed, nothing helps", "health"), ("Some days I just want to die", "health"),
    ("Three years sober today", "health"), ("Diagnosed with PTSD last spring", "health"),
    ("Jeg er så deprimert", "health"), ("Ich bin deprimiert", "health"),
])
def test_the_testers_items_are_special(text: str, category: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", [
    "Made pasta for dinner.", "Dinner with Christian and Lea tonight", "Tinder for the campfire",
    "Kosher salt, 1 kg", "Meal prep boxes", "Some anxiety before the exam", "Baby stroller, grey",
    "Rode the bike to work along the canal.", None, "",
    # the fourth tester: German hours ("Std."), a stepper motor, beetroot, a jeweller, a card game
    "Powerbank 20000 mAh, 20 Std. Laufzeit", "Bipolar stepper motor NEMA 17", "Rote Beten, 500 g",
    "CHRIST Schmuck Ring Silber", "Trump card game for kids",
])
def test_everyday_texts_are_not_special(text: str | None) -> None:
    # a first name, another sense of a word, an everyday feeling, any parent's shopping (a pregnancy's last
    # group: the non-sensitive "baby" interest) stay quotable
    assert special_category(text) is None


def test_an_excerpt_cut_through_a_keyword_is_still_special() -> None:
    assert special_excerpt("Feeling hopeless again, the antidepres…") == "health"
    assert special_excerpt("Praying at the chur…") == "religion"
    assert special_excerpt("A long walk along the riv…") is None
    assert special_excerpt("A long walk along the canal") is None


# -- the gate on every finding ---------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
@pytest.mark.parametrize("detail", ["default", "full"])
def test_no_special_record_text_in_any_format(leak: tuple[Any, Any], fmt: str, detail: str) -> None:
    out = _render(leak[0], fmt, detail)
    for word in LEAKS:
        assert word not in out, (fmt, detail, word)
    if detail == "full" or fmt in ("json", "html"):
        # the special orders are set aside by the whole default report (ART9 fault 2): it says so, never how many
        assert "are left out of every purchase figure here" in " ".join(out.split())
    shown = " ".join(_render(leak[1], fmt, detail).split())  # --include-sensitive: everything shows, as before
    assert "text withheld" not in shown
    if fmt != "text" or detail == "full":  # the terminal's default shows one example per finding
        assert "Pregnancy Test Strips" in shown


def test_withheld_excerpts_keep_their_place_and_the_counts(leak: tuple[Any, Any], leak_kept: Any) -> None:
    default, full = leak[0].to_dict(), leak[1].to_dict()
    by_id = {f["id"]: f for f in full["findings"]}
    # every finding of the default report counts and points at what a report of the same records without the special
    # purchases does: none counts a purchase another leaves out (T26C H3: the time zone's basis, the home's orders)
    kept = {f["id"]: f for f in leak_kept.to_dict()["findings"]}
    gated = 0
    for f in default["findings"]:
        g = kept[f["id"]]
        assert f["evidence"]["n_support"] == g["evidence"]["n_support"], f["id"]
        assert f["evidence"]["n_against"] == g["evidence"]["n_against"], f["id"]
        assert len(f["evidence"]["items"]) == len(g["evidence"]["items"]), f["id"]
        for a, b in zip(f["evidence"]["items"], g["evidence"]["items"]):
            # the same record; a night-time one's date withheld (sensitive.withhold_night_dates, for everyone), and a
            # withheld text's too (its date would point at it: T31B A1)
            assert a["time"] == b["time"] or (a["time"].startswith(sensitive.TIME_WITHHELD) and (sensitive.is_night(
                b["time"], ZoneInfo("Europe/Berlin")) or a["excerpt"] == WITHHELD_EXCERPT)), f["id"]  # Berlin persona
            assert {k: v for k, v in a.items() if k not in ("excerpt", "time")} == {
                k: v for k, v in b.items() if k not in ("excerpt", "time")}
            if a["excerpt"] != b["excerpt"]:
                assert a["excerpt"] == WITHHELD_EXCERPT and special_category(b["excerpt"]), (f["id"], b["excerpt"])
                gated += 1
    assert gated >= 0
    assert not any(special_category(x) for x in _excerpts(default))
    # the six special orders are not in the default report's purchase findings at all: neither quoted nor counted
    spending = next(f for f in default["findings"] if f["id"] == "spending")
    assert spending["evidence"]["n_support"] == 34 and by_id["spending"]["evidence"]["n_support"] == 40
    assert not any(i["excerpt"] in SENSITIVE_ORDERS for i in spending["evidence"]["items"])
    # with --include-sensitive impulse buying's late-night examples are the three orders at 01:30, pointed at
    impulse = by_id["impulse_buying"]
    assert [i["excerpt"] for i in impulse["evidence"]["items"][:3]] == [None] * 3


ORDER_KIND = "amazon.order_item"
WHEN_FINDINGS = ("timezone", "sleep", "social_jetlag", "late_nights", "routine")


@pytest.mark.parametrize("which", [0, 1], ids=["default", "include-sensitive"])
def test_findings_that_rest_on_when_quote_no_record_text(leak: tuple[Any, Any], which: int) -> None:
    # the twenty-third pass's tester: a pregnancy test bought at 01:30 was the time zone's first example. A word
    # list cannot know every language and brand, so the clock findings and late-night buying point at their
    # records (export, file, record, time, kind) and quote none of them, with or without --include-sensitive
    data = leak[which].to_dict()
    by_id = {f["id"]: f for f in data["findings"]}
    quoted = 0
    for fid in WHEN_FINDINGS:
        for item in by_id[fid]["evidence"]["items"]:
            assert item["excerpt"] is None and item["time"] and item["member"] and item["kind"], (fid, item)
            quoted += 1
    assert quoted >= 10  # the time zone and sleep findings keep their examples, only without text
    late_buys = by_id["impulse_buying"]["evidence"]["items"][:3]  # the three orders at 01:30
    if which == 1:
        assert [i["kind"] for i in late_buys] == [ORDER_KIND] * 3 and all(i["excerpt"] is None for i in late_buys)
    else:  # the three orders at 01:30 are special: a default report sets them aside (ART9 fault 2)
        assert by_id["impulse_buying"]["value"]["late_night_items"] == 0
    if which == 1:  # with --include-sensitive the spending finding still quotes its orders
        assert by_id["spending"]["evidence"]["items"][0]["excerpt"] == SENSITIVE_ORDERS[0]


def test_the_default_examples_prefer_a_quotable_record(leak: tuple[Any, Any]) -> None:
    # "For example" shows what a record says; the withheld ones still count and show with --detail full
    out = _render(leak[0], "text")
    spending = out[out.index("Spending"):]
    example = spending[spending.index("For example"):spending.index("\n\n")]
    assert "text withheld" not in example and any(w in example for w in ("Bike inner tube", "Coffee", "Running"))


def test_records_quoted_inside_a_value_are_gated() -> None:
    # impulse buying's ad → order pairs and the trust score's per-factor evidence hold items' dict form
    order = EvidenceItem("amazon", "orders.csv", 3, "2023-01-02T00:30:00Z", "amazon.order_item",
                         "Pregnancy Test Strips, 20 count")
    plain = EvidenceItem("amazon", "orders.csv", 4, None, "amazon.order_item", "Coffee beans 1kg")
    f = Finding(id="impulse_buying", title="t", value={"pairs": [{"ad": plain.to_dict(), "order": order.to_dict()}],
                                                         "share": 0.5},
                confidence="low", confidence_basis="b", method="m",  # type: ignore[arg-type]
                evidence=Evidence(items=[order, plain], n_support=2))
    assert sensitive.gate(f) == 1
    assert [i.excerpt for i in f.evidence.items] == [WITHHELD_EXCERPT, "Coffee beans 1kg"]
    assert f.value["pairs"][0]["order"]["excerpt"] == WITHHELD_EXCERPT
    assert f.value["pairs"][0]["ad"]["excerpt"] == "Coffee beans 1kg" and f.value["share"] == 0.5


def test_the_whole_text_decides_not_only_the_excerpt() -> None:
    # the keyword past the excerpt's 80 characters still withholds it (EvidenceItem.special)
    s = Stream()
    e = s.ev(datetime(2023, 1, 1, tzinfo=UTC), "twitter.tweet",
             "A long day at work, then the supermarket, then the post office, then home again to finally "
             "take the antidepressant")
    item = EvidenceItem.of(e)
    assert "antidepressant" not in (item.excerpt or "") and item.special == "health"
    assert sensitive.gate_item(item).excerpt == WITHHELD_EXCERPT


# -- what the platforms declare ---------------------------------------------------------------------------------
def test_special_declared_interests_are_left_out_unsaid(declared: tuple[Any, Any]) -> None:
    """T27B L7: "8 more in special categories of data (health, politics …)" told, without the flag, that the
    platform had put the person in a health audience; now no format says whether or which (the report's "never
    whether one was found", the trust score's reason to hide its excluded count)."""
    f = declared[0].finding("platform_vs_derived")
    x = f.value["platforms"]["twitter_interests"]
    assert [r["declared"] for r in x["items"]] == ["Cycling"]
    assert "withheld_special" not in x and x["mappable"] == 1
    assert f.platform_says == {"twitter_interests": ["Cycling"]}
    assert "special categories" not in f.summary
    # the one sentence about them is said whether or not any was left out
    assert platform.SPECIAL_NOTE in f.caveats
    # no withheld evidence item stands for them either: the evidence is the one item shown
    assert WITHHELD_EXCERPT not in [i.excerpt for i in f.evidence.items]
    for fmt in ("text", "json", "markdown", "html"):
        for detail in ("default", "full"):
            out = _render(declared[0], fmt, detail)
            for name in SPECIAL_DECLARED:
                assert name not in out, (fmt, detail, name)
            for word in ("more in special categories", "GDPR Art. 9: ", "health, politics", "withheld_special",
                         "text withheld", "in special categories, not named"):
                assert word not in out, (fmt, detail, word)


def _x_interests(*names: str) -> list:
    x = Stream("twitter-2024")
    return [x.ev(None, "twitter.declared_interest", n, member="data/personalization.js", name=n, source="interests",
                 position=i) for i, n in enumerate(names)]


def test_the_special_note_is_said_whether_or_not_any_was_left_out() -> None:
    f = infer(_x_interests("Cycling"), now=NOW).finding("platform_vs_derived")
    assert platform.SPECIAL_NOTE in f.caveats
    shown = infer(_x_interests("Cycling"), include_sensitive=True, now=NOW).finding("platform_vs_derived")
    assert platform.SPECIAL_NOTE not in shown.caveats


def test_a_list_of_only_special_items_reads_as_no_list() -> None:
    # an X list holding nothing but "Pregnancy" must read as an export without declarations, not "0 of 0"
    only = infer(_x_interests("Pregnancy", "Islam"), now=NOW).finding("platform_vs_derived")
    none = infer(person(days=5, start=START, text="Rode the bike."), now=NOW).finding("platform_vs_derived")
    assert only.value is None and only.summary == none.summary
    shown = infer(_x_interests("Pregnancy", "Islam"), include_sensitive=True, now=NOW).finding("platform_vs_derived")
    assert [r["declared"] for r in shown.value["platforms"]["twitter_interests"]["items"]] == ["Pregnancy", "Islam"]


def test_declared_interests_keep_the_exports_order(declared: tuple[Any, Any]) -> None:
    shown = declared[1].finding("platform_vs_derived").value["platforms"]["twitter_interests"]
    assert [r["declared"] for r in shown["items"]] == list(DECLARED)
    assert "withheld_special" not in shown
    text = _render(declared[1], "text")
    assert "Cycling, Christianity" in text.replace("\n", " ")


def test_redact_still_works_on_a_gated_report(leak: tuple[Any, Any], declared: tuple[Any, Any]) -> None:
    for rep in (leak[0], declared[0]):
        for fmt in ("text", "json", "markdown", "html"):
            out = _render(rep, fmt, redact=True)
            for word in LEAKS:
                assert word not in out, (fmt, word)
    data = json.loads(_render(declared[0], "json", redact=True))
    pvd = data["by_id"]["platform_vs_derived"]
    assert data["redacted"] is True and pvd["evidence"]["items"] == []
    assert "withheld_special" not in pvd["value"]["platforms"]["twitter_interests"]
    assert "special categories" not in pvd["summary"]


def test_a_low_mood_s_saddest_posts_are_quoted_nowhere_by_default() -> None:
    """The twenty-fifth pass's tester (H2): a year of posts with eight sad weeks whose saddest post says "Feeling
    suicidal again, thinking about self-harm" was quoted 14 times in the default report (languages, mood, topics,
    interests, trust score). Now in no format; with --include-sensitive the mood evidence quotes the sad weeks."""
    s = Stream("facebook-2024")
    events = []
    for i in range(7 * 52):
        d = START + timedelta(days=i)
        low = 20 * 7 <= i < 28 * 7
        text = ("Feeling suicidal again, thinking about self-harm, awful miserable day" if low and i % 7 == 0 else
                "Awful lonely week, so sad and hurt, nothing is okay" if low else
                "What a lovely happy day, great dinner with good friends and a walk")
        events.append(s.ev(local(BERLIN, d, 20.0), "facebook.post", text, member="your_posts__check_ins_1.json"))
    default, shown = infer(events, now=NOW), infer(events, include_sensitive=True, now=NOW)
    assert default.finding("mood").value["low_periods"]
    for fmt in ("text", "json", "markdown", "html"):
        for detail in ("default", "full"):
            out = _render(default, fmt, detail)
            assert "suicidal" not in out and "self-harm" not in out, (fmt, detail)
    quoted = [i.excerpt for i in shown.finding("mood").evidence.items]
    assert quoted and WITHHELD_EXCERPT not in quoted and all("Awful" in q or "suicidal" in q for q in quoted)


# -- views declared on the Facebook profile (ART9 fault 1) --------------------------------------------------------
def _profile_export(root: Any) -> Any:
    """A 2024-25 Facebook export whose profile_information.json declares a religious and a political view, in the
    shape the profile keeps them (``profile_v2.religious_view`` / ``political_view``: ``{name, description}``),
    beside a month of posts; invented values."""
    tree = root / "fb"
    profile = tree / "personal_information" / "profile_information"
    profile.mkdir(parents=True)
    (profile / "profile_information.json").write_text(json.dumps({"profile_v2": {
        "name": {"full_name": "Ines Varga", "first_name": "Ines", "last_name": "Varga"},
        "current_city": {"name": "Graz, Austria", "timestamp": 1700000000},
        "religious_view": {"name": "Quietist Fellowship", "description": "Sunday meetings"},
        "political_view": {"name": "Centre-left", "description": ""}}}), encoding="utf-8")
    posts = tree / "your_facebook_activity" / "posts"
    posts.mkdir(parents=True)
    start = 1_700_000_000
    (posts / "your_posts__check_ins__photos_and_videos_1.json").write_text(json.dumps([
        {"timestamp": start + 86_400 * i, "data": [{"post": "Walked along the Mur today."}]} for i in range(30)]),
        encoding="utf-8")
    return tree


def test_views_declared_on_the_profile_are_sensitive_signals(tmp_path: Any) -> None:
    from dataexam import api

    tree = _profile_export(tmp_path)
    shown = api.report([tree], include_sensitive=True)
    signals = shown.finding("sensitive_signals")
    assert signals is not None
    assert signals.value["religion"]["records"] == 1
    assert signals.value["politics"]["records"] == 1
    assert signals.value["religion"]["signals"] == {"declared on the profile": 1}
    assert signals.value["politics"]["services"] == {"facebook": 1}
    assert {i.excerpt for i in signals.evidence.items} >= {"Quietist Fellowship", "Centre-left"}
    assert "religion (your profile declares a view)" in signals.summary
    # without the flag the inventory is withheld like every Art. 9 finding, and no format names the views
    default = api.report([tree])
    assert default.finding("sensitive_signals") is None
    for fmt in ("text", "json", "markdown", "html"):
        out = _render(default, fmt, "full")
        assert "Quietist" not in out and "Centre-left" not in out, fmt


def test_a_declared_view_is_special_evidence_whatever_its_words() -> None:
    x = Stream("facebook-2024")
    view = x.ev(None, "facebook.profile", "Centre-left", member="profile_information.json", fact="political_view")
    city = x.ev(None, "facebook.profile", "Graz, Austria", member="profile_information.json", fact="current_city")
    assert EvidenceItem.of(view).special == "politics"
    assert sensitive.gate_item(EvidenceItem.of(view)).excerpt == WITHHELD_EXCERPT
    assert EvidenceItem.of(city).special is None


# -- the trust score's shown inputs and the rest of the report (ART9 fault 2) -------------------------------------
def test_no_figure_of_a_default_report_gives_the_number_of_special_purchases(leak: tuple[Any, Any]) -> None:
    # 40 orders, the first six special (SENSITIVE_ORDERS). The score leaves those six out (Art. 9, Art. 22(4)); had
    # spending counted 40 beside the score's 34, the difference would have said "6 purchases in special categories"
    default, full = leak[0].to_dict(), leak[1].to_dict()
    by_id = {f["id"]: f for f in default["findings"]}
    trust = by_id["trust_score"]["value"]["factors"]
    spending = by_id["spending"]["value"]
    # every purchase figure of the default report is over the same 34 purchases as the score's shown inputs
    assert default["inputs"]["by_kind"]["amazon.order_item"] == 34
    assert spending["items"] == spending["orders"] == trust["credit_history"]["inputs"]["order_items"] == 34
    assert by_id["impulse_buying"]["value"]["timed_items"] == trust["behaviour_preferences"]["inputs"][
        "timed_orders"] == 34
    assert spending["totals"]["EUR"]["2023"] == trust["fulfilment_capacity"]["inputs"]["mean_yearly_spend"]
    assert by_id["trust_score"]["value"]["excluded_sensitive_records"] is None
    # ... and the score is still reproduced from them (credit history: .5·min(years/10, 1) + .5·(1 − rate))
    hist = trust["credit_history"]
    assert abs(hist["f"] - (0.5 * min(hist["inputs"]["account_years"] / 10, 1)
                            + 0.5 * (1 - hist["inputs"]["problem_rate"]))) < 0.001
    # the report says purchases in special categories are left out, without a number
    for fid in ("spending", "trust_score"):
        note = [c for c in by_id[fid]["caveats"] if "left out of every purchase figure" in c]
        assert note and re.findall(r"\d+", note[0]) == ["9"], fid  # "Art. 9", no count
    # with --include-sensitive everything is counted and the score names what it left out
    shown = {f["id"]: f for f in full["findings"]}
    assert full["inputs"]["by_kind"]["amazon.order_item"] == shown["spending"]["value"]["items"] == 40
    assert shown["trust_score"]["value"]["factors"]["credit_history"]["inputs"]["order_items"] == 34
    assert shown["trust_score"]["value"]["excluded_sensitive_records"] == 14  # the 6 orders, the 8 tweets
    assert not any("left out of every purchase figure" in c for c in shown["spending"]["caveats"])


def test_the_set_aside_note_is_there_without_any_special_purchase() -> None:
    # the note says nothing about the person: a default report with no special purchase says it too
    s = Stream("amazon")
    events = person(days=60, start=START)
    events += [s.ev(local(BERLIN, START + timedelta(days=2 * i), 19.0), "amazon.order_item", "Coffee beans 1kg",
                    total="12.00", currency="EUR", order_id=str(i)) for i in range(20)]
    rep = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).to_dict()
    spending = next(f for f in rep["findings"] if f["id"] == "spending")
    assert spending["value"]["items"] == 20
    assert any("left out of every purchase figure" in c for c in spending["caveats"])


@pytest.mark.parametrize("envelope", ["profile_v2", "profile"])
def test_whom_the_profile_says_you_are_interested_in_is_a_sexuality_signal(tmp_path: Any, envelope: str) -> None:
    # profile_information.json's "Interested in" (a list of genders; ``profile_v2`` since ~2020, ``profile`` in the
    # older layout) says sexual orientation beside the person's gender: Art. 9 whatever it names (T26C). A view
    # given as a list of {name, description} (as peer parsers read profile_v2) is read as well.
    from dataexam import api

    tree = tmp_path / "fb"
    profile = tree / "profile_information"
    profile.mkdir(parents=True)
    (profile / "profile_information.json").write_text(json.dumps({envelope: {
        "name": {"full_name": "Ines Varga", "first_name": "Ines", "last_name": "Varga"},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "interested_in": ["Women"],
        "religious_view": [{"name": "Quietist Fellowship", "description": ""}]}}), encoding="utf-8")
    posts = tree / "posts"
    posts.mkdir()
    (posts / "your_posts_1.json").write_text(json.dumps([
        {"timestamp": 1_700_000_000 + 86_400 * i, "data": [{"post": "Walked along the Mur today."}]}
        for i in range(30)]), encoding="utf-8")
    shown = api.report([tree], include_sensitive=True)
    signals = shown.finding("sensitive_signals")
    assert signals is not None
    assert signals.value["sexuality"] == {"records": 1, "services": {"facebook": 1},
                                          "signals": {"declared on the profile": 1}}
    assert signals.value["religion"]["records"] == 1
    assert "1 record relates to sexuality (your profile says whom you are interested in)" in signals.summary
    assert "Women" in {i.excerpt for i in signals.evidence.items}
    default = api.report([tree])
    assert default.finding("sensitive_signals") is None
    for fmt in ("text", "json", "markdown", "html"):
        out = _render(default, fmt, "full")
        assert "Women" not in out and "Quietist" not in out and "interested in" not in out, fmt


def test_the_text_report_says_the_special_note_at_its_default_detail() -> None:
    """README: the note is said "in every report" without the flag; the text report showed one caveat per finding
    at its default detail, the finding's first, and never this one (T27D L2)."""
    res = infer(_x_interests("Cycling"), now=NOW)
    for detail in ("default", "full"):
        console = Console(file=io.StringIO(), width=400, color_system=None, force_terminal=False)
        report_module.render(res, "text", console, detail=detail)
        out = console.file.getvalue()  # type: ignore[attr-defined]
        assert out.count("Caveat: " + platform.SPECIAL_NOTE) == 1, detail
