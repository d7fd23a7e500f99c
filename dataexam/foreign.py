"""Downloads of services dataexam does not read that share folder and file names with one it does.

Instagram's "Download your information" is written by Meta's own DYI tool: its messages are
``messages/inbox/<user>_<id>/message_1.json`` as Messenger's, its logins, topics and followers have
Facebook's basenames. Read as a Facebook export it gave Instagram DMs as ``facebook.message``, its
logins and topics as Facebook's, and merged with a Facebook folder beside it (the thirtieth pass's
first tester, H1/M1). :func:`instagram_download` tells it by Instagram's own folders and files, from
member paths only (nothing is opened), so that the Facebook parser refuses it and discovery names it.

Instagram's marker paths, by era (sources in each pattern's comment):

- 2018–20 flat download: ``stories_activities.json``, ``account_history.json``, ``media.json``,
  ``profile.json``, ``connections.json`` … at the root, folders ``direct/``, ``stories/``
  (michabirklbauer/instagram_json_viewer docs/README.md lists ``micha_birklbauer_20200316``).
- 2021–23 top-level layout: ``login_and_account_creation/``, ``followers_and_following/``,
  ``content/posts_1.json``, ``likes/liked_posts.json``, ``comments/post_comments.json``,
  ``personal_information/personal_information.json``, ``story_sticker_interactions/``
  (NorseKode/Waultar-App's Instagram folder list; instagram-year-in-review, instanalysis).
- 2024–25 Accounts Center layout: ``your_instagram_activity/``,
  ``connections/followers_and_following/``, ``security_and_login_information/login_and_account_creation/``,
  ``personal_information/personal_information/personal_information.json`` (What-If Horizon's structure
  of donated Instagram exports; an Instagram export schema ``instagram-<user>-<date>-<hash>.zip``).

An Accounts Center export of a Facebook *and* an Instagram account holds both: Facebook's own files
(:data:`_FACEBOOK`) make it Facebook's, whose parser leaves the Instagram parts alone as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Instagram's own folders and files, any era (module docstring)
_INSTAGRAM_MARKS = re.compile(
    r"(^|/)(your_instagram_activity|login_and_account_creation|followers_and_following|story_sticker_interactions"
    r"|instagram_ads_and_businesses)/"
    r"|(^|/)content/(posts|stories|reels|profile_photos)(_\d+)?\.json$"
    r"|(^|/)likes/liked_(posts|comments)\.json$"
    r"|(^|/)comments/(post_comments|reels_comments)(_\d+)?\.json$"
    r"|(^|/)saved/saved_(posts|collections)\.json$"
    r"|(^|/)personal_information/personal_information(/personal_information)?\.json$")

#: the 2018–20 flat download's root files (instagram_json_viewer's listing); three of them, or one of the two
#: no other service writes, make the download Instagram's
_FLAT = frozenset({"account_history.json", "stories_activities.json", "media.json", "profile.json",
                   "connections.json", "searches.json", "saved.json", "settings.json", "messages.json",
                   "likes.json", "comments.json", "contacts.json", "autofill.json", "checkout.json",
                   "seen_content.json", "uploaded_contacts.json", "devices.json", "information_about_you.json"})
_FLAT_ONLY = frozenset({"account_history.json", "stories_activities.json"})

#: Facebook's own folders and files (formats.md §1.1): with any of them the download is Facebook's
_FACEBOOK = re.compile(
    r"(^|/)(your_facebook_activity|your_activity_across_facebook|comments_and_reactions|friends_and_followers"
    r"|likes_and_reactions|facebook_marketplace|apps_and_websites_off_of_facebook|off-facebook_activity"
    r"|facebook_news|facebook_gaming|facebook_payments)/"
    r"|(^|/)profile_information/profile_information\.json$"
    r"|(^|/)posts/your_posts(_\d+)?\.json$"
    r"|(^|/)friends/(your_)?friends\.json$"
    # Facebook's own friends and follows of 2023–25 (its parser's notes: Instagram's are under followers_and_following/)
    r"|(^|/)connections/(friends|followers)/", re.I)


def instagram_download(paths: Iterable[str]) -> str | None:
    """Why ``paths`` (one download's member paths, relative to its root) are an Instagram download and not
    Facebook's — the first Instagram marker met, as ``"followers_and_following/"`` — or ``None`` when no
    Instagram marker is present or any of Facebook's own files is (an Accounts Center export of both)."""
    mark: str | None = None
    flat: set[str] = set()
    for path in paths:
        if _FACEBOOK.search(path):
            return None
        if mark is None:
            hit = _INSTAGRAM_MARKS.search(path)
            if hit is not None:
                mark = hit.group(0).lstrip("/")
            elif "/" not in path and path.lower() in _FLAT:
                flat.add(path.lower())
    if mark is None and (flat & _FLAT_ONLY or len(flat) >= 3):
        mark = ", ".join(sorted(flat)[:3]) + " at the top, the 2018–20 layout"
    return mark


def instagram_reason(mark: str) -> str:
    """The words for a download :func:`instagram_download` recognised (shared by detection, discovery and the
    CLI's refusal)."""
    return f"an Instagram download ({mark}): Instagram is not read"
