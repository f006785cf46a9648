"""Swedish core words (a data addition: the rules are language-free).

A Swedish defence ("disputation") names its opponent, its grading committee
("betygsnämnd"), its chair ("ordförande") and the candidate's main and assistant
supervisors ("huvudhandledare", "biträdande handledare").
"""

LANGUAGE = "sv"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "publications": ("publikationer",),
    "students": ("doktorander", "handledning"),
    "jury": ("betygsnämnd", "betygsnämnder"),
}
SUPERVISION_CUES = (
    "handledare",
    "huvudhandledare",
    "biträdande handledare",
    "bihandledare",
    "handledd av",
)
CONTEXT = {
    "phd": ("doktorsavhandling", "doktorand", "industridoktorand", "disputation", "disputerade"),
    "postdoc": ("postdoktor",),
    "other": ("examensarbete",),
}
JURY_CUES = ("betygsnämnd", "betygsnämnden", "fakultetsopponent", "reservledamot")
JURY_ROLES = {
    "jury_reviewer": ("opponent", "fakultetsopponent"),
    "jury_president": ("ordförande",),
    "jury_member": ("betygsnämnd", "ledamot", "ledamöter", "reservledamot"),
}
NOT_JURY = ("anställningsnämnd", "rekryteringsgrupp", "sakkunnig")
NOT_RELATION = ("redaktör",)
POSITIONS = ("professor", "universitetslektor", "lektor", "forskare", "postdoktor", "docent")
STUDIES = (
    "doktorand",
    "disputerade",
    # degrees: "Fil.dr i kemi, X universitet", "Fil.mag. i matematik, Y högskola"
    "fil.dr",
    "fil. dr",
    "filosofie doktor",
    "fil.mag.",
    "fil.kand.",
    "filosofie magister",
    "filosofie kandidat",
    "doktorsexamen",
    "masterexamen",
    "kandidatexamen",
)
INSTITUTION_HEADS = ("universitet", "högskola", "högskolan")
UNIVERSITY_HEADS = ("universitet",)
# a department's staff lists by post ("Professorer" › "A, professor i geofysik")
SENIOR_STAFF_HEADINGS = ("professorer", "universitetslektorer")
UNIT_HEADS = ("institutionen", "avdelningen", "fakulteten")
TEAM_WORDS = ("forskargrupp",)
MONTHS = {"januari": 1, "februari": 2, "mars": 3, "maj": 5, "juni": 6, "juli": 7, "oktober": 10}
PRESENT = ("nu", "idag")
SINCE = ("sedan",)
CONNECTORS = ("och",)
# ("min", "mitt" left out: "5 min read", and German "Mitte")
FIRST_PERSON = ("jag",)
ADVISING_NOUNS = ("handledare", "huvudhandledare", "biträdande handledare")
# "Disputation: A", "Disputation i ekologi: B" (a calendar's event title).
DEFENCE_HEADLINES = ("disputation",)
DEFENCE_LISTS = ("disputationer",)
THESIS_WORDS = ("avhandling", "doktorsavhandling")
# "Ledamot i betygsnämnden vid disputationen av A, X universitet, 2021": the candidate after
# the defence's noun and its "of".
THESIS_OF_NOUNS = ("disputationen", "avhandlingen")
OF_WORDS = ("av",)
# "Postdoktor, X (värd: A)", "Postdoktor vid X, i gruppen ledd av B": a postdoc's host.
CONTEXT_CUES = ("värd", "i gruppen ledd av")
STUDENT_LABELS = ("doktorand", "respondent")
# "Docent Karin A", "Professor B": the rank before a name, as a title.
TITLES = ("docent", "professor", "dr", "fil. dr")
# "A försvarar sin doktorsavhandling" (a defence's headline).
DEFENDS_VERBS = ("försvarar", "försvarade")
# "Huvudhandledare är professor A": the verb between a role and its person.
COPULAS = ("är", "var")
# The co-supervisor's words (the main supervisor is another).
CO_ADVISOR_STEMS = ("biträdande handledare", "bihandledare")
# "Institutionen för X är en del av Y": the unit belongs to Y.
PART_OF_PHRASES = ("är en del av", "ingår i")
