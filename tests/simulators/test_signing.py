"""The shared token signer: genuine tokens verify once, everything else every time."""

from __future__ import annotations

import jwt
import pytest
from ticket_simulators._core import TokenSigner

CLAIMS = {"iss": "sim", "sub": "alice", "exp": 2_000_000_000, "iat": 1_700_000_000}


def test_a_genuine_token_verifies_and_its_claims_are_read_only() -> None:
    signer = TokenSigner(issuer="sim", require=["sub", "exp"])
    claims = signer.claims(signer.sign(CLAIMS))
    assert dict(claims) == CLAIMS
    with pytest.raises(TypeError):
        claims["sub"] = "mallory"  # type: ignore[index]


def test_a_verified_token_is_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    signer = TokenSigner(issuer="sim", require=["sub"])
    token = signer.sign(CLAIMS)
    calls: list[str] = []
    real_decode = jwt.decode

    def counting_decode(raw: str, *args: object, **kwargs: object) -> object:
        calls.append(raw)
        return real_decode(raw, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jwt, "decode", counting_decode)
    for _ in range(3):
        assert signer.claims(token)["sub"] == "alice"
    assert calls == [token]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda s: TokenSigner(require=["sub"]).sign(CLAIMS), id="another key"),
        pytest.param(lambda s: s.sign(CLAIMS)[:-2] + "xx", id="tampered signature"),
        pytest.param(lambda s: s.sign({**CLAIMS, "iss": "elsewhere"}), id="wrong issuer"),
        pytest.param(lambda s: s.sign({"iss": "sim", "exp": 1}), id="required claim missing"),
        pytest.param(
            lambda s: jwt.encode(CLAIMS, key="", algorithm="none"), id="unsigned (alg none)"
        ),
    ],
)
def test_a_bad_token_is_refused_every_time(make: object) -> None:
    signer = TokenSigner(issuer="sim", require=["sub"])
    token = make(signer)  # type: ignore[operator]
    for _ in range(2):  # a refusal is never remembered as a success
        with pytest.raises(jwt.PyJWTError):
            signer.claims(token)


def test_audience_is_checked_when_given() -> None:
    signer = TokenSigner(audience="api", require=["aud"])
    assert signer.claims(signer.sign({**CLAIMS, "aud": "api"}))["aud"] == "api"
    with pytest.raises(jwt.InvalidAudienceError):
        signer.claims(signer.sign({**CLAIMS, "aud": "other"}))
