# English requests (blind78).
from rec import R, SANDRA_C, SANDRA_O

RECORDS = [
R("en-acc-curious", ["access"], "quick question",
"""Hi Sandra,

Hope you're well! I was wondering if you could send me whatever you have on file about me from the online course last year - just curious what's stored.

Cheers,
Rachel""", frm=("Rachel Turner", "rachel.turner@gmail.com")),
R("en-acc-formal-sar", ["access"], "Subject Access Request",
"""Dear Ms Delomenie,

Under Article 15 of the GDPR I am requesting a copy of all personal data you hold about me, the purposes of processing, the recipients, and the source of the data.

Please find my passport attached for identification.

Yours sincerely,
Graham Whitfield""", frm=("Graham Whitfield", "g.whitfield@btinternet.com"),
att=[("pdf", "passport_Whitfield.pdf", "Passport - WHITFIELD Graham - GBR")]),
R("en-acc-nonnative", ["access"], "about my datas",
"""Hello Madam,

I have make the training with you in 2024 (online, from Berlin). Please can you tell me which datas you are having about me and to who you gave them? Thank you very much for your help.

Best regards
Jonas Müller""", frm=("Jonas Müller", "jonas.mueller@web.de")),
R("en-acc-session-notes", ["access"], "Session notes",
"""Hi Sandra,

Would it be possible to get a copy of your notes from our sessions? My therapist thinks it could help. No rush at all.

Thanks so much,
Megan""", frm=("Megan Price", "megan.price@outlook.com")),
R("en-acc-oneliner", ["access"], "What data do you hold on me?", "Please let me know. Thanks - D. Kowalski",
frm=("Daniel Kowalski", "d.kowalski@gmail.com")),
R("en-rect-name", ["rectification"], "spelling of my name",
"""Hi, small thing - my surname is spelled McAllister (double l), your emails say McAlister. Could you fix it in your records? Thanks! Fiona""",
frm=("Fiona McAllister", "fiona.mcallister@gmail.com")),
R("en-rect-address-change", ["rectification"], "new address",
"""Hello,

I've moved - please replace my old address (14 Rue Victor Hugo, Bourges) with: 7 Allée des Peupliers, 45000 Orléans. Invoices should go there from now.

Kind regards,
Paul Bennett""", frm=("Paul Bennett", "paul.bennett@outlook.com")),
R("en-rect-nonnative-email", ["rectification"], "change e-mail please",
"""Dear Sandra, my old email anna.kovacs@freemail.hu is closed, please you delete it and put this new one: anna.kovacs.coach@gmail.com. Thank you and greetings from Budapest! Anna""",
frm=("Anna Kovács", "anna.kovacs.coach@gmail.com")),
R("en-eras-polite", ["erasure"], "Could you remove me?",
"""Hi Sandra,

I really enjoyed the workshop, but I'm trying to cut down my digital footprint. Would you mind deleting all the personal information you have about me? Thank you for understanding.

Best,
Olivia""", frm=("Olivia Grant", "olivia.grant@icloud.com")),
R("en-eras-formal", ["erasure"], "Right to erasure request",
"""Dear Sir/Madam,

Pursuant to Article 17 GDPR, I request the erasure of all personal data concerning me, including my account on your training platform.

Regards,
Martin Dahl""", frm=("Martin Dahl", "martin.dahl@proton.me")),
R("en-eras-hesitant", ["erasure"], "hmm",
"""Hi Sandra, I've been going back and forth on this for weeks... ok, decision made: please delete everything you have on me. It's not about you, I promise! x Hannah""",
frm=("Hannah Webb", "hannah.webb@gmail.com")),
R("en-eras-nonnative", ["erasure"], "Delete me please",
"""Hello, I am not anymore interest in coaching. I want that you erase my informations completely from your system. Thank you, Marco Rossi""",
frm=("Marco Rossi", "marco.rossi83@libero.it")),
R("en-restr-dispute", ["restriction"], "hold my file",
"""Hello Sandra,

I dispute part of what's written in my end-of-training report. Until we've sorted it out, please don't use or share my data - but don't delete it either, I may need it.

Thanks,
Chris Lowe""", frm=("Chris Lowe", "chris.lowe@gmail.com")),
R("en-restr-freeze", ["restriction"], "Freeze my data",
"""Hi, could you freeze my records for now? Keep them but don't process them in any way until I get back to you. Thanks, Aisha""",
frm=("Aisha Khan", "aisha.khan@hotmail.co.uk")),
R("en-restr-formal", ["restriction"], "Restriction of processing - Art. 18 GDPR",
"""Dear Ms Delomenie,

I contest the accuracy of the health information recorded in my coaching file. I therefore request restriction of processing under Article 18(1)(a) GDPR while this is verified.

Yours faithfully,
Eleanor Hughes""", frm=("Eleanor Hughes", "eleanor.hughes@gmail.com")),
R("en-port-csv", ["portability"], "export of my data",
"""Hi Sandra,

Could you send me the data I gave you (questionnaires, progress etc.) as a CSV or similar so I can import it into my own tracker app?

Thanks!
Ben""", frm=("Ben Carter", "ben.carter@gmail.com")),
R("en-port-transfer", ["portability"], "Transfer to my new coach",
"""Hello Sandra,

I'm moving to Lyon and will continue with another coach there. Could you send my file directly to her (hello@claracoaching.fr) in a format she can reuse? Thank you for everything.

Sophie Ward""", frm=("Sophie Ward", "sophie.ward@outlook.com")),
R("en-obj-unsub", ["objection"], "unsubscribe",
"""Please take me off your mailing list. Thanks.""", frm=("James Murphy", "jmurphy@gmail.com")),
R("en-obj-indirect", ["objection"], "Re: Spring workshops in Issoudun",
"""Hi Sandra, lovely newsletter as always, but as I live in Canada now I think it's time you stopped sending them to me :) All the best, Laura""",
quote="""Spring workshops in Issoudun
- Letting go - Saturday 12 April
- Women's circle - Thursday 17 April
Unsubscribe""", qfrom=SANDRA_C, frm=("Laura Chen", "laura.chen@gmail.com")),
R("en-obj-marketing-calls", ["objection"], "no more calls",
"""Hi, I got a phone call about your new programme. I'd rather not be contacted for marketing at all - email or phone. Thanks, Ian""",
frm=("Ian Foster", "ian.foster@yahoo.com")),
R("en-obj-profiling", ["objection"], "Use of my data for ads",
"""Hello,

I object to my email being uploaded to Facebook or Google for ad targeting. Please exclude me from any such audiences.

Regards,
Nina Petrova""", frm=("Nina Petrova", "nina.petrova@gmail.com")),
R("en-wc-testimonial", ["withdraw_consent"], "my testimonial",
"""Hi Sandra,

I'm so glad my words helped others, but I'd like to take my testimonial (and photo) off your website now - I'm changing careers and would rather keep a lower profile. Hope that's okay!

Warmly,
Grace""", frm=("Grace Mitchell", "grace.mitchell@gmail.com")),
R("en-wc-recording", ["withdraw_consent"], "Webinar recording",
"""Hello, I agreed to be recorded during the webinar but I withdraw that consent now. Please remove me from the replay. Regards, Tomasz Nowak""",
frm=("Tomasz Nowak", "tomasz.nowak@wp.pl")),
R("en-wc-cookies-nonnative", ["withdraw_consent"], "cookies consent",
"""Hi, I clicked accept on cookies of your website but I am changing my mind, I don't consent anymore to the analytics. Thanks, Joao""",
frm=("João Silva", "joao.silva@sapo.pt")),
R("en-pm-daughter", ["post_mortem"], "My mother, Margaret Dunn",
"""Dear Sandra,

I'm writing with sad news: my mother, Margaret Dunn, passed away in March. She loved your online courses. Could you please close her account and stop the emails? I've attached the death certificate.

Thank you for the joy you brought her,
Karen Dunn""", frm=("Karen Dunn", "karen.dunn@gmail.com"),
att=[("pdf", "death_certificate_Dunn.pdf", "Certificate of death - DUNN Margaret")]),
R("en-pm-instructions", ["post_mortem"], "for when I'm gone",
"""Hi Sandra,

Slightly morbid email, sorry! I'm putting my affairs in order and wanted to let you know: when I die, please delete everything you hold about me - my partner David does not need to see my session notes.

Thanks,
Helen Ross""", frm=("Helen Ross", "helen.ross@icloud.com")),
R("en-pm-executor", ["post_mortem"], "Estate of Mr Peter Lang",
"""Dear Ms Delomenie,

I am the executor of the estate of Mr Peter Lang, who died on 4 January 2026. Please provide a copy of any personal data you hold about him and then delete it.

Yours sincerely,
Richard Lang""", frm=("Richard Lang", "richard.lang@lang-family.co.uk")),
R("en-multi-acc-eras", ["access", "erasure"], "copy then delete",
"""Hi Sandra, could you send me a copy of everything you have on me, and then delete it all? Thank you! Jess""",
frm=("Jessica Hall", "jess.hall@gmail.com")),
R("en-multi-obj-eras", ["erasure", "objection"], "Remove me",
"""Hello, please stop all marketing emails and erase my details from your database. Kind regards, Arjun Mehta""",
frm=("Arjun Mehta", "arjun.mehta@outlook.com")),
R("en-multi-acc-port", ["access", "portability"], "my data",
"""Hi,

I'd like to know what personal data you hold about me, and to receive it in a machine-readable format (JSON or CSV) so I can move it to another provider.

Thanks,
Lena Fischer""", frm=("Lena Fischer", "lena.fischer@gmx.de")),
R("en-multi-wc-eras", ["erasure", "withdraw_consent"], "Testimonial and data",
"""Hi Sandra, I'm withdrawing my consent for the video testimonial, and please delete all my data as well. Many thanks, Sam""",
frm=("Sam Taylor", "sam.taylor@gmail.com")),
R("en-multi-rect-restr", ["rectification", "restriction"], "wrong info in my report",
"""Hello,

My report says I left the course early - that's not true, I attended every session. Please correct it, and don't send the report to my employer until it's fixed.

Thanks,
Mark Doyle""", frm=("Mark Doyle", "mark.doyle@gmail.com")),
R("en-multi-parent-acc-rect", ["access", "rectification"], "my son's file",
"""Dear Sandra,

My son Ethan (16) attended your teen confidence workshop. As his mother, I'd like a copy of the information you keep about him, and please note his date of birth is 09/06/2009, not 06/09/2009.

Best regards,
Claire Robinson""", frm=("Claire Robinson", "claire.robinson@gmail.com")),
]
