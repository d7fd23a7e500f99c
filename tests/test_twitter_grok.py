"""X's ``grok-chat-item.js`` (2024 →): the person's prompts to the Grok assistant and its replies.

The file was "ignored on purpose … no kind yet" (the second shape sweep): the prompts are the person's own timed
words — often what they would ask nobody else — and were in no output. Shape from a public sample of a real 2025
file: ``{"grokChatItem": {"grokMode": {…"name": "Normal"}, "accountId", "chatId", "createdAt", "sender": {"name":
"User"|"Agent", "originalName": "USER"|"AGENT"}, "message", "postIds"?}}``; the reply carries its prompt's
``createdAt`` to the millisecond. Values are invented.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_parser_twitter import TW, by_kind, issues_of, parse

from dataexam import api
from dataexam.inference import infer
from dataexam.inference.engine import is_activity, own_text
from dataexam.inference.interests import InterestAggregator

GROK = "data/grok-chat-item.js"


def _item(chat: str, at: str, sender: str, message: object, **extra: object) -> dict:
    return {"grokChatItem": {**extra, "grokMode": {"value": "1", "name": "Normal", "originalName": "NORMAL",
                                                   "annotations": {}},
                             "accountId": "1500000001", "chatId": chat, "createdAt": at,
                             "sender": {"value": "1" if sender == "USER" else "2", "name": sender.title(),
                                        "originalName": sender, "annotations": {}},
                             "message": message}}


def _archive(tmp_path: Path, items: list[dict]) -> Path:
    tree = tmp_path / "archive"
    shutil.copytree(TW / "current" / "archive", tree)
    (tree / GROK).write_text("window.YTD.grok_chat_item.part0 = " + json.dumps(items, indent=2, ensure_ascii=False))
    return tree


def test_prompts_are_the_person_s_and_replies_grok_s(tmp_path: Path) -> None:
    items = [_item("1981000000000000001", "2025-10-23T13:11:59.692Z", "USER",
                   "Which running shoes are good for a first marathon?"),
             _item("1981000000000000001", "2025-10-23T13:11:59.692Z", "AGENT",
                   "### Shoes\nFor a first marathon <grok:render card_id=\"e3\">…</grok:render> look for …",
                   postIds=["1963000000000000001", "1963000000000000002", "1963000000000000001"]),
             _item("1981000000000000002", "2025-10-24T06:02:03.000Z", "USER", "Hvordan lager jeg surdeig?",
                   attachments=[{"mediaId": "77", "fileName": "bread.jpg", "mimeType": "image/jpeg",
                                 "url": "https://ton.x.com/i/ton/data/grok-attachment/77"}])]
    parsed = parse(_archive(tmp_path, items))
    grok = sorted(by_kind(parsed, "twitter.grok_chat_item"), key=lambda e: (e.time, e.actor))
    assert [(e.time.isoformat(), e.actor, e.attrs["sender"], e.text[:21]) for e in grok] == [
        ("2025-10-23T13:11:59.692000+00:00", "grok", "agent", "### Shoes\nFor a first"),
        ("2025-10-23T13:11:59.692000+00:00", "self", "user", "Which running shoes a"),
        ("2025-10-24T06:02:03+00:00", "self", "user", "Hvordan lager jeg sur")]
    reply, prompt, second = grok
    assert reply.attrs["post_ids"] == ["1963000000000000001", "1963000000000000002"]
    assert prompt.attrs == {"chat_id": "1981000000000000001", "sender": "user", "grok_mode": "Normal",
                            "post_ids": None, "attachments": None}
    assert second.attrs["attachments"] == [{"file_name": "bread.jpg", "mime_type": "image/jpeg"}]
    assert len({e.key for e in grok}) == 3  # the reply and its prompt share the millisecond, not the key
    assert not [i for i in issues_of(parsed) if i.member == GROK]
    # the prompt is an own timed action and own text; the reply neither
    assert is_activity(prompt) and own_text(prompt) == prompt.text
    assert not is_activity(reply) and own_text(reply) is None
    interests = InterestAggregator()
    for e in grok:
        interests.consume(e)
    assert interests.seen_kinds == 2  # the two prompts, not the reply
    assert {sig for per in interests.signals.values() for sig in per} <= {"question to an AI assistant"}


def test_odd_items_cost_only_themselves_and_kind_selection(tmp_path: Path) -> None:
    items = [_item("1", "2025-01-01T10:00:00.000Z", "USER", "first"),
             {"grokChatItem": {"chatId": "1", "createdAt": "2025-01-01T10:00:01.000Z", "sender": "USER",
                               "message": "a sender that is no object"}},
             _item("1", "2025-01-01T10:00:02.000Z", "SYSTEM", "an unknown sender"),
             ["not an object"],
             _item("1", "not a time", "USER", "undated prompt"),
             _item("1", 1735725600, "USER", "a number for a time"),  # kept undated (the fifth tester)
             _item("1", "2025-01-01T10:00:03.000Z", "USER", None),
             _item("1", "2025-01-01T10:00:04.000Z", "USER", "last")]
    tree = _archive(tmp_path, items)
    parsed = parse(tree)
    texts = [e.text for e in by_kind(parsed, "twitter.grok_chat_item")]
    assert texts == ["first", "undated prompt", "a number for a time", None, "last"]  # file order
    grok_issues = [(i.code, i.position) for i in issues_of(parsed) if i.member == GROK]
    assert [i for i in grok_issues if i[0] == "bad-record"] == [("bad-record", f"record {n}") for n in (1, 2, 3)]
    # the two times not understood are said at their records, the prompts kept undated
    assert [i for i in grok_issues if i[0] == "bad-date"] == [("bad-date", "record 4"), ("bad-date", "record 5")]
    only = list(api.timeline([tree], kinds={"twitter.grok_chat_item"}))
    assert {e.kind for e in only} == {"twitter.grok_chat_item"} and len(only) == 5


def test_prompts_feed_the_report_and_replies_do_not(tmp_path: Path) -> None:
    """Prompts count as the person's writing and activity (time zone, languages, topics); twenty long replies
    in English must not make an all-Norwegian prompter write English."""
    start = datetime(2025, 3, 1, 18, tzinfo=UTC)
    items = []
    for day in range(20):
        at = (start + timedelta(days=day)).isoformat().replace("+00:00", ".000Z")
        items.append(_item(str(day), at, "USER", f"Kan du foreslå en god oppskrift på fiskesuppe til middag? {day}"))
        items.append(_item(str(day), at, "AGENT", "Here is a classic fish soup recipe with cream, leeks and carrots "
                                                  "that takes about forty minutes to prepare. " * 3))
    events = list(api.timeline([_archive(tmp_path, items)], kinds={"twitter.grok_chat_item"}))
    report = infer(events, now=datetime(2026, 1, 1, tzinfo=UTC))
    languages = report.finding("languages")
    assert languages.value["texts_sampled"] == 20 and "en" not in languages.value["shares"], languages.value
