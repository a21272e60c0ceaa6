"""Shared constants for the record files."""

CONTACT = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")
ORANGE = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")
FLORAISON = ("Floraison de Soi", "contact@floraisondesoi.fr")

SIG = ("Sandra Delomenie\n"
       "Floraison de Soi - coaching & formation\n"
       "46 rue d'Estienne d'Orves, 36100 Issoudun\n"
       "06 81 84 21 73")
SIG_SHORT = "Sandra\nFloraison de Soi"
