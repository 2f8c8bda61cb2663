"""The project office's group: what it needs for daily moderation, and no more."""

from django.db import migrations

from actors.office import OFFICE_GROUP, grant_office_permissions

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
    grant_office_permissions(
        apps,
        [
            (app_label, f"{action}_{model}")
            for app_label, models in PERMISSIONS.items()
            for model, actions in models.items()
            for action in actions
        ],
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
