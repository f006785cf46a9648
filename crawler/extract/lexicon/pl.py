"""Polish core words (a data addition: the rules are language-free).

A Polish doctorate has a supervisor ("promotor"), an auxiliary or second supervisor
("promotor pomocniczy", "drugi promotor") and reviewers ("recenzent", "recenzentka").
"""

LANGUAGE = "pl"

# (few headings: each new first letter costs the section patterns searched on every line;
# "Zakończone przewody doktorskie" holds "przewody doktorskie")
SECTIONS = {
    "employment": ("przebieg pracy", "przebieg kariery"),
    "publications": ("publikacje",),
    "students": ("promotorstwa", "doktoranci", "przewody doktorskie"),
    "jury": ("recenzje rozpraw doktorskich", "recenzje prac doktorskich"),
}
SUPERVISION_CUES = (
    "promotor",
    "promotorka",
    "promotor pomocniczy",
    "promotorka pomocnicza",
    "drugi promotor",
    "promotorzy",
    "opiekun naukowy",
)
CONTEXT = {
    "phd": (
        "doktorat",
        "przewód doktorski",
        "przewody doktorskie",
        "szkoła doktorska",
        "szkole doktorskiej",
        "doktorant",
        "doktorantka",
        "doktoranci",
        "promotorstwa",
        "doktor nauk",
    ),
    "postdoc": ("staż podoktorski",),
    "other": ("praca magisterska",),
}
JURY_CUES = ("recenzent", "recenzentka", "recenzenci", "recenzje rozpraw doktorskich")
JURY_ROLES = {
    # ("Recenzje rozpraw doktorskich": the theses the owner reviewed)
    "jury_reviewer": ("recenzent", "recenzentka", "recenzenci", "recenzje", "recenzja"),
    "jury_president": ("przewodniczący", "przewodnicząca"),
    "jury_member": ("członek komisji",),
}
NOT_JURY = ("komisja konkursowa",)
NOT_RELATION = ("redaktor",)
POSITIONS = ("profesor", "profesor uczelni", "adiunkt", "asystent", "staż podoktorski")
STUDIES = ("doktor nauk", "magister inżynier", "magister")
INSTITUTION_HEADS = ("politechnika", "uniwersytet", "akademia", "instytut")
UNIT_HEADS = ("katedra", "wydział", "szkoła")
MONTHS = {"stycznia": 1, "lutego": 2, "marca": 3, "maja": 5, "czerwca": 6, "lipca": 7}
PRESENT = ("obecnie",)
SINCE = ("od",)
# ("i", the other "and", is left out: "I Made A" is a Balinese given name, "Anna I Nowak")
CONNECTORS = ("oraz",)
FIRST_PERSON = ("jestem", "moje")
TITLES = ("dr", "hab", "inż", "mgr", "prof")
ADVISING_NOUNS = ("promotor", "promotor pomocniczy", "drugi promotor")
STUDENT_LABELS = ("doktorant", "doktorantka")
# "Promotorem był prof. A": the verb between a role and its person.
COPULAS = ("jest", "był", "była")
# "(promotor pomocniczy; promotor: B)": the auxiliary or second supervisor's words.
CO_ADVISOR_STEMS = ("promotor pomocniczy", "promotorka pomocnicza", "drugi promotor")
# "staż podoktorski …, w grupie prof. A": the host of a postdoc (read with a context only).
WEAK_SUPERVISION_CUES = ("w grupie", "w zespole")
