"""What each dramatiq worker process imports: boot the runtime, then declare the actors.

``dsr worker`` runs ``dramatiq workers.worker_entry``; the parent has already started the
embedded Redis (if any) and put its URL in ``DSR_REDIS_URL`` for these children.
"""

from __future__ import annotations

from workers.logging import configure_logging
from workers.runtime import boot

configure_logging()
runtime = boot()

import workers.actors  # noqa: E402,F401  (declares every actor on the installed broker)

broker = runtime.broker
