"""Names a page gives beside a short word or a long form, and the lines that are not projects:

- a heading that quotes a name after a project noun and a short word ('Il progetto SAI "Casa
  Aperta"') names that project, it is no generic "Il progetto" heading;
- a quoted name after "progetto" and a fund's short name ('il progetto Fami "Voci in Rete"') is
  the project's name, and "titolare del progetto è X" says who runs a project;
- "Name (Long Form Lab) is a three-year project" names a project even where the long form's head
  made the short name an organisation's;
- a team list's lines ("Ms X – Project Officer, Y") name people, not projects, and a partner
  list's lines name partners;
- a known body's short form that the text defines for another name ("Jesuit Refugee Service
  Malta (JRS Malta)") is that name's;
- the ministry a fund's authority belongs to, in a logo line ("Ministry of Funds – Funds
  Division"), pays nothing.
"""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, names_of, org, runners_of

ITALIAN_PAGE = (
    "Caritas di Borgoverde\n"
    "Accoglienza e integrazione\n"
    "Dal 2016 la Caritas di Borgoverde accompagna richiedenti asilo con due progetti.\n"
    'Il progetto SAI "Casa Aperta"\n'
    "Titolare del progetto è il Comune di Borgoverde; la Caritas ne cura gli alloggi.\n"
    "Il progetto è finanziato dal Ministero dell'Interno con il Fondo nazionale per le politiche e i "
    "servizi dell'asilo per il triennio 2023-2025.\n"
    "Ponti di Lavoro\n"
    "Con Ponti di Lavoro la Caritas di Borgoverde accompagna i giovani verso il lavoro.\n"
    "Progetto cofinanziato dal Fondo Asilo, Migrazione e Integrazione 2021-2027.\n"
)


def test_a_heading_that_quotes_a_name_after_a_project_noun_names_that_project() -> None:
    ex = extractor(ITALIAN_PAGE, "it", url="https://www.caritasborgoverde-example.it/migranti", title="Migranti")
    labels = {p.label for p in ex.projects}
    assert "Casa Aperta" in labels, labels


def test_titolare_del_progetto_names_who_runs_it() -> None:
    ex = extractor(ITALIAN_PAGE, "it", url="https://www.caritasborgoverde-example.it/migranti", title="Migranti")
    project = next(p for p in ex.projects if p.label == "Casa Aperta")
    assert "Comune di Borgoverde" in names_of(ex, project.implementers), names_of(ex, project.implementers)


def test_a_quoted_name_after_a_project_noun_and_a_funds_short_name_is_the_project() -> None:
    text = (
        "Valdora, accoglienza delle famiglie ucraine: il Comune rinnova gli alloggi\n"
        "«L'accoglienza non è solo un tetto» spiega il sindaco. «Per questo in città arriva anche il "
        'progetto Fami "Voci in Rete", di cui è ente gestore la cooperativa sociale Il Girasole: da '
        "settembre i corsi di italiano per le mamme, per tutto il 2025».\n"
    )
    ex = extractor(text, "it", url="https://www.notizievaldora-example.it/cronaca/1", title="Valdora")
    project = next((p for p in ex.projects if p.label == "Voci in Rete"), None)
    assert project is not None, [p.label for p in ex.projects]
    assert any("Girasole" in n for n in names_of(ex, project.implementers)), names_of(ex, project.implementers)


MALTA_PAGE = (
    "Faculty of Social Wellbeing\n"
    "CareLink – Bridging research and practice in migrant care\n"
    "CareLink (Care Access Linkage Lab) is a three-year research-and-practice project that brings "
    "researchers and NGOs together.\n"
    "The project is coordinated by the University of Gozo and runs from March 2023 to February 2026.\n"
    "Partners\n"
    "The University works with two partners:\n"
    "1. Jesuit Refugee Service Malta (JRS Malta) – outreach in open centres;\n"
    "2. Women Migrants Network Malta (WMNM) – community research and mediator recruitment.\n"
    "Funding\n"
    "CareLink is co-funded by the European Union through the Asylum, Migration and Integration Fund "
    "(AMIF). The Funds Division (FD) acts as Responsible Authority for AMIF in Malta.\n"
    "Project team\n"
    "Ms Lara Bonnici – Project Officer, JRS Malta\n"
    "Ms Nadia Saliba – Outreach Coordinator, WMNM\n"
    "[logo] Co-funded by the European Union\n"
    "[logo] Ministry of European Funds – Funds Division\n"
)


def test_a_name_with_its_long_form_said_to_be_a_project_is_one() -> None:
    ex = extractor(MALTA_PAGE, "en", url="https://www.uog-example.edu.mt/carelink", title="CareLink")
    assert "CareLink" in {p.label for p in ex.projects}, [p.label for p in ex.projects]


def test_a_team_members_line_is_no_project() -> None:
    ex = extractor(MALTA_PAGE, "en", url="https://www.uog-example.edu.mt/carelink", title="CareLink")
    assert not [p.label for p in ex.projects if "Officer" in p.label or "Coordinator" in p.label]


def test_a_short_form_the_text_defines_for_another_name_is_that_names() -> None:
    ex = extractor(MALTA_PAGE, "en", url="https://www.uog-example.edu.mt/carelink", title="CareLink")
    jrs = {m.iri for m in ex.ctx.orgs if m.name == "JRS"}
    assert jrs == {next(m.iri for m in ex.ctx.orgs if m.name == "Jesuit Refugee Service Malta")}, jrs


def test_partners_and_the_authoritys_ministry_are_no_parties_of_the_funding() -> None:
    ext = facts(MALTA_PAGE, "en", url="https://www.uog-example.edu.mt/carelink", title="CareLink")
    runners = runners_of(ext, AMIF)
    assert org("University of Gozo") in runners, runners
    assert not any("jesuit" in r or "women-migrants" in r for r in runners), runners
    payers = {f for p in ext.projects for f in p.funders}
    assert org("Ministry of European Funds") not in payers, payers
