from common import M

RECORDS = [
M("en-req-formal-article15", "Subject access request under Article 15 GDPR",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

I attended your residential retreat "Finding Your Ground" in Issoudun in May 2024. Please provide me with:
(a) a copy of all personal data you hold about me;
(b) the purposes for which it is processed;
(c) the recipients to whom it has been disclosed;
(d) the retention period.

I understand you have one month to respond. A copy of my passport is attached for identification.

Yours sincerely,
Margaret Ellison
Cheltenham, UK""",
["access"], frm="Margaret Ellison <margaret.ellison@btinternet.com>",
attachments=[{"kind": "pdf", "name": "passport_ellison.pdf", "text": "UNITED KINGDOM PASSPORT - ELLISON MARGARET - copy for identification"}]),

M("en-req-terse-delete-me", "delete",
"""Delete me. Everything. Thanks.
-- 
R.""",
["erasure"], frm="Ryan Kowalski <r.kowalski@fastmail.com>", cte="7bit"),

M("en-req-angry-unsubscribe", "UNSUBSCRIBE. NOW.",
"""I have unsubscribed TWICE using your link and I am STILL getting your "gentle reminders". There is nothing gentle about five emails a week.

Take me off your mailing list. Permanently.

D. Harlow""",
["objection"], frm="Dennis Harlow <dharlow@aol.com>",
quote={"style": "gmail_en", "who": "Floraison de Soi <contact@floraisondesoi.fr>",
       "subject": "Gentle reminder: only 4 seats left!",
       "text": """Hello Dennis,

Only 4 seats left for our spring circle...

Unsubscribe | Manage preferences"""}),

M("en-req-shy-testimonial", "Small thing, sorry",
"""Hi Sandra,

Sorry to bother you, I know this is probably silly. A while ago I said you could put my little review on your website (the one signed "Emma, Bristol"). I've been feeling a bit shy about it since a colleague found it.

Would you mind taking it down? Only if it's not too much trouble. And thank you again for everything, honestly.

Emma x""",
["withdraw_consent"], frm="Emma Whitfield <emma.whitfield@gmail.com>"),

M("en-req-son-uk-mother-died", "My mother, Patricia Hale",
"""Dear Ms Delomenie,

I am writing to let you know that my mother, Patricia Hale, passed away on 2 February at home in Châteauroux, where she had lived since retiring to France.

She was on your mailing list and, I believe, saw you for a few sessions last year. As her son and executor, I'd be grateful if you could close her file and stop any further correspondence to her address. If there's anything I need to provide, please let me know.

Kind regards,
Andrew Hale""",
["post_mortem"], frm="Andrew Hale <andrew.hale@outlook.com>"),

M("en-req-billing-dispute-freeze", "Invoice dispute - please hold my data",
"""Hello,

As discussed by phone, I'm disputing the charge for the cancelled November retreat and my bank is looking into it.

While that's ongoing, please don't delete anything about me (emails, booking, payment history), but also don't use it for anything else, including automated payment reminders. Just keep it as it is until this is sorted.

Thanks,
Olivia Brandt""",
["restriction"], frm="Olivia Brandt <olivia.brandt@gmx.de>"),

M("en-req-techie-json-export", "Data export request (machine-readable)",
"""Hi,

Could you send me my data from your course platform - progress, quiz answers, notes I wrote in the journaling module - in a machine-readable format? JSON ideally, CSV is fine. I want to pull it into my own notes app.

Cheers,
Sam Okafor""",
["portability"], frm="Sam Okafor <sam@okafor.dev>"),

M("en-req-surname-spelling", "Spelling of my surname",
"""Hello Sandra,

Small thing: my surname is McAllister, with two Ls, but every email from your system says "McAlister". Could you fix it in your records?

Many thanks,
Fiona McAllister""",
["rectification"], frm="Fiona McAllister <fiona.mcallister@icloud.com>"),

M("en-req-german-erase-datas", "Erasure of my datas",
"""Dear Madame Delomenie,

I was participant in your online workshop about burnout in january. Now I would like that you erase all my datas from your system, also the registration and the emails. Please confirm me when it is done.

With kind regards
Jürgen Hoffmann""",
["erasure"], frm="Jürgen Hoffmann <j.hoffmann@web.de>"),

M("en-req-spanish-see-then-delete", "Information request",
"""Hello Sandra,

I hope you are very well. I am Lucía, I was in the group of women in the summer. I want to know what information about me you have, please send me, and after that I want you delete all of it. Is not because I am unhappy, only I am changing my life and my phone and everything haha.

Thank you so much and big hug,
Lucía""",
["access", "erasure"], frm="Lucia Morales <lucia.morales.r@gmail.com>"),

M("en-req-casual-wipe-the-lot", "bit of a clear out",
"""Hey Sandra!

Doing a massive digital spring clean. So: unsub me from the newsletter, take down those photos of me from the retreat page (the ones by the river), and honestly, just wipe the whole lot while you're at it. Nothing personal, doing it with everyone!

Thanks a million
Chloe""",
["erasure", "objection", "withdraw_consent"], frm="Chloe Barnes <chloebarnes92@hotmail.co.uk>"),

# NEAR-LINE: starts as account deletion, retracts it, ends as mailing-list removal only -> objection
M("en-req-change-mind-list-only", "Account",
"""Hi,

Please delete my account and everything linked to it.

Actually, scratch that - I may want to redo the course next year and I'd hate to lose my progress. Just take me off the mailing list, that's really what's bugging me.

Thanks,
Tom""",
["objection"], frm="Tom Fletcher <tom.fletcher@gmail.com>"),

M("en-req-instructions-after-death", "For when I'm gone",
"""Dear Sandra,

I'm 79 and, as my late husband used to say, putting my affairs in order is the most considerate thing I can do for the people I love.

After my death, I would like everything you hold about me deleted, except my written reflections from the autumn sessions, which I would like sent to my granddaughter, Imogen Clarke (imogen.clarke@gmail.com). My solicitor has a copy of this note.

With warm regards,
Dorothy Clarke""",
["post_mortem"], frm="Dorothy Clarke <dorothy.clarke@btinternet.com>"),

M("en-req-who-got-my-email", "Who did you share my details with?",
"""Hello,

Since your webinar in March I've been getting emails from a "wellness partner" I've never heard of. Could you tell me who you've shared my personal details with, and when?

Regards,
Priya Nair""",
["access"], frm="Priya Nair <priya.nair@outlook.com>",
quote={"style": "fwd_en", "who": "Serenity Partners <offers@serenity-partners-wellness.com>", "to": "priya.nair@outlook.com",
       "subject": "Priya, a gift from your wellness partners",
       "text": """Hi Priya,

As a friend of our partner practices, enjoy 20% off your first retreat with Serenity Partners!

Unsubscribe"""}),

M("en-req-see-and-export", "My data",
"""Hi Sandra,

Two requests if possible: I'd like to know what personal data you have on me, and I'd also like a copy of my coaching records in a format I can upload to the new coaching platform I'm moving to (they take CSV).

Thank you!
Hannah Weiss""",
["access", "portability"], frm="Hannah Weiss <hannah.weiss@gmail.com>"),

M("en-req-dont-delete-just-hold", "Please keep but don't use",
"""Hi Sandra,

I'm taking a break from coaching for a few months. I don't want my file deleted - I'll come back - but please don't use my details for anything in the meantime (no check-ins, no offers).

Best,
Grace""",
["restriction"], frm="Grace Liu <grace.liu@yahoo.com>"),

M("en-req-video-withdraw", "The retreat video",
"""Hi,

I agreed to be filmed at the September retreat, but having seen the promo video on YouTube I'm really not comfortable with it. I'm withdrawing my consent - please remove the parts I'm in or take the video down.

Thanks for understanding,
Natalie Ross""",
["withdraw_consent"], frm="Natalie Ross <natalie.ross@gmail.com>"),

M("en-req-object-analytics", "Tracking on your site",
"""Hello,

I object to my browsing on your website being tracked and profiled through Google Analytics or anything similar. I'm a newsletter subscriber and I'd like that to stop being linked to my visits.

Regards,
Martin Kessler""",
["objection"], frm="Martin Kessler <martin.kessler@proton.me>"),

M("en-req-new-email", "New email address",
"""Hi Sandra, I've stopped using my work email (ben.carter@northwind-logistics.co.uk) since I left the company. Could you replace it with this one, bcarter.home@gmail.com, in your contacts? Thanks! Ben""",
["rectification"], frm="Ben Carter <bcarter.home@gmail.com>"),

M("en-req-parent-teen-delete", "My daughter's details",
"""Dear Ms Delomenie,

My daughter Ava (16) attended your teen confidence workshop in the summer while we were staying in Berry. I'm her mother. Please delete all of her details from your records, including the questionnaire she filled in and any photos.

Kind regards,
Rebecca Moore""",
["erasure"], frm="Rebecca Moore <rebecca.moore@gmail.com>"),

M("en-req-lawyer-access-portability", "Our client Mr Daniel Price - data request",
"""Dear Madam,

We act for Mr Daniel Price, who attended your leadership training in 2024 through his employer. His signed letter of authority is attached.

On his behalf we request (i) confirmation of whether you process his personal data and a copy of it, and (ii) the data he provided to you in a structured, commonly used and machine-readable format, pursuant to Articles 15 and 20 GDPR.

Yours faithfully,
Sarah Whitcombe
Associate, Harding & Lowe LLP""",
["access", "portability"], frm="Sarah Whitcombe <s.whitcombe@hardinglowe.co.uk>", cc="Daniel Price <dan.price@gmail.com>",
attachments=[{"kind": "pdf", "name": "Letter_of_Authority_Price.pdf", "text": "LETTER OF AUTHORITY - I, Daniel Price, authorise Harding & Lowe LLP to act on my behalf"}],
headers=[("X-Mailer", "Microsoft Outlook 16.0")]),

M("en-req-executor-uncle", "Estate of the late Mr Colin Firth-Ward",
"""Dear Ms Delomenie,

I am the executor of the estate of my uncle, Colin Firth-Ward, who died in October. Going through his papers I found invoices from your practice.

Could you let me know what you hold in his name and delete it once any legal obligations allow? I can provide the death certificate and grant of probate.

Yours sincerely,
Judith Firth-Ward""",
["post_mortem"], frm="Judith Firth-Ward <judith.firthward@gmail.com>"),

# NEAR-LINE: contests accuracy and asks to stop using until checked -> restriction only
M("en-req-accuracy-pause", "That note is wrong",
"""Sandra,

Your session summary says I "disclosed a history of alcohol misuse". That's not what I said - I said my father had one. Until we sort this out, please don't use that summary or share it with anyone.

Mark""",
["restriction"], frm="Mark Dempsey <mark.dempsey@gmail.com>"),

M("en-req-withdraw-and-erase", "Testimonial and my data",
"""Hi Sandra,

I'd like to withdraw my consent for my testimonial and photo on your website, and I'd also like you to erase all the other personal data you have about me.

Thank you,
Laura Jensen""",
["erasure", "withdraw_consent"], frm="Laura Jensen <laura.jensen@outlook.dk>"),

M("en-req-stop-calling", "Phone calls",
"""Hi, I keep getting calls from your number about new programmes. I'd rather not be contacted by phone for anything promotional, thanks. Emails about my existing bookings are fine.

Kate""",
["objection"], frm="Kate Sullivan <kate.sullivan@gmail.com>"),

M("en-req-new-address", "Change of address",
"""Hello,

Please update my postal address to:
Flat 3, 27 Marlborough Road
Oxford OX1 4LW
United Kingdom

The old one in Vierzon is no longer valid.

Many thanks,
Peter Lang""",
["rectification"], frm="Peter Lang <peter.lang@gmail.com>"),

M("en-req-transfer-to-new-coach", "Transfer of my file",
"""Dear Sandra,

I've started working with a coach in Dublin, Aoife Byrne (aoife@byrnecoaching.ie). Would you be able to send her my intake form and goals worksheet directly, in an editable format? I've told her to expect it.

Thank you so much,
Ciara""",
["portability"], frm="Ciara Doyle <ciara.doyle@eircom.net>"),

M("en-req-subject-only-erase", "Please erase my personal data",
"""""",
["erasure"], frm="Gavin Price <gavin.price77@yahoo.co.uk>"),

M("en-req-anxious-session-notes", "Could I see my notes?",
"""Hi Sandra,

I hope it's ok to ask this. I keep worrying about what's written in my session notes, especially from the session in June when I was in a bad way. Could you send me a copy of them? I think knowing would actually make me less anxious than wondering.

Sorry, and thank you,
Jess""",
["access"], frm="Jessica Palmer <jess.palmer@gmail.com>"),

M("en-req-questionnaire-research-withdraw", "Research questionnaire",
"""Hello Ms Delomenie,

I agreed that my answers to your wellbeing questionnaire could be used in your research project. I've changed my mind and would like to withdraw that consent. Please do not include my answers.

Regards,
Dr Alan Reeves""",
["withdraw_consent"], frm="Alan Reeves <a.reeves@uni-research.ac.uk>"),

M("en-req-fix-name-stop-promos", "two quick things",
"""hi sandra - first my name is Siobhan not Siobahn, could you correct it? second could you stop sending me the promo emails, I only want the booking ones. ta!""",
["objection", "rectification"], frm="Siobhan Kelly <siobhan.kelly@gmail.com>"),

M("en-req-irish-partner-died", "Declan",
"""Hello Sandra,

I'm Declan Murphy's partner. I'm very sorry to tell you that Declan died suddenly last month. He spoke warmly of the workshops.

He's still getting your emails and I'd like that to stop. Could you delete whatever you have of his?

Thanks,
Niamh""",
["post_mortem"], frm="Niamh O'Connor <niamh.oconnor@gmail.com>"),

M("en-req-freeze-and-tell-me", "Freeze my file and tell me what's in it",
"""Hi Sandra,

I'm in a dispute with my former employer, who paid for the coaching. Please freeze my file - don't change, share or delete anything - and send me a copy of what's in it so I know where I stand.

Thanks,
Owen Griffiths""",
["access", "restriction"], frm="Owen Griffiths <owen.griffiths@gmail.com>"),

M("en-req-dyslexic-delete", "delet my detials",
"""hi
pleas can you delet all my detials from your sistem, i did the worshop in april but dont want to be on it anymore
thank you
Craig""",
["erasure"], frm="Craig Dunn <craig.dunn88@gmail.com>", cte="7bit"),

M("en-req-funny-unsub", "A heartfelt breakup letter",
"""Dear Floraison de Soi newsletter,

It's not you, it's me. You've been nothing but kind, mindful and beautifully formatted. But I'm at a point in my life where I need to focus on myself, and my inbox.

Please remove me from your mailing list. I'll always remember our Monday mornings.

Yours, with gratitude and a little guilt,
Jonathan Pike""",
["objection"], frm="Jonathan Pike <jonathan.pike@gmail.com>"),

M("en-req-instagram-photo", "instagram",
"""hi! could you take down the instagram post from the october workshop where i'm in the group photo? i said yes at the time but i'd rather not be on there now. thanks so much xx
Amy
Sent from my iPhone""",
["withdraw_consent"], frm="Amy Turner <amy.turner@icloud.com>",
attachments=[{"kind": "png", "name": "Screenshot 2025-10-21 at 09.14.png"}]),

M("en-req-portability-plain", "Data portability request",
"""Dear Ms Delomenie,

Under Article 20 GDPR, please provide the personal data I have provided to you (registration form and intake questionnaire) in a structured, commonly used and machine-readable format.

Kind regards,
Henrik Larsen""",
["portability"], frm="Henrik Larsen <henrik.larsen@gmail.com>", html="alt"),

M("en-req-elderly-rambling-access", "Hello from Reuilly",
"""Dear Sandra,

I hope this finds you well and that the spring rain hasn't drowned your lovely garden. Ours is a swamp. Geoffrey says we should keep ducks.

I was chatting with my neighbour, who used to work in a bank, and she told me that one is allowed to ask any business for everything they keep on file about one. I must say I'm rather curious. Would you be so kind as to send me a copy of whatever you have about me? I can't imagine it's very exciting - mostly my complaints about my knees, I expect.

No hurry at all.

Fondest wishes,
Rosemary Atkins""",
["access"], frm="Rosemary Atkins <rosemary.atkins@orange.fr>"),
M("en-req-see-and-fix-dob", "my data + a correction",
"""Hi Sandra,

Could you send me a copy of what you have on file for me? And while you're in there: my date of birth is 4 July 1988, not 7 April - American habit of mine, sorry!

Cheers,
Megan Foster""",
["access", "rectification"], frm="Megan Foster <megan.foster@gmail.com>"),

M("en-req-stats-and-testimonial", "Re: Your feedback matters",
"""Hi,

Two things: I don't want my survey answers used for your statistics or reports, and please remove the testimonial I gave in 2023, I no longer agree to it being published.

Best,
Nadia Haddad""",
["objection", "withdraw_consent"], frm="Nadia Haddad <nadia.haddad@outlook.com>",
quote={"style": "outlook_en", "who": "Floraison de Soi <contact@floraisondesoi.fr>",
       "subject": "Your feedback matters",
       "text": """Dear participant,

Thank you for attending. Please take 3 minutes to fill in our satisfaction survey: your answers help us improve and may be used in aggregate statistics.

Warmly,
Sandra"""}),

M("en-req-hold-and-csv", "Keep my file, but send me a copy",
"""Hello,

I'm not ready to have my file deleted, but I don't want it used for anything while I'm abroad - please just keep it on hold. In the meantime, could you send me my data as a CSV file so I can keep it in my own records and possibly hand it to another coach?

Thanks,
Lars Eriksson""",
["portability", "restriction"], frm="Lars Eriksson <lars.eriksson@telia.se>"),
]
