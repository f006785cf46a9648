"""Person resolution: every merge rule merges, every must-not-merge case stays apart.

All people here are fictional.  Each case states the expected partition of surface forms
into persons; a test fails when a form lands in the wrong person.
"""

from __future__ import annotations

from crawler.claims import Claim
from graph.persons import HomonymPolicy, person_id, resolve_persons, site_of

SITE_A = "https://ilse.example.org/"
SITE_B = "https://kofi.example.net/~kofi/"
SITE_C = "https://far.example.com/"


def coauthors(source: str, *names: str) -> list[Claim]:
    """One publication: every pair of authors is a coauthor claim (a clique)."""
    return [
        Claim(a, "coauthor", b, source, ", ".join(names), "test-pubs")
        for i, a in enumerate(names)
        for b in names[i + 1 :]
    ]


def advisor(student: str, adv: str, source: str, year: int | None = None) -> Claim:
    return Claim(student, "advisor_phd", adv, source, f"{student} under {adv}", "test", start=year)


def partition(claims: list[Claim], **kwargs) -> set[frozenset[str]]:
    """Persons as sets of the forms their mentions were written in."""
    result = resolve_persons(claims, **kwargs)
    groups: dict[str, set[str]] = {}
    for claim in claims:
        for form, kind in ((claim.subject, claim.subject_kind), (claim.object, claim.object_kind)):
            if kind == "person":
                groups.setdefault(result.node_for(form, claim.source), set()).add(form)
    return {frozenset(forms) for forms in groups.values()}


def together(parts: set[frozenset[str]], *forms: str) -> bool:
    return any(set(forms) <= part for part in parts)


def apart(parts: set[frozenset[str]], a: str, b: str) -> bool:
    return not together(parts, a, b)


# -- same key: accents, case, mojibake, hyphens, order, LaTeX, capitals ---------------------


def test_surface_forms_of_one_name_are_one_person_without_any_context():
    forms = [
        "Éloïse Dufrêne",
        "Eloise DUFRENE",
        "DUFRÊNE, Éloïse",
        "Ã‰loÃ¯se DufrÃªne",
        "\\'{E}lo\\\"{i}se Dufr\\^{e}ne",
        "Éloïse Dufrêne*",
    ]
    claims = [
        advisor(form, "Kofi Mensah", f"https://s{i}.example/") for i, form in enumerate(forms)
    ]
    parts = partition(claims)
    assert together(parts, *forms)


def test_hyphen_and_space_in_given_names_are_one_person():
    claims = [
        advisor("Jean-Baptiste Orlac", "Kofi Mensah", SITE_A),
        advisor("Jean Baptiste Orlac", "Kofi Mensah", SITE_C),
    ]
    assert together(partition(claims), "Jean-Baptiste Orlac", "Jean Baptiste Orlac")


def test_canonical_name_is_the_fullest_well_formed_form_and_all_forms_are_kept():
    claims = [
        advisor("Eloise DUFRENE", "Kofi Mensah", SITE_A),
        advisor("Éloïse Dufrêne", "Kofi Mensah", SITE_B),
        Claim("E. Dufrêne", "coauthor", "Kofi Mensah", SITE_A, "E. Dufrêne, K. Mensah", "t"),
    ]
    result = resolve_persons(claims)
    person = result.persons[result.node_for("E. Dufrêne", SITE_A)]
    assert person.name == "Éloïse Dufrêne"
    assert {"Eloise DUFRENE", "Éloïse Dufrêne", "E. Dufrêne"} <= set(person.aliases)


# -- name order -----------------------------------------------------------------------------


def test_name_written_family_first_without_signal_meets_the_given_first_form():
    claims = [
        advisor("Brevan Ilse", "Kofi Mensah", SITE_C),
        advisor("Ilse Brevan", "Kofi Mensah", SITE_A),
    ]
    assert together(partition(claims), "Brevan Ilse", "Ilse Brevan")


# -- initials -------------------------------------------------------------------------------


def test_initial_resolves_to_the_full_name_read_on_the_same_site():
    claims = [
        advisor("Ilse Brevan", "Kofi Mensah", SITE_A),
        *coauthors(SITE_A + "publications/", "I. Brevan", "P. Osei"),
    ]
    assert together(partition(claims), "I. Brevan", "Ilse Brevan")


def test_initial_resolves_through_a_shared_coauthor_on_another_site():
    claims = [
        *coauthors(SITE_A, "Ilse Brevan", "Paulo Osei"),
        *coauthors(SITE_C, "I. Brevan", "Paulo Osei", "Rhea Tamm"),
    ]
    assert together(partition(claims), "I. Brevan", "Ilse Brevan")


def test_initial_resolves_through_a_shared_organisation():
    claims = [
        Claim("Ilse Brevan", "member_of", "Kestrel", SITE_A, "team Kestrel", "t"),
        Claim("I. Brevan", "member_of", "Kestrel team", SITE_C, "Kestrel team", "t"),
    ]
    parts = partition(claims, org_of={"Kestrel": "o-kestrel", "Kestrel team": "o-kestrel"})
    assert together(parts, "I. Brevan", "Ilse Brevan")


def test_initial_and_surname_alone_never_merge():
    """Same initial and family name, nothing else in common: it stays its own node."""
    claims = [
        *coauthors(SITE_A, "Ilse Brevan", "Paulo Osei"),
        *coauthors(SITE_C, "I. Brevan", "Rhea Tamm"),
    ]
    assert apart(partition(claims), "I. Brevan", "Ilse Brevan")


def test_initial_with_two_supported_candidates_stays_its_own_node():
    """'T. Vo' on a page that also names Tien Vo and Thao Vo: which one is unknowable."""
    claims = [
        *coauthors(SITE_A, "Tien Vo", "Paulo Osei"),
        *coauthors(SITE_A, "Thao Vo", "Rhea Tamm"),
        *coauthors(SITE_A, "T. Vo", "Ilse Brevan"),
    ]
    parts = partition(claims)
    assert apart(parts, "T. Vo", "Tien Vo")
    assert apart(parts, "T. Vo", "Thao Vo")
    assert apart(parts, "Tien Vo", "Thao Vo")


def test_two_people_sharing_a_family_name_stay_two_even_when_both_appear_as_initials():
    """Minh-Khoa Vo and Tien Vo, both written 'Vo' with initials in their own lists."""
    claims = [
        Claim("Minh-Khoa Vo", "employed_at", "Ferrand University", SITE_A, "…", "t"),
        *coauthors(SITE_A + "pubs", "M.-K. Vo", "Paulo Osei"),
        *coauthors(SITE_A + "pubs", "M.-K. Vo", "Tien Vo", "Rhea Tamm"),
        Claim("Tien Vo", "employed_at", "Ferrand University", SITE_B, "…", "t"),
        *coauthors(SITE_B + "pubs", "T. Vo", "Rhea Tamm"),
        *coauthors(SITE_B + "pubs", "Vo, M.-K.", "T. Vo", "Rhea Tamm"),
    ]
    parts = partition(claims, org_of={"Ferrand University": "o-ferrand"})
    assert apart(parts, "Minh-Khoa Vo", "Tien Vo")
    assert together(parts, "Minh-Khoa Vo", "M.-K. Vo", "Vo, M.-K.")
    assert together(parts, "Tien Vo", "T. Vo")
    assert apart(parts, "T. Vo", "Minh-Khoa Vo")


def test_a_lone_family_name_is_never_attached_to_anyone():
    claims = [
        *coauthors(SITE_A, "Tien Vo", "Paulo Osei"),
        Claim("Vo", "coauthor", "Paulo Osei", SITE_A, "Vo and Osei", "t"),
    ]
    parts = partition(claims)
    assert apart(parts, "Vo", "Tien Vo")


def test_coauthors_of_one_paper_are_never_merged():
    """'A. Lind' and 'Astrid Lind' in one author list are two people (or a typo we keep)."""
    claims = coauthors(SITE_A, "Astrid Lind", "A. Lind", "Paulo Osei")
    assert apart(partition(claims), "Astrid Lind", "A. Lind")


# -- typos ----------------------------------------------------------------------------------


def test_small_typo_merges_when_the_context_agrees():
    claims = [
        *coauthors(SITE_A, "Samira Okonkwo", "Paulo Osei"),
        *coauthors(SITE_A + "talks", "Samira Okonkow", "Rhea Tamm"),
    ]
    assert together(partition(claims), "Samira Okonkwo", "Samira Okonkow")


def test_small_typo_without_shared_context_stays_apart():
    claims = [
        *coauthors(SITE_A, "Samira Okonkwo", "Paulo Osei"),
        *coauthors(SITE_C, "Samira Okonkow", "Rhea Tamm"),
    ]
    assert apart(partition(claims), "Samira Okonkwo", "Samira Okonkow")


def test_similar_names_that_differ_in_the_first_name_are_not_typos():
    claims = [
        *coauthors(SITE_A, "Anna Kowalczyk", "Paulo Osei"),
        *coauthors(SITE_A, "Hanna Kowalczyk", "Paulo Osei"),
    ]
    assert apart(partition(claims), "Anna Kowalczyk", "Hanna Kowalczyk")


# -- homonyms and strong ids ----------------------------------------------------------------


def test_same_full_name_at_unrelated_organisations_is_flagged_as_possible_homonym():
    claims = [
        *coauthors(SITE_A, "Paul Ardent", "Rhea Tamm"),
        Claim("Paul Ardent", "employed_at", "Ferrand University", SITE_A, "…", "t"),
        *coauthors(SITE_C, "Paul Ardent", "Kofi Mensah"),
        Claim("Paul Ardent", "employed_at", "Kallisto College", SITE_C, "…", "t"),
    ]
    orgs = {"Ferrand University": "o-ferrand", "Kallisto College": "o-kallisto"}
    result = resolve_persons(claims, orgs)
    node = result.node_for("Paul Ardent", SITE_A)
    assert node == result.node_for("Paul Ardent", SITE_C)
    assert result.persons[node].homonym is True


def test_same_full_name_in_sparse_unrelated_contexts_is_one_unflagged_person():
    """A jury member named on two theses with different juries is not suspect."""
    claims = [
        Claim("Rhea Tamm", "jury_examiner", "Paul Ardent", SITE_A, "…", "t"),
        Claim("Kofi Mensah", "jury_reviewer", "Paul Ardent", SITE_C, "…", "t"),
    ]
    result = resolve_persons(claims)
    node = result.node_for("Paul Ardent", SITE_A)
    assert node == result.node_for("Paul Ardent", SITE_C)
    assert result.persons[node].homonym is False


def test_namesakes_whose_years_cannot_be_one_career_are_split_and_flagged():
    claims = [
        advisor("Paul Ardent", "Rhea Tamm", SITE_A, 1881),
        advisor("Paul Ardent", "Kofi Mensah", SITE_C, 2011),
    ]
    result = resolve_persons(claims)
    old, new = result.node_for("Paul Ardent", SITE_A), result.node_for("Paul Ardent", SITE_C)
    assert old != new
    assert result.persons[old].homonym and result.persons[new].homonym
    assert result.persons[old].name == result.persons[new].name == "Paul Ardent"
    again = resolve_persons(list(reversed(claims)))
    assert again.node_for("Paul Ardent", SITE_A) == old
    assert again.node_for("Paul Ardent", SITE_C) == new


def test_namesakes_within_one_career_span_stay_one_flagged_node():
    claims = [
        advisor("Paul Ardent", "Rhea Tamm", SITE_A, 1981),
        advisor("Kofi Mensah", "Paul Ardent", SITE_C, 2011),
    ]
    result = resolve_persons(claims)
    assert result.node_for("Paul Ardent", SITE_A) == result.node_for("Paul Ardent", SITE_C)


def test_two_doctorates_under_one_name_are_two_people():
    """One person defends one thesis: two thesis years read in unrelated contexts are two
    namesakes, even when both fit in one career."""
    claims = [
        Claim("Paul Ardent", "advisor_phd", "Rhea Tamm", SITE_A, "…", "t", end=1995),
        Claim("Paul Ardent", "advisor_phd", "Kofi Mensah", SITE_C, "…", "t", end=2012),
    ]
    result = resolve_persons(claims)
    first, second = result.node_for("Paul Ardent", SITE_A), result.node_for("Paul Ardent", SITE_C)
    assert first != second
    assert result.persons[first].homonym and result.persons[second].homonym


def test_one_doctorate_dated_a_year_apart_by_two_pages_stays_one_person():
    claims = [
        Claim("Paul Ardent", "advisor_phd", "Rhea Tamm", SITE_A, "…", "t", end=2012),
        Claim("Paul Ardent", "advisor_phd", "Kofi Mensah", SITE_C, "…", "t", end=2013),
    ]
    result = resolve_persons(claims)
    assert result.node_for("Paul Ardent", SITE_A) == result.node_for("Paul Ardent", SITE_C)


def test_a_common_name_in_unrelated_contexts_is_several_people():
    """Where "Wei" and "Gan" are each read with many other names, "Wei Gan" read twice
    with nothing in common is likely two people; a rare name would stay one."""
    claims = [
        *coauthors(SITE_A, "Wei Gan", "Rhea Tamm"),
        *coauthors(SITE_C, "Wei Gan", "Kofi Mensah"),
    ]
    for i, (other, friend, colleague) in enumerate(
        (
            ("Lu", "Ines Dubois", "Omar Haddad"),
            ("Qiao", "Lise Roux", "Tomas Berg"),
            ("Xu", "Ana Pires", "Eli Stone"),
        )
    ):
        claims += coauthors(f"https://w{i}.example.org/", f"Wei {other}", friend)
        claims += coauthors(f"https://g{i}.example.org/", f"Jun{other.lower()} Gan", colleague)
    result = resolve_persons(claims)
    here, there = result.node_for("Wei Gan", SITE_A), result.node_for("Wei Gan", SITE_C)
    assert here != there
    assert result.persons[here].homonym and result.persons[there].homonym
    rare = resolve_persons(claims[:2])
    assert rare.node_for("Wei Gan", SITE_A) == rare.node_for("Wei Gan", SITE_C)


def test_split_policy_separates_every_unrelated_context():
    claims = [
        *coauthors(SITE_A, "Paul Ardent", "Rhea Tamm"),
        *coauthors(SITE_C, "Paul Ardent", "Kofi Mensah"),
    ]
    result = resolve_persons(claims, homonyms=HomonymPolicy.SPLIT)
    here, there = result.node_for("Paul Ardent", SITE_A), result.node_for("Paul Ardent", SITE_C)
    assert here != there
    assert result.persons[here].homonym and result.persons[there].homonym


def test_one_initial_form_on_two_unrelated_sites_is_two_nodes():
    """'R. Ivo' on two sites with nothing in common: nothing says it is one person."""
    claims = [
        *coauthors(SITE_A, "R. Ivo", "Paulo Osei"),
        *coauthors(SITE_C, "R. Ivo", "Kofi Mensah"),
    ]
    result = resolve_persons(claims)
    assert result.node_for("R. Ivo", SITE_A) != result.node_for("R. Ivo", SITE_C)


def test_same_full_name_in_connected_contexts_is_not_flagged():
    claims = [
        *coauthors(SITE_A, "Paul Ardent", "Rhea Tamm"),
        *coauthors(SITE_C, "Paul Ardent", "Rhea Tamm", "Kofi Mensah"),
    ]
    result = resolve_persons(claims)
    assert result.node_for("Paul Ardent", SITE_A) == result.node_for("Paul Ardent", SITE_C)
    assert result.persons[result.node_of["Paul Ardent"]].homonym is False


def test_a_shared_strong_id_merges_without_other_context():
    claims = [
        *coauthors(SITE_A, "Lena Varga", "Rhea Tamm"),
        *coauthors(SITE_C, "L. Varga", "Kofi Mensah"),
    ]
    orcid = {"orcid": "0000-0002-1825-0097"}
    result = resolve_persons(claims, identities={"Lena Varga": orcid, "L. Varga": orcid})
    node = result.node_of["Lena Varga"]
    assert result.node_for("L. Varga", SITE_C) == node
    assert result.persons[node].ids == orcid


def test_different_strong_ids_forbid_a_merge_that_context_would_allow():
    claims = [
        *coauthors(SITE_A, "Lena Varga", "Rhea Tamm"),
        *coauthors(SITE_A, "L. Varga", "Kofi Mensah"),
    ]
    identities = {
        "Lena Varga": {"orcid": "0000-0002-1825-0097"},
        "L. Varga": {"orcid": "0000-0001-5109-3700"},
    }
    assert apart(partition(claims, identities=identities), "Lena Varga", "L. Varga")


# -- ids ------------------------------------------------------------------------------------


def test_ids_are_stable_ascii_and_unaffected_by_unrelated_pages():
    first = [advisor("Éloïse Dufrêne", "Kofi Mensah", SITE_A)]
    second = first + coauthors(SITE_C, "Rhea Tamm", "Paulo Osei")
    a, b = resolve_persons(first), resolve_persons(second)
    for form in ("Éloïse Dufrêne", "Kofi Mensah"):
        assert a.node_of[form] == b.node_of[form]
        assert a.node_of[form].isascii()
        assert all(c.isalnum() or c == "-" for c in a.node_of[form])
    assert resolve_persons(list(first)).node_of == a.node_of
    assert len({*b.node_of.values()}) == 4


def test_person_id_differs_for_different_names():
    assert person_id("ilse brevan") != person_id("ilse breven")


def test_merges_record_their_rule_and_evidence():
    claims = [
        advisor("Ilse Brevan", "Kofi Mensah", SITE_A),
        *coauthors(SITE_A + "publications/", "I. Brevan", "P. Osei"),
    ]
    result = resolve_persons(claims)
    merges = result.persons[result.node_of["Ilse Brevan"]].merges
    assert any(m.startswith("initials") and "same-site" in m for m in merges)


def test_site_groups_pages_of_one_site_and_keeps_user_directories_apart():
    assert site_of("https://h.example/~ada/a.html") == site_of("https://h.example/~ada/b/c")
    assert site_of("https://h.example/~ada/") != site_of("https://h.example/~zed/")
    assert site_of("/tmp/one.txt") != site_of("/tmp/two.txt")


def test_every_mention_of_split_namesakes_still_has_a_node():
    claims = [
        advisor("Paul Ardent", "Rhea Tamm", SITE_A, 1881),
        advisor("Paul Ardent", "Kofi Mensah", SITE_C, 2011),
        # read on a third site next to something that is not a person name
        Claim("Deep Learning", "coauthor", "Paul Ardent", SITE_B, "…", "t"),
    ]
    result = resolve_persons(claims)
    assert all(result.node_for("Paul Ardent", site) for site in (SITE_A, SITE_B, SITE_C))


def test_only_known_strong_id_types_are_kept_and_never_an_email():
    claims = coauthors(SITE_A, "Lena Varga", "Rhea Tamm")
    identities = {"Lena Varga": {"orcid": "0000-0002-1825-0097", "email": "lena@example.org"}}
    result = resolve_persons(claims, identities=identities)
    assert result.persons[result.node_of["Lena Varga"]].ids == {"orcid": "0000-0002-1825-0097"}


def test_forms_parsed_in_a_second_process_resolve_exactly_as_parsed_here(monkeypatch):
    """Names parsed by the forked helper process give the same persons, names, aliases,
    ids and merges as names parsed in this process."""
    import graph.persons as persons_module
    from graph.persons import FormParser

    claims = (
        coauthors(SITE_A, "Ilse VAN DER BERG", "Kofi Mensah", "Zoë Durand-Petit")
        + coauthors(SITE_B, "I. van der Berg", "K. Mensah", "Durand-Petit, Zoe")
        + coauthors(SITE_C, "Ducros Alix", "Kai J. Zhai", "Deep Learning")
        + [advisor("Alix Ducros", "Kai Jun Zhai", SITE_C, 2011)]
    )
    forms = {c.subject for c in claims} | {c.object for c in claims}
    here = resolve_persons(claims)
    monkeypatch.setattr(persons_module, "PARALLEL_PARSE_MIN_FORMS", 0)
    monkeypatch.setattr(persons_module, "PARSE_CHUNK_FORMS", 2)
    parser = FormParser(sorted(forms))
    assert parser.child is not None
    forked = resolve_persons(claims, forms=parser)
    assert parser.helped >= 2  # the helper process did parse some of the forms
    assert forked.node_of == here.node_of
    assert forked.local == here.local
    assert forked.persons == here.persons


def test_namesakes_judged_in_a_second_process_give_the_same_persons(monkeypatch):
    """Which clusters are split or flagged as homonyms, worked out by the forked helper,
    gives exactly the persons worked out in this process."""
    import graph.persons as persons_module

    claims = [
        advisor("Paul Ardent", "Rhea Tamm", SITE_A, 1881),  # two careers: split
        advisor("Paul Ardent", "Kofi Mensah", SITE_C, 2011),
        *coauthors(SITE_A, "Ilse Marrow", "Rhea Tamm"),  # two organisations: flagged
        Claim("Ilse Marrow", "employed_at", "Ferrand University", SITE_A, "…", "t"),
        *coauthors(SITE_C, "Ilse Marrow", "Kofi Mensah"),
        Claim("Ilse Marrow", "employed_at", "Kallisto College", SITE_C, "…", "t"),
        *coauthors(SITE_B, "Zoë Durand", "Z. Durand", "Kofi Mensah"),
    ]
    orgs = {"Ferrand University": "o-ferrand", "Kallisto College": "o-kallisto"}
    here = resolve_persons(claims, orgs)
    monkeypatch.setattr(persons_module, "PARALLEL_VERDICT_MIN_GROUPS", 0)
    forked = resolve_persons(claims, orgs)
    assert forked.node_of == here.node_of
    assert forked.local == here.local
    assert forked.persons == here.persons
    split = {forked.node_for("Paul Ardent", SITE_A), forked.node_for("Paul Ardent", SITE_C)}
    assert len(split) == 2 and all(forked.persons[node].homonym for node in split)
    assert forked.persons[forked.node_of["Ilse Marrow"]].homonym is True
    assert forked.persons[forked.node_of["Rhea Tamm"]].homonym is False


def _sum_slowly_away_from(parent: int) -> int:
    """The same sum anywhere; far slower in any process but ``parent``."""
    import os
    import time

    if os.getpid() != parent:
        time.sleep(30)
    return sum(range(1000))


def test_helper_work_after_parsing_is_handed_back_or_done_here_when_late(monkeypatch):
    import functools
    import os

    import graph.persons as persons_module
    from graph.persons import FormParser

    monkeypatch.setattr(persons_module, "PARALLEL_PARSE_MIN_FORMS", 0)
    forms = ["Ilse Marrow", "I. Marrow", "Kofi Mensah", "Deep Learning"]
    done = FormParser(forms, then=functools.partial(sum, range(1000)))
    assert done.child is not None
    parsed = done.result()
    assert done.child.join(timeout=30) is None and not done.child.is_alive()
    assert done.then_result() == 499500
    late = FormParser(forms, then=functools.partial(_sum_slowly_away_from, os.getpid()))
    assert late.result() == parsed
    assert late.then_result() == 499500  # not waiting half a minute for the helper
    assert late.child is None
