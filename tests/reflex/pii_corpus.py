"""A labelled PII corpus generated with Faker in many locales, with hard negatives.

Generated at test time from a fixed seed (nothing large is committed): each case is a text
and the PII types it holds. Positives cover every type the detector reports; hard negatives
are texts that look like PII and are not (versions, section numbers, UUIDs, hashes, ISBNs,
prices, order numbers, plain dates, numbers failing their checksum, "password" in prose).

``python -m tests.reflex.pii_corpus`` prints recall per type and the false-alarm rate, on
this corpus and, when present, on ``../shared/eval/train/pii_train.jsonl`` and the OctoLLM
Reflex Layer's cases (``../shared/eval/upstream/reflex_cases.jsonl``).
"""

from __future__ import annotations

import base64
import json
import random
import string
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import base58
import bech32
from faker import Faker

from reflex_service.pii import detect_pii

SEED = 1729
LOCALES = (
    "en_US", "en_GB", "en_IN", "en_AU", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL",
    "pt_BR", "pl_PL", "sv_SE", "ru_RU", "ja_JP", "zh_CN",
)  # fmt: skip
# Faker's IBANs are right only for locales with their own bank provider (others borrow GB
# with a wrong length).
IBAN_LOCALES = ("en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "pl_PL", "sv_SE")
PER_TYPE = 60
EVAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"


@dataclass(frozen=True)
class Case:
    text: str
    pii: frozenset[str]
    locale: str = ""


def _token(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def _jwt(rng: random.Random) -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    header = part({"alg": "HS256", "typ": "JWT"})
    body = part({"sub": str(rng.randint(1, 10**9)), "iat": rng.randint(10**9, 2 * 10**9)})
    return f"{header}.{body}.{_token(rng, ALNUM + '-_', 43)}"


TOKENS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: "ghp_" + _token(r, ALNUM, 36),
    lambda r: "github_pat_" + _token(r, ALNUM + "_", 60),
    lambda r: "xoxb-" + _token(r, string.digits, 12) + "-" + _token(r, ALNUM, 24),
    lambda r: "xoxp-" + _token(r, string.digits, 11) + "-" + _token(r, ALNUM, 32),
    lambda r: "sk_live_" + _token(r, ALNUM, 24),
    lambda r: "rk_test_" + _token(r, ALNUM, 24),
    lambda r: "SK" + _token(r, HEX, 32),
    lambda r: "AC" + _token(r, HEX, 32),
    lambda r: "key-" + _token(r, HEX, 32),
    _jwt,
)


def _bitcoin(rng: random.Random) -> str:
    payload = bytes(rng.getrandbits(8) for _ in range(20))
    choice = rng.randrange(3)
    if choice == 2:
        return str(bech32.encode("bc", 0, list(payload)))
    return base58.b58encode_check(bytes([0x00 if choice == 0 else 0x05]) + payload).decode()


def _dob(fake: Faker, rng: random.Random) -> str:
    date = fake.date_of_birth(minimum_age=18, maximum_age=90)
    formats = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y")
    return date.strftime(rng.choice(formats))


def _spaced(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


CARD_TYPES = (
    "visa16", "visa13", "visa19", "mastercard", "amex", "discover", "jcb15", "jcb16",
    "diners", "maestro",
)  # fmt: skip

# (type, templates, value maker); a template holds {v}.
Maker = Callable[[Faker, random.Random], str]
POSITIVES: tuple[tuple[str, tuple[str, ...], Maker], ...] = (
    ("email", ("Please write to {v} about it.", "CC: {v}", "contact: {v}",
               "Schreiben Sie an {v}.", "メール: {v}"),
     lambda f, r: f.email()),
    ("phone", ("Call me at {v} tomorrow.", "Phone: {v}", "Mobile {v}", "reach me on {v}",
               "Tel.: {v}", "Ruf mich unter {v} an.", "Mon téléphone : {v}",
               "Llámame al {v}", "電話番号: {v}", "Mi numero di cellulare è {v}"),
     lambda f, r: f.phone_number()),
    ("ssn", ("My SSN is {v}.", "social security number {v}", "ssn: {v}"),
     lambda f, r: f.ssn()),
    ("credit_card", ("Charge card {v} please.", "card number: {v}", "paid with {v}"),
     lambda f, r: (lambda n: _spaced(n) if r.random() < 0.3 else n)(
         f.credit_card_number(r.choice(CARD_TYPES)))),
    ("iban", ("Transfer it to {v} by Friday.", "IBAN: {v}", "account {v}"),
     lambda f, r: (lambda v: r.choice((v, v.lower(), _spaced(v))))(f.iban())),
    ("ip_address", ("The server {v} is down.", "ssh into {v}", "allow from {v}"),
     lambda f, r: f.ipv4_public() if r.random() < 0.7 else f.ipv6()),
    ("password", ("my password is {v}", "Password: {v}", "pwd={v}", "log in as {u} with {v}"),
     lambda f, r: f.password(length=r.randint(8, 16))),
    ("password", ("DATABASE_URL={v}", "connect with {v}"),
     lambda f, r: f"{r.choice(('postgres', 'mysql', 'redis', 'mongodb'))}://"
     f"{f.user_name()}:{f.password(special_chars=False)}@{f.hostname()}/{f.word()}"),
    ("api_token", ("token {v}", "use {v} for the webhook", "export SLACK_TOKEN={v}"),
     lambda f, r: r.choice(TOKENS)(r)),
    ("aws_access_key", ("aws key {v}", "AWS_ACCESS_KEY_ID={v}"),
     lambda f, r: "AKIA" + _token(r, string.ascii_uppercase + string.digits, 16)),
    ("bitcoin_address", ("send the BTC to {v}", "wallet: {v}"), lambda f, r: _bitcoin(r)),
    ("ethereum_address", ("ETH wallet {v}", "pay to {v}"),
     lambda f, r: "0x" + _token(r, HEX + "ABCDEF", 40)),
    ("date_of_birth", ("DOB: {v}", "Date of birth: {v}", "I was born on {v}.",
                       "Geburtsdatum: {v}", "Date de naissance : {v}"),
     lambda f, r: _dob(f, r)),
)  # fmt: skip


def _broken_luhn(number: str) -> str:
    last = int(number[-1])
    return number[:-1] + str((last + 1) % 10)


NEGATIVES: tuple[tuple[str, Maker], ...] = (
    ("Upgrade to version {v} today.", lambda f, r: f.numerify("%.#.#")),
    ("release {v} fixes it", lambda f, r: f.numerify("%.#.#.#")),
    ("See section {v} of the spec.", lambda f, r: f.numerify("%.#.#.#")),
    ("request id {v}", lambda f, r: f.uuid4()),
    ("commit {v} broke the build", lambda f, r: f.sha1()),
    ("checksum {v}", lambda f, r: f.sha256()),
    ("ISBN {v}", lambda f, r: f.isbn13()),
    ("ISBN {v}", lambda f, r: f.isbn10()),
    ("It costs {v} now.", lambda f, r: f.pricetag()),
    ("Order #{v} has shipped.", lambda f, r: f.numerify("##########")),
    ("Invoice {v} is due.", lambda f, r: f.numerify("INV-%###-####")),
    ("The meeting is on {v}.", lambda f, r: f.date()),
    (
        "It happened at {v}.",
        lambda f, r: f"{r.randrange(24):02}:{r.randrange(60):02}:{r.randrange(60):02}",
    ),
    ("tracking number {v}", lambda f, r: f.numerify("1Z%##############")),
    ("card {v} was declined", lambda f, r: _broken_luhn(f.credit_card_number("visa16"))),
    ("Transfer to {v}", lambda f, r: (lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))(f.iban())),
    ("{v}", lambda f, r: f.sentence(nb_words=12)),
    ("{v}", lambda f, r: f.address().replace("\n", ", ")),
    ("Contact {v} in sales.", lambda f, r: f.name()),
    ("{v}", lambda f, r: f.catch_phrase()),
    ("The password is {v}.", lambda f, r: r.choice(("incorrect", "required", "too short"))),
    ("Password: {v}", lambda f, r: r.choice(("required", "optional", "********"))),
    ("Set password={v} in the config.", lambda f, r: "${DB_PASSWORD}"),
    ("zip code {v}", lambda f, r: f.postcode()),
    ("Population {v} in 2020.", lambda f, r: f"{r.randint(10**6, 10**9):,}"),
    ("EAN {v}", lambda f, r: f.ean13()),
    ("Score was {v} to {v}.", lambda f, r: str(r.randint(1, 99))),
    ("mac {v}", lambda f, r: f.mac_address()),
    ("Room {v}, building {v}", lambda f, r: f.numerify("#-###")),
    ("{v} km driven", lambda f, r: f"{r.randint(10000, 999999)}"),
    ("Call count was {v} before overflow.", lambda f, r: str(r.randint(10**8, 2 * 10**9))),
    ("Phone model: {v}", lambda f, r: f"iPhone {r.randint(8, 16)} Pro, {r.randint(64, 512)} GB"),
    ("I was born in {v}.", lambda f, r: str(r.randint(1930, 2005))),
    ("The password reset link expires in {v} minutes.", lambda f, r: str(r.randint(5, 90))),
    ("token count {v}", lambda f, r: f.numerify("########")),
    ("Table {v} shows the results.", lambda f, r: f.numerify("#.#")),
    ("Coordinates {v}", lambda f, r: f"{f.latitude()}, {f.longitude()}"),
    ("build {v}", lambda f, r: f.numerify("##.#.####.###")),
    ("{v}", lambda f, r: f.paragraph(nb_sentences=3)),
    ("Meeting room booked from {v}", lambda f, r: f"{f.date()} {r.randrange(24):02}:00"),
    ("Server version {v} released", lambda f, r: f.numerify("%#.#.#.#")),
    ("Use the key in the {v} field.", lambda f, r: r.choice(("API key", "password", "token"))),
)


def _mixed(fakes: dict[str, Faker], rng: random.Random, count: int) -> list[Case]:
    """Two findings of different types inside a longer text, in the locale's prose."""
    cases: list[Case] = []
    for _ in range(count):
        locale = rng.choice(IBAN_LOCALES)
        fake = fakes[locale]
        first, second = rng.sample(range(len(POSITIVES)), 2)
        parts = []
        types = set()
        for index in (first, second):
            pii_type, templates, make = POSITIVES[index]
            source = fakes["en_US"] if pii_type in ("ssn", "credit_card") else fake
            parts.append(rng.choice(templates).format(v=make(source, rng), u=fake.user_name()))
            types.add(pii_type)
        text = f"{fake.sentence()} {parts[0]} {fake.sentence()} {parts[1]} {fake.sentence()}"
        cases.append(Case(text, frozenset(types), locale))
    return cases


def generate(seed: int = SEED, per_type: int = PER_TYPE) -> list[Case]:
    """The corpus: ``per_type`` positives per template group and as many hard negatives."""
    rng = random.Random(seed)
    fakes = {locale: Faker(locale) for locale in LOCALES}
    for index, fake in enumerate(fakes.values()):
        fake.seed_instance(seed + index)
    us = fakes["en_US"]
    cases: list[Case] = []
    for pii_type, templates, make in POSITIVES:
        for _ in range(per_type):
            locale = rng.choice(IBAN_LOCALES if pii_type == "iban" else LOCALES)
            # US numbering for SSNs; card numbers are the same in every locale.
            fake = us if pii_type in ("ssn", "credit_card") else fakes[locale]
            value = make(fake, rng)
            text = rng.choice(templates).format(v=value, u=fake.user_name())
            cases.append(Case(text, frozenset({pii_type}), locale))
    cases += _mixed(fakes, rng, per_type * 3)
    for _ in range(per_type * len(POSITIVES) // len(NEGATIVES) + 1):
        for template, make in NEGATIVES:
            locale = rng.choice(LOCALES)
            fake = (
                fakes[locale] if template == "{v}" else fakes["en_GB"] if "IBAN" in template else us
            )
            cases.append(Case(template.format(v=make(fake, rng)), frozenset(), locale))
    return cases


@dataclass(frozen=True)
class Score:
    recall: float
    false_alarm_rate: float
    per_type: dict[str, tuple[int, int]]  # type -> (found, expected)
    missed: list[str]
    false_alarms: list[str]


def score(cases: Iterable[Case], only: frozenset[str] | None = None) -> Score:
    """Type-level recall (every expected type found) and the share of negatives flagged.

    ``only``: the types a data set labels; findings of other types are neither hits nor
    false alarms there (the presidio sentences do not label dates of birth, for one)."""

    def detect(text: str) -> set[str]:
        found = {m.pii_type for m in detect_pii(text)}
        return found if only is None else found & only

    per_type: dict[str, list[int]] = {}
    positives = hits = negatives = alarms = 0
    missed: list[str] = []
    false_alarms: list[str] = []
    for case in cases:
        found = detect(case.text)
        if case.pii:
            positives += 1
            hits += case.pii <= found
            if not case.pii <= found:
                missed.append(case.text)
            for pii_type in case.pii:
                counts = per_type.setdefault(pii_type, [0, 0])
                counts[0] += pii_type in found
                counts[1] += 1
        else:
            negatives += 1
            if found:
                alarms += 1
                false_alarms.append(case.text)
    return Score(
        hits / max(positives, 1),
        alarms / max(negatives, 1),
        {t: (c[0], c[1]) for t, c in sorted(per_type.items())},
        missed,
        false_alarms,
    )


def _eval_rows(name: str) -> list[dict[str, object]]:
    path = EVAL / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def train_cases() -> list[Case]:
    """The labelled presidio-research sentences of ``../shared/eval/train`` (read, not copied)."""
    return [
        Case(str(row["text"]), frozenset(str(t) for t in row["pii_types"]))  # type: ignore[attr-defined]
        for row in _eval_rows("train/pii_train.jsonl")
    ]


def upstream_agreement() -> tuple[int, int, list[str]]:
    """How many of the OctoLLM Reflex Layer's PII assertions ``detect_pii`` agrees with."""
    rows = [r for r in _eval_rows("upstream/reflex_cases.jsonl") if r.get("expect_pii") is not None]
    wrong = [str(r["text"]) for r in rows if bool(detect_pii(str(r["text"]))) != r["expect_pii"]]
    return len(rows) - len(wrong), len(rows), wrong


def _print(title: str, result: Score) -> None:
    print(f"{title}: recall {result.recall:.3f}, false alarms {result.false_alarm_rate:.3f}")
    for pii_type, (found, expected) in result.per_type.items():
        print(f"  {pii_type:18} {found:4}/{expected:<4} {found / expected:.3f}")


def main(argv: list[str] | None = None) -> None:
    """Print the figures; ``-v`` lists the misses and false alarms."""
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    corpus = generate()
    own = score(corpus)
    _print(f"Faker corpus ({len(corpus)} cases, {len(LOCALES)} locales)", own)
    train = train_cases()
    if train:
        labelled = frozenset(t for case in train for t in case.pii)
        title = f"shared/eval/train/pii_train.jsonl ({len(train)} cases)"
        _print(title, score(train, only=labelled))
    agreed, total, wrong = upstream_agreement()
    if total:
        print(f"OctoLLM reflex cases (expect_pii): {agreed}/{total} agree")
    if verbose:
        print("missed:", *own.missed[:60], sep="\n  ")
        print("false alarms:", *own.false_alarms[:60], sep="\n  ")
        print("upstream disagreements:", *wrong, sep="\n  ")
    counts = Counter(c.locale for c in corpus)
    print("cases per locale:", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
