"""Settings: defaults, environment, overrides; a bad value names its variable."""

from __future__ import annotations

import pytest

from shared.settings import Settings, SettingsError, env_names


def test_defaults_need_no_environment() -> None:
    settings = Settings.from_env({})

    assert settings.is_sqlite
    assert settings.max_content_length == 1024 * 1024
    assert settings.cors_origins == ()
    assert settings.flower_user is None


def test_environment_then_overrides() -> None:
    settings = Settings.from_env(
        {
            "DATABASE_URL": "postgresql://u@db:5432/app",
            "CORS_ORIGINS": "https://a.example, https://b.example",
            "API_RATE_LIMIT_PER_MINUTE": "0",
            "LOG_LEVEL": "DEBUG",
        },
        max_content_length=2048,
    )

    assert settings.database_url == "postgresql://u@db:5432/app"
    assert not settings.is_sqlite
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.rate_limit_per_minute == 0
    assert settings.log_level == "debug"
    assert settings.max_content_length == 2048


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://db/app"),
        ("DATABASE_URL", "postgresql://"),
        ("REDIS_URL", "http://127.0.0.1:6379"),
        ("REFLEX_URL", "ftp://reflex"),
        ("ARM_URLS", "http://ok:1,not a url"),
        ("MAX_CONTENT_LENGTH", "0"),
        ("MAX_CONTENT_LENGTH", "big"),
        ("API_RATE_LIMIT_PER_MINUTE", "-1"),
        ("DB_CONNECT_TIMEOUT", "0"),
        ("READY_TIMEOUT", "soon"),
        ("REPUBLISH_AFTER_SECONDS", "-5"),
        ("TASK_EVENTS", "maybe"),
        ("LOG_LEVEL", "loud"),
        ("LOG_FORMAT", "xml"),
    ],
)
def test_bad_value_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({name: value})

    assert str(raised.value).startswith(f"{name}=")


def test_empty_arm_list_is_refused() -> None:
    with pytest.raises(SettingsError, match="ARM_URLS"):
        Settings.from_env({"ARM_URLS": " , "})


def test_flower_credentials_come_together() -> None:
    with pytest.raises(SettingsError, match="FLOWER_USER and FLOWER_PASSWORD"):
        Settings.from_env({"FLOWER_USER": "admin"})


def test_env_round_trips_through_from_env() -> None:
    settings = Settings.from_env({"CORS_ORIGINS": "https://a.example", "LOG_LEVEL": "debug"})

    assert Settings.from_env(settings.env()) == settings
    assert set(settings.env()) <= set(env_names())
