"""compose.yaml, read (no docker here): PostgreSQL, two bot replicas on it, and a proxy in front of both."""

from __future__ import annotations

import re

import pytest
import yaml

from bot.config import PROJECT_ROOT


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((PROJECT_ROOT / "compose.yaml").read_text(encoding="utf-8"))


def test_two_bot_replicas_share_one_postgresql_database_and_one_webhook_secret(compose: dict):
    services = compose["services"]
    bots = [services["bot-1"], services["bot-2"]]
    for bot in bots:
        env = bot["environment"]
        assert env["BRIEFBOT_DB"].startswith("postgresql://") and "@db:5432/" in env["BRIEFBOT_DB"]
        assert bot["command"][:3] == ["briefbot", "run", "--webhook-url"]
        assert bot["depends_on"]["db"]["condition"] == "service_healthy"
        assert env["BRIEFBOT_LISTEN"] == "0.0.0.0" and env["BRIEFBOT_RUN_DIR"] == "/data"
    assert bots[0]["environment"] == bots[1]["environment"] and bots[0]["command"] == bots[1]["command"]
    assert bots[0]["volumes"] != bots[1]["volumes"]  # each replica's pid and heartbeat files are its own
    assert services["db"]["image"].startswith("postgres:") and "healthcheck" in services["db"]


def test_the_proxy_sends_the_webhook_path_to_both_replicas(compose: dict):
    proxy = compose["services"]["proxy"]
    assert {"bot-1", "bot-2"} <= set(proxy["depends_on"])
    caddyfile = compose["configs"]["caddyfile"]["content"]
    path = compose["services"]["bot-1"]["command"][3].split("}", 1)[1]
    assert path == "/telegram" and f"handle {path}" in caddyfile
    assert re.search(r"reverse_proxy bot-1:8443 bot-2:8443", caddyfile)
    assert "443:443" in proxy["ports"]


def test_secrets_come_from_the_environment_not_the_file(compose: dict):
    text = (PROJECT_ROOT / "compose.yaml").read_text(encoding="utf-8")
    env = compose["services"]["bot-1"]["environment"]
    assert env["TELEGRAM_BOT_TOKEN"].startswith("${TELEGRAM_BOT_TOKEN:?")
    assert env["BRIEFBOT_WEBHOOK_SECRET"].startswith("${BRIEFBOT_WEBHOOK_SECRET:?")
    assert "${POSTGRES_PASSWORD:?" in env["BRIEFBOT_DB"] and "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?" in text
