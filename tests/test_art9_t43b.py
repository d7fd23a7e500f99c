"""T43B (the fresh tester of the forty-third pass's fix round): texts that may be special and read none.

H1: a product on strike is a thing (ART44), so "mein Dyson streikt, ich auch" — union before ART44, the unknown noun
read as people — read none: the person's own "too" beside a strike's word reads union (a joke read so is only
withheld). H2: FIXART5's "AVC" (accident vasculaire cérébral) missed a full stop after it and a determiner in
capitals; Spanish "ACV" likewise."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category


@pytest.mark.parametrize("text", [
    "mein Dyson streikt, ich auch", "mein Dyson streikt, wir auch", "mein Dyson streikt, meine Kollegen auch",
    "mijn Dyson staakt, ik ook", "mi Dyson sciopera, anch'io", "mi Dyson sciopera, anche io",
    "my Echo is on strike, same here", "my Echo is on strike, likewise", "my Echo is on strike, as am I",
    "my Echo is on strike, we all are", "my Echo is on strike, so is everyone at work",
    "my Dyson is on strike and so am I", "MEIN DYSON STREIKT, ICH AUCH"])
def test_a_thing_s_strike_beside_the_person_s_own_too_reads_union(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("text", [
    "my Dyson is on strike", "mein Dyson streikt", "mijn Dyson staakt", "my laptop is on strike again",
    "I went for a walk, me too", "I talked to him, same here", "the kids took a walk, me too", "same here, likewise"])
def test_a_thing_s_strike_or_a_too_alone_reads_none(text: str) -> None:
    assert special_category(text) is None


@pytest.mark.parametrize("text", [
    "mon père a fait un AVC.", "minha mãe teve um AVC.", "teve um AVC. Está no hospital", "J'AI FAIT UN AVC",
    "EU TIVE UM AVC ONTEM", "depuis mon AVC", "tuvo un ACV", "mi padre sufrió un ACV."])
def test_a_stroke_written_avc_or_acv_reads_health(text: str) -> None:
    assert special_category(text) == "health"


@pytest.mark.parametrize("text", ["H.264/AVC", "AVC 1080p", "AVC.mp4 file", "un AVC.mp4", "the AVC codec"])
def test_the_video_codec_reads_none(text: str) -> None:
    assert special_category(text) is None
