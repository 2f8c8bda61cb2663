"""Who a login attempt is for: the typed e-mail address, normalised one way for the login form
(so the right account logs in) and for django-axes' lockout (AXES_USERNAME_CALLABLE), so that
`LOCK1@x.no` and ` lock1@x.no` share one count of wrong passwords."""

from axes.models import AccessAttempt

# django-axes stores the name it counts in a column this long; a longer one would not fit.
STORED_LENGTH = AccessAttempt._meta.get_field("username").max_length


def normalise_login(value):
    """The e-mail address as typed, without surrounding spaces and in lower case (addresses
    log in in any case: User.objects.get_by_natural_key)."""
    return value.strip().lower()


def axes_username(request, credentials=None):
    """AXES_USERNAME_CALLABLE: the login name django-axes counts failures for."""
    if credentials:
        value = credentials.get("username")
    else:
        value = getattr(request, "POST", {}).get("username")
    if not isinstance(value, str):
        return value
    # The public login form refuses an over-long address; the admin's form does not, so cut
    # it here rather than fail storing it.
    return normalise_login(value)[:STORED_LENGTH]
