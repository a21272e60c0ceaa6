# b14 records: English requests.
from b14_common import maker, S, C
R = []
m = maker(R)

m("en-acc-copy-all", "en", ["access"], "Rachel Evans <rachel.evans@gmail.com>",
  "Copy of my data",
  """Hi Sandra,

I did your online course in English last year (the international cohort). Could you send me a copy of all the personal data you hold about me, including anything stored on Systeme.io and Google Drive?

Thanks,
Rachel Evans
""")

m("en-acc-sar-formal", "en", ["access"], "Daniel O'Connor <d.oconnor@protonmail.com>",
  "Subject Access Request",
  """Dear Ms Delomenie,

Under Article 15 GDPR I am requesting access to the personal data you process about me, together with the purposes, the recipients to whom it has been disclosed, the retention period and the source of any data not collected from me.

I attach a copy of my passport for identification.

Kind regards,
Daniel O'Connor
""", att=[("passport_DOConnor.pdf", "application/pdf")])

m("en-acc-who-shared", "en", ["access"], "Emma Whitfield <emma.whitfield@outlook.com>",
  "Who has my details?",
  """Hello,

After your retreat in the Berry I started getting emails from a yoga studio in Bourges that was mentioned during the week. Can you tell me whether you passed my details on to anyone, and who?

Best,
Emma
""")

m("en-acc-notes", "en", ["access"], "Michael Brandt <michael.brandt@gmx.de>",
  "Re: Our last session",
  """Hi Sandra,

Thanks again for everything. Would you mind sending me the notes you took during our sessions? I'd like to have them for my own reflection.

Michael
""", quote=("gmail_en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Thu, 13 Mar 2025 at 19:20",
  """Dear Michael,
It was a pleasure to accompany you. Take care and keep me posted!
Sandra"""))

m("en-acc-html", "en", ["access"], "Priya Raman <priya.raman@gmail.com>",
  "What information do you keep about me?",
  """Hello Sandra,

I signed up for a free ebook and a webinar a while ago. I'd like to know exactly what information you keep about me and where you got my phone number from.

Regards,
Priya
""", shape="alt")

m("en-rect-surname", "en", ["rectification"], "Hannah Schultz <hannah.schultz@gmail.com>",
  "Name correction",
  """Hi,

My surname is spelled wrong on my course certificate and in my account: it's Schultz, not Schulz. Could you fix it and reissue the certificate?

Many thanks,
Hannah
""")

m("en-rect-email", "en", ["rectification"], "Oliver Grant <oliver.grant@fastmail.com>",
  "New email address",
  """Hello Sandra,

Please replace my old email (oliver.grant@btinternet.com) with this one for everything - the course platform and your messages. The old one will stop working next month.

Cheers,
Oliver
""")

m("en-rect-notes-wrong", "en", ["rectification"], "Sarah Kim <sarah.kim@gmail.com>",
  "Incorrect information in my file",
  """Hi Sandra,

In the summary you shared, it says I have two children. I actually have one - the second name mentioned is my niece. Please correct that in your notes.

Thank you,
Sarah
""")

m("en-rect-address", "en", ["rectification"], "James Holloway <james.holloway@icloud.com>",
  "Change of address",
  """Hi Sandra,
We've moved from Tours to La Châtre. New address: 4 rue des Rosiers, 36400 La Châtre. Please update your records (invoices especially).
James
Sent from my iPhone
""")

m("en-eraseall", "en", ["erasure"], "Laura Bennett <laura.bennett@yahoo.co.uk>",
  "Please delete my data",
  """Hello,

I no longer wish to be a client. Please delete all personal data you hold about me, including my course account, and confirm when it's done.

Laura Bennett
""")

m("en-erase-art17", "en", ["erasure"], "Tobias Lindqvist <tobias.lindqvist@proton.me>",
  "Erasure request (Art. 17 GDPR)",
  """Dear Sandra Delomenie,

I hereby request the erasure of my personal data under Article 17 GDPR, as it is no longer necessary for the purposes for which it was collected. This includes data held by your processors.

Sincerely,
Tobias Lindqvist
""", cte="quoted-printable")

m("en-erase-health", "en", ["erasure"], "Grace Mitchell <grace.mitchell@gmail.com>",
  "health questionnaire",
  """Hi Sandra,

I filled in the health questionnaire before our first session but in the end I didn't continue. I'd rather you didn't keep it. Could you please delete it along with my contact form details?

Thanks so much,
Grace
""")

m("en-erase-short", "en", ["erasure"], "Chris Doyle <chris.doyle@hotmail.com>",
  "remove me",
  """remove my account and all my info from your system please. thanks
""")

m("en-erase-outlook", "en", ["erasure"], "Megan Clarke <megan.clarke@nhs.net>",
  "RE: Your booking is confirmed",
  """Hi Sandra,

I've decided not to go ahead with coaching - sorry for the late notice. I've cancelled the session via Calendly. Could you also delete the intake form and anything else you have on me? I'd prefer no trace remained.

Kind regards,
Megan

**********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
**********************************************************************
""", quote=("outlook_en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Monday, June 2, 2025 10:02 AM",
  """Hi Megan, your discovery call is confirmed for Thursday 5 June at 6pm (Paris time). Sandra""",
  "Megan Clarke <megan.clarke@nhs.net>", "Your booking is confirmed"))
# NEAR-LINE: cancellation (negative) + deletion of intake form and all data (erasure) -> erasure.

m("en-restr-dispute", "en", ["restriction"], "Paul Henderson <paul.henderson@gmail.com>",
  "Hold my data",
  """Dear Sandra,

I dispute the accuracy of the attendance record you hold for me (I attended all six modules). Until this is sorted out, please restrict processing of that record: don't delete it, don't send it anywhere, just keep it.

Paul Henderson
""")

m("en-restr-keep-dont-use", "en", ["restriction"], "Anna Kowalski <anna.kowalski@wp.pl>",
  "Please don't use my file",
  """Hi Sandra,

I know I asked you earlier to delete my file, but I've changed my mind: my lawyer says I may need it. Please keep it, but don't use it for anything else while my case is ongoing.

Anna
""")

m("en-restr-pause", "en", ["restriction"], "Ben Carter <ben.carter@gmail.com>",
  "pause",
  """Hi Sandra, I'm taking a break from coaching for a few months. I'd like you to put my data on ice in the meantime - no deletion, but no use of it either until I come back. Is that OK?
Ben
""")

m("en-restr-360", "en", ["restriction"], "Isabel Moreno <isabel.moreno@company-eu.com>",
  "Feedback report - please freeze",
  """Hello Sandra,

I'm contesting two of the statements in the feedback report about me. Could you freeze it - not share it with HR or use it in the final debrief - until we've discussed it?

Isabel Moreno
""", shape="html")

m("en-port-csv", "en", ["portability"], "Lucy Armstrong <lucy.armstrong@gmail.com>",
  "Export",
  """Hi Sandra,

Could you export my course progress, journal entries and quiz answers into a CSV or similar so I can import them into Notion? 

Thanks!
Lucy
""")

m("en-port-transfer", "en", ["portability"], "Mark Sullivan <mark.sullivan@outlook.com>",
  "Transfer my file to my new coach",
  """Dear Sandra,

I'm moving to Dublin and will continue with a local coach, Fiona Byrne (fiona@byrnecoaching.ie). Please transmit the data I provided to you (intake questionnaires, goals, session worksheets) directly to her in a structured, machine-readable format.

Best regards,
Mark
""")

m("en-port-art20", "en", ["portability"], "Jonas Weber <jonas.weber@posteo.de>",
  "Data portability request",
  """Hello,

I'd like to exercise my right to data portability and receive the personal data I provided in a commonly used machine-readable format.

Regards,
Jonas Weber
""")

m("en-obj-newsletter", "en", ["objection"], "Karen White <karen.white@gmail.com>",
  "Re: Spring letter 🌸",
  """Please take me off your mailing list. Thank you.
""", quote=("gmail_en", "Floraison de Soi <contact@floraisondesoi.fr>", "Sun, 9 Mar 2025 at 07:00",
  """The spring letter 🌸
Hello Karen, this season we talk about renewal...
Unsubscribe | Manage preferences"""))

m("en-obj-marketing", "en", ["objection"], "Steven Price <steven.price@gmail.com>",
  "Stop marketing emails",
  """Hi,

I'm happy to stay a course member, but I object to receiving marketing emails and promotional offers. Please stop sending them.

Steven
""")

m("en-obj-contact", "en", ["objection"], "Natalie Brooks <natalie.brooks@icloud.com>",
  "Please stop contacting me",
  """Sandra,

I've been through a difficult period and being followed up about new programmes isn't helping. Please don't contact me anymore about offers or events.

Natalie
""")

m("en-obj-sms", "en", ["objection"], "Ian Fletcher <ian.fletcher@gmail.com>",
  "texts",
  """Hi, can you stop the promotional text messages please? I only want to hear from you for actual appointments. Ian
""")

m("en-wd-testimonial", "en", ["withdraw_consent"], "Charlotte Hughes <charlotte.hughes@gmail.com>",
  "My testimonial",
  """Hi Sandra,

I gave you permission to use my testimonial on your website a couple of years ago. I'm now withdrawing that permission - could you take it down, please?

Warmly,
Charlotte
""")

m("en-wd-photos", "en", ["withdraw_consent"], "Sophie Laurent-Price <sophie.lp@gmail.com>",
  "Retreat photos",
  """Hello Sandra,

I agreed to be photographed during the retreat, but I'm no longer comfortable with the photos being used for promotion. Please stop using any picture where I appear.

Sophie
""")

m("en-wd-recording", "en", ["withdraw_consent"], "Adam Novak <adam.novak@seznam.cz>",
  "Webinar recording",
  """Hi Sandra, I withdraw my consent to being included in the webinar recording from Tuesday. Could you cut my part or keep it out of the replay? Thanks, Adam
""")

m("en-wd-research", "en", ["withdraw_consent"], "Helen Foster <helen.foster@gmail.com>",
  "Questionnaire use",
  """Dear Sandra,

I consented to my questionnaire answers being used (anonymised) in your case study for the coaching federation. I'd like to withdraw that consent.

Best wishes,
Helen
""", shape="alt")

m("en-pm-son", "en", ["post_mortem"], "Edward Thompson <edward.thompson@gmail.com>",
  "My mother, Margaret Thompson",
  """Dear Sandra,

I'm writing to let you know that my mother, Margaret Thompson, passed away in January. She loved your workshops. Could you please close her online account and let me know what you hold for her? I'm the executor of her estate; I can send the death certificate.

With thanks,
Edward Thompson
""")

m("en-pm-wife-newsletter", "en", ["post_mortem"], "David Reynolds <david.reynolds@btinternet.com>",
  "Re: Winter letter",
  """Hello,

My wife Susan died last autumn. Please stop sending her these emails and remove her details.

David Reynolds
""", quote=("gmail_en", "Floraison de Soi <contact@floraisondesoi.fr>", "Sun, 11 Jan 2026 at 07:00",
  """The winter letter ❄️
Hello Susan..."""))

m("en-pm-own-instructions", "en", ["post_mortem"], "Margaret Ellis <margaret.ellis@gmail.com>",
  "My wishes about my data",
  """Dear Sandra,

As I prepare my will, I want to leave clear instructions: when I die, please delete everything you have about me and do not share my session notes with my family, including my children.

Kind regards,
Margaret Ellis
""")

m("en-pm-daughter-copy", "en", ["post_mortem"], "Amy Chen <amy.chen@gmail.com>",
  "Dad's workshop recordings",
  """Hi Sandra,

My father, Robert Chen, passed away last month. He took part in your online workshops and I believe some were recorded. Would it be possible to get a copy of any recordings or writings of his? It would mean a lot to us.

Amy Chen
""", att=[("death_certificate_RChen.pdf", "application/pdf")])

m("en-multi-acc-port", "en", ["access", "portability"], "Nina Petrova <nina.petrova@gmail.com>",
  "My data - copy and export",
  """Hello Sandra,

I'd like to know what personal data you hold about me, and I'd also like an export of my course data in a machine-readable format so I can move it to another platform.

Thanks,
Nina
""")

m("en-multi-erase-wd", "en", ["erasure", "withdraw_consent"], "Rebecca Hall <rebecca.hall@gmail.com>",
  "Remove testimonial and delete everything",
  """Hi Sandra,

Please take down my video testimonial - I withdraw my consent - and delete all the data you have on me.

Rebecca
""")

m("en-multi-obj-erase", "en", ["erasure", "objection"], "Tom Walsh <tom.walsh@gmail.com>",
  "unsubscribe + delete",
  """Unsubscribe me from the newsletter and delete my account and personal data. Thanks.
Tom Walsh
""")

m("en-multi-acc-rect", "en", ["access", "rectification"], "Fatima Rahman <fatima.rahman@gmail.com>",
  "Checking my details",
  """Hi Sandra,

Could you send me a copy of the information you hold about me? I also noticed my date of birth is wrong on my account (it should be 03/11/1990, not 11/03/1990) - please correct it.

Thanks,
Fatima
""")

m("en-multi-restr-acc", "en", ["access", "restriction"], "George Patel <george.patel@gmail.com>",
  "Dispute over my session records",
  """Dear Sandra,

I believe some of the notes shared with my employer are inaccurate. Please send me a full copy of everything you hold on me, and in the meantime stop using or sharing those notes.

George Patel
""")


# ---------------- additional multi-right ----------------
m("en-multi-rect-obj", "en", ["objection", "rectification"], "Claire Dawson <claire.dawson@outlook.com>",
  "Updated email - and no more promos",
  """Hi Sandra,

My old address claire.dawson@aol.com is closing; please replace it with this one in your records. I'd rather not receive your promotional emails any more though - appointment reminders only, please.

Thanks,
Claire
""")

m("en-multi-acc-erase-outlook", "en", ["access", "erasure"], "Robert Fischer <robert.fischer@fischer-consulting.de>",
  "RE: Your invoice INV-2025-112",
  """Dear Ms Delomenie,

Now that the engagement is closed and the invoice settled, please send me a copy of the personal data you hold about me and, once sent, erase it except for what you are legally required to keep.

Best regards,
Robert Fischer
Fischer Consulting GmbH
""", cte="base64", quote=("outlook_en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Tuesday, September 9, 2025 2:15 PM",
  """Dear Robert, please find attached the invoice for the coaching engagement. Kind regards, Sandra""",
  "Robert Fischer <robert.fischer@fischer-consulting.de>", "Your invoice INV-2025-112"))

# Fixed calendar days for messages whose text implies a date (time of day still derived from the key).
DAYS = {
    "en-pm-son": "2026-02-09",
    "en-acc-copy-all": "2025-02-05",
    "en-port-transfer": "2025-03-25",
    "en-erase-art17": "2025-05-10",
}
for _r in R:
    if _r["key"] in DAYS:
        _r["day"] = DAYS[_r["key"]]
