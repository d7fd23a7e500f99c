"""Written places "town, XX" (WORD62; tester T58D's leftovers of WORD61's one reading).

1. A Facebook login "Mumbai, MH" was "not your home (India)" for a home without a town: the one reading takes MH for no
   country (Maharashtra's letters), and nothing else met a home in India. A town and letters left without a country
   now meet a home without a town where the town is that country's and the letters its own or one of its regions'.
2. A report saved as JSON before T57D's gate holds "login placed by Facebook in Mumbai, MH"; re-rendered it said
   "Mumbai, Marshall Islands", "Chennai, Tunisia".
3. Small towns with a larger namesake abroad lost their country ("Amalfi, IT": Amalfi, Colombia; "Dingle, IE": Dingle,
   the Philippines); a town GeoNames places abroad only read a state's or a country's short form as that country
   ("Catania, CT" Connecticut, "Dehradun, UK" the United Kingdom — Uttarakhand's letters); a zero-width character inside
   a town's name made it a town GeoNames does not list ("Mum\u200bbai, MH" the Marshall Islands).
Each is a grid over towns, letters and countries, with the look-alikes that must not change.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import gazetteer, infer
from dataexam.inference.place import PlaceAggregator, fb_login_place
from dataexam.inference.platform import _place_meets
from dataexam.report.view import _excerpt_text


def _parts(place: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in place.split(","))


def _lower(place: str) -> str:
    town, _, letters = place.rpartition(", ")
    return f"{town}, {letters.lower()}"


#: a region's letters after a town of that region's country → the country (the home without a town they meet)
REGION_OF_HOME = {"Mumbai, MH": "IN", "Pune, MH": "IN", "Nagpur, MH": "IN", "Chennai, TN": "IN", "Panaji, GA": "IN",
                  "Jaipur, RJ": "IN", "Lucknow, UP": "IN", "Dehradun, UK": "IN", "Salem, IN": "IN",
                  "Munich, BY": "DE", "Belo Horizonte, MG": "BR", "Belém, PA": "BR", "Florianópolis, SC": "BR",
                  "Porto Alegre, RS": "BR", "Curitiba, PR": "BR", "Recife, PE": "BR",
                  "Ho Chi Minh City, SG": "VN", "Catania, CT": "IT", "Rieti, RI": "IT", "Viterbo, VT": "IT",
                  "Palermo, PA": "IT", "Bari, BA": "IT", "Cagliari, CA": "IT", "Perugia, PG": "IT"}


@pytest.mark.parametrize(("place", "cc"), REGION_OF_HOME.items())
def test_a_region_s_letters_meet_a_home_without_a_town_in_the_town_s_country(place: str, cc: str) -> None:
    assert _place_meets(place, {"country": cc})
    assert _place_meets(_lower(place), {"country": cc})
    assert _place_meets(place.upper(), {"country": cc})
    assert _place_meets(place, {"city": place.rpartition(", ")[0], "country": cc})


@pytest.mark.parametrize(("place", "home"), [
    # the letters' own country, where the town is not: no home there
    ("Mumbai, MH", {"country": "MH"}), ("Munich, BY", {"country": "BY"}), ("Chennai, TN", {"country": "TN"}),
    ("Catania, CT", {"country": "US"}), ("Dehradun, UK", {"country": "GB"}), ("Belo Horizonte, MG", {"country": "MG"}),
    ("Ho Chi Minh City, SG", {"country": "SG"}),
    # another town of the home's country, for a home with a town
    ("Pune, MH", {"city": "Mumbai", "country": "IN"}), ("Nuremberg, BY", {"city": "Munich", "country": "DE"}),
    ("Palermo, PA", {"city": "Catania", "country": "IT"}),
    # another country's state, whatever the town
    ("Vancouver, WA", {"city": "Vancouver", "country": "CA"}),
    ("Cambridge, MA", {"city": "Cambridge", "country": "GB"}), ("Perth, WA", {"city": "Perth", "country": "GB"}),
    ("Los Angeles, CA", {"country": "CA"}), ("Denver, CO", {"country": "CO"}), ("Pittsburgh, PA", {"country": "PA"}),
    ("Nashville, TN", {"country": "TN"}), ("Atlanta, GA", {"country": "GA"}),
    # a town of the home's country, but letters that are no region of it
    ("Mumbai, BY", {"country": "IN"}), ("Munich, MH", {"country": "DE"}),
])
def test_look_alikes_still_meet_no_home(place: str, home: dict[str, str]) -> None:
    assert not _place_meets(place, home)


@pytest.mark.parametrize(("place", "home"), [
    ("Tunis, TN", {"country": "TN"}), ("Majuro, MH", {"country": "MH"}), ("Minsk, BY", {"country": "BY"}),
    ("Nashville, TN", {"country": "US"}), ("Los Angeles, CA", {"country": "US"}), ("Toronto, ON", {"country": "CA"}),
    ("Perth, WA", {"country": "AU"}), ("Salem, IN", {"country": "US"}), ("Amsterdam, NL", {"country": "NL"}),
    ("Monterrey, NL", {"city": "Monterrey", "country": "MX"}), ("Amalfi, IT", {"country": "IT"}),
    ("Dingle, IE", {"country": "IE"}), ("Lisbon, PT", {"city": "Lisbon", "country": "PT"}),
    ("Singapore", {"country": "SG"}), ("Rabat, MA", {"country": "MA"}), ("Cambridge, MA", {"country": "US"}),
])
def test_a_place_of_the_home_s_country_meets_it(place: str, home: dict[str, str]) -> None:
    assert _place_meets(place, home)


#: small towns (under 5,000 people) whose country's letters are theirs, though a larger namesake is abroad
SMALL_TOWNS = {"Amalfi, IT": "IT", "Dingle, IE": "IE", "Eze, FR": "FR", "Èze, FR": "FR", "Oxford, NZ": "NZ",
               "Ravello, IT": "IT", "Positano, IT": "IT", "Hallstatt, AT": "AT", "Vila Nova de Cerveira, PT": "PT"}
#: letters a US state, a Canadian province, an Australian state or a country's short form writes, after a town GeoNames
#: places in one other country whose region they are: no country (as "Mumbai, MH")
FOREIGN_REGIONS = ["Catania, CT", "Rieti, RI", "Viterbo, VT", "Dehradun, UK", "Cagliari, CA", "Palermo, PA"]
#: towns of a state, or with a namesake in that state: the state's country as before
STATES = {"Naples, FL": "US", "Venice, FL": "US", "Florence, AL": "US", "Athens, GA": "US", "Berlin, CT": "US",
          "Bristol, CT": "US", "Toledo, OH": "US", "Moscow, ID": "US", "Paris, TX": "US", "Dublin, CA": "US",
          "Manchester, UK": "GB", "Edinburgh, UK": "GB", "Kingston, ON": "CA", "Hobart, TAS": "AU",
          "Los Angeles, CA": "US"}


def _readers(place: str) -> set[str | None]:
    """What a login's location, a profile's current city and a location record's city read the place as."""
    out: set[str | None] = set()
    found = fb_login_place({"location": place})
    out.add(found[0] if found else None)
    for kind in ("facebook.profile", "facebook.location"):
        s = Stream("facebook.zip")
        agg = PlaceAggregator()
        if kind == "facebook.profile":
            agg.consume(s.ev(None, kind, place, fact="current_city"))
        else:
            agg.consume(s.ev(datetime(2024, 1, 1, tzinfo=UTC), kind, place, city=place, list="primary"))
        out.add(next(iter(agg.declared_country), None))
    return out


@pytest.mark.parametrize(("place", "cc"), SMALL_TOWNS.items())
def test_a_small_town_keeps_its_country_s_letters(place: str, cc: str) -> None:
    assert gazetteer.written_country(_parts(place)) == cc
    assert _readers(place) == {cc}
    assert _excerpt_text(f"login placed by Facebook in {place}") == \
        f"login placed by Facebook in {gazetteer.town_and_country(place.rpartition(', ')[0], cc)}"


@pytest.mark.parametrize("place", FOREIGN_REGIONS)
def test_letters_of_a_region_abroad_name_no_state_or_country(place: str) -> None:
    assert gazetteer.written_country(_parts(place)) is None
    assert _readers(place) == {None}


@pytest.mark.parametrize(("place", "cc"), STATES.items())
def test_a_state_s_own_towns_keep_its_country(place: str, cc: str) -> None:
    assert gazetteer.written_country(_parts(place)) == cc
    assert _readers(place) == {cc}


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e"]


@pytest.mark.parametrize("ch", ZERO_WIDTH)
@pytest.mark.parametrize(("place", "cc"), [("Mumbai, MH", None), ("Munich, BY", None), ("Lisbon, PT", "PT"),
                                           ("Los Angeles, CA", "US"), ("Amalfi, IT", "IT"), ("Catania, CT", None)])
def test_a_format_character_in_a_town_s_name_is_read_past(ch: str, place: str, cc: str | None) -> None:
    town, _, letters = place.rpartition(", ")
    for written in (f"{town[:2]}{ch}{town[2:]}, {letters}", f"{ch}{town}, {letters}", f"{town}{ch}, {letters}",
                    f"{town}, {letters[0]}{ch}{letters[1]}", f"{town}, {letters}{ch}"):
        assert gazetteer.written_country(_parts(written)) == cc, repr(written)
        assert _readers(written) == {cc}, repr(written)
    home = REGION_OF_HOME.get(place)
    if home:
        assert _place_meets(f"{town[:2]}{ch}{town[2:]}, {letters}", {"country": home})


def test_full_width_letters_read_as_letters() -> None:
    assert gazetteer.written_country(("Lisbon", "ＰＴ")) == "PT"
    assert gazetteer.written_country(("Mumbai", "ＭＨ")) is None


#: a saved report's login excerpt → as re-rendered
EXCERPTS = {"Mumbai, MH": "Mumbai, MH", "Chennai, TN": "Chennai, TN", "Munich, BY": "Munich, BY",
            "Belo Horizonte, MG": "Belo Horizonte, MG", "Ho Chi Minh City, SG": "Ho Chi Minh City, SG",
            "Catania, CT": "Catania, CT", "Dehradun, UK": "Dehradun, UK", "Los Angeles, CA": "Los Angeles, CA",
            "Tunis, TN": "Tunis, Tunisia", "Minsk, BY": "Minsk, Belarus", "Mumbai, IN": "Mumbai, India",
            "Lisbon, PT": "Lisbon, Portugal", "Amalfi, IT": "Amalfi, Italy", "Dingle, IE": "Dingle, Ireland",
            "Smalltown, CA": "Smalltown, Canada", "Bergen, Hordaland, NO": "Bergen, Hordaland, Norway",
            "Lisbon, DE": "Lisbon, Germany", "Lisbon, BR": "Lisbon, Brazil", "Salem, IN": "Salem, India"}


@pytest.mark.parametrize(("place", "said"), EXCERPTS.items())
def test_a_saved_login_excerpt_names_the_country_the_one_reading_finds(place: str, said: str) -> None:
    assert _excerpt_text(f"login placed by Facebook in {place}") == f"login placed by Facebook in {said}"


@pytest.mark.parametrize(("place", "wrong"), [("Mumbai, MH", "Marshall Islands"), ("Chennai, TN", "Tunisia"),
                                              ("Munich, BY", "Belarus"), ("Belo Horizonte, MG", "Madagascar")])
def test_a_saved_report_re_rendered_names_no_country_of_a_region_s_letters(place: str, wrong: str) -> None:
    """A report saved before T57D's gate: its login places and evidence hold the letters as a country."""
    from dataexam.report import render

    s = Stream("facebook.zip")
    start = datetime(2024, 1, 1, 6, tzinfo=UTC)
    events = [s.ev(start + timedelta(days=i, hours=i % 10), "facebook.login", None, location="Lisbon, PT")
              for i in range(60)]
    buf = io.StringIO()
    render(infer(events, now=datetime(2024, 6, 1, tzinfo=UTC)), "json", buf, detail="full")
    assert "login placed by Facebook in Lisbon, PT" in buf.getvalue()
    saved = json.loads(buf.getvalue().replace("Lisbon, PT", place))  # as a report before T57D wrote it
    for fmt in ("text", "markdown", "html"):
        out = io.StringIO()
        render(saved, fmt, out, detail="full")
        text = " ".join(out.getvalue().split())  # the text's wrapped lines joined
        assert f"login placed by Facebook in {place}" in text, fmt
        assert f"{place.rpartition(', ')[0]}, {wrong}" not in text, fmt
