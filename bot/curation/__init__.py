"""Curation: tools for the people who keep the briefs: ingesting an article, drafting facts, coverage.

May import bot.knowledge, bot.answering and the base modules; never delivery, conversation or telegram.
"""
