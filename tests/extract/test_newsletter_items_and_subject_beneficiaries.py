"""A newsletter's item that names its project only in quotes in its heading and text, beside a
project named by "le projet « X »"; a legal form, an adjective of place, then the name ("l'asbl
namuroise L'Escale"); a selected beneficiary whose project has no name, labelled by what it does
after its verb."""

from __future__ import annotations

from extract_helpers import extractor, org

from migkg.loaders.extract.decide import _beneficiary_label

NEWSLETTER = (
    "La Lettre du réseau\n"
    "n° 12 – mars 2025\n"
    "DU CÔTÉ DES MEMBRES\n"
    "À Namur, L'Escale lance « Duo Santé »\n"
    "Avec « Duo Santé », l'asbl namuroise L'Escale forme des marraines qui accompagnent les nouvelles "
    "arrivantes vers les services de santé. Le projet court de 2025 à 2027 et est financé par le Fonds Asile, "
    "Migration et Intégration (FAMI) à hauteur de 98.000 €.\n"
    "Mons : le projet « Cap Métiers » s'agrandit\n"
    "Depuis 2023, le projet « Cap Métiers » combine cours de français et préformation. Il est cofinancé par le "
    "Fonds social européen plus (FSE+).\n"
)


def test_a_quoted_name_heading_its_own_item_is_a_project_beside_a_named_one() -> None:
    ex = extractor(NEWSLETTER, "fr", url="https://www.reseau-exemple.be/lettre-12", title="La Lettre du réseau n° 12")
    labels = {p.label for p in ex.projects}
    assert {"Duo Santé", "Cap Métiers"} <= labels, labels


def test_a_legal_form_then_an_adjective_of_place_then_the_name() -> None:
    ex = extractor(NEWSLETTER, "fr", url="https://www.reseau-exemple.be/lettre-12", title="La Lettre du réseau n° 12")
    assert any(o.name == "L'Escale" for o in ex.ctx.orgs), [o.name for o in ex.ctx.orgs]
    duo = next(p for p in ex.projects if p.label == "Duo Santé")
    assert org("L'Escale") in duo.implementers, duo.implementers


LAUREATES = (
    "Communiqué de presse\n"
    "Le comité de sélection a retenu les projets suivants au titre du FAMI :\n"
    "• L'association lorientaise Les Mots Partagés proposera des cours de français couplés à une garde "
    "d'enfants, afin de permettre aux mères isolées d'y assister. Le projet bénéficie de 60 000 € au titre "
    "du FAMI.\n"
    "• Des ateliers d'écriture pour jeunes réfugiés (Plume Libre) : 40 000 €.\n"
)


def test_a_nameless_project_of_a_subject_beneficiary_is_labelled_by_what_it_does() -> None:
    # the label a pair decision gives a project the text does not name, for a beneficiary that is
    # its sentence's subject: what it does, after its verb, not "L'association lorientaise"
    ex = extractor(LAUREATES, "fr", url="https://www.prefecture-exemple.gouv.fr/fami", title="Lauréats FAMI")
    item = next(u for u in ex.ctx.units if "Mots Partagés" in u.text)
    label = _beneficiary_label(ex.ctx, org("Les Mots Partagés"), item)
    assert label == "cours de français couplés à une garde d'enfants – Les Mots Partagés", label
