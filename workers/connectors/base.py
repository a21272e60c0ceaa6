"""Shared behaviour of connectors: erasure planning, safe defaults for unsupported actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from flows.connectors import ActionResult, ResultStatus, not_supported
from flows.erasure import ActionKind, ErasureAction, plan
from flows.models import Record, Right


class BaseConnector:
    """Defaults: erasure lines from :func:`flows.erasure.plan`, manual steps elsewhere.

    Subclasses set ``system``, ``mode``, ``where`` (French place name of the system, used in
    "à faire à la main dans ...") and override what their system allows.
    """

    system: str = ""
    mode: str = ""
    where: str = ""

    def plan_erasure(self, records: Sequence[Record]) -> list[ErasureAction]:
        own = [r for r in records if r.system == self.system]
        return plan(own, [Right.ERASURE]).lines

    def erase(self, actions: Sequence[ErasureAction], dry_run: bool = True) -> list[ActionResult]:
        """Execute this system's lines: "keep" lines are skipped, the others go to
        :meth:`_erase_one`, which subclasses override for what their system allows."""
        results: list[ActionResult] = []
        for action in actions:
            if action.system != self.system:
                continue
            if not action.changes_data:
                results.append(skipped(action))
            else:
                results.extend(self._erase_one(action, dry_run))
        return results

    def _erase_one(self, action: ErasureAction, dry_run: bool) -> list[ActionResult]:
        """One line that changes data; by default a manual step in the system itself."""
        return [not_supported(self.system, action.record_id, action.action, self.where)]

    def restrict(self, records: Sequence[Record], dry_run: bool = True) -> list[ActionResult]:
        return [
            not_supported(self.system, r.id, ActionKind.RESTRICT, self.where)
            for r in records
            if r.system == self.system
        ]

    def rectify(
        self, record: Record, changes: Mapping[str, Any], dry_run: bool = True
    ) -> list[ActionResult]:
        return [not_supported(self.system, record.id, "rectify", self.where)]



def skipped(action: ErasureAction) -> ActionResult:
    """Result of a "keep" line: nothing to execute, the reason is repeated."""
    return ActionResult(
        system=action.system,
        record_id=action.record_id,
        action=action.action,
        status=ResultStatus.SKIPPED,
        message=action.reason,
    )


def done(action: ErasureAction | None, system: str, record_id: str, kind: str, dry_run: bool,
         message: str) -> ActionResult:
    """Result of an executed (or, with ``dry_run``, simulated) action."""
    return ActionResult(
        system=system,
        record_id=record_id,
        action=kind,
        status=ResultStatus.DRY_RUN if dry_run else ResultStatus.DONE,
        message=("(simulation) " if dry_run else "") + message,
    )
