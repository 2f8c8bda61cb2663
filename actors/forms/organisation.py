"""The portal's organisation pages: the profile its admins edit, inviting people, and roles.

Every ModelForm lists its fields; approval, slug and roles are never form fields: views and
actors.services set them.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.languages import MORE_LANGUAGES

from ..models import Actor, Membership


class OrganisationNumberField(forms.CharField):
    """Nine digits; spaces people type ("123 456 785") are taken out."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Organisation number"))
        kwargs.setdefault(
            "help_text",
            _("Nine digits from the Brønnøysund Register Centre. Leave empty for informal groups."),
        )
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric"}))
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return "".join(value.split()) if value else value


class OrganisationNumberMixin:
    def clean_organisation_number(self):
        number = self.cleaned_data.get("organisation_number", "")
        if number:
            taken = Actor.objects.filter(organisation_number=number)
            if self.instance.pk:
                taken = taken.exclude(pk=self.instance.pk)
            if taken.exists():
                raise forms.ValidationError(
                    _(
                        "An organisation with this number is already registered. Ask to join "
                        "it instead."
                    ),
                    code="taken",
                )
        return number


class ActorProfileForm(OrganisationNumberMixin, forms.ModelForm):
    """What an organisation's admins edit. Name, kind and approval are the project office's."""

    organisation_number = OrganisationNumberField()

    class Meta:
        model = Actor
        fields = [
            "description_nb",
            "description_en",
            *(f"description_{code}" for code in MORE_LANGUAGES),
            "email",
            "phone",
            "website",
            "address",
            "organisation_number",
        ]
        labels = {
            "description_nb": _("Description in Norwegian"),
            "description_en": _("Description in English"),
            **{
                f"description_{code}": name
                for code, name in settings.LANGUAGES
                if code in MORE_LANGUAGES
            },
            "email": _("Contact e-mail"),
            "phone": _("Contact phone"),
            "website": _("Website"),
            "address": _("Address"),
        }
        help_texts = {
            "description_nb": _("What the organisation does, in a few sentences."),
            "description_en": _("Leave empty to show the Norwegian text on the English pages."),
            "email": _("Shown on the public page, for newcomers with questions."),
        }
        widgets = {
            "description_nb": forms.Textarea(attrs={"rows": 6, "lang": "nb"}),
            "description_en": forms.Textarea(attrs={"rows": 6, "lang": "en"}),
            **{
                f"description_{code}": forms.Textarea(
                    attrs={"rows": 6, "lang": code, "dir": "auto"}
                )
                for code in MORE_LANGUAGES
            },
            "phone": forms.TextInput(attrs={"type": "tel"}),
        }

    def language_folds(self):
        """The descriptions in the other languages, each folded away on the form."""
        return [self[f"description_{code}"] for code in MORE_LANGUAGES]


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Your colleague's e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Membership.Role.choices,
        initial=Membership.Role.MEMBER,
        widget=forms.RadioSelect,
        help_text=_(
            "Administrators manage members, edit the profile, and archive offers. Members write "
            "offers and send them for review."
        ),
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)
