"""``orchestrator up`` as a user runs it: a real process tree, real HTTP, real signals."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import requests

from orchestrator_cli.embedded import redact, redis_command, sqlite_url
from orchestrator_cli.up import child_environment
from shared.ports import free_port, port_is_free
from tests.conftest import derived_database_url, recreate_database
from tests.support.processes import Service, wait_for
from tests.support.servers import RedisServer

TERMINAL = ("completed", "failed", "blocked", "cancelled")


def live_processes() -> set[tuple[int, str, str]]:
    """(process group, pid, start time) of every process alive on this machine, from /proc.

    The start time tells a process from a later one given the same pid: this machine's
    pid numbers wrap at 32768 and the suite starts many processes.
    """
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # Fields after the command name, which may itself hold spaces and parentheses.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                found.add((int(fields[2]), stat.parent.name, fields[19]))
    return found


def process_groups() -> set[int]:
    """The process group of every process alive on this machine."""
    return {group for group, _pid, _started in live_processes()}


class UpStack:
    """``orchestrator up`` in a folder of its own, its output kept in a file there."""

    def __init__(self, cwd: Path, env: dict[str, str], args: list[str]) -> None:
        self.cwd = cwd
        self.api_port, self.flower_port = free_port(), free_port()
        self.log_path = cwd / "up.log"
        self.log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "orchestrator_cli", "up", "--port", str(self.api_port),
             "--flower-port", str(self.flower_port), *args],
            cwd=cwd, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_output(self, text: str, timeout: float = 90) -> str:
        def seen() -> bool:
            if text in self.output():
                return True
            if self.process.poll() is not None:
                raise AssertionError(f"up exited early:\n{self.output()[-4000:]}")
            return False

        try:
            wait_for(seen, timeout, f"{text!r} from up", interval=0.2)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\n{self.output()[-4000:]}") from None
        return self.output()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def flower_url(self) -> str:
        return f"http://127.0.0.1:{self.flower_port}"

    @property
    def key(self) -> str:
        match = re.search(r"^API key: (\S+)$", self.output(), re.MULTILINE)
        assert match, self.output()[-3000:]
        return match.group(1)

    @property
    def flower_credentials(self) -> tuple[str, str]:
        match = re.search(r"\(user: (\S+), password: (\S+)\)", self.output())
        assert match, self.output()[-3000:]
        return match.group(1), match.group(2)

    def child_pids(self) -> dict[str, int]:
        return {name: int(pid) for name, pid in re.findall(r"\[up\] started (\w+) pid=(\d+)",
                                                           self.output())}  # fmt: skip

    def submit(self, goal: str, **fields: object) -> str:
        response = requests.post(f"{self.api_url}/submit", json={"goal": goal, **fields},
                                 headers=self.auth, timeout=10)  # fmt: skip
        assert response.status_code == 202, response.text
        return str(response.json()["task_id"])

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}

    def wait_status(self, task_id: str, statuses: tuple[str, ...] = TERMINAL) -> dict[str, object]:
        seen: dict[str, object] = {}

        def reached() -> bool:
            seen.update(requests.get(f"{self.api_url}/tasks/{task_id}", headers=self.auth,
                                     timeout=5).json())  # fmt: skip
            return seen["status"] in statuses

        wait_for(reached, 60, f"task {task_id} to reach {statuses} (last: {seen.get('status')})",
                 interval=0.2)  # fmt: skip
        return seen

    def stop(self, sig: int = signal.SIGINT, timeout: float = 15) -> tuple[int, float]:
        """Send ``sig`` to up alone; its exit code and the seconds it took to exit."""
        started = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(sig)
        code = self.process.wait(timeout)
        return code, time.monotonic() - started

    def cleanup(self) -> None:
        """After a failed test: nothing of this stack may outlive it."""
        for pid in [self.process.pid, *self.child_pids().values()]:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)
        self.log.close()


def up_environment(**extra: str) -> dict[str, str]:
    """The test runner's environment without service URLs or dashboard credentials."""
    dropped = ("DATABASE_URL", "REDIS_URL", "FLOWER_USER", "FLOWER_PASSWORD",
               "REFLEX_URL", "ARM_URLS", "PROMETHEUS_MULTIPROC_DIR")  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(extra)
    return env


@contextlib.contextmanager
def running_up(cwd: Path, env: dict[str, str], args: tuple[str, ...] = ()) -> Iterator[UpStack]:
    stack = UpStack(cwd, env, list(args))
    try:
        stack.wait_output("Ready.")
        yield stack
    finally:
        stack.cleanup()


def assert_all_gone(stack: UpStack) -> None:
    pids = stack.child_pids()
    assert {"reflex", "arms", "api", "worker", "flower"} <= set(pids), stack.output()[-3000:]

    def gone() -> bool:
        return not (set(pids.values()) & process_groups())

    # The children are reaped by up before it exits; their process groups must be empty.
    wait_for(gone, 2, "every child process group to be empty")


@pytest.fixture(scope="module")
def embedded_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UpStack]:
    """``up`` with no service URLs: SQLite and a private Redis in ./orchestrator-data."""
    with running_up(tmp_path_factory.mktemp("up-embedded"), up_environment()) as stack:
        yield stack


@pytest.mark.e2e
@pytest.mark.timeout(120)
def test_embedded_up_prints_how_to_use_it(embedded_stack: UpStack) -> None:
    out = embedded_stack.output()
    assert f"API:      {embedded_stack.api_url}\n" in out
    assert f"Docs:     {embedded_stack.api_url}/docs" in out
    assert f"Flower:   {embedded_stack.flower_url}  (user: admin, password: " in out
    assert re.search(r"^API key: orc_\w+_\w+$", out, re.MULTILINE)
    data = embedded_stack.cwd / "orchestrator-data"
    # The services' start-up chatter goes to their logs, not to the terminal.
    assert f"  Logs:     {data}/logs/<service>.log" in out
    assert "[worker] " not in out and "[api] " not in out and "celery@" not in out
    assert "worker@" in (data / "logs" / "worker.log").read_text()
    assert (data / "logs" / "api.log").stat().st_size > 0
    assert len(out.splitlines()) <= 25, out
    assert (data / "orchestrator.db").is_file()
    assert (data / "redis").is_dir()
    key_file = data / "dev-api-key"
    assert key_file.read_text().strip() == embedded_stack.key
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert f"  Key file: {key_file}  (new key)" in out
    assert requests.get(f"{embedded_stack.api_url}/docs", timeout=5).status_code == 200
    ready = requests.get(f"{embedded_stack.api_url}/ready", timeout=5)
    assert ready.status_code == 200, ready.text


@pytest.mark.e2e
@pytest.mark.timeout(120)
def test_embedded_up_runs_a_task_to_completion(embedded_stack: UpStack) -> None:
    task_id = embedded_stack.submit("Summarize the benefits of testing")
    task = embedded_stack.wait_status(task_id)
    assert task["status"] == "completed", task
    assert task["result"]["answer"]  # type: ignore[index]

    # Flower shows it, though it was sent as soon as up said it was ready.
    seen: dict[str, object] = {}

    def listed() -> bool:
        response = requests.get(f"{embedded_stack.flower_url}/api/task/info/{task_id}",
                                auth=embedded_stack.flower_credentials, timeout=10)  # fmt: skip
        seen.update(response.json() if response.status_code == 200 else {})
        return seen.get("state") == "SUCCESS"

    wait_for(listed, 15, f"Flower to show task {task_id} (last: {seen})", interval=0.5)
    assert seen["name"] == "orchestrator.process_task"


@pytest.mark.e2e
@pytest.mark.timeout(120)
def test_flower_requires_credentials_and_lists_the_worker(embedded_stack: UpStack) -> None:
    url = f"{embedded_stack.flower_url}/api/workers"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, auth=("admin", "wrong"), timeout=10).status_code == 401
    workers: dict[str, object] = {}

    def listed() -> bool:
        response = requests.get(url, auth=embedded_stack.flower_credentials, timeout=10)
        assert response.status_code == 200, response.text
        workers.update(response.json())
        return bool(workers)

    wait_for(listed, 30, "Flower to list the worker", interval=0.5)
    assert any(name.startswith("worker@") for name in workers), workers


@pytest.mark.e2e
@pytest.mark.timeout(120)
def test_sigint_stops_every_process(embedded_stack: UpStack) -> None:
    code, seconds = embedded_stack.stop(signal.SIGINT)
    assert code == 0, embedded_stack.output()[-3000:]
    assert seconds < 15
    assert embedded_stack.output().rstrip().endswith("[up] stopped")
    assert_all_gone(embedded_stack)
    assert port_is_free(embedded_stack.api_port)


@pytest.mark.e2e
@pytest.mark.timeout(180)
def test_a_second_run_keeps_the_data_and_sigterm_sighup_stop_it(tmp_path: Path) -> None:
    """The data folder outlives a run: a task and its key from the first run are still there."""
    with running_up(tmp_path, up_environment()) as first:
        first_key = first.key
        task_id = first.submit("Summarize the benefits of testing")
        assert first.wait_status(task_id)["status"] == "completed"
        code, seconds = first.stop(signal.SIGTERM)
        assert (code, seconds < 15) == (0, True), first.output()[-3000:]
        assert_all_gone(first)

    (tmp_path / "up.log").rename(tmp_path / "first-up.log")
    with running_up(tmp_path, up_environment()) as second:
        # One development key per data folder: the tasks of the first run are still listed.
        assert second.key == first_key
        assert "(key unchanged since the last run)" in second.output()
        listed = requests.get(f"{second.api_url}/tasks", headers=second.auth, timeout=10)
        assert task_id in [t["task_id"] for t in listed.json()["tasks"]], listed.text
        old = requests.get(f"{second.api_url}/tasks/{task_id}", headers=second.auth, timeout=10)
        assert old.status_code == 200 and old.json()["status"] == "completed", old.text

        # A second up on the same folder refuses, naming the pid that holds it.
        again = subprocess.run(
            [sys.executable, "-m", "orchestrator_cli", "up", "--port", str(free_port()),
             "--flower-port", str(free_port())],
            cwd=tmp_path, env=up_environment(), capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert again.returncode == 1
        assert f"another `orchestrator up` (pid {second.process.pid}) is using" in again.stderr
        assert "started" not in again.stdout
        code, seconds = second.stop(signal.SIGHUP)
        assert (code, seconds < 15) == (0, True), second.output()[-3000:]
        assert_all_gone(second)


@pytest.mark.e2e
@pytest.mark.timeout(120)
def test_killing_up_stops_every_process_it_started(tmp_path: Path) -> None:
    """Even SIGKILL, which ``up`` cannot catch, leaves no service running without it."""
    with running_up(tmp_path, up_environment()) as stack:
        pids = stack.child_pids()
        assert {"redis", "reflex", "arms", "api", "worker", "flower"} <= set(pids), pids
        ours = {p for p in live_processes() if p[0] in pids.values()}
        stack.process.kill()
        stack.process.wait(5)

        def gone() -> bool:
            return not ours & live_processes()

        # Each service stops as on a plain SIGTERM (gunicorn and Celery let their work end).
        left = ""
        try:
            wait_for(gone, 30, "every process of the stack to end")
        except TimeoutError:
            alive = {group for group, *_ in ours & live_processes()}
            left = ", ".join(name for name, group in pids.items() if group in alive)
        assert not left, f"still running 30 s after up was killed: {left}"
        assert port_is_free(stack.api_port, "127.0.0.1")


@pytest.mark.e2e
@pytest.mark.timeout(180)
def test_up_with_postgres_and_redis_urls(tmp_path: Path) -> None:
    """Given URLs, ``up`` migrates that database and uses that Redis; a dead child ends it."""
    database_url = derived_database_url("stack")
    recreate_database(database_url)
    server = RedisServer().start()
    broker = redis.Redis.from_url(server.url)
    env = up_environment(DATABASE_URL=database_url, REDIS_URL=server.url)
    try:
        with running_up(tmp_path, env) as stack:
            out = stack.output()
            assert f"Redis:    {server.url}" in out
            assert "[redis]" not in out and "started redis" not in out
            assert not (tmp_path / "orchestrator-data" / "orchestrator.db").exists()
            task_id = stack.submit("Summarize the benefits of testing")
            assert stack.wait_status(task_id)["status"] == "completed"
            assert broker.keys("_kombu.binding.*"), "the worker did not bind its queues there"

            # A dead worker is restarted, loudly, and the stack goes on serving.
            os.killpg(stack.child_pids()["worker"], signal.SIGKILL)
            wait_for(lambda: "[up] restarting the worker" in stack.output(), 20, "a restart")
            assert "[up] worker exited with code -9" in stack.output()
            task_id = stack.submit("Summarize the benefits of restarts")
            assert stack.wait_status(task_id)["status"] == "completed"
            assert stack.process.poll() is None

            # Any other dead child ends it: up says so and stops the rest.
            os.killpg(stack.child_pids()["api"], signal.SIGKILL)
            code = stack.process.wait(20)
            assert code == 1
            assert "[up] api exited with code -9" in stack.output()
            assert_all_gone(stack)
    finally:
        broker.close()
        server.stop()


@pytest.mark.e2e
@pytest.mark.timeout(180)
def test_up_uses_the_reflex_layer_and_arms_named_by_their_urls(tmp_path: Path) -> None:
    """With REFLEX_URL and ARM_URLS set, ``up`` starts no Reflex Layer or arms of its own
    and the pipeline calls the ones named."""
    env = up_environment()
    reflex_url, arms_url = f"http://127.0.0.1:{free_port()}", f"http://127.0.0.1:{free_port()}"
    services = [
        Service("reflex", ["reflex", "--port", reflex_url.rsplit(":", 1)[1], "--workers", "1"],
                env).wait_http(f"{reflex_url}/health"),
        Service("arms", ["arms", "--port", arms_url.rsplit(":", 1)[1]], env).wait_http(
            f"{arms_url}/health"),
    ]  # fmt: skip
    try:
        with running_up(tmp_path, {**env, "REFLEX_URL": reflex_url, "ARM_URLS": arms_url}) as stack:
            out = stack.output()
            assert "started reflex" not in out and "started arms" not in out
            assert f"Reflex:   {reflex_url} (REFLEX_URL)" in out
            assert f"Arms:     {arms_url} (ARM_URLS)" in out
            task = stack.wait_status(stack.submit("Summarize the benefits of testing"))
            assert task["status"] == "completed", task
            result = task["result"]
            assert isinstance(result, dict)
            assert result["arms"][0]["endpoint"].startswith(f"{arms_url}/")
            metrics = requests.get(f"{reflex_url}/metrics", timeout=5).text
            assert re.search(r'^reflex_requests_total\{status="Success"\} [1-9]', metrics, re.M)
    finally:
        for service in services:
            service.stop()


@pytest.mark.timeout(30)
def test_up_refuses_a_busy_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "orchestrator_cli", "up", "--port", str(port)],
            cwd=tmp_path, env=up_environment(), capture_output=True, text=True, timeout=20,
        )  # fmt: skip
    assert result.returncode != 0
    assert f"port {port} is already in use" in result.stderr
    assert "--port" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "orchestrator-data").exists()


@pytest.mark.e2e
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            {"DATABASE_URL": "postgresql://root@127.0.0.1:1/nothing"},
            "[up] could not start: DATABASE_URL=postgresql://root@127.0.0.1:1/nothing does not "
            "answer: ",
        ),
        (
            {"REDIS_URL": "redis://127.0.0.1:1/0"},
            "[up] could not start: REDIS_URL=redis://127.0.0.1:1/0 does not answer: ",
        ),
        (
            {"SWEEP_INTERVAL_SECONDS": "often"},
            "Error: configuration error: SWEEP_INTERVAL_SECONDS=",
        ),
        (
            {"REFLEX_URL": "http://127.0.0.1:9"},
            "[up] could not start: the Reflex Layer at http://127.0.0.1:9 not ready after 15s "
            "(set in REFLEX_URL or ARM_URLS)",
        ),
    ],
)
def test_startup_failure_is_reported_and_leaves_nothing_running(
    tmp_path: Path, extra: dict[str, str], message: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "orchestrator_cli", "up", "--port", str(free_port()),
         "--flower-port", str(free_port())],
        cwd=tmp_path, env=up_environment(**extra), capture_output=True, text=True, timeout=45,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "Ready." not in result.stdout
    started = [int(pid) for pid in re.findall(r"started \w+ pid=(\d+)", result.stdout)]
    assert not set(started) & process_groups()


def test_child_environment_sets_development_defaults_and_keeps_user_choices() -> None:
    env = child_environment(
        {"SWEEP_INTERVAL_SECONDS": "9", "PROMETHEUS_MULTIPROC_DIR": "/x", "LOG_FORMAT": "json"},
        database_url="sqlite:////data/orchestrator.db",
        redis_url="redis://127.0.0.1:1/0",
    )
    assert env["LOG_FORMAT"] == "text"
    assert env["SWEEP_INTERVAL_SECONDS"] == "9"
    assert env["REPUBLISH_AFTER_SECONDS"] == "5"
    assert env["DATABASE_URL"] == "sqlite:////data/orchestrator.db"
    assert "PROMETHEUS_MULTIPROC_DIR" not in env
    assert env["FLOWER_USER"] == "admin"
    assert len(env["FLOWER_PASSWORD"]) >= 12
    other = child_environment({}, database_url="sqlite://", redis_url="redis://h:1/0")
    assert other["FLOWER_PASSWORD"] != env["FLOWER_PASSWORD"]
    given = child_environment({"FLOWER_USER": "ops", "FLOWER_PASSWORD": "s3cret"},
                              database_url="sqlite://", redis_url="redis://h:1/0")  # fmt: skip
    assert (given["FLOWER_USER"], given["FLOWER_PASSWORD"]) == ("ops", "s3cret")


def test_embedded_redis_snapshots_its_data(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(redis_command(port, tmp_path), stdout=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    try:
        wait_for(lambda: _pings(client), 10, "the embedded Redis to answer")
        assert client.config_get("save") == {"save": "60 1"}
    finally:
        client.close()
        server.terminate()
        server.wait(10)


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


def test_embedded_paths_live_in_the_data_folder(tmp_path: Path) -> None:
    assert sqlite_url(tmp_path) == f"sqlite:///{tmp_path.resolve()}/orchestrator.db"
    command = redis_command(6390, tmp_path)
    assert command[command.index("--bind") + 1] == "127.0.0.1"
    assert command[command.index("--dir") + 1] == str(tmp_path.resolve() / "redis")
    assert Path(command[0]).is_file() and os.access(command[0], os.X_OK)


def test_redact_hides_passwords() -> None:
    assert redact("postgresql://u:pw@db:5432/x") == "postgresql://u:***@db:5432/x"
    assert redact("redis://:pw@h:6379/0") == "redis://:***@h:6379/0"
    assert redact("sqlite:////tmp/a.db") == "sqlite:////tmp/a.db"


def test_tether_runs_its_command_only_while_the_parent_lives() -> None:
    def tether(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "orchestrator_cli.tether", *args],
                              capture_output=True, text=True, timeout=20)  # fmt: skip

    # The command runs as the tether's child, in its process group.
    grandparent = "open(f'/proc/{os.getppid()}/stat').read().rsplit(')', 1)[1].split()[1]"
    command = (sys.executable, "-c", f"import os; print('ran, grandparent', {grandparent})")
    ran = tether(str(os.getpid()), *command)
    assert (ran.returncode, ran.stdout) == (0, f"ran, grandparent {os.getpid()}\n")
    # A parent that is not (or no longer) ours: nobody would stop the command, so it never runs.
    assert tether(str(os.getpid() + 1_000_000), *command).stdout == ""
    usage = tether("not-a-pid")
    assert usage.returncode != 0 and "usage:" in usage.stderr


def test_the_tether_ends_as_its_command_did() -> None:
    def status(code: str) -> int:
        return subprocess.run([sys.executable, "-m", "orchestrator_cli.tether", str(os.getpid()),
                               sys.executable, "-c", code], timeout=20).returncode  # fmt: skip

    assert status("import sys; sys.exit(3)") == 3
    assert status("import os, signal; os.kill(os.getpid(), signal.SIGKILL)") == -signal.SIGKILL


def test_a_burst_of_sigterms_reaches_the_command_once(tmp_path: Path) -> None:
    """The kernel repeats the death signal for each thread of ``up`` the orphan is handed to:
    Celery's warm-shutdown handler deadlocks on a second one while the first runs."""
    counted = tmp_path / "count"
    code = (
        "import signal, sys, time\n"
        "n = 0\n"
        "def h(*_):\n"
        "    global n\n"
        "    n += 1\n"
        "signal.signal(signal.SIGTERM, h)\n"
        "print('ready', flush=True)\n"
        "time.sleep(1.5)\n"
        f"open({str(counted)!r}, 'w').write(str(n))\n"
    )
    tether = subprocess.Popen([sys.executable, "-m", "orchestrator_cli.tether", str(os.getpid()),
                               sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)  # fmt: skip
    assert tether.stdout is not None and tether.stdout.readline() == "ready\n"
    for _ in range(6):
        tether.send_signal(signal.SIGTERM)
    assert tether.wait(20) == 0
    assert counted.read_text() == "1"


@contextlib.contextmanager
def orphaned_tether(
    tmp_path: Path, code: str, from_thread: bool = False
) -> Iterator[tuple[int, int]]:
    """A tether running ``python -c code``, started in its own process group (as ``up`` does)
    by a parent that is then SIGKILLed: yields the tether's and the command's pids. ``code``
    writes its pid to ``tmp_path / "command.pid"`` once it is ready. ``from_thread``: the
    parent starts the tether from a thread that ends once the command is ready, so the first
    death signal comes while the parent is still alive (as when one of up's threads ends
    before the others)."""
    tether_file, command_file = tmp_path / "tether.pid", tmp_path / "command.pid"
    parent_code = (
        "import os, subprocess, sys, threading, time\n"
        "def start():\n"
        "    t = subprocess.Popen([sys.executable, '-m', 'orchestrator_cli.tether', "
        f"str(os.getpid()), sys.executable, '-c', {code!r}], start_new_session=True)\n"
        f"    open({str(tether_file)!r}, 'w').write(str(t.pid))\n"
        f"    while not os.path.exists({str(command_file)!r}): time.sleep(0.05)\n"
        f"{'threading.Thread(target=start).start()' if from_thread else 'start()'}\n"
        "time.sleep(120)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", parent_code])
    try:
        for path in (tether_file, command_file):
            wait_for(lambda path=path: path.exists() and path.read_text() != "", 20, str(path))
        parent.kill()
        parent.wait(5)
        yield int(tether_file.read_text()), int(command_file.read_text())
    finally:
        parent.kill()


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


@pytest.mark.parametrize("from_thread", [False, True], ids=["main-thread", "ended-thread"])
def test_an_orphaned_command_that_does_not_stop_is_killed_after_the_grace(
    tmp_path: Path, from_thread: bool
) -> None:
    """``up`` killed, nobody is left to kill a service whose shutdown hangs: the tether does,
    STOP_GRACE_SECONDS after passing SIGTERM on, even when the first death signal came while
    ``up`` was still alive."""
    from orchestrator_cli import tether

    stubborn = (
        "import os, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        f"open({str(tmp_path / 'command.pid')!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    )
    with orphaned_tether(tmp_path, stubborn, from_thread) as (_, command):
        time.sleep(tether.STOP_GRACE_SECONDS / 2)
        assert _alive(command), "killed before its grace was over"
        grace = tether.STOP_GRACE_SECONDS + 10
        wait_for(lambda: not _alive(command), grace, "the command to be killed")


def test_an_orphaned_command_that_stops_ends_its_tether_at_once(tmp_path: Path) -> None:
    from orchestrator_cli import tether

    polite = (
        "import os, signal, sys, time; signal.signal(signal.SIGTERM, lambda *_: sys.exit(0)); "
        f"open({str(tmp_path / 'command.pid')!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    )
    with orphaned_tether(tmp_path, polite) as (tether_pid, _):
        started = time.monotonic()
        wait_for(lambda: not _alive(tether_pid), 20, "the tether to end")
        assert time.monotonic() - started < tether.STOP_GRACE_SECONDS / 2
