"""What browsers and systems add to a download's file name, and the name without it (ZIP65).

A part of a split download keeps its number and its download's name only before such additions: saved again
(``2of3-facebook-a (1).zip``, ``… .zip (1)``, ``…_(1).zip``, ``…-1.zip``, ``….zip.zip``), still downloading or
left unfinished (Chrome's ``.crdownload``, Safari's ``.download``, Firefox's ``.part``), kept aside (``.bak``,
``.tmp``), or renamed (``.dat``, ``.bin``: ZIP64). Reading the number from the name as given said "part 2 … is not
among the inputs" beside part 2's own records, and a part under another name was refused as a second account's
(T59E 5, 6). Names only: nothing here opens a file.
"""

from __future__ import annotations

import re

#: what a browser writes while a file is still downloading, and leaves where it stopped: Chrome's and Edge's
#: ``.crdownload``, Safari's ``.download``, Firefox's ``.part``, Opera's ``.opdownload``, and ``.partial``
UNFINISHED_ENDINGS = ("crdownload", "download", "part", "partial", "opdownload")

#: the additions, one at a time from the end: ``.zip`` (twice: saved from a zip viewer), the unfinished endings,
#: ``.bak``/``.tmp``, a copy's number ``(1)``, `` (1)``, ``_(1)``, ``[1]``, and a system's copy names (T60A 5):
#: Finder's `` copy``, `` copy 2``, Windows's `` - Copy``, an editor's backup ``~``
_TAIL = re.compile(r"(?:\.(?:zip|bak|tmp|" + "|".join(UNFINISHED_ENDINGS) + r")|\s*\(\d{1,4}\)|_\(\d{1,4}\)"
                   r"|\s*\[\d{1,4}\]|\s+copy(?:\s+\d{1,4})?|\s+-\s+copy|~)$", re.IGNORECASE)
#: another short extension a part may be renamed to (``.dat``, ``.bin``, ``.7z``, ``.exe``), not ``.part2``
_OTHER_EXTENSION = re.compile(r"\.(?!part\d)[a-z0-9]{1,5}$", re.IGNORECASE)
_UNFINISHED = re.compile(r"\.(?:" + "|".join(UNFINISHED_ENDINGS) + r")(?:\s*\(\d{1,4}\)|_\(\d{1,4}\))*$",
                         re.IGNORECASE)


def download_stem(name: str, *, other_extension: bool = True) -> str:
    """``name`` (a file's base name) without what a browser or system added (:data:`_TAIL`), from the end, as
    often as they come: ``2of3-facebook-a.zip (1)`` → ``2of3-facebook-a``, ``x (1).zip.crdownload`` → ``x``.

    With ``other_extension`` one other short extension (:data:`_OTHER_EXTENSION`) goes too where the name carried
    no ``.zip`` (a part renamed ``.dat``: ``x.dat`` → ``x``, and so ``x.zip`` and ``x.dat`` name one download);
    without it (a username, which may hold a dot: ``facebook-john.doe``) only the additions go. A copy's ``-1``
    is not taken off here: in ``facebook-a-part-1`` it is the part's number (the part names' patterns take it)."""
    stem, zipped, other = name, False, not other_extension
    while True:
        m = _TAIL.search(stem)
        if m is not None and m.start() > 0:
            zipped = zipped or m.group(0).lower() == ".zip"
            stem = stem[:m.start()]
            continue
        if not zipped and not other and (m := _OTHER_EXTENSION.search(stem)) is not None and m.start() > 0:
            other = True
            stem = stem[:m.start()]
            continue
        return stem


def named_zip(name: str) -> bool:
    """Whether ``name`` (a file's base name) names a zip once what a browser or system added is taken off
    (:data:`_TAIL`): ``x.zip``, ``x.ZIP``, ``x.zip.crdownload``, ``x.zip (1)``, ``x (1).zip``, ``x.zip.bak``;
    not ``x.bin`` nor ``x`` (T60A 3: a zip whose first header was zeroed was read only when named ``.zip``)."""
    stem = name
    while (m := _TAIL.search(stem)) is not None and m.start() > 0:
        if m.group(0).lower() == ".zip":
            return True
        stem = stem[:m.start()]
    return False


def unfinished_download(name: str) -> str | None:
    """The ending a browser gives a download still under way (:data:`UNFINISHED_ENDINGS`) that ``name`` (a file's
    base name) carries, as written (``.crdownload``), or ``None``."""
    m = _UNFINISHED.search(name)
    if m is None or m.start() == 0:
        return None
    return "." + re.split(r"[\s_(]", m.group(0)[1:], maxsplit=1)[0]


#: what a line about a zip cut short asks where nothing tells why (:func:`interrupted_words`)
INTERRUPTED = "was the download interrupted?"


def interrupted_words(name: str) -> str:
    """Why a zip named ``name`` (its base name) may be cut short, for a line saying it is: where the name carries
    a browser's ending for a download under way (``.crdownload``, ``.part``: :func:`unfinished_download`), that
    the download looks unfinished, naming the file (T59E 6: such a part said only "was the download
    interrupted?"); else :data:`INTERRUPTED`."""
    ending = unfinished_download(name)
    if ending is None:
        return INTERRUPTED
    return (f"the download of {name} looks unfinished: its name ends in {ending}, as a browser names a download "
            "it has not finished; let it finish, or download it again, to read the rest")


#: a copy's number after a hyphen (``2of3-facebook-a-1``: Safari's and Android's), for the part names' patterns;
#: never a date's day or month (``2of3-twitter-2024-05-01`` is the download ``twitter-2024-05-01``, not a copy of
#: ``twitter-2024-05``: T60A 2): a copy's number has no leading zero, and of two digits it comes never after a year
#: (``2024``) or a year and month (``2024-05``), where it is the month or day (dates' are always of two digits)
COPY_NUMBER = r"(?:-[1-9]|(?<!\d{4})(?<!\d{4}-\d\d)-[1-9]\d)?"

#: ``NofM-<name>`` (Facebook's own part names, formats.md §3): N, M and the name, on :func:`download_stem`'s stem
PART_NAME = re.compile(r"^(\d+)of(\d+)-(.+?)" + COPY_NUMBER + "$", re.IGNORECASE)
#: ``<name>-partN`` (``_partN``, ``.partN``, ``part N``): the name and N, on :func:`download_stem`'s stem; no
#: count, so only a gap between the parts given is known to be missing (T31A M4; no real download named so was
#: found: zips a person or a tool split and named)
PART_SUFFIX = re.compile(r"^(.+?)[-_. ]part[-_ ]?(\d{1,4})" + COPY_NUMBER + "$", re.IGNORECASE)


def part_of(name: str, *, folder: bool = False) -> tuple[int, str, int] | None:
    """``(M, name, N)`` for a file ``name`` (a base name) that is part N of M of a download (``NofM-<name>``,
    1 ≤ N ≤ M ≤ 1000), or ``(0, name, N)`` for a ``<name>-partN`` (no count); the name casefolded, without what a
    browser or system added (:func:`download_stem`). ``None`` for a name of no part. A ``folder``'s name has no
    extension (a part unpacked to ``2of3-facebook-john.doe/`` is of ``facebook-john.doe``: T60A 4)."""
    stem = download_stem(name, other_extension=not folder)
    m = PART_NAME.match(stem)
    if m is not None and 0 < int(m.group(1)) <= int(m.group(2)) <= 1000:
        return int(m.group(2)), m.group(3).casefold(), int(m.group(1))
    m = PART_SUFFIX.match(stem)
    if m is not None:
        return 0, m.group(1).casefold(), int(m.group(2))
    return None
