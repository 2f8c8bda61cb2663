"""Demo data for `manage.py seed_demo`: organisations and offers like those the article names.

Plain data only. Names of people, phone numbers and street numbers are invented; every web
address and e-mail address is on example.org. Dates are relative to the day the command runs:

- ``published_days_ago`` / ``confirmed_days_ago``: whole days before today,
- ``starts`` / ``ends``: ``(days from today, hour, minute)`` in Europe/Oslo,
- ``valid_until_days``: days from today (negative: already passed).

Slugs refer to the taxonomy seeded by ``offers/migrations/0002_seed_taxonomy.py``.
"""

ALL_GROUPS = [
    "labour-europe",
    "labour-outside-europe",
    "labour-scandinavia",
    "refugees",
    "family-reunification",
    "norwegian-newcomers",
]
LABOUR = ["labour-europe", "labour-outside-europe", "labour-scandinavia"]

# The one password of every demo login. For local development only.
DEMO_PASSWORD = "narvik-demo-2026"
DEMO_EMAIL_DOMAIN = "demo.example.org"

MODERATOR = {
    "email": f"moderator@{DEMO_EMAIL_DOMAIN}",
    "full_name": "Prosjektkontoret (demo)",
    "language": "nb",
}

ACTORS = [
    # --- Kommunen -------------------------------------------------------------------------
    {
        "slug": "narvik-kommune-flyktningtjenesten",
        "name": "Narvik kommune – Flyktningtjenesten",
        "kind": "municipality",
        "description_nb": (
            "Flyktningtjenesten tar imot og bosetter flyktninger i Narvik. Vi har ansvar for "
            "introduksjonsprogrammet og hjelper deg med bolig, skole og hverdagen de første årene."
        ),
        "description_en": (
            "The refugee service receives and settles refugees in Narvik. We run the introduction "
            "programme and help you with housing, school and everyday life in your first years."
        ),
        "website": "https://example.org/narvik-kommune/flyktningtjenesten",
        "email": "flyktningtjenesten@example.org",
        "phone": "+47 769 00 110",
        "address": "Kongens gate 51, 8514 Narvik",
        "contact_name": "Marte Johansen",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-kommune-servicetorget",
        "name": "Narvik kommune – Servicetorget",
        "kind": "municipality",
        "description_nb": (
            "Servicetorget er kommunens førstelinje. Her får du svar på spørsmål om kommunale "
            "tjenester, bolig og det å flytte til Narvik, og hjelp til å finne rett kontor."
        ),
        "description_en": (
            "The service centre is the municipality's front desk. Ask us about municipal "
            "services, housing and moving to Narvik, and we will help you find the right office."
        ),
        "website": "https://example.org/narvik-kommune/servicetorget",
        "email": "servicetorget@example.org",
        "phone": "+47 769 00 100",
        "address": "Kongens gate 51, 8514 Narvik",
        "contact_name": "Lars Eriksen",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-kommune-oppvekst",
        "name": "Narvik kommune – Oppvekst og barnehage",
        "kind": "municipality",
        "description_nb": (
            "Oppvekst har ansvar for barnehagene og grunnskolene i Narvik. Vi hjelper familier "
            "som flytter hit, med å få barnehageplass og melde barna inn på skolen."
        ),
        "description_en": (
            "The department for schools and kindergartens runs Narvik's kindergartens and "
            "primary and lower secondary schools. We help families who move here to get a "
            "kindergarten place and enrol their children in school."
        ),
        "website": "https://example.org/narvik-kommune/oppvekst",
        "email": "oppvekst@example.org",
        "phone": "+47 769 00 120",
        "address": "Kongens gate 51, 8514 Narvik",
        "contact_name": "Kristin Hagen",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-bibliotek",
        "name": "Narvik bibliotek",
        "kind": "municipality",
        "description_nb": (
            "Biblioteket er et gratis og åpent møtested midt i sentrum. Her kan du låne bøker på "
            "mange språk, bruke PC og skriver og få hjelp med digitale tjenester."
        ),
        "description_en": (
            "The library is a free, open meeting place in the town centre. You can borrow books "
            "in many languages, use computers and printers, and get help with online services."
        ),
        "website": "https://example.org/narvik-bibliotek",
        "email": "bibliotek@example.org",
        "phone": "+47 769 00 130",
        "address": "Kongens gate 42, 8514 Narvik",
        "contact_name": "Siri Hansen",
        "contact_language": "nb",
    },
    # --- Offentlige etater ----------------------------------------------------------------
    {
        "slug": "nav-narvik",
        "name": "Nav Narvik",
        "kind": "public-agency",
        "description_nb": (
            "Nav Narvik hjelper deg som søker jobb, og arbeidsgivere som trenger folk. Vi gir "
            "også råd om økonomi og om hvilke rettigheter du har."
        ),
        "description_en": (
            "Nav Narvik helps people looking for work and employers who need staff. We also "
            "give advice about money matters and about your rights."
        ),
        "website": "https://example.org/nav-narvik",
        "email": "nav-narvik@example.org",
        "phone": "+47 769 00 140",
        "address": "Dronningens gate 49, 8514 Narvik",
        "contact_name": "Tor Arne Nilsen",
        "contact_language": "nb",
    },
    {
        "slug": "karrieresenteret-ofoten",
        "name": "Karrieresenteret i Nordland – Ofoten",
        "kind": "public-agency",
        "description_nb": (
            "Karrieresenteret gir gratis karriereveiledning til alle over 19 år. Vi hjelper deg "
            "med å se hvilke muligheter du har for jobb og utdanning, også hvis du har "
            "utdanningen din fra et annet land."
        ),
        "description_en": (
            "The career centre offers free career guidance to everyone over 19. We help you see "
            "your options for work and education, including if you were educated in another "
            "country."
        ),
        "website": "https://example.org/karrieresenteret-ofoten",
        "email": "karriere-ofoten@example.org",
        "phone": "+47 769 00 150",
        "address": "Dronningens gate 57, 8514 Narvik",
        "contact_name": "Elin Berg",
        "contact_language": "nb",
    },
    # --- Utdanning --------------------------------------------------------------------------
    {
        "slug": "narvik-voksenopplaering",
        "name": "Narvik voksenopplæring",
        "kind": "education",
        "description_nb": (
            "Voksenopplæringen gir opplæring i norsk og samfunnskunnskap, og grunnskole for "
            "voksne. Vi har kurs både på dagtid og på kveldstid."
        ),
        "description_en": (
            "The adult education centre teaches Norwegian and social studies, and offers primary "
            "and lower secondary school for adults. We run courses in the daytime and in the "
            "evening."
        ),
        "website": "https://example.org/narvik-voksenopplaering",
        "email": "voksenopplaering@example.org",
        "phone": "+47 769 00 160",
        "address": "Frydenlunds gate 10, 8514 Narvik",
        "contact_name": "Anna Kowalska",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-videregaende-skole",
        "name": "Narvik videregående skole",
        "kind": "education",
        "description_nb": (
            "Narvik videregående skole har både studieforberedende og yrkesfaglige "
            "utdanningsprogram. Vi har også innføringsklasse for ungdom som er nye i Norge, og "
            "tilbud til voksne som vil ta fagbrev."
        ),
        "description_en": (
            "Narvik upper secondary school offers both general studies and vocational "
            "programmes. We also have an introductory class for young people who are new to "
            "Norway, and courses for adults who want a trade certificate."
        ),
        "website": "https://example.org/narvik-vgs",
        "email": "narvik-vgs@example.org",
        "phone": "+47 769 00 170",
        "address": "Skoleveien 10, 8515 Narvik",
        "contact_name": "Håkon Lie",
        "contact_language": "nb",
    },
    {
        "slug": "uit-campus-narvik",
        "name": "UiT Norges arktiske universitet – campus Narvik",
        "kind": "education",
        "description_nb": (
            "UiT i Narvik utdanner blant annet ingeniører, sykepleiere og økonomer. Mange av "
            "studentene og de ansatte på campus kommer fra andre land."
        ),
        "description_en": (
            "UiT in Narvik educates engineers, nurses and economists, among others. Many of the "
            "students and staff on campus come from other countries."
        ),
        "website": "https://example.org/uit-narvik",
        "email": "studentservice-narvik@example.org",
        "phone": "+47 769 00 180",
        "address": "Lodve Langes gate 2, 8514 Narvik",
        "contact_name": "Ravi Menon",
        "contact_language": "en",
    },
    # --- Arbeidsliv -------------------------------------------------------------------------
    {
        "slug": "narvikregionens-naeringsforening",
        "name": "Narvikregionens næringsforening",
        "kind": "business",
        "description_nb": (
            "Næringsforeningen samler bedrifter i hele Narvik-regionen. Vi leder "
            "tilflytterprosjektet og kobler nye innbyggere med arbeidslivet."
        ),
        "description_en": (
            "The business association brings together companies across the Narvik region. We "
            "lead the newcomer programme and connect new residents with local employers."
        ),
        "website": "https://example.org/naeringsforeningen",
        "email": "post-naeringsforeningen@example.org",
        "phone": "+47 769 00 190",
        "address": "Havnegata 6, 8514 Narvik",
        "contact_name": "Ida Karlsen",
        "contact_language": "nb",
    },
    {
        "slug": "unn-narvik",
        "name": "UNN Narvik",
        "kind": "business",
        "description_nb": (
            "UNN Narvik er sykehuset for Ofoten. Vi trenger sykepleiere, leger og annet "
            "helsepersonell, og hjelper nyansatte fra andre land med å komme godt i gang."
        ),
        "description_en": (
            "UNN Narvik is the hospital for the Ofoten region. We need nurses, doctors and other "
            "health workers, and we help new staff from abroad get off to a good start."
        ),
        "website": "https://example.org/unn-narvik",
        "email": "rekruttering-narvik@example.org",
        "phone": "+47 769 00 200",
        "address": "Sykehusveien 11, 8516 Narvik",
        "contact_name": "Sofia Lindqvist",
        "contact_language": "en",
    },
    {
        "slug": "ofoten-malm-logistikk",
        "name": "Ofoten Malm og Logistikk AS",
        "kind": "business",
        "description_nb": (
            "Ofoten Malm og Logistikk driver malmhåndtering og godsterminal i Narvik havn. Vi "
            "har rundt 250 ansatte fra mange land og rekrutterer fagarbeidere hele året."
        ),
        "description_en": (
            "Ofoten Malm og Logistikk runs ore handling and a freight terminal in the port of "
            "Narvik. We have about 250 employees from many countries and recruit skilled "
            "workers all year round."
        ),
        "website": "https://example.org/ofoten-malm",
        "email": "personal-ofoten@example.org",
        "phone": "+47 769 00 210",
        "address": "Fagernesveien 20, 8514 Narvik",
        "contact_name": "Jonas Petrauskas",
        "contact_language": "en",
    },
    # --- Frivillighet, lag og foreninger ---------------------------------------------------
    {
        "slug": "narvik-skiklubb",
        "name": "Narvik Skiklubb",
        "kind": "voluntary",
        "description_nb": (
            "Narvik Skiklubb har alpint, langrenn og skiskole for barn og voksne. Nye medlemmer "
            "er velkomne, også om du aldri har stått på ski."
        ),
        "description_en": (
            "Narvik Ski Club offers alpine and cross-country skiing and a ski school for "
            "children and adults. New members are welcome, even if you have never skied before."
        ),
        "website": "https://example.org/narvik-skiklubb",
        "email": "skiklubben@example.org",
        "phone": "+47 769 00 220",
        "address": "Skistua, Mannfallsveien 4, 8514 Narvik",
        "contact_name": "Eirik Strand",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-il-fotball",
        "name": "Narvik IL Fotball",
        "kind": "voluntary",
        "description_nb": (
            "Narvik IL Fotball har lag for barn, ungdom og voksne. Hos oss kan alle spille, "
            "uansett nivå og hvor du kommer fra."
        ),
        "description_en": (
            "Narvik IL Football has teams for children, young people and adults. Everyone can "
            "play with us, whatever their level and wherever they come from."
        ),
        "website": "https://example.org/narvik-il-fotball",
        "email": "fotball@example.org",
        "phone": "+47 769 00 230",
        "address": "Narvik stadion, Stadionveien 1, 8515 Narvik",
        "contact_name": "Yusuf Hassan",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-rode-kors",
        "name": "Narvik Røde Kors",
        "kind": "voluntary",
        "description_nb": (
            "Frivillige i Narvik Røde Kors driver flyktningguide, leksehjelp, besøkstjeneste og "
            "førstehjelpskurs. Alle kan bli frivillige hos oss."
        ),
        "description_en": (
            "Narvik Red Cross volunteers run a refugee guide programme, homework help, a "
            "visiting service and first aid courses. Anyone can volunteer with us."
        ),
        "website": "https://example.org/narvik-rode-kors",
        "email": "rodekors-narvik@example.org",
        "phone": "+47 769 00 240",
        "address": "Bolagsgata 5, 8514 Narvik",
        "contact_name": "Guro Mikkelsen",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-frivilligsentral",
        "name": "Narvik Frivilligsentral",
        "kind": "voluntary",
        "description_nb": (
            "Frivilligsentralen kobler folk som vil gjøre en innsats, med lag, foreninger og "
            "mennesker som trenger en hånd. Vi har også kor, turgrupper og andre møteplasser."
        ),
        "description_en": (
            "The volunteer centre connects people who want to help with clubs, associations and "
            "people who need a hand. We also run a choir, walking groups and other meeting "
            "places."
        ),
        "website": "https://example.org/narvik-frivilligsentral",
        "email": "frivilligsentralen@example.org",
        "phone": "+47 769 00 250",
        "address": "Dronningens gate 41, 8514 Narvik",
        "contact_name": "Bjørn Olsen",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-sanitetsforening",
        "name": "Narvik Sanitetsforening",
        "kind": "voluntary",
        "description_nb": (
            "Sanitetsforeningen er en frivillig kvinneorganisasjon som arbeider for helse og "
            "trygghet. Vi driver møteplasser for kvinner og for nye foreldre."
        ),
        "description_en": (
            "The Sanitetsforening is a voluntary women's organisation working for health and "
            "safety. We run meeting places for women and for new parents."
        ),
        "website": "https://example.org/narvik-sanitetsforening",
        "email": "sanitet-narvik@example.org",
        "phone": "+47 769 00 260",
        "address": "Kongens gate 30, 8514 Narvik",
        "contact_name": "Randi Pedersen",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-menighet",
        "name": "Narvik menighet",
        "kind": "voluntary",
        "description_nb": (
            "Narvik menighet i Den norske kirke har åpen kirke, middager og gudstjenester for "
            "alle. Vi samarbeider med andre tros- og livssynssamfunn i byen."
        ),
        "description_en": (
            "Narvik parish in the Church of Norway offers an open church, shared meals and "
            "services for everyone. We work with other faith and belief communities in town."
        ),
        "website": "https://example.org/narvik-menighet",
        "email": "menigheten@example.org",
        "phone": "+47 769 00 270",
        "address": "Kirkegata 7, 8514 Narvik",
        "contact_name": "Per Kristian Moe",
        "contact_language": "nb",
    },
    {
        "slug": "sprakkafe-narvik",
        "name": "Språkkafé Narvik",
        "kind": "voluntary",
        "description_nb": (
            "Språkkafé Narvik er et frivillig tilbud der du kan øve på norsk i en uformell prat "
            "over en kopp kaffe. Vi møtes på biblioteket hver uke."
        ),
        "description_en": (
            "Språkkafé Narvik is a volunteer-run language café where you can practise Norwegian "
            "in a relaxed chat over a cup of coffee. We meet at the library every week."
        ),
        "website": "https://example.org/sprakkafe-narvik",
        "email": "sprakkafe@example.org",
        "phone": "+47 769 00 280",
        "address": "Kongens gate 42, 8514 Narvik",
        "contact_name": "Liv Andreassen",
        "contact_language": "nb",
    },
    {
        "slug": "narvik-og-omegn-turistforening",
        "name": "Narvik og Omegn Turistforening",
        "kind": "voluntary",
        "description_nb": (
            "Turistforeningen arrangerer fellesturer og kurs og har hytter i fjellene rundt "
            "Narvik. Turene våre passer for både nybegynnere og erfarne."
        ),
        "description_en": (
            "The trekking association organises group hikes and courses and runs cabins in the "
            "mountains around Narvik. Our trips suit both beginners and experienced hikers."
        ),
        "website": "https://example.org/narvik-turistforening",
        "email": "turistforeningen@example.org",
        "phone": "+47 769 00 290",
        "address": "Dronningens gate 60, 8514 Narvik",
        "contact_name": "Ole Martin Isaksen",
        "contact_language": "nb",
    },
    {
        # A registration waiting for the project office's approval (with one draft offer).
        "slug": "ukrainsk-forening-narvik",
        "name": "Ukrainsk forening i Narvik",
        "kind": "voluntary",
        "is_approved": False,
        "description_nb": (
            "En ny forening for ukrainere i Narvik og alle som vil bli kjent med ukrainsk "
            "kultur. Vi vil starte lørdagsskole for barn og ha sosiale treff."
        ),
        "description_en": (
            "A new association for Ukrainians in Narvik and everyone who wants to get to know "
            "Ukrainian culture. We want to start a Saturday school for children and hold social "
            "gatherings."
        ),
        "website": "https://example.org/ukrainsk-forening-narvik",
        "email": "ukrainsk-forening@example.org",
        "phone": "+47 769 00 300",
        "address": "Dronningens gate 41, 8514 Narvik",
        "contact_name": "Olena Kovalenko",
        "contact_language": "en",
    },
]

OFFERS = [
    # --- Narvik kommune – Flyktningtjenesten ------------------------------------------------
    {
        "slug": "introduksjonsprogrammet",
        "actor": "narvik-kommune-flyktningtjenesten",
        "title_nb": "Introduksjonsprogrammet for flyktninger",
        "title_en": "Introduction programme for refugees",
        "summary_nb": (
            "Et program på fulltid med norskopplæring, samfunnskunnskap og arbeidspraksis for "
            "deg som nylig er bosatt i Narvik som flyktning. Du får introduksjonsstønad mens du "
            "deltar."
        ),
        "summary_en": (
            "A full-time programme of Norwegian lessons, social studies and work placement for "
            "refugees who have recently settled in Narvik. You receive an introduction benefit "
            "while you take part."
        ),
        "description_nb": (
            "Programmet varer vanligvis fra tre måneder til to år, noen ganger lenger. Det "
            "kommer an på hvilken utdanning og erfaring du har. Sammen med en programrådgiver "
            "lager du en plan – for eksempel norskkurs, skole, praksis i en bedrift eller kurs "
            "som gjør deg klar for jobb.\n\n"
            "Du har rett og plikt til å delta hvis du er mellom 18 og 55 år og har fått "
            "oppholdstillatelse som flyktning. Familiegjenforente kan også ha rett til "
            "programmet. Ta kontakt, så finner vi ut hva som gjelder for deg."
        ),
        "description_en": (
            "The programme usually lasts from three months to two years, sometimes longer, "
            "depending on your education and experience. Together with a programme adviser you "
            "make a plan – for example Norwegian lessons, school, a work placement or courses "
            "that prepare you for a job.\n\n"
            "You have the right and the duty to take part if you are between 18 and 55 and have "
            "a residence permit as a refugee. People who came through family reunification may "
            "also be entitled to it. Get in touch and we will find out what applies to you."
        ),
        "is_free": True,
        "schedule_nb": "Hverdager kl. 08.30–15.00",
        "schedule_en": "Weekdays 8.30 am to 3 pm",
        "place": "Flyktningtjenesten, Narvik rådhus",
        "address": "Kongens gate 51, 8514 Narvik",
        "signup_email": "flyktningtjenesten@example.org",
        "signup_phone": "+47 769 00 110",
        "focus_areas": ["norwegian", "work", "participation"],
        "target_groups": ["refugees", "family-reunification"],
        "languages": ["nb", "ar", "ti", "uk", "prs", "so"],
        "published_days_ago": 58,
        "confirmed_days_ago": 5,
    },
    {
        "slug": "boveiledning-for-nybosatte",
        "actor": "narvik-kommune-flyktningtjenesten",
        "title_nb": "Boveiledning for nybosatte",
        "title_en": "Help with settling into your new home",
        "summary_nb": (
            "Vi hjelper deg med det praktiske når du flytter inn: strøm, internett, husleie, "
            "avfallssortering og hvordan du tar vare på boligen."
        ),
        "summary_en": (
            "We help you with the practical things when you move in: electricity, internet, "
            "rent, recycling and how to look after your home."
        ),
        "description_nb": (
            "En boveileder besøker deg hjemme de første månedene. Du får hjelp til å forstå "
            "husleiekontrakten, betale regninger og ordne strøm og internett. Vi forklarer også "
            "hvordan du sorterer avfall, og hva du gjør hvis noe går i stykker.\n\n"
            "Vi bruker tolk når det trengs. Tilbudet er for flyktninger og familiegjenforente "
            "som er bosatt av Narvik kommune."
        ),
        "description_en": (
            "A housing adviser visits you at home during the first months. You get help "
            "understanding your tenancy agreement, paying bills and setting up electricity and "
            "internet. We also explain how to sort your rubbish and what to do if something "
            "breaks.\n\n"
            "We use an interpreter when needed. The service is for refugees and family members "
            "who have been settled by Narvik municipality."
        ),
        "is_free": True,
        "schedule_nb": "Hverdager, etter avtale",
        "schedule_en": "Weekdays, by appointment",
        "signup_email": "bosetting@example.org",
        "signup_phone": "+47 769 00 111",
        "focus_areas": ["housing"],
        "target_groups": ["refugees", "family-reunification"],
        "segments": ["families"],
        "languages": ["nb", "ar", "ti", "uk", "prs"],
        "published_days_ago": 52,
    },
    # --- Narvik kommune – Servicetorget -----------------------------------------------------
    {
        "slug": "velkommen-til-narvik-infomote",
        "actor": "narvik-kommune-servicetorget",
        "title_nb": "Velkommen til Narvik – informasjonsmøte for nye innbyggere",
        "title_en": "Welcome to Narvik – information evening for new residents",
        "summary_nb": (
            "Ny i Narvik? Kom på informasjonsmøte og møt kommunen, Nav, skole, helse og lag og "
            "foreninger på ett sted. Vi serverer kaffe og kaker."
        ),
        "summary_en": (
            "New in Narvik? Come to an information evening and meet the municipality, Nav, "
            "schools, health services and local clubs in one place. Coffee and cake are served."
        ),
        "description_nb": (
            "Vi forteller kort om det du trenger å vite de første ukene: folkeregistrering, "
            "fastlege, skole og barnehage, bolig, jobb og fritid. Etterpå kan du gå rundt til "
            "standene og stille spørsmål direkte til dem som kan svare.\n\n"
            "Møtet er på norsk med tolk til engelsk, polsk, litauisk og ukrainsk. Barn er "
            "velkomne. Meld deg gjerne på, så vi vet hvor mye kaffe vi skal koke."
        ),
        "description_en": (
            "We give a short introduction to what you need to know in your first weeks: "
            "registering your address, getting a GP, school and kindergarten, housing, work and "
            "leisure. Afterwards you can visit the stands and put your questions directly to "
            "the people who can answer them.\n\n"
            "The evening is in Norwegian with interpreting into English, Polish, Lithuanian and "
            "Ukrainian. Children are welcome. Please sign up so we know how much coffee to make."
        ),
        "is_free": True,
        "schedule_nb": "Én kveld, kl. 18–20",
        "schedule_en": "One evening, 6–8 pm",
        "starts": (14, 18, 0),
        "ends": (14, 20, 0),
        "valid_until_days": 14,
        "place": "Narvik rådhus, bystyresalen",
        "address": "Kongens gate 51, 8514 Narvik",
        "signup_url": "https://example.org/narvik-kommune/velkommen-pamelding",
        "signup_email": "servicetorget@example.org",
        "focus_areas": ["communication", "participation"],
        "target_groups": ALL_GROUPS,
        "segments": ["families", "returnees"],
        "languages": ["nb", "en", "pl", "lt", "uk"],
        "published_days_ago": 20,
    },
    {
        "slug": "startlan",
        "actor": "narvik-kommune-servicetorget",
        "title_nb": "Startlån: hjelp til å kjøpe egen bolig",
        "title_en": "Start-up loan: help to buy your own home",
        "summary_nb": (
            "Har du fast inntekt, men får ikke nok lån i banken? Med startlån fra kommunen kan "
            "du likevel kanskje kjøpe bolig. Vi gir gratis veiledning før du søker."
        ),
        "summary_en": (
            "Do you have a steady income but cannot borrow enough from the bank? With a "
            "start-up loan from the municipality you may still be able to buy a home. We give "
            "free advice before you apply."
        ),
        "description_nb": (
            "Startlån er et lån fra Husbanken som kommunen gir. Det er for deg som har lite "
            "egenkapital eller ikke får nok lån i en vanlig bank, men som kan betale ned et lån "
            "over tid. Barnefamilier og folk som har leid bolig lenge, blir prioritert.\n\n"
            "Bestill en samtale med en boligrådgiver. Ta med lønnsslipper, den siste "
            "skattemeldingen og en oversikt over eventuell gjeld."
        ),
        "description_en": (
            "A start-up loan is a loan from the Norwegian State Housing Bank that the "
            "municipality grants. It is for people with little savings, or who cannot borrow "
            "enough from an ordinary bank, but who can pay back a loan over time. Families with "
            "children and people who have rented for a long time are given priority.\n\n"
            "Book a meeting with a housing adviser. Bring your payslips, your latest tax return "
            "and an overview of any debt."
        ),
        "is_free": True,
        "schedule_nb": "Etter avtale",
        "schedule_en": "By appointment",
        "place": "Servicetorget, Narvik rådhus",
        "address": "Kongens gate 51, 8514 Narvik",
        "signup_url": "https://example.org/narvik-kommune/startlan",
        "signup_phone": "+47 769 00 100",
        "focus_areas": ["housing"],
        "target_groups": [
            "norwegian-newcomers",
            "refugees",
            "family-reunification",
            "labour-europe",
            "labour-outside-europe",
        ],
        "segments": ["families", "returnees"],
        "languages": ["nb", "en"],
        "published_days_ago": 45,
    },
    {
        "slug": "finn-bolig-i-narvik",
        "actor": "narvik-kommune-servicetorget",
        "title_nb": "Slik finner du bolig i Narvik",
        "title_en": "How to find a place to live in Narvik",
        "summary_nb": (
            "Drop-in om å leie bolig i Narvik: hvor du finner ledige boliger, hva en "
            "leiekontrakt skal inneholde, og hvordan depositum fungerer."
        ),
        "summary_en": (
            "Drop-in advice on renting in Narvik: where to find flats and houses, what a "
            "tenancy agreement should contain, and how deposits work."
        ),
        "description_nb": (
            "Mange som er nye i byen, bruker tid på å finne et sted å bo. Vi viser deg hvor "
            "boligene blir lagt ut, hva som er vanlig husleie, og hva du bør sjekke før du "
            "skriver under på en kontrakt.\n\n"
            "Vi forklarer også forskjellen på depositum og garanti, og hva du kan gjøre hvis du "
            "trenger hjelp med økonomien. Du trenger ikke å bestille time."
        ),
        "description_en": (
            "Many newcomers spend time finding somewhere to live. We show you where homes are "
            "advertised, what rents are usual and what to check before you sign a contract.\n\n"
            "We also explain the difference between a deposit and a guarantee, and what you can "
            "do if you need help with money. No appointment needed."
        ),
        "is_free": True,
        "schedule_nb": "Torsdager kl. 12–15",
        "schedule_en": "Thursdays 12–3 pm",
        "place": "Servicetorget, Narvik rådhus",
        "address": "Kongens gate 51, 8514 Narvik",
        "focus_areas": ["housing", "communication"],
        "target_groups": [*LABOUR, "norwegian-newcomers"],
        "segments": ["students", "returnees"],
        "languages": ["nb", "en", "pl", "lt"],
        "published_days_ago": 12,
    },
    # --- Narvik kommune – Oppvekst og barnehage ---------------------------------------------
    {
        "slug": "skoleplass-for-barn",
        "actor": "narvik-kommune-oppvekst",
        "title_nb": "Skoleplass for barn som flytter til Narvik",
        "title_en": "School places for children moving to Narvik",
        "summary_nb": (
            "Alle barn mellom 6 og 16 år har rett og plikt til å gå på skole. Vi hjelper deg "
            "med å melde barnet inn på nærskolen og forteller hvordan skoledagen i Norge er."
        ),
        "summary_en": (
            "All children aged 6 to 16 have the right and the duty to go to school. We help you "
            "enrol your child at the local school and explain what a school day in Norway is "
            "like."
        ),
        "description_nb": (
            "Når du har fått adresse i Narvik, melder du barnet inn på skolen i nærområdet. "
            "Skolen avtaler en oppstartssamtale med dere, og vi bruker tolk hvis det trengs. "
            "Barn som ikke kan norsk ennå, får ekstra norskopplæring.\n\n"
            "Skolen er gratis. Skolefritidsordningen (SFO) før og etter skoletid koster penger, "
            "men noen timer i uka er gratis for de yngste elevene."
        ),
        "description_en": (
            "Once you have an address in Narvik, you enrol your child at the local school. The "
            "school arranges a start-up meeting with you, with an interpreter if needed. "
            "Children who do not yet speak Norwegian get extra Norwegian lessons.\n\n"
            "School is free. The before- and after-school programme (SFO) costs money, but some "
            "hours a week are free for the youngest pupils."
        ),
        "is_free": True,
        "schedule_nb": "Hele året – ta kontakt så snart dere vet når dere flytter",
        "schedule_en": "All year round – contact us as soon as you know when you are moving",
        "signup_url": "https://example.org/narvik-kommune/skoleplass",
        "signup_email": "oppvekst@example.org",
        "signup_phone": "+47 769 00 120",
        "focus_areas": ["education", "communication"],
        "target_groups": ALL_GROUPS,
        "segments": ["families"],
        "languages": ["nb", "en", "pl", "lt", "uk", "ar"],
        "published_days_ago": 40,
        "confirmed_days_ago": 2,
    },
    {
        "slug": "barnehageplass",
        "actor": "narvik-kommune-oppvekst",
        "title_nb": "Barnehageplass: søk og få hjelp med søknaden",
        "title_en": "Kindergarten places: how to apply, and help with the application",
        "summary_nb": (
            "Barn fra ett år har rett til barnehageplass. Fristen for hovedopptaket er 1. mars, "
            "men du kan søke hele året når du flytter til Narvik."
        ),
        "summary_en": (
            "Children from the age of one are entitled to a kindergarten place. The deadline "
            "for the main admission is 1 March, but you can apply all year round when you move "
            "to Narvik."
        ),
        "description_nb": (
            "Du søker barnehageplass på kommunens nettsider. Ring oss hvis du ikke har BankID "
            "ennå, eller hvis du trenger hjelp med søknaden. Vi kan hjelpe deg på telefon eller "
            "på Servicetorget.\n\n"
            "Familier med lav inntekt kan søke om lavere foreldrebetaling og om 20 timer gratis "
            "i uka."
        ),
        "description_en": (
            "You apply for a kindergarten place on the municipality's website. Call us if you do "
            "not have BankID yet or need help with the application. We can help you by phone or "
            "at the service centre.\n\n"
            "Families on a low income can apply for a reduced fee and for 20 free hours a week."
        ),
        "is_free": False,
        "price_nb": "Foreldrebetaling etter nasjonal makspris. Lavere pris ved lav inntekt.",
        "price_en": "Parents pay up to the national maximum fee. Lower fee on a low income.",
        "schedule_nb": "Søk når som helst. Fristen for hovedopptaket er 1. mars.",
        "schedule_en": "Apply at any time. The deadline for the main admission is 1 March.",
        "signup_url": "https://example.org/narvik-kommune/barnehage",
        "signup_phone": "+47 769 00 120",
        "focus_areas": ["education", "housing"],
        "target_groups": [
            "labour-europe",
            "labour-outside-europe",
            "refugees",
            "family-reunification",
            "norwegian-newcomers",
        ],
        "segments": ["families"],
        "languages": ["nb", "en", "pl", "uk"],
        "published_days_ago": 38,
    },
    {
        "slug": "kulturskolen",
        "actor": "narvik-kommune-oppvekst",
        "title_nb": "Kulturskolen: musikk, dans og kunst for barn og unge",
        "title_en": "Arts school: music, dance and art for children and young people",
        "summary_nb": (
            "Lær å spille et instrument, synge, danse eller tegne sammen med andre barn og unge. "
            "Vi tar inn nye elever hele året når vi har ledige plasser."
        ),
        "summary_en": (
            "Learn to play an instrument, sing, dance or draw together with other children and "
            "young people. We take new pupils all year round when places are available."
        ),
        "description_nb": (
            "Kulturskolen har tilbud for barn og ungdom fra 6 til 19 år. Undervisningen er på "
            "ettermiddagen, enten alene med en lærer eller i grupper. Du trenger ikke å kunne "
            "noe fra før.\n\n"
            "Familier med lav inntekt kan søke om friplass."
        ),
        "description_en": (
            "The arts school has classes for children and young people aged 6 to 19. Lessons "
            "are in the afternoon, either one-to-one with a teacher or in groups. No experience "
            "needed.\n\n"
            "Families on a low income can apply for a free place."
        ),
        "is_free": False,
        "price_nb": "1 900 kr per semester. Søsken får rabatt.",
        "price_en": "NOK 1,900 per term. Discount for siblings.",
        "schedule_nb": "Ettermiddager etter skoletid, august–juni",
        "schedule_en": "Afternoons after school, August to June",
        "place": "Kulturskolen",
        "address": "Kongens gate 64, 8514 Narvik",
        "signup_url": "https://example.org/narvik-kommune/kulturskolen",
        "focus_areas": ["leisure", "education"],
        "target_groups": ["norwegian-newcomers", "labour-europe", "refugees"],
        "segments": ["families", "youth"],
        "languages": ["nb", "en"],
        "published_days_ago": 30,
    },
    # --- Narvik bibliotek ---------------------------------------------------------------------
    {
        "slug": "digital-hjelp-pa-biblioteket",
        "actor": "narvik-bibliotek",
        "title_nb": "Digital hjelp: BankID, Helsenorge og Altinn",
        "title_en": "Digital help: BankID, Helsenorge and Altinn",
        "summary_nb": (
            "Få hjelp til å bruke de digitale tjenestene du trenger i Norge, som BankID, "
            "Helsenorge, Altinn og digital postkasse. Ta med mobilen og legitimasjon."
        ),
        "summary_en": (
            "Get help using the online services you need in Norway, such as BankID, Helsenorge, "
            "Altinn and your digital mailbox. Bring your phone and ID."
        ),
        "description_nb": (
            "Mye i Norge skjer på nett: du bestiller time hos legen, leser brev fra det "
            "offentlige og leverer skattemeldingen digitalt. Bibliotekarer og frivillige hjelper "
            "deg steg for steg, i ditt eget tempo.\n\n"
            "Vi kan ikke logge inn for deg, men vi viser deg hvordan du gjør det selv. Du "
            "trenger ikke å bestille time."
        ),
        "description_en": (
            "A lot happens online in Norway: you book a GP appointment, read letters from public "
            "offices and file your tax return online. Librarians and volunteers help you step "
            "by step, at your own pace.\n\n"
            "We cannot log in for you, but we will show you how to do it yourself. No "
            "appointment needed."
        ),
        "is_free": True,
        "schedule_nb": "Tirsdager kl. 12–15",
        "schedule_en": "Tuesdays 12–3 pm",
        "place": "Narvik bibliotek, 1. etasje",
        "address": "Kongens gate 42, 8514 Narvik",
        "signup_phone": "+47 769 00 130",
        "focus_areas": ["communication", "participation"],
        "target_groups": ALL_GROUPS,
        "languages": ["nb", "en", "pl", "uk", "ar"],
        "published_days_ago": 8,
    },
    {
        "slug": "eventyrstund-pa-flere-sprak",
        "actor": "narvik-bibliotek",
        "title_nb": "Eventyrstund på flere språk",
        "title_en": "Story time in many languages",
        "summary_nb": (
            "Høytlesning for barn fra 3 til 7 år på norsk og på et annet språk. Vi leser, synger "
            "og tegner sammen."
        ),
        "summary_en": (
            "Reading aloud for children aged 3 to 7 in Norwegian and one other language. We "
            "read, sing and draw together."
        ),
        "description_nb": (
            "Hver gang leser vi den samme fortellingen på norsk og på et annet språk, for "
            "eksempel ukrainsk, arabisk eller polsk. Slik kjenner barna igjen ordene og lærer "
            "norsk samtidig som de bruker morsmålet sitt.\n\n"
            "Foreldre og søsken er hjertelig velkomne. Etterpå kan dere låne bøker på mange "
            "språk."
        ),
        "description_en": (
            "Each time we read the same story in Norwegian and in another language, such as "
            "Ukrainian, Arabic or Polish. That way children recognise the words and learn "
            "Norwegian while using their mother tongue.\n\n"
            "Parents and siblings are very welcome. Afterwards you can borrow books in many "
            "languages."
        ),
        "is_free": True,
        "schedule_nb": "Lørdager kl. 12–13, annenhver uke",
        "schedule_en": "Saturdays 12–1 pm, every other week",
        "place": "Narvik bibliotek, barneavdelingen",
        "address": "Kongens gate 42, 8514 Narvik",
        "focus_areas": ["leisure", "norwegian"],
        "target_groups": ["refugees", "family-reunification", "labour-europe"],
        "segments": ["families"],
        "languages": ["nb", "uk", "ar", "pl"],
        "published_days_ago": 26,
    },
    {
        "slug": "samisk-kveld",
        "actor": "narvik-bibliotek",
        "title_nb": "Samisk kveld: språk, joik og fortellinger",
        "title_en": "Sami evening: language, joik and stories",
        "summary_nb": (
            "Bli kjent med samisk språk og kultur i Ofoten. Vi får besøk av en joiker og en "
            "forteller, og du lærer noen ord på nordsamisk."
        ),
        "summary_en": (
            "Get to know Sami language and culture in Ofoten. A joik singer and a storyteller "
            "visit, and you will learn a few words of Northern Sami."
        ),
        "description_nb": (
            "Narvik ligger i et område der samisk språk og kultur har lange røtter. Denne "
            "kvelden får du høre joik og fortellinger, og du lærer noen enkle ord og uttrykk på "
            "nordsamisk.\n\n"
            "Arrangementet er på norsk og nordsamisk. Det passer for alle som er nysgjerrige, "
            "og du trenger ikke å kunne noe fra før."
        ),
        "description_en": (
            "Narvik lies in an area where Sami language and culture have deep roots. This "
            "evening you will hear joik and stories and learn a few simple words and phrases in "
            "Northern Sami.\n\n"
            "The event is in Norwegian and Northern Sami. It suits everyone who is curious, and "
            "no prior knowledge is needed."
        ),
        "is_free": True,
        "schedule_nb": "Én kveld, kl. 19–21",
        "schedule_en": "One evening, 7–9 pm",
        "starts": (25, 19, 0),
        "ends": (25, 21, 0),
        "valid_until_days": 25,
        "place": "Narvik bibliotek",
        "address": "Kongens gate 42, 8514 Narvik",
        "signup_url": "https://example.org/narvik-bibliotek/samisk-kveld",
        "focus_areas": ["participation", "communication", "leisure"],
        "target_groups": ["norwegian-newcomers", "labour-scandinavia", "labour-europe"],
        "segments": ["students"],
        "languages": ["se", "nb"],
        "published_days_ago": 6,
    },
    # --- Nav Narvik -------------------------------------------------------------------------
    {
        "slug": "cv-verksted",
        "actor": "nav-narvik",
        "title_nb": "CV-verksted hos Nav",
        "title_en": "CV workshop at Nav",
        "summary_nb": (
            "Lag en CV og en søknad som passer for norske arbeidsgivere. Ta med det du har, så "
            "jobber vi videre med det sammen."
        ),
        "summary_en": (
            "Write a CV and a job application that suit Norwegian employers. Bring what you "
            "have and we will work on it together."
        ),
        "description_nb": (
            "Norske arbeidsgivere forventer ofte en kort CV og en søknad som er skrevet for "
            "akkurat den jobben. I verkstedet får du hjelp til å beskrive erfaringen din, også "
            "fra jobber i andre land, og til å legge CV-en inn på arbeidsplassen.no.\n\n"
            "Ta med PC hvis du har, ellers kan du låne en hos oss. Veilederne snakker norsk, "
            "engelsk og polsk."
        ),
        "description_en": (
            "Norwegian employers often expect a short CV and an application written for that "
            "particular job. In the workshop you get help describing your experience, including "
            "from jobs in other countries, and putting your CV on arbeidsplassen.no.\n\n"
            "Bring a laptop if you have one, or borrow one from us. The advisers speak "
            "Norwegian, English and Polish."
        ),
        "is_free": True,
        "schedule_nb": "Første tirsdag i måneden kl. 10–13",
        "schedule_en": "First Tuesday of the month, 10 am to 1 pm",
        "place": "Nav Narvik, møterom 1",
        "address": "Dronningens gate 49, 8514 Narvik",
        "signup_url": "https://example.org/nav-narvik/cv-verksted",
        "signup_phone": "+47 769 00 140",
        "focus_areas": ["work"],
        "target_groups": [
            "labour-europe",
            "labour-outside-europe",
            "refugees",
            "family-reunification",
            "norwegian-newcomers",
        ],
        "segments": ["youth"],
        "languages": ["nb", "en", "pl"],
        "published_days_ago": 34,
    },
    {
        "slug": "jobbmesse-narvik",
        "actor": "nav-narvik",
        "title_nb": "Jobbmesse i Narvik",
        "title_en": "Narvik job fair",
        "summary_nb": (
            "Møt over 40 arbeidsgivere fra Narvik-regionen som trenger folk – fra sykehus og "
            "havn til butikk, bygg og reiseliv. Ta med CV-en din."
        ),
        "summary_en": (
            "Meet more than 40 employers from the Narvik region who need staff – from the "
            "hospital and the port to shops, construction and tourism. Bring your CV."
        ),
        "description_nb": (
            "På jobbmessen kan du snakke direkte med arbeidsgivere, høre om ledige stillinger og "
            "levere CV. Nav og Karrieresenteret har egne stander der du kan få råd om "
            "jobbsøking og utdanning.\n\n"
            "Messen er åpen for alle, og det er gratis å komme. Mange av arbeidsgiverne snakker "
            "engelsk."
        ),
        "description_en": (
            "At the job fair you can talk directly to employers, hear about vacancies and hand "
            "in your CV. Nav and the career centre have their own stands where you can get "
            "advice on job hunting and education.\n\n"
            "The fair is open to everyone and free to attend. Many of the employers speak "
            "English."
        ),
        "is_free": True,
        "schedule_nb": "Én dag, kl. 11–16",
        "schedule_en": "One day, 11 am to 4 pm",
        "starts": (35, 11, 0),
        "ends": (35, 16, 0),
        "valid_until_days": 35,
        "place": "Narvikhallen",
        "address": "Stadionveien 2, 8515 Narvik",
        "signup_url": "https://example.org/nav-narvik/jobbmesse",
        "focus_areas": ["work", "education"],
        "target_groups": ALL_GROUPS,
        "segments": ["students", "youth", "returnees"],
        "languages": ["nb", "en"],
        "published_days_ago": 15,
    },
    {
        # Published, but its validity ended a few days ago: off every public page by itself.
        "slug": "kurs-sok-jobb-digitalt",
        "actor": "nav-narvik",
        "title_nb": "Kurs: søk jobb digitalt",
        "title_en": "Course: applying for jobs online",
        "summary_nb": (
            "Et kurs over tre formiddager om hvordan du finner ledige stillinger, lager profil "
            "på arbeidsplassen.no og søker jobb på nett."
        ),
        "summary_en": (
            "A course over three mornings on how to find vacancies, create a profile on "
            "arbeidsplassen.no and apply for jobs online."
        ),
        "description_nb": (
            "Kurset er for deg som er ny i det norske arbeidsmarkedet, eller som ikke har søkt "
            "jobb på nett før. Vi går gjennom jobbsøkingen steg for steg, og du får tid til å "
            "øve med hjelp fra en veileder.\n\n"
            "Det er et begrenset antall plasser."
        ),
        "description_en": (
            "The course is for people who are new to the Norwegian job market or have never "
            "applied for a job online. We go through the process step by step, and you get time "
            "to practise with help from an adviser.\n\n"
            "Places are limited."
        ),
        "is_free": True,
        "schedule_nb": "Tre formiddager, kl. 09–12",
        "schedule_en": "Three mornings, 9 am to 12 noon",
        "valid_until_days": -4,
        "place": "Nav Narvik",
        "address": "Dronningens gate 49, 8514 Narvik",
        "signup_url": "https://example.org/nav-narvik/digitalt-jobbsok",
        "focus_areas": ["work", "communication"],
        "target_groups": ["labour-europe", "labour-outside-europe", "refugees"],
        "languages": ["nb", "en"],
        "published_days_ago": 50,
    },
    # --- Karrieresenteret -------------------------------------------------------------------
    {
        "slug": "gratis-karriereveiledning",
        "actor": "karrieresenteret-ofoten",
        "title_nb": "Gratis karriereveiledning",
        "title_en": "Free career guidance",
        "summary_nb": (
            "Lurer du på hvilken jobb eller utdanning som passer for deg i Norge? Snakk med en "
            "karriereveileder – gratis og uten henvisning."
        ),
        "summary_en": (
            "Wondering which job or education suits you in Norway? Talk to a career adviser – "
            "free, and you do not need a referral."
        ),
        "description_nb": (
            "En karriereveileder hjelper deg med å finne ut hva du kan, og hva du har lyst til. "
            "Sammen ser dere på jobbmuligheter i regionen, ulike veier til utdanning og hva som "
            "skal til for å komme dit.\n\n"
            "Samtalen kan være på kontoret, på video eller på telefon. Tilbudet gjelder alle over "
            "19 år som bor i Nordland."
        ),
        "description_en": (
            "A career adviser helps you work out what you can do and what you want to do. "
            "Together you look at job opportunities in the region, routes into education and "
            "what it takes to get there.\n\n"
            "Meetings can be at the office, by video or by phone. The service is for everyone "
            "over 19 who lives in Nordland."
        ),
        "is_free": True,
        "schedule_nb": "Hverdager, etter avtale",
        "schedule_en": "Weekdays, by appointment",
        "place": "Karrieresenteret",
        "address": "Dronningens gate 57, 8514 Narvik",
        "signup_url": "https://example.org/karrieresenteret-ofoten/bestill-time",
        "signup_email": "karriere-ofoten@example.org",
        "signup_phone": "+47 769 00 150",
        "focus_areas": ["work", "education"],
        "target_groups": ALL_GROUPS,
        "segments": ["youth", "students", "returnees"],
        "languages": ["nb", "en", "sv"],
        "published_days_ago": 42,
        "confirmed_days_ago": 10,
    },
    {
        "slug": "godkjenning-av-utdanning",
        "actor": "karrieresenteret-ofoten",
        "title_nb": "Få utdanningen din fra utlandet godkjent",
        "title_en": "Getting your foreign education recognised",
        "summary_nb": (
            "Vi hjelper deg med å finne ut om utdanningen eller fagbrevet ditt må godkjennes i "
            "Norge, og hvordan du søker."
        ),
        "summary_en": (
            "We help you find out whether your education or trade certificate needs to be "
            "recognised in Norway, and how to apply."
        ),
        "description_nb": (
            "I noen yrker, for eksempel som sykepleier, lærer og elektriker, må du ha "
            "godkjenning for å jobbe i Norge. I andre jobber kan en godkjenning gjøre det "
            "lettere å bli ansatt. Vi forklarer reglene og hjelper deg med å samle dokumentene "
            "og fylle ut søknaden.\n\n"
            "Ta med vitnemål og karakterutskrifter, gjerne oversatt til norsk eller engelsk."
        ),
        "description_en": (
            "Some professions, such as nurse, teacher and electrician, require recognition "
            "before you can work in Norway. For other jobs, recognition can make it easier to "
            "get hired. We explain the rules and help you gather your documents and fill in the "
            "application.\n\n"
            "Bring your diplomas and transcripts, preferably translated into Norwegian or "
            "English."
        ),
        "is_free": True,
        "schedule_nb": "Drop-in torsdager kl. 12–15",
        "schedule_en": "Drop-in on Thursdays, 12–3 pm",
        "place": "Karrieresenteret",
        "address": "Dronningens gate 57, 8514 Narvik",
        "signup_email": "karriere-ofoten@example.org",
        "focus_areas": ["education", "work"],
        "target_groups": [
            "labour-europe",
            "labour-outside-europe",
            "refugees",
            "family-reunification",
        ],
        "languages": ["nb", "en", "ar"],
        "published_days_ago": 28,
    },
    # --- Narvik voksenopplæring -------------------------------------------------------------
    {
        "slug": "norskkurs-kveld",
        "actor": "narvik-voksenopplaering",
        "title_nb": "Norskkurs på kveldstid",
        "title_en": "Evening Norwegian course",
        "summary_nb": (
            "Lær norsk på kveldstid ved siden av jobben. Vi har kurs fra nybegynner (A1) til "
            "viderekommen (B2), og du begynner på det nivået som passer for deg."
        ),
        "summary_en": (
            "Learn Norwegian in the evening alongside your job. We have courses from beginner "
            "(A1) to upper intermediate (B2), and you start at the level that suits you."
        ),
        "description_nb": (
            "Kurset er for deg som jobber og vil lære norsk raskere. Vi legger vekt på muntlig "
            "norsk fra hverdagen og arbeidslivet, og du får lekser mellom timene. Før kurset "
            "starter, tar du en kort nivåtest.\n\n"
            "Ofte kan arbeidsgiveren din betale kurset – spør gjerne før du melder deg på."
        ),
        "description_en": (
            "The course is for people who work and want to learn Norwegian faster. We focus on "
            "spoken Norwegian from everyday life and the workplace, and you get homework between "
            "lessons. Before the course starts you take a short level test.\n\n"
            "Your employer can often pay for the course – it is worth asking before you sign up."
        ),
        "is_free": False,
        "price_nb": "4 200 kr per semester, lærebok inkludert",
        "price_en": "NOK 4,200 per term, textbook included",
        "schedule_nb": "Mandager og onsdager kl. 18–20.30, september–juni",
        "schedule_en": "Mondays and Wednesdays 6–8.30 pm, September to June",
        "place": "Narvik voksenopplæring",
        "address": "Frydenlunds gate 10, 8514 Narvik",
        "signup_url": "https://example.org/narvik-voksenopplaering/kveldskurs",
        "signup_email": "voksenopplaering@example.org",
        "signup_phone": "+47 769 00 160",
        "focus_areas": ["norwegian"],
        "target_groups": [*LABOUR, "family-reunification"],
        "languages": ["nb", "en"],
        "published_days_ago": 57,
        "confirmed_days_ago": 3,
    },
    {
        # Norwegian only: shows the fallback to bokmål on the English pages.
        "slug": "kurs-for-norskproven",
        "actor": "narvik-voksenopplaering",
        "title_nb": "Kurs før norskprøven",
        "title_en": "",
        "summary_nb": (
            "Fire kvelder med forberedelse til norskprøven på nivå B1 og B2. Vi øver på lytting, "
            "lesing, skriving og den muntlige prøven."
        ),
        "summary_en": "",
        "description_nb": (
            "Kurset er for deg som snart skal ta norskprøven. Du får prøve oppgaver som ligner "
            "på dem du får på prøven, og læreren gir deg tilbakemelding på det du skriver.\n\n"
            "Du må selv melde deg opp til selve prøven. Vi forklarer hvordan du gjør det, den "
            "første kvelden."
        ),
        "description_en": "",
        "is_free": False,
        "price_nb": "1 500 kr",
        "schedule_nb": "Fire kvelder over to uker, kl. 17.30–20",
        "starts": (45, 17, 30),
        "ends": (54, 20, 0),
        "valid_until_days": 54,
        "place": "Narvik voksenopplæring",
        "address": "Frydenlunds gate 10, 8514 Narvik",
        "signup_url": "https://example.org/narvik-voksenopplaering/norskproven",
        "signup_email": "voksenopplaering@example.org",
        "focus_areas": ["norwegian", "education"],
        "target_groups": [
            "labour-europe",
            "labour-outside-europe",
            "refugees",
            "family-reunification",
        ],
        "languages": ["nb"],
        "published_days_ago": 18,
    },
    # --- Narvik videregående skole ----------------------------------------------------------
    {
        "slug": "innforingsklasse",
        "actor": "narvik-videregaende-skole",
        "title_nb": "Innføringsklasse for ungdom som er nye i Norge",
        "title_en": "Introductory class for young people new to Norway",
        "summary_nb": (
            "Et skoleår for ungdom mellom 16 og 24 år som trenger mer norsk og grunnleggende fag "
            "før de begynner på videregående."
        ),
        "summary_en": (
            "A school year for young people aged 16 to 24 who need more Norwegian and basic "
            "subjects before starting upper secondary school."
        ),
        "description_nb": (
            "I innføringsklassen lærer du norsk, engelsk, matematikk og samfunnsfag i en liten "
            "gruppe. Du blir også kjent med de ulike utdanningsprogrammene, slik at du kan velge "
            "riktig når du søker videre.\n\n"
            "Skolen har flerspråklige lærere og rådgivere som hjelper deg og familien din. Ta "
            "kontakt med rådgiveren for å søke."
        ),
        "description_en": (
            "In the introductory class you learn Norwegian, English, maths and social studies in "
            "a small group. You also get to know the different programmes, so you can make the "
            "right choice when you apply to go further.\n\n"
            "The school has multilingual teachers and counsellors who help you and your family. "
            "Contact the counsellor to apply."
        ),
        "is_free": True,
        "schedule_nb": "Skoledager kl. 08.15–14.30, august–juni",
        "schedule_en": "School days 8.15 am to 2.30 pm, August to June",
        "place": "Narvik videregående skole",
        "address": "Skoleveien 10, 8515 Narvik",
        "signup_email": "narvik-vgs@example.org",
        "signup_phone": "+47 769 00 170",
        "focus_areas": ["education", "norwegian"],
        "target_groups": ["refugees", "family-reunification", "labour-outside-europe"],
        "segments": ["youth"],
        "languages": ["nb", "ar", "ti", "uk", "prs"],
        "published_days_ago": 47,
    },
    {
        "slug": "fagbrev-for-voksne",
        "actor": "narvik-videregaende-skole",
        "title_nb": "Fagbrev for voksne med arbeidserfaring",
        "title_en": "Trade certificate for adults with work experience",
        "summary_nb": (
            "Har du jobbet i flere år i et fag, for eksempel som tømrer, elektriker eller "
            "helsefagarbeider? Da kan du kanskje ta fagbrev som praksiskandidat."
        ),
        "summary_en": (
            "Have you worked in a trade for several years, for example as a carpenter, "
            "electrician or healthcare worker? Then you may be able to take a trade certificate "
            "on the basis of your experience."
        ),
        "description_nb": (
            "Som praksiskandidat tar du fagbrevet på grunnlag av det du har jobbet med. Vi "
            "vurderer erfaringen din, også fra andre land, og lager en plan for hva du må lese "
            "og øve på før den skriftlige eksamenen og fagprøven.\n\n"
            "Undervisningen er på kveldstid, slik at du kan jobbe ved siden av."
        ),
        "description_en": (
            "As an experienced worker you take the trade certificate on the basis of the work "
            "you have done. We assess your experience, including from other countries, and make "
            "a plan for what you need to study and practise before the written exam and the "
            "trade test.\n\n"
            "Teaching is in the evening, so you can keep working."
        ),
        "is_free": False,
        "price_nb": "Gratis hvis du har rett til videregående opplæring. Ellers betaler du "
        "eksamensavgift.",
        "price_en": "Free if you are entitled to upper secondary education. Otherwise you pay an "
        "exam fee.",
        "schedule_nb": "Tirsdager kl. 17–20, oktober–mai",
        "schedule_en": "Tuesdays 5–8 pm, October to May",
        "place": "Narvik videregående skole",
        "address": "Skoleveien 10, 8515 Narvik",
        "signup_url": "https://example.org/narvik-vgs/fagbrev-voksne",
        "signup_email": "narvik-vgs@example.org",
        "focus_areas": ["education", "work"],
        "target_groups": [*LABOUR, "norwegian-newcomers"],
        "segments": ["returnees"],
        "languages": ["nb"],
        "published_days_ago": 24,
    },
    # --- UiT campus Narvik ------------------------------------------------------------------
    {
        "slug": "student-welcome-week",
        "actor": "uit-campus-narvik",
        "title_nb": "Fadderuka – velkomstuke for nye studenter",
        "title_en": "Student welcome week",
        "summary_nb": (
            "En uke med omvisning, informasjon og sosiale aktiviteter for deg som begynner å "
            "studere på campus Narvik. Bli kjent med medstudentene og byen før forelesningene "
            "starter."
        ),
        "summary_en": (
            "A week of campus tours, information and social activities for new students at "
            "campus Narvik. Get to know your fellow students and the town before lectures start."
        ),
        "description_nb": (
            "Du får en fadder – en student som har gått her en stund – som viser deg rundt og "
            "svarer på spørsmål. Programmet har blant annet tur opp på Narvikfjellet, grilling, "
            "quiz og informasjon om studentbolig, bibliotek og studentvelferd.\n\n"
            "Internasjonale studenter har egne møter på engelsk om oppholdstillatelse, bank og "
            "skattekort."
        ),
        "description_en": (
            "You get a buddy – a student who has studied here for a while – who shows you around "
            "and answers your questions. The programme includes a trip up Narvikfjellet, a "
            "barbecue, a quiz and information about student housing, the library and student "
            "welfare.\n\n"
            "International students have their own meetings in English about residence permits, "
            "bank accounts and tax cards."
        ),
        "is_free": True,
        "schedule_nb": "Første uke i semesteret",
        "schedule_en": "The first week of term",
        "starts": (60, 10, 0),
        "ends": (66, 22, 0),
        "valid_until_days": 66,
        "place": "UiT campus Narvik",
        "address": "Lodve Langes gate 2, 8514 Narvik",
        "signup_url": "https://example.org/uit-narvik/fadderuka",
        "focus_areas": ["leisure", "education", "participation"],
        "target_groups": ["norwegian-newcomers", "labour-outside-europe"],
        "segments": ["students", "youth"],
        "languages": ["nb", "en"],
        "published_days_ago": 10,
    },
    {
        "slug": "help-desk-for-international-students",
        "actor": "uit-campus-narvik",
        "title_nb": "Hjelp for internasjonale studenter",
        "title_en": "Help desk for international students",
        "summary_nb": (
            "Studentservice hjelper internasjonale studenter med studentbolig, "
            "oppholdstillatelse, norsk ID-nummer og bankkonto."
        ),
        "summary_en": (
            "Student services help international students with student housing, residence "
            "permits, a Norwegian ID number and a bank account."
        ),
        "description_nb": (
            "De første ukene i et nytt land er det mye som skal ordnes. Hos Studentservice får "
            "du hjelp til å registrere deg hos politiet og Skatteetaten, søke studentbolig og "
            "forstå reglene hvis du vil jobbe ved siden av studiene.\n\n"
            "Du kan komme innom, sende e-post eller bestille en videosamtale før du reiser til "
            "Norge."
        ),
        "description_en": (
            "There is a lot to sort out in your first weeks in a new country. Student services "
            "help you register with the police and the Tax Administration, apply for student "
            "housing and understand the rules if you want to work alongside your studies.\n\n"
            "Drop in, send an e-mail or book a video call before you travel to Norway."
        ),
        "is_free": True,
        "schedule_nb": "Hverdager kl. 10–14",
        "schedule_en": "Weekdays 10 am to 2 pm",
        "place": "UiT campus Narvik, Studentservice",
        "address": "Lodve Langes gate 2, 8514 Narvik",
        "signup_email": "studentservice-narvik@example.org",
        "focus_areas": ["housing", "communication"],
        "segments": ["students"],
        "languages": ["en", "nb"],
        "published_days_ago": 33,
    },
    # --- Narvikregionens næringsforening ----------------------------------------------------
    {
        "slug": "hjem-til-narvik",
        "actor": "narvikregionens-naeringsforening",
        "title_nb": "Hjem til Narvik – nettverk for deg som flytter hjem",
        "title_en": "Hjem til Narvik – a network for people moving back home",
        "summary_nb": (
            "Har du vokst opp i Narvik og vurderer å flytte hjem? Nettverket gir deg tips om "
            "jobb, bolig og hva som har skjedd i byen mens du har vært borte."
        ),
        "summary_en": (
            "Did you grow up in Narvik and are you thinking of moving back? The network gives "
            "you tips on jobs, housing and what has happened in town while you were away."
        ),
        "description_nb": (
            "Vi samler folk som har flyttet hjem, og folk som tenker på det. Nettverket har et "
            "nyhetsbrev med ledige stillinger, og vi arrangerer treff i Narvik, Oslo, Trondheim "
            "og Tromsø.\n\n"
            "Vi kan også sette deg i kontakt med arbeidsgivere som leter etter folk med din "
            "bakgrunn – og med partnerens bakgrunn, hvis dere flytter sammen."
        ),
        "description_en": (
            "We bring together people who have moved back and people who are thinking about it. "
            "The network has a newsletter with job vacancies, and we hold get-togethers in "
            "Narvik, Oslo, Trondheim and Tromsø.\n\n"
            "We can also put you in touch with employers looking for people with your "
            "background – and your partner's, if you are moving together."
        ),
        "is_free": True,
        "schedule_nb": "Treff fire ganger i året, nyhetsbrev hver måned",
        "schedule_en": "Get-togethers four times a year, monthly newsletter",
        "signup_url": "https://example.org/naeringsforeningen/hjem-til-narvik",
        "signup_email": "hjemtilnarvik@example.org",
        "focus_areas": ["participation", "work", "communication"],
        "target_groups": ["norwegian-newcomers"],
        "segments": ["returnees", "families"],
        "languages": ["nb", "en"],
        "published_days_ago": 55,
        "confirmed_days_ago": 1,
    },
    {
        "slug": "frokostmote-naeringslivet",
        "actor": "narvikregionens-naeringsforening",
        "title_nb": "Frokostmøte: møt næringslivet i Narvik",
        "title_en": "Business breakfast: meet Narvik's business community",
        "summary_nb": (
            "Frokost og korte innlegg fra bedrifter som vokser og trenger folk. En enkel måte å "
            "bygge nettverk på når du er ny i byen."
        ),
        "summary_en": (
            "Breakfast and short talks from companies that are growing and need people. An easy "
            "way to build a network when you are new in town."
        ),
        "description_nb": (
            "Hvert frokostmøte har et tema, for eksempel grønn industri, reiseliv eller helse. "
            "Tre bedrifter forteller kort om hva de gjør og hvem de trenger, og etterpå er det "
            "tid til å snakke med folk.\n\n"
            "Innleggene er på norsk, men mange av deltakerne snakker engelsk. Nye i byen er "
            "spesielt velkomne."
        ),
        "description_en": (
            "Each breakfast has a theme, such as green industry, tourism or health. Three "
            "companies talk briefly about what they do and who they need, and afterwards there "
            "is time to mingle.\n\n"
            "The talks are in Norwegian, but many participants speak English. Newcomers are "
            "especially welcome."
        ),
        "is_free": False,
        "price_nb": "Gratis for medlemmer, 250 kr for andre",
        "price_en": "Free for members, NOK 250 for others",
        "schedule_nb": "Én morgen, kl. 07.30–09",
        "schedule_en": "One morning, 7.30–9 am",
        "starts": (21, 7, 30),
        "ends": (21, 9, 0),
        "valid_until_days": 21,
        "place": "Næringsforeningens lokaler",
        "address": "Havnegata 6, 8514 Narvik",
        "signup_url": "https://example.org/naeringsforeningen/frokostmote",
        "signup_email": "post-naeringsforeningen@example.org",
        "focus_areas": ["work", "participation"],
        "target_groups": [*LABOUR, "norwegian-newcomers"],
        "segments": ["returnees"],
        "languages": ["nb"],
        "published_days_ago": 9,
    },
    {
        "slug": "jobbhjelp-for-partner",
        "actor": "narvikregionens-naeringsforening",
        "title_nb": "Jobbhjelp for medfølgende partner",
        "title_en": "Job help for accompanying partners",
        "summary_nb": (
            "Flytter du til Narvik fordi partneren din har fått jobb her? Vi hjelper deg med å "
            "finne en jobb som passer for deg også."
        ),
        "summary_en": (
            "Moving to Narvik because your partner has got a job here? We help you find a job "
            "that suits you too."
        ),
        "description_nb": (
            "Mange takker nei til en jobb fordi partneren ikke finner arbeid på det nye stedet. "
            "Derfor har næringsforeningen en kontaktperson som kjenner arbeidsgiverne i "
            "regionen. Hun hjelper deg med CV, kontakter og stillinger som ikke er lyst ut.\n\n"
            "Tilbudet er gratis og gjelder både for deg som flytter fra et annet sted i Norge, "
            "og for deg som kommer fra utlandet."
        ),
        "description_en": (
            "Many people turn down a job because their partner cannot find work in the new "
            "place. That is why the business association has a contact person who knows the "
            "employers in the region. She helps you with your CV, contacts and vacancies that "
            "are not advertised.\n\n"
            "The service is free, whether you are moving from elsewhere in Norway or from abroad."
        ),
        "is_free": True,
        "schedule_nb": "Etter avtale",
        "schedule_en": "By appointment",
        "signup_email": "partner@example.org",
        "signup_phone": "+47 769 00 191",
        "focus_areas": ["work"],
        "target_groups": [*LABOUR, "family-reunification", "norwegian-newcomers"],
        "segments": ["families"],
        "languages": ["nb", "en"],
        "published_days_ago": 36,
    },
    # --- UNN Narvik -------------------------------------------------------------------------
    {
        "slug": "startprogram-for-helsepersonell",
        "actor": "unn-narvik",
        "title_nb": "Startprogram for nyansatt helsepersonell fra utlandet",
        "title_en": "Start-up programme for new health workers from abroad",
        "summary_nb": (
            "Nyansatte sykepleiere og leger fra andre land får fadder, norskkurs i arbeidstiden "
            "og hjelp med det praktiske de første månedene."
        ),
        "summary_en": (
            "Newly hired nurses and doctors from other countries get a mentor, Norwegian lessons "
            "in working hours and practical help during their first months."
        ),
        "description_nb": (
            "Programmet varer i ett år. Du får en fadder på avdelingen, norskundervisning med "
            "ord og uttrykk fra sykehuset, og kurs om det norske helsevesenet og "
            "pasientrettigheter. Vi hjelper deg også med bolig, barnehageplass og papirer når du "
            "kommer.\n\n"
            "Tilbudet gjelder alle som blir ansatt ved UNN Narvik. Ta kontakt hvis du vurderer å "
            "søke jobb hos oss."
        ),
        "description_en": (
            "The programme lasts one year. You get a mentor on your ward, Norwegian lessons with "
            "hospital vocabulary and a course on the Norwegian health service and patients' "
            "rights. We also help you with housing, a kindergarten place and paperwork when you "
            "arrive.\n\n"
            "The programme is for everyone who is hired at UNN Narvik. Get in touch if you are "
            "thinking of applying for a job with us."
        ),
        "is_free": True,
        "schedule_nb": "Oppstart hver måned. Norsk tirsdager og torsdager kl. 14–15.30.",
        "schedule_en": "Starts every month. Norwegian Tuesdays and Thursdays 2–3.30 pm.",
        "place": "UNN Narvik",
        "address": "Sykehusveien 11, 8516 Narvik",
        "signup_url": "https://example.org/unn-narvik/jobb",
        "signup_email": "rekruttering-narvik@example.org",
        "focus_areas": ["work", "norwegian"],
        "target_groups": LABOUR,
        "segments": ["families"],
        "languages": ["nb", "en", "sv"],
        "published_days_ago": 44,
    },
    # --- Ofoten Malm og Logistikk -----------------------------------------------------------
    {
        "slug": "apen-dag-i-havna",
        "actor": "ofoten-malm-logistikk",
        "title_nb": "Åpen dag i havna: se jobbene på nært hold",
        "title_en": "Open day at the port: see the jobs up close",
        "summary_nb": (
            "Bli med på omvisning i malmhavna og på godsterminalen, og snakk med ansatte om "
            "hvordan det er å jobbe her. Vi trenger operatører, mekanikere og elektrikere."
        ),
        "summary_en": (
            "Join a tour of the ore port and the freight terminal and talk to employees about "
            "what it is like to work here. We need operators, mechanics and electricians."
        ),
        "description_nb": (
            "Omvisningen tar omtrent en time og starter hver hele time. Du får se kaiene, "
            "lasteanlegget og verkstedet, og møte ansatte fra blant annet Polen, Litauen og "
            "Sverige som forteller om hverdagen sin i Narvik.\n\n"
            "Ta på gode sko og klær etter været. Vi har hjelm og vest til alle. Barn over 12 år "
            "kan bli med sammen med en voksen."
        ),
        "description_en": (
            "The tour takes about an hour and starts every hour on the hour. You will see the "
            "quays, the loading plant and the workshop, and meet employees from Poland, "
            "Lithuania, Sweden and elsewhere, who tell you about their everyday life in "
            "Narvik.\n\n"
            "Wear sturdy shoes and clothes for the weather. We provide helmets and vests. "
            "Children over 12 may come with an adult."
        ),
        "is_free": True,
        "schedule_nb": "Én dag, kl. 10–15",
        "schedule_en": "One day, 10 am to 3 pm",
        "starts": (28, 10, 0),
        "ends": (28, 15, 0),
        "valid_until_days": 28,
        "place": "Hovedporten, Narvik havn",
        "address": "Fagernesveien 20, 8514 Narvik",
        "signup_url": "https://example.org/ofoten-malm/apen-dag",
        "signup_email": "personal-ofoten@example.org",
        "focus_areas": ["work"],
        "target_groups": [*LABOUR, "norwegian-newcomers"],
        "segments": ["youth", "returnees"],
        "languages": ["nb", "en", "pl", "lt"],
        "published_days_ago": 5,
    },
    {
        "slug": "bolighjelp-for-nyansatte",
        "actor": "ofoten-malm-logistikk",
        "title_nb": "Bolighjelp for nyansatte",
        "title_en": "Housing help for new employees",
        "summary_nb": (
            "Vi har leiligheter som nyansatte kan leie de første månedene, og hjelper deg med å "
            "finne en fast bolig til deg og familien."
        ),
        "summary_en": (
            "We have flats that new employees can rent for the first few months, and we help "
            "you find a permanent home for you and your family."
        ),
        "description_nb": (
            "Det kan ta tid å finne bolig når du flytter fra et annet land eller fra et annet "
            "sted i Norge. Derfor har vi møblerte leiligheter i sentrum som nyansatte kan leie i "
            "opptil seks måneder.\n\n"
            "I den tiden hjelper personalavdelingen deg med boligsøk, visninger og "
            "leiekontrakt. Vi snakker norsk, engelsk, polsk og litauisk."
        ),
        "description_en": (
            "Finding a home can take time when you move from another country or another part of "
            "Norway. That is why we have furnished flats in the town centre that new employees "
            "can rent for up to six months.\n\n"
            "During that time, our HR department helps you with your search, viewings and "
            "tenancy agreement. We speak Norwegian, English, Polish and Lithuanian."
        ),
        "is_free": False,
        "price_nb": "Redusert husleie de tre første månedene",
        "price_en": "Reduced rent for the first three months",
        "schedule_nb": "Fra du begynner hos oss",
        "schedule_en": "From the day you start working for us",
        "signup_email": "personal-ofoten@example.org",
        "signup_phone": "+47 769 00 210",
        "focus_areas": ["housing"],
        "target_groups": [*LABOUR, "norwegian-newcomers"],
        "segments": ["families"],
        "languages": ["nb", "en", "pl", "lt"],
        "published_days_ago": 31,
    },
    {
        # Rejected by the project office: a job advert, not an offer for newcomers.
        "slug": "vi-soker-truckforere",
        "actor": "ofoten-malm-logistikk",
        "status": "rejected",
        "title_nb": "Vi søker truckførere",
        "title_en": "We are hiring forklift drivers",
        "summary_nb": (
            "Ofoten Malm og Logistikk søker tre truckførere til faste stillinger. "
            "Søknadsfristen er om tre uker."
        ),
        "summary_en": (
            "Ofoten Malm og Logistikk is looking for three forklift drivers for permanent "
            "positions. Applications close in three weeks."
        ),
        "description_nb": (
            "Du må ha truckførerbevis, og det er en fordel om du har erfaring fra lager eller "
            "havn. Vi tilbyr god lønn og skiftordning."
        ),
        "description_en": (
            "You need a forklift licence, and experience from a warehouse or port is an "
            "advantage. We offer good pay and shift work."
        ),
        "is_free": True,
        "signup_email": "personal-ofoten@example.org",
        "focus_areas": ["work"],
        "target_groups": ["labour-europe"],
        "languages": ["nb", "en"],
    },
    {
        # Submitted and waiting for the project office.
        "slug": "sommerjobb-for-ungdom",
        "actor": "ofoten-malm-logistikk",
        "status": "pending",
        "title_nb": "Sommerjobb for ungdom",
        "title_en": "Summer jobs for young people",
        "summary_nb": (
            "Er du mellom 16 og 20 år? Søk sommerjobb i havna og få betalt arbeidserfaring, "
            "opplæring og en attest du kan bruke senere."
        ),
        "summary_en": (
            "Are you between 16 and 20? Apply for a summer job at the port and get paid work "
            "experience, training and a reference you can use later."
        ),
        "description_nb": (
            "Sommerjobben varer i fire uker. Du jobber sammen med en erfaren kollega med "
            "vedlikehold, rydding og enkle oppgaver på terminalen. Alle får sikkerhetsopplæring "
            "den første dagen.\n\n"
            "Vi oppfordrer ungdom som har bodd kort tid i Norge, til å søke."
        ),
        "description_en": (
            "The summer job lasts four weeks. You work alongside an experienced colleague on "
            "maintenance, tidying and simple tasks at the terminal. Everyone gets safety "
            "training on the first day.\n\n"
            "We encourage young people who have lived in Norway for a short time to apply."
        ),
        "is_free": True,
        "schedule_nb": "Fire uker i perioden juni–august",
        "schedule_en": "Four weeks between June and August",
        "signup_url": "https://example.org/ofoten-malm/sommerjobb",
        "focus_areas": ["work"],
        "target_groups": ["refugees", "family-reunification", "labour-europe"],
        "segments": ["youth"],
        "languages": ["nb", "en"],
    },
    # --- Narvik Skiklubb --------------------------------------------------------------------
    {
        "slug": "ski-school-for-beginners",
        "actor": "narvik-skiklubb",
        "title_nb": "Skiskole for voksne nybegynnere",
        "title_en": "Ski school for adult beginners",
        "summary_nb": (
            "Har du aldri gått på ski? Lær det grunnleggende i langrenn på fire kvelder i "
            "lysløypa, sammen med andre som også er nye."
        ),
        "summary_en": (
            "Never skied before? Learn the basics of cross-country skiing over four evenings on "
            "the floodlit trail, together with others who are new too."
        ),
        "description_nb": (
            "Instruktørene viser deg hvordan du går, svinger, bremser og kommer deg opp igjen "
            "når du faller. Vi tar det med ro, og det er lov å le.\n\n"
            "Du kan låne ski, staver og støvler av klubben. Kle deg godt i flere lag, og ta med "
            "noe å drikke."
        ),
        "description_en": (
            "Our instructors show you how to glide, turn, brake and get up again when you fall. "
            "We take it slowly, and laughing is allowed.\n\n"
            "You can borrow skis, poles and boots from the club. Dress warmly in several layers "
            "and bring something to drink."
        ),
        "is_free": False,
        "price_nb": "600 kr for fire kvelder. Lån av utstyr er inkludert.",
        "price_en": "NOK 600 for four evenings. Equipment is included.",
        "schedule_nb": "Onsdager kl. 18–19.30, januar–mars",
        "schedule_en": "Wednesdays 6–7.30 pm, January to March",
        "place": "Lysløypa ved Skistua",
        "address": "Mannfallsveien 4, 8514 Narvik",
        "signup_url": "https://example.org/narvik-skiklubb/skiskole",
        "signup_email": "skiklubben@example.org",
        "focus_areas": ["leisure"],
        "target_groups": ALL_GROUPS,
        "segments": ["students"],
        "languages": ["nb", "en"],
        "published_days_ago": 22,
    },
    {
        # Norwegian only.
        "slug": "skileik-for-barn",
        "actor": "narvik-skiklubb",
        "title_nb": "Skileik for barn fra 4 til 8 år",
        "title_en": "",
        "summary_nb": (
            "Barna koser seg på ski med lek, akebakke og bål. Foreldrene er med og hjelper til."
        ),
        "summary_en": "",
        "description_nb": (
            "Skileiken handler om å ha det gøy på ski, ikke om å gå fort. Vi leker i terrenget "
            "ved Skistua, tenner bål og griller pølser etter hver gang.\n\n"
            "Klubben har ski og støvler som barna kan låne hele sesongen. Spør oss hvis familien "
            "trenger hjelp til å betale medlemskapet."
        ),
        "description_en": "",
        "is_free": False,
        "price_nb": "Medlemskap 350 kr per år",
        "schedule_nb": "Søndager kl. 11–13, januar–mars",
        "place": "Skistua",
        "address": "Mannfallsveien 4, 8514 Narvik",
        "signup_url": "https://example.org/narvik-skiklubb/skileik",
        "focus_areas": ["leisure"],
        "target_groups": ["norwegian-newcomers", "labour-europe", "refugees"],
        "segments": ["families"],
        "languages": ["nb"],
        "published_days_ago": 16,
    },
    # --- Narvik IL Fotball ------------------------------------------------------------------
    {
        "slug": "fotball-for-barn",
        "actor": "narvik-il-fotball",
        "title_nb": "Fotball for barn fra 6 til 12 år",
        "title_en": "Football for children aged 6 to 12",
        "summary_nb": (
            "Alle barn er velkomne på fotballtrening, også de som aldri har spilt før. De tre "
            "første treningene er gratis, så barnet kan prøve før dere bestemmer dere."
        ),
        "summary_en": (
            "All children are welcome at football practice, including those who have never "
            "played. The first three sessions are free, so your child can try before you decide."
        ),
        "description_nb": (
            "Vi trener i aldersgrupper på kunstgresset om sommeren og i hallen om vinteren. "
            "Trenerne er foreldre som gjør det frivillig, og vi er opptatt av at alle skal få "
            "spille og ha det gøy.\n\n"
            "Fotball er en fin måte for både barn og foreldre å bli kjent med andre familier på. "
            "Noen av trenerne snakker engelsk, arabisk og ukrainsk."
        ),
        "description_en": (
            "We train in age groups on the artificial pitch in summer and in the sports hall in "
            "winter. The coaches are parents who volunteer, and we make sure everyone gets to "
            "play and have fun.\n\n"
            "Football is a great way for children and parents alike to get to know other "
            "families. Some of our coaches speak English, Arabic and Ukrainian."
        ),
        "is_free": False,
        "price_nb": "800 kr per halvår. Klubben dekker avgiften for familier som trenger det.",
        "price_en": "NOK 800 per half-year. The club covers the fee for families who need it.",
        "schedule_nb": "Mandager og torsdager kl. 17–18.30",
        "schedule_en": "Mondays and Thursdays 5–6.30 pm",
        "place": "Narvik stadion",
        "address": "Stadionveien 1, 8515 Narvik",
        "signup_url": "https://example.org/narvik-il-fotball/barnefotball",
        "signup_phone": "+47 769 00 230",
        "focus_areas": ["leisure"],
        "target_groups": [
            "refugees",
            "family-reunification",
            "labour-europe",
            "labour-outside-europe",
            "norwegian-newcomers",
        ],
        "segments": ["families", "youth"],
        "languages": ["nb", "en", "ar", "uk"],
        "published_days_ago": 49,
    },
    {
        "slug": "apen-hall-fredagskveld",
        "actor": "narvik-il-fotball",
        "title_nb": "Åpen hall på fredagskvelder",
        "title_en": "Open sports hall on Friday evenings",
        "summary_nb": (
            "Gratis fotball og andre ballspill for ungdom mellom 13 og 19 år. Du trenger ikke å "
            "melde deg på – bare kom."
        ),
        "summary_en": (
            "Free football and other ball games for young people aged 13 to 19. No need to sign "
            "up – just turn up."
        ),
        "description_nb": (
            "Hver fredag holder vi hallen åpen for ungdom. Det er alltid voksne til stede, og vi "
            "har baller, vester og musikk. Du kan spille, se på eller bare henge med venner.\n\n"
            "Mange av dem som kommer, har bodd kort tid i Narvik. Det er et fint sted å bli "
            "kjent med andre på din alder."
        ),
        "description_en": (
            "Every Friday we keep the sports hall open for young people. There are always "
            "adults present, and we have balls, bibs and music. You can play, watch or just hang "
            "out with friends.\n\n"
            "Many of those who come have lived in Narvik for only a short time. It is a good "
            "place to meet others your age."
        ),
        "is_free": True,
        "schedule_nb": "Fredager kl. 19–22",
        "schedule_en": "Fridays 7–10 pm",
        "place": "Narvikhallen",
        "address": "Stadionveien 2, 8515 Narvik",
        "focus_areas": ["leisure", "participation"],
        "target_groups": ["refugees", "family-reunification", "labour-outside-europe"],
        "segments": ["youth"],
        "languages": ["nb", "en", "ar", "ti", "so"],
        "published_days_ago": 3,
    },
    # --- Narvik Røde Kors -------------------------------------------------------------------
    {
        "slug": "flyktningguide",
        "actor": "narvik-rode-kors",
        "title_nb": "Flyktningguide – bli kjent med noen som bor her",
        "title_en": "Refugee guide – get to know a local",
        "summary_nb": (
            "Som ny i Norge får du en frivillig guide som du møter jevnlig i et halvt år. Dere "
            "finner på ting sammen og øver på norsk i hverdagen."
        ),
        "summary_en": (
            "As a newcomer to Norway you are paired with a volunteer guide whom you meet "
            "regularly for six months. You do things together and practise everyday Norwegian."
        ),
        "description_nb": (
            "Guiden er en vanlig person som bor i Narvik og vil bli kjent med deg. Dere kan gå "
            "tur, ta en kaffe, se en fotballkamp eller handle sammen – det er dere som "
            "bestemmer.\n\n"
            "Målet er at du skal få et nettverk, bli tryggere på norsk og lære hvordan ting "
            "fungerer her. Mange blir venner for livet."
        ),
        "description_en": (
            "Your guide is an ordinary person who lives in Narvik and wants to get to know you. "
            "You might go for a walk, have coffee, watch a football match or go shopping "
            "together – it is up to you.\n\n"
            "The aim is for you to build a network, gain confidence in Norwegian and learn how "
            "things work here. Many become friends for life."
        ),
        "is_free": True,
        "schedule_nb": "Minst to ganger i måneden i seks måneder, når det passer dere",
        "schedule_en": "At least twice a month for six months, whenever suits you both",
        "signup_url": "https://example.org/narvik-rode-kors/flyktningguide",
        "signup_email": "rodekors-narvik@example.org",
        "signup_phone": "+47 769 00 240",
        "focus_areas": ["participation", "norwegian", "leisure"],
        "target_groups": ["refugees", "family-reunification"],
        "languages": ["nb", "en", "ar", "ti", "uk"],
        "published_days_ago": 53,
        "confirmed_days_ago": 7,
    },
    {
        "slug": "leksehjelp",
        "actor": "narvik-rode-kors",
        "title_nb": "Gratis leksehjelp for barn og ungdom",
        "title_en": "Free homework help for children and young people",
        "summary_nb": (
            "Frivillige hjelper elever fra 5. trinn til videregående med lekser i alle fag. Vi "
            "serverer frukt og brødskiver."
        ),
        "summary_en": (
            "Volunteers help pupils from year 5 up to upper secondary with homework in all "
            "subjects. Fruit and sandwiches are served."
        ),
        "description_nb": (
            "Leksehjelpen holder til på biblioteket. Du tar med leksene dine, og en frivillig – "
            "ofte en student eller en lærer som er pensjonist – hjelper deg med det du synes er "
            "vanskelig.\n\n"
            "Foreldre som vil vite mer om norsk skole, er også velkomne til å komme innom og "
            "spørre."
        ),
        "description_en": (
            "Homework help takes place at the library. Bring your homework, and a volunteer – "
            "often a student or a retired teacher – will help you with whatever you find "
            "difficult.\n\n"
            "Parents who want to know more about Norwegian schools are also welcome to drop in "
            "and ask."
        ),
        "is_free": True,
        "schedule_nb": "Mandager og onsdager kl. 16–18 i skoleåret",
        "schedule_en": "Mondays and Wednesdays 4–6 pm during the school year",
        "place": "Narvik bibliotek",
        "address": "Kongens gate 42, 8514 Narvik",
        "signup_email": "rodekors-narvik@example.org",
        "focus_areas": ["education"],
        "target_groups": [
            "refugees",
            "family-reunification",
            "labour-europe",
            "labour-outside-europe",
        ],
        "segments": ["families", "youth"],
        "languages": ["nb", "en", "ar", "uk", "so"],
        "published_days_ago": 27,
    },
    {
        "slug": "first-aid-course-in-english",
        "actor": "narvik-rode-kors",
        "title_nb": "Førstehjelpskurs på engelsk",
        "title_en": "First aid course in English",
        "summary_nb": (
            "Lær grunnleggende førstehjelp på engelsk: hjerte-lunge-redning, sideleie og hvordan "
            "du ringer 113. For deg som ikke er trygg på norsk ennå."
        ),
        "summary_en": (
            "Learn basic first aid in English: CPR, the recovery position and how to call 113. "
            "For those who are not yet confident in Norwegian."
        ),
        "description_nb": (
            "Kurset varer i fire timer og er praktisk. Du øver på dukker og lærer hva du gjør "
            "ved ulykker, hjertestans og nedkjøling – nyttig i et land med lange vintre og mye "
            "friluftsliv.\n\n"
            "Undervisningen er på engelsk. Du får kursbevis etterpå."
        ),
        "description_en": (
            "The course lasts four hours and is hands-on. You practise on manikins and learn "
            "what to do in accidents, cardiac arrest and hypothermia – useful in a country with "
            "long winters and lots of outdoor life.\n\n"
            "The course is taught in English. You get a certificate afterwards."
        ),
        "is_free": False,
        "price_nb": "300 kr",
        "price_en": "NOK 300",
        "schedule_nb": "Én kveld, kl. 17–21",
        "schedule_en": "One evening, 5–9 pm",
        "starts": (18, 17, 0),
        "ends": (18, 21, 0),
        "valid_until_days": 18,
        "place": "Røde Kors-huset",
        "address": "Bolagsgata 5, 8514 Narvik",
        "signup_url": "https://example.org/narvik-rode-kors/forstehjelp",
        "signup_email": "rodekors-narvik@example.org",
        "focus_areas": ["participation"],
        "target_groups": ["labour-europe", "labour-outside-europe", "family-reunification"],
        "segments": ["students"],
        "languages": ["en"],
        "published_days_ago": 11,
    },
    # --- Narvik Frivilligsentral ------------------------------------------------------------
    {
        "slug": "bli-frivillig",
        "actor": "narvik-frivilligsentral",
        "title_nb": "Bli frivillig i Narvik",
        "title_en": "Volunteer in Narvik",
        "summary_nb": (
            "Vil du bruke litt av fritiden din på å hjelpe andre? Vi finner et frivillig oppdrag "
            "som passer for deg – en kveld i uka eller bare en gang iblant."
        ),
        "summary_en": (
            "Would you like to spend some of your free time helping others? We find a volunteer "
            "task that suits you – one evening a week or just now and then."
        ),
        "description_nb": (
            "Frivillig arbeid er en god måte å bli kjent med folk og lære norsk på. Du kan for "
            "eksempel være turvenn for en eldre, hjelpe til på arrangementer, kjøre folk til "
            "aktiviteter eller være med på leksehjelpen.\n\n"
            "Kom innom for en prat, så finner vi ut sammen hva som kan passe. Du trenger ikke å "
            "snakke godt norsk for å bidra."
        ),
        "description_en": (
            "Volunteering is a good way to meet people and learn Norwegian. You could be a "
            "walking companion for an older person, help out at events, drive people to "
            "activities or join the homework help.\n\n"
            "Drop in for a chat and we will work out together what might suit you. You do not "
            "need to speak good Norwegian to help."
        ),
        "is_free": True,
        "schedule_nb": "Kontortid mandag–torsdag kl. 09–15",
        "schedule_en": "Office hours Monday to Thursday, 9 am to 3 pm",
        "place": "Frivilligsentralen",
        "address": "Dronningens gate 41, 8514 Narvik",
        "signup_url": "https://example.org/narvik-frivilligsentral/bli-frivillig",
        "signup_email": "frivilligsentralen@example.org",
        "signup_phone": "+47 769 00 250",
        "focus_areas": ["participation", "leisure"],
        "target_groups": ALL_GROUPS,
        "segments": ["students", "returnees"],
        "languages": ["nb", "en", "pl"],
        "published_days_ago": 41,
    },
    {
        "slug": "internasjonalt-kor",
        "actor": "narvik-frivilligsentral",
        "title_nb": "Internasjonalt kor",
        "title_en": "International choir",
        "summary_nb": (
            "Syng sammen med folk fra hele verden. Vi synger sanger på mange språk, og du "
            "trenger ikke å kunne noter."
        ),
        "summary_en": (
            "Sing with people from all over the world. We sing songs in many languages, and you "
            "do not need to read music."
        ),
        "description_nb": (
            "Koret har rundt 30 medlemmer fra mer enn ti land. Vi lærer sangene ved å lytte og "
            "synge etter dirigenten, og medlemmene tar ofte med sanger fra hjemlandet sitt.\n\n"
            "Vi har to konserter i året, til jul og på nasjonaldagen 17. mai. Kom og prøv en "
            "øvelse før du bestemmer deg."
        ),
        "description_en": (
            "The choir has about 30 members from more than ten countries. We learn the songs by "
            "listening and singing after the conductor, and members often bring songs from "
            "their home countries.\n\n"
            "We give two concerts a year, at Christmas and on Constitution Day, 17 May. Come and "
            "try a rehearsal before you decide."
        ),
        "is_free": False,
        "price_nb": "200 kr per semester",
        "price_en": "NOK 200 per term",
        "schedule_nb": "Mandager kl. 19–21, september–juni",
        "schedule_en": "Mondays 7–9 pm, September to June",
        "place": "Frivilligsentralen",
        "address": "Dronningens gate 41, 8514 Narvik",
        "signup_email": "frivilligsentralen@example.org",
        "focus_areas": ["leisure", "participation"],
        "target_groups": [
            "labour-europe",
            "labour-outside-europe",
            "refugees",
            "family-reunification",
            "norwegian-newcomers",
        ],
        "languages": ["nb", "en"],
        "published_days_ago": 19,
    },
    # --- Narvik Sanitetsforening ------------------------------------------------------------
    {
        "slug": "kvinnetreff",
        "actor": "narvik-sanitetsforening",
        "title_nb": "Kvinnetreff – en møteplass for kvinner",
        "title_en": "Women's meeting place",
        "summary_nb": (
            "En uformell møteplass for kvinner som er nye i Narvik. Vi drikker te, snakker "
            "norsk, går tur og prater om helse, jobb og hverdagsliv."
        ),
        "summary_en": (
            "An informal meeting place for women who are new to Narvik. We drink tea, speak "
            "Norwegian, go for walks and talk about health, work and everyday life."
        ),
        "description_nb": (
            "Noen ganger inviterer vi gjester som svarer på spørsmål, for eksempel en "
            "helsesykepleier, en tannlege eller noen fra Nav. Andre ganger går vi tur eller "
            "lager mat sammen.\n\n"
            "Du kan ta med barn som ikke har begynt på skolen. Noen av de frivillige snakker "
            "arabisk, tigrinja, somali og dari."
        ),
        "description_en": (
            "Sometimes we invite guests to answer questions, such as a public health nurse, a "
            "dentist or someone from Nav. Other times we go for a walk or cook together.\n\n"
            "You can bring children who have not started school yet. Some of our volunteers "
            "speak Arabic, Tigrinya, Somali and Dari."
        ),
        "is_free": True,
        "schedule_nb": "Torsdager kl. 11–13",
        "schedule_en": "Thursdays 11 am to 1 pm",
        "place": "Sanitetshuset",
        "address": "Kongens gate 30, 8514 Narvik",
        "signup_phone": "+47 769 00 260",
        "focus_areas": ["participation", "leisure", "norwegian"],
        "target_groups": ["refugees", "family-reunification", "labour-outside-europe"],
        "segments": ["families"],
        "languages": ["nb", "ar", "ti", "so", "prs"],
        "published_days_ago": 46,
    },
    {
        # Norwegian only.
        "slug": "babytreff",
        "actor": "narvik-sanitetsforening",
        "title_nb": "Babytreff for nye foreldre",
        "title_en": "",
        "summary_nb": (
            "Møt andre foreldre med barn under ett år. Vi har kaffe, leker og god tid til å prate."
        ),
        "summary_en": "",
        "description_nb": (
            "Babytreffet er et uformelt treff for mødre og fedre i permisjon. Av og til får vi "
            "besøk fra helsestasjonen, som snakker om søvn, mat og utvikling.\n\n"
            "Det er gratis, og du trenger ikke å melde deg på. Alle er velkomne, også om dere "
            "nettopp har flyttet hit."
        ),
        "description_en": "",
        "is_free": True,
        "schedule_nb": "Tirsdager kl. 11–13",
        "place": "Sanitetshuset",
        "address": "Kongens gate 30, 8514 Narvik",
        "focus_areas": ["participation"],
        "target_groups": ["norwegian-newcomers", "labour-europe"],
        "segments": ["families"],
        "languages": ["nb"],
        "published_days_ago": 14,
    },
    # --- Narvik menighet --------------------------------------------------------------------
    {
        # Norwegian only.
        "slug": "onsdagsmiddag",
        "actor": "narvik-menighet",
        "title_nb": "Middag for alle på onsdager",
        "title_en": "",
        "summary_nb": (
            "Hver onsdag lager frivillige middag i menighetshuset. Alle er velkomne, uansett tro "
            "og bakgrunn."
        ),
        "summary_en": "",
        "description_nb": (
            "Onsdagsmiddagen er et enkelt og hyggelig måltid der du kan møte nye folk. Etter "
            "middagen er det aktiviteter for barna og kaffe for de voksne.\n\n"
            "Maten er uten svinekjøtt, og vi har alltid et vegetarisk alternativ."
        ),
        "description_en": "",
        "is_free": False,
        "price_nb": "50 kr for voksne, gratis for barn",
        "schedule_nb": "Onsdager kl. 16.30–18",
        "place": "Menighetshuset",
        "address": "Kirkegata 7, 8514 Narvik",
        "signup_phone": "+47 769 00 270",
        "focus_areas": ["participation", "leisure"],
        "target_groups": [
            "refugees",
            "family-reunification",
            "norwegian-newcomers",
            "labour-europe",
        ],
        "segments": ["families"],
        "languages": ["nb"],
        "published_days_ago": 37,
    },
    {
        "slug": "internasjonal-gudstjeneste",
        "actor": "narvik-menighet",
        "title_nb": "Internasjonal gudstjeneste",
        "title_en": "International church service",
        "summary_nb": (
            "En gudstjeneste på norsk, engelsk og tigrinja siste søndag i måneden, med "
            "kirkekaffe etterpå."
        ),
        "summary_en": (
            "A service in Norwegian, English and Tigrinya on the last Sunday of the month, "
            "followed by church coffee."
        ),
        "description_nb": (
            "Gudstjenesten er laget slik at alle kan følge med, uansett språk. Tekster og bønner "
            "blir lest på flere språk, og vi synger salmer fra ulike land.\n\n"
            "Etter gudstjenesten er det kirkekaffe i menighetshuset. Det er en fin anledning til "
            "å bli kjent med folk."
        ),
        "description_en": (
            "The service is designed so that everyone can follow, whatever their language. "
            "Readings and prayers are read in several languages, and we sing hymns from "
            "different countries.\n\n"
            "After the service there is coffee in the parish hall – a good chance to get to know "
            "people."
        ),
        "is_free": True,
        "schedule_nb": "Siste søndag i måneden kl. 17",
        "schedule_en": "Last Sunday of the month at 5 pm",
        "place": "Narvik kirke",
        "address": "Kirkegata 7, 8514 Narvik",
        "focus_areas": ["participation"],
        "target_groups": [
            "refugees",
            "family-reunification",
            "labour-europe",
            "labour-outside-europe",
        ],
        "languages": ["nb", "en", "ti"],
        "published_days_ago": 23,
    },
    {
        # Last winter's offer, archived by the organisation.
        "slug": "julemiddag-for-nye-i-byen",
        "actor": "narvik-menighet",
        "status": "archived",
        "title_nb": "Julemiddag for deg som er ny i byen",
        "title_en": "Christmas dinner for newcomers",
        "summary_nb": (
            "Tradisjonell norsk julemiddag i menighetshuset for deg som feirer din første jul i "
            "Narvik."
        ),
        "summary_en": (
            "A traditional Norwegian Christmas dinner in the parish hall for those celebrating "
            "their first Christmas in Narvik."
        ),
        "description_nb": (
            "Vi serverer ribbe og pinnekjøtt, og et vegetarisk alternativ. Det blir julesanger, "
            "gang rundt juletreet og besøk av nissen for barna."
        ),
        "description_en": (
            "We serve the traditional ribbe and pinnekjøtt, as well as a vegetarian option. "
            "There will be carols, walking round the Christmas tree and a visit from Father "
            "Christmas for the children."
        ),
        "is_free": True,
        "schedule_nb": "23. desember kl. 15–18",
        "schedule_en": "23 December, 3–6 pm",
        "place": "Menighetshuset",
        "address": "Kirkegata 7, 8514 Narvik",
        "focus_areas": ["participation", "leisure"],
        "target_groups": ["norwegian-newcomers", "refugees"],
        "segments": ["families"],
        "languages": ["nb", "en"],
        "published_days_ago": 320,
    },
    # --- Språkkafé Narvik -------------------------------------------------------------------
    {
        "slug": "sprakkafe",
        "actor": "sprakkafe-narvik",
        "title_nb": "Språkkafé på biblioteket",
        "title_en": "Language café at the library",
        "summary_nb": (
            "Øv på norsk i en uformell prat med frivillige over en kopp kaffe. Alle nivåer er "
            "velkomne, også de som nettopp har begynt."
        ),
        "summary_en": (
            "Practise Norwegian in a relaxed chat with volunteers over a cup of coffee. All "
            "levels are welcome, including complete beginners."
        ),
        "description_nb": (
            "Vi sitter i små grupper rundt bordene, og i hver gruppe er det en frivillig som "
            "snakker norsk. Vi prater om vær, mat, jobb, nyheter – det dere har lyst til. Det er "
            "helt greit å gjøre feil.\n\n"
            "Du trenger ikke å melde deg på. Kaffe, te og noe å bite i er gratis."
        ),
        "description_en": (
            "We sit in small groups around the tables, and each group has a volunteer who "
            "speaks Norwegian. We talk about the weather, food, work, the news – whatever you "
            "like. Making mistakes is completely fine.\n\n"
            "No need to sign up. Coffee, tea and snacks are free."
        ),
        "is_free": True,
        "schedule_nb": "Torsdager kl. 17–19",
        "schedule_en": "Thursdays 5–7 pm",
        "place": "Narvik bibliotek",
        "address": "Kongens gate 42, 8514 Narvik",
        "signup_email": "sprakkafe@example.org",
        "focus_areas": ["norwegian", "participation", "leisure"],
        "target_groups": ALL_GROUPS,
        "segments": ["students"],
        "languages": ["nb"],
        "published_days_ago": 60,
        "confirmed_days_ago": 4,
    },
    # --- Narvik og Omegn Turistforening -----------------------------------------------------
    {
        "slug": "fellestur-for-nye-i-byen",
        "actor": "narvik-og-omegn-turistforening",
        "title_nb": "Fellestur for nye i byen",
        "title_en": "Group hike for newcomers",
        "summary_nb": (
            "En rolig dagstur i fjellet rett utenfor sentrum, med turleder, bål og kaffe. En fin "
            "første tur for deg som er ny i Narvik – også for barnefamilier."
        ),
        "summary_en": (
            "An easy day hike in the mountains just outside the town centre, with a guide, a "
            "campfire and coffee. A good first hike for newcomers to Narvik – families too."
        ),
        "description_nb": (
            "Vi går i rolig tempo, omtrent fem kilometer til sammen, og tar pauser underveis. "
            "Turlederen forteller om allemannsretten, fjellvettreglene og hva du bør ha med på "
            "tur i nordnorsk vær.\n\n"
            "Ta med matpakke, drikke og ekstra klær. Har du ikke gode sko eller sekk, kan du låne "
            "av oss – si fra når du melder deg på."
        ),
        "description_en": (
            "We walk at an easy pace, about five kilometres in total, with breaks on the way. "
            "The guide explains the right to roam, the mountain safety code and what to pack for "
            "a hike in northern Norwegian weather.\n\n"
            "Bring a packed lunch, something to drink and extra clothes. If you do not have good "
            "boots or a backpack, you can borrow from us – let us know when you sign up."
        ),
        "is_free": True,
        "schedule_nb": "Én dag, kl. 11–15. Vi møtes ved Skistua.",
        "schedule_en": "One day, 11 am to 3 pm. We meet at Skistua.",
        "starts": (10, 11, 0),
        "ends": (10, 15, 0),
        "valid_until_days": 10,
        "place": "Oppmøte ved Skistua",
        "address": "Mannfallsveien 4, 8514 Narvik",
        "signup_url": "https://example.org/narvik-turistforening/fellestur",
        "signup_email": "turistforeningen@example.org",
        "focus_areas": ["leisure"],
        "target_groups": ALL_GROUPS,
        "segments": ["families", "students"],
        "languages": ["nb", "en"],
        "published_days_ago": 4,
    },
    {
        # A draft the association is still writing.
        "slug": "vinterkurs-friluftsliv",
        "actor": "narvik-og-omegn-turistforening",
        "status": "draft",
        "title_nb": "Vinterkurs: trygg på tur i snø og kulde",
        "title_en": "Winter course: staying safe outdoors in snow and cold",
        "summary_nb": (
            "Et kurs over to dager der du lærer å kle deg riktig, gå på truger, lage bål i snøen "
            "og vurdere vær og skredfare."
        ),
        "summary_en": (
            "A two-day course where you learn how to dress for the cold, walk on snowshoes, make "
            "a fire in the snow and judge the weather and avalanche risk."
        ),
        "description_nb": (
            "Kurset passer for deg som har lite erfaring med friluftsliv om vinteren. Vi "
            "overnatter på en av foreningens hytter."
        ),
        "description_en": (
            "The course suits those with little experience of outdoor life in winter. We stay "
            "overnight in one of the association's cabins."
        ),
        "is_free": False,
        "price_nb": "450 kr, 300 kr for medlemmer",
        "price_en": "NOK 450, NOK 300 for members",
        "schedule_nb": "To dager med overnatting",
        "schedule_en": "Two days with an overnight stay",
        "starts": (80, 9, 0),
        "ends": (81, 15, 0),
        "valid_until_days": 81,
        "signup_email": "turistforeningen@example.org",
        "focus_areas": ["leisure"],
        "target_groups": ["labour-europe", "labour-outside-europe", "norwegian-newcomers"],
        "segments": ["students"],
        "languages": ["nb", "en"],
    },
    # --- Ukrainsk forening i Narvik (not approved yet) ---------------------------------------
    {
        "slug": "ukrainsk-lordagsskole",
        "actor": "ukrainsk-forening-narvik",
        "status": "draft",
        "title_nb": "Lørdagsskole på ukrainsk for barn",
        "title_en": "Ukrainian Saturday school for children",
        "summary_nb": (
            "Barn fra 6 til 12 år lærer å lese og skrive ukrainsk og lærer om ukrainsk historie "
            "og kultur."
        ),
        "summary_en": (
            "Children aged 6 to 12 learn to read and write Ukrainian and learn about Ukrainian "
            "history and culture."
        ),
        "description_nb": (
            "Frivillige lærere underviser i små grupper. Vi håper å få låne rom på biblioteket "
            "eller på en skole."
        ),
        "description_en": (
            "Volunteer teachers teach in small groups. We hope to borrow rooms at the library or "
            "at a school."
        ),
        "is_free": True,
        "schedule_nb": "Lørdager kl. 10–12",
        "schedule_en": "Saturdays 10 am to 12 noon",
        "signup_email": "ukrainsk-forening@example.org",
        "focus_areas": ["education", "leisure"],
        "target_groups": ["refugees"],
        "segments": ["families"],
        "languages": ["uk", "nb"],
    },
]

# A change to a published offer, waiting for the project office, so the demo shows the diff.
PENDING_CHANGE = {
    "of": "velkommen-til-narvik-infomote",
    "slug": "velkommen-til-narvik-infomote-endring",
    "title_nb": "Velkommen til Narvik – informasjonsmøte og omvisning for nye innbyggere",
    "summary_nb": (
        "Ny i Narvik? Kom på informasjonsmøte og møt kommunen, Nav, skole, helse og lag og "
        "foreninger på ett sted. Etterpå blir det omvisning i sentrum. Vi serverer kaffe og kaker."
    ),
}
