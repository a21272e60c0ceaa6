"""The web desk: the practitioner's French pages over the same store and actions as the CLI.

``create_app(runtime)`` (in :mod:`workers.web.app`) builds the Starlette application;
``dsr web`` serves it with uvicorn on 127.0.0.1 (:mod:`workers.web.server`).
"""
