"""Open data: the public offers as Open Referral HSDS 3.0 objects (docs/open-data.md).

Plain functions from our models to the standard's dicts; the views (offers/views/hsds.py) choose
the rows (`Offer.objects.public()`, approved organisations only) and the language, so every
text here is read in the active language: bokmål, or English with `?lang=en` (modeltranslation
falls back to bokmål where the English is not written, as the site does).

Ids: HSDS wants a UUID string for every object. They are derived from the model and the primary
key (uuid5 in one fixed namespace), so an object's id never changes and needs no column. Never
change NAMESPACE: every system that has read the data keys on these ids.

What never appears: any non-public offer, an organisation's members or contact person, users'
e-mail addresses, feedback, recruitment needs, the organisation number. An organisation's own
e-mail, phone and website are shown as on its public page.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actors.models import Actor

from .models import FocusArea, Segment, TargetGroup

VERSION = "3.0"
NAMESPACE = uuid.UUID("7f3c1c9e-5a53-4a8e-9d42-6b1e2f0c4d17")


def hsds_id(*parts):
    """A stable UUID string for the parts (a kind and keys), the same on every call."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def object_id(obj):
    """The HSDS id of a model instance: from its model and primary key."""
    return hsds_id(obj._meta.label_lower, obj.pk)


def _datetime(value):
    return timezone.localtime(value).isoformat() if value else None


def _clean(data, *, keep=()):
    """Without empty optional fields: the schemas type them as strings, so null is invalid."""
    return {
        key: value
        for key, value in data.items()
        if key in keep or (value is not None and value != "")
    }


# The vocabularies: our taxonomy models, and the organisations' kinds (fixed in code).
@dataclass(frozen=True)
class Vocabulary:
    key: str
    name: str
    description: str
    link_type: str
    model: type | None = None

    @property
    def id(self):
        return hsds_id("taxonomy", self.key)


VOCABULARIES = (
    Vocabulary(
        "topics",
        gettext_lazy("Topics"),
        gettext_lazy("What an offer is about: the newcomer programme's focus areas."),
        "topic",
        FocusArea,
    ),
    Vocabulary(
        "target-groups",
        gettext_lazy("Target groups"),
        gettext_lazy("Which newcomers an offer is for, by where they come from."),
        "target_group",
        TargetGroup,
    ),
    Vocabulary(
        "segments",
        gettext_lazy("Segments"),
        gettext_lazy("Which newcomers an offer is for, by their stage in life."),
        "segment",
        Segment,
    ),
    Vocabulary(
        "organisation-kinds",
        gettext_lazy("Kinds of organisation"),
        gettext_lazy("What kind of organisation runs the offers."),
        "organization_kind",
    ),
)
VOCABULARY_OF_MODEL = {vocabulary.model: vocabulary for vocabulary in VOCABULARIES}
KINDS = VOCABULARIES[-1]


def taxonomy(vocabulary):
    return {
        "id": vocabulary.id,
        "name": str(vocabulary.name),
        "description": str(vocabulary.description),
    }


@dataclass(frozen=True)
class Term:
    """A taxonomy term: a row of a taxonomy model, or an organisation kind."""

    vocabulary: Vocabulary
    id: str
    code: str
    name: str
    description: str
    uri: str
    # When the project office last changed it in admin (None: never since it was made).
    changed_at: datetime | None = None


def with_admin_changes(queryset):
    """Terms annotated with `changed_at`: the time of their latest entry in Django's admin log,
    which records every addition and change made there (the only place terms are edited)."""
    content_type = ContentType.objects.get_for_model(queryset.model)
    latest = (
        LogEntry.objects.filter(
            content_type=content_type, object_id=Cast(OuterRef("pk"), CharField())
        )
        .order_by("-action_time")
        .values("action_time")[:1]
    )
    return queryset.annotate(changed_at=Subquery(latest))


def model_term(row, request):
    vocabulary = VOCABULARY_OF_MODEL[type(row)]
    parameter = {FocusArea: "focus", TargetGroup: "group", Segment: "segment"}[type(row)]
    explanation = row.public_explanation if isinstance(row, FocusArea) else ""
    return Term(
        vocabulary=vocabulary,
        id=object_id(row),
        code=row.slug,
        name=row.public_name,
        description=explanation,
        uri=request.build_absolute_uri(f"{reverse('offers:list')}?{parameter}={row.slug}"),
        changed_at=getattr(row, "changed_at", None),
    )


def kind_term(kind, request):
    kind = Actor.Kind(kind)
    return Term(
        vocabulary=KINDS,
        id=hsds_id("actors.actor.kind", kind.value),
        code=kind.value,
        name=str(kind.label),
        description="",
        uri=request.build_absolute_uri(f"{reverse('offers:list')}?actor_kind={kind.value}"),
    )


def all_terms(request):
    """Every taxonomy term, in vocabulary order (one query per taxonomy model)."""
    terms = []
    for vocabulary in VOCABULARIES:
        if vocabulary.model is None:
            terms += [kind_term(kind, request) for kind in Actor.Kind]
        else:
            rows = with_admin_changes(vocabulary.model.objects.order_by("order", "slug"))
            terms += [model_term(row, request) for row in rows]
    return terms


def taxonomy_term(term):
    return _clean(
        {
            "id": term.id,
            "code": term.code,
            "name": term.name,
            "description": term.description,
            "taxonomy": str(term.vocabulary.name),
            "taxonomy_detail": taxonomy(term.vocabulary),
            "language": translation.get_language(),
            "taxonomy_id": term.vocabulary.id,
            "term_uri": term.uri,
        },
        keep=("description",),
    )


def _attribute(owner_id, entity, term):
    return {
        "id": hsds_id("attribute", owner_id, term.id),
        "link_id": owner_id,
        "link_type": term.vocabulary.link_type,
        "link_entity": entity,
        "taxonomy_term_id": term.id,
        "taxonomy_term": taxonomy_term(term),
    }


def _phone(owner_key, owner_id, number):
    return {"id": hsds_id("phone", owner_id), owner_key: owner_id, "number": number}


def organization(actor, request, *, services=None):
    """An approved organisation, with what its public page shows. `services`, when given, are
    its public offers as service dicts (organizations/{id})."""
    actor_id = object_id(actor)
    data = _clean(
        {
            "id": actor_id,
            "name": actor.name,
            "description": actor.description or "",
            "email": actor.email,
            "website": actor.website,
            "uri": request.build_absolute_uri(actor.get_absolute_url()),
            "phones": [_phone("organization_id", actor_id, actor.phone)] if actor.phone else [],
            "attributes": [_attribute(actor_id, "organization", kind_term(actor.kind, request))],
        },
        keep=("description",),
    )
    if services is not None:
        data["services"] = services
    return data


def _description(offer):
    return "\n\n".join(part for part in (offer.summary, offer.description) if part)


def _application_process(offer):
    if not (offer.signup_url or offer.signup_email or offer.signup_phone):
        return _("No sign-up needed. Just come!")
    lines = []
    if offer.signup_url:
        website = _("Sign up on the organiser's website")
        lines.append(f"{website}: {offer.signup_url}")
    if offer.signup_email:
        lines.append(f"{_('E-mail:')} {offer.signup_email}")
    if offer.signup_phone:
        lines.append(f"{_('Phone:')} {offer.signup_phone}")
    return "\n".join(lines)


def _fees(offer):
    if offer.is_free:
        return _("Free")
    return offer.price or _("Ask the organiser")


def _eligibility(offer, groups):
    if not groups:
        return _("Everyone who has moved to Narvik.")
    return ", ".join(term.name for term in groups)


def _schedules(offer, service_id):
    """When the offer is valid and, for a dated event, when it happens (local time, with the
    UTC offset); the free-text time in `description`."""
    data = {
        "id": hsds_id("schedule", service_id),
        "service_id": service_id,
        "valid_from": offer.valid_from.isoformat() if offer.valid_from else None,
        "valid_to": offer.valid_until.isoformat() if offer.valid_until else None,
        "description": offer.schedule,
    }
    if offer.starts_at:
        starts = timezone.localtime(offer.starts_at)
        data["dtstart"] = starts.date().isoformat()
        data["timezone"] = starts.utcoffset().total_seconds() / 3600
        data["opens_at"] = starts.isoformat(timespec="minutes")[11:]
        if offer.ends_at:
            ends = timezone.localtime(offer.ends_at)
            data["until"] = ends.date().isoformat()
            data["closes_at"] = ends.isoformat(timespec="minutes")[11:]
    data = _clean(data)
    return [data] if len(data) > 2 else []


def has_location(offer):
    """Whether the offer says where it is held (its place or address)."""
    return bool(offer.place or offer.address)


def service_at_location(offer):
    """Where the offer is held, as the standard's link between a service and a location.

    Our place and address are free text, so the location has a name (the place, or the address
    when there is no place) and the address as its description, not the standard's structured
    address; its id is derived from the offer, one location per offer."""
    service_id = object_id(offer)
    location_id = hsds_id("location", service_id)
    name = offer.place or offer.address
    location = _clean(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": object_id(offer.actor),
            "name": name,
            "description": offer.address if offer.address != name else "",
        }
    )
    return {
        "id": hsds_id("service_at_location", service_id),
        "service_id": service_id,
        "location_id": location_id,
        "location": location,
    }


def service(offer, request, *, with_organization=True):
    """A public offer as an HSDS service. Its topics, target groups and segments are taxonomy
    terms in `attributes`; the languages it is given in are `languages`."""
    service_id = object_id(offer)
    groups = [model_term(row, request) for row in offer.target_groups.all()] + [
        model_term(row, request) for row in offer.segments.all()
    ]
    terms = [model_term(row, request) for row in offer.focus_areas.all()] + groups
    data = _clean(
        {
            "id": service_id,
            "organization_id": object_id(offer.actor),
            "name": offer.title,
            "description": _description(offer),
            "url": request.build_absolute_uri(offer.get_absolute_url()),
            "email": offer.signup_email,
            "status": "active",
            "application_process": _application_process(offer),
            "fees_description": _fees(offer),
            "eligibility_description": _eligibility(offer, groups),
            "assured_date": (
                timezone.localtime(offer.last_confirmed_at).date().isoformat()
                if offer.last_confirmed_at
                else None
            ),
            "last_modified": _datetime(offer.updated_at),
            "phones": (
                [_phone("service_id", service_id, offer.signup_phone)] if offer.signup_phone else []
            ),
            "schedules": _schedules(offer, service_id),
            "languages": [
                {
                    "id": hsds_id("language", service_id, language.code),
                    "service_id": service_id,
                    "name": language.name,
                    "code": language.code,
                }
                for language in offer.languages.all()
            ],
            "cost_options": (
                [
                    {
                        "id": hsds_id("cost_option", service_id),
                        "service_id": service_id,
                        "amount": 0,
                        "currency": "NOK",
                        "amount_description": _("Free"),
                    }
                ]
                if offer.is_free
                else []
            ),
            "service_at_locations": [service_at_location(offer)] if has_location(offer) else [],
            "attributes": [_attribute(service_id, "service", term) for term in terms],
        }
    )
    if with_organization:
        data["organization"] = organization(offer.actor, request)
    return data
