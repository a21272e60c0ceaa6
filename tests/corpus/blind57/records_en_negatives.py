# English-language negatives: not a data-subject request to her.
from _rec import M

SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")

RECORDS = [

M("en-stripe-payout", [],
  ("Stripe", "notifications@stripe.com"),
  "Your payout of €1,284.00 is on the way",
  """
Stripe

Your payout is on the way

Hi Floraison de Soi,

A payout of €1,284.00 EUR is expected to arrive in your bank account ending in ••• 4471 on 14 March.

Payout ID: po_1QxR8kLh2xA7dfG0b3nT5e
Summary: 11 payments, 0 refunds, Stripe fees €38.52

View payout details in the Dashboard: https://dashboard.stripe.com/payouts

You're receiving this email because you enabled payout notifications. Manage your email preferences in the Dashboard.

Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, D02 H210, Ireland
""", html="alt", mid="sendgrid", to="o", neg="platform", date="2026-03-12 06:03"),

M("en-zoom-cloud-recording", [],
  ("Zoom", "no-reply@zoom.us"),
  "Cloud Recording - \"Atelier en ligne : poser ses limites\" is now available for viewing",
  """
Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Atelier en ligne : poser ses limites
Date: Oct 9, 2025 06:30 PM Paris

Click here to view the recording: https://us06web.zoom.us/rec/share/Xk2Hq9-LpA

To keep your recordings secure, share them only with the people who need them. Recordings are automatically deleted after 30 days according to your account settings.

Thank you for choosing Zoom.
-The Zoom Team
""", html="alt", mid="sendgrid", neg="platform", date="2025-10-09 20:12"),

M("en-calendly-new-booking", [],
  ("Calendly", "notifications@calendly.com"),
  "New Event: Anna Schulz - 09:30 Tue, 17 Jun 2025 - Séance découverte (30 min)",
  """
Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Séance découverte (30 min)
Invitee: Anna Schulz
Invitee Email: anna.schulz@gmx.de
Event Date/Time: 09:30 - Tuesday, 17 June 2025 (Central European Time)
Location: Google Meet

Questions:
What would you like to work on? Getting my confidence back after a long career break.

View event in Calendly: https://calendly.com/app/scheduled_events

Sent from Calendly
""", html="alt", mid="sendgrid", date="2025-06-12 21:14",
  reply_to=("Anna Schulz", "anna.schulz@gmx.de"), neg="platform"),

M("en-google-security-alert", [],
  ("Google", "no-reply@accounts.google.com"),
  "Security alert",
  """
A new sign-in on Windows

floraisondesoi.contact@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://accounts.google.com/AccountChooser?Email=floraisondesoi.contact@gmail.com

You can also see security activity at https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", html="alt", to="c", neg="platform"),

M("en-paypal-received", [],
  ("service@paypal.fr", "service@paypal.fr"),
  "You've got money",
  """
Hello Floraison de Soi,

You received a payment of €65.00 EUR from Connor Brennan (connor.brennan@gmail.com).

Note from Connor Brennan: "Workshop 'Find your calm', Saturday 22nd - see you there!"

Transaction ID: 7KM12345AB6789012

It may take a few moments for this transaction to appear in your account.

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
""", html="only", neg="platform"),

M("en-brevo-dpa-update", [],
  ("Brevo", "legal@brevo.com"),
  "Important: updates to our Data Processing Agreement",
  """
Hello,

We're writing to let you know that we have updated our Data Processing Agreement (DPA) and our list of sub-processors, effective 1 September 2025.

What's changing:
- new sub-processor for SMS delivery in the EU
- clarified procedure for handling data subject requests (access, erasure, portability) received by Brevo on your behalf
- updated Standard Contractual Clauses annex

No action is required. By continuing to use Brevo after the effective date, you agree to the updated DPA. You can review it at https://www.brevo.com/legal/dpa/

Best regards,
The Brevo Legal Team

Sendinblue SAS (Brevo), 106 boulevard Haussmann, 75008 Paris, France
""", html="alt", mid="brevo", neg="vendor", date="2025-08-01 10:00"),

M("en-compliance-spam-fines", [],
  ("GDPR Compliance Desk", "alerts@gdpr-compliance-audit.net"),
  "URGENT: Your website floraisondesoi.fr may not be GDPR compliant",
  """
Dear Business Owner,

Our automated scan of floraisondesoi.fr has found 7 potential GDPR violations, including a missing cookie consent log and no documented process for erasure requests.

Fines can reach €20,000,000 or 4% of annual turnover.

Get your full compliance report and certificate today for only €249 (instead of €590). Offer valid 48 hours.

>> Download your report: http://gdpr-compliance-audit.net/r/fds-7731

To stop receiving these alerts, reply REMOVE.
""", html="only", mid="generic", neg="spam"),

M("en-phishing-mailbox-quota", [],
  ("Mail Administrator", "admin@orange-secure-mailbox.com"),
  "Mailbox will be deleted within 24 hours",
  """
Dear sandra.delomenie@orange.fr,

Your mailbox has exceeded its storage limit and all messages will be permanently deleted within 24 hours.

To keep your data, verify your account now:
http://orange-secure-mailbox.com/verify?u=sandra.delomenie

Failure to verify will result in the loss of all your emails and contacts.

Mail Support Team
""", html="only", to="o", mid="generic", neg="phishing"),

M("en-ooo-with-gdpr-rights", [],
  ("Siobhan Carey", "s.carey@meridianhealth.ie"),
  "Automatic reply: Training dates for our nursing managers",
  """
Thank you for your email. I am on annual leave until Monday 4 August with limited access to email. For urgent matters please contact hr@meridianhealth.ie.

Meridian Health processes personal data in accordance with the GDPR. You have the right to request access to, rectification or erasure of your personal data, to object to or restrict its processing, and to data portability. For details see our privacy notice at www.meridianhealth.ie/privacy or contact our Data Protection Officer at dpo@meridianhealth.ie.
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
              "X-Autoreply": "yes", "Precedence": "bulk"},
  reply=True, mailer="outlook", neg="auto", date="2025-07-22 15:41"),

M("en-bounce-newsletter-uk", [],
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """
** Address not found **

Your message wasn't delivered to tom.harrowgate@thamesbridge.co.uk because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <tom.harrowgate@thamesbridge.co.uk>: Recipient address rejected: User unknown in virtual mailbox table
""", kind="bounce", to="c",
  bounce=dict(mta="mail-sor-f41.google.com", rcpt="tom.harrowgate@thamesbridge.co.uk",
              status="5.1.1", remote="mx1.thamesbridge.co.uk",
              diag="550 5.1.1 <tom.harrowgate@thamesbridge.co.uk>: Recipient address rejected: User unknown",
              orig_subject="Your invitation: 'Leading with clarity' - 3 October",
              orig_from=SANDRA),
  headers={"Auto-Submitted": "auto-replied"}, neg="bounce"),

M("en-us-cancel-thursday-slot", [],
  ("Megan Castillo", "megan.castillo@gmail.com"),
  "Thursday",
  """
Hi Sandra, so sorry, something's come up at work - can you delete my slot on Thursday at 5? I'll rebook through Calendly for next week once I know my schedule. Megan
""", neg="cancel"),

M("en-uk-cannot-log-in-course", [],
  ("Philippa Drummond", "philippa.drummond@outlook.com"),
  "Can't get into the course",
  """
Hello Sandra,

I've tried three times to log in to the "Oser dire non" course and it keeps telling me my password is wrong. The reset email never arrives (I've checked spam). Could you reset it for me or tell me what I'm doing wrong? I'd like to get access to module 3 before our session.

Thanks,
Philippa
""", neg="login"),

# NEAR-LINE: "close my account" with no mention of data = negative by policy.
M("en-ie-close-my-account-only", [],
  ("Róisín Hegarty", "roisin.hegarty@gmail.com"),
  "Account",
  """
Hi Sandra, could you close my account on the course platform please? I've finished everything I wanted to do. Thanks a million, Róisín
""", neg="close_account"),

M("en-in-how-long-keep-data", [],
  ("Floraison de Soi", "wordpress@floraisondesoi.fr"),
  "[Floraison de Soi] Nouveau message de Ananya Bhattacharya",
  """
Nom : Ananya Bhattacharya
E-mail : ananya.b@yahoo.co.in
Téléphone : +91 98450 22317
Sujet : Query regarding data retention

Message :
Dear Sandra,

I am planning to join your online coaching programme next month. Before I register, I wanted to understand: how long do you keep the personal information and session notes of your clients after the programme gets over? Also are they stored in India or Europe?

Thanks in advance,
Ananya

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", reply_to=("Ananya Bhattacharya", "ananya.b@yahoo.co.in"), to="c", mid="generic",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.2.0"}, neg="question"),

M("en-de-right-to-deletion-question", [],
  ("Tobias Wendt", "tobias.wendt@web.de"),
  "Question about deletion after training",
  """
Hello Mrs. Delomenie,

a short question before I book the training "Leadership en transition": do I have the right to ask for deletion of my evaluation after the training is finished, or must you keep it for the employer? My works council asks this.

Thank you and best regards
Tobias Wendt
""", neg="question"),

M("en-es-cnil-complaint-copy", [],
  ("Carmen Iglesias Soto", "carmen.iglesias@yahoo.es"),
  "Copy of my complaint to CNIL",
  """
Hello,

I inform you that today I have sent a complaint to the CNIL because I did not receive answer to my letter of two months ago. I put below the text that I sent to them, for your information.

"I participated in an online workshop of Floraison de Soi and I asked for information on my data. I did not receive any answer after two months. I request the CNIL to examine this situation."

Carmen Iglesias Soto
""", neg="cnil"),

# NEAR-LINE: HR asking for other (living) employees' attendance and evaluations = not their own data.
M("en-hr-employees-evaluations", [],
  ("Paul Verhoeven", "paul.verhoeven@lindqvist-pumps.com"),
  "Evaluations of our team - Leadership programme",
  """
Dear Sandra,

Thank you for running the leadership programme for our French managers. For our annual talent review I need, for each of the eight participants, the attendance record and your individual evaluation, ideally in one spreadsheet by the end of next week.

Could you also tell me whether any of them asked you to keep their evaluation confidential?

Best regards,
Paul Verhoeven
HR Business Partner, Lindqvist Pumps B.V.
""", mailer="outlook", cc=[("Marc Dufresne", "marc.dufresne@lindqvist-pumps.com")], neg="other_person"),

M("en-training-manager-invoice-copy", [],
  ("Hazel Morrison", "hazel.morrison@tritonmarine.co.uk"),
  "Copy of invoice FA-2025-041",
  """
Hi Sandra,

Our finance team can't find invoice FA-2025-041 for the March workshop. Could you send a copy, addressed to Triton Marine Ltd with our PO number 4500071823? Our accounts payable address is ap@tritonmarine.co.uk.

Many thanks,
Hazel
Training Coordinator
""", neg="trigger", date="2025-05-06 13:30"),

M("en-company-lawyer-dpa-subprocessors", [],
  ("Martina Keller", "martina.keller@novareach-legal.com"),
  "Framework agreement - data protection clauses",
  """
Dear Ms Delomenie,

I am reviewing the draft framework agreement for the coaching of our managers on behalf of NovaReach GmbH. Before signature, please provide:

1. your list of sub-processors (we note Systeme.io, Google Drive and Stripe in your privacy notice);
2. confirmation of where coaching notes are stored and for how long;
3. the procedure you follow when one of our employees exercises his or her rights under Articles 15 to 21 GDPR.

We would also propose to add our standard data processing annex (attached as a Word document) to the contract.

Kind regards,
Martina Keller
Legal Counsel, NovaReach GmbH
""", reply_to=("NovaReach Legal", "legal@novareach-legal.com"), attach=[("docx", "NovaReach_DP_annex_v3.docx",
              "Annex 3 - Data protection\n1. Roles of the parties\n2. Security measures\n3. Data subject requests\n4. Sub-processors")],
  mailer="outlook", neg="vendor"),

M("en-thanks-after-erasure-confirmed", [],
  ("Imran Qureshi", "imran.qureshi@gmail.com"),
  "Re: Your data deletion request",
  """
That's great, thank you Sandra. Appreciate the quick turnaround.

Imran
""", quote=dict(style="gmail_en", who=SANDRA, text="""
Dear Imran,

Further to your email of 2 June, I confirm that your account, your contact details and your session notes have been deleted from my files and from the Systeme.io platform. Only the invoice is kept, as required by accounting law, for 10 years.

Kind regards,
Sandra Delomenie
Floraison de Soi

On Mon, 2 Jun 2025 at 09:12, Imran Qureshi <imran.qureshi@gmail.com> wrote:
> Hi Sandra, please delete my account and all my data. Thanks, Imran
""", hours=22), neg="thanks", date="2025-06-05 21:16"),

# NEAR-LINE: gives consent with a condition (no photo); nothing is withdrawn = negative.
M("en-consent-testimonial-yes", [],
  ("Eloise Fairweather", "eloise.fairweather@gmail.com"),
  "Re: Would you be OK with a testimonial?",
  """
Hi Sandra,

Of course, I'd be delighted! You can use what I wrote in the feedback form, with my first name and "Bourges". Please don't use my photo though, just the text.

Eloise
""", quote=dict(style="apple_en", who=SANDRA, text="""
Hi Eloise,

Thank you for your lovely feedback after the programme. Would you agree to my publishing an extract on my website, with your first name only?

Sandra
"""), mailer="iphone", neg="consent"),

M("en-linkedin-gdpr-training-for-team", [],
  ("Ravi Chandran", "ravi.chandran@lexport-solutions.com"),
  "GDPR awareness session for our team?",
  """
Hi Sandra,

Saw your post on LinkedIn about your half-day "RGPD au quotidien pour les petites équipes". Do you run it in English? We have twelve people in our Orléans office who handle customer data and I'd like them to understand the basics - access requests, erasure, what counts as consent.

Could you send me a quote?

Best,
Ravi Chandran
Operations Manager, Lexport Solutions
""", neg="trigger"),

M("en-consent-module-coaching-ethics", [],
  ("Dr Naomi Feldman", "naomi.feldman@icf-coachingcircle.org"),
  "Guest slot: consent and confidentiality in coaching",
  """
Dear Sandra,

I coordinate the monthly supervision circle for bilingual coaches in the Centre-Val de Loire. Would you be willing to lead our January session on informed consent and confidentiality - for instance, how you handle consent to record sessions, what you tell clients about notes, and what to do when an employer asks for information?

It's 90 minutes on Zoom, unpaid but very warmly appreciated.

Best wishes,
Naomi
""", neg="trigger", date="2025-10-29 11:11"),

M("en-export-calendar-ics", [],
  ("Chris Doyle", "chris.doyle@outlook.com"),
  "workshop dates in my calendar",
  """
Hi Sandra, is there a way to export the autumn workshop dates so I can add them to my Outlook calendar? An .ics file would be perfect. Cheers, Chris
""", neg="trigger"),

M("en-typo-in-handout", [],
  ("Margaret Ellison", "margaret.ellison@btinternet.com"),
  "Small correction to the handout",
  """
Dear Sandra,

A tiny thing: in the handout from Saturday's workshop, page 3, the quote is attributed to Carl Jung but I'm fairly sure it's from Viktor Frankl. You might want to correct the document before the next group.

Lovely session, thank you.
Margaret
""", neg="trigger"),

M("en-building-access-code", [],
  ("Yusuf Demir", "yusuf.demir@gmail.com"),
  "access to the room",
  """
Hello Sandra, I'm coming for the first time on Tuesday. How do I get access to the room - is there a door code or do I ring? Yusuf
""", neg="trigger"),

M("en-participant-asks-other-phone", [],
  ("Lorna McBride", "lorna.mcbride@gmail.com"),
  "Hannah's number?",
  """
Hi Sandra,

At the Saturday workshop I sat next to a lovely woman called Hannah (dark curly hair, from Bourges) and we said we'd go walking together but forgot to swap numbers. Could you pass on her phone number or email?

Thanks!
Lorna
""", neg="other_person"),

# NEAR-LINE: husband asking about his (living) wife's sessions = another adult's data, negative.
M("en-husband-asks-wife-sessions", [],
  ("Richard Penrose", "richard.penrose@sky.com"),
  "My wife's sessions",
  """
Dear Ms Delomenie,

My wife Julia has been seeing you for a few months. She has become quite withdrawn at home and won't talk about it. As her husband I think I'm entitled to know what is being discussed and what you have written about her. Could you send me your notes or at least a summary?

Richard Penrose
""", neg="other_person"),

M("en-own-sent-erasure-confirmation", [],
  SANDRA, "Re: Delete my data",
  """
Dear Mr Kowalczyk,

As requested, I have deleted your contact details, your registration form and your exercise sheets from my files and from the online platform. Your invoice is kept for ten years, as accounting law requires; it will not be used for anything else.

Kind regards,
Sandra Delomenie
Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun
""", to=("Piotr Kowalczyk", "piotr.kowalczyk@wp.pl"), cc=[SANDRA_O], reply=True,
  quote=dict(style="gmail_en", who=("Piotr Kowalczyk", "piotr.kowalczyk@wp.pl"),
             text="Hello, I want that you delete my data. Thank you. Piotr Kowalczyk"),
  neg="own"),

M("en-own-sent-export", [],
  SANDRA, "Your data export",
  """
Hello Priya,

Please find attached the export of your course data (modules completed, quiz answers and the worksheets you uploaded), in CSV as you asked. Let me know if anything is missing.

Warm regards,
Sandra
""", to=("Priya Nair", "priya.nair@proton.me"), cc=[SANDRA_O],
  attach=[("csv", "export_priya_nair.csv",
           "module;status;completed_on;quiz_score\nM1 Comprendre le sommeil;done;2025-02-03;8/10\nM2 Rituels du soir;done;2025-02-11;9/10\nM3 Gérer les réveils;in progress;;\n")],
  neg="own", date="2025-02-19 17:30"),

M("en-google-analytics-retention-notice", [],
  ("Google Analytics", "analytics-noreply@google.com"),
  "[Action advised] Review your data retention settings",
  """
Hello,

We're reaching out to administrators of the Google Analytics property "floraisondesoi.fr" (G-4HX72LQ9PZ).

Your property's event data retention is currently set to 2 months. You can change it to up to 14 months in Admin > Data collection and modification > Data retention. User-level data, including conversions, is also governed by this setting.

Learn more about data retention: https://support.google.com/analytics/answer/7667196

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", html="alt", neg="vendor"),

M("en-zoom-privacy-statement-update", [],
  ("Zoom", "no-reply@zoom.us"),
  "We're updating our Privacy Statement",
  """
Hi Sandra,

We're updating the Zoom Privacy Statement, effective 15 January 2026. The updates clarify how we process personal data in AI Companion features and how account owners can respond to data subject requests from their meeting participants.

You don't need to take any action. Review the updated statement at https://zoom.us/privacy

Zoom Communications, Inc.
""", html="only", mid="sendgrid", neg="vendor", date="2025-12-10 18:00"),

M("en-ticket-login-loop", [],
  ("Anand Krishnamurthy", "anand.krishnamurthy@gmail.com"),
  "Ticket: login loop on members area",
  """
Hi,

Issue: when I click "Accéder à mon espace" I am redirected to the login page again and again.
Browser: Chrome 131 on Windows 11
Steps tried: cleared cookies, incognito, different browser
Expected: access to my members area to download the workbook

Screenshot attached.

Regards,
Anand
""", attach=[("png", "login_loop.png", "anand-login")], neg="login"),

M("en-other-coach-newsletter", [],
  ("Rachel Hartley Coaching", "hello@rachelhartleycoaching.com"),
  "The unsubscribe button you need to press (in your own life)",
  """
Hi friend,

This week I want to talk about the things we never unsubscribe from: the guilt, the "shoulds", the invisible to-do list.

Here's a tiny exercise. Write down three obligations you've been carrying that nobody actually asked you to carry. Then delete one. Just one.

Until next Sunday,
Rachel

You're receiving this because you signed up at rachelhartleycoaching.com. Unsubscribe | Update your preferences
Rachel Hartley Coaching, 12 Market Street, Bath BA1 1LS, UK
""", html="alt", mid="mailchimp",
  headers={"List-Id": "Rachel Hartley Coaching <a7c2e91f.list-id.mcsv.net>",
           "List-Unsubscribe": "<https://rachelhartleycoaching.us14.list-manage.com/unsubscribe?u=a7c2e91f&id=3b81>, <mailto:unsubscribe-a7c2e91f@mailchimp.com>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
           "Precedence": "bulk"}, neg="newsletter"),

M("en-webinar-invite-spam", [],
  ("Jordan Blake", "jordan@coachscale-growth.com"),
  "Sandra, 3 ways coaches are filling their calendar in 2026",
  """
Hi Sandra,

I came across Floraison de Soi and love what you're doing. I run a free masterclass for coaches on turning LinkedIn into a client machine: 3 scripts, 1 funnel, 0 ads.

Next session: Thursday at 7pm CET. Save your seat: https://coachscale-growth.com/masterclass

Talk soon,
Jordan

P.S. Not interested? Just reply "no" and I won't email again.
""", mid="sendgrid", neg="spam"),

M("en-reschedule-tuesday-friday", [],
  ("Aoife Brennan", "aoife.brennan@gmail.com"),
  "Swap Tuesday for Friday?",
  """
Hi Sandra,

Would it be possible to remove me from Tuesday's evening group and put me in Friday's morning one instead? My shifts have changed.

Thanks a mil,
Aoife
""", neg="cancel"),

M("en-object-cancellation-policy", [],
  ("Gordon Fairbairn", "gordon.fairbairn@btinternet.com"),
  "Cancellation fee",
  """
Dear Sandra,

I'd like to object to the cancellation fee on my last invoice. I cancelled 36 hours before the session because of a family emergency, and I think the full charge is harsh. Could you reconsider?

Regards,
Gordon Fairbairn
""", neg="trigger"),

M("en-withdraw-from-course", [],
  ("Shreya Kapoor", "shreya.kapoor@gmail.com"),
  "Withdrawing from the November cohort",
  """
Hi Sandra,

I'm sorry to say I need to withdraw from the November cohort of the facilitation training - I've been offered a six-month contract in Singapore. Is it possible to transfer my deposit to the spring cohort rather than get a refund?

Best,
Shreya
""", neg="cancel"),

M("en-registration-my-details", [],
  ("Deepak Raman", "deepak.raman@infotechserv.in"),
  "Registration for 'Communication assertive' - my details",
  """
Dear Sandra,

Please find my details for registration in the workshop of 14 February:

Name: Deepak Raman
Company: InfoTech Services France
Email: deepak.raman@infotechserv.in
Mobile: +33 6 71 24 58 09
Dietary requirement: vegetarian

Kindly confirm my seat.

Regards,
Deepak
""", neg="trigger", date="2026-01-15 08:20"),

M("en-de-works-council-policy-question", [],
  ("Sabine Hartung", "sabine.hartung@kroner-werke.de"),
  "Question from our works council",
  """
Dear Mrs. Delomenie,

our works council must approve the coaching programme before we send employees to you. They ask: which data about the participants do you collect, who sees it, and is anything reported back to the company? A short written answer would be enough.

Kind regards
Sabine Hartung
Personalentwicklung, Kroner Werke AG
""", mailer="outlook", neg="question"),

M("en-thanks-after-access-answer", [],
  ("Beatriz Navarro", "beatriz.navarro@gmail.com"),
  "Re: Your request for a copy of your data",
  """
Thank you very much Sandra, I received the documents and everything is clear now. Have a nice weekend!
Beatriz
""", quote=dict(style="gmail_en", who=SANDRA, text="""
Dear Beatriz,

As requested, please find attached a copy of the personal data I hold about you: your registration form, the two questionnaires and my session notes.

Kind regards,
Sandra
"""), neg="thanks"),

M("en-hr-ooo-leave", [],
  ("Janet Crowley", "janet.crowley@pemberton-group.com"),
  "Out of Office: Re: Dates for the management programme",
  """
I am out of the office until 12 January with no access to email. Your message will not be forwarded. For HR enquiries please contact hrservices@pemberton-group.com.

Janet Crowley | Head of People
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
  reply=True, date="2025-12-23 10:02", neg="auto"),

M("en-bounce-mailbox-full", [],
  ("Mail Delivery System", "MAILER-DAEMON@smtp-out.orange.fr"),
  "Undelivered Mail Returned to Sender",
  """
This is the mail system at host smtp-out.orange.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<kieran.walsh@eircom.net>: host mail.eircom.net said: 552 5.2.2 Mailbox full - quota exceeded
""", kind="bounce", to="o",
  bounce=dict(mta="smtp-out.orange.fr", rcpt="kieran.walsh@eircom.net", status="5.2.2",
              remote="mail.eircom.net", diag="552 5.2.2 Mailbox full - quota exceeded",
              orig_subject="Re: Your session notes", orig_from=SANDRA_O),
  headers={"Auto-Submitted": "auto-replied"}, neg="bounce"),

M("en-paypal-dispute", [],
  ("PayPal", "service@paypal.com"),
  "A buyer has opened a case",
  """
Hello Floraison de Soi,

Stuart Grieve has opened a case regarding a payment of €120.00 EUR for "Atelier découverte x2".

Case ID: PP-D-48273915
Reason: Item not received

Please respond by 27 November 2025 in the Resolution Centre: https://www.paypal.com/resolutioncenter

PayPal
""", html="only", mid="generic", neg="platform", date="2025-11-17 12:26"),

M("en-phishing-docusign", [],
  ("DocuSign", "dse@docusign-secure-notify.com"),
  "Please review and sign: Contract_Floraison_2026.pdf",
  """
DocuSign

A document has been sent to you for signature.

Contract_Floraison_2026.pdf
Sender: Accounting Dept.

REVIEW DOCUMENT: http://docusign-secure-notify.com/Signing/?ti=8f2a

Do not share this email. This link grants access to your document and your account details.
""", html="only", mid="generic", neg="phishing"),

M("en-cookie-tool-spam", [],
  ("Team Consentify", "growth@consentify-cmp.io"),
  "Is your cookie banner costing you clients?",
  """
Hi Sandra,

Most coaching websites lose 30% of visitors to ugly cookie banners. Consentify gives you a beautiful, GDPR-ready consent banner in 5 minutes - with automatic consent logs, Google Consent Mode v2, and one-click "withdraw consent" for your visitors.

Start your free 14-day trial: https://consentify-cmp.io/start

Cheers,
The Consentify team

Don't want these emails? Unsubscribe here.
""", html="alt", mid="sendgrid",
  headers={"List-Unsubscribe": "<https://consentify-cmp.io/u/9f3a2c>", "Precedence": "bulk"},
  neg="spam"),

M("en-delete-draft-agreement", [],
  ("Olivia Grant", "olivia.grant@harbourline.co.uk"),
  "Updated agreement - please delete the previous draft",
  """
Hi Sandra,

Please delete the draft agreement I sent on Monday, it had the wrong dates in clause 4. The corrected version is attached. Everything else is unchanged.

Best,
Olivia
Harbourline Ltd
""", attach=[("docx", "Harbourline_coaching_agreement_v2.docx",
              "Coaching services agreement\nClause 4 - Dates: 3 to 5 March 2026\nClause 7 - Fees")],
  mailer="outlook", neg="trigger"),

M("en-training-manager-certificates", [],
  ("Peter Lindgren", "peter.lindgren@nordvent.se"),
  "Certificates of completion",
  """
Hello Sandra,

Could you issue certificates of completion for the five NordVent France employees who attended the stress-management days in June? We need them for their training records. The list of names is the one on the attendance sheet you had signed.

Thank you,
Peter Lindgren
HR & Training, NordVent AB
""", cc=[("Ingrid Sahlberg", "ingrid.sahlberg@nordvent.se")], neg="trigger", date="2025-07-03 14:27"),

M("en-linkedin-connect", [],
  ("LinkedIn", "invitations@linkedin.com"),
  "Siddharth Menon wants to connect",
  """
Hi Sandra,

I'd like to join your LinkedIn network.

Siddharth Menon
Executive coach | ICF PCC | Helping leaders navigate change

Accept: https://www.linkedin.com/comm/mynetwork/invite-accept
View profile: https://www.linkedin.com/comm/in/siddharth-menon

You are receiving Invitation emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
This email was intended for Sandra Delomenie (Coach & formatrice).
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""", html="alt", mid="generic",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>"},
  neg="platform"),

M("en-thanks-export-received", [],
  ("Tomás Herrera", "tomas.herrera@gmail.com"),
  "RE: Export of your data",
  """
Received, thank you! The CSV opens fine in my new coach's tool.
Tomás
""", quote=dict(style="outlook_en", who=SANDRA, text="""
Hello Tomás,

Attached is the export of your programme data in CSV format, as you requested on 3 April.

Best wishes,
Sandra
""", hours=47), mailer="outlook", neg="thanks", date="2026-04-09 08:55"),

M("en-share-course-with-wife", [],
  ("Nigel Ashcroft", "nigel.ashcroft@gmail.com"),
  "Can my wife use my access?",
  """
Hi Sandra,

Quick question - I bought the "Mieux dormir" course but I'm travelling for work most of the month. Could my wife use my login to access it while I'm away, or does she need her own account?

Cheers,
Nigel
""", neg="trigger"),

M("en-fwd-gdpr-article", [],
  ("Fiona Kerr", "fiona.kerr@gmail.com"),
  "Fwd: Data protection for small practices - worth a read",
  """
Hi Sandra, thought of you when I saw this - you mentioned you were redoing your privacy page. No action needed, just FYI!
Fiona
""", kind="fwd822",
  inner=dict(frm=("The Practice Owner", "newsletter@practiceowner-weekly.com"),
             to=("Fiona Kerr", "fiona.kerr@gmail.com"),
             subject="Data protection for small practices: 5 things to check this year",
             body="""
This week's issue:

1. Know where your client notes live (paper, Drive, your platform).
2. Have a simple template for access and erasure requests.
3. Check your newsletter tool's unsubscribe link works.
4. Review how long you keep health information.
5. Keep a log of the requests you receive.

Read the full article on our website.

You are receiving this because you subscribed to The Practice Owner Weekly. Unsubscribe.
""", headers={"List-Id": "<weekly.practiceowner-weekly.com>"}), neg="forward"),

M("en-brevo-campaign-report", [],
  ("Brevo", "no-reply@brevo.com"),
  "Your campaign \"Lettre de mars\" has been sent",
  """
Your campaign has been sent

"Lettre de mars" was sent to 1,148 contacts.

Open rate (first 24h): 41.2%
Click rate: 6.8%
Unsubscribes: 3
Hard bounces: 2

View the full report: https://app.brevo.com/camp/report/418

Brevo
""", html="alt", mid="brevo", to="c", neg="platform"),

# NEAR-LINE: asks how unsubscribing would work, does not ask to be unsubscribed = question.
M("en-question-unsub-keeps-reminders", [],
  ("Helena Sørensen", "helena.sorensen@outlook.com"),
  "Newsletter vs reminders",
  """
Hi Sandra,

If I unsubscribe from the monthly newsletter, will I still get the reminder emails for the workshops I've booked? I don't want to miss those.

Thanks,
Helena
""", neg="question"),

# NEAR-LINE: company lawyer asks her to preserve a (living) former employee's file = not a request
# by or for the data subject.
M("en-company-lawyer-litigation-hold", [],
  ("Andrew Caldwell", "a.caldwell@brightwater-systems.com"),
  "Preservation of documents - Mr D. Okafor",
  """
Dear Ms Delomenie,

I am General Counsel at Brightwater Systems SAS. We are in a dispute with a former employee, Mr Daniel Okafor, who attended your coaching programme at our expense in 2024.

We kindly ask that you preserve, and not delete, any documents relating to the programme and to Mr Okafor's participation, as they may be relevant to the proceedings. Please also let us know whether you hold written reports about him.

Yours sincerely,
Andrew Caldwell
General Counsel, Brightwater Systems SAS
""", mailer="outlook", neg="other_person"),

M("en-systemeio-password-reset", [],
  ("Systeme.io", "no-reply@systeme.io"),
  "Reset your password",
  """
Hello,

Someone (hopefully you) asked to reset the password of the account linked to contact@floraisondesoi.fr.

Reset my password: https://systeme.io/reset-password/5f1e0a

If you didn't request this, you can ignore this email - your password will stay the same.

The Systeme.io team
""", html="alt", mid="ses", to="c", neg="login"),

M("en-es-question-keep-notes-after", [],
  ("Pablo Gutiérrez", "pablo.gutierrez@yahoo.es"),
  "question about my notes",
  """
Hello Sandra,

We finished the coaching last month, thank you for everything. One question only for curiosity: what happens with the notes of the sessions now? You keep them some years or you destroy them at the end?

Regards,
Pablo
""", neg="question"),

# NEAR-LINE: HR asks for other (living) participants' personal contacts = negative.
M("en-in-hr-list-participants-contacts", [],
  ("Kavitha Rao", "kavitha.rao@zentrix-tech.com"),
  "Contact details of participants",
  """
Dear Sandra,

As the HR SPOC for the Zentrix France batch, I request you to kindly share the personal mobile numbers and personal email ids of all 14 participants of last week's wellbeing workshop, as we are creating a WhatsApp group for follow-up activities.

Thanks & Regards,
Kavitha Rao
HR - Zentrix Technologies
""", neg="other_person"),

M("en-fwd-invoice-query-accounts", [],
  ("Hazel Morrison", "hazel.morrison@tritonmarine.co.uk"),
  "FW: Invoice FA-2025-041 - VAT number missing",
  """
Hi Sandra,

See below from our accounts team - could you reissue the invoice with our VAT number on it? Sorry for the back and forth!

Hazel
""", quote=dict(style="fwd_en", who=("Accounts Payable", "ap@tritonmarine.co.uk"),
                to=("Hazel Morrison", "hazel.morrison@tritonmarine.co.uk"),
                subject="Invoice FA-2025-041 - VAT number missing",
                text="""
Hi Hazel,

We can't process the attached invoice from Floraison de Soi: our intra-EU VAT number (GB 284 1937 05) needs to appear on it. Please ask the supplier to reissue it.

Thanks,
Accounts Payable
"""), mailer="outlook", neg="trigger", date="2025-05-19 09:41"),

]
