"""Who hears what: changes between briefs, topics, reminders, digests; queued in the outbox (no Telegram here)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answering.answers import Answerer
from bot.answering.served import ServedBriefs
from bot.config import DataPaths
from bot.delivery.changes import ADDED, CHANGED, changes, fingerprint
from bot.delivery.publisher import Publisher, reload
from bot.delivery.schedule import deadline_moment, next_digest, parse_clock, reminders_due
from bot.delivery.store import Store
from bot.delivery.subscriptions import covers, parse_topics
from bot.knowledge.loading import Knowledge
from tests.conftest import DataSet

NOW = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)

SANCTION = """\
topic: sanction
facts:
  - id: sanction-new
    title: {fr: Nouvelles sanctions, en: New sanctions}
    summary: {fr: Trump menace de sanctions secondaires., en: Trump threatens secondary sanctions.}
    people: [witkoff]
    citations:
      - article: "000"
        quote: "a été reçu au Kremlin par Vladimir Poutine"
"""
DEADLINES = """\
topic: deadline
facts:
  - id: deadline-ahead
    title: {fr: Échéance à venir, en: Deadline ahead}
    summary:
      fr: Une échéance tombe vers le 22 novembre 2026 à 18 h.
      en: A deadline falls c. 22 November 2026 at 6 pm.
    due: 2026-11-22
    due_time: "18:00"
    citations:
      - article: "000"
        quote: "a été reçu au Kremlin par Vladimir Poutine"
  - id: deadline-past
    title: {fr: Échéance passée, en: Deadline past}
    summary: {fr: Une échéance est tombée vers le 20 novembre 2026., en: A deadline fell c. 20 November 2026.}
    due: 2026-11-20
    citations:
      - article: "000"
        quote: "a été reçu au Kremlin par Vladimir Poutine"
"""


def publisher_for(dataset: DataSet, store: Store | None = None) -> Publisher:
    """A publisher over the data set, its state published."""
    publisher = Publisher(
        ServedBriefs(Answerer(dataset.load()), data=DataPaths(dataset.briefs, dataset.corpus)),
        store or Store(":memory:"),
        admins=frozenset({99}),
        clock=lambda: NOW,
    )
    publisher.publish()
    return publisher


def subscribe(publisher: Publisher, chat_id: int, *topics: str, lang: str = "fr") -> None:
    publisher.store.subscribe(chat_id, topics, lang=lang, chat_type="private", now=NOW)


def texts_for(publisher: Publisher, chat_id: int) -> list[str]:
    return [
        row.text for row in publisher.store.due(NOW + dt.timedelta(days=365), limit=10_000) if row.chat_id == chat_id
    ]


# --- changes ------------------------------------------------------------------------------------------


def test_reformatting_a_brief_is_not_a_change(dataset: DataSet):
    """Re-indenting, re-ordering keys and re-wrapping a summary leave every fingerprint as it was."""
    before = {f.id: fingerprint(f) for f in dataset.load().facts}
    dataset.write(
        "meetings.yaml",
        """\
        # reformatted
        facts:
        - citations:
          - {quote: "a été reçu au Kremlin par Vladimir Poutine", article: "000"}
          places: [moscow]
          people: [witkoff]
          date: 2025-08-06
          date_basis: inferred
          summary:
            en: Witkoff was received at the Kremlin.
            fr: >-
              Witkoff a été reçu
              au Kremlin.
          title: {fr: Rencontre à Moscou, en: Meeting in Moscow}
          id: meeting-moscow
        topic: meeting
        """,
    )
    assert changes(dataset.load(), before) == []


def test_added_and_changed_facts_are_told_apart(dataset: DataSet):
    """A new fact is added; a fact whose summary says something else is changed."""
    before = {f.id: fingerprint(f) for f in dataset.load().facts}
    dataset.write("sanctions.yaml", SANCTION)
    path = dataset.briefs / "meetings.yaml"
    path.write_text(path.read_text().replace("Witkoff was received at the Kremlin.", "Witkoff was received by Putin."))
    found = {c.fact.id: c.kind for c in changes(dataset.load(), before)}
    assert found == {"sanction-new": ADDED, "meeting-moscow": CHANGED}


# --- topics ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "topics", "unknown"),
    [
        ("sanctions sommet", ("sanction", "summit"), ()),
        ("Vladimir Poutine, meetings", ("person:putin", "meeting"), ()),
        ("putin deadlines", ("person:putin", "deadline"), ()),
        ("tout", ("all",), ()),
        ("rencontres cricket", ("meeting",), ("cricket",)),
    ],
)
def test_subscription_words_in_french_and_english(knowledge: Knowledge, words: str, topics: tuple, unknown: tuple):
    """Topic words in either language, full names or surnames, and "all"; the rest is reported."""
    choice = parse_topics(words, knowledge)
    assert set(choice.topics) == set(topics) and choice.unknown == unknown


def test_a_person_subscription_covers_facts_naming_them(knowledge: Knowledge):
    """Subscribing to Ushakov covers facts that name him and his own entry, not the others."""
    topics = frozenset({"person:ushakov"})
    named = [f for f in knowledge.facts if covers(topics, f)]
    assert knowledge.by_id["ushakov"] in named
    assert all("ushakov" in (*f.data.people, f.id) or getattr(f.data, "speaker", None) == "ushakov" for f in named)
    assert not covers(topics, knowledge.by_id["trump"])
    assert covers(frozenset({"all"}), knowledge.by_id["trump"])


# --- publishing --------------------------------------------------------------------------------------------


def test_first_publication_is_silent(dataset: DataSet, database: str):
    """Briefs seen for the first time are the reference: nobody gets the whole corpus as news."""
    store = Store(database)
    store.subscribe(1, ["all"], lang="fr", chat_type="private", now=NOW)
    publisher = publisher_for(dataset, store)
    assert publisher.store.due(NOW) == [] and publisher.store.published()


async def test_reload_notifies_matching_subscribers_in_their_language(dataset: DataSet, database: str):
    """A new sanction fact naming Witkoff reaches sanctions and Witkoff subscribers, each in their language."""
    publisher = publisher_for(dataset, Store(database))
    subscribe(publisher, 1, "sanction")
    subscribe(publisher, 2, "sanction", lang="en")
    subscribe(publisher, 3, "person:witkoff", lang="en")
    subscribe(publisher, 4, "meeting")
    subscribe(publisher, 5, "all")
    publisher.store.set_muted(5, True)
    dataset.write("sanctions.yaml", SANCTION)
    outcome = await reload(publisher.briefs, publisher)
    assert outcome.ok and outcome.publication.added == ("sanction-new",)
    assert outcome.publication.recipients == 3
    (fr,), (en,), (en_witkoff,) = texts_for(publisher, 1), texts_for(publisher, 2), texts_for(publisher, 3)
    assert "Du nouveau" in fr and "Trump menace de sanctions secondaires." in fr
    assert "New in the briefs" in en and "Trump threatens secondary sanctions." in en and en_witkoff == en
    assert "« a été reçu au Kremlin par Vladimir Poutine »" in fr  # cited, verbatim
    assert texts_for(publisher, 4) == [] and texts_for(publisher, 5) == []
    again = await reload(publisher.briefs, publisher)
    assert again.publication.messages == 0  # told once


async def test_invalid_reload_keeps_the_old_briefs_and_notifies_nobody(dataset: DataSet, database: str):
    """A brief that fails the checks is refused with file and line; the old answerer keeps serving."""
    publisher = publisher_for(dataset, Store(database))
    subscribe(publisher, 1, "all")
    served = publisher.briefs.answerer
    dataset.write("sanctions.yaml", SANCTION.replace("a été reçu au Kremlin", "a été reçu au Pentagone"))
    outcome = await reload(publisher.briefs, publisher)
    assert not outcome.ok and publisher.briefs.answerer is served
    assert any("sanctions.yaml:" in p and "verbatim" in p for p in outcome.problems)
    assert texts_for(publisher, 1) == []


async def test_digest_subscribers_get_news_batched_at_their_hour(dataset: DataSet, database: str):
    """News for a digest subscriber waits for their hour (Paris time), then comes as one message."""
    publisher = publisher_for(dataset, Store(database))
    subscribe(publisher, 1, "all")
    at = next_digest("08:00", "Europe/Paris", NOW)
    publisher.store.set_digest(1, "08:00", "Europe/Paris", at, now=NOW)
    dataset.write("sanctions.yaml", SANCTION)
    await reload(publisher.briefs, publisher)
    assert texts_for(publisher, 1) == [] and publisher.store.stats().digest_items == 1
    assert publisher.tick(at - dt.timedelta(minutes=1)).digests == 0
    assert publisher.tick(at + dt.timedelta(seconds=20)).digests == 1
    (text,) = texts_for(publisher, 1)
    assert "Votre résumé du 22 novembre 2026" in text and "Trump menace de sanctions secondaires." in text
    assert publisher.store.subscriber(1).next_digest_at == at + dt.timedelta(days=1)
    assert publisher.tick(at + dt.timedelta(hours=1)).digests == 0  # once a day, and nothing new


def test_deadline_reminders_a_day_and_an_hour_before_and_never_for_past_ones(dataset: DataSet, database: str):
    """Reminders go to deadline subscribers once each; a past deadline never triggers one."""
    dataset.write("deadlines.yaml", DEADLINES)
    publisher = publisher_for(dataset, Store(database))
    subscribe(publisher, 1, "deadline")
    subscribe(publisher, 2, "meeting")
    due = deadline_moment(publisher.briefs.answerer.knowledge.by_id["deadline-ahead"].data)
    assert due == dt.datetime(2026, 11, 22, 17, 0, tzinfo=dt.UTC)  # 18:00 in Paris
    assert publisher.tick(due - dt.timedelta(days=1, minutes=1)).reminders == 0  # the past deadline stays silent
    assert publisher.tick(due - dt.timedelta(hours=23)).reminders == 1
    assert publisher.tick(due - dt.timedelta(hours=22)).reminders == 0
    assert publisher.tick(due - dt.timedelta(minutes=50)).reminders == 1
    assert publisher.tick(due + dt.timedelta(minutes=1)).reminders == 0
    first, second = texts_for(publisher, 1)
    assert "Rappel : échéance dans 1 jour." in first
    assert "Une échéance tombe vers le 22 novembre 2026 à 18 h." in first and "50 minutes" in second
    assert texts_for(publisher, 2) == []
    assert not any(
        r.fact.id == "deadline-past"
        for r in reminders_due(publisher.briefs.answerer.knowledge, NOW - dt.timedelta(days=3))
    )


def test_a_deadline_without_time_falls_at_the_end_of_its_day(dataset: DataSet):
    """No due time: the deadline is midnight ending the due day, in its time zone."""
    dataset.write("deadlines.yaml", DEADLINES)
    fact = dataset.load().by_id["deadline-past"]
    assert deadline_moment(fact.data) == dt.datetime(2026, 11, 20, 23, 0, tzinfo=dt.UTC)


def test_announcement_reaches_every_unmuted_subscriber(dataset: DataSet, database: str):
    """/announce goes to all active subscribers, escaped, whatever their topics; muted ones are skipped."""
    publisher = publisher_for(dataset, Store(database))
    subscribe(publisher, 1, "meeting")
    subscribe(publisher, 2, "summit", lang="en")
    subscribe(publisher, 3, "all")
    publisher.store.set_muted(3, True)
    assert publisher.announce("Maintenance <ce soir> & demain") == 2
    assert "Maintenance &lt;ce soir&gt; &amp; demain" in texts_for(publisher, 1)[0]
    assert texts_for(publisher, 2)[0].startswith("<b>📣 Announcement</b>")
    assert texts_for(publisher, 3) == []


@pytest.mark.parametrize(
    ("typed", "clock"), [("8h", "08:00"), ("20h30", "20:30"), ("7:05", "07:05"), ("25:00", None), ("demain", None)]
)
def test_digest_hours_as_readers_type_them(typed: str, clock: str | None):
    assert parse_clock(typed) == clock


def test_next_digest_follows_daylight_saving_time():
    """08:00 in Paris is 07:00 UTC in winter and 06:00 UTC in summer."""
    winter = next_digest("08:00", "Europe/Paris", dt.datetime(2026, 11, 21, 9, tzinfo=dt.UTC))
    summer = next_digest("08:00", "Europe/Paris", dt.datetime(2026, 7, 1, 9, tzinfo=dt.UTC))
    assert winter == dt.datetime(2026, 11, 22, 7, tzinfo=dt.UTC) and summer == dt.datetime(2026, 7, 2, 6, tzinfo=dt.UTC)
    assert next_digest("09:00", "America/New_York", dt.datetime(2026, 11, 21, 9, tzinfo=dt.UTC)) == dt.datetime(
        2026, 11, 21, 14, tzinfo=dt.UTC
    )


def test_unknown_time_zone_in_a_brief_is_named(dataset: DataSet):
    """A deadline's time zone must exist: check says which file and line."""
    from bot.knowledge.problems import DataError

    dataset.write(
        "deadlines.yaml", DEADLINES.replace('due_time: "18:00"', 'due_time: "18:00"\n    timezone: Mars/Olympus')
    )
    with pytest.raises(DataError) as error:
        dataset.load()
    assert "deadlines.yaml:" in str(error.value) and "Mars/Olympus" in str(error.value)


def test_a_publication_is_invisible_until_done_and_an_interrupted_one_is_removed(database: str):
    """Batches of a fan-out wait unseen; closing the publication shows them; one left open by a crash is removed."""
    from bot.clock import utcnow
    from bot.delivery.store import Message

    store = Store(database)
    now = utcnow()
    store.subscribe(1, ["all"], lang="fr", chat_type="private", now=now)
    done = store.open_publication(now)
    store.queue([Message(1, "announcement", "a")], now=now, publication=done)
    store.add_digest_items([(1, "kept")], now, publication=done)
    assert store.due(now) == [] and store.take_digest(1) == []
    store.close_publication(done)
    assert [r.text for r in store.due(now)] == ["a"] and store.take_digest(1) == ["kept"]
    interrupted = store.open_publication(now)
    store.queue([Message(2, "announcement", "b")], now=now, publication=interrupted)
    assert store.abandon_publications() == 1
    assert [r.text for r in store.due(now)] == ["a"] and store.stats().outbox["pending"] == 1


async def test_a_large_announcement_lets_the_event_loop_run_between_batches(dataset: DataSet, database: str):
    """Queueing for 5,000 subscribers happens in batches: other coroutines get turns while it runs."""
    import asyncio

    from bot.clock import utcnow

    publisher = publisher_for(dataset, Store(database))
    with publisher.store.transaction():
        for chat in range(1, 5001):
            publisher.store.subscribe(chat, ["all"], lang="fr", chat_type="private", now=utcnow())
    turns = 0

    async def other_work() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    other = asyncio.create_task(other_work())
    await asyncio.sleep(0)
    turns = 0
    count = await publisher.announce_async("Conférence de presse")
    other.cancel()
    assert count == 5000 and publisher.store.stats().outbox["pending"] == 5000
    assert turns >= 2  # 25 batches of 200: the loop ran between them
