"""The actor portal's offer pages. Every query is limited to the user's own organisations."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import date_format
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actors.access import (
    admin_actors,
    member_actors,
    pending_join_request_counts,
    portal_view,
)
from actors.models import Membership
from narvik_tilflytter import slugs
from narvik_tilflytter.errors import flash_error
from narvik_tilflytter.languages import MORE_LANGUAGES, own_name

from .. import changes, freshness, moderation
from ..forms import ExtendForm, OfferForm
from ..models import Feedback, ModerationEvent, Offer
from ..terms import TAG_MODELS

Status = Offer.Status


def _own_offers(user):
    """Offers of the user's organisations (not pending changes: those hang off their offer)."""
    return Offer.objects.filter(actor__in=member_actors(user), change_of__isnull=True)


def _get_own_offer(request, pk):
    return get_object_or_404(_own_offers(request.user).select_related("actor"), pk=pk)


def _save_new(offer, text, save=None):
    """Save the new `offer` with a free slug for `text`, even if another save takes it first."""
    return slugs.save_with_unique_slug(offer, text, "tilbud", save=save)


def _rejection_reasons(offers):
    """{(offer pk, is change): latest reason} for these offers, in one query."""
    reasons = {}
    events = ModerationEvent.objects.filter(
        offer__in=[offer.pk for offer in offers], to_status=Status.REJECTED
    ).order_by("at", "pk")
    for event in events:
        reasons[(event.offer_id, event.is_change)] = event.note
    return reasons


def _feedback_count():
    """How many newcomers have answered about an offer, as a subquery (no extra query)."""
    answers = (
        Feedback.objects.filter(offer=OuterRef("pk"))
        .order_by()
        .values("offer")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(answers, output_field=IntegerField()), 0)


@portal_view
def dashboard(request):
    memberships = list(
        Membership.objects.filter(user=request.user).select_related("actor").order_by("actor__name")
    )
    offers = list(
        _own_offers(request.user)
        .select_related("actor", "pending_change")
        .with_freshness()
        .annotate(feedback_count=_feedback_count())
        .order_by("-updated_at", "-pk")
    )
    reasons = _rejection_reasons(
        [offer for offer in offers if offer.status == Status.REJECTED]
        + [
            offer
            for offer in offers
            if offer.status == Status.PUBLISHED
            and getattr(offer, "pending_change", None)
            and offer.pending_change.status == Status.REJECTED
        ]
    )
    join_requests = pending_join_request_counts(request.user)
    extend_to = freshness.default_extension()
    sections = []
    for membership in memberships:
        actor = membership.actor
        own = [offer for offer in offers if offer.actor_id == actor.pk]
        attention = []
        for offer in own:
            change = getattr(offer, "pending_change", None)
            if offer.status == Status.REJECTED:
                attention.append((offer, "rejected", reasons.get((offer.pk, False), "")))
            if change is not None and change.status == Status.REJECTED:
                attention.append((offer, "change-rejected", reasons.get((offer.pk, True), "")))
            if change is not None and change.status == Status.PENDING:
                attention.append((offer, "change-pending", ""))
            if offer.is_expired:
                form = ExtendForm(offer=offer, initial={"valid_until": extend_to})
                attention.append((offer, "expired", form))
            if offer.is_expiring_soon:
                attention.append((offer, "expiring", ""))
            if offer.is_unconfirmed and not offer.is_expired:
                attention.append((offer, "unconfirmed", ""))
        # An expired offer is published but off the site: listed on its own, after Published.
        groups = []
        for status, label in Status.choices:
            in_status = [offer for offer in own if offer.status == status]
            groups.append((status, label, [o for o in in_status if not o.is_expired]))
            if status == Status.PUBLISHED:
                groups.append(("expired", _("Expired"), [o for o in in_status if o.is_expired]))
        is_admin = membership.role == Membership.Role.ADMIN
        sections.append(
            {
                "actor": actor,
                "is_admin": is_admin,
                "join_requests": join_requests.get(actor.pk, 0) if is_admin else 0,
                "attention": attention,
                "groups": groups,
                "total": len(own),
            }
        )
    own_requests = request.user.join_requests.select_related("actor") if not memberships else []
    return render(
        request,
        "portal/dashboard.html",
        {"sections": sections, "own_join_requests": own_requests},
    )


def _after_save(request, offer, action):
    """Where a saved offer form goes next, by the button the user pressed."""
    live = offer.live_offer()
    if action == "preview":
        return redirect("portal:offer_preview", pk=live.pk)
    if action == "submit":
        try:
            moderation.submit(offer, by=request.user)
        except moderation.ModerationError as error:
            flash_error(request, error)
            return redirect("portal:offer_edit", pk=live.pk)
        messages.success(
            request,
            _("Sent for review. The project office usually answers within a few working days."),
        )
        return redirect("portal:dashboard")
    messages.success(request, _("Saved."))
    return redirect("portal:offer_edit", pk=live.pk)


def _choose_actor(request):
    """The organisation a new offer belongs to: the user's only one, or the one in ?actor=."""
    actors = member_actors(request.user).order_by("name")
    slug = request.GET.get("actor")
    if slug:
        return get_object_or_404(actors, slug=slug), actors
    if len(actors) == 1:
        return actors[0], actors
    return None, actors


@portal_view
def offer_create(request):
    actor, actors = _choose_actor(request)
    if actor is None:
        if not actors:
            messages.info(request, _("Register your organisation, or ask to join one, first."))
            return redirect("portal:actor_add")
        return render(request, "portal/choose_actor.html", {"actors": actors})
    form = OfferForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            offer = form.save(commit=False)
            offer.actor = actor
            offer.status = Status.DRAFT
            offer.note_translation(form.changed_data)
            _save_new(offer, offer.title_nb)
            form.save_m2m()
        return _after_save(request, offer, request.POST.get("action"))
    return render(
        request,
        "portal/offer_form.html",
        {"form": form, "actor": actor, "offer": None},
        status=400 if form.errors else 200,
    )


@portal_view
def offer_edit(request, pk):
    offer = _get_own_offer(request, pk)
    target, initial = changes.working_copy(offer), None
    if target is None:
        # Editing a published offer starts a change, saved when the user saves.
        target, initial = changes.start(offer)
    if target.status not in {Status.DRAFT, Status.REJECTED}:
        return render(
            request,
            "portal/offer_locked.html",
            {"offer": offer, "target": target, "is_admin": _is_admin(request.user, offer)},
        )
    form = OfferForm(request.POST or None, instance=target, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            edited = form.save(commit=False)
            edited.note_translation(form.changed_data)
            if edited.pk is None:
                _save_new(edited, f"{offer.slug}-endring")
            else:
                edited.save()
            form.save_m2m()
        return _after_save(request, edited, request.POST.get("action"))
    return render(
        request,
        "portal/offer_form.html",
        {
            "form": form,
            "actor": offer.actor,
            "offer": offer,
            "is_change": offer.status == Status.PUBLISHED,
            "rejection_reason": target.rejection_reason() if target.pk else "",
            "english_outdated": target.translation_may_be_outdated("en"),
            "outdated_languages": [
                (code, own_name(code))
                for code in MORE_LANGUAGES
                if target.translation_may_be_outdated(code)
            ],
            "is_admin": _is_admin(request.user, offer),
        },
        status=400 if form.errors else 200,
    )


def _is_admin(user, offer):
    return admin_actors(user).filter(pk=offer.actor_id).exists()


@portal_view
def offer_preview(request, pk):
    offer = _get_own_offer(request, pk)
    shown = changes.working_copy(offer) or offer
    shown = Offer.objects.with_cards(tags=TAG_MODELS).get(pk=shown.pk)
    # Norwegian and English always; each other language the offer is written in.
    written = [
        (code, own_name(code), get_language_info(code)["bidi"])
        for code in MORE_LANGUAGES
        if any(getattr(shown, f"{field}_{code}") for field in Offer.TRANSLATED_FIELDS)
    ]
    return render(
        request,
        "portal/preview.html",
        {
            "offer": offer,
            "shown": shown,
            "more_languages": written,
            "is_admin": _is_admin(request.user, offer),
        },
    )


def _move(request, pk, move, success):
    offer = _get_own_offer(request, pk)
    target = changes.working_copy(offer)
    if target is None:
        messages.error(request, _("There is no change to this offer to do that with."))
        return redirect("portal:dashboard")
    try:
        move(target, by=request.user)
    except moderation.ModerationError as error:
        flash_error(request, error)
    else:
        messages.success(request, success)
    return redirect("portal:dashboard")


@require_POST
@portal_view
def offer_submit(request, pk):
    return _move(
        request,
        pk,
        moderation.submit,
        _("Sent for review. The project office usually answers within a few working days."),
    )


@require_POST
@portal_view
def offer_withdraw(request, pk):
    return _move(request, pk, moderation.withdraw, _("Withdrawn. It is a draft again."))


@require_POST
@portal_view
def offer_archive(request, pk):
    offer = get_object_or_404(
        Offer.objects.filter(actor__in=admin_actors(request.user), change_of__isnull=True), pk=pk
    )
    try:
        moderation.archive(offer, by=request.user)
    except moderation.ModerationError as error:
        flash_error(request, error)
    else:
        messages.success(request, _("Archived. The offer is no longer public."))
    return redirect("portal:dashboard")


@require_POST
@portal_view
def offer_duplicate(request, pk):
    offer = _get_own_offer(request, pk)
    source = changes.working_copy(offer) or offer
    title = _("%(title)s (copy)") % {"title": source.title_nb}
    copy = Offer(actor=offer.actor, status=Status.DRAFT)
    with transaction.atomic():
        _save_new(copy, title, save=lambda: changes.copy_content(source, copy, title_nb=title))
    messages.success(request, _("Copied. This is the new draft."))
    return redirect("portal:offer_edit", pk=copy.pk)


@require_POST
@portal_view
def change_discard(request, pk):
    offer = _get_own_offer(request, pk)
    change = getattr(offer, "pending_change", None)
    if not changes.can_discard(change):
        messages.error(request, _("There is no draft change to discard."))
    else:
        changes.discard(change, by=request.user)
        messages.success(request, _("The change was discarded. The published offer is as before."))
    return redirect("portal:dashboard")


@require_POST
@portal_view
def offer_confirm(request, pk):
    offer = _get_own_offer(request, pk)
    if offer.status != Status.PUBLISHED:
        messages.error(request, _("Only published offers can be confirmed."))
    else:
        freshness.confirm(offer, by=request.user)
        messages.success(request, _("Thank you! The offer is marked as current."))
    return redirect("portal:dashboard")


@require_POST
@portal_view
def offer_extend(request, pk):
    offer = _get_own_offer(request, pk)
    form = ExtendForm(request.POST, offer=offer)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect("portal:dashboard")
    try:
        freshness.extend(offer, by=request.user, until=form.cleaned_data["valid_until"])
    except ValidationError as error:
        flash_error(request, error)
    else:
        messages.success(
            request,
            _("Extended. The new end date is %(date)s.")
            % {"date": date_format(offer.valid_until, "DATE_FORMAT")},
        )
    return redirect("portal:dashboard")
