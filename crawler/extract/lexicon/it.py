"""Italian core words (a data addition: the rules are language-free)."""

LANGUAGE = "it"

SECTIONS = {
    "education": ("formazione", "istruzione"),
    "employment": (
        "esperienza",
        "esperienze professionali",
        "carriera",
        # Batch 51 (a university's "scheda docente", an English page by an Italian PhD student):
        # the words of an Italian CV, as data.
        "posizioni",
        "posizione attuale",
        "carriera accademica",
    ),
    "publications": (
        "pubblicazioni",
        "pubblicazioni scientifiche",
        "prodotti della ricerca",
    ),
    "students": (
        "supervisione",
        "tesi seguite",
        "studenti",
        "tesi di dottorato seguite",
        "tesi di laurea seguite",
        "dottorandi",
        "relatore di tesi",
        # Batch 84: "Attività didattica e di tutoraggio" (an Italian CV's teaching and supervision):
        # the theses the owner supervised are listed there ("di tutoraggio", two words, ties with
        # "attività didattica", and students come first).
        "tutoraggio",
        "di tutoraggio",
        # Batch 221: "Attività didattica e di supervisione" (as "di tutoraggio" above).
        "di supervisione",
        "attività di supervisione",
        # Batch 163: an RTD's supervision section, its sub-lists labelled in italics
        # ("Dottorandi", "Assegnisti di ricerca"): each label closes the one before it.
        "assegnisti di ricerca",
    ),
    "jury": (
        "commissione",
        "commissioni di dottorato",
        "commissioni",
        "commissioni giudicatrici",
        "commissioni di esame finale",
    ),
    "teaching": (
        "didattica",
        "insegnamento",
        "insegnamenti",
        "attività didattica",
    ),
    "talks": ("seminari", "relazioni a convegni", "interventi a convegni"),
    "service": ("incarichi", "attività istituzionali", "attività di servizio"),
    "awards": ("premi", "riconoscimenti"),
    "grants": ("progetti", "progetti di ricerca", "finanziamenti"),
    "contact": ("contatti", "recapiti"),
    "skills": ("lingue", "competenze"),
    "offers": ("posizioni aperte", "bandi"),
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
    "sotto la supervisione del",
    "sotto la supervisione della",
    "sotto la guida del",
    "sotto la guida della",
    "sotto la direzione di",
    "sotto la direzione del",
    "sotto la direzione della",
    "relatrici",
    "correlatori",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = (
    "insieme a",
    "nel gruppo di",
    "nel gruppo del",
    "nel gruppo della",
)
COSUPERVISION_CUES = (
    "in co-tutela con",
    "co-tutor con il",
    "co-tutor con la",
    "co-tutor con",
    "cotutor con",
    "in cotutela con",
    # "supervised … insieme al Prof. A": the co-advisor beside the owner.
    "insieme al",
    "insieme alla",
    "insieme a",
)
CONTEXT = {
    "phd": (
        "dottorato",
        "tesi di dottorato",
        "dottorando",
        "dottoranda",
        "dottorato di ricerca",
        "dottorandi",
        "ciclo di dottorato",
    ),
    "postdoc": (
        "postdoc",
        "assegno di ricerca",
        "assegnista",
        "assegnista di ricerca",
        "assegnisti",
        "post-doc",
    ),
    "internship": (
        "tirocinio",
        "stage",
        # Batch 221: "Periodo di ricerca di sei mesi presso X, sotto la supervisione di B"
        # (a doctoral student's stay abroad).
        "periodo di ricerca",
        "periodo di ricerca all'estero",
    ),
    "other": (
        "tesi magistrale",
        "tesi di laurea",
        "laurea magistrale",
        "laurea",
        "lauree magistrali",
        "laurea triennale",
        "laurea specialistica",
        "laureata",
        "laureato",
        "laureando",
        "laureanda",
    ),
}
JURY_CUES = (
    "commissione",
    "commissione giudicatrice",
    "commissione di dottorato",
    "commissione giudicatrice",
    "commissione di esame finale",
    # Batch 221: a CV's "Commissione dell'esame finale: Prof. A (Univ. X, presidente), B"
    # (the label runs to its colon).
    "commissione dell'esame finale",
    "commissione giudicatrice dell'esame finale",
    "commissione giudicatrice dell’esame finale",
    "commissione d'esame finale",
    "commissione per l'esame finale",
    "valutatori esterni",
    "revisori esterni",
    "valutatore esterno",
)
JURY_ROLES = {
    "jury_reviewer": (
        "revisore",
        "revisori",
        "valutatore",
        "referee",
        "revisore esterno",
        "revisora esterna",
        "valutatrice",
        # The external evaluators who read an Italian thesis before its final exam, and the
        # commission's secretary (a member without a stated role).
        "valutatori esterni",
        "valutatore esterno",
        "valutatrice esterna",
        "valutatori",
        "revisori esterni",
    ),
    "jury_examiner": ("esaminatore", "esaminatrice", "commissario"),
    "jury_president": (
        "presidente",
        # "commissione presieduta dal prof. A": the chair after the participle.
        "presieduta da",
        "presieduta dal",
    ),
    "jury_member": (
        "membro",
        "componente",
        "membro effettivo",
        "componente effettivo",
        "segretario",
        "segretaria",
        "componenti",
    ),
}
NOT_JURY = (
    "concorso",
    "commissione di selezione",
    # Hiring boards ("commissione di concorso", "procedura selettiva", "procedura valutativa").
    "commissione di concorso",
    "procedura selettiva",
    "procedura valutativa",
    "posto di ricercatore",
    "posto di professore",
    # Batch 129: a commission's substitute members ("Membri supplenti"), who sat on no jury.
    "membri supplenti",
    "supplenti",
)
NOT_RELATION = ("curatore", "editor")
POSITIONS = (
    "professore",
    "professoressa",
    # a hospital physician's post ("dirigente medico presso l'Ospedale X")
    "dirigente medico",
    "ricercatore",
    "ricercatrice",
    "docente",
    "professore associato",
    "professoressa associata",
    "professore ordinario",
    "professoressa ordinaria",
    "ricercatore a tempo determinato",
    "ricercatrice a tempo determinato",
    "ricercatore a tempo indeterminato",
    "ricercatrice a tempo indeterminato",
    "assegnista",
    "assegnista di ricerca",
    "borsista",
    "tecnologo",
    # "RTD-A", "RTD-B", "RTT": Italian fixed-term and tenure-track researcher posts.
    "rtd-a",
    "rtd-b",
    "rtda",
    "rtdb",
    "rtt",
    "ricercatrice rtd-b",
)
STUDIES = (
    "studente",
    "studentessa",
    "laurea",
    "dottorato",
    "laureata",
    "laureato",
    "si è laureata",
    "si è laureato",
    "dottorando",
    "dottoranda",
)
MEMBERSHIP = ("membro di",)
INSTITUTION_HEADS = (
    "università",
    "scuola",
    "istituto",
    "politecnico",
    "centro",
    # "presso il Museo di Storia Naturale": a museum employs its researchers.
    "museo",
    # hospitals that employ physicians ("dirigente medico, Ospedale Civile di X", "Azienda
    # Ospedaliero-Universitaria Y", "Policlinico Z")
    "ospedale",
    "azienda ospedaliera",
    "azienda ospedaliero-universitaria",
    "azienda ospedaliero universitaria",  # (the hyphen read as a space)
    "policlinico",
)
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
PRESENT = (
    "oggi",
    "presente",
    "attuale",
    "in corso",
)
SINCE = ("dal", "da")
RANGE_WORDS = ("al", "fino")
TITLES = (
    "prof",
    "dott",
    "dr",
    "ing",
    "dott.ssa",
    "prof.ssa",
    "dottssa",
    "profssa",
    "prof.ssa",
    "dott.ssa",
    "sig",
    "sig.ra",
    # "sotto la guida della Professoressa A": the full word before a name, as a title.
    "professoressa",
    "professore",
    "dottoressa",
)
CONNECTORS = ("e", "ed")
OFFER = ("bando", "candidati", "posizione")
FIRST_PERSON = ("io", "mio", "mia")
# « Università del Piemonte orientale »: the region's adjective ends the name.
PLACE_ADJECTIVES = ("orientale", "occidentale", "meridionale", "settentrionale")

# "la tesi di dottorato di A", "l'esame finale di B".
THESIS_OF_NOUNS = (
    "tesi",
    "tesi di dottorato",
    "esame finale",
    "esame finale di dottorato",
    # "dell'esame finale del Dottorato (XXXIV ciclo) di A": the cohort word before the candidate.
    "ciclo",
    "ciclo)",
)
OF_WORDS = ("di",)
UNIVERSITY_OF = (
    "dell'Università",
    # "Dipartimento di X del Politecnico di Y": each "del" a parent.
    "del Politecnico",
    "della Scuola",
)  # "Dipartimento di Matematica dell'Università X"
THESIS_BY = ("presentata da", "presentato da", "candidata", "candidato")
BORN_IN = ("nata a", "nato a")
# "Discussione della tesi di A", "Difesa della tesi di dottorato di B".
DEFENCE_HEADLINES = (
    "discussione della tesi di",
    "discussione tesi di",
    "discussione della tesi di dottorato di",
    "difesa della tesi di",
)
FELLOWSHIP_WORDS = ("borsista",)
STUDENT_LABELS = (
    "dottorando",
    "dottoranda",
    "studente",
    "studentessa",
    "laureando",
    "laureanda",
    "candidato",
    "candidata",
    # A table's first column ("Dottorando/a | Titolo della tesi | Tutor | …").
    "dottorando/a",
    "candidato/a",
    "dottorandi",
    # "— candidati: A, B" after a commission's service item.
    "candidati",
    "candidate",
)

ADVISING_NOUNS = (
    "relatore",
    "relatrice",
    "correlatore",
    "correlatrice",
    "tutor",
    "co-tutor",
    "supervisore",
)
ADVISING_VERBS = ("ho seguito", "seguo", "ho supervisionato")
ALUMNI = ("ex dottorandi", "ex membri")
# Batch 221: "Nel 2023 è stata componente della commissione giudicatrice … di A" (a CV in
# the third person, no subject written): the owner's own service.
OWNER_SERVED_LEADS = ("è stata", "è stato", "ha fatto parte")
THESIS_WORDS = ("tesi",)
# Small words inside an organisation's name ("Istituto per le Applicazioni del Calcolo").
ORG_CONNECTORS = ("per", "delle", "degli", "dei", "dello")

# Batch 65 (a doctorate's final-exam page, an RTD-B's own site): a headline announcing the
# final exams of a cycle's candidates, one commission for all.
DEFENCE_LISTS = ("esame finale", "esami finali", "discussioni delle tesi", "tesi discusse")

# "Ruolo: correlatore" (the owner's own part in a thesis).
ROLE_LABELS = ("ruolo", "il mio ruolo")

# Batch 75: "La commissione era composta da A (presidente), B": the members after the verb.
JURY_COMPOSED = (
    "composta da",
    "composto da",
    "formata da",
    "costituita da",
    "era composta da",
    "era composto da",
    "è composta da",
)
# "Si è addottorata nel 2017 presso X": the thesis's end.
DOCTORATE_VERBS = ("si è addottorata", "si è addottorato", "ha conseguito il dottorato")
# "Commissione presieduta dal prof. B": the chair of the candidate's jury.
CHAIRED_BY = ("presieduta dal", "presieduta dalla", "presieduta da")

# Batch 84: "il relatore era B": the verb between a role and its person.
COPULAS = ("era", "è", "fu", "erano")

# Batch 101 (a university CMS's "Rubrica" profile, an ASN "Curriculum scientifico" in prose):
# an assegno di ricerca's "responsabile scientifico" hosts the postdoc (a label only: the
# owner's own "Responsabile scientifica (PI) del progetto" is a grant's, no one's advisor).
CONTEXT_CUES = (
    "responsabile scientifico:",
    "responsabile scientifica:",
    # ("Assegnista di ricerca presso X, responsabile scientifico prof.ssa A": the host
    # named with a title, no label's colon; the owner's own role names none)
    "responsabile scientifico prof.",
    "responsabile scientifico prof.ssa",
    "responsabile scientifica prof.ssa",
    "responsabile scientifico dott.",
    "responsabile scientifico dott.ssa",
    "responsabile scientifica dott.ssa",
)
# Batch 261: an Italian CV's role over its students' theses ("Relatrice della tesi di laurea
# magistrale di A (2023) e di B (2024)", "Co-tutor della tesi di dottorato di C"): the owner's.
ROLE_OF_THESIS = (
    "relatore della tesi",
    "relatrice della tesi",
    "relatore delle tesi",
    "relatrice delle tesi",
    "correlatore della tesi",
    "correlatrice della tesi",
    "tutor della tesi",
    "co-tutor della tesi",
    "cotutor della tesi",
)
# Batch 261: "Co-tutor della tesi di dottorato di A (…), tutor prof.ssa B": the owner's own
# co-advising role over the entry, beside the tutor it names.
CO_ADVISOR_STEMS = ("co-tutor", "cotutor")
