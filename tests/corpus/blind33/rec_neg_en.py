"""English negatives written by people."""
from common import (rec, TO_SANDRA, TO_SANDRA_BARE, TO_CONTACT, TO_CONTACT_NAMED,
                    SANDRA, SIG_SANDRA, gmail_en, apple_en, outlook_en, NL_DEC)

RECORDS = [

rec("neg-en-cancel-workshop", [], "en", "2025-05-13 08:21",
    ("Hannah Brooks", "hannah.brooks@outlook.com"),
    "Can't make Saturday",
"""Hi Sandra,

I'm so sorry, I have to cancel my place at Saturday's workshop - my daughter has a fever. Is there any chance I could transfer to the June date instead?

Hannah""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-en-cancel-membership", [], "en", "2025-07-28 19:36",
    ("Laura Bennett", "laura.bennett@gmail.com"),
    "Cancel my membership",
"""Hi Sandra,

Could you please cancel my monthly membership to the online circle from August? Money's a bit tight after the move. I've loved the calls.

Best,
Laura""",
    to=TO_CONTACT, fmt="alt"),

rec("neg-en-password-reset", [], "en", "2025-03-12 22:45",
    ("Tom Gallagher", "tom.gallagher@icloud.com"),
    "Password reset not working",
"""Hi,

I clicked "forgot password" three times and no email arrives. Could you reset my password for the course platform manually? Same email as this one.

Thanks,
Tom

Sent from my iPhone""",
    to=TO_CONTACT),

rec("neg-en-nn-cannot-access", [], "en-nn", "2025-09-29 12:12",
    ("Katarzyna Nowak", "k.nowak@wp.pl"),
    "no access to course",
"""Hello,

I bought the course "Finding your calm" yesterday with Stripe but I can not access to my space, it says "no active offer". Can you check please? The payment was taken from my card.

Thank you,
Katarzyna""",
    to=TO_CONTACT),

# NEAR-LINE: "close my account" alone, nothing about data -> negative.
rec("neg-en-close-account", [], "en", "2025-11-03 17:03",
    ("Gary Thornton", "gary.thornton@sky.com"),
    "Account",
"""Hi, can you close my account on the course site please? Finished the programme. Cheers, Gary""",
    to=TO_CONTACT),

rec("neg-en-do-i-have-the-right", [], "en", "2025-04-09 14:14",
    ("Rachel Cho", "rachel.cho@gmail.com"),
    "Quick question about notes",
"""Hi Sandra,

Before our first session - do I have the right to ask you to delete your notes later on, if I decide to stop? Not asking for anything now, I'm just a bit cautious after a bad experience with a therapist's app.

Thanks!
Rachel""",
    to=TO_SANDRA, fmt="alt"),

# NEAR-LINE: husband asking to delete his living, adult wife's data -> negative.
rec("neg-en-husband-wife-data", [], "en", "2025-08-06 20:58",
    ("Mike Dawson", "mike.dawson@gmail.com"),
    "My wife's details",
"""Hello,

My wife Jenny Dawson did some sessions with you last year. She's not doing them anymore and I'd like you to remove all her details and notes from your records please.

Mike Dawson""",
    to=TO_SANDRA),

rec("neg-en-hr-employee-data", [], "en", "2025-10-08 11:31",
    ("Sophie Turner - People Team", "sophie.turner@northbridge-group.com"),
    "Training records for our staff",
"""Dear Sandra,

Thank you again for delivering the resilience training to our Paris team. For our internal files, could you please send us the individual feedback forms and self-assessment scores for each of the eight participants?

Kind regards,
Sophie Turner
People Team | Northbridge Group""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0",
    cc="Anna Kowalski <anna.kowalski@northbridge-group.com>"),

# NEAR-LINE: a colleague relaying another adult's photo wish -> negative.
rec("neg-en-colleague-photo", [], "en", "2025-07-04 09:47",
    ("Anna Kowalski", "anna.kowalski@northbridge-group.com"),
    "Photo from the seminar",
"""Hi Sandra,

My colleague Tom Reilly mentioned he isn't keen on the group photo from the seminar being on LinkedIn. I said I'd pass it on - maybe you could check with him directly?

Anna""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("neg-en-thanks-above-deletion", [], "en", "2025-02-10 13:05",
    ("Tom Gallagher", "tom.gallagher@icloud.com"),
    "Re: Delete my account",
"""Great, thanks for sorting that so quickly!

Tom

Sent from my iPhone

""" + apple_en("7 Feb 2025, at 11:02", "Sandra Delomenie", "sandra.delomenie@orange.fr",
"""Hello Tom,

Your account and all the personal data linked to it have now been deleted from the course platform and my contact list.

Best wishes,
Sandra

> On 31 Jan 2025, at 21:15, Tom Gallagher <tom.gallagher@icloud.com> wrote:
> Please delete my account and all my data."""),
    to=TO_SANDRA, irt="sandra-gallagher-deleted", mailer="iPhone Mail (22C152)"),

rec("neg-en-consent-testimonial", [], "en", "2025-04-23 18:10",
    ("Priya Raman", "priya.raman@gmail.com"),
    "Re: Testimonial?",
"""Hi Sandra,

Of course, I'd be glad to! You have my consent to use the quote below on your website and social media, with my first name only:

"Sandra helped me find my footing after a very chaotic year. Kind, sharp, and always practical."

Priya

""" + gmail_en("Tue, 22 Apr 2025 at 10:30", "Sandra Delomenie", "sandra.delomenie@orange.fr",
"""Hi Priya,
Would you be willing to share a few words about our work together for my website? Only if you feel like it!
Sandra"""),
    to=TO_SANDRA, fmt="alt", irt="sandra-priya-testimonial"),

rec("neg-en-peer-gdpr-template", [], "en", "2025-06-19 15:55",
    ("Jenna Price", "jenna@jennapricecoaching.com"),
    "GDPR consent form?",
"""Hey Sandra,

Lovely to meet you at the supervision day! You mentioned you'd reworked your GDPR consent form for health data - would you mind sending me a copy of the blank template? I'm redoing my client onboarding and mine is a mess.

Jenna
Jenna Price Coaching | Dordogne""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-en-deleted-worksheet", [], "en", "2025-02-28 10:26",
    ("Oliver Grant", "oliver.grant@gmail.com"),
    "Values worksheet",
"""Hi Sandra,

I deleted the values worksheet by accident when clearing my downloads - could you resend it before Tuesday's session?

Thanks,
Oliver""",
    to=TO_SANDRA, fmt="alt"),

rec("neg-en-replay-access", [], "en", "2025-05-22 07:58",
    ("Fiona MacLeod", "fiona.macleod@gmail.com"),
    "Replay of the webinar?",
"""Hi Sandra,

How do I access the replay of last week's webinar on mental load? I couldn't make it live and I can't find it in the members area.

Thanks!
Fiona""",
    to=TO_CONTACT),

rec("neg-en-cnil-copy", [], "en-nn", "2025-12-15 14:30",
    ("Dimitris Papadopoulos", "d.papadopoulos@otenet.gr"),
    "Copy of my complaint to CNIL",
"""Hello,

For your information I send you a copy of the complaint I submitted today to the CNIL, because I did not receive an answer to my email of 5 January.

Complaint number: 25-0519204

Regards,
Dimitris Papadopoulos""",
    to=TO_CONTACT,
    attach=[("CNIL_complaint_receipt.pdf", "application/pdf", "CNIL - Accusé de réception de votre plainte n° 25-0519204")]),

rec("neg-en-reschedule", [], "en", "2025-09-18 16:42",
    ("Alex Whitmore", "alex.whitmore@protonmail.com"),
    "Change our session time?",
"""Hi Sandra,

Would it be possible to modify our Thursday slot to 5pm instead of 3pm? Work has gone a bit mad this week.

Alex""",
    to=TO_SANDRA),

rec("neg-en-yes-keep-newsletter", [], "en", "2025-03-15 09:09",
    ("Margaret Ellis", "margaret.ellis@btinternet.com"),
    "RE: Souhaitez-vous continuer à recevoir la lettre ?",
"""Yes please, I'd love to keep receiving it. My French is improving thanks to you!

Margaret

""" + outlook_en("Floraison de Soi", "contact@floraisondesoi.fr", "13 March 2025 09:00",
                 "margaret.ellis@btinternet.com", "Souhaitez-vous continuer à recevoir la lettre ?",
"""Bonjour,

Cela fait plus de trois ans que vous êtes inscrite à la lettre de Floraison de Soi. Conformément au RGPD, j'ai besoin de votre accord pour continuer à vous l'envoyer. Répondez simplement « oui » à ce message.

Sandra"""),
    to=TO_CONTACT, fmt="alt", mailer="Microsoft Outlook 16.0", irt="reconsent-2025-03"),

rec("neg-en-slides-copy", [], "en-nn", "2025-10-16 12:19",
    ("Pieter van Dijk", "pieter.vandijk@ziggo.nl"),
    "slides",
"""Hi Sandra,

Could you send me a copy of the slides from the resilience module? I want to show the model of the stress curve to my team. Of course I will mention your name.

Greetings,
Pieter""",
    to=TO_SANDRA),

rec("neg-en-forwarded-article", [], "en", "2025-01-18 11:40",
    ("Jenna Price", "jenna@jennapricecoaching.com"),
    "Fwd: New CNIL guidance for health data?",
"""Thought this might interest you given our chat about health data!

J.

---------- Forwarded message ---------
From: Coaching Matters Weekly <newsletter@coachingmatters.co.uk>
Date: Fri, 17 Jan 2025 at 08:00
Subject: New CNIL guidance for health data?
To: <jenna@jennapricecoaching.com>

This week: what the French data protection authority's updated recommendations mean for wellbeing practitioners who keep session notes, and why "consent" is not always the right legal basis.
Read more: https://coachingmatters.co.uk/articles/cnil-health-data""",
    to=TO_SANDRA, fmt="alt"),
# NEAR-LINE: she reports having unsubscribed herself through the link; nothing is asked of Sandra.
rec("neg-en-unsubscribed-myself", [], "en", "2025-06-06 08:44",
    ("Hannah Brooks", "hannah.brooks@outlook.com"),
    "Newsletter",
"""Hi Sandra,

Just so you don't think it's personal - I've unsubscribed myself from the newsletter via the link at the bottom, I'm trying to get my inbox under control. Still very much coming to the June workshop!

Hannah""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

# NEAR-LINE: an invoice copy for the employer's expense claim is an accounting document.
rec("neg-en-invoice-copy", [], "en", "2025-11-19 10:21",
    ("Ben Atkinson", "ben.atkinson@zoho.eu"),
    "Invoice copy for expenses",
"""Hi Sandra,

Could you send me a copy of the invoice for the October coaching package, made out to my employer (Atkinson & Rowe Ltd, 12 Quay Street, Bristol)? Finance needs it for my expense claim.

Cheers,
Ben""",
    to=TO_SANDRA, fmt="alt"),
]

