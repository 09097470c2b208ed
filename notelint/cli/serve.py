"""``notelint serve``: the pre-signing HTTP API (see :mod:`notelint.serve`)."""

from __future__ import annotations

import copy
import socket
from typing import Any

import click


#: the names of this machine: the default bind address and Host headers allowed with it
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


@click.command("serve")
@click.option("--ruleset", "ruleset_name", required=True,
              help="Ruleset name (national, skane, vgr, jonkoping, kalmar) or a .toml file.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; only localhost unless you say otherwise.")
@click.option("--port", default=8177, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, envvar="NOTELINT_TOKEN", show_envvar=True,
              help="Require 'Authorization: Bearer TOKEN' on /v1/ calls (prefer the "
                   "environment variable: command lines are visible to other users).")
@click.option("--max-body", default=1024 * 1024, show_default=True, type=click.IntRange(min=1),
              help="Largest request body in bytes (larger: 413).")
@click.option("--timeout", default=5.0, show_default=True, type=click.FloatRange(min=0.01),
              help="Seconds a request may take, queueing included (longer: 503, and the "
                   "worker checking it is replaced).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(0, 64),
              help="Check worker processes (each loads the NLP pipeline, about 110 MB); a "
                   "large note may occupy all but one. 0 checks in the server process.")
@click.option("--read-timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a client may take to send its request headers or body (slower: "
                   "the connection is closed, or 408).")
@click.option("--max-connections", default=1000, show_default=True, type=click.IntRange(min=1),
              help="Open connections (idle keep-alive ones too) and requests at most; more "
                   "are answered 503 at once. Bounds the sockets and memory a flood of "
                   "connections can take; limit each client in a reverse proxy in front.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A name the Host header may give (repeatable; '*' any). Default: this "
                   "machine's names when bound to it (a page turned to 127.0.0.1 by DNS "
                   "rebinding is refused), any name otherwise.")
@click.option("--fhir-server", "fhir_servers", multiple=True, metavar="URL",
              help="A FHIR base URL CDS Hooks calls may have notelint fetch prefetch from "
                   "(repeatable). Without one, any fhirServer a call names is fetched from; "
                   "name your EHR's to keep calls from steering requests elsewhere.")
@click.option("--journal-system", default=None, metavar="NAME",
              help="The journal system of notes whose input names none: CDS Hooks drafts, "
                   "FHIR and most JSON sent to /v1/lint (Melior, PMO …: one of the "
                   "ruleset's; as `notelint lint --journal-system`). Rules such as NL102 (a "
                   "hypothesis visible in Melior) apply to some systems only.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="A web origin (https://ehr.example.se) whose pages may call the service "
                   "from a browser (CORS; repeatable). None by default.")
@click.option("--cds-jwks", default=None, metavar="FILE", type=click.Path(dir_okay=False),
              help="The JWK Set (public keys) of the CDS clients to trust: every CDS Hooks "
                   "call must then carry a JWT signed by one of them (iss, sub, aud = the "
                   "endpoint, exp ≤ 5 min, jti used once), the CDS Hooks way of "
                   "authenticating the EHR. Keys are never fetched (no jku).")
@click.option("--cds-issuer", "cds_issuers", multiple=True, metavar="ISS",
              help="An iss a CDS client's JWT may give (repeatable; default: any holding a "
                   "key of --cds-jwks).")
@click.option("--cds-audience", "cds_audiences", multiple=True, metavar="URL",
              help="The service's public base URL (https://cds.region.se) that JWTs name in "
                   "aud, behind a reverse proxy (repeatable; default: the URL called).")
@click.option("--feedback-store", default="notelint-feedback.duckdb", show_default=True,
              type=click.Path(dir_okay=False),
              help="DuckDB file for CDS Hooks cards and clinician feedback ('' to keep none); "
                   "read it with `notelint feedback report`.")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["error", "warning", "info", "debug"]),
              help="Server log level; request lines (method, path, status, ms) at info.")
def serve(ruleset_name: str, host: str, port: int, token: str | None, max_body: int,
          timeout: float, workers: int, read_timeout: float, max_connections: int,
          allowed_hosts: tuple[str, ...], fhir_servers: tuple[str, ...],
          journal_system: str | None, cors_origins: tuple[str, ...], cds_jwks: str | None,
          cds_issuers: tuple[str, ...], cds_audiences: tuple[str, ...], feedback_store: str,
          log_level: str) -> None:
    """Serve pre-signing checks: CDS Hooks (/cds-services) and /v1/lint, /v1/preview."""
    import logging

    from notelint import pii
    from notelint.cli.common import fail as _fail
    from notelint.rulesets import RulesetError

    try:
        import uvicorn

        from notelint.serve import create_app, header_timeout_protocol
    except ModuleNotFoundError as e:
        _fail(f"`notelint serve` needs {e.name}; install it with: pip install 'notelint[serve]'")
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as e:
        _fail(f"cannot listen on {host}:{port}: {e.strerror}; choose another --port or --host")
    from notelint.cdshooks.feedback import StoreError

    ctx = click.get_current_context()
    if feedback_store and ctx.get_parameter_source("feedback_store").name == "DEFAULT":
        try:
            import duckdb  # noqa: F401
        except ModuleNotFoundError:  # the default store needs duckdb: go on without it
            click.echo("notelint serve: warning: CDS Hooks feedback is not stored (duckdb is "
                       "missing; pip install 'notelint[serve]')", err=True)
            feedback_store = ""
    from notelint.serve import check_origin

    try:
        cors_origins = tuple(check_origin(o) for o in cors_origins)
    except ValueError as e:
        _fail(f"--cors-origin: {e}")
    cds_keys = None
    if cds_jwks:
        try:
            import jwt  # noqa: F401
        except ModuleNotFoundError:
            _fail("--cds-jwks needs PyJWT with cryptography; install it with: "
                  "pip install 'notelint[serve]'")
        from notelint.cdshooks.auth import load_client_keys

        try:
            cds_keys = load_client_keys(cds_jwks, cds_issuers or None, cds_audiences)
        except ValueError as e:
            _fail(f"--cds-jwks {e}")
    elif cds_issuers or cds_audiences:
        _fail("--cds-issuer and --cds-audience check the JWTs of --cds-jwks; give the "
              "CDS clients' JWK Set with --cds-jwks FILE")
    local = host in LOCAL_HOSTS
    hosts: list[str] | None = list(allowed_hosts) or (list(LOCAL_HOSTS) if local else None)
    if hosts is not None and "*" in hosts:
        hosts = None
    try:
        app = create_app(ruleset_name, token=token or None, max_body=max_body, timeout=timeout,
                         workers=workers, read_timeout=read_timeout,
                         feedback_store=feedback_store or None, allowed_hosts=hosts,
                         fhir_servers=list(fhir_servers) or None, cors_origins=cors_origins,
                         journal_system=journal_system, cds_keys=cds_keys)
    except (RulesetError, StoreError) as e:
        _fail(str(e))
    except ValueError as e:  # (--journal-system, checked against the ruleset)
        _fail(f"--journal-system: {e}")

    except RuntimeError as e:  # a worker could not load
        _fail(f"{e}; try --workers 0 to see the error in this process")
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(pii.MaskFilter())
    logging.getLogger("notelint.serve").setLevel(log_level.upper())
    if not local and not token:
        click.echo("notelint serve: warning: listening beyond localhost without --token",
                   err=True)
    click.echo(f"notelint serve: http://{host}:{port} (ruleset {ruleset_name}, "
               f"{workers} workers; CDS Hooks at /cds-services, docs at /docs)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, access_log=False, log_level=log_level,
                    log_config=_masked_log_config(),
                    server_header=False, timeout_keep_alive=30,
                    limit_concurrency=max_connections,
                    http=header_timeout_protocol(read_timeout))
    finally:
        if app.pool is not None:
            app.pool.close()
        if app.fastapi.state.store is not None:
            app.fastapi.state.store.close()


def _masked_log_config() -> dict[str, Any]:
    """uvicorn's own logging configuration, every handler masking identity numbers (a
    request path or an error may hold one)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"pii": {"()": "notelint.pii.MaskFilter"}}
    for handler in config["handlers"].values():
        handler["filters"] = ["pii"]
    return config


COMMANDS = [serve]
