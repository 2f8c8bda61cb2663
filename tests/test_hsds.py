"""Open data, Open Referral HSDS 3.0 (/api/hsds/, offers/hsds.py, offers/views/hsds.py).

Every object validates against the standard's schemas (tests/hsds-3.0/, copied from the
standard with its licence), every list pages and filters by `modified_after`, bad input is a
JSON 400/404, and nothing but public data appears. The leak matrix
(tests/offers/test_public_rule.py) looks for every kind of hidden offer on every endpoint."""

import json
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from actors.models import Actor
from offers import hsds
from offers.models import Feedback, FocusArea, Offer, TargetGroup, UnmetNeed
from offers.views.hsds import MAX_PER_PAGE
from tests.factories import make_actor, make_member, make_need, make_offer, make_user

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "hsds-3.0"
API = "/api/hsds/"


def _load(name):
    return json.loads((SCHEMAS / name).read_text())


REGISTRY = Registry().with_resources(
    (path.name, Resource.from_contents(_load(path.name), default_specification=DRAFT202012))
    for path in SCHEMAS.glob("*.json")
    if path.name != "openapi.json"
)
OPENAPI = _load("openapi.json")
# The schemas' formats, checked strictly (jsonschema checks uri and date-time only with extra
# packages): a URL is absolute, a date-time is ISO 8601 with its offset.
FORMATS = FormatChecker()


@FORMATS.checks("uri", raises=ValueError)
def _is_uri(value):
    parts = urlsplit(value)
    return bool(parts.scheme in ("http", "https") and parts.netloc)


@FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value):
    return datetime.fromisoformat(value).tzinfo is not None


# Fields the schemas call dates (datapackage_type "date") without a JSON Schema format.
DATE_FIELDS = {"assured_date", "valid_from", "valid_to", "dtstart", "until"}


def validate(obj, schema):
    validator = Draft202012Validator({"$ref": schema}, registry=REGISTRY, format_checker=FORMATS)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(obj)]
    assert not errors, errors
    _check_dates(obj)


def _check_dates(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in DATE_FIELDS:
                date.fromisoformat(inner)
            _check_dates(inner)
    elif isinstance(value, list):
        for inner in value:
            _check_dates(inner)


def get(client, path, **params):
    response = client.get(API + path, params)
    assert response["Content-Type"] == "application/json"
    return response


def body(response):
    return json.loads(response.content)


def page_of(client, path, **params):
    response = get(client, path, **params)
    assert response.status_code == 200, response.content
    data = body(response)
    page = OPENAPI["components"]["schemas"]["Page"]
    assert set(page["properties"]) | {"contents"} == set(data)
    Draft202012Validator(page).validate(data)
    return data


@pytest.fixture
def full_offer():
    """An offer with every field the mapping reads, of an organisation with its contacts."""
    actor = make_actor(
        name="Narvik Frivilligsentral",
        description_nb="Vi driver språkkafé og turgrupper.",
        description_en="We run a language café and walking groups.",
        website="https://frivillig.example.org",
        email="post@frivillig.example.org",
        phone="+47 76 00 00 00",
        address="Kongens gate 1",
        kind=Actor.Kind.VOLUNTARY,
    )
    starts = timezone.make_aware(datetime(2026, 12, 10, 18, 0))
    return make_offer(
        actor=actor,
        title="Språkkafé",
        title_en="Language café",
        summary_nb="Prat norsk over en kopp kaffe.",
        summary_en="Speak Norwegian over a cup of coffee.",
        description_nb="Alle nivåer er velkomne.",
        description_en="All levels are welcome.",
        schedule_nb="Tirsdager 18–20",
        schedule_en="Tuesdays 18–20",
        focus=("norwegian", "participation"),
        groups=("refugees", "labour-europe"),
        segments=("families",),
        languages=("nb", "en", "uk"),
        is_free=True,
        place="Biblioteket",
        address="Kongens gate 1",
        signup_url="https://frivillig.example.org/pamelding",
        signup_email="kafe@frivillig.example.org",
        signup_phone="+47 900 00 000",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        valid_from=date(2026, 1, 1),
        valid_until=date(2099, 6, 30),
        last_confirmed_at=timezone.now() - timedelta(days=3),
    )


@pytest.fixture
def plain_offer():
    """Norwegian only, with a price and nothing optional."""
    return make_offer(title="Bare norsk", title_en="", price_nb="200 kr", focus=("work",))


# Schemas of each endpoint's contents (openapi.json names them by URL; the files are here).
LISTS = {
    "services": "service.json",
    "organizations": "organization.json",
    "taxonomies": "taxonomy.json",
    "taxonomy_terms": "taxonomy_term.json",
    "service_at_locations": "service_at_location.json",
}


def test_the_validator_refuses_what_the_standard_refuses():
    """The schemas are read, their references followed and their formats checked."""
    bad = [
        ({"id": "x", "name": "n", "status": "active"}, "service.json"),
        ({"id": str(uuid.uuid4()), "name": "n", "status": "open"}, "service.json"),
        ({"id": str(uuid.uuid4()), "name": "n"}, "service.json"),
        (
            {
                "id": str(uuid.uuid4()),
                "name": "n",
                "status": "active",
                "phones": [{"id": str(uuid.uuid4())}],
            },
            "service.json",
        ),
        (
            {"id": str(uuid.uuid4()), "name": "n", "description": "d", "website": "x"},
            "organization.json",
        ),
        (
            {
                "id": str(uuid.uuid4()),
                "name": "n",
                "status": "active",
                "last_modified": "2026-12-01",
            },
            "service.json",
        ),
    ]
    for obj, schema in bad:
        with pytest.raises(AssertionError):
            validate(obj, schema)


def test_the_paths_are_the_standards(full_offer):
    """Each path is one openapi.json names, without a trailing slash."""
    standard = set(OPENAPI["paths"])
    ours = {
        "/",
        "/services",
        "/services/{id}",
        "/organizations",
        "/organizations/{id}",
        "/taxonomies",
        "/taxonomies/{id}",
        "/taxonomy_terms",
        "/taxonomy_terms/{id}",
        "/service_at_locations",
        "/service_at_locations/{id}",
    }
    assert ours <= standard
    for name in LISTS:
        assert reverse(f"hsds:{name}") == f"{API}{name}"


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES])
def test_every_object_validates_against_the_schemas(client, full_offer, plain_offer, lang):
    seen = 0
    for path, schema in LISTS.items():
        data = page_of(client, path, lang=lang, per_page=MAX_PER_PAGE)
        assert data["contents"], path
        for item in data["contents"]:
            validate(item, schema)
            detail = get(client, f"{path}/{item['id']}", lang=lang)
            assert detail.status_code == 200, (path, item["id"])
            validate(body(detail), schema)
            seen += 1
    # The nested objects were checked with their service; here, that they are there.
    service = body(get(client, f"services/{hsds.object_id(full_offer)}", lang=lang))
    assert {"attributes", "languages", "schedules", "phones", "organization"} <= set(service)
    assert seen > 20
    organization = body(get(client, f"organizations/{hsds.object_id(full_offer.actor)}"))
    assert [s["id"] for s in organization["services"]] == [hsds.object_id(full_offer)]
    for nested in organization["services"]:
        validate(nested, "service.json")
    assert get(client, "", lang=lang).status_code == 200


def test_an_offer_reads_as_a_service(client, full_offer):
    service = body(get(client, f"services/{hsds.object_id(full_offer)}"))
    assert service["name"] == "Språkkafé"
    assert service["description"] == "Prat norsk over en kopp kaffe.\n\nAlle nivåer er velkomne."
    assert service["status"] == "active"
    assert service["url"] == "http://testserver/nb/tilbud/" + full_offer.slug + "/"
    assert service["organization_id"] == hsds.object_id(full_offer.actor)
    assert service["organization"]["name"] == "Narvik Frivilligsentral"
    assert service["email"] == "kafe@frivillig.example.org"
    assert service["phones"][0]["number"] == "+47 900 00 000"
    assert "https://frivillig.example.org/pamelding" in service["application_process"]
    assert service["fees_description"] == "Gratis"
    assert service["cost_options"][0]["amount"] == 0
    assert (
        service["assured_date"]
        == timezone.localtime(full_offer.last_confirmed_at).date().isoformat()
    )
    assert datetime.fromisoformat(service["last_modified"]) == full_offer.updated_at
    assert {lang["code"] for lang in service["languages"]} == {"nb", "en", "uk"}
    links = {(a["link_type"], a["taxonomy_term"]["code"]) for a in service["attributes"]}
    assert links == {
        ("topic", "norwegian"),
        ("topic", "participation"),
        ("target_group", "refugees"),
        ("target_group", "labour-europe"),
        ("segment", "families"),
    }
    for attribute in service["attributes"]:
        assert attribute["link_id"] == service["id"]
        assert attribute["taxonomy_term_id"] == attribute["taxonomy_term"]["id"]
    (schedule,) = service["schedules"]
    assert schedule["valid_from"] == "2026-01-01"
    assert schedule["valid_to"] == "2099-06-30"
    assert schedule["dtstart"] == "2026-12-10"
    assert schedule["opens_at"] == "18:00+01:00"
    assert schedule["closes_at"] == "20:00+01:00"
    assert schedule["description"] == "Tirsdager 18–20"
    (place,) = service["service_at_locations"]
    assert place["location"]["name"] == "Biblioteket"
    assert place["location"]["description"] == "Kongens gate 1"
    assert place["service_id"] == service["id"]


def test_english_with_lang_en_and_norwegian_where_none_is_written(client, full_offer, plain_offer):
    english = body(get(client, f"services/{hsds.object_id(full_offer)}", lang="en"))
    assert english["name"] == "Language café"
    assert english["url"].endswith(f"/en/offers/{full_offer.slug}/")
    assert english["fees_description"] == "Free"
    assert english["organization"]["description"] == "We run a language café and walking groups."
    assert {a["taxonomy_term"]["language"] for a in english["attributes"]} == {"en"}
    fallback = body(get(client, f"services/{hsds.object_id(plain_offer)}", lang="en"))
    assert fallback["name"] == "Bare norsk"
    response = get(client, "services", lang="en")
    assert response["Content-Language"] == "en"
    assert get(client, "services")["Content-Language"] == "nb"


def test_ids_are_stable_uuids_from_model_and_key(client, full_offer):
    first = page_of(client, "services")["contents"][0]["id"]
    expected = uuid.uuid5(hsds.NAMESPACE, f"offers.offer:{full_offer.pk}")
    assert first == str(expected)
    full_offer.title_nb = "Nytt navn"
    full_offer.save()
    assert page_of(client, "services")["contents"][0]["id"] == first
    # In upper case too (a UUID is a UUID).
    assert get(client, f"services/{first.upper()}").status_code == 200
    topics = hsds.VOCABULARIES[0].id
    assert get(client, f"taxonomies/{topics.upper()}").status_code == 200
    term = page_of(client, "taxonomy_terms")["contents"][0]["id"]
    assert get(client, f"taxonomy_terms/{term.upper()}").status_code == 200


def test_pages(client):
    for _ in range(5):
        make_offer()
    first = page_of(client, "services", per_page=2)
    assert (first["total_items"], first["total_pages"], first["page_number"]) == (5, 3, 1)
    assert (first["size"], first["first_page"], first["last_page"], first["empty"]) == (
        2,
        True,
        False,
        False,
    )
    last = page_of(client, "services", per_page=2, page=3)
    assert (last["size"], last["first_page"], last["last_page"]) == (1, False, True)
    beyond = page_of(client, "services", per_page=2, page=4)
    assert beyond["contents"] == [] and beyond["empty"] and beyond["last_page"]
    ids = [
        item["id"]
        for page in (1, 2, 3)
        for item in page_of(client, "services", per_page=2, page=page)["contents"]
    ]
    assert len(set(ids)) == 5


@pytest.mark.parametrize("path", list(LISTS))
def test_every_list_pages(client, full_offer, path):
    whole = page_of(client, path, per_page=MAX_PER_PAGE)
    assert whole["total_items"] == len(whole["contents"]) >= 1
    one = page_of(client, path, per_page=1, page=whole["total_items"])
    assert one["size"] == 1 and one["last_page"]
    assert one["contents"][0] == whole["contents"][-1]
    assert page_of(client, path, per_page=1, page=whole["total_items"] + 1)["empty"]


def _backdate(model, obj, days):
    model.objects.filter(pk=obj.pk).update(updated_at=timezone.now() - timedelta(days=days))


def test_services_modified_after(client):
    old = make_offer(title="Gammelt")
    new = make_offer(title="Nytt")
    _backdate(Offer, old, 10)
    since = (timezone.now() - timedelta(days=1)).isoformat()
    data = page_of(client, "services", modified_after=since)
    assert [s["name"] for s in data["contents"]] == ["Nytt"]
    assert data["total_items"] == 1
    # A date alone means from its start; a "+" sent unencoded (a space) still means "+".
    day = (timezone.localdate() - timedelta(days=20)).isoformat()
    assert page_of(client, "services", modified_after=day)["total_items"] == 2
    unencoded = timezone.localtime(timezone.now() - timedelta(days=1)).isoformat()
    response = client.get(f"{API}services?modified_after={unencoded}")
    assert [s["name"] for s in body(response)["contents"]] == ["Nytt"]
    assert new.pk


def test_service_at_locations_modified_after(client):
    old = make_offer(place="Gammelt sted")
    make_offer(place="Nytt sted")
    make_offer()  # says nowhere: not a service at a location
    _backdate(Offer, old, 10)
    since = (timezone.now() - timedelta(days=1)).isoformat()
    data = page_of(client, "service_at_locations", modified_after=since)
    assert [item["location"]["name"] for item in data["contents"]] == ["Nytt sted"]
    assert page_of(client, "service_at_locations")["total_items"] == 2


def test_organizations_modified_after_own_fields_or_an_offer(client):
    quiet = make_actor(name="Stille lag")
    busy = make_actor(name="Travelt lag")
    edited = make_actor(name="Endret lag")
    busy_offer = make_offer(actor=busy)
    for actor in (quiet, busy, edited):
        _backdate(Actor, actor, 10)
    _backdate(Offer, busy_offer, 0)
    Actor.objects.get(pk=edited.pk).save()
    since = (timezone.now() - timedelta(days=1)).isoformat()
    names = {o["name"] for o in page_of(client, "organizations", modified_after=since)["contents"]}
    assert names == {"Travelt lag", "Endret lag"}


def _log_change(term):
    LogEntry.objects.create(
        user=make_user(is_staff=True),
        content_type=ContentType.objects.get_for_model(term),
        object_id=str(term.pk),
        object_repr=str(term),
        action_flag=CHANGE,
    )


def test_terms_and_taxonomies_modified_after_their_change_in_admin(client):
    refugees = TargetGroup.objects.get(slug="refugees")
    _log_change(refugees)
    since = (timezone.now() - timedelta(hours=1)).isoformat()
    terms = page_of(client, "taxonomy_terms", modified_after=since)["contents"]
    assert [t["code"] for t in terms] == ["refugees"]
    taxonomies = page_of(client, "taxonomies", modified_after=since)["contents"]
    assert [t["id"] for t in taxonomies] == [hsds.VOCABULARY_OF_MODEL[TargetGroup].id]
    later = (timezone.now() + timedelta(hours=1)).isoformat()
    assert page_of(client, "taxonomy_terms", modified_after=later)["empty"]
    # Without the parameter: all of them, the organisations' kinds too.
    everything = page_of(client, "taxonomy_terms", per_page=MAX_PER_PAGE)
    assert everything["total_items"] == (
        FocusArea.objects.count()
        + TargetGroup.objects.count()
        + 4  # segments
        + len(Actor.Kind)
    )


def test_services_filter_by_organization_and_term(client, full_offer, plain_offer):
    by_org = page_of(client, "services", organization_id=hsds.object_id(full_offer.actor))
    assert [s["name"] for s in by_org["contents"]] == ["Språkkafé"]
    work = FocusArea.objects.get(slug="work")
    by_term = page_of(client, "services", taxonomy_term_id=hsds.object_id(work))
    assert [s["name"] for s in by_term["contents"]] == ["Bare norsk"]
    segments = hsds.VOCABULARIES[2].id
    assert [s["name"] for s in page_of(client, "services", taxonomy_id=segments)["contents"]] == [
        "Språkkafé"
    ]
    assert page_of(client, "services", search="kaffe")["total_items"] == 1


def test_every_list_searches(client, full_offer, plain_offer):
    def names(path, **params):
        contents = page_of(client, path, **params)["contents"]
        return {item.get("name") or item["location"]["name"] for item in contents}

    assert names("services", search="kaffe") == {"Språkkafé"}
    assert names("services", search="coffee", lang="en") == {"Language café"}
    assert names("service_at_locations", search="kaffe") == {"Biblioteket"}
    assert names("organizations", search="turgrupper") == {"Narvik Frivilligsentral"}
    assert names("organizations", search="walking groups", lang="en") == {"Narvik Frivilligsentral"}
    assert names("taxonomy_terms", search="flyktninger") == {"Flyktninger med oppholdstillatelse"}
    assert names("taxonomy_terms", search="refugees", lang="en") == {
        "Refugees with a residence permit"
    }
    assert names("taxonomies", search="segmenter") == {"Segmenter"}
    assert page_of(client, "organizations", search="ingenting slikt")["empty"]


@pytest.mark.parametrize(
    "query",
    [
        "services?page=abc",
        "services?page=0",
        "services?page=-1",
        "services?page=１",
        "services?page=99999999999999999999",
        "services?per_page=100000",
        "services?per_page=0",
        "services?modified_after=yesterday",
        "services?modified_after=2026-13-40",
        "services?modified_after=0001-01-01T00:00:00%2B14:00",
        "organizations?modified_after=abc",
        "taxonomies?modified_after=abc",
        "taxonomy_terms?modified_after=abc&page=x",
        "services?organization_id=not-a-uuid",
        "services?taxonomy_term_id=x",
        "taxonomy_terms?taxonomy_id=x",
        "services?lang=xx",
        "services?format=ndjson",
        "services?minimal=true",
    ],
)
def test_bad_input_is_a_json_400(client, full_offer, query):
    response = client.get(API + query)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    assert body(response)["error"]["message"]
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "path",
    [
        "services/not-an-id",
        f"services/{uuid.uuid4()}",
        f"organizations/{uuid.uuid4()}",
        "organizations/x",
        f"taxonomies/{uuid.uuid4()}",
        f"taxonomy_terms/{uuid.uuid4()}",
    ],
)
def test_unknown_id_is_a_json_404(client, path):
    response = get(client, path)
    assert response.status_code == 404
    assert body(response)["error"]["status"] == 404


def test_bad_input_is_translated(client):
    response = get(client, "services", page="abc")
    assert body(response)["error"]["message"] == "page må være et helt tall fra 1."
    response = get(client, "services", page="abc", lang="en")
    assert body(response)["error"]["message"] == "page must be a whole number from 1."


def test_only_reads_are_allowed():
    client = Client(enforce_csrf_checks=True)
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)(API + "services")
        assert response.status_code == 405
        assert body(response)["error"]["status"] == 405
        assert "GET" in response["Allow"]
        assert response["Access-Control-Allow-Origin"] == "*"


def test_open_to_other_sites_without_cookies(client, full_offer):
    for method in ("get", "head"):
        response = getattr(client, method)(API + "services", HTTP_ORIGIN="https://fylket.example")
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "ETag" in response["Access-Control-Expose-Headers"]
        assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")
        assert "Origin" not in response.get("Vary", "")
    preflight = client.options(
        API + "services",
        HTTP_ORIGIN="https://fylket.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert not client.cookies


def test_etag_and_last_modified(client, full_offer):
    response = get(client, "services")
    etag = response["ETag"]
    assert response["Last-Modified"]
    assert response["Cache-Control"] == "public, no-cache"
    again = client.get(API + "services", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert again["Access-Control-Allow-Origin"] == "*"
    full_offer.title_nb = "Språkkafé på biblioteket"
    full_offer.save()
    changed = client.get(API + "services", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    detail = get(client, f"services/{hsds.object_id(full_offer)}")
    assert (
        client.get(detail.wsgi_request.path, HTTP_IF_NONE_MATCH=detail["ETag"]).status_code == 304
    )


def _every_response(client, offer):
    ids = {
        "services": hsds.object_id(offer),
        "organizations": hsds.object_id(offer.actor),
    }
    for lang in ("nb", "en"):
        yield client.get(API, {"lang": lang})
        for path in LISTS:
            yield client.get(API + path, {"lang": lang, "per_page": MAX_PER_PAGE})
        for path, id in ids.items():
            yield client.get(f"{API}{path}/{id}", {"lang": lang})


def test_no_personal_data_in_any_answer(client, full_offer):
    actor = full_offer.actor
    make_member(actor, email="kari.medlem@example.org", full_name="Kari Medlem")
    make_need(
        actor=actor, field="Hemmelig sveiser", contact_name="Per Kontakt", contact_email="per@x.no"
    )
    Feedback.objects.create(
        offer=full_offer, used="yes", quality=5, comment="Hemmelig kommentar", language="nb"
    )
    UnmetNeed.objects.create(text="Hemmelig behov", language="nb")
    Actor.objects.filter(pk=actor.pk).update(organisation_number="123456785")
    secrets = [
        "kari.medlem@example.org",
        "Kari Medlem",
        "Hemmelig sveiser",
        "Per Kontakt",
        "per@x.no",
        "Hemmelig kommentar",
        "Hemmelig behov",
        "123456785",
    ]
    for response in _every_response(client, full_offer):
        assert response.status_code == 200, response.wsgi_request.get_full_path()
        text = response.content.decode()
        assert not [secret for secret in secrets if secret in text]
    # What the organisation's public page shows is there.
    text = get(client, f"organizations/{hsds.object_id(actor)}").content.decode()
    assert "post@frivillig.example.org" in text and "+47 76 00 00 00" in text


def test_unapproved_organisations_and_their_offers_are_not_there(client):
    hidden = make_actor(name="Ikke godkjent", is_approved=False)
    offer = make_offer(actor=hidden, title="Skjult tilbud", place="Skjult sted")
    draft = make_offer(title="Utkast", status=Offer.Status.DRAFT, place="Skjult sted")
    text = "".join(r.content.decode() for r in _every_response(client, make_offer(place="Her")))
    assert "Ikke godkjent" not in text and "Skjult tilbud" not in text
    assert "Skjult sted" not in text and "Utkast" not in text
    assert "Her" in text
    for hidden_offer in (offer, draft):
        place = hsds.service_at_location(hidden_offer)["id"]
        assert get(client, f"service_at_locations/{place}").status_code == 404
    assert get(client, f"organizations/{hsds.object_id(hidden)}").status_code == 404
    assert get(client, f"services/{hsds.object_id(offer)}").status_code == 404


TAGS = {"focus": ("leisure", "work"), "groups": ("refugees",), "segments": ("youth",)}


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "path",
    [
        "services",
        "organizations",
        "taxonomies",
        "taxonomy_terms",
        "service_at_locations",
        "organization",
    ],
)
def test_query_count_does_not_grow_with_offers(client, path):
    actor = make_actor()

    def url():
        if path == "organization":
            return f"{API}organizations/{hsds.object_id(actor)}"
        return f"{API}{path}?per_page={MAX_PER_PAGE}"

    for _ in range(3):
        make_offer(actor=actor, languages=("nb", "en"), place="Biblioteket", **TAGS)
        make_offer(actor=make_actor(), **TAGS)
    few = _queries(client, url())
    for _ in range(30):
        make_offer(actor=actor, languages=("nb", "en"), place="Biblioteket", **TAGS)
        make_offer(actor=make_actor(), **TAGS)
    assert _queries(client, url()) == few


def test_a_county_system_reads_what_changed(client):
    """Done when: a county system reads /api/hsds/services?modified_after=…: first everything,
    then only what changed since its last read."""
    for number in range(3):
        make_offer(title=f"Tilbud {number}")
    first = page_of(client, "services", per_page=MAX_PER_PAGE)
    assert first["total_items"] == 3
    Offer.objects.update(updated_at=timezone.now() - timedelta(days=2))
    last_read = timezone.now() - timedelta(days=1)
    changed = Offer.objects.first()
    changed.title_nb = "Endret tilbud"
    changed.save()
    new = make_offer(title="Helt nytt")
    make_offer(title="Utkast", status=Offer.Status.DRAFT)
    response = client.get(f"{API}services", {"modified_after": last_read.isoformat(), "lang": "en"})
    assert {s["name"] for s in body(response)["contents"]} == {changed.title_en, new.title_en}
    nb = page_of(client, "services", modified_after=last_read.isoformat())
    assert {s["name"] for s in nb["contents"]} == {"Endret tilbud", "Helt nytt"}


def test_every_interface_language_with_english_then_norwegian_where_none_is_written(
    client, full_offer, plain_offer
):
    full_offer.title_uk = "Мовне кафе"
    full_offer.save()
    ukrainian = body(get(client, f"services/{hsds.object_id(full_offer)}", lang="uk"))
    assert ukrainian["name"] == "Мовне кафе"
    assert ukrainian["url"].endswith(f"/uk/offers/{full_offer.slug}/")
    # no Ukrainian description: the English one, as the page shows it
    assert ukrainian["description"].startswith("Speak Norwegian over a cup of coffee.")
    terms = {a["taxonomy_term"]["name"] for a in ukrainian["attributes"]}
    with translation.override("uk"):
        assert FocusArea.objects.get(slug="norwegian").public_name in terms
    assert get(client, "services", lang="ar")["Content-Language"] == "ar"
    fallback = body(get(client, f"services/{hsds.object_id(plain_offer)}", lang="lt"))
    assert fallback["name"] == "Bare norsk"
