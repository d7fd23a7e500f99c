"""A Facebook group left in another UI language is no membership (M13 of the thirty-fifth pass).

Facebook writes a group membership record's title in the account's UI language. The last pass counted every record
whose title no English wording read as a membership (a German download's groups gave no interest at all otherwise),
so a German, Spanish or French leave counted as a join: six fishing groups joined and left in 2021–22 made
"outdoors" an interest. Now the verbs of the languages the project's word lists know (de, es, fr, it, pt, nl) are
read outside the group's name, and a title in any other wording is read by turns: a group's records in time order
are joined, left, joined … (the membership activity lists each join and each leave). Titles invented in the shapes
of the English "<name> became a member of <group>." / "<name> left <group>." and the German one the tester saw.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_inference_synth import Stream

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.interests import InterestAggregator
from dataexam.registry import load_registry

REGISTRY = load_registry()
ME = "Lena Vogt"
FISHING = ["Angler Club Lyon", "Fly Fishing France", "Carp Fishing Friends", "Pike Fishing Rhône",
           "Fishing Tackle Swap", "Sea Fishing Brittany"]
#: (join, leave) title per UI language; "cs" a wording no rule reads (Czech), read by turns
TITLES = {
    "de": ("{me} ist der Gruppe {g} beigetreten.", "{me} hat die Gruppe {g} verlassen."),
    "es": ("{me} se unió al grupo {g}.", "{me} abandonó el grupo {g}."),
    "fr": ("{me} a rejoint le groupe {g}.", "{me} a quitté le groupe {g}."),
    "it": ("{me} si è unita al gruppo {g}.", "{me} ha lasciato il gruppo {g}."),
    "pl": ("{me} dołączyła do grupy {g}.", "{me} opuściła grupę {g}."),
    "pl_m": ("{me} dołączył do grupy {g}.", "{me} opuścił grupę {g}."),
    "sv": ("{me} gick med i gruppen {g}.", "{me} lämnade gruppen {g}."),
    "tr": ("{me} {g} grubuna katıldı.", "{me} {g} grubundan ayrıldı."),
    "cs": ("{me} se připojila ke skupině {g}.", "{me} opustila skupinu {g}."),
}
JOINED, LEFT = 1612000000, 1650000000


def _download(folder: Path, lang: str, leave: bool = True, rejoin: str | None = None) -> Path:
    root = folder / "your_activity_across_facebook" / "groups"
    root.mkdir(parents=True)
    join_t, leave_t = TITLES[lang]
    items = []
    for i, g in enumerate(FISHING):
        items.append({"timestamp": JOINED + i * 86400 * 20, "data": [{"name": g}],
                      "title": join_t.format(me=ME, g=g)})
        if leave:
            items.append({"timestamp": LEFT + i * 86400 * 20, "data": [{"name": g}],
                          "title": leave_t.format(me=ME, g=g)})
    if rejoin:
        items.append({"timestamp": LEFT + 86400 * 400, "data": [{"name": rejoin}],
                      "title": join_t.format(me=ME, g=rejoin)})
    (root / "your_group_membership_activity.json").write_text(
        json.dumps({"groups_joined_v2": sorted(items, key=lambda x: -x["timestamp"])}), encoding="utf-8")
    (folder / "profile_information").mkdir(parents=True)
    (folder / "profile_information" / "profile_information.json").write_text(
        json.dumps({"profile_v2": {"name": {"full_name": ME}}}), encoding="utf-8")
    return folder


def _groups(folder: Path) -> tuple[list, InterestAggregator]:
    events = list(api.timeline([folder], registry=REGISTRY))
    agg = InterestAggregator()
    for e in events:
        agg.consume(e)
    agg.settle_groups()
    return [e for e in events if e.kind == "facebook.group"], agg


@pytest.mark.parametrize("lang", ["de", "es", "fr", "it", "pl", "pl_m", "sv", "tr"])
def test_a_leave_in_a_known_language_is_read(tmp_path: Path, lang: str) -> None:
    groups, agg = _groups(_download(tmp_path / f"facebook-lena-{lang}", lang))
    assert [e.attrs.get("action") for e in groups] == ["joined"] * 6 + ["left"] * 6
    assert agg.counts["outdoors"] == 0, agg.counts


def test_a_leave_in_an_unread_language_is_read_by_turns(tmp_path: Path) -> None:
    groups, agg = _groups(_download(tmp_path / "facebook-lena-cs", "cs"))
    assert [e.attrs.get("action") for e in groups] == [None] * 12  # no wording read: by turns
    assert agg.counts["outdoors"] == 0, agg.counts  # was: 12 (every record a membership)


@pytest.mark.parametrize("lang", ["de", "pl_m", "sv", "tr"])
def test_a_download_of_leaves_only_gives_no_membership(tmp_path: Path, lang: str) -> None:
    # T35 M6: a date-ranged download holding only the leaves (Polish men's forms, Swedish, Turkish) read each
    # leave by turns as a join: outdoors 5
    folder = _download(tmp_path / f"leaves-{lang}", lang)
    path = folder / "your_activity_across_facebook" / "groups" / "your_group_membership_activity.json"
    items = json.loads(path.read_text(encoding="utf-8"))["groups_joined_v2"]
    path.write_text(json.dumps({"groups_joined_v2": [i for i in items if i["timestamp"] >= LEFT]}), encoding="utf-8")
    groups, agg = _groups(folder)
    assert [e.attrs.get("action") for e in groups] == ["left"] * 6
    assert agg.counts["outdoors"] == 0, agg.counts


@pytest.mark.parametrize("lang", ["de", "es", "fr", "pl", "cs"])
def test_groups_joined_and_kept_count_and_a_rejoin_counts_again(tmp_path: Path, lang: str) -> None:
    _groups_kept, kept = _groups(_download(tmp_path / f"kept-{lang}", lang, leave=False))
    assert kept.counts["outdoors"] == 5, kept.counts  # "Angler Club Lyon" names no category
    _groups_back, back = _groups(_download(tmp_path / f"back-{lang}", lang, rejoin=FISHING[1]))
    assert back.counts["outdoors"] == 1, back.counts  # joined, left, joined again: a member now


def test_a_group_named_with_a_leave_word_is_no_leave() -> None:
    from dataexam_parsers.facebook.parser import _group_action

    assert _group_action(f"{ME} became a member of Left Behind Fans.", "Left Behind Fans") == "joined"
    assert _group_action(f"{ME} ist der Gruppe Verlassen & Vergessen beigetreten.", "Verlassen & Vergessen") == "joined"
    assert _group_action(f"{ME} hat die Gruppe Verlassen & Vergessen verlassen.", "Verlassen & Vergessen") == "left"
    assert _group_action(f"{ME} opuściła grupę Rowery.", "Rowery") == "left"
    assert _group_action(f"{ME} opustila skupinu Kola.", "Kola") is None  # Czech: read by turns


def test_by_turns_in_the_aggregator_time_order() -> None:
    """Records with no action read, in time order: join, leave, join — the last a membership."""
    s = Stream("facebook.zip")
    t0 = datetime(2021, 2, 1, tzinfo=UTC)
    agg = InterestAggregator()
    for n in range(3):
        agg.consume(s.ev(t0 + timedelta(days=100 * n), "facebook.group", "Fly Fishing France", title="?"))
    agg.settle_groups()
    assert agg.counts["outdoors"] == 1
    agg = InterestAggregator()
    for n in range(2):
        agg.consume(s.ev(t0 + timedelta(days=100 * n), "facebook.group", "Fly Fishing France", title="?"))
    agg.settle_groups()
    assert agg.counts["outdoors"] == 0


def test_report_says_no_outdoors_for_a_french_download_s_left_groups(tmp_path: Path) -> None:
    folder = _download(tmp_path / "facebook-lena-2023-05-12", "fr")
    report = infer(api.timeline([folder], registry=REGISTRY))
    interests = report.finding("interests")
    assert not any(r["category"] == "outdoors" for r in interests.value or []), interests.summary
    kept = _download(tmp_path / "facebook-lena-2023-06-12", "fr", leave=False)
    report = infer(api.timeline([kept], registry=REGISTRY))
    assert any(r["category"] == "outdoors" for r in report.finding("interests").value or [])
