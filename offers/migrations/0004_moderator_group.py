"""The project office's group: what it needs for daily moderation, and no more."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from actors.office import OFFICE_GROUP

PERMISSIONS = {
    "offers": {
        "offer": ["view", "change"],
        "focusarea": ["view", "add", "change"],
        "targetgroup": ["view", "add", "change"],
        "segment": ["view", "add", "change"],
        "language": ["view", "add", "change"],
    },
    "actors": {
        "actor": ["view", "change"],
        "membership": ["view"],
        "user": ["view"],
    },
}


def create_group(apps, schema_editor):
    # Permissions are normally made after migrations; make them now so the group can hold them.
    for app_label in PERMISSIONS:
        app_config = apps.get_app_config(app_label)
        # The migration state's app config stub lacks models_module, which
        # create_permissions() uses only to skip apps without models.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=OFFICE_GROUP)
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            for action in actions:
                group.permissions.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=OFFICE_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0003_search_indexes"),
        ("actors", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
