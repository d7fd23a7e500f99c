"""Finding the separate exports inside one input: a folder or zip that holds several downloads.

People hand over what they have: ``my-exports/`` with the unpacked X archive, Facebook export and
Amazon "Your Orders" folder side by side, a Downloads folder of the three zips as the services
delivered them (next to a PDF and a photo), one zip made of those zips, the folder ``dataexam demo
--out`` writes. :func:`discover` splits such an input into the exports it holds, and names what is
not an export, from **member names only** (each parser's ``detect`` on a view of the paths; nothing
is extracted, and only the few small files a parser's own detection peeks at are opened).

The decision, at the input's root and then at each folder or zip ``N`` that turns out to be a
collection:

- ``N``'s children are its sub-folders and zips (*units*) and its loose files.
- A unit is **inner** (a folder *of* an export) when it is a folder (a zip is always a download of
  its own) whose own name a parser's markers (any file in it) or data rules (its first files) match:
  ``your_facebook_activity/``, ``messages/``, ``data/manifest.js``, ``Retail.OrderHistory.1/``,
  ``Your Amazon Orders/``. This costs a few regex tests and no detection, so a large export's big
  folders are never detected on their own. Failing that, a recognised folder is inner when its era
  changes once its name is taken away (X's ``data/`` without a manifest: ``data/tweets.js`` is the
  current layout, a root-level ``tweets.js`` the 2018–20 one).
- If loose files are recognised or a unit is inner, ``N`` is the root of **one export** (of the parser
  with the most such members), with its unknown files, as when it is given on its own. A unit
  recognised (on its own) by another parser and not inner to it is an export placed inside it,
  examined on its own.
- Else, when several recognised folders (not zips) are all of one source and no two of them hold a
  data file of the same name, they are folders of one export whose names the parser does not know
  (Facebook's ``ads_information/``, ``connections/``): ``N`` is one export. Two exports of one
  source side by side share such names (``profile_information.json``, ``account.js``).
- Otherwise ``N`` is a **collection**: each recognised unit is examined on its own (recursively, as
  deep as zips were opened within the archive limits); an unrecognised unit or loose file is
  reported as *not an export* and skipped. A unit holding exactly one export and nothing else is
  that export (a wrapper folder such as Amazon's ``Your Orders/`` stays in its paths).

Cost, measured: a 30,000-member Facebook zip is discovered in 0.6 s (its detection alone takes
9 s); a hostile zip of 20,000 top folders with one unknown file each, 3.6 s.

The caller (:func:`dataexam.api.open_exports`) groups what was found across all inputs: Facebook's
``1of3-…`` part-zips and Amazon's per-category zips become one export each, exactly as when the
parts are given on the command line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .archive import Archive, Member
from .events import Detection, ParseIssue
from .foreign import instagram_download, instagram_reason
from .registry import Registry

#: how many member paths of a unit are tried against a parser's patterns to call it inner
_INNER_SAMPLE = 200
#: folder depth below which everything left is taken as one export (hostile inputs)
_MAX_DEPTH = 32

_DESCRIBE = (
    (re.compile(r"\.pdf$", re.I), "a PDF document"),
    (re.compile(r"\.(jpe?g|png|gif|heic|webp|bmp|tiff?)$", re.I), "an image"),
    (re.compile(r"\.(mp4|mov|avi|mkv|mp3|m4a|wav)$", re.I), "a video or audio file"),
    (re.compile(r"\.(docx?|xlsx?|pptx?|odt|ods|txt|rtf)$", re.I), "a document"),
    (re.compile(r"\.(exe|dmg|pkg|msi|deb|appimage)$", re.I), "an installer"),
    (re.compile(r"\.zip$", re.I), "a zip with no recognised export"),
)

#: issues that say a zip inside the input gave no file at all: password-protected, damaged beyond salvage, or
#: compressed with a method zipfile lacks (as a whole, or as one member of an outer zip)
_DEAD_ZIP_CODES = frozenset({"encrypted-zip", "corrupt-zip", "unsupported-compression", "encrypted-member"})


@dataclass(frozen=True)
class Found:
    """One export (``detection`` set) or one thing that is not an export, inside one input.

    ``prefix`` is its folder inside the input with a trailing ``/`` (``""`` for the input itself,
    or a loose file's path); ``members`` are the input's members under it.
    """

    prefix: str
    members: Sequence[Member]
    detection: Detection | None = None
    reason: str = ""
    #: for a zip that could not be read at all (password-protected, damaged): the input's issue naming it
    issue: ParseIssue | None = None
    #: for an export discovery kept whole by its folders' names, which needs no detection: the registry that found
    #: it, so that :meth:`detected` can make one when asked
    registry: Registry | None = field(default=None, compare=False, repr=False)

    @property
    def path(self) -> str:
        """Its path inside the input (``""`` = the input itself)."""
        return self.prefix.rstrip("/")

    def detected(self) -> Detection | None:
        """Its detection: ``detection`` where discovery made one; for an export it kept whole by its folders' names
        (``registry`` set), its members' best detection (:meth:`Registry.best`, member paths as in the input), made
        now; None for what is not an export."""
        if self.detection is not None or self.registry is None or not self.members:
            return self.detection
        return self.registry.best(Archive([self.members[0].input], list(self.members), []))


def discover(archive: Archive, registry: Registry) -> tuple[list[Found], list[Found]]:
    """Split one opened input into ``(exports, not_exports)``, each in path order.

    An input that is one export (with a wrapper folder or not) comes back as one export at prefix
    ``""``, unchanged. An input where nothing is recognised comes back as ``([], [everything])``.
    """
    exports: list[Found] = []
    strays: list[Found] = []
    _walk(registry, archive.members(), "", exports, strays, 0, set(archive.mounts))
    if exports and not any(not f.prefix for f in exports):
        # a zip that gave no file (password-protected, damaged, empty) beside the exports is an item of its own,
        # not an issue of whichever export came first (T26C M2: a locked Facebook zip in Downloads was filed
        # under amazon-2025.zip; beside one X zip, the folder was taken for that export and the zip not listed)
        prefixes = tuple(f.prefix for f in exports)
        dead = [f for f in [*_dead_zips(archive), *_unreadable_files(archive)] if not f.prefix.startswith(prefixes)]
        if dead:
            strays = sorted(strays + dead, key=lambda f: f.prefix)
    if len(exports) == 1 and not strays:
        return [Found("", archive.members(), exports[0].detection, registry=registry)], []
    return exports, strays


def _dead_zips(archive: Archive) -> list[Found]:
    """The zips in ``archive`` that gave no member: password-protected, damaged beyond salvage, cut inside their
    first file, or empty. Each is a Found at the zip's own path inside the input (``downloads/x.zip`` →
    ``x.zip``), with no members, the reason in words and the input's issue that says why (none: empty)."""
    paths = archive.paths()  # sorted

    def holds_nothing(point: str) -> bool:
        i = bisect_left(paths, point + "/")
        return not (i < len(paths) and paths[i].startswith(point + "/"))

    mounted = {zip_path: point for point, zip_path in archive.mounts.items()}
    dead: dict[str, list[ParseIssue]] = {z: [] for z, point in mounted.items() if holds_nothing(point)}
    for issue in archive.issues:
        if issue.code in _DEAD_ZIP_CODES and issue.member.lower().endswith(".zip") and issue.member not in mounted:
            dead.setdefault(issue.member, [])  # not read in place at all (a damaged zip is not mounted)
    for issue in archive.issues:
        if issue.member in dead:
            dead[issue.member].append(issue)
    found = []
    for zip_path, issues in sorted(dead.items()):
        main = next((i for i in issues if i.code in _DEAD_ZIP_CODES), issues[0] if issues else None)
        point = mounted.get(zip_path)  # where its files would be: an inner zip's path starts there
        inner = [z for z in mounted if point is not None and z.startswith(point + "/")]
        reason = (_unreadable_reason(main) if main else
                  f"not an export (it holds only {len(inner)} zip(s), listed on their own)" if inner else
                  "not an export (an empty zip: it contains no files)")
        if main is not None and point is not None:
            # the issues of the zips inside it (a part zip not unpacked for want of room): its own, said with it —
            # not an issue of the export beside it (T53C 2: filed under the X export in the same folder)
            reason += "".join(f"; {i.member[len(point) + 1:]}: {i.message}" for i in archive.issues
                              if i.member.startswith(point + "/") and not any(
                                  i.member.startswith(z + "/") or i.member == z for z in inner if z not in dead))
        found.append(Found(zip_path, [], None, reason, main))
    return found


def _unreadable_files(archive: Archive) -> list[Found]:
    """The files of a folder that could not be read at all (a broken symbolic link, no permission): each an item
    of its own beside the exports, with the input's issue that says why — not an issue of the export beside it
    (T27C M2: a broken link beside an X folder was filed as that export's, under a bare name)."""
    return [Found(issue.member, [], None, _unreadable_reason(issue), issue) for issue in archive.issues
            if issue.code == "unreadable" and issue.member and not issue.member.lower().endswith(".zip")]


def _unreadable_reason(issue: ParseIssue) -> str:
    if issue.code == "encrypted-member":  # a zip inside a zip, itself encrypted in the outer one
        return ("the zip is password-protected (encrypted) and was not read; unpack it yourself (your unzip tool "
                "asks for the password) and give the folder")
    return issue.message


def describe_stray(path: str, members: Sequence[Member], is_zip: bool = False) -> str:
    """Why a file, folder or zip is not an export, in words (``"not an export (a PDF document)"``)."""
    if len(members) == 1 and members[0].path == path:
        for pattern, words in _DESCRIBE:
            if pattern.search(path):
                return f"not an export ({words})"
        return "not an export (no parser recognises this file)"
    cut = len(path.rstrip("/")) + 1 if path else 0
    instagram = instagram_download(m.path[cut:] for m in members)
    if instagram is not None:
        return f"not an export ({instagram_reason(instagram)})"
    if is_zip:
        return f"not an export (a zip of {len(members)} file(s) no parser recognises)"
    return f"not an export (a folder of {len(members)} file(s) no parser recognises)"


# -- the walk ----------------------------------------------------------------------------------------

def _view(members: Sequence[Member], prefix: str) -> Archive:
    cut = len(prefix)
    return Archive(["<view>"], [Member(m.path[cut:], m.size, m.input, m.opener, m.stamp, damaged=m.damaged,
                                       alias=m.alias[cut:] if m.alias and m.alias.startswith(prefix) else None)
                                for m in members], [])


def _best(registry: Registry, members: Sequence[Member], prefix: str) -> Detection | None:
    return registry.best(_view(members, prefix))


def _walk(registry: Registry, members: list[Member], prefix: str, exports: list[Found], strays: list[Found],
          depth: int, zips: set[str]) -> None:
    cut = len(prefix)
    units: dict[str, list[Member]] = {}
    loose: list[Member] = []
    for m in members:
        head, sep, _ = m.path[cut:].partition("/")
        if sep:
            units.setdefault(head, []).append(m)
        else:
            loose.append(m)
    if depth >= _MAX_DEPTH:
        detection = _best(registry, members, prefix)
        (exports if detection else strays).append(Found(prefix, members, detection,
                                                        "" if detection else describe_stray(prefix, members)))
        return
    folders = [n for n in sorted(units) if prefix + n not in zips]  # a zip is a download of its own
    # cheap first: a folder the parser knows by name is a folder of an export, no detection needed
    inner = {n: p for n in folders if (p := _named_by(registry, units[n], cut)) is not None}
    found: dict[str, Detection | None] = {}

    def detect(name: str) -> Detection | None:
        if name not in found:
            found[name] = _best(registry, units[name], prefix)
        return found[name]

    home: Counter[str] = Counter()
    loose_detection = _best(registry, loose, prefix) if loose else None
    if loose_detection is not None:
        home[loose_detection.parser] += len(loose)
    if not home and not inner:
        # second chance: a recognised folder whose era depends on its name (X's data/ without manifest)
        for name in folders:
            d = detect(name)
            if d is not None and _era_needs_name(registry, name, units[name], prefix, d):
                inner[name] = d.parser
    for name, parser in inner.items():
        home[parser] += len(units[name])
    if home:
        parser = max(sorted(home), key=lambda p: home[p])
        apart = registry.parsers[parser].cls.own_download_variants
        # a download that is never part of another of its source (Messenger's E2EE chats) beside or inside another
        # of it is an export of its own: a partner's E2EE chats beside the person's Facebook download were read as
        # hers (T32B H1); its owner says whose it is (grouped with hers when it is hers, api.open_exports)
        home_apart = bool(apart) and _own_download(registry, parser, [*loose, *(m for n in inner for m in units[n])],
                                                   prefix)
        foreign: set[str] = set()
        for name in sorted(units):
            if name in inner:
                if apart and not home_apart and _own_download(registry, parser, units[name], prefix):
                    foreign.add(name)  # E2EE chats' messages/ unpacked into a DYI download's folder
                    detect(name)
                continue  # a folder of this export (or, oddly, of another source's: kept here)
            d = detect(name)
            if d is not None and d.parser != parser and (
                    prefix + name in zips or not _era_needs_name(registry, name, units[name], prefix, d)):
                foreign.add(name)  # another source's export placed inside this one
            elif d is not None and d.parser == parser and (d.variant in apart) != home_apart:
                foreign.add(name)  # the person's download beside E2EE chats, or E2EE chats beside it
        own = [m for m in members if _unit_of(m, cut) not in foreign]
        exports.append(Found(prefix, own, None, registry=registry))
        for name in sorted(foreign):
            _walk_unit(registry, units[name], prefix + name + "/", found[name], exports, strays, depth, zips)
        return
    for name in sorted(units):
        detect(name)
    recognised = {n: d for n, d in found.items() if d is not None}
    if len(recognised) > 1 and len({d.parser for d in recognised.values()}) == 1 \
            and not any(prefix + n in zips for n in recognised) \
            and not _own_download_among(registry, recognised) \
            and not _collide(registry, next(iter(recognised.values())).parser, units, recognised, prefix) \
            and not _owners_differ(registry, next(iter(recognised.values())).parser, units, recognised):
        # folders of one export whose names its parser does not know (Facebook's ads_information/,
        # connections/ …, the content of a part-zip): one export, not one per folder
        exports.append(Found(prefix, members, None, registry=registry))
        return
    for name, detection in found.items():
        if detection is None:
            strays.append(Found(prefix + name + "/", units[name], None,
                                describe_stray(prefix + name, units[name], prefix + name in zips)))
        else:
            _walk_unit(registry, units[name], prefix + name + "/", detection, exports, strays, depth, zips)
    for m in loose:
        strays.append(Found(m.path, [m], None, describe_stray(m.path, [m])))


def _unit_of(member: Member, cut: int) -> str | None:
    head, sep, _ = member.path[cut:].partition("/")
    return head if sep else None


def _walk_unit(registry: Registry, members: list[Member], prefix: str, detection: Detection | None,
               exports: list[Found], strays: list[Found], depth: int, zips: set[str]) -> None:
    """Examine a recognised unit. If it holds exactly one export and nothing else (a wrapper folder
    such as Amazon's ``Your Orders/``), or splitting it finds no export, the unit itself is one."""
    sub_exports: list[Found] = []
    sub_strays: list[Found] = []
    _walk(registry, members, prefix, sub_exports, sub_strays, depth + 1, zips)
    if not sub_exports or (len(sub_exports) == 1 and not sub_strays):
        exports.append(Found(prefix, members, sub_exports[0].detection if sub_exports else detection,
                             registry=registry))
    else:
        exports.extend(sub_exports)
        strays.extend(sub_strays)


def _own_download(registry: Registry, parser: str, members: Sequence[Member], prefix: str) -> bool:
    """Whether ``members`` (lying in ``prefix``) are a download of one of the parser's
    :attr:`~dataexam.parser.Parser.own_download_variants`: its names say so (cheap), then its detection."""
    cls = registry.parsers[parser].cls
    if not members or not cls().own_download_paths(m.path[len(prefix):] for m in members):
        return False
    d = _best(registry, members, prefix)
    return d is not None and d.parser == parser and d.variant in cls.own_download_variants


def _own_download_among(registry: Registry, recognised: dict[str, Detection]) -> bool:
    """Whether one of these folders is a download that is never part of another of its source
    (:attr:`~dataexam.parser.Parser.own_download_variants`: Messenger's E2EE chat download beside a Facebook
    download, T32B H1): then each folder is its own export, grouped by owner later (api.open_exports)."""
    return any(d.variant in registry.parsers[d.parser].cls.own_download_variants for d in recognised.values())


def _collide(registry: Registry, parser_name: str, units: dict[str, list[Member]], names: object,
             prefix: str) -> bool:
    """Whether folders of one source look like separate exports: a file of the same name (one the
    parser reads) in two of them — ``profile_information.json``, ``account.js`` — which the parts of
    one export never share (Facebook's ``NofM-`` part-zips are grouped by name later)."""
    parser = registry.parsers[parser_name].cls()
    seen: set[str] = set()
    roots: set[str] = set()
    for name in names:  # type: ignore[attr-defined]
        own: set[str] = set()
        tops: dict[str, list[Member]] = {}
        for m in units[name]:
            rest = m.path[len(prefix) + len(name) + 1:]
            rule = parser.classify(rest)
            if rule is not None and rule.handler is not None:
                own.add(rest.rsplit("/", 1)[-1])
            # the innermost folder holding a file the parser reads (X's data/, at any depth below the unit)
            head, sep, _ = rest.rpartition("/")
            if sep and rule is not None and rule.handler is not None:
                tops.setdefault(head.rsplit("/", 1)[-1], []).append(m)
        if seen & own:
            return True
        seen |= own
        # a folder of the same name directly holding files the parser reads, at any depth in each (X's data/,
        # Facebook's posts/): each is an export's own root, unpacked side by side or each in a person's folder. A
        # partner's X part (data/tweets-part1.js, no account.js) beside a whole archive was read as one export with
        # it, the partner's tweets as the person's (T32B H1, T32C N1); parts of one download are grouped by their
        # names and owners later (api.open_exports), as zips are
        named = set(tops)
        if roots & named:
            return True
        roots |= named
    return False


def _owners_differ(registry: Registry, parser_name: str, units: dict[str, list[Member]], names: object) -> bool:
    """Whether two of these folders name different owners (each read alone: its account with its aliases, as
    :func:`dataexam.api.owner_of` reads them), so cannot be parts of one download. A partner's Messenger-only
    download (his chats, ``autofill_information.json`` naming him) unpacked beside the person's whole download
    holding no chat shares no file name with it and was one export with it, his messages hers (T32B H1). A folder
    naming no one (a part of posts only, its folder named by no username) meets any; a parser's fault reading one
    names no one. A partner's posts-only download in its ``facebook-johnroe-…`` folder beside a whole download
    holding no post was one export with it too."""
    parser = registry.parsers[parser_name].cls()
    seen: list[frozenset[str]] = []
    for name in names:  # type: ignore[attr-defined]
        members = units[name]
        if not members:
            continue
        part = Archive([members[0].input], list(members), [])
        try:
            account = parser.account(part)
            # as api.owner_of reads an owner: its account (or, naming none, the username its folder's name gives,
            # facebook-<username>-…) with its aliases; the accounts' check then links what these keep apart
            who = frozenset({*([account] if account is not None else []), *parser.account_aliases(part),
                             *parser.account_hints(part)})
        except Exception:  # a parser's look-up must not end discovery
            continue
        if not who:
            continue
        if any(not (who & other) for other in seen):
            return True
        seen.append(who)
    return False


def _named_by(registry: Registry, members: Sequence[Member], cut: int) -> str | None:
    """The parser whose markers (any member) or data rules (the first members) match this folder's
    own name, as ``your_facebook_activity/``, ``data/manifest.js``, ``Retail.OrderHistory.1/`` do."""
    for name in registry.names():
        cls = registry.parsers[name].cls
        markers = [re.compile(m) for m in cls.markers]
        # each with the texts a path must hold to match it (Parser.rule_needs): a rule's pattern is compiled only
        # where a name holds one (parser.rules_table compiles at first use)
        rules = [(need, rule.pattern) for need, rule in cls.rule_needs() if rule.handler is not None]
        for i, m in enumerate(members):
            rel = m.path[cut:]
            rest = rel.split("/", 1)[1] if "/" in rel else ""
            if any(_names_folder(pattern, rel, rest) for pattern in markers):
                return name
            if i < _INNER_SAMPLE and any(_names_folder(pattern, rel, rest) for need, pattern in rules
                                         if need is None or any(text in rel for text in need)):
                return name
    return None


def _names_folder(pattern: re.Pattern[str], rel: str, rest: str) -> bool:
    """Whether ``pattern`` matches ``rel`` from the folder's name on *because of* that name.

    A match that ends inside the folder's own name (or at its ``/``) is the name's: Amazon's
    ``Retail.OrderHistory.1/Retail.OrderHistory.1.csv`` repeats the dataset's name in the file's, so
    the marker ``(^|/)Retail\\.OrderHistory`` matches the path without the folder too, yet the folder
    is named by it. A longer match that also matches the path without the folder (Messenger's E2EE
    chats, ``(?:[^/]+/)?<Name>_<n>.json``, allow any wrapper folder) says nothing about the folder."""
    hit = pattern.search(rel)
    if hit is None or hit.start() != 0:
        return False
    return hit.end() <= len(rel) - len(rest) or not (rest and pattern.match(rest))


def _era_needs_name(registry: Registry, name: str, members: Sequence[Member], prefix: str,
                    detection: Detection) -> bool:
    """Whether the folder's era (or recognition) changes when its own name is taken away."""
    stripped = _best(registry, members, prefix + name + "/")
    return stripped is None or stripped.parser != detection.parser or stripped.variant != detection.variant


# -- single export files under another name ----------------------------------------------------------

#: how many bytes of a single file are read to tell which export file it is (a header row, a JS prefix)
SNIFF_BYTES = 8192
#: X's data files begin "window.YTD.<name>.part<N> = [" (the archive's data/<name>.js; part 1 on:
#: <name>-part<N>.js; formats.md, fixtures/twitter/current)
_X_PREFIX = re.compile(rb"\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=")
#: the columns that tell Amazon's order history CSV, whatever its file's name (formats.md §3.2 and the 2025 header):
#: the legacy Retail.OrderHistory.N.csv and 2025's Your Amazon Orders/Order History.csv (alphabetical columns,
#: Total Owed → Total Amount) share these; the old "Order History Reports" have none of "Website", "Unit Price"
#: together with "ASIN" and are told by their header by the Amazon parser itself, under any name
_AMAZON_ORDERS = frozenset({"website", "order id", "order date", "asin", "unit price", "shipment item subtotal"})


def renamed_export_name(head: bytes, name: str) -> str | None:
    """The name its service gives an export file that begins with ``head`` (its first :data:`SNIFF_BYTES` bytes),
    where ``name``, the file's own name, is another: an X data file (``tweets.js``, ``like.js``,
    ``tweets-part1.js``) or Amazon's order history CSV (``Retail.OrderHistory.1.csv``, or 2025's ``Your Amazon
    Orders/Order History.csv``) sent alone and renamed after a participant (``P35.csv``: BATCH2's limit, such a file
    was "not a recognised export", recognised by its own name only; 2025's ``Order History.csv`` alone was too). None
    when ``head`` is none of them or ``name`` is already that kind of file's name (``Retail.OrderHistory.2.csv``,
    ``tweets-part1.js`` are kept)."""
    if (m := _X_PREFIX.match(head)) is not None:
        data, part = m.group(1).decode("ascii"), int(m.group(2))
        own = f"{data}.js" if part == 0 else f"{data}-part{part}.js"
        return None if name == own else own
    header = _first_csv_row(head)
    if header is None or not _AMAZON_ORDERS <= {h.strip().lower() for h in header}:
        return None
    if "total amount" in {h.strip().lower() for h in header}:  # 2025's columns: named with its folder, as alone
        return "Your Amazon Orders/Order History.csv"  # the parser knows the file by both
    return None if re.fullmatch(r"Retail\.OrderHistory\.\d+\.csv", name) else "Retail.OrderHistory.1.csv"


def _first_csv_row(head: bytes) -> list[str] | None:
    """The first row of a CSV file beginning with ``head`` (UTF-8, a BOM dropped; ``,`` or ``;`` between cells), or
    None when ``head`` holds no whole first line or is no text."""
    import csv

    line, newline, _ = head.partition(b"\n")
    if not newline:
        return None
    try:
        text = line.decode("utf-8-sig").rstrip("\r")
    except UnicodeDecodeError:
        return None
    delimiter = ";" if text.count(";") > text.count(",") else ","
    return next(csv.reader([text], delimiter=delimiter), None)
