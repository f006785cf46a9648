"""Words the synthetic world is made of: name parts per culture, organisation words, phrasings.

Everything here is invented for the benchmark world (syllables combined at random), so the
persons it yields are fictional.  The generator in ``bench/world.py`` holds no words itself.
"""

from __future__ import annotations

from enum import StrEnum


class Culture(StrEnum):
    """Naming cultures: they decide syllables, given names and the share of accents."""

    FRENCH = "fr"
    GERMAN = "de"
    SPANISH = "es"
    NORDIC = "no"
    EAST_ASIAN = "ea"
    VIETNAMESE = "vi"
    ENGLISH = "en"


# Share of persons per culture (weights, not probabilities).
CULTURE_WEIGHTS = {
    Culture.FRENCH: 26,
    Culture.GERMAN: 12,
    Culture.SPANISH: 10,
    Culture.NORDIC: 6,
    Culture.EAST_ASIAN: 18,
    Culture.VIETNAMESE: 5,
    Culture.ENGLISH: 23,
}

# Surname = one or two heads + one tail; short cultures use one head + one tail only.
SURNAME_HEADS = {
    Culture.FRENCH: "Ber Chal Dau Fon Gar Lam Mar Rou Vil Bré Lé Thé Cour Mor Pel Sau Tal Ver "
    "Bou Cla Del Fré Gui Jol Lar Mé Nau Pé Ques Ro Sé Tou Val".split(),
    Culture.GERMAN: "Kra Hal Wen Stö Mül Bau Ried Holz Kam Lind Schwa Bran Dorn Eck Falk Gro "
    "Hü Kes Lor Mar Ob Pfei Roth Schu Tre Vog Wei Zeh".split(),
    Culture.SPANISH: "Gar Mor Vel Pe Ca Ro Cas Mén Ort Sal Ib Luz Ned Ríos Ta Val Ar Bel "
    "Cor Dí Esc Fer Gal".split(),
    Culture.NORDIC: "Ny Sø Hå Bjør Lin Ek Fje Gra Hol Kjel Lø Ma Ro Ska Tø Ås Ber Dal".split(),
    Culture.EAST_ASIAN: "Zh L W Ch X Y T Q H S K J G M".split(),
    Culture.VIETNAMESE: "Ng Tr Ph L H Đ V B D Q".split(),
    Culture.ENGLISH: "Ash Brad Cal Dun Fair Gil Hart Kel Lang Mer Nor Pem Rad Shel Thorn Wal "
    "Bark Cran Dal Ell Fen Gray Holl Ken Lock Mars Ost Pres Rook Stan Tal Wyn".split(),
}
# Zero to two syllables between head and tail (Ber-vil-ier, Holz-en-berg): enough surnames
# that, as in real life, most are rare and a few are very common.
SURNAME_MIDDLES = {
    Culture.FRENCH: "an ou ai el ar i on vil mar bes cour den gal lin mon per ros tan".split(),
    Culture.GERMAN: "en er el bar din gen hol ker lan men ren sel ter wal".split(),
    Culture.SPANISH: "a e i ba ca de la ma na ra ta ve ce".split(),
    Culture.NORDIC: "e a ber dal gen hol ke lan ne ro ste vi".split(),
    Culture.ENGLISH: "er ing en bel cor dan el gar hol lan mer nor pen ros ter wil".split(),
}
SURNAME_TAILS = {
    Culture.FRENCH: "and eau ier ot ac ès ard in elle on ault oux et ère ain aud".split(),
    Culture.GERMAN: "mann berg ner hof ler stein bach feld hardt rich wald ke".split(),
    Culture.SPANISH: "ñez do ro lla nez les ri da no sa".split(),
    Culture.NORDIC: "gaard lund ström sen vik berg dahl holm rud".split(),
    Culture.EAST_ASIAN: "ao ian eng ou ang ei an ung iu ong ai in".split(),
    Culture.VIETNAMESE: "uyen an am e oang ui ieu ong inh ao".split(),
    Culture.ENGLISH: "ton ley wood ford field well by more stone wick ridge ham".split(),
}
SHORT_CULTURES = frozenset({Culture.EAST_ASIAN, Culture.VIETNAMESE})

GIVEN_NAMES = {
    Culture.FRENCH: "Amélie Anaïs Aurèle Bastien Céline Clément Élodie Émile Florian Gaëlle "
    "Hélène Jérémie Joël Léa Léon Loïc Maëlle Mathis Noémie Océane Pierre-Yves Jean-Marc "
    "Anne-Sophie Marie-Claire Quentin Rémy Sébastien Solène Théo Zoé Yannick Gaspard Inès "
    "Baptiste Margaux Thibault Benoît Chloé".split(),
    Culture.GERMAN: "Anke Björn Dörte Friedrich Gesine Hannes Jürgen Karsten Lukas Margarete "
    "Nils Ortrud Ralf Sönke Ute Wiebke Jörg Henrike Malte Tobias".split(),
    Culture.SPANISH: "Adrián Begoña Carmen Diego Elena Fátima Gonzalo Inés Javier Lucía "
    "María-José Nuria Óscar Pilar Raúl Sofía Tomás Valentina Álvaro Ramón".split(),
    Culture.NORDIC: "Åsa Bjørn Eirik Freja Gunnar Hedda Ingrid Jonas Kari Leif Mette Signe "
    "Sølvi Tove Ulrik Øystein".split(),
    Culture.EAST_ASIAN: "Wei Jun Lin Hao Yan Min Xin Yu Jie Lei Ting Chen Ming Hui Kai Na "
    "Qiang Rui Shan Tao Xiao Ying Zhen Bo".split(),
    Culture.VIETNAMESE: "Anh Bao Chau Duc Hanh Hoa Khanh Linh Minh Ngoc Phuong Quang Thanh "
    "Trung Tuan Tung Van Thi".split(),
    Culture.ENGLISH: "Alice Benjamin Clara Daniel Eleanor Felix Grace Henry Isabel Jacob "
    "Kate Liam Martha Nathan Olivia Peter Rachel Samuel Thomas Victoria William Zoe Hugh Ruth "
    "Owen Iris".split(),
}
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRST"
# Given names of these cultures are often two syllables ("Xiao" + "ming", "Quoc-Tung").
GIVEN_SECOND = {
    Culture.EAST_ASIAN: ("{lower}",),
    Culture.VIETNAMESE: ("-{title}", " {title}"),
}

# Organisations.  A university is named after an invented town.
TOWN_HEADS = "Var Tal Kel Mor Bel Cor Dun Fal Gar Hal Lin Mar Nor Or Pel Quin Ros Sal Ter Val "
TOWN_HEADS += "Wen Ys Zan Bra Cla Dra Esk Fro Gla Hes"
TOWN_HEADS_LIST = TOWN_HEADS.split()
TOWN_TAILS = "enne moor brunn ville haven dale ford mont lac sund stad burg iac ona ora ek".split()


class OrgCulture(StrEnum):
    """How an organisation names itself: decides its name, acronym and translation."""

    FRENCH = "fr"
    ENGLISH = "en"
    GERMAN = "de"
    SPANISH = "es"


UNIVERSITY_FORMS = {
    OrgCulture.FRENCH: ("Université de {town}", "University of {town}"),
    OrgCulture.ENGLISH: ("University of {town}", None),
    OrgCulture.GERMAN: ("Universität {town}", "University of {town}"),
    OrgCulture.SPANISH: ("Universidad de {town}", "University of {town}"),
}
LAB_FIELDS = (
    ("Mathématiques", "Mathematics"),
    ("Informatique", "Computer Science"),
    ("Mathématiques Appliquées", "Applied Mathematics"),
    ("Statistique", "Statistics"),
    ("Physique Théorique", "Theoretical Physics"),
    ("Sciences des Données", "Data Science"),
    ("Automatique", "Control Theory"),
    ("Signal et Images", "Signal and Image Processing"),
)
LAB_FORMS = {
    OrgCulture.FRENCH: "Laboratoire de {field_fr} de {town}",
    OrgCulture.ENGLISH: "Institute of {field_en}, {town}",
    OrgCulture.GERMAN: "Institute of {field_en}, {town}",
    OrgCulture.SPANISH: "Institute of {field_en}, {town}",
}
TEAM_SYLLABLES = "DA O OR CA TAN GO MI RA SE QUA LI NO VE TA PA RO SI ZE MO KA".split()

# Titles of publications.
TITLE_WORDS = (
    "convex nonsmooth stochastic sparse robust adaptive optimal graph kernel spectral "
    "Bayesian variational discrete random asymptotic geometric neural tensor low-rank "
    "distributed online iterative proximal Markov quantum algebraic"
).split()
TITLE_NOUNS = (
    "optimization estimation networks operators equations inequalities dynamics learning "
    "approximation sampling transport matrices embeddings flows games models recovery "
    "regularization algorithms manifolds processes"
).split()


class Language(StrEnum):
    ENGLISH = "en"
    FRENCH = "fr"


# Phrasings of page statements.  Placeholders: {owner} {persons} {person} {org} {lab}
# {team} {univ} {year} {start} {end}.  Persons are inserted as mentions, not text.
PHRASES = {
    Language.ENGLISH: {
        "position": "{title} at {univ} ({start}–present).",
        "team": "Member of the {team} team of the {lab}, {univ}.",
        "jury": "Committee: {persons}.",
        "phd": "PhD, {univ}, {year}, advised by {persons}.",
        "phd_alone": "PhD, {univ}, {year}.",
        "postdoc": "Postdoctoral researcher with {person} at {univ} ({start}–{end}).",
        "internship": "Master's internship supervised by {person} ({year}).",
        "reviewers": "Reviewers: {persons}.",
        "examiners": "Examiners: {persons}.",
        "president": "Committee chair: {person}.",
        "student": "{person} (PhD, {year})",
        "student_co": "{person} (PhD, {year}, co-advised with {persons})",
        "served": "Reviewer of the PhD thesis of {person} ({year}).",
        "headings": {
            "position": "Position",
            "education": "Education",
            "committee": "Thesis committee",
            "students": "PhD students",
            "service": "Thesis reviewing",
            "publications": "Publications",
        },
        "titles": ("Professor", "Associate Professor", "Assistant Professor", "Lecturer"),
    },
    Language.FRENCH: {
        "position": "{title} à {univ} (depuis {start}).",
        "team": "Membre de l'équipe {team} du {lab}, {univ}.",
        "jury": "Jury : {persons}.",
        "phd": "Thèse de doctorat, {univ}, {year}, sous la direction de {persons}.",
        "phd_alone": "Thèse de doctorat, {univ}, {year}.",
        "postdoc": "Post-doctorat avec {person} à {univ} ({start}–{end}).",
        "internship": "Stage de master encadré par {person} ({year}).",
        "reviewers": "Rapporteurs : {persons}.",
        "examiners": "Examinateurs : {persons}.",
        "president": "Président du jury : {person}.",
        "student": "{person} (thèse soutenue en {year})",
        "student_co": "{person} (thèse soutenue en {year}, co-encadrée avec {persons})",
        "served": "Rapporteur de la thèse de {person} ({year}).",
        "headings": {
            "position": "Poste",
            "education": "Formation",
            "committee": "Jury de thèse",
            "students": "Doctorants encadrés",
            "service": "Rapports de thèse",
            "publications": "Publications",
        },
        "titles": ("Professeur", "Maître de conférences", "Chargé de recherche (CR)", "DR"),
    },
}
AND_WORD = {Language.ENGLISH: "and", Language.FRENCH: "et"}
