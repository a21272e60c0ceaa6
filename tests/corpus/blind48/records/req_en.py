# English requests.
from _common import R, form, booking, SANDRA_C, SANDRA_O

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"

RECORDS = [

R("en-form-cf7-delete-everything", ["erasure"],
  "Contact form: Data deletion",
  form("cf7en", [("From", "Hannah Whitaker <hannah.whitaker@gmail.com>"), ("Subject", "Data deletion")],
       "Hi Sandra, I did your online confidence course back in 2023 while I was living in Bourges. I've moved "
       "back to Leeds and I'd like you to delete all the personal data you hold about me. Thanks a lot, and "
       "thanks for the course too."),
  frm=WP, reply_to="hannah.whitaker@gmail.com", to=2),

R("en-form-cf7-what-do-you-have", ["access"],
  "Contact form: My information",
  form("cf7en", [("From", "Derek Olsen <derek.olsen@outlook.com>"), ("Subject", "My information")],
       "Could you please tell me what personal information you have on file about me and send me a copy? "
       "I attended one workshop in Issoudun last spring as a tourist."),
  frm=WP, reply_to="Derek Olsen <derek.olsen@outlook.com>", to=2, html="alt"),

R("en-calendly-note-no-marketing", ["objection"],
  "New Event: Sandra Delomenie - Discovery call (30 min)",
  booking("calendly", [("Event Type", "Discovery call (30 min)"), ("Invitee", "Priya Raman"),
                       ("Invitee Email", "priya.raman@gmail.com"), ("Event Date/Time", "10:00am - Tuesday")],
          "Looking forward to it! One request: please don't add me to your newsletter or send me promotional "
          "emails after the call. I only want to hear from you about this booking."),
  frm="Calendly <notifications@calendly.com>", reply_to="priya.raman@gmail.com", to=2, html="alt"),

R("en-calendly-note-export-data", ["portability"],
  "New Event: Sandra Delomenie - Final session",
  booking("calendly", [("Event Type", "Follow-up session (60 min)"), ("Invitee", "Tomasz Wrobel"),
                       ("Invitee Email", "t.wrobel@wp.pl")],
          "Before this last session, could you export my workbook answers and goal tracking from the client "
          "portal as a spreadsheet? I want to keep working with them in my own app."),
  frm="Calendly <notifications@calendly.com>", reply_to="t.wrobel@wp.pl", to=2),

R("en-formal-letter-article15", ["access"],
  "Subject Access Request under Article 15 GDPR",
  "Dear Ms Delomenie,\n\n"
  "I am writing to make a subject access request under Article 15 of the General Data Protection "
  "Regulation. Please provide me with:\n\n"
  "1. confirmation of whether you process personal data concerning me;\n"
  "2. a copy of that personal data;\n"
  "3. the purposes of processing, the recipients, the retention period and the source of the data.\n\n"
  "I attended the leadership training you delivered for my former employer in Paris in October 2024. "
  "For identification, my date of birth is 14 May 1979.\n\n"
  "I look forward to your response within one month.\n\nYours sincerely,\n\nGraham Pettifer\n"
  "22 Marlborough Road, Oxford OX1 4LW, United Kingdom",
  frm="Graham Pettifer <graham.pettifer@btinternet.com>", to=1),

R("en-pdf-letter-erasure", ["erasure"],
  "Letter attached - request",
  "Hello,\n\nPlease find my signed letter attached. A scan of my passport is included as requested in your "
  "privacy policy.\n\nKind regards,\nNiamh Gallagher",
  frm="Niamh Gallagher <niamh.gallagher@eircom.net>", to=1,
  attach=[("pdf", "Erasure_request_NGallagher.pdf",
           "Niamh Gallagher, 4 Seapoint Avenue, Galway, Ireland\n\nTo: Floraison de Soi, Sandra Delomenie\n\n"
           "Re: Request for erasure under Article 17 GDPR\n\nI hereby request the erasure of all personal data\n"
           "you hold about me, including my client file, questionnaires and email correspondence.\n"
           "Please confirm once this has been done.\n\nSigned: N. Gallagher"),
          ("pdf", "passport_scan.pdf", "IRELAND PASSPORT - GALLAGHER NIAMH - copy for identity verification only")]),

R("en-solicitor-access-client", ["access"],
  "Our client: Mr Oliver Hughes - subject access request",
  "Dear Madam,\n\nWe act for Mr Oliver Hughes, who attended a coaching programme with you between January and "
  "June 2025. Please find enclosed his signed letter of authority.\n\n"
  "On behalf of our client, we request a copy of all personal data you hold concerning him, including "
  "session notes, assessments and correspondence, together with details of any third parties with whom "
  "such data has been shared.\n\nYours faithfully,\n\nHartley & Finch LLP\nSolicitors\n\n"
  "This email is confidential and may be legally privileged.",
  frm="Rebecca Finch <r.finch@hartleyfinch.co.uk>", to=0,
  attach=[("pdf", "Letter_of_authority_Hughes.pdf", "LETTER OF AUTHORITY\nI, Oliver Hughes, authorise Hartley "
           "& Finch LLP to request my personal data\nfrom Floraison de Soi on my behalf. Signed: O. Hughes")]),

R("en-lawyer-preserve-do-not-use", ["restriction"],
  "Preservation of data - Ms Katarina Novak",
  "Dear Ms Delomenie,\n\nI represent Ms Katarina Novak (authority attached) in an employment dispute. Her "
  "former employer paid for the coaching you provided. Please do not delete any data relating to Ms Novak, "
  "but restrict its processing to storage only until the dispute is resolved; in particular, do not "
  "disclose anything to the employer.\n\nBest regards,\nDr. Lukas Brenner\nRechtsanwalt, Munich",
  frm="Lukas Brenner <brenner@brenner-law.de>", to=0,
  attach=[("pdf", "Vollmacht_Novak.pdf", "Authority / Vollmacht\nKatarina Novak authorises Dr. Lukas Brenner "
           "to act regarding her personal data held by Floraison de Soi.")]),

R("en-executor-late-father", ["post_mortem"],
  "Estate of the late Mr Peter Langley",
  "Dear Sandra,\n\nI'm the executor of my father's estate. Peter Langley passed away in February; he had been "
  "seeing you for coaching since he retired to the Indre. Could you let me know what records you hold for "
  "him and then close his file? I can send the death certificate and grant of probate.\n\n"
  "With thanks,\nSimon Langley",
  frm="Simon Langley <simon.langley@gmail.com>", to=0),

R("en-daughter-mums-account", ["post_mortem"],
  "My mum's account",
  "Hi,\n\nMy mum, Carol Bennett, died last month. She had signed up to your online programme and her "
  "account is still active and sending her reminders. Can you please delete her account and everything in "
  "it?\n\nThanks,\nLucy\n\nSent from my iPhone",
  frm="Lucy Bennett <lucybennett88@icloud.com>", to=0, mailer="iphone"),

R("en-own-instructions-after-death", ["post_mortem"],
  "Instructions for my file",
  "Dear Sandra,\n\nAt 78 I am putting my affairs in order. Should I die, I would like my coaching notes and "
  "journals to be given to my partner, Anne Roussel, and to no one else; everything else can be destroyed. "
  "Please keep this message with my file.\n\nWarmly,\nMargaret Hale",
  frm="Margaret Hale <margaret.hale@orange.fr>", to=1),

R("en-parent-child-data-delete", ["erasure"],
  "My son's data",
  "Hello, my son Ethan (14) came to your teen workshop during the summer. As his parent I'm asking you to "
  "delete the form and the questionnaire he filled in, and his phone number. Thank you, Rachel Moore",
  frm="Rachel Moore <rachel.moore@hotmail.com>", to=0, attach=[("png", "birth_certificate_photo.png")]),

R("en-unsubscribe-one-liner", ["objection"],
  "Re: Autumn news from Floraison de Soi",
  "Please unsubscribe me.",
  frm="Martin Keller <martin.keller@gmx.de>", to=0,
  quote=dict(style="gmail_en", who="Floraison de Soi <contact@floraisondesoi.fr>",
             text="Dear friends,\n\nAutumn is here, and so are our new English-language workshops!\n\n"
                  "You are receiving this email because you subscribed on floraisondesoi.fr.")),

R("en-nonnative-wrong-name", ["rectification"],
  "wrong writing of my name",
  "Hello Mrs. Delomenie,\n\nin your emails and in the certificate of the training my name is write "
  "\"Jurgen Schmit\". Correct is \"Jürgen Schmitt\" with ü and two t. Please can you change it in your "
  "system? Thank you very much.\n\nBest greetings\nJürgen Schmitt",
  frm="Jürgen Schmitt <juergen.schmitt@web.de>", to=0),

R("en-nonnative-which-data", ["access", "rectification"],
  "Question about my datas",
  "Hello Sandra,\n\nI am the Spanish participant of the workshop in July. I would like to know which datas "
  "of me you are keeping and if you can send me them. It is not a problem, is only for know. And my "
  "telephone is changed, the good one now is +34 612 48 93 07, the old one not work anymore.\n\n"
  "Thank you and a hug,\nLucía Fernández",
  frm="Lucía Fernández <lucia.fernandez@gmail.com>", to=0),

R("en-withdraw-testimonial", ["withdraw_consent"],
  "My testimonial on your website",
  "Hi Sandra, I'm withdrawing my permission for you to use my testimonial and first name on your website "
  "and brochures. Nothing wrong - I just prefer to keep a lower profile now that I've changed jobs. "
  "Best, Aisha",
  frm="Aisha Mensah <aisha.mensah@outlook.com>", to=0),

R("en-withdraw-video-consent", ["withdraw_consent"],
  "Workshop video",
  "Dear Sandra,\n\nI signed the release for the filming at the public speaking workshop. I'd now like to "
  "withdraw my consent, so please don't use any footage in which I appear.\n\nRegards,\nDaniel Okafor",
  frm="Daniel Okafor <daniel.okafor@yahoo.com>", to=0),

R("en-withdraw-photo-and-delete", ["erasure", "withdraw_consent"],
  "Photo and my data",
  "Hello,\n\nI no longer consent to my photo being on your Instagram and website, please take it down. "
  "Also please erase all my personal data from your records.\n\nThanks,\nSofia Andersson",
  frm="Sofia Andersson <sofia.andersson@telia.se>", to=0),

R("en-portability-csv", ["erasure", "portability"],
  "Data in CSV",
  "Hi, could you send me the data I entered in your client portal (questionnaires, progress tracker) as a "
  "CSV or JSON file? I'd like to import it into another coaching platform. Once I've got it, feel free to "
  "wipe everything you hold on me. Cheers, Ben",
  frm="Ben Carter <ben.carter@fastmail.com>", to=0),

R("en-access-and-portable-copy", ["access", "portability"],
  "Copy of my data",
  "Dear Ms Delomenie,\n\nPlease let me know what personal data you hold about me, and send the data I "
  "provided in a machine-readable format so that I can reuse it with another provider.\n\n"
  "Kind regards,\nIngrid Solberg",
  frm="Ingrid Solberg <ingrid.solberg@online.no>", to=0),

R("en-restriction-inaccurate", ["restriction"],
  "Inaccurate information",
  "Hello Sandra,\n\nThe summary you sent to my manager says I 'declined further development opportunities'. "
  "That isn't accurate. Until we've talked it through, please stop using or sharing that summary.\n\n"
  "Thanks,\nChris",
  frm="Chris Doyle <chris.doyle@gmail.com>", to=0),

R("en-dont-delete-but-stop", ["restriction"],
  "Please keep my records but don't use them",
  "Hi Sandra,\n\nI may need my attendance records for an insurance claim, so please don't delete anything. "
  "But I'd like you to stop using my data for anything else (no reminders, no newsletters, no follow-up "
  "questionnaires) until I tell you otherwise.\n\nBest,\nEmma Richardson",
  frm="Emma Richardson <emma.richardson@gmail.com>", to=0),

R("en-object-profiling", ["objection"],
  "Use of my data",
  "Dear Sandra,\n\nI object to my data being used for profiling or audience analytics (Meta pixel, Google "
  "Analytics, segmentation of your mailing list). Please note my objection.\n\nRegards,\nPieter de Vries",
  frm="Pieter de Vries <pieter.devries@ziggo.nl>", to=0),

R("en-unsubscribe-and-erase", ["erasure", "objection"],
  "Stop emails and remove me",
  "Hi, I keep getting your marketing emails. Please take me off the list and delete my details altogether. "
  "Thanks - Mark",
  frm="Mark Sullivan <mark.sullivan@hotmail.co.uk>", to=0),

R("en-new-phone-number", ["rectification"],
  "New phone number",
  "Hello Sandra, quick one: my old mobile (+44 7700 900123) is gone, please replace it with +33 6 71 20 44 "
  "18 - I'm in France for good now! Thanks, Olivia",
  frm="Olivia Grant <olivia.grant@gmail.com>", to=0),

# NEAR-LINE: "remove my old email" with the new address supplied -> rectification only.
R("en-remove-old-email-new-one", ["rectification"],
  "Email change",
  "Hi, please remove my old work email (j.kowalski@brightlane.co.uk) from your records and use "
  "jan.kowalski.home@gmail.com from now on. Cheers, Jan",
  frm="Jan Kowalski <jan.kowalski.home@gmail.com>", to=0),

R("en-delete-account-all-data", ["erasure"],
  "Delete my account",
  "Hello, please delete my account on your membership site and all the data associated with it. "
  "Regards, Fiona Reid",
  frm="Fiona Reid <fiona.reid@icloud.com>", to=0, mailer="apple"),

R("en-long-mail-buried-erasure", ["erasure"],
  "Catching up",
  "Hi Sandra!\n\nIt's been ages. I've finally settled in Bordeaux, the new job is intense but good, and the "
  "breathing exercises you taught me have saved me before more than one board meeting. My daughter started "
  "school, so mornings are chaos, but we're getting there.\n\nI also wanted to say that I recommended you to "
  "two colleagues who are looking for someone who works in English - hope that's ok.\n\nOh, and since I "
  "won't be doing sessions again, would you mind getting rid of my old notes and forms? No need to keep "
  "anything about me.\n\nLots of love,\nKate",
  frm="Kate Morrison <kate.morrison@gmail.com>", to=0, html="alt"),

R("en-subject-only-unsubscribe", ["objection"],
  "Unsubscribe from newsletter",
  "",
  frm="Nathan Brooks <nathan.brooks@yahoo.com>", to=0),

R("en-who-did-you-share-with", ["access"],
  "Who has my data?",
  "Hello,\n\nI'd like to know which third parties you've shared my personal data with (payment provider, "
  "scheduling tools, my employer?) and what exactly was shared.\n\nThank you,\nRichard Evans",
  frm="Richard Evans <richard.evans@outlook.com>", to=0),

R("en-widow-husbands-data", ["post_mortem"],
  "My late husband, Thomas",
  "Dear Sandra,\n\nMy husband Thomas Wright passed away in May. I know he valued your sessions. I would like "
  "to receive whatever notes you kept, if that is possible, and then please remove him from your mailing "
  "list.\n\nYours,\nJennifer Wright",
  frm="Jennifer Wright <jennifer.wright@btinternet.com>", to=0),

R("en-probate-lawyer-deceased", ["post_mortem"],
  "Estate of Ms Deborah Klein (deceased)",
  "Dear Madam,\n\nWe are instructed in the administration of the estate of the late Ms Deborah Klein, who "
  "died on 2 August. Her heirs ask that all personal data relating to her be deleted and that any recurring "
  "payment be stopped. A copy of the death certificate is attached.\n\nYours faithfully,\nMaxwell & Greene "
  "Probate Services",
  frm="Probate Team <probate@maxwellgreene.co.uk>", to=1,
  attach=[("pdf", "death_certificate_Klein.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH\nDeborah Klein - died 2 "
           "August 2025")]),

R("en-access-and-fix-address", ["access", "rectification"],
  "My details",
  "Hi Sandra, could you send me a copy of the personal details you have for me? I suspect you still have "
  "my old flat: my address is now 9 rue Basse, 36100 Issoudun. Thanks, Gareth",
  frm="Gareth Price <gareth.price@gmail.com>", to=0),

R("en-pause-and-no-marketing", ["objection", "restriction"],
  "Data - pause",
  "Hello,\n\nI'm disputing an invoice with you, as you know. While that's ongoing please freeze my data - no "
  "processing beyond keeping it. Separately and permanently: no more marketing emails, please.\n\nAlex Turner",
  frm="Alex Turner <alex.turner@proton.me>", to=0),

R("en-transfer-to-new-coach", ["portability"],
  "Transfer of my coaching data",
  "Dear Sandra,\n\nI'm continuing my coaching with Dr. Helen Marsh in Lyon. Could you transmit my "
  "questionnaires and goal plans to her directly (helen.marsh@marshcoaching.eu) in a standard digital "
  "format? I consent to this transfer.\n\nMany thanks,\nSamuel Ortiz",
  frm="Samuel Ortiz <samuel.ortiz@gmail.com>", to=0, cc=["helen.marsh@marshcoaching.eu"]),

R("en-withdraw-recording-consent", ["withdraw_consent"],
  "Recording of our sessions",
  "Hi Sandra, I agreed earlier to our Zoom sessions being recorded for your supervision. I'm withdrawing "
  "that agreement - please don't record future sessions. See you Thursday, Tom",
  frm="Tom Hargreaves <tom.hargreaves@gmail.com>", to=0),

R("en-form-restrict-sharing", ["restriction"],
  "Contact form: Question about my report",
  form("cf7en", [("From", "Lena Fischer <lena.fischer@gmx.net>"), ("Subject", "Question about my report")],
       "I contest some statements in the assessment report about me. Please keep it as it is for now but do "
       "not use it or send it to anyone until we've clarified it."),
  frm=WP, reply_to="lena.fischer@gmx.net", to=2),

R("en-copy-and-delete-notes", ["access", "erasure"],
  "Session notes",
  "Hi Sandra,\n\nCould you email me a copy of your notes from our sessions, and afterwards delete them from "
  "your files? Thank you so much.\n\nMaya",
  frm="Maya Lindqvist <maya.lindqvist@gmail.com>", to=0, cte="qp"),

R("en-object-contact-and-withdraw-quote", ["objection", "withdraw_consent"],
  "Two things",
  "Hello, please stop contacting me with offers by phone or email, and I withdraw my consent for the quote "
  "from me used in your brochure. Thank you, Robert Hayes",
  frm="Robert Hayes <robert.hayes@gmail.com>", to=0),
]
