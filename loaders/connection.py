"""Connection settings (flags and NEO4J_* environment) and opening the driver, with
server trouble turned into one-line `ServerError` messages."""
from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import (AuthError, ConfigurationError, DriverError, Neo4jError,
                              ServiceUnavailable, SessionExpired)

from .server import prime_handshake

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"


SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class ServerError(RuntimeError):
    """The server is down, refused us, or failed: the message is one line for the user."""


class SettingsError(ValueError):
    """Connection settings that cannot work (a bad URI, an unreadable password file)."""


def redact(uri: str) -> str:
    """`uri` with the password of its user part (``bolt://u:pass@host``) hidden, to
    print."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri.split("@")[-1] if "@" in uri else uri
    if parts.password is None:
        return uri
    netloc = f"{parts.username or ''}:***@{parts.netloc.rsplit('@', 1)[1]}"
    return parts._replace(netloc=netloc).geturl()


def check_uri(uri: str) -> None:
    """SettingsError unless `uri` is a Bolt or Neo4j URI with a host and a valid port
    and no credentials (the password never goes on a command line)."""
    shown = redact(uri)
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError as exc:
        raise SettingsError(f"bad URI {shown}: {exc}") from None
    if parts.scheme not in SCHEMES:
        raise SettingsError(f"bad URI {shown}: the scheme must be one of "
                            + ", ".join(SCHEMES) + f", not {parts.scheme or 'none'!r}")
    if not parts.hostname:
        raise SettingsError(f"bad URI {shown}: no host")
    if parts.username is not None or parts.password is not None:
        raise SettingsError(f"the URI {shown} holds credentials: give the user with --user "
                            "or NEO4J_USERNAME, the password with NEO4J_PASSWORD, "
                            "--password-file or --password-prompt")
    if port == 0:
        raise SettingsError(f"bad URI {shown}: port 0")


def read_password_file(path: str | Path) -> str:
    """The first line of a password file (an empty file: the empty password)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise SettingsError(f"cannot read the password file {path}: {reason}") from None
    return lines[0].strip() if lines else ""


@dataclass
class Settings:
    """Where and as whom to connect. The password never comes from a command-line
    argument: it is read from NEO4J_PASSWORD, a file, or a prompt."""
    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str = field(default="", repr=False)
    database: str | None = None

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None,
                 database: str | None = None, password: str | None = None,
                 environ: Mapping[str, str] = os.environ) -> "Settings":
        """Explicit values first, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD /
        NEO4J_DATABASE, then the defaults."""
        return cls(uri=uri or environ.get("NEO4J_URI") or DEFAULT_URI,
                   user=user or environ.get("NEO4J_USERNAME") or DEFAULT_USER,
                   password=password if password is not None
                   else environ.get("NEO4J_PASSWORD", ""),
                   database=database or environ.get("NEO4J_DATABASE") or None)


def describe_error(exc: BaseException, uri: str) -> str:
    """One line saying what went wrong with the server at `uri` (its password hidden)."""
    uri = redact(uri)
    if isinstance(exc, AuthError):
        return f"the server at {uri} refused the credentials ({_first_line(exc)})"
    if isinstance(exc, (ServiceUnavailable, SessionExpired)):
        return (f"no answer from the Bolt server at {uri}: it is not running, not reachable, "
                f"or stopped in the middle ({_first_line(exc)})")
    if isinstance(exc, ConfigurationError):
        return f"bad connection settings for {uri}: {_first_line(exc)}"
    if isinstance(exc, Neo4jError):
        return f"the server at {uri} reported an error: {exc.code or ''} {_first_line(exc)}"
    return f"{type(exc).__name__} talking to {uri}: {_first_line(exc)}"


def failure_reason(exc: BaseException) -> str:
    """A few words on why the server stopped answering: the socket's error (``connection
    refused``, ``connection reset by peer``) found in the chain of causes, else the
    first line of the error."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror.lower()
        cause = cause.__cause__ or cause.__context__
    return _first_line(exc)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "message", None) or exc).strip()
    return (text.splitlines() or [type(exc).__name__])[0][:200]


def open_driver(settings: Settings, acquisition_timeout: float = 10.0,
                retry_time: float = 10.0) -> Driver:
    """A connected driver (connectivity verified); `SettingsError` for a URI that cannot
    work, `ServerError` if the server is down or refuses the credentials. Managed
    transactions are retried on transient failures for up to `retry_time` seconds."""
    check_uri(settings.uri)
    prime_handshake(settings.uri)
    try:
        driver = GraphDatabase.driver(
            settings.uri, auth=(settings.user, settings.password),
            connection_acquisition_timeout=acquisition_timeout, connection_timeout=3.0,
            max_transaction_retry_time=retry_time, user_agent="kg-loader")
    except (DriverError, ValueError) as exc:
        raise ServerError(describe_error(exc, settings.uri)) from None
    for attempt in range(2):
        try:
            driver.verify_connectivity()
            return driver
        except ServiceUnavailable as exc:  # once more, after absorbing stuck handshakes
            if attempt:
                driver.close()
                raise ServerError(describe_error(exc, settings.uri)) from None
            prime_handshake(settings.uri)
        except (DriverError, Neo4jError, OSError) as exc:
            driver.close()
            raise ServerError(describe_error(exc, settings.uri)) from None
    return driver


def fetch(driver: Driver, text: str, params: dict | None = None,
          database: str | None = None) -> list[dict]:
    """Rows of one query in a session of its own. (Not `driver.execute_query`: on
    FalkorDB each of those costs ~40 ms more, measured, against ~1 ms for a session.)"""
    with driver.session(database=database) as session:
        return [record.data() for record in session.run(text, params or {})]


@contextmanager
def server_errors(uri: str) -> Iterator[None]:
    """Driver and server failures inside the block become one-line `ServerError`s."""
    try:
        yield
    except (DriverError, Neo4jError, OSError) as exc:
        raise ServerError(describe_error(exc, uri)) from None
