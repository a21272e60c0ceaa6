# -*- coding: utf-8 -*-
"""English messages (b6): requests and negatives."""
from b6_common import M, SANDRA, CONTACT

LU = {"List-Unsubscribe": "<mailto:leave-8841@lists.example.com>, <https://lists.example.com/unsub/8841>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
AUTO = {"Auto-Submitted": "auto-generated"}

RECORDS = [
# ---------------- requests ----------------
M("en_late_payment_then_copy", "en", ["access"],
  "Gillian Hart <gillian.hart@btinternet.com>", "Re: Invoice for the May retreat",
  """Hi Sandra,

So sorry, the transfer bounced because my UK bank still has the old IBAN format for you. I've re-sent it this morning, £ converted to €410, so you should see it by Friday.

Unrelated, but while I have you: could you send me whatever you've kept on file about me? Intake form, session notes, the lot. I'm putting together my own journal of the last two years and would love to see it from your side.

Thanks ever so much,
Gill""",
  quote=dict(style="gmail", lang="en", text="""Hello Gill,
Just a gentle reminder that the invoice for the May retreat (€410) is still open.
Warmly,
Sandra""")),

M("en_vague_know_then_forget", "en", ["access", "erasure"],
  "Peter Cole <peter.cole@gmail.com>", "my details",
  """Hello,

I'd like to know what you have on me and then forget me. Thanks.

Peter Cole"""),

M("en_restriction_dispute_note", "en", ["restriction"],
  "Rachel Owens <rachel.owens@outlook.com>", "Session summary - not accurate",
  """Sandra,

The summary of session 6 says I "disclosed an eating disorder". That isn't what I said and it isn't true. I'd like you to stop using or sharing that summary (including with your supervisor) until we've talked it through and agreed what's accurate.

Rachel"""),
# NEAR-LINE: contests accuracy + pause -> restriction only (policy).

M("en_restriction_keep_for_insurer", "en", ["restriction"],
  "Martin Lowe <martin.lowe@icloud.com>", "Please don't delete my file",
  """Dear Sandra,

I know I said I wanted to close everything down after our last session. Change of plan: my insurer may need evidence of the coaching sessions for a claim. Please don't delete anything, but please don't use my details for anything else either - no newsletters, no follow-ups - until I tell you otherwise.

Kind regards,
Martin Lowe"""),

M("en_restriction_freeze_pending", "en", ["restriction"],
  "Anna Kowalski <anna.kowalski@gmail.com>", "freeze my data please",
  """Hi! Can you put my data on hold for now? I'm not sure yet whether I want it deleted, so don't erase anything but don't process it either. I'll get back to you in a couple of months. Anna"""),

M("en_restriction_assistant_access", "en", ["restriction"],
  "Deborah Finch <deborah.finch@yahoo.co.uk>", "Who sees my file",
  """Hello Sandra,

I don't want you to delete my file, but I'd be grateful if it could be locked away, so to speak: not passed to your assistant or your accountant beyond the invoices, not used for your stats or testimonials. Just stored, nothing more, until I decide whether to come back.

Best wishes,
Deborah"""),

M("en_restriction_wrong_payment_record", "en", ["restriction"],
  "Kevin O'Brien <kevin.obrien@eircom.net>", "Disputed charge",
  """Hi,

Your records show I owe for a second workshop that I never attended (I was in Dublin that weekend). I dispute that record. Until this is sorted please stop processing it - no reminders, nothing sent to a collection agency, no passing it on to Stripe.

Kevin O'Brien"""),
# NEAR-LINE: contests accuracy of a payment record and asks to pause -> restriction only.

M("en_restriction_ps_hold", "en", ["restriction"],
  "Helen Marsh <helen.marsh@gmail.com>", "Thursday",
  """Hi Sandra, confirming Thursday at 10 in person. I'll bring the workbook.

PS - about my earlier email asking you to delete everything: please hold off. Don't delete, but don't use it either until we talk on Thursday. My sister is a solicitor and says I may need the records.

Helen""", fmt="alt"),

M("en_restriction_accuracy_dob", "en", ["restriction"],
  "Olga Petrova <olga.petrova@gmx.de>", "Data accuracy",
  """Dear Ms Delomenie,

I believe the personal data you hold about me (age, employment situation) is no longer accurate, as several things have changed this year. Please restrict the processing of my data while you verify it with me. I will send the updated details once I have my new contract.

Regards,
Olga Petrova"""),
# NEAR-LINE: contests accuracy and asks restriction, gives no new values -> restriction only.

M("en_pm_son_mother", "en", ["post_mortem"],
  "Richard Bell <richard.bell@btinternet.com>", "My mother, Margaret Bell",
  """Dear Sandra,

I'm writing with sad news: my mother Margaret Bell passed away peacefully on 14 January. She loved your Thursday circles at Issoudun and talked about "the French coach" constantly.

As executor I'm closing down her accounts. Could you please remove her from your mailing list and online course, and let me know if you hold anything of hers we should have, such as letters or writing from the workshops?

With thanks,
Richard Bell""", date="2026-02-02 16:30"),

M("en_pm_executor_solicitor", "en", ["post_mortem"],
  "Harper & Lane Solicitors <probate@harperlane.co.uk>", "Estate of the late Mr John Ashby",
  """Dear Madam,

We act as solicitors for the executors of the estate of the late Mr John Ashby, formerly of Le Pont-Chrétien, who died on 2 August 2025. We enclose a copy of the death certificate and the grant of probate.

We should be grateful if you would confirm what personal data relating to the deceased you hold, provide copies to us, and thereafter delete it.

Yours faithfully,
Harper & Lane
This email is confidential and may be legally privileged.""",
  att=[("death_certificate_Ashby.pdf", "application/pdf"), ("grant_of_probate.pdf", "application/pdf")], fmt="html"),

M("en_pm_own_wishes", "en", ["post_mortem"],
  "Susan Clarke <susan.clarke@gmail.com>", "A slightly morbid request",
  """Hi Sandra,

After our session on legacy I went home and made a list of "loose ends". You're on it! If I die before you (ha), I would like everything you hold about me to be destroyed, and nothing handed to my family, please. My solicitor has a copy of this instruction too.

Love,
Sue"""),

M("en_pm_widow_recordings", "en", ["post_mortem"],
  "Linda Parker <linda.parker@hotmail.co.uk>", "Graham's recordings",
  """Dear Sandra,

Graham died last month. I know you recorded some of his sessions (he mentioned the guided relaxations you made specially for him). Would it be possible to have copies? It would mean so much to hear his voice.

Linda Parker""", fmt="alt"),

M("en_pm_daughter_unsubscribe", "en", ["post_mortem"],
  "Emma Walsh <emma.walsh@gmail.com>", "Please stop emails to Patricia Walsh",
  """Hello, my mum Patricia Walsh died in October. Please unsubscribe her and delete her account, the emails are upsetting my dad. Thank you. Emma"""),
# NEAR-LINE: relative after a death -> post_mortem only, whatever is asked.

M("en_pm_nephew_testimonial", "en", ["post_mortem"],
  "Daniel Murphy <dan.murphy@gmail.com>", "Aunt's testimonial on your site",
  """Hi,

My aunt Bridget Murphy passed away this spring. Her photo and testimonial are still on your website's home page. The family would prefer it taken down, please.

Daniel Murphy (nephew, executor)"""),

M("en_portability_new_coach", "en", ["portability"],
  "Claire Bennett <claire.bennett@gmail.com>", "Moving on - transfer of my notes",
  """Hi Sandra,

I'm moving back to Bristol in August and will continue with a coach there. Could you send my intake questionnaire, goals worksheet and progress tracker directly to her (jo@brightpath-coaching.co.uk) in an editable format (Word/Excel rather than scanned PDFs)?

Thank you for everything,
Claire"""),

M("en_portability_csv_course", "en", ["portability"],
  "Ahmed Siddiqui <ahmed.siddiqui@gmail.com>", "Export my course data",
  """Hello,

Before my Systeme.io access expires, please export my course progress, quiz answers and journaling entries in a machine-readable format (CSV or JSON). I want to import them into Notion.

Thanks,
Ahmed"""),

M("en_access_portability", "en", ["access", "portability"],
  "Sophie Laurent <sophie.laurent@bluewin.ch>", "Subject access + data export",
  """Dear Sandra,

I would like to (a) know what personal data of mine you process and for what purposes, and (b) receive the data I provided to you (forms, questionnaires, journal entries) in a structured, commonly used, machine-readable format.

Best regards,
Sophie Laurent
Lausanne""", fmt="qp"),

M("en_portability_ps", "en", ["portability"],
  "Jenny Moss <jenny.moss@gmail.com>", "Thank you!",
  """Sandra,

Just wanted to say the retreat was exactly what I needed. I've been doing the morning pages every day since!

Jenny x

P.S. Could you send me my wheel-of-life and values worksheets as the original spreadsheet files? I'd like to keep updating them in Google Sheets myself.""", fmt="alt"),

M("en_portab_erasure_after", "en", ["erasure", "portability"],
  "Tom Fletcher <tom.fletcher@protonmail.com>", "Data export then deletion",
  """Hello Sandra,

Please send me an export of my data (account, progress, answers) as a CSV, and once I confirm I've received it, delete everything you hold about me.

Regards,
Tom Fletcher"""),

M("en_access_what_you_hold", "en", ["access"],
  "Hannah Lewis <hannah.lewis@gmail.com>", "Quick question",
  """Hi Sandra, what info do you actually hold about me? Just want to see it all in one place. Cheers, Hannah"""),

M("en_access_source_shared", "en", ["access"],
  "Mark Jennings <mark.jennings@yahoo.com>", "Where did you get my email?",
  """Hi,

I've started getting your newsletter. I never signed up. Where did you get my address, and who else has it? I'd like an answer to both please.

Mark"""),

M("en_access_lawyer_mandate", "en", ["access"],
  "Alexandra Reid, Solicitor <a.reid@reidlegal.co.uk>", "Data subject access request on behalf of Mrs Fiona Grant",
  """Dear Ms Delomenie,

We act for Mrs Fiona Grant, who has authorised us (signed authority enclosed) to make a subject access request on her behalf under Article 15 GDPR.

Please provide copies of all personal data you hold relating to our client, including session notes, correspondence and any recordings, together with details of the recipients to whom the data have been disclosed.

Yours sincerely,
Alexandra Reid""", att=[("Signed_authority_Grant.pdf", "application/pdf")], fmt="html"),

M("en_access_rectify_name", "en", ["access", "rectification"],
  "Siobhan McCarthy <siobhan.mccarthy@gmail.com>", "My name is spelled wrong",
  """Hi Sandra,

Your emails and my certificate say "Siobahn" - it's Siobhan (h after the b). Could you fix that in your records and reissue the certificate?

Also, could you send me a copy of everything you hold about me so I can check nothing else is wrong?

Thanks!
Siobhan""", fmt="alt"),

M("en_erasure_simple", "en", ["erasure"],
  "Nigel Thompson <nigel.thompson@talktalk.net>", "Delete my data",
  """Please delete all the personal data you hold about me. I attended one taster session in 2023. Thank you. N. Thompson"""),

M("en_erasure_account_all", "en", ["erasure"],
  "Jessica Wong <jessica.wong@gmail.com>", "Account deletion",
  """Hi, please delete my account on your course platform along with all my data. I won't be continuing. Thanks, Jess"""),

M("en_erasure_minor_parent", "en", ["erasure"],
  "Paul Gray <paul.gray@gmail.com>", "My son's details",
  """Hello,

My son Oliver (16) signed up to your teen confidence workshop using his own email without asking us. We've decided he won't be attending. As his parent, I'm asking you to erase his registration details, his email address and phone number, and the questionnaire he filled in.

Paul Gray""", fmt="alt"),

M("en_erasure_objection_vague", "en", ["erasure", "objection"],
  "Barbara Knight <barbara.knight@aol.com>", "no more",
  """Dear Sandra, I'd rather not hear from you any more and I'd like you not to keep anything about me. No hard feelings. Barbara"""),

M("en_erasure_health_only", "en", ["erasure"],
  "Fiona Grant <fiona.grant@gmail.com>", "Health info",
  """Sandra,

When we started I told you about my medication and my hospital stay. We're finished now, so I'd like those health details erased from your notes. The invoices etc. can stay.

Fiona"""),

M("en_erasure_withdraw_testimonial", "en", ["erasure", "withdraw_consent"],
  "Caroline Hughes <caroline.hughes@gmail.com>", "Testimonial and my data",
  """Hi Sandra,

Please take my testimonial and photo off your website and Instagram, and delete all the data you have on me as well. I'm going through a difficult time and want a clean slate.

Thanks for understanding,
Caroline"""),

M("en_withdraw_video", "en", ["withdraw_consent"],
  "Natalie Brooks <natalie.brooks@gmail.com>", "Video testimonial",
  """Hi Sandra,

I've changed my mind about the video testimonial we filmed in June. I'm withdrawing my consent for it to be used anywhere - website, YouTube, the sales page. Hope that's ok!

Natalie"""),

M("en_withdraw_photo_ps", "en", ["withdraw_consent"],
  "Karen Doyle <karen.doyle@gmail.com>", "Booking for November",
  """Hello Sandra,

I'd like to book the 3-session pack for November, Tuesdays if possible. I'll pay by card through the link.

Karen

PS. The group photo from the summer retreat with me in it is still on your Facebook page - I'd prefer it removed now, if you don't mind.""", fmt="alt"),

M("en_withdraw_questionnaire_use", "en", ["withdraw_consent"],
  "Lucy Adams <lucy.adams@gmail.com>", "my survey answers",
  """Hi Sandra,

I ticked the box saying you could quote my questionnaire answers anonymously in your e-book. I'd like to withdraw that consent - they're too recognisable for people who know me.

Lucy"""),

M("en_withdraw_cookies", "en", ["withdraw_consent"],
  "James Porter <james.porter@gmail.com>", "Analytics consent",
  """Hello,

I accepted analytics cookies on floraisondesoi.fr and cannot find a way to change it. Please treat this email as withdrawal of my consent to Google Analytics tracking.

James Porter"""),

M("en_objection_marketing", "en", ["objection"],
  "Ian Fraser <ian.fraser@gmail.com>", "Marketing emails",
  """Hi, I'm happy to get reminders for sessions I've booked, but please stop sending me promotional emails and offers. Thanks, Ian"""),

M("en_objection_unsubscribe_plain", "en", ["objection"],
  "Margaret Hill <margaret.hill@btinternet.com>", "unsubscribe",
  """unsubscribe please - Margaret Hill

Sent from my iPad"""),

M("en_objection_profiling_ads", "en", ["objection"],
  "Ryan Cooper <ryan.cooper@gmail.com>", "Facebook ads",
  """Hi Sandra,

I keep getting targeted ads from you on Facebook and Instagram ever since I downloaded your free e-book. Please don't use my email for ad targeting or custom audiences.

Ryan"""),

M("en_objection_access_contact", "en", ["access", "objection"],
  "Derek Shaw <derek.shaw@outlook.com>", "Phone calls",
  """Sandra,

Someone from your office phoned me twice about your autumn programme. How did you get my mobile number and what else do you have on me? And please don't contact me again, by phone or otherwise.

Derek Shaw"""),

M("en_rectification_address", "en", ["rectification"],
  "Christopher Page <chris.page@gmail.com>", "Change of address",
  """Hello Sandra,

We've moved. Please update my address for invoices to:
La Petite Forge, 7 route de Brion, 36110 Levroux.
The old address in Vatan is no longer valid.

Thanks,
Chris""", date="2025-07-09 09:02"),

M("en_rectification_email_phone", "en", ["rectification"],
  "Julia Morgan <julia.morgan@proton.me>", "New contact details",
  """Hi Sandra,
New email (this one) and new mobile: +33 6 44 21 09 87. Please delete the old gmail address and the UK number from your contacts and use these from now on.
Julia""", fmt="b64"),

M("en_rectification_notes_wrong", "en", ["rectification"],
  "Andrew Wells <andrew.wells@gmail.com>", "Re: Session notes",
  """Thanks for these. One correction: I'm not "retired from teaching", I'm on a career break and going back in September. Could you amend that in your notes so it doesn't colour future sessions?

Andrew""",
  quote=dict(style="outlook", lang="en", text="""Hi Andrew,

Attached are the notes from our first two sessions, as promised.

Best,
Sandra""", subj="Session notes")),

M("en_rectif_objection_multi", "en", ["objection", "rectification"],
  "Patricia Moore <patricia.moore@gmail.com>", "Two things",
  """Hi Sandra,

1) My surname is now Moore (I've remarried) - please update your records.
2) Could you take me off the newsletter? I'll keep an eye on your website instead.

Thanks!
Patricia""", fmt="alt"),

M("en_access_then_erasure_long", "en", ["access", "erasure"],
  "Victoria Hale <victoria.hale@gmail.com>", "Following up after our last session",
  """Dear Sandra,

I hope you're well. It's been a few months since our last session, and I've been thinking a lot about the work we did. It was helpful in many ways, but it also brought up some things I wasn't ready for, and I've decided to step away from coaching for a while and work with a therapist instead.

Because of that, I'd like to tie things up properly. First, could you send me a copy of everything you've kept - the intake form, your session notes, the worksheets I completed and any emails with personal details? My therapist might find some of it useful and I'd like to read it myself.

Once I've got it, please delete all of it from your systems, including anything on Google Drive and the course platform.

Thank you for your time and care over the past year.

Warm regards,
Victoria""", fmt="alt"),

M("en_portability_access_know", "en", ["access", "portability"],
  "Oliver Grant <oliver.grant@gmail.com>", "My info",
  """Hi Sandra, can you tell me what you've got on file about me, and send me my worksheets as Excel files so I can use them with my new coach? Thanks! Oliver"""),

M("en_objection_stats", "en", ["objection"],
  "Rebecca Stone <rebecca.stone@gmail.com>", "Annual report",
  """Hello,

I noticed your annual "impact report" uses client data (age bands, profession, town). I object to my data being used for those statistics - please leave me out.

Rebecca"""),

# ---------------- negatives ----------------
M("en_neg_booking", "en", [],
  "Gillian Hart <gillian.hart@btinternet.com>", "Any space next week?",
  """Hi Sandra, do you have a slot next week? Wednesday or Thursday morning would be ideal. Gill"""),

M("en_neg_cancel_delete_slot", "en", [],
  "Ian Fraser <ian.fraser@gmail.com>", "Cancel Friday",
  """Hi Sandra, I have to cancel Friday - can you delete the booking? I'll rebook through Calendly. Sorry! Ian"""),

M("en_neg_password_reset", "en", [],
  "Ahmed Siddiqui <ahmed.siddiqui@gmail.com>", "Can't access my account",
  """Hello, I can't access my account on the course platform - the reset link expires before I can use it. Can you help? Ahmed"""),

M("en_neg_close_account_only", "en", [],
  "Jessica Wong <jessica.wong@gmail.com>", "Close my account",
  """Hi, please close my account, I've finished the course. Thanks! Jess"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative.

M("en_neg_how_does_deletion_work", "en", [],
  "Hannah Lewis <hannah.lewis@gmail.com>", "GDPR question",
  """Hi Sandra, before I sign up - how does it work if I later want my data deleted? Do you keep the invoices anyway? Just asking for now. Hannah"""),
# NEAR-LINE: question about how the right works -> negative.

M("en_neg_husband_wife_data", "en", [],
  "Geoffrey Bell <geoff.bell@btinternet.com>", "My wife's sessions",
  """Dear Sandra,

My wife Anne has been seeing you since the spring. I'm worried about her and would like to know what she's been discussing and to see your notes. I'm happy to pay for your time.

Geoffrey Bell"""),
# NEAR-LINE: spouse asking about another living adult -> negative.

M("en_neg_cnil_complaint_copy", "en", [],
  "Mark Jennings <mark.jennings@yahoo.com>", "FYI - complaint lodged with CNIL",
  """For your information, I have today lodged a complaint with the CNIL regarding unsolicited marketing emails from your business. The complaint text is below.

"Floraison de Soi sends newsletters to my address although I never subscribed. I asked where the address came from and received no answer."

Mark Jennings"""),

M("en_neg_thanks_above_request", "en", [],
  "Nigel Thompson <nigel.thompson@talktalk.net>", "Re: Delete my data",
  """Thank you, much appreciated.
N.T.""",
  quote=dict(style="gmail", lang="en", frm="Nigel Thompson <nigel.thompson@talktalk.net>", text="""Please delete all the personal data you hold about me. I attended one taster session in 2023. Thank you. N. Thompson""")),

M("en_neg_sandra_reply_export", "en", [],
  SANDRA, "Re: Export my course data",
  """Hi Ahmed,

Please find attached the CSV export of your course progress and journaling entries. Let me know if anything is missing.

Best wishes,
Sandra""", to="Ahmed Siddiqui <ahmed.siddiqui@gmail.com>",
  att=[("Ahmed_Siddiqui_export.csv", "text/csv", "module,completed,answer\n1,yes,...\n2,yes,...\n")],
  quote=dict(style="gmail", lang="en", frm="Ahmed Siddiqui <ahmed.siddiqui@gmail.com>", text="""Before my Systeme.io access expires, please export my course progress...""")),

M("en_neg_stripe_receipt", "en", [],
  "Stripe <receipts@stripe.com>", "Your receipt from Floraison de Soi #1842-0071",
  """Receipt from Floraison de Soi
Amount paid: €320.00
Date paid: 12 March 2026
Payment method: Visa - 4242

Summary: Coaching pack - 5 sessions

If you have any questions, contact Floraison de Soi at contact@floraisondesoi.fr.""",
  to="Karen Doyle <karen.doyle@gmail.com>", cc=CONTACT, hdrs=AUTO, fmt="html"),

M("en_neg_stripe_dispute", "en", [],
  "Stripe <notifications@stripe.com>", "A payment has been disputed",
  """A customer has disputed a €70.00 payment (Kevin O'Brien).

Reason: product_not_received
Respond by: 28 November 2025

Submit evidence from your Dashboard. If you don't respond, the dispute will be lost.""", hdrs=AUTO, fmt="alt"),

M("en_neg_zoom_recording", "en", [],
  "Zoom <no-reply@zoom.us>", "Cloud Recording - Full moon circle is now available",
  """Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Full moon circle (English group)
Share this recording with viewers: https://us06web.zoom.us/rec/share/xyz

Recordings are automatically deleted after 30 days according to your account settings.""", hdrs=AUTO, fmt="html"),

M("en_neg_calendly_reschedule", "en", [],
  "Calendly <notifications@calendly.com>", "Updated: Coaching session with Helen Marsh",
  """Hi Sandra,

Helen Marsh has rescheduled.
Former: Tuesday, 3 February 2026, 10:00
Updated: Thursday, 5 February 2026, 10:00 (Central European Time)

View event in Calendly""", hdrs=AUTO),

M("en_neg_google_workspace_dpa", "en", [],
  "Google Workspace <workspace-noreply@google.com>", "[Action advised] Update to the Cloud Data Processing Addendum",
  """Dear Administrator,

We're writing to let you know that we are updating the Cloud Data Processing Addendum. These changes reflect updates to our subprocessor list and the EU-U.S. Data Privacy Framework.

You can review and accept the updated terms in the Admin console.

You have received this mandatory service announcement to update you about important changes to your Google Workspace account.""", hdrs=AUTO, fmt="html"),

M("en_neg_calendly_privacy_update", "en", [],
  "Calendly <privacy@calendly.com>", "We're updating our Privacy Notice",
  """Hi there,

We're updating our Privacy Notice, effective 1 June 2025. Key changes include clearer information about how we use data to improve our services and your rights to access, correct and delete your data.

No action is needed.

Calendly, 115 E Main St, Buford, GA 30518""", hdrs=dict(LU, **AUTO), fmt="alt"),

M("en_neg_phishing_gdpr", "en", [],
  "EU Data Protection Compliance Office <notice@eu-gdpr-registry.org>", "FINAL NOTICE: GDPR registration required for floraisondesoi.fr",
  """FINAL NOTICE

Your business has not yet registered in the EU GDPR Data Controller Registry. Failure to register within 5 days may result in fines of up to EUR 20,000,000 or 4% of annual turnover.

Register now: https://eu-gdpr-registry.org/register?id=88413
Registration fee: EUR 289

Compliance Department""", fmt="html"),

M("en_neg_autoreply", "en", [],
  "Claire Bennett <claire.bennett@gmail.com>", "Automatic reply: Your worksheets",
  """Thank you for your email. I'm away until 28 August with no access to email. I'll reply when I'm back.

Claire""", hdrs={"Auto-Submitted": "auto-replied"}, reply=True),

M("en_neg_bounce", "en", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to peter.cole@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.""",
  kind="report", hdrs=AUTO,
  dsn="""Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 15 Sep 2025 09:44:10 -0700

Final-Recipient: rfc822; peter.cole@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: domain gmial.com not found""",
  orig=dict(frm="Floraison de Soi <contact@floraisondesoi.fr>", to="peter.cole@gmial.com",
            subj="Re: my details", date="Mon, 15 Sep 2025 18:44:05 +0200",
            text="Hello Peter,\n\nPlease find attached a copy of the data I hold about you.\n\nSandra\n"),
  to=CONTACT, date="2025-09-15 18:45"),

M("en_neg_newsletter_coaching", "en", [],
  "ICF Global <news@coachingfederation.org>", "This month in coaching: ethics & data protection",
  """Coaching World - monthly digest

- Ethics corner: handling client data and confidentiality
- How to respond when a client asks for their notes
- Upcoming webinar: Coaching across cultures

You are receiving this because you are an ICF member. Unsubscribe | Update preferences""",
  hdrs=LU, fmt="alt"),

M("en_neg_thanks_retreat", "en", [],
  "Jenny Moss <jenny.moss@gmail.com>", "Best weekend ever",
  """Sandra, I just wanted to say thank you again. I've deleted half the apps on my phone, unsubscribed from a dozen newsletters (not yours!) and I feel lighter already. See you in the spring! Jenny"""),

M("en_neg_invoice_copy", "en", [],
  "Christopher Page <chris.page@gmail.com>", "Invoice copy",
  """Hi Sandra, could you send me a copy of the March invoice? My accountant needs it for my French tax return. Thanks, Chris"""),
# NEAR-LINE: single invoice copy for accounting -> negative.

M("en_neg_consent_given_testimonial", "en", [],
  "Natalie Brooks <natalie.brooks@gmail.com>", "Re: Testimonial",
  """Yes of course, happy for you to use it with my first name and photo! Here it is:
"Sandra helped me find my voice again."
N x""",
  quote=dict(style="apple", lang="en", text="""Hi Natalie,
Would you be willing to share a few words about the retreat for my website?
Sandra""")),

M("en_neg_course_question_modify", "en", [],
  "Siobhan McCarthy <siobhan.mccarthy@gmail.com>", "Module 4 worksheet",
  """Hi Sandra, the module 4 worksheet won't let me edit or save my answers - is it meant to be printed? Also can I copy the meditation audio to my phone for offline use? Thanks!"""),

M("en_neg_pause_coaching", "en", [],
  "Martin Lowe <martin.lowe@icloud.com>", "Pausing for the summer",
  """Hi Sandra, can we pause my sessions over the summer? I'll be in the UK until September. The remaining two sessions can wait. Best, Martin"""),
# NEAR-LINE: pausing a service, not restricting processing -> negative.

M("en_neg_friend_referral", "en", [],
  "Karen Doyle <karen.doyle@gmail.com>", "A friend",
  """Hi Sandra, my friend Alison would love to join the English-speaking circle. Her email is alison.reed@gmail.com - could you send her the details? Karen"""),

M("en_neg_withdraw_from_workshop", "en", [],
  "Lucy Adams <lucy.adams@gmail.com>", "Withdrawing from the retreat",
  """Hi Sandra, I'm so sorry but I need to withdraw from the October retreat - my mother is unwell and I need to fly home. Is the deposit transferable to a later date? Lucy"""),

M("en_neg_unsubscribe_mentioned_feedback", "en", [],
  "Rebecca Stone <rebecca.stone@gmail.com>", "Newsletter feedback",
  """Hi Sandra,

Your newsletter is one of the few I haven't unsubscribed from - short, warm, useful. One suggestion: the "update your details" link at the bottom asks me to log in, which is a bit of a faff. Maybe worth looking at?

Rebecca"""),

M("en_neg_spam_lead_list", "en", [],
  "Data Leads Pro <sales@dataleadspro.net>", "Buy verified wellness customer emails (GDPR compliant!)",
  """Hi,

Grow your coaching business with our 100% GDPR compliant email lists: 45,000 verified wellness buyers in France.

Reply REMOVE to opt out.""", hdrs=LU),

M("en_neg_linkedin_message", "en", [],
  "LinkedIn <messages-noreply@linkedin.com>", "Tom sent you a message",
  """Tom Fletcher sent you a message:

"Hi Sandra, loved your post about setting boundaries. Do you run any sessions in English online?"

Reply on LinkedIn

This email was intended for Sandra Delomenie. Unsubscribe""", hdrs=dict(LU, **AUTO), fmt="html"),

M("en_neg_sister_about_sister", "en", [],
  "Emma Walsh <emma.walsh@gmail.com>", "My sister Kate",
  """Hello Sandra,

My sister Kate Walsh did your course last year. She's not in a good place at the moment and refuses to talk to us. Could you delete her from your list and tell me what she filled in on her intake form? It might help us understand.

Emma"""),
# NEAR-LINE: relative about another living adult -> negative.

M("en_neg_sandra_to_client_rectified", "en", [],
  SANDRA, "Re: My name is spelled wrong",
  """Hi Siobhan,

So sorry about that! I've corrected your name everywhere and attached the new certificate. The copy of your file follows in a separate email.

Warmly,
Sandra""", to="Siobhan McCarthy <siobhan.mccarthy@gmail.com>", att=[("Certificate_Siobhan_McCarthy.pdf", "application/pdf")]),

M("en_neg_payment_late_only", "en", [],
  "Kevin O'Brien <kevin.obrien@eircom.net>", "Payment",
  """Hi Sandra, apologies for the delay with the payment - I'll transfer it on Monday when my pension comes in. Kevin"""),

M("en_neg_question_data_health_form", "en", [],
  "Andrew Wells <andrew.wells@gmail.com>", "Intake form question",
  """Hi Sandra, before I fill in the intake form - who sees the health section, and is it stored on Google Drive? I'm fine either way, just want to know. Andrew"""),

M("en_neg_accountant_english", "en", [],
  "Sarah Nolan <sarah@nolanbookkeeping.fr>", "Q3 reconciliation",
  """Hi Sandra,

Could you send me the Stripe export for Q3 and correct the category of the two PayPal payments (they're workshop income, not sessions)? You can delete the duplicate invoice F2025-118.

Thanks,
Sarah""", fmt="alt"),

M("en_neg_systemeio_english", "en", [],
  "Systeme.io <no-reply@systeme.io>", "A contact has requested a password reset",
  """Hi Sandra,

The contact jessica.wong@gmail.com has requested a password reset for your course "Bloom - online programme".

No action is required.

The Systeme.io team""", hdrs=AUTO),

M("en_neg_venue_gdpr_form", "en", [],
  "The Old Mill Retreat <bookings@oldmill-retreat.fr>", "Guest list for your retreat",
  """Dear Sandra,

For the retreat on 14-16 May, please send us the list of guests with names, dietary requirements and emergency contacts by 1 May. We will delete the list after the stay, in line with our GDPR policy.

Kind regards,
Emily, The Old Mill""", fmt="alt"),
]
