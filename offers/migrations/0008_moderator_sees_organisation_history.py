"""The project office also sees each organisation's history (actors.ActorEvent)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from actors.office import OFFICE_GROUP

PERMISSIONS = [("actors", "view_actorevent")]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("actors")
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
        ("offers", "0007_trigram_indexes"),
        ("actors", "0003_actor_events"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
