#!/usr/bin/env bash
# Install the system packages the tests need, only those missing (idempotent, no prompts).
#
#   make, python3-venv      to build .venv (make test)
#   redis-server            the private Redis of tests/harness/redis_server.py
#   dovecot-imapd           the private IMAP server of tests/harness/dovecot.py
#   openssl                 self-signed certificates for IMAPS and SMTP STARTTLS
#   chromium, chromium-driver  browser tests
#
# PostgreSQL is not installed here: CI and the project's machines already run it
# (tests/harness/postgres.py starts the local cluster with pg_ctlcluster when it is down).
# Needs root, or sudo without a password. A failed install fails the script.
set -euo pipefail

# `bootstrap.sh demo` needs only what the demo needs (a venv); the default is the test set.
mode="${1:-test}"

missing=()
need() { # need COMMAND PACKAGE: queue PACKAGE when COMMAND is not found
    if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$1" ] && [ ! -x "/usr/bin/$1" ]; then
        missing+=("$2")
    fi
}

if [ "$mode" = "test" ]; then
need make make
need redis-server redis-server
need dovecot dovecot-imapd
need doveadm dovecot-imapd
need openssl openssl
need chromium chromium
need chromedriver chromium-driver
fi
if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
    missing+=(python3-venv)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

# de-duplicate, keep order
mapfile -t packages < <(printf '%s\n' "${missing[@]}" | awk '!seen[$0]++')
echo "bootstrap: installing ${packages[*]}" >&2

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "bootstrap: missing ${packages[*]} and not root (no sudo): install them by hand" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

# Package services must not start on the machine's ports (no init here anyway).
policy=/usr/sbin/policy-rc.d
made_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod 755 "$policy"
    made_policy=1
fi
cleanup() { if [ "$made_policy" -eq 1 ]; then "${as_root[@]}" rm -f "$policy"; fi; }
trap cleanup EXIT

"${as_root[@]}" apt-get "${apt_opts[@]}" update
"${as_root[@]}" apt-get "${apt_opts[@]}" install "${packages[@]}"
echo "bootstrap: done" >&2
