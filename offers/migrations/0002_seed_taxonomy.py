"""The taxonomy of DESIGN.md: stable slugs with their bokmål and English names.

The data itself is in offers/taxonomy.py, where seed_demo and the tests read it too.
"""

from django.db import migrations

from offers.taxonomy import seed_names


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]

    operations = [migrations.RunPython(seed_names, migrations.RunPython.noop)]
