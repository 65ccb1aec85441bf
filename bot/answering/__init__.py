"""Answering: from a reader's question to a cited answer.

Holds the lexicon, the fact index, the matcher, first lines, answers, follow-ups, the /brief and /timeline
views and HTML rendering. May import bot.knowledge and the base modules; never delivery, curation or telegram.
"""
