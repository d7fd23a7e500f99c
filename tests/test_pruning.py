"""Pruning (issue 16): ``--kind`` and ``--since/--until`` skip members whose handler cannot yield a
wanted event, before they are opened — and give exactly the events that filtering the full timeline
gives. The parsers' ``handler_kinds`` / ``undated_kinds`` metadata is checked against every fixture
and a persona's six exports, so a handler that starts emitting a new kind fails here, not silently.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from dataexam import api
from dataexam.archive import Member
from dataexam.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").glob("*/*/archive") if p.is_dir())


@pytest.fixture(scope="module")
def persona_paths(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from dataexam.persona import export_paths, write_persona

    return export_paths(write_persona(tmp_path_factory.mktemp("persona") / "p", seed=3, scale=0.1))


def _check_metadata(paths: list[Path]) -> int:
    registry = load_registry()
    checked = 0
    for path in paths:
        try:
            exports = api.open_exports([path], registry=registry, per_account=True)
        except Exception:  # HTML exports and other refused inputs have no events to check
            continue
        try:
            for export in exports:
                parser = export.parser
                for item in api.iter_events([export]):
                    if isinstance(item, api.ParseIssue):
                        continue
                    rule = parser.classify(item.origin.member)
                    assert rule is not None and rule.handler is not None, item.origin.member
                    declared = type(parser).handler_kinds.get(rule.handler)
                    assert declared is not None, f"{parser.name}.{rule.handler} declares no kinds"
                    assert item.kind in declared, f"{parser.name}.{rule.handler} emitted {item.kind}"
                    if item.kind in type(parser).undated_kinds:
                        assert item.time is None, f"{item.kind} is declared undated but has a time"
                    checked += 1
        finally:
            api.close_exports(exports)
    return checked


def test_handler_kinds_cover_every_fixture() -> None:
    assert _check_metadata(FIXTURES) > 100


def test_handler_kinds_cover_the_persona(persona_paths: list[Path]) -> None:
    assert _check_metadata(persona_paths) > 1000


def test_every_handler_of_the_builtin_parsers_declares_its_kinds() -> None:
    for info in load_registry().parsers.values():
        handlers = {r.handler for r in info.cls.rules if r.handler}
        assert handlers <= set(info.cls.handler_kinds), info.name
        for kinds in info.cls.handler_kinds.values():
            assert set(kinds) <= set(info.cls.kinds)


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = Member.open

    def counting(self: Member, *args: object, **kwargs: object) -> object:
        seen.append(self.path)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Member, "open", counting)
    return seen


def _lines(paths: list[Path], **kw: object) -> list[bytes]:
    from dataexam.writers import jsonl_line

    return list(api.timeline_encoded(paths, jsonl_line, **kw))  # type: ignore[arg-type]


def test_kind_like_does_not_open_tweets(monkeypatch: pytest.MonkeyPatch) -> None:
    archive = ROOT / "fixtures" / "twitter" / "current" / "archive"
    full = [e for e in api.timeline(archive) if e.kind == "twitter.like"]
    assert full
    opened = _opened(monkeypatch)
    pruned = list(api.timeline(archive, kinds=["twitter.like"]))
    assert [e.key for e in pruned] == [e.key for e in full]
    assert pruned == full
    assert any(p.endswith("like.js") for p in opened)
    names = {p.rsplit("/", 1)[-1] for p in opened}
    assert not names & {"tweets.js", "tweet.js", "direct-messages.js", "follower.js"}, names


def test_pruned_runs_equal_filtered_full_runs(persona_paths: list[Path]) -> None:
    full = list(api.timeline(persona_paths))
    for kinds in (["twitter.like"], ["facebook.message"], ["amazon.*"], ["twitter.tweet,facebook.login"]):
        accept = api._kind_filter(kinds)
        assert accept is not None
        want = [e for e in full if accept(e.kind)]
        assert list(api.timeline(persona_paths, kinds=kinds)) == want, kinds
    since, until = datetime(2021, 1, 1, tzinfo=UTC), datetime(2023, 1, 1, tzinfo=UTC)
    want = [e for e in full if e.time is not None and since <= e.time < until]
    assert list(api.timeline(persona_paths, since=since, until=until)) == want


def test_since_skips_members_of_undated_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    archive = ROOT / "fixtures" / "twitter" / "current" / "archive"
    opened = _opened(monkeypatch)
    list(api.timeline(archive, since=datetime(2000, 1, 1, tzinfo=UTC)))
    names = {p.rsplit("/", 1)[-1] for p in opened}
    assert "like.js" not in names and "follower.js" not in names
    assert names & {"tweets.js", "tweet.js"}


def test_unknown_handlers_are_always_read() -> None:
    from dataexam.parser import Parser

    class Plugin(Parser):
        name = "plugin"
        kinds = {"plugin.note": "a note"}

    parser = Plugin()
    parser.wanted_kind = lambda kind: kind == "other.kind"
    parser.dated_only = True
    assert parser.wants("_anything")


def test_facebook_owner_lookup_skipped_when_messages_are_not_wanted(monkeypatch: pytest.MonkeyPatch,
                                                                     persona_paths: list[Path]) -> None:
    from dataexam_parsers.facebook.parser import FacebookParser

    calls: list[int] = []
    original = FacebookParser._owner_name

    def counting(self: FacebookParser, archive: object) -> str | None:
        calls.append(1)
        return original(self, archive)  # type: ignore[arg-type]

    monkeypatch.setattr(FacebookParser, "_owner_name", counting)
    facebook = [p for p in persona_paths if "facebook" in p.name]
    assert list(api.timeline(facebook, kinds=["facebook.post"]))
    assert calls == []
    assert list(api.timeline(facebook, kinds=["facebook.message"]))
    assert calls
