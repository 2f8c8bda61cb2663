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


# For data migrations: the office group's rights, given and taken back in one way. `apps` is the
# migration's historical registry; `permissions` are (app label, codename) pairs.


def grant_office_permissions(apps, permissions):
    """Give the office group these permissions (making the group and the permissions first:
    Django makes permissions only after all migrations have run)."""
    from django.contrib.auth.management import create_permissions

    for app_label in {app_label for app_label, _codename in permissions}:
        app_config = apps.get_app_config(app_label)
        # The migration state's app config stub lacks models_module, which
        # create_permissions() uses only to skip apps without models.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=OFFICE_GROUP)
    for app_label, codename in permissions:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def revoke_office_permissions(apps, permissions):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=OFFICE_GROUP):
        for app_label, codename in permissions:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
