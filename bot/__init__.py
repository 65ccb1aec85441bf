"""briefbot: cited answers about the 2025 US–Russia contacts over the war in Ukraine."""

__version__ = "0.1.0"
