"""Italian core words (a data addition: the rules are language-free)."""

LANGUAGE = "it"

SECTIONS = {
    "education": ("formazione", "istruzione"),
    "employment": ("esperienza", "esperienze professionali", "carriera"),
    "publications": ("pubblicazioni",),
    "students": ("supervisione", "tesi seguite", "studenti"),
    "jury": ("commissione", "commissioni di dottorato"),
    "teaching": ("didattica", "insegnamento"),
}
SUPERVISION_CUES = (
    "relatore",
    "relatrice",
    "relatori",
    "correlatore",
    "correlatrice",
    "supervisore",
    "tutor",
    "co-tutor",  # an Italian PhD's co-supervisor ("Tutor: A. Co-tutor: B.")
    "cotutor",
    "sotto la supervisione di",
    "sotto la guida di",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = ("insieme a", "nel gruppo di")
COSUPERVISION_CUES = ("in co-tutela con",)
CONTEXT = {
    "phd": ("dottorato", "tesi di dottorato", "dottorando", "dottoranda"),
    "postdoc": ("postdoc", "assegno di ricerca", "assegnista"),
    "internship": ("tirocinio", "stage"),
    "other": ("tesi magistrale", "tesi di laurea", "laurea magistrale"),
}
JURY_CUES = ("commissione", "commissione giudicatrice", "commissione di dottorato")
JURY_ROLES = {
    "jury_reviewer": ("revisore", "revisori", "valutatore", "referee"),
    "jury_examiner": ("esaminatore", "esaminatrice", "commissario"),
    "jury_president": ("presidente",),
    "jury_member": ("membro", "componente"),
}
NOT_JURY = ("concorso", "commissione di selezione")
NOT_RELATION = ("curatore", "editor")
POSITIONS = ("professore", "professoressa", "ricercatore", "ricercatrice", "docente")
STUDIES = ("studente", "studentessa", "laurea", "dottorato")
MEMBERSHIP = ("membro di",)
INSTITUTION_HEADS = ("università", "scuola", "istituto", "politecnico", "centro")
UNIT_HEADS = ("dipartimento", "laboratorio", "gruppo")
TEAM_WORDS = ("gruppo",)
AUTHOR_LABELS = ("autori",)
MONTHS = {
    "gennaio": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
}
PRESENT = ("oggi", "presente", "attuale")
SINCE = ("dal", "da")
RANGE_WORDS = ("al", "fino")
TITLES = ("prof", "dott", "dr", "ing", "dott.ssa", "prof.ssa", "dottssa", "profssa")
CONNECTORS = ("e", "ed")
OFFER = ("bando", "candidati", "posizione")
FIRST_PERSON = ("io", "mio", "mia")
# « Università del Piemonte orientale »: the region's adjective ends the name.
PLACE_ADJECTIVES = ("orientale", "occidentale", "meridionale", "settentrionale")
