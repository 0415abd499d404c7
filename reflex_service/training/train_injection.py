"""Train the prompt-injection classifier and write ``reflex_service/models/``.

    python -m reflex_service.training.train_injection [--train FILE] [--out FILE]
        [--seed N] [--limit N] [--report]

Reads the public training set (``../shared/eval/train/injection_train.jsonl`` beside the
checkout, rows ``{"text", "label": "attack"|"benign", "category", ...}``) and the project's
own corpus (``reflex_service.training.corpus``); where a public BIPIA attack's clean document
is in the set too, the instruction planted in it is a row alone as well. A fixed seed splits
both into training and validation parts (80/20 by label and category); the thresholds are
chosen on the validation part (false alarms on its benign texts at most
``--max-false-alarms``), the figures printed, and the final model is refitted on everything
with those thresholds. The classifier also
scores a text sentence by sentence, so the sentences of benign texts are training rows too
(a few per text): a sentence of an ordinary document must not read as an attack on its own.
A row composed from another (an attack after a system prompt) lands in its base's part.
``--limit`` trains on a small subset, for tests.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from reflex_service import lexicon
from reflex_service.classifier import (
    CHAR_NGRAMS,
    CONCEPT_WEIGHT,
    MODEL_PATH,
    WORD_NGRAMS,
    WORD_TOKEN,
    InjectionClassifier,
    Verdict,
    sentence_spans,
)
from reflex_service.normalize import canonical
from reflex_service.training import corpus

DEFAULT_TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "train"
DEFAULT_SEED = 17
C = 8.0
MAX_CHAR_FEATURES = 200_000
MAX_WORD_FEATURES = 60_000
SENTENCES_PER_BENIGN_TEXT = 3
BIPIA = "microsoft/BIPIA@"
# BIPIA's attack kinds whose instruction, alone, is an ordinary request.
BIPIA_REQUEST_KINDS = frozenset(
    {
        "Information Retrieval",
        "Content Creation",
        "Learning and Tutoring",
        "Programming Help",
        "Language Translation",
    }
)


@dataclass(frozen=True)
class Row:
    text: str
    label: int
    group: str  # category (public set) or family (own corpus), for the split and the report
    source: str  # "public" or "own"
    base: str = ""  # the text this row was composed from: it goes where that text goes


def inserted_text(clean: str, attacked: str) -> str:
    """What was inserted into ``clean`` to make ``attacked`` (one insertion, anywhere)."""
    matcher = difflib.SequenceMatcher(None, clean, attacked, autojunk=False)
    inserted = (
        attacked[j1:j2]
        for tag, _, _, j1, j2 in matcher.get_opcodes()
        if tag in ("insert", "replace")
    )
    return " ".join(inserted).strip()


def planted_instructions(records: Sequence[dict[str, str]]) -> list[Row]:
    """The instruction planted in each BIPIA attack whose clean document is in the set too,
    alone, as an attack row composed from the attack (so it lands in the attack's part).

    A document's attack is one planted sentence among many that are not: taught as a whole,
    the model learns the document's words. The instruction alone teaches what makes it one
    ("... in your response", "integrate the following code into your solution"). Kinds whose
    instruction is an ordinary request on its own ("What is the capital of Brazil?") stay
    out: alone, they are not attacks, and their benign twins are everywhere.
    """
    clean = {
        record["source"]: record["text"]
        for record in records
        if record["label"] == "benign" and record["source"].startswith(BIPIA)
    }
    rows: list[Row] = []
    for record in records:
        if record["category"] != "indirect_bipia" or " in " not in record["source"]:
            continue
        # "microsoft/BIPIA@c:benchmark/text_attack_train.json#Kind/0 in benchmark/email/
        # train.jsonl#43 @start": the attack, then the document it was planted in.
        origin, where = record["source"].split(" in ", 1)
        document = origin.split(":", 1)[0] + ":" + where.split(" @", 1)[0]
        kind = record.get("subcategory", "").rpartition("/")[2]
        if document not in clean or kind in BIPIA_REQUEST_KINDS:
            continue
        instruction = inserted_text(clean[document], record["text"])
        if instruction:
            rows.append(Row(instruction, 1, "indirect_bipia_alone", "public", record["text"]))
    return rows


def load_rows(train_dir: Path | None) -> list[Row]:
    """The public training rows (when ``train_dir`` has them), the instructions planted in its
    documents alone, and the project's corpus."""
    rows: list[Row] = []
    path = train_dir / "injection_train.jsonl" if train_dir else None
    if path is not None and path.exists():
        with path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        for record in records:
            label = 1 if record["label"] == "attack" else 0
            rows.append(Row(record["text"], label, record["category"], "public"))
        rows.extend(planted_instructions(records))
    for example in corpus.build():
        rows.append(Row(example.text, example.label, example.family, "own", example.base))
    return rows


def split(rows: Sequence[Row], seed: int) -> tuple[list[Row], list[Row]]:
    """80/20 within each (source, group, label), shuffled with ``seed``; a composed row goes
    to the part its base text went to, so validation never sees a variant of a training row."""
    by_stratum: dict[tuple[str, str, int], list[Row]] = defaultdict(list)
    for row in rows:
        if not row.base:
            by_stratum[(row.source, row.group, row.label)].append(row)
    rng = random.Random(seed)
    train: list[Row] = []
    validation: list[Row] = []
    for key in sorted(by_stratum):
        members = by_stratum[key]
        rng.shuffle(members)
        cut = max(1, round(len(members) * 0.2)) if len(members) >= 3 else 0
        validation.extend(members[:cut])
        train.extend(members[cut:])
    held = {row.text for row in validation}
    for row in rows:
        if row.base:
            (validation if row.base in held else train).append(row)
    return train, validation


def with_sentences(rows: Sequence[Row], seed: int) -> list[Row]:
    """``rows`` and, for each benign text of several sentences, a few of its sentence spans
    as benign rows of their own."""
    rng = random.Random(seed)
    out = list(rows)
    for row in rows:
        if row.label:
            continue
        spans = sentence_spans(row.text)
        for start, end in rng.sample(spans, min(SENTENCES_PER_BENIGN_TEXT, len(spans))):
            out.append(Row(row.text[start:end], 0, f"{row.group}_sentence", row.source))
    return out


def concept_grams(text: str) -> list[str]:
    """The concept features of a canonical ``text`` (``reflex_service.lexicon``)."""
    return lexicon.grams(lexicon.shipped().concepts(text))


def vectorizers(min_df: int = 2) -> tuple[TfidfVectorizer, TfidfVectorizer, TfidfVectorizer]:
    """The three TF-IDF blocks the classifier reads: character and word n-grams, and the
    concepts of the lexicon."""
    common: dict[str, object] = {"sublinear_tf": True, "lowercase": False, "min_df": min_df}
    char = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS, max_features=MAX_CHAR_FEATURES, **common
    )
    word = TfidfVectorizer(
        analyzer="word",
        ngram_range=WORD_NGRAMS,
        token_pattern=WORD_TOKEN,
        max_features=MAX_WORD_FEATURES,
        **common,
    )
    concept = TfidfVectorizer(analyzer=concept_grams, **common)
    return char, word, concept


def fit_sklearn(rows: Sequence[Row], seed: int) -> tuple[list[TfidfVectorizer], LogisticRegression]:
    """The fitted scikit-learn vectorizers (in the order of ``classifier.BLOCKS``) and model
    for ``rows``."""
    texts = [canonical(row.text) for row in rows]
    labels = np.array([row.label for row in rows])
    blocks = list(vectorizers(min_df=2 if len(rows) > 200 else 1))
    char, word, concept = (block.fit_transform(texts) for block in blocks)
    features = sp.hstack([char, word, concept * CONCEPT_WEIGHT], format="csr")
    regression = LogisticRegression(
        C=C, class_weight="balanced", max_iter=3000, solver="liblinear", random_state=seed
    ).fit(features, labels)
    return blocks, regression


def fit(rows: Sequence[Row], seed: int, threshold: float, high: float) -> InjectionClassifier:
    """A classifier fitted on ``rows`` with the given thresholds."""
    blocks, regression = fit_sklearn(rows, seed)
    return InjectionClassifier.from_arrays(
        [block.vocabulary_ for block in blocks],
        [block.idf_ for block in blocks],
        regression.coef_[0].astype(np.float64),
        float(regression.intercept_[0]),
        threshold,
        high,
    )


def _threshold_for(scores: Sequence[float], max_false_alarms: float) -> float:
    """The lowest threshold that keeps the false-alarm rate on ``scores`` (benign) in bound."""
    ordered = sorted(scores, reverse=True)
    allowed = int(len(ordered) * max_false_alarms)
    if not ordered:
        return 0.5
    return max(0.5, ordered[allowed] + 1e-6) if allowed < len(ordered) else 0.5


def report(model: InjectionClassifier, rows: Sequence[Row], out: TextIO | None = None) -> None:
    """Detection rate per (source, group) at the model's threshold."""
    out = out or sys.stdout
    verdicts: list[Verdict] = [model.score(row.text) for row in rows]
    by_group: dict[tuple[str, str, int], list[bool]] = defaultdict(list)
    for row, verdict in zip(rows, verdicts, strict=True):
        by_group[(row.source, row.group, row.label)].append(verdict.probability >= model.threshold)
    print(f"{'source':7s} {'group':26s} {'label':6s} {'n':>5s} {'flagged%':>9s}", file=out)
    for (source, group, label), flags in sorted(by_group.items()):
        rate = 100 * sum(flags) / len(flags)
        kind = "attack" if label else "benign"
        print(f"{source:7s} {group:26s} {kind:6s} {len(flags):5d} {rate:9.1f}", file=out)
    attacks = [f for (_, _, label), flags in by_group.items() if label for f in flags]
    benign = [f for (_, _, label), flags in by_group.items() if not label for f in flags]
    print(
        f"validation: recall {100 * sum(attacks) / max(1, len(attacks)):.1f} % of "
        f"{len(attacks)} attacks, false alarms {100 * sum(benign) / max(1, len(benign)):.2f} % "
        f"of {len(benign)} benign",
        file=out,
    )


def train(
    train_dir: Path | None,
    out: Path,
    seed: int = DEFAULT_SEED,
    limit: int | None = None,
    max_false_alarms: float = 0.01,
    show_report: bool = True,
) -> InjectionClassifier:
    """Split, fit, choose thresholds on validation, refit on all rows, save to ``out``."""
    rows = load_rows(train_dir)
    if limit is not None:
        rows = random.Random(seed).sample(rows, min(limit, len(rows)))
    training, validation = split(rows, seed)
    probe = fit(with_sentences(training, seed), seed, 0.5, 0.5)
    benign_scores = [probe.score(r.text).probability for r in validation if r.label == 0]
    threshold = _threshold_for(benign_scores, max_false_alarms)
    high = max(threshold, _threshold_for(benign_scores, max_false_alarms / 4))
    probe.threshold, probe.high_threshold = threshold, high
    if show_report:
        print(f"thresholds: detect {threshold:.3f}, high {high:.3f}")
        report(probe, validation)
    model = fit(with_sentences(rows, seed), seed, threshold, high)
    model.meta = {
        "seed": seed,
        "rows": len(rows),
        "public_rows": sum(r.source == "public" for r in rows),
        "own_rows": sum(r.source == "own" for r in rows),
        "C": C,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    return model


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="public train folder")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--max-false-alarms", type=float, default=0.01)
    args = parser.parse_args(argv)
    train_dir = args.train if args.train.is_dir() else None
    if train_dir is None:
        print(f"{args.train} not found: training on the project's corpus only", file=sys.stderr)
    train(train_dir, args.out, args.seed, args.limit, args.max_false_alarms)
    print(f"model written to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
