"""Portuguese core words (a data addition: the rules are language-free)."""

LANGUAGE = "pt"

SECTIONS = {
    "education": (
        "formação acadêmica",
        "formação",
        "educação",
        # Batch 51 (a Lattes CV): the words of a Brazilian (and Portuguese) CV, as data.
        "formação acadêmica/titulação",
        "titulação",
    ),
    "employment": (
        "experiência",
        "atuação profissional",
        "atuação profissional",
        # Batch 65 (a CIÊNCIAVITAE profile from Portugal, a Brazilian programme's defences): the
        # European Portuguese words of a CV and its juries ("arguente", "vogal", "júri"), the
        # contracted "orientada pela" (por + a), "doutoramento" and "pós-doutoramento".
        "percurso profissional",
        "docência no ensino superior",
        "carreira",
        # Batch 99 (an ORCID record in Portuguese): "Emprego", "Trabalhos", "Financiamento".
        "emprego",
    ),
    "publications": (
        "publicações",
        "artigos",
        "produções",
        "produção bibliográfica",
        "artigos completos publicados em periódicos",
        "trabalhos",
        "livros publicados",
        "capítulos de livros publicados",
        "trabalhos completos publicados em anais de congressos",
    ),
    "students": (
        "orientações",
        # Batch 132: a Ciência Vitae export's table of supervisions, in the singular.
        "orientação",
        "orientandos",
        "orientações e supervisões concluídas",
        "orientações e supervisões em andamento",
        "orientações concluídas",
        "orientações em andamento",
        # (European Portuguese: the supervisions under way are "em curso")
        "orientações em curso",
        "supervisão de pós-doutorado",
        # (a Lattes CV's kinds of supervision, each over its numbered records)
        "tese de doutorado",
        "dissertação de mestrado",
        "iniciação científica",
        "trabalho de conclusão de curso de graduação",
        "supervisões",
        "orientação de teses",
        # Batch 88: a group's members page heads its doctoral candidates so.
        "doutorandos",
        "doutorandas",
        "alunos de doutorado",
        "alunos de doutoramento",
        # Batch 157 (a research group's page, CNPq directory style): its students and
        # former students, each with their own advisor.
        "estudantes",
        "egressos",
    ),
    "jury": (
        "bancas",
        "banca",
        "participação em bancas",
        "participação em bancas de trabalhos de conclusão",
        "bancas examinadoras",
        "júri",
        "júris",
        "participação em júri",
        "participação em júris",
        "arguência",
        "arguências",
    ),
    "teaching": ("ensino", "disciplinas"),
    "service": (
        "participação em bancas de comissões julgadoras",
        "comissões julgadoras",
        # Batch 119: a hiring competition's jury ("Júri de concurso"), no thesis.
        "júri de concurso",
        # a Lattes CV's "Organização de eventos, congressos, …" (co-organisers, no authors)
        "organização de eventos",
        "organização de evento",
        # (the committees a Lattes CV lists under its juries: "Avaliações" of a funder's board)
        "avaliações",
    ),
    "talks": ("apresentações de trabalho", "palestras", "eventos"),
    "awards": ("prêmios e títulos", "prêmios"),
    "grants": (
        "financiamento",
        "projetos de pesquisa",
        "projetos",
        "bolsas",
        "financiamentos",
    ),
    "skills": ("idiomas",),
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
    "orientador(a)",
    "coorientador(a)",
    "orientadora principal",
    "orientador principal",
    "sob orientação do",
    "sob orientação da",
    "sob a orientação do",
    "sob a orientação da",
    "orientada pela",
    "orientada pelo",
    "orientado pela",
    "orientado pelo",
    "coorientada por",
    "coorientado por",
    "coorientada pela",
    "coorientada pelo",
    "coorientado pela",
    "coorientado pelo",
    "sob a supervisão de",
    "sob a supervisão do",
    "sob a supervisão da",
    "sob supervisão de",
    "supervisionada por",
    "supervisionado por",
    # "sob supervisão do Dr. A" (a postdoc's host, with the article joined to "de").
    "sob supervisão do",
    "sob supervisão da",
    # Batch 157: "dissertação de mestrado (2018–2020), orientação de A" (a group's alumni)
    "orientação de",
    "orientação do",
    "orientação da",
)
# Short prepositions ("mit", "con", "com") collide with other languages' words
# ("MIT", ".com"): only multi-word cues here.
WEAK_SUPERVISION_CUES = ("junto com", "no grupo de")
COSUPERVISION_CUES = (
    "coorientado com",
    "em coorientação com",
    "coorientador:",
    "coorientadora:",
    "co-orientador:",
    # "(orientadora; coorientação do Doutor A)": the other advisor of the owner's student.
    "coorientação do",
    "coorientação da",
    "coorientação de",
    "co-orientação do",
    "co-orientação da",
    # Batch 97: "coorientadora, em coorientação com o Prof. Doutor A" (the article first).
    "em coorientação com o",
    "em coorientação com a",
)
CONTEXT = {
    "phd": (
        "doutorado",
        "doutoramento",
        "tese",
        "doutorando",
        "doutoranda",
        "tese de doutorado",
        "doutorado em",
        "teses",
        "doutorou-se",
        "tese de doutoramento",
        "provas de doutoramento",
    ),
    "postdoc": (
        "pós-doutorado",
        "pos-doutorado",
        "pós-doc",
        "supervisão de pós-doutorado",
        "pós-doutorado.",
        "pos-doc",
        "pós-doutoramento",
        "pos-doutoramento",
        "pós-doutorado em",
    ),
    "internship": (
        "estágio",
        "estagiário",
        "iniciação científica",
        "iniciação científica",
        "trabalho de conclusão de curso",
    ),
    "other": (
        "mestrado",
        "dissertação",
        "dissertação de mestrado",
        "mestrado em",
        "mestrado profissional",
        "especialização",
        "dissertação de mestrado",
        "mestrado em",
        "licenciatura",
        # Batch 221: a Lattes "Graduação em X … Orientador: B" (an undergraduate's thesis).
        "graduação em",
        "graduação",
        "bacharelado em",
    ),
}
JURY_CUES = (
    "banca",
    "banca examinadora",
    "membros da banca",
    "participação em banca de",
    "participação em banca",
    "júri",
    "arguente",
    "arguente principal",
    "provas de doutoramento",
    # Batch 129: an edital's "Vogais:" over one list item per member of the júri.
    "vogais",
)
JURY_ROLES = {
    "jury_reviewer": ("avaliador", "avaliadora", "parecerista"),
    "jury_examiner": (
        "examinador",
        "examinadora",
        "arguidor",
        "arguente",
        "membro titular",
        "examinador externo",
        "examinadora externa",
        "arguente principal",
        "arguentes",
    ),
    "jury_president": (
        "presidente",
        # "Júri presidido pelo Professor Doutor A": the chair after the participle.
        "presidido pelo",
        "presidido pela",
        "presidida pelo",
        "presidida pela",
        "presidido por",
        "presidida por",
    ),
    "jury_member": (
        "membro",
        "membros",
        "vogal",
        "vogais",
    ),
}
NOT_JURY = (
    "concurso",
    "seleção",
    "processo seletivo",
    # "Concurso público", "processo seletivo", "banca de concurso": hiring boards.
    "concurso público",
    "banca de concurso",
    "comissões julgadoras",
    "comissão julgadora",
    # Batch 97: a thesis's follow-up committee ("comissão de acompanhamento de tese"), no jury.
    "comissão de acompanhamento",
    "comissões de acompanhamento",
    # Batch 157: "propostas de júri" sent to an office (administration, no jury)
    "proposta de júri",
    "propostas de júri",
    # Batch 261: a doctoral qualifying exam's board ("Qualificações de Doutorado", "Exame de
    # qualificação (Doutorando em X)", "banca de qualificação"): no thesis jury.
    "qualificações de doutorado",
    "qualificações de mestrado",
    "qualificação de doutorado",
    "qualificação de mestrado",
    "exame de qualificação",
    "banca de qualificação",
    "bancas de qualificação",
)
NOT_RELATION = ("editor", "editores", "coordenador")
POSITIONS = (
    "professor",
    "professora",
    "pesquisador",
    "pesquisadora",
    "docente",
    "professor adjunto",
    "professora adjunta",
    "professor associado",
    "professora associada",
    "professor titular",
    "professora titular",
    "professor assistente",
    "professora assistente",
    "professor auxiliar",
    "professora auxiliar",
    "enquadramento funcional",
    "vínculo",
    "pesquisador visitante",
    "professor catedrático",
    "professora catedrática",
    "investigador auxiliar",
    # A postdoc in Portugal is a post ("Realizou um pós-doutoramento no Centro X").
    "pós-doutoramento",
    "pos-doutoramento",
    "investigador de pós-doutoramento",
    # Batch 221: a Lattes "Pós-Doutorado. Instituto X" entry (a post held, as in Portugal;
    # no degree studied for).
    "pós-doutorado",
)
STUDIES = (
    "estudante",
    "graduação",
    "mestrado",
    "doutorado",
    "aluno",
    "aluna",
    "graduação em",
    "mestrado em",
    "doutorado em",
    "possui graduação",
    "doutorou-se",
    "doutorei-me",
    "licenciou-se",
    "licenciei-me",
    "doutoramento",
)
MEMBERSHIP = ("membro de",)
INSTITUTION_HEADS = (
    "universidade",
    "escola",
    "instituto",
    "faculdade",
    "centro",
    # "no Museu Paraense de História Natural": a museum employs its researchers.
    "museu",
)
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
PRESENT = (
    "presente",
    "atual",
    "hoje",
    "atual",
    "atualmente",
    # ("2019-03-01 até o presente", ORCID's range: the article before the present)
    "o presente",
)
SINCE = (
    "desde",
    # "Início: 2023" (a supervision still under way)
    "início",
    "inicio",
    # Batch 157: "ingresso 2022" (a student's year of entry, under way)
    "ingresso",
)
RANGE_WORDS = (
    "até",
    # Batch 75: "de 2017 a 2021" (a range's "a").
    "a",
)
TITLES = (
    "prof",
    "dr",
    "dra",
    "profa",
    "profª",
    "dr.ª",
    "prof.ª",
    "sr",
    "sra",
    # "orientada pela Professora A": the full word before a name, as a title.
    "professora",
    "doutora",
    "doutor",
)
CONNECTORS = ("e",)
OFFER = ("vaga", "candidatos", "edital")
FIRST_PERSON = ("eu", "meu", "minha")

# "a tese de A", "a defesa de B", "banca de C".
THESIS_OF_NOUNS = ("tese", "dissertação", "defesa", "banca")
OF_WORDS = ("de",)
UNIVERSITY_OF = (
    "da Universidade",
    # "Departamento de Matemática da Faculdade de Ciências da Universidade X": each "da" a parent.
    "da Faculdade",
)  # "Instituto de Química da Universidade X"
# Batch 133: a tese's cover, "Autor:" alone on its line over the candidate's name.
THESIS_BY = ("apresentada por", "apresentado por", "autor:", "autora:")
BORN_IN = ("nascida em", "nascido em")
# "Defesa de tese de A", "Defesa de doutorado: B".
DEFENCE_HEADLINES = (
    "defesa de tese de",
    "defesa de doutorado de",
    "defesa de doutorado",
    "defesa de tese",
)
# "Bolsista do(a): CAPES" (a Lattes CV's funder of a degree).
FELLOWSHIP_WORDS = (
    "bolsista",
    "bolseiro",
    "bolseira",
    "bolseiro de doutoramento",
)
STUDENT_LABELS = (
    "aluno",
    "aluna",
    "aluno(a)",
    "orientando",
    "orientanda",
    "discente",
    "doutorando",
    "doutoranda",
    "estudante",
    "candidato",
    "candidata",
    "discente(s)",
    # Batch 132 (a Ciência Vitae export's columns: "Nome do candidato / Instituição: A — X").
    "nome do candidato",
    "nome do candidato / instituição",
    "nome do orientado",
    "nome do orientado / instituição",
    # (its "Orientação" table: "Estudante(s) / Instituição: A — X")
    "estudante(s)",
    "estudante(s) / instituição",
)
# ("em": "Centro de Investigação em Sistemas Inteligentes", as Spanish "en")
ORG_CONNECTORS = ("para", "em")

ADVISING_NOUNS = (
    "orientador",
    "orientadora",
    "coorientador",
    "coorientadora",
    "supervisor",
    "supervisora",
)
ALUMNI = ("ex-orientandos",)
THESIS_WORDS = ("tese", "dissertação")

# Batch 65 (a graduate programme's defences page, a CIÊNCIAVITAE profile): a headline
# announcing several defences, each with its "Discente:" field.
DEFENCE_LISTS = (
    "defesas",
    "defesas de doutorado",
    "defesas de tese",
    "teses defendidas",
    "dissertações e teses defendidas",
    "provas de doutoramento",
)


# "Papel: Coorientador" (a CIÊNCIAVITAE cell: the owner's own part in a thesis).
ROLE_LABELS = ("papel", "função", "tipo de participação")

# "A banca foi composta por A (presidente), B": the members after the verb.
JURY_COMPOSED = (
    "composta por",
    "composto por",
    "formada por",
    "constituída por",
    "foi composta por",
    "foi constituída por",
)
# "Doutorou-se em 2015 pela Universidade X": the thesis's end.
DOCTORATE_VERBS = ("doutorou-se", "defendeu a tese", "defendeu sua tese")
# "Júri presidido pelo Professor Doutor B": the chair of the candidate's jury.
CHAIRED_BY = ("presidido pelo", "presidido pela", "presidida pelo", "presidida pela")

# Batch 84: "a orientadora foi B": the verb between a role and its person.
COPULAS = ("foi", "é", "era", "foram")
# Batch 157: a news headline "A defende tese de doutoramento sobre …" (the candidate, then
# the verb).
DEFENDS_VERBS = (
    "defende",
    "defendeu",
    "defende tese",
    "defende a tese",
    "defendeu a tese",
    "defende sua tese",
    "defendeu sua tese",
)
# The agent's preposition said again before a list's last name ("… por A y por el Dr. B").
AGENT_AGAIN = ("e por", "e pelo", "e pela")
# A Lattes CV's qualifying exams ("Qualificações de Doutorado" › "Participação em banca de
# A. … Exame de qualificação (Doutorando em X)"): a board before the thesis, no jury.
QUALIFYING_EXAMS = (
    "exame de qualificação",
    "banca de qualificação",
    "bancas de qualificação",
    "qualificação de doutorado",
    "qualificações de doutorado",
    "qualificação de mestrado",
    "qualificações de mestrado",
)
