"""What raises the public version (offers.PublicVersion), so no cached page outlives a change
to what the public sees:
- saving a published offer, changing its tags, or deleting any offer;
- every move in an offer's life (a ModerationEvent: approve, archive, withdraw, …), which
  covers an offer that leaves the public pages (its new status is no longer published);
- saving or deleting an organisation or a taxonomy term;
- a newcomer's feedback, once it changes the offer's page: figures show from MIN_ANSWERS
  answers, comments once approved (`feedback_saved`; with a shared cache only that offer's
  page is made again, narvik_tilflytter.pagecache.forget_paths).
Drafts and offers waiting for review change nothing the public sees, so writing them (the
portal, imports) raises nothing. Bulk updates that bypass signals raise it themselves (the
admin's feedback actions). Validity dates need nothing: the page cache's key holds the day.
Connected in offers.apps."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation


def public_changed(sender, **kwargs):
    from .models import PublicVersion

    if kwargs.get("raw"):  # loading fixtures
        return
    PublicVersion.raise_()


def terms_changed(sender, **kwargs):
    from .models import PublicVersion

    if kwargs.get("raw"):
        return
    PublicVersion.raise_(terms=True)


def feedback_saved(sender, instance, created, **kwargs):
    """A new answer changes the offer's page only once its figures show (MIN_ANSWERS answers
    or more; a new comment waits for the office's approval): the many first answers to an
    offer keep every cached page. Any other change to feedback (approving, hiding, answering a
    comment) raises the version."""
    from .feedback import MIN_ANSWERS
    from .models import Feedback, PublicVersion

    if kwargs.get("raw"):
        return
    unseen = created and instance.comment_status != Feedback.CommentStatus.APPROVED
    if unseen and Feedback.objects.filter(offer_id=instance.offer_id).count() < MIN_ANSWERS:
        return
    if PublicVersion.in_cache():
        # Feedback shows on the offer's own page only: with a shared cache, only that page is
        # made again (in every language), not the whole site.
        from narvik_tilflytter.pagecache import forget_paths

        paths = offer_paths(instance.offer)
        transaction.on_commit(lambda: forget_paths(paths))
    else:
        PublicVersion.raise_()


def offer_paths(offer):
    """The paths of the offer's page, in every language of the site."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(offer.get_absolute_url())
    return paths


def offer_saved(sender, instance, **kwargs):
    if instance.status == instance.Status.PUBLISHED and not kwargs.get("raw"):
        public_changed(sender, **kwargs)


def tags_changed(sender, instance, action, **kwargs):
    from .models import Offer

    if not action.startswith("post_"):
        return
    if not isinstance(instance, Offer) or instance.status == Offer.Status.PUBLISHED:
        public_changed(sender, **kwargs)


def connect():
    from actors.models import Actor

    from .models import (
        Feedback,
        FocusArea,
        Language,
        ModerationEvent,
        Offer,
        Segment,
        TargetGroup,
    )

    post_save.connect(offer_saved, sender=Offer, dispatch_uid="public-save-offer")
    post_delete.connect(public_changed, sender=Offer, dispatch_uid="public-delete-offer")
    post_save.connect(public_changed, sender=ModerationEvent, dispatch_uid="public-move")
    post_save.connect(public_changed, sender=Actor, dispatch_uid="public-save-actor")
    post_delete.connect(public_changed, sender=Actor, dispatch_uid="public-delete-actor")
    post_save.connect(feedback_saved, sender=Feedback, dispatch_uid="public-save-feedback")
    post_delete.connect(public_changed, sender=Feedback, dispatch_uid="public-delete-feedback")
    for model in (FocusArea, TargetGroup, Segment, Language):
        post_save.connect(terms_changed, sender=model, dispatch_uid=f"terms-save-{model}")
        post_delete.connect(terms_changed, sender=model, dispatch_uid=f"terms-del-{model}")
    for field in Offer.TAG_FIELDS:
        through = getattr(Offer, field).through
        m2m_changed.connect(tags_changed, sender=through, dispatch_uid=f"public-m2m-{field}")
