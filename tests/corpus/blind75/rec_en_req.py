# English requests: expats, non-native writers, lawyers, heirs.
from recordlib import m

RECORDS = [
m("en-req-widow-husband-records", ["post_mortem"], "Margaret Holloway <maggie.holloway@btinternet.com>",
  "My husband David Holloway",
  """Dear Sandra,

I'm writing with some sad news. David passed away on the 9th of March, after a short illness. He so enjoyed the retirement workshops you ran in Issoudun while we were living in the Berry, and spoke of you fondly.

I am trying to close down his various accounts. Could you please delete whatever you hold for him, and stop the newsletter to his address? If there is anything he wrote in your workshops that you are allowed to share with me, I would treasure it, but I understand if not.

With warm regards,
Margaret Holloway""", mailer="apple"),

m("en-req-moving-abroad-export", ["portability"], "Daniel Fischer <daniel.fischer@gmx.de>",
  "Export of my coaching file",
  """Hello Sandra,

As you know my contract in France ended and I am moving back to Hamburg in two weeks. I found a coach there who works with the same tools. Could you send my questionnaires, goals and session summaries in a machine-readable format (CSV or JSON is perfect), so she can import them?

Thanks a lot for this year, it was not an easy one.
Daniel"""),

m("en-req-divorce-restriction-lawyer-sub", ["restriction"], "Rachel Evans <rachel.evans@outlook.com>",
  "Please hold my file",
  """Hi Sandra,

My divorce has turned nasty and my husband's solicitor has hinted they might try to get hold of "therapy notes". I know you're a coach, not a therapist, but still.

I don't want anything deleted – my own lawyer says it might actually help me. I just want you to stop using my file and not release it to anyone until the case is over. Can you confirm that's possible?

Rachel"""),

m("en-req-non-native-delete-all", ["erasure"], "Ana Popescu <ana.popescu88@yahoo.com>",
  "delete my informations please",
  """Hello Mrs Sandra,

I did the training "Find your place" in 2024 when I arrived in France for my husband job. Now we are back in Romania because my mother is sick. I don't need anymore the account on your platform.

Please can you delete my account and all my informations you have, because I don't want that they stay in internet.

Thank you very much for everything, you was very kind.
Ana"""),

m("en-req-access-job-loss", ["access"], "Tom Whitaker <tom.whitaker@gmail.com>",
  "Subject access request",
  """Dear Ms Delomenie,

I was made redundant last month by Berry Composites, who had paid for my leadership coaching with you last year. During the consultation process my manager quoted something I'm fairly sure I only said in a session.

Under Article 15 GDPR, I'd like a copy of all personal data you hold on me, the purposes, and the recipients (in particular anything shared with Berry Composites or its HR team).

Kind regards,
Tom Whitaker""", mailer="outlook"),

m("en-req-teen-daughter-photo", ["withdraw_consent"], "Jennifer Clarke <jen.clarke@icloud.com>",
  "Photo of Emily",
  """Hi Sandra,

Emily (she's 14 now!) saw herself in the group photo from the teen confidence camp on your Instagram and asked me to get it taken down. She's going through a really self-conscious phase.

I did sign the photo release back then, but I'd like to withdraw that consent. Could you remove the photos she's in?

Many thanks, she really loved the camp,
Jen""", mailer="iphone"),

m("en-req-unsubscribe-grief", ["objection"], "Paul Mercer <paul.mercer@gmail.com>",
  "unsubscribe",
  """Please take me off your mailing list. My wife signed us both up and she passed in January. I can't find the unsubscribe link on my phone.
Paul"""),
# NEAR-LINE: mentions a death but asks for HIS OWN address -> objection, not post_mortem.

m("en-req-lawyer-mandate-access-portability", ["access", "portability"], "Sarah Bennett <s.bennett@bennettlaw.co.uk>",
  "Data subject request on behalf of Mr Oliver Grant",
  """Dear Madam,

We act for Mr Oliver Grant, who attended your coaching programme between March and October 2025. A signed letter of authority is attached.

On his behalf we request under Articles 15 and 20 of the GDPR: (a) confirmation of whether you process his personal data and a copy of that data, including its source and any recipients; and (b) the data he provided to you in a structured, commonly used and machine-readable format.

Please respond within one month of receipt.

Yours faithfully,
Sarah Bennett
Bennett & Co Solicitors, 14 King Street, Bath BA1 2AB
This email and any attachments are confidential and may be legally privileged.""",
  attachments=[("pdf", "Letter-of-authority-Grant.pdf", "Letter of authority - Oliver GRANT authorises Bennett and Co Solicitors")],
  html="alt", mailer="outlook"),

m("en-req-own-death-instructions", ["post_mortem"], "Robert Nash <bob.nash@btinternet.com>",
  "For when I'm gone",
  """Sandra,

I've been told I have months rather than years. I'm putting my affairs in order and this is one small item.

After my death I'd like my son James (james.nash@gmail.com) to receive the letter to my future self I wrote in your workshop last autumn. Everything else you hold on me should be deleted then. Please keep this email on file.

With thanks for the laughter,
Bob"""),

m("en-req-retirement-stop-marketing", ["objection"], "Linda Harper <linda.harper@aol.com>",
  "No more offers please",
  """Hello,

I've just retired and moved to Portugal, so your invitations to career workshops in Issoudun are a bit wasted on me! Please stop sending me promotional emails. Best of luck!
Linda"""),

m("en-req-rectify-name-transition", ["rectification"], "Alex Martin <alex.martin.dev@gmail.com>",
  "Name change",
  """Hi Sandra,

Some personal news: I've transitioned and legally changed my first name. I'm Alex now (previously Alexandra). Could you update my name and title (no "Mme", please just "Alex Martin" or "M.") in your records and on future invoices?

Thanks for being one of the people I didn't worry about telling.
Alex"""),

m("en-req-illness-restrict-then-erase-change-mind", ["erasure"], "Claire O'Neill <claire.oneill@gmail.com>",
  "My file — changed my mind",
  """Hi Sandra,

Last week I asked you to just "pause" my file while I'm in treatment. I've thought about it a lot since, and I'd rather you delete everything. I don't want to come back to any of it, whatever happens with the chemo. New start, clean slate.

Thank you for understanding,
Claire""", quote=("gmail_en", "Claire O'Neill <claire.oneill@gmail.com>", """Hi Sandra, could you pause my file and not use it for now? I'm starting treatment on Monday.
Claire""")),
# NEAR-LINE: the quoted earlier mail asked for restriction; only the new text counts -> erasure.

m("en-req-son-for-minor-daughter-erasure", ["erasure"], "Mark Sullivan <mark.sullivan@outlook.ie>",
  "Data about my daughter Chloe",
  """Dear Sandra,

My daughter Chloe (15) attended your study-skills sessions last year when we were living in Châteauroux. We've since moved back to Cork. I'm her father and legal guardian.

Please delete all personal data you hold about Chloe – her registration, notes and questionnaires.

Kind regards,
Mark Sullivan"""),

m("en-req-testimonial-withdraw-new-job", ["withdraw_consent"], "Priya Raman <priya.raman@gmail.com>",
  "My testimonial",
  """Hi Sandra,

I hope you're well. Big news: I got the job at the ministry! One awkward thing – the vetting process flagged my testimonial on your website, where I talk about my anxiety. I'm not ashamed of it but I'd rather it wasn't the first thing people find when they Google me.

Could you take it down, please? I withdraw my consent for it to be published.

Priya"""),

m("en-req-heir-notary-english", ["post_mortem"], "Harrison & Cole LLP <probate@harrisoncole.co.uk>",
  "Estate of the late Mrs Joan Whitfield",
  """Dear Sir or Madam,

We are the executors of the estate of the late Mrs Joan Whitfield of Saint-Georges-sur-Arnon, who died on 18 December 2025.

We would be grateful if you would confirm what personal data you hold relating to the deceased, provide a copy to us as executors, and thereafter close any account in her name.

A certified copy of the death certificate and grant of probate are enclosed.

Yours faithfully,
Harrison & Cole LLP""",
  attachments=[("pdf", "Death-certificate-Whitfield.pdf", "Certified copy of death certificate - Joan WHITFIELD"),
               ("pdf", "Grant-of-probate.pdf", "Grant of Probate - Estate of Joan WHITFIELD")]),

m("en-req-object-profiling", ["objection"], "Eva Lindqvist <eva.lindqvist@outlook.com>",
  "Tracking in your emails",
  """Hej Sandra,

I noticed your newsletters contain tracking pixels and the links are individually tagged. Since I got ill I've become quite protective of my data. I object to you profiling my reading behaviour. I still want the newsletter, just without tracking.

Best,
Eva"""),

m("en-req-access-ex-employee-hr", ["access", "rectification"], "Nick Adeyemi <nick.adeyemi@gmail.com>",
  "my assessment",
  """Hi,

After leaving Fontaine Logistique I asked HR for my file and found a summary of your 360 assessment of me that says I "refused feedback". That is not what happened — I asked for the feedback in writing.

Can you send me everything you hold about me from that programme, and correct that line in your records?

Nick Adeyemi"""),

m("en-req-bereaved-mother-own-data-erasure", ["erasure", "withdraw_consent"], "Helen Brooks <helen.brooks@yahoo.co.uk>",
  "Please remove me",
  """Dear Sandra,

After losing our baby in the autumn I did your online grief circle and agreed to be recorded for the replay. I'm grateful, truly. But we're moving on now, moving house too, and I need to close this chapter.

Please remove me from the recording (I'm withdrawing my consent), and delete my account and everything else you have about me.

Helen"""),

m("en-req-contest-accuracy-restrict", ["restriction"], "Gareth Price <gareth.price@gmail.com>",
  "Incorrect entry in my session notes",
  """Sandra,

Your summary of session 4, which you emailed me, says I "disclosed a history of gambling". I did not. I talked about my brother's gambling and what it did to our family.

I contest the accuracy of this entry. Until it's sorted, please don't use those notes or pass them to the occupational health service that referred me.

Gareth"""),

m("en-req-portability-new-coach-uk", ["portability"], "Sophie Turner <sophie.turner@me.com>",
  "Moving on (with thanks)",
  """Hi Sandra,

As we discussed in our last call, I'm continuing with a coach in Bristol now that we've moved back to the UK. Could you transfer my workbook entries and assessments to her directly? She's at hello@claritycoaching.co.uk and uses CoachAccountable, so an export file would be ideal.

Thanks for everything,
Sophie""", mailer="apple"),

m("en-req-sms-stop-new-number", ["objection"], "Mehdi <mehdi.s@gmail.com>",
  "stop texts",
  """hi, please stop the promo text messages, i lost my job and im trying to save money, dont want temptation lol. thanks"""),

m("en-req-father-son-death-post-mortem", ["post_mortem"], "Peter Lawson <peter.lawson@gmail.com>",
  "Our son Ben Lawson",
  """Dear Ms Delomenie,

Our son Ben died in a road accident on 3 May. He was 24. We have been going through his emails and saw he'd been coaching with you for his career change.

We'd like to know what you hold about him and, if possible, to receive a copy of anything he wrote. We are his parents and his only heirs.

Peter and Susan Lawson""", cte="qp"),

m("en-req-erasure-short", ["erasure"], "Chris Dunn <chris.dunn@hotmail.co.uk>",
  "Erase my data",
  """Please erase all personal data you hold on me. I finished the programme in 2024 and have since emigrated to Canada. Thanks, Chris Dunn"""),

m("en-req-restrict-sick-leave", ["restriction"], "Jonas Becker <jonas.becker@web.de>",
  "Sick leave - please freeze my file",
  """Dear Sandra,

I am on long sick leave (burnout) and my company, who pays for the coaching, is asking for progress reports. I am not able to decide anything right now.

Please do not delete my file, but freeze it: no use, no reports to the company, until I come back to you. I hope this is okay.

Best regards,
Jonas""", mailer="thunderbird"),

m("en-req-access-and-erasure-divorce", ["access", "erasure"], "Natalie Cooper <natalie.cooper@gmail.com>",
  "Data request",
  """Hi Sandra,

Now that the divorce is final I'm going through every place my ex-husband and I shared information. We did your couples workshop in 2023.

First I'd like a copy of what you hold about me. Once I've seen it, please delete it all.

Natalie""", html="only"),

m("en-req-withdraw-questionnaire-research", ["withdraw_consent"], "Hannah Wright <hannah.wright@gmail.com>",
  "Research use of my questionnaire",
  """Hi Sandra,

I ticked the box allowing my questionnaire answers to be used for your research on women returning to work after cancer. I've since had a recurrence and I find it hard to think of my answers being "data" in a study.

I'd like to withdraw that consent. Sorry, and thank you.
Hannah"""),

m("en-req-portability-erasure-expat", ["portability", "erasure"], "Kenji Watanabe <kenji.watanabe@gmail.com>",
  "Leaving France",
  """Dear Sandra,

My posting in France is over and I return to Tokyo next month. Please send me my coaching data in a standard file format (CSV or similar), and after that please erase my data from your systems.

Thank you for your support during a difficult year far from home.
Kenji Watanabe"""),

m("en-req-rectify-email-after-divorce", ["rectification"], "Laura Kim <laura.kim.design@gmail.com>",
  "New email address",
  """Hi Sandra, quick one: please replace laura.kim.smith@gmail.com (my married-name account, which I'm closing) with this address for all future emails and invoices. Thanks! Laura"""),

m("en-req-object-contact", ["objection"], "Ian McGregor <ian.mcgregor@gmail.com>",
  "Please don't contact me",
  """Sandra,

I appreciate you checking in after my father's funeral, but I'd rather not be contacted any more, by phone or email, about upcoming sessions or offers. I'll reach out if I ever want to come back.

Ian"""),

m("en-req-daughter-helping-mother-rectify", ["rectification"], "Ruth Goldberg <ruth.goldberg@gmail.com>",
  "For my mother, Miriam Goldberg",
  """Hello,

I'm writing on behalf of my mother, Miriam Goldberg, who is sitting next to me and asked me to type this — her eyesight has got much worse.

She's moved in with us: her new address is 5 Hill Road, Oxford OX3 7AB, UK. Please replace her old address in Reuilly. Her email stays the same.

Ruth (for Miriam)""", cc="Miriam Goldberg <miriam.goldberg@orange.fr>"),
# NEAR-LINE: relative typing for a present, consenting mother (cc'd) -> her own request, rectification.

m("en-req-restrict-objection-multi", ["restriction", "objection"], "Oscar Lindgren <oscar.lindgren@gmail.com>",
  "Two requests",
  """Hi Sandra,

1) I'm disputing what your summary says about why I left my job (I resigned; I wasn't "let go"). Please don't use or share that summary until we fix it.
2) Please also stop the marketing emails.

Cheers,
Oscar"""),

m("en-req-deleted-account-and-data-plain", ["erasure"], "Grace Okafor <grace.okafor@yahoo.com>",
  "Please close my account and delete my data",
  """Hello Sandra, I finished my online course last month and I'm moving to Lagos to be near my family after my father's stroke. Please close my account and delete my personal data. Warm regards, Grace"""),

m("en-req-access-recordings-widower", ["access"], "Frank Delaney <frank.delaney@eircom.net>",
  "recordings of my sessions",
  """Dear Sandra,

After Maureen died I had six sessions with you over Zoom. You mentioned you recorded them for supervision. I'd like a copy of those recordings, if they still exist. I think I'm ready to listen to myself from back then.

Frank"""),

m("en-req-objection-statistics", ["objection"], "Leila Haddad <leila.haddad@proton.me>",
  "Please exclude me from statistics",
  """Hello Sandra,

I object to my data being used in your anonymised statistics and annual "impact report". I lost my job after a very public dispute and I'm wary of any use of my story, even anonymised.

Thank you,
Leila"""),

m("en-req-withdraw-consent-health-data", ["withdraw_consent", "erasure"], "Beth Moran <beth.moran@gmail.com>",
  "health information",
  """Hi Sandra,

When we started I agreed in the contract that you could keep notes about my health (the endometriosis, the surgery). I'm withdrawing that consent and would like those health notes deleted, along with everything else – I'm stopping the coaching altogether.

Beth"""),
]
