"""German core words (a data addition: the rules are language-free)."""

LANGUAGE = "de"

SECTIONS = {
    "education": (
        "ausbildung",
        "studium",
        "bildungsweg",
        # Batch 51 (German pages: a Lehrstuhl's Lebenslauf, a dissertation's front matter, a
        # faculty's news): the core words a German CV and thesis write, as data.
        "akademische ausbildung",
        "akademischer werdegang",
        "hochschulausbildung",
    ),
    "employment": (
        "berufserfahrung",
        "werdegang",
        "beruflicher werdegang",
        "positionen",
        "lebenslauf",
        "wissenschaftlicher werdegang",
        "berufliche stationen",
        # Batch 174: a Converis research profile's posts ("Beschäftigungen")
        "beschäftigungen",
        "beschäftigungsverhältnisse",
    ),
    "publications": (
        "publikationen",
        "veröffentlichungen",
        "schriften",
        "schriftenverzeichnis",
        "publikationsliste",
        "publikationsverzeichnis",
        "veröffentlichungsliste",
        "aufsätze",
        "zeitschriftenartikel",
        "monographien",
        "buchbeiträge",
    ),
    "students": (
        "betreuung",
        "doktoranden",
        "betreute arbeiten",
        "betreute promotionen",
        "betreute dissertationen",
        "betreute doktorarbeiten",
        "betreute abschlussarbeiten",
        "doktorandinnen",
        "promovierende",
        "abgeschlossene promotionen",
        "laufende promotionen",
        "abschlussarbeiten",
        "dissertationsbetreuung",
        "laufende dissertationen",
        "abgeschlossene dissertationen",
        "doktorierende",
        # Batch 154 (a Swiss group page: German headings over English entries): the Swiss
        # team's postdoctoral, master's and former members, each a list of the head's people.
        "postdoktorierende",
        "postdoktoranden",
        "masterstudierende",
        "ehemalige",
        "ehemalige mitglieder",
        "ehemalige doktorierende",
        # Batch 155 (a Lehrstuhl's people page): "Ehemalige" over its former doctoral
        # students' rows, as "Alumni" is
        "ehemalige mitarbeiter",
        "ehemalige mitarbeitende",
    ),
    "jury": (
        "promotionskommission",
        "prüfungskommission",
        "gutachten",
        "promotionskommissionen",
        "prüfungskommissionen",
        "promotionsverfahren",
        "disputationen",
        "rigorosen",
        # Batch 155 (a German CV's "Zweitgutachten für Promotionen", an Austrian TU
        # profile's "Begutachtung"): the theses the owner reviewed
        "zweitgutachten",
        "begutachtung",
        "begutachtungen",
        "zweitbegutachtungen",
    ),
    "teaching": (
        "lehre",
        "lehrveranstaltungen",
        "lehrtätigkeit",
    ),
    "talks": ("vorträge", "eingeladene vorträge"),
    "service": (
        "gutachtertätigkeit",
        "gutachtertätigkeiten",
        "gremien",
        "gremientätigkeit",
        "ämter",
        "mitgliedschaften",
        "akademische selbstverwaltung",
    ),
    "awards": ("preise", "auszeichnungen", "stipendien", "ehrungen"),
    "grants": ("drittmittel", "drittmittelprojekte", "forschungsprojekte", "projekte"),
    "contact": ("kontakt", "anschrift"),
    "skills": ("sprachkenntnisse", "sprachen", "kenntnisse"),
    "offers": (
        "stellenangebote",
        "offene stellen",
        "stellenausschreibungen",
        "offene abschlussarbeiten",
    ),
}
SUPERVISION_CUES = (
    # Batch 122: a repository record's "Mitbetreuer:in: Family, Given" beside its "Betreuer:in".
    "mitbetreuer",
    "mitbetreuerin",
    "doktorvater",
    "doktormutter",
    "betreuer",
    "betreuerin",
    "betreut von",
    "unter der betreuung von",
    "erstbetreuer",
    "zweitbetreuer",
    "doktorväter",
    "doktormütter",
    "erstbetreuerin",
    "zweitbetreuerin",
    "hauptbetreuer",
    "hauptbetreuerin",
    "betreuerinnen",
    "betreut durch",
    "promotion bei",
    "promoviert bei",
    "promovierte bei",
    "dissertation bei",
    "doktorarbeit bei",
    "unter anleitung von",
    # Batch 133: a Dissertation's statement page ("Die vorliegende Arbeit wurde … unter der
    # Anleitung von Prof. Dr. A angefertigt").
    "unter der anleitung von",
    # At Swiss universities the "Referent(in)" of a doctorate is its supervisor (the
    # "Korreferent(in)" its co-examiner, a reviewer above): only as a label, since a
    # "Referent" is also a talk's speaker or an office's officer.
    "referent:",
    "referentin:",
    # "Betreuung: Prof. X" under a doctoral student's name on a chair's team page.
    "betreuung:",
    # "Erstbetreuung: Prof. A" (a students table's column beside "Zweitbetreuung").
    "erstbetreuung:",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = (
    "zusammen mit",
    "in der gruppe von",
    # Batch 108 (an Awesome-CV Lebenslauf): "Postdoc, TU X / Gruppe von Prof. Dr. A": the
    # host's group (the title says a person, as the English "group of prof." does)
    "gruppe von prof.",
    "gruppe von dr.",
    "arbeitsgruppe von prof.",
    "im team von",
    "im labor von",
)
COSUPERVISION_CUES = (
    "gemeinsam mit",
    "zusammen mit",
    # "Dr. A (2020), gemeinsam betreut mit Prof. B", "Zweitbetreuerin: Dr. C" in a student's entry.
    "gemeinsam betreut mit",
    "zusammen betreut mit",
    "mitbetreut von",
    "zweitbetreuer:",
    "zweitbetreuerin:",
    "zweitbetreuung:",
    # Batch 154: a Swiss students table's "Co-Betreuung" column ("Co-Betreuung: Prof. B").
    "co-betreuung:",
    "mitbetreuung:",
)
CONTEXT = {
    "phd": (
        "promotion",
        "doktorarbeit",
        "dissertation",
        "doktorand",
        "doktorandin",
        "promoviert",
        "promovierte",
        "doktoranden",
        "doktorandinnen",
        "promovierende",
        "promotionsstudium",
        "promotionen",
        "dissertationen",
        "doktorarbeiten",
        "doktorat",
        "doktoratsstudium",
        "doktorierende",
        "doktorierender",
        "dissertationsbetreuung",
        "dissertationsbetreuungen",
    ),
    "postdoc": (
        "postdoc",
        "postdoktorand",
        "postdoktorandin",
        "postdoktoranden",
        # Batch 154: the Swiss "Postdoktorierende" (a team page's heading).
        "postdoktorierende",
        "postdoktorierender",
    ),
    "internship": (
        "praktikum",
        "praktikant",
        "praktikantin",
        # Batch 96: compounds a CV's Werdegang writes ("Forschungspraktikum bei X").
        "forschungspraktikum",
        "industriepraktikum",
        "auslandspraktikum",
        "praktika",
    ),
    "other": (
        "masterarbeit",
        "diplomarbeit",
        "bachelorarbeit",
        "masterarbeiten",
        "diplomarbeiten",
        "bachelorarbeiten",
        "masterand",
        "masterandin",
        "masteranden",
        "masterstudent",
        "masterstudentin",
        "masterstudierende",
    ),
}
JURY_CUES = (
    "promotionskommission",
    "prüfungskommission",
    "gutachter",
    "gutachterin",
    "gutachten",
    "disputation",
    "promotionsausschuss",
    "erstgutachter",
    "erstgutachterin",
    "zweitgutachter",
    "zweitgutachterin",
    "gutachterinnen",
    # Batch 65 (a faculty CMS profile, a Lebenslauf PDF): the chair's label holds the board's
    # name ("Vorsitz der Prüfungskommission: A"), read whole as one cue.
    "vorsitz der prüfungskommission",
    "vorsitzende der prüfungskommission",
    "vorsitzender der prüfungskommission",
    "vorsitz der promotionskommission",
    "vorsitzender der promotionskommission",
    "vorsitzende der promotionskommission",
    # Batch 96: "Die Arbeit wurde von A betreut und von A und B begutachtet" (the
    # participle read before its agents).
    "begutachtet von",
    # The Swiss co-examiner ("Korreferent: B", "als Korreferentin wirkte C"); the Austrian
    # doctoral examination ("Prüferin im Rigorosum von A").
    "korreferent",
    "korreferentin",
    "koreferent",
    "koreferentin",
    "rigorosum",
    # Batch 122: the hyphenated and plural co-examiners ("Ko-Referent: B", "Korreferentinnen:
    # C; D"), a Swiss board's external expert ("Externe Expertin: E"), an Austrian record's
    # "Erstbegutachter:in" / "Zweitbegutachter:in" and its "Prüfungssenat".
    "ko-referent",
    "ko-referentin",
    "korreferenten",
    "korreferentinnen",
    "externe expertin",
    "externer experte",
    "erstbegutachter",
    "erstbegutachterin",
    "zweitbegutachter",
    "zweitbegutachterin",
    "drittbegutachter",
    "drittbegutachterin",
    "begutachter",
    "begutachterin",
    "prüfungssenat",
    # Batch 133: a Dissertation's third reviewer on its title page ("Drittgutachterin: A").
    "drittgutachter",
    "drittgutachterin",
)
JURY_ROLES = {
    "jury_reviewer": (
        "begutachtet von",
        "gutachter",
        "gutachterin",
        "zweitgutachter",
        "erstgutachter",
        "erstgutachterin",
        "zweitgutachterin",
        "drittgutachter",
        "drittgutachterin",
        "externer gutachter",
        "externe gutachterin",
        "berichterstatter",
        "berichterstatterin",
        "korreferent",
        "korreferentin",
        "koreferent",
        "koreferentin",
        "ko-referent",
        "ko-referentin",
        "korreferenten",
        "korreferentinnen",
        "erstbegutachter",
        "erstbegutachterin",
        "zweitbegutachter",
        "zweitbegutachterin",
        "drittbegutachter",
        "drittbegutachterin",
        "begutachter",
        "begutachterin",
        # Batch 155: "Zweitgutachten für Promotionen" (a CV's heading over the candidates),
        # "Zweitbegutachtung von Dissertationen": the owner's review, the role of each
        "zweitgutachten",
        "drittgutachten",
        "erstbegutachtung",
        "zweitbegutachtung",
        "drittbegutachtung",
    ),
    "jury_examiner": (
        "prüfer",
        "prüferin",
        "weiterer prüfer",
        "weitere prüferin",
    ),
    "jury_president": (
        "vorsitzender",
        "vorsitzende",
        "vorsitz",
        "vorsitzender der prüfungskommission",
        # Batch 65: the chair written before the board's name, which is a jury cue itself
        "vorsitz der prüfungskommission",
        "vorsitzende der prüfungskommission",
        "vorsitz der promotionskommission",
        "vorsitzender der promotionskommission",
        "vorsitzende der promotionskommission",
    ),
    "jury_member": (
        "mitglied",
        "mitglieder",
        "weiteres mitglied",
        "beisitzer",
        "beisitzerin",
        "externe expertin",
        "externer experte",
        "prüfungssenat",
    ),
}
NOT_JURY = (
    "berufungskommission",
    "auswahlkommission",
    # Hiring committees and a journal's or a funder's reviewers: no thesis jury.
    "berufungskommissionen",
    "berufungsverfahren",
    "auswahlverfahren",
    "einstellungskommission",
    "probevorträge",
    "gutachter für",
    "gutachterin für",
    "fachgutachter",
    "fachgutachterin",
    "herausgebergremium",
    # Batch 261: a faculty's standing doctoral board ("Mitglied der Promotionskommission der
    # Fakultät X (Vorsitz: B)"): a seat on a body, no candidate's jury.
    "promotionskommission der fakultät",
    "promotionsausschuss der fakultät",
    "promotionskommission des fachbereichs",
    "promotionsausschuss des fachbereichs",
)
NOT_RELATION = (
    "herausgeber",
    "herausgegeben",
    "herausgeberin",
    "hrsg.",
    "hrsg",
    "übungsleiter",
    "übungsleiterin",
    "übungsgruppenleiter",
    "projektleiter",
    "projektleiterin",
)
POSITIONS = (
    "professor",
    "professorin",
    "wissenschaftlicher mitarbeiter",
    "wissenschaftliche mitarbeiterin",
    "juniorprofessor",
    "juniorprofessorin",
    "privatdozent",
    "privatdozentin",
    "inhaber",
    "inhaberin",
    "lehrstuhlinhaber",
    "lehrstuhlinhaberin",
    "universitätsprofessor",
    "universitätsprofessorin",
    "w1-professor",
    "w1-professorin",
    "w2-professor",
    "w2-professorin",
    "w3-professor",
    "w3-professorin",
    "professur",
    "juniorprofessur",
    "gastprofessor",
    "gastprofessorin",
    "vertretungsprofessor",
    "vertretungsprofessorin",
    "akademischer rat",
    "akademische rätin",
    "akademischer oberrat",
    "akademische oberrätin",
    "wissenschaftlicher assistent",
    "wissenschaftliche assistentin",
    "postdoktorand",
    "postdoktorandin",
    "gruppenleiter",
    "gruppenleiterin",
    "nachwuchsgruppenleiter",
    "nachwuchsgruppenleiterin",
    "dozent",
    "dozentin",
    "oberassistent",
    "oberassistentin",
    "assistenzprofessor",
    "assistenzprofessorin",
    "universitätsassistent",
    "universitätsassistentin",
    # Batch 96: a research stay is a post held there, no studies ("Forschungsaufenthalt am
    # Institut X"), as is a guest researcher's.
    "forschungsaufenthalt",
    "gastaufenthalt",
    "gastwissenschaftler",
    "gastwissenschaftlerin",
)
STUDIES = (
    "studium",
    "promotion",
    "student",
    "studentin",
    "diplom",
    "bachelorstudium",
    "masterstudium",
    "diplomstudium",
    "promotionsstudium",
    "staatsexamen",
    "magister",
    "doktorand",
    "doktorandin",
    # Batch 75 (an Austrian institute's profile, a Swiss polytechnic's professor page, a
    # doctoral office's defence list): the Austrian and Swiss words for the same things.
    # "Doktorat" / "Doktoratsstudium" is the Austrian and Swiss doctorate; "Doktorierende" the
    # Swiss doctoral students; "Dissertationsbetreuung" an Austrian profile's students heading.
    "doktorat",
    "doktoratsstudium",
    # "studierte von 2002 bis 2008 Geophysik an der Universität X" (a Vita in the third person).
    "studierte",
    "studiert",
    # Batch 96: "… (Mag.a 2012) und promovierte 2017 an der Universität X": the doctorate's
    # own verb opens its clause (and its year).
    "promovierte",
    "promoviert",
    # Batch 261: a degree's thesis row ("2011 – 2012 Diplomarbeit in der Arbeitsgruppe X bei
    # Dr. B, Universität Y"): studies there, no post.
    "diplomarbeit",
    "masterarbeit",
    "bachelorarbeit",
)
MEMBERSHIP = ("mitglied",)
INSTITUTION_HEADS = (
    "universität",
    "hochschule",
    "institut",
    "akademie",
    "zentrum",
    # "Biozentrum X" (a university's life-science institute, one word)
    "biozentrum",
    "fachhochschule",
    "forschungszentrum",
    "universitätsklinikum",
    "klinikum",
    "bundesanstalt",
    "stiftung",
)
UNIT_HEAD_KINDS = {"department": ("departement",), "faculty": ("fakultät", "fakultat")}
UNIT_HEADS = (
    "lehrstuhl",
    "arbeitsgruppe",
    "abteilung",
    "fachbereich",
    "fakultät",
    "fachgebiet",
    "forschungsgruppe",
    "nachwuchsgruppe",
    # "Postdoc bei Prof. B, Forschungsbereich Eisranddynamik, TU X" (a unit).
    "forschungsbereich",
)
TEAM_WORDS = (
    "arbeitsgruppe",
    "gruppe",
    "forschungsgruppe",
    "nachwuchsgruppe",
)
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
PRESENT = (
    "heute",
    "jetzt",
    "dato",
    "laufend",
)
SINCE = ("seit",)
RANGE_WORDS = ("bis",)
TITLES = (
    "prof",
    "dr",
    "herr",
    "frau",
    # (Doctorates written before a name: "Dr. rer. nat. A", "Dr.-Ing. B", "Dr. phil. C".)
    "pd",
    "apl",
    "priv.-doz",
    "dipl.-ing",
    "dr.-ing",
    "jun.-prof",
    "dr. rer. nat",
    "dr. rer. pol",
    "dr. phil",
    "dr. med",
    "dr. habil",
    "dr. h.c",
    # "bei Professorin A": the full word before a name, as a title.
    "professorin",
    # A degree before a doctoral student's name on a team page ("M.Sc. A", "Dipl.-Inf. B").
    "m.sc",
    "b.sc",
    "dipl.-inf",
    "dipl.-phys",
    "dipl.-chem",
    # Batch 96: the other diplomas a team page writes first ("Dipl.-Biol. A", "Dipl.-Math. B").
    "dipl.-biol",
    "dipl.-math",
    "dipl.-geogr",
    "dipl.-geol",
    "dipl.-psych",
    "dipl.-kfm",
    "dipl.-kff",
    "dipl.-volksw",
    "dipl.-wirt.-ing",
    # Austrian feminine forms, the ending set as a superscript ("Mag.a A", "Dr.in B").
    "mag.a",
    "dr.in",
    "prof.in",
    "univ.-prof.in",
    # Batch 122: an Austrian record's ranks and doctorates ("Assoc.-Prof. Dr. A",
    # "Ass.-Prof. B", "Dipl.-Ing. Dr.techn. C").
    "univ.-prof",
    "univ.-doz",
    "assoc.-prof",
    "ass.-prof",
    "assoz.-prof",
    "dr.techn",
    "dr. techn",
)
CONNECTORS = (
    "und",
    "sowie",
)
OFFER = (
    "bewerbung",
    "stellenangebot",
    "bewerber",
    "stellenausschreibung",
    "bewerbungen",
    "bewerberinnen",
    "zu besetzen",
)
FIRST_PERSON = (
    "ich",
    "mein",
    "meine",
    "meiner",
    "meinem",
    "meinen",
    "mich",
    "mir",
)
CONTEXT_CUES = (
    "in der arbeitsgruppe von",
    # (Before a name, in a sentence that says which degree: "Promotion (Dr. rer. nat.) bei
    # Prof. Dr. A", "Postdoc bei Prof. B".)
    "bei",
    "in der gruppe von",
    "in der arbeitsgruppe von",
)
FAMILY_NAME_COLUMNS = ("nachname", "familienname")
GIVEN_NAME_COLUMNS = ("vorname", "vornamen")

WHOLE_SECTIONS = {"education": ("dissertation", "promotion")}
ADVISING_VERBS = ("betreut", "betreute", "betreue", "mitbetreut", "betreuen")
ADVISING_NOUNS = (
    "betreuer",
    "betreuerin",
    "erstbetreuer",
    "erstbetreuerin",
    "zweitbetreuer",
    "zweitbetreuerin",
    "doktorvater",
    "doktormutter",
    "referent",
    "referentin",
)
ALUMNI = ("ehemalige", "ehemalige mitarbeiter", "ehemalige doktoranden")
PEOPLE = ("mitarbeiter", "mitarbeiterinnen und mitarbeiter", "mitglieder", "doktoranden")
MEMBER_ROLES = (
    "doktorand",
    "doktorandin",
    "masterand",
    "masterandin",
    "postdoktorand",
    # "Studentische Hilfskräfte" (a team page's heading over its student assistants)
    "hilfskräfte",
    "hilfskraft",
)
LAB_HEADS = (
    "lehrstuhlinhaber",
    "lehrstuhlinhaberin",
    "arbeitsgruppenleiter",
    "arbeitsgruppenleiterin",
    "gruppenleiter",
    "gruppenleiterin",
)
NOT_STUDIES = ("habilitation", "venia legendi", "ehrendoktor", "ehrendoktorwürde")
THESIS_WORDS = (
    "dissertation",
    "dissertationen",
    "doktorarbeit",
    "abschlussarbeit",
    # The degree theses a CV names ("Masterarbeit bei Dr. B"), never an organisation's last word.
    "masterarbeit",
    "bachelorarbeit",
    "diplomarbeit",
)
PART_OF_PHRASES = ("gehört zu", "ist teil der", "ist teil des")
JOINING = ("wechselte",)
# "Zweitbetreuerin: B", "Mitbetreuer: C" in a student's entry: a second advisor beside the owner.
# "Hauptbetreuer: B" in an entry of the owner's list: B directs, the owner co-supervises.
CO_ADVISOR_STEMS = ("zweit", "mitbetreu", "haupt")

# "Zweitgutachter der Dissertation von A", "Disputation von B".
THESIS_OF_NOUNS = (
    "dissertation",
    "doktorarbeit",
    "promotion",
    "disputation",
    "habilitation",
    # "im Promotionsverfahren von A", "Prüfungskommission der Promotion von B".
    "promotionsverfahren",
    "promotionsprüfung",
    # Austrian: "Prüferin im Rigorosum von A" (the doctoral examination).
    "rigorosum",
    # Batch 108: "Gutachterin in der Promotionskommission von A" (the board of A's doctorate).
    "promotionskommission",
    "promotionsausschuss",
)
OF_WORDS = ("von",)
UNIVERSITY_OF = (
    "der Universität",  # "Institut für Mathematik der Universität X"
    # Batch 96: "Lehrstuhl für Ökonometrie der TU X", "… der Technischen Universität Y".
    "der TU",
    "der Technischen Universität",
    "der Technischen Hochschule",
    "der Hochschule",
)
# "vorgelegt von" / "A aus Bremerhafen" (a German dissertation's title page).
THESIS_BY = ("vorgelegt von", "eingereicht von")
BORN_IN = ("aus", "geboren in")
# "Disputation von A", "Öffentliche Disputation: B" (a doctoral office's announcement).
DEFENCE_HEADLINES = (
    "disputation",
    "disputation von",
    "öffentliche disputation",
    "promotionsvortrag",
)
# Institutions' head words that close a one-word compound ("Musikhochschule X").
COMPOUND_HEADS = ("hochschule", "universität", "institut", "akademie", "klinikum")
FELLOWSHIP_WORDS = ("stipendiat", "stipendiatin", "stipendium")
STUDENT_LABELS = (
    "doktorand",
    "doktorandin",
    "kandidat",
    "kandidatin",
    "promovend",
    "promovendin",
    # A table's first column written for both genders ("Kandidat/in | Hochschule | Funktion").
    "kandidat/in",
    "kandidat*in",
    "kandidat:in",
    "doktorand/in",
    "doktorand*in",
    "doktorand:in",
    "promovierende",
)


# A headline announcing several defences ("Disputationen im Wintersemester").
DEFENCE_LISTS = (
    "disputationen",
    "abgeschlossene promotionsverfahren",
    # Batch 122: a Swiss faculty's "Doktoratsprüfungen Frühjahrssemester", an Austrian
    # "Defensiones" list, a German "Promotionsprüfungen" calendar.
    "doktoratsprüfungen",
    "doktorprüfungen",
    "promotionsprüfungen",
    "defensiones",
)

# "Rolle: Zweitbetreuerin" (the owner's own part in a thesis, a register's cell).
ROLE_LABELS = ("rolle", "meine rolle", "funktion")

# "Die Prüfungskommission bestand aus A (Vorsitz), B": the members after the verb.
JURY_COMPOSED = (
    "bestand aus",
    "besteht aus",
    "bestehend aus",
    "setzte sich zusammen aus",
    # "als Korreferent wirkte B", "als Zweitgutachterin fungierte C": the verb after the role
    "wirkte",
    "fungierte",
)
# "Sie promovierte 2019 an der X": the thesis's end, for the advisors named after it (with
# its subject: "promovierte Biologin" is an adjective).
DOCTORATE_VERBS = (
    "sie promovierte",
    "er promovierte",
    "ich promovierte",
    "promovierte sie",
    "promovierte er",
    "promovierte ich",
    "wurde promoviert",
)
# "Vorsitz: B", "unter dem Vorsitz von B": the chair of the candidate's jury.
CHAIRED_BY = ("unter dem vorsitz von", "unter vorsitz von")

# Batch 84: "A verteidigt ihre Dissertation" (a defence's headline or paragraph).
DEFENDS_VERBS = ("verteidigt", "verteidigte", "hat verteidigt")
# "Zweitbetreuerin war B": the verb between a role and its person.
COPULAS = ("war", "ist", "waren")
# "Binationale Promotion (Cotutelle)": a doctorate two universities grant.
JOINT_DEGREE_WORDS = ("binationale promotion", "cotutelle", "doppelpromotion")
