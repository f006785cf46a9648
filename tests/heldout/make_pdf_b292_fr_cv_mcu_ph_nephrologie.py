"""Render the b292 French held-out PDF: an MCU-PH's CV in the moderncv layout.

A nephrologist's hospital-university career (interne des hôpitaux, CCA, MCU-PH at a
university and a CHU), a thèse d'exercice beside a thèse de sciences, a Master 2 research
internship, a post-doctoral stay abroad, supervision, juries and a few publications.

Run ``.venv/bin/python make_pdf_b292_fr_cv_mcu_ph_nephrologie.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, moderncv

NAME = "Dr Maëlys Kerhervé-Adjovi"
TAGLINE = "MCU-PH de néphrologie — Université de Lanvaudan / CHU de Lanvaudan"

SECTIONS = [
    (
        "Fonctions actuelles",
        [
            (
                "depuis 2021",
                [
                    "Maîtresse de conférences des universités – praticienne hospitalière "
                    "(MCU-PH), Université de Lanvaudan ; service de néphrologie, "
                    "dialyse et transplantation, CHU de Lanvaudan",
                ],
            ),
            (
                "depuis 2021",
                [
                    "Membre de l'équipe « Fibrose rénale et vieillissement » (INSERM U1502, "
                    "Institut de recherche en santé de Lanvaudan)",
                ],
            ),
        ],
    ),
    (
        "Parcours hospitalo-universitaire",
        [
            (
                "2019–2020",
                [
                    "Mobilité post-doctorale, Centre de recherche du CHUM de Beaulac "
                    "(Québec), laboratoire du Pr Rémi-Olivier Tshibangu",
                ],
            ),
            (
                "2015–2019",
                [
                    "Cheffe de clinique des universités – assistante des hôpitaux (CCA), "
                    "CHU de Lanvaudan",
                ],
            ),
            ("2010–2015", ["Interne des hôpitaux de Pornicaux, DES de néphrologie"]),
        ],
    ),
    (
        "Diplômes",
        [
            (
                "2016–2019",
                [
                    "Doctorat (thèse de sciences) en physiologie, Université de Lanvaudan, "
                    "sous la direction du Pr Fabrice Delacourtie et du Dr Sigrid Ahlqvist-Moreau",
                    "« Sénescence tubulaire et transition vers la maladie rénale chronique »",
                ],
            ),
            (
                "2015",
                [
                    "Thèse d'exercice de médecine (doctorat d'État de docteur en médecine), "
                    "Université de Pornicaux. Directeur de thèse : Dr Ambroise Lefeuvre-Sato ; "
                    "président du jury : Pr Clotaire Brunehaut",
                ],
            ),
            (
                "2013",
                [
                    "Master 2 recherche « Physiologie et physiopathologie », Université de "
                    "Pornicaux ; stage au laboratoire de physiologie rénale sous la direction "
                    "du Dr Ottilie Marchetti-Ngo",
                ],
            ),
        ],
    ),
    (
        "Encadrement",
        [
            (
                "2022–2025",
                [
                    "Thèse de sciences de Timothée Vasseur-Hamdi, co-direction avec le "
                    "Pr Fabrice Delacourtie (soutenue le 12 décembre 2025)",
                ],
            ),
            ("2024", ["Stage de Master 2 de Lou-Anne Pérignac"]),
            ("2023", ["Thèse d'exercice de médecine du Dr Eliott Zaragoza-Piel (directrice)"]),
        ],
    ),
    (
        "Jurys et expertise",
        [
            (
                "2024",
                [
                    "Examinatrice, jury de thèse de doctorat d'Anouk Haverbeke, Université de "
                    "Pornicaux",
                ],
            ),
            (
                "2023",
                [
                    "Membre du jury du concours d'internat (ECOS), faculté de santé de Lanvaudan",
                ],
            ),
            (
                "depuis 2022",
                ["Relectrice pour Nephrology Dialysis Transplantation et Kidney International"],
            ),
        ],
    ),
    (
        "Publications choisies",
        [
            (
                "2025",
                [
                    "Vasseur-Hamdi T, Kerhervé-Adjovi M, Delacourtie F. p21-driven tubular "
                    "senescence after ischaemic injury. J Am Soc Nephrol. 2025;36(2):210-224.",
                ],
            ),
            (
                "2021",
                [
                    "Kerhervé-Adjovi M, Tshibangu RO, Ahlqvist-Moreau S. Senolytic therapy "
                    "limits fibrosis in aged kidneys. Kidney Int. 2021;99(5):1120-1133.",
                ],
            ),
        ],
    ),
]


def main() -> None:
    out = HERE / "b292_fr_cv_mcu_ph_nephrologie.pdf"
    out.write_bytes(moderncv(NAME, TAGLINE, SECTIONS))


if __name__ == "__main__":
    main()
