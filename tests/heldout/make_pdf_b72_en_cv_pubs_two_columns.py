"""Render b72_en_cv_pubs_two_columns.pdf: an economist's CV whose opening (positions,
education, advising) runs across the page and whose publication list is set in two
newspaper columns (fpdf2's text_columns, balanced), Chicago-style author lists
("Surname, Given, and Given Surname"), the entries justified.

Run ``.venv/bin/python make_pdf_b72_en_cv_pubs_two_columns.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Tancredi Olawale-Brunström"
OPENING: list[tuple[str, list[str]]] = [
    (
        "Employment",
        [
            "Professor of Economics, Paxton School of Economics, 2021–present",
            "Assistant Professor of Economics, University of Marbury, 2015–2021",
        ],
    ),
    (
        "Education",
        [
            "Ph.D. in Economics, Eastwood University, 2015. Advisors: Margarethe Lindqvist-Oyo "
            "(chair), Rupert Ashdown-Sato",
            "M.A. in Economics, Università di Montesacro, 2010",
        ],
    ),
    (
        "Ph.D. advising",
        [
            "Primary advisor: Nadia Farouk-Ellison (2023, now at the Federal Reserve Board), "
            "Kieran Osondu-Brady (2024, now at University of Marbury)",
            "Committee member: Svetlana Iordache-Wynn (2022), Joon-ho Pakenham (2024)",
        ],
    ),
]
PUBLICATIONS = [
    "Olawale-Brunström, Tancredi, and Nadia Farouk-Ellison. 2025. “Bank Runs and "
    "Deposit Insurance Design.” American Economic Review 115 (3): 811–852.",
    "Farouk-Ellison, Nadia, Kieran Osondu-Brady, and Tancredi Olawale-Brunström. 2024. "
    "“Liquidity Rules and Interbank Lending.” Journal of Finance 79 (2): 1201–1244.",
    "Olawale-Brunström, Tancredi. 2023. “Collateral Chains.” Review of Economic Studies "
    "90 (4): 1991–2025.",
    "Ashdown-Sato, Rupert, Tancredi Olawale-Brunström, and Ines Carvalho-Dunne. 2022. "
    "“Shadow Banking over the Cycle.” Journal of Monetary Economics 128: 44–61.",
    "Olawale-Brunström, Tancredi, and Margarethe Lindqvist-Oyo. 2019. “Runs on "
    "Money Market Funds.” Econometrica 87 (6): 2003–2041.",
    "Olawale-Brunström, Tancredi, Piotr Zawadzki-Amadi, and Ines Carvalho-Dunne. "
    "2018. “Fire Sales in Repo Markets.” Journal of Financial Economics 130 (1): 1–22.",
    "Kowalczyk-Grant, Hester, and Tancredi Olawale-Brunström. 2017. “Dealer Balance "
    "Sheets and Market Liquidity.” Review of Financial Studies 30 (9): 3110–3151.",
    "Olawale-Brunström, Tancredi. 2016. “Maturity Mismatch and Financial Fragility.” "
    "Journal of Economic Theory 163: 599–630.",
]


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", format="Letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 20)
    pdf.cell(0, 10, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    pdf.cell(
        0,
        5,
        "Paxton School of Economics · Department of Economics · "
        "t.olawale-brunstrom@paxton.example.edu",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for title, lines in OPENING:
        pdf.ln(3)
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(0, 6, title.upper(), border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Serif", "", 10)
        for line in lines:
            pdf.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(0, 6, "PUBLICATIONS", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Serif", "", 9.5)
    with pdf.text_columns(text_align="J", ncols=2, gutter=8, balance=True) as cols:
        for entry in PUBLICATIONS:
            cols.write(entry)
            cols.ln()
            cols.ln()
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_en_cv_pubs_two_columns.pdf").write_bytes(render())
