# English requests (single and multiple rights).
from recbase import M, with_dates

RECORDS = [

    # ------------------------------------------------------------ erasure
    M("en-era-nonnative-pl", ["erasure"], "delete",
      "Hello Madam, please I want that you delete all my informations from your files. I not need anymore, I live in "
      "Poland now. Thank you very much. Agnieszka\n",
      frm="Agnieszka Nowak <agnieszka.nowak@wp.pl>"),

    M("en-era-oneliner", ["erasure"], "delete my data pls",
      "as per subject. ta\n\nSent from my iPhone\n",
      frm="Tom Atkins <tom.atkins@btinternet.com>", mailer="iphone"),

    M("en-era-formal", ["erasure"], "Request for erasure under Article 17 GDPR",
      "Dear Ms Delomenie,\n\nI attended your \"Finding Your Voice\" weekend workshop in Issoudun in September 2024 and "
      "subsequently had two online sessions with you.\n\nUnder Article 17 of the General Data Protection Regulation, "
      "I request that you erase all personal data you hold about me, including my contact details, booking records, "
      "intake form and any notes taken during the sessions. Where you are legally required to retain certain records "
      "(for example invoices), please tell me which ones and for how long.\n\nI would be grateful for written "
      "confirmation once this has been done, within one month as the Regulation requires.\n\nYours sincerely,\n\n"
      "Eleanor Whitby\n",
      frm="Eleanor Whitby <eleanor.whitby@outlook.com>", mailer="outlook", html="alt"),

    # voice dictation: "data" -> "date a", "Issoudun" -> "issue Dan"
    M("en-era-dictation", ["erasure"], "My details",
      "Hi Sandra, could you please delete my date a from your system. I did the workshop in issue Dan last spring and "
      "I won't be back in France for a while. Thanks so much, Claire\n",
      frm="Claire Dunmore <claire.dunmore@gmail.com>", html="alt"),

    # parent for a minor -> request
    M("en-era-parent-minor", ["erasure"], "Oliver Hughes – Easter workshop",
      "Hello Sandra,\n\nI'm writing on behalf of my son Oliver (12) who came to your children's relaxation workshop "
      "during the Easter holidays. As his mum, I'd like his registration details and the little worksheet he filled "
      "in to be deleted please.\n\nMany thanks,\nRachel Hughes\n",
      frm="Rachel Hughes <rachel.hughes@yahoo.co.uk>", mailer="yahoo"),

    # ------------------------------------------------------------ access
    M("en-acc-nonnative-nl", ["access"], "my personal data",
      "Dear Sandra, can you send me please what personal data you have about me? Is for my own administration. "
      "Best regards, Joost\n",
      frm="Joost van Dijk <joost.vandijk@ziggo.nl>"),

    M("en-acc-sar", ["access"], "Subject Access Request",
      "Hello Sandra,\n\nI'd like to make a subject access request. Please send me a copy of all the personal data you "
      "hold about me, along with what it's used for, who (if anyone) it has been shared with, and how long you plan "
      "to keep it.\n\nFor reference, I was on the online programme \"Rebuild\" from January to April this year, "
      "registered under this email address.\n\nThank you,\nFiona McLeod\n",
      frm="Fiona McLeod <fiona.mcleod@gmail.com>", html="alt"),

    M("en-acc-short", ["access"], "quick q",
      "hi, what info do u hold on me? x\n\nSent from my iPhone\n",
      frm="Dan Price <danprice77@icloud.com>", mailer="iphone2"),

    # ------------------------------------------------------------ rectification
    M("en-rect-surname", ["rectification"], "spelling",
      "Hi, my surname's spelt wrong on your list - it's Whitfield not Whitfeild. Could you fix it? Cheers, Jen\n",
      frm="Jenny Whitfield <jenny.whitfield@hotmail.co.uk>"),

    # replacing an old email with the new one -> rectification only
    M("en-rect-newemail", ["rectification"], "new email",
      "Hi Sandra, please use this address from now on, my old gmail (markbellamy62@gmail.com) is getting closed. "
      "Thanks! Mark\n",
      frm="Mark Bellamy <mark.bellamy@proton.me>"),

    M("en-rect-address-pt", ["rectification"], "new adress",
      "Hello, I have moved. My new adress is: Rua de Cedofeita 212, 4050-174 Porto, Portugal. Please change in your "
      "file. Obrigada, Inês\n",
      frm="Inês Carvalho <ines.carvalho@sapo.pt>"),

    M("en-rect-firstname", ["rectification"], "Name update",
      "Hello! Small update: I've legally changed my first name to Alex (it was Alexandra on your records). Could you "
      "update my file and the name on my certificate? Thanks a lot, Alex\n",
      frm="Alex Moreau-Smith <alex.ms@gmail.com>", html="alt"),

    # ------------------------------------------------------------ objection
    M("en-obj-unsub-subject-only", ["objection"], "unsubscribe", "",
      frm="S. Pike <spike.home@btinternet.com>"),

    # request above a quoted (French) newsletter in Gmail-English style
    M("en-obj-nonnative-de", ["objection"], "Re: La lettre de Floraison – juin",
      "Hello, please no more newsletter for me, my French is not so good for reading it. Danke and all the best, "
      "Katrin\n",
      frm="Katrin Vogel <katrin.vogel@web.de>",
      quote=dict(style="gmail_en", frm="floraison", ago=52,
                 text="Bonjour à toutes et à tous,\n\nJuin arrive, et avec lui l'envie de ralentir. Ce mois-ci, je "
                      "vous parle de la lenteur comme d'une alliée.\n\nAtelier « Respirer » le 21 juin à Issoudun.\n\n"
                      "Se désinscrire : https://floraisondesoi.fr/desinscription\n")),

    M("en-obj-analytics", ["objection"], "Objection to analytics and ad targeting",
      "Hello,\n\nI object to the processing of my personal data for analytics and ad targeting (Meta pixel, Google "
      "Analytics) in connection with my account on your course platform. Please confirm that this has been taken "
      "into account.\n\nOscar\n",
      frm="Oscar Lindqvist <oscar.lindqvist@proton.me>"),

    M("en-obj-calls", ["objection"], "Phone calls",
      "Please stop calling me about the coaching programme. I'm not interested and I don't want to be contacted "
      "again. Thanks\n",
      frm="Gary Holt <gary.holt@gmail.com>", html="alt"),

    # ------------------------------------------------------------ withdraw_consent
    M("en-wc-testimonial", ["withdraw_consent"], "My testimonial",
      "Hi Sandra, could you take my testimonial off your website please? Nothing wrong at all, I'm just starting a "
      "new job and would rather keep a low profile online. Thanks, Becky x\n",
      frm="Becky Shaw <becky.shaw@outlook.com>", mailer="outlook"),

    M("en-wc-photo-nonnative", ["withdraw_consent"], "photo instagram",
      "Hello, please remove the picture of me from your Instagram, I not agree anymore for it. Thank you. Marta\n",
      frm="Marta Kowalczyk <marta.kowalczyk@gmail.com>", html="alt"),

    M("en-wc-recording", ["withdraw_consent"], "Webinar recording – 3 March",
      "Hi,\n\nI withdraw my consent for the Zoom recording of the 3 March webinar to be shared in the replay. I spoke "
      "about my family there and I'd rather it stayed in the room.\n\nRegards,\nJames\n",
      frm="James Ortega <j.ortega@fastmail.com>"),

    # ------------------------------------------------------------ restriction
    M("en-res-dont-delete", ["restriction"], "Please hold my data",
      "Please don't delete anything, but stop using my data until I get back to you. I may need the session notes "
      "for an insurance claim.\n\nHelen\n",
      frm="Helen Carter <helen.carter@gmail.com>", html="alt"),

    # NEAR-LINE: contests accuracy and asks not to use meanwhile -> restriction only
    M("en-res-accuracy-nonnative", ["restriction"], "my file not correct",
      "Hello Sandra, the informations in my file are not correct (my job and my family situation). Please not use "
      "them until we check together. Thanks, Pedro\n",
      frm="Pedro Alves <pedro.alves@sapo.pt>"),

    M("en-res-oneliner", ["restriction"], "my file",
      "freeze my file pls — don't delete it, don't use it. will explain when I'm back\n\nSent from my iPhone\n",
      frm="Liam O'Brien <liam.obrien@icloud.com>", mailer="iphone"),

    # ------------------------------------------------------------ portability
    M("en-port-json", ["portability"], "Data export",
      "Hello Sandra, could you send me my data in a machine-readable format (CSV or JSON is fine)? I'm moving my "
      "coaching records to another practitioner in Berlin. Best, Nina\n",
      frm="Nina Hartmann <nina.hartmann@posteo.de>"),

    M("en-port-nonnative-pt", ["portability"], "transfer dossier",
      "Hello, I want transfer my dossier to my new coach in Lisboa. Can you send to her directly in digital? Her "
      "mail is ana.reis.coach@gmail.com. Thank you so much, Beatriz\n",
      frm="Beatriz Sousa <beatriz.sousa@gmail.com>", html="alt"),

    M("en-port-short", ["portability"], "export",
      "export of my data in excel please, for my new therapist. thx\n\nGet Outlook for iOS\n",
      frm="Sam Kerr <samkerr@outlook.com>", html="alt", mailer="outlook"),

    # ------------------------------------------------------------ post_mortem
    M("en-pm-son", ["post_mortem"], "Margaret Hollis",
      "Dear Sandra,\n\nI'm writing to let you know that my mother, Margaret Hollis, passed away in January. She lived "
      "near Issoudun for many years and really enjoyed your workshops.\n\nCould you please remove her from your "
      "mailing list, and let me know what records you still hold for her?\n\nKind regards,\nDavid Hollis\n",
      frm="David Hollis <david.hollis@btinternet.com>"),

    M("en-pm-executor", ["post_mortem"], "Estate of the late Mr Graham Pearce – data held",
      "Dear Madam,\n\nWe act as executors of the estate of the late Mr Graham Pearce, formerly of Le Moulin Bas, "
      "36100 Saint-Georges-sur-Arnon, who died on 2 June 2025. A copy of the death certificate is attached.\n\n"
      "We understand that Mr Pearce attended coaching sessions with you. We should be grateful if you would confirm "
      "what personal information you hold relating to him, close any account in his name, and let us know whether any "
      "sums are owed to or by the estate.\n\nYours faithfully,\n\nJ. Harrington\nHarrington & Cole Solicitors\n"
      "14 Market Street, Ludlow SY8 1BP\n\nThis email is confidential and may be legally privileged. If you are not "
      "the intended recipient please notify us and delete it.\n",
      frm="Harrington & Cole Solicitors <probate@harringtoncole.co.uk>", mailer="outlook", html="alt",
      attach=[dict(kind="pdf", name="Death certificate - G Pearce.pdf",
                   text="CERTIFIED COPY OF AN ENTRY OF DEATH\nName: Graham Edward PEARCE\nDate of death: 2 June 2025\n"
                        "Place of death: Châteauroux, Indre, France\nIssued for estate administration purposes")],
      cc="Susan Pearce <susan.pearce@btinternet.com>"),

    # own instructions for after death -> post_mortem
    M("en-pm-own", ["post_mortem"], "a slightly morbid one",
      "Hi Sandra, this is a slightly morbid one, sorry! I'm updating my will and wanted to leave instructions for my "
      "data too: if anything happens to me, I'd like my session notes destroyed. My partner Tom knows about this. "
      "Julia\n",
      frm="Julia Fenwick <julia.fenwick@gmail.com>", html="alt"),

    # ======================================================== multi-right
    M("en-multi-wc-era", ["erasure", "withdraw_consent"], "take down + erase",
      "Please take down my testimonial and photo and erase everything you have on me. Thanks.\n",
      frm="Lauren Bishop <lauren.bishop@gmail.com>", html="alt"),

    M("en-multi-acc-port-nonnative", ["access", "portability"], "my data for other coach",
      "Hello, I would like to know what data you have about me and to get it in file (excel or csv) so I can give to "
      "other coach. Thank you, Tomasz\n",
      frm="Tomasz Zielinski <tomasz.zielinski@onet.pl>"),

    M("en-multi-acc-rect", ["access", "rectification"], "my file",
      "Hi Sandra — could you send me a copy of what you have on file for me? I think my postcode is wrong too, it "
      "should be 36100 not 36000. Thanks! Gemma\n",
      frm="Gemma Lloyd <gemma.lloyd@hotmail.co.uk>", mailer="outlook"),

    M("en-multi-acc-era", ["access", "erasure"], "My data",
      "Send me a copy of everything you have on me, then delete it all. Thanks. R.\n",
      frm="Robert Fairchild <rob.fairchild@gmail.com>", html="alt"),

    M("en-multi-obj-era", ["erasure", "objection"], "unsubscribe",
      "Unsubscribe me and wipe my details from your database please.\n\nSent from Yahoo Mail for iPhone\n",
      frm="Chloe Dawson <chloe.dawson@yahoo.com>", mailer="yahoo"),

    M("en-multi-res-acc", ["access", "restriction"], "Session summary",
      "Sandra,\n\nI dispute the accuracy of the summary you wrote after my sessions. Until this is resolved please "
      "restrict its use — don't share it, don't change it. Also please send me a copy of my full file.\n\nPeter Gray\n",
      frm="Peter Gray <peter.gray@outlook.com>", mailer="outlook", html="only"),

    M("en-multi-port-era", ["erasure", "portability"], "Moving on",
      "Hi Sandra, please send my records to my new coach (sara@brightpathcoaching.co.uk) in a format she can import, "
      "and then delete them on your side. Thanks so much for everything! Hannah\n",
      frm="Hannah Webb <hannah.webb@icloud.com>", mailer="iphone"),

    M("en-multi-acc-obj", ["access", "objection"], "Spam since your webinar",
      "Who have you shared my email address with? I've been getting spam since your webinar. And please stop using "
      "my address for marketing.\n",
      frm="Ian Mercer <ian.mercer@gmail.com>", html="alt"),

    M("en-acc-prefecture", ["access"], "data for my dossier",
      "Bonjour Sandra, sorry my French is bad. Can you send me all the data you have of me? It is for my dossier at "
      "the préfecture (titre de séjour). Merci!\nOlena\n",
      frm="Olena Shevchenko <olena.shevchenko@ukr.net>"),
]

# send dates pinned because the text mentions calendar dates
with_dates(RECORDS, {
    "en-pm-executor": "2025-07-15 11:20",
    "en-pm-son": "2025-03-02 20:15",
    "en-obj-nonnative-de": "2025-06-03 19:10",
    "en-wc-recording": "2025-03-10 10:30",
    "en-acc-sar": "2025-06-11 08:40",
    "en-era-parent-minor": "2025-05-06 21:15",
})
