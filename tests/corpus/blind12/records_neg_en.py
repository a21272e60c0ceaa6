# -*- coding: utf-8 -*-
"""English messages that do NOT exercise a right addressed to her (labels empty)."""

SP = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SO = "Sandra Delomenie <sandra.delomenie@orange.fr>"

from records_req_en import NL_EN  # noqa: E402

LU = lambda url, mail=None: [("List-Unsubscribe", f"<{url}>" + (f", <mailto:{mail}>" if mail else "")),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                              ("Precedence", "bulk")]
AUTO = [("Auto-Submitted", "auto-generated")]

RECORDS = [
dict(key="en_neg_duplicate_booking", lang="en", rights=[],
     frm="Rachel Holloway <rachel.holloway@gmail.com>",
     subj="Duplicate booking - please delete one",
     body="""Hi Sandra,

I think I booked Thursday's 6pm session twice (my wifi dropped halfway through). Could you delete the duplicate booking and refund the second payment?

Thanks!
Rachel"""),

dict(key="en_neg_export_calendar", lang="en", rights=[],
     frm="Tom Whitaker <tom.whitaker@outlook.com>",
     subj="Export the circle dates to my calendar?",
     body="""Hey Sandra,

Is there a way to export all the Thursday circle dates to my Outlook calendar? An .ics file would be perfect - I keep missing them because of the time difference.

Cheers,
Tom"""),

dict(key="en_neg_invoice_typo", lang="en", rights=[],
     frm="Accounts Payable - Northwind Consulting <ap@northwind-consulting.co.uk>",
     subj="Invoice FDS-2025-142 - VAT number typo",
     body="""Dear Ms Delomenie,

Thank you for invoice FDS-2025-142 for the leadership workshop. Our VAT number is shown as GB 123 4567 89 instead of GB 123 4576 89, and the PO number is missing. Could you please correct the typo and reissue the invoice so we can process payment?

Kind regards,
Accounts Payable
Northwind Consulting Ltd"""),

dict(key="en_neg_withdraw_workshop", lang="en", rights=[],
     frm="Hannah Brooks <hannah.brooks@gmail.com>",
     subj="Withdrawing from the autumn retreat",
     body="""Hi Sandra,

I'm so sorry but I need to withdraw from the autumn retreat - my mum is having surgery that weekend. Is it possible to transfer my place to a friend, or to keep the deposit as credit for spring?

Hannah"""),

dict(key="en_neg_certificate_copy", lang="en", rights=[],
     frm="Priya Natarajan <priya.natarajan@gmail.com>",
     subj="Copy of my certificate",
     body="""Dear Sandra,

Could you send me a copy of my certificate of completion for the online programme? My professional body is asking for proof of CPD hours and I can't find the original email.

Many thanks,
Priya"""),

# NEAR-LINE: an assistant asks to unsubscribe her boss (another living adult) -> negative.
dict(key="en_neg_unsubscribe_boss", lang="en", rights=[],
     frm="Amy Carter - PA to Peter Vance <amy.carter@vance-ltd.com>",
     subj="Mailing list",
     body="""Hello,

I manage Mr Vance's inbox. Could you please unsubscribe him from your mailing list? He receives a lot of newsletters and has asked me to clear them out.

Best regards,
Amy Carter
PA to the Managing Director"""),

dict(key="en_neg_unsubscribe_husband_workshop", lang="en", rights=[],
     frm="Melissa Grant <melissa.grant@gmail.com>",
     subj="Unsubscribe Dan from Saturday",
     body="""Hi Sandra, my husband Dan won't make it to the couples' workshop on Saturday after all (work trip). Can you unsubscribe him and I'll come alone? Thanks, Melissa"""),

dict(key="en_neg_partner_gdpr", lang="en", rights=[],
     frm="Jo Turner - Wildflower Retreats <jo@wildflower-retreats.co.uk>",
     subj="Joint retreat - GDPR paperwork",
     body="""Hi Sandra,

Exciting to be co-hosting the May retreat! Our insurer wants to know how we'll handle participants' health forms under GDPR. Are you GDPR compliant on your side - do you have a privacy notice and a data processing agreement template we could use? I'd suggest we each keep our own bookings and delete the shared spreadsheet after the retreat.

Jo"""),

dict(key="en_neg_student_gdpr_question", lang="en", rights=[],
     frm="Lucy Harper <lucy.harper@gmail.com>",
     subj="Question from module 4 (ethics)",
     body="""Hi Sandra,

Quick question after module 4: if one of MY future clients asks me for a copy of their data, do I have to include my own handwritten session notes? And can I charge for it? I'm setting up my practice in Ireland and want to get it right.

Thanks for a brilliant module,
Lucy"""),

dict(key="en_neg_it_migration", lang="en", rights=[],
     frm="Ravi Shah <ravi@shah-it-support.com>",
     subj="Mailbox migration - data retention",
     body="""Hi Sandra,

The migration of your mailbox to the new host is scheduled for Sunday night. All folders will be copied; I'll delete the data from the old server 30 days after the move, once we've checked everything is there. If you want any old client folders purged rather than migrated, tell me before Friday.

Ravi""", shape="alt"),

dict(key="en_neg_how_right_works", lang="en", rights=[],
     frm="Andrew Sykes <andrew.sykes@gmail.com>",
     subj="Your privacy policy",
     body="""Hi Sandra,

Just reading your privacy policy - out of curiosity, how does the right to data portability work for coaching? Is it just the forms we fill in, or the session notes too? Not asking for anything, just interested.

Andrew"""),

dict(key="en_neg_cnil_complaint_copy", lang="en", rights=[],
     frm="Kevin Doyle <kevin.doyle@eircom.net>",
     subj="FW: Complaint lodged with the CNIL",
     body="""For your information, see below the complaint I've filed with the CNIL.

Kevin Doyle""",
     quote=dict(style="fwd", who="CNIL <ne-pas-repondre@cnil.fr>", to="kevin.doyle@eircom.net",
                subj="Accusé de réception de votre plainte n° 25-112847",
                text="""Madame, Monsieur,

Nous accusons réception de votre plainte enregistrée sous le numéro 25-112847 concernant l'organisme FLORAISON DE SOI. Elle sera instruite par nos services.

La CNIL""")),

# NEAR-LINE: sister of a living adult asks about her data -> negative.
dict(key="en_neg_sister_data", lang="en", rights=[],
     frm="Olivia Reyes <olivia.reyes@gmail.com>",
     subj="My sister Isabel",
     body="""Hi Sandra,

My sister Isabel is a client of yours. She's been struggling and our family is worried. Could you tell us what she's been discussing with you, or share her notes? We only want to help her.

Olivia"""),

dict(key="en_neg_cancel_subscription", lang="en", rights=[],
     frm="Sofia Martins <sofia.martins@gmail.com>",
     subj="Cancel my monthly membership",
     body="""Hi Sandra,

Please cancel my monthly membership to the online circle from next month - money's tight at the moment. I hope to come back later in the year.

Sofia"""),

dict(key="en_neg_close_account_only", lang="en", rights=[],
     frm="Lauren Kim <laurenkim.designs@gmail.com>",
     subj="close account",
     body="""hi Sandra, can you close my account on the course site? I finished everything. thanks!! lauren"""),

dict(key="en_neg_password_reset", lang="en", rights=[],
     frm="Jonas Weber <jonas.weber@posteo.de>",
     subj="Can't access my account",
     body="""Hello,

I can't access my account on the course platform - the password reset email never arrives (checked spam). Could you reset it for me?

Jonas"""),

dict(key="en_neg_copy_slides", lang="en", rights=[],
     frm="Michael Osei <michael.osei@gmail.com>",
     subj="Copy of the slides?",
     body="""Hi Sandra,

Could I get a copy of the slides from Tuesday's session, especially the one with the window of tolerance diagram? And is the replay available yet?

Michael"""),

dict(key="en_neg_thanks_above_request", lang="en", rights=[],
     frm="Sarah Jennings <sarah.jennings@hotmail.com>",
     subj="RE: My testimonial on your site",
     body="""Perfect, thank you so much Sandra - that was quick! Best of luck with everything.

Sarah""",
     quote=dict(style="outlook", who=SP, text="""Dear Sarah,

Your testimonial has been removed from the website and from Instagram. Thank you for letting me know, and all the best in your new job.

Sandra

-----Original Message-----
From: Sarah Jennings
Would you mind taking down my testimonial from your website and Instagram?""")),

dict(key="en_neg_thanks_newsletter", lang="en", rights=[],
     frm="Janet Fowler <janet.fowler@yahoo.co.uk>",
     subj="Re: Online circle \"Coming home to yourself\"",
     body="""What a lovely letter, Sandra. I've signed up for the Thursday circle - see you there!
Janet""",
     quote=dict(style="gmail", who=SP, text=NL_EN)),

dict(key="en_neg_autoreply", lang="en", rights=[],
     frm="Daniel Ashworth <d.ashworth@ashworth-law.co.uk>",
     subj="Automatic reply: Session summary - accuracy",
     body="""Thank you for your email. I am out of the office until 2 September with limited access to email. For urgent matters please contact reception on +44 20 7946 0000.

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please delete it and notify the sender.""",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

dict(key="en_neg_bounce_gmail", lang="en", rights=[],
     frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
     subj="Delivery Status Notification (Failure)",
     kind="bounce",
     body="""** Address not found **

Your message wasn't delivered to b.carter@northwind-consulting.co.uk because the address couldn't be found, or is unable to receive mail.""",
     dsn="""Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; b.carter@northwind-consulting.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
     orig=dict(to="b.carter@northwind-consulting.co.uk", subj="Online circle \"Coming home to yourself\"", text=NL_EN),
     to=SP, extra=AUTO),

dict(key="en_neg_stripe_payout", lang="en", rights=[],
     frm="Stripe <notifications@stripe.com>",
     subj="Your payout of €1,240.00 is on the way",
     body="""Your payout of €1,240.00 EUR is on the way to your bank account ending in 0417.

Expected arrival: 14 March 2025

View payout details in your Dashboard.""", shape="alt", extra=AUTO),

dict(key="en_neg_zoom_account", lang="en", rights=[],
     frm="Zoom <no-reply@zoom.us>",
     subj="Your recordings will be deleted in 7 days",
     body="""Hi Sandra,

The following cloud recordings will be permanently deleted in 7 days according to your account's retention policy:
- "Coming home to yourself - circle #12"
- "Coming home to yourself - circle #13"

To keep them, download them before the deletion date.""", shape="html", extra=AUTO),

dict(key="en_neg_google_workspace_terms", lang="en", rights=[],
     frm="Google Workspace <workspace-noreply@google.com>",
     subj="[Action advised] Review the updated Cloud Data Processing Addendum",
     body="""Dear Administrator,

We're updating the Cloud Data Processing Addendum (CDPA) for Google Workspace, effective 1 March 2026. The update reflects changes to our list of subprocessors and international data transfer mechanisms under the GDPR.

No action is required to continue using the services. You can review the updated terms in the Admin console.""",
     to="admin@floraisondesoi.fr", shape="alt", extra=AUTO),

dict(key="en_neg_calendly_reschedule", lang="en", rights=[],
     frm="Calendly <notifications@calendly.com>",
     subj="Rescheduled: Emma Lindqvist - Session (60 min)",
     body="""Hi Sandra,

Emma Lindqvist has rescheduled their event.
Former: Tuesday, 8 April 2025, 10:00
New: Wednesday, 9 April 2025, 17:00 (Central European Time)
Reason: "Sorry, clash with a work call."

View event in Calendly.""", shape="html", extra=AUTO),

dict(key="en_neg_newsletter_icf", lang="en", rights=[],
     frm="Coaching Today <news@coachingtoday-mag.com>",
     subj="This week: data protection for coaches, supervision myths, and more",
     body="""In this issue:
- Client notes and GDPR: how long should you keep them, and what to do when a client asks for their data
- Five supervision myths
- Upcoming webinars

You are receiving this because you subscribed at coachingtoday-mag.com. Unsubscribe | Update preferences""",
     shape="alt", extra=LU("https://coachingtoday-mag.com/unsubscribe?id=9911", "unsubscribe@coachingtoday-mag.com")),

dict(key="en_neg_phishing_gdpr", lang="en", rights=[],
     frm="GDPR Compliance Office <notice@eu-gdpr-registry.org>",
     subj="Final notice: register your business with the EU GDPR Registry",
     body="""Dear Business Owner,

Our records show that FLORAISON DE SOI has not yet registered with the EU GDPR Data Controller Registry. Unregistered controllers may face fines of up to €20,000,000.

Complete your registration (€495 annual fee) within 5 working days: http://eu-gdpr-registry.org/register

GDPR Compliance Office""", shape="html"),

dict(key="en_neg_spam_leads", lang="en", rights=[],
     frm="Growth Team <hello@leadboost-agency.io>",
     subj="Sandra, 50 new coaching clients next month?",
     body="""Hi Sandra,

We help coaches like you get 50+ qualified leads a month with GDPR-compliant email lists. Every contact has opted in, so there's no risk.

Can I send you a quick 2-minute video?

Reply "remove" if you'd rather not hear from us again.""",
     extra=LU("https://leadboost-agency.io/unsub/ss91")),

dict(key="en_neg_sandra_sent_reply_access", lang="en", rights=[],
     frm=SP, to="Priya Natarajan <priya.natarajan@gmail.com>",
     subj="Re: Subject Access Request",
     body="""Dear Priya,

Further to your request of 2 June, please find attached a copy of the personal data I hold about you, together with the purposes, recipients and retention periods. Let me know if you have any questions.

Kind regards,
Sandra Delomenie
Floraison de Soi""",
     att=["Natarajan_donnees_personnelles.pdf"],
     quote=dict(style="gmail", who="Priya Natarajan <priya.natarajan@gmail.com>", to=SP,
                text="""Dear Ms Delomenie,

Under Article 15 of the GDPR, I am requesting a copy of all personal data you hold about me...""")),

dict(key="en_neg_sandra_sent_welcome", lang="en", rights=[],
     frm=SP, to="Dev Patel <dev.patel@gmail.com>",
     subj="Welcome to \"Coming home to yourself\"",
     body="""Dear Dev,

Welcome to the programme! Your access to the course space is now open. You can update your details, download your worksheets or delete your journal entries at any time from your profile page.

If you have any questions about how I handle your data, my privacy policy is here: https://floraisondesoi.fr/confidentialite

Warmly,
Sandra""", shape="alt"),

dict(key="en_neg_info_request", lang="en", rights=[],
     frm="Grace Whitmore <grace.whitmore@gmail.com>",
     subj="Coaching in English?",
     body="""Hello Sandra,

I'm a British expat living near Bourges and a friend recommended you. Do you offer coaching sessions in English, and how do you store session notes? I'm a private person so I like to know before I start.

Best,
Grace"""),

dict(key="en_neg_caption_typo", lang="en", rights=[],
     frm="Abigail Turner <abigail.turner@gmail.com>",
     subj="Typo in your post",
     body="""Hi Sandra! Loved the post about the summer circle. Tiny thing: in the caption you wrote "summer cirlce" - could you correct the typo? Otherwise beautiful photos, happy for them to stay up!

Abi"""),

dict(key="en_neg_send_data_to_supervisor", lang="en", rights=[],
     frm="Marcus Bell <marcus.bell@gmail.com>",
     subj="Consent to share with my GP",
     body="""Hi Sandra,

As discussed, I'm happy for you to share the summary of our sessions with my GP, Dr Hughes (surgery@elmfieldpractice.nhs.uk). This is my written consent.

Marcus"""),

# NEAR-LINE: asks how to use the delete button on her own forum post -> how-to question, negative.
dict(key="en_neg_delete_my_comment_forum", lang="en", rights=[],
     frm="Chris Ingram <chris.ingram@gmail.com>",
     subj="Community forum",
     body="""Hi Sandra,

How do I delete a comment I posted in the course community forum? I posted the same question twice by mistake. I can edit it but I can't find the delete button.

Chris"""),

dict(key="en_neg_forwarded_article", lang="en", rights=[],
     frm="Emma Lindqvist <emma.lindqvist@gmail.com>",
     subj="Fwd: The right to be forgotten - explained",
     body="""Thought of you when I read this, given your module on ethics! x Emma""",
     quote=dict(style="fwd", who="The Digest <digest@longreads-weekly.com>", to="emma.lindqvist@gmail.com",
                subj="The right to be forgotten - explained",
                text="""What happens to your data when you ask a company to forget you? We asked lawyers, engineers and one very patient data protection officer.

Read more: https://longreads-weekly.com/right-to-be-forgotten""")),

dict(key="en_neg_venue_invoice", lang="en", rights=[],
     frm="The Old Mill Retreat Centre <bookings@oldmill-retreats.fr>",
     subj="Booking confirmation - May retreat - please correct guest list",
     body="""Dear Sandra,

Thank you for your booking for 16-18 May. Please send us the corrected guest list (names and dietary requirements only) by 1 May. We will delete the list after your stay in line with our privacy policy.

Kind regards,
Reception""", shape="alt"),

dict(key="en_neg_linkedin", lang="en", rights=[],
     frm="LinkedIn <messages-noreply@linkedin.com>",
     subj="Marcus Bell has sent you a message",
     body="""Marcus Bell: "Hi Sandra, would you be open to speaking at our HR away-day about wellbeing? Happy to share details."

View message""",
     shape="html", extra=AUTO),

dict(key="en_neg_student_case_study", lang="en", rights=[],
     frm="Helen Parker <helen.parker@gmail.com>",
     subj="Module 6 assignment - erasure scenario",
     body="""Hi Sandra,

Attached is my assignment for module 6. For the scenario where a client asks us to erase their notes and also withdraw their testimonial, I argued we must keep the invoices but delete the rest within a month. I wasn't sure about backups - do we have to delete those too?

Helen""", att=["Parker_module6_assignment.docx"]),

dict(key="en_neg_bank_security", lang="en", rights=[],
     frm="Wise <noreply@wise.com>",
     subj="We've updated our privacy notice",
     body="""Hi Sandra,

We've updated our Privacy Notice to explain more clearly how we use your data and your rights to access, correct or delete it. The changes take effect on 1 February 2026.

You don't need to do anything.

The Wise team""", shape="alt", extra=LU("https://wise.com/settings/notifications")),

# NEAR-LINE: asks to delete a misdirected email (meant for someone else), not her data held as a client -> negative.
dict(key="en_neg_oops_wrong_recipient", lang="en", rights=[],
     frm="Ben Carter <ben.carter@fastmail.com>",
     subj="Sorry - please delete my last email",
     body="""Hi Sandra,

Apologies, my last email (with the spreadsheet) was meant for my accountant, not you. Please just delete it without opening the attachment!

Ben"""),
]
