"""English-language requests (labels non-empty). Native and non-native senders."""
from mailkit import Q, SANDRA, CONTACT, SIG_SANDRA, SIG_SANDRA_SHORT
from common import nl_quote, NL_MARS, NL_RENTREE, NL_JANVIER, NL_MAI

RECORDS = []


def R(**kw):
    kw.setdefault("lang", "en")
    RECORDS.append(kw)


# ------------------------------------------------------------------ ACCESS
R(key="en-access-sar-german-gmail", reply_to="Katrin Hoffmann <k.hoffmann@web.de>", rights=["access"], client="gmail",
  frm="Katrin Hoffmann <katrin.hoffmann.ffm@gmail.com>", date="2025-03-12 08:52",
  subject="Subject Access Request (Art. 15 GDPR)",
  body="""Dear Mrs. Delomenie,

I have participated in your online course "Retrouver son élan" in 2024 (the English subtitled version). Hereby I make a subject access request according to Art. 15 GDPR.

Please provide me:
- a copy of all personal data you are processing about me,
- the purposes and the recipients of these data,
- how long you will store them.

I thank you in advance and wish you a nice day.

Kind regards
Katrin Hoffmann
Frankfurt am Main""")

# Mixed-language thread: English reply on top of Sandra's French message.
R(key="en-access-shared-with-stripe-apple", rights=["access"], client="apple",
  frm="Rebecca Clarke <rebecca.clarke@me.com>", date="2025-06-11 17:22",
  subject="Re: Votre reçu / your receipt",
  body="""Hi Sandra,

Thanks for the receipt (and sorry, my French is still very much "en cours"!).

Quick question that has been bugging me: could you tell me which companies you've shared my details with? I'm guessing Stripe and Systeme.io, but I'd like the full list, and also a copy of whatever personal information you keep on me.

Many thanks,
Rebecca""",
  quote=Q(frm=SANDRA, date="2025-06-10 14:02", body="""Bonjour Rebecca,

Vous trouverez ci-joint le reçu pour votre séance de juin. N'hésitez pas si vous avez besoin d'une version en anglais.

Belle journée,
Sandra"""))

R(key="en-access-bottompost-notes-proton", rights=["access"], client="proton", bottom=True,
  frm="Daniel Whitfield <d.whitfield@proton.me>", date="2025-10-30 21:05",
  subject="Re: Our last session",
  body="""Thank you, that's kind of you.

One more thing: could you send me a copy of the notes you took during our sessions, and anything else you hold about me? I'd like to keep a record of the whole journey.

Best,
Daniel""",
  quote=Q(frm=SANDRA, date="2025-10-29 18:40", lang="en", body="""Dear Daniel,

It was a pleasure to work with you over these past months. I wish you all the best for your new position in Lyon.

Warmly,
Sandra"""))

# NEAR-LINE: "I receive SMS from you" is context for asking where the number came from; no ask to stop -> access only.
R(key="en-access-nonnative-spanish-iphone", rights=["access"], client="iphone", mime="plain",
  frm="Lucía Fernández <lucia.fernandez.m@icloud.com>", date="2026-02-02 12:40",
  subject="my data",
  body="""Hello Sandra,

I was in your workshop in Issoudun last year when I was au pair there. I would like to know what informations you have about me and from where you have my phone number, because I receive SMS from you.

Thank you very much
Lucía

Sent from my iPhone""")

# ------------------------------------------------------------------ RECTIFICATION
R(key="en-rect-certificate-name-outlook", rights=["rectification"], client="outlook_web",
  frm="Siobhan O'Connell <siobhan.oconnell@outlook.com>", date="2025-04-16 10:10",
  subject="Spelling of my name",
  body="""Hello Sandra,

My name has been misspelled in your records – it appears as "Siobane O'Conel" on the training certificate and on my Systeme.io account. The correct spelling is Siobhan O'Connell. Could you please correct it everywhere?

Many thanks,
Siobhan""")

R(key="en-rect-maiden-name-systemeio-gmail", rights=["rectification"], client="gmail",
  frm="Hannah Moreau <hannah.moreau.uk@gmail.com>", date="2025-09-19 15:31",
  subject="Re: Accès à votre formation",
  body="""Hi Sandra,

Thanks, I can log in now! One small thing: the platform still shows my maiden name (Hannah Price). Could you update it to Hannah Moreau in your files and on the course platform?

Cheers,
Hannah""",
  quote=Q(frm=SANDRA, date="2025-09-19 11:02", body="""Bonjour Hannah,

Je viens de renvoyer l'invitation à votre adresse. Vous devriez recevoir un lien pour créer votre mot de passe.

Sandra"""))

R(key="en-rect-nonnative-email-change-yahoo", cte="base64", rights=["rectification"], client="yahoo",
  frm="Marco Bellini <marco.bellini@yahoo.it>", date="2025-11-12 09:47",
  subject="change of email",
  body="""Good morning,

my email is changed. Please replace the old one (marco.bellini@libero.it) with this one: marco.bellini@yahoo.it. The old will be closed soon.

Thank you and regards
Marco Bellini""")

R(key="en-rect-address-brit-expat-thunderbird", rights=["rectification"], client="thunderbird",
  frm="Graham Fletcher <graham.fletcher@wanadoo.fr>", date="2026-03-30 11:16",
  subject="New address",
  body="""Dear Sandra,

Jenny and I have finally moved out of the village and into town. Would you please update my postal address on your records to:

12 rue des Minimes
36100 Issoudun

The old one at Les Bordes is no longer valid.

Kind regards,
Graham""")

# ------------------------------------------------------------------ ERASURE
R(key="en-erasure-account-and-data-outlook", rights=["erasure"], client="outlook",
  frm="Thomas Reid <thomas.reid@reid-consulting.co.uk>", date="2025-02-14 13:26",
  subject="Please delete my account and all my data",
  body="""Dear Sandra,

Please delete my account and all my data. I completed the stress-management course last year and no longer need access.

Regards,

Thomas Reid
Reid Consulting Ltd – 14 Castle Street, Edinburgh EH2 3AH

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Reid Consulting Ltd is registered in Scotland, No. SC512874.""")

R(key="en-erasure-forget-me-iphone", rights=["erasure"], client="iphone", mime="plain",
  frm="Chloe Bennett <chloe.bennett@icloud.com>", date="2025-07-29 23:10",
  subject="Forget me",
  body="""Hi, I'd like to exercise my right to be forgotten. Please erase everything you hold on me. Thanks.

Sent from my iPhone""")

# NEAR-LINE: request only in newest message of a FR/EN thread; mother writes for herself and her 14-year-old -> erasure.
R(key="en-erasure-newest-of-mixed-thread-gmail", rights=["erasure"], client="gmail",
  frm="Olivia Grant <olivia.grant.paris@gmail.com>", date="2025-12-04 08:33",
  subject="Re: Atelier parents-ados / parents and teens workshop",
  body="""Hi Sandra,

No worries about the date, we'll just skip this one.

Actually, we've decided to stop altogether – the drive from Châteauroux is too much with the kids' schedules. Could you please delete my details and my son's from your files? He's 14, I'm writing as his mum.

Thanks for everything,
Olivia""",
  quote=Q(frm=SANDRA, date="2025-12-03 17:45", lang="en", body="""Dear Olivia,

I'm sorry, the December workshop has been moved to Wednesday the 17th (the room wasn't available on the 10th). I hope you can still make it.

Best wishes,
Sandra""",
          quote=Q(frm="Olivia Grant <olivia.grant.paris@gmail.com>", date="2025-11-28 20:02",
                  body="""Bonjour Sandra, est-ce que l'atelier du 10 décembre est toujours d'actualité ? Merci ! Olivia""",
                  lang="fr",
                  quote=Q(frm=SANDRA, date="2025-11-20 09:00", lang="fr", body="""Bonjour à tous,

Le prochain atelier « Parler pour que les ados écoutent » aura lieu le mercredi 10 décembre de 18h à 20h.

""" + SIG_SANDRA))))

# NEAR-LINE: remove all data "also in the mailing program" -> erasure only.
R(key="en-erasure-dutch-nonnative-samsung", cte="base64", html_cte="base64", rights=["erasure"], client="samsung", lang="en",
  frm="Pieter de Vries <pieter.devries@ziggo.nl>", date="2026-01-19 14:02",
  subject="Remove my data please",
  body="""Hello,

We stayed in the gîte next to your office last summer and I did your one-day workshop. Now I would like that you remove all my personal data from your systems, also in the mailing program. Can you confirm when it is done?

Groeten,
Pieter de Vries

Sent from my Galaxy""")

R(key="en-erasure-polite-could-you-gmail", rights=["erasure"], client="gmail",
  frm="Megan Lewis <megan.lewis.writes@gmail.com>", date="2026-05-18 10:50",
  subject="Could you delete my information?",
  body="""Hi Sandra,

I hope you're well! I've moved back to Cardiff and won't be continuing the coaching. Could you delete my personal information from your records, please? That includes the intake form and the questionnaires.

Thanks so much for your help last year.
Megan""")

# ------------------------------------------------------------------ RESTRICTION
# NEAR-LINE: "don't delete, stop using it (no newsletters, surveys, sharing)" -> restriction only per policy, not objection.
R(key="en-restriction-insurance-keep-outlook", rights=["restriction"], client="outlook_web",
  frm="Andrew Pearson <andrew.pearson@outlook.com>", date="2025-05-08 16:40",
  subject="My file – please don't delete",
  body="""Hello Sandra,

Please don't delete my file yet – I may need it for my insurance claim related to the burn-out – but please stop using it for anything else in the meantime (no newsletters, no surveys, no sharing).

Thanks,
Andrew Pearson""")

# NEAR-LINE: contesting accuracy + Art. 18 -> restriction only.
R(key="en-restriction-contest-accuracy-proton", rights=["restriction"], client="proton",
  frm="Ingrid Larsen <ingrid.larsen@proton.me>", date="2025-08-06 07:55",
  subject="Inaccurate information – restriction request",
  body="""Dear Ms Delomenie,

The session summary you sent to my employer's HR contains statements I dispute (notably about my "lack of commitment"). I contest the accuracy of these data and request that you restrict their processing under Article 18 GDPR until the matter is resolved.

Regards,
Ingrid Larsen""")

R(key="en-restriction-freeze-polish-gmail", rights=["restriction"], client="gmail",
  frm="Agnieszka Nowak <agnieszka.nowak.pl@gmail.com>", date="2026-02-25 19:14",
  subject="Re: Your complaint",
  body="""Dear Sandra,

I have sent a complaint about the training to the company which paid for it. Until it is finished, please freeze my data – do not delete, but also do not use it or send it to anybody.

Best regards
Agnieszka""",
  quote=Q(frm=SANDRA, date="2026-02-24 13:15", lang="en", body="""Dear Agnieszka,

I have received your message about the training and I am sorry you were disappointed. I would be glad to discuss it with you by phone.

Kind regards,
Sandra Delomenie"""))

R(key="en-restriction-pause-processing-ipad", rights=["restriction"], client="ipad",
  frm="Sarah Thompson <sarah.thompson@icloud.com>", date="2026-04-27 08:08",
  subject="Pause",
  body="""Hi Sandra,

I'm taking a break from coaching for a while (health stuff). Could you keep my file as it is but not process it at all until I get back in touch – no reminders, no emails, nothing?

Thanks for understanding,
Sarah

Sent from my iPad""")

# ------------------------------------------------------------------ PORTABILITY
R(key="en-portability-csv-course-gmail", rights=["portability"], client="gmail",
  frm="Ben Carter <ben.carter.dev@gmail.com>", date="2025-04-24 11:42",
  subject="Export of my course data",
  body="""Hi Sandra,

Could you export my course data (progress, quiz answers, the journal entries I typed into the modules) as a CSV or JSON file? I'm moving everything to Notion.

Cheers,
Ben""")

R(key="en-portability-new-therapist-outlook", rights=["portability"], client="outlook",
  frm="Emily Watson <emily.watson@nhs-trust-sample.co.uk>", date="2025-10-09 14:14",
  subject="Transfer of my records",
  body="""Dear Sandra,

I am starting work with a therapist in London, Dr Kate Harris. Would you be able to transfer my records to her directly (kate.harris@harrispractice.co.uk), in a standard electronic format she can import, rather than printed copies?

With thanks,
Emily Watson""")

R(key="en-portability-machine-readable-thunderbird", rights=["portability"], client="thunderbird",
  frm="Jan Kowalski <jan.kowalski@posteo.de>", date="2026-01-13 18:31",
  subject="Data portability",
  body="""Hello,

according to Article 20 GDPR I ask you to send me the personal data I provided to you in a structured, commonly used and machine-readable format.

Regards,
Jan Kowalski""")

R(key="en-portability-fwd-new-provider-gmail", rights=["portability"], client="gmail", fwd=True,
  frm="Natalie Brooks <natalie.brooks@gmail.com>", date="2026-06-02 09:37",
  subject="Fwd: Welcome to Thrive Coaching – getting started",
  body="""Hi Sandra,

See below from my new coaching platform. Could you send my data (intake form, questionnaires, session history) directly to them in a format they can import? Their address is in the message.

Thanks!
Natalie""",
  quote=Q(frm="Thrive Coaching <hello@thrivecoaching.io>", date="2026-06-01 16:00", client="system",
          to="natalie.brooks@gmail.com", subject="Welcome to Thrive Coaching – getting started",
          body="""Welcome, Natalie!

To get started, you can import your history from a previous coach. Ask them to send your data (CSV, JSON or XLSX) to imports@thrivecoaching.io with your account ID: TC-88213.

The Thrive team"""))

# ------------------------------------------------------------------ OBJECTION
R(key="en-objection-unsubscribe-above-newsletter-gmail", rights=["objection"], client="gmail",
  frm="Laura Mitchell <laura.mitchell.fr@gmail.com>", date="2025-09-03 09:02",
  subject="Re: Rentrée : trois rituels pour garder le cap 🍂",
  body="""Unsubscribe please – I don't read French well enough to enjoy it, sorry!
Laura""",
  quote=nl_quote(NL_RENTREE, "2025-09-03 07:30"))

R(key="en-objection-stop-emailing-outlook", cte="base64", html_cte="base64", rights=["objection"], client="outlook_mobile",
  frm="Mark Sullivan <mark.sullivan@live.co.uk>", date="2026-01-08 12:17",
  subject="RE: Belle année 2026 ✨ et les ateliers du trimestre",
  body="""Please stop sending me marketing emails. I attended one webinar, that's all.

Get Outlook for Android""",
  quote=nl_quote(NL_JANVIER, "2026-01-08 08:00"))

R(key="en-objection-italian-sms-promo", rights=["objection"], client="gmail",
  frm="Giulia Romano <giulia.romano88@gmail.com>", date="2025-06-05 20:40",
  subject="SMS promotions",
  body="""Hello Sandra,

I receive your promotional SMS about the workshops. I don't want them anymore, please don't use my phone number for advertising. For the appointments it's ok.

Thank you
Giulia""")

R(key="en-objection-profiling-legit-interest-proton", rights=["objection"], client="proton",
  frm="Tom Harrington <tom.harrington@proton.me>", date="2026-03-16 13:40",
  subject="Objection under Art. 21",
  body="""Hello,

I object, under Article 21 GDPR, to the processing of my personal data for direct marketing, including any profiling or tracking of email opens and clicks.

Please confirm.

Tom Harrington""")

# ------------------------------------------------------------------ WITHDRAW CONSENT
R(key="en-withdraw-instagram-photo-iphone", rights=["withdraw_consent"], client="iphone",
  frm="Jessica Hall <jess.hall@icloud.com>", date="2025-07-14 16:20",
  subject="Photo on Instagram",
  body="""Hi Sandra!

I no longer consent to my photo from the June circle being used on your Instagram and website. Could you take it down please? Nothing personal, I'm just trying to keep a lower profile online these days.

Jess x

Sent from my iPhone""")

R(key="en-withdraw-video-testimonial-gmail", rights=["withdraw_consent"], client="gmail",
  frm="Robert King <robert.king.1962@gmail.com>", date="2025-11-26 10:05",
  subject="My video testimonial",
  body="""Dear Sandra,

I'm withdrawing my consent for the video testimonial I recorded at the end of the course. Please remove it from your website and YouTube channel.

Regards,
Robert King""")

R(key="en-withdraw-questionnaire-research-outlook", rights=["withdraw_consent"], client="outlook_web",
  frm="Priya Sharma <priya.sharma@outlook.com>", date="2026-05-21 15:48",
  subject="Consent for questionnaire answers",
  body="""Hi Sandra,

When I signed up I ticked the box allowing you to use my questionnaire answers (anonymised) in your presentations and articles. I'd like to withdraw that consent please.

Best,
Priya""")

# ------------------------------------------------------------------ POST MORTEM
# NEAR-LINE: son of a deceased subscriber: unsubscribe + close file -> post_mortem only.
R(key="en-pm-son-stop-newsletter-father", rights=["post_mortem"], client="gmail",
  frm="James Turner <james.turner.uk@gmail.com>", date="2025-04-03 19:55",
  subject="My late father, Peter Turner",
  body="""Dear Ms Delomenie,

I'm writing about my father, Peter Turner, who lived near Issoudun and attended several of your workshops. Sadly he passed away in February. Emails from you are still arriving in his inbox, which I'm now managing.

Could you please remove him from your mailing list and close his file?

Kind regards,
James Turner""")

R(key="en-pm-executor-request-copy-outlook", rights=["post_mortem"], client="outlook",
  frm="Caroline Ashby <c.ashby@ashby-probate.co.uk>", date="2025-09-30 11:30",
  subject="Estate of the late Mrs Margaret Hughes",
  body="""Dear Madam,

We act as executors of the estate of the late Mrs Margaret Hughes of Saint-Août, Indre, who died on 2 August 2025. Please find attached a copy of the death certificate and our letter of appointment.

We should be grateful if you would provide copies of any contracts, invoices and personal records you hold in respect of the deceased, and confirm whether any subscription remains active.

Yours faithfully,

Caroline Ashby
Ashby Probate Services

This email is confidential and may be legally privileged.""",
  attach=[dict(kind="pdf", name="Death_certificate_Hughes.pdf", lines=["Acte de deces", "Margaret Hughes"]),
          dict(kind="pdf", name="Letter_of_appointment.pdf", lines=["Ashby Probate Services", "Executors"])])

# NEAR-LINE: own post-mortem directives -> post_mortem.
R(key="en-pm-own-wishes-illness-apple", rights=["post_mortem"], client="apple",
  frm="Alan Crawford <alan.crawford@me.com>", date="2026-02-16 10:22",
  subject="For your records",
  body="""Dear Sandra,

As you know my diagnosis isn't good. I'd like to put things in order while I can. When I die, please delete everything you have about me, except the letter I wrote during our last session, which I'd like you to send to my wife, Helen.

With gratitude for everything,
Alan""")

R(key="en-pm-daughter-death-iphone", rights=["post_mortem"], client="iphone",
  frm="Emma Richardson <emma.richardson@icloud.com>", date="2026-06-08 18:30",
  subject="My mum, Susan Richardson",
  body="""Hello Sandra,

I'm so sorry to tell you that Mum passed away last week. She loved your circles. Could you please delete her details and cancel the online course subscription? I've attached a copy of the death certificate.

Emma

Sent from my iPhone""",
  attach=[dict(kind="jpg", name="IMG_4471.jpg")])

# ------------------------------------------------------------------ MULTI-RIGHT (English)
R(key="en-multi-access-erasure-objection-outlook", rights=["access", "erasure", "objection"], client="outlook",
  frm="Richard Evans <richard.evans@evansgroup.com>", date="2025-05-28 09:44",
  subject="GDPR request",
  body="""Dear Sandra,

I'd like to:
1. receive a copy of all the personal data you hold about me;
2. be removed from your newsletter and any marketing;
3. have all my data deleted once you've sent me the copy.

Regards,

Richard Evans
Evans Group – Group HR Director

CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you are not the intended recipient, please notify the sender immediately.""")

R(key="en-multi-erasure-withdraw-gmail", rights=["erasure", "withdraw_consent"], client="gmail",
  frm="Sophie Walker <sophie.walker.art@gmail.com>", date="2025-08-20 17:17",
  subject="Testimonial + my data",
  body="""Hi Sandra,

Please take down my testimonial and the photo that goes with it, and delete all the data you have about me.

Thanks,
Sophie""")

# NEAR-LINE: asks what data and their source (access) and a JSON/CSV for reuse (portability).
R(key="en-multi-access-portability-proton", rights=["access", "portability"], client="proton",
  frm="Lukas Weber <lukas.weber@proton.me>", date="2025-12-11 12:00",
  subject="Access and portability request",
  body="""Hello Ms Delomenie,

Please tell me which personal data about me you process and where you obtained it. Additionally, please send the data I provided to you in JSON or CSV format so I can reuse it with another service.

Best regards,
Lukas Weber""")

# NEAR-LINE: "delete the old UK one" with the new number given is rectification only; leaving the newsletter is objection.
R(key="en-multi-objection-rect-thunderbird", rights=["objection", "rectification"], client="thunderbird",
  frm="Hugh Bradley <hugh.bradley@orange.fr>", date="2026-04-20 08:50",
  subject="Two things",
  body="""Morning Sandra,

Two things:
- my mobile number is now 07 81 22 45 90 (please delete the old UK +44 one);
- and please take me off the newsletter, I only want the practical info for the Thursday group.

Cheers,
Hugh""")

R(key="en-multi-erasure-objection-mixed-thread-iphone", rights=["erasure", "objection"], client="iphone",
  frm="Nicola Parker <nicola.parker@icloud.com>", date="2025-10-15 07:20",
  subject="Re: Atelier « Parler pour que les ados écoutent »",
  body="""Hi Sandra, thanks but we won't be coming back. Please unsubscribe me from your emails and delete my details. All the best, Nicola

Sent from my iPhone""",
  quote=Q(frm=SANDRA, date="2025-10-14 18:00", body="""Bonjour Nicola,

L'atelier de mercredi est complet, mais je peux vous proposer une place pour la session de novembre. Voulez-vous que je vous inscrive ?

Sandra"""))

R(key="en-multi-access-rect-nonnative-gmail", rights=["access", "rectification"], client="gmail",
  frm="Sven Andersson <sven.andersson.se@gmail.com>", date="2026-03-06 14:44",
  subject="Question about my data",
  body="""Hello Sandra,

Can you send me a copy of the data you have registered about me? I think my birth year is wrong in your system (1978, it should be 1987), please correct also this.

Thanks
Sven""")
