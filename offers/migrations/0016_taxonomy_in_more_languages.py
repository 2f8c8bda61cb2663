"""The taxonomy's names and the topics' plain words in Ukrainian, Polish, Lithuanian and Arabic
(issue 12). The data itself is in offers/taxonomy_translations.py."""

from django.db import migrations

from offers.taxonomy import seed_translations


class Migration(migrations.Migration):
    dependencies = [("offers", "0015_more_languages")]

    operations = [migrations.RunPython(seed_translations, migrations.RunPython.noop)]
