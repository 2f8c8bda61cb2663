from django.core.management.base import BaseCommand

from offers.alerts import DIGEST_DAYS, send_digests
from offers.terms import versioned


class Command(BaseCommand):
    help = (
        f"E-mail each confirmed e-mail alert the new public offers matching it, once every "
        f"{DIGEST_DAYS} days, and delete alerts never confirmed or not renewed. Run it once a "
        f"day: an alert that had its digest is skipped, and no offer is sent twice."
    )

    def handle(self, *args, **options):
        # The public version read once for the run (the cached taxonomy, offers/terms.py).
        with versioned():
            counts = send_digests()
        self.stdout.write(f"Digests sent: {counts['sent']}. Alerts deleted: {counts['deleted']}.")
