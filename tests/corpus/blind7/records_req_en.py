# -*- coding: utf-8 -*-
"""English requests (many from non-native writers)."""

LANG = "en"
RECORDS = []


def R(key, rights, frm, subj, body, **kw):
    d = dict(key=key, rights=rights, lang=LANG, frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)


PDF = "application/pdf"
JPG = "image/jpeg"
NEWS_EN = """Hello dear community,

Our online circle "Blooming at work" restarts on 6 October, in English this time!
Six sessions on Zoom, Tuesday evenings.

Warmly,
Sandra
Floraison de Soi
To stop receiving these emails, click here"""

# access
R("a_en_copy", ["access"], "Katarzyna Nowak <k.nowak@wp.pl>",
  "Request for my personal data",
  """Hello Mrs Delomenie,

I did the coaching program with you in 2024 (online, in English). I would like to receive a copy
of all personal data which you are keeping about me, please. Also the notes from the sessions,
if it is possible.

Thank you in advance,
Katarzyna Nowak""")

R("a_en_art15", ["access"], "Daniel Hughes <daniel.hughes@btinternet.com>",
  "Subject Access Request under Article 15 GDPR",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide:
1. confirmation of whether you process my personal data;
2. a copy of that data;
3. the purposes, recipients and retention periods;
4. the source of any data not collected from me.

A copy of my passport is attached for identification.

Yours sincerely,
Daniel Hughes""", att=[("passport_DHughes.pdf", PDF)])

R("a_en_shared", ["access"], "Marco Bianchi <marco.bianchi@libero.it>",
  "who has my informations?",
  """Good morning,

I have participate to your workshop in Issoudun last summer. Now I receive emails from a
company I never heard about, and they say they are "partner". Please can you tell me to who
you have given my informations and which ones? Thank you.

Marco Bianchi""")

# NEAR-LINE: "I don't want anything deleted, I just want to know" -> access only.
R("a_en_what_held", ["access"], "Anneke de Vries <anneke.devries@ziggo.nl>",
  "question about my file",
  """Dear Sandra,

Could you please tell me what data you have stored about me since the retreat? I don't want
anything deleted, I am just curious and want to know what is in my file.

Kind regards,
Anneke""")

# rectification
R("r_en_name", ["rectification"], "Siobhán O'Connell <siobhan.oconnell@eircom.net>",
  "Spelling of my name",
  """Hi Sandra,

Small thing: my name is spelled "Siobhan O Connel" on my account and on the certificate.
It should be Siobhán O'Connell (fada on the a, apostrophe, double l). Could you correct it?

Thanks a million,
Siobhán""")

R("r_en_email", ["rectification"], "Pedro Alves <pedro.alves@sapo.pt>",
  "change of email adress",
  """Hello,

Please remove my old email pedro.alves@hotmail.com and use this new one: pedro.alves@sapo.pt.
The old one I will close it soon.

Best regards
Pedro""")

R("r_en_note", ["rectification"], "Hannah Schmidt <hannah.schmidt@web.de>",
  "Mistake in the session summary",
  """Dear Sandra,

In the summary of our last session you wrote that I have two children. In fact I have one
child, my stepson lives with his mother. Please can you correct this in your notes?

Best wishes,
Hannah""", shape="alt")

R("r_en_phone_address", ["rectification"], "Ahmed Khalil <ahmed.khalil@gmail.com>",
  "New contact details",
  """Hello,

I have moved. My new adress is 22 rue Victor Hugo, 36000 Châteauroux and my new phone
number is +33 6 45 12 98 70. Please update my details, the old ones are not valid anymore.

Regards,
Ahmed Khalil""")

# erasure
R("e_en_all", ["erasure"], "Laura Jensen <laura.jensen@outlook.dk>",
  "Delete my account and my data",
  """Hi,

Please delete my account and all my data. I don't use the platform anymore.

Laura""")

R("e_en_art17", ["erasure"], "Rebecca Turner <rebecca.turner@gmail.com>",
  "Right to erasure - Art. 17 GDPR",
  """Dear Sandra Delomenie,

Under Article 17 of the General Data Protection Regulation I request the erasure of all
personal data you hold about me, including data held by your processors. Please confirm in
writing once this has been done.

Rebecca Turner""")

R("e_en_nonnative", ["erasure"], "Giulia Russo <giulia.russo@gmail.com>",
  "please erase me",
  """Hello Sandra,

I want that you erase all my personal informations from your files, the coaching notes also.
I am not anymore in France and I prefer that nothing remain.

Thank you very much for all,
Giulia""")

R("e_en_parent", ["erasure"], "Mark Evans <mark.evans@gmail.com>",
  "My daughter's data - Emily Evans",
  """Dear Ms Delomenie,

My daughter Emily (13) attended your teen confidence workshop in April. As her parent I am asking
you to delete all the information you hold about her, including the registration form and any
photos.

Regards,
Mark Evans""")

R("e_en_health", ["erasure"], "Joanna Kowalczyk <joanna.kowalczyk@gmail.com>",
  "health information",
  """Dear Sandra,

At the beginning I gave you some information about my depression and my medication. Could you
please delete this health information from my file? Thank you for understanding.

Joanna""")

# restriction
# NEAR-LINE: non-native "don't use it but keep it" -> restriction.
R("x_en_keep_dont_use", ["restriction"], "Lars Eriksson <lars.eriksson@telia.se>",
  "my file",
  """Hello Sandra,

Please do not delete my file, I maybe need it later for my insurance. But please don't use it
for anything in the meantime, keep it only.

Best regards
Lars""")

R("x_en_contest", ["restriction"], "Olga Petrova <olga.petrova@gmail.com>",
  "Incorrect information - please stop using it",
  """Dear Sandra,

The assessment report says I refused to do the exercises in session 3, which is not true. I
contest this. Until we clarify it, please restrict the processing of this report and do not
send it to my employer.

Olga Petrova""")

R("x_en_art18", ["restriction"], "James Whitfield <james.whitfield@gmail.com>",
  "Restriction of processing - Article 18",
  """Dear Madam,

I hereby request restriction of processing of my personal data pursuant to Article 18(1)(c)
GDPR, as I need the data for the establishment of a legal claim. Please do not erase it and
do not process it for any other purpose.

James Whitfield""")

# portability
R("p_en_transfer", ["portability"], "Sofia Lindqvist <sofia.lindqvist@gmail.com>",
  "Data transfer to my new coach",
  """Hi Sandra,

I'm continuing my coaching in Stockholm. Could you send the data I provided (questionnaires,
goals, journal entries) directly to my new coach, Eva Berg (eva@bergcoaching.se), in a format
she can import? Thanks a lot!

Sofia""")

R("p_en_machine", ["portability"], "Tomasz Zielinski <tomasz.zielinski@onet.pl>",
  "data portability",
  """Hello,

I would like to get my course data (progress, quiz answers, uploaded exercises) in machine
readable format, CSV or JSON is fine. It is my right to portability I think.

Regards, Tomasz""")

# objection
R("o_en_unsub", ["objection"], "Emma Clarke <emma.clarke@yahoo.co.uk>",
  "Unsubscribe",
  """Please unsubscribe me from your mailing list. Thank you.""")

R("o_en_reply_news", ["objection"], "Pieter Janssens <pieter.janssens@telenet.be>",
  "Blooming at work",
  """Hello, please no more of these marketing emails for me. Thanks.""",
  reply=True, quote=dict(style="gmail_en", who="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
                         text=NEWS_EN))

R("o_en_stats", ["objection"], "Mei Lin <mei.lin@gmail.com>",
  "use of my survey answers",
  """Dear Sandra,

I object to my feedback answers being used in your statistics and presentations. I'm fine with
you keeping them for your own follow-up.

Mei""")

# NEAR-LINE: objection to marketing while keeping the course (not cancelling).
R("o_en_keep_course", ["objection"], "Carlos Mendes <carlos.mendes@gmail.com>",
  "Too many emails",
  """Hi Sandra,

I'm still doing the course and I want to continue, so please don't cancel anything! But I
don't want to receive the promotional emails and the webinar invitations anymore.

Cheers,
Carlos""")

R("o_en_sms", ["objection"], "Ioana Popescu <ioana.popescu@yahoo.com>",
  "SMS messages",
  """Hello,
stop sending me SMS for your promotions please. I don't want them.
Ioana""")

# withdraw_consent
R("w_en_testimonial", ["withdraw_consent"], "Rachel Green <rachel.green@gmail.com>",
  "Testimonial on your website",
  """Hi Sandra,

I'd like to withdraw my consent for the testimonial I gave you last year. Could you take it
down from the website and Instagram?

Thanks,
Rachel""")

R("w_en_photo", ["withdraw_consent"], "Nikos Papadopoulos <nikos.papadopoulos@gmail.com>",
  "photo from the retreat",
  """Dear Sandra,

I see my photo from the retreat in your brochure online. I give before the authorisation but
now I take it back, please remove the photo.

Nikos""")

R("w_en_recording", ["withdraw_consent"], "Elena García <elena.garcia@gmail.com>",
  "Recording of the Zoom workshop",
  """Hello,

I no longer agree to appear in the recording of the Zoom workshop of 12 March. Please remove me
from the replay or blur my video.

Elena""")

R("w_en_health", ["withdraw_consent"], "Aino Virtanen <aino.virtanen@gmail.com>",
  "consent for health data",
  """Dear Sandra,

I withdraw my consent for the processing of my health data that I signed in the contract.
We can continue the sessions without this.

Aino""")

# post_mortem
# NEAR-LINE: executor asks closure, stop emails and documents -> post_mortem only.
R("pm_en_daughter", ["post_mortem"], "Susan Miller <susan.miller@gmail.com>",
  "My father Robert Miller",
  """Dear Ms Delomenie,

My father, Robert Miller, who attended your workshops while he lived in Issoudun, passed away
in May. I am his executor. Could you please close his account, stop all emails and send me any
documents he wrote during the workshops? Death certificate attached.

Susan Miller""", att=[("death_certificate_R_Miller.pdf", PDF)])

R("pm_en_own_instructions", ["post_mortem"], "Wolfgang Braun <wolfgang.braun@t-online.de>",
  "instructions for after my death",
  """Dear Sandra,

I am seriously ill. I want to leave instructions: after my death, please delete all my data
and do not give anything to my family. This is my clear wish.

Wolfgang Braun""")

R("pm_en_widow", ["post_mortem"], "Margaret Wilson <margaret.wilson@btinternet.com>",
  "My husband's account",
  """Hello,

My husband Peter Wilson died last month. He still receives your emails and there is a monthly
payment on his card. Please remove him from everything.

Margaret Wilson""")

# multi
R("ap_en_copy_csv", ["access", "portability"], "Alessandro Ferri <alessandro.ferri@gmail.com>",
  "my data - copy and export",
  """Hi Sandra,

Can you please send me a copy of all data you have about me, and also my exercises in a CSV
file so I can import them in my new app?

Thank you,
Alessandro""")

R("ap_en_formal", ["access", "portability"], "Claire Dubois-Smith <claire.dsmith@gmail.com>",
  "Articles 15 and 20 GDPR request",
  """Dear Ms Delomenie,

Please provide (a) a copy of all personal data you process about me and the recipients of that
data (Art. 15 GDPR) and (b) the data I provided to you in a structured, commonly used and
machine-readable format (Art. 20 GDPR).

Best regards,
Claire Dubois-Smith""")

R("ew_en_testimonial_delete", ["erasure", "withdraw_consent"], "Julia Becker <julia.becker@gmx.de>",
  "Testimonial and data",
  """Hello Sandra,

I withdraw my consent for my testimonial and photo, and I ask you to delete all my data too.

Best,
Julia""")

R("ae_en_see_delete", ["access", "erasure"], "Viktor Horvath <viktor.horvath@gmail.com>",
  "GDPR",
  """Hello,

First I want to see what data you have on me, please send me a copy. After, delete everything.

Viktor Horvath""")

R("eo_en_stop_delete", ["erasure", "objection"], "Sarah Cohen <sarah.cohen@gmail.com>",
  "Stop emails and delete me",
  """Hi,

Stop sending me marketing emails and delete all my personal data from your systems please.

Sarah""")

R("ar_en_copy_fix", ["access", "rectification"], "Ana Kovac <ana.kovac@gmail.com>",
  "my data",
  """Hello Sandra,

Can you send me what you have about me? I think my birth date is wrong in the registration,
the correct one is 04/11/1991 (not 11/04/1991). Please correct it.

Ana""")

R("pe_en_export_delete", ["erasure", "portability"], "Mikko Laine <mikko.laine@gmail.com>",
  "export and delete",
  """Hi,

Please export my course data to a CSV or JSON file and send it to me, then delete my account
and all data.

Mikko""")
