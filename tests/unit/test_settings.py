"""Settings from the environment and a TOML file; bad values give one line naming the setting."""

from datetime import time
from pathlib import Path

import pytest

from config.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(__import__("os").environ):
        if name.startswith("TOEZEGBOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOEZEGBOT_DATA_DIR", str(tmp_path / "data"))
    settings = load_settings()
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'data' / 'toezegbot.db'}"
    assert settings.timezone == "Europe/Amsterdam"
    assert settings.telegram_token is None
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.reminder_days_before == [10, 5, 1]


def test_lists_from_comma_separated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOEZEGBOT_ALLOWED_CHATS", "-1001, 42")
    monkeypatch.setenv("TOEZEGBOT_ADMINS", "7")
    settings = load_settings()
    assert settings.allowed_chats == [-1001, 42]
    assert settings.admins == [7]


def test_toml_file_and_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "bot.toml"
    config.write_text('timezone = "Europe/London"\nadmins = [1, 2]\nlog_level = "DEBUG"\n')
    monkeypatch.setenv("TOEZEGBOT_CONFIG_FILE", str(config))
    monkeypatch.setenv("TOEZEGBOT_LOG_LEVEL", "WARNING")
    settings = load_settings()
    assert settings.timezone == "Europe/London"
    assert settings.admins == [1, 2]
    assert settings.log_level == "WARNING"


def test_token_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOEZEGBOT_TELEGRAM_TOKEN", "123:ABC")
    settings = load_settings()
    assert "123:ABC" not in repr(settings)
    assert settings.telegram_token is not None
    assert settings.telegram_token.get_secret_value() == "123:ABC"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TOEZEGBOT_TIMEZONE", "Mars/Olympus"),
        ("TOEZEGBOT_ALLOWED_CHATS", "een,twee"),
        ("TOEZEGBOT_WEBHOOK_PORT", "99999"),
        ("TOEZEGBOT_REMINDER_TIME", "25:00"),
        ("TOEZEGBOT_REMINDER_DAYS_BEFORE", "5,0"),
    ],
)
def test_invalid_setting_is_named_in_one_line(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert name in message
    assert "\n" not in message


def test_daily_register_import_and_health_port(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOEZEGBOT_TK_IMPORT_TEAMS", "-1001234567890:JenV, -1009:VWS")
    monkeypatch.setenv("TOEZEGBOT_TK_IMPORT_TIME", "06:30")
    monkeypatch.setenv("TOEZEGBOT_HEALTH_PORT", "8080")
    settings = load_settings()
    assert settings.tk_import_teams == [(-1001234567890, "JenV"), (-1009, "VWS")]
    assert (settings.tk_import_time, settings.health_port) == (time(6, 30), 8080)
    config = tmp_path / "bot.toml"
    config.write_text('tk_import_teams = ["-1001:LVVN"]\n')
    monkeypatch.setenv("TOEZEGBOT_CONFIG_FILE", str(config))
    monkeypatch.delenv("TOEZEGBOT_TK_IMPORT_TEAMS")
    assert load_settings().tk_import_teams == [(-1001, "LVVN")]
    monkeypatch.setenv("TOEZEGBOT_TK_IMPORT_TEAMS", "-1001")
    with pytest.raises(SettingsError, match=r"TOEZEGBOT_TK_IMPORT_TEAMS: .*CHAT_ID:MINISTRY"):
        load_settings()
