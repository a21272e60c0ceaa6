# English-language requests (b36).
from common import R, SANDRA, CONTACT, gmail_en, apple_en, outlook_en, fwd_en

RECORDS = [
R("acc-en-sar", ["access"], "en", "Rachel Whitmore <rachel.whitmore@btinternet.com>",
  "Subject Access Request",
  """Dear Ms Delomenie,

I attended your online course "Finding your inner compass" in 2024. Under Article 15 of the GDPR, please provide me with a copy of all personal data you hold about me, the purposes for which it is processed, and the recipients it has been disclosed to.

Kind regards,
Rachel Whitmore
Bristol, UK"""),

R("acc-en-nonnative", ["access"], "en", "Katarzyna Nowak <k.nowak@wp.pl>", "my informations",
  """Hello Sandra,

I was in your workshop in Issoudun when I was au pair in France. Please can you tell me which informations about me you still have in your files? I want to know what is stored.

Thank you very much
Kasia"""),

R("acc-en-where-from", ["access"], "en", "Daniel Okafor <daniel.okafor@gmail.com>",
  "How did you get my details?",
  """Hi,

I've started receiving emails from Floraison de Soi, and I have never signed up for anything. Can you tell me where you got my email address from and what else you have on file about me?

Thanks,
Daniel"""),

R("acc-en-employer-shared", ["access"], "en", "Priya Raman <priya.raman@outlook.com>",
  "Data shared with my company?",
  """Hello Sandra,

My employer enrolled me in your leadership training last spring. I'd like to know whether my individual assessment and personal notes were shared with anyone at the company, and who else has received my data. Please send me a copy of what you have.

Best,
Priya""", fmt="alt"),

R("acc-en-apple-reply", ["access"], "en", "Tom Gallagher <tom.gallagher@icloud.com>",
  "Re: Your coaching file",
  """Thanks Sandra. Just to be clear, I'm not asking you to delete anything. I'd just like to see a copy of my file, the session notes included.

Tom""" + apple_en("12 Feb 2026, at 16:20", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Hi Tom,

You mentioned your coaching file on the phone. What exactly would you like me to do with it?
Sandra"""), reply=True, date="2026-02-12 18:44"),

R("rect-en-new-email", ["rectification"], "en", "Sarah Bennett <sarah.bennett@proton.me>",
  "Updated email address",
  """Hi Sandra,

Please replace my old email (s.bennett@yahoo.co.uk) with this one, sarah.bennett@proton.me, for all course communications. The Yahoo account is closing.

Cheers,
Sarah"""),

R("rect-en-name-typo", ["rectification"], "en", "Siobhan O'Connell <siobhan.oconnell@eircom.net>",
  "Spelling of my name",
  """Hello,

My certificate says "Siobahn O'Conell". Could you please correct it to Siobhan O'Connell in your records and reissue the certificate?

Many thanks,
Siobhan"""),

R("rect-en-phone-nonnative", ["rectification"], "en", "Marco Bianchi <marco.bianchi@libero.it>", "change number",
  """Hello Sandra, my telephone is changed. Old: +39 333 412 8876 (please remove it). New: +39 347 220 1590. Thank you for update. Marco"""),
# NEAR-LINE: "remove" old phone with new value given -> rectification only.

R("rect-en-wrong-job", ["rectification"], "en", "Emma Clarke <emma.clarke@gmail.com>",
  "Inaccurate info in my session summary",
  """Hi Sandra,

In the summary you shared after our third session, it says I work in HR. I'm actually a project manager in logistics. Could you fix that in your notes so it doesn't confuse things later?

Thanks,
Emma"""),

R("era-en-delete-all", ["erasure"], "en", "James Holloway <james.holloway@hotmail.co.uk>",
  "Please delete my data",
  """Hello,

I'd like you to delete all personal data you hold on me - contact details, course records, payment history where the law allows. Please confirm once done.

Regards,
James Holloway"""),

R("era-en-account-and-data", ["erasure"], "en", "Lena Fischer <lena.fischer@gmx.de>",
  "Delete my account and all my data",
  """Dear Sandra,

please delete my account on your course platform and all my data connected with it. I do not need the course anymore.

Best regards
Lena Fischer"""),

R("era-en-right-to-be-forgotten", ["erasure"], "en", "Olivia Hart <olivia.hart@icloud.com>",
  "Right to be forgotten",
  """Hi,

I'm exercising my right to be forgotten. Please erase every record you have of me, including the intake questionnaire where I disclosed medical information.

Olivia Hart""", cte="qp"),

R("res-en-dont-use", ["restriction"], "en", "Benjamin Roth <ben.roth@posteo.de>",
  "Hold my data",
  """Hello Sandra,

I'm disputing some of what's written in my training evaluation. Until we've sorted that out, please don't use it or send it anywhere - but please don't delete it either, I may need it.

Thanks,
Ben"""),

R("res-en-freeze", ["restriction"], "en", "Grace Mitchell <grace.mitchell@gmail.com>",
  "Request to restrict processing",
  """Dear Ms Delomenie,

I am requesting restriction of processing of my personal data under Article 18 GDPR while I verify the accuracy of the health information recorded in my intake form. Please store it only and do not process it further in the meantime.

Sincerely,
Grace Mitchell"""),

R("res-en-nonnative-pause", ["restriction"], "en", "Joao Ferreira <joao.ferreira@sapo.pt>", "stop using please",
  """Hi Sandra,
I ask you to put my file in pause. Don't use my datas for now, no automatic emails from course, no analysis. But keep them, I think I come back in September.
Obrigado,
João"""),

R("res-en-legal-claim", ["restriction"], "en", "Fiona MacLeod <fiona.macleod@btinternet.com>",
  "Retain but do not process",
  """Hello Sandra,

I understand your retention period for my workshop records ends soon. I'm asking you NOT to erase them, as I need them for a claim against my former employer, but to restrict their use to storage only until I tell you otherwise.

Best wishes,
Fiona"""),
# NEAR-LINE: asks not to erase and to limit use to storage -> restriction only.

R("por-en-csv", ["portability"], "en", "Aisha Khan <aisha.khan@gmail.com>",
  "Export of my coaching data",
  """Hi Sandra,

I'm moving to another coach. Could you send me my goals, session summaries and assessment results in a machine-readable format (CSV or JSON is fine) so she can import them?

Thanks so much,
Aisha"""),

R("por-en-transfer", ["portability"], "en", "Michael Brennan <m.brennan@eircom.net>",
  "Data portability request",
  """Dear Sandra,

Please transmit my personal data directly to my new provider, Clearpath Coaching Ltd (data@clearpathcoaching.ie), in a structured, commonly used and machine-readable format, as provided by Article 20 GDPR.

Regards,
Michael Brennan"""),

R("por-en-nonnative-excel", ["portability"], "en", "Hiroshi Tanaka <hiroshi.tanaka@gmail.com>", "file of my results",
  """Dear Sandra,

Can you give me my results of the tests and my exercises in a file like Excel, so I can use them in my own app? PDF is not good for me because I need to reuse them.

Best regards,
Hiroshi"""),

R("por-en-course-move", ["portability"], "en", "Chloe Dubois-Smith <chloe.ds@outlook.com>",
  "Moving my course progress",
  """Hi,

I'm switching platforms and would like my course progress, quiz answers and submitted assignments exported in a reusable format I can upload elsewhere.

Thank you,
Chloe""", fmt="html"),

R("por-en-structured", ["portability"], "en", "Nils Andersson <nils.andersson@telia.se>",
  "Structured copy of the data I provided",
  """Hello,

I would like to receive the personal data I provided to you (registration form, questionnaires, journal entries uploaded to the shared folder) in a structured, machine-readable format.

Kind regards,
Nils Andersson"""),

R("obj-en-unsubscribe", ["objection"], "en", "Laura Jenkins <laura.jenkins@gmail.com>", "Unsubscribe",
  """Please unsubscribe me from your mailing list. Thanks, Laura"""),

R("obj-en-marketing-reply", ["objection"], "en", "Ahmed Saleh <ahmed.saleh@yahoo.com>",
  "Re: Last chance: 20% off the spring retreat",
  """Please stop sending me marketing emails. I only wanted the free e-book.

Ahmed""" + gmail_en("Tue, Mar 10, 2026 at 7:00 AM", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Last chance! Our spring retreat in the Berry countryside is 20% off until Sunday.
Book now >>
Unsubscribe | Manage preferences"""), reply=True, date="2026-03-10 12:31"),
# NEAR-LINE: request written above a quoted promotional email -> objection.

R("obj-en-profiling", ["objection"], "en", "Helen Price <helen.price@gmail.com>",
  "Objection to tracking",
  """Hello,

I object to the tracking of my email opens and link clicks and to any profiling based on them. Please stop processing my data for these purposes.

Helen Price"""),

R("wc-en-testimonial", ["withdraw_consent"], "en", "Rebecca Stone <rebecca.stone@gmail.com>",
  "My testimonial",
  """Hi Sandra,

I'm withdrawing my consent for you to use my testimonial and photo on your website and social media. Could you take them down, please?

Thanks for understanding,
Rebecca"""),

R("wc-en-recording", ["withdraw_consent"], "en", "Ian Fletcher <ian.fletcher@outlook.com>",
  "Webinar recording",
  """Hello,

I agreed to be recorded during the Q&A of your April webinar. I no longer consent to that recording being used in the replay or anywhere else.

Regards,
Ian Fletcher"""),

R("wc-en-health-consent", ["withdraw_consent"], "en", "Anna Kowalczyk <anna.kowalczyk@o2.pl>",
  "withdraw consent health data",
  """Dear Sandra,

When I signed the contract I gave consent for collection of my health information. I want to withdraw this consent now. Please do not use these information anymore.

Kind regards,
Anna"""),

R("pm-en-daughter", ["post_mortem"], "en", "Karen Wells <karen.wells@btinternet.com>",
  "My late mother, Margaret Wells",
  """Dear Ms Delomenie,

I am writing to let you know that my mother, Margaret Wells, passed away on 3 January. She took part in your online programme and still receives your newsletters. Please could you close her account and remove her details. I have attached a copy of the death certificate.

With thanks,
Karen Wells""", att=[("death_certificate_M_Wells.pdf", "application/pdf")]),

R("pm-en-executor", ["post_mortem"], "en", "David Lowe <david.lowe@lowe-solicitors.co.uk>",
  "Estate of the late Mr Peter Harding",
  """Dear Madam,

We act as executors of the estate of the late Mr Peter Harding, who died on 14 November 2025. We should be grateful if you could provide us with copies of any records you hold relating to Mr Harding, together with details of any outstanding invoices.

Yours faithfully,
David Lowe
Lowe & Partners Solicitors""", att=[("grant_of_probate.pdf", "application/pdf")]),

R("pm-en-own-wishes", ["post_mortem"], "en", "Margaret Ellison <margaret.ellison@gmail.com>",
  "Instructions regarding my data",
  """Dear Sandra,

I've been diagnosed with a serious illness and I'm putting my affairs in order. When I die, I would like all my coaching notes and journals to be deleted, and I'd like my son Andrew to receive nothing except confirmation that this was done.

Warmly,
Margaret"""),
# NEAR-LINE: own instructions for after death -> post_mortem only.

R("pm-en-widower-access", ["post_mortem"], "en", "Steven Marsh <steven.marsh@gmail.com>",
  "My wife's sessions",
  """Hello Sandra,

My wife Julie passed away in October. She spoke very highly of you. I would like to know whether you still have her notes or anything she wrote during your sessions, and if so, whether I could have a copy.

Steven Marsh"""),

# ---------------- multi (English) ----------------
R("multi-en-acc-era", ["access", "erasure"], "en", "Victoria Hughes <victoria.hughes@gmail.com>",
  "Copy then delete",
  """Hi Sandra,

Please send me a copy of everything you hold about me, and then erase it all. I'd like written confirmation of both.

Victoria"""),

R("multi-en-por-acc", ["access", "portability"], "en", "Lukas Weber <lukas.weber@web.de>",
  "What data do you have + export",
  """Hello,

I would like to know which personal data you hold about me, and also receive my course data in a machine readable format (JSON or CSV) for my new training provider.

Best,
Lukas"""),

R("multi-en-obj-era", ["erasure", "objection"], "en", "Natalie Ford <natalie.ford@yahoo.co.uk>",
  "Unsubscribe and delete",
  """Unsubscribe me from all your emails and delete my information from your database please.

N. Ford""", fmt="html"),

R("multi-en-era-wc", ["erasure", "withdraw_consent"], "en", "Sophie Turner-Reid <sophie.tr@gmail.com>",
  "Remove my video and my data",
  """Hi Sandra,

I withdraw my consent for the video testimonial I recorded last year - please take it down everywhere. I'd also like you to delete all the personal data you have about me.

Sophie"""),

R("multi-en-rect-res", ["rectification", "restriction"], "en", "Paul Newman <paul.newman@outlook.com>",
  "Incorrect attendance record",
  """Hello,

Your records show I missed day 2 of the March training; I attended all three days. Please correct this to full attendance, and until it's corrected do not send my attendance record to my employer.

Paul Newman"""),

R("multi-en-acc-rect-obj", ["access", "objection", "rectification"], "en", "Clare Donovan <clare.donovan@gmail.com>",
  "A few things",
  """Hi Sandra,

Three things, if you don't mind:
- my surname is now Donovan (it was Riley), please update it;
- please stop the promotional emails, I only want course info;
- and could you tell me what information you currently have on me?

Thanks a lot,
Clare"""),

R("multi-en-res-por", ["portability", "restriction"], "en", "Matteo Rossi <matteo.rossi@gmail.com>",
  "Export and stop processing",
  """Hi Sandra, I need my data exported in CSV so I can move to another coach, and meanwhile please stop using my file (no reminders, no analysis) but keep it until the export is done. Thanks, Matteo"""),

R("multi-en-lawyer-acc-res", ["access", "restriction"], "en", "Jonathan Pryce <j.pryce@pryce-law.co.uk>",
  "Our client: Ms Eleanor Vance",
  """Dear Ms Delomenie,

We act for Ms Eleanor Vance (signed authority enclosed). Our client requests a copy of all personal data you hold about her. Pending resolution of a dispute with her former employer, she also asks that you restrict processing of that data to storage only.

Yours sincerely,
Jonathan Pryce
Pryce Law LLP""", att=[("signed_authority_Vance.pdf", "application/pdf")]),

R("multi-en-obj-wc", ["objection", "withdraw_consent"], "en", "Megan Lloyd <megan.lloyd@gmail.com>",
  "Newsletter + photo",
  """Hey Sandra, could you take me off the newsletter list, and please take down the group photo from the retreat where I'm in the front row - I don't consent to it being shared anymore. Thanks! Meg"""),

R("multi-en-parent-acc-era", ["access", "erasure"], "en", "Robert Hayes <robert.hayes@gmail.com>",
  "My son's data (Oliver Hayes, 14)",
  """Dear Sandra,

My son Oliver (14) attended your teen confidence workshop last summer. As his parent, I'd like to see what personal data you hold about him, and then have it deleted.

Regards,
Robert Hayes"""),
]
