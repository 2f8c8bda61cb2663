"""The registration page's forms: the person, and a new organisation or a request to join one
(`Registration` holds them together). Also used when a logged-in person adds an organisation.

Every ModelForm lists its fields; approval, slug, roles and the organisation a form acts on are
never form fields: views and actors.services set them.
"""

from django import forms
from django.contrib.auth.forms import BaseUserCreationForm
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ..models import Actor, User
from .organisation import OrganisationNumberField, OrganisationNumberMixin

NEW, JOIN = "new", "join"


class RegistrationForm(BaseUserCreationForm):
    """The person: e-mail (their login), name, language and password."""

    class Meta:
        model = User
        fields = ["email", "full_name", "language"]
        labels = {
            "email": _("E-mail address"),
            "full_name": _("Your name"),
            "language": _("Which language should we write to you in?"),
        }
        help_texts = {
            "email": _("You log in with it, and we send a link to it to confirm it is yours."),
            "language": _("For e-mails from us. You can change it later."),
        }
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "language": forms.RadioSelect,
        }

    def __init__(self, *args, invitation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.invitation = invitation
        self.fields["full_name"].required = True
        if not self.is_bound and (get_language() or "") in dict(self.fields["language"].choices):
            self.initial["language"] = get_language()
        if invitation is not None:
            # The invitation link came to this address: it is the login, and cannot change.
            self.fields["email"].initial = invitation.email
            self.fields["email"].disabled = True
            self.fields["email"].help_text = _("The address the invitation was sent to.")

    def validate_unique(self):
        # As ModelForm's, but a typed address that exists is the view's to handle (see
        # clean_email), not a "already exists" error on the page.
        exclude = self._get_validation_exclusions()
        if self.invitation is None:
            exclude.add("email")
        try:
            self.instance.validate_unique(exclude=exclude)
        except forms.ValidationError as error:
            self._update_errors(error)

    def has_an_account(self):
        """After validation: the typed address already belongs to an account."""
        email = self.cleaned_data.get("email", "")
        return User.objects.filter(email__iexact=email).exists()

    def clean_email(self):
        """A typed address that has an account is not an error here: saying so would tell
        anyone which addresses are registered. The view mails the owner instead. Only an
        invitation's address (fixed, not typed) is refused, since its link was sent to it."""
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if self.invitation is not None and User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "There is already an account with this e-mail address. Log in, or reset "
                    "your password if you have forgotten it."
                ),
                code="unique",
            )
        return email


class ChoiceForm(forms.Form):
    """A new organisation, or a request to join one that is already registered."""

    choice = forms.ChoiceField(
        label=_("Your organisation"),
        choices=[
            (NEW, _("Register a new organisation")),
            (JOIN, _("Ask to join an organisation that is already registered")),
        ],
        initial=NEW,
        widget=forms.RadioSelect,
    )


class NewActorForm(OrganisationNumberMixin, forms.ModelForm):
    organisation_number = OrganisationNumberField()

    class Meta:
        model = Actor
        fields = ["name", "kind", "email", "phone", "website", "address", "organisation_number"]
        labels = {
            "name": _("Name of the organisation"),
            "kind": _("What kind of organisation is it?"),
            "email": _("Contact e-mail"),
            "phone": _("Contact phone"),
            "website": _("Website"),
            "address": _("Address"),
        }
        help_texts = {
            "email": _("Shown on the public page, for newcomers with questions."),
            "website": _("For example https://www.narvik-skiklubb.no"),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "email": forms.EmailInput(attrs={"autocomplete": "off"}),
            "phone": forms.TextInput(attrs={"type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The model allows a blank kind for nothing; without this Django adds a "---------".
        self.fields["kind"].choices = Actor.Kind.choices


class JoinForm(forms.Form):
    actor = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Actor.objects.none(),
        empty_label=_("Choose an organisation"),
        error_messages={
            "required": _("Choose the organisation you want to join."),
            "invalid_choice": _("Choose an organisation from the list."),
        },
    )
    message = forms.CharField(
        label=_("Message to the organisation (optional)"),
        help_text=_("For example what you do there, so they know who you are."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        actors = Actor.objects.public().order_by("name")
        if user is not None and user.pk:
            actors = actors.exclude(memberships__user=user)
        self.fields["actor"].queryset = actors


class Registration:
    """The forms of the registration page: the person (`account`), and either a new
    organisation (`actor`) or a request to join one (`join`), as `choice` says. With `user` (a
    logged-in person adding an organisation) there is no account part; with `invitation` there
    is only the account part.

    Only the part the person chose is validated; the other keeps what they typed, unvalidated,
    so nothing is lost and no error shows for a part they did not choose.
    """

    def __init__(self, data=None, *, user=None, invitation=None):
        self.invitation = invitation
        self.user = user
        self.choice = ChoiceForm(data, prefix="choice")
        self.actor = NewActorForm(data, prefix="org")
        self.join = JoinForm(data, prefix="join", user=user)
        self.account = RegistrationForm(data, invitation=invitation) if user is None else None

    @property
    def chose_new(self):
        return self.choice.cleaned_data["choice"] == NEW

    def is_valid(self):
        valid = self.account.is_valid() if self.account is not None else True
        if self.invitation is not None:
            return valid
        if not self.choice.is_valid():
            self._keep_unvalidated("actor", "join")
            return False
        if self.chose_new:
            self._keep_unvalidated("join")
            return self.actor.is_valid() and valid
        self._keep_unvalidated("actor")
        return self.join.is_valid() and valid

    def _keep_unvalidated(self, *names):
        for name in names:
            form = getattr(self, name)
            typed = {field.name: field.value() for field in form}
            kwargs = {"user": self.user} if name == "join" else {}
            setattr(self, name, type(form)(prefix=form.prefix, initial=typed, **kwargs))

    @property
    def has_errors(self):
        return any(form.is_bound and form.errors for form in self.all_forms)

    @property
    def all_forms(self):
        forms_ = [self.account] if self.account is not None else []
        if self.invitation is None:
            forms_ += [self.choice, self.actor, self.join]
        return forms_
