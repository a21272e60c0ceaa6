# English-language requests (non-empty rights).
from common import R, HER, HER2

RECORDS = [
R("en-access-uk-formal", ["access"], ("Harriet Pennington", "h.pennington@btinternet.com"),
  "Subject access request",
  """
  Dear Ms Delomenie,

  I attended your English-language coaching sessions in Issoudun between March and June 2024.

  Under Article 15 of the GDPR I would be grateful if you could provide a copy of the personal
  data you hold about me, together with the purposes for which it is processed and the
  recipients to whom it has been disclosed.

  I enclose a copy of my passport for identification.

  Kind regards,
  Harriet Pennington
  14 Rue des Tanneurs, 36100 Issoudun
  """, att=[("pdf", "passport_HPennington.pdf", "PASSPORT - PENNINGTON Harriet - GBR - copy for identification")]),

R("en-access-us-casual", ["access"], ("Jake Morrow", "jakemorrow88@gmail.com"),
  "what do you have on me?",
  """
  Hey Sandra,

  Quick one - I did the online confidence workshop with you last fall (the one in English on Zoom).
  Can you send me whatever info you have on file for me? Just curious what got stored.

  Thanks a bunch,
  Jake
  """, mailer=""),

R("en-access-indian-formal", ["access"], ("Priya Raghunathan", "priya.raghunathan@yahoo.co.in"),
  "Request for information regarding my personal data",
  """
  Respected Madam,

  I am writing with reference to the career coaching programme which I have joined in the month of
  January. Kindly do the needful and share with me the details of all personal information
  collected about me, the source from where it was obtained and with whom it has been shared.

  I shall be highly obliged for an early reply.

  Thanking you,
  Yours faithfully,
  Priya Raghunathan
  """),

R("en-access-session-notes", ["access"], ("Ciara Byrne", "ciara.byrne@eircom.net"),
  "My session notes",
  """
  Hi Sandra,

  I hope you're keeping well. I've started working with a therapist back home in Cork and she
  suggested it might be useful to look at what we covered in our sessions last year.

  Would you be able to send me a copy of the notes you took during our sessions, and the
  answers I gave on that values questionnaire at the start? I understand if some of it is
  handwritten - a scan would be grand.

  Go raibh maith agat,
  Ciara
  """, html="alt"),

R("en-access-dutch", ["access"], ("Maarten de Vries", "maarten.devries@ziggo.nl"),
  "Personal data question",
  """
  Dear Sandra,

  I live in Châteauroux since two years and I followed your English coaching group in spring.
  I want to know which data of me you have stored and from where you got my phone number,
  because I never gave it on the form I think. Please send me an overview.

  With kind regards,
  Maarten de Vries
  """),

R("en-access-ccpa-style", ["access"], ("Ashley Kowalski", "ashley.kowalski@outlook.com"),
  "Right to Know Request",
  """
  To whom it may concern,

  I am submitting a request to know the categories and specific pieces of personal information
  your business has collected about me, the categories of sources, the business purpose for
  collecting it, and the categories of third parties with whom it was shared.

  Name: Ashley Kowalski
  Email used: ashley.kowalski@outlook.com
  Program: Executive presence coaching (English), 2025

  Please respond within the statutory timeframe.

  Ashley Kowalski
  """),
# NEAR-LINE: CCPA "right to know" wording from an American; the content is a request for what is held -> access.

R("en-access-oneliner", ["access"], ("Tom H.", "tomhollis@icloud.com"),
  "data",
  """
  Could you send me a copy of everything you've got on me please. Ta.

  Sent from my iPhone
  """, mailer="iPhone Mail (22D72)"),

R("en-access-shared-with", ["access"], ("Graham Whitlock", "graham.whitlock@gmail.com"),
  "Re: Your newsletter",
  """
  Sandra,

  Before I decide whether to stay on your list, I'd like to know exactly who you pass my details
  to. Your privacy page mentions "partenaires commerciaux" and advertising tools - which ones,
  specifically, have received my email address?

  Graham
  """, quote="""
  Bonjour à toutes et à tous,
  Ce mois-ci, je vous propose un atelier sur la gestion du stress...
  Floraison de Soi
  """, qstyle="gmail_en", qfrom=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("en-access-german", ["access"], ("Katrin Weber", "k.weber@web.de"),
  "Auskunft / information request",
  """
  Dear Mrs. Delomenie,

  according to Art. 15 DSGVO (GDPR) I kindly ask you for information about the personal data
  which you are processing about me. I took part in the team workshop at my employer in Bourges
  in October.

  Please send the information in English or German, if possible.

  Best regards
  Katrin Weber
  """),

R("en-access-questionnaire", ["access"], ("Liam O'Sullivan", "liam.osullivan@hotmail.com"),
  "questionnaire results",
  """
  Hi there

  Back in the intake I filled out a long personality questionnaire - could I get a copy of what
  I wrote plus whatever scores or notes came out of it? I'd like to keep them for myself.

  Cheers
  Liam
  """),

R("en-access-canada", ["access"], ("Geneviève Tremblay-Clarke", "gtclarke@videotron.ca"),
  "Personal information request",
  """
  Hello Sandra,

  I'm a Canadian who did your online course in English while I was living in Tours. Back home
  we'd call this an access request under PIPEDA, but I gather the GDPR applies to you. Could you
  let me know what personal information you keep about me and how it's being used?

  Thank you kindly,
  Geneviève
  """),

R("en-access-aus", ["access", "rectification"], ("Bec Tran", "bec.tran@bigpond.com"),
  "my details",
  """
  G'day Sandra,

  Could you send through what you've got on file for me? I'm pretty sure my surname's been
  entered wrong somewhere - the certificate came through as "Trann" with two n's. It's Tran,
  one n. Would be great if you could fix that in your records too.

  Cheers,
  Bec
  """),

# ---------- rectification ----------
R("en-rect-name", ["rectification"], ("Siobhan McCarthy", "siobhan.mccarthy@gmail.com"),
  "Spelling of my name",
  """
  Hi Sandra,

  Small thing but it's been bugging me - on all your emails and the attendance sheet my name is
  spelled "Siobahn". It's S-i-o-b-h-a-n. Would you mind correcting it on your side?

  Thanks so much!
  Siobhan
  """),

R("en-rect-address", ["rectification"], ("Richard Ashworth", "r.ashworth@talktalk.net"),
  "Change of address",
  """
  Dear Sandra,

  I have moved. Please replace the address you have for me (3 Impasse des Lilas, Vatan) with:

  The Old Forge
  12 Rue Principale
  36150 Guilly

  Invoices should go to the new address from now on.

  Best wishes,
  Richard Ashworth
  """),

R("en-rect-email-swap", ["rectification"], ("Nina Patel", "nina.patel@protonmail.com"),
  "new email",
  """
  hi - I've stopped using nina.patel84@yahoo.co.uk, could you swap it for this one
  (nina.patel@protonmail.com) on your client list? thanks! N
  """, mailer=""),

R("en-rect-wrong-note", ["rectification"], ("Daniel Fischer", "daniel.fischer@gmx.de"),
  "Correction to my file",
  """
  Dear Sandra,

  In the summary you sent after our third session, it says I "left my job in 2022 because of
  burnout". That is not correct - I left because my contract ended, and I would not like this
  written in my file. Please correct the note so that it reflects what I actually said.

  Kind regards,
  Daniel Fischer
  """),

R("en-rect-birthdate", ["rectification"], ("Margaret Doyle", "peggy.doyle@eircom.net"),
  "Re: Registration confirmation",
  """
  Hello Sandra,

  Thank you for this. One mistake though - my date of birth is 14/07/1958, not 1985! I'm
  flattered, but please amend it.

  Peggy
  """, quote="""
  Bonjour Margaret,
  Votre inscription à l'atelier "Retraite épanouie" est confirmée.
  Nom : DOYLE Margaret - Date de naissance : 14/07/1985
  À bientôt, Sandra
  """, qstyle="apple_en"),

R("en-rect-phone", ["rectification"], ("Oliver Brandt", "oliver.brandt@orange.fr"),
  "phone number",
  """
  Sandra, my mobile changed - the 07 number is dead. New one is 06 72 19 40 88. Could you update
  it so the reminders reach me? Oliver
  """),

R("en-rect-company", ["rectification"], ("Claire Henderson", "claire.henderson@abbeyfield-hr.co.uk"),
  "Incorrect details on training record",
  """
  Dear Sandra,

  Looking at the attendance certificate for the "Managing Change" module, my job title is listed
  as "HR Assistant". I have been HR Business Partner since last year. I'd be grateful if you
  could update my record and reissue the certificate with the correct title.

  Many thanks,
  Claire Henderson
  HR Business Partner | Abbeyfield Logistics Europe
  """, html="alt", mailer="Microsoft Outlook 16.0"),

# ---------- erasure ----------
R("en-erase-us-scrub", ["erasure"], ("Brittany Lawson", "brittlawson@gmail.com"),
  "scrub my info",
  """
  Hi,

  Please scrub all my info from your systems - name, email, phone, payment stuff, the works.
  I'm moving back to Ohio and don't need any of it sitting around.

  Thanks,
  Brittany
  """),

R("en-erase-uk-understatement", ["erasure"], ("Rupert Fairclough", "rupert.fairclough@gmail.com"),
  "A small request",
  """
  Dear Sandra,

  I do hope this finds you well. Our sessions came to a natural end some time ago, and on
  reflection I'd be grateful if you could remove my details from your records entirely. No need
  to keep anything on my account.

  With warm regards,
  Rupert
  """),

R("en-erase-formal-art17", ["erasure"], ("Eleanor Whitby", "e.whitby@proton.me"),
  "Erasure request under Article 17 GDPR",
  """
  Dear Data Controller,

  I hereby request the erasure without undue delay of all personal data concerning me,
  pursuant to Article 17(1)(a) GDPR, as the data are no longer necessary in relation to the
  purposes for which they were collected.

  Please confirm in writing once this has been done, including with any processors (Systeme.io,
  Google Drive) to whom the data were disclosed.

  Eleanor Whitby
  """),

R("en-erase-account-data", ["erasure"], ("Marco Bellini", "marco.bellini@libero.it"),
  "delete my account",
  """
  Good morning Sandra,

  I want to delete my account on the online training platform and also all my data that you
  have, the exercises I uploaded and my informations. I not continue the course.

  Thank you
  Marco
  """),

R("en-erase-health", ["erasure"], ("Anonymous client", "quietleaf@tutanota.com"),
  "Health information",
  """
  Sandra,

  When I started with you I filled in the form about my health (the anxiety and the medication).
  I am not comfortable with that being kept anywhere. Could you please destroy that form and
  any notes mentioning it?

  Thank you for understanding.
  J.
  """),
# NEAR-LINE: asks to destroy specific records (health form + notes), not everything -> still erasure.

R("en-erase-terse", ["erasure"], ("Kev", "kev.dunne77@gmail.com"),
  "remove me",
  """
  remove all my data pls
  """, mailer=""),

R("en-erase-spanish", ["erasure"], ("Lucía Fernández", "lucia.fernandez@gmail.com"),
  "Please erase my data",
  """
  Hello Sandra,

  I was in your English-language workshop about self-esteem in Issoudun. I am going back to
  Spain next month and I would like that you delete all my personal data, also the photos of
  the group where I appear if you have them in your files.

  Thanks a lot and good continuation!
  Lucía
  """),

R("en-erase-buried", ["erasure"], ("Hannah Greaves", "hannah.greaves@gmail.com"),
  "Catching up + one thing",
  """
  Hi Sandra!

  It's been ages. Just wanted to say the breathing exercises you taught me have honestly saved
  me during this house move - we finally found a place near Limoges, with a garden big enough
  for the dogs, and the kids have settled into school better than I'd feared.

  I've also started painting again, which I think came out of our conversations about doing
  things just for myself. So thank you for that.

  Oh - and since I won't be coming back for sessions (too far now, sadly), could you delete my
  file and whatever else you have on me? I'd rather start fresh.

  Lots of love,
  Hannah
  """, html="alt"),

R("en-erase-ccpa", ["erasure"], ("Tyler Nguyen", "tyler.nguyen@icloud.com"),
  "Request to Delete",
  """
  Pursuant to my privacy rights, I request that you delete any personal information you have
  collected from me and direct any service providers to delete my personal information from
  their records as well.

  Tyler Nguyen
  """),
# NEAR-LINE: CCPA "request to delete" phrasing from a US writer; under the policy it is erasure.

# ---------- restriction ----------
R("en-restrict-freeze", ["restriction"], ("Sarah Okonkwo", "sarah.okonkwo@gmail.com"),
  "Please hold off",
  """
  Hi Sandra,

  I'm in a dispute with my former employer who paid for the coaching, and my lawyer has told me
  not to have anything deleted for now. But I also don't want my file used or shared with them
  in the meantime. Could you just keep it as it is, locked, and not do anything with it until I
  come back to you?

  Thanks,
  Sarah
  """),

R("en-restrict-contest", ["restriction"], ("James Whitfield", "jwhitfield@btinternet.com"),
  "Disputed notes - please pause",
  """
  Dear Ms Delomenie,

  I contest the accuracy of the progress report you shared with my line manager in February. Until
  we've had a chance to go through it together, I must ask that you stop using it and that it is
  not sent to anyone else. This is a request to restrict processing under Article 18 GDPR.

  Regards,
  James Whitfield
  """),

R("en-restrict-dont-delete", ["restriction"], ("Ingrid Larsen", "ingrid.larsen@online.no"),
  "my file",
  """
  Dear Sandra,

  I do not want you to delete my file, because I might need the attendance proof for my
  unemployment office later. But please don't use my data for anything else now, not for emails,
  not for statistics. Only keep it.

  Best,
  Ingrid
  """),
# NEAR-LINE: "don't delete, don't use" -> restriction only (policy), even though "not for emails" sounds like objection.

R("en-restrict-terse", ["restriction"], ("Paul Mercer", "paul.mercer@outlook.com"),
  "Re: Follow-up report",
  """
  Sandra - don't do anything with that report until I've checked it. Please put it on hold.
  P.
  """, quote="""
  Hello Paul,
  Please find attached the follow-up report for your coaching programme. I will forward it to
  your HR contact on Friday unless you have comments.
  Best, Sandra
  """, qstyle="outlook_en"),

# ---------- portability ----------
R("en-port-csv", ["portability"], ("Emily Carter", "emily.carter@gmail.com"),
  "Data export",
  """
  Hi Sandra,

  I'm switching to a coach closer to home. Could you export my data - session history, goals,
  the journaling entries I uploaded to the platform - in a machine-readable format like CSV or
  JSON so I can import it there?

  Thanks for everything,
  Emily
  """),

R("en-port-transfer", ["portability"], ("Hendrik Jansen", "hendrik.jansen@kpnmail.nl"),
  "Transfer of my data",
  """
  Dear Sandra,

  Under article 20 of the GDPR I ask you to transmit my personal data directly to my new coach,
  Mrs. A. Verhoeven (a.verhoeven@coachpraktijk.nl), in a structured and commonly used format.

  Kind regards,
  Hendrik Jansen
  """),

R("en-port-access-both", ["access", "portability"], ("Olivia Grant", "olivia.grant@me.com"),
  "My data - two things",
  """
  Hello Sandra,

  1) Could you tell me what personal data you currently hold about me?
  2) And could you send the course progress and quiz results from Systeme.io as a file I can
     upload elsewhere (Excel or CSV is fine)?

  Thank you!
  Olivia
  """),

R("en-port-american", ["portability"], ("Megan Doherty", "megan.doherty@gmail.com"),
  "download my stuff",
  """
  Hey! Is there a way to get all my course stuff (notes, worksheets, progress) in a
  downloadable format I can take with me? I'm moving my coaching to a US-based platform.
  Thx, Megan
  """, mailer=""),

# ---------- objection ----------
R("en-obj-optout", ["objection"], ("Chris Bauer", "chris.bauer@yahoo.com"),
  "opt me out",
  """
  Please opt me out of all your marketing emails. Thanks.
  """),

R("en-obj-unsub-reply", ["objection"], ("Fiona Murray", "fiona.murray@gmail.com"),
  "Re: Spring workshops - places still available!",
  """
  Unsubscribe please.
  """, quote="""
  Bonjour !
  Il reste 3 places pour l'atelier du 12 avril. Réservez vite !
  Sandra - Floraison de Soi
  Pour vous désabonner, répondez à ce mail.
  """, qstyle="gmail_en", qfrom=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("en-obj-sms", ["objection"], ("Alan Reid", "alan.reid@sky.com"),
  "Text messages",
  """
  Hello,

  I keep getting SMS reminders about your workshops. I'd be grateful if you could stop sending
  texts to my phone - email is perfectly sufficient.

  Kind regards,
  Alan Reid
  """),

R("en-obj-profiling", ["objection"], ("Sophie van den Berg", "sophie.vdberg@gmail.com"),
  "Analytics & profiling",
  """
  Hi Sandra,

  I read your privacy policy and saw you use Google Analytics and "outils publicitaires
  digitaux". I object to my data being used for any advertising or profiling. Please make sure
  that my email is not uploaded to Facebook custom audiences or similar.

  Regards,
  Sophie
  """),

R("en-obj-stats", ["objection"], ("Robert Klein", "robert.klein@t-online.de"),
  "Statistics",
  """
  Dear Sandra,

  At the end of the seminar you said the evaluation forms would be used for your statistics and
  your annual report. I object to my form being used for this. You can keep it for the training
  file, but not for statistics please.

  Best regards
  Robert Klein
  """),

R("en-obj-no-contact", ["objection"], ("Deborah Mills", "debmills@aol.com"),
  "Stop contacting me",
  """
  Sandra,

  I was clear at the end of our last session that I'm not interested in continuing. Since then
  I've had two calls and three emails offering "follow-up packages". Please stop contacting me
  for sales purposes.

  Deborah
  """),

R("en-obj-list-and-erase", ["objection", "erasure"], ("Ian Stewart", "ian.stewart@gmail.com"),
  "Newsletter and my details",
  """
  Hi,

  Take me off the newsletter, and once you've done that please delete my details altogether -
  I haven't been a client for years.

  Cheers,
  Ian
  """),

R("en-obj-italian", ["objection"], ("Giulia Conti", "giulia.conti@gmail.com"),
  "No more newsletter",
  """
  Hello Sandra, I don't want receive anymore the newsletter, my mailbox is too full. Please
  remove me from the list. Thanks and ciao!
  Giulia
  """, html="only"),

R("en-obj-prospecting-b2b", ["objection"], ("Mark Davenport", "mark.davenport@davenport-consulting.co.uk"),
  "Your prospecting emails",
  """
  Dear Ms Delomenie,

  I've received several unsolicited emails from you offering team-building workshops to our
  firm. I'm not sure how you obtained my work address, but I object to it being used for
  prospecting. Kindly remove it from any such list.

  Mark Davenport
  Managing Director
  """),
# NEAR-LINE: also implicitly asks where the address came from, but only as a rhetorical aside -> objection only.

# ---------- withdraw consent ----------
R("en-wc-testimonial", ["withdraw_consent"], ("Laura Benson", "laura.benson@gmail.com"),
  "My testimonial on your website",
  """
  Hi Sandra,

  A couple of years ago I gave you a testimonial for your website (the one starting "I arrived
  feeling lost..."). I've changed jobs since and would rather it wasn't online any more. Could
  you take it down, please? Nothing personal - I loved working with you.

  Laura
  """),

R("en-wc-photo", ["withdraw_consent"], ("Pieter Smit", "pieter.smit@hotmail.com"),
  "Photo on Facebook",
  """
  Dear Sandra,

  I see a picture from the June workshop on your Facebook page where I am clearly in the front.
  I signed the photo form at the time but I take back my permission. Please remove the photo
  or blur me.

  Thank you,
  Pieter
  """),

R("en-wc-video", ["withdraw_consent"], ("Amanda Russo", "amanda.russo@gmail.com"),
  "Video testimonial",
  """
  Hi Sandra, I'm withdrawing my consent for the video testimonial we recorded in May. Please
  don't publish it anywhere and delete the recording. Sorry for the change of heart!
  Amanda
  """),
# NEAR-LINE: deleting the recording is part of withdrawing consent for that recording -> withdraw_consent only.

R("en-wc-recording", ["withdraw_consent"], ("Rahul Mehta", "rahul.mehta@gmail.com"),
  "Zoom replay",
  """
  Hello,

  I agreed to the webinar being recorded, but I spoke quite personally in the Q&A. I no longer
  consent to my part being in the replay - could it be cut or the replay taken down?

  Regards,
  Rahul
  """),

R("en-wc-erase-all", ["withdraw_consent", "erasure"], ("Natalie Brooks", "natalie.brooks@gmail.com"),
  "Withdrawal of consent and deletion",
  """
  Dear Sandra,

  I withdraw my consent to the use of my testimonial and photo on your site and on Systeme.io.
  I also ask you to erase all personal data you hold about me.

  Best regards,
  Natalie Brooks
  """),

R("en-wc-health", ["withdraw_consent"], ("Frances Quinn", "frances.quinn@gmail.com"),
  "Consent for health data",
  """
  Dear Sandra,

  When we started, I signed the consent about collecting health information. I'd like to
  withdraw that consent from now on - please don't record anything more about my health in our
  sessions.

  Thanks,
  Frances
  """),

R("en-wc-whatsapp", ["withdraw_consent", "objection"], ("Anke Müller", "anke.mueller@posteo.de"),
  "WhatsApp group + newsletter",
  """
  Hello Sandra,

  Two things please: I withdraw the permission I gave to use my photo from the retreat on
  Instagram. And please stop the newsletter for me.

  Thanks!
  Anke
  """),

# ---------- post mortem ----------
R("en-pm-daughter", ["post_mortem"], ("Joanna Whitaker", "joanna.whitaker@gmail.com"),
  "My mother, Elizabeth Whitaker",
  """
  Dear Sandra,

  I'm sorry to tell you that my mother, Elizabeth Whitaker, passed away in January. She spoke
  warmly of her sessions with you. As her executor I'd like to ask that her details are removed
  from your mailing list and files - we keep finding your newsletters in her inbox and it is
  rather painful.

  With thanks,
  Joanna Whitaker
  """, att=[("pdf", "death_certificate_EWhitaker.pdf", "Acte de deces - Elizabeth WHITAKER - 2026")]),

R("en-pm-own-instructions", ["post_mortem"], ("George Hamilton", "george.hamilton@btinternet.com"),
  "Instructions regarding my data after my death",
  """
  Dear Sandra,

  I am putting my affairs in order. Should I die, I would like all the notes from our sessions
  to be destroyed, and nothing passed to my family. My son David Hamilton may contact you to
  confirm.

  Yours sincerely,
  George Hamilton
  """),

R("en-pm-husband-access", ["post_mortem"], ("Michael Brennan", "michael.brennan@eircom.net"),
  "My late wife's coaching",
  """
  Sandra,

  My wife Aoife died last month. She saw you for a few months in 2024. I'd like to see whatever
  she wrote in her questionnaires - it might help me understand some things. I can provide the
  death certificate and our marriage certificate.

  Michael
  """),
# NEAR-LINE: a widower asking for access -> post_mortem only by policy.

R("en-pm-solicitor", ["post_mortem"], ("Hartley & Moss Solicitors", "probate@hartleymoss.co.uk"),
  "Estate of the late Mr Peter Lyons",
  """
  Dear Madam,

  We act for the executors of the estate of Mr Peter Lyons, deceased 3 March 2026, formerly of
  Reuilly. We should be grateful to receive confirmation of any personal data you hold relating
  to the deceased, and your procedure for closing his client account.

  Yours faithfully,

  Anne Moss
  Hartley & Moss Solicitors
  This email and any attachments are confidential and may be legally privileged.
  """, att=[("pdf", "grant_of_probate_Lyons.pdf", "Grant of probate - estate of Peter Lyons")]),

R("en-pm-son-portability", ["post_mortem"], ("Ben Carlisle", "ben.carlisle@gmail.com"),
  "Dad's recordings",
  """
  Hi Sandra,

  My dad Frank Carlisle passed in April. He did voice journals as part of your programme and
  uploaded them to the platform. Would it be possible to get them as audio files? It would mean
  a lot to the family.

  Ben
  """),
# NEAR-LINE: reads like portability, but an heir after a death -> post_mortem only.

R("en-pm-own-directive-formal", ["post_mortem"], ("Patricia Holm", "patricia.holm@gmail.com"),
  "Post-mortem directive",
  """
  Dear Ms Delomenie,

  In accordance with Article 85 of the French Data Protection Act, I hereby give you a specific
  directive: upon my death, my personal data held by Floraison de Soi shall be erased, with the
  exception of invoices you are required to keep. I designate my niece, Karen Holm
  (karen.holm@gmail.com), to see that this is carried out.

  Patricia Holm
  """, att=[("pdf", "directive_PHolm_signed.pdf", "Directive post mortem - Patricia Holm - signed")]),

R("en-pm-partner-testimonial", ["post_mortem"], ("Sam Ellison", "sam.ellison@outlook.com"),
  "Re: testimonial of Chris Ward",
  """
  Hello,

  Chris, my partner, died in the summer. His testimonial is still on your website with his photo.
  Could it be taken down please? I can't bear seeing it whenever someone sends me your link.

  Sam
  """),

# ---------- more multi-right / mixed ----------
R("en-multi-access-erase", ["access", "erasure"], ("Victoria Shaw", "victoria.shaw@gmail.com"),
  "GDPR request",
  """
  Dear Sandra,

  Please first send me a copy of all the personal data you hold on me, and then delete it. I'd
  like to see what there was before it goes.

  Thanks,
  Victoria
  """),

R("en-multi-rect-obj", ["rectification", "objection"], ("Declan Walsh", "declan.walsh@gmail.com"),
  "Two things",
  """
  Sandra,

  The address you have for me is out of date - it's now 5 Allée des Peupliers, 36000
  Châteauroux (not Déols). And while you're at it, please stop sending me the monthly mailing.

  Declan
  """),

R("en-multi-restrict-access", ["restriction", "access"], ("Helen Marsh", "helen.marsh@gmail.com"),
  "Concern about my coaching file",
  """
  Dear Sandra,

  My employer's HR department has referred to something they could only have read in my
  coaching report. Until this is cleared up, please don't share or use my file any further. I'd
  also like to know exactly who has received any part of it, and to have a copy of it myself.

  Helen Marsh
  """),

R("en-multi-port-erase", ["portability", "erasure"], ("Arjun Sharma", "arjun.sharma@gmail.com"),
  "Export then delete",
  """
  Hello Sandra,

  Could you please send me my course data in a format I can import (CSV), and then delete my
  account and everything linked to it?

  Regards,
  Arjun
  """),

R("en-lawyer-mandate", ["access", "erasure"], ("Cabinet Leclerc Avocats", "m.leclerc@leclerc-avocats.fr"),
  "Our client Mr Thomas Reilly - data request",
  """
  Dear Ms Delomenie,

  We act on behalf of Mr Thomas Reilly, whose signed mandate is attached. Our client asks you to
  (i) provide a copy of all personal data concerning him pursuant to Article 15 GDPR, and
  (ii) thereafter erase such data pursuant to Article 17 GDPR, save where retention is required
  by law.

  Yours sincerely,

  Maître Marie Leclerc
  Avocate au Barreau de Bourges
  """, att=[("pdf", "mandat_TReilly.pdf", "Mandat - Thomas Reilly autorise Me Leclerc")], html="alt"),

R("en-parent-minor", ["erasure"], ("Karen Lewis", "karen.lewis@gmail.com"),
  "My son's data",
  """
  Hi Sandra,

  My son Noah (15) attended your teen confidence workshop in English in the Easter holidays. I'd
  like his data deleted, including the worksheet he filled in and his email address. I'm his
  mother and legal guardian.

  Karen Lewis
  """),

R("en-parent-minor-photo", ["withdraw_consent"], ("David Okafor", "david.okafor@gmail.com"),
  "Photo of my daughter",
  """
  Dear Sandra,

  I signed the image authorisation for my daughter Ada (13) at the summer workshop. On
  reflection her mother and I would prefer that her photos are not used. Please take them off
  your website and social media.

  Regards,
  David Okafor
  """),

R("en-hr-employee-request", ["access"], ("Rachel Evans", "rachel.evans@northbridge-group.com"),
  "Copy of my coaching assessment",
  """
  Hi Sandra,

  My company paid for the leadership coaching in 2025 but I understand the assessment is mine.
  Could you send me a copy of the 360 assessment and your written feedback on me? I'd rather
  not go through HR for this.

  Thanks,
  Rachel
  """, mailer="Microsoft Outlook 16.0"),

R("en-subject-only-erase", ["erasure"], ("Nick Foley", "nickfoley@gmail.com"),
  "Please delete all my personal data from your records",
  "", mailer=""),

R("en-form-obj", ["objection"], ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"),
  "Nouveau message du formulaire de contact",
  """
  Nom : Jennifer Walsh
  Email : jen.walsh@gmail.com
  Sujet : Mailing list

  Message :
  Hi, I signed up for the free ebook but now I'm getting weekly promos. Please take me off your
  marketing list. Thanks!

  --
  Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
  """, headers={"Reply-To": "Jennifer Walsh <jen.walsh@gmail.com>"}, to=HER, mailer="WordPress"),

R("en-form-access", ["access"], ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"),
  "Nouveau message du formulaire de contact",
  """
  Nom : Stefan Vogel
  Email : stefan.vogel@gmx.ch
  Sujet : Data

  Message :
  Hello, I would like to receive a list of the personal data you process about me and for
  which purposes. I live in Geneva, was participant in the online stress course.

  --
  Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
  """, headers={"Reply-To": "stefan.vogel@gmx.ch"}, to=HER, mailer="WordPress"),

R("en-euphemism-forget", ["erasure"], ("Charlotte Ames", "charlotte.ames@gmail.com"),
  "Moving on",
  """
  Dear Sandra,

  I think it's time I closed this chapter. I'd like you to forget me - completely, I mean: no
  file, no email address, nothing left on your side.

  Warmly,
  Charlotte
  """),
# NEAR-LINE: euphemistic "forget me" with explicit "no file, no email address" -> erasure.

R("en-rect-complete", ["rectification"], ("Yuki Tanaka-Moore", "yuki.tanakamoore@gmail.com"),
  "Adding my married name",
  """
  Hello Sandra,

  I got married in the summer - could you add my married name (Tanaka-Moore) to my client
  record? Your invoices still say only "Tanaka", and my company needs them under my current
  name for reimbursement.

  Best,
  Yuki
  """),

R("en-restrict-accuracy-indian", ["restriction"], ("Vikram Iyer", "vikram.iyer@rediffmail.com"),
  "Regarding incorrect remark in report",
  """
  Dear Madam,

  The evaluation sheet of the training mentions that I was absent on 2nd day, which is factually
  incorrect as I was present (I have the train tickets). Till the time this is verified, kindly
  do not use or forward this sheet to my employer.

  Regards,
  Vikram Iyer
  """),

R("en-port-gdpr-formal", ["portability"], ("Eva Lindqvist", "eva.lindqvist@gmail.com"),
  "Data portability request - Art. 20 GDPR",
  """
  Dear Sandra,

  I would like to exercise my right to data portability. Please provide the personal data I
  provided to you (registration form, journal uploads, self-assessments) in a structured,
  commonly used and machine-readable format.

  Best regards,
  Eva Lindqvist
  """, html="alt"),

R("en-obj-and-wc", ["objection", "withdraw_consent"], ("Alice Gordon", "alice.gordon@yahoo.co.uk"),
  "Please stop",
  """
  Hello Sandra,

  I'd rather not appear in your promotional material any more, so I'm withdrawing my consent for
  the group photo from the retreat. And I'd be grateful if you could stop emailing me offers.

  Kind regards,
  Alice
  """),
]
