"""The forms anyone may send without an account: feedback on an offer and "didn't find what
you need?". Both are guarded without a cookie (narvik_tilflytter/guard.py) and store nothing
about the person (DESIGN.md)."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.guard import GuardedForm

from . import terms
from .models import Feedback, UnmetNeed

COMMENT_MAX = 1000


def who_choices():
    """ "I am …": every target group and segment, as "group:<slug>" / "segment:<slug>" (from
    the cached taxonomy, offers/terms.py: no query)."""
    known = terms.terms()
    groups = [(f"group:{g.slug}", g.name) for g in known.target_groups]
    segments = [(f"segment:{s.slug}", s.name) for s in known.segments]
    return [("", _("I would rather not say")), *groups, *segments]


class WhoField(forms.ChoiceField):
    """The optional "I am …" of both forms, cleaned to (target group, segment)."""

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def load_choices(self):
        """Read the terms once per form (callable choices would be read at every use)."""
        self.choices = who_choices()

    def to_terms(self, value):
        kind, _sep, slug = (value or "").partition(":")
        known = terms.terms()
        if kind == "group":
            return next((g for g in known.target_groups if g.slug == slug), None), None
        if kind == "segment":
            return None, next((s for s in known.segments if s.slug == slug), None)
        return None, None


class RatingField(forms.TypedChoiceField):
    """1 to 5, the ends named in words. The choices are made when shown, in the page's
    language (a list made at import would keep the language of the first request)."""

    def __init__(self, *, low, high, **kwargs):
        def choices():
            return [
                ("1", _("1 – %(word)s") % {"word": low}),
                ("2", "2"),
                ("3", "3"),
                ("4", "4"),
                ("5", _("5 – %(word)s") % {"word": high}),
            ]

        super().__init__(
            choices=choices,
            coerce=int,
            empty_value=None,
            required=False,
            widget=forms.RadioSelect(attrs={"class": "rating"}),
            **kwargs,
        )


class FeedbackForm(GuardedForm, forms.ModelForm):
    purpose = "feedback"

    used = forms.ChoiceField(
        label=_("Did you use this offer?"),
        choices=Feedback.Used.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one answer: did you use the offer?")},
    )
    quality = RatingField(
        label=_("How good was it?"),
        low=_("poor"),
        high=_("very good"),
        help_text=_("Only if you used it."),
    )
    ease = RatingField(
        label=_("How easy was it to get in touch?"),
        low=_("very hard"),
        high=_("very easy"),
    )
    comment = forms.CharField(
        label=_("Anything else you want to tell us? (optional)"),
        required=False,
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Please do not write names, phone numbers or other personal details. We read "
            "comments before they are shown on this page."
        ),
    )
    who = WhoField(label=_("I am … (optional)"))

    class Meta:
        model = Feedback
        fields = ["used", "quality", "ease", "comment"]

    def __init__(self, *args, offer, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.offer = offer
        self.fields["who"].load_choices()

    def save(self, commit=True):
        feedback = self.instance
        feedback.target_group, feedback.segment = self.fields["who"].to_terms(
            self.cleaned_data.get("who")
        )
        # Only someone who used the offer can say how good it was.
        if feedback.used != Feedback.Used.YES:
            feedback.quality = None
        feedback.language = get_language()
        return super().save(commit=commit)


class UnmetNeedForm(GuardedForm, forms.ModelForm):
    purpose = "unmet-need"

    text = forms.CharField(
        label=_("What were you looking for?"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Please do not write names, phone numbers or other personal details."),
        error_messages={"required": _("Write a few words about what you were looking for.")},
    )
    who = WhoField(label=_("I am … (optional)"))
    focus_area = terms.TermChoiceField(
        label=_("Topic (optional)"), tag_field="focus_areas", empty_label=_("Any topic")
    )
    offer_language = terms.TermChoiceField(
        label=_("In which language? (optional)"),
        tag_field="languages",
        key="code",
        empty_label=_("Any language"),
    )

    class Meta:
        model = UnmetNeed
        fields = ["text", "focus_area", "offer_language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["who"].load_choices()

    def save(self, commit=True):
        need = self.instance
        need.target_group, need.segment = self.fields["who"].to_terms(self.cleaned_data.get("who"))
        need.language = get_language()
        return super().save(commit=commit)


def unmet_need_initial(filter_data):
    """What the list's filters already say, to fill in "didn't find what you need?"."""
    initial = {}
    if (filter_data.get("q") or "").strip():
        initial["text"] = filter_data["q"].strip()
    groups, segments = filter_data.get("group") or (), filter_data.get("segment") or ()
    if len(groups) == 1 and not segments:
        initial["who"] = f"group:{groups[0].slug}"
    elif len(segments) == 1 and not groups:
        initial["who"] = f"segment:{segments[0].slug}"
    if len(filter_data.get("focus") or ()) == 1:
        initial["focus_area"] = filter_data["focus"][0].slug
    if len(filter_data.get("language") or ()) == 1:
        initial["offer_language"] = filter_data["language"][0].code
    return initial
