"""Render b153_fr_moderncv_banking.pdf: a French CV set with LaTeX moderncv in its "banking"
style — the name centred in large type over a centred contact line, section titles in bold
followed by a thin rule running to the right margin, and each entry a bold title and
institution on the left with its dates pushed flush right on the same line, the place in
italics below and a short description.  The doctorate gives the directors and the jury with
roles; the "Encadrement" entries give a share and a co-supervisor.  Traps: a course run with
a colleague, a programme committee, the editor of a special issue, an ANR project
coordinated by someone else, the footer "Clémence Tshibangu — CV — 1/2".

Run ``.venv/bin/python make_pdf_b153_fr_moderncv_banking.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Clémence Tshibangu"
CONTACT = (
    "Maîtresse de conférences en informatique  •  Université de Pérignac  •  "
    "c.tshibangu@perignac.example"
)
SECTIONS = [
    (
        "Expérience professionnelle",
        [
            (
                "Maîtresse de conférences, Université de Pérignac",
                "depuis 2016",
                "Équipe Systèmes Embarqués Sûrs, Laboratoire d'Informatique et Robotique de "
                "Pérignac (LIRP)",
                "Vérification de logiciels embarqués temps réel ; section CNU 27.",
            ),
            (
                "Post-doctorante, Institut Harmel de Recherche en Informatique",
                "2014 – 2016",
                "Équipe Kairos, Grenelle-sur-Isère",
                "Projet européen sur l'ordonnancement mixte, sous la responsabilité de "
                "Matthias Oberholzer.",
            ),
            ("ATER, Université de Montvallon", "2013 – 2014", "Département d'informatique", ""),
        ],
    ),
    (
        "Formation",
        [
            (
                "Doctorat en informatique, Université de Montvallon",
                "2010 – 2013",
                "Laboratoire d'Informatique de Montvallon",
                "« Analyse de pire temps d'exécution pour architectures multicœurs ». Direction : "
                "Arnaud Vilmorin ; co-encadrement : Sabine Huet-Nakano. Soutenue le 29 "
                "novembre 2013 "
                "devant le jury : Rodrigue Mbappé-Lenoir (rapporteur), Giulia Ferraresi "
                "(rapportrice), Jean-Loup Drevet (président), Arnaud Vilmorin, Sabine Huet-Nakano.",
            ),
            (
                "Master recherche en informatique, Université de Montvallon",
                "2008 – 2010",
                "",
                "Mention très bien.",
            ),
        ],
    ),
    (
        "Encadrement",
        [
            (
                "Doctorat de Mathis Guerrier",
                "2019 – 2022",
                "co-encadrement à 50 % avec Arnaud Vilmorin (directeur)",
                "Aujourd'hui ingénieur de recherche chez Ondalys.",
            ),
            (
                "Doctorat d'Aïssatou Barry",
                "depuis 2022",
                "co-direction à 50 % avec Damien Royer-Akiyama",
                "",
            ),
            ("Post-doctorat de Karim Ben Salah", "2021 – 2023", "projet ANR SURETÉ", ""),
            (
                "Stages de master 2",
                "2017 – 2024",
                "sept étudiant·e·s, dont Hélène Marquis (2018) et Tomasz Wróbel (2023)",
                "",
            ),
        ],
    ),
    (
        "Enseignement",
        [
            (
                "Systèmes temps réel (M1)",
                "depuis 2017",
                "cours magistral partagé avec Pierre-Yves Colas",
                "",
            ),
            ("Architecture des ordinateurs (L2)", "2016 – 2021", "", ""),
        ],
    ),
    (
        "Responsabilités et animation",
        [
            ("Membre du comité de programme, conférence RTNS-Francophone", "2020 – 2023", "", ""),
            (
                "Éditrice invitée",
                "2022",
                "numéro spécial de la revue Techniques et Sciences Embarquées, avec Olivier "
                "Castagné (rédacteur en chef)",
                "",
            ),
            (
                "Participante au projet ANR SURETÉ",
                "2020 – 2024",
                "coordinateur : Bertrand Lefeuvre-Sall",
                "",
            ),
        ],
    ),
    (
        "Publications choisies",
        [
            (
                "M. Guerrier, C. Tshibangu, A. Vilmorin. Bornes sûres pour caches partagés. "
                "Real-Time Systems Letters, 2022.",
                "",
                "",
                "",
            ),
            (
                "C. Tshibangu, M. Oberholzer. Mixed-criticality scheduling with shared buses. "
                "Journal of Embedded Timing, 2016.",
                "",
                "",
                "",
            ),
            (
                "C. Tshibangu, S. Huet-Nakano, A. Vilmorin. WCET analysis for multicore "
                "pipelines. Proc. of ECRTS-like Symposium, 2013.",
                "",
                "",
                "",
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    W = 210 - 44

    def footer():
        pdf.set_y(-14)
        pdf.set_font("Serif", "", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(0, 4, f"Clémence Tshibangu — CV — {pdf.page_no()}/{{nb}}", align="C")
        pdf.set_text_color(0, 0, 0)

    pdf.add_page()
    pdf.alias_nb_pages()
    pdf.set_font("Serif", "B", 24)
    pdf.cell(0, 12, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8.5)
    pdf.cell(0, 5, CONTACT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for title, entries in SECTIONS:
        if pdf.get_y() > 250:
            footer()
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Serif", "B", 12)
        pdf.set_text_color(20, 45, 90)
        tw = pdf.get_string_width(title) + 3
        y = pdf.get_y()
        pdf.cell(tw, 7, title)
        pdf.set_draw_color(20, 45, 90)
        pdf.line(22 + tw, y + 4.2, 22 + W, y + 4.2)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(8)
        for head, dates, place, desc in entries:
            y = pdf.get_y()
            if dates:
                pdf.set_font("Serif", "B", 9.5)
                pdf.multi_cell(W - 32, 4.8, head, align="L", new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y()
                pdf.set_xy(22 + W - 32, y)
                pdf.set_font("Serif", "", 9)
                pdf.cell(32, 4.8, dates, align="R")
                pdf.set_xy(22, y2)
            else:
                pdf.set_font("Serif", "", 9)
                pdf.multi_cell(W, 4.6, "•  " + head, align="L", new_x="LMARGIN", new_y="NEXT")
            if place:
                pdf.set_font("Serif", "I", 9)
                pdf.multi_cell(W, 4.5, place, align="L", new_x="LMARGIN", new_y="NEXT")
            if desc:
                pdf.set_font("Serif", "", 8.8)
                pdf.set_x(26)
                pdf.multi_cell(W - 4, 4.4, desc, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
    footer()
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b153_fr_moderncv_banking.pdf").write_bytes(render())
