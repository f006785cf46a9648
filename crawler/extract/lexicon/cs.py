"""Czech and Slovak core words (a data addition: the rules are language-free).

A Czech doctoral defence ("obhajoba disertační práce") names the candidate's supervisor
("školitel", "školitelka"), a specialist co-supervisor ("školitel specialista"), the
reviewers ("oponenti", who write the reports), the chair of the board ("předseda
komise") and its members ("členové komise").  Slovak writes "školiteľ" and "oponent".
"""

LANGUAGE = "cs"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "jury": ("komise pro obhajobu", "oponenti"),
}
SUPERVISION_CUES = (
    "školitel",
    "školitelka",
    "školitel specialista",
    "školitelka specialistka",
    "školitel-specialista",
    "školiteľ",
    "školiteľka",
    "školiteľ špecialista",
)
CONTEXT = {
    "phd": (
        "disertační práce",
        "disertační práci",
        "disertace",
        "doktorské studium",
        "doktorského studia",
        "doktorand",
        "doktorandka",
        "dizertačná práca",
    ),
}
JURY_CUES = (
    "oponent",
    "oponentka",
    "oponenti",
    "oponenty",
    "předseda komise",
    "předsedkyně komise",
    "členové komise",
    "komise pro obhajobu",
)
JURY_ROLES = {
    "jury_reviewer": ("oponent", "oponentka", "oponenti"),
    "jury_president": ("předseda komise", "předsedkyně komise", "predseda komisie"),
    "jury_member": ("člen komise", "členka komise", "členové komise", "členovia komisie"),
}
# ("Předsedkyně oborové rady": the chair of a programme's board, who examines no one)
NOT_JURY = ("oborová rada", "oborové rady", "výběrová komise")
MONTHS = {
    "ledna": 1,
    "února": 2,
    "března": 3,
    "dubna": 4,
    "května": 5,
    "června": 6,
    "července": 7,
    "srpna": 8,
    "září": 9,
    "října": 10,
    "listopadu": 11,
    "prosince": 12,
}
ADVISING_NOUNS = ("školitel", "školitelka")
# "Obhajoba disertační práce: Mgr. A" (a faculty's notice).
DEFENCE_HEADLINES = ("obhajoba disertační práce", "obhajoba disertace")
# "Obhajoby disertačních prací" (a faculty's list of defences, one entry a candidate).
DEFENCE_LISTS = ("obhajoby", "obhajoby disertačních prací")
THESIS_WORDS = ("disertační práce", "disertace", "název práce")
STUDENT_LABELS = ("doktorand", "doktorandka", "student", "studentka")
# The co-supervisor's words (the main supervisor is another).
CO_ADVISOR_STEMS = ("školitel specialista", "školitelka specialistka")
