"""Dutch core words (a data addition: the rules are language-free)."""

LANGUAGE = "nl"

SECTIONS = {
    "education": ("opleiding",),
    "employment": ("werkervaring", "loopbaan"),
    "publications": ("publicaties",),
    "students": ("begeleiding", "promovendi"),
    "jury": ("promotiecommissie", "leescommissie"),
    "teaching": ("onderwijs",),
}
SUPERVISION_CUES = (
    "promotor",
    "promotoren",
    "copromotor",
    "co-promotor",
    "copromotoren",
    "begeleider",
    "begeleid door",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = ("samen met", "in de groep van")
COSUPERVISION_CUES = ("samen met",)
CONTEXT = {
    "phd": ("promotie", "proefschrift", "promovendus", "doctoraat"),
    "postdoc": ("postdoc",),
    "internship": ("stage", "stagiair"),
    "other": ("masterscriptie", "scriptie"),
}
JURY_CUES = ("promotiecommissie", "leescommissie", "beoordelingscommissie")
JURY_ROLES = {
    "jury_reviewer": ("opponent", "leescommissie"),
    "jury_examiner": ("examinator",),
    "jury_president": ("voorzitter",),
    "jury_member": ("lid", "leden"),
}
NOT_JURY = ("benoemingscommissie", "sollicitatiecommissie")
NOT_RELATION = ("redacteur",)
POSITIONS = ("hoogleraar", "universitair docent", "universitair hoofddocent", "onderzoeker")
STUDIES = (
    "promovendus",
    "student",
    "studie",
    "promotie",
    "promoveerde",
    "gepromoveerd",
    "proefschrift",
    "doctoraat",
)
MEMBERSHIP = ("lid van",)
INSTITUTION_HEADS = ("universiteit", "hogeschool", "instituut")
UNIT_HEADS = ("vakgroep", "afdeling", "faculteit")
TEAM_WORDS = ("groep",)
AUTHOR_LABELS = ("auteurs",)
MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "oktober": 10,
}
PRESENT = ("heden", "nu")
SINCE = ("sinds", "vanaf")
RANGE_WORDS = ("tot",)
TITLES = ("prof", "dr", "ir", "drs")
CONNECTORS = ("en",)
OFFER = ("vacature", "sollicitatie")
FIRST_PERSON = ("ik", "mijn")
