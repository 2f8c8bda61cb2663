"""The offer lifecycle: every allowed move, every forbidden one, the audit rows and e-mails."""

import pytest
from django.core import mail

from actors.models import Membership
from offers import changes, moderation
from offers.models import ModerationEvent, Offer
from tests.factories import make_actor, make_member, make_moderator, make_offer

pytestmark = pytest.mark.django_db
Status = Offer.Status


@pytest.fixture
def people(actor):
    return {
        "admin": make_member(actor, role=Membership.Role.ADMIN, language="en"),
        "member": make_member(actor, language="nb"),
        "outsider": make_member(make_actor()),
        "moderator": make_moderator(language="nb"),
    }


@pytest.fixture
def draft(actor):
    return make_offer(actor=actor, status=Status.DRAFT, title="Skikurs", title_en="Ski course")


def events(offer):
    return list(
        ModerationEvent.objects.filter(offer=offer)
        .order_by("at", "pk")
        .values_list("from_status", "to_status", "is_change")
    )


def test_submit_moves_a_draft_to_pending_and_tells_the_office(
    draft, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.submit(draft, by=people["member"])
    draft.refresh_from_db()
    assert draft.status == Status.PENDING
    assert events(draft) == [("draft", "pending", False)]
    event = draft.events.get()
    assert event.by == people["member"]
    assert [message.to for message in mail.outbox] == [[people["moderator"].email]]
    assert "Skikurs" in mail.outbox[0].subject
    assert "venter" in mail.outbox[0].subject.lower() or "vurder" in mail.outbox[0].subject


def test_outsider_cannot_submit(draft, people):
    with pytest.raises(moderation.ModerationError):
        moderation.submit(draft, by=people["outsider"])
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_unapproved_organisation_cannot_submit(people):
    actor = make_actor(is_approved=False)
    member = make_member(actor)
    offer = make_offer(actor=actor, status=Status.DRAFT)
    with pytest.raises(moderation.ModerationError) as error:
        moderation.submit(offer, by=member)
    assert error.value.code == "actor-not-approved"
    assert not offer.events.exists()


def test_withdraw_returns_to_draft(draft, people):
    moderation.submit(draft, by=people["member"])
    moderation.withdraw(draft, by=people["member"])
    assert events(draft) == [("draft", "pending", False), ("pending", "draft", False)]


def test_approve_publishes_and_mails_members_in_their_language(
    draft, people, django_capture_on_commit_callbacks
):
    moderation.submit(draft, by=people["member"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(draft, by=people["moderator"])
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    assert draft.published_at is not None
    assert draft.last_confirmed_at is not None
    assert draft in Offer.objects.public()
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        people["admin"].email: "“Ski course” is published",
        people["member"].email: "«Skikurs» er publisert",
    }


def test_only_the_office_approves(draft, people):
    moderation.submit(draft, by=people["member"])
    with pytest.raises(moderation.ModerationError):
        moderation.approve(draft, by=people["admin"])


def test_reject_needs_a_reason_and_mails_it(draft, people, django_capture_on_commit_callbacks):
    moderation.submit(draft, by=people["member"])
    with pytest.raises(moderation.ModerationError):
        moderation.reject(draft, by=people["moderator"], reason="  ")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(draft, by=people["moderator"], reason="Legg til pris.")
    draft.refresh_from_db()
    assert draft.status == Status.REJECTED
    assert draft.rejection_reason() == "Legg til pris."
    assert all("Legg til pris." in message.body for message in mail.outbox)
    assert len(mail.outbox) == 2


def test_rejected_offer_can_be_sent_again(draft, people):
    moderation.submit(draft, by=people["member"])
    moderation.reject(draft, by=people["moderator"], reason="Mangler tid.")
    moderation.submit(draft, by=people["member"])
    assert draft.status == Status.PENDING


def test_archive_is_for_organisation_admins_and_the_office(people, actor):
    offer = make_offer(actor=actor)
    with pytest.raises(moderation.ModerationError):
        moderation.archive(offer, by=people["member"])
    moderation.archive(offer, by=people["admin"])
    assert offer.status == Status.ARCHIVED
    assert offer not in Offer.objects.public()
    other = make_offer(actor=actor)
    moderation.archive(other, by=people["moderator"])
    assert other.status == Status.ARCHIVED


@pytest.mark.parametrize(
    ("status", "move"),
    [
        (Status.PENDING, "submit"),
        (Status.PUBLISHED, "submit"),
        (Status.ARCHIVED, "submit"),
        (Status.DRAFT, "withdraw"),
        (Status.PUBLISHED, "withdraw"),
        (Status.DRAFT, "approve"),
        (Status.REJECTED, "approve"),
        (Status.PUBLISHED, "approve"),
        (Status.DRAFT, "reject"),
        (Status.PUBLISHED, "reject"),
        (Status.DRAFT, "archive"),
        (Status.PENDING, "archive"),
        (Status.ARCHIVED, "archive"),
    ],
)
def test_moves_the_lifecycle_does_not_allow(actor, people, status, move):
    offer = make_offer(actor=actor, status=status)
    by = people["moderator"] if move in {"approve", "reject", "archive"} else people["admin"]
    kwargs = {"reason": "Nei."} if move == "reject" else {}
    with pytest.raises(moderation.ModerationError):
        getattr(moderation, move)(offer, by=by, **kwargs)
    offer.refresh_from_db()
    assert offer.status == status
    assert not offer.events.exists()


def make_change(live, **content):
    change = Offer(actor=live.actor, change_of=live, status=Status.DRAFT, slug=f"{live.slug}-c")
    changes.copy_content(live, change, **content)
    return change


def test_approving_a_change_replaces_the_live_text(actor, people):
    live = make_offer(actor=actor, title="Gammel tittel", focus=("leisure",))
    change = make_change(live, title_nb="Ny tittel")
    change.focus_areas.set(live.focus_areas.model.objects.filter(slug="work"))
    moderation.submit(change, by=people["member"])
    live.refresh_from_db()
    assert live.title_nb == "Gammel tittel"
    assert live.status == Status.PUBLISHED
    moderation.approve(change, by=people["moderator"])
    live.refresh_from_db()
    assert live.title_nb == "Ny tittel"
    assert list(live.focus_areas.values_list("slug", flat=True)) == ["work"]
    assert live.status == Status.PUBLISHED
    assert not Offer.objects.filter(pk=change.pk).exists()
    assert events(live) == [("draft", "pending", True), ("pending", "published", True)]


def test_rejecting_a_change_keeps_the_live_offer(actor, people):
    live = make_offer(actor=actor, title="Gammel tittel")
    change = make_change(live, title_nb="Feil tittel")
    moderation.submit(change, by=people["member"])
    moderation.reject(change, by=people["moderator"], reason="Tittelen stemmer ikke.")
    live.refresh_from_db()
    assert live.title_nb == "Gammel tittel"
    assert live in Offer.objects.public()
    assert change.rejection_reason() == "Tittelen stemmer ikke."
    assert live.rejection_reason() == ""


def test_a_change_is_never_public(actor, people):
    live = make_offer(actor=actor)
    change = make_change(live, title_nb="Endret")
    moderation.submit(change, by=people["member"])
    assert list(Offer.objects.public()) == [live]


def test_archiving_drops_a_waiting_change(actor, people):
    live = make_offer(actor=actor)
    change = make_change(live, title_nb="Endret")
    moderation.submit(change, by=people["member"])
    moderation.archive(live, by=people["admin"])
    assert not Offer.objects.filter(pk=change.pk).exists()
