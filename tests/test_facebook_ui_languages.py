"""One Facebook account's downloads in two UI languages (the thirtieth pass's first tester, H3, H4, L1).

Facebook writes each record's ``title`` in the account's UI language ("Anna Schmidt updated her status." / "Anna
Schmidt hat ihren Status aktualisiert."). Keys hold no title where the record has other content (H3); a group
membership's action is read from English titles only and never guessed from another language (H4); the German
comment sentence "X hat Ys Beitrag kommentiert." (verified: a Swiss data-donation study's script) gives its target.
Layout and keys as fixtures/facebook/2021-22; values invented.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from dataexam import api
from dataexam.registry import load_registry

REGISTRY = load_registry(entry_points=False)
OWNER = "Anna Schmidt"
T0 = 1633000000
TITLES = {
    "en": {"react": "{o} likes {f}'s post.", "comment": "{o} commented on {f}'s post.",
           "post": "{o} updated her status.",
           "groups": ["{o} became a member of Radgruppe Köln.", "{o} became a member of Lesekreis.",
                      "{o} left Radgruppe Köln."]},
    "de": {"react": "{o} gefällt {f}s Beitrag.", "comment": "{o} hat {f}s Beitrag kommentiert.",
           "post": "{o} hat ihren Status aktualisiert.",
           "groups": ["{o} ist der Gruppe Radgruppe Köln beigetreten.", "{o} ist der Gruppe Lesekreis beigetreten.",
                      "{o} hat die Gruppe Radgruppe Köln verlassen."]},
}


def write(root: Path, rel: str, obj: object) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj), encoding="utf-8")


def build(root: Path, lang: str) -> Path:
    t = TITLES[lang]
    write(root, "comments_and_reactions/likes_and_reactions_1.json",
          [{"timestamp": T0 + i * 3600, "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
            "title": t["react"].format(o=OWNER, f="Jonas Weber")} for i in range(4)])
    write(root, "comments_and_reactions/comments.json", {"comments_v2": [
        {"timestamp": T0 + 1800 + i * 3600, "data": [{"comment": {"timestamp": T0 + 1800 + i * 3600,
                                                                  "comment": f"Schön! {i}", "author": OWNER}}],
         "title": t["comment"].format(o=OWNER, f="Jonas Weber")} for i in range(5)]})
    posts = [{"timestamp": T0 + 900 + i * 86400, "data": [{"post": f"Grüße aus Köln {i}"}],
              "title": t["post"].format(o=OWNER)} for i in range(3)]
    posts[0]["attachments"] = [{"data": [{"place": {"name": "Café Öffentlich", "coordinate": {
        "latitude": 50.9375, "longitude": 6.9603}, "address": "", "url": ""}}]}]
    write(root, "posts/your_posts_1.json", posts)
    write(root, "groups/your_group_membership_activity.json", {"groups_joined_v2": [
        {"timestamp": T0 + i * 500000, "data": [{"name": ["Radgruppe Köln", "Lesekreis", "Radgruppe Köln"][i]}],
         "title": t["groups"][i].format(o=OWNER)} for i in range(3)]})
    write(root, "profile_information/profile_information.json", {"profile_v2": {"name": {"full_name": OWNER}}})
    return root


def events(*paths: Path) -> list:
    return list(api.timeline(list(paths), registry=REGISTRY))


def test_two_ui_languages_of_one_account_are_one_set_of_records(tmp_path: Path) -> None:
    en = build(tmp_path / "both" / "facebook-anna-2022-en", "en")
    de = build(tmp_path / "both" / "facebook-anna-2023-de", "de")
    one = Counter(e.kind for e in events(en))
    assert one == {"facebook.reaction": 4, "facebook.comment": 5, "facebook.post": 3, "facebook.group": 3,
                   "facebook.profile": 1}
    assert Counter(e.kind for e in events(de)) == one
    assert Counter(e.kind for e in events(tmp_path / "both")) == one  # was: posts 6, comments 10, groups 5


def test_title_only_posts_of_one_second_stay_two(tmp_path: Path) -> None:
    """A post with nothing but its title keeps the title in its key (case 08), in one language."""
    root = tmp_path / "fb"
    write(root, "posts/your_posts_1.json", [
        {"timestamp": T0, "data": [], "title": f"{OWNER} recommends {book}."} for book in ("Momo", "Emil")])
    write(root, "profile_information/profile_information.json", {"profile_v2": {"name": {"full_name": OWNER}}})
    assert sorted(e.attrs["title"] for e in events(root) if e.kind == "facebook.post") == [
        f"{OWNER} recommends Emil.", f"{OWNER} recommends Momo."]


def test_group_action_is_read_in_german_and_never_read_as_a_join(tmp_path: Path) -> None:
    en = [e.attrs.get("action") for e in events(build(tmp_path / "en", "en")) if e.kind == "facebook.group"]
    de = [e.attrs.get("action") for e in events(build(tmp_path / "de", "de")) if e.kind == "facebook.group"]
    assert en == ["joined", "joined", "left"]
    # was: joined, joined, joined (the German leave read as a join; H4), then None ×3 (no action read, every record
    # a membership: M13 of the thirty-fifth pass); the German verbs are now read outside the group's name
    assert de == ["joined", "joined", "left"]


def test_german_comment_title_gives_its_target(tmp_path: Path) -> None:
    got = [e for e in events(build(tmp_path / "de", "de")) if e.kind in ("facebook.comment", "facebook.reaction")]
    comment = next(e for e in got if e.kind == "facebook.comment")
    assert {k: comment.attrs.get(k) for k in ("target", "target_owner", "target_type")} == {
        "target": "Jonas Webers Beitrag", "target_owner": "Jonas Weber", "target_type": "post"}
    reaction = next(e for e in got if e.kind == "facebook.reaction")
    assert "target" not in reaction.attrs  # "gefällt …" is not a verified sentence: left empty, not guessed


def test_event_place_and_photo_taken_time_are_kept(tmp_path: Path) -> None:
    """An event attachment's ``place`` and a photo's EXIF ``taken_timestamp`` (eaton/fyi-api types.ts, Lodestone
    YourPosts1.java) were dropped from posts (the thirtieth pass's first tester, L2)."""
    root = tmp_path / "fb"
    write(root, "posts/your_posts_1.json", [
        {"timestamp": 1371000000, "attachments": [{"data": [{"event": {
            "name": "Festa", "start_timestamp": 1371150000, "end_timestamp": 1371200000,
            "place": {"name": "Alfama", "coordinate": {"latitude": 38.7117, "longitude": -9.1304}}}}]}]},
        {"timestamp": 1338552000, "attachments": [{"data": [{"media": {
            "uri": "photos_and_videos/TimelinePhotos_1/1_n.jpg", "creation_timestamp": 1338552000,
            "media_metadata": {"photo_metadata": {"exif_data": [{"taken_timestamp": 1338508800}]}}}}]}]}])
    posts = sorted((e for e in events(root) if e.kind == "facebook.post"), key=lambda e: e.time)
    assert posts[0].attrs["taken_timestamp"] == "2012-06-01T00:00:00Z"
    assert posts[1].attrs["event"]["place"] == {"name": "Alfama", "latitude": 38.7117, "longitude": -9.1304}


def test_one_text_at_one_second_on_two_posts_is_two_comments_in_either_language(tmp_path: Path) -> None:
    """The merge numbers a comment's key by its titles within one download; the other language's copies of the two
    are the same two records."""
    for lang, titles in (("en", ["{o} commented on Ola Berg's post.", "{o} commented on Kari Sand's photo."]),
                         ("de", ["{o} hat Ola Bergs Beitrag kommentiert.", "{o} hat Kari Sands Foto kommentiert."])):
        root = tmp_path / "both" / f"facebook-anna-{lang}"
        write(root, "comments_and_reactions/comments.json", {"comments_v2": [
            {"timestamp": T0, "data": [{"comment": {"timestamp": T0, "comment": "Gratuliere!", "author": OWNER}}],
             "title": t.format(o=OWNER)} for t in titles]})
        write(root, "profile_information/profile_information.json", {"profile_v2": {"name": {"full_name": OWNER}}})
        assert len([e for e in events(root) if e.kind == "facebook.comment"]) == 2
    assert len([e for e in events(tmp_path / "both") if e.kind == "facebook.comment"]) == 2


def test_untitled_post_and_its_check_in_stay_one_record(tmp_path: Path) -> None:
    """A 2024–25 check-in listed again as an untitled post of the same folder: one record (one thread per folder
    for records without a title)."""
    root = tmp_path / "fb"
    act = "your_facebook_activity/posts"
    write(root, f"{act}/your_posts__check_ins__photos_and_videos_1.json", [
        {"timestamp": T0, "data": [{"post": "Kaffee"}], "attachments": [{"data": [{"place": {"name": "Café Ö"}}]}]}])
    write(root, f"{act}/check-ins.json", [{"timestamp": T0, "label_values": [
        {"label": "Message", "value": "Kaffee"},
        {"label": "Place tags", "dict": [{"dict": [{"label": "Name", "value": "Café Ö"}]}]}]}])
    posts = [e for e in events(root) if e.kind == "facebook.post"]
    assert len(posts) == 1


# -- TEXTS3: profile updates and undated reactions in two UI languages (note44 "Facebook languages") -------------
UPDATES = {"en": ["{o} started a new job at Stadtwerke Köln.", "{o} added Köln to her profile."],
           "de": ["{o} hat eine neue Stelle bei Stadtwerke Köln angetreten.",
                  "{o} hat Köln zu ihrem Profil hinzugefügt."]}
UNDATED_LIKES = {"en": "{o} likes Jonas Weber's photo.", "de": "{o} gefällt Jonas Webers Foto."}


def build_updates(root: Path, lang: str) -> Path:
    o = OWNER
    # two updates at one second (a job and a town: Facebook writes both when a profile is edited at once) and one
    # with a life event attachment
    write(root, "profile_information/profile_update_history.json", {"profile_updates_v2": [
        {"timestamp": T0, "title": UPDATES[lang][0].format(o=o)},
        {"timestamp": T0, "title": UPDATES[lang][1].format(o=o)},
        {"timestamp": T0 + 86400, "title": UPDATES[lang][0].format(o=o), "attachments": [{"data": [{"life_event": {
            "title": "Started New Job", "start_date": {"year": 2021, "month": 10, "day": 1}}}]}]}]})
    # undated likes of two photos, each with its URL (the label_values form) and the title sentence
    write(root, "comments_and_reactions/likes_and_reactions_1.json", [
        {"timestamp": 0, "label_values": [{"label": "Reaction", "value": "Like"}, {
            "label": "URL", "value": f"https://www.facebook.com/photo/?fbid=10{i}"}],
         "title": UNDATED_LIKES[lang].format(o=o)} for i in range(2)])
    write(root, "profile_information/profile_information.json", {"profile_v2": {"name": {"full_name": o}}})
    return root


def test_profile_updates_and_undated_reactions_in_two_ui_languages_are_one_set(tmp_path: Path) -> None:
    en = build_updates(tmp_path / "both" / "facebook-anna-2022-en", "en")
    de = build_updates(tmp_path / "both" / "facebook-anna-2023-de", "de")
    one = Counter(e.kind for e in events(en))
    assert one == {"facebook.profile_update": 3, "facebook.reaction": 2, "facebook.profile": 1}
    assert Counter(e.kind for e in events(de)) == one
    both = events(tmp_path / "both")
    assert Counter(e.kind for e in both) == one  # was: profile updates 6, reactions 4
    # the two updates of one second stay two in each language and across both
    assert sum(e.kind == "facebook.profile_update" and e.time.timestamp() == T0 for e in both) == 2
    assert sorted(e.attrs["url"] for e in both if e.kind == "facebook.reaction") == [
        "https://www.facebook.com/photo/?fbid=100", "https://www.facebook.com/photo/?fbid=101"]


def test_an_undated_reaction_without_url_keeps_its_title(tmp_path: Path) -> None:
    """Nothing else names what it reacts to: two likes of two photos stay two (their titles)."""
    root = tmp_path / "fb"
    write(root, "comments_and_reactions/likes_and_reactions_1.json", [
        {"timestamp": 0, "data": [{"reaction": {"reaction": "LIKE", "actor": OWNER}}],
         "title": f"{OWNER} likes {who}'s photo."} for who in ("Jonas Weber", "Ola Berg")])
    write(root, "profile_information/profile_information.json", {"profile_v2": {"name": {"full_name": OWNER}}})
    assert sum(e.kind == "facebook.reaction" for e in events(root)) == 2
