"""The declared Arrow type of every column of ``findings.parquet`` (T25B M5).

A column's type was the narrowest holding the values of the study's rows, so a field that was null for every
participant of one study (no one gave Amazon data: ``value__factors__identity__inputs__distinct_shipping_addresses``)
was a string column there and int64 in the next study, and a median that is a whole number for one study's
participants (``value__median_days_between_order_days``) int64 there, double elsewhere: pooled studies (pandas
``concat``, DuckDB ``UNION``) met two types. Each column now has one type, from :data:`COLUMN_TYPES` (the scalar
fields of docs/findings.md's values, by their flattened names) or, for the fields whose keys are data (a currency,
a country, a year, a device), from :data:`PATTERN_TYPES`. Nulls are typed as their column. A column not declared
here (a field a later version adds before its entry) keeps the narrowest type of its values; a test fails
when a field of the demo persona's findings is not declared or its values do not fit the declared type.

``int64`` columns hold counts and whole numbers, ``double`` shares, rates, hours and medians (an int value
is written as a float), ``string`` dates, labels and exact money amounts (a decimal's text, never a float),
``bool`` flags. A column that is a dict's name (``value__shipping``) exists only in rows where that dict was
null, and is a string column of nulls. A list field is a ``string`` column holding the list's JSON text
(:func:`.tables.list_text`), except the lists of :data:`UNTABLED_LISTS` (people's names, record pointers), which
have no column (T32B L8).
"""

from __future__ import annotations

import re

import pyarrow as pa

TYPES: dict[str, pa.DataType] = {"int64": pa.int64(), "double": pa.float64(), "string": pa.string(),
                                 "bool": pa.bool_()}

#: the columns every row has, before the value's fields
BASE_TYPES: dict[str, str] = {"participant_id": "string", "finding_id": "string", "confidence": "string",
                              "sensitive": "string", "n_support": "int64", "n_against": "int64",
                              "evidence_outside": "string"}

_SPECIAL = r"(?:health|religion|politics|sexuality|union|ethnicity)"
#: fields whose keys are data: (regular expression of the whole column name, type)
PATTERN_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), t) for p, t in (
    (r"value__countries__[A-Z]{2}", "int64"),  # logins per country (home)
    (r"value__payment_types__.+", "int64"),  # orders per payment type (spending)
    (r"value__purchase_records__[A-Z]{3}", "int64"),  # per currency
    (r"value__totals__[A-Z]{3}__\d{4}", "string"),  # exact decimal per currency and year
    (r"value__net_of_refunds__[A-Z]{3}", "string"),
    (r"value__refunds__[A-Z]{3}", "string"),
    (r"value__gift_cards_bought__[A-Z]{3}", "string"),  # spending: gift cards bought, exact decimal per currency
    (r"value__orders_for_others__amount__[A-Z]{3}", "string"),  # spending: money through the account for others
    (r"value__trade_stock__(?:amount|apart)__[A-Z]{3}", "string"),  # spending: a trade's bulk stock (T31B M1)
    (r"value__trade_stock__share__[A-Z]{3}", "double"),
    (r"value__factors__fulfilment_capacity__inputs__trade_stock__amount__[A-Z]{3}", "string"),
    (r"value__shares__.+", "double"),  # per language (languages) or operating system (devices)
    # social_circle: a list the inputs do not hold, per service and list ("facebook_friends", "twitter_followers": the
    # X archive's follower.js / following.js missing; found undeclared on T32A's X-only student)
    (r"value__not_in_inputs__[a-z]+_[a-z_]+", "string"),
    (r"value__texts_repeated__.+", "int64"),  # languages: one line's copies counted once, per language (TEXTS2)
    (r"value__texts_set_aside__.+", "int64"),  # languages: a confused short-text language's texts set aside (T27B M2)
    (r"value__per_service__[a-z]+__.+", "double"),  # writing style per service
    (r"value__facebook_friend_statuses__.+", "int64"),
    (r"value__friends_removed__months__\d{4}-\d{2}", "int64"),  # friends removed per month (social_circle)
    # social_circle: entries of an older download's list not in the newest's, per list kind (T34A H1)
    (r"value__older_downloads_only__[a-z_]+__count", "int64"),
    (r"value__older_downloads_only__[a-z_]+__download", "string"),
    (r"value__older_downloads_only__[a-z_]+", "string"),
    # social_circle: an older download's entries the newest lists under a new name (renamed friends; L7)
    (r"value__renamed_in_lists__[a-z_]+__count", "int64"),
    (r"value__renamed_in_lists__[a-z_]+__download", "string"),
    (r"value__renamed_in_lists__[a-z_]+", "string"),
    # social_circle: an older download's entries dated before a date-ranged newest download begins (L9)
    (r"value__before_newest_range__[a-z_]+__count", "int64"),
    (r"value__before_newest_range__[a-z_]+__(?:download|newest_begins)", "string"),
    (r"value__before_newest_range__[a-z_]+", "string"),
    (r"value__pets__.+", "int64"),
    (rf"value__{_SPECIAL}__records", "int64"),  # sensitive_signals (--include-sensitive)
    (rf"value__{_SPECIAL}__services__.+", "int64"),
    (rf"value__{_SPECIAL}__signals__.+", "int64"),  # records per signal (purchase, declared on the profile …)
    # ART59 / ART60: the union row's records resting on her yes that goes on, and its own confidence where capped
    (rf"value__{_SPECIAL}__answer_(?:goes_on|taken_back)", "int64"),
    (rf"value__{_SPECIAL}__confidence", "string"),
    # X's other personalization statements (platform_vs_derived): per list a count, the withheld ones, the audiences
    (r"value__twitter_inferences__[a-z_]+__(?:count|withheld_special)", "int64"),
    (r"value__twitter_inferences__audiences", "int64"),
    # Facebook's and Amazon's advertiser lists: each list's count (its names are never written: UNTABLED_LISTS)
    (r"value__(?:facebook|amazon)_advertisers__[a-z_]+__count", "int64"),
    # Facebook's and Amazon's advertiser lists (platform_vs_derived, T33A M3): per list a count
    (r"value__(?:facebook|amazon)_advertisers__[a-z_]+__count", "int64"),
    (r"value__twitter_deleted_posts__(?:count|with_deletion_time)", "int64"),
    # X's matched ad targeting per targeting type (platform_vs_derived, T29A M1): the type's dict, its value count
    (r"value__twitter_ad_targeting__types__[A-Za-z0-9_\-]+?__count", "int64"),
    (r"value__twitter_ad_targeting__types__[A-Za-z0-9_\-]+", "string"),
    # one-to-one threads never answered per folder (social_circle, T29A H2)
    (r"value__message_requests__folders__[a-z_]+", "int64"),
    (r"value__twitter_deleted_posts__(?:first|last)", "string"),
    # home after a move; where it was seen, the orders' town before the logins; its periods and seasonal homes (lists)
    (r"value__moved__(?:from|to|until|since|until_month|since_month|seen_in|town_before|periods|seasonal)", "string"),
    # -- lists: each one string column of its JSON text (tables.list_text; T32B L8) --
    # platform_vs_derived: the ad targeting's values met against the home and age
    (r"value__twitter_ad_targeting__vs_[a-z_]+__(?:targeted|x_holds)", "string"),
    (r"value__factors__[a-z_]+__rules_applied", "string"),  # trust_score: the literature's rules each factor applied
))

#: the fields of the findings' values with fixed names (docs/findings.md), by column name
COLUMN_TYPES: dict[str, str] = {
    "value": "string",
    "value__active_hours": "string",
    "value__activity_only_utc_offset_hours": "double",
    "value__ad_order_pairs": "int64",
    "value__ads_seen": "int64",
    "value__agreement": "double",
    "value__band": "string",
    "value__band_note": "string",
    "value__banner": "string",
    "value__baseline": "double",
    "value__baseline_median_price": "double",
    "value__basis": "string",
    "value__cancelled_items": "int64",
    "value__change_month": "string",
    "value__child_signals": "string",
    "value__child_signals__approx_age_months_at_last": "int64",
    "value__child_signals__baby_items": "int64",
    "value__child_signals__first": "string",
    "value__child_signals__last": "string",
    "value__more_than_one_household": "string",  # household: a shop's nappies (stock.HouseholdUse; T31D M2)
    "value__more_than_one_household__months": "int64",
    "value__more_than_one_household__a_month": "int64",
    "value__more_than_one_household__most_in_a_month": "int64",
    "value__more_than_one_household__month": "string",
    "value__more_than_one_household__child_months": "double",
    "value__more_than_one_household__sizes_at_once": "int64",
    "value__chronotype": "string",
    "value__city": "string",
    "value__city_checked": "bool",
    "value__clock_change": "string",
    # timezone: a clock put back for a few weeks each year (Morocco's Ramadan hour; T33A L2)
    "value__clock_back": "string",
    "value__clock_back__utc_offset_hours": "double",
    "value__clock_back__ramadan": "bool",
    "value__commute_country": "string",  # work_location: a country commuted to across a border
    "value__circle_change": "string",
    "value__circle_change__after": "string",
    "value__circle_change__after__from": "string",
    "value__circle_change__after__people": "double",
    "value__circle_change__after__to": "string",
    "value__circle_change__before": "string",
    "value__circle_change__before__from": "string",
    "value__circle_change__before__people": "double",
    "value__circle_change__before__to": "string",
    "value__circle_over_time": "string",
    "value__concentration_hhi": "double",
    "value__contacts": "int64",
    "value__contacts_with_invisible_name": "int64",
    "value__contacts_without_name": "int64",
    "value__country": "string",
    "value__cross_service_similarity": "double",
    "value__date_only_items": "int64",
    "value__days__weekday": "int64",
    "value__days__weekend": "int64",
    "value__disagreement": "string",
    "value__disagreements": "string",
    "value__earlier_zone": "string",
    # the earlier home's zone (timezone; T29D N7: nested fields of fixed names are declared, not left to the data)
    "value__earlier_zone__zone": "string",
    "value__earlier_zone__utc_offset_hours": "double",
    "value__earlier_zone__observes_dst": "bool",
    "value__earlier_zone__until": "string",
    # the other earlier clocks a move's step fits alike (T41: a 2 h move inside the US)
    "value__earlier_zone__open_zones": "string",
    # a move the clocks can only bracket (T36 MOVEDATE): the earlier clock's last day and the later one's first
    "value__earlier_zone__moved_between__from": "string",
    "value__earlier_zone__moved_between__to": "string",
    "value__earlier_zone__moved_between__from_month": "string",
    "value__earlier_zone__moved_between__to_month": "string",
    "value__excluded_sensitive_records": "int64",
    "value__facebook_followers": "int64",
    "value__facebook_placed": "int64",  # home: its country's logins placed by Facebook's own place (PLACES2)
    "value__untold_exit": "string",  # home: the logins' country read as an always-on exit, the orders' told (HOME44)
    "value__facebook_following": "int64",
    "value__facebook_friend_statuses": "string",
    "value__facebook_friends": "int64",
    "value__friends_removed": "string",
    "value__friends_removed__count": "int64",
    "value__friends_removed__months": "string",
    "value__factors__behaviour_preferences__explanation": "string",
    "value__factors__behaviour_preferences__f": "double",
    "value__factors__behaviour_preferences__inputs__baby_purchases": "int64",
    "value__factors__behaviour_preferences__inputs__baby_purchases_before": "int64",
    "value__factors__behaviour_preferences__inputs__clock": "string",
    "value__factors__behaviour_preferences__inputs__gaming_records": "int64",
    "value__factors__behaviour_preferences__inputs__gaming_records_before": "int64",
    "value__factors__behaviour_preferences__inputs__late_night_order_share": "double",
    "value__factors__behaviour_preferences__inputs__timed_orders": "int64",
    "value__factors__behaviour_preferences__inputs__years_read": "string",
    "value__factors__behaviour_preferences__lower": "string",
    "value__factors__behaviour_preferences__points": "double",
    "value__factors__behaviour_preferences__raise": "string",
    "value__factors__behaviour_preferences__rule": "string",
    "value__factors__behaviour_preferences__weight": "double",
    "value__factors__credit_history__explanation": "string",
    "value__factors__credit_history__f": "double",
    "value__factors__credit_history__inputs__account_age_from": "string",
    "value__factors__credit_history__inputs__account_since": "string",
    "value__factors__credit_history__inputs__account_years": "double",
    "value__factors__credit_history__inputs__cancelled": "int64",
    "value__factors__credit_history__inputs__not_in_inputs": "string",
    "value__factors__credit_history__inputs__order_items": "int64",
    "value__factors__credit_history__inputs__problem_rate": "double",
    "value__factors__credit_history__inputs__returns_refunds": "int64",
    "value__factors__credit_history__lower": "string",
    "value__factors__credit_history__points": "double",
    "value__factors__credit_history__raise": "string",
    "value__factors__credit_history__rule": "string",
    "value__factors__credit_history__weight": "double",
    "value__factors__fulfilment_capacity__explanation": "string",
    "value__factors__fulfilment_capacity__f": "double",
    "value__factors__fulfilment_capacity__inputs__band_currency": "string",
    "value__factors__fulfilment_capacity__inputs__currency": "string",
    "value__factors__fulfilment_capacity__inputs__mean_yearly_spend": "string",
    "value__factors__fulfilment_capacity__inputs__mean_yearly_spend_band_currency": "string",
    "value__factors__fulfilment_capacity__inputs__not_in_inputs": "string",
    "value__factors__fulfilment_capacity__inputs__regularity": "double",
    "value__factors__fulfilment_capacity__inputs__spend_band_f": "double",
    "value__factors__fulfilment_capacity__lower": "string",
    "value__factors__fulfilment_capacity__points": "double",
    "value__factors__fulfilment_capacity__raise": "string",
    "value__factors__fulfilment_capacity__rule": "string",
    "value__factors__fulfilment_capacity__weight": "double",
    "value__factors__identity__explanation": "string",
    "value__factors__identity__f": "double",
    "value__factors__identity__inputs__distinct_shipping_addresses": "int64",
    "value__factors__identity__lower": "string",
    "value__factors__identity__points": "double",
    "value__factors__identity__raise": "string",
    "value__factors__identity__rule": "string",
    "value__factors__identity__weight": "double",
    "value__factors__relationships__explanation": "string",
    "value__factors__relationships__f": "double",
    "value__factors__relationships__inputs__friends_and_followers": "int64",
    "value__factors__relationships__inputs__not_in_inputs": "string",
    "value__factors__relationships__inputs__reciprocity": "double",
    "value__factors__relationships__lower": "string",
    "value__factors__relationships__points": "double",
    "value__factors__relationships__raise": "string",
    "value__factors__relationships__rule": "string",
    "value__factors__relationships__weight": "double",
    "value__flag": "bool",
    "value__formula": "string",
    "value__group_chats__groups": "int64",
    "value__group_chats__people": "int64",
    "value__group_chats__people_only_in_groups": "int64",
    "value__group_chats__received": "int64",
    "value__group_chats__sent": "int64",
    "value__hours": "double",
    "value__in_main_currency": "string",  # null with a single currency
    "value__in_main_currency__conversions": "string",  # a list
    "value__in_main_currency__currency": "string",
    "value__in_main_currency__grand_total": "string",
    "value__in_main_currency__source": "string",
    "value__ip_evidence": "string",
    "value__items": "int64",
    "value__items_without_amount_or_date": "int64",
    "value__label": "string",
    "value__lat": "double",
    "value__late_hours": "string",  # impulse_buying: "23–04", or the person's own night's (T32A M4)
    "value__late_night_items": "int64",
    "value__late_night_share": "double",
    "value__late_sleep": "string",
    "value__law_periods": "string",  # timezone: the zone's earlier laws seen in the export
    "value__lon": "double",
    "value__lull_mid_local": "string",
    "value__lull_spread_hours": "double",
    "value__main_currency": "string",
    "value__main_currency_basis": "string",
    "value__categories_basis": "string",  # spending: net of refunds, every currency converted (T29C L1)
    "value__orders_for_others": "string",  # spending: most orders ship to other people (T29C L3)
    "value__orders_for_others__orders": "int64",
    "value__orders_for_others__away_orders": "int64",
    "value__orders_for_others__away_towns": "int64",
    "value__factors__fulfilment_capacity__inputs__orders_for_others": "string",
    "value__trade_stock": "string",  # spending: a trade's bulk stock on the account (stock.py; T31B M1)
    "value__trade_stock__products": "int64",
    "value__trade_stock__bulk_products": "int64",
    "value__trade_stock__lines": "int64",
    "value__trade_stock__bulk_lines": "int64",
    "value__trade_stock__every_days": "double",
    "value__factors__fulfilment_capacity__inputs__trade_stock": "string",
    "value__factors__fulfilment_capacity__inputs__trade_stock__products": "int64",
    "value__factors__fulfilment_capacity__inputs__trade_stock__lines": "int64",
    "value__factors__fulfilment_capacity__inputs__orders_for_others__orders": "int64",
    "value__factors__fulfilment_capacity__inputs__orders_for_others__away_orders": "int64",
    "value__factors__fulfilment_capacity__inputs__orders_for_others__away_towns": "int64",
    "value__median_days_between_order_days": "double",
    "value__median_unit_price": "double",
    "value__median_unit_price_currency": "string",
    "value__messages_received": "int64",
    "value__messages_sent": "int64",
    "value__monthly_cv": "double",
    "value__moved": "string",
    "value__msf_hours": "double",
    "value__msw_hours": "double",
    "value__named_near": "string",  # border life: the other country whose nearby people named the open clock
    "value__night_share": "double",
    "value__nights__weekday": "int64",
    "value__nights__weekend": "int64",
    "value__night_types": "string",
    "value__night_types__free": "string",  # sleep of a day sleeper (night or shift work): which type is free nights
    "value__night_types__work": "string",  # ... and which her work nights (sleep by day)
    "value__roster__duty_nights": "int64",  # sleep of a roster on any weekday (rosters.roster_nights): duty nights read
    "value__roster__free_nights": "int64",  # ... free nights read
    "value__roster__switches": "int64",  # ... changes of kind between consecutive nights read
    "value__free_days": "string",  # social jetlag: "roster" where the free days are a roster's days off
    "value__nights_checked": "int64",
    "value__nights_one_record": "int64",
    "value__nights_used__weekday": "int64",
    "value__nights_used__weekend": "int64",
    "value__not_in_inputs__facebook_followers": "string",
    "value__not_in_inputs__facebook_following": "string",
    "value__not_in_inputs__facebook_friends": "string",
    "value__notes_to_self": "string",
    "value__message_requests": "string",  # social_circle: threads you never wrote in (T29A H2)
    "value__message_requests__threads": "int64",
    "value__message_requests__messages": "int64",
    "value__message_requests__folders": "string",
    "value__one_sided": "string",  # social_circle: one-to-one threads only one side wrote in (T29C M6)
    "value__one_sided__unanswered": "string",
    "value__one_sided__unanswered__people": "int64",
    "value__one_sided__unanswered__messages": "int64",
    "value__one_sided__never_replied": "string",
    "value__one_sided__never_replied__people": "int64",
    "value__one_sided__never_replied__messages": "int64",
    "value__renamed_in_lists": "string",  # social_circle: renamed entries of the lists, null where none (L7)
    "value__before_newest_range": "string",  # social_circle: entries before a date-ranged download, null (L9)
    "value__older_downloads_only": "string",  # social_circle: older downloads' list entries gone since (T34A H1)
    "value__renamed_contacts": "int64",  # social_circle: contacts joined by thread id under two names (T29C M5)
    "value__twitter_ad_targeting": "string",  # platform_vs_derived: X's matched ad targeting (T29A M1)
    "value__twitter_ad_targeting__ads": "int64",
    "value__twitter_ad_targeting__types": "string",
    "value__twitter_ad_targeting__vs_home": "string",
    "value__twitter_ad_targeting__vs_home__agrees": "bool",
    "value__twitter_ad_targeting__vs_home__home": "string",
    "value__twitter_ad_targeting__vs_home__home_basis": "string",
    "value__twitter_ad_targeting__vs_home__home__city": "string",
    "value__twitter_ad_targeting__vs_home__home__country": "string",
    "value__twitter_ad_targeting__vs_languages": "string",
    "value__twitter_ad_targeting__vs_languages__agrees": "bool",
    "value__twitter_ad_targeting__vs_interests": "string",
    "value__twitter_ad_targeting__vs_interests__mappable": "int64",
    "value__twitter_ad_targeting__vs_interests__backed": "int64",
    "value__twitter_ad_targeting__vs_age": "string",
    "value__twitter_ad_targeting__vs_age__agrees": "bool",
    "value__facebook_login_places": "string",  # platform_vs_derived: Facebook's place per login (T29A L1)
    "value__facebook_login_places__logins": "int64",
    "value__facebook_login_places__distinct": "int64",
    "value__facebook_login_places__vs_home": "string",
    "value__facebook_login_places__vs_home__agrees": "bool",
    "value__facebook_login_places__vs_home__home": "string",
    "value__facebook_login_places__vs_home__home_basis": "string",
    "value__facebook_login_places__vs_home__home__city": "string",
    "value__facebook_login_places__vs_home__home__country": "string",
    "value__observations": "int64",
    "value__observes_dst": "bool",
    "value__one_to_one__received": "int64",
    "value__one_to_one__sent": "int64",
    "value__orders": "int64",
    "value__orders_paid_from_balance": "int64",
    "value__orders_split_with_gift_card": "int64",
    "value__overall__caps_per_100_words": "double",
    "value__overall__chars_per_text": "double",
    "value__overall__emoji_per_100_words": "double",
    "value__overall__exclamations_per_text": "double",
    "value__overall__function_word_share": "double",
    "value__overall__questions_per_text": "double",
    "value__overall__words_per_sentence": "double",
    "value__owner_inferred": "string",
    "value__peak__hour": "int64",
    "value__peak__weekday": "string",
    "value__pets": "string",
    "value__place_country": "string",
    "value__platforms__amazon_audiences__agreeing": "int64",
    "value__platforms__amazon_audiences__agreement": "double",
    "value__platforms__amazon_audiences__mappable": "int64",
    "value__platforms__amazon_audiences__withheld_special__count": "int64",
    "value__platforms__amazon_audiences__not_mappable": "int64",  # names no keyword category maps (FBIG)
    "value__platforms__facebook_interests__agreeing": "int64",
    "value__platforms__facebook_interests__agreement": "double",
    "value__platforms__facebook_interests__mappable": "int64",
    "value__platforms__facebook_interests__withheld_special__count": "int64",
    "value__platforms__facebook_interests__not_mappable": "int64",  # names no keyword category maps (FBIG)
    "value__platforms__facebook_topics__agreeing": "int64",  # your_topics.json (T29A M3)
    "value__platforms__facebook_topics__agreement": "double",
    "value__platforms__facebook_topics__mappable": "int64",
    "value__platforms__facebook_topics__withheld_special__count": "int64",
    "value__platforms__facebook_topics__not_mappable": "int64",  # names no keyword category maps (FBIG)
    "value__platforms__facebook_topics__not_checkable": "int64",
    "value__platforms__twitter_interests__agreeing": "int64",
    "value__platforms__twitter_interests__agreement": "double",
    "value__platforms__twitter_interests__mappable": "int64",
    "value__platforms__twitter_interests__withheld_special__count": "int64",
    "value__platforms__twitter_interests__not_mappable": "int64",  # names no keyword category maps (FBIG)
    "value__posterior": "double",
    "value__price_currency": "string",
    "value__primary": "string",
    "value__primary_os": "string",
    "value__quiet_block": "string",
    "value__quiet_hours_shift": "string",
    "value__quiet_hours_shift__from": "string",  # [first, last] day, a list (null for a spell of night work)
    "value__quiet_hours_shift__to": "string",
    "value__quiet_hours_shift__utc_hours": "double",
    "value__recent_median_price": "double",
    "value__reciprocity": "double",
    "value__refund_records": "int64",
    "value__region": "string",
    "value__reply_latency_median_minutes": "double",
    "value__reply_samples": "int64",
    "value__return_rate": "double",
    "value__returned_orders": "int64",
    "value__same_name_contacts": "int64",
    "value__score": "int64",
    "value__sd": "double",
    "value__share": "double",
    "value__share_00_05": "double",
    "value__share_read": "double",
    "value__quoted_left_out": "int64",  # mood: texts whose quotations were left out (TEXTS2)
    "value__derived_years": "string",  # platform_vs_derived: the years of records read, "2022–2024" (TEXTS2)
    "value__shipments_already_itemised": "int64",
    "value__shipments_counted": "int64",
    "value__shipping": "string",
    "value__shipping__billing": "string",
    "value__shipping__city": "string",
    "value__shipping__country": "string",
    "value__shipping__earlier": "string",  # the town most orders went to before (home)
    "value__shipping__earlier__city": "string",
    "value__shipping__earlier__region": "string",
    "value__shipping__earlier__country": "string",
    "value__shipping__earlier__orders": "int64",
    "value__shipping__earlier__first": "string",
    "value__shipping__earlier__last": "string",
    "value__shipping__earlier__interleaved": "bool",
    "value__shipping__first": "string",
    "value__shipping__gifts": "int64",
    "value__shipping__last": "string",
    "value__shipping__orders": "int64",
    "value__shipping__orders_with_address": "int64",
    "value__shipping__orders_without_address": "int64",
    "value__shipping__recent_orders": "int64",
    "value__shipping__recent_share": "double",
    "value__shipping__recent_since": "string",
    "value__shipping__region": "string",
    "value__shipping__second": "string",  # a second town in the same quarters, or the other of two alternating
    "value__shipping__second__city": "string",
    "value__shipping__second__region": "string",
    "value__shipping__second__country": "string",
    "value__shipping__second__orders": "int64",
    "value__shipping__second__first": "string",
    "value__shipping__second__last": "string",
    "value__shipping__second__pattern": "string",
    "value__shipping__second__quarters": "int64",
    "value__shipping__second__recent_orders": "int64",
    "value__shipping__towns": "int64",
    "value__shipping_addresses": "int64",
    "value__sparkline": "string",
    "value__spelling__uk": "int64",
    "value__spelling__us": "int64",
    "value__spelling__variant": "string",
    "value__subscriptions": "int64",
    "value__texts_detected": "int64",
    "value__texts_eligible": "int64",
    "value__texts_sampled": "int64",
    "value__texts_tagged": "int64",
    "value__texts_too_short": "int64",
    "value__texts_unsure": "int64",
    "value__threshold": "double",
    "value__timed_items": "int64",
    "value__twitter_followers": "int64",
    "value__twitter_following": "int64",
    "value__utc_offset_hours": "double",
    "value__earlier_period": "string",  # sleep: null where no earlier era (SLEEP6); its fields below
    "value__earlier_period__from": "string",  # sleep: an earlier era's first month, "2013-07"
    "value__earlier_period__window": "string",  # null where the era has no one quiet stretch
    "value__earlier_period__to": "string",
    "value__earlier_period__nights": "int64",
    "value__earlier_period__window__start": "string",
    "value__earlier_period__window__end": "string",
    "value__earlier_period__window__duration_hours": "double",
    "value__earlier_period__window__mid_hours": "double",
    "value__weekday": "string",  # sleep: null where no weekday window (rotating shifts, MOOD5); its fields below
    "value__weekend": "string",
    "value__rotating_shifts": "string",  # sleep/routine: null unless weeks take turns between patterns (MOOD5)
    "value__rotating_shifts__patterns": "int64",
    "value__rotating_shifts__switches": "int64",
    "value__rotating_shifts__weeks": "int64",
    "value__network": "string",  # work_location: the address block of the workplace's logins, "88.1.2.0/24"
    "value__weekday__duration_hours": "double",
    "value__weekday__end": "string",
    "value__weekday__mid_hours": "double",
    "value__weekday__start": "string",
    "value__weekday_daytime_quiet": "bool",
    "value__weekend__duration_hours": "double",
    "value__weekend__end": "string",
    "value__weekend__mid_hours": "double",
    "value__weekend__start": "string",
    "value__weekend_home": "string",  # home: a weekend second home (T28C L2)
    "value__weekend_home__confidence": "string",
    "value__weekend_home__country": "string",
    "value__weekend_home__first": "string",
    "value__weekend_home__last": "string",
    "value__weekend_home__of_weekends": "int64",
    "value__weekend_home__place": "string",
    "value__weekend_home__seen_in": "string",
    "value__weekend_home__weekends": "int64",
    "value__weights_note": "string",
    "value__working_hours": "string",
    "value__years_clock": "string",
    "value__zone": "string",
    # null when there is none (a list or an object when there is: its scalar fields have their own columns)
    "value__listed": "int64",  # late_nights: how many, whether or not their dates are listed
    "value__listed_one_record": "int64",  # late_nights: the nights listed on a single record (in a run of such nights)
    "value__shift_nights": "int64",  # sleep: the shift nights' number, likewise
    # late_nights without --include-sensitive (its dates withheld for everyone: sensitive.withhold_night_dates)
    "value__travel_nights": "int64",
    "value__over_days": "int64",
    # a list: the windows about a night-time switch whose nights the span leaves out (WINDOW64), null elsewhere
    "value__over_days_outside": "string",
    # a list: the windows whose days the home's country counts leave out (WINDOW63), null elsewhere
    "value__countries_outside": "string",
    **{f"value__weekdays__{d}": "int64" for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")},
    "value__dates": "string",  # null without the flag (a list with it: its JSON text)
    "value__travel_dates": "string",
    "value__not_checkable": "int64",  # platform_vs_derived: declared items whose texts were not read
    "value__not_mappable": "int64",  # platform_vs_derived: declared names no keyword category maps (FBIG)
    "value__unread_text_share": "double",
    "value__unspaced_share": "double",  # writing_style: texts in unspaced scripts (CJK, Thai …)
    "value__peak__agreement": "double",  # routine: how stable the busiest weekday-hour is
    "value__peak__confidence": "string",
    "value__clock_contradicted": "string",  # home: the login country whose clock the activity contradicts
    # home and timezone: the logins set aside as a VPN or proxy exit (a list: country, logins, days, switches_with)
    "value__proxy_exits": "string",
    "value__clock_contradicted__country": "string",
    "value__clock_contradicted__offset_gap_hours": "string",  # [least, most] hours, a list
    "value__place_disagreement": "string",  # timezone: the place evidence's country the clock does not fit
    "value__place_disagreement__country": "string",
    "value__place_disagreement__sources": "string",  # a list
    "value__place_disagreement__zone": "string",
    "value__place_disagreement__offset_gap_hours": "string",  # [least, most] hours, a list
    "value__lowered_for": "string",  # timezone: the reasons of the disagreement's one-level lowering, a list
    "value__lowering": "string",
    "value__lowering__from": "string",  # the confidence without that lowering
    "value__lowering__to": "string",  # … and with it
    # impulse_buying: orders at hours the person is otherwise never active (sharedaccount; BABY, T30B M6)
    "value__shared_account": "string",
    "value__shared_account__orders_apart": "int64",
    "value__shared_account__timed_orders": "int64",
    "value__shared_account__share": "double",
    "value__shared_account__quiet_hours": "string",  # a list
    "value__shared_account__own_records": "int64",
    "value__shared_account__other_goods": "string",  # a list of category labels (T31B J1)
    "value__shared_account__other_goods_items": "int64",
    "value__factors__behaviour_preferences__inputs__orders_apart": "int64",
    "value__factors__behaviour_preferences__inputs__gaming_orders_apart": "int64",
    "value__factors__behaviour_preferences__inputs__baby_orders_apart": "int64",  # SHARED3
    "value__factors__behaviour_preferences__inputs__shared_account": "string",
    "value__periods": "string",
    "value__shift_periods": "string",
    "value__offsets_fitting": "string",
    "value__offsets_open": "string",  # timezone: the clocks the activity fits alike with no record placing (T33A M6)
    "value__seasons": "string",  # a list: two seasonal homes, each with its clock (T31B S2)
    "value__fits_better": "string",  # a list: the IP country's other clocks the activity fits better (T31B Z1)
    # a list: the clocks of the countries the logins cannot tell the home from (one of them a VPN exit), T39
    "value__untold_zones": "string",
    # the country's other clocks the activity fits about equally where the head count chose the zone (T32B M12): a
    # list; the sleep's chronotype and the late nights' small-hours share on each (dicts by zone), null elsewhere
    "value__open_zones": "string",
    "value__chronotype_by_clock": "string",
    "value__windows_by_clock": "string",  # sleep: the windows on each open clock, by zone (T33B M2)
    "value__share_00_05_by_clock": "string",
    "value__twitter_deleted_posts": "string",
    "value__twitter_inferences": "string",
    # -- lists: each one string column of its JSON text (tables.list_text; T32B L8: declared lists were never filled).
    # The lists that name people or point at records are never written (UNTABLED_LISTS, below)
    "value__alternatives": "string",  # timezone: the zones next in posterior
    "value__candidate_zones": "string",
    "value__offsets_seen_hours": "string",
    "value__place_evidence": "string",
    "value__broken_spans": "string",  # late_nights
    "value__heatmap": "string",  # routine: 7 × 24 counts
    "value__weekly": "string",  # mood: per week's median
    "value__low_periods": "string",
    "value__categories": "string",  # spending
    "value__categories_left_out": "string",
    "value__median_unit_price_left_out": "string",
    "value__child_signals__diaper_sizes": "string",  # household: [month, sizes]
    "value__derived_not_declared": "string",
    "value__facebook_login_places__places": "string",
    "value__recent_months": "string",  # financial_stress
    "value__signals": "string",
    "value__period": "string",  # trust_score: [first, last]
    "value__period_date_only": "string",  # trust_score: [first, last], true where that bound is a day only (AMZ54)
    "value__period_days": "string",  # trust_score: [first, last] ISO days on the home's calendar (BOUND56)
    "value__period_days_on": "string",  # trust_score: the clock of those days (a zone name, or UTC)
    "value__range": "string",
    "value__factors__identity__inputs__profile_fields": "string",
    "value__factors__fulfilment_capacity__inputs__currencies_without_ecb_rate": "string",
    "value__facebook_advertisers": "string",  # platform_vs_derived: Facebook's advertiser lists (T33A M3)
    "value__amazon_advertisers": "string",  # and Amazon's (ad clicks, audience advertisers, third-party audiences)
}


#: list fields never written to findings.parquet (every other list is one string column of its JSON text,
#: :func:`.tables.list_text`): lists that name the people written with, quote the export's own words (the names the
#: platforms declared, products, ad keywords: a batch never writes a record's words or a name, with or without
#: --include-sensitive; tests/test_art9_terms.py) or point at records — an evidence item holds the export's path on
#: the participant's machine, the member and the record's index
UNTABLED_LISTS: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    r"value__top_contacts",  # social_circle: the names of the people the person writes with most
    r"value__factors__[a-z_]+__evidence",  # trust_score: each factor's evidence items
    r"value__pairs",  # impulse_buying: each ad and the order after it, as records (archive paths)
    # platform_vs_derived: the items each platform declared, by their names ("Social democracy"), those listed apart,
    # X's inferences' top names (shows, advertisers) and its ad targeting's top values (keywords)
    r"value__platforms__[a-z_]+__(?:items|behaviour_categories|switched_off)",
    r"value__twitter_inferences__[a-z_]+__top",
    # the platforms' demographics (X's age ranges, gender, location as declared) and the remarks quoting them, and
    # the one-sided threads' people by name (T33B H2: both were written to findings.parquet)
    r"value__demographics", r"value__demographic_remarks", r"value__one_sided__[a-z_]+__top",
    r"value__(?:facebook|amazon)_advertisers__[a-z_]+__top",  # the advertisers' names (T33A M3)
    r"value__twitter_ad_targeting__types__[A-Za-z0-9_\-]+__top",
    r"value__(?:factors__fulfilment_capacity__inputs__)?trade_stock__examples",  # spending: the bulk stock's products
    # platform_vs_derived: an older download's declared names and demographics (T34A M3)
    r"value__older_downloads",
))


#: dict fields whose keys are data that no column name can hold (a clock's zone, ``America/Los_Angeles``): written,
#: as a list is, as one string column of the dict's JSON text (:func:`.tables.list_text`). Their keys were skipped as
#: "no field name" (a name of a person is skipped so), so the by-clock fields of the local-time findings — sleep's
#: windows and chronotype on each open clock, the late nights' small-hours share — were declared and always null in
#: findings.parquet (L3 of the thirty-fifth pass)
KEYED_DICTS: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    r"value__[a-z0-9_]+_by_clock",  # sleep: windows_by_clock, chronotype_by_clock; late_nights: share_00_05_by_clock
))


#: keys of a written list's items that quote the export's own words, left out of its JSON text: ``life_events``'
#: declared events carry the life-event post's ``title`` ("Changed Religious Beliefs", "Came Out"); an ``excerpt`` or
#: ``text`` is a record's words wherever a list holds one
UNTABLED_KEYS: frozenset[str] = frozenset({"title", "excerpt", "text"})


def untabled(column: str) -> bool:
    """Whether the list field ``column`` is left out of findings.parquet (:data:`UNTABLED_LISTS`)."""
    return any(rx.fullmatch(column) for rx in UNTABLED_LISTS)


def keyed_dict(column: str) -> bool:
    """Whether the dict field ``column`` is written as its JSON text (:data:`KEYED_DICTS`)."""
    return any(rx.fullmatch(column) for rx in KEYED_DICTS)


def declared_type(column: str) -> pa.DataType | None:
    """The Arrow type of ``column`` of ``findings.parquet``, or None when it is not declared."""
    name = BASE_TYPES.get(column) or COLUMN_TYPES.get(column)
    if name is None:
        name = next((t for rx, t in PATTERN_TYPES if rx.fullmatch(column)), None)
    return None if name is None else TYPES[name]


__all__ = ["BASE_TYPES", "COLUMN_TYPES", "KEYED_DICTS", "PATTERN_TYPES", "TYPES", "UNTABLED_KEYS", "UNTABLED_LISTS",
           "declared_type", "keyed_dict", "untabled"]
