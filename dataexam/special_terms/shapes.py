"""Special categories read by a text's shape beside the terms (:func:`shaped`): the liturgy with its time or
its service's words, German "Messe" and the homily beside worship's words, strikes the person joins or takes
part in (English, Arabic, Hebrew)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

import ahocorasick

from ..lazyrx import lazy_compile
from .everyday import (
    _ANSWER_NO,
    _MASS_COMPOUNDS,
    _NEGATED_UNION_WORDS,
    _PRODUCT_NAMES,
    _RETRACTED_RIGHT_AFTER,
    _STRIKE_KEYS,
    _STRIKE_NOUN,
    _TAKING_PART_AFTER,
    _TEMPLE_PAINS,
    _THINGS,
    _THINGS_CYRILLIC,
    _THINGS_TOO,
    DE_SERVICE_STRIKES,
    ELLIPSES,
    ILLNESS_NOT_BEFORE,
    ILLNESS_WORDS,
    TAKING_PART_CORE,
    YES_I_AM,
    _alternation,
)

#: the liturgy written as a name, capitalised, with its time (T37: "Mass at 9 then brunch" read nothing; "mass" alone is
#: also physics, transit, a game): "Mass at 9", "Mass at 10:30am", "Mass @ noon", "9am Mass", "10:30 Mass" — not a
#: number alone before it ("77 Mass Ave", MIT's address) nor a compound after it ("9am Mass transit"), nor a house
#: number after it (_HOUSE_NUMBER_AT: "Mass at 9 Elm St"). Read over the text as written (case kept), beside the terms.
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|o['’]clock)?|noon|midday|midnight)"
_MASS_NOUNS = "|".join(re.escape(n) for n in _MASS_COMPOUNDS if " " not in n)
#: a bare number after "Mass at" followed by a street's name and its street word is a house number, not a time
#: (R2ART: "Mass at 9 Elm Street", "MASS AT 12 N. Main St" read religion): one to three words of the name, each
#: capitalised or an ordinal ("W 4th"), then the street word as postal addresses write it (USPS Publication 28's
#: suffixes and Royal Mail's thoroughfares, the common ones); "Mass at 9 then brunch" (a lower-case word) and "Mass at
#: 9am Elm Street" (a time of day) stay the liturgy
_STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard",
                 "blvd", "way", "place", "pl", "court", "ct", "close", "crescent", "cres", "terrace", "parkway",
                 "pkwy", "highway", "hwy", "circle", "cir", "mews", "grove", "gardens", "row", "walk")
_STREET_NAME_WORD = r"\s+(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))"
_HOUSE_NUMBER_AT = (r"\d{1,2}" + _STREET_NAME_WORD + "(?:" + _STREET_NAME_WORD + r"){0,2}\s+(?i:"
                    + "|".join(_STREET_WORDS) + r")(?![\w-])")
#: ART940 (T38: "Critical Mass at 9" read religion): Critical Mass is a cyclists' monthly ride (and "critical mass of
#: users" a quantity), so "Mass" right after "critical" is no liturgy in any case; "Critical Mass at 9, then Mass at
#: 11" stays religion by its second "Mass"
_NOT_CRITICAL = r"(?<![Cc]ritical )(?<!CRITICAL )"
MASS_AT_TIME = lazy_compile(
    r"(?<![\w-])" + _NOT_CRITICAL + r"(?:Mass|MASS)\s*(?:at|At|AT|@)\s*(?!" + _HOUSE_NUMBER_AT + ")" + _CLOCK
    + r"(?![\w:])"
    r"|(?<![\w:])(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*(?:[ap]\.?m\.?|o['’]clock))\s+(?:Mass|MASS)"
    r"(?![\w-])(?!\s+(?:" + _MASS_NOUNS + r")(?![\w-]))")
#: ART939: "Mass at 9 St Mary's Road" is the liturgy or an address, as the sentence around it says; where its words say
#: a service (the priest, the homily, the choir, a vigil, "after the service" …: the words of the rite, most of them no
#: religion term alone; not "service" alone, a bus's or a shop's too), the number is its time ("Mass at 9 St Mary's
#: Road, Father Tom's homily"); alone it stays the address, and "St Mary's Road" alone is nothing
MASS_AT_ADDRESS = lazy_compile(r"(?<![\w-])" + _NOT_CRITICAL + r"(?:Mass|MASS)\s*(?:at|At|AT|@)\s*(?="
                               + _HOUSE_NUMBER_AT + ")")
_SERVICE_WORDS = ("the service", "church service", "morning service", "evening service", "after service", "priest",
                  "priests", "homily", "sermon", "choir", "hymn", "hymns",
                  "liturgy", "eucharist", "communion", "confession", "altar", "pew", "pews", "vigil", "chapel",
                  "cathedral", "basilica", "congregation", "parish", "parishioners", "church", "vicar", "rector",
                  "curate", "deacon", "gospel", "readings", "rosary", "sacrament", "blessing", "worship", "prayers",
                  "holy", "sunday", "saturday evening", "easter", "christmas", "lent", "advent", "ash wednesday",
                  "good friday", "palm sunday", "feast", "the father", "fr.", "fr", "father")
SERVICE_WORDS = lazy_compile(r"(?<![\w-])" + _alternation(_SERVICE_WORDS) + r"(?![\w-])", re.IGNORECASE)
#: FIXC: "mass at 9" in lower case, at a time or a house number ("mass at 9 st mary's road, father tom's homily"): the
#: liturgy only where the sentence says a service (SERVICE_WORDS) outside the address, whose street name may hold one
#: ("mass at 9 church street office party" stays none); lower case alone stays none ("mass at 9 then brunch": physics,
#: a crowd), nor a bike ride's ("critical mass at 9")
MASS_AT_LOWER = lazy_compile(r"(?<![\w-])(?<!critical )mass\s*(?:at|@)\s*(?:\d{1,2}(?:\s+[\w'’.-]+){1,3}?\s+(?:"
                           + "|".join(_STREET_WORDS) + r")(?![\w-])|" + _CLOCK + r"(?![\w:]))")
#: ART42 (T40B: "my confirmation at St. Mary's" read nothing), FIXART3 (T41 L: "Mass at St. Mary's on Sunday" read
#: nothing): the rite at a church named after its saint — the patrons most parishes are named after, not a saint's
#: name that is a place too ("St Louis", "St Pancras", "St Andrews", "St Ives": a booking's confirmation there).
#: ART43 (T41B: "critical mass at St. Mary's", "muscle mass at St. John's" read religion, as the rite × saint terms
#: could not leave out a word before them): a shape, so the rite's word is read with the word before it — not
#: "mass" as a quantity, the physics', the body's, a crowd's (_MASS_QUANTITY: "critical mass", "muscle mass", "lean
#: mass", "gaining mass"), nor "confirmation"/"confirmed" of a booking, an order or an appointment (_CONFIRMED_THING:
#: "booking confirmation at St Mary's", "appointment confirmed at St John's" — a hospital's name too). Read over
#: lower-cased text, beside the terms; "Mass at St. Mary's on Sunday", "my confirmation at St. Mary's" stay religion.
_SAINT_NAMES = ("mary", "marys", "michael", "michaels", "joseph", "josephs", "john", "johns", "peter", "peters", "paul",
                "pauls", "patrick", "patricks", "anne", "annes", "anthony", "francis", "jude", "judes", "luke", "lukes",
                "mark", "marks", "matthew", "matthews", "james", "stephen", "stephens", "nicholas", "thomas", "andrew",
                "george", "georges", "vincent", "bernard", "teresa", "theresa", "catherine", "margaret", "margarets",
                "bridget", "brigid", "agnes", "cecilia", "monica", "augustine", "ignatius", "benedict", "dominic",
                "clare", "rita", "joan", "edward", "columba", "aidan", "cuthbert", "hilda", "philip", "bartholomew",
                "barnabas", "gabriel", "raphael", "elizabeth", "lawrence", "martin", "martins", "charles", "pius",
                "gregory", "rose", "lucy", "helen", "simon", "jerome", "boniface", "mungo", "chad", "oswald",
                "peter and paul", "john the baptist", "john the evangelist", "mary magdalene", "thomas more",
                "thérèse", "therese")
_MASS_QUANTITY = ("critical", "muscle", "muscular", "body", "lean", "fat", "bone", "dry", "wet", "atomic", "molar",
                  "molecular", "total", "solar", "stellar", "air", "land", "cell", "tumor", "tumour", "soft", "mass",
                  "gain", "gains", "gained", "gaining", "build", "builds", "building", "built", "lose", "loses",
                  "losing", "lost", "more", "less", "added", "adding", "own", "sheer", "centre", "center", "of")
_CONFIRMED_THING = ("booking", "order", "reservation", "payment", "delivery", "appointment", "appointments", "email",
                    "e-mail", "hotel", "ticket", "tickets", "flight", "room", "table", "collection", "pickup",
                    "pick-up", "slot", "shift", "interview", "viewing", "scan", "test", "results", "diagnosis")
#: what a saint's name also names, after it: a hospital, a school, a street ("Mass at St. Mary's Hospital", "mass at St.
#: Paul's school reunion", "Boston, Mass at St. Mary's Street": T41B) — no church there
_SAINT_NAMED_PLACES = ("hospital", "hospitals", "infirmary", "hospice", "clinic", "medical", "surgery", "school",
                       "schools", "primary", "college", "university", "academy", "high", "hall", "street", "st",
                       "road", "rd", "avenue", "ave", "lane", "square", "place", "park", "station", "stadium", "hotel",
                       "campus", "centre", "center", "court", "house")
RITE_AT_SAINT = lazy_compile(
    r"(?<![\w'’-])(?:([\w'’-]+)\s+)?(mass|confirmation|confirmed)\s+(?:at|in)\s+(?:the\s+church\s+of\s+)?"
    r"(?:st|sts|saint|saints)(?:\.\s*|\s+)" + _alternation(_SAINT_NAMES) + r"(?:['’]s)?(?![\w'’-])"
    r"(?!\s+" + _alternation(_SAINT_NAMED_PLACES) + r"(?![\w-]))")
_NOT_RITE = {"mass": frozenset(_MASS_QUANTITY),
             "confirmation": frozenset(_CONFIRMED_THING), "confirmed": frozenset(_CONFIRMED_THING)}


def _rite_at_saint(lowered: str) -> str | None:
    """The rite's word ("mass", "confirmation", "confirmed") of the first rite at a saint's church in lower-cased text
    (:data:`RITE_AT_SAINT`) that is no look-alike by the word before it, else None."""
    return next((m[2] for m in RITE_AT_SAINT.finditer(lowered) if m[1] not in _NOT_RITE[m[2]]), None)


#: everyday phrases that take their words from a special term reaching into them (categories._without_exceptions:
#: elsewhere such a term is read whole, "lung cancer zodiac charm" staying health)
#: ART939: strikes the person joins or backs, in the plural ("joining the rail strikes", "we support the nurses'
#: strikes", "backing our strikes"; the singular is the keyword map's "strike"): "strikes" is no term alone (lightning
#: strikes, air strikes, "she strikes me as"), only after a joining word, up to two words between that are no other
#: sense of strike (EVERYDAY_SENSES["strike senses"]: "joining the air strikes" is none); a commuter's "rail strikes
#: again" stays none. Read over lower-cased text, beside the terms.
_JOIN_VERBS = ("join", "joins", "joined", "joining", "support", "supports", "supported", "supporting", "back",
               "backs", "backed", "backing", "vote for", "voted for", "voting for", "balloted for", "picket line for",
               "on the picket line for")
_OTHER_STRIKES = ("air", "drone", "missile", "military", "nuclear", "preemptive", "pre-emptive", "bird", "first",
                  "lucky", "bowling", "counter", "hunger", "lightning", "precision", "targeted", "retaliatory",
                  "israeli", "russian", "us", "american", "ukrainian")
STRIKES_JOINED = lazy_compile(
    r"(?<![\w-])(?:" + _alternation(_JOIN_VERBS) + r"\s+(?:the|these|those|all|our|their|today's|tomorrow's)\s+|our\s+)"
    r"(?:(?!" + _alternation(_OTHER_STRIKES) + r"\s)[\w'’-]+\s+){0,2}?(?:strikes|walkouts|walk-outs)(?![\w-])")

_STRIKES = re.compile(r"strikes|walk-?outs", re.IGNORECASE)

#: ART42 (T40B: "Als Lehrerin streike ich morgen", "Wir Piloten streiken morgen", "we teachers are striking tomorrow"
#: read nothing): the person's own striking in the first person, as the terms "ich streike", "wir streiken", "we're
#: striking" read it, where other words part the pronoun from the verb — the verb before the pronoun (German and Dutch
#: put it second: "Morgen streike ich", "Heute streiken wir", "morgen staken wij"), or the striker's trade or her
#: words between ("wir Piloten streiken", "we teachers are striking", "wij leraren staken") — up to three words, none
#: a negation (a negation that parts a shape's words leaves no shape: the package docstring, "Negation"). German
#: "streike" alone is the first person (or the imperative, "Streike mit!"): a term (latin.py). Read over lower-cased
#: text, beside the terms; "die Piloten streiken" (they) and "the teachers are striking" stay the news they are.
_NEGATIONS = ("nicht", "nie", "niemals", "kein", "keine", "not", "never", "n't", "niet", "nooit", "geen")
_BETWEEN_OWN = r"(?:\s+(?!" + _alternation(_NEGATIONS) + r"(?![\w'’-]))[\w'’-]+){1,3}\s+"
_NOT_NEGATION = r"(?!" + _alternation(_NEGATIONS) + r"(?![\w'’-]))"
#: ART45 (T44: "kollegorna strejkar inte", "die Kollegen streiken nicht", "de collega's staken niet" read union):
#: German, Dutch and the Scandinavian languages put the "not" after the verb; there it says the people do not strike,
#: as a "not" between does ("colleagues are not striking") — no shape, where the "not" ends the whole text (a full
#: stop or "!" after it at most). Anything after it may say they strike all the same (T44 H1: "die Kollegen streiken
#: nicht umsonst", "kollegorna strejkar inte för första gången", "de collega's staken niet voor niets" read none;
#: T44B H1, H2: a line break mid-sentence, "nicht\nohne Grund", and a next sentence, "niet; ik wel", "nicht? Doch,
#: seit heute", "niet. Ik staak wel." read none): read as the strike, the safe side. ART50 (T46: "wij staakten
#: nooit" withheld): "never" there says it as "not" does (nie, niemals, nooit, aldrig, aldri).
_NOT_NEGATED_AFTER = r"(?!\s+(?:nicht|niet|inte|ikke|ej|ikkje|nie|niemals|nooit|aldrig|aldri)\s*[.!]?\s*\Z)"
#: up to three words between, none a negation (the Scandinavian ones too: "jag ska inte strejka")
_SOME_WORDS = (r"(?:\s+(?!" + _alternation((*_NEGATIONS, "inte", "ikke", "ej", "ikkje", "aldri", "aldrig"))
               + r"(?![\w'’-]))[\w'’-]+){0,3}?\s+")
#: ART46 (T45: "Ik staak.", "ik staak morgen" read none, while "ich streike", "jeg streiker" read union): Dutch's first
#: person of "staken" — the present ("ik staak", also with words or commas between: "ik, als leraar, staak morgen";
#: not after an article, "ik sla een staak in de grond", a stake), the past, the verb first ("morgen staak ik") and
#: with its auxiliaries ("ik ga staken", "ik heb gestaakt") — and the first person's other tenses and orders of
#: German and the Scandinavian languages beside their present terms ("ich streikte", "ich habe gestreikt", "ich werde
#: streiken", "jeg streiket i går", "i morgen streiker jeg", "imorgon strejkar jag"). No negation between, and none
#: right after the verb where it ends the text (_NOT_NEGATED_AFTER: "ik staak niet", "ich streikte nicht" stay none;
#: "ich streike nicht" stays union by its term, the package docstring, "Negation"). Dutch "staken" also means to
#: cease: "ik staak" before a possessive's or an article's noun that is no work nor a time ("ik staak mijn pogingen",
#: "ik staak het roken") is no strike.
_NL_CEASE = (r"(?!\s+(?:mijn|m['’]n|onze|ons|jouw|je|zijn|haar|hun|deze|dit|het|de)\s+(?!werk|arbeid|hele|gehele|"
             r"komende|volgende|rest)[\w'’-])")
_FIRST_PERSON_MORE = (
    r"|(?<![\w-])ik(?:[\s,]+" + _NOT_NEGATION + r"[\w'’-]+){0,3}?[\s,]+(?<!\seen\s)(?<!\sde\s)(?<!\sdie\s)"
    r"(?<!\sdeze\s)(?<!\shet\s)(?<!\sdat\s)staak(?![\w'’-])" + _NL_CEASE + _NOT_NEGATED_AFTER
    + r"|(?<![\w-])(?:ik\s+staakte|(?:wij|we)\s+staakten|ich\s+streikte|wir\s+streikten"
    r"|(?:jeg|jag|vi)\s+(?:streiket|streika|strejkade|strejkede))(?![\w'’-])" + _NOT_NEGATED_AFTER
    + r"|(?<![\w-])(?:staak\s+ik|(?:streiker|streiket|streika|strejkar|strejkade|strejker|strejkede)\s+(?:jeg|jag|vi))"
    r"(?![\w'’-])"
    r"|(?<![\w-])(?:ik\s+(?:ga|ben|zal|wil|moet|kom)|(?:ga|zal|wil|moet)\s+ik)" + _SOME_WORDS
    + r"(?:aan\s+het\s+)?(?:staken|mee\s+staken|meestaken)(?![\w'’-])"
    r"|(?<![\w-])(?:(?:ik|wij|we)\s+(?:heb|hebben|had|hadden)|(?:heb|hebben|had|hadden)\s+(?:ik|wij|we))"
    + _SOME_WORDS + r"(?:mee)?gestaakt(?![\w'’-])"
    r"|(?<![\w-])(?:(?:ich|wir)\s+(?:habe|hab|haben|hatte|hatten)|(?:habe|hab|haben|hatte|hatten)\s+(?:ich|wir))"
    + _SOME_WORDS + r"(?:mit)?gestreikt(?![\w'’-])"
    r"|(?<![\w-])(?:ich\s+(?:werde|will|wollte|muss|musste|gehe)|(?:werde|will|muss|gehe)\s+ich)" + _SOME_WORDS
    + r"(?:mit)?streiken(?![\w'’-])"
    r"|(?<![\w-])(?:jeg|jag|vi)\s+(?:skal|ska|skall|vil|kommer\s+att|kommer\s+til\s+å)" + _SOME_WORDS
    + r"(?:strejka|streike|strejke)(?![\w'’-])"
    # ART47 (T45B: "jag har strejkat", "jeg har strejket" read none): the Scandinavian perfect and pluperfect, the
    # pronoun first or after the auxiliary ("i går har jeg strejket")
    r"|(?<![\w-])(?:(?:jeg|jag|vi)\s+(?:har|hade|havde|hadde)|(?:har|hade|havde|hadde)\s+(?:jeg|jag|vi))"
    + _SOME_WORDS + r"(?:strejkat|strejket|streiket|streika)(?![\w'’-])" + _NOT_NEGATED_AFTER)
STRIKING_FIRST_PERSON = lazy_compile(
    r"(?<![\w-])(?:streikte\s+ich|streik(?:t)?en\s+wir|staakten?\s+(?:ik|wij|we)|staken\s+(?:wij|we))(?![\w-])"
    r"|(?<![\w-])(?:ich" + _BETWEEN_OWN + r"streik(?:t)?e|wir" + _BETWEEN_OWN + r"streik(?:t)?en|(?:wij|we)"
    + _BETWEEN_OWN + r"(?:staken|staakten)|we" + _BETWEEN_OWN + r"(?:are|will\s+be|['’]ll\s+be)\s+striking"
    r"|(?:we|i)(?:\s+will|['’]ll)\s+be\s+striking|i" + _BETWEEN_OWN + r"(?:am|will\s+be|['’]ll\s+be)\s+striking"
    # T44 H2 ("streik på flyplassen, jeg er flyger og streiker" read none once the airport's strike was everyday):
    # the person striking in Norwegian, Danish and Swedish with words between ("jeg er flyger og streiker")
    # (commas between too: "jeg, som lærer, streiker", T44B M2)
    r"|(?:jeg|jag|vi)(?:[\s,]+(?!" + _alternation(_NEGATIONS) + r"(?![\w'’-]))[\w'’-]+){1,3}[\s,]+"
    r"(?:streiker|streiket|streika|strejker|strejkede|strejkar|strejkade))"
    r"(?![\w-])" + _FIRST_PERSON_MORE)

#: FIXART3 (T41: "meine Kollegen streiken", "unsere Lehrer streiken", "mein Betrieb streikt", "mijn collega's staken",
#: "наши учителя бастуют" read nothing, while "my colleagues strike", "mes collègues font grève" read union): people
#: striking in the verb's third person after a possessive (German, Dutch, Russian, Ukrainian, Serbian) — one to three
#: words between, none a thing, pet, body part or faculty the package knows (everyday.py's tables: "mein Handy
#: streikt", "мой кот бастует" stay none), nor a negation between nor right after the verb (ART45: "meine Kollegen
#: streiken nicht", _NOT_NEGATED_AFTER; "ich streike nicht" stays union by its term: the package docstring,
#: "Negation"); a word it does not know is read as people (the safe side).
#: The person's own act in English likewise: on the strike's picket or "on the … strike" ("I'm on the BA strike
#: picket"), walking out ("we walk out Monday"; not "walked out of"). Read over lower-cased text, beside the terms.
#: ART44 (T43: "i miei insegnanti scioperano", "i nostri medici scioperano" read nothing): Italian too, whose verb
#: of striking (scioperare) names it without the noun, as German and Dutch; a product by its name is a thing in every
#: language ("mein Dyson streikt": everyday.PRODUCTS)
_OWNERS_STRIKING = (
    (r"(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer|dein|deine|euer|eure)",
     _THINGS["de"][1] + _THINGS_TOO["de"] + _PRODUCT_NAMES, r"(?:streikt|streiken|streikte|streikten|bestreikt)"),
    (r"(?:mijn|m['’]n|onze|ons|jouw)", _THINGS["nl"][1] + _THINGS_TOO["nl"] + _PRODUCT_NAMES,
     r"(?:staakt|staken|staakte|staakten)"),
)
_OWNERS_STRIKING_IT = (
    (r"(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre|tuo|tua|tuoi|tue|vostri|vostre)",
     _THINGS["it"][1] + _THINGS_TOO["it"] + _PRODUCT_NAMES,
     r"(?:sciopera|scioperano|scioperava|scioperavano|sciopererà|sciopereranno|scioperò|scioperarono"
     r"|(?:ha|hanno|aveva|avevano)\s+scioperato)"),
)
#: ART45 (T44: "our nurses are striking today" read none): people after the person's possessive striking in English's
#: continuous ("my / our … are / were / will be striking"), as German's and Dutch's third person reads above — no word
#: between a thing the package knows ("our printers are striking" is a joke, withheld only if read) nor what
#: "striking" describes as an adjective ("our results are striking": _STRIKING_LOOKS)
_STRIKING_LOOKS = ("results", "similarities", "differences", "views", "colours", "colors", "eyes", "features",
                   "looks", "numbers", "figures", "photos", "pictures", "designs", "resemblances", "contrasts")
_OWNERS_STRIKING_EN = (r"|(?<![\w'’-])(?:my|our)(?:\s+" + _NOT_NEGATION + r"(?!" + _alternation(
    _THINGS["en"][1] + _THINGS_TOO["en"] + _PRODUCT_NAMES + _STRIKING_LOOKS) + r"(?![\w'’-]))[\w'’-]+){1,3}?\s+"
    r"(?:are|were|will\s+be|['’]re|['’]ll\s+be)\s+striking(?![\w'’-])")


def _owners_striking(owners: tuple[tuple[str, tuple[str, ...], str], ...]) -> str:
    """The owners' people striking in the verb's third person, one alternative per (possessive, things, verb)."""
    return "|".join(r"(?<![\w-])" + owner + r"(?:\s+" + _NOT_NEGATION + r"(?!" + _alternation(things)
                    + r"(?![\w'’-]))[\w'’-]+){1,3}?\s+" + verb + r"(?![\w'’-])" + _NOT_NEGATED_AFTER
                    for owner, things, verb in owners)


#: (Italian apart, read where a text holds "sciop": within OWNERS_STRIKING, tried on every text with "walk" or
#: "talk", it cost shaped() 1.7 µs a text on 50,000 everyday texts)
OWNERS_STRIKING_IT = lazy_compile(_owners_striking(_OWNERS_STRIKING_IT))
OWNERS_STRIKING = lazy_compile(
    _owners_striking(_OWNERS_STRIKING) + _OWNERS_STRIKING_EN
    + r"|(?<![\w-])(?:мой|моя|мои|наш|наша|наши|мій|мої|наші|мој|моја|моји|наш|наша|наши)(?:\s+(?!не(?![\w-]))(?!"
    + _THINGS_CYRILLIC + r"(?![\w-]))[\w'-]+){1,3}?\s+(?:бастуют|бастует|бастовали|бастовал\w*|страйкують|страйкує|"
    r"страйкували|штрајкују|штрајкује|штрајковали)(?![\w-])"
    r"|(?<![\w-])(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+on\s+the\s+(?:[\w'’-]+\s+){0,2}strike(?![\w-])"
    r"|(?<![\w-])strike\s+pickets?(?![\w-])"
    r"|(?<![\w-])we(?:['’]re|\s+are|['’]ll|\s+will)?\s+(?:walk|walking)\s+out(?![\w-])(?!\s+of(?![\w-]))")

#: ART43 (T41B: "Lehrerstreik morgen", "Lehrer-Streik", "Verdi-Streik" read nothing, while "Warnstreik" and
#: "Generalstreik" were terms): German names a strike by one compound, its strikers' trade or workplace, its union or
#: its kind before "-streik" ("Lehrerstreik", "Pilotenstreik", "Ärztestreik", "Verdi-Streik", "Solidaritätsstreik",
#: "Klimastreik" as English "climate strike"), so the compound reads as the noun alone does (the package docstring,
#: "Strikes"), written as one word or hyphened. Decided apart, as their English phrases are (everyday.py,
#: EVERYDAY_SENSES "strikes", "strike senses"): a hunger strike ("Hungerstreik": one person's refusal to eat) and a
#: strike of transport or a public service met as a traveller or a customer ("Bahnstreik", "GDL-Streik",
#: "Kitastreik", "Poststreik": _SERVICE_STRIKES, the German phrases' services and their kin). The plural and genitive
#: "-streiks" ("Lehrerstreiks") stays the news it is, as "Streiks". Read over lower-cased text, beside the terms.
_SERVICE_STRIKES = frozenset(DE_SERVICE_STRIKES)
#: ART44 (T43: "Streiktag", "Streikrecht" read nothing): the strike's noun as a compound's first part ("Streiktag",
#: "Streikrecht", "Streikgeld", "Streik-Aufruf") reads as the noun, as its last part does; not the verb's forms
#: ("streikt", "streikten", "streikende": the terms and shapes read those) nor the plural "Streiks", news as ever
DE_STRIKE_COMPOUND = re.compile(r"(?<![\w.-])((?:[\w.]+-)*[\w.]*?)-?streik(?:-?([\w]+))?(?![\w-])")
_NOT_COMPOUND_TAIL = re.compile(r"s|es|e|en|end\w*|t|te|ten|test|tet|st|et|er")
#: ART44 (T43: "Sitzstreik meiner Tochter" read union): a child's strike, its genitive after the compound — a child
#: refusing to walk or eat, no stoppage of work ("Streik meiner Kinder" likewise: everyday "children's strikes")
DE_CHILD_AFTER = (r"\s+(?:meiner|meines|unserer|unseres|deiner|deines|der|des)\s+(?:tochter|töchter|sohnes|sohns|"
                  r"söhne|kinder|kleinen|kids|zwillinge|babys|enkel|enkelin|enkelkinder)(?![\w-])")
_CHILD_AFTER = re.compile(DE_CHILD_AFTER)
_PART_AFTER = lazy_compile(_TAKING_PART_AFTER)  # the person's taking part said after a strike (everyday.py)


def _strike_compound(lowered: str) -> bool:
    """Whether lower-cased text holds a German "-streik" or "streik-" compound (:data:`DE_STRIKE_COMPOUND`) that is no
    hunger's nor a service's strike (:data:`_SERVICE_STRIKES`, by the part right before "-streik"), no verb's form nor
    plural (:data:`_NOT_COMPOUND_TAIL`) and no child's (:data:`DE_CHILD_AFTER`)."""
    for m in DE_STRIKE_COMPOUND.finditer(lowered):
        head, tail = m[1], m[2]
        if tail is not None and _NOT_COMPOUND_TAIL.fullmatch(tail):
            continue
        if not head and tail is None:
            continue  # "Streik" alone: a term
        if head and (head.rsplit("-", 1)[-1] in _SERVICE_STRIKES or head in _SERVICE_STRIKES) and (
                head == "hunger" or not _PART_AFTER.match(lowered, m.end())):
            continue  # (FIXART5: a service's strike the person takes part in is hers: "Lieferstreik bei Amazon, wir
            # Fahrer sind dabei", as the traveller's strike before "ich bin dabei")
        if _CHILD_AFTER.match(lowered, m.end()):
            continue
        return True
    return False


#: ART43 (T41B: "die Kollegen streiken", "Kollegen streiken morgen" read nothing): colleagues are the person's by
#: the word itself, with or without a possessive ("die Kollegen", "alle Kolleginnen", "collega's", "коллеги",
#: "colleagues"), as "meine Kollegen streiken" reads; the verb in the plural, up to three words between, none a
#: negation ("die Piloten streiken" stays the news it is)
#: (a regex of its own, read where a text holds a colleague's word: inside OWNERS_STRIKING it made shaped() 8.9 → 12.2
#: µs a text on 50,000 everyday texts, one in four holding "walk"; apart 10.0 µs)
COLLEAGUES_STRIKING = lazy_compile(
    r"(?<![\w-])(?:(?:arbeits)?kolleg(?:en|innen)|kollegium)(?:\s+" + _NOT_NEGATION + r"[\w'’-]+){0,3}?\s+"
    r"(?:streiken|streikten|streikt)(?![\w'’-])" + _NOT_NEGATED_AFTER
    + r"|(?<![\w-])collega['’]s(?:\s+" + _NOT_NEGATION + r"[\w'’-]+){0,3}?\s+(?:staken|staakten)(?![\w'’-])"
    + _NOT_NEGATED_AFTER +
    # ART44 (T43: "collega's leggen het werk neer", "kollegorna strejkar", "kollegaene streiker", "koledzy
    # strajkują" read nothing): laying down work, Dutch's and German's idiom of the strike ("de collega's leggen het
    # werk neer", "die Kollegen legen die Arbeit nieder"), and the colleagues striking in Swedish, Norwegian and
    # Polish (their verbs' present, past and future; no "inte", "ikke", "nie" between)
    r"|(?<![\w-])collega['’]s(?:\s+" + _NOT_NEGATION + r"[\w'’-]+){0,3}?\s+(?:leggen|legden|hebben)\s+(?:[\w'’-]+\s+)?"
    r"het\s+werk\s+(?:neer|neergelegd)(?![\w'’-])"
    r"|(?<![\w-])(?:(?:arbeits)?kolleg(?:en|innen)|kollegium)(?:\s+" + _NOT_NEGATION + r"[\w'’-]+){0,3}?\s+"
    r"(?:legen|legten|haben)\s+(?:[\w'’-]+\s+)?die\s+arbeit\s+(?:nieder|niedergelegt)(?![\w'’-])"
    r"|(?<![\w-])(?:kollegor(?:na)?|kolleger(?:na|ne)?|kollegaene|kollegene|arbetskamrater(?:na)?)"
    # ART45 (T44: "kollegerne strejker" read none): Danish's verb too (strejker, strejkede)
    r"(?:\s+(?!inte|ikke|ej|ikkje)[\w'’-]+){0,3}?\s+(?:strejkar|strejkade|strejka|streiker|streiket|streika|streike"
    r"|strejker|strejkede|strejke)(?![\w'’-])" + _NOT_NEGATED_AFTER +
    r"|(?<![\w-])(?:koledzy|koleżanki|współpracownicy|współpracowniczki)(?:\s+(?!nie(?![\w-]))[\w'’-]+){0,3}?\s+"
    r"(?:strajkują|strajkowali|strajkowały|strajkować|strajkuje)(?![\w'’-])"
    r"|(?<![\w-])(?:коллеги|колеги|колеге)(?:\s+(?!не(?![\w-]))[\w'-]+){0,3}?\s+(?:бастуют|бастовали|страйкують|"
    r"страйкували|штрајкују|штрајковали)(?![\w-])"
    r"|(?<![\w-])(?:colleagues|co-?workers|workmates)(?:\s+" + _NOT_NEGATION + r"[\w'’-]+){0,3}?\s+"
    r"(?:are|were|will\s+be|['’]re|['’]ll\s+be)\s+striking(?![\w'’-])"
    # FIXART4 (T42: "i colleghi scioperano" read nothing): Italian's verb of striking, scioperare, in the third
    # person plural after the colleagues (present, imperfect, future, past: "i colleghi scioperano", "le colleghe
    # hanno scioperato"), no "non" between. French, Spanish and Portuguese say it with the noun ("les collègues font
    # grève", "los compañeros hacen huelga", "os colegas fazem greve"), which reads alone
    r"|(?<![\w-])(?:colleghi|colleghe)(?:\s+(?!non(?![\w'’-]))[\w'’-]+){0,3}?\s+"
    r"(?:scioperano|scioperavano|sciopereranno|scioperarono|(?:hanno|avevano)\s+scioperato)(?![\w'’-])")


#: ART44 (T43: "Ich bin dabei: Streik am Flughafen" read nothing, while "Streik am Flughafen: ich bin dabei" read
#: union, ART43): the person's taking part said first, at a sentence's start, then a colon, a dash or "!" and the
#: strike (its noun, or a "-streik" compound) in the same sentence: her strike, before a traveller's words as after
#: them. "Ich bin dabei, umzubuchen: Streik am Flughafen" (rebooking: a comma, words after the taking part) and a
#: hunger strike joined ("Bin dabei! Hungerstreik") are none.
#: (ART65, PERF: after its mark or a newline only blanks, no newlines — each newline begins a start of its own; "\s*"
#: read each of 4,000 newlines to the run's end)
PART_THEN_STRIKE = lazy_compile(r"(?:^|(?<=[.!?\n]))[^\S\n]*+" + TAKING_PART_CORE
                                + r"(?:\s*[:!—–]|\s+-)\s*[^.!?\n]{0,60}?"
                                r"(?:(?<![\w-])|(?<=\w-)|(?<=\w))(?<!hunger)(?<!hunger-)(?<!hunger\s)" + _STRIKE_NOUN
                                + r"(?!\s+(?:de\s+la\s+faim|de\s+hambre|della\s+fame|de\s+fome)(?![\w-]))")

#: ART51 (T46C: "de staking van de NS, ik doe mee" read none): Dutch "staking" is read only in its phrases (crypto's
#: English word too: the package docstring), so a strike met as a traveller and then joined ("…, ik doe mee", "…,
#: ik ben erbij") is read by its shape: the noun after a Dutch article or adjective ("de staking", "een landelijke
#: staking", "de NS-staking"), the person's taking part after it in the line, at a clause's end, as "Streik am
#: Flughafen: ich bin dabei" reads by its term. "Ethereum staking, I'm in" has no Dutch article.
NL_STRIKE_THEN_PART = lazy_compile(r"(?<![\w-])(?:de|een|die|deze|onze|hun|jullie|algemene|landelijke|grote)\s+"
                                   r"(?:[\w-]+\s+)?[\w-]*staking(?:en)?(?![\w-])" + _TAKING_PART_AFTER)

#: ART47 (T45B: "I'm in the teachers' union" read none, while "I'm in the union" read union by its term): the person's
#: membership said with the union's trade or name between — being in it ("I'm in the teachers' union", "we've been in
#: the nurses union for years"), a member of it, joining it ("joined the dockers' union") — up to two (ART51: four)
#: words between, none a federation's, a savings co-operative's, a students' union's or a marriage's ("I'm in the
#: European Union", "we are in a civil union", "I'm in the credit union", "joined in holy union": everyday.py's
#: "union names"), nor a place named after the Union after it ("I'm in the Union Square Starbucks"). ART50 (T46:
#: "I'm in the rugby union team", "member of the Oxford Union" withheld): nor rugby union (the sport) nor a
#: university's debating society (the Oxford Union, the Cambridge Union, the Durham Union); ART51: nor the State of
#: the Union. Over lower-cased text.
_NOT_TRADE_UNION = (r"(?!(?:european|soviet|african|credit|customs|monetary|banking|economic|currency|political|"
                    r"postal|civil|holy|sacred|happy|blessed|perfect|more|eternal|marital|conjugal|"
                    r"students?['’]?|rugby|oxford|cambridge|durham|state)(?![\w'’-]))")
#: ART65 (T58C 5: "I'm not not in the union" read none while "I'm not NOT in the Teamsters" read union; "She is a
#: member of the union" read union while "My wife is a member of the union", "She is in the union" read none): a
#: doubled "not" says she is in it; and one rule for a third person's membership, as "She is in the Teamsters", "Meine
#: Frau ist in der Gewerkschaft" and "… ? no, but my wife is" read — a text naming someone's membership is withheld,
#: whoever's (he, she, they, you, "my wife", "my wife and I"), as the person's own is
#: ART66 (T59B 1, 5): a person's, not a pet's or a thing's ("My dog is in the union" read union), and the doubled
#: "not" as the first person's ("She is not not in the union", "He's not not in the union" read none)
_NOT_A_PERSON = (r"(?!(?:dogs?|cats?|pup|puppy|puppies|kitten|kittens|kitty|pets?|horses?|birds?|fish|hamsters?|"
                 r"rabbits?|bunny|bunnies|parrots?|cars?|phones?|money|savings|country|state|city|town|team|class)"
                 r"(?![\w'’-]))")
_THIRD_PERSON_IN = (r"(?:he|she|they|you|(?:my|our|his|her|their|your)\s+" + _NOT_A_PERSON
                    + r"[\w'’-]+(?:\s+and\s+(?:i|me))?)"
                    r"(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were|\s+(?:has|have|had)\s+been|\s+(?:will|['’]ll)\s+be)"
                    r"(?:\s+not\s+not|n['’]t\s+not)?")
_IN_IT = (r"(?:(?:i['’]?m|i\s+am|we['’]?re|we\s+are|i\s+was|we\s+were|(?:i|we)(?:['’]ve|ve|\s+have|\s+had)\s+been"
          r"|(?:i|we)(?:\s+will|['’]ll)\s+be)(?:\s+not\s+not|n['’]t\s+not)?|" + _THIRD_PERSON_IN + r")\s+in")
#: ART66 (T59B 1–3: "He is in the union cabinet of India", "She's in the union territory", "He's in the union of South
#: Africa", "They are in the union of A and B", "He is in the Union of Concerned Scientists", "She is in the union
#: hall", "My wife is in the union of two families", "She's in the union? lol no", "She is in the union no more",
#: "He's in the union lol jk" read union by ART65's third person; "I'm in the union government" by the first): what
#: follows "union" makes it no trade union one is in — India's Union (its government, cabinet, budget, ministers,
#: territories), the Union League, the Union navy, a building one is in (the union hall, office, bar), "union of …"
#: (a federation, a society, a marriage, sets) unless workers or a trade follow in four words ("the union of postal
#: workers"); nor the membership said and denied at once ("… no more", "… lol jk") or asked and answered no ("… ? lol
#: no", "… ? No way": everyday._ANSWER_NO)
_UNION_NOT_A_MEMBERSHIP = (
    r"(?!\s+(?:government|govt|cabinet|budget|ministers?|ministry|territory|territories|league|navy|hall|office|"
    r"building|bar|headquarters|hq)(?![\w-]))"
    r"(?!\s+of\s+(?!(?:[\w'’.-]+\s+){0,3}?(?:\w*workers|employees|staff|teachers|nurses|journalists|drivers|miners|"
    r"dockers|labou?r|trades?|professionals|technicians|engineers|clerks|farmworkers|musicians|actors|artists|"
    r"firefighters|educators|seafarers|railway\w*)(?![\w-])))"
    r"(?![^\S\n]*+[,.!…;:]*+[^\S\n]*+(?<=[\s,.!…;:])(?:no\s+(?:more|longer)|not\s+(?:any\s*more|now)|any\s*more|no\s+more|lol\s+jk|jk|j/k|"
    r"just\s+(?:kidding|joking)|kidding|joking)(?![\w'’-]))")
#: … and asked and answered no at once (everyday._ANSWER_NO; not in UNION_ASKED_YES, whose answer is her yes: read
#: at each "union" of a text that holds no yes it cost a scan to the line's end, "Is he in the union? " 500 times 2 s)
_UNION_ANSWERED_NO = r"(?!(?>" + _NEGATED_UNION_WORDS + r")\s*+[?？]++\s*+(?:" + _ANSWER_NO + r"))"
UNION_MEMBER = lazy_compile(
    # ART51 (T46C: "I'm in the European Union and in the union at work" read none): the person's "in" said again
    # after "and" in the sentence ("I'm in the choir and in the union")
    r"(?<![\w'’-])(?:" + _IN_IT + r"(?:[^.!?\n]{0,60}?\sand\s+(?:also\s+)?in)?|members?\s+of|join|joins|joined|joining)"
    # ART51 ("I'm in the National Education Association union", "the American Federation of Teachers union" read
    # none): up to four words of the union's name between
    r"\s+(?:the|a|our|my)\s+(?:" + _NOT_TRADE_UNION + r"[\w'’.-]+\s+){0,4}?union(?![\w-])"
    r"(?!\s+(?:square|station|jack|flag|street|city|county|pacific|army|soldiers|berlin|fittings?)(?![\w-]))"
    + _UNION_NOT_A_MEMBERSHIP + _UNION_ANSWERED_NO)

#: ART55 (T50 4: "not in the union? lol yes I am", "you're not in the union at work? yes I am, since 2019" read
#: none): a negated question of being in the union answered yes by the person — "I am", "I'm in", "I joined" after the
#: question mark, past "lol", "yes", "well" …; not "lol no", "not anymore", "I am not" (everyday.py's "not in the union
#: at work" is no look-alike before such an answer: everyday.YES_I_AM). Over lower-cased text.
#: ART57 (T52C: "Isn't he in the union? yes I am", "Aren't you in the union? yes I am" read none, while German "Ist er
#: nicht in der Gewerkschaft? Doch, bin ich" and Spanish read union): the question negated by its verb ("isn't",
#: "aren't", "ain't"), asked of her or of another — her own "yes I am" after it is her membership
UNION_ANSWERED = lazy_compile(
    r"(?<![\w'’-])(?:not|(?:isn['’]?t|aren['’]?t|ain['’]?t)\s+(?:you|he|she|they|(?:your|my|his|her|the)\s+"
    r"[\w'’-]+))\s+(?:even\s+)?in\s+(?:the|a|your)\s+union(?:\s+at\s+(?:work|my\s+work|my\s+job|your\s+work|"
    r"your\s+job|your\s+workplace|my\s+workplace))?" + YES_I_AM)

#: ART66 (T59B 8: "Is your wife in the union? yes she is", "Are you in the union? yes I am", "Is he in the union? yep"
#: read none): the question of being in the union asked plainly, of her or of another, answered yes at once — her
#: yes, or "she is" / "he is" / "they are" / "I am" with it or alone — not taken back right after ("… ? yes she is.
#: not anymore", "… ? yes jk": everyday.UNION_RETRACTIONS' English row), nor the union's other senses after it
#: (_UNION_NOT_A_MEMBERSHIP: "Is he in the union government? yes"). Over lower-cased text.
#: ART67 ("is ur wife in the union? ya she is", "are you in the union? yeh / yess / yepp" read none): the informal
#: "your" ("ur", "yr", "ya") and the yes as people draw it out or shorten it ("yess", "yeahh", "yepp", "yeh", "yah",
#: "yh", "ye", "yas"), of a third person as of herself
UNION_ASKED_YES = lazy_compile(
    r"(?<![\w'’-])(?:(?:is|was)\s+(?:he|she|(?:your|ur|yr|ya|my|his|her|their|our|the)\s+" + _NOT_A_PERSON
    + r"[\w'’-]+)|(?:are|r|were)\s+(?:you|u|ya|they|(?:your|ur|yr|my|his|her|their|our|the)\s+" + _NOT_A_PERSON
    + r"[\w'’-]+))"
    r"\s+(?:still\s+|even\s+|currently\s+)?in\s+(?:the|a|your|a\s+trade)\s+union(?![\w-])"
    + _UNION_NOT_A_MEMBERSHIP
    + r"[^\S\n]*[?？]+[\s,.!\-—–]*(?:a:\s*)?(?:(?:ye+s+|yea+h*|ye+p+|yu+p+|yeh+|ya+h*|ya+s+|yh|ye|sure|of\s+course|"
    r"certainly|indeed)"
    r"(?![\w'’-])(?:[\s,.!]+(?:she|he|they|i|we)\s+(?:is|are|am))?+|(?:she|he|they)\s+(?:is|are)|i\s+am)"
    r"(?![\w'’-])(?![\s,.!]+(?:not|no|nope|nah|(?:lol\s+)?(?:no|jk|j/k))(?![\w'’-]))" + _RETRACTED_RIGHT_AFTER["en"])

#: ART44 (T43: "pain in my temple since the stroke" read nothing): a stroke is a blow, a swimmer's, a brush's, a
#: clock's or luck's, so the word alone reads nothing; beside a pain's words (the head's temple's pains, everyday.py)
#: in one sentence it is the illness — not "a stroke of luck / genius", a brush's, a swimmer's or a bat's stroke
STROKE = lazy_compile(r"(?<![\w-])(?<!brush\s)(?<!breast\s)(?<!back\s)(?<!paddle\s)(?<!golf\s)(?<!key\s)"
                      r"(?<!pen\s)(?<!piston\s)(?<!two\s)(?<!four\s)(?<!butterfly\s)(?<!swimming\s)"
                      r"(?<!master\s)(?<!finishing\s)(?<!single\s)(?<!first\s)(?<!last\s)(?<!final\s)"
                      r"strokes?(?![\w-])(?!\s+(?:of|play|count|rate|length|technique|order|width)(?![\w-]))")
STROKE_PAIN = lazy_compile(r"(?<![\w-])" + _alternation(_TEMPLE_PAINS) + r"(?![\w-])")


#: FIXART5 (T43's fresh tester: "after my stroke I can't walk" read nothing): a stroke that is a person's — after a
#: possessive ("my stroke", "Dad's stroke"), as one had or suffered, with an illness's adjective ("a mild stroke",
#: "ischaemic stroke") or before the care it takes ("stroke survivor", "stroke unit") — is the illness; not "his stroke
#: of genius", a swimmer's ("my stroke technique") nor the phrases STROKE keeps out. Over lower-cased text.
STROKE_OWN = lazy_compile(
    r"(?<![\w'’-])(?:(?:my|his|her|their|our|your|(?:mum|mom|mother|dad|father|gran|grandma|grandpa|granny|nan|"
    r"husband|wife|partner|brother|sister|uncle|aunt)['’]s)\s+(?:first\s+|second\s+|recent\s+|last\s+)?"
    r"|(?:had|has|have|suffered|survived|after|since|from)\s+(?:a|her|his|my)\s+(?:(?:small|minor|mild|major|massive|"
    r"bad|severe|second|silent|serious)\s+)?"
    r"|(?:minor|mild|major|massive|severe|silent|ischa?emic|ha?emorrhagic|cerebral)\s+"
    # ART45 (T44: "a small stroke", "brain stroke", "mini-stroke last year", "efter min stroke" read none): a small
    # one with its article, the brain's, a mini-stroke (a transient ischaemic attack), and Swedish, Danish and
    # Norwegian, which name the illness "stroke" too, after a possessive or as one had it ("fick en stroke")
    r"|(?:a|one)\s+(?:small|slight|little|tiny)\s+(?=stroke(?!s))|brain\s+|mini[\s-]?"
    r"|(?:min|mitt|hans|hennes|hendes|sin|mammas|pappas|mors|fars)\s+"
    r"|(?:efter|fick|fått|hade|haft|fik|fikk|fået|hatt|etter)\s+(?:en\s+|et\s+)?)"
    r"strokes?(?![\w-])(?!\s+(?:of|play|count|rate|length|technique|order|width|in\s+the\s+pool)(?![\w-]))"
    # T44 M1 ("recovering from a stroke", "Stroke-Reha in Bad X" read none): "from a stroke" (one recovers or dies
    # from), the care written with a hyphen and German's ("Stroke-Reha", "Stroke Unit", "Stroke-Station")
    r"|(?<![\w-])strokes?[\s-](?:survivor|survivors|patient|patients|unit|ward|rehab|rehabilitation|recovery|clinic|"
    r"nurse|symptoms?|risk|reha|station|patienten|patientin)(?![\w-])")
#: FIXART5 ("depuis mon AVC", "após o meu AVC" read nothing): French and Portuguese "AVC" (accident vasculaire
#: cérébral, acidente vascular cerebral) as a word in upper case after a determiner or a preposition of time — not
#: the video codec ("H.264/AVC", "AVC 1080p" in a product's title). Over the text as written.
AVC = lazy_compile(r"(?<![\w-])(?i:mon|son|un|d['’]un|l['’]|cet|du|meu|seu|um|o|do|dum|num|teve|tive)\s*AVC"
                   # a full stop ends the sentence ("il a fait un AVC."), not a codec's name ("AVC.mp4"); the
                   # determiner in capitals too ("J'AI FAIT UN AVC": T43B H2); Spanish "ACV" likewise
                   r"(?![\w/-]|\.\w)|(?<![\w-])(?i:un|el|del|su|mi|tuvo\s+un|sufrió\s+un)\s+ACV(?![\w/-]|\.\w)")


#: ART45 (T44: "had a TIA" read none): a transient ischaemic attack by its initials in capitals after an article or a
#: possessive — not Siemens's "TIA Portal" nor "TIA" as "thanks in advance" ("TIA!"). Over the text as written.
TIA = lazy_compile(r"(?<![\w'’-])(?i:a|my|his|her|their|our|mini)\s+TIA(?![\w/-]|\.\w)"
                   r"(?!\s+(?i:portal|v\d|standard|protocol)(?![\w-]))"
                   # T44 M1 ("TIA-Ambulanz morgen" read none): the clinic of one, in German and English
                   r"|(?<![\w'’-])TIA[\s-](?i:ambulanz|sprechstunde|clinic|klinik|station)(?![\w-])")
def _stroke_beside_pain(lowered: str) -> bool:
    """Whether one sentence of lower-cased text holds a stroke (:data:`STROKE`) and a pain's word
    (:data:`STROKE_PAIN`)."""
    return any("stroke" in sentence and STROKE.search(sentence) and STROKE_PAIN.search(sentence)
               for sentence in re.split(r"[.!?\n]", lowered))


#: ART940 (T38: "Heilige Messe um 10", "Messe um 10 in St. Marien" read nothing): German "Messe" is the Mass and a
#: trade fair (Messe Frankfurt, "Buchmesse", "auf der Messe am Stand"), so the word is worship only beside worship's
#: own words: "Heilige Messe" / "hl. Messe" (the Catholic name of the rite), or a church named after its saint ("St.
#: Marien", "Sankt Josef": the patrons German parishes are most often named after, in their German forms; not a
#: town's "St." — St. Gallen, St. Pölten, St. Moritz, St. Petersburg, St. Johann, St. Wendel are no patron here).
#: Gottesdienst, Kirche, Pfarrer … are religion terms of their own. Read over the text as written, beside the terms.
_PATRONS = ("marien", "maria", "mariä", "josef", "joseph", "michael", "peter", "petrus", "paul", "paulus", "martin",
            "martinus", "johannes", "nikolaus", "nikolai", "antonius", "bonifatius", "elisabeth", "ludwig", "georg",
            "laurentius", "lorenz", "stephan", "stephanus", "anna", "franziskus", "heinrich", "sebastian", "konrad",
            "clemens", "lamberti", "lambertus", "ansgar", "hedwig", "barbara", "katharina", "jakobus", "andreas",
            "thomas", "matthias", "markus", "lukas", "pius", "norbert", "ludgeri", "liudger", "vitus", "ulrich",
            "kilian", "remigius", "mauritius", "gereon", "severin", "pankratius", "ägidius", "aegidius",
            "bartholomäus", "blasius", "cyriakus", "dionysius", "agnes", "albertus", "ursula", "kunibert", "benno",
            "korbinian", "willibrord", "hubertus", "gertrud", "walburga", "bernhard", "bonifaz")
#: (over lower-cased text: an IGNORECASE alternation behind a look-behind was four times as slow, issue 16; the word's
#: look-behind after its letters, so the regex scans for its literal "messe" first: a tenth of the time)
_MESSE = re.compile(r"messe(?![\w-])(?<![\w-]messe)")
_MESSE_DAYS = (r"(?:sonntag|sonntagmorgen|sonntagvormittag|sonntagabend|samstagabend|heiligabend|weihnachten|"
               r"ostern|ostersonntag|ostermontag|pfingsten|pfingstsonntag|allerheiligen|feiertag)(?![\w-])")
#: a house named after the cathedral it stands by ("Hotel am Dom", "Brauhaus am Dom", "Café Mondial am Dom")
_DOM_HOUSES = (r"(?<![\w-])(?:hotels?|café|cafe|restaurant|hostel|pension|brauhaus|parkhaus|apotheke|bistro|bar|"
               r"galerie|gasthaus|gaststätte|residenz|apartments?|suites?|tiefgarage|parkplatz|boardinghouse|kiosk|"
               r"bäckerei|praxis|kanzlei|buchhandlung|weinstube|stube|haus|hof|passage|arkaden)(?![\w-])")
#: "at", "in", "to" the cathedral, its town's adjective between ("am Kölner Dom"); not the Hamburger Dom, a fun fair
_AT_DOM = r"(?<![\w-])(?:im|am|zum|in\s+den)\s+(?:(?!hamburger)[\w-]+er\s+)?dom(?![\w-])"
#: "gehen" in its forms, a whole word
_GEHEN = r"(?:geh|gehe|gehn|gehst|geht|gehen|ging|gingst|gingt|gingen|gegangen)(?![\w-])"
#: a fair's town or place after "Messe", up to two words between ("zur Messe nach Frankfurt", "zur Messe am Sonntag
#: nach Frankfurt", "in die Messe Frankfurt"): "nach", "in", "auf" or one of Germany's fair towns (not Essen: "zur
#: Messe und dann essen")
#: … but a church ("zur Messe in der Pfarrkirche gegangen")
_IN_CHURCH = r"(?!\s+(?:der|die|den|unsere[rn]?)\s+[\w-]*(?:kirche|kapelle|gemeinde|dom|münster)(?![\w-]))"
_FAIR_TOWNS = ("frankfurt", "münchen", "muenchen", "düsseldorf", "duesseldorf", "köln", "koeln", "hannover", "berlin",
               "leipzig", "stuttgart", "nürnberg", "nuernberg", "hamburg", "dortmund", "friedrichshafen",
               "karlsruhe", "augsburg", "bremen", "dresden", "erfurt", "freiburg", "offenburg", "husum", "kassel",
               "sinsheim")
# (ART54: blanks possessive — "zur Messe" and 20,000 spaces took 1.8 s, 50,000 11 s, each run split every way)
_NOT_FAIR_AFTER = (r"(?!(?:\s++[\w-]+){0,2}?\s*+(?:,\s*+)?(?:nach|in" + _IN_CHURCH + r"|im|auf)\s)"
                   r"(?!(?:\s++[\w-]+){0,2}?\s+" + _alternation(_FAIR_TOWNS) + r"(?![\w-]))")
_NOT_FAIR_WORD = r"(?!(?:nach|in(?![\w-])" + _IN_CHURCH + r"|im|auf)(?![\w-]))"
MESSE_WORSHIP = re.compile(r"\b(?:heilige[nm]?\s+messe|hl\.?\s+messe|(?:st\.?|sankt)\s*(?:"
                           + "|".join(sorted(_PATRONS, key=len, reverse=True)) + r"))(?![\w-])"
                           # FIXART (T39: "Wir gehen zur Messe am Sonntag" read nothing): going to Mass on Sunday or a
                           # feast ("zur Messe am Sonntag", "sonntags in die Messe"); not to a fair's town or stand
                           # ("zur Messe nach Frankfurt", "am Sonntag zur Messe, Halle 3": _MESSE_FAIR)
                           # (T39B: "zur Messe am Sonntag nach Frankfurt", "… in die Messehallen" read religion:
                           # the fair's town after the day as after the word)
                           # ART41: the verb tells nothing — "Wir fahren am Sonntag zur Messe" (we drive to Mass, or
                           # to a fair, on Sunday) stays religion, withheld as the gate withholds rather too much than
                           # too little; a fair's own word (its town, hall, stand, customers) makes it the fair
                           r"|(?:zur|in\s+die)\s+messe\s+(?:am\s+|an\s+)?" + _MESSE_DAYS
                           + r"(?!\s*+(?:,\s*+)?(?:nach|in|auf)\s)"
                           # ART51 ("Sonntag zur Messe und danach Frühstück" read none): the day also without
                           # "am" ("Heiligabend zur Messe", "Ostern in die Messe"), a fair's town after it still the
                           # fair ("Sonntag zur Messe nach Köln")
                           + r"|(?:(?<![\w-])(?:(?:am|an)\s+)?" + _MESSE_DAYS
                           + r"|sonntags)\s+(?:\w+\s+){0,2}?(?:zur|in\s+die)\s+messe"
                           r"(?![\w-])(?!\s*+(?:,\s*+)?(?:nach|in|auf)\s)"
                           # ART41 ("Messe in Frankfurt am Dom um 10" read nothing): the Mass at or in the cathedral
                           # ("Messe im Dom", "Messe am Kölner Dom", "im Dom zur Messe"), in one clause (no comma
                           # between: "Messe, danach zum Dom" is a fair and a visit); not where a house's name
                           # holds the cathedral ("Hotel am Dom", "Café Mondial am Dom": _DOM_HOUSES between)
                           + r"|messe(?![\w-])(?:(?!" + _DOM_HOUSES + r")[^,.;:!?\n]){0,40}?" + _AT_DOM
                           + r"|(?<![\w-])(?:im|am)\s+(?:[\w-]+er\s+)?dom(?![\w-])(?:(?!" + _DOM_HOUSES
                           + r")[^,.;:!?\n]){0,20}?(?:zur|in\s+die|die)\s+messe(?![\w-])"
                           # ART47 (T45B: "zur Messe gegangen" read none): going to Mass said with "gehen" before
                           # or after ("ich bin zur Messe gegangen", "wir gehen heute zur Messe"), and "in die Messe"
                           # alone (a fair is "auf die Messe"); not with a fair's town, hall or stand ("wir gehen zur
                           # Messe nach Frankfurt", "zur Messe in Köln gegangen", "in die Messe Frankfurt", and
                           # _MESSE_FAIR)
                           + r"|zur\s+messe(?![\w-])" + _NOT_FAIR_AFTER + r"(?:\s+" + _NOT_FAIR_WORD
                           + r"[\w-]+){0,3}?\s+" + _GEHEN
                           + r"|(?<![\w-])" + _GEHEN + r"(?:\s+" + _NOT_FAIR_WORD + r"[\w-]+){0,3}?\s+zur\s+messe"
                           r"(?![\w-])" + _NOT_FAIR_AFTER
                           + r"|(?<![\w-])in\s+die\s+messe(?![\w-])" + _NOT_FAIR_AFTER)
# ART53 (T48D: "Sonntag zur Messe: IFA" withheld): … or the fair by its name (the fairs of AUMA's German trade fair
# calendar most often written so: the IFA in Berlin, gamescom in Cologne, the Frankfurt Buchmesse …)
_FAIR_NAMES = ("ifa", "gamescom", "cebit", "itb", "bauma", "iaa", "photokina", "drupa", "anuga", "interpack",
               "medica", "didacta", "agritechnica", "euroshop", "ispo", "intersolar", "automechanika",
               "productronica", "dmexco", "prowein", "achema", "grüne woche", "gruene woche", "buchmesse",
               "spielwarenmesse", "fruit logistica", "embedded world", "caravan salon", "eurobike", "expopharm",
               "intergeo", "cmt", "hannover messe", "internationale funkausstellung", "light \\+ building")
_FAIR_NAME = "(?:" + "|".join(name.replace(" ", r"\s+") for name in _FAIR_NAMES) + ")"
_MESSE_FAIR = re.compile(r"(?<![\w-])(?:stand|standes|halle|messehallen?|kunden?|chef|chefin|kollegen|kollegin|"
                         r"aussteller\w*|messegelände|messestand|tickets?|eintritt|"
                         r"besucher\w*|booth)(?![\w-])"
                         # … and the fair's name, only as the Messe's own name: right after the word, a colon, a dash
                         # or a parenthesis between ("Sonntag zur Messe: IFA", "… Messe – Gamescom", "Messe (ITB)");
                         # a fair named further on is another outing (T49 H1: "Sonntag zur Messe, Montag zur
                         # Buchmesse", "Sonntag zur Messe. Nächste Woche IFA in Berlin!" are Mass and a fair)
                         # (T49C, T49D: the bare name after a colon, a parenthesis or spaces on the same line
                         # anywhere; after a comma or a dash, or with an article, quote, "#" or "@" between ("Messe: die
                         # IFA", "Messe \"IFA\"", "Messe #IFA"), only where the name, and the fair's town, end the
                         # text: "Sonntag zur Messe, IAA ist erst am Montag", "Sonntag zur Messe: die IAA hat die
                         # Straßen gesperrt", "Sonntag zur Messe\nDie IFA beginnt am Freitag" are Mass and a fair)
                         r"|(?<![\w-])messe(?:[ \t]*[:(][ \t]*|[ \t]+)" + _FAIR_NAME + r"(?![\w-])"
                         r"|(?<![\w-])messe\s*+(?:[:(,–—-]\s*+)?(?:(?:die|der|das)\s+)?[\"'„“#@]?" + _FAIR_NAME
                         + r"(?:\s+" + _alternation(_FAIR_TOWNS) + r")?[\s.!)\"'“”]*$")

#: ART940 (T38: "إضرابات المعلمين مستمرة ونحن مشاركون", "שביתות של המורים, ואני שובת איתם" read nothing) and ART41 (one
#: strike policy in every language read: the package docstring, "Strikes"). The strike's noun in the singular reads
#: union alone, as the map's English "strike" and Hindi "हड़ताल" do — Arabic إضراب (with the article, the prepositions,
#: "our", "my", "their": إضرابنا), Hebrew שביתה and its construct שביתת ("the teachers' strike", "our strike") — except
#: in its other senses: a hunger strike (إضراب عن الطعام, שביתת רעב: one person's refusal to eat), a ceasefire (שביתת
#: נשק), and a strike of transport or a public service met as a traveller or a customer (the English "rail strike",
#: "bank strike": إضراب النقل, שביתה ברכבת, שביתת הבנקים). The plural (إضرابات, שביתות: news of strikes, as English
#: "strikes") reads union only where the text says the person takes part: the "we" forms of taking part, joining and
#: striking, the "I" forms with their preposition, "we are on strike"; Hebrew "I"/"we" striking, joining, taking
#: part, "our strike". The Hebrew striker after the pronoun ("אני שובת מחר", I'm on strike tomorrow) reads union
#: without the noun, as English "I'm striking" does — not beside a hunger strike (רעב: "שביתת רעב ואני שובת").
_AR_NOT_WORK = (r"(?!\s+(?:عن|من)\s+(?:ال)?طعام)"
                r"(?!\s+(?:ال)?(?:نقل|مواصلات|قطارات|قطار|مترو|حافلات|باصات|طيران|مطار|مطارات|بنوك|بنك|مصارف|بريد|"
                r"موانئ|ميناء)(?!\w))")
_AR_STRIKE = r"(?<!\w)(?:[وفبل]|وال|فال|بال|لل|ال|وب|ول)?[إاأ]ضراب(?:نا|ي|هم)?(?!\w)" + _AR_NOT_WORK
_AR_STRIKES = r"(?<!\w)(?:[وفبل]|وال|فال|بال|لل|ال|وب|ول)?[إاأ]ضرابات(?!\w)" + _AR_NOT_WORK
_AR_PART = (r"(?<!\w)[وف]?(?:مشاركون|مشاركين|نشارك|شاركنا|انضممنا|ننضم|مضربون|مضربين|مضربات|نضرب|أضربنا|"
            r"(?:أشارك|شاركت|انضممت|أنضم)\s+(?:في|إلى|الى|ل)|(?:أنا|انا)\s+(?:مضرب|مضربة)|"
            r"(?:نحن|أنا|انا|إننا|إنني)\s+(?:في|ب)\s*(?:ال)?[إاأ]ضراب(?:ات)?|[إاأ]ضراب(?:نا|ي))(?!\w)")
_HE_NOT_WORK = (r"(?!\s+ה?(?:רעב|נשק)(?!\w))"
                r"(?!\s+(?:ב|של\s+)?ה?(?:רכבת|רכבות|תחבורה|אוטובוסים|נמל|נמלים|נתב\"ג|בנקים|בנק|דואר)(?!\w))")
_HE_STRIKE = r"(?<!\w)[והבלמש]{0,2}שבית(?:ה|תנו|תי|ת)(?!\w)" + _HE_NOT_WORK
_HE_STRIKES = r"(?<!\w)[והבלמש]{0,2}שביתות(?!\w)" + _HE_NOT_WORK
_HE_STRIKING = r"(?<!\w)ו?(?:אני|אנחנו|אנו)\s+(?:שובת|שובתת|שובתים|שובתות)(?!\w)"
_HE_PART = (r"(?<!\w)ו?(?:אני|אנחנו|אנו)\s+(?:שובת|שובתת|שובתים|שובתות|מצטרף|מצטרפת|מצטרפים|מצטרפות|משתתף|משתתפת|"
            r"משתתפים|משתתפות|בשביתה|בשביתות)(?!\w)|(?<!\w)ו?(?:הצטרפתי|הצטרפנו|השתתפתי|השתתפנו|שבתתי|שבתנו|"
            r"שביתתנו|שביתתי)(?!\w)|שבית(?:ה|ות)\s+שלנו(?!\w)")
#: the singular strike alone, and the plural with the person's part: (Arabic singular, Arabic plural, Arabic part,
#: Hebrew singular, Hebrew plural, Hebrew part, the Hebrew striker)
STRIKE_TAKEN_PART = tuple(re.compile(rx) for rx in (_AR_STRIKE, _AR_STRIKES, _AR_PART, _HE_STRIKE, _HE_STRIKES,
                                                     _HE_PART, _HE_STRIKING))
#: FIXART (T39: "أنا مضرب عن العمل اليوم", I'm on strike from work today, read nothing): the person's own strike "from
#: work" (عن العمل, عن الدوام: the shift) is a stoppage of work without the strike's noun; "مضرب عن الطعام", a hunger
#: strike, stays nothing. The "I"/"we" striker (after the pronoun or "ما زلنا"/"لا نزال", still) and the "we"/"I"
#: verbs of striking.
AR_STRIKING_FROM_WORK = re.compile(
    r"(?<!\w)(?:(?:أنا|انا|نحن|إننا|إنني|(?:ما|لا)?\s*(?:زلنا|زلت|نزال|أزال))\s+(?:مضرب|مضربة|مضربا|مضربون|مضربين|"
    r"مضربات)|[وف]?(?:أضربنا|أضربت|نضرب|سنضرب|نُضرب))\s+عن\s+(?:ال)?(?:عمل|دوام)(?!\w)")
#: No negation is read (ART41, the package docstring): "لن أشارك في الإضراب" (I won't take part in the strike), "לא
#: הצטרפתי לשביתה", "I won't join the strike" and "I'm not going to the union meeting" all read union — the word
#: "strike" or "union meeting" is there, as "I do not have cancer" is health. A negation that breaks a shape's words
#: apart leaves no shape ("אני לא שובת", "I'm not striking": the pronoun is no longer before the verb).


#: FIXART (T39: "My boss gave us a homily about saving paper" read religion): a homily is the sermon at Mass and, as
#: a figure, any moralising lecture; so the word (English, Spanish, French, Italian) is worship only beside worship's
#: words — the priest, the Mass, the church, Sunday … in those languages, or a priest's title before a name ("Father
#: Tom's homily", "Fr. John"; "my father" is a parent) — as German "Messe" (MESSE_WORSHIP).
HOMILY = re.compile(r"(?<!\w)(?:homil(?:y|ies|ía|ías)|homélies?|omeli[ae])(?!\w)", re.IGNORECASE)
_HOMILY_WORSHIP_WORDS = (
    # the service's words of "Mass at 9 St Mary's Road" (SERVICE_WORDS) but a father, who may be a parent, and the
    # homily itself
    *(word for word in _SERVICE_WORDS if word not in ("homily", "father", "the father", "fr", "fr.")),
    "mass", "pastor", "reverend", "rev", "bishop", "pulpit", "funeral",
    "misa", "iglesia", "padre", "cura", "sacerdote", "párroco", "obispo", "evangelio", "parroquia", "domingo",
    "messe", "église", "curé", "prêtre", "abbé", "évêque", "paroisse", "évangile", "dimanche",
    "messa", "chiesa", "prete", "parroco", "vescovo", "vangelo", "parrocchia", "domenica")
HOMILY_WORSHIP = re.compile(r"(?<![\w-])(?i:" + _alternation(_HOMILY_WORSHIP_WORDS) + r")(?![\w-])"
                            r"|(?<![\w-])(?:Father|Fr\.?|FATHER|Padre|Père)\s+[A-Z]")


# The substrings whose presence opens each of shaped()'s readings, as written (case counts: "Mass" is the liturgy's
# name, "mass" is read only beside a service's words). A text is searched for all of them in one Aho-Corasick pass
# (pyahocorasick, in C), where ~45 ``in`` searches per text were made before (issue 16: shaped() was the largest
# single cost of a text's categorising, 6 µs of 24 on a generated X archive's likes and DMs); most texts hold none
# and are done.
# Each reading's stems as a named set (ART46: built once from them, each reading asks ``not seen.isdisjoint(SET)``
# where it asked ``"x" in seen or "y" in seen …``):
_MASS_NAMED = frozenset({"Mass", "MASS"})  # the liturgy as a name (MASS_AT_TIME, MASS_AT_ADDRESS)
_MASS_LOWER = frozenset({"mass"})  # … in lower case (MASS_AT_LOWER)
_RITE_STEMS = frozenset({"ass", "ASS", "onfirm", "ONFIRM"})  # a rite at a saint's church (RITE_AT_SAINT)
#: the verbs of the person's own striking (STRIKING_FIRST_PERSON): German, English, Dutch, the Scandinavian languages
_FIRST_PERSON_STEMS = frozenset({"treik", "TREIK", "triking", "TRIKING", "taak", "TAAK", "staken", "Staken", "STAKEN",
                                 "strejk", "STREJK"})
_COMPOUND_STEMS = frozenset({"treik", "TREIK"})  # a German "-streik" compound (DE_STRIKE_COMPOUND)
_STROKE_STEMS = frozenset({"troke", "TROKE"})  # a stroke (STROKE, STROKE_OWN)
_ADMITTED_STEMS = frozenset({"dmitted", "DMITTED"})  # ADMITTED_FOR_ILLNESS
_CZ_MSI_STEMS = frozenset({"msi", "mši", "MSI", "Msi", "MŠI", "Mši"})  # CZ_MASS_THEN
_AVC_STEMS = frozenset({"AVC", "ACV"})  # its French, Portuguese and Spanish initials (AVC)
_TIA_STEMS = frozenset({"TIA"})  # a transient ischaemic attack (TIA)
_MESSE_STEMS = frozenset({"Messe", "messe", "MESSE"})  # German "Messe" (MESSE_WORSHIP)
_HOMILY_STEMS = frozenset({"omil", "OMIL", "omél", "OMÉL", "omeli", "OMELI"})  # the homily (HOMILY)
_AR_STRIKE_STEMS = frozenset({"ضراب"})  # Arabic's strike (STRIKE_TAKEN_PART)
_AR_FROM_WORK_STEMS = frozenset({"ضرب"})  # … the striker "from work" (AR_STRIKING_FROM_WORK)
_HE_STRIKE_STEMS = frozenset({"שבית"})  # Hebrew's strike (STRIKE_TAKEN_PART)
_HE_STRIKER_STEMS = frozenset({"שובת"})  # … the striker
_UNION_STEMS = frozenset({"union", "Union", "UNION"})  # a union the person is in (UNION_MEMBER)
#: the stems that let :data:`OWNERS_STRIKING` / :data:`COLLEAGUES_STRIKING` read a text (ART44: Polish "strajkują",
#: Swedish "strejkar", Dutch "leggen het werk neer", German "legen die Arbeit nieder" beside the earlier ones)
_OWNERS_STEMS = frozenset({"treik", "taak", "taken", "баст", "страйк", "штрајк", "trike", "TRIKE", "alk", "ALK",
                           "triking", "ciop", "CIOP", "TREIK", "TRIKING", "trejk", "TREJK", "trajk", "TRAJK",
                           "neer", "NEER", "nieder", "NIEDER"})
# each in capitals and with its first letter one too (T43: "MIJN COLLEGA'S STAKEN", "ONZE LERAREN STAKEN MORGEN"
# read union on ART44's branch, whose ASCII texts were read lower-cased, and none after the merge)
_OWNERS_STEMS |= {form for stem in _OWNERS_STEMS for form in (stem.upper(), stem.capitalize())}
#: a strike's noun in any case of its first letter (everyday._STRIKE_KEYS as written): what lets
#: :data:`PART_THEN_STRIKE` read a text ("Ich bin dabei: Streik am Flughafen", ART44)
_STRIKE_NOUN_STEMS = frozenset(form for key in _STRIKE_KEYS for form in (key, key[:1].upper() + key[1:], key.upper()))
_NL_STAKING_STEMS = frozenset({"staking", "Staking", "STAKING"})  # Dutch's strike (NL_STRIKE_THEN_PART)
#: what names a strike in any language's verb or noun (the owners' stems and the nouns'): where the person's "too"
#: beside it reads union
_STRIKE_WORD_STEMS = (_OWNERS_STEMS - {"alk", "ALK", "Alk", "neer", "NEER", "Neer", "taken", "TAKEN", "Taken"}
                      | _STRIKE_NOUN_STEMS | {"staakt", "Staakt", "STAAKT", "staken", "Staken", "STAKEN"})
_TRIGGERS = tuple(sorted(frozenset().union(
    _MASS_NAMED, _MASS_LOWER, _RITE_STEMS, _FIRST_PERSON_STEMS, _COMPOUND_STEMS, _STROKE_STEMS, _AVC_STEMS, _TIA_STEMS,
    _MESSE_STEMS, _HOMILY_STEMS, _AR_STRIKE_STEMS, _AR_FROM_WORK_STEMS, _HE_STRIKE_STEMS, _HE_STRIKER_STEMS,
    _UNION_STEMS, _OWNERS_STEMS, _STRIKE_NOUN_STEMS, _STRIKE_WORD_STEMS, _ADMITTED_STEMS,
    _CZ_MSI_STEMS)))
_TRIGGER_AUTOMATON: list[Any] = []  # built on first use
# the four letters whose case-blind match reaches an ASCII letter that str.lower does not give (a test checks all of
# Unicode): a text holding one has its strikes read by the case-blind regex (_STRIKES), any other by its lower case
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _triggers(text: str) -> set[str]:
    """The :data:`_TRIGGERS` that occur in ``text`` (as ``{t for t in _TRIGGERS if t in text}``)."""
    if not _TRIGGER_AUTOMATON:
        automaton = ahocorasick.Automaton()
        for trigger in _TRIGGERS:
            automaton.add_word(trigger, trigger)
        automaton.make_automaton()
        _TRIGGER_AUTOMATON.append(automaton)
    return {trigger for _end, trigger in _TRIGGER_AUTOMATON[0].iter(text)}


#: ART54 ("admitted to Stanford with sepsis", "admitted to Yale with pneumonia" read none: "admitted to Stanford" is an
#: admission's look-alike, everyday.py, and a hospital's name then a condition held no term): admitted, up to five
#: words (a place, a time) and then "with", "w/" or "for" what a stay is for — the illness's words as the
#: admissions' look-alikes are turned down before them (everyday._HOSPITAL_AFTER), in one clause
# T50 (1: "admitted to the residency for cardiac surgery", "admitted to the club with a stroke of genius",
# "admitted to the concert with a covid pass" read health): a programme, a club or an event between "admitted" and
# "with / for" is an admission's, not a hospital's
# (not "university", "college", "school", "festival": "admitted to University Hospital Coventry with sepsis", "…
# King's College Hospital for surgery", "… the festival medical tent with dehydration" are stays, T50D)
# (nor a club, show, gig, party, team, event: "admitted after the gig last night with chest pains", "admitted to the
# concert's medical tent with dehydration" are stays, T50E; a pass, luck or research after the illness's word is
# turned down below)
_NOT_A_COURSE = r"(?!(?:residency|residencies|fellowship|program|programme|course)(?![\w-]))"
ADMITTED_FOR_ILLNESS = lazy_compile(
    r"(?<![\w-])admitted(?:\s+(?!(?:with|for)(?![\w-])|w/)" + _NOT_A_COURSE + r"[\w'’&.-]+){0,5}?\s+(?:with|w/|for)\s+"
    r"(?:(?:a|an|suspected|severe|bad|really|my|his|her|possible|acute)\s+){0,2}"
    # (ART57: the stay's illness as everyday.ILLNESS_WORDS reads it after a "with" look-alike — "admitted to
    # Stanford with pancreatitis / a sprained ankle / hypothermia" as "… with sepsis")
    r"(?:chest\s+pains?|surgery|an?\s+operation|" + ILLNESS_WORDS + ")"
    # T50 (1): the illness's word as a pass, a piece of research or luck ("admitted to the concert with a covid
    # pass", "… with a stroke of genius", "… for kidney research") is no stay (ART57: nor a grant, a project, a
    # figure of speech — "… with a cancer biology project", "… with a fractured reputation": everyday's one list)
    + ILLNESS_NOT_BEFORE)


#: ART55 ("admitted to Stanford Hospital" read none: "admitted to Stanford" is an admission's look-alike, turned down
#: by the hospital's word after it, and no term holds a hospital's name): admitted to or into a place of up to four
#: words that ends in a hospital's word — not past a programme, residency or course ("admitted to the residency at
#: Stanford Hospital" is a doctor's training)
#: ART56 ("admitted to the burns unit with third-degree burns" read none): or a hospital's unit or ward named by what
#: it treats ("the burns unit", "the coronary care unit", "the maternity ward") — not its staff's ("… unit as a
#: midwife", "… ward team": everyday.py's ward roles)
_CARE_UNITS = (r"(?:burns?|stroke|cardiac|coronary(?:\s+care)?|intensive\s+care|critical\s+care|high\s+dependency|"
               r"maternity|labou?r|antenatal|postnatal|psychiatric|mental\s+health|cancer|oncology|haematology|"
               r"hematology|trauma|renal|dialysis|respiratory|acute\s+medical|medical\s+assessment|assessment|"
               r"surgical|neonatal|special\s+care|eating\s+disorders?|detox|spinal|orthopa?edic|fracture|geriatric|"
               r"paediatric|pediatric|children['’]s|isolation|infectious\s+diseases?|covid|observation)")
ADMITTED_TO_HOSPITAL = lazy_compile(
    r"(?<![\w-])admitted\s+(?:to|into)(?:\s+" + _NOT_A_COURSE + r"[\w'’&.-]+){1,4}?\s+"
    r"(?:hospital|hospitals|infirmary|medical\s+cent(?:er|re)|clinic|hospice)(?![\w-])"
    # (ART57, T50E: "they admitted her to the ward's high dependency bay overnight" read none — the one admitted
    # named between, the ward's bay or beds)
    r"|(?<![\w-])admitted\s+(?:(?:her|him|them|me|us)\s+)?(?:to|into)\s+(?:the|a|an)\s+(?:ward['’]s\s+)?"
    + _CARE_UNITS + r"[\s-]+(?:unit|ward|centre|center|bay|beds?)"
    r"(?![\w-])(?!\s+(?:team|staff|rota|rotation|placement|training|course|as\s+(?:an?\s+)?(?:nurse|doctor|"
    r"midwife|student|sister|physio|hca|healthcare|porter|volunteer|trainee|intern|registrar|locum|consultant|"
    r"medic|paramedic|cleaner))(?![\w-]))")


#: ART54 ("jdu na msi.com a pak na msi", I'm going to msi.com and then to Mass, read none: the verb's term "jdu na msi"
#: reached into the web site, everyday.py's, and the second "na msi" had no verb before it): a verb of going or being
#: there (latin.py's "… na mši" verbs, with and without accents), then in the same sentence "then", "again" or "too"
#: and "na msi" — not "podívej se pak na msi" (look at MSI later), which has no such verb; the laptop maker's
#: "na msi notebooku", "na msi.com" are still everyday.py's
CZ_MASS_THEN = lazy_compile(
    r"(?<![\w-])(?:jdu|jdeme|jdeš|jdes|jde|jdou|půjdu|pujdu|půjdeme|pujdeme|půjde|pujde|šel|sel|šla|sla|šli|sli|"
    r"šly|sly|byl|byla|byli|byly|chodím|chodim|chodíme|chodime|chodí|chodi|chodil|chodila|budu|budeme|jít|jit|"
    r"jet|jedu|jedeme|jel|jela|idem|ideme|bol|bola|boli)(?![\w-])[^.!?\n]{0,80}?(?<![\w-])(?:pak|potom|poté|pote|"
    r"zase|taky|také|take)\s+na\s+(?:mši|msi)(?![\w-]|\.\w)"
    # T50 (5: "jdu domů a pak na msi koupit grafiku", "… a pak na msi fórum" read religion): not where the laptop
    # maker's shop, support, forum, service or goods follow (an allow-list of what may follow Mass lost "… na msi za
    # zemrele", "… na msi o vanocich", T50D)
    # (up to two words before them: "… na msi mrknout na notebooky", T50E; and then a "se", "si" or "na": "… na
    # msi podívat se na ceny", look at the prices there, read religion — T50E, ART57)
    r"(?!(?:\s+[\w-]+){0,2}?(?:\s+(?:se|si))?(?:\s+na)?\s+(?:koup|kupi|nakoup|objedn|grafik|notebook|ntb|podpor|f[óo]r|servis|"
    r"e-?shop|web|str[áa]nk|afterburner|dragon|reklam|obchod|prodejn|pc(?![\w-])|monitor|desk|kart[auy]?(?![\w-])|"
    r"karet|model|recenz|produkt|sleva|slev|cen[auy]?(?![\w-])|driver|ovlada[čc]|bios|update|aktualiz))")


_MESSE_WORD = re.compile(r"(?<![\w-])messe(?![\w-])")
_CLAUSE_BREAK = re.compile(r"[,;.!?\n]")


def _messe_worship(lowered: str) -> bool:
    """Whether a "Messe" of ``lowered`` (lower-case text) is the Mass: a :data:`MESSE_WORSHIP` match that is a saint's
    or a holy Mass, or whose "Messe" has no fair's word (:data:`_MESSE_FAIR`) in its own stretch of the text — from
    the first clause break after the "Messe" before it (the text's start for the first) to the next "Messe" (the
    text's end for the last), the fair's name at the text's end read at that stretch's end. ART54 ("Sonntag zur
    Messe, Montag zur Messe (die IFA)" read none: the fair check read the whole text, so the second Messe's fair
    freed the first): each Messe is read on its own; a text with one Messe reads as before."""
    words = [m.span() for m in _MESSE_WORD.finditer(lowered)]
    if len(words) < 2:
        m = MESSE_WORSHIP.search(lowered)
        return m is not None and (m[0].startswith(("heilig", "hl", "st", "sankt")) or not _MESSE_FAIR.search(lowered))
    starts = [a for a, _b in words]
    for m in MESSE_WORSHIP.finditer(lowered):
        if m[0].startswith(("heilig", "hl", "st", "sankt")):
            return True
        # the Messe word inside the match, its neighbours on either side
        k = bisect_left(starts, m.start())
        if k == len(words) or words[k][1] > m.end():
            continue
        start = 0
        if k > 0:
            brk = _CLAUSE_BREAK.search(lowered, words[k - 1][1], words[k][0])
            start = brk.end() if brk else words[k - 1][1]
        end = words[k + 1][0] if k + 1 < len(words) else len(lowered)
        if not _MESSE_FAIR.search(lowered, start, end):
            return True
    return False


def shaped(text: str, lowered: str | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The categories (the map's ``sensitive:`` names without their prefix) and words read from ``text`` by its shape
    beside the terms (:func:`find`): the liturgy with its time (:data:`MASS_AT_TIME`; at a house number where the
    sentence says a service, :data:`MASS_AT_ADDRESS`; in lower case likewise, :data:`MASS_AT_LOWER`) and strikes
    joined (:data:`STRIKES_JOINED`); German "Messe" and the homily beside worship's words (:data:`MESSE_WORSHIP`,
    :data:`HOMILY_WORSHIP`); an Arabic or Hebrew strike in the singular, in the plural where the person takes part,
    the person striking (:data:`STRIKE_TAKEN_PART`, :data:`AR_STRIKING_FROM_WORK`; in the first person with words
    between, :data:`STRIKING_FIRST_PERSON`); a child's, a product's or a colleague's strike, the part taken said
    before the strike and a stroke beside a pain (ART44). ``lowered``: ``text.lower()`` where the caller has made
    it."""
    seen = _triggers(text)
    if lowered is None:
        lowered = text.lower()
    # (the case-blind regex scans a text letter by letter, 2–4 µs a text: its words are looked for in the lower-cased
    # text, which is the same but where a text holds a letter of _ODD_CASE: "ſ" and "K" (Kelvin) str.lower does not
    # fold to ASCII)
    if text.isascii() or not _ODD_CASE.search(text):
        strikes = "strikes" in lowered or "walkouts" in lowered or "walk-outs" in lowered
    else:
        strikes = _STRIKES.search(text) is not None
    if not seen and not strikes:
        return ()
    out: list[tuple[str, tuple[str, ...]]] = []
    if (not seen.isdisjoint(_MASS_NAMED) and (MASS_AT_TIME.search(text) or (
            MASS_AT_ADDRESS.search(text) and SERVICE_WORDS.search(MASS_AT_ADDRESS.sub(" ", text))))) or (
            not seen.isdisjoint(_MASS_LOWER) and MASS_AT_LOWER.search(text)
            and SERVICE_WORDS.search(MASS_AT_LOWER.sub(" ", text))):
        out.append(("religion", ("mass",)))
    elif not seen.isdisjoint(_RITE_STEMS) and (rite := _rite_at_saint(lowered)):
        out.append(("religion", (rite,)))
    if strikes and STRIKES_JOINED.search(lowered):
        out.append(("union", ("strikes",)))
    if not seen.isdisjoint(_NL_STAKING_STEMS) and NL_STRIKE_THEN_PART.search(lowered):
        out.append(("union", ("staking",)))
    # (a case-blind regex search per text cost 3 µs more: the verbs' stems as written, the first letter either case,
    # found by the one pass of _triggers)
    if not seen.isdisjoint(_FIRST_PERSON_STEMS) and STRIKING_FIRST_PERSON.search(lowered):
        out.append(("union", ("striking",)))
    if not seen.isdisjoint(_OWNERS_STEMS) and (
            OWNERS_STRIKING.search(lowered) or (
            "sciop" in lowered and OWNERS_STRIKING_IT.search(lowered)) or (
            ("olleg" in lowered or "olleag" in lowered or "оллег" in lowered or "олег" in lowered
             or "worker" in lowered or "orkmate" in lowered or "koled" in lowered or "koleż" in lowered
             or "współprac" in lowered or "kamrat" in lowered) and COLLEAGUES_STRIKING.search(lowered))):
        out.append(("union", ("striking",)))
    if not seen.isdisjoint(_COMPOUND_STEMS) and _strike_compound(lowered):
        out.append(("union", ("streik",)))
    if not seen.isdisjoint(_UNION_STEMS) and (UNION_MEMBER.search(lowered) or (
            ("?" in lowered or "？" in lowered) and (UNION_ANSWERED.search(lowered)  # ？: ART57
                                                     or UNION_ASKED_YES.search(lowered)))):
        out.append(("union", ("union member",)))
    # (a text with a colon or a dash is common, one with a strike's noun is not: that looked for first)
    if not seen.isdisjoint(_STRIKE_NOUN_STEMS) and (":" in text or "!" in text or "—" in text or "–" in text
                                                    or "-" in text) and (part := PART_THEN_STRIKE.search(lowered)):
        # (the words from the part taken to the strike, one term: a traveller's phrase takes no word of it alone)
        out.append(("union", (" ".join(part[0].split()),)))
    if not seen.isdisjoint(_CZ_MSI_STEMS) and CZ_MASS_THEN.search(lowered):
        out.append(("religion", ("na mši",)))
    if not seen.isdisjoint(_ADMITTED_STEMS) and ADMITTED_FOR_ILLNESS.search(lowered):
        out.append(("health", ("admitted with",)))
    elif not seen.isdisjoint(_ADMITTED_STEMS) and ADMITTED_TO_HOSPITAL.search(lowered):
        out.append(("health", ("admitted to hospital",)))
    elif not seen.isdisjoint(_STROKE_STEMS) and (_stroke_beside_pain(lowered) or STROKE_OWN.search(lowered)):
        out.append(("health", ("stroke",)))
    elif not seen.isdisjoint(_AVC_STEMS) and AVC.search(text):
        out.append(("health", ("avc",)))
    elif not seen.isdisjoint(_TIA_STEMS) and TIA.search(text):
        out.append(("health", ("stroke",)))
    # a strike beside the person's own "too" (T43B H1: "mein Dyson streikt, ich auch", "my Echo is on strike, same
    # here", "mijn Dyson staakt, ik ook" read none once the product is a thing: the thing's strike is a joke, the
    # "too" is the person's own strike); a joke read so is only withheld
    if not out and not seen.isdisjoint(_STRIKE_WORD_STEMS) and ELLIPSES["union"].search(lowered):
        out.append(("union", ("striking",)))
    if not seen.isdisjoint(_MESSE_STEMS) and _MESSE.search(lowered) and _messe_worship(lowered):
        out.append(("religion", ("messe",)))
    if not seen.isdisjoint(_HOMILY_STEMS) and HOMILY.search(text) and HOMILY_WORSHIP.search(HOMILY.sub(" ", text)):
        out.append(("religion", ("homily",)))
    if not text.isascii():
        ar_strike, ar_strikes, ar_part, he_strike, he_strikes, he_part, he_striking = STRIKE_TAKEN_PART
        if (not seen.isdisjoint(_AR_STRIKE_STEMS) and (
                ar_strike.search(text) or (ar_strikes.search(text) and ar_part.search(text)))) or (
                not seen.isdisjoint(_AR_FROM_WORK_STEMS) and AR_STRIKING_FROM_WORK.search(text)):
            out.append(("union", ("إضراب",)))
        elif (not seen.isdisjoint(_HE_STRIKE_STEMS) and (
                he_strike.search(text) or (he_strikes.search(text) and he_part.search(text)))) or (
                not seen.isdisjoint(_HE_STRIKER_STEMS) and he_striking.search(text) and "רעב" not in text):
            out.append(("union", ("שביתה",)))
    return tuple(out)
