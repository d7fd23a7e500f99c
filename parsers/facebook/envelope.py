"""Reading Facebook's JSON envelopes, whatever the export era (formats.md §1.2).

Every Facebook file is one of a few shapes, and the same records moved between them over the years:

* a bare list of records (posts, ``likes_and_reactions_N.json``),
* an object holding one or more lists under ``<name>`` (≤2020) or ``<name>_v2`` (2021→) keys
  (``{"comments_v2": […]}``), or one object/scalar (``{"profile_v2": {…}}``, ``{"timezone_v2": "…"}``),
* a 2023+ "generic" record ``{"timestamp", "media", "label_values": […], "fbid"}``, alone in a file or
  as list items, whose fields are ``{"label", "value"|"timestamp_value"|"vec"|"dict"}`` entries,
* Instagram-style items ``{"title", "string_map_data": {"IP Address": {"value", "timestamp", "href"}}}``.

:func:`iter_records` streams the first two shapes in one pass (a list inside an envelope is never
held whole), repairing the mojibake of every string on the way; :func:`fields` flattens the last
two into one plain dict so handlers read a record the same way in every era.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any

import ijson
from ijson.common import ObjectBuilder

from dataexam.jsonstream import (
    LimitedReader,
    UnexpectedShape,
    check_nothing_after_end,
    is_trailing_garbage,
    peek,
    python_basic_parse,
    python_items,
    until_end,
    wide_encoding,
    wide_text,
)
from dataexam.textfix import repair_tree

# Keys that belong to one label_values record written as the whole file (2024+
# other_categories_used_to_reach_you.json is `{"media": [], "fbid": "1", "label_values": […]}`);
# they are gathered into one record instead of being read as envelopes.
_RECORD_KEYS = frozenset({"label_values", "media", "fbid", "ent_name", "timestamp", "string_map_data",
                          "attachments", "data", "title"})
# an object whose first member is a list, under a key ijson's dotted prefix can name
_ONE_LIST = re.compile(rb'\{\s*"([A-Za-z0-9_]+)"\s*:\s*\[')
_NO_LIMIT = 1 << 62  # the handler's own stream enforces the limits; this reader only counts commas



def repair(value: Any) -> Any:
    """Undo Meta's byte-per-``\\u00XX`` mojibake in every string of a decoded value, keys included.

    The one place the Facebook parser repairs text (formats.md §1.3): records are repaired as they
    leave the JSON reader, so no handler ever sees broken text.
    """
    return repair_tree(value)


#: the ``bad-shape`` message for a member without any JSON value (same words as the X parser's)
EMPTY_FILE = "the file holds no JSON value (it is empty)"

_OPEN = ("start_map", "start_array")
_CLOSE = ("end_map", "end_array")


def _build(events: Iterator[tuple[str, Any]], event: str, value: Any) -> Any:
    """Build the value that starts with ``(event, value)`` from a ``basic_parse`` stream."""
    if event not in _OPEN:
        return value
    builder = ObjectBuilder()
    builder.event(event, value)
    depth = 1
    for ev, val in events:
        builder.event(ev, val)
        if ev in _OPEN:
            depth += 1
        elif ev in _CLOSE:
            depth -= 1
            if depth == 0:
                break
    return builder.value


def _array_items(events: Iterator[tuple[str, Any]]) -> Iterator[Any]:
    """Each element of an array whose ``start_array`` was just read."""
    for ev, val in events:
        if ev == "end_array":
            return
        yield _build(events, ev, val)


def iter_raw(stream: IO[bytes], *, allow_empty: bool = False, reopen: Callable[[], IO[bytes]] | None = None,
             python: bool = False) -> Iterator[tuple[str | None, Any]]:
    """Stream ``(envelope key, record)`` pairs of a Facebook JSON file, before any text repair.

    A bare list gives ``(None, item)`` per element (read by ijson's C item builder); each list
    under a top-level key gives ``(key, item)`` per element; a top-level object or scalar value gives
    ``(key, value)``; a file that is itself one label_values record gives ``(None, record)``.
    A legitimately empty envelope (``[]``, ``{}``, ``{"comments_v2": []}``) gives nothing.

    Raises :class:`~dataexam.jsonstream.UnexpectedShape` (reported as ``bad-shape``) when the file
    holds no JSON value at all — zero bytes, only white space or a BOM (an interrupted unzip or a
    sync placeholder): its records are lost, which must never pass as "zero records". With
    ``allow_empty`` such a file gives nothing instead (see ``_MAY_BE_EMPTY`` in the parser).

    ``reopen`` (a new stream over the same file, closed by the caller's ``with``) lets the commonest
    shape, one list under one key (``{"comments_v2": […]}``), be read by ijson's C item builder like
    a bare list: ~4x faster than building each record from Python-level events (issue 16). Should the
    object hold more after that list, it is read again the general way for the rest (see
    :func:`_one_list`).

    ``python``: read by ijson's Python backend (:func:`~dataexam.jsonstream.python_items`), for a file whose
    number the C backend cannot hold (a time of 10^30 or 1e400: :func:`~dataexam.jsonstream.is_overflow`).
    """
    first, source = peek(stream)
    if not first:
        if allow_empty:
            return
        raise UnexpectedShape(EMPTY_FILE)
    wide = wide_encoding(source.peeked(5))
    if wide:  # T44B: a profile saved as UTF-16 was "invalid JSON (lexical error ...)"
        raise UnexpectedShape(f"expected {'an array' if first == b'[' else 'an object'} at the top level, found "
                              f"{wide_text(wide)}; nothing was read")
    if first == b"[":
        # a bare list: what follows its close (a `;`, NUL padding) as the envelopes tolerate it
        items = python_items(source, "item") if python else ijson.items(source, "item", use_float=True)
        yield from ((None, item) for item in until_end(items, source, stream))
        return
    if python:
        yield from _members(source, events=python_basic_parse(source))
        check_nothing_after_end(source, stream)
        return
    if reopen is not None and first == b"{":
        envelope = _ONE_LIST.match(source._head)
        if envelope is not None and envelope.group(1).decode() not in _RECORD_KEYS:
            yield from _one_list(source, envelope.group(1).decode(), reopen)
            return
    yield from _members(source)
    check_nothing_after_end(source, stream)  # the general way stops at the object's end: what follows?


def _members(source: IO[bytes], read_lists_of: str | None = None,
             events: Iterator[tuple[str, Any]] | None = None) -> Iterator[tuple[str | None, Any]]:
    """The general way, from Python-level events: ``(key, item)`` per list item, ``(key, value)``
    per other member, a top-level label_values record as ``(None, record)``. Lists under
    ``read_lists_of`` are passed over (:func:`_one_list` has read them already). ``events``: the
    ``basic_parse`` events of ``source`` where not its C backend's."""
    if events is None:
        events = ijson.basic_parse(source, use_float=True)
    event, value = next(events)
    if event != "start_map":
        yield None, _build(events, event, value)
        return
    record: dict[str, Any] = {}
    for ev, key in events:
        if ev == "end_map":
            break
        ev, val = next(events)
        if key in _RECORD_KEYS:
            record[key] = _build(events, ev, val)
        elif ev == "start_array":
            if key == read_lists_of:
                for _ in _array_items(events):
                    pass
                continue
            for item in _array_items(events):
                yield key, item
        else:
            yield key, _build(events, ev, val)
    if record:
        yield None, record


def _one_list(source: IO[bytes], key: str, reopen: Callable[[], IO[bytes]]) -> Iterator[tuple[str | None, Any]]:
    """``(key, item)`` for each item of the list that opens the object (ijson's C item builder),
    then, should more members follow it, the rest of the object read again the general way."""
    counted = LimitedReader(source, max_string_bytes=_NO_LIMIT, max_depth=_NO_LIMIT,  # type: ignore[arg-type]
                            max_number_digits=0)  # the reader under it checks every limit
    counted.count_commas()  # the commas between the object's members
    try:
        for item in ijson.items(counted, f"{key}.item", use_float=True):
            yield key, item
    except ijson.JSONError as exc:
        # Bytes after the object (a NUL padding, ";junk") end the file as the general way ends it,
        # at the object's close, without a fault. A fault after further members is met again by the
        # general way below, once it has read what those members hold before it.
        if not counted.commas and not is_trailing_garbage(exc):
            raise
        if not counted.commas:
            check_nothing_after_end(counted, counted)  # junk is tolerated, more JSON is not
    if not counted.commas:
        return
    # More members after the list (no export seen writes one): the general way for the rest, past
    # every list under this key (ijson read all of them, had the key been written twice; their items
    # then come before the other members' instead of between them).
    with reopen() as again:
        first, source = peek(again)
        if not first:  # the file changed under us: nothing more to read
            return
        yield from _members(source, read_lists_of=key)
        check_nothing_after_end(source, again)


# ---- flattening label_values and string_map_data ------------------------------------------------

@functools.lru_cache(maxsize=4096)  # a file repeats a few dozen labels in every record
def norm_label(label: str) -> str:
    """``"IP Address"`` → ``"ip_address"``: one spelling for plain keys and display labels."""
    return _NOT_LABEL.sub("_", label.strip().lower()).strip("_")


_NOT_LABEL = re.compile(r"[^0-9a-z]+")


def _vec_value(entry: Any) -> Any:
    if not isinstance(entry, Mapping):
        return entry
    if "value" in entry:
        return entry["value"]
    if "timestamp_value" in entry:
        return entry["timestamp_value"]
    if "dict" in entry:
        return _dict_value(entry["dict"])
    return entry.get("label")


def _dict_value(entries: Any) -> Any:
    # `{"title": "Group", "dict": [{"dict": [{"label": "Name", "value": …}]}]}` is a list of
    # sub-records; `{"label": …, "dict": [{"label", "value"}, …]}` is one sub-record.
    if not isinstance(entries, list):
        return entries
    if entries and all(isinstance(e, Mapping) and "dict" in e and "label" not in e for e in entries):
        return [label_values(e["dict"]) for e in entries]
    return label_values(entries)


def label_values(entries: Any) -> dict[str, Any]:
    """Flatten a ``label_values`` list into ``{normalised label: value}``.

    ``value`` and ``timestamp_value`` give the value itself, ``vec`` a list of values, ``dict`` a
    sub-record (or a list of them); ``href`` is kept as ``<label>_href`` when it differs from the
    value. A label seen twice collects its values in a list.
    """
    out: dict[str, Any] = {}
    if not isinstance(entries, list):
        return out
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        label = entry.get("label") or entry.get("title") or entry.get("ent_field_name")
        if not label:
            continue
        if "value" in entry:
            value = entry["value"]
        elif "timestamp_value" in entry:
            value = entry["timestamp_value"]
        elif "vec" in entry:
            vec = entry["vec"]
            value = [_vec_value(v) for v in vec] if isinstance(vec, list) else vec
        elif "dict" in entry:
            value = _dict_value(entry["dict"])
        else:
            continue
        name = norm_label(str(label))
        if name in out:
            # a label seen again adds its values: a second `vec` adds its items, not a nested list
            # (which would read as one joined value)
            previous = out[name]
            out[name] = [*(previous if isinstance(previous, list) else [previous]),
                         *(value if isinstance(value, list) else [value])]
        else:
            out[name] = value
        href = entry.get("href")
        if href and href != value:
            out[name + "_href"] = href
        # `label` is in the account's language ("Nachricht"), `ent_field_name` Meta's own field name
        # ("message", 2024+ generic records): the value is also kept under the latter, so a handler
        # finds it whatever the language (never replacing a value another entry gave)
        field_name = entry.get("ent_field_name")
        if isinstance(field_name, str) and field_name.strip():
            out.setdefault(norm_label(field_name), value)
    return out


def label_time(record: Any) -> Any:
    """The first positive ``timestamp_value`` (a number or digit string) among a record's top-level
    ``label_values`` entries, or ``None``.

    For 2024+ records whose only instant is a labelled one (``device_login_cookies.json``:
    ``{"label": …, "timestamp_value": 1700000000}`` and no top-level ``timestamp``), whatever the
    label's wording or language.
    """
    entries = record.get("label_values") if isinstance(record, Mapping) else None
    for entry in entries if isinstance(entries, list) else ():
        value = entry.get("timestamp_value") if isinstance(entry, Mapping) else None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        # 0 is Facebook's "no time" (a cookie never used): the next labelled instant is taken
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            return value
    return None


def label_media(record: Any, _depth: int = 0) -> list[Mapping[str, Any]]:
    """Media items (``{"uri", "creation_timestamp", "media_metadata"…}``) held in ``label_values``
    entries, at any nesting of ``dict`` lists (2024+ ``posts_on_other_pages_and_profiles.json``
    writes a post's photos as ``{"title": …, "media": [{"uri": …}]}`` inside its label_values, which
    :func:`label_values` does not flatten). Depth is bounded (8), items without a ``uri`` skipped."""
    out: list[Mapping[str, Any]] = []
    entries = record.get("label_values") if isinstance(record, Mapping) and _depth == 0 else record
    if _depth > 8 or not isinstance(entries, list):
        return out
    for entry in entries:
        if not isinstance(entry, Mapping):
            continue
        media = entry.get("media")
        if isinstance(media, list):
            out.extend(m for m in media if isinstance(m, Mapping) and m.get("uri"))
        if isinstance(entry.get("dict"), list):
            out.extend(label_media(entry["dict"], _depth + 1))
    return out


def string_map(data: Any) -> dict[str, Any]:
    """Flatten ``string_map_data`` (``{"IP Address": {"value", "timestamp", "href"}}``) to plain values.

    An entry's ``value`` wins when non-empty, else its non-zero ``timestamp``, else its ``href``.
    """
    out: dict[str, Any] = {}
    if not isinstance(data, Mapping):
        return out
    for label, entry in data.items():
        if isinstance(entry, Mapping):
            value = entry.get("value") or entry.get("timestamp") or entry.get("href") or None
        else:
            value = entry
        if value not in (None, ""):
            out[norm_label(str(label))] = value
    return out


def fields(record: Any) -> dict[str, Any]:
    """One flat view of a record in any era's shape, keys normalised with :func:`norm_label`.

    Plain keys come first; ``label_values`` and ``string_map_data`` entries fill in what plain keys
    lack; a nested ``session`` object (login protection data, admin records) is merged in.
    """
    if not isinstance(record, Mapping):
        return {"value": record}
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key in ("label_values", "string_map_data"):
            continue
        out[norm_label(str(key))] = value
    session = record.get("session")
    if isinstance(session, Mapping):
        for key, value in session.items():
            out.setdefault(norm_label(str(key)), value)
    for key, value in label_values(record.get("label_values")).items():
        out.setdefault(key, value)
    for key, value in string_map(record.get("string_map_data")).items():
        out.setdefault(key, value)
    return out


def pick(flat: Mapping[str, Any], *names: str) -> Any:
    """The first non-empty value among ``names`` in a :func:`fields` dict (``None`` if none)."""
    for name in names:
        value = flat.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def text_value(value: Any) -> str | None:
    """A display string from a field that may be a string, number, list or sub-record."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        parts = [text_value(v) for v in value]
        joined = ", ".join(p for p in parts if p)
        return joined or None
    if isinstance(value, Mapping):
        return text_value(pick(value, "name", "value", "title"))
    return None
