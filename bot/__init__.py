"""pactbot: answers, with sources, about the Russia–Uzbekistan defence documents of 22 January 2025."""

__version__ = "0.1.0"
