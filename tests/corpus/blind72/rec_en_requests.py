# English requests, single and multi-right.
from rec_common import R, HER

R("en-acc-sar", "Subject Access Request",
  """Dear Ms Delomenie,

Under Article 15 GDPR I am requesting a copy of all personal data you hold about me, together with the purposes of processing, the recipients and the retention period.

I attended your online workshop "Finding your voice" in 2024 using this email address.

Kind regards,
Oliver Hartley""", ["access"], frm="Oliver Hartley <oliver.hartley@btinternet.com>")

R("en-acc-notes", "my session notes",
  """Hi Sandra,
Would it be possible to get a copy of the notes you took during our coaching sessions last spring? I'd like to look back on them. No rush at all.
Thanks so much,
Hannah""", ["access"], frm="Hannah Price <hannah.price@gmail.com>")

R("en-acc-nonnative", "Question about my datas",
  """Hello Madam,

I am Spanish and I made your english webinar in October. Please I want to know which datas you have about me and from where you have taken my email, because I receive your letters.

Thank you very much,
Lucía Ferrer""", ["access"], frm="Lucía Ferrer <lucia.ferrer@telefonica.net>")

R("en-rect-name", "Spelling of my name",
  """Hi,
My surname is spelled "McAllister" not "Mcalister" on my certificate and in your records. Could you please correct it?
Thanks,
Fiona McAllister""", ["rectification"], frm="Fiona McAllister <fiona.mcallister@outlook.com>")

R("en-rect-email-change", "New email address",
  """Hello Sandra,

Please replace my old address (j.okafor@oldcompany.co.uk) with this one, james.okafor@gmail.com, for anything related to the course. The old one will be closed next week.

Best,
James Okafor""", ["rectification"], frm="James Okafor <james.okafor@gmail.com>")

R("en-era-simple", "Please delete my data",
  """Hi Sandra, could you please delete all my personal information from your records? I won't be continuing. Thanks for everything.
Sarah""", ["erasure"], frm="Sarah Whitfield <sarah.whitfield@yahoo.co.uk>")

R("en-era-account", "Delete account and data",
  """Hello,

Please delete my account on your training platform and all the data linked to it. I no longer need access.

Regards,
Daniel Kowalski""", ["erasure"], frm="Daniel Kowalski <d.kowalski@wp.pl>")

R("en-restr-hold", "Please don't delete — but don't use either",
  """Dear Sandra,

I'm in a dispute with my former employer, who paid for the coaching programme. Please keep all my records exactly as they are — do not delete anything — but stop using them in any way until the matter is resolved. I may need them as evidence.

Many thanks,
Rebecca Lyons""", ["restriction"], frm="Rebecca Lyons <rebecca.lyons@protonmail.com>")

R("en-restr-accuracy", "Inaccurate assessment",
  """Hi,

I believe the end-of-course assessment recorded about me is inaccurate. Until we've had a chance to review it, please restrict processing of it and do not share it with anyone.

Thanks,
Ahmed Siddiqui""", ["restriction"], frm="Ahmed Siddiqui <ahmed.siddiqui@hotmail.com>")

R("en-porta-json", "Data export for my new coach",
  """Hi Sandra,

I'm moving to a coach based in Dublin. Could you send my data — intake questionnaire, session history, exercises — in a machine-readable format (CSV or JSON is fine) so she can import it? Or send it directly to her at niamh@brightpathcoaching.ie.

Thank you!
Claire Donnelly""", ["portability"], frm="Claire Donnelly <claire.donnelly@eircom.net>")

R("en-porta-art20", "Article 20 request",
  """Dear Ms Delomenie,

I am exercising my right to data portability under Article 20 GDPR. Please provide the personal data I supplied to you in a structured, commonly used and machine-readable format.

Yours sincerely,
Martin Becker""", ["portability"], frm="Martin Becker <martin.becker@gmx.de>")

R("en-obj-newsletter", "Unsubscribe",
  """Please unsubscribe me from your mailing list. Thank you.""", ["objection"],
  frm="Tom Fletcher <tom.fletcher@gmail.com>",
  q="""Floraison de Soi — English edition
This month: three small habits to reconnect with your values.
Next online workshop: "Boundaries at work", 18 June, 7pm CET.
To stop receiving these emails, click here.""", qs="en", qf="Floraison de Soi <contact@floraisondesoi.fr>")

R("en-obj-marketing", "Marketing emails",
  """Hi,
I object to my details being used for any marketing or promotional purposes, including the Facebook custom audiences. Please make sure that stops.
Priya""", ["objection"], frm="Priya Nair <priya.nair@outlook.com>")

R("en-wc-testimonial", "My testimonial",
  """Hi Sandra,

I'm so glad my words were useful, but I'd like to withdraw my consent for the testimonial on your website — could you take it down please? Nothing's wrong, I just prefer a lower online profile now.

Warmly,
Grace""", ["withdraw_consent"], frm="Grace Whitmore <grace.whitmore@icloud.com>")

R("en-wc-recording", "Zoom recording",
  """Hello,

I spoke during the recorded session of your webinar on the 9th. I withdraw my permission for that recording to be shared or used in the replay. Could you remove my part or the recording?

Best regards,
Erik Lindqvist""", ["withdraw_consent"], frm="Erik Lindqvist <erik.lindqvist@telia.se>")

R("en-wc-cookies", "Analytics consent",
  """Hi, I accepted analytics cookies on your website but I'd like to withdraw that consent now. Thanks.""",
  ["withdraw_consent"], frm="Mia Schneider <mia.schneider@posteo.de>")

R("en-pm-executor", "Estate of the late Margaret Ellis",
  """Dear Ms Delomenie,

I am the executor of the estate of Margaret Ellis, who passed away on 3 January. She attended several of your online programmes. I would be grateful if you could close her account and let me know what information you hold so that it can be dealt with appropriately.

A copy of the death certificate and grant of probate is attached.

Yours sincerely,
Richard Ellis""", ["post_mortem"], frm="Richard Ellis <richard.ellis@ellis-family.co.uk>",
  att=[("pdf", "death_certificate_Ellis.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH - Margaret Ellis - 3 January")])

R("en-pm-daughter", "My mother's photos",
  """Hello Sandra,
My mum, Ingrid, passed away last month. She loved your retreats. There are photos of her on your Instagram; we'd love to have copies, and we'd rather they came down from the public page. I hope that's OK.
Thank you,
Astrid""", ["post_mortem"], frm="Astrid Nilsen <astrid.nilsen@gmail.com>")
# NEAR-LINE: looks like access + withdraw_consent, but a relative after a death -> post_mortem only

R("en-pm-own-wishes", "Instructions for my data after I die",
  """Dear Sandra,

I'm updating my will and want to leave instructions about my personal data too. When I die, please delete everything you hold about me, except that my partner, David, may receive a copy of my journal exercises if he asks.

Thank you for respecting this.
Alan Greaves""", ["post_mortem"], frm="Alan Greaves <alan.greaves@btinternet.com>")

R("en-pm-solicitor", "Re: Late Mr Peter Marsh",
  """Dear Sirs,

Further to our telephone call, we act for the family of the late Peter Marsh and request that all marketing communications addressed to him cease and his records be closed.

Yours faithfully,
Hollis & Crane Solicitors""", ["post_mortem"], frm="Hollis & Crane LLP <probate@hollis-crane.co.uk>")
# NEAR-LINE: stopping marketing (objection wording) but written after a death -> post_mortem only

# -------------------------------------------------------------- multi
R("en-m-copy-then-delete", "Copy then delete",
  """Hi Sandra,

Before you delete my file, could you send me a copy of everything you have on me? After that, please go ahead and erase it all.

Cheers,
Ben""", ["access", "erasure"], frm="Ben Carter <ben.carter@gmail.com>")

R("en-m-unsub-delete", "Unsubscribe + remove me",
  """Hello — please unsubscribe me from the newsletter and delete my details from your database entirely. Thanks.
L. Moreau""", ["erasure", "objection"], frm="Laura Moreau <laura.moreau@hotmail.com>")

R("en-m-see-and-export", "What you hold + export",
  """Hi,

I'd like to know exactly what personal data you hold on me, and also to receive my course progress and quiz answers as a CSV so I can reuse them elsewhere.

Thanks,
Nadia Rahman""", ["access", "portability"], frm="Nadia Rahman <nadia.rahman@gmail.com>")

R("en-m-correct-then-erase", "Two requests",
  """Dear Ms Delomenie,

First, my invoice address is wrong: it should be 14 Rue des Carmes, 36100 Issoudun (not 41). Please correct it as I need the invoice for my records. Second, please delete the wellbeing questionnaire I filled in — I'd rather it not be kept.

Kind regards,
Patrick O'Neill""", ["erasure", "rectification"], frm="Patrick O'Neill <patrick.oneill@eircom.net>")

R("en-m-testimonial-and-all", "Withdraw testimonial and erase everything",
  """Hi Sandra,

Please take down my video testimonial — I withdraw my consent — and delete all my personal data you hold.

Thanks,
Jessica Tran""", ["erasure", "withdraw_consent"], frm="Jessica Tran <jessica.tran@outlook.com>")

R("en-m-contest-copy-freeze", "Disputed notes",
  """Hello,

I dispute the accuracy of some of the notes made about me during the group programme. Please send me a copy of them, and in the meantime don't use or share them.

Regards,
Marcus Webb""", ["access", "restriction"], frm="Marcus Webb <marcus.webb@gmail.com>")

R("en-m-unsub-testimonial", "A couple of things",
  """Hi Sandra! Could you take me off the newsletter list, and also remove the quote of mine on your sales page? I've withdrawn from that line of work and don't want it online anymore. Thank you!
Zoe""", ["objection", "withdraw_consent"], frm="Zoe Patterson <zoe.patterson@icloud.com>")

R("en-m-export-erase", "Export and close",
  """Hello,

Please export my data (course materials I uploaded, progress, certificates) in a reusable format, and then delete my account and all associated data.

Regards,
Stefan Novak""", ["erasure", "portability"], frm="Stefan Novak <stefan.novak@seznam.cz>")

R("en-m-access-rectify", "Checking my record",
  """Hi,

Could you send me the information you have on file for me? I think my phone number is outdated — the current one is +44 7700 900123 — and my company name has changed to Harbour Analytics Ltd. Please update both.

Thanks,
Emily Shaw""", ["access", "rectification"], frm="Emily Shaw <emily.shaw@harbouranalytics.co.uk>")

R("en-m-object-access", "Where did you get my address?",
  """Hi,

I keep receiving promotional emails from you but never signed up. Please tell me where you got my email address and what else you hold about me, and stop emailing me marketing.

George Mills""", ["access", "objection"], frm="George Mills <george.mills@gmail.com>")

R("en-m-pm-plus-access", "My wishes and a copy",
  """Dear Sandra,

I've been diagnosed with a serious illness and I'm organising things. Could you send me a copy of my file now? And please note my wish that after my death nothing be passed on to anyone, and that it all be deleted.

With gratitude,
Helen Ward""", ["access", "post_mortem"], frm="Helen Ward <helen.ward@btinternet.com>")

R("en-m-three", "GDPR request (Articles 15, 17, 21)",
  """Dear Madam,

Please (1) stop processing my data for direct marketing, (2) provide a copy of my personal data, and (3) erase it once the copy has been sent.

Regards,
Thomas Keller""", ["access", "erasure", "objection"], frm="Thomas Keller <thomas.keller@bluewin.ch>")

R("en-m-restrict-object", "Keep my file but stop the emails",
  """Hi Sandra,

Please stop sending me offers and reminders. Don't delete my coaching file though — keep it, just don't use it for anything, as I might come back next year.

Thanks,
Olivia""", ["objection", "restriction"], frm="Olivia Grant <olivia.grant@gmail.com>")

R("en-m-rect-porta", "Update and transfer",
  """Hello,

Please correct my date of birth on file (it's 12/09/1985, not 21/09/1985), and then transfer my data in a machine-readable format to my new coach at coaching@annaweber.de.

Thank you,
Lena Fischer""", ["portability", "rectification"], frm="Lena Fischer <lena.fischer@web.de>")

R("en-m-parent-child", "My son's data",
  """Dear Ms Delomenie,

My son Leo (14) attended your teen confidence workshop. As his parent, I would like a copy of the information you collected about him, and I withdraw the consent I gave for his photo to be used on social media.

Kind regards,
Caroline Dubois-Smith""", ["access", "withdraw_consent"], frm="Caroline Dubois-Smith <caroline.dsmith@gmail.com>")

R("en-m-access-porta-erase", "Leaving the programme",
  """Hi Sandra,

I'm leaving the programme. I'd like to know what you hold about me, get my workbook answers in a format I can reuse, and then have everything deleted.

Best,
Aisha Bello""", ["access", "erasure", "portability"], frm="Aisha Bello <aisha.bello@yahoo.com>")

R("en-m-restrict-rectify", "Wrong information about me",
  """Hi,

Your intake form summary says I have "no management experience" — I managed a team of eight for five years (see my CV attached). Please correct it, and don't pass the summary on to my employer until it's fixed.

Regards,
Daniel Osei""", ["rectification", "restriction"], frm="Daniel Osei <daniel.osei@gmail.com>",
  att=[("docx", "CV_Daniel_Osei.docx", "Daniel Osei\nTeam Lead, 2018-2023, team of eight\nMSc Management")])
# NEAR-LINE: contest + pause is restriction; correct value supplied with request to fix -> rectification added
