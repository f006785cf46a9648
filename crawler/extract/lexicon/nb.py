"""Norwegian (bokmål) core words (a data addition: the rules are language-free).

A Norwegian PhD thesis ("ph.d.-avhandling", "avhandling for graden philosophiae doctor")
names the main and co-supervisors ("hovedveileder", "medveileder", "biveileder") and its
assessment committee ("bedømmelseskomité"): the first and second opponents
("førsteopponent", "andreopponent") and the committee's administrator.
"""

LANGUAGE = "nb"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "jury": ("bedømmelseskomité", "bedømmelseskomiteen"),
    # Batch 158 (a Norwegian research group's page): its doctoral fellows and postdocs,
    # each with "(veileder: A, medveileder: B)".
    "students": ("stipendiater", "ph.d.-kandidater", "postdoktorer"),
    "publications": ("publikasjoner", "utvalgte publikasjoner"),
}
SUPERVISION_CUES = (
    "veileder",
    "veiledere",
    "hovedveileder",
    "hovedveiledere",
    "medveileder",
    "medveiledere",
    "biveileder",
    "biveiledere",
    "veiledet av",
)
CONTEXT = {
    "phd": ("ph.d.-avhandling", "ph.d.-kandidat", "disputas", "philosophiae doctor"),
    "postdoc": ("postdoktor", "postdoktorer"),
    "other": ("masteroppgave",),
}
JURY_CUES = (
    "bedømmelseskomité",
    "bedømmelseskomiteen",
    "bedømmelseskomite",
    "førsteopponent",
    "andreopponent",
    "leder av komiteen",
)
JURY_ROLES = {
    "jury_reviewer": ("opponent", "førsteopponent", "andreopponent", "opponenter"),
    # ("Leder av komiteen: A": the committee's internal member who coordinates it)
    "jury_member": (
        "bedømmelseskomité",
        "bedømmelseskomiteen",
        "komiteens administrator",
        "leder av komiteen",
        "komiteens leder",
    ),
}
NOT_JURY = ("ansettelseskomité", "ansettelsesutvalg", "innstillingsutvalg")
NOT_RELATION = ("redaktør", "redaktør for avhandlingsserien")
POSITIONS = ("professor", "førsteamanuensis", "universitetslektor", "forsker", "stipendiat")
INSTITUTION_HEADS = ("universitetet", "høgskolen")
# ("Forskergruppe for havisfysikk": a research group, its subject in lower case after "for")
UNIT_HEADS = ("institutt for", "fakultet", "fakultetet", "forskergruppe", "forskergruppen")
MONTHS = {"januar": 1, "februar": 2, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "desember": 12}
ADVISING_NOUNS = ("veileder", "hovedveileder", "medveileder", "biveileder")
THESIS_WORDS = ("avhandling", "ph.d.-avhandling", "doktoravhandling")
# "Førsteamanuensis A", "professor B": the rank before a name, as a title.
TITLES = ("førsteamanuensis", "professor", "forsker", "dr")
# The co-supervisor's words (the main supervisor is another).
CO_ADVISOR_STEMS = ("medveileder", "biveileder")
# "Forskergruppen er en del av Institutt for X": the group belongs to it.
PART_OF_PHRASES = ("er en del av", "er del av")
# A research group's page ("Forskergruppe for X"): its people's lists, and its former
# members (no members now).
ALUMNI = ("tidligere medlemmer", "tidligere stipendiater")
PEOPLE = ("ansatte", "medlemmer", "stipendiater", "postdoktorer", "gruppeleder")
