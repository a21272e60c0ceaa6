"""Record helper shared by the b6 record files."""
def M(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=sorted(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    return d

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"

# Fixed dates for messages whose text mentions dates (keeps the story consistent).
DATES = {
    "fr_deces_maman": "2025-02-19 18:40", "en_pm_executor_solicitor": "2025-10-06 10:15",
    "en_pm_nephew_testimonial": "2025-07-15 21:03", "en_pm_daughter_unsubscribe": "2025-11-20 08:12",
    "fr_pm_fils_desinscrire": "2026-01-12 14:27", "fr_pm_fille_acces_compte": "2025-03-24 09:55",
    "fr_demenagement_adresse": "2025-05-20 12:31", "en_neg_stripe_receipt": "2026-03-12 15:02",
    "fr_neg_stripe_virement": "2025-05-12 06:10", "fr_neg_calendly_annulation": "2025-11-14 19:22",
    "fr_neg_calendly_nouvelle_resa": "2025-11-28 13:47", "en_neg_calendly_reschedule": "2026-01-30 08:05",
    "fr_neg_systemeio_rgpd_notice": "2025-09-01 10:00", "en_neg_calendly_privacy_update": "2025-05-02 17:30",
    "fr_neg_comptable_export": "2026-01-20 09:40", "fr_neg_sandra_au_comptable": "2026-01-22 21:14",
    "fr_neg_salon_partenaire": "2025-12-03 11:11", "en_neg_stripe_dispute": "2025-11-07 03:22",
    "fr_neg_rappel_systeme_html": "2026-01-27 07:00", "fr_neg_newsletter_formation_coach": "2025-02-20 07:30",
    "fr_neg_sandra_newsletter_envoyee": "2025-10-01 07:00", "fr_neg_banque_releve": "2025-09-03 05:48",
    "fr_neg_newsletter_urssaf": "2025-07-08 10:00", "fr_neg_autoreply_absente": "2025-08-06 16:02",
    "en_neg_autoreply": "2025-08-12 11:40", "fr_photos_enfant_parent": "2025-03-20 22:05",
    "fr_enfant_majeur_pour_mere_mineure_non": "2025-05-10 10:26", "fr_neg_invite_anniversaire_entreprise": "2025-06-05 19:50",
    "fr_neg_retirer_inscription": "2025-04-15 13:13", "en_neg_withdraw_from_workshop": "2025-09-02 07:51",
    "en_neg_venue_gdpr_form": "2025-04-08 15:20", "fr_neg_pause_accompagnement": "2025-05-28 20:19",
    "en_neg_pause_coaching": "2025-06-10 09:09", "en_portability_new_coach": "2025-06-25 18:34",
    "fr_parent_fille_mineure": "2025-03-05 12:48", "fr_avocat_mandat": "2025-10-15 16:40",
    "fr_neg_copie_facture": "2025-02-10 08:58", "fr_neg_mutuelle_attestation": "2025-12-08 19:31",
    "en_late_payment_then_copy": "2025-06-02 10:17", "en_withdraw_video": "2025-09-15 20:44",
    "en_withdraw_photo_ps": "2025-10-10 08:30", "en_rectification_notes_wrong": "2025-04-15 22:10",
    "fr_enregistrement_seance_copie": "2025-03-18 14:02", "fr_neg_paiement_retard_simple": "2025-04-03 18:25",
    "fr_forward_mari_efface": "2025-03-06 21:36", "fr_copie_notes_seances": "2025-04-28 09:00",
    "fr_neg_retour_atelier_effacer_croyances": "2025-06-15 10:05", "fr_retard_paiement_puis_copie": "2025-04-14 17:02",
    "fr_neg_sandra_relance_facture": "2025-04-11 09:30", "en_pm_widow_recordings": "2025-12-01 11:00",
}

_M = M
def M(key, lang, rights, frm, subj, body, **kw):
    if "date" not in kw and key in DATES:
        kw["date"] = DATES[key]
    return _M(key, lang, rights, frm, subj, body, **kw)
