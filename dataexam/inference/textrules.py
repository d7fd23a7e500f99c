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
import heapq
import re
from functools import lru_cache
from itertools import pairwise

from ..events import Event
from ..lazyrx import lazy_compile
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


#: Attributions without quote marks. The shapes, from style guides and quote sites: an em dash (or the horizontal
#: bar, or "--") before the author's name, after the quotation or on the line below it (grammarhow.com "What dash is
#: used for quote attribution?", citing the Chicago Manual of Style: the source on the line after the quotation,
#: "sometimes" preceded by a dash; Goodreads' "“…” ― Oscar Wilde, The Picture of Dorian Gray"); a hyphen, en dash or
#: tilde in its place ("… - Mum", "… ~ Rumi"); and the bare name after the quotation's last sentence ("Be the change.
#: Gandhi"). A name: one to four capitalised words (particles such as "de", "van" between them, initials, a title
#: "Dr"), or "Mum", "my nan" and the like, or "Unknown"/"Anon", then an optional ", Work" after a long dash and an
#: optional "(…)"; at the end of the text, hashtags and emoji after it allowed.
_KIN = r"(?i:(?:my\s+)?(?:mum|mom|mam|mummy|mommy|dad|daddy|papa|mama|nan|nana|nanna|gran|granny|grandma|grandmother|" \
       r"grandpa|grandad|granddad|grandfather|grandmother|auntie|aunt|uncle|sister|brother|wife|husband|teacher|" \
       r"boss|coach))"
_CAP_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|la|le|du|of|the|al|el|bin|ibn|y)"
_NAME = (rf"(?:(?:{_KIN})|(?:(?:Dr|Mr|Mrs|Ms|Sir|St|Saint)\.?\s+)?{_CAP_WORD}"
         rf"(?:\s+(?:{_PARTICLE}\s+)?{_CAP_WORD}){{0,3}})")
#: what may follow a name to the end of the text: hashtags, mentions, emoji and punctuation
_TAIL = r"(?:\s*+(?:[#@]\w++|[^\w\s#@]))*+\s*+$"
#: after an attribution's mark, to the end of the text: the name, optionally ", Work" and "(…)", then tags or emoji
_NAME_TO_END = lazy_compile(rf"[ \t]*(?P<name>{_NAME})(?:,\s+[A-Z][^\n,]{{0,60}})?(?:\s*\([^()\n]{{1,80}}\))?{_TAIL}")
#: a kin word alone after the quotation's last sentence ("… . Mum")
_KIN_RX = re.compile(_KIN)
_KIN_TO_END = re.compile(rf"[ \t]+(?P<name>{_KIN}){_TAIL}")
#: what ends a sentence or a quotation before an attribution's mark
_ENDS = frozenset('.!?…"”’»')
_LONG_DASHES = ("—", "―", "--")
_SHORT_DASHES = ("-", "–", "~")
_DASH_CHARS = "".join(_SHORT_DASHES + _LONG_DASHES)
#: capitalised words that end a sentence of one's own rather than name a person: days, months, greetings, sign-offs
_NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today tonight tomorrow yesterday again done finally yes no
yay wow omg lol haha thanks thank cheers love hugs amazing brilliant awesome great perfect beautiful lovely
never always everyone anyone someone nobody everybody morning evening night christmas easter ok okay sorry
please enjoy go come see happy merry congrats congratulations rip same bliss goals mood vibes home day week
weekend year life time""".split())
#: word endings of one's own adjectives and participles ("Exhausted", "Buzzing", "Highly recommended")
_OWN_ENDINGS = ("ed", "ing", "ly")
#: ... and of nouns that sum up one's own sentence ("Couldn't sleep again. Insomnia"): a bare word so ending is no name
_NOUN_ENDINGS = ("ness", "tion", "sion", "ment", "ity", "ism", "ia", "ence", "ance", "ship", "dom")
_WORDS = re.compile(r"[^\W\d_]+")
#: a text can end in an attribution only where it holds a dash, a tilde or a line break, or ends in a kin word after a
#: sentence (its last 40 characters searched): most texts are passed by these two cheap checks
_HINT_CHARS = frozenset("—―~–-\n")
_KIN_HINT = re.compile(rf"[.!?…][ \t]+{_KIN}\W*$")
_CLOSING_MARKS = ('"', "”", "“", "»", "«", "’", "'", "」", "』", "›", "‹")
_COLON_REMARK = re.compile(r"[:：]\s")  # "My motto: …", "Words to live by: …" — the remark before the quotation

# ART9E (note45 "Texts"): whose words a name after a sentence closes. The rule:
# - a bare name on the quotation's own line ("Be the change. Gandhi", "Stay hungry, stay foolish. Steve Jobs") is an
#   attribution where the words before it are a saying: they open with a verb in the imperative that sayings open
#   with (_SAYING_OPENERS) and speak neither of the writer nor to the readers (_OWN_MOMENT, _OWN_LINE). A town or a
#   friend's name after one's own sentence ("Best holiday ever. Lisbon", "Thanks for a lovely evening everyone.
#   Sarah") stays own words: no list of names or towns is read on every text's path (TEXTS3: 20 ms to seconds per
#   new word), so a town after a slogan ("Keep calm and carry on. London") is read as its source;
# - a name after a dash is a sign-off, the poster's own name or a group's, not an attribution, where the text before
#   it speaks of the writer's own moment (tonight, this morning, "with the girls", a great night: _OWN_MOMENT) or the
#   name is signed with kisses ("— Sarah x"). The account's own name would settle more, but it is not known while
#   the texts stream (Facebook's profile name is an undated record, read after every dated one).
_SAYING_OPENERS = frozenset("""be stay live dream do don't dont never always keep let follow believe choose speak seek
forgive give try stop start learn remember judge trust fear walk treat act aim hope
sois soyez vis vivez aime aimez fais faites crois croyez garde suis sei seid lebe lebt liebe glaube gib träume bleib
bleibe sé vive vivid ama haz sigue cree sueña seja sê viva ame faça siga acredite sonhe""".split())  # the openers
# of sayings in English and in the languages the posts' sayings came in (French, German, Spanish, Portuguese);
# not a negation ("No", "Ne", "Não" open one's own lines too)
_SAYING_INITIALS = frozenset(w[0] for w in _SAYING_OPENERS) | frozenset(w[0].upper() for w in _SAYING_OPENERS)
#: the writer's own moment: the evening's words of a sign-off ("Great night with the girls. — Sarah Jones")
_OWN_MOMENT = re.compile(
    r"(?i)\b(?:tonight|this (?:morning|afternoon|evening|weekend)|last (?:night|weekend)|"
    r"with the (?:girls|boys|lads|gang|team|family|kids)|(?:great|fun|lovely|amazing|brilliant|good|best) "
    r"(?:night|evening|day|weekend|time) (?:with|out|at|in)\b|(?:great|fun|lovely|amazing|brilliant) "
    r"(?:night|evening|day|weekend)\W*$)")
#: … and the words of one's own line to readers, which a saying's are not ("Thanks for a lovely evening everyone")
_OWN_LINE = re.compile(r"(?i)\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|we|we're|we’re|we've|we’ve|us|our|everyone|"
                       r"everybody|guys|folks|thanks|thank you|today|yesterday|tomorrow|here|je|j'ai|mon|ma|mes|"
                       r"nous|ich|mein|meine|wir|uns|yo|mi|mis|nosotros|eu|meu|minha|nós|hoje|heute|aujourd'hui|"
                       r"hoy)(?![\w'’])|\d")
_KISSES = re.compile(r"[ \t]+(?:x+|xo+x*|x+o+)\W*$", re.IGNORECASE)
#: … and a line addressed to the people reading it, which a saying is not: a kin word or a name after it signs it off
#: (ART9F, T32B L2: "Thanks for coming everyone. Dad", "Love you all — Mum" were a saying's source). The address is
#: the line's last words, as one calls to people ("Night everyone!", "Love you all"): "everyone" inside a saying
#: ("Be yourself; everyone else is already taken") and a lyric's "Thank you for the days" speak to no one
_ADDRESSED = re.compile(r"(?i)(?<![\w'’])(?:everyone|everybody|you all|y'all|y’all|all of you|you guys|you both|"
                        r"both of you|guys|folks|you lot)(?:[ \t,]+(?:x+|xo+x*|x+o+))?[^\w]*$")
#: kisses ending the line before a sign-off's mark ("… see you tomorrow x — Emma")
_KISSES_BEFORE = re.compile(r"(?:^|[ \t,.!])(?:x+|xo+x*|x+o+)[\W]*$", re.IGNORECASE)


def _attribution_marks(text: str) -> list[tuple[int, bool | str]]:
    """Where an attribution could begin, the last of each shape only (an attribution ends the text): (the index
    after its mark, False for a dash, True for a bare name on its own line, "kin" for a kin word after a sentence).
    A long dash after a space or a sentence's end; a hyphen, en dash or tilde after a sentence's end, at the start
    of a line, or (a tilde) after a space — never inside a sentence ("I said - no way", "Lunch in town - Leeds")."""
    out: list[tuple[int, bool | str]] = []
    # each mark's last place by rfind calls spelled out (a generator over the marks was most of a texts's cost where
    # it holds a dash or a line break; issue 16): the _LONG_DASHES "—", "―", "--" and the _SHORT_DASHES "-", "–", "~"
    double = text.rfind("--")
    long = max(text.rfind("—"), text.rfind("―"), double)  # two marks never start at one place
    if long > 0 and (text[long - 1].isspace() or text[long - 1] in _ENDS):
        out.append((long + (2 if long == double else 1), False))
    short = max(text.rfind("-"), text.rfind("–"), text.rfind("~"))
    if short > 0:
        lead = text[:short].rstrip(" \t")
        if lead and (lead[-1] in _ENDS or lead[-1] == "\n" or (text[short] == "~" and text[short - 1].isspace())):
            out.append((short + 1, False))
    body = text.rstrip()
    line = body.rfind("\n")
    if line > 0 and body[:line].rstrip()[-1:] in _ENDS:
        out.append((line + 1, True))
    end = max(body.rfind("."), body.rfind("!"), body.rfind("?"), body.rfind("…"))
    if 0 < end < len(body) - 1 and body[end + 1] in " \t":
        out.append((end + 1, "kin"))
        if _saying(body[:end]):
            out.append((end + 1, "saying"))
    return out


def _maybe_saying(text: str) -> bool:
    """Whether ``text`` may be a saying with its source's bare name on its line (:func:`_saying`): it opens with
    one of :data:`_SAYING_OPENERS` and a sentence ends in it before a space. Cheap checks first: this runs on most
    texts (issue 16)."""
    return (text[:1] in _SAYING_INITIALS
            and text[:7].partition(" ")[0].casefold().rstrip(",;:") in _SAYING_OPENERS
            and (". " in text or "! " in text or "? " in text or "… " in text))


def _saying(before: str) -> bool:
    """Whether the words before a bare name on their own line are a saying: a line opening with a verb sayings
    open with (:data:`_SAYING_OPENERS`: "Be the change", "Stay hungry, stay foolish") that speaks neither of the
    writer's own moment nor to the readers, and holds no number (:data:`_OWN_MOMENT`, :data:`_OWN_LINE`: "Be there
    at 8. Sarah" is a message)."""
    line = before[before.rfind("\n") + 1:].lstrip()
    first = line.split(None, 1)[0].casefold().strip(",;:") if line else ""
    return first in _SAYING_OPENERS and _OWN_MOMENT.search(line) is None and _OWN_LINE.search(line) is None


def _signed_off(before: str, after: str) -> bool:
    """Whether a name after a dash (or a kin word after a sentence) signs the poster's own text off rather than
    attributes a quotation: kisses after it ("— Sarah x") or before its mark ("… see you tomorrow x — Emma"), the
    text before speaking of the writer's own moment (:data:`_OWN_MOMENT`: "Great night with the girls. — Sarah
    Jones"), or its last line addressed to the people reading it (:data:`_ADDRESSED`: "Thanks for coming everyone.
    Dad", "Love you all — Mum"; a saying speaks to no one in particular)."""
    line = before.rstrip().rstrip(_DASH_CHARS).rstrip()
    line = line[line.rfind("\n") + 1:]
    return (_KISSES.search(after) is not None or _OWN_MOMENT.search(before) is not None
            or _ADDRESSED.search(line) is not None or _KISSES_BEFORE.search(line) is not None)


@lru_cache(maxsize=1)
def _sentiment_words() -> frozenset[str]:
    """VADER's lexicon words (7,506: "great", "exhausted", "sick"): a word of feeling is no one's name."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return frozenset(SentimentIntensityAnalyzer().lexicon)


def _name_like(name: str, bare: bool) -> bool:
    """Whether the words after an attribution's mark are a person's name or a kin word ("Oscar Wilde", "Mum"),
    not a word of one's own ("Friday", "Thanks", "Amazing", and for a bare name "Insomnia")."""
    found = _WORDS.findall(name)
    words = [w.casefold() for w in found]
    if not words or not _NOT_NAMES.isdisjoint(words):
        return False
    kin = _KIN_RX.fullmatch(name.strip()) is not None
    if not kin and any(w in _sentiment_words() or (len(f) > 4 and w.endswith(_OWN_ENDINGS))
                       for f, w in zip(found, words)):
        return False  # "Such a long day — Exhausted": a word of feeling, not a name
    if bare and len(words) == 1 and not kin:
        return not words[0].endswith(_NOUN_ENDINGS)
    return True


def _attributed(text: str) -> tuple[str, bool]:
    """(``text`` without an unmarked quotation and its attribution, whether an unmarked one was found). The
    quotation is what stands before the attribution: after the remark's colon where there is one ("My motto: …"),
    else all of it (a remark before it in the same run of sentences cannot be told from the quotation: read as
    quoted too). A quotation of fewer than three words is no quotation ("Wow. Sarah" stays). A quotation in marks
    before the attribution (“…” — Oscar Wilde) loses only the attribution here; the marks' rule takes the rest."""
    if _HINT_CHARS.isdisjoint(text) and _KIN_HINT.search(text[-40:]) is None and not _maybe_saying(text):
        return text, False
    for at, bare in _attribution_marks(text):
        m = (_KIN_TO_END if bare == "kin" else _NAME_TO_END).match(text, at)
        if m is None or not _name_like(m.group("name"), bare is not False):
            continue
        if bare in (False, "kin") and _signed_off(text[:at], text[m.end("name"):]):
            continue  # a sign-off: the poster's own words
        before = text[:at].rstrip().rstrip(_DASH_CHARS).rstrip()
        if before.endswith(_CLOSING_MARKS):
            return before, False
        remark = ""
        colons = list(_COLON_REMARK.finditer(before))
        if colons and len(before[colons[-1].end():].split()) >= _SINGLE_WORDS:
            remark, before = before[:colons[-1].start()], before[colons[-1].end():]
        if len(before.split()) < _SINGLE_WORDS:
            continue
        return remark, True
    return text, False


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
    original = text
    text, attributed = _attributed(text)  # an unmarked quotation with its attribution, or a marked one's name
    if attributed and not _LETTERS.search(_TAG_OR_MENTION.sub(" ", text)):
        return "", True
    if _MARKS.search(text) is None:
        if attributed:
            return " ".join(text.split()), True
        return ("", True) if tagged else (text, False)
    rest, n = _QUOTED.subn(" ", text)
    if "'" in rest or "‘" in rest:
        rest, k = _single_quoted(rest)
        n += k
    if not n:
        if attributed:
            return " ".join(text.split()), True
        return ("", True) if tagged else (original, False)
    if not _LETTERS.search(_TAG_OR_MENTION.sub(" ", rest)):
        return "", True
    return " ".join(rest.split()), True


# -- one reading of a text, shared by its readers --------------------------------------------------------------------
#: texts whose :class:`TextReading` is kept: the aggregators of one record ask about its text one after another
#: (:func:`.engine.run` hands each record to them in turn), so a few texts suffice; the table is emptied when full
READINGS_MAX = 64


class TextReading:
    """What several readers of one text need of it, each worked out once, on first use (PERF17, issue 16: the
    ``text``, ``interests`` and life-event readers each called :func:`own_words` on the same post, 6,626 calls on
    4,788 own texts of the demo, and lower-cased it apart).

    ``text``: the text read. :attr:`own`: :func:`own_words` of it, ``(own words, whether anything quoted was left
    out)``; :attr:`lowered`: ``text.lower()``. Pure functions of ``text``: a reading gives the very values the
    functions give (``tests/test_text_reading_perf17.py``)."""

    __slots__ = ("_lowered", "_own", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._own: tuple[str, bool] | None = None
        self._lowered: str | None = None

    @property
    def own(self) -> tuple[str, bool]:
        """:func:`own_words` of the text."""
        own = self._own
        if own is None:
            own = self._own = own_words(self.text)
        return own

    @property
    def lowered(self) -> str:
        """The text lower-cased (``str.lower``)."""
        lowered = self._lowered
        if lowered is None:
            lowered = self._lowered = self.text.lower()
        return lowered


_READINGS: dict[str, TextReading] = {}


def reading_of(text: str) -> TextReading:
    """The shared :class:`TextReading` of ``text`` (equal texts share one), at most :data:`READINGS_MAX` kept:
    bounded, no per-record list. The record's aggregators ask in turn, so the second and later find it here."""
    reading = _READINGS.get(text)
    if reading is None:
        if len(_READINGS) >= READINGS_MAX:
            _READINGS.clear()
        reading = _READINGS[text] = TextReading(text)
    return reading


# -- distinct texts -------------------------------------------------------------------------------------------------
#: distinct texts behind a finding's top item for high and for medium confidence (T27D L4): fewer, and it is as sure
#: as that many texts, not as their copies
DISTINCT_FOR_HIGH = 5
DISTINCT_FOR_MEDIUM = 2


def text_digest(text: str) -> bytes:
    """An 8-byte digest of ``text`` with whitespace and case folded: one line repeated is one text."""
    return hashlib.blake2b(" ".join(text.split()).casefold().encode(), digest_size=8).digest()


class DistinctTexts:
    """The distinct texts seen per key (a category), at most :data:`DISTINCT_FOR_HIGH` digests each: bounded."""

    __slots__ = ("filled", "seen")

    def __init__(self) -> None:
        self.seen: dict[str, set[bytes]] = {}
        # the keys holding DISTINCT_FOR_HIGH digests (read in a record's loop over its categories: ``key in filled``)
        self.filled: set[str] = set()

    def add(self, key: str, digest: bytes) -> None:
        got = self.seen.get(key)
        if got is None:
            got = self.seen[key] = set()
        if len(got) < DISTINCT_FOR_HIGH:
            got.add(digest)
            if len(got) == DISTINCT_FOR_HIGH:
                self.filled.add(key)

    def full(self, key: str) -> bool:
        """True once ``key`` holds :data:`DISTINCT_FOR_HIGH` digests: :meth:`add` keeps no more, so a caller need not
        digest a text for it (:attr:`filled` holds these keys)."""
        return key in self.filled

    def count(self, key: str) -> int:
        """Distinct texts of ``key`` (up to :data:`DISTINCT_FOR_HIGH`)."""
        return len(self.seen.get(key, ()))


def text_hash(text: str) -> int:
    """:func:`text_digest` as a 64-bit unsigned integer (uniform over [0, 2**64): :class:`DistinctSketch`'s order)."""
    return int.from_bytes(text_digest(text), "big")


class DistinctSketch:
    """How many distinct texts were seen, in bounded memory: the ``k`` smallest :func:`text_hash` values (a bottom-k
    or "k minimum values" sketch: Bar-Yossef, Jayram, Kumar, Sivakumar & Trevisan, "Counting distinct elements in a
    data stream", RANDOM 2002; Beyer, Haas, Reinwald, Sismanis & Gemulla, "On synopses for distinct-value estimation
    under multiset operations", SIGMOD 2007). Exact while at most ``k`` distinct texts were seen; beyond, the
    estimate (k − 1) / u_k, u_k the k-th smallest hash as a fraction of 2**64 (relative standard error ≈ 1/√(k − 2):
    5.8 % at k = 300, 3.1 % at k = 1,024). The kept hashes are a uniform sample of the distinct texts, each text once
    however often it was posted; a copy of a kept text is recognised (:meth:`add` → ``"copy"``)."""

    __slots__ = ("_heap", "_kept", "_overflowed", "k")

    def __init__(self, k: int) -> None:
        self.k = k
        self._heap: list[int] = []  # the kept hashes, negated: the largest kept one on top
        self._kept: set[int] = set()
        self._overflowed = False  # some distinct text was left out: the count is an estimate

    def add(self, h: int) -> tuple[str, int | None]:
        """Offer one text's :func:`text_hash`: (``"new"`` kept, ``"copy"`` of a kept text, or ``"out"`` not among
        the ``k`` smallest; the hash it pushed out of the sketch, or None)."""
        if h in self._kept:
            return "copy", None
        if len(self._heap) < self.k:
            heapq.heappush(self._heap, -h)
            self._kept.add(h)
            return "new", None
        self._overflowed = True
        if h >= -self._heap[0]:
            return "out", None
        evicted = -heapq.heapreplace(self._heap, -h)
        self._kept.discard(evicted)
        self._kept.add(h)
        return "new", evicted

    def count(self) -> float:
        """Distinct texts seen: exact up to ``k``, else the estimate (k − 1) / u_k."""
        if not self._overflowed:
            return float(len(self._heap))
        return (self.k - 1) / ((-self._heap[0] + 1) / 2**64)


def distinct_cap(conf: Confidence, distinct: int) -> tuple[Confidence, str]:
    """(``conf`` capped by the distinct texts behind it, the basis' addition or ``""``): under
    :data:`DISTINCT_FOR_HIGH` distinct texts medium at most, under :data:`DISTINCT_FOR_MEDIUM` low."""
    if distinct >= DISTINCT_FOR_HIGH or conf.rank <= Confidence.LOW.rank:
        return conf, ""
    capped = Confidence.LOW if distinct < DISTINCT_FOR_MEDIUM else Confidence.MEDIUM
    if capped.rank >= conf.rank:
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


#: a stretch without any record this long (months) or longer is named ("nothing from Jan 2020 to May 2024")
GAP_MONTHS = 24
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


class YearMonths:
    """The first and last month with a record of each calendar year (bounded: one pair per year), to say where the
    recent window's records really begin and to name a long stretch without any (T32A L2: "Since 2023, you write
    most about …" for someone with no text from 2020 to June 2024)."""

    def __init__(self) -> None:
        self.months: dict[int, list[int]] = {}

    def add(self, year: int, month: int) -> None:
        span = self.months.get(year)
        if span is None:
            self.months[year] = [month, month]
        elif month < span[0]:
            span[0] = month
        elif month > span[1]:
            span[1] = month

    def since(self, since: int) -> tuple[str, str | None]:
        """(the recent window's start in words, its month "YYYY-MM" or None): ``"2023"`` where its first record is
        in January of ``since``, else the month of its first record (``"June 2024"``, ``"2024-06"``; a January by
        its year alone: ``"2024"``, ``"2024-01"``); a window without a record is said by its year."""
        first = min((y for y in self.months if y >= since), default=None)
        if first is None or (first == since and self.months[first][0] == 1):
            return str(since), None
        said = f"{first:04d}-{self.months[first][0]:02d}"
        return month_words(said, since), said

    def __len__(self) -> int:
        return len(self.months)

    def gap(self) -> str | None:
        """The longest stretch of ≥ :data:`GAP_MONTHS` months without a record, between the first and the last
        record, in words ("nothing from January 2020 to May 2024"), else None."""
        marks = sorted((y, a, b) for y, (a, b) in self.months.items() if y)
        best: tuple[int, tuple[int, int], tuple[int, int]] | None = None
        for (y1, _a1, b1), (y2, a2, _b2) in pairwise(marks):
            months = (y2 * 12 + a2) - (y1 * 12 + b1) - 1
            if months >= GAP_MONTHS and (best is None or months > best[0]):
                best = (months, (y1, b1), (y2, a2))
        if best is None:
            return None
        (y1, m1), (y2, m2) = best[1], best[2]
        start = (y1, m1 + 1) if m1 < 12 else (y1 + 1, 1)
        end = (y2, m2 - 1) if m2 > 1 else (y2 - 1, 12)
        return f"nothing from {_MONTHS[start[1] - 1]} {start[0]} to {_MONTHS[end[1] - 1]} {end[0]}"


def month_words(month: str | None, year: object) -> str:
    """``"2024-06"`` → ``"June 2024"``, ``"2024-01"`` → ``"2024"`` (a window's first month, :meth:`YearMonths.since`);
    without one, ``year`` as it is ("2023")."""
    if isinstance(month, str) and len(month) == 7 and month[4] == "-" and month[5:].isdigit():
        return month[:4] if month[5:] == "01" else f"{_MONTHS[int(month[5:]) - 1]} {month[:4]}"
    return str(year)


def year_span(first: int, last: int) -> str:
    """``2012, 2014`` → ``"2012–2014"``; one year → ``"2012"``."""
    return str(first) if first == last else f"{first}–{last}"
