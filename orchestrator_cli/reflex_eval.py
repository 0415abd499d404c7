"""``orchestrator reflex-eval``: measure any Reflex Layer on labelled injection data.

Posts every case of a data folder (``injection_*.jsonl`` rows ``{"text", "label":
"attack"|"benign", "category", "subcategory"?}``) to ``URL/process`` with PII checks and the
cache off, and prints recall by category, by attack group and by family (subcategory), the
false-alarm rate on the benign texts, precision, and the round-trip latency p50/p99.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import requests

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "holdout"
GROUPS = (("indirect", "indirect (inside a document)"), ("multilingual", "multilingual"))


@dataclass(frozen=True)
class Case:
    """One labelled text."""

    text: str
    attack: bool
    category: str
    subcategory: str


@dataclass(frozen=True)
class Outcome:
    """What the Reflex Layer answered for one case."""

    case: Case
    detected: bool
    blocked: bool
    latency_ms: float


def load_cases(data: Path) -> list[Case]:
    """Every row of the ``injection_*.jsonl`` files under ``data``."""
    cases: list[Case] = []
    for path in sorted(data.glob("injection_*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    cases.append(
                        Case(
                            row["text"],
                            row["label"] == "attack",
                            row.get("category", "unknown"),
                            row.get("subcategory") or "",
                        )
                    )
                except (ValueError, KeyError, TypeError) as exc:
                    raise click.ClickException(f"{path.name}:{number}: bad row ({exc})") from None
    return cases


def group_of(category: str) -> str:
    """The attack group a category belongs to."""
    for prefix, name in GROUPS:
        if category.startswith(prefix):
            return name
    return "direct"


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def screen_all(
    url: str, cases: list[Case], threads: int, timeout: float
) -> tuple[list[Outcome], list[str]]:
    """Post every case; the outcomes, and one message per case that got no answer."""
    endpoint = url.rstrip("/") + "/process"
    local = threading.local()

    def one(case: Case) -> Outcome | str:
        session: requests.Session = getattr(local, "session", None) or requests.Session()
        local.session = session
        body = {"text": case.text, "user_id": "reflex-eval", "check_pii": False}
        body["use_cache"] = False
        for _attempt in range(3):
            started = time.perf_counter()
            try:
                response = session.post(endpoint, json=body, timeout=timeout)
            except requests.RequestException as exc:
                return f"{type(exc).__name__}: {exc}"
            latency = (time.perf_counter() - started) * 1000
            if response.status_code == 429:
                time.sleep(float(response.headers.get("Retry-After", "1")))
                continue
            if response.status_code != 200:
                return f"HTTP {response.status_code}: {response.text[:200]}"
            answer = response.json()
            return Outcome(
                case,
                bool(answer.get("injection_detected")),
                str(answer.get("status", "")).lower() == "blocked",
                latency,
            )
        return "HTTP 429: still rate limited after 3 tries"

    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(one, cases))
    outcomes = [r for r in results if isinstance(r, Outcome)]
    errors = [r for r in results if isinstance(r, str)]
    return outcomes, errors


def _rate(flags: list[bool]) -> float:
    return 100 * sum(flags) / len(flags) if flags else float("nan")


def summarize(outcomes: list[Outcome]) -> dict[str, Any]:
    """The figures: per category, per group, per family, false alarms, precision, latency."""
    attacks = [o for o in outcomes if o.case.attack]
    benign = [o for o in outcomes if not o.case.attack]
    false_alarms = sum(o.detected for o in benign)

    def rows(key: Callable[[Outcome], str], of: list[Outcome]) -> dict[str, dict[str, float]]:
        grouped: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in of:
            grouped[key(outcome)].append(outcome)
        return {
            name: {
                "n": len(members),
                "detected": _rate([m.detected for m in members]),
                "blocked": _rate([m.blocked for m in members]),
            }
            for name, members in sorted(grouped.items())
        }

    groups = rows(lambda o: group_of(o.case.category), attacks)
    for members in groups.values():
        detected = members["detected"] * members["n"] / 100
        members["precision"] = (
            100 * detected / (detected + false_alarms) if detected + false_alarms else float("nan")
        )
    latencies = [o.latency_ms for o in outcomes]
    return {
        "categories": rows(
            lambda o: f"{'attack' if o.case.attack else 'benign'} {o.case.category}", outcomes
        ),
        "groups": groups,
        "families": rows(lambda o: f"{o.case.category}/{o.case.subcategory or '-'}", attacks),
        "attacks": {
            "n": len(attacks),
            "detected": _rate([o.detected for o in attacks]),
            "blocked": _rate([o.blocked for o in attacks]),
        },
        "benign": {
            "n": len(benign),
            "false_alarms": _rate([o.detected for o in benign]),
            "blocked": _rate([o.blocked for o in benign]),
        },
        "latency_ms": {
            "p50": statistics.median(latencies) if latencies else float("nan"),
            "p99": percentile(latencies, 99) if latencies else float("nan"),
        },
    }


def render(figures: dict[str, Any]) -> str:
    """The figures as a plain-text report."""
    lines = ["== by category (attack rows: recall; benign rows: false alarms)"]
    lines.append(f"{'category':40s} {'n':>5s} {'detected%':>10s} {'blocked%':>9s}")
    for name, row in figures["categories"].items():
        lines.append(f"{name:40s} {row['n']:5d} {row['detected']:10.1f} {row['blocked']:9.1f}")
    lines.append("")
    lines.append("== attack groups against all benign texts")
    lines.append(f"{'group':32s} {'n':>5s} {'recall%':>8s} {'blocked%':>9s} {'precision%':>11s}")
    for name, row in figures["groups"].items():
        lines.append(
            f"{name:32s} {row['n']:5d} {row['detected']:8.1f} {row['blocked']:9.1f} "
            f"{row['precision']:11.1f}"
        )
    lines.append("")
    lines.append("== recall by family (category/subcategory)")
    for name, row in figures["families"].items():
        lines.append(f"  {name[:60]:60s} n={row['n']:4d} {row['detected']:6.1f} %")
    attacks, benign, latency = figures["attacks"], figures["benign"], figures["latency_ms"]
    lines.append("")
    lines.append(
        f"all attacks: recall {attacks['detected']:.1f} % (blocked {attacks['blocked']:.1f} %) "
        f"of {attacks['n']}; benign: false alarms {benign['false_alarms']:.2f} % "
        f"(blocked {benign['blocked']:.2f} %) of {benign['n']}"
    )
    lines.append(f"latency per request: p50 {latency['p50']:.2f} ms, p99 {latency['p99']:.2f} ms")
    return "\n".join(lines)


@click.command("reflex-eval")
@click.option("--url", default=None, help="Reflex Layer base URL (default: REFLEX_URL).")
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of injection_*.jsonl files (default: ../shared/eval/holdout).",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Requests sent at once to the Reflex Layer under test.",
)
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds a call.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def reflex_eval(
    url: str | None, data: Path | None, threads: int, timeout: float, as_json: bool
) -> None:
    """Measure a Reflex Layer's prompt-injection detection on labelled data."""
    if url is None:
        from orchestrator_cli.main import load_settings

        url = load_settings().reflex_url
    folder = data if data is not None else DEFAULT_DATA
    if not folder.is_dir():
        raise click.ClickException(f"no data folder at {folder}")
    cases = load_cases(folder)
    if not cases:
        raise click.ClickException(f"no injection_*.jsonl cases under {folder}")
    click.echo(f"posting {len(cases)} cases to {url} with {threads} threads", err=True)
    outcomes, errors = screen_all(url, cases, threads, timeout)
    if not outcomes:
        raise click.ClickException(f"no case was answered; first error: {errors[0]}")
    figures = summarize(outcomes)
    figures["errors"] = len(errors)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
    else:
        click.echo(render(figures))
        if errors:
            click.echo(f"errors: {len(errors)} (first: {errors[0]})")
    if errors:
        raise SystemExit(1)
