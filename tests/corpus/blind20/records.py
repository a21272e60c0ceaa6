"""All b20 message records, gathered from the four record files.
Each record: key, lang, rights (labels), frm, subj, body, and optional to/cc/reply_to/irt/headers/
fmt ('plain' | 'alt' | 'html')/cte/att (file names or an attached message dict)/raw (full raw message)."""
from recs_fr_req import L as FR_REQ
from recs_en_req import L as EN_REQ
from recs_fr_neg import L as FR_NEG
from recs_en_neg import L as EN_NEG

RECORDS = FR_REQ + EN_REQ + FR_NEG + EN_NEG
