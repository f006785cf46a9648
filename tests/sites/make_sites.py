"""Write the fictional site folders of ``tests/sites`` and their gold (claim contract).

Run ``.venv/bin/python tests/sites/make_sites.py`` to rewrite the committed trees; people,
places and sites are invented.  One site per generator (Jekyll academicpages, Hugo Blox,
Quarto, Eleventy, Pelican, MkDocs, Jekyll lab sites, Hexo with a PDF CV, minimal-mistakes with
jekyll-scholar, multilingual Hugo, Docusaurus, PaperMod, online-cv, Sphinx, a plain page with
its PDF CV, al-folio, blogdown, Zola, al-folio v0.12, Hugo Blox academic-cv, Quarto jolla,
French minimal-mistakes, Astro, R distill + postcards), English and French.
"""

# ruff: noqa: E501  (the site files keep their own long source lines)
from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent

SITES: dict[str, dict[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}


def g(site, s, r, o, start=None, end=None, optional=False):
    GOLD.setdefault(site, []).append((s, r, o, start, end, optional))


# 1. Jekyll academicpages: _config.yml author, {{ site.author.name }}, _publications collection
S = "en_academicpages"
SITES[S] = {
    "_config.yml": """title: "Tamsin Orrell-Vance"
name: &name "Tamsin Orrell-Vance"
description: "Assistant professor of marine acoustics"
url: https://torrellvance.github.io
repository: "torrellvance/torrellvance.github.io"
author:
  avatar: "profile.png"
  name: "Tamsin Orrell-Vance"
  bio: "Assistant professor, Halloway Bay University"
  location: "Port Quenby"
  employer: "Halloway Bay University"
collections:
  publications:
    output: true
    permalink: /:collection/:path/
""",
    "_pages/about.md": """---
permalink: /
title: "About me"
excerpt: "About me"
author_profile: true
redirect_from:
  - /about/
---

I am {{ site.author.name }}, an assistant professor of marine acoustics at Halloway Bay
University since 2021. I did my PhD at the University of Lowmere under the supervision of
Caspar Endicott (2014–2018), then spent three years as a postdoc with Ingrid Solvang at the
Fennick Ocean Institute (2018–2021).
""",
    "_pages/cv.md": """---
layout: archive
title: "CV"
permalink: /cv/
author_profile: true
---

{% include base_path %}

Education
======
* Ph.D. in Oceanography, University of Lowmere, 2018
* M.Sc. in Physics, Trelawny College, 2014

Work experience
======
* 2021–present: Assistant Professor
  * Halloway Bay University
* 2018–2021: Postdoctoral researcher
  * Fennick Ocean Institute

Supervision
======
* Odile Marchbanks, PhD student (since 2022), co-supervised with Ingrid Solvang

Publications
======
  <ul>{% for post in site.publications reversed %}
    {% include archive-single-cv.html %}
  {% endfor %}</ul>
""",
    "_publications/2020-06-01-humpback-drift.md": """---
title: "Seasonal drift in humpback song units"
collection: publications
permalink: /publication/2020-06-01-humpback-drift
excerpt: 'Song units drift with the season.'
date: 2020-06-01
venue: 'Journal of Bioacoustic Studies'
paperurl: 'https://example.org/paper1.pdf'
citation: 'Orrell-Vance, T., Pyke, R., & Solvang, I. (2020). &quot;Seasonal drift in humpback song units.&quot; <i>Journal of Bioacoustic Studies</i>. 12(3).'
---
We follow song units over four seasons.
""",
    "_publications/2023-02-10-shipping-noise.md": """---
title: "Shipping noise and click rates of pilot whales"
collection: publications
permalink: /publication/2023-02-10-shipping-noise
date: 2023-02-10
venue: 'Marine Acoustics Letters'
citation: 'Marchbanks, O. and Orrell-Vance, T. (2023). &quot;Shipping noise and click rates of pilot whales.&quot; <i>Marine Acoustics Letters</i>. 4.'
---
Click rates fall when ships pass.
""",
}
T = "Tamsin Orrell-Vance"
g(S, T, "advisor_phd", "Caspar Endicott", 2014, 2018)
g(S, T, "studied_at", "University of Lowmere", 2014, 2018)
g(S, T, "studied_at", "Trelawny College", None, 2014)
g(S, T, "advisor_postdoc", "Ingrid Solvang", 2018, 2021)
g(S, T, "employed_at", "Halloway Bay University", 2021, None)
g(S, T, "employed_at", "Fennick Ocean Institute", 2018, 2021)
g(S, "Odile Marchbanks", "advisor_phd", T, 2022, None)
g(S, "Odile Marchbanks", "advisor_phd", "Ingrid Solvang", 2022, None)
g(S, T, "coauthor", "R. Pyke")
g(S, T, "coauthor", "I. Solvang")
g(S, "R. Pyke", "coauthor", "I. Solvang")
g(S, "O. Marchbanks", "coauthor", T)
g(S, T, "coauthor", "Ingrid Solvang", optional=True)
g(S, "R. Pyke", "coauthor", "Ingrid Solvang", optional=True)
g(S, "Odile Marchbanks", "coauthor", T, optional=True)

# 2. Hugo Blox (Wowchemy): content/authors/admin, "admin" in author lists, landing blocks
S = "en_hugoblox"
SITES[S] = {
    "config/_default/hugo.yaml": """title: Jorund Halvorsen-Pike
baseURL: 'https://example.org/'
defaultContentLanguage: en
module:
  imports:
    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5
""",
    "config/_default/params.yaml": """appearance:
  theme_day: minimal
  font: native
marketing:
  seo:
    site_type: Person
    description: 'Computational linguistics'
""",
    "content/authors/admin/_index.md": """---
title: Jorund Halvorsen-Pike
first_name: Jorund
last_name: Halvorsen-Pike
role: Senior Lecturer in Computational Linguistics
organizations:
  - name: University of Brackenmoor
    url: ''
interests:
  - Dialect corpora
  - Weak supervision
education:
  courses:
    - course: PhD in Computational Linguistics
      institution: Ostervik University
      year: 2015
    - course: MSc in Computer Science
      institution: Tallis Polytechnic
      year: 2011
superuser: true
highlight_name: true
---

Jorund builds tools for dialect corpora.
""",
    "content/_index.md": """---
title: ''
type: landing
sections:
  - block: resume-biography
    content:
      username: admin
  - block: resume-experience
    content:
      username: admin
""",
    "content/experience.md": """---
title: 'Experience'
date: 2022-10-24
type: landing
sections:
  - block: experience
    content:
      title: Experience
      date_format: Jan 2006
      items:
        - title: Senior Lecturer
          company: University of Brackenmoor
          company_url: ''
          location: Brackenmoor
          date_start: '2020-09-01'
          date_end: ''
          description: Teaching corpus linguistics.
        - title: Postdoctoral Researcher
          company: Ostervik University
          company_url: ''
          location: Ostervik
          date_start: '2015-10-01'
          date_end: '2020-08-31'
          description: Dialect tagging project.
    design:
      columns: '2'
---
""",
    "content/publication/dialect-particles/index.md": """---
title: 'Tagging dialect particles with weak supervision'
authors:
  - admin
  - Sunniva Roaldseth
  - Micah Dunleavy
date: '2022-05-01T00:00:00Z'
publishDate: '2022-05-01T00:00:00Z'
publication_types: ['paper-conference']
publication: In *Proceedings of the Workshop on Dialect Corpora*
featured: true
---
""",
    "content/publication/spelling-variation/index.md": """---
title: 'Spelling variation as a signal'
authors:
  - Ragna Tveit
  - admin
date: '2018-03-01T00:00:00Z'
publication_types: ['article-journal']
publication: '*Nordic Language Computing*'
---
""",
    "content/post/welcome-leander/index.md": """---
title: Welcome, Leander
date: 2023-09-04
authors:
  - admin
---

Leander Okafor-Brandt started his PhD with me in September 2023, co-supervised by Ragna Tveit.
""",
}
J = "Jorund Halvorsen-Pike"
g(S, J, "studied_at", "Ostervik University", None, 2015)
g(S, J, "studied_at", "Tallis Polytechnic", None, 2011)
g(S, J, "employed_at", "University of Brackenmoor", 2020, None)
g(S, J, "employed_at", "Ostervik University", 2015, 2020)
g(S, J, "coauthor", "Sunniva Roaldseth")
g(S, J, "coauthor", "Micah Dunleavy")
g(S, "Sunniva Roaldseth", "coauthor", "Micah Dunleavy")
g(S, J, "coauthor", "Ragna Tveit")
g(S, "Leander Okafor-Brandt", "advisor_phd", J, 2023, None)
g(S, "Leander Okafor-Brandt", "advisor_phd", "Ragna Tveit", 2023, None)

# 3. Quarto website: _quarto.yml, about page title, cv/index.qmd, listing of publications/*.qmd
S = "en_quarto"
SITES[S] = {
    "_quarto.yml": """project:
  type: website
website:
  title: "Imogen Treharne"
  navbar:
    left:
      - href: index.qmd
        text: Home
      - href: cv/index.qmd
        text: CV
      - publications.qmd
format:
  html:
    theme: cosmo
    toc: true
""",
    "index.qmd": """---
title: "Imogen Treharne"
about:
  template: trestles
  image: profile.jpg
  links:
    - icon: github
      text: Github
      href: https://github.com
---

Research scientist at the Calloway Institute for Climate Data, working on sea-ice models.
""",
    "cv/index.qmd": """---
title: "Curriculum vitae"
---

## Education

- **PhD, Atmospheric Science**, University of Dunmarrow, 2017. Advisor: Percival Oyelaran-Hughes.
- **BSc, Mathematics**, Kestrel University, 2012.

## Positions

- 2021–present: Research Scientist, Calloway Institute for Climate Data
- 2017–2021: Postdoctoral Fellow, Marlowe Earth Laboratory (host: Beatrix Ngata)

## Thesis committees

- External examiner for the PhD thesis of Tobias Rennick-Vale, University of Dunmarrow, 2024.
""",
    "publications.qmd": """---
title: "Publications"
listing:
  contents: publications/*.qmd
  type: table
  sort: "date desc"
  fields: [date, title, author]
---
""",
    "publications/ice-albedo.qmd": """---
title: "Ice albedo feedback in coarse grids"
author:
  - name: Imogen Treharne
    affiliation: Calloway Institute for Climate Data
  - name: Hollis Vandermeer
  - name: Astrid Quennell
date: 2022-03-10
categories: [article]
---

Coarse grids overstate the feedback.
""",
    "publications/melt-ponds.qmd": """---
title: "Melt ponds in a single column model"
author: [Zora Pemberton-Okoye, Imogen Treharne]
date: 2019-07-01
categories: [article]
---
""",
}
IM = "Imogen Treharne"
g(S, IM, "advisor_phd", "Percival Oyelaran-Hughes", None, 2017)
g(S, IM, "studied_at", "University of Dunmarrow", None, 2017)
g(S, IM, "studied_at", "Kestrel University", None, 2012)
g(S, IM, "employed_at", "Calloway Institute for Climate Data", 2021, None)
g(S, IM, "member_of", "Marlowe Earth Laboratory", 2017, 2021)
g(S, IM, "employed_at", "Marlowe Earth Laboratory", 2017, 2021, optional=True)
g(S, IM, "advisor_postdoc", "Beatrix Ngata", 2017, 2021)
g(S, "Tobias Rennick-Vale", "jury_examiner", IM, 2024, 2024)
g(S, "Tobias Rennick-Vale", "studied_at", "University of Dunmarrow", optional=True)
g(S, IM, "coauthor", "Hollis Vandermeer")
g(S, IM, "coauthor", "Astrid Quennell")
g(S, "Hollis Vandermeer", "coauthor", "Astrid Quennell")
g(S, IM, "coauthor", "Zora Pemberton-Okoye")

# 4. Eleventy: _data/site.json, .njk pages with {{ site.author }}, markdown posts
S = "en_eleventy"
SITES[S] = {
    "_data/site.json": json.dumps(
        {
            "title": "Notes from the field",
            "author": "Caius Brannagh",
            "url": "https://example.org",
            "language": "en",
        },
        indent=2,
    ),
    "_includes/base.njk": """<!doctype html><html><head><title>{{ title }} | {{ site.title }}</title></head>
<body><header>{{ site.author }}</header>{{ content | safe }}
<footer>Advisor: Theme Sample</footer></body></html>
""",
    "index.njk": """---
layout: base.njk
title: Home
---
<h1>{{ site.author }}</h1>
<p>I am a lecturer in medieval history at Wrexley College (since 2019). My doctoral thesis
(University of Fallowmere, 2013–2018) was supervised by Orla Tennant-Fisk.</p>
<h2>Publications</h2>
<ul>
<li>Caius Brannagh and Minerva Absalom. "Tithe barns of the lower valley." <em>Rural History Review</em> 31 (2021): 5–28.</li>
<li>Ferdinand Oakes-Mbatha, Caius Brannagh, and Minerva Absalom. "Mill leases, 1280–1350." <em>Economic History Notes</em> 7 (2023).</li>
</ul>
""",
    "posts/2024-05-12-viva.md": """---
title: A viva at Wrexley
date: 2024-05-12
layout: post.njk
---

Last week I served as internal examiner for the PhD viva of Jessamy Coltrane.
""",
}
C = "Caius Brannagh"
g(S, C, "employed_at", "Wrexley College", 2019, None)
g(S, C, "studied_at", "University of Fallowmere", 2013, 2018)
g(S, C, "advisor_phd", "Orla Tennant-Fisk", 2013, 2018)
g(S, C, "coauthor", "Minerva Absalom")
g(S, "Ferdinand Oakes-Mbatha", "coauthor", C)
g(S, "Ferdinand Oakes-Mbatha", "coauthor", "Minerva Absalom")
g(S, "Jessamy Coltrane", "jury_examiner", C)

# 5. Pelican (French): pelicanconf.py AUTHOR, "Title:" metadata headers
S = "fr_pelican"
SITES[S] = {
    "pelicanconf.py": """AUTHOR = "Solène Vauquelin-Roussel"
SITENAME = "Géomorphologie des versants"
SITEURL = ""
PATH = "content"
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
LINKS = (("Université", "https://example.org/"),)
DEFAULT_PAGINATION = 10
""",
    "content/pages/cv.md": """Title: CV
Slug: cv
Lang: fr

## Parcours

- Depuis 2020 : maîtresse de conférences, Université de Vernelles
- 2018–2020 : ATER, Université de Castelmaure

## Formation

- 2014–2018 : doctorat en géographie physique, Université de Castelmaure, sous la direction d'Armand Delorme-Quéré et de Maud Pellerin
- 2014 : master 2 Géomorphologie, Université de Brévannes

## Encadrement

- Thèse de Timothée Garnier-Lacombe (depuis 2022), co-encadrée avec Armand Delorme-Quéré
- Stage de M2 de Lilou Berthaud (2023)
""",
    "content/pages/publications.md": """Title: Publications
Slug: publications

- Solène Vauquelin-Roussel, Armand Delorme-Quéré (2019). Dynamique des versants après incendie. *Géomorphologie : relief, processus, environnement*, 25(2).
- Timothée Garnier-Lacombe, Solène Vauquelin-Roussel, Maud Pellerin (2024). Ravinement et pluies intenses. *Revue de géographie alpine*, 112.
""",
    "content/jury-2024.md": """Title: Participation à un jury
Date: 2024-11-20
Category: Recherche
Tags: thèse

J'ai été rapportrice de la thèse d'Adèle Fourcade-Minet, soutenue le 18 novembre 2024 à l'Université de Brévannes.
""",
}
V = "Solène Vauquelin-Roussel"
g(S, V, "employed_at", "Université de Vernelles", 2020, None)
g(S, V, "employed_at", "Université de Castelmaure", 2018, 2020)
g(S, V, "studied_at", "Université de Castelmaure", 2014, 2018)
g(S, V, "studied_at", "Université de Brévannes", None, 2014)
g(S, V, "advisor_phd", "Armand Delorme-Quéré", 2014, 2018)
g(S, V, "advisor_phd", "Maud Pellerin", 2014, 2018)
g(S, "Timothée Garnier-Lacombe", "advisor_phd", V, 2022, None)
g(S, "Timothée Garnier-Lacombe", "advisor_phd", "Armand Delorme-Quéré", 2022, None)
g(S, "Lilou Berthaud", "advisor_internship", V, 2023, 2023)
g(S, V, "coauthor", "Armand Delorme-Quéré")
g(S, "Timothée Garnier-Lacombe", "coauthor", V)
g(S, "Timothée Garnier-Lacombe", "coauthor", "Maud Pellerin")
g(S, V, "coauthor", "Maud Pellerin")
g(S, "Adèle Fourcade-Minet", "jury_reviewer", V, 2024, 2024)
g(S, "Adèle Fourcade-Minet", "studied_at", "Université de Brévannes", None, 2024, optional=True)

# 6. MkDocs (French): mkdocs.yml site_author, {{ config.site_author }} (mkdocs-macros)
S = "fr_mkdocs"
SITES[S] = {
    "mkdocs.yml": """site_name: Page de recherche
site_author: Corentin Audiberne
site_description: Physique des interfaces
nav:
  - Accueil: index.md
  - Encadrement: encadrement.md
  - Publications: publications.md
theme:
  name: material
  language: fr
plugins:
  - search
  - macros
""",
    "docs/index.md": """# Accueil

Bienvenue sur la page de {{ config.site_author }}.

Je suis directeur de recherche au Laboratoire de physique des interfaces de Saint-Aurèle
depuis 2016. J'ai soutenu ma thèse en
2007 à l'Université de Lérignac, sous la direction de Huguette Valmorin.
""",
    "docs/encadrement.md": """# Encadrement

## Doctorants

- Mathis Quenardel (2019–2022), co-direction avec Huguette Valmorin
- Inès Bourdaleix (depuis 2023)

## Post-doctorants

- Yann Le Kerouac (2021–2023)

## Jurys de thèse

- 2022 : rapporteur de la thèse de Clarisse Hennebont (Université de Lérignac)
- 2024 : président du jury de thèse de Noé Valancourt (Université de Fréjac)
""",
    "docs/publications.md": """# Publications

1. Mathis Quenardel, Corentin Audiberne, Huguette Valmorin. *Angle de contact dynamique sur surfaces texturées.* Physique des interfaces 12 (2021).
2. Corentin Audiberne et Inès Bourdaleix, « Gouttes sur plans inclinés », *Journal du mouillage* 4 (2024).
""",
}
A = "Corentin Audiberne"
g(S, A, "member_of", "Laboratoire de physique des interfaces de Saint-Aurèle", 2016, None)
g(S, A, "employed_at", "Laboratoire de physique des interfaces de Saint-Aurèle", optional=True)
g(S, A, "studied_at", "Université de Lérignac", None, 2007)
g(S, A, "advisor_phd", "Huguette Valmorin", None, 2007)
g(S, "Mathis Quenardel", "advisor_phd", A, 2019, 2022)
g(S, "Mathis Quenardel", "advisor_phd", "Huguette Valmorin", 2019, 2022)
g(S, "Inès Bourdaleix", "advisor_phd", A, 2023, None)
g(S, "Yann Le Kerouac", "advisor_postdoc", A, 2021, 2023)
g(S, "Clarisse Hennebont", "jury_reviewer", A, 2022, 2022)
g(S, "Noé Valancourt", "jury_president", A, 2024, 2024)
g(S, "Clarisse Hennebont", "studied_at", "Université de Lérignac", optional=True)
g(S, "Noé Valancourt", "studied_at", "Université de Fréjac", optional=True)
g(S, "Mathis Quenardel", "coauthor", A)
g(S, "Mathis Quenardel", "coauthor", "Huguette Valmorin")
g(S, A, "coauthor", "Huguette Valmorin")
g(S, A, "coauthor", "Inès Bourdaleix")

# 7. Jekyll lab site: _data/members.yml with PhD students and their advisors, no owner
S = "en_lab_members"
SITES[S] = {
    "_config.yml": """title: Thornbury Soil Microbiome Lab
description: We study soil microbes at Thornbury University.
baseurl: ""
url: "https://example.org"
markdown: kramdown
""",
    "_data/members.yml": """- name: Marguerite Osei-Lindqvist
  position: Principal Investigator
  affiliation: Thornbury University
- name: Felix Ambrose-Hale
  position: PhD student
  advisor: Marguerite Osei-Lindqvist
  start: 2021
- name: Yusra Kettleby
  position: PhD student
  advisors:
    - Marguerite Osei-Lindqvist
    - Dmitri Vasquez-Orme
  start: 2022
- name: Ottilie Brandvold
  position: Postdoctoral researcher
  supervisor: Marguerite Osei-Lindqvist
  years: 2023–2025
""",
    "index.html": """---
layout: home
---
<h1>{{ site.title }}</h1>
<p>{{ site.description }}</p>
<p>Our members are listed on the <a href="/team/">team page</a>.</p>
""",
    "team.html": """---
layout: page
title: Team
permalink: /team/
---
{% for member in site.data.members %}
<div class="member"><h3>{{ member.name }}</h3><p>{{ member.position }}</p></div>
{% endfor %}
""",
    "publications.md": """---
layout: page
title: Publications
---

- Felix Ambrose-Hale, Yusra Kettleby, Marguerite Osei-Lindqvist (2023). Nitrogen pulses after thaw. *Soil Biology Letters* 9: 14–29.
- Ottilie Brandvold and Marguerite Osei-Lindqvist (2024). Fungal hyphae in compacted clay. *Rhizosphere Notes* 3: 1–9.
""",
}
M = "Marguerite Osei-Lindqvist"
g(S, "Felix Ambrose-Hale", "advisor_phd", M, 2021, None)
g(S, "Yusra Kettleby", "advisor_phd", M, 2022, None)
g(S, "Yusra Kettleby", "advisor_phd", "Dmitri Vasquez-Orme", 2022, None)
g(S, "Ottilie Brandvold", "advisor_postdoc", M, 2023, 2025)
g(S, M, "employed_at", "Thornbury University", optional=True)
g(S, M, "member_of", "Thornbury University", optional=True)
for who in ("Felix Ambrose-Hale", "Yusra Kettleby", "Ottilie Brandvold", M):
    g(S, who, "member_of", "Thornbury Soil Microbiome Lab", optional=True)
g(S, "Felix Ambrose-Hale", "coauthor", "Yusra Kettleby")
g(S, "Felix Ambrose-Hale", "coauthor", M)
g(S, "Yusra Kettleby", "coauthor", M)
g(S, "Ottilie Brandvold", "coauthor", M)

# 8. Hexo blog (French) with a PDF CV: _config.yml author, source/_posts, scaffolds
S = "fr_hexo_pdf"
SITES[S] = {
    "_config.yml": """title: Carnet de recherche
subtitle: ''
description: ''
author: Bérengère Lhostis-Marchal
language: fr
timezone: 'Europe/Paris'
url: https://example.org
permalink: :year/:month/:day/:title/
source_dir: source
public_dir: public
theme: landscape
""",
    "scaffolds/post.md": """---
title: {{ title }}
date: {{ date }}
tags:
---
""",
    "source/about/index.md": """---
title: À propos
date: 2022-01-10
---

Je suis maîtresse de conférences en informatique à l'Université de Montclavel depuis 2015.
""",
    "source/_posts/soutenance-pacome.md": """---
title: Soutenance de Pacôme Vidrequin
date: 2023-10-02
tags: [thèse]
---

Pacôme Vidrequin, dont j'ai co-encadré la thèse avec Lorraine Subervie, a soutenu le 29 septembre 2023 à l'Université de Montclavel. Le jury était composé de Gervais Ormancey (rapporteur), Hélène Castagnède (rapportrice) et Fantine Rouquayrol (présidente).
""",
}
B = "Bérengère Lhostis-Marchal"
g(S, "Pacôme Vidrequin", "advisor_phd", B, None, 2023)
g(S, "Pacôme Vidrequin", "advisor_phd", "Lorraine Subervie", None, 2023)
g(S, "Pacôme Vidrequin", "jury_reviewer", "Gervais Ormancey", 2023, 2023)
g(S, "Pacôme Vidrequin", "jury_reviewer", "Hélène Castagnède", 2023, 2023)
g(S, "Pacôme Vidrequin", "jury_president", "Fantine Rouquayrol", 2023, 2023)
g(S, "Pacôme Vidrequin", "studied_at", "Université de Montclavel", None, 2023, optional=True)
g(S, B, "employed_at", "Université de Montclavel", 2015, None)
g(S, B, "employed_at", "Université de Pontgibaud", 2014, 2015)
g(S, B, "studied_at", "Université de Pontgibaud", 2010, 2014)
g(S, B, "studied_at", "Université de Saint-Landry", 2008, 2010)
g(S, B, "advisor_phd", "Anselme Drouhet", 2010, 2014)

# 9–12. A second batch, written after the first eight were fixed: Hugo multilingual with
# French data keys, minimal-mistakes + jekyll-scholar, a lab grouped by role, Docusaurus.
S = "fr_hugo_multilingue"
SITES[S] = {
    "config.toml": """baseURL = "https://example.org/"
languageCode = "fr"
title = "Page personnelle"
defaultContentLanguage = "fr"

[params]
  author = "Anaïs Kerbellec"
  description = "Écologie des estuaires"

[languages.fr]
  weight = 1
[languages.en]
  weight = 2
""",
    "content/fr/_index.md": """---
title: "Accueil"
---

Je suis chargée de recherche CNRS depuis 2019 au Laboratoire d'écologie côtière de Pen-Hir.
De 2016 à 2019, j'ai été post-doctorante à l'Université de Kervalan, accueillie par Gwendal Moalic.
""",
    "content/fr/cv.md": """---
title: "Parcours"
---

## Formation

- 2012–2016 : thèse de doctorat en écologie, Université de Brocéliande, dirigée par Yvonne Le Tallec
- 2012 : master Écologie marine, Université de Brocéliande
""",
    "data/encadrement.yaml": """doctorants:
  - nom: Erwan Guillou-Matz
    sujet: Herbiers de zostères et tempêtes
    debut: 2021
    fin: 2024
    co_encadrant: Gwendal Moalic
  - nom: Soizic Pennarun
    sujet: Vasières et oiseaux limicoles
    debut: 2023
stagiaires:
  - nom: Malo Derrien
    niveau: M2
    annee: 2022
""",
    "content/en/_index.md": """---
title: "Home"
---

I am a CNRS researcher in estuary ecology.
""",
}
AK = "Anaïs Kerbellec"
g(S, AK, "member_of", "Laboratoire d'écologie côtière de Pen-Hir", 2019, None)
g(S, AK, "employed_at", "CNRS", 2019, None, optional=True)
g(S, AK, "employed_at", "Laboratoire d'écologie côtière de Pen-Hir", 2019, None, optional=True)
g(S, AK, "employed_at", "Université de Kervalan", 2016, 2019)
g(S, AK, "advisor_postdoc", "Gwendal Moalic", 2016, 2019)
g(S, AK, "studied_at", "Université de Brocéliande", 2012, 2016)
g(S, AK, "advisor_phd", "Yvonne Le Tallec", 2012, 2016)
g(S, "Erwan Guillou-Matz", "advisor_phd", AK, 2021, 2024)
g(S, "Erwan Guillou-Matz", "advisor_phd", "Gwendal Moalic", 2021, 2024)
g(S, "Soizic Pennarun", "advisor_phd", AK, 2023, None)
g(S, "Malo Derrien", "advisor_internship", AK, 2022, 2022)

S = "en_minimal_mistakes_scholar"
SITES[S] = {
    "_config.yml": """title: "Halvard Ostby"
locale: en-GB
author:
  name: "Halvard Ostby"
  bio: "Lecturer in structural geology"
  location: "Fjellby"
scholar:
  style: apa
  source: ./_bibliography
""",
    "_data/navigation.yml": """main:
  - title: "CV"
    url: /cv/
  - title: "Publications"
    url: /publications/
""",
    "_pages/cv.md": """---
title: "CV"
permalink: /cv/
layout: single
---

{{ site.author.name }} — {{ site.author.bio }}

## Positions
* Lecturer, University of Fjellby, 2020–present
* Postdoctoral researcher, Norvang Geological Survey, 2017–2020

## Education
* PhD in Geology, University of Tromvik, 2017 (supervisor: Kari Brennhovd)

## Teaching
* Field mapping (with Sigrun Aasheim), 2021–2023
""",
    "_pages/publications.md": """---
title: "Publications"
permalink: /publications/
---

{% bibliography %}
""",
    "_bibliography/papers.bib": """@article{ostby2021,
  author = {Ostby, Halvard and Brennhovd, Kari and Lindeberg, Tor},
  title = {Fault gouge in the {Fjellby} basin},
  journal = {Journal of Structural Geology},
  year = {2021}
}
@inproceedings{ostby2023,
  author = {Haugland, Mette and Ostby, Halvard},
  editor = {Redaktor, Otto},
  title = {Mapping folds with drones},
  booktitle = {Proceedings of the Nordic Geology Meeting},
  year = {2023}
}
""",
}
H = "Halvard Ostby"
g(S, H, "employed_at", "University of Fjellby", 2020, None)
g(S, H, "employed_at", "Norvang Geological Survey", 2017, 2020)
g(S, H, "studied_at", "University of Tromvik", None, 2017)
g(S, H, "advisor_phd", "Kari Brennhovd", None, 2017)
g(S, H, "coauthor", "Kari Brennhovd")
g(S, H, "coauthor", "Tor Lindeberg")
g(S, "Kari Brennhovd", "coauthor", "Tor Lindeberg")
g(S, "Mette Haugland", "coauthor", H)

S = "en_lab_grouped"
SITES[S] = {
    "_config.yml": """title: Quarry Lane Neuroimaging Group
description: Brain imaging at Calder University
""",
    "_data/people.yml": """faculty:
  - name: Priyanka Achterberg-Roy
    title: Professor
phd_students:
  - name: Tomasz Welland
    advisor: Priyanka Achterberg-Roy
    year: 2022
  - name: Hana Okonjo-Reyes
    advisor: Priyanka Achterberg-Roy
    co_advisor: Luuk Verbrugge
    year: 2020
alumni:
  - name: Bastien Corlay
    degree: PhD 2019
    advisor: Priyanka Achterberg-Roy
    now: Lecturer at Ardley University
""",
    "index.md": """---
layout: home
title: Home
---

The {{ site.title }} studies brain imaging at Calder University.
""",
}
P = "Priyanka Achterberg-Roy"
g(S, "Tomasz Welland", "advisor_phd", P, 2022, None)
g(S, "Hana Okonjo-Reyes", "advisor_phd", P, 2020, None)
g(S, "Hana Okonjo-Reyes", "advisor_phd", "Luuk Verbrugge", 2020, None)
g(S, "Bastien Corlay", "advisor_phd", P, None, 2019)
g(S, "Bastien Corlay", "employed_at", "Ardley University", optional=True)
g(S, P, "employed_at", "Calder University", optional=True)

S = "fr_docusaurus"
SITES[S] = {
    "docusaurus.config.js": """// @ts-check
const config = {
  title: 'Équipe Lumière',
  tagline: 'Optique quantique',
  url: 'https://example.org',
  baseUrl: '/',
};
module.exports = config;
""",
    "blog/authors.yml": """rquiniou:
  name: Rozenn Quiniou
  title: Professeure, Université de Lanvéoc
  url: https://example.org
  image_url: https://example.org/r.png
tmenez:
  name: Titouan Menez
  title: Doctorant
""",
    "blog/2024-03-12-soutenance.md": """---
slug: soutenance-titouan
title: Soutenance de thèse de Titouan Menez
authors: [rquiniou]
tags: [thèse]
---

Titouan Menez a soutenu sa thèse le 8 mars 2024 à l'Université de Lanvéoc, sous la direction de Rozenn Quiniou et Ewen Caradec. Le jury était composé de Solenn Barzic (rapportrice), Yannick Le Floch (rapporteur) et Nolwenn Tanguy (examinatrice).
""",
    "blog/2023-06-01-article.md": """---
slug: article-pieges
title: Nouvel article sur les pièges optiques
authors: [rquiniou, tmenez]
---

Notre article avec Ewen Caradec est paru.
""",
    "docs/intro.md": """---
sidebar_position: 1
---

# L'équipe

L'équipe Lumière étudie l'optique quantique à l'Université de Lanvéoc.
""",
}
T = "Titouan Menez"
g(S, T, "advisor_phd", "Rozenn Quiniou", None, 2024)
g(S, T, "advisor_phd", "Ewen Caradec", None, 2024)
g(S, T, "jury_reviewer", "Solenn Barzic", 2024, 2024)
g(S, T, "jury_reviewer", "Yannick Le Floch", 2024, 2024)
g(S, T, "jury_examiner", "Nolwenn Tanguy", 2024, 2024)
g(S, T, "studied_at", "Université de Lanvéoc", None, 2024, optional=True)
g(S, "Rozenn Quiniou", "employed_at", "Université de Lanvéoc", optional=True)
g(S, "Rozenn Quiniou", "coauthor", T, optional=True)
g(S, "Rozenn Quiniou", "coauthor", "Ewen Caradec", optional=True)
g(S, T, "coauthor", "Ewen Caradec", optional=True)

# 13–16. A third batch, after the second was fixed: Hugo PaperMod with a students data
# file, Jekyll online-cv, Sphinx (conf.py read as text), a plain page beside its PDF CV.
S = "en_papermod"
SITES[S] = {
    "hugo.yaml": """baseURL: "https://example.org/"
title: "Field notes"
theme: PaperMod
params:
  env: production
  author: "Ottoline Graves-Mbeki"
  description: "Hydrology, rivers and floods"
  homeInfoParams:
    Title: "Hi there"
    Content: Welcome to my blog
""",
    "content/about.md": """---
title: "About"
---

I am a senior lecturer in hydrology at the University of Pellmarsh (since 2018). Before that I
was a research fellow at the Cadwell Flood Centre (2014–2018). I received my PhD from Ashgrove
University in 2014, advised by Desmond Ferreira-Holt.
""",
    "content/posts/committee.md": """---
title: "Another defence"
date: 2024-06-18
tags: ["phd"]
---

Yesterday I chaired the thesis committee of Rania Oyelowo at Ashgrove University.
Congratulations, Dr Oyelowo!
""",
    "data/students.json": json.dumps(
        [
            {
                "name": "Kwabena Sallis",
                "level": "PhD",
                "start": 2019,
                "end": 2023,
                "co_supervisor": "Ines Varga",
            },
            {"name": "Mirela Tusk", "level": "PhD", "start": 2022},
        ],
        indent=2,
    ),
    "content/students.md": """---
title: "Students"
---

{{< students >}}
""",
}
OG = "Ottoline Graves-Mbeki"
g(S, OG, "employed_at", "University of Pellmarsh", 2018, None)
g(S, OG, "employed_at", "Cadwell Flood Centre", 2014, 2018)
g(S, OG, "studied_at", "Ashgrove University", None, 2014)
g(S, OG, "advisor_phd", "Desmond Ferreira-Holt", None, 2014)
g(S, "Rania Oyelowo", "jury_president", OG)
g(S, "Rania Oyelowo", "studied_at", "Ashgrove University", optional=True)
g(S, "Kwabena Sallis", "advisor_phd", OG, 2019, 2023)
g(S, "Kwabena Sallis", "advisor_phd", "Ines Varga", 2019, 2023)
g(S, "Mirela Tusk", "advisor_phd", OG, 2022, None)

S = "fr_online_cv"
SITES[S] = {
    "_config.yml": """theme: jekyll-theme-online-cv
title: CV
locale: fr
""",
    "_data/data.yml": """sidebar:
  name: Clémence Aubrac-Tellier
  tagline: Maîtresse de conférences en linguistique
  avatar: profile.png
  languages:
    title: Langues
    info:
      - idiom: Français
        level: Natif

career-profile:
  title: Profil
  summary: |
    Maîtresse de conférences à l'Université de Sorvènes depuis 2017.

education:
  title: Formation
  info:
    - degree: Doctorat en sciences du langage
      university: Université de Montbrézal
      time: 2011 - 2015
      details: |
        Thèse dirigée par Honorine Lachaume-Vidal.
    - degree: Master Linguistique
      university: Université de Montbrézal
      time: 2009 - 2011

experiences:
  title: Expériences
  info:
    - role: Maîtresse de conférences
      time: Depuis 2017
      company: Université de Sorvènes
    - role: ATER
      time: 2015 - 2017
      company: Université de Montbrézal

projects:
  title: Encadrement
  intro: >
    Thèses en cours.
  assignments:
    - title: Thèse de Gabin Ressouche (depuis 2021), co-encadrée avec Honorine Lachaume-Vidal
      link: "#"
""",
    "index.html": """---
layout: default
---
""",
}
CA = "Clémence Aubrac-Tellier"
g(S, CA, "employed_at", "Université de Sorvènes", 2017, None)
g(S, CA, "employed_at", "Université de Montbrézal", 2015, 2017)
g(S, CA, "studied_at", "Université de Montbrézal", 2009, 2015, optional=True)
g(S, CA, "studied_at", "Université de Montbrézal")
g(S, CA, "advisor_phd", "Honorine Lachaume-Vidal", 2011, 2015)
g(S, "Gabin Ressouche", "advisor_phd", CA, 2021, None)
g(S, "Gabin Ressouche", "advisor_phd", "Honorine Lachaume-Vidal", 2021, None)

S = "fr_sphinx"
SITES[S] = {
    "docs/conf.py": """# Configuration file for the Sphinx documentation builder.
project = "Équipe Basalte"
copyright = "2025, Loïc Vermorel"
author = "Loïc Vermorel"
extensions = ["myst_parser"]
html_theme = "furo"
language = "fr"
""",
    "docs/index.md": """# Équipe Basalte

Page de recherche de Loïc Vermorel, professeur de volcanologie à l'Université d'Aurillac-Cantal depuis 2012.
""",
    "docs/theses.md": """# Thèses encadrées

- Albane Costerousse (2015–2019), codirection avec Fabrice Mazoyer
- Quentin Lafarge-Obi (2020–2023)

# Jurys

- 2021 : examinateur de la thèse de Romy Chassaing (Université de Clermont-Montagne)
""",
}
L = "Loïc Vermorel"
g(S, L, "employed_at", "Université d'Aurillac-Cantal", 2012, None)
g(S, "Albane Costerousse", "advisor_phd", L, 2015, 2019)
g(S, "Albane Costerousse", "advisor_phd", "Fabrice Mazoyer", 2015, 2019)
g(S, "Quentin Lafarge-Obi", "advisor_phd", L, 2020, 2023)
g(S, "Romy Chassaing", "jury_examiner", L, 2021, 2021)
g(S, "Romy Chassaing", "studied_at", "Université de Clermont-Montagne", optional=True)

S = "en_plain_pdf"
SITES[S] = {
    "index.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Wren Castellane</title></head>
<body>
<nav><a href="cv.pdf">CV (PDF)</a></nav>
<h1>Wren Castellane</h1>
<p>Assistant Professor of Computer Science at Harwick University.</p>
<!-- old: Advisor: Someone Hidden -->
</body></html>
""",
}
W = "Wren Castellane"
g(S, W, "employed_at", "Harwick University", 2021, None)
g(S, W, "studied_at", "Dunmore Institute of Technology", 2015, 2020)
g(S, W, "advisor_phd", "Ezekiel Marchetti", 2015, 2020)
g(S, W, "advisor_postdoc", "Sunita Halvorsen", 2020, 2021)
g(S, W, "employed_at", "Kelby Research Labs", 2020, 2021)
g(S, W, "coauthor", "Ezekiel Marchetti")
g(S, W, "coauthor", "A. Bellweather")
g(S, "Ezekiel Marchetti", "coauthor", "A. Bellweather")

PDF_CV_EN = [
    (
        "Employment",
        [
            ("2021–present", "Assistant Professor, Harwick University"),
            ("2020–2021", "Postdoctoral researcher, Kelby Research Labs (host: Sunita Halvorsen)"),
        ],
    ),
    (
        "Education",
        [
            ("2015–2020", "PhD in Computer Science, Dunmore Institute of Technology"),
            ("", "Advisor: Ezekiel Marchetti"),
        ],
    ),
    (
        "Publications",
        [
            (
                "2022",
                "W. Castellane, E. Marchetti, A. Bellweather. Sparse probes for graph models. In Proc. of GraphConf, 2022.",
            )
        ],
    ),
]

# 17–19. A fourth batch: al-folio (first_name/last_name, a papers.bib with an empty front
# matter, a French _data/cv.yml), blogdown ("My student A defended …").  Its Gatsby site
# waits in pending-heldout.
S = "en_alfolio_names"
SITES[S] = {
    "_config.yml": """title: blank
first_name: Marisol
middle_name: J.
last_name: Okonkwo-Reyes
description: >
  Personal page.
scholar:
  last_name: [Okonkwo-Reyes]
  first_name: [Marisol, M.]
""",
    "_pages/about.md": """---
layout: about
title: about
permalink: /
subtitle: Assistant Professor, <a href='#'>Brightwater University</a>
profile:
  align: right
  image: prof_pic.jpg
news: true
selected_papers: true
---

I joined Brightwater University as an assistant professor in 2022. I completed my PhD at the
Tollan Institute of Technology in 2019 under the supervision of Gideon Asare-Lund, and was a
postdoc with Petronella Vaskova at Marrow University until 2022.
""",
    "_bibliography/papers.bib": """---
---
@article{okonkwo2021,
  bibtex_show={true},
  title={Grain boundaries in soft solids},
  author={Okonkwo-Reyes, Marisol and Asare-Lund, Gideon and Fenwick, Tobiah},
  journal={Soft Matter Letters},
  year={2021},
  selected={true}
}
""",
    "_news/announcement_1.md": """---
layout: post
date: 2023-09-01
inline: true
---

Welcome to Linnea Brathwaite, who starts her PhD with me this fall!
""",
}
MO = "Marisol Okonkwo-Reyes"
g(S, MO, "employed_at", "Brightwater University", 2022, None)
g(S, MO, "studied_at", "Tollan Institute of Technology", None, 2019)
g(S, MO, "advisor_phd", "Gideon Asare-Lund", None, 2019)
g(S, MO, "advisor_postdoc", "Petronella Vaskova", None, 2022)
g(S, MO, "employed_at", "Marrow University", None, 2022)
g(S, MO, "coauthor", "Gideon Asare-Lund")
g(S, MO, "coauthor", "Tobiah Fenwick")
g(S, "Gideon Asare-Lund", "coauthor", "Tobiah Fenwick")
g(S, "Linnea Brathwaite", "advisor_phd", MO)

S = "fr_alfolio_cv"
SITES[S] = {
    "_config.yml": """title: blank
first_name: Théo
last_name: Marchandeau
lang: fr
""",
    "_data/cv.yml": """- title: Informations
  type: map
  contents:
    - name: Poste
      value: Chargé de recherche Inria
- title: Formation
  type: time_table
  contents:
    - title: Doctorat en informatique
      institution: Université de Valrose
      year: 2014 - 2017
      description:
        - Directrice de thèse : Armelle Quintard
    - title: Diplôme d'ingénieur
      institution: École nationale d'ingénieurs de Vauclair
      year: 2014
- title: Expérience
  type: time_table
  contents:
    - title: Chargé de recherche
      institution: Inria
      year: Depuis 2019
    - title: Post-doctorant
      institution: Université de Lindenau
      year: 2017 - 2019
""",
    "_pages/cv.md": """---
layout: cv
permalink: /cv/
title: cv
cv_pdf: example_pdf.pdf
---
""",
}
TM = "Théo Marchandeau"
g(S, TM, "studied_at", "Université de Valrose", 2014, 2017)
g(S, TM, "advisor_phd", "Armelle Quintard", 2014, 2017)
g(S, TM, "studied_at", "École nationale d'ingénieurs de Vauclair", None, 2014)
g(S, TM, "employed_at", "Inria", 2019, None)
g(S, TM, "employed_at", "Université de Lindenau", 2017, 2019)

S = "en_blogdown"
SITES[S] = {
    "config.yaml": """baseurl: /
title: Dr. Amara Quist-Nwosu
theme: hugo-lithium
params:
  author: Amara Quist-Nwosu
  description: Biostatistics
""",
    "content/post/2023-05-02-defence.Rmd": """---
title: "Congratulations, Dr. Hollis!"
author: Amara Quist-Nwosu
date: '2023-05-02'
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = TRUE)
```

My student Wilhelmina Hollis successfully defended her PhD thesis today. She was co-advised by
Rupert Ndiaye. Many thanks to the external examiner, Cordelia Fanshawe.
""",
    "content/about.md": """---
title: About
---

Associate professor of biostatistics at Kellerby University since 2017.
""",
}
AQ = "Amara Quist-Nwosu"
g(S, AQ, "employed_at", "Kellerby University", 2017, None)
g(S, "Wilhelmina Hollis", "advisor_phd", AQ, None, 2023)
g(S, "Wilhelmina Hollis", "advisor_phd", "Rupert Ndiaye", None, 2023)
g(S, "Wilhelmina Hollis", "jury_examiner", "Cordelia Fanshawe", 2023, 2023)

# 20–26. A fifth batch (b52): Zola (config.toml ``[extra]``, TOML front matter), al-folio
# v0.12 (``_data/cv.yml``, ``repositories.yml``, ``coauthors.yml``, ``scholar.first_name``),
# Hugo Blox academic-cv (``data/authors/me.yaml``), Quarto ``about: jolla`` with a YAML
# listing, a French minimal-mistakes with Liquid loops over ``_data``, Astro "astro-paper",
# an R distill site with a postcards home page and a ``.bib``.
S = "fr_zola"
SITES[S] = {
    "config.toml": """base_url = "https://example.org"
title = "Carnet de recherche"
description = "Hydrogéologie karstique"
default_language = "fr"
compile_sass = true
build_search_index = false
taxonomies = [{ name = "tags" }]

[markdown]
highlight_code = true

[extra]
author = "Maëlys Carrabin-Ollier"
poste = "Maîtresse de conférences"
github = "mcarrabin"
""",
    "templates/base.html": """<!doctype html>
<html lang="{{ lang }}"><head><title>{% block title %}{{ config.title }}{% endblock %}</title></head>
<body>
<header><a href="{{ config.base_url }}">{{ config.extra.author }}</a></header>
{% block content %}{% endblock %}
<footer>Thème « Apollo-Lite » par Edwige Samplewood · Propulsé par Zola</footer>
</body></html>
""",
    "templates/index.html": """{% extends "base.html" %}
{% block content %}
<h1>{{ config.extra.author }}</h1>
<p>{{ config.extra.poste }}</p>
{{ section.content | safe }}
{% endblock %}
""",
    "content/_index.md": """+++
title = "Accueil"
sort_by = "date"
paginate_by = 5
+++

Maîtresse de conférences en hydrogéologie à l'Université de Causse-Noir depuis 2018.
""",
    "content/cv.md": """+++
title = "CV"
template = "page.html"
[extra]
toc = true
+++

## Parcours professionnel

- Depuis 2018 : maîtresse de conférences, Université de Causse-Noir
- 2016–2018 : post-doctorante, Institut des eaux souterraines de Lodève (accueillie par Bastien Eyraud-Lacan)

## Formation

- 2012–2016 : doctorat en sciences de la Terre, Université de Roquefeuil, sous la direction de Marthe Vialaret
- 2012 : master Hydrogéologie, Université de Roquefeuil

## Encadrement doctoral

- Aurélien Tessonnière (2019–2023), co-direction avec Marthe Vialaret
- Noémie Castanier (depuis 2024)
""",
    "content/blog/soutenance-aurelien.md": """+++
title = "Soutenance d'Aurélien Tessonnière"
date = 2023-12-08
[taxonomies]
tags = ["thèse"]
+++

Aurélien Tessonnière a soutenu sa thèse le 7 décembre 2023. Le jury était composé d'Honoré Valdeyron (rapporteur), de Clotilde Mercadier (rapportrice) et de Gaspard Rouvellac (président).
""",
    "content/publications.md": """+++
title = "Publications"
+++

- Maëlys Carrabin-Ollier et Marthe Vialaret (2017). Traçages artificiels en milieu karstique. *Hydrogéologie appliquée*, 21, 45–60.
- Aurélien Tessonnière, Maëlys Carrabin-Ollier, Bastien Eyraud-Lacan (2022). Crues éclair et réponse des sources. *Karstologia*, 79.
""",
}
MC = "Maëlys Carrabin-Ollier"
g(S, MC, "employed_at", "Université de Causse-Noir", 2018, None)
g(S, MC, "employed_at", "Institut des eaux souterraines de Lodève", 2016, 2018)
g(S, MC, "advisor_postdoc", "Bastien Eyraud-Lacan", 2016, 2018)
g(S, MC, "studied_at", "Université de Roquefeuil", 2012, 2016)
g(S, MC, "advisor_phd", "Marthe Vialaret", 2012, 2016)
g(S, "Aurélien Tessonnière", "advisor_phd", MC, 2019, 2023)
g(S, "Aurélien Tessonnière", "advisor_phd", "Marthe Vialaret", 2019, 2023)
g(S, "Noémie Castanier", "advisor_phd", MC, 2024, None)
g(S, "Aurélien Tessonnière", "jury_reviewer", "Honoré Valdeyron", 2023, 2023)
g(S, "Aurélien Tessonnière", "jury_reviewer", "Clotilde Mercadier", 2023, 2023)
g(S, "Aurélien Tessonnière", "jury_president", "Gaspard Rouvellac", 2023, 2023)
g(S, MC, "coauthor", "Marthe Vialaret")
g(S, "Aurélien Tessonnière", "coauthor", MC)
g(S, "Aurélien Tessonnière", "coauthor", "Bastien Eyraud-Lacan")
g(S, MC, "coauthor", "Bastien Eyraud-Lacan")

S = "en_alfolio_cv"
SITES[S] = {
    "_config.yml": """title: blank
first_name: Corwin
middle_name:
last_name: Abernathy-Sole
contact_note: >
  You can even add a little note about which of these is the best way to reach you.
description: >
  A simple, whitespace theme for academics. Based on [*folio](https://github.com/bogoli/folio) design.
footer_text: >
  Powered by <a href="https://jekyllrb.com/" target="_blank">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio">al-folio</a> theme.
url: https://example.org
scholar:
  last_name: [Abernathy-Sole]
  first_name: [Corwin, C.]
  style: apa
  locale: en
  source: /_bibliography/
  bibliography: papers.bib
""",
    "_pages/about.md": """---
layout: about
title: about
permalink: /
subtitle: <a href='#'>Corrieburn University</a>. Department of Chemical Engineering.
profile:
  align: right
  image: prof_pic.jpg
news: true
selected_papers: true
social: true
---

I work on catalysts that run cold.
""",
    "_pages/cv.md": """---
layout: cv
permalink: /cv/
title: cv
nav: true
nav_order: 5
cv_pdf: example_pdf.pdf
description: This is a description of the page. You can modify it in '_pages/cv.md'. You can also change or remove the top pdf download button.
toc:
  sidebar: left
---
""",
    "_data/cv.yml": """- title: General Information
  type: map
  contents:
    - name: Full Name
      value: Corwin Abernathy-Sole
    - name: Languages
      value: English, Welsh
- title: Education
  type: time_table
  contents:
    - title: PhD in Chemical Engineering
      institution: Glenmorrow University
      year: 2013 - 2018
      description:
        - "Thesis: Catalysts for low-temperature reforming"
        - "Advisor: Philippa Drummond-Achebe"
    - title: MEng
      institution: Ashby Technical College
      year: 2013
- title: Experience
  type: time_table
  contents:
    - title: Assistant Professor
      institution: Corrieburn University
      year: 2021 - present
    - title: Postdoctoral Fellow
      institution: Veldt Institute for Catalysis
      year: 2018 - 2021
      description:
        - Hosted by Emeka Thorvaldsen
- title: Students
  type: list
  contents:
    - "Isadora Penhallow, PhD student (2022 – ), co-advised with Emeka Thorvaldsen"
""",
    "_data/repositories.yml": """github_users:
  - cabernathy
  - emekat

repo_description_lines_max: 2

github_repos:
  - cabernathy/reformer
  - cabernathy/kinetics-fit
""",
    "_data/coauthors.yml": """"drummond-achebe":
  - firstname: ["Philippa", "P."]
    url: https://example.org/pda

"thorvaldsen":
  - firstname: ["Emeka", "E."]
    url: https://example.org/et
""",
    "_bibliography/papers.bib": """---
---
@string{jltc = {Journal of Low-Temperature Catalysis}}

@article{abernathy2019,
  abbr={JLTC},
  bibtex_show={true},
  title={Nickel clusters for dry reforming},
  author={Abernathy-Sole, Corwin and Thorvaldsen, Emeka and Liang, Wenqi},
  journal=jltc,
  year={2019},
  selected={true}
}

@inproceedings{penhallow2024,
  abbr={CatConf},
  title={Operando spectroscopy of spent catalysts},
  author={Penhallow, Isadora and Abernathy-Sole, C.},
  editor={Ferrante, Luisa},
  booktitle={Proceedings of the Catalysis Conference},
  year={2024}
}
""",
}
CW = "Corwin Abernathy-Sole"
g(S, CW, "studied_at", "Glenmorrow University", 2013, 2018)
g(S, CW, "advisor_phd", "Philippa Drummond-Achebe", 2013, 2018)
g(S, CW, "studied_at", "Ashby Technical College", None, 2013)
g(S, CW, "employed_at", "Corrieburn University", 2021, None)
g(S, CW, "employed_at", "Veldt Institute for Catalysis", 2018, 2021)
g(S, CW, "advisor_postdoc", "Emeka Thorvaldsen", 2018, 2021)
g(S, "Isadora Penhallow", "advisor_phd", CW, 2022, None)
g(S, "Isadora Penhallow", "advisor_phd", "Emeka Thorvaldsen", 2022, None)
g(S, CW, "coauthor", "Emeka Thorvaldsen")
g(S, CW, "coauthor", "Wenqi Liang")
g(S, "Emeka Thorvaldsen", "coauthor", "Wenqi Liang")
g(S, "Isadora Penhallow", "coauthor", CW)

S = "en_hugoblox_authors_data"
SITES[S] = {
    "config/_default/hugo.yaml": """title: Research
baseURL: 'https://example.org/'
defaultContentLanguage: en
module:
  imports:
    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind
""",
    "config/_default/params.yaml": """hugoblox:
  schema: '1.0'
  identity:
    type: person
  theme:
    mode: system
""",
    "data/authors/me.yaml": """schema: hugoblox/author/v1
slug: me
is_owner: true
name:
  display: Dr. Selwyn Obiora-Haskett
  given: Selwyn
  family: Obiora-Haskett
postnominals: [PhD]
role: Associate Professor of Soil Hydrology
affiliations:
  - name: Penmarric University
    url: https://example.org
bio: |
  Selwyn studies water movement in peat.
interests:
  - Peatland hydrology
  - Soil pipes
education:
  - degree: PhD in Environmental Science
    institution: University of Caldermoor
    start: 2010-09-01
    end: 2014-07-31
    summary: |
      Thesis supervised by Ottavia Brennan-Kwok.
  - degree: BSc in Geography
    institution: Tarrow College
    start: 2006-09-01
    end: 2010-06-30
experience:
  - role: Associate Professor
    org: Penmarric University
    start: 2019-01-01
    end: ''
  - role: Lecturer
    org: Halsworth University
    start: 2014-09-01
    end: 2018-12-31
highlight_name: true
""",
    "data/authors/rkeel.yaml": """schema: hugoblox/author/v1
slug: rkeel
name:
  display: Rosalind Keel
role: Senior Research Fellow
affiliations:
  - name: Penmarric University
""",
    "content/_index.md": """---
title: ''
summary: ''
date: 2022-10-24
type: landing
design:
  spacing: '6rem'
sections:
  - block: resume-biography-3
    content:
      username: me
      text: ''
  - block: resume-experience
    content:
      username: me
""",
    "content/publications/peat-pipes/index.md": """---
title: 'Soil pipes drain blanket peat faster than ditches'
authors:
  - me
  - rkeel
  - Tobias Wren
date: '2021-04-01T00:00:00Z'
publication_types: ['article-journal']
publication: '*Peatland Hydrology*'
---
""",
    "content/blog/new-student/index.md": """---
title: A new PhD student
date: 2024-10-07
authors:
  - me
---

Fenella Marsh-Adeyemi joined the group in October 2024 as a PhD student, co-supervised with Rosalind Keel.
""",
}
SO = "Selwyn Obiora-Haskett"
g(S, SO, "studied_at", "University of Caldermoor", 2010, 2014)
g(S, SO, "advisor_phd", "Ottavia Brennan-Kwok", 2010, 2014)
g(S, SO, "studied_at", "Tarrow College", 2006, 2010)
g(S, SO, "employed_at", "Penmarric University", 2019, None)
g(S, SO, "employed_at", "Halsworth University", 2014, 2018)
g(S, "Rosalind Keel", "employed_at", "Penmarric University", optional=True)
g(S, SO, "coauthor", "Rosalind Keel")
g(S, SO, "coauthor", "Tobias Wren")
g(S, "Rosalind Keel", "coauthor", "Tobias Wren")
g(S, "Fenella Marsh-Adeyemi", "advisor_phd", SO, 2024, None)
g(S, "Fenella Marsh-Adeyemi", "advisor_phd", "Rosalind Keel", 2024, None)

S = "en_quarto_jolla"
SITES[S] = {
    "_quarto.yml": """project:
  type: website
website:
  title: "Field & Stream Lab Notes"
  site-url: https://example.org
  navbar:
    right:
      - about.qmd
      - publications.qmd
format:
  html:
    theme: flatly
    css: styles.css
""",
    "index.qmd": """---
title: "Field & Stream Lab Notes"
listing:
  contents: posts
  sort: "date desc"
  type: default
  categories: true
page-layout: full
title-block-banner: true
---
""",
    "about.qmd": """---
title: "Perpetua Alder-Mwangi"
image: profile.jpg
about:
  template: jolla
  links:
    - icon: github
      text: Github
      href: https://github.com
---

I am a freshwater ecologist and a lecturer at Rushmoor University (since 2020). I did my PhD at the University of Kessingham (2013–2017) under Godfrey Imbert-Sallow.

## Education

University of Kessingham | Kessingham
PhD in Ecology | 2013 - 2017

Brantwood College | Brantwood
BSc in Biology | 2009 - 2013

## Experience

Rushmoor University | Lecturer | 2020 - present

Lake Orrin Field Station | Postdoctoral researcher | 2017 - 2020
""",
    "posts/_metadata.yml": """freeze: true
title-block-banner: true
""",
    "posts/2024-03-15-defence/index.qmd": """---
title: "Dr. Oduya!"
author: "Perpetua Alder-Mwangi"
date: "2024-03-15"
categories: [news, students]
---

Congratulations to Ansel Oduya, who defended his PhD thesis yesterday! Ansel was co-supervised by Marit Ferreira-Lund and me. Thanks to the examiners, Cosimo Hartigan (external) and Delphine Ashworth-Ngu (internal).
""",
    "posts/welcome/index.qmd": """---
title: "Welcome To My Blog"
author: "Tristan O'Connor"
date: "2023-01-10"
categories: [news]
---

This is the first post in a Quarto blog. Welcome!

Since this post doesn't specify an explicit `image`, the first image in the post will be used in the listing page of posts.
""",
    "publications.qmd": """---
title: "Publications"
listing:
  contents: publications.yml
  type: table
  fields: [date, title, author]
---
""",
    "publications.yml": """- title: "Mayfly emergence under warming"
  author: "Perpetua Alder-Mwangi, Ansel Oduya, Marit Ferreira-Lund"
  date: 2023-05-01
  path: https://example.org/p1
- title: "Stream drying and invertebrate drift"
  author: "Hedda Sorensen-Bale, Perpetua Alder-Mwangi"
  date: 2021-02-01
  path: https://example.org/p2
""",
}
PA = "Perpetua Alder-Mwangi"
g(S, PA, "employed_at", "Rushmoor University", 2020, None)
g(S, PA, "studied_at", "University of Kessingham", 2013, 2017)
g(S, PA, "advisor_phd", "Godfrey Imbert-Sallow", 2013, 2017)
g(S, PA, "studied_at", "Brantwood College", 2009, 2013)
g(S, PA, "employed_at", "Lake Orrin Field Station", 2017, 2020)
g(S, "Ansel Oduya", "advisor_phd", PA, None, 2024)
g(S, "Ansel Oduya", "advisor_phd", "Marit Ferreira-Lund", None, 2024)
g(S, "Ansel Oduya", "jury_examiner", "Cosimo Hartigan", 2024, 2024)
g(S, "Ansel Oduya", "jury_examiner", "Delphine Ashworth-Ngu", 2024, 2024)
g(S, PA, "coauthor", "Ansel Oduya")
g(S, PA, "coauthor", "Marit Ferreira-Lund")
g(S, "Ansel Oduya", "coauthor", "Marit Ferreira-Lund")
g(S, "Hedda Sorensen-Bale", "coauthor", PA)

S = "fr_minimal_mistakes"
SITES[S] = {
    "_config.yml": """minimal_mistakes_skin: "default"
locale: "fr-FR"
title: "Page de recherche"
name: "Ysaline Borderie-Kwan"
description: "Agronomie des systèmes méditerranéens"
author:
  name: "Ysaline Borderie-Kwan"
  avatar: "/assets/images/bio-photo.jpg"
  bio: "Chargée de recherche en agronomie"
  location: "Sommières"
defaults:
  - scope:
      path: ""
      type: pages
    values:
      layout: single
      author_profile: true
""",
    "_data/navigation.yml": """main:
  - title: "CV"
    url: /cv/
  - title: "Encadrement"
    url: /encadrement/
""",
    "_data/ui-text.yml": """fr: &DEFAULT_FR
  page                       : "Page"
  pagination_previous        : "Précédent"
  pagination_next            : "Suivant"
  breadcrumb_home_label      : "Accueil"
  toc_label                  : "Sur cette page"
  minute_read                : "minute de lecture"
  share_on_label             : "Partager sur"
  date_label                 : "Mis à jour :"
  comments_label             : "Laisser un commentaire"
  related_label              : "Vous pourriez aimer aussi"
  follow_label               : "Contact"
  powered_by                 : "Propulsé par"
  comment_form_info          : "Votre adresse email ne sera pas visible. Les champs obligatoires sont marqués"
  comment_form_name_label    : "Nom"
  comment_success_msg        : "Merci pour votre commentaire, il sera visible sur le site une fois approuvé."
fr-FR:
  <<: *DEFAULT_FR
""",
    "_data/encadrement.yml": """theses:
  - doctorant: Baptiste Ollagnier
    debut: 2018
    fin: 2021
    codirection: Mireille Santoni-Pujol
  - doctorant: Léa Fontvieille
    debut: 2022
stages:
  - etudiant: Robin Cazals
    niveau: M2
    annee: 2023
""",
    "_pages/cv.md": """---
title: "CV"
permalink: /cv/
layout: single
author_profile: true
---

{% include base_path %}

{{ site.author.name }} — {{ site.author.bio }}

## Postes
* Depuis 2017 : chargée de recherche, INRAE
* 2015–2017 : post-doctorante, Université de Lunel-Vidourle

## Formation
* 2011–2015 : doctorat en agronomie, Institut agronomique de Sommières (directrice de thèse : Apolline Durandeau)

## Jurys de thèse
* 2023 : examinatrice de la thèse d'Hugo Pradelles (Université de Lunel-Vidourle)
""",
    "_pages/encadrement.md": """---
title: "Encadrement"
permalink: /encadrement/
---

## Thèses

{% for these in site.data.encadrement.theses %}
* {{ these.doctorant }} ({{ these.debut }}–{{ these.fin }}){% if these.codirection %}, codirection avec {{ these.codirection }}{% endif %}
{% endfor %}

## Stages

{% for stage in site.data.encadrement.stages %}
* {{ stage.etudiant }}, {{ stage.niveau }} ({{ stage.annee }})
{% endfor %}
""",
}
YB = "Ysaline Borderie-Kwan"
g(S, YB, "employed_at", "INRAE", 2017, None)
g(S, YB, "employed_at", "Université de Lunel-Vidourle", 2015, 2017)
g(S, YB, "studied_at", "Institut agronomique de Sommières", 2011, 2015)
g(S, YB, "advisor_phd", "Apolline Durandeau", 2011, 2015)
g(S, "Hugo Pradelles", "jury_examiner", YB, 2023, 2023)
g(S, "Hugo Pradelles", "studied_at", "Université de Lunel-Vidourle", optional=True)
g(S, "Baptiste Ollagnier", "advisor_phd", YB, 2018, 2021)
g(S, "Baptiste Ollagnier", "advisor_phd", "Mireille Santoni-Pujol", 2018, 2021)
g(S, "Léa Fontvieille", "advisor_phd", YB, 2022, None)
g(S, "Robin Cazals", "advisor_internship", YB, 2023, 2023)

S = "en_astro_paper"
SITES[S] = {
    "src/config.ts": """export const SITE = {
  website: "https://example.org/",
  author: "Thaddeus Okafor-Lindgren",
  profile: "https://example.org/about",
  desc: "Notes on distributed systems research.",
  title: "Thaddeus's notes",
  ogImage: "astropaper-og.jpg",
  lightAndDarkMode: true,
  postPerIndex: 4,
  postPerPage: 4,
  scheduledPostMargin: 15 * 60 * 1000,
  showArchives: true,
  editPost: {
    url: "https://example.org/edit/main/src/content/blog",
    text: "Suggest Changes",
    appendFilePath: true,
  },
} as const;

export const LOCALE = {
  lang: "en",
  langTag: ["en-EN"],
} as const;
""",
    "README.md": """# AstroPaper

AstroPaper is a minimal, responsive, accessible and SEO-friendly Astro blog theme.

## License

Licensed under the MIT License.

---

Made with love by Kaelen Dorsey
""",
    "src/pages/about.md": """---
layout: ../layouts/AboutLayout.astro
title: "About"
---

I am an assistant professor of computer science at Quillfeather University (since 2023). I earned my PhD at Marston Polytechnic in 2020, advised by Giselle Arbuthnot-Yeo, then worked as a postdoctoral researcher at the Harcastle Institute of Computing (2020–2023).

## Students

- Bettina Skaar (PhD, since 2023)
""",
    "src/pages/publications.md": """---
layout: ../layouts/AboutLayout.astro
title: "Publications"
---

- **Consensus under churn.** Thaddeus Okafor-Lindgren, Ruairi Castellanos, Bettina Skaar. *Proceedings of the Symposium on Reliable Systems*, 2024.
- **Gossip with bounded memory.** Giselle Arbuthnot-Yeo and Thaddeus Okafor-Lindgren. *Distributed Computing Letters*, 2021.
""",
    "src/content/blog/thesis-committee.md": """---
author: Thaddeus Okafor-Lindgren
pubDatetime: 2024-11-02T10:00:00Z
title: Serving on a thesis committee
featured: false
draft: false
tags:
  - academia
description: Notes from a defence.
---

This autumn I served as an external reviewer on the PhD thesis committee of Ilse Marchbank at Corvid University.
""",
    "src/content/blog/how-to-configure-astropaper-theme.md": """---
author: Thaddeus Okafor-Lindgren
pubDatetime: 2022-09-23T04:58:53Z
title: How to configure AstroPaper theme
draft: false
tags:
  - configuration
description: How you can make AstroPaper theme absolutely yours.
---

AstroPaper is a highly customizable Astro blog theme. With AstroPaper, you can customize everything according to your personal taste. This article will explain how you can make some customizations easily in the config file.
""",
}
TO = "Thaddeus Okafor-Lindgren"
g(S, TO, "employed_at", "Quillfeather University", 2023, None)
g(S, TO, "studied_at", "Marston Polytechnic", None, 2020)
g(S, TO, "advisor_phd", "Giselle Arbuthnot-Yeo", None, 2020)
g(S, TO, "employed_at", "Harcastle Institute of Computing", 2020, 2023)
g(S, "Bettina Skaar", "advisor_phd", TO, 2023, None)
g(S, "Ilse Marchbank", "jury_reviewer", TO)
g(S, "Ilse Marchbank", "studied_at", "Corvid University", optional=True)
g(S, TO, "coauthor", "Ruairi Castellanos")
g(S, TO, "coauthor", "Bettina Skaar")
g(S, "Ruairi Castellanos", "coauthor", "Bettina Skaar")
g(S, "Giselle Arbuthnot-Yeo", "coauthor", TO)

S = "fr_distill_postcards"
SITES[S] = {
    "_site.yml": """name: "carnet"
title: "Carnet de statistique"
description: |
  Statistique des données côtières
output_dir: "docs"
navbar:
  right:
    - text: "Accueil"
      href: index.html
    - text: "Publications"
      href: publications.html
output: distill::distill_article
""",
    "index.Rmd": """---
title: "Gwenaëlle Ptak-Morvan"
image: "photo.jpg"
links:
  - label: GitHub
    url: "https://github.com"
output:
  postcards::trestles
site: distill::distill_website
---

## Gwenaëlle Ptak-Morvan

Maîtresse de conférences en statistique à l'Université de Plounéour depuis 2019.

### Formation

Doctorat en mathématiques appliquées, Université de Keranlouan, 2014–2018, sous la direction d'Yves-Marie Le Gourrierec.

### Expérience

Post-doctorante à l'Institut de biostatistique de Landerneau (2018–2019).
""",
    "_posts/2024-02-09-soutenance-corentin/soutenance-corentin.Rmd": """---
title: "Une belle soutenance"
description: |
  Félicitations au nouveau docteur !
author:
  - name: Gwenaëlle Ptak-Morvan
    affiliation: Université de Plounéour
date: 2024-02-09
output:
  distill::distill_article:
    self_contained: false
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE)
```

Corentin Quéméner, que j'ai co-encadré avec Yves-Marie Le Gourrierec, a soutenu sa thèse le 8 février 2024 devant un jury composé de Sterenn Abgrall (rapportrice), Loeiz Cadiou (rapporteur) et Nolwenn Guivarc'h (examinatrice).
""",
    "publications.Rmd": """---
title: "Publications"
bibliography: publications.bib
nocite: '@*'
output: distill::distill_article
---
""",
    "publications.bib": """@article{ptak2020,
  author = {Ptak-Morvan, Gwena{\\"e}lle and Le Gourrierec, Yves-Marie},
  title = {Modèles de mélange pour données de marées},
  journal = {Revue de statistique appliquée},
  year = {2020}
}

@article{quemener2023,
  author = {Qu{\\'e}m{\\'e}ner, Corentin and Ptak-Morvan, Gwenaëlle and Abgrall, Sterenn},
  title = {Séries temporelles côtières},
  journal = {Journal de la Société française de statistique},
  year = {2023}
}
""",
}
GP = "Gwenaëlle Ptak-Morvan"
g(S, GP, "employed_at", "Université de Plounéour", 2019, None)
g(S, GP, "studied_at", "Université de Keranlouan", 2014, 2018)
g(S, GP, "advisor_phd", "Yves-Marie Le Gourrierec", 2014, 2018)
g(S, GP, "employed_at", "Institut de biostatistique de Landerneau", 2018, 2019)
g(S, "Corentin Quéméner", "advisor_phd", GP, None, 2024)
g(S, "Corentin Quéméner", "advisor_phd", "Yves-Marie Le Gourrierec", None, 2024)
g(S, "Corentin Quéméner", "jury_reviewer", "Sterenn Abgrall", 2024, 2024)
g(S, "Corentin Quéméner", "jury_reviewer", "Loeiz Cadiou", 2024, 2024)
g(S, "Corentin Quéméner", "jury_examiner", "Nolwenn Guivarc'h", 2024, 2024)
g(S, GP, "coauthor", "Yves-Marie Le Gourrierec")
g(S, "Corentin Quéméner", "coauthor", GP)
g(S, "Corentin Quéméner", "coauthor", "Sterenn Abgrall")
g(S, GP, "coauthor", "Sterenn Abgrall")

PDF_CV = [
    (
        "Formation",
        [
            ("2010–2014", "Doctorat en informatique, Université de Pontgibaud"),
            ("", "Directeur de thèse : Anselme Drouhet"),
            ("2008–2010", "Master Informatique, Université de Saint-Landry"),
        ],
    ),
    (
        "Postes",
        [
            ("Depuis 2015", "Maîtresse de conférences, Université de Montclavel"),
            ("2014–2015", "ATER, Université de Pontgibaud"),
        ],
    ),
]


def write_pdf(path: Path, name: str, sections: list) -> None:
    from datetime import UTC, datetime

    from fpdf import FPDF

    fonts = Path("/usr/share/fonts/truetype/dejavu")
    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 10, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 7, "Curriculum vitae", new_x="LMARGIN", new_y="NEXT")
    for title, rows in sections:
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for when, what in rows:
            pdf.cell(35, 6, when)
            pdf.multi_cell(0, 6, what, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


for site, files in SITES.items():
    root = OUT / site
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if site == "fr_hexo_pdf":
        write_pdf(root / "source" / "cv.pdf", B, PDF_CV)
    if site == "en_plain_pdf":
        write_pdf(root / "cv.pdf", W, PDF_CV_EN)
    rows = []
    for s, r, o, start, end, optional in GOLD[site]:
        row = {"subject": s, "relation": r, "object": o, "start": start, "end": end}
        if optional:
            row["optional"] = True
        rows.append(json.dumps(row, ensure_ascii=False))
    (OUT / f"{site}.expected.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
