"""Words that organisation names spell many ways, folded to one token for the org key.

Kept apart from the resolution rules (``graph.organisations``) so that adding a language
or an abbreviation is a one-line change here.
"""

from __future__ import annotations

#: Folded word → the token the key uses ("Univ." and "Université" and "University" meet).
EQUIVALENT_WORDS: dict[str, str] = {
    "univ": "univ",
    "universite": "univ",
    "university": "univ",
    "universitat": "univ",
    "universita": "univ",
    "universidad": "univ",
    "universidade": "univ",
    "universiteit": "univ",
    "inst": "inst",
    "institut": "inst",
    "institute": "inst",
    "instituto": "inst",
    "istituto": "inst",
    "lab": "lab",
    "labo": "lab",
    "laboratoire": "lab",
    "laboratory": "lab",
    "laboratorio": "lab",
    "dept": "dept",
    "departement": "dept",
    "department": "dept",
    "ctr": "centre",
    "centre": "centre",
    "center": "centre",
    "centro": "centre",
    "nat": "nat",
    "national": "nat",
    "nationale": "nat",
    "tech": "tech",
    "technology": "tech",
    "technologie": "tech",
    "technologique": "tech",
    "math": "math",
    "maths": "math",
    "mathematiques": "math",
    "mathematics": "math",
    "sup": "sup",
    "superieure": "sup",
    "superieur": "sup",
}

#: Words that carry no identity ("Université *de* Lille", "*the* University of Oxford").
STOPWORDS = frozenset(
    "de du des d la le les l the of and et a an at in en und der die das di del della".split()
)

#: Words that only say "this is a team" ("team DAO", "équipe-projet OCKHAM", "DANTE team").
TEAM_WORDS = frozenset("team equipe projet project group groupe research recherche".split())
