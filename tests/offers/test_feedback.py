"""Newcomers' feedback on an offer (issue 9, item 1): anonymous, no cookie, guarded without
one, figures shown only from MIN_ANSWERS answers, comments only once the office approves them,
and the organisation's answers."""

import pytest
from django.db import models
from django.urls import reverse

from narvik_tilflytter import guard
from offers.feedback import MIN_ANSWERS, Figures
from offers.models import Feedback, Offer, TargetGroup, UnmetNeed, ZeroResultSearch
from tests.factories import make_actor, make_member, make_moderator, make_offer
from tests.helpers import en, guard_token
from tests.offers.conftest import NOW

pytestmark = pytest.mark.django_db

Used = Feedback.Used
Status = Feedback.CommentStatus


def token(purpose="feedback", *, shown=NOW - 30):
    return guard_token(purpose, shown=shown)


def answers(**fields):
    """A post of the feedback form, shown half a minute ago."""
    return {"started": token(), "website": "", "used": "yes", "quality": "4", "ease": "5", **fields}


def feedback_url(offer, language="en"):
    return (
        en("offers:feedback", offer.slug)
        if language == "en"
        else reverse("offers:feedback", args=[offer.slug])
    )


# What the models hold: nothing about the person


PERSONAL = (models.GenericIPAddressField, models.EmailField)


@pytest.mark.parametrize("model", [Feedback, UnmetNeed, ZeroResultSearch])
def test_no_personal_data_on_the_newcomers_models(model):
    from django.contrib.auth import get_user_model

    for field in model._meta.get_fields():
        assert not isinstance(field, PERSONAL), field
        assert getattr(field, "related_model", None) is not get_user_model(), field
        assert not any(
            word in field.name for word in ("ip", "agent", "user", "email", "session", "address")
        ), field
    # The day, never the time: a timestamp could be matched with a server log.
    assert not any(isinstance(f, models.DateTimeField) for f in model._meta.get_fields())


# Sending feedback


def test_feedback_is_saved_anonymously_and_sets_no_cookie(client, clock):
    offer = make_offer(groups=("refugees",))
    page = client.get(offer.get_absolute_url())
    assert page.status_code == 200
    assert not page.cookies
    assert 'name="started"' in page.content.decode()

    response = client.post(
        feedback_url(offer),
        answers(comment="Fine course, but the room was cold.", who="group:refugees"),
    )
    assert response.status_code == 302
    assert response.url == f"{en('offers:detail', offer.slug)}?feedback=thanks#feedback"
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    saved = Feedback.objects.get()
    assert (saved.offer, saved.used, saved.quality, saved.ease) == (offer, Used.YES, 4, 5)
    assert saved.language == "en"
    assert saved.target_group == TargetGroup.objects.get(slug="refugees")
    assert saved.comment_status == Status.PENDING

    thanks = client.get(response.url)
    assert "Thank you! Your answers help" in thanks.content.decode()
    assert not thanks.cookies


def test_only_someone_who_used_it_rates_how_good_it_was(client, clock):
    offer = make_offer()
    client.post(feedback_url(offer), answers(used="tried", quality="1", ease="1"))
    saved = Feedback.objects.get()
    assert (saved.used, saved.quality, saved.ease) == (Used.TRIED, None, 1)


def test_the_first_question_is_needed_and_the_answers_are_kept(client, clock):
    offer = make_offer()
    response = client.post(feedback_url(offer), answers(used="", comment="Kept text"))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Choose one answer: did you use the offer?" in body
    assert "Kept text" in body
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "tamper, message",
    [
        ({"website": "http://spam.example"}, "empty, and send again"),
        ({"shown": NOW - 1}, "quicker than a person can answer"),
        ({"shown": NOW - guard.MAX_SECONDS - 1}, "open for more than 4 hours"),
        ({"started": "forged:token"}, "The form had expired"),
        ({"purpose": "unmet-need"}, "The form had expired"),
    ],
    ids=["honeypot", "too-fast", "too-old", "forged", "other-form"],
)
def test_suspicious_posts_are_refused_with_the_answers_kept(client, clock, tamper, message):
    offer = make_offer()
    tamper = dict(tamper)
    data = answers(comment="My honest words")
    data["started"] = token(tamper.pop("purpose", "feedback"), shown=tamper.pop("shown", NOW - 30))
    data.update(tamper)
    response = client.post(feedback_url(offer), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert "My honest words" in body
    assert response.context["form"]["used"].value() == "yes"
    assert not Feedback.objects.exists()
    assert not response.cookies
    # The form comes back with a fresh token: sending again a little later works.
    fresh = response.context["form"].data["started"]
    assert fresh != data["started"]
    clock.now = NOW + 10
    again = client.post(feedback_url(offer), {**data, "started": fresh, "website": ""})
    assert again.status_code == 302
    assert Feedback.objects.count() == 1


def test_a_replayed_post_is_refused(client, clock):
    offer = make_offer()
    data = answers(comment="Once")
    assert client.post(feedback_url(offer), data).status_code == 302
    replay = client.post(feedback_url(offer), data)
    assert replay.status_code == 400
    assert "These answers have already been sent" in replay.content.decode()
    assert Feedback.objects.count() == 1


def test_feedback_is_rate_limited(client, clock):
    from narvik_tilflytter.ratelimit import FEEDBACK_LIMIT

    offer = make_offer()
    for _ in range(FEEDBACK_LIMIT.requests):
        assert client.post(feedback_url(offer), answers()).status_code == 302
    response = client.post(feedback_url(offer), answers())
    assert response.status_code == 429
    assert Feedback.objects.count() == FEEDBACK_LIMIT.requests


def test_no_feedback_on_an_offer_the_public_may_not_see(client, clock):
    draft = make_offer(status=Offer.Status.DRAFT)
    unapproved = make_offer(actor=make_actor(is_approved=False))
    for offer in (draft, unapproved):
        assert client.post(feedback_url(offer), answers()).status_code == 404
        assert client.get(feedback_url(offer)).status_code == 404
    assert not Feedback.objects.exists()


def test_the_feedback_page_in_norwegian(client, clock):
    offer = make_offer()
    response = client.get(feedback_url(offer, "nb"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Har du brukt dette tilbudet?" in body
    assert not response.cookies


# What the public sees


def add_feedback(offer, count, **fields):
    for _ in range(count):
        Feedback.objects.create(offer=offer, language="nb", **{"used": Used.YES, **fields})


def test_figures_are_hidden_under_five_answers_and_shown_from_five(client):
    offer = make_offer()
    add_feedback(offer, MIN_ANSWERS - 1, quality=2, ease=3)
    body = client.get(en("offers:detail", offer.slug)).content.decode()
    assert "once at least 5 people have answered" in body
    assert "of 5 on average" not in body

    add_feedback(offer, 1, quality=5, ease=3)
    body = client.get(en("offers:detail", offer.slug)).content.decode()
    assert "5 people have answered" in body
    assert "How good: 2.6 of 5 on average" in body
    assert "How easy to get in touch: 3.0 of 5 on average" in body
    assert "5 of 5 who tried to use it got in" in body


def test_each_figure_needs_five_answers_behind_it():
    offer = make_offer()
    add_feedback(offer, 3, quality=5)
    add_feedback(offer, 3, used=Used.NO, ease=1)
    figures = Figures.of(Feedback.objects.filter(offer=offer))
    assert figures.shown  # six answers
    assert figures.quality is None  # only three rated how good
    assert figures.ease is None  # only three rated getting in touch
    assert figures.got_in is None  # only three tried


def test_averages_follow_the_language(client):
    offer = make_offer()
    add_feedback(offer, 2, quality=4)
    add_feedback(offer, 3, quality=5)
    body = client.get(offer.get_absolute_url()).content.decode()
    assert "4,6" in body


def test_comments_are_hidden_until_the_office_approves_them(client):
    offer = make_offer()
    pending = Feedback.objects.create(
        offer=offer, used=Used.YES, comment="Waiting words", language="en"
    )
    hidden = Feedback.objects.create(
        offer=offer, used=Used.YES, comment="Hidden words", language="en"
    )
    page = client.get(en("offers:detail", offer.slug)).content.decode()
    assert "Waiting words" not in page and "Hidden words" not in page

    staff = make_moderator()
    client.force_login(staff)
    changelist = reverse("admin:offers_feedback_changelist")
    client.post(changelist, {"action": "approve_comments", "_selected_action": [pending.pk]})
    client.post(changelist, {"action": "hide_comments", "_selected_action": [hidden.pk]})
    client.logout()

    page = client.get(en("offers:detail", offer.slug)).content.decode()
    assert "Waiting words" in page
    assert "Hidden words" not in page


def test_the_office_may_delete_a_comment_and_keep_the_ratings(client):
    offer = make_offer()
    item = Feedback.objects.create(
        offer=offer, used=Used.YES, quality=4, comment="Call me on 99999999", language="nb"
    )
    client.force_login(make_moderator())
    client.post(
        reverse("admin:offers_feedback_changelist"),
        {"action": "delete_comment_text", "_selected_action": [item.pk]},
    )
    item.refresh_from_db()
    assert (item.comment, item.comment_status, item.quality) == ("", Status.NONE, 4)


# The organisation's view and answer


def test_the_organisation_reads_its_feedback_and_answers_publicly(client):
    offer = make_offer(title="Språkkafé")
    member = make_member(offer.actor)
    shown = Feedback.objects.create(
        offer=offer, used=Used.YES, comment="More evenings, please", language="en"
    )
    shown.comment_status = Status.APPROVED
    shown.save()
    Feedback.objects.create(offer=offer, used=Used.YES, comment="Not read yet", language="en")
    client.force_login(member)
    url = en("portal:offer_feedback", offer.pk)
    page = client.get(url)
    body = page.content.decode()
    assert "More evenings, please" in body
    assert "Not read yet" not in body
    assert "1 comment waits for the project office" in body

    response = client.post(url, {"feedback": shown.pk, "reply": "We now meet on Thursdays too."})
    assert response.status_code == 302
    shown.refresh_from_db()
    assert shown.reply == "We now meet on Thursdays too."
    assert shown.replied_on is not None
    client.logout()
    public = client.get(en("offers:detail", offer.slug)).content.decode()
    assert "We now meet on Thursdays too." in public
    assert f"Answer from {offer.actor.name}" in public


def test_an_organisation_cannot_answer_a_comment_not_shown_or_not_its_own(client):
    offer = make_offer()
    other = make_offer()
    pending = Feedback.objects.create(offer=offer, used=Used.YES, comment="x", language="nb")
    theirs = Feedback.objects.create(offer=other, used=Used.YES, comment="y", language="nb")
    theirs.comment_status = Status.APPROVED
    theirs.save()
    client.force_login(make_member(offer.actor))
    url = en("portal:offer_feedback", offer.pk)
    for item in (pending, theirs):
        response = client.post(url, {"feedback": item.pk, "reply": "Typed answer"})
        assert response.status_code == 400
        assert "That comment is not shown on this offer any more." in response.content.decode()
    # Another organisation's offer page is not found at all.
    assert client.post(en("portal:offer_feedback", other.pk), {}).status_code == 404
    assert not Feedback.objects.exclude(reply="").exists()


def test_the_organisation_sees_figures_only_from_five_answers(client):
    offer = make_offer()
    add_feedback(offer, 2, quality=1)
    client.force_login(make_member(offer.actor))
    body = client.get(en("portal:offer_feedback", offer.pk)).content.decode()
    assert "2 people have answered so far." in body
    assert "of 5 on average" not in body


@pytest.mark.parametrize(
    "language, words",
    [("en", "We do not store your name, e-mail address, IP address"), ("nb", "Vi lagrer ikke")],
)
def test_the_privacy_statement_says_what_feedback_stores(client, language, words):
    url = en("privacy") if language == "en" else reverse("privacy")
    if language == "nb":
        from django.utils import translation

        with translation.override("nb"):
            url = reverse("privacy")
    body = client.get(url).content.decode()
    assert 'id="feedback"' in body
    assert words in body
    assert f" {MIN_ANSWERS} " in body


def test_the_rating_words_follow_the_page_language(client):
    offer = make_offer()
    client.get(offer.get_absolute_url())  # a Norwegian page first
    body = client.get(en("offers:detail", offer.slug)).content.decode()
    assert "1 – poor" in body and "5 – very easy" in body
    assert "dårlig" not in body


def test_the_dashboard_says_how_many_have_answered_about_each_offer(client):
    offer = make_offer()
    quiet = make_offer(actor=offer.actor)
    add_feedback(offer, 3)
    client.force_login(make_member(offer.actor))
    body = client.get(en("portal:dashboard")).content.decode()
    feedback_link = en("portal:offer_feedback", offer.pk)
    assert f'<a href="{feedback_link}">What newcomers said</a> (3 answers)' in body
    quiet_link = en("portal:offer_feedback", quiet.pk)
    assert f'<a href="{quiet_link}">What newcomers said</a> (' not in body
