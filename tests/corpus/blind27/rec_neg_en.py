"""English negatives written by people (clients, colleagues, students, employers, Sandra)."""
from common import (M, SANDRA, CONTACT, SIG_SANDRA, q_gmail_en, q_outlook_en,
                    q_apple_en, fwd_gmail_en)

RECORDS = [

# NEAR-LINE: "do I have the right to ...?" - explicitly only curious -> negative.
M("en-neg-q-right-to-delete-notes", "en", [],
  ("Hannah Cooper", "hannah.cooper@gmail.com"), "2025-04-03 21:18",
  "GDPR question",
  """\
Hi Sandra,

Random question after a podcast I listened to: under GDPR, do I have the right to ask you to delete your session notes about me? Or do coaches have to keep them for a certain time, like therapists?

Not asking you to do anything, I'm just curious how it works!

Hannah
"""),

M("en-neg-q-how-long-keep", "en", [],
  ("Robert Klein", "rob.klein.uk@gmail.com"), "2025-07-07 10:42",
  "Data retention",
  """\
Hello,

Before I book the course: how long do you keep participants' personal data after the training ends? Your privacy policy mentions 10 years for some things and 3 years for others, and I couldn't work out which applies to what.

Thanks,
Rob
"""),

# NEAR-LINE: hypothetical "if I moved to another coach, would you send my notes?"
# - a question about the future, nothing asked now -> negative.
M("en-neg-q-portability-future", "en", [],
  ("Isabel Moreno", "isabel.moreno@gmail.com"), "2025-12-02 14:30",
  "Just wondering",
  """\
Hi Sandra,

Just wondering for the future - if I ever moved abroad and started with another coach, would you be able to send them my notes and assessments? Is that something clients usually ask for? No plans right now, I'm very happy with our sessions!

Isabel
"""),

M("en-neg-dissertation-survey", "en", [],
  ("Ewan MacLeod", "e.macleod.3@research.gla.ac.uk"), "2025-03-17 11:00",
  "Research survey: GDPR compliance among independent wellbeing practitioners",
  """\
Dear Ms Delomenie,

I am a postgraduate student at the University of Glasgow writing my dissertation on GDPR compliance among independent wellbeing practitioners in the UK and France.

I would be very grateful if you could complete a short anonymous survey (10 minutes) about how you handle consent, data subject access requests, erasure requests and retention of client notes:
https://forms.gla.ac.uk/s/gdpr-practitioners-2025

The study has been approved by the College Ethics Committee (ref. 400240117). Participation is entirely voluntary.

Kind regards,
Ewan MacLeod
MSc Information Law, University of Glasgow
"""),

M("en-neg-friend-advice-dpa", "en", [],
  ("Fiona Grant", "fiona@grantcoaching.co.uk"), "2025-05-28 19:55",
  "that GDPR thing we talked about",
  """\
Hey lovely,

Following up on our chat at the retreat - honestly, get a proper data processing agreement signed with Systeme.io and check the Google one too. And set up a little template for subject access requests and erasure requests so you're not scrambling when one lands. I got my first DSAR last year and it took me a whole weekend to dig through my Drive!

Also: consent for testimonials needs to be separate from your T&Cs, the ICO is quite clear on that (and I assume the CNIL is too).

Big hug, speak soon x
Fiona
"""),

M("en-neg-cc-cnil-complaint-gym", "en", [],
  ("Marco Rossi", "marco.rossi@gmail.com"), "2025-10-22 16:37",
  "Fwd: my complaint to the CNIL",
  """\
Hi Sandra,

As promised in our session, I filed the complaint against the gym. Copy below, just so you see I did it - "owning my boundaries", as you say. :)

Marco

""" + fwd_gmail_en("2025-10-22 16:20", "Marco Rossi", "marco.rossi@gmail.com",
                   "plaintes@cnil.fr", "Complaint - right to object ignored", """\
To the CNIL,

I am a resident of Bourges. On 4 August 2025 I asked FitZone Bourges to stop sending me marketing SMS and to delete my data under Articles 17 and 21 GDPR. I still receive promotional messages every week.

Attached: my request of 4 August and screenshots of the messages.

Marco Rossi""")),

M("en-neg-wife-asks-about-husband", "en", [],
  ("Claire Hopkins", "claire.hopkins@gmail.com"), "2025-08-13 09:50",
  "My husband's sessions",
  """\
Dear Sandra,

My husband Paul has been seeing you for career coaching since June. He's been very withdrawn lately and won't tell me anything.

Could you let me know what he's been discussing with you, or share any notes? I'm worried about him and I think it would help me support him.

Claire
"""),

# NEAR-LINE: an employer asking for its staff's results = other adults' data -> negative.
M("en-neg-employer-staff-results", "en", [],
  ("Laura Jennings - People Team", "people@brightwave-analytics.com"), "2025-06-30 15:20",
  "Workshop results for our team",
  """\
Hi Sandra,

Thanks again for running the resilience workshop for our Paris team last week.

Could you send us the individual assessment results and your notes for each of the 9 participants? We'd like to include them in their development plans for H2.

Best,
Laura Jennings
People Partner, Brightwave Analytics
"""),

M("en-neg-colleague-certificate-anna", "en", [],
  ("Tomás Silva", "tomas.silva@brightwave-analytics.com"), "2025-07-02 11:05",
  "Certificate for Anna",
  """\
Hi Sandra,

My colleague Anna Kovacs attended the workshop with me but she's on maternity leave now. Could you send me her attendance certificate so I can upload it to our training system for her?

Thanks,
Tomás
"""),

M("en-neg-thanks-above-erasure", "en", [],
  ("Ashley Turner", "ash.turner@gmail.com"), "2025-05-20 08:14",
  "Re: Your request",
  """\
Thanks Sandra, appreciate you sorting that so quickly. All the best with everything!

Ash

""" + q_gmail_en("2025-05-19 17:32", "Sandra Delomenie", "sandra.delomenie@orange.fr", """\
Hi Ashley,

Just to confirm that I have deleted your details, your intake form and our email exchanges from my files and from the course platform. Only the invoice is kept, as required by French accounting rules.

Warm wishes,
Sandra

On Wed, May 14, 2025 at 11:15 PM Ashley Turner <ash.turner@gmail.com> wrote:
> Please wipe me from your system. Everything - my name, email, the forms I filled in, all of it."""),
  irt="reply-era-ashley", refs=[("en-era-wipe-me", "ash.turner@gmail.com")]),

M("en-neg-consent-testimonial-yes", "en", [],
  ("Megan Foster", "megan.foster@outlook.com"), "2025-09-30 12:25",
  "RE: Would you share a few words?",
  """\
Hi Sandra,

Of course! Happy for you to use this on your website and socials with my first name:

"I came in stuck and overthinking everything. Three months later I've changed jobs and I actually sleep at night. Sandra asks the questions nobody else does."

Megan

""" + q_outlook_en("2025-09-29 10:00", "Sandra Delomenie", "sandra.delomenie@orange.fr",
                   "Megan Foster", "Would you share a few words?", """\
Hi Megan,

Now that our coaching journey has come to an end, would you be willing to share a few words about your experience? With your permission, I'd publish it on my website. Of course, you can say no!

Sandra"""), irt="ask-testimonial-foster"),

M("en-neg-cancel-retreat-booking", "en", [],
  ("Victoria Hayes", "victoria.hayes@gmail.com"), "2025-04-18 13:02",
  "Cancelling my retreat booking",
  """\
Hi Sandra,

I'm so sorry but I need to cancel my booking for the May retreat - my father's had a fall and I'll be flying back to Leeds. Could you let me know what your refund policy is?

Really hope to come to the autumn one instead.

Victoria
"""),

M("en-neg-cant-log-in", "en", [],
  ("Stefan Müller", "stefan.mueller@web.de"), "2025-11-26 07:44",
  "Login problem",
  """\
Hello,

I cannot log in to the online course anymore. It says "invalid credentials" and the reset email never arrives. Can you please give me access again?

Best regards,
Stefan Müller
"""),

# NEAR-LINE: "please close my account", no data mentioned -> negative per policy.
M("en-neg-close-account-only", "en", [],
  ("Jack Ward", "jack.ward@hotmail.co.uk"), "2026-02-11 20:02",
  "Account",
  """\
Hi, please close my account. Thanks.

Jack
"""),

M("en-neg-correct-typo-workbook", "en", [],
  ("Abigail Stone", "abigail.stone@gmail.com"), "2025-10-08 09:33",
  "Small typo in the workbook",
  """\
Hi Sandra,

Loving the English workbook! Just a heads-up: on page 12 the exercise says "write three things you are greatful for" - might want to correct that before the next group. :)

Abi
"""),

# NEAR-LINE: "opt out" of a role-play exercise during training, not of processing.
M("en-neg-opt-out-roleplay", "en", [],
  ("Daniel Kim", "daniel.kim@brightwave-analytics.com"), "2025-06-20 17:48",
  "Day 2 role-play",
  """\
Hi Sandra,

Would it be OK if I opt out of the recorded role-play exercise on day 2 and just observe? Public speaking in front of my manager is... a lot. Happy to do a written version instead.

Thanks for understanding,
Daniel
"""),

M("en-neg-withdraw-from-training", "en", [],
  ("Rebecca Shaw", "rebecca.shaw@lumenhealth.co.uk"), "2026-03-12 12:10",
  "Withdrawing from the June training",
  """\
Dear Sandra,

Unfortunately I have to withdraw from the June facilitation training - our budget has been cut for this quarter. Could you confirm the cancellation and whether the deposit can be transferred to the autumn session?

Kind regards,
Rebecca Shaw
"""),

M("en-neg-sandra-sends-data-copy", "en", [],
  SANDRA, "2025-03-27 18:20",
  "Re: Quick one",
  """\
Hi Rachel,

Lovely to hear from you! As requested, attached is everything I hold about you: your sign-up details, the intake form and the chat export from the online circle. I don't hold anything else, and nothing was shared with third parties apart from my tools (Systeme.io, Google Drive).

Take care,
Sandra

""" + SIG_SANDRA, to=("Rachel Whitmore", "rachel.whitmore@gmail.com"),
  attach=[("Rachel_Whitmore_data.pdf", "Floraison de Soi - data held about Rachel Whitmore\nSign-up details\nIntake form\nCircle chat export")],
  irt="en-acc-what-on-file", irt_addr="rachel.whitmore@gmail.com"),

M("en-neg-news-meta-fine", "en", [],
  ("Olivia Grant", "olivia.grant@icloud.com"), "2025-05-23 08:08",
  "Did you see this??",
  """\
Morning!

Did you see Meta got another massive GDPR fine? Over a billion this time. Made me think of our chat about WhatsApp groups for your workshops...

https://www.bbc.co.uk/news/technology-gdpr-meta-fine

See you Thursday x
Olivia

Sent from my iPhone
"""),

M("en-neg-export-certificate-linkedin", "en", [],
  ("Ahmed Hassan", "ahmed.hassan@gmail.com"), "2025-12-16 15:15",
  "Certificate on LinkedIn",
  """\
Hi Sandra,

Is there a way to export my course certificate to LinkedIn (with a verification link), or should I just upload the PDF? I'd like to add it to my profile before the new year.

Thanks!
Ahmed
"""),

M("en-neg-dutch-thanks-session", "en", [],
  ("Femke de Vries", "femke.devries@ziggo.nl"), "2025-01-21 20:30",
  "Thank you",
  """\
Dear Sandra,

I want to say thank you for the session of yesterday. The exercise with the chairs was very strong for me. I am still thinking about it. I wrote in my journal like you said.

See you in two weeks,
Femke
"""),
]
