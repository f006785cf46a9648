"""Spanish core words (a data addition: the rules are language-free)."""

LANGUAGE = "es"

SECTIONS = {
    "education": (
        "formación",
        "educación",
        "estudios",
        # Batch 51 (a CVN, the Spanish "curriculum vitae normalizado", and a university's notice of
        # hiring committees): the words of a Spanish CV, as data.
        "formación académica",
        "formación académica recibida",
        "titulación universitaria",
        "doctorados",
    ),
    "employment": (
        "experiencia",
        "trayectoria",
        "puestos",
        "situación profesional",
        "situación profesional actual",
        "cargos y actividades desempeñados con anterioridad",
        "actividad profesional",
        # Batch 99 (an ORCID record in Spanish): its "Empleo", "Obras" and "Financiación" panels.
        "empleo",
    ),
    "publications": (
        "publicaciones",
        "artículos",
        "producción científica",
        "publicaciones, documentos científicos y técnicos",
        "obras",
    ),
    "students": (
        "dirección de tesis",
        "tesis dirigidas",
        "estudiantes",
        "dirección de tesis doctorales",
        "tesis doctorales dirigidas",
        "trabajos fin de máster dirigidos",
        "dirección de trabajos",
        # Batch 88 (a group's members page): the doctoral candidates' own heading.
        "doctorandos",
        "doctorandas",
        "doctorandos/as",
        "estudiantes de doctorado",
        # (a group's former members, as "anciens membres" and "former members" are)
        "antiguos miembros",
        "antiguos doctorandos",
        # "Personal investigador en formación" (PIF): a Spanish group's doctoral students, not its
        # members' education; "Tesis doctorales defendidas" the theses its members directed.
        "personal investigador en formación",
        "investigadores en formación",
        "tesis doctorales defendidas",
        "doctorandos",
        "investigadores postdoctorales",
        # Batch 108 (a JSON Resume in Spanish): the students listed under "Supervisión".
        "supervisión",
        "supervisión de estudiantes",
        "dirección de estudiantes",
        # Batch 119 (a Colombian CvLAC, a Mexican CVU): the theses the owner directed.
        "trabajos dirigidos",
        "trabajos dirigidos/tutorías",
        "formación de capital humano",
        "formación de recursos humanos",
        # Batch 132 (CvLAC, CONICET, Chilean faculty pages): theses and fellows directed.
        "tesis de doctorado dirigidas",
        "tesis de maestría dirigidas",
        "tesis de magíster dirigidas",
        "director de becario/investigador",
        "director de becarios",
        "dirección de becarios",
        # Batch 157 (a CONICET institute's staff page, a Chilean lab's team): its fellows
        # and thesis students, each with their own director.
        "becarios doctorales",
        "becarias doctorales",
        "becarios posdoctorales",
        "becarias posdoctorales",
        "becarios",
        "tesistas",
        "tesis doctorales finalizadas",
        "ex integrantes",
        "exintegrantes",
    ),
    "jury": (
        "tribunal",
        "tribunales",
        "participación en tribunales",
        "tribunales de tesis",
        # Batch 97 (Mexico): a personal page's "Jurados" (the thesis juries sat on).
        "jurados",
        # Batch 119: a CVU's "Jurados de examen de grado".
        "jurados de examen de grado",
        "participación en tribunales de tesis",
        # Batch 132: a CvLAC's thesis juries, a CVU's "Sinodal", a Chilean "comisión evaluadora".
        "jurado en comités de evaluación",
        "sinodal",
        "sinodalías",
        "comisión evaluadora de tesis",
        "comisiones evaluadoras de tesis",
        "jurado de tesis",
        "jurados de tesis",
    ),
    "teaching": (
        "docencia",
        "enseñanza",
        "actividad docente",
    ),
    "talks": ("ponencias", "congresos", "conferencias invitadas"),
    "service": (
        "gestión",
        "cargos de gestión",
        "evaluación",
        "colaboradores",
        "colaboraciones",
        # Batch 119: hiring and project boards, doctoral follow-up committees (no jury).
        "participación en comités de evaluación",
        "comités tutorales",
        "comité tutoral",
    ),
    "awards": ("premios", "distinciones", "becas"),
    "grants": ("proyectos", "proyectos de investigación", "financiación"),
    "contact": ("contacto", "datos de contacto"),
    "skills": ("idiomas",),
    "offers": ("ofertas", "convocatorias"),
}
SUPERVISION_CUES = (
    "director de tesis",
    "directora de tesis",
    "directores de tesis",
    "codirector",
    "codirectora",
    "dirigida por",
    "dirigido por",
    "bajo la dirección de",
    "bajo la supervisión de",
    "tutor",
    "tutora",
    "director/a de tesis",
    "directora de la tesis",
    "director de la tesis",
    "codirector de tesis",
    "codirectora de tesis",
    "codirector/a de tesis",
    "codirector/a tesis",
    "codirectores",
    "directores",
    "codirigida por",
    "codirigido por",
    # Batch 65 (a Catedrático's own site, a doctoral school's defences): "bajo la dirección
    # del Dr. A" (de + el), "me doctoré en", a postdoc "en el laboratorio de la Prof. B".
    "bajo la dirección del",
    "bajo la dirección de la",
    "bajo la supervisión del",
    "bajo la supervisión de la",
    "bajo la tutela de",
    "dirigida por el",
    "dirigida por la",
    "dirigido por el",
    "dirigido por la",
    # A group's table of doctoral students ("Doctorando/a | Tema de tesis | Dirección | Inicio"):
    # the "Dirección" cell names the directors (a label with its colon: "Dirección: Av. X" is
    # an address, and names no one); "Doctora: A. Directores: B" in a defended thesis's entry.
    "dirección:",
    # Batch 97: a postdoc's card on a group's page ("Supervisora: Dra. A").
    "supervisora",
    # Batch 119: a fellow's card on a group's page ("Directora: Dra. A. Codirector: Dr. B"),
    # the feminine label with its colon only (English "Program Director: B" is no advisor).
    "directora:",
    # Batch 129: a defence notice's record fields ("Director/a: Dr. A", "Codirector/a: Dra.
    # B"), the slashed labels with their colon only.
    "director/a:",
    "codirector/a:",
    # Batch 132 (Chile): a thesis's "profesor guía" (its director) and "profesor co-guía".
    "profesor guía",
    "profesora guía",
    "profesor guía:",
    "profesora guía:",
    "profesor co-guía",
    "profesora co-guía",
    "profesores guía",
    # Batch 169 (a research council's CV export): "Director/es: A ; B" (a degree's
    # directors), "Director de beca: C" (a fellowship's, a postdoc's host).
    "director/es:",
    "director/es de tesis:",
    "director de beca:",
    "directora de beca:",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = (
    "junto con",
    "en el grupo de",
    "en el laboratorio de",
    "en el laboratorio del",
    "en el laboratorio de la",
    "en el grupo del",
    "en el grupo de la",
    # Batch 97: "estancia posdoctoral con el Dr. B", "con la Dra. C" (a context word in the
    # block, as English "with").
    "con el",
    "con la",
)
COSUPERVISION_CUES = (
    "codirigida con",
    "codirigido con",
    "en codirección con",
    "codirector/a tesis:",
    "codirector/a de tesis:",
    "codirector:",
    "codirectora:",
    # Batch 157: "Dirección: A; codirección: B" (an institute's list of theses)
    "codirección:",
    "codirector/a:",
    # "Codirectora de tesis, junto con el Dr. A" (in a student's entry): the other director.
    "junto con el",
    "junto con la",
    "codirigida junto con",
    "codirigido junto con",
    "en codirección con el",
    "en codirección con la",
    # Batch 97: "A — estancia posdoctoral (2018–2021) con el Dr. B" (a group's former members):
    # the one the item says A worked with, as English "with".
    "con el",
    "con la",
)
CONTEXT = {
    "phd": (
        "tesis doctoral",
        "doctorado",
        "doctorando",
        "doctoranda",
        "tesis",
        "tesis doctorales",
        "doctorandos",
        "programa de doctorado",
        # "Dra. A — doctora en 2019 (directores: B)": the degree the student earned
        "doctora en",
        "doctor en",
        "me doctoré",
        "se doctoró",
        "doctorado en",
        # Batch 157: a CONICET fellow's "Becario doctoral" (not an intern's "becario")
        "becario doctoral",
        "becaria doctoral",
        "beca doctoral",
    ),
    "postdoc": (
        "posdoc",
        "postdoctoral",
        "posdoctoral",
        "estancia posdoctoral",
        "estancia postdoctoral",
        # "Investigadores postdoctorales": a group's postdocs.
        "postdoctorales",
        "posdoctorales",
        # Batch 157: "realizó un posdoctorado en el laboratorio de la Dra. A" (the noun)
        "posdoctorado",
        "postdoctorado",
        "posdoctorados",
    ),
    "internship": (
        "prácticas",
        "pasantía",
        "becario",
        # Batch 169: an undergraduate's research fellowship ("Beca de Estímulo a las
        # Vocaciones Científicas", "Beca de iniciación científica").
        "vocaciones científicas",
        "iniciación científica",
        # Batch 221: a thesis record's "Estancia de investigación en X (2022), bajo la
        # supervisión del Dr. B" (the stay behind an international mention).
        "estancia de investigación",
        "estancias de investigación",
        "estancia predoctoral",
    ),
    "other": (
        "trabajo fin de máster",
        "tesis de maestría",
        "ingeniero",
        "trabajo fin de grado",
        "trabajos fin de máster",
        "trabajos fin de grado",
        "tesina",
        "proyecto fin de carrera",
        # Batch 97: a CVN's "Tipo de proyecto: Proyecto Final de Carrera".
        "proyecto final de carrera",
        # Batch 119 (Latin America): a master's degree ("Grado: Maestría", "Maestría en X").
        "maestría",
        "maestría en",
        "magíster",
        "trabajo de grado",
        "trabajos de grado",
        "pregrado",
    ),
}
JURY_CUES = (
    "tribunal",
    "tribunal de tesis",
    "miembros del tribunal",
    # Batch 97 (Mexico): "sinodal en el examen de grado de A" (a member of A's jury).
    "sinodal",
    "sinodales",
    # Batch 132 (Argentina, Chile): "Jurado de tesis doctoral de A", "comisión evaluadora".
    "jurado de tesis",
    "jurado de la tesis",
    "jurado de tesis doctoral",
    "comisión evaluadora",
    "integrante de la comisión evaluadora",
    "expertos internacionales que han informado la tesis",
    # Batch 261: the same reports under another name ("Informes de expertos externos: A (X)
    # y B (Y)"): the thesis's written reviewers, each bracket their own place.
    "expertos externos",
    "informes de expertos externos",
    # A former member's thesis entry closing on its jury ("Tesis doctoral defendida en 2019.
    # Director: Dr. A. Jurado: Dra. B, Dr. C"): the label alone names the thesis's jury.
    "jurado",
)
JURY_ROLES = {
    "jury_reviewer": (
        "evaluador",
        "evaluadora",
        "revisor",
        "revisora",
        # Batch 133: the international experts who report on a thesis for its "Mención
        # Internacional" (its written reviewers, outside the tribunal).
        "expertos internacionales",
        "experto internacional",
        "experta internacional",
        "expertas internacionales",
        "expertos internacionales que han informado la tesis",
        "expertos externos",
        "experto externo",
        "experta externa",
        "expertas externas",
        "informes de expertos externos",
    ),
    "jury_examiner": ("vocal", "vocales"),
    "jury_president": (
        "presidente",
        "presidenta",
        "presidente del tribunal",
        "presidenta del tribunal",
        "presidenta del tribunal",
        # "tribunal presidido por el Dr. A": the chair after the participle.
        "presidido por",
        "presidida por",
    ),
    "jury_member": (
        "secretario",
        "secretaria",
        "miembro",
        # Batch 132 (Chile): the thesis's "comisión evaluadora" (its jury, no reviewer).
        "comisión evaluadora",
        "secretaria del tribunal",
        "secretario del tribunal",
        "sinodal",
    ),
}
NOT_JURY = (
    "comisión de selección",
    "oposición",
    "concurso",
    # Civil-service and hiring boards ("Tribunal de oposiciones", "Tribunal calificador",
    # "comisión de selección" of a "concurso de acceso"): no thesis jury.
    "oposiciones",
    "tribunal calificador",
    "comisiones de selección",
    "comisión titular",
    "comisión suplente",
    "concurso de acceso",
    "concursos de acceso",
    # "Tribunal de oposición" (a civil-service examination board): no thesis jury.
    "tribunal de oposición",
    "tribunales de oposición",
    # Batch 97: a doctoral student's follow-up committee ("comisión de seguimiento"), no jury.
    "comisión de seguimiento",
    "comité de seguimiento",
    # Batch 129: a defence notice's substitute members ("Suplentes"), who sat on no jury.
    "suplentes",
    "miembros suplentes",
    "vocal suplente",
    # the programme's coordinator (its "Comisión Académica"), named for enquiries
    "coordinadora del programa",
    "coordinador del programa",
    # Batch 157: a department's reminder of where to send "propuestas de tribunal" (an
    # administrative office, no jury)
    "propuesta de tribunal",
    "propuestas de tribunal",
)
NOT_RELATION = ("editor", "editores", "investigador principal")
POSITIONS = (
    "profesor",
    "profesora",
    "catedrático",
    "investigador",
    "investigadora",
    "profesor titular",
    "profesora titular",
    "profesor titular de universidad",
    "profesora titular de universidad",
    "catedrática",
    "catedrático de universidad",
    "catedrática de universidad",
    "profesor contratado doctor",
    "profesora contratada doctora",
    "profesor ayudante doctor",
    "profesora ayudante doctora",
    "investigadora postdoctoral",
    "investigador postdoctoral",
    "entidad empleadora",
    "categoría profesional",
    # A postdoc's stay and a named contract are posts ("estancia posdoctoral en la Universidad X",
    # "investigador Ramón y Cajal en el Instituto Y").
    "estancia posdoctoral",
    "estancia postdoctoral",
    "investigador ramón y cajal",
    # A postdoctoral fellow's post (a CONICET CV's "Cargos": "Becaria posdoctoral | X").
    "becaria posdoctoral",
    "becario posdoctoral",
    "becaria postdoctoral",
    "becario postdoctoral",
)
STUDIES = (
    "estudiante",
    "licenciatura",
    "grado",
    "máster",
    "doctorado",
    "licenciada",
    "licenciado",
    "doctora en",
    "doctor en",
    # "Doctora por la Universidad de X (2009)": the university that conferred the doctorate
    "doctora por",
    "doctor por",
    "programa de doctorado",
    "entidad de titulación",
    "titulación universitaria",
    "me doctoré",
    "se doctoró",
    "me licencié",
    "se licenció",
)
MEMBERSHIP = ("miembro de",)
INSTITUTION_HEADS = (
    "universidad",
    "escuela",
    "instituto",
    "centro",
    # "Colegio Mayor de X", "Colegio de México": colleges that grant degrees.
    "colegio",
    "universidad politécnica",
    "consejo superior",
    # Catalan universities, on Spanish pages ("Universitat de X").
    "universitat",
    # "en el Museo Nacional de Ciencias Naturales": a museum employs its researchers.
    "museo",
)
UNIT_HEADS = (
    "departamento",
    "laboratorio",
    "grupo",
    "facultad",
    "área",
)
TEAM_WORDS = ("grupo", "equipo")
AUTHOR_LABELS = ("autores",)
MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
PRESENT = (
    "presente",
    "actualidad",
    "hoy",
    "actualmente",
    # ("2019-03-01 hasta el presente", ORCID's range: the article before the present)
    "el presente",
    "la actualidad",
    # Batch 169: a CV platform's open range ("01/2019 - Actual", CvLAC's "de Actual").
    "actual",
)
SINCE = (
    "desde",
    "fecha de inicio",
    # Batch 157: "ingreso 2021" (a thesis student's year of entry, under way)
    "ingreso",
    "ingresó",
)
RANGE_WORDS = (
    "hasta",
    # Batch 75: "De 2015 a 2019", "de enero de 2012 a diciembre de 2014" (a range's "a").
    "a",
)
TITLES = (
    "prof",
    "dr",
    "dra",
    "sr",
    "sra",
    "dña",
    "doña",
    "don",
    # "bajo la dirección de la Profesora A": the full word before a name, as a title.
    "profesora",
    "profesor",
    "doctora",
    # Latin-American degree titles before a member's name ("Lic. A", "Ing. B", "Mtra. C").
    "lic",
    "ing",
    "mtro",
    "mtra",
)
CONNECTORS = ("y", "e")
OFFER = ("convocatoria", "candidatos", "plaza")
FIRST_PERSON = (
    "yo",
    "mi",
    "mis",
    "me",
    "mí",
)

# "la tesis doctoral de A", "la defensa de B".
THESIS_OF_NOUNS = (
    "tesis",
    "tesis doctoral",
    "defensa",
    # Batch 97 (Mexico): "el examen de grado de doctorado de A" (the defence).
    "examen de grado",
    "examen de grado de doctorado",
    # "Secretaria en el tribunal de A" (a CV's juries, as English "committee of A").
    "tribunal",
)
OF_WORDS = ("de",)
UNIVERSITY_OF = ("de la Universidad",)  # "Departamento de Física de la Universidad X"
# Batch 133: a tesis doctoral's cover, "Autor:" alone on its line over the candidate's name.
THESIS_BY = ("presentada por", "presentado por", "autor:", "autora:", "doctorando:", "doctoranda:")
BORN_IN = ("nacida en", "nacido en")
# "Defensa de tesis de A", "Lectura de tesis doctoral de B".
DEFENCE_HEADLINES = (
    "defensa de tesis de",
    "defensa de la tesis de",
    "defensa de tesis doctoral de",
    "lectura de tesis de",
    "lectura de tesis doctoral de",
    # Batch 129: a doctoral school's notice headed "Lectura de tesis doctoral: A" (the
    # colon before the candidate; "Lectura de tesis doctoral en X" names a field).
    "lectura de tesis doctoral:",
    "lectura de tesis:",
    "defensa de tesis doctoral:",
)
FELLOWSHIP_WORDS = (
    "becario",
    "becaria",
    # A named contract ("investigador Ramón y Cajal en el Instituto X"), no employer itself.
    "contrato predoctoral",
    "ramón y cajal",
)

ADVISING_NOUNS = (
    "director",
    "directora",
    "codirector",
    "codirectora",
    "director de tesis",
    "directora de tesis",
)
ADVISING_VERBS = (
    "dirigí",
    "codirigí",
    "he dirigido",
    "he codirigido",
    "dirijo",
    # Batch 157: a semblanza in the third person, its subject left unsaid ("Actualmente
    # dirige la tesis doctoral de A")
    "dirige",
    "codirige",
    "dirigió",
    "codirigió",
)
ALUMNI = ("antiguos doctorandos", "antiguos miembros")
THESIS_WORDS = ("tesis",)
STUDENT_LABELS = (
    "alumno/a",
    "alumno",
    "alumna",
    "doctorando/a",
    "doctorando",
    "doctoranda",
    "estudiante",
    "doctor",
    "doctora",
    "doctor/a",
    # Batch 119 (a CvLAC's supervised work: "Persona orientada: A, Dirigió como: …").
    "persona orientada",
    # Batch 132 (CvLAC and CVU records: "Nombre del estudiante: A", "Sustentante: A").
    "nombre del estudiante",
    "nombre de la estudiante",
    "nombre del orientado",
    "nombre de la orientada",
    "sustentante",
    "tesista",
    # Batch 169 (a research council's CV export: a supervised person's record, "Apellido
    # y nombre: A" over "Rol: Director").
    "apellido y nombre",
    "apellido y nombres",
    "apellidos y nombre",
    "apellidos y nombres",
)
# Small words inside an organisation's name ("Instituto para la Investigación").
ORG_CONNECTORS = ("para", "las", "los", "el")

# Batch 65 (a doctoral school's list of defences, a Catedrático's own site): a headline
# announcing several defences, one candidate a heading ("CARRASCO MEDINA, Lucía").
DEFENCE_LISTS = (
    "defensas de tesis",
    "defensas de tesis doctorales",
    "lecturas de tesis",
    "lectura de tesis doctorales",
    "tesis leídas",
    "tesis defendidas",
)


# "Rol: codirector", "Papel: director" (the owner's own part in a thesis).
ROLE_LABELS = (
    "rol",
    "papel",
    "mi papel",
    "mi rol",
    "cargo en el jurado",
    "tipo de participación",
    # Batch 169: a university portal's jury table ("Cargo en el tribunal: Vocal"), a
    # research council's record ("Función: Miembro titular del jurado").
    "cargo en el tribunal",
    "función",
)

# "El tribunal estuvo formado por A (presidente), B": the members after the verb.
JURY_COMPOSED = (
    "formado por",
    "formada por",
    "compuesto por",
    "compuesta por",
    "integrado por",
    "estuvo formado por",
    "estuvo compuesto por",
    "estuvo integrado por",
)
# "Se doctoró en 2011 por la Universidad X": the thesis's end.
DOCTORATE_VERBS = ("se doctoró", "obtuvo el doctorado", "leyó su tesis doctoral")
# "Tribunal presidido por el Dr. B": the chair of the candidate's jury.
CHAIRED_BY = ("presidido por el", "presidido por la", "presidida por el", "presidida por la")

# Batch 84: "su director fue B": the verb between a role and its person.
COPULAS = ("fue", "es", "era", "fueron")

# Batch 97 (a CVN exported as text): "Apellidos: A B" over "Nombre: C", the owner's
# identity fields (family names first, as a French form's "Nom" over "Prénom").
FAMILY_NAME_COLUMNS = ("apellidos", "apellido")
GIVEN_NAME_COLUMNS = ("nombre", "nombres")
# Headings of a group's people page ("Miembros del grupo" › "Doctorandos").
PEOPLE = (
    "miembros",
    "miembros del grupo",
    "integrantes",
    "investigadores",
    "personal",
    "personal técnico",
    "doctorandos",
    "equipo",
)
# Headings or labels naming the head of a group on its members page.
LAB_HEADS = (
    "investigador principal",
    "investigadora principal",
    "investigadores principales",
    "jefe de grupo",
    "jefa de grupo",
    "director del grupo",
    "directora del grupo",
    "responsable del grupo",
    "coordinador del grupo",
    "coordinadora del grupo",
)
# Batch 119 (a Mexican CVU's research stays): "Estancia posdoctoral, X, 2014 – 2015.
# Anfitrión: Dr. B" — the host advises the stay, read only with a postdoc or stay context.
CONTEXT_CUES = ("anfitrión", "anfitriona", "acogido por", "acogida por")
# Batch 157: a department's news headline "A defiende su tesis doctoral sobre …" (the
# candidate, then the verb).
DEFENDS_VERBS = (
    "defiende",
    "defendió",
    "defiende su tesis",
    "defiende su tesis doctoral",
    "defendió su tesis",
    "defendió su tesis doctoral",
    "lee su tesis doctoral",
    "leyó su tesis doctoral",
)
# The agent's preposition said again before a list's last name ("… por A y por el Dr. B").
AGENT_AGAIN = ("y por", "y por el", "y por la")
