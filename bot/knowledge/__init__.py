"""Knowledge: the corpus and the briefs as validated value objects, and the checks that refuse bad data.

Holds the article corpus, the brief schema, the YAML reader, loading with located problems, dates and
text normalization. Imports nothing from the rest of bot except the base modules (config, messages, clock, logs).
"""
