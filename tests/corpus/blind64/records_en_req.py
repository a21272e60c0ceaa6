from rec import R

RECORDS = [
R("en-req-hypo-if-still-have-delete", ["erasure"],
  "Old data from the 2023 retreat",
  """Hi Sandra,

If you still happen to have anything on file from when I joined your spring retreat in 2023 — I think I filled in an intake form and a health questionnaire, though honestly I can't remember which — then I'd like all of it deleted, since I've moved back to Dublin and won't be coming again.

Thanks so much, and I hope the garden is flourishing!
Siobhan Kelly""",
  frm="Siobhan Kelly <siobhan.kelly@gmail.com>"),

R("en-req-even-though-consent-video", ["withdraw_consent"],
  "My video testimonial",
  """Dear Sandra,

Even though I was happy to record that short video for your website back in June (and I meant every word of it), I've since taken a job where discretion matters a great deal, so I'm withdrawing my consent for it to be shown — could you please take it down from the site and your Instagram?

Warm regards,
Rebecca Hughes""",
  frm="Rebecca Hughes <rebecca.hughes@outlook.com>"),

R("en-req-access-subject-access-request", ["access"],
  "Subject access request",
  """Dear Ms Delomenie,

Under Article 15 of the GDPR, and without wishing to suggest any dissatisfaction with the coaching itself, I am requesting a copy of all personal data you hold about me, including session notes and any assessments, together with information on who it has been shared with.

Yours sincerely,
Daniel Whitaker""",
  frm="Daniel Whitaker <d.whitaker@btinternet.com>",
  att=[("pdf", "passport_copy_Whitaker.pdf", "Passport copy - Daniel Whitaker - for GDPR request only")]),

R("en-req-non-native-unsubscribe", ["objection"],
  "please stop the mails",
  """Hello,

I am receiving since some months your newsletter in french, which I cannot read very good because I am from Germany and I only joined one online workshop in english, so please I would like to be removed from this mailing list, it is not for me.

Thank you and best greetings,
Katrin Vogel""",
  frm="Katrin Vogel <katrin.vogel@web.de>"),

R("en-req-portability-new-coach", ["portability"],
  "Transferring my coaching records",
  """Hi Sandra,

As I mentioned on our last call — and I really am grateful for everything — I'm continuing with a coach here in Montreal, and rather than starting from scratch I'd love to have my intake questionnaire and progress sheets in a machine-readable format (CSV or JSON would be perfect) so she can import them into her system.

Best,
Olivia Chen""",
  frm="Olivia Chen <olivia.chen@gmail.com>"),

R("en-req-rectification-name", ["rectification"],
  "Name on certificate",
  """Hello,

I realise I typed my own name wrong on the registration form (long day, too much coffee), so the certificate says "Jonathon" — could you correct it to "Jonathan" in your records before the certificates are issued?

Cheers,
Jonathan Pryce""",
  frm="Jonathan Pryce <jon.pryce@gmail.com>"),

R("en-req-restriction-dispute", ["restriction"],
  "Please hold my file",
  """Dear Sandra,

While my employer and I sort out a dispute about the training they paid for — which has nothing to do with you, I should add — I'd ask that you keep my records exactly as they are but not use them or pass them on to anyone, including my employer, until I let you know otherwise.

Kind regards,
Mark Ellison""",
  frm="Mark Ellison <mark.ellison@protonmail.com>", headers={"Cc": "Mark Ellison <m.ellison@workmail.co.uk>"}),

R("en-req-post-mortem-son", ["post_mortem"],
  "My mother, Margaret Fletcher",
  """Dear Ms Delomenie,

I'm writing on behalf of my late mother, Margaret Fletcher, who attended several of your English-language workshops and passed away in January; as her executor, and since she mentioned you often and fondly, I'd be grateful if you could let me know what you hold in her name and then remove her from your mailing list.

With thanks,
Richard Fletcher""",
  frm="Richard Fletcher <richard.fletcher@gmail.com>",
  att=[("pdf", "death_certificate_Fletcher.pdf", "Death certificate - Margaret Fletcher - January 2026")]),

R("en-req-objection-profiling", ["objection"],
  "Tracking in your emails",
  """Hi,

I noticed your newsletters contain tracking pixels — which, fair enough, most do — but I object to my opening and clicking behaviour being used to profile me or decide what offers I get, so please stop doing that with my data.

Thanks,
Priya Natarajan""",
  frm="Priya Natarajan <priya.n@fastmail.com>"),

R("en-req-erasure-and-withdraw", ["erasure", "withdraw_consent"],
  "Removing everything",
  """Hi Sandra,

I'm so sorry to do this after you've been so kind, but I need to withdraw the permission I gave for my photo and quote on your testimonials page, and I'd also like you to erase all the data you hold about me — I'm going through something and need a clean slate.

Love,
Hannah""",
  frm="Hannah Brooks <hannah.brooks@icloud.com>"),

R("en-req-access-where-from", ["access"],
  "How did you get my email?",
  """Hello,

I've never, as far as I know, had any contact with your business — unless my sister signed me up for something as a joke, which she's perfectly capable of — so I'd like to know where you got my email address and what else you have on me.

Regards,
Tom Barker""",
  frm="Tom Barker <tom.barker@yahoo.co.uk>"),

R("en-req-rectification-email-replace", ["rectification"],
  "New email address",
  """Hi Sandra,

My work email (which I foolishly used to sign up) will stop working when I leave the company at the end of the month, so please swap it for my personal one, laura.mitchell.home@gmail.com, so I don't miss the follow-up sessions.

Thanks!
Laura""",
  frm="Laura Mitchell <l.mitchell@hargreaves-partners.co.uk>"),

R("en-req-access-portab", ["access", "portability"],
  "My data",
  """Dear Sandra,

Could you tell me what personal data you keep about me and send it over in a format I can reuse, like a spreadsheet? I'm trying to consolidate all my wellbeing records in one app, which I know sounds a bit obsessive.

Best wishes,
Emma Walsh""",
  frm="Emma Walsh <emma.walsh@gmail.com>"),

R("en-req-post-mortem-own-instructions", ["post_mortem"],
  "Instructions for after I'm gone",
  """Dear Sandra,

I've recently been diagnosed with something that's given me reason to put my affairs in order, and although I hope to attend a few more of your circles yet, I'd like you to know that after my death I want all my session notes destroyed and nothing passed on to anyone, not even my family.

With gratitude,
Gillian Ross""",
  frm="Gillian Ross <gillian.ross@btinternet.com>"),

R("en-req-withdraw-recording", ["withdraw_consent"],
  "Recording from last Thursday",
  """Hi,

I did agree to the session being recorded at the time, but having thought about it I'm not comfortable with my part being kept or shared, so I'm withdrawing that consent — could you cut me out of the recording or delete it?

Thanks,
Aisha Rahman""",
  frm="Aisha Rahman <aisha.rahman@gmail.com>"),

R("en-req-lawyer-erasure", ["erasure"],
  "Our client: Ms Sarah Jennings – erasure request",
  """Dear Madam,

We act for Ms Sarah Jennings, whose signed letter of authority is attached. Our client, who completed your online programme in 2024, requests under Article 17 GDPR the erasure of all personal data concerning her, save for data you are legally obliged to retain, and asks that you confirm in writing once this has been done.

Yours faithfully,
Carter & Lowe Solicitors""",
  frm="Carter & Lowe Solicitors <dataprotection@carterlowe.co.uk>",
  att=[("pdf", "letter_of_authority_Jennings.pdf", "Letter of authority - Sarah Jennings authorises Carter & Lowe")],
  headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("en-req-objection-research", ["objection"],
  "Use of my survey answers",
  """Hello Sandra,

I gather from your latest post that you're compiling the workshop feedback into a case study, and while I'm sure it would be anonymised, I'd rather my answers weren't used for that purpose at all — please leave them out.

All the best,
Fiona Grant""",
  frm="Fiona Grant <fiona.grant@gmail.com>"),

R("en-req-multi-rect-objection", ["objection", "rectification"],
  "Two things",
  """Hi,

Two quick things, if you don't mind: my surname is spelt Mcallister in your system but should be McAllister (capital A, it matters to my grandfather), and I'd rather not get the marketing emails any more.

Cheers,
Ewan McAllister""",
  frm="Ewan McAllister <ewan.mcallister@gmail.com>"),

R("en-req-restriction-inaccurate", ["restriction"],
  "Inaccurate note in my file",
  """Dear Ms Delomenie,

I understand from the summary you sent that my file records that I left the programme "for personal reasons", which is not accurate — I left because the sessions were moved to times I couldn't make — and until we've resolved this, I'd ask you to restrict any use of that record.

Regards,
Patrick O'Neill""",
  frm="Patrick O'Neill <patrick.oneill@eircom.net>"),

R("en-req-euphemism-forget-me", ["erasure"],
  "a bit awkward",
  """Hi Sandra,

This is a bit awkward to write, and please don't take it personally, but I'd really prefer that you forget me entirely — in the data sense, I mean, not the human sense! — so nothing of mine stays in your files, emails or the online platform.

Thanks for understanding,
Megan""",
  frm="Megan Doyle <megan.doyle@outlook.com>"),
# NEAR-LINE: euphemistic "forget me ... in the data sense" = erasure

R("en-req-post-mortem-daughter-access", ["post_mortem"],
  "Dad's coaching notes",
  """Hello,

My father, Alan Price, passed away in March, and among his papers I found references to sessions with you that he clearly valued; if you still hold any notes or written exercises of his, my brother and I would very much like a copy, as his heirs.

Kind regards,
Joanna Price""",
  frm="Joanna Price <joanna.price@gmail.com>"),

R("en-req-portability-transfer-direct", ["portability"],
  "Direct transfer of my records",
  """Hi Sandra,

Would it be possible to transfer my programme data directly to the new platform my company uses, in a standard format? The address is imports@thrivehub.io — I tried exporting it myself from the course area but only got a PDF certificate.

Thanks,
Ben Carter""",
  frm="Ben Carter <ben.carter@gmail.com>"),

R("en-req-access-notes-copy", ["access"],
  "Copy of my session notes",
  """Hi Sandra,

Now that we've finished — and thank you again, genuinely — I'd like a copy of the notes you took during our sessions, if that's possible, so I can look back on how far I've come.

Best,
Chloe Adams""",
  frm="Chloe Adams <chloe.adams@gmail.com>", html="alt"),

R("en-req-objection-sms", ["objection"],
  "Texts",
  """Hi, I keep getting promotional texts about new workshops — please stop sending them to my number, thanks. Sent from my phone""",
  frm="Sam Turner <sam.turner@gmail.com>"),

R("en-req-parent-minor-erasure-withdraw", ["erasure", "withdraw_consent"],
  "My son's data and photos",
  """Dear Sandra,

As the parent of Jacob (12), who attended the teen confidence workshop, I'm withdrawing the photo consent we gave and asking you to delete all personal data about him, since we're relocating to Canada and he won't be back.

Best regards,
Natalie Brown""",
  frm="Natalie Brown <natalie.brown@gmail.com>"),

R("en-req-subject-only-delete", ["erasure"],
  "Please delete my personal data and account - Oliver Hart",
  "",
  frm="Oliver Hart <oliver.hart@gmail.com>"),

R("en-req-restriction-dont-delete", ["restriction"],
  "Don't delete, but...",
  """Hello Sandra,

I know this is an odd request: please don't delete anything — I might need my attendance records for a professional accreditation — but please don't use my details for anything else, no newsletters, no surveys, nothing, until I get in touch again.

Thanks,
Victoria Lane""",
  frm="Victoria Lane <victoria.lane@gmail.com>"),
# NEAR-LINE: "don't delete, don't use" -> restriction only (not objection)

R("en-req-withdraw-questionnaire", ["withdraw_consent"],
  "Research questionnaire",
  """Hi Sandra,

I was glad to help with your questionnaire for the certification dissertation, but I'd now rather my answers weren't included, even anonymously, so please consider my consent withdrawn.

Best of luck with it,
Grace Palmer""",
  frm="Grace Palmer <grace.palmer@outlook.com>"),

R("en-req-access-rectif-erasure", ["access", "erasure", "rectification"],
  "Several requests",
  """Dear Sandra,

I'd like three things, if you'll bear with me: a list of everything you hold about me; my date of birth corrected to 14 May 1988 on the training certificate; and, once that's done, deletion of my old health questionnaire, which I no longer want kept.

Many thanks,
Sophie Bennett""",
  frm="Sophie Bennett <sophie.bennett@gmail.com>"),

R("en-req-post-mortem-notary-en", ["post_mortem"],
  "Estate of the late Mr Peter Collins",
  """Dear Madam,

We are instructed in the administration of the estate of Mr Peter Collins, who died on 9 October 2025. We should be grateful if you would confirm whether you hold any personal data relating to the deceased and, if so, close any account in his name and delete such data as you are not required to keep.

Yours faithfully,
Hartley & Moss, Probate Department""",
  frm="Hartley & Moss <probate@hartleymoss.co.uk>"),

R("en-req-objection-contact", ["objection"],
  "No more follow-up calls",
  """Hi,

I appreciate the follow-up calls are meant kindly, and I did enjoy the workshop, but I object to being contacted by phone about future offers — email about my own bookings is fine.

Regards,
Neil Foster""",
  frm="Neil Foster <neil.foster@gmail.com>"),

R("en-req-portab-erasure", ["erasure", "portability"],
  "Export then delete",
  """Hi Sandra,

Before you delete all my data — which I'm asking you to do — could you send me my questionnaires and progress notes as a CSV file so I can keep them for myself?

Thanks a lot,
Lucy Harper""",
  frm="Lucy Harper <lucy.harper@gmail.com>"),

R("en-req-withdraw-reply-quoted", ["withdraw_consent"],
  "Re: Can we feature your story?",
  """Hi Sandra, I know I said yes last month, but I've changed my mind about the blog feature — please don't publish my story, I'm withdrawing my consent. Sorry for the back and forth!

Amy""",
  frm="Amy Collins <amy.collins@gmail.com>", reply=True,
  quote=dict(style="en", who="Sandra Delomenie <contact@floraisondesoi.fr>",
             text="Hi Amy,\nWould you be happy for me to feature your story on the blog next month?\nSandra")),

R("en-req-rectification-address", ["rectification"],
  "Change of address",
  """Hello,

Since the workbook is being posted, please note that I've moved from 12 Rose Lane to 48 Kingsway, Bristol BS1 4QT — please update my address.

Many thanks,
David Moore""",
  frm="David Moore <david.moore@gmail.com>"),

R("en-req-objection-partners", ["objection"],
  "Sharing with partners",
  """Hi,

Your privacy policy says data may go to commercial partners; whether or not that has happened with mine, I object to my details being shared with anyone for marketing.

Thanks,
Helen Ward""",
  frm="Helen Ward <helen.ward@gmail.com>"),

R("en-req-post-mortem-wife-en", ["post_mortem"],
  "My husband's account",
  """Dear Sandra,

My husband Graham passed away last autumn, and I still get emails for him from your platform; please close his account and erase everything you have about him.

Thank you,
Mary Thompson""",
  frm="Mary Thompson <mary.thompson@btinternet.com>"),

R("en-req-access-html-form", ["access"],
  "Website enquiry",
  """Name: Karen Lewis
Email: karen.lewis@gmail.com
Message: I attended one free webinar and would like to know exactly what information you kept about me afterwards. Thanks.

--
Sent from the contact form at floraisondesoi.fr""",
  frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to="contact@floraisondesoi.fr",
  headers={"Reply-To": "Karen Lewis <karen.lewis@gmail.com>"}, html="only"),
]
