"""English-language hard negatives written by people."""
from mailkit import Q, SANDRA, CONTACT, SIG_SANDRA, SIG_SANDRA_SHORT
from common import nl_quote, NL_MARS, NL_RENTREE, NL_JANVIER, NL_MAI

RECORDS = []


def R(**kw):
    kw.setdefault("lang", "en")
    kw.setdefault("rights", [])
    RECORDS.append(kw)


# NEAR-LINE: thank-you above a quoted, handled access request -> negative.
R(key="en-neg-thanks-received-file-outlook", client="outlook",
  frm="Helen Foster <helen.foster@fosterlaw.co.uk>", date="2025-04-11 15:02",
  subject="RE: Your request for a copy of your data",
  body="""Dear Sandra,

Received, thank you – that was very quick.

Kind regards,
Helen

Helen Foster | Associate | Foster & Lane LLP
This message is confidential. If you are not the intended recipient, please delete it.""",
  quote=Q(frm=SANDRA, date="2025-04-11 10:00", lang="en", client="orange", body="""Dear Helen,

Please find attached a copy of all the personal data I hold about you, as requested on 28 March.

Best regards,
Sandra Delomenie""",
          quote=Q(frm="Helen Foster <helen.foster@fosterlaw.co.uk>", date="2025-03-28 09:15", client="outlook",
                  lang="en", body="""Dear Sandra,

Could you please send me a copy of all the personal data you hold about me?

Thanks,
Helen""")))

# NEAR-LINE: thank-you above a quoted, handled testimonial withdrawal -> negative.
R(key="en-neg-thanks-testimonial-removed-gmail", client="gmail",
  frm="Amy Collins <amy.collins.music@gmail.com>", date="2025-08-27 12:30",
  subject="Re: My testimonial",
  body="""Thanks for taking it down so quickly Sandra, really appreciate it! x""",
  quote=Q(frm=SANDRA, date="2025-08-27 09:05", lang="en", body="""Hi Amy,

Done – your testimonial has been removed from the website and the course page.

Sandra""",
          quote=Q(frm="Amy Collins <amy.collins.music@gmail.com>", date="2025-08-26 22:14",
                  body="""Hi Sandra, could you remove my testimonial from your site please? I'm no longer comfortable with it being public. Amy""")))

R(key="en-neg-cancel-workshop-booking-iphone", client="iphone", mime="plain",
  frm="Claire Dawson <claire.dawson@icloud.com>", date="2025-04-09 08:20",
  subject="Saturday workshop",
  body="""Hi Sandra, so sorry but I need to cancel my place at Saturday's workshop – my daughter's flight got moved. Please take me off the list and let me know about the next date.

Claire

Sent from my iPhone""")

R(key="en-neg-cancel-subscription-gmail", client="gmail",
  frm="Oliver Bennett <oliver.bennett.fr@gmail.com>", date="2025-10-03 18:40",
  subject="Cancel my monthly plan",
  body="""Hi Sandra,

I'd like to cancel my monthly subscription to the online programme from next month. Could you confirm there won't be another charge on my card?

Thanks,
Oliver""")

R(key="en-neg-password-reset-outlook", client="outlook_web",
  frm="Rachel Green <rachel.green.coach@outlook.com>", date="2025-11-24 19:55",
  subject="Can't access my account",
  body="""Hi,

I can't log into my course account – the password reset email never arrives. Could you reset it for me or resend the access link?

Thanks,
Rachel""")

# NEAR-LINE: "close my account" alone, no data mentioned -> negative.
R(key="en-neg-close-account-alone-proton", client="proton",
  frm="Mike Dunn <mike.dunn@proton.me>", date="2026-02-11 16:00",
  subject="Close my account",
  body="""Hi, please close my account on the course platform. I've finished the course. Thanks, Mike""")

# NEAR-LINE: "do I have the right" + "not asking now" -> question, negative.
R(key="en-neg-question-right-delete-notes", client="gmail",
  frm="Laura Hughes <laura.hughes.writer@gmail.com>", date="2025-06-18 10:35",
  subject="Quick question",
  body="""Hi Sandra,

Just out of curiosity: do I have the right to ask you to delete your session notes at the end of our coaching? I'm not asking now, I'd just like to understand how it works before we start.

Laura""")

# NEAR-LINE: hypothetical "if I switch coach later, could you transfer..." = a question about how a right works.
R(key="en-neg-question-portability-later", client="apple",
  frm="Karen Walsh <karen.walsh@me.com>", date="2025-09-08 14:40",
  subject="Before I sign up",
  body="""Hello Sandra,

Before I sign up for the six-month programme: if I move back to Ireland next year and switch to a local coach, would you be able to transfer my file to them? Just trying to understand my options.

Thanks,
Karen""")

# NEAR-LINE: question about whether consent can be withdrawn later -> negative.
R(key="en-neg-question-withdraw-photo-consent-later", cte="base64", html_cte="base64", client="outlook_mobile",
  frm="Paul Simmons <paul.simmons@live.co.uk>", date="2026-04-13 09:30",
  subject="Photo consent form for the teen workshop",
  body="""Hi Sandra,

If I sign the photo consent form for my son's workshop, can I withdraw it later if he changes his mind? He's 13 and a bit self-conscious.

Cheers,
Paul

Get Outlook for iOS""")

# NEAR-LINE: spouse asking for another living adult's file -> negative.
R(key="en-neg-wife-wants-husband-file", client="gmail",
  frm="Linda Hart <linda.hart.fr@gmail.com>", date="2025-07-16 21:20",
  subject="My husband's sessions",
  body="""Dear Sandra,

My husband David has been seeing you for a few months. He's been very withdrawn lately. Could you tell me what's in his file, or send me a copy? I think I have a right to know as his wife.

Linda""")

R(key="en-neg-manager-employee-assessment", client="outlook",
  frm="Stephen Clark <s.clark@clark-logistics.com>", date="2025-10-22 08:45",
  subject="Training assessment – Jake Morris",
  body="""Dear Ms Delomenie,

Could you please send me the assessment results and questionnaire answers for Jake Morris from last week's stress-management training? I'd like to review them ahead of his appraisal.

Regards,
Stephen Clark
Operations Manager, Clark Logistics France""")

# NEAR-LINE: daughter asking about her living mother's data -> negative.
R(key="en-neg-daughter-asks-mother-alive", client="gmail",
  frm="Sarah Webb <sarah.webb.uk@gmail.com>", date="2026-03-03 17:10",
  subject="My mother, Jean Webb",
  body="""Hello,

My mother Jean Webb (she's 81) goes to your monthly circle. I'm trying to help her with her paperwork from England. Could you tell me what personal details you hold on her and whether you have her bank details on file?

Many thanks,
Sarah Webb""")

R(key="en-neg-consent-testimonial-yes", client="iphone",
  frm="Grace Miller <grace.miller@icloud.com>", date="2025-05-27 13:13",
  subject="Re: Would you share a few words?",
  body="""Of course! You can use my testimonial with my first name, and the photo is fine too. Happy to help 🌷

Grace

Sent from my iPhone""",
  quote=Q(frm=SANDRA, date="2025-05-26 18:00", lang="en", body="""Dear Grace,

Would you be willing to let me publish a few words about your experience on my website? You can withdraw your consent at any time.

Sandra"""))

R(key="en-neg-consent-recording-session", client="gmail",
  frm="Ethan Cole <ethan.cole.fr@gmail.com>", date="2026-01-20 11:20",
  subject="Recording consent",
  body="""Hi Sandra,

Yes, I consent to the group session on the 27th being recorded for the replay. No problem at all.

Ethan""")

R(key="en-neg-deleted-worksheet-resend", client="gmail",
  frm="Zoe Adams <zoe.adams.art@gmail.com>", date="2025-03-14 20:50",
  subject="Worksheet",
  body="""Hi Sandra,

I deleted the "wheel of life" worksheet by mistake – could you resend it? Sorry!

Zoe""")

# NEAR-LINE: a copy of one invoice is billing, not an access request.
R(key="en-neg-copy-invoice", client="outlook_web",
  frm="Daniel Morgan <daniel.morgan@outlook.com>", date="2025-08-13 09:05",
  subject="Invoice copy",
  body="""Hi Sandra,

Could you send me a copy of the invoice for the July sessions? My employer reimburses part of it and I've lost the original email.

Thanks,
Daniel""")

R(key="en-neg-fwd-course-link-pricing", client="gmail", fwd=True,
  frm="Victoria Shaw <victoria.shaw@gmail.com>", date="2025-09-12 15:15",
  subject="Fwd: Fwd: Retrouver son élan – parcours en ligne",
  body="""Hello Sandra,

A friend forwarded me this (below). Is the online course available with English subtitles, and what's the price for the full programme?

Best,
Victoria""",
  quote=Q(frm="Kate Morris <kate.morris.fr@gmail.com>", date="2025-09-11 19:00", fwd=True, lang="en",
          to="Victoria Shaw <victoria.shaw@gmail.com>", subject="Fwd: Retrouver son élan – parcours en ligne",
          body="""Vic – this is the lady I told you about! K x""",
          quote=nl_quote(NL_RENTREE, "2025-09-03 07:30")))

# NEAR-LINE: copy of a CNIL complaint -> negative.
R(key="en-neg-cnil-complaint-told", client="outlook_web",
  frm="Gary Phillips <gary.phillips@hotmail.co.uk>", date="2025-12-09 22:15",
  subject="Complaint",
  body="""Ms Delomenie,

Just so you know, I have lodged a complaint with the CNIL about the way my request was handled. Here is the text I submitted:

"I asked Floraison de Soi for a copy of my data in October and received only part of it after six weeks."

Gary Phillips""")

R(key="en-neg-vendor-due-diligence", client="outlook",
  frm="Procurement – Nordic Pharma France <procurement.fr@nordicpharma.com>", date="2026-02-18 10:00",
  subject="Supplier GDPR questionnaire – training services",
  body="""Dear Supplier,

As part of our annual supplier due diligence, please complete the attached GDPR questionnaire (data processing, sub-processors, data retention, security measures) regarding the training services you provide to our French subsidiary.

Please return it by 15 March.

Best regards,
Procurement Team
Nordic Pharma France SAS""",
  attach=[dict(kind="docx", name="Supplier_GDPR_Questionnaire_2026.docx",
               lines=["Supplier GDPR Questionnaire", "Section 1 – Data processing activities"])])

# NEAR-LINE: the sender says she already unsubscribed herself via the link; she asks nothing of Sandra.
R(key="en-neg-already-unsubscribed-myself", client="gmail",
  frm="Fiona Reid <fiona.reid.fr@gmail.com>", date="2026-05-09 09:20",
  subject="Re: Cercle de juin & nouvelles du jardin 🌿",
  body="""Hi Sandra,

Just a note to say I've unsubscribed myself from the newsletter using the link – nothing personal, I'm simply drowning in emails! I'll still come to the June circle, see you on the 4th.

Fiona""",
  quote=nl_quote(NL_MAI, "2026-05-07 07:45"))

R(key="en-neg-spanish-replay-access", cte="base64", client="yahoo",
  frm="Carmen López <carmen.lopez@yahoo.es>", date="2025-06-27 13:30",
  subject="replay",
  body="""Hello Sandra,

How I can access to the replay of the webinar? I don't find the link in my space.

Thank you!
Carmen""")

R(key="en-neg-expat-mixed-reschedule-bottom", client="thunderbird", bottom=True,
  frm="Peter Lawson <peter.lawson@orange.fr>", date="2025-11-05 08:40",
  subject="Re: Rendez-vous de jeudi",
  body="""Sorry Sandra, my French fails me – could we move Thursday to Friday morning instead? Same time?

Peter""",
  quote=Q(frm=SANDRA, date="2025-11-04 18:20", body="""Bonjour Peter,

Je vous confirme notre rendez-vous jeudi 6 novembre à 10h au cabinet.

Sandra"""))
