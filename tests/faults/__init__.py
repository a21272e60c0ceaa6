"""Fault tests on the real servers: workers killed, Redis, PostgreSQL, SMTP and IMAP going away."""
