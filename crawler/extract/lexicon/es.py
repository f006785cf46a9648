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
