"""ART58 (T53 2 on ART57): an illness's word in its idiom after a "with" look-alike of an admission ("… with my mates
and smashed back a few pints", "… who twisted my arm", "dizzy with excitement", "a bad case of senioritis", "a flu jab
certificate", "an allergic reaction to the DJ lol", "stomach pumping bass", "injury time", "World Cup fever") is no
stay: none; the stay's own illness ("a ruptured spleen", "a busted lip", "a broken back", "a twisted ankle") is
health."""

import pytest

from dataexam.categories import special_category

IDIOMS = [
    "admitted last night with my mates and smashed back a few pints",
    "admitted with my mates and smashed back some shots",
    "admitted last night with my mates and a broken back door",
    "admitted last night with my mates, who twisted my arm",
    "admitted with my mates, twisted our arms to stay",
    "admitted to the club with my mates, dizzy with excitement",
    "admitted last night with my mates, dizzy with excitement",
    "admitted to the VIP area with a grin and a swelling sense of pride",
    "admitted last night with my mates and a swelling crowd",
    "admitted last night with a VIP ticket and a bad case of senioritis",
    "admitted with a grin and a case of Mondayitis",
    "admitted with a smile and a flu jab certificate",
    "admitted last night with a VIP ticket and a flu jab certificate",
    "admitted last night with a VIP ticket and an allergic reaction to the DJ lol",
    "admitted last night with my mates and a hernia joke",
    "admitted last night with my mates, stomach pumping bass",
    "admitted for a blood donation",
    "admitted last night with a VIP ticket after a blood donation",
    "admitted last night with my mates, lots of blood orange cocktails",
    "admitted with my mates and a bloody good bottle of wine",
    "admitted last night with my mates, bloody brilliant night",
    "admitted with a VIP ticket and a bleeding edge laptop",
    "admitted last night with my mates and a bleeding heart liberal",
    "admitted to the team with infectious enthusiasm",
    "admitted last night with my mates, infectious vibes",
    "admitted to the club for injury time",
    "admitted last night with my mates just before injury time",
    "admitted to the ball with a fever pitch of excitement",
    "admitted last night with my mates, World Cup fever",
    "admitted last night with my mates and a bottle of Fever-Tree tonic",
    "admitted last night with my mates at the stroke of midnight",
    "admitted last night with my mates, stroked the venue cat",
    "admitted last night with my mates after the collapse of the rival club",
    "admitted last night with my mates and a migraine-free evening",
    "admitted last night with my mates despite the covid rules",
    "admitted last night with my mates, all Cancers lol",
    "admitted last night with my mates, all psychos lol",
    "admitted last night with my mates and a pain au chocolat",
    "admitted last night with a VIP ticket and a seizure of my phone by security",
]

STAYS = [
    "admitted last night with my mates and a ruptured spleen",
    "admitted last night with my mates and a busted lip",
    "admitted with my mates and a burst eardrum",
    "admitted with a hangover and a smashed back",
    "admitted last night with my mates and a broken back",
    "admitted last night with a smile and a twisted ankle",
    "admitted last night with my mates, dizzy and vomiting",
    "admitted with my mates and a swelling on my leg",
    "admitted with a smile and an allergic reaction to peanuts",
    "admitted last night with my mates and a hernia",
    "admitted for a blood transfusion",
    "admitted with a VIP ticket and the flu",
    "admitted with a grin and a bad case of gastroenteritis",
    "admitted with my mates and had my stomach pumped",
    "admitted last night with a smile and had a stroke",
    "admitted last night with my mates and a collapsed lung",
    "admitted to the stroke unit",
    "admitted to Stanford with sepsis",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_an_idiom_after_a_with_look_alike_is_no_stay(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", STAYS)
def test_the_stays_own_illness_reads_health(text: str) -> None:
    assert special_category(text) == "health"
