"""The settings live in ``bot.settings`` (shared by every command); this name is kept for imports."""

from bot.settings import HEALTH_PATH, BotSettings, ConfigError, Settings, load_settings

__all__ = ["HEALTH_PATH", "BotSettings", "ConfigError", "Settings", "load_settings"]
