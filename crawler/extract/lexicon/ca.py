"""Catalan core words (a data addition: the rules are language-free).

Batch 97 (a Catalan professor's own site): a thesis "dirigida per" or done "sota la
direcció del Dr. A", a co-director "codirigida amb B", a postdoc's stay ("estada
postdoctoral") "amb el Prof. C", and the thesis juries sat on ("Secretària del tribunal de la
tesi doctoral d'A", "Vocal del tribunal de tesi de B").  Words Spanish writes the same
("tribunal", "vocal", "codirector") are Spanish's.
"""

LANGUAGE = "ca"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "education": ("formació", "formació acadèmica"),
    "employment": ("trajectòria", "trajectòria professional"),
    "publications": ("publicacions", "publicacions recents"),
    "students": ("tesis dirigides", "tesis doctorals dirigides", "direcció de tesis"),
    "jury": ("tribunals", "tribunals de tesi", "tribunals de tesis"),
    "teaching": ("docència",),
    "grants": ("projectes", "projectes de recerca"),
}
SUPERVISION_CUES = (
    "director de tesi",
    "directora de tesi",
    # "Director de la tesi: Dr. A" (a thesis's cover)
    "director de la tesi",
    "directora de la tesi",
    "dirigida per",
    "dirigit per",
    "sota la direcció de",
    "sota la direcció del",
    "sota la direcció de la",
    "sota la supervisió de",
    "sota la supervisió del",
    "codirigida per",
    "codirigit per",
)
# ("amb" alone is too short a word: only with its article)
WEAK_SUPERVISION_CUES = ("amb el", "amb la")
COSUPERVISION_CUES = (
    "codirigida amb",
    "codirigit amb",
    "codirigida amb el",
    "codirigida amb la",
    "codirigit amb el",
    "codirigit amb la",
    "en codirecció amb",
)
CONTEXT = {
    "phd": ("tesi doctoral", "doctorat", "tesi", "tesis doctorals", "doctorand", "doctoranda"),
    "postdoc": ("estada postdoctoral", "postdoctoral", "postdoc"),
    "other": ("treball de fi de màster", "treball de fi de grau"),
}
JURY_CUES = ("tribunal de tesi", "tribunal de la tesi")
JURY_ROLES = {
    "jury_president": ("president del tribunal", "presidenta del tribunal"),
    "jury_member": ("secretari", "secretària", "secretari del tribunal", "secretària del tribunal"),
}
NOT_JURY = ("tribunal d'oposició", "comissió de selecció", "comissió de seguiment")
NOT_RELATION = ("investigador principal", "investigadora principal")
# Batch 154: "Directors: Dr. A i Dra. B" (Catalan's "and"; a name's own "i", "Puig i
# Cadafalch", stays in the name as Spanish's "y" does).
CONNECTORS = ("i",)
MEMBERSHIP = ("membre del", "membre de")
UNIT_HEADS = ("departament", "facultat")
TEAM_WORDS = ("grup de recerca",)
MONTHS = {
    "gener": 1,
    "febrer": 2,
    "març": 3,
    "maig": 5,
    "juny": 6,
    "juliol": 7,
    "agost": 8,
    "setembre": 9,
    "desembre": 12,
}
PRESENT = ("actualitat", "actualment")
SINCE = ("des de", "des del")
TITLES = ("dr", "dra", "prof")
FIRST_PERSON = ("jo", "vaig")
# "la tesi doctoral d'A", "la tesi de B".
THESIS_OF_NOUNS = ("tesi", "tesi doctoral")
OF_WORDS = ("de", "d'")
THESIS_WORDS = ("tesi",)
STUDENT_LABELS = ("doctorand", "doctoranda")
UNIVERSITY_OF = ("de la Universitat",)  # "Departament de Física de la Universitat X"
# "Dr. A, Investigador Científic, Institut X" (a thesis cover's supervisor line): ranks, no
# person's name.
POSITIONS = (
    "investigador científic",
    "investigadora científica",
    "professor agregat",
    "professora agregada",
    "catedràtic",
    "catedràtica",
)
# "Durant la meva estada de recerca a la Universitat X": a research stay, no post there.
STAY_WORDS = ("estada", "estades", "estada de recerca")
