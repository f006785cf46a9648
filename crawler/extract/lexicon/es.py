"""Spanish core words (a data addition: the rules are language-free)."""

LANGUAGE = "es"

SECTIONS = {
    "education": ("formación", "educación", "estudios"),
    "employment": ("experiencia", "trayectoria", "puestos"),
    "publications": ("publicaciones", "artículos"),
    "students": ("dirección de tesis", "tesis dirigidas", "estudiantes"),
    "jury": ("tribunal", "tribunales"),
    "teaching": ("docencia", "enseñanza"),
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
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = ("junto con", "en el grupo de")
COSUPERVISION_CUES = ("codirigida con", "codirigido con")
CONTEXT = {
    "phd": ("tesis doctoral", "doctorado", "doctorando", "doctoranda", "tesis"),
    "postdoc": ("posdoc", "postdoctoral", "posdoctoral"),
    "internship": ("prácticas", "pasantía", "becario"),
    "other": ("trabajo fin de máster", "tesis de maestría", "ingeniero"),
}
JURY_CUES = ("tribunal", "tribunal de tesis", "miembros del tribunal")
JURY_ROLES = {
    "jury_reviewer": ("evaluador", "evaluadora", "revisor", "revisora"),
    "jury_examiner": ("vocal", "vocales"),
    "jury_president": ("presidente", "presidenta"),
    "jury_member": ("secretario", "secretaria", "miembro"),
}
NOT_JURY = ("comisión de selección", "oposición", "concurso")
NOT_RELATION = ("editor", "editores", "investigador principal")
POSITIONS = ("profesor", "profesora", "catedrático", "investigador", "investigadora")
STUDIES = ("estudiante", "licenciatura", "grado", "máster", "doctorado")
MEMBERSHIP = ("miembro de",)
INSTITUTION_HEADS = ("universidad", "escuela", "instituto", "centro")
UNIT_HEADS = ("departamento", "laboratorio", "grupo")
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
PRESENT = ("presente", "actualidad", "hoy")
SINCE = ("desde",)
RANGE_WORDS = ("hasta",)
TITLES = ("prof", "dr", "dra", "sr", "sra")
CONNECTORS = ("y", "e")
OFFER = ("convocatoria", "candidatos", "plaza")
FIRST_PERSON = ("yo", "mi", "mis")
# "Colegio Mayor de X", "Colegio de México": colleges that grant degrees.
INSTITUTION_HEADS = (*INSTITUTION_HEADS, "colegio")

# "la tesis doctoral de A", "la defensa de B".
THESIS_OF_NOUNS = ("tesis", "tesis doctoral", "defensa")
OF_WORDS = ("de",)
UNIVERSITY_OF = ("de la Universidad",)  # "Departamento de Física de la Universidad X"
THESIS_BY = ("presentada por", "presentado por")
BORN_IN = ("nacida en", "nacido en")
# "Defensa de tesis de A", "Lectura de tesis doctoral de B".
DEFENCE_HEADLINES = (
    "defensa de tesis de",
    "defensa de la tesis de",
    "defensa de tesis doctoral de",
    "lectura de tesis de",
    "lectura de tesis doctoral de",
)
FELLOWSHIP_WORDS = ("becario", "becaria")

# Batch 51 (a CVN, the Spanish "curriculum vitae normalizado", and a university's notice of
# hiring committees): the words of a Spanish CV, as data.
SECTIONS = {
    **SECTIONS,
    "education": (
        *SECTIONS["education"],
        "formación académica",
        "formación académica recibida",
        "titulación universitaria",
        "doctorados",
    ),
    "employment": (
        *SECTIONS["employment"],
        "situación profesional",
        "situación profesional actual",
        "cargos y actividades desempeñados con anterioridad",
        "actividad profesional",
    ),
    "publications": (
        *SECTIONS["publications"],
        "producción científica",
        "publicaciones, documentos científicos y técnicos",
    ),
    "students": (
        *SECTIONS["students"],
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
    ),
    "jury": (*SECTIONS["jury"], "participación en tribunales", "tribunales de tesis"),
    "teaching": (*SECTIONS["teaching"], "actividad docente"),
    "talks": ("ponencias", "congresos", "conferencias invitadas"),
    "service": ("gestión", "cargos de gestión", "evaluación"),
    "awards": ("premios", "distinciones", "becas"),
    "grants": ("proyectos", "proyectos de investigación"),
    "contact": ("contacto", "datos de contacto"),
    "skills": ("idiomas",),
    "offers": ("ofertas", "convocatorias"),
}
COSUPERVISION_CUES = (
    *COSUPERVISION_CUES,
    "en codirección con",
    "codirector/a tesis:",
    "codirector/a de tesis:",
    "codirector:",
    "codirectora:",
)
CONTEXT = {
    **CONTEXT,
    "phd": (
        *CONTEXT["phd"],
        "tesis doctorales",
        "doctorandos",
        "programa de doctorado",
        # "Dra. A — doctora en 2019 (directores: B)": the degree the student earned
        "doctora en",
        "doctor en",
    ),
    "other": (
        *CONTEXT["other"],
        "trabajo fin de grado",
        "trabajos fin de máster",
        "trabajos fin de grado",
        "tesina",
        "proyecto fin de carrera",
    ),
}
JURY_ROLES = {
    **JURY_ROLES,
    "jury_president": (
        *JURY_ROLES["jury_president"],
        "presidente del tribunal",
        "presidenta del tribunal",
    ),
}
# Civil-service and hiring boards ("Tribunal de oposiciones", "Tribunal calificador",
# "comisión de selección" of a "concurso de acceso"): no thesis jury.
NOT_JURY = (
    *NOT_JURY,
    "oposiciones",
    "tribunal calificador",
    "comisiones de selección",
    "comisión titular",
    "comisión suplente",
    "concurso de acceso",
    "concursos de acceso",
)
POSITIONS = (
    *POSITIONS,
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
)
STUDIES = (
    *STUDIES,
    "licenciada",
    "licenciado",
    "doctora en",
    "doctor en",
    "programa de doctorado",
    "entidad de titulación",
    "titulación universitaria",
)
TITLES = (*TITLES, "dña", "doña", "don")
SINCE = (*SINCE, "fecha de inicio")
PRESENT = (*PRESENT, "actualmente")
FIRST_PERSON = (*FIRST_PERSON, "me", "mí")
ADVISING_NOUNS = (
    "director",
    "directora",
    "codirector",
    "codirectora",
    "director de tesis",
    "directora de tesis",
)
ADVISING_VERBS = ("dirigí", "codirigí", "he dirigido", "he codirigido", "dirijo")
ALUMNI = ("antiguos doctorandos", "antiguos miembros")
THESIS_WORDS = ("tesis",)
UNIT_HEADS = (*UNIT_HEADS, "facultad", "área")
INSTITUTION_HEADS = (*INSTITUTION_HEADS, "universidad politécnica", "consejo superior")
STUDENT_LABELS = (
    "alumno/a",
    "alumno",
    "alumna",
    "doctorando/a",
    "doctorando",
    "doctoranda",
    "estudiante",
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
# "bajo la dirección de la Profesora A": the full word before a name, as a title.
TITLES = (*TITLES, "profesora", "profesor", "doctora")

WEAK_SUPERVISION_CUES = (
    *WEAK_SUPERVISION_CUES,
    "en el laboratorio de",
    "en el laboratorio del",
    "en el laboratorio de la",
    "en el grupo del",
    "en el grupo de la",
)
CONTEXT = {
    **CONTEXT,
    "phd": (*CONTEXT["phd"], "me doctoré", "se doctoró", "doctorado en"),
    "postdoc": (*CONTEXT["postdoc"], "estancia posdoctoral", "estancia postdoctoral"),
}
STUDIES = (*STUDIES, "me doctoré", "se doctoró", "me licencié", "se licenció")
JURY_ROLES = {
    **JURY_ROLES,
    "jury_president": (*JURY_ROLES["jury_president"], "presidenta del tribunal"),
    "jury_member": (
        *JURY_ROLES["jury_member"],
        "secretaria del tribunal",
        "secretario del tribunal",
    ),
}
# A named contract ("investigador Ramón y Cajal en el Instituto X"), no employer itself.
FELLOWSHIP_WORDS = (*FELLOWSHIP_WORDS, "contrato predoctoral", "ramón y cajal")
# Catalan universities, on Spanish pages ("Universitat de X").
INSTITUTION_HEADS = (*INSTITUTION_HEADS, "universitat")
# "Tribunal de oposición" (a civil-service examination board): no thesis jury.
NOT_JURY = (*NOT_JURY, "tribunal de oposición", "tribunales de oposición")
# A postdoc's stay and a named contract are posts ("estancia posdoctoral en la Universidad X",
# "investigador Ramón y Cajal en el Instituto Y").
POSITIONS = (
    *POSITIONS,
    "estancia posdoctoral",
    "estancia postdoctoral",
    "investigador ramón y cajal",
)

# "Rol: codirector", "Papel: director" (the owner's own part in a thesis).
ROLE_LABELS = ("rol", "papel", "mi papel", "mi rol")

# Batch 75: "De 2015 a 2019", "de enero de 2012 a diciembre de 2014" (a range's "a").
RANGE_WORDS = (*RANGE_WORDS, "a")
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
# "en el Museo Nacional de Ciencias Naturales": a museum employs its researchers.
INSTITUTION_HEADS = (*INSTITUTION_HEADS, "museo")
# "tribunal presidido por el Dr. A": the chair after the participle.
JURY_ROLES = {
    **JURY_ROLES,
    "jury_president": (*JURY_ROLES["jury_president"], "presidido por", "presidida por"),
}
# "Codirectora de tesis, junto con el Dr. A" (in a student's entry): the other director.
COSUPERVISION_CUES = (
    *COSUPERVISION_CUES,
    "junto con el",
    "junto con la",
    "codirigida junto con",
    "codirigido junto con",
    "en codirección con el",
    "en codirección con la",
)
# "Se doctoró en 2011 por la Universidad X": the thesis's end.
DOCTORATE_VERBS = ("se doctoró", "obtuvo el doctorado", "leyó su tesis doctoral")
# "Tribunal presidido por el Dr. B": the chair of the candidate's jury.
CHAIRED_BY = ("presidido por el", "presidido por la", "presidida por el", "presidida por la")

# Batch 84: "su director fue B": the verb between a role and its person.
COPULAS = ("fue", "es", "era", "fueron")
# A group's table of doctoral students ("Doctorando/a | Tema de tesis | Dirección | Inicio"):
# the "Dirección" cell names the directors (a label with its colon: "Dirección: Av. X" is
# an address, and names no one); "Doctora: A. Directores: B" in a defended thesis's entry.
SUPERVISION_CUES = (*SUPERVISION_CUES, "dirección:")
STUDENT_LABELS = (*STUDENT_LABELS, "doctor", "doctora", "doctor/a")
# "Personal investigador en formación" (PIF): a Spanish group's doctoral students, not its
# members' education; "Tesis doctorales defendidas" the theses its members directed.
SECTIONS = {
    **SECTIONS,
    "students": (
        *SECTIONS["students"],
        "personal investigador en formación",
        "investigadores en formación",
        "tesis doctorales defendidas",
        "doctorandos",
        "investigadores postdoctorales",
    ),
}
# "Investigadores postdoctorales": a group's postdocs.
CONTEXT = {**CONTEXT, "postdoc": (*CONTEXT["postdoc"], "postdoctorales", "posdoctorales")}
