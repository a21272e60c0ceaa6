"""Collects every record list of the b30 corpus."""
import importlib

MODULES = [
    "records_req_fr_a",
    "records_req_fr_b",
    "records_req_multi",
    "records_req_en",
    "records_neg_fr",
    "records_neg_en",
    "records_neg_sys",
    "records_fwd_forms",
]
RECORDS = []
for _m in MODULES:
    RECORDS.extend(importlib.import_module(_m).RECORDS)
