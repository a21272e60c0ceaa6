"""Aggregates every b27 record file into ALL."""
from rec_req_fr import RECORDS as _a
from rec_req_fr2 import RECORDS as _b
from rec_req_en import RECORDS as _c
from rec_neg_fr import RECORDS as _d
from rec_neg_fr2 import RECORDS as _e
from rec_neg_en import RECORDS as _f
from rec_neg_sys import RECORDS as _g

ALL = _a + _b + _c + _d + _e + _f + _g
