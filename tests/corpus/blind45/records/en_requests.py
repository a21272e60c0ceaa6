"""English requests (single and multiple rights)."""
from ._common import CONTACT, ORANGE, FLORAISON, SIG, SIG_SHORT

RECORDS = [
    # ------------------------------------------------------------------ access
    dict(
        key="en-acc-expat-client-copy",
        date="2026-01-14 16:05",
        rights=["access"],
        sender=("Margaret Holloway", "maggie.holloway@btinternet.com"),
        subject="A copy of my file",
        body=(
            "Dear Sandra,\n\n"
            "I hope you are well. We moved back to Shropshire in the autumn after eleven years in the Berry, and I "
            "am slowly sorting out paperwork.\n\n"
            "Would you be able to send me a copy of all the personal information you hold about me? That would include "
            "the notes from our sessions in Issoudun and the questionnaires I filled in. An electronic copy is fine.\n\n"
            "With warm wishes,\n"
            "Maggie"
        ),
        mua="ipad",
    ),
    dict(
        key="en-acc-employee-multinational-hr",
        date="2025-07-02 08:47",
        rights=["access"],
        sender=("Pieter van Dijk", "pieter.vandijk@nordfrost-logistics.com"),
        to="contact",
        subject="Leadership workshop - what data do you hold on me?",
        body=(
            "Hello Ms Delomenie,\n\n"
            "I attended the two-day leadership workshop you ran for our Châteauroux site in the spring. Our HR "
            "department arranged and paid for it.\n\n"
            "Speaking for myself only: could you tell me what personal data you hold about me, and whether anything "
            "individual (self-assessment, observations, scores) was shared with our HR team or with my line manager? "
            "If so, I would like to see exactly what was shared.\n\n"
            "Kind regards,\n"
            "Pieter van Dijk\n"
            "Warehouse Operations Lead\n\n"
            "This e-mail and any attachments are confidential and may be privileged. If you are not the intended "
            "recipient, please notify the sender and delete it. NordFrost Logistics B.V., Rotterdam."
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="en-acc-formal-dsar-article15",
        rights=["access"],
        sender=("Daniel Okafor", "d.okafor@protonmail.com"),
        subject="Subject Access Request under Article 15 GDPR",
        body=(
            "Dear Sir or Madam,\n\n"
            "I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.\n\n"
            "Please provide:\n"
            "1. confirmation of whether you process personal data concerning me;\n"
            "2. a copy of that data;\n"
            "3. the purposes of the processing and the recipients to whom it has been disclosed;\n"
            "4. the envisaged retention period;\n"
            "5. where the data was not collected from me, any available information as to its source.\n\n"
            "For identification: I registered for your online course with this e-mail address and attended the "
            "webinar on workplace resilience. I look forward to your reply within one month.\n\n"
            "Yours faithfully,\n"
            "Daniel Okafor"
        ),
    ),
    dict(
        key="en-acc-non-native-session-notes",
        rights=["access"],
        sender=("Annika Schröder", "annika.schroeder@gmx.de"),
        subject="Notes from our coaching",
        body=(
            "Hello Sandra,\n\n"
            "I am Annika, we made the coaching sessions in english over Zoom last year when I was working in "
            "Bourges for the automotive supplier. I hope you remember me.\n\n"
            "Now I am back in Stuttgart and I would like to have the notes you have made during our sessions, and "
            "also the results of the values exercise. Is it possible that you send me a copy of them? It would help "
            "me very much for my next steps.\n\n"
            "Many thanks and greetings from Germany,\n"
            "Annika"
        ),
        html="only",
    ),
    dict(
        key="en-acc-disc-questionnaire-results",
        rights=["access"],
        sender=("Hannah Reid", "hannah.reid@gmail.com"),
        subject="My DISC profile",
        body=(
            "Hi Sandra,\n\n"
            "Quick one - during the team day at the château you had us all fill in the DISC questionnaire, and we "
            "only got to see the group chart. Could I have a copy of my own answers and individual profile, please?\n\n"
            "Thanks!\n"
            "Hannah"
        ),
        html="alt",
    ),
    # NEAR-LINE: a parent for a minor child is a request -> access.
    dict(
        key="en-acc-parent-teen-workshop",
        date="2026-03-09 19:26",
        rights=["access"],
        sender=("Claire Whitfield", "claire.whitfield@outlook.com"),
        subject="Information held about my son Oscar",
        body=(
            "Dear Ms Delomenie,\n\n"
            "My son Oscar (16) attended your exam-stress workshop for teenagers over the February holidays. As his "
            "mother and legal guardian, I would like to know what information you hold about him - registration form, "
            "any notes or questionnaires - and receive a copy.\n\n"
            "Kind regards,\n"
            "Claire Whitfield"
        ),
        mid="outlook",
    ),
    # ------------------------------------------------------------------ rectification
    dict(
        key="en-rect-name-spelling-certificate",
        rights=["rectification"],
        sender=("Siobhán O'Sullivan", "siobhan.osullivan@gmail.com"),
        subject="Spelling of my name",
        body=(
            "Hi Sandra,\n\n"
            "Thanks so much for the certificate. Small thing: my name is spelled Siobhán O'Sullivan (fada on the a, "
            "apostrophe in O'Sullivan) - it came out as \"Siobhan OSullivan\". Could you fix it in your records and "
            "resend? It has to match my passport for my employer's training log.\n\n"
            "Cheers,\n"
            "Siobhán"
        ),
    ),
    dict(
        key="en-rect-new-email-address",
        rights=["rectification"],
        sender=("Tom Ashby", "tom.ashby@fastmail.com"),
        subject="Please update my email",
        body=(
            "Hello,\n\n"
            "My old address (tom.ashby@ashby-consulting.co.uk) is closing down along with the business. Please replace "
            "it with this one, tom.ashby@fastmail.com, and remove the old one from your list.\n\n"
            "Thanks,\n"
            "Tom"
        ),
        mid="uuid",
    ),
    dict(
        key="en-rect-employer-missing-certificate",
        rights=["rectification"],
        sender=("Priya Natarajan", "priya.natarajan@vantor-pharma.com"),
        to="contact",
        subject="Missing details on my participant record",
        body=(
            "Dear Sandra,\n\n"
            "My participant record for the conflict-management course seems incomplete: my job title and employer are "
            "blank, and my first name is listed as \"Priya N.\". Could you please complete it as follows:\n\n"
            "Priya Natarajan - Quality Assurance Manager - Vantor Pharma France, Déols\n\n"
            "Many thanks,\n"
            "Priya"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # ------------------------------------------------------------------ erasure
    dict(
        key="en-era-delete-account-and-data",
        rights=["erasure"],
        sender=("Jake Morrison", "jake.morrison@yahoo.co.uk"),
        subject="Delete my account and data",
        body="Hi, please delete my account on your course platform and all my data. Thanks, Jake Morrison",
        mid="yahoo",
    ),
    dict(
        key="en-era-polite-could-you",
        rights=["erasure"],
        sender=("Elena Rossi", "elena.rossi@libero.it"),
        subject="Request",
        body=(
            "Good morning,\n\n"
            "I took part in one of your online workshops while living in Lyon. Could you please delete the personal "
            "data you have about me? I do not plan to follow other courses.\n\n"
            "Thank you very much,\n"
            "Elena Rossi"
        ),
    ),
    dict(
        key="en-era-former-participant-moving-on",
        rights=["erasure"],
        sender=("Ben Carter", "ben.carter@icloud.com"),
        subject="Removing my information",
        body=(
            "Hey Sandra,\n\n"
            "Hope business is good. I did the career-change coaching with you a couple of years back - it worked, I'm "
            "now teaching in Bristol! Since I won't be needing the sessions any more, I'd rather my notes and "
            "details didn't sit on file. Could you wipe everything you have on me?\n\n"
            "All the best,\n"
            "Ben\n\n"
            "Sent from my iPhone"
        ),
        mua="iphone",
    ),
    # ------------------------------------------------------------------ restriction
    # NEAR-LINE: contests accuracy and asks that the report be put on hold; no corrected value given -> restriction only.
    dict(
        key="en-restr-contest-accuracy-report",
        rights=["restriction"],
        sender=("Rachel Green-Hughes", "rachel.gh@outlook.com"),
        subject="Your report about me - please hold",
        body=(
            "Dear Sandra,\n\n"
            "I've read the summary you wrote after the assessment day, and I dispute several points in it - in "
            "particular the statement that I \"struggled to delegate\". Until we have discussed this and you have "
            "checked your notes, please don't use or pass on that report in any way.\n\n"
            "Regards,\n"
            "Rachel"
        ),
        mid="outlook",
    ),
    dict(
        key="en-restr-keep-for-insurance-claim",
        rights=["restriction"],
        sender=("Mark Sullivan", "mark.sullivan@gmail.com"),
        subject="Please don't delete my records",
        body=(
            "Hi Sandra,\n\n"
            "I know your policy says health-related notes are deleted after two years. Please don't delete mine "
            "yet: I'm in a dispute with my income-protection insurer and may need to show what was discussed about "
            "my burnout at the time. But other than keeping them, please don't do anything with them.\n\n"
            "Thanks for understanding,\n"
            "Mark"
        ),
    ),
    dict(
        key="en-restr-article18-formal",
        rights=["restriction"],
        sender=("Dr. Katrin Vogel", "k.vogel@posteo.de"),
        subject="Request for restriction of processing (Art. 18 GDPR)",
        body=(
            "Dear Ms Delomenie,\n\n"
            "I hereby request the restriction of processing of my personal data pursuant to Article 18(1)(a) GDPR. "
            "I contest the accuracy of the information recorded about my professional situation in your client file, "
            "and I ask that you restrict processing for the period needed to verify it.\n\n"
            "Please confirm in writing.\n\n"
            "Sincerely,\n"
            "Katrin Vogel"
        ),
    ),
    # ------------------------------------------------------------------ portability
    dict(
        key="en-port-machine-readable-json",
        rights=["portability"],
        sender=("Lars Henriksen", "lars.henriksen@proton.me"),
        subject="Data portability request",
        body=(
            "Hello,\n\n"
            "Under Article 20 GDPR I'd like to receive the personal data I provided to you (profile, course progress, "
            "journal entries from the online programme) in a structured, machine-readable format - JSON or CSV is "
            "fine.\n\n"
            "Best,\n"
            "Lars Henriksen"
        ),
    ),
    dict(
        key="en-port-transfer-to-new-coach",
        rights=["portability"],
        sender=("Olivia Bennett", "olivia.bennett@gmail.com"),
        subject="Transferring my coaching file",
        body=(
            "Dear Sandra,\n\n"
            "As discussed on the phone, I'm continuing with a coach in Paris, Julie Marchetti. Could you send her the "
            "materials I produced with you (worksheets, goals tracker, assessments) directly at "
            "julie@marchetti-coaching.fr, in editable files rather than scans? She's expecting them.\n\n"
            "Thank you for everything,\n"
            "Olivia"
        ),
        cc=[("Julie Marchetti", "julie@marchetti-coaching.fr")],
    ),
    dict(
        key="en-port-import-company-lms",
        rights=["portability"],
        sender=("Chen Wei", "chen.wei@hotmail.com"),
        subject="Training record export",
        body=(
            "Hello Sandra,\n\n"
            "My new company wants me to import my previous training history into their learning platform. Could you "
            "export my records with you (course titles, dates, hours, assessment results) as a CSV or Excel file? "
            "The system cannot read PDFs.\n\n"
            "Thank you,\n"
            "Chen Wei"
        ),
        mid="outlook",
    ),
    # ------------------------------------------------------------------ objection
    dict(
        key="en-obj-unsubscribe-above-newsletter",
        rights=["objection"],
        sender=("Sarah Jennings", "sarah.jennings@gmail.com"),
        subject="Re: 🌿 Floraison Letter - Finding your balance",
        body="Please take me off your mailing list. Thank you.",
        quote=dict(
            style="gmail_uk",
            sender=FLORAISON,
            days=0,
            text=(
                "Dear friends,\n\n"
                "This month's letter is about balance - between work and rest, giving and receiving.\n\n"
                "Unsubscribe | Update your preferences"
            ),
        ),
    ),
    dict(
        key="en-obj-stop-contacting-work",
        rights=["objection"],
        sender=("Graham Whitley", "graham.whitley@alder-engineering.co.uk"),
        subject="Please stop contacting me",
        body=(
            "Ms Delomenie,\n\n"
            "I've had several calls on my office line and e-mails to my work address about your management seminars. "
            "I'm not interested and I object to you using my contact details for marketing. Please remove me from "
            "whatever prospect list I'm on.\n\n"
            "G. Whitley\n"
            "Alder Engineering Ltd"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="en-obj-profiling-analytics",
        rights=["objection"],
        sender=("Naomi Fischer", "naomi.fischer@tutanota.com"),
        subject="Tracking in your emails",
        body=(
            "Hello,\n\n"
            "Your emails contain tracking pixels and personalised links. I object to this processing - please stop "
            "tracking my opens and clicks and stop building any profile of my interests.\n\n"
            "Naomi Fischer"
        ),
    ),
    dict(
        key="en-obj-subject-only-unsubscribe",
        rights=["objection"],
        sender=("", "d.hartley77@gmail.com"),
        subject="unsubscribe",
        body="",
    ),
    # ------------------------------------------------------------------ withdraw_consent
    dict(
        key="en-wc-testimonial-website",
        rights=["withdraw_consent"],
        sender=("Emma Clarke", "emma.clarke@gmail.com"),
        subject="My testimonial",
        body=(
            "Hi Sandra,\n\n"
            "I'm changing jobs and would prefer my testimonial (with my name and photo) to come off your website and "
            "your sales page. I'm withdrawing the consent I gave for it. Nothing personal - I still recommend you "
            "to friends!\n\n"
            "Emma"
        ),
    ),
    dict(
        key="en-wc-zoom-recording",
        rights=["withdraw_consent"],
        sender=("Michael Adeyemi", "michael.adeyemi@outlook.com"),
        subject="Recording of last night's session",
        body=(
            "Hi Sandra,\n\n"
            "I agreed to the recording at the start, but I'd rather it not be used. I'm withdrawing my consent for the "
            "recording of yesterday's group session - could you make sure the part with me isn't shared in the replay?\n\n"
            "Thanks,\n"
            "Michael"
        ),
        mid="outlook",
    ),
    dict(
        key="en-wc-photo-linkedin-corporate-day",
        rights=["withdraw_consent"],
        sender=("Fiona Mackenzie", "fiona.mackenzie@vantor-pharma.com"),
        to="contact",
        subject="Photo on LinkedIn",
        body=(
            "Dear Sandra,\n\n"
            "You posted a photo from our team training day on LinkedIn, and I'm clearly visible in it. I did sign the "
            "image release form on the day, but I'm withdrawing that consent now. Could you please remove the photo "
            "or crop me out?\n\n"
            "Many thanks,\n"
            "Fiona Mackenzie"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # ------------------------------------------------------------------ post_mortem
    dict(
        key="en-pm-son-mother-passed",
        date="2025-05-06 11:32",
        rights=["post_mortem"],
        sender=("James Whitaker", "james.whitaker@gmail.com"),
        subject="My mother, Patricia Whitaker",
        body=(
            "Dear Sandra,\n\n"
            "I'm sorry to let you know that my mother, Patricia Whitaker, passed away in March at home in Saint-Benoît. "
            "She spoke warmly of your sessions.\n\n"
            "As her son and executor, I'd be grateful if you could close her account, cancel anything recurring and "
            "delete her records. If there is anything she wrote during the sessions that you think the family should "
            "have, please let me know.\n\n"
            "With thanks,\n"
            "James Whitaker"
        ),
    ),
    dict(
        key="en-pm-executor-estate",
        date="2026-02-10 15:48",
        rights=["post_mortem"],
        sender=("Richard Pemberton", "r.pemberton@pemberton-estates.co.uk"),
        subject="Estate of the late Mr Alan Brooks",
        body=(
            "Dear Madam,\n\n"
            "I act as executor of the estate of Mr Alan Brooks, formerly of Valençay, who died on 2 January. A copy of "
            "the death certificate is attached.\n\n"
            "Please provide details of any personal data and accounts held in Mr Brooks' name, along with any sums "
            "outstanding, so that the estate may be administered.\n\n"
            "Yours faithfully,\n"
            "Richard Pemberton"
        ),
        attachments=[dict(type="pdf", filename="death_certificate_Brooks.pdf",
                          text="Acte de deces / Death certificate\nBROOKS Alan\nCertified copy")],
        mid="outlook365",
    ),
    dict(
        key="en-pm-own-instructions",
        rights=["post_mortem"],
        sender=("Helen Marsh", "helen.marsh@btinternet.com"),
        subject="For when I'm gone",
        body=(
            "Dear Sandra,\n\n"
            "Since my diagnosis I've been putting my affairs in order, and I'd like to leave you an instruction. When I "
            "die, please delete everything you hold about me. The one exception: the recording of the guided "
            "visualisation I made for my grandchildren - please send that to my daughter Kate "
            "(kate.marsh@gmail.com) and then delete it too.\n\n"
            "With love and gratitude,\n"
            "Helen"
        ),
    ),
    # NEAR-LINE: a widow unsubscribing her late husband - relative after a death -> post_mortem only, not objection.
    dict(
        key="en-pm-widow-unsubscribe-husband",
        date="2026-01-21 09:44",
        rights=["post_mortem"],
        sender=("Jean Faulkner", "jean.faulkner@talktalk.net"),
        subject="Re: Floraison Letter - Winter wellbeing",
        body=(
            "Hello,\n\n"
            "My husband Peter died last month. Please stop sending these letters to him and remove his details.\n\n"
            "Jean Faulkner"
        ),
        quote=dict(
            style="outlook_en",
            sender=FLORAISON,
            days=3,
            text=(
                "Dear Peter,\n\n"
                "Winter can be a difficult season. Here are four small rituals to look after yourself.\n\n"
                "Unsubscribe"
            ),
        ),
    ),
    dict(
        key="en-pm-solicitor-estate",
        rights=["post_mortem"],
        sender=("Hargreaves & Lowe Solicitors", "probate@hargreaveslowe.co.uk"),
        subject="Our ref: HL/PRB/2231 - the late Mrs Dorothy Evans",
        body=(
            "Dear Ms Delomenie,\n\n"
            "We act for the personal representatives of the late Mrs Dorothy Evans, who attended your retreat in the "
            "Indre. Our clients have asked us to request that all personal data relating to Mrs Evans be deleted, "
            "save where you are legally obliged to retain it, and that any photographs of her be removed from your "
            "website.\n\n"
            "Yours sincerely,\n"
            "Hargreaves & Lowe\n\n"
            "Hargreaves & Lowe LLP is authorised and regulated by the Solicitors Regulation Authority."
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # ------------------------------------------------------------------ multi-right
    dict(
        key="en-multi-copy-then-erase",
        rights=["access", "erasure"],
        sender=("Laura Bianchi", "laura.bianchi@gmail.com"),
        subject="My data - copy and deletion",
        body=(
            "Hello Sandra,\n\n"
            "Could you first send me a copy of everything you hold about me, and then delete it all? I've finished the "
            "programme and I'm tidying up my digital footprint.\n\n"
            "Many thanks,\n"
            "Laura"
        ),
    ),
    dict(
        key="en-multi-erase-and-withdraw-video",
        rights=["erasure", "withdraw_consent"],
        sender=("Tyler Brooks", "tyler.brooks@outlook.com"),
        subject="Video testimonial + my data",
        body=(
            "Hi Sandra,\n\n"
            "I'm withdrawing consent for the video testimonial I recorded after the retreat - please take it down "
            "from your site and social media. I'd also like all my personal data erased.\n\n"
            "Thanks,\n"
            "Tyler"
        ),
        mid="outlook",
    ),
    dict(
        key="en-multi-know-and-export",
        rights=["access", "portability"],
        sender=("Sofia Lindqvist", "sofia.lindqvist@telia.se"),
        subject="What do you hold + export please",
        body=(
            "Hello,\n\n"
            "I would like to know what personal data you have about me, and who you have shared it with. The parts "
            "I provided myself I would also like to receive in a CSV file, so that I can move them to another "
            "platform.\n\n"
            "Best regards,\n"
            "Sofia Lindqvist"
        ),
    ),
    dict(
        key="en-multi-unsubscribe-and-delete",
        rights=["erasure", "objection"],
        sender=("Paul Whitmore", "paul.whitmore@gmail.com"),
        subject="Unsubscribe and delete",
        body="Unsubscribe me from everything and delete my details from your database, please.\n\nP. Whitmore",
        mua="android",
    ),
    # NEAR-LINE: gives the corrected value AND asks to pause use until corrected -> rectification + restriction.
    dict(
        key="en-multi-correct-and-hold",
        rights=["rectification", "restriction"],
        sender=("Amira Haddad", "amira.haddad@vantor-pharma.com"),
        to="contact",
        subject="Incorrect statement in my coaching summary",
        body=(
            "Dear Sandra,\n\n"
            "The summary of our three-way meeting states that I \"declined the team-lead role\". I actually asked for "
            "it to be postponed until after my parental leave. Please correct the sentence to: \"asked to postpone the "
            "team-lead role until after parental leave\".\n\n"
            "Until the correction is made, please don't share the summary with anyone, including HR.\n\n"
            "Regards,\n"
            "Amira Haddad"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="en-multi-lawyer-access-restrict",
        rights=["access", "restriction"],
        sender=("Sophie Laurent-Baker", "s.laurentbaker@lbl-law.eu"),
        subject="Our client Mr Thomas Reed - data subject request",
        body=(
            "Dear Ms Delomenie,\n\n"
            "We act on behalf of Mr Thomas Reed, whose signed authority is attached. Mr Reed is in an employment "
            "dispute with his former employer, which funded his coaching with you.\n\n"
            "On his behalf we request (i) a copy of all personal data you hold about him, and (ii) that, pending "
            "resolution of the dispute, you restrict processing of that data: please retain it but do not use or "
            "disclose it to any third party, including his former employer.\n\n"
            "Yours sincerely,\n"
            "Sophie Laurent-Baker\n"
            "LBL Law - Brussels"
        ),
        attachments=[dict(type="pdf", filename="Reed_signed_authority.pdf",
                          text="AUTHORITY\nI, Thomas Reed, authorise LBL Law to exercise my GDPR rights\nwith Floraison de Soi. Signed.")],
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="en-multi-photo-and-newsletter",
        rights=["objection", "withdraw_consent"],
        sender=("Grace Liu", "grace.liu@gmail.com"),
        subject="Photos and emails",
        body=(
            "Hi Sandra,\n\n"
            "Two things: I'd like to withdraw my consent for the workshop photos with me in them (Instagram and the "
            "website gallery), and please stop sending me the newsletter.\n\n"
            "Thank you and take care,\n"
            "Grace"
        ),
        html="alt",
    ),
]
