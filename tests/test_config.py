"""Settings read from the environment."""

from __future__ import annotations

from bot.config import load_settings


def test_settings_from_environment(tmp_path):
    """Token, API base URL, admins, data folders and log level come from the environment."""
    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": "1:x",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
            "BRIEFBOT_ADMINS": "1, 2",
            "BRIEFBOT_BRIEFS": str(tmp_path),
            "BRIEFBOT_LOG_LEVEL": "debug",
        }
    )
    assert settings.admins == {1, 2} and settings.api_base_url == "http://127.0.0.1:9/bot"
    assert settings.data.briefs == tmp_path and settings.log_level == "DEBUG"
    assert load_settings({}).token is None and load_settings({}).api_base_url == "https://api.telegram.org/bot"
