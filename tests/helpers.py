"""Shared test helpers: zipping fixture trees, canonical event serialisation, golden files."""

from __future__ import annotations

import csv
import io
import json
import os
import struct
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from dataexam.events import Event, ParseIssue

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"


def zip_tree(folder: Path, dest: Path, *, wrapper: str | None = None) -> Path:
    """Zip a readable fixture tree the way an export download looks (optionally in a wrapper folder)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                full = Path(root, name)
                rel = full.relative_to(folder).as_posix()
                zf.write(full, f"{wrapper}/{rel}" if wrapper else rel)
    return dest


def facebook_mojibake(obj: object) -> object:
    """``obj`` as Facebook writes it: each string's UTF-8 bytes read as Latin-1, so that ``json.dumps`` writes
    each byte as a ``\\u00XX`` escape (formats.md §1.3); lists and dicts (keys too) recursively."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [facebook_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {facebook_mojibake(k): facebook_mojibake(v) for k, v in obj.items()}
    return obj


def canonical(items: Iterable[Event | ParseIssue]) -> list[dict]:
    """Events and issues as plain dicts, independent of where the archive lives (zip or folder)."""
    out = []
    for item in items:
        d = item.to_dict()
        if isinstance(item, Event):
            d["origin"]["archive"] = "<archive>"
            d = {"event": d}
        else:
            d["archive"] = "<archive>"
            d = {"issue": d}
        out.append(json.loads(json.dumps(d, ensure_ascii=False, default=str)))
    return out


def sort_canonical(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


def check_golden(path: Path, rows: list[dict], update: bool) -> None:
    """Compare rows with a golden JSON Lines file; ``pytest --update-golden`` rewrites it."""
    text = "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows)
    if update or not path.exists():
        path.write_text(text, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8").splitlines()
    actual = text.splitlines()
    assert actual == expected, f"golden mismatch for {path} (run pytest --update-golden and review the diff)"


def process_running(pid: int | str) -> bool:
    """Whether process ``pid`` still runs (Linux ``/proc``). A zombie (ended, not yet reaped by whoever
    adopted it: a container's init may never reap) runs no more."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def wait_until(condition: Callable[[], bool], within: float) -> bool:
    """Poll ``condition`` every 50 ms for at most ``within`` seconds; whether it came true."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def as_nobody(run: Callable[[], object]) -> object:
    """``run()`` as an unprivileged user, its result passed back as JSON: directly where the tests do not
    run as root, else in a forked child that drops to uid/gid 65534 (nobody) first — root reads anything,
    so a real permission check needs it. Warm up what ``run`` imports before calling: the child may not
    read the interpreter's own folders (a Python under /root, 0700)."""
    if os.geteuid() != 0:
        return json.loads(json.dumps(run()))
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop privileges, run, report, exit without running pytest's teardown
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            os.write(write_end, json.dumps(run()).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        data = fh.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0, "the unprivileged child failed"
    return json.loads(data)


# -- zips as people re-zip exports: password-protected (ZipCrypto), or cut short --------------------------
LOCKED_ZIP_PASSWORD = b"secret"


def tree_files(tree: Path) -> dict[str, bytes]:
    """Every file of a fixture tree by its ``/`` path (small fixtures only)."""
    files: dict[str, bytes] = {}
    for root, dirs, names in os.walk(tree):
        dirs.sort()
        for name in sorted(names):
            full = Path(root, name)
            files[full.relative_to(tree).as_posix()] = full.read_bytes()
    return files


def _crc_update(crc: int, byte: int) -> int:
    # PKWARE's CRC step (zlib.crc32 inverts before and after)
    return zlib.crc32(bytes([byte]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


def _zipcrypto(data: bytes, password: bytes, check: int) -> bytes:
    """``data`` encrypted with the traditional PKWARE cipher, after its 12-byte header (last byte ``check``)."""
    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(p: int) -> None:
        keys[0] = _crc_update(keys[0], p)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = _crc_update(keys[2], keys[1] >> 24)

    for p in password:
        update(p)
    out = bytearray()
    for p in bytes(range(11)) + bytes([check]) + data:
        t = (keys[2] | 2) & 0xFFFF
        out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        update(p)
    return bytes(out)


def write_locked_zip(dest: Path, files: dict[str, bytes], *, encrypt: set[str] | None = None,
              method: dict[str, int] | None = None) -> Path:
    """A deflated zip of ``files``; the names in ``encrypt`` (all when None) ZipCrypto-encrypted with
    :data:`LOCKED_ZIP_PASSWORD`; ``method`` writes another method number into a member's headers (99: WinZip AES, 9:
    Deflate64; its data stays deflate, as only the listing is read)."""
    encrypt = set(files) if encrypt is None else encrypt
    method = method or {}
    body = bytearray()
    central = bytearray()
    for name, data in files.items():
        crc = zlib.crc32(data)
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = packer.compress(data) + packer.flush()
        flags = 0x800
        if name in encrypt:
            packed = _zipcrypto(packed, LOCKED_ZIP_PASSWORD, crc >> 24)
            flags |= 0x1
        kind = method.get(name, 8)
        raw = name.encode()
        offset = len(body)
        body += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, kind, 0, 0x21, crc, len(packed), len(data),
                            len(raw), 0) + raw + packed
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, flags, kind, 0, 0x21, crc, len(packed),
                               len(data), len(raw), 0, 0, 0, 0, 0, offset) + raw
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(files), len(files), len(central), len(body), 0)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(bytes(body + central + end))
    return dest


def cut_zip(zip_path: Path, before: str) -> Path:
    """The zip cut inside ``before``'s data: its directory lost, as an interrupted download."""
    data = zip_path.read_bytes()
    with zipfile.ZipFile(zip_path) as zf:
        info = zf.getinfo(before)
    zip_path.write_bytes(data[: info.header_offset + 40 + len(before)])
    return zip_path


def write_retail_orders(root: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """Amazon's 2025 ``Retail.OrderHistory.1/Retail.OrderHistory.1.csv`` under ``root`` as the export writes it: every
    cell quoted, CRLF line ends, a UTF-8 byte-order mark (formats.md, Amazon 2025). Returns the CSV's path."""
    folder = root / "Retail.OrderHistory.1"
    folder.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path = folder / "Retail.OrderHistory.1.csv"
    path.write_text(buf.getvalue(), encoding="utf-8-sig")
    return path

