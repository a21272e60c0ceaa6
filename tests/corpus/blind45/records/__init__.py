"""All records of the b45 corpus. Each record is a dict:

key        fr-... / en-... (language of the new text), unique
rights     list of rights exercised by the new text ([] = not a request to her)
sender     (display name, address) of the From header
to         "contact" | "orange" | (name, address); default chosen deterministically
subject    Subject header
body       the new text (signature included), without the quoted history
quote      optional quoted history: dict(style, sender, text, [to], [subject], [days])
           styles: gmail_fr apple_fr thunderbird_fr outlook_fr outlook_fr_old gmail_en gmail_uk
                   apple_en outlook_en fwd_fr fwd_tb_fr fwd_apple_fr fwd_en fwd_outlook_fr
reply      force In-Reply-To/References (reply_sender = the parent's author)
html       None (text/plain) | "alt" (multipart/alternative) | "only" (text/html); html_body overrides
cte        force the text parts' Content-Transfer-Encoding
headers    extra headers [(name, value)]; cc, reply_to; mua (X-Mailer/User-Agent); mid (Message-ID style)
attachments list of dict(type=pdf|png|csv|docx|json|txt, filename, text)
kind       "bounce" (multipart/report, with bounce=dict) | "rfc822" (forward as attachment, inner=dict)
auto       automatic mail (affects the hour of the Date only)
date       optional fixed local Paris time "YYYY-MM-DD HH:MM"
"""
from . import fr_requests_a, fr_requests_b, fr_requests_multi, en_requests
from . import fr_negatives_pro, fr_negatives_misc, en_negatives, extras

ALL_RECORDS = (fr_requests_a.RECORDS + fr_requests_b.RECORDS + fr_requests_multi.RECORDS
               + en_requests.RECORDS + fr_negatives_pro.RECORDS + fr_negatives_misc.RECORDS
               + en_negatives.RECORDS + extras.RECORDS)
