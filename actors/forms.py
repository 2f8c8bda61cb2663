"""Forms for registration, organisation profiles, memberships and accounts.

Every ModelForm lists its fields; approval, slug, roles and the organisation a form acts on are
never form fields: views and actors.services set them.
"""

from django import forms
from django.contrib.auth.forms import BaseUserCreationForm, PasswordResetForm, SetPasswordForm
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter import mail

from . import services
from .models import Actor, Membership, User

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
        self.fields["full_name"].required = True
        if not self.is_bound and (get_language() or "") in dict(self.fields["language"].choices):
            self.initial["language"] = get_language()
        if invitation is not None:
            # The invitation link came to this address: it is the login, and cannot change.
            self.fields["email"].initial = invitation.email
            self.fields["email"].disabled = True
            self.fields["email"].help_text = _("The address the invitation was sent to.")

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if User.objects.filter(email__iexact=email).exists():
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


class ActorProfileForm(OrganisationNumberMixin, forms.ModelForm):
    """What an organisation's admins edit. Name, kind and approval are the project office's."""

    organisation_number = OrganisationNumberField()

    class Meta:
        model = Actor
        fields = [
            "description_nb",
            "description_en",
            "email",
            "phone",
            "website",
            "address",
            "organisation_number",
        ]
        labels = {
            "description_nb": _("Description in Norwegian"),
            "description_en": _("Description in English"),
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
            "phone": forms.TextInput(attrs={"type": "tel"}),
        }


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


class AccountForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "language"]
        labels = {
            "full_name": _("Your name"),
            "language": _("Which language should we write to you in?"),
        }
        help_texts = {"language": _("For e-mails from us.")}
        widgets = {"language": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].required = True


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your password. Try again."), code="password_incorrect"
            )
        return password


class LocalizedPasswordResetForm(PasswordResetForm):
    """Django's reset form, sending its e-mail in the person's own language (mail.py)."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        mail.send_to_user(
            context["user"],
            "email/actors/password_reset",
            {"uid": context["uid"], "token": context["token"]},
        )


class ConfirmingSetPasswordForm(SetPasswordForm):
    """Setting a new password through the e-mailed link also shows the address is theirs."""

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            services.confirm_email(user)
        return user
