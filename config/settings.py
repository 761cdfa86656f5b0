"""Settings from ``TOEZEGBOT_*`` environment variables and an optional TOML file.

The TOML file is ``toezegbot.toml`` in the working directory, or the path in ``TOEZEGBOT_CONFIG_FILE``.
Environment variables win over the file.
"""

from __future__ import annotations

import os
from datetime import time
from functools import lru_cache
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_API_URL = "https://api.telegram.org"


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("toezegbot", appauthor=False))


def _split_ids(value: object) -> object:
    """Accept ``"1,-100,3"`` from the environment as well as a list from TOML."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, int):
        return [value]
    return value


class Settings(BaseSettings):
    """Everything toezegbot can be told from outside."""

    model_config = SettingsConfigDict(env_prefix="TOEZEGBOT_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    telegram_token: SecretStr | None = None
    telegram_api_url: str = DEFAULT_API_URL
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    timezone: str = "Europe/Amsterdam"
    allowed_chats: Annotated[list[int], NoDecode] = Field(default_factory=list)
    admins: Annotated[list[int], NoDecode] = Field(default_factory=list)
    reminder_days_before: Annotated[list[int], NoDecode] = Field(default_factory=lambda: [10, 5, 1])
    reminder_time: time = time(9, 0)
    overdue_every_days: int = Field(default=7, ge=1)
    digest_weekday: int = Field(default=0, ge=0, le=6)
    digest_time: time = time(9, 0)
    log_level: str = "INFO"
    tk_api_url: str = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
    tk_import_time: time | None = None
    """Local time of the daily import of the Tweede Kamer's register; empty: no daily import."""
    tk_import_teams: Annotated[list[tuple[int, str]], NoDecode] = Field(default_factory=list)
    """Which team imports which ministry daily: ``-1001234567890:JenV,-1009876543210:VWS``."""
    health_port: int | None = Field(default=None, ge=1, le=65535)
    """Port of the health endpoint (``GET /healthz``) on ``webhook_listen``; empty: none."""
    double_tap_seconds: float = Field(default=2.0, ge=0)
    """A tap on a button that acts at once, this soon after its message changed, is asked again
    (:mod:`bot.double_tap`); 0: never."""

    _split_allowed = field_validator("allowed_chats", "admins", "reminder_days_before", mode="before")(
        _split_ids
    )

    @field_validator("tk_import_teams", mode="before")
    @classmethod
    def _team_and_ministry(cls, value: object) -> object:
        """``"-1001:JenV,-1002:VWS"`` (or a TOML list of such strings) as ``[(-1001, "JenV"), ...]``."""
        value = _split_ids(value)
        if not isinstance(value, list):
            return value
        pairs = []
        for entry in value:
            if not isinstance(entry, str):
                return value
            chat, colon, ministry = entry.partition(":")
            if not colon or not ministry.strip():
                raise ValueError(f"{entry!r}: write CHAT_ID:MINISTRY, e.g. -1001234567890:JenV")
            pairs.append((chat.strip(), ministry.strip()))
        return pairs

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r}") from exc
        return value

    @field_validator("reminder_days_before")
    @classmethod
    def _positive_days(cls, value: list[int]) -> list[int]:
        if any(day < 1 for day in value):
            raise ValueError("days before a deadline must be 1 or more")
        return sorted(set(value), reverse=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = Path(os.environ.get("TOEZEGBOT_CONFIG_FILE", "toezegbot.toml"))
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=toml_file))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or an SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'toezegbot.db'}"


class SettingsError(Exception):
    """A setting is missing or invalid; the message names it in one line."""


def load_settings() -> Settings:
    """Read the settings, turning pydantic's report into one line per bad setting."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = "TOEZEGBOT_" + "_".join(str(part) for part in error["loc"][:1]).upper()
            problems.append(f"{name}: {error['msg']}")
        raise SettingsError("; ".join(problems)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; tests call ``get_settings.cache_clear()``)."""
    return load_settings()
