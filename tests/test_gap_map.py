"""The gap map (admin:gap_map) for the project office: every count is `Offer.objects.public()`'s,
the CSV has the page's numbers, gaps are said in words, and nobody else sees it."""

import csv
import io
import re
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor, ActorEvent, RecruitmentNeed
from offers.gaps import LIKELY_GROUPS, THIN_MAX, GapMap, Period
from offers.models import (
    Feedback,
    FocusArea,
    Language,
    Offer,
    Segment,
    TargetGroup,
    UnmetNeed,
    ZeroResultSearch,
)
from tests.factories import make_actor, make_member, make_moderator, make_offer, make_user
from tests.test_html_valid import describe, vnu_command, vnu_messages

pytestmark = pytest.mark.django_db

URL = "/admin/gap-map/"


# --- reading the page --------------------------------------------------------------------


class TableReader(HTMLParser):
    """The page's tables by id: each row a list of cells, each cell a dict with its `text`
    (without the gap word, hidden text and the facts under a grid count), its `gap` word, its
    `facts` and its CSS classes."""

    SKIP = ("gap-word", "visually-hidden", "gap-facts")

    def __init__(self):
        super().__init__()
        self.tables, self.table, self.row, self.cell = {}, None, None, None
        self.stack = []  # (tag, what its text goes to)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "table":
            self.table = self.tables.setdefault(attrs.get("id"), [])
        elif tag == "tr" and self.table is not None:
            self.row = []
            self.table.append(self.row)
        elif tag in ("td", "th") and self.row is not None:
            self.cell = {"text": "", "gap": "", "facts": "", "classes": classes}
            self.row.append(self.cell)
        if tag in ("br", "input", "img"):
            return
        target = self.stack[-1][1] if self.stack else "text"
        if "gap-word" in classes:
            target = "gap"
        elif "gap-facts" in classes:
            target = "facts"
        elif "visually-hidden" in classes or "aria-hidden" in attrs or tag == "caption":
            target = None
        self.stack.append((tag, target))

    def handle_endtag(self, tag):
        if tag == "li" and self.cell is not None:
            self.cell["facts"] += " "
        while self.stack:
            open_tag, _target = self.stack.pop()
            if open_tag == tag:
                break
        if tag == "table":
            self.table = None
        elif tag == "tr":
            self.row = None
        elif tag in ("td", "th"):
            if self.cell is not None:
                for key in ("text", "gap", "facts"):
                    self.cell[key] = re.sub(r"\s+", " ", self.cell[key]).strip()
            self.cell = None

    def handle_data(self, data):
        target = self.stack[-1][1] if self.stack else "text"
        if self.cell is not None and target:
            self.cell[target] += data


def page_tables(response):
    reader = TableReader()
    reader.feed(response.content.decode())
    return reader.tables


def csv_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff"), "no BOM: Excel would not read æøå"
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def grid_counts(response):
    """{(topic name, column name): (offer count, gap word)} from the page's grid."""
    header, *rows = page_tables(response)["gap-grid"]
    columns = [cell["text"] for cell in header]
    counts = {}
    for row in rows:
        topic = row[0]["text"]
        for name, cell in zip(columns[1:], row[1:], strict=True):
            counts[topic, name] = (int(cell["text"]), cell["gap"], cell["facts"])
    return counts


@pytest.fixture
def office(client):
    client.force_login(make_moderator())
    return client


def tag_world():
    """Offers the public may and may not see, tagged across the grid."""
    approved = make_actor(kind=Actor.Kind.MUNICIPALITY)
    hidden_actor = make_actor(is_approved=False)
    make_offer(actor=approved, focus=("housing",), groups=("labour-europe",))
    make_offer(actor=approved, focus=("housing", "work"), groups=("labour-europe", "refugees"))
    make_offer(actor=approved, focus=("work",), groups=("refugees",), segments=("youth",))
    make_offer(actor=approved, focus=("work",), groups=("refugees",), languages=("uk", "nb"))
    make_offer(actor=approved, focus=("work",), groups=("refugees",), languages=("en",))
    make_offer(actor=approved, focus=("leisure",), groups=(), segments=("families",))
    # None of these is public: pending, past its last day, not started, unapproved organisation.
    make_offer(
        actor=approved, status=Offer.Status.PENDING, focus=("housing",), groups=("refugees",)
    )
    make_offer(
        actor=approved,
        focus=("housing",),
        groups=("refugees",),
        valid_until=timezone.localdate() - timedelta(days=1),
    )
    make_offer(
        actor=approved,
        focus=("housing",),
        groups=("refugees",),
        valid_from=timezone.localdate() + timedelta(days=3),
    )
    make_offer(actor=hidden_actor, focus=("housing",), groups=("refugees",))
    return approved


# --- who may see it ----------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client):
    for url in (URL, f"{URL}?format=csv&table=grid"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_actors_are_refused(client):
    client.force_login(make_member(make_actor()))
    for url in (URL, f"{URL}?format=csv&table=grid"):
        response = client.get(url)
        # Not staff: the admin sends them to its login, and nothing of the map is shown.
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_staff_outside_the_office_group_get_403(client):
    client.force_login(make_user(is_staff=True))
    assert client.get(URL).status_code == 403
    assert client.get(f"{URL}?format=csv&table=grid").status_code == 403


def test_a_superuser_outside_the_office_group_gets_403(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    assert client.get(URL).status_code == 403


def test_the_url_is_in_the_admins_namespace():
    assert reverse("admin:gap_map") == URL
    assert reverse("admin:index") == "/admin/"


# --- the grid ----------------------------------------------------------------------------


def test_every_grid_cell_is_the_count_of_public_offers_with_those_tags(office):
    tag_world()
    response = office.get(URL)
    assert response.status_code == 200
    counts = grid_counts(response)
    for topic in FocusArea.objects.all():
        for group in TargetGroup.objects.all():
            expected = Offer.objects.public().filter(focus_areas=topic, target_groups=group).count()
            count, gap, _facts = counts[topic.name, group.name]
            assert count == expected, (topic.slug, group.slug)
            assert gap == ("ingen" if expected == 0 else "tynt" if expected <= THIN_MAX else "")
        no_group = Offer.objects.public().filter(focus_areas=topic, target_groups=None).count()
        assert counts[topic.name, "Ingen målgruppe oppgitt"][0] == no_group
        all_offers = Offer.objects.public().filter(focus_areas=topic).count()
        assert counts[topic.name, "Alle publiserte tilbud i temaet"][0] == all_offers
    # The tag world has numbers that tell the rules apart.
    assert counts["Bo- og levevilkår", "Flyktninger med oppholdstillatelse"][0] == 1
    assert counts["Arbeid og rekruttering", "Flyktninger med oppholdstillatelse"][0] == 4


def test_the_grid_by_segment_counts_segments(office):
    tag_world()
    counts = grid_counts(office.get(URL, {"by": "segment"}))
    for topic in FocusArea.objects.all():
        for segment in Segment.objects.all():
            expected = Offer.objects.public().filter(focus_areas=topic, segments=segment).count()
            assert counts[topic.name, segment.name][0] == expected
    assert counts["Fritid og frivillighet", "Barnefamilier"][0] == 1


def test_empty_and_thin_cells_are_marked_in_words_and_with_a_pattern(office):
    tag_world()
    header, *rows = page_tables(office.get(URL))["gap-grid"]
    columns = [cell["text"] for cell in header]
    housing = next(row for row in rows if row[0]["text"] == "Bo- og levevilkår")
    cells = dict(zip(columns, housing, strict=True))
    empty = cells["Arbeidsinnvandrere fra Skandinavia"]
    assert (empty["text"], empty["gap"]) == ("0", "ingen")
    assert "gap-none" in empty["classes"]
    thin = cells["Flyktninger med oppholdstillatelse"]
    assert (thin["text"], thin["gap"]) == ("1", "tynt")
    assert "gap-thin" in thin["classes"]


def test_unmet_needs_searches_and_feedback_land_in_their_cells(office):
    tag_world()
    housing, work = FocusArea.objects.get(slug="housing"), FocusArea.objects.get(slug="work")
    refugees = TargetGroup.objects.get(slug="refugees")
    UnmetNeed.objects.create(text="Bolig", focus_area=housing, target_group=refugees, language="nb")
    UnmetNeed.objects.create(text="Bolig", focus_area=housing, target_group=refugees, language="en")
    UnmetNeed.objects.create(
        text="Gammelt",
        focus_area=housing,
        target_group=refugees,
        language="nb",
        created_on=date(2001, 1, 1),
    )
    ZeroResultSearch.objects.create(
        words="bolig", filters={"focus": ["housing"], "group": ["refugees"]}, language="nb"
    )
    offer = Offer.objects.public().filter(focus_areas=work, target_groups=refugees).first()
    Feedback.objects.create(offer=offer, used="yes", quality=4, language="nb")
    Feedback.objects.create(offer=offer, used="tried", quality=3, language="nb")
    Feedback.objects.create(offer=offer, used="no", language="nb")

    counts = grid_counts(office.get(URL))

    _count, _gap, facts = counts["Bo- og levevilkår", "Flyktninger med oppholdstillatelse"]
    # The need from 2001 is outside the default period (the last 12 months).
    assert facts == "2 udekkede behov 1 søk uten treff"
    _count, _gap, facts = counts["Arbeid og rekruttering", "Flyktninger med oppholdstillatelse"]
    assert facts == "3 svar, kvalitet 3,5 av 5, 1 av 2 kom med (50 %)"
    # The 2001 need is counted when the period covers it.
    counts = grid_counts(office.get(URL, {"start": "2001-01", "end": "2001-01"}))
    facts = counts["Bo- og levevilkår", "Flyktninger med oppholdstillatelse"][2]
    assert facts == "1 udekket behov"


def test_refugees_have_no_housing_offer_welders_are_wanted_and_the_table_downloads(office):
    """The issue's 'done when': the office opens the map, sees the gap and the need."""
    employer = make_actor(kind=Actor.Kind.BUSINESS)
    make_offer(focus=("housing",), groups=("labour-europe", "labour-outside-europe"))
    make_offer(focus=("work",), groups=("refugees",))
    RecruitmentNeed.objects.create(
        actor=employer,
        field="Sveiser",
        field_category="industry",
        count=5,
        starts_on=date(2027, 3, 1),
        norwegian_level="B1",
        contact_name="Kari",
        contact_email="kari@example.org",
    )

    front = office.get(reverse("admin:index")).content.decode()
    assert f'href="{URL}"' in front
    response = office.get(URL)
    counts = grid_counts(response)
    assert counts["Bo- og levevilkår", "Flyktninger med oppholdstillatelse"][:2] == (0, "ingen")
    occupations = page_tables(response)["gap-occupations"]
    assert [cell["text"] for cell in occupations[1]][:4] == [
        "Sveiser",
        "Industri og teknikk",
        "B1 (klarer seg selv)",
        "5",
    ]

    download = office.get(URL, {"format": "csv", "table": "grid"})
    assert download.status_code == 200
    assert download["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in download["Content-Disposition"]
    rows = csv_rows(download)
    assert ["Bo- og levevilkår", "Flyktninger med oppholdstillatelse", "0", "ingen"] in [
        row[:4] for row in rows
    ]


# --- the CSV has the page's numbers --------------------------------------------------------


def busy_world():
    actor = tag_world()
    work = FocusArea.objects.get(slug="work")
    refugees = TargetGroup.objects.get(slug="refugees")
    offer = Offer.objects.public().filter(focus_areas=work).first()
    Feedback.objects.create(offer=offer, used="yes", quality=5, ease=4, language="nb")
    Feedback.objects.create(offer=offer, used="tried", quality=2, language="en")
    UnmetNeed.objects.create(
        text="Norsk", focus_area=work, offer_language=Language.objects.get(code="ti"), language="nb"
    )
    ZeroResultSearch.objects.create(words="", filters={"language": ["ti"]}, language="nb")
    ZeroResultSearch.objects.create(
        words="jobb", filters={"focus": ["work"], "group": ["refugees"]}, language="nb"
    )
    UnmetNeed.objects.create(text="Jobb", focus_area=work, target_group=refugees, language="nb")
    ActorEvent.objects.create(actor=actor, action=ActorEvent.Action.APPROVED)
    RecruitmentNeed.objects.create(
        actor=make_actor(kind=Actor.Kind.BUSINESS),
        field="Sykepleier",
        field_category="health",
        count=3,
        starts_on=date(2027, 1, 1),
        norwegian_level="B2",
        hires_learners=True,
        contact_name="Ola",
        contact_email="ola@example.org",
    )


@pytest.mark.parametrize("key", [key for key in GapMap.TABLES if key != "grid"])
def test_each_tables_csv_is_the_page(office, key):
    busy_world()
    page = page_tables(office.get(URL))[f"gap-{key}"]
    download = office.get(URL, {"format": "csv", "table": key})
    assert download.status_code == 200
    rows = csv_rows(download)
    assert rows == [[cell["text"] for cell in row] for row in page]
    assert len(rows) > 1


def test_the_grids_csv_has_one_row_per_cell_with_the_pages_numbers(office):
    busy_world()
    response = office.get(URL)
    counts = grid_counts(response)
    header, *rows = csv_rows(office.get(URL, {"format": "csv", "table": "grid"}))
    assert header[:5] == ["Tema", "Målgruppe", "Publiserte tilbud", "Hull", "Udekkede behov"]
    columns = [*TargetGroup.objects.all(), None]
    assert len(rows) == FocusArea.objects.count() * len(columns)
    for topic, group, offers, gap, needs, searches, answers, quality, got_in, tried in rows:
        count, page_gap, facts = counts[topic, group]
        assert int(offers) == count
        assert gap == page_gap
        facts_in_csv = []
        if needs != "0":
            facts_in_csv.append(f"{needs} {'udekket behov' if needs == '1' else 'udekkede behov'}")
        if searches != "0":
            facts_in_csv.append(f"{searches} søk uten treff")
        if answers != "0":
            feedback = f"{answers} svar"
            if quality:
                feedback += f", kvalitet {quality} av 5"
            if tried != "0":
                share = round(100 * int(got_in) / int(tried))
                feedback += f", {got_in} av {tried} kom med ({share} %)"
            facts_in_csv.append(feedback)
        assert facts == " ".join(facts_in_csv), (topic, group)


def test_the_language_table_counts_public_offers_and_those_for_the_likely_groups(office):
    busy_world()
    _header, *rows = page_tables(office.get(URL))["gap-languages"]
    by_name = {row[0]["text"]: row for row in rows}
    for language in Language.objects.all():
        row = by_name[language.name]
        public = Offer.objects.public().filter(languages=language)
        assert int(row[1]["text"]) == public.count()
        groups = LIKELY_GROUPS.get(language.code)
        if groups:
            likely = public.filter(target_groups__slug__in=groups).distinct().count()
            assert int(row[3]["text"]) == likely
        else:
            assert row[3]["text"] == ""
    assert by_name["Ukrainsk"][3]["text"] == "1"
    # Each language's groups are said on the page, in its caption and its row.
    assert "Flyktninger med oppholdstillatelse" in by_name["Ukrainsk"][2]["text"]
    page = office.get(URL).content.decode()
    assumption = (
        "ukrainsk, arabisk, tigrinja, somali, persisk, dari: "
        "Flyktninger med oppholdstillatelse, Familiegjenforente"
    )
    assert assumption in page


def test_a_cell_excel_would_run_as_a_formula_is_text_in_the_csv(office):
    RecruitmentNeed.objects.create(
        actor=make_actor(kind=Actor.Kind.BUSINESS),
        field='=HYPERLINK("https://example.org")',
        field_category="other",
        count=2,
        starts_on=date(2027, 1, 1),
        contact_name="A",
        contact_email="a@example.org",
    )
    rows = csv_rows(office.get(URL, {"format": "csv", "table": "occupations"}))
    assert rows[1][0] == '\'=HYPERLINK("https://example.org")'
    assert rows[1][3] == "2"


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        {"start": "2026-13"},
        {"start": "mars"},
        {"start": "1999-12"},
        {"start": "2026-05", "end": "2026-01"},
        {"start": "2000-01", "end": "2026-01"},
        {"by": "organisation"},
        {"table": "secrets"},
    ],
)
def test_bad_input_gets_the_forms_error_and_400(office, query):
    response = office.get(URL, query)
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    # What was typed stays in the form.
    for name, value in query.items():
        if name in ("start", "end"):
            assert f'value="{value}"' in response.content.decode()


@pytest.mark.parametrize(
    "query", [{"format": "csv"}, {"format": "csv", "table": "nope"}, {"format": "xml"}]
)
def test_a_bad_download_gets_400(office, query):
    response = office.get(URL, query)
    assert response.status_code == 400


def test_a_chosen_period_runs_over_whole_months(office):
    period = Period(date(2026, 2, 1), date(2026, 4, 1))
    assert [m.month for m in period.months()] == [2, 3, 4]
    assert period.end == date(2026, 5, 1)
    response = office.get(URL, {"start": "2026-02", "end": "2026-04"})
    months = page_tables(response)["gap-months"]
    assert [row[0]["text"] for row in months[1:]] == [
        "februar 2026",
        "mars 2026",
        "april 2026",
        "Hele perioden",
    ]


def test_the_month_table_counts_each_month(office):
    actor = make_actor()
    make_offer(actor=actor, published_at=timezone.make_aware(timezone.datetime(2026, 3, 31, 23)))
    make_offer(actor=actor, published_at=timezone.make_aware(timezone.datetime(2026, 4, 1, 0, 30)))
    offer = make_offer(actor=actor)
    Feedback.objects.create(offer=offer, used="yes", language="nb", created_on=date(2026, 4, 9))
    UnmetNeed.objects.create(text="x", language="nb", created_on=date(2026, 3, 2))
    months = page_tables(office.get(URL, {"start": "2026-03", "end": "2026-04"}))["gap-months"]
    assert [[cell["text"] for cell in row] for row in months[1:]] == [
        ["mars 2026", "1", "0", "0", "1", "0"],
        ["april 2026", "1", "0", "1", "0", "0"],
        ["Hele perioden", "2", "0", "1", "1", "0"],
    ]


def test_the_page_and_its_errors_are_valid_html(office, tmp_path):
    command = vnu_command()  # skips (or fails, in CI) without the validator
    busy_world()
    pages = {
        "map": {},
        "by-segment": {"by": "segment", "start": "2026-01", "end": "2026-06"},
        "not-a-month": {"start": "2026-13", "end": "mars"},
        "backwards": {"start": "2026-05", "end": "2026-01"},
    }
    for name, query in pages.items():
        (tmp_path / f"{name}.html").write_bytes(office.get(URL, query).content)
    messages = vnu_messages(command, tmp_path)
    failing = [m for m in messages if m["type"] != "info" or m.get("subType") == "fatal"]
    assert not failing, "\n".join(describe(m) for m in failing)


def test_a_month_that_is_no_month_comes_back_in_a_text_box(office):
    body = office.get(URL, {"start": "2026-13", "end": "2026-02"}).content.decode()
    assert re.search(r'<input type="text" name="start" value="2026-13"', body)
    assert re.search(r'<input type="month" name="end" value="2026-02"', body)


# --- queries -----------------------------------------------------------------------------


# The page's queries: the session (read, and saved on every request: three), the user and its
# office group, the admin's permissions for the side bar (two), and one query for each term list
# and each grouped figure of each table.
MAP_QUERIES = 31


def test_the_maps_query_count_does_not_grow_with_the_offers(office, django_assert_num_queries):
    actor = make_actor()
    for _ in range(3):
        make_offer(actor=actor, focus=("work",), groups=("refugees",), languages=("uk",))
    with django_assert_num_queries(MAP_QUERIES):
        assert office.get(URL).status_code == 200
    for number in range(27):
        offer = make_offer(
            actor=actor,
            focus=("work", "housing"),
            groups=("refugees", "labour-europe"),
            segments=("youth",),
            languages=("nb", "uk"),
        )
        Feedback.objects.create(offer=offer, used="yes", quality=1 + number % 5, language="nb")
        UnmetNeed.objects.create(text="x", focus_area=offer.focus_areas.first(), language="nb")
        ZeroResultSearch.objects.create(words=f"w{number}", filters={"focus": ["work"]})
    RecruitmentNeed.objects.create(
        actor=actor,
        field="Sveiser",
        field_category="industry",
        count=5,
        starts_on=date(2027, 1, 1),
        contact_name="A",
        contact_email="a@example.org",
    )
    assert Offer.objects.public().count() == 30
    with django_assert_num_queries(MAP_QUERIES):
        assert office.get(URL).status_code == 200
    # By segment: the segments are one more list (the groups are still the languages' rows).
    with django_assert_num_queries(MAP_QUERIES + 1):
        assert office.get(URL, {"by": "segment"}).status_code == 200


def test_a_csv_download_runs_only_its_tables_queries(office, django_assert_max_num_queries):
    make_offer(focus=("work",), groups=("refugees",))
    # The session (read, and saved on every request: three), the user, the office check, and
    # the grid's own queries.
    with django_assert_max_num_queries(13):
        assert office.get(URL, {"format": "csv", "table": "grid"}).status_code == 200


# --- the admin's front page --------------------------------------------------------------


def test_the_front_page_links_the_map_and_counts_comments_and_needs(office):
    offer = make_offer()
    for comment in ("Bra!", "Dårlig", ""):
        Feedback.objects.create(offer=offer, used="yes", comment=comment, language="nb")
    Feedback.objects.create(
        offer=offer,
        used="yes",
        comment="Vist",
        comment_status=Feedback.CommentStatus.APPROVED,
        language="nb",
    )
    UnmetNeed.objects.create(text="Bolig", language="nb")
    UnmetNeed.objects.create(text="Fulgt opp", language="nb", is_handled=True)
    body = office.get(reverse("admin:index")).content.decode()
    links = {
        re.sub(r"\s+", " ", text).strip(): href.replace("&amp;", "&")
        for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', body)
    }
    comments = links["2 kommentarer venter på godkjenning"]
    assert office.get(comments).context["cl"].result_count == 2
    needs = links["1 udekket behov er ikke fulgt opp ennå"]
    assert office.get(needs).context["cl"].result_count == 1
    assert links["Hvor det mangler tilbud, og hva tilflyttere og arbeidsgivere spør etter"] == URL


def test_the_front_page_shows_no_map_link_outside_the_office(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    body = client.get(reverse("admin:index")).content.decode()
    assert URL not in body
