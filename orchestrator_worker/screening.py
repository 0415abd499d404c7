"""What the Reflex Layer screens: every string of a task contract that an arm will receive.

A contract becomes *pieces* (goal, context, each acceptance criterion, every key and string
value inside constraints and metadata, recursively), batched into as few Reflex texts as the
layer's size limit allows, with an offset map so that each finding names the field it came
from and its position inside that field. Findings are masked here, from the worker's own copy
of the text, whatever the Reflex Layer sent back: nothing stored shows the sensitive value.

Everything here is pure; ``screen_pieces`` takes the Reflex call as a function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from shared.masking import mask_value, redact

# A paragraph break: no detector pattern bridges it (separators inside numbers are single).
SEPARATOR = "\n\n"
# The Reflex Layer API's limit on one text (ours and the OctoLLM one: 100,000 characters).
MAX_TEXT_CHARS = 100_000
# Contract fields that no arm reads as text, or that are not text. ``webhook_url`` is the
# orchestrator's own delivery address (a token in its query is the client's, not a leak).
NOT_SCREENED = frozenset({"budget", "priority", "parent_task_id", "assigned_arm", "webhook_url"})
FIRST_FIELDS = ("goal", "context", "acceptance_criteria", "constraints", "metadata")
KEY_SUFFIX = "#key"


@dataclass(frozen=True)
class Part:
    """A run of text inside a piece: a field's text (``field`` set) or glue (``None``)."""

    field: str | None
    text: str
    offset: int = 0  # where ``text`` starts inside the field (for a field split in chunks)


Piece = tuple[Part, ...]


@dataclass(frozen=True)
class Span:
    """Where a field's text sits in a batch."""

    field: str
    start: int
    end: int
    offset: int


@dataclass(frozen=True)
class Batch:
    """One Reflex text and the map from its offsets back to fields."""

    text: str
    spans: tuple[Span, ...]

    def locate(self, position: int) -> tuple[str, int]:
        """The field holding batch offset ``position`` and the offset inside that field.

        An offset in glue (a separator, ``": "``) belongs to the next field."""
        for span in self.spans:
            if position < span.end:
                return span.field, span.offset + max(0, position - span.start)
        last = self.spans[-1]
        return last.field, last.offset + (last.end - last.start)


def _scalar(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    # Numbers reach the arm too (an SSN or card number stored as an int).
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _walk(path: str, value: Any) -> Iterator[Piece]:
    text = _scalar(value)
    if text is not None:
        if text:
            yield (Part(path, text),)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            name = str(key)
            child = f"{path}.{name}"
            label = Part(child + KEY_SUFFIX, name)
            item_text = _scalar(item)
            if item_text is not None:
                # "key: value" in one piece, so a label ("password") qualifies its value.
                yield (label, Part(None, ": "), Part(child, item_text))
            else:
                yield (label,)
                yield from _walk(child, item)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _walk(f"{path}[{index}]", item)


def pieces_of(contract: Mapping[str, Any]) -> list[Piece]:
    """Every text of ``contract`` that an arm receives, as pieces named by their field."""
    names = [n for n in FIRST_FIELDS if n in contract]
    names += sorted(n for n in contract if n not in FIRST_FIELDS and n not in NOT_SCREENED)
    return [piece for name in names for piece in _walk(name, contract[name])]


def text_piece(field: str, text: str) -> list[Piece]:
    """One free text (a plan step's output, say) as pieces."""
    return [(Part(field, text),)] if text else []


def _split(piece: Piece, limit: int) -> Iterator[Piece]:
    """Pieces no longer than ``limit``: a field too long for one text is cut in chunks."""
    if sum(len(p.text) for p in piece) <= limit:
        yield piece
        return
    for part in piece:
        for start in range(0, len(part.text), limit):
            yield (Part(part.field, part.text[start : start + limit], part.offset + start),)


def build_batches(pieces: list[Piece], limit: int = MAX_TEXT_CHARS) -> list[Batch]:
    """Join pieces into texts of at most ``limit`` characters, keeping the offset map."""
    batches: list[Batch] = []
    text: list[str] = []
    spans: list[Span] = []
    length = 0

    def flush() -> None:
        nonlocal length
        if spans:
            batches.append(Batch("".join(text), tuple(spans)))
        text.clear()
        spans.clear()
        length = 0

    for whole in pieces:
        for piece in _split(whole, limit):
            size = sum(len(p.text) for p in piece)
            if length and length + len(SEPARATOR) + size > limit:
                flush()
            if length:
                text.append(SEPARATOR)
                length += len(SEPARATOR)
            for part in piece:
                if part.field is not None:
                    spans.append(Span(part.field, length, length + len(part.text), part.offset))
                text.append(part.text)
                length += len(part.text)
    flush()
    return batches


def _pii_finding(batch: Batch, match: Mapping[str, Any]) -> dict[str, Any]:
    start = int(match["position"])
    end = start + int(match["length"])
    field, position = batch.locate(start)
    raw = batch.text[start:end]
    pii_type = str(match["pii_type"])
    return {
        "pii_type": pii_type,
        "field": field,
        "position": position,
        "length": end - start,
        "value": mask_value(raw, pii_type),
        "confidence": match.get("confidence"),
        "context": match.get("context"),
    }


def _injection_finding(batch: Batch, match: Mapping[str, Any]) -> dict[str, Any]:
    field, position = batch.locate(int(match["position"]))
    finding = {k: v for k, v in match.items() if k not in ("position", "length", "context")}
    finding.update(field=field, position=position)
    return finding


def merge_reports(results: list[tuple[Batch, Mapping[str, Any]]]) -> dict[str, Any]:
    """One masked report for the task from the normalised answers of each batch.

    ``Blocked`` if any batch is blocked; ``Success`` only if all are; otherwise the first
    other status (the task then waits for the Reflex Layer).
    """
    pii: list[dict[str, Any]] = []
    injections: list[dict[str, Any]] = []
    raw_values: list[tuple[str, str | None]] = []
    for batch, report in results:
        for match in report.get("pii_matches") or []:
            finding = _pii_finding(batch, match)
            start = int(match["position"])
            raw_values.append((batch.text[start : start + finding["length"]], finding["pii_type"]))
            pii.append(finding)
        injections.extend(
            _injection_finding(batch, m) for m in report.get("injection_matches") or []
        )
    # Whatever text a layer sends back around a finding is cleaned of every value found.
    for finding in pii:
        if isinstance(finding["context"], str):
            finding["context"] = redact(finding["context"], raw_values)
    for finding in injections:
        for key in ("matched_text", "context"):
            if isinstance(finding.get(key), str):
                finding[key] = redact(finding[key], raw_values)
    statuses = [str(report.get("status")) for _, report in results]
    status = (
        "Blocked"
        if "Blocked" in statuses
        else next((s for s in statuses if s not in ("Success", "Blocked")), "Success")
    )
    return {
        "status": status,
        "pii_detected": bool(pii),
        "pii_matches": pii,
        "injection_detected": bool(injections),
        "injection_matches": injections,
        "request_id": next((r.get("request_id") for _, r in results), None),
        "calls": len(results),
        "fields_screened": len({s.field for batch, _ in results for s in batch.spans}),
        "cache_hit": bool(results) and all(r.get("cache_hit") for _, r in results),
        "processing_time_ms": round(
            sum(float(r.get("processing_time_ms") or 0) for _, r in results), 3
        ),
    }


def screen_pieces(
    process: Callable[[str], Mapping[str, Any]],
    pieces: list[Piece],
    limit: int = MAX_TEXT_CHARS,
) -> dict[str, Any]:
    """Screen ``pieces`` with ``process`` (one Reflex call per batch), stopping at a block.

    Nothing to screen is a ``Success`` without a call.
    """
    results: list[tuple[Batch, Mapping[str, Any]]] = []
    for batch in build_batches(pieces, limit):
        report = process(batch.text)
        results.append((batch, report))
        if report.get("status") != "Success":
            break
    return merge_reports(results)
