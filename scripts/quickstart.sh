#!/usr/bin/env bash
# The README's two commands:
#   bash scripts/quickstart.sh demo   the product on its embedded defaults, then it stops
#   bash scripts/quickstart.sh test   the whole test suite against real servers (what CI runs)
# Each installs what is missing first: system packages (scripts/bootstrap.sh) and .venv.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
what="${1:-}"
shift || true
case "$what" in
    demo)
        bash scripts/bootstrap.sh demo
        if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
        if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
            .venv/bin/python -m pip install -q --disable-pip-version-check -e .
            touch .venv/.installed
        fi
        exec .venv/bin/dsr demo "$@"
        ;;
    test)
        bash scripts/bootstrap.sh test
        exec make test "$@"
        ;;
    *)
        echo "usage: bash scripts/quickstart.sh demo|test" >&2
        exit 2
        ;;
esac
