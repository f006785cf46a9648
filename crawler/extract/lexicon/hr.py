"""Croatian, Serbian and Bosnian core words (a data addition: the rules are language-free).

A Croatian or Serbian thesis record or staff page names the doctoral supervisor "mentor"
("mentorica", Serbian also "mentor"), the co-supervisor "komentor" ("komentorica"), the
committee that evaluates a thesis "povjerenstvo za ocjenu" (Serbian "komisija za ocenu")
and the one that hears its defence "povjerenstvo za obranu" ("komisija za odbranu"), its
chair the "predsjednik" ("predsednik") and its members the "članovi"; a committee "za
izbor u zvanje" elects a colleague to a post and examines no one.
"""

LANGUAGE = "hr"

# (few headings: each new first letter costs the section patterns searched on every line)
SECTIONS = {
    "students": ("mentorstva",),
    "publications": ("radovi", "objavljeni radovi"),
    "jury": ("povjerenstva",),
}
SUPERVISION_CUES = (
    "mentorica",
    "mentorka",
    "komentor",
    "komentorica",
    "pod mentorstvom",
)
CONTEXT = {
    "phd": (
        "doktorski rad",
        "doktorskog rada",
        "doktorskih radova",
        "doktorska disertacija",
        "doktorske disertacije",
        "disertacija",
        "disertacijom",
    ),
    "other": ("diplomskih radova", "diplomski rad", "master rad"),
}
JURY_CUES = (
    "povjerenstvo za ocjenu",
    "povjerenstvo za obranu",
    "povjerenstva za ocjenu",
    "povjerenstva za obranu",
    "komisija za ocenu",
    "komisija za odbranu",
    "komisije za ocenu",
    "članovi komisije",
    "članovi povjerenstva",
)
JURY_ROLES = {
    "jury_reviewer": ("povjerenstvo za ocjenu", "komisija za ocenu"),
    "jury_president": (
        "predsjednik",
        "predsjednica",
        "predsednik",
        "predsednica",
        "predsednik komisije",
        "predsjednik povjerenstva",
    ),
    "jury_member": (
        "član povjerenstva",
        "članica povjerenstva",
        "član komisije",
        "članovi komisije",
    ),
}
# ("povjerenstvo za izbor u zvanje": a hiring committee; "vijeće doktorskog studija": a
# programme's board)
NOT_JURY = ("za izbor u", "vijeća doktorskog studija", "vijeće doktorskog studija")
MONTHS = {
    "siječnja": 1,
    "veljače": 2,
    "ožujka": 3,
    "travnja": 4,
    "svibnja": 5,
    "lipnja": 6,
    "srpnja": 7,
    "kolovoza": 8,
    "rujna": 9,
    "listopada": 10,
    "studenoga": 11,
    "prosinca": 12,
    "avgust": 8,
    "septembar": 9,
    "oktobar": 10,
    "novembar": 11,
    "decembar": 12,
}
SINCE = ("od",)
ADVISING_NOUNS = ("mentorica", "komentor", "komentorica")
CO_ADVISOR_STEMS = ("komentor", "komentorica")
THESIS_WORDS = ("doktorski rad", "disertacija")
# "izv. prof. dr. sc. A", "doc. dr. sc. B", "prof. dr C" (Serbian): titles before a name.
TITLES = ("izv", "sc", "doc", "dr. sc", "dr sc")
# "Komentor je bio doc. A": the verb between a role and its person.
COPULAS = ("je bio", "je bila", "bio je", "bila je")
