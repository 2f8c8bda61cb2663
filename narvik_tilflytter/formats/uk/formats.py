"""Ukrainian dates as Ukrainian public websites (gov.ua, Дія) write them: the day, the month in
the genitive and the year with «р.», «11 грудня 2026 р.», and a 24-hour clock with a colon,
«11:00». With the weekday: «п'ятниця, 11 грудня 2026 р., 11:00». Django's uk module supplies
the input formats and the number separators."""

# Format characters: https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
# «E» is the month in the genitive («грудня»), which a day number needs in Ukrainian; «F» is
# the nominative («грудень»), right only without a day («грудень 2026»). Django's own uk
# module has «d F» for the month and day, which reads «11 грудень»: not Ukrainian. «р.» needs
# no escaping (Cyrillic letters are not format characters). No leading zero before the day
# in words: «1 грудня», not «01 грудня».
DATE_FORMAT = "j E Y р."  # 11 грудня 2026 р.
TIME_FORMAT = "H:i"  # 11:00 (also alone, as the end of a range on the same day)
DATETIME_FORMAT = "j E Y р., H:i"  # 11 грудня 2026 р., 11:00
SHORT_DATE_FORMAT = "d.m.Y"  # 11.12.2026 (day.month.year, as in Ukraine and in Norway)
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"  # 11.12.2026, 11:00
YEAR_MONTH_FORMAT = "F Y"  # грудень 2026
MONTH_DAY_FORMAT = "j E"  # 11 грудня
FIRST_DAY_OF_WEEK = 1  # Monday, as in Ukraine and Norway

# Django's uk catalogue capitalises month and weekday names standing alone («Грудень 2026»,
# «П'ятниця, …»); the weekday opens the line on the offer's page, so that reads right.
WEEKDAY_DATETIME_FORMAT = "l, j E Y р., H:i"  # п'ятниця, 11 грудня 2026 р., 11:00
