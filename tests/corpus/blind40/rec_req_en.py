"""English requests (native and non-native), all rights + multi-right."""
from recbase import *

RECORDS = [

# ------------------------------------------------------------------ access
R("en.uk.access-sar-formal", ["access"],
  "Rebecca Holloway <rebecca.holloway@btinternet.com>",
  "Subject Access Request",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. I attended your
online course "Find Your Spark" (English edition) between March and June 2025.

Please provide me with a copy of all personal data you hold about me, together with the
purposes of processing, the recipients or categories of recipients, the retention period
and the source of the data where it was not collected from me.

I have attached a copy of my passport photo page for identification.

Yours sincerely,
Rebecca Holloway
Flat 3, 21 Marlborough Road
Bristol BS6 5NT
""",
  att=[("jpg", "passport_scan.jpg")]),

R("en.us.access-what-do-you-have", ["access"],
  "Jenna Kowalski <jenna.kowalski@gmail.com>",
  "quick question re: my info",
  """Hi Sandra!

Hope all is well in France :) Quick one - could you let me know what info you have stored
about me from the coaching package last year? Just doing some digital housekeeping.

Thanks a bunch,
Jenna
"""),

R("en.nn.access-german-shared", ["access"],
  "Katrin Obermeier <katrin.obermeier@web.de>",
  "Request about my data",
  """Dear Mrs. Delomenie,

I took part in your workshop in Issoudun during my holidays in August. Now I get e-mails
from a company I do not know which speaks about coaching. I would like to know to whom you
have given my data, and which data of me you have saved.

With kind regards
Katrin Obermeier
München
"""),

R("en.uk.access-buried-chatty", ["access"],
  "Fiona MacLeod <fiona.macleod@outlook.com>",
  "Long overdue catch-up!",
  """Hello lovely,

I've been meaning to write for ages. We finally moved into the new house in Perth (Scotland,
not Australia, sadly), the garden is a jungle and I love it. The dog has eaten two pairs of
my shoes and one of Ewan's, so at least he's fair.

Work is still work, but I've kept up with the morning pages you suggested, most days
anyway. It really did change something for me.

Oh, while I think of it - I'm applying for a role in a regulated sector and they've asked
me to be careful about what's out there about me. Would you be able to send me a copy of
whatever you've got on file for me (session notes, forms, emails, that sort of thing)? No
rush at all, and I'm sure it's all perfectly fine, I'd just like to know.

Hope the workshops are going brilliantly. Let me know if you ever do one in English again,
I'd come over for it!

Love,
Fiona
"""),

# ------------------------------------------------------------------ rectification
R("en.us.rectif-new-email", ["rectification"],
  "Mike Donnelly <mike.donnelly@fastmail.com>",
  "Updated email",
  """Hi Sandra,

Please swap my old address (mdonnelly@aol.com) for this one: mike.donnelly@fastmail.com.
The AOL one is going away.

Thanks,
Mike
"""),

R("en.nn.rectif-dutch-surname", ["rectification"],
  "Annelies van der Berg <annelies.vdberg@ziggo.nl>",
  "Wrong name on certificate",
  """Hello Sandra,

Thank you for the certificate of the training. There is a mistake in my surname, it is
"van den Berg", not "van der Berg". Can you please correct this in your system and send me
a new certificate? I need it for my employer.

Kind regards,
Annelies van den Berg
""",
  headers=[("X-Mailer", "Microsoft Outlook 16.0")]),

# NEAR-LINE: old number replaced by a new one, given -> rectification only.
R("en.uk.rectif-reply-phone", ["rectification"],
  "Tom Ashworth <tom.ashworth@ashworth-consulting.co.uk>",
  "RE: Your session reminder",
  """Hi Sandra,

Thanks for the reminder. Can you update my mobile number please - it's now +44 7700 900412
(the old 07700 900981 is my old work phone which I've handed back).

Cheers,
Tom

Tom Ashworth | Director
Ashworth Consulting Ltd | 14 King Street, Leeds LS1 2HL
Registered in England & Wales No. 09876543

""" + DISC_EN + "\n" + outlook_en("Floraison de Soi <contact@floraisondesoi.fr>", "13 October 2025 09:00",
                                     "Tom Ashworth", "Your session reminder",
                                     """Hi Tom,

Just a reminder of your coaching session on Thursday at 5pm (French time) on Zoom.

Sandra"""),
  date="2025-10-13", reply=True, shape="alt", html_style="outlook", logo=True),

# ------------------------------------------------------------------ erasure
R("en.us.erasure-delete-all", ["erasure"],
  "Carlos Mendez <carlos.mendez@yahoo.com>",
  "Delete my data",
  """Please delete my account and all my data. Thank you.
"""),

R("en.uk.erasure-right-to-be-forgotten", ["erasure"],
  "Helen Pritchard <h.pritchard@nhs-trust-example.nhs.uk>",
  "Right to erasure request",
  """Dear Sandra,

I would like to exercise my right to erasure under Article 17 of the UK/EU GDPR. Please
delete all personal data you hold about me, including any held by your processors (course
platform, mailing tool), except where you are legally required to keep it.

Please confirm once this has been done.

Kind regards,
Helen Pritchard
Clinical Nurse Specialist

This e-mail and any attachments are intended solely for the addressee. If you have received
it in error please notify the sender and delete it. NHS e-mail is monitored for security.
"""),

R("en.nn.erasure-spanish-polite", ["erasure"],
  "Lucía Fernández <lucia.fernandez@telefonica-ejemplo.es>",
  "my personal data",
  """Hello Sandra,

I hope you are fine. I did the coaching with you two years ago when I lived in Tours. Now I
am back in Madrid and I don't need anymore the account. Could you please erase all my
personal information from your files? Thank you very much for everything.

Un abrazo,
Lucía
"""),

# NEAR-LINE: 'wipe everything you have on me' above a quoted platform reminder -> erasure.
R("en.au.erasure-reply-above-course", ["erasure"],
  "Kylie Brennan <kylie.brennan@bigpond.com>",
  "Re: Your access to \"Find Your Spark\" expires in 7 days",
  """No worries about the access expiring - actually can you just wipe everything you have on
me while you're at it? Cheers.
""" + gmail_en("Mon, 2 Feb 2026 at 08:00", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Hi Kylie,

Your access to the "Find Your Spark" programme expires in 7 days.
Download your workbook before then!

Sandra"""),
  date="2026-02-03", reply=True),

R("en.us.erasure-parent-teen", ["erasure"],
  "Dana Whitfield <dana.whitfield@icloud.com>",
  "My son's information",
  """Hello,

My son Ethan (16) took your online confidence workshop for teens during our stay in France.
As his parent, I'd like you to delete all of his information - his email, the worksheet he
filled in, everything you have on him.

Thank you,
Dana Whitfield
"""),

# ------------------------------------------------------------------ restriction
R("en.uk.restrict-dispute-accuracy", ["restriction"],
  "Oliver Grant <oliver.grant@gmail.com>",
  "Inaccurate data - please stop using",
  """Hi Sandra,

The summary report you sent to my company's L&D department says I attended 4 sessions
when I attended 6. I dispute this. Until we've sorted it out, please don't use or share
that data any further.

Thanks,
Oliver
"""),

R("en.us.restrict-dont-delete-lawyer", ["restriction"],
  "Sarah Lindqvist <slindqvist@lindqvistlaw-example.com>",
  "Preservation request - client: Mark Delaney",
  """Dear Ms. Delomenie,

This firm represents Mr. Mark Delaney (signed authorization attached). Mr. Delaney is
involved in a legal dispute in which records of his coaching sessions with you may be
relevant.

We request that you do not delete any data relating to Mr. Delaney and that you restrict
its processing to storage only, pending resolution of the matter, in accordance with
Article 18 GDPR.

Sincerely,
Sarah Lindqvist
Lindqvist & Park LLP
"""
  + "\n" + DISC_EN + "\n",
  att=[("pdf", "Delaney_authorization.pdf", "AUTHORIZATION\nI, Mark Delaney, authorize Lindqvist & Park LLP to act on my behalf\nregarding my personal data held by Floraison de Soi.")]),

# NEAR-LINE: 'do not erase ... don't use my data for now' -> restriction only.
R("en.nn.restrict-italian-pause", ["restriction"],
  "Giulia Moretti <giulia.moretti@libero.it>",
  "please keep but not use",
  """Dear Sandra,

I am not sure if I continue the coaching next year. Please do not erase my file, but I
prefer that you don't use my data for now, no reminders, nothing, until I decide.
Is this possible?

Grazie mille,
Giulia
"""),

R("en.uk.restrict-freeze-while-checking", ["restriction"],
  "Priya Nair <priya.nair@protonmail.com>",
  "Freeze my data",
  """Hello,

I'd like you to freeze the processing of my personal data - keep it, but don't do anything
else with it - while I check some details about how it was collected.

Regards,
Priya Nair
"""),

# ------------------------------------------------------------------ portability
R("en.us.porta-machine-readable", ["portability"],
  "Ben Thornton <ben.thornton@gmail.com>",
  "Data export",
  """Hi,

Could you send me the data I provided (intake form, weekly check-ins, goal tracker) in a
machine-readable format like CSV or JSON? I'm moving everything into my own tracking app.

Thanks!
Ben
"""),

R("en.nn.porta-polish-new-coach", ["portability"],
  "Agnieszka Nowak <agnieszka.nowak@wp.pl>",
  "Transfer my file to new coach",
  """Hello Mrs Sandra,

I start with a new coach in Kraków. Can you please send my file (notes of sessions and
questionnaires) directly to her in a format she can use in her system? Her email is
m.wisniewska@coaching-example.pl.

Thank you and best regards,
Agnieszka
"""),

# NEAR-LINE: phrased as "is there a way to get ...", but it asks for the spreadsheet export -> portability.
R("en.uk.porta-workbook-export", ["portability"],
  "James Whitaker <james.whitaker@whitaker-hr-example.co.uk>",
  "Export of my workbook entries",
  """Hi Sandra,

Is there a way to get my workbook entries from the online programme as a spreadsheet
rather than the PDF summary? I'd like to import them into our company's development
platform.

Thanks,
James

James Whitaker
Head of People | Whitaker HR

""" + DISC_EN + "\n",
  shape="alt", html_style="outlook"),

# ------------------------------------------------------------------ objection
R("en.us.object-unsubscribe", ["objection"],
  "Laura Chen <laura.chen@hotmail.com>",
  "unsubscribe",
  "Please unsubscribe me from your mailing list.\n\n" + IPHONE_EN + "\n"),

R("en.uk.object-marketing-art21", ["objection"],
  "David Morgan <david.morgan@ntlworld.com>",
  "Objection to direct marketing",
  """Dear Sir or Madam,

I object to the processing of my personal data for direct marketing purposes under
Article 21(2) GDPR. Please stop sending me promotional emails and text messages.

Yours faithfully,
D. Morgan
"""),

R("en.nn.object-dutch-stop-mails", ["objection"],
  "Pieter de Vries <pieter.devries@kpnmail.nl>",
  "Re: Spring workshops in Issoudun 🌷",
  """Hello, please stop sending me this newsletter. Thank you.
Pieter
""" + gmail_en("Tue, 3 Mar 2026 at 07:30", "Floraison de Soi <contact@floraisondesoi.fr>",
  """Hello Pieter,

Spring is here! Our workshops in Issoudun are open for registration.
- 21 March: Setting boundaries
- 11 April: Writing yourself

To unsubscribe, click here."""),
  date="2026-03-04", reply=True, shape="alt", html_style="gmail"),

R("en.us.object-empty-body", ["objection"],
  "Tyler Brooks <tyler.brooks@gmail.com>",
  "Remove me from your email list",
  ""),

# ------------------------------------------------------------------ withdraw_consent
R("en.uk.withdraw-testimonial", ["withdraw_consent"],
  "Claire Fenwick <claire.fenwick@gmail.com>",
  "My testimonial",
  """Hi Sandra,

Would you mind taking my testimonial off your website? I was happy to give it at the time
but I'd rather it wasn't up there any more. Nothing personal!

Best,
Claire
"""),

R("en.us.withdraw-zoom-recording", ["withdraw_consent"],
  "Marcus Hill <marcus.hill@outlook.com>",
  "Recording of group session",
  """Hi Sandra,

I agreed to the group session on May 14 being recorded, but I'm withdrawing that consent.
Please don't use or share the recording where I appear - edit me out or delete it.

Thanks,
Marcus
"""),

R("en.nn.withdraw-photo-german", ["withdraw_consent"],
  "Matthias Vogel <matthias.vogel@gmx.de>",
  "Photo on your website",
  """Dear Sandra,

At the workshop I said it is ok to use my photo. Now I have seen it is on the homepage with
my name. I do not agree anymore, please remove it.

Best regards
Matthias
"""),

# ------------------------------------------------------------------ post_mortem
R("en.uk.postmortem-executor", ["post_mortem"],
  "Hargreaves & Co Solicitors <probate@hargreaves-solicitors-example.co.uk>",
  "Estate of the late Mrs Margaret Ellis",
  """Dear Ms Delomenie,

We act as executors of the estate of the late Mrs Margaret Ellis, who died on 14 August
2025. Our records show payments to Floraison de Soi via Stripe.

Please could you confirm what services Mrs Ellis had with you, cancel any recurring
payments, and close any account held in her name. A copy of the death certificate is
attached.

Yours sincerely,
Probate Department
Hargreaves & Co Solicitors
""",
  att=[("pdf", "Death_certificate_Ellis.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH\nMargaret Ann ELLIS - date of death 14 August 2025\nIssued for probate purposes")]),

# NEAR-LINE: heir asking to take the deceased off the list -> post_mortem only.
R("en.us.postmortem-son-newsletter", ["post_mortem"],
  "Daniel Reyes <daniel.reyes@gmail.com>",
  "My father passed away",
  """Hello,

My father, Robert Reyes, passed away last month. He was signed up for your newsletter and I
keep seeing it in his inbox, which I'm managing now. Could you please take him off your
list?

Thank you,
Daniel
"""),

# NEAR-LINE: own instructions for after her death -> post_mortem only.
R("en.uk.postmortem-own-wishes", ["post_mortem"],
  "Gillian Shaw <gillian.shaw@btopenworld.com>",
  "For your files - in case",
  """Dear Sandra,

I'm getting my affairs in order ahead of my operation next month. Nothing to worry about,
I hope, but I'd like it written down somewhere: should anything happen to me, please delete
everything you hold about me, and let my daughter Kate (kate.shaw@gmail.com) have a copy
of my journal entries from the programme if she asks.

Warmly,
Gillian
"""),

R("en.nn.postmortem-sister-access", ["post_mortem"],
  "Ingrid Johansson <ingrid.johansson@telia.se>",
  "My sister Anna",
  """Dear Sandra,

My sister Anna Johansson died in December. She told me many good things about your
coaching. Our family would like to know what she wrote in the online course, if it is
possible to have a copy of it. I can send the death certificate and proof I am her sister.

Best regards,
Ingrid
"""),

# ------------------------------------------------------------------ multi-right
R("en.us.multi-see-then-delete", ["access", "erasure"],
  "Nicole Foster <nicole.foster@gmail.com>",
  "Your records about me",
  """Hi Sandra,

Could you send me a copy of everything you have on me, and then delete it all? I'm wrapping
up a few things before moving abroad.

Thanks so much,
Nicole
"""),

# NEAR-LINE: wants to know/copy AND CSV for another tool -> access + portability.
R("en.nn.multi-copy-and-csv", ["access", "portability"],
  "Joost Vermeulen <joost.vermeulen@telenet.be>",
  "GDPR request",
  """Hello,

I would like to know which personal data you have of me, and get a copy. Also the data I
entered in the course platform I want to receive in CSV so I can move it to another tool.

Kind regards,
Joost Vermeulen
Gent
"""),

R("en.uk.multi-unsub-and-erase", ["erasure", "objection"],
  "Amanda Clarke <amanda.clarke@sky.com>",
  "Unsubscribe and delete",
  """Hello,

Please unsubscribe me from all marketing and delete my details from your database.

Amanda Clarke
"""),

R("en.us.multi-testimonial-and-erase-html", ["erasure", "withdraw_consent"],
  "Rachel Green-Ward <rachel.greenward@gmail.com>",
  "Removal request",
  """Hi Sandra,

I'd like to withdraw my consent for the video testimonial I recorded last year, and I'd
also like all of my personal data deleted from your systems.

Thank you for understanding,
Rachel
""",
  shape="html", html_style="gmail"),

R("en.uk.multi-correct-and-see", ["access", "rectification"],
  "Stuart Bell <stuart.bell@gmail.com>",
  "Data correction",
  """Hi Sandra,

My invoices show my old address (4 Mill Lane, York). The correct one is 27 Clifton Green,
York YO30 6LA - could you fix that? And could you also send me a summary of the personal
data you hold on me?

Thanks,
Stuart
"""),

R("en.nn.multi-freeze-and-no-marketing", ["objection", "restriction"],
  "Sofia Papadopoulos <sofia.papadopoulos@gmail.com>",
  "My data",
  """Hello Sandra,

I think some informations in my profile are wrong (my job title and company). Please do not
use my data until we check this together. And please no more marketing emails in any case.

Thank you,
Sofia
"""),

R("en.us.multi-transfer-then-delete", ["erasure", "portability"],
  "Kevin O'Brien <kevin.obrien@comcast.net>",
  "Moving on",
  """Hi Sandra,

I've started working with a coach closer to home. Could you export my intake form and
session history in a format she can import (CSV is fine) and send it to
jane@brightpath-coaching-example.com? After that, please delete my records on your side.

Thanks for everything,
Kevin
"""),
]
