# English messages that ARE requests to Sandra (rights non-empty).
from recbase import R, Q, SANDRA, SANDRA_O, NEWS, FORM

RECORDS = [

# ------------------------------------------------------------------ access
R("en-acc-what-you-hold", "Rachel Whitmore <rachel.whitmore@gmail.com>",
  "Information you hold about me",
"""Hello Sandra,

I attended your online course on resilience last spring. Could you let me know what personal information you still hold about me, and send me a copy of it?

Many thanks,
Rachel Whitmore""", ["access"]),

R("en-acc-session-notes", "Daniel O'Connor <dan.oconnor@outlook.com>",
  "Copy of my coaching notes",
"""Hi Sandra,

Hope all is well in Issoudun. I'm putting together a sort of personal journal of the last two years and I'd love to have the notes you took during our sessions (Oct 2024 to Feb 2025). Would you be able to send me a copy?

Cheers,
Dan""", ["access"]),

R("en-acc-non-native-shared", "Katarzyna Nowak <k.nowak@wp.pl>",
  "question about my datas",
"""Hello Madam,

I was in your workshop in Issoudun during my Erasmus. Now I receive emails from a coaching company in Paris that says it is your partner. Please can you tell me to who you have give my datas and what datas you have from me?

Thank you and best regards
Katarzyna Nowak""", ["access"]),

R("en-acc-dsar-formal", "Jonathan Reeves <j.reeves@reeves-consulting.co.uk>",
  "Subject Access Request - Jonathan Reeves",
"""Dear Ms Dumot-Deloménie,

Under Article 15 of the GDPR I am requesting a copy of all personal data you process about me, together with the purposes of processing, the recipients, the retention period and the source of any data not collected from me.

Please find attached a copy of my passport for identification.

Kind regards,
Jonathan Reeves
Reeves Consulting Ltd

This email and any attachments are confidential and intended solely for the addressee.""",
  ["access"], exchange=True, att=[("pdf", "passport_Reeves.pdf", "Passport - REEVES Jonathan - GBR")]),

# ---------------------------------------------------------- rectification
R("en-rect-new-email", "Emma Lindqvist <emma.lindqvist@icloud.com>",
  "Please update my email address",
"""Hi Sandra,

My old address emma.l@telia.se is going to be closed next month. Could you please replace it with this one (emma.lindqvist@icloud.com) in your records and on the course platform?

Thanks so much!
Emma""", ["rectification"]),

R("en-rect-wrong-company", "Michael Tan <michael.tan@gmail.com>",
  "Wrong details on my file",
"""Hello,

I noticed the attendance certificate lists my employer as "Tanner Logistics". It should be "Tan & Partners Logistics" and my surname is Tan, not Tanner. Could you fix this in your records so future documents are right?

Regards,
Michael Tan""", ["rectification"]),

R("en-rect-remove-old-phone", "Grace Mbeki <grace.mbeki@yahoo.co.uk>",
  "old number",
"""Hi, please delete my old mobile (+44 7700 900412) from your contacts, I don't have it anymore. My new one is +33 6 44 18 72 90 since I moved to France. Thanks! Grace""", ["rectification"]),
# NEAR-LINE: "delete my old mobile" with the new number given -> rectification only.

# ---------------------------------------------------------------- erasure
R("en-era-delete-everything", "Oliver Grant <oliver.grant@gmail.com>",
  "Please delete my data",
"""Hi Sandra,

Would you mind deleting all the personal data you have on me? I've finished the program and I'd rather not leave anything lying around.

Thanks,
Oliver""", ["erasure"]),

R("en-era-account-and-data", "Priya Raman <priya.raman@hotmail.com>",
  "Delete my account and all my data",
"""Hello,

Please delete my account on your training platform and all my data with it. Confirmation by email would be appreciated.

Priya""", ["erasure"]),

R("en-era-non-native", "Luca Bianchi <luca.bianchi@libero.it>",
  "cancellation of my informations",
"""Good morning,

I was client of you in 2023 for three sessions. I ask you kindly to cancel all my informations from your archive, paper and computer, I don't want they remain.

Best regards
Luca Bianchi""", ["erasure"]),
# NEAR-LINE: "cancel my informations from your archive" (Italian calque) means deletion of data, not cancelling a booking -> erasure.

R("en-era-forget-me", "Sarah Kowalski <sarah.kowalski@proton.me>",
  "Right to be forgotten",
"""Dear Sandra,

I'm exercising my right to be forgotten. Please erase my name, contact details, questionnaires and anything else you keep on me, and confirm once done.

Sarah Kowalski""", ["erasure"]),

# ------------------------------------------------------------ restriction
R("en-res-dispute", "Thomas Whitfield <tom.whitfield@gmail.com>",
  "Hold my file please",
"""Hi Sandra,

Until we've sorted out the disagreement about the refund, please don't delete anything in my file, but also don't use it for anything. Just keep it as it is.

Tom""", ["restriction"]),

R("en-res-contest-accuracy", "Ingrid Haugen <ingrid.haugen@gmail.com>",
  "Inaccurate notes",
"""Dear Sandra,

Some of what was written in my intake form about my family history is not accurate. I'd like us to go through it together. In the meantime, please stop using that form for anything.

Best,
Ingrid""", ["restriction"]),
# NEAR-LINE: contests accuracy and pauses processing, no corrected value given -> restriction only.

R("en-res-freeze-legal", "Mark Donnelly <mark.donnelly@donnelly-hr.ie>",
  "Please preserve my records",
"""Dear Ms Delomenie,

I may need the records of my career-transition sessions for an employment tribunal. Please do not erase them when the retention period ends, and please do not process them further in the meantime - just preserve them.

Kind regards,
Mark Donnelly""", ["restriction"]),

R("en-res-on-ice", "Hannah Schulz <hannah.schulz@web.de>",
  "Put my data on ice?",
"""Hi Sandra,

I'm taking a break from coaching for a while. Could you put my data "on ice" - not deleted, since I may come back next year, but not used in any way until then (no follow-ups, no surveys)?

Thanks a lot,
Hannah""", ["restriction"]),

# ------------------------------------------------------------ portability
R("en-por-machine-readable", "Kevin Moore <kevin.moore@gmail.com>",
  "Data export",
"""Hi,

Could you send me the data I entered on the course platform (profile, goals tracker, journal entries) in a machine-readable format like CSV or JSON? I want to load it into my own tracking app.

Thanks,
Kevin""", ["portability"]),

R("en-por-new-coach", "Amelia Foster <amelia.foster@btinternet.com>",
  "Transferring my file to my new coach",
"""Dear Sandra,

I'm moving back to the UK and will continue with a coach in Bristol, Lucy Harding (lucy@hardingcoaching.co.uk). Would you be able to send my file directly to her electronically so we don't have to start from scratch?

With gratitude,
Amelia""", ["portability"]),

R("en-por-art20", "Stefan Müller <stefan.mueller@gmx.de>",
  "Article 20 request",
"""Dear Madam,

Pursuant to Article 20 GDPR, please provide the personal data I have provided to you in a structured, commonly used and machine-readable format.

Yours faithfully,
Stefan Müller""", ["portability"]),

R("en-por-reusable-hr", "Claire Benson <claire.benson@gmail.com>",
  "My assessment results",
"""Hello Sandra,

The new training provider my company switched to asks whether I can bring over my assessment results from your course. Could you export them for me in a format they can import (spreadsheet is fine)?

Best wishes,
Claire""", ["portability"]),
# NEAR-LINE: her own results exported for reuse by another provider -> portability, not access.

# -------------------------------------------------------------- objection
R("en-obj-unsubscribe", "Peter Hall <peter.hall@gmail.com>",
  "Re: Floraison de Soi - Summer newsletter",
"""Please take me off this list.

Sent from my iPhone""", ["objection"],
  quote=Q("en", """Floraison de Soi - Summer newsletter

Dear friends,
Summer is here! Our online workshops continue in July, in English and French...

Unsubscribe | Manage preferences""", who=NEWS)),

R("en-obj-no-marketing-calls", "Olga Petrova <olga.petrova@mail.ru>",
  "No more offers please",
"""Hello,

I don't want any more marketing from you, not by email and not by phone. Please stop contacting me with offers.

Olga""", ["objection"]),

R("en-obj-profiling", "Jasper de Vries <jasper.devries@ziggo.nl>",
  "Tracking in your emails",
"""Hi Sandra,

I see your newsletters contain tracking pixels and the links are personalised. I don't mind receiving the newsletter, but I object to you tracking my opens and clicks and building a profile of my interests from them.

Regards,
Jasper""", ["objection"]),
# NEAR-LINE: keeps the newsletter but objects to profiling -> objection.

R("en-obj-stats", "Fiona McLeod <fiona.mcleod@gmail.com>",
  "Feedback form",
"""Hi Sandra, I filled in the end-of-course feedback but please don't include my answers in your statistics or reports. Thanks, Fiona""", ["objection"], cte="7bit"),

# --------------------------------------------------------- withdraw_consent
R("en-wc-testimonial", "Natalie Cross <natalie.cross@gmail.com>",
  "My testimonial on your website",
"""Hi Sandra,

I wrote a testimonial for you back in 2023 which is on your website and your Systeme.io sales page. I'd like to withdraw it now - my circumstances have changed and I'd prefer it wasn't public.

Thank you for understanding,
Natalie""", ["withdraw_consent"]),

R("en-wc-zoom-recording", "Ahmed Khalil <ahmed.khalil@outlook.com>",
  "Recording of the webinar",
"""Hello,

I agreed to be recorded during the Q&A of last week's webinar, but I have changed my mind. Please don't use the part of the recording where I appear in the replay.

Best regards,
Ahmed""", ["withdraw_consent"]),

R("en-wc-photo-instagram", "Chloe Bennett <chloe.bennett@icloud.com>",
  "photo",
"""hey sandra! that photo from the retreat on your instagram, the one by the river - i said yes at the time but could you take it down please? not comfortable with it being out there anymore. thank you xx""", ["withdraw_consent"]),

R("en-wc-research-questionnaire", "Liam Murphy <liam.murphy@gmail.com>",
  "Use of my questionnaire answers",
"""Dear Sandra,

I consented to my questionnaire answers being used (anonymised) for the study you're writing with the university. I now withdraw that consent.

Regards,
Liam Murphy""", ["withdraw_consent"]),

# ------------------------------------------------------------ post_mortem
R("en-pm-son-mother", "David Hughes <david.hughes@gmail.com>",
  "My late mother, Margaret Hughes",
"""Dear Ms Delomenie,

I'm writing to let you know that my mother, Margaret Hughes, passed away in February. She attended your workshops while she lived in the Indre. As her executor, I'd like her account closed and her details removed from your mailing list and records.

The death certificate is attached.

Yours sincerely,
David Hughes""", ["post_mortem"],
  att=[("pdf", "death_certificate_Hughes.pdf", "Certificate of death - Margaret HUGHES")]),

R("en-pm-own-instructions", "Patricia Lowe <patricia.lowe@gmail.com>",
  "Instructions for after I'm gone",
"""Dear Sandra,

Following our last conversation, I'd like to leave clear instructions: after my death, please delete my session notes and don't share anything with my family. My friend Janet Price (janet.price@gmail.com) knows my wishes and can confirm them.

Warmly,
Patricia""", ["post_mortem"]),

R("en-pm-widow-access", "Margaret Ellis <margaret.ellis@btinternet.com>",
  "My husband's coaching sessions",
"""Dear Sandra,

My husband Robert died suddenly in the autumn. I found your invoices among his papers. I would be grateful to know what he discussed with you or wrote down in your sessions, if you are able to share anything with me as his widow.

Kind regards,
Margaret Ellis""", ["post_mortem"]),

R("en-pm-daughter-unsubscribe", "Laura Bennett <laura.bennett@gmail.com>",
  "Emails to my dad",
"""Hi, my dad Graham Bennett died last month and your newsletters keep arriving in his inbox, which we're managing. Could you stop sending them? Thank you. Laura""", ["post_mortem"]),
# NEAR-LINE: an unsubscribe written by the daughter after the death -> post_mortem only.

# ---------------------------------------------------------------- multi-right
R("en-multi-see-and-export", "Naomi Clarke <naomi.clarke@gmail.com>",
  "What do you have on me + export",
"""Hello Sandra,

Could you tell me what data you hold about me, and also send it to me as a CSV or similar file that I can reuse?

Thanks,
Naomi""", ["access", "portability"]),

R("en-multi-testimonial-erase", "Ben Carter <ben.carter@yahoo.com>",
  "Remove my testimonial and delete my data",
"""Hi Sandra,

Please remove my video testimonial from your sales page, and delete all the data you have about me as well.

Thanks,
Ben""", ["erasure", "withdraw_consent"]),

R("en-multi-copy-and-hold", "Victoria Lang <victoria.lang@lang-law.co.uk>",
  "Re: Your request",
"""Sandra,

Thanks for getting back to me. To be clear: I want a full copy of my file, and until I've reviewed it, please don't alter, use or delete anything in it.

Victoria""", ["access", "restriction"],
  quote=Q("en", """Dear Victoria,

Thank you for your message. Could you tell me a little more about what you would like me to do with your file?

Best regards,
Sandra""", who=SANDRA)),

R("en-multi-unsub-erase", "George Harris <george.harris@hotmail.co.uk>",
  "Stop emails and erase",
"""Stop sending me marketing emails and erase my contact details from your system, please.

G. Harris""", ["erasure", "objection"]),

R("en-multi-transfer-delete", "Sofia Almeida <sofia.almeida@sapo.pt>",
  "Move my file then delete",
"""Hi Sandra,

Please send my coaching file in digital form to my new coach in Lisbon (ana.ribeiro@coachlisboa.pt) and then delete it on your side.

Obrigada!
Sofia""", ["erasure", "portability"]),

R("en-multi-see-correct", "Rebecca Stone <rebecca.stone@gmail.com>",
  "Checking my details",
"""Hello,

Please send me a copy of the personal details you have for me. I think my surname is misspelled as "Stones" and my postcode is wrong - it's 36100, not 36000. Please correct both.

Rebecca Stone""", ["access", "rectification"]),

]
