"""The portal's recruitment need form. The organisation, the dates it was confirmed, reminded
and closed are never form fields: the view and actors.needs set them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.validators import date_input_limits, validate_not_in_the_past

from ..models import RecruitmentNeed


class NeedForm(forms.ModelForm):
    class Meta:
        model = RecruitmentNeed
        fields = list(RecruitmentNeed.FORM_FIELDS)
        widgets = {
            "count": forms.NumberInput(attrs={"min": 1, "max": 9999, "inputmode": "numeric"}),
            # As offers.forms.DateInput (actors does not import offers): ISO, the site's range.
            "starts_on": forms.DateInput(
                format="%Y-%m-%d", attrs={"type": "date", **date_input_limits()}
            ),
            "norwegian_level": forms.RadioSelect,
            "certificates": forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "work email"}),
            "contact_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "work tel"}),
        }
        labels = {
            "field": _("Occupation or field"),
            "field_category": _("Kind of work"),
            "count": _("How many people?"),
            "starts_on": _("From when?"),
            "norwegian_level": _("How much Norwegian is needed?"),
            "hires_learners": _("We would hire someone who is still learning Norwegian"),
            "certificates": _("Certificates and other requirements"),
            "driving_licence": _("Driving licence"),
            "contact_name": _("Contact person"),
            "contact_email": _("E-mail"),
            "contact_phone": _("Phone"),
        }
        help_texts = {
            "field_category": _("Used to add up needs across employers."),
            "starts_on": _(
                "The first day you need them. If you only know the month, choose its first day."
            ),
            "norwegian_level": _(
                "The levels of the Common European Framework. B1: can talk about everyday "
                "things and work, and write simple texts."
            ),
            "contact_name": _(
                "Who at your organisation the project office can contact about this need."
            ),
            # The label says it all; the form's checkbox shows no help text.
            "hires_learners": "",
        }

    def clean_starts_on(self):
        starts_on = self.cleaned_data["starts_on"]
        # A date already saved may pass; a new or changed one is today or later.
        if "starts_on" in self.changed_data:
            validate_not_in_the_past(starts_on)
        return starts_on
