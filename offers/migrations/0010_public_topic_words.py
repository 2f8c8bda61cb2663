"""The topics in plain words for the public pages (issue 11, item 2): a name a newcomer
understands and a one-line explanation, in bokmål and English. The admin keeps the programme's
terms in `name`. The data itself is in offers/taxonomy.py (PLAIN_FOCUS_AREAS)."""

from django.db import migrations, models

from offers.taxonomy import seed_plain_words

PLAIN_NAME = {
    "default": "",
    "help_text": "Everyday words a newcomer understands. The admin keeps the name above.",
    "max_length": 100,
    "verbose_name": "name on the public pages",
}
EXPLANATION = {
    "default": "",
    "help_text": "One short line under the topic on the home page.",
    "max_length": 200,
    "verbose_name": "explanation",
}


class Migration(migrations.Migration):
    dependencies = [("offers", "0009_dates_in_range")]

    operations = [
        migrations.AddField(
            model_name="focusarea", name="plain_name", field=models.CharField(**PLAIN_NAME)
        ),
        migrations.AddField(
            model_name="focusarea",
            name="plain_name_nb",
            field=models.CharField(null=True, **PLAIN_NAME),
        ),
        migrations.AddField(
            model_name="focusarea",
            name="plain_name_en",
            field=models.CharField(null=True, **PLAIN_NAME),
        ),
        migrations.AddField(
            model_name="focusarea", name="explanation", field=models.CharField(**EXPLANATION)
        ),
        migrations.AddField(
            model_name="focusarea",
            name="explanation_nb",
            field=models.CharField(null=True, **EXPLANATION),
        ),
        migrations.AddField(
            model_name="focusarea",
            name="explanation_en",
            field=models.CharField(null=True, **EXPLANATION),
        ),
        migrations.RunPython(seed_plain_words, migrations.RunPython.noop),
    ]
