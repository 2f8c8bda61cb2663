"""The account pages: logging in, a person's own details, deleting the account, and passwords
(the reset e-mail in the person's language; a new password through the e-mailed link confirms
the address).
"""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter import mail
from narvik_tilflytter.languages import own_name

from .. import services
from ..login import normalise_login
from ..models import User


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
        # Each language in its own name, so a person finds theirs whatever the page's language.
        self.fields["language"].choices = [
            (code, own_name(code)) for code, _name in settings.LANGUAGES
        ]
        # includes/field.html marks each choice's label with its own `lang`.
        self.fields["language"].choices_in_own_language = True


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


class LoginForm(AuthenticationForm):
    """Django's login form, reading the address the way the lockout counts it (actors/login.py),
    and refusing one longer than an address can be before trying to log in with it."""

    def clean_username(self):
        username = normalise_login(self.cleaned_data["username"])
        if len(username) > self.fields["username"].max_length:
            raise forms.ValidationError(
                _("That is longer than an e-mail address can be. Check what you typed."),
                code="max_length",
            )
        return username


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
