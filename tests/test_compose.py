"""The Docker deployment files, checked without a Docker engine.

docker-compose.yml is parsed with PyYAML (anchors and merge keys included) and every service
command is parsed by the real ``orchestrator`` click CLI, so a renamed command or flag fails
here rather than at ``docker compose up``.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import click
import pytest
import yaml

from orchestrator_cli.main import cli
from shared.schemas import DEFAULT_BUDGET
from shared.settings import Settings, env_names

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_TEXT = (ROOT / "docker-compose.yml").read_text()
COMPOSE: dict[str, Any] = yaml.safe_load(COMPOSE_TEXT)
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
APP_SERVICES = ("migrate", "api", "worker", "reflex", "arms", "flower")
_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")
_SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY", re.IGNORECASE)


def env_example() -> dict[str, str]:
    """The variables .env.example sets (comments skipped)."""
    values: dict[str, str] = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def interpolate(text: str, variables: dict[str, str]) -> str:
    """Compose-style ``${VAR}``, ``${VAR:-default}``, ``${VAR:?error}`` substitution."""

    def substitute(match: re.Match[str]) -> str:
        name, operator, argument = match.group(1), match.group(2), match.group(3)
        if variables.get(name):
            return variables[name]
        if operator in (":-", "-"):
            return argument
        raise AssertionError(f"${{{name}}} has no value: {argument or 'unset'}")

    return _REFERENCE.sub(substitute, text)


def command_args(service: str) -> list[str]:
    command = SERVICES[service]["command"]
    return shlex.split(command) if isinstance(command, str) else [str(arg) for arg in command]


def service_environment(service: str) -> dict[str, str]:
    environment = SERVICES[service].get("environment") or {}
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    return {str(key): str(value) for key, value in environment.items()}


def parse_cli(args: list[str]) -> click.Context:
    """Parse ``args`` as ``orchestrator`` would; an unknown command or flag raises."""
    ctx: click.Context = cli.make_context("orchestrator", [args[0]])
    command: click.Command | None = cli
    rest = list(args)
    while isinstance(command, click.Group):
        name, rest = rest[0], rest[1:]
        sub = command.get_command(ctx, name)
        assert sub is not None, f"`orchestrator {' '.join(args)}`: no command {name!r}"
        command = sub
        if isinstance(command, click.Group):
            ctx = click.Context(command, info_name=name, parent=ctx)
    assert command is not None
    return command.make_context(name, rest, parent=ctx)


# --- compose: services and their wiring ---------------------------------------------------


def test_every_service_is_defined() -> None:
    assert set(SERVICES) >= {"postgres", "redis", *APP_SERVICES}


def test_postgres_and_redis_have_health_checks_and_volumes() -> None:
    named_volumes = set(COMPOSE["volumes"])
    for service in ("postgres", "redis"):
        spec = SERVICES[service]
        assert spec["healthcheck"]["test"], service
        volumes = [str(volume).split(":", 1)[0] for volume in spec["volumes"]]
        assert volumes and set(volumes) <= named_volumes, service
    assert SERVICES["postgres"]["image"].startswith("postgres:16")
    assert "pg_isready" in " ".join(SERVICES["postgres"]["healthcheck"]["test"])
    assert SERVICES["redis"]["image"].startswith("redis:7")
    assert "ping" in SERVICES["redis"]["healthcheck"]["test"]
    assert command_args("redis")[-2:] == ["--appendonly", "yes"]


def test_application_services_share_one_image_built_once() -> None:
    images = {SERVICES[service]["image"] for service in APP_SERVICES}
    assert len(images) == 1
    assert [service for service in SERVICES if "build" in SERVICES[service]] == ["migrate"]
    assert SERVICES["migrate"]["build"] == "."
    for service in APP_SERVICES:
        assert "entrypoint" not in SERVICES[service], "the image's ENTRYPOINT picks the role"


def test_migrate_runs_db_upgrade_once_after_postgres_is_healthy() -> None:
    migrate = SERVICES["migrate"]
    assert command_args("migrate") == ["db", "upgrade"]
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"


@pytest.mark.parametrize("service", ["api", "worker"])
def test_api_and_worker_wait_for_migrations_and_redis(service: str) -> None:
    depends = SERVICES[service]["depends_on"]
    assert depends["migrate"]["condition"] == "service_completed_successfully"
    assert depends["redis"]["condition"] == "service_healthy"


def test_worker_is_scalable() -> None:
    worker = SERVICES["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert command_args("worker") == ["worker", "--concurrency", "8", "--hostname", "worker@%h"]


def test_worker_health_check_pings_its_own_node() -> None:
    args = command_args("worker")
    # Celery expands %h to the host name, which is $HOSTNAME in a container.
    assert args[args.index("--hostname") + 1] == "worker@%h"
    check = " ".join(SERVICES["worker"]["healthcheck"]["test"])
    assert "control.ping(destination=['worker@' + os.environ['HOSTNAME']]" in check
    assert "sys.exit(0 if" in check


def test_worker_stop_grace_covers_the_default_task_budget() -> None:
    grace = SERVICES["worker"]["stop_grace_period"]
    assert grace.endswith("s")
    assert int(grace[:-1]) >= DEFAULT_BUDGET["max_time_seconds"]


def test_api_and_flower_are_published_on_loopback_only() -> None:
    published = {service: SERVICES[service].get("ports") for service in SERVICES}
    assert {s for s, ports in published.items() if ports} == {"api", "flower"}
    for service in ("api", "flower"):
        for port in published[service] or []:
            assert str(port).startswith("127.0.0.1:"), f"{service} publishes {port}"
    assert "TLS" in COMPOSE_TEXT.split("x-app:")[0]


@pytest.mark.parametrize(("service", "port"), [("api", 8000), ("reflex", 8100), ("arms", 8200)])
def test_http_services_listen_on_all_interfaces_and_check_their_own_health(
    service: str, port: int
) -> None:
    args = command_args(service)
    assert args[args.index("--host") + 1] == "0.0.0.0"
    assert args[args.index("--port") + 1] == str(port)
    check = " ".join(SERVICES[service]["healthcheck"]["test"])
    assert f"http://127.0.0.1:{port}/health" in check


def test_flower_requires_its_credentials() -> None:
    environment = service_environment("flower")
    assert environment["FLOWER_USER"].startswith("${FLOWER_USER:?")
    assert environment["FLOWER_PASSWORD"].startswith("${FLOWER_PASSWORD:?")
    assert command_args("flower") == ["flower", "--host", "0.0.0.0", "--port", "5555"]


# What each role reads, and nothing more: secrets reach only the roles that use them.
NEEDS = {
    "migrate": {"DATABASE_URL"},
    "api": {"DATABASE_URL", "REDIS_URL", "REFLEX_URL", "WEBHOOK_ALLOW_PRIVATE"},
    "worker": {
        "DATABASE_URL",
        "REDIS_URL",
        "REFLEX_URL",
        "ARM_URLS",
        "WEBHOOK_ALLOW_PRIVATE",
        "PUBLIC_API_URL",
    },
    "reflex": {"REDIS_URL"},
    "arms": set(),
    "flower": {"REDIS_URL", "FLOWER_USER", "FLOWER_PASSWORD"},
}


@pytest.mark.parametrize("service", APP_SERVICES)
def test_each_service_gets_only_the_variables_it_needs(service: str) -> None:
    environment = service_environment(service)
    assert "env_file" not in SERVICES[service]
    assert set(environment) == NEEDS[service] | {"LOG_LEVEL", "LOG_FORMAT"}
    if "POSTGRES_PASSWORD" in " ".join(environment.values()):
        assert "DATABASE_URL" in NEEDS[service]


def test_services_reach_each_other_by_service_name() -> None:
    for service in APP_SERVICES:
        environment = service_environment(service)
        if "DATABASE_URL" in environment:
            database_url = interpolate(environment["DATABASE_URL"], env_example())
            assert urlparse(database_url).hostname == "postgres"
            assert database_url.endswith("@postgres:5432/orchestrator")
        if "REDIS_URL" in environment:
            assert environment["REDIS_URL"] == "redis://redis:6379/0"
        if "REFLEX_URL" in environment:
            assert environment["REFLEX_URL"] == "http://reflex:8100"
        if "ARM_URLS" in environment:
            assert environment["ARM_URLS"] == "http://arms:8200"


# --- compose: configuration and secrets ---------------------------------------------------


def test_no_literal_secrets() -> None:
    # Each reference becomes a marker, so a password that is not one stands out.
    markers = {
        match.group(1): f"from-{match.group(1)}" for match in _REFERENCE.finditer(COMPOSE_TEXT)
    }
    for service, spec in SERVICES.items():
        for name, value in service_environment(service).items():
            if _SECRET_NAME.search(name):
                assert _REFERENCE.fullmatch(value), f"{service}: {name} must be a ${{VAR}}"
            password = urlparse(interpolate(value, markers)).password
            if password is not None:
                assert password.startswith("from-"), f"{service}: {name} has a literal password"
        assert "password" not in str(spec.get("command", "")).lower()


def test_every_referenced_variable_is_in_env_example() -> None:
    referenced = {match.group(1) for match in _REFERENCE.finditer(COMPOSE_TEXT)}
    assert referenced >= {"POSTGRES_PASSWORD", "FLOWER_USER", "FLOWER_PASSWORD"}
    missing = referenced - set(env_example())
    assert not missing, f"add to .env.example: {sorted(missing)}"


def test_env_example_has_only_placeholders_and_known_variables() -> None:
    example = env_example()
    for name, value in example.items():
        if _SECRET_NAME.search(name):
            assert value == "change-me", f"{name} in .env.example must be a placeholder"
    compose_names = {match.group(1) for match in _REFERENCE.finditer(COMPOSE_TEXT)}
    settings_names = set(env_names())
    assert set(example) <= compose_names | settings_names
    commented = re.findall(r"^#\s*([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M)
    assert set(commented) <= settings_names, "a commented tuning variable that nothing reads"


def test_application_environment_is_valid_settings() -> None:
    variables = env_example()
    for service in APP_SERVICES:
        environment = {**variables}
        for name, value in service_environment(service).items():
            environment[name] = interpolate(value, variables)
        settings = Settings.from_env(environment)
        if "DATABASE_URL" in NEEDS[service]:
            assert settings.database_url == (
                "postgresql://orchestrator:change-me@postgres:5432/orchestrator"
            )
        if "ARM_URLS" in NEEDS[service]:
            assert settings.arm_urls == ("http://arms:8200",)


def test_a_missing_secret_stops_compose() -> None:
    with pytest.raises(AssertionError, match="set POSTGRES_PASSWORD"):
        interpolate(service_environment("api")["DATABASE_URL"], {})


# --- compose: every command parses against the real CLI ------------------------------------


@pytest.mark.parametrize("service", APP_SERVICES)
def test_service_command_parses_against_the_cli(service: str) -> None:
    args = command_args(service)
    ctx = parse_cli(args)
    if "--port" in args:
        assert ctx.params["port"] == int(args[args.index("--port") + 1])
    if "--host" in args:
        assert ctx.params["host"] == "0.0.0.0"


def test_the_cli_parser_rejects_an_unknown_flag() -> None:
    with pytest.raises(click.NoSuchOption):
        parse_cli(["arms", "--port", "8200", "--no-such-flag"])
    with pytest.raises(AssertionError, match="no command 'nonexistent'"):
        parse_cli(["nonexistent"])


# --- Dockerfile and build context --------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    joined = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    instructions = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile_instructions()
    last_from = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    return instructions[last_from:]


def test_dockerfile_uses_python_311_slim_and_installs_the_project() -> None:
    instructions = dockerfile_instructions()
    bases = [rest.split()[0] for keyword, rest in instructions if keyword == "FROM"]
    assert bases and all(base == "python:3.11-slim" for base in bases)
    runs = " ".join(rest for keyword, rest in instructions if keyword == "RUN")
    assert re.search(r"pip install (--\S+ )*\.(\s|$)", runs), "the project is installed"


def test_dockerfile_entrypoint_is_orchestrator() -> None:
    entrypoints = [rest for keyword, rest in final_stage() if keyword == "ENTRYPOINT"]
    assert entrypoints == ['["orchestrator"]']


def test_dockerfile_runs_as_a_non_root_user() -> None:
    users = [rest for keyword, rest in final_stage() if keyword == "USER"]
    assert users, "no USER in the final stage"
    assert users[-1].split(":")[0] not in ("root", "0")


def dockerignore_patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_build_context_has_what_pip_install_needs_and_no_secrets() -> None:
    patterns = dockerignore_patterns()
    for needed in ("pyproject.toml", "README.md", "shared", "orchestrator_cli", "migrations"):
        assert needed not in patterns
        assert (ROOT / needed).exists()
    for excluded in (".env", ".git", ".venv"):
        assert excluded in patterns
    for source, _ in (
        rest.split()[-2:]
        for keyword, rest in final_stage()
        if keyword == "COPY" and "--from" not in rest
    ):
        assert (ROOT / source).exists(), f"COPY {source}: not in the repository"
        assert source.rstrip("/") not in patterns, f"COPY {source}: excluded by .dockerignore"
