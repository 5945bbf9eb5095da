"""A province's release on the projects it supports: "fonds propres de la Province" and "Soutien
provincial" are the province's money; "financée exclusivement par la Province" (an adverb inside
the funding cue) names the one payer; "Il sera mené de septembre 2024 à août 2026 par l'asbl X"
says who runs it though dates stand between the participle and its agent; "le CRIPAN, le Centre
Régional ... de Namur" is one organisation."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

RELEASE = (
    "Communiqué de presse\n"
    "Le Collège provincial soutient trois projets d'intégration\n"
    "Au total, une enveloppe de 60.000 euros sera mobilisée sur fonds propres de la Province de Namur.\n"
    "1. « Mots du quotidien » – ateliers de français pour parents\n"
    "Le premier projet est porté par le CRIPAN, le Centre Régional pour l'Intégration des Personnes "
    "Étrangères de Namur. Il propose des ateliers dans les écoles.\n"
    "Soutien provincial : 20.000 euros.\n"
    "2. « Cap Job » – mentorat vers l'emploi\n"
    "Il sera mené de septembre 2024 à août 2026 par l'asbl Les Possibles Ensemble. Le budget total "
    "s'élève à 150.000 euros, dont 110.000 euros du Fonds Asile, Migration et Intégration (FAMI).\n"
    "3. « Interprètes de proximité » – permanences d'interprétariat\n"
    "Le Service d'Interprétariat Social de Namur organisera des permanences par téléphone. Cette action est "
    "financée exclusivement par la Province, pour un montant de 12.000 euros.\n"
    "Province de Namur – Place Saint-Aubain 2 – 5000 Namur\n"
)
URL = "https://www.province.namur.be/communiques/trois-projets"
PROVINCE = org("Province de Namur")


def test_the_provinces_own_money_pays_its_projects() -> None:
    ext = facts(RELEASE, "fr", url=URL)
    assert PROVINCE in project(ext, "Mots du quotidien").funders


def test_an_adverb_inside_the_funding_cue_names_the_one_payer() -> None:
    ext = facts(RELEASE, "fr", url=URL)
    interpreting = project(ext, "Interprètes de proximité")
    assert PROVINCE in interpreting.funders
    assert AMIF not in interpreting.funders


def test_a_running_participle_and_its_agent_with_dates_between() -> None:
    ext = facts(RELEASE, "fr", url=URL)
    assert org("Les Possibles Ensemble") in project(ext, "Cap Job").implementers


def test_an_acronym_and_its_long_form_set_beside_it_are_one_organisation() -> None:
    ex = extractor(RELEASE, "fr", url=URL)
    iris = {o.iri for o in ex.ctx.orgs if "CRIPAN" in o.name or o.name.startswith("Centre Régional")}
    assert iris == {org("CRIPAN")}


PROGRAMME_NEWS = (
    "Programme helps young refugees stay in school\n"
    "\n"
    "A programme launched this year helps unaccompanied minors finish school after they turn 18.\n"
    "\n"
    "The programme is implemented jointly by the University of Malta, through its Faculty of Education, and "
    "the child rights organisation Safe Steps Foundation, which runs several shelters.\n"
    "\n"
    "It runs from 2024 to 2026 and is 90 per cent financed by the Asylum, Migration and Integration Fund. "
    "The funding is managed by the Home Affairs Ministry's European Funds Unit.\n"
)


def test_the_funding_managed_by_a_unit_names_no_runner() -> None:
    ext = facts(PROGRAMME_NEWS, "en")
    runners = {i for p in ext.projects for i in p.implementers}
    assert org("University of Malta") in runners
    assert not [i for i in runners if "ministry" in i or "funds-unit" in i], runners
