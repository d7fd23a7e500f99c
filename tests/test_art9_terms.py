"""Special categories the keyword map missed (T29C H1–H6, M1): brands and compounds in orders, a practice in the
person's own language and script, a platform's political interest, belief and coming-out life events, and contact
names — withheld in every format and in a batch's findings.parquet without ``--include-sensitive``, counted with it.

Invented values in real structure: the 2020–25 ``Retail.OrderHistory.1.csv`` header (formats.md §3.1) and Facebook's
2024 folders (``your_facebook_activity/posts``, ``messages/inbox``, ``logged_information/other_logged_information/
ads_interests.json``), as the twenty-ninth pass's third tester built them.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dataexam import api
from dataexam.categories import special_category, special_product
from dataexam.cli import app
from dataexam.inference.lifedeclared import life_event_type, special_title
from dataexam.inference.social import special_slug
from helpers import facebook_mojibake as _moj

# -- the classifier: the tester's items (T29C H1–H5, M1) -------------------------------------------------------------

SPECIAL = {
    "health": ["Accu-Chek FastClix Lanzetten, 204 Stück", "Accu-Chek Guide Teststreifen, 50 Stück",
               "BD Micro-Fine Ultra Pen-Nadeln 4 mm", "Dexcom G7 Sensor 10 Tage", "FreeStyle Libre 3 Plus Sensor",
               "BD Ultra-Fine Pen Needles", "OneTouch Delica Plus Lancets", "Ketone Test Strips", "Sharps Container",
               "Depend Fit-Flex Underwear for Women", "Preparation H Hemorrhoid Cream",
               "Monistat 1 Yeast Infection Treatment", "Plan B One-Step", "Nicorette Gum", "Rogaine Minoxidil",
               "Omron Blutdruckmessgerät", "Hörgerätebatterien", "Ginger Chews for Nausea Relief, 30 count",
               "Bio-Oil Skincare Oil for Scars and Stretchmarks 200ml",
               "What to Expect When You’re Expecting, 5th Edition (paperback)",
               "BLANQI Belly Band Support Leggings", "Kindred Bravely Simply Sublime Nursing Bra",
               "Frida Mom Postpartum Recovery Essentials Kit", "Lansinoh Breastfeeding Essentials Kit",
               "Diabetes care shoppers", "Mindful Therapy Berlin", "AA Sponsor Klaus", "糖尿病 血糖測定器"],
    "religion": ["Gebetsteppich", "Kippa", "عيد مبارك، كل عام وأنتم بخير", "جمعة مباركة للجميع", "Jumma Mubarak",
                 "Fastenbrechen mit Nachbarn, sehr schöner Abend", "Sonntag Gottesdienst mit meiner Gastfamilie",
                 "Katholische Kirchengemeinde St. Hedwig", "Islamische Gemeinde Neukölln", "St. Mary's Parish Office",
                 "Prière du vendredi à la mosquée", "Hayırlı cumalar"],
    "politics": ["Social democracy", "SPD Berlin", "Die Linke", "Jusos Neukölln", "Fratelli d'Italia", "自民党"],
    "union": ["ver.di", "IG Metall", "Gewerkschaft ver.di Betriebsgruppe Charité", "Sindacato CGIL"],
    "sexuality": ["Christopher Street Day Berlin", "CSD Köln", "Kondome 12 Stück"],
}
PLAIN = ["Hiking boots Salomon X Ultra", "Catan board game", "Sourdough proofing basket", "Ravensburger puzzle 1000",
         "Kindle Paperwhite case", "Graco Pack 'n Play Crib", "UPPAbaby Vista Stroller",
         "Pampers Swaddlers Newborn Diapers, 84 count", "Board Games Berlin", "Ich habe ihn gebeten",
         "Deutschkurs B2 bestanden, ich bin so glücklich", "Psychology of Money", "Enceinte Bluetooth portable",
         "Verdi: Requiem", "Landlord Office", "We need a plan B", "Frequent Travelers", "Clipless Pedal Set SPD-SL"]


@pytest.mark.parametrize(("category", "text"), [(c, t) for c, ts in SPECIAL.items() for t in ts])
def test_the_testers_items_are_special(category: str, text: str) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", PLAIN)
def test_everyday_items_beside_them_stay_everyday(text: str) -> None:
    assert special_category(text) is None


def test_an_excerpt_cut_through_a_term_is_still_special() -> None:
    from dataexam.categories import special_excerpt

    assert special_excerpt("BD Micro-Fine Ultra Pen-Nadeln, Guide Teststrei…") == "health"
    assert special_excerpt("Sonntag mit meiner Gastfamilie im Gottesdie…") == "religion"
    assert special_excerpt("Lovely walk on a sunny Sunday, then a long frie…") is None


def test_amazons_own_classification_says_health() -> None:
    # UNSPSC segment 42 (medical supplies) and 51 (drugs); a product type naming a medical product
    assert special_product("amazon.order_item", {"unspsc": "42142609", "category": "HEALTH_PERSONAL_CARE"}) == "health"
    assert special_product("amazon.order_item", {"unspsc": "51191905"}) == "health"
    assert special_product("amazon.order_item", {"category": "BLOOD_PRESSURE_MONITOR"}) == "health"
    assert special_product("amazon.order_item", {"category": "OTC_MEDICATION"}) == "health"
    assert special_product("amazon.order_item", {"unspsc": "53102500", "category": "APPAREL"}) is None
    assert special_product("amazon.order_item", {"category": "HEALTH_PERSONAL_CARE"}) is None  # toothbrushes too
    assert special_product("facebook.page_like", {"unspsc": "42142609"}) is None


def test_the_old_order_reports_unspsc_code_is_read() -> None:
    from helpers import FIXTURES

    items = [e for e in api.timeline([FIXTURES / "amazon" / "order-report"]) if e.kind == "amazon.order_item"]
    assert {e.attrs.get("unspsc") for e in items} >= {"26111700", "53102500"}


def test_life_event_titles_that_tell_a_special_category() -> None:
    assert special_title("Changed Religious Beliefs") == "religion"
    assert special_title("Changed Political Beliefs") == "politics"
    assert special_title("Came Out") == "sexuality"
    assert special_title("Joined a Union") == "union"
    assert special_title("Started New Job at Acme") is None
    assert life_event_type("Broke a Bone") == "health"


def test_a_run_together_folder_name_is_read_for_special_words() -> None:
    assert special_slug("mindfultherapyberlin") and special_slug("stmarysparishoffice")
    assert not special_slug("landlordoffice") and not special_slug("annaweber")


# -- the reports: every format, with and without the flag -------------------------------------------------------------

NA = "Not Available"
HOME = "Lena Kraus Weserstr. 12 12047 Berlin Deutschland"
HEADER = ["Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price", "Unit Price Tax",
          "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
          "ASIN", "Product Condition", "Quantity", "Payment Instrument Type", "Order Status", "Shipment Status",
          "Ship Date", "Shipping Option", "Shipping Address", "Billing Address", "Carrier Name & Tracking Number",
          "Product Name", "Gift Message", "Gift Sender Name", "Gift Recipient Contact Details"]
EVERYDAY = ["Hiking boots Salomon X Ultra", "Catan board game", "Sourdough proofing basket", "Trekking poles",
            "Lodge cast iron dutch oven", "Ravensburger puzzle 1000"]
DIABETES = ["Accu-Chek Guide Teststreifen, 50 Stück", "FreeStyle Libre 3 Plus Sensor",
            "BD Micro-Fine Ultra Pen-Nadeln 4 mm", "Dexcom G7 Sensor 10 Tage", "Omron Blutdruckmessgerät",
            "Kindred Bravely Simply Sublime Nursing Bra"]
# what no default report may say, in any format
SECRETS = ["Accu-Chek", "Teststreifen", "FreeStyle", "Pen-Nadeln", "Dexcom", "Blutdruck", "Nursing Bra",
           "Social democracy", "Diabetes awareness", "Changed Religious Beliefs", "Changed Political Beliefs",
           "Came Out", "Mindful Therapy", "Parish Office", "AA Sponsor", "عيد مبارك", "جمعة مباركة", "Gottesdienst",
           "Fastenbrechen"]
T0 = datetime(2024, 1, 3, 18, tzinfo=UTC)


def _amazon(root: Path, names: list[str]) -> Path:
    folder = root / "Retail.OrderHistory.1"
    folder.mkdir(parents=True)
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(HEADER)
    for i, name in enumerate(names):
        t = (T0 + timedelta(days=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        w.writerow(["Amazon.de", f"302-{1000000 + i}-{2000000 + i}", t, "Not Applicable", "EUR", f"{20 + i}.50", "0",
                    "0", "0", f"{20 + i}.50", f"{20 + i}.50", "0", f"B0{i:08d}", "New", "1", "Visa - 1234", "Closed",
                    "Shipped", t, "std", HOME, HOME, "DHL(1)", name, NA, NA, NA])
    (folder / "Retail.OrderHistory.1.csv").write_text(buf.getvalue(), encoding="utf-8-sig", newline="")
    return root


def _facebook(root: Path) -> Path:
    def w(rel: str, obj: Any) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(_moj(obj), ensure_ascii=True))

    me = "Lena Kraus"
    texts = ["Coffee and a long walk along the canal this morning", "Baking sourdough bread again",
             "Hiking in the Brandenburg woods this weekend", "Reading a good novel on the balcony",
             "عيد مبارك، كل عام وأنتم بخير", "جمعة مباركة للجميع",
             "Sonntag Gottesdienst mit meiner Gastfamilie besucht",
             "Fastenbrechen mit Nachbarn, sehr schöner Abend"]
    posts: list[dict[str, Any]] = [{"timestamp": int((T0 + timedelta(days=2 * i, hours=i % 5)).timestamp()),
                                    "data": [{"post": texts[i % len(texts)]}], "title": f"{me} updated their status."}
                                   for i in range(120)]
    for i, title in enumerate(["Changed Religious Beliefs", "Changed Political Beliefs", "Came Out"]):
        ts = int((T0 + timedelta(days=30 * (i + 1))).timestamp())
        posts.append({"timestamp": ts, "attachments": [{"data": [{"life_event": {"title": title, "start_date": {
            "year": 2024, "month": 2 + i, "day": 1}}}]}], "data": [{"update_timestamp": ts}],
            "title": f"{me} added a life event."})
    w("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    for k, title in enumerate(["Mindful Therapy Berlin", "St. Mary's Parish Office", "AA Sponsor Klaus", "Ben Koch"]):
        slug = title.lower().replace(" ", "").replace(".", "").replace("'", "") + f"_{7000 + k}"
        n = 80 if k < 3 else 40
        msgs = [{"sender_name": title if i % 2 else me,
                 "timestamp_ms": int((T0 + timedelta(days=i)).timestamp() * 1000),
                 "content": "see you thursday", "is_geoblocked_for_viewer": False} for i in range(n)]
        w(f"your_facebook_activity/messages/inbox/{slug}/message_1.json",
          {"participants": [{"name": title}, {"name": me}], "messages": msgs[::-1], "title": title,
           "is_still_participant": True, "thread_path": f"inbox/{slug}", "magic_words": []})
    w("logged_information/other_logged_information/ads_interests.json",
      {"topics_v2": ["Social democracy", "Hiking", "Diabetes awareness", "Bread"]})
    w("personal_information/profile_information/profile_information.json",
      {"profile_v2": {"name": {"full_name": me, "first_name": "Lena", "last_name": "Kraus"}}})
    return root


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("art9")
    # the diabetes orders last in the file, so the everyday ones keep their record numbers
    return {"amazon": _amazon(root / "six" / "amazon-art9", EVERYDAY + DIABETES),
            "amazon_plain": _amazon(root / "plain" / "amazon-art9", EVERYDAY),
            "facebook": _facebook(root / "facebook-art9")}


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["report", "--no-pager", "-q", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_nothing_special_is_said_by_default(exports: dict[str, Path], fmt: str) -> None:
    out = _run("-f", fmt, "--detail", "full", str(exports["amazon"]), str(exports["facebook"]))
    text = json.dumps(json.loads(out), ensure_ascii=False) if fmt == "json" else out
    for secret in SECRETS:
        assert secret not in text, (fmt, secret)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_the_special_orders_are_left_out_of_every_figure_and_the_score(exports: dict[str, Path], fmt: str) -> None:
    # a default report of the orders is that of the everyday orders alone: spending, the trust score and its inputs
    def same(path: Path) -> str:
        text = _run("-f", fmt, "--detail", "full", str(path)).replace(str(path.parent), "ROOT")
        text = re.sub(r"<script\b.*?</script>", "", text, flags=re.DOTALL)
        return re.sub(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z", "TIME", text)

    assert same(exports["amazon"]) == same(exports["amazon_plain"])


def test_with_the_flag_they_are_counted_and_named(exports: dict[str, Path]) -> None:
    data = json.loads(_run("-f", "json", "--detail", "full", "--include-sensitive", str(exports["amazon"]),
                           str(exports["facebook"])))
    by_id = {f["id"]: f for f in data["findings"]}
    signals = by_id["sensitive_signals"]["value"]
    assert signals["health"]["signals"]["purchase"] == len(DIABETES)
    assert by_id["spending"]["value"]["items"] == len(EVERYDAY) + len(DIABETES)
    titles = {e.get("title"): e.get("sensitive") for e in by_id["life_events"]["value"]}
    assert titles["Changed Religious Beliefs"] == "religion" and titles["Came Out"] == "sexuality"
    assert titles["Changed Political Beliefs"] == "politics"  # not merged into the one a month before
    names = [c["name"] for c in by_id["social_circle"]["value"]["top_contacts"]]
    assert {"Mindful Therapy Berlin", "St. Mary's Parish Office", "AA Sponsor Klaus"} <= set(names)
    items = {i["declared"]: i["supported_by_data"]
             for i in by_id["platform_vs_derived"]["value"]["platforms"]["facebook_interests"]["items"]}
    # M1: the diabetes orders back Facebook's "Diabetes awareness"; nothing backs the political interest (not
    # checkable here: a third of the posts are in Arabic and German)
    assert items["Diabetes awareness"] is True and items["Social democracy"] is not True


def test_by_default_a_withheld_contact_keeps_its_count_not_its_name(exports: dict[str, Path]) -> None:
    from dataexam.inference.social import NAME_WITHHELD

    data = json.loads(_run("-f", "json", str(exports["facebook"])))
    contacts = next(f for f in data["findings"] if f["id"] == "social_circle")["value"]["top_contacts"]
    assert [c["name"] for c in contacts] == [NAME_WITHHELD] * 3 + ["Ben Koch"]
    assert [c["messages"] for c in contacts] == [80, 80, 80, 40]


def test_batch_findings_name_and_count_them_only_with_the_flag(exports: dict[str, Path], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from dataexam.batch import run_batch

    donations = tmp_path / "donations"
    (donations / "P1").mkdir(parents=True)
    shutil.copytree(exports["amazon"], donations / "P1" / "amazon-art9")
    shutil.copytree(exports["facebook"], donations / "P1" / "facebook-art9")
    key = tmp_path / "study.key"
    for flag in (False, True):
        out = tmp_path / f"out-{flag}"
        run_batch(donations, out, workers=1, key_file=key, include_sensitive=flag)
        rows = pq.read_table(out / "findings.parquet").to_pylist()
        text = json.dumps(rows, ensure_ascii=False, default=str)
        for secret in SECRETS:
            assert secret not in text, (flag, secret)  # batch never writes a record's words or a name
        health = [r.get("value__health__records") for r in rows if r.get("value__health__records") is not None]
        assert health == ([len(DIABETES)] if flag else []), flag
        spending = next(r for r in rows if r["finding_id"] == "spending")
        assert spending["value__items"] == len(EVERYDAY) + (len(DIABETES) if flag else 0), flag
