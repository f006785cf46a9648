"""The one person-name normaliser: parse surface forms, display them, compare them.

Pages write one person many ways (``Samuel VAITER``, ``Vaiter, S.``, ``R{\\'e}mi``,
``RÃ©mi``, ``Zheng*``).  Extraction calls :func:`clean_name` to write a claim's name in
one display form ("Given Family", order as written); the graph calls :func:`name_key`,
:func:`initial_key` and :func:`compatible` to decide which forms may be one person.
Typos are not fixed here: the graph does the fuzzy matching with context.

Pure and fast (runs on every author list of every page): regexes are compiled once and
parses are cached.

Examples
--------
>>> clean_name("VAITER, Samuel")
'Samuel Vaiter'
>>> clean_name("R{\\\\'e}mi Gribonval*")
'Rémi Gribonval'
>>> compatible("Q.-T. Le", "Quoc Tung Le"), compatible("T. Le", "Quoc-Tung Le")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import ftfy

from crawler.charsets import writes_lead_byte

__all__ = [
    "PersonName",
    "chinese_family_name",
    "clean_name",
    "compatible",
    "fold",
    "initial_key",
    "is_initials",
    "looks_like_person_name",
    "name_key",
    "parse_name",
    "repair_text",
]

# ---------------------------------------------------------------------------
# Lexicon: words that decide how tokens of a name are read.  Kept here (not in an
# extraction lexicon) because the graph must read names exactly as extraction does.
# ---------------------------------------------------------------------------

#: Lower-case name particles ("Ludwig van Beethoven", "Jean de la Fontaine").  A token
#: written in one of these forms starts the family name when it is not the first token.
PARTICLES = frozenset(
    "de del della dello dei degli der den des di da das do dos du van von vom zu zum zur "
    "ter ten te la le y e i af av bin ibn al el st. san santa ap ab binti bint 't ’t und "
    # Spanish plural articles ("María de los Ángeles", "Sánchez de las Heras").
    "los las".split()
)
#: Particles that are lower-cased when the family name was written in capitals
#: ("DE LA FONTAINE" → "de La Fontaine"); "Le", "La" stay capitalised (Le Gall).
LOWER_PARTICLES = frozenset(
    "de del della dello dei degli der den des di da das do dos du van von vom zu zum zur "
    "ter ten te y e af av bin ibn los las".split()
)
#: Particles written capitalised inside a given-first name: "H. Le Gall", "Ana Da Silva",
#: "Jan Van Damme", "H. El Idrissi", Irish "S. Mac Giolla", "D. Ó Faoláin" (the family name
#: starts there; Māori "Te Rangi", Dutch "H. Te Riele").
CAPITAL_PARTICLES = frozenset(
    "Le La De Di Da Du Des Del Della Van Von Ten Ter Dos Das El Mac Ó Ní Nic Ua Te".split()
    # Maghrebi family names: "I. Ben Youssef", "R. Aït Benhaddou", "M. Ould Cheikh".
    + "Ben Aït Ait Ould".split()
    # Arabic family names opening on "servant of" / "father of": "S. Abd El-Aziz",
    # "T. Abu Shanab" (a given name's "Abd El-Karim" keeps its glued article)
    + "Abd Abu Abou".split()
)
#: Glued prefixes that are part of one family name (LeCun, McDonald, MacKay, DeVore).
GLUE_PREFIXES = frozenset(
    "mc mac o' de di da du le la van von vander vanden fitz st del della".split()
)
#: Given names abbreviated to more than one letter ("Ch. Dupont", "Th. Martin").
#: Hungarian initials keep their digraph ("Zs. Szabó", "Gy. Kovács").
ABBREVIATED_GIVEN = frozenset("Ch Chr Cl Fr Gh Ph St Th Wm Zs Gy Sz Cs Ny Ty Dzs".split())
_ABBREVIATED_KEYS = frozenset(a.casefold() for a in ABBREVIATED_GIVEN)
_DIGRAPH_INITIALS = frozenset("Zs Gy Sz Cs Dzs".split())
#: Honorifics and French academic grades written before a name ("DR Caroline Chaux").
TITLES = frozenset(
    "dr dr. prof prof. pr pr. professor professeur professeure mr mr. mrs mrs. ms ms. "
    "mme mme. mlle mlle. mm mm. mmes mmes. sir dame mcf ater cr dr1 dr2 cr1 cr2 hdr ing ing. dipl. "
    # Québec's feminine "Dre" (docteure) and "Pre" (professeure): "superviseure : Dre A"
    "dre dre. pre pre. "
    "madame monsieur doctor docteur "
    # Grades written before a name elsewhere: Dutch/Indonesian "ir.", "drs.", Japanese and
    # Indonesian "Dr. Eng.", Czech/Slovak "doc. Ing. RNDr. Mgr.", Polish "dr hab. inż.",
    # German "Dr. h.c.", "Assoc. Prof." / "Asst. Prof.".
    "ir ir. drs drs. eng. doc. rndr. mgr. phdr. mudr. hab. inż. inz. h.c. dr.-ing. dr.-ing "
    "univ.-prof. assoc. asst. assoc asst doc rndr mgr phdr mudr hab inż inz "
    # (Turkish English pages' "Assist. Prof. Dr. A")
    "assist. assist "
    # Spanish and Portuguese feminine "Dra.", "Profa."; Austrian "Mag." (a master's grade
    # written first: "Mag. Dr. A"), "ao. Univ.-Prof.", German "Jun.-Prof.".
    "dra dra. profa profa. mag. ao. a.o. jun.-prof. jun.-prof univ.-prof apl. univ.-doz. "
    # (Austrian feminine forms, their ending set as a superscript: "Mag.a", "Dr.in")
    "mag.a mag.a. dr.in dr.in. univ.-prof.in prof.in "
    # Italian "dott.", "dott.ssa", "prof.ssa" ("my tutor is prof.ssa A").
    "dott dott. dott.ssa prof.ssa dottssa profssa "
    # (Batch 133: "Dr.ssa A", the feminine doctor of an Italian committee list; Spanish
    # "Dña. B", the courtesy title of a certificate)
    "dr.ssa drssa dña. dña "
    # German and Hungarian "Dr. habil." (a habilitation written before the name)
    "habil habil. "
    # German team pages' degree before a doctoral student's name ("M.Sc. A", "Dipl.-Ing. B").
    "msc. bsc. dipl.-ing. dipl.-ing dipl.-inf. dipl.-phys. dipl.-chem. "
    # Latin-American degree titles before a group member's name ("Lic. A", "Mtra. B").
    "lic lic. licda. lcda. mtro mtro. mtra mtra. "
    # (Batch 157: an Argentine staff list's "Biól. A", "Téc. B", "Bioq. C")
    "biól. biol. téc. tec. bioq. mg. "
    # A Portuguese edital's master's grade before the candidate ("a Mestre A"), a Finnish
    # defence's degree before the candidate or a member ("FM A", "FT B").
    "mestre mestra fm ft "
    # Batch 155 (German and Austrian grades split at their dots: "Univ.Prof.",
    # "Dr.techn.", "Dr. rer. nat.", "Dr.mont."): each piece before the name is a title
    "univ. techn. rer. nat. phil. med. oec. mont. "
    # (Batch 163: Romanian "Conf. univ. dr.", "Lect. univ. dr.", "Ș.l. dr.", "drd. A" (a
    # doctoral student); Croatian and Serbian "izv. prof. dr. sc.", "doc. dr. sc.")
    "conf. lect. ș.l. s.l. drd. drd izv. sc. "
    # (Batch 261: German "Priv.-Doz. Dr. A", a private lecturer's title)
    "priv.-doz. priv.-doz".split()
)
#: Grades read as titles only before another title: German "PD Dr. A" (Privatdozentin),
#: where "PD" alone could be a person's initials ("Smith PD").
TITLES_BEFORE_TITLE = frozenset("pd".split())
#: Trailing degrees and suffixes dropped from the display form.
SUFFIXES = frozenset(
    "phd ph.d. ph.d hdr jr jr. sr sr. ii iii iv msc md mba "
    # Post-nominal degrees and fellowships ("A. Quill BSc PhD FRS FRSE", "J. Novák, CSc.").
    "bsc b.sc. msc. m.sc. m.sc mphil dphil csc csc. drsc drsc. frs frse freng fba fmedsci "
    "frsc m.eng. m.eng "
    # British honours a biography writes after the name ("Dame A. Quill DBE FRS")
    "dbe cbe obe mbe kbe gbe "
    # Learned-society fellowships of other countries ("A. Quill FInstP", "B. Roe FAA FRSNZ").
    "finstp fieee faa frsnz fraeng frsb frsa fiet".split()
)
#: Capitalised words that never belong to a person name: organisations, venues and the
#: common words of titles ("Deep Learning" is not a person).
NOT_NAME_WORDS = frozenset(
    """
    office
    university universite universität universidad universita universitat universiteit college
    universidade universitas universiti rijksuniversiteit univerzita uniwersytet egyetem
    ollscoil hochschule hogeschool instituut politechnika
    universitet universitets universitetet högskola hogskola högskolan hogskolan høgskole
    høgskule høgskolen institutet
    yliopisto akademia institutt
    instytut katedra wydział institutionen fakultet fakultät empresa
    politecnico polytechnic polytechnique
    faculdade facultad facoltà facolta
    institute institut instituto istituto laboratory laboratoire laboratorio laboratório
    centro lab labs department departement
    school ecole faculty centre center team group équipe equipe inria cnrs inserm
    consortium consortia collaborative collaboration collaborators investigators
    journal conference conférence proceedings proc workshop symposium press springer
    elsevier ieee acm siam arxiv preprint vol volume pages pp thesis these thèse phd
    dissertation dissertations guided projects
    master licence bachelor doctoral doctorat postdoctorat postdoctorate habilitation review
    integrated
    letters transactions
    annals bulletin international national european society société societe association
    foundation magnificus
    métropole metropole mairie ministère ministere agence préfecture prefecture par
    originaire natif native
    the a an of on in for with and or to from by at via towards toward is are be we our
    new using based under over into about after before between through without when
    what why how which who where its their this that these those all any some not no
    deep learning neural network networks machine optimization optimisation model models
    theory analysis methods method algorithm algorithms data statistical statistics
    stochastic sparse matrix matrices linear nonlinear convex nonconvex gradient
    descent estimation inference learning approximation bayesian graph graphs
    probability random systems system control signal processing image images vision
    problem problems approach applications application introduction study survey
    tutorial notes lecture lectures chapter book edition series report technical
    partie chapitre annexe appendix kapitel evaluation recherche
    autoevaluation hceres aeres vague
    guarantees bounds complexity dynamics distributed robust efficient fast
    supervisor supervisors advisor advisors author authors auteurs auteur editor
    editors eds year année journal venue type scope talk poster slides paper code
    abstract pdf bibtex doi video award prize project projet contact email phone
    home news publications teaching research cv curriculum vitae about students intranet host
    liste travaux profile information posts
    wiki
    academic lineage genealogy généalogie genealogie export
    january february march july september october november
    december janvier février fevrier mars juin juillet août aout septembre
    octobre novembre décembre decembre et al
    english french german spanish italian chinese vietnamese portuguese dutch japanese
    russian arabic korean hindi polish greek turkish swedish anglais francais français
    allemand espagnol italien ens ensae ensta ens-lyon enseeiht insa upmc ucl ucla mit
    epfl eth kth cmu nyu irl umr cea ifp ird inrae inra ihes ihp lip lip6 ljk lpsm ljll
    meets beyond revisited unified general generalized optimal transport kernel kernels
    regression classification clustering sampling variational adversarial generative
    language languages reinforcement policy quantum online bandits dynamical equations
    equation differential partial numerical computational geometry geometric
    topology topological algebra algebraic spaces space functions function operators
    convergence rates rate minimization maximization programming solving solvers
    solver private privacy fairness causal discovery detection recognition
    segmentation representation representations embeddings attention transformers
    transformer training generalization regularization identification
    abs bib html website sites blog supp supplementary github dataset datasets url oral
    presentation spotlight accepted submitted revision forthcoming invited keynote plenary
    seminar colloquium minisymposium session chair panel best honorable mention
    nature communications science sciences advances physical physics chemistry biology
    artificial intelligence
    mathematics mathematical mathématiques computing computer informatics engineering
    medicine medical express optics electronics economics economic econometric finance
    financial management studies quarterly magazine reports academy verlag publishing
    publishers publisher edition éditions handbook encyclopedia lecture
    assistant associate postdoctoral postdoc adjunct emeritus lecturer researcher
    decan decanul decana dekan dekanica
    senior staff principal chief software hardware engineer engineers scientist
    scientists developer manager consultant analyst fellow
    attending physician physicians surgeon clinician pharmacist hospitalist cardiologist
    neurologist oncologist radiologist pathologist anesthesiologist pediatrician
    researchers postgraduate undergraduate sponsor sponsors advisees mentees student graduate
    visitors scholars accueil welcome bienvenue commission commissions
    advisory committee committees
    vegas aires aviv lumpur york zealand africa america city town island
    islands usa uk germany italy spain china japan korea india brazil vietnam belgium
    netherlands switzerland austria sweden norway denmark finland portugal greece
    australia singapore mexico argentina canada france allemagne italie espagne
    chine japon suisse belgique autriche
    barycenters barycentres barycenter process processes features feature filters filter
    machines bridges divergences divergence acceleration schemes scheme monte flows flow
    transforms transform inequalities inequality estimators estimator games game markets
    market auctions mechanisms mechanism equilibria equilibrium fields measures measure
    distances distance metrics metric entropy entropic manifolds manifold tensors tensor
    factorization factorisation decomposition decompositions completion recovery sensing
    compressed denoising imaging tomography reconstruction inverse priors prior posterior
    posteriors likelihood chains chain walks walk trees tree forests boosting bagging
    ensembles ensemble neurons neuron layers layer architectures architecture perceptron
    perceptrons autoencoders autoencoder diffusion diffusions score scores matching
    alignment retrieval search ranking recommendation agents agent environments
    environment planning robots robotics robot vehicles hypergraphs polynomials polynomial
    splines spline wavelets wavelet frames bases basis channels channel coding compression
    quantization sketching hashing streaming testing tests test selection screening lasso
    regularizers penalties penalty constraints constraint duality dual primal proximal
    splitting semigroups approximations integrals integral sums products limits theorems
    theorem lemma conjecture proof proofs principle principles rules rule circuits circuit
    devices device sensors sensor materials material cells cell proteins protein
    molecules molecular particles particle waves wave fluids fluid turbulence
    gaussian markovian hamiltonian lagrangian riemannian euclidean deterministic adaptive
    accelerated federated decentralized decentralised parallel asynchronous implicit
    explicit nonsmooth smooth shallow wide infinite finite discrete continuous global
    local exact approximate fair structured unsupervised supervised contrastive
    discriminative probabilistic nonparametric parametric spectral conditional functional
    combinatorial quadratic minimax scalable simple provable universal temporal spatial
    visual multimodal hierarchical recurrent convolutional graphical latent hidden mixed
    mixture mixtures
    physique theorique chimie biologie informatique mathematiques geometrie appliquee
    appliquees statistique statistiques probabilites ecologie geologie neurosciences
    linguistique sociologie mecanique electronique theoretical applied investigator
    systèmes systemes réseaux reseaux intelligents
    design materials metallurgy humanities
    doctorant doctorante doktorand doktorandin élève titular titulares catedrático catedrática
    die arbeit dissertation doktorarbeit promotion meine
    contrato contratado contratada becario becaria científico científica
    científic catedràtic catedràtica
    betreuer betreuerin hauptbetreuer hauptbetreuerin zweitbetreuer zweitbetreuerin
    lehrstuhl arbeitsgruppe fachbereich fachgebiet forschungsgruppe forschungsbereich
    """.split()
)

#: Given names that are (almost) never family names: when a two-word name without comma
#: or capitals ends with one of these and does not start with one, it was written
#: family-first ("Ducros Alix" → "Alix Ducros").  Deliberately European-only and free of
#: names that are also common surnames (Martin, Thomas, Bernard, Laurent, Simon…), so
#: Asian names written family-first by choice keep the order written.
_GIVEN_ONLY_TEXT = """
    Adèle Adrien Agathe Agnès Aurélie Aurélien Alix Alexandre Alexandra Alexis Alice Aline
    Amandine Amélie Anaïs Anne-Sophie Annabelle Anthony Arnaud Arthur Aude Audrey Axel
    Baptiste Bastien Béatrice Benjamin Bérénice Brigitte Camille Capucine Carole Caroline
    Cécile Céline Chantal Charlotte Chloé Christelle Christine Christophe Claire Clarisse
    Clément Clémence Coralie Corentin Cyril Cyrille Damien Delphine Diane Dominique Édouard
    Edouard Élisa Elisa Élise Élodie Elodie Éloïse Émilie Emilie Emma Emmanuel Emmanuelle
    Estelle Étienne Eugénie Fabien Fabienne Fabrice Fanny Florence Florian Florent Francis
    François Françoise Frédéric Frédérique Gaëlle Gaétan Gaspard Geneviève Geoffrey
    Ghislain Gilles Grégory Guillaume Hélène Hervé Hugo Hugues Ingrid Isabelle
    Jacqueline Jean-Baptiste Jean-Charles Jean-Christophe Jean-François Jean-Luc Jean-Marc
    Jean-Michel Jean-Paul Jean-Philippe Jean-Pierre Jérémie Jérémy Jérôme Joël Joëlle
    Johanna Jonathan Josiane Julie Julien Juliette Justine Karine Laetitia Laure Laurence
    Léa Léo Léon Léonie Lise Louise Lucie Ludovic Lydie Maëlle Maëva Manon Marianne
    Marie Marie-Claire Marie-Laure Marine Marion Marthe Mathilde Maud Maxime Mélanie
    Mélissa Micheline Mireille Morgane Muriel Mylène Nadège Nadine Nathalie Nicolas Noémie
    Océane Odile Olivia Ophélie Pascale Pauline Perrine Philippe Quentin Raphaël Raphaëlle
    Régis Rémi Rémy Romain Romane Sabine Sandrine Sébastien Séverine Solène Sophie
    Stéphane Stéphanie Sylvain Sylvie Tatiana Théo Théophile Thibault Thibaut Thierry
    Timothée Valentin Valentine Valérie Véronique Victoire Virginie Xavier Yann Yannick
    Yves Yvonne Zoé
    Alessandro Alessia Andrea Antonio Beatrice Carlo Chiara Claudio Daniele Davide
    Elena Emanuele Enrico Federica Federico Francesca Francesco Gabriele Giacomo Gianluca
    Giovanni Giulia Giuseppe Lorenzo Luca Marco Matteo Paolo Riccardo Roberto Stefano
    Alejandro Alberto Andrés Carlos Diego Eduardo Fernando Javier Jorge José Juan Lucía
    Manuel María Miguel Pablo Raúl Sergio João Luís Inês Rafael
    Annika Birgit Christoph Dieter Dirk Florian Heike Jan Jörg Jürgen Katrin Klaus Lukas
    Matthias Sabine Stefan Tobias Ulrike Uwe Wolfgang
    Andrew Anthony Benjamin Brian Christopher Daniel Elizabeth Emily Eric Gregory Jennifer
    Jessica Jonathan Joshua Katherine Kevin Laura Matthew Melissa Michelle Nicholas Rachel
    Rebecca Ryan Samuel Sarah Stephanie Stephen Steven Susan Timothy
    Akira Aiko Akiko Ayaka Ayumi Daichi Daiki Daisuke Haruka Haruto Hayato Hiroki Hiroshi
    Hiroyuki Kaito Kaori Kazuki Kazuya Keiko Keisuke Kenichi Kenji Kenta Kosuke Kota
    Makoto Masahiro Masato Megumi Michiko Misaki Miyu Naoki Naoko Natsumi Noriko Riku
    Ryota Sayaka Satoshi Shinji Shota Shun Sora Sota Hina Takashi Takeshi Takumi Takuya Tatsuya
    Tetsuya Tomoko Tomoya Yoko Yui Yuna Yusuke Yuta Yuto Yumiko
    Ágnes Ákos Anikó Bálint Boglárka Csilla Dóra Dorottya Emőke Enikő Erzsébet Eszter
    Gellért Gyöngyi Hajnalka Ildikó Imre Judit Katalin Kinga Krisztina Levente Márta
    Miklós Nóra Orsolya Réka Szabolcs Tímea Tünde Zsófia Zsolt Zoltán Zsuzsanna
    """
#: Given names that are also frequent family names: never a signal of order.
_GIVEN_OR_FAMILY_TEXT = """
    Martin Thomas Bernard Laurent Simon Michel David Richard Robert Vincent Henry Henri
    Lambert Mathieu Gérard Lucas Benoît Germain Antoine Olivier Denis Roger Marc Louis
    Pierre Paul Jacques Jean Guy Rose Leroy Roux Victor Adam Joseph Daniel Alexandre
    Julien Arnaud Fabre Gauthier Clément Rémy Raymond Charles Philippe Hugo Maxime Noël
    Ghislain Grégoire Baptiste Bastien
    """

# ---------------------------------------------------------------------------
# Compiled patterns
# ---------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# Finds what r"[ÃÂÅÄÆÐâ][\u0080-\u00bf\u2018-\u203a\u0152-\u0192]|â€|Ã" finds, written to start
# with one class (the engine then scans for it instead of trying three branches everywhere).
_MOJIBAKE_HINT = re.compile(
    r"[ÃÂÅÄÆÐâ](?:(?<=Ã)|[\u0080-\u00bf\u2018-\u203a\u0152-\u0192]|(?<=â)€)"
)
_LATEX_HINT = re.compile(r"[\\{}~$]")
_LATEX_ACCENT = re.compile(r"\\([`'^\"~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))")
_LATEX_LETTER_ACCENT = re.compile(r"\\([cvuHkrdb])(?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+([A-Za-z]))")
_LATEX_SYMBOL = re.compile(r"\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])\s*")
_LATEX_COMMAND = re.compile(r"\\(?:textsc|textbf|textit|emph|mathrm|mbox|text|url)\s*")
# Equal-contribution / affiliation marks: "$^{*}$", "$^\dagger$", "\thanks{...}".
_LATEX_MARK = re.compile(
    r"(?<!\\)\^\s*(?:\{[^{}]*\}|\\?\w+|\S)|\\(?:thanks|footnote)\s*\{[^{}]*\}|"
    r"\\(?:dagger|ddagger|star|ast|textdagger|textasteriskcentered|footnotemark|S|P)(?![A-Za-z])"
)
_LATEX_SPACE = re.compile(r"\\[ ,;]")
_LATEX_ACCENTS = {
    "`": "\u0300",
    "'": "\u0301",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "c": "\u0327",
    "v": "\u030c",
    "u": "\u0306",
    "H": "\u030b",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}
_LATEX_SYMBOLS = {
    "ss": "ß",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "o": "ø",
    "O": "Ø",
    "l": "ł",
    "L": "Ł",
    "i": "i",
    "j": "j",
}
# Every character that one of the repairs of repair_text starts from (invisible marks,
# mojibake leads, LaTeX, spacing accents): a text without any is only NFC-normalised.
_REPAIR_HINT = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeffÃÂÅÄÆÐâ\\{}~$´¨˜ˆ¸]")
# PDF text from LaTeX fonts: the accent is a separate spacing character ("R´emi").
_SPACING_ACCENT = re.compile(r"([´`¨ˆ˜¸˚ˇ˘˝˙])\s?([A-Za-z])")
SPACING_ACCENTS = {
    "´": "\u0301",
    "`": "\u0300",
    "¨": "\u0308",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "¸": "\u0327",
    "˚": "\u030a",
    "ˇ": "\u030c",
    "˘": "\u0306",
    "˝": "\u030b",
    "˙": "\u0307",
}

MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
HONORIS_CAUSA = re.compile(r"(?<!\w)h\.\s?c\.")
_PARENTHETICAL = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]")
# A nickname quoted between the given and the family name (never "Maarten 't Hooft").
_NICKNAME = re.compile(r"(?<=\S)\s+[\"“«‘'][^\W\d_][\w.\- ]{0,20}?[\"”»’'](?=\s+\S)")
_CALLED_NAME = re.compile(
    r"(?<![\w.])(?:[A-ZÀ-Þ]\.\s?){1,5}\s*\(([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)\)\s*"
)
# Affiliation and equal-contribution marks: * † ‡ § ¶ # superscripts, "1,2" glued digits.
_MARKS = re.compile(r"[*†‡§¶#✉⁎∗⋆☆★♠♣♥♦\u00b9\u00b2\u00b3\u2070-\u209f\u02b0-\u02ff^]+")
_DIGIT = re.compile(r"\d")
# A name's native-script gloss beside its Latin form ("林冠宇 Kuan-Yu Lin", "김민준 Minjun
# Kim"): the Han, kana or Hangul run is dropped when Latin letters remain.
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_])\d+(?:\s*,\s*\d+)*\b")
_FOLD_PUNCT = re.compile(r"[.\-‐‑–,'’]")
_HYPHENS = re.compile(r"\s*[‐‑–-]\s*")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
_INITIAL_GLUE = re.compile(r"(?<=\.)(?=[^\W\d_])")
_NON_NAME_CHARS = re.compile(r"[^\w\s.'’\-‐‑]|\d|_")
# (and the Arabic article or kin word hyphened to a capital: "al-Khatib", "el-Sayed",
# "ul-Haq", "bin-Talal", "abu-Bakr")
_ELIDED_PARTICLE = re.compile(
    r"(?:d|l|dell|dall|degl|o)['’](?=\w)|(?:al|el|ul|ad|ed|as|ash|at|az|ar|an|bin|ibn|abu)-(?=[A-ZÀ-Þ])"
)
_COMMA_SUFFIX = re.compile(
    r"(?:\s*,\s*(?:Ph\.?\s?D|Jr|Sr|HDR|M\.?D|M\.?Sc|MBA|II|III|IV|CSc|DrSc|FRSE?|FREng|"
    r"M\.\s?Eng|B\.?\s?Sc|S\.\s?Si|M\.\s?Si|M\.\s?Kom|S\.\s?Kom)\.?)+\s*$",
    re.IGNORECASE,
)
# Two-letter degrees that are also initials ("S.T., M.T." of an Indonesian lecturer): only
# cut after a name that has its own comma-free given-first form and two commas or more.
_COMMA_DEGREES = re.compile(r"(?:\s*,\s*[A-Z]\.\s?[A-Z][a-z]{0,3}\.?)+\s*$")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_INITIAL_PARTS = re.compile(r"[.\-‐‑]")
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝŒ")
#: Capitals beyond Latin-1 ("Ş", "Ł", "Ő", "Č"), for character classes of initials.
EXTENDED_CAPITALS = "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())


#: Letters NFKD leaves whole although readers drop their stroke ("Øystein" = "Oystein"),
#: and Turkish dotless "ı" ("Yıldırım" = "Yildirim", as capitals and English pages write it).
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i"}
)


class _AccentStrip(dict):
    """str.translate table of :func:`fold` after NFKD: drops combining marks and the
    strokes of :data:`_UNDECOMPOSED`.  Filled on first sight of each character, so a
    name costs C look-ups rather than a Python test per character."""

    def __missing__(self, code: int) -> int | str | None:
        value = None if unicodedata.combining(chr(code)) else _UNDECOMPOSED.get(code, code)
        self[code] = value
        return value


_ACCENT_STRIP = _AccentStrip()


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Fold a name for comparison as ``shared/eval/score.py`` does, and also strip the
    stroke of ø, đ, ł that NFKD keeps.

    NFKD accent strip, casefold, ``.``/``-``/``,``/apostrophes to spaces, spaces collapsed.

    >>> fold("  Rémi  GRIBONVAL ")
    'remi gribonval'
    >>> fold("Quoc-Tung Le") == fold("quoc tung LE")
    True
    """
    text = text or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = text.translate(_ACCENT_STRIP)
    return " ".join(_FOLD_PUNCT.sub(" ", text.casefold()).split())


#: Two-word places whose words are also family names ("Kong", "Hong"): only the pair is
#: not a person.
PLACE_NAMES = frozenset(
    {"hong kong", "new york", "san jose", "santa cruz", "costa rica", "los angeles"}
)
#: What the last token of a place folds to: its last word, the whole place, or nothing
#: (fold works character by character, so a pair folds to its tokens' folds joined).
_PLACE_ENDS = frozenset({"", *PLACE_NAMES, *(place.split()[-1] for place in PLACE_NAMES)})


def _is_place(tokens: list[str]) -> bool:
    """Whether two tokens name a place; the last token's fold (cached: family names
    recur) rules out nearly every name before the pair is folded."""
    return fold(tokens[-1]) in _PLACE_ENDS and fold(" ".join(tokens)) in PLACE_NAMES


GIVEN_ONLY = frozenset(fold(name) for name in _GIVEN_ONLY_TEXT.split())
GIVEN_OR_FAMILY = frozenset(fold(name) for name in _GIVEN_OR_FAMILY_TEXT.split())


def _latex_accent(match: re.Match) -> str:
    letter = match.group(2) or match.group(3)
    letter = _LATEX_SYMBOLS.get(letter[1:], letter[1:]) if letter.startswith("\\") else letter
    return letter + _LATEX_ACCENTS[match.group(1)]


def repair_text(text: str) -> str:
    """Undo the damage pages do to names: mojibake, LaTeX escapes, split PDF accents.

    >>> repair_text("RÃ©mi"), repair_text("R{\\\\'e}mi"), repair_text("R´emi")
    ('Rémi', 'Rémi', 'Rémi')
    """
    if text.isascii():
        # (of the hint's characters, ASCII holds only LaTeX's: five substring tests are
        # cheaper than the pattern's scan, and NFC leaves ASCII as it is)
        if not ("\\" in text or "{" in text or "}" in text or "~" in text or "$" in text):
            return text
    elif not _REPAIR_HINT.search(text):
        return unicodedata.normalize("NFC", text)  # nothing below would change it
    plain = text.isascii()  # then neither invisible marks nor mojibake
    if not plain and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)  # soft hyphens and zero-width marks from HTML/PDF
    if not plain and _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, normalization="NFC")
    if _LATEX_HINT.search(text):
        text = _LATEX_MARK.sub("", text)
        text = _LATEX_COMMAND.sub("", text)
        text = _LATEX_ACCENT.sub(_latex_accent, text)
        text = _LATEX_LETTER_ACCENT.sub(_latex_accent, text)
        text = _LATEX_SYMBOL.sub(lambda m: _LATEX_SYMBOLS[m.group(1)], text)
        text = _LATEX_SPACE.sub(" ", text)
        text = text.replace("~", " ").replace("{", "").replace("}", "").replace("\\", "")
        text = text.replace("$", "")
    if "´" in text or "¨" in text or "˜" in text or "ˆ" in text or "¸" in text:
        text = _SPACING_ACCENT.sub(lambda m: m.group(2) + SPACING_ACCENTS[m.group(1)], text)
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# Token classes
# ---------------------------------------------------------------------------


def _letters(token: str) -> str:
    return token if token.isalpha() else _NON_LETTERS.sub("", token)


# The token predicates below run while a name is first parsed, mostly on tokens never
# seen before: only the costly part is cached (a cache miss costs more than a cheap test).


def _is_initials(token: str) -> bool:
    """``J.``, ``J``, ``J.-P.``, ``Q-T.``, ``J.P.``, ``Ch.``: a given name written short."""
    if "." not in token and "-" not in token:
        # "JP" is decided by _is_caps_initials; "Zs", "Gy" (Hungarian letters, the list's
        # last dot stripped with the text's) are no names of their own.
        return len(token) == 1 and token.isupper() or token in _DIGRAPH_INITIALS
    return _is_dotted_initials(token)


@lru_cache(maxsize=1 << 16)  # (initials recur: "J.", "J.-P.")
def _is_dotted_initials(token: str) -> bool:
    parts = [p for p in _INITIAL_PARTS.split(token) if p]
    if not parts:
        return False
    for index, part in enumerate(parts):
        if len(part) == 1 and part.isupper():
            continue
        if index and len(part) == 1 and part.islower() and f"-{part}" in token:
            continue  # "H.-w.", "J.-h." (a Korean given name's second syllable, lower case)
        # Short forms of given names: "Ch." (Charles), "Th." (Thomas), "Chr." (Christian).
        if part in ABBREVIATED_GIVEN and "." in token:
            continue
        return False
    return True


# Family names without a vowel, in capitals after given names ("Jun Wei NG"), not initials.
_VOWELLESS_SURNAMES = frozenset(("NG",))


def _is_caps_initials(token: str) -> bool:
    """``JP``, ``AY`` in Vancouver lists: 1-3 capitals, no dots, read as initials only
    when they cannot be a short capitalised surname (a vowel-less cluster)."""
    return (
        1 <= len(token) <= 3
        and token.isalpha()
        and token.isupper()
        and (len(token) == 1 or not (_VOWELS & set(token)))
    )


def is_initials(token: str) -> bool:
    """Whether one token is a given name written as initials ("J.", "J.-P.", "JP").

    >>> is_initials("J.-P."), is_initials("Q-T."), is_initials("Jo")
    (True, True, False)
    """
    return _is_initials(token) or _is_caps_initials(token)


def _is_title_word(token: str) -> bool:
    """``Kwok``, ``Wai-ming``: a capital, then lower-case letters (a hyphen may join two)."""
    return len(token) >= 2 and token[0].isupper() and token[1:].replace("-", "").islower()


def _cantonese_with_western(family: list[str], given: str) -> bool:
    """ "LAU Chi Keung" before ", Kelvin": a capitalised family name and a one- or
    two-word Chinese given name before the comma, one Western given name after it."""
    return (
        2 <= len(family) <= 3
        and (
            family[0] in _VOWELLESS_SURNAMES
            or _is_caps_word(family[0])
            and not _is_caps_initials(family[0])
        )
        and all(_is_title_word(t) and _chinese_syllables(t) for t in family[1:])
        and "-" not in given
        and _is_title_word(given)
    )


def _chinese_syllables(word: str) -> bool:
    """ "Keung", "Wai-ming", "Sze": one romanised Chinese syllable, or two joined by a hyphen."""
    return all(
        _CHINESE_SYLLABLE.fullmatch(part) or part.casefold() in _CANTONESE_SYLLABLES
        for part in word.split("-")
    )


_CANTONESE_SYLLABLES = frozenset(("sze", "tsz", "szeto"))
# "LAU Chi Keung, Kelvin", "CHEUNG Wing Sze, Vivian": a Hong Kong or Singapore staff list's
# capitalised family name and Chinese given name, then after the comma the Western given
# name the person goes by (no other name word follows it).
_CAPS_FAMILY_WESTERN = re.compile(
    r"(?<![\w.-])([A-Z]{2,10})((?:[ \t]+[A-Z][a-z]{1,6}(?:-[a-z]{1,6})?){1,2}),[ \t]+"
    r"([A-Z][a-z]{2,14})(?![\w'’-])(?![ \t]*,?[ \t]*[A-Z][a-z]*\.?[ \t]+[A-Z])"
)


def _western_first(match: re.Match[str]) -> str:
    if not all(map(_chinese_syllables, match.group(2).split())):
        return match.group()
    return f"{match.group(3)} {match.group(1)}"


# "李佳琪 (LI Jiaqi, 2021–)", "박지훈 (Park Ji-hoon)": a name in its own script, then its
# romanised form in brackets (with the entry's other words after a comma)
_NATIVE_THEN_ROMAN = re.compile(
    r"(?<![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,4}"
    r"(?:[ \u3000][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,4})?"
    r"[ \t\u3000]*[(（][ \t]*([A-Z][A-Za-z]*(?:-[a-z]+)?(?:[ \t]+[A-Z][A-Za-z]*(?:-[a-z]+)?){1,2})"
    r"[ \t]*(?:[)）]|[,，;][ \t]*([^()（）\n]{1,80})[)）])"
)
# UTF-8 lead bytes of U+3000–U+DFFF (kana, CJK ideographs, Hangul)
_NATIVE_SCRIPT_LEADS = tuple(bytes([lead]) for lead in range(0xE3, 0xEE))


def _roman_first(match: re.Match[str]) -> str:
    return f"{match.group(1)} ({match.group(2)})" if match.group(2) else match.group(1)


def romanised_names_first(text: str) -> str:
    """ "李佳琪 (LI Jiaqi, 2021–)" → "LI Jiaqi (2021–)": the romanised name in the native
    one's place, the entry's other words still in its bracket.

    >>> romanised_names_first("Ph.D.: 李佳琪 (LI Jiaqi, 2021–), 王伟 (Wang Wei)")
    'Ph.D.: LI Jiaqi (2021–), Wang Wei'
    """
    if "(" not in text and "（" not in text or not writes_lead_byte(text, _NATIVE_SCRIPT_LEADS):
        return text
    return _NATIVE_THEN_ROMAN.sub(_roman_first, text)


def western_names_first(text: str) -> str:
    """ "Dr LAU Chi Keung, Kelvin" → "Dr Kelvin LAU": the name as the person signs it (a
    comma inside one name would otherwise split it in two).

    >>> western_names_first("Chief Supervisor: Prof. YIP Siu Fai, Raymond (2022)")
    'Chief Supervisor: Prof. Raymond YIP (2022)'
    """
    if not _comma_after_caps_name(text):
        return text
    return _CAPS_FAMILY_WESTERN.sub(_western_first, text)


# ", Kelvin": a given name after a comma (a literal first character: a fast scan of a page)
_COMMA_GIVEN = re.compile(r",[ \t]+[A-Z][a-z]")


def _comma_after_caps_name(text: str) -> bool:
    """Whether a capitals word stands one or two words before a ", Given" (what
    ``_CAPS_FAMILY_WESTERN`` needs): a cheap test before its slow scan of the whole page."""
    for comma in _COMMA_GIVEN.finditer(text):
        at = comma.start()
        # (a loop, no generator per comma: an author list writes one ", Given" per author)
        for word in text[max(0, at - 40) : at].split()[-3:-1]:
            if len(word) > 1 and word[-2:].isupper():
                return True
    return False


def _is_caps_word(token: str) -> bool:
    return token.isupper() and len(_letters(token)) >= 2


def _title_case(token: str, turkish: bool = False) -> str:
    """``VAITER`` → ``Vaiter``, ``SILVETI-FALLS`` → ``Silveti-Falls``, ``O'NEIL`` → ``O'Neil``
    (*turkish*: dotless ``I`` lowers to ``ı``, dotted ``İ`` to ``i``: ``YILDIZ`` → ``Yıldız``)."""
    out, start = [], True
    for char in token:
        if start:
            out.append(char.upper())
        elif turkish and char in "Iİ":
            out.append("ı" if char == "I" else "i")
        else:
            out.append(char.lower())
        start = not char.isalpha()
    return "".join(out)


# A name spelled with Turkish (or Azeri) letters: "ğ", "ı", "İ", or "ş" beside "ü", "ö",
# "ç" (Romanian's "ş" has "ă", "â", "ţ" beside it instead).
_TURKISH_ONLY = frozenset("ğĞıİ")
_TURKISH_S = frozenset("şŞ")
_TURKISH_VOWELS = frozenset("üöçÜÖÇ")


def _turkish_letters(tokens: list[str]) -> bool:
    letters = set("".join(tokens))
    return not _TURKISH_ONLY.isdisjoint(letters) or (
        not _TURKISH_S.isdisjoint(letters) and not _TURKISH_VOWELS.isdisjoint(letters)
    )


def _normal_initials(token: str) -> str:
    """``J.-P.`` / ``J-P`` / ``JP`` / ``J.P.`` → ``J.-P.`` or ``J. P.``."""
    if "." not in token and "-" not in token and token.isupper() and len(token) > 1:
        return " ".join(f"{c}." for c in token)
    groups = [g for g in _HYPHENS.split(token) if g]
    out = []
    for group in groups:
        parts = [p for p in group.split(".") if p]
        out.append(". ".join(parts) + ".")
    return "-".join(out) if len(groups) > 1 else out[0]


# ---------------------------------------------------------------------------
# PersonName
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonName:
    """One person name read from a page.

    ``given`` is as written ("Quoc-Tung", "J.-P.", "Hoa T."), ``family`` includes its
    particles ("van der Berg"), ``particles`` repeats them for sorting and keys;
    ``initials_only`` when the given name is only initials; ``order_known`` when the
    text told which part is the family name (comma, capitals, initials, particles).

    The derived forms (``display``, ``key``, ``given_parts``, ``family_key``, ``initial``)
    are computed once, on first use: a parsed name is cached and then compared many times
    (and the graph parses hundreds of thousands of forms it does not all compare).
    """

    given: str
    family: str
    particles: str = ""
    initials_only: bool = False
    order_known: bool = False
    #: "Given Family" in the order that reads naturally for the name.
    display: str = field(init=False, repr=False, compare=False)
    #: :func:`name_key` of the name.
    key: str = field(init=False, repr=False, compare=False)
    #: Folded given name: "Quoc-Tung" → "quoc tung".
    given_key: str = field(init=False, repr=False, compare=False)
    #: Folded given-name parts: "Quoc-Tung" → ("quoc", "tung"), "J.-P." → ("j", "p").
    given_parts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    family_key: str = field(init=False, repr=False, compare=False)
    #: :func:`initial_key` of the name.
    initial: str = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)

    def __getattr__(self, name: str):
        # Only called when a slot is unset: the derived forms, before their first use.
        if name not in _DERIVED_FIELDS:
            raise AttributeError(name)
        self._derive()
        return object.__getattribute__(self, name)

    def _derive(self) -> None:
        display = f"{self.given} {self.family}".strip()
        given_key = fold(self.given)
        parts = tuple(given_key.split())
        if " " in self.given and any(t in PARTICLES for t in self.given.split()):
            # "Maria da Conceição" ~ "M. C.": a lower-case particle inside a given name
            # has no initial of its own.
            parts = tuple(
                fold(" ".join(t for t in self.given.split() if t not in PARTICLES)).split()
            )
        family_key = fold(self.family)
        setattr_ = object.__setattr__
        setattr_(self, "display", display)
        # fold(display), from the parts' folds (fold is per character, spaces collapse).
        setattr_(
            self,
            "key",
            f"{given_key} {family_key}" if given_key and family_key else given_key or family_key,
        )
        setattr_(self, "given_key", given_key)
        setattr_(self, "given_parts", parts)
        setattr_(self, "family_key", family_key)
        setattr_(self, "initial", f"{parts[0][0]} {family_key}" if parts else family_key)
        # The hash the generated one would give (same fields), computed once.
        setattr_(
            self,
            "_hash",
            hash((self.given, self.family, self.particles, self.initials_only, self.order_known)),
        )

    def __hash__(self) -> int:
        return self._hash

    def __getstate__(self) -> tuple:
        """Pickled as the five fields read; the derived forms are recomputed."""
        return (self.given, self.family, self.particles, self.initials_only, self.order_known)

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(_READ_FIELDS, state, strict=False):
            object.__setattr__(self, name, value)

    def __str__(self) -> str:
        return self.display


_READ_FIELDS = ("given", "family", "particles", "initials_only", "order_known")
_DERIVED_FIELDS = frozenset(
    ("display", "key", "given_key", "given_parts", "family_key", "initial", "_hash")
)


#: Every slot but the hash: what :func:`name_state` hands to another process.
_STATE_FIELDS = (
    *_READ_FIELDS,
    "display",
    "key",
    "given_key",
    "given_parts",
    "family_key",
    "initial",
)


def name_state(name: PersonName) -> tuple:
    """A parsed name with its derived forms, as a plain tuple: a process that parsed it
    hands it over without the receiver folding the name again (:func:`name_from_state`)."""
    return tuple(getattr(name, field_name) for field_name in _STATE_FIELDS)


def name_from_state(state: tuple) -> PersonName:
    """The :class:`PersonName` that :func:`name_state` described (equal, same hash)."""
    name = object.__new__(PersonName)
    setattr_ = object.__setattr__
    for field_name, value in zip(_STATE_FIELDS, state, strict=True):
        setattr_(name, field_name, value)
    setattr_(name, "_hash", hash(state[:5]))
    return name


def called_name(text: str) -> str:
    """*text* with Dutch initials before the bracketed name one is called by (roepnaam)
    written as that name: "E.C. (Evelien) Zandbergen" → "Evelien Zandbergen"."""
    return _CALLED_NAME.sub(r"\1 ", text.lstrip()) if "(" in text else text


def called_name_in_place(text: str) -> str:
    """:func:`called_name` keeping *text*'s width: the called name right-aligned where its
    initials stood, so that offsets after it stay those of *text*."""
    return _CALLED_NAME.sub(lambda m: m.group(1).rjust(len(m.group()) - 1) + " ", text)


_ITALIAN_FEMININE_TITLE = re.compile(r"(?i)\b(prof|dott|dr)\.ssa\b\.?")


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``, skipped when *text* is already so (most texts are):
    of the characters ``str.split`` splits at, only the ASCII space is printable, so a
    printable text without doubled or edge spaces has nothing to collapse."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _strip_decorations(text: str) -> str:
    """Drop markup, marks and parentheses around a name; keep the name's own characters."""
    if not text.isascii() and ("(" in text or "（" in text):
        text = han_glossed_family_first(text)
    if "[" in text and "](" in text:
        text = MARKDOWN_LINK.sub(r"\1", text)
    if "(" in text or "[" in text:
        if "." in text:
            # "E.C. (Evelien) Zandbergen": Dutch initials, then the name one is called by
            text = called_name(text)
        text = _PARENTHETICAL.sub(" ", text)
    if '"' in text or "“" in text or "«" in text or "‘" in text or "'" in text:
        text = _NICKNAME.sub(" ", text)  # 'Alexandra "Sasha" Reid', "Thomas 'Tom' Greer"
    text = _MARKS.sub(" ", text)
    if not text.isascii() and _CJK_RUN.search(text) and _LATIN_LETTER.search(text):
        text = _CJK_RUN.sub(" ", text)
    if "h.c." in text or "h. c." in text:
        text = HONORIS_CAUSA.sub(" ", text)  # "Prof. Dr. Dr. h.c. A": an honorary doctorate
    text = text.replace("_", " ").replace("`", " ").replace("\u00a0", " ")
    if _DIGIT.search(text):  # (the pattern itself only matches at a digit)
        text = _GLUED_DIGITS.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    if "-" in text or "–" in text or "‐" in text or "‑" in text:
        text = _HYPHENS.sub("-", text)  # "Quoc - Tung" → "Quoc-Tung", "Q -T." → "Q-T."
    return single_spaced(text).strip(" ,;:.\t\n\"'“”«»")


# "M.Sc.", "B. Sc." written before a name (a German team page's doctoral students).
_SCIENCE_DEGREE = re.compile(r"\b([MB])\.\s?Sc\.")


# An Austrian professor's rank glued before "Univ." ("O.Univ.Prof.", "ao.Univ.-Prof.").
_FULL_PROFESSOR_RANK = re.compile(r"(?<![\w.])(?:[Aa]\.?[Oo]\.|O\.)\s?(?=Univ\.)")


def _tokens(text: str) -> list[str]:
    if "." in text:
        if "ssa" in text:
            text = _ITALIAN_FEMININE_TITLE.sub(r"\1ssa", text)  # "prof.ssa A": one title
        if "Sc." in text:
            text = _SCIENCE_DEGREE.sub(r"\1Sc.", text)  # "M.Sc. A": one degree, no initials
        if "Univ" in text:
            text = _FULL_PROFESSOR_RANK.sub("", text)  # "O.Univ.Prof. A": no initial "O."
        text = _INITIAL_GLUE.sub(" ", text)  # "J.Bolte" → "J. Bolte", "J.-P.Dupont"
    tokens = [t for t in text.split() if t not in {"-", "'"}]
    if "-" not in text:
        return tokens  # (no "-P." to merge)
    # Merge "J. -P." split by the glue rule back into one initials token.
    merged: list[str] = []
    for token in tokens:
        if merged and token.startswith("-") and _is_initials(merged[-1]):
            merged[-1] += token
        else:
            merged.append(token)
    return merged


def _split_glued(token: str) -> list[str]:
    """``AdaQuill`` → ``Ada Quill``; keeps ``LeCun``, ``McDonald``, ``MacKay`` whole."""
    pieces = _CAMEL.split(token)
    if len(pieces) != 2:
        return [token]
    left, right = pieces
    if len(left) < 3 or len(right) < 3 or left.casefold() in GLUE_PREFIXES:
        return [token]
    if right[-1].isupper() and not right.isupper():
        return [token]  # "GalPaK", "ProbNumK": a software's camel case, no glued name
    return [left, right]


# Any German diploma written before a name ("Dipl.-Biol.", "Dipl.-Geogr.", "Dipl.-Wirt.-Ing.").
_DIPLOMA_TITLE = re.compile(r"(?i)dipl\.-?(?:[a-zäöü]+\.-?){1,3}")


# "dell'Ing. A", "all'Ing. B" (an Italian article elided onto the title before a name).
_ELIDED_TITLE = re.compile(r"(?i)(?:dell|dall|all|sull|nell|l)['’](?P<title>\w+\.?)$")


def _strip_titles(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and (
        tokens[0].casefold() in TITLES
        or tokens[0].casefold() in TITLES_BEFORE_TITLE
        and len(tokens) > 2
        and tokens[1].casefold() in TITLES
        or tokens[0][:4].casefold() == "dipl"
        and _DIPLOMA_TITLE.fullmatch(tokens[0])
        or ("'" in tokens[0][1:5] or "’" in tokens[0][1:5])
        and (elided := _ELIDED_TITLE.match(tokens[0])) is not None
        and elided.group("title").casefold() in TITLES
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].casefold().rstrip(",") in SUFFIXES:
        tokens = tokens[:-1]
    return tokens


@lru_cache(maxsize=1 << 16)
def _token_ok(token: str) -> bool:
    """Whether one token may belong to a person name (cached: the same given and family
    names recur across thousands of names)."""
    if _is_initials(token) or token in PARTICLES:
        return True
    if _NON_NAME_CHARS.search(token):
        return False
    match = _ELIDED_PARTICLE.match(token)  # "d'Aspremont", "dell'Orto"
    if match is None and token[1:2] in ("'", "’") and token[:1] in ("L", "D"):
        # "L'équipe", "D'Université" opening a sentence: an article before a common noun
        rest = _letters(token[2:]).casefold()
        if rest in NOT_NAME_WORDS or fold(rest) in NOT_NAME_WORDS:
            return False
    letters = _letters(token[match.end() :] if match else token)
    if not letters or letters[0].islower():
        return False  # caseless scripts (CJK, Arabic) pass
    lowered = letters.casefold()
    if lowered in NOT_NAME_WORDS or (not lowered.isascii() and fold(lowered) in NOT_NAME_WORDS):
        return False
    # "Energiecentrum", "Forschungszentrum", "Energiinstitut": a Germanic or Nordic compound
    # ending on an institution's head word names a body, never a person
    return not (len(lowered) > 9 and lowered.endswith(_INSTITUTION_COMPOUND_ENDS))


_INSTITUTION_COMPOUND_ENDS = (
    "centrum",
    "zentrum",
    "institut",
    "instituut",
    "institutt",
    "instituttet",
    "institutet",
    "universitet",
    "laboratorio",
    "laboratorium",
    "laboratoriet",
    "keskus",
)


def _core_count(tokens: list[str]) -> int:
    return sum(t not in PARTICLES and not _is_initials(t) for t in tokens)


#: Conjunctions joining an Iberian or Catalan double surname ("Ortega y Salcedo").
_SURNAME_JOINS = frozenset(("y", "e", "i"))


def _family_start(tokens: list[str]) -> int:
    """Index where the family name starts in a given-first name (particles included)."""
    start = len(tokens) - 1
    while start > 1 and (tokens[start - 1] in PARTICLES or tokens[start - 1] in CAPITAL_PARTICLES):
        start -= 1
        if tokens[start] in _SURNAME_JOINS and start > 1:
            # "Francisco Javier Ortega y Salcedo", "Thiago da Costa e Mello": "y"/"e"/"i"
            # joins two surnames, the one before it belongs to the family name too
            start -= 1
    return start


def _build(given: list[str], family: list[str], *, order_known: bool) -> PersonName | None:
    if not family or (given and given[0] in PARTICLES):
        return None  # "ENS de Lyon" read as family "ENS", given "de Lyon": not a name
    caps_family = all([_is_caps_word(t) or t.lower() in PARTICLES for t in family])
    turkish = _turkish_letters(given) or _turkish_letters(family)
    fam_out = []
    for index, token in enumerate(family):
        if _is_caps_word(token) or caps_family:
            lower = token.lower()
            if lower in LOWER_PARTICLES and index < len(family) - 1:
                token = lower
            else:
                token = _title_case(token, turkish)
        fam_out.append(token)
    given_out = []
    initials_only = bool(given)
    for token in given:
        if _is_initials(token) or _is_caps_initials(token):
            given_out.append(_normal_initials(token))
        else:
            initials_only = False
            given_out.append(_title_case(token, turkish) if _is_caps_word(token) else token)
    particles = " ".join([t for t in fam_out[:-1] if t.lower() in PARTICLES])
    # (Positional, in field order: given, family, particles, initials_only, order_known.)
    return PersonName(" ".join(given_out), " ".join(fam_out), particles, initials_only, order_known)


# "Ada Quill": two capitalised words of ASCII letters, the form most names are written
# in; they need none of the general reading's clean-up (no marks, accents, initials,
# capitals, commas or particles to weigh).
_PLAIN_NAME = re.compile(r"([A-Z][a-z]{2,20}) ([A-Z][a-z]{2,20})")


def _parse(text: str, surname_first: bool, allow_single: bool) -> PersonName | None:
    plain = _PLAIN_NAME.fullmatch(text)
    if plain is not None:
        name = _plain_name(plain[1], plain[2], surname_first)
        if name is not None:
            return name
    return _parse_general(text, surname_first, allow_single)


def _plain_name(first: str, second: str, surname_first: bool) -> PersonName | None:
    """What :func:`_parse_general` reads in a plain name "First Second" (the same name,
    tested), or None when one of its rarer rules may apply (a title, a suffix, a word no
    name holds, a place): then it reads the name itself."""
    if (
        first.casefold() in TITLES
        or second.casefold() in SUFFIXES
        or first in _DIGRAPH_INITIALS
        or second in _DIGRAPH_INITIALS
        or not _token_ok(first)
        or not _token_ok(second)
        or _is_place([first, second])
    ):
        return None
    if surname_first or written_family_first(first, second):
        return PersonName(second, first, "", False, True)
    return PersonName(first, second, "", False, False)


# Two degrees joined by a dash ("M.S.-Ph.D.", "MS–PhD"): a programme, never a person.
_DEGREE_PAIR = re.compile(r"\b(?:M\.?\s?S|B\.?\s?S|M\.?\s?Sc)\.?\s?-\s?Ph\.?\s?D\b")


def _parse_general(text: str, surname_first: bool, allow_single: bool) -> PersonName | None:
    text = _strip_decorations(repair_text(text))
    if not text or len(text) > 80:
        return None
    if "Ph" in text and _DEGREE_PAIR.search(text):
        return None  # "Integrated M.S.–Ph.D.": a Korean programme's two degrees, no name
    degree = False
    if "," in text:
        cut = _COMMA_SUFFIX.sub("", text)  # "Ada Quill, PhD", "Quill, Ada, Jr."
        if cut.count(",") >= 2 and " " in cut[: cut.index(",")]:
            cut = _COMMA_DEGREES.sub("", cut)  # "Ahmad Rahmadi, S.T., M.T."
        degree, text = cut != text, cut
    # "Family, Given" / "Family, G." — exactly one comma between two name parts.
    if text.count(",") == 1:
        family_text, given_text = (p.strip() for p in text.split(","))
        family = _strip_titles(_tokens(family_text))
        given = _strip_titles(_tokens(given_text)) if given_text else []
        if not family or not all(_token_ok(t) for t in family + given):
            return None
        if (
            _core_count(family) > 1
            and _core_count(given) > 1
            # ("BENÍTEZ DE LA FUENTE, Agustina Belén": a register's family name in capitals,
            # two words or more, before the given names written as usual)
            and not (
                all(map(_is_caps_word, (t for t in family if t not in PARTICLES)))
                and not any(map(_is_caps_word, given))
            )
        ):
            return None  # "Ada Quill, Zed Marlow" is two names, not one read family-first
        if len(given) == 1 and _cantonese_with_western(family, given[0]):
            # "CHAN Tai Man, Peter" (a Hong Kong or Singapore staff list): the family name
            # in capitals, the Chinese given name, then the Western one the person uses
            return _build(given, family[:1], order_known=True)
        if not given:
            return _build([], family, order_known=True) if allow_single else None
        if given[-1] in PARTICLES and len(given) > 1:
            # "Meulen, J. van der", "Ellenbach, Friederike zu" (the sorting form of a
            # library or a Dutch register): the particles after the given name open the
            # family name
            cut = len(given)
            while cut > 1 and given[cut - 1] in PARTICLES and given[cut - 1] not in _SURNAME_JOINS:
                cut -= 1
            given, family = given[:cut], given[cut:] + family
        return _build(given, family, order_known=True)
    if "," in text:
        return None
    written = _tokens(text)
    tokens = _strip_titles(written)
    if len(tokens) == 1 and len(written) > 1 and degree and tokens[0] == written[-1]:
        # "Prof. Dr. Ir. Sutrisno, M.Sc.": a grade before and a degree after one word name
        # a person known by one name (Indonesian, Javanese usage), not a surname alone.
        while len(written) > 1 and written[0].casefold() in TITLES:
            written = written[1:]
        if len(written) == 1 and _token_ok(written[0]) and not _is_initials(written[0]):
            return _build([], written, order_known=False)
    if len(tokens) == 1:
        tokens = _split_glued(tokens[0])
    if not all(map(_token_ok, tokens)) and not _month_family(tokens) and not _closing_given(tokens):
        return None
    if len(tokens) >= 2 and _is_place(tokens[-2:]):
        return None  # "Hong Kong", "UC Los Angeles" ("Ángeles" alone is a given name)
    core = [t for t in tokens if t not in PARTICLES]
    if not core or len(core) > 5:
        return None
    if len(tokens) == 1:
        if allow_single and not _is_initials(tokens[0]):
            return _build([], tokens, order_known=False)
        return None
    initial_flags = list(map(_is_initials, tokens))
    if all(initial_flags):
        return None
    # Initials after the family name: "Bolte J.", "Bolte JP" (Vancouver style).
    trailing = 0
    while trailing < len(tokens) - 1 and (
        initial_flags[-1 - trailing] or _is_caps_initials(tokens[-1 - trailing])
    ):
        trailing += 1
    if (
        trailing == 1
        and tokens[-1] in _VOWELLESS_SURNAMES
        and len(tokens) >= 3
        and all(t[:1].isupper() and t[1:].islower() for t in tokens[:-1])
    ):
        trailing = 0  # "Jun Wei NG": two given words, then a Cantonese family name in capitals
    if (
        tokens[0] in _VOWELLESS_SURNAMES
        and (len(tokens) == 3 or len(tokens) == 2 and "-" in tokens[1])
        and all(map(_is_title_word, tokens[1:]))
    ):
        return _build(tokens[1:], tokens[:1], order_known=True)  # "NG Kwok Wah", "NG Wai-ming"
    if trailing and not initial_flags[0]:
        head = tokens[: len(tokens) - trailing]
        mixed_caps = any(map(_is_caps_word, head)) and not all(map(_is_caps_word, head))
        if not mixed_caps and (not any(map(_is_caps_initials, head)) or len(head) == 1):
            return _build(tokens[len(tokens) - trailing :], head, order_known=True)
    # Capitals mark the family name: "Samuel VAITER", "VAITER Samuel", "LE Quoc-Tung".
    caps = [
        _is_caps_word(t) and not _is_caps_initials(t) and not initial_flags[i]
        for i, t in enumerate(tokens)
    ]
    if any(caps) and not all(caps):
        family_idx = [i for i, c in enumerate(caps) if c]
        lo, hi = family_idx[0], family_idx[-1]
        while lo > 1 and tokens[lo - 1].lower() in PARTICLES:
            lo -= 1  # "Jean de LA FONTAINE": the particle joins the family name
        if all(caps[i] or tokens[i].lower() in PARTICLES for i in range(lo, hi + 1)):
            if hi == len(tokens) - 1:
                return _build(tokens[:lo], tokens[lo:], order_known=True)
            if lo == 0 and not any(_is_caps_word(t) for t in tokens[hi + 1 :]):
                return _build(tokens[hi + 1 :], tokens[: hi + 1], order_known=True)
    if surname_first:
        split = 1
        while split < len(tokens) - 1 and tokens[split - 1] in PARTICLES:
            split += 1
        return _build(tokens[split:], tokens[:split], order_known=True)
    if len(tokens) == 2 and (
        written_family_first(*tokens)
        # "Choi Min-jun", "Huang Pei-shan": a Korean or Taiwanese given name (two
        # syllables, the second in lower case) after a one-word family name
        or "-" in tokens[1]
        and "-" not in tokens[0]
        and _SYLLABIC_GIVEN.match(tokens[1]) is not None
    ):
        return _build(tokens[1:], tokens[:1], order_known=True)
    if len(tokens) == 3 and _chinese_family_first(tokens):
        return _build(tokens[1:], tokens[:1], order_known=True)
    start = _family_start(tokens)
    order_known = start < len(tokens) - 1 or any(initial_flags[:start])
    return _build(tokens[:start], tokens[start:], order_known=order_known)


#: Month names, refused as name words ("March 2024", "Session de juin"), though some are
#: also family names ("Février", "Janvier", "Juillet").
MONTH_WORDS = frozenset(
    form
    for w in "january february march july september october november december janvier "
    "février mars juin juillet août septembre octobre novembre décembre".split()
    for form in (w, fold(w))
)


def _month_family(tokens: list[str]) -> bool:
    """ "Marc-Antoine Février": a month closes a name as its family name when every other
    word is a name word and one of them (or a part of a compound) is a known given name —
    no date is written "Marc Février"."""
    if len(tokens) < 2 or _letters(tokens[-1]).casefold() not in MONTH_WORDS:
        return False
    if not all(map(_token_ok, tokens[:-1])):
        return False
    parts = [fold(p) for t in tokens[:-1] for p in _HYPHENS.split(t) if p]
    return any(p in GIVEN_ONLY or p in GIVEN_OR_FAMILY for p in parts)


#: Given names spelled like an English article ("Nguyễn Văn An", "Trần Bình An"): one
#: closes a name as its given name (no article ends a phrase), never opens one.
ARTICLE_GIVEN_NAMES = frozenset(("An",))


def _closing_given(tokens: list[str]) -> bool:
    """ "Lê Thị An": a Vietnamese given name spelled like an article, after name words."""
    return (
        len(tokens) >= 2
        and tokens[-1] in ARTICLE_GIVEN_NAMES
        and all(map(_token_ok, tokens[:-1]))
        and not _is_initials(tokens[-2])
    )


_SYLLABIC_GIVEN = re.compile(r"[A-Z][a-z]{0,4}-[a-z]{1,5}$")

# Frequent Chinese family names in Mandarin, Hokkien, Teochew and Cantonese spellings
# (Singapore, Malaysia, Hong Kong, Taiwan), which open a name written family first.
_CHINESE_FAMILY_NAMES = frozenset(
    fold(name)
    for name in """
    Ang Au Cai Cao Chai Chan Chang Chee Chen Cheng Cheong Cheung Chia Chin Chong Choo Chou Chow
    Chua Chung Deng Ding Dong Du Fan Fong Foo Gan Gao Goh Guo Han Heng Ho Hong Hu Huang Kang
    Khoo Koh Kok Kwok Lai Lam Lau Lee Leong Leung Li Liang Lim Lin Liu Loh Low Lu Luo Ma Neo
    Ong Pang Peh Peng Phua Poh Quek Seah Shen Sim Soh Song Su Sun Tan Tang Tay Teh Teo Tian
    Toh Tsang Tse Wang Wee Wong Wu Xie Xu Yang Yao Yap Yeo Yeoh Yip Yong Yu Yuan Zeng Zhang
    Zhao Zheng Zhou Zhu
    """.split()
)
# More Mainland family names, read only at a two-word name's end ("Junhao Lu"): many are
# given syllables too ("Meng", "Feng"), so a three-word name's last word may be one.
_MORE_CHINESE_FAMILY_NAMES = _CHINESE_FAMILY_NAMES | frozenset(
    fold(name)
    for name in """
    Bai Cui Dai Duan Fang Feng Gong Hao Hou Jiang Kong Lü Mao Meng Pan Qian Qin Qiu Shao Tao
    Tong Xia Xiao Xiong Xue Zhong Zou
    """.split()
)
# One syllable of a romanised Chinese given name ("Wei", "Boon", "Xiang", "Chee").
_CHINESE_SYLLABLE = re.compile(
    r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|hs|ts)?h?[aeiouy]{1,3}(?:n|ng|m|k|p|t|h)?",
    re.I,
)


_PINYIN_GIVEN = re.compile(rf"(?:{_CHINESE_SYLLABLE.pattern}){{1,2}}", re.I)


def caps_chinese_family_first(text: str) -> bool:
    """ "MA Yueming", "HE Zirui": a Chinese family name in capitals, then a given name of
    one or two syllables (a person, though "MA" alone also spells a degree)."""
    tokens = text.split()
    return (
        len(tokens) in (2, 3)
        and tokens[0].isupper()
        and fold(tokens[0]) in _CHINESE_FAMILY_NAMES
        and all(_is_title_word(t) and _PINYIN_GIVEN.fullmatch(t) for t in tokens[1:])
    )


def _chinese_family_first(tokens: list[str]) -> bool:
    """ "Lim Jia Hui", "Goh Boon Keng": a Chinese family name, then a given name of two
    syllables (the last word no family name itself: "Wei Ling Tan" is written given first)."""
    return (
        len(tokens) == 3
        and fold(tokens[0]) in _CHINESE_FAMILY_NAMES
        and fold(tokens[2]) not in _CHINESE_FAMILY_NAMES
        and all(
            t[:1].isupper() and t[1:].islower() and _CHINESE_SYLLABLE.fullmatch(t) for t in tokens
        )
    )


# "Wang Xiaoming (王小明)", "Lin Yu-Chen (林宇辰)": a romanised Chinese name before its
# characters in brackets, one character to a syllable.
_HAN_GLOSSED = re.compile(
    r"(?<![\w.-])([A-Z][a-z]{1,5})[ \t]+([A-Z][a-z]{1,12}(?:-[A-Za-z][a-z]{0,5})?)[ \t]*[(（]"
    r"[ \t]*([\u3400-\u4dbf\u4e00-\u9fff]{2,3})[ \t]*[)）]"
)


def _han_family_first(match: re.Match[str]) -> str:
    family, given, han = match.groups()
    parts = given.split("-")
    if (
        len(parts) == 1
        and not _CHINESE_SYLLABLE.fullmatch(given)
        and _TWO_SYLLABLES.fullmatch(given)
    ):
        parts = ["", ""]  # ("Xiaoming": two syllables, a character each)
    elif not all(_CHINESE_SYLLABLE.fullmatch(part) for part in parts):
        return match.group()
    if (
        len(han) == 1 + len(parts)
        and fold(family) in _CHINESE_FAMILY_NAMES
        and fold(given) not in _MORE_CHINESE_FAMILY_NAMES
    ):
        return f"{family.upper()}{match.group()[len(family) :]}"
    return match.group()


def han_glossed_family_first(text: str) -> str:
    """ "Wang Xiaoming (王小明)" → "WANG Xiaoming (王小明)": the characters are written family
    name first, so the romanised name before them is too (its capitals then say so); a
    given name that is itself a family name ("Yu Lin (林宇)") stays as written.

    >>> han_glossed_family_first("Lin Yuxuan (林宇轩), PhD student")
    'LIN Yuxuan (林宇轩), PhD student'
    >>> han_glossed_family_first("Yuxuan Lin (林宇轩)")
    'Yuxuan Lin (林宇轩)'
    """
    if "(" not in text and "（" not in text or text.isascii():
        return text
    return _HAN_GLOSSED.sub(_han_family_first, text)


def chinese_family_name(word: str) -> bool:
    """Whether *word* is a frequent romanised Chinese family name ("Zhang", "Chen")."""
    return fold(word) in _MORE_CHINESE_FAMILY_NAMES


def chinese_given_first(text: str) -> bool:
    """ "Junhao Lu": two words, a romanised Chinese given name of two syllables, then a
    Chinese family name (so "Lu Junhao" on the same page is that name written family
    first, not another reading of it).

    >>> chinese_given_first("Junhao Lu"), chinese_given_first("Lu Junhao")
    (True, False)
    """
    tokens = text.split()
    return (
        len(tokens) == 2
        and fold(tokens[1]) in _MORE_CHINESE_FAMILY_NAMES
        and fold(tokens[0]) not in _MORE_CHINESE_FAMILY_NAMES
        and all(t[:1].isupper() and t[1:].islower() for t in tokens)
        and _TWO_SYLLABLES.fullmatch(tokens[0]) is not None
    )


_TWO_SYLLABLES = re.compile(rf"(?:{_CHINESE_SYLLABLE.pattern}){{2}}", re.I)


def written_family_first(first: str, second: str) -> bool:
    """ "Ducros Alix": the second word is only ever a given name, the first never one."""
    second_key, first_key = fold(second), fold(first)
    return (
        second_key in GIVEN_ONLY
        and second_key not in GIVEN_OR_FAMILY
        and first_key not in GIVEN_ONLY
        and first_key not in GIVEN_OR_FAMILY
    )


def family_first_list(pieces: list[str]) -> set[str]:
    """The two-word pieces of a comma-free author list written family-first: those of a
    list where some piece is written "Family Given" by its given name ("Ballanger
    Hugues") and none "Given Family" ("Hugues Ballanger"); else none.

    >>> sorted(family_first_list(["Oukacha-Delorme Yasmine", "Ballanger Hugues"]))
    ['Ballanger Hugues', 'Oukacha-Delorme Yasmine']
    >>> family_first_list(["Yasmine Oukacha-Delorme", "Hugues Ballanger"])
    set()
    """
    if len(pieces) < 2 or any("," in piece or "." in piece for piece in pieces):
        return set()
    pairs = [piece.split() for piece in pieces]
    two = [words for words in pairs if len(words) == 2]
    if not any(written_family_first(*words) for words in two):
        return set()
    if any(written_family_first(second, first) for first, second in two):
        return set()
    return {" ".join(words) for words in two if not _is_caps_word(words[0])}


def parse_name(
    text: str, *, surname_first: bool = False, allow_single: bool = False
) -> PersonName | None:
    """Read one person name, or None when the text is not a plausible person name.

    ``surname_first`` is a hint from the caller (a list known to write "Family Given");
    without it, a name without comma, capitals or initials is read in the order written,
    unless its second word is a given name that is never a family name and its first
    is not ("Ducros Alix" → "Alix Ducros"; "Nguyen Anh", "Martin Alix" stay as written).
    ``allow_single`` accepts a lone family name ("Venturi"), which only an author list can
    vouch for.

    >>> parse_name("Vayer, T.")
    PersonName(given='T.', family='Vayer', particles='', initials_only=True, order_known=True)
    >>> parse_name("Jean de la Fontaine").family
    'de la Fontaine'
    """
    if not text:
        return None
    index = (2 if surname_first else 0) + (1 if allow_single else 0)
    cache = _PARSED[index]
    if text in cache:  # (a test, not try/except: a raised KeyError costs more than a hit)
        return cache[text]
    if len(cache) >= PARSE_CACHE_SIZE:
        cache.clear()  # (a bounded cache; parses are pure, so a miss only costs time)
    # ``allow_single`` only turns a None into a name without given name, so the text read
    # the other way often answers (an author list re-reads its displays with it).
    other = _PARSED[index ^ 1].get(text, _UNREAD)
    if other is not _UNREAD and (
        other is not None  # a name read without it is read with it too
        if allow_single
        else other is None or other.given  # none with it, or not a lone family name
    ):
        name = other
    else:
        name = _parse(text, surname_first, allow_single)
    cache[text] = name
    return name


#: Parses cached per text, one dict per (surname_first, allow_single): a dict look-up on a
#: string is several times cheaper than a three-argument lru_cache hit, and author lists
#: repeat the same names on every entry.  A full dict is emptied (pure parses: a miss only
#: costs time); the two dicts in common use hold as many names as the former LRU cache.
PARSE_CACHE_SIZE = 1 << 17
_PARSED: tuple[dict[str, PersonName | None], ...] = ({}, {}, {}, {})
_UNREAD = object()  # (not in a parse cache)


def clean_name(text: str, *, surname_first: bool = False, allow_single: bool = False) -> str | None:
    """The display form "Given Family" of a person name, or None if it is not one.

    >>> clean_name("Samuel VAITER"), clean_name("Zheng, Léon*"), clean_name("Deep Learning")
    ('Samuel Vaiter', 'Léon Zheng', None)
    """
    name = parse_name(text, surname_first=surname_first, allow_single=allow_single)
    return name.display if name else None


def looks_like_person_name(text: str) -> bool:
    """Whether the text reads as one person name (two or more name tokens).

    >>> looks_like_person_name("J.-P. Dupont"), looks_like_person_name("Université Grenoble Alpes")
    (True, False)
    """
    return parse_name(text) is not None


def _as_name(name: str | PersonName) -> PersonName | None:
    if isinstance(name, PersonName):
        return name
    return parse_name(name, allow_single=True)


def name_key(name: str | PersonName) -> str:
    """Full-name key: two surface forms with one key are one name (accents, case,
    hyphens, capitals, comma order, LaTeX, mojibake folded away).

    >>> name_key("VAITER, Samuel") == name_key("samuel vaiter") == name_key("Samuel Vaiter*")
    True
    """
    if isinstance(name, PersonName):
        return name.key
    return _text_name_key(name)


@lru_cache(maxsize=1 << 18)
def _text_name_key(name: str) -> str:
    parsed = _as_name(name)
    if parsed is None:
        return fold(_strip_decorations(repair_text(name))) if isinstance(name, str) else ""
    return parsed.key


def initial_key(name: str | PersonName) -> str:
    """First initial + family: the bucket in which initials may resolve to full names.

    >>> initial_key("Quoc-Tung Le"), initial_key("Q. Le"), initial_key("Le, T.")
    ('q le', 'q le', 't le')
    """
    if isinstance(name, PersonName):
        return name.initial
    parsed = _as_name(name)
    return "" if parsed is None else parsed.initial


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    # Hyphen/space variants fold to the same parts; "Quoc Tung" may also be "Quoctung".
    if "".join(a) == "".join(b):
        return True
    for x, y in zip(a, b, strict=False):
        if x == y:
            continue
        if (len(x) == 1 or len(y) == 1) and x[0] == y[0]:
            continue
        short, long = (x, y) if len(x) < len(y) else (y, x)
        if short in _ABBREVIATED_KEYS and long.startswith(short):
            continue  # "Ch." / "Charles"
        return False
    return True


def _compatible(a: PersonName, b: PersonName) -> bool:
    return a.family_key == b.family_key and _given_compatible(a.given_parts, b.given_parts)


def _rotated(one: PersonName, other: PersonName) -> bool:
    """*one*, three words read in the order written ("Tan Wei Ling"), is *other* written
    with its family name last ("Wei Ling Tan")."""
    if one.order_known or one.particles or " " in one.family or one.given.count(" ") != 1:
        return False
    first, second = one.given.split(" ")
    if fold(first) != other.family_key:
        return False
    return _compatible(PersonName(given=f"{second} {one.family}", family=first), other)


def compatible(a: str | PersonName, b: str | PersonName) -> bool:
    """Whether two forms could name one person (the graph still needs context to merge).

    Initials match full given names ("S. Vaiter" / "Samuel Vaiter"), hyphens match spaces
    ("Quoc-Tung" / "Quoc Tung"), a missing middle name is allowed, the order of a name
    written without any signal may be either ("Ducros Alix" / "Alix Ducros"); different
    given names never match ("Tam Le" / "Quoc-Tung Le").

    >>> compatible("S. Vaiter", "Samuel VAITER"), compatible("Tam Le", "T. Le")
    (True, True)
    >>> compatible("Tam Le", "Quoc-Tung Le")
    False
    """
    # (parsed names, the common case, are taken as they are without a call)
    pa = a if type(a) is PersonName else _as_name(a)
    pb = b if type(b) is PersonName else _as_name(b)
    if pa is None or pb is None:
        return False
    if _compatible(pa, pb) or pa.key == pb.key:
        return True
    if pa.given_key != pb.family_key and pb.given_key != pa.family_key:
        # "Tan Wei Ling" / "Wei Ling Tan": a three-word name written family first
        return _rotated(pa, pb) or _rotated(pb, pa)
    for one, other in ((pa, pb), (pb, pa)):
        if not one.order_known and one.given and " " not in one.given and " " not in one.family:
            if one.given_key != other.family_key:
                continue  # the swapped name's family key (what _compatible checks first)
            swapped = PersonName(given=one.family, family=one.given)
            if _compatible(swapped, other):
                return True
    return False
