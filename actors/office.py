"""The project office: who they are, defined once.

The office is the people in the Moderator group who may log in to the admin (active staff). A
migration makes the group and gives it its rights; e-mail to the office, the right to moderate
and the portal's "use the admin instead" page all ask this module.
"""

from django.contrib.auth import get_user_model

# The name of the auth group a migration makes for the project office. Migrations, seed_demo and
# the tests import it from here.
OFFICE_GROUP = "Moderator"


def office_users():
    """The project office: active staff in the office group."""
    return get_user_model().objects.filter(is_active=True, is_staff=True, groups__name=OFFICE_GROUP)


def is_office(user):
    """True when `user` works in the project office (and so moderates, in the admin)."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.groups.filter(name=OFFICE_GROUP).exists()
