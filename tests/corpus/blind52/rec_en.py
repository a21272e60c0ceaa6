# -*- coding: utf-8 -*-
"""English messages (requests and negatives)."""
from common import R

R("en-access-formal", "Subject Access Request under Article 15 GDPR",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide a copy of all personal data you hold about me, the purposes of processing, the recipients, the retention period and the source of the data where it was not collected from me.

I attended your online workshop "Confidence at work" in 2024.

Kind regards,
Rachel Hughes""", ["access"], "Rachel Hughes <rachel.hughes@btinternet.com>")

R("en-access-casual", "quick one",
"""Hi Sandra, hope you're well! Could you send me whatever info you've got on file about me? Just curious what's stored. Cheers, Tom""",
["access"], "Tom Whitaker <tom.whitaker@gmail.com>")

R("en-access-nonnative", "Request for my data",
"""Hello Madam,

I was participant of your training in Issoudun in last september (I am the german colleague from the Châteauroux plant). Please can you tell me which personal datas you have saved from me and to whom you gave them? My company is asking me things I did not tell them.

Best regards
Jürgen Hoffmann""", ["access"], "Jürgen Hoffmann <j.hoffmann@web.de>")

R("en-access-session-notes", "Session notes",
"""Dear Sandra,

Would it be possible to get a copy of the notes from our sessions last spring? I'm starting therapy and it would help to show my therapist what we worked on.

Thanks so much,
Olivia""", ["access"], "Olivia Bennett <olivia.bennett@outlook.com>")

R("en-access-source", "Where did you get my email?",
"""Hi,

I keep receiving your French newsletter and I've never signed up for anything. Where did you get my address from? What else do you have on me?

Dan""", ["access"], "Daniel Price <dprice@yahoo.com>")

R("en-access-form", "New contact form submission",
"""Name: Priya Raman
Email: priya.raman@gmail.com
Subject: Data request

Message:
Hello, please send me a copy of my personal data and the answers I gave in the intake questionnaire. Thank you.""",
["access"], "Floraison de Soi <wordpress@floraisondesoi.fr>", replyto="Priya Raman <priya.raman@gmail.com>")

R("en-erasure-formal", "Request for erasure – Article 17 GDPR",
"""Dear Sir or Madam,

Pursuant to Article 17 of the General Data Protection Regulation, I request that you erase all personal data relating to me without undue delay, and confirm in writing once this has been done.

Yours faithfully,
Graham Wallace""", ["erasure"], "Graham Wallace <graham.wallace@wallace-partners.co.uk>")

R("en-erasure-polite", "Delete my details please",
"""Hi Sandra,
Would you mind deleting all my details from your records? I've moved back to Ireland and won't be doing any more sessions. Thanks for everything!
Aoife""", ["erasure"], "Aoife Byrne <aoife.byrne@gmail.com>")

R("en-erasure-oneliner", "remove me", """Please remove all my data from your systems. Thanks.""",
["erasure"], "K. Adams <kadams77@hotmail.com>")

R("en-erasure-account", "Account and data deletion",
"""Hello,

Please delete my member account and all the data associated with it (profile, course progress, messages). I no longer wish to use the platform.

Regards,
Marco Bianchi""", ["erasure"], "Marco Bianchi <marco.bianchi@libero.it>", html="alt")

R("en-erasure-buried", "Thank you, and one more thing",
"""Dear Sandra,

It's been a few months since our last coaching session and I wanted to let you know how things have gone. I did take the job in Lyon in the end, and although the first weeks were chaotic, I'm finding my feet. The tools you gave me for handling difficult conversations have come in handy more than once — especially with my new manager, who is... a character.

My partner and I have also finally found a flat near the Croix-Rousse, so life is slowly settling down. I've even started French lessons properly, so maybe next time I'll write to you in French!

One admin thing while I think of it: since I'm not planning more sessions, could you wipe my file and contact details from your records? I'd rather not leave data lying around.

Thanks again for everything — you really helped me through a tough year.

Warmly,
Hannah""", ["erasure"], "Hannah Clarke <hannah.clarke@icloud.com>", hdr={"X-Mailer": "Apple Mail (2.3774.600.62)"})

R("en-objection-unsub", "Unsubscribe", """Unsubscribe me from your mailing list please.""",
["objection"], "Steve Morgan <steve.morgan@gmail.com>")

R("en-objection-marketing", "Re: Your free webinar invitation",
"""Please stop sending me marketing emails. I attended one event, that doesn't mean I want promotions every week.""",
["objection"], "Laura Jensen <laura.jensen@outlook.com>",
quote=("en", "Hi Laura,\nJoin me on Thursday for a free webinar on stress management!\nSandra\n\nUnsubscribe: https://floraisondesoi.fr/newsletter/desinscription"))

R("en-objection-art21", "Objection to processing",
"""Dear Ms Delomenie,

I object under Article 21 GDPR to the processing of my personal data for direct marketing, including profiling related to such marketing. Please confirm that my data will no longer be processed for these purposes.

Regards,
Peter Lindqvist""", ["objection"], "Peter Lindqvist <peter.lindqvist@telia.se>")

R("en-objection-stats", "Feedback data",
"""Hi Sandra, I saw in the course evaluation form that responses are used for your annual statistics and quality report. I'd prefer mine not to be used for that, if that's OK. Best, Ana""",
["objection"], "Ana Sousa <ana.sousa@sapo.pt>")

R("en-rectif-name", "Spelling of my name",
"""Hello,
My name is spelled "Siobhan O'Neil" on the certificate and in your records, but it's "Siobhán O'Neill" (accent, double L). Could you please correct it?
Many thanks,
Siobhán""", ["rectification"], "Siobhán O'Neill <siobhan.oneill@eircom.net>")

R("en-rectif-email", "New email address",
"""Hi Sandra, I'm leaving my job so my work email (m.foster@kestrel-eng.com) will stop working. Please use michelle.foster@gmail.com from now on and remove the old one. Thanks! Michelle""",
["rectification"], "Michelle Foster <michelle.foster@gmail.com>")

R("en-rectif-wrong-note", "Correction to the report",
"""Dear Sandra,

The end-of-coaching report states that I "struggle with authority". That is not accurate and I don't recall saying it; what we discussed was a single conflict with one former manager. As this report was shared with my employer, I'd like it corrected on your file.

Best regards,
Samuel Okafor""", ["rectification"], "Samuel Okafor <samuel.okafor@outlook.com>")

R("en-restriction-dispute", "Please hold my data",
"""Hello,

I'm in a dispute with my former employer, who paid for the coaching programme. Please don't delete anything about me, but also don't use it or share it with anyone until this is resolved. I'll let you know when.

Thank you,
Elena Petrova""", ["restriction"], "Elena Petrova <elena.petrova@mail.ru>")

R("en-restriction-accuracy", "Inaccurate assessment",
"""Dear Ms Delomenie,

I contest the accuracy of the competency assessment recorded for me after the March training. Pending verification, I ask that you restrict processing of that assessment under Article 18 GDPR.

Sincerely,
Richard Evans""", ["restriction"], "Richard Evans <r.evans@evans-logistics.co.uk>")

R("en-portability-formal", "Data portability request",
"""Hello,

Under Article 20 GDPR I would like to receive the personal data I provided to you in a structured, commonly used and machine-readable format (CSV or JSON is fine).

Thanks,
Lukas Weber""", ["portability"], "Lukas Weber <lukas.weber@gmx.de>")

R("en-portability-transfer", "Transfer to my new coach",
"""Hi Sandra,

As discussed, I'll continue with a coach in Brussels. Could you send my intake questionnaire and session history directly to her in a format she can import? Her address is hello@claire-coaching.be.

Thanks a lot,
Isabel""", ["portability"], "Isabel Martins <isabel.martins@gmail.com>")

R("en-withdraw-testimonial", "My testimonial",
"""Hi Sandra, I'd like to withdraw my consent for the testimonial with my photo on your website. Could you take it down? No hard feelings, I just prefer more privacy now. Jess""",
["withdraw_consent"], "Jessica Hall <jess.hall@gmail.com>")

R("en-withdraw-recording", "Webinar recording",
"""Hello,

I agreed to be recorded during the Q&A of your webinar, but I've changed my mind. Please don't use or publish the part where I speak, and delete it.

Regards,
Mei Lin""", ["withdraw_consent"], "Mei Lin <mei.lin@outlook.com>")

R("en-withdraw-photo", "Photos on Instagram",
"""Hi! I signed the photo release at the workshop but I've reconsidered — please remove the pictures with me from Instagram and don't use them again. Thanks, Chloe""",
["withdraw_consent"], "Chloe Martin <chloe.martin@yahoo.co.uk>")

R("en-postmortem-son", "My father, Mr Henry Collins",
"""Dear Ms Delomenie,

I'm writing to let you know that my father, Henry Collins, passed away in January. He attended a few of your English-language workshops while living in the Indre. Could you please close his file and stop sending emails to his address? I'm his executor; the death certificate is attached.

With thanks,
James Collins""", ["post_mortem"], "James Collins <james.collins@gmail.com>",
att=[("pdf", "death_certificate_Collins.pdf", "Certificate of death - Henry COLLINS")])

R("en-postmortem-instructions", "Instructions for my data after my death",
"""Dear Sandra,

I'm putting my affairs in order. After my death, I'd like all notes from our sessions to be destroyed, and my daughter Emily (emily.ward@gmail.com) is the only person who may be told I was your client.

Thank you for your kindness,
Margaret Ward""", ["post_mortem"], "Margaret Ward <margaret.ward@btinternet.com>")

R("en-postmortem-widow", "My late husband's records",
"""Hello,

My husband Paul Schneider died last month. He spoke highly of your sessions. I would like to know what information you hold about him and receive a copy if possible.

Regards,
Anna Schneider""", ["post_mortem"], "Anna Schneider <anna.schneider@gmx.net>")

R("en-multi-access-erasure", "My data",
"""Hi,

Please send me a copy of all the data you hold about me and then delete everything. Confirm when done.

Thanks,
Nina Kowalski""", ["access", "erasure"], "Nina Kowalski <nina.kowalski@wp.pl>")

R("en-multi-port-access", "Data export",
"""Hello Sandra, what personal data do you keep about me? And could I get my questionnaire answers as a CSV so I can keep them? Thanks, Ben""",
["access", "portability"], "Ben Taylor <ben.taylor@gmail.com>")

R("en-multi-erasure-withdraw", "Remove my video and my data",
"""Dear Sandra,

Please take down the video testimonial I recorded for you last year and delete all my personal data. I don't want any trace left.

Best,
Grace Liu""", ["erasure", "withdraw_consent"], "Grace Liu <grace.liu@icloud.com>")

R("en-multi-objection-rectif", "Change of address + newsletter",
"""Hi, my new address is 9 Rue des Remparts, 36100 Issoudun (instead of the Vatan one). Also please take me off the newsletter. Thanks, Paul""",
["objection", "rectification"], "Paul Hendricks <paul.hendricks@gmail.com>")

R("en-multi-hr-portability", "Employee data transfer – training records",
"""Dear Ms Delomenie,

On behalf of and at the written request of our employee, Ms Sarah Dubois (authorisation attached), please transfer her training records and assessment results to our new LMS provider in CSV format, and restrict any other use of them until the transfer is complete.

Kind regards,
HR Department – Kestrel Engineering""", ["portability", "restriction"], "Kestrel HR <hr@kestrel-eng.com>",
att=[("pdf", "authorisation_SDubois.pdf", "I, Sarah Dubois, authorise Kestrel Engineering HR to request my training records")])
# NEAR-LINE: HR acting with the employee's written mandate -> request (portability + restriction).

R("en-multi-lawyer", "Data subject request on behalf of our client",
"""Dear Madam,

We act for Mr Daniel Roche (letter of authority enclosed). On his behalf we request (i) a copy of all personal data you hold on him and (ii) the rectification of his date of birth, recorded as 04/07/1981 instead of 07/04/1981.

Yours faithfully,
Harper & Lowe LLP""", ["access", "rectification"], "Harper & Lowe LLP <dataprotection@harperlowe.co.uk>",
att=[("pdf", "letter_of_authority_Roche.pdf", "Letter of authority - Daniel Roche authorises Harper & Lowe LLP")])

R("en-multi-objection-erasure", "Stop and delete",
"""Stop emailing me and delete my contact details. Thank you.""", ["erasure", "objection"],
"Mark Reynolds <mark.reynolds@aol.com>")

R("en-multi-withdraw-objection", "photos + emails",
"""hey sandra, could you take the group photo with me off facebook (i don't want it up anymore) and also stop sending me the promo emails. thx, Lily""",
["objection", "withdraw_consent"], "Lily Evans <lily.evans99@gmail.com>")

# ---- English negatives -----------------------------------------------------
R("en-neg-cancel", "Cancel my booking", """Hi Sandra, I need to cancel my session on Friday, something came up at work. Can we reschedule? Thanks, Amy""",
[], "Amy Carter <amy.carter@gmail.com>")

R("en-neg-password", "Can't log in",
"""Hello, I can't log into the member area, the password reset email never arrives. Could you help? Thanks, Robert""",
[], "Robert King <robert.king@outlook.com>")

R("en-neg-close-account", "Close my account", """Please close my account, I've finished the course. Thanks.""",
[], "Sophie Turner <sophie.turner@gmail.com>")
# NEAR-LINE: close account alone, no data mentioned -> negative.

R("en-neg-how-long", "Question about records",
"""Hi Sandra, before I sign up: how long do you keep session notes after the coaching ends? And can I ask for them to be deleted later? Just want to understand. Ellie""",
[], "Ellie Morris <ellie.morris@gmail.com>")

R("en-neg-partner-data", "My wife's sessions",
"""Hello, my wife Karen attended coaching with you. Could you tell me what she discussed about our marriage? I think I have a right to know. Regards, Neil""",
[], "Neil Barker <neil.barker@gmail.com>")
# NEAR-LINE: another living adult's data -> negative.

R("en-neg-thanks", "Re: Your data request",
"""Thanks Sandra, got the file, all good!""", [], "Tom Whitaker <tom.whitaker@gmail.com>",
quote=("en", """Hi Tom,

Please find attached the information I hold about you, as requested.

Best,
Sandra"""))

R("en-neg-ooo", "Automatic reply: Workshop materials",
"""Thank you for your email. I am out of the office until Monday 14th with no access to email. For urgent matters, please contact reception@kestrel-eng.com.

Kind regards,
Sarah""", [], "Sarah Dubois <s.dubois@kestrel-eng.com>",
hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"})

R("en-neg-ooo-gdpr", "Out of office",
"""I'm currently on annual leave and will respond on my return.

Privacy notice: Your email and any personal data it contains will be processed in accordance with GDPR. You have the right to access, rectify or erase your data and to object to processing; contact privacy@harperlowe.co.uk.""",
[], "Oliver Lowe <o.lowe@harperlowe.co.uk>", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

R("en-neg-consent-topic", "Training on consent for carers",
"""Hi Sandra,

Our care home group would like a half-day session for staff on consent and dignity in personal care. Is that something you could deliver in English for our international staff?

Best,
Fiona McLeod""", [], "Fiona McLeod <fiona.mcleod@careplus-group.com>")

R("en-neg-gdpr-training", "GDPR awareness session",
"""Hello, do you offer a short workshop on GDPR for small businesses, covering data subject rights and how to respond to requests? We're a team of 5. Thanks, Jonas""",
[], "Jonas Berg <jonas@berg-design.se>")

R("en-neg-invoice-copy", "Copy of invoice",
"""Hi, could you send me a copy of the invoice for the June workshop? Our finance team needs it for reimbursement. Thanks, Hugo""",
[], "Hugo Reed <hugo.reed@kestrel-eng.com>")

R("en-neg-access-room", "Access to the venue",
"""Hi Sandra, is the training room wheelchair accessible? My colleague uses a wheelchair and we want to make sure she can access the room and toilets. Thanks, Megan""",
[], "Megan Price <megan.price@gmail.com>")

R("en-neg-export-calendar", "Calendar export",
"""Hi, the calendar export link for the workshop dates gives a 404. Could you fix it or send me the dates? Cheers, Alex""",
[], "Alex Green <alex.green@proton.me>")

R("en-neg-delete-slot", "delete my slot", """hi, pls delete my 10am slot tomorrow, can't make it. sorry!! will rebook""",
[], "Jake Holmes <jake.holmes@gmail.com>")

R("en-neg-stripe-dispute", "A payment has been disputed",
"""A customer has disputed a payment of €90.00.

Reason: Unrecognised
You have until 12 May to respond with evidence.

View dispute in the Dashboard.

Stripe""", [], "Stripe <notifications@stripe.com>", html="alt")

R("en-neg-zoom-privacy", "Updates to Zoom's Privacy Statement",
"""We're updating our Privacy Statement and Data Processing Addendum effective next month. These updates clarify how we process personal data in connection with AI Companion features. No action is required.

Zoom Video Communications, Inc.""", [], "Zoom <no-reply@zoom.us>", html="only", hdr={"Precedence": "bulk"})

R("en-neg-phishing", "Your Microsoft 365 password expires today",
"""Dear user,

Your password for contact@floraisondesoi.fr expires today. Click below to keep your current password.

KEEP SAME PASSWORD

Microsoft Security Team""", [], "Microsoft 365 <no-reply@secure-m365-update.net>", html="only")

R("en-neg-spam-gdpr", "GDPR compliance audit – limited offer",
"""Hi there,

Our AI scan shows floraisondesoi.fr may be non-compliant with GDPR. Book a free 15-minute consultation and get 30% off our compliance package.

Best,
Compliance Team
Reply STOP to opt out""", [], "GDPR Shield <team@gdprshield-audits.io>")

R("en-neg-cnil-complaint-copy", "FW: Complaint submitted",
"""FYI — copy of the complaint I submitted to the CNIL today.

Dan""", [], "Daniel Price <dprice@yahoo.com>",
quote=("fwd_en", """Your complaint has been registered under reference 25-1187. The CNIL will examine it and may contact the organisation concerned.

CNIL – Commission nationale de l'informatique et des libertés""", "CNIL <ne-pas-repondre@cnil.fr>", "Complaint submitted"))

R("en-neg-consent-given", "Re: Photo permission",
"""Yes, of course, you can use the photo and my first name for your website. Happy to help! Kate""",
[], "Kate Wilson <kate.wilson@gmail.com>",
quote=("en", "Hi Kate,\nWould you be OK with me using the group photo from Saturday on my website?\nSandra"))

R("en-neg-company-training", "Training for our managers",
"""Dear Sandra,

We paid for the leadership training of three of our managers last month and were very pleased with the feedback. Could you send us a proposal for a second cohort in the autumn?

Best regards,
Claire Dupuis-Smith
L&D Manager, Kestrel Engineering France""", [], "Claire Dupuis-Smith <c.dupuis-smith@kestrel-eng.com>")

R("en-neg-object-meeting", "Re: Team session",
"""Hi Sandra, one of my team objects to doing the role-play exercise in front of the others. Could we do it in pairs instead? Thanks, Owen""",
[], "Owen Fletcher <owen.fletcher@kestrel-eng.com>",
quote=("outlook_en", "Hi Owen,\nHere's the plan for Thursday's team session.\nBest,\nSandra"))

R("en-neg-correct-doc", "Correction to the programme",
"""Hi Sandra, small thing: the programme PDF says the course runs 9–5 but the invitation says 9:30–5:30. Could you correct the document before we circulate it? Thanks, Rita""",
[], "Rita Gomes <rita.gomes@kestrel-eng.com>")

R("en-neg-sandra-sent", "Your personal data – confirmation",
"""Dear Mr Wallace,

Further to your request, I confirm that all personal data relating to you has been erased from my records, except invoices which I must keep for accounting purposes.

Kind regards,
Sandra Delomenie
Floraison de Soi""", [], "Sandra Delomenie <contact@floraisondesoi.fr>",
to="Graham Wallace <graham.wallace@wallace-partners.co.uk>")

R("en-neg-google-workspace", "Your Google Workspace invoice is available",
"""Your invoice for Google Workspace (floraisondesoi.fr) is available. Amount: €6.80. View invoice in the Admin console.""",
[], "Google Payments <payments-noreply@google.com>", html="alt")

R("en-neg-friend-news", "hello from Dublin",
"""Hi Sandra! Just wanted to say hi, we're back in Dublin and the kids are settling in. Miss our walks along the Théols! Let's have a video call soon. Love, Niamh""",
[], "Niamh Walsh <niamh.walsh@gmail.com>")

R("en-neg-sister-data", "My sister",
"""Hello, my sister Laura Jensen did a coaching programme with you. Can you confirm whether she's still a client and send me her contact address? We've lost touch. Thanks, Erik""",
[], "Erik Jensen <erik.jensen@gmail.com>")
# NEAR-LINE: asking about another living adult -> negative.

R("en-neg-consent-form-returned", "Signed consent form",
"""Hi Sandra, attached is the signed consent form for the recording of our sessions. See you Tuesday! Noah""",
[], "Noah Fischer <noah.fischer@gmail.com>",
att=[("pdf", "consent_form_signed.pdf", "Consent to recording - signed Noah Fischer")])

R("en-neg-right-question", "GDPR question",
"""Hi, am I entitled to ask for my data to be sent to another coach if I switch? Not planning to, just asking. Thanks, Lea""",
[], "Lea Hoffmann <lea.hoffmann@gmx.de>")
