"""Finnish core words (a data addition: the rules are language-free).

A Finnish public defence ("väitöstilaisuus", "väitös") names its opponent
("vastaväittäjä"), its custos ("kustos", who presides), the pre-examiners who reviewed
the manuscript ("esitarkastajat") and the candidate's supervisors ("ohjaajat").  Roles
are often written in the essive case ("vastaväittäjänä toimii A", "ohjaajina toimivat
B ja C"): those forms are listed beside the base words.
"""

LANGUAGE = "fi"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "jury": ("esitarkastajat",),
    # Batch 158 (a university's research portal in Finnish): a profile's CV headings.
    "education": ("koulutus",),
    "employment": ("työhistoria", "työkokemus"),
    "students": ("väitöskirjan ohjaaja", "väitöskirjojen ohjaus", "ohjatut väitöskirjat"),
    "publications": ("julkaisut", "tutkimustuotokset"),
}
SUPERVISION_CUES = (
    "ohjaaja",
    "ohjaajat",
    "ohjaajana",
    "ohjaajina",
    "väitöskirjan ohjaaja",
    "väitöskirjan ohjaajat",
    # "pääohjaaja" (main supervisor), "toinen ohjaaja" (second supervisor)
    "pääohjaaja",
    "toinen ohjaaja",
)
CONTEXT = {
    "phd": ("väitöskirja", "väitöskirjan", "väitös", "väitöstilaisuus", "väittelijä"),
    # "Tutkijatohtori, X (isäntä: Prof. A)": a postdoctoral researcher's post and host.
    "postdoc": ("tutkijatohtori",),
}
CONTEXT_CUES = ("isäntä",)
JURY_CUES = (
    "vastaväittäjä",
    "vastaväittäjänä",
    "kustos",
    "kustoksena",
    "esitarkastajat",
    "esitarkastajina",
)
JURY_ROLES = {
    "jury_reviewer": (
        "vastaväittäjä",
        "vastaväittäjänä",
        "esitarkastaja",
        "esitarkastajat",
        "esitarkastajina",
    ),
    "jury_president": ("kustos", "kustoksena"),
}
MONTHS = {"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "syyskuuta": 9, "lokakuuta": 10}
CONNECTORS = ("ja",)
ADVISING_NOUNS = ("ohjaaja", "ohjaajat", "pääohjaaja", "toinen ohjaaja")
# "toinen ohjaaja" (second supervisor), "sivuohjaaja": a co-advisor beside the main one.
CO_ADVISOR_STEMS = ("toinen ohjaaja", "sivuohjaaja")
# "Väitös: title" (a faculty's news item).
DEFENCE_HEADLINES = ("väitös",)
THESIS_WORDS = ("väitöskirja",)
STUDENT_LABELS = ("väittelijä",)
# Ranks a profile's work history writes: "Yliopistonlehtori, X yliopisto" (lecturer),
# "Tutkijatohtori" (postdoctoral researcher), "Akatemiatutkija" (Academy research fellow).
POSITIONS = ("yliopistonlehtori", "akatemiatutkija", "tutkijatohtori", "tutkija")
# "Asiantuntija professorin tehtävän täytössä" (an expert assessing a chair's applicants,
# the Swedish "sakkunnig"): a hiring review, no post and no jury.
NOT_RELATION = ("asiantuntija", "asiantuntijana")
# Degrees a profile's education writes: "Filosofian tohtori (kemia), X yliopisto".
STUDIES = ("filosofian tohtori", "filosofian maisteri", "tekniikan tohtori", "väitöskirjatutkija")
# "Professori A", "dosentti B": the rank before a name, as a title.
TITLES = ("professori", "dosentti", "fm", "ft", "tutkimusjohtaja", "tutkija")
# "Väitöskirjan esitarkastajina toimivat A ja B": the verb between a role and its person.
COPULAS = ("toimii", "toimivat", "toimi")
# "Esitarkastajina toimivat A ja B" (the pre-examiners were A and B): the members after the
# verb of the role's sentence.
JURY_COMPOSED = ("toimivat", "toimii", "toimi")
