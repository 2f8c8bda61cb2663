"""The project office also sees each organisation's history (actors.ActorEvent)."""

from django.db import migrations

from actors.office import grant_office_permissions, revoke_office_permissions

PERMISSIONS = [("actors", "view_actorevent")]


def grant(apps, schema_editor):
    grant_office_permissions(apps, PERMISSIONS)


def revoke(apps, schema_editor):
    revoke_office_permissions(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0007_trigram_indexes"),
        ("actors", "0003_actor_events"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
