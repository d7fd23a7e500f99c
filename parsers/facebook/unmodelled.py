"""Standard files of Facebook's 2023–25 exports that hold no record dataexam reads, with the reason.

Each row is ``(regex, None, reason)`` for :func:`dataexam.parser.rules_table`: the file is *ignored on
purpose* — listed by ``scan`` and ``describe`` with its reason, never an ``unhandled-file`` issue — so
an untouched full export passes ``--strict`` (issue 11), while a file no row names stays an
``unhandled-file`` issue and nothing is dropped unseen.

Source of the names: the structure of donated 2024–25 Facebook exports that the What-If Horizon
data-donation project publishes (``what-if-horizon/what-if-data-donation``,
``structure_donations/Annotated_Merged_Structures/FB_merged_structure_annotated.csv``: file paths
and field paths, no values; the list is kept in ``fixtures/facebook/donated_structure_paths.txt``). Its
``<folder>/$USERNAME/message_N.json`` paths are its own anonymisation of Messenger thread folders
(``messages/inbox/<name>_<id>/`` collapsed by its ``FB_json_to_csv.py``), not a layout of Facebook's.

The rows are matched by base name, anchored on the folder where the name alone is generic
(``trash.json``, ``settings.json``), since Facebook moves folders between eras (the same files also
appear under ``personal_information/profile_information/your_facebook_activity/``). They come after
every handled rule of the DYI layouts; the broad rows (any name with "settings", "notification" …,
any file of a section folder) skip ``<Name>_<n>.json``, the E2EE chat files read by the one rule after
them, so no row here hides a file a handler reads. Apostrophes are written as
``'``, ``_`` or ``’`` (``groups_you've_visited`` and ``groups_you_ve_visited`` both occur).
"""

from __future__ import annotations

# `pages_you've_liked.json` is also written `pages_you_ve_liked.json` (WIF): one pattern for both
# (the parser's own rules use it too)
APOS = r"(?:'|_|’)?"
# A broad row must not take a chat file of Messenger's E2EE download, `<Name>_<n>.json` read by the rule
# after these (a chat called "Family settings" or put in a folder called `dating/`): the broad rows
# skip base names that end in `_<digits>.json`, which no standard file of the structure does.
_NOT_A_CHAT = r"(?![^/]*_\d+\.json$)"


def _names(*names: str) -> str:
    """``(^|/)(a|b|…)\\.json$`` for base names written with ``{A}`` where an apostrophe may stand."""
    return r"(^|/)(" + "|".join(n.replace("{A}", APOS) for n in names) + r")\.json$"


UNMODELLED_RULES: list[tuple[str, None, str]] = [
    # -- settings and consents: what the person chose, not what the person did
    (rf"(^|/){_NOT_A_CHAT}[^/]*(settings|preferences|consents?|permissions)[^/]*\.json$", None,
     "settings, consents and permissions the person chose (ads, Messenger, groups, marketplace, "
     "notifications …), not activity"),
    (_names("your_anonymous_mode_status_in_groups", "your_notification_status", "messenger_active_status_[a-z_]+",
            "the_ways_we_can_send_you_notifications", "subscription_for_no_ads", "your_privacy_jurisdiction",
            "your_post_audiences", "your_group_shortcuts", "voting_location", "voting_reminders"), None,
     "account and audience settings the person chose, not activity"),
    # -- what Facebook sent or showed the person
    (rf"(^|/){_NOT_A_CHAT}[^/]*notification[^/]*\.json$", None,
     "notifications and notices Facebook sent the person, not the person's activity"),
    (_names("emails_we_sent_you", "service_texts_received", "reshare_education", "facebook_new_user_guide",
            "audio_comment_tooltip_views", "game_announcements", "your_in-app_messages_interactions",
            "events_interactions", "your_meta_business_suite_guidance_interactions",
            "your_privacy_checkup_interactions", "ads_about_meta"), None,
     "messages, tips and announcements Facebook showed the person, not the person's activity"),
    # -- Facebook's own figures about the person: counts, estimates, badges, recommendations
    (_names("how_active_we_think_you_are_on_marketplace", "predicted_languages",
            "people_we_think_you_should_follow", "groups_and_pages_that_you_may_find_engaging",
            "fundraiser_posts_you_likely_viewed", "recommended_bookmark_info", "top_fan_information",
            "top_fan_badges_you{A}ve_received", "rising_fan_badges_you{A}ve_received", "your_badges",
            "your_page_or_groups_badges", "your_comment_active_days", "time_spent_on_facebook",
            "your_video_consumption_summary", "facebook_reels_usage_information",
            "your_facebook_watch_activity_in_the_last_28_days", "story_views_in_past_7_days",
            "your_facebook_activity_history", "activity_summary_about_a_page_or_profile",
            "weekly_engagement_list_activity", "your_ownership_of_digital_items"), None,
     "Facebook's own counts, estimates, badges and recommendations (usage per day or week, predicted "
     "languages, activity level): summaries without the person's records, not modelled yet"),
    (r"(^|/)facebook_news/your_locations\.json$", None,
     "locations chosen for Facebook News, a setting, not activity"),
    # -- devices and apps, technically
    (_names("detected_hardware", "camera_information", "information_about_your_devices",
            "your_messenger_app_install_information", "device_navigation_bar_information",
            "global_navigation_bar_information", "navigation_bar_shortcut_history", "navigation_bar_activity",
            "your_marketplace_device_history", "your_end-to-end_encryption_enabled_messenger_device",
            "your_recently_used_emojis", "your_devices"), None,
     "hardware, app installs, navigation bar and keyboard records, and the 2024+ `your_devices` list "
     "(its times nest in sub-records of unknown labels): not modelled yet"),
    # -- account administration
    (_names("accounts_center", "you_account_password", "account_recoveries_without_password_changes",
            "your_recent_account_recovery_successes", "your_account_confirmation_information",
            "registration_information", "your_information_download_requests", "id_verification"), None,
     "account administration records (Accounts Center, recoveries, confirmations, download requests): "
     "not modelled"),
    # -- other people's contact details
    (_names("contacts_uploaded_from_your_phone", "your_imported_contacts", "contacts_uploaded_before_2021",
            "synced_contacts_from_instagram", "messenger_contacts_you{A}ve_blocked"), None,
     "third parties' contact details from uploaded or synced address books: not the person's activity"),
    # -- Instagram's own files inside an Accounts Center export (Instagram is not read; module text)
    (r"(^|/)(instagram_profile_information|personal_information/personal_information|note_interactions"
     r"|professional_information)\.json$", None,
     "Instagram's profile files in an Accounts Center export: Instagram is not read"),
    # -- the person's activity in sections dataexam does not model yet: named here so a full export
    # passes --strict; each is listed by `scan` with this reason (see the closing note of issue 16)
    (rf"(^|/)(facebook_gaming|dating|facebook_payments|avatars|avatars_store)/{_NOT_A_CHAT}[^/]+\.json$", None,
     "gaming, dating, payments and avatar records: sections dataexam does not model yet"),
    (r"(^|/)(posts/trash|saved_items_and_collections/collections|other_activity/surveys"
     r"|groups/join_requests|pages/admin_activity|pages/your_pages)\.json$", None,
     "the person's activity in a section dataexam does not model yet"),
    (_names("posts_viewed", "videos_watched", "ads_feedback_activity",
            "information_you{A}ve_submitted_to_advertisers", "messenger_threads_you_started_by_clicking_on_an_ad",
            "your_recent_reported_conversions", "your_pages_mentions", "meta_ad_library_accounts",
            "groups_you{A}ve_visited", "profiles_you_visited_in_the_past_7_days", "link_history",
            "your_recently_followed_history", "your_crowdsourcing_edits", "invites_to_follow", "your_poll_votes",
            "your_comment_edits", "edits_you_made_to_posts", "content_sharing_links_you_have_created",
            "birthday_media", "media_used_for_memories", "shared_memories", "facebook_editor",
            "your_received_shared_album_invites", "your_reels", "your_recently_viewed_products",
            "places_you_have_been_tagged_in", "cities_you_have_checked_into", "places_you{A}ve_created",
            "events_you{A}ve_hidden", "your_event_invitation_links", "chat_invites_received",
            "group_invites_you{A}ve_received", "group_invites_you{A}ve_sent", "your_participation_requests",
            "your_answers_to_membership_questions", "your_contributions", "your_document_revision",
            "your_group_post_tags", "your_pending_posts_in_groups", "your_actions_on_violating_content_in_your_groups",
            "pages_you_are_a_customer_of", "ai_conversations", "your_marketplace_listing_history",
            "your_marketplace_cart_information", "your_transaction_survey_information", "fundraisers_donated_to",
            "your_interactions_with_fundraising_promotions", "your_avatar"), None,
     "the person's activity in a section dataexam does not model yet (views, edits, memories, places, "
     "invitations, group contributions, marketplace, fundraisers, AI chats …): its records are not read"),
]
