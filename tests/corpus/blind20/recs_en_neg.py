# English negatives. P: = sketch of the sender.
from rh import *

L = []
A = L.append

# P: client cancels session
A(R("en-neg-cancel", "en", [], "Emma Whitfield <emma.whitfield@gmail.com>", "Thursday",
    """Hi Sandra, so sorry but I need to cancel Thursday's session – can you delete the slot and I'll rebook next week? Emma"""))
# P: password reset
A(R("en-neg-password", "en", [], "Tom van der Berg <tom.vdberg@ziggo.nl>", "Cannot log in",
    """Hello, I cannot access my account on the course platform. I tried to reset the password but no mail arrives. Can you help? Tom"""))
# P: close account alone
A(R("en-neg-close-account", "en", [], "Ben Carter <ben.carter@fastmail.com>", "Close my account",
    """Hi, I've finished the course – please close my account. Cheers, Ben"""))
# P: question how the right works
A(R("en-neg-how-delete", "en", [], "Sarah Mitchell <sarah.mitchell@gmail.com>", "Quick question about data",
    """Hi Sandra,

Before I sign up – if I ever wanted my session notes deleted, how would I go about that? Is there a
form, or do I just email you?

Thanks,
Sarah"""))
# P: thank-you above quoted request
A(R("en-neg-thanks-above", "en", [], "Priya Shah <priya.shah92@outlook.com>", "Re: delete my data pls",
    """Thank you, that's great!""" + gmail_en("Tue, 15 Apr 2025 at 11:02", """Hi Priya,
Done – all your data has been deleted, except the invoice I'm legally required to keep.
Sandra

> Hi, can you please delete all my personal data from your records?"""), irt=True))
# P: husband asks about wife
A(R("en-neg-husband", "en", [], "Richard Lowe <richard.lowe@gmail.com>", "My wife's sessions",
    """Hello Sandra,

My wife Claire has been seeing you for a few months. Could you tell me what she's been discussing?
I'm worried about her and she won't talk to me. I'd also like a copy of her invoices.

Richard"""))
# P: CNIL complaint copy in English
A(R("en-neg-cnil", "en", [], "Zoe Kim <zoe.kim@tutanota.com>", "FYI – complaint lodged with the CNIL",
    """For your information, I have today lodged a complaint with the CNIL regarding your failure to
reply to my GDPR request of 2 March. Complaint reference: 25-1188-XXXX.

Zoe Kim""", att=["CNIL_complaint_receipt.pdf"]))
# P: unsubscribe-like word in other context: unsubscribed from another service
A(R("en-neg-unsub-other", "en", [], "Hannah Wright <hannah.wright@outlook.com>", "the app you recommended",
    """Hi Sandra! I unsubscribed from that journaling app you mentioned – too many notifications. Do you have a paper journal you'd recommend instead? x"""))
# P: Stripe receipt English
A(R("en-neg-stripe-receipt", "en", [], "Stripe <receipts@stripe.com>", "Your receipt from Floraison de Soi #1842-7731",
    """Receipt from Floraison de Soi
Amount paid: €197.00
Date paid: 12 September 2025
Payment method: Visa – 4242
If you have any questions, contact us at contact@floraisondesoi.fr.""", fmt="alt", to="Floraison de Soi <contact@floraisondesoi.fr>"))
# P: Stripe privacy notice
A(R("en-neg-stripe-privacy", "en", [], "Stripe <notifications@stripe.com>", "Updates to the Stripe Privacy Policy",
    """We're updating our Privacy Policy, effective 1 October 2025. The changes clarify how we process
personal data of your customers and describe data subject rights, including access, deletion and
portability. No action is required.""", fmt="alt", headers=[("List-Unsubscribe", "<https://stripe.com/unsub>")]))
# P: Zoom
A(R("en-neg-zoom", "en", [], "Zoom <no-reply@zoom.us>", "Cloud recording - Q&A session is now available",
    """Hi Sandra, your cloud recording is now available. Recordings are deleted automatically after 30 days. Share recording | Download""", fmt="html"))
# P: Calendly
A(R("en-neg-calendly", "en", [], "Calendly <notifications@calendly.com>", "Canceled: Rachel Green – 60 Minute Session",
    """Hi Sandra, the event below has been canceled.
Invitee: Rachel Green
Cancellation reason: "Sorry, need to remove this one – moving house that week!\"""", fmt="html"))
# P: Google Workspace notice
A(R("en-neg-google-policy", "en", [], "Google Workspace <workspace-noreply@google.com>", "[Action advised] Review your data processing settings",
    """Dear Administrator,
We're writing to let you know about updates to the Cloud Data Processing Addendum. You can review and
accept the updated terms in the Admin console under Account > Legal and compliance.""", fmt="alt"))
# P: bounce in English (raw)
A(R("en-neg-bounce", "en", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "", "", raw="""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: contact@floraisondesoi.fr
Subject: Delivery Status Notification (Failure)
Date: {date}
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_b20_bounce_en"

--=_b20_bounce_en
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to jen.clarke@aol.co because the address couldn't be found.

--=_b20_bounce_en
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; jen.clarke@aol.co
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--=_b20_bounce_en
Content-Type: message/rfc822

From: Floraison de Soi <contact@floraisondesoi.fr>
To: jen.clarke@aol.co
Subject: Your unsubscribe request
Date: {date}

Hello Jennifer, you have been removed from the mailing list.

--=_b20_bounce_en--
"""))
# P: auto-reply
A(R("en-neg-ooo", "en", [], "Daniel Brooks <dbrooks@brooks-advisory.com>", "Automatic reply: Your request",
    """Thank you for your email. I am out of the office until 6 January with limited access to email.
For data protection matters please contact privacy@brooks-advisory.com.""", headers=[("Auto-Submitted", "auto-replied")]))
# P: GDPR phishing
A(R("en-neg-phish", "en", [], "EU GDPR Compliance Office <notice@eu-gdpr-registry.org>", "FINAL NOTICE: GDPR registration required for floraisondesoi.fr",
    """Dear business owner,

Your website is not registered in the EU GDPR Data Controller Registry. Failure to register within 7
days may result in fines of up to €20,000,000 or 4% of annual turnover.

Register now for €289: http://eu-gdpr-registry.org/register

Compliance Department""", fmt="html"))
# P: spam offering DSAR tool
A(R("en-neg-spam-dsar", "en", [], "Liam from PrivacyPilot <liam@privacypilot.io>", "Handle data subject requests in 2 clicks",
    """Hi Sandra,

Small businesses get DSARs too – access, deletion, portability requests. PrivacyPilot automates
them for $19/month. Want a demo?

Liam
Not interested? Unsubscribe here.""", fmt="alt", headers=[("List-Unsubscribe", "<https://privacypilot.io/u/991>")]))
# P: newsletter from a coaching association
A(R("en-neg-icf-nl", "en", [], "ICF Coaching World <news@coachingfederation.org>", "Ethics corner: handling client records after the engagement ends",
    """This month: how long should coaches keep client records? What to do when a client asks for a copy
of their notes? Our ethics panel answers your questions.

Manage preferences | Unsubscribe""", fmt="alt", headers=[("List-Unsubscribe", "<https://coachingfederation.org/unsubscribe>"), ("Precedence", "bulk")]))
# P: client sends info for registration
A(R("en-neg-registration-info", "en", [], "Isabel Costa <isabel.costa@sapo.pt>", "Retreat registration",
    """Hi Sandra, here are my details for the retreat: Isabel Costa, born 2 Feb 1987, vegetarian, no allergies. Phone +351 912 xxx 443. Deposit sent today! Isabel"""))
# P: asks to change appointment
A(R("en-neg-change-time", "en", [], "Oliver Grant <oliver.grant@gmail.com>", "Can we change Tuesday?",
    """Hi Sandra, could we change Tuesday to 6pm instead of 5pm? Work is mad. Thanks, Oliver"""))
# P: copy of slides
A(R("en-neg-copy-slides", "en", [], "Megan Price <megan.price@icloud.com>", "copy of the workbook?",
    """Hey! Could I get a copy of the workbook from Saturday? Mine got coffee on it 🙈 Thanks!"""))
# P: colleague asks for participants' emails
A(R("en-neg-colleague", "en", [], "Anna Kowalski <anna@kowalski-coaching.eu>", "Joint retreat – participant list",
    """Hi Sandra,

For the joint retreat in May, could you send me the list of your participants with their emails? I'd
like to add them to my booking system. Or is there a GDPR issue with that?

Anna"""))
# P: Sandra's own sent reply in English
A(R("en-neg-sandra-reply", "en", [], "Sandra Delomenie <sandra.delomenie@orange.fr>", "Re: Copy of my data",
    """Hi Emma,

Of course – please find attached a copy of all the personal data I hold about you (registration
details, course progress and our email exchanges).

Warm regards,
Sandra""" + gmail_en("Sat, 12 Apr 2025 at 16:20", "Could you please send me a copy of all the personal data you hold about me?", name="Emma Whitfield", addr="emma.whitfield@gmail.com"),
    to="Emma Whitfield <emma.whitfield@gmail.com>", att=["Emma_Whitfield_data_export.pdf"], irt=True, irt_dom="gmail.com"))
# P: resubscribe
A(R("en-neg-resub", "en", [], "Alice Moore <alice.moore@gmail.com>", "Re-subscribe?",
    """Hi Sandra, I unsubscribed a while ago but I miss your letters! Could you add me back to the newsletter? Alice"""))
# P: brother asking about living sibling's booking
A(R("en-neg-brother", "en", [], "Tom Hart <tom.hart@gmail.com>", "My sister's booking",
    """Hi, my sister Chloe booked your retreat but she's in hospital at the moment. Could you tell me what she paid and give me her booking details so I can sort it out? Tom"""))
# P: question: what is your retention period (general)
A(R("en-neg-retention-q", "en", [], "Grace O'Connell <grace.oconnell@eircom.net>", "Question on your privacy policy",
    """Dear Sandra, I was reading your privacy policy (in French, with Google Translate!). Am I right that you
keep health data for two years? Out of interest, does that apply to the notes from the women's circle too?
Warm wishes, Grace"""))
# P: LinkedIn
A(R("en-neg-linkedin", "en", [], "LinkedIn <notifications-noreply@linkedin.com>", "Sandra, you appeared in 14 searches this week",
    """You appeared in 14 searches this week. See who's looking at your profile. Unsubscribe from these emails.""", fmt="html",
    headers=[("List-Unsubscribe", "<https://www.linkedin.com/e/unsub>")]))
# P: subscription cancellation
A(R("en-neg-cancel-sub", "en", [], "Jennifer Clarke <jen.clarke@aol.com>", "Cancel membership",
    """Hello, please cancel my monthly membership to the online circle from next month. Thank you for everything. Jennifer"""))
# P: client talks about deleting her Instagram in session context
A(R("en-neg-delete-insta", "en", [], "Victoria Hughes <victoria.hughes@gmail.com>", "update",
    """Hi Sandra! Quick update before Monday: I deleted Instagram like we discussed and honestly I feel lighter already. I also removed my ex's number. Proud of me? 😄 Vicky"""))
# P: Thank-you reply above quoted transfer confirmation
A(R("en-neg-thanks-transfer", "en", [], "Rachel Green <rachel.green.coach@gmail.com>", "Re: Transfer of my coaching records",
    """Brilliant, she's received everything. Thanks a million Sandra!""" + outlook_en("Friday, 20 June 2025 10:11", "Re: Transfer of my coaching records",
    "Hi Rachel,\nI've sent your records to hello@northstarcoaching.co.uk as editable Word and Excel files.\nSandra", to="Rachel Green"), irt=True))
# P: Sandra sends to a client a consent form
A(R("en-neg-sandra-consent-form", "en", [], "Sandra Delomenie <sandra.delomenie@orange.fr>", "Consent form for the recording",
    """Hi James,

As discussed, here is the consent form for the recorded Q&A. You can withdraw your consent at any
time by simply emailing me.

Sandra""", to="James Fletcher <james.fletcher@gmail.com>", att=["consent_recording_form.pdf"]))
# P: vendor data breach notice (processor)
A(R("en-neg-vendor-breach", "en", [], "Mailchimp Security <security@mailchimp.com>", "Important: security incident notification",
    """We are writing to inform you of a security incident that may have affected a limited number of
accounts. Our investigation found no evidence that your audience data was accessed. We recommend you
enable two-factor authentication.""", fmt="alt"))
# P: coaching student asks about homework on GDPR rights
A(R("en-neg-student-homework", "en", [], "Nora Haddad <nora.haddad@gmail.com>", "Module 5 homework",
    """Hi Sandra, for the module 5 homework, do we need to explain the difference between the right to erasure and the right to object, or just list the rights? Thanks! Nora"""))
# P: forwarded message from another company's unsubscribe confirmation (client shares)
A(R("en-neg-fwd-other-unsub", "en", [], "Paula Jenkins <paula.jenkins@hotmail.com>", "Fwd: You have been unsubscribed",
    """Ha, look – I finally unsubscribed from all those yoga studio emails like you suggested! One step at a time.
Paula""" + fwd_en("Mon, 10 Nov 2025", "You have been unsubscribed", "You have been removed from the Bath Yoga Loft mailing list. We're sorry to see you go!",
    "Bath Yoga Loft", "news@bathyogaloft.co.uk", to="paula.jenkins@hotmail.com")))
# P: auto acknowledgement from a ticket system
A(R("en-neg-ticket-ack", "en", [], "Systeme.io Support <support@systeme.io>", "[Ticket #558213] How to delete a contact's data",
    """Hello Sandra,

Thanks for contacting Systeme.io support. Your ticket has been received and our team will reply
within 48 hours. To permanently delete a contact, go to Contacts > select > Delete.""",
    headers=[("Auto-Submitted", "auto-replied")]))
# P: client asks to correct the date in a calendar invite (not personal data)
A(R("en-neg-fix-invite", "en", [], "Mark Holloway <mark.holloway@proton.me>", "Invite has wrong date",
    """Hi Sandra, the calendar invite you sent says 14 Oct but I think we agreed on 15 Oct? Could you correct it? Cheers, Mark"""))
# P: copy of invoice
A(R("en-neg-invoice-copy", "en", [], "Daniel Brooks <dbrooks@brooks-advisory.com>", "Invoice copy for expenses",
    """Hi Sandra, could you send me a copy of the October invoice with my company name on it for my expense claim? Many thanks, Daniel"""))
# P: message attached (rfc822) – client forwards as attachment a suspicious email
A(R("en-neg-fwd-attached-phish", "en", [], "Henrik Larsen <henrik.larsen@outlook.dk>", "Is this from you?",
    """Hi Sandra, I got the attached email asking me to "verify my data" for your course. Looks fake to me – just so you know.
Henrik""", att=[dict(key="en-neg-inner-phish", lang="en", rights=[], frm="Floraison Billing <billing@floraison-secure.net>",
    subj="Verify your data to keep access", body="Dear student,\nYour account will be deleted unless you verify your payment data within 24 hours: http://floraison-secure.net/verify\n",
    to="henrik.larsen@outlook.dk")]))
# P: testimonial giving consent
A(R("en-neg-give-testimonial", "en", [], "Laura Bennett <laura.bennett@gmail.com>", "Testimonial as promised",
    """Hi Sandra, here's my testimonial! Happy for you to use my first name and photo on the website. Laura x""", att=["laura_photo.jpg"]))
# P: "remove" in other context: remove her from a carpool list? no: room booking
A(R("en-neg-remove-rooming", "en", [], "Grace O'Connell <grace.oconnell@eircom.net>", "Retreat rooming",
    """Dear Sandra, could you remove me from the shared room list and put me in a single? Happy to pay the supplement. Grace"""))
# P: PayPal security notice
A(R("en-neg-paypal", "en", [], "PayPal <service@paypal.com>", "Your personal information was updated",
    """Hello Sandra Delomenie, the email address on your PayPal account was updated on 3 March 2026. If you didn't make this change, contact us.""", fmt="html"))
# P: Data export notification from Google Takeout (Sandra's own)
A(R("en-neg-takeout", "en", [], "Google <noreply@google.com>", "Your Google data is ready to download",
    """Your Google data archive is ready. You requested an export of your Google Drive data on 2 Feb 2026.
Download your files before 9 Feb 2026.""", fmt="alt", to="sandra.floraison@gmail.com"))
# P: client asks to change his email in Zoom - no, asks how to change his own email in platform himself
A(R("en-neg-how-change-email", "en", [], "Lukas Schmidt <lukas.schmidt@posteo.de>", "Changing my login email?",
    """Hello, is it possible for me to change my login email myself in the course platform, or does that go through you? I can't find the setting. Lukas"""))
