"""Polish dates as Polish public websites write them: the day, the month in words in the genitive
and the year, «11 grudnia 2026»; a 24-hour clock with a colon and «godz.» before it,
«11 grudnia 2026, godz. 11:00», and the end of a range on the same day without it, «13:00».
All-number dates day first with full stops, «11.12.2026», as in Poland. Django's pl module
supplies the input formats, the separators and the rest."""

# Format characters: https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
# «E» is the month in the genitive («grudnia»), which Polish needs after a day; «F» the
# nominative («Grudzień»), for a month alone. «godz.» is escaped: g, o, d and z are format
# characters. Django's catalogue gives weekdays and months capitalised («Piątek»), which suits
# the weekday at the start of the date.
DATE_FORMAT = "j E Y"  # 11 grudnia 2026
TIME_FORMAT = "H:i"  # 11:00 (after «godz.» in DATETIME_FORMAT, or alone as the end of a range)
DATETIME_FORMAT = r"j E Y, \g\o\d\z. H:i"  # 11 grudnia 2026, godz. 11:00
SHORT_DATE_FORMAT = "d.m.Y"  # 11.12.2026
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"  # 11.12.2026, 11:00
YEAR_MONTH_FORMAT = "F Y"  # Grudzień 2026
MONTH_DAY_FORMAT = "j E"  # 11 grudnia
FIRST_DAY_OF_WEEK = 1  # Monday, as in Poland and Norway

WEEKDAY_DATETIME_FORMAT = r"l, j E Y, \g\o\d\z. H:i"  # Piątek, 11 grudnia 2026, godz. 11:00
