"""The exits' findings in words (split from :mod:`.proxies`, behaviour unchanged): the exits set aside said in the
time-zone, home and trips findings (:func:`say_exits`, with :func:`~.proxies.exits_sentence`), and where the logins
cannot tell the home from an exit or a neighbour, the home, clock and trips hedged with both readings
(:func:`_say_untold`, :func:`_say_day_edges`, :func:`_say_zone_untold`, :func:`_say_trips_untold`): a neighbour's
few days, a country at both ends of every day or two in turn through it, rival homes whose clocks both fit.

Reads what :func:`~.proxies.set_aside_exits` kept on the context (``proxy_exits``, ``untold_homes``, ``day_edges``);
imports :mod:`.proxies` at load, which imports nothing of this module (one direction, as :mod:`.clock_exits`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..wording import and_list, count_phrase, in_text, possessive
from . import gazetteer
from .clock_home import UntoldHomes
from .model import Confidence, least_sure
from .proxies import exits_sentence

if TYPE_CHECKING:
    from .clock_home import Clock


def _in_text_name(cc: str) -> str:
    """Country ``cc``'s display name as running text writes it (:func:`~dataexam.wording.in_text`): "the United
    States", "the Netherlands", "Germany" (T53B: "… logins from United States set aside … not United States'")."""
    return in_text(gazetteer.country_display(cc))


def _say_day_edges(ctx: Any) -> None:
    """Where :func:`~.proxies._day_edges` found a country at both ends of nearly every day and another between, or
    the two in turn through it (``ctx.day_edges``), and the home is one of them: the home low, a caveat saying both
    readings, and the time zone's clocks of both (:func:`_say_zone_untold`)."""
    edges = getattr(ctx, "day_edges", None)
    home = ctx.findings.get("home")
    if edges is None or home is None or not isinstance(home.value, dict) or \
            home.value.get("country") not in (edges.end, edges.mid):
        return
    end, mid, n, read, turns = edges.end, edges.mid, edges.days, edges.read, edges.turns
    name = _in_text_name
    if turns:
        # both countries in turn through the day, neither alone at both ends (T40B: a Toronto resident's US exit at
        # 09:30–10:00 and 23:00–23:30, Canadian logins at 08:00, 18:00 and 22:30)
        here = str(home.value["country"])
        there = mid if here == end else end
        said = (f"On {n} of your {read} days with logins, weekends too, your logins switch from {name(here)} to "
                f"{name(there)} and back within the day: a VPN or proxy exit in {name(there)} for part of your days "
                f"at home in {name(here)}, or one in {name(here)} for part of your days in {name(there)}, or days "
                "spent on both sides of a border; the logins cannot tell which, so neither can the home.")
        basis = (f"; low: {end} and {mid} in turn within the day on {n} of {read} days with logins, weekends too "
                 "(a VPN exit at either, or days across a border)")
    else:
        said = (f"On {n} of your {read} days with logins, weekends too, your first and last logins come from "
                f"{name(end)} and those between them from {name(mid)}: nights in {name(end)} and days in {name(mid)}, "
                f"or a VPN or proxy exit in {name(end)} at both ends of your days at home in {name(mid)}, or one in "
                f"{name(mid)} at midday; the logins cannot tell which, so neither can the home.")
        basis = (f"; low: {end} at both ends and {mid} between on {n} of {read} days with logins, weekends too (a "
                 "VPN exit at either, or nights and days across a border)")
    home.caveats = [*home.caveats, said]
    home.confidence_basis += basis
    home.confidence = Confidence.LOW
    _say_zone_untold(ctx, {end, mid}, edges.clocks)
    _say_trips_untold(ctx, str(home.value["country"]), {end, mid})


def _say_trips_untold(ctx: Any, home: str, pair: set[str], most: Confidence = Confidence.LOW) -> None:
    """The trips are days away from the home: where the logins cannot tell the home (``home``) from the others of
    ``pair``, the trips finding is no surer than the home (``most``: low, medium where :func:`_say_untold` left the
    home medium) and says from which it was read (T40: a real New York holiday behind a
    Toronto resident's US exit at both ends of the day read "No trips abroad seen.", high, beside a home said to be
    unclear; a Perth resident's always-on Singapore exit the same)."""
    trips = ctx.findings.get("trips")
    others = sorted(pair - {home})
    if trips is None or not others:
        return
    name = _in_text_name
    either = and_list([name(cc) for cc in others])
    trips.caveats = [*trips.caveats, (
        f"Trips are read with {name(home)} as your home, which your logins cannot tell from {either}: if you live "
        f"in {either}, a trip to {name(home)} would not show here.")]
    trips.confidence_basis += (f"; {most} at most: the home is {home} or {', '.join(others)} (the logins cannot "
                               "tell)")
    if trips.confidence == Confidence.HIGH or (trips.confidence == Confidence.MEDIUM and most == Confidence.LOW):
        trips.confidence = most


def _say_untold(ctx: Any) -> None:
    """Where :func:`~.clock_home.near_untold` found a neighbour's few login days the clock cannot tell from the home's
    own behind an always-on exit, says so and lowers the home: to medium where something else tells the home's
    country (nights slept across the border, which only days there explain; the person's own orders shipped to the
    home's country), else to low, and the trips with it (T41 M4: a Madrid resident's always-on Portuguese exit, a
    Spanish login a month, read "You most likely live in Portugal", medium, on evidence that says either)."""
    untold = getattr(ctx, "untold_homes", None)
    home = ctx.findings.get("home")
    if untold is None or home is None or not isinstance(home.value, dict):
        return
    cc, ccs = untold.home, untold.login_days
    if home.value.get("untold_exit") == cc and home.value.get("country") in ccs:
        _say_untold_by_orders(ctx, home, untold)
        return
    if home.value.get("country") != cc:
        return
    # the neighbours stayed in (nights slept there) are days across the border, the one reading of the two that needs
    # no exit: a Berliner's Paris weekend every sixth week stays "18 trips", high (test_clock_exits_weekends). Only
    # where none was is the trips finding read from a home the logins cannot tell (T40: Denver behind a Mexican exit)
    ship = home.value.get("shipping")
    shipped = isinstance(ship, dict) and ship.get("country") == cc
    told = bool(untold.stayed) or shipped
    if not untold.stayed:
        _say_trips_untold(ctx, cc, {cc, *ccs}, Confidence.MEDIUM if told else Confidence.LOW)
    name = _in_text_name
    days = and_list([f"{count_phrase(n, 'login day')} in {name(c)}" for c, n in sorted(ccs.items())])
    home.caveats = [*home.caveats, (
        f"Your {days} fall on days with logins in {name(cc)} too, and your activity keeps a clock of both countries: "
        f"days across the border, or your home's own logins beside an always-on VPN exit in {name(cc)}; neither the "
        "logins nor the clock tell which.")]
    others = and_list([name(c) for c in sorted(ccs)])  # "the Netherlands" in a sentence (WORD58)
    home.confidence_basis += (f"; the activity keeps a clock of both {name(cc)} and {others}, whose few "
                              f"login days fall on days with logins in {name(cc)}"
                              + ("" if told else f"; low: nothing else tells {name(cc)} from {others}"))
    if home.confidence == Confidence.HIGH or (not told and home.confidence == Confidence.MEDIUM):
        home.confidence = Confidence.MEDIUM if told else Confidence.LOW
    # the time zone after the home's confidence: no surer than the home it rests on (EXIT43 3)
    _say_zone_untold(ctx, {cc, *ccs}, untold.clocks, home.confidence)


def _say_untold_by_orders(ctx: Any, home: Any, untold: UntoldHomes, far: bool = False) -> None:
    """:func:`_say_untold` where the person's own orders ship to the neighbour the logins cannot tell from the
    country of most login days (``untold.home``), and the home was read there (:func:`~.place._home_by_orders`: the
    value's ``untold_exit``): both readings said, the orders' the one taken; the clock and the trips rest on it (HOME44:
    a Madrid resident's always-on Portuguese exit, orders to Madrid, read "You most likely live in Portugal", low).
    ``untold``: the logins' country, {the orders' country: its login days}, {country: the clock the activity fits},
    the countries stayed in; ``far``: the two told apart by distance (:attr:`~.proxies.ProxyExits.untold`, the other
    reading an exit in the orders' country, not days across a border: a Tokyo resident's Australian exit)."""
    exit_cc, ccs = untold.home, untold.login_days
    cc = str(home.value["country"])
    name = _in_text_name
    other = (f"or an exit in {name(cc)} beside a home in {name(exit_cc)}" if far else "or days across the border")
    home.caveats = [*home.caveats, (
        f"Your {count_phrase(ccs[cc], 'login day')} in {name(cc)} fall on days with logins in {name(exit_cc)} too, "
        f"and your activity keeps a clock of both countries: your home's own logins beside an always-on VPN exit in "
        f"{name(exit_cc)}, {other}; the logins and the clock cannot tell which, your orders shipped to {name(cc)} "
        "do.")]
    home.confidence_basis += (f"; the activity keeps a clock of both {name(exit_cc)} and {name(cc)}, whose few login "
                              f"days fall on days with logins in {name(exit_cc)}; the orders ship to {name(cc)}")
    if home.confidence == Confidence.HIGH:
        home.confidence = Confidence.MEDIUM
    tz = ctx.findings.get("timezone")
    if tz is not None and isinstance(tz.value, dict) and tz.value.get("zone"):
        from .zoneprior import zone_countries

        if zone_countries().get(str(tz.value["zone"])) != cc:  # Berlin's clock for Vienna's: the home's own name
            _zone_of_pair(ctx, tz, {cc})
    if not untold.stayed:
        _say_trips_untold(ctx, cc, {cc, exit_cc}, Confidence.MEDIUM)
    _say_zone_untold(ctx, {exit_cc, *ccs}, untold.clocks, home.confidence, told=cc)




def _say_zone_untold(ctx: Any, pair: set[str], clocks: Mapping[str, Clock],
                     home_confidence: Confidence = Confidence.LOW, told: str | None = None) -> None:
    """Where the logins cannot tell the home from an exit (``pair``: the home and the countries of
    :attr:`~.proxies.ProxyExits.untold` or :func:`~.clock_home.near_untold`) and the time zone was read on a clock of
    one of them: the others' clocks the activity fits (``clocks``), where they differ from it, said in the time-zone
    finding (its value's ``untold_zones``, a caveat first), whose confidence is low at most: the clock rests on which
    country is the home (T39: a Sydney resident's always-on New Zealand exit read "Auckland time", high; a Brisbane
    resident's Japanese one "Tokyo time", high; a Mexico City resident's US one "Phoenix time", medium, beside a home
    said to be unclear). Where the time zone's own country has no clock the activity fits (Auckland's for a Sydney
    sleeper, two hours on), the others' are said to fit better. Where the clock is the same either way, the zone
    stands, said for either country and no surer than the home it rests on (``home_confidence``, the home finding's
    once lowered; EXIT43: a Chicago resident's always-on Canadian exit read "one of the clocks kept in Canada",
    medium, beside a home of low). ``told``: the country the person's orders told the home in
    (:func:`_say_untold_by_orders`): where the zone is its clock and fits, the others' are said in a caveat and kept in
    ``untold_zones`` marked ``"set_aside_by_orders": true``, and the zone is no surer than the home, not low (HOME44's
    Madrid resident behind a Portuguese exit, orders to Madrid: "Madrid time …, or Lisbon time … if you live in
    Portugal", low, beside "You most likely live in Madrid, Spain", medium)."""
    from .zoneprior import zone_countries, zone_populations

    tz = ctx.findings.get("timezone")
    if tz is None or not isinstance(tz.value, dict) or not tz.value.get("zone"):
        return
    here = zone_countries().get(str(tz.value["zone"]))
    if here not in pair:
        here = _zone_of_pair(ctx, tz, pair)
        if here is None:
            return
    said = (tz.value.get("utc_offset_hours"), bool(tz.value.get("observes_dst")))
    fitted = getattr(ctx, "activity_fits", None)
    people = zone_populations()
    # the clocks the time zone's reading left open (one of the clocks from Los Angeles' to New York's) are open for the
    # other reading too: its country's among them, or else those the activity cannot tell from its best-fitting one
    # (an hour apart: a Vancouver sleeper's lull fits Edmonton's as well; T40B: "…Or Edmonton time if you live in
    # Canada"; a Chicago one's New York's, "…Or New York time"), all said
    opened = [o for o in tz.value.get("open_zones") or () if isinstance(o, dict)]
    span = {said} | {(o.get("utc_offset_hours"), bool(o.get("observes_dst"))) for o in opened} if opened else None
    others: dict[str, list[Clock]] = {}
    for cc, c in sorted(clocks.items()):
        near = (fitted.near_best(cc, span) if fitted is not None else []) or [c]
        if cc in pair and cc != here and (c[1], c[2]) != said and all((k[1], k[2]) != said for k in near):
            others[cc] = near
    name = _in_text_name
    if not others:
        # the same clock either way (Toronto's and New York's; Chicago's, Matamoros'): the zone stands, but it rests
        # on the home as much as the home does
        # said wherever the zone already stood no surer than the home too (HOME44: Los Angeles or Denver behind an
        # always-on Canadian exit, Toronto or Vancouver behind a US one, read low on the clock alone, said nothing)
        rest = sorted(c for c in pair if c != here)
        if told == here:
            # the orders told the others an exit: no disagreement with their logins (T47B: a Lima resident behind an
            # always-on US exit, orders to Lima, read "the place evidence (IP country) points to US", lowered)
            _explained_disagreement(tz, set(rest))
        said_either = (f"Your logins cannot tell whether you live in {name(here)} or in "
                       f"{and_list([name(c) for c in rest])} (one of them a VPN or proxy exit); your activity keeps "
                       "the same clock either way.")
        if rest and said_either not in tz.caveats:
            tz.caveats = [said_either, *tz.caveats]
            tz.confidence_basis += (f"; {least_sure(tz.confidence, home_confidence)} at most, as "
                                    f"the home: {here} or {', '.join(rest)} (the logins cannot tell which is the "
                                    "exit, the clock is the same either way)")
            if tz.confidence.rank > home_confidence.rank:
                tz.confidence = home_confidence
        return

    def named(cc: str) -> Clock:  # the most populous of them, as the time zone's own range names one
        return max(others[cc], key=lambda k: (people.get(cc, {}).get(k[0], 0), k))

    def zones(cc: str) -> str:
        near = others[cc]
        return " or ".join(z for z, _o, _d in near) if len(near) <= 2 else f"one of {near[0][0]} to {near[-1][0]}"

    better = here not in clocks  # the activity fits none of the time zone's country's clocks, the others' it does
    by_orders = told == here and not better
    tz.value["untold_zones"] = [
        {"country": cc, "zone": named(cc)[0], "utc_offset_hours": named(cc)[1], "observes_dst": named(cc)[2]}
        | ({"fits_better": True} if better else {})
        | ({"set_aside_by_orders": True} if by_orders else {})
        | ({"open_zones": [{"zone": z, "utc_offset_hours": off, "observes_dst": dst} for z, off, dst in others[cc]]}
           if len(others[cc]) > 1 else {})
        for cc in sorted(others)]
    each = and_list([f"{zones(cc)} if you live in {name(cc)}" for cc in sorted(others)])
    if by_orders:
        # the orders told the home (its clock the one read): the other reading said, the zone as sure as the home
        tz.caveats = [f"Your logins cannot tell whether you live in {name(here)} or in "
                      f"{and_list([name(cc) for cc in sorted(others)])} (one of them a VPN or proxy exit), and your "
                      f"activity fits a clock of each; your orders ship to {name(here)}, so {tz.value['zone']} is "
                      f"read: {each}.", *tz.caveats]
        _explained_disagreement(tz, set(others))
        cap = least_sure(tz.confidence, home_confidence)
        tz.confidence_basis += (f"; {cap} at most, as the home: {here} (the orders) or {', '.join(sorted(others))} "
                                f"(the logins cannot tell which is the exit), the activity fits "
                                f"{', '.join(zones(cc) for cc in sorted(others))} too")
        tz.confidence = cap
        if cap.rank < home_confidence.rank:
            tz.caveats = [*tz.caveats, _less_sure_than_home(tz, home_confidence)]
        return
    fits = (f"your activity fits {and_list([zones(cc) for cc in sorted(others)])} better than {tz.value['zone']}"
            if better else "your activity fits a clock of each")
    tz.caveats = [f"Your logins cannot tell whether you live in {name(here)} or in "
                  f"{and_list([name(cc) for cc in sorted(others)])} (one of them a VPN or proxy exit), and {fits}: "
                  f"{tz.value['zone']} if you live in {name(here)}, {each}.", *tz.caveats]
    tz.confidence_basis += (f"; low at most: the home is {here} or {', '.join(sorted(others))} (the logins cannot "
                            f"tell which is the exit), and the activity fits "
                            f"{', '.join(zones(cc) for cc in sorted(others))} too")
    if tz.confidence in (Confidence.HIGH, Confidence.MEDIUM):
        tz.confidence = Confidence.LOW


def _less_sure_than_home(tz: Any, home_confidence: Confidence) -> str:
    """Why the time zone read on the clock of the home the orders told is less sure than that home: the share of
    the weight its answer holds (the value's ``posterior``, 0–1) beside the likeliest other zone's (``alternatives``)
    — the exit's logins still weigh for their own country's clocks (T47B: a Bangkok resident behind an always-on
    Australian exit, orders to Bangkok, "Bangkok time" low beside "Bangkok, Thailand" medium, no reason given)."""
    from .zoneprior import zone_countries

    alts = [a for a in tz.value.get("alternatives") or () if isinstance(a, dict) and a.get("zone")]
    other = {u.get("country") for u in tz.value.get("untold_zones") or () if isinstance(u, dict)}
    rest = (f", {alts[0]['zone']} {alts[0].get('posterior', 0):.0%}"
            + (", a clock of the logins' other reading" if zone_countries().get(alts[0]["zone"]) in other else "")
            if alts else "")
    return (f"The clock is {tz.confidence.value}, not {home_confidence.value} as the home: your activity and the "
            f"place evidence give {tz.value['zone']} {float(tz.value.get('posterior') or 0):.0%} of the weight"
            f"{rest}.")


def _explained_disagreement(tz: Any, exits: set[str]) -> None:
    """Drops the time zone's disagreement with a login country among ``exits`` (ISO codes the orders told a VPN or
    proxy exit, :func:`say_untold_zones`' ``by_orders``), and the one-level lowering it cost where no other reason for
    it is left (the value's ``lowered_for``, :mod:`.clock`'s reasons as data: ``[{"reason": "place_disagrees",
    "country": "AU"}, {"reason": "lull_not_night", "zone": …}]``): the level is recomputed as the clock's steps give it
    without the lowering (``lowering``: ``{"from": unlowered, "to": lowered}``), unless a later step lowered it again.
    A Tokyo resident behind an always-on Australian exit, orders to Tokyo: the home was turned to "Tokyo, Japan"
    (medium), but the time zone kept "the place evidence (IP country) points to AU, but the activity clock fits
    Asia/Tokyo better (travel, shift work or a VPN?)" and "Activity and place disagree", low (T45 M7); the caveat now
    says the logins' two countries and the orders' choice instead."""
    pd = tz.value.get("place_disagreement")
    if not isinstance(pd, dict) or pd.get("country") not in exits:
        return
    # either wording: "…, but the activity clock fits <zone> better" or "…, and the activity cannot tell <zone> from
    # <zone>" (clock.place_clocks_alike)
    said = f"points to {gazetteer.country_in_text(pd['country'])}, "  # clock.py's sentence names it (WORD58)
    left = [d for d in tz.value.get("disagreement") or () if said not in d]
    if len(left) == len(tz.value.get("disagreement") or ()):
        return
    from .clock import DISAGREE_LOWERED, DISAGREE_NOT_LOWERED, UNTOLD_LOWERED, UNTOLD_NOT_LOWERED

    tz.value["disagreement"] = left or None
    tz.caveats = [c for c in tz.caveats if said not in c]
    if not left:  # no disagreement left to say (the level's lowering, where one was made, is undone below)
        tz.summary = _without_disagreement(tz.summary)
        for words in (DISAGREE_NOT_LOWERED, UNTOLD_NOT_LOWERED):
            tz.confidence_basis = tz.confidence_basis.replace(
                words, f"; the logins from {gazetteer.country_in_text(pd['country'])} are no disagreement: the "
                "orders tell them an exit")
    reasons = [r for r in tz.value.get("lowered_for") or ()
               if not (r.get("reason") == "place_disagrees" and r.get("country") == pd["country"])]
    lowering = tz.value.get("lowering")
    if reasons or not isinstance(lowering, dict) or len(reasons) == len(tz.value.get("lowered_for") or ()):
        return
    tz.value["lowered_for"], tz.value["lowering"] = None, None
    tz.summary = _without_disagreement(tz.summary)
    for words in (DISAGREE_LOWERED, UNTOLD_LOWERED):
        tz.confidence_basis = tz.confidence_basis.replace(
            words, f"; not lowered for the logins from {gazetteer.country_in_text(pd['country'])}: the orders tell "
            "them an exit")
    if tz.confidence == Confidence(lowering["to"]):  # else a later step lowered it for its own reason: kept
        tz.confidence = Confidence(lowering["from"])


def _without_disagreement(summary: str) -> str:
    """The time zone's ``summary`` without its closing word on the place evidence: ". Activity and place disagree."
    or, where the place's country has a clock the activity fits as well, ". The activity fits a clock of <country> as
    well." (:mod:`.clock`)."""
    summary = summary.replace(". Activity and place disagree.", ".")
    return re.sub(r"\. The activity fits a clock of .*? as well\.", ".", summary)


def _zone_of_pair(ctx: Any, tz: Any, pair: set[str]) -> str | None:
    """Where the time zone was named for a country neither reading places the person in (T41 M: a Manaus resident
    behind an always-on US exit read "Caracas time", Venezuela's, the most populous zone of UTC−4 without summer
    time), renames it to the most populous zone of the same group (``candidate_zones``: the same offsets all year)
    in the home's country, else in another of ``pair``, and returns that country; None where none of them has one."""
    from .zoneprior import zone_countries, zone_populations

    countries, people = zone_countries(), zone_populations()
    group = [str(z) for z in tz.value.get("candidate_zones") or ()]
    home = ctx.findings.get("home")
    first = home.value.get("country") if home is not None and isinstance(home.value, dict) else None
    for cc in sorted(pair, key=lambda c: (c != first, c)):
        own = [z for z in group if countries.get(z) == cc]
        if not own:
            continue
        old, new = str(tz.value["zone"]), max(own, key=lambda z: (people.get(cc, {}).get(z, 0), z))
        tz.value["zone"] = new
        tz.value["disagreement"] = [d.replace(old, new) for d in tz.value.get("disagreement") or ()] or None
        if isinstance(tz.value.get("place_disagreement"), dict):
            tz.value["place_disagreement"]["zone"] = new
        tz.caveats = [c.replace(old, new) for c in tz.caveats]
        # the summary and the country the clock is kept in with it (T46: a São Paulo sleeper behind a US exit read
        # "Manaus time" in the headline, "most likely America/Caracas" in the summary, place_country Venezuela)
        tz.summary = tz.summary.replace(old, new)
        if tz.value.get("place_country"):
            tz.value["place_country"] = cc
        tz.confidence_basis += (f"; {new} for {old} (the same offsets all year): the clock of "
                                f"{gazetteer.country_in_text(cc)}, where one "
                                "reading of the logins places you")
        return cc
    return None


def _home_zones(ctx: Any, home: str) -> list[str]:
    """The zones of ``home``'s country (ISO alpha-2) the time zone finding names or leaves open (its ``zone`` and
    ``open_zones``): the clocks a clock exit's gap is said over (a Los Angeles resident's German exit at weekends
    was "6 h from theirs", New York's gap, where the finding leaves Los Angeles to New York open)."""
    from .zoneprior import zone_countries

    tz = ctx.findings.get("timezone")
    if tz is None or not isinstance(tz.value, dict) or not tz.value.get("zone"):
        return []
    countries = zone_countries()
    named = [str(tz.value["zone"])] + [str(z["zone"]) for z in tz.value.get("open_zones") or () if z.get("zone")]
    return [z for z in dict.fromkeys(named) if countries.get(z) == home]


def say_exits(ctx: Any) -> None:
    """Says the exits set aside (``ctx.proxy_exits``) in the time-zone, home and trips findings: a caveat
    (:func:`~.proxies.exits_sentence`), the value's ``proxy_exits`` (:meth:`~.proxies.ProxyExits.as_value`) where
    the value is a dict, and the confidence basis. Nothing without exits."""
    _say_untold(ctx)
    _say_day_edges(ctx)
    exits = getattr(ctx, "proxy_exits", None)
    if exits is None:
        return
    home = ctx.findings.get("home")
    turned = exits.untold and home is not None and isinstance(home.value, dict) \
        and home.value.get("untold_exit") == exits.home and home.value.get("country") in exits.untold
    if turned:
        # the orders ship to the country the logins set aside, which the clock cannot tell from theirs
        # (:func:`~.place._untold_neighbour_of_orders`): the home turned there, both readings said
        _say_untold_by_orders(ctx, home, UntoldHomes(exits.home, {cc: exits.days.get(cc, 0) for cc in exits.untold},
                                                     exits.untold_clocks, frozenset()), far=True)
    elif exits.untold:
        _say_zone_untold(ctx, {exits.home, *exits.untold}, exits.untold_clocks)
        _say_trips_untold(ctx, exits.home, {exits.home, *exits.untold})
    said = exits_sentence(exits, _home_zones(ctx, exits.home))
    total = sum(exits.logins.values())
    # where the orders turned the home to a country the logins set aside, that country's logins are the home's own and
    # the logins' country the exit: said so, not "so which is the exit is unclear" beside "You most likely live in
    # Tokyo, Japan" (T46: a Tokyo resident's always-on Australian exit, orders to Tokyo)
    told = str(home.value["country"]) if turned else None
    if told is not None:
        said += (f" Your orders ship to {_in_text_name(told)}, so the logins from "
                 f"{_in_text_name(exits.home)} are read as the exit.")
    for fid in ("timezone", "home", "trips"):
        f = ctx.findings.get(fid)
        if f is None:
            continue
        f.caveats = [*f.caveats, said]
        if isinstance(f.value, dict):
            f.value["proxy_exits"] = exits.as_value()
        # the countries named as a sentence names them ("from the Netherlands", "Japan's clock"; WORD58: "from NL")
        nm, ls = _in_text_name, (lambda ccs: and_list([_in_text_name(c) for c in sorted(ccs)]))
        f.confidence_basis += (f"; {count_phrase(total, 'login')} from "
                               f"{ls(exits.logins)} set aside{' at first' if told else ''} as a VPN "
                               "or proxy exit "
                               + (f"(switching with {nm(exits.home)} faster than travel allows)" if not exits.evening
                                  else f"(switching with {nm(exits.home)} faster than travel allows, or only in the "
                                  f"evenings of days at home: {ls(exits.evening)})")
                               + (f"; only inside days at home: {ls(exits.inside)}" if exits.inside
                                  else "")
                               + (f"; their days' activity keeps {possessive(nm(exits.home))} clock: "
                                  f"{ls(exits.clock)}" if exits.clock else "")
                               + (f"; every week (far, or near and at weekends alone), on {possessive(nm(exits.home))} "
                                  f"clock: {ls(exits.weekly)}" if exits.weekly else "")
                               + (f"; the activity keeps a clock of both {nm(exits.home)} and "
                                  f"{ls(exits.untold)}, and the orders ship to {nm(told)}: the logins from "
                                  f"{nm(exits.home)} are read as the exit, those from {nm(told)} as the home's own"
                                  if told is not None else
                                  f"; the activity keeps a clock of both {nm(exits.home)} and "
                                  f"{ls(exits.untold)}, so which is the exit is unclear"
                                  if exits.untold else ""))
        if fid == "home" and exits.untold and not turned and f.confidence in (Confidence.HIGH, Confidence.MEDIUM):
            # the home rests on which of the two is the exit, and neither the logins nor the clock tell (T39: a
            # Tokyo resident's always-on Australian exit read "You most likely live in Australia", high)
            f.confidence = Confidence.LOW
