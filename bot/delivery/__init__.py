"""Delivery: subscribers, the outbox and everything that sends on its own.

Holds the store (SQLite or PostgreSQL) and its migrations, the courier, the publisher and its notices,
schedules, change detection, subscriptions and sender election. May import bot.answering, bot.knowledge and
the base modules; never curation, conversation or telegram.
"""
