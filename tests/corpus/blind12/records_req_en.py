# -*- coding: utf-8 -*-
"""English messages that DO exercise a right (labels non-empty)."""

SP = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SO = "Sandra Delomenie <sandra.delomenie@orange.fr>"

NL_EN = """Hello dear ones,

This month's letter is about slowing down: the autumn retreat in the Berry countryside,
a new online circle in English on Thursday evenings, and the replay of our last webinar.

- Online circle "Coming home to yourself" - Thursdays 7pm (Paris time)
- Autumn retreat, 24-26 October, near Issoudun

With warmth,
Sandra - Floraison de Soi

You are receiving this email because you subscribed to the Floraison de Soi letter.
Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe"""

RECORDS = [
dict(key="en_rather_not_keep_notes", lang="en", rights=["erasure"],
     frm="Rachel Holloway <rachel.holloway@gmail.com>",
     subj="After our last session",
     body="""Hi Sandra,

Thank you again for the last six months, it really helped.

One thing though - I'd rather you didn't keep my notes. I said a lot about my family that I wouldn't want written down anywhere long term. Would you be able to get rid of them, and the intake form too?

Warmly,
Rachel"""),

dict(key="en_stuff_back_in_file", lang="en", rights=["portability"],
     frm="Tom Whitaker <tom.whitaker@outlook.com>",
     subj="leaving the course platform",
     body="""Hey Sandra,

My login for the course runs out next week. Can I have my stuff back in a file? All my journal entries and worksheet answers - ideally something I can load into another app rather than 40 screenshots :)

Cheers,
Tom"""),

dict(key="en_where_got_address", lang="en", rights=["access"],
     frm="Graham Moss <g.moss@btinternet.com>",
     subj="Re: Online circle \"Coming home to yourself\"",
     body="""Hello,

I've never heard of you or your business. Where did you get my address?

Graham Moss""",
     quote=dict(style="gmail", who=SP, text=NL_EN)),

dict(key="en_dsar_formal", lang="en", rights=["access"],
     frm="Priya Natarajan <priya.natarajan@gmail.com>",
     subj="Subject Access Request",
     body="""Dear Ms Delomenie,

Under Article 15 of the GDPR, I am requesting a copy of all personal data you hold about me, together with the purposes of processing, the recipients to whom it has been disclosed, and how long you intend to keep it.

I attended your online programme in English between March and June 2024. A copy of my passport is attached for identification.

Kind regards,
Priya Natarajan""",
     att=["passport_PNatarajan.pdf"]),

dict(key="en_forget_me", lang="en", rights=["erasure"],
     frm="Lauren Kim <laurenkim.designs@gmail.com>",
     subj="please forget me",
     body="""hi, I'm closing all my old accounts. please delete everything you have about me - profile, emails, payment info, whatever. thanks!
lauren"""),

dict(key="en_unsubscribe_reply", lang="en", rights=["objection"],
     frm="Janet Fowler <janet.fowler@yahoo.co.uk>",
     subj="RE: Online circle \"Coming home to yourself\"",
     body="""Please unsubscribe me, the link doesn't work on my phone. Thank you.""",
     quote=dict(style="outlook", who=SP, text=NL_EN), shape="alt"),

dict(key="en_subject_only_remove_list", lang="en", rights=["objection"],
     frm="Mark Devlin <markdevlin@icloud.com>",
     subj="Remove me from your mailing list",
     body="""Sent from my iPhone"""),

dict(key="en_subject_only_deletion", lang="en", rights=["erasure"],
     frm="Olga Petrova <olga.petrova@gmx.de>",
     subj="Data deletion request - Olga Petrova (retreat May 2025)",
     body="""--
Olga Petrova
Berlin"""),

dict(key="en_rect_name_spelling", lang="en", rights=["rectification"],
     frm="Catherine O'Neill <catherine.oneill@gmail.com>",
     subj="Re: Your certificate of completion",
     body="""Thanks Sandra! Small thing: my name is Catherine with a C and O'Neill with an apostrophe, your records have "Katherine Oneill". Could you fix it in your system and reissue the certificate?

Catherine""",
     quote=dict(style="gmail", who=SP, text="""Dear Katherine,

Congratulations on completing the programme! Please find attached your certificate of completion.

Sandra""")),

dict(key="en_rect_new_email", lang="en", rights=["rectification"],
     frm="Ben Carter <ben.carter@fastmail.com>",
     subj="New email address",
     body="""Hi Sandra,

I've moved away from my old work address (b.carter@northwind-consulting.co.uk) since I left the company. Please use this one from now on and take the old one off your records.

Ben"""),

dict(key="en_restriction_dispute", lang="en", rights=["restriction"],
     frm="Daniel Ashworth <d.ashworth@ashworth-law.co.uk>",
     subj="Session summary - accuracy",
     body="""Dear Sandra,

I do not agree with parts of the written summary of our coaching sessions, in particular the description of my conflict with my business partner. Until we have resolved this, please restrict any use of that summary - do not share it or rely on it - but do not delete it either.

Regards,
Daniel Ashworth"""),

dict(key="en_restriction_keep_for_claim", lang="en", rights=["restriction"],
     frm="Fiona MacLeod <fiona.macleod@gmail.com>",
     subj="Please don't delete my file yet",
     body="""Hi Sandra,

I know you normally clear out old client files, but I'm in the middle of an insurance claim related to my burnout and my lawyer may need the records of our sessions. Could you keep them but not use them for anything else in the meantime?

Thanks so much,
Fiona"""),

dict(key="en_wc_testimonial", lang="en", rights=["withdraw_consent"],
     frm="Sarah Jennings <sarah.jennings@hotmail.com>",
     subj="My testimonial on your site",
     body="""Hi Sandra,

Would you mind taking down my testimonial from your website and Instagram? I'm starting a new job in HR and I'd prefer my name not to be linked to coaching about anxiety. I'm withdrawing my permission, nothing personal!

Sarah"""),

dict(key="en_wc_photo", lang="en", rights=["withdraw_consent"],
     frm="Hannah Brooks <hannah.brooks@gmail.com>",
     subj="photos from the retreat",
     body="""Hello,

I signed the photo release at the retreat but I've changed my mind. Please remove the pictures of me from the gallery and from Facebook.

Hannah Brooks"""),

dict(key="en_wc_recording", lang="en", rights=["withdraw_consent"],
     frm="Michael Osei <michael.osei@gmail.com>",
     subj="Recording of the group session",
     body="""Hi Sandra,

I agreed to the recording of Tuesday's group session being shared as a replay. Having watched it, I'm not comfortable with the part where I talk about my father. I'm withdrawing my consent for the recording - please don't share it with the group.

Michael"""),

dict(key="en_port_to_new_coach", lang="en", rights=["portability"],
     frm="Emma Lindqvist <emma.lindqvist@gmail.com>",
     subj="Transferring my file",
     body="""Dear Sandra,

I'm moving to Stockholm and will continue with a local coach, Anna Berg (anna@bergcoaching.se). Could you send her my intake questionnaire, assessments and session worksheets directly, in a standard format she can import?

Many thanks for everything,
Emma"""),

dict(key="en_port_json", lang="en", rights=["portability"],
     frm="Aaron Feld <aaron.feld@proton.me>",
     subj="Data portability request (Art. 20 GDPR)",
     body="""Hello,

Pursuant to Article 20 GDPR, please provide the personal data I have provided to you (account details, course progress, quiz answers, purchases) in a structured, commonly used and machine-readable format (JSON or CSV).

Best,
Aaron Feld"""),

dict(key="en_obj_analytics_stats", lang="en", rights=["objection"],
     frm="Lucy Harper <lucy.harper@gmail.com>",
     subj="Use of my data in your annual report",
     body="""Hi Sandra,

I noticed your end-of-year post with statistics about your clients' professions and ages. Given how few English-speaking clients you have, I feel identifiable. I object to my data being used for those statistics from now on.

Lucy"""),

dict(key="en_obj_stop_contacting", lang="en", rights=["objection"],
     frm="Peter Vance <peter.vance@vance-ltd.com>",
     subj="Stop contacting me",
     body="""This is the fourth follow-up email about your leadership programme. I am not interested and I'd like you to stop contacting me for promotional purposes.

Peter Vance
Managing Director, Vance Ltd

This email and any attachments are confidential and intended solely for the addressee.""",
     shape="html"),

dict(key="en_pm_son", lang="en", rights=["post_mortem"],
     frm="James Whitfield <james.whitfield@gmail.com>",
     subj="My mother, Margaret Whitfield",
     body="""Dear Sandra,

I'm writing to let you know that my mother, Margaret Whitfield, passed away in January. She spoke very fondly of your retreats.

As her son and executor, I'd be grateful if you could close her online account and delete her details. If there are any letters or writings of hers from the retreats, the family would love to have copies.

Kind regards,
James Whitfield""",
     att=["death_certificate_MWhitfield.pdf"]),

dict(key="en_pm_executor", lang="en", rights=["post_mortem"],
     frm="Harriet Cole <h.cole@cole-partners-solicitors.co.uk>",
     subj="Estate of the late Mr David Rowe",
     body="""Dear Madam,

We act for the executors of the estate of the late Mr David Rowe, who died on 3 September 2025. We understand Mr Rowe was a client of your coaching practice.

Please confirm whether you hold any personal data relating to Mr Rowe and any outstanding subscriptions or payments, and let us know how the executors can arrange for his records to be dealt with.

Yours faithfully,
Harriet Cole
Cole & Partners Solicitors""",
     att=["grant_of_probate_Rowe.pdf"]),

dict(key="en_pm_self_instructions", lang="en", rights=["post_mortem"],
     frm="Ruth Bennett <ruth.bennett@gmail.com>",
     subj="In case something happens to me",
     body="""Dear Sandra,

I'm putting my affairs in order (nothing dramatic, just being sensible at 78!). If I die, I would like everything you hold about me to be deleted and nothing to be passed on to my children. Please keep this message on file.

With love,
Ruth"""),

dict(key="en_pm_partner_testimonial", lang="en", rights=["post_mortem"],
     frm="Oliver Grant <oliver.grant@me.com>",
     subj="Claire's video on your website",
     body="""Hi Sandra,

My partner Claire died last month. Her video testimonial is still on your sales page. I think she'd have wanted it to stay, but I'd like to ask you to take it down for now, at least for a while. I hope you understand.

Oliver"""),

dict(key="en_multi_erasure_objection", lang="en", rights=["erasure", "objection"],
     frm="Nicola Bright <nicola.bright@gmail.com>",
     subj="Remove everything",
     body="""Hello,

Please delete all my details from your systems and stop sending me marketing emails and texts. I don't want to hear from Floraison de Soi again.

Nicola Bright"""),

dict(key="en_multi_access_rect", lang="en", rights=["access", "rectification"],
     frm="Andrew Sykes <andrew.sykes@gmail.com>",
     subj="What do you have on file?",
     body="""Hi Sandra,

Could you send me a copy of what you hold on me? I suspect some of it is out of date - for a start, my phone number is now +44 7700 900412, not the French one. Please update that.

Andrew"""),

dict(key="en_multi_access_port", lang="en", rights=["access", "portability"],
     frm="Sofia Martins <sofia.martins@gmail.com>",
     subj="My data",
     body="""Hi,

I'd like to know what personal data you have about me, and to receive the answers and journal entries I entered on the course platform as an export (CSV or similar) so I can import them elsewhere.

Thanks,
Sofia Martins"""),

dict(key="en_multi_erasure_wc", lang="en", rights=["erasure", "withdraw_consent"],
     frm="Georgia Hale <georgia.hale@outlook.com>",
     subj="Withdrawing my testimonial and deleting my account",
     body="""Dear Sandra,

I withdraw my consent for my testimonial and photo to be used on your website. I also ask that you delete my account and all the data you hold about me.

Georgia Hale"""),

dict(key="en_multi_restr_access", lang="en", rights=["access", "restriction"],
     frm="Victor Chen <victor.chen@gmail.com>",
     subj="Report shared with my employer?",
     body="""Hello Sandra,

My company paid for my coaching. I'd like to see exactly what was shared with them, and get a copy of my full file. Until I've read it, please don't send them anything further or use my file in any way.

Victor Chen"""),

dict(key="en_multi_obj_wc", lang="en", rights=["objection", "withdraw_consent"],
     frm="Abigail Turner <abigail.turner@gmail.com>",
     subj="Newsletter + my photo",
     body="""Hi Sandra, two things: please take me off the newsletter, and I no longer consent to you using the photo of me from the summer circle in your posts. Thank you!
Abi"""),

dict(key="en_condition_before_booking", lang="en", rights=["erasure"],
     frm="Laura Simmons <laura.simmons@gmail.com>",
     subj="Booking again?",
     body="""Hi Sandra,

I'd love to come back for a few sessions in spring, but only if my old health questionnaire from 2022 is deleted first. I was in a very different place then and I'd rather start fresh without it on file.

Let me know and I'll book.

Laura"""),

# NEAR-LINE: complaint tone, no imperative, but "I'd want those gone" asks for deletion.
dict(key="en_complaint_still_have_details", lang="en", rights=["erasure"],
     frm="Kevin Doyle <kevin.doyle@eircom.net>",
     subj="Why do you still have my details?",
     body="""Hi,

I did one workshop with you in 2019. Six years later I get an email from you addressed to me by name, with my old job title. Frankly that's unsettling. I never agreed to you keeping my details forever - I'd want those gone.

Kevin Doyle"""),

dict(key="en_parent_minor", lang="en", rights=["erasure"],
     frm="Melissa Grant <melissa.grant@gmail.com>",
     subj="My son's details - teen confidence workshop",
     body="""Hello Sandra,

My son Leo (14) attended your teen workshop during the Easter holidays. He won't be continuing and I'd like you to delete his registration form, questionnaire and our contact details.

Thank you,
Melissa Grant (mother)"""),

dict(key="en_obj_profiling_ads", lang="en", rights=["objection"],
     frm="Chris Ingram <chris.ingram@gmail.com>",
     subj="Facebook ads",
     body="""Hi,

Since signing up for your free webinar I've been followed around by your ads. Please don't use my email for ad targeting or custom audiences, and no more marketing.

Chris"""),

dict(key="en_access_who_shared", lang="en", rights=["access"],
     frm="Nadia Haddad <nadia.haddad@gmail.com>",
     subj="Who has my information?",
     body="""Hi Sandra,

After the retreat I got an email from the yoga teacher who co-led it, offering her private classes. I never gave her my address. Could you tell me who you've shared my details with?

Nadia""", shape="qp"),

dict(key="en_rect_wrong_note", lang="en", rights=["rectification"],
     frm="Isabel Reyes <isabel.reyes@gmail.com>",
     subj="Correction to my intake form",
     body="""Hi Sandra,

Looking at the copy of my intake form, you've written that I'm on antidepressants - I'm not, that was my sister I was talking about. Please correct that in my file.

Isabel"""),

dict(key="en_multi_port_erasure", lang="en", rights=["erasure", "portability"],
     frm="Jonas Weber <jonas.weber@posteo.de>",
     subj="Export then delete",
     body="""Hello Sandra,

Before I close my account on the course platform, please send me my data (progress, notes, answers) in a machine-readable format, then delete the account and the data.

Thanks,
Jonas""", shape="b64"),

dict(key="en_wc_questionnaire_research", lang="en", rights=["withdraw_consent"],
     frm="Helen Parker <helen.parker@gmail.com>",
     subj="Questionnaire answers for your book",
     body="""Dear Sandra,

Last year I ticked the box allowing you to use my questionnaire answers (anonymised) for your book project. I've thought about it and I'd like to withdraw that consent.

Best wishes,
Helen"""),

dict(key="en_multi_rect_restr", lang="en", rights=["rectification", "restriction"],
     frm="Marcus Bell <marcus.bell@gmail.com>",
     subj="Wrong information in my assessment",
     body="""Hi Sandra,

The assessment report lists me as having "left my previous role after a conflict" - that's inaccurate, my position was made redundant. Please correct it, and until it's corrected please don't use or share the report.

Marcus"""),

dict(key="en_restr_freeze_account", lang="en", rights=["restriction"],
     frm="Tessa Grey <tessa.grey@gmail.com>",
     subj="Re: Your programme access - reminder",
     body="""Hi Sandra,

I'm not sure yet whether I'll finish the programme or ask you to delete everything. For now, could you just freeze my data - no reminders, no sharing with the cohort, nothing - without deleting it? I'll let you know by summer.

Tessa""",
     quote=dict(style="apple", who=SP, text="""Hi Tessa,

Just a gentle reminder that modules 5 and 6 are waiting for you in your space.

Sandra""")),

dict(key="en_port_spreadsheet_for_employer", lang="en", rights=["portability"],
     frm="Dev Patel <dev.patel@gmail.com>",
     subj="Could you send me my course records as a spreadsheet?",
     body="""Hi Sandra,

My new employer's training system can import completed courses from a CSV. Would you be able to export my own records from your platform (modules completed, dates, quiz scores, hours) into a spreadsheet I can upload there myself?

Thanks a lot,
Dev"""),
]
