"""English dates for readers from anywhere: day, month, year in that order, in words, and a
24-hour clock, as in Norway: «11 December 2026», «11:00», «Friday 11 December 2026, 11:00».
Not Django's American defaults («Dec. 11, 2026», «11 a.m.»), and no all-number dates, which a
reader used to month/day would misread. Django's en module supplies the input formats."""

# Format characters: https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
DATE_FORMAT = "j F Y"  # 11 December 2026
TIME_FORMAT = "H:i"  # 11:00
DATETIME_FORMAT = "j F Y, H:i"  # 11 December 2026, 11:00
SHORT_DATE_FORMAT = "j M Y"  # 11 Dec 2026
SHORT_DATETIME_FORMAT = "j M Y, H:i"  # 11 Dec 2026, 11:00
YEAR_MONTH_FORMAT = "F Y"  # December 2026
MONTH_DAY_FORMAT = "j F"  # 11 December
FIRST_DAY_OF_WEEK = 1  # Monday, as in Norway

WEEKDAY_DATETIME_FORMAT = "l j F Y, H:i"  # Friday 11 December 2026, 11:00
