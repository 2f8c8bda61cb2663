from django.core.management.base import BaseCommand

from actors.needs import send_need_reminders
from offers.freshness import send_reminders


class Command(BaseCommand):
    help = (
        "E-mail organisations about offers that leave the site within two weeks, and ask "
        "every six months whether a published offer is still current, and every three months "
        "whether a recruitment need still stands. Run it once a day."
    )

    def handle(self, *args, **options):
        counts = send_reminders()
        needs = send_need_reminders()
        self.stdout.write(
            f"Expiry reminders: {counts['expiring']}. "
            f"Still-current questions: {counts['unconfirmed']}. "
            f"Recruitment needs asked about: {needs}."
        )
