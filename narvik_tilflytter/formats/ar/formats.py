"""Arabic dates for readers from many Arabic-speaking countries: day, month in words, year, as
Arabic news and government sites write them, «11 ديسمبر 2026», and a 24-hour clock as in Norway
(the times on the site are Norwegian times, and «ص/م» would add a second thing to read):
«الجمعة 11 ديسمبر 2026، الساعة 11:00». The month names are Django's Arabic catalogue's
(ديسمبر, the names used in Egypt, the Gulf and North Africa and understood everywhere).
Numbers stay Western digits (0-9), as on the rest of the site and in the offers' own text.
No all-number dates: d/m/Y inside right-to-left text is easily misread. Django's ar module
supplies the input formats and the separators."""

# Format characters: https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
# Arabic letters are not format characters, so «الساعة» needs no escaping; «،» is the Arabic comma.
DATE_FORMAT = "j F Y"  # 11 ديسمبر 2026
TIME_FORMAT = "H:i"  # 11:00
DATETIME_FORMAT = "j F Y، الساعة H:i"  # 11 ديسمبر 2026، الساعة 11:00
SHORT_DATE_FORMAT = "j F Y"  # 11 ديسمبر 2026 (Arabic has no short month names)
SHORT_DATETIME_FORMAT = "j F Y، H:i"  # 11 ديسمبر 2026، 11:00
YEAR_MONTH_FORMAT = "F Y"  # ديسمبر 2026
MONTH_DAY_FORMAT = "j F"  # 11 ديسمبر
FIRST_DAY_OF_WEEK = 1  # Monday, as in Norway (the calendars on the site follow Norway's week)

WEEKDAY_DATETIME_FORMAT = "l j F Y، الساعة H:i"  # الجمعة 11 ديسمبر 2026، الساعة 11:00
