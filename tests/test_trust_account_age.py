"""The mock trust score's credit history reads the Amazon history's age, not another service's account.

The twenty-third pass's tester (T23A F-trust-empty): adding an *empty* X archive (``account.js`` created
2015-03-01, no tweets) to an Amazon export moved "credit history" from 150.5 to 191.2 points, the account age
becoming the X account's 8.4 years instead of the Amazon history's 4.5; which account and how many years were said
only with ``--detail full``. Values are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

from test_inference_synth import Stream

from dataexam.inference import infer

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def _amazon(s: Stream) -> list:
    return [s.ev(datetime(2021 + i // 12, 1 + i % 12, 5, 12, tzinfo=UTC), "amazon.order_item", f"Paperback {i}",
                 total="12.00", currency="EUR", order_id=f"302-{i}") for i in range(36)]


def _history(events) -> dict:
    trust = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("trust_score")
    return trust.value["factors"]["credit_history"]


def test_an_old_x_account_does_not_age_the_amazon_history() -> None:
    s = Stream("amazon-legacy")
    alone = _history(_amazon(s))
    x = Stream("x-empty")
    with_x = _history([*_amazon(s), x.ev(datetime(2015, 3, 1, 9, tzinfo=UTC), "twitter.account", None,
                                         email="erika@example.invalid")])
    assert alone["inputs"]["account_years"] == with_x["inputs"]["account_years"] == 2.91  # 5 Jan 2021 – 5 Dec 2023
    assert with_x["inputs"]["account_age_from"] == "Amazon records"
    assert with_x["inputs"]["account_since"] == "2021-01-05"
    assert with_x["f"] == alone["f"] and with_x["points"] == alone["points"]
    # the default report shows the explanation in every format: the years and their source are in it
    assert with_x["explanation"] == ("Old accounts and few cancellations look reliable: 2.9 years of Amazon records "
                                     "(since Jan 2021), 0% of 36 order items cancelled, returned or refunded.")


def test_without_amazon_the_span_of_every_record_is_said_as_such() -> None:
    x = Stream("x-2024")
    history = _history([x.ev(datetime(2015, 3, 1, 9, tzinfo=UTC), "twitter.account", None, email="a@example.invalid"),
                        x.ev(datetime(2023, 3, 1, 9, tzinfo=UTC), "facebook.friend", None, status="friend")])
    assert history["inputs"]["account_age_from"] == "all records (no dated Amazon record)"
    assert history["inputs"]["account_years"] == 8.0
    assert "8.0 years of all records" in history["explanation"] and "no order items" in history["explanation"]


def test_a_short_history_is_said_in_months_not_zero_years() -> None:
    # an X archive of a few days' records said "0.0 years of all records" (the twenty-third pass's tester)
    x = Stream("x-2024")
    def two(first: datetime, last: datetime) -> dict:
        return _history([x.ev(first, "twitter.account", None, email="a@example.invalid"),
                         x.ev(last, "facebook.friend", None, status="friend")])

    days = two(datetime(2024, 3, 1, 9, tzinfo=UTC), datetime(2024, 3, 9, 9, tzinfo=UTC))
    assert days["explanation"].startswith("Old accounts and few cancellations look reliable: less than a month of "
                                          "all records (since Mar 2024)")
    months = two(datetime(2024, 1, 1, 9, tzinfo=UTC), datetime(2024, 7, 1, 9, tzinfo=UTC))
    assert "5 months of all records (since Jan 2024)" in months["explanation"]
