# English messages: requests and negatives.
from rec import m

RECORDS = [
# ------------------------------------------------------------------ requests
m("en-acc-expat-notes", ["access"],
  "Gillian Hartley <gill.hartley@btinternet.com>",
  "My session notes",
  """Dear Sandra,

I hope you're keeping well. As you know we've moved back to Shropshire after eleven years near Aigurande. I'd very much like to have a copy of whatever notes you kept from our sessions last winter - I found them so helpful and I'd like to re-read them now things are calmer.

Many thanks, and love to the dogs,
Gill
"""),

m("en-acc-what-do-you-hold", ["access"],
  "Marcus Webb <marcus.webb@outlook.com>",
  "Subject Access Request",
  """Hello,

Under Article 15 GDPR, please provide a copy of all personal data you hold about me, the purposes for which it is processed, the recipients, and the retention period. I attended your online stress management webinar in October 2024.

Regards,
Marcus Webb
""", html="alt"),

m("en-acc-how-got-email", ["access"],
  "Priya Raman <priya.raman@gmail.com>",
  "How did you get my email?",
  """Hi,

I keep receiving your French-language newsletter and I have no recollection of ever signing up. Could you tell me where you got my email address from and what other information you have on me?

Thanks,
Priya
"""),

m("en-acc-nonnative-german", ["access"],
  "Katrin Vogel <katrin.vogel@gmx.de>",
  "Question to my data",
  """Dear Mrs. Delomenie,

I was participant of your workshop in Issoudun during my holidays in summer. Please can you send me which data you have stored from me? I want to know also if you have given it to other companies.

With kind regards
Katrin Vogel
"""),

m("en-acc-questionnaire-answers", ["access"],
  "Siobhan O'Connell <siobhan.oconnell@gmail.com>",
  "Could I get my questionnaire back?",
  """Hi Sandra!

Quick one - at the start of the coaching you had me fill in that long values questionnaire. Any chance you could email me a copy of my answers? My new therapist in Cork is curious.

Thanks a million,
Siobhan
"""),

m("en-acc-solicitor", ["access"],
  "James Whitfield <j.whitfield@whitfield-law.co.uk>",
  "Our client: Mrs Deborah Ashworth - request for personal data",
  """Dear Madam,

We act for Mrs Deborah Ashworth, who received coaching services from you between January and May 2025. We enclose her signed authority.

On her behalf, we request a copy of all personal data you hold relating to her, including any session records, pursuant to Article 15 of the GDPR.

Yours faithfully,

James Whitfield
Whitfield & Co Solicitors

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""", att=[("pdf", "Authority_Ashworth.pdf", "AUTHORITY - I, Deborah Ashworth, authorise Whitfield & Co to request my personal data from Floraison de Soi.")],
  cc="Deborah Ashworth <deb.ashworth@gmail.com>"),

m("en-rect-new-email", ["rectification"],
  "Tom Fletcher <tom.fletcher@icloud.com>",
  "Change of email",
  """Hi Sandra, my old address tom.fletcher@orange.fr is going away as we've switched providers. Please use this one (tom.fletcher@icloud.com) from now on for the course emails. Cheers, Tom
"""),

m("en-rect-name-certificate", ["rectification"],
  "Aoife Ní Bhriain <aoife.nibhriain@gmail.com>",
  "Spelling of my name",
  """Hello,

My name has been entered as "Aoife Ni Brian" in your records - it's actually Aoife Ní Bhriain. Could you please correct it before the certificates go out?

Go raibh maith agat,
Aoife
"""),

m("en-rect-address-dutch", ["rectification"],
  "Pieter de Vries <pieter.devries@ziggo.nl>",
  "New adress",
  """Hello Sandra,

We have moved. The old adress in Utrecht is not valid anymore, please change it into:
Kerkstraat 17
3581 RA Utrecht... no sorry, 3811 CV Amersfoort.

Thanks and greetings,
Pieter
"""),

m("en-rect-wrong-note", ["rectification"],
  "Rachel Goldberg <rachel.goldberg@gmail.com>",
  "Correction to my file",
  """Hi Sandra,

Reading the summary you sent after our last session, it says I have two children. I have three - you may have missed Noah, he's the youngest! It matters for the family exercise. Could you update your notes?

Rachel
"""),

m("en-era-simple", ["erasure"],
  "Daniel Cooper <dan.cooper@yahoo.co.uk>",
  "Please delete my data",
  """Hello, could you please delete all the personal data you hold about me? I no longer live in France. Thanks, Daniel Cooper
"""),

m("en-era-us-client", ["erasure"],
  "Jennifer Alvarez <jen.alvarez@gmail.com>",
  "Removing my info",
  """Hey Sandra,

Hope all's good in Issoudun! I'm wrapping up a bunch of accounts before my move to Denver. Could you wipe everything you've got on me - the online course account, my worksheets, my contact details, all of it?

Thanks so much for everything,
Jen
"""),

m("en-era-formal-art17", ["erasure"],
  "Oliver Bennett <oliver.bennett@proton.me>",
  "Right to erasure - Article 17 GDPR",
  """Dear Ms Dumot-Deloménie,

I hereby request the erasure of all personal data concerning me without undue delay, pursuant to Article 17(1)(a) GDPR, as the data are no longer necessary for the purposes for which they were collected. Please confirm in writing once completed.

Proof of identity is attached.

Oliver Bennett
""", att=[("pdf", "passport_bennett.pdf", "PASSPORT - United Kingdom - BENNETT Oliver - copy for identification")]),

m("en-era-spanish", ["erasure"],
  "Lucía Fernández <lucia.fernandez@gmail.com>",
  "Delete my informations",
  """Hello Sandra,

I did the training with you in Bourges last year (I was the Spanish girl). Now I go back to Sevilla and I would like that you delete all my informations from your files, please.

Thank you very much for all!
Lucía
"""),

# NEAR-LINE: parent writing for a minor child -> request (erasure)
m("en-era-parent-teen", ["erasure"],
  "Helen McAllister <helen.mcallister@gmail.com>",
  "My son Callum",
  """Dear Sandra,

Callum (15) did the teen confidence workshop in April. He has asked me to make sure his details, the worksheets he filled in, and the group photo are removed from your records. As his parent, I'm making that request on his behalf.

Kind regards,
Helen McAllister
"""),

m("en-restr-dont-delete", ["restriction"],
  "Simon Clarke <simon.clarke@outlook.com>",
  "Hold my file - don't delete",
  """Hi Sandra,

I'm in a dispute with my former employer (the one that paid for the coaching). Please don't delete anything from my file, my lawyer may need it. But please stop using it for anything else in the meantime - no follow-ups, no stats, nothing.

Simon
"""),

m("en-restr-contest-accuracy", ["restriction"],
  "Eleanor Price <eleanor.price@gmail.com>",
  "The assessment report",
  """Dear Sandra,

I don't agree with the assessment report from the leadership training - several of the observations about me are simply wrong. Until we've sorted this out, I'd ask you to put that report on hold: please don't use it or send it to anyone.

Eleanor Price
"""),

m("en-restr-freeze", ["restriction"],
  "Mark Jennings <mark.jennings@btinternet.com>",
  "Freeze my account please",
  """Hello,

Can you freeze my data for now? Not delete - I may come back to the programme next year - but I don't want it processed in the meantime.

Cheers,
Mark
"""),

m("en-restr-italian-pause", ["restriction"],
  "Giulia Romano <giulia.romano@libero.it>",
  "About my dossier",
  """Good morning Sandra,

I write to you because in the report of the bilan there are informations about my health that are not correct (I never had burn-out, it was a depression after my father died, it is different). Until we clarify this I ask you to not use this report and to not send it to nobody, please keep it blocked.

Thank you and best regards,
Giulia Romano
"""),

m("en-port-transfer-coach", ["portability"],
  "Amy Thornton <amy.thornton@gmail.com>",
  "Transferring my records",
  """Hi Sandra,

I'm continuing my coaching with a practitioner in Bristol. Would you be able to send my records directly to her (hello@claritycoachingbristol.co.uk) in a format she can import - a spreadsheet would be perfect?

Thank you for everything,
Amy
"""),

m("en-port-json", ["portability"],
  "Lars Eriksson <lars.eriksson@outlook.com>",
  "Data portability request",
  """Hello,

I would like to receive the data I provided on your e-learning platform (profile, quiz answers, uploaded exercises) in a structured, commonly used and machine-readable format, as per Article 20 GDPR.

Best regards,
Lars Eriksson
"""),

m("en-port-mood-journal", ["portability"],
  "Natalie Brooks <natalie.brooks@icloud.com>",
  "Exporting my journal entries",
  """Hi!

I logged my mood journal on your platform every day for the 12-week programme. Could I get all my entries as a CSV so I can import them into my own app?

Natalie x
"""),

m("en-obj-unsubscribe", ["objection"],
  "Brian Keane <brian.keane@eircom.net>",
  "Unsubscribe",
  """Please unsubscribe me from your mailing list. Thank you.
"""),

m("en-obj-above-newsletter", ["objection"],
  "Sarah Linwood <sarah.linwood@gmail.com>",
  "Re: 🌸 Spring news from Floraison de Soi",
  """Lovely newsletter but my French isn't up to it! Please take me off the list.
""", quote="""Bonjour à toutes et à tous,

Le printemps est là ! Ce mois-ci, trois ateliers à Issoudun et un webinaire gratuit sur l'estime de soi.

Se désinscrire""", qstyle="en", qfrom="Floraison de Soi <contact@floraisondesoi.fr>"),

m("en-obj-no-calls", ["objection"],
  "Graham Tate <graham.tate@gmail.com>",
  "Phone calls",
  """Dear Sandra,

I've had a couple of calls offering me the new group programme. I'm not interested and would rather not be contacted for marketing purposes at all, by phone or by email.

Regards,
Graham Tate
"""),

m("en-obj-analytics", ["objection"],
  "Hannah Schmidt <hannah.schmidt@posteo.de>",
  "Tracking on your website",
  """Hello,

I object to the profiling and tracking of my visits to your website for advertising purposes. Please exclude me from any retargeting audiences.

Hannah Schmidt
"""),

m("en-wc-testimonial", ["withdraw_consent"],
  "Claire Dawson <claire.dawson@gmail.com>",
  "My testimonial",
  """Hi Sandra,

A while back I was happy for you to use my testimonial (with my first name and photo) on your website. I've changed my mind - I'd rather it came down now. Nothing personal at all, I've just become much more private online.

Thanks,
Claire
"""),

m("en-wc-video", ["withdraw_consent"],
  "Peter Lomax <peter.lomax@gmail.com>",
  "Workshop recording",
  """Hello Sandra,

I agreed to be in the recording of the online workshop on 12 March, but I'd like to withdraw that agreement. Could you edit me out or remove the replay?

Best,
Peter
"""),

m("en-pm-daughter", ["post_mortem"],
  "Joanna Pritchard <joanna.pritchard@gmail.com>",
  "My mother, Margaret Pritchard",
  """Dear Sandra,

I'm very sorry to tell you that my mother, Margaret Pritchard, passed away in September. She spoke so warmly of your sessions in Le Blanc.

I'm sorting out her affairs. Could you please close anything she had with you and let me know what happens to her information?

With thanks,
Joanna Pritchard
""", att=[("pdf", "death_certificate.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH - Margaret PRITCHARD")]),

m("en-pm-own-instructions", ["post_mortem"],
  "Robert Hale <robert.hale@btinternet.com>",
  "Instructions regarding my data",
  """Dear Sandra,

I'm putting my affairs in order following my diagnosis. When I die, I would like everything you hold on me to be deleted, apart from the letter I wrote during our last session, which should be sent to my wife, Anne.

Thank you for your kindness over the years.

Robert Hale
"""),

m("en-pm-executor", ["post_mortem"],
  "David Sinclair <d.sinclair@sinclair-probate.co.uk>",
  "Estate of the late Mr Colin Maddox",
  """Dear Madam,

I am the executor of the estate of the late Mr Colin Maddox, who died on 2 February 2026. I understand he had a subscription with your business. Please let me know of any outstanding balance or refund, and provide copies of any records relevant to the administration of the estate.

Yours faithfully,
David Sinclair
Sinclair Probate Services
""", att=[("pdf", "grant_of_probate.pdf", "GRANT OF PROBATE - Estate of Colin MADDOX deceased")]),

m("en-pm-husband-newsletter", ["post_mortem"],
  "Keith Armstrong <keith.armstrong@gmail.com>",
  "Re: Your autumn programme",
  """My wife Linda died in the summer. Please stop sending her these.
""", quote="""Hello Linda,

The autumn programme is out! Three workshops and a retreat in Valençay.

Sandra""", qstyle="en", qfrom="Sandra Delomenie <contact@floraisondesoi.fr>"),

# multi
m("en-multi-access-erasure", ["access", "erasure"],
  "Fiona Grant <fiona.grant@gmail.com>",
  "My data",
  """Hi Sandra,

Before I close this chapter: please send me a copy of everything you have about me, and once I've confirmed I've got it, delete it all.

Fiona
"""),

m("en-multi-unsub-delete", ["erasure", "objection"],
  "Andrew Moss <andrew.moss@hotmail.co.uk>",
  "Stop emails and delete",
  """Unsubscribe me and delete my details from your database please.
A. Moss
"""),

m("en-multi-testimonial-erase", ["erasure", "withdraw_consent"],
  "Rebecca Hughes <rebecca.hughes@gmail.com>",
  "Testimonial and my data",
  """Dear Sandra,

Please take down my testimonial and photo from the website and Facebook, and erase all the other personal data you hold on me as well.

Many thanks,
Rebecca
"""),

m("en-multi-access-portab", ["access", "portability"],
  "Tobias Müller <tobias.mueller@web.de>",
  "GDPR request",
  """Dear Sandra,

I want to know what personal data you have about me, and I would like to get my course data in a machine-readable format (CSV or JSON) so I can take it to another provider.

Best regards
Tobias Müller
"""),

m("en-multi-restr-rectif", ["rectification", "restriction"],
  "Olivia Chambers <olivia.chambers@gmail.com>",
  "Wrong job title + hold",
  """Hi,

Two things. My job title is wrong in your file - I'm Head of Operations, not "operations assistant", please fix it. And separately, I'd like you to stop using my answers from the team workshop while I speak to my manager about them - don't delete them, just hold them.

Olivia
"""),

m("en-multi-access-objection", ["access", "objection"],
  "Ian Forbes <ian.forbes@gmail.com>",
  "Marketing and my data",
  """Hello,

I'd like to know what data you hold about me and where it came from. I also object to receiving any further marketing from you.

Ian Forbes
"""),

m("en-multi-wc-objection", ["objection", "withdraw_consent"],
  "Megan Price <megan.price@outlook.com>",
  "Photo + newsletter",
  """Hi Sandra! Could you take down the photo of me from the retreat post on Instagram (I no longer consent) and also take me off your newsletter? Thanks a lot, Megan
"""),
]

RECORDS += [
# ------------------------------------------------------------------ negatives
m("en-neg-cancel-session", [],
  "Lisa Hammond <lisa.hammond@gmail.com>",
  "Cancelling Thursday",
  """Hi Sandra, so sorry but I have to cancel Thursday's session - the car's in the garage in Châteauroux until Friday. Can we rebook for next week? Lisa
"""),

m("en-neg-password-reset", [],
  "Neil Patterson <neil.patterson@gmail.com>",
  "Can't log in",
  """Hello, I've tried resetting my password twice but the link says it has expired. Can you help me get into the course? Neil
"""),

# NEAR-LINE: "close my account" with nothing about data -> negative
m("en-neg-close-account", [],
  "Chloe Barnes <chloe.barnes@gmail.com>",
  "Close my account",
  """Hi, I've finished the programme, please close my account. Thanks for everything! Chloe
"""),

m("en-neg-how-long-keep", [],
  "Duncan Reid <duncan.reid@gmail.com>",
  "Data question",
  """Hi Sandra,

Before I sign up: how long do you keep session notes after the coaching ends? And do you keep the health questionnaire? Just want to understand.

Duncan
"""),

m("en-neg-can-i-ask", [],
  "Emma Lowe <emma.lowe@icloud.com>",
  "Quick question",
  """Hi Sandra, if I give you a testimonial, am I allowed to ask you to take it down later? Just checking before I write one! Emma
"""),

m("en-neg-partner-data", [],
  "Steve Harding <steve.harding@gmail.com>",
  "My partner's sessions",
  """Hello Sandra,

My partner Julie has been seeing you for a few months. She's been quite withdrawn lately. Could you let me know what she's been talking about, or send me her notes? I just want to help.

Steve
"""),

m("en-neg-hr-attendance", [],
  "HR Team - Arden Logistics <hr@ardenlogistics.co.uk>",
  "Attendance and feedback forms - leadership course",
  """Dear Sandra,

For our training records, could you send us the attendance sheets and the end-of-course feedback forms for the six managers who attended in June, including Mr Paul Dean's?

Kind regards,
Rachel Kent
HR Business Partner
""", reply_to="Rachel Kent <rachel.kent@ardenlogistics.co.uk>", cc="Paul Dean <paul.dean@ardenlogistics.co.uk>"),

m("en-neg-thanks-after-erasure", [],
  "Daniel Cooper <dan.cooper@yahoo.co.uk>",
  "Re: Your data has been deleted",
  """Thanks Sandra, much appreciated. All the best, Dan
""", quote="""Dear Daniel,

I confirm that your personal data has been deleted from my records, apart from invoices I am legally required to keep.

Best wishes,
Sandra

> Hello, could you please delete all the personal data you hold about me? Thanks, Daniel Cooper""", qstyle="en"),

m("en-neg-giving-consent", [],
  "Kate Morrison <kate.morrison@gmail.com>",
  "Testimonial - yes!",
  """Hi Sandra,

Happy for you to use my testimonial with my first name and the photo from the retreat. Here it is:

"Three days in Valençay with Sandra gave me back something I'd lost - the ability to sit still."

Kate
"""),

m("en-neg-ico-complaint-copy", [],
  "Alan Pryce <alan.pryce@gmail.com>",
  "FYI - complaint lodged",
  """Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL regarding repeated marketing emails sent to me after I asked to be removed. A copy of my submission is below.

"I have received at least six marketing emails from Floraison de Soi since March despite asking to be removed. I ask the CNIL to investigate."

Alan Pryce
"""),

m("en-neg-stripe-dispute", [],
  "Stripe <notifications@stripe.com>",
  "A payment was disputed",
  """A customer has disputed a payment of €120.00.

Reason: Product not received
Respond by: 14 May 2025

Submit evidence in your Dashboard to contest this dispute.

Stripe
""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

m("en-neg-zoom-privacy-update", [],
  "Zoom <no-reply@zoom.us>",
  "Updates to our Privacy Statement",
  """Hello,

We're updating our Privacy Statement, effective 1 February 2026, to provide more clarity on how we handle data used for AI features. No action is needed on your part.

Review the updated Privacy Statement at zoom.com/privacy.

Zoom Communications, Inc.
""", html="only", headers={"Precedence": "bulk", "List-Unsubscribe": "<https://zoom.us/unsubscribe?e=xx>"}),

m("en-neg-calendly-dpa", [],
  "Calendly <legal@calendly.com>",
  "Important: changes to our Data Processing Addendum",
  """Hi Sandra,

We've updated our Data Processing Addendum (DPA) and our list of subprocessors. These changes take effect 30 days from today. If you have questions, contact privacy@calendly.com.

The Calendly Team
""", html="alt", headers={"Precedence": "bulk"}),

m("en-neg-canva-receipt", [],
  "Canva <no-reply@canva.com>",
  "Your Canva Pro receipt",
  """Thanks for your payment.

Canva Pro (annual) - €110.00
Billed to: Floraison de Soi
Next billing date: 18 March 2026
""", html="only", headers={"Auto-Submitted": "auto-generated"}),

m("en-neg-linkedin", [],
  "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, you appeared in 23 searches this week",
  """You appeared in 23 searches this week.

See who's looking: Coaches, HR Managers, Trainers.

Unsubscribe | Help
""", html="only", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>", "Precedence": "bulk"}),

m("en-neg-paypal-phish", [],
  "PayPal Service <service@paypal-resolution-center.net>",
  "Your account has been limited",
  """Dear Customer,

We noticed unusual activity on your PayPal account. Your account access has been limited until you confirm your identity.

Confirm now: http://paypal-resolution-center.net/verify

PayPal
""", html="only", to="orange"),

m("en-neg-google-storage", [],
  "Google Workspace <workspace-noreply@google.com>",
  "Your storage is 90% full",
  """Your Google Workspace storage for floraisondesoi.fr is 90% full. When storage is full, you won't be able to send or receive email.

Manage storage
""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

m("en-neg-ooo-gdpr", [],
  "Sophie Bell <sophie.bell@harrowgate-hr.co.uk>",
  "Automatic reply: Training proposal",
  """Thank you for your email. I am out of the office until 2 September with limited access to email.

Harrowgate HR Ltd processes personal data in accordance with the UK GDPR. You have the right to access, rectify or erase your data - see our privacy notice at harrowgate-hr.co.uk/privacy.
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

m("en-neg-ooo-simple", [],
  "Tom Fletcher <tom.fletcher@icloud.com>",
  "Out of office",
  """I'm away walking the GR65 until the 20th with no signal. Will reply when back. Tom
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

m("en-neg-bounce", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to g.hartley@btopenworld.com because the address couldn't be found, or is unable to receive mail.
""", kind="bounce", bounce=dict(mta="mx.google.com", rcpt="g.hartley@btopenworld.com", status="5.1.1",
  diag="550 5.1.1 The email account that you tried to reach does not exist.",
  osubject="Your session notes", ofrom="Sandra Delomenie <contact@floraisondesoi.fr>"),
  headers={"Auto-Submitted": "auto-replied"}),

m("en-neg-sent-export", [],
  "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>",
  "Your records",
  """Dear Amy,

As requested, attached is a spreadsheet with your session dates and questionnaire results. I've also sent it directly to your new coach in Bristol.

Wishing you all the best,
Sandra
""", to="Amy Thornton <amy.thornton@gmail.com>",
  att=[("csv", "records_amy_thornton.csv", "date,type,score\n2025-01-14,values questionnaire,\n2025-02-04,stress scale,23\n2025-03-11,stress scale,14\n")]),

m("en-neg-sent-reply-how-long", [],
  "Sandra Delomenie <contact@floraisondesoi.fr>",
  "Re: Data question",
  """Hi Duncan,

Session notes are kept for the duration of the coaching and then archived; any health information is kept for two years at most. Happy to talk it through on a call.

Sandra
""", to="Duncan Reid <duncan.reid@gmail.com>"),

m("en-neg-workshop-booking", [],
  "Jane Aldridge <jane.aldridge@gmail.com>",
  "Booking for the English-language workshop",
  """Hello Sandra,

I'd like to book two places on the English-speaking "Living well in France" workshop on 7 June - for me and my neighbour Pat. Here are my details for the registration: Jane Aldridge, 06 45 22 10 98, La Petite Ferme, 36230 Neuvy-Saint-Sépulchre.

Looking forward to it!
Jane
"""),

m("en-neg-invoice-copy", [],
  "Michael Rowe <michael.rowe@gmail.com>",
  "Copy of invoice",
  """Hi Sandra, my employer will reimburse the coaching but needs a copy of the invoice with the VAT line (or the mention that VAT doesn't apply). Could you resend it? Thanks, Michael
"""),

m("en-neg-delete-slot", [],
  "Amanda Keys <amanda.keys@gmail.com>",
  "Calendly slot",
  """Hi Sandra, I accidentally booked two slots on Calendly for next Tuesday - could you delete the 3pm one? The 10am is the right one. Sorry! Amanda
"""),

m("en-neg-consent-workshop-topic", [],
  "Dr Ruth Adeyemi <r.adeyemi@bristolcoachingschool.ac.uk>",
  "Guest session on consent in coaching",
  """Dear Sandra,

I run the ethics module for our coaching diploma. We're looking for a French practitioner to give a 90-minute online guest session on informed consent and confidentiality in coaching across cultures. Would you be interested? There's a modest fee.

Best wishes,
Ruth
"""),

m("en-neg-refund-workshop", [],
  "Pat Gilmore <pat.gilmore@orange.fr>",
  "Workshop on the 7th",
  """Hello Sandra, sadly I won't be able to make the workshop on the 7th - hospital appointment in Tours. Could I have a refund or a credit for the autumn one? Pat
"""),

m("en-neg-partner-collab", [],
  "Hélène & Mark - The Berry Retreat <hello@theberryretreat.com>",
  "Retreat collaboration 2026",
  """Hi Sandra,

We run a small retreat house near Sainte-Sévère and host English-speaking groups. Would you be interested in co-leading a weekend on burnout and rest next spring? We'd handle bookings and food.

Warmly,
Hélène & Mark
""", reply_to="Mark Ellison <mark@theberryretreat.com>"),

m("en-neg-feedback", [],
  "Gillian Hartley <gill.hartley@btinternet.com>",
  "Re: Your session notes",
  """Got them, thank you so much Sandra. Reading them brought back the whole winter. x
""", quote="""Dear Gill,

Please find attached the notes from our sessions. Take care of yourself.

Sandra""", qstyle="en", qfrom="Sandra Delomenie <contact@floraisondesoi.fr>"),

m("en-neg-spam-gdpr-fines", [],
  "GDPR Compliance Team <alerts@gdpr-compliance-eu.net>",
  "Final notice: your website is not GDPR compliant",
  """Dear Business Owner,

Our automated scan found that floraisondesoi.fr does not display a compliant cookie banner. Fines of up to EUR 20,000,000 may apply. Secure your business today with our compliance package for only EUR 299.

Unsubscribe
""", html="only"),

m("en-neg-phish-docusign", [],
  "DocuSign <dse@docusign-secure-envelope.com>",
  "Sandra Delomenie: please review and sign 'Invoice_2025_0412.pdf'",
  """You have received a document to review and sign.

REVIEW DOCUMENT

Do not share this email. This link is unique to you.
""", html="only"),

m("en-neg-newsletter-icf", [],
  "ICF Coaching World <news@coachingfederation.org>",
  "This month: coaching ethics and AI",
  """In this issue:
- Updated Code of Ethics: what changes for confidentiality
- Webinar: AI note-takers in coaching sessions - yes or no?
- Member spotlight

Manage preferences | Unsubscribe
""", html="alt", headers={"List-Id": "<coachingworld.coachingfederation.org>",
  "List-Unsubscribe": "<https://coachingfederation.org/unsubscribe>", "Precedence": "bulk"}),

m("en-neg-access-to-venue", [],
  "Margaret Doyle <margaret.doyle@orange.fr>",
  "Access to the hall",
  """Hi Sandra, how do we get access to the hall on Saturday if we arrive early? Is there a code for the door or will someone be there? Margaret
"""),

m("en-neg-object-at-work", [],
  "Chris Holloway <chris.holloway@gmail.com>",
  "Before next session",
  """Sandra - thought for next session: I keep failing to object when my boss dumps work on me at 5pm. I'd like to practise saying no. See you Tuesday. Chris
"""),

m("en-neg-forwarded-mum", [],
  "Sam Whitaker <sam.whitaker@gmail.com>",
  "Fwd: workshop details",
  """Hi Sandra - forwarding this from my mum, she's asked me to check the address for Saturday. Is it the hall on rue de la République? Thanks, Sam
""", quote="""Sam love can you ask Sandra where the workshop is on Saturday I can't find the email. Mum x""", qstyle="en_fwd", qfrom="Jean Whitaker <jean.whitaker@orange.fr>"),

m("en-neg-qonto-card", [],
  "Qonto <noreply@qonto.com>",
  "Card payment declined",
  """A payment of €59.00 to ZOOM.US with your card ending 7733 was declined: insufficient balance.

Top up your account in the Qonto app.
""", html="only", headers={"Auto-Submitted": "auto-generated"}),

m("en-neg-vendor-privacy-brevo", [],
  "Brevo <legal@brevo.com>",
  "We're updating our Privacy Policy and Terms",
  """Hello,

We're updating our Terms of Use and Privacy Policy, effective 15 April 2025. Highlights: clearer description of the data we process as your processor, updated subprocessor list.

No action is required.

The Brevo Team
""", html="alt", headers={"Precedence": "bulk"}),

m("en-neg-rfc822-forward-booking", [],
  "Karen Wells <karen.wells@gmail.com>",
  "Fwd: Booking confirmation - Living well workshop",
  """Hi Sandra, I never got a confirmation for my booking, but my husband did (see attached). Can you check I'm actually on the list too? Karen
""", kind="rfc822", inner=dict(
    frm="Floraison de Soi <contact@floraisondesoi.fr>",
    to="Paul Wells <paul.wells@gmail.com>",
    subject="Booking confirmation - Living well workshop",
    date="2025-05-20 09:30",
    body="Hello Paul,\n\nYour place for the Living well in France workshop on 7 June is confirmed.\n\nSandra\n")),
]
