"""Romanian core words (a data addition: the rules are language-free).

A Romanian CV or faculty page names the doctoral supervisor "conducător de doctorat"
("conducător științific"), the public defence committee "comisia de susținere publică"
(its chair the "președinte", its official reviewers the "referenți oficiali"), a
postdoc's host its "mentor"; a guidance committee ("comisia de îndrumare") follows a
student without supervising or examining, and a "comisia de concurs" hires.
"""

LANGUAGE = "ro"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "jury": ("comisii de doctorat",),
    "students": ("conducere de doctorat", "activitate de conducere de doctorat"),
    "publications": ("publicații", "publicații selectate"),
    "employment": ("experiență profesională",),
}
SUPERVISION_CUES = (
    "conducător de doctorat",
    "conducător științific",
    "conducătorul de doctorat",
    "conducătorul științific",
    "conducator de doctorat",
)
CONTEXT = {
    "phd": (
        "teza de doctorat",
        "tezei de doctorat",
        "tezelor de doctorat",
        "doctor în",
        "școala doctorală",
        "drd.",
    ),
    "postdoc": ("cercetător postdoctoral", "postdoctoral"),
}
JURY_CUES = (
    "comisia de susținere publică",
    "comisiile de susținere publică",
    "referent oficial",
    "referenți oficiali",
)
JURY_ROLES = {
    "jury_reviewer": ("referent oficial", "referenți oficiali"),
    "jury_president": ("președinte", "președintele comisiei"),
    "jury_member": ("membru în comisie",),
}
# ("comisia de îndrumare": a guidance committee; "comisia de concurs": a hiring committee)
NOT_JURY = ("comisia de îndrumare", "comisia de concurs")
MONTHS = {
    "ianuarie": 1,
    "februarie": 2,
    "martie": 3,
    "aprilie": 4,
    "mai": 5,
    "iunie": 6,
    "iulie": 7,
    "august": 8,
    "septembrie": 9,
    "octombrie": 10,
    "noiembrie": 11,
    "decembrie": 12,
}
PRESENT = ("prezent", "în prezent", "în curs")
ADVISING_NOUNS = ("conducător de doctorat",)
COSUPERVISION_CUES = ("în cotutelă cu",)
THESIS_WORDS = ("teza", "teza de doctorat")
STUDENT_LABELS = ("drd.", "doctorand", "doctorandă")
# "Conf. univ. dr. A", "Lect. univ. dr. B", "Ș.l. dr. ing. C", "CS I dr. D" (a researcher's
# grade), "drd. E" (a doctoral student): titles before a name.
TITLES = (
    "conf",
    "lect",
    "univ",
    "ș.l",
    "s.l",
    "cs i",
    "cs ii",
    "cs iii",
    "drd",
    "asist",
)
