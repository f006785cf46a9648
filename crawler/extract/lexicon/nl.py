"""Dutch core words (a data addition: the rules are language-free)."""

LANGUAGE = "nl"

SECTIONS = {
    "education": (
        "opleiding",
        "opleidingen",
    ),
    "employment": ("werkervaring", "loopbaan"),
    "publications": (
        "publicaties",
        "wetenschappelijke publicaties",
        # A Pure research portal's list of a person's works ("Recente onderzoeksoutput").
        "onderzoeksoutput",
        "recente onderzoeksoutput",
    ),
    "students": (
        "begeleiding",
        "promovendi",
        "begeleide promoties",
        "begeleide promovendi",
        # Batch 65 (a staff profile with UHD/UD ranks, a research group's people page): finished
        # and current doctorates as lists, the Dutch ranks by their abbreviations.
        "afgeronde promoties",
        "lopende promoties",
        "begeleide promoties",
        "gepromoveerden",
        "oud-promovendi",
        "huidige promovendi",
    ),
    "jury": (
        "promotiecommissie",
        "leescommissie",
        "promotiecommissies",
        "examencommissie",
        "beoordelingscommissie",
        "leescommissies",
        "lid promotiecommissie",
    ),
    "teaching": ("onderwijs",),
    "talks": ("lezingen", "voordrachten"),
    "service": (
        "nevenfuncties",
        "commissies",
        "nevenwerkzaamheden",
    ),
    "awards": ("prijzen", "onderscheidingen", "beurzen"),
    "grants": ("projecten", "subsidies"),
    "contact": ("contactgegevens",),
    "offers": ("vacatures",),
}
SUPERVISION_CUES = (
    "promotor",
    "promotoren",
    "copromotor",
    "co-promotor",
    "copromotoren",
    "begeleider",
    "begeleid door",
    "copromotoren",
    "co-promotoren",
    "promotores",
    # Batch 152: an agenda's "Copromotores: dr. A en dr. B"
    "copromotores",
    "co-promotores",
    "dagelijks begeleider",
    "dagelijkse begeleider",
    "onder begeleiding van",
    # Batch 164: a repository profile's "Overige begeleiders: prof. dr. B (promotor)"
    "begeleiders",
    "overige begeleiders",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
# Batch 164: "postdoc, Instituut X, bij prof. B" (like the German "bei"): a stay's host, only
# before a title ("werkzaam bij Rijkswaterstaat" names an employer).
CONTEXT_CUES = ("bij",)
CONTEXT_CUES_GUARDS = {"bij": r"(?=\s+(?:prof|dr|professor)\b)"}
WEAK_SUPERVISION_CUES = (
    "samen met",
    "in de groep van",
    # Batch 172: a CV's postdoc line "…, in de werkgroep van prof. dr. B" (the host's group).
    "in de werkgroep van",
    "in de onderzoeksgroep van",
)
COSUPERVISION_CUES = (
    "samen met",
    "copromotor:",
    "co-promotor:",
)
CONTEXT = {
    "phd": (
        "promotie",
        "proefschrift",
        "promovendus",
        "doctoraat",
        "promovenda",
        "promovendi",
        "promoveerde",
        "gepromoveerd",
        "promoties",
    ),
    "postdoc": ("postdoc", "postdoctoraal", "postdoctoraal onderzoeker"),
    "internship": ("stage", "stagiair"),
    "other": (
        "masterscriptie",
        "scriptie",
        "masterscripties",
        "afstudeerder",
        "afstudeerders",
        "afstudeeronderzoek",
    ),
}
JURY_CUES = (
    "promotiecommissie",
    "leescommissie",
    "beoordelingscommissie",
    "examencommissie",
)
JURY_ROLES = {
    "jury_reviewer": (
        "opponent",
        "leescommissie",
        "opponenten",
        # Batch 133: a proefschrift's reading committee, which approves the manuscript
        # before the defence ("Beoordelingscommissie: prof. dr. A, prof. dr. B").
        "beoordelingscommissie",
        "leden van de beoordelingscommissie",
        "leden van de leescommissie",
    ),
    "jury_examiner": ("examinator",),
    "jury_president": (
        "voorzitter",
        "rector magnificus",
    ),
    "jury_member": (
        "lid",
        "leden",
        "onafhankelijke leden",
        "overige leden",
        "lid promotiecommissie",
        # A Flemish examencommissie's secretary: a member without another stated role.
        "secretaris",
        "leden van de examencommissie",
        "leden van de jury",
    ),
}
NOT_JURY = (
    "benoemingscommissie",
    "sollicitatiecommissie",
    "begeleidingscommissie",
    "selectiecommissie",
    "adviescommissie",
    # Batch 221: "De ceremonie wordt geleid door de rector magnificus, prof. B" under a news
    # item's "Promotiecommissie": who opens the ceremony, not a member
    "ceremonie",
    "plechtigheid",
)
NOT_RELATION = ("redacteur",)
POSITIONS = (
    "hoogleraar",
    "universitair docent",
    "universitair hoofddocent",
    "onderzoeker",
    "werkt als",
    "werkzaam als",
    "werkzaam bij",
    "gewoon hoogleraar",
    "bijzonder hoogleraar",
    "hoofddocent",
    "docent",
    "postdoc",
    "uhd",
    "ud",
    "universitair docent (ud)",
    "universitair hoofddocent (uhd)",
    "postdoctoraal onderzoeker",
)
STUDIES = (
    "promovendus",
    "student",
    "studie",
    "promotie",
    "promoveerde",
    "gepromoveerd",
    "proefschrift",
    "doctoraat",
    "studeerde",
    "masterdiploma",
    "bachelordiploma",
    "afgestudeerd",
    "promovenda",
    "promovendus",
    "bachelor en master",
)
MEMBERSHIP = ("lid van",)
INSTITUTION_HEADS = (
    "universiteit",
    "hogeschool",
    "instituut",
    "rijksuniversiteit",
    "rijksinstituut",
    "hogeschool",
)
UNIT_HEAD_KINDS = {"department": ("vakgroep", "departement"), "faculty": ("faculteit",)}
UNIT_HEADS = (
    "vakgroep",
    "afdeling",
    "faculteit",
    "leerstoelgroep",
    "capaciteitsgroep",
    "onderzoeksgroep",
    # Batch 101: a technical university's "Sectie Geotechniek" (a department's section).
    "sectie",
)
TEAM_WORDS = (
    "groep",
    "onderzoeksgroep",
    "leerstoelgroep",
)
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
TITLES = (
    "prof",
    "dr",
    "ir",
    "drs",
    # Batch 51 (a university's promotie page, a lab page in English with Dutch roles): the
    # words of a Dutch defence, as data.
    # Civilities before a name ("mw. E.C. (Evelien) Zandbergen", "dhr. J. de Boer").
    "mw",
    "mevr",
    "dhr",
)
CONNECTORS = ("en",)
OFFER = ("vacature", "sollicitatie")
FIRST_PERSON = (
    "ik",
    "mijn",
    "mij",
    "me",
)

# "promotie van A", "het proefschrift van B".
THESIS_OF_NOUNS = (
    "proefschrift",
    "promotie",
    "verdediging",
    # Batch 101: "Lid promotiecommissie van A" (a jury the owner sat on).
    "promotiecommissie",
    "leescommissie",
)
OF_WORDS = ("van",)
UNIVERSITY_OF = (
    "van de Universiteit",
    # "de sectie Waterbouwkunde van de Rijksuniversiteit X": the unit, then its university.
    "van de Rijksuniversiteit",
    "van de Hogeschool",
)  # "Faculteit der X van de Universiteit Y"
# "door" / "A geboren te Harderwijk" (a Dutch proefschrift's title page).
THESIS_BY = ("door",)
BORN_IN = ("geboren te",)

# "Promotie mw. E.C. (Evelien) Zandbergen" (a university's agenda item).
DEFENCE_HEADLINES = (
    "promotie",
    "promotie van",
    "openbare verdediging van",
    "verdediging van",
    # Batch 101 (a Flemish university's agenda item, "Doctoraatsverdediging A").
    "doctoraatsverdediging",
    "doctoraatsverdediging van",
    "openbare verdediging van het doctoraat van",
)
ADVISING_NOUNS = ("promotor", "copromotor", "co-promotor", "begeleider", "dagelijks begeleider")
ALUMNI = ("oud-promovendi", "alumni")
NOT_STUDIES = ("eredoctoraat",)
THESIS_WORDS = ("proefschrift", "scriptie")
JOINING = ("trad in dienst",)
# Institutions' head words that close a one-word compound ("Landbouwhogeschool X").
COMPOUND_HEADS = ("hogeschool", "universiteit", "instituut", "academie")
FELLOWSHIP_WORDS = ("beurs", "beurshouder")
STUDENT_LABELS = ("promovendus", "promovenda", "student")

# A headline announcing several defences ("Promoties in oktober").
DEFENCE_LISTS = ("promoties", "openbare verdedigingen")


# "Rol: copromotor en dagelijks begeleider" (the owner's own part in a promotion).
ROLE_LABELS = ("rol", "mijn rol")

# Batch 75: "De promotiecommissie bestond uit: A (voorzitter), B": the members after the verb.
JURY_COMPOSED = ("bestond uit", "bestaat uit", "bestaande uit")
# "Zij promoveerde in 2019 aan X": the thesis's end, for the advisors named after it.
DOCTORATE_VERBS = ("promoveerde", "is gepromoveerd", "gepromoveerd")
# "De commissie werd voorgezeten door B": the chair of the candidate's jury.
CHAIRED_BY = ("voorgezeten door",)

# Batch 84: "A verdedigt zijn proefschrift" (a defence's headline or paragraph).
DEFENDS_VERBS = ("verdedigt", "verdedigde", "promoveert")
# "promotor was B", "copromotor is C": the verb between a role and its person.
COPULAS = ("was", "is", "waren")
