"""Small factory functions for the tests: each makes one saved object with sensible defaults.

Import them from here (`from tests.factories import make_offer`); the conftest files keep only
fixtures."""

import itertools
from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from actors.models import Actor, Membership, User
from actors.office import OFFICE_GROUP
from offers.models import FocusArea, Language, Offer, Segment, TargetGroup

# The password make_user gives everyone it makes.
PASSWORD = "a-long-test-password"

_numbers = itertools.count(1)


def make_actor(*, name=None, kind=Actor.Kind.VOLUNTARY, is_approved=True, **fields):
    number = next(_numbers)
    name = name or f"Organisation {number}"
    fields.setdefault("slug", f"organisation-{number}")
    return Actor.objects.create(name=name, kind=kind, is_approved=is_approved, **fields)


def make_offer(
    *,
    actor=None,
    status=Offer.Status.PUBLISHED,
    title=None,
    title_en=None,
    focus=("leisure",),
    groups=(),
    segments=(),
    languages=("nb",),
    published_days_ago=1,
    **fields,
):
    """An offer with nb and en text; pass title_en="" for a Norwegian-only offer."""
    number = next(_numbers)
    title = title or f"Tilbud {number}"
    fields.setdefault("slug", f"tilbud-{number}")
    fields.setdefault("summary_nb", f"Kort om tilbud {number}.")
    fields.setdefault("summary_en", "" if title_en == "" else f"About offer {number}.")
    fields.setdefault("description_en", "")
    if status == Offer.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - timedelta(days=published_days_ago))
    offer = Offer.objects.create(
        actor=actor or make_actor(),
        status=status,
        title_nb=title,
        title_en=f"Offer {number}" if title_en is None else title_en,
        **fields,
    )
    offer.focus_areas.set(FocusArea.objects.filter(slug__in=focus))
    offer.target_groups.set(TargetGroup.objects.filter(slug__in=groups))
    offer.segments.set(Segment.objects.filter(slug__in=segments))
    offer.languages.set(Language.objects.filter(code__in=languages))
    return offer


def make_user(*, email=None, language="nb", **fields):
    email = email or f"person{next(_numbers)}@example.org"
    fields.setdefault("email_verified_at", timezone.now())
    return User.objects.create_user(email, PASSWORD, language=language, **fields)


def make_member(actor, *, role=Membership.Role.MEMBER, **fields):
    user = make_user(**fields)
    Membership.objects.create(user=user, actor=actor, role=role)
    return user


def make_moderator(**fields):
    """Staff in the project office's group (the group a migration makes)."""
    user = make_user(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=OFFICE_GROUP))
    return user


def make_need(*, actor=None, field="Sveiser", count=5, **fields):
    """A recruitment need (actors.RecruitmentNeed), by default of a new business."""
    from actors.models import FieldCategory, NorwegianLevel, RecruitmentNeed

    fields.setdefault("field_category", FieldCategory.INDUSTRY)
    fields.setdefault("norwegian_level", NorwegianLevel.B1)
    fields.setdefault("starts_on", timezone.localdate() + timedelta(days=90))
    fields.setdefault("contact_name", "Kari Verksted")
    fields.setdefault("contact_email", "kari@verksted.example")
    return RecruitmentNeed.objects.create(
        actor=actor or make_actor(kind=Actor.Kind.BUSINESS), field=field, count=count, **fields
    )
