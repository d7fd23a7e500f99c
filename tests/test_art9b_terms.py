"""Special categories the twenty-ninth pass's fourth tester (T29D N1–N4, N6, L-d) still found named: religious words
and greetings in French, Spanish, Turkish, Hebrew, Russian, Polish and German, health and sexuality words in French,
German and Spanish, party leaders, localised life-event titles and an X look-alike @handle — and, the other side,
everyday titles a special word stands in ("Pride and Prejudice", "The Python Bible", "Cancer zodiac necklace").

Invented values in real structure: Facebook's 2024 folders (``your_facebook_activity/posts``, ``messages/inbox``,
``logged_information/other_logged_information/ads_interests.json``, ``ads_information/
other_categories_used_to_reach_you.json``) and the 2020–25 ``Retail.OrderHistory.1.csv``, as the tester's ``art9fr``
built them (/work/wt/t29d-inputs/art9fr/make.py).
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_art9_terms import EVERYDAY, _amazon
from test_platform_own_inferences import NOW, _ads
from typer.testing import CliRunner

from dataexam import report as report_module
from dataexam.categories import fold_accents, special_category, special_value
from dataexam.cli import app
from dataexam.inference import infer
from dataexam.inference.lifedeclared import special_title
from helpers import facebook_mojibake as _moj

# -- the classifier, table-driven: each string and its category ------------------------------------------------------

SPECIAL: list[tuple[str, str]] = [
    # religion (N1, N3)
    ("religion", "Le Saint Coran, traduction française"), ("religion", "Chabbat chalom à tous"),
    ("religion", "Shana tova, bonne année à tous"), ("religion", "שבת שלום לכולם"),
    ("religion", "Feliz Ramadán a todos"), ("religion", "Hayırlı Ramazanlar"), ("religion", "С Рождеством Христовым!"),
    ("religion", "Szczęść Boże, rodzinie"),
    ("religion", "Messe de minuit avec la famille, très émouvant"), ("religion", "Judaïsme"), ("religion", "Judentum"),
    ("religion", "Judaísmo"), ("religion", "Ebraismo"), ("religion", "Catholicisme"), ("religion", "Katholizismus"),
    ("religion", "Catolicismo"), ("religion", "Christentum"), ("religion", "Protestantismus"),
    ("religion", "Buddhismus"), ("religion", "Hinduismus"), ("religion", "Islamismo"),
    ("religion", "Graduated from seminary today! Praise God"), ("religion", "Last day at the yeshiva"),
    ("religion", "Starting a new job as chaplain"), ("religion", "Rabbin Cohen"), ("religion", "Got Baptized"),
    # health (N1–N3)
    ("health", "Ventoline inhalateur chambre"), ("health", "Ma chimio commence demain, je suis prête"),
    ("health", "VIH"), ("health", "Aids"), ("health", "Angststörung"), ("health", "Cáncer de mama"),
    ("health", "Alcooliques Anonymes Lyon"), ("health", "Planning Familial Rhône"),
    ("health", "Mamans enceintes Lyon 2024"), ("health", "Overcame an Illness"),
    # sexuality (N1, N3)
    ("sexuality", "Centre LGBTI Lyon"), ("sexuality", "LGBTQIA+"), ("sexuality", "Marche des fiertés à Lyon"),
    ("sexuality", "Lesbiennes de Lyon"), ("sexuality", "SOS Homophobie"), ("sexuality", "Homosexualität"),
    ("sexuality", "Homosexualidad"), ("sexuality", "Bisexualität"),
    # politics (N1, N3): leaning labels, youth wings, party leaders
    ("politics", "Intéressé par la politique (gauche)"), ("politics", "Jeunes Insoumis Lyon"),
    ("politics", "Jean-Luc Mélenchon"), ("politics", "Marine Le Pen"), ("politics", "Emmanuel Macron"),
    ("politics", "Olaf Scholz"), ("politics", "Friedrich Merz"), ("politics", "Keir Starmer"),
    ("politics", "Giorgia Meloni"), ("politics", "Pedro Sánchez"), ("politics", "Narendra Modi"),
]
# L-d: a special word in another sense; each beside a text that is special ("Pride march" …)
EVERYDAY_TITLES: list[tuple[str, str, str]] = [
    ("Pride and Prejudice", "sexuality", "Pride march in Lyon"),
    ("Queer Eye DVD", "sexuality", "Queer Eye fans at the Pride march"),
    ("The Python Bible", "religion", "Bible study on Sunday"),
    ("The Baking Bible", "religion", "The Baking Bible and a Quran"),
    ("Prayer plant Maranta", "religion", "Friday prayer at the mosque"),
    ("Green party supplies balloons", "politics", "Green Party canvassing tonight"),
    ("Cancer zodiac necklace", "health", "Cancer zodiac necklace for my chemo friend"),
    ("Visual aids for teachers", "health", "Living with AIDS"),
]
PLAIN = ["Enceinte Bluetooth portable", "Enceintes JBL pour la salle", "Messe de Francfort 2024",
         "Macaron à la framboise", "Feliz Navidad", "Jeux de société", "Randonnée dans le Vercors"]


@pytest.mark.parametrize(("category", "text"), SPECIAL)
def test_each_string_has_its_category(category: str, text: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize(("text", "category", "beside"), EVERYDAY_TITLES)
def test_an_everyday_title_is_not_special_and_the_word_beside_it_still_is(text: str, category: str,
                                                                          beside: str) -> None:
    assert special_category(text) is None
    assert special_category(beside) == category


@pytest.mark.parametrize("text", PLAIN)
def test_everyday_french_words_stay_everyday(text: str) -> None:
    assert special_category(text) is None


def test_accents_are_folded_for_the_keyword_map() -> None:
    assert fold_accents("Feliz Ramadán") == "Feliz Ramadan"
    assert special_category("Ramadán Kareem a todos") == "religion"  # "ramadan" is the map's word


@pytest.mark.parametrize(("title", "category"), [
    ("Started Treatment", "health"), ("Behandlung begonnen", "health"), ("A commencé un traitement", "health"),
    ("Comenzó un tratamiento", "health"), ("Gender transition", "sexuality"), ("Glauben geändert", "religion"),
    ("Got Baptized", "religion"), ("Started New Job at Acme", None), ("Lost a Loved One", None)])
def test_life_event_titles(title: str, category: str | None) -> None:
    assert special_title(title) == category


@pytest.mark.parametrize(("value", "category"), [
    ("@PlannedParenthood", "health"), ("@plannedparenthood", "health"), ("@Imam_Ali", "religion"),
    ("@DemocraticParty", "politics"), ("@AAMeetingsLyon", "health"), ("@SummitGearCo", None),
    ("@PixelforgeGames", None), ("Phoenix", None)])
def test_a_handle_is_read_as_its_words(value: str, category: str | None) -> None:
    assert special_value(value) == category


def test_a_special_look_alike_handle_is_withheld_from_xs_targeting_row() -> None:
    criteria = [[("Locations", "Phoenix"), ("Age", "25 to 34")]] * 3 + [
        [("Follower look-alikes", "@PlannedParenthood"), ("Follower look-alikes", "@SummitGearCo")]]
    hidden = infer(_ads(criteria), now=NOW)
    types = hidden.finding("platform_vs_derived").value["twitter_ad_targeting"]["types"]
    assert types["Follower look-alikes"] == {"count": 1, "top": [{"value": "@SummitGearCo", "ads": 1}]}
    out = json.dumps(hidden.to_dict())
    for fmt in ("text", "markdown", "html"):
        buf = io.StringIO()
        report_module.render(hidden, fmt, buf)
        out += buf.getvalue()
    assert "PlannedParenthood" not in out
    shown = infer(_ads(criteria), now=NOW, include_sensitive=True).finding("platform_vs_derived")
    values = [v["value"] for v in shown.value["twitter_ad_targeting"]["types"]["Follower look-alikes"]["top"]]
    assert "@PlannedParenthood" in values


# -- a French export's default report (the tester's art9fr, cut down) ------------------------------------------------

T0 = datetime(2024, 1, 5, 11, tzinfo=UTC)
POSTS = ["Balade le long du Rhône ce matin", "Soirée jeux de société", "Randonnée dans le Vercors ce week-end",
         "Chabbat chalom à tous", "Messe de minuit avec la famille, très émouvant", "Shana tova, bonne année à tous",
         "Feliz Ramadán a todos", "Szczęść Boże, rodzinie", "שבת שלום לכולם", "С Рождеством Христовым!",
         "Hayırlı Ramazanlar", "Ma chimio commence demain, je suis prête", "Marche des fiertés à Lyon avec ma copine"]
CONTACTS = ["Alcooliques Anonymes Lyon", "Centre LGBTI Lyon", "Planning Familial Rhône", "Rabbin Cohen"]
TOPICS = ["Judaïsme", "Randonnée", "Jeux de société", "Catholicisme", "Homosexualität", "Olaf Scholz"]
ORDERS = ["Le Saint Coran, traduction française", "Ventoline inhalateur chambre"]
SECRETS = ["Coran", "Ventoline", "Chabbat", "Messe de minuit", "Shana", "Ramadán", "Szczęść", "שבת", "Рождеством",
           "Ramazanlar", "chimio", "fiertés", "Alcooliques", "LGBTI", "Planning Familial", "Rabbin", "Judaïsme",
           "Catholicisme", "Homosexualität", "Scholz", "politique (gauche)", "Started Treatment"]


def _facebook(root: Path) -> Path:
    def w(rel: str, obj: Any) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(_moj(obj), ensure_ascii=True))

    me = "Claire Martin"
    posts: list[dict[str, Any]] = [{"timestamp": int((T0 + timedelta(days=2 * i, hours=i % 5)).timestamp()),
                                    "data": [{"post": POSTS[i % len(POSTS)]}], "title": f"{me} updated their status."}
                                   for i in range(120)]
    ts = int((T0 + timedelta(days=90)).timestamp())
    posts.append({"timestamp": ts, "attachments": [{"data": [{"life_event": {"title": "Started Treatment",
                  "start_date": {"year": 2024, "month": 4, "day": 1}}}]}], "data": [{"update_timestamp": ts}],
                  "title": f"{me} added a life event."})
    w("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    for k, title in enumerate([*CONTACTS, "Julie Bernard"]):
        slug = "".join(ch for ch in title.lower() if ch.isascii() and ch.isalnum()) + f"_{7000 + k}"
        msgs = [{"sender_name": title if i % 2 else me,
                 "timestamp_ms": int((T0 + timedelta(days=i)).timestamp() * 1000),
                 "content": "à jeudi alors", "is_geoblocked_for_viewer": False} for i in range(60 - k)]
        w(f"your_facebook_activity/messages/inbox/{slug}/message_1.json",
          {"participants": [{"name": title}, {"name": me}], "messages": msgs[::-1], "title": title,
           "is_still_participant": True, "thread_path": f"inbox/{slug}", "magic_words": []})
    w("logged_information/other_logged_information/ads_interests.json", {"topics_v2": TOPICS})
    w("ads_information/other_categories_used_to_reach_you.json", {
        "media": [], "fbid": "1", "ent_name": "Other categories used to reach you",
        "label_values": [{"label": "Name", "ent_field_name": "Name", "vec": [
            {"value": "Intéressé par la politique (gauche)"}, {"value": "Voyageurs fréquents"}]}]})
    w("personal_information/profile_information/profile_information.json",
      {"profile_v2": {"name": {"full_name": me, "first_name": "Claire", "last_name": "Martin"}}})
    return root


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("art9fr")
    return [_amazon(root / "amazon-claire", EVERYDAY + ORDERS), _facebook(root / "facebook-claire-2024")]


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["report", "--no-pager", "-q", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_the_french_exports_default_report_names_none(french: list[Path], fmt: str) -> None:
    out = _run("-f", fmt, "--detail", "full", *map(str, french))
    text = json.dumps(json.loads(out), ensure_ascii=False) if fmt == "json" else out
    # the page's own scripts and styles are no report text ("grabbing" holds "rabbin")
    text = re.sub(r"<(script|style)\b.*?</\1>", "", text, flags=re.DOTALL)
    for secret in SECRETS:
        assert secret.casefold() not in text.casefold(), (fmt, secret)
    if fmt == "json":
        by_id = {f["id"]: f for f in json.loads(out)["findings"]}
        assert by_id["spending"]["value"]["items"] == len(EVERYDAY)  # the two special orders are not counted


def test_with_the_flag_the_french_items_are_named(french: list[Path]) -> None:
    out = _run("-f", "json", "--detail", "full", "--include-sensitive", *map(str, french))
    by_id = {f["id"]: f for f in json.loads(out)["findings"]}
    assert by_id["spending"]["value"]["items"] == len(EVERYDAY) + len(ORDERS)
    names = {c["name"] for c in by_id["social_circle"]["value"]["top_contacts"]}
    assert set(CONTACTS) <= names
