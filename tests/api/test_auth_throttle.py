"""Wrong API keys are throttled per client address: 429 with Retry-After, no key lookup."""

from __future__ import annotations

from tests.api.conftest import AppFactory


def test_an_address_sending_wrong_keys_gets_429_and_others_are_unaffected(
    make_app: AppFactory, api_key: str
) -> None:
    client = make_app(auth_failures_per_minute=3).test_client()
    attacker = {"REMOTE_ADDR": "203.0.113.7"}
    wrong = {"Authorization": "Bearer orch_not-a-real-key"}

    answers = [client.get("/tasks", headers=wrong, environ_base=attacker) for _ in range(5)]

    assert [a.status_code for a in answers] == [401, 401, 401, 429, 429]
    refused = answers[-1]
    assert int(refused.headers["Retry-After"]) >= 1
    assert refused.get_json()["error"]["code"] == "too_many_failed_authentications"
    # Another address, with the right key or a wrong one, is served as before.
    other = {"REMOTE_ADDR": "198.51.100.2"}
    good = {"Authorization": f"Bearer {api_key}"}
    assert client.get("/tasks", headers=good, environ_base=other).status_code == 200
    assert client.get("/tasks", headers=wrong, environ_base=other).status_code == 401
