"""The taxonomy's names in the four newer page languages: Ukrainian, Polish, Lithuanian, Arabic.

Plain data beside offers/taxonomy.py, which has the bokmål and English names; its seed reads
these for the uk, pl, lt and ar fields. Keys are the same slugs and codes as there.

How they are written:
- FocusArea names are the programme's formal terms (the admin's); PLAIN_FOCUS_AREAS are the
  everyday words newcomers read on the public pages, each language in its own way rather than
  word for word from English.
- Language names are as CLDR writes them in a list of languages: lower case in Ukrainian,
  Polish and Lithuanian (Lithuanian in the short genitive, "anglų", as in "Kalbos: anglų,
  rusų"), the article form in Arabic ("الإنجليزية"). Polish Northern Sami is "północnosaamski",
  not CLDR's older "północnolapoński".
- The forms of address follow the site's catalogues (locale/): Ukrainian "ви", Polish "ty",
  Lithuanian "jūs", Arabic the masculine singular. Narvik is «Нарвік», "Narvik", "Narvikas",
  "نارفيك". Arabic is Modern Standard Arabic without vowel marks, so search finds it as typed.
"""

# (table name as in taxonomy.TABLES, slug or code) -> {language: name}
NAMES = {
    "FocusArea": {
        "communication": {
            "uk": "Інформація та комунікація",
            "pl": "Informacja i komunikacja",
            "lt": "Informacija ir komunikacija",
            "ar": "المعلومات والتواصل",
        },
        "norwegian": {
            "uk": "Навчання норвезької мови",
            "pl": "Nauka języka norweskiego",
            "lt": "Norvegų kalbos mokymas",
            "ar": "تعليم اللغة النرويجية",
        },
        "education": {
            "uk": "Освіта",
            "pl": "Edukacja",
            "lt": "Švietimas",
            "ar": "التعليم",
        },
        "work": {
            "uk": "Робота та підбір працівників",
            "pl": "Praca i rekrutacja",
            "lt": "Darbas ir darbuotojų atranka",
            "ar": "العمل والتوظيف",
        },
        "housing": {
            "uk": "Житло та умови життя",
            "pl": "Mieszkanie i warunki życia",
            "lt": "Būstas ir gyvenimo sąlygos",
            "ar": "السكن وظروف المعيشة",
        },
        "leisure": {
            "uk": "Дозвілля та волонтерство",
            "pl": "Czas wolny i wolontariat",
            "lt": "Laisvalaikis ir savanorystė",
            "ar": "أوقات الفراغ والعمل التطوعي",
        },
        "participation": {
            "uk": "Участь у суспільному житті",
            "pl": "Udział w życiu społecznym",
            "lt": "Dalyvavimas visuomenės gyvenime",
            "ar": "المشاركة المجتمعية",
        },
    },
    "TargetGroup": {
        "labour-europe": {
            "uk": "Трудові мігранти з Європи",
            "pl": "Migranci zarobkowi z Europy",
            "lt": "Darbo migrantai iš Europos",
            "ar": "العمال المهاجرون من أوروبا",
        },
        "labour-outside-europe": {
            "uk": "Трудові мігранти з країн поза Європою",
            "pl": "Migranci zarobkowi spoza Europy",
            "lt": "Darbo migrantai iš šalių už Europos ribų",
            "ar": "العمال المهاجرون من خارج أوروبا",
        },
        "labour-scandinavia": {
            "uk": "Трудові мігранти зі Скандинавії",
            "pl": "Migranci zarobkowi ze Skandynawii",
            "lt": "Darbo migrantai iš Skandinavijos",
            "ar": "العمال المهاجرون من الدول الإسكندنافية",
        },
        "refugees": {
            "uk": "Біженці з дозволом на проживання",
            "pl": "Uchodźcy z zezwoleniem na pobyt",
            "lt": "Pabėgėliai, turintys leidimą gyventi",
            "ar": "اللاجئون الحاصلون على تصريح إقامة",
        },
        "family-reunification": {
            "uk": "Возз’єднання сім’ї",
            "pl": "Łączenie rodzin",
            "lt": "Šeimos susijungimas",
            "ar": "لم شمل الأسرة",
        },
        "norwegian-newcomers": {
            "uk": "Новоприбулі з інших регіонів Норвегії",
            "pl": "Nowi mieszkańcy z innych części Norwegii",
            "lt": "Atvykėliai iš kitų Norvegijos vietų",
            "ar": "القادمون الجدد من مناطق أخرى في النرويج",
        },
    },
    "Segment": {
        "families": {
            "uk": "Сім’ї з дітьми",
            "pl": "Rodziny z dziećmi",
            "lt": "Šeimos su vaikais",
            "ar": "الأسر التي لديها أطفال",
        },
        "youth": {
            "uk": "Молодь",
            "pl": "Młodzież",
            "lt": "Jaunimas",
            "ar": "الشباب",
        },
        "students": {
            "uk": "Студенти",
            "pl": "Studenci",
            "lt": "Studentai",
            "ar": "الطلاب",
        },
        "returnees": {
            "uk": "Ті, хто повертається до Нарвіка",
            "pl": "Osoby wracające do Narviku",
            "lt": "Grįžtantieji į Narviką",
            "ar": "العائدون إلى نارفيك",
        },
    },
    "Language": {
        "nb": {"uk": "норвезька", "pl": "norweski", "lt": "norvegų", "ar": "النرويجية"},
        "en": {"uk": "англійська", "pl": "angielski", "lt": "anglų", "ar": "الإنجليزية"},
        "se": {
            "uk": "північносаамська",
            "pl": "północnosaamski",
            "lt": "šiaurės samių",
            "ar": "سامي الشمالية",
        },
        "sv": {"uk": "шведська", "pl": "szwedzki", "lt": "švedų", "ar": "السويدية"},
        "pl": {"uk": "польська", "pl": "polski", "lt": "lenkų", "ar": "البولندية"},
        "lt": {"uk": "литовська", "pl": "litewski", "lt": "lietuvių", "ar": "الليتوانية"},
        "uk": {"uk": "українська", "pl": "ukraiński", "lt": "ukrainiečių", "ar": "الأوكرانية"},
        "ru": {"uk": "російська", "pl": "rosyjski", "lt": "rusų", "ar": "الروسية"},
        "ar": {"uk": "арабська", "pl": "arabski", "lt": "arabų", "ar": "العربية"},
        "ti": {"uk": "тигринья", "pl": "tigrinia", "lt": "tigrajų", "ar": "التغرينية"},
        "so": {"uk": "сомалі", "pl": "somalijski", "lt": "somaliečių", "ar": "الصومالية"},
        "fa": {"uk": "перська", "pl": "perski", "lt": "persų", "ar": "الفارسية"},
        "prs": {"uk": "дарі", "pl": "dari", "lt": "dari", "ar": "الدارية"},
        "de": {"uk": "німецька", "pl": "niemiecki", "lt": "vokiečių", "ar": "الألمانية"},
        "es": {"uk": "іспанська", "pl": "hiszpański", "lt": "ispanų", "ar": "الإسبانية"},
        "tl": {"uk": "тагальська", "pl": "tagalski", "lt": "tagalogų", "ar": "التاغالوغية"},
    },
}

# slug -> {language: (plain name, one-line explanation)}, like taxonomy.PLAIN_FOCUS_AREAS
PLAIN_FOCUS_AREAS = {
    "communication": {
        "uk": (
            "Інформація та поради",
            "Де отримати відповіді на запитання про життя в Нарвіку.",
        ),
        "pl": (
            "Informacje i porady",
            "Gdzie znaleźć odpowiedzi na pytania o życie w Narviku.",
        ),
        "lt": (
            "Informacija ir patarimai",
            "Kur gauti atsakymus į klausimus apie gyvenimą Narvike.",
        ),
        "ar": (
            "المعلومات والإرشاد",
            "احصل على إجابات عن أسئلتك حول الحياة في نارفيك.",
        ),
    },
    "norwegian": {
        "uk": (
            "Вивчення норвезької",
            "Курси норвезької, мовні кафе та інші місця для мовної практики.",
        ),
        "pl": (
            "Nauka norweskiego",
            "Kursy norweskiego, kawiarenki językowe i inne miejsca, gdzie poćwiczysz język.",
        ),
        "lt": (
            "Norvegų kalbos mokymasis",
            "Norvegų kalbos kursai, kalbų kavinės ir kitos vietos kalbai praktikuoti.",
        ),
        "ar": (
            "تعلم اللغة النرويجية",
            "دورات اللغة النرويجية ومقاهي اللغة وأماكن أخرى للتدرب على اللغة.",
        ),
    },
    "education": {
        "uk": (
            "Школа та освіта",
            "Школа для дітей і дорослих, навчання в університеті та курси.",
        ),
        "pl": (
            "Szkoła i edukacja",
            "Szkoła dla dzieci i dorosłych, studia i kursy.",
        ),
        "lt": (
            "Mokykla ir studijos",
            "Mokykla vaikams ir suaugusiesiems, studijos ir kursai.",
        ),
        "ar": (
            "المدرسة والتعليم",
            "مدارس للأطفال والكبار، ودراسة جامعية ودورات تدريبية.",
        ),
    },
    "work": {
        "uk": (
            "Робота",
            "Допомога в пошуку роботи та роботодавці, яким потрібні працівники.",
        ),
        "pl": (
            "Praca",
            "Pomoc w szukaniu pracy oraz pracodawcy, którzy szukają pracowników.",
        ),
        "lt": (
            "Darbas",
            "Pagalba ieškant darbo ir darbdaviai, kuriems reikia darbuotojų.",
        ),
        "ar": (
            "العمل",
            "مساعدة في البحث عن عمل، وأصحاب عمل يبحثون عن عاملين.",
        ),
    },
    "housing": {
        "uk": (
            "Житло та побут",
            "Допомога в пошуку житла та з практичними справами.",
        ),
        "pl": (
            "Mieszkanie i życie codzienne",
            "Pomoc w znalezieniu mieszkania i w załatwieniu codziennych spraw.",
        ),
        "lt": (
            "Būstas ir kasdienybė",
            "Pagalba ieškant būsto ir tvarkant praktinius reikalus.",
        ),
        "ar": (
            "السكن والحياة اليومية",
            "مساعدة في إيجاد مكان للسكن وفي ترتيب الأمور العملية.",
        ),
    },
    "leisure": {
        "uk": (
            "Вільний час і волонтерство",
            "Спорт, клуби й товариства, а також волонтерство.",
        ),
        "pl": (
            "Czas wolny i wolontariat",
            "Sport, kluby i stowarzyszenia oraz wolontariat.",
        ),
        "lt": (
            "Laisvalaikis ir savanorystė",
            "Sportas, klubai ir draugijos, savanoriška veikla.",
        ),
        "ar": (
            "أوقات الفراغ والتطوع",
            "الرياضة والنوادي والجمعيات، والعمل التطوعي.",
        ),
    },
    "participation": {
        "uk": (
            "Знайомтеся та долучайтеся",
            "Знайомтеся з людьми, пізнавайте місто й висловлюйте свою думку.",
        ),
        "pl": (
            "Poznaj ludzi i działaj",
            "Poznaj nowych ludzi i miasto oraz wyraź swoje zdanie.",
        ),
        "lt": (
            "Susipažinkite ir dalyvaukite",
            "Susipažinkite su žmonėmis, pažinkite miestą ir išsakykite savo nuomonę.",
        ),
        "ar": (
            "تعرف على الناس وشارك",
            "تعرف على أشخاص جدد، واكتشف المدينة، وعبر عن رأيك.",
        ),
    },
}
