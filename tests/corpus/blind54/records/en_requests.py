"""English requests (post-mortem, single rights, multi-right)."""
from ._base import R

RECORDS = [

# ------------------------------------------------------------------ post_mortem
R("en-pm-son-uk-father", ["post_mortem"],
  ("Richard Hollis", "richard.hollis@btinternet.com"),
  "My father, Derek Hollis",
  """Dear Ms Delomenie,

I'm writing to let you know that my father, Derek Hollis, who lived at Le Moulin Bas near Reuilly, passed away in January. Going through his laptop I found he had signed up for your online mindfulness course last year and seemed to enjoy it a great deal.

As I'm trying to tie up his affairs from Leeds, could you please close his account and delete the personal data you hold on him? I can send a copy of the death certificate if that helps.

Many thanks,
Richard Hollis
""", to="c", date="2026-02-17 19:05", cte="7bit", mid="plain"),

R("en-pm-solicitor-probate", ["post_mortem"],
  ("Harriet Greene - Pemberton & Lowe LLP", "h.greene@pembertonlowe.co.uk"),
  "Estate of the late Mrs Patricia Ann Cole - our ref PLC/HG/2291",
  """Dear Madam,

We act for the executors of the estate of the late Mrs Patricia Ann Cole, formerly of Chemin des Vignes, Issoudun, who died on 4 August. A copy of the Grant of Probate is attached.

We understand Mrs Cole attended a number of coaching sessions with you. We should be grateful if you would:

1. confirm whether any sums are due to or from the estate;
2. provide a summary of the personal data you continue to hold in relation to the deceased; and
3. thereafter close her file.

Yours faithfully,

Harriet Greene
Associate, Private Client
Pemberton & Lowe LLP, 12 King Street, Cheltenham GL50 1AB

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Pemberton & Lowe LLP is authorised and regulated by the Solicitors Regulation Authority.
""", cc="Simon Cole <simon.cole@gmail.com>", to="o", date="2025-10-20 14:30", html="alt", cte="quoted-printable",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  attach=[("pdf", "Grant_of_Probate_Cole.pdf",
           ["IN THE HIGH COURT OF JUSTICE - Grant of Probate",
            "Patricia Ann COLE, deceased 4 August 2025",
            "Executors: Simon Cole, Margaret Ellis"])]),

R("en-pm-widow-rambling-photo", ["post_mortem"],
  ("Barbara Whitmore", "barbara.whitmore@gmail.com"),
  "Malcolm",
  """Dear Sandra,

I hope you remember us - the English couple with the old Land Rover who came to your spring retreat at the gîte two years ago. Malcolm was the tall one who kept falling asleep during the body scan and snoring, which I think amused everyone more than it annoyed them.

I'm sorry to tell you that Malcolm died in October. It was his heart, very quick, and in many ways a mercy. We had twenty-two lovely years in Berry after leaving Surrey, and he always said the retreat was one of the best weekends he'd had here, even though he'd grumbled about the vegetarian food beforehand.

The family have been wonderful and my daughter flew over from Melbourne for the funeral. Things are slowly getting sorted - the car, the bank, the endless French paperwork - and I'm managing, more or less.

One thing I wanted to ask: there's a photo of Malcolm on your website gallery, the one by the pond. Could you please take it down? I'd rather it wasn't there now.

With warm wishes and thanks for your kindness back then,
Barbara
""", to="c", date="2026-01-14 16:48", html="alt"),

R("en-pm-own-instructions-journal", ["post_mortem"],
  ("Gillian Marsh", "gill.marsh@icloud.com"),
  "For when I'm gone",
  """Hello Sandra,

This is a slightly morbid email, so apologies in advance. I've just made my will and my French notaire suggested I also think about my "digital afterlife", as he put it.

So, for your records: in the event of my death, I'd like my daughter Emma Marsh (emma.marsh@outlook.com) to receive a copy of my journal entries from the writing programme. Everything else you hold about me can be deleted.

Thank you - and don't worry, I'm in fine health!
Gill
""", to="c", cte="quoted-printable", headers={"X-Mailer": "Apple Mail (2.3826.200.121)"}),

R("en-pm-dutch-daughter-access", ["post_mortem"],
  ("Anouk van Dijk", "anouk.vandijk@ziggo.nl"),
  "About my mother Ria van Dijk",
  """Dear Mrs Delomenie,

My mother Ria van Dijk has passed away in the March. She had a holiday house in the Indre and she was following your sessions in the summers, she liked it very much.

As her daughter I would like to receive the informations you have kept about her, it is important for us to understand her last years. I can send the death certificate and a paper from the notary in Utrecht.

With kind regards,
Anouk van Dijk
""", to="c", date="2025-05-22 09:40", html="alt", cte="base64"),

R("en-pm-grandson-dictated-own", ["post_mortem"],
  ("Oliver Price", "oliver.price94@gmail.com"),
  "On behalf of my gran, Margaret Price",
  """Hi Sandra,

My grandmother Margaret Price (she came to your "Ageing with joy" talks in Châteauroux) asked me to type this out for her, word for word:

"Dear Sandra, I am 89 and I want to get my affairs in order. When I die, I would like everything you hold about me to be deleted, except the recording of my life story from the memory workshop, which should go to my son David. Thank you for everything. Margaret Price."

She's perfectly well, just organised! You can reply here and I'll read it to her.

Oliver
""", to="c", cte="quoted-printable"),

# ------------------------------------------------------------------ access
R("en-acc-copy-everything", ["access"],
  ("Sam Okafor", "sam.okafor@outlook.com"),
  "Data request",
  """Hi,

Could you send me a copy of everything you hold on me? I did the leadership course in 2024.

Thanks,
Sam
""", to="c", cte="7bit"),

R("en-acc-german-which-data", ["access"],
  ("Klaus Weber", "klaus.weber@web.de"),
  "Question about my personal data",
  """Dear Mrs Delomenie,

I have participated at your online seminar about stress management in last autumn. Now I want to know which data you have saved about me and for which purpose you use them. Please send me this information.

Best regards
Klaus Weber
""", to="c", cte="7bit", mid="plain"),

R("en-acc-father-minor-son", ["access"],
  ("James Whitaker", "james.whitaker@gmail.com"),
  "My son Harry's records",
  """Hello Ms Delomenie,

Our son Harry (15) took part in your teen confidence workshop over the Easter holidays. As his parent, I'd like a copy of whatever personal information and notes you hold about him, including the questionnaire he filled in on the first day.

Kind regards,
James Whitaker
""", to="c", date="2025-05-06 20:15", html="alt", cte="quoted-printable"),

# ------------------------------------------------------------------ erasure
R("en-era-article17", ["erasure"],
  ("Rebecca Stone", "rebecca.stone@protonmail.com"),
  "Erasure request under Article 17 GDPR",
  """Dear Sir or Madam,

I hereby request the erasure of all personal data concerning me, pursuant to Article 17 of the GDPR. My details: Rebecca Stone, registered with the email address above, participant in the June 2025 webinar.

Please confirm once this has been completed.

Regards,
Rebecca Stone
""", to="o", cte="7bit", mid="plain"),

R("en-era-casual-wipe", ["erasure"],
  ("Tom Fletcher", "tomfletcher88@gmail.com"),
  "wipe my details pls",
  """hey - could you wipe my details from your system? did a workshop ages ago and don't need anything anymore. cheers, tom
""", to="c", cte="7bit"),

R("en-era-mother-12yo", ["erasure"],
  ("Priya Raman", "priya.raman@hotmail.co.uk"),
  "Please delete my daughter's information",
  """Hello,

My daughter Anya (12) attended the summer mindfulness club for children. Now that it's finished, please delete all the information you hold about her - the registration form, medical notes and any photos.

Thank you,
Priya Raman (mum)
""", to="c", date="2025-08-28 13:02", html="alt", cte="quoted-printable", mid="outlook"),

# ------------------------------------------------------------------ rectification
R("en-rec-surname-whitfield", ["rectification"],
  ("Daniel Whitfield", "dan.whitfield@gmail.com"),
  "Spelling of my surname",
  """Hi Sandra,

Small thing - my surname is spelt Whitfield, not Whitefield, on your records and on my training certificate. Could you correct it?

Cheers,
Dan
""", to="c", cte="7bit"),

R("en-rec-moved-uk-to-indre", ["rectification"],
  ("Janet Hughes", "janet.hughes@orange.fr"),
  "New address",
  """Dear Sandra,

We've finally completed our move over from Shropshire! Please update my postal address: it is now 4 rue des Écoles, 36260 Reuilly. The old Telford address should no longer be used.

Best wishes,
Janet
""", to="o", cte="quoted-printable"),

R("en-rec-birth-year", ["rectification"],
  ("Henrik Lindqvist", "henrik.lindqvist@telia.se"),
  "Wrong birth year in my file",
  """Hello,

In my registration for the retreat I see the birth year is written 1945. It is not correct, I am born in 1954. Please correct this in my file.

Thank you and regards
Henrik Lindqvist
""", to="c", cte="7bit", mid="plain"),

# ------------------------------------------------------------------ restriction
R("en-res-dont-delete-stop-using", ["restriction"],
  ("Claire Donnelly", "claire.donnelly@gmail.com"),
  "My file - please read",
  """Hi Sandra,

I've made a complaint to the training funder about how the course was run, and I may need my records as evidence. So please don't delete my file - but please stop using it for anything until the complaint is resolved.

Thanks,
Claire
""", to="c", html="alt", cte="quoted-printable"),

R("en-res-contest-results", ["restriction"],
  ("Mark Jennings", "mark.jennings@yahoo.co.uk"),
  "Assessment results - accuracy",
  """Dear Sandra,

I don't believe the scores recorded for my end-of-course assessment are accurate; two sections appear to have been marked as incomplete although I submitted them. Until this is checked, I'd ask you not to use or share those results.

Regards,
Mark Jennings
""", attach=[("docx", "My_assessment_submission.docx", ["End-of-course assessment - Mark Jennings", "Section 3: Case study (submitted)", "Section 4: Reflective log (submitted)"])], to="o", cte="7bit"),

R("en-res-dispute-employer", ["restriction"],
  ("Fiona McAllister", "fiona.mcallister@outlook.com"),
  "Hold on my coaching records",
  """Hello,

My employer paid for my coaching and is now asking you for a progress summary. I dispute that they are entitled to it. Please keep my records as they are but restrict any processing of them, including sending anything to my employer, while this is sorted out.

Fiona McAllister
""", to="c", html="alt", cte="base64"),

# ------------------------------------------------------------------ portability
R("en-por-json-art20", ["portability"],
  ("Lukas Novak", "lukas.novak@seznam.cz"),
  "Data portability request (Art. 20)",
  """Hello,

Under Article 20 GDPR I request the personal data I provided to you (profile, course progress, submitted exercises) in a structured, commonly used and machine-readable format, e.g. JSON or CSV.

Thank you,
Lukas Novak
""", to="c", cte="7bit", mid="plain"),

R("en-por-transfer-bristol", ["portability"],
  ("Sophie Turner", "sophie.turner@gmail.com"),
  "Transferring my notes to my new coach",
  """Hi Sandra,

As you know I'm moving back to Bristol next month. My new coach there, Helen Marsh (helen@marshcoaching.co.uk), has asked whether my session summaries and goal sheets could be sent over to her in an editable format. Would you be able to transfer them directly to her?

Thanks so much for everything,
Sophie
""", to="c", date="2025-03-11 09:31", html="alt", cte="quoted-printable"),

R("en-por-export-platform", ["portability"],
  ("Aisha Bello", "aisha.bello@outlook.com"),
  "Exporting my course data",
  """Hello,

My access to the online programme expires soon. Is it possible to get my data out of the platform (my workbook answers, progress and notes) as a CSV or spreadsheet so I can keep using it in Notion?

Many thanks,
Aisha
""", to="c", cte="7bit"),

# ------------------------------------------------------------------ objection
R("en-obj-unsubscribe-oneword", ["objection"],
  ("G. Patel", "gpatel@hotmail.com"),
  "Unsubscribe",
  """Unsubscribe
""", to="c", cte="7bit", mid="outlook"),

R("en-obj-stop-offers", ["objection"],
  ("Linda Fraser", "linda.fraser@btinternet.com"),
  "Re: Spring offers at Floraison de Soi",
  """Please stop contacting me with offers. I came to one taster session and that's all.

Linda
""", to="c", cte="quoted-printable", mid="plain",
  quote=dict(style="en", who="Floraison de Soi <contact@floraisondesoi.fr>", days=2,
             text="""Hello Linda,

Spring is here! Enjoy 15% off all individual sessions booked before 30 April.

Warmly,
Sandra""")),

R("en-obj-marketing-analytics", ["objection"],
  ("Pieter de Vries", "pieter.devries@gmail.com"),
  "Objection to profiling",
  """Dear Sandra,

I noticed your newsletter links go through tracking redirects and that you seem to segment readers by what they click. I object to my data being used for this kind of marketing analysis or profiling.

Best regards,
Pieter de Vries
""", to="c", html="alt", cte="quoted-printable"),

# ------------------------------------------------------------------ withdraw_consent
R("en-wc-testimonial-quote", ["withdraw_consent"],
  ("Rachel Adams", "rachel.adams@gmail.com"),
  "My testimonial",
  """Hi Sandra,

I hope you're well! Last year I said you could use my quote on your website ("Sandra helped me find my voice again..."). I'd now like to withdraw my consent for that - nothing wrong, I just want a lower profile online at the moment.

Could you take it down when you get a chance?

Rachel
""", to="c", html="alt", cte="quoted-printable"),

R("en-wc-webinar-recording", ["withdraw_consent"],
  ("Marco Bianchi", "marco.bianchi@libero.it"),
  "Webinar recording",
  """Hello,

In the webinar of last Thursday I have spoken about my personal situation and I am visible in the recording. I withdraw my consent to be in the replay. Please remove the part with me or do not publish the replay.

Thank you
Marco Bianchi
""", to="c", cte="7bit", mid="plain"),

R("en-wc-audio-sessions", ["withdraw_consent"],
  ("Helen Carter", "helen.carter@icloud.com"),
  "Recording of our sessions",
  """Dear Sandra,

When we started, I agreed that you could record our sessions for your supervision. I've thought about it and I'm no longer comfortable with that, so I'm withdrawing my consent. Please don't record future sessions or use the existing recordings.

Best,
Helen
""", to="o", cte="quoted-printable", headers={"X-Mailer": "Apple Mail (2.3826.200.121)"}),

# ------------------------------------------------------------------ multi-right
R("en-multi-acc-por", ["access", "portability"],
  ("Emma Lawson", "emma.lawson@gmail.com"),
  "Request for my data",
  """Hello,

Could you tell me what personal data you hold about me, and send me the data from my coaching programme (goal trackers, worksheets) in a machine-readable format so I can move it to another app?

Thanks,
Emma Lawson
""", to="c", html="alt", cte="quoted-printable"),

R("en-multi-era-obj", ["erasure", "objection"],
  ("Nigel Baxter", "nigel.baxter@btinternet.com"),
  "Remove me",
  """Take me off your mailing list and delete all my personal information. I have not been to one of your sessions in years.

N. Baxter
""", to="c", cte="7bit", mid="plain"),

R("en-multi-wc-era", ["erasure", "withdraw_consent"],
  ("Chloe Bennett", "chloe.bennett@outlook.com"),
  "Photo and data",
  """Hi Sandra,

Please remove the photo of me from the retreat page - I no longer consent to it being used. And while you're at it, I'd like all my data erased, as I won't be booking again.

Thanks,
Chloe
""", to="c", cte="7bit"),

R("en-multi-acc-rec", ["access", "rectification"],
  ("Arthur Lowe", "arthur.lowe@gmail.com"),
  "Checking my details",
  """Dear Sandra,

I'm 78 and my daughter says I should check what companies keep about me, so could you please send me a copy of what you have on file?

Also, my telephone number has changed: the old landline 02 54 21 33 08 is gone, the new mobile is 06 52 88 14 70.

With thanks,
Arthur Lowe
""", to="c", html="alt", cte="quoted-printable"),

R("en-multi-res-obj", ["objection", "restriction"],
  ("Greta Schmidt", "greta.schmidt@gmx.de"),
  "Please stop",
  """Hello Sandra,

I think some information in my file is wrong (my job and my family situation). Please do not use my file anymore until we have checked it together. And I do not want to receive the newsletter anymore.

Greta
""", to="c", cte="7bit", mid="plain"),

R("en-multi-por-acc-era", ["access", "erasure", "portability"],
  ("Jonathan Reid", "jonathan.reid@protonmail.com"),
  "Closing out my data with you",
  """Hello,

I'd like to wrap things up:
1. Please tell me what personal data you hold about me.
2. Send me my course data in a machine-readable format (CSV/JSON).
3. Then delete everything you're not legally required to keep.

Regards,
Jonathan Reid
""", to="o", cte="7bit", mid="plain"),

R("en-multi-obj-wc", ["objection", "withdraw_consent"],
  ("Maya Goldberg", "maya.goldberg@gmail.com"),
  "Newsletter and my video",
  """Hi Sandra,

Two things: please unsubscribe me from your newsletter, and I'm withdrawing the consent I gave for my video testimonial - please take it off YouTube and your site.

Thank you,
Maya
""", to="c", html="alt", cte="quoted-printable"),

]
