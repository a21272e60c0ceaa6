"""Serving the desk with uvicorn (``dsr web``)."""

from __future__ import annotations

import uvicorn

from workers.runtime import Runtime
from workers.web.app import create_app, is_loopback


def serve(runtime: Runtime, host: str, port: int) -> None:
    """Run the desk until interrupted. Access logs are off: paths carry case references."""
    app = create_app(runtime, secure_cookies=not is_loopback(host))
    uvicorn.run(
        app, host=host, port=port, log_level="warning", access_log=False, server_header=False,
        proxy_headers=False, date_header=False,
    )
