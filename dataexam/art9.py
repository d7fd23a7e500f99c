"""The GDPR Art. 9 special categories the keyword map reads (:data:`.categories.CATEGORIES`' ``sensitive:`` keys), in
its order, and how the CLI's help and the report's notes name them. A module of its own so ``dataexam --help`` names
them without importing the map and its terms (0.5–0.7 s); :mod:`.categories` raises at import where its table and
:data:`ART9_CATEGORIES` part, so a category the map reads is never left out of the help (ART56: "union" was)."""

from __future__ import annotations

#: the special categories of the keyword map, without its ``sensitive:`` prefix, in the map's order
ART9_CATEGORIES: tuple[str, ...] = ("health", "religion", "politics", "sexuality", "union", "ethnicity")
#: a category's words where its key is not them ("union" is a trade union's membership)
_WORDS = {"union": "union membership"}
#: the categories in words, comma-separated: "health, religion, politics, sexuality, union membership, ethnicity"
ART9_WORDS = ", ".join(_WORDS.get(category, category) for category in ART9_CATEGORIES)
