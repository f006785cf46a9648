"""Publication entries → author lists → coauthor cliques.  All people are fictional."""

import itertools
import random
import re

import pytest

import crawler.extract.publications
from crawler.claims import Relation
from crawler.extract.publications import (
    EntryStyle,
    PublicationEntry,
    bibtex_entries,
    coauthor_claims,
    parse_entry,
    recurring_author,
    split_authors,
)
from crawler.names import fold

# ---------------------------------------------------------------------------
# split_authors: every separator and name order
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Ada Quill, Zed Marlow, Bea Okafor", ["Ada Quill", "Zed Marlow", "Bea Okafor"]),
        ("Ada Quill and Zed Marlow", ["Ada Quill", "Zed Marlow"]),
        ("Ada Quill, Zed Marlow, and Bea Okafor", ["Ada Quill", "Zed Marlow", "Bea Okafor"]),
        ("Ada Quill; Zed Marlow; Bea Okafor", ["Ada Quill", "Zed Marlow", "Bea Okafor"]),
        ("Ada Quill & Zed Marlow", ["Ada Quill", "Zed Marlow"]),
        ("Ada Quill, Zed Marlow et Bea Okafor", ["Ada Quill", "Zed Marlow", "Bea Okafor"]),
        ("A. Quill, Z. Marlow and B. Okafor", ["A. Quill", "Z. Marlow", "B. Okafor"]),
        # Vancouver / APA: commas separate both names and their parts
        ("Quill, A., Marlow, Z. and Okafor, B.", ["A. Quill", "Z. Marlow", "B. Okafor"]),
        ("Quill, A., Marlow, Z., & Okafor, B.", ["A. Quill", "Z. Marlow", "B. Okafor"]),
        ("Quill A, Marlow ZP, Okafor B.", ["A. Quill", "Z. P. Marlow", "B. Okafor"]),
        # surname-first with full given names
        ("Quill, Ada and Marlow, Zed", ["Ada Quill", "Zed Marlow"]),
        ("Quill, Ada; Marlow, Zed; Okafor, Bea", ["Ada Quill", "Zed Marlow", "Bea Okafor"]),
        (
            "Quill, Ada, Marlow, Zed, and Okafor, Bea",
            ["Ada Quill", "Zed Marlow", "Bea Okafor"],
        ),
        # lone family names in a list
        ("Quill, Marlow, Okafor", ["Quill", "Marlow", "Okafor"]),
        # upper-case family names
        ("Ada QUILL, Zed MARLOW", ["Ada Quill", "Zed Marlow"]),
        ("QUILL Ada, MARLOW Zed", ["Ada Quill", "Zed Marlow"]),
        # marks, labels, markup
        (
            "Authors : **Ada Quill**, [Zed Marlow](#), Bea Okafor*.",
            ["Ada Quill", "Zed Marlow", "Bea Okafor"],
        ),
        ("Auteurs : Ada Quill¹, Zed Marlow²†", ["Ada Quill", "Zed Marlow"]),
        ("Wen Zhao* and Ada Quill* (equal contribution)", ["Wen Zhao", "Ada Quill"]),
        # et al. ends the list and adds nobody
        ("Ada Quill, Zed Marlow, et al.", ["Ada Quill", "Zed Marlow"]),
        ("A. Quill et al.", ["A. Quill"]),
        ("Ada Quill and others", ["Ada Quill"]),
        # accents, mojibake, LaTeX
        ("RÃ©gis Fauconnet and Ada Quill", ["Régis Fauconnet", "Ada Quill"]),
        ('R{\\\'e}gis Fauconnet and J{\\"o}rn Br{\\"u}ckner', ["Régis Fauconnet", "Jörn Brückner"]),
        # initials with hyphens
        ("Q.-T. Ngo, J.-P. Vautrin", ["Q.-T. Ngo", "J.-P. Vautrin"]),
        ("Ngo, Q-T., Vautrin, J.-P.", ["Q.-T. Ngo", "J.-P. Vautrin"]),
        # duplicates are one author
        ("Ada Quill, Ada QUILL", ["Ada Quill"]),
    ],
)
def test_split_authors(text, authors):
    assert split_authors(text) == authors


# ---------------------------------------------------------------------------
# parse_entry: common publication-list styles
# ---------------------------------------------------------------------------


def test_entry_authors_title_venue_year():
    entry = parse_entry("A. Quill, Z. Marlow. Sparse tea leaves. J. Fict. Math., 2021.")
    assert entry.authors == ("A. Quill", "Z. Marlow")
    assert entry.year == 2021
    assert entry.editors == ()


def test_entry_title_first_then_authors():
    entry = parse_entry(
        "Brewing under uncertainty, A. Quill, B. Okafor and Z. Marlow, preprint 2024."
    )
    assert entry.authors == ("A. Quill", "B. Okafor", "Z. Marlow")
    assert entry.year == 2024


def test_entry_title_glued_to_authors():
    # A title with " and " and capitalised words, no separator before the authors.
    entry = parse_entry(
        "Implicit Steeping for Kettles and Teapots A. Quill, B. Okafor, Z. Marlow, NeurIPS 2021."
    )
    assert entry.authors == ("A. Quill", "B. Okafor", "Z. Marlow")


def test_entry_title_case_title_is_not_an_author():
    entry = parse_entry(
        "A. Quill, Z. Marlow, and B. Okafor. Spurious Kettles, Hard Teapots, and Leaf "
        "Tractability. In Proc. Fict. Conf., 2020."
    )
    assert entry.authors == ("A. Quill", "Z. Marlow", "B. Okafor")


def test_entry_quoted_title():
    entry = parse_entry('2. Quill, A. and Marlow, Z., "The loss of tea", arXiv, 2017.')
    assert entry.authors == ("A. Quill", "Z. Marlow")
    assert entry.title == "The loss of tea"
    assert entry.year == 2017
    assert entry.style is EntryStyle.QUOTED


def test_entry_surnames_only_before_quoted_title():
    entry = parse_entry('Quill, Marlow, Okafor, "Teapots have no valleys", ArXiv, 2018.')
    assert entry.authors == ("Quill", "Marlow", "Okafor")


def test_entry_apa():
    entry = parse_entry(
        "Quill, A., Marlow, Z., & Okafor, B. (2020). Tea leaves revisited. J. Fiction, 3, 1-10."
    )
    assert entry.authors == ("A. Quill", "Z. Marlow", "B. Okafor")
    assert entry.title == "Tea leaves revisited"
    assert entry.year == 2020
    assert entry.style is EntryStyle.APA


def test_entry_labelled_authors():
    entry = parse_entry(
        "Fast brewing of slow leaves Authors : **Ada Quill**, Zed Marlow, Bea Okafor. Year : 2023"
    )
    assert entry.authors == ("Ada Quill", "Zed Marlow", "Bea Okafor")
    assert entry.style is EntryStyle.LABELLED


def test_entry_bibtex_rendered():
    entry = parse_entry(
        "Ada Quill, Zed Marlow, and Bea Okafor. Kettle dynamics. "
        "In Proceedings of the Fictional Symposium, pages 1–9, 2019."
    )
    assert entry.authors == ("Ada Quill", "Zed Marlow", "Bea Okafor")
    assert entry.year == 2019


@pytest.mark.parametrize(
    "text",
    [
        "Ada Quill and Zed Marlow. Teapots. In: Bea Okafor, Carl Dunn (eds.) Proc. Nil, 2019.",
        "Ada Quill and Zed Marlow. Teapots. In: B. Okafor and C. Dunn (Eds.), Proc. Nil.",
        "Ada Quill and Zed Marlow. Teapots. In Bea Okafor and Carl Dunn, editors, Proc. Nil.",
        "Ada Quill and Zed Marlow. Teapots. Proc. Nil, edited by Bea Okafor and Carl Dunn, 2019.",
    ],
)
def test_editors_are_not_authors(text):
    entry = parse_entry(text)
    assert entry.authors == ("Ada Quill", "Zed Marlow")
    assert {fold(e) for e in entry.editors} in (
        {"bea okafor", "carl dunn"},
        {"b okafor", "c dunn"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Steeping in the dark, to appear in Journal of Fictional Tea 2024",
        "Deep Learning for Teapots. Fictional Press, 2020.",
        "",
    ],
)
def test_entry_without_authors(text):
    assert parse_entry(text) is None


def test_entry_et_al_adds_nobody():
    entry = parse_entry("A. Quill, Z. Marlow et al. Teapots at scale. Nature of Tea, 2022.")
    assert entry.authors == ("A. Quill", "Z. Marlow")


# ---------------------------------------------------------------------------
# BibTeX
# ---------------------------------------------------------------------------

BIBTEX = r"""
@string{fj = "Fictional Journal"}
@article{quill2020,
  author  = {Quill, Ada and M{\'a}rlow, Zed and Okafor, B. and others},
  title   = {{Tea} leaves and {K}ettles},
  journal = fj,
  year    = 2020,
}
@inproceedings{fauconnet2019,
  author    = "R{\'e}gis Fauconnet and van der Berg, Joost",
  editor    = {Dunn, Carl and Ngo, Q.-T.},
  title     = "Kettle dynamics",
  booktitle = {Proc. Fictional Symposium},
  year      = {2019}
}
@misc{consortium, author = {{Fictional Tea Consortium}}, title = {Report}, year = 2018}
@comment{author = {Nobody, Here}}
"""


def test_bibtex_entries():
    entries = bibtex_entries(BIBTEX)
    assert [e.authors for e in entries] == [
        ("Ada Quill", "Zed Márlow", "B. Okafor"),
        ("Régis Fauconnet", "Joost van der Berg"),
    ]
    assert entries[0].title == "Tea leaves and Kettles"
    assert entries[0].year == 2020
    assert entries[1].editors == ("Carl Dunn", "Q.-T. Ngo")
    assert entries[1].venue == "Proc. Fictional Symposium"
    assert all(e.style is EntryStyle.BIBTEX for e in entries)


# ---------------------------------------------------------------------------
# coauthor claims
# ---------------------------------------------------------------------------


def _pairs(claims):
    return {frozenset((fold(c.subject), fold(c.object))) for c in claims}


def test_coauthor_clique_per_entry():
    claims = coauthor_claims(
        ["A. Quill, Z. Marlow and B. Okafor. Tea. J. Fict., 2020."],
        "https://example.org/pubs",
    )
    assert _pairs(claims) == {
        frozenset(p) for p in itertools.combinations(["a quill", "z marlow", "b okafor"], 2)
    }
    claim = claims[0]
    assert claim.relation is Relation.COAUTHOR
    assert claim.source == "https://example.org/pubs"
    assert "Tea. J. Fict." in claim.evidence
    assert claim.extractor.startswith("publications.")
    assert 0 < claim.confidence <= 1


def test_single_author_and_editors_give_no_claims():
    claims = coauthor_claims(
        [
            "Ada Quill. Alone with tea. Fict. Press, 2020.",
            "Ada Quill. On teapots. In: Bea Okafor, Carl Dunn (eds.) Proc. Nothing, 2019.",
        ],
        "s",
    )
    assert claims == []


def test_owner_initial_resolved_to_owner():
    claims = coauthor_claims(
        ["T. Vo and Z. Marlow. Tea. 2020.", "Vo, T., Quill, A. Kettles. 2021."],
        "s",
        owner="Tam Vo",
    )
    assert _pairs(claims) == {
        frozenset(("tam vo", "z marlow")),
        frozenset(("tam vo", "a quill")),
    }


def test_owner_never_absorbs_a_different_given_name():
    claims = coauthor_claims(["Duy-Khanh Vo, Tam Vo. Tea. 2020."], "s", owner="Tam Vo")
    assert _pairs(claims) == {frozenset(("duy khanh vo", "tam vo"))}


def test_known_full_name_on_page_resolves_a_unique_initial():
    claims = coauthor_claims(
        ["T. Vo, A. Quill, Z. Marlow. Tea. 2020."],
        "s",
        owner="Tam Vo",
        known=["Ada Quill", "Zed Marlow", "Zoe Marlow"],
    )
    # A. Quill has one full form on the page; Z. Marlow has two, so it stays an initial.
    assert _pairs(claims) == {
        frozenset(("tam vo", "ada quill")),
        frozenset(("tam vo", "z marlow")),
        frozenset(("ada quill", "z marlow")),
    }


def test_claims_from_parsed_entries():
    entry = PublicationEntry(authors=("Ada Quill", "Zed Marlow"), text="x", style=EntryStyle.BIBTEX)
    claims = coauthor_claims([entry], "s")
    assert [c.triple for c in claims] == [("Ada Quill", "coauthor", "Zed Marlow")]
    assert claims[0].extractor == "publications.bibtex"


# ---------------------------------------------------------------------------
# More entry layouts seen on researchers' pages
# ---------------------------------------------------------------------------


def test_multi_line_entry_title_then_authors_then_venue():
    # al-folio / jemdoc style: one line each, title words capitalised like names.
    entry = parse_entry(
        "Sparse Tea Leaves\nAda Quill, Zed Marlow, and Bea Okafor\nJournal of Fictional Tea, 2021"
    )
    assert entry.authors == ("Ada Quill", "Zed Marlow", "Bea Okafor")
    assert entry.year == 2021


def test_dblp_style_colon_after_authors():
    entry = parse_entry("Ada Quill, Zed Marlow: Kettle dynamics. Fict. J. 12: 1-10 (2020)")
    assert entry.authors == ("Ada Quill", "Zed Marlow")


def test_scholar_style_dash_after_authors():
    entry = parse_entry("A Quill, Z Marlow, B Okafor - Journal of Tea, 2021 - fict.org")
    assert entry.authors == ("A. Quill", "Z. Marlow", "B. Okafor")


def test_vancouver_initials_with_vowels():
    assert split_authors("Quill AE, Marlow ZP, Okafor B.") == [
        "A. E. Quill",
        "Z. P. Marlow",
        "B. Okafor",
    ]
    entry = parse_entry("Quill AE, Marlow ZP. Kettle dynamics. J Tea. 2021;3:1-9.")
    assert entry.authors == ("A. E. Quill", "Z. P. Marlow")


@pytest.mark.parametrize(
    "text",
    [
        "Sparse Tea Leaves (with Ada Quill and Zed Marlow), R&R at Fict. Rev.",
        "Kettle Markets, joint with Ada Quill and Zed Marlow. Working paper, 2022.",
        "Kettle Markets (avec Ada Quill et Zed Marlow), 2022.",
    ],
)
def test_with_list_omits_the_owner(text):
    entry = parse_entry(text)
    assert entry.authors == ("Ada Quill", "Zed Marlow")
    assert entry.omits_owner
    claims = coauthor_claims([entry], "s", owner="Tam Vo")
    assert _pairs(claims) == {
        frozenset(("tam vo", "ada quill")),
        frozenset(("tam vo", "zed marlow")),
        frozenset(("ada quill", "zed marlow")),
    }
    # Without an owner the partners still wrote that paper together.
    assert _pairs(coauthor_claims([entry], "s")) == {frozenset(("ada quill", "zed marlow"))}


def test_with_in_a_title_is_not_a_partner_list():
    entry = parse_entry("Ada Quill, Zed Marlow. Brewing with Kettles. Fict. J., 2020.")
    assert entry.authors == ("Ada Quill", "Zed Marlow")
    assert not entry.omits_owner


def test_recurring_author_is_the_list_owner():
    entries = [
        "T. Vo and A. Quill. Tea. 2020.",
        "Tam Vo, Z. Marlow. Kettles. 2021.",
        "B. Okafor, T. Vo. Cups. 2022.",
    ]
    assert recurring_author(entries) == "Tam Vo"


def test_no_recurring_author_in_a_reference_list():
    entries = [
        "T. Vo and A. Quill. Tea. 2020.",
        "Z. Marlow, B. Okafor. Kettles. 2021.",
        "C. Dunn, E. Vance. Cups. 2022.",
    ]
    assert recurring_author(entries) is None
    assert recurring_author(["T. Vo and A. Quill. Tea. 2020."]) is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "[C3] A. Quill*, Z. Marlow*, and B. Okafor. Kettles. In ICML, 2023. "
            "(*equal contribution)",
            ("A. Quill", "Z. Marlow", "B. Okafor"),
        ),
        ("Quill A., Marlow Z. (2021) Kettle dynamics. J Tea 3:1–9", ("A. Quill", "Z. Marlow")),
        (
            "A. Quill and Z. Marlow, Kettle dynamics, J. Tea 3 (2021), 1–9.",
            ("A. Quill", "Z. Marlow"),
        ),
        (
            "QUILL, A.; MARLOW, Z. Kettle dynamics. Journal of Tea, v. 3, p. 1-9, 2021.",
            ("A. Quill", "Z. Marlow"),
        ),
        (
            'Ada Quill, Zed Marlow, "Kettle dynamics," in Proc. ICASSP, 2021, pp. 1–5.',
            ("Ada Quill", "Zed Marlow"),
        ),
        ("Ada Quill & Zed Marlow (2021): Kettle dynamics, J. Tea 3.", ("Ada Quill", "Zed Marlow")),
        ("Kettle dynamics. Ada Quill, Zed Marlow. ICML 2021.", ("Ada Quill", "Zed Marlow")),
        (
            "Z. Marlow, A. Quill, “Kettle dynamics”, Journal of Tea, 2021.",
            ("Z. Marlow", "A. Quill"),
        ),
        (
            "Ada Quill, Zed Marlow and Bea Okafor. 2021. Kettle dynamics. In Proc. ACM Tea, 1–9.",
            ("Ada Quill", "Zed Marlow", "Bea Okafor"),
        ),
        (
            'Quill, Ada, and Zed Marlow. "Kettle dynamics." Journal of Tea 3 (2021): 1-9.',
            ("Ada Quill", "Zed Marlow"),
        ),
        (
            "Quill, Ada, Zed Marlow, and Bea Okafor. 2021. “Kettle Dynamics.” J. Tea 3: 1–9.",
            ("Ada Quill", "Zed Marlow", "Bea Okafor"),
        ),
        ("A.Quill, Z.Marlow. Kettle dynamics. 2021", ("A. Quill", "Z. Marlow")),
        (
            "Ada Quill, Zed Marlow. Optimal Transport Meets Kettles. ICML 2021.",
            ("Ada Quill", "Zed Marlow"),
        ),
        (
            "Ada Quill, Zed Marlow, Bea Okafor. Tea Leaves, Cups, And Kettles. 2021",
            ("Ada Quill", "Zed Marlow", "Bea Okafor"),
        ),
        (
            "Ada Quill, Zed Marlow. “Kettles, Cups and Saucers”. Fict. J., 2020",
            ("Ada Quill", "Zed Marlow"),
        ),
        (
            "Ada Quill, Zed Marlow. Teapot. In Bea Okafor (ed.), Handbook of Kettles, 2020",
            ("Ada Quill", "Zed Marlow"),
        ),
        (
            "Wei Zhang, Xiaoming Li and Jun Wang. Kettles. 2020",
            ("Wei Zhang", "Xiaoming Li", "Jun Wang"),
        ),
    ],
)
def test_citation_styles(text, authors):
    assert parse_entry(text).authors == authors


def test_title_word_in_does_not_make_authors_editors():
    entry = parse_entry(
        "Learning in kettles, A. Quill, Z. Marlow. In: B. Okafor (ed.) Proc. Tea, 2020."
    )
    assert entry.authors == ("A. Quill", "Z. Marlow")
    assert entry.editors == ("B. Okafor",)


def test_lower_case_author_list():
    assert split_authors("ada quill, zed marlow and joost van der berg") == [
        "Ada Quill",
        "Zed Marlow",
        "Joost van der Berg",
    ]


def test_a_whole_page_is_not_one_entry():
    assert parse_entry("A. Quill, Z. Marlow. Tea. 2020. " * 200) is None


def test_affiliation_digits_after_names():
    assert split_authors("Ada Quill1,2, Zed Marlow3 and Bea Okafor1") == [
        "Ada Quill",
        "Zed Marlow",
        "Bea Okafor",
    ]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (  # al-folio: title / authors / venue / buttons, one per line
            "Kettle dynamics in hot water\nAda Quill, Zed Marlow, and Bea Okafor\n"
            "In Proceedings of the Fictional Conference, 2021\nAbs Bib HTML PDF",
            ("Ada Quill", "Zed Marlow", "Bea Okafor"),
        ),
        (  # academicpages: "Recommended citation" line
            "Published in Journal of Tea, 2021\nRecommended citation: Quill, Ada, Zed Marlow. "
            '(2021). "Kettle dynamics." Journal of Tea. 1(1).',
            ("Ada Quill", "Zed Marlow"),
        ),
        (  # HAL export
            "Ada Quill, Zed Marlow, Bea Okafor. Kettle dynamics. Journal of Tea, 2021, 3 (2), "
            "pp.1-9. ⟨10.1000/xyz⟩. ⟨hal-01234567⟩",
            ("Ada Quill", "Zed Marlow", "Bea Okafor"),
        ),
        (  # French CV: capitalised family names, French quotes
            "QUILL Ada, MARLOW Zed, « Titre de l'article », Revue du Thé, 2021.",
            ("Ada Quill", "Zed Marlow"),
        ),
        ("Ada Quill, Zed Marlow, Nature Communications, 2021", ("Ada Quill", "Zed Marlow")),
        (
            "Kettle dynamics, Ada Quill, Zed Marlow, Los Angeles, 2021",
            ("Ada Quill", "Zed Marlow"),
        ),
        (
            "Ada Quill, Zed Marlow. Kettle dynamics. ICML 2021 (Oral Presentation, Best Paper)",
            ("Ada Quill", "Zed Marlow"),
        ),
        (
            "A. Quill, Z. Marlow & B. Okafor — Kettle dynamics — Fict. J. 2022",
            ("A. Quill", "Z. Marlow", "B. Okafor"),
        ),
        (
            "Kettle Markets, with Ada Quill and Zed Marlow, Journal of Tea, 2021.",
            ("Ada Quill", "Zed Marlow"),
        ),
    ],
)
def test_template_renderings(text, authors):
    assert parse_entry(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Ada Quill, Zed\nMarlow, and Bea Okafor. Kettle dynamics. Fict. J., 2021.",
            ("Ada Quill", "Zed Marlow", "Bea Okafor"),
        ),
        (
            "Ada Quill, Zed Mar-\nlow, and Bea Okafor. Kettle dynamics. 2021",
            ("Ada Quill", "Zed Marlow", "Bea Okafor"),
        ),
        ("Ada Quill, Duy-\nKhanh Vo. Kettle dynamics. 2021", ("Ada Quill", "Duy-Khanh Vo")),
        (
            "A.Quill,Z.Marlow,B.Okafor. Kettle dynamics. 2021",
            ("A. Quill", "Z. Marlow", "B. Okafor"),
        ),
        (
            "Ada Quill, Zed Marlow. Kettle dynamics. Universit´e Fictive, 2021",
            ("Ada Quill", "Zed Marlow"),
        ),
    ],
)
def test_pdf_line_wraps_and_glue(text, authors):
    assert parse_entry(text).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (  # al-folio: the badge column, then authors, title and venue
            "JFM\nNora Sorvik, Zed Marlow, Bea Okafor. Frozen lakes. J. Fict. Mech., 2024.\nPDF",
            ("Nora Sorvik", "Zed Marlow", "Bea Okafor"),
        ),
        (  # an upper-case badge would otherwise read as an upper-case family name
            "ICML\nAda Quill and Zed Marlow. Kettle dynamics. ICML, 2021.",
            ("Ada Quill", "Zed Marlow"),
        ),
        ("NeurIPS\nAda Quill, Zed Marlow. Kettle dynamics.", ("Ada Quill", "Zed Marlow")),
        ("[J3] TPAMI\nAda Quill, Zed Marlow. Kettle dynamics.", ("Ada Quill", "Zed Marlow")),
        ("NeurIPS 2022\nAda Quill, Zed Marlow. Kettle dynamics.", ("Ada Quill", "Zed Marlow")),
        ("[C1] AISTATS'21\nA. Quill, Z. Marlow. Kettle dynamics.", ("A. Quill", "Z. Marlow")),
        ("C3\nQuill, A. and Marlow, Z. (2021). Kettle dynamics.", ("A. Quill", "Z. Marlow")),
        (  # badge, title, then authors
            "JMLR-W\nKettle dynamics\nAda Quill, Zed Marlow\nJournal of Tea, 2021",
            ("Ada Quill", "Zed Marlow"),
        ),
        (  # a first line written in capitals is an author, not a badge
            "NORA SORVIK\nKettle dynamics. Journal of Tea, 2021",
            ("Nora Sorvik",),
        ),
        ("LI Wei, Ada Quill\nKettle dynamics. 2021", ("Wei Li", "Ada Quill")),
        (  # a PDF wrap after a capitalised family name keeps it
            "QUILL,\nA., MARLOW, Z. Kettle dynamics. 2021",
            ("A. Quill", "Z. Marlow"),
        ),
    ],
)
def test_a_venue_badge_line_is_no_part_of_the_author_list(text, authors):
    assert parse_entry(text).authors == authors


def test_one_author_written_twice_pairs_with_nobody_but_the_others():
    claims = coauthor_claims(["Ada Quill, A. Quill, Zed Marlow. Tea. 2020."], "s")
    assert frozenset(("ada quill", "a quill")) not in _pairs(claims)
    assert frozenset(("ada quill", "zed marlow")) in _pairs(claims)


def test_bibtex_evidence_is_the_author_field():
    entry = bibtex_entries(BIBTEX)[0]
    assert entry.text.startswith("author")
    assert "Quill, Ada and M{\\'a}rlow, Zed" in entry.text
    assert "@" not in entry.text


def test_editors_after_eds_without_colon_are_not_authors():
    text = "In: Proceedings of the Winter School, eds. Ola Berg and Ivo Stan, 2019."
    assert parse_entry(text) is None
    assert coauthor_claims([text], "s") == []


def test_an_edited_book_has_editors_and_no_authors():
    assert parse_entry("Ada Quill, Zed Marlow (eds.). Handbook of Tea. Fict. Press, 2020.") is None


def test_an_apa_edited_volume_gives_no_coauthors():
    from crawler.extract.engine import _authors_part

    volume = "Quill, A., & Marlow, Z. (Eds.). (2019). <em>Tea in Class</em>. Fict. Press."
    chapter = "Quill, A. (2021). Steeping. In Z. Marlow & B. Okafor (Eds.), Tea (pp. 1–9)."
    assert _authors_part(volume) == ""
    assert _authors_part(chapter).startswith("Quill, A. (2021)")


def test_a_hal_chapter_lists_its_authors_before_the_book_editors():
    entry = parse_entry(
        "Ada Quill. Une théière numérique. Zed Marlow; Ivo Stan. Livre du thé, Presses"
        " Fictives, pp.45-88, 2021. ⟨hal-01234567⟩"
    )
    assert entry.authors == ("Ada Quill",)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Quill y Zed Marlow. Teteras. Rev. Fict., 2020",  # Spanish
        "Ada Quill e Zed Marlow. Teiere. Riv. Fict., 2020",  # Italian, Portuguese
        "Ada Quill en Zed Marlow. Theepotten. Fict. Tijdschr., 2020",  # Dutch
        "Ada Quill und Zed Marlow. Teekannen. Fikt. Z., 2020",  # German
    ],
)
def test_list_words_of_other_languages(text):
    assert parse_entry(text).authors == ("Ada Quill", "Zed Marlow")


def test_a_large_collaboration_gives_only_the_owner_pairs():
    members = [
        f"{given} {family}"
        for given in ("Ada", "Bea", "Cy", "Dan", "Eve", "Fox")
        for family in ("Quill", "Marlow", "Okafor", "Dunn", "Vance", "Wren")
    ]
    entry = PublicationEntry(authors=tuple(members), text="x", style=EntryStyle.BIBTEX)
    claims = coauthor_claims([entry], "s", owner="Ada Quill")
    assert len(members) == 36
    assert len(claims) == 35
    assert all("Ada Quill" in (c.subject, c.object) for c in claims)
    # A normal list still gives the whole clique.
    small = PublicationEntry(authors=tuple(members[:5]), text="x", style=EntryStyle.BIBTEX)
    assert len(coauthor_claims([small], "s", owner="Ada Quill")) == 10


def test_confidence_follows_how_the_list_was_read():
    def confidence(item):
        return coauthor_claims([item], "s")[0].confidence

    bib = bibtex_entries("@article{k, author = {Quill, Ada and Marlow, Zed}}")[0]
    labelled = "Teapots. Authors: Ada Quill, Zed Marlow. Year: 2020"
    run = "Teapots, Ada Quill, Zed Marlow, Fict. J. 2020"
    surnames = "Quill, Marlow. Teapots. 2020"
    assert confidence(bib) > confidence(labelled) > confidence(run) > confidence(surnames)


# ---------------------------------------------------------------------------
# Fast patterns: each is written to start with one character class (so that the regex
# engine scans for it); each must match exactly what its plain alternation matches.
# ---------------------------------------------------------------------------

_AND = "and|&|et|und|y|e|en|och|og"
_PLAIN_PATTERNS = {
    "_SENTENCE_END": re.compile(
        r"\.(?<![\s.\-(][A-Z]\.)(?<!^[A-Z]\.)(?<![\s\-](?:Ch|Th|Ph|St)\.)\s+|\.$|[?!:]\s+|\s[-–—|]\s"
    ),
    "_PIECE_SEP": re.compile(rf"\s*[,;]\s*(?:(?:{_AND})\s+)?|\s+(?:{_AND})\s+|\s*&\s*"),
    "_EMPHASIS": re.compile(
        r"\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])|<[^>]{1,40}>|(?<=\.)\*(?=[,;\s])"
    ),
    "_BRACKETS": re.compile(
        r"\s*\[[^\]]*\]|\s*\((?:pdf|slides|code|paper|preprint|link|arxiv|hal|doi)[^)]*\)", re.I
    ),
}
_TRICKY = [
    "Quill, A. and Marlow, Z. Teapots. J. Fict. Math. 2020.",
    "A. Quill ; Z. Marlow & B. Okafor et C. Dunn",
    "Ch. Dupont, Th. Martin. Steep: a study - part 2 | PDF",
    "**Ada Quill**, _Zed Marlow_, <b>Bea Okafor</b>*, Cy Dunn†",
    "Teapots [pdf] (slides) (2020) [1]",
    "J.\nQuill.  Teapots?  Yes! Vol. 3 – pp. 1–9 — X.",
]


def _tricky_texts():
    rng = random.Random(11)
    alphabet = list("aAZ é.,;:&?!-–—|*_<>[]()\n\t") + [" and ", " et ", "Ch.", " J.", "pdf", "**"]
    generated = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(4000)
    ]
    return _TRICKY + generated


@pytest.mark.parametrize("name", sorted(_PLAIN_PATTERNS))
def test_fast_pattern_matches_what_its_plain_alternation_matches(name):
    fast, plain = getattr(crawler.extract.publications, name), _PLAIN_PATTERNS[name]
    for text in _tricky_texts():
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


def test_undashed_sentence_end_splits_a_line_without_dashes_alike():
    module = crawler.extract.publications
    for text in _tricky_texts():
        for line in text.split("\n"):
            if not any(dash in line for dash in "-–—|"):
                assert module._SENTENCE_END_UNDASHED.split(line) == module._SENTENCE_END.split(
                    line
                ), line


def test_may_hold_agrees_with_the_keyword_pattern():
    module = crawler.extract.publications
    words = module.keywords("et", "ed.", "written by", "éd")
    for text in [*_tricky_texts(), "Written By Ada", "ÉD. X", "Sketched", "ed", "Ed. Quill"]:
        expected = words.search(text.lower()) is not None or bool(module._ODD_FOLD.search(text))
        assert module.may_hold(text, words) == expected, text


def test_odd_fold_test_agrees_with_its_pattern():
    module = crawler.extract.publications
    odd = ["\u0130", "\u0131", "\u017f", "\u212a"]
    for text in [*_tricky_texts(), *odd, *(f"Quill{c}, Zed – 2020" for c in odd)]:
        assert module._odd_fold(text) == bool(module._ODD_FOLD.search(text)), text


def test_et_al_lead_is_written_wherever_et_al_is():
    """The second pre-filter of an "et al." cut never hides one."""
    module = crawler.extract.publications
    rng = random.Random(7)
    alphabet = [*"aAeEtT ,.\n", "et", "Et", " et", ",et", " al", "al.", " coll", " autres"]
    alphabet += ["u.", "a.", "other", "Greta"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(9))
        if module._ET_AL.search(text):
            found += 1
            assert module._ET_AL_LEAD.search(text.lower()), repr(text)
    assert found > 500  # (the property was tested, not skipped)


def test_spaced_initial_is_written_wherever_a_title_follows_capitals():
    """The pre-check of _TITLE_AFTER_CAPS never hides one of its matches."""
    module = crawler.extract.publications
    rng = random.Random(9)
    words = ["MORVAN", "ACHARD", "O'NEIL", "L.", "F.", "-P.", "Diatomées et", "x", "A.", "Zed", ","]
    spaces = [" ", " ", "\n", "\t", "\xa0", "", ". ", "-"]
    found = 0
    for _ in range(40000):
        count = rng.randint(3, 8)
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(count))
        if module._TITLE_AFTER_CAPS.search(text):
            found += 1
            assert module._SPACED_INITIAL.search(text), repr(text)
    assert found > 200  # (the property was tested, not skipped)


def test_lines_that_end_alike_give_the_same_sentences_joined():
    """The joined reading of a multi-line item is skipped where it cannot differ."""
    module = crawler.extract.publications
    rng = random.Random(5)
    alphabet = [*"aAZx .(-|–?:", "\n", ".", ".\n", " Th.", "Th.", "St.", " J.", "Ch", "A."]
    alike = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        if "\n" in text and module._ends_alike(text):
            alike += 1
            joined = module._sentences(text.replace("\n", " "))
            assert joined == module._sentences(text), repr(text)
    assert alike > 500  # (the property was tested, not skipped)
