"""Danish core words (a data addition: the rules are language-free).

A Danish PhD defence ("ph.d.-forsvar") names the assessment committee
("bedømmelsesudvalg") with its chair ("formand"), and the main and co-supervisors
("hovedvejleder", "medvejleder", "bivejleder").
"""

LANGUAGE = "da"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "publications": ("publikationer",),
    "students": ("ph.d.-studerende",),
    "jury": ("bedømmelsesudvalg", "bedømmelsesudvalget"),
}
SUPERVISION_CUES = (
    "vejleder",
    "vejledere",
    "hovedvejleder",
    "medvejleder",
    "bivejleder",
    "vejledt af",
)
CONTEXT = {
    "phd": ("ph.d.-afhandling", "ph.d.-forsvar", "ph.d.-studerende"),
    "postdoc": ("postdoc",),
    "other": ("speciale",),
}
JURY_CUES = ("bedømmelsesudvalg", "bedømmelsesudvalget")
JURY_ROLES = {
    "jury_president": ("formand",),
    "jury_member": ("bedømmelsesudvalg", "bedømmelsesudvalget", "medlem"),
}
NOT_JURY = ("ansættelsesudvalg", "bedømmelsesudvalg for stillingen")
# ("Ph.d.-sekretær A, Institut for X": the school's secretary, a contact, no student)
NOT_RELATION = ("redaktør", "ph.d.-sekretær", "sekretær")
POSITIONS = ("professor", "lektor", "adjunkt", "seniorforsker", "forsker", "postdoc")
INSTITUTION_HEADS = ("universitet", "universitets")
UNIT_HEADS = ("institut for", "fakultet", "fakultetet")
MONTHS = {"januar": 1, "februar": 2, "marts": 3, "maj": 5, "juni": 6, "juli": 7, "oktober": 10}
PRESENT = ("nu",)
SINCE = ("siden",)
CONNECTORS = ("og",)
# ("min", "mit" left out: "5 min read", and German "mit")
FIRST_PERSON = ("jeg",)
ADVISING_NOUNS = ("vejleder", "hovedvejleder", "medvejleder", "bivejleder")
# "Ph.d.-forsvar: A" (a faculty's news item).
DEFENCE_HEADLINES = ("ph.d.-forsvar",)
DEFENCE_LISTS = ("ph.d.-forsvar",)
# "Bedømmelsesudvalget består af A (formand), B og C": the members after the verb.
JURY_COMPOSED = ("består af", "bestod af")
THESIS_WORDS = ("afhandling", "ph.d.-afhandling")
# "Medlem af bedømmelsesudvalget, ph.d.-afhandling af A, X Universitet, 2023": the candidate
# after the thesis noun and its "of".
THESIS_OF_NOUNS = ("ph.d.-afhandling",)
OF_WORDS = ("af",)
# "Postdoc, X (vært: Dr. A)": a postdoc's host.
CONTEXT_CUES = ("vært",)
# "Lektor A", "seniorforsker B": the rank before a name, as a title.
TITLES = ("lektor", "professor", "seniorforsker", "adjunkt", "dr")
# "A forsvarer sin ph.d.-afhandling" (a defence's headline).
DEFENDS_VERBS = ("forsvarer", "forsvarede", "forsvarer sin ph.d.-afhandling")
# "Hovedvejleder er lektor A, og bivejleder er B": the verb between a role and its person.
COPULAS = ("er", "var")
# The co-supervisor's words (the main supervisor is another).
CO_ADVISOR_STEMS = ("medvejleder", "bivejleder")
# "Instituttet er en del af Y": the unit belongs to Y.
PART_OF_PHRASES = ("er en del af", "hører under")
