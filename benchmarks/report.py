"""The results of ``benchmarks.runner.run`` as a plain-text table."""

from __future__ import annotations

from typing import Any


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def _table(title: str, header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [
        title,
        _row(header, widths),
        _row(["-" * w for w in widths], widths),
        *(_row(r, widths) for r in rows),
        "",
    ]


def _num(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def format_results(results: dict[str, Any]) -> str:
    """Every section present in ``results``, then the targets."""
    m = results["machine"]
    lines = [f"machine: {m['nproc']} CPU ({m['cpu']}), Python {m['python']}", ""]
    if "submit" in results:
        s = results["submit"]
        server = s["server"]
        lines += _table(
            f"POST /submit, {server['connections']} connections, gunicorn "
            f"{server['workers']} workers x {server['threads']} threads ({server['worker_class']})",
            ["side", "req/s", "p50 ms", "p99 ms", "errors"],
            [
                [
                    name,
                    _num(side["rps"]),
                    _num(side["p50_ms"], 2),
                    _num(side["p99_ms"], 2),
                    str(side["errors"]),
                ]
                for name, side in (("orchestrator API", s["api"]), ("bare Flask", s["baseline"]))
            ]
            + [["ratio", f"{s['ratio']:.1%}", "", "", ""]],
        )
    if "e2e" in results:
        e = results["e2e"]
        p = e["pipeline"]
        bare = [
            (f"bare Celery, 3 UPDATEs, {side['pool']} x {side['concurrency']}", side)
            for side in (e["baseline_prefork"], e["baseline_threads"])
        ]
        reliable = e["baseline_reliable"]
        bare.append(
            (
                f"Celery + the workers' delivery settings, prefork x {reliable['concurrency']}",
                reliable,
            )
        )
        lines += _table(
            f"end to end, one worker process of {e['concurrency']} threads",
            ["side", "tasks", "tasks/s", "start p50 ms", "start p99 ms", "complete p50 ms"],
            [
                [
                    "orchestrator pipeline",
                    str(p["tasks"]),
                    _num(p["tasks_per_s"]),
                    _num(p["submit_to_start"]["p50_ms"], 2),
                    _num(p["submit_to_start"]["p99_ms"], 2),
                    _num(p["submit_to_complete"]["p50_ms"], 2),
                ],
                *(
                    [
                        label,
                        str(side["tasks"]),
                        _num(side["tasks_per_s"]),
                        _num(side["send_to_start"]["p50_ms"], 2),
                        _num(side["send_to_start"]["p99_ms"], 2),
                        "-",
                    ]
                    for label, side in bare
                ),
                ["ratio (pipeline / faster bare Celery)", "", f"{e['ratio']:.1%}", "", "", ""],
            ],
        )
        sides = [
            ("pipeline", p),
            ("bare prefork", e["baseline_prefork"]),
            ("bare threads", e["baseline_threads"]),
            ("Celery + settings", reliable),
        ]
        roles = sorted({name for _, side in sides for name in side.get("cpu_ms_per_task", {})})
        lines += _table(
            "CPU ms per task, by process group, during the throughput run",
            ["role", *(label for label, _ in sides)],
            [
                [role, *(_num(side.get("cpu_ms_per_task", {}).get(role), 2) for _, side in sides)]
                for role in roles
            ],
        )
    if "streams" in results:
        st = results["streams"]
        lines += _table(
            f"POST /submit, {st['connections']} connections, beside {st['open_streams']} open "
            f"GET /tasks/<id>/stream (all open in {st['open_seconds']} s)",
            ["side", "req/s", "p50 ms", "p99 ms", "errors"],
            [
                [
                    label,
                    _num(side["rps"]),
                    _num(side["p50_ms"], 2),
                    _num(side["p99_ms"], 2),
                    str(side["errors"]),
                ]
                for label, side in (
                    ("no stream open", st["none"]),
                    (f"{st['open_streams']} streams open", st["open"]),
                )
            ]
            + [["ratio", f"{st['ratio']:.1%}", "", "", ""]],
        )
    if "plans" in results:
        pl = results["plans"]
        rows = [
            ["orchestrator plan", _num(pl["pipeline"]["plans_per_s"], 2),
             _num(pl["pipeline"]["submit_to_complete"]["p50_ms"])],
            ["bare Celery canvas", _num(pl["baseline"]["plans_per_s"], 2),
             _num(pl["baseline"]["send_to_complete"]["p50_ms"])],
            ["ratio", f"{pl['ratio']:.1%}", ""],
        ]  # fmt: skip
        lines += _table(
            f"diamond plans ({pl['steps']} steps), per-step overhead "
            f"{_num(pl['per_step_overhead_ms'], 2)} ms, {_num(pl['per_step_cpu_ms'], 2)} CPU ms",
            ["side", "plans/s", "idle p50 ms"],
            rows,
        )
    if "limits" in results:
        lim = results["limits"]
        rows = [
            [side, str(r["claims"]), str(r["claimed"]), _num(r["claims_per_s"]),
             _num(r["p50_ms"], 3), _num(r["p99_ms"], 3)]
            for side, r in lim["sides"].items()
        ]  # fmt: skip
        lines += _table(
            f"claims with a per-key concurrency limit (slot free: "
            f"{_num(lim['limited_p50_ratio'], 2)} x the p50 of no limit)",
            ["key", "claims", "claimed", "claims/s", "p50 ms", "p99 ms"],
            rows,
        )
    if "webhooks" in results:
        w = results["webhooks"]
        rows = [
            [label, str(side["samples"]), _num(side["after_transition"]["p50_ms"], 2),
             _num(side["after_transition"]["p99_ms"], 2)]
            for label, side in (("webhook, idle", w["idle"]),
                                (f"webhook, under load ({_num(w['under_load']['tasks_per_s'])} "
                                 "tasks/s)", w["under_load"]))
        ] + [["bare POST to the same receiver", "", _num(w["idle"]["bare_post"]["p50_ms"], 2),
              _num(w["idle"]["bare_post"]["p99_ms"], 2)]]  # fmt: skip
        lines += _table(
            "webhook delivery after the terminal transition",
            ["side", "tasks", "p50 ms", "p99 ms"],
            rows,
        )
    if "scaling" in results:
        rows = [[n, str(r["tasks"]), _num(r["tasks_per_s"])] for n, r in results["scaling"].items()]
        lines += _table("scaling (end to end)", ["worker processes", "tasks", "tasks/s"], rows)
    if "reflex" in results:
        r = results["reflex"]
        rows = []
        for mode in ("inprocess", "rules_only", "classifier", "http"):
            for size, figures in r.get(mode, {}).items():
                chars = r.get("text_chars", {}).get(size, "?")
                rows.append(
                    [
                        mode,
                        f"{size} ({chars} chars)",
                        _num(figures["p50_ms"], 3),
                        _num(figures["p99_ms"], 3),
                    ]
                )
        lines += _table("Reflex Layer", ["mode", "text", "p50 ms", "p99 ms"], rows)
    if "llm_arm" in results:
        r = results["llm_arm"]
        rows = [
            ["bare provider call", _num(r["bare_provider"]["p50_ms"], 3),
             _num(r["bare_provider"]["p99_ms"], 3), ""],
            ["through the LLM arm", _num(r["through_arm"]["p50_ms"], 3),
             _num(r["through_arm"]["p99_ms"], 3), _num(r["arm_cpu_ms_per_call"], 3)],
        ]  # fmt: skip
        lines += _table(
            f"LLM arm overhead (added p50 {_num(r['added_p50_ms'], 3)} ms)",
            ["call", "p50 ms", "p99 ms", "arm CPU ms/call"],
            rows,
        )
    if "memory" in results:
        rows = [[name, _num(mib)] for name, mib in results["memory"]["roles_mib"].items()]
        lines += _table("peak RSS per process group (VmHWM summed)", ["role", "MiB"], rows)
    if results.get("targets"):
        rows = [
            [
                t["name"],
                _num(t["value"], 3),
                ("≥ " if t["higher_is_better"] else "< ") + _num(t["target"], 2),
                "met" if t["met"] else "NOT met",
            ]
            for t in results["targets"]
        ]
        lines += _table("targets", ["measure", "value", "target", ""], rows)
    lines.append(f"elapsed: {results.get('elapsed_s', 0)} s")
    return "\n".join(lines)
