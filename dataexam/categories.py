"""dataexam's own keyword → category map (CC0), for interests, topics, spending and sensitive signals.

No offline product taxonomy exists on PyPI (inference.md §3.3), so this small hand-written map
classifies product names, page names, searches, hashtags and post text. Matching is on whole
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
                    "sd card", "aperture", "darkroom", "film roll"),
    "cycling": ("bike", "bicycle", "cycling", "cyclist", "bike helmet", "pedal", "derailleur", "inner tube",
                "velo", "peloton"),
    "running": ("running", "marathon", "runner", "running shoes", "5k", "10k", "trail run", "half marathon"),
    "gardening": ("garden", "gardening", "seeds", "potting soil", "pruning", "compost", "planter", "hose",
                  "tomato plants", "succulent", "allotment"),
    "gaming": ("gaming", "video game", "playstation", "xbox", "nintendo", "switch game", "gamer", "steam deck",
               "controller", "esports", "twitch"),
    "music": ("guitar", "music", "vinyl", "concert", "piano", "headphones", "spotify", "band", "ukulele",
              "album", "drum"),
    "travel": ("travel", "suitcase", "luggage", "passport", "flight", "hostel", "backpacking", "itinerary",
               "travel adapter", "packing cubes"),
    "hiking": ("hiking", "hike", "trekking", "hiking boots", "trail", "backpack", "camping", "tent",
               "sleeping bag", "mountains"),
    "fitness": ("gym", "fitness", "yoga", "dumbbell", "kettlebell", "protein powder", "workout", "pilates",
                "resistance bands", "yoga mat"),
    "books": ("novel", "book", "books", "paperback", "hardcover", "kindle", "reading", "bookclub", "author"),
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
    "outdoors": ("kayak", "fishing", "angling", "climbing", "ski", "snowboard", "surf", "surfboard"),
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


def categorise(text: str | None) -> list[str]:
    """Categories whose keywords occur in ``text`` (whole words, any case), in map order."""
    if not text:
        return []
    return [category for category, rx in _matchers() if rx.search(text)]


def matched_keywords(text: str, category: str) -> list[str]:
    """The keywords of ``category`` found in ``text`` (for evidence excerpts)."""
    for cat, rx in _matchers():
        if cat == category:
            return sorted({m.group(0).lower() for m in rx.finditer(text)})
    return []


def categories(include_sensitive: bool = False) -> Iterable[str]:
    return [c for c in CATEGORIES if include_sensitive or not is_sensitive(c)]
