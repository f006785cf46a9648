"""French words the extraction rules look for: section headings, role cues, positions."""

LANGUAGE = "fr"

# La page d'approbation d'une thèse : « … approuvée par les membres du jury suivants : ».
SIGNATURE_INTROS = (
    "approuvée par les membres du jury suivants",
    "approuvée par les membres suivants",
    "examinée par les membres du jury suivants",
)
SECTIONS = {
    "education": (
        "formation",
        "formations",
        "diplômes",
        "études",
        "cursus",
        "parcours universitaire",
        "titres universitaires",  # (a French dossier's degrees: « Titres universitaires »)
    ),
    "employment": (
        "expérience",
        "expériences",
        "expérience professionnelle",
        "parcours",
        "postes",
        "carrière",
        "emplois",
        "situation",
        "fonctions",
        "parcours professionnel",
        "poste occupé",  # (a Europass CV's first block: « Poste occupé »)
    ),
    "publications": (
        # une revue : « Dans ce numéro » › un titre › ses auteurs
        "dans ce numéro",
        "sommaire du numéro",
        # a CV's "Articles récents (sélection)": its own papers, not a blog's recent posts
        "articles récents (sélection)",
        "articles récents choisis",
        "publications",
        "articles",
        "prépublications",
        "documents de travail",  # working papers
        "bibliographie",
        "références",
        "communications écrites",
        "communications dans un congrès",
        "communications dans des congrès",
        "communications avec actes",
        "actes",
        "revues",
        "chapitres d'ouvrages",
        "ouvrages",
        # « Monographies » (les livres d'un CV de sciences humaines)
        "monographies",
        "production scientifique",
        # a research portal's tab (Pure: « Productions scientifiques récentes »)
        "productions scientifiques",
        # a HAL researcher page's list of deposits
        "dépôts",
        "dépôts récents",
        "dépôts hal",
        # l'article d'une liste d'exposés (« Article associé aux exposés ») : ses auteurs
        "article associé",
        "articles associés",
    ),
    "students": (
        "encadrement",
        "encadrements",
        "étudiants",
        "doctorants",
        "doctorants encadrés",
        "post-doctorants",
        "postdoctorants",
        "postdoctorantes",
        "post-doctorantes",
        "stagiaires",
        "co-encadrement",
        "direction de thèses",
        # (SHS : « Direction de travaux » — thèses et HDR dirigées ; les « travaux dirigés »
        # sont des TD)
        "direction de travaux",
        "direction de recherches",
        "thèses encadrées",
        "thèses co-encadrées",
        "thèses dirigées",
        # Un hommage ou un pot de départ : « Les thèses qu'il a dirigées », « qu'elle a
        # encadrées » (le nom du directeur dit par la page, non par l'intertitre).
        "thèses qu'il a dirigées",
        "thèses qu'elle a dirigées",
        "thèses qu'il a encadrées",
        "thèses qu'elle a encadrées",
        "thèses qu'il a codirigées",
        "thèses qu'elle a codirigées",
        "thèses qu'il a dirigées ou codirigées",
        "thèses qu'elle a dirigées ou codirigées",
        # Un arbre généalogique tenu par son propriétaire : « Ma descendance académique ».
        "descendance académique",
        "descendants académiques",
        "thèses codirigées",
        "thèses co-dirigées",
        "stages encadrés",
        "stages de master",
        # SHS : « Direction de mémoires de master », « Mémoires encadrés »
        "mémoires de master",
        # Batch 306 : au Québec, le mémoire de la maîtrise (« Mémoires de maîtrise déposés »)
        "mémoires de maîtrise",
        "direction de mémoires",
        "mémoires encadrés",
        "mémoires dirigés",
        "encadrement doctoral",
        "élèves",
        "thèses en cours",
        "anciens élèves",
        "élèves de thèse",
        "thésards",
        "ingénieurs encadrés",
        # « Ils et elles sont passé·es par l'équipe » : les anciens d'un groupe
        "passés par l'équipe",
        "passées par l'équipe",
        "passé·es par l'équipe",
        "passé·e·s par l'équipe",
        "anciens de l'équipe",
        "direction de recherche",
        "étudiants aux cycles supérieurs",
        "stagiaires postdoctoraux",
        "docteurs",
        "anciens membres",
        "anciens doctorants",
        "thèses soutenues",
        "thèses défendues",  # (Belgium: "défense publique")
        "anciens post-doctorants",
        "co-encadrements",
    ),
    "jury": (
        "jury",
        "jurys",
        "jurys de thèse",
        "participation à des jurys",
        "soutenances",
        "expertises de thèses",
        "expertises de thèse",
        # a thesis portal's person page: the theses the person reviewed or chaired
        "thèses rapportées",
        "présidences de jury",
        "membre de jury",
        *SIGNATURE_INTROS,
    ),
    "teaching": (
        "enseignement",
        "enseignements",
        "cours",
        "activités d'enseignement",
        # a course's teachers: neither a research team nor students
        "équipe pédagogique",
        "equipe pedagogique",
        "intervenants",
    ),
    "talks": (
        "exposés",
        "présentations",
        "séminaires",
        "conférences invitées",
        "communications orales",
        "posters",
    ),
    "service": (
        "responsabilités",
        # Lot 293 : « Direction de collections » (« codirection de la collection X, avec
        # A ») : des codirecteurs d'une collection, nul coauteur
        "direction de collection",
        "direction de collections",
        "directions de collections",
        "services",
        "administration",
        "tâches collectives",
        "animation",
        "relecture",
        "expertise",
        "activités",
        # recruitment committees: neither a thesis jury nor a post at the university named
        "comités de sélection",
        "comité de sélection",
        "jurys de recrutement",
        # les instances d'un établissement (« Gouvernance », « Conseil scientifique
        # international ») : leurs membres y siègent, ce n'est pas une équipe
        "gouvernance",
        "équipe présidentielle",
        "conseil scientifique international",
        # les partenaires d'une équipe ailleurs (« Collaborateurs extérieurs » › « A,
        # Université X ») : ni membres de l'équipe, ni ses employés
        "collaborateurs extérieurs",
        "collaborateurs externes",
        "collaboratrices et collaborateurs extérieurs",
    ),
    "reviews": (
        "comptes rendus d'ouvrages",
        "comptes-rendus d'ouvrages",
        "comptes rendus de lecture",
        "comptes rendus critiques",
        "recensions",
        "notes de lecture",
        "notes critiques",
    ),
    "internship": ("stage", "stages"),
    # (« Prix spécial du jury : A » : un prix, pas le jury d'une thèse)
    "awards": (
        "prix",
        "distinctions",
        "récompenses",
        "bourses",
        "honoris causa",
        # la page d'un prix : ses lauréats passés, chacun avec la thèse couronnée
        "anciens lauréats",
        "anciennes lauréates",
        "lauréats précédents",
        "palmarès",
        "prix du jury",
        "prix spécial du jury",
        "mention spéciale du jury",
    ),
    "grants": (
        "financements",
        "projets",
        "contrats",
        "subventions",
        "subventions de recherche",
        "financement",
        "financement de la recherche",
    ),
    "contact": (
        "contact",
        "coordonnées",
        "adresse",
        # l'organisateur d'un événement (une soutenance au calendrier) : son contact
        "organisateur",
        "organisatrice",
        "informations pratiques",
        # l'encadré « Personne à contacter » d'une page d'équipe : un secrétariat, nul membre
        "personne à contacter",
        "personnes à contacter",
    ),
    "skills": (
        "compétences",
        "langues",
        "logiciels",
        "loisirs",
        "centres d'intérêt",
        "certifications",
    ),
    "others": (
        "à lire aussi",
        "a lire aussi",
        "lire aussi",
        "à lire également",
        "articles récents",
        "derniers articles",
        "commentaires récents",
        "articles similaires",
        "dans la même rubrique",
        "sur le même sujet",
        "autres actualités",
        # (la page d'une soutenance, les autres soutenances annoncées en marge)
        "autres soutenances",
        "autres soutenances à venir",
        "prochaines soutenances",
        "vous aimerez aussi",
        "réponses sur",
        "réponses à",
        "laisser un commentaire",
        "auteurs associés",
        "les plus lus",
    ),
    "offers": (
        "offres",
        "offres de thèse",
        "offres de stage",
        "postes ouverts",
        "positions ouvertes",
        "recrutement",
        "sujets de thèse",
        "sujets de stage",
        # un répertoire pour futurs étudiants : « Trouver une direction de recherche »
        "trouver une direction de recherche",
        "trouver un directeur de recherche",
        "trouver une directrice de recherche",
        "trouver un directeur de thèse",
        "répertoire des directions de recherche",
    ),
}

# Words that name a section only as the whole heading (with an optional count, as in
# ORCID's "Travaux (12)"): "Travaux de recherche" is prose and a dossier's "Titres et
# travaux" a whole CV, not a works list.
WHOLE_SECTIONS = {
    "publications": ("travaux", "travaux publiés", "auteur"),
    # (les liens d'un portail : « Liens rapides » › « Site du LIETV », nulle personne)
    "links": ("voir aussi", "liens externes", "liens rapides", "liens utiles", "liens connexes"),
    "education": ("thèse", "thèse de doctorat", "ma thèse", "mon doctorat", "ma propre thèse"),
    "others": ("commentaires", "crédits"),
    # (« Comptes rendus de congrès » : des actes, signés avec d'autres)
    "reviews": ("comptes rendus", "comptes-rendus", "compte rendu", "compte-rendu"),
    # « Thèses » seul au-dessus de « En cours » / « Soutenues » : les thèses encadrées (sous
    # « Publications », le type de document HAL : voir ``sections._path_kind``).
    "students": (
        "thèses",
        # « Ingénieurs : A (2022–2023) » sur la page d'un encadrant : les ingénieurs encadrés
        # (seul : « École nationale d'ingénieurs de X » est une école)
        "ingénieurs",
        "ingénieur·es",
        "ingénieur·e·s",
        # « Ancien·nes » seul sur la page d'une équipe : ses anciens doctorants et post-docs
        "anciens",
        "anciennes",
        "ancien·nes",
        "ancien·ne·s",
        "anciens et anciennes",
    ),
    # « Activités d'encadrement » › « Masters (M2 recherche) : A (2019), B (2022) » : les
    # stages de master encadrés (seul : « Masters » ailleurs est un titre de diplôme)
    "internship": ("masters", "masters (m2)", "masters (m1)", "masters (m2 recherche)"),
}

# L'encadrant d'une thèse CIFRE dans l'entreprise (« codirigée avec B ; encadrant industriel :
# C ») : un co-encadrant, à côté de qui dirige la thèse
INDUSTRY_ADVISORS = (
    "encadrant industriel",
    "encadrante industrielle",
    "co-encadrant industriel",
    "co-encadrante industrielle",
    "encadrant en entreprise",
    "encadrante en entreprise",
    "encadré en entreprise par",
    "encadrée en entreprise par",
)
SUPERVISION_CUES = (
    # A bio's or a tribute's "Élève de A, il soutient sa thèse …", « thèse d'État, soutenue
    # en 1982, comme élève de A » (a person: "élève de l'École X" names no one)
    "élève de",
    "élève d'",
    "élève d’",
    "ancien élève de",
    "ancienne élève de",
    "sous la houlette de",
    "sous la houlette d'",
    # « Doctorat, Université X, sous la double direction de A et B » (une codirection)
    "sous la double direction de",
    "sous la double direction d'",
    "sous la double direction du",
    "sous la direction conjointe de",
    "sous la direction conjointe d'",
    "sous la direction conjointe d’",
    "avec un co-encadrement de",
    "avec un co-encadrement d'",
    "sous la direction de",
    "sous la direction d'",
    "sous la direction d’",
    "sous la co-direction d'",
    "sous la codirection d'",
    "sous la supervision d'",
    "sous l'encadrement d'",
    "sous la co-direction de",
    "sous la codirection de",
    "sous la supervision de",
    "sous l'encadrement de",
    "sous la responsabilité de",
    "sous la responsabilité d'",
    # « stage de fin d'études chez X, sous la tutelle de B » (le tuteur du stage)
    "sous la tutelle de",
    "sous la tutelle d'",
    "sous la tutelle d’",
    "sous la responsabilité d’",
    "encadré par",
    "encadrée par",
    "co-encadré par",
    "co-encadrée par",
    "dirigé par",
    "dirigée par",
    "codirigé par",
    "codirigée par",
    # "Ses travaux ont été dirigés par A", "ses recherches, encadrées par B": the plural
    "dirigés par",
    "dirigées par",
    "encadrés par",
    "encadrées par",
    "co-dirigée par",
    "supervisé par",
    "supervisée par",
    "directeur de thèse",
    "directrice de thèse",
    "directeurs de thèse",
    "directrices de thèse",
    "co-directeur de thèse",
    "co-directrice de thèse",
    "codirecteur de thèse",
    "codirectrice de thèse",
    # « M. A, Professeur, Université X, co-encadrante de thèse » (une ligne de jury)
    "encadrant de thèse",
    "encadrante de thèse",
    "co-encadrant de thèse",
    "co-encadrante de thèse",
    "co-directeur",
    "co-directrice",
    "codirecteur",
    "codirectrice",
    "encadrant",
    "encadrante",
    "encadrants",
    "encadrantes",
    "co-encadrant",
    "co-encadrante",
    "co-encadrants",
    # Batch 306 : l'« encadreur » de l'Afrique francophone, qui suit la thèse au quotidien
    # à côté du directeur officiel (« Directeur de thèse : A ; encadreur : B »)
    "encadreur",
    "encadreuse",
    "encadreurs",
    "co-encadreur",
    "tuteur",
    "tutrice",
    # Batch 253 : « Tuteur entreprise : A » sur un stage en entreprise : le tuteur du stage
    # (l'enseignant référent, qui le suit de loin, n'en est pas un ; sur une thèse CIFRE, le
    # tuteur de l'entreprise ne la dirige pas)
    "tuteur entreprise",
    "tutrice entreprise",
    "tuteur en entreprise",
    "tutrice en entreprise",
    # « Superviseur postdoctoral : A » (un répertoire québécois, sous un stage postdoctoral)
    "superviseur postdoctoral",
    "superviseure postdoctorale",
    "superviseur de stage postdoctoral",
    "superviseure de stage postdoctoral",
    # « Stagiaire postdoctorale (superviseur : A) » (un CV québécois) : seul, comme « encadrant »
    "superviseur",
    "superviseure",
    "maître de stage",
    "dir.",
    "co-dir.",
    "codir.",
    # « encadr. Tobias KERN » (un bilan d'équipe abrège « encadrant » et « encadrement »)
    "encadr.",
    "co-encadr.",
    "direction :",
    "direction:",
    "co-direction :",
    "codirection :",
    "co-encadrement :",
    "co-encadrement:",  # a table cell's label ("Co-encadrement: A (30 %)")
    "co-direction:",
    "codirection:",
    "responsable de stage",
    "encadrement",
    # Belgique, Suisse, Québec (batch 8) : « promoteur : X ; copromoteur : Y », « Expert externe,
    # thèse de X », « Direction de recherche » (rubrique des étudiants encadrés au Québec),
    # « stagiaires postdoctoraux », « Subventions » ; le « comité d'accompagnement » belge est un
    # comité de suivi, pas un jury.
    "promoteur",
    "promotrice",
    "promoteurs",
    "copromoteur",
    "copromotrice",
    "co-promoteur",
    "co-promotrice",
    "promoteur de thèse",
    "promotrice de thèse",
    "promoteurs de thèse",
    "copromoteur de thèse",
    "co-promoteur de thèse",
    "co-promotrice de thèse",
    "directeur de recherche :",
    "directrice de recherche :",
    "directeur de recherche:",
    "directrice de recherche:",
    # Batch 306 : au Québec, « sa directrice de recherche, la professeure A » dirige le
    # mémoire ou la thèse ; le possessif en fait une personne, non le grade du CNRS
    "sa directrice de recherche",
    "son directeur de recherche",
    "ma directrice de recherche",
    "mon directeur de recherche",
    "leur directrice de recherche",
    "leur directeur de recherche",
    "direction de thèse :",
    "direction de thèse:",
    # Batch 212: a theses.fr-like record's « Direction de la thèse » field label
    "direction de la thèse :",
    "direction de la thèse:",
    "co-encadrement de",
    "co-encadrement d'",
    "co-encadrement du",
    # Tournures relevées sur des pages inédites (tests/heldout) : « sous la direction du Pr X »,
    # colonnes « Responsable scientifique », rubriques « Docteurs » et « Anciens membres »,
    # comités de suivi (CSI) qui nomment le directeur de thèse d'un autre.
    "sous la direction du",
    # Batch 154: « sous la direction du Pr. A, en cotutelle avec le Pr. B » (a Maghreb CV):
    # the co-tutelle's other director, named with a title (« en cotutelle avec l'Université
    # X » names a place, no one)
    "en cotutelle avec le pr.",
    "en cotutelle avec la pr.",
    "en cotutelle avec le professeur",
    "en cotutelle avec la professeure",
    # « sous la direction de A, en cotutelle avec B » : un prénom et un nom suivent (gardé :
    # « en cotutelle avec l'Université X » nomme un lieu)
    "en cotutelle avec",
    "sous la codirection du",
    "sous la co-direction du",
    # « sous la codirection des professeurs A et B » (une nouvelle québécoise)
    "sous la codirection des professeurs",
    "sous la codirection des professeures",
    "sous la direction des professeurs",
    "sous la direction des professeures",
    "sous la codirection des",
    "sous la direction des",
    "sous la direction conjointe du",
    # Belgique : « sous la promotion de A et la copromotion de B » (promoteur de thèse)
    "sous la promotion de",
    "sous la promotion d'",
    "sous la promotion d’",
    "sous la promotion du",
    "sous la copromotion de",
    "sous la copromotion d'",
    "sous la copromotion du",
    "la copromotion de",
    "la copromotion d'",
    "la copromotion du",
    "sous la responsabilité du",
    "sous l'encadrement du",
    "sous la supervision du",
    "responsable scientifique",
    # « A (thèse 2018–2022, direction B, co-encadrement C) » : le nom suit le mot, sans « de » ni
    # deux-points (une liste d'anciens membres).
    "direction",
    "co-encadrement",
    "codirection",
    "co-direction",
    # « post-doctorant à X, avec pour superviseure A », « une thèse avec pour directeur B »
    "avec pour directeur",
    "avec pour directrice",
    "avec pour directeur de thèse",
    "avec pour directrice de thèse",
    "avec pour superviseur",
    "avec pour superviseure",
    "avec pour encadrant",
    "avec pour encadrante",
    # Batch 300 : l'encadrant d'une thèse CIFRE dans l'entreprise, le qualificatif après le
    # mot (« Encadrant industriel : B », « encadrée en entreprise par B »)
    *INDUSTRY_ADVISORS,
)
WEAK_SUPERVISION_CUES = (
    "en collaboration avec",
    # « un post-doctorat à X aux côtés de A (2006-2008) » : l'hôte du séjour
    "aux côtés de",
    "aux côtés d'",
    "aux côtés d’",
    # « elle a été accueillie en post-doctorat par A » : l'hôte du séjour, après le mot du poste
    "en post-doctorat par",
    "en postdoctorat par",
    "en post-doc par",
    "en postdoc par",
    "avec",
    "dans l'équipe de",
    "dans l'équipe d'",
    "auprès de",
    "auprès d'",
    # "auprès du Pr A", "auprès du professeur B": de + le before a title
    "auprès du",
    "dans le groupe de",
    "dans le groupe d'",
    "au sein du groupe de",
    "au sein du groupe d'",
    "chez",
    # « Post-doctorant, Université X, groupe du Prof. A » : le titre dit une personne
    "groupe du prof.",
    "groupe du professeur",
    "groupe de la professeure",
    "groupe du dr",
    "groupe du dr.",
    # (« Pr. », l'abréviation française : « groupe du Pr. A », « équipe de la Pr. B »)
    "groupe du pr.",
    "groupe de la pr.",
    "équipe du pr.",
    "équipe de la pr.",
    "équipe du prof.",
    "équipe du professeur",
    "laboratoire du prof.",
    "laboratoire du professeur",
    # « Post-doctorat dans le laboratoire du Pr A » (un parcours de PU-PH)
    "laboratoire du pr",
    "laboratoire du pr.",
    "laboratoire de la pr",
    "laboratoire de la pr.",
    "laboratoire de la professeure",
    "laboratoire du dr",
    "laboratoire du dr.",
    # (« Pr » sans point, l'usage français : « dans l'équipe du Pr A », « groupe de la Pr B »)
    "équipe du pr",
    "équipe de la pr",
    "groupe du pr",
    "groupe de la pr",
    "laboratoire de la dr",
    "équipe du dr",
    "équipe du dr.",
)
COSUPERVISION_CUES = (
    "co-encadré avec",
    "co-encadrée avec",
    "co-dirigé avec",
    "co-dirigée avec",
    "en co-direction avec",
    "co-direction avec",
    "codirection avec",
    "en co-encadrement avec",
    "avec",
    "en codirection avec",
    "en co-encadrement avec",
    # Batch 154: « Doctorat, Université X, sous la direction de A, en cotutelle avec B »
    "en cotutelle avec",
    "cotutelle avec",
    # « A (depuis 2024), direction principale, co-encadrement par B » : B co-encadre A.
    *(
        f"{word} par"
        for word in (
            "co-encadrement",
            "coencadrement",
            "co-encadré",
            "co-encadrée",
            "co-direction",
            "codirection",
            "co-dirigé",
            "co-dirigée",
        )
    ),
    # "M2 (2021–2023), codirection : A": the label form.
    *(
        f"{word}{colon}"
        for word in ("codirection", "co-direction", "co-encadrement")
        for colon in (":", " :")
    ),
)

# Batch 253 : le tuteur d'une entreprise, qui encadre un stage mais ne dirige pas une thèse
# CIFRE (« A (depuis 2024, CIFRE X) ; tuteur entreprise : B »)
COMPANY_TUTORS = (
    "tuteur entreprise",
    "tutrice entreprise",
    "tuteur en entreprise",
    "tutrice en entreprise",
)

CONTEXT = {
    "phd": (
        "thèse",
        "thèses",
        # « pour obtenir le grade de Docteur de l'Université X » (une page de garde)
        "grade de docteur",
        "titre de docteur",
        # « Docteur de l'Université X (2010), sous la co-direction de A » (un CV court)
        "docteur de",
        "docteure de",
        "doctorat",
        "doctorant",
        "doctorante",
        "doctorants",
        "doctoral",
        "doctorale",
        # « Encadrements doctoraux », « écoles doctorales » (the plurals)
        "doctoraux",
        "doctorales",
        "docteur en",
        "docteure en",
        "docteur ès",
        "docteure ès",
        # a page typed without accents: « These de A », « theses encadrees »
        "these de",
        "these de doctorat",
        "de these",  # « Directeur(s) de these »
        "theses",
        "doctorant",
    ),
    "postdoc": (
        "postdoc",
        "post-doc",
        "postdoctorat",
        "post-doctorat",
        "postdoctoral",
        "post-doctoral",
        "post-doctorant",
        "postdoctorant",
        "post-doctorants",
        "postdoctorants",
        "post-doctorante",
        "postdoctorante",
        "postdoctorale",
        "post-doctorale",
        "postdoctorales",
        "post-doctorales",
        # « cinq chercheurs post-doctoraux » (le pluriel masculin)
        "postdoctoraux",
        "post-doctoraux",
        "chercheuse invitée",
        "chercheur invité",
        "stagiaire postdoctoral",
        "stagiaire postdoctorale",
        # « Stage postdoctoral » (Québec) : un post-doctorat, pas un stage
        "stage postdoctoral",
        "stage post-doctoral",
        "stages postdoctoraux",
        "stagiaires postdoctoraux",
        "postdoctoraux",
        "séjour postdoctoral",
        "post-doctorats",
        "postdoctorats",
    ),
    "internship": (
        "stage",
        "stagiaire",
        "stagiaires",
        "stage de recherche",
        "stage m1",
        "stage m2",
        "stage l3",
        # (un stage d'école d'ingénieur : le mot « ingénieur » n'y dit pas un encadrement
        # d'ingénieur)
        "stage de fin d'études",
        "stage de fin d'études d'ingénieur",
        # Batch 300 : le projet de fin d'études d'un élève ingénieur, fait en entreprise
        # (« Projet de fin d'études chez X, encadrant industriel : B »)
        "projet de fin d'études",
        "projet de fin d’études",
        "stage d'ingénieur",
        "stage ingénieur",
        "tuteur en entreprise",
        "tutrice en entreprise",
        # Batch 16 (CV en circulation) : « Encadrement de stages de master 2 : A (2020) »,
        # « Encadrement » › « Post-doctorats » — les pluriels.
        "stages",
        "stages de master",
        "stages de m2",
        # « Stagiaires de master 2 » : des stagiaires, pas des mémoires de master
        "stagiaire de master",
        "stagiaires de master",
        "stagiaire de m2",
        "stagiaires de m2",
        # « Stage de Master 2, Centre X / Encadrante : B » : le stage, pas le mémoire
        "stage de master",
        "stage de licence",
        "stage d'initiation à la recherche",
        "stage d’initiation à la recherche",
        # « Encadrement de masters 2 (M2 X) : A (2024) » : les étudiants de master encadrés
        # en stage (au pluriel : aucun diplôme du titulaire)
        "masters 2",
        "masters 1",
        "masters 2 recherche",
    ),
    "other": (
        "mémoire de master",
        # « Direction de mémoires de master : A (M2, 2023) », « Mémoire sous la direction de
        # B » (a master's thesis, not its internship)
        "mémoires de master",
        "mémoire de m1",
        "mémoire de m2",
        "mémoires de m1",
        "mémoires de m2",
        "mémoire sous la direction",
        "mémoire sous la codirection",
        "mémoire sous la co-direction",
        "mémoire dirigé par",
        # Batch 306 : le DEA d'avant le LMD, diplôme de niveau master (« DEA de chimie,
        # Université X / Mémoire encadré par le Pr B ») : son directeur n'est pas de thèse
        "mémoire encadré par",
        "mémoire encadrée par",
        "mémoire de dea",
        "ingénieur",
        "ingénieure",
        "ingénieurs",
        "master recherche",
        "doctorant invité",
        "doctorante invitée",
        # Batch 253 : « Séjour doctoral de 4 mois à l'Université X, accueilli par B » : l'hôte
        # d'un doctorant en visite, pas son directeur de thèse
        "séjour doctoral",
        "séjours doctoraux",
        "mobilité doctorale",
        "visiteur",
        "visiteuse",
        "mémoires de master",
        "mémoire de m2",
        # « Garant d'HDR » au-dessus de collègues habilités : ni leur thèse ni un jury.
        "garant d'hdr",
        "garante d'hdr",
        "garant de l'hdr",
        "garante de l'hdr",
        "garant d'habilitation",
        "maîtrise",
        "mémoire de maîtrise",
        # « Thèse d'exercice de médecine, dirigée par Dr B » : the practice thesis of a
        # medical or pharmacy degree, no doctorate of research (a list « Thèses d'exercice
        # dirigées » keeps the doctoral reading its students' pages give it)
        "thèse d'exercice",
        "thèse d’exercice",
        # Batch 296 : le « Magister » du Maghreb, diplôme de post-graduation avant le doctorat
        # (« Magister en chimie, sous la direction de B », « Magisters encadrés : A (2009) »)
        "magister",
        "magisters",
    ),
}

JURY_CUES = (
    "jury",
    "membres du jury",
    "composition du jury",
    "jury de thèse",
    "jury composé de",
    "le jury était composé de",
    # an economics candidate's « Comité de thèse : A, B, C » (the US "thesis committee";
    # a « comité de suivi de thèse » is a follow-up committee, see NOT_JURY)
    "comité de thèse",
    "soutenance",
    "rapporteurs",
    "examinateurs",
    "jury de soutenance",
    "composition du jury",
    # « Le jury sera composé de : » (un avis de soutenance), « et le co-encadrement de Mme X ».
    "jury sera composé de",
    "le jury sera composé de",
)
JURY_ROLES = {
    "jury_reviewer": (
        "rapporteur",
        "rapporteure",
        "rapporteuse",
        "rapportrice",
        "rapporteurs",
        "rapporteures",
        "rapporteuses",
        # « Rapportrices : A et B » (le pluriel de la forme « rapportrice »)
        "rapportrices",
        "rapporteur·e",
        "rapporteur.e",
        "rapporteuses et rapporteurs",
        "rapporteurs et rapporteuses",
    ),
    "jury_examiner": (
        "examinateur",
        "examinatrice",
        "examinateurs",
        "examinatrices",
        "examinateur·rice",
        # « Examinatrices et examinateurs : » (l'écriture inclusive en toutes lettres)
        "examinatrices et examinateurs",
        "examinateurs et examinatrices",
        "expert externe",
        "experte externe",
        "expert interne",
        "experte interne",
        # Québec : « évaluateur externe » (l'examinateur venu d'une autre université)
        "évaluateur externe",
        "évaluatrice externe",
        "évaluateurs externes",
        "évaluatrices externes",
    ),
    "jury_president": (
        "président",
        "présidente",
        "président du jury",
        "présidente du jury",
        "présidé",
        "présidée",
        "president du jury",
        "présidé par",
        "présidée par",
        # « …, et de C, professeur à X, qui présidait le jury »
        "présidait le jury",
        "présidera le jury",
        # « Rapporteur·es » / « Examinateur·ices » / « Présidence » : les colonnes d'un jury
        "présidence",
        "présidence du jury",
    ),
    "jury_member": (
        "membre",
        "membres",
        "membre du jury",
        "invité",
        "invitée",
        "membre invité",
        # a Belgian jury's secretary ("Secrétaire : Prof. A"): a member without another role
        "secrétaire",
        "secrétaire du jury",
    ),
}
# Le rédacteur d'un article de magazine, comme sa notice le nomme.
# Le parcours de qui écrit, à la première personne (« ma directrice de thèse ») : la
# signature d'un billet nomme alors la personne de la page.
OWN_PATH = (
    "ma thèse",
    "mon directeur de thèse",
    "ma directrice de thèse",
    "mon codirecteur",
    "ma codirectrice",
    "mon jury",
    "ma soutenance",
    "j'ai soutenu",
    "j’ai soutenu",
    "ma propre thèse",
    "mon propre directeur",
    "ma propre directrice",
)
# La ligne de crédit d'un article, avant le nom de qui l'a écrit ou photographié.
# L'en-tête de l'encadré d'auteur d'un billet (« Publié par A ») : la notice qui suit est
# celle de l'auteur, non du sujet du billet
AUTHOR_BOX_HEADINGS = ("publié par", "publiée par", "écrit par", "écrite par", "rédigé par")
BYLINE_CREDITS = (
    "propos recueillis par",
    "entretien réalisé par",
    "interview réalisée par",
    "article rédigé par",
    "rédigé par",
    "texte :",
    "textes :",
    "texte de",
    "photo :",
    "photos :",
    "crédit photo :",
    "reportage :",
    "un article de",
)
NEWS_WRITERS = (
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
)
NOT_JURY = (
    "recrutement",
    # (chacune seulement devant le nom d'un prix : NOT_JURY_GUARDS)
    "jury du",
    "jury de la",
    "jury de l'",
    "comité du",
    "comité de la",
    # « Le jury, présidé par A, a retenu sa candidature parmi 42 dossiers » : un prix.
    "retenu sa candidature",
    "retenu son dossier",
    "retenu leur candidature",
    "jury du prix",
    "jury de prix",
    "jury des prix",
    "jury de la finale",
    "accessit",
    "prix de thèse",
    "prix de la meilleure thèse",
    "finale régionale",
    "finale nationale",
    "comité de sélection",
    "comités de sélection",
    "concours",
    "audition",
    "comité de suivi",
    "comités de suivi",
    "csi",
    "comité de suivi individuel",
    "comité de programme",
    "comité d'organisation",
    "comité scientifique",
    "comité de rédaction",
    # « Relectrice pour la revue X » sous « Jurys et expertise » : une revue, aucun jury
    "relecteur pour",
    "relectrice pour",
    "poste de",
    "postes de",
    "agrégation",
    "admission",
    "comité d'accompagnement",
    "comités d'accompagnement",
    # « Évaluation à mi-parcours de la thèse de A » : un suivi, comme un CSI, aucun jury.
    "évaluation à mi-parcours",
    "évaluations à mi-parcours",
    "mi-parcours",
    # Batch 306 : le « colloque de mi-thèse » suisse (« mid-thesis committee »), aucun jury
    "mi-thèse",
    # Un jury de master ou de stage n'est pas un jury de thèse ; co-organiser n'est pas encadrer.
    "jury de master",
    "jurys de master",
    "jury de m2",
    "jurys de m2",
    "jury de stage",
    "jurys de stage",
    "soutenances de stage",
    "soutenance de stage",
    "soutenance des stages",
    "soutenances des stages",
    "mastère",
    "jury du mastère",
    "baccalauréat",
    "jury du bac",
    "capes",
    "capet",
    "agrégation",
    "brevet des collèges",
    # Québec : l'examen de synthèse (ou doctoral) précède la thèse ; son jury n'en juge pas une
    "examen de synthèse",
    "examen doctoral",
    "examen prédoctoral",
    "examen de qualification",
)

# Le nom d'un prix ou d'une médaille plus loin dans le même groupe (sans ponctuation avant).
_PRIX_AHEAD = r"(?=[^.;:()\n—–]{0,60}?\b(?:prix|médailles?|distinctions?)\b)"

# « Le jury de la Médaille X 2024 — A (présidente), B … a distingué la thèse de C » : le jury
# du prix que son groupe nomme, quelle que soit la thèse couronnée.
# Les expressions de NOT_RELATION qui laissent l'encadrement quand le financement est celui
# du chercheur en formation : « post-doctorat sur financement de formation de la Région X,
# sous la direction de B » (l'allocation paie le post-doctorant ; aucun porteur nommé).
NOT_RELATION_GUARDS = {"financement": r"(?!\s+(?:de\s+)?formation\b)"}

NOT_JURY_GUARDS = {
    "jury du": _PRIX_AHEAD,
    "jury de la": _PRIX_AHEAD,
    "jury de l'": _PRIX_AHEAD,
    "comité du": _PRIX_AHEAD,
    "comité de la": _PRIX_AHEAD,
}
NOT_RELATION = (
    # le programme d'un séminaire : « Prochains intervenants : Pr A (Université X) et B »
    "intervenants",
    "intervenantes",
    "orateurs",
    "oratrices",
    # Lot 287 : « financée par le pôle X (programme dirigé par A) » : A dirige le programme
    # qui finance, pas la thèse
    "programme dirigé par",
    "projet dirigé par",
    # Lot 265 : le mentor d'un programme d'accélération de start-up ne dirige aucun travail
    "programme d'accélération",
    "programme d’accélération",
    "programme d'incubation",
    "programme d’incubation",
    "chargé de td",
    "chargée de td",
    "responsable du cours",
    "enseignant",
    "enseignante",
    "éditeur",
    "éditeurs",
    "éditrice",
    "porteur",
    "porteuse",
    "coordinateur",
    "coordinatrice",
    "financé par",
    "financement",
    # Un comité de sélection (recrutement) ne dit ni un emploi ni un encadrement à son université.
    "comité d'accompagnement",
    "comités d'accompagnement",
    "comité de sélection",
    "comités de sélection",
    "possible avec",
    "possibilité de codirection",
    "possibilité de co-direction",
    "possibilité de co-encadrement",
    "comité de suivi",
    "comités de suivi",
    "csi",
    # « les membres de mon comité d'encadrement, A et B, pour leur suivi annuel » (Québec)
    "membres de mon comité d'encadrement",
    "membres de son comité d'encadrement",
    # The same committees on a page typed without accents.
    "comite de suivi",
    "comites de suivi",
    "comite de selection",
    "comites de selection",
    # Belgium's follow-up committee ("comité d'accompagnement"), like a CSI: no jury, no advisor.
    "comité d'accompagnement",
    "comités d'accompagnement",
    "co-organisé",
    "co-organisée",
    "organisé avec",
    "organisée avec",
    # « Co-organisateur, avec A, des Journées X 2022 » : un événement, aucun encadrement.
    "co-organisateur",
    "co-organisatrice",
    "co-organisateurs",
    "co-organisatrices",
    "coorganisateur",
    "coorganisatrice",
    # Le parrain d'une promotion (d'une « volée » en Suisse) n'y a ni étudié ni enseigné.
    "parrain de la promotion",
    "marraine de la promotion",
    "parrain de la volée",
    "marraine de la volée",
    # « Réseau de co-encadrement : A, B » (une fiche de thèses) : les pairs avec qui la
    # personne a co-dirigé, ni ses directeurs ni ses doctorants.
    "réseau de co-encadrement",
    "réseau de codirection",
    "réseau de co-direction",
    # « un déjeuner avec les doctorants ; inscription auprès de A » : le contact d'un
    # événement, aucun encadrement
    "inscription auprès de",
    "inscription auprès d'",
    "inscriptions auprès de",
    "inscriptions auprès d'",
    "s'inscrire auprès de",
    "s'inscrire auprès d'",
    "réservation auprès de",
    "réservation auprès d'",
)

POSITIONS = (
    # « archiviste aux Archives nationales » : le poste d'un fonds ou d'une collection
    "archiviste",
    # « Mise à disposition auprès du Bureau X » : un poste tenu chez un autre employeur
    "mise à disposition",
    "mis à disposition",
    # « une délégation au CNRS en 2019-2020, accueilli à l'Institut X » : un poste de l'organisme
    "délégation",
    "chercheur visiteur",
    "chercheuse visiteuse",
    # « membre (pensionnaire) de l'École française de X » : un poste rémunéré de l'école
    "pensionnaire",
    "maître de conférences",
    "maîtresse de conférences",
    "mcf",
    "professeur",
    "professeure",
    "pr",
    "directeur de recherche",
    "directrice de recherche",
    "dr",
    "chargé de recherche",
    "chargée de recherche",
    "cr",
    "ater",
    # (the ATER's title written out)
    "attaché temporaire d'enseignement et de recherche",
    "attachée temporaire d'enseignement et de recherche",
    "post-doctorant",
    "postdoctorant",
    "post-doctorante",
    "post-doctorat",
    "postdoctorat",
    "chercheur",
    "chercheuse",
    # les rangs supérieurs d'un institut (« Chercheuse principale, Centre X »)
    "chercheur principal",
    "chercheuse principale",
    "ingénieur de recherche",
    "ingénieure de recherche",
    # (IGE, the rank below: "Tuteur : M. A, ingénieur d'études" is the tutor's post)
    "ingénieur d'études",
    "ingénieure d'études",
    # a members list's abbreviated grades of engineers ("A, IE CNRS", "B, IR Inserm"):
    # read only before the body that employs them (POSITIONS_GUARDS)
    "IE",
    "IR",
    "IGE",
    "IGR",
    "ingénieur d’études",
    "ingénieure d’études",
    "ingénieur",
    "ingénieure",
    "enseignant-chercheur",
    "enseignante-chercheuse",
    "ingénieur-chercheur",
    "ingénieure-chercheuse",
    # « elle est cheffe de projet chez X » : un intitulé de poste d'entreprise ou d'agence
    "chef de projet",
    "cheffe de projet",
    "poste",
    "recruté",
    "recrutée",
    "en poste",
    "titulaire",
    # hospital-university posts: PU-PH, MCU-PH, a chef de clinique, a hospital's intern
    "pu-ph",
    "mcu-ph",
    "praticien hospitalier",
    "praticienne hospitalière",
    "chef de clinique",
    "cheffe de clinique",
    "chef de clinique-assistant",
    "cheffe de clinique-assistante",
    "assistant hospitalo-universitaire",
    "assistante hospitalo-universitaire",
    "interne des hôpitaux",
    # « AHU depuis 2023 », « CCA au CHU de X » : les sigles des mêmes postes (gardés)
    "ahu",
    "cca",
    "interne des",
    # a physician's post outside a CHU ("Médecin chargée d'études cliniques, Laboratoires X")
    "médecin",
    "chargé d'études",
    "chargée d'études",
    "directeur d'études",
    "directrice d'études",
    "maître-assistant",
    "maître assistant",
    "maître-assistante",
    "maître assistante",
    "collaborateur scientifique",
    "collaboratrice scientifique",
    "chef de travaux",
    "chargé de cours",
    "chargée de cours",
    "maître de recherche",
    # Belgique (F.R.S.-FNRS) : « chargée de recherches FNRS », « maître de recherches »,
    # « chercheur qualifié », « directrice de recherches »
    "chargé de recherches",
    "chargée de recherches",
    "maître de recherches",
    "maîtresse de recherches",
    "directeur de recherches",
    "directrice de recherches",
    "chercheur qualifié",
    "chercheuse qualifiée",
    # Batch 14 (Québec, Suisse, Maghreb) : « Stagiaire postdoctorale, Institut X » est un poste ;
    # « Professeur de l'Enseignement Supérieur » (Maroc) et « Professeur assistant » aussi.
    # The same ranks on a page typed without accents.
    "maitre de conferences",
    "maitresse de conferences",
    "charge de recherche",
    "chargee de recherche",
    "ingenieur de recherche",
    "ingenieure de recherche",
    "professeur des universites",
    "stagiaire postdoctoral",
    "stagiaire postdoctorale",
    "chercheur postdoctoral",
    "chercheuse postdoctorale",
    "professeur de l'enseignement supérieur",
    "professeure de l'enseignement supérieur",
    # Batch 154 (a Moroccan profile): the Maghreb's ranks, « PES », « Professeur Habilité »,
    # « Professeur Assistant » (the « PES » alone an abbreviation, as « MCF » is).
    "pes",
    "professeur habilité",
    "professeure habilitée",
    "professeur assistant",
    "professeure assistante",
    # « je suis en détachement à l'Agence X », « mise à disposition de l'Institut Y » : un
    # autre employeur, le temps du détachement
    "en détachement",
    "en délégation",
    "mis à disposition",
    "mise à disposition",
)

# The abbreviated engineers' grades of POSITIONS are posts only before an employer's name
# ("IE CNRS", "IR Inserm", "IGE Université X"), never as a bare two-letter word.
POSITIONS_GUARDS = {
    word: r"(?=\s+(?:CNRS|Inserm|INRAE|Inria|IRD|CEA|Universit))"
    for word in ("IE", "IR", "IGE", "IGR")
} | {
    # a post's date or place after it, never the statistics' "CCA" (canonical correlation)
    word: r"(?=\s+(?:depuis|de|d['’]|en|au|aux|à)\s)"
    for word in ("ahu", "cca")
}
# (« en cotutelle avec B » : seulement devant deux mots capitalisés, un prénom et un nom)
SUPERVISION_CUES_GUARDS = {
    "en cotutelle avec": r"(?=\s+(?-i:[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ][\w'’-]+))",
}
STUDIES = (
    "élève",
    "élèves",
    "eleve de",  # « eleve de l'Ecole normale superieure » (sans accents)
    "doctorant",
    "doctorante",
    "étudiant",
    "étudiante",
    "étudiants",
    "thèse",
    "doctorat",
    "diplôme",
    "diplômé",
    "diplômée",
    "licence",
    "master",
    "magistère",
    "école d'ingénieur",
    "cursus",
    "classes préparatoires",
    "normalien",
    "normalienne",
    "soutenue",
    "soutenu",
    # « Docteur en sciences de l'Université X » : le grade, donc des études à X.
    "docteur en",
    "docteure en",
    "docteur ès",
    "docteure ès",
    # « Docteur de l'Université X (2010) » : le grade, délivré par l'université nommée.
    "docteur de",
    "docteure de",
    # « École d'application : Mines X » (fiche d'ancien élève) : l'école suivie après l'X.
    "école d'application",
    "école d’application",
    # « après des études à l'Université X », « il a fait ses études à Y », « j'ai étudié à Z »
    "des études à",
    "ses études à",
    "mes études à",
    "étudié à",
    # Diplômes et grades d'avant la réforme LMD (DEA, DESS, DEUG) et des universités belges et
    # suisses (chargé de cours, chef de travaux), rangs de l'EHESS/EPHE (directeur d'études).
    "dea",
    "dess",
    "deug",
    # the Maghreb's DEA (« DESA Physique du solide, Université X »)
    "desa",
    # Grades québécois : « Titulaire d'un baccalauréat en biochimie de l'Université X »
    "baccalauréat en",
    "maîtrise en",
    # « M1 en mobilité Erasmus, Universidad X » : une année d'études dans l'université d'accueil
    "mobilité erasmus",
    "échange erasmus",
    "séjour erasmus",
)
MEMBERSHIP = (
    "membre de",
    "membre",
    # « Affilié au Centre X », « chercheuse affiliée à l'Institut Y »
    "affilié à",
    "affiliée à",
    "affilié au",
    "affiliée au",
    "rattaché à",
    "rattachée à",
    "au sein de",
    "au sein du",
    "fais partie de",
    "fait partie de",
    # « Elle y anime l'équipe X », « il dirige le laboratoire Y » : qui dirige une unité
    # en est membre.
    "anime l'équipe",
    "dirige l'équipe",
    "codirige l'équipe",
    "co-dirige l'équipe",
    "anime le groupe",
    "dirige le groupe",
    "anime l'unité",
    "dirige l'unité",
    "dirige le laboratoire",
    "responsable de l'équipe",
    # « A est nommé directeur du laboratoire X » : la direction d'une unité, en son sein
    "directeur du laboratoire",
    "directrice du laboratoire",
    "directeur de l'unité",
    "directrice de l'unité",
    "responsable de l'équipe-projet",
    # « A rejoint l'équipe X », « B intègre l'équipe Y » (une actualité d'arrivée) : qui
    # rejoint une unité en devient membre.
    "rejoint l'équipe",
    "intègre l'équipe",
    "rejoint le groupe",
    "intègre le groupe",
    # (« C rejoint également l'équipe X » : une deuxième arrivée dans la même actualité)
    "rejoint également l'équipe",
    "intègre également l'équipe",
    "rejoint aussi l'équipe",
    "intègre aussi l'équipe",
    # « il rejoint (alors) le Laboratoire Y » : l'arrivée dans un laboratoire, sans équipe nommée
    "rejoint le laboratoire",
    "intègre le laboratoire",
    "rejoint alors le laboratoire",
    "intègre alors le laboratoire",
    "rejoint ensuite le laboratoire",
    # « B a été recrutée et rejoindra l'équipe X le 1er octobre » : l'arrivée annoncée
    "rejoindra l'équipe",
    "intégrera l'équipe",
    "rejoindra le groupe",
    "intégrera le groupe",
    "rejoindra le laboratoire",
    "intégrera le laboratoire",
    # « Je mène mes recherches à l'Institut X, dans l'équipe Y » : le lieu de ses recherches
    # et l'équipe où l'on travaille
    "mène mes recherches",
    "mène ses recherches",
    "effectue mes recherches",
    "effectue ses recherches",
    "dans l'équipe",
    "dans l'équipe-projet",
)

INSTITUTION_HEADS = (
    "université",
    # (« Agence spatiale de X », « Station biologique de Y » : la « space agency » et la
    # « biological station » de l'anglais ; une « agence » seule finance plus qu'elle n'emploie)
    "agence spatiale",
    "station biologique",
    "station marine",
    "station de recherche",
    # « Station de Biologie Marine de X » : la station nommée par sa science
    "station de biologie",
    "station zoologique",
    "polytechnique",  # « Polytechnique Montréal » : l'école nommée par son seul adjectif
    "universite",
    "école",
    "ecole",
    "institut",
    "institution",
    "centre",
    "hôpital",
    # « Hospices civils de Lyon », « Hôpitaux universitaires de X » (un CCA, un interne)
    "hospices",
    # « Ministère de X », « Bureau fédéral de Y », « Bureau de recherches géologiques » :
    # des administrations qui emploient (le seul « bureau » est une pièce : « bureau C-214 »)
    "ministère",
    "bureau",
    # « Chambre régionale d'agriculture de X », « Chambre de commerce et d'industrie »
    "chambre",
    "hôpitaux",
    # une société par sa forme juridique (« ingénieure R&D, X Systèmes SAS ») ; un
    # laboratoire pharmaceutique (« Laboratoires X », une entreprise, pas une équipe)
    "sas",
    "laboratoires",
    "observatoire",
    "académie",
    "fondation",
    "conservatoire",
    "collège",
    "muséum",
    # « Musée des Beaux-Arts de X », « Archives départementales de Y » : un conservateur, un
    # archiviste y est employé (les seules « archives » d'un site sont une rubrique)
    "musée",
    "archives",
    "lycée",
    # Grandes écoles named by their network rather than a head word ("Mines X", "Centrale Y",
    # "AgroSup Z", "X ParisTech").
    "mines",
    "centrale",
    "polytech",
    "agrosup",
    "agrocampus",
    "sciences po",
    "paristech",
    # the Instituts nationaux polytechniques, named by their city ("Grenoble INP", "Toulouse
    # INP", "Bordeaux INP"): the acronym is the head word
    "inp",
    "sorbonne",
    # « EPF Zurich », « EPF Lausanne » : l'École polytechnique fédérale, par son sigle
    "epf",
)
# (« Archives » seules : la rubrique d'un blog ; le service d'archives porte son adjectif)
INSTITUTION_HEADS_GUARDS = {"archives": r"(?=\s+(?:départementales|nationales|municipales)\b)"}
UNIT_HEAD_KINDS = {"department": ("département", "departement"), "faculty": ("faculté",)}
UNIT_HEADS = (
    "laboratoire",
    "labo",
    "département",
    "departement",
    "équipe",
    "equipe",
    "groupe",
    "unité",
    "unite",
    "umr",
    "pôle",
    "service",
    "ufr",
    "faculté",
)
TEAM_WORDS = (
    "équipe",
    "équipe-projet",
    "groupe",
    "equipe",
    "unité de recherche",
    # Batch 154: « Groupe de recherche / onderzoeksgroep : X » (a Belgian page's label)
    "groupe de recherche",
    # Batch 254: « Unité d'affectation : UMR 5899 — Laboratoire X » (a CNRS activity report)
    "unité d'affectation",
)

AUTHOR_LABELS = (
    "auteurs",
    "auteur",
    "avec",
    "citation",
    "référence",
    "co-auteurs",
    "coauteurs",
)

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fév": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "printemps": 3,
    "été": 6,
    "automne": 9,
    "hiver": 12,
    # « depuis la rentrée 2020 » : the academic year opens in September
    "rentrée": 9,
}
PRESENT = ("présent", "aujourd'hui", "maintenant", "en cours", "actuel", "ce jour", "auj")
# Lot 279 : le verbe d'un changement de poste, l'employeur juste après (« elle a rejoint la
# société X en 2014 », « il a passé deux ans chez Y ») : l'employeur, sauf si la phrase dit
# des études.
CAREER_MOVES = ("a rejoint", "avait rejoint", "rejoint", "est entré chez", "est entrée chez")
DURATION_VERBS = ("a passé", "avait passé")
DURATION_UNITS = ("ans", "années", "an")
MOVE_COMPANY_LEADS = (
    "la société",
    "l'entreprise",
    "la start-up",
    "la startup",
    "le cabinet",
    # « elle a rejoint le bureau d'études X » : un cabinet de conseil
    "le bureau d'études",
    "le bureau d’études",
)
# Verbs that start a position at the place named next ("avant de rejoindre X en 2017").
JOINING = (
    "rejoint",
    "rejoindre",
    "rejoignant",
    # au Québec, « A s'est joint au Département X en septembre 2023 » : l'arrivée ouvre le poste
    "s'est joint",
    "s'est jointe",
    "s’est joint",
    "s’est jointe",
    "intégré",
    "intégrée",
    "recruté",
    "recrutée",
    "nommé",
    "nommée",
    # « avant d'entrer au CNRS en 1973 » : l'année d'entrée ouvre le poste
    "entrer au",
    "entré au",
    "entrée au",
    "entrer à",
    "entré à",
    "entrée à",
    # « a cofondé X en 2018, dont il est le directeur technique » : l'année ouvre le poste
    "cofondé",
    "co-fondé",
    # « arrivée à l'Université X en 1993 comme maîtresse de conférences » : l'arrivée ouvre
    # le poste
    "arrivé à",
    "arrivée à",
    "arrivé au",
    "arrivée au",
    # « elle devient en 2006 professeure à X » : la première année du nouveau poste
    "devient",
    "devenu",
    "devenue",
)
SINCE = (
    "depuis",
    "à partir de",
    # « nommé directeur à compter du 1er janvier 2026 » : le poste s'ouvre, sans fin
    "à compter du",
    "à compter de",
    "dès",
    # le poste actuel daté par l'équipe qu'on y a fondée (« professeure à X, où elle a fondé
    # l'équipe en 2011 ») : la première année du poste, sans fin
    "fondé le laboratoire",
    "fondé l'équipe",
    "fondé son laboratoire",
    "fondé son équipe",
    "créé le laboratoire",
    "créé l'équipe",
    "créé son laboratoire",
    "créé son équipe",
    "monté son équipe",
    "commencée",
    "commencé",
    "débutée",
    "débuté",
    # Column headers of member directories: "Arrivée : oct. 2022", "Début de thèse".
    "arrivée",
    "arrivé",
    "date d'arrivée",
    "début de thèse",
    # Doctoral-school lists: "Première inscription : 2022", "inscrite en 2021".
    "première inscription",
    "date de première inscription",
    "date d'inscription",
    "inscrit en",
    "inscrite en",
    "année d'entrée",
    "année d’entrée",
    *JOINING,
    # une colonne « Début » : « Début : oct. 2022 »
    "début",
    # « 1ère inscription : 2018 » (une fiche d'activité, un tableau d'école doctorale)
    "1ère inscription",
    "première inscription",
    "date d'inscription",
)
RANGE_WORDS = ("à", "au", "jusqu'à", "jusqu'en")

TITLES = (
    "pr",
    # Québec's "Pre" (professeure) beside "Pr": "codirectrice : Pre A"
    "pre",
    "prof",
    # (« le professeur émérite A », « la professeure émérite B » : le rang avant le nom)
    "professeur émérite",
    "professeure émérite",
    "professeur",
    "professeure",
    "dr",
    "docteur",
    "m",
    "mme",
    "mlle",
    # "devant le jury composé de MM. A, B et Mmes C, D": plural honorifics.
    "mm",
    "mmes",
    "mcf",
    "cr",
    "dr",
    "dr.",
    "hdr",
    "ir",
    "ater",
)
CONNECTORS = ("et", "&")

OFFER = (
    "candidat",
    "candidate",
    "candidats",
    "candidature",
    "candidatures",
    "offre",
    "poste",
    "profil recherché",
    "date limite",
    "rémunération",
    "salaire",
    "nous recherchons",
    "financement",
    "postuler",
)
FIRST_PERSON = ("je", "j'ai", "j'", "mon", "ma", "mes", "moi")

ADVISING_VERBS = (
    "ai encadré",
    "encadre",
    "co-encadre",
    "ai co-encadré",
    "ai dirigé",
    "dirige",
    "co-dirige",
    "ai co-dirigé",
    "ai accueilli",
    "accueille",
    "ai supervisé",
    "supervise",
    # « les doctorant·es que j'ai co-encadré·es : A et B » (le participe accordé)
    "ai encadrés",
    "ai encadrées",
    "ai co-encadrés",
    "ai co-encadrées",
    "ai dirigés",
    "ai dirigées",
    "ai co-dirigés",
    "ai co-dirigées",
    # a bio in the third person: "Elle y a co-encadré quatre thèses", « Elle a accueilli en
    # post-doctorat A » (its subject a pronoun)
    "a encadré",
    "a co-encadré",
    "a dirigé",
    "a co-dirigé",
    "a codirigé",
    "a accueilli",
    "a supervisé",
    # Belgique : « il a été le promoteur de trente thèses, parmi lesquelles celles de A »
    "a été le promoteur de",
    "a été la promotrice de",
    "fut le promoteur de",
    "fut la promotrice de",
)
FIRST_PERSON_SUBJECT = ("je", "j'ai", "j’ai", "j'", "j’", "nous")
ALUMNI = (
    "anciens",
    "anciens membres",
    "anciens doctorants",
    "alumni",
    "anciens étudiants",
    "passés par l'équipe",
    "passé·es par l'équipe",
    # « Que sont-ils devenus ? » : les nouvelles des anciens d'une lettre d'information
    "que sont-ils devenus",
    "que sont-elles devenues",
)
PART_OF_PHRASES = (
    "appartient à",
    "fait partie de",
    "est rattaché à",
    "est rattachée à",
    # "Le Laboratoire X (LX), unité mixte de l'Université Y": an apposition names the parent.
    "unité mixte de",
    "unité propre de",
    # « l'Institut X (IX), unité propre du CNRS »
    "unité propre du",
    "fait partie du",
    "fait partie des",
    # « L'équipe X est rattachée au laboratoire Y » : l'équipe fait partie du laboratoire.
    "est rattachée au",
    "est rattaché au",
    # « Le Centre X (CX), une unité de l'Université Y » : l'apposition nomme la tutelle.
    "une unité de",
    "unité de recherche de",
    # Batch 247: « Le Laboratoire X (LX, UMR 6801) est placé sous la tutelle du CNRS » :
    # the verb alone, without « unité mixte de recherche », still names the parents.
    "est placé sous la tutelle du",
    "est placé sous la tutelle de",
    "est placé sous la tutelle des",
    "est placée sous la tutelle du",
    "est placée sous la tutelle de",
    "est placée sous la tutelle des",
    # « X est placé sous la double tutelle de l'Université A et du Centre B » : both parents
    "est placé sous la double tutelle du",
    "est placé sous la double tutelle de",
    "est placé sous la double tutelle des",
    "est placée sous la double tutelle du",
    "est placée sous la double tutelle de",
    "est placée sous la double tutelle des",
    # « La Faculté X, composante de l'Université Y » : a university's component
    "composante de",
    "composante du",
    # « L'unité X se situe au sein de l'École Y de l'Université Z » : l'unité est à Z
    "se situe au sein de",
    "est hébergée au sein de",
)
# « X est une unité mixte de l'Université A et du Centre national B », « sous la double
# tutelle de A et de B » : the unit belongs to both bodies (see the English list).
JOINT_UNIT_CUES = (
    "unité mixte de",
    "unité mixte du",
    "unité mixte des",
    "double tutelle de",
    "double tutelle du",
    "double tutelle des",
)
# « X, un centre au sein de l'Institut Z », « Y, une équipe du laboratoire Z » :
# the kind of unit an apposition names before its parent.
PART_OF_APPOSITION_NOUNS = (
    "centre",
    "institut",
    "unité",
    "équipe",
    "laboratoire",
    "département",
    "école",
    "faculté",
)
# « Le laboratoire X regroupe quatre équipes : A, B, C et D » : the verb before the parts.
# « Le laboratoire X accueille trois nouveaux doctorants » : l'ouverture d'une unité qui
# accueille ses nouveaux venus
# « l'équipe de A a accueilli deux stagiaires, B et C » : la cheffe d'équipe et ses stagiaires
GROUP_HOSTING_VERBS = ("a accueilli", "accueille", "accueillait", "a reçu")
WELCOME_VERBS = ("accueille", "accueillent", "a accueilli")
# « Recrutée comme : maîtresse de conférences, septembre 2025 » : le poste d'une nouvelle venue
NEWCOMER_POST_LABELS = (
    "recruté comme",
    "recrutée comme",
    "arrivé comme",
    "arrivée comme",
    "nommé",
    "nommée",
    "poste",
    "fonction",
)
UNIT_ENUMERATION_VERBS = (
    "regroupe",
    "rassemble",
    "réunit",
    "comprend",
    "se compose de",
    "est composé de",
    "est composée de",
    "est structuré en",
    "est structurée en",
    "est organisé en",
    "est organisée en",
    # "… au Laboratoire X, au sein de ses deux équipes : « A » et « B »"
    "au sein de ses",
)
CONTEXT_CUES = (
    "auprès de",
    "auprès du",
    "dans l'équipe de",
    "accueilli par",
    "accueillie par",
    # « post-doctorante (2024–), co-accueillie par A et B » : ses deux hôtes
    "co-accueilli par",
    "co-accueillie par",
    "resp.",  # "Post-doctorat, Université X (resp. : A)"
    # « Post-doctorant à l'École X, chaire de A » : le titulaire de la chaire accueille.
    "chaire de",
    "chaire du",
    "chaire de la",
    # "Post-doctorant·e·s" › "2024-2026 — responsable : A": only as a label, with a context.
    "responsable :",
    "responsable:",
    # "Doctorat, Université X ; directeurs : A et B": only as a label in a dated entry.
    "directeur :",
    "directrice :",
    "directeurs :",
    "directrices :",
    "directeur:",
    "directrice:",
    "directeurs:",
    "directrices:",
    "directeur(s) :",  # "Doctorant | Directeur(s) | Date": a table of defended theses
    "directeur(s):",
    # « Post-doctorante, Institut X (accueil : A) » : l'hôte du post-doctorat.
    "accueil :",
    "accueil:",
    "hôte :",
    "hôte:",
    "hôtesse :",
    # « co-encadrement ; directeur officiel : A » (le directeur habilité d'une thèse co-encadrée)
    "directeur officiel",
    "directrice officielle",
    "groupe de",
    "groupe d'",
    "dans le groupe de",
    "dans le groupe d'",
    "dans l'équipe d'",
    "équipe de",
    "équipe d'",
)
ADVISING_NOUNS = (
    "directeur de thèse",
    "directrice de thèse",
    "co-directeur",
    "co-directrice",
    "codirecteur",
    "codirectrice",
    "encadrant",
    "encadrante",
    "co-encadrant",
    "co-encadrante",
    "co-encadrant de thèse",
    "co-encadrante de thèse",
    "directeur",
    "directrice",
)
PEOPLE = (
    "membres",
    "personnel",
    "permanents",
    "non-permanents",
    "doctorants",
    "post-doctorants",
    "ingénieurs",
    "chercheurs",
    "enseignants-chercheurs",
    "équipe",
    "stagiaires",
    # l'écriture inclusive des titres de liste (« Enseignant·es-chercheur·es »)
    "chercheur·es",
    "chercheur·e·s",
    "enseignant·es-chercheur·es",
    "enseignant·e·s-chercheur·e·s",
    "doctorant·es",
    "doctorant·e·s",
    "ingénieur·es",
    "ingénieur·e·s",
    # l'annuaire d'un laboratoire (« Annuaire », « Annuaire du personnel ») : sa liste de membres
    "annuaire",
    # la page « Qui sommes-nous ? » d'une petite équipe : ses fiches de membres
    "qui sommes-nous",
    "qui sommes nous",
)
# A habilitation or a competitive exam is a title, not studies at an institution.
NOT_STUDIES = (
    "habilitation",
    "hdr",
    "habilitation à diriger des recherches",
    "agrégation",
    "concours",
    # « Qualifiée aux sections 21 et 22 du CNU » : un titre national, pas des études
    # (pas le « chercheur qualifié FNRS » belge : un poste)
    "qualifié aux",
    "qualifiée aux",
    "qualifié·e aux",
    "qualifié(e) aux",
    "qualification aux",
    "qualification cnu",
    # « Co-organisation du colloque étudiant du X » : un événement, pas des études au X
    "colloque étudiant",
    "colloque des étudiants",
    "journée des doctorants",
    "journées des doctorants",
)
LAB_HEADS = (
    # "Responsable" › "A" (the heading of a team page's head card)
    "responsable",
    # ("Responsables" › "Pr A — responsable d'équipe", "Dr B — co-responsable")
    "responsables",
    "co-responsables",
    "responsable d'équipe",
    "responsable de l'équipe",
    "cheffe d'équipe",
    "chef d'équipe",
    "responsable du groupe",
    "directeur du laboratoire",
    "directrice du laboratoire",
)
# A stay as a guest student: the host is not where the degree was studied.
VISITING_STUDY = ("doctorant invité", "doctorante invitée", "étudiant invité", "étudiante invitée")
THESIS_WORDS = ("mémoire", "mémoires")
# Lower-case words that belong to an institution's name right after its head word
# ("École normale supérieure", "Centre hospitalier universitaire").
INSTITUTION_ADJECTIVES = (
    "normale",
    # « Archives départementales de X », « Archives municipales de Y »
    "départementales",
    "municipales",
    "nationales",
    "supérieure",
    "superieure",  # (a page typed without accents)
    "nationale",
    "national",
    "polytechnique",
    "centrale",
    "catholique",
    "libre",
    "technique",
    "technologique",
    "pratique",
    "fédérale",
    "régionale",
    "européenne",
    "européen",
    # « École française de X » : les écoles à l'étranger, leurs pensionnaires
    "française",
    "internationale",
    "international",
    "hospitalier",
    "civils",
    "universitaires",
    "universitaire",
    "agronomique",
    "vétérinaire",
    "supérieur",
    "spatiale",
    # « Institut fédéral de … »
    "fédéral",
    # « Institut maritime du Saint-Laurent », « Institut océanographique de X » : l'adjectif fait
    # partie du nom.
    "maritime",
    "océanographique",
    "royal",
    "royale",
    # « Observatoire volcanologique du X », « Observatoire astronomique de Y »
    "volcanologique",
    "astronomique",
    "géophysique",
    "sismologique",
    # « Institut alpin des écosystèmes de X », « Institut polaire de Y » : le milieu étudié
    "alpin",
    "alpine",
    "marin",
    "polaire",
    "méditerranéen",
    "méditerranéenne",
    "tropical",
    "agricole",
)
# Colonnes d'un annuaire : "Nom | Prénom | Statut | Équipe" ; champs d'un formulaire
# d'identité : « NOM d'usage : QUILL », « Prénom : Ada ».
FAMILY_NAME_COLUMNS = ("nom", "nom de famille", "nom d'usage", "nom patronymique")
# L'ordre d'un nom glosé entre parenthèses : « Sakuraba Haruomi (famille : Sakuraba) ».
FAMILY_NAME_HINTS = ("famille",)
GIVEN_NAME_COLUMNS = ("prénom", "prénoms", "prenom")
# Statut d'un membre d'une liste « Équipe » / « Groupe » : « A — doctorante (2023–) ».
MEMBER_ROLES = (
    "doctorant",
    "doctorante",
    "stagiaire",
    "post-doctorant",
    "post-doctorante",
    "postdoctorant",
    "postdoctorante",
    "ingénieur",
    "ingénieure",
    "thèse",
    "étudiant",
    "étudiante",
)
# Lower-case adjectives that end a region's name inside an institution's: « Université
# catholique du Brabant wallon », « Université de Bretagne occidentale ».
PLACE_ADJECTIVES = (
    "wallon",
    "wallonne",
    "flamand",
    "flamande",
    "occidental",
    "occidentale",
    "oriental",
    "orientale",
    "septentrional",
    "septentrionale",
    "méridional",
    "méridionale",
    # the subject's adjective that ends a faculty's or a lab's name: « Faculté des Sciences
    # appliquées », « Laboratoire de Physique théorique »
    "appliquée",
    "appliquées",
    "appliqués",
    "théorique",
    "humaines",
    "sociales",
    "fondamentales",
    "expérimentale",
    "expérimentales",
)
# « Tuteur de stagiaires : A (professeure stagiaire) » : la formation d'un enseignant
# fonctionnaire stagiaire, pas l'encadrement d'un stage de recherche.
TRAINEE_TEACHERS = (
    "tuteur de stagiaires",
    "tutrice de stagiaires",
    "professeur stagiaire",
    "professeure stagiaire",
    "professeurs stagiaires",
    "enseignant stagiaire",
    "enseignante stagiaire",
    "enseignants stagiaires",
    "fonctionnaire stagiaire",
    # « Professeure certifiée stagiaire puis titulaire, Collège X » : l'année de stage
    "certifié stagiaire",
    "certifiée stagiaire",
    "agrégé stagiaire",
    "agrégée stagiaire",
)
# « Ce travail a été réalisé au Laboratoire X de l'Université Y » (sur la thèse elle-même).
THESIS_HOSTS = (
    "a été réalisé au",
    "a été réalisé à",
    "a été réalisé dans",
    "a été réalisée au",
    "a été réalisée à",
    "a été réalisée dans",
    "a été préparée au",
    "a été préparée à",
    "a été préparée dans",
    "a été effectué au",
    "a été effectué à",
    "a été effectuée au",
    "a été effectuée à",
    "a été effectuée dans",
)
# « ingénieure de recherche chez Orthélios Robotique » : une entreprise, sans mot de tête.
EMPLOYER_CUES = ("chez",)
# La phrase qui précède une liste de personnes et les place toutes (« Tous les enseignants
# ci-dessous sont à l'Université X ») : l'établissement emploie chacun de cette liste.
LIST_LEAD_PLACES = (
    "ci-dessous sont à",
    "ci-dessous sont tous à",
    "ci-dessous sont toutes à",
    "ci-dessous sont employés par",
    "ci-dessous sont affectés à",
    "ci-dessous sont en poste à",
)
# La colonne d'un tableau de membres qui nomme l'employeur de chacun (« Nom | Statut | Employeur »).
EMPLOYER_COLUMNS = (
    "employeur",
    "organisme employeur",
    "établissement employeur",
    # « Nom | Statut | Équipe | Tutelle » : la tutelle qui emploie chaque membre
    "tutelle",
    "établissement de rattachement",
    # Batch 247: a card's joint label « Tutelle/Employeur : CNRS »
    "tutelle/employeur",
    "tutelle / employeur",
    "employeur/tutelle",
)
# La colonne d'une liste de thèses qui nomme l'établissement de chaque soutenance (« Nom | Type |
# Date | Établissement ») : le doctorant y a étudié.
DEGREE_INSTITUTION_COLUMNS = (
    "établissement",
    "établissement de soutenance",
    "établissement d'inscription",
    "établissement de délivrance",
    "université de soutenance",
)
# Les formulaires de déclaration de liens d'intérêts et de collaborations (codes de lignes).
FORM_OWNER_LABELS = ("votre nom", "nom du déclarant", "nom de la déclarante")
LEGEND_ADVISORS = ("directeurs de thèse", "directrices de thèse", "directeur de thèse")
LEGEND_ADVISEES = ("doctorants encadrés", "doctorantes encadrées", "doctorants dirigés")
# Les radicaux d'un titre qui nomme des étudiants (« Doctorants et post-doctorants »).
STUDENT_HEADING_STEMS = ("doctora", "étudiant", "élève", "thès")
# Les libellés de la colonne de gauche d'un CV Europass : des lignes de l'entrée.
# Lot 234 : les libellés nus d'un CV sur deux colonnes, en gras à gauche de leur valeur
# (« Directeur de thèse » … « Pr A ») : lus comme « Directeur de thèse : Pr A ».
CV_SIDE_LABELS = (
    "directeur de thèse",
    "directrice de thèse",
    "directeurs de thèse",
    "encadrant",
    "encadrante",
    "thèse",
    "poste",
)
CV_FIELD_LABELS = (
    "dates",
    "fonction ou poste occupé",
    "nom et adresse de l'employeur",
    "intitulé du certificat ou diplôme délivré",
    "intitulé du certificat ou diplôme",
    "nom de l'organisme de formation",
    "nom et type de l'établissement d'enseignement ou de formation",
    "principales activités et responsabilités",
    # (les libellés abrégés des gabarits Europass refaits à la main)
    "principales activités",
    "intitulé du diplôme",
    "organisme",
    "organisme de formation",
    # (et ses lignes d'identité et de contact, lues comme une ligne « libellé valeur »)
    "nom / prénom",
    "adresse",
    "téléphone",
    "courrier électronique",
    "nationalité",
    "directeur de thèse",
    "directrice de thèse",
)
# Le personnel d'une équipe, listé avec ses étudiants : pas d'encadrement de diplôme.
# Les rotations d'un programme doctoral (quelques semaines par laboratoire avant de
# choisir celui de la thèse) : une visite, pas un encadrement.
ROTATIONS = (
    "stage de rotation",
    "stages de rotation",
    "étudiant en rotation",
    "étudiante en rotation",
    "étudiants en rotation",
    "rotations",
    # un doctorant inscrit avant d'avoir choisi son équipe : pas encore d'encadrant
    "encadrant à confirmer",
    "encadrant à définir",
    "encadrement à définir",
    "encadrement à confirmer",
    "direction à confirmer",
    "direction à définir",
)
# Les doctorants groupés par année d'entrée (« Promotion 2023 », « Entrés en 2022 »).
ENTRY_COHORTS = (
    "promotion",
    "promo",
    "entrée en",
    "entrées en",
    "entrés en",
    "entré en",
    "année d'entrée",
    "année d’entrée",
    "arrivés en",
    "arrivées en",
    "inscrits en",
    "inscrites en",
    "rentrée",
)
# Un invité de l'équipe parmi ses anciens : le séjour d'un collègue, l'élève de personne.
GUEST_ROLES = (
    "année sabbatique",
    "en sabbatique",
    "professeur invité",
    "professeure invitée",
    "chercheur invité",
    "chercheuse invitée",
)
# « Nous avons accueilli A pour un séminaire » : un orateur invité, l'élève de personne.
HOSTED_EVENTS = (
    "pour un séminaire",
    "pour une conférence",
    "pour un exposé",
    "conférence invitée",
    "colloque",
)
# Le poste d'un ingénieur sur la page d'une équipe (sans propriétaire) : un personnel de
# l'équipe, encadré par personne sauf si l'entrée le dit.
STAFF_ENGINEERS = (
    "ingénieur d'études",
    "ingénieure d'études",
    "ingénieur de recherche",
    "ingénieure de recherche",
    "ingénieur de développement",
    "ingénieure de développement",
    "ingénieur·e d'études",
    "ingénieur·e de recherche",
)
STAFF_ROLES = (
    "technicien",
    "technicienne",
    "technicien de recherche",
    "gestionnaire",
    "secrétaire",
    "assistante de gestion",
    "assistant de gestion",
    "assistante administrative",
    "assistant administratif",
    "chef de projet",
    "cheffe de projet",
    # l'équipe d'un cours (« Coordination des chargés de TD de l'UE X : A, B »)
    "chargés de td",
    "chargées de td",
    "chargé·es de td",
)
# Les liens d'évitement, le pied de page et le fil d'Ariane d'un site, que garde le texte
# d'une page copiée ou vidée par un navigateur texte (lynx, w3m).
SITE_CHROME = (
    "logo",
    "aller au contenu",
    "aller au contenu principal",
    "aller au menu",
    "aller à la recherche",
    "passer au contenu",
    "mentions légales",
    "mentions legales",
    "plan du site",
    "accessibilité",
    "accessibilite",
    "données personnelles",
    "gestion des cookies",
    "vous êtes ici",
    "vous etes ici",
    "retour en haut de page",
    "pied de page",
)
HOME_WORDS = ("accueil",)
MENU_WORDS = ("accueil", "recherche", "enseignement", "publications", "contact", "membres")
# Les pages françaises perdent souvent leurs accents (copie, vieux CMS, clavier QWERTY) :
# chaque expression vaut aussi sans eux (« directeur de these », « Equipe »).
ACCENTS_DROPPED = True
# Context cues that are also the label of an office ("L'équipe X" › "Responsable : A",
# "Directeur : B" in a lab's contact block): a supervision only where the entry, the line
# or the heading says which (a thesis, a postdoc, an internship).
OFFICE_LABELS = (
    "responsable :",
    "responsable:",
    "directeur :",
    "directrice :",
    "directeurs :",
    "directrices :",
    "directeur:",
    "directrice:",
    "directeurs:",
    "directrices:",
)

# « la thèse de A », « la soutenance de B » (voir en.THESIS_OF_NOUNS).
# (« Examen de la thèse de doctorat de A » : the degree between the noun and its « de »)
THESIS_OF_NOUNS = (
    "thèse",
    "thèses",
    "thèse de doctorat",
    "thèses de doctorat",
    "soutenance",
    "soutenances",
)
OF_WORDS = ("de", "d'")
# « Faculté des sciences de l'Université X »: the unit, then its university (case kept).
UNIVERSITY_OF = ("de l'Université",)
THESIS_BY = ("par", "présentée par", "présenté par")
# A cover's line under the candidate's name ("A" / "Thèse présentée pour obtenir le grade …").
THESIS_SUBMITTED = ("thèse présentée pour", "thèse soumise", "mémoire présenté pour")
BORN_IN = ("née à", "né à")
DEATH_WORDS = (
    "décédé",
    "décédée",
    "est décédé",
    "est décédée",
    "nous a quittés",
    "nous a quittées",
)
# « Née en 1984 à X », « né le 3 mai 1984 » : une naissance, aucune année d'un poste
BIRTH_YEAR_MARKS = ("né en", "née en", "né le", "née le")
FELLOWSHIP_WORDS = ("boursier", "boursière", "bourse")
# « Projet X – ERC Consolidator Grant » : les pages françaises nomment les financements
# européens en anglais ; un financement, pas une unité.
FUNDING_INSTRUMENTS = ("grant", "grants")
# « Doctorante contractuelle, Université X » : un contrat doctoral, l'université emploie
# sa doctorante (en plus de lui délivrer le diplôme).
DOCTORAL_CONTRACTS = (
    "doctorant contractuel",
    "doctorante contractuelle",
    "doctorant·e contractuel·le",
    "contrat doctoral",
)
STUDENT_LABELS = (
    "doctorant",
    "doctorante",
    "doctorant·e",
    "étudiant",
    "étudiante",
    "nom de l'étudiant",
    "nom de l'étudiante",
)
# Le champ d'un dossier d'encadrement qui dit le diplôme préparé ("Type de diplôme de
# l'étudiant : Doctorat", CV commun canadien).
DEGREE_TYPE_LABELS = ("type de diplôme", "type de diplôme de l'étudiant", "diplôme préparé")
ROW_NAME_LABELS = ("nom", "nom prénom", "prénom nom", "nom et prénom", "nom, prénom")
STUDENT_STATUS_LABELS = (
    "soutenues",
    "thèses soutenues",
    # « Soutenue — A (2019-2023) », « En cours — B » : le statut de la thèse avant son nom
    "soutenue",
    "soutenu",
    "thèse soutenue",
    "thèse en cours",
    "en cours",
    "thèses en cours",
    "anciens",
    "anciennes",
    "anciens doctorants",
    "actuels",
    "actuelles",
)
# « Un co-directeur : B » beside the owner (see en.CO_ADVISOR_STEMS).
# (« A, 2008-2011, en cotutelle avec B » dans la liste du propriétaire : il codirige avec B)
CO_ADVISOR_STEMS = ("co", "en cotutelle avec")
# Les coauteurs du propriétaire nommés dans sa prose (« publiés avec mes coauteurs A et B »)
COAUTHOR_CUES = (
    "mes coauteurs",
    "mes co-auteurs",
    "mes coautrices",
    "mes co-autrices",
    "mon coauteur",
    "ma coautrice",
)
# « Soutenance de thèse de A » (the rule's own pattern reads the other French wordings).
DEFENCE_HEADLINES = ("soutenance de thèse de", "soutenance d'habilitation de")

# « Rôle : Codirecteur » (the owner's own part in a thesis, a register's cell).
ROLE_LABELS = ("rôle", "mon rôle")
# Un titre qui annonce plusieurs soutenances (lues aussi par le motif du moteur).
# La ligne d'une liste de docteurs « A, thèse soutenue en 2019, directeur B ».
ROW_DOCTORATES = ("thèse soutenue en", "docteur en", "docteure en")
# « Que sont-ils devenus ? » › « A (docteur 2015) » › « Ingénieure, X » : leurs postes depuis
# « A, son premier doctorant, se souvient … ; après sa thèse, il part chez B » : le
# paragraphe raconte le parcours de l'élève, non celui de la personne portraiturée.
STUDENT_APPOSITIVES = (
    "son doctorant",
    "sa doctorante",
    "son premier doctorant",
    "sa première doctorante",
    "son ancien doctorant",
    "son ancienne doctorante",
    "son élève",
    "son ancien élève",
    "son ancienne élève",
)
WHERE_NOW_HEADINGS = (
    "que sont-ils devenus",
    "que sont-elles devenues",
    "où sont-ils aujourd'hui",
    "où sont-ils maintenant",
    "devenir des docteurs",
    "devenir des anciens",
)
# « J'ai commencé ma thèse en octobre 2022 » : la thèse en cours depuis
# Une page d'enseignement qui s'ouvre sur le poste de son auteur (« Je suis maîtresse de
# conférences à l'Université X depuis 2014 ») : un emploi, quelle que soit la section.
OWN_POST_OPENINGS = (
    "je suis maître de conférences",
    "je suis maîtresse de conférences",
    "je suis professeur",
    "je suis professeure",
    "je suis enseignant-chercheur",
    "je suis enseignante-chercheuse",
)
# Un type d'établissement abrégé qui ne nomme un établissement qu'avec son lieu (« IUT de X »,
# « CHU de Y ») : seul (« (IUT, département GEA) »), il n'en nomme aucun.
PLACE_BOUND_INSTITUTIONS = ("IUT", "CHU", "CHRU")
OWN_PHD_STARTS = (
    "j'ai commencé ma thèse",
    "j’ai commencé ma thèse",
    "j'ai débuté ma thèse",
    "j’ai débuté ma thèse",
    "j'ai entamé ma thèse",
    "j’ai entamé ma thèse",
    "j'ai commencé mon doctorat",
    "j’ai commencé mon doctorat",
)
# (« Institut polytechnique de X » : un établissement qui délivre ses diplômes)
UNIVERSITY_HEADS = ("université", "institut polytechnique")
DEFENCE_LISTS = ("soutenances", "thèses soutenues", "soutenances de thèse")
# Les permanents d'une équipe : son responsable parmi eux n'encadre pas tous ses doctorants.
SENIOR_STAFF_HEADINGS = (
    "chercheurs",
    "chercheuses",
    "chercheurs et chercheuses",
    "chercheurs permanents",
    "permanents",
    "membres permanents",
    "personnel permanent",
    "enseignants-chercheurs",
    "enseignants-chercheurs et chercheurs",
    "chercheurs et enseignants-chercheurs",
    "nos chercheurs",
    "nos enseignants-chercheurs",
    "nos enseignants-chercheurs et chercheurs",
    # les professeurs d'une école, retraités ou honoraires (« Professeurs émérites » › « A »)
    "professeurs",
    "professeurs émérites",
    "émérites",
    "professeurs honoraires",
    "maîtres de conférences",
    # l'équipe d'un service hospitalier (« L'équipe médicale » › « Dr A » › « MCU-PH … »)
    "équipe médicale",
    "l'équipe médicale",
    "l’équipe médicale",
    "corps médical",
    "médecins du service",
    "praticiens du service",
)
# Les spécialités qui nomment le service d'un hôpital (« service de neurologie », « service
# d'hépato-gastro-entérologie », « service des urgences ») : une unité, pas une rubrique
# « Service » d'un CV.  Des racines, lues au sein d'un mot.
MEDICAL_SPECIALTY_STEMS = (
    "logie",
    "iatrie",
    "chirurgie",
    "médecine",
    "urgences",
    "réanimation",
    "anesthésie",
    "thérapie",
    "imagerie",
    "maladies",
    "obstétrique",
    "orthopédie",
)
# Le nom commercial qui clôt le nom d'une entreprise (« Aérolithe Systèmes »).
COMPANY_NOUNS = ("Systèmes", "Laboratoires")

# Batch 75: the verbs after which a thesis jury's members follow, and a doctorate's end
# said in one verb ("a soutenu sa thèse en 2019").
JURY_COMPOSED = ("était composé de", "était composée de", "se composait de")
DOCTORATE_VERBS = ("a soutenu sa thèse", "a soutenu son doctorat")
# "Jury de thèse de A : rapporteur. Jury présidé par B": the chair of A's jury.
CHAIRED_BY = ("présidé par", "présidée par")
# A conference's chairs (see en.EVENT_CHAIRS): a service at an event, no post.
EVENT_CHAIRS = (
    "président du comité de programme",
    "présidente du comité de programme",
    "président de session",
    "présidente de session",
)


# Relation rows of a profile (see en.ADVISEE_LABELS) and an academic family tree's sections.
ADVISEE_LABELS = ("doctorant encadré", "doctorante encadrée")
TREE_PARENTS = ("parents académiques",)
TREE_CHILDREN = ("enfants académiques", "descendants académiques")
# An indented lineage tree's legend and co-advisor note (see en.TREE_INDENT_WORDS).
TREE_INDENT_WORDS = ("indentation", "retrait", "décalage")
TREE_STUDENT_OF = ("élève de", "doctorant de", "doctorante de", "étudiant de", "étudiante de")
TREE_CO_ADVISOR_NOTES = (
    "co-directeur",
    "co-directrice",
    "codirecteur",
    "codirectrice",
    "co-encadrant",
    "co-encadrante",
)
TRAINEE_PHD = ("doctorant", "doctorante")
TRAINEE_POSTDOC = ("post-doctorant", "post-doctorante", "postdoctorant", "postdoctorante")
TRAINEE_OTHER = ("stagiaire", "ingénieur d'études", "ingénieure d'études")
# Lot fix12 : la liste des thèses d'un département, son chapeau disant où elles furent
# soutenues (« Les thèses suivantes ont été soutenues à l'Université X »).
THESES_COMPLETED_AT = (
    "thèses ont été soutenues à",
    "thèses ont été soutenues au sein de",
    "thèses ont été soutenues dans",
    "thèses soutenues à",
    "thèses soutenues au sein de",
)
# Lot fix12 : le statut d'un étudiant avant l'établissement où il étudie (« A, doctorant,
# Université X » ; « Étudiante en master · Université Y » sous le nom d'une carte).
STUDENT_STANDINGS = (
    "doctorant",
    "doctorante",
    "étudiant en master",
    "étudiante en master",
    "étudiant en licence",
    "étudiante en licence",
    "élève ingénieur",
    "élève ingénieure",
)
# A stay or a visit told beside a master's ("a five-month stay while a master student with
# A", "pendant mon master, un séjour de cinq mois chez B"): an internship, not a master thesis.
STAY_WORDS = ("séjour", "séjours", "visite")
# Lot 279 : une visite, une mission de conseil, un partenariat (« a été consultant pour
# l'Agence X », « a noué un partenariat avec le groupe Y ») : ni employeur ni lieu d'études.
NO_TIE_VERBS = (
    "a visité",
    "consultant pour",
    "consultante pour",
    "partenariat avec",
    "en partenariat avec",
    # « l'École a accueilli un collègue en visite, A de l'Institut X » : la maison de l'invité
    "accueilli un collègue en visite",
    "accueilli une collègue en visite",
    "accueilli un visiteur",
    "accueilli une visiteuse",
)
# Batch 253 : un séjour de doctorant (« Séjour doctoral de 4 mois à X, accueilli par B ») :
# son hôte l'encadre le temps du séjour, à la différence d'un séjour de chercheur
# « Établissement d'origine : doctorant, Université X » (un tableau de visiteurs) : le statut
# du visiteur chez lui, pas le genre du séjour
HOME_STATUS_LABELS = ("établissement d'origine", "université d'origine")
DOCTORAL_STAYS = ("séjour doctoral", "séjours doctoraux", "mobilité doctorale")
# Batch 84: "le directeur était B": the verb between a role and its person.
COPULAS = ("était", "étaient", "est", "sont", "fut", "a été")
# Batch 84: "A soutiendra sa thèse …", "B a soutenu sa thèse" (a defences list's paragraph).
DEFENCE_STATEMENTS = (
    "thèse présentée et soutenue",
    "présentée et soutenue",
    "soutenue publiquement",
)
DEFENDS_VERBS = ("soutiendra", "soutiendra sa thèse", "a soutenu", "soutient sa thèse")
# Le titre d'une activité d'un portail de recherche, puis le candidat ("Examen de la thèse
# de doctorat : A", "Soutenance de thèse – B").
EXAMINATION_TITLES = (
    "examen de thèse",
    "examen de la thèse",
    "examen de la thèse de doctorat",
    "évaluation de thèse",
    "évaluation de la thèse",
    "évaluation de la thèse de doctorat",
    "jury de thèse",
    "soutenance de thèse",
    "soutenance de doctorat",
)
# A site's brand or copyright naming a project, no person: "© ANR X" (owner)
PROJECT_BRAND_HEADS = ("projet", "programme", "anr", "labex", "idex", "equipex", "pepr")
# Le libellé d'une liste d'équipe (« Membres : A, B, C ») : son titre nomme une équipe.
TEAM_ROSTER_LABELS = ("membres", "membres de l'équipe", "équipe", "participants", "participantes")
# Un titre d'exposés oraux seuls : leurs co-orateur·rices ne sont pas co-auteur·rices.
SPOKEN_TALKS = ("exposés", "exposés invités", "exposés oraux", "séminaires invités")
# Les mots d'un nom de fichier de CV qui disent son genre (« cv_detaille_concours.pdf »).
CV_FILE_WORDS = (
    "détaillé",
    "detaille",
    "détaillée",
    "detaillee",
    "concours",
    "complet",
    "court",
    "long",
    "francais",
    "français",
    "anglais",
    "candidature",
    "promotion",
)
# Le sous-titre d'une fiche de personne au-dessus de sa biographie (« A » › « Biographie ») :
# une page d'intervenant·es ou de membres (engine).
# L'unité du titulaire de la page nommée en apposition (« Son laboratoire, le Laboratoire
# X, fait partie de Y ») : le titulaire en est membre.
OWN_UNIT_APPOSITIVES = (
    "mon laboratoire",
    "mon équipe",
    "mon groupe",
    "son laboratoire",
    "son équipe",
    "son groupe",
)
# Une proposition après le responsable d'une unité nommant qui « y » travaille
# (« L'équipe X est animée par A ; B y prépare une thèse depuis 2023 ») : membre de l'unité.
UNIT_THERE_CLAUSES = (
    "y prépare une thèse",
    "y prépare sa thèse",
    "y travaille",
    "y effectue sa thèse",
)
# Les personnes d'une unité nommées après elle (« membres de l'équipe X, notamment A »,
# « les chercheurs du laboratoire Y, dont B et C ») : le nom pluriel avant l'unité, le mot
# avant les noms.
UNIT_PEOPLE_NOUNS = ("membres", "chercheurs", "chercheuses", "chercheurs et chercheuses")
UNIT_PEOPLE_LEADS = ("notamment", "dont", "parmi lesquels", "parmi lesquelles", "parmi eux")
# L'intertitre d'un partenaire d'un projet au-dessus des personnes qu'il y engage
# (« Partenaire 2 : Institut X (IX, CNRS / Université Y) » › « A — ingénieure ») : chacune
# est membre de ce laboratoire.
PROJECT_PARTNER_HEADINGS = (
    "partenaire",
    "partenaire du projet",
    "laboratoire partenaire",
    "équipe partenaire",
)
BIO_HEADINGS = (
    "biographie",
    "bio",
    "courte biographie",
    "biographie courte",
    "notice biographique",
    "parcours",
    "présentation",
)
# L'encadré de fin d'article sur ses auteurs (« À propos des auteurs » › « A » › sa notice).
AUTHOR_BIO_HEADINGS = (
    "à propos des auteurs",
    "à propos des autrices et auteurs",
    "à propos des autrices",
    "à propos de l'auteur",
    "à propos de l'autrice",
    "les auteurs",
    "notes sur les auteurs",
    "notices des auteurs",
    "à propos de l'auteure",
    "ont contribué à ce numéro",
    "les contributeurs de ce numéro",
)
# « A a ensuite travaillé chez X », « B a poursuivi sa carrière à Y » : le poste suivant
# d'un ancien membre, dit dans le paragraphe d'un autre
OTHERS_LATER_POSTS = (
    "a ensuite travaillé chez",
    "a ensuite travaillé à",
    "a poursuivi sa carrière à",
    "a ensuite rejoint",
    # « C est ensuite revenue au département comme maîtresse de conférences », « D est
    # revenu à X comme … »
    "est ensuite revenue au",
    "est ensuite revenu au",
    "est ensuite revenue à",
    "est ensuite revenu à",
    "est revenue au",
    "est revenu au",
    "est revenue à",
    "est revenu à",
    # « A est aujourd'hui maîtresse de conférences à X » : le poste actuel d'une ancienne doctorante
    "est aujourd'hui",
    "est désormais",
)
# Le verbe d'une citation avant le nom et le poste de qui parle (« …, explique A,
# glaciologue à l'Institut X ») : le poste de A, pas celui de l'auteur (affiliations).
SPEAKER_VERBS = (
    "explique",
    "précise",
    "souligne",
    "ajoute",
    "raconte",
    "indique",
    "estime",
    "rappelle",
    "confie",
    "selon",
)
# Le champ auteur d'un billet qui nomme un organe (« Bureau de la société », « Comité de
# rédaction ») : pas de propriétaire de la page (owner).
COLLECTIVE_AUTHORS = (
    "bureau de",
    "bureau du",
    "le bureau",
    "comité de rédaction",
    "comité d'organisation",
    "comité éditorial",
    "conseil d'administration",
    "service communication",
    "service de communication",
    "la rédaction",
    "rédaction",
    "secrétariat",
    "équipe de communication",
    "cellule communication",
)

# A record export's provenance cell ("Source: X HR feed"): who filed an entry.
RECORD_SOURCE_LABELS = ("source", "provenance", "modifié par", "créé par")

# A directory entry's row naming the bodies that run its unit ("Tutelles : CNRS · Y").
UNIT_BODIES_LABELS = ("tutelles", "tutelle", "établissements de tutelle", "organismes de tutelle")
# Batch 212: a repository record's housekeeping dates (HAL « Thèse soumise le », « Dernière
# modification le »): the deposit's, not the defence's
RECORD_ADMIN_DATES = (
    "thèse soumise le",
    "soumise le",
    "déposé le",
    "déposée le",
    "date de dépôt",
    "dernière modification",
    "mis en ligne le",
)
# A news list's heading (« Actualités » beside a lab's thesis offer).
NEWS_HEADINGS = (
    "actualités",
    "actualité",
    "dernières actualités",
    "actualités du laboratoire",
    "actualités de l'équipe",
    "nouvelles",
    "dernières nouvelles",
    "brèves",
)

# « Campagne synchronisée 2026 — Poste n° 27 MCF 0412 — Université X » en tête d'un dossier de
# candidature : le poste demandé, pas un poste occupé.
APPLIED_POSTS = (
    "poste n°",
    "poste no",
    "poste numéro",
    "campagne synchronisée",
    "campagne de recrutement",
    "profil du poste",
    "candidature au poste",
)
# La note d'un titre de doctorants : les parenthèses de chaque entrée nomment ses
# directeurs (« Doctorants (directeur·rice de thèse entre parenthèses) » › « A (B et C) »).
ADVISORS_IN_BRACKETS_NOTES = (
    "directeur de thèse entre parenthèses",
    "directeur·rice de thèse entre parenthèses",
    "directeur.rice de thèse entre parenthèses",
    "directrice de thèse entre parenthèses",
    "directeurs de thèse entre parenthèses",
    "direction de thèse entre parenthèses",
    "directeur entre parenthèses",
    "encadrants entre parenthèses",
)

# La ligne d'une carte qui nomme un poste ou un diplôme antérieur (« Auparavant : M2,
# Université X ») : aucun étudiant de la liste.
EARLIER_POST_LABELS = (
    "auparavant",
    "précédemment",
    "parcours antérieur",
    "poste précédent",
)
# La question d'un entretien sur le directeur de thèse de l'invitée (« Qui a dirigé votre
# thèse ? ») : la réponse « C'est A, … » le nomme.
ADVISOR_QUESTIONS = (
    "dirigé votre thèse",
    "encadré votre thèse",
    "votre directeur de thèse",
    "votre directrice de thèse",
    "ton directeur de thèse",
    "ta directrice de thèse",
)

# Un diplôme déjà obtenu, dit avant la thèse encadrée ("Titulaire d'un master de X, elle
# prépare sa thèse sous la direction de B") : il ne dit pas la nature de l'encadrement.
HELD_DEGREE_LEADS = (
    "après un",
    "après une",
    "après l'obtention d'un",
    "titulaire d'un",
    "titulaire d'une",
    "ingénieur diplômé",
    "ingénieure diplômée",
)

# La liste des sources d'un article (« Références », « Notes et références »).
CITATION_LISTS = ("références", "notes", "notes et références", "sources")

# A sentence opening on one of these speaks of the person its paragraph last named as a
# subject (topics); a date's lead word may come before that subject.
SUBJECT_PRONOUNS = ("il", "elle", "son", "sa", "ses", "lui")
DATE_LEADS = ("en", "dès", "vers", "après", "depuis")
MASCULINE_PRONOUNS = ("il",)
FEMININE_PRONOUNS = ("elle",)

# Ce dont on remercie un jury dans un message : « … A et B pour leurs questions ».
THANKS_PURPOSES = (
    "pour leurs",
    "pour leur",
    "pour les",
    "pour avoir",
    "pour ses",
    "pour son",
    "pour sa",
)

# The agent's preposition said again before a list's last name ("… por A y por el Dr. B").
AGENT_AGAIN = ("et par", "et par le", "et par la")

# Un en-tête de jour ou de session d'un programme (« Jeudi 9 avril », « Session 2 —
# Géométrie », « Après-midi ») : il ne dit aucun type d'étudiant.
PROGRAMME_SLOTS = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "jour 1",
    "jour 2",
    "jour 3",
    "première journée",
    "deuxième journée",
    "session",
    "matinée",
    "après-midi",
    "session posters",
)
# « Thèses en cotutelle » › « A » › « Directeur : B (Université X) » : une thèse que les deux
# universités délivrent, celle de chaque directeur étant aussi celle du doctorant.
JOINT_DEGREE_WORDS = (
    "cotutelle",
    "co-tutelle",
    "double doctorat",
    "doctorat conjoint",
    "double diplôme de doctorat",
)
# « a soutenu sa thèse devant un jury de A (président), B (rapporteur) … » : le jury devant
# lequel le candidat a soutenu, ses membres après son « de » (aucun jury où l'on a siégé).
JURY_AUDIENCE_LEADS = ("devant",)

# « détachée auprès de l'Agence X », « mis à disposition de l'Office Y » : le poste tenu
# auprès de cet organisme, quel que soit son mot de tête
SECONDMENT_CUES = (
    "détaché auprès de",
    "détachée auprès de",
    "en détachement auprès de",
    "en détachement à",
    "mis à disposition de",
    "mise à disposition de",
)
# « L'équipe Chimie des volcans est l'une des quatre équipes du laboratoire X » : le
# verbe qui suit le nom d'une équipe en minuscules le clôt
TEAM_NAME_VERBS = (
    "est",
    "sont",
    "était",
    "fait partie",
    "appartient",
    "relève",
    "dépend",
    "regroupe",
    "rassemble",
    "compte",
    "anime",
    "étudie",
    "développe",
    "mène",
    "a été",
)
# Batch 291: the civility an appointments list puts before each name ("Mme A est nommée …")
ADDRESS_FORMS = ("m", "mme", "mlle")
# Batch 291: the adverb opening a present post set apart after a name ("B, currently …,")
CURRENT_POST_ADVERBS = ("actuellement", "aujourd'hui")
# Le verbe d'un enseignant et les étudiants à qui il enseigne (« j'enseigne l'algèbre aux
# étudiants de L1 de l'Université X », « il encadre des doctorants à Y ») : son poste, pas
# ses études
TEACHING_VERBS = (
    *(f"enseign{e}" for e in ("e", "es", "ent", "é", "ée", "er", "ais", "ait")),
    *(f"encadr{e}" for e in ("e", "es", "ent", "é", "ée", "er", "ais", "ait")),
    *(f"dispens{e}" for e in ("e", "es", "é", "ée", "er")),
    "cours aux",
    "cours pour les",
    "cours destinés aux",
    "cours à destination des",
)
TAUGHT_STUDENTS = (
    "étudiants",
    "étudiantes",
    "étudiant·es",
    "élèves",
    "doctorants",
    "doctorantes",
    "doctorant·es",
)
ADDRESSED_STUDENT_VERBS = (
    "peuvent",
    "doivent",
    "sont invités",
    "sont invitées",
    "sont invité·es",
    "souhaitant",
    "intéressés par",
    "intéressées par",
)

# Le chapeau d'une actualité au-dessus de la citation de son article (« Notre article vient
# de paraître : », « dont l'article a reçu le prix du meilleur papier : »).
PAPER_NEWS_WORDS = ("article", "articles", "papier", "publication", "prépublication")

# Ce qui vaut pour chaque entrée d'une page sauf celles qui disent autre chose (« Sauf
# mention contraire, les doctorant·es sont co-encadré·es par les deux responsables »).
DEFAULT_CLAUSES = (
    # (« chaque doctorant·e de l'équipe est co-encadré·e par les deux responsables »)
    "chaque doctorant",
    "chaque doctorante",
    "sauf mention contraire",
    "sauf indication contraire",
    "sauf précision contraire",
    "sauf avis contraire",
)

# Une étiquette ouvrant la phrase après un verbe d'encadrement qui ne nomme personne
# (« J'encadre deux mémoires de M2 par an. Les plus récents : A (2024), B ») : ses élèves.
EXAMPLES_LABELS = (
    "les plus récents",
    "les plus récentes",
    "les derniers",
    "les dernières",
    "parmi eux",
    "parmi elles",
    "parmi lesquels",
    "parmi lesquelles",
    "par exemple",
)
