# -*- coding: utf-8 -*-
"""English requests (b51)."""
from _rec import R

RECORDS = [
R("en-req-sar-formal", ["access"], "Rebecca Thornton <rebecca.thornton@btinternet.com>",
  "Subject Access Request",
"""Dear Ms Delomenie,

Under Article 15 of the GDPR I am requesting a copy of all personal data you hold about me, together with the purposes of processing, the recipients to whom it has been disclosed and the period for which it will be stored.

I attended your online "Resilient Leadership" course in October 2024 using this email address.

Kind regards,
Rebecca Thornton"""),

# NEAR-LINE: non-native English, polite question that asks for the thing -> request
R("en-req-nonnative-delete", ["erasure"], "Marco Bellandi <marco.bellandi@libero.it>",
  "about my datas",
"""Hello Sandra,

I have make the workshop with you in Issoudun last summer when I was on holidays. Now I am back in Italy and I don't need anymore. Could you please cancel all my datas from your computer? Also the email and the phone.

Thank you very much and compliments for the workshop,
Marco"""),

# NEAR-LINE: portability to another provider only
R("en-req-portability-new-coach", ["portability"], "Aisha Rahman <aisha.rahman@outlook.com>",
  "Transferring my coaching records",
"""Hi Sandra,

I'm moving to Lyon and will continue coaching with someone local. Would you be able to send my goal sheets and progress reviews to her directly, in a format she can import (CSV or similar)? Her address is j.morel@coachlyon.fr. I've told her to expect them.

Many thanks for everything,
Aisha"""),

R("en-req-portability-json", ["portability"], "Daniel Kowalski <dkowalski@posteo.de>",
  "Data export request (Art. 20 GDPR)",
"""Hello,

Please provide the personal data I submitted through your e-learning platform (profile, module completion, quiz responses, journal entries) in a structured, commonly used and machine-readable format such as JSON or CSV, pursuant to Article 20 GDPR.

Regards,
Daniel Kowalski"""),

# NEAR-LINE: portability + wants to see what's held -> access + portability
R("en-req-portability-and-see", ["access", "portability"], "Harriet Lowe <harriet.lowe@gmail.com>",
  "What do you have on me + export",
"""Hi,

Two things please: first, could you tell me what information you actually keep about me? And second, could I have my session worksheets and assessments as a spreadsheet so I can load them into my own tracker?

Cheers,
Harriet"""),

R("en-req-portability-company-lms", ["portability"], "Priya Natarajan <priya.natarajan@gmail.com>",
  "Moving my training record to our company LMS",
"""Dear Sandra,

My employer now uses an internal learning platform and asks staff to import prior training. Could you send me my completion records and assessment scores from your course in a machine-readable file (xAPI/CSV is fine) so that I can upload them myself?

Best,
Priya"""),

R("en-req-withdraw-testimonial", ["withdraw_consent"], "Olivia Bennett <olivia.bennett@icloud.com>",
  "My testimonial on your website",
"""Hi Sandra,

Last year I was happy for you to use my quote and first name on the testimonials page. I'd now like to withdraw that consent, please take it down. Nothing wrong, I just prefer to keep a lower profile online these days.

Thanks so much,
Olivia

Sent from my iPhone"""),

R("en-req-withdraw-recording", ["withdraw_consent"], "Thomas Achterberg <t.achterberg@gmail.com>",
  "Zoom recording of the group session",
"""Hello,

I agreed at the start of the session on 14 March that it could be recorded for participants who missed it. I withdraw that consent. Please don't share the recording further or use it in future course material.

Thomas"""),

# NEAR-LINE: withdraw consent + erase everything -> erasure + withdraw_consent
R("en-req-withdraw-and-erase", ["erasure", "withdraw_consent"], "Sinead Murphy <sinead.murphy@eircom.net>",
  "Withdrawing consent and deleting my data",
"""Dear Sandra,

I'm withdrawing my consent for the use of my photo and video from the retreat, and I'd also like all my personal data deleted from your records.

Thank you,
Sinead Murphy"""),

R("en-req-withdraw-questionnaire-research", ["withdraw_consent"], "Lukas Meier <lukas.meier@bluewin.ch>",
  "Research consent",
"""Dear Ms Delomenie,

I previously consented to my anonymised questionnaire answers being included in your study on stress at work. I wish to withdraw that consent. Please exclude my answers from the study. My other data can stay as it is.

Best regards,
Lukas Meier"""),

# NEAR-LINE: executor after death -> post_mortem only, whatever asked
R("en-req-executor-death", ["post_mortem"], "James Whitfield <james.whitfield@whitfieldlaw.co.uk>",
  "Estate of the late Margaret Whitfield",
"""Dear Madam,

I am the executor of the estate of my late mother, Margaret Whitfield, who died on 4 January. I understand she attended a series of sessions with you while living in the Indre. I should be grateful if you would send me a copy of the records held about her and then close her file.

A copy of the death certificate is attached.

Yours faithfully,
James Whitfield""", attach=[("death_certificate_M_Whitfield.pdf", "Certified copy of an entry of death - Margaret Whitfield")]),

R("en-req-widow-newsletter", ["post_mortem"], "Carol Henderson <carol.henderson@hotmail.co.uk>",
  "Emails to my late husband",
"""Hello,

My husband Robert Henderson passed away in the autumn. Your newsletters are still arriving in his inbox which I now manage. Please stop sending them and remove him from your lists.

Carol Henderson"""),

R("en-req-own-death-instructions", ["post_mortem"], "Edward Pryce <edward.pryce@gmail.com>",
  "Instructions regarding my data after my death",
"""Dear Sandra,

I am putting my affairs in order. I'd like to leave a clear instruction: after my death, my file with you should be deleted and nothing disclosed to anyone except my partner, David Mills, should he ask. Please keep this note on my file.

With warm regards,
Edward"""),

R("en-req-daughter-deceased-access", ["post_mortem"], "Naomi Adler <naomi.adler@gmail.com>",
  "My mother's notes",
"""Hi Sandra,

I'm so sorry to write with sad news: Mum (Ruth Adler) died last month. She spoke about your sessions a lot and said they helped her through Dad's illness. Would it be possible for us to have the notes or anything she wrote during those sessions? It would mean a lot to the family.

Naomi""", html="alt"),

R("en-req-son-deceased-delete", ["post_mortem"], "Pieter de Vries <pieter.devries@ziggo.nl>",
  "Account of my late father",
"""Good afternoon,

My father Hendrik de Vries died in February. He had an account on your training platform. Please close the account and erase everything about him. I can provide the death certificate if you need.

Kind regards,
Pieter de Vries"""),

R("en-req-partner-deceased-notary", ["post_mortem"], "Maître Laurent Giraud <l.giraud@notaires-chateauroux.fr>",
  "Late Mr Andrew Collins - personal data",
"""Dear Madam,

We act for the estate of Mr Andrew Collins, a British national who died in Châteauroux on 20 May. His partner, Mr Paul Rivière, wishes to know whether you hold any personal data relating to Mr Collins and asks that any such file be closed.

Yours faithfully,
Laurent Giraud, notaire""", attach=[("acte_de_deces_Collins.pdf", "Acte de deces - Andrew Collins - Chateauroux")]),

# NEAR-LINE: "don't delete but stop using" -> restriction only
R("en-req-restriction-legal-claim", ["restriction"], "Georgina Platt <georgina.platt@gmail.com>",
  "Please keep but don't use my file",
"""Hi Sandra,

Please don't delete anything about my coaching sessions — I may need them for an employment tribunal. But I'd like you to stop using my data for anything else (no newsletters, no case studies, nothing) until I tell you otherwise.

Thanks,
Georgina"""),

# NEAR-LINE: contesting accuracy + pause -> restriction only
R("en-req-restriction-contest-accuracy", ["restriction"], "Samuel Okafor <samuel.okafor@yahoo.co.uk>",
  "Inaccurate assessment",
"""Dear Ms Delomenie,

The end-of-course assessment in my file states that I failed the practical exercise. I dispute this. While we resolve the matter, I ask that you restrict processing of that assessment and not send it to my employer or any certification body.

Sincerely,
Samuel Okafor"""),

R("en-req-restriction-freeze", ["restriction"], "Ingrid Solberg <ingrid.solberg@online.no>",
  "Freeze my data",
"""Hello,
I'm going through a difficult time and am not sure if I want to continue or close everything. For now, can you just freeze my data — keep it, but don't process it, contact me or share it — until I decide?
Ingrid"""),

R("en-req-restriction-pending-objection", ["restriction", "objection"], "Victor Hale <victor.hale@protonmail.com>",
  "Objection and restriction",
"""Dear Sandra,

I object to my data being used for your "participant outcomes" analysis. Pending your assessment of my objection, please restrict any processing of my data for that purpose.

Regards,
Victor Hale"""),

R("en-req-restriction-hr-dispute", ["restriction"], "Melissa Grant <melissa.grant@gmail.com>",
  "Hold on my coaching report",
"""Hi,

My company's HR team has asked you for a copy of the coaching report. I haven't agreed to this and I'm disputing parts of it. Please put the report on hold — don't send it, don't change it, don't delete it — until we've talked.

Melissa""", to="orange"),

R("en-req-access-where-from", ["access"], "Ben Carter <ben.carter@gmail.com>",
  "Where did you get my number?",
"""Hi,

I got a text from your business advertising a wellbeing weekend. I've never been in touch with you. Please tell me where you got my mobile number and what other information you have about me.

Ben""",),

# NEAR-LINE: specific records (questionnaire answers) -> access
R("en-req-access-questionnaire", ["access"], "Chloe Fernandes <chloe.fernandes@gmail.com>",
  "Copy of my intake questionnaire",
"""Hi Sandra!

Would you mind sending me a copy of the intake questionnaire I filled in before our first session, and my answers to the values exercise? I'd love to compare with where I am now.

Chloe x"""),

R("en-req-access-shared-with", ["access"], "Robert Lindqvist <robert.lindqvist@telia.se>",
  "Third parties",
"""Hello Ms Delomenie,

Could you please let me know which third parties my personal data has been shared with since I enrolled (payment provider, video platform, funding body or others)?

Best regards,
Robert Lindqvist"""),

R("en-req-erasure-simple", ["erasure"], "Hannah Price <hannah.price@gmail.com>",
  "Delete my data please",
"""Hi, please delete all personal data you have about me. I attended one webinar in 2025. Thanks, Hannah"""),

# NEAR-LINE: "close my account and delete my data" -> erasure
R("en-req-close-account-with-data", ["erasure"], "Kenji Watanabe <kenji.watanabe@gmail.com>",
  "Close account + remove data",
"""Hello,

Please close my account on the training platform and remove all of my personal data associated with it (profile, progress, forum posts). I don't want it just deactivated.

Thank you,
Kenji Watanabe"""),

R("en-req-erasure-parent-child", ["erasure"], "Lisa Morgan <lisa.morgan@gmail.com>",
  "My son's details",
"""Hello Sandra,

I'm the mother of Ethan Morgan (13), who attended your teen confidence workshop during the half-term. He's decided it wasn't for him. Please erase his registration form, his answers and our contact details relating to him.

Thanks,
Lisa Morgan"""),

R("en-req-objection-marketing", ["objection"], "Gareth Evans <gareth.evans@sky.com>",
  "Unsubscribe",
"""Please unsubscribe me from all marketing emails. Thanks."""),

R("en-req-objection-profiling", ["objection"], "Anneliese Braun <anneliese.braun@web.de>",
  "Tracking in your newsletter",
"""Hello,

I see your newsletters contain tracking pixels and personalised links. I object to being profiled on the basis of my opening and click behaviour. Please stop this processing for my address.

Kind regards,
Anneliese Braun"""),

# NEAR-LINE: request above a quoted newsletter -> counts as request
R("en-req-reply-newsletter-stop", ["objection"], "Tom Hargreaves <tom.hargreaves@gmail.com>",
  "Re: Floraison de Soi – English-speaking circle, spring dates",
"""Please take me off this list, I moved back to Leeds.""",
  quote={"style": "en", "who": "Floraison de Soi <contact@floraisondesoi.fr>", "text": """Hello everyone,

Our English-speaking circle meets again on the first Thursday of each month from April.

Warmly,
Sandra"""}),

R("en-req-rectification-name", ["rectification"], "Siobhan O'Callaghan <siobhan.ocallaghan@gmail.com>",
  "Name spelled wrong on certificate",
"""Hi Sandra,

My certificate says "Siobahn O'Calaghan". It should be Siobhan O'Callaghan. Could you fix it in your records and reissue the certificate?

Thanks!
Siobhan"""),

R("en-req-rectification-old-email", ["rectification"], "Mark Sutherland <mark.sutherland@proton.me>",
  "New email address",
"""Hi,

Please replace my old address (mark.sutherland@oldcompany.co.uk) with this one, mark.sutherland@proton.me, for all future correspondence. The old one no longer works.

Mark"""),

R("en-req-multi-access-rect", ["access", "rectification"], "Anita Desai <anita.desai@gmail.com>",
  "Checking my records",
"""Dear Sandra,

I'd like to receive a copy of everything you hold about me. I also noticed my invoice shows my previous address in Bourges; my current address is 14 rue Jean Jaurès, 36100 Issoudun. Please update it.

Best wishes,
Anita"""),

R("en-req-multi-erasure-objection", ["erasure", "objection"], "Craig Donnelly <craig.donnelly@gmail.com>",
  "Stop emailing me",
"""I never signed up for this. Stop sending me marketing and delete my email address and anything else you have on me.

C. Donnelly"""),

R("en-req-multi-portab-erasure", ["erasure", "portability"], "Eva Lindström <eva.lindstrom@gmail.com>",
  "Leaving the programme",
"""Hi Sandra,

I'm leaving the online programme. Before you delete my account and all my data, could you export my journal entries and exercise answers as a CSV file so I can keep them in my own app?

Thanks a lot,
Eva"""),

R("en-req-lawyer-mandate-access", ["access"], "Fiona McKenzie <fmckenzie@mckenzie-solicitors.co.uk>",
  "Our client: Mr Alastair Reid — data subject access request",
"""Dear Ms Delomenie,

We act for Mr Alastair Reid, who attended your leadership course in 2024. We enclose his signed letter of authority. On his behalf we request a copy of all personal data you hold concerning him.

Please send your response to this office.

Yours sincerely,
Fiona McKenzie
McKenzie & Co Solicitors

This email and any attachments are confidential and may be legally privileged.""",
  attach=[("letter_of_authority_Reid.pdf", "Letter of authority - Alastair Reid authorises McKenzie and Co to act on his behalf")]),

R("en-req-withdraw-photo-objection", ["objection", "withdraw_consent"], "Laura Jensen <laura.jensen@gmail.com>",
  "Photos & emails",
"""Hey Sandra,

Could you remove the group photo where I appear from your Facebook page? I'm withdrawing my consent for that. And please stop the promotional emails as well.

Thanks,
Laura"""),
]
