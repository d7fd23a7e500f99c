"""``dataexam describe``: structure only — planted values never reach the output, in any form."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import cli
from dataexam.describe import count_bucket, describe, mask_key, size_bucket
from helpers import FIXTURES, zip_tree

runner = CliRunner()

# distinctive strings and numbers planted in the export below; none may appear in a description
PLANTED = ["Zebulon Quaxworth", "zebulonq", "Quaxworth Lane 77", "zq@example.org", "Tromsøvegen",
           "873214659", "4711.93", "+47 41234567", "1987654321"]


def _planted_export(tmp_path: Path) -> Path:
    root = tmp_path / "facebook-zebulonquaxworth-2024"
    shutil.copytree(FIXTURES / "facebook" / "2023" / "archive", root)
    thread = root / "your_activity_across_facebook" / "messages" / "inbox" / "zebulonquaxworth_873214659"
    thread.mkdir(parents=True)
    (thread / "message_1.json").write_text(json.dumps({
        "participants": [{"name": "Zebulon Quaxworth"}, {"name": "zebulonq"}],
        "messages": [{"sender_name": "Zebulon Quaxworth", "timestamp_ms": 1987654321000,
                      "content": "meet at Quaxworth Lane 77, mail zq@example.org, call +47 41234567",
                      "amount": 4711.93, "Zebulon Quaxworth": "a name used as a key"}],
        "title": "Tromsøvegen", "thread_path": "inbox/zebulonquaxworth_873214659"}), encoding="utf-8")
    (root / "orders.csv").write_text("Order ID,Ship To,Total\n873214659,Quaxworth Lane 77,4711.93\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("zipped", [False, True])
def test_no_planted_value_survives(tmp_path: Path, zipped: bool) -> None:
    export = _planted_export(tmp_path)
    if zipped:
        export = zip_tree(export, tmp_path / f"{export.name}.zip")
    text = cli.app and runner.invoke(cli.app, ["describe", str(export)])
    as_json = runner.invoke(cli.app, ["describe", "--json", str(export)])
    assert text.exit_code == 0 and as_json.exit_code == 0, text.output + as_json.output
    for out in (text.stdout, as_json.stdout):
        for planted in PLANTED:
            assert planted.lower() not in out.lower(), planted
    data = json.loads(as_json.stdout)[0]
    assert data["source"] == "facebook"
    # the planted thread is the one with a name used as a key (masked); its folder is masked too
    thread_files = [f for f in data["files"] if "messages[].<key>" in f.get("keys", {})]
    assert len(thread_files) == 1 and "/inbox/<name-" in thread_files[0]["path"], thread_files
    assert thread_files[0]["path"].endswith("/message_#.json")
    keys = thread_files[0]["keys"]
    assert keys["messages[].sender_name"]["types"] == ["string"]
    assert keys["messages[].timestamp_ms"]["types"] == ["number"]
    assert keys["messages"]["lengths"] == ["1"]
    csv_file = next(f for f in data["files"] if f["path"] == "orders.csv")
    assert csv_file["columns"] == ["Order ID", "Ship To", "Total"] and csv_file["rows"] == "1"
    assert csv_file["status"] in {"unknown", "ignored"}


def test_unrecognised_and_broken_inputs_are_described(tmp_path: Path) -> None:
    folder = tmp_path / "mystery"
    folder.mkdir()
    (folder / "data.json").write_text('{"a": [1, 2, {"b": "secretvalue"}', encoding="utf-8")  # cut short
    (folder / "empty.json").write_text("", encoding="utf-8")
    result = runner.invoke(cli.app, ["describe", "--json", str(folder)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)[0]
    assert data["source"] is None and len(data["unknown_files"]) == 2
    problems = sorted(f.get("problem", "") for f in data["files"])
    assert problems[1] == "empty file" and problems[0].startswith("JSON stops being readable")
    assert "secretvalue" not in result.stdout


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["describe", str(tmp_path / "nope.zip")])
    assert result.exit_code == 1


@pytest.mark.parametrize(("n", "bucket"), [(0, "0 bytes"), (7, "1-10 bytes"), (999, "100-1000 bytes"),
                                           (1000, "1-10 kB"),  # CLDR's "kB", as the notices say it (WORD59)
                                           (123_456_789, "100-1000 MB")])
def test_size_bucket(n: int, bucket: str) -> None:
    assert size_bucket(n) == bucket


@pytest.mark.parametrize(("n", "bucket"), [(0, "0"), (1, "1"), (5, "2-9"), (10, "10-99"), (4321, "1000-9999")])
def test_count_bucket(n: int, bucket: str) -> None:
    assert count_bucket(n) == bucket


def test_mask_key() -> None:
    assert mask_key("timestamp_ms") == "timestamp_ms"
    assert mask_key("profile_v2") == "profile_v#"
    assert mask_key("Jane Doe") == "<key>"
    assert mask_key("Order ID", header=True) == "Order ID"
    assert mask_key("1234567890") == "<key>"
    assert mask_key("Søren") == "<key>"


def test_describe_api_on_every_fixture_never_fails() -> None:
    trees = sorted(p for p in FIXTURES.glob("*/*/archive") if p.is_dir())
    found = describe(trees)
    assert len(found) == len(trees)
    assert all(d.files for d in found)


def test_a_folder_of_several_exports_is_described_per_export(tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    shutil.copytree(FIXTURES / "twitter" / "current" / "archive", folder / "twitter-zebulonq")
    zip_tree(FIXTURES / "amazon" / "2025" / "archive", folder / "amazon-zebulonq.zip")
    (folder / "Quaxworth-invoice.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(cli.app, ["describe", "--json", str(folder)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert sorted(d["source"] for d in data) == ["amazon", "twitter"]
    assert "zebulonq" not in result.stdout.lower() and "quaxworth" not in result.stdout.lower()


def test_every_input_is_named_by_position_and_kind(tmp_path: Path) -> None:
    """``describe fb x`` named the input ``fb`` (a word of the layouts' vocabulary) and masked ``x`` as
    ``<name-3>`` (the twenty-fifth pass's second tester, L4): now each input reads ``input-N.<kind>``, as
    ``report --redact`` and ``batch`` name them, whatever its name."""
    fb = shutil.copytree(FIXTURES / "facebook" / "2023" / "archive", tmp_path / "fb")
    x = shutil.copytree(FIXTURES / "twitter" / "current", tmp_path / "x")
    named = _planted_export(tmp_path)
    zipped = zip_tree(named, tmp_path / "facebook-zebulonquaxworth-2024.zip")
    got = [d.input for d in describe([fb, x, zipped])]
    assert got == ["input-1.folder", "input-2.folder", "input-3.zip"]
    result = runner.invoke(cli.app, ["describe", str(fb), str(x)])
    assert result.exit_code == 0, result.output
    assert "input input-1.folder: source facebook" in result.output
    assert "input input-2.folder: source twitter" in result.output


# keys that are values, as a map keyed by them holds them (T28B L1: the e-mail key was split at its dots and
# shown as "anna.<key>.com"; handles and tokens that look like field names were shown as they are)
VALUE_KEYS = ["anna.schmidt@example.com", "Anna Schmidt", "+49 170 1234567", "mia_becker", "SECRETCANARY",
              "hannahvogel70", "miaBecker"]


def test_a_key_is_masked_whole_and_names_or_handles_as_keys_are_masked(tmp_path: Path) -> None:
    root = shutil.copytree(FIXTURES / "twitter" / "current" / "archive", tmp_path / "tw")
    tweets = root / "data" / "tweets.js"
    head, body = tweets.read_text(encoding="utf-8").split("=", 1)
    records = json.loads(body)
    records[0]["tweet"]["entities"] = {k: n for n, k in enumerate(VALUE_KEYS)}
    records[0]["tweet"]["entities"]["item"] = {"user_mentions": []}  # a key named like ijson's array marker
    tweets.write_text(head + "= " + json.dumps(records), encoding="utf-8")
    result = runner.invoke(cli.app, ["describe", "--json", str(root)])
    text = runner.invoke(cli.app, ["describe", str(root)])
    assert result.exit_code == 0 and text.exit_code == 0, result.output + text.output
    for out in (result.stdout, text.stdout):
        for part in ("anna", "schmidt", "example", "mia", "becker", "secretcanary", "hannah", "vogel", "170"):
            assert part not in out.lower(), part
    keys = next(f for f in json.loads(result.stdout)[0]["files"] if f["path"] == "data/tweets.js")["keys"]
    entities = {k.removeprefix("[].tweet.entities.") for k in keys if k.startswith("[].tweet.entities.")}
    # every value key is one masked key (one path, not "anna.<key>.com"), the field names beside them kept whole
    direct = sorted(k for k in entities if not re.search(r"[.\[]", k))
    assert direct == ["<key>", "hashtags", "item", "media", "symbols", "urls", "user_mentions"], direct
    assert not [k for k in entities if "<key>" in k and k != "<key>"]
    assert keys["[].tweet.entities.<key>"]["types"] == ["number"]
    assert keys["[].tweet.entities.item.user_mentions"] == {"types": ["array"], "lengths": ["0"]}
    assert keys["[].tweet.edit_info.initial.editTweetIds[]"]["types"] == ["string"]


@pytest.mark.parametrize(("key", "shown"), [("anna.schmidt@example.com", "<key>"), ("mia_becker", "<key>"),
                                            ("SECRETCANARY", "<key>"), ("hannahvogel70", "<key>"),
                                            ("editTweetIds", "editTweetIds"), ("created_at", "created_at"),
                                            ("Prime Customer (Y/N)", "<key>")])
def test_mask_key_keeps_only_known_field_words(key: str, shown: str) -> None:
    assert mask_key(key) == shown
    assert mask_key("Prime Customer (Y/N)", header=True) == "Prime Customer (Y/N)"
    assert mask_key("Mia Becker", header=True) == "<key>"


# -- T29D L-c: keys made only of field words, judged in their context ------------------------------------------------

# the tester's keys (describe_keys/make.py): people's names and handles made of words of field_words.txt
NAME_KEYS = ["billPage", "max_may", "MayPage", "MAX_PAGE", "Max", "BILL"]


def _tweets_with(tmp_path: Path, per_record: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    root = shutil.copytree(FIXTURES / "twitter" / "current" / "archive", tmp_path / "tw")
    tweets = root / "data" / "tweets.js"
    head, body = tweets.read_text(encoding="utf-8").split("=", 1)
    records = json.loads(body)
    for record, planted in zip(records, per_record, strict=False):
        record["tweet"]["entities"]["planted"] = planted
    tweets.write_text(head + "= " + json.dumps(records), encoding="utf-8")
    result = runner.invoke(cli.app, ["describe", "--json", str(root)])
    assert result.exit_code == 0, result.output
    return next(f for f in json.loads(result.stdout)[0]["files"] if f["path"] == "data/tweets.js")["keys"]


def test_names_as_keys_of_mixed_conventions_are_masked(tmp_path: Path) -> None:
    """T29D L-c: "billPage", "max_may", "MAX_PAGE", "Max", "BILL" (every word in field_words.txt) were shown. Their
    object mixes naming conventions (camelCase, snake_case, capitals): a platform names one object's fields alike."""
    keys = _tweets_with(tmp_path, [{k: 1 for k in NAME_KEYS}])
    shown = " ".join(keys)
    for key in NAME_KEYS:
        assert not re.search(rf"\.{key}\b", shown), key
    assert keys["[].tweet.entities.<key>.<key>"]["types"] == ["number"]
    # the platform's own fields beside them stay
    assert "[].tweet.entities.hashtags" in keys and "[].tweet.edit_info.initial.editTweetIds" in keys


def test_a_name_beside_fields_of_another_convention_is_masked(tmp_path: Path) -> None:
    root = shutil.copytree(FIXTURES / "twitter" / "current" / "archive", tmp_path / "tw")
    tweets = root / "data" / "tweets.js"
    head, body = tweets.read_text(encoding="utf-8").split("=", 1)
    records = json.loads(body)
    records[0]["tweet"]["entities"]["Max"] = []  # among hashtags, symbols, urls, user_mentions (snake_case)
    tweets.write_text(head + "= " + json.dumps(records), encoding="utf-8")
    result = runner.invoke(cli.app, ["describe", "--json", str(root)])
    keys = next(f for f in json.loads(result.stdout)[0]["files"] if f["path"] == "data/tweets.js")["keys"]
    assert "[].tweet.entities.Max" not in keys and "[].tweet.entities.<key>" in keys
    assert "[].tweet.entities.user_mentions" in keys


def test_a_mapping_keyed_by_other_names_in_each_record_is_masked(tmp_path: Path) -> None:
    """Keys of one convention, values of one kind, no key in two records: a mapping keyed by names."""
    keys = _tweets_with(tmp_path, [{"max": 1, "bill": 2}, {"page": 3, "may": 4}])
    assert not [k for k in keys if re.search(r"planted\.|\.(max|bill|page|may)$", k)]
    assert keys["[].tweet.entities.<key>.<key>"]["types"] == ["number"]


def test_every_fixtures_field_names_stay_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    """The context rules mask nothing in any committed fixture: every key the word rule shows is still shown."""
    from dataexam import describe as module

    trees = sorted(p for p in FIXTURES.glob("*/*/archive") if p.is_dir())
    judged = [d.to_dict() for d in describe(trees)]
    monkeypatch.setattr(module, "_data_keys", lambda objects: {})
    words_only = [d.to_dict() for d in describe(trees)]
    assert judged == words_only
    assert any("[].tweet.entities.user_mentions" in f.get("keys", {}) for d in judged for f in d["files"])
    assert any("dataTypes.account" in k for d in judged for f in d["files"] for k in f.get("keys", {}))


@pytest.mark.parametrize("planted", [
    {k: 1 for k in ("bill", "max", "may", "story")},  # one convention (lower), seen once: T30C C3
    {k: 1 for k in ("billPage", "maxMay", "mayStory")},  # camelCase
    {k: 1 for k in ("Bill", "Max", "May", "Page")},  # capitalised
    {"max": 3, "bill": 7},  # counts by friend
])
def test_names_as_keys_seen_once_in_one_convention_are_masked(tmp_path: Path, planted: dict[str, int]) -> None:
    """T30C C3: `entities.<key>.bill`, `.max`, `.may`, `.story`, `.billPage`, `.maxMay` were shown: neither of the
    conventions and mapping rules judges one object seen once. A key made of given names only is masked wherever it
    is; in an object of such keys with values of one kind, the other keys ("story", "mayStory") too."""
    keys = _tweets_with(tmp_path, [planted])
    assert [k for k in keys if "planted" in k or k.rsplit(".", 1)[-1] in {*planted, "story", "mayStory"}] == []
    assert keys["[].tweet.entities.<key>.<key>"]["types"] == ["number"]
    assert "[].tweet.entities.user_mentions" in keys


def test_field_names_holding_a_given_name_beside_other_words_stay_shown(tmp_path: Path) -> None:
    """Fields of known exports with a name word beside others (Facebook's page_likes, Amazon's next_bill_date; X's
    maxPartSizeBytes in the fixtures, test_every_fixtures_field_names_stay_visible) stay shown; a record of values of
    several kinds holding a "page" key loses only that key."""
    keys = _tweets_with(tmp_path, [{"page_likes": [], "next_bill_date": "x"},
                                   {"page": "x", "timestamp": 1, "title": "y"}])
    for shown in ("page_likes", "next_bill_date", "timestamp", "title"):
        assert f"[].tweet.entities.<key>.{shown}" in keys, shown
    assert "[].tweet.entities.<key>.page" not in keys


def test_a_damaged_zip_member_is_described_as_such_and_the_rest_as_they_are(tmp_path: Path) -> None:
    """T33B L3: a zip with one damaged member (its local header's signature overwritten: BadZipFile on opening it)
    ended `describe` with "internal error (BadZipFile)"; the member is now "could not be read", the others
    described, exit 0."""
    import zipfile

    thread = json.dumps({"participants": [{"name": "A"}], "messages": [
        {"sender_name": "A", "timestamp_ms": 1_700_000_000_000 + k, "content": f"hello {k}"} for k in range(30)]})
    zipped = tmp_path / "facebook-someone-2024.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("personal_information/profile_information/profile_information.json",
                   json.dumps({"profile_v2": {"name": {"full_name": "A"}}}))
        z.writestr("your_facebook_activity/messages/inbox/a_1/message_1.json", thread)
    data = bytearray(zipped.read_bytes())
    at = data.find(b"PK\x03\x04", 4)  # the second member's local header
    data[at:at + 4] = b"XXXX"
    zipped.write_bytes(bytes(data))
    [found] = describe([zipped])
    problems = {f.path.split("/")[-1]: f.problem for f in found.files}
    # ZIP63: a local header whose signature alone is damaged is read where the directory puts it, the CRC-32
    # deciding — described as damaged, its records kept ("… nothing lost"), no longer "could not be read (BadZipFile)"
    assert "nothing lost" in problems["message_#.json"]
    assert problems["profile_information.json"] is None
    result = CliRunner().invoke(cli.app, ["describe", str(zipped)])
    assert result.exit_code == 0 and "nothing lost" in result.stdout and "BadZipFile" not in result.stdout
