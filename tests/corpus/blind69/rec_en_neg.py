from records import R, S0, S1

RECORDS = [
R("en-neg-deleted-myself-elsewhere", [], ("Grace Miller", "grace.miller@gmail.com"),
  "Thank you!",
  """Hi Sandra,

After your digital detox workshop I spent Sunday deleting my own accounts on three shopping sites and asking my old bank to erase my data (which they did in two days, surprisingly), and even though my son teases me about it, I feel so much lighter — thank you!

Grace
"""),

R("en-neg-how-long-keep", [], ("Paul Richardson", "paul.richardson@outlook.com"),
  "Quick question before I sign up",
  """Hello,

Before I book the coaching package, and although I'm fairly relaxed about it (a friend recommended you warmly), I'd like to understand how long you keep session notes and questionnaires once coaching ends, and whether anyone else can see them.

Paul
"""),

R("en-neg-do-i-have-right", [], ("Lauren Scott", "lauren.scott@gmail.com"),
  "A question of principle",
  """Hi Sandra,

If one day — and this isn't on the cards, I'm loving our sessions — I wanted you to delete everything you have on me, would I actually have that right if my employer paid for the course, or would it be their call?

Lauren
"""),

R("en-neg-husband-data", [], ("Karen Wright", "karen.wright@gmail.com"),
  "My husband",
  """Dear Sandra,

My husband, who did your management course last year and won't talk about it, has seemed very low since, and although I know it's delicate, I'd like you to send me a copy of his assessment so I can understand what happened.

Karen Wright
"""),

R("en-neg-cancel-retreat", [], ("Jennifer Cole", "jennifer.cole@yahoo.com"),
  "Cancelling the July retreat",
  """Hi Sandra,

It's with real regret, and after trying every possible arrangement — I even asked my brother to look after Mum, which he refused, of course — that I have to cancel my place on the July retreat; could the deposit be moved to October?

Jennifer
"""),

R("en-neg-password", [], ("George Patel", "george.patel@gmail.com"),
  "Can't log in",
  """Hello,

I've tried resetting my password three times to get into my course area, and although the reset email arrives, the link says it has expired every time, so I'm stuck and can't access my modules.

George
"""),

R("en-neg-close-account-only", [], ("Ian Foster", "ian.foster@outlook.com"),
  "account",
  """Hi, since I haven't used the platform since the course ended and I keep getting login alerts that worry me a bit (probably nothing, but a colleague got hacked last month), you can close my account, thanks. Ian
"""),
# NEAR-LINE: "close my account" with no data mentioned -> negative.

R("en-neg-thanks-after-erasure", [], ("Rachel Whitmore", "rachel.whitmore@gmail.com"),
  "Re: Deleting my details",
  """Thanks so much Sandra, that was quick — and honestly, it was never about you, I'm just trying to start afresh in Leeds.

Rachel
""",
  quote={"style": "en", "who": S0, "subject": "Deleting my details",
         "text": "Dear Rachel,\n\nI confirm that all your data has been deleted from my files and from the platform.\n\nWarmly,\nSandra"}),

R("en-neg-invoice-copy", [], ("Accounts - Harper & Co", "accounts@harperandco.co.uk"),
  "Invoice copy",
  """Dear Ms Delomenie,

Our accountant, who is closing the year this week and chasing us daily, needs the invoice for the "Non-violent communication" course two of our staff attended in March, which we can't find — could you send us a copy?

Kind regards,
Sue Harper
"""),

R("en-neg-gdpr-training-topic", [], ("Amelia Hughes", "amelia.hughes@expat-women-berry.org"),
  "Talk for our group",
  """Hello Sandra,

Our expat women's group is planning an evening on privacy — the right of access, erasure, cookie consent, all the things that confuse us in French paperwork — and although you're not a lawyer, a member said you're wonderful with groups; would you consider co-hosting?

Amelia
"""),

R("en-neg-cnil-complaint-copy", [], ("Anthony Brown", "anthony.brown@gmail.com"),
  "Copy of my complaint",
  """Dear Ms Delomenie,

As you haven't replied to my letters, which I regret, since I'd rather have settled this between us, I'm letting you know that I have today filed a complaint with the CNIL, a copy of which is attached for your information.

Anthony Brown
""",
  attachments=[("pdf", "CNIL_complaint_A_Brown.pdf", "CNIL complaint acknowledgement - Anthony Brown")]),

R("en-neg-consent-workshop-topic", [], ("Beth Ramsey", "beth.ramsey@gmail.com"),
  "Workshop on consent",
  """Hi Sandra,

I work at an international school nearby and, although our budget is tight, we'd love you to run a session for our teenagers on consent, boundaries and the right to say no — is that something you offer in English?

Beth Ramsey
"""),

R("en-neg-another-coach-story", [], ("Nora Jacobs", "nora.jacobs@gmail.com"),
  "Made me think of you",
  """Hi Sandra,

A friend asked her former coach in Bordeaux to send her a copy of all her notes and delete the rest, and the coach replied that she "didn't have time for GDPR nonsense", which shocked me and made me appreciate your care even more.

Nora
"""),

R("en-neg-adult-daughter", [], ("Margaret Ellis", "margaret.ellis@btinternet.com"),
  "My daughter",
  """Dear Ms Delomenie,

My daughter, who is 26 and had an assessment with you this winter, has stopped confiding in me, and although I know she's an adult, I'd like you to delete all her information because I believe this coaching is doing her more harm than good.

Margaret Ellis
"""),
# NEAR-LINE: parent of an adult -> another living adult's data -> negative.

R("en-neg-auto-reply-gdpr", [], ("Customer Care", "no-reply@wellbeing-supplies.co.uk"),
  "Automatic reply: your message",
  """Thank you for contacting us. We will respond within 3 working days.

Under the UK GDPR you have the right to access, rectify, erase, restrict and port your data and to object to processing; to exercise these rights please email privacy@wellbeing-supplies.co.uk.

This is an automated message.
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),

R("en-neg-sandra-sends-export", [], S1,
  "Your data export",
  """Hi Kenji,

As promised, and a little late (summer retreats, you know how it is), here is the export of your data as a CSV file, including the personality test results; let me know if anything seems missing.

Warmly,
Sandra
""",
  to=("Kenji Watanabe", "kenji.watanabe@gmail.com"),
  attachments=[("csv", "export_K_Watanabe.csv", "field,value\nlast_name,Watanabe\nfirst_name,Kenji\nemail,kenji.watanabe@gmail.com\n")]),

R("en-neg-bounce-gmail", [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to hannah.fisher@web.de because the address couldn't be found, or is unable to receive mail.
""",
  kind="bounce", to=S0,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn="Reporting-MTA: dns; googlemail.com\r\n\r\nFinal-Recipient: rfc822; hannah.fisher@web.de\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 No such user\r\n",
  inner=dict(key="en-neg-bounce-gmail-inner", frm=S0, to=("Hannah Fischer", "hannah.fisher@web.de"),
             subject="Your files", body="Dear Hannah,\n\nYour files have been sent to your new coach.\n\nSandra\n", rights=[])),

R("en-neg-phishing-paypal", [], ("PayPal Security", "service@paypal-account-review.info"),
  "Your account has been limited",
  """Dear Customer,

Due to new GDPR regulations, your account access has been limited and all your data will be erased within 24 hours unless you confirm your personal information using the secure link below.

Confirm now: http://paypal-account-review.info/verify
""",
  html="only"),

R("en-neg-calendly-booking", [], ("Calendly", "notifications@calendly.com"),
  "New Event: Discovery call - Olivia Grant",
  """Hi Sandra Delomenie,

A new event has been scheduled.

Invitee: Olivia Grant
Email: olivia.grant@icloud.com
Event type: Discovery call (20 min)

Invitee answers:
What would you like to work on? Confidence at work since my promotion, and saying no to my manager.

View event in Calendly
""",
  html="alt"),

R("en-neg-google-workspace-dpa", [], ("Google Workspace", "workspace-noreply@google.com"),
  "Updates to the Cloud Data Processing Addendum",
  """Dear Administrator,

We're writing to let you know about updates to the Cloud Data Processing Addendum, and although no action is required on your part, we encourage you to review the changes, which take effect in 30 days.

Google LLC
""",
  html="alt"),

R("en-neg-story-own-rectification", [], ("Mia Roberts", "mia.roberts@gmail.com"),
  "Guess what",
  """Hi Sandra,

After our session I went straight to the town hall and, although it took three years of asking, they finally corrected the spelling of my name on my residence card — I think that's what you meant by "daring to ask", so thank you for the push!

Mia
"""),

R("en-neg-portability-how", [], ("Adam Cooper", "adam.cooper@gmail.com"),
  "Technical question",
  """Hello,

Just out of curiosity, since I might switch learning platforms next year (nothing decided), how does it usually work with you when someone wants to move their data to another tool — what format do you provide it in?

Adam
"""),

R("en-neg-giving-consent-photo", [], ("Ryan Murphy", "ryan.murphy@gmail.com"),
  "Photo permission",
  """Hi Sandra,

To answer your question at the end of the workshop, and despite not being very photogenic (my ex reminded me often enough), I'm happy for you to post the group photo with my first name.

Ryan
"""),

R("en-neg-hr-employee-data", [], ("HR - Northbridge Ltd", "hr@northbridge-ltd.com"),
  "Assessment results for Ms Brooks",
  """Dear Ms Delomenie,

As Northbridge paid in full for Ms Natalie Brooks's assessment, and while we understand the usual confidentiality caveats, we would be grateful if you could send us all of her test results rather than just the summary.

Kind regards,
HR Department
"""),
# NEAR-LINE: employer asking for an employee's data -> negative.

R("en-neg-friend-unsubscribe", [], ("Zoe Clarke", "zoe.clarke@gmail.com"),
  "For my friend Lily",
  """Hi,

My friend Lily, who came to the workshops with me and is too shy to write (she already feels bad about bothering you), would like to stop getting your newsletter, and since I'm writing about the May workshop anyway, I thought I'd ask for her.

Zoe
"""),
# NEAR-LINE: on behalf of another living adult, no mandate -> negative.

R("en-neg-what-happens-after-death", [], ("Diane Fletcher", "diane.fletcher@btinternet.com"),
  "A question",
  """Dear Sandra,

Since my brother died last winter and we had to battle with his Facebook and Google accounts (a nightmare I wouldn't wish on anyone), I've wondered: what happens to what you keep on clients when they die — can the family see it?

Diane
"""),

R("en-neg-replay-access", [], ("Chloe Harris", "chloe.harris@gmail.com"),
  "Replay access",
  """Hi,

I had to leave the webinar early because my son had locked himself out (yes, out), and although I caught most of it, how do I access the replay? The link in the email doesn't work for me.

Chloe
"""),

R("en-neg-stripe-dispute", [], ("Stripe", "notifications@stripe.com"),
  "A payment has been disputed",
  """A customer has disputed a payment of €180.00.

Reason: Subscription canceled
Respond by submitting evidence from your Dashboard before the deadline.

Stripe, Inc.
""",
  html="alt"),

R("en-neg-zoom-recording", [], ("Zoom", "no-reply@zoom.us"),
  "Cloud recording is now available",
  """Hi Sandra Delomenie,

Your cloud recording of "Webinar - Confidence at work" is now available. You can share it with participants or delete it from your Recordings page.

Thank you for choosing Zoom.
""",
  html="only"),

R("en-neg-sandra-newsletter-en", [], S0,
  "Floraison News - English circle reopens",
  """Dear friends,

The English-speaking circle reopens on 2 October, and even though I swore I'd slow down this year, I've added a second evening for those of you who work late.

Take care,
Sandra

You are receiving this because you subscribed at floraisondesoi.fr. Unsubscribe: https://floraisondesoi.fr/unsubscribe
""",
  to=("Floraison de Soi subscribers", "newsletter@floraisondesoi.fr"),
  headers=[("List-Id", "Floraison News <news.floraisondesoi.fr>"),
           ("List-Unsubscribe", "<https://floraisondesoi.fr/unsubscribe>"), ("Precedence", "bulk")],
  html="alt"),

R("en-neg-compliance-spam", [], ("GDPR Shield", "sales@gdpr-shield.io"),
  "Your website is not GDPR compliant",
  """Hello,

Our scan of floraisondesoi.fr found 7 GDPR issues (cookie banner, data retention, DSAR process), and although you're a small business, fines can reach 4% of turnover — fix everything today for €59.

GDPR Shield team
Reply STOP to opt out.
""",
  html="alt"),

R("en-neg-nonnative-booking", [], ("Yuki Tanaka", "yuki.tanaka@gmail.com"),
  "booking question",
  """Hello Sandra, I am sorry my english is not perfect, but my friend she told me your circle is very good even if it is in french sometimes, so I want to ask if I can come next thursday, and if I must to give my informations before?
Yuki
"""),

R("en-neg-forwarded-article", [], ("Tom Bradley", "tom.bradley@gmail.com"),
  "Fwd: Interesting read",
  """Hi Sandra, thought you'd like this given our chat about boundaries — not a request about anything, just food for thought.

Tom
""",
  quote={"style": "fwd", "who": ("Psychology Weekly", "newsletter@psychweekly.com"), "subject": "Interesting read",
         "text": "This week: why saying no is an act of self-respect, and how to object without conflict at work."}),

R("en-neg-cancel-subscription-course", [], ("Laura Kim", "laura.kim@gmail.com"),
  "Cancel subscription",
  """Hi Sandra,

Although I've loved the monthly programme, money is tight since my partner lost his job, so I need to cancel my subscription from next month — I hope to come back when things settle.

Laura
"""),

R("en-neg-auto-reply-ooo", [], ("Daniel Okafor", "daniel.okafor@outlook.com"),
  "Automatic reply: Your copy",
  """I am out of the office until 2 September with limited access to email. For urgent matters please contact my colleague at office@okafor-partners.co.uk.
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

R("en-neg-delete-slot", [], ("Sam Turner", "sam.turner@gmail.com"),
  "Thursday",
  """Hi Sandra, my daughter's school play is on Thursday afternoon (she's a tree, I can't miss it), so could you delete the 3pm slot and offer me something next week, even early morning?
Sam
"""),
]
