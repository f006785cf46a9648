"""Hungarian core words (a data addition: the rules are language-free).

Hungarian doctoral records (the national doctoral council's data sheets, a department's
profile pages, often in English with the Hungarian term as a gloss) name the thesis
supervisor "témavezető" (co-supervisor "társtémavezető"), the students supervised
"témavezetett hallgatók", a student who earned the degree "fokozatot szerzett" and one who
completed the doctoral course without a degree yet "abszolutórium"; the official
reviewers of a dissertation are its "opponens" or "bíráló".
"""

LANGUAGE = "hu"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "students": ("témavezetett hallgatók", "témavezetés"),
}
SUPERVISION_CUES = (
    "témavezető",
    "témavezetője",
    "társtémavezető",
    "témavezetők",
)
CONTEXT = {
    # "Students supervised (témavezetett hallgatók)", "degree obtained (fokozatot szerzett)":
    # doctoral supervision only (a master's thesis has a "konzulens")
    "phd": (
        "témavezetett",
        "témavezető",
        "társtémavezető",
        "fokozatot szerzett",
        "abszolutórium",
        "absolutorium",
    ),
}
JURY_CUES = ("opponens", "bíráló", "bírálók", "bírálóbizottság")
JURY_ROLES = {
    "jury_reviewer": ("opponens", "bíráló", "bírálók", "hivatalos bíráló"),
}
MONTHS = {
    "január": 1,
    "február": 2,
    "március": 3,
    "április": 4,
    "május": 5,
    "június": 6,
    "július": 7,
    "augusztus": 8,
    "szeptember": 9,
    "október": 10,
    "november": 11,
    "december": 12,
}
ADVISING_NOUNS = ("témavezető", "társtémavezető")
