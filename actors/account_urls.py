"""Log in, log out and passwords: Django's own views, with our templates.

Password reset e-mails go out in each person's own language (LocalizedPasswordResetForm), and
setting a new password through the e-mailed link also confirms the address. Logging in and
asking for a reset are rate limited per client address (narvik_tilflytter/ratelimit.py), on top
of django-axes' lockout per e-mail address.
"""

from django.contrib.auth import views as auth_views
from django.urls import path
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.ratelimit import LOGIN_LIMIT, PASSWORD_RESET_LIMIT, rate_limited

from .forms.account import ConfirmingSetPasswordForm, LocalizedPasswordResetForm, LoginForm

urlpatterns = [
    path(
        _("login/"),
        rate_limited(LOGIN_LIMIT)(auth_views.LoginView.as_view(form_class=LoginForm)),
        name="login",
    ),
    path(_("logout/"), auth_views.LogoutView.as_view(), name="logout"),
    path(
        _("password/change/"),
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        _("password/change/done/"),
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        _("password/reset/"),
        rate_limited(PASSWORD_RESET_LIMIT)(
            auth_views.PasswordResetView.as_view(form_class=LocalizedPasswordResetForm)
        ),
        name="password_reset",
    ),
    path(
        _("password/reset/sent/"),
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        _("password/reset/<uidb64>/<token>/"),
        auth_views.PasswordResetConfirmView.as_view(form_class=ConfirmingSetPasswordForm),
        name="password_reset_confirm",
    ),
    path(
        _("password/reset/done/"),
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
