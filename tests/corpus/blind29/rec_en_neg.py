# -*- coding: utf-8 -*-
"""English negatives: people and machines. Field meanings: see rec_fr_req_a.py."""


def lu(list_id, unsub_url, mailto=None):
    v = "<%s>" % unsub_url if not mailto else "<mailto:%s>, <%s>" % (mailto, unsub_url)
    return {"List-Id": list_id, "List-Unsubscribe": v,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


R = [

# ------------------------------------------------------------ ordinary mail, trigger words

# P: Claire, 46, English client in the Vienne, lost the session recording. Gmail.
dict(key="en-neg-claire-recording-deleted", rights=[], lang="en",
     frm="Claire Holloway <claire.holloway@gmail.com>", mailer="gmail",
     date="2025-03-06 09:40", subj="Session recording",
     body="""
Hi Sandra,

Silly me - I deleted the recording of Tuesday's session from my downloads before I'd listened to the last part. Is there any chance you could send the link again?

Thanks ever so much,
Claire
"""),

# P: Mehmet, 33, Turkish engineer in Grenoble, wants to correct his own homework. Non-native.
dict(key="en-neg-mehmet-correct-exercise", rights=[], lang="en-nonnative",
     frm="Mehmet Yilmaz <mehmet.yilmaz@gmail.com>", mailer="gmail",
     date="2025-05-13 22:15", subj="correction of exercise 2",
     body="""
Hello Sandra,

I want to correct my answers in exercise 2 (values ranking), I made a mistake in the order. Can I modify it directly in the platform or should I send you new version by email?

Thank you,
Mehmet
"""),

# P: Laura, 38, L&D manager of a UK subsidiary in France, wants attendance records for
# their learning system.
# NEAR-LINE: an employer asking for attendance sheets / completion export of its own staff
# for training administration - a business document request, not a data subject's right.
dict(key="en-neg-company-attendance-export", rights=[], lang="en",
     frm="Laura Bennett <laura.bennett@kestrel-systems.eu>", mailer="outlook",
     date="2025-06-20 11:25", subj="Attendance sheets export for our LMS",
     body="""
Hi Sandra,

Thanks again for the two-day "Resilient teams" training. For our internal LMS, could you send us an export of the signed attendance sheets and the completion status of our 9 participants (CSV if possible)? We need it for the OPCO file as well.

Best,
Laura Bennett
Learning & Development Manager, Kestrel Systems France
"""),

# P: Andrew, 50, English coach running retreats, proposes a partnership. Mentions GDPR.
dict(key="en-neg-andrew-partnership-gdpr", rights=[], lang="en",
     frm="Andrew Pike <andrew@stillwater-retreats.co.uk>", mailer="gmail",
     date="2025-09-02 14:02", subj="Joint retreat in the Berry - 2026?",
     body="""
Hi Sandra,

Lovely to meet you at the Tours conference. I'd love to explore a joint retreat in spring 2026 - your coaching, my mindfulness sessions, in a gîte near Issoudun.

On the admin side, we'd need a simple data-sharing agreement so we're both GDPR-compliant with the participant list. I have a template I can send over.

Shall we have a call next week?

Andrew
"""),

# P: Jess, 29, Irish, grateful after a session. Uses "erase" figuratively.
dict(key="en-neg-jess-erased-doubt", rights=[], lang="en",
     frm="Jess Kavanagh <jess.kavanagh@gmail.com>", mailer="apple",
     date="2025-11-13 21:58", subj="Thank you!!",
     body="""
Sandra,

I just had to write - today's session was huge. It feels like I've erased ten years of self-doubt in one hour (OK, maybe not erased, but turned the volume right down!).

See you in two weeks,
Jess

Sent from my iPhone
"""),

# P: Martin, 62, wheelchair user, asks about physical access to the workshop room.
dict(key="en-neg-martin-wheelchair-access", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="en",
     frm="Martin Lowe <martin.lowe@sky.com>", mailer="outlook",
     date="2026-01-26 10:37", subj="Access to the workshop venue",
     body="""
Hello Sandra,

I'm interested in your April workshop in Issoudun. I use a wheelchair - is there step-free access to the room at 46 rue d'Estienne d'Orves, and an accessible toilet?

Many thanks,
Martin Lowe
"""),

# P: Anika, 36, German, wants a copy of the course workbook (material, not personal data).
dict(key="en-neg-anika-copy-workbook", rights=[], lang="en-nonnative",
     frm="Anika Weber <anika.weber@posteo.de>", mailer="thunderbird",
     date="2025-07-29 08:50", subj="copy of the workbook",
     body="""
Hi Sandra,

Could I get a copy of the workbook from the online course as PDF? I would like to print it, it is easier for me to work on paper.

Thank you and best regards,
Anika
"""),

# ------------------------------------------------------------ cancellations

# P: Kate, 44, English, cancels her retreat booking.
dict(key="en-neg-kate-cancel-retreat", rights=[], lang="en",
     frm="Kate Morrison <kate.morrison@btinternet.com>", mailer="apple",
     date="2025-04-30 17:48", subj="Cancelling my retreat place",
     body="""
Dear Sandra,

I'm so sorry but I need to cancel my place on the June retreat - my father's surgery has been brought forward and I need to be in Bristol.

Could you let me know what your cancellation terms are for the deposit?

Kind regards,
Kate
"""),

# P: Ben, 31, American, cancels monthly membership.
dict(key="en-neg-ben-cancel-membership", rights=[], lang="en",
     frm="Ben Carter <ben.carter@icloud.com>", mailer="apple",
     date="2025-10-03 12:12", subj="Cancel my monthly membership",
     body="""
Hi,

Please cancel my monthly membership to the Floraison circle at the end of this billing period. It's been great, but money's tight right now.

Thanks,
Ben
"""),

# P: Yuki, 27, Japanese student in Paris, cancels a session. Non-native, very polite.
# NEAR-LINE: "please delete my booking" is cancelling a slot - negative.
dict(key="en-neg-yuki-cancel-session", rights=[], lang="en-nonnative",
     frm="Yuki Tanaka <yuki.tanaka.paris@gmail.com>", mailer="gmail",
     date="2026-03-12 07:20", subj="Cancel session on Friday",
     body="""
Dear Sandra,

I am very sorry, but I must cancel our session on Friday because I have an exam that was moved. Please delete my booking, I will book again next week.

Thank you very much for your understanding.
Yuki
"""),

# ------------------------------------------------------------ password / access

# P: Gordon, 68, Scottish, can't log in.
dict(key="en-neg-gordon-password", rights=[], lang="en",
     frm="Gordon Reid <gordon.reid@blueyonder.co.uk>", mailer="outlook",
     date="2025-02-08 16:33", subj="Can't log in",
     body="""
Hello,

I can't get into the course. It keeps saying my password is wrong, and the reset email never arrives. Could you reset it for me?

Regards,
Gordon Reid
"""),

# P: Priya, 34, Indian, in Lyon, asks how to access her member space.
dict(key="en-neg-priya-access-space", rights=[], lang="en-nonnative",
     frm="Priya Nair <priya.nair@outlook.com>", mailer="outlook",
     date="2025-08-18 13:44", subj="How to access my space?",
     body="""
Hi Sandra,

I paid for the "Self-esteem" program yesterday but I don't understand how to access my member space. Where do I log in? I got the receipt from Stripe but no login details.

Thanks,
Priya
"""),

# ------------------------------------------------------------ close account alone

# P: Nick, 40, English, done with the course.
# NEAR-LINE: "please close my account" with no mention of data - negative per policy.
dict(key="en-neg-nick-close-account", rights=[], lang="en",
     frm="Nick Shaw <nick.shaw@gmail.com>", mailer="gmail",
     date="2025-12-09 19:19", subj="Close my account",
     body="""
Hi Sandra,

I've finished the course, so please close my account on the platform. Thanks for a great programme!

Nick
"""),

# P: Ilse, 55, Dutch, deactivate membership account. Non-native.
# NEAR-LINE: account deactivation only - negative.
dict(key="en-neg-ilse-deactivate", rights=[], lang="en-nonnative",
     frm="Ilse Jansen <ilse.jansen@kpnmail.nl>", mailer="thunderbird",
     date="2026-04-15 10:05", subj="deactivate account",
     body="""
Hello,

Please can you deactivate my account on your website? I don't use it anymore.

Greetings,
Ilse Jansen
"""),

# ------------------------------------------------------------ questions about rights

# P: Hannah, 39, cautious, considering coaching.
# NEAR-LINE: "am I entitled to..." is a question about how the right works - negative.
dict(key="en-neg-hannah-am-i-entitled", rights=[], lang="en",
     frm="Hannah Price <hannah.price@gmail.com>", mailer="gmail",
     date="2025-01-30 20:20", subj="Question about notes before I sign up",
     body="""
Hi Sandra,

Before I sign up for the six-month programme: if I decide to stop halfway, am I entitled to ask you to delete the notes you take during sessions? And would I be able to get a copy of them first?

Just want to understand how it works.

Thanks,
Hannah
"""),

# P: Lars, 48, Danish, asks about timing and fees of a data request. Non-native.
dict(key="en-neg-lars-how-long", rights=[], lang="en-nonnative",
     frm="Lars Mikkelsen <lars.mikkelsen@mail.dk>", mailer="outlook",
     date="2025-06-27 15:10", subj="Question about data requests",
     body="""
Hello,

A general question: if a client asks to receive all his data, how long do you need to answer, and do you take a fee for it? I am not asking now, I only want to know for later.

Best regards,
Lars
"""),

# ------------------------------------------------------------ CNIL complaint copy

# P: Steven, 52, American, angry, cc's Sandra on his CNIL complaint (in English).
# NEAR-LINE: a copy of his CNIL complaint; it recounts an earlier objection but asks
# nothing new of Sandra - negative.
dict(key="en-neg-steven-cnil-complaint", rights=[], lang="en",
     frm="Steven Marsh <steven.marsh@gmail.com>", mailer="gmail",
     date="2025-10-29 23:40", subj="FYI - complaint filed with the CNIL",
     body="""
Ms Delomenie,

This is to let you know that I have today filed a complaint with the CNIL regarding the handling of my earlier request and the continued marketing emails. A copy of the complaint text is below.

---
To the CNIL: I attended a webinar by Floraison de Soi (Issoudun) in 2024. Despite my objection sent on 12 September 2025, I continue to receive marketing emails. I ask the CNIL to investigate.
---

Steven Marsh
"""),

# ------------------------------------------------------------ another living adult

# P: Rosalind, 60, English, wife of a client, wants to know what her husband talks about.
# NEAR-LINE: a spouse asking for another living adult's data - negative.
dict(key="en-neg-rosalind-husband", rights=[], lang="en",
     frm="Rosalind Gray <rosalind.gray@orange.fr>", mailer="orange",
     date="2025-07-11 10:48", subj="My husband, Peter Gray",
     body="""
Dear Sandra,

My husband Peter has been seeing you for coaching since the spring. He's been very withdrawn lately and I'm worried. Could you send me your notes from his sessions, or at least tell me what he's been discussing? I only want to help him.

Rosalind Gray
"""),

# P: Darren, 41, team lead at a client company, wants notes on a direct report.
# NEAR-LINE: a manager asking for an employee's data - negative.
# NEAR-LINE: the "please also delete the draft" concerns Sam's data, not Darren's - still a
# request about another living adult: negative.
dict(key="en-neg-darren-team-member", rights=[], lang="en",
     frm="Darren Fitch <darren.fitch@kestrel-systems.eu>", mailer="outlook",
     date="2026-02-23 09:31", subj="Coaching notes for Sam Okafor",
     body="""
Hi Sandra,

As Sam Okafor's line manager, could you share your notes and the assessment from Sam's coaching sessions? I'd like to use them in Sam's performance review next month. Please also delete the draft version you sent by mistake to our HR shared inbox.

Thanks,
Darren Fitch
Team Lead, Kestrel Systems France
"""),

# ------------------------------------------------------------ thank-you above handled request

# P: Fiona (course export) thanks Sandra after receiving the CSV. Gmail-style English quote.
# NEAR-LINE: thanks above the quoted, handled portability request - negative.
dict(key="en-neg-fiona-thanks-export", rights=[], lang="en",
     frm="Fiona MacLeod <fiona.macleod@icloud.com>", mailer="gmail",
     date="2025-06-12 08:10", subj="Re: Exporting my course journal",
     irt="<7C2A91F0-5B3E-4E8D-A1C2-9F0E3B7D6A11@orange.fr>",
     body="""
Got it - the spreadsheet opened perfectly. Thank you so much, Sandra!

Fiona

On Tue, 10 Jun 2025 at 18:44, Sandra Delomenie <sandra.delomenie@orange.fr> wrote:
> Hello Fiona,
> Please find attached your journal entries and progress as a CSV file.
> Best wishes,
> Sandra
>
> On 6 Jun 2025, at 21:09, Fiona MacLeod <fiona.macleod@icloud.com> wrote:
>> Could you export my entries and progress as a file I can reuse elsewhere
>> (a CSV or a spreadsheet would be perfect - not screenshots)?
"""),

# P: Olivia (testimonial) thanks Sandra for removing it. Apple Mail quote.
dict(key="en-neg-olivia-thanks-removed", rights=[], lang="en",
     frm="Olivia Grant <olivia@oliviagrant.co.uk>", mailer="apple",
     date="2025-09-01 12:31", subj="Re: Withdrawing my testimonial",
     body="""
Thank you Sandra, that's very kind and very quick. All the best with the autumn programme!

Olivia

> On 31 Aug 2025, at 17:02, Sandra Delomenie <sandra.delomenie@orange.fr> wrote:
>
> Dear Olivia,
> Your testimonial has been removed from the website, the Systeme.io sales pages and my social media.
> Warmly,
> Sandra
>
>> On 29 Aug 2025, at 09:44, Olivia Grant <olivia@oliviagrant.co.uk> wrote:
>>
>> I'm writing to withdraw my consent for the use of my testimonial.
"""),

# ------------------------------------------------------------ giving consent

# P: Aoife, 30, Irish, ex-workshop participant, gladly agrees to her testimonial being used.
dict(key="en-neg-aoife-yes-testimonial", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="en",
     frm="Aoife Byrne <aoife.byrne@gmail.com>", mailer="gmail",
     date="2025-05-22 13:05", subj="Re: Could I share your words?",
     irt="<CAF7wq9Zz1Qp3Ks@mail.gmail.com>",
     body="""
Of course! Yes, you can use my testimonial on your website and Instagram, with my first name and the photo from the workshop. I'm honoured.

Aoife

On Wed, 21 May 2025 at 19:30, Floraison de Soi <contact@floraisondesoi.fr> wrote:
> Hi Aoife, would you be happy for me to share the lovely message you sent after the workshop?
"""),

# P: Daniel, 47, consents to session recording for his own use.
dict(key="en-neg-daniel-consent-recording", rights=[], lang="en",
     frm="Daniel Mercer <daniel.mercer@protonmail.com>", mailer="thunderbird",
     date="2026-01-05 18:48", subj="Consent form",
     att=[("Recording_consent_Mercer.pdf", "application/pdf")],
     body="""
Hi Sandra,

Attached is the signed consent form - I'm happy for our Zoom sessions to be recorded so I can re-listen to them. Looking forward to Thursday.

Daniel
"""),

# ------------------------------------------------------------ forwarded (message/rfc822)

# P: Hilary forwards an article newsletter from a UK coaching body, thinking Sandra will enjoy
# it. Forward as an attachment from her iPad.
dict(key="en-neg-hilary-fwd-article", rights=[], lang="en",
     frm="Hilary Pemberton <hilary.pemberton@btinternet.com>", mailer="apple",
     date="2025-08-08 11:22", subj="Fwd: Coaching ethics: handling client records",
     body="""
Dear Sandra,

Thought this might interest you - the bit about clients asking for their notes made me think of our chat. No action needed, just sharing!

Hilary
""",
     fwd=dict(frm="Association for Coaching UK <news@associationforcoaching.example>",
              to="hilary.pemberton@btinternet.com", date="2025-08-07 09:00", mailer="system",
              subj="Coaching ethics: handling client records",
              body="""
COACHING ETHICS DIGEST - AUGUST

Handling client records: what to keep, what to delete, and how to respond when a client asks for a copy of their notes.

- Keep session notes factual and brief
- Agree retention periods in your contract
- Respond to access requests within one month

Unsubscribe from this digest
""")),

# ------------------------------------------------------------ auto-replies

# P: Outlook out-of-office of the corporate L&D manager.
dict(key="en-neg-auto-ooo-outlook", rights=[], lang="en",
     frm="Laura Bennett <laura.bennett@kestrel-systems.eu>", mailer="outlook",
     date="2025-07-28 09:02", subj="Automatic reply: Attendance certificates - Resilient teams",
     hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
          "X-Auto-Response-Suppress": "All"},
     body="""
Thank you for your email. I am out of the office until 18 August with limited access to email.

For urgent training matters please contact hr.france@kestrel-systems.eu. For data protection requests please contact privacy@kestrel-systems.eu.

Laura
"""),

# P: Gmail vacation responder of a client.
dict(key="en-neg-auto-vacation-gmail", rights=[], lang="en",
     frm="Rebecca Liu <rebecca.liu@shaw.ca>", mailer="gmail", shape="plain",
     date="2025-12-22 17:30", subj="Re: Your session reminder",
     hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk", "X-Autoreply": "yes"},
     body="""
Hi! I'm away for the holidays until January 5th and checking email only occasionally. I'll reply when I'm back. Happy holidays!

Rebecca
"""),

# ------------------------------------------------------------ bounces

# P: Gmail mailer-daemon bounce of a newsletter sent by Sandra.
dict(key="en-neg-bounce-gmail", rights=[], lang="en",
     frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", mailer="system",
     date="2025-04-04 07:01", subj="Delivery Status Notification (Failure)",
     hdr={"Auto-Submitted": "auto-replied"},
     report=dict(mta="mail-sor-f41.google.com", rcpt="p.lemoine.old@gmail.com", status="5.1.1",
                 diag="550-5.1.1 The email account that you tried to reach does not exist.",
                 orig_headers="""
From: Floraison de Soi <contact@floraisondesoi.fr>
To: p.lemoine.old@gmail.com
Subject: =?utf-8?q?=F0=9F=8C=B8_Avril_=3A_la_saison_pour_semer_de_nouvelles_intentions?=
Date: Fri, 04 Apr 2025 07:00:02 +0200
Message-ID: <nl-2025-04.7741.b@floraisondesoi.fr>
"""),
     body="""
** Address not found **

Your message wasn't delivered to p.lemoine.old@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""),

# P: Microsoft 365 NDR for a message Sandra sent to a company address (quota exceeded).
dict(key="en-neg-bounce-microsoft", rights=[], lang="en",
     frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-systems.eu>",
     mailer="system",
     date="2025-11-18 14:47", subj="Undeliverable: Your data access request - documents",
     hdr={"Auto-Submitted": "auto-replied"},
     report=dict(mta="AM0PR07MB6420.eurprd07.prod.outlook.com", rcpt="j.doe@kestrel-systems.eu",
                 status="5.2.2", diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                 orig_headers="""
From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: j.doe@kestrel-systems.eu
Subject: Your data access request - documents
Date: Tue, 18 Nov 2025 14:46:51 +0100
Message-ID: <9981734.4471.1763473611@opme11oxm04a.ifr.orange.fr>
"""),
     body="""
Delivery has failed to these recipients or groups:

j.doe@kestrel-systems.eu
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Remote server returned '554 5.2.2 mailbox full'
"""),

# ------------------------------------------------------------ notifications

# P: Stripe: data export ready (dashboard export Sandra requested).
dict(key="en-neg-stripe-export-ready", rights=[], lang="en",
     frm="Stripe <notifications@stripe.com>", mailer="system",
     date="2025-04-11 11:58", subj="Your export is ready to download",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Floraison de Soi

Your export of payments (1 Jan 2025 - 31 Mar 2025) is ready. The download link will expire in 7 days.

Download CSV: https://dashboard.stripe.com/exports/exp_b29

If you didn't request this export, please contact Stripe support.

Stripe Payments Europe, Ltd.
"""),

# P: Zoom: cloud recording will be deleted.
dict(key="en-neg-zoom-recording-deleted", rights=[], lang="en",
     frm="Zoom <no-reply@zoom.us>", mailer="system",
     date="2025-06-02 06:30", subj="Your cloud recordings will be deleted in 7 days",
     hdr=lu("Zoom notifications <notifications.zoom.us>", "https://zoom.us/unsubscribe?e=b29"),
     body="""
Hi Sandra,

3 cloud recordings in your account will be permanently deleted on June 9, 2025 according to your retention settings:

- Webinar - Setting boundaries (Mar 10)
- Team workshop - Kestrel (Mar 21)
- Live Q&A (Apr 15)

To keep them, download a copy or change your retention policy.

The Zoom Team
"""),

# P: Calendly new invitee (English).
dict(key="en-neg-calendly-new-invitee", rights=[], lang="en",
     frm="Calendly <notifications@calendly.com>", mailer="system",
     date="2025-09-19 22:04", subj="New Event: Hannah Price - 09:00 Fri, 26 Sep 2025 - Discovery call",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Hannah Price
Invitee Email: hannah.price@gmail.com
Event Date/Time: 09:00 - Friday, 26 September 2025 (Central European Time)
Invitee Time Zone: Europe/London

View event in Calendly
"""),

# P: Google One storage almost full.
dict(key="en-neg-google-storage", rights=[], lang="en",
     frm="Google One <googleone-noreply@google.com>", mailer="system",
     date="2026-03-19 15:15", subj="Your Google storage is 90% full",
     hdr=lu("Google One <googleone.google.com>", "https://one.google.com/settings/unsubscribe"),
     body="""
Your Google storage is almost full

You've used 13.5 GB of your 15 GB. When you run out of space, you won't be able to upload new files to Google Drive or receive emails in Gmail.

Free up space by deleting large files, or get more storage with Google One.

Manage storage: https://one.google.com/storage
"""),

# P: Google account security alert (genuine).
dict(key="en-neg-google-security-alert", cte="b64", rights=[], lang="en",
     frm="Google <no-reply@accounts.google.com>", mailer="system",
     date="2025-11-02 20:41", subj="Security alert",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
A new sign-in on Mac

floraisondesoi@gmail.com

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You can also see security activity at https://myaccount.google.com/notifications
"""),

# P: Canva notification, design shared.
dict(key="en-neg-canva-shared", rights=[], lang="en",
     frm="Canva <no-reply@canva.com>", mailer="system",
     date="2025-08-26 10:10", subj="Gaëlle shared a design with you: \"Testimonials carousel v3\"",
     hdr=lu("Canva <notifications.canva.com>", "https://www.canva.com/settings/notifications"),
     body="""
Gaëlle Prieur shared a design with you

Testimonials carousel v3

"I removed Céline's quote and the Liège one as you asked, and added the two new ones. Can you check?"

Open design: https://www.canva.com/design/b29
"""),

# P: Meta / Facebook page notification.
dict(key="en-neg-facebook-comment", rights=[], lang="en",
     frm="Facebook <notification@facebookmail.com>", mailer="system",
     date="2025-07-08 12:40", subj="Someone commented on Floraison de Soi's post",
     hdr=lu("Facebook notifications <notification.facebookmail.com>", "https://www.facebook.com/o.php?k=b29"),
     body="""
Marie Dufresne commented on a post by Floraison de Soi: "What a beautiful circle! Can't wait for the next one 🌸"

View comment: https://www.facebook.com/floraisondesoi/posts/b29

This message was sent to sandra.delomenie@orange.fr. To stop receiving these emails, unsubscribe.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4
"""),

# P: PayPal receipt (English account settings).
dict(key="en-neg-paypal-receipt", cte="b64", rights=[], lang="en",
     frm="PayPal <service@paypal.fr>", mailer="system",
     date="2025-05-16 09:55", subj="You've got money",
     hdr={"Auto-Submitted": "auto-generated"},
     body="""
Hello Sandra Delomenie,

You received a payment of €65.00 EUR from Kate Morrison (kate.morrison@btinternet.com).

Note from buyer: "Deposit - June retreat"

Transaction ID: 8HX22917B29

PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""),

# ------------------------------------------------------------ newsletters from peers

# P: English-language coaching newsletter Sandra subscribes to.
dict(key="en-neg-mindful-coach-newsletter", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="en",
     frm="The Mindful Coach <hello@themindfulcoach.example>", mailer="system", shape="html",
     date="2025-10-19 08:00", subj="5 ways to help clients let go (and delete the inner critic)",
     hdr=lu("The Mindful Coach Weekly <weekly.themindfulcoach.example>",
            "https://themindfulcoach.example/unsubscribe?id=b29", "unsubscribe@themindfulcoach.example"),
     body="""
Hi there,

This week: five gentle techniques to help your clients let go of old stories - and yes, "delete the inner critic" is one of them (spoiler: you can't, but you can turn it down).

Also inside: how to write session notes your clients would be happy to read.

Read online

You're receiving this because you subscribed at themindfulcoach.example. Unsubscribe | Update preferences
"""),

# P: ICF-style professional body newsletter.
dict(key="en-neg-icf-newsletter", rights=[], lang="en",
     frm="Coaching Federation Europe <news@coachingfederation.example>", mailer="system",
     date="2026-01-21 16:00", subj="Member update: new ethics guidance on client data",
     hdr=lu("CFE Member Update <members.coachingfederation.example>",
            "https://coachingfederation.example/email-preferences"),
     body="""
MEMBER UPDATE - JANUARY 2026

New ethics guidance: client data and confidentiality
Our revised guidance covers consent for recordings, retention of session notes, and responding to client requests for access or deletion.

Upcoming webinar: "GDPR for solo coaches" - 12 February, 18:00 CET

Manage your email preferences
"""),

# ------------------------------------------------------------ vendor GDPR notices

# P: Zoom privacy statement update.
dict(key="en-neg-zoom-privacy-update", rights=[], lang="en",
     frm="Zoom <privacy@zoom.us>", mailer="system",
     date="2025-03-28 17:00", subj="We're updating our Privacy Statement",
     hdr=lu("Zoom Legal <legal.zoom.us>", "https://zoom.us/unsubscribe?e=b29l"),
     body="""
Hello,

We're updating the Zoom Privacy Statement, effective April 28, 2025. The update clarifies how we process personal data for AI Companion features, our data retention practices, and how you can exercise your rights to access, correct or delete your personal data.

You don't need to take any action.

Zoom Communications, Inc.
"""),

# P: Calendly DPA update.
dict(key="en-neg-calendly-dpa", rights=[], lang="en",
     frm="Calendly <legal@calendly.com>", mailer="system",
     date="2025-09-10 15:30", subj="Updates to Calendly's Data Processing Addendum",
     hdr=lu("Calendly Legal <legal.calendly.com>", "https://calendly.com/unsubscribe"),
     body="""
Hi Sandra,

We're writing to let you know that we've updated our Data Processing Addendum (DPA) and our list of subprocessors. The changes take effect on October 10, 2025.

Highlights: updated Standard Contractual Clauses, new subprocessors for customer support, and clarified deletion timelines after account closure.

Review the DPA: https://calendly.com/dpa

Calendly LLC
"""),

# P: Stripe privacy policy update.
dict(key="en-neg-stripe-privacy-update", rights=[], lang="en",
     frm="Stripe <no-reply@stripe.com>", mailer="system",
     date="2026-02-27 18:00", subj="Updates to the Stripe Privacy Policy",
     hdr=lu("Stripe Legal <legal.stripe.com>", "https://dashboard.stripe.com/settings/communication-preferences"),
     body="""
We're updating our Privacy Policy, effective March 30, 2026. The updated policy provides more detail about how we use personal data to detect fraud, and about the rights of individuals (including your customers) to access, rectify, and erase their data.

No action is required.

Stripe Payments Europe, Ltd.
"""),

# ------------------------------------------------------------ spam / phishing

# P: GDPR-certificate scam.
dict(key="en-neg-spam-gdpr-certificate", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="en",
     frm="EU Data Compliance Office <office@eu-gdpr-registry.org>", mailer="system",
     date="2025-06-17 04:22", subj="FINAL NOTICE: GDPR registration certificate not found",
     reply_to="registration@eu-gdpr-registry.org",
     body="""
Dear Business Owner,

Our records indicate that FLORAISON DE SOI has not yet obtained its GDPR Registration Certificate. Businesses without a certificate risk fines of up to EUR 20,000,000.

Register within 7 days for a one-time fee of EUR 289:
http://eu-gdpr-registry.org/register?id=FR-36100

EU Data Compliance Office
This is a private registration service.
"""),

# P: Fake DocuSign "Data Processing Agreement" phishing.
dict(key="en-neg-phishing-docusign", rights=[], lang="en",
     frm="DocuSign <dse@docusign-secure-mail.net>", mailer="system", shape="html",
     date="2025-09-23 05:50", subj="Please DocuSign: Data_Processing_Agreement_2025.pdf",
     html="""<html><body style="font-family:Helvetica,Arial">
<table width="560" style="border:1px solid #ddd"><tr><td style="background:#1e2a5a;color:#fff;padding:16px">DocuSign</td></tr>
<tr><td style="padding:16px">
<p>Systeme.io Legal sent you a document to review and sign.</p>
<p><b>Data_Processing_Agreement_2025.pdf</b></p>
<p><a href="http://docusign-secure-mail.net/review?env=b29" style="background:#ffc820;padding:8px 14px;color:#000;text-decoration:none">REVIEW DOCUMENT</a></p>
<p style="font-size:11px;color:#777">Do not share this email. This message was sent to sandra.delomenie@orange.fr.</p>
</td></tr></table></body></html>
""",
     body=""),

# P: Fake Stripe identity verification phishing.
dict(key="en-neg-phishing-stripe", rights=[], lang="en",
     frm="Stripe Support <support@stripe-verification-center.com>", mailer="system",
     date="2026-04-09 03:12", subj="Action required: verify your identity to avoid payout suspension",
     body="""
Dear customer,

Due to new EU regulations, we need to verify your personal data. Your payouts will be suspended in 24 hours unless you confirm your identity and bank details.

Verify now: http://stripe-verification-center.com/verify?acct=b29

Stripe Support Team
"""),

# ------------------------------------------------------------ Sandra's own mail (English)

# P: Sandra replies in English to Rebecca confirming the transfer. Sent from her iPhone, with
# Bcc to herself so it lands in her inbox.
dict(key="en-neg-sandra-confirms-transfer", rights=[], lang="en",
     frm="Sandra Delomenie <sandra.delomenie@orange.fr>", mailer="apple",
     to="Rebecca Liu <rebecca.liu@shaw.ca>",
     date="2025-10-27 09:05", subj="Re: Transferring my coaching data",
     body="""
Hi Rebecca,

Done - I've sent Lindsay your questionnaire, values exercise and check-ins as a spreadsheet (CSV), as you asked. Let me know if she has any trouble opening it.

Wishing you all the best for the next chapter,
Sandra

Sent from my iPhone
"""),


# P: Wendy, 58, English, wants a receipt for her tax return. No subject. Yahoo app.
# NEAR-LINE: a copy of a receipt for tax purposes is a business document request, not access.
dict(key="en-neg-wendy-receipt-nosubject", rights=[], lang="en",
     frm="Wendy Carr <wendy.carr@yahoo.co.uk>", mailer="yahoo", subj=None, cte="b64",
     date="2026-04-16 10:02",
     body="""
Hello Sandra,
Could you send me a copy of my receipt for the March workshop? I need it for my French tax return.
Many thanks
Wendy

Sent from Yahoo Mail for iPhone
"""),

]
