# b14 records: English negatives.
from b14_common import maker, S, C
R = []
m = maker(R)

m("en-neg-stripe-payout", "en", [], "Stripe <notifications@stripe.com>",
  "Your payout of €842.10 is on the way",
  """Floraison de Soi

A payout of €842.10 has been initiated to your bank account ending in 4417. It should arrive by May 6, 2025.

View payout in Dashboard

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])

m("en-neg-stripe-data-request-guide", "en", [], "Stripe Support <support@stripe.com>",
  "Re: Customer data export",
  """Hi Sandra,

Thanks for reaching out. You can export your customers' data from the Customers page using the Export button (CSV). If one of your customers asks for a copy of their data, you can share the relevant export with them. For deletion requests, use "Delete customer" - transaction records are retained as required by law.

Best,
Marco
Stripe Support
""", quote=("gmail_en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Tue, 2 Sep 2025 at 11:14",
  """Hello, how can I export the data of one customer? Thanks, Sandra"""))

m("en-neg-stripe-verify", "en", [], "Stripe <notifications@stripe.com>",
  "Action required: update your business information",
  """We need additional information to keep payouts enabled on your account. Please update your business details and upload a copy of your ID by June 30.

Update information

You're receiving this email because you have a Stripe account.
""", shape="alt", hdrs=[("Auto-Submitted", "auto-generated")])

m("en-neg-zoom-gdpr-dpa", "en", [], "Zoom <no-reply@zoom.us>",
  "Updates to Zoom's Data Processing Addendum",
  """Hello,

We're writing to let you know about updates to our Data Processing Addendum and list of sub-processors, effective March 1, 2026. These updates reflect new features and our ongoing commitment to GDPR compliance.

No action is required. You can review the updated documents in your account.

Zoom
""", shape="alt", hdrs=[("List-Unsubscribe", "<https://zoom.us/unsubscribe?x=91>"), ("Precedence", "bulk")])

m("en-neg-calendly-new-event", "en", [], "Calendly <notifications@calendly.com>",
  "New Event: Megan Clarke - 06/05/2025 6:00pm - Discovery call",
  """Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Megan Clarke
Invitee Email: megan.clarke@nhs.net
Event Date/Time: 6:00pm - Thursday, June 5, 2025 (Central European Time)

View event in Calendly
""", hdrs=[("Auto-Submitted", "auto-generated")], att=[("invite.ics", "text/calendar")])

m("en-neg-google-takeout", "en", [], "Google <no-reply@accounts.google.com>",
  "Your Google data is ready to download",
  """Your Google data is ready

The Google data you requested on March 3, 2025 is ready. This archive contains data from Drive and Gmail.

Download your files

This download will expire on March 10, 2025.
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])
# NEAR-LINE: Sandra's own Takeout export notification -> automatic, negative.

m("en-neg-google-storage", "en", [], "Google One <googleone-noreply@google.com>",
  "Your Google storage is almost full",
  """You've used 14.2 GB of your 15 GB storage. Free up space by deleting large files in Drive, or upgrade your plan.

Manage storage
""", shape="alt", hdrs=[("Auto-Submitted", "auto-generated")])

m("en-neg-autoreply-ooo", "en", [], "Rachel Evans <rachel.evans@gmail.com>",
  "Out of office: The winter letter",
  """Thanks for your email. I'm travelling until 6 January with limited access to email. I'll reply when I'm back.

Rachel
""", hdrs=[("Auto-Submitted", "auto-replied")])

m("en-neg-autoreply-nhs", "en", [], "Megan Clarke <megan.clarke@nhs.net>",
  "Automatic reply: Your booking is confirmed",
  """I am on annual leave until Monday 16 June. For urgent matters please contact the ward office.

This email and any attachments are confidential. If you have received it in error, please delete it and notify the sender.
""", hdrs=[("Auto-Submitted", "auto-replied")])

m("en-neg-bounce-gmail", "en", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to chris.doyle.old@hotmail.com because the address couldn't be found, or is unable to receive mail.
""", kind="bounce", failed="chris.doyle.old@hotmail.com", orig_subject="Your course access")

m("en-neg-phishing-gdpr", "en", [], "GDPR Compliance Office <compliance@eu-gdpr-registry.org>",
  "Final notice: register your business in the EU GDPR Data Controller Registry",
  """Dear business owner,

Our records show that Floraison de Soi is not yet registered in the EU GDPR Data Controller Registry. Registration is mandatory. Failure to register within 7 days may result in fines of up to €20 million.

Register now for €189.

EU GDPR Registry Services
""", shape="html")

m("en-neg-spam-seo", "en", [], "Ryan <ryan.seo.expert@gmail.com>",
  "Quick question about floraisondesoi.fr",
  """Hi there,

I was checking your website and noticed some issues that stop you ranking on Google. I can fix them for a small fee. Also your cookie banner is not GDPR compliant - I can correct it.

Reply "YES" to get a free audit.
If you don't want to hear from me again, just reply "remove".
""")

m("en-neg-coach-peer", "en", [], "Joanna Bright <joanna@brightcoaching.co.uk>",
  "GDPR and session notes - how do you handle it?",
  """Hi Sandra,

Lovely to meet you at the ICF online meetup. I'm updating my privacy notice and wondered how you handle clients who ask for a copy of their session notes. Do you hand over your raw notes or a summary? And how long do you keep them?

Best,
Joanna
""")

m("en-neg-student-question", "en", [], "Aoife Murphy <aoife.murphy@gmail.com>",
  "Module 6 question - erasure requests",
  """Hi Sandra,

Quick question from the international cohort: if a client of mine asks me to delete their data but still owes me money, can I keep their details until they pay? And do I have to delete my handwritten notes too?

Thanks!
Aoife
""")

m("en-neg-student-consent-form", "en", [], "Liam Walsh <liam.walsh.coach@gmail.com>",
  "Consent form for recordings",
  """Hi Sandra,

For my own coaching practice, I'd like to record sessions for supervision. Would you share the consent wording you use, and how you deal with clients who withdraw consent later?

Cheers,
Liam
""")

m("en-neg-client-other-company", "en", [], "Rachel Evans <rachel.evans@gmail.com>",
  "The gym saga",
  """Hi Sandra,

Just to update you on what we discussed last session: I finally sent my gym a request to delete all my data and stop the marketing calls. They replied within a day! Feeling proud of myself for setting that boundary. 

See you Tuesday,
Rachel
""")

m("en-neg-client-bank-leak", "en", [], "Daniel O'Connor <d.oconnor@protonmail.com>",
  "Sorry, delay",
  """Hi Sandra,

Sorry I missed the call - my bank had a data breach and I spent the afternoon changing passwords and asking them for a copy of what was leaked. Could we reschedule to Friday?

Daniel
""")

m("en-neg-client-fwd-linkedin", "en", [], "Michael Brandt <michael.brandt@gmx.de>",
  "Fwd: Your LinkedIn data archive is ready",
  """Sandra - this is the export I mentioned, for the career exercise. Can we look at my old profile together next week?
Michael
""", fwd=("gmail_en", "LinkedIn <security-noreply@linkedin.com>", "Mon, 7 Apr 2025 at 09:15",
  "Your LinkedIn data archive is ready", "michael.brandt@gmx.de",
  """Your LinkedIn data archive is ready to download. It includes your profile, connections and messages."""))

m("en-neg-relative-husband", "en", [], "Mark Holloway <mark.holloway@icloud.com>",
  "My wife's sessions",
  """Hello Sandra,

My wife Jenny has been seeing you for coaching. I'm worried about her and would like to know what she's been discussing with you. Could you send me a summary of your notes?

Mark Holloway
""")
# NEAR-LINE: husband asking about a living adult's data -> negative.

m("en-neg-relative-mother-remove", "en", [], "Patricia Kim <patricia.kim@gmail.com>",
  "Please remove my daughter",
  """Hi,

My daughter Sarah (she's 34) did your course. She's very busy and asked me to deal with her emails - please remove her from all your lists and delete her details.

Thanks,
Patricia Kim
""")
# NEAR-LINE: a mother acting for an adult daughter with no mandate shown -> relative about living adult, negative.

m("en-neg-cancel-booking", "en", [], "Ben Carter <ben.carter@gmail.com>",
  "Cancel Thursday",
  """Hi Sandra, I need to cancel Thursday's session - could you delete that slot and I'll rebook next week? Sorry for the short notice. Ben
""")

m("en-neg-duplicate-account", "en", [], "Lucy Armstrong <lucy.armstrong@gmail.com>",
  "Two accounts?",
  """Hi Sandra,

I seem to have two accounts on the course platform (I signed up once with lucy.a@work and once with this address). Could you remove the duplicate one and keep this one? My progress is on this one.

Thanks,
Lucy
""")
# NEAR-LINE: removing a duplicate account while keeping the main one -> housekeeping, negative.

m("en-neg-my-photos", "en", [], "Emma Whitfield <emma.whitfield@outlook.com>",
  "Retreat pictures!",
  """Hi Sandra!

Here's a link to the album with the photos I took at the retreat. Feel free to use any. I deleted the ones where people looked tired 😄

https://photos.app.goo.gl/xyz

Emma
""")

m("en-neg-wrong-file", "en", [], "Hannah Schultz <hannah.schultz@gmail.com>",
  "oops",
  """Hi Sandra, I accidentally uploaded my tax return to the homework folder instead of my worksheet. Could you delete it from the shared folder? Sorry! Hannah
""")

m("en-neg-password", "en", [], "Oliver Grant <oliver.grant@fastmail.com>",
  "Can't log in",
  """Hi, I can't access my account on the course platform - the password reset email never arrives. Could you help? Oliver
""")

m("en-neg-close-account", "en", [], "Steven Price <steven.price@gmail.com>",
  "Close my account",
  """Hi Sandra, I've finished the course, please close my account. Thanks for everything! Steven
""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative.

m("en-neg-cancel-subscription", "en", [], "Jonas Weber <jonas.weber@posteo.de>",
  "Cancel monthly membership",
  """Hello,

Please cancel my monthly membership from next month. The last payment should be in October.

Regards,
Jonas
""")

m("en-neg-thanks-after-access", "en", [], "Rachel Evans <rachel.evans@gmail.com>",
  "Re: Copy of my data",
  """Got it, thank you Sandra! That was quick.
Rachel
""", quote=("gmail_en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Wed, 12 Feb 2025 at 16:44",
  """Hi Rachel,
Please find attached a copy of all the data I hold about you, as you requested.
Sandra

> Could you send me a copy of all the personal data you hold about me?"""))

m("en-neg-how-rights-work", "en", [], "Sam Taylor <sam.taylor@gmail.com>",
  "Question before signing up",
  """Hello,

Before I sign up for the programme: if I decide later that I want my data deleted, is that something you can do, and how long would it take? Just want to understand how it works.

Thanks,
Sam
""")
# NEAR-LINE: question about how a right works -> negative.

m("en-neg-cnil-copy", "en", [], "Tobias Lindqvist <tobias.lindqvist@proton.me>",
  "Complaint lodged with CNIL",
  """Dear Ms Delomenie,

For your information, I have lodged a complaint with the CNIL regarding the handling of my earlier request. A copy is attached.

Tobias Lindqvist
""", att=[("CNIL_complaint_Lindqvist.pdf", "application/pdf")])
# NEAR-LINE: copy of a CNIL complaint -> negative per policy.

m("en-neg-sent-by-sandra", "en", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Your data export",
  """Dear Mark,

As requested, I've sent your intake questionnaires and worksheets to Fiona Byrne in CSV format. Please let me know if anything is missing.

Warm regards,
Sandra
""", to="Mark Sullivan <mark.sullivan@outlook.com>", reply=True)

m("en-neg-venue-uk", "en", [], "The Old Barn Retreats <bookings@oldbarnretreats.fr>",
  "Your group booking - guest list and dietary info",
  """Dear Sandra,

Ahead of the September retreat, please send us the names of your guests and any dietary requirements. For GDPR reasons we delete guest lists 30 days after departure.

Also, could you correct the arrival date on your form - it says 12th but the booking is for the 14th.

Kind regards,
Claire
The Old Barn Retreats
""")

m("en-neg-newsletter-ti", "en", [], "Coaching Today <newsletter@coachingtoday.com>",
  "This week: What your clients can ask you under GDPR",
  """This week in Coaching Today:
- Subject access requests: a checklist for coaches
- Can clients make you delete your notes?
- Testimonials and consent

Unsubscribe from this list | Update your preferences
""", shape="alt", hdrs=[("List-Unsubscribe", "<https://coachingtoday.com/u/88a1>"), ("List-Id", "Coaching Today <weekly.coachingtoday.com>"), ("Precedence", "list")])

m("en-neg-systemeio-en", "en", [], "Systeme.io <no-reply@systeme.io>",
  "A contact has been deleted",
  """Hello,

The contact rebecca.hall@gmail.com was deleted from your account on 14/05/2025 by user sandra.delomenie@orange.fr.

The Systeme.io team
""", hdrs=[("Auto-Submitted", "auto-generated")])

m("en-neg-client-objection-meeting", "en", [], "Isabel Moreno <isabel.moreno@company-eu.com>",
  "RE: Tripartite meeting",
  """Hi Sandra,

No objection from my side to moving the tripartite meeting to the 20th. HR would like a copy of the agenda beforehand - could you send it to both of us?

Best,
Isabel
""", quote=("outlook_en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Friday, October 3, 2025 9:40 AM",
  """Dear Isabel, would the 20th work instead of the 17th for our tripartite meeting? Sandra""",
  "Isabel Moreno <isabel.moreno@company-eu.com>", "Tripartite meeting"))

m("en-neg-testimonial-offer", "en", [], "Charlotte Hughes <charlotte.hughes@gmail.com>",
  "A few words for your website",
  """Hi Sandra,

You asked whether I'd write a testimonial - here it is! Feel free to edit it and use my first name and photo. Happy to help.

"Working with Sandra changed the way I see my career..."

Charlotte
""", att=[("charlotte_photo.jpg", "image/jpeg")])

m("en-neg-zoom-recording-deleted", "en", [], "Zoom <no-reply@zoom.us>",
  "Your cloud recordings will be deleted in 7 days",
  """Hi Sandra,

The following cloud recordings are scheduled to be moved to trash in 7 days:
- Workshop - Setting boundaries (Mar 4, 2025)
- Webinar - Saying no without guilt (Mar 18, 2025)

Download them now if you want to keep a copy.
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])

# Fixed calendar days for messages whose text implies a date (time of day still derived from the key).
DAYS = {
    "en-neg-stripe-payout": "2025-05-02",
    "en-neg-stripe-verify": "2025-06-10",
    "en-neg-zoom-gdpr-dpa": "2026-02-01",
    "en-neg-calendly-new-event": "2025-05-28",
    "en-neg-google-takeout": "2025-03-04",
    "en-neg-autoreply-ooo": "2026-01-11",
    "en-neg-autoreply-nhs": "2025-06-02",
    "en-neg-systemeio-en": "2025-05-14",
    "en-neg-zoom-recording-deleted": "2025-04-03",
    "en-neg-cnil-copy": "2025-06-20",
    "en-neg-sent-by-sandra": "2025-04-01",
    "en-neg-venue-uk": "2025-07-15",
}
for _r in R:
    if _r["key"] in DAYS:
        _r["day"] = DAYS[_r["key"]]
