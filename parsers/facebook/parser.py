"""Facebook "Download Your Information" (JSON format), every era from 2018 to 2025.

Layouts (formats.md §1.1): 2018 flat categories with ``messages/<id>/message.json``; 2019–20
``messages/inbox/<thread>/message_N.json``; 2021–22 the same folders with ``_v2`` envelope keys;
2023 everything under ``your_activity_across_facebook/``; 2024–25 under ``your_facebook_activity/``,
with Accounts Center exports adding Instagram folders (left to an Instagram parser: reported as
unhandled files, never read here). Files are matched by basename, since their folders moved
between eras and even within one (``security_and_login_information/`` vs
``personal_information/profile_information/security_and_login_information/``).

Messenger's end-to-end-encrypted chat download (messenger.com secure storage, 2024+: one
``<Name>_<n>.json`` per chat with ``senderName``/``text``/``timestamp`` in ms, and a ``media/``
folder) is read as variant ``messenger-e2ee`` on its own, and as part of a DYI export when dropped
under ``messages/e2ee/``. Zero-byte members are ``bad-shape`` issues (their records are lost);
epoch numbers are seconds or milliseconds by magnitude, whatever the field is called.

Every string, keys included, goes through :func:`dataexam_parsers.facebook.envelope.repair` (Meta's
mojibake, §1.3) as records leave the JSON reader; envelopes are read by the shared helpers in
:mod:`dataexam_parsers.facebook.envelope`, never per file.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import IO, Any, ClassVar

import ijson

from dataexam import jsonstream
from dataexam.archive import Archive, Member
from dataexam.download_names import COPY_NUMBER, download_stem
from dataexam.events import Detection, Event, ParseIssue, TimeSource, format_time, stable_key
from dataexam.foreign import instagram_download, instagram_reason
from dataexam.geo import coordinate_pair
from dataexam.issue_codes import IssueKind
from dataexam.parser import RECORD_ERRORS, MemberContext, Parser, Rule, describe_error, rules_table
from dataexam.textfix import folder_slug, repair_mojibake
from dataexam.timeparse import NO_TIME, TimeResult, from_date_parts, from_epoch, parse_any

from .envelope import EMPTY_FILE, fields, iter_raw, label_media, label_time, norm_label, peek, pick, repair, text_value
from .unmodelled import APOS as _APOS
from .unmodelled import UNMODELLED_RULES

#: faults a look at the head of a file (its owner, its newest year, its titles) passes over: the file's handler reports
#: them when it reads the file. A zip member's damage or cut (an interrupted download, read up to the cut: T28B M1) is
#: one: it ended the run's Facebook export with "unexpected MemberCutOff … the rest of this export was skipped".
_PEEK_ERRORS = (ijson.JSONError, jsonstream.LimitExceeded, OSError, ValueError, zipfile.BadZipFile, zlib.error,
                EOFError)


def _fix(value: Any) -> Any:
    """Repair one value if it is a string (Meta mojibake, formats.md §1.3); other values pass through."""
    return repair_mojibake(value) if isinstance(value, str) else value


RecordFn = Callable[[MemberContext, "str | None", Any], Iterable["Event | ParseIssue"]]

# Accounts Center exports (2024–25) put Instagram data beside Facebook's; those files belong to
# another parser even when their basenames match ours (the IG advertisers file, login activity …).
# `connections/followers_and_following/` is Instagram's folder (`following.json`: `relationships_following`
# of `string_list_data`, `followers_1.json`; what-if-horizon's structure of donated Facebook exports):
# Facebook's own follows are in `connections/followers/` (2024–25), `friends_and_followers/` (2021–22),
# `following_and_followers/` (2019–20). Read as ours, its following.json gave blank follows.
#: a download's name carries the account's number where the account has no username (T31A H1:
#: ``facebook-100012345678901-05_12_2023-AbCdEfGh.zip``, also as ``1of3-facebook-<number>-…`` parts); a username
#: there (``facebook-janedoe-…``) is left alone: a renamed zip or folder could carry anyone's word
_NAME_NUMBER = re.compile(r"^(?:\d+of\d+-)?facebook-(\d{6,20})-", re.IGNORECASE)
_PROFILE_NUMBER = re.compile(r"profile\.php\?id=(\d{6,20})\b")
_NUMBER_TAG = "account-number:"
#: a download's name carries the account's username where it has one (formats.md §1: ``facebook-<username|numeric
#: id>-<date>-<8 chars>.zip``, the date ``DD_MM_YYYY`` or ``YYYY-MM-DD``; also as ``NofM-`` parts, saved again as
#: ``… (1).zip``, and the older ``facebook-<username>.zip`` with neither). A Facebook username is 5 or more letters,
#: digits and periods; all digits is the account number (:data:`_NAME_NUMBER`). The username of the download's day:
#: a person may change it, so it is a hint (:meth:`FacebookParser.account_hints`), never an identifier (T31D H1).
#: Read on the name without what a browser or system added (:func:`~dataexam.download_names.download_stem`:
#: ``….zip.crdownload``, ``….zip (1)``, a copy's ``-1``; ZIP65, T59E 6)
_NAME_USERNAME = re.compile(
    r"^(?:\d+of\d+-)?facebook-([a-z0-9][a-z0-9.]{4,49}?)"
    r"(?:-(?:\d{1,2}_\d{1,2}_\d{4}|\d{4}-\d{1,2}-\d{1,2})-[a-z0-9]{1,32})?" + COPY_NUMBER + "$", re.IGNORECASE)


def _html_area(path: str) -> str:
    """The category folder an HTML data page is in, for the ``html-data-file`` issue: ``messages`` for every
    thread (a thread's folder carries a name), else the page's folder (``posts``, ``friends``)."""
    folders = path.split("/")[:-1]
    if "messages" in folders:
        return "messages"
    return folders[-1] if folders else "the top folder"


def _numbers_in_names(archive: Archive) -> set[str]:
    """The account numbers in the names of the zips and folders ``archive`` was read from (:data:`_NAME_NUMBER`)."""
    names = [*archive.inputs, *archive.mounts.values()]
    found = set()
    for name in names:
        m = _NAME_NUMBER.match(name.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1])
        if m is not None:
            found.add(m.group(1))
    return found


def _usernames_in_names(archive: Archive) -> set[str]:
    """The usernames in the names of the zips and folders ``archive`` was read from (:data:`_NAME_USERNAME`),
    lower-cased (Facebook usernames are caseless)."""
    found = set()
    names = [*archive.inputs, *archive.mounts.values()]
    # the one folder every member lies in, where a person put the unpacked download inside a folder of their own
    # (``john/facebook-johnroe-…/``: T32C N1, the partner's download then joined "you" by its wrapper's name)
    wrappers = {p.split("/", 1)[0] for p in archive.paths() if "/" in p}
    if len(wrappers) == 1:
        names.append(next(iter(wrappers)))
    for name in names:
        m = _NAME_USERNAME.match(download_stem(name.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1],
                                               other_extension=False))
        if m is not None and not m.group(1).isdigit() and m.group(1).lower() not in _NOT_USERNAMES:
            found.add(m.group(1).lower())
    return found


#: words a person names an unpacked or saved download by (``facebook-export``, ``facebook-backup``): never read as
#: a username (one could be, but a download so named is more likely named by its owner than by Facebook)
_NOT_USERNAMES = frozenset({
    "export", "exports", "download", "downloads", "backup", "backups", "archive", "archives", "takeout", "data",
    "information", "json", "html", "posts", "messages", "messenger", "files", "copy", "latest", "unzipped",
    "extracted", "partner", "mine", "full", "old", "new"})


_INSTAGRAM = re.compile(r"(^|/)(your_instagram_activity|instagram[^/]*|[^/]*_instagram[^/]*"
                        r"|connections/followers_and_following)/", re.I)

#: names kept in a group thread's ``members`` (a Messenger group holds at most 250 people)
MAX_GROUP_MEMBERS = 250

_MESSAGE_FOLDERS = ("inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover")
_THREAD = re.compile(
    r"(?:^|/)messages/(?:(" + "|".join(_MESSAGE_FOLDERS) + r")/)?([^/]+)/message(?:_\d+)?\.json$")

# Files the fixtures (and so cases 03, 04, 17, whose inputs derive from them) carry as zero-byte
# when the section is empty: read as no records. Every other zero-byte JSON member is a `bad-shape`
# issue (case 01), since its records are lost. Keep this list short; see docs/kinds.md.
_MAY_BE_EMPTY = frozenset({"your_groups.json", "your_event_responses.json"})


_MEDIA_EXT = (r"\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?|mp4|mov|m4v|webm|3gp|avi|mkv|mp3|m4a|aac|wav|ogg|opus|amr"
              r"|pdf|docx?|xlsx?|pptx?|txt|csv|vcf|rtf)$")


@lru_cache(maxsize=4096)
def _first_name(name: str) -> str:
    """The first word of a display name, folded as Facebook folds names into folders ("Kari Nordmann" and
    "Kari Smith" → "kari"): what stays when someone takes a new surname; a name with no space is itself."""
    first = name.split(maxsplit=1)[0] if name.strip() else name
    return folder_slug(first) or first.casefold()


def _reaction_word(value: Any) -> Any:
    """A reaction in one spelling: ``LIKE`` (the title form's ``data.reaction.reaction``, ≤2024) and ``Like``
    (the label_values form's ``Reaction``, 2025) are ``Like``; anything else (an emoji, a non-string) as is."""
    if isinstance(value, str) and value.isascii() and value.isalpha():
        return value.capitalize()
    return value


def _basename(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _stem(path: str) -> str:
    return norm_label(_basename(path).rsplit(".", 1)[0])


# Epoch numbers at or above this are milliseconds: 1e11 s is the year 5138, 1e11 ms is March 1973.
_MS_THRESHOLD = 100_000_000_000
#: the E2EE download's stand-in for a media file it could not include
_MEDIA_FAILED = "Failed to download media"
#: the DYI message types of Messenger's own lines (2018-22 threads: "Call", "Subscribe" / "Unsubscribe" for
#: people added to or leaving a group)
_SYSTEM_TYPES = frozenset({"Call", "Subscribe", "Unsubscribe"})
#: Messenger's English narrations of calls, attachments and group events, as the DYI writes them for the
#: owner ("You …") and for others ("<Name> …"); a peer filtering real threads before analysis drops the same
#: lines (signalbackup-tools#331's 2025 schema has no other mark for group events). Localised exports word
#: them otherwise: there they stay text.
_NARRATION = re.compile(
    r"(?P<who>You|.{1,100}?) (?:missed your (?:audio |video )?call|sent an attachment|sent a live location"
    r"|started (?:a (?:video |audio )?call|a video chat|sharing (?:a )?live location)"
    r"|named the group .{1,200}|added .{1,200} to the group|removed .{1,200} from the group|left the group"
    r"|created the group(?: .{1,200})?|set the nickname for .{1,200} to .{1,200}"
    r"|set (?:your|his|her|their) own nickname to .{1,200}|cleared the nickname for .{1,200}"
    r"|changed the group photo)\.|You missed a(?:n audio| video)? call from .{1,100}\."
    # a reaction written as a message of the reactor's (2022+ threads; the reaction is also in the reacted-to
    # message's `reactions`): "Reacted ❤ to your message " (the twenty-third pass's second tester; a public
    # analysis script over Messenger JSON repairs this very mojibake'd content)
    r"|Reacted \S{1,16} to your message ?")
#: Meta's index on an E2EE chat's file name and ``threadName`` ("Jane Doe_3")
_E2EE_INDEX = re.compile(r"(.+)_\d+")
# the media lists a message may carry (FacebookParser._MESSAGE_MEDIA), as a set for one C-level test
_MESSAGE_MEDIA_KEYS = frozenset(("photos", "videos", "gifs", "audio_files", "files", "sticker", "media"))


# The owner's pronoun in Facebook's English titles ("Anna Weber updated her status.", "… replied to his own
# comment.", "… updated their profile picture."): it follows the profile's gender setting of the download's day,
# so one post read from two downloads may differ in it. Only record keys read titles through this.
_OWNER_PRONOUN = re.compile(r"\b(?:his|her|their|himself|herself|themselves|themself)\b", re.IGNORECASE)
_NEUTRAL_PRONOUN = {"his": "their", "her": "their", "their": "their", "himself": "themselves",
                    "herself": "themselves", "themselves": "themselves", "themself": "themselves"}
#: what an owner's name becomes in a record key (no display name holds a NUL)
OWNER_IN_KEY = "\x00self"


def owner_names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern matching any of ``names`` as whole words (the longest first, so "Anna Maria Weber" is not
    matched as "Anna Maria"), or ``None`` when no name is given. Names are matched case-sensitively, as
    Facebook writes them."""
    clean = sorted({n.strip() for n in names if isinstance(n, str) and n.strip()}, key=lambda n: (-len(n), n))
    if not clean:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, clean)) + r")(?!\w)")


def owner_free(text: Any, owner: re.Pattern[str] | None) -> Any:
    """``text`` (a Facebook title) as a record key holds it: each of the owner's names (``owner``, from
    :func:`owner_names_pattern`) as :data:`OWNER_IN_KEY` and the pronouns his/her/their as "their"
    (himself/herself/themselves as "themselves"); a non-string as is.

    Facebook writes the owner's name and pronoun into the titles of posts, comments, reactions and profile
    updates ("Anna Schmidt updated her status.") with the name of the download's day: a download made before
    and one made after a name change at marriage (``previous_names``) gave every post and comment of the
    earlier download two keys (the twenty-seventh pass's second tester, H1: posts 3,977, right 2,717).
    """
    if not isinstance(text, str) or not text:
        return text
    if owner is not None:
        text = owner.sub(OWNER_IN_KEY, text)
    return _OWNER_PRONOUN.sub(lambda m: _NEUTRAL_PRONOUN[m.group(0).lower()], text)


# Lowercase words that join the capitalised words of one name ("Ludwig van Beethoven", "Maria de la Cruz",
# "Omar bin Laden"): a title's leading name runs through them only when a capitalised word follows.
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la",
                             "le", "ten", "ter", "zu", "bin", "binti", "al", "el", "y", "e", "af", "av"})
# the files whose records are the owner's own doing, each titled "<owner's name> <verb> …" in Facebook's English
# and the other Latin-script interfaces ("Anna Schmidt updated her status.", "… commented on Ola Berg's post.",
# "… likes Ola Berg's photo.", "… hat ihren Status aktualisiert."; lockdown-systems/cyd PR #405's real titles
# "NAME updated her status", "NAME shared a group", "NAME added a new photo"): posts, comments, reactions, profile
# updates — not other people's posts to the timeline, titled by their writer
_OWN_TITLED = re.compile(r"(^|/)(your_posts(__check_ins__photos_and_videos)?(_\d+)?|comments|your_comments_in_groups"
                         r"|posts_and_comments|likes_and_reactions(_\d+)?|profile_update_history)\.json$")
#: titles read for the owner's name where no profile file says it (:meth:`FacebookParser._names_from_titles`)
TITLE_SAMPLE = 400


def leading_name(title: str) -> str | None:
    """The name a Facebook title starts with ("Anna Maria Weber updated her status." → "Anna Maria Weber"): the
    capitalised words before the first lowercase one (a particle such as "van" or "de" inside the name when a
    capitalised word follows it), or ``None`` when the title does not start with a capitalised word or holds
    nothing after the name (a caseless script, Chinese or Japanese, names nobody this way)."""
    words = title.split()
    n = 0
    while n < len(words):
        word = words[n]
        if word[:1].isupper() and not word.endswith((".", ":", "!", "?", ",")):
            n += 1
        elif word in _NAME_PARTICLES and n:
            ahead = n + 1  # "de la Cruz": particles up to a capitalised word
            while ahead < len(words) and words[ahead] in _NAME_PARTICLES:
                ahead += 1
            if ahead == len(words) or not words[ahead][:1].isupper():
                break
            n = ahead
        else:
            break
    if n == 0 or n == len(words) or not words[n][:1].islower():
        return None
    return " ".join(words[:n])


def _name_prefixes(name: str) -> tuple[str, ...]:
    """A person's name and its leading words ("Anne Marie Olsen" → "Anne", "Anne Marie", "Anne Marie Olsen"):
    Messenger's narrations name people by first name, which may be two words."""
    words = name.split()
    return (name, *(" ".join(words[:i]) for i in range(1, len(words))))


def _epoch(value: Any) -> TimeResult:
    """A Facebook time field as UTC; 0/negative EXIF times are no time.

    Facebook writes epoch **seconds** almost everywhere and **milliseconds** in Messenger's
    ``timestamp_ms``, but the unit is not fixed per field name: early-2018 Messenger files carry
    ``timestamp`` in seconds, the end-to-end-encrypted chat download carries ``timestamp`` in
    milliseconds (formats.md §1.2; cases 03 and 04). The unit is therefore read from the magnitude,
    for every file: ≥ 1e11 is milliseconds (no Facebook record predates 1973 or postdates 5138).
    """
    if type(value) is int:  # the common case, first
        return from_epoch(value, millis=value >= _MS_THRESHOLD or value <= -_MS_THRESHOLD)
    if value is None or isinstance(value, bool):
        return NO_TIME
    if isinstance(value, str):
        if not value.strip().lstrip("-").isdigit():
            return parse_any(value)
        value = int(value.strip())
    try:
        millis = abs(value) >= _MS_THRESHOLD
    except TypeError:
        return NO_TIME
    return from_epoch(value, millis=millis)


#: no record of a Facebook export is dated after this year: a larger epoch number is a damaged value, not a time
#: (the fresh tester: 1.0e14 read as milliseconds gave the year 5138)
_LAST_YEAR = 2100


def _still_to_come(when: datetime, day: date) -> bool:
    """Whether ``when`` is after ``day`` (the download's own day, :meth:`FacebookParser._profile_day`; UTC, a day's
    margin for the clocks of the world): no profile's birthday or registration is."""
    return when.date() > day + timedelta(days=1)


#: the facts a person's profile holds one of (``_profile_facts``): two profiles of a list that differ in one are two
#: people's (two usernames, two birthdays), whatever else they share
_ONE_VALUED = ("name", "username", "birthday", "gender", "registration")


@dataclass(slots=True)
class _ProfileSeen:
    """One person's profile read from a list (:meth:`FacebookParser._h_profile`): the keys of its facts and its
    one-valued facts (:data:`_ONE_VALUED`, fact → text)."""

    keys: set[str]
    single: dict[str, str]

    @classmethod
    def of(cls, facts: list[Any]) -> _ProfileSeen:
        events = [item for item in facts if isinstance(item, Event)]
        return cls({e.key for e in events}, {str(e.attrs.get("fact")): e.text for e in events
                                             if e.attrs.get("fact") in _ONE_VALUED and e.text})

    def same_person(self, other: _ProfileSeen) -> bool:
        """Whether ``other`` is this person's profile again: the same registration time (no two accounts opened in
        one second of one download), or no one-valued fact differing and the same name, or every fact of one in
        the other (a copy with one more fact, T50C). Two people of one name differ in a username or birthday."""
        if "registration" in self.single and self.single.get("registration") == other.single.get("registration"):
            return True
        if any(self.single[k] != other.single[k] for k in self.single.keys() & other.single.keys()):
            return False
        return (("name" in self.single and self.single["name"] == other.single.get("name"))
                or self.keys <= other.keys or other.keys <= self.keys)

    def add(self, other: _ProfileSeen) -> None:
        self.keys |= other.keys
        self.single = {**other.single, **self.single}


def _filled(value: Any) -> bool:
    """Whether a profile field holds a value to read: not None, "" or blanks (a number is one)."""
    text = text_value(value)
    return bool(text and text.strip())


def _profiles_read(profiles: int, items: int, repeats: int = 0, merged: bool = False) -> str:
    """What a profile file holding a list gave (``profiles`` distinct people's profiles gave a fact, ``repeats`` more
    items were a profile of a person listed before, of its ``items``; ``merged``: some of those copies held a fact
    more, merged into the person's): "the profile in it was read", "each of its 2 profiles was read, their facts
    side by side as this download's one owner's (a file of two people's profiles?)", "the profile in it was read; it
    is listed 2 times, the same profile each time, read once" (INP52: the same profile listed twice was "each of its
    2 profiles … two names", of one name), "… it is listed 2 times, the same person each time, their facts merged"
    (T50C: a copy with a birthday more was "2 profiles … two names"), "… 1 item that is no profile was passed
    over"."""
    if not profiles:
        said = "no profile was read from it"
    elif profiles == 1:
        said = "the profile in it was read"
        if repeats:
            said += (f"; it is listed {repeats + 1} times, the same person each time, "
                     "their facts merged, each read once" if merged else
                     f"; it is listed {repeats + 1} times, the same profile each time, read once")
    else:
        said = (f"each of its {profiles} profiles was read, their facts side by side as this download's one owner's "
                "(two names, two birthdays: the list may hold another person's profile)")
        if repeats:
            said += (f"; {repeats} more item{'s' if repeats > 1 else ''} {'are' if repeats > 1 else 'is'} a profile "
                     + ("of a person listed before, their facts merged" if merged else "listed before, read once"))
    others = items - profiles - repeats
    if profiles and others:
        said += f"; {others} item{'s' if others > 1 else ''} that {'are' if others > 1 else 'is'} no profile " \
                f"{'were' if others > 1 else 'was'} passed over"
    return said


def _birthday_parts(birthday: Mapping[str, Any]) -> tuple[int, int, int] | None:
    """A profile birthday's ``(year, month, day)``, 0 for a part not given (Facebook writes ``{"year": 0, "month": 3,
    "day": 2}`` where the year is hidden), or None where the parts are no date a calendar holds: a part that is no
    whole number (a damaged or hand-edited file's 1e400, read as the text "1E+400"; a JSON ``true``, which Python
    counts as 1), a year past 1-9999, a month past 1-12, a day past its month's (1990-02-31; Feb 29 only in a leap
    year, any year where the year is hidden), or a day without a month."""
    out = []
    for key, top in (("year", 9999), ("month", 12), ("day", 31)):
        value = birthday.get(key)
        if isinstance(value, bool):  # JSON true/false: no part of a date (true was said as the year 0001: T46C)
            return None
        value = value or 0
        try:
            number = int(value)
        except (TypeError, ValueError, OverflowError):
            return None
        if number != value and not (isinstance(value, str) and value.strip().isdigit()):
            return None  # 3.5, "1E+400"
        if not 0 <= number <= top:
            return None
        out.append(number)
    year, month, day = out
    if day and not month:
        return None  # "1990-31": a day of no month
    if month and day:
        try:  # the day its month holds (a hidden year: 2000, a leap year, so that Feb 29 stands)
            date(year or 2000, month, day)
        except ValueError:
            return None
    return year, month, day


#: the issue of a profile birthday no calendar holds (:func:`_birthday_parts`) and of a registration time no instant
#: holds, and where they are: the field of profile_information.json, which holds one profile (T46C: "(record 0)")
BAD_BIRTHDAY = ("profile birthday is not a date (a year, month or day no calendar holds); the birthday is left out, "
                "the rest of the profile kept")
BAD_BIRTHDAY_SHAPE = ("profile birthday is not the year, month and day Facebook writes; the birthday is left out, "
                      "the rest of the profile kept")
BAD_REGISTRATION = "profile registration_timestamp not understood; kept without a time"
#: a birthday or a registration after the day of the run: no one is born, no account opened, in the future (a damaged
#: or hand-edited file: a birthday year of 3000, a registration in 2200 were shown as they were; INP49)
#: ``{after}``: the day it is judged against (:meth:`FacebookParser._profile_day`), "2024-05-01, the day this download
#: was made" — not the day of the run, which made a report change with the day it was run (INP51)
FUTURE_BIRTHDAY = ("profile birthday is a day still to come (after {after}); the birthday is left out, the rest of the "
                   "profile kept")
FUTURE_REGISTRATION = "profile registration_timestamp is a time still to come (after {after}); kept without a time"
#: the day thefacebook.com opened (4 February 2004): no account was registered before it, so a profile's
#: ``registration_timestamp`` before it is a damaged value (a seconds value past the year 9999 is read as
#: milliseconds by :func:`_epoch`'s magnitude rule and lands in 1978)
FACEBOOK_OPENED = datetime(2004, 2, 4, tzinfo=UTC)
_PROFILE_FIELD = "field {}"


#: the most negative number Facebook's "no time" is written as: a 64-bit integer's (formats.md §1: EXIF times may be
#: negative). One past it (-10^30, -1e400: a damaged or hand-edited file, read only by ijson's Python backend) is no
#: "no time" but a time that cannot be read, said as +10^30 is (T45)
_MOST_NEGATIVE = -(2**63)


def _no_time(value: Any) -> bool:
    """Facebook's ways of writing "no time": absent, null, empty text, a boolean, ``0`` or a negative number (EXIF
    times of photos without one) down to a 64-bit integer's least, as a number or as text."""
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, (int, float)):
        return _MOST_NEGATIVE <= value <= 0
    if isinstance(value, str):
        text = value.strip()
        return not text or (text.lstrip("-").isdigit() and _MOST_NEGATIVE <= int(text) <= 0)
    return False


def _dated(f: MemberContext, value: Any) -> TimeResult:
    """:func:`_epoch`, with a ``bad-date`` issue for the record (:meth:`MemberContext.bad_date`) where a time is
    written but none is read from it: text no date parser understands, an instant past the year 9999, an object or
    a list. Facebook's "no time" values (:func:`_no_time`) are no fault."""
    result = _epoch(value)
    if result[0] is not None and result[0].year > _LAST_YEAR:
        result = NO_TIME  # a number read as milliseconds that is still centuries ahead: no instant of a record
    if result[0] is None and not _no_time(value):
        f.bad_date()
    return result


def _epoch_ms(value: Any) -> int | None:
    """An epoch field in whole milliseconds whatever its unit (for keys that must agree across eras)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an int past a double's range (10**400)
        return None
    if not math.isfinite(number):  # "1E+400" (jsonstream.python_items), "nan" as text: no instant
        return None
    return int(number) if abs(number) >= _MS_THRESHOLD else round(number * 1000)


def _iso(value: Any) -> str | None:
    """An epoch field as ISO-8601 UTC text for attrs (``None`` when absent, zero or negative)."""
    return format_time(_epoch(value)[0])


def _distinct(attrs: Mapping[str, Any], *names: str) -> list[Any]:
    """Key parts for the optional fields ``names`` that are present (as ``[name, value]`` pairs).

    Absent fields add nothing, so a key stays the same as before a field was added to it for
    every record that lacks that field (keys agree across eras and with older outputs).
    """
    return [[name, value] for name in names
            if (value := attrs.get(name)) is not None and (value or value not in _ABSENT)]


def _compact(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Drop absent values so attrs stay small and stable across eras."""
    # (a value that is true is never absent: the tuple is compared only for a false one, such as 0)
    return {k: v for k, v in attrs.items() if v is not None and (v or v not in _ABSENT)}


_ABSENT = (None, "", [], {})  # what _compact and _distinct leave out


def _coordinate(flat: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """``(latitude, longitude)``, or ``(None, None)`` when the record has no valid pair (dataexam.geo)."""
    coord = flat.get("coordinate")
    if isinstance(coord, Mapping):
        lat, lon = coord.get("latitude"), coord.get("longitude")
    else:
        lat = pick(flat, "latitude", "precise_latitude", "imprecise_latitude")
        lon = pick(flat, "longitude", "precise_longitude", "imprecise_longitude")
    pair = coordinate_pair(lat, lon)
    return (None, None) if pair is None else pair


def _digits_as_int(value: Any) -> Any:
    """``"123456"`` → ``123456``; anything else as it is."""
    return int(value) if isinstance(value, str) and value.isascii() and value.isdigit() else value


def _date_parts_iso(parts: Mapping[str, Any]) -> tuple[str | None, bool]:
    """A life event's ``start_date`` parts as ISO 8601 of the precision given: ``1990``, ``2019-08`` or
    ``2019-08-14``, and whether a part given was not a valid one.

    A part of 0 (or missing) is unknown, not the 1st (``{"year": 2019, "month": 8, "day": 0}`` was given as
    2019-08-01: the twenty-third pass's second tester); a year of 0 gives no date (Facebook lets a person hide
    it). A month or day that is no calendar's (``"month": 13``, 30 February: a damaged or hand-edited file) keeps
    the precision that is valid (``2019``, ``2019-02``) and is reported (the twenty-third pass's final tester:
    the date was dropped without a word)."""
    year, month, day = parts.get("year"), parts.get("month"), parts.get("day")
    if from_date_parts(year)[0] is None:
        return None, any(v not in (None, 0, "0", "") for v in (year, month, day)) and not _zero(year)
    y = int(year)  # type: ignore[arg-type]
    if not _positive(month):
        return f"{y:04d}", not _zero(month)  # a day of an unknown month says nothing, and is no fault
    when = from_date_parts(year, month)[0]
    if when is None:
        return f"{y:04d}", True
    if not _positive(day):
        return f"{y:04d}-{when.month:02d}", not _zero(day)
    full = from_date_parts(year, month, day)[0]
    if full is None:
        return f"{y:04d}-{when.month:02d}", True
    return full.date().isoformat(), False


BAD_LIFE_DATE = ("a life event's start_date has a month or day no calendar has; the event is kept with the part "
                 "of its date that is valid")


def _zero(value: Any) -> bool:
    """A date part Facebook leaves unknown: missing, 0, ``"0"`` or empty."""
    return value in (None, 0, "0", "")


def _positive(value: Any) -> bool:
    try:
        return int(value) > 0
    except (TypeError, ValueError):
        return False


_COORDINATE_TEXT = re.compile(r"^\s*\(?\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)?\s*$")


def _coordinate_text(value: Any) -> tuple[float | None, float | None]:
    """``(latitude, longitude)`` from a 2024–25 check-in's ``"(59.92322 , 10.75591)"``, or ``(None, None)``."""
    m = _COORDINATE_TEXT.match(value) if isinstance(value, str) else None
    pair = coordinate_pair(m.group(1), m.group(2)) if m else None
    return (None, None) if pair is None else pair


def _unquote(text: str | None) -> str | None:
    # search history stores the query with its quotes: `"text": "\"pizza\""` (formats.md §1.4)
    if text and len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return text


# Who or what a reaction/comment title names: "Maja reacted to Håkon Brække's post." → owner
# "Håkon Brække", object "post"; "Maja likes a link." → object "link".
_TITLE_TARGET = re.compile(
    r"\b(?:reacted to|likes|liked|loves|loved|commented on|replied to)\s+(?P<target>.+?)\.?$")
_OWNER_THING = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<thing>[\w ]+?)$")


# A group membership record's action from its English title (the 2021-22 fixture's "… became a member of
# <group>.", "… left <group>."; "joined" in other eras' English titles). Facebook writes the title in the account's
# UI language, whose group sentences are not verified here (a German download's "… hat die Gruppe … verlassen."
# was read as joining, the thirtieth pass's first tester, H4): a title in no known wording claims no action.
_GROUP_LEFT = re.compile(r"\bleft\b")
_GROUP_JOINED = re.compile(r"\b(?:became a member of|joined)\b")
# The same sentences' verbs in the other UI languages of the project's word lists (de, es, fr, it, pt, nl), read only
# outside the group's name (a group "Left Behind", "Verlassen & Vergessen" is no leave). Not verified on real
# downloads (M13 of the thirty-fifth pass: a German "… hat die Gruppe … verlassen." counted as a membership): where a
# wording is other than these, the title claims no action and the interests read the group's records in time order,
# joined and left by turns (interests.GroupTurns).
_GROUP_LEFT_OTHER = re.compile(
    r"\b(?:verlassen|ausgetreten|abandonó|abandonaste|salió del?|saliste del?|dejó el|a quitté|avez quitté"
    r"|ha (?:lasciato|abbandonato)|hai (?:lasciato|abbandonato)|è uscit[oa] da|saiu d[oae]s?|deixou o|verlaten"
    # T35 M6 (a download holding only Polish, Swedish or Turkish leaves read them by turns as joins): pl, sv, da,
    # nb, tr — the past tense's forms for he, she and you
    r"|opuścił(?:a|aś|eś)?|odszedł|odeszła|lämnade|forlod|forlot|ayrıld(?:ı|ın))\b",
    re.IGNORECASE)
_GROUP_JOINED_OTHER = re.compile(
    r"\b(?:beigetreten|Mitglied (?:der|von)|se unió|te uniste|se ha unido|ahora es miembro|a rejoint|avez rejoint"
    r"|est devenue? membre|si è unit[oa]|ti sei unit[oa]|è diventat[oa] membro|entrou n[oa]|aderiu|tornou-se membro"
    r"|lid geworden|is lid van"
    r"|dołączył(?:a|aś|eś)?|został(?:a|aś|eś)? członki(?:em|nią)|gick med i|blev medlem|meldte s(?:ig|eg) ind"
    r"|ble medlem|katıld(?:ı|ın)|üyesi oldu)\b", re.IGNORECASE)


def _group_action(title: str | None, name: str | None = None) -> str | None:
    """``left``, ``joined`` or ``None``: ``joined`` without a title (the file lists the groups joined), else the
    verb of the title outside the group's ``name`` — English, then the other UI languages' (:data:`_GROUP_LEFT_OTHER`,
    :data:`_GROUP_JOINED_OTHER`); ``None`` for a title in no wording read here."""
    if title is None:
        return "joined"
    said = title.replace(name, " ") if name else title
    if _GROUP_LEFT.search(said):
        return "left"
    if _GROUP_JOINED.search(said):
        return "joined"
    if _GROUP_LEFT_OTHER.search(said):
        return "left"
    if _GROUP_JOINED_OTHER.search(said):
        return "joined"
    return None


# German UI's comment title, the one non-English title sentence verified: "Ferdinand Grunz hat 20 Minutens Beitrag
# kommentiert." (a Swiss data-donation study's analysis script over donated Facebook exports, 2024). Its thing
# "Beitrag" is a post; other German things and the German reaction sentences are not verified: their fields stay
# empty (the thirtieth pass's first tester, L1).
_TITLE_TARGET_DE = re.compile(r"\shat\s+(?P<target>.+?)\s+kommentiert\.?$")
_OWNER_THING_DE = re.compile(r"^(?P<owner>.+?)(?:s|['’])\s+Beitrag$")


def _title_target(title: str | None) -> dict[str, Any]:
    """What a comment's or reaction's title says it is on: ``target`` ("Ola Berg's post"), ``target_owner`` and
    ``target_type`` ("post"), from Facebook's English sentences and the German comment sentence; ``{}`` for a title
    in any other wording (never a guess from another language's words)."""
    if not title:
        return {}
    m = _TITLE_TARGET.search(title)
    if not m:
        de = _TITLE_TARGET_DE.search(title)
        if not de:
            return {}
        target = de.group("target").strip()
        owned_de = _OWNER_THING_DE.match(target)
        return {"target": target, **({"target_owner": owned_de.group("owner"), "target_type": "post"}
                                     if owned_de else {})}
    target = m.group("target").strip()
    out: dict[str, Any] = {"target": target}
    owned = _OWNER_THING.match(target)
    if owned:
        out["target_owner"] = owned.group("owner")
        out["target_type"] = owned.group("thing").split()[-1].lower()
    else:
        words = target.split()
        if words and words[0].lower() in ("a", "an", "his", "her", "their", "your", "own"):
            out["target_type"] = words[-1].lower()
    return out


#: the event type's key in an off-Meta event, by era (flattened with ``norm_label``): ≤2023 ``{"type": "PURCHASE"}``;
#: 2024–25 label_values ``{"label": "Type"}`` (this parser's own reading of that era); 2026 ``{"label": "Event"}``
#: (a data-donation extractor's description of the 2026 record list: "ID / Event / Received on"; T29A H1, the type
#: of every 2026 event was dropped); ``event_type`` / ``event_name`` where ``ent_field_name`` gives Meta's own name
OFF_FACEBOOK_TYPE_KEYS = ("type", "event", "event_type", "event_name")


def _off_facebook_type(event: Mapping[str, Any]) -> str | None:
    """The off-Meta event's type ("PURCHASE", "PAGE_VIEW") under any era's label (:data:`OFF_FACEBOOK_TYPE_KEYS`), or
    None."""
    for name in OFF_FACEBOOK_TYPE_KEYS:
        value = text_value(event.get(name))
        if value and value.strip():
            return value.strip()
    return None


def _media_uris(items: Any) -> list[str]:
    out: list[str] = []
    if isinstance(items, Mapping):
        items = [items]
    for item in items or []:
        if isinstance(item, Mapping) and item.get("uri"):
            out.append(str(item["uri"]))
    return out


def _exif_entries(media: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    meta = media.get("media_metadata")
    if not isinstance(meta, Mapping):
        return []
    out: list[Mapping[str, Any]] = []
    for sub in meta.values():  # photo_metadata / video_metadata
        if not isinstance(sub, Mapping):
            continue
        out.extend(e for e in sub.get("exif_data") or [] if isinstance(e, Mapping))
        if "upload_ip" in sub or "taken_timestamp" in sub:  # 2018–19: the fields sit directly here
            out.append(sub)
    return out


def _place(place: Mapping[str, Any]) -> dict[str, Any]:
    """An attachment's ``place`` as attrs: ``name``, ``address``, ``url``, ``latitude``, ``longitude`` (those given)."""
    lat, lon = _coordinate(place)
    return _compact({"name": place.get("name"), "address": place.get("address"), "url": place.get("url"),
                     "latitude": lat, "longitude": lon})


def _attachments(record: Mapping[str, Any]) -> dict[str, Any]:
    """What a post's or comment's ``attachments[].data[]`` hold, in one dict of attrs.

    Kinds seen (formats.md §1.4): media, external_context, place (with coordinate), life_event,
    event, note, text (check-in messages).
    """
    media: list[Mapping[str, Any]] = []
    links: list[str] = []
    out: dict[str, Any] = {}
    for attachment in record.get("attachments") or []:
        if not isinstance(attachment, Mapping):
            continue
        for data in attachment.get("data") or []:
            if not isinstance(data, Mapping):
                continue
            if isinstance(data.get("media"), Mapping):
                media.append(data["media"])
            ctx = data.get("external_context")
            if isinstance(ctx, Mapping) and (ctx.get("url") or ctx.get("source") or ctx.get("name")):
                links.append(str(ctx.get("url") or ctx.get("source") or ctx.get("name")))
            place = data.get("place")
            if isinstance(place, Mapping):
                out["place"] = _place(place)
            life = data.get("life_event")
            if isinstance(life, Mapping):
                start = life.get("start_date") if isinstance(life.get("start_date"), Mapping) else {}
                iso, bad = _date_parts_iso(start)
                out["life_event"] = _compact({"title": life.get("title"), "start_date": iso})
                if bad:
                    out["_bad_life_date"] = True
            event = data.get("event")
            if isinstance(event, Mapping):
                # an event's own place (eaton/fyi-api types.ts, Lodestone YourPosts1.java: event.place {name,
                # coordinate}; dropped before, the thirtieth pass's first tester, L2)
                where = event.get("place")
                out["event"] = _compact({"name": event.get("name"), "start": _iso(event.get("start_timestamp")),
                                         "end": _iso(event.get("end_timestamp")),
                                         "place": _place(where) if isinstance(where, Mapping) else None})
            note = data.get("note")
            if isinstance(note, Mapping):
                out["note"] = _compact({"title": note.get("title"), "text": note.get("text")})
            if isinstance(data.get("text"), str):
                out.setdefault("attachment_text", data["text"])
    if media:
        out["media"] = [str(m["uri"]) for m in media if m.get("uri")]
        out["_media"] = media
        # when the first photo that says so was taken (its EXIF `taken_timestamp`, formats.md §1.4), as UTC ISO
        taken = next((iso for m in media for e in _exif_entries(m) if (iso := _iso(e.get("taken_timestamp")))), None)
        if taken:
            out["taken_timestamp"] = taken
    if links:
        out["links"] = links
    return out


class FacebookParser(Parser):
    """Facebook "Download Your Information" JSON exports, 2018 → 2025 (see module docstring)."""

    name: ClassVar[str] = "facebook"
    # Members are independent once the owner is known (events() looks it up first, in every process);
    # a byte of its short records costs 2–6x one of X tweets (benchmarks/handler_costs.py, persona;
    # issue 16)
    member_split = True
    parse_cost = 2.5
    handler_costs: ClassVar[Mapping[str, float]] = {
        "_h_messages": 2.2, "_h_logins": 2.9, "_h_reactions": 2.1, "_h_posts": 3.5, "_h_comments": 2.8,
        "_h_locations": 6.0, "_h_off_facebook": 5.1, "_h_searches": 2.6,
    }
    # messenger.com's secure-storage download (https://www.messenger.com/secure_storage/dyi: "simple json files with a
    # media subfolder shared for all", stepva/chatalysis#104) is made apart from the account's DYI download: unpacked
    # beside one, it is its own export and its participants say whose (a partner's was read as the person's, T32B H1)
    own_download_variants: ClassVar[frozenset[str]] = frozenset({"messenger-e2ee"})
    version: ClassVar[str] = "1.0"
    description: ClassVar[str] = "Facebook 'Download Your Information' JSON export (2018–2025 layouts)"

    html_export_help: ClassVar[str] = (
        "This is Facebook's HTML export, which is made for reading in a browser and cannot be "
        "parsed reliably. Request the JSON format instead: on Facebook open Settings → Your "
        "information (Accounts Center: Your information and permissions) → Download your "
        "information, choose Format: JSON (Date range: All time), and run dataexam on the new download."
    )
    #: the help for the 2010–2017 download ("Download a copy of your Facebook data": ``index.htm``, ``html/*.htm``;
    #: T33A L6): no JSON was offered then, and a new download holds the same years
    old_html_export_help: ClassVar[str] = (
        "This is Facebook's old HTML download (2010–2017: index.htm and html/timeline.htm, html/messages.htm …), "
        "made for reading in a browser; Facebook offered no JSON then. Request a new download in JSON: on Facebook "
        "open Settings → Your information (Accounts Center: Your information and permissions) → Download your "
        "information, choose Format: JSON and Date range: All time — it covers the same years, from the account's "
        "start — and run dataexam on the new download."
    )
    _OLD_HTML_REASON: ClassVar[str] = "Facebook's old HTML download (2010–2017)"

    @classmethod
    def html_help(cls, detection: Detection) -> str:
        """What to do about an HTML export :meth:`detect` found: the 2010–2017 download's help or the 2018+ one's."""
        return cls.old_html_export_help if detection.reason.startswith(cls._OLD_HTML_REASON) else \
            cls.html_export_help

    kinds: ClassVar[Mapping[str, str]] = {
        "facebook.post": "a post (own timeline or group): text, links, place with coordinates, life event, "
                         "media uris, tags, update_timestamp; attr group for group posts; posted_on and "
                         "target for posts on other profiles and pages (2024–25)",
        "facebook.comment": "a comment the person wrote; attrs title, target, group (when in a group), media",
        "facebook.reaction": "a like/reaction the person gave; attrs reaction, title, target/target_owner/"
                             "target_type parsed from the title, url, group",
        "facebook.page_like": "a Facebook page the person liked; text = page name, attr url",
        "facebook.message": "one Messenger message; actor = sender (self when the sender is the owner named "
                            "in profile_information); attrs thread, thread_folder, participants, sender, "
                            "reactions, share, call_duration, missed, media, media_missing, is_unsent (no text then), "
                            "system_text (Messenger's own line about a call, attachment or group event; no text "
                            "then), type",
        "facebook.friend": "a friend relation; attr status friend | removed | request-sent | request-received "
                           "| request-declined",
        "facebook.follower": "a person following the person (actor and text = the follower's name); "
                             "undated in every era seen",
        "facebook.following": "a person or page the person follows; text = name, attr target profile | page",
        "facebook.group": "a group membership (joined, admin …); text = group name, attr action",
        "facebook.event_response": "a response to a Facebook event; attr response joined | declined | "
                                   "interested | invited | hosted; time = event start",
        "facebook.search": "a search the person typed; attr scope facebook | marketplace | groups | profiles",
        "facebook.login": "a login, session, device or IP record (account activity, IP address activity, "
                          "logins and logouts, where you're logged in, recognized devices, login protection, "
                          "admin records, login activity, mobile devices, last login, browser cookies, "
                          "device login cookies, devices, sign-up details, EXIF upload IPs); attrs log, ip, "
                          "user_agent, action, city, region, "
                          "country, device, port, site",
        "facebook.location": "a location Facebook holds (location history, last/primary/primary public "
                             "location, time zone, device country, last known location, places of interest, "
                             "sampled locations, the city Facebook infers the person is based in); attrs list, "
                             "latitude, longitude",
        "facebook.off_facebook": "one off-Facebook activity event an app or site reported; text = app/site, "
                                 "attrs event_type, event_id",
        "facebook.declared_interest": "a topic Facebook declares about the person; attr list ads_interests | "
                                      "other_categories | recommended_topics | your_topics (inferred_topics_v2)",
        "facebook.advertiser": "an advertiser holding or using the person's data; attr list using_your_activity "
                               "(with has_* flags) | interacted | ads_viewed | contact_list",
        "facebook.profile": "one profile fact (attr fact: name, username, birthday, gender, current_city, "
                            "hometown, relationship, family_member, place_lived, education, work, email, phone, "
                            "other_name, interested_in, political_view, religious_view, registration); undated",
        "facebook.profile_update": "one entry of profile_update_history.json (the person's own profile changes: "
                                   "a new city, job, school, relationship, picture); text = Facebook's title, attrs "
                                   "life_event {title, start_date} where the entry carries one, backdated_timestamp",
        "facebook.media": "a photo or video the person uploaded outside posts (albums, your videos, "
                          "uncategorized photos, archived stories); attrs uri, album, taken, upload_ip",
    }

    # pruning metadata (dataexam.parser.Parser.handler_kinds): what each handler can emit (posts and
    # media also the EXIF upload IPs as facebook.login)
    handler_kinds: ClassVar[dict[str, frozenset[str]]] = {
        "_h_messages": frozenset({"facebook.message"}),
        "_h_e2ee": frozenset({"facebook.message"}),
        "_h_group_messages": frozenset({"facebook.message"}),
        "_h_posts": frozenset({"facebook.post", "facebook.login"}),
        "_h_check_ins": frozenset({"facebook.post", "facebook.login"}),
        "_h_group_posts": frozenset({"facebook.post", "facebook.login"}),
        "_h_media": frozenset({"facebook.media", "facebook.login"}),
        "_h_comments": frozenset({"facebook.comment"}),
        "_h_reactions": frozenset({"facebook.reaction"}),
        "_h_page_likes": frozenset({"facebook.page_like"}),
        "_h_friends": frozenset({"facebook.friend"}),
        "_h_followers": frozenset({"facebook.follower"}),
        "_h_following": frozenset({"facebook.following"}),
        "_h_groups": frozenset({"facebook.group"}),
        "_h_events": frozenset({"facebook.event_response"}),
        "_h_searches": frozenset({"facebook.search"}),
        "_h_logins": frozenset({"facebook.login"}),
        "_h_locations": frozenset({"facebook.location"}),
        "_h_off_facebook": frozenset({"facebook.off_facebook"}),
        "_h_interests": frozenset({"facebook.declared_interest"}),
        "_h_advertisers": frozenset({"facebook.advertiser"}),
        "_h_profile": frozenset({"facebook.profile"}),
        "_h_profile_updates": frozenset({"facebook.profile_update"}),
    }
    undated_kinds: ClassVar[frozenset[str]] = frozenset({"facebook.declared_interest", "facebook.profile"})

    markers: ClassVar[tuple[str, ...]] = (
        r"(^|/)your_facebook_activity/",
        r"(^|/)your_activity_across_facebook/",
        r"(^|/)profile_information/profile_information\.json$",
        r"(^|/)messages/(inbox/)?[^/]+/message(_\d+)?\.json$",
        r"(^|/)(posts/your_posts(_\d+)?|your_posts__check_ins__photos_and_videos_\d+)\.json$",
        r"(^|/)security_and_login_information/",
    )

    rules: ClassVar[tuple[Rule, ...]] = rules_table([
        # -- Messenger: messages/<id>/message.json (2018), messages/<folder>/<name>_<id>/message_N.json
        (r"(^|/)messages/e2ee/[^/]+\.json$", "_h_e2ee"),
        (_THREAD.pattern, "_h_messages"),
        # 2024–25 group chats: your_facebook_activity/groups/your_group_messages/<chat>.json, a thread
        # object with `thread_name` and Messenger's `messages` (what-if-horizon's structure of donated exports)
        (r"(^|/)groups/your_group_messages/[^/]+\.json$", "_h_group_messages"),
        (r"(^|/)messages/.*/(photos|videos|gifs|audio|files|stickers_used)/", None, "Messenger media"),
        # -- posts: posts/your_posts_N.json (≤2022), your_posts__check_ins__photos_and_videos_N.json (2023+)
        (r"(^|/)your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json$", "_h_posts"),
        # 2024–25 posts on others' timelines and pages: label_values records (Message, Target, Media)
        (r"(^|/)posts_on_other_pages_and_profiles\.json$", "_h_posts"),
        # 2024–25 your_facebook_activity/posts/check-ins.json: label_values check-ins (Message, Place tags)
        (r"(^|/)check-ins\.json$", "_h_check_ins"),
        (r"(^|/)(your_posts_in_groups|group_posts_and_comments)\.json$", "_h_group_posts"),
        (r"(^|/)(your_videos|your_uncategorized_photos|archived_stories)\.json$", "_h_media"),
        (r"(^|/)photos_and_videos/album/\d+\.json$|(^|/)album/\d+\.json$", "_h_media"),
        # -- comments and reactions
        (r"(^|/)comments\.json$", "_h_comments"),
        (r"(^|/)your_comments_in_groups\.json$", "_h_comments"),
        (r"(^|/)posts_and_comments\.json$", "_h_reactions"),
        (r"(^|/)likes_and_reactions(_\d+)?\.json$", "_h_reactions"),
        (r"(^|/)likes_and_reactions/pages\.json$", "_h_page_likes"),
        (rf"(^|/)pages_you{_APOS}ve_liked\.json$", "_h_page_likes"),
        # -- connections
        (r"(^|/)(your_friends|friends|removed_friends|sent_friend_requests|received_friend_requests"
         r"|rejected_friend_requests)\.json$", "_h_friends"),
        # followers and follows: 2019–20 following_and_followers/{followers,following,followed_pages},
        # 2021–22 friends_and_followers/{people_who_follow_you,who_you_follow}, 2023+
        # pages/pages_you_follow, 2024–25 connections/followers/{people_who_followed_you,who_you've_followed}
        (r"(^|/)(people_who_followed_you|people_who_follow_you|followers)\.json$", "_h_followers"),
        # (2024–25 your_facebook_activity/pages/pages_and_profiles_you_follow.json: `pages_followed_v2`)
        (rf"(^|/)(who_you{_APOS}ve_followed|who_you_follow|following|followed_pages|pages_you_follow"
         rf"|pages_you{_APOS}ve_followed|pages_and_profiles_you_follow)\.json$", "_h_following"),
        (rf"(^|/)(people_you_may_know|suggested_friends|friend_peer_group|who_you{_APOS}ve_unfollowed"
         rf"|people_you{_APOS}ve_unfollowed)\.json$", None,
         "Facebook's own friend suggestions and peer-group label, and follows the person ended: "
         "no current relation of the person"),
        (r"(^|/)(your_group_membership_activity|your_groups)\.json$", "_h_groups"),
        (r"(^|/)(your_event_responses|event_responses|event_invitations|your_events)\.json$", "_h_events"),
        # -- searches: logged_information/search/, facebook_marketplace/, groups/, recent_searches/
        (rf"(^|/)(your_search_history|groups_you{_APOS}ve_searched_for|profile_searches)\.json$", "_h_searches"),
        # -- security and login information (both folder placements), EXIF IPs come from media
        (rf"(^|/)(account_activity|ip_address_activity|used_ip_addresses|logins_and_logouts"
         rf"|where_you{_APOS}re_logged_in|recognized_devices|authorized_logins|login_protection_data"
         rf"|administrative_records|record_details|login_activity|mobile_devices"
         rf"|information_about_your_last_login|browser_cookies|device_login_cookies|signup_details)\.json$",
         "_h_logins"),
        (r"(^|/)device_information/devices\.json$", "_h_logins"),
        # -- locations
        (r"(^|/)(location_history|last_location|primary_location|primary_public_location|timezone"
         r"|device_location|last_known_location|locations_of_interest|your_sampled_locations"
         r"|profile_based_in)\.json$",
         "_h_locations"),
        # -- off-Facebook activity: your_off-facebook_activity.json (≤2022), …_off_meta_technologies (2023+)
        (r"(^|/)(your_off-facebook_activity|your_activity_off_meta_technologies)\.json$", "_h_off_facebook"),
        # -- what Facebook declares about the person
        # your_topics.json {"inferred_topics_v2": […]}: "topics determined by your activity on Facebook" (2021
        # your_topics/, 2022–23 logged_information/your_topics/; DYI readers' models, T29A M3)
        (r"(^|/)(ads_interests|other_categories_used_to_reach_you|recommended_topics|your_topics)\.json$",
         "_h_interests"),
        (rf"(^|/)(advertisers_using_your_activity_or_information|advertisers_you{_APOS}ve_interacted_with"
         r"|ads_viewed|advertisers_who_uploaded_a_contact_list_with_your_information)\.json$", "_h_advertisers"),
        (r"(^|/)profile_information\.json$", "_h_profile"),
        # the person's dated profile changes, with the life events declared through them (WIF's 2023–25
        # structures: profile_updates_v2[{timestamp, title, attachments[].data[].life_event|media,
        # data[].backdated_timestamp}])
        (r"(^|/)profile_update_history\.json$", "_h_profile_updates"),
        # -- standard files of the 2023–25 layouts that hold no record dataexam models (yet): each is
        # ignored on purpose with the reason, so an untouched export passes --strict (issue 11)
        (r"(^|/)ad_preferences\.json$", None, "ad settings with nested topic lists: not modelled yet"),
        (r"(^|/)preferences/", None, "settings the person chose (feed, language, notifications, reels …), "
                                     "not activity"),
        (rf"(^|/)(pages(_and_profiles)?_you{_APOS}ve_unfollowed|pages(_and_profiles)?_you{_APOS}ve_recommended"
         rf"|pages_you{_APOS}re_a_customer_of)\.json$", None,
         "page follows the person ended and page recommendations: not modelled"),
        (r"(^|/)(notifications|people_and_friends|notification_of_meta_privacy_policy_update)\.json$", None,
         "what Facebook sent the person (notifications, activity messages), not the person's activity"),
        (r"(^|/)(your_address_books|contacts_uploaded|messenger_contacts)\.json$", None,
         "third parties' contact details from uploaded address books: not the person's activity"),
        (r"(^|/)(secret_conversations|autofill_information|support_messages|your_chat_settings)\.json$", None,
         "Messenger device keys, autofill and settings: no messages"),
        (r"(^|/)(email_address_verifications|account_status_changes"
         r"|your_account_password_information|two-factor_authentication|login_protection_settings)\.json$", None,
         "account administration records (verifications, status changes): not modelled"),
        (r"(^|/)(connected_apps_and_websites|your_apps|apps_and_websites)\.json$", None,
         "apps connected to the account (no dated activity; off-Facebook activity is read from its own file)"),
        (r"(^|/)(recently_viewed|recently_visited|your_saved_items|story_reactions|pokes|polls_you_voted_on"
         r"|your_fundraiser_donations_information|items_sold|your_marketplace_activity|your_watch_activity)"
         r"\.json$", None, "standard activity file whose shape varies by era and is not modelled yet"),
        # -- every other standard 2023–25 file that holds no record read here, with its reason
        *UNMODELLED_RULES,
        # -- Messenger's E2EE chat download on its own (after every DYI file rule): `messages/<Name>_<n>.json`
        # beside a shared `media/` folder (Meowwy/chat-archive's importer, written against real downloads)
        # — at any depth, so the download is found inside a Downloads folder beside the DYI export, and its
        # `messages/` folder names it (its `media/` is then the download's own, not a stray) — or the chat
        # files at the root (stepva/chatalysis#104)
        (r"(^|/)messages/[^/]+_\d+\.json$", "_h_e2ee"),
        (r"^(?:[^/]+/)?[^/]+_\d+\.json$", "_h_e2ee"),
        # -- nothing to read
        (r"(^|/)no-data\.txt$", None, "placeholder Facebook writes into empty sections"),
        (r"(^|/)(media|photos|videos|stickers_used)/", None, "uploaded media files"),
        (_MEDIA_EXT, None, "media file"),
        # an HTML data page (posts, messages … in HTML format) beside JSON files is an html-data-file issue
        # (_html_data_pages); entry pages and viewer assets are nothing to read
        (r"\.(html?|css)$", None, "HTML pages (entry and viewer pages; data pages in HTML are an issue)"),
    ])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._owner: str | None = None
        # the account's names (profile name, previous names, username) as record keys leave them out
        self._owner_names: re.Pattern[str] | None = None
        self._era_cache: tuple[Archive, tuple[str | None, str]] | None = None
        # the E2EE media messages just read at one instant from one sender: ((sender, ms), rank of the last)
        self._media_run: tuple[tuple[Any, Any], int] | None = None
        # the names a Messenger narration of the thread being read may start with (its participants)
        self._narrators: frozenset[str] = frozenset()
        # who the thread being read is between, as its messages' keys hold it (_thread_identity)
        self._thread_id: Any = None

    # ---- classification and detection -----------------------------------------------------------

    def classify(self, path: str) -> Rule | None:
        """The rule owning ``path``; Instagram folders of Accounts Center exports are never ours."""
        if _INSTAGRAM.search(path):
            return None
        return super().classify(path)

    def own_download_paths(self, paths: Iterable[str]) -> bool:
        """Whether every file these paths name that a handler reads is an E2EE chat (``<Name>_<n>.json``, at most
        one folder deep: the secure-storage download's ``messages/``), as in messenger.com's download and never in a
        DYI download's folder (its E2EE chats are ``messages/e2ee_cutover/<thread>/message_1.json``)."""
        found = False
        for path in paths:
            rule = self.classify(path)
            if rule is None or rule.handler is None:
                continue
            if rule.handler != "_h_e2ee" or "/messages/e2ee/" in "/" + path:
                return False
            found = True
        return found

    def detect(self, archive: Archive) -> Detection:
        """As :meth:`Parser.detect`, plus the HTML export (variant ``html-export``), the E2EE chat
        download (variant ``messenger-e2ee``), and a reason that says how the era was told."""
        instagram = instagram_download(archive.paths())
        if instagram is not None:
            # Instagram's DYI shares Messenger's thread files and Facebook's basenames (H1 of the thirtieth pass's
            # first tester): its own folders refuse it, before any rule claims its files
            return Detection(self.name, 0.0, None, (), instagram_reason(instagram))
        html = self._detect_html(archive)
        if html is not None:
            return html
        base = super().detect(archive)
        if base.confidence <= 0:
            return base
        handlers = {p: rule.handler for p in base.claimed if (rule := self.classify(p)) is not None and rule.handler}
        handled = list(handlers)
        e2ee = [p for p, h in handlers.items() if h == "_h_e2ee"]
        if e2ee and len(e2ee) == len(handled):
            # Only chat files named `<Name>_<n>.json`: a path says too little, so the content must
            # confirm (an E2EE chat names `senderName`/`threadName` in its first bytes).
            if not any(self._sniff_e2ee(m) for m in archive.members() if m.path in set(e2ee[:5])):
                return Detection(self.name, 0.0, None, (), "JSON files named like Messenger E2EE chats, "
                                 "but none has the E2EE chat shape")
            return Detection(self.name, max(base.confidence, 0.9), "messenger-e2ee", base.claimed,
                             f"{len(e2ee)} Messenger end-to-end-encrypted chat file(s) (senderName/threadName "
                             "shape, messenger.com secure storage download)")
        variant, why = self._era(archive)
        return Detection(self.name, base.confidence, variant, base.claimed, f"{base.reason}; era: {why}")

    def _sniff_e2ee(self, member: Member) -> bool:
        try:
            with member.open() as stream:
                head = stream.read(65536)
        except OSError:
            return False
        return b'"senderName"' in head or b'"threadName"' in head

    def _detect_html(self, archive: Archive) -> Detection | None:
        # The HTML export has the same tree with `*.html` pages, an `index.html` (≤2022) or
        # `start_here.html` (2023+) entry page, and no JSON at all (TLZ rejects it the same way).
        paths = [p for p in archive.paths() if not _INSTAGRAM.search(p)]
        if any(p.lower().endswith(".json") for p in paths):
            return None
        pages = [p for p in paths if p.lower().endswith((".html", ".htm"))]
        # 2010–2017 ("Download a copy of your Facebook data"): index.htm beside html/timeline.htm, html/messages.htm,
        # html/friends.htm … (hey-johnnypark/fb-messages-to-json, KeyWeeUsr/fbmessageparser READMEs; T33A L6)
        old = [p for p in pages if _OLD_HTML_PAGE.search(p)]
        if old and any(_basename(p).lower() in ("index.htm", "index.html") for p in pages):
            named = ", ".join(sorted(_basename(p) for p in old)[:3])
            return Detection(self.name, 0.6, "html-export", tuple(pages),
                             f"{self._OLD_HTML_REASON}: {len(pages)} HTML pages ({named} …) and no JSON files")
        entry = any(_basename(p).lower() in ("index.html", "start_here.html") for p in pages)
        facebook_dirs = re.compile(
            r"(^|/)(your_facebook_activity|your_activity_across_facebook|messages|profile_information"
            r"|security_and_login_information|personal_information|logged_information|connections|friends"
            r"|ads_information|comments_and_reactions|posts)/")
        if not (entry and any(facebook_dirs.search(p) for p in pages)):
            return None
        return Detection(self.name, 0.6, "html-export", tuple(pages),
                         f"Facebook HTML export: {len(pages)} HTML pages and no JSON files")

    def detect_variant(self, archive: Archive) -> str | None:
        """The export era: ``2018``, ``2019-20``, ``2021-22``, ``2023`` or ``2024-25`` (``None`` if untold)."""
        return self._era(archive)[0]

    # Eras in order, with the years whose downloads have each layout (formats.md §1.1).
    _ERAS: ClassVar[tuple[tuple[str, int, int], ...]] = (
        ("2018", 0, 2018), ("2019-20", 2019, 2020), ("2021-22", 2021, 2022), ("2023", 2023, 2023),
        ("2024-25", 2024, 9999))

    def _era(self, archive: Archive) -> tuple[str | None, str]:
        """The export era and the reason, in words, for ``scan`` (computed once per archive)."""
        cached = self._era_cache
        if cached is not None and cached[0] is archive:
            return cached[1]
        result = self._tell_era(archive)
        self._era_cache = (archive, result)
        return result

    def _tell_era(self, archive: Archive) -> tuple[str | None, str]:
        """The export era and the reason, in words.

        The layout narrows the eras: folders that only one era has decide alone
        (``your_facebook_activity/`` 2024–25, ``your_activity_across_facebook/`` 2023, flat
        ``messages/<id>/message.json`` 2018); otherwise the layout leaves several eras possible (a
        posts-only or messages-only download looks the same in 2019–20 and 2021–22, a
        ``connections/`` tree the same in 2023 and 2024–25), and the newest record's year picks
        among them — a download is made after its newest record, and people download what they
        are using, so the era of that year (clipped to the eras the layout allows) is the label.
        """
        paths = [p for p in archive.paths() if not _INSTAGRAM.search(p)]

        def has(pattern: str) -> bool:
            rx = re.compile(pattern)
            return any(rx.search(p) for p in paths)

        if has(r"(^|/)your_facebook_activity/"):
            return "2024-25", "your_facebook_activity/ folder (2024–25 layout)"
        if has(r"(^|/)your_activity_across_facebook/"):
            return "2023", "your_activity_across_facebook/ folder (2023 layout)"
        folders = "|".join(_MESSAGE_FOLDERS)
        inbox = has(rf"(^|/)messages/({folders})/")
        if has(rf"(^|/)messages/(?!({folders}|e2ee)/)[^/]+/message\.json$"):
            return "2018", "Messenger threads directly under messages/ (2018 layout)"
        if not inbox and has(r"(^|/)(ads|location_history)/[^/]+\.json$|(^|/)posts/your_posts\.json$"):
            return "2018", "ads/, location_history/ or an unnumbered posts/your_posts.json (2018 layout)"
        keys = self._envelope_keys(archive)
        if any(k.endswith("_v3") for k in keys):
            return "2024-25", "`_v3` envelope keys (2024–25)"
        modern = has(r"(^|/)(connections|logged_information|personal_information|preferences)/")
        if modern:
            candidates, why = ["2023", "2024-25"], "connections/ or logged_information/ folders (2023+ layout)"
        elif has(r"(^|/)comments_and_reactions/") or any(k.endswith("_v2") for k in keys):
            candidates, why = ["2021-22"], "`_v2` envelope keys or a top-level comments_and_reactions/ (2021–22)"
        elif keys:
            candidates, why = ["2019-20"], "envelope keys without `_v2` (2019–20)"
        elif inbox or has(r"(^|/)posts/your_posts_\d+\.json$|(^|/)(friends|profile_information)/"):
            candidates, why = ["2019-20", "2021-22"], "messages/inbox/ or numbered posts files (2019–22 layout)"
        else:
            return None, "no layout or envelope key that tells the era"
        if len(candidates) == 1:
            return candidates[0], why
        year = self._newest_year(archive)
        if year is None:
            return None, f"{why}, and no dated record to tell {' from '.join(candidates)}"
        era = next(name for name, first, last in self._ERAS if first <= year <= last)
        order = [name for name, _, _ in self._ERAS]
        if era not in candidates:
            era = candidates[-1] if order.index(era) > order.index(candidates[-1]) else candidates[0]
        return era, f"{why}; newest record dated {year}"

    def _envelope_keys(self, archive: Archive) -> set[str]:
        """The top-level keys of a few small envelope files (``friends_v2``, ``followers_v3`` …)."""
        probe = re.compile(r"(^|/)(friends|your_friends|comments|your_search_history|account_activity"
                           r"|pages|profile_information|people_who_followed_you|who_you.{0,2}ve_followed"
                           r"|followers|following|removed_friends|pages_you.{0,2}ve_liked)\.json$")
        keys: set[str] = set()
        files = 0
        for member in archive.members():
            if files >= 4 or _INSTAGRAM.search(member.path) or not probe.search(member.path):
                continue
            files += 1
            try:
                with self.open_json(member) as stream:
                    first, source = peek(stream)
                    if first != b"{":
                        continue
                    for prefix, event, value in ijson.parse(source):
                        if prefix == "" and event == "map_key":
                            keys.add(str(value))
                            break
            except _PEEK_ERRORS:
                continue
        return keys

    _TIME_KEYS: ClassVar[frozenset[str]] = frozenset({"timestamp", "timestamp_ms", "creation_timestamp",
                                                      "created_timestamp", "timestamp_value"})
    _DATED_FILES = re.compile(r"(^|/)(message(_1)?|your_posts(_1)?|your_friends|friends|comments"
                              r"|likes_and_reactions(_1)?|your_search_history|account_activity)\.json$")

    def _newest_year(self, archive: Archive, *, files: int = 6, events: int = 20000) -> int | None:
        """The year of the newest record among the first records of a few dated files (bounded work).

        Facebook writes messages and posts newest first, so the head of a file holds its newest record. A number
        ijson's C backend cannot hold (a time of 10^30 or 1e400 in a damaged or hand-edited file) has the file read
        again by its Python backend, past it, as the owner look-ups do (INP49: it ended that file's scan — a
        messages-only download whose first message time was 1e400 had "no dated record to tell 2019-20 from
        2021-22").
        """
        newest: float | None = None
        seen = 0

        def scan(parsed: Iterable[tuple[str, str, Any]]) -> None:
            nonlocal newest
            for n, (prefix, event, value) in enumerate(parsed):
                if n >= events:
                    break
                if event == "number" and prefix.rsplit(".", 1)[-1] in self._TIME_KEYS:
                    when = _epoch(value)[0]
                    if when is not None and (newest is None or when.timestamp() > newest):
                        newest = when.timestamp()

        for member in archive.members():
            if seen >= files or _INSTAGRAM.search(member.path) or not self._DATED_FILES.search(member.path):
                continue
            seen += 1
            try:
                with self.open_json(member) as stream:
                    scan(ijson.parse(peek(stream)[1], use_float=True))
            except ijson.JSONError as exc:
                if not jsonstream.is_overflow(exc):
                    continue
                try:  # read again from the start: the times before the number are seen twice, which is harmless
                    with self.open_json(member) as again:
                        scan(jsonstream.python_parse(peek(again)[1]))
                except _PEEK_ERRORS:
                    continue
            except _PEEK_ERRORS:
                continue
        return datetime.fromtimestamp(newest, UTC).year if newest is not None else None

    # ---- the run --------------------------------------------------------------------------------

    def events(self, archive: Archive) -> Iterator[Event | ParseIssue]:
        """Every event and issue of the archive (one export, possibly several part-zips)."""
        # only Messenger messages need the owner; with --kind/--since pruning them, its look-up is skipped
        wanted = self.wants("_h_messages") or self.wants("_h_e2ee") or self.wants("_h_group_messages")
        self._owner = self._owner_name(archive) if wanted else None
        # read whatever --kind asks for: a record's key must not depend on the run's options
        self._owner_names = owner_names_pattern(self._key_names(archive))
        yield from self._html_data_pages(archive)
        yield from super().events(archive)

    def _html_data_pages(self, archive: Archive) -> Iterator[ParseIssue]:
        """One ``html-data-file`` issue for the data pages of the export that are in HTML format: a page whose JSON
        twin (same path, ``.json``) is a file read here (posts, messages, comments, friends …), not an entry page
        or viewer asset. A download with some categories in HTML (two per-category downloads unpacked together,
        one requested as HTML) passed as "0 issues" with those records silently absent (T31A M2); an export
        of HTML pages only is refused as a whole (:meth:`_detect_html`)."""
        pages: list[tuple[int, str]] = []
        for index, member in enumerate(archive.members()):
            path = member.path
            if not path.lower().endswith((".html", ".htm")) or _INSTAGRAM.search(path):
                continue
            twin = self.classify(path.rsplit(".", 1)[0] + ".json")
            if twin is not None and twin.handler is not None and twin.handler != "_h_e2ee":
                pages.append((index, path))
        if not pages:
            return
        folders = Counter(_html_area(path) for _, path in pages)
        listing = ", ".join(f"{area} ({n} page{'s' if n > 1 else ''})" for area, n in sorted(folders.items()))
        named = ", ".join(path for _, path in pages[:3]) + (" …" if len(pages) > 3 else "")
        # an issue of the export as a whole (no member): with --jobs the first part keeps it, once
        yield ParseIssue(
            archive=archive.name, member="", code="html-data-file",
            message=f"{len(pages)} data page(s) of this download are in HTML format and are not read: {listing} "
                    f"({named}). dataexam reads Facebook's JSON format: request these categories again with "
                    "Format: JSON (Download your information) and give that download instead",
            source=self.name)

    def account(self, archive: Archive) -> str | None:
        """The profile's full name from ``profile_information.json``; without that file (a Messenger-only
        download, a download of some categories) the Messenger owner: the one participant every thread allows
        (:meth:`_owner_from_threads`). Two exports with different names are two people's. ``None`` when neither
        tells (a partner's Messenger-only download beside the person's own was read as hers, his messages as
        received by her: T31A H1); a download of posts only is then named by its file name
        (:meth:`account_hints`, :func:`dataexam.api.owner_of`). Not the name its titles start with: two such
        downloads of one person before and after a name change would be two people's."""
        return self._profile_name(archive) or self._autofill_name(archive) or self._owner_from_threads(archive)

    #: files of the download request and the sessions of its day (both folder placements): the request's record
    #: (``your_information_download_requests.json``, listed as other information) and the logins and sessions, the
    #: newest first (formats.md §1) — the person was logged in to request the download
    _REQUEST_DAY_FILES = re.compile(rf"(^|/)(your_information_download_requests|account_activity|logins_and_logouts"
                                    rf"|information_about_your_last_login|where_you{_APOS}re_logged_in)\.json$")
    _STAMP = re.compile(rb'"(?:timestamp|creation_timestamp|created_timestamp|updated_timestamp)"\s*:\s*(\d{9,10})\b')
    #: bytes read from the head of each of those files (their newest records come first; bounded work)
    REQUEST_PROBE_BYTES = 1 << 20

    def newest_record_day(self, archive: Archive) -> str | None:
        """The UTC day of the newest timestamp of the download request's own files (:data:`_REQUEST_DAY_FILES`: the
        information-download request, logins and sessions), for a download whose name carries no day (a folder
        renamed, a download unpacked as ``facebook/``): two such downloads of one era ranked alike and their friends
        lists were unioned (M12 of the thirty-fifth pass). ``None`` without those files."""
        newest = 0
        for member in archive.find(self._REQUEST_DAY_FILES.pattern):
            try:
                with member.open() as raw:
                    head = raw.read(self.REQUEST_PROBE_BYTES)
            except (OSError, EOFError, zipfile.BadZipFile, zlib.error):
                continue
            newest = max([newest, *(int(m) for m in self._STAMP.findall(head))])
        if not newest:
            return None
        return datetime.fromtimestamp(newest, UTC).date().isoformat()

    def account_hints(self, archive: Archive) -> frozenset[str]:
        """The username in the download's zip or folder name (:data:`_NAME_USERNAME`, ``facebook-janedoe-<date>-
        <code>.zip``), tagged as the profile's is (``username:janedoe``) so that it meets the username a profile
        file or another download's name gives: the username of the download's day, which a person may change (a
        hint, not an identifier: :meth:`~dataexam.parser.Parser.account_hints`)."""
        return frozenset(f"username:{name}" for name in _usernames_in_names(archive))

    def _owner_name(self, archive: Archive) -> str | None:
        # Messenger names the owner by display name only; profile_information.json says which
        # name is the owner's. Without it, the threads themselves tell (see _owner_from_threads).
        return self._profile_name(archive) or self._autofill_name(archive) or self._owner_from_threads(archive)

    def account_aliases(self, archive: Archive) -> frozenset[str]:
        """The profile's earlier names (``previous_names``), its ``username`` and ``profile_uri``
        (``profile_information.json``, formats.md; a username is unique on Facebook, a profile URI without one
        holds the account's number): a download made after a name change (a marriage) names the account by its
        new name, and was refused as a second person's beside the earlier download (the twenty-sixth pass's
        MSGKEY 3). The username and the URI are tagged (``username:…``, ``profile:…``), so they only meet their
        like. Not the ``registration_timestamp``: a second two people may share. Without a profile file, the name
        the owner's titles start with."""
        aliases = {f"{_NUMBER_TAG}{n}" for n in _numbers_in_names(archive)}
        record = self._profile_record(archive)
        if record is None:
            # without a profile (a download of some categories) the name its owner's own titles start with
            # (:meth:`_names_from_titles`): what links a posts-only download named by a username of its day to the
            # same person's download after a change of username (T31D H1); a name, never an identifier
            return frozenset({*aliases, *self._names_from_titles(archive)})
        for other in record.get("previous_names") or []:
            name = other.get("name") if isinstance(other, Mapping) else other
            if isinstance(name, str) and name.strip():
                aliases.add(str(repair(name)))
        username = record.get("username")
        if isinstance(username, str) and username.strip():
            aliases.add(f"username:{username.strip().lower()}")
        uri = record.get("profile_uri")
        if isinstance(uri, str) and uri.strip():
            # https://www.facebook.com/<username>, or …/profile.php?id=<the account's number> without one
            aliases.add(f"profile:{uri.strip().lower().removeprefix('https://').removeprefix('www.')}")
            number = _PROFILE_NUMBER.search(uri)
            if number is not None:
                aliases.add(f"{_NUMBER_TAG}{number.group(1)}")
        return frozenset(aliases)

    def account_id_kind(self, alias: str) -> str | None:
        """``account-number`` for the account's number (the download's name, ``facebook-<number>-<date>-<code>``,
        or a ``profile.php?id=<number>`` URI), ``username`` for the profile's username (unique on Facebook),
        ``profile-number`` for a profile URI
        holding the account's number (``…/profile.php?id=<n>``: a profile without a username), ``profile`` for
        one holding the username (``facebook.com/<username>``); ``None`` for a name (:meth:`account_aliases`).
        A URI of each form is compared only with its like: a profile that took a username between two
        downloads changes from the number form to the name form (an assumption; no real pair seen)."""
        if alias.startswith("username:"):
            return "username"
        if alias.startswith(_NUMBER_TAG):
            return "account-number"
        if alias.startswith("profile:"):
            return "profile-number" if "profile.php?id=" in alias else "profile"
        return None

    def _key_names(self, archive: Archive) -> list[str]:
        """The names of the account that Facebook may write into a title (``profile_information.json``): the
        current name, every ``previous_names`` entry and the ``username``. Without a profile file (a download of
        some categories only) the name the owner's own titles start with (:meth:`_names_from_titles`), or none
        when they do not tell: its titles then keep the name in their keys."""
        record = self._profile_record(archive)
        if record is None:
            return self._names_from_titles(archive)
        names: list[str] = []
        name = record.get("name")
        if isinstance(name, Mapping):
            name = name.get("full_name")
        for value in (name, *(o.get("name") if isinstance(o, Mapping) else o
                              for o in record.get("previous_names") or []), record.get("username")):
            if isinstance(value, str) and value.strip():
                names.append(str(repair(value)).strip())
        return names

    def _names_from_titles(self, archive: Archive) -> list[str]:
        """The owner's name as the titles of his or her own posts, comments, reactions and profile updates start
        with it (:func:`leading_name`), for a download without ``profile_information.json``: the leading name of
        more than half of the first :data:`TITLE_SAMPLE` titles that start with one, else none.

        Each of these titles names its doer first, and the doer of every record in these files is the owner; a
        name that leads most of them is the name of the download's day, which a download with a profile file
        holds as its current or a previous name — so a record's key is the same whichever of the two it is read
        from (a download of some categories only beside a full one doubled every titled post and comment). A
        title in a caseless script (Chinese, Japanese) names no one this way: such a download's keys keep the
        name, as before. Read with ``--kind`` whatever it says, like the profile (a key must not depend on the
        run's options)."""
        counts: dict[str, int] = {}
        seen = 0
        for member in archive.find(_OWN_TITLED):
            if _INSTAGRAM.search(member.path) or seen >= TITLE_SAMPLE:
                continue
            try:
                for _key, record in self._side_records(member):
                    title = record.get("title") if isinstance(record, Mapping) else None
                    name = leading_name(str(repair(title))) if isinstance(title, str) else None
                    if name is None:
                        continue
                    counts[name] = counts.get(name, 0) + 1
                    seen += 1
                    if seen >= TITLE_SAMPLE:
                        break
            except _PEEK_ERRORS:
                continue  # the file's handler reports the fault when it reads the file
        if not counts:
            return []
        name, count = max(counts.items(), key=lambda item: (item[1], item[0]))
        return [name] if 2 * count > seen else []

    def _profile_name(self, archive: Archive) -> str | None:
        record = self._profile_record(archive)
        if record is None:
            return None
        name = record.get("name")
        if isinstance(name, Mapping):
            name = name.get("full_name")
        return str(repair(name))  # (checked by _profile_record)

    def _autofill_name(self, archive: Archive) -> str | None:
        """The full name Messenger keeps to fill forms for the account's owner: ``messages/autofill_information.json``
        ``{"autofill_information_v2": {"FULL_NAME": ["Jane Doe"], "FIRST_NAME": …, "EMAIL": …}}``, in a download of
        Messenger alone as in a whole one (peer readers take it as the owner's name: the Messenger analysers on
        GitHub read ``autofill_information_v2.FULL_NAME[0]``). A download of messages only whose chats name no owner
        (one group chat, the 2024+ ``e2ee_cutover/`` chats of a partner) is still its owner's, never "you" by
        default. ``None`` without the file or a name in it."""
        for member in archive.find(r"(^|/)messages/autofill_information\.json$"):
            if _INSTAGRAM.search(member.path):
                continue
            try:
                for _key, record in self._side_records(member):
                    names = record.get("FULL_NAME") if isinstance(record, Mapping) else None
                    name = names[0] if isinstance(names, list) and names else names
                    if isinstance(name, str) and name.strip():
                        return str(repair(name.strip()))
            except _PEEK_ERRORS:
                continue  # a damaged file names no one; it holds no records of its own
        return None

    def _profile_record(self, archive: Archive) -> Mapping[str, Any] | None:
        """The profile (``profile_v2``'s object) of the first ``profile_information.json`` that names the person,
        or ``None``."""
        for member in archive.find(r"(^|/)profile_information\.json$"):
            if _INSTAGRAM.search(member.path):
                continue
            try:
                for _key, record in self._side_records(member):
                    if not isinstance(record, Mapping):
                        continue
                    name = record.get("name")
                    if isinstance(name, Mapping):
                        name = name.get("full_name")
                    if isinstance(name, str) and name.strip():
                        return record
            except _PEEK_ERRORS:
                continue  # the profile handler reports the fault when it reads the file
        return None

    def _owner_from_threads(self, archive: Archive) -> str | None:
        """The owner's display name from the threads alone (no profile file), or ``None`` in doubt.

        Each thread of two or more people allows its participants as the owner; a one-to-one
        thread whose title names one participant allows only the other (Facebook titles a 1:1
        thread with the *other* person's name; the E2EE download's ``threadName`` likewise). The
        owner is the one name every thread allows. One thread suffices when its title settles it
        (a messages-only download with one chat, case 06); otherwise two threads at least, since
        a single group thread names nobody in particular.
        """
        common: set[str] | None = None
        threads = 0
        settled = False
        for member in archive.members():
            if _INSTAGRAM.search(member.path):
                continue
            thread = _THREAD.search(member.path)
            if thread is not None:
                if not re.search(r"/message(_1)?\.json$", "/" + member.path):
                    continue  # message_2.json … repeat message_1.json's header
            elif (rule := self.classify(member.path)) is None or rule.handler != "_h_e2ee":
                continue
            ctx = MemberContext(self, archive, member)
            # the title (written after the messages) costs a second pass; once two threads agree on
            # one name it can only add doubt, so it is read only while the owner is still open
            open_question = common is None or len(common) > 1 or threads < 2
            outside: str | None = None
            try:
                header = self._thread_header(ctx, with_title=open_question)
                if open_question and header.get("others_only") and len(header.get("participants") or ()) == 1:
                    # early-2018 files list the *others* only (plain strings): in a one-to-one chat the one
                    # sender not listed is the owner (a Messenger-only download of that era names no one else;
                    # the twenty-fifth pass's first tester, H3). A group's unlisted sender may be someone who
                    # left, so only one-to-one chats are asked, and only while the owner is open (a chat the
                    # owner never wrote in is read to its end).
                    outside = self._unlisted_sender(ctx, set(header["participants"]))
            except _PEEK_ERRORS:
                continue  # the message handler reports the fault when it reads the file
            finally:
                ctx.close()
            if outside is not None:
                threads += 1
                settled = True
                common = {outside} if common is None else common & {outside}
                if not common:
                    return None
                continue
            if header.get("others_only"):
                continue  # a 2018 group lists the others only: it allows none of its participants as the owner
            names = set(header.get("participants") or ())
            if len(names) < 2:
                continue
            threads += 1
            title = header.get("title")
            if len(names) == 2 and title in names:
                names = names - {title}
                settled = True
            common = names if common is None else common & names
            if not common:
                return None
        if common is not None and len(common) == 1 and (threads >= 2 or settled):
            return next(iter(common))
        return None

    def _records(self, f: MemberContext, stream: IO[bytes] | None = None) -> Iterator[tuple[str | None, Any]]:
        """Each record of the member (or of ``stream``, the member already opened and peeked at),
        mojibake repaired, with the record index advanced.

        A number ijson's C backend cannot hold (a post's ``timestamp`` of 10^30 or 1e400 in a damaged or hand-edited
        file: "invalid JSON (… overflow)" ended the file, T45) has the file read again by its Python backend, from the
        record after the last one read: that record's time is then said as any unreadable time is."""
        allow_empty = _basename(f.path) in _MAY_BE_EMPTY
        read = 0
        try:
            for key, record in iter_raw(stream or f.open(), allow_empty=allow_empty,
                                        reopen=lambda: self.open_json(f.member)):
                f.next_index()
                read += 1
                yield (repair(key) if key is not None else None), repair(record)
        except jsonstream.JSONError as exc:
            if not jsonstream.is_overflow(exc):
                raise
        else:
            return
        with self.open_json(f.member) as again:
            for key, record in itertools.islice(iter_raw(again, allow_empty=allow_empty, python=True), read, None):
                f.next_index()
                yield (repair(key) if key is not None else None), repair(record)

    def _side_records(self, member: Member) -> Iterator[tuple[str | None, Any]]:
        """Each ``(envelope key, record)`` of ``member`` read outside a handler (the passes that find the export's
        owner, its names and aliases), before any text repair, as :meth:`_records` reads a handler's: a number ijson's
        C backend cannot hold (a birthday year or a post time of 1e400 in a damaged or hand-edited file) has the file
        read on by its Python backend from the record after the last one read. It ended the pass (T46C: a profile
        whose birthday year is 1e400 named no owner, no username, no earlier name; the main read said the issue)."""
        read = 0
        with self.open_json(member) as stream:
            try:
                for pair in iter_raw(stream, reopen=lambda: self.open_json(member)):
                    read += 1
                    yield pair
                return
            except jsonstream.JSONError as exc:
                if not jsonstream.is_overflow(exc):
                    raise
        with self.open_json(member) as again:
            yield from itertools.islice(iter_raw(again, python=True), read, None)

    def _run(self, f: MemberContext, per_record: RecordFn,
             stream: IO[bytes] | None = None) -> Iterator[Event | ParseIssue]:
        # A record of an unexpected shape becomes an issue and the file goes on; a JSON fault
        # ends the file (the base class reports it) with every earlier event kept.
        for key, record in self._records(f, stream):
            try:
                built = list(per_record(f, key, record))
            except RECORD_ERRORS as exc:
                yield f.issue("bad-record", describe_error(exc))
                continue
            yield from built

    # ---- Messenger --------------------------------------------------------------------------------

    def _h_messages(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        m = _THREAD.search(f.path)
        assert m is not None  # the rule matched this pattern
        folder, thread = m.group(1), m.group(2)
        return self._thread_messages(f, folder, thread)

    def _h_group_messages(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """A Facebook group's chat (2024–25): the DYI thread shape, ``thread_name`` for ``title``; its
        messages are ``facebook.message`` events of thread folder ``group_messages``."""
        return self._thread_messages(f, "group_messages", _basename(f.path).rsplit(".", 1)[0])

    def _h_e2ee(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """Messenger's end-to-end-encrypted chat download: ``<Name>_<n>.json`` per chat (case 04).

        Shape (messenger.com secure storage download, offered since 2024; stepva/chatalysis#104,
        Yukaii/messenger-JSON-viewer#12): ``{"participants": ["A", "B"], "threadName": "A",
        "messages": [{"senderName", "text", "timestamp" (ms), "type", "media": [{"uri"}],
        "reactions": [{"actor", "reaction"}], "isUnsent"}]}``; media in a ``media/`` folder beside it.
        Its messages are ``facebook.message`` events like the DYI's, thread folder ``e2ee``. A file
        that is only *named* like a chat (``<word>_<n>.json`` beside an export) and has another
        shape is an ``unhandled-file`` issue, as any unknown file.
        """
        if "/messages/e2ee/" not in "/" + f.path and not self._sniff_e2ee(f.member):
            first, _source = peek(f.open())
            if first:  # an empty one is reported as such by _thread_messages
                yield f.issue("unhandled-file", "file not recognised by the parser; its records were not read")
                return
        yield from self._thread_messages(f, "e2ee", _basename(f.path).rsplit(".", 1)[0])

    def _thread_messages(self, f: MemberContext, folder: str | None, thread: str) -> Iterator[Event | ParseIssue]:
        header = self._thread_header(f)
        participants = header.get("participants")
        base = _compact({"thread": thread, "thread_folder": folder, "title": header.get("title"),
                         "participants": len(participants) if participants else None})
        first, source = peek(f.open())
        if first != b"{" or jsonstream.wide_encoding(source.peeked(5)):
            # zero bytes (an interrupted unzip, a sync placeholder) or not a thread object at all
            # (what it holds named, UTF-16 text too: T44 M3, a thread saved as UTF-16 said nothing of it; T44B, nor
            # one in UTF-16 LE without a byte-order mark, whose first byte is the object's "{")
            raise jsonstream.UnexpectedShape(EMPTY_FILE if not first else (
                f"expected an object at the top level, found {jsonstream.value_name(source.peeked(5))}; nothing was "
                "read"))
        # `messages` may be hundreds of MB: stream its items, never hold the list. NUL padding after
        # the thread object is tolerated, as for every JSON file; more JSON after it is a fault.
        self._media_run = None
        names = participants or []
        if not names:
            # keys sorted by a tool (jq -S): the participants come after the messages
            found = self._after_messages(f, "participants")
            names = [n.get("name") if isinstance(n, Mapping) else n for n in found] if isinstance(found, list) else []
            names = [repair(n) for n in names if isinstance(n, str)]
        self._narrators = frozenset(p for n in names for p in _name_prefixes(n))
        self._thread_id = self._thread_identity(names, thread)
        first_base: Mapping[str, Any] = base
        if self._thread_id == "group" or folder == "group_messages":
            # a group's members as the file lists them (everyone at export time; 2018: the others only): on the
            # file's first message only, for the social circle's "people in groups", who are more than those
            # who wrote (the twenty-fifth pass's first tester, M7)
            members = sorted({n for n in names if n and n != self._owner})[:MAX_GROUP_MEMBERS]
            if members:
                first_base = {**base, "members": members}
        elif type(self._thread_id) is list and self._thread_id[0] == "one-to-one" and "title" not in base:
            # the participant a one-to-one thread's folder names — its title, which Facebook writes after the
            # messages and this pass does not read: on the file's first message only, for the social circle to name
            # a thread the other never answered as the title does ("Landlord Office", not "landlordoffice": T29C L2)
            first_base = {**base, "partner": self._thread_id[1]}
        start = f.index  # (-1, or a slice's first message's index less one)
        try:
            yield from self._thread_events(f, jsonstream.until_end(
                ijson.items(source, "messages.item", use_float=True), source, f.open()), first_base, base)
        except jsonstream.JSONError as exc:
            if not jsonstream.is_overflow(exc) or f.part is not None:
                raise  # (a thread is read whole, never in slices: Parser.sliceable holds no Messenger handler)
            # yajl reads a whole number into 64 bits and a fraction into a double: a timestamp_ms of 10^30, -10^30
            # or 1e400 in a damaged or hand-edited file ended the thread as "invalid JSON (integer overflow)"
            # (T44B) / "(parse error: numeric (floating point) overflow)" (T45). ijson's Python backend reads them
            # (jsonstream.python_items; the LimitedReader still refuses a run past Python's digit limit): the
            # thread is read again from the message after the last one read, that one kept undated
            read = f.index - start
            with self.open_json(f.member) as again:
                rest = jsonstream.until_end(jsonstream.python_items(peek(again)[1], "messages.item"), again, again)
                yield from self._thread_events(f, itertools.islice(rest, read, None), base if read else first_base,
                                               base)

    def _thread_events(self, f: MemberContext, messages: Iterator[Any], first_base: Mapping[str, Any],
                       base: Mapping[str, Any]) -> Iterator[Event | ParseIssue]:
        """The events of a thread's ``messages`` (its first one's attributes ``first_base``, the others' ``base``),
        a ``bad-record`` issue for each that is no message or whose time is no time (kept undated)."""
        for raw in messages:
            f.next_index()
            try:
                event = self._message(f, first_base, raw)
                first_base = base
            except RECORD_ERRORS as exc:
                yield f.issue("bad-record", describe_error(exc))
                continue
            if event.time is None and isinstance(raw, Mapping) and not (
                    _no_time(raw.get("timestamp_ms")) and _no_time(raw.get("timestamp"))):
                # a time field that is not a time (a damaged or hand-edited file): keep the message,
                # undated, and say so — never a silent loss of its place on the timeline
                yield f.issue("bad-record", "message time is not a readable number; the message is kept undated")
            yield event

    def _thread_identity(self, names: list[str], thread: str) -> list[str] | str:
        """Who a thread is between, as its messages' keys hold it: stable across downloads of one account.

        Not the thread's place in the download (the key held ``<folder>/<thread folder>`` until the
        twenty-third pass's second tester found each message counted twice): Messenger moves a chat to
        ``archived_threads/`` when the person archives it and back to ``inbox/`` when a message arrives, a
        message request or a filtered chat to ``inbox/`` once accepted, and the thread folder's id changed
        scheme (≈2020 ``KariSand_Zs11Uy-bpw``, 2022 on ``karisand_10158812345678901``), so the same message
        of two downloads had two keys. What stays is who the chat is with:

        * a one-to-one chat: the other person's name — the one participant of at most two (2018 files list only
          the others) whose name the thread folder's spells (``olaberg_1015…`` for Ola Berg: Facebook names a
          one-to-one thread's folder after its title, the other person), so a message forwarded at one
          millisecond to two people is two messages, and the owner need not be known (a 2018 messages-only
          download names none);
        * a group chat — and a thread of two people whose folder names neither (a group someone left between
          two downloads, "dinnerclub_111": read as one-to-one, its messages were counted twice: the
          twenty-third pass's final tester): ``"group"``, not its members. ``participants`` are the members
          *at export time* (formats.md §1.4) and the title is renamed at will, so either would split a group's messages
          between two downloads a join, a leave or a rename lies between. A message is then told from
          another group's by its sender, millisecond and text (and media names, link, call): the same
          person writing the same words in two groups within one millisecond, which a person does not.

        A thread file naming no participant keeps its thread folder's name (its place in any of the
        message folders, so a move between them still leaves one key).
        """
        people = {n for n in names if n}
        if not people:
            return ["thread", thread]
        # the folder is the title's letters, then "_" and an id that may hold "_" itself (≈2020
        # "KariSand_Zs1_Uy-bpw": split at the last "_", it named nobody and a chat was read as a group; the
        # twenty-third pass's fourth tester): the participant whose name the folder starts with, the longest
        # such name where one name begins another ("Jane" and "Janet")
        slug = folder_slug(thread)
        named = sorted(((len(s), n) for n in people if (s := folder_slug(n)) and slug.startswith(s)), reverse=True)
        if len(people) <= 2 and named and (len(named) == 1 or named[0][0] > named[1][0]):
            return ["one-to-one", named[0][1]]
        return "group"

    def _thread_header(self, f: MemberContext, *, with_title: bool = False) -> dict[str, Any]:
        """Participants and title, read by a short first pass that stops at the ``messages`` key.

        Facebook writes ``title`` *after* ``messages``; ``with_title`` (owner inference only, when
        no profile names the owner) goes on past the messages to read it, skipping their values
        inside ijson's C backend. The E2EE download writes ``threadName`` before its messages.
        """
        header: dict[str, Any] = {}
        names: list[str] = []
        threadname = False
        stream = self.open_json(f.member)
        try:
            first, source = peek(stream)
            if first != b"{" or jsonstream.wide_encoding(source.peeked(5)):
                return header  # the messages' pass says what the file holds
            for prefix, event, value in jsonstream.until_end(ijson.parse(source), source, stream):
                if prefix == "" and event == "map_key" and value == "messages":
                    break
                # participants: [{"name": …}] (2019→), plain strings in 2018 and E2EE files
                if event == "string" and prefix in ("participants.item.name", "participants.item"):
                    names.append(repair(value))
                    if prefix == "participants.item":  # the 2018 and E2EE shape: plain strings
                        header["strings"] = True
                elif prefix in ("title", "thread_type", "threadName", "thread_name") and event == "string":
                    header["title" if prefix in ("threadName", "thread_name") else prefix] = repair(value)
                    threadname = threadname or prefix == "threadName"
        finally:
            stream.close()
        if with_title and not names:
            # a file whose keys a tool sorted (jq -S): participants, like the title, after the messages
            found = self._after_messages(f, "participants")
            if isinstance(found, list):
                names = [repair(n.get("name") if isinstance(n, Mapping) else n) for n in found]
                names = [n for n in names if isinstance(n, str)]
        if with_title and "title" not in header and len(names) == 2:  # only a 1:1 title settles anything
            # DYI's title comes after the messages; so does an E2EE file's threadName in sorted keys
            for key in ("title", "threadName"):
                found = self._after_messages(f, key)
                if isinstance(found, str):
                    header["title"] = repair(found)
                    threadname = key == "threadName"
                    break
        title = header.get("title")
        if threadname and title is not None and (m := _E2EE_INDEX.fullmatch(title)) is not None and (
                title == _basename(f.path).rsplit(".", 1)[0] or m.group(1) in names):
            # the E2EE download's threadName carries the index Meta appends to keep file names unique
            # ("Jane Doe_3" in Jane Doe_3.json; Meowwy/chat-archive strips it for display): the chat is
            # with Jane Doe, and the 1:1 title must name a participant to tell the owner
            header["title"] = m.group(1)
        if names:
            header["participants"] = names
        if header.pop("strings", False) and "/messages/" in "/" + f.path and (
                m := _THREAD.search(f.path)) is not None and m.group(1) is None:
            # early 2018: `messages/<thread>/message.json` beside no inbox folder, participants the others only
            header["others_only"] = True
        return header

    def _unlisted_sender(self, f: MemberContext, listed: set[str]) -> str | None:
        """The first ``sender_name`` of the thread's messages that ``listed`` does not hold, or ``None``
        (every message by a listed person). Stops at that message."""
        stream = self.open_json(f.member)
        try:
            first, source = peek(stream)
            if first != b"{":
                return None
            for prefix, event, value in ijson.parse(source):
                if event == "string" and prefix == "messages.item.sender_name":
                    name = repair(value)
                    if name and name not in listed:
                        return str(name)
        finally:
            stream.close()
        return None

    def _narration(self, text: str, sender: object) -> bool:
        """Whether ``text`` is one of Messenger's English narrations about someone of this thread: its
        subject "You", a participant's name (full, or its first word or words: "Anne Marie" of "Anne Marie
        Olsen", a two-word first name) or the sender's (someone who left may be
        missing from the participants), so "Sorry, I left the group." or "lol we created the group." stay
        the words they are (the fresh testers' findings)."""
        m = _NARRATION.fullmatch(text)
        if m is None:
            return False
        who = m.group("who")
        if who is None or who == "You" or who in self._narrators:
            return True
        return isinstance(sender, str) and bool(sender) and who in _name_prefixes(sender)

    def _after_messages(self, f: MemberContext, key: str) -> Any:
        """The thread object's top-level ``key``, read past its messages (skipped inside ijson's C backend)."""
        stream = self.open_json(f.member)
        try:
            return next(ijson.items(peek(stream)[1], key), None)
        except jsonstream.JSONError as exc:
            if not jsonstream.is_overflow(exc):
                return None  # a damaged file (Latin-1 bytes in a name: T44B): the messages' pass says the fault
        finally:
            stream.close()
        # a message time of 10^30 or 1e400 before the key (keys sorted by a tool): ijson's Python backend reads past it
        with self.open_json(f.member) as again:
            try:
                return next(jsonstream.python_items(peek(again)[1], key), None)
            except jsonstream.JSONError:
                return None

    # media lists of a DYI message (formats.md §1.4) and the E2EE download's `media`
    _MESSAGE_MEDIA: ClassVar[tuple[str, ...]] = ("photos", "videos", "gifs", "audio_files", "files", "sticker",
                                                 "media")  # _MESSAGE_MEDIA_KEYS holds the same names

    def _message(self, f: MemberContext, base: Mapping[str, Any], msg: Mapping[str, Any]) -> Event:
        # The hot path of big exports. Mojibake is repaired in the strings that are used, not by
        # walking the whole record (repair_tree): messages are mostly ASCII, and repair_mojibake
        # returns ASCII text after one C-level check. Message keys are always ASCII English.
        # DYI fields: sender_name, timestamp_ms (early-2018 files: timestamp, seconds), content,
        # is_unsent; the E2EE download: senderName, timestamp (ms), text, isUnsent.
        fix = _fix
        sender = fix(msg["sender_name"] if "sender_name" in msg else msg.get("senderName"))
        stamp = msg.get("timestamp_ms")
        if stamp is None:
            stamp = msg.get("timestamp")
        unsent = bool(msg.get("is_unsent") or msg.get("isUnsent"))
        content = None if unsent else fix(msg["content"] if "content" in msg else msg.get("text"))
        # "" for media-only messages in the E2EE download; an unsent message's text there is Messenger
        # narrating the gap ("Jane Doe unsent a message", type "placeholder"), not what anyone wrote —
        # the DYI writes no content for it (Meowwy/chat-archive's importer drops it the same way)
        if content == "":
            content = None
        time, source = _epoch(stamp)  # a bad time is said by the loop (_thread_messages)
        attrs = dict(base)
        if msg.get("type"):
            attrs["type"] = fix(msg["type"])
        if msg.get("reactions"):
            attrs["reactions"] = [_compact({"reaction": fix(r.get("reaction")), "actor": fix(r.get("actor"))})
                                  for r in msg["reactions"] if isinstance(r, Mapping)]
        share = msg.get("share")
        if isinstance(share, Mapping):
            attrs.update(_compact({"share": fix(share.get("link")), "share_text": fix(share.get("share_text"))}))
        if msg.get("call_duration") is not None:
            attrs["call_duration"] = msg["call_duration"]
        if msg.get("missed"):
            attrs["missed"] = True
        media = ([fix(uri) for field in self._MESSAGE_MEDIA if field in msg for uri in _media_uris(msg[field])]
                 if not _MESSAGE_MEDIA_KEYS.isdisjoint(msg) else [])  # one C-level test for most messages
        carried = len(media)
        if _MEDIA_FAILED in media:
            # the E2EE download writes this literal where a file's uri should be (Meowwy/chat-archive):
            # the message did carry a file, which the download lacks — counted, not taken for a file name
            attrs["media_missing"] = media.count(_MEDIA_FAILED)
            media = [u for u in media if u != _MEDIA_FAILED]
        if media:
            attrs["media"] = media
        if msg.get("users"):
            attrs["users"] = [fix(u.get("name")) for u in msg["users"] if isinstance(u, Mapping)]
        attrs["sender"] = sender
        if unsent:
            attrs["is_unsent"] = True
        text = content if isinstance(content, str) else None
        if text is not None and ("call_duration" in attrs or attrs.get("type") in _SYSTEM_TYPES
                                 or self._narration(text, sender)):
            # Messenger's own line about a call, an attachment or a group event ("You called Ola.", "Ola
            # missed your call.", "You named the group …"): no one's words (2025 threads mark group events
            # by nothing else: signalbackup-tools#331's schema dump), kept as system_text, not as text
            attrs["system_text"] = text
            text = None
        actor = "self" if self._owner is not None and sender == self._owner else (sender or "unknown")
        # Key: what makes a message distinct — who the thread is between (_thread_identity: never its
        # folder), sender, instant (in ms whatever the file's unit), text, and for text-less messages
        # what they carry (media names, shared link, call).
        ms = stamp if type(stamp) is int and stamp >= _MS_THRESHOLD else _epoch_ms(stamp)
        # A one-to-one chat's key holds the other person's *first name* only, and the sender as the side (key
        # version 4): Facebook writes a person's current name into every download (participants, title, folder,
        # each sender_name), so a friend's new surname between two downloads (a marriage), or the owner's own,
        # gave every message a second key and doubled the chat (the twenty-fifth pass's first tester, H1). The
        # folder's numeric thread id would survive any rename but not the ≈2020 → 2022 id scheme change, which
        # this must also survive. Two friends of one first name who get the same words at one second share a key,
        # and the merge keeps both (key version 5: dataexam.events.THREADED_KINDS numbers them by their threads).
        thread_id = self._thread_id
        who: Any = sender
        if type(thread_id) is list and thread_id[0] == "one-to-one":
            other = thread_id[1]
            who = ("other" if sender == other else "self" if self._owner is None or sender == self._owner
                   else sender)
            thread_id = ["one-to-one", _first_name(other)]
        elif thread_id == "group" and self._owner is not None and sender == self._owner:
            who = "self"  # the owner's rename; a member's rename still splits that member's group messages
        extra: list[Any] | None = None
        if carried or "share" in attrs or "call_duration" in attrs:
            if base.get("thread_folder") == "e2ee":
                # the E2EE download names its media files by UUIDs minted per download (Meowwy/chat-archive:
                # "a freshly requested download would carry new UUIDs"): a media message read from two
                # downloads is one record, told apart by how many files it carries and its rank among the
                # media messages the sender sent at that instant (two photos sent in one second are two;
                # a thread file is read whole, in its order, by one process)
                run = self._media_run
                rank = run[1] + 1 if run is not None and run[0] == (sender, ms) else 0
                self._media_run = ((sender, ms), rank)
                names: Any = [carried, rank]
            else:
                names = sorted(_basename(u) for u in media)
            extra = [names, attrs.get("share"), attrs.get("call_duration")]
        if ms is not None:
            # the second, not the millisecond: early-2018 files give seconds (`timestamp`), later ones real
            # milliseconds (1526486000123), so one message read from a 2018 and a 2022 download had two keys
            # (the twenty-third pass's final tester). Equal messages of one second (a double-sent "😂", the same
            # words to two friends of one first name or to two groups) share this key: the merge numbers them
            # (key version 5, dataexam.events.THREADED_KINDS) by the thread and millisecond each was read at —
            # across the thread's message_N.json parts, which a per-file rank here could not (the twenty-sixth
            # pass's MSGKEY: the rank restarted in message_2.json and one of two equal messages was lost)
            when: Any = ms // 1000
        else:
            # no readable instant: the record's place in its file keeps two undated messages with the
            # same text apart (without it, every "ok" of a thread would collapse into one), and the
            # thread folder's name two groups' (whose identity, "group", is one)
            when = f"record {f.index}"
            thread_id = [thread_id, base.get("thread")]
        if extra is not None:
            key = stable_key("facebook.message", thread_id, who, when, content, extra)
        else:
            key = stable_key("facebook.message", thread_id, who, when, content)
        return f.event(kind="facebook.message", time=time, time_source=source, actor=actor,
                       text=text, attrs=attrs, key=key)

    # ---- posts and media ------------------------------------------------------------------------

    def _h_posts(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        # 2024–25 `posts_on_other_pages_and_profiles.json`: what the person wrote on other people's
        # timelines and pages, label_values records (a real inventory names Message, Target, Media);
        # earlier eras wrote these into `your_posts` with a "… wrote on …'s timeline." title
        elsewhere = _stem(f.path) == "posts_on_other_pages_and_profiles"
        return self._run(f, lambda f, key, rec: self._post(f, rec, None, elsewhere=elsewhere))

    def _h_check_ins(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """2024–25 ``your_facebook_activity/posts/check-ins.json``: one ``facebook.post`` per check-in, its
        ``place`` (name, address, latitude, longitude) as a post's place attachment gives it, and
        ``check_in: true``.

        Shape (timelinize's Facebook importer, ``processCheckins``, written against real 2024–25 exports): a
        list of ``{"timestamp", "media", "fbid", "label_values": [{"label": "Message", "value"}, {"label": "Place
        tags", "dict": [{"label": "Coordinates", "value": "(59.92322 , 10.75591)"}, {"label": "Address"},
        {"label": "Name"}]}]}`` — or, holding one check-in, that object alone (no list). Earlier eras wrote
        check-ins into ``your_posts`` as posts with a ``place`` attachment; this file was an unknown one, and
        every check-in's time and place was lost (the twenty-third pass's second tester)."""
        return self._run(f, lambda f, key, rec: self._check_in(f, rec))

    def _check_in(self, f: MemberContext, rec: Any) -> Iterator[Event]:
        if not isinstance(rec, Mapping):
            raise TypeError("check-in record is not an object")
        flat = fields(rec)
        tags = flat.get("place_tags")
        place_flat = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], Mapping) else tags
        place: dict[str, Any] = {}
        if isinstance(place_flat, Mapping):
            lat, lon = _coordinate(place_flat)
            if lat is None:
                lat, lon = _coordinate_text(place_flat.get("coordinates"))
            place = _compact({"name": text_value(place_flat.get("name")) or None,
                              "address": text_value(place_flat.get("address")) or None,
                              "latitude": lat, "longitude": lon})
        message = text_value(pick(flat, "message", "text"))
        text = message.strip() if isinstance(message, str) and message.strip() else None
        media = label_media(rec)
        time, source = _dated(f, rec.get("timestamp"))
        attrs = _compact({"place": place or None, "check_in": True,
                          "media": [str(m["uri"]) for m in media] or None})
        media_names = sorted(_basename(u) for u in attrs.get("media", []))
        # the key _post gives a post of this time, text, media and place with no title: the same check-in
        # listed again among a download's posts so is one record
        yield f.event(kind="facebook.post", time=time, time_source=source, text=text, attrs=attrs,
                      key=stable_key("facebook.post", rec.get("timestamp"), text, media_names, None,
                                     place.get("name")))
        yield from self._upload_ips(f, media, rec.get("timestamp"))

    def _h_group_posts(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event | ParseIssue]:
            # 2019–20 wraps group posts one level deeper: {"group_posts": {"activity_log_data": […]}}
            inner = rec.get("activity_log_data") if isinstance(rec, Mapping) else None
            for item in inner if isinstance(inner, list) else [rec]:
                yield from self._post(f, item, self._group_from(item))
        return self._run(f, per_record)

    @staticmethod
    def _group_from(rec: Mapping[str, Any]) -> str | None:
        flat = fields(rec)
        group = text_value(pick(flat, "group", "group_name"))
        if group:
            return group
        title = rec.get("title")
        m = re.search(r"\b(?:posted|wrote|shared .+?) in (?P<group>.+?)\.?$", title) if isinstance(title, str) else None
        return m.group("group") if m else None

    def _post(self, f: MemberContext, rec: Any, group: str | None, *,
              elsewhere: bool = False) -> Iterator[Event | ParseIssue]:
        """One post; ``elsewhere``: written on another person's profile or a page (attrs ``posted_on``
        and ``target``, the profile or page when the record names it)."""
        if not isinstance(rec, Mapping):
            raise TypeError("post record is not an object")
        flat = fields(rec)
        text = update = backdated = None
        for data in rec.get("data") or []:
            if not isinstance(data, Mapping):
                continue
            if text is None and isinstance(data.get("post"), str):
                text = data["post"]
            update = update or data.get("update_timestamp")
            backdated = backdated or data.get("backdated_timestamp")
        if text is None:
            text = text_value(pick(flat, "post", "text", "message"))
        parts = _attachments(rec)
        media = parts.pop("_media", [])
        bad_date = parts.pop("_bad_life_date", False)
        labelled = label_media(rec)  # 2024+ label_values records hold their media there
        if labelled:
            media = [*media, *labelled]
            parts["media"] = [*parts.get("media", []), *(str(m["uri"]) for m in labelled)]
        tags = [text_value(t) for t in rec.get("tags") or []]
        time, source = _dated(f, rec.get("timestamp"))
        attrs = _compact({
            "title": rec.get("title"),
            "group": group,
            "posted_on": "other_profile_or_page" if elsewhere else None,
            "target": text_value(pick(flat, "target", "timeline", "profile", "page")) if elsewhere else None,
            **parts,
            "tags": [t for t in tags if t],
            "update_timestamp": _iso(update),
            "backdated_timestamp": _iso(backdated),
        })
        media_names = sorted(_basename(u) for u in attrs.get("media", []))
        # Key (version 4): every field that makes a post distinct, nothing that Facebook's own repeats vary (empty
        # `{}` in data[], which no field here reads) nor the UI language: the title ("Anna Schmidt updated her
        # status." / "… hat ihren Status aktualisiert.") is in it only for a post that holds nothing else (two
        # title-only "… recommends <book>" posts of one second are two posts, case 08) or has no time (the merge
        # numbers a dated post's key by its title within one download: dataexam.events.THREAD_FIELDS), without the
        # owner's name and pronoun (owner_free: they change with a rename between downloads). One account's
        # downloads in two UI languages gave every post twice (the thirtieth pass's first tester, H3). The group
        # stays out.
        place_name = (attrs.get("place") or {}).get("name")
        rest = _distinct(attrs, "tags", "life_event", "event", "note", "attachment_text")
        title_only = time is None or not (text or media_names or attrs.get("links") or place_name or rest)
        yield f.event(kind="facebook.post", time=time, time_source=source, text=text, attrs=attrs,
                      key=stable_key("facebook.post", rec.get("timestamp"), text, media_names,
                                     attrs.get("links"), place_name,
                                     *(_distinct(self._keyed(attrs), "title") if title_only else ()), *rest))
        if bad_date:
            yield f.issue("bad-record", BAD_LIFE_DATE)
        yield from self._upload_ips(f, media, rec.get("timestamp"))

    def _keyed(self, attrs: Mapping[str, Any]) -> Mapping[str, Any]:
        """``attrs`` with its ``title`` as a record key holds it (:func:`owner_free`)."""
        title = attrs.get("title")
        if not isinstance(title, str):
            return attrs
        return {**attrs, "title": owner_free(title, self._owner_names)}

    def _upload_ips(self, f: MemberContext, media: Iterable[Mapping[str, Any]], fallback: Any) -> Iterator[Event]:
        # EXIF `upload_ip` on uploaded photos and videos is an IP the account used (formats.md §1.4).
        for item in media:
            for exif in _exif_entries(item):
                ip = exif.get("upload_ip")
                if not ip:
                    continue
                stamp = next((s for s in (exif.get("upload_timestamp"), item.get("creation_timestamp"), fallback)
                              if _epoch(s)[0] is not None), None)
                time, source = _dated(f, stamp)
                uri = str(item.get("uri") or "")
                yield f.event(kind="facebook.login", time=time, time_source=source,
                              attrs=_compact({"log": "exif_upload", "action": "media upload", "ip": ip,
                                              "uri": uri}),
                              key=stable_key("facebook.login", "exif_upload", _basename(uri), ip, stamp))

    def _h_media(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        album: dict[str, Any] = {}
        stem = _stem(f.path)

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            # album/N.json: {"name", "photos": […], "cover_photo", "last_modified_timestamp", …}
            if key == "name" and isinstance(rec, str):
                album["name"] = rec
                return
            if key in ("cover_photo", "description", "last_modified_timestamp", "comments") or not isinstance(
                    rec, Mapping):
                return
            if "uri" in rec:
                items: list[Mapping[str, Any]] = [rec]
            else:  # 2021–22 archived stories are post-shaped: attachments[].data[].media
                items = [m for m in _attachments(rec).get("_media", [])]
            for item in items:
                yield from self._media_item(f, item, album.get("name") or (None if stem.isdigit() else stem),
                                            rec.get("timestamp"))
        return self._run(f, per_record)

    def _media_item(self, f: MemberContext, item: Mapping[str, Any], album: str | None,
                    fallback: Any) -> Iterator[Event]:
        uri = str(item.get("uri") or "")
        stamp = item.get("creation_timestamp") or fallback
        time, source = _dated(f, stamp)
        exif = _exif_entries(item)
        taken = next((_iso(e.get("taken_timestamp")) for e in exif if _iso(e.get("taken_timestamp"))), None)
        upload_ip = next((e.get("upload_ip") for e in exif if e.get("upload_ip")), None)
        text = item.get("description") if isinstance(item.get("description"), str) else None
        attrs = _compact({"uri": uri, "album": album, "title": item.get("title"), "taken": taken,
                          "upload_ip": upload_ip})
        yield f.event(kind="facebook.media", time=time, time_source=source, text=text, attrs=attrs,
                      key=stable_key("facebook.media", _basename(uri), stamp))
        yield from self._upload_ips(f, [item], fallback)

    # ---- comments, reactions, page likes ------------------------------------------------------

    def _h_comments(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event | ParseIssue]:
            if not isinstance(rec, Mapping):
                raise TypeError("comment record is not an object")
            flat = fields(rec)
            comment: Mapping[str, Any] = {}
            for data in rec.get("data") or []:
                if isinstance(data, Mapping) and isinstance(data.get("comment"), Mapping):
                    comment = data["comment"]
                    break
            text = comment.get("comment") if isinstance(comment.get("comment"), str) else None
            if text is None:
                text = text_value(pick(flat, "comment", "text"))
            stamp = rec.get("timestamp") or comment.get("timestamp")
            time, source = _dated(f, stamp)
            group = comment.get("group") or text_value(pick(flat, "group"))
            parts = _attachments(rec)
            parts.pop("_media", None)
            bad_date = parts.pop("_bad_life_date", False)
            attrs = _compact({"title": rec.get("title"), **_title_target(rec.get("title")),
                              "author": comment.get("author"), "group": group, **parts})
            # Key (version 4): the second, the words, the group, the media and links — not the title, which is
            # in the UI's language ("… commented on Jonas Weber's post." / "… hat Jonas Webers Beitrag
            # kommentiert.": one account's downloads in two languages gave every comment twice, the thirtieth
            # pass's first tester, H3), unless the comment holds nothing else or has no time (then without the
            # owner's name and pronoun, owner_free). The same words at one second on two posts are two comments:
            # the merge numbers a key by its titles within one download (dataexam.events.THREAD_FIELDS).
            keyed = _distinct(attrs, "media", "links")
            title = _distinct(self._keyed(attrs), "title") if time is None or not (text or keyed) else []
            yield f.event(kind="facebook.comment", time=time, time_source=source, text=text, attrs=attrs,
                          key=stable_key("facebook.comment", stamp, text, group, *title, *keyed))
            if bad_date:
                yield f.issue("bad-record", BAD_LIFE_DATE)
        return self._run(f, per_record)

    def _h_reactions(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """Reactions the person gave, in either form of the file (formats.md §1.4; WIF's inventory of donated
        2023–25 exports lists both): the title form (≤2024, ``likes_and_reactions_N.json``) ``{"timestamp",
        "data": [{"reaction": {"reaction": "LIKE", "actor"}}], "title": "Jane Roe likes Ola Berg's post."}``
        and the label_values form (2025, ``likes_and_reactions.json``) ``{"timestamp", "fbid", "media",
        "label_values": [{"label": "Reaction", "value": "Like"}, {"label": "URL", …}]}``.

        The two share only the instant and the reaction (spelt ``LIKE`` and ``Like``): one reaction read from
        a 2023 and a 2025 download counted twice (the twenty-third pass's second tester). So a dated reaction's
        key is its second and its reaction (one spelling: ``attrs.reaction`` is ``Like``, ``Haha``… in both
        forms); the merge numbers the reactions of one key by what each reacts to (title or URL) within one
        download (``dataexam.events.THREADED_KINDS``, key version 3): two likes given within one second are two
        in either form — also split across ``likes_and_reactions_1.json`` and ``_2.json`` (a per-file rank made
        them one) —, a repeat of one record (the same target) one, and the same likes in two downloads of either
        form the same records. An undated reaction keeps its target in the key (nothing to number it by): its URL
        where it has one (the same in every UI language: key version 5), else its title without the owner's names
        and pronoun (:func:`owner_free`; in the UI's language, so such a reaction in two languages stays two).
        """
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            if not isinstance(rec, Mapping):
                raise TypeError("reaction record is not an object")
            flat = fields(rec)
            reaction = None
            for data in rec.get("data") or []:
                if isinstance(data, Mapping) and isinstance(data.get("reaction"), Mapping):
                    reaction = data["reaction"].get("reaction")
                    break
            reaction = _reaction_word(reaction or text_value(pick(flat, "reaction")))
            title = rec.get("title") if isinstance(rec.get("title"), str) else None
            url = text_value(pick(flat, "url"))
            group = text_value(pick(flat, "group"))
            stamp = rec.get("timestamp")
            time, source = _dated(f, stamp)
            attrs = _compact({"reaction": reaction, "title": title, **_title_target(title), "url": url,
                              "group": group})
            if time is None and url:  # what it reacts to, in no UI language (key version 5)
                reaction_key = stable_key("facebook.reaction", stamp, reaction, url)
            elif time is None:  # the title without the owner's name and pronoun (key version 3)
                reaction_key = stable_key("facebook.reaction", stamp, reaction, owner_free(title, self._owner_names))
            else:  # the merge numbers the distinct targets of one second (THREADED_KINDS, key version 3)
                reaction_key = stable_key("facebook.reaction", stamp, reaction)
            yield f.event(kind="facebook.reaction", time=time, time_source=source, attrs=attrs, key=reaction_key)
        return self._run(f, per_record)

    def _h_page_likes(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            flat = fields(rec)
            name = text_value(pick(flat, "name", "title"))
            stamp = pick(flat, "timestamp")
            time, source = _dated(f, stamp)
            yield f.event(kind="facebook.page_like", time=time, time_source=source, text=name,
                          attrs=_compact({"url": text_value(pick(flat, "url"))}),
                          key=stable_key("facebook.page_like", name, stamp))
        return self._run(f, per_record)

    # ---- connections --------------------------------------------------------------------------

    _FRIEND_STATUS: ClassVar[dict[str, str]] = {
        "friends": "friend", "your_friends": "friend", "removed_friends": "removed",
        "sent_friend_requests": "request-sent", "received_friend_requests": "request-received",
        "rejected_friend_requests": "request-declined",
    }

    def _h_friends(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        status = self._FRIEND_STATUS[_stem(f.path)]

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            flat = fields(rec)
            name = text_value(pick(flat, "name", "value"))
            stamp = pick(flat, "timestamp")
            time, source = _dated(f, stamp)
            yield f.event(kind="facebook.friend", time=time, time_source=source, text=name,
                          attrs=_compact({"status": status, "name": name}),
                          key=stable_key("facebook.friend", status, name, stamp))
        return self._run(f, per_record)

    def _h_followers(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """People following the person: ``{"followers_v3": [{"name"}]}`` (2024–25), ``followers_v2``,
        ``followers`` (≤2020); no time in any era seen. actor = the follower, as for X followers."""
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            flat = fields(rec)
            name = text_value(pick(flat, "name", "value", "title"))
            stamp = pick(flat, "timestamp")
            time, source = _dated(f, stamp)
            yield f.event(kind="facebook.follower", time=time, time_source=source, actor=name or "unknown",
                          text=name, attrs=_compact({"name": name}),
                          key=stable_key("facebook.follower", name, stamp))
        return self._run(f, per_record)

    def _h_following(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """People and pages the person follows: ``{"following_v3": [{"name", "timestamp"}]}`` (2024–25),
        ``following_v2``/``following`` (≤2022), pages ``{"pages_followed_v2": [{"timestamp", "title",
        "data": [{"name"}]}]}``; attr target ``page`` for the pages files, else ``profile``."""
        target = "page" if "page" in _stem(f.path) else "profile"

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            flat = fields(rec)
            name = text_value(pick(flat, "name", "value"))
            if name is None:
                for data in flat.get("data") or []:
                    if isinstance(data, Mapping) and data.get("name"):
                        name = text_value(data["name"])
                        break
            name = name or text_value(pick(flat, "title"))
            stamp = pick(flat, "timestamp")
            time, source = _dated(f, stamp)
            yield f.event(kind="facebook.following", time=time, time_source=source, text=name,
                          attrs=_compact({"name": name, "target": target}),
                          key=stable_key("facebook.following", target, name, stamp))
        return self._run(f, per_record)

    def _h_groups(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            flat = fields(rec)
            name = text_value(pick(flat, "name", "group_name", "group"))
            if name is None:
                for data in flat.get("data") or []:
                    if isinstance(data, Mapping) and data.get("name"):
                        name = text_value(data["name"])
                        break
            title = flat.get("title") if isinstance(flat.get("title"), str) else None
            admin = bool(key and "admin" in key)
            action = "admin" if admin else _group_action(title, name)
            stamp = pick(flat, "timestamp")
            time, source = _dated(f, stamp)
            # Key (version 2): the group, the second and whether the file lists groups administered — not the
            # action read from the title, which is in the UI's language (a German download's joins had no action
            # where the English copy's said "joined": two records of one join; the thirtieth pass's first tester)
            yield f.event(kind="facebook.group", time=time, time_source=source, text=name,
                          attrs=_compact({"action": action, "title": title}),
                          key=stable_key("facebook.group", "admin" if admin else None, name, stamp))
        return self._run(f, per_record)

    _RESPONSES: ClassVar[dict[str, str]] = {
        "events_joined": "joined", "events_declined": "declined", "events_interested": "interested",
        "events_invited": "invited", "your_events": "hosted",
    }

    def _response_of(self, key: str | None) -> str | None:
        if key is None:
            return None
        return self._RESPONSES.get(re.sub(r"_v2$", "", key))

    def _h_events(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            response = self._response_of(key)
            if response is None and isinstance(rec, Mapping) and not rec.get("label_values"):
                # {"event_responses_v2": {"events_joined": […], "events_declined": […], …}}
                # each response cites its position among the responses, in file order (events_joined[0…],
                # then events_declined[…] …): all cited the one top-level record, "record 0" (T31A L1)
                position = 0
                for sub_key, items in rec.items():
                    sub = self._response_of(sub_key)
                    if sub and isinstance(items, list):
                        for item in items:
                            yield self._event_response(f, sub, item, position)
                            position += 1
                return
            # a list under an unknown key (or a bare list): the record may say its response itself
            yield self._event_response(f, response or text_value(pick(fields(rec), "response", "rsvp_status"))
                                       or "unknown", rec)
        return self._run(f, per_record)

    def _event_response(self, f: MemberContext, response: str, rec: Any, position: int | None = None) -> Event:
        flat = fields(rec)
        name = text_value(pick(flat, "name", "title"))
        stamp = pick(flat, "start_timestamp", "timestamp")
        time, source = _dated(f, stamp)
        place = flat.get("place")
        attrs = _compact({"response": response, "end": _iso(flat.get("end_timestamp")),
                          "place": text_value(place) if place else None})
        return f.event(kind="facebook.event_response", time=time, time_source=source, text=name, attrs=attrs,
                       key=stable_key("facebook.event_response", response, name, stamp), index=position)

    # ---- searches ---------------------------------------------------------------------------

    def _h_searches(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        stem = _stem(f.path)
        if "marketplace" in f.path:
            scope = "marketplace"
        elif stem.startswith("groups_you"):
            scope = "groups"
        elif stem == "profile_searches":
            scope = "profiles"
        else:
            scope = "facebook"

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            flat = fields(rec)
            text = None
            for holder in [rec, *(rec.get("attachments") or [] if isinstance(rec, Mapping) else [])]:
                for data in (holder.get("data") or []) if isinstance(holder, Mapping) else []:
                    if isinstance(data, Mapping) and isinstance(data.get("text"), str):
                        text = data["text"]
                        break
                if text is not None:
                    break
            if text is None:
                text = text_value(pick(flat, "search", "text", "query", "name", "value"))
            text = _unquote(text)
            stamp = pick(flat, "timestamp", "time")
            time, source = _dated(f, stamp)
            yield f.event(kind="facebook.search", time=time, time_source=source, text=text,
                          attrs=_compact({"scope": scope}),
                          key=stable_key("facebook.search", scope, stamp, text))
        return self._run(f, per_record)

    # ---- security and login information ---------------------------------------------------------

    # old and new names of the same log → one name, so keys agree across eras
    _LOGIN_LOGS: ClassVar[dict[str, str]] = {
        "used_ip_addresses": "ip_address_activity", "where_you_re_logged_in": "active_sessions",
        "where_youre_logged_in": "active_sessions", "authorized_logins": "recognized_devices",
        "administrative_records": "admin_records", "information_about_your_last_login": "last_login",
        # 2023+ security_and_login_information/record_details.json: the same `admin_records_v2` list
        # ({event, session: {created_timestamp, ip_address, user_agent, datr_cookie}}) under a new name
        "record_details": "admin_records",
        # 2024–25 security_and_login_information/login_and_profile_creation/signup_details.json:
        # `account_history_registration_info`, string_map_data Username, IP Address, Time, Device …
        "signup_details": "registration",
    }
    _LOGIN_ACTION: ClassVar[dict[str, str]] = {
        "active_sessions": "session", "recognized_devices": "recognized device",
        "login_protection_data": "login protection", "login_activity": "login", "mobile_devices": "device",
        "devices": "device", "last_login": "login", "browser_cookies": "cookie",
        "device_login_cookies": "cookie", "registration": "registration",
    }

    def _h_logins(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        stem = _stem(f.path)
        log = self._LOGIN_LOGS.get(stem, stem)

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            if not isinstance(rec, Mapping):
                return  # a scalar beside the list (none seen so far) carries no login
            flat = fields(rec)
            stamp = pick(flat, "timestamp", "created_timestamp", "time", "creation_time", "update_time",
                         "last_login", "updated_timestamp")
            if stamp is None:
                stamp = label_time(rec)  # 2024+ device_login_cookies: the instant is a labelled value
            time, source = _dated(f, stamp)
            device = pick(flat, "device", "device_name")
            if device is None and (flat.get("type") or flat.get("os")):
                device = " ".join(str(flat[k]) for k in ("type", "os") if flat.get(k))
            if device is None and log in ("recognized_devices", "login_protection_data"):
                device = pick(flat, "name")
            attrs = _compact({
                "log": log,
                "action": text_value(pick(flat, "action", "event", "session_type")) or self._LOGIN_ACTION.get(log),
                "ip": text_value(pick(flat, "ip_address", "ip", "upload_ip")),
                "user_agent": text_value(pick(flat, "user_agent")),
                "city": text_value(pick(flat, "city")),
                "region": text_value(pick(flat, "region")),
                "country": text_value(pick(flat, "country")),
                "location": text_value(pick(flat, "location")),
                "device": text_value(device),
                "port": pick(flat, "port"),
                "site": text_value(pick(flat, "site", "site_name", "app")),
                "cookie": text_value(pick(flat, "datr_cookie", "cookie_name", "cookie")),
                "language": text_value(pick(flat, "language_code")),
                "updated": _iso(flat.get("updated_timestamp")),
            })
            # Key: every field of the record (two sessions of one second differ in port or cookie)
            yield f.event(kind="facebook.login", time=time, time_source=source, attrs=attrs,
                          key=stable_key("facebook.login", log, stamp, attrs.get("ip"), attrs.get("action"),
                                         attrs.get("user_agent"), attrs.get("device"),
                                         *_distinct(attrs, "city", "region", "country", "location", "port",
                                                    "site", "cookie")))
        return self._run(f, per_record)

    # ---- locations ----------------------------------------------------------------------------

    _LOCATION_LISTS: ClassVar[dict[str, str]] = {
        "location_history": "history", "last_location": "last", "primary_location": "primary",
        "primary_public_location": "primary_public", "timezone": "timezone", "device_location": "device_country",
        "last_known_location": "last_known", "locations_of_interest": "of_interest",
        "your_sampled_locations": "sampled",
        # 2024–25 information_about_you/profile_based_in.json: the city Facebook infers the person is
        # based in, `inferred_data_primary_location` [{"string_map_data": {"City Name": {"value"}}}]
        "profile_based_in": "inferred_primary",
    }

    def _h_locations(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        which = self._LOCATION_LISTS[_stem(f.path)]

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            if which == "timezone" or isinstance(rec, str):
                yield self._location(f, which, None, {"timezone": text_value(rec)} if which == "timezone"
                                     else {"place": text_value(rec)})
                return
            flat = fields(rec)
            # label_values files (places of interest, sampled locations) list places in `vec`s
            places = [v for v in flat.values() if isinstance(v, list) and v and all(isinstance(x, str) for x in v)]
            if places and which in ("of_interest", "sampled"):
                for place in (p for group in places for p in group):
                    yield self._location(f, which, None, {"place": place})
                return
            stamp = pick(flat, "creation_timestamp", "time", "timestamp", "gps_time_uploaded")
            lat, lon = _coordinate(flat)
            pairs = flat.get("city_region_pairs")
            city = pick(flat, "city", "city_name")
            region = pick(flat, "region")
            if not city and isinstance(pairs, list) and pairs and isinstance(pairs[0], list):
                city, region = (pairs[0] + [None])[:2]
            zipcode = pick(flat, "zipcode")
            yield self._location(f, which, stamp, {
                "place": text_value(pick(flat, "name")), "latitude": lat, "longitude": lon,
                "city": text_value(city), "region": text_value(region),
                "country": text_value(pick(flat, "country", "country_code")),
                "zipcode": text_value(zipcode), "carrier": text_value(pick(flat, "spn")),
            })
        return self._run(f, per_record)

    def _location(self, f: MemberContext, which: str, stamp: Any, values: Mapping[str, Any]) -> Event:
        time, source = _dated(f, stamp)
        attrs = _compact({"list": which, **values})
        text = next((attrs[k] for k in ("place", "city", "timezone", "country", "zipcode") if attrs.get(k)), None)
        return f.event(kind="facebook.location", time=time, time_source=source, text=text, attrs=attrs,
                       key=stable_key("facebook.location", which, stamp, attrs.get("latitude"),
                                      attrs.get("longitude"), text))

    # ---- off-Facebook activity -------------------------------------------------------------------

    def _h_off_facebook(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        # {"off_facebook_activity[_v2]": [{"name", "events": [{"id", "type", "timestamp"}]}]} (formats.md
        # §1): one app can hold tens of thousands of events, so they are streamed one by one with the
        # app's name (written before its events) — building each app whole, as the generic path does,
        # held ~25 MB and 15,000 events at once for one app of the benchmark persona. Other shapes
        # (a bare list) take the generic path.
        first, source = peek(f.open())
        if first != b"{":
            yield from self._run(f, self._off_facebook_record, source)
            return
        yield from self._off_facebook_streamed(f, source)

    def _off_facebook_record(self, f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
        # 2024–25 label_values form: a list of {"title": <app or site>, "fbid", "media", "label_values": [{"label":
        # "Events", "vec": [{"dict": [{"label": "ID"}, {"label": "Type"}, {"label": "Received on",
        # "timestamp_value"}]}]}]} (What-If Horizon's structure of donated exports lists title, fbid, media; a
        # public importer reads the app from `title` and the time from "Received on"): the app was read from
        # name/app/website only, so every event had no app (the twenty-third pass's second tester)
        flat = fields(rec)
        app = text_value(pick(flat, "name", "app", "website", "title"))
        for event in flat.get("events") or []:
            if isinstance(event, Mapping):
                yield self._off_facebook_event(f, app, event)

    def _off_facebook_event(self, f: MemberContext, app: str | None, event: Mapping[str, Any]) -> Event:
        stamp = event.get("timestamp")
        if stamp is None:
            stamp = event.get("received_on")
        time, source = _dated(f, stamp)
        event_id = event.get("id")
        kind = _off_facebook_type(event)
        return f.event(kind="facebook.off_facebook", time=time, time_source=source, text=app,
                       attrs=_compact({"app": app, "event_type": kind,
                                       "event_id": str(event_id) if event_id is not None else None}),
                       # the label_values form writes the id (and a "Timestamp") as digit strings, the older form
                       # as numbers: one spelling in the key, so one event read from both eras is one record
                       key=stable_key("facebook.off_facebook", app, _digits_as_int(event_id), kind,
                                      _digits_as_int(stamp)))

    def _off_facebook_streamed(self, f: MemberContext, source: IO[bytes]) -> Iterator[Event | ParseIssue]:
        names: dict[str, str] = {}  # the current app's name / app / website, as read so far
        top: list[str] = []  # the envelope's key (off_facebook_activity or …_v2)

        def watch(events: Iterator[tuple[str, str, Any]]) -> Iterator[tuple[str, str, Any]]:
            # every app's events are handed on under one prefix, whatever the envelope key
            for prefix, event, value in events:
                if not prefix:
                    if event == "map_key" and not top:
                        top.append(value)
                    yield prefix, event, value
                    continue
                head, _, rest = prefix.partition(".")
                if top and head == top[0]:
                    if rest == "item" and event == "start_map":
                        f.next_index()
                        names.clear()
                    elif rest in ("item.name", "item.app", "item.website") and event == "string":
                        names[rest[5:]] = value
                    prefix = "apps." + rest if rest else "apps"
                yield prefix, event, value

        events = watch(jsonstream.until_end(ijson.parse(source, use_float=True), source, f.open()))
        for raw in ijson.items(events, "apps.item.events.item", use_float=True):
            if not isinstance(raw, Mapping):
                continue
            name = next((names[k] for k in ("name", "app", "website") if names.get(k)), None)
            try:
                yield self._off_facebook_event(f, text_value(repair(name)), repair(raw))
            except RECORD_ERRORS as exc:
                yield f.issue("bad-record", describe_error(exc))

    # ---- what Facebook declares -----------------------------------------------------------------

    _INTEREST_LISTS: ClassVar[dict[str, str]] = {
        "ads_interests": "ads_interests", "other_categories_used_to_reach_you": "other_categories",
        "recommended_topics": "recommended_topics", "your_topics": "your_topics",
    }

    def _h_interests(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        which = self._INTEREST_LISTS[_stem(f.path)]
        seen = [0]  # topics read so far in this file

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            # {"topics_v2": ["Cooking"]}, old {"bcts": […]}, 2024+ label_values `vec`, string_map `Name`.
            # `position`: the topic's place in the file, so the report and a data user keep Facebook's order
            # (undated records reach the inference in their keys' order) whether one record lists them all (2024+
            # label_values `vec`) or each topic is a record of its own (`{"topics": […]}`, `topics_v2`,
            # `inferred_topics_v2`, one label_values record per topic: T33A L5, every one of those was 0)
            for topic in self._strings(rec, "name", "topic", "value"):
                position = seen[0]
                seen[0] += 1
                yield f.event(kind="facebook.declared_interest", time=None, time_source=TimeSource.NONE,
                              text=topic, attrs={"list": which, "position": position},
                              key=stable_key("facebook.declared_interest", which, topic))
        return self._run(f, per_record)

    @staticmethod
    def _strings(rec: Any, *names: str) -> list[str]:
        if isinstance(rec, str):
            return [rec]
        value = pick(fields(rec), *names)
        if isinstance(value, list):
            return [s for s in (text_value(v) for v in value) if s]
        text = text_value(value)
        return [text] if text else []

    _ADVERTISER_LISTS: ClassVar[dict[str, str]] = {
        "advertisers_using_your_activity_or_information": "using_your_activity",
        "advertisers_you_ve_interacted_with": "interacted", "advertisers_youve_interacted_with": "interacted",
        "ads_viewed": "ads_viewed",
        "advertisers_who_uploaded_a_contact_list_with_your_information": "contact_list",
    }

    def _h_advertisers(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        which = self._ADVERTISER_LISTS[_stem(f.path)]

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event]:
            flat = fields(rec)
            flags = {k: v for k, v in flat.items() if k.startswith("has_") and isinstance(v, bool)}
            flags.update(_advertiser_label_flags(flat, flags))
            stamp = pick(flat, "timestamp", "time")
            time, source = _dated(f, stamp)
            action = text_value(pick(flat, "action"))
            for name in self._strings(rec, "advertiser_name", "author", "advertiser", "title", "name", "value"):
                yield f.event(kind="facebook.advertiser", time=time, time_source=source, text=name,
                              attrs=_compact({"list": which, "action": action, **flags}),
                              key=stable_key("facebook.advertiser", which, name, stamp, action))
        return self._run(f, per_record)

    # ---- profile --------------------------------------------------------------------------------

    def _h_profile(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """profile_information.json: one object (``profile_v2``, 2019–20 ``profile``) whose fields are the profile's
        facts. A file holding a list (a hand-edited or converted file) is said: the profile in it, where an item is
        one, is read (INP49: a list of a ``profile_v2`` object lost the profile without a word). A list of several
        profiles is each of them read, their facts side by side as the download's one owner's, and the note says how
        many (INP51: two profiles' names were read as one person's, the note saying "the profile in it was read");
        an item that is no profile is counted in the note."""
        with self.open_json(f.member) as stream:
            first = peek(stream)[0][:1]
        profiles = items = repeats = merged = 0
        seen: list[_ProfileSeen] = []  # each profile read: its facts' keys, and its one-valued facts

        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event | ParseIssue]:
            nonlocal profiles, items, repeats, merged
            if first == b"[":
                items += 1
                if not isinstance(rec, Mapping):
                    return
                # an item of the list: the profile itself, or its envelope {"profile_v2": {…}}
                inner = next((rec[k] for k in ("profile_v2", "profile") if isinstance(rec.get(k), Mapping)), rec)
                facts = list(self._profile_facts(f, inner))
                this = _ProfileSeen.of(facts)
                same = next((one for one in seen if one.same_person(this)), None) if this.keys else None
                if same is not None:
                    # the same person listed again (a file converted or joined twice, a copy with one more fact):
                    # one profile, said so, its facts merged (INP52: "each of its 2 profiles was read … two names" of
                    # one name; T50C: a second copy holding a birthday more was still "2 profiles")
                    repeats += 1
                    new = [item for item in facts if not isinstance(item, Event) or item.key not in same.keys]
                    merged += any(isinstance(item, Event) for item in new)
                    same.add(this)
                    yield from new
                    return
                if this.keys:
                    seen.append(this)
                profiles += bool(this.keys)
                yield from facts
            elif isinstance(rec, Mapping):
                yield from self._profile_facts(f, rec)
        yield from self._run(f, per_record)
        if first == b"[":
            # the list read to its end: a note where its profile was read, a fault where none was
            yield f.issue("bad-shape", f"{_basename(f.path)} holds a list where Facebook writes one object (expected "
                          f"an object, found a list); {_profiles_read(profiles, items, repeats, bool(merged))}",
                          "the top level", kind=IssueKind.NOTE if profiles else IssueKind.STOPS,
                          nothing_read=not profiles)

    def _h_profile_updates(self, f: MemberContext) -> Iterator[Event | ParseIssue]:
        """profile_update_history.json: one ``facebook.profile_update`` per entry, at its ``timestamp`` (the
        change), Facebook's title as text ("… added Münster to her profile", "… started a new job"), the
        entry's ``life_event`` attachment (title, start date) and ``backdated_timestamp`` as attrs."""
        def per_record(f: MemberContext, key: str | None, rec: Any) -> Iterator[Event | ParseIssue]:
            if not isinstance(rec, Mapping):
                raise TypeError("profile update is not an object")
            parts = _attachments(rec)
            parts.pop("_media", None)
            bad_date = parts.pop("_bad_life_date", False)
            backdated = next((d.get("backdated_timestamp") for d in rec.get("data") or []
                              if isinstance(d, Mapping) and d.get("backdated_timestamp")), None)
            time, source = _dated(f, rec.get("timestamp"))
            title = text_value(rec.get("title"))
            attrs = _compact({"life_event": parts.get("life_event"), "backdated_timestamp": _iso(backdated)})
            # the title is in the UI's language ("… started a new job" / "… hat eine neue Stelle angetreten"): a
            # dated update's key is its second and life event, and the merge numbers the updates of one key by
            # their titles within one download (dataexam.events.THREADED_KINDS, key version 4); an undated one
            # keeps its title (nothing else to key it by)
            key = (stable_key("facebook.profile_update", rec.get("timestamp"), *_distinct(attrs, "life_event"))
                   if time is not None else
                   stable_key("facebook.profile_update", rec.get("timestamp"), owner_free(title, self._owner_names),
                              *_distinct(attrs, "life_event")))
            yield f.event(kind="facebook.profile_update", time=time, time_source=source, text=title, attrs=attrs,
                          key=key)
            if bad_date:
                yield f.issue("bad-record", BAD_LIFE_DATE)
        return self._run(f, per_record)

    def _profile_day(self, archive: Archive) -> tuple[date, str]:
        """The day a profile's birthday and registration are judged against, and how it is said: the download's own
        day — the day in its name (:meth:`download_date`, ``facebook-<username>-2024-05-01``), else the newest time
        of its download-request files (:meth:`newest_record_day`) — so that a report of one download says the same
        whatever the day it is run (INP51: "after the day of this run"); the day of the run only for a download that
        says no day of its own."""
        for day, said in ((self.download_date(archive), "the day this download was made"),
                          (self.newest_record_day(archive), "the newest day this download's request files name")):
            if day:
                with contextlib.suppress(ValueError):
                    return date.fromisoformat(day), f"{day}, {said}"
        return datetime.now(UTC).date(), "the day of this run: the download names no day of its own"

    def _profile_facts(self, f: MemberContext, p: Mapping[str, Any]) -> Iterator[Event | ParseIssue]:
        def fact(name: str, text: Any, **attrs: Any) -> Event:
            value = text_value(text)
            clean = _compact({"fact": name, **attrs})
            return f.event(kind="facebook.profile", time=None, time_source=TimeSource.NONE, text=value,
                           attrs=clean, key=stable_key("facebook.profile", name, value,
                                                       sorted((k, str(v)) for k, v in clean.items())))

        name = p.get("name")
        # a name or username of "" or blanks (a form left empty, a hand-edited file) is no name (T50C: "" was read as
        # the person's name); so the owner's name is taken (_profile_record)
        if isinstance(name, Mapping):
            if _filled(name.get("full_name")):
                yield fact("name", name.get("full_name"), first_name=name.get("first_name"),
                           middle_name=name.get("middle_name"), last_name=name.get("last_name"))
        elif _filled(name):
            yield fact("name", name)
        if _filled(p.get("username")):
            yield fact("username", p["username"])
        day, said = self._profile_day(f.archive)
        birthday = p.get("birthday")
        if birthday and not isinstance(birthday, Mapping):
            # a number or text where Facebook writes {"year", "month", "day"} (a damaged or hand-edited file's 1e400
            # or "1990-03-02"): left out without a word before (T46C)
            yield f.issue("bad-record", BAD_BIRTHDAY_SHAPE, _PROFILE_FIELD.format("birthday"))
        elif isinstance(birthday, Mapping) and any(birthday.get(k) for k in ("year", "month", "day")):
            parts = _birthday_parts(birthday)
            if parts is None:
                # a part no date holds (a year of 1e400 or 10^30 in a damaged or hand-edited file: the whole profile
                # was lost as "record has an unexpected shape (ValueError)", or "1000…-03-02" said; T46 M2), or a
                # day its month has not (1990-02-31, said as it was: T46C): the birthday left out, the rest of the
                # profile kept. Placed at the field: the file holds one profile, and "(record 0)" told no one where
                yield f.issue("bad-record", BAD_BIRTHDAY, _PROFILE_FIELD.format("birthday"))
            elif parts[0] and _still_to_come(datetime(parts[0], parts[1] or 1, parts[2] or 1, tzinfo=UTC), day):
                yield f.issue("bad-date", FUTURE_BIRTHDAY.format(after=said), _PROFILE_FIELD.format("birthday"))
            else:
                y, m, d = parts
                text = "-".join(part for part in (f"{y:04d}" if y else "", f"{m:02d}" if m else "",
                                                  f"{d:02d}" if d else "") if part) if y else f"--{m:02d}-{d:02d}"
                yield fact("birthday", text)
        gender = p.get("gender")
        if isinstance(gender, Mapping) and (gender.get("gender_option") or gender.get("custom_genders")):
            yield fact("gender", gender.get("gender_option") or gender.get("custom_genders"),
                       pronoun=gender.get("pronoun"))
        elif isinstance(gender, str):
            yield fact("gender", gender)
        for key in ("current_city", "hometown"):
            place = p.get(key)
            if isinstance(place, Mapping) and place.get("name"):
                yield fact(key, place["name"], since=_iso(place.get("timestamp")))
            elif isinstance(place, str) and place:
                yield fact(key, place)
        rel = p.get("relationship")
        if isinstance(rel, Mapping) and rel.get("status"):
            yield fact("relationship", rel["status"], partner=rel.get("partner"), since=_iso(rel.get("timestamp")))
        for member in p.get("family_members") or []:
            if isinstance(member, Mapping) and member.get("name"):
                yield fact("family_member", member["name"], relation=member.get("relation"),
                           since=_iso(member.get("timestamp")))
        # places the person lived (WIF's 2023–25 structures: places_lived[{place, start_timestamp, timestamp}])
        for lived in p.get("places_lived") or []:
            if isinstance(lived, Mapping) and text_value(lived.get("place")):
                yield fact("place_lived", lived.get("place"), start=_iso(lived.get("start_timestamp")),
                           since=_iso(lived.get("timestamp")))
        for school in p.get("education_experiences") or []:
            if isinstance(school, Mapping) and school.get("name"):
                yield fact("education", school["name"], school_type=school.get("school_type"),
                           start=_iso(school.get("start_timestamp")), end=_iso(school.get("end_timestamp")),
                           graduated=school.get("graduated"), concentrations=school.get("concentrations"),
                           degree=school.get("degree"))
        for job in p.get("work_experiences") or []:
            if isinstance(job, Mapping) and job.get("employer"):
                yield fact("work", job["employer"], title=job.get("title"), location=job.get("location"),
                           start=_iso(job.get("start_timestamp")), end=_iso(job.get("end_timestamp")))
        emails = p.get("emails")
        if isinstance(emails, Mapping):
            for status, key in (("current", "emails"), ("previous", "previous_emails"),
                                ("pending", "pending_emails"), ("ad_account", "ad_account_emails")):
                for email in emails.get(key) or []:
                    if email:
                        yield fact("email", email, status=status)
        for phone in p.get("phone_numbers") or []:
            if isinstance(phone, Mapping) and phone.get("phone_number"):
                yield fact("phone", phone["phone_number"], phone_type=phone.get("phone_type"),
                           verified=phone.get("verified"))
        for other in [*(p.get("previous_names") or []), *(p.get("other_names") or [])]:
            other_name = other.get("name") if isinstance(other, Mapping) else other
            if other_name:
                yield fact("other_name", other_name)
        interested = p.get("interested_in")
        if interested:
            yield fact("interested_in", interested)
        for key in ("political_view", "religious_view"):
            # one {name, description} object, or a list of them (peer parsers of profile_v2 map the field as an
            # array); a bare string is the name
            view = p.get(key)
            for one in view if isinstance(view, list) else [view]:
                if isinstance(one, Mapping) and one.get("name"):
                    yield fact(key, one["name"], description=one.get("description"))
                elif isinstance(one, str) and one:
                    yield fact(key, one)
        registered = p.get("registration_timestamp")
        if registered and registered != "0":
            at = _epoch(registered)[0]
            # an account opened before Facebook was (INP48: 253402300800, the year 10000 in seconds, is past the
            # milliseconds threshold and was read as 1978-01-11; 1e-5 as 1970) is no day an account was opened on
            future = at is not None and _still_to_come(at, day)
            when = format_time(at) if at is not None and at >= FACEBOOK_OPENED and not future else None
            if future:
                yield f.issue("bad-date", FUTURE_REGISTRATION.format(after=said),
                              _PROFILE_FIELD.format("registration_timestamp"))
            elif when is None:
                # a time no instant holds (1e400, 10^30 in a damaged or hand-edited file), said as a post's is (T46
                # M2); a JSON true or a negative number too (-62135596801: a second before the year 1), which are
                # "no time" in a photo's EXIF but no day an account was opened on (T46C)
                yield f.issue("bad-date", BAD_REGISTRATION, _PROFILE_FIELD.format("registration_timestamp"))
            yield fact("registration", when)


#: a page of Facebook's 2010–2017 HTML download (``html/timeline.htm``, ``html/messages.htm`` …: T33A L6)
_OLD_HTML_PAGE = re.compile(r"(^|/)html/(timeline|wall|messages|friends|photos|contact_info|security|ads|events"
                            r"|apps|pokes|videos)\.html?$", re.IGNORECASE)

#: the 2024+ label_values spelling of the ``has_*`` flags of ``advertisers_using_your_activity_or_information.json``
#: (Facebook's audience-based advertising page: "They uploaded or used a list to reach you.", "You may have interacted
#: with their website, app or store."): a label's words → the flag of the 2021–23 plain keys (T33A M3)
_ADVERTISER_LABEL_FLAGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(^|_)list(_|$)"), "has_data_file_custom_audience"),
    # "website, app or store" is the remarketing audience's wording (its site, app or shop): read before a store visit
    (re.compile(r"website|(^|_)app(_|$)|remarketing|retarget"), "has_remarketing_custom_audience"),
    (re.compile(r"in_person|(^|_)store(_|$)"), "has_in_person_store_visit"),
)


def _advertiser_label_flags(flat: Mapping[str, Any], known: Mapping[str, bool]) -> dict[str, bool]:
    """The ``has_*`` flags a 2024+ advertiser record writes as label_values (``{"label": "Uploaded a list or used a
    list to reach you", "value": "True"}``), by the label's words (:data:`_ADVERTISER_LABEL_FLAGS`); a flag the plain
    keys give is kept. Values "True"/"False"/"Yes"/"No" (any case) or JSON booleans; others are not read."""
    out: dict[str, bool] = {}
    for key, value in flat.items():
        if key.startswith("has_"):
            continue
        if isinstance(value, str) and value.strip().lower() in ("true", "yes", "false", "no"):
            value = value.strip().lower() in ("true", "yes")
        if not isinstance(value, bool):
            continue
        flag = next((f for pattern, f in _ADVERTISER_LABEL_FLAGS if pattern.search(key)), None)
        if flag and flag not in known:
            out[flag] = out.get(flag, False) or value
    return out
