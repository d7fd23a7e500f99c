"""Special-category (GDPR Art. 9) terms beyond the keyword map: brands, compounds, punctuation, other scripts.

The keyword map (:data:`dataexam.categories.CATEGORIES`) matches whole ASCII-like words only, so the twenty-ninth
pass's third tester (T29C H1–H6, M1) found a person's diabetes told by 23 of 46 Amazon.de orders ("Accu-Chek Guide
Teststreifen", "BD Micro-Fine Ultra Pen-Nadeln", "Dexcom G7 Sensor") quoted, counted and scored by default, a
pregnancy told by "Ginger Chews for Nausea Relief" and "Kindred Bravely … Nursing Bra", "عيد مبارك" beside a withheld
"Eid Mubarak", a page "ver.di", a Facebook interest "Social democracy" and a German compound ("Blutdruckmessgerät",
"Hörgerätebatterien", "Gebetsteppich") all read as nothing special. These lists are matched *beside* the map, by
:func:`find`, and :func:`dataexam.categories.keyword_matches` adds what they find to the sensitive categories, so
every reader of the map (the gate, the purchases left out, the sensitive-signal counts, the platform comparison,
contact names) sees them alike.

A term is written in lower case and is one of

- ``"word"`` or ``"two words"``: whole words (not inside a longer word; ``'`` matches ``'`` and ``’``); in a
  phrase, ``#`` is a number, in digits or as a word up to twelve ("week # on e": "Week 10 on E", "week one on E";
  never a phrase's first word), and a phrase ending in one letter ("weeks on t") counts only where that letter
  stands alone, not as the first letter of a hyphened word ("weeks on T-Mobile", "Week 3 on e-bikes");
- ``"stem*"``: a word starting with the stem ("diabet*": Diabetes, Diabetiker, diabetico, diabetic);
- ``"*part*"``: anywhere, also inside a compound ("*hörgerät*": Hörgerätebatterien, Im-Ohr-Hörgerät);
- a term in a script written without spaces (Japanese, Chinese, Thai) matches anywhere.

Sources, per list: the categories' own vocabulary in the languages of the marketplaces read (Amazon .com/.co.uk,
.de, .fr, .it, .es, .co.jp, .in: formats.md §3) and of the languages detected in posts (:mod:`.inference.language`);
medical-supply and drug names as WHO's INN list names the drugs (metformin, minoxidil, finasteride, sildenafil,
levonorgestrel) and as the manufacturers name their products (Accu-Chek, FreeStyle Libre, Dexcom, OneTouch, Contour
Next, Omnipod, Nicorette, NicoDerm, Rogaine/Regaine, Monistat, Canesten, Preparation H, TENA, Lansinoh, Medela,
Phonak, Oticon); Facebook's and X's declared interest names seen in the testers' inputs ("Social democracy",
"Trade union", "Diabetes awareness"); party and union names from the parties' and unions' own names (SPD, CDU, CSU,
AfD, FDP, Die Linke, Bündnis 90/Die Grünen, Jusos; ver.di, IG Metall, DGB; PSOE; CGIL, CISL; 自民党 …). Each term is
specific to its category: a word with an everyday or other sense is left out or written as a phrase ("enceinte" is a
loudspeaker in French: only "femme enceinte"; "Messe" a trade fair in German: only "la messe"; "عيد" alone is a
birthday too: only "عيد مبارك"; "audífonos" are headphones in Latin America; "Verdi" is the composer: only "ver.di";
"podemos", "vox", "unison" are words). A term here withholds rather too much than too little, as the map does.

Strikes (ART41: one policy in every language read). Art. 9(1) names trade-union membership; a strike is the union's
act, and its noun in the singular reads union alone, as the map's English "strike" always has: "strike", German
"Streik", French "grève", Spanish "huelga", Italian "sciopero", Portuguese "greve", Turkish "grev", Arabic "إضراب",
Hebrew "שביתה", Hindi "हड़ताल", Russian "забастовка", Ukrainian "страйк", Serbian "штрајк", Chinese "罢工", Japanese
"ストライキ" (Dutch "staking" is also crypto's English word: only "in staking", "algemene staking"). Not in its other
senses: a hunger strike, a ceasefire, a hit or a find ("strike a deal"), the shore ("sur la grève"), "huelga decir"
(needless to say), and a strike of transport or a public service met as a traveller or a customer ("rail strike",
"grève SNCF", "huelga de metro", "sciopero dei treni", "إضراب النقل", "שביתה ברכבת": :mod:`.everyday`,
:mod:`.shapes`), an airline's strike or one in a sentence with a flight or a train cancelled ("Streik bei der
Lufthansa, Flug gestrichen", "vol annulé à cause de la grève", "huelga, vuelo cancelado", "罢工导致航班取消"; ART42:
or with an airport's name, "stuck at Heathrow, BA strike"), a thing on strike — a device, a vehicle or a body part
that does not work ("my laptop is on strike", "my knee is on strike", "ma voiture fait grève", "mi coche está en
huelga", "Принтер объявил забастовку", "我的电脑罢工了", "سيارتي في إضراب", "המחשב שלי בשביתה"), in each language the
noun is read in (FIXART2: :data:`EVERYDAY_PATTERNS` "things on strike …", "travellers' strikes"), and (ART42, the
same patterns) a pet, a body part or a faculty on strike after a possessive of one owner ("my cat is on strike", "my
motivation is on strike", "mi móvil se ha puesto en huelga"). Only nouns of these known classes read none (FIXART3:
the error falls on union's side, as a missed union text leaks it): a noun the package does not know — a brand, a
workplace, a trade its lists lack ("my Starbucks is on strike", "my bin men are on strike") — stays union, and so
do people striking after a possessive in the verb's third person ("meine Kollegen streiken", "mijn collega's
staken", "наши учителя бастуют": :func:`.shapes.shaped`); and bowling's and baseball's strike ("bowled a
strike", "strike three", a strike beside the frame or the pitch: "sports' strikes"). The person's own strike stays
union beside them ("je suis en grève, vol annulé", "my car and I are on strike", "我们罢工了"), and so do people on
strike ("my colleagues are on strike", "our school is on strike").
The plural ("strikes", "Streiks", "إضرابات", "שביתות": news of strikes) and the verbs read union
only in the person's part: joining, backing or calling them "our" strikes, "I'm striking", "wir streiken", "אני שובת",
"نحن مضربون عن العمل" (:func:`.shapes.shaped`), also with words between the pronoun and the verb or the verb first
(ART42: "Als Lehrerin streike ich", "Wir Piloten streiken", "we teachers are striking": ``STRIKING_FIRST_PERSON``).
ART43: colleagues are the person's by the word itself ("die Kollegen streiken", "collega's staken", "colleagues are
striking": ``COLLEAGUES_STRIKING``); a German "-streik" compound reads as the noun ("Lehrerstreik", "Verdi-Streik"),
a hunger strike's and a service's apart ("Hungerstreik", "Bahnstreik": ``DE_STRIKE_COMPOUND``); a traveller's strike
is the person's where she says she takes part after it ("Streik am Flughafen: ich bin dabei"), and "striking" in its
other senses is none ("I will be striking a pose").

Negation (ART41: one policy for every category and every language). No negation is read: "I won't join the strike",
"I'm not going to the union meeting", "لن أشارك في الإضراب" and "לא הצטרפתי לשביתה" read union, as "I do not have
cancer" reads health — the gate reads a text's words, not its grammar, and withholds a text that names the union's
act rather than decide from a "not" that it is none of the person's. A negation that parts a shape's words leaves
no shape ("I'm not striking", "אני לא שובת": the pronoun no longer stands before the verb) and reads what its other
words read; so does one right after a third person's verb, where German, Dutch and the Scandinavian languages put it
(ART45: "die Kollegen streiken nicht", "de collega's staken niet", "kollegorna strejkar inte" say what "die Kollegen
werden nicht streiken" says; "nicht nur", not only, says they do). A term keeps its word: "ich streike nicht" reads
union by "streike", as "I won't join the strike" by "strike".
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import lru_cache
from itertools import groupby, pairwise
from typing import Any, NamedTuple

import ahocorasick

# The tables and the shape rules live in modules per concern; the public names are read from here, as before the
# split (``from dataexam.special_terms import TERMS``, ``special_terms.shaped``).
from .everyday import ANSWER_GOES_ON as ANSWER_GOES_ON
from .everyday import ANSWER_TAKEN_BACK as ANSWER_TAKEN_BACK
from .everyday import ELLIPSES as ELLIPSES
from .everyday import EVERYDAY_CONTEXT as EVERYDAY_CONTEXT
from .everyday import EVERYDAY_NOT_AFTER as EVERYDAY_NOT_AFTER
from .everyday import EVERYDAY_NOT_BEFORE as EVERYDAY_NOT_BEFORE
from .everyday import EVERYDAY_PATTERNS as EVERYDAY_PATTERNS
from .everyday import EVERYDAY_PHRASES as EVERYDAY_PHRASES
from .everyday import EVERYDAY_SENSES as EVERYDAY_SENSES
from .everyday import FIRM_PHRASES as FIRM_PHRASES
from .everyday import NAMES_ONLY as NAMES_ONLY
from .everyday import OWN_ANSWER as OWN_ANSWER
from .everyday import PATTERNED as PATTERNED
from .everyday import STREETS_ONLY as STREETS_ONLY
from .everyday import EverydayPattern as EverydayPattern
from .everyday import EverydaySense as EverydaySense
from .everyday import union_answer_goes_on as union_answer_goes_on
from .latin import TERMS as TERMS
from .other_scripts import OTHER_SCRIPTS as OTHER_SCRIPTS
from .shapes import AR_STRIKING_FROM_WORK as AR_STRIKING_FROM_WORK
from .shapes import HOMILY as HOMILY
from .shapes import HOMILY_WORSHIP as HOMILY_WORSHIP
from .shapes import MASS_AT_ADDRESS as MASS_AT_ADDRESS
from .shapes import MASS_AT_LOWER as MASS_AT_LOWER
from .shapes import MASS_AT_TIME as MASS_AT_TIME
from .shapes import MESSE_WORSHIP as MESSE_WORSHIP
from .shapes import SERVICE_WORDS as SERVICE_WORDS
from .shapes import STRIKE_TAKEN_PART as STRIKE_TAKEN_PART
from .shapes import STRIKES_JOINED as STRIKES_JOINED
from .shapes import shaped as shaped
from .transition_politics import GENDER_TRANSITION as GENDER_TRANSITION
from .transition_politics import POLITICAL_SHAPES as POLITICAL_SHAPES

#: the phrases of the two families above, which a run-together @handle is not read for (``categories.special_value``
#: squeezes a term's spaces out: "days on t" would be "daysont", inside "@holidaysontheroad")
NOT_IN_HANDLES: frozenset[str] = frozenset(t for family in (GENDER_TRANSITION, POLITICAL_SHAPES)
                                           for terms in family.values() for t in terms if " " in t)
for _family in (GENDER_TRANSITION, POLITICAL_SHAPES):
    for _category, _terms in _family.items():
        TERMS[_category] = TERMS[_category] + _terms
for _lists in OTHER_SCRIPTS.values():
    for _category, _terms in _lists.items():
        TERMS[_category] = TERMS[_category] + tuple(t for t in _terms if t not in TERMS[_category])



# scripts written without spaces between words: a term in one matches anywhere
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")

#: the Latin-script languages the lists are written in (module text: the marketplaces' languages, and the parties and
#: causes of Portugal, Brazil, the Netherlands and Turkey); another Latin-script language is read only where it shares
#: a term's spelling with one of them ("diabet*")
LATIN_LANGUAGES = frozenset({"en", "de", "fr", "it", "es", "pt", "nl", "tr"})
#: ISO 15924 script → the first word of Unicode's names of its letters, where CLDR's English script name is not it
_SCRIPT_WORDS = {"Hans": ("CJK",), "Hant": ("CJK",), "Hani": ("CJK",), "Jpan": ("CJK", "HIRAGANA", "KATAKANA"),
                 "Kore": ("HANGUL",), "Beng": ("BENGALI",), "Orya": ("ORIYA",), "Mymr": ("MYANMAR",)}


def _term_scripts(term: str) -> str | None:
    letter = next((ch for ch in term if ch.isalpha()), None)
    return unicodedata.name(letter, "").split(" ")[0] if letter is not None else None


@lru_cache(maxsize=64)
def categories_read(language: str) -> tuple[str, ...]:
    """The Art. 9 categories of :data:`TERMS` (in its order) whose lists hold a term of ``language`` (an ISO 639
    code, "ru", "zh-Hant", "hi-Latn"): for a Latin-script language, every category where it is one of
    :data:`LATIN_LANGUAGES`, else none (a shared spelling aside); for a language written in another script (CLDR's
    likely script: "ru" → Cyrillic, "zh" → Han), the categories its own list in :data:`OTHER_SCRIPTS` holds a term
    of, in that script — per language, not per script (ART9F, T32B M10: Chinese was "read for health, religion,
    politics and union" by Japanese kanji; Nepali, Marathi, Belarusian or Korean, with no list, are read for none).
    The keyword map (categories.py) reads English alone. Shape: ``("health", "religion", …)``."""
    from babel import Locale
    from babel.core import get_global

    base, _, script = language.replace("_", "-").partition("-")
    base = base.lower()
    if not script or len(script) != 4:
        likely = str(get_global("likely_subtags").get(base, ""))
        script = next((p for p in likely.split("_") if len(p) == 4 and p.isalpha()), "Latn")
    script = script.title()
    if script == "Latn":
        return tuple(TERMS) if base in LATIN_LANGUAGES else ()
    words = _SCRIPT_WORDS.get(script) or (str(Locale("en").scripts.get(script, script)).upper(),)
    own = OTHER_SCRIPTS.get(base, {})
    return tuple(c for c in TERMS if any(_term_scripts(t) in words for t in own.get(c, ())))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _phrase_pattern(phrase: str, defer: bool = False) -> str:
    r"""A phrase as a regex: a space matches spaces or hyphens, ' matches ' and ’, an accented letter also its
    plain letter ("cáncer" is also "cancer"); with its :data:`EVERYDAY_CONTEXT` (the characters it is no look-alike
    after or before) and :data:`EVERYDAY_NOT_BEFORE` (the words it is no look-alike before). With ``defer``, a long
    :data:`EVERYDAY_NOT_BEFORE` (:func:`_deferred`) is an empty group instead, checked after the match
    (:func:`everyday_spans`)."""
    before, after = EVERYDAY_CONTEXT.get(phrase, ("", ""))
    out = [f"(?<![{before}])" if before else ""]
    for char in phrase:
        plain = unicodedata.normalize("NFKD", char)[0]
        if char == " ":
            out.append(r"[\s-]+")
        elif char == "'":
            out.append("['’]")
        elif plain != char:
            out.append(f"[{char}{plain}]")
        else:
            out.append(re.escape(char))
    if after:
        out.append(f"(?![{after}])")
    if defer and _deferred(phrase):
        out.append("()")
    elif phrase in EVERYDAY_NOT_BEFORE:
        out.append(f"(?!{EVERYDAY_NOT_BEFORE[phrase]})")
    if phrase in EVERYDAY_NOT_AFTER:
        out.insert(0, "".join(f"(?<!{re.escape(word)})" for word in EVERYDAY_NOT_AFTER[phrase]))
    return "".join(out)


# (the admission phrases are read by their pattern, EVERYDAY_PATTERNS["admissions"]: everyday.PATTERNED, ART55)
_BY_LENGTH = sorted((p for p in EVERYDAY_PHRASES if p not in PATTERNED), key=len, reverse=True)


def _factored(phrases: list[str]) -> str:
    """``phrases`` as an alternation, in order, each with its lookaheads (:func:`_phrase_pattern`), a long
    :data:`EVERYDAY_NOT_BEFORE` (:func:`_deferred`) written once after each run of phrases that share it:
    "p1(?!L)|p2(?!L)" and "(?:p1|p2)(?!L)" match alike (the same alternatives in the same order, each followed by
    the check). ART65 (PERF, T58C 4): written into each phrase the whole regex was 6.3 million characters, 46–70 s to
    compile (tests/test_hot_path.py, test_art9_lookalikes.py); so 0.8 million."""
    parts = []
    for check, run in groupby(phrases, key=lambda p: EVERYDAY_NOT_BEFORE[p] if _deferred(p) else None):
        if check is None:
            parts += [_phrase_pattern(p) for p in run]
        else:
            parts.append("(?:" + "|".join(_phrase_pattern(p, defer=True)[:-2] for p in run) + ")(?!" + check + ")")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _everyday_rx() -> re.Pattern[str]:
    """:data:`EVERYDAY_RX`, compiled once when first read."""
    return re.compile(
        r"(?<![\w-])(?:" + _factored([p for p in _BY_LENGTH if not _UNSPACED.search(p)]) + r")(?![\w-])|"
        + _factored([p for p in _BY_LENGTH if _UNSPACED.search(p)]))


def __getattr__(name: str) -> re.Pattern[str]:
    """``EVERYDAY_RX``: :data:`EVERYDAY_PHRASES` as one regex over lower-cased text (longest first; whole words, a
    phrase of a script without spaces anywhere). Compiled on first use: its 80,000 characters were 0.1–0.2 s of every
    report's start-up (issue 16), and a text's categorising reads only the cut of it its words call for
    (:func:`everyday_rx`); only a cut title's check (``categories._cut_everyday``) reads it whole."""
    if name == "EVERYDAY_RX":
        return _everyday_rx()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_RUN = re.compile(r"\w+")


def _plain(lowered: str) -> str:
    """``lowered`` with its letters' accents taken off (each letter as :func:`_phrase_pattern` also matches it)."""
    return lowered if lowered.isascii() else _MARKS.sub("", unicodedata.normalize("NFKD", lowered))


def _key(phrase: str) -> str:
    """What a text must hold for ``phrase`` to be in it: a spaced phrase's first word without its accents (a
    ``\\w`` run: "parkinson" of "parkinson's law", "co" of "co-op campaign"), an unspaced one's first letter."""
    if _UNSPACED.search(phrase):
        return phrase[0]
    run = _RUN.search(_plain(phrase))
    return run.group(0) if run else phrase


# the phrases by :func:`_key` (spaced: a text's words; unspaced: its letters), each list longest first
_SPACED_BY_KEY: dict[str, list[str]] = {}
_UNSPACED_BY_KEY: dict[str, list[str]] = {}
for _phrase in _BY_LENGTH:
    (_UNSPACED_BY_KEY if _UNSPACED.search(_phrase) else _SPACED_BY_KEY).setdefault(_key(_phrase), []).append(_phrase)


def _deferred(phrase: str) -> bool:
    """Whether ``phrase``'s :data:`EVERYDAY_NOT_BEFORE` is long enough to be checked after a match rather than inside
    a text's cut regex. ART52 (PERF): the cut is compiled per set of a text's first words (at most 512 kept), and a
    lookahead of 250–1,000 characters in each of 100–160 phrases (a hospital named later in the clause after "admitted
    to …", a strike joined after a strike's word) made such a compile 18–156 ms, the categorising of 20,000 likes
    1.9 → 51 s."""
    return len(EVERYDAY_NOT_BEFORE.get(phrase, "")) >= _DEFER_FROM


_DEFER_FROM = 100  # characters of a lookahead


@lru_cache(maxsize=64)
def _not_before_rx(lookahead: str) -> re.Pattern[str]:
    """A deferred :data:`EVERYDAY_NOT_BEFORE` compiled once, matched at a phrase's end."""
    return re.compile(lookahead)


def _cut_pattern(spaced: frozenset[str], unspaced: frozenset[str], defer: bool) -> str:
    """The source of :data:`EVERYDAY_RX` cut to the phrases with these keys (``defer``: :func:`_phrase_pattern`)."""
    keep = {p for k in spaced for p in _SPACED_BY_KEY[k]} | {p for k in unspaced for p in _UNSPACED_BY_KEY[k]}
    alternatives = []
    if spaced:
        alternatives.append(r"(?<![\w-])(?:" + "|".join(_phrase_pattern(p, defer) for p in _BY_LENGTH
                                                          if p in keep and not _UNSPACED.search(p)) + r")(?![\w-])")
    if unspaced:
        alternatives.append("|".join(_phrase_pattern(p, defer) for p in _BY_LENGTH
                                     if p in keep and _UNSPACED.search(p)))
    return "|".join(alternatives)


def _cut_order(spaced: frozenset[str], unspaced: frozenset[str]) -> list[str]:
    """The phrases with these keys in the order of their alternatives in a cut (:func:`_cut_pattern`): the spaced
    ones longest first, then the unspaced ones longest first."""
    keep = {p for k in spaced for p in _SPACED_BY_KEY[k]} | {p for k in unspaced for p in _UNSPACED_BY_KEY[k]}
    order = [p for p in _BY_LENGTH if p in keep and not _UNSPACED.search(p)] if spaced else []
    return order + ([p for p in _BY_LENGTH if p in keep and _UNSPACED.search(p)] if unspaced else [])


@lru_cache(maxsize=4096)
def _everyday_rx_of(spaced: frozenset[str], unspaced: frozenset[str]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """:data:`EVERYDAY_RX` of the phrases with these keys only (the same alternatives in the same order: a text
    holding no other phrase's key is matched alike), each long lookahead an empty group (:func:`_deferred`); and
    those lookaheads by group number (the tuple's item 0 stands for group 1)."""
    return (re.compile(_cut_pattern(spaced, unspaced, defer=True)),
            tuple(EVERYDAY_NOT_BEFORE[p] for p in _cut_order(spaced, unspaced) if _deferred(p)))


@lru_cache(maxsize=4096)
def _deferred_after(spaced: frozenset[str], unspaced: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """For each deferred phrase of a cut (:func:`_everyday_rx_of`'s groups, in order: item 0 stands for group 1),
    the phrases after it in the cut's order — the alternatives the cut with its lookaheads inside would try where
    it began once its lookahead turned it down."""
    order = _cut_order(spaced, unspaced)
    return tuple(tuple(order[i + 1:]) for i, p in enumerate(order) if _deferred(p))


@lru_cache(maxsize=8192)
def _alone_rx(phrase: str) -> re.Pattern[str]:
    """One phrase of a cut alone, as its alternative there reads it (a spaced one as a whole word), its long
    lookahead (:func:`_deferred`) an empty group, checked after the match as in :func:`_cut_search`."""
    rx = _phrase_pattern(phrase, defer=True)
    return re.compile(rx if _UNSPACED.search(phrase) else r"(?<![\w-])(?:" + rx + r")(?![\w-])")


def _turned_down(phrase: str, lowered: str, end: int) -> bool:
    """Whether ``phrase``'s deferred lookahead (:func:`_deferred`), matched at its match's ``end``, turns it down."""
    return _deferred(phrase) and _not_before_rx(EVERYDAY_NOT_BEFORE[phrase]).match(lowered, end) is not None


def _exact_search(keys: tuple[frozenset[str], frozenset[str]], lowered: str, at: int) -> re.Match[str] | None:
    """The first match from ``at`` in ``lowered`` of the cut with every lookahead inside (what
    ``re.compile(_cut_pattern(*keys, defer=False)).search(lowered, at)`` finds: the leftmost place where a phrase
    matches with its lookahead, there the first phrase in the cut's order), without compiling it. ART63 (issue 16,
    PERF): a deferred lookahead of 10,000 characters (a trade union's denial: "No estoy en CCOO 😂 estoy en UGT"),
    written into each of the 77 phrases of "no" (266 in all), made that cut 735,000 characters, 3.4–12 s a compile,
    paid by the first text a denial was undone in; now the cut with the lookaheads as empty groups is searched, and
    where a phrase's lookahead turns it down, the phrases after it are tried at the same place one by one (each
    compiled alone, its lookahead compiled once for all the phrases that share it)."""
    rx, deferred = _everyday_rx_of(*keys)
    after = _deferred_after(*keys)
    while (m := rx.search(lowered, at)) is not None:
        if m.lastindex is None or m.start(m.lastindex) != m.end() or not _not_before_rx(
                deferred[m.lastindex - 1]).match(lowered, m.end()):
            return m
        start = m.start()
        for phrase in after[m.lastindex - 1]:
            if (alone := _alone_rx(phrase).match(lowered, start)) is not None and not _turned_down(
                    phrase, lowered, alone.end()):
                return alone
        at = start + 1
    return None


def everyday_search(lowered: str) -> re.Match[str] | None:
    """A match in ``lowered`` (lower-case text) of an everyday phrase with its lookaheads (as
    ``EVERYDAY_RX.search(lowered)`` finds one, or None where that finds none), without compiling :data:`EVERYDAY_RX`
    (3.2 million characters, 46 s: ART63): the first of each key's cut (:func:`_exact_search`), the leftmost."""
    keys = _cut_keys(lowered)
    if keys is None:
        return None
    cuts = [*((frozenset({k}), frozenset()) for k in keys[0]), *((frozenset(), frozenset({k})) for k in keys[1])]
    found = [m for cut in cuts if (m := _exact_search(cut, lowered, 0)) is not None]
    return min(found, key=lambda m: m.start()) if found else None


@lru_cache(maxsize=64)
def _exact_rx_of(spaced: frozenset[str], unspaced: frozenset[str]) -> re.Pattern[str]:
    """:data:`EVERYDAY_RX` of the phrases with these keys, each lookahead inside (:func:`everyday_rx`; a text's
    reading searches it without compiling it: :func:`_exact_search`)."""
    return re.compile(_cut_pattern(spaced, unspaced, defer=False))


def _cut_keys(lowered: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The phrase keys ``lowered`` (lower-case text) holds (:func:`_key`), or None where it holds none."""
    spaced = _SPACED_BY_KEY.keys() & set(_RUN.findall(_plain(lowered)))
    unspaced = _UNSPACED_BY_KEY.keys() & set(lowered) if not lowered.isascii() else ()
    if not spaced and not unspaced:
        return None
    return frozenset(spaced), frozenset(unspaced)


def everyday_rx(lowered: str) -> re.Pattern[str] | None:
    """:data:`EVERYDAY_RX` cut to the phrases ``lowered`` (lower-case text) may hold — those whose first word is
    one of its words (accents aside) or, in a script without spaces, whose first letter it holds — or None where it
    can hold none. Issue 16: the whole alternation of every phrase, tried at each letter of every special text, and
    a substring test per phrase's first word cost more than the rest of a text's categorising (LOOKALIKE measured
    38 → 97 µs per special text with the look-alike phrases, before this cut)."""
    keys = _cut_keys(lowered)
    return None if keys is None else _exact_rx_of(*keys)


_FIRM_KEYS = frozenset(_plain(p) for p in FIRM_PHRASES)
_NAME_KEYS = frozenset(_plain(p) for p in NAMES_ONLY)
_STREET_KEYS = frozenset(_plain(p) for p in STREETS_ONLY)
_NAME_FIRSTS = frozenset(p[0] for p in NAMES_ONLY | STREETS_ONLY)
_GAPS = re.compile(r"[\s-]+")
_HOUSE_NUMBER = re.compile(r"\d+[a-z]?,?\s*$")
_NEXT_WORD = re.compile(r"(?<=[\s-])\w")


def _as_name(written: str) -> bool:
    """Whether each word of ``written`` (a phrase's match in the text as written) begins with a capital."""
    return all(word[:1].isupper() for word in _GAPS.split(written) if word)


def _cut_search(keys: tuple[frozenset[str], frozenset[str]], lowered: str, at: int) -> re.Match[str] | None:
    """The first match from ``at`` in ``lowered`` of :data:`EVERYDAY_RX` cut to ``keys`` (:func:`_everyday_rx_of`),
    its deferred lookahead checked: where that turns the phrase down, the cut with the lookaheads inside is read from
    the same place (a shorter phrase may match where it began)."""
    rx, deferred = _everyday_rx_of(*keys)
    m = rx.search(lowered, at)
    if m is not None and m.lastindex is not None and m.start(m.lastindex) == m.end() and _not_before_rx(
            deferred[m.lastindex - 1]).match(lowered, m.end()):
        return _exact_search(keys, lowered, at)
    return m


def everyday_spans(lowered: str, text: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``lowered`` (lower-case text) of the everyday phrases it holds (:func:`everyday_rx`);
    with ``text`` (``lowered`` as written, before lower-casing), a phrase of :data:`NAMES_ONLY` only where it is
    written as a name and one of :data:`STREETS_ONLY` also after a house number ("12 church close"). Where
    lower-casing changed the text's length (a dotted İ) the names are not matched (the text reads special)."""
    keys = _cut_keys(lowered)
    # one cut per key, not per set of them (ART52, PERF: 20,000 likes held 1,969 sets, past the 512 kept, each
    # compiled again and again): phrases of two keys begin with two words, so never at one place
    cuts = [*((frozenset({k}), frozenset()) for k in keys[0]), *((frozenset(), frozenset({k})) for k in keys[1])] \
        if keys is not None else []
    if "(" in lowered or "[" in lowered:
        # a phrase's words may stand in brackets, read as blanks (T37: "Cancer (zodiac) horoscope" is the zodiac
        # phrase); one character for one, so the offsets hold
        lowered = lowered.translate(_BRACKETS)
    patterns = [p.rx for p in EVERYDAY_PATTERNS.values() if any(map(lowered.__contains__, p.keys))
                and (p.needs is None or p.needs.search(lowered))]
    if not cuts and not patterns:
        return []
    spans = []
    at = 0
    # ART56 (PERF: "Ich bin nicht in der Gewerkschaft. " 2,000 times took 40 s, each cut searched again from each
    # phrase found to the text's end): a cut's next match is searched again only once the search has passed its start
    # (the first match from ``at`` is the one found from before it, where that starts at or after ``at``; none stays
    # none)
    nexts: dict[int, re.Match[str] | None] = {i: _cut_search(cut, lowered, at) for i, cut in enumerate(cuts)}
    while found := [m for m in nexts.values() if m is not None]:
        m = min(found, key=lambda m: (m.start(), m.start() - m.end()))
        a, b = m.span()
        # ART41 ("goes to mass avenue du temple" read religion: Mass Ave took "avenue" from the Avenue du Temple): a
        # phrase may begin inside the one just found, so the search goes on at its next word, not at its end
        nxt = _NEXT_WORD.search(lowered, a + 1, b)
        at = nxt.start() if nxt else b
        for i, cut in enumerate(cuts):
            if (was := nexts[i]) is not None and was.start() < at:
                nexts[i] = _cut_search(cut, lowered, at)
        if text is not None and lowered[a] in _NAME_FIRSTS:
            key = _plain(_GAPS.sub(" ", m.group(0)))
            if key in _NAME_KEYS or key in _STREET_KEYS:
                named = len(text) == len(lowered) and _as_name(text[a:b])
                if not named and not (key in _STREET_KEYS and _HOUSE_NUMBER.search(lowered, max(0, a - 8), a)):
                    continue
        spans.append((a, b))
    for pattern in patterns:  # the classes too many to list (T37: "my dog's diabetes check", "HIV research")
        if more := [m.span() for m in pattern.finditer(lowered)]:
            spans = _merged(spans, more)
    if spans and ("?" in lowered or "？" in lowered):
        spans = _with_own_answers(lowered, spans)
    return spans


def _with_own_answers(lowered: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sorted, apart) each with the question's mark and answer right after it (:data:`.everyday.OWN_ANSWER`:
    "are you in the teamsters" with its "? no.") — ART68: blanked with its question, an answer is read as no
    statement's before it ("She is in the union\nAre you in the Teamsters? no." is her membership)."""
    out = []
    for a, b in spans:
        if (m := OWN_ANSWER.match(lowered, b)) is not None and m.end() > b:
            b = m.end()
        out.append((a, b))
    return _merged(out, [])


_BRACKETS = str.maketrans("()[]", "    ")


def _merged(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two lists of (start, end) spans as one, in order, overlapping ones joined (:func:`blanked` wants them apart)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans + more):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def said_again(category: str, blanked_text: str) -> bool:
    """Whether ``blanked_text`` (lower-case text with its look-alikes blanked: :func:`blanked`) says ``category``'s
    word again by ellipsis (:data:`ELLIPSES`: "… and so am I" after "my Dyson is on strike"); ``category`` without the
    map's ``sensitive:`` prefix."""
    rx = ELLIPSES.get(category)
    return rx is not None and rx.search(blanked_text) is not None


def firm_span(lowered: str, span: tuple[int, int]) -> bool:
    """Whether an everyday phrase's span (:func:`everyday_spans`) is one of :data:`FIRM_PHRASES` or, ART56, a whole
    match of the admissions' pattern (its "with" class: "got admitted last night with a backstage pass", whose "got
    admitted" reaches into it, as into the listed "… with a ticket"): it takes its words from a special term that
    reaches into it."""
    a, b = span
    return _plain(_GAPS.sub(" ", lowered[a:b])) in _FIRM_KEYS or (
        lowered.startswith("admitted", a) and EVERYDAY_PATTERNS["admissions"].rx.fullmatch(lowered, a, b) is not None)


def without_everyday(lowered: str, text: str | None = None) -> str:
    """``lowered`` (lower-case text) with each phrase of :data:`EVERYDAY_PHRASES` blanked to a space: what its
    special categories are read from (``text``: as :func:`everyday_spans`). The same string when it holds none."""
    return blanked(lowered, everyday_spans(lowered, text))


def blanked(lowered: str, spans: list[tuple[int, int]]) -> str:
    """``lowered`` with each of its ``spans`` (:func:`everyday_spans`; in any order) a space; spans that overlap ("mass
    avenue", "avenue du temple") one space together. ART55: a pattern's span listed after a phrase's may lie before it
    ("admitted w/ a press pass cancer leo cusp": the admissions' pattern, then the zodiac's phrase), so they are read
    in order."""
    if not spans:
        return lowered
    parts, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            last = max(last, b)
            continue
        parts += [lowered[last:a], " "]
        last = b
    parts.append(lowered[last:])
    return "".join(parts)

#: a phrase's ``#`` (module text): a number in digits, or one of these words
NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve"))
#: ``#`` as a regex over lower-cased text (``categories._term_rx``)
NUMBER_RX = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS)) + ")"
_NUMBER = "_number_"  # ``#`` among a phrase's words (:func:`_index`): no text's word is written so


def _same(words: list[str], terms_words: tuple[str, ...]) -> bool:
    """Whether ``words`` are a phrase's words, its ``#`` any number (:data:`NUMBER_WORDS` or digits)."""
    return len(words) == len(terms_words) and all(
        w == t or (t == _NUMBER and (w.isdigit() or w in NUMBER_WORDS)) for w, t in zip(words, terms_words))


_TOKEN = re.compile(r"[\w-]+")  # as the keyword map's tokens (categories._TOKEN)
_HEAD = operator.itemgetter(slice(0, 5))  # a word's first five letters (every stem has five or more)


def _words(tokens: list[str]) -> list[str]:
    r"""Lower-case ``[\w-]+`` tokens (the keyword map's) as words: a hyphen separates two ("accu-chek" → accu,
    chek), so "Accu-Chek" and "Accu Chek" read alike."""
    return [w for t in tokens for w in t.split("-") if w]


class _Index(NamedTuple):
    r""":data:`TERMS` for :func:`find`: every term as its lower-case words (:func:`_words`: "ver.di" is ``ver di``
    and "Accu-Chek" matches "Accu Chek" too), by kind."""

    whole: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]  # first word → (words, category, term), terms
    # of several words
    single: dict[str, tuple[tuple[str, str], ...]]  # a one-word term → (category, term): a whole token only, so
    # "SPD" is no "SPD-SL" (Shimano's cycling pedals)
    prefix: dict[str, tuple[str, str]]  # stem → (category, term)
    prefix_heads: frozenset[str]  # every stem's first five letters (most words fail this one look-up)
    prefix_lengths: tuple[int, ...]
    infix: tuple[tuple[str, str, str], ...]  # (part, category, term)
    ascii_infix: tuple[str, ...]  # the parts of ASCII letters (the others cannot be in an ASCII text)
    infix_parts: tuple[str, ...]  # every part
    shortest_part: int  # the length of the shortest ASCII part


@lru_cache(maxsize=1)
def _index() -> _Index:
    whole: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    single: dict[str, list[tuple[str, str]]] = {}
    prefix: dict[str, tuple[str, str]] = {}
    infix: list[tuple[str, str, str]] = []
    for category, terms in TERMS.items():
        for term in terms:
            if term.startswith("*") and term.endswith("*"):
                infix.append((term[1:-1], category, term[1:-1]))
                prefix.setdefault(term[1:-1], (category, term[1:-1]))  # at a word's start: the cheap look-up
            elif term.endswith("*"):
                prefix[term[:-1]] = (category, term[:-1])
            elif _UNSPACED.search(term):
                infix.append((term, category, term))
            else:
                words = tuple(_words(_TOKEN.findall(term.replace("#", _NUMBER))))
                if words[0] == _NUMBER:
                    raise ValueError(f"a phrase starts with a word: {term!r}")
                if len(words) == 1:
                    single.setdefault(words[0], []).append((category, term))
                else:
                    whole.setdefault(words[0], []).append((words, category, term))
    return _Index({w: tuple(sorted(ks, key=lambda k: -len(k[0]))) for w, ks in whole.items()},
                  {w: tuple(ks) for w, ks in single.items()}, prefix,
                  frozenset(p[:5] for p in prefix), tuple(sorted({len(p) for p in prefix})), tuple(infix),
                  tuple(part for part, _c, _t in infix if part.isascii()), tuple(part for part, _c, _t in infix),
                  min(len(part) for part, _c, _t in infix if part.isascii()))


@lru_cache(maxsize=4096)
def find(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(category, terms)`` for each Art. 9 category of :data:`TERMS` found in ``text`` (``"health"``,
    ``"religion"`` …, in :data:`TERMS` order), each with the distinct terms found, sorted (a stem as written
    without its ``*``: "Diabetikerbedarf" → ``"diabet"``); ``()`` when none. Words are compared lower-cased
    (:func:`_words`): what lies between two words (a space, a hyphen, a dot) does not matter."""
    if not text:
        return ()
    lowered = text.lower()
    return find_in(lowered, _TOKEN.findall(lowered))


#: :func:`token_screen`'s answers, bits: the token is a one-word term, or a word of it starts with a stem (whose first
#: five letters find_in's look-up reads first: :func:`_starts_stem`), so the word look-ups of :func:`find_in` can find
#: something
WORDS = 1
#: … a compound's part (or a term of a script without spaces) lies inside one of its words
PART = 2
#: … such a part lies inside a word two letters longer than the shortest ASCII part (what counts in an ASCII text)
LONG_PART = 4
#: … a word of it is a phrase's first word (its phrases can be found only where the text also holds one of their second
#: words, :func:`_may_go_on`; "t" of every link's "t.co" is the first word of "t shot" …, issue 16).
#: 16: ``categories._screened`` keeps 8 for its own
FIRST = 16


def _starts_stem(word: str, index: _Index) -> bool:
    """Whether a stem of :attr:`_Index.prefix` starts ``word``, as :func:`find_in`'s look-up of a word whose first five
    letters are a stem's reads it: "still" starts none ("stilleinlage" is the stem), "stillen" neither, while
    "stilleinlagen" does. A word of a stem's first five letters and no stem read the word look-ups for nothing in ~1
    of 5 everyday English texts (issue 16: "still" of 4,773 of 27,180 like and DM texts)."""
    for n in index.prefix_lengths:  # ascending
        if n > len(word):
            return False
        if word[:n] in index.prefix:
            return True
    return False


def token_screen(token: str) -> int:
    r"""What one lower-case ``[\w-]+`` token of a text can make :func:`find_in` find (:data:`WORDS` | :data:`PART` |
    :data:`LONG_PART` | :data:`FIRST`; 0: nothing). :func:`find_in`'s pre-check passes for an ASCII text iff one of its
    tokens has WORDS, FIRST or LONG_PART, for any other text iff one has WORDS, FIRST or PART (FIRST alone: and the
    text holds a second word of that first word's phrases, :func:`_may_go_on`): a one-word term is a whole token, a
    phrase's first word, a stem's first five letters and a compound's part lie inside one word of a token
    (:func:`_words`; a part is ``\w`` letters only, a test holds :data:`TERMS` to that). Its word look-ups can find a
    term only in a text with a WORDS or FIRST token, its parts only in one with a PART token. So a caller may screen
    each distinct token once (``categories._analysed`` keeps the answers) and hand :func:`find_in` the answers of a
    text's tokens, OR-ed."""
    index = _index()
    parts = _parts()
    flags = WORDS if token in index.single else 0
    for word in ([w for w in token.split("-") if w] if "-" in token else (token,)):
        if word[:5] in index.prefix_heads and _starts_stem(word, index):
            flags |= WORDS
        if word in index.whole:
            flags |= FIRST
        # a part of another script cannot lie inside an ASCII word: such a word is held to the ASCII parts only (34 of
        # 337; each distinct token of a text is screened once, and links' random ids make many: issue 16)
        if word.isascii():
            if _holds(parts.ascii, word):
                flags |= PART
                if len(word) >= index.shortest_part + 2:
                    flags |= LONG_PART
        elif _holds(parts.every, word):
            flags |= PART
            if len(word) >= index.shortest_part + 2 and _holds(parts.ascii, word):
                flags |= LONG_PART
    return flags


class _Parts(NamedTuple):
    """:attr:`_Index.infix`'s parts as Aho-Corasick automata (pyahocorasick): one pass over a word or a text finds
    every part inside it, where a ``part in text`` per part made 34 (ASCII) or 352 (any script) substring searches
    per token screened and per text read (issue 16: a new accented token took 35 µs to screen, an ASCII one 5.6 µs)."""

    every: Any  # every part → its (category, term) pairs, in :attr:`_Index.infix`'s order
    ascii: Any  # the ASCII parts (values unused)


_PARTS: list[tuple[_Index, _Parts]] = []  # (the index, its automata): made anew with it


def _parts() -> _Parts:
    """:class:`_Parts` of the current :func:`_index` (built once per index, again if that is rebuilt)."""
    index = _index()
    if not _PARTS or _PARTS[0][0] is not index:
        by_part: dict[str, list[tuple[str, str]]] = {}
        for part, category, term in index.infix:
            by_part.setdefault(part, []).append((category, term))
        every = ahocorasick.Automaton()
        ascii_parts = ahocorasick.Automaton()
        for part, found in by_part.items():
            every.add_word(part, tuple(found))
            if part.isascii():
                ascii_parts.add_word(part, part)
        every.make_automaton()
        ascii_parts.make_automaton()
        _PARTS[:] = [(index, _Parts(every, ascii_parts))]
    return _PARTS[0][1]


def _holds(automaton: Any, text: str) -> bool:
    """Whether one of ``automaton``'s parts lies inside ``text`` (as ``any(part in text for part in parts)``)."""
    for _found in automaton.iter(text):
        return True
    return False


_Phrase = tuple[tuple[str, ...], str, str]  # a phrase's words, its category and its term (_Index.whole's)
_BY_SECOND: list[tuple[_Index, dict[str, tuple[dict[str, list[_Phrase]], list[_Phrase]]]]] = []


def _whole_by_second() -> dict[str, tuple[dict[str, list[_Phrase]], list[_Phrase]]]:
    """Each phrase's first word → (its phrases without a ``#`` by their second word, its phrases with one), each
    list in :attr:`_Index.whole`'s order: a phrase without a number can be at a place in a text only where its second
    word follows its first (every phrase has two words or more). Built once per :func:`_index`."""
    index = _index()
    if not _BY_SECOND or _BY_SECOND[0][0] is not index:
        out: dict[str, tuple[dict[str, list[_Phrase]], list[_Phrase]]] = {}
        for first, phrases in index.whole.items():
            by: dict[str, list[_Phrase]] = {}
            numbered: list[_Phrase] = []
            for phrase in phrases:
                if _NUMBER in phrase[0]:
                    numbered.append(phrase)
                else:
                    by.setdefault(phrase[0][1], []).append(phrase)
            out[first] = (by, numbered)
        _BY_SECOND[:] = [(index, out)]
    return _BY_SECOND[0][1]


_SECONDS: list[tuple[_Index, dict[str, frozenset[str]], frozenset[str]]] = []  # (the index, _seconds(), their keys)


def _seconds() -> dict[str, frozenset[str]]:
    """Each phrase's first word → the second words of its phrases (:data:`TERMS`; a phrase's ``#``: :data:`NUMBER_WORDS`
    too, and ``_NUMBER`` kept for digits). Built once per :func:`_index` (again if that is rebuilt)."""
    return _seconds_firsts()[0]


def _seconds_firsts() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """:func:`_seconds`, and its first words as a frozenset (a text's words are met with them in C)."""
    index = _index()
    if not _SECONDS or _SECONDS[0][0] is not index:
        out: dict[str, set[str]] = {}
        for first, phrases in index.whole.items():
            for words, _category, _term in phrases:
                out.setdefault(first, set()).update(NUMBER_WORDS | {_NUMBER} if words[1] == _NUMBER else (words[1],))
        _SECONDS[:] = [(index, {first: frozenset(after) for first, after in out.items()}, frozenset(out))]
    return _SECONDS[0][1], _SECONDS[0][2]


_PAIRS: list[tuple[_Index, frozenset[tuple[str, str]], frozenset[str]]] = []  # (the index, _pairs())


def _pairs() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """Each (first word, second word) of a phrase of :data:`TERMS` (a ``#`` second: each of :data:`NUMBER_WORDS` and
    ``_NUMBER``), and the first words whose phrases have a ``#`` second (digits follow them). Built once per
    :func:`_index` (again if that is rebuilt)."""
    index = _index()
    if not _PAIRS or _PAIRS[0][0] is not index:
        seconds = _seconds()
        _PAIRS[:] = [(index, frozenset((first, after) for first, afters in seconds.items() for after in afters),
                      frozenset(first for first, afters in seconds.items() if _NUMBER in afters))]
    return _PAIRS[0][1], _PAIRS[0][2]


def _phrase_firsts(words: list[str]) -> set[str]:
    """The first words of the phrases that may stand in a text's ``words``: those followed somewhere by one of their
    phrases' second words (:func:`_pairs`; digits where that is a ``#``). A phrase's words follow each other in
    ``words`` (find_in compares ``words[i:i + n]``), so the text's pairs of neighbouring words are met with the phrases'
    pairs in C; a phrase's first word that stands beside none of its second words starts no phrase there (issue 16: a
    common first word, "my", "day", "is", with a second word of its phrases elsewhere in the text was looked up at each
    of its places)."""
    present = _seconds_firsts()[1].intersection(words)
    if not present:
        return set()
    pairs, numbered = _pairs()
    # the text's pairs of neighbouring words met with the phrases' in C, at once: a first word followed by one of its
    # second words is such a pair (a first word with none of them anywhere in the text makes none), and testing each
    # first word's second words against the text first cost more than the pairs (issue 16: ~1 µs of a like's 17)
    found = {first for first, _after in pairs.intersection(pairwise(words))}
    if not numbered.isdisjoint(present) and any(map(str.isdigit, words)):
        found.update(numbered.intersection(present))  # (the look-up compares the number's place itself)
    return found


def _may_go_on(words: list[str]) -> bool:
    """Whether a text's ``words`` hold a phrase's first word followed by one of its phrases' second words
    (:func:`_phrase_firsts`): without, no phrase of several words is in the text."""
    return bool(_phrase_firsts(words))


def find_in(lowered: str, tokens: list[str], screen: int | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    r""":func:`find` of a lower-cased text, given its ``[\w-]+`` tokens (which the keyword map's matcher has cut
    already: ``categories._analysed``). ``screen``: the :func:`token_screen` answers of every token, OR-ed, where
    the caller has them (the text-wide pre-check is then read from them, and only the look-ups that can find
    something are made)."""
    index = _index()
    firsts: set[str] | None = None  # _phrase_firsts of the words, once made
    # whether a one-word term or a stem can be among the words: a token's WORDS bit says so (token_screen), so a text
    # screened with phrases' first words only has its phrases looked up, not its tokens and their first letters again
    # (issue 16: most of a like's 12 µs where "i'm", "t.co" or "my day" start a phrase)
    singles = True
    if screen is not None:
        singles = bool(screen & WORDS)
        words = (_words(tokens) if "-" in lowered else tokens) if screen & (WORDS | FIRST) else []
        if words and not screen & WORDS and not (firsts := _phrase_firsts(words)):
            words = []  # a phrase's first word, and none of its phrases' second words: no look-up can find anything
        if not words and not screen & (LONG_PART if lowered.isascii() else PART):
            return ()
        screen = screen | WORDS if words else screen & ~WORDS
    else:
        words = _words(tokens) if "-" in lowered else tokens
        # most texts hold none: their words and their first five letters looked up in C, and a compound's part
        # inside a word longer than it (at a word's start it is a stem: the look-up finds it)
        if (index.single.keys().isdisjoint(tokens) and index.whole.keys().isdisjoint(words)
                and index.prefix_heads.isdisjoint(map(_HEAD, words))):
            if lowered.isascii():
                # a part inside a word has two letters before it at least ("Ohrkondom" is the shortest such word)
                inside = " ".join([w for w in words if len(w) >= index.shortest_part + 2])
                if not inside or not _holds(_parts().ascii, inside):
                    return ()
            elif not _holds(_parts().every, lowered):
                return ()
        screen = WORDS | PART
    found: dict[str, set[str]] = {}
    if screen & WORDS:
        # the look-ups in C: the text's distinct tokens and words against the terms, then only the words found
        for token in index.single.keys() & set(tokens) if singles else ():
            for category, term in index.single[token]:
                found.setdefault(category, set()).add(term)
        alone: set[str] | None = None  # the text's tokens, for a phrase ending in one letter (module text)
        by_second = _whole_by_second()
        for first in _phrase_firsts(words) if firsts is None else firsts:
            i = words.index(first)
            by, numbered = by_second[first]
            while True:
                # only the phrases whose second word follows (or that hold a number): a common first word ("vote",
                # "my") has dozens of phrases, each compared at each of its places in the text (issue 16)
                after = by.get(words[i + 1]) if i + 1 < len(words) else None
                for terms_words, category, term in (after + numbered if after else numbered):
                    if tuple(words[i:i + len(terms_words)]) == terms_words or (
                            _NUMBER in terms_words and _same(words[i:i + len(terms_words)], terms_words)):
                        if len(terms_words[-1]) == 1:
                            if alone is None:
                                alone = set(tokens)
                            if terms_words[-1] not in alone:
                                continue  # "on T-Mobile", "on e-bikes": no T, no E
                        found.setdefault(category, set()).add(term)
                try:
                    i = words.index(first, i + 1)
                except ValueError:
                    break
        distinct = set(words) if singles else ()
        heads = index.prefix_heads.intersection(map(_HEAD, distinct))
        for word in [w for w in distinct if w[:5] in heads] if heads else ():
            for n in index.prefix_lengths:
                if n > len(word):
                    break
                hit = index.prefix.get(word[:n])
                if hit is not None:
                    found.setdefault(hit[0], set()).add(hit[1])
    if screen & PART:
        # every part inside the text, in one pass (each place a part ends; the terms are sets, so a part met twice
        # adds nothing)
        for _end, terms in _parts().every.iter(lowered):
            for category, term in terms:
                found.setdefault(category, set()).add(term)
    return tuple((c, tuple(sorted(found[c]))) for c in TERMS if c in found)


def may_hold(words: set[str]) -> bool:
    """Whether lower-case ``words`` may start or be a term (a one-word term, a phrase's first word, a stem's first
    five letters): :func:`find` of a text whose other words were looked up already can find nothing new otherwise."""
    index = _index()
    return (not index.single.keys().isdisjoint(words) or not index.whole.keys().isdisjoint(words)
            or not index.prefix_heads.isdisjoint(map(_HEAD, words)))
