"""What newcomers said about an organisation's own offers, and its public answers.

The figures follow offers.feedback's rule (shown from MIN_ANSWERS answers, as on the public
page, so an organisation with few participants cannot tell who answered what); the comments are
those the project office approved. Every query is limited to the user's own organisations."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actors.access import member_actors, portal_view

from .. import feedback as figures
from ..models import Feedback, Offer
from ..public_forms import COMMENT_MAX


class ReplyForm(forms.Form):
    feedback = forms.IntegerField(widget=forms.HiddenInput)
    reply = forms.CharField(
        label=gettext_lazy("Your answer"),
        max_length=COMMENT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Shown under the comment on the offer's page, with your organisation's name. "
            "Leave it empty to remove your answer."
        ),
    )


@portal_view
def offer_feedback(request, pk):
    offer = get_object_or_404(
        Offer.objects.filter(
            actor__in=member_actors(request.user), change_of__isnull=True
        ).select_related("actor"),
        pk=pk,
    )
    comments = list(figures.shown_comments(offer))
    failed = None
    if request.method == "POST":
        form = ReplyForm(request.POST)
        item = None
        if form.is_valid():
            item = next((c for c in comments if c.pk == form.cleaned_data["feedback"]), None)
            if item is None:
                form.add_error(None, _("That comment is not shown on this offer any more."))
        if item is not None:
            item.reply = form.cleaned_data["reply"].strip()
            item.replied_on = timezone.localdate() if item.reply else None
            item.save(update_fields=["reply", "replied_on"])
            messages.success(
                request,
                _("Your answer is on the offer's page.")
                if item.reply
                else _("Your answer is removed."),
            )
            return redirect("portal:offer_feedback", pk=offer.pk)
        failed = form
    rows = []
    for item in comments:
        if failed is not None and failed.data.get("feedback") == str(item.pk):
            rows.append((item, failed))
        else:
            rows.append(
                (item, ReplyForm(initial={"feedback": item.pk, "reply": item.reply}, prefix=None))
            )
    context = {
        "offer": offer,
        "figures": figures.figures_for(offer),
        "min_answers": figures.MIN_ANSWERS,
        "rows": rows,
        "form_errors": failed.non_field_errors() if failed is not None else [],
        "waiting": Feedback.objects.filter(
            offer=offer, comment_status=Feedback.CommentStatus.PENDING
        ).count(),
    }
    return render(
        request, "portal/offer_feedback.html", context, status=400 if failed is not None else 200
    )
