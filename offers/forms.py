from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.languages import MORE_LANGUAGES, own_name
from narvik_tilflytter.validators import (
    date_input_limits,
    validate_date_in_range,
    validate_not_in_the_past,
)

from .models import Offer

LANGUAGES = settings.MODELTRANSLATION_LANGUAGES
TEXTS = {code: tuple(f"{field}_{code}" for field in Offer.TRANSLATED_FIELDS) for code in LANGUAGES}
NB, EN = TEXTS["nb"], TEXTS["en"]
TAGS = Offer.TAG_FIELDS
# The price is asked once: free, or costs money and then what it costs (in Norwegian and
# English there; in the other languages in their folds).
PRICE = ("is_free", "price_nb", "price_en")
PRICES = tuple(f"price_{code}" for code in LANGUAGES)
FACTS = ("place", "address", "starts_at", "ends_at")
SIGNUP = ("signup_url", "signup_email", "signup_phone")
VALIDITY = ("valid_from", "valid_until")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)
        self.attrs = {**date_input_limits(), **self.attrs}


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)
        self.attrs = {**date_input_limits(with_time=True), **self.attrs}


class OfferDateRules:
    """How an offer's dates fit together, in every form that edits them (the portal's and the
    admin's). The range anyone may type is the model fields' validator
    (narvik_tilflytter.validators), which every ModelForm runs."""

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if ends and not starts:
            self.add_error("starts_at", _("Give a start time when you give an end time."))
        elif starts and ends and ends < starts:
            self.add_error("ends_at", _("The end must be after the start."))
        valid_from, valid_until = data.get("valid_from"), data.get("valid_until")
        if valid_from and valid_until and valid_until < valid_from:
            self.add_error("valid_until", _("This date must be after “valid from”."))
        # Only when someone sets it: an offer whose stored date has passed can still be edited.
        elif "valid_until" in self.changed_data:
            try:
                validate_not_in_the_past(valid_until)
            except forms.ValidationError as error:
                self.add_error("valid_until", error)
        return data


class OfferAdminForm(OfferDateRules, forms.ModelForm):
    """The project office's offer form. The admin chooses its fields."""


class OfferForm(OfferDateRules, forms.ModelForm):
    """What an organisation writes. Status, organisation and slug are set by the view."""

    class Meta:
        model = Offer
        fields = [*(name for code in LANGUAGES for name in TEXTS[code]), "is_free"]
        fields += [*TAGS, *FACTS, *SIGNUP, *VALIDITY]
        widgets = {
            **{
                f"summary_{code}": forms.Textarea(attrs={"rows": 2, "maxlength": 300})
                for code in LANGUAGES
            },
            **{f"description_{code}": forms.Textarea(attrs={"rows": 8}) for code in LANGUAGES},
            "focus_areas": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "segments": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "starts_at": DateTimeInput(),
            "ends_at": DateTimeInput(),
            "valid_from": DateInput(),
            "valid_until": DateInput(),
            "signup_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        }
        labels = {
            "title_nb": _("Title"),
            "summary_nb": _("Short summary"),
            "description_nb": _("Description"),
            "price_nb": _("What does it cost?"),
            "schedule_nb": _("When"),
            "title_en": _("Title"),
            "summary_en": _("Short summary"),
            "description_en": _("Description"),
            "price_en": _("What does it cost? In English (optional)"),
            "schedule_en": _("When"),
            **{
                name: label
                for code in MORE_LANGUAGES
                for name, label in zip(
                    TEXTS[code],
                    (
                        _("Title"),
                        _("Short summary"),
                        _("Description"),
                        _("What does it cost? (only if it costs money)"),
                        _("When"),
                    ),
                    strict=True,
                )
            },
            "focus_areas": _("Topics"),
            "target_groups": _("Who is the offer for?"),
            "segments": _("Life situation"),
            "languages": _("Languages the offer is given in"),
            "starts_at": _("Starts (for a single event)"),
            "ends_at": _("Ends"),
        }
        help_texts = {
            "summary_nb": _("One or two sentences, shown in lists. At most 300 characters."),
            "summary_en": _("One or two sentences, shown in lists. At most 300 characters."),
            "price_nb": _("For example “200 kr per semester”."),
            "price_en": _("For example “NOK 200 per term”."),
            "schedule_nb": _("For example “Tuesdays 18–20, September to May”."),
            "schedule_en": _("For example “Tuesdays 6–8 pm, September to May”."),
            "target_groups": _(
                "Choose only the groups the offer is really meant for. Ticking every group "
                "helps nobody: a newcomer who chooses their group would see every offer. "
                "Leave all empty if the offer is for everyone."
            ),
            "segments": _("Leave all empty if the offer is for everyone."),
            "valid_until": _("The offer leaves the public pages by itself after this day."),
        }

    FREE, COSTS = "free", "costs"
    # The stored fact stays Offer.is_free; the form asks it as a choice of two.
    is_free = forms.TypedChoiceField(
        label=_("Price"),
        choices=[(FREE, _("Free")), (COSTS, _("Costs money"))],
        coerce=lambda value: value == OfferForm.FREE,
        widget=forms.RadioSelect,
    )

    language_sections = (
        ("nb", _("In Norwegian (required)"), NB),
        ("en", _("In English (optional — Norwegian is shown where English is missing)"), EN),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title_nb", "summary_nb"):
            self.fields[name].required = True
        for name in TAGS:
            self.fields[name].queryset = self.fields[name].queryset.order_by("order")
        for code, names in TEXTS.items():
            for name in names:
                self.fields[name].widget.attrs["lang"] = code
                if get_language_info(code)["bidi"]:
                    self.fields[name].widget.attrs["dir"] = "rtl"
        # A saved offer (or a change to a published one) shows its answer; a new offer has none
        # until the writer chooses.
        if self.instance.pk or self.instance.change_of_id:
            self.initial["is_free"] = self.FREE if self.instance.is_free else self.COSTS
        else:
            self.initial.pop("is_free", None)

    def sections(self):
        """The form's fields grouped as the template shows them: (legend, fields, folds), where
        folds are the other languages' (code, own name, fields, open), each open when it holds
        text or an error."""
        return [
            (title, [self[name] for name in names if name not in PRICE], [])
            for _code, title, names in self.language_sections
        ] + [
            (_("In more languages (optional)"), [], self.language_folds()),
            (_("Who and what"), [self[name] for name in TAGS], []),
            (_("Price"), [self[name] for name in PRICE], []),
            (_("Place and time"), [self[name] for name in FACTS], []),
            (_("How to sign up"), [self[name] for name in SIGNUP], []),
            (_("How long the offer is valid"), [self[name] for name in VALIDITY], []),
        ]

    def language_folds(self):
        folds = []
        for code in MORE_LANGUAGES:
            fields = [self[name] for name in TEXTS[code]]
            is_open = any(field.value() or field.errors for field in fields)
            folds.append((code, own_name(code), fields, is_open))
        return folds

    def clean(self):
        data = super().clean()
        if "is_free" not in data:
            return data
        if data["is_free"]:
            # The price fields are hidden for a free offer: what they still hold is not kept.
            for name in PRICES:
                data[name] = ""
        elif not data.get("price_nb"):
            self.add_error("price_nb", _("Write what the offer costs, or choose “Free”."))
        return data


class ExtendForm(forms.Form):
    """A published offer's new last valid day, from the portal's dashboard. The range anyone may
    type is narvik_tilflytter.validators; the service (freshness.extend) refuses a past date and
    runs the offer's own validation; this adds the date rule the offer form has."""

    valid_until = forms.DateField(
        label=_("New end date"),
        widget=DateInput(),
        validators=[validate_date_in_range, validate_not_in_the_past],
    )

    def __init__(self, *args, offer, **kwargs):
        self.offer = offer
        super().__init__(*args, auto_id=f"extend-{offer.pk}-%s", **kwargs)

    def clean_valid_until(self):
        value = self.cleaned_data["valid_until"]
        if self.offer.valid_from and value < self.offer.valid_from:
            raise forms.ValidationError(_("This date must be after “valid from”."))
        return value
