"""Aggregates every record module of the b29 corpus."""
import rec_fr_req_a
import rec_fr_req_b
import rec_en_req
import rec_fr_neg_a
import rec_fr_neg_b
import rec_en_neg

ALL = (rec_fr_req_a.R + rec_fr_req_b.R + rec_en_req.R
       + rec_fr_neg_a.R + rec_fr_neg_b.R + rec_en_neg.R)
