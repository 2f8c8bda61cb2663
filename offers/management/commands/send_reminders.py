from django.core.management.base import BaseCommand

from offers.freshness import send_reminders


class Command(BaseCommand):
    help = (
        "E-mail organisations about offers that leave the site within two weeks, and ask "
        "every six months whether a published offer is still current. Run it once a day."
    )

    def handle(self, *args, **options):
        counts = send_reminders()
        self.stdout.write(
            f"Expiry reminders: {counts['expiring']}. "
            f"Still-current questions: {counts['unconfirmed']}."
        )
