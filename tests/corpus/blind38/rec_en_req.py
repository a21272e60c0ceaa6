"""English-language requests (records)."""
from recbase import R

SANDRA = "Floraison de Soi <contact@floraisondesoi.fr>"

NEWSLETTER_EN = """\
Hello everyone,

Our next English-friendly workshop "Finding your feet in France" takes
place on Saturday 7 June in Issoudun. Coffee and croissants included!

Warmly,
Sandra
Floraison de Soi
To stop receiving these emails, click here."""

# ---------------------------------------------------------------- access
R("en_acc_sar_formal", "en", ["access"],
  "Jonathan Whitaker <jon.whitaker@btinternet.com>",
  "Subject Access Request - Article 15 GDPR",
  """
Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the
General Data Protection Regulation. Please provide me with a copy of all
personal data you hold about me, together with the purposes of processing,
the recipients to whom it has been disclosed, the retention period and the
source of any data not collected from me.

I attended your coaching programme between March and July 2024.

I look forward to your response within one calendar month.

Yours sincerely,
Jonathan Whitaker
""", shape="alt", att=[("jpg", "passport_scan.jpg", None)])

R("en_acc_casual", "en", ["access"],
  "Becky Lawson <becky.lawson@gmail.com>",
  "quick one",
  """
Hi Sandra!

Hope the garden's surviving the heat. Quick one - could you send me
whatever info you've got on me? Just tidying up my digital life and
trying to see who has what.

Thanks a million,
Becky x
""")

R("en_acc_nonnative", "en", ["access"],
  "Andrzej Kowalski <andrzej.kowalski@wp.pl>",
  "question about my data",
  """
Hello,

I want know which data you are having about me and from where you take my
email address. I did not give it I think. Please send me answer.

Best regards
Andrzej Kowalski
""")

R("en_acc_hr_employee", "en", ["access"],
  "Priya Raman <priya.raman.home@gmail.com>",
  "What was shared with my employer?",
  """
Hi Sandra,

I took part in the leadership training you delivered for Altamira Systems
in Orléans. Writing from my personal address on purpose.

Could you tell me what information about me was passed on to HR after the
programme (feedback forms, 360 results, attendance notes) and send me a
copy of anything you still hold about me?

Many thanks,
Priya
""")

R("en_acc_lawyer_mandate", "en", ["access"],
  "Harriet Cole <h.cole@colesolicitors.co.uk>",
  "Our client: Mr Daniel Price - data subject access request",
  """
Dear Madam,

We act for Mr Daniel Price, who attended a corporate training course run by
you in October 2025. Please find attached his signed letter of authority.

On behalf of our client, we request a copy of all personal data you hold
about him under Article 15 GDPR.

Yours faithfully,
Harriet Cole
Cole & Partners Solicitors, Bristol
This email is confidential and may be legally privileged.
""", att=[("pdf", "Letter_of_authority_Price.pdf", "LETTER OF AUTHORITY - Daniel Price authorises Cole & Partners")])

# ---------------------------------------------------------------- rectification
R("en_rect_new_email", "en", ["rectification"],
  "Mark Jennings <mark.jennings.fr@gmail.com>",
  "New email address",
  """
Hi Sandra,

My old Hotmail address (markj1974@hotmail.com) is dead now - could you
replace it with this one, mark.jennings.fr@gmail.com, in your records?

Cheers,
Mark
""")

R("en_rect_name_spelling", "en", ["rectification"],
  "Siobhan O'Connell <siobhan.oconnell@eircom.net>",
  "Name on invoices",
  """
Hello,

Tiny thing but it bugs me: my name is spelled "Siobhane" on my invoices
and in the course platform. It's Siobhan, no e at the end. Could you fix
it in your system please?

Thanks,
Siobhan
""")

# NEAR-LINE: remove old UK number, new number given -> rectification only
R("en_rect_phone", "en", ["rectification"],
  "Graham Fletcher <graham.fletcher@orange.fr>",
  "Phone number",
  """
Hello Sandra,

We've switched to a French mobile at last. New number: +33 6 45 19 72 03.
Please remove the UK one (+44 7700 900123) from your file, it's no longer
in use.

Regards,
Graham
""")

# ---------------------------------------------------------------- erasure
R("en_era_formal_art17", "en", ["erasure"],
  "Eleanor Marsh <eleanor.marsh@outlook.com>",
  "Request for erasure under Article 17 GDPR",
  """
Dear Sir or Madam,

I hereby request the erasure of all personal data relating to me which you
process, pursuant to Article 17 of the GDPR. Please confirm in writing once
this has been done, and inform any third parties with whom my data has been
shared.

Yours faithfully,
Eleanor Marsh
""")

R("en_era_casual", "en", ["erasure"],
  "Tom Hargreaves <tomhargreaves@icloud.com>",
  "",
  """
Hi Sandra, please delete everything you have on me. No hard feelings,
just decluttering! Tom

Sent from my iPhone
""")

R("en_era_account_all", "en", ["erasure"],
  "Lucy Fairbanks <lucy.fairbanks@yahoo.co.uk>",
  "Delete my account",
  """
Hello,

Please delete my account on the course platform and all my data.

Lucy Fairbanks
""")

R("en_era_buried_long", "en", ["erasure"],
  "Claire Whitfield <claire.whitfield@gmail.com>",
  "Update from the Dordogne",
  """
Dear Sandra,

It's been ages! We finally sold the house in Issoudun and moved down to
Sarlat in the spring. The move was chaos - the removal van broke down near
Limoges and we spent a night in a Formule 1 with two cats and a very
confused dog - but we're settled now and the walnut trees are gorgeous.

I've been thinking about our sessions a lot. Some of what we worked on
around my father has finally settled, and I feel ready to close that
chapter properly. With that in mind, I'd be grateful if you could erase my
file and anything else you hold about me - notes, emails, the lot. It
feels like the right way to finish.

If you're ever down this way, there's a spare room and plenty of wine.

With love and thanks,
Claire
""")

R("en_era_parent_minor", "en", ["erasure"],
  "Rachel Goldberg <rachel.goldberg@gmail.com>",
  "My son Noah's data",
  """
Dear Ms Delomenie,

My son Noah (14) attended your teen confidence workshop in February. As his
mother, I'd like to ask you to delete all of his personal data - the
registration form, the questionnaire he filled in and any photos.

Kind regards,
Rachel Goldberg
""", shape="html")

# ---------------------------------------------------------------- restriction
R("en_res_contest_report", "en", ["restriction"],
  "Nigel Baxter <nigel.baxter@gmail.com>",
  "Feedback report - please hold",
  """
Hi Sandra,

I don't think the feedback report you wrote after the management course
is accurate - it says I "resisted most exercises", which isn't true. Until
we've sorted this out, please don't use it or send it to anyone, including
my manager.

Nigel
""")

R("en_res_keep_dont_use", "en", ["restriction"],
  "Amanda Price <amanda.price@protonmail.com>",
  "Please don't delete anything",
  """
Hello Sandra,

Please DON'T delete any of my data or our emails - my lawyer may need them
for an employment dispute. But in the meantime please don't use my details
for anything at all (no mailings, no follow-ups).

Thank you,
Amanda
""")

R("en_res_art18", "en", ["restriction"],
  "Dr. Samuel Okafor <s.okafor@doctors.org.uk>",
  "Restriction of processing - Article 18 GDPR",
  """
Dear Ms Delomenie,

I request that you restrict the processing of my personal data under
Article 18(1)(a) GDPR, as I contest the accuracy of the assessment notes
held about me. Please store the data but do not otherwise process it until
the matter is resolved.

Yours sincerely,
Samuel Okafor
""", shape="alt")

# ---------------------------------------------------------------- portability
R("en_port_json", "en", ["portability"],
  "Daniel Brooks <dan.brooks@fastmail.com>",
  "Export of my course data",
  """
Hi,

Could you export my course data (progress, quiz answers, journal entries)
in a machine-readable format - JSON or CSV is fine? I'm moving everything
into Notion.

Thanks,
Dan
""")

R("en_port_transfer_coach", "en", ["portability"],
  "Fiona MacLeod <fiona.macleod@gmail.com>",
  "Moving back to Edinburgh",
  """
Dear Sandra,

As you know we're moving back to Scotland in August. I'll continue coaching
with Helen Burns in Edinburgh (helen@burnscoaching.co.uk). Would you be able
to send my goal sheets and questionnaires directly to her in a digital
format she can use?

Thank you for everything,
Fiona
""")

R("en_port_art20", "en", ["portability"],
  "Kristof Nagy <kristof.nagy@gmail.com>",
  "Data portability request (Art. 20)",
  """
Hello,

According to Art. 20 GDPR I request to receive personal data I provided to
you in structured, commonly used and machine-readable format. Please send to
this address.

Regards,
Kristof Nagy
""")

# ---------------------------------------------------------------- objection
R("en_obj_unsub_reply", "en", ["objection"],
  "Pauline Hart <pauline.hart@sky.com>",
  "Re: Finding your feet in France - workshop 7 June",
  """
Unsubscribe please.
""", quote=dict(style="gmail_en", who=SANDRA, body=NEWSLETTER_EN), reply=True)

R("en_obj_marketing", "en", ["objection"],
  "Robert Hale <robert.hale@gmail.com>",
  "Marketing emails",
  """
Hi, please stop sending me marketing emails. I did one session years ago.
Thanks, Rob
""")

R("en_obj_art21", "en", ["objection"],
  "Margaret Ellis <margaret.ellis@talktalk.net>",
  "Objection to direct marketing",
  """
Dear Sir/Madam,

Under Article 21(2) GDPR, I object to the processing of my personal data for
direct marketing purposes, including the newsletter and SMS reminders
about promotions.

Margaret Ellis
""")

R("en_obj_subject_only", "en", ["objection"],
  "Jake Turner <jake.turner@me.com>",
  "Unsubscribe me from your mailing list",
  """
Sent from my iPhone
""")

# ---------------------------------------------------------------- withdraw consent
R("en_wc_testimonial", "en", ["withdraw_consent"],
  "Helen Curtis <helen.curtis@gmail.com>",
  "My testimonial",
  """
Hi Sandra,

Would you mind taking my testimonial down from your website? I'm starting a
new job and I'd rather not have it out there any more.

Thanks so much,
Helen
""")

R("en_wc_photo", "en", ["withdraw_consent"],
  "Oliver Grant <oliver.grant@outlook.com>",
  "Photo from the workshop",
  """
Hello Sandra,

I'm in the group photo from the expat workshop on your Instagram. I said yes
at the time but I've changed my mind - please remove it or crop me out.

Best,
Oliver
""", att=[("png", "Screenshot_instagram.png", None)])

R("en_wc_recording", "en", ["withdraw_consent"],
  "Maria Santos <maria.santos@gmail.com>",
  "zoom recording",
  """
Hi Sandra, I said ok for the recording of our group session to be used in
your online course. I'm not comfortable with it anymore, please don't use
the parts where I speak. Sorry!! Maria
""")

R("en_wc_questionnaire", "en", ["withdraw_consent"],
  "Ahmed Khalil <ahmed.khalil@gmail.com>",
  "Survey consent",
  """
Hello,

I agreed that my answers to the wellbeing survey could be used in your
research article. I withdraw this consent please.

Ahmed Khalil
""")

R("en_wc_formal", "en", ["withdraw_consent"],
  "Victoria Lamb <victoria.lamb@btinternet.com>",
  "Withdrawal of consent - Article 7(3) GDPR",
  """
Dear Ms Delomenie,

I hereby withdraw the consent I gave on 2 March 2025 for the use of my name,
photograph and written testimonial in your marketing materials.

Yours sincerely,
Victoria Lamb
""")

# ---------------------------------------------------------------- post mortem
R("en_pm_widow", "en", ["post_mortem"],
  "Janet Morrison <janet.morrison@orange.fr>",
  "My husband Peter Morrison",
  """
Dear Sandra,

I'm sorry to have to tell you that Peter died in November. He valued your
sessions so much during his first year here.

Emails from your newsletter still arrive in his inbox. Could you please
remove him from everything and delete his details?

With best wishes,
Janet Morrison
""")

R("en_pm_own_instructions", "en", ["post_mortem"],
  "Geoffrey Baines <geoffrey.baines@gmail.com>",
  "Instructions for my data when I die",
  """
Dear Sandra,

I've been putting my affairs in order. When I die, I would like all my
personal data held by Floraison de Soi to be deleted, except that my
daughter Emma (emma.baines@gmail.com) may receive a copy of my session
notes if she asks. Please keep this email on file.

Kind regards,
Geoffrey Baines
""")

R("en_pm_executor", "en", ["post_mortem"],
  "Stephen Blake <s.blake@blakeprobate.co.uk>",
  "Estate of the late Mrs Audrey Whitmore",
  """
Dear Madam,

We are the executors of the estate of the late Mrs Audrey Whitmore of
Saint-Aignan, who died on 21 August 2025. We enclose a copy of the death
certificate.

Please let us know whether you hold any personal data or accounts in her
name and close any subscriptions.

Yours faithfully,
Stephen Blake
Blake Probate Services
""", shape="alt", cc="Probate Team <probate@blakeprobate.co.uk>", att=[("pdf", "death_certificate_Whitmore.pdf", "ACTE DE DECES - WHITMORE Audrey - copie")])

# NEAR-LINE: son after death asks closure + copy of her journal -> post_mortem only
R("en_pm_son", "en", ["post_mortem"],
  "Chris Dalton <chris.dalton@gmail.com>",
  "Mum's account",
  """
Hi,

My mum, Linda Dalton, passed away last month. She had an account on your
online course and her card is still being charged every month. Can you
shut it all down and send me whatever she had on there? She'd have wanted
me to have her journal entries.

Chris
""")

# ---------------------------------------------------------------- multi-right
R("en_multi_copy_then_delete", "en", ["access", "erasure"],
  "Sarah Pennington <sarah.pennington@gmail.com>",
  "My data",
  """
Hi Sandra,

Could you send me a copy of all the data you hold on me, and then delete it
all? Thank you!

Sarah
""")

R("en_multi_export_and_see", "en", ["access", "portability"],
  "Ben Carter <ben.carter@proton.me>",
  "Data request",
  """
Hello,

I'd like to know what personal data you hold about me, and I'd also like
a machine-readable export (CSV/JSON) of the data I provided so I can move
it to another provider.

Ben Carter
""", shape="alt")

R("en_multi_testimonial_delete", "en", ["erasure", "withdraw_consent"],
  "Natalie Moore <natalie.moore@gmail.com>",
  "Please remove me",
  """
Hi Sandra,

Please take down my testimonial and photo, and delete all my details from
your files. Thank you for understanding.

Natalie
""")

R("en_multi_unsub_delete", "en", ["erasure", "objection"],
  "Gary Simmons <gary.simmons@hotmail.co.uk>",
  "stop emails",
  """
take me off your mailing list and delete my data thanks
""")

# NEAR-LINE: correct the report + don't send until fixed -> rectification + restriction
R("en_multi_correct_hold", "en", ["rectification", "restriction"],
  "Imogen Taylor <imogen.taylor@gmail.com>",
  "Report error",
  """
Hi Sandra,

The coaching summary you sent to my company says I manage a team of 12 -
it's 4, and I'm not a director. Please correct it, and don't send it to
anyone until it's fixed.

Imogen
""")

R("en_multi_shared_object", "en", ["access", "objection"],
  "Paul Whitman <paul.whitman@gmail.com>",
  "Who did you give my email to?",
  """
Hello,

I've started getting emails from a "wellbeing partner" of yours. Who have you
shared my email address with? And I object to my details being used for
marketing by you or anyone else.

Paul Whitman
""")

R("en_multi_name_unsub", "en", ["objection", "rectification"],
  "Deborah Kline <deborah.kline@gmail.com>",
  "Two things",
  """
Hi - my surname is Kline not Klein (you've got it wrong in your system), and
please take me off the newsletter. Thanks, Deb
""")
