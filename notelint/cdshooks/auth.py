"""CDS Hooks' own authentication: each call signed by the CDS client with a JWT.

The specification (*Trusting CDS Clients*) has the client sign a short-lived JWT with its
private key for every call (``Authorization: Bearer <JWT>``), with ``iss``, ``sub``,
``aud`` (the service endpoint called), ``exp``, ``iat`` and ``jti`` (a nonce); the service
verifies it with the client's public key, from a JWK Set. notelint never fetches keys:
the JWK Set of the clients a region trusts is a file the operator configures
(``notelint serve --cds-jwks FILE``), read once at start. A ``jku`` header is not followed.

What is checked, each failure a 401 naming what was wrong (never the token itself):

- the signature, with an asymmetric algorithm only (ES256/384/512, RS256/384/512,
  PS256/384/512 — never ``none`` or a shared-secret HS*), by the key the header's ``kid``
  names (a JWK Set of one key needs no ``kid``);
- ``iss`` among the trusted issuers when ``--cds-issuer`` names them;
- ``aud`` is the endpoint called: the request's own URL, or a configured public base URL
  (``--cds-audience https://cds.region.se``) plus the path, behind a reverse proxy;
- ``exp`` in the future and at most five minutes after ``iat`` (the specification's
  lifetime); ``iat`` not in the future (both with 60 s of clock skew);
- ``jti`` never seen before while its token lives (a replayed call is refused).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

__all__ = ["ClientKeys", "JWTRejected", "load_client_keys"]

#: algorithms a CDS client may sign with (asymmetric only; the specification names ES384
#: and RS384)
ALGORITHMS = ("ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512")
#: the longest a token may live (the specification: "SHOULD NOT exceed 5 minutes")
MAX_LIFETIME_S = 300
#: clock skew allowed between the client and this server
LEEWAY_S = 60
#: nonces remembered at most (each until its token has expired)
MAX_NONCES = 100_000


class JWTRejected(Exception):
    """Why a call's JWT is not accepted (said in the 401; holds no part of the token)."""


@dataclass
class ClientKeys:
    """The public keys of the trusted CDS clients and what else a token must say."""

    keys: dict[str | None, Any]            # kid → key (None: the only key of a set without kids)
    issuers: frozenset[str] | None = None  # accepted ``iss`` (None: any issuer with a key)
    audiences: tuple[str, ...] = ()        # public base URLs (none: the request's own URL)
    _seen: dict[str, float] = field(default_factory=dict)  # jti → when it may be forgotten
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def verify(self, authorization: bytes, url: str, path: str, now: float | None = None) -> dict[str, Any]:
        """The claims of the call's JWT, or :class:`JWTRejected`. ``url``: the request's own
        URL (scheme, host, path); ``path``: its path (for the configured public bases)."""
        import jwt

        if authorization[:7].lower() != b"bearer ":
            raise JWTRejected("a CDS Hooks call must carry Authorization: Bearer <JWT> "
                              "signed by the CDS client")
        token = authorization[7:].strip().decode("ascii", "replace")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise JWTRejected("the bearer token is not a JWT") from None
        alg = header.get("alg")
        if alg not in ALGORITHMS:
            raise JWTRejected(f"JWT algorithm {str(alg)[:20]!r} not accepted; sign with one of "
                              f"{', '.join(ALGORITHMS)}")
        kid = header.get("kid")
        if kid is not None:
            key = self.keys.get(kid) if isinstance(kid, str) else None
        else:
            key = next(iter(self.keys.values())) if len(self.keys) == 1 else None
        if key is None:
            raise JWTRejected("the JWT's kid names no key of the configured JWK Set"
                              if kid is not None else
                              "the JWT has no kid and the configured JWK Set has several keys")
        audiences = [base.rstrip("/") + path for base in self.audiences] or [url]
        now = time.time() if now is None else now
        try:
            claims = jwt.decode(token, key, algorithms=[alg], audience=audiences,
                                leeway=LEEWAY_S,
                                options={"require": ["iss", "sub", "aud", "exp", "iat", "jti"],
                                         "verify_iat": True})
        except jwt.ExpiredSignatureError:
            raise JWTRejected("the JWT has expired") from None
        except jwt.ImmatureSignatureError:
            raise JWTRejected("the JWT is issued in the future (iat or nbf)") from None
        except jwt.InvalidAudienceError:
            raise JWTRejected(f"the JWT's aud is not this endpoint ({audiences[0]})") from None
        except jwt.MissingRequiredClaimError as e:
            raise JWTRejected(f"the JWT lacks the {e.claim} claim") from None
        except jwt.InvalidSignatureError:
            raise JWTRejected("the JWT's signature does not verify with the configured key") from None
        except jwt.PyJWTError as e:
            raise JWTRejected(f"the JWT is not valid: {type(e).__name__}") from None
        iat, exp = claims["iat"], claims["exp"]
        if not isinstance(iat, (int, float)) or not isinstance(exp, (int, float)):
            raise JWTRejected("the JWT's iat and exp must be numbers")
        if exp - iat > MAX_LIFETIME_S:
            raise JWTRejected(f"the JWT lives longer than {MAX_LIFETIME_S} s (exp - iat)")
        if iat > now + LEEWAY_S:
            raise JWTRejected("the JWT is issued in the future (iat)")
        if self.issuers is not None and claims["iss"] not in self.issuers:
            raise JWTRejected("the JWT's iss is not a trusted CDS client")
        jti = claims["jti"]
        if not isinstance(jti, str) or not jti:
            raise JWTRejected("the JWT's jti must be a non-empty string")
        self._once(f"{claims['iss']}\x00{jti}", exp + LEEWAY_S, now)
        return claims

    def _once(self, nonce: str, until: float, now: float) -> None:
        with self._lock:
            if nonce in self._seen and self._seen[nonce] >= now:
                raise JWTRejected("the JWT's jti was used before (a replayed call)")
            if len(self._seen) >= MAX_NONCES:  # forget the expired ones; refuse if none expired
                self._seen = {k: v for k, v in self._seen.items() if v >= now}
                if len(self._seen) >= MAX_NONCES:
                    raise JWTRejected("too many live JWTs; retry in a few minutes")
            self._seen[nonce] = until


def load_client_keys(path: str, issuers: Iterable[str] | None = None,
                     audiences: Iterable[str] = ()) -> ClientKeys:
    """The JWK Set in ``path`` (``{"keys": [...]}``, public keys only), or ValueError with
    one line naming the file and the fix."""
    import jwt

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise ValueError(f"{path}: cannot read the JWK Set ({e.strerror or e})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"{path}: not a JSON JWK Set ({e}); give the CDS clients' public "
                         "keys as {{\"keys\": [...]}}") from None
    items = data.get("keys") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise ValueError(f"{path}: a JWK Set needs a non-empty \"keys\" list")
    keys: dict[str | None, Any] = {}
    for i, jwk in enumerate(items):
        if not isinstance(jwk, dict):
            raise ValueError(f"{path}: keys[{i}] is not a JSON object")
        if jwk.get("kty") not in ("EC", "RSA"):
            raise ValueError(f"{path}: keys[{i}]: kty {jwk.get('kty')!r} — only EC and RSA "
                             "public keys are accepted")
        if "d" in jwk:
            raise ValueError(f"{path}: keys[{i}] holds a private key (\"d\"); configure the "
                             "CDS client's public key only")
        try:
            key = jwt.PyJWK.from_dict(jwk).key
        except (jwt.PyJWTError, ValueError, TypeError, KeyError) as e:
            raise ValueError(f"{path}: keys[{i}] is not a usable public key ({type(e).__name__})") from None
        kid = jwk.get("kid")
        if kid in keys:
            raise ValueError(f"{path}: kid {kid!r} is given twice")
        keys[kid] = key
    if None in keys and len(keys) > 1:
        raise ValueError(f"{path}: with several keys, each needs a kid")
    bases = tuple(audiences)
    for base in bases:
        if not base.startswith(("https://", "http://")):
            raise ValueError(f"--cds-audience {base!r}: give the service's public base URL, "
                             "e.g. https://cds.region.se")
    return ClientKeys(keys, frozenset(issuers) if issuers else None, bases)
