"""briefbot: cited answers about the 2025 US–Russia contacts over the war in Ukraine.

Layers, each importing only those below it (tests/test_architecture.py enforces this):
cli > tg > conversation > delivery | curation > answering > knowledge > base (config, clock, logs, messages).
"""

__version__ = "0.1.0"
