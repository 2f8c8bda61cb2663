"""The site's date and time formats, one module per interface language (FORMAT_MODULE_PATH).

Templates and Python name a format (`|date:"DATE_FORMAT"`, `date_format(value)`); the words
and punctuation are here, so each language writes dates the way its readers expect. Django's
own module for the language still answers for anything a module here leaves out.

Beside Django's names, every module defines the project's own:

- WEEKDAY_DATETIME_FORMAT: an event's start with its weekday, on the offer's own page.

Django's `get_format` returns an unknown name unchanged, and `|date` would then format the
name's letters, so every language in LANGUAGES needs a module here that defines every name in
PROJECT_FORMATS (tests/test_dates_per_language.py checks it)."""

PROJECT_FORMATS = ("WEEKDAY_DATETIME_FORMAT",)
