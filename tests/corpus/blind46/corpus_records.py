"""Collects every record of the b46 corpus."""
import records_fr_requests
import records_fr_requests2
import records_fr_negatives
import records_en
import records_auto

MODULES = (records_fr_requests, records_fr_requests2, records_fr_negatives, records_en, records_auto)


def all_records():
    out = []
    for mod in MODULES:
        out.extend(mod.RECORDS)
    return out
