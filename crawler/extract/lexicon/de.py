"""German core words (a data addition: the rules are language-free)."""

LANGUAGE = "de"

SECTIONS = {
    "education": ("ausbildung", "studium", "bildungsweg"),
    "employment": ("berufserfahrung", "werdegang", "beruflicher werdegang", "positionen"),
    "publications": ("publikationen", "veröffentlichungen", "schriften"),
    "students": ("betreuung", "doktoranden", "betreute arbeiten"),
    "jury": ("promotionskommission", "prüfungskommission", "gutachten"),
    "teaching": ("lehre", "lehrveranstaltungen"),
}
SUPERVISION_CUES = (
    "doktorvater",
    "doktormutter",
    "betreuer",
    "betreuerin",
    "betreut von",
    "unter der betreuung von",
    "erstbetreuer",
    "zweitbetreuer",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = ("zusammen mit", "in der gruppe von")
COSUPERVISION_CUES = ("gemeinsam mit", "zusammen mit")
CONTEXT = {
    "phd": ("promotion", "doktorarbeit", "dissertation", "doktorand", "doktorandin"),
    "postdoc": ("postdoc", "postdoktorand"),
    "internship": ("praktikum", "praktikant"),
    "other": ("masterarbeit", "diplomarbeit", "bachelorarbeit"),
}
JURY_CUES = ("promotionskommission", "prüfungskommission", "gutachter", "gutachterin")
JURY_ROLES = {
    "jury_reviewer": ("gutachter", "gutachterin", "zweitgutachter", "erstgutachter"),
    "jury_examiner": ("prüfer", "prüferin"),
    "jury_president": ("vorsitzender", "vorsitzende", "vorsitz"),
    "jury_member": ("mitglied", "mitglieder"),
}
NOT_JURY = ("berufungskommission", "auswahlkommission")
NOT_RELATION = ("herausgeber", "herausgegeben")
POSITIONS = (
    "professor",
    "professorin",
    "wissenschaftlicher mitarbeiter",
    "wissenschaftliche mitarbeiterin",
    "juniorprofessor",
    "juniorprofessorin",
    "privatdozent",
    "privatdozentin",
)
STUDIES = ("studium", "promotion", "student", "studentin", "diplom")
MEMBERSHIP = ("mitglied",)
INSTITUTION_HEADS = ("universität", "hochschule", "institut", "akademie", "zentrum")
UNIT_HEADS = ("lehrstuhl", "arbeitsgruppe", "abteilung", "fachbereich")
TEAM_WORDS = ("arbeitsgruppe", "gruppe")
AUTHOR_LABELS = ("autoren",)
MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "okt": 10,
    "dezember": 12,
    "dez": 12,
}
PRESENT = ("heute", "jetzt")
SINCE = ("seit",)
RANGE_WORDS = ("bis",)
TITLES = ("prof", "dr", "herr", "frau")
CONNECTORS = ("und",)
OFFER = ("bewerbung", "stellenangebot", "bewerber")
FIRST_PERSON = ("ich", "mein", "meine")
CONTEXT_CUES = ("in der arbeitsgruppe von",)
FAMILY_NAME_COLUMNS = ("nachname", "familienname")
GIVEN_NAME_COLUMNS = ("vorname", "vornamen")
