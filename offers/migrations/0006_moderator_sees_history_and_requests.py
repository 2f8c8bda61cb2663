"""The Moderator group also sees the moderation history, join requests and invitations."""

from django.db import migrations

from actors.office import grant_office_permissions, revoke_office_permissions

PERMISSIONS = [
    ("offers", "view_moderationevent"),
    ("actors", "view_joinrequest"),
    ("actors", "view_invitation"),
]


def grant(apps, schema_editor):
    grant_office_permissions(apps, PERMISSIONS)


def revoke(apps, schema_editor):
    revoke_office_permissions(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0005_moderation_and_freshness"),
        ("actors", "0002_email_verification_join_requests_invitations"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
