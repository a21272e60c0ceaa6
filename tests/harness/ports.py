"""Free TCP ports on the loopback interface for the private test servers."""

from __future__ import annotations

import socket
import time

__all__ = ["free_port", "port_open", "wait_for_port", "wait_for_port_closed"]

_handed_out: set[int] = set()


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port nobody listens on right now, never the same one twice per process.

    The kernel picks the port (bind to 0); remembering the ports already handed out
    keeps two servers started in a row from racing for the same number.
    """
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((host, 0))
            port: int = sock.getsockname()[1]
        if port not in _handed_out:
            _handed_out.add(port)
            return port
    raise RuntimeError("could not find a free TCP port")


def port_open(host: str, port: int, timeout: float = 0.2) -> bool:
    """True when something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_for_port(host: str, port: int, timeout: float = 10.0) -> None:
    """Block until host:port accepts connections; raise TimeoutError otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_open(host, port):
            return
        time.sleep(0.02)
    raise TimeoutError(f"nothing listens on {host}:{port} after {timeout:.0f} s")


def wait_for_port_closed(host: str, port: int, timeout: float = 10.0) -> None:
    """Block until host:port refuses connections; raise TimeoutError otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not port_open(host, port):
            return
        time.sleep(0.02)
    raise TimeoutError(f"{host}:{port} still accepts connections after {timeout:.0f} s")
