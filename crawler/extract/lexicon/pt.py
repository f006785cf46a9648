"""Portuguese core words (a data addition: the rules are language-free)."""

LANGUAGE = "pt"

SECTIONS = {
    "education": ("formação acadêmica", "formação", "educação"),
    "employment": ("experiência", "atuação profissional"),
    "publications": ("publicações", "artigos"),
    "students": ("orientações", "orientandos"),
    "jury": ("bancas", "banca", "participação em bancas"),
    "teaching": ("ensino", "disciplinas"),
}
SUPERVISION_CUES = (
    "orientador",
    "orientadora",
    "orientadores",
    "coorientador",
    "coorientadora",
    "co-orientador",
    "co-orientadora",
    "orientado por",
    "orientada por",
    "sob orientação de",
    "sob a orientação de",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = ("junto com", "no grupo de")
COSUPERVISION_CUES = ("coorientado com", "em coorientação com")
CONTEXT = {
    "phd": ("doutorado", "doutoramento", "tese", "doutorando", "doutoranda"),
    "postdoc": ("pós-doutorado", "pos-doutorado", "pós-doc"),
    "internship": ("estágio", "estagiário", "iniciação científica"),
    "other": ("mestrado", "dissertação"),
}
JURY_CUES = ("banca", "banca examinadora", "membros da banca")
JURY_ROLES = {
    "jury_reviewer": ("avaliador", "avaliadora", "parecerista"),
    "jury_examiner": ("examinador", "examinadora", "arguidor", "arguente"),
    "jury_president": ("presidente",),
    "jury_member": ("membro", "membros"),
}
NOT_JURY = ("concurso", "seleção", "processo seletivo")
NOT_RELATION = ("editor", "editores", "coordenador")
POSITIONS = ("professor", "professora", "pesquisador", "pesquisadora", "docente")
STUDIES = ("estudante", "graduação", "mestrado", "doutorado", "aluno", "aluna")
MEMBERSHIP = ("membro de",)
INSTITUTION_HEADS = ("universidade", "escola", "instituto", "faculdade", "centro")
UNIT_HEADS = ("departamento", "laboratório", "grupo")
TEAM_WORDS = ("grupo", "equipe", "equipa")
AUTHOR_LABELS = ("autores",)
MONTHS = {
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "abril": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
}
PRESENT = ("presente", "atual", "hoje")
SINCE = ("desde",)
RANGE_WORDS = ("até",)
TITLES = ("prof", "dr", "dra", "profa")
CONNECTORS = ("e",)
OFFER = ("vaga", "candidatos", "edital")
FIRST_PERSON = ("eu", "meu", "minha")
