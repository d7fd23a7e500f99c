"""ART65/ART66's case tables (probes59/ART66/cases.tsv, c3, c6-c9.tsv) as readings, kept by ART67's one-pass loop.

ART67 compared every row before and after its changes: the fixed-point loop (1) and the names in every language (2)
changed none; two rows of c9.tsv read none now by ART67 4 (her "I'm in the union hall", "I'm in the union? lol no":
no membership, as the brief asks; ART66 had labelled them union), as c3.tsv's own rows for the same forms already
did. One row of c3.tsv is labelled none but reads union, on main as here: "Aren't you in the UAW? No. Since 2019 not"
— a word after her no that no answer reads ("Since 2019 not") reads as written (ART62), the withheld side; asserted so.
Her "I'm in the union" before a question answered no on the next line stays union ("I'm in the union\nAre you in the
Teamsters? no": ART67's first-person rule wants her question's mark right after its words).
"""
from __future__ import annotations

import pytest

from dataexam.categories import special_category

ROWS = (
    ("I'm in the union no more", 'none'),  # c3.tsv
    ("I'm in the union? lol no", 'none'),  # c3.tsv
    ("I'm in the union? nope", 'none'),  # c3.tsv
    ("I'm in the union? No way", 'none'),  # c3.tsv
    ("I'm in the union lol jk", 'none'),  # c3.tsv
    ('Are you in the union? no', 'none'),  # c3.tsv
    ('Is she in the union? no', 'none'),  # c3.tsv
    ('Is your wife in the union? no', 'none'),  # c3.tsv
    ('Is your wife in the union? yes she is', 'union'),  # c3.tsv
    ('Is your wife in the union? yes', 'union'),  # c3.tsv
    ('Are you in the union? yes I am', 'union'),  # c3.tsv
    ('Non sei nel sindacato? No', 'none'),  # c3.tsv
    ('Non sei nel sindacato? Mai', 'none'),  # c3.tsv
    ('Non sei nel sindacato? Mai più', 'none'),  # c3.tsv
    ('Non sei nel sindacato? Non più', 'none'),  # c3.tsv
    ("I'm not in the union", 'none'),  # c3.tsv
    ('She is not in the union', 'none'),  # c3.tsv
    ("She isn't in the union", 'none'),  # c3.tsv
    ("I'm not not in the union", 'union'),  # c3.tsv
    ('She is not not in the union', 'union'),  # c3.tsv
    ("Aren't you in the UAW? yes I am", 'union'),  # c3.tsv
    ("Aren't you in the UAW? No", 'none'),  # c3.tsv
    ("Aren't you in the UAW? No?", 'none'),  # c3.tsv
    ("Aren't you in the UAW? No? Since 2019!", 'union'),  # c3.tsv
    ("Aren't you in the UAW? No? since 2019", 'union'),  # c3.tsv
    ("Aren't you in the UAW? No, since 2019", 'none'),  # c3.tsv
    ("Aren't you in the UAW? No. Since 2019 not", 'union'),  # c3.tsv
    ('No estoy en la UGT', 'none'),  # c6.tsv
    ('No estoy en UGT', 'none'),  # c6.tsv
    ('¿No estás en la UGT? No', 'none'),  # c6.tsv
    ('No pago la cuota sindical', 'none'),  # c6.tsv
    ('la UGT hepática', 'none'),  # c6.tsv
    ('Estoy en uso', 'none'),  # c6.tsv
    ("I'm in USO", 'none'),  # c6.tsv
    ('Estoy en la UGT desde 2019', 'union'),  # c6.tsv
    ('Soy de CCOO', 'union'),  # c6.tsv
    ('Afiliado a la CGT', 'union'),  # c6.tsv
    ('No soy de la CGT', 'none'),  # c6.tsv
    ('No soy afiliado sindical', 'none'),  # c6.tsv
    ('No estoy en la UGT, lol', 'none'),  # c6.tsv
    ('No estoy en la UGT, estoy en CCOO', 'union'),  # c6.tsv
    ('No estoy en CCOO', 'none'),  # c7.tsv
    ('Is he in the union? yep', 'union'),  # c8.tsv
    ('Are you in the union? nope', 'none'),  # c8.tsv
    ('Are you in the union? yes I am. not anymore', 'none'),  # c8.tsv
    ('Is your wife in the union?', 'none'),  # c8.tsv
    ("Isn't he in the union? yes I am", 'union'),  # c8.tsv
    ('Is the wife in the union of two families? yes', 'none'),  # c8.tsv
    ('Meine Frau ist in der Gewerkschaft', 'union'),  # c9.tsv
    ('Mi mujer está en el sindicato', 'union'),  # c9.tsv
    ('Minha esposa está no sindicato', 'union'),  # c9.tsv
    ('Ma femme est au syndicat', 'union'),  # c9.tsv
    ('Mia moglie è nel sindacato', 'union'),  # c9.tsv
    ("I'm in the union hall", 'none'),  # c9.tsv
    ("I'm in the union of postal workers", 'union'),  # c9.tsv
    ("I'm in the National Union of Students", 'none'),  # c9.tsv
    ("Aren't you in the UAW? no? since 2019", 'union'),  # cases.tsv
    ("Aren't you in the UAW? Nada. Pago la cuota sindical", 'union'),  # cases.tsv
    ('Pago la cuota sindical', 'union'),  # cases.tsv
    ('Soy afiliado sindical', 'union'),  # cases.tsv
    ('Estoy en la UGT', 'union'),  # cases.tsv
    ("I'm in UGT", 'union'),  # cases.tsv
    ('Estoy en CCOO', 'union'),  # cases.tsv
    ("I'm in the CGT", 'union'),  # cases.tsv
    ('He is in the union cabinet of India', 'none'),  # cases.tsv
    ('He is in the union government', 'none'),  # cases.tsv
    ("She's in the union territory", 'none'),  # cases.tsv
    ("You're in the union territory of Ladakh", 'none'),  # cases.tsv
    ('She is in the Union Budget team', 'none'),  # cases.tsv
    ("He's in the union of South Africa", 'none'),  # cases.tsv
    ('He is in the union of Comoros', 'none'),  # cases.tsv
    ('They are in the union of South American nations', 'none'),  # cases.tsv
    ('He is in the Union of Concerned Scientists', 'none'),  # cases.tsv
    ('She is in the union of Soviet writers', 'none'),  # cases.tsv
    ("They're in the Union League Club", 'none'),  # cases.tsv
    ('He is in the union of sets class', 'none'),  # cases.tsv
    ('They are in the union of A and B', 'none'),  # cases.tsv
    ('She is in the union hall', 'none'),  # cases.tsv
    ('He was in the union navy', 'none'),  # cases.tsv
    ('My dog is in the union', 'none'),  # cases.tsv
    ("I'm in the union government", 'none'),  # cases.tsv
    ("I'm in the union territory", 'none'),  # cases.tsv
    ("I'm in the union cabinet", 'none'),  # cases.tsv
    ('My wife is in the union of two families', 'none'),  # cases.tsv
    ('She is in the union of marriage with my brother', 'none'),  # cases.tsv
    ('My wife is in the union of hearts', 'none'),  # cases.tsv
    ('We joined our union at the wedding, my wife and I', 'none'),  # cases.tsv
    ('She is in the union no more', 'none'),  # cases.tsv
    ("She's in the union? lol no", 'none'),  # cases.tsv
    ("My wife's in the union? nope", 'none'),  # cases.tsv
    ("You're in the union? No way", 'none'),  # cases.tsv
    ("He's in the union lol jk", 'none'),  # cases.tsv
    ("He's not not in the union", 'union'),  # cases.tsv
    ('She is in the union', 'union'),  # cases.tsv
    ('My wife is a member of the union', 'union'),  # cases.tsv
    ("He's in the union", 'union'),  # cases.tsv
    ("I'm in the union", 'union'),  # cases.tsv
)


@pytest.mark.parametrize(("text", "reading"), ROWS)
def test_each_row_reads_as_labelled(text: str, reading: str) -> None:
    assert (special_category(text) or "none") == reading


@pytest.mark.parametrize("row", ("I'm in the union", "We're in the union", "I'm in the union now"))
@pytest.mark.parametrize("times", [1, 3, 300])
def test_her_membership_before_answers_no_stays_union(row: str, times: int) -> None:
    """A blank or a line before the answers' "? no" is no question of hers: union, however many answers follow."""
    assert special_category(row + "\n" + "Are you in the Teamsters? no. " * times) == "union"
    assert special_category(row + " Are you in the Teamsters? no. " * times) == "union"
