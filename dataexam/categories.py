"""dataexam's own keyword → category map (CC0), for interests, topics, spending and sensitive signals.

No offline product or content taxonomy ships in a package (inference.md §3.3; the IAB Tech Lab
Content Taxonomy is published only as a TSV), so this hand-written map classifies product names,
page names, searches, hashtags and post text, and each category names its IAB Content Taxonomy 3.1
node (``IAB_CONTENT``) so results line up with what ad platforms use. A hobby's category carries
its own vocabulary (a music hobby's genres, labels, instruments and gear), not only its name. Matching is on whole
words, case-insensitive; a keyword may be several words ("prenatal vitamin"). Categories under
the ``sensitive:`` namespace relate to GDPR Art. 9 special categories and are reported only with
``--include-sensitive``, as counts of signals, never as labels about the person.

The persona generator plants interests using these same category names, so tests can check that
planted interests are recovered; it writes its own product and page names, which must contain
at least one keyword of the category.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

CATEGORIES: dict[str, tuple[str, ...]] = {
    "cooking": ("cooking", "recipe", "recipes", "skillet", "cast iron", "chef", "baking", "cookbook",
                "dutch oven", "spatula", "knife set", "sourdough", "kitchen", "pasta", "bbq", "grill"),
    "photography": ("camera", "photography", "lens", "tripod", "photo", "photos", "nikon", "canon", "fujifilm",
                    "sd card", "aperture", "darkroom", "film roll",
                    "35mm", "mirrorless", "dslr", "leica", "prime lens", "zoom lens", "lightroom", "kodak portra",
                    "ilford", "shutter speed", "street photography", "portrait photography"),
    "cycling": ("bike", "bicycle", "cycling", "cyclist", "bike helmet", "pedal", "derailleur", "inner tube",
                "velo", "peloton"),
    "running": ("running", "marathon", "runner", "running shoes", "5k", "10k", "trail run", "half marathon"),
    "gardening": ("garden", "gardening", "seeds", "potting soil", "pruning", "compost", "planter", "hose",
                  "tomato plants", "succulent", "allotment"),
    "gaming": ("gaming", "video game", "playstation", "xbox", "nintendo", "switch game", "gamer", "steam deck",
               "controller", "esports", "twitch",
               "ps5", "ps4", "speedrun", "mmorpg", "rpg", "zelda", "elden ring", "minecraft", "fortnite",
               "league of legends", "gaming mouse", "gaming headset"),
    "music": ("guitar", "music", "vinyl", "concert", "piano", "headphones", "spotify", "band", "ukulele",
              "album", "drum",
              # a music hobby's own vocabulary: genres, instruments and gear, labels, scenes
              "techno", "house music", "deep house", "tech house", "drum and bass", "dubstep", "ambient music",
              "jazz", "bebop", "blues", "hip hop", "hip-hop", "rap album", "punk rock", "post-punk", "heavy metal",
              "black metal", "death metal", "indie rock", "shoegaze", "synthwave", "rock music", "classical music",
              "symphony", "orchestra", "opera", "k-pop", "reggae", "afrobeat", "folk music",
              "synthesizer", "synth", "modular synth", "eurorack", "drum machine", "sampler", "turntable",
              "turntables", "dj", "dj mixer", "midi", "midi controller", "bass guitar", "electric guitar",
              "acoustic guitar", "guitar strings", "guitar pedal", "violin", "cello", "saxophone", "trumpet",
              "clarinet", "flute", "drum kit", "drumsticks", "metronome", "sheet music", "audio interface",
              "studio monitors", "moog", "korg", "roland tr-808", "fender", "gibson", "marshall amp",
              "warp records", "ninja tune", "sub pop", "blue note", "xl recordings", "4ad", "ostgut ton",
              "deutsche grammophon", "bandcamp", "discogs", "record store", "record shop", "boiler room",
              "setlist", "festival lineup", "rave"),
    "travel": ("travel", "suitcase", "luggage", "passport", "flight", "hostel", "backpacking", "itinerary",
               "travel adapter", "packing cubes"),
    "hiking": ("hiking", "hike", "trekking", "hiking boots", "trail", "backpack", "camping", "tent",
               "sleeping bag", "mountains"),
    "fitness": ("gym", "fitness", "yoga", "dumbbell", "kettlebell", "protein powder", "workout", "pilates",
                "resistance bands", "yoga mat"),
    "books": ("novel", "book", "books", "paperback", "hardcover", "kindle", "reading", "bookclub", "author",
              "goodreads", "booktok", "bookstagram", "audiobook", "poetry collection", "graphic novel"),
    "tech": ("laptop", "usb-c", "charger", "keyboard", "monitor", "python", "programming", "raspberry pi",
             "hdmi", "ssd", "router", "smartphone"),
    "fashion": ("dress", "sneakers", "jacket", "jeans", "handbag", "fashion", "t-shirt", "scarf", "boots"),
    "home": ("sofa", "mattress", "furniture", "curtains", "bookshelf", "lamp", "rug", "bed frame", "desk",
             "moving boxes", "packing tape", "drill"),
    "pets": ("dog food", "cat food", "puppy", "kitten", "dog", "cat", "leash", "litter", "pet", "chew toy",
             "dog bed", "aquarium"),
    "baby": ("diaper", "diapers", "baby", "stroller", "crib", "onesie", "nursery", "pacifier", "baby monitor",
             "car seat", "baby wipes", "newborn"),
    "beauty": ("makeup", "lipstick", "moisturizer", "skincare", "shampoo", "perfume", "nail polish", "serum"),
    "movies": ("movie", "film", "cinema", "netflix", "documentary", "series", "season"),
    "sports": ("football", "soccer", "basketball", "tennis", "baseball", "hockey", "cricket", "rugby", "golf"),
    "food_delivery": ("pizza", "takeaway", "delivery", "snack", "snacks", "chocolate", "coffee", "tea"),
    "finance": ("budget", "savings", "investing", "stock", "crypto", "bitcoin", "loan", "credit card",
                "gift card", "pay later", "instalment", "installment"),
    "art": ("painting", "sketchbook", "watercolor", "acrylic", "canvas", "easel", "drawing", "art"),
    "diy": ("screwdriver", "toolbox", "hammer", "woodworking", "saw", "paint roller", "diy"),
    "outdoors": ("kayak", "fishing", "angling", "climbing", "ski", "snowboard", "surf", "surfboard",
                 "bouldering", "chalk bag", "climbing shoes", "fly fishing", "fishing rod"),
    "crafts": ("knitting", "crochet", "yarn", "sewing machine", "sewing pattern", "embroidery", "quilting",
               "cross stitch", "pottery", "ceramics", "pottery wheel", "beading"),
    # -- GDPR Art. 9 special categories: counted as signals, never turned into labels ------------
    "sensitive:health": ("pregnancy test", "prenatal", "prenatal vitamin", "folic acid", "unscented lotion",
                         "maternity", "antidepressant", "blood pressure", "glucose", "insulin", "therapy",
                         "pharmacy", "inhaler", "pregnancy", "ovulation", "cold sore", "allergy relief",
                         "sleep aid", "melatonin"),
    "sensitive:religion": ("church", "parish", "bible", "quran", "torah", "mosque", "synagogue", "rosary",
                           "prayer", "temple", "diocese"),
    "sensitive:politics": ("democrat", "republican", "labour party", "conservative party", "campaign",
                           "election", "senator", "political", "protest", "greens"),
    "sensitive:sexuality": ("lgbt", "lgbtq", "pride", "gay", "lesbian", "queer", "dating app", "condom",
                            "condoms", "lubricant"),
    "sensitive:union": ("trade union", "labor union", "union dues", "strike"),
}

# Each category's node in the IAB Tech Lab Content Taxonomy 3.1 (Unique ID, name), the taxonomy ad
# platforms classify pages and audiences with (github.com/InteractiveAdvertisingBureau/Taxonomies,
# "Content Taxonomies/Content Taxonomy 3.1.tsv"). No package ships it offline, so the mapping is kept
# here by hand; dataexam's own vocabulary above does the matching. Sensitive categories map to the
# nodes the taxonomy itself flags as sensitive, but are still never shown without --include-sensitive.
IAB_CONTENT: dict[str, tuple[str, str]] = {
    "cooking": ("216", "Food & Drink > Cooking"),
    "photography": ("255", "Hobbies & Interests > Arts and Crafts > Photography"),
    "cycling": ("492", "Sports > Cycling"),
    "running": ("227", "Healthy Living > Fitness and Exercise > Running and Jogging"),
    "gardening": ("275", "Home & Garden > Gardening"),
    "gaming": ("680", "Video Gaming"),
    "music": ("338", "Entertainment > Music"),
    "travel": ("653", "Travel"),
    "hiking": ("677", "Travel > Travel Type > Camping"),
    "fitness": ("225", "Healthy Living > Fitness and Exercise"),
    "books": ("42", "Books and Literature"),
    "tech": ("596", "Technology & Computing"),
    "fashion": ("552", "Style & Fashion"),
    "home": ("274", "Home & Garden"),
    "pets": ("422", "Pets"),
    "baby": ("196", "Family and Relationships > Parenting > Parenting Babies and Toddlers"),
    "beauty": ("553", "Style & Fashion > Beauty"),
    "movies": ("324", "Entertainment > Movies"),
    "sports": ("483", "Sports"),
    "food_delivery": ("218", "Food & Drink > Dining Out"),
    "finance": ("391", "Personal Finance"),
    "art": ("201", "Fine Art"),
    "diy": ("280", "Home & Garden > Home Improvement"),
    "outdoors": ("498", "Sports > Extreme Sports"),
    "crafts": ("248", "Hobbies & Interests > Arts and Crafts"),
    "sensitive:health": ("286", "Medical Health"),
    "sensitive:religion": ("453", "Religion & Spirituality"),
    "sensitive:politics": ("386", "Politics"),
    "sensitive:sexuality": ("307", "Medical Health > Diseases and Conditions > Sexual Health"),
}

SENSITIVE_PREFIX = "sensitive:"

# Life-event rule sets (inference.md §5 #15): each a sequence of keyword groups; the event is dated
# by the first record matching the first group that is followed by matches of later groups.
LIFE_EVENT_RULES: dict[str, tuple[tuple[str, ...], ...]] = {
    "pregnancy": (("pregnancy test", "prenatal", "prenatal vitamin", "folic acid"),
                  ("unscented lotion", "maternity", "stretch mark"),
                  ("crib", "stroller", "diaper", "diapers", "baby monitor", "newborn")),
    "move": (("moving boxes", "packing tape", "bubble wrap"),
             ("sofa", "mattress", "bed frame", "curtains", "furniture")),
    "new_pet": (("dog food", "cat food", "puppy", "kitten"),
                ("leash", "litter", "chew toy", "dog bed", "scratching post")),
    "wedding": (("wedding", "engagement ring", "bridal"),
                ("registry", "honeymoon", "wedding dress")),
}


def is_sensitive(category: str) -> bool:
    return category.startswith(SENSITIVE_PREFIX)


@lru_cache(maxsize=1)
def _matchers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for category, words in CATEGORIES.items():
        alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        out.append((category, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)))
    return tuple(out)


# A cheap, exact pre-filter for the keyword regexes (which scan the whole text, one per category):
# a keyword match starts a run of word characters equal, in any case, to the keyword's first run
# ("e-commerce" → "e"), so a category none of whose first runs is among the text's runs cannot
# match. Exact for ASCII keywords, given that no non-ASCII character of the text can match an ASCII
# one under re.IGNORECASE — true except for the four in _ASCII_FOLDS (dotted/dotless i, long s,
# Kelvin sign), for which the regexes alone decide.
_RUN = re.compile(r"\w+")
_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


@lru_cache(maxsize=1)
def _first_runs() -> dict[str, frozenset[str] | None]:
    out: dict[str, frozenset[str] | None] = {}
    for category, words in CATEGORIES.items():
        runs = [_RUN.match(w) for w in words]
        exact = all(w.isascii() for w in words) and all(r is not None and r.start() == 0 for r in runs)
        out[category] = frozenset(r.group(0).lower() for r in runs if r is not None) if exact else None
    return out


def _text_runs(text: str) -> set[str] | None:
    """The text's lower-cased word runs, or ``None`` when the pre-filter cannot be exact."""
    if text.isascii():
        return set(_RUN.findall(text.lower()))
    if not _ASCII_FOLDS.isdisjoint(text):
        return None
    return {run.lower() for run in _RUN.findall(text)}


def _may_match(category: str, runs: set[str] | None) -> bool:
    first = _first_runs()[category]
    return runs is None or first is None or not first.isdisjoint(runs)


@lru_cache(maxsize=1)
def _first_run_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], frozenset[str]]:
    """The pre-filter as an index: first run → positions (in map order) of the categories it may
    start; the positions of categories the pre-filter cannot speak for (always searched); all runs."""
    index: dict[str, list[int]] = {}
    always = []
    for position, (category, _rx) in enumerate(_matchers()):
        first = _first_runs()[category]
        if first is None:
            always.append(position)
            continue
        for run in first:
            index.setdefault(run, []).append(position)
    return {run: tuple(p) for run, p in index.items()}, tuple(always), frozenset(index)


def _candidates(runs: set[str] | None) -> Iterable[int]:
    """Positions of the categories whose regex must be tried on a text with these ``runs``, in map
    order: exactly those :func:`_may_match` lets through, from one set intersection instead of one
    test per category (a text's runs meet a few first runs at most)."""
    if runs is None:
        return range(len(_matchers()))
    index, always, keys = _first_run_index()
    found = runs & keys if len(runs) < len(keys) else keys & runs
    if not found:
        return always
    positions = set(always)
    for run in found:
        positions.update(index[run])
    return sorted(positions)


def categorise(text: str | None) -> list[str]:
    """Categories whose keywords occur in ``text`` (whole words, any case), in map order."""
    if not text:
        return []
    matchers = _matchers()
    out = []
    for position in _candidates(_text_runs(text)):
        category, rx = matchers[position]
        if rx.search(text):
            out.append(category)
    return out


@lru_cache(maxsize=1)
def _matcher_of() -> dict[str, re.Pattern[str]]:
    return dict(_matchers())


def matched_keywords(text: str, category: str) -> list[str]:
    """The keywords of ``category`` found in ``text`` (for evidence excerpts).

    Callers ask about a category the text matched, so the pre-filter would only add its cost; the
    patterns have no capturing group, so ``findall`` gives each whole match."""
    rx = _matcher_of().get(category)
    if rx is None:
        return []
    return sorted({match.lower() for match in rx.findall(text)})


def categories(include_sensitive: bool = False) -> Iterable[str]:
    return [c for c in CATEGORIES if include_sensitive or not is_sensitive(c)]
