"""``orchestrator up``: the whole stack on one machine, started in order and supervised.

Each role (API, worker, Flower; the Reflex service and the reference arms unless
``REFLEX_URL`` and ``ARM_URLS`` name running ones; the embedded Redis when no ``REDIS_URL``
is given) runs as a child process in its own process group, its output written to
``<data-dir>/logs/<role>.log`` (and shown behind a ``[role]`` prefix with ``--verbose``).
Nothing is restarted silently: a dead worker is restarted (said loudly, at most
``WORKER_RESTARTS`` times in ``RESTART_WINDOW`` seconds), since its sweeper is what recovers
the tasks it left ``processing``; when any other child dies, ``up`` says so with the last
lines of its log, stops the others and exits non-zero. Ctrl-C or SIGTERM stops
every child's whole process group (gunicorn workers and Celery pool processes included);
if ``up`` itself is killed, each child gets SIGTERM from the kernel (``tether``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import click
import redis
import requests

from orchestrator_cli import datadir, embedded
from shared.ports import free_port, port_is_free
from shared.settings import Settings, SettingsError

# Seconds each child has to stop after SIGTERM before its process group is killed.
STOP_GRACE_SECONDS = 6.0
START_TIMEOUT_SECONDS = 90.0
# Services ``up`` does not start (REFLEX_URL, ARM_URLS) are already running, or never will.
EXTERNAL_TIMEOUT_SECONDS = 15.0
POLL_SECONDS = 0.2
# Lines of a dead child's log shown with the news of its death.
LOG_TAIL_LINES = 15
# A worker that dies more often than this is broken, not unlucky: stop everything.
WORKER_RESTARTS = 3
RESTART_WINDOW = 60.0

# Shorter intervals than production, so a lost publish or worker is noticed within seconds.
DEV_DEFAULTS = {
    "SWEEP_INTERVAL_SECONDS": "2",
    "REPUBLISH_AFTER_SECONDS": "5",
    "ARM_CAPABILITIES_TTL": "5",
    # Flower runs here too: its task list holds every task, even one sent before Flower's
    # first request for events reached the worker.
    "TASK_EVENTS": "true",
}


class StartupFailed(Exception):
    """A child did not come up: it exited, or was not healthy in time."""


class Interrupted(Exception):
    """SIGINT or SIGTERM arrived while the stack was starting."""


class Console:
    """Serialised output: a child's lines and ``up``'s own never interleave mid-line."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def echo(self, text: str) -> None:
        with self._lock, contextlib.suppress(OSError, ValueError):
            click.echo(text)

    def line(self, prefix: str, text: str) -> None:
        self.echo(f"[{prefix}] {text}")

    def say(self, text: str) -> None:
        self.line("up", text)


@dataclass
class Child:
    """One supervised process and the thread that copies its output to the console."""

    name: str
    process: subprocess.Popen[bytes]
    log_path: Path
    pump: threading.Thread | None = None
    argv: tuple[str, ...] = ()

    @property
    def pid(self) -> int:
        return self.process.pid

    def running(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> list[str]:
        """The last ``lines`` lines this child wrote."""
        with contextlib.suppress(OSError):
            return self.log_path.read_text(errors="replace").splitlines()[-lines:]
        return []


def _describe_exit(code: int) -> str:
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"{code} (killed by {signal.Signals(-code).name})"
    return str(code)


def _signal_group(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


class Supervisor:
    """Starts children in their own process groups, waits for them, stops them all."""

    def __init__(
        self,
        env: Mapping[str, str],
        console: Console,
        stop: threading.Event,
        log_dir: Path,
        verbose: bool = False,
    ) -> None:
        self.env = dict(env)
        self.console = console
        self.stop = stop
        self.log_dir = log_dir
        self.verbose = verbose
        self.children: list[Child] = []

    def spawn(self, name: str, argv: list[str]) -> Child:
        """Start ``argv`` as a child named ``name`` in a new session (its own process group),
        tethered to this process: it gets SIGTERM if ``up`` dies without stopping it."""
        tether = [sys.executable, "-m", "orchestrator_cli.tether", str(os.getpid())]
        process = subprocess.Popen(
            [*tether, *argv],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        child = Child(name, process, self.log_dir / f"{name}.log", argv=tuple(argv))
        child.pump = threading.Thread(
            target=self._pump, args=(child,), name=f"up-{name}-output", daemon=True
        )
        child.pump.start()
        self.children.append(child)
        self.console.say(f"started {name} pid={process.pid}")
        return child

    def role(self, name: str, args: list[str]) -> Child:
        """Start ``orchestrator <args>`` with this interpreter."""
        return self.spawn(name, [sys.executable, "-m", "orchestrator_cli", *args])

    def _pump(self, child: Child) -> None:
        stream = child.process.stdout
        assert stream is not None
        # Appended: the log of an earlier run stays above this one's.
        with stream, child.log_path.open("ab") as log:
            for raw in iter(stream.readline, b""):
                log.write(raw)
                log.flush()
                if self.verbose:
                    text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
                    self.console.line(child.name, text)

    def death_notice(self, child: Child) -> str:
        """Why ``child`` is gone: its exit code and, unless shown already, its last lines."""
        text = f"{child.name} exited with code {_describe_exit(child.process.returncode)}"
        if child.pump is not None:
            child.pump.join(2)
        if self.verbose:
            return text
        tail = "".join(f"\n    {line}" for line in child.log_tail())
        return f"{text}; the end of {child.log_path}:{tail}" if tail else text

    def respawn(self, child: Child) -> Child:
        """Start ``child``'s command again in place of the dead ``child``."""
        _signal_group(child.pid, signal.SIGKILL)  # what is left of its group (pool children)
        self.children.remove(child)
        return self.spawn(child.name, list(child.argv))

    def exited(self) -> Child | None:
        """The first child that is no longer running, if any."""
        return next((c for c in self.children if not c.running()), None)

    def wait_ready(
        self,
        checks: Mapping[str, Callable[[], bool]],
        timeout: float = START_TIMEOUT_SECONDS,
        hint: str = "see its log",
    ) -> None:
        """Poll each named check until all pass; fail early when a child dies or on a signal."""
        pending = dict(checks)
        deadline = time.monotonic() + timeout
        while True:
            if self.stop.is_set():
                raise Interrupted
            dead = self.exited()
            if dead is not None:
                raise StartupFailed(self.death_notice(dead))
            pending = {name: check for name, check in pending.items() if not _passes(check)}
            if not pending:
                return
            if time.monotonic() > deadline:
                raise StartupFailed(
                    f"{', '.join(pending)} not ready after {int(timeout)}s ({hint})"
                )
            self.stop.wait(POLL_SECONDS)

    def shutdown(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """Stop every child: the roles first, then the embedded Redis they talk through."""
        roles = [c for c in reversed(self.children) if c.name != "redis"]
        infrastructure = [c for c in self.children if c.name == "redis"]
        self._stop(roles, grace)
        self._stop(infrastructure, grace / 2)

    def _stop(self, children: list[Child], grace: float) -> None:
        for child in children:
            if child.running():
                # The group leader first, so gunicorn and Celery shut their workers down cleanly.
                with contextlib.suppress(ProcessLookupError):
                    child.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace
        for child in children:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(max(0.0, deadline - time.monotonic()))
        for child in children:
            if child.running():
                self.console.say(f"{child.name} did not stop in {grace:g}s; killing it")
            # Whatever is left in the group (pool processes, orphaned workers) goes too.
            _signal_group(child.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.process.wait(5)
            if child.pump is not None:
                child.pump.join(2)


def _passes(check: Callable[[], bool]) -> bool:
    try:
        return check()
    except Exception:
        # Whatever a service not yet up makes a probe raise (refused, reset, broker errors).
        return False


def worker_answers(settings: Settings, node: str) -> Callable[[], bool]:
    """A check that passes when the Celery worker ``node`` answers a ping over the broker."""
    from shared.broker import make_publisher

    def check() -> bool:
        app = make_publisher(settings)
        try:
            return bool(app.control.ping(destination=[node], timeout=0.5))
        finally:
            app.close()

    return check


def http_ok(
    url: str, accept: Callable[[int], bool] = lambda code: code == 200
) -> Callable[[], bool]:
    """A check that passes when GET ``url`` answers with a status ``accept`` likes."""

    def check() -> bool:
        return accept(requests.get(url, timeout=2).status_code)

    return check


def check_given_services(settings: Settings, plan: Plan) -> None:
    """Fail at once, naming the variable, when ``REDIS_URL`` or ``DATABASE_URL`` is set to an
    address that does not answer (rather than waiting for every child to time out)."""
    if not plan.embedded_redis:
        client = redis.Redis.from_url(
            settings.redis_url, socket_connect_timeout=2, socket_timeout=2
        )
        try:
            client.ping()
        except redis.RedisError as exc:
            raise StartupFailed(
                f"REDIS_URL={embedded.redact(settings.redis_url)} does not answer: {exc}"
            ) from None
        finally:
            client.close()
    if not plan.embedded_database:
        from sqlalchemy.exc import DBAPIError

        from shared.db import make_engine

        engine = make_engine(settings)
        try:
            with engine.connect():
                pass
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
            raise StartupFailed(
                f"DATABASE_URL={embedded.redact(settings.database_url)} does not answer: {reason}"
            ) from None
        finally:
            engine.dispose()


def child_environment(
    environ: Mapping[str, str], *, database_url: str, redis_url: str
) -> dict[str, str]:
    """The environment every child gets: the caller's, plus development-mode settings."""
    env = {k: v for k, v in environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    for name, value in DEV_DEFAULTS.items():
        env.setdefault(name, value)
    # Webhook receivers of a development stack live on this machine.
    env.setdefault("WEBHOOK_ALLOW_PRIVATE", "true")
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        LOG_FORMAT="text",
        # Each line as it is written, so the prefixed output follows what happens.
        PYTHONUNBUFFERED="1",
    )
    if not env.get("FLOWER_USER"):
        env["FLOWER_USER"] = "admin"
    if not env.get("FLOWER_PASSWORD"):
        env["FLOWER_PASSWORD"] = secrets.token_urlsafe(12)
    return env


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP set ``stop`` instead of raising wherever the main thread is.

    SIGHUP too: a closed terminal must not leave the children running without their supervisor.
    """

    def handler(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signals = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {sig: signal.signal(sig, handler) for sig in signals}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@dataclass
class Plan:
    """What ``up`` was asked to run."""

    host: str
    port: int
    flower_port: int
    concurrency: int
    data_dir: Path
    embedded_redis: bool
    embedded_database: bool
    # Services named by REFLEX_URL and ARM_URLS are used as they are, not started here.
    given_reflex: bool = False
    given_arms: bool = False


def start_stack(supervisor: Supervisor, plan: Plan, settings: Settings, console: Console) -> None:
    """Start everything in dependency order and print how to reach it."""
    env = supervisor.env
    check_given_services(settings, plan)
    if plan.embedded_redis:
        supervisor.spawn("redis", embedded.redis_command(_port_of(env["REDIS_URL"]), plan.data_dir))
        supervisor.wait_ready({"redis": lambda: embedded.redis_answers(env["REDIS_URL"])}, 30)
    what = "embedded SQLite" if plan.embedded_database else "the database"
    console.say(f"migrating {what}: {embedded.redact(settings.database_url)}")
    embedded.migrate(settings)
    api_key, kept = datadir.development_key(settings, plan.data_dir)
    if supervisor.stop.is_set():
        raise Interrupted

    start_services(supervisor, plan, settings)

    api_url = f"http://{_display_host(plan.host)}:{plan.port}"
    # The address webhook deliveries point to (their result_url).
    supervisor.env.setdefault("PUBLIC_API_URL", api_url)
    supervisor.role("api", ["api", "--host", plan.host, "--port", str(plan.port), "--workers", "2"])
    supervisor.wait_ready({"api": http_ok(f"{api_url}/ready")})

    # Named after this run, so several stacks can share one Redis without mixing replies.
    node = f"worker@{socket.gethostname()}-up{os.getpid()}"
    supervisor.role(
        "worker", ["worker", "--concurrency", str(plan.concurrency), "--hostname", node]
    )
    supervisor.wait_ready({"worker": worker_answers(settings, node)})

    # Started after the worker, so the dashboard finds it at its first look.
    flower_url = f"http://{_display_host(plan.host)}:{plan.flower_port}"
    supervisor.role("flower", ["flower", "--host", plan.host, "--port", str(plan.flower_port)])
    # 401 is the healthy answer: the dashboard always asks for credentials.
    supervisor.wait_ready(
        {"flower": http_ok(f"{flower_url}/", accept=lambda code: code in (200, 401))}
    )

    redis_what = "embedded, " if plan.embedded_redis else ""
    console.echo("")
    console.echo(f"  API:      {api_url}")
    console.echo(f"  Docs:     {api_url}/docs")
    console.echo(
        f"  Flower:   {flower_url}  (user: {env['FLOWER_USER']}, "
        f"password: {env['FLOWER_PASSWORD']})"
    )
    console.echo(f"  Reflex:   {env['REFLEX_URL']}{' (REFLEX_URL)' * plan.given_reflex}")
    console.echo(f"  Arms:     {env['ARM_URLS']}{' (ARM_URLS)' * plan.given_arms}")
    console.echo(f"  Database: {embedded.redact(settings.database_url)}")
    console.echo(f"  Redis:    {redis_what}{embedded.redact(settings.redis_url)}")
    console.echo(f"  Data:     {plan.data_dir}")
    console.echo(f"  Logs:     {supervisor.log_dir}/<service>.log")
    console.echo(
        f"  Key file: {plan.data_dir / datadir.DEV_KEY_FILE}"
        f"{'  (key unchanged since the last run)' if kept else '  (new key)'}"
    )
    secret = datadir.webhook_secret(settings, api_key)
    console.echo(
        f"Webhook secret: {secret}"
        if secret
        else "Webhook secret: none yet (orchestrator keys rotate-webhook-secret ID makes one)"
    )
    console.echo(f"API key: {api_key}")
    console.echo("Ready. Press Ctrl-C to stop.")


def start_services(supervisor: Supervisor, plan: Plan, settings: Settings) -> None:
    """The Reflex Layer and the arms: the reference ones, or those REFLEX_URL and ARM_URLS
    name, which must answer ``GET /health`` within ``EXTERNAL_TIMEOUT_SECONDS``."""
    checks: dict[str, Callable[[], bool]] = {}
    external: dict[str, Callable[[], bool]] = {}
    services = (
        ("reflex", "REFLEX_URL", "the Reflex Layer", (settings.reflex_url,), plan.given_reflex),
        ("arms", "ARM_URLS", "the arm service", settings.arm_urls, plan.given_arms),
    )
    for role, variable, what, urls, given in services:
        if given:
            external.update({f"{what} at {u}": http_ok(f"{u.rstrip('/')}/health") for u in urls})
            continue
        port = free_port()
        supervisor.env[variable] = url = f"http://127.0.0.1:{port}"
        supervisor.role(role, [role, "--port", str(port), "--workers", "1"])
        checks[role] = http_ok(f"{url}/health")
        if role == "arms":
            # Goals that name no capability of the reference arms get a summary.
            supervisor.env.setdefault("DEFAULT_ARM", "summarizer")
    if external:
        supervisor.wait_ready(
            external, EXTERNAL_TIMEOUT_SECONDS, hint="set in REFLEX_URL or ARM_URLS"
        )
    supervisor.wait_ready(checks)


def _settings(env: Mapping[str, str]) -> Settings:
    try:
        return Settings.from_env(env)
    except SettingsError as exc:
        raise click.ClickException(f"configuration error: {exc}") from None


def _port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/", 1)[0])


def _display_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "") else host


def supervise(supervisor: Supervisor, console: Console) -> int:
    """Wait for a stop signal (exit 0) or a child's death (said loudly, exit 1); a dead
    worker is restarted instead, unless it died ``WORKER_RESTARTS`` times in a row."""
    restarts: list[float] = []
    while not supervisor.stop.wait(POLL_SECONDS * 2):
        dead = supervisor.exited()
        if dead is not None:
            console.say(supervisor.death_notice(dead))
            now = time.monotonic()
            restarts = [t for t in restarts if now - t < RESTART_WINDOW]
            if dead.name == "worker" and len(restarts) < WORKER_RESTARTS:
                restarts.append(now)
                console.say("restarting the worker: its sweeper recovers the tasks it left")
                supervisor.respawn(dead)
                continue
            console.say("a service stopped unexpectedly; stopping everything")
            return 1
    console.say("stopping (signal received)")
    return 0


@click.command()
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port of the API.",
)
@click.option(
    "--flower-port",
    default=5555,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port of the Flower dashboard.",
)
@click.option(
    "--concurrency",
    default=8,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Tasks the worker runs at once (threads of its pool).",
)
@click.option(
    "--workers",
    "old_workers",
    default=None,
    type=click.IntRange(1, 256),
    hidden=True,
    help="Deprecated name of --concurrency.",
)
@datadir.data_dir_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address the API and Flower listen on."
)
@click.option(
    "--verbose",
    is_flag=True,
    help="Show every service's output here too, not only in its log file.",
)
def up(
    port: int,
    flower_port: int,
    concurrency: int,
    old_workers: int | None,
    data_dir: Path,
    host: str,
    verbose: bool,
) -> None:
    """Run everything on this machine: API, workers, Reflex Layer, arms and Flower.

    With no DATABASE_URL and REDIS_URL set, it uses SQLite and a private Redis with their
    files in --data-dir; with no REFLEX_URL and ARM_URLS, the built-in Reflex Layer and arms.
    The services' logs and the development key are kept in --data-dir too.
    Ctrl-C stops it all.
    """
    if old_workers is not None:
        # "--workers" means gunicorn processes on `orchestrator api`; here it meant threads.
        click.echo(
            "warning: `up --workers` is deprecated, use --concurrency (worker threads); "
            "--workers is gunicorn processes on `orchestrator api`",
            err=True,
        )
        concurrency = old_workers
    if port == flower_port:
        raise click.BadParameter("the API and Flower need different ports", param_hint="--port")
    for name, number in (("--port", port), ("--flower-port", flower_port)):
        if not port_is_free(number, host):
            raise click.ClickException(
                f"port {number} is already in use on {host}; choose another with {name}"
            )
    data_dir = data_dir.resolve()
    log_dir = data_dir / datadir.LOG_FOLDER
    log_dir.mkdir(parents=True, exist_ok=True)
    plan = Plan(
        host=host,
        port=port,
        flower_port=flower_port,
        concurrency=concurrency,
        data_dir=data_dir,
        embedded_redis=not os.environ.get("REDIS_URL"),
        embedded_database=not os.environ.get("DATABASE_URL"),
        given_reflex=bool(os.environ.get("REFLEX_URL")),
        given_arms=bool(os.environ.get("ARM_URLS")),
    )
    env = child_environment(
        os.environ,
        database_url=datadir.database_url_for(data_dir, os.environ),
        redis_url=os.environ.get("REDIS_URL") or embedded.redis_url(free_port()),
    )
    settings = _settings(env)  # a bad variable stops here, before anything has started
    # The migrations read settings too; they must see what the children see.
    os.environ.update(env)

    console = Console()
    stop = threading.Event()
    supervisor = Supervisor(env, console, stop, log_dir, verbose)
    code = 0
    try:
        lock = datadir.lock(data_dir)
    except datadir.DataDirLocked as exc:
        raise click.ClickException(str(exc)) from None
    with lock, _stop_on_signals(stop):
        try:
            start_stack(supervisor, plan, settings, console)
            code = supervise(supervisor, console)
        except Interrupted:
            console.say("stopping (signal received)")
        except StartupFailed as exc:
            console.say(f"could not start: {exc}")
            code = 1
        except Exception as exc:
            console.say(f"could not start: {type(exc).__name__}: {exc}")
            code = 1
        finally:
            supervisor.shutdown()
            console.say("stopped")
    sys.exit(code)
