# English messages that ARE data-subject requests.
from rec import R

RECORDS = [
R("en-sar-formal", "Subject Access Request under Article 15 GDPR",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation. Please provide me with a copy of all personal data you hold about me, the purposes of processing, the recipients, and the retention period.

I attended your online workshop "Finding your path" in October 2025.

Yours sincerely,
Rebecca Ashworth""", ["access"], frm=("Rebecca Ashworth", "r.ashworth@btinternet.com")),

R("en-what-do-you-have", "quick one",
"""Hi Sandra, what info do you actually have on me from the retreat? Just curious. Cheers, Dan""", ["access"]),

R("en-delete-everything", "Please delete my data",
"""Hello,

I no longer use your services. Could you please delete all the personal information you hold about me?

Thank you,
Martha Quinn""", ["erasure"]),

R("en-nonnative-delete", "Deletion of my informations",
"""Hello Madam,

I have make the coaching with you last year by visio. Now I wish that you erase all my informations from your files, I don't need anymore. Please confirm me when it is done.

Best regards,
Giorgos Papadakis""", ["erasure"], frm=("Giorgos Papadakis", "g.papadakis@gmail.com")),

R("en-unsubscribe-one-liner", "unsubscribe", """Please take me off your mailing list. Thanks""", ["objection"]),

R("en-object-marketing", "Marketing emails",
"""Hi,

I keep getting promotional emails about your programmes. I object to receiving any further marketing communications from you, by email or otherwise.

Regards,
Alan Whitfield""", ["objection"], html="alt"),

R("en-withdraw-testimonial", "My testimonial on your website",
"""Dear Sandra,

A while ago I agreed to let you publish my testimonial together with my photo. I'd now like to withdraw that consent, could you please take it down?

Many thanks and all the best,
Helen Byrne""", ["withdraw_consent"]),

R("en-withdraw-recording", "Recording of our session",
"""Hi Sandra,
I said yes to you recording our last Zoom session for your supervision. Having thought about it, I'm withdrawing my consent. Please don't use it.
Thanks,
Joel""", ["withdraw_consent"]),

R("en-rectify-email-old-new", "Updated email address",
"""Hello,

Please update my contact email: my old address (j.fletcher@oldcompany.co.uk) is being shut down. Use jfletcher.home@gmail.com from now on.

Best,
James Fletcher""", ["rectification"]),

R("en-rectify-name-spelling", "Name spelled wrong",
"""Hi Sandra, my surname on the certificate and in your records is spelled "Mcdonagh" but it should be "McDonagh". Could you correct it please? Ta, Siobhan""", ["rectification"]),

R("en-restriction-dispute", "Please do not use my data",
"""Dear Ms Delomenie,

I dispute the accuracy of the assessment report you sent to my employer. Until this is resolved, please restrict processing of my personal data: do not use it or share it further, but do not delete it either, as I may need it.

Regards,
Ahmed Siddiqui""", ["restriction"]),

R("en-restriction-freeze", "Freeze my file",
"""Hello Sandra,

I'm taking a break from coaching for health reasons. Rather than delete anything, could you just freeze my file, no emails, no use, until I get back in touch?

Thank you,
Ingrid""", ["restriction"]),  # NEAR-LINE: freeze, keep -> restriction

R("en-restriction-legal-claim", "Retention of records - legal claim",
"""Dear Sandra,

I am preparing an employment tribunal claim. Please keep the records of the training sessions I attended (attendance, evaluations) and do not process or share them while the claim is pending (Art. 18(1)(c) GDPR).

Kind regards,
Owen Price""", ["restriction"]),

R("en-portability-csv", "Export of my data",
"""Hi,

I'm moving to another coach. Could you send me my session history and questionnaire answers in a machine-readable format (CSV or JSON) so I can pass them on?

Thanks,
Laura Jensen""", ["portability"]),

R("en-portability-direct", "Data transfer request (Art. 20)",
"""Dear Ms Delomenie,

Under Article 20 GDPR, please transmit my personal data directly to my new practitioner, Dr Anna Müller (anna.mueller@praxis-mueller.de), in a structured, commonly used and machine-readable format.

Yours faithfully,
Stefan Becker""", ["portability"], frm=("Stefan Becker", "stefan.becker@web.de")),

R("en-portability-access", "My data",
"""Hello Sandra,

Could you tell me what personal data you hold about me and send it to me as a spreadsheet I can reuse? I'm keeping all my wellbeing records in one place.

Best wishes,
Nina Holt""", ["access", "portability"]),

R("en-portability-erasure", "Leaving — export then delete",
"""Hi Sandra,
Please export my journal entries and worksheets from the member area in a reusable file, and once I've got them, delete my data.
Thanks so much for everything,
Chloe""", ["erasure", "portability"]),

R("en-death-son", "My late mother, Margaret Hale",
"""Dear Ms Delomenie,

I am writing to let you know that my mother, Margaret Hale, passed away on 14 March. She was one of your coaching clients. As her executor, I would be grateful if you could close her file and let me know whether you hold any documents of hers.

A copy of the death certificate is attached.

Kind regards,
Edward Hale""", ["post_mortem"], att=["pdf:death_certificate.pdf|Death certificate - Margaret Hale - 14 March 2025"]),

R("en-death-solicitor", "Estate of the late Mr Robert Finch",
"""Dear Madam,

We act for the executors of the estate of the late Mr Robert Finch, who died on 2 November 2025. We would be grateful if you would confirm whether you hold any personal data relating to Mr Finch and, if so, provide a copy to us and thereafter delete it.

Yours faithfully,
Harcourt & Lowe LLP, Solicitors

This email is confidential and may be legally privileged.""", ["post_mortem"], frm=("Harcourt & Lowe LLP", "probate@harcourtlowe.co.uk"),
att=["pdf:grant_of_probate.pdf|Grant of Probate - Estate of Robert Finch"]),

R("en-own-death-instructions", "For when I'm gone",
"""Sandra,

This is a strange email to write. I've been given a few months. When I die, please delete everything you have about me, except the letter I wrote during the retreat: my husband Paul may ask for it, and he can have it.

Thank you for the kindness you always showed me.
Judith""", ["post_mortem"]),  # NEAR-LINE: own post-death instructions -> post_mortem

R("en-death-widow-unsub", "My husband's emails",
"""Hi,
My husband Keith passed away in the summer and your newsletters still arrive in his inbox. Please remove him from your list and delete his details.
Thank you
Janet Moss""", ["post_mortem"]),

R("en-parent-minor-erasure", "My daughter's data",
"""Hello,

My daughter Ella (13) attended your teen confidence workshop in July. As her parent, I'd like you to delete her registration form, photos and questionnaire answers.

Thanks,
Sophie Grant""", ["erasure"]),

R("en-lawyer-mandate", "Our client Ms Tara Walsh — data subject request",
"""Dear Ms Delomenie,

We act on behalf of Ms Tara Walsh (authority enclosed). Our client requests a copy of all personal data you hold about her, including session notes, and the rectification of her postal address to 14 Harbour View, Cork.

Yours sincerely,
Niamh Kelleher, Solicitor""", ["access", "rectification"], frm=("Niamh Kelleher", "nkelleher@kelleherlaw.ie"), hdr={"Cc": "Tara Walsh <tara.walsh@eircom.net>"},
att=["pdf:letter_of_authority.pdf|Letter of authority - Tara Walsh authorises Kelleher Law"]),

R("en-unsub-and-delete", "Remove me",
"""Hello, please unsubscribe me from all your emails and delete my details from your database. Thanks, K. Osei""", ["erasure", "objection"]),

R("en-withdraw-photo-and-delete", "Photos and my data",
"""Hi Sandra,

I no longer consent to the workshop photos of me being used on Instagram or your site. Also, please erase all the data you hold about me — I've decided to close this chapter.

Best,
Marta Kowalska""", ["erasure", "withdraw_consent"]),

R("en-object-profiling", "Email tracking",
"""Hello,

I noticed your newsletter tracks opens and clicks. I object to this profiling and to my data being used for your statistics. I'm happy to keep receiving the content itself.

Regards,
Peter Lindgren""", ["objection"]),

R("en-reply-above-newsletter", "Re: New dates for the spring retreat",
"""Could you tell me where you got my email address from? I don't remember signing up.""", ["access"],
q="""Dear friends,

The spring retreat dates are out! Join us in the Berry countryside from 10 to 12 April.

Warmly,
Sandra""", qs="en"),

R("en-rectify-wrong-note", "Correction to my session summary",
"""Hi Sandra,

The summary you sent says I have two children — I have three (I think you missed Leo). Also my job title is Senior Nurse, not Nurse Manager. Could you correct your notes?

Thanks,
Grace""", ["rectification"]),

R("en-access-shared-with", "Who has my data?",
"""Hi,

After your conference in Bourges I started getting emails from a yoga studio I never contacted. Did you share my details with anyone? Please let me know who received my data.

Regards,
Victor Lemaire""", ["access"], html="only"),

R("en-subject-only-erasure", "Delete my account and all my data", "", ["erasure"]),

R("en-objection-calls", "Calls",
"""Please stop calling me about your programmes, I don't want to be contacted by phone for sales. Sent from my Samsung Galaxy""", ["objection"]),

R("en-restriction-objection", "Your newsletter and my file",
"""Hello,

I never signed up for your newsletter — please stop sending it. And until you can show me how you got my details, please don't use my data for anything (but keep it, I may want to see it).

Regards,
Hannah Cole""", ["objection", "restriction"]),

R("en-withdraw-questionnaire", "Research questionnaire",
"""Dear Sandra,
I previously agreed that my anonymised answers could be used in your certification thesis. I'd like to withdraw that consent now, please.
Kind regards,
Yuki Tanaka""", ["withdraw_consent"], html="alt"),

R("en-hr-mandate-portability", "Request on behalf of our employee",
"""Dear Ms Delomenie,

Our employee Mr Daniel Ortiz, who attended your management training funded by our company, has authorised us in writing (attached) to ask you to send his training records and self-assessments in CSV format to our learning platform team.

Best regards,
HR Operations, Nordwind Logistics""", ["portability"], frm=("HR Operations", "hr@nordwind-logistics.com"),
att=["pdf:authorisation_ortiz.pdf|Authorisation - Daniel Ortiz - transfer of training records"]),  # NEAR-LINE: employer with written mandate -> request
]
