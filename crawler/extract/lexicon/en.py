"""English words the extraction rules look for: section headings, role cues, positions."""

LANGUAGE = "en"

# A US dissertation's approval page: "The dissertation of A was reviewed and approved by the
# following:" over each signatory's name and title line ("…, Outside Member").
SIGNATURE_INTROS = (
    "approved by the following",
    "reviewed by the following",
    "examined by the following",
    "signed by the following",
)
# Section headings, by section kind (see crawler.extract.sections.SectionKind).
SECTIONS = {
    "education": (
        "education",
        "academic background",
        "degrees",
        "studies",
        "qualifications",
        # Funder CV forms (batch 13): the US biographical sketch's "Professional Preparation" and
        # "Products", the European CV's "Current position(s)" and British
        # "Organisation of scientific meetings", a CV's "Major collaborations" (no supervision).
        "professional preparation",
        "training",
    ),
    "employment": (
        "experience",
        "employment",
        "positions",
        "career",
        "appointments",
        "curriculum",
        "cv",
        "academic positions",
        "research positions",
        "current position",
        "previous position",
        # researchmap (Japan) and other profile systems' own titles
        "research history",
        "work history",
        "employment history",
        # a knowledge base's profile (Scholia): "Employers and affiliations"
        "employers",
        "employers and affiliations",
    ),
    "publications": (
        "publications",
        # "Recent publication", "Latest service-related publication": one entry set apart
        "publication",
        "papers",
        "preprints",
        "pre-prints",
        "articles",
        "references",
        "bibliography",
        "journal",
        "conference",
        "proceedings",
        "working papers",
        # "Work in Progress" under a job-market page's papers: drafts with their coauthors
        "work in progress",
        "works in progress",
        "research in progress",
        "selected works",
        "works",
        "manuscripts",
        "book chapters",
        # a humanities CV's "Books" and "Monographs" (co-written books: coauthors)
        "books",
        "monographs",
        "patents",
        "research items",
        "research output",
        "research outputs",
        # A citation index's table header over its papers ("TITLE   CITED BY   YEAR").
        "title cited by year",
        "products",
        "track record",
        # an agency biosketch's numbered contributions, each with its cited papers
        "contributions to science",
        "contributions to research",
        # an article's landing page: its own reference in a "Cite this article" box
        "cite this article",
        "cite this paper",
        "cite this chapter",
        # a journal site's sidebar of the issue's papers ("In the current issue" › a title
        # › its authors): each entry's authors are coauthors
        "current issue",
        "this issue",
        "latest issue",
        "how to cite",
        "how to cite this article",
        # a proceedings volume's front matter or a publisher's book page ("Table of contents
        # (12 chapters)"): each contents entry is a paper or a chapter and its authors
        "table of contents",
        # An ERC proposal's B1 section "Track record" lists the PI's papers.
        "track record",
    ),
    "students": (
        "students",
        "theses",
        "master theses",
        "phd theses",
        "supervision",
        "supervised",
        "mentoring",
        "mentorship",
        "mentees",
        "advising",
        "advisees",
        # A staff directory's "Current Supervisees" / "Past Supervisees".
        "supervisees",
        # A research-profile system's relation headings (VIVO: "advisor to", "mentor of").
        "advisor to",
        "adviser to",
        "mentor of",
        "mentor to",
        # An academic family tree written by its owner: "My academic descendants".
        "academic descendants",
        "academic children",
        "doctoral descendants",
        "doctoral children",
        "co-supervision",
        "postdocs",
        "postdoctoral researchers",
        "postdoctoral fellows",
        # a people page's postdoctoral group ("Research Fellows" › "A, Postdoctoral …")
        "research fellows",
        # a UK group's postdoctoral staff ("Research associates" › "Dr A, Research Associate")
        "research associates",
        # a UK unit's "Completed PhDs" list
        "completed phds",
        "completed doctorates",
        "phd completions",
        "postdoctoral scholars",
        "postdoctoral associates",
        # (hyphenated, as many team pages write them: "Post-doctoral fellows", "Post-docs")
        "post-docs",
        "post-doctoral researchers",
        "post-doctoral fellows",
        "post-doctoral scholars",
        "post-doctoral associates",
        # A UK group page's postdoctoral research assistants ("PDRAs").
        "pdras",
        # A UK supervision record's parts: "Postdoctoral research staff mentored",
        # "Master's by Research (MRes) and MA dissertations".
        "postdoctoral research staff",
        "master's by research",
        "ma dissertations",
        "msc dissertations",
        "master's dissertations",
        # "MSc and undergraduate projects": students' projects, not funded projects
        "msc projects",
        "undergraduate projects",
        # "MSc research projects": a students' group, outranking grants' "research projects"
        "msc research projects",
        "master's research projects",
        "undergraduate research projects",
        "student projects",
        "master's projects",
        "current group",
        "group members",
        "alumni",
        # an alumni newsletter's "Where are they now?" › "A (PhD 2016, advisor B) is now …"
        "where are they now",
        "interns",
        "team members",
        "former members",
        "past members",
        # a clinical group's former research fellows (MD and PhD theses)
        "former fellows",
        "past fellows",
        "trainees",
        "lab members",
        # Dutch/Belgian and Japanese university pages in English.
        # Indian faculty pages: "Research Guidance", "Ph.D. Scholars Guided".
        "research guidance",
        "ph.d. guidance",
        "phd guidance",
        "doctoral guidance",
        "ph.d. guided",
        "phd guided",
        "scholars guided",
        "students guided",
        "projects guided",
        # "Ph.D. Thesis Guided: (i) Mr. A … (awarded 2019)"
        "thesis guided",
        "theses guided",
        "research scholars",
        "phd candidates",
        "ph.d. candidates",
        "ph.d candidates",
        "doctoral candidates",
        # Japanese and Korean lab rosters: "Doctoral course" / "Master's course" › "D2: A".
        "doctoral course",
        "doctor course",
        "master's course",
        "master course",
        "graduated ph.d.",
        "graduated phd",
        # Australian and UK research-training records: "HDR completions", "Higher degree
        # by research candidates"
        "completions",
        "higher degree by research",
        # Indian research-information systems (IRINS, Vidwan): "Ph.D. Guidance", the
        # scholars guided.
        "ph.d. guidance",
        "phd guidance",
        "doctoral guidance",
        "research guidance",
        "doctoral researchers",
        "personnel supervised",
        # British and European groups call their PhD students researchers ("PhD researchers",
        # "Postgraduate researchers"); a group panel's bare "Graduated" lists its former students.
        "phd researchers",
        "postgraduate researchers",
        "undergraduate researchers",
        "undergraduates",
        "thesis advisor and postgraduate-scholar sponsor",
        "postgraduate-scholar sponsor",
        "thesis advisees",
        # Indian faculty pages: "Ph.D. awarded under my guidance", "Ph.D. ongoing"; Hong
        # Kong ones: "Research Postgraduate Students" › "As Chief Supervisor"
        "under my guidance",
        "under my supervision",
        "ph.d. awarded",
        "phd awarded",
        "ph.d. ongoing",
        "phd ongoing",
        "ph.d. in progress",
        "phd in progress",
        "ongoing ph.d.",
        "ongoing phd",
        "as chief supervisor",
        "as principal supervisor",
        "as main supervisor",
        # Australian and New Zealand labs' research-degree students below the doctorate
        # ("Masters & Honours" › "A — Honours 2018, thesis: …"), not an award.
        "masters & honours",
        "masters and honours",
        "honours & masters",
        "honours and masters",
        "master's & honours",
        "master's and honours",
        # a lab's alumni panes ("PhD graduates" › "A — PhD 2019, thesis: …")
        "phd graduates",
        "ph.d. graduates",
        "doctoral graduates",
        # Canadian CVs count "highly qualified personnel" (HQP: PDF, PhD, MSc, USRA)
        "hqp",
        "hqp trained",
        "hqp supervised",
        "highly qualified personnel",
        # Batch 51 (European pages in English): "PhD researchers" / "PhD candidates" (Dutch and
        # Belgian English), and the headings they sit beside.
        "phd researchers",
        "phd candidates",
        "doctoral candidates",
        "doctoral students",
        # Batch 89 (Africa, Middle East, Latin America, Australasia in English): a supervisor's
        # list headed by the degree and the owner's role ("Masters (as supervisor /
        # co-supervisor)", "Ph.D. (as advisor / orientadora)"), Latin American "Thesis
        # direction", Australasian "HDR candidates".
        "thesis direction",
        "theses directed",
        "hdr candidates",
        "hdr students",
        "as supervisor",
        "as co-supervisor",
        "as main supervisor",
        "as principal supervisor",
        "as promoter",
        "as co-promoter",
        "as advisor",
        "as co-advisor",
        "as adviser",
    ),
    "jury": (
        "jury",
        "juries",
        "thesis committee",
        "thesis committees",
        "phd committees",
        "defense committees",
        "defence committees",
        "examination committees",
        "thesis examination",
        "dissertation committee",
        "dissertation committees",
        "doctoral committees",
        # Batch 234 (US approval pages): "Approved by:" over the signature rules
        "approved by",
        # Singular: "Doctoral Committee Service" (US CV), outranking "service".
        "doctoral committee",
        # A US humanities profile's "Served as reader" (second or outside reader of others'
        # dissertations) beside "Dissertations directed"
        "served as reader",
        "served as a reader",
        "dissertations read",
        "thesis examinations",
        "phd examinations",
        "doctoral examinations",
        # "Doctoral examining (not supervision)": a UK record's examiner roles
        "doctoral examining",
        "phd examining",
        "thesis examining",
        # Wordings met on unseen pages (tests/heldout): Nordic "assessment committee" defences,
        # UK "Examining" headings, "Group lead:" in lab READMEs, ranks written before a name in
        # defence notices ("Senior Researcher A. Quill"), US "B.A." degrees.
        "assessment committee",
        "grading committee",
        "examining",
        "thesis examining",
        "phd examining",
        # Indian faculty pages: "Ph.D. Thesis Evaluation / Viva-voce", "Theses Examined",
        # "Examinership".
        "examinership",
        "examinerships",
        "viva-voce",
        "viva voce",
        "thesis evaluation",
        "theses evaluated",
        "theses examined",
        # (three words outrank "PhD theses", a students' heading)
        "phd theses examined",
        "ph.d. theses examined",
        "doctoral theses examined",
        "phd dissertations examined",
        "dissertations examined",
        "phd theses evaluated",
        "thesis examined",
        # An activity report's "Examination of higher degree theses" (outranking "theses")
        "examination of theses",
        "examination of doctoral theses",
        "examination of phd theses",
        "examination of higher degree theses",
        "examination of research theses",
        "examination of higher degree research theses",
        "examination of hdr theses",
        "hdr theses examined",
        # Doctoral-school announcements (batch 8): "Exam committee", "Examination board";
        # a news item "who starts her PhD with me" names the owner's new student.
        "exam committee",
        "examination committee",
        "examination board",
        "thesis defenses",
        "thesis defences",
        "phd defenses",
        "phd defences",
        # Batch 155 (Central European profiles in English): "Participation in doctoral
        # procedures", "Reviews in doctoral and habilitation proceedings" (outranking
        # "reviews", a publications word)
        "doctoral procedures",
        "doctoral proceedings",
        "habilitation proceedings",
        # Batch 181 (UK / Australian CVs): "External examiner for PhD theses at …" (outranking
        # "PhD theses", a students' heading), "HDR examination"
        "external examiner for phd theses",
        "external examiner for doctoral theses",
        "internal examiner for phd theses",
        "hdr examination",
        "hdr examinations",
        "hdr examining",
        *SIGNATURE_INTROS,
        # Batch 16 (CVs in the wild): singular "PhD examination" headings of data-file CVs.
        "phd examination",
        "doctoral examination",
        # A US CV's "Ph.D. thesis reader" / "Dissertation reader" section lists the candidates whose
        # dissertation the owner read and approved (a committee member, see JURY_ROLES).
        "thesis reader",
        "thesis readers",
        "dissertation reader",
        "dissertation readers",
        "ph.d. thesis reader",
        "phd thesis reader",
        # the degree written with its dots ("Ph.D. committees (external member)")
        "ph.d. committees",
        "ph.d. committee member",
        "ph.d. defense committees",
        # Batch 89: the theses the owner examined ("External examination", "Examiner of theses").
        "external examination",
        "external examining",
        "examiner of theses",
    ),
    "teaching": ("teaching", "courses", "lectures", "tutorials", "lecturing"),
    "talks": (
        "talks",
        "communications",
        "presentations",
        "seminars",
        "posters",
        "invited talks",
        "conferences attended",
        "events",
        # a lab site's seminar guests ("Visiting speakers 2025"): no members
        "visiting speakers",
        "invited speakers",
        "guest speakers",
        "seminar speakers",
        "colloquium speakers",
        "departmental seminar speakers",
    ),
    "service": (
        "service",
        "services",
        "reviewing",
        "reviewer",
        "refereeing",
        "responsibilities",
        "administration",
        "organization",
        "committees",
        "memberships",
        "outreach",
        "activities",
        # a conference's committees ("Research Papers — Program Committee"): their lists
        # name members and reviewers, no author of any paper
        "program committee",
        "programme committee",
        "program committees",
        "programme committees",
        "organizing committee",
        "organising committee",
        "steering committee",
        "external reviewers",
        "area chairs",
        # "Committee service for other students": committees, not the owner's students
        "committee service",
        "organisation",
        "collaborations",
        "collaborators",
        # a lab's partners elsewhere ("Joint research partners: Prof. A, Institute X")
        "external collaborators",
        "research partners",
        "joint research partners",
        # an institution's governing and advisory bodies ("Scientific Advisory Board",
        # "Governance"): their members sit on it, they are no team of the institution
        "governance",
        "advisory board",
        "advisory boards",
        # a US faculty CV's "Grant Review" / "Study Sections": panels, no employer
        "grant review",
        "grant reviews",
        "study section",
        "study sections",
        # Batch 187: "Workshops co-organised — with A and B" under a publication list: fellow
        # organisers of an event, no coauthors
        "co-organised",
        "co-organized",
        "workshops organised",
        "workshops organized",
        "organised workshops",
        "organized workshops",
        "sessions organised",
        "sessions organized",
        # Batch 293: a humanities CV's "Editorial work" under its publications ("Series
        # editor, Studies in X (with A)"): fellow editors of a series or a journal, no
        # coauthors
        "editorial work",
        "editorial roles",
        "editorial positions",
    ),
    "reviews": ("book reviews", "reviews of books", "book review essays"),
    "internship": ("internship", "internships", "research experience as intern"),
    "awards": (
        "awards",
        "honors",
        "honours",
        "prizes",
        "distinctions",
        "fellowships",
        # a prize's page: its laureates, each with the thesis or paper it crowned
        "past recipients",
        "previous recipients",
        "past winners",
        "previous winners",
        "past laureates",
        "previous laureates",
    ),
    "grants": (
        "grants",
        "funding",
        "projects",
        "research projects",
        # An ERC proposal's B1 section "Funding ID": the grants held (a fellowship's "mentor"
        # there is its host, no thesis advisor).
        "funding id",
        # A US medical CV: "Research Support" lists grants (a K award's "Mentors" are its sponsors,
        # no thesis advisors); an astronomer's "Observing Proposals" are telescope time won (a PI,
        # Co-Is), no supervision nor affiliation.
        "research support",
        "observing proposals",
        "observing programs",
        "observing programmes",
        "telescope time",
        # Batch 174: a VIVO profile's grant roles headed as relations ("principal
        # investigator on", "Co-Investigators"): grants, no posts and no supervision.
        "principal investigator on",
        "co-principal investigator on",
        "investigator on",
        "co-investigator on",
        "co-investigators",
    ),
    # an event calendar's "Organizer" box: the event's host, no fact
    "contact": ("contact", "address", "organizer", "organiser"),
    "skills": (
        "skills",
        "languages",
        "programming",
        "software",
        "hobbies",
        "interests",
        # a profile's "Licenses & certifications": each line's body issued a certificate
        "certifications",
        "licenses",
        "licences",
    ),
    # A page's widgets and threads about other people than its owner: teasers of other
    # posts, "people also viewed" cards, readers' comments.  Each block there speaks for
    # the person it names as its subject, never for the owner.
    "others": (
        "read also",
        "related posts",
        "related articles",
        "related news",
        "related stories",
        "recent posts",
        "latest posts",
        "recent comments",
        "related people",
        "people also viewed",
        "colleagues in this department",
        "similar profiles",
        "you may also like",
        "more news",
        "other news",
        # an events calendar's sidebars beside one event
        "more from",
        "related events",
        "other events",
        "other public defences",
        "other public defenses",
        "responses to",
        "comments on",
        "leave a reply",
        "leave a comment",
        # an article's sidebars of other writers and posts ("Related authors" › "A,
        # Professor, University X"; "Recommended from Medium"): their facts, not the author's
        "related authors",
        "recommended from",
        "recommended for you",
        "most read",
    ),
    "offers": (
        "open positions",
        "job offers",
        "vacancies",
        "opportunities",
        "join us",
        "we are hiring",
        "positions available",
        "openings",
        # a department's directory for applicants: "Find a supervisor"
        "find a supervisor",
        "finding a supervisor",
        "find an advisor",
        "available supervisors",
    ),
}

# Words that name a section only as the whole heading (with an optional count, as in a
# profile's "Outputs (12)"): "Outputs" in a longer heading may say something else.
WHOLE_SECTIONS = {
    # ("Recent work" over a site builder's citations; "Work" alone is a CV's jobs)
    "publications": ("outputs", "recent work", "selected work"),
    # A profile's prose about its owner, under a heading of its own (the default kind,
    # named so that a text dump's bare title line reads as that heading).
    "about": (
        # Batch 234: a thesis's "Approval Page" / "Signature Page" (its candidate's own
        # page, its committee under "Approved by:")
        "approval page",
        "signature page",
        "biography",
        "bio",
        "short bio",
        "about",
        "about me",
        "profile",
        "overview",
        # Chinese and Japanese faculty pages' own titles for the profile's prose and for the
        # owner's group (its lines say who is who: "Ph.D. candidates: A, B")
        "brief introduction",
        "introduction",
        "personal profile",
        "research group",
        "research team",
        # A lab roster's faculty and staff, even under "Alumni" ("Former staff"): colleagues
        # with their own posts, no one's students.
        "faculty",
        "faculty members",
        "staff",
        "former staff",
        "former faculty",
        "secretary",
        "secretaries",
        "administrative staff",
        "technical staff",
        # (a lab's technicians, even in its alumni accordion: posts, not degrees)
        "technicians",
        "research technicians",
        "lab technicians",
        "laboratory technicians",
        "former technicians",
        # A Europass CV's own sections around the dated ones (not the tail of a wrapped
        # field above them)
        "personal information",
        "additional information",
    ),
    # A wiki's closing pointers: other pages' titles, whose names are no one's students.
    # (a CMS's related-links web part: "Related links" › "Seminar with A", no member)
    "links": ("see also", "external links", "related pages", "related links", "quick links"),
    "others": ("comments", "blogroll", "credits", "responses"),
    # The owner's own thesis, alone under its heading (often inside "Publications").
    "education": (
        "thesis",
        "phd thesis",
        "ph.d. thesis",
        "doctoral thesis",
        "dissertation",
        "phd dissertation",
        "doctoral dissertation",
        # "About my own PhD" under "Service & examining": the owner's thesis, no jury served
        "my phd",
        "my own phd",
        "about my phd",
        "about my own phd",
        "my thesis",
        "my own thesis",
        "my doctorate",
    ),
    "students": ("graduated",),
    # A CV's heading "EXTERNAL EXAMINER" (whole heading only: "PhD external examiner: A" is a
    # label of one line, read by the jury rules).
    "jury": (
        "external examiners",
        "thesis examiners",
        # Batch 194 (faculty profiles): a "Supervision" tab's sub-heading "Examination"
        "examination",
        # Batch 202 (lab news on a defence): the post's "The committee" heading over its
        # "External examiner: A" lines (whole heading only: "Committees" is a CV's service)
        "the committee",
        "the examiners",
        "the examining committee",
        "examining committee",
        "viva panel",
        "the viva panel",
    ),
}

# Phrases followed by the names of the owner's advisors ("under the supervision of X").
SUPERVISION_CUES = (
    # Czech and Slovak records in English: "Supervisor specialist (školitel specialista): B",
    # the consultant who co-supervises the thesis beside its supervisor.
    # (not "supervisor-specialist; supervisor B": the owner's own part, read elsewhere)
    "supervisor specialist",
    # US department directories: "Faculty mentor: X" on a postdoc's or student's card.
    "faculty mentor",
    "faculty advisor",
    "faculty advisors",
    "postdoctoral mentor",
    "postdoctoral advisor",
    "postdoc advisor",
    "under the supervision of",
    "under the co-supervision of",
    # Non-native English drops the article: "I made my PhD under supervision of prof. X".
    "under supervision of",
    "under co-supervision of",
    "under joint supervision of",
    "under direction of",
    "under guidance of",
    # "completed his thesis under the joint supervision of A and B"
    "under the joint supervision of",
    "under the joint direction of",
    "jointly supervised by",
    "jointly advised by",
    "under the guidance of",
    "under the direction of",
    "supervised by",
    "supervized by",
    "co-supervised by",
    "advised by",
    "co-advised by",
    "directed by",
    # a research staff list's "Research Associate (2025–), mentored by Dr B"
    "mentored by",
    # a news item's "was then co-mentored by A and B as a postdoctoral researcher"
    "co-mentored by",
    "supervisors",
    "supervisor",
    "co-supervisors",
    "co-supervisor",
    "advisors",
    "advisor",
    "advisers",
    "adviser",
    "co-advisors",
    "co-advisor",
    # a UK doctorate's supervisors ("Supervisory team: A (primary), B (secondary)")
    "supervisory team",
    "supervision team",
    # an Australian HDR candidate's panel ("Supervisory panel: A (principal), B (associate)")
    "supervisory panel",
    "supervision panel",
    # a label only ("(co-mentor: Dr. B)"): "co-mentor" alone is a weak cue (CONTEXT_CUES)
    "co-mentor:",
    "co-mentors:",
    # a UK student's second supervisor names the first: "(second supervisor; primary: B)"
    "primary:",
    "phd advisor",
    "phd advisors",
    "thesis advisor",
    "thesis advisors",
    "thesis supervisor",
    "thesis supervisors",
    "doctoral advisor",
    "doctoral advisors",
    "promoter",
    "promoters",
    # A tribute's or a profile's "She had herself been a student of A": the subject's advisor.
    "been a student of",
    "been a doctoral student of",
    "been a phd student of",
    # A bio's apposition: "A PhD student of Professor B at X, A is …"; "trained under B".
    "a phd student of",
    "a doctoral student of",
    "a student of",
    "trained under",
    # "A (PhD student of B, 2022–)" in a lab's list of affiliated students
    "phd student of",
    "doctoral student of",
    # Common wordings of real CVs that the lists above missed: US "Major Professor: X",
    # hyphenated "co-directed by" (the hyphen keeps "directed by" from matching), medical and
    # doctor-of-science degrees, ranks of emeritus and adjunct faculty, co-teaching and
    # co-organising (no supervision, no jury, no coauthorship).
    "major professor",
    "major advisor",
    # a US doctorate's "Dissertation chair: B" (the committee's chair is its advisor; the
    # members are listed apart, "Committee: C, D")
    "dissertation chair",
    "dissertation co-chair",
    "under the mentorship of",
    "co-directed by",
    "jointly supervised by",
    "jointly advised by",
    "doctoral supervisor",
    "doctoral supervisors",
    # Indian English: a thesis "guide" is its supervisor (a repository record's "Guide(s): A",
    # a CV's "Guide: Prof. A; Co-guide: Dr. B"); only as a label or "guided by" ("a guide to
    # X" is a book).
    "guide:",
    "guide :",
    "guides:",
    "guide(s):",
    "guide(s)",
    "research guide",
    "thesis guide",
    "phd guide",
    "co-guide:",
    "co-guide :",
    "co-guides:",
    "co-guide",
    "guided by",
    "co-guided by",
    # an interview's or a profile's "My guide was Prof. A" (a possessive: no book's guide)
    "my guide",
    "my phd guide",
    "her guide",
    "his guide",
    "her phd guide",
    "his phd guide",
    # South African CVs: "Promoter: Prof. A" / "Co-promoter: Dr. B" (the doctorate's advisors).
    "co-promoter",
    "co-promoters",
    # "a thesis promoted by Prof. A and co-promoted by Dr. B"
    "promoted by",
    "co-promoted by",
)
# Weak cues only count where the context already says postdoc or internship.
WEAK_SUPERVISION_CUES = (
    "working with",
    "worked with",
    "work with",
    "with",
    "in the group of",
    "in the team of",
    "in the lab of",
    # "Postdoctoral Research Associate, University X / Group of Prof. A": the title says a
    # person (a bare "group of" may open a unit's name)
    "group of prof.",
    "group of professor",
    "group of dr.",
    "group of dr",
    "lab of prof.",
    "lab of professor",
    "lab of dr.",
    "lab of dr",
    "laboratory of prof.",
    "laboratory of dr.",
)
# Phrases followed by a co-advisor's name inside a student list item.
COSUPERVISION_CUES = (
    "co-supervised with",
    "co-advised with",
    "jointly with",
    "jointly supervised with",
    "jointly advised with",
    # a biomedical lab's trainee card: "MD/PhD Student, jointly mentored by B" (B beside
    # the lab's head)
    "jointly mentored by",
    "co-mentored by",
    "co-directed with",
    "with",
    # "M.Sc. (2021–2023), co-supervision: A": the label form.
    "co-supervision:",
    "co-supervision :",
    # Indian English: a thesis "guide" is its supervisor ("Co-guide: Prof. A").
    "co-guide:",
    "co-guide :",
    "co-guided with",
)

# Words telling which kind of supervision a context is about.
CONTEXT = {
    "phd": (
        "phd",
        "ph.d",
        "ph. d",
        "doctoral",
        "doctorate",
        "doctorates",
        "dphil",
        # Doctorates of US schools of public health, education and law.
        "scd",
        "sc.d",
        "edd",
        "ed.d",
        "drph",
        # the UK clinicians' research doctorate ("MD(Res) (2021–2023)", a thesis by research)
        "md(res)",
        "md (res)",
        "m.d.(res)",
        "doctor of medicine (research)",
        # the UK Engineering Doctorate, run with an industrial sponsor ("EngD (with X)")
        "engd",
        "eng.d",
        "engineering doctorate",
        # Degree names written in full (Australian/UK supervision registers).
        "doctor of philosophy",
        # Korean labs: the combined master's and doctoral course ends on the doctorate.
        "m.s./ph.d. integrated program",
        "m.s./ph.d. integrated",
        "ms/phd integrated program",
        "ms/phd integrated",
        "integrated m.s./ph.d.",
        "integrated ms/phd",
        "combined m.s./ph.d.",
        "m.s.-ph.d. integrated",
        # (with a hyphen or an en dash: "Integrated M.S.–Ph.D. program")
        "integrated m.s.-ph.d.",
        "integrated m.s.–ph.d.",
        "integrated ms-phd",
        "integrated ms–phd",
        "m.s.–ph.d. integrated",
        "combined m.s.-ph.d.",
        "combined m.s.–ph.d.",
        # Japanese/Korean labs: the year of the doctoral course ("D3 2021", "D1: A").
        "d1",
        "d2",
        "d3",
        "thesis",
        "theses",
        "dissertation",
        "dissertations",
        "graduate student",
        # British groups' doctoral students: "Postgraduate researchers" (PGRs), each with a
        # primary and a second supervisor
        "postgraduate researcher",
        "postgraduate researchers",
        "postgraduate research student",
        "postgraduate research students",
    ),
    "postdoc": (
        "postdoc",
        "postdocs",
        "post-doc",
        "post-docs",
        "post-doctorate",
        "postdoctorate",
        "postdoctoral",
        "post-doctoral",
        "research fellow",
        # "Research Fellowship in the lab of Dr. B" (after a clinical fellowship): the
        # physician's postdoctoral training
        "research fellowship",
        "visiting researcher",
        "marie curie fellow",
        "marie skłodowska-curie fellow",
        "msca fellow",
        "humboldt fellow",
        "postdoctoral fellow",
        # UK postdoctoral schemes named "fellow" (Leverhulme, British Academy, Oxbridge)
        "early career fellow",
        "early career research fellow",
        "junior research fellow",
        # A UK/US "Research Associate" (postdoctoral research associate) is a postdoc's position.
        "research associate",
        "postdoctoral scholar",
        # A UK "PDRA" (postdoctoral research assistant/associate).
        "pdra",
        "pdras",
        "postdoctoral research assistant",
        # Named postdoctoral fellowships held at a host ("held a Marie Curie fellowship at X
        # with B").
        "marie curie fellowship",
        "marie skłodowska-curie fellowship",
        "msca fellowship",
        "humboldt fellowship",
        "marie skłodowska-curie if",
        "marie curie if",
        "msca-if",
        "msca if",
    ),
    "internship": (
        "internship",
        # ("two research internships: at X in 2022, mentored by B")
        "internships",
        "intern",
        "interns",
        "summer student",
        "undergraduate research",
        "research project m1",
        "m1",
        "m2",
        "l3",
        "bachelor project",
        "interned",
        "interning",
        "summer intern",
        # "Undergraduate summer students: A (2022)", "NSERC USRA summer students"
        "summer students",
        "summer research student",
        "summer research students",
        # ("summer research fellow, 2025": an undergraduate's summer, no postdoc)
        "summer research fellow",
        "summer research fellows",
        # the US NSF's summer programme for undergraduates in a host lab ("NSF REU, X")
        "reu",
        # Canada's NSERC undergraduate student research award: a summer in a host lab
        "usra",
        "nserc usra",
        "research experience for undergraduates",
        "research experiences for undergraduates",
        # an industry lab's "Student Researcher" programme (a PhD student's paid
        # stay in a company's research team, "mentor: B"): an internship, no doctorate
        "student researcher",
        "student researchers",
        # a summer's undergraduate research ("Summer undergraduate research student (2025)"),
        # Australia's summer "vacation scholars": an internship, not term-time research
        "summer undergraduate research student",
        "summer undergraduate research students",
        "vacation scholar",
        "vacation scholars",
        # Batch 300: an engineering degree's year or term in a company ("work placement year
        # at X; industrial mentor: B", "co-op placement"): an internship
        "work placement",
        "placement year",
        "industrial placement",
        "co-op placement",
    ),
    "other": (
        # India's five-year integrated bachelor's and master's (IISERs): its final-year
        # thesis is no doctorate ("A – BS-MS thesis student")
        "bs-ms",
        "bs-ms thesis",
        "bs-ms student",
        "bs-ms students",
        # a first-year graduate student's few weeks in another lab before choosing one
        "rotation",
        "rotations",
        "lab rotation",
        "graduate rotation",
        "rotation student",
        "rotation students",
        "master thesis",
        "master theses",
        "visiting phd student",
        "visiting student",
        "visiting students",
        # A visiting scholar's host (a sabbatical, a visit): no thesis, no postdoc.
        "visiting scholar",
        "visitor",
        "visitors",
        "master's theses",
        "masters theses",
        "master's thesis",
        "msc",
        "m.sc",
        "master",
        "masters",
        "master's",
        "msc theses",
        "masters thesis",
        "msc thesis",
        # UK master's degrees end on a "dissertation", not a thesis.
        "msc dissertation",
        "msc dissertations",
        "master's dissertation",
        "master's dissertations",
        "masters dissertations",
        "research engineer",
        "engineer",
        "engineers",
        "master students",
        "master student",
        "msc students",
        # US master's degrees: "MS student (2024–)", "Kenji Ito (M.S.)", "M.S. 1999".
        "ms student",
        "ms students",
        # an alumni page's master's list ("MS alumni" › "A (MS 2018) · thesis: …")
        "ms alumni",
        "m.s. alumni",
        "msc alumni",
        "master's alumni",
        "ms thesis",
        "m.s. student",
        "m.s. students",
        "m.s. thesis",
        "m.s.",
        # Batch 194: a student list's degree and start "A (MS, 2024–)" (the comma keeps the
        # honorific "Ms A" out)
        "ms,",
        # A bachelor's thesis or degree "advised by A" is no doctorate.
        "b.s.",
        # (a Common CV's "Degree Type: Bachelor's" cell)
        "bachelor's",
        "bachelor's degree",
        "bachelor's thesis",
        "bachelor thesis",
        "undergraduate thesis",
        "senior thesis",
        "honours thesis",
        "honors thesis",
        "master's theses",
        "master theses",
        "masters theses",
        "msc theses",
        "bachelor thesis",
        "bachelor's thesis",
        "bachelor theses",
        # Other master's and undergraduate degrees' theses.
        "ma thesis",
        "m.a. thesis",
        # Batch 225: a bachelor's "Final-year project …, supervised by Dr X" (a UK CV's
        # degree entry): the dissertation's supervisor, no doctorate's
        "final-year project",
        "final year project",
        "final-year projects",
        "final year projects",
        # Batch 225: "MA theses supervised" over "A (MA 2016)" (a linguist's student lines)
        "ma theses",
        "m.a. theses",
        # Batch 293: a humanities CV's "MA dissertations — A (2023), B (2024)" (the UK
        # master's written work): master's students, no doctorate's
        "ma dissertation",
        "ma dissertations",
        "m.a. dissertation",
        "m.a. dissertations",
        # a UK "MSt dissertations supervised: A (2020)" (the one-year Master of Studies; the
        # bare "MST" also abbreviates a spanning tree)
        "mst dissertation",
        "mst dissertations",
        "mst thesis",
        "mst in",
        "m.st.",
        "master of studies",
        # "MA in General Linguistics", "M.A. in History": a master's degree's entry
        "ma in",
        "m.a. in",
        "ms thesis",
        "m.s. thesis",
        "mphil",
        "m.phil.",
        "master of philosophy",
        "master of research",
        "meng thesis",
        "honours thesis",
        "honors thesis",
        "senior thesis",
        "undergraduate thesis",
        "honours theses",
        "honors theses",
        "senior theses",
        "undergraduate theses",
        "bachelor's theses",
        # "A (visiting Ph.D. student from University X)": a guest, not the owner's advisee
        "visiting ph.d. student",
        "visiting doctoral student",
        # "Visiting Graduate Student, Institute X (host: Dr. B)": a stay, no doctorate's advisor
        "visiting graduate student",
        "visiting graduate students",
        "undergraduate researcher",
        "undergraduate researchers",
        # a mentoring page's term-time students ("Undergraduate research students" › "A
        # (2021–2023)"): no summer internship, though "undergraduate research" is one
        "undergraduate research student",
        "undergraduate research students",
        "independent study",
        "undergraduate student",
        "undergraduate students",
        # Canadian and Indian master's degrees by their abbreviations ("MASc student (2024–)",
        # "M.Tech. thesis"): a master's supervision.
        "masc",
        "m.a.sc.",
        "m.a.sc",
        "m.tech",
        "m.tech.",
        "mtech",
        "meng",
        "m.eng.",
        "mres",
        "m.res.",
        # Public health's master's degree ("MPH thesis", "MPH practicum")
        "mph",
        "m.p.h.",
        "master of public health",
        # Graduate medical education after the MD ("Residency in Internal Medicine", "Clinical
        # Fellowship in Cardiology"): a mentor there is no doctoral advisor.
        "residency",
        "clinical fellowship",
        "clinical fellow",
        # A Master of Engineering's thesis ("ME thesis (2019)", Middle-East and South-Asian pages).
        "me thesis",
        "m.e. thesis",
        # (the host of such a stay advises it as a visiting student's: "hosted by B")
        "sandwich scholar",
        "sandwich student",
        "split-site fellow",
        "split-site scholar",
        "split-site student",
        # Batch 253: "Visiting PhD candidate from University X, hosted by B", and a fellow's
        # "a secondment at Company Y, where I was hosted by B": a stay's host, no doctorate's
        # advisor (a doctoral network's "Secondment: Company Y" label names no stay's kind)
        "visiting phd candidate",
        "visiting doctoral candidate",
        "doctoral research stay",
        "doctoral research stays",
        "secondment at",
        "a secondment",
        "on secondment",
        # Batch 296: the Maghreb's and Central Europe's "Magister", a postgraduate degree
        # before the doctorate ("Magister in Physics, supervised by Dr B"): no doctorate's thesis
        "magister",
        "magisters",
    ),
}

# Thesis jury: cues that a list of jury members follows, and the role words.
# A British CV's "Viva (2019): Prof. A (X, external examiner) and Dr B" labels the
# examiners (as French « Soutenance : »); the word alone is the exam itself.
JURY_CUES_GUARDS = {"viva": r"(?=\s*(?:\([^()]{0,20}\)\s*)?:)"}
JURY_CUES = (
    "viva",
    # a Swiss or German doctorate's second reviewer (Korreferent), in an English CV
    "co-examiner",
    "second examiner",
    "jury",
    "jury members",
    "committee members",
    "thesis committee",
    "defense committee",
    "defence committee",
    "dissertation committee",
    "examination committee",
    "committee",
    "the committee was composed of",
    "committee was composed of",
    "examiners",
    "reviewers",
    "referees",
    "opponent",
    "opponents",
    "board of examiners",
    "doctoral committee",
    "reading committee",
    # "Readers:" over the list of a US dissertation's readers.
    "readers",
    "examined by",
    "thesis was examined by",
    "thesis examiners",
    "chair of examiners",
    "graduate school representative",
    "graduate faculty representative",
    "my examiners",
    "defense jury",
    "defence jury",
    "assessment committee",
    "grading committee",
    "exam committee",
    "examination board",
    # Batch 154: a Swiss CV's "Chair of the doctoral examination (Vorsitz) of A".
    "doctoral examination",
    "phd examination",
)
JURY_ROLES = {
    "jury_reviewer": (
        "reviewer",
        "reviewers",
        "referee",
        "referees",
        "rapporteur",
        "rapporteurs",
        "opponent",
        "opponents",
        "first opponent",
        "external reviewer",
        # (the Korreferent, who reports on the thesis beside its supervisor)
        "co-examiner",
        "second examiner",
        # a thesis record's field "Thesis examiners" (Australia, New Zealand: the thesis is
        # examined in writing, its examiners report on it; one's own "thesis examiner" seat
        # on a CV stays an examiner's)
        "thesis examiners",
    ),
    "jury_examiner": (
        "examiner",
        "examiners",
        "internal examiner",
        "external examiner",
        "sub-examiner",
        "sub examiner",
        "vice-examiner",
        # a CV's heading over the theses its owner examined ("Examination of HDR theses")
        "examination of theses",
        "examination of phd theses",
        "examination of doctoral theses",
        "examination of research theses",
        "examination of higher degree theses",
        "examination of higher degree research theses",
        "examination of hdr theses",
        # Batch 225: a UK CV's "External examining: PhD of A, University X (2008)"
        "external examining",
        "internal examining",
        "phd examining",
        "doctoral examining",
        # Batch 306: a Swiss jury's "external expert" / "internal expert" (« expert externe »)
        "external expert",
        "internal expert",
        "external experts",
        "internal experts",
    ),
    "jury_president": (
        "president",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "committee chair",
        # a Finnish public defence's "Custos", who presides over the examination
        "custos",
        # a UK viva's non-examining chair, who keeps the procedure
        "independent chair",
        "independent chairperson",
        "president of the jury",
        "chaired",
        "chaired by",
        "chaired",
        # "…, Dissertation Advisor, Chair of Committee" on an approval page: one member's role.
        "chair of committee",
        "chair of the committee",
        # a thesis examination's (often non-examining) chair
        "chair of examiners",
        "chair of the examiners",
    ),
    # "Minor Professor": the US committee member who represents the minor field.
    # A US "reader" ("outside reader") reads and approves the dissertation: a member, not
    # the report-writing reviewer of a European jury.
    "jury_member": (
        "member",
        "members",
        "committee member",
        "jury member",
        "minor professor",
        "reader",
        "readers",
        # a US final oral examination's member appointed by the graduate school
        "graduate school representative",
        "graduate faculty representative",
    ),
}
# A committee mentioned with these words is not a thesis jury.
# A news or magazine story's writer, as its author box calls them ("A is a senior writer
# for the magazine"): the page's byline names no subject of its facts.
# The writer's own path told in the first person ("my advisor", "I defended"): a post's
# byline then names the page's person, not a journalist writing of another.
OWN_PATH = (
    "my advisor",
    "my supervisor",
    "my phd",
    "my thesis",
    "my dissertation",
    "my defense",
    "my defence",
    "my postdoc",
    "i defended",
    "i was co-supervised",
    "my own advisor",
    "my own supervisor",
    "my own phd",
    "my own thesis",
)
# A blog post's author box heading before its writer's name ("Posted by A"): the bio under
# it is the writer's, not the post's subject's.
AUTHOR_BOX_HEADINGS = ("posted by", "published by", "written by", "authored by")
# A story's credit line before its writer's or photographer's name.
BYLINE_CREDITS = (
    "interview by",
    "interviewed by",
    "words by",
    "written by",
    "story by",
    "text by",
    "photos by",
    "photo by",
    "photography by",
    "photos:",
    "photo:",
)
NEWS_WRITERS = (
    "writer",
    "senior writer",
    "staff writer",
    "science writer",
    "contributing writer",
    "freelance writer",
    "journalist",
    "reporter",
    "correspondent",
    "contributing editor",
    "features editor",
)
NOT_JURY = (
    # (each held only where a prize's name follows it: NOT_JURY_GUARDS)
    "jury of the",
    "jury for the",
    "committee of the",
    "committee for the",
    # "Current group members: A (PhD student), B (postdoc)": a research group's roster.
    "group members",
    "lab members",
    "team members",
    "hiring",
    # (a hiring panel; "urchin recruitment", "patient recruitment" are research topics)
    "recruitment panel",
    "recruitment panels",
    "recruitment committee",
    "recruitment committees",
    "recruitment jury",
    "recruitment board",
    "recruitment of",
    "recruiting",
    "selection committee",
    "search committee",
    "follow-up committee",
    "monitoring committee",
    "thesis advisory committee",
    # (Canada, UK: the committee that follows a student's progress, not the examiners)
    "supervisory committee",
    "supervisory committees",
    "individual thesis committee",
    "program committee",
    "programme committee",
    "placement committee",
    "organizing committee",
    "organising committee",
    "scientific committee",
    "steering committee",
    "editorial board",
    "pc member",
    "evaluation committee",
    "award committee",
    "prize committee",
    "prize jury",
    "award jury",
    "thesis prize",
    "dissertation prize",
    "best thesis award",
    "best dissertation award",
    # "Member of the jury for the Society's Early Career Prize, chaired by B": an award's
    # jury, whatever the prize is called
    "career prize",
    "career award",
    "poster prize",
    "poster award",
    "paper prize",
    "paper award",
    "best paper",
    "student prize",
    "hackathon",
    "admission",
    "admissions",
    "faculty position",
    "competitive exam",
    # hiring and promotion panels, and a programme's yearly progress reviews
    "appointment committee",
    "appointment panel",
    "appointments committee",
    "promotion committee",
    "promotion panel",
    "progression panel",
    "progression panels",
    # a doctoral programme's own exams before the thesis, and India's follow-up committees
    "qualifying examination",
    "qualifying examinations",
    "qualifying exam",
    "qualifying exams",
    "candidacy examination",
    "candidacy exam",
    "comprehensive examination",
    "comprehensive exam",
    "research advisory committee",
    "doctoral advisory committee",
    "research progress committee",
    # India: a "Student Research Committee" (SRC) follows a scholar's progress, no viva
    "student research committee",
    # "Mid-term evaluation of the thesis of A": a follow-up review half-way, like a CSI, no jury.
    "mid-term evaluation",
    "mid-term evaluations",
    "midterm evaluation",
    "mid-term review",
    "midterm review",
    "mid-term assessment",
    # Batch 306: a Swiss "mid-thesis committee" (« colloque de mi-thèse »), a review half-way
    "mid-thesis",
    "advisory committee",
    "advisory committees",
    # "My doctoral committee – A and B – met me every semester": a body that follows the
    # student's progress term by term, not the examiners of the defence
    "every semester",
    "each semester",
    "every six months",
    "awards committee",
    # "Student representative, Graduate School committee (chair: B)": a body that runs a
    # school or a department, on which a student sits; no one's defence
    "student representative",
    "student representatives",
    "graduate school committee",
    "curriculum committee",
    "departmental committee",
)

# A prize's or an award's name ahead in the same phrase (no break of punctuation before it).
_PRIZE_AHEAD = r"(?=[^.;:()\n—–]{0,60}?\b(?:prize|award|medal)s?\b)"

# NOT_JURY phrases that still name a thesis jury when the doctorate follows them: the
# Nordic and Belgian "evaluation committee member for the PhD defence of A" (a funder's
# "evaluation committee" stays out). Phrase → the look-ahead that keeps it a NOT_JURY match.
NOT_JURY_GUARDS = {
    "evaluation committee": r"(?!\s+(?:member\s+)?(?:for|of|at|in)\s+the\s+"
    r"(?:ph\.?\s?d\.?|doctoral|doctorate)\s+(?:defen[cs]e|thesis|dissertation|examination))",
    # "The jury of the 2024 X Young Researcher Prize — A (chair), B … chose C for his thesis":
    # the jury belongs to the prize its phrase goes on to name, whatever the thesis crowned
    "jury of the": _PRIZE_AHEAD,
    "jury for the": _PRIZE_AHEAD,
    "committee of the": _PRIZE_AHEAD,
    "committee for the": _PRIZE_AHEAD,
}

# NOT_RELATION phrases that still leave a supervision when the grant is the trainee's own:
# "a postdoctoral fellowship on an NINR-funded T32 training grant …, under the mentorship
# of Dr. B" (a training grant funds the fellow; no PI is named). Phrase → its guard.
NOT_RELATION_GUARDS = {"grant": r"(?<!training grant)"}

# Not supervision, not a jury, not a coauthor: teaching, editing, funding.
NOT_RELATION = (
    # a seminar's programme: "Upcoming speakers: Prof. A (University X) and Dr. B" (their
    # places are theirs, and no one supervised or examined anyone)
    "speakers",
    # an event's contact: "a lunch with the PhD students; please register with A"
    "register with",
    "registration with",
    "rsvp to",
    # a department's peer- or outreach-mentoring scheme: "paired with faculty mentor B"
    "mentoring programme",
    "mentoring program",
    "peer-mentoring programme",
    "peer-mentoring program",
    "peer mentoring programme",
    "peer mentoring program",
    "course instructor",
    "course instructors",
    "instructor",
    "instructors",
    "lecturer of",
    "teaching assistant",
    "graduate teaching assistant",
    "taught by",
    "editor",
    "editors",
    "eds",
    "edited by",
    "principal investigator",
    "pi:",
    "co-pi",
    "grant",
    "funded by",
    "coordinator",
    # A thesis follow-up committee names the student's advisors, not the page owner's.
    "thesis advisory committee",
    "follow-up committee",
    # India's follow-up committees of a doctoral scholar (progress reviews, not the viva).
    "research advisory committee",
    "doctoral advisory committee",
    "research progress committee",
    "departmental research committee",
    "co-taught",
    "taught with",
    "co-teaching",
    "co-instructor",
    "co-organized",
    "co-organised",
    "organized with",
    "organised with",
    "organizer",
    "organiser",
    "co-organizer",
    "co-organiser",
    # "I teach the module on X with Dr A" (no supervision); "I was second supervisor to A
    # (primary supervisor: B)": B is A's advisor, not the owner's (read by the students rule).
    "i teach",
    "we teach",
    "co-teach",
    "teaches the",
    "supervisor to",
    "co-supervisor to",
    "postgraduate-scholar sponsor",
    "scholar sponsor",
    # A job-market CV's contacts: its placement director and administrator place the
    # candidate; they supervise nobody.
    "placement director",
    "placement administrator",
    "placement officer",
    # "contact the department administration, adviser A": an office's staff, no advisor
    "department administration",
    "faculty administration",
    # "Supervised the teaching assistants of CHEM 101: A, B": a course's staff, no advisees.
    "teaching assistants",
    "graduate teaching assistants",
    "undergraduate teaching assistants",
    "course assistants",
    # Batch 253: a hackathon's or a contest team's mentor ("At HackX 2019 our team was
    # mentored by B", "team mentor: B"): a weekend's coach, no supervision
    "hackathon",
    "hackathons",
    "team was mentored",
    "team mentor",
    "team mentors",
    # Batch 265: a start-up accelerator's mentors and the founders they coach ("Mentored
    # early founders, among them B"): business coaching, no supervision
    "accelerator programme",
    "accelerator program",
    "accelerator cohort",
    "incubator programme",
    "incubator program",
    "early founders",
    "early-stage founders",
    "startup founders",
    "start-up founders",
    "first-time founders",
)

# Positions held at an organisation (employment) and studies (education).
POSITIONS = (
    "professor",
    # A North American teaching-track title ("Joined as: Teaching Professor, 2025")
    "teaching professor",
    "assistant professor",
    "associate professor",
    "full professor",
    "lecturer",
    "senior lecturer",
    "reader",
    # The Nordic and Central European title between lecturer and professor.
    "docent",
    "postdoc",
    "post-doc",
    "postdoctoral",
    "post-doctoral",
    "researcher",
    "research scientist",
    # an institute's senior ranks, opening a fellow's line ("Senior Scientist, X Centre")
    "senior scientist",
    "principal scientist",
    "research associate",
    # the British postdoctoral research associate's and fellow's acronyms ("a PDRA at X")
    "pdra",
    "pdrf",
    "research assistant",
    "scientist",
    "research fellow",
    "fellow",
    "engineer",
    "research engineer",
    "faculty",
    "tenure",
    "employed",
    "working at",
    "work at",
    # "Before that she taught at X (2009–2013)": a humanities bio's past post
    "taught at",
    "joined",
    "head of",
    "director",
    # A company's executives ("Vice President of Discovery at Brenvale Therapeutics since 2022")
    "vice president",
    # Batch 265: "was VP of Discovery at X", "now a product manager at Y"
    "vp",
    "product manager",
    "chief scientific officer",
    "chief technology officer",
    "chief executive officer",
    "chair",
    "instructor",
    "visiting",
    "staff",
    "member of staff",
    "adjunct",
    "emeritus",
    "group leader",
    "team leader",
    # "I lead the X group in the School of Y at University Z": the owner runs a group there
    "i lead",
    "i head",
    # "She previously worked at X (2012–2016)": employment stated by its verb.
    "worked at",
    "worked for",
    # "she worked as a hydrographer at X": a trade the list does not name, its verb a post
    "worked as",
    # Industry posts before or beside research ("four years at Studio X as a service designer").
    "designer",
    "consultant",
    "analyst",
    # A practitioner's post named by the field ("a quantitative ecologist at the X Trust")
    "ecologist",
    "statistician",
    "biostatistician",
    "epidemiologist",
    # ("a hydrologist with the X Authority", "an Extension Specialist at Y University")
    "hydrologist",
    "geologist",
    "specialist",
    # "a curator at the Museum of X": a museum's or a collection's post
    "curator",
    "archivist",
    # "Keeper of Rare Maps at the Museum of X": a museum's head of a collection
    "keeper of",
    # "retired in 2019 from the X Institute": the post held there until then
    "retired from",
    "retired in",
    # Clinicians' posts: "an attending physician at X", "her residency at Y Hospital"
    "physician",
    "residency",
    # "Attending Cardiologist, X Hospital", "staff nurse in the ICU of Y": a clinical post
    "attending",
    "surgeon",
    "clinician",
    "pharmacist",
    "staff nurse",
    "registered nurse",
    "nurse practitioner",
    # "on secondment to the X Office (2020–2021)": a post held at another employer
    "secondment",
    "seconded",
    # A Chinese university's title: the right to supervise ("Professor and Ph.D. supervisor at
    # X"), a post held there, not a degree.
    "doctoral supervisor",
    "ph.d. supervisor",
    "phd supervisor",
    "master's supervisor",
    "masters supervisor",
    "master supervisor",
)
# "Attending Cardiologist, X Hospital", "an attending physician at Y": a clinician's post
# only before its specialist's noun ("Attending" alone heads a defence's practical notes,
# "attending a conference" is no post)
POSITIONS_GUARDS = {"attending": r"(?=\s+[A-Za-z-]*(?:ist|ian|eon)\b)"}
# UK integrated master's degrees ("MPhys Physics with Astrophysics, University of X").
UK_INTEGRATED_MASTERS = ("mphys", "mchem", "mmath", "msci", "mbiol")
STUDIES = (
    "phd student",
    "ph.d. student",
    "ph.d student",
    "doctoral student",
    "graduate student",
    # "is a doctoral candidate at the University of X": a thesis under way there
    *(f"{c} candidate at" for c in ("doctoral", "phd", "ph.d.")),
    # "is a doctoral candidate in the School of X at the University of Y": the school first
    *(f"{c} candidate in the" for c in ("doctoral", "phd", "ph.d.")),
    # "is a doctoral researcher in the X Group at Y University": British wording for a
    # PhD student, no post ("postdoctoral researcher" is one word apart and stays a post;
    # a CV's "Doctoral researcher, Institut X" entry names the lab that employed them)
    *(f"{c} researcher {w}" for c in ("doctoral", "phd") for w in ("at", "in")),
    "student",
    "students",
    "studied",
    "studies",
    "phd",
    "ph.d",
    "ph. d",
    "doctorate",
    "master",
    "masters",
    "msc",
    "m.sc",
    "m.s.",
    "bachelor",
    "bsc",
    "b.sc",
    "b.s.",
    "degree",
    "diploma",
    "graduated",
    "graduate",
    "engineering program",
    "engineering degree",
    "undergraduate",
    "thesis",
    "dphil",
    "mphil",
    "scd",
    "sc.d",
    "edd",
    "ed.d",
    "drph",
    "alumnus",
    "alumna",
    "defended",
    # "She read chemistry at the University of X, graduating in 1967"
    "graduating",
    # "Erasmus exchange, Universidad de X (Spain)": a year of studies at the host university
    "erasmus exchange",
    "erasmus semester",
    "erasmus year",
    # Australia, NZ: "did her Honours year at the University of X in 1976"
    "honours year",
    "honors year",
    "honours degree",
    "honors degree",
    # "did my doctoral work at the University of X", not a post held there
    "doctoral work",
    "doctoral research",
    "graduate work",
    # "B.A."/"M.A."/"M.D." alone are also a person's initials ("M.A. Quill (Univ. X)"): only
    # with what follows a degree.
    *(f"{d} {w}" for d in ("b.a.", "m.a.", "m.d.") for w in ("in", "from", "at", "degree")),
    *(f"{d}," for d in ("b.a.", "m.a.", "m.d.")),
    *(f"{a} {d}" for a in ("a", "an", "my", "her", "his") for d in ("b.a.", "m.a.", "m.d.")),
    # Undotted "MA"/"BA" only after an article or a possessive ("she obtained an MA in X"):
    # alone they are also a state ("Boston, MA") or initials.
    *(f"{a} {d}" for a in ("a", "an", "my", "her", "his", "their") for d in ("ba", "ma")),
    # Undotted "MD" likewise ("Baltimore, MD"): "earned her MD from X", "an MD at Y"
    *(f"{a} md" for a in ("an", "my", "her", "his", "their")),
    *(f"md {w}" for w in ("from", "degree")),
    # Indian engineering degrees ("B.E. | Tamirabarani University | 1998", "M.E., College X"):
    # dotted, like "M.A.", only with what follows a degree (alone, also initials).
    *(f"{d} {w}" for d in ("b.e.", "m.e.") for w in ("in", "from", "at", "degree", "|")),
    *(f"{d}," for d in ("b.e.", "m.e.")),
    "b.tech.",
    "b.tech",
    "btech",
    "m.tech.",
    "m.tech",
    "mtech",
    "sc.d.",
    "d.sc.",
    "meng",
    "m.eng.",
    "beng",
    "b.eng.",
    *UK_INTEGRATED_MASTERS,
    # German doctorates written in English pages ("Dr. rer. nat., Universität X"), German
    # profiles' "Doctoral researchers" section, a grant report's "Personnel supervised".
    "dr. rer. nat.",
    "dr. phil.",
    "dr.-ing.",
    "dr. rer. pol.",
    "dr. med.",
    # Canadian engineering and applied-science degrees ("B.A.Sc., Engineering Science",
    # "MASc in Chemical Engineering").
    "b.a.sc.",
    "b.a.sc",
    "basc",
    "m.a.sc.",
    "m.a.sc",
    "masc",
    "b.eng",
    "m.eng",
    # Degrees written the Japanese and Indonesian way ("Dr. Eng.", Sarjana/Magister Teknik).
    "dr. eng.",
    "d.eng.",
    "s.t.",
    "m.t.",
    "s.si.",
    "m.si.",
    "m.kom.",
    # A structured biography's fields: "educated at: University X (Doctor of Philosophy, 1991–1996)"
    # (a knowledge base's statement), "She was educated at X".
    "educated at",
    "doctor of philosophy",
    # Nursing, public-health and pharmacy degrees ("earned her BSN from X", "an MPH at Y";
    # undotted "MPH" alone is also a speed, so only after an article or a possessive)
    "bsn",
    "b.s.n.",
    "msn",
    "m.s.n.",
    "dnp",
    "pharmd",
    "pharm.d.",
    "m.p.h.",
    *(f"{a} mph" for a in ("an", "my", "her", "his", "their")),
    "mph from",
)
MEMBERSHIP = ("member of", "member", "part of", "belong to", "affiliated with", "affiliated to")
# "a member of the editorial board of X and consults for Y": a seat on a journal's or a
# firm's board, no membership of the place the sentence names next
_BOARD_SEAT = (
    r"(?!\s+(?:of\s+)?(?:the|an?|its)\s+(?:editorial|advisory|scientific\s+advisory)\s+boards?\b)"
)
MEMBERSHIP_GUARDS = {"member of": _BOARD_SEAT, "member": _BOARD_SEAT}

# Organisation words: institutions employ and graduate people; units (teams, labs) have members.
INSTITUTION_HEADS = (
    "national laboratory",
    "national lab",
    "university",
    # Nordic names kept in English text ("Universitetet i Oslo"): no module of their own yet.
    "universitet",
    "universitetet",
    "institutt",  # Norwegian/Danish "Norsk institutt for X"
    "school",
    "college",
    "institute",
    "institution",
    "academy",
    # Taiwan's national academy keeps its Latin name ("Academia X")
    "academia",
    "polytechnic",
    "hospital",
    # British hospitals' older name ("Royal X Infirmary"): a registrar's, a consultant's employer
    "infirmary",
    "observatory",
    "foundation",
    "research trust",
    # charities and health bodies that employ field staff ("Ardley Coastal Trust", "X NHS
    # Foundation Trust")
    "trust",
    "museum",
    "center",
    "centre",
    "council",
    "agency",
    # public bodies that employ researchers ("Velmar Basin Authority", "Drennick Directorate")
    "authority",
    "directorate",
    # national mapping and earth-science bodies ("British Geological Survey")
    "geological survey",
    "labs",
    "inc",
    "ltd",
    "gmbh",
    "corporation",
    "company",
    "industries",
    "studio",
    # Field sites and collections that employ researchers ("Skerry Marine Station", "X Museum").
    "marine station",
    "research station",
    "field station",
    "biological station",
    # "Marine Biology Station of X": the station named after its science, not its adjective
    "biology station",
    "museum",
    # "the Northgate Language Documentation Archive": a collection that employs archivists
    "archive",
    "senter",
    "centrum",
    "bank",
    # "Kestrel Research Laboratories", "Bell Laboratories": a company's or agency's research
    # arm in the plural is an employer, not a team.
    "laboratories",
    "research laboratories",
    # Central banks named in their own language on an English CV ("Banco de la República",
    # "Banco de Portugal"): an economist's employer, like "Bank of X".
    "banco",
    # Government bodies that employ researchers ("Ministry of Digital Affairs", "Office for
    # National Statistics", "Bureau of Labor Statistics", a national weather service); the
    # bare "Office" and "Bureau" are rooms ("Office 114", "Bureau C-214").
    "ministry",
    # "Commonwealth Soil Research Organisation", "World Health Organization"
    "research organisation",
    "research organization",
    "health organization",
    "organisation for",
    "organization for",
    "office for",
    "office of",
    "bureau of",
    "met office",
    "met service",
    "weather service",
    "meteorological service",
    # Universities named in their own language inside English text (Indonesia and Malaysia,
    # the Netherlands, Ireland, Czechia, Poland): the head word of the name.
    "universitas",
    "universiti",
    "rijksuniversiteit",
    "ollscoil",
    "univerzita",
    "uniwersytet",
    "politechnika",
    # Finnish names keep their head word at the end ("Itä-Suomen yliopisto")
    "yliopisto",
    # A research programme that employs its own staff ("North Sea Carbon Research Programme")
    "research programme",
    "research program",
    # Companies by their legal form ("X S.A.", "Y S.A.R.L.", "Z S.p.A.", "W B.V.", "V LLC")
    "s.a.",
    "s.a.r.l.",
    "sarl",
    "s.p.a.",
    "s.r.l.",
    "b.v.",
    "llc",
    "plc",
    # a law firm by its legal form ("Whitby & Crane LLP")
    "llp",
    # the abbreviated head of a university's name ("Univ. of Pembridge"), guarded below
    "univ",
)
# "Univ" heads a name only as an abbreviation with its dot ("Univ. of X", "Univ. Y"), not
# as a word of its own (a "univ" login, a URL path).
INSTITUTION_HEADS_GUARDS = {"univ": r"(?=\.[ \t]+(?:of[ \t]|[A-ZÀ-Þ]))"}
# A unit's head word by the level it names: "Department of X / Département de X / Vakgroep X"
# one unit in two languages (affiliations._translation).
UNIT_HEAD_KINDS = {"department": ("department",), "faculty": ("faculty",)}
UNIT_HEADS = (
    "laboratory",
    "lab",
    "department",
    "dept",
    "division",
    "group",
    "team",
    "unit",
    "faculty",
)
TEAM_WORDS = ("team", "group", "project-team", "research group", "lab", "research unit")

# Labels in front of author lists.
AUTHOR_LABELS = (
    "authors",
    "author",
    "contributors",
    "with",
    "recommended citation",
    "citation",
    "cite as",
    "co-authors",
    "coauthors",
)

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
}
PRESENT = (
    "present",
    "now",
    "today",
    "current",
    "ongoing",
    "date",
    # Indian English: "2016 – till date", "2019 – till now".
    "till date",
    "till now",
    "till today",
    "until date",
)
# Verbs that start a position at the place named next ("before joining X in 2017").
# ("after a postdoc at X she moved to Y (2016–2019)": the move opens Y's clause)
# ("will join X as an assistant professor in January 2026": the post's first year)
JOINING = (
    "joined",
    "joining",
    "appointed",
    "hired",
    "moved to",
    "returned to",
    "will join",
    "joins",
    # Batch 291: "after two years at X, she took up a lectureship at Y in 2013", "… before
    # returning to Z as a senior lecturer in 2009": the move opens the next place's clause
    "took up",
    "returning to",
    # "co-founded X in 2018 and is its CTO": the company's founding year opens the post
    "co-founded",
    "cofounded",
    # "I came to X University in 1993 as an assistant professor": the arrival opens the post
    "came to",
    "came back to",
    # "in 2015 she became a lecturer at X": the new post's first year
    "became",
)
# Batch 279: a career move's verb, the employer named right after it ("Dr. A moved to the X
# Institute in 2016", "B has been with Y Biologics since 2020"), and a stay's length before
# its place ("spent three years at Z Energy"): the place employs the person, unless the
# sentence names studies there.
CAREER_MOVES = (
    "moved to",
    "relocated to",
    "has been with",
    "had been with",
    "have been with",
    # ("she joined the consultancy X as …": the employer her move names, as « a rejoint »)
    "joined",
)
DURATION_VERBS = ("spent",)
DURATION_UNITS = ("years", "year", "decades", "decade")
MOVE_COMPANY_LEADS = (
    "the company",
    "the start-up",
    "the startup",
    "the firm",
    # "she joined the consultancy X": a consulting firm
    "the consultancy",
    "the consulting firm",
)
SINCE = (
    "since",
    "from",
    "starting",
    "started",
    "began",
    "begun",
    "start date",
    # a table's labelled cells: "Start: 2012 | End: 2016" (a knowledge base's employers)
    "start:",
    # "Entered: 2021" (a department's students table: the year the student began)
    "entered:",
    "arrival",
    "enrolled",
    "first enrolled",
    # Doctoral directories: "Year of entry: 2022", "Entry year: 2021", "Intake: 2023".
    "year of entry",
    "entry year",
    "intake",
    # Research-training records: "commenced 03/2021", "Commencement date: 2020".
    "commenced",
    "commencement",
    # Appointment news: "joins X as professor, effective July 1, 2024", "for a five-year
    # term beginning 2023": the post's first year, no end.
    "effective",
    "beginning",
    # a bio's present post dated by the lab it opened ("a Reader at X, where she founded the
    # lab in 2011"): the post's first year, no end
    "founded the lab",
    "founded the group",
    "founded her lab",
    "founded his lab",
    "founded her group",
    "founded his group",
    "set up the lab",
    "set up her lab",
    "set up his lab",
    *JOINING,
    # a table's "Start" column: "Start: 2021"
    "start",
)
RANGE_WORDS = ("to", "until", "till")

# Honorifics and titles written before names.
TITLES = (
    "prof",
    "professor",
    "dr",
    "doctor",
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
    "assoc prof",
    "assistant prof",
    "associate prof",
    # Ranks written before a name in committee lists ("Associate Professor A. Quill").
    "assistant professor",
    "associate professor",
    "full professor",
    "adjunct professor",
    "visiting professor",
    "research professor",
    "emeritus professor",
    "professor emeritus",
    # ("Professor Emerita A": the feminine form of the rank)
    "emerita professor",
    "professor emerita",
    "senior researcher",
    "senior scientist",
    "principal scientist",
    "senior lecturer",
    "distinguished professor",
    "university professor",
    # a list's plural title: "co-advised by Professors A and B", "Profs. C and D"
    "professors",
    "profs",
    # Australian and New Zealand associate professors: "A/Prof. B", "A/Professor C"
    "a/prof",
    "a/professor",
)
CONNECTORS = ("and", "&")

# Job offers: a page with several of these is an advert, whose "supervisor" has no student yet.
OFFER = (
    "candidate",
    "candidates",
    "applicants",
    "applicant",
    "apply",
    "application",
    "applications",
    "position",
    "we are looking",
    "we seek",
    "job offer",
    "vacancy",
    "funded phd",
    "open position",
    "phd offer",
    "salary",
    "deadline",
    "candidate profile",
    "successful candidate",
    "requirements",
)
# Words of the first person that make a sentence about the page owner.
FIRST_PERSON = ("i", "my", "me", "i'm", "i've")

# First-person verbs by which the owner says they advised someone ("I supervised the PhD of X").
ADVISING_VERBS = (
    "supervised",
    "supervise",
    "supervising",
    "co-supervised",
    "co-supervise",
    "advised",
    "advise",
    "advising",
    "co-advised",
    "co-advise",
    "mentored",
    "mentor",
    "hosted",
    "host",
    "directed",
    "co-directed",
    # "I had the pleasure of co-advising A with B"
    "co-advising",
    "co-supervising",
    "co-mentored",
    "co-mentoring",
    "mentoring",
    # a profile in the third person: "Currently she advises A and co-advises B with C"
    "supervises",
    "co-supervises",
    "advises",
    "co-advises",
)
FIRST_PERSON_SUBJECT = ("i", "we")
# Sections listing former members (not current ones).
ALUMNI = (
    "alumni",
    "former members",
    "past members",
    "former students",
    "previous members",
    # "Graduated Advisees", "Past Students": an adviser's list of those who have left
    "graduated students",
    "graduated advisees",
    "former advisees",
    "past students",
    "past advisees",
    # an alumni newsletter's "Where are they now?": former students' updates
    "where are they now",
)
# "X is a research group of Y", "X belongs to Y": the structure of organisations.
PART_OF_PHRASES = (
    "belongs to",
    "is part of",
    "is a part of",
    "is affiliated with",
    # "the X Institute, a research institute of the School of Y": an apposition names the
    # parent (the institute is a unit, not an employer)
    "a research institute of",
    "a research centre of",
    "a research center of",
    # "The X Institute is hosted by Y University": the host runs the institute
    "is hosted by",
    # "The X Unit sits within the School of Y at Z University": the unit is Z's
    "sits within",
    "is housed within",
)
# "X is a joint unit of A University and the B Council": the unit belongs to both bodies,
# so "and" between two names each with its own head word joins two organisations.
JOINT_UNIT_CUES = (
    "joint unit of",
    "joint research unit of",
    "joint centre of",
    "joint center of",
    "joint institute of",
    "joint laboratory of",
)
# "The X Centre, a centre within the Faculty of Y", "X, an interdisciplinary centre at the
# University of Z": the kind of unit an apposition names before its parent.
PART_OF_APPOSITION_NOUNS = (
    "centre",
    "center",
    "institute",
    "unit",
    "group",
    "laboratory",
    "lab",
    "school",
    "department",
    "division",
    "faculty",
)
# "The X Lab comprises four teams: A, B, C and D": the verb before a unit's listed parts.
UNIT_ENUMERATION_VERBS = (
    "comprises",
    "consists of",
    "brings together",
    "is made up of",
    "is organised in",
    "is organized in",
    "is organised into",
    "is organized into",
    # "… at the X Laboratory, within its two groups: A and B"
    "within its",
)
# Cues that name an advisor only when the sentence says which kind of supervision
# ("my PhD under Jane Doe"), unlike "with", which needs a postdoc or internship.
CONTEXT_CUES = (
    "under",
    "in the group of",
    "in the lab of",
    "hosted by",
    # a lab page's card "Postdoctoral scholar (2024–), co-hosted by A and B": both hosts
    "co-hosted by",
    "mentored by",
    "mentor",
    "host",
    # "…, where my host was Dr. B", "my mentor was B": the cue's verb before the name
    "host was",
    "mentor was",
    "in the laboratory of",
    "in the team of",
    # "PhD in X, Univ. Y. Directors: A and B" (Latin-American and Iberian CVs in English):
    # only as a label ("the program director, X" is no advisor).
    "director:",
    "directors:",
    # Batch 306: "Thesis director: A; co-director: B" (Swiss and Québec CVs in English)
    "co-director:",
    "co-directors:",
    "thesis director",
    "thesis directors",
    # a US humanities bio's "Her dissertation director was Professor A"
    "dissertation director",
    "dissertation directors",
    # "I wrote an honors thesis with Prof. X", "my dissertation with Y": the thesis names the
    # kind of supervision, so "with" names the advisor here.
    # ("Postdoctoral fellow, University X, group of Prof. A": the host's group after a comma)
    "thesis with",
    "dissertation with",
    "group of",
    # A US fellowship's "sponsor" (NSF, NIH postdoctoral fellowships) is the postdoc's host.
    "sponsor",
    "faculty sponsor",
    "sponsored by",
    # Plural labels of an internship's or a postdoc's supervisors ("(mentors: A and B)",
    # "Hosts: Dr. A and Dr. B").
    "mentors",
    "hosts",
    "co-mentor",
    "co-mentors",
    # A fellowship's host named as a label (JSPS, Humboldt, Marie Curie fellowships).
    "host researcher",
    "host scientist",
    "host professor",
    "host supervisor",
    "faculty host",
    "principal investigator:",
    # (a grant's "PI:" stays no advisor: NOT_RELATION, unless an internship's or a postdoc's
    # entry writes it with no grant)
    "pi:",
)
# Role nouns by which the owner says whom they advise ("I was the co-advisor of X").
ADVISING_NOUNS = (
    "advisor",
    "co-advisor",
    "adviser",
    "supervisor",
    "co-supervisor",
    "main supervisor",
    "thesis advisor",
    # an Indian page's "as Co-guide; Guide: Prof. B": the owner's own part
    "co-guide",
)
# Headings of a group's people page.
PEOPLE = (
    "people",
    "members",
    "faculty",
    "staff",
    "team",
    "students",
    "phd students",
    "postdocs",
    "researchers",
    "principal investigator",
    "principal investigators",
    "engineers",
    "current members",
    "group members",
    "permanent members",
    "interns",
    # an Inria project-team's lists ("Research scientists", "Faculty members")
    "research scientists",
    "scientists",
)
NOT_STUDIES = (
    "habilitation",
    "venia legendi",
    "honorary doctorate",
    "honorary degree",
    # "Co-organised the student symposium of X": an event, no studies at X
    "student symposium",
    "student workshop",
    "student volunteer",
)
# Headings or labels naming the head of a lab on its team page (the page's owner).
LAB_HEADS = (
    "principal investigator",
    "principal investigators",
    "pi",
    "group leader",
    # (a group run by several: "Group leaders" over each head's card)
    "group leaders",
    "group leads",
    "group head",
    "lab head",
    "lab director",
    "team leader",
    "head of the group",
    "head of the lab",
    "head of group",
    "head of lab",
    "group lead",
    "lab lead",
    "team lead",
    "lab leader",
)
# A group run by several heads: a student "co-supervised by both PIs" has all of them as
# advisors (the heads the page names under its heads' headings or keys its initials to).
ALL_LAB_HEADS = (
    "both pis",
    # (a joint member of two labs run side by side: "joint postdoc in both labs")
    "in both labs",
    "in both groups",
    "both group leads",
    "both group leaders",
    "both lab heads",
    "both group heads",
    "both principal investigators",
    "both co-leads",
    "the two pis",
    "the two group leads",
    "the two group leaders",
    "the two lab heads",
    "the two principal investigators",
    "all three pis",
    "all three group leads",
    "all three group leaders",
    "the three pis",
    # ("The two group leaders share all students: every PhD student is co-supervised by both
    # of them")
    "both of them",
    "the three group leaders",
)
# A co-head's heading on a group's people page, beside the head's ("Group lead" / "Co-lead").
CO_LAB_HEADS = (
    "co-lead",
    "co-leads",
    "co-pi",
    "co-pis",
    "co-principal investigator",
    "co-principal investigators",
    "group co-lead",
    "co-director",
)
# A stay as a guest student: the host is not where the degree was studied.
VISITING_STUDY = (
    "visiting student",
    "visiting phd student",
    "visiting graduate student",
    # A doctoral stay abroad ("DAAD sandwich scholar", "Commonwealth Split-Site Fellow"): a
    # guest student's, hosted like a visiting student (no post at the host).
    "sandwich scholar",
    "sandwich student",
    "split-site fellow",
    "split-site scholar",
    "split-site student",
)
# Words naming a thesis of any level: "thesis" says PhD only when nothing else does.
THESIS_WORDS = ("thesis", "theses", "dissertation", "dissertations")
# A directory table's name split over two columns ("Last name | First name"), an identity
# form's two name fields ("Surname: Quill", "First name(s): Ada").
FAMILY_NAME_COLUMNS = ("last name", "surname", "family name", "lastname")
# A name's order glossed in brackets after it: "Sakuraba Haruomi (Family: Sakuraba)" (the
# column labels above serve too: "(family name: Sakuraba)", "(nom de famille : Phùng)").
FAMILY_NAME_HINTS = ("family",)
GIVEN_NAME_COLUMNS = (
    "first name",
    "first names",
    "given name",
    "forename",
    "firstname",
    "given names",
)
# What a group member is, written after the name in a "Group" / "Team" list ("A — PhD
# student, 2023–"): the owner advises them.  Colleagues' titles (professor) are not here.
MEMBER_ROLES = (
    "student",
    "students",
    "candidate",
    "intern",
    "engineer",
    "postdoc",
    "postdoctoral",
    "postdoctoral fellow",
    "postdoctoral researcher",
    "thesis",
)
# Lower-case words that still belong to an institution's name right after its head word
# when a page writes it in sentence case ("University college London", "Scuola normale
# superiore di Pisa").
INSTITUTION_ADJECTIVES = (
    "college",
    "medical",
    "normal",
    "normale",
    "superiore",
    "polytechnic",
    "technical",
    "national",
    "federal",
)
# A thesis's own pages say where its work was done: "This work was carried out in the Centre
# X at University Y" (read on a thesis record or its signed acknowledgements only).
THESIS_HOSTS = (
    "was carried out in",
    "was carried out at",
    "was carried out within",
    "was conducted in",
    "was conducted at",
    "was performed in",
    "was performed at",
    "was prepared in",
    "was prepared at",
    "was undertaken in",
    "was undertaken at",
)
# Reporting forms (a funder's "Collaborators and Other Affiliations" table): the row under
# the "Your Name:" header is the form's owner; a caption's letter codes say what each
# coded row ("G: Family, Given | Affiliation") is to the owner.
FORM_OWNER_LABELS = ("your name",)
LEGEND_ADVISORS = (
    "phd advisors",
    "phd advisor",
    "thesis advisors",
    "doctoral advisors",
    # the newer form's key: "A = graduate advisor or postdoctoral sponsor"
    "graduate advisor",
    "graduate advisors",
)
LEGEND_ADVISEES = (
    "thesis advisees",
    "phd advisees",
    "advisees",
    "doctoral students",
    "thesis advisee",
    "advisee",
)
# Word stems of a heading that names students ("Students and postdocs", "PhD & postdocs"):
# there "A, PhD 2021" is a doctoral student, not a postdoc's own degree.
STUDENT_HEADING_STEMS = ("student", "doctoral", "phd", "ph.d")
# "a research engineer employed by Helixforge Robotics", "a data scientist at Corlan
# Analytics": a company named without a head word (after an industry job's "at").
EMPLOYER_CUES = (
    "employed by",
    "engineer at",
    "scientist at",
    "developer at",
    "consultant at",
    "analyst at",
)
# A people table's column naming each member's employer ("Name | Role | Employer").
EMPLOYER_COLUMNS = ("employer", "home institution", "employing institution")
# A people list's lead sentence placing every entry below it ("All faculty below are at
# the University of X"): the institution employs each person of that list only.
LIST_LEAD_PLACES = (
    "below are at",
    "below are all at",
    "below are employed by",
    "below are employed at",
    "below hold appointments at",
    "below hold their appointments at",
    "listed here are at",
    "listed here are employed by",
)
# A theses list's column naming the institution that awards each thesis ("Name | Year |
# Awarding institution"): the candidate studied there.
DEGREE_INSTITUTION_COLUMNS = ("awarding institution", "degree-granting institution")
# The field labels of a Europass CV's left column: an entry's lines, not section titles.
CV_FIELD_LABELS = (
    "dates",
    "occupation or position held",
    "name and address of employer",
    "title of qualification awarded",
    "name and type of organisation providing education and training",
    "main activities and responsibilities",
    "principal subjects / occupational skills covered",
    # (the first line of the longest label, which the grid's narrow column always wraps)
    "name and type of organisation",
    "principal subjects / occupational skills",
    # (and its identity and contact rows, read as one "label value" line)
    "surname / first name",
    "first name / surname",
    "address",
    "telephone",
    "e-mail",
    "nationality",
    "thesis supervisor",
)
# Batch 234: a two-column CV's bare labels, bold in a left column beside their values
# ("Advisor" … "Prof. A", "Committee" … "Dr. B, Dr. C"): read as "Advisor: Prof. A".
CV_SIDE_LABELS = (
    "advisor",
    "adviser",
    "co-advisor",
    "supervisor",
    "co-supervisor",
    "mentor",
    "host",
    "committee",
    "thesis committee",
    "dissertation committee",
    "thesis",
    "dissertation",
    "degree",
    "position",
    "ph.d.",
    "phd",
    "m.sc.",
    "m.s.",
    "msc",
    "postdoc",
)
# A trainee schoolteacher's mentor ("mentor of trainee teachers") trains a civil servant
# on the job: no internship of studies.
TRAINEE_TEACHERS = ("trainee teacher", "trainee teachers", "student teacher", "student teachers")
# A guest of the group, listed among its alumni: a colleague's stay, no one's advisee.
GUEST_ROLES = ("sabbatical", "on sabbatical", "visiting professor", "visiting faculty")
# "We were delighted to host A (X College) for our spring colloquium": a speaker hosted for
# an event, no one's trainee (read only where no PhD, internship or postdoc word is said).
HOSTED_EVENTS = (
    "colloquium",
    "spring colloquium",
    "fall colloquium",
    "invited talk",
    "give a talk",
    "gave a talk",
    "seminar talk",
    "seminar series",
    "keynote",
    "lecture series",
    "distinguished lecture",
    "webinar",
)
# An engineer's post on a lab's people page (no owner: its head the default advisor): the
# lab's staff, no one's advisee unless the entry names a supervisor.
STAFF_ENGINEERS = (
    "research engineer",
    "research software engineer",
    "software engineer",
    "staff engineer",
    "research scientist engineer",
    "lab engineer",
    "laboratory engineer",
)
# A group's staff, listed beside its students: nobody supervises their degree.
STAFF_ROLES = (
    "research technician",
    "technician",
    "lab technician",
    "lab manager",
    "laboratory manager",
    "lab engineer",
    "laboratory engineer",
    "administrator",
    "administrative assistant",
    "program coordinator",
    "programme coordinator",
    "coordinator",
    "project manager",
    "group manager",
    "office manager",
    "programme manager",
    "program manager",
    "staff scientist",
    "software developer",
    "secretary",
    # a course's staff ("Supervised the teaching assistants of CHEM 101: A, B")
    "teaching assistant",
    "teaching assistants",
    "course assistants",
    "teaching fellows",
    "graders",
    # a group's own roll call ("Technical staff: A, Laboratory Technician"): no advisee
    "technical staff",
    "support staff",
    "administrative staff",
    "professional staff",
    "professional services staff",
    # a clinical group's trial staff ("A – Trial Manager", "B – Senior Research Nurse")
    "trial manager",
    "data manager",
    "research nurse",
    "research nurses",
    "research midwife",
    # a college's teaching post beside the group ("Dr A – College Lecturer, X College")
    "college lecturer",
    "stipendiary lecturer",
)

# A first-year graduate student's lab rotation (a few weeks before choosing a thesis lab):
# a visit, not a supervision, wherever the students are listed.
ROTATIONS = (
    "rotation student",
    "rotation students",
    "rotation project",
    "rotation projects",
    "lab rotation",
    "lab rotations",
    "rotations",
    # A first-year student listed before choosing a lab: no advisor yet, whoever leads
    # the page ("PhD student (rotation, advisor to be confirmed)").
    "advisor to be confirmed",
    "advisor to be determined",
    "advisor not yet assigned",
    "advisor tbd",
    "advisor tbc",
    "supervisor to be confirmed",
    "supervisor to be determined",
    "supervisor not yet assigned",
    "supervisor tbd",
    "supervisor tbc",
)
# A heading grouping a lab's students by the year they entered its programme ("Entering
# class of 2020", "2021 cohort"): the year each thesis started.  ("Class of 2020" alone is
# the year a US class graduates: not one of them.)
ENTRY_COHORTS = (
    "entering class of",
    "entering class",
    "incoming class of",
    "incoming class",
    "entering cohort",
    "cohort",
    "cohort of",
    "entered",
    "entered in",
    "intake",
    "year of entry",
    "entry year",
    "started in",
    "joined in",
    "admitted in",
    "admitted",
    "matriculated",
)

# A site's skip links, footer and breadcrumb label, which a copied page or a text browser's
# dump (lynx, w3m) keeps.
SITE_CHROME = (
    "logo",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "legal notice",
    "site map",
    "sitemap",
    "privacy policy",
    "cookie settings",
    "you are here",
    "back to top",
)
HOME_WORDS = ("home",)
# Batch 253: a visitors' table's "Home institution: PhD student, University X" cell: the
# visitor's status back home, not the kind of the stay the list hosts
# ("Doctoral research stay at University X, hosted by B": a visiting student's host)
DOCTORAL_STAYS = ("doctoral research stay", "doctoral research stays")
# The owner's own co-authors named in prose ("published with my co-authors A and B")
COAUTHOR_CUES = ("my co-authors", "my coauthors", "my co-author", "my coauthor")
# A company's tutor of a work placement ("company tutor: B"), no thesis's director
COMPANY_TUTORS = ("company tutor", "company tutors")
# An industrial doctorate's company-side supervisor ("co-supervised with B; industrial
# supervisor: C"): a co-advisor beside the one who directs the thesis
INDUSTRY_ADVISORS = (
    "industrial supervisor",
    "industry supervisor",
    "company supervisor",
    "industrial advisor",
    "industrial mentor",
    "company mentor",
)
HOME_STATUS_LABELS = ("home institution", "home university", "home affiliation")
MENU_WORDS = ("home", "research", "teaching", "publications", "contact", "people")
# Names kept in their own language on English pages end with a region's lower-case
# adjective too ("Université catholique du Brabant wallon", "Piemonte orientale").
PLACE_ADJECTIVES = ("wallon", "wallonne", "orientale", "occidentale")
# Context cues that are also the label of an office ("Director: A" in a centre's contact
# block): a supervision only where the entry, the line or the heading says which.
OFFICE_LABELS = ("director:", "directors:", "co-director:", "co-directors:")
# How a co-advisor's role word opens ("co-supervisor", "codirectrice", "copromotor"): one
# named under it beside the owner leaves the owner the main advisor (batch 51).
CO_ADVISOR_STEMS = ("co",)

# A thesis named by its candidate ("the thesis of A", "PhD defence of B"): the nouns, and
# the word joining them to the name (the service rule reads every language's pair).
THESIS_OF_NOUNS = (
    "thesis",
    "theses",
    "dissertation",
    "dissertations",
    "phd",
    "ph.d",
    "ph.d.",
    "hdr",
    "habilitation",
    "defense",
    "defence",
    "committee",
    "jury",
    "viva",
    "oral examination",
    # Batch 154: "Chair of the doctoral examination of A" (a Swiss CV in English).
    "doctoral examination",
)
OF_WORDS = ("of",)
# A thesis cover's line before the candidate's name ("submitted by" / "A"); and the
# birthplace some covers write after the name ("A, born in X").
THESIS_BY = ("by", "presented by", "submitted by", "written by")
BORN_IN = ("born in",)
# A thesis cover's line under the candidate's name ("A" / "A thesis submitted for the
# degree of …"): the name above it is the cover's own line, no wrapped sentence's tail.
THESIS_SUBMITTED = (
    "thesis submitted",
    "dissertation submitted",
    "thesis presented",
    "dissertation presented",
)
# An obituary's death before its date ("who passed away on May 3, 2021"): the date
# ends no stay the sentence tells.
DEATH_WORDS = ("died", "passed away", "who died", "who passed away")
# "A (b. 1984) has been …", "born 1984": the year a birth mark opens is no stay's
BIRTH_YEAR_MARKS = ("b.", "born", "born in")
# A funder's or a scheme's name before these words ("FWO postdoctoral fellow", "NSF
# graduate fellowship"): the funder, no employer nor unit the fellow belongs to.
FELLOWSHIP_WORDS = ("fellow", "fellowship", "scholar", "scholarship", "grantee")
# A mentored career award ("K23 …, Mentored Patient-Oriented Research Career Development
# Award"): its "Mentor: B" names the holder's advisor, unlike a grant's PI.
MENTORED_AWARDS = (
    "mentored",
    "career development award",
    "mentored research award",
    "pathway to independence award",
)
# The last word of a funding scheme's name ("ERC Consolidator Grant", "NSF CAREER Award"):
# a grant a person holds, no organisation anyone works at.
FUNDING_INSTRUMENTS = ("grant", "grants", "award")
# A form's label over a supervised thesis's student ("Student: A", "Candidate: B").
STUDENT_LABELS = (
    "student",
    "student name",
    "candidate",
    "doctoral candidate",
    "phd candidate",
    # "— candidates: A, B" after a committee's service item.
    "candidates",
)
# A table row's bare name cell ("2022– | Level: PhD | Name: A | Co-advisor: B"): the
# student, in a students section's table only.
ROW_NAME_LABELS = ("name", "full name", "name of student")
# A status labelling the students named after it in a sentence of a supervision paragraph
# ("I supervise A (PhD, 2023–). Completed: B (PhD 2018).").
STUDENT_STATUS_LABELS = (
    "completed",
    "graduated",
    "defended",
    "current",
    "ongoing",
    "former",
    "past",
    "alumni",
)
# "PhD defence of A" over a defence's announcement (the rule's pattern reads more wordings).
DEFENCE_HEADLINES = (
    "phd defence of",
    "phd defense of",
    "thesis defence of",
    "thesis defense of",
    "doctoral defence of",
    "doctoral defense of",
    # Batch 129: a Canadian graduate school's "Notice of the Final Oral Examination — A".
    "notice of the final oral examination",
    "notice of final oral examination",
    "final oral examination",
)

# A register's cell for the page owner's own part in a thesis ("Role: Co-supervisor").
ROLE_LABELS = ("role", "my role", "your role", "supervision role", "supervisory role")
# A headline announcing several defences (the engine's own pattern reads these too).
DEFENCE_LISTS = (
    "defences",
    "defenses",
    "defended theses",
    "phd defences",
    "phd defenses",
    # a UK PGR bulletin's "Congratulations to our recent vivas"
    "vivas",
    "recent vivas",
    # Batch 152: a group's "Viva results, Michaelmas term" post, one heading a candidate
    "viva results",
    "viva outcomes",
)
# Headings over a group's permanent researchers: a head among them is not the advisor of
# every student the page lists.
SENIOR_STAFF_HEADINGS = (
    "faculty",
    "faculty members",
    "academic staff",
    "permanent staff",
    "permanent members",
    "permanent researchers",
    "research scientists",
    "senior researchers",
    "staff scientists",
    # a school's list of its professors, retired or honorary ("Emeritus Professors" › "Prof A")
    "professors",
    "emeritus professors",
    "emeriti",
    "honorary staff",
    "lecturers",
    "senior lecturers",
    # a hospital department's doctors ("Medical staff" › "Dr A" › "Consultant …")
    "medical staff",
    "medical team",
    "clinical staff",
    "our consultants",
)
# A company's trade noun closing its name ("Kestrel Robotics"), matched as a whole word
# (case-sensitive): no family name is one of these plural nouns.
COMPANY_NOUNS = (
    "Industries",
    "Technologies",
    "Systems",
    "Solutions",
    "Laboratories",
    "Labs",
    "Consulting",
    "Engineering",
    "Therapeutics",
    "Pharmaceuticals",
    "Analytics",
    "Robotics",
    "Dynamics",
    "Semiconductors",
    # ("a staff scientist at Velmar Catalysts (2014–2016)": more trade nouns of firms)
    "Catalysts",
    "Biosciences",
    "Diagnostics",
    "Instruments",
    "Devices",
    # (batch 279: "has been with Quarrel Biologics since 2020": a firm, no person "with" her)
    "Biologics",
    "Chemicals",
    "Genomics",
    # ("Head of ML Research at Corlith AI (2018–2022)": a start-up named by its field)
    "AI",
    # ("Docent A, Aarhus Tekniske Hospital": a hospital's name, its place before it)
    "Hospital",
    "Infirmary",
)

# Batch 75: the verbs after which a thesis jury's members follow (beside the rule's own
# "composed of"), and one-verb statements of a doctorate's end ("was awarded a PhD in 2019").
JURY_COMPOSED = ("consisted of", "consists of", "made up of", "composed of", "made of")
DOCTORATE_VERBS = ("was awarded a phd", "was awarded her phd", "was awarded his phd")
# "PhD defence of A: opponent. Jury chaired by Prof. B": the chair of A's jury.
CHAIRED_BY = ("chaired by", "presided over by")
# A conference's chairs ("Thanks to the PC chair Prof. B", "session chair at X 2024"): a
# service at an event, no post held at the body named beside it.
EVENT_CHAIRS = (
    "pc chair",
    "pc co-chair",
    "program chair",
    "programme chair",
    "program co-chair",
    "programme co-chair",
    "general chair",
    "general co-chair",
    "session chair",
    "track chair",
    "area chair",
    "workshop chair",
    "tutorial chair",
    "publicity chair",
    "publication chair",
    "publications chair",
)


# A profile's relation rows: a cell that is only the relation's label beside one person
# ("PhD Advisee | A | 2019 – 2024" on a peer-review profile: A is the owner's student).
ADVISEE_LABELS = (
    "phd advisee",
    "ph.d. advisee",
    "doctoral advisee",
    "thesis advisee",
)
# A knowledge base's statement "doctoral student: A" on the advisor's item (read only as a
# field of its own, "label: name", never in prose).
ADVISEE_FIELDS = ("doctoral student",)
EMPLOYMENT_TERMS = ("full-time", "part-time", "tenured", "tenure-track", "non-tenured")
# An alumni list's row "A (PhD 2012) — now …": the degree its year follows.
ROW_DOCTORATES = ("(phd", "(ph.d.", "(dphil")
# An alumni news row's other degree, its year after it: "A (MSc 2018) is now …".
ALUMNI_ROW_DEGREES = ("(msc", "(m.sc.", "(ms", "(ma", "(ba", "(bsc", "(b.sc.", "(meng", "(mphil")
# "Where are they now?" › "A (PhD 2011)" › "Senior Engineer, X": the graduates' later posts
# "A, her first doctoral student, recalls …; after his thesis he left for B": the paragraph
# tells the student's own path, not the portrayed owner's.
STUDENT_APPOSITIVES = (
    "her student",
    "his student",
    "her former student",
    "his former student",
    "her first student",
    "his first student",
    "her first doctoral student",
    "his first doctoral student",
    "her first phd student",
    "his first phd student",
    "her former doctoral student",
    "his former doctoral student",
)
WHERE_NOW_HEADINGS = (
    "where are they now",
    "where are they today",
    "where they are now",
    "where they went",
    "alumni news",
)
# "I started my PhD in September 2023" (its own sentence): the thesis under way since then
# A teaching page's opening sentence telling the owner's own post ("I am a Senior Lecturer
# in Statistics at X, where I have worked since 2016"): employment, whatever the section.
OWN_POST_OPENINGS = (
    "i am a",
    "i am an",
    "i'm a",
    "i'm an",
    "i am currently a",
    "i am currently an",
)
OWN_PHD_STARTS = (
    "i started my phd",
    "i began my phd",
    "i started my ph.d.",
    "i began my ph.d.",
    "i started my doctorate",
    "i began my doctorate",
    "i started my doctoral studies",
    "i began my doctoral studies",
)
# ("X Institute of Technology": a degree-granter named no university)
UNIVERSITY_HEADS = ("university", "institute of technology")
CARD_HOME_POSTS = (
    "professor",
    "professor of",
    "associate professor",
    "assistant professor",
    "senior researcher",
    "principal researcher",
    "senior lecturer",
    "lecturer",
    "reader",
)
# A news story's headline welcoming newly hired faculty ("Meet our new faculty", "Physics
# welcomes two new faculty members"): each person's card below it holds a post there.
NEWCOMER_HEADLINES = ("new faculty", "new faculty members", "new faculty hires")
# A newcomer's card labelling its post line ("Joined as: Assistant Professor, January 2026")
NEWCOMER_POST_LABELS = ("joined as", "joins as", "appointed as", "position", "new role", "role")
# "The X Lab welcomes three new PhD students": a unit's opening welcoming its newcomers
# "the group of A hosted two interns, B and C": a research group's head hosting its trainees
GROUP_HOSTING_VERBS = ("hosted", "has hosted", "welcomed", "has welcomed")
WELCOME_VERBS = ("welcomes", "is welcoming", "welcomed")
DEGREE_TYPE_LABELS = ("student degree type", "degree type", "type of degree", "degree level")
POSTDOC_ADVISEE_LABELS = ("postdoc advisee", "postdoctoral advisee", "post-doc advisee")
# An academic family tree's sections: the rows under "Parents" name the owner's mentors,
# those under "Children" the owner's trainees, each with the kind of training in a cell.
TREE_PARENTS = ("parents", "academic parents")
TREE_CHILDREN = ("children", "academic children")
# A lineage tree exported as indented text: its legend's word for the indentation and what
# the indentation means ("Indentation means 'student of'"), and a line's bracketed note
# naming a co-advisor ("[co-advisor: B]") (documents.indented_tree).
TREE_INDENT_WORDS = ("indentation", "indented")
TREE_STUDENT_OF = ("student of", "students of", "doctoral student of", "pupil of")
TREE_CO_ADVISOR_NOTES = ("co-advisor", "co-adviser", "co-supervisor", "second advisor")
TRAINEE_PHD = ("grad student", "graduate student", "phd student", "doctoral student")
TRAINEE_POSTDOC = ("post-doc", "postdoc", "postdoctoral fellow", "postdoctoral researcher")
TRAINEE_OTHER = (
    "research assistant",
    "research scientist",
    "undergrad",
    "undergraduate student",
    "master's student",
    "masters student",
    "technician",
)
# Batch fix12: a department's list of its theses, the lead-in naming where they were
# completed ("The following PhD theses were completed in the School of X, University Y").
THESES_COMPLETED_AT = (
    "theses were completed in",
    "theses were completed at",
    "theses were defended in",
    "theses were defended at",
    "theses were awarded by",
    "dissertations were completed in",
    "dissertations were completed at",
    "dissertations were defended at",
)
# Batch fix12: a student's standing before the school they attend ("A, PhD student,
# University X"; an intern card's "Rising senior · X College" under the name).
STUDENT_STANDINGS = (
    "phd student",
    "ph.d. student",
    "doctoral student",
    "graduate student",
    "msc student",
    "m.sc. student",
    "master's student",
    "masters student",
    "undergraduate",
    "undergraduate student",
    "rising sophomore",
    "rising junior",
    "rising senior",
)
# A stay or a visit told beside a master's ("a five-month stay while a master student with
# A", "pendant mon master, un séjour de cinq mois chez B"): an internship, not a master thesis.
STAY_WORDS = ("stay", "stays", "visit", "visiting")
# Batch 279: a visit, a consultancy or a company's partnership ("he visited the X Centre",
# "has consulted for the Y Authority", "partnered with Z Refining"): the places after the
# verb, to its clause's end, neither employ the person nor taught them.
NO_TIE_VERBS = (
    "visited",
    "consulted for",
    "consults for",
    "consultant for",
    "consultancy for",
    "partnered with",
    "partners with",
    "in partnership with",
    # "the School hosted a visiting colleague, A of the X Institute": the guest's place
    "hosted a visiting",
    "hosted a visitor",
    "welcomed a visiting",
)
# "A defends her thesis", "Finally, B will defend …": the verb after a candidate's name
# (a defences list's heading or paragraph).
DEFENCE_STATEMENTS = ("presented and defended", "publicly defended", "defended publicly")
DEFENDS_VERBS = ("will defend", "defends", "is defending", "defended", "successfully defended")

# "My main supervisor is B", "the chair was C": the verb between a role and its person.
COPULAS = ("was", "were", "is", "are", "has been")


# A research portal's activity title, then a colon and the candidate ("Examination of PhD
# thesis: A", "PhD assessment – B"): the card's owner line says the owner's role in it.
EXAMINATION_TITLES = (
    "examination of phd thesis",
    "examination of ph.d. thesis",
    "examination of doctoral thesis",
    "examination of phd dissertation",
    "examination of doctoral dissertation",
    "examination of thesis",
    "phd thesis examination",
    "doctoral thesis examination",
    "phd examination",
    "doctoral examination",
    "phd assessment",
    "assessment of phd thesis",
    "assessment of doctoral thesis",
    "evaluation of phd thesis",
    "evaluation of doctoral thesis",
    "phd defence",
    "phd defense",
    "doctoral defence",
    "doctoral defense",
    "thesis defence",
    "thesis defense",
    "phd viva",
)
# A site's brand or copyright naming a project, no person: "© ANR X" (owner)
PROJECT_BRAND_HEADS = ("project", "programme", "program", "erc", "nsf", "h2020", "msca")
# A team card's roster label ("Members: A, B, C"): its heading names a team (owner, relations).
TEAM_ROSTER_LABELS = ("members", "team members", "team", "teammates", "participants")
# A talks heading naming spoken talks only: its entries' co-presenters are no co-authors.
SPOKEN_TALKS = ("talks", "invited talks", "seminar talks", "keynotes", "keynote talks")
# A CV file name's words telling the kind of CV, not the owner ("cv_full_academic.pdf").
CV_FILE_WORDS = (
    "full",
    "short",
    "long",
    "academic",
    "detailed",
    "english",
    "public",
    "latest",
    "updated",
    "current",
    "complete",
    "version",
)
# A person's heading's sub-heading over that person's bio ("A" › "Biography"): a
# speakers' or a members' page (engine).
# The owner's own unit named in apposition ("His laboratory, the X Lab, is part of Y"): the
# possessive's unit word, the owner a member of the unit named after the comma.
OWN_UNIT_APPOSITIVES = (
    "my lab",
    "my laboratory",
    "my group",
    "my team",
    "his lab",
    "his laboratory",
    "his group",
    "his team",
    "her lab",
    "her laboratory",
    "her group",
    "her team",
)
# A clause after a unit's head naming someone who works "there" ("The X team is led by A;
# B is preparing a PhD there since 2023"): the verbs before the adverb, the adverb itself.
UNIT_THERE_CLAUSES = ("is preparing a phd there", "works there", "is doing a phd there")
# A unit's people named after it ("members of the X Group, including A", "Researchers in
# the Y Lab include B and C"): the plural noun before the unit, the word before the names.
UNIT_PEOPLE_NOUNS = ("members", "researchers", "scientists", "staff members")
UNIT_PEOPLE_LEADS = ("including", "among them", "among whom", "notably", "such as", "include")
# A project's partner heading over the people the partner brings ("Partner 2: Institute X
# (IX, CNRS / University Y)" › "A — research engineer"): each is a member of that lab.
PROJECT_PARTNER_HEADINGS = ("partner", "project partner", "consortium partner", "partner lab")
BIO_HEADINGS = ("bio", "biography", "short bio", "speaker bio", "biographical note", "biosketch")
# An article's closing box of its authors' bios ("About the authors" › "A" › her bio).
AUTHOR_BIO_HEADINGS = (
    "about the authors",
    "about the author",
    "author biographies",
    "authors' biographies",
    "notes on contributors",
    # a newsletter's or a volume's notes on who wrote for it: bios, not its list of papers
    "contributors to this issue",
    "contributors to this volume",
    "contributors to this number",
    "about the contributors",
    "notes on the contributors",
    "this issue's contributors",
    "our contributors",
)
# "A later worked at X", "B went on to a career at Y": a former member's next post, told
# in a history page's paragraph about someone else
OTHERS_LATER_POSTS = (
    "later worked at",
    "went on to a career at",
    "later worked for",
    "later joined",
    # "C later returned to the department as a faculty member", "D returned to X as …"
    "later returned to",
    "returned to",
    # "A is now an assistant professor at X": a former student's present post
    "is now a",
    "is now an",
)
# A reporting verb before a quoted speaker's name and post ("…,” says Dr A, a
# sedimentologist at X): the post is the speaker's, not the writer's (affiliations).
SPEAKER_VERBS = (
    "said",
    "says",
    "explains",
    "explained",
    "adds",
    "added",
    "notes",
    "noted",
    "recalls",
    "recalled",
    "argues",
    "argued",
    "according to",
)
# A post's author field naming a body, not a person ("Comms Team", "Editorial Board"):
# no owner of the page (owner).
COLLECTIVE_AUTHORS = (
    "editorial board",
    "editorial team",
    "editorial office",
    "communications team",
    "comms team",
    "news office",
    "the board",
    "board of",
    "steering committee",
    "organizing committee",
    "organising committee",
    "the editors",
    "web team",
)

# A record export's provenance cell ("Source: X HR feed"): who filed an entry.
RECORD_SOURCE_LABELS = ("source", "provenance", "last modified", "created by")

# A directory entry's row naming the bodies that run its unit ("Tutelles : CNRS · Y").
UNIT_BODIES_LABELS = ("supervising bodies", "parent bodies", "parent institutions")
# Batch 212: a repository record's housekeeping dates (EPrints "Date Deposited", DSpace
# "Date accessioned"): the deposit's, not the thesis's
RECORD_ADMIN_DATES = (
    "date deposited",
    "deposited on",
    "last modified",
    "date accessioned",
    "date available",
    "date of deposit",
)
# A news list's heading (a lab site's "Latest news" widget beside its job advert).
NEWS_HEADINGS = (
    "news",
    "latest news",
    "recent news",
    "lab news",
    "group news",
    "news and events",
    "news & events",
    "news and updates",
)

# "Application for the post of Lecturer — Job reference 24-117 — University X" heading an
# application: the post applied for, none held.
APPLIED_POSTS = (
    "job reference",
    "job ref",
    "vacancy reference",
    "vacancy ref",
    "position reference",
    "application for the post of",
    "application for the position of",
)
# A students heading's note that each entry's brackets name its advisors ("PhD students
# (advisors in parentheses)" › "A (B and C)").
ADVISORS_IN_BRACKETS_NOTES = (
    "advisor in parentheses",
    "advisors in parentheses",
    "advisor in brackets",
    "advisors in brackets",
    "supervisor in parentheses",
    "supervisors in parentheses",
    "supervisor in brackets",
    "supervisors in brackets",
    "advisor(s) in parentheses",
    "supervisor(s) in brackets",
)

# A person card's line naming an earlier post or degree ("Previously: MSc, University X",
# "Formerly: Research intern, Company Y"): no student of the list it stands in.
EARLIER_POST_LABELS = (
    "previously",
    "formerly",
    "before joining",
    "prior to joining",
    "previous position",
    "previous positions",
)
# An interview's question on the guest's own advisor ("Who supervised your PhD?"): the
# answer's "It was A, …" names that advisor.
ADVISOR_QUESTIONS = (
    "your advisor",
    "your adviser",
    "your supervisor",
    "your phd advisor",
    "supervised your",
    "advised your",
    "your thesis advisor",
)

# A degree the person already holds, told before the one supervised ("After an MSc at X, she
# joined the lab as a PhD student of B"): the earlier degree names no kind of supervision.
HELD_DEGREE_LEADS = (
    "after a",
    "after an",
    "after completing a",
    "after completing an",
    "holds a",
    "holds an",
    "holder of a",
    "holder of an",
)

# An article's list of its sources ("References", "Notes"): it cites the subject's own
# works beside other authors' books, whose authors wrote nothing with the subject.
CITATION_LISTS = ("references", "notes", "notes and references", "footnotes", "citations")

# A job-market CV's heading over the one paper it leads with ("Job Market Paper" › "“Title”
# (with A)" › its abstract): only the bracketed partners are authors (engine)
PARTNER_PAPER_HEADINGS = ("job market paper", "job-market paper")

# A sentence opening on one of these speaks of the person its paragraph last named as a
# subject (topics); a date's lead word may come before that subject.
SUBJECT_PRONOUNS = ("he", "she", "his", "her")
DATE_LEADS = ("in", "by", "from", "after", "around", "since")
MASCULINE_PRONOUNS = ("he", "his")
FEMININE_PRONOUNS = ("she", "her")

# What a jury thanked in a post is thanked for: "… A and B for the sharp questions".
THANKS_PURPOSES = (
    "for the",
    "for their",
    "for all their",
    "for his",
    "for her",
    "for agreeing",
    "for accepting",
    "for taking",
)

# The agent's preposition said again before a list's last name ("… por A y por el Dr. B").
AGENT_AGAIN = ("and by", "and by the")

# A programme's day or session heading over its talks ("Monday 3 June", "Session 2 —
# Optimisation", "Afternoon session"): says no kind of student.
PROGRAMME_SLOTS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "day 1",
    "day 2",
    "day 3",
    "day one",
    "day two",
    "day three",
    "session",
    "morning session",
    "afternoon session",
    "parallel session",
    "poster session",
)
# A thesis two universities grant ("Joint PhD students" › "A — advisors: B (University X),
# C (University Y)"): each advisor's bracketed university is the student's too.
JOINT_DEGREE_WORDS = (
    "cotutelle",
    "co-tutelle",
    "joint phd",
    "joint ph.d.",
    "joint doctorate",
    "joint doctoral",
    "double doctorate",
    "dual doctorate",
    "double phd",
    "dual phd",
)
# "defended her thesis before a committee of A (chair), B and C": the words before the
# jury the candidate stood before, its members after its "of" (no committee one sat on).
JURY_AUDIENCE_LEADS = ("before", "in front of")

# "a postdoc in the statistical physics group at X": a unit named in lower case before its
# head word, after "in the" and before its parent (a lower-case name alone is a topic,
# "works on robust learning").
GROUP_IN_CUES = ("in", "of", "within", "joined", "join", "joins")
LOWER_UNIT_TAILS = ("group", "lab", "laboratory", "team")
# "the reading group", "the whole lab", "the wet lab": no unit's own name before the head
NOT_GROUP_NAMES = (
    "reading",
    "working",
    "research",
    "whole",
    "same",
    "entire",
    "study",
    "discussion",
    "journal",
    "support",
    "focus",
    "interest",
    "user",
    "peer",
    "student",
    "students",
    "wet",
    "dry",
    "teaching",
    "computer",
    "local",
    "new",
    "small",
    "large",
    "first",
    "other",
)
SECONDMENT_CUES = ("seconded to", "on secondment to")
# Batch 291: the civility an appointments list puts before each name ("Mme A est nommée …")
ADDRESS_FORMS = ("mr", "mrs", "ms", "mx")
# Batch 291: the adverb opening a present post set apart after a name ("B, currently …,")
CURRENT_POST_ADVERBS = ("currently", "presently", "now")
# A teacher's verb and the students taught ("teaches statistics to first-year students at
# X", "supervises MSc students at Y", "courses for graduate students"): the teacher's post,
# no studies of theirs
TEACHING_VERBS = (
    *(f"teach{e}" for e in ("", "es", "ing")),
    "taught",
    *(f"{v} {p}" for v in ("lecture", "lectures", "lectured", "lecturing") for p in ("to", "for")),
    *(f"supervis{e}" for e in ("e", "es", "ed", "ing")),
    *(f"mentor{e}" for e in ("", "s", "ed", "ing")),
    *(f"tutor{e}" for e in ("", "s", "ed", "ing")),
    *(f"train{e}" for e in ("", "s", "ed")),
    *(
        f"{n} {p}"
        for n in ("course", "courses", "classes", "modules", "seminars")
        for p in ("for", "to")
    ),
)
TAUGHT_STUDENTS = (
    "students",
    "undergraduates",
    "postgraduates",
    "pupils",
    "learners",
    "trainees",
    # a training clinic's "supervises doctoral student therapists"
    "student therapists",
    "student clinicians",
)
ADDRESSED_STUDENT_VERBS = (
    "can",
    "may",
    "should",
    "must",
    "are invited",
    "are encouraged",
    "are welcome",
    "wishing",
    "interested in",
    "who wish",
)
# The specialties that name a hospital's department ("Department of Neurology", "Service of
# Paediatrics" in a translated page): a unit, not a CV's "Service" section.  Stems, read
# inside a word.
MEDICAL_SPECIALTY_STEMS = (
    "ology",
    "iatry",
    "iatrics",
    "surgery",
    "medicine",
    "emergency",
    "anaesthe",
    "anesthe",
    "therapy",
    "imaging",
    "obstetric",
    "orthopaedic",
    "orthopedic",
)

# A news post's lead-in over its paper's citation ("Our paper is out:", "whose paper won
# the best paper award:").
PAPER_NEWS_WORDS = ("paper", "papers", "article", "articles", "preprint", "publication")

# What holds for every entry a page lists but those that say otherwise ("Unless noted,
# students are co-supervised by both PIs").
DEFAULT_CLAUSES = (
    # ("every PhD student in the group is co-supervised by both of them")
    "every phd student",
    "every doctoral student",
    "every student",
    "unless noted",
    "unless otherwise noted",
    "unless noted otherwise",
    "unless otherwise stated",
    "unless stated otherwise",
    "unless otherwise indicated",
    "unless indicated otherwise",
)

# A label opening the sentence after an advising verb that named nobody ("Each year I
# supervise two MSc dissertations. Recent ones: A (MSc 2024), B"): the verb's students.
EXAMPLES_LABELS = (
    "recent ones",
    "recent examples",
    "most recent ones",
    "the most recent",
    "among them",
    "among these",
    "examples",
    "for example",
    "for instance",
)
