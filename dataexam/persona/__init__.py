"""Synthetic personas: realistic Facebook, X and Amazon exports of a fictional person, plus the truth.

:func:`write_persona` writes, for one seed, six exports (two eras per service, formats.md §4's
generator note) and ``truth.json`` stating what was planted: home zone and sleep window, trips,
languages, interests, a life event, spending, top contacts, a low-mood period, and the exact
number of records per kind and file as ``docs/kinds.md`` defines them. ``dataexam demo`` and the
inference tests use it; so do the benchmarks (``scale`` multiplies volume, written in constant
memory). :func:`export_paths` lists the inputs to give ``dataexam timeline``.

The person and everyone they know are fictional; IP addresses come from blocks allocated to the
planted countries (:mod:`dataexam.persona.ipblocks`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..categories import CATEGORIES, is_sensitive
from ..errors import UsageProblem
from . import amazon, facebook, twitter
from .people import PERIOD_END, PERIOD_START, Persona, build_persona, sleep_summary
from .writers import Sink, Tally, private_dir, private_file

__all__ = ["MARKER", "STAGING", "TRUTH_SCHEMA", "build_persona", "export_paths", "prepare_out_dir", "write_persona"]

TRUTH_SCHEMA = "dataexam.truth/1"
_EXPORT_DIRS = ("facebook-2020", "facebook-2024", "twitter-2019", "twitter-2024", "amazon-legacy", "amazon-2025")
#: the file a demo writes into its folder first; it records, for each entry the demo put there,
#: the size and SHA-256 of every file in it, and a later demo replaces an entry only while it is
#: still exactly that (T28B H1: files added inside a demo folder, or a real zip copied over a demo
#: zip, were deleted)
MARKER = ".dataexam-demo.json"
MARKER_SCHEMA = "dataexam.demo-folder/2"
#: where a demo writes each export before moving it into place whole: an interrupted demo leaves
#: only this folder behind, which the next demo into the same folder removes
STAGING = ".dataexam-demo.partial"
_ENTRY_NAMES = frozenset({*_EXPORT_DIRS, *(f"{name}.zip" for name in _EXPORT_DIRS), "truth.json"})


def _file_digest(path: Path) -> list[Any]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return [size, h.hexdigest()]


def _entry_digest(path: Path) -> dict[str, Any]:
    """What an entry of a demo folder holds: ``{"files": {relative path: [size, sha256]}, "dirs": [...],
    "links": [...]}`` (a plain file is the one relative path ``""``). The demo writes no links, so a
    link found in an entry never matches what it recorded."""
    files: dict[str, list[Any]] = {}
    dirs: list[str] = []
    links: list[str] = []
    if path.is_symlink() or not path.is_dir():
        if path.is_symlink():
            links.append("")
        else:
            files[""] = _file_digest(path)
        return {"files": files, "dirs": dirs, "links": links}
    for folder, subdirs, names in os.walk(path):
        rel = Path(folder).relative_to(path)
        for name in sorted(subdirs):
            entry = Path(folder) / name
            (links if entry.is_symlink() else dirs).append((rel / name).as_posix())
        for name in sorted(names):
            entry = Path(folder) / name
            if entry.is_symlink() or not entry.is_file():
                links.append((rel / name).as_posix())
            else:
                files[(rel / name).as_posix()] = _file_digest(entry)
    return {"files": files, "dirs": sorted(dirs), "links": sorted(links)}


def _first_change(name: str, now: dict[str, Any], then: dict[str, Any] | None) -> str:
    """The first path inside entry ``name`` that differs from what the demo recorded, for a message."""
    if then is None:
        return name
    for key in ("links", "dirs", "files"):
        old, new = then.get(key, {}), now[key]
        for rel in sorted(set(new) ^ set(old)) or sorted(r for r in new if key == "files" and new[r] != old.get(r)):
            return f"{name}/{rel}" if rel else name
    return name


def _read_marker(out_dir: Path) -> dict[str, Any] | None:
    """The entries an earlier demo recorded in out_dir's marker (name → :func:`_entry_digest`), or None
    without a valid marker. A marker of an older dataexam (schema /1, names only) proves nothing: its
    entries are kept unless they are gone."""
    marker = out_dir / MARKER
    if not marker.is_file() or marker.is_symlink():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    if data.get("schema") == "dataexam.demo-folder/1" and isinstance(data.get("created"), list):
        return {}
    entries = data.get("entries")
    if data.get("schema") != MARKER_SCHEMA or not isinstance(entries, dict):
        return None
    # only the names a demo writes, directly inside out_dir: a marker cannot point a later demo elsewhere
    return {name: digest for name, digest in entries.items() if name in _ENTRY_NAMES and isinstance(digest, dict)}


def _write_marker(out_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    # no time stamp: the same arguments give the same bytes (tests/test_persona.py)
    marker = {"schema": MARKER_SCHEMA, "tool": "dataexam", "tool_version": __version__,
              "created": sorted(entries), "entries": dict(sorted(entries.items()))}
    # whole or not at all: a marker left empty (a full disk) made the next demo refuse its own folder
    part = out_dir / f"{MARKER}.part"
    try:
        with os.fdopen(private_file(part), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(marker, indent=2) + "\n")
        os.replace(part, out_dir / MARKER)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def prepare_out_dir(out_dir: Path) -> None:
    """Make out_dir ready for a demo without touching anything dataexam did not create.

    * a new path or an empty folder: created (0700) and marked;
    * a folder holding a marker an earlier demo wrote: the entries the demo is about to write are
      removed, each only if it still holds exactly the files the marker records (sizes and SHA-256);
      other entries (the user's own files beside them) are left alone;
    * anything else (a non-empty folder without the marker, a file, an entry the demo would write
      that was changed or added since): :class:`UsageProblem` naming it, and nothing is removed.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageProblem(f"{out_dir}: exists and is not a folder; give a new or empty folder to --out")
    if not out_dir.exists():
        private_dir(out_dir)
    entries = list(out_dir.iterdir())
    if not entries:
        _write_marker(out_dir, {})
        return
    recorded = _read_marker(out_dir)
    if recorded is None:
        raise UsageProblem(f"{out_dir}: the folder is not empty and was not written by `dataexam demo`; "
                           "give a new or empty folder to --out (nothing was changed)")
    present = sorted(name for name in _ENTRY_NAMES if os.path.lexists(out_dir / name))
    changed = []
    for name in present:
        now = _entry_digest(out_dir / name)
        if now != recorded.get(name):
            changed.append(_first_change(name, now, recorded.get(name)))
    if changed:
        shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
        raise UsageProblem(f"{out_dir}: {shown}: not as `dataexam demo` wrote it (added or changed since); the demo "
                           "would replace it: move it out of the folder or give another folder to --out "
                           "(nothing was changed)")
    for name in present:
        candidate = out_dir / name
        if candidate.is_dir():
            shutil.rmtree(candidate)
        else:
            candidate.unlink()
    staging = out_dir / STAGING
    if staging.is_dir() and not staging.is_symlink():  # what an interrupted demo was writing
        shutil.rmtree(staging)
    _write_marker(out_dir, {})


def write_persona(out_dir: Path, *, seed: int = 1, scale: float = 1.0, control: bool = False,
                  zipped: bool = False) -> Path:
    """Write a fictional person's exports into out_dir and return the path of its truth.json.

    Six exports are written (folders, or zips with ``zipped=True``): Facebook 2019–20 and 2024–25
    (the latter as two part folders/zips), X 2019 (root-level) and 2024 (``data/``), Amazon legacy
    and 2025. ``out_dir`` must be new, empty or an earlier demo's folder (:func:`prepare_out_dir`,
    which raises UsageProblem otherwise); a marker file there records what was written, so a later
    demo replaces only that. The same arguments always give the same exports.
    ``control=True`` writes a person with no planted signal (uniform
    activity times, random IPs); its truth keeps only the exact facts.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    out_dir = Path(out_dir)
    prepare_out_dir(out_dir)
    # each export is written into a staging folder first and moved into place whole, its files'
    # sizes and hashes recorded in the marker: a later demo can prove an entry is still its own
    stage = out_dir / STAGING
    private_dir(stage)
    published: dict[str, dict[str, Any]] = {}
    p = build_persona(seed, scale, control)
    tally = Tally()
    money = amazon.Money()
    exports: list[dict[str, Any]] = []

    def sink(rel: str) -> Sink:
        return Sink(stage / rel, rel, zipped=zipped)

    def done(s: Sink) -> str:
        s.close()
        return s.path.relative_to(stage).as_posix()

    def publish(rel: str) -> None:  # move an entry into place whole and record what it holds
        name = rel.split("/")[0]
        published[name] = _entry_digest(stage / name)
        os.replace(stage / name, out_dir / name)
        _write_marker(out_dir, published)

    s = sink("facebook-2020")
    facebook.write_facebook_2020(p, s, tally)
    exports.append({"dir": "facebook-2020", "source": "facebook", "variant": "2019-20", "inputs": [done(s)],
                    "covers": [str(PERIOD_START), str(facebook.END_2020)]})
    publish(exports[-1]["inputs"][0])  # the export's top entry: its folder or zip

    token_rng = random.Random(f"{seed}:fb-token")
    token = "".join(token_rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(8))
    user = "".join(ch for ch in p.handle if ch.isalnum())
    parts = [f"{i}of2-facebook-{user}-10_01_2025-{token}" for i in (1, 2)]
    part1, part2 = sink(f"facebook-2024/{parts[0]}"), sink(f"facebook-2024/{parts[1]}")
    facebook.write_facebook_2024(p, part1, part2, tally)
    exports.append({"dir": "facebook-2024", "source": "facebook", "variant": "2024-25", "parts": parts,
                    "inputs": [done(part1), done(part2)],
                    "covers": [str(facebook.START_2024), str(PERIOD_END)]})
    publish(exports[-1]["inputs"][0])  # the export's top entry: its folder or zip

    s = sink("twitter-2019")
    twitter.write_twitter_2019(p, s, tally)
    exports.append({"dir": "twitter-2019", "source": "twitter", "variant": "gdpr-2018", "inputs": [done(s)],
                    "covers": [str(PERIOD_START), str(twitter.CUTOFF_2019)]})
    publish(exports[-1]["inputs"][0])  # the export's top entry: its folder or zip
    s = sink("twitter-2024")
    x_info = twitter.write_twitter_2024(p, s, tally)
    exports.append({"dir": "twitter-2024", "source": "twitter", "variant": "current", "inputs": [done(s)],
                    "covers": [str(PERIOD_START), str(PERIOD_END)]})
    publish(exports[-1]["inputs"][0])  # the export's top entry: its folder or zip

    s = sink("amazon-legacy")
    amazon.write_amazon_legacy(p, s, tally, money)
    exports.append({"dir": "amazon-legacy", "source": "amazon", "variant": "legacy", "inputs": [done(s)],
                    "covers": [str(PERIOD_START), str(amazon.LEGACY_END)]})
    publish(exports[-1]["inputs"][0])  # the export's top entry: its folder or zip
    s = sink("amazon-2025")
    amazon.write_amazon_2025(p, s, tally, money)
    exports.append({"dir": "amazon-2025", "source": "amazon", "variant": "2025", "inputs": [done(s)],
                    "covers": [str(amazon.NEW_START), str(PERIOD_END)]})
    publish(exports[-1]["inputs"][0])  # the export's top entry: its folder or zip

    truth = _truth(p, tally, money, exports, x_info, zipped)
    with os.fdopen(private_file(stage / "truth.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    publish("truth.json")
    stage.rmdir()
    return out_dir / "truth.json"


def export_paths(truth_path: Path) -> list[Path]:
    """The input paths to give `dataexam timeline`/`report` for a written persona (all exports, part-zips included)."""
    truth_path = Path(truth_path)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    return [truth_path.parent / rel for export in truth["exports"] for rel in export["inputs"]]


def _truth(p: Persona, tally: Tally, money: amazon.Money, exports: list[dict[str, Any]],
           x_info: dict[str, int], zipped: bool) -> dict[str, Any]:
    planted = not p.control
    offset = datetime(2024, 1, 15, 12, tzinfo=p.zone).utcoffset()
    top = [name for name, _ in tally.contacts.most_common(3)]
    truth: dict[str, Any] = {
        "schema": TRUTH_SCHEMA,
        "seed": p.seed, "scale": p.scale, "control": p.control, "zipped": zipped,
        "person": {"name": p.name, "facebook_name": p.name, "twitter_handle": p.handle, "twitter_id": p.x_id},
        "period": {"start": str(PERIOD_START), "end": str(PERIOD_END)},
        "exports": exports,
        "counts": dict(sorted(tally.counts.items())),
        "files": {k: dict(sorted(v.items())) for k, v in sorted(tally.files.items())},
        "timezone": {"zone": p.home.zone,
                     "utc_offset_hours": offset.total_seconds() / 3600 if offset else 0.0} if planted else None,
        "sleep": sleep_summary(p) if planted else None,
        "late_nights": [str(d) for d in p.late_nights] if planted else None,
        "routine": {"working_hours": "09-17", "weekday_daytime_quiet": True} if planted else None,
        "home": {"country": p.home.country, "city": p.home.city, "lat": p.home.lat, "lon": p.home.lon}
        if planted else None,
        "trips": [{"country": t.country, "city": t.city, "start": str(t.start), "end": str(t.end)} for t in p.trips]
        if planted else None,
        "devices": {"primary_os": p.primary_os, "share": 0.8} if planted else None,
        "languages": dict(p.languages) if planted else None,
        "interests": list(p.interests) if planted else None,
        "life_event": {"type": p.life_event, "month": p.life_month.strftime("%Y-%m")}
        if planted and p.life_month else None,
        "spending": amazon.Money.as_json(money.spending),
        "refunds": amazon.Money.as_json(money.refunds),
        "top_contacts": top if planted else None,
        "social": {"facebook_friends": tally.counts.get("facebook.friend", 0),
                   "twitter_followers": x_info["followers"], "twitter_following": x_info["following"]},
        "low_mood": {"start": str(p.low_mood[0]), "end": str(p.low_mood[1])} if planted and p.low_mood else None,
        "platform_declared": {"facebook_interests": facebook.declared_interests(p),
                              "twitter_interests": twitter.declared_interests(p),
                              "amazon_audiences": amazon.declared_audiences(p)},
        "sensitive_planted": {c: tally.sensitive.get(c, 0) for c in CATEGORIES if is_sensitive(c)}
        if planted else None,
    }
    return truth
