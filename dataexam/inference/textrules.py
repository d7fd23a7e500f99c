"""Rules shared by the findings that read what people wrote (mood, topics, interests, the trust score's behaviour):
whose words a text holds, how many distinct texts a finding rests on, and which years are "now".

- **Whose words.** A retweet is its author's words (:func:`is_retweet`), and so is a quotation inside a post: song
  lyrics in quote marks with the artist named, "#lyricoftheday …" (the twenty-ninth pass's tester, T29C H7: six weeks
  of quoted sad lyrics made a low-mood period at high for a cheerful writer). :func:`own_words` keeps the person's
  own words around a quotation. A quote tweet's quoted tweet and a shared Facebook post's text are not in the
  exports' text fields at all (tweets.js holds the quoting tweet and the quoted one's permalink; a Facebook share's
  ``data[].post`` holds what the sharer wrote: formats.md §1.4, §2.4), so nothing of them is read.
- **Distinct texts.** One line posted 111 times is one text on its subject, not 111 (T27D L4 for topics; T29C M3 for
  interests): :class:`DistinctTexts` counts them, :func:`distinct_cap` caps a confidence by them.
- **Recent years.** :data:`RECENT_YEARS` (T29C M4: a teenage era ten years old was today's interests and cost the
  adult trust-score points).
"""

from __future__ import annotations

import hashlib
import re

from ..events import Event
from .model import Confidence

# -- whose words --------------------------------------------------------------------------------------------------
_RT_PREFIX = "RT @"


def is_retweet(event: Event) -> bool:
    """Whether an X tweet is a retweet (someone else's words): the parser's ``is_retweet`` (an "RT @name:" text or
    a ``retweeted_status`` / ``retweeted_status_id``, formats.md §2.4), or an "RT @" text where the flag is absent."""
    if event.kind != "twitter.tweet":
        return False
    return bool(event.attrs.get("is_retweet")) or (event.text or "").startswith(_RT_PREFIX)


#: a quotation: text of at least three words between a pair of quote marks, in the styles posts use — straight and
#: curly double quotes, German „…“ and »…«, French «…» (and the single ‹…› and ›…‹), Japanese 「…」 and 『…』 (Han or
#: kana characters, each counted as a word: :func:`.text.word_count`'s rule), and single quotes '…' and ‘…’ only where
#: they are balanced and word-bounded (:data:`_SINGLE`), so an apostrophe ("don't", "the boys' bikes") is never one.
#: Scare quotes round a word or two ("a 'great' day") are the writer's own.

def _quotation(start: str, stop: str) -> str:
    """A pattern for ``start`` … ``stop`` round at least three words, none of them holding a ``stop`` mark."""
    word = f"[^{stop}\\s]"
    return f"{start}[^{stop}\\n]*?{word}\\s+{word}+\\s+{word}[^{stop}\\n]*?[{stop}]"


#: the attribution right after a quotation, in brackets ("(Hurt, Johnny Cash)"): the song's and artist's names are
#: no words of the person's either ("Hurt" reads as negative)
_ATTRIBUTION = r"(?:\s*\([^()\n]{1,80}\))?"
#: Han ideographs and kana: a Japanese (or Chinese) quotation has no spaces between its words
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_QUOTED = re.compile("(?:" + "|".join([*(_quotation(start, stop) for start, stop in (
    ('"', '"'), ("“", "”"), ("„", "“”"), ("«", "»"), ("»", "«"), ("‹", "›"), ("›", "‹"))),
    *(f"{start}[^{stop}\\n]*?(?:[{_HAN_KANA}][^{stop}\\n]*?){{3}}{stop}" for start, stop in (("「", "」"),
                                                                                          ("『", "』")))])
    + ")" + _ATTRIBUTION)
#: single quotes, ASCII or curly: an opening mark after no letter, digit or other quote mark and before a non-space;
#: a closing one after a non-space and before no letter or digit; an apostrophe inside a word ("I'm") may stand
#: between them. Quoted by three words or more (:data:`_SINGLE_WORDS`), as the other marks are.
_SINGLE = re.compile(r"(?<![\w'‘’])(?:'(?=[^\s'])(?:[^'\n]|'(?=\w))*?(?<=\S)'(?!\w)|"
                     r"‘(?=[^\s’])(?:[^’\n]|’(?=\w))*?(?<=\S)’(?!\w))" + _ATTRIBUTION)
_SINGLE_WORDS = 3
#: the marks that can open a quotation (a text holding none is read as it is)
_MARKS = re.compile("[\"“„«»‹›‘'「『]")
#: hashtags that say the text quotes a song, a film or a saying (whatever the quote marks)
_QUOTE_TAGS = re.compile(r"#(?:lyrics?(?:oftheday|ofthe?week)?|nowplaying|np|songoftheday|quotes?(?:oftheday)?|qotd|"
                         r"wordsofwisdom|motivationalquotes?|inspirationalquotes?)\b", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_TAG_OR_MENTION = re.compile(r"[#@]\w+")


def _single_quoted(text: str) -> tuple[str, int]:
    """``text`` without its single-quoted quotations of at least :data:`_SINGLE_WORDS` words, and how many."""
    n = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal n
        inner = m.group(0)
        if len(inner.split(")")[0].split()) < _SINGLE_WORDS:  # scare quotes: the writer's own
            return inner
        n += 1
        return " "

    return _SINGLE.sub(cut, text), n


def own_words(text: str) -> tuple[str, bool]:
    """(the person's own words in ``text``, whether anything quoted was left out). Quotations in quote marks
    (:data:`_QUOTED`, :data:`_SINGLE`) are removed and the words around them kept; a text tagged as a quotation
    (:data:`_QUOTE_TAGS`: #lyricoftheday, #nowplaying, #quote …) with no quotation in marks is someone else's words
    entirely (``""``). A text whose only words were the quotation gives ``""``.

    ``'Everybody hurts sometimes' (R.E.M.) - timeless`` → ``("- timeless", True)``; ``Il a dit « je suis
    fatigué de tout » hier`` → ``("Il a dit hier", True)``; ``I don't know, it's fine`` → unchanged, False."""
    tagged = _QUOTE_TAGS.search(text) is not None
    if _MARKS.search(text) is None:
        return ("", True) if tagged else (text, False)
    rest, n = _QUOTED.subn(" ", text)
    if "'" in rest or "‘" in rest:
        rest, k = _single_quoted(rest)
        n += k
    if not n:
        return ("", True) if tagged else (text, False)
    if not _LETTERS.search(_TAG_OR_MENTION.sub(" ", rest)):
        return "", True
    return " ".join(rest.split()), True


# -- distinct texts -------------------------------------------------------------------------------------------------
#: distinct texts behind a finding's top item for high and for medium confidence (T27D L4): fewer, and it is as sure
#: as that many texts, not as their copies
DISTINCT_FOR_HIGH = 5
DISTINCT_FOR_MEDIUM = 2
_RANK = {Confidence.INSUFFICIENT: 0, Confidence.LOW: 1, Confidence.MEDIUM: 2, Confidence.HIGH: 3}


def text_digest(text: str) -> bytes:
    """An 8-byte digest of ``text`` with whitespace and case folded: one line repeated is one text."""
    return hashlib.blake2b(" ".join(text.split()).casefold().encode(), digest_size=8).digest()


class DistinctTexts:
    """The distinct texts seen per key (a category), at most :data:`DISTINCT_FOR_HIGH` digests each: bounded."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: dict[str, set[bytes]] = {}

    def add(self, key: str, digest: bytes) -> None:
        got = self.seen.get(key)
        if got is None:
            got = self.seen[key] = set()
        if len(got) < DISTINCT_FOR_HIGH:
            got.add(digest)

    def full(self, key: str) -> bool:
        """True once ``key`` holds :data:`DISTINCT_FOR_HIGH` digests: :meth:`add` keeps no more, so a caller need not
        digest a text for it."""
        got = self.seen.get(key)
        return got is not None and len(got) >= DISTINCT_FOR_HIGH

    def count(self, key: str) -> int:
        """Distinct texts of ``key`` (up to :data:`DISTINCT_FOR_HIGH`)."""
        return len(self.seen.get(key, ()))


def distinct_cap(conf: Confidence, distinct: int) -> tuple[Confidence, str]:
    """(``conf`` capped by the distinct texts behind it, the basis' addition or ``""``): under
    :data:`DISTINCT_FOR_HIGH` distinct texts medium at most, under :data:`DISTINCT_FOR_MEDIUM` low."""
    if distinct >= DISTINCT_FOR_HIGH or _RANK[conf] <= _RANK[Confidence.LOW]:
        return conf, ""
    capped = Confidence.LOW if distinct < DISTINCT_FOR_MEDIUM else Confidence.MEDIUM
    if _RANK[capped] >= _RANK[conf]:
        return conf, ""
    return capped, (f", but only {distinct} distinct text{'s' if distinct != 1 else ''} (≥ {DISTINCT_FOR_HIGH} for "
                    f"high, ≥ {DISTINCT_FOR_MEDIUM} for medium)")


# -- recent years ---------------------------------------------------------------------------------------------------
#: The years read as "now" by today's interests and by the trust score's behaviour rules: the export's last three
#: calendar years (the year of its latest dated record and the two before). Three because a credit reference agency
#: keeps a settled entry about that long: the German agencies' code of conduct ("Verhaltensregeln für die Prüf- und
#: Löschfristen von personenbezogenen Daten durch die deutschen Wirtschaftsauskunfteien", agreed with the data
#: protection authorities, 2018) erases a settled claim three years after it was settled (SCHUFA's FAQ "Was wird wann
#: gelöscht?"), so a mock score that held a teenager's 2012 tweets against the adult of 2024 read further back than
#: the scorers it mirrors; and three years of an active account hold enough records to rank interests. Older records
#: are said as an era.
RECENT_YEARS = 3


def recent_from(last_year: int) -> int:
    """The first year of the recent window ending with ``last_year`` (:data:`RECENT_YEARS` calendar years)."""
    return last_year - RECENT_YEARS + 1


def year_span(first: int, last: int) -> str:
    """``2012, 2014`` → ``"2012–2014"``; one year → ``"2012"``."""
    return str(first) if first == last else f"{first}–{last}"
