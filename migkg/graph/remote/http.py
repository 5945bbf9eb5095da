"""HTTP to triple stores: credentials answered as the server asks (Basic or Digest), retries with
back-off on 5xx and connection errors, and one-line `RemoteError`s for what a user can fix."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from migkg import __version__
from migkg.errors import RemoteError

RETRIES = 4  # attempts after the first, on 5xx and connection errors
BACKOFF = 0.5  # seconds before the first retry, doubled each time
TIMEOUT = (10.0, 600.0)  # seconds to connect, then to wait for an answer (a big upload takes time)


@dataclass
class Client:
    """A session to one server. With `user`, the credentials are sent the way the server's first 401
    asks for (Digest, as Virtuoso's `/sparql-graph-crud-auth` does, else Basic): a password is never
    sent in clear to a server that wants a digest."""

    user: str | None = None
    password: str | None = None
    retries: int = RETRIES
    backoff: float = BACKOFF
    timeout: tuple[float, float] = TIMEOUT
    session: requests.Session = field(default_factory=requests.Session)
    _auth: AuthBase | None = None

    def __post_init__(self) -> None:
        self.session.headers["User-Agent"] = f"migkg/{__version__}"

    def close(self) -> None:
        self.session.close()

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """The server's answer (any status but 401 and 5xx); `RemoteError` when it cannot be reached
        after the retries, keeps failing, or refuses the credentials."""
        delay = self.backoff
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response = self.session.request(method, url, auth=self._auth, timeout=self.timeout, **kwargs)
            except requests.ConnectionError as exc:
                if last:
                    raise RemoteError(f"cannot reach {_where(url)} ({_reason(exc)})") from None
            except requests.Timeout:
                if last:
                    raise RemoteError(f"{_where(url)} did not answer in {self.timeout[1]:g} s") from None
            except requests.RequestException as exc:
                raise RemoteError(f"{_where(url)}: {exc}") from None
            else:
                if response.status_code == 401 and self._auth is None and self.user is not None:
                    self._auth = self._auth_for(response)
                    return self.request(method, url, **kwargs)
                if response.status_code == 401:
                    who = "refused the credentials of user " + repr(self.user) if self.user else "needs credentials"
                    hint = "" if self.user else " (give --user and --password)"
                    raise RemoteError(f"{_where(url)} {who} (HTTP 401){hint}")
                if response.status_code < 500 or last:
                    return response
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")  # the loop returns or raises on its last attempt

    def _auth_for(self, response: requests.Response) -> AuthBase:
        challenge = response.headers.get("WWW-Authenticate", "").lower()
        if challenge.startswith("digest"):
            return HTTPDigestAuth(self.user or "", self.password or "")
        return HTTPBasicAuth(self.user or "", self.password or "")


def check(response: requests.Response, what: str) -> requests.Response:
    """The response if it succeeded, else `RemoteError` with the server's first line of explanation."""
    if response.ok:
        return response
    text = " ".join(response.text.split())[:200]
    detail = f": {text}" if text else ""
    raise RemoteError(f"{what}: {_where(response.url)} answered HTTP {response.status_code}{detail}")


def _where(url: str) -> str:
    return url.split("?", 1)[0]


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "No route to host", "timed out"):
        if marker in text:
            return marker.lower()
    return text.splitlines()[0][:120] if text else type(exc).__name__
