"""Lithuanian dates as the State Commission of the Lithuanian Language (VLKK) recommends and
public websites (e.g. lrv.lt, savivaldybės) write them: the year first, the month in the genitive
and the day with «d.»: «2026 m. gruodžio 11 d.», a 24-hour clock with a colon, «11:00», and for
an event the weekday before the date: «Penktadienis, 2026 m. gruodžio 11 d., 11:00».
Short dates are ISO, as Lithuania writes them: «2026-12-11». Django's lt module supplies the
input formats and the rest."""

# Format characters: https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date
# «m.» and «d.» are escaped: «m» is the month number and «d» the day. «E» is the month in the
# genitive («gruodžio»), which a date with a day needs; «F» is the nominative («gruodis»), which
# a month and year alone take. Django's lt catalogue capitalises the weekday («Penktadienis»),
# which is right only at the start, so the weekday comes first (the value stands alone on the
# offer's page); after the date Lithuanian would write it in lower case.
DATE_FORMAT = r"Y \m. E j \d."  # 2026 m. gruodžio 11 d.
TIME_FORMAT = "H:i"  # 11:00
DATETIME_FORMAT = r"Y \m. E j \d., H:i"  # 2026 m. gruodžio 11 d., 11:00
SHORT_DATE_FORMAT = "Y-m-d"  # 2026-12-11
SHORT_DATETIME_FORMAT = "Y-m-d H:i"  # 2026-12-11 11:00
YEAR_MONTH_FORMAT = r"Y \m. F"  # 2026 m. gruodis
MONTH_DAY_FORMAT = r"E j \d."  # gruodžio 11 d.
FIRST_DAY_OF_WEEK = 1  # Monday

WEEKDAY_DATETIME_FORMAT = r"l, Y \m. E j \d., H:i"  # Penktadienis, 2026 m. gruodžio 11 d., 11:00
