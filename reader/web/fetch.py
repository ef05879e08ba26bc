"""Fetching a page over http(s), or reading a saved one, with limits and one-line errors.

Limits: http and https only, a time-out for connecting and for each read, a size cap,
at most a few redirects (each to http or https again).  Every failure is an
:class:`InputError` whose message is one line naming the address and the cause.
Nothing is cached: no cache directory, and ``Cache-Control: no-cache`` on every request.
"""

from __future__ import annotations

import re
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import IO, Any

from reader.loaded import InputError

TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_BYTES = 10 * 1024 * 1024  # a news page is well under 2 MB; 10 MB is a broken or hostile one
MAX_REDIRECTS = 5
USER_AGENT = "reader/0.1 (compares two news articles; https://pypi.org/project/reader)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class Page:
    """Raw HTML of one page, decoded, with where it came from."""

    html: str
    url: str | None  # the final address after redirects; None for a file
    encoding: str
    notes: list[str] = field(default_factory=list)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http or https."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise urllib.error.URLError(f"redirected to a {scheme or 'relative'}: address, not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    *,
    user_agent: str | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Page:
    """GET ``url`` and return its HTML; :class:`InputError` with a one-line cause otherwise."""
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(url, f"only http and https addresses can be read, not {parts.scheme}:")
    if not parts.hostname:
        raise InputError(url, "the address has no host name")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent or USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Cache-Control": "no-cache",
        },
    )
    opener = urllib.request.build_opener(_Redirects)
    try:
        with opener.open(request, timeout=timeout) as response:
            _check_type(url, response.headers)
            _check_length(url, response.headers, max_bytes)
            body = _read_capped(url, response, max_bytes)
            final = response.geturl()
            headers = response.headers
    except InputError:
        raise
    except Exception as exc:
        raise InputError(url, _cause(exc, timeout)) from None
    html, encoding, notes = decode_html(body, headers.get_content_charset())
    return Page(html, final, encoding, notes)


def _check_type(url: str, headers: Message) -> None:
    kind = headers.get_content_type().lower()
    if kind == "application/pdf":
        raise InputError(url, "is a PDF, not a web page; save its text and compare that")
    if kind not in _HTML_TYPES:
        raise InputError(url, f"is not an HTML page (the server says {kind})")


def _check_length(url: str, headers: Message, max_bytes: int) -> None:
    length = headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > max_bytes:
        raise InputError(url, f"is too big ({_size(int(length))}; the limit is {_size(max_bytes)})")


def _read_capped(url: str, response: IO[bytes], max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(64 * 1024):
        total += len(chunk)
        if total > max_bytes:
            raise InputError(url, f"is too big (more than {_size(max_bytes)})")
        chunks.append(chunk)
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _cause(exc: BaseException, timeout: float) -> str:
    """The one-line reason for a failed request, in the words a reader would use."""
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code in (301, 302, 303, 307, 308):
            return f"too many redirects (more than {MAX_REDIRECTS})"
        return f"the server answered HTTP {exc.code} {exc.reason}".rstrip()
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, socket.gaierror):
        return "cannot find the host (DNS lookup failed; check the address or the network)"
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} seconds (timed out)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server up, is there a network?)"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({reason.reason or 'TLS error'})"
    if isinstance(reason, OSError):
        return f"cannot connect ({reason.strerror or reason}; is there a network?)"
    text = " ".join(str(reason).split())
    return text or type(exc).__name__


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes to text: the server's charset, else the page's own <meta>, else UTF-8, else cp1252."""
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", notes
    found = _META_CHARSET.search(data[:4096])
    for name in (declared, found.group(1).decode("ascii") if found else None):
        if name:
            try:
                return data.decode(name, errors="replace"), name.lower(), notes
            except LookupError:
                notes.append(f"unknown character set {name!r} ignored")
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        notes.append("not valid UTF-8 and no character set given; decoded as Windows-1252")
        return data.decode("cp1252", errors="replace"), "cp1252", notes


def read_file(path: str, *, max_bytes: int | None = None) -> Page:
    """A saved page from disk, with the same size cap and one-line errors."""
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a directory, not a web page")
    try:
        if p.stat().st_size > max_bytes:
            raise InputError(path, f"is too big ({_size(p.stat().st_size)}; the limit is {_size(max_bytes)})")
        data = p.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if data.startswith(b"%PDF"):
        raise InputError(path, "is a PDF, not a web page; save its text and compare that")
    if not data.strip():
        raise InputError(path, "is empty")
    html, encoding, notes = decode_html(data)
    return Page(html, None, encoding, notes)
