# ruff: noqa: E501  (a data table: one catalogue entry per line reads better than wrapped tuples)
"""Hand-written text material for synthetic personas: sentence templates, product and page names.

Every topic phrase contains at least one keyword of its category in ``dataexam/categories.py``
(German and Spanish phrases use the loanwords people really write: Pasta, Bike, Marathon, Yoga,
Nintendo…). Fillers and contact chatter avoid every category keyword, and nothing outside the
planted sensitive records uses a ``sensitive:*`` keyword; ``tests/test_persona.py`` checks both.
Low-mood sentences are English and use words VADER scores strongly negative; every other line
scores neutral or positive with VADER, German and Spanish ones included (VADER reads German "die"
and "war" as English words, so those are avoided).
"""

from __future__ import annotations

import random

# -- topics of the person's own texts -------------------------------------------------------------
# interest pool (one of these is planted as a strong interest) and noise categories (low volume)
INTEREST_POOL = ("cooking", "photography", "cycling", "running", "gaming", "music", "hiking", "fitness")
NOISE_POOL = ("movies", "sports", "tech", "food_drink", "fashion", "outdoors", "books")

PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "cooking": {
        "en": ("Tried a new sourdough recipe tonight", "Spent the whole afternoon in the kitchen making fresh pasta",
               "Lit the grill for the neighbours this evening", "Finally seasoned my cast iron skillet properly",
               "Made a slow-cooked chili from my favourite cookbook"),
        "de": ("Heute Abend frische Pasta mit Salbeibutter gemacht", "Am Wochenende den Grill angeworfen und Gemüse gebraten",
               "Der Chef im Lieblingsrestaurant hat mir sein Pasta Geheimnis verraten",
               "Zum ersten Mal BBQ Rippchen selbst geräuchert"),
        "es": ("Esta noche he preparado pasta fresca con setas", "Domingo de grill con la familia en el patio",
               "He probado una receta nueva de pasta con gambas", "Hoy el chef del barrio nos ha enseñado a hacer BBQ"),
    },
    "photography": {
        "en": ("Took the camera out for the golden hour by the river", "Picked up a used 35mm lens at the flea market",
               "Spent the evening editing photos from the weekend", "Set up the tripod for some long exposures downtown"),
        "de": ("Mit der Fujifilm durch den alten Stadtkern gelaufen, tolles Licht heute", "Neues Canon Objektiv ausprobiert, unglaublich scharfe Bilder",
               "Abends noch mit dem Nikon Gehäuse Langzeitbelichtungen am Fluss gemacht"),
        "es": ("He salido con la Fujifilm a buscar luz dorada por el puerto", "Probando el objetivo nuevo de mi Canon en el parque",
               "Por la tarde revelando fotos de la Nikon en casa"),
    },
    "cycling": {
        "en": ("Rode the bike out to the lake and back this morning", "Replaced the inner tube after a flat on the way home",
               "Joined the Sunday cycling group for sixty kilometres", "New pedals on the bike feel so much smoother"),
        "de": ("Heute mit dem Bike zur Arbeit und zurück am Kanal entlang", "Lange Runde mit dem Bike über Land gedreht",
               "Sonntagsrunde mit der Cycling Gruppe, heute richtig schnell unterwegs"),
        "es": ("He salido con la bike hasta el embalse y vuelta", "Domingo de cycling con el grupo por la sierra",
               "Por fin he ajustado los pedales de la bike nueva"),
    },
    "running": {
        "en": ("Signed up for the half marathon in the spring", "Easy 10k along the river before work",
               "New running shoes arrived and they feel great", "Managed a personal best on the 5k loop"),
        "de": ("Für den Marathon im Frühjahr angemeldet, jetzt wird trainiert", "Lockere 10k am Fluss vor der Arbeit gelaufen",
               "Neue Running Schuhe eingelaufen, sie passen perfekt"),
        "es": ("Me he apuntado a una 10k por el centro de la ciudad", "Salida de running suave por el parque esta mañana",
               "Nueva marca personal en los 5k del domingo"),
    },
    "gaming": {
        "en": ("Stayed up finishing the new Nintendo adventure", "Got a second controller so we can play together",
               "Watched the esports final on Twitch with friends", "Finally beat the last boss in that PlayStation game"),
        "de": ("Den ganzen Abend mit der Nintendo Konsole verbracht", "Das Esports Finale auf Twitch ist unglaublich spannend",
               "Neuen Controller für unsere Xbox gekauft, endlich zu zweit spielen"),
        "es": ("Toda la tarde jugando a la Nintendo con mi hermano", "La final de esports en Twitch ha sido increíble",
               "Por fin me he pasado el juego de la PlayStation"),
    },
    "music": {
        "en": ("Found a rare vinyl pressing at the record shop", "Practised the new song on the piano for an hour",
               "The concert last night was unforgettable", "Learning a few chords on my new ukulele"),
        "de": ("Eine seltene Vinyl Pressung im Plattenladen gefunden", "Eine Stunde am Piano das neue Stück geübt",
               "Das neue Album der Band läuft bei mir rauf und runter"),
        "es": ("He encontrado un vinyl rarísimo en la tienda del barrio", "Una hora practicando la canción nueva al piano",
               "Escuchando el disco nuevo de la band en Spotify"),
    },
    "hiking": {
        "en": ("Long hike up to the ridge with amazing views", "Packed the tent for a weekend of camping by the lake",
               "Tested my new hiking shoes on a quiet loop", "Planning a trekking route through the mountains"),
        "de": ("Wochenende Camping am See, das Zelt hat gut gehalten", "Mit neuen Trekking Stöcken auf den Gipfel gestiegen",
               "Camping im Wald und morgens Nebel über dem Tal"),
        "es": ("Fin de semana de camping en la sierra con amigos", "Ruta de trekking hasta el pico más alto de la zona",
               "Hemos montado la tienda de camping junto al río"),
    },
    "fitness": {
        "en": ("Back at the gym after a busy week", "Morning yoga on the balcony before work",
               "Tried a new kettlebell workout today", "Pilates class was tough but worth it"),
        "de": ("Morgens eine halbe Stunde Yoga auf dem Balkon", "Heute ein neues Workout im Gym ausprobiert",
               "Pilates Kurs heute, anstrengend, aber es hat sich gelohnt"),
        "es": ("Clase de yoga a primera hora antes del trabajo", "Hoy he vuelto al gym después de una semana liada",
               "La clase de pilates ha sido dura pero merece la pena"),
    },
    "movies": {
        "en": ("Watched a fascinating documentary about the deep ocean", "Started a new series everyone keeps talking about"),
        "de": ("Gestern Abend einen Film im Freiluftkino gesehen", "Neue Netflix Serie angefangen, schon süchtig"),
        "es": ("Anoche vimos un documentary precioso sobre el océano", "He empezado la serie nueva de Netflix"),
    },
    "sports": {
        "en": ("Watched the football match at the pub with friends", "Played tennis in the park after work"),
        "de": ("Das Football Spiel gestern Abend: richtig spannend", "Nach der Arbeit Tennis im Park gespielt"),
        "es": ("Partido de tennis con mi prima esta tarde", "Vimos el basketball en el bar con los amigos"),
    },
    "tech": {
        "en": ("Set up the new laptop and moved all my files", "The new monitor makes working from home so much nicer"),
        "de": ("Neuen Laptop eingerichtet und alle Daten umgezogen", "Der neue Monitor macht das Homeoffice viel angenehmer"),
        "es": ("He configurado el laptop nuevo con todos mis archivos", "El smartphone nuevo tiene una batería buenísima"),
    },
    "food_drink": {
        "en": ("Ordered pizza and watched the rain all evening", "Tried the new coffee place around the corner"),
        "de": ("Pizza bestellt und den Regen beobachtet", "Neue Kaffeebar um unsere Ecke, wirklich guter Coffee"),
        "es": ("Pizza a domicilio y tarde de lluvia en casa", "He probado la cafetería nueva, el coffee es estupendo"),
    },
    "fashion": {
        "en": ("Found the perfect denim jacket at the vintage shop", "New sneakers for the summer finally arrived"),
        "de": ("Endlich eine perfekte Jeans im Vintage Laden gefunden", "Neue Sneakers für den Sommer sind endlich da"),
        "es": ("He encontrado la jacket perfecta en la tienda vintage", "Por fin han llegado las sneakers para el verano"),
    },
    "outdoors": {
        "en": ("Went out on the kayak at sunrise", "First ski day of the winter up in the hills"),
        "de": ("Bei Sonnenaufgang mit dem Kayak auf dem See", "Erster Ski Tag des Winters in den Bergen"),
        "es": ("Salida en kayak al amanecer por la costa", "Primer día de ski del invierno en la sierra"),
    },
    "books": {
        "en": ("Finished a gripping novel on the train", "Our book club picked a long paperback for next month"),
        "de": ("Auf dem Kindle einen spannenden Krimi zu Ende gelesen", "Im Bookclub haben wir über das neue Buch diskutiert"),
        "es": ("He terminado una novela buenísima en el Kindle", "En el bookclub hablamos del libro del mes"),
    },
}

FILLERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"pos": ("Honestly the best part of my week!", "Feeling really happy about it.", "Such a lovely day overall.",
                   "Can't wait to do it again soon!", "Grateful for moments like this.", "What a wonderful evening."),
           "neu": ("Will see how it goes next time.", "Not bad for a Tuesday.", "Noting it here so I remember.",
                   "Maybe again next weekend.", "That was the plan for today anyway.")},
    "de": {"pos": ("Ehrlich gesagt der schönste Moment der Woche!", "Ich freue mich wirklich sehr darüber.",
                   "Was für ein wunderbarer Abend.", "Das machen wir bald wieder!"),
           "neu": ("Mal sehen, wie es nächstes Mal läuft.", "Das ist sowieso der Plan für heute gewesen.",
                   "Ich schreibe es mir hier auf, damit ich es nicht vergesse.")},
    "es": {"pos": ("Sinceramente lo mejor de toda la semana!", "Estoy muy contenta con cómo ha salido.",
                   "Qué tarde tan bonita hemos tenido.", "Tengo ganas de repetirlo pronto!"),
           "neu": ("Ya veremos cómo sale la próxima vez.", "Era el plan para hoy de todas formas.",
                   "Lo apunto aquí para acordarme.")},
}

# VADER scores each of these strongly negative (compound < -0.6); English only.
NEGATIVE = (
    "Everything feels hopeless and awful lately, I am so tired and sad.",
    "Another terrible day. I feel miserable, lonely and completely worthless.",
    "I hate how empty and horrible everything feels right now.",
    "Cried again tonight, so sad and hurt, nothing is okay.",
    "Awful week. I feel broken, angry and afraid of everything.",
    "So lonely and hurt, this pain just never ends.",  # no health word ("depressed"): the sad pool plants none
    "Horrible night, I am exhausted, miserable and losing hope.",
)

NEUTRAL_ONLY = {
    "en": ("Long day at the office, home now and catching up on emails.",
           "Rainy afternoon, catching up on the news and tidying up the flat.",
           "Running errands all morning, post office and groceries done."),
    "de": ("Langer Tag im Büro, jetzt zu Hause und E-Mails beantworten.",
           "Verregneter Nachmittag, Zeitung gelesen und aufgeräumt."),
    "es": ("Día largo en la oficina, ya en casa contestando correos.",
           "Tarde de lluvia, leyendo las noticias y ordenando el piso."),
}
# "Running errands" above must not read as the running interest: categories match whole words,
# and "running" IS a keyword, so that sentence is deliberately not used (see NEUTRAL below).
NEUTRAL = {lang: tuple(s for s in lines if not s.startswith("Running")) for lang, lines in NEUTRAL_ONLY.items()}

# What the person's contacts write (English; never counted as the person's own texts).
CONTACT_LINES = (
    "Are we still on for Saturday afternoon?", "Haha yes, exactly what I was thinking!",
    "Can you send me the address again please?", "Sounds good, see you at seven then.",
    "Did you get home alright yesterday?", "Happy birthday!! Hope you have a great day",
    "Call me when you have a minute", "That photo you sent is hilarious", "Running late, sorry, ten minutes",
    "Thanks again for dinner, it was lovely", "Let me know how the interview goes",
)
CONTACT_LINES = tuple(s for s in CONTACT_LINES if "photo" not in s and "Running" not in s)

OWN_SHORT = {
    "en": ("Sounds good, see you there later on!", "Thank you so much, that is really kind of you.",
           "I will be there around seven, is that okay?", "Let me check my calendar and get back to you."),
    "de": ("Klingt gut, dann sehen wir uns später dort!", "Vielen Dank, das ist wirklich lieb von dir.",
           "Ich bin gegen sieben da, passt das für dich?"),
    "es": ("Me parece bien, nos vemos allí más tarde!", "Muchas gracias, qué detalle por tu parte.",
           "Llego sobre las siete, te viene bien?"),
}

# -- names --------------------------------------------------------------------------------------
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "DE": (("Lena", "Jonas", "Jürgen", "Sophie", "Felix", "Mia", "Lukas", "Hannah", "Björn", "Greta", "Tobias", "Anja"),
           ("Hoffmann", "Müller", "Schäfer", "Wagner", "Krüger", "Becker", "Vogel", "Brandt", "Weiß", "Koch")),
    "AT": (("Katharina", "Florian", "Magdalena", "Stefan", "Theresa", "Lukas", "Veronika", "Andreas"),
           ("Gruber", "Huber", "Pichler", "Steiner", "Moser", "Hofer", "Lehner", "Wimmer")),
    "ES": (("Lucía", "Javier", "Marta", "Álvaro", "Carmen", "Sergio", "Elena", "Pablo", "Nuria", "Iñigo"),
           ("Ortega", "García", "Fernández", "Martín", "Núñez", "Romero", "Castillo", "Muñoz", "Iglesias")),
    "MX": (("Valeria", "Diego", "Ximena", "Andrés", "Fernanda", "Emilio", "Renata", "Santiago"),
           ("Hernández", "López", "Ramírez", "Cruz", "Morales", "Reyes", "Ortiz", "Jiménez")),
    "US": (("Megan", "Tyler", "Ashley", "Brandon", "Olivia", "Marcus", "Chloe", "Ethan", "Jasmine", "Kevin"),
           ("Carter", "Brooks", "Reed", "Hayes", "Sullivan", "Price", "Bennett", "Coleman", "Perry")),
}

# -- purchases, pages, searches ----------------------------------------------------------------
PRODUCTS: dict[str, tuple[tuple[str, str], ...]] = {  # (name, typical unit price)
    "cooking": (("Lodge Cast Iron Skillet, 12 Inch, Pre-Seasoned", "34.90"),
                ("Sourdough Starter Kit with Proofing Basket", "27.99"),
                ("Professional Chef Knife Set, 8 Pieces", "89.00"), ("Silicone Spatula Set for Baking, 5 Pack", "12.49"),
                ("Enamelled Dutch Oven, 5.5 Qt, Red", "64.95"), ("The Pasta Cookbook: 120 Recipes", "24.00"),
                ("Portable Charcoal BBQ Grill, Stainless Steel", "79.99")),
    "photography": (("Fujifilm X-T30 II Mirrorless Camera Body", "799.00"), ("Carbon Fibre Travel Tripod, 150 cm", "119.00"),
                    ("SanDisk Extreme 128GB SD Card, UHS-I", "22.99"), ("50mm f/1.8 Prime Lens for Nikon Z", "219.00"),
                    ("Camera Cleaning Kit with Lens Pen", "15.99"), ("Kodak Portra 400 for Analog Camera, 3 Pack", "38.50")),
    "cycling": (("Bike Helmet with Rear LED Light, Size M", "59.95"), ("Schwalbe Inner Tube 700x25c, 2 Pack", "13.98"),
                ("Clipless Pedal Set SPD-SL", "79.00"), ("Floor Pump for Bicycle with Gauge", "32.99"),
                ("Shimano 105 Rear Derailleur, 11-Speed", "54.90"), ("Cycling Bib Shorts, Padded, Black", "69.00")),
    "running": (("Running Shoes, Neutral Cushioning, Size 39", "129.95"), ("Marathon Training Journal", "11.99"),
                ("Reflective Running Vest with Pockets", "24.90"), ("Hydration Belt for Runner, 2 Bottles", "21.50"),
                ("GPS Running Watch with Heart Rate", "199.00")),
    "gaming": (("Nintendo Switch OLED Console, White", "329.00"), ("Wireless Controller for PlayStation 5", "69.99"),
               ("Gaming Headset with Noise-Cancelling Mic", "59.90"), ("Xbox Game Pass Ultimate 3 Month Card", "38.99"),
               ("Gaming Mouse Pad XXL, Stitched Edges", "17.99")),
    "music": (("Yamaha Digital Piano P-45, 88 Keys", "459.00"), ("Concert Ukulele Starter Set with Bag", "49.90"),
              ("Vinyl Record Cleaning Kit", "19.99"), ("Audio-Technica Turntable for Vinyl, Belt Drive", "149.00"),
              ("Closed-Back Studio Headphones", "99.00")),
    "hiking": (("Waterproof Hiking Shoes, Mid Cut, Size 39", "149.95"), ("2-Person Camping Tent, 3 Season", "189.00"),
               ("Down Sleeping Bag, Comfort 0°C", "129.00"), ("Trekking Poles, Carbon, Pair", "74.90"),
               ("Hiking Backpack 40L with Rain Cover", "99.90")),
    "fitness": (("Non-Slip Yoga Mat, 6 mm, Purple", "29.99"), ("Adjustable Dumbbell Set, 2 x 20 kg", "149.00"),
                ("Resistance Bands Set, 5 Levels", "18.99"), ("Cast Kettlebell 12 kg", "39.90"),
                ("Whey Protein Powder, Vanilla, 1 kg", "27.49")),
    "movies": (("Documentary Box Set: Planet Oceans (Blu-ray)", "29.99"), ("Projector Screen for Movie Nights, 100 Inch", "59.00")),
    "sports": (("Tennis Racket Strings, Multifilament", "16.90"), ("Official Size 5 Football, Match Quality", "24.99")),
    "tech": (("USB-C Charger 65W, GaN, 2 Ports", "39.99"), ("27 Inch 4K Monitor, IPS", "289.00"),
             ("Mechanical Keyboard, Brown Switches", "89.90"), ("Wi-Fi 6 Router, Dual Band", "119.00"),
             ("Portable SSD 1TB, USB 3.2", "94.99"), ("HDMI Cable 2 m, 4K", "8.99")),
    "food_drink": (("Dark Chocolate Almond Snacks, 40 oz Bag", "13.57"), ("Whole Bean Coffee, Medium Roast, 1 kg", "18.90"),
                      ("Green Tea Selection Box, 60 Bags", "9.99")),
    "fashion": (("Slim Fit Jeans, Dark Wash", "49.90"), ("Low-Top Sneakers, White, Size 39", "54.95"),
                ("Merino Wool Scarf, Grey", "29.90")),
    "outdoors": (("Inflatable Kayak Paddle, 2-Piece", "44.90"), ("Ski Goggles with Anti-Fog Lens", "59.00")),
    "books": (("The Quiet Harbour: A Novel (Paperback)", "12.99"), ("Kindle Paperwhite, 16 GB", "149.99"),
              ("Collected Short Stories, Hardcover", "26.00")),
}

# Life-event purchase sequences (categories.LIFE_EVENT_RULES): each stage lists products that match
# that stage's keywords; stage k is bought k..k+1 months after the event month.
LIFE_EVENT_PRODUCTS: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {
    "pregnancy": ((("Early Result Pregnancy Test, 3 Count", "14.99"), ("Prenatal Vitamin with Folic Acid, 90 Softgels", "21.99")),
                  (("Unscented Lotion for Sensitive Skin, 16 oz", "9.49"), ("Maternity Leggings, Over the Belly, Black", "32.00")),
                  (("Convertible Crib, White, with Adjustable Base", "249.00"), ("Lightweight Stroller, Foldable", "189.00"),
                   ("Newborn Diapers, Size 1, 96 Count", "27.99"), ("Baby Monitor with Night Vision", "79.00"))),
    "move": ((("Moving Boxes, Heavy Duty, 20 Pack", "45.99"), ("Packing Tape with Dispenser, 6 Rolls", "19.99"),
              ("Bubble Wrap Roll, 30 m", "16.49")),
             (("3-Seater Sofa, Grey Fabric", "549.00"), ("Memory Foam Mattress, 140 x 200 cm", "329.00"),
              ("Wooden Bed Frame with Slats, 140 cm", "259.00"), ("Blackout Curtains, 2 Panels", "34.99"))),
    "new_pet": ((("Grain-Free Dog Food for Puppy, 12 kg", "54.90"), ("Puppy Training Pads, 100 Pack", "24.99")),
                (("Reflective Dog Leash, 2 m", "15.99"), ("Durable Chew Toy for Puppies, 3 Pack", "13.49"),
                 ("Orthopedic Dog Bed, Large", "69.90"))),
}
PET_REPEAT = ("Grain-Free Dog Food for Puppy, 12 kg", "54.90")

PAGES: dict[str, tuple[str, ...]] = {
    "cooking": ("Sourdough Bakers Club", "Weeknight Recipes", "Cast Iron Cooking Community", "Pasta Lovers United",
                "The Hungry Chef", "Grill Masters Weekend"),
    "photography": ("Street Photography Daily", "Fujifilm Shooters", "Analog Photography Project", "Nikon Photo Walks",
                    "Landscape Photography Collective"),
    "cycling": ("Urban Cycling Collective", "Bike Repair Cafe", "Gravel Bike Adventures", "Cycling Weekly Rides"),
    "running": ("Parkrun 5k Friends", "Marathon Training Plans", "Running Club Riverside", "Half Marathon Finishers"),
    "gaming": ("Nintendo Fans Worldwide", "Retro Gaming Corner", "Esports Tonight", "PlayStation Players Lounge"),
    "music": ("Vinyl Collectors Market", "Piano Practice Together", "Indie Band Nights", "Ukulele Beginners"),
    "hiking": ("Weekend Hiking Group", "Camping and Trekking Tips", "Mountains Calling", "Wild Camping Spots"),
    "fitness": ("Morning Yoga Flow", "Home Workout Ideas", "Pilates Studio Centre", "Kettlebell Strength Club"),
    "movies": ("Documentary Now", "Netflix Series Talk"),
    "sports": ("Football Highlights", "Tennis Club Weekend"),
    "tech": ("Raspberry Pi Projects", "Laptop Deals Today"),
    "food_drink": ("Best Pizza in Town", "Coffee Roasters Guild"),
    "fashion": ("Sneakers Drop Alerts", "Vintage Jeans Exchange"),
    "outdoors": ("Kayak Touring Club", "Ski Touring Crew"),
    "books": ("Paperback Swap Club", "Kindle Deals Daily"),
}
RELIGION_PAGES = ("St. Mary's Parish Choir", "Riverside Church Community", "Evening Prayer Circle")

HASHTAGS: dict[str, tuple[str, ...]] = {
    "cooking": ("cooking", "sourdough", "pasta", "bbq"), "photography": ("photography", "fujifilm", "photo"),
    "cycling": ("cycling", "bike", "velo"), "running": ("running", "marathon", "10k"),
    "gaming": ("gaming", "nintendo", "esports"), "music": ("music", "vinyl", "piano"),
    "hiking": ("hiking", "camping", "trekking"), "fitness": ("fitness", "yoga", "workout"),
    "movies": ("netflix", "documentary"), "sports": ("football", "tennis"), "tech": ("python", "laptop"),
    "food_drink": ("pizza", "coffee"), "fashion": ("sneakers",), "outdoors": ("kayak", "ski"), "books": ("bookclub",),
}

SEARCHES: dict[str, tuple[str, ...]] = {
    "cooking": ("sourdough recipe", "cast iron skillet care", "easy pasta recipes"),
    "photography": ("fujifilm film simulation", "best camera settings night", "carbon tripod"),
    "cycling": ("bike repair near me", "gravel bike routes", "cycling jersey"),
    "running": ("half marathon training plan", "running shoes for flat feet", "10k race"),
    "gaming": ("nintendo switch games 2 players", "gaming headset", "esports schedule"),
    "music": ("vinyl record shops", "piano lessons", "ukulele chords"),
    "hiking": ("hiking trails nearby", "camping gear list", "waterproof hiking shoes"),
    "fitness": ("yoga for beginners", "kettlebell workout", "gym opening hours"),
    "movies": ("netflix new series",), "sports": ("football results",), "tech": ("usb-c charger",),
    "food_drink": ("pizza nearby",), "fashion": ("white sneakers",), "outdoors": ("kayak rental",),
    "books": ("paperback novel",),
}

# What the platforms say they inferred (names as the platforms word them).
FB_TOPICS: dict[str, tuple[str, ...]] = {
    "cooking": ("Cooking", "Recipes"), "photography": ("Photography", "Digital cameras"),
    "cycling": ("Cycling", "Bicycles"), "running": ("Running", "Marathons"), "gaming": ("Video games", "Nintendo"),
    "music": ("Music", "Vinyl records"), "hiking": ("Hiking", "Camping"), "fitness": ("Yoga", "Physical fitness"),
}
FB_OTHER = ("Travel", "Football", "Coffee", "Television series", "Online shopping", "Home improvement",
            "Frequent international travelers", "Fashion accessories", "Mobile games")
X_TOPICS: dict[str, tuple[str, ...]] = {
    "cooking": ("Cooking", "Food"), "photography": ("Photography", "Cameras"), "cycling": ("Cycling", "Bikes"),
    "running": ("Running", "Marathon"), "gaming": ("Gaming", "Nintendo"), "music": ("Music", "Pop"),
    "hiking": ("Hiking", "Outdoors"), "fitness": ("Fitness", "Yoga"),
}
X_OTHER = ("Football", "Technology", "#HappyFriday", "Angling", "Comedy", "Weather", "Podcasts", "Space")
AMAZON_AUDIENCES: dict[str, str] = {
    "cooking": "Kitchen & Dining enthusiasts", "photography": "Photography enthusiasts",
    "cycling": "Cycling enthusiasts", "running": "Running enthusiasts", "gaming": "Video game enthusiasts",
    "music": "Music instrument buyers", "hiking": "Outdoor recreation enthusiasts", "fitness": "Fitness enthusiasts",
}
AMAZON_OTHER = ("Frequent online shoppers", "Streaming video viewers", "Coffee buyers", "Tech early adopters")
ADVERTISERS = ("Brightline Outfitters", "Kettle & Pan", "Northwind Optics", "Orbit Streaming", "Pixelforge Games",
               "Summit Gear Co", "Harbour Books", "Tempo Athletics", "Greenleaf Markets", "Velo Parts Direct")
SHOWS = ("DuckTales", "The Great Bake Off", "Tour de France Highlights", "Planet Oceans", "Chef's Table")
SHOP_SITES = ("shop.kettleandpan.example", "store.northwindoptics.example", "tickets.tempoathletics.example",
              "app.pixelforge.example", "www.summitgear.example")

USER_AGENTS = {
    "iOS": ("Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 [FBAN/FBIOS;FBAV/420.0.0.35.104;FBBV/512345678;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;"
            "FBSV/16.5;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.2 Mobile/15E148 Safari/604.1"),
    "Android": ("Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/120.0.6099.144 Mobile Safari/537.36",
                "Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like "
                "Gecko) Version/4.0 Chrome/121.0.6167.101 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/447.0.0.33.111;]"),
    "desktop": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/120.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                "Version/17.1 Safari/605.1.15"),
}
X_SOURCES = {
    "iOS": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    "Android": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    "desktop": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
}
X_OS = {"iOS": "Ios", "Android": "Android", "desktop": "Desktop"}


def own_text(rng: random.Random, lang: str, category: str | None, mood: str) -> str:
    """One text the person wrote: a topic phrase (or a neutral line) and a filler, ≥ 25 characters.

    ``mood`` is ``"neg"`` (low-mood period: an English VADER-negative sentence, sometimes after an
    English topic phrase), ``"pos"`` or ``"neu"``.
    """
    if mood == "neg":
        sad = rng.choice(NEGATIVE)
        if category is not None and rng.random() < 0.5:
            return f"{rng.choice(PHRASES[category]['en'])}. {sad}"
        return sad
    if category is None:
        return rng.choice(NEUTRAL[lang])
    return f"{rng.choice(PHRASES[category][lang])}. {rng.choice(FILLERS[lang][mood])}"
