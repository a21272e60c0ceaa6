# English requests. P: = sketch of the sender.
from rh import *

L = []
A = L.append

# P: Emma, 34, British expat in the Berry, did an online course, polite, Gmail
A(R("en-acc-emma", "en", ["access"], "Emma Whitfield <emma.whitfield@gmail.com>",
    "Copy of my data",
    """Hi Sandra,

Hope you're well! I did your online confidence course last spring. Could you please send me a copy
of all the personal data you hold about me? Just curious what's in there really.

Many thanks,
Emma"""))

# P: Daniel, 45, US consultant, formal SAR with bullet list
A(R("en-acc-daniel-sar", "en", ["access"], "Daniel Brooks <dbrooks@brooks-advisory.com>",
    "Subject Access Request – Daniel Brooks",
    """Dear Ms Delomenie,

Under Article 15 GDPR, I am requesting:
1. confirmation of whether you process my personal data;
2. a copy of that data;
3. the recipients to whom it has been disclosed, including any processors outside the EU;
4. the source of any data not collected from me.

I attended your leadership seminar in Bourges in October 2024. A copy of my passport is attached.

Regards,
Daniel Brooks""", att=["passport_DBrooks.pdf"], fmt="alt"))

# P: Priya, 29, short, phone
A(R("en-era-priya", "en", ["erasure"], "Priya Shah <priya.shah92@outlook.com>",
    "delete my data pls",
    """Hi, can you please delete all my personal data from your records? Thanks, Priya""" + "\n\nSent from my iPhone"))

# P: Tom, 52, Dutch, English not native
A(R("en-era-tom-dutch", "en", ["erasure"], "Tom van der Berg <tom.vdberg@ziggo.nl>",
    "Removal of my informations",
    """Hello,

I was on the workshop in the summer in Issoudun during our holiday. I would like that you remove
all my informations from your files, also the registration and payment details.

Kind regards
Tom van der Berg"""))

# P: Grace, 61, Irish, erasure + withdraw testimonial
A(R("en-era-wc-grace", "en", ["erasure", "withdraw_consent"], "Grace O'Connell <grace.oconnell@eircom.net>",
    "My testimonial",
    """Dear Sandra,

I'm afraid I must ask you to take down the testimonial and photo I gave you last year. I no longer
wish them to be used. Please also erase everything else you have on file about me.

Warm wishes,
Grace"""))

# P: Mark, 38, rectification of surname
A(R("en-rect-mark", "en", ["rectification"], "Mark Holloway <mark.holloway@proton.me>",
    "Wrong surname on certificate",
    """Hi Sandra,

My certificate and invoices say "Mark Halloway" – it's Holloway with an O. Could you correct it in
your records and reissue the certificate?

Cheers,
Mark"""))

# P: Sophie, 27, new email address replacing old one
A(R("en-rect-sophie-email", "en", ["rectification"], "Sophie Turner-Lee <sophie.turnerlee@icloud.com>",
    "Updating my email",
    """Hi! Please replace my old email (sophie.tl@hotmail.co.uk) with this one for the course
platform and any receipts. Thanks so much x"""))

# P: Robert, 70, post-mortem, wife died
A(R("en-pm-robert", "en", ["post_mortem"], "Robert Ainsley <r.ainsley@btinternet.com>",
    "My late wife, Margaret Ainsley",
    """Dear Ms Delomenie,

I am writing to let you know that my wife Margaret passed away in February. She greatly enjoyed
your women's circle. I would be grateful if you could close her account and let me know what
personal information you still hold about her, as I am the executor of her estate.

Yours sincerely,
Robert Ainsley""", att=["death_certificate_M_Ainsley.pdf"]))

# P: Laura, 44, post-mortem instructions for herself
A(R("en-pm-laura-instructions", "en", ["post_mortem"], "Laura Bennett <laura.bennett@gmail.com>",
    "Instructions regarding my data",
    """Dear Sandra,

I'm putting my affairs in order before my surgery next month. Should anything happen to me, I'd
like all my session notes and journals to be deleted, and nothing passed on to my family. My
brother James is aware of this wish.

Thank you for everything,
Laura"""))

# P: solicitor, estate
A(R("en-pm-solicitor", "en", ["post_mortem"], "Harper & Cole Solicitors <probate@harpercole.co.uk>",
    "Estate of the late Mr Peter Walsh – our ref PW/2025/118",
    """Dear Madam,

We act for the executors of the late Mr Peter Walsh, who died on 3 May 2025. We understand he was
a client of Floraison de Soi. We should be grateful if you would confirm what personal data you
hold in relation to Mr Walsh, provide copies, and thereafter delete it.

Yours faithfully,
Harper & Cole Solicitors""", fmt="alt", att=["grant_of_probate_Walsh.pdf"]))

# P: son, post-mortem, casual
A(R("en-pm-son", "en", ["post_mortem"], "Jake Miller <jakemiller88@gmail.com>",
    "mum's account",
    """Hi there, my mum Susan Miller passed away a few weeks ago. She still gets your emails and has an
account for your online course. Could you delete everything of hers? Thanks, Jake"""))

# P: daughter, wants recordings, post-mortem
A(R("en-pm-daughter-recordings", "en", ["post_mortem"], "Chloe Hart <chloe.hart@yahoo.co.uk>",
    "Dad's recordings",
    """Hello Sandra,

My father, Andrew Hart, died last month. We found in his emails that he'd done some recorded
coaching sessions with you in English. If they still exist, would it be possible for the family to
have a copy? It would mean so much to hear his voice.

With thanks,
Chloe Hart"""))

# P: Restriction: contests accuracy, pause
A(R("en-res-oliver", "en", ["restriction"], "Oliver Grant <oliver.grant@gmail.com>",
    "Inaccurate notes – please pause",
    """Hi Sandra,

I believe some of what's recorded in my session summary from 14 March is inaccurate. Until we've
had a chance to go through it, please don't use or share that information with anyone, including
my employer's HR team.

Thanks,
Oliver"""))

# P: Restriction: don't delete, legal claim
A(R("en-res-natasha", "en", ["restriction"], "Natasha Ivanova <n.ivanova@gmx.com>",
    "Please keep but don't use my data",
    """Hello,

I am in a dispute with my former employer who paid for my coaching. Please do not delete my file,
as I may need it for legal proceedings, but stop any other processing of it in the meantime.

Natasha Ivanova"""))

# P: restriction formal
A(R("en-res-formal", "en", ["restriction"], "Henrik Larsen <henrik.larsen@outlook.dk>",
    "Request for restriction of processing (Art. 18 GDPR)",
    """Dear Sir or Madam,

I hereby request the restriction of processing of my personal data pursuant to Article 18(1)(a)
GDPR, as I contest the accuracy of the assessment results stored in my course account.

Best regards,
Henrik Larsen"""))

# P: restriction + access
A(R("en-res-acc-amir", "en", ["access", "restriction"], "Amir Khalil <amir.khalil@gmail.com>",
    "My file",
    """Hi Sandra,

Could you send me everything you have in my file? I think the notes about my health are wrong. Until
I've read them and we've talked, please freeze them – don't use them, but don't delete them either.

Amir"""))

# P: portability to another coach
A(R("en-port-rachel", "en", ["portability"], "Rachel Green <rachel.green.coach@gmail.com>",
    "Transfer of my coaching records",
    """Hi Sandra,

I'm moving back to Manchester and will continue with a local coach. Could you send my records
(questionnaires, progress notes, goals) directly to her at hello@northstarcoaching.co.uk, ideally
as editable files?

Thank you for everything!
Rachel"""))

# P: portability machine-readable
A(R("en-port-json", "en", ["portability"], "Lukas Schmidt <lukas.schmidt@posteo.de>",
    "Data portability request",
    """Hello,

Please provide the personal data I have provided to you in a structured, commonly used and
machine-readable format (CSV or JSON), as per Art. 20 GDPR.

Lukas Schmidt"""))

# P: portability + access
A(R("en-port-acc-megan", "en", ["access", "portability"], "Megan Price <megan.price@icloud.com>",
    "What do you have + export",
    """Hey Sandra,
Can you tell me what info you've got on me, and send me an export of my course progress and quiz
answers in a spreadsheet? I'd like to keep it in my own tracker.
Thanks! Megan"""))

# P: portability + erasure
A(R("en-port-era-ben", "en", ["erasure", "portability"], "Ben Carter <ben.carter@fastmail.com>",
    "Export then delete",
    """Hi,

I'd like an export of my data from the course platform in a reusable format (CSV is fine), and once
I've confirmed receipt, please delete my account and all associated data.

Ben"""))

# P: objection newsletter
A(R("en-obj-newsletter", "en", ["objection"], "Jennifer Clarke <jen.clarke@aol.com>",
    "Unsubscribe",
    """Please unsubscribe me from your mailing list. Thank you."""))

# P: objection above quoted newsletter
A(R("en-obj-reply-nl", "en", ["objection"], "Alice Moore <alice.moore@gmail.com>",
    "Re: 🌸 La lettre de Floraison – mai",
    """Hi, I don't read French well enough for these anymore – please take me off the list. Thanks!""" +
    gmail_en("Thu, 8 May 2025 at 07:30", NL_FR, name="Floraison de Soi", addr="contact@floraisondesoi.fr"),
    irt=True, irt_dom="floraisondesoi.fr"))

# P: objection to marketing + withdraw testimonial
A(R("en-obj-wc-hannah", "en", ["objection", "withdraw_consent"], "Hannah Wright <hannah.wright@outlook.com>",
    "Two things",
    """Hi Sandra,

1) please stop sending me marketing emails;
2) I'd like to withdraw my permission for you to use the quote I gave after the retreat.

Thanks, Hannah"""))

# P: withdraw consent photo
A(R("en-wc-photo", "en", ["withdraw_consent"], "Isabel Costa <isabel.costa@sapo.pt>",
    "Group photo on Facebook",
    """Hello Sandra,

I saw the group photo from the retreat on your Facebook page. I've changed my mind about agreeing to
be photographed – please remove the pictures where I can be seen.

Best,
Isabel"""))

# P: withdraw consent recording
A(R("en-wc-recording", "en", ["withdraw_consent"], "James Fletcher <james.fletcher@gmail.com>",
    "Webinar recording consent",
    """Hi,

I consented to be recorded for the Q&A session on 3 Feb. I'm withdrawing that consent – please edit
me out of the replay or take it down.

James"""))

# P: objection + erasure + access (3) from privacy-savvy person
A(R("en-multi-zoe", "en", ["access", "erasure", "objection"], "Zoe Kim <zoe.kim@tutanota.com>",
    "GDPR request",
    """Hello,

Please (a) confirm what personal data you hold about me and where you obtained it, (b) stop using my
email for marketing immediately, and (c) erase my data once you've answered (a).

Zoe Kim"""))

# P: rectification + access, HTML only
A(R("en-rect-acc-paula", "en", ["access", "rectification"], "Paula Jenkins <paula.jenkins@hotmail.com>",
    "Checking my details",
    """Hi Sandra,

Could you send me a copy of the details you hold on me? I moved house and I think you still have
my old address in Bath – my new one is 22 Rue Basse, 36100 Issoudun.

Thanks,
Paula""", fmt="html"))

# P: erasure via a parent for teenage son
A(R("en-era-parent", "en", ["erasure"], "Michelle Young <michelle.young@gmail.com>",
    "My son's data",
    """Dear Sandra,

My son Ethan (16) attended your teen confidence camp in July. As his mother I'm asking you to delete
all the data you collected about him, including the photos.

Kind regards,
Michelle Young"""))

# P: erasure, quoted-printable, long-ish with reasons
A(R("en-era-qp", "en", ["erasure"], "Catherine Dubois-Smith <c.duboissmith@orange.fr>",
    "Request for deletion",
    """Dear Sandra,

I've decided to close this chapter of my life. Could you kindly delete all my personal data, including
session notes and the journaling exercises I sent you by email? I understand invoices may need to
be kept for accounting reasons.

Thank you for your help through a hard time.
Catherine""", cte="quoted-printable"))

# P: post-mortem executor, brief
A(R("en-pm-executor", "en", ["post_mortem"], "David Rowe <david.rowe@rowe-family.net>",
    "Re: Your upcoming workshop",
    """Hello – I am the executor for Mrs Elaine Rowe, who died in March. Please remove her from all your
lists and delete her data. Death certificate attached.

David Rowe""" + gmail_en("Mon, 2 Jun 2025 at 09:00", "Dear Elaine,\nJust a reminder that the summer workshop starts on 21 June!\nSandra"),
    irt=True, att=["Rowe_death_certificate.pdf"]))

# P: rectification of a note
A(R("en-rect-note", "en", ["rectification"], "Victoria Hughes <victoria.hughes@gmail.com>",
    "Correction to session summary",
    """Hi Sandra,

In the summary you sent, it says I have two children – I have three (Mia, Leo and Jack). Could you
update that in my notes?

Vicky"""))
