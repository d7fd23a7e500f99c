"""Facebook's and Amazon's advertiser lists, read and never shown before the thirty-third pass's tester (T33A M3, L4).

Facebook: the 2018–20 ``ads/advertisers_who_uploaded_a_contact_list_with_your_information.json``
(``{"custom_audiences": [names]}``) and ``ads/advertisers_you've_interacted_with.json`` (``{"history": [{title,
action, timestamp}]}``); 2021–23 ``ads_information/advertisers_using_your_activity_or_information.json``
(``custom_audiences_all_types_v2`` [{advertiser_name, has_data_file_custom_audience, has_remarketing_custom_audience,
has_in_person_store_visit}]); 2024+ the same file as label_values records ("Advertiser name", "They uploaded or used a
list to reach you": the audience-based advertising page's words). Amazon: ``Advertising.N/Advertising.AdvertiserClicks
.csv``, ``Advertising.AdvertiserAudiences.csv``, ``Advertising.3PAudiences.csv`` (one column, a sentence as header;
formats.md §3.4). Every value is invented.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dataexam import report as report_module
from dataexam.archive import open_archive
from dataexam.batch.columns import declared_type
from dataexam.events import Event, ParseIssue
from dataexam.inference import infer
from dataexam.report import view
from dataexam.report.redact import redact
from dataexam_parsers.amazon import AmazonParser
from dataexam_parsers.facebook import FacebookParser

NOW = datetime(2025, 1, 1, tzinfo=UTC)
PROFILE = {"profile_v2": {"name": {"full_name": "Ina Invent"}}}


def write(root: Path, path: str, obj: object) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(obj), encoding="utf-8")


def facebook(root: Path) -> list[Event]:
    with open_archive(root) as archive:
        return [e for e in FacebookParser().events(archive) if not isinstance(e, ParseIssue)]


def amazon(root: Path) -> list[Event]:
    with open_archive(root) as archive:
        return [e for e in AmazonParser().events(archive) if not isinstance(e, ParseIssue)]


def platform(events: list[Event], **kw: object) -> dict:
    rep = infer(events, now=NOW, **kw)
    return next(f for f in rep.to_dict()["findings"] if f["id"] == "platform_vs_derived")


def fb2018(root: Path) -> Path:
    write(root, "profile_information/profile_information.json", PROFILE)
    write(root, "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json",
          {"custom_audiences": ["Invented Bikes", "Invented Travel"]})
    write(root, "ads/advertisers_you've_interacted_with.json",
          {"history": [{"title": "Invented Bikes", "action": "Clicked ad", "timestamp": 1520000000}]})
    return root


def fb2022(root: Path) -> Path:
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "ads_information/advertisers_using_your_activity_or_information.json",
          {"custom_audiences_all_types_v2": [
              {"advertiser_name": "Invented Travel", "has_data_file_custom_audience": True,
               "has_remarketing_custom_audience": False, "has_in_person_store_visit": False},
              {"advertiser_name": "Invented Yoga", "has_data_file_custom_audience": False,
               "has_remarketing_custom_audience": True, "has_in_person_store_visit": False},
              {"advertiser_name": "Invented Grocer", "has_data_file_custom_audience": False,
               "has_remarketing_custom_audience": False, "has_in_person_store_visit": True}]})
    return root


def fb2024(root: Path) -> Path:
    write(root, "personal_information/profile_information/profile_information.json", PROFILE)
    write(root, "ads_information/advertisers_using_your_activity_or_information.json", [
        {"media": [], "fbid": "2", "ent_name": "Advertiser", "label_values": [
            {"label": "Advertiser name", "value": "Invented Travel"},
            {"label": "They uploaded or used a list to reach you", "value": "True"}]},
        {"media": [], "fbid": "3", "ent_name": "Advertiser", "label_values": [
            {"label": "Advertiser name", "value": "Invented Yoga"},
            {"label": "You may have interacted with their website, app or store", "value": "True"}]}])
    return root


def amazon_export(root: Path) -> Path:
    base = root / "Amazon-Ina"
    (base / "Advertising.1").mkdir(parents=True)
    files = {"AdvertiserClicks": ("Advertisers whose ads you clicked", ["Invented Bikes"]),
             "AdvertiserAudiences": ("Advertisers who brought audiences in which you are included",
                                     ["Invented Travel", "Invented Cars"]),
             "3PAudiences": ("Audiences in which you are included via 3rd Parties", ["Invented Motors"]),
             "AmazonAudiences": ("Amazon Audiences in which you are included", ["Cycling enthusiasts"])}
    for name, (header, rows) in files.items():
        (base / "Advertising.1" / f"Advertising.{name}.csv").write_text(
            "\ufeff" + "\n".join(f'"{v}"' for v in [header, *rows]) + "\n", encoding="utf-8")
    return root


def test_facebook_2018_contact_list_and_interacted_are_shown(tmp_path: Path) -> None:
    f = platform(facebook(fb2018(tmp_path / "facebook-ina")))
    assert f["value"]["facebook_advertisers"] == {
        "contact_list": {"count": 2, "top": ["Invented Bikes", "Invented Travel"]},
        "interacted": {"count": 1, "top": ["Invented Bikes"]}}
    assert ("Facebook's advertiser lists: 2 advertisers uploaded a list holding your contact details (Invented Bikes, "
            "Invented Travel); 1 advertiser whose ads you interacted with (Invented Bikes).") in f["summary"]


def test_facebook_2022_flags_are_said_in_words(tmp_path: Path) -> None:
    f = platform(facebook(fb2022(tmp_path / "facebook-ina")))
    assert f["value"]["facebook_advertisers"] == {
        "contact_list": {"count": 1, "top": ["Invented Travel"]},
        "remarketing": {"count": 1, "top": ["Invented Yoga"]},
        "store_visit": {"count": 1, "top": ["Invented Grocer"]},
        "using_your_activity": {"count": 3, "top": ["Invented Travel", "Invented Yoga", "Invented Grocer"]}}
    for said in ("1 advertiser uploaded a list holding your contact details (Invented Travel)",
                 "1 advertiser retargets you after you visited their site or app (Invented Yoga)",
                 "1 advertiser matched you from a store visit (Invented Grocer)",
                 "3 advertisers use your activity or information to reach you"):
        assert said in f["summary"]


def test_facebook_2024_label_values_flags_are_read(tmp_path: Path) -> None:
    events = [e for e in facebook(fb2024(tmp_path / "facebook-ina")) if e.kind == "facebook.advertiser"]
    assert {e.text: e.attrs for e in events} == {
        "Invented Travel": {"list": "using_your_activity", "has_data_file_custom_audience": True},
        "Invented Yoga": {"list": "using_your_activity", "has_remarketing_custom_audience": True}}
    f = platform(events)
    assert f["value"]["facebook_advertisers"]["contact_list"] == {"count": 1, "top": ["Invented Travel"]}
    assert f["value"]["facebook_advertisers"]["remarketing"] == {"count": 1, "top": ["Invented Yoga"]}


def test_two_eras_name_each_advertiser_once(tmp_path: Path) -> None:
    events = facebook(fb2018(tmp_path / "facebook-ina")) + facebook(fb2022(tmp_path / "facebook-ina-2022"))
    lists = platform(events)["value"]["facebook_advertisers"]
    assert lists["contact_list"] == {"count": 2, "top": ["Invented Bikes", "Invented Travel"]}


def test_amazon_advertisers_and_third_party_audiences_are_no_interests(tmp_path: Path) -> None:
    # T33A L4: "Amazon's audiences: Mazda, Nordsee Reisen GmbH, Cycling enthusiasts ✓" counted as unmappable interests
    f = platform(amazon(amazon_export(tmp_path)))
    v = f["value"]
    assert v["amazon_advertisers"] == {
        "ad_clicks": {"count": 1, "top": ["Invented Bikes"]},
        "audience_advertisers": {"count": 2, "top": ["Invented Travel", "Invented Cars"]},
        "third_party_audiences": {"count": 1, "top": ["Invented Motors"]}}
    assert [i["declared"] for i in v["platforms"]["amazon_audiences"]["items"]] == ["Cycling enthusiasts"]
    assert v["not_mappable"] == 0
    assert ("Amazon's advertiser lists: 1 advertiser whose ads you clicked (Invented Bikes); 2 advertisers brought an "
            "audience you are in (Invented Travel, Invented Cars); 1 third-party audience you are in (Invented "
            "Motors).") in f["summary"]
    assert "Invented Motors" not in f["platform_says"]["amazon_audiences"]


def test_special_category_advertiser_is_neither_named_nor_counted(tmp_path: Path) -> None:
    root = tmp_path / "facebook-ina"
    write(root, "profile_information/profile_information.json", PROFILE)
    write(root, "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json",
          {"custom_audiences": ["Invented Bikes", "Diabetes Care Shop"]})
    events = facebook(root)
    assert platform(events)["value"]["facebook_advertisers"]["contact_list"] == {"count": 1,
                                                                                  "top": ["Invented Bikes"]}
    shown = platform(events, include_sensitive=True)["value"]["facebook_advertisers"]["contact_list"]
    assert shown == {"count": 2, "top": ["Invented Bikes", "Diabetes Care Shop"]}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_every_format_shows_the_lists_and_redact_keeps_only_counts(tmp_path: Path, fmt: str) -> None:
    events = facebook(fb2022(tmp_path / "facebook-ina")) + amazon(amazon_export(tmp_path / "amazon"))
    rep = infer(events, now=NOW)
    plain, redacted = io.StringIO(), io.StringIO()
    report_module.render(rep, fmt, plain, detail="full")
    report_module.render(rep, fmt, redacted, detail="full", redact=True)
    for name in ("Invented Yoga", "Invented Grocer", "Invented Bikes", "Invented Motors"):
        assert name in plain.getvalue(), (fmt, name)
        assert name not in redacted.getvalue(), (fmt, name)
    assert "retargets you after you visited their site or app" in plain.getvalue()
    assert "retargets you after you visited their site or app" in redacted.getvalue()


def test_comparison_rows_and_redacted_value() -> None:
    f = {"id": "platform_vs_derived", "summary": "", "value": {
        "facebook_advertisers": {"contact_list": {"count": 3, "top": ["A", "B"]}},
        "amazon_advertisers": {"ad_clicks": {"count": 1, "top": ["C"]}}}}
    assert view.advertiser_list_lines(f["value"]) == [
        ("Facebook's advertiser lists",
         ["3 advertisers uploaded a list holding your contact details (A, B and 1 more)"]),
        ("Amazon's advertiser lists", ["1 advertiser whose ads you clicked (C)"])]
    out = redact({"findings": [f], "exports": []})["findings"][0]["value"]
    assert out["facebook_advertisers"] == {"contact_list": {"count": 3, "top": ["[redacted]", "[redacted]"]}}
    assert out["amazon_advertisers"] == {"ad_clicks": {"count": 1, "top": ["[redacted]"]}}


def test_parquet_declares_the_advertiser_counts() -> None:
    assert str(declared_type("value__facebook_advertisers__contact_list__count")) == "int64"
    assert str(declared_type("value__amazon_advertisers__third_party_audiences__count")) == "int64"
    assert str(declared_type("value__facebook_advertisers")) == "string"


def test_comparison_table_row_counts_each_platforms_lists(tmp_path: Path) -> None:
    events = facebook(fb2018(tmp_path / "facebook-ina")) + amazon(amazon_export(tmp_path / "amazon"))
    rows = {what: (says, implies) for what, says, implies in view.platform_lines(infer(events, now=NOW).to_dict())}
    assert rows["Advertiser lists"] == (
        "Facebook: 2 uploaded your contact details, 1 ads you interacted with; Amazon: 1 ads you clicked, "
        "2 brought an audience you are in, 1 third-party audiences", "not checked: the platforms give no reasons")
