"""Bokmål dates as Språkrådet recommends: «11. desember 2026», the time with a full stop and
«kl.» before it, «kl. 11.00», and the end of a range on the same day without it, «13.00».
Django's nb module supplies the input formats and the rest."""

# Format characters: https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
# «kl.» is escaped: «l» is the weekday. Month and weekday names come from Django's catalogue
# in lower case («desember», «fredag»), as Norwegian writes them.
DATE_FORMAT = "j. F Y"  # 11. desember 2026
TIME_FORMAT = "H.i"  # 11.00 (after «kl.» in DATETIME_FORMAT, or alone as the end of a range)
DATETIME_FORMAT = r"j. F Y \k\l. H.i"  # 11. desember 2026 kl. 11.00
SHORT_DATE_FORMAT = "d.m.Y"  # 11.12.2026
SHORT_DATETIME_FORMAT = r"d.m.Y \k\l. H.i"  # 11.12.2026 kl. 11.00
YEAR_MONTH_FORMAT = "F Y"  # desember 2026
MONTH_DAY_FORMAT = "j. F"  # 11. desember

WEEKDAY_DATETIME_FORMAT = r"l j. F Y \k\l. H.i"  # fredag 11. desember 2026 kl. 11.00
