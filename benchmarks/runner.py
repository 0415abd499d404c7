"""``orchestrator bench``: every figure beside a baseline measured in the same run.

Sections (``SECTIONS``):

- ``submit``: ``POST /submit`` throughput and latency at 16 connections, the API under
  gunicorn beside the cheapest Flask JSON handler on the same server and worker count.
- ``e2e``: tasks per second from submission to ``completed`` through the whole pipeline
  (Reflex and a reference arm over HTTP, every transition persisted), and submit-to-start
  latency on an idle system, beside bare Celery doing three committed UPDATEs per task, on
  its default pool (a process per CPU) and on the workers' pool (threads); the faster of the
  two is the baseline.
- ``scaling``: end-to-end throughput with 1, 2 and 4 worker processes.
- ``reflex``: Reflex latency in process and over HTTP (``benchmarks.reflex_bench``).
- ``llm_arm``: the LLM arm's added latency and CPU per call over the bare provider call
  against the same loopback endpoint (``benchmarks.llm_arm_bench``).
- ``memory``: peak RSS of the API and worker process groups (and of the baselines).
- ``streams``: ``POST /submit`` throughput with no stream open and with ``open_streams``
  (500) ``GET /tasks/<id>/stream`` connections held open on pending tasks, in turns on the
  same API processes (``benchmarks.streams_bench``).
- ``plans``: 4-step diamond plans (a -> b, c -> d, every step on a reference arm over HTTP,
  screened, persisted) per second, and the idle end-to-end time of one, beside a bare Celery
  canvas (``chain(a, group(b, c), d)``) making the same four HTTP calls to the same arm with
  one committed UPDATE per step (``benchmarks.baseline_canvas``); the per-step overhead is
  the difference of the idle times over the four steps.
- ``limits``: the claim of a task whose key has a concurrency limit (slot free, and limit
  reached) beside the claim of a key without one (``benchmarks.limits_bench``).
- ``webhooks``: how long after the terminal transition a task's webhook reaches a receiver
  in this process, one task at a time and under a pipeline load, beside a bare POST to the
  same receiver from this process (``benchmarks.webhook_bench``).

It owns one Postgres database and two Redis dbs (``BenchConfig``): the database is dropped
and re-created, the Redis dbs are flushed.
"""

from __future__ import annotations

import os
import platform
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import orjson
import redis
import requests
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from benchmarks import baseline_celery
from benchmarks.loadgen import Load, percentiles, run_load
from benchmarks.processes import Role, machine_cpu_seconds
from shared.db import Database, make_engine, normalize_url
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import WORKER_THREADS, Settings

SECTIONS = (
    "submit",
    "e2e",
    "scaling",
    "reflex",
    "memory",
    "plans",
    "llm_arm",
    "limits",
    "streams",
    "webhooks",
)
TERMINAL = ("completed", "failed", "blocked", "cancelled")
GOAL = "Summarize the quarterly sales report for the board in three bullet points."

# Targets on the reference machine (2 cores); reported, never asserted in tests.
SUBMIT_RATIO_TARGET = 0.25
SUBMIT_P99_TARGET_MS = 50.0
E2E_RATIO_TARGET = 0.40
PLANS_RATIO_TARGET = 0.50
DIAMOND_PLAN = [
    {"id": "a", "instruction": "Summarize the sales figures", "capabilities": ["summarization"]},
    {"id": "b", "instruction": "Summarize the costs", "capabilities": ["summarization"],
     "depends_on": ["a"]},
    {"id": "c", "instruction": "Summarize the revenue", "capabilities": ["summarization"],
     "depends_on": ["a"]},
    {"id": "d", "instruction": "Summarize both for the board", "capabilities": ["summarization"],
     "depends_on": ["b", "c"]},
]  # fmt: skip
START_P50_TARGET_MS = 20.0


@dataclass
class BenchConfig:
    """Sizes and places of one run. ``quick()`` and ``full()`` are the two presets."""

    database_url: str = "postgresql://root@127.0.0.1:5432/orch_bench"
    redis_url: str = "redis://127.0.0.1:6379/5"
    baseline_redis_url: str = "redis://127.0.0.1:6379/4"
    http_workers: int = field(default_factory=lambda: os.cpu_count() or 2)
    http_threads: int = 1
    connections: int = 16
    load_processes: int = 2
    duration: float = 12.0
    warmup: float = 1.0
    submit_rounds: int = 3
    # Threads of each pipeline worker process (the worker's default), and processes of the
    # bare Celery baseline's prefork pool (Celery's default: one per CPU).
    worker_concurrency: int = WORKER_THREADS
    worker_processes: int = 1
    baseline_concurrency: int = field(default_factory=lambda: os.cpu_count() or 2)
    e2e_tasks: int = 1200
    e2e_rounds: int = 3
    latency_samples: int = 100
    scaling: tuple[int, ...] = (1, 2, 4)
    scaling_tasks: int = 1000
    reflex_iterations: int = 300
    llm_arm_iterations: int = 300
    plans_count: int = 200
    plans_rounds: int = 2
    plans_latency_samples: int = 20
    limits_claims: int = 1000
    open_streams: int = 500
    webhook_samples: int = 100
    webhook_tasks: int = 500

    @classmethod
    def from_env(cls, quick: bool = False, environ: dict[str, str] | None = None) -> BenchConfig:
        """Preset sizes, then ``BENCH_<FIELD>`` overrides (``BENCH_E2E_TASKS=500``,
        ``BENCH_SCALING=1,2``); places from ``BENCH_DATABASE_URL``, ``BENCH_REDIS_URL`` and
        ``BENCH_BASELINE_REDIS_URL``."""
        env = os.environ if environ is None else environ
        config = cls()
        if quick:
            config.duration, config.warmup, config.submit_rounds = 4.0, 0.5, 2
            config.e2e_tasks, config.e2e_rounds, config.scaling_tasks = 300, 1, 200
            config.latency_samples, config.reflex_iterations = 30, 50
            config.llm_arm_iterations = 50
            config.plans_count, config.plans_rounds, config.plans_latency_samples = 60, 1, 8
            config.limits_claims = 300
            config.webhook_samples, config.webhook_tasks = 30, 150
        for spec in fields(cls):
            raw = env.get(f"BENCH_{spec.name.upper()}")
            if raw is None:
                continue
            current = getattr(config, spec.name)
            value: Any
            if isinstance(current, tuple):
                value = tuple(int(part) for part in raw.split(",") if part.strip())
            else:
                value = type(current)(raw)
            setattr(config, spec.name, value)
        return config


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


class Bench:
    """One run: prepares the database and Redis, starts roles on demand, stops them all."""

    def __init__(self, config: BenchConfig, log: Callable[[str], None] | None = None) -> None:
        self.config = config
        self.log = log or (lambda message: print(message, file=sys.stderr, flush=True))
        self.database_url = normalize_url(config.database_url)
        self.roles: dict[str, Role] = {}
        self.memory_kib: dict[str, int] = {}
        self.engine: Engine | None = None
        self.key = ""
        self.ports = {"reflex": free_port(), "arms": free_port(), "api": free_port()}

    # ------------------------------------------------------------ environment

    @property
    def env(self) -> dict[str, str]:
        """Environment of every role of ours: the bench's places, production defaults else."""
        return {
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.config.redis_url,
            "REFLEX_URL": f"http://127.0.0.1:{self.ports['reflex']}",
            "ARM_URLS": f"http://127.0.0.1:{self.ports['arms']}",
            # The limiter's Redis round trip stays in the measure; its ceiling does not.
            "API_RATE_LIMIT_PER_MINUTE": "1000000000",
            # Every task is screened for real, as unique texts would be.
            "REFLEX_CACHE_TTL": "0",
            "BASELINE_REDIS_URL": self.config.baseline_redis_url,
            "BASELINE_DATABASE_URL": self.database_url,
            # The webhook receiver is this process, on loopback.
            "WEBHOOK_ALLOW_PRIVATE": "true",
            "PUBLIC_API_URL": f"http://127.0.0.1:{self.ports['api']}",
        }

    def prepare(self) -> None:
        """A fresh database at the head migration, an API key, empty Redis dbs."""
        from alembic import command

        from migrations import alembic_config

        url = make_url(self.database_url)
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{url.database}"'))
        admin.dispose()
        settings = Settings.from_env({}, database_url=self.database_url)
        command.upgrade(alembic_config(settings.database_url), "head")
        self.engine = make_engine(settings)
        with Database(self.engine).session() as session:
            self.key = create_key(session, "bench")[1]
        self._flush_redis()

    def _flush_redis(self) -> None:
        # Only while no worker runs: Celery keeps its queue bindings in these dbs.
        for url in (self.config.redis_url, self.config.baseline_redis_url):
            client = redis.Redis.from_url(url)
            client.flushdb()
            client.close()

    def _truncate_tasks(self) -> None:
        assert self.engine is not None
        with self.engine.begin() as conn:
            conn.execute(text("TRUNCATE task_events, task_results, tasks CASCADE"))

    def close(self) -> None:
        """Stop every role still running and release the database."""
        for name in list(self.roles):
            self.stop(name)
        if self.engine is not None:
            self.engine.dispose()

    # ------------------------------------------------------------ roles

    def start(self, name: str, module: str, args: list[str]) -> Role:
        self.log(f"  starting {name}")
        role = Role(name, module, args, self.env)
        self.roles[name] = role
        return role

    def stop(self, name: str) -> None:
        role = self.roles.pop(name, None)
        if role is None:
            return
        self.memory_kib[name] = max(self.memory_kib.get(name, 0), role.peak_rss_kib())
        role.stop()

    def _http_args(self, port: int) -> list[str]:
        return [
            "--port",
            str(port),
            "--workers",
            str(self.config.http_workers),
            "--threads",
            str(self.config.http_threads),
        ]

    def ensure_api(self) -> None:
        if "api" not in self.roles:
            port = self.ports["api"]
            role = self.start("api", "orchestrator_cli", ["api", *self._http_args(port)])
            role.wait_http(f"http://127.0.0.1:{port}/health")

    def ensure_services(self) -> None:
        """The Reflex Layer and the reference arms, for the pipeline."""
        if "reflex" not in self.roles:
            port = self.ports["reflex"]
            self.start("reflex", "orchestrator_cli", ["reflex", "--port", str(port)]).wait_http(
                f"http://127.0.0.1:{port}/health"
            )
        if "arms" not in self.roles:
            port = self.ports["arms"]
            self.start("arms", "orchestrator_cli", ["arms", "--port", str(port)]).wait_http(
                f"http://127.0.0.1:{port}/health"
            )

    @contextmanager
    def workers(self, processes: int = 1) -> Iterator[list[Role]]:
        """``processes`` worker nodes of ``worker_concurrency`` threads, stopped afterwards."""
        names = [f"worker-{processes}-{index}" for index in range(processes)]
        threads = str(self.config.worker_concurrency)
        roles = [
            self.start(
                name,
                "orchestrator_cli",
                ["worker", "--concurrency", threads, "--hostname", f"bench{name}@%h"],
            )
            for name in names
        ]
        try:
            for role in roles:
                role.wait_output("ready", timeout=90)
            yield roles
        finally:
            for name in names:
                self.stop(name)

    # ------------------------------------------------------------ submit

    def _submit_load(
        self, port: int, contract: dict[str, Any] | None = None, **overrides: Any
    ) -> Load:
        body = orjson.dumps(contract or {"goal": GOAL})
        settings = {
            "connections": self.config.connections,
            "processes": self.config.load_processes,
            "duration": self.config.duration,
            "warmup": self.config.warmup,
            **overrides,
        }
        return Load(
            host="127.0.0.1",
            port=port,
            path="/submit",
            body=body,
            headers={"Authorization": f"Bearer {self.key}"},
            **settings,
        )

    def bench_submit(self) -> dict[str, Any]:
        """Requests per second and latency of ``POST /submit``, beside bare Flask.

        Both servers run at once (idle costs nothing) and are loaded in turns, round after
        round, so a neighbour's burst on a shared machine hits both sides alike; each side
        reports its best round.
        """
        port = free_port()
        self.log("submit: bare Flask baseline and the orchestrator API, in turns")
        self.start("baseline_flask", "benchmarks.baseline_flask", self._http_args(port)).wait_port(
            port
        )
        self.ensure_api()
        rounds = max(1, self.config.submit_rounds)
        duration = self.config.duration / rounds
        sides: dict[str, list[dict[str, Any]]] = {"baseline": [], "api": []}
        for _ in range(rounds):
            for side, side_port in (("baseline", port), ("api", self.ports["api"])):
                load = self._submit_load(side_port, duration=duration)
                sides[side].append(run_load(load).summary())
        self.stop("baseline_flask")
        # Nothing consumes what was just submitted: clear it before the pipeline runs.
        self._truncate_tasks()
        if not any(name.startswith("worker") for name in self.roles):
            self._flush_redis()
        best = {side: max(runs, key=lambda r: r["rps"]) for side, runs in sides.items()}
        api, baseline = best["api"], best["baseline"]
        ratio = api["rps"] / baseline["rps"] if baseline["rps"] else 0.0
        return {
            "server": {
                "workers": self.config.http_workers,
                "threads": self.config.http_threads,
                "worker_class": "gthread" if self.config.http_threads > 1 else "sync",
                "connections": self.config.connections,
            },
            "api": {**api, "rounds_rps": [r["rps"] for r in sides["api"]]},
            "baseline": {**baseline, "rounds_rps": [r["rps"] for r in sides["baseline"]]},
            "ratio": round(ratio, 3),
        }

    # ------------------------------------------------------------ streams

    def bench_streams(self) -> dict[str, Any]:
        """``POST /submit`` throughput with no stream open, then with ``open_streams`` open
        streams (of pending tasks, nothing consumes them), in turns, round after round; each
        side reports its best round. The streams must all stay open through their round."""
        from benchmarks.streams_bench import OpenStreams

        self.ensure_api()
        port = self.ports["api"]
        count = self.config.open_streams
        self.log(f"streams: submit with 0 and with {count} open streams, in turns")
        task_ids = []
        for _ in range(count):
            answer = requests.post(
                f"http://127.0.0.1:{port}/submit", json={"goal": GOAL},
                headers={"Authorization": f"Bearer {self.key}"}, timeout=30,
            )  # fmt: skip
            answer.raise_for_status()
            task_ids.append(answer.json()["task_id"])
        rounds = max(1, self.config.submit_rounds)
        duration = self.config.duration / rounds
        sides: dict[str, list[dict[str, Any]]] = {"none": [], "open": []}
        opened_s, heartbeats = [], 0
        for _ in range(rounds):
            sides["none"].append(run_load(self._submit_load(port, duration=duration)).summary())
            streams = OpenStreams("127.0.0.1", port, self.key, task_ids)
            try:
                try:
                    opened_s.append(streams.open())
                    summary = run_load(self._submit_load(port, duration=duration)).summary()
                    if streams.open_count != count:
                        raise RuntimeError(
                            f"{count - streams.open_count} of {count} streams closed under load"
                        )
                except RuntimeError as exc:
                    api_log = self.roles["api"].output()[-3000:]
                    raise RuntimeError(f"{exc}; the API's log ends with:\n{api_log}") from None
                heartbeats += streams.heartbeats
                if len(sides["open"]) == rounds - 1:
                    # The end of the last round: the tasks are cancelled, and every stream
                    # sends its terminal event and ends (none is left reading the tables
                    # the truncation below locks).
                    self._cancel_all(port, task_ids)
                    streams.wait_closed()
            finally:
                streams.close()
            sides["open"].append(summary)
        self._truncate_tasks()
        if not any(name.startswith("worker") for name in self.roles):
            self._flush_redis()
        best = {side: max(runs, key=lambda r: r["rps"]) for side, runs in sides.items()}
        ratio = best["open"]["rps"] / best["none"]["rps"] if best["none"]["rps"] else 0.0
        return {
            "open_streams": count,
            "connections": self.config.connections,
            "none": {**best["none"], "rounds_rps": [r["rps"] for r in sides["none"]]},
            "open": {**best["open"], "rounds_rps": [r["rps"] for r in sides["open"]]},
            "open_seconds": round(max(opened_s), 2),
            "heartbeats": heartbeats,
            "ratio": round(ratio, 3),
        }

    def _cancel_all(self, port: int, task_ids: list[str]) -> None:
        with requests.Session() as http:
            http.headers["Authorization"] = f"Bearer {self.key}"
            for task_id in task_ids:
                http.post(f"http://127.0.0.1:{port}/tasks/{task_id}/cancel", timeout=30)

    # ------------------------------------------------------------ pipeline

    def _task_counts(self) -> tuple[int, int, float | None]:
        assert self.engine is not None
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT count(*) FILTER (WHERE status IN ('completed', 'failed', 'blocked', "
                    "'cancelled')), count(*) FILTER (WHERE status = 'completed'), "
                    "extract(epoch FROM max(finished_at)) FROM tasks"
                )
            ).one()
        return int(row[0]), int(row[1]), (float(row[2]) if row[2] is not None else None)

    def _failures(self) -> list[str]:
        assert self.engine is not None
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT status, error_code, error_message FROM tasks "
                    "WHERE status <> 'completed' LIMIT 3"
                )
            ).all()
        return [f"{r[0]} {r[1]}: {r[2]}" for r in rows]

    def pipeline_throughput(
        self, count: int, contract: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Submit ``count`` tasks through the API; tasks per second until all are completed."""
        self._truncate_tasks()
        cpu_before = self._cpu_snapshot()
        started = time.time()
        load = self._submit_load(
            self.ports["api"], contract, total_requests=count, connections=8, processes=1,
            warmup=0.0,
        )  # fmt: skip
        submitted = run_load(load)
        if submitted.errors or submitted.statuses.get(202, 0) != count:
            raise RuntimeError(f"submissions failed: statuses {submitted.statuses}")
        deadline = time.monotonic() + 60 + count / 10
        finished, done, last = 0, 0, None
        while time.monotonic() < deadline:
            finished, done, last = self._task_counts()
            if finished >= count:
                break
            time.sleep(0.1)
        if done < count or last is None:
            raise RuntimeError(
                f"only {done} of {count} tasks completed ({finished} finished): "
                f"{'; '.join(self._failures())}"
            )
        seconds = max(last - started, 1e-6)
        return {
            "tasks": count,
            "seconds": round(seconds, 3),
            "tasks_per_s": round(count / seconds, 1),
            "submit_rps": round(submitted.rps, 1),
            "cpu_ms_per_task": self._cpu_per_task(cpu_before, count),
        }

    def _cpu_snapshot(self) -> dict[str, float]:
        """CPU seconds of each running role, and of the machine minus them (Postgres, Redis,
        this process, neighbours)."""
        snapshot: dict[str, float] = {}
        for name, role in self.roles.items():
            group = name.split("-")[0]
            snapshot[group] = snapshot.get(group, 0.0) + role.cpu_seconds()
        snapshot["rest of machine"] = machine_cpu_seconds() - sum(snapshot.values())
        return snapshot

    def pipeline_latency(
        self, samples: int, contract: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """One task at a time on an idle system: submit-to-start and submit-to-complete."""
        self._truncate_tasks()
        assert self.engine is not None
        url = f"http://127.0.0.1:{self.ports['api']}/submit"
        ids: list[str] = []
        with requests.Session() as http, self.engine.connect() as conn:
            http.headers["Authorization"] = f"Bearer {self.key}"
            for _ in range(samples):
                answer = http.post(url, json=contract or {"goal": GOAL}, timeout=10)
                answer.raise_for_status()
                task_id = str(answer.json()["task_id"])
                ids.append(task_id)
                deadline = time.monotonic() + 30
                while True:
                    status = conn.execute(
                        text("SELECT status FROM tasks WHERE id = :id"), {"id": uuid.UUID(task_id)}
                    ).scalar()
                    conn.rollback()
                    if status in TERMINAL:
                        break
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"task {task_id} still {status} after 30 s")
                    time.sleep(0.002)
            rows = conn.execute(
                text(
                    "SELECT extract(epoch FROM started_at - created_at) * 1000, "
                    "extract(epoch FROM finished_at - created_at) * 1000 FROM tasks"
                )
            ).all()
        return {
            "samples": samples,
            "submit_to_start": percentiles([float(r[0]) for r in rows]),
            "submit_to_complete": percentiles([float(r[1]) for r in rows]),
        }

    def _baseline_concurrency(self, pool: str) -> int:
        """Processes of bare Celery's prefork pool, or as many threads as the pipeline's."""
        if pool == "prefork":
            return self.config.baseline_concurrency
        return self.config.worker_concurrency

    def start_baseline_worker(self, reliable: bool, pool: str) -> str:
        """A bare Celery worker of the baseline task; returns its role name."""
        name = baseline_celery.queue_for(reliable, pool).replace("baseline", "baseline_celery")
        concurrency = self._baseline_concurrency(pool)
        args = ["--concurrency", str(concurrency), "--pool", pool, "--hostname", f"{name}@%h"]
        role = self.start(name, "benchmarks.baseline_celery", args + (["--reliable"] * reliable))
        role.wait_output("ready", timeout=90)
        return name

    def baseline_throughput(self, count: int, reliable: bool, pool: str) -> dict[str, Any]:
        """Bare Celery: ``count`` tasks through a running baseline worker."""
        queue = baseline_celery.queue_for(reliable, pool)
        before = self._cpu_snapshot()
        result = baseline_celery.run_throughput(self.database_url, count, queue)
        result["cpu_ms_per_task"] = self._cpu_per_task(before, count)
        return result

    def _cpu_per_task(self, before: dict[str, float], count: int) -> dict[str, float]:
        after = self._cpu_snapshot()
        spent = {name: after[name] - before.get(name, 0.0) for name in after}
        # Idle roles (the other side's) spend next to nothing: leave them out.
        per_task = {name: s * 1000 / count for name, s in spent.items()}
        return {name: round(ms, 2) for name, ms in per_task.items() if ms >= 0.1}

    def bench_e2e(self) -> dict[str, Any]:
        """One pipeline worker process beside bare Celery on its own default pool (prefork,
        a process per CPU) and on the pipeline's pool (threads, as many), and Celery with the
        workers' delivery settings. All run at once and are fed in turns, round after round;
        each side reports its best round, and the faster bare Celery is the baseline."""
        count = self.config.e2e_tasks
        samples = self.config.latency_samples
        self.log(
            f"e2e: starting every side (pipeline: {self.config.worker_concurrency} threads; "
            f"bare Celery: {self.config.baseline_concurrency} processes, and threads)"
        )
        baseline_celery.configure(self.config.baseline_redis_url)
        self.ensure_services()
        self.ensure_api()
        variants = {
            "bare_prefork": (False, "prefork"),
            "bare_threads": (False, "threads"),
            "reliable": (True, "prefork"),
        }
        names = [self.start_baseline_worker(*variant) for variant in variants.values()]
        sides: dict[str, list[dict[str, Any]]] = {"pipeline": [], **{v: [] for v in variants}}
        with self.workers(self.config.worker_processes):
            self.pipeline_throughput(min(100, count))  # warm-up
            for index in range(max(1, self.config.e2e_rounds)):
                self.log(f"e2e: round {index + 1}")
                for variant, (reliable, pool) in variants.items():
                    sides[variant].append(self.baseline_throughput(count, reliable, pool))
                sides["pipeline"].append(self.pipeline_throughput(count))
            latency = self.pipeline_latency(samples)
        best = {
            side: {
                **max(runs, key=lambda r: r["tasks_per_s"]),
                "rounds_tasks_per_s": [r["tasks_per_s"] for r in runs],
            }
            for side, runs in sides.items()
        }
        for variant, (reliable, pool) in variants.items():
            best[variant]["pool"] = pool
            best[variant]["concurrency"] = self._baseline_concurrency(pool)
            queue = baseline_celery.queue_for(reliable, pool)
            best[variant]["send_to_start"] = percentiles(
                baseline_celery.run_latency(self.database_url, samples, queue)
            )
        for name in names:
            self.stop(name)
        pipeline = best["pipeline"]
        baseline = max(best["bare_prefork"], best["bare_threads"], key=lambda r: r["tasks_per_s"])
        ratio = pipeline["tasks_per_s"] / baseline["tasks_per_s"] if baseline["tasks_per_s"] else 0
        return {
            "concurrency": self.config.worker_concurrency,
            "pipeline": {**pipeline, **latency},
            "baseline": baseline,
            "baseline_prefork": best["bare_prefork"],
            "baseline_threads": best["bare_threads"],
            "baseline_reliable": best["reliable"],
            "ratio": round(ratio, 3),
        }

    def bench_scaling(self) -> dict[str, Any]:
        """Pipeline throughput by worker processes (nodes), each of the default threads."""
        self.ensure_services()
        self.ensure_api()
        results: dict[str, Any] = {}
        for processes in self.config.scaling:
            self.log(f"scaling: {processes} worker process(es)")
            with self.workers(processes):
                self.pipeline_throughput(min(50, self.config.scaling_tasks))  # warm-up
                results[str(processes)] = self.pipeline_throughput(self.config.scaling_tasks)
        return results

    def bench_plans(self) -> dict[str, Any]:
        """Diamond plans through the pipeline beside the bare Celery canvas, round by round."""
        from benchmarks import baseline_canvas

        count = self.config.plans_count
        contract = {"goal": GOAL, "plan": DIAMOND_PLAN}
        arm_url = f"http://127.0.0.1:{self.ports['arms']}/arms/summarizer/execute"
        baseline_canvas.configure(self.config.baseline_redis_url)
        self.ensure_services()
        self.ensure_api()
        self.log("plans: starting the pipeline worker and the bare Celery canvas worker")
        canvas = self.start(
            "baseline_canvas", "benchmarks.baseline_canvas",
            ["--concurrency", str(self.config.worker_concurrency), "--pool", "threads"],
        )  # fmt: skip
        canvas.wait_output("ready", timeout=90)
        pipeline_runs, canvas_runs = [], []
        with self.workers(self.config.worker_processes):
            self.pipeline_throughput(min(20, count), contract)  # warm-up
            for index in range(max(1, self.config.plans_rounds)):
                self.log(f"plans: round {index + 1}")
                canvas_runs.append(baseline_canvas.run_throughput(self.database_url, count,
                                                                  arm_url))  # fmt: skip
                run = self.pipeline_throughput(count, contract)
                pipeline_runs.append({**run, "plans_per_s": run["tasks_per_s"]})
            samples = self.config.plans_latency_samples
            latency = self.pipeline_latency(samples, contract)
        canvas_latency = percentiles(
            baseline_canvas.run_latency(self.database_url, samples, arm_url)
        )
        self.stop("baseline_canvas")
        best = max(pipeline_runs, key=lambda r: r["plans_per_s"])
        floor = max(canvas_runs, key=lambda r: r["plans_per_s"])
        steps = len(DIAMOND_PLAN)
        plan_p50 = latency["submit_to_complete"]["p50_ms"]
        return {
            "steps": steps,
            "pipeline": {**best, "rounds_plans_per_s": [r["plans_per_s"] for r in pipeline_runs],
                         "submit_to_complete": latency["submit_to_complete"]},
            "baseline": {**floor, "rounds_plans_per_s": [r["plans_per_s"] for r in canvas_runs],
                         "send_to_complete": canvas_latency},
            "per_step_overhead_ms": round((plan_p50 - canvas_latency["p50_ms"]) / steps, 2),
            "per_step_cpu_ms": round(sum(best["cpu_ms_per_task"].values()) / steps, 2),
            "ratio": round(best["plans_per_s"] / floor["plans_per_s"], 3)
            if floor["plans_per_s"] else 0,
        }  # fmt: skip

    def bench_limits(self) -> dict[str, Any]:
        """The claim with a per-key limit beside the claim without one (in this process)."""
        from benchmarks.limits_bench import run_limits_bench

        assert self.engine is not None
        self.log("limits: claims with and without a per-key concurrency limit")
        return run_limits_bench(Database(self.engine), self.config.limits_claims)

    def bench_webhooks(self) -> dict[str, Any]:
        """Webhook arrival after the terminal transition, idle and under load, beside a bare
        POST to the same receiver (``benchmarks.webhook_bench``)."""
        from benchmarks import webhook_bench

        samples, count = self.config.webhook_samples, self.config.webhook_tasks
        self.ensure_services()
        self.ensure_api()
        url = f"http://127.0.0.1:{self.ports['api']}/submit"
        with webhook_bench.receiving() as receiver, self.workers(self.config.worker_processes):
            contract = {"goal": GOAL, "webhook_url": receiver.url}
            self.log("webhooks: bare POSTs, then one task at a time, then under load")
            baseline = webhook_bench.bare_posts(receiver, max(samples, 100))
            self.pipeline_throughput(min(20, count), contract)  # warm-up
            self._truncate_tasks()
            with requests.Session() as http:
                http.headers["Authorization"] = f"Bearer {self.key}"
                for _ in range(samples):
                    answer = http.post(url, json=contract, timeout=10)
                    answer.raise_for_status()
                    receiver.wait(str(answer.json()["task_id"]), 60)
            idle = self._webhook_latencies(receiver)
            run = self.pipeline_throughput(count, contract)
            loaded = self._webhook_latencies(receiver, wait=60 + count / 10)
        return {
            "idle": webhook_bench.summary(idle, baseline, samples),
            "under_load": {**webhook_bench.summary(loaded, baseline, count),
                           "tasks_per_s": run["tasks_per_s"]},
        }  # fmt: skip

    def _webhook_latencies(self, receiver: Any, wait: float = 0) -> list[float]:
        """Milliseconds from ``finished_at`` to the webhook's arrival, for every task."""
        assert self.engine is not None
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, extract(epoch FROM finished_at) FROM tasks")).all()
        return [
            (receiver.wait(str(task_id), wait) - float(finished)) * 1000
            for task_id, finished in rows
        ]

    def bench_memory(self) -> dict[str, Any]:
        """Peak RSS (MiB) per role group; runs a short pipeline load when nothing ran yet."""
        if "api" not in self.memory_kib and not any(
            k.startswith("worker") for k in self.memory_kib
        ):
            self.log("memory: short pipeline run")
            self.ensure_services()
            self.ensure_api()
            with self.workers(1):
                self.pipeline_throughput(min(200, self.config.e2e_tasks))
        for name in ("api", "reflex", "arms"):
            self.stop(name)
        worker = "worker-1-0"
        if worker not in self.memory_kib:
            worker = max((k for k in self.memory_kib if k.startswith("worker")), default=worker)
        mib = {name: round(kib / 1024, 1) for name, kib in sorted(self.memory_kib.items())}
        return {
            "api_mib": mib.get("api"),
            "worker_mib": mib.get(worker),
            "worker_role": worker,
            "roles_mib": mib,
        }


def _target(name: str, value: float, limit: float, higher_is_better: bool) -> dict[str, Any]:
    met = value >= limit if higher_is_better else value < limit
    return {
        "name": name,
        "value": value,
        "target": limit,
        "higher_is_better": higher_is_better,
        "met": met,
    }


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of the project, with the measured value and whether it is met."""
    found: list[dict[str, Any]] = []
    if "submit" in results:
        submit = results["submit"]
        found.append(_target("submit rps / bare Flask", submit["ratio"], SUBMIT_RATIO_TARGET, True))
        found.append(_target("submit p99 ms", submit["api"]["p99_ms"], SUBMIT_P99_TARGET_MS, False))
    if "e2e" in results:
        e2e = results["e2e"]
        found.append(_target("e2e tasks/s / bare Celery", e2e["ratio"], E2E_RATIO_TARGET, True))
        p50 = e2e["pipeline"]["submit_to_start"]["p50_ms"]
        found.append(_target("submit-to-start p50 ms", p50, START_P50_TARGET_MS, False))
    if "plans" in results:
        plans = results["plans"]
        found.append(_target("diamond plans/s / bare Celery canvas", plans["ratio"],
                             PLANS_RATIO_TARGET, True))  # fmt: skip
    return found


def run(
    config: BenchConfig,
    only: tuple[str, ...] = SECTIONS,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run the chosen sections; the result is JSON-serialisable."""
    unknown = [s for s in only if s not in SECTIONS]
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(unknown)}")
    started = time.monotonic()
    results: dict[str, Any] = {"machine": machine(), "config": asdict(config)}
    results["config"].pop("database_url")
    bench = Bench(config, log)
    try:
        if "reflex" in only:
            from benchmarks.reflex_bench import run_reflex_bench

            bench.log("reflex: in process and over HTTP")
            results["reflex"] = run_reflex_bench(config.reflex_iterations)
        if "llm_arm" in only:
            from benchmarks.llm_arm_bench import run_llm_arm_bench

            bench.log("llm_arm: bare provider calls and calls through the arm")
            results["llm_arm"] = run_llm_arm_bench(config.llm_arm_iterations)
        database_sections = (
            "submit",
            "e2e",
            "scaling",
            "memory",
            "plans",
            "limits",
            "streams",
            "webhooks",
        )
        if any(s in only for s in database_sections):
            bench.prepare()
        if "submit" in only:
            results["submit"] = bench.bench_submit()
        if "e2e" in only:
            results["e2e"] = bench.bench_e2e()
        if "scaling" in only:
            results["scaling"] = bench.bench_scaling()
        if "streams" in only:
            results["streams"] = bench.bench_streams()
        if "plans" in only:
            results["plans"] = bench.bench_plans()
        if "limits" in only:
            results["limits"] = bench.bench_limits()
        if "webhooks" in only:
            results["webhooks"] = bench.bench_webhooks()
        if "memory" in only:
            results["memory"] = bench.bench_memory()
    finally:
        bench.close()
    results["targets"] = targets(results)
    results["elapsed_s"] = round(time.monotonic() - started, 1)
    return results
