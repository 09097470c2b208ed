"""CDS Hooks' client authentication (``notelint serve --cds-jwks``): every call signed by a
trusted CDS client with a short-lived JWT — in process (TestClient)."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
jwt = pytest.importorskip("jwt")
pytest.importorskip("cryptography")

from cryptography.hazmat.primitives.asymmetric import ec, rsa  # noqa: E402
from jwt.algorithms import ECAlgorithm, RSAAlgorithm  # noqa: E402
from test_cdshooks import PATIENT, note_sign_request  # noqa: E402

from notelint.cdshooks.auth import JWTRejected, load_client_keys  # noqa: E402

SERVICE = "/cds-services/notelint-note-sign"
URL = "http://testserver" + SERVICE
EHR_KEY = ec.generate_private_key(ec.SECP384R1())
OTHER_KEY = ec.generate_private_key(ec.SECP384R1())
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwk(private: Any, kid: str, alg: str) -> dict[str, Any]:
    maker = ECAlgorithm if alg.startswith("ES") else RSAAlgorithm
    jwk = json.loads(maker.to_jwk(private.public_key()))
    return {**jwk, "kid": kid, "alg": alg, "use": "sig"}


def _token(key: Any = EHR_KEY, kid: str | None = "ehr-1", alg: str = "ES384", **claims: Any) -> str:
    now = int(time.time())
    body = {"iss": "https://ehr.region.se", "sub": "client-17", "aud": URL,
            "iat": now, "exp": now + 120, "jti": str(uuid.uuid4()), **claims}
    body = {k: v for k, v in body.items() if v is not None}
    return jwt.encode(body, key, algorithm=alg, headers={"kid": kid} if kid else None)


@pytest.fixture(scope="module")
def jwks_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("jwks") / "clients.jwks.json"
    path.write_text(json.dumps({"keys": [_jwk(EHR_KEY, "ehr-1", "ES384"),
                                         _jwk(RSA_KEY, "ehr-rsa", "RS384")]}))
    return str(path)


@pytest.fixture(scope="module")
def client(jwks_file):
    from starlette.testclient import TestClient

    from notelint.serve import create_app

    keys = load_client_keys(jwks_file, issuers=["https://ehr.region.se"])
    with TestClient(create_app("skane", token="static-v1-token", cds_keys=keys)) as c:
        yield c


def _call(client, token: str | None):
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return client.post(SERVICE, json=note_sign_request(patient=PATIENT), headers=headers)


def test_a_call_signed_by_a_trusted_client_is_answered(client) -> None:
    assert _call(client, _token()).status_code == 200
    assert _call(client, _token(RSA_KEY, "ehr-rsa", "RS384")).status_code == 200
    # discovery needs no JWT; /v1/ keeps its own static token
    assert client.get("/cds-services").status_code == 200
    assert client.post("/v1/lint", json={}).status_code == 401


# (tokens made when each test runs: the suite may run long after collection)
@pytest.mark.parametrize("make, why", [
    (lambda: None, "Authorization: Bearer"),
    (lambda: "not-a-jwt", "not a JWT"),
    (lambda: "static-v1-token", "not a JWT"),                          # the /v1/ secret is no JWT
    (lambda: _token(OTHER_KEY), "signature"),                          # an untrusted key
    (lambda: _token(kid="unknown"), "kid"),
    (lambda: _token(kid=None), "no kid"),                              # two keys configured
    (lambda: _token(exp=int(time.time()) - 600, iat=int(time.time()) - 700), "expired"),
    (lambda: _token(exp=int(time.time()) + 3600), "longer than"),      # lives an hour
    (lambda: _token(iat=int(time.time()) + 600, exp=int(time.time()) + 700), "future"),
    (lambda: _token(aud="https://other.example.org/cds-services/x"), "aud"),  # another service's
    (lambda: _token(iss="https://evil.example.org"), "iss"),
    (lambda: _token(jti=None), "jti"),
    (lambda: _token(sub=None), "sub"),
])
def test_a_call_without_a_valid_jwt_is_401_saying_why(client, make, why) -> None:
    token = make()
    r = _call(client, token)
    assert r.status_code == 401 and why in r.json()["detail"], r.text
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert token is None or token not in r.text  # the token is never echoed


def test_a_replayed_jwt_is_refused(client) -> None:
    token = _token()
    assert _call(client, token).status_code == 200
    r = _call(client, token)
    assert r.status_code == 401 and "replayed" in r.json()["detail"]


def test_algorithms_that_verify_nothing_are_refused(client, jwks_file) -> None:
    # "none", and HS256 keyed with the public key (the classic confusion attack)
    none = jwt.encode({"iss": "https://ehr.region.se", "sub": "x", "aud": URL, "jti": "n1",
                       "iat": int(time.time()), "exp": int(time.time()) + 60}, None, algorithm="none")
    assert "algorithm" in _call(client, none).json()["detail"]
    public = json.dumps(_jwk(EHR_KEY, "ehr-1", "ES384"))
    import hashlib
    import hmac
    import base64

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "ehr-1"}).encode())
    body = b64(json.dumps({"iss": "https://ehr.region.se", "sub": "x", "aud": URL, "jti": "h1",
                           "iat": int(time.time()), "exp": int(time.time()) + 60}).encode())
    sig = b64(hmac.new(public.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest())
    r = _call(client, f"{head}.{body}.{sig}")
    assert r.status_code == 401 and "algorithm" in r.json()["detail"]


def test_behind_a_proxy_the_public_base_url_is_the_audience(jwks_file) -> None:
    keys = load_client_keys(jwks_file, audiences=["https://cds.region.se/"])
    public = "https://cds.region.se" + SERVICE
    claims = keys.verify(f"Bearer {_token(aud=public)}".encode(), URL, SERVICE)
    assert claims["sub"] == "client-17"
    with pytest.raises(JWTRejected, match="aud"):  # the proxy's inner URL is not the audience
        keys.verify(f"Bearer {_token()}".encode(), URL, SERVICE)


@pytest.mark.parametrize("content, why", [
    ("{", "not a JSON JWK Set"),
    ('{"keys": []}', "non-empty"),
    ('{"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}', "only EC and RSA"),
    (None, "private key"),
])
def test_a_bad_jwk_set_is_one_line_naming_the_file(tmp_path, content, why) -> None:
    path = tmp_path / "bad.json"
    if content is None:  # a private key where the public one belongs
        private = json.loads(ECAlgorithm.to_jwk(EHR_KEY))
        content = json.dumps({"keys": [private]})
    path.write_text(content)
    with pytest.raises(ValueError) as e:
        load_client_keys(str(path))
    assert str(path) in str(e.value) and why in str(e.value) and "\n" not in str(e.value)


def test_the_cli_refuses_issuers_without_keys_and_names_a_bad_file(tmp_path) -> None:
    from click.testing import CliRunner

    from notelint.cli import main as cli

    r = CliRunner().invoke(cli, ["serve", "--ruleset", "skane", "--port", "0",
                                 "--cds-issuer", "https://ehr.region.se"])
    assert r.exit_code != 0 and "--cds-jwks" in r.output
    bad = tmp_path / "keys.json"
    bad.write_text("[]")
    r = CliRunner().invoke(cli, ["serve", "--ruleset", "skane", "--port", "0",
                                 "--cds-jwks", str(bad)])
    assert r.exit_code != 0 and str(bad) in r.output and "Traceback" not in r.output
