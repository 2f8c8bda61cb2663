"""The Moderator group also sees the moderation history, join requests and invitations."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from actors.office import OFFICE_GROUP

PERMISSIONS = [
    ("offers", "view_moderationevent"),
    ("actors", "view_joinrequest"),
    ("actors", "view_invitation"),
]


def grant(apps, schema_editor):
    for app_label in {app for app, _codename in PERMISSIONS}:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True  # see 0004
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=OFFICE_GROUP)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=OFFICE_GROUP):
        for app_label, codename in PERMISSIONS:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0005_moderation_and_freshness"),
        ("actors", "0002_email_verification_join_requests_invitations"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
