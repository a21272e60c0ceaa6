"""Every actor of the product. Importing this package declares them on the current broker."""

from workers.actors.pipeline import (  # noqa: F401
    collect_connector,
    draft_answers,
    open_case,
    ping,
    recognise_messages,
    send_draft,
    start_collection,
    update_case,
)
