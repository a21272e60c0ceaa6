from records import R, S0, S1

RECORDS = [
R("en-req-erasure-moved-back-uk", ["erasure"], ("Rachel Whitmore", "rachel.whitmore@gmail.com"),
  "Deleting my details",
  """Hi Sandra,

Although I really enjoyed the workshops during my year in Issoudun (my French improved more in your circles than in any class, honestly), now that I've moved back to Leeds and don't expect to return, I'd be grateful if you could delete everything you hold about me, including the intake form and my journal pages.

All the best,
Rachel
"""),

R("en-req-access-husband-lawyer", ["access"], ("Daniel Okafor", "daniel.okafor@outlook.com"),
  "Copy of my data",
  """Dear Ms Delomenie,

My husband, who is a solicitor and tends to see data protection issues everywhere, suggested — after I mentioned that you had asked me quite personal questions about my health in the first session — that I request a copy of all the personal data you hold on me, and while I think he is being overcautious, I would like to receive that copy.

Kind regards,
Daniel Okafor
"""),

R("en-req-objection-newsletter-nonnative", ["objection"], ("Matteo Bianchi", "matteo.bianchi@libero.it"),
  "newsletter stop please",
  """Hello Mrs Sandra,

I am sorry for my english, it is not my first language, but even if your newsletter is very nice and my wife she read it also sometimes, I want please to not receive it anymore because I receive too many emails for my work, so please remove me from the list.

Thank you,
Matteo
"""),

R("en-req-withdraw-testimonial-job", ["withdraw_consent"], ("Priya Raman", "priya.raman@gmail.com"),
  "My testimonial",
  """Hi Sandra,

I was happy to let you post my testimonial and headshot on the website last year, but since I've started a new role at a consultancy where clients google everyone (my manager literally showed me the page, laughing, though I was mortified), I'd like to withdraw my consent and have both taken down.

Thanks for understanding,
Priya
"""),

R("en-req-post-mortem-son-mother", ["post_mortem"], ("Thomas Hargreaves", "tom.hargreaves@btinternet.com"),
  "My mother, Margaret Hargreaves",
  """Dear Sandra,

I'm writing on behalf of my late mother, Margaret Hargreaves, who attended your English-speaking circles after she retired to the Indre and who passed away in March, and although I'm not entirely sure what records you keep, as her executor I'd like you to delete her file and stop the mailings that are still arriving at her address.

Death certificate attached.

Yours sincerely,
Thomas Hargreaves
""",
  attachments=[("pdf", "death_certificate_M_Hargreaves.pdf", "Certified copy of death certificate - Margaret Hargreaves")]),

R("en-req-rectification-surname", ["rectification"], ("Emma Clarke-Dubois", "emma.clarkedubois@gmail.com"),
  "Name change",
  """Hello,

Since I got married last summer (which, funnily enough, was part of what we worked on in coaching — the nerves, the in-laws, all of it), could you please update my surname in your records from Clarke to Clarke-Dubois, as my employer is paying for the next module and needs invoices to match my ID?

Many thanks,
Emma
"""),

R("en-req-portability-new-coach", ["portability"], ("Hannah Fischer", "hannah.fischer@web.de"),
  "Transfer of my coaching files",
  """Dear Sandra,

As I mentioned, somewhat awkwardly, at the end of our last call (it's not you, it's the time difference since I moved to Berlin), I'll be continuing with a coach based here, and since she uses a similar platform, I'd like you to send my worksheets and assessment results directly to her in a machine-readable format — her address is praxis@julia-brandt-coaching.de.

Warm regards,
Hannah
"""),

R("en-req-restriction-dispute-notes", ["restriction"], ("Mark Jennings", "mark.jennings@yahoo.co.uk"),
  "Session notes",
  """Hi Sandra,

While I appreciate that you need notes for your own work, and I don't question your professionalism at all, the note saying I was "hostile towards colleagues" isn't accurate — I was describing how my boss saw me, not how I am — so until we can talk it through, please don't use or pass on those notes, but don't delete them either.

Mark
"""),

R("en-req-access-who-shared", ["access"], ("Olivia Grant", "olivia.grant@icloud.com"),
  "Who has my details?",
  """Hello,

Since signing up for your webinar I've had emails from two wellness companies I'd never heard of, and although it could well be a coincidence (my sister thinks it's Instagram), I'd like to know who you have shared my details with and exactly what you hold on me.

Olivia Grant
"""),

R("en-req-erasure-objection-calls", ["erasure", "objection"], ("Gareth Lewis", "gareth.lewis@gmail.com"),
  "Please stop calling",
  """Hi,

I don't want to be rude, and I even recommended your course to a friend at work, but after three calls about the summer retreat despite my saying no, I'm asking you to stop contacting me for marketing altogether and to erase my phone number and other details from your files.

Gareth
"""),

R("en-req-withdraw-erasure-photos", ["erasure", "withdraw_consent"], ("Sophie Turner-Mills", "sophie.tm@outlook.com"),
  "Photos and my data",
  """Hi Sandra,

After a lot of back and forth — the retreat was lovely and I don't want you to think otherwise — I've decided I no longer consent to the group photos of me being on your Instagram, and while we're at it, I'd like all my personal data deleted as well.

Sophie

Sent from my iPhone
"""),

R("en-req-access-portability-spreadsheet", ["access", "portability"], ("Kenji Watanabe", "kenji.watanabe@gmail.com"),
  "data export",
  """Hello Sandra,

I am trying to organise my personal records (my brother, who is a very organised engineer, convinced me to put everything in one spreadsheet), so I would like first to know what data you keep about me, and then to receive it as a CSV or Excel file that I can import, including the results of the personality test.

Best regards,
Kenji
"""),

R("en-req-post-mortem-own-instructions", ["post_mortem"], ("Eleanor Pike", "eleanor.pike@btinternet.com"),
  "Instructions for after I'm gone",
  """Dear Sandra,

Now that my doctor has given me a clearer picture of what's ahead (please don't worry, I'm at peace with it, and your sessions helped more than you know), I'd like to leave instructions: when I die, please delete my journals and notes and do not share anything with anyone except my daughter Clare, should she ask.

With love and gratitude,
Eleanor
"""),

R("en-req-objection-profiling", ["objection"], ("Lukas Novak", "lukas.novak@seznam.cz"),
  "Targeted ads",
  """Hello,

I work in digital marketing myself, so I know how custom audiences work and I'm not upset, but I object to my email address being uploaded to Facebook or Google to target me with your ads, and I'd ask you to stop that processing.

Regards,
Lukas Novak
"""),

R("en-req-rectification-address", ["rectification"], ("Patricia Moore", "patricia.moore@aol.com"),
  "New address",
  """Dear Sandra,

Having finally sold the house in Châteauroux (after two failed buyers, a leaking roof and a great deal of patience, some of which I learned from you), please could you replace my old address with the new one, 7 Chemin des Vignes, 36260 Reuilly, for the certificate you'll be posting.

Kind regards,
Patricia Moore
"""),

R("en-req-erasure-parent-minor", ["erasure"], ("James O'Connell", "james.oconnell@gmail.com"),
  "My daughter's data",
  """Dear Ms Delomenie,

My daughter Aoife, who is 13, attended your exam-stress workshop in the spring and enjoyed it, but following a rather alarming talk at her school about children's data online, my wife and I would like you to delete everything you hold about her, including the registration form and the questionnaire she filled in.

James O'Connell
"""),

R("en-req-restriction-employer-report", ["restriction"], ("Natalie Brooks", "natalie.brooks@gmail.com"),
  "Please hold the report",
  """Hi Sandra,

Before you send the final report to HR — who paid for the assessment, I know, and are entitled to a summary — could you please hold off on sending it or using my results in any way, because I dispute a couple of the conclusions and want to go through them with you first?

Thanks,
Natalie
"""),

R("en-req-withdraw-recording", ["withdraw_consent"], ("Ahmed Siddiqui", "ahmed.siddiqui@hotmail.co.uk"),
  "Recording of our session",
  """Dear Sandra,

Although I agreed to the session being recorded so that you could send it to me, and I've listened to it a few times since, I've now learned that you might use extracts in your trainer course, and I withdraw my consent for that second use.

Best,
Ahmed
"""),

R("en-req-access-session-notes", ["access"], ("Claire Donovan", "claire.donovan@gmail.com"),
  "Copy of my notes",
  """Hi Sandra,

My new therapist (whom I started seeing on your recommendation — thank you) would like to understand what we covered last year, and although I could summarise it myself, I'd like to have a copy of the notes you took during our sessions, for me first and foremost.

Claire
"""),

R("en-req-erasure-gdpr-art17-formal", ["erasure"], ("Richard Evans", "r.evans@evans-legal.co.uk"),
  "Erasure request on behalf of Ms Laura Bennett",
  """Dear Ms Delomenie,

We act for Ms Laura Bennett, who has instructed us (signed authority enclosed) in connection with a dispute with her former employer, which had referred her to you for coaching, and without prejudice to any other steps she may take, we hereby request, pursuant to Article 17 GDPR, the erasure of all personal data you hold concerning her.

Yours faithfully,
Richard Evans
Evans Legal LLP
""",
  attachments=[("pdf", "authority_L_Bennett.pdf", "Letter of authority - Laura Bennett instructs Evans Legal LLP")]),

R("en-req-objection-quoted-newsletter", ["objection"], ("Barbara Klein", "barbara.klein@gmx.de"),
  "Re: Spring workshops are open!",
  """Hi, even though your workshops look lovely and my neighbour goes every week, please unsubscribe me from these emails. Thank you. Barbara
""",
  quote={"style": "en", "subject": "Spring workshops are open!",
         "text": "Dear all,\n\nSpring is here, and so are the new 'Be yourself' workshops.\nBook on the website.\n\nUnsubscribe | Floraison de Soi"}),

R("en-req-portability-erasure-moving", ["erasure", "portability"], ("Samuel Adeyemi", "samuel.adeyemi@gmail.com"),
  "Export then delete",
  """Hello Sandra,

Before I relocate to Toronto for my partner's job, I'd like to get all my worksheets and test results in a usable format (a spreadsheet would be ideal), and then, once I confirm I've received them, for you to delete everything on your side.

Samuel
"""),

R("en-req-rectification-wrong-job", ["rectification"], ("Ben Holloway", "ben.holloway@outlook.com"),
  "Small correction",
  """Hi Sandra,

Reading the summary you sent (very clear, thank you — my partner read it too and said it sounds just like me), I noticed it says I'm an accountant when I'm actually a financial controller, and that I have two kids when I have three, so could you correct both in your file?

Ben
"""),

R("en-req-withdraw-questionnaire-study", ["withdraw_consent"], ("Fiona MacLeod", "fiona.macleod@gmail.com"),
  "Research questionnaire",
  """Hi Sandra,

When I agreed that my answers to the burnout questionnaire could be used in the article you're writing with the association, I hadn't realised I could be identified through my job (there are only two English-speaking midwives in the area!), so I'd like to withdraw that consent, even though I'm sorry not to contribute.

Fiona
"""),

R("en-req-access-objection-chatty", ["access", "objection"], ("Megan Price", "megan.price@gmail.com"),
  "quick one",
  """Hey Sandra!

Can't believe it's been a year since the last workshop — anyway, cleaning out my inbox I noticed I'm still getting your promo emails even though I thought I'd unsubscribed, so could you tell me what info you've still got on me, and also stop the marketing emails?

Cheers,
Megan
"""),

R("en-req-post-mortem-daughter-access", ["post_mortem"], ("Linda Marsh", "linda.marsh@gmail.com"),
  "My father's records",
  """Dear Sandra,

My father, Geoffrey Marsh, who took part in your retirement transition programme and spoke warmly of it, died suddenly last month, and as one of his heirs I'd like a copy of whatever he wrote or shared with you, because there's so much we never got to talk about.

Linda Marsh
"""),
# NEAR-LINE: heir asking for a copy -> post_mortem only.

R("en-req-erasure-nonnative-short", ["erasure"], ("Ana Ferreira", "ana.ferreira@sapo.pt"),
  "delete",
  """Hello, sorry to write so direct, I know you was very kind with me in the workshop, but after to think a lot I decide: please delete all my personal data from your files. Obrigada, Ana
""",
  cte="8bit"),

R("en-req-restriction-keep-for-court", ["restriction"], ("Oliver Grant", "oliver.grant@gmail.com"),
  "Please don't delete my files",
  """Hi Sandra,

I saw your privacy policy says files are deleted after a period of inactivity, but as I'm now in an employment tribunal case against my old company and my lawyer may need the assessments we did, please don't delete them — just don't use them for anything else in the meantime.

Oliver
"""),

R("en-req-objection-stats", ["objection"], ("Helen Baxter", "helen.baxter@protonmail.com"),
  "Use of my survey answers",
  """Dear Ms Delomenie,

Having learned from another participant — who doesn't mind at all, which is of course her right — that satisfaction survey answers are compiled for your statistics and marketing presentations, I object to mine being used for that purpose, while accepting that you read them to improve the workshop.

Helen Baxter
"""),

R("en-req-rectification-access-phone", ["access", "rectification"], ("Robert Kaye", "robert.kaye@gmail.com"),
  "My client record",
  """Hello Sandra,

Since my wife, who did the same course, got an invoice with her name misspelled, I started wondering whether my record is right, so I'd like a full copy of it, and in the meantime please change my mobile number to +33 6 44 18 27 90, the old one ending 09 no longer being mine.

Robert Kaye
"""),

R("en-req-withdraw-objection-retreat", ["objection", "withdraw_consent"], ("Jessica Hall", "jess.hall@gmail.com"),
  "Newsletter and the video",
  """Hi Sandra,

I've moved back to Australia and, although the retreat was a highlight of my year in France (my aunt still talks about it), I'd like to stop receiving the newsletter, and I also withdraw my consent for the retreat video in which I share my story.

Thanks heaps,
Jess
"""),

R("en-req-portability-hr-platform", ["portability"], ("Daniel Weiss", "daniel.weiss@gmail.com"),
  "Module history export",
  """Hello,

I'm enjoying the online course, but my employer now pays for my training and uses a different LMS, so I'd like my module history, quiz scores and certificates exported in a standard format so their HR team can import them.

Daniel Weiss
"""),

R("en-req-erasure-html-contact-form", ["erasure"], ("Floraison de Soi website", "wordpress@floraisondesoi.fr"),
  "New contact form submission",
  """Name: Caroline Ashby
Email: caroline.ashby@gmail.com

Message:
Hello, I downloaded your free e-book on letting go a while ago, and even though it was interesting, I'd rather not be in your database any more, so please erase my name, email and phone number. Thanks.

--
Sent from the contact form at https://floraisondesoi.fr
""",
  headers=[("Reply-To", "Caroline Ashby <caroline.ashby@gmail.com>"), ("X-Mailer", "WordPress/6.7.1")],
  to=S0, html="only"),

R("en-req-restriction-access-observation", ["access", "restriction"], ("Victor Lang", "victor.lang@outlook.com"),
  "My file",
  """Dear Ms Delomenie,

Having found out by chance, from an email you sent to the whole group by mistake, that there is an "observation sheet" about me, I'd first like a copy of it, and until I've read it and we've discussed it, I ask that you not use it in any way.

Victor Lang
"""),

R("en-req-post-mortem-notary-en", ["post_mortem"], ("Alice Dupré", "alice.dupre@notaires.fr"),
  "Estate of Mr Peter Collins",
  """Dear Madam,

As the notary handling the estate of Mr Peter Collins, a British national who died at Issoudun on 2 November 2025, and at the request of his heirs, who found several invoices from Floraison de Soi among his papers, I kindly ask you to let me know what data you hold about him and to close any subscription in his name.

Yours faithfully,
Alice Dupré
Notaire
""",
  attachments=[("pdf", "attestation_notariale_Collins.pdf", "Notarial certificate - estate of Peter Collins")]),

R("en-req-objection-sms", ["objection"], ("Chris Doyle", "chris.doyle@gmail.com"),
  "texts",
  """hi, i know it's not a big deal and you're just trying to fill workshops but i work nights and your promo texts come in at 9am when i'm asleep, so please stop sending me marketing texts (appointment reminders are fine)

chris
"""),
]
