# English messages that exercise one or more rights.
from common import R, C, O, SANDRA_C, SANDRA_O

RECORDS = [
R("en-access-uk-retiree", "Margaret Hollis <maggie.hollis@btinternet.com>",
  "My file",
  """Dear Sandra,

We met at the workshop in Issoudun while my husband and I were renovating the house near Levroux. Could you please send me a copy of whatever you keep about me? Forms, notes, that sort of thing.

Many thanks,
Margaret""", ["access"]),

R("en-access-sar-formal", "Daniel Okafor <d.okafor@gmail.com>",
  "Subject Access Request under Article 15 GDPR",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide:
1. a copy of all personal data you hold about me;
2. the purposes of processing and the recipients to whom it has been disclosed;
3. the retention period;
4. the source of any data not collected from me.

I attach a copy of my passport for identification.

Kind regards,
Daniel Okafor""", ["access"],
  att=[("pdf", "passport_Okafor.pdf", "PASSPORT - OKAFOR Daniel - United Kingdom of Great Britain")]),

R("en-access-nonnative-german", "Jürgen Weber <juergen.weber@web.de>",
  "Information about my data",
  """Hello Mrs Delomenie,

I was participant in your online seminar in January. I want to know which datas you have stored from me and to which companies you have given them. Please answer me in English or German, my French is not good.

Best regards
Jürgen Weber""", ["access"]),

R("en-access-who-shared", "Priya Raman <priya.raman@outlook.com>",
  "Who did you share my details with?",
  """Hi Sandra,

Since the retreat in October I've been getting calls from a wellness company I've never heard of. Did my details go to anyone? I'd like to know exactly who received them.

Thanks,
Priya""", ["access"]),

R("en-access-session-notes-us", "Jessica Moore <jess.moore@yahoo.com>",
  "Copy of my coaching notes",
  """Hey Sandra!

Hope all is well in France. I'd love a copy of the notes you took during our Zoom sessions last spring — I'm putting together a journal of that year and they'd really help.

xo Jess""", ["access"], mailer="iPhone Mail (21E236)"),

R("en-portability-csv", "Liam Gallagher <liam.gallagher@eircom.net>",
  "Export of my data",
  """Hi,

Could you send me my client data (contact info, session history, invoices) as a CSV or JSON file? I'm moving everything to a new practitioner who uses a different system.

Cheers,
Liam""", ["portability"]),

R("en-portability-direct-transfer", "Anna Kowalska <anna.kowalska@wp.pl>",
  "Transfer my data please",
  """Dear Sandra,

I start a new training programme in Warsaw. They ask me to transfer my records of hours and evaluations from your training directly to them in electronic format. Their email is office@szkolacoachingu.pl. I give you permission.

Thank you very much,
Anna Kowalska""", ["portability"]),

R("en-portability-and-access", "Ben Carter <ben.carter@icloud.com>",
  "data request",
  """Hello,

Two things please: tell me what information you have on file for me, and send the lot over in a machine-readable format so I can keep it myself.

Ben""", ["access", "portability"]),

R("en-rectification-name", "Siobhan O'Neill <siobhan.oneill@gmail.com>",
  "Spelling of my name",
  """Hi Sandra,

Just a small thing — my name is spelled Siobhan O'Neill, not "Shivon Oneil" as on my certificate and on your mailing list. Could you fix it?

Thanks so much,
Siobhan""", ["rectification"]),

R("en-rectification-phone", "Tom Fletcher <tom.fletcher@hotmail.co.uk>",
  "New number",
  """Hi Sandra, my old French mobile (06 71 22 45 19) is gone. Please use +44 7700 900123 from now on. Cheers, Tom""", ["rectification"]),

R("en-rectification-wrong-note", "Hannah Schulz <hannah.schulz@gmx.de>",
  "Correction in my file",
  """Dear Sandra,

In the summary you sent after our third session, it says I have two children. I have one daughter. Could you please correct this in your records?

Best wishes,
Hannah""", ["rectification"]),

R("en-erasure-simple", "Chloe Bennett <chloe.bennett@gmail.com>",
  "Please delete my data",
  """Hi,

I'd like you to delete all the personal information you hold about me. I'm no longer using your services.

Thanks,
Chloe Bennett""", ["erasure"]),

R("en-erasure-account-and-data", "Mark Davies <mark.davies@outlook.com>",
  "Delete my account and all my data",
  """Hello,

Please delete my account on your online course platform and all data linked to it. Confirmation by email would be appreciated.

Mark Davies""", ["erasure"]),

R("en-erasure-right-to-be-forgotten", "Olivia Grant <olivia.grant@protonmail.com>",
  "Right to be forgotten",
  """Dear Ms Delomenie,

Pursuant to Article 17 GDPR, I am requesting the erasure of all my personal data, including any copies held by your processors (Systeme.io, Google Drive, Stripe where not legally required).

Please confirm completion within one month.

Regards,
Olivia Grant""", ["erasure"], mailer="UA:Proton Mail"),

R("en-erasure-nonnative-spanish", "Lucía Fernández <lucia.fernandez@gmail.com>",
  "remove me",
  """Hello Sandra, I make the workshop in summer when I was au pair in Châteauroux. Now I go back to Spain and I prefer you remove all my informations from your computer. Thank you for everything!! Lucía""", ["erasure"]),

R("en-erasure-plus-unsub", "Ryan Mitchell <ryan.mitchell@gmail.com>",
  "Re: Floraison de Soi — Spring newsletter",
  """Please unsubscribe me and wipe my details from your list entirely.

Ryan""", ["erasure", "objection"],
  quote=dict(style="gmail", frm=SANDRA_C, subj="Floraison de Soi — Spring newsletter", text="""Hello everyone,

Spring is here! Our English-language online circle resumes on 25 March.

Warmly,
Sandra""")),

R("en-restriction-dispute", "Catherine Walsh <catherine.walsh@gmail.com>",
  "Please hold my data",
  """Dear Sandra,

My former employer paid for the coaching programme and we are now in a dispute. Please do not delete anything from my file, but also do not use it or share it with anyone, including them, until this is resolved.

Thank you,
Catherine Walsh""", ["restriction"]),

R("en-restriction-accuracy", "Ahmed Hassan <ahmed.hassan@hotmail.com>",
  "Inaccurate assessment",
  """Hello,

I disagree with several statements in the assessment report you wrote about me. Until we check them together, please stop using that report and don't pass it on.

Ahmed Hassan""", ["restriction"]),

R("en-objection-newsletter", "Emily Clarke <emily.clarke@yahoo.co.uk>",
  "Unsubscribe",
  """Please take me off your mailing list. Thank you.""", ["objection"]),

R("en-objection-sms", "Jake Turner <jake.turner@gmail.com>",
  "texts",
  """hi can u stop sending me the promo texts pls, i'm not in france anymore""", ["objection"]),

R("en-objection-profiling", "Sarah Lindqvist <sarah.lindqvist@telia.se>",
  "Tracking and targeting",
  """Hello,

I object to my browsing data and purchase history being used to tailor offers to me. Please exclude me from any such analysis.

Regards,
Sarah Lindqvist""", ["objection"]),

R("en-objection-apple-reply", "George Adams <george.adams@me.com>",
  "Re: New workshop dates",
  """I'd rather not receive these announcements any more. Please stop contacting me about workshops.

George""", ["objection"],
  quote=dict(style="apple", frm=SANDRA_C, subj="New workshop dates", text="""Dear George,

The new dates for the assertiveness workshop are now online.

Sandra""")),

R("en-withdraw-testimonial", "Rachel Green <rachel.green@gmail.com>",
  "My testimonial",
  """Hi Sandra,

I gave you permission to use my testimonial and photo on your website last year. I'd like to withdraw that now — please take them down when you can.

Thanks for understanding,
Rachel""", ["withdraw_consent"]),

R("en-withdraw-recording", "Marcus Johansson <marcus.johansson@gmail.com>",
  "Zoom replay",
  """Hello Sandra,

I agreed to be recorded during the online circle, but I've changed my mind. Please don't use the replay with me in it, or cut my part out.

Marcus""", ["withdraw_consent"]),

R("en-withdraw-health-consent", "Laura Bianchi <laura.bianchi@libero.it>",
  "Health information consent",
  """Dear Sandra,

When I signed the contract I agreed you could note health details. I withdraw this consent. Please do not use my health information anymore.

Kind regards,
Laura Bianchi""", ["withdraw_consent"]),

R("en-withdraw-and-erase", "Natalie Brooks <natalie.brooks@gmail.com>",
  "Video and my data",
  """Hi Sandra,

I no longer consent to the video of me being on your Facebook page. Also, please erase everything you have about me.

Natalie""", ["erasure", "withdraw_consent"]),

R("en-postmortem-son", "David Harrington <david.harrington@btinternet.com>",
  "My late mother, Elizabeth Harrington",
  """Dear Ms Delomenie,

I am writing to let you know that my mother, Elizabeth Harrington, passed away on 14 January. She attended your English-speaking circle for expats. I would be grateful if you could close her file and stop any mailings. I can provide the death certificate if needed.

Yours sincerely,
David Harrington""", ["post_mortem"],
  att=[("pdf", "death_certificate_Harrington.pdf", "Certified copy of an entry of death - Elizabeth HARRINGTON - 14 January 2026")]),

R("en-postmortem-own-instructions", "Walter Simmons <walter.simmons@gmail.com>",
  "Instructions for after I die",
  """Dear Sandra,

I'm 81 and putting my affairs in order. When I die, please delete everything you hold about me, except my poems from the writing workshop — please give those to my granddaughter, Amy Simmons (amy.simmons@gmail.com), if she asks.

With warm regards,
Walter""", ["post_mortem"]),

R("en-postmortem-executor", "Helen Price <helen.price@pricelaw.co.uk>",
  "Estate of Mr Peter Lowe (deceased)",
  """Dear Madam,

I act as executor of the estate of the late Mr Peter Lowe. Please let me know whether you hold any personal data or documents relating to him, and close any account in his name.

Yours faithfully,
Helen Price
Price & Co Solicitors""", ["post_mortem"], mailer="Microsoft Outlook 16.0"),

R("en-postmortem-wife-access", "Karen Mills <karen.mills@outlook.com>",
  "John's notes",
  """Hello Sandra,

My husband John passed away last month. He spoke very highly of your sessions. Would it be possible to have a copy of anything he wrote during them? It would mean so much to our family.

Karen""", ["post_mortem"]),

R("en-multi-access-rectify", "Paul Henderson <paul.henderson@gmail.com>",
  "Checking my record",
  """Hi Sandra,

Could you send me what you have on file for me? I suspect you still have my old address in Bath. It's now 12 Orchard Lane, Bristol BS8 1AA — please update it.

Paul""", ["access", "rectification"]),

R("en-multi-object-withdraw", "Sophie Turner-Blake <sophie.tb@gmail.com>",
  "A couple of things",
  """Hi Sandra,

Please stop the marketing emails, and I'm withdrawing my OK for the group photo from the retreat to be on Instagram.

Thanks!
Sophie""", ["objection", "withdraw_consent"]),

R("en-multi-erasure-portability", "Nils Andersen <nils.andersen@gmail.com>",
  "Before I leave",
  """Hello,

Please export my exercises and session history in a reusable file format, then delete everything on your side.

Regards,
Nils""", ["erasure", "portability"]),

R("en-multi-restrict-access-lawyer", "James Whitfield <j.whitfield@whitfield-legal.com>",
  "Our client Ms Sarah Keane - data request",
  """Dear Ms Delomenie,

We act for Ms Sarah Keane (authority enclosed). Our client requests a copy of all personal data you hold about her and asks that you restrict processing of that data pending resolution of her dispute with her former employer: please retain it but do not use or disclose it.

Yours faithfully,
James Whitfield
Whitfield Legal LLP""", ["access", "restriction"],
  att=[("pdf", "authority_Keane.pdf", "LETTER OF AUTHORITY - Sarah Keane authorises Whitfield Legal LLP")], mailer="Microsoft Outlook 16.0"),

R("en-multi-parent-minor", "Michelle Evans <michelle.evans@gmail.com>",
  "My daughter Ella's details",
  """Dear Sandra,

My daughter Ella (13) did your teen confidence course. Please send me a copy of what you hold on her, and after that delete it.

Best,
Michelle Evans""", ["access", "erasure"]),

R("en-portability-html", "Victor Lemaire <victor.lemaire@gmail.com>",
  "Data in a portable format",
  """Hi Sandra,

Could you send me my course progress and quiz results in a portable format (CSV is fine)? I'd like to import them into my learning record.

Thanks,
Victor""", ["portability"], html="alt"),
]
