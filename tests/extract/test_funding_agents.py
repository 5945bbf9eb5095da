"""Names a funding cue gives as payers are organisations, whatever their shape (agents.py), and
they become candidate funders (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor, org

from migkg.loaders.extract.candidates import candidates, title_site_part
from migkg.loaders.extract.orgshape import TOKEN


def payer_names(text: str, lang: str) -> set[str]:
    ctx = extractor(text, lang).ctx
    return {o.name for o in ctx.orgs if o.iri in ctx.payers}


@pytest.mark.parametrize(
    ("lang", "text", "payer"),
    [
        # after a fund and its acronym, over "et": the region named by its place name
        (
            "fr",
            "Soutenu par le Fonds européen d'intégration (FEI) et la Région wallonne, ce projet pilote "
            "accompagne les primo-arrivants.\n",
            "Région wallonne",
        ),
        # a one-word name nothing else knows
        ("fr", "Trois associations soutenues par Solvia, chacune pour un an.\n", "Solvia"),
        # a record's funding key
        ("fr", "Intitulé : Passerelles\nFinancement : Brivalis – appel Co-Construire\n", "Brivalis"),
        ("nl", "Het project Brug wordt gefinancierd door het AMIF en Welzijnsfonds Noord.\n", "Welzijnsfonds Noord"),
        ("en", "The Bridge project is funded by the AMIF and by Northvale Trust.\n", "Northvale Trust"),
        # past a long parenthesis on the first payer's share
        (
            "nl",
            "Dit programma werd betaald door de gemeente Breda (€ 42.000, subsidie Participatie Nieuwkomers) en "
            "het Fonds Brabantse Kansen (€ 15.000).\n",
            "Fonds Brabantse Kansen",
        ),
    ],
    ids=["region-after-a-fund", "bare-name", "funding-key", "nl-after-fund", "en", "past-a-long-parenthesis"],
)
def test_name_a_funding_cue_governs_is_a_payer(lang, text, payer) -> None:
    assert payer in payer_names(text, lang)


def test_payer_is_a_candidate_funder() -> None:
    text = (
        "Le projet Passerelles accompagne les primo-arrivants à Namur.\n\n"
        "Soutenu par le Fonds européen d'intégration (FEI) et par Solvia, il est mené par l'asbl Lien Namurois.\n"
    )
    funders = {c.funder for c in candidates(extractor(text, "fr"))}
    assert org("Solvia") in funders


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a piece of a fund's name cut by its comma is no organisation
        ("en", "The project was funded by the European Asylum, Migration and Integration Fund (AMIF).\n"),
        # German capitalises every noun: only an acronym is a name there
        ("de", "Das Projekt wird gefördert durch Mittel des Landes und durch Spenden.\n"),
        # a country paying is national money, not an organisation
        ("fr", "Le projet est financé par la Belgique et par le FAMI.\n"),
        # lower-case words are no name
        ("fr", "Le projet est financé par des fonds propres.\n"),
    ],
    ids=["fund-fragment", "german-nouns", "country", "lower-case"],
)
def test_no_payer_name_where_none_is_written(lang, text) -> None:
    assert payer_names(text, lang) == set()


def test_possessive_ends_a_name_regression_interior_ministry_s_funds() -> None:
    # "the Interior Ministry's funds": the token was "Ministry's", which matched no head noun
    assert "Ministry" in TOKEN.findall("the Interior Ministry's funds")
    ctx = extractor("The rest of the money comes from the Interior Ministry's funds.\n", "en").ctx
    assert "Interior Ministry" in {o.name for o in ctx.orgs}


def test_sentence_opening_word_is_no_part_of_a_name_regression_indien_het_ocmw() -> None:
    # "Indien het OCMW ..." was one organisation: a clause's opening word joined by "het"
    ctx = extractor("- Indien het OCMW zich engageert als partner, wordt een bedrag vastgesteld.\n", "nl").ctx
    assert not any(o.name.startswith("Indien") for o in ctx.orgs)


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Centre gets a million (The Northvale Courier, 31 December 2019)", "The Northvale Courier, 31 December 2019"),
        ("Centre gets a million | Northvale Courier", "Northvale Courier"),
        ("Projet Passerelles (2018-2021)", "2018-2021"),
        ("Projet Passerelles", ""),
    ],
)
def testtitle_site_part_of_a_page_title(title, site) -> None:
    assert title_site_part(title) == site


def test_subjects_of_a_funding_verb_are_payers_also_as_a_list() -> None:
    text = "Het ESF (40 %) en het Vlaams Welzijnsfonds (60 %) subsidiëren het project Brug volledig.\n"
    assert payer_names(text, "nl") == {"Vlaams Welzijnsfonds"}


def test_name_before_a_funding_verb_with_other_words_between_is_no_payer() -> None:
    text = "Het Welzijnscentrum Noord werkt samen met de stad en de provincie financiert het project.\n"
    assert "Welzijnscentrum Noord" not in payer_names(text, "nl")


def test_capitalised_dutch_compound_is_a_name_but_not_as_a_sentence_s_first_word() -> None:
    ctx = extractor("Vrijwilligerswerk is belangrijk. Het Vlaams Welzijnsfonds steunt het project.\n", "nl").ctx
    names = {o.name for o in ctx.orgs}
    assert "Vlaams Welzijnsfonds" in names
    assert "Vrijwilligerswerk" not in names


def test_organisation_before_a_running_verb_past_its_parenthesis() -> None:
    ex = extractor(
        "Het project Brug wordt gefinancierd door het AMIF.\n\n"
        "De stad Lindeveld (afdeling Welzijn) voert het project uit met de buurtwerking.\n",
        "nl",
    )
    runs = {c.org: c.features["o_runs_after"] for c in candidates(ex)}
    assert runs[org("stad Lindeveld")] == 1.0


def test_implementer_role_written_after_the_name() -> None:
    ex = extractor(
        "Il progetto Ponte è finanziato dal FAMI. Partecipano il Comune di Valdoro in qualità di capofila "
        "e la Cooperativa Aurora.\n",
        "it",
    )
    role_after = {c.org: c.features["o_impl_key_after"] for c in candidates(ex)}
    assert role_after[org("Comune di Valdoro")] == 1.0
    assert role_after[org("Aurora")] == 0.0  # "la Cooperativa Aurora": the role noun heads the name


@pytest.mark.parametrize(
    ("lang", "text", "payer"),
    [
        ("nl", "Het project Brug wordt door de Provincie Zeeland voor drie jaar gesubsidieerd.\n", "Provincie Zeeland"),
        (
            "de",
            "Das Projekt Lichtblick wird vom Landkreis Nordhain mit 4.500 Euro pro Jahr gefördert.\n",
            "Landkreis Nordhain",
        ),
    ],
    ids=["nl", "de"],
)
def test_agent_of_a_passive_that_ends_in_a_funding_participle_is_a_payer(lang, text, payer) -> None:
    assert payer in payer_names(text, lang)


def test_agent_of_a_passive_of_another_verb_is_no_payer() -> None:
    text = "Het project Brug wordt door de Provincie Zeeland sinds 2020 geleid.\n"
    assert payer_names(text, "nl") == set()


def test_eu_body_is_no_candidate_funder_where_the_text_names_a_fund() -> None:
    # the annotation convention: a body that passes an EU fund's money on is an authority; the fund pays
    with_fund = "The Harbour project is funded by DG HOME through the AMIF and run by Northvale Trust.\n"
    without = "The Harbour project is funded by DG HOME and run by Northvale Trust.\n"
    dg_home = "https://w3id.org/migkg/id/org/directorate-general-for-migration-and-home-affairs"
    assert dg_home not in {c.funder for c in candidates(extractor(with_fund, "en"))}
    assert dg_home in {c.funder for c in candidates(extractor(without, "en"))}


def test_running_verb_after_a_list_reaches_each_of_its_names() -> None:
    ex = extractor(
        "Dans cet appel à projets FAMI, les trois CPAS (Valmont, Brivaux et Sorel) offrent des trajets "
        "d'activation sociale.\n",
        "fr",
    )
    runs = {c.org: c.features["o_runs_after"] for c in candidates(ex) if c.funder.endswith("/AMIF")}
    assert len(runs) == 3 and all(v == 1.0 for v in runs.values()), runs


def test_partner_section_name_that_runs_the_project_is_its_implementer() -> None:
    # "Partners" over the paragraph made every name there a partner, also the one that runs the project
    text = (
        "Het project Brug wordt gefinancierd door het AMIF.\n\n"
        "Partners\n\n"
        "De vzw Welzijnshuis Noord voert het project uit in samenwerking met de gemeente Noordhout.\n"
    )
    ex = extractor(text, "nl")
    amif = "https://w3id.org/migkg/id/fund/AMIF"
    pair = next(c for c in candidates(ex) if c.funder == amif and c.org == org("Welzijnshuis Noord"))
    assert pair.features["o_partner_cue"] == 1.0 and pair.features["o_runs_after"] == 1.0
    # On a page about one project, "X voert het project uit" makes X its runner outright (the rules);
    # the screen does not pass the pair twice, and the partner cue does not take it away.
    brug = next(p for p in ex.projects if p.label == "Brug")
    assert org("Welzijnshuis Noord") in brug.implementers
    assert ex._screened([pair]) == []  # already stated
    brug.implementers.clear()
    assert ex._screened([pair]) == [pair]  # the runner's verb outweighs the partner section
    pair.features["o_runs_after"] = 0.0
    assert ex._screened([pair]) == []


def test_subject_of_a_sentence_about_a_call_for_proposals_is_marked_an_authority() -> None:
    ex = extractor(
        "Das Landesamt Nordhain hat heute mit dem AMIF einen Förderaufruf für Integrationsprojekte gestartet. "
        "Der Verein Brücke betreut das Projekt Lichtblick.\n",
        "de",
    )
    feats = {c.org: c.features["o_authority_subject"] for c in candidates(ex) if c.funder.endswith("/AMIF")}
    assert feats[org("Landesamt Nordhain")] == 1.0
    assert feats[org("Brücke")] == 0.0  # "der Verein Brücke": the role noun heads the name


def test_eu_body_named_by_the_rules_is_no_funder_of_a_project_a_fund_pays() -> None:
    from extract_helpers import facts

    text = (
        "The Harbour Welcome project is financed by the Directorate-General for Migration and Home Affairs "
        "through the Asylum, Migration and Integration Fund (AMIF). It is run by Northvale Trust.\n"
    )
    dg_home = "https://w3id.org/migkg/id/org/directorate-general-for-migration-and-home-affairs"
    funders = {f for p in facts(text, "en").projects for f in p.funders}
    assert "https://w3id.org/migkg/id/fund/AMIF" in funders
    assert dg_home not in funders


def test_french_association_before_a_name_is_the_implementer_cue() -> None:
    # "porté par l'association X": the pair model reads the role noun right before the runner's name
    ex = extractor(
        "Le projet « Passerelles » est financé par le FAMI. "
        "Il est porté par l'association Accueil Solidaire Valmont.\n",
        "fr",
    )
    key = {c.org: c.features["o_impl_key"] for c in candidates(ex)}
    assert key[org("Accueil Solidaire Valmont")] == 1.0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Association\tProjet\nLe Pavé des Mots asbl\tTables de conversation\n", "Le Pavé des Mots asbl"),
        ("Le FAMI soutient la Cuisine du Monde Brabant asbl depuis 2024.\n", "Cuisine du Monde Brabant asbl"),
    ],
    ids=["cell", "sentence"],
)
def test_an_article_between_two_capitalised_words_stays_in_a_name_before_its_legal_form(text: str, name: str) -> None:
    ctx = extractor(text, "fr").ctx
    assert name in {o.name for o in ctx.orgs}
