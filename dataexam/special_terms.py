"""Special-category (GDPR Art. 9) terms beyond the keyword map: brands, compounds, punctuation, other scripts.

The keyword map (:data:`dataexam.categories.CATEGORIES`) matches whole ASCII-like words only, so the twenty-ninth
pass's third tester (T29C H1–H6, M1) found a person's diabetes told by 23 of 46 Amazon.de orders ("Accu-Chek Guide
Teststreifen", "BD Micro-Fine Ultra Pen-Nadeln", "Dexcom G7 Sensor") quoted, counted and scored by default, a
pregnancy told by "Ginger Chews for Nausea Relief" and "Kindred Bravely … Nursing Bra", "عيد مبارك" beside a withheld
"Eid Mubarak", a page "ver.di", a Facebook interest "Social democracy" and a German compound ("Blutdruckmessgerät",
"Hörgerätebatterien", "Gebetsteppich") all read as nothing special. These lists are matched *beside* the map, by
:func:`find`, and :func:`dataexam.categories.keyword_matches` adds what they find to the sensitive categories, so
every reader of the map (the gate, the purchases left out, the sensitive-signal counts, the platform comparison,
contact names) sees them alike.

A term is written in lower case and is one of

- ``"word"`` or ``"two words"``: whole words (not inside a longer word; ``'`` matches ``'`` and ``’``); in a
  phrase, ``#`` is a number, in digits or as a word up to twelve ("week # on e": "Week 10 on E", "week one on E";
  never a phrase's first word), and a phrase ending in one letter ("weeks on t") counts only where that letter
  stands alone, not as the first letter of a hyphened word ("weeks on T-Mobile", "Week 3 on e-bikes");
- ``"stem*"``: a word starting with the stem ("diabet*": Diabetes, Diabetiker, diabetico, diabetic);
- ``"*part*"``: anywhere, also inside a compound ("*hörgerät*": Hörgerätebatterien, Im-Ohr-Hörgerät);
- a term in a script written without spaces (Japanese, Chinese, Thai) matches anywhere.

Sources, per list: the categories' own vocabulary in the languages of the marketplaces read (Amazon .com/.co.uk,
.de, .fr, .it, .es, .co.jp, .in: formats.md §3) and of the languages detected in posts (:mod:`.inference.language`);
medical-supply and drug names as WHO's INN list names the drugs (metformin, minoxidil, finasteride, sildenafil,
levonorgestrel) and as the manufacturers name their products (Accu-Chek, FreeStyle Libre, Dexcom, OneTouch, Contour
Next, Omnipod, Nicorette, NicoDerm, Rogaine/Regaine, Monistat, Canesten, Preparation H, TENA, Lansinoh, Medela,
Phonak, Oticon); Facebook's and X's declared interest names seen in the testers' inputs ("Social democracy",
"Trade union", "Diabetes awareness"); party and union names from the parties' and unions' own names (SPD, CDU, CSU,
AfD, FDP, Die Linke, Bündnis 90/Die Grünen, Jusos; ver.di, IG Metall, DGB; PSOE; CGIL, CISL; 自民党 …). Each term is
specific to its category: a word with an everyday or other sense is left out or written as a phrase ("enceinte" is a
loudspeaker in French: only "femme enceinte"; "Messe" a trade fair in German: only "la messe"; "عيد" alone is a
birthday too: only "عيد مبارك"; "audífonos" are headphones in Latin America; "Verdi" is the composer: only "ver.di";
"podemos", "vox", "unison" are words). A term here withholds rather too much than too little, as the map does.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from .lazyrx import lazy_compile

#: category (the map's ``sensitive:`` name without its prefix) → terms (module text for the syntax)
TERMS: dict[str, tuple[str, ...]] = {
    "health": (
        # diabetes: supplies, devices and drugs (English, German, French, Italian, Spanish)
        "diabet*", "diabèt*", "diabét*", "*blutzucker*", "*insulin*", "lancet", "lancets", "lanzette*", "lancette*",
        "lancetas", "test strips", "test strip", "*teststreifen*", "tiras reactivas", "strisce reattive",
        "bandelettes réactives", "pen needles", "pen needle", "pen-nadeln", "pennadeln", "aghi per penna",
        "ketone", "ketones", "keton*", "sharps container", "glucose meter", "glucose monitor", "glucos*",
        "glukose*", "glycémie", "glicemia", "cgm", "accu-chek", "accu chek", "freestyle libre", "dexcom", "onetouch",
        "contour next", "omnipod", "metformin*", "traubenzucker",
        # continence, intimate and sexual/reproductive health
        "incontinen*", "*inkontinenz*", "bladder control", "bladder leak", "bladder leakage", "tena", "depend fresh",
        "depend fit-flex", "depend silhouette", "depend night defense", "depend real fit", "always discreet",
        "poise pads", "hemorrhoid*", "haemorrhoid*", "*hämorrhoid*", "preparation h", "yeast infection",
        "vaginal", "*scheidenpilz*", "monistat", "canesten", "urinary tract infection", "cystitis",
        "emergency contraceptive", "emergency contraception", "plan b one-step", "levonorgestrel", "pille danach",
        "*verhütung*", "contraccettiv*", "anticoncepti*", "contracepti*", "sildenafil", "tadalafil", "cialis",
        "erectile dysfunction", "*erektion*",
        # pregnancy, birth and nursing: Target's sequence (inference.md §1.2) as the shops name the items
        "stretchmarks", "stretch-mark", "stretch-marks", "*schwangerschaft*", "schwanger*", "*umstandsmode*",
        "umstandshose", "umstands-bh", "nausea relief", "anti-nausea", "preggie pop", "preggie pops", "preggie",
        "when you're expecting", "belly band", "bauchband", "pregnancy pillow",
        "maternity pillow", "nursing bra", "nursing bras", "nursing pads", "nursing pillow", "breastfeeding",
        "breast-feeding", "breast pump", "breast pumps", "lactation", "nipple cream", "postpartum", "post-partum",
        "*wochenbett*", "*stilleinlage*", "still-bh", "stillkissen", "*milchpumpe*", "lansinoh", "medela",
        "frida mom", "femme enceinte", "je suis enceinte", "allaitement", "tire-lait", "incinta", "gravidanza",
        "allattamento", "tiralatte", "lactancia", "sacaleches",
        # T30C C5: the German, Dutch, French, Spanish, Italian and Portuguese names of the same items, compounds
        # included ("Ovulationstest Streifen", "Umstandskissen", "Borstkolf elektrisch" were quoted on Amazon.de):
        # fertility (trying to conceive), pregnancy and nursing
        "*ovulation*", "ovulatie*", "test d'ovulation", "tests d'ovulation", "test de ovulación", "test di ovulazione",
        "fertility test", "fertility tests", "fruchtbarkeitstest*", "*kinderwunsch*", "*umstandskissen*",
        "umstandskleid*", "umstandsjeans", "umstandsshirt*", "umstandsleggings", "umstandsbademode", "umstandsgürtel",
        "zwanger*", "*zwangerschap*", "*borstkolf*", "*borstvoeding*", "kolfapparaat", "voedingsbh",
        "coussin de grossesse", "coussin d'allaitement", "test de grossesse", "soutien-gorge d'allaitement",
        "almohada de embarazo", "almohada de lactancia", "test de embarazo", "sujetador de lactancia",
        "cuscino gravidanza", "reggiseno allattamento", "grávida", "gravidez", "amamentação", "tira-leite",
        "tira leite", "sutiã de amamentação",
        # BABY (T30B H2: "Hospital bag for labour" was quoted and dated by default beside withheld "Pregnancy
        # Vitamins"): labour and birth as the shops and posts name them. Health (Art. 4(15)): these tell that someone
        # in the home is about to give birth or has just given birth — the mother's body, as a pregnancy test or a
        # breast pump does. Not "labour"/"labor" alone (the Labour Party, the labour market, Labor Day), nor "for
        # labor"/"in labor" ("deals for Labor Day", "in labor law"), not "delivery" (a parcel's), not "Geburtstag"
        # ("geburt" is a whole word only), not "contractions" (grammar), not "couches"/"matrona" alone. What the
        # *child* uses (nappies, bottles, a pram, a monitor, a dummy, babygrows, formula) is ordinary baby care: the
        # keyword map's "baby" category, counted and quoted as a household signal — a baby in the home is no one's
        # health.
        "hospital bag", "hospital bags", "labour bag", "labor bag", "bag for labour", "bag for labor",
        "labour pain", "labour pains", "labor pain", "labor pains", "is in labour", "is in labor", "was in labour",
        "was in labor", "in active labour", "in active labor", "labour and birth", "labor and birth",
        "labor and delivery", "labour ward", "labor ward",
        "delivery ward", "delivery suite", "early labour", "early labor", "went into labour", "went into labor",
        "birth plan", "birth plans", "birthing ball", "birth ball", "birthing pool", "birth pool", "birthing gown",
        "labour gown", "labor gown", "delivery gown", "labour tens", "labor tens", "contraction timer",
        "maternity pads", "maternity pad", "perineal", "perineum", "peri bottle", "postnatal", "post-natal",
        "doula", "hypnobirthing", "hypnobirth", "c-section", "caesarean", "cesarean", "epidural", "pregnacare",
        "pregnancy multivitamin", "unscented body lotion",
        "geburt", "zur geburt", "*kreißsaal*", "*kreisssaal*", "kliniktasche*", "geburtsvorbereitung*",
        "geburtshilfe", "geburtsplan", "entbindungsstation", "entbindungsklinik", "zur entbindung", "hebamme*",
        "periduralanästhesie", "dammmassage",
        "accouchement*", "valise maternité", "valise de maternité", "maternité", "sage-femme", "sages-femmes",
        "péridurale", "post-accouchement",
        # not "parto" alone: Italian and Spanish "I leave" ("Parto per Roma domani")
        "el parto", "del parto", "al parto", "para el parto", "trabajo de parto", "bolsa de parto", "bolsa parto",
        "sala de partos", "preparto", "posparto", "postparto", "post parto", "comadrona", "il parto", "per il parto",
        "sala parto", "borsa parto", "valigia parto", "corso preparto", "travaglio", "ostetrica", "epidurale",
        "bevalling*", "zwanger", "zwangerschap*", "verloskund*", "gravidez", "grávida", "gestante",
        # smoking cessation, hair loss (androgenetic alopecia), hearing, blood pressure, mental health
        "nicotine", "nikotin*", "nicotin*", "nicorette", "nicoderm", "quit smoking", "stop smoking",
        "smoking cessation", "*rauchentwöhnung*", "rauchstopp", "sevrage tabagique", "minoxidil", "finasterid*",
        "rogaine", "regaine", "hair loss", "hair regrowth", "*haarausfall*", "alopecia", "hearing aid batteries",
        "hearing amplifier", "*hörgerät*", "*hörsystem*", "phonak", "oticon", "tinnitus", "appareil auditif",
        "appareils auditifs", "aides auditives", "apparecchio acustico", "apparecchi acustici",
        "blood pressure monitor", "*blutdruck*", "tensiomètre", "tensiómetro", "sfigmomanometro",
        "sphygmomanometer", "misuratore di pressione", "omron", "*antidepress*", "antidépresseur*", "depressione",
        "dépression", "depresión", "psychotherap*", "psychiatr*", "psychiater", "psicoterap*", "psicólogo",
        "psicóloga", "psicologo", "psicologa", "psychologist", "psychologists", "psychologe", "psychologin",
        "psychologue", "thérapie", "terapia", "therapie", "therapien", "therapeut*", "counselling",
        "counseling", "aa sponsor", "aa meeting", "aa meetings", "na meeting",
        "narcotics anonymous", "anonyme alkoholiker", "12-step", "twelve-step", "naloxone", "narcan",
        # conditions and care named by a contact, a page or a platform interest
        "clinic", "clinics", "klinik*", "*klinikum*", "clinica", "clínica", "hospice", "hospiz",
        "arztpraxis", "hausarzt*", "frauenarzt*", "zahnarzt*", "hautarzt*", "facharzt*", "arzttermin*",
        "krankenhaus*", "oncolog*", "onkolog*", "cardiolog*", "kardiolog*", "dermatolog*", "urolog*",
        "gynäkolog*", "asthma", "eczema", "psoriasis", "arthritis", "migraine", "migräne", "epilepsy", "epilepsie",
        "dialysis", "dialyse", "thyroid", "levothyroxin*", "statin", "statins", "atorvastatin", "warfarin",
        "epipen", "physiotherap*", "physical therapy", "pharmacie", "farmacia", "apotheke*", "*versandapotheke*",
        # Turkish: the conditions (the other scripts' terms, Arabic and Japanese among them: OTHER_SCRIPTS)
        "diyabet*", "hamile", "gebelik",
        # ART9B (T29D N1–N3): French, German and Spanish names of drugs, treatments, conditions and care
        # ("Ventoline" is GSK's French name of salbutamol; "VIH"/"SIDA" the French and Spanish HIV/AIDS; "aids" is
        # also a plural of "aid": the everyday ones are exceptions, EVERYDAY_SENSES["aids"])
        "ventoline", "ventolin", "salbutamol", "chimio", "chimiothérapie", "chimiotherapie", "chemotherapie",
        "quimioterapia", "quimio", "chemioterapia", "vih", "sida", "aids", "illness", "illnesses",
        "*angststörung*", "angstzustände", "panikattacke*", "trouble anxieux", "troubles anxieux",
        "trastorno de ansiedad", "cáncer", "krebserkrank*", "brustkrebs", "cancer du sein",
        # T35 M7 ("Meine Krebsdiagnose kam heute" read nothing): German compounds of Krebs, the illness — each one,
        # as "Krebs" alone is also the crab and the star sign and "*krebs" the crayfish (Flusskrebs, Taschenkrebs)
        "krebsdiagnose*", "krebspatient*", "krebstherapie*", "krebsbehandlung*", "krebsvorsorge*", "krebsleiden",
        "krebsfrüherkennung", "krebstod", "krebszentrum", "darmkrebs", "lungenkrebs", "hautkrebs", "prostatakrebs",
        "blutkrebs", "magenkrebs", "knochenkrebs", "gebärmutterhalskrebs", "bauchspeicheldrüsenkrebs",
        "alcooliques anonymes", "alcohólicos anónimos", "alcolisti anonimi", "narcotiques anonymes",
        "planning familial", "family planning", "pro familia", "mamans enceintes", "femmes enceintes",
        "futures mamans", "future maman", "embarazada", "embarazadas", "schwangere",
    ),
    "religion": (
        "religion", "religions", "religious", "religiös*", "religieu*", "religios*", "faith-based",
        "kippa", "kipa", "yarmulke", "*gebetsteppich*", "gebet", "gebete", "gebets*", "*gebetskette*", "gottesdienst*",
        "*gottesdienst*", "fastenbrechen", "fastenzeit", "zuckerfest", "opferfest", "kirche*", "*kirchengemeinde*",
        "*pfarrei*", "pfarrer*", "pfarramt", "katholisch*", "evangelisch*", "islamisch*", "muslimisch*", "jüdisch*",
        "christlich*", "moschee*", "synagoge*", "bibel*", "taufe", "erstkommunion", "konfirmation", "firmung",
        "jumma", "jummah", "juma", "jumah", "jumu'ah", "jumma mubarak", "jummah mubarak", "friday prayer",
        "friday prayers", "namaz", "namaaz", "aïd", "aid mubarak", "aïd moubarak", "aid moubarak",
        "church service", "sunday service", "mass on sunday", "church group",
        # T36 ("Ascension Day mass" read nothing beside the Ascension Parish look-alike): a feast's mass is worship;
        # the feast alone is also a public holiday (Ascension Day, Christmas) and its "service" a timetable's
        # ("Christmas Day service: trains hourly"), both everyday
        *(f"{feast} mass" for feast in ("ascension", "ascension day", "ascension thursday", "easter",
                                        "easter sunday", "christmas", "christmas eve", "christmas day")),
        "mass on ascension day", "mass for ascension", "mass for the ascension",
        # T36 ("Went to Mass at St. Paul's Cathedral" read nothing once the cathedral's tube stop was a look-alike):
        # going to or hearing mass is worship ("Mass" alone is also transit, physics, a game: "Mass Effect")
        *(f"{verb} mass" for verb in ("went to", "go to", "goes to", "going to", "gone to", "attended",
                                       "attend", "attending", "heard", "sunday", "daily", "after")),
        # German confession ("Am Sonntag zur Beichte gegangen" read nothing): the sacrament's phrases ("eine
        # Beichte" alone is also any confession, to a friend)
        "zur beichte", "beichtstuhl", "beichtvater", "beichtgeheimnis",
        # ART940: German masses named by their time or their kind, one word ("Sonntagsmesse", "Vorabendmesse",
        # "Christmette": the Catholic calendar's names; "Messe" alone and its other compounds are trade fairs,
        # "Buchmesse", "Messestand": only with worship beside it, MESSE_WORSHIP); the homily only beside worship's
        # words too (HOMILY_WORSHIP: "gave us a homily about saving paper" is a lecture)
        "sonntagsmesse", "vorabendmesse", "frühmesse", "abendmesse", "christmette", "totenmesse", "seelenmesse",
        # French, Italian, Spanish, Turkish
        "église", "églises", "mosquée", "mosquées", "prière", "prières", "tapis de prière", "la messe",
        "à la messe", "chapelet", "paroisse*", "catholique*", "musulman*", "chrétien*", "carême", "chiesa",
        "chiese", "moschea", "preghier*", "parrocchi*", "cattolic*", "ebraic*", "quaresima", "mezquita",
        # T35 M7 ("Hoy fui a la sinagoga" read nothing, the mosque and the church did): Spanish, Italian, Portuguese
        "mezquitas", "sinagoga", "sinagogas", "sinagoghe",
        "parroquia*", "católic*", "cuaresma", "camii", "cuma namazı", "hayırlı cumalar", "oruç",
        "bayramınız mübarek", "kandiliniz mübarek",
        # India's festivals of a faith (Diwali, puja already in the map; the Hindi terms: OTHER_SCRIPTS)
        "navratri", "karwa chauth", "janmashtami", "chhath puja",
        "ganesh chaturthi", "ganpati bappa",
        # ART9B (T29D N1, N3): the faiths' names in French, German, Spanish and Italian (Facebook writes an ads
        # interest in the account's language), their books, greetings and offices; Hebrew, Russian and Polish
        # greetings ("Szczęść Boże"; the Hebrew and Russian ones: OTHER_SCRIPTS); "Messe" alone is a trade fair
        # (only the phrases)
        "coran", "judaïsme", "judaisme", "judentum", "judaísmo", "ebraismo", "christianisme",
        "christentum", "cristianismo", "cristianesimo", "catholicisme", "katholizismus", "catolicismo",
        "protestantisme", "protestantismus", "protestantismo", "bouddhisme", "buddhismus", "budismo", "buddismo",
        "hindouisme", "hinduismus", "hinduismo", "induismo", "islamismus", "islamisme", "islamismo", "islam",
        "chabbat", "chabbat chalom", "shabbat shalom", "shabbos", "shana tova", "shanah tovah", "shana tovah",
        "chag sameach", "hag sameah",
        "feliz ramadán", "ramadán", "ramadán mubarak", "ramadan kareem", "ramadan mubarak", "ramazanlar",
        "hayırlı ramazanlar", "ramazan bayramı", "kurban bayramı", "kandil",
        "szczęść boże", "kościół",
        "kościele", "kościoła", "msza", "mszy", "msza święta", "modlitw*", "parafia", "parafii",
        "messe de minuit", "messe de noël", "messe du dimanche", "messe dominicale", "aller à la messe",
        "seminary", "seminarian", "seminarians", "yeshiva", "yeshivah", "chaplain", "chaplains", "chaplaincy",
        "rabbin", "rabbins", "rabbinat", "rabbinical", "imame", "aumônier", "aumônerie", "priesterseminar*",
        "baptized", "baptised", "baptême", "bautizo", "bautismo", "battesimo", "judaismo",
    ),
    "politics": (
        # ideologies (Facebook's and X's interest names) and parties
        "social democracy", "social democrat", "social democrats", "social democratic", "democratic socialism",
        "democratic socialist", "socialism", "socialist", "socialists", "communism", "communist", "communists",
        "conservatism", "liberalism", "libertarianism", "libertarian", "progressivism", "marxism", "marxist",
        "anarchism", "anarchist", "feminism", "feminist", "nationalism", "fascism", "antifa", "green politics",
        "political party", "liberal democrats",
        "lib dems", "snp", "reform uk", "ukip", "plaid cymru", "sinn fein", "sinn féin",
        "sozialdemokrat*", "spd", "cdu", "csu", "afd", "fdp", "die linke", "linkspartei", "bündnis 90",
        "die grünen", "grüne jugend", "jusos", "junge union", "junge liberale", "julis", "bsw", "wahlkampf*",
        "parti socialiste", "la france insoumise", "rassemblement national", "front national", "les républicains",
        "partito democratico", "fratelli d'italia", "lega nord", "movimento 5 stelle", "forza italia", "psoe",
        "partido popular", "partido vox", "bjp", "indian national congress", "aam aadmi party", "shiv sena",
        # ART9B (T29D N3): leaning labels as Facebook's "other categories" write them ("US politics (very liberal)",
        # "Intéressé par la politique (gauche)"; the brackets are no word) and the parties' youth wings
        "politique gauche", "politique droite", "politique centre", "politique extrême gauche",
        "politique extrême droite", "extrême gauche", "extrême droite", "politics liberal", "politics very liberal",
        "politics conservative", "politics very conservative", "politics moderate", "política izquierda",
        "política derecha", "politik links", "politik rechts", "jeunes insoumis",
        "france insoumise", "lfi", "parti communiste", "les écologistes", "europe écologie", "eelv",
        "bündnis sahra wagenknecht", "partido socialista", "partito comunista",
        # party leaders of the marketplaces' countries (US, UK, DE, FR, IT, ES, IN: formats.md §3) as of 2025, from
        # the parties' own leadership pages as Wikipedia's "List of political parties in …" links them (written
        # down here, not fetched: dataexam reads no network). Full names where the surname is a common one
        # ("Scholz", "Merz", "Conte", "Sánchez"), the surname alone where it is the person's own ("Mélenchon").
        # CLILOW checked the German, British, French, US and Indian ones against the news of the parties'
        # elections (zdfheute, Deutschlandfunk, BR, Le Figaro, AP, The Hindu's peers, 2024-25): the SPD elected
        # Bärbel Bas beside Lars Klingbeil in June 2025 (Saskia Esken left), the Greens Franziska Brantner and
        # Felix Banaszak in November 2024, Die Linke Ines Schwerdtner and Jan van Aken in October 2024, the FDP
        # Christian Dürr in May 2025 (Christian Lindner left), Les Républicains Bruno Retailleau in May 2025, the
        # Green Party of England and Wales Zack Polanski in September 2025, the Conservatives Kemi Badenoch in
        # November 2024 (Rishi Sunak left); Congress is led by Mallikarjun Kharge, the BJP by J. P. Nadda (Narendra
        # Modi and Rahul Gandhi lead in parliament). Former leaders stay: following them tells an opinion alike. The
        # DNC's chair since February 2025, Ken Martin, is left out: a name many people bear.
        # SHARED3 (thirty-first pass) checked the Italian and Spanish leaders, and the others again for changes since
        # 2024, against the news of each party's congress (the search tool's stored pages): Italy — Fratelli
        # d'Italia Giorgia Meloni, Lega Matteo Salvini, PD Elly Schlein, M5S Giuseppe Conte, Forza Italia Antonio
        # Tajani (listed before), Alleanza Verdi e Sinistra's two leaders Angelo Bonelli (re-elected Europa Verde
        # spokesman, November 2024: il Fatto Quotidiano) and Nicola Fratoianni (Adnkronos, December 2025), Azione
        # Carlo Calenda and Italia Viva Matteo Renzi (the parties' Wikipedia pages as mirrored, 2024); Spain — PSOE
        # Pedro Sánchez, PP Alberto Núñez Feijóo, Vox Santiago Abascal (listed before), Podemos Ione Belarra,
        # re-elected 12 April 2025 (EFE), ERC Oriol Junqueras, re-elected 14 December 2024 (Infobae, Público), Junts
        # Carles Puigdemont, elected 27 October 2024 (La Razón, elDiario.es), EH Bildu Arnaldo Otegi, re-elected 8
        # February 2025 (El País). Movimiento Sumar is led since 29 March 2025 by Lara Hernández and Carlos Martín
        # (RTVE, El País), the PNV since 30 March 2025 by Aitor Esteban (EFE, Faro de Vigo): the three are left
        # out, names many people bear, as Ken Martin. Elsewhere since 2024: the BSW elected Fabio De Masi beside
        # Amira Mohamed Ali on 6 December 2025, Sahra Wagenknecht leaving the chair (dts, Tagesschau); the BJP made
        # Nitin Nabin its national working president on 14 December 2025, to follow J. P. Nadda (New Indian
        # Express, Deccan Herald); the SNP chose John Swinney on 6 May 2024 (HuffPost UK, LBC). Accented names are
        # also written in plain letters (a writer without accents types "Pedro Sanchez").
        "mélenchon", "melenchon", "jean-luc mélenchon", "marine le pen", "jean-marie le pen",
        "jordan bardella", "bardella", "emmanuel macron", "macron", "éric zemmour", "eric zemmour", "zemmour",
        "olivier faure", "marine tondelier", "gabriel attal", "édouard philippe", "françois bayrou",
        "olaf scholz", "friedrich merz", "alice weidel", "tino chrupalla", "christian lindner", "sahra wagenknecht",
        "wagenknecht", "markus söder", "robert habeck", "lars klingbeil", "saskia esken", "keir starmer", "starmer",
        "kemi badenoch", "nigel farage", "farage", "ed davey", "rishi sunak", "jeremy corbyn", "corbyn",
        "kamala harris", "joe biden", "bernie sanders", "ocasio-cortez", "jd vance", "giorgia meloni", "meloni",
        "matteo salvini", "salvini", "elly schlein", "giuseppe conte", "antonio tajani", "pedro sánchez",
        "núñez feijóo", "feijóo", "santiago abascal", "abascal", "yolanda díaz", "narendra modi", "rahul gandhi",
        "arvind kejriwal", "kejriwal", "bärbel bas", "barbel bas", "baerbel bas", "felix banaszak", "banaszak",
        "franziska brantner", "ines schwerdtner", "schwerdtner", "jan van aken", "christian dürr", "christian duerr",
        "bruno retailleau", "retailleau", "zack polanski", "mallikarjun kharge", "kharge", "j.p. nadda", "jp nadda",
        "j. p. nadda",
        "angelo bonelli", "nicola fratoianni", "fratoianni", "carlo calenda", "matteo renzi", "ione belarra",
        "belarra", "oriol junqueras", "junqueras", "carles puigdemont", "puigdemont", "arnaldo otegi", "otegi",
        "pedro sanchez", "nunez feijoo", "feijoo", "yolanda diaz", "fabio de masi", "amira mohamed ali",
        "nitin nabin", "john swinney",
    ),
    "union": (
        "ver.di", "ig metall", "ig bce", "*gewerkschaft*", "dgb", "betriebsgruppe", "union member",
        "union membership", "union rep", "shop steward", "teamsters", "afl-cio", "seiu", "uaw", "unite the union",
        "labor union", "labour union", "syndical*", "sindacat*", "cgil", "cisl", "sindicat*",
        "ccoo",
        # R2ART ("rail strike, proud of my union" read nothing once a commuter's strike was no union word): the
        # person's own union, as members write of it — hers, joined, paid for, met; never "union" alone (the
        # European, Soviet, credit, student union, Union Station, the union jack, a plumber's union fitting, a
        # marriage: EVERYDAY_SENSES["union names"], EVERYDAY_PATTERNS["marriage"]); French "syndicat" the
        # word and its plural, not a stem (English "syndicated", "syndication" are a column's and a loan's)
        "my union", "our union", "union members", "union reps", "union dues", "union steward", "union card",
        "union meeting", "union meetings", "joined the union", "join the union", "joining the union",
        "joins the union", "joined a union", "join a union", "joining a union", "syndicat", "syndicats",
        # Dutch and Turkish, the Latin-script languages the list claims (LATIN_LANGUAGES) that had no union word:
        # vakbond (vakbondslid, de vakbonden), a member of the FNV confederation (not "FNV" alone: Fallout: New
        # Vegas to gamers); sendika (sendikam, sendika üyesi, sendikal), the Türk-İş and Hak-İş confederations
        "vakbond*", "fnv-lid", "fnv lid", "lid van de fnv", "lid van fnv", "sendika*", "türk-iş", "hak-iş",
        # T37: standing on a picket line is a striker's own part (a transit strike alone is the workers', met by a
        # commuter: EVERYDAY_SENSES["strikes"]); not "picket" alone (a picket fence)
        "picket line", "picket lines", "on the picket", "picketing",
        # T37 M3 ("Tube strike — I'm striking too, RMT member" read nothing): the person striking, and a member of a
        # British union named by its initials (RMT rail and maritime, Unison, GMB, UCU universities, NEU teachers,
        # CWU post and telecoms); not "striking" alone (a striking resemblance)
        "i'm striking", "i am striking", "we're striking", "we are striking", "striking too", "rmt member",
        "rmt members", "unison member", "gmb member", "ucu member", "neu member", "cwu member",
        # ART940 (T38/T38B asked that news of a union read nothing: "The strike was called off by the union",
        # "النقابات العمالية أعلنت الإضراب", "ההסתדרות הכריזה על שביתה כללית"): decided against — a report naming a
        # union or its strike reads union in every language (en "strike", de "Gewerkschaft", fr "syndicat", es
        # "sindicato", ar "النقابة", he "ההסתדרות"/"שביתה כללית", hi "हड़ताल"), as "The hospital announced a new
        # cancer ward" reads health and "the church announced a new pastor" religion: the gate reads a text's
        # words, not who speaks of whom, as it reads no negation ("I did not join the strikes") and no other
        # person's ("my wife's union"). It withholds such a text rather than tell from its grammar that it is
        # none of the person's own. The look-alikes read nothing by the word's other sense, not by the speaker: a
        # commuter's transit strike (EVERYDAY_SENSES["strikes"]), a strike's noun alone in German, French,
        # Spanish, Arabic and Hebrew (no term), a disease as research's subject ("research and news").
    ),
    "sexuality": (
        "csd", "christopher street day", "schwul*", "lesbisch*", "bisexuell*", "homosexuel*", "transgenre",
        "*kondom*", "préservatif*", "preservativ*", "condón", "condones", "durex", "gleitgel", "lubrifiant",
        "lgbtq+", "lgbtqia", "lgbtqia+", "trans rights", "drag queen",
        # ART9B (T29D N1–N4): the acronym's other spellings, pride marches and associations in French, German and
        # Spanish, orientation nouns ("Homosexualität", "Homosexualidad", "Bisexualität": the stems)
        "lgbti", "lgbti+", "lgbtiq", "lgbtiq+", "lgbtqi", "lgbtqi+", "lgbtqi+", "lgbt+", "marche des fiertés",
        "marche des fiertes", "fiertés", "fierté lgbt", "orgullo lgbt", "lesbienne*", "lesbiana*", "homophob*",
        "transphob*", "homosexu*", "bisexu*", "transsexu*", "transidentit*", "gender transition",
        "geschlechtsangleich*", "changement de sexe",
    ),
}

# ART9 (T31B A1): gender transition care and a trans identity, told by a person's posts and orders ("Started HRT this
# week, testosterone day one" was quoted and dated as the language finding's example; "Chest Binder for Trans FTM",
# "Testosterone gel applicator", "Post top surgery compression vest" were counted in spending; only "Gender clinic"
# was special). Medical transition — hormones (HRT, testosterone, oestrogen and the anti-androgens and blockers given
# with them, by their INN names: spironolactone, cyproterone, bicalutamide, leuprorelin, triptorelin), surgery, the
# garments worn for dysphoria (chest binders, packers, tucking underwear) and the clinics — is data concerning
# health (Art. 4(15), Art. 9(1)); a trans identity and a coming-out tell sex life or sexual orientation as the
# map's "transgender" does (the EDPB guidelines 8/2020 on targeting read gender identity there). In English and the
# languages the lists carry (German, French, Spanish, Italian, Portuguese, Dutch, Turkish, Japanese, Arabic). The
# words with an everyday sense are phrases only: "binder" alone is a ring binder, "packer" a Green Bay Packer or a
# warehouse job, "gaff" a fishing hook, "tucking" a bed made, "trans" alone trans fats and the Trans-Siberian,
# "STP" a motor oil, "T" a letter ("on T" only after a count of days, weeks, months or years on it). "Testosterone"
# alone is health (a prescription hormone, a "booster" sold for low testosterone); Cordelia Fine's book "Testosterone
# Rex" is a title (EVERYDAY_SENSES "titles"). A term here withholds rather too much than too little.
GENDER_TRANSITION: dict[str, tuple[str, ...]] = {
    "health": (
        "hrt", "hormone replacement", "hormone therapy", "hormone therapies", "hormone treatment",
        "gender-affirming", "gender affirming", "gender clinic", "gender clinics", "gender identity clinic",
        "gender dysphoria", "dysphoria", "dysphoric", "testoster*", "testostéron*", "testogel", "nebido",
        "sustanon", "estrog*", "oestrog*", "östrog*", "estrógen*", "estradiol*", "oestradiol*", "östradiol*",
        "spironolacton*", "cyproteron*", "androcur", "bicalutamid*", "puberty blocker", "puberty blockers",
        "leuprorelin", "triptorelin", "lupron", "top surgery", "bottom surgery", "phalloplast*", "metoidioplast*",
        "vaginoplast*", "mastectom*", "facial feminization", "facial feminisation", "feminizing surgery",
        "feminising surgery", "masculinizing", "masculinising", "feminizing hormones", "feminising hormones",
        "chest binder", "chest binders", "binder for trans", "trans binder", "ftm binder", "binder ftm", "gc2b",
        "ftm packer", "packer ftm", "stp packer", "packer stp", "trans packer", "stand to pee", "tucking underwear",
        "tucking gaff", "tucking gaffs", "tucking panties", "tucking tape", "gaff for tucking", "trans gaff",
        "mtf gaff", "breast forms", "days on t", "day on t", "weeks on t", "week on t", "months on t", "month on t",
        "years on t", "year on t",
        # T31C N5: the same care in the words people post ("First T shot today", "Week 10 on E") and its brands
        "t shot", "t shots", "t injection", "t injections", "t gel", "days on e", "day on e", "weeks on e",
        "week on e", "months on e", "month on e", "years on e", "year on e", "progynova", "estrofem", "zoladex",
        "decapeptyl", "gnrh", "on t for", "started t today", "started t this week", "started e today",
        "hrtversary", "orchiectom*", "sandrena",
        # ART9E (note45: "seen at the GIC", "Week 10 on E" still missed): a count of days, weeks or months on a
        # hormone with the number after the unit ("Week 10 on E", "day one on T", "month 3 of T"), a shot or dose of
        # it ("my first shot of T": the blogs and forums the search tool holds word it so, e.g. "Got my first shot
        # of T!", "First day on T"), the UK's NHS gender identity clinics (GICs: "referral to the GIC", "Leeds GIC",
        # "seen at the GIC"; not "GIC" alone: Canada's guaranteed investment certificate, Singapore's GIC fund, so
        # "my GIC matured" stays everyday), facial feminisation surgery (FFS) only in the words of its care ("FFS
        # consult", "my FFS", "post FFS": "FFS" alone is an expletive), the endocrinologist, the anti-androgens by
        # their short names ("on spiro", "on cypro", "on bica"), progesterone (HRT's, a pregnancy's) and the brands
        # of the NHS's and the US's hormone products (Evorel, Estradot, Utrogestan, Prometrium, AndroGel, Tostran).
        *(f"{unit} # {on} {hormone}" for unit in ("day", "week", "month", "year") for on in ("on", "of")
          for hormone in ("t", "e")),
        "days of t", "weeks of t", "months of t", "years of t", "shot of t", "shots of t", "dose of t",
        "doses of t", "t jab", "t jabs", "t dose", "t doses", "t blocker", "t blockers", "e injection",
        "e injections", "e shot", "e shots",
        # ART9F (T32B L1: "Started blockers today" was no special text): puberty blockers as trans people say them,
        # "blockers" alone, read only in the words of a course of treatment — started, taken, prescribed, a count of
        # time on them, an appointment, an implant or a shot — never alone: "ad blockers", "pop-up blockers", a
        # team's "blockers in the lineup" and volleyball's "starting blockers" (the players who start) stay everyday
        "started blockers", "began blockers", "start blockers", "i'm starting blockers", "im starting blockers",
        "i am starting blockers", "taking blockers", "take blockers", "took blockers", "prescribed blockers",
        "approved for blockers", "referred for blockers", "referral for blockers", "waiting for blockers",
        "waitlist for blockers", "access to blockers", "got blockers", "getting blockers", "get blockers",
        "been on blockers", "am on blockers", "i'm on blockers", "im on blockers", "is on blockers", "was on blockers",
        "are on blockers", "stay on blockers", "staying on blockers", "off blockers", "came off blockers",
        *(f"{unit} on blockers" for unit in ("day", "days", "week", "weeks", "month", "months", "year", "years")),
        *(f"{blocker} {what}" for blocker in ("blocker", "blockers")
          for what in ("appointment", "appointments", "appt", "implant", "implants", "injection", "injections",
                       "shot", "shots", "jab", "jabs", "prescription", "referral", "consultation")),
        "first blocker", "first blockers", "blockers and hrt", "blockers then hrt",
        "gic appointment", "gic appointments", "gic appt", "gic referral", "gic referrals", "gic waiting list",
        "gic waitlist", "gic clinician", "gic psychiatrist", "gic doctor", "gic letter", "gic discharge",
        "referred to the gic", "referral to the gic", "referred to a gic", "referral to a gic", "seen at the gic",
        "seen by the gic", "seen at gic", "at the gic", "discharged from the gic", "charing cross gic",
        "tavistock gic", "leeds gic", "nottingham gic", "sheffield gic", "exeter gic", "northampton gic",
        "newcastle gic", "sandyford gic", "brighton gic", "london gic", "indigo gic", "laurels gic",
        "ffs consult", "ffs consultation", "ffs consultations", "ffs surgeon", "ffs surgeons", "ffs recovery",
        "ffs procedure", "ffs procedures", "ffs clinic", "ffs fund", "ffs gofundme", "my ffs", "had ffs",
        "post ffs", "pre ffs", "getting ffs", "booked ffs", "facialteam", "facial masculinization",
        "facial masculinisation", "facial gender confirmation",
        "endocrinolog*", "my endo", "endo appointment", "endo appt", "on spiro", "taking spiro", "spiro and e",
        "spiro and estradiol", "on cypro", "on bica", "progesteron*", "prometrium", "utrogestan", "evorel",
        "estradot", "androgel", "tostran",
        # … and HRT counted after it ("HRT 1 year today", "HRT 2 months in") or at work ("watching HRT do its
        # thing"): beside the Croatian broadcaster's "HRT 1", "watching HRT" (EVERYDAY_SENSES "broadcaster") these
        # reach past the everyday phrase, so the text is read whole (categories._without_exceptions)
        *(f"hrt # {unit}" for unit in ("day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo",
                                       "year", "years", "yr", "yrs")),
        "hrt do", "hrt doing", "hrt work", "hrt working", "hrt works", "hrt change", "hrt changing",
        "hrt changed", "hrt kick in", "hrt kicking in", "hrt kicked in",
        # German, French, Spanish, Italian, Portuguese, Dutch, Turkish
        "*hormontherapie*", "*hormonersatztherapie*", "*hormonbehandlung*", "geschlechtsdysphorie", "brustbinder",
        "pubertätsblocker", "mastektomie", "hormonothérapie", "traitement hormonal", "dysphorie de genre",
        "bloqueurs de puberté", "terapia hormonal", "tratamiento hormonal", "disforia de género",
        "bloqueadores de la pubertad", "terapia ormonale", "disforia di genere", "bloccanti della pubertà",
        "hormonização", "disforia de gênero", "disforia de género", "bloqueadores da puberdade",
        "*hormoontherapie*", "genderdysforie", "genderkliniek", "hormon tedavisi", "hormon terapisi",
        "cinsiyet uyum", "cinsiyet disforisi",
    ),
    "sexuality": (
        "trans man", "trans men", "trans woman", "trans women", "trans person", "trans people", "trans guy",
        "trans girl", "trans boy", "trans kid", "trans kids", "trans masc", "transmasc", "trans femme",
        "transfem", "transfemme", "transman", "transwoman", "ftm", "mtf", "out as trans", "coming out as trans",
        "came out as trans", "i'm trans", "i am trans", "being trans", "trans pride", "trans flag",
        "nonbinary", "non binary", "enby", "genderqueer", "genderfluid", "gender fluid", "agender",
        "deadname", "deadnamed", "deadnaming", "my dead name", "dead naming", "egg_irl", "egg irl",
        # T31C N5: a transition's anniversary and its legal recognition (UK Gender Recognition Act 2004's certificate)
        "transiversary", "gender recognition certificate", "gender marker", "my grc", "misgendered",
        "misgendering", "transitioning at work", "presenting as a woman", "presenting as a man",
        "transmann", "transfrau", "trans mann", "trans frau", "transgeschlecht*", "transident*", "nichtbinär*",
        "nicht-binär", "homme trans", "femme trans", "non-binaire", "hombre trans", "mujer trans", "no binario",
        "no binaria", "uomo trans", "donna trans", "homem trans", "mulher trans", "não binário", "não binária",
        "não-binário", "transição de gênero", "transição de género", "transvrouw", "non-binair", "trans erkek",
        "trans kadın",
    ),
}

# ART9 (T31B X1 LOW: a liked "Vote Livre on Sunday, the only party for the climate" was no special text). A party
# whose name is an everyday word — Portuguese "Livre" (free), "Chega" (enough; arrives), "PS" (a postscript), "PSD"
# (a Photoshop file), "IL" and "BE" (words), "PCP" (a drug), "PAN" and "AD"; "Labour", "Reform", "Green"; German
# "Grüne"; French "RN", "Renaissance"; Spanish "Podemos" (we can), "Vox", "Sumar" (to add), "PP"; Italian "Lega",
# "PD"; Dutch "SP" — is read only in a vote's shape: a voting verb of the language before it ("vote Livre", "votar
# no Chega", "votez RN", "vota Podemos", "stem op SP"; German also after it: "Grüne wählen"), every verb form with
# every name. A vote said for a party is a political opinion (Art. 9(1)); "vote" alone (a poll, a talent show) and
# "party" alone (a celebration) stay everyday, as the map has them. "The only party for" is political only before a
# cause ("… for the climate", "… for workers"): "the only party for kids in town" is a birthday. Names that are no
# everyday word stand alone. ART9E (note45: these four lists were unsourced) checked them against the parties
# represented in each parliament, as the search tool's stored news pages give the official counts (written down
# here, not fetched):
# - Portugal, Assembleia da República after 18 May 2025 (Secretaria-Geral do MAI via dnoticias.pt, rr.pt, 18–28 May
#   2025): AD (PSD/CDS-PP) 91, Chega 60, PS 58, IL 9, Livre 6, CDU (PCP/PEV) 3, BE 1, PAN 1, JPP (Juntos pelo Povo) 1;
#   IL elected Mariana Leitão on 19 July 2025 after Rui Rocha (rr.pt, RTP); leaders André Ventura, Luís Montenegro,
#   José Luís Carneiro (Pedro Nuno Santos before), Mariana Mortágua, Paulo Raimundo, Rui Tavares, Inês Sousa Real.
# - Brazil, Câmara dos Deputados elected 2 October 2022 (Agência Câmara via oparalelo13, Exame, JOTA): PL 99, the
#   PT/PCdoB/PV federation 80, União Brasil 59, PP 47, MDB 42, PSD 42, Republicanos 41, PSDB/Cidadania 18, PDT 17,
#   Rede/PSOL 14, PSB 14, Podemos 12, Avante, PSC, Solidariedade, Patriota, Novo, PROS, PTB. "PL" (a plural, the
#   Premier League), "PP", "PSD", "PDT" (Pacific Daylight Time), "Novo" (new), "Avante" (forward), "Podemos",
#   "Cidadania", "Solidariedade", "Patriota", "União" are everyday words or abbreviations: in a vote's shape only.
# - Netherlands, Tweede Kamer elected 29 October 2025 (Kiesraad, 7 November 2025, via hartvannederland.nl,
#   metronieuws.nl): D66 26, PVV 26, VVD 22, GroenLinks-PvdA 20, CDA 18, JA21 9, FvD 7, BBB 4, SP, DENK, PvdD, SGP
#   and ChristenUnie 3 each, 50PLUS 2, Volt 1 (NSC, 20 seats in 2023, left); leaders Rob Jetten, Geert Wilders,
#   Dilan Yeşilgöz, Frans Timmermans (left after the election; Jesse Klaver), Henri Bontenbal, Joost Eerdmans,
#   Thierry Baudet, Caroline van der Plas, Pieter Omtzigt (NSC, 2023). "Volt", "Denk" (think), "SP", "CU" in a vote.
# - Turkey, TBMM after 14 May 2023 (YSK results via kamubiz.com, bha.net.tr's seat table): AK Parti, CHP, DEM Parti
#   (the HDP's successor, elected on the Yeşil Sol Parti list), MHP, İYİ Parti, Yeni Yol, HÜDA PAR, Yeniden Refah,
#   TİP, Gelecek, DEVA, Saadet, DSP, Demokrat Parti. Was wrong: "CHP" alone (combined heat and power, the California
#   Highway Patrol) — now the party's full name, "CHP'li", "CHP lideri" and "CHP'ye oy"; leaders Recep Tayyip
#   Erdoğan, Özgür Özel, Devlet Bahçeli, Müsavat Dervişoğlu, Fatih Erbakan, Ali Babacan, Ahmet Davutoğlu.
_VOTES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # English (verbs) × the UK's and US parties named by an everyday word
    (("vote", "votes", "voting", "voted", "vote for", "votes for", "voting for", "voted for"),
     ("labour", "green", "reform", "reform uk", "lib dem", "libdem", "conservative", "conservatives", "blue",
      "gop", "livre", "chega", "psd", "pcp", "bloco", "podemos", "sumar", "lega")),
    # Portuguese
    (("votar", "votar no", "votar na", "voto no", "voto na", "votei", "votei no", "votei na", "vou votar",
      "vou votar no", "vou votar na", "votamos", "votamos no", "votamos na", "vote no", "vote na", "votem",
      "votem no", "votem na", "votem em", "vote em", "votar em", "votei em"),
     ("livre", "chega", "ps", "psd", "il", "be", "pcp", "bloco", "pan", "ad", "cdu", "jpp", "lula", "pt", "psol",
      "pl", "mdb", "psdb", "pp", "pdt", "psb", "novo", "avante", "podemos", "republicanos", "união brasil",
      "rede", "cidadania", "solidariedade", "pcdob")),
    # French
    (("votez", "voter", "votez pour", "voter pour", "vote pour", "je vote", "j'ai voté", "j'ai voté pour"),
     ("ps", "rn", "lr", "renaissance", "reconquête", "les écologistes", "insoumis", "modem")),
    # Spanish
    (("vota", "votad", "votar a", "vota a", "votad a", "voto a", "votaré a", "votamos a", "he votado a"),
     ("pp", "podemos", "vox", "sumar", "ciudadanos", "junts", "erc", "bildu", "pnv")),
    # Italian
    (("vota", "votate", "votare", "votiamo", "ho votato"), ("pd", "lega", "fdi", "azione", "italia viva", "avs")),
    # Dutch
    (("stem op", "stemmen op", "gestemd op", "stemde op"),
     ("sp", "bbb", "nsc", "cda", "pvv", "vvd", "d66", "groenlinks", "pvda", "volt", "denk", "ja21", "fvd", "pvdd",
      "sgp", "cu", "christenunie", "50plus", "bij1")),
    # Turkish: "CHP'ye oy" (the apostrophe's suffix is a word of its own here), "oy ver…" after the party
    (("chp ye", "chp'ye", "akp ye", "akp'ye", "mhp ye", "mhp'ye"), ("oy", "oyumu", "oy verdim", "oy vereceğim")),
    # German: before or after the verb
    (("wählt", "wähle", "wählen", "ich wähle"), ("grüne", "grün", "linke", "die partei")),
)
_VOTES_AFTER: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("grüne", "grün", "linke"), ("wählen", "gewählt")),
)
_CAUSES = ("the climate", "climate", "the planet", "the environment", "workers", "working people",
           "the working class", "the nhs", "pensioners", "democracy")
POLITICAL_SHAPES: dict[str, tuple[str, ...]] = {
    "politics": (
        *(f"{verb} {party}" for verbs, parties in _VOTES for verb in verbs for party in parties),
        *(f"{party} {verb}" for parties, verbs in _VOTES_AFTER for party in parties for verb in verbs),
        *(f"only party for {cause}" for cause in _CAUSES), *(f"only party that cares about {cause}" for cause in
                                                             _CAUSES),
        "o único partido", "único partido que", "partido para o clima",
        # Portugal
        "bloco de esquerda", "iniciativa liberal", "partido social democrata", "partido comunista português",
        "aliança democrática", "cds-pp", "pcp-pev", "partido chega", "partido livre", "partido socialista português",
        "andré ventura", "luís montenegro", "pedro nuno santos", "josé luís carneiro", "mariana mortágua",
        "paulo raimundo", "rui rocha", "rui tavares", "inês sousa real",
        "juntos pelo povo", "mariana leitão", "mariana leitao",
        # Brazil
        "bolsonaro", "jair bolsonaro", "bolsonarist*", "lulista*", "petista*", "lula da silva",
        "partido dos trabalhadores", "psol", "partido liberal", "união brasil", "uniao brasil", "psdb", "pcdob",
        "movimento democrático brasileiro", "partido novo", "rede sustentabilidade", "valdemar costa neto",
        "gleisi hoffmann", "edinho silva", "fernando haddad", "tarcísio de freitas", "guilherme boulos",
        "ciro gomes", "simone tebet",
        # the Netherlands
        "groenlinks", "pvda", "d66", "pvv", "vvd", "partij voor de vrijheid", "partij voor de dieren",
        "nieuw sociaal contract", "boerburgerbeweging", "forum voor democratie", "christenunie",
        "staatkundig gereformeerde partij", "geert wilders", "rob jetten", "dilan yeşilgöz", "dilan yesilgoz",
        "frans timmermans", "jesse klaver", "henri bontenbal", "joost eerdmans", "thierry baudet",
        "caroline van der plas", "pieter omtzigt",
        # Turkey
        "akp", "ak parti", "adalet ve kalkınma partisi", "cumhuriyet halk partisi", "chp li", "chp'li",
        "chp lideri", "chp genel başkanı", "mhp", "milliyetçi hareket partisi", "dem parti", "iyi parti",
        "yeniden refah", "hüda par", "türkiye işçi partisi", "saadet partisi", "deva partisi",
        "gelecek partisi", "erdoğan", "erdogan", "recep tayyip erdoğan", "kılıçdaroğlu", "kilicdaroglu",
        "imamoğlu", "imamoglu", "özgür özel", "devlet bahçeli", "bahçeli", "bahceli", "müsavat dervişoğlu",
        "fatih erbakan", "ali babacan", "ahmet davutoğlu", "davutoglu",
    ),
}

# ART9F (T32B M10: a Chinese writer's depression, pregnancy, chemotherapy, HIV-test, coming-out and church posts were
# "No record found … read for health, religion, politics and union only": the Han terms were Japanese, and a category
# counted as read in every language of a term's script). The terms of the languages written in another script than
# Latin, by language: :func:`categories_read` says a category is read in a language only where that language's own
# list holds a term of it, and a term two languages share (糖尿病, 妊娠 in Japanese and Chinese; молитв*, храм in
# Russian, Ukrainian and Serbian) is listed under each. Every term matches in any text (:func:`find`); a Han, kana or
# Thai term anywhere in a text, as those scripts have no spaces between words (module text), so a term here is a
# whole word of its language that no everyday word sequence holds across a word break (Chinese 同志 is also
# "comrade" and 女同 begins 女同学 "schoolgirl": the march and the orientation only; 工会 is inside 员工会议 "staff
# meeting": the union's own phrases; 道教, 信主, 中共, 产后 and 待产 lie across the words of 知道教练, 自信主要,
# 其中共有, 生产后 and 期待产品: left out), and where one word still hides another the everyday sequence is in
# EVERYDAY_SENSES["han words"] (教会我 "taught me", 柜台 "counter", 享受洗澡 "enjoy a bath"). Sources: the senses as
# CC-CEDICT (the open Chinese–English dictionary) and the Oxford Chinese Dictionary give them; the conditions as the
# WHO's Chinese fact sheets (抑郁症, 艾滋病, 糖尿病, 癌症) and Taiwan's Ministry of Health and Welfare (憂鬱症, 愛滋,
# 子宮頸癌) write them; the parties', unions' and churches' own names (中国共产党, 中國國民黨, 民主進步黨, 台灣民眾黨,
# 中华全国总工会, Taiwan's 職業工會 of the Labor Union Act, 中华基督教会); Ukrainian and Serbian as the Slovnyk.ua
# and Matica srpska dictionaries spell them (Ukrainian церква, вагітна, профспілка; Serbian црква, трудноћа,
# синдикат, џамија). Written down here, not fetched (dataexam reads no network). What a language's list does not
# hold goes unread in it, and the sensitive-signal inventory says so per language (inference/interests.py
# special_language_gap).
OTHER_SCRIPTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ja": {
        "health": (
            "出産", "陣痛", "分娩", "産後", "産前", "入院バッグ", "糖尿病", "血糖", "血圧計", "インスリン", "妊娠",
            "妊婦", "マタニティ", "授乳", "補聴器", "禁煙", "育毛", "尿漏れ", "失禁", "避妊", "うつ病", "精神科",
            "心療内科", "ホルモン療法", "性別適合手術", "性同一性障害", "性別違和"),
        # church, Bible, worship, prayer beads (a shrine or temple visit is sightseeing too: left out)
        "religion": ("教会", "聖書", "礼拝", "数珠", "モスク"),
        "politics": ("自民党", "立憲民主党", "共産党", "公明党", "維新の会"),
        "union": ("労働組合", "労組"),
        # T36 (私はゲイです read nothing): ゲイ only before a particle or a noun that makes it the word (ゲイン "gain",
        # ゲイツ "Gates", ゲイシャ the coffee variety and ゲイリー "Gary" hold the letters too)
        "sexuality": ("コンドーム", "トランスジェンダー", "ゲイです", "ゲイだ", "ゲイの", "ゲイと", "ゲイで",
                      "ゲイバー", "ゲイカップル", "レズビアン", "同性愛", "バイセクシュアル", "バイセクシャル"),
    },
    # Chinese, Simplified and Traditional forms side by side (the shared Japanese ones: 糖尿病, 血糖, 妊娠, 分娩,
    # 失禁, 精神科, 教会)
    "zh": {
        "health": (
            # mental health
            "抑郁症", "抑鬱症", "忧郁症", "憂鬱症", "抗抑郁", "抗抑鬱", "抗憂鬱", "产后抑郁", "產後抑鬱", "產後憂鬱",
            "焦虑症", "焦慮症", "恐慌症", "躁郁症", "躁鬱症", "双相情感障碍", "雙相情感障礙", "雙相情緒障礙",
            "精神科", "精神疾病", "心理医生", "心理醫生", "心理咨询", "心理諮詢", "心理諮商", "心理治疗", "心理治療",
            "确诊", "確診",
            # pregnancy, birth, nursing, contraception
            "怀孕", "懷孕", "孕妇", "孕婦", "孕期", "孕吐", "验孕", "驗孕", "待产包", "待產包", "坐月子", "剖腹产",
            "剖腹產", "无痛分娩", "無痛分娩", "妊娠", "分娩", "母乳喂养", "母乳餵養", "吸奶器", "哺乳期", "人工流产",
            "人工流產", "堕胎", "墮胎", "避孕", "产检", "產檢",
            # cancer and its treatment, HIV/AIDS (an X user writes "HIV检测" without a space: the acronym and the word)
            "化疗", "化療", "癌症", "乳腺癌", "乳癌", "肺癌", "肝癌", "胃癌", "肠癌", "腸癌", "宫颈癌", "子宮頸癌",
            "白血病", "淋巴瘤", "肿瘤", "腫瘤", "艾滋", "爱滋", "愛滋", "hiv检测", "hiv檢測", "hiv阳性", "hiv陽性",
            "hiv阴性", "hiv陰性", "hiv感染", "感染hiv", "hiv病毒", "hiv筛查", "hiv篩檢",
            # conditions, devices, smoking and hair loss as the English list has them
            "糖尿病", "血糖", "胰岛素", "胰島素", "高血压", "高血壓", "降压药", "降壓藥", "哮喘", "癫痫", "癲癇",
            "洗肾", "洗腎", "血液透析", "失禁", "戒烟", "戒菸", "尼古丁", "助听器", "助聽器", "脱发", "脫髮",
            # gender transition care (GENDER_TRANSITION's health terms)
            "激素替代疗法", "激素替代療法", "变性手术", "變性手術", "性别焦虑", "性別焦慮", "性别不安", "性別不安",
            "性别认同障碍", "性別認同障礙", "青春期阻断剂", "青春期阻斷劑", "雌激素", "睾酮", "睪固酮"),
        "religion": (
            "教堂", "教会", "教會", "做礼拜", "做禮拜", "礼拜堂", "禮拜堂", "主日崇拜", "主日学", "主日學", "圣经",
            "聖經", "查经班", "查經班", "团契", "團契", "祷告", "禱告", "祈祷", "祈禱", "牧师", "牧師", "神父",
            "弥撒", "彌撒", "受洗", "洗礼", "洗禮", "基督", "天主教", "佛教", "拜佛", "念佛", "伊斯兰", "伊斯蘭",
            "穆斯林", "清真寺", "斋月", "齋月", "犹太教", "猶太教", "信耶稣", "信耶穌"),
        "politics": (
            "共产党", "共產黨", "国民党", "國民黨", "民进党", "民進黨", "民众党", "民眾黨", "共青团", "共青團",
            "入党", "入黨", "党员", "黨員", "党支部", "黨支部", "社会主义", "社會主義", "共产主义", "共產主義",
            "女权", "女權", "自由主义", "自由主義", "无政府主义", "無政府主義", "民主党", "民主黨", "共和党",
            "共和黨", "英国工党", "英國工黨", "保守党", "保守黨", "习近平", "習近平", "赖清德", "賴清德", "蔡英文",
            "柯文哲", "朱立伦", "朱立倫", "马英九", "馬英九", "拜登"),
        "union": (
            "工会会员", "工會會員", "加入工会", "加入工會", "工会主席", "工會主席", "工会代表", "工會代表",
            "工会组织", "工會組織", "全国总工会", "全國總工會", "职业工会", "職業工會", "产业工会", "產業工會"),
        "sexuality": (
            "同性恋", "同性戀", "双性恋", "雙性戀", "跨性别", "跨性別", "出柜", "出櫃", "同志骄傲", "同志驕傲",
            "骄傲游行", "驕傲遊行", "同志游行", "同志遊行", "同志大游行", "同志大遊行", "同志酒吧", "同志平权",
            "同志平權", "婚姻平权", "婚姻平權", "性少数", "性少數", "酷儿", "酷兒", "避孕套", "保險套",
            # the acronym against its words, as HIV above ("LGBT群体" is one token to the English map)
            "lgbt群体", "lgbt群體", "lgbt社群", "lgbt人士", "lgbtq群体", "lgbtq群體", "lgbtq社群"),
    },
    "ar": {
        # the conditions, not everyday words ("سكر" is sugar, "حامل" a holder)
        "health": ("مرض السكري", "السكري", "الاكتئاب", "اكتئاب", "العلاج الهرموني"),
        # "عيد" alone is a birthday too, "الجمعة" any Friday
        "religion": ("عيد مبارك", "عيدكم مبارك", "عيد سعيد", "عيد الفطر", "عيد الأضحى", "جمعة مباركة", "جمعه مباركه",
                     "جمعة مباركه", "كنيسة", "الكنيسة", "القداس", "صلاة الجمعة", "تراويح", "التراويح"),
        "sexuality": ("متحول جنسيا", "متحولة جنسيا"),
        # ART939: the union (نقابة, a trade or professional union: نقابة المعلمين, نقابة الصحفيين), its member and its
        # forms with the article and "my"; not a stem: نقاب is the face veil ("نقابي" my veil, "نقابها" her veil),
        # and نقابة الأشراف (the Prophet's descendants' registry) is no union (EVERYDAY_SENSES["union names"])
        "union": ("نقابة", "النقابة", "نقابات", "النقابات", "نقابتي", "نقابتنا", "عضو نقابة", "عضو في النقابة",
                  "عضوة في النقابة", "عضو النقابة", "نقابة عمالية", "اتحاد نقابات العمال"),
    },
    # ART939: Hebrew's union (Israel's labour federation, ההסתדרות, with its prefixed forms; a works council, ועד
    # עובדים; a trade union, איגוד מקצועי); not "הסתדרות" alone ("an organisation": ההסתדרות הציונית the Zionist
    # Organisation, הסתדרות מדיצינית הדסה a hospital: EVERYDAY_SENSES["union names"]), not "ועד" alone (a house
    # committee, ועד בית)
    "he": {"religion": ("שבת", "שבת שלום", "שנה טובה", "חג שמח", "בית כנסת"),
           "union": ("ההסתדרות", "בהסתדרות", "להסתדרות", "מההסתדרות", "וההסתדרות", "חבר בהסתדרות",
                     "חברה בהסתדרות", "ועד עובדים", "ועד העובדים", "בוועד העובדים",
                     # FIXC: "to" the committee, as one joins it (הצטרפתי לוועד העובדים)
                     "לוועד העובדים", "לוועד עובדים", "איגוד מקצועי",
                     "לאיגוד מקצועי", "באיגוד מקצועי", "האיגוד המקצועי", "איגוד עובדים", "איגוד העובדים",
                     "שביתה כללית",
                     # ART940: the general strike with its article and in the plural, as the singular above
                     "השביתה הכללית", "בשביתה הכללית", "לשביתה הכללית", "שביתות כלליות", "השביתות הכלליות")},
    # ART939: Hindi's union (ट्रेड यूनियन, a union's member, मज़दूर संघ / श्रमिक संघ a workers' union) and the strike
    # in the union sense, as the English map reads "strike": हड़ताल, with and without its nukta; a hunger strike is a
    # protest and a transport strike a commuter's (EVERYDAY_SENSES["strikes"]); "यूनियन" alone is also the European
    # Union, a credit union
    "hi": {"religion": ("मंदिर", "पूजा", "नमाज़", "नमाज", "गुरुद्वारा"),
           "union": ("ट्रेड यूनियन", "यूनियन सदस्य", "यूनियन का सदस्य", "हमारी यूनियन", "मेरी यूनियन",
                     "यूनियन में शामिल", "मज़दूर संघ", "मजदूर संघ", "श्रमिक संघ", "मज़दूर यूनियन", "मजदूर यूनियन",
                     "हड़ताल", "हड़ताल", "हड़ताल में शामिल")},
    # Russian: the Orthodox greeting, the faiths' buildings and prayer; the conditions, the orientations, the parties
    # and the unions as the English list has them ("рак" alone is a crayfish and the zodiac sign: left out)
    "ru": {
        "health": ("антидепрессант*", "депресси*", "беременн*", "вич", "спид", "химиотерап*",
                   "онколог*", "диабет*", "инсулин*", "психиатр*", "психотерап*", "роддом*", "эпилепси*"),
        "religion": ("с рождеством христовым", "христ*", "церковь", "церкви", "церковью", "церквей", "церквам",
                     "церквями", "церквах", "храм", "мечеть", "молитв*", "рамадан",
                     "синагог*", "православн*", "мусульман*", "католик*", "ислам", "намаз", "литурги*"),
        "politics": ("единая россия", "единорос*", "кпрф", "лдпр", "справедливая россия", "коммунист*",
                     "социалист*", "феминист*", "анархист*", "навальн*"),
        "union": ("профсоюз*",),
        # "гей" alone is also Ukrainian "hey" ("Гей, соколи!"): the orientation said of someone, and its compounds
        "sexuality": ("я гей", "он гей", "гей-парад", "гей-клуб", "гей-пара", "гейск*", "геев", "лесбиянк*",
                      "гомосексуал*", "бисексуал*", "трансгендер*", "лгбт", "прайд", "каминг-аут", "камин-аут",
                      "презерватив*"),
    },
    # Ukrainian: "віл" alone is an ox (HIV only in phrases); церква's forms
    "uk": {
        "health": ("антидепресант*", "депресі*", "вагітн*", "тест на віл", "віл-інфекція", "віл-позитивний",
                   "віл-позитивна", "снід", "хіміотерап*", "онколог*", "діабет*", "інсулін*", "психіатр*",
                   "психотерап*", "пологов*"),
        "religion": ("христ*", "церква", "церкви", "церкву", "церкві", "церквою", "церков", "церквам", "церквами",
                     "церквах", "храм", "мечеть", "молитв*", "рамадан",
                     "синагог*", "православн*", "мусульман*", "католик*", "іслам", "намаз", "літургі*"),
        "politics": ("європейська солідарність", "опозиційна платформа", "комуніст*", "соціаліст*", "феміні*",
                     "анархіст*"),
        "union": ("профспілк*",),
        "sexuality": ("я гей", "він гей", "гей-парад", "гей-клуб", "гей-пара", "геї", "лесбійк*", "гомосексуал*",
                      "бісексуал*", "трансгендер*", "лгбт", "прайд", "камінг-аут", "презерватив*"),
    },
    # Serbian (Cyrillic): "трудна" is also Russian "difficult": pregnancy by трудноћа and трудница only
    "sr": {
        "health": ("антидепресив*", "депресиј*", "трудноћ*", "трудница", "труднице", "трудна сам", "хив",
                   "хемотерап*", "онколог*", "дијабет*", "инсулин*", "психијатр*", "психотерап*", "породилишт*"),
        "religion": ("христ*", "црква", "цркве", "цркви", "цркву", "црквом", "цркава", "црквама", "храм", "џамиј*",
                     "молитв*", "рамазан", "синагог*", "православн*", "муслиман*", "католи*", "литургиј*"),
        "politics": ("српска напредна странка", "напредњац*", "социјалистичка партија", "комунист*", "социјалист*",
                     "феминист*", "анархист*", "вучић*"),
        "union": ("синдикат*", "синдикалн*"),
        "sexuality": ("геј", "лезбеј*", "хомосексуал*", "бисексуал*", "трансродн*", "лгбт", "парада поноса",
                      "параде поноса", "прајд", "кондом*", "презерватив*"),
    },
}

#: the phrases of the two families above, which a run-together @handle is not read for (``categories.special_value``
#: squeezes a term's spaces out: "days on t" would be "daysont", inside "@holidaysontheroad")
NOT_IN_HANDLES: frozenset[str] = frozenset(t for family in (GENDER_TRANSITION, POLITICAL_SHAPES)
                                           for terms in family.values() for t in terms if " " in t)
for _family in (GENDER_TRANSITION, POLITICAL_SHAPES):
    for _category, _terms in _family.items():
        TERMS[_category] = TERMS[_category] + _terms
for _lists in OTHER_SCRIPTS.values():
    for _category, _terms in _lists.items():
        TERMS[_category] = TERMS[_category] + tuple(t for t in _terms if t not in TERMS[_category])



# scripts written without spaces between words: a term in one matches anywhere
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")

#: the Latin-script languages the lists are written in (module text: the marketplaces' languages, and the parties and
#: causes of Portugal, Brazil, the Netherlands and Turkey); another Latin-script language is read only where it shares
#: a term's spelling with one of them ("diabet*")
LATIN_LANGUAGES = frozenset({"en", "de", "fr", "it", "es", "pt", "nl", "tr"})
#: ISO 15924 script → the first word of Unicode's names of its letters, where CLDR's English script name is not it
_SCRIPT_WORDS = {"Hans": ("CJK",), "Hant": ("CJK",), "Hani": ("CJK",), "Jpan": ("CJK", "HIRAGANA", "KATAKANA"),
                 "Kore": ("HANGUL",), "Beng": ("BENGALI",), "Orya": ("ORIYA",), "Mymr": ("MYANMAR",)}


def _term_scripts(term: str) -> str | None:
    letter = next((ch for ch in term if ch.isalpha()), None)
    return unicodedata.name(letter, "").split(" ")[0] if letter is not None else None


@lru_cache(maxsize=64)
def categories_read(language: str) -> tuple[str, ...]:
    """The Art. 9 categories of :data:`TERMS` (in its order) whose lists hold a term of ``language`` (an ISO 639
    code, "ru", "zh-Hant", "hi-Latn"): for a Latin-script language, every category where it is one of
    :data:`LATIN_LANGUAGES`, else none (a shared spelling aside); for a language written in another script (CLDR's
    likely script: "ru" → Cyrillic, "zh" → Han), the categories its own list in :data:`OTHER_SCRIPTS` holds a term
    of, in that script — per language, not per script (ART9F, T32B M10: Chinese was "read for health, religion,
    politics and union" by Japanese kanji; Nepali, Marathi, Belarusian or Korean, with no list, are read for none).
    The keyword map (categories.py) reads English alone. Shape: ``("health", "religion", …)``."""
    from babel import Locale
    from babel.core import get_global

    base, _, script = language.replace("_", "-").partition("-")
    base = base.lower()
    if not script or len(script) != 4:
        likely = str(get_global("likely_subtags").get(base, ""))
        script = next((p for p in likely.split("_") if len(p) == 4 and p.isalpha()), "Latn")
    script = script.title()
    if script == "Latn":
        return tuple(TERMS) if base in LATIN_LANGUAGES else ()
    words = _SCRIPT_WORDS.get(script) or (str(Locale("en").scripts.get(script, script)).upper(),)
    own = OTHER_SCRIPTS.get(base, {})
    return tuple(c for c in TERMS if any(_term_scripts(t) in words for t in own.get(c, ())))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class EverydaySense(NamedTuple):
    """Phrases in which a special category's word has another, everyday sense, and why (where the sense is from)."""

    reason: str
    phrases: tuple[str, ...]


# subjects of the handbooks publishers title "The … Bible" ("The Baking Bible", "The Python Bible", "The Wine
# Bible", "The Cocktail Bible", "The Dog Bible"): a craft's reference book, no scripture
_HANDBOOK_SUBJECTS = (
    "python", "java", "javascript", "html", "css", "sql", "linux", "excel", "photoshop", "photography", "baking",
    "bread", "cake", "cookie", "pie and pastry", "pastry", "chocolate", "wine", "cocktail", "cocktails", "whisky",
    "whiskey", "beer", "cheese", "coffee", "sourdough", "vegan", "vegetarian", "keto", "slow cooker", "air fryer",
    "instant pot", "smoothie", "juicing", "soup", "salad", "curry", "grilling", "bbq", "barbecue", "grow",
    "gardening", "knitting", "crochet", "sewing", "quilting", "woodworking", "beekeeping", "fishing", "golf",
    "running", "marathon", "fitness", "bodybuilding", "makeup", "skincare", "dog", "puppy", "cat", "horse",
    "chicken", "guitar", "piano", "songwriter's", "screenwriter's", "writer's", "marketing", "copywriting",
    "investing", "trading", "poker", "chess")
_PARTY_ITEMS = ("supplies", "decorations", "decoration", "balloons", "plates", "favors", "favours", "cups",
                "napkins", "hats", "bags", "tableware", "banner", "streamers", "theme")

#: Phrases in which a word of :data:`TERMS` or of the keyword map has an everyday sense, by kind, each with where
#: the sense comes from (T29D L-d: "Pride and Prejudice" and "Queer Eye DVD" were sexuality, "The Python Bible" and
#: "Prayer plant Maranta" religion, "Green party supplies balloons" politics, "Cancer zodiac necklace" health, so
#: each was withheld by default and counted as an Art. 9 signal with ``--include-sensitive``). They are shared by
#: every language: the special categories of any text are read without the phrases it holds (whole words, any
#: case, a space also matching a hyphen, an accented letter also its plain one: "zodiaco cancer" as "zodiaco
#: cáncer"), so a text holding a special word besides them stays special ("Queer Eye fans at the Pride march").
#: A phrase that can be meant in the special sense is left out ("Jesus Christ Superstar", "Queer as Folk",
#: "hearing aids", "mobility aids", "children's bible", "study bible").
EVERYDAY_SENSES: dict[str, EverydaySense] = {
    "titles": EverydaySense(
        "titles of books, films, shows and games, as their publishers and studios write them",
        ("pride and prejudice", "pride & prejudice", "queer eye", "eat pray love", "tropic of cancer",
         "tropique du cancer", "trópico de cáncer", "pride rock", "pride lands", "temple of doom", "temple run")),
    "handbooks": EverydaySense(
        "a craft's reference book titled a bible: \"The Baking Bible\", Weber's \"Grill-Bibel\", \"La bible du "
        "pain\", \"La biblia del vino\" (publishers' titles)",
        (*(f"{subject} bible" for subject in _HANDBOOK_SUBJECTS),
            "grill bibel", "back bibel", "koch bibel", "brot bibel", "wein bibel", "garten bibel", "vegan bibel",
            "low carb bibel", "bible du pain", "bible du barbecue", "bible de la pâtisserie", "bible du chocolat",
            "bible du vin", "bible de la cuisine", "bible des cocktails", "bible du jardinage", "bible du tricot",
            "bible du bricolage", "bible de la photo", "biblia del vino", "biblia de la cocina", "biblia del pan",
            "biblia de la repostería", "biblia de la barbacoa", "biblia del café")),
    "plants": EverydaySense(
        "house plants' common names: Maranta leuconeura is the prayer plant (Gebetspflanze, plante prière, pianta "
        "della preghiera), Ceropegia woodii the rosary vine (the Royal Horticultural Society's plant finder)",
        ("prayer plant", "prayer plants", "gebetspflanze", "gebetspflanzen", "plante prière", "plantes prières",
         "plante de prière", "pianta della preghiera", "piante della preghiera", "rosary vine", "rosary vines")),
    "party supplies": EverydaySense(
        "party supplies by colour, as the shops' categories name them (a green party is a party in green)",
        tuple(f"green party {item}" for item in _PARTY_ITEMS)),
    "zodiac": EverydaySense(
        "the zodiac sign Cancer, as astrology jewellery and horoscopes name it (English, French, Spanish)",
        ("cancer zodiac", "zodiac cancer", "cancer zodiac sign", "cancer star sign", "cancer horoscope",
         "signe du cancer", "signe astrologique cancer", "zodiaque cancer", "horoscope cancer", "signo cáncer",
         "signo de cáncer", "signo zodiacal cáncer", "zodiaco cáncer", "horóscopo cáncer")),
    "aids": EverydaySense(
        "\"aids\" the plural of \"aid\" (HIV/AIDS is a health term): teaching and study aids, sticking plasters",
        ("teaching aids", "visual aids", "audio visual aids", "study aids", "learning aids", "training aids",
         "navigation aids", "kitchen aids", "memory aids", "swim aids", "swimming aids", "band aids")),
    "history": EverydaySense(
        "\"depression\" as the economic crisis of the 1930s and the glassware collected from it — only where the "
        "words say so (\"the Great Depression\", \"the Depression era\"): \"my depression era\" is today's slang for "
        "one's own low mood, and \"fell into a great depression\" is a person's (T30C C1: the bare two-word phrases "
        "read those as history)",
        ("depression glass", "depression era glass", "the great depression", "the depression era",
         "great depression of the 1930s", "great depression of 1929", "1930s great depression")),
    "names": EverydaySense(
        "names of places, people and things holding such a word (Temple Bar in Dublin, Temple University, the "
        "Shirley Temple drink, the band Stone Temple Pilots, the chemist Gay-Lussac) and the idiom retail therapy",
        ("temple bar", "temple university", "shirley temple", "stone temple pilots", "gay lussac",
         "retail therapy")),
}
# ART9 (T31B A1): the look-alikes of the gender-transition terms (GENDER_TRANSITION)
EVERYDAY_SENSES["transition look-alikes"] = EverydaySense(
    "a book's title and the letter T in brands: Cordelia Fine's \"Testosterone Rex\" (2017) is on sex differences, "
    "no one's therapy; \"six months on T-Mobile\", \"a year on T-shirts\" are no months on testosterone",
    ("testosterone rex", *(f"{unit} on t-{thing}" for unit in ("day", "days", "week", "weeks", "month", "months",
                                                                 "year", "years")
                           for thing in ("mobile", "shirt", "shirts", "online", "bana"))))
# ART9E (note45: "Pride of Britain" and the Croatian broadcaster "HRT" were withheld as special): "pride" in its
# everyday senses and the names that hold it, HRT as Croatia's public broadcaster, "top surgery" as a ranking,
# "at the GIC" as an investment's rate
EVERYDAY_SENSES["pride"] = EverydaySense(
    "\"pride\" as self-respect, a lions' group and in names (Oxford's and Collins's idioms \"pride and joy\", "
    "\"pride of place\", \"swallow one's pride\", \"take pride in\", \"pride comes before a fall\"; the Daily "
    "Mirror's Pride of Britain Awards, broadcast by ITV since 1999; P&O Ferries' ships Pride of Kent, of Canterbury, "
    "of Hull, of Rotterdam, of Bruges, of York, of Burgundy; the film \"The Pride of the Yankees\" (1942); the NWSL "
    "club Orlando Pride); a Pride march, Pride month or \"so much pride at Pride\" stays special",
    ("pride of britain", "pride of britain awards", "pride of place", "pride and joy", "pride of lions",
     "pride of the yankees", "orlando pride", "national pride", "civic pride", "school pride", "wounded pride",
     "hurt pride", "sense of pride", "pride comes before a fall", "pride goes before a fall",
     "pride before a fall", "pride myself", "pride yourself", "pride himself", "pride herself", "pride ourselves",
     "pride themselves",
     *(f"{verb} {whose} pride" for verb in ("swallow", "swallowed", "swallowing", "hurt", "wounded")
       for whose in ("my", "your", "his", "her", "our", "their")),
     *(f"{verb} pride in" for verb in ("take", "takes", "took", "taking", "taken", "great", "real")),
     # T36 ("Pride in our team", "so much pride in my daughter's graduation" were sexuality): pride in someone or
     # something of one's own is the feeling ("Pride in London", "Pride in the Park" — the marches — stay)
     *(f"pride in {whose}" for whose in ("my", "your", "his", "her", "our", "their")),
     *(f"pride of {ship}" for ship in ("kent", "canterbury", "hull", "rotterdam", "bruges", "york", "burgundy",
                                        "dover", "calais", "bilbao", "portsmouth", "cherbourg", "le havre")),
     # T32B M5: Derby County's ground (Pride Park Stadium), a lions' group said the other way round, a nation's or a
     # city's pride, the former Japanese MMA promotion (Pride Fighting Championships), and Fuller's London Pride
     # ale with a beer word beside it ("on my way to London Pride" stays the march)
     "pride park", "pride park stadium", "lion pride", "lions pride", "pride of the nation", "pride of the city",
     "pride of the club", "pride of the team", "pride fc", "pride fighting championships",
     "london pride ale", "london pride beer", "fuller's london pride", "fullers london pride",
     *(f"{glass} of london pride" for glass in ("pint", "pints", "bottle", "bottles", "half", "glass", "can")),
     # ART9F (T32C: "London Pride on tap tonight" was withheld: the beer words above stood before the name or were
     # "ale"/"beer" after it, and a pub's way of serving it said none): the ale as the pub serves it, and a drink of
     # it had or ordered at a place ("Had a London Pride at the Red Lion"); "at London Pride" stays the march
     *(f"london pride on {serving}" for serving in ("tap", "draught", "draft", "cask", "handpump", "hand pump",
                                                     "the pumps", "the bar")),
     *(f"{verb} a london pride at" for verb in ("had", "having", "have", "ordered", "order", "grabbed", "grab",
                                               "drinking", "drank", "enjoying", "enjoyed"))))
EVERYDAY_SENSES["broadcaster"] = EverydaySense(
    "HRT, Hrvatska radiotelevizija, Croatia's public broadcaster: its channels HRT 1–HRT 4 (HRT1 … as one word is "
    "no term), its news (\"HRT vijesti\", \"Dnevnik HRT\"), \"gledam HRT\", \"watching HRT\"; a count after HRT "
    "(\"HRT 1 year today\") or HRT at work (\"watching HRT do its thing\") stays special (GENDER_TRANSITION)",
    ("hrt 1", "hrt 2", "hrt 3", "hrt 4", "hrt vijesti", "hrt dnevnik", "dnevnik hrt", "hrt radio",
     "hrt croatia", "croatian hrt", "gledam hrt", "watching hrt", "watch hrt", "watched hrt",
     "hrt eurovision", "hrt dora"))
EVERYDAY_SENSES["training"] = EverydaySense(
    "HRT as heart rate training, runners' and cyclists' shorthand (\"Zone 2 HRT run\"; T32B M5), with a sport's word "
    "beside it",
    ("zone 2 hrt", "zone two hrt", "hrt run", "hrt runs", "hrt ride", "hrt rides", "hrt workout", "hrt workouts"))
EVERYDAY_SENSES["rankings"] = EverydaySense(
    "\"top\" as the best: rankings of surgery departments, hospitals and residencies (\"Top surgery hospitals "
    "in India\", \"top surgery residency programs\"), not the chest surgery",
    tuple(f"top surgery {what}" for what in ("hospital", "hospitals", "department", "departments", "centre",
                                             "centres", "center", "centers", "program", "programs", "programme",
                                             "programmes", "residency", "residencies", "school", "schools",
                                             "journal", "journals", "ranking", "rankings", "colleges")))
EVERYDAY_SENSES["investments"] = EverydaySense(
    "GIC, a Canadian bank's guaranteed investment certificate, at its rate (\"locked in at the GIC rate\")",
    ("at the gic rate", "at the gic rates"))
EVERYDAY_SENSES["han words"] = EverydaySense(
    "Chinese word sequences holding a term of OTHER_SCRIPTS[\"zh\"] across a word break (Han has no spaces: such a "
    "phrase is blanked wherever it stands; CC-CEDICT's senses): 教会 \"taught\" before whom was taught "
    "(妈妈教会我做饭), 神父 inside 精神父亲 (a spiritual father), 佛教 after 仿佛 (as if), 出柜 before 柜台/柜子 (a "
    "counter, a cupboard), 受洗 before a wash (享受洗澡 \"enjoy a bath\"), 化疗 inside 文化疗愈, 强化疗效, 优化疗程 "
    "(culture's healing, to strengthen an effect, to optimise a course), 产检 inside 生产检查 (a production check), "
    "保險套 inside 保險套餐 (an insurance package); 基督山伯爵 (The Count of Monte Cristo) and 烘焙圣经 (a baking "
    "handbook)",
    (*(f"{taught}{whom}" for taught in ("教会", "教會", "教会了", "教會了")
       for whom in ("我", "你", "他", "她", "孩子", "大家", "自己")),
     *(f"出{cupboard}" for cupboard in ("柜台", "櫃台", "櫃檯", "柜子", "櫃子")),
     *(f"受{wash}" for wash in ("洗澡", "洗车", "洗車", "洗衣", "洗碗", "洗头", "洗頭", "洗脸", "洗臉", "洗手")),
     "精神父", "仿佛教", "文化疗", "文化療", "强化疗", "強化療", "优化疗", "優化療", "生产检", "生產檢", "保險套餐",
     # titles: Dumas's "The Count of Monte Cristo" (基督山伯爵) and a craft's handbook titled a bible (烘焙圣经)
     "基督山", *(f"{craft}{bible}" for craft in ("烘焙", "咖啡", "葡萄酒", "摄影", "攝影", "健身", "投资", "投資",
                                                 "营销", "行銷", "烹饪", "烹飪") for bible in ("圣经", "聖經"))))
EVERYDAY_SENSES["lions"] = EverydaySense(
    "Russian and Ukrainian прайд as a lions' group (\"прайд львов\", \"левовий прайд\"), as English \"pride of lions\"",
    ("прайд львов", "львиный прайд", "прайд левів", "левовий прайд"))
# LOOKALIKE (T33B M1: a Ukrainian and a Serbian writer's "Христина приїде завтра", "Їду в Білу Церкву", "Храм
# укуса", a Chinese writer's 基督城 trip, 大雨的洗礼, 设计师的圣经 and 很酷儿子 were read as religion and sexuality):
# the words of the lists inside people's and places' names, inside a longer everyday Chinese word or across the
# break between two, and in figures of speech, in every language the lists hold. Han compounds and straddles were
# found by running every OTHER_SCRIPTS["zh"] term against the word list of the jieba segmenter (its dict.txt,
# 349,046 words with counts, built from the People's Daily corpus; looked at once while writing this, not shipped):
# each longer word holding a term and each pair of common words whose break a term crosses (酷|儿子 → 很酷儿子,
# 天|主教练 → 昨天主教练, 爱|滋润, 畜牧|师, 财产|检查, 妇女|权益, 女性|少数民族, 精神|科学), kept where the pair is
# said and never the special sense.
# the Louisiana parishes a church's parish is also named after (the feast of the Ascension, St Bernard, St Charles
# Borromeo), and what stands after the state's parish (its civil bodies, services and places; the state's own
# parish governments and school boards name themselves so: "Ascension Parish School Board")
_CHURCH_NAMED_PARISHES = ("ascension", "st bernard", "st charles", "st landry", "st. bernard", "st. charles",
                          "st. landry", "saint bernard", "saint charles", "saint landry")
# T36: houses of worship a street is named after, the street words after them (English), and the Romance
# languages' "street of the church" (Spanish calle/avenida/plaza, French rue/avenue/place, Italian via/piazza)
_HOUSES = ("mosque", "synagogue", "temple")  # (chapel, cathedral, abbey, minster are no term: "Abbey Road" reads none)
_STREET_WORDS = ("street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "square", "place", "row")
_STREETS_OF = (*((street, of, house) for street in ("calle", "avenida", "plaza", "callejón")
                 for of, house in (("de la ", "iglesia"), ("", "iglesia"), ("de la ", "mezquita"),
                                   ("de la ", "sinagoga"))),
               *((street, of, house) for street in ("rue", "avenue", "place", "impasse", "chemin", "allée")
                 for of, house in (("de l'", "église"), ("de la ", "mosquée"), ("de la ", "synagogue"),
                                   ("du ", "temple"))),
               *((street, of, house) for street in ("via", "piazza", "vicolo")
                 for of, house in (("della ", "chiesa"), ("", "chiesa"))))
_PARISH_CIVIL = tuple(f" {civil}" for civil in (
    "louisiana", "la", "school board", "schools", "public schools", "school district", "sheriff", "sheriff's office",
    "council", "government", "president", "assessor", "clerk of court", "courthouse", "library", "jail",
    "fire department", "emergency", "ems", "line", "residents", "voters", "flooding", "water", "sewer", "roads",
    "deputies", "deputy", "district attorney", "coroner", "tax", "taxes", "parks", "animal shelter", "jury",
    "economic development",
    # T36 ("Ascension Parish traffic" was religion): the parish's roads and weather, as a commute or a news item says
    "traffic", "road", "highway", "interstate", "exit", "bridge", "weather", "storm", "power outage", "crash",
    "accident", "detour", "commute"))
# the words before a parish that make it a place passed through (a road or a drive through Louisiana: T36)
_PARISH_PASSAGE = ("through", "thru", "across", "crossing", "entering", "leaving", "traversing",
                   # T36 ("Stuck on I-10 near Ascension Parish"): near, past or into it on a road, and the state's
                   # interstates and highways named before it ("I-10 Ascension Parish")
                   "near", "past", "into", "outside", "i-10", "i 10", "i10", "i-12", "i 12", "i-49", "i-55",
                   "interstate 10", "interstate 12", "la 30", "la 44", "la 42", "us 61", "airline highway",
                   "highway", "hwy")
# (LOOKALIKE2: with the instrumental, "під Білою Церквою", "под Белой Церковью", "са Белом Црквом"; a name only as
# written capitalised, NAMES_ONLY)
_UK_BILA_TSERKVA = ("біла церква", "білої церкви", "білій церкві", "білу церкву", "білою церквою")
_RU_BELAYA_TSERKOV = ("белая церковь", "белой церкви", "белую церковь", "белой церковью")
_SR_BELA_CRKVA = ("бела црква", "беле цркве", "белој цркви", "белу цркву", "белом црквом")
EVERYDAY_SENSES["given names"] = EverydaySense(
    "given names and surnames holding a term: the Ukrainian, Russian and Serbian women's name Христина (Khrystyna, "
    "Hristina) and the Ukrainian pet form Христя in every case (Slovnyk.ua's and Matica srpska's declensions), the "
    "men's names Христо (Serbian, Bulgarian) and Христофор (Christopher), the surnames Христенко and Христић, the "
    "Russian \"Ганс Христиан Андерсен\"; Eric Church and Charlotte Church (singers), Temple Grandin, Michael "
    "Parkinson, Federico Chiesa (footballer), Jean Chrétien (Canada's prime minister 1993–2003), Chrétien de "
    "Troyes, Gabriel Jesus and Jesús Navas (footballers), Tory Burch (a fashion brand) and Tory Lanez (a rapper), "
    "Roxane Gay, Gay Talese, the Enola Gay (the B-29), Oruç Reis (the admiral and the Turkish survey ship); Pooja / "
    "Puja, one of the commonest Indian women's names, with a surname after it (the commonest Indian surnames; "
    "\"Pooja\" alone stays the ritual)",
    (*(f"христин{end}" for end in ("а", "и", "і", "у", "ою", "о", "е", "ом", "ой", "ы", "ка", "ки", "ці", "ку",
                                    "кою", "онька", "оньки", "оньку")),
     "христя", "христі", "христю", "христею", "христо",
     *(f"христофор{end}" for end in ("", "а", "у", "ом", "е", "ові")),
     "христенко", "христенка", "христенку", "христић", "христића", "христићу",
     *(f"{hans} {christian}" for hans, christian in (
         ("ганс", "христиан"), ("ганса", "христиана"), ("гансу", "христиану"), ("гансом", "христианом"),
         ("христиан", "андерсен"), ("христиана", "андерсена"), ("христиану", "андерсену"),
         ("христианом", "андерсеном"))),
     "eric church", "charlotte church", "temple grandin", "michael parkinson", "federico chiesa",
     "enrico chiesa", "jean chrétien", "chrétien de troyes", "gabriel jesus", "jesús navas", "tory burch",
     "tory lanez", "roxane gay", "gay talese", "enola gay", "oruç reis",
     *(f"{name} {surname}" for name in ("pooja", "puja")
       for surname in ("sharma", "patel", "singh", "gupta", "kumar", "kumari", "shah", "mehta", "joshi", "verma",
                       "reddy", "jain", "agarwal", "yadav", "desai", "nair", "iyer", "rao", "banerjee", "chopra",
                       "kapoor", "malhotra", "hegde", "bhatt", "bedi", "mishra", "pandey", "das", "roy"))))
EVERYDAY_SENSES["places"] = EverydaySense(
    "places named with a term: Bila Tserkva (Біла Церква, a city of 200,000 south of Kyiv; Russian Белая Церковь) "
    "and Bela Crkva (Бела Црква, a lake town in Vojvodina) in every case, Khrystynivka (Христинівка, Cherkasy "
    "oblast); Christchurch, New Zealand (基督城) and Islamabad (伊斯兰堡); Falls Church (Virginia), Christ Church "
    "college and meadow (Oxford), the streets named Church Street/Road/Lane, Church Stretton, Bristol Temple Meads "
    "station, the Inner and Middle Temple (Inns of Court), Louisiana's parishes (its counties: Jefferson Parish), "
    "the Hindu Kush, Gay Head (Martha's Vineyard) and Knoxville's Gay Street (\"Gay St\"), Chiesa in Valmalenco; "
    "a Louisiana parish named after a feast or a saint where a road or a drive passes through it (\"I-10 through "
    "Ascension Parish\"); London's Whitechapel in Chinese (白教堂区, its station and road)",
    (*_UK_BILA_TSERKVA, *_RU_BELAYA_TSERKOV, *_SR_BELA_CRKVA,
     *(f"христинівк{end}" for end in ("а", "и", "і", "у", "ою")), "христинівці",
     "基督城", "伊斯兰堡", "伊斯蘭堡",
     "falls church", "christ church college", "christ church meadow", "christ church oxford",
     *(f"church {street}" for street in ("street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "walk",
                                          "close", "stretton")),
     # T36 ("Mosque Road bus stop moved", "Calle de la Iglesia, Madrid", "Rue de l'Église à Paris", "Die
     # Evangelische Straße in Hamburg", 教会通り were religion): a street named after a house of worship is an
     # address, in each language's street words; "went to church on Church Street" stays (its other words)
     *(f"{house} {street}" for house in _HOUSES for street in _STREET_WORDS),
     *(f"{street} {of}{house}" for street, of, house in _STREETS_OF),
     *(f"{faith} {strasse}" for faith in ("evangelische", "katholische", "christliche", "jüdische", "kirchen",
                                           "synagogen", "moschee")
       for strasse in ("straße", "strasse", "gasse", "weg", "platz", "allee")),
     # ... and as German writes street names, one word (T36B: "Synagogenstraße 3", "Moscheestraße 1",
     # "Kirchenstraße 4" were religion; "Kirchstraße" was not, its stem being no term)
     *(f"{faith}{strasse}" for faith in ("kirchen", "synagogen", "moschee", "moscheen")
       for strasse in ("straße", "strasse", "gasse", "weg", "platz", "allee")),
     *(f"{house}{street}" for house in ("教会", "教會", "教堂", "清真寺", "モスク")
       for street in ("通り", "通", "前", "路", "街", "大街", "前通り")),
     "temple meads", "inner temple", "middle temple", "hindu kush", "gay head", "gay street",
     # T36 ("gay st near the market, Knoxville" was sexuality): the street abbreviated, "Gay St" / "gay st." — not
     # before a saint's name ("Gay St. Patrick's Day parade", "gay St. Louis": EVERYDAY_NOT_BEFORE)
     "gay st",
     *(f"gay street{city}" for city in (" knoxville", ", knoxville", " in knoxville", " downtown knoxville", " tn",
                                         ", tn", " tennessee", ", tennessee")),
     *(f"{parish} parish" for parish in ("jefferson", "orleans", "tammany", "east baton rouge", "baton rouge",
                                          "lafayette", "caddo", "calcasieu", "ouachita", "livingston", "tangipahoa",
                                          "rapides", "bossier", "terrebonne", "lafourche",
                                          "plaquemines", "iberia", "vermilion", "acadia", "cameron",
                                          "st tammany")),
     # LOOKALIKE2 (a Catholic "Ascension parish mass" was read as no religion): a parish named after a feast or a
     # saint is also a church's parish, so it is the Louisiana one only with its state or a civil body beside it
     *(f"{parish} parish{civil}" for parish in _CHURCH_NAMED_PARISHES for civil in _PARISH_CIVIL),
     *(f"{parish} parish, {state}" for parish in _CHURCH_NAMED_PARISHES for state in ("louisiana", "la")),
     *(f"louisiana's {parish} parish" for parish in _CHURCH_NAMED_PARISHES),
     # T36 ("I-10 through Ascension Parish" was religion): passed through or across, the parish is the place — a
     # church's parish is joined, served or prayed at, not driven through ("Ascension Parish mass", "Volunteering
     # at Ascension Parish" stay religion)
     *(f"{way} {parish} parish" for way in _PARISH_PASSAGE for parish in _CHURCH_NAMED_PARISHES),
     # T36 (白教堂区, Whitechapel, was religion): the London district, its station and its road by their Chinese
     # names; 白教堂 alone is a white church, and 做礼拜 beside the district stays religion
     *(f"白教堂{place}" for place in ("区", "區", "站", "路")),
     "chiesa in valmalenco"))
# the segmenter's word list's words ending in -化 ("-ise"), Simplified and Traditional, whose 化 can begin 化疗法
# (强化 and 优化 are phrases of the han words already: 强化疗, 优化疗)
_HUA_WORDS = ("个性", "個性", "人性", "多样", "多樣", "系统", "系統", "标准", "標準", "精准", "精準", "个体", "個體",
              "一体", "一體", "现代", "現代", "智能", "数字", "數字", "自动", "自動", "规范", "規範", "精细", "精細",
              "专业", "專業", "科学", "科學", "合理", "程序", "模式", "常规", "常規", "规模", "規模", "多元", "差异",
              "差異", "极端", "極端", "同质", "同質", "简", "簡", "深", "美", "净", "淨", "绿", "綠", "细", "細")
EVERYDAY_SENSES["han words"] = EverydaySense(
    EVERYDAY_SENSES["han words"].reason + "; and (LOOKALIKE, from the segmenter's word list) 主教练 \"head "
    "coach\" after a day (昨天主教练), 酷 \"cool\" before 儿子/儿童/儿时/儿歌 (很酷儿子), 爱 before "
    "滋润/滋味/滋养/滋生 (被爱滋润), 畜牧师 (a livestock technician), 家教/助教 before 会 \"will\", a property's or "
    "an asset's check (财产检查), 妇女权益 and 男女权利 (women's rights in law), 女性少数民族 (ethnic-minority "
    "women), 精神科学 (the humanities), 化疗法 after a -化 word (个性化疗法), 老同志 (a veteran comrade) before 骄傲 "
    "\"proud\"",
    (*EVERYDAY_SENSES["han words"].phrases,
     "天主教练", "天主教練",
     *(f"{cool}{word}" for cool in ("酷儿", "酷兒") for word in ("子", "童", "女", "媳", "孙", "孫", "时", "時", "歌",
                                                                  "科", "戏", "戲")),
     *(f"{love}{word}" for love in ("爱滋", "愛滋") for word in ("润", "潤", "味", "养", "養", "生")),
     "畜牧师", "畜牧師", "家教会", "家教會", "助教会", "助教會",
     *(f"{what}{check}" for what in ("财", "財", "资", "資", "矿", "礦", "水", "房", "地")
       for check in ("产检", "產檢")),
     "妇女权", "婦女權", "男女权", "男女權", "性少数民族", "性少數民族", "精神科学", "精神科學", "老同志骄傲",
     "老同志驕傲",
     # LOOKALIKE2 ("新的化疗法", a new chemotherapy method, was no health): 化疗法 is a -化 word before 疗法 only
     # after one of those words (个性化|疗法 "personalised therapy"); after anything else it is 化疗|法
     *(f"{word}{therapy}" for word in _HUA_WORDS for therapy in ("化疗法", "化療法"))))
_CHANGES = ("雨", "大雨", "暴雨", "风雨", "風雨", "暴风雨", "暴風雨", "岁月", "歲月", "时间", "時間", "时光",
            "時光", "战火", "戰火", "战争", "戰爭", "炮火", "市场", "市場", "实战", "實戰", "青春", "文化", "艺术",
            "藝術", "知识", "知識", "心灵", "心靈", "思想", "阳光", "陽光", "汗水", "历史", "歷史", "生活", "现实",
            "現實", "风霜", "風霜", "烈日", "海水")
_TRADES = ("设计师", "設計師", "程序员", "程式設計師", "厨师", "廚師", "摄影师", "攝影師", "投资者", "投資者",
           "投资人", "投資人", "创业者", "創業者", "营销人", "行銷人", "产品经理", "產品經理", "设计界", "設計界",
           "业界", "業界", "行业", "行業", "新手", "初学者", "初學者", "玩家", "吉他手", "跑者", "健身者", "设计",
           "設計", "编程", "程式")
# the forms of lassen the idiom "die Kirche im Dorf lassen" (not overdo it; Duden) is said with
_LASSEN = ("lassen", "lässt", "lasst", "lass", "lasse", "ließ", "ließen", "ließt", "gelassen", "zu lassen", "belassen")
# the dishes of the spit-roast pork (tacos al pastor, RAE's "al pastor"), Spanish and English, and the words after
# "al pastor" that make it the dish: its food and its trompo, and English words (an English text's "al pastor")
_PASTOR_DISHES = ("taco", "tacos", "carne", "trompo", "gringa", "gringas", "torta", "tortas", "pizza", "pollo",
                  "cerdo", "lomo", "costilla", "costillas", "quesadilla", "quesadillas", "burrito", "burritos",
                  "huarache", "huaraches", "sope", "sopes", "volcanes", "alambre", "orden", "pork", "chicken")
_PASTOR_AFTER = ("taco", "tacos", "burrito", "burritos", "bowl", "bowls", "pork", "chicken", "pizza",
                 "marinade", "seasoning", "sauce", "salsa", "recipe", "meat", "con piña", "con pina", "y suadero",
                 "y bistec", "y carnitas", "is", "was", "and", "with", "or", "tonight", "today", "please")
# the other fillings a taquería's menu lists beside it, after a space or a comma (T35 L1: "Cocina mexicana: al pastor,
# carnitas y barbacoa" was religion)
_PASTOR_FILLINGS = ("carnitas", "suadero", "bistec", "barbacoa", "birria", "chorizo", "longaniza", "cochinita",
                    "campechano", "tripa", "lengua", "cabeza", "asada", "carne asada")
_TEMPLES = ("науки", "искусства", "культуры", "знаний", "спорта", "музыки", "моды", "вкуса", "торговли", "книги",
            "мистецтва", "культури", "знань", "спорту", "музики", "моди", "смаку", "науке", "уметности",
            "културе", "знања", "музике", "укуса", "моде", "књиге")
EVERYDAY_SENSES["figures of speech"] = EverydaySense(
    "a term's word in a figure of speech or another trade's sense (CC-CEDICT, Oxford, Larousse, Duden, RAE): "
    "Chinese 洗礼 \"baptism\" of the rain, the years or war (经过大雨的洗礼) and 圣经 \"bible\" of a trade "
    "(设计师的圣经, 奉为圣经); Russian, Ukrainian and Serbian храм \"temple\" of science, art or taste "
    "(Храм укуса, a bakery); "
    "French \"prière de ne pas fumer\" (a notice's \"please\"), \"prière d'insérer\" (a blurb), \"la messe est "
    "dite\" (it is settled), \"pas très catholique\" (fishy), \"un chapelet de saucisses / d'îles\" (a string of); "
    "German \"die Kirche im Dorf lassen\" (not overdo it; with its verb only), \"ins Gebet nehmen\" (take to "
    "task), \"aus der Taufe heben\" (launch); Spanish tacos al pastor (the dish named, or a food word after it) and "
    "the shepherd dogs (pastor alemán, belga, australiano); English "
    "the praying mantis, a tropical depression (a weather system), soil fertility, a lightning strike, salad greens, "
    "an ad or a game's campaign, a chain's or a lock's lubricant, Parkinson's law; Japanese 禁煙席 and 全席禁煙 (a "
    "non-smoking seat, a no-smoking sign); Arabic تمر السكري (Sukkari dates, a date variety)",
    (*(f"{what}{de}{bath}" for what in _CHANGES for de in ("的", "") for bath in ("洗礼", "洗禮")),
     *(f"{who}的{bible}" for who in _TRADES for bible in ("圣经", "聖經")),
     *(f"{verb}{bible}" for verb in ("奉为", "奉為", "视为", "視為", "当作", "當作", "当成", "當成")
       for bible in ("圣经", "聖經")),
     *(f"храм {what}" for what in _TEMPLES),
     "prière de ne pas", "prière d'insérer", "prière de bien vouloir", "prière de fermer", "prière de laisser",
     "la messe est dite", "pas très catholique", "pas bien catholique", "chapelet de saucisses", "chapelet d'îles",
     "chapelet d'injures", "chapelet d'insultes",
     # LOOKALIKE2 ("Sonntags gehen wir in die Kirche im Dorf" was no religion): the idiom only with its verb
     *(f"kirche {where}im dorf {verb}" for where in ("", "mal ", "doch ", "bitte ") for verb in _LASSEN),
     *(f"{verb} {adverb}die kirche im dorf" for verb in _LASSEN for adverb in ("", "mal ", "doch ", "doch mal ",
                                                                                 "bitte ", "uns ", "wir ")),
     "ins gebet nehmen", "ins gebet genommen",
     "ins gebet nimmt", "ins gebet nahm", "aus der taufe gehoben", "aus der taufe heben", "aus der taufe hebt",
     "aus der taufe hob",
     # LOOKALIKE2 ("Le pedí consejo al pastor", to the pastor, was no religion): the dish as its food is named, or
     # "al pastor" followed by a food or an English word (in English "al pastor" is only ever the dish)
     *(f"{dish} {al} pastor" for dish in _PASTOR_DISHES for al in ("al", "de")),
     *(f"al pastor {what}" for what in _PASTOR_AFTER),
     *(f"al pastor{comma} {what}" for what in _PASTOR_FILLINGS for comma in ("", ",")),
     "pastor alemán", "pastor belga", "pastor australiano",
     "praying mantis", "praying mantises", "praying mantids", "tropical depression",
     "soil fertility", "soil fertility test", "lightning strike",
     *(f"{leaf} greens" for leaf in ("mixed", "salad", "collard", "mustard", "turnip", "leafy", "baby", "spring",
                                      "beet", "dandelion", "micro")),
     *(f"{kind} campaign" for kind in ("ad", "advertising", "marketing", "email", "kickstarter", "crowdfunding",
                                         "single player", "co-op", "story")
      ), "campaign mode",
     *(f"{thing} lubricant" for thing in ("chain", "bike", "lock", "gear", "hinge", "silicone")), "lubricant spray",
     "parkinson's law",
     "禁煙席", "全席禁煙", "店内禁煙", "館内禁煙", "車内禁煙", "禁煙ルーム", "禁煙車", "禁煙エリア", "禁煙室",
     "禁煙フロア",
     "تمر السكري", "تمور السكري", "رطب السكري"))
EVERYDAY_SENSES["titles"] = EverydaySense(
    EVERYDAY_SENSES["titles"].reason + "; the game Burnout Paradise, the BBC's Call the Midwife, the bakery chain "
    "Insomnia Cookies",
    (*EVERYDAY_SENSES["titles"].phrases, "burnout paradise", "call the midwife", "insomnia cookies"))
# T36 (an Amazon history's "Church & Dwight Arm & Hammer Baking Soda" was religion and "Pride Mobility Go-Go
# scooter" sexuality, so both were set aside of every purchase figure): makers' names as product titles write them;
# the product itself is read as ever (a mobility scooter is a health aid; "Church's shoes" the Northampton maker)
EVERYDAY_SENSES["brands"] = EverydaySense(
    "makers' names as product titles write them: Church & Dwight (Arm & Hammer's maker), Pride Mobility (mobility "
    "scooters and power chairs: the product words read as ever), Church's (Northampton shoes); Christian Dior, "
    "kosher salt (a grain size) and Trinity hold no term",
    ("church & dwight", "church and dwight", "church dwight", "pride mobility", "pride mobility products",
     "church's shoes", "church's footwear"))
# T37 (a tester's look-alikes still read as special: "Cancer (zodiac) horoscope", "Cancer ♋", "Cancer season" health;
# "my dog's diabetes check at the vet" health; "HIV research funding doubled, says the news" health; "went to mass
# transit hearing" religion; "gay abandon", "a gay old time" sexuality; "Catholic University of America hoodie",
# "Catholic Health Initiatives scrubs" religion; "Mass transit strike" union). Each class in its senses below; a
# phrase's words may also stand in brackets ("Cancer (zodiac)": :func:`everyday_spans`), an animal's illness and a
# disease's research are classes read as regexes (:data:`EVERYDAY_PATTERNS`), and "mass" before a noun it makes a
# compound with takes its word from a worship term that reaches into it (:data:`FIRM_PHRASES`: "went to mass
# transit").
EVERYDAY_SENSES["zodiac"] = EverydaySense(
    EVERYDAY_SENSES["zodiac"].reason + "; its season, its glyph ♋ (Unicode's CANCER sign) and the planets and "
    "rising sign in it, as horoscope columns and astrology apps write them",
    (*EVERYDAY_SENSES["zodiac"].phrases, "cancer season", "cancer szn", "cancer sun", "cancer moon", "cancer rising",
     "cancer traits", "cancer personality", "cancer compatibility", "cancer horoscopes", "cancer ♋", "♋ cancer",
     "cancer♋", "♋cancer", "cancer zodiac♋",
     "cancer astrology", "cancer star sign traits",
     # the cusp of two signs (T37 M3: "Cancer/Leo cusp birthday" was health), a slash, hyphen or space between
     *(f"{a}{gap}{b} cusp" for x, y in (("cancer", "leo"), ("gemini", "cancer")) for a, b in ((x, y), (y, x))
       for gap in ("/", "-", " ")), "cancer cusp",
     *(f"{body} in cancer" for body in ("sun", "moon", "venus", "mars", "mercury", "jupiter", "saturn"))))
# the animals whose illness a pet owner writes of, and the health terms people write of a pet's
_ANIMALS = ("dog", "cat", "pet", "puppy", "pup", "kitten", "kitty", "horse", "pony", "rabbit", "bunny", "hamster",
            "guinea pig", "parrot", "budgie", "ferret", "tortoise", "gerbil")
_ANIMALS_PLURAL = ("dogs", "cats", "pets", "puppies", "pups", "kittens", "horses", "ponies", "rabbits", "bunnies",
                   "hamsters", "guinea pigs", "parrots", "budgies", "ferrets", "tortoises", "gerbils")
_PET_CONDITIONS = ("diabetes", "insulin", "insulin syringes", "cancer", "arthritis", "epilepsy", "chemo",
                   "chemotherapy", "dialysis", "thyroid", "incontinence", "glucose meter", "glucose monitor",
                   "blood glucose", "blood sugar", "allergy relief", "antidepressant", "prozac", "tumor", "tumour")
# R2ART: a pet medical supply's product title goes on after the animal's condition ("Feline diabetes test strips",
# "diabetic cat food test strips", "Dog insulin syringes U-40": Amazon's titles of veterinary supplies) — its
# supplies, counts and sizes, joined by spaces, hyphens, commas or "and"
_PET_SUPPLIES = ("test strips", "test strip", "strips", "syringes", "syringe", "pen needles", "needles", "lancets",
                 "lancet", "lancing device", "glucose meter", "glucose meters", "glucose monitor", "meter", "monitor",
                 "monitoring system", "kit", "starter kit", "food", "wet food", "dry food", "treats", "tablets",
                 "supplement", "supplements", "chews", "insulin", "insulin syringes", "pen", "pens", "sensor",
                 "sensors", "refills", "ketone strips", "urine test strips", "blood glucose", "care", "guide",
                 "u-40", "u-100", "u40", "u100", "#", "count", "ct", "pack", "kg", "g", "lb", "lbs", "oz", "ml")
# … and a title's supply "for" the animal, in the marketplaces' languages (.com/.co.uk, .de, .fr, .es, .it): its
# first word a condition's or a supply's (English, German, French, Spanish, Italian), then up to five of the title's
# words, then the animal ("Glucose meter for cats", "Blutzucker-Teststreifen für Hunde und Katzen", "tiras reactivas
# para perros"); not after "my", "I" … nor before "owners", "lovers" (a pet owner is a person: "cancer support for
# pet owners" stays health)
_PET_HEALTH_STEMS = ("diabet", "diabèt", "diabét", "insulin", "glucos", "glukos", "glycémi", "glucemi", "glicemi",
                     "blutzucker", "teststreifen", "strip", "strisce", "tiras", "bandelette", "lancet", "lanzett",
                     "syring", "seringue", "jeringa", "siring", "spritze", "needle", "nadel", "meter", "monitor",
                     "messgerät", "cancer", "krebs", "chemo", "arthritis", "arthrose", "epilep", "thyroid",
                     "schilddrüse", "incontinen", "inkontinenz", "dialys", "prozac", "antidepress", "tumor",
                     "tumour", "keton", "test")
_PET_FOR = ("for", "für", "pour", "para", "per")
_PET_WORDS = (*_ANIMALS, *_ANIMALS_PLURAL, "hund", "hunde", "hunden", "katze", "katzen", "haustier", "haustiere",
              "haustieren", "pferd", "pferde", "chien", "chiens", "chat", "chats", "animal", "animaux", "perro",
              "perros", "gato", "gatos", "mascota", "mascotas", "cane", "cani", "gatto", "gatti", "animali")
_PET_OWNERS = ("owner", "owners", "parent", "parents", "lover", "lovers", "people", "sitter", "sitters", "friendly",
               "walker", "walkers", "groomer", "groomers", "rescue", "shelter", "besitzer", "halter", "propriétaires",
               "dueños")
_NOT_OWN = (r"(?!(?:my|i|i'm|me|mine|myself|but|then|so|while|because|also|mein|meine|mon|ma|mes|mi|mis|il mio)"
            r"(?![\w-]))")
_DISEASES = ("hiv", "aids", "hiv/aids", "cancer", "diabetes", "dementia", "alzheimer's", "alzheimers",
             "parkinson's", "parkinsons", "autism", "hepatitis", "mental health", "depression", "insulin",
             *(f"{site} cancer" for site in ("breast", "lung", "skin", "bowel", "colon", "prostate", "ovarian",
                                             "cervical", "pancreatic", "childhood", "blood", "brain")))
_RESEARCH_AFTER = ("research", "researcher", "researchers", "research funding", "funding", "scientists",
                   "breakthrough", "breakthroughs", "statistics", "rates", "vaccine research", "drug research",
                   "charity", "charities", "policy", "study finds", "studies")
_RESEARCH_BEFORE = ("research into", "research on", "funding for", "news about", "study on", "studies on")


def _alternation(phrases: tuple[str, ...]) -> str:
    """Phrases as one regex group over lower-cased text, longest first, a space also a hyphen or more spaces."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in ordered) + ")"


class EverydayPattern(NamedTuple):
    """A class of everyday phrases too many to list (an animal × its illness, a disease × the research on it), as one
    regex over lower-cased text, and why; ``keys``: a text holds one of these strings where the regex can match."""

    reason: str
    rx: re.Pattern[str]
    keys: tuple[str, ...]
    #: where set, the regex is read only where this one also finds its words in the text (whole words, which a key
    #: cannot say: "wife" is inside "midwife")
    needs: re.Pattern[str] | None = None


#: Everyday phrases by class, as regexes (:class:`EverydayPattern`), read beside :data:`EVERYDAY_SENSES` by
#: :func:`everyday_spans` (a text's special categories are read without them alike). Kept out of
#: :data:`EVERYDAY_RX`: as listed phrases they were some 1,500 more alternatives, doubling this module's import.
EVERYDAY_PATTERNS: dict[str, EverydayPattern] = {
    "animals": EverydayPattern(
        "an animal's illness and care, not the person's (a vet's patient: Art. 9 and Art. 4(15) speak of natural "
        "persons): the condition after the animal or its kind (\"dog diabetes\", \"feline diabetes\", \"pet "
        "insulin\"; the pet-food makers' and vets' words), \"diabetic cat food\", and the words after an animal's "
        "possessive, up to three, to the first \"and\", \"but\", \"my\" … or punctuation (\"my dog's diabetes "
        "check\", \"the horses' arthritis\"; \"my dog's walk, then my insulin\" stays special)",
        lazy_compile(r"(?<![\w-])(?:" + _alternation((*_ANIMALS, *_ANIMALS_PLURAL, "feline", "canine", "equine",
                                                     "veterinary")) + r"[\s-]+" + _alternation(_PET_CONDITIONS)
                   + r"|diabetic[\s-]+" + _alternation((*_ANIMALS, *_ANIMALS_PLURAL))
                   + r"|(?:" + _alternation(_ANIMALS) + r"['’]s|" + _alternation(_ANIMALS_PLURAL) + r"['’])"
                   r"(?:\s+(?!(?:and|or|but|plus|while|then|so|my|i|i'm|me|mine)(?![\w-]))[\w-]+){1,3})"
                   r"(?![\w-])"
                   # R2ART: the rest of a supply's title after the animal's condition, and a supply for the animal
                   r"(?:(?:[\s,&+/-]+|[\s,]+and[\s-]+)" + _alternation(_PET_SUPPLIES).replace("\\#", r"\d+")
                   + r"(?![\w-]))*"
                   r"|(?<![\w-])(?<!my\s)(?<!me\s)(?<!i\s)(?<!mein\s)(?<!meine\s)(?<!mon\s)(?<!mes\s)(?<!mi\s)(?<!mis\s)"
                   r"(?=[\w-]*(?:" + "|".join(map(re.escape, _PET_HEALTH_STEMS)) + r"))"
                   r"[\w-]+(?:[\s-]+" + _NOT_OWN + r"[\w'’-]+){0,5}[\s-]+" + _alternation(_PET_FOR) + r"[\s-]+"
                   r"(?:(?:my|our|your|his|her|their|the|a|an|all|small|large|senior|diabetic|older|meine[nm]?|"
                   r"unsere[nm]?|ihre[nm]?|deine[nm]?|die|der|den|das|le|la|les|vos|votre|mes|mon|ma|el|los|las|tu|tus|mi|mis|il|"
                   r"i|gli|il mio|i miei)[\s-]+){0,2}" + _alternation(_PET_WORDS)
                   + r"(?:[\s-]+(?:and|&|und|et|y|e)[\s-]+" + _alternation(_PET_WORDS) + r")?(?![\w-])"
                   r"(?![\s-]+" + _alternation(_PET_OWNERS) + r"(?![\w-]))"
                   # T37 M3: the owner's sentence about the animal ("My dog has diabetes", "my dog is on insulin",
                   # "our cat was diagnosed with cancer"): the animal's condition, up to two words between
                   r"|(?<![\w-])(?:my|our|his|her|their|the|a)\s+" + _alternation(_ANIMALS) + r"\s+(?:has|had|is on|"
                   r"was on|is taking|takes|took|got|gets|needs|needed|was diagnosed with|has been diagnosed with|"
                   r"is diagnosed with|developed|started on|is being treated for|is getting)\s+(?:[\w'’-]+\s+){0,2}?"
                   + _alternation(_PET_CONDITIONS) + r"(?![\w-])"),
        ("'", "’", "feline", "canine", "equine", "veterinary", "diabetic ", "dog", "cat", "pet", "pup", "kitt",
         "horse", "pony", "rabbit", "bunn", "hamster", "guinea", "parrot", "budgie", "ferret", "tortoise", "gerbil",
         "hund", "katze", "haustier", "pferd", "chien", "chat", "animal", "perro", "gato", "mascota", "cane",
         "cani", "gatt")),
    "research and news": EverydayPattern(
        "a disease as the subject of research, funding or the news, not the person's own (\"HIV research funding "
        "doubled\", \"Cancer Research UK\", \"research into dementia\"): a special word beside it stays (\"cancer "
        "research funding cut, my chemo delayed\")",
        lazy_compile(r"(?<![\w-])(?:" + _alternation(_DISEASES) + r"[\s-]+" + _alternation(_RESEARCH_AFTER) + "|"
                   + _alternation(_RESEARCH_BEFORE) + r"[\s-]+" + _alternation(_DISEASES) + r")(?![\w-])"),
        ("research", "funding", "scientists", "breakthrough", "statistics", "rates", "charit", "policy", "stud",
         "news about")),
}
# R2ART: "our union" is also a marriage, as wedding speeches, cards and vows say it ("our union was blessed", "the
# union of two families"): in a text with a wedding's word it is the marriage; with none it stays a trade union (a
# word of membership read too widely is withheld, never the reverse), and a union word beside it stays ("our union
# called a strike on our wedding day")
_WEDDING_WORDS = ("wedding", "married", "marriage", "marry", "vows", "anniversary", "bride", "groom", "newlywed",
                  "honeymoon", "matrimony", "engaged", "engagement", "two families", "blessed", "bless")
# ART939: … or a spouse's word ("our union is strong, my husband says", "my wife and I, our union of 20 years"): the
# spouse the union is with; whole words only ("midwife", "husbandry", "housewives" hold the letters)
_SPOUSE_WORDS = ("husband", "husbands", "husband's", "wife", "wives", "wife's", "hubby", "wifey", "spouse",
                 "spouses", "spouse's")
EVERYDAY_PATTERNS["marriage"] = EverydayPattern(
    "\"union\" as a marriage in a text holding a wedding's word or a spouse's (\"our union was blessed\", "
    "\"celebrating our union, ten years married\", \"the union of two families\", \"our union is strong, my husband "
    "says\"; Merriam-Webster's sense of union, a marriage)",
    # read only where the text holds a wedding's word (and what follows it: "weddings", "blessed") or a spouse's
    re.compile(r"(?<![\w-])(?:(?:our|my|their|your|a|the|this|holy)[\s-]+)+union(?:[\s-]+of[\s-]+(?:two|our|the))?"
               r"(?![\w-])"),
    (*_WEDDING_WORDS, "husband", "wife", "wives", "hubby", "spouse"),
    re.compile(r"(?<![\w-])(?:" + _alternation(_WEDDING_WORDS) + r"[\w'’]*|" + _alternation(_SPOUSE_WORDS)
               + r")(?![\w-])"))
EVERYDAY_SENSES["old senses"] = EverydaySense(
    "\"gay\" in its older sense, merry (the OED's and Merriam-Webster's idioms \"with gay abandon\", \"a gay old "
    "time\"; the Gay Nineties, the 1890s; \"don we now our gay apparel\", Deck the Halls; the film \"The Gay "
    "Divorcee\" (1934); the Gay Gordons, a Scottish country dance)",
    ("gay abandon", "with gay abandon", "gay old time", "a gay old time", "gay ol' time", "gay nineties",
     "gay 90s", "gay '90s", "gay paree", "gay apparel", "gay divorcee", "the gay divorcee", "gay gordons",
     "gay gordon"))
EVERYDAY_SENSES["institutions"] = EverydaySense(
    "universities' and health systems' own names holding a faith's word, as their merchandise and uniforms are "
    "titled (a hoodie of one's university, scrubs of one's employer): the Catholic University of America, "
    "Australian Catholic University, KU Leuven / UCLouvain (the Catholic University of Leuven/Louvain), "
    "Catholic Health Initiatives (now CommonSpirit Health), Catholic Health (Buffalo), Catholic Medical Center "
    "(Manchester, NH), Barnes-Jewish Hospital (St. Louis), the Jewish General Hospital (Montreal); worship there "
    "stays (\"mass at the Catholic University chapel\")",
    ("catholic university of america", "catholic university", "australian catholic university",
     "catholic university of leuven", "catholic university of louvain", "catholic health initiatives",
     "catholic health", "catholic medical center", "barnes-jewish hospital", "barnes jewish hospital",
     "barnes-jewish", "jewish general hospital"))
# what a transit strike is: the workers' (the transit workers' union's), met by a commuter; not the person's
# membership unless she joins it (EVERYDAY_NOT_AFTER)
_SERVICES = ("transit", "mass transit", "public transit", "public transport", "transport", "rail", "railway",
             "train", "tube", "underground", "bus", "subway", "metro", "tram", "airport", "airline",
             "air traffic control", "ferry", "port", "dock", "postal", "post office", "mail", "royal mail",
             "garbage", "bin", "refuse",
             # FIXC: a bank's strike, met at a closed counter ("late because of the bank strike")
             "bank", "banks")
EVERYDAY_SENSES["strikes"] = EverydaySense(
    "a strike of a transport or public service the person meets as a traveller or a customer (\"Tube strike "
    "again, walking\", \"Mass transit strike\"): the workers' action, no word of the person's membership (Art. "
    "9(1) \"trade union membership\" is the person's own); joining it, \"our\" strike (EVERYDAY_NOT_AFTER), or a "
    "union term beside it stays special (\"joining the rail strike\", \"rail strike, on the picket line\")",
    # "strikes" and "walkout" are no union term alone (only "strike" is): their phrases would block nothing
    tuple(f"{service} strike" for service in _SERVICES)
    # ART939: Hindi, a bus, rail, truck, auto-rickshaw, taxi, metro or transport strike, and a hunger strike (भूख
    # हड़ताल, a protest of one's own body, no union's), with and without the nukta
    # FIXC: … and a bank's (बैंक हड़ताल), as the English "bank strike"
    + tuple(f"{service} {strike}" for service in ("बस", "रेल", "ट्रक", "ऑटो", "टैक्सी", "मेट्रो", "परिवहन", "भूख",
                                                   "बैंक")
            for strike in ("हड़ताल", "हड़ताल")))
# R2ART: the names holding "union" in another sense than a trade union, firm (FIRM_PHRASES) so "my union" or "union
# member" reaching into one is no membership ("my Union Station photos", "credit union member", "European Union member
# states")
_UNION_NAMES = ("credit union", "credit unions", "european union", "soviet union", "african union", "customs union",
                "monetary union", "banking union", "student union", "students union", "students' union",
                "union jack", "union flag", "union station", "union square", "union street", "union city",
                "union county", "union pacific", "union army", "union soldiers", "union berlin", "state of the union",
                "union fitting", "union fittings", "pipe union", "usb union",
                # French: a building's co-owners, a tourist office, a water board, a grouping of communes
                "syndicat de copropriété", "syndicat des copropriétaires", "syndicat d'initiative",
                "syndicat intercommunal", "syndicat mixte", "syndicat des eaux",
                # ART939: Arabic, the registry of the Prophet's descendants (Egypt's نقابة الأشراف); Hebrew, the
                # Zionist Organisation and the Hadassah Medical Organisation (הסתדרות: "organisation")
                "نقابة الأشراف", "نقابة السادة الأشراف", "ההסתדרות הציונית", "ההסתדרות הציונית העולמית",
                "הסתדרות מדיצינית הדסה", "ההסתדרות המדיצינית הדסה")
EVERYDAY_SENSES["union names"] = EverydaySense(
    "\"union\" as a federation of states (the European Union, the Soviet Union, the African Union, a customs or "
    "monetary union), a savings co-operative (a credit union), a university's students' union, the flag (the Union "
    "Jack), places named after the Union of the American Civil War (Union Station, Union Square, Union City, its "
    "army), 1. FC Union Berlin, a plumber's union fitting; French \"syndicat\" as a building's co-owners' "
    "association (syndicat de copropriété, loi du 10 juillet 1965), a tourist office (syndicat d'initiative), a "
    "grouping of communes or a water board: no word of the person's trade union",
    _UNION_NAMES)
# "strike" in its other senses (T37 M3: "strike a pose", "lucky strike", "bowling strike" were union)
EVERYDAY_SENSES["strike senses"] = EverydaySense(
    "\"strike\" as a hit, a find, an attack or a pose, not a stoppage of work: bowling's and baseball's strike, a "
    "military or drone strike, striking a pose, a deal, a balance, a chord or a match, a strike price, Lucky Strike "
    "cigarettes, Counter-Strike the game, strikethrough text, a hunger strike (one person's refusal to eat, no "
    "stoppage of work: T38B, \"Hunger strike for my exams\" was union)",
    ("strike a pose", "strike a deal", "strike a balance", "strike a chord", "strike a match", "strike gold",
     "strike it rich", "strike out", "strike zone", "strike price", "strike force", "strike team", "strike back",
     "lucky strike", "bowling strike", "first strike", "air strike", "drone strike", "missile strike",
     "military strike", "preemptive strike", "pre-emptive strike", "nuclear strike", "bird strike", "counter strike",
     "counter-strike", "strike through", "strike while the iron is hot", "hunger strike"))
# "mass" before a noun it makes a compound with (the everyday senses of "mass"): firm, so a worship term ending in
# "mass" that reaches into it ("went to mass transit hearing") is no worship
_MASS_COMPOUNDS = ("transit", "transportation", "transport", "media", "market", "marketing", "production",
                   "produced", "shooting", "shootings", "layoffs", "layoff", "email", "emails", "mailing", "effect",
                   "spectrometry", "spectrometer", "gainer", "timber", "appeal", "extinction", "hysteria",
                   "murder", "grave", "graves", "destruction", "balance", "number", "flow", "storage", "adoption",
                   "tourism", "surveillance", "casualty", "casualties", "ave", "avenue", "pike", "transit authority",
                   "transit hearing")
EVERYDAY_SENSES["mass"] = EverydaySense(
    "\"mass\" as an adjective or a noun of quantity or physics before the noun it qualifies (mass transit, mass "
    "media, mass production, Mass Effect, mass spectrometry; Mass Ave and the Mass Pike, Massachusetts's avenue and "
    "turnpike): no liturgy",
    tuple(f"mass {noun}" for noun in _MASS_COMPOUNDS))
#: the liturgy written as a name, capitalised, with its time (T37: "Mass at 9 then brunch" read nothing; "mass" alone is
#: also physics, transit, a game): "Mass at 9", "Mass at 10:30am", "Mass @ noon", "9am Mass", "10:30 Mass" — not a
#: number alone before it ("77 Mass Ave", MIT's address) nor a compound after it ("9am Mass transit"), nor a house
#: number after it (_HOUSE_NUMBER_AT: "Mass at 9 Elm St"). Read over the text as written (case kept), beside the terms.
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|o['’]clock)?|noon|midday|midnight)"
_MASS_NOUNS = "|".join(re.escape(n) for n in _MASS_COMPOUNDS if " " not in n)
#: a bare number after "Mass at" followed by a street's name and its street word is a house number, not a time
#: (R2ART: "Mass at 9 Elm Street", "MASS AT 12 N. Main St" read religion): one to three words of the name, each
#: capitalised or an ordinal ("W 4th"), then the street word as postal addresses write it (USPS Publication 28's
#: suffixes and Royal Mail's thoroughfares, the common ones); "Mass at 9 then brunch" (a lower-case word) and "Mass at
#: 9am Elm Street" (a time of day) stay the liturgy
_STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard",
                 "blvd", "way", "place", "pl", "court", "ct", "close", "crescent", "cres", "terrace", "parkway",
                 "pkwy", "highway", "hwy", "circle", "cir", "mews", "grove", "gardens", "row", "walk")
_STREET_NAME_WORD = r"\s+(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))"
_HOUSE_NUMBER_AT = (r"\d{1,2}" + _STREET_NAME_WORD + "(?:" + _STREET_NAME_WORD + r"){0,2}\s+(?i:"
                    + "|".join(_STREET_WORDS) + r")(?![\w-])")
#: ART940 (T38: "Critical Mass at 9" read religion): Critical Mass is a cyclists' monthly ride (and "critical mass of
#: users" a quantity), so "Mass" right after "critical" is no liturgy in any case; "Critical Mass at 9, then Mass at
#: 11" stays religion by its second "Mass"
_NOT_CRITICAL = r"(?<![Cc]ritical )(?<!CRITICAL )"
MASS_AT_TIME = lazy_compile(
    r"(?<![\w-])" + _NOT_CRITICAL + r"(?:Mass|MASS)\s*(?:at|At|AT|@)\s*(?!" + _HOUSE_NUMBER_AT + ")" + _CLOCK
    + r"(?![\w:])"
    r"|(?<![\w:])(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*(?:[ap]\.?m\.?|o['’]clock))\s+(?:Mass|MASS)"
    r"(?![\w-])(?!\s+(?:" + _MASS_NOUNS + r")(?![\w-]))")
#: ART939: "Mass at 9 St Mary's Road" is the liturgy or an address, as the sentence around it says; where its words say
#: a service (the priest, the homily, the choir, a vigil, "after the service" …: the words of the rite, most of them no
#: religion term alone; not "service" alone, a bus's or a shop's too), the number is its time ("Mass at 9 St Mary's
#: Road, Father Tom's homily"); alone it stays the address, and "St Mary's Road" alone is nothing
MASS_AT_ADDRESS = lazy_compile(r"(?<![\w-])" + _NOT_CRITICAL + r"(?:Mass|MASS)\s*(?:at|At|AT|@)\s*(?="
                               + _HOUSE_NUMBER_AT + ")")
_SERVICE_WORDS = ("the service", "church service", "morning service", "evening service", "after service", "priest",
                  "priests", "homily", "sermon", "choir", "hymn", "hymns",
                  "liturgy", "eucharist", "communion", "confession", "altar", "pew", "pews", "vigil", "chapel",
                  "cathedral", "basilica", "congregation", "parish", "parishioners", "church", "vicar", "rector",
                  "curate", "deacon", "gospel", "readings", "rosary", "sacrament", "blessing", "worship", "prayers",
                  "holy", "sunday", "saturday evening", "easter", "christmas", "lent", "advent", "ash wednesday",
                  "good friday", "palm sunday", "feast", "the father", "fr.", "fr", "father")
SERVICE_WORDS = lazy_compile(r"(?<![\w-])" + _alternation(_SERVICE_WORDS) + r"(?![\w-])", re.IGNORECASE)
#: FIXC: "mass at 9" in lower case, at a time or a house number ("mass at 9 st mary's road, father tom's homily"): the
#: liturgy only where the sentence says a service (SERVICE_WORDS) outside the address, whose street name may hold one
#: ("mass at 9 church street office party" stays none); lower case alone stays none ("mass at 9 then brunch": physics,
#: a crowd), nor a bike ride's ("critical mass at 9")
MASS_AT_LOWER = lazy_compile(r"(?<![\w-])(?<!critical )mass\s*(?:at|@)\s*(?:\d{1,2}(?:\s+[\w'’.-]+){1,3}?\s+(?:"
                           + "|".join(_STREET_WORDS) + r")(?![\w-])|" + _CLOCK + r"(?![\w:]))")
#: everyday phrases that take their words from a special term reaching into them (categories._without_exceptions:
#: elsewhere such a term is read whole, "lung cancer zodiac charm" staying health)
FIRM_PHRASES: frozenset[str] = frozenset((*EVERYDAY_SENSES["mass"].phrases, *_UNION_NAMES))
EVERYDAY_PHRASES: tuple[str, ...] = tuple(p for sense in EVERYDAY_SENSES.values() for p in sense.phrases)

# LOOKALIKE2 (an independent tester's 19 special texts read as none: 我是酷儿女性 "I am a queer woman", 本地产检 "a
# local prenatal check", 老家教会 "the church of my home town", "the church close to home", "the gay street parade",
# "в білій церкві" …): a look-alike is blocked exactly where it is one, no wider.
#
# A Chinese phrase across a word break is everyday only where its split is the likelier reading of the characters
# around it (the segmenter's word list: a character before or after that makes a commoner word with the phrase's
# edge takes that edge from it): 酷|儿女 "cool, the children" but 酷儿|女性 "queer woman" (女性, 女生, 女孩 … are
# words), 酷|儿时 but 酷儿|时尚 "queer fashion", 酷|儿歌 but 酷儿|歌手 "queer singer", 酷|儿科 but 酷儿|科幻 "queer
# sci-fi", 酷|儿戏 but 酷儿|戏剧 "queer theatre"; 房|地产|检查 but 本地|产检, 外地|产检, 当地|产检, 异地|产检, 内地|产检
# (a prenatal check here, elsewhere, on the mainland); 的|家教|会 "the tutor will" but 老家|教会 "the home town's
# church" and 国家|教会 "a state church"; 爱|滋生 "love breeds" but 爱滋|生活 "life with AIDS". Each as (the
# characters it is no look-alike after, … before), matched in the phrase's regex (:func:`_phrase_pattern`), so a
# phrase alone stays everyday.
_GIRL_WORDS = "性生孩人友权權同士子儿兒神朋王星演作主"
EVERYDAY_CONTEXT: dict[str, tuple[str, str]] = {
    **{f"{cool}女": ("", _GIRL_WORDS) for cool in ("酷儿", "酷兒")},
    **{f"{cool}{time}": ("", "尚代期刻") for cool in ("酷儿", "酷兒") for time in ("时", "時")},
    **{f"{cool}歌": ("", "手曲剧劇") for cool in ("酷儿", "酷兒")},
    **{f"{cool}科": ("", "幻技") for cool in ("酷儿", "酷兒")},
    **{f"{cool}{play}": ("", "剧劇曲") for cool in ("酷儿", "酷兒") for play in ("戏", "戲")},
    **{f"{love}生": ("", "活") for love in ("爱滋", "愛滋")},  # 爱|滋生 "love breeds" but 爱滋|生活 "life with AIDS"
    **{f"地{check}": ("本外当當异異内內两兩各该該此", "") for check in ("产检", "產檢")},
    **{f"家{church}": ("老国國", "") for church in ("教会", "教會")},
}
#: What a phrase is no look-alike before, as a regex over lower-cased text: "gay st" is Gay Street, but "st"
#: before a saint's or a saint-named city's name is "Saint" ("Gay St. Patrick's Day parade", "gay St. Louis bars",
#: "the gay St Pete pride"; T36), so there the text reads as written. Matched in the phrase's regex
#: (:func:`_phrase_pattern`) as :data:`EVERYDAY_CONTEXT`'s characters are.
_SAINTS = ("patrick", "paddy", "pat", "pete", "petersburg", "louis", "paul", "john", "johns", "george", "andrew",
           "andrews", "david", "valentine", "kitts", "lucia", "martin", "maarten", "thomas", "kilda", "ives",
           "albans", "helens", "augustine", "moritz", "tropez", "mary", "marys", "michael", "vincent", "lawrence",
           "croix", "joseph", "james", "anne", "clair", "cloud", "charles", "catharines", "albert", "barts",
           "nicholas", "stephen", "francis", "anthony", "bernard", "jude", "luke", "mark", "matthew", "peter")
EVERYDAY_NOT_BEFORE: dict[str, str] = {
    "gay st": r"(?:\.\s*|\s+)(?:" + "|".join(_SAINTS) + r")(?:['’]?s)?(?!\w)",
}
# T36: a house of worship's "St" before a saint's name is "Saint" too ("went to church St. Mary's", "the chapel St
# John's"), not a street
EVERYDAY_NOT_BEFORE.update({f"{house} st": EVERYDAY_NOT_BEFORE["gay st"] for house in ("church", *_HOUSES)})
#: What a phrase is no look-alike after, as the words (with the space after them) before it in lower-cased text: a
#: strike the person joins or calls hers is her action (T37: "joining the rail strike", "our tube strike")
_JOINING = ("join the ", "joins the ", "joined the ", "joining the ", "our ", "we're on ", "we are on ",
            "i'm on ", "i am on ", "support the ", "supporting the ", "picket line for the ", "vote for the ",
            "voted for the ", "balloted for the ")
EVERYDAY_NOT_AFTER: dict[str, tuple[str, ...]] = {p: _JOINING for p in EVERYDAY_SENSES["strikes"].phrases}
#: ART939: strikes the person joins or backs, in the plural ("joining the rail strikes", "we support the nurses'
#: strikes", "backing our strikes"; the singular is the keyword map's "strike"): "strikes" is no term alone (lightning
#: strikes, air strikes, "she strikes me as"), only after a joining word, up to two words between that are no other
#: sense of strike (EVERYDAY_SENSES["strike senses"]: "joining the air strikes" is none); a commuter's "rail strikes
#: again" stays none. Read over lower-cased text, beside the terms.
_JOIN_VERBS = ("join", "joins", "joined", "joining", "support", "supports", "supported", "supporting", "back",
               "backs", "backed", "backing", "vote for", "voted for", "voting for", "balloted for", "picket line for",
               "on the picket line for")
_OTHER_STRIKES = ("air", "drone", "missile", "military", "nuclear", "preemptive", "pre-emptive", "bird", "first",
                  "lucky", "bowling", "counter", "hunger", "lightning", "precision", "targeted", "retaliatory",
                  "israeli", "russian", "us", "american", "ukrainian")
STRIKES_JOINED = lazy_compile(
    r"(?<![\w-])(?:" + _alternation(_JOIN_VERBS) + r"\s+(?:the|these|those|all|our|their|today's|tomorrow's)\s+|our\s+)"
    r"(?:(?!" + _alternation(_OTHER_STRIKES) + r"\s)[\w'’-]+\s+){0,2}?(?:strikes|walkouts|walk-outs)(?![\w-])")

_STRIKES = re.compile(r"strikes|walk-?outs", re.IGNORECASE)

#: ART940 (T38: "Heilige Messe um 10", "Messe um 10 in St. Marien" read nothing): German "Messe" is the Mass and a
#: trade fair (Messe Frankfurt, "Buchmesse", "auf der Messe am Stand"), so the word is worship only beside worship's
#: own words: "Heilige Messe" / "hl. Messe" (the Catholic name of the rite), or a church named after its saint ("St.
#: Marien", "Sankt Josef": the patrons German parishes are most often named after, in their German forms; not a
#: town's "St." — St. Gallen, St. Pölten, St. Moritz, St. Petersburg, St. Johann, St. Wendel are no patron here).
#: Gottesdienst, Kirche, Pfarrer … are religion terms of their own. Read over the text as written, beside the terms.
_PATRONS = ("marien", "maria", "mariä", "josef", "joseph", "michael", "peter", "petrus", "paul", "paulus", "martin",
            "martinus", "johannes", "nikolaus", "nikolai", "antonius", "bonifatius", "elisabeth", "ludwig", "georg",
            "laurentius", "lorenz", "stephan", "stephanus", "anna", "franziskus", "heinrich", "sebastian", "konrad",
            "clemens", "lamberti", "lambertus", "ansgar", "hedwig", "barbara", "katharina", "jakobus", "andreas",
            "thomas", "matthias", "markus", "lukas", "pius", "norbert", "ludgeri", "liudger", "vitus", "ulrich",
            "kilian", "remigius", "mauritius", "gereon", "severin", "pankratius", "ägidius", "aegidius",
            "bartholomäus", "blasius", "cyriakus", "dionysius", "agnes", "albertus", "ursula", "kunibert", "benno",
            "korbinian", "willibrord", "hubertus", "gertrud", "walburga", "bernhard", "bonifaz")
#: (over lower-cased text: an IGNORECASE alternation behind a look-behind was four times as slow, issue 16; the word's
#: look-behind after its letters, so the regex scans for its literal "messe" first: a tenth of the time)
_MESSE = re.compile(r"messe(?![\w-])(?<![\w-]messe)")
_MESSE_DAYS = (r"(?:sonntag|sonntagmorgen|sonntagvormittag|sonntagabend|samstagabend|heiligabend|weihnachten|"
               r"ostern|ostersonntag|ostermontag|pfingsten|pfingstsonntag|allerheiligen|feiertag)(?![\w-])")
MESSE_WORSHIP = re.compile(r"\b(?:heilige[nm]?\s+messe|hl\.?\s+messe|(?:st\.?|sankt)\s*(?:"
                           + "|".join(sorted(_PATRONS, key=len, reverse=True)) + r"))(?![\w-])"
                           # FIXART (T39: "Wir gehen zur Messe am Sonntag" read nothing): going to Mass on Sunday or a
                           # feast ("zur Messe am Sonntag", "sonntags in die Messe"); not to a fair's town or stand
                           # ("zur Messe nach Frankfurt", "am Sonntag zur Messe, Halle 3": _MESSE_FAIR)
                           # (T39B: "zur Messe am Sonntag nach Frankfurt", "… in die Messehallen" read religion:
                           # the fair's town after the day as after the word)
                           r"|(?:zur|in\s+die)\s+messe\s+(?:am\s+|an\s+)?" + _MESSE_DAYS
                           + r"(?!\s*,?\s*(?:nach|in|auf)\s)"
                           + r"|(?:(?:am|an)\s+" + _MESSE_DAYS
                           + r"|sonntags)\s+(?:\w+\s+){0,2}?(?:zur|in\s+die)\s+messe"
                           r"(?![\w-])(?!\s*,?\s*(?:nach|in|auf)\s)")
_MESSE_FAIR = re.compile(r"(?<![\w-])(?:stand|standes|halle|messehallen?|kunden?|chef|chefin|kollegen|kollegin|"
                         r"aussteller\w*|messegelände|messestand|tickets?|eintritt|"
                         r"besucher\w*|booth)(?![\w-])")

#: ART940 (T38: "إضرابات المعلمين مستمرة ونحن مشاركون", "שביתות של המורים, ואני שובת איתם" read nothing): a strike the
#: person takes part in, in Arabic and Hebrew, singular or plural, as STRIKES_JOINED and "i'm striking" read it in
#: English — the strike's noun (إضراب, إضرابات with the article and the prepositions; שביתה, שביתות, שביתת with
#: theirs) and the person's part in the same text (Arabic: the "we" forms of taking part, joining and striking, the
#: "I" forms with their preposition, "we are on strike"; Hebrew: "I"/"we" striking, joining, taking part, "our
#: strike"). A strike alone is a report (a commuter's, the news's) and reads nothing, as German "Streik" and French
#: "grève" alone do; a hunger strike (إضراب عن الطعام, שביתת רעב) is no stoppage of work and a ceasefire (שביתת נשק)
#: none at all (EVERYDAY_SENSES["strike senses"]).
_AR_STRIKE = (r"(?<!\w)(?:[وفبل]|وال|فال|بال|لل|ال|وب|ول)?[إاأ]ضراب(?:ات|نا|ي|هم)?(?!\w)"
              r"(?!\s+(?:عن|من)\s+(?:ال)?طعام)")
_AR_PART = (r"(?<!\w)[وف]?(?:مشاركون|مشاركين|نشارك|شاركنا|انضممنا|ننضم|مضربون|مضربين|مضربات|نضرب|أضربنا|"
            r"(?:أشارك|شاركت|انضممت|أنضم)\s+(?:في|إلى|الى|ل)|(?:أنا|انا)\s+(?:مضرب|مضربة)|"
            r"(?:نحن|أنا|انا|إننا|إنني)\s+(?:في|ب)\s*(?:ال)?[إاأ]ضراب(?:ات)?|[إاأ]ضراب(?:نا|ي))(?!\w)")
_HE_STRIKE = r"(?<!\w)[והבלמש]{0,2}שבית(?:ה|ות|תנו|תי|ת(?!\s+ה?(?:רעב|נשק)(?!\w)))(?!\w)"
_HE_PART = (r"(?<!\w)ו?(?:אני|אנחנו|אנו)\s+(?:שובת|שובתת|שובתים|שובתות|מצטרף|מצטרפת|מצטרפים|מצטרפות|משתתף|משתתפת|"
            r"משתתפים|משתתפות|בשביתה|בשביתות)(?!\w)|(?<!\w)ו?(?:הצטרפתי|הצטרפנו|השתתפתי|השתתפנו|שבתתי|שבתנו|"
            r"שביתתנו|שביתתי)(?!\w)|שבית(?:ה|ות)\s+שלנו(?!\w)")
STRIKE_TAKEN_PART = (re.compile(_AR_STRIKE), re.compile(_AR_PART), re.compile(_HE_STRIKE), re.compile(_HE_PART))
#: FIXART (T39: "أنا مضرب عن العمل اليوم", I'm on strike from work today, read nothing): the person's own strike "from
#: work" (عن العمل, عن الدوام: the shift) is a stoppage of work without the strike's noun; "مضرب عن الطعام", a hunger
#: strike, stays nothing. The "I"/"we" striker (after the pronoun or "ما زلنا"/"لا نزال", still: their particle is
#: no negation, so the match holds it) and the "we"/"I" verbs of striking.
AR_STRIKING_FROM_WORK = re.compile(
    r"(?<!\w)(?:(?:أنا|انا|نحن|إننا|إنني|(?:ما|لا)?\s*(?:زلنا|زلت|نزال|أزال))\s+(?:مضرب|مضربة|مضربا|مضربون|مضربين|"
    r"مضربات)|[وف]?(?:أضربنا|أضربت|نضرب|سنضرب|نُضرب))\s+عن\s+(?:ال)?(?:عمل|دوام)(?!\w)")
#: FIXART (T39: "لن أشارك في الإضراب", I won't take part in the strike, read union): the rule reads "the text says the
#: person takes part", so a part that a negation governs says the opposite and is no part — the word right before it
#: (Arabic لا، لن، لم، ما، غير، ليس/لست/لسنا, also across a "to be", "لم نكن مشاركين"; Hebrew לא, אל: "לא הצטרפתי
#: לשביתה"). Hebrew "אני לא שובת" already reads nothing (the pronoun must stand before the verb). Only here: no other
#: category reads negation ("I do not have cancer" is health, DESIGN.md), and English/Hindi strikes read as before.
_AR_NEGATED = re.compile(r"(?<!\w)[وف]?(?:لا|لن|لم|ما|غير|ليس|ليست|لست|لسنا|لستم)\s+"
                         r"(?:(?:نكن|أكن|اكن|نكون|أكون|اكون|يكن)\s+)?\Z")
_HE_NEGATED = re.compile(r"(?<!\w)[וש]?(?:לא|אל)\s+\Z")


def _taken_part(part: re.Pattern[str], negated: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` has a ``part`` match that no negation word right before it governs (a look back of 24
    characters: the particle, a "to be", their spaces)."""
    return any(not negated.search(text, max(0, m.start() - 24), m.start()) for m in part.finditer(text))


#: FIXART (T39: "My boss gave us a homily about saving paper" read religion): a homily is the sermon at Mass and, as
#: a figure, any moralising lecture; so the word (English, Spanish, French, Italian) is worship only beside worship's
#: words — the priest, the Mass, the church, Sunday … in those languages, or a priest's title before a name ("Father
#: Tom's homily", "Fr. John"; "my father" is a parent) — as German "Messe" (MESSE_WORSHIP).
HOMILY = re.compile(r"(?<!\w)(?:homil(?:y|ies|ía|ías)|homélies?|omeli[ae])(?!\w)", re.IGNORECASE)
_HOMILY_WORSHIP_WORDS = (
    # the service's words of "Mass at 9 St Mary's Road" (SERVICE_WORDS) but a father, who may be a parent, and the
    # homily itself
    *(word for word in _SERVICE_WORDS if word not in ("homily", "father", "the father", "fr", "fr.")),
    "mass", "pastor", "reverend", "rev", "bishop", "pulpit", "funeral",
    "misa", "iglesia", "padre", "cura", "sacerdote", "párroco", "obispo", "evangelio", "parroquia", "domingo",
    "messe", "église", "curé", "prêtre", "abbé", "évêque", "paroisse", "évangile", "dimanche",
    "messa", "chiesa", "prete", "parroco", "vescovo", "vangelo", "parrocchia", "domenica")
HOMILY_WORSHIP = re.compile(r"(?<![\w-])(?i:" + _alternation(_HOMILY_WORSHIP_WORDS) + r")(?![\w-])"
                            r"|(?<![\w-])(?:Father|Fr\.?|FATHER|Padre|Père)\s+[A-Z]")


def shaped(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The categories (the map's ``sensitive:`` names without their prefix) and words read from ``text`` by its shape
    beside the terms (:func:`find`): the liturgy with its time (:data:`MASS_AT_TIME`; at a house number where the
    sentence says a service, :data:`MASS_AT_ADDRESS`; in lower case likewise, :data:`MASS_AT_LOWER`) and strikes
    joined (:data:`STRIKES_JOINED`); German "Messe" and the homily beside worship's words (:data:`MESSE_WORSHIP`,
    :data:`HOMILY_WORSHIP`); an Arabic or Hebrew strike the person takes part in, not under a negation
    (:data:`STRIKE_TAKEN_PART`, :data:`AR_STRIKING_FROM_WORK`)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    if (("Mass" in text or "MASS" in text) and (MASS_AT_TIME.search(text) or (
            MASS_AT_ADDRESS.search(text) and SERVICE_WORDS.search(MASS_AT_ADDRESS.sub(" ", text))))) or (
            "mass" in text and MASS_AT_LOWER.search(text) and SERVICE_WORDS.search(MASS_AT_LOWER.sub(" ", text))):
        out.append(("religion", ("mass",)))
    if _STRIKES.search(text) and STRIKES_JOINED.search(text.lower()):
        out.append(("union", ("strikes",)))
    if ("Messe" in text or "messe" in text or "MESSE" in text) and _MESSE.search(lowered := text.lower()) and (
            m := MESSE_WORSHIP.search(lowered)) and (m[0].startswith(("heilig", "hl", "st", "sankt"))
                                                   or not _MESSE_FAIR.search(lowered)):
        out.append(("religion", ("messe",)))
    if ("omil" in text or "OMIL" in text or "omél" in text or "OMÉL" in text or "omeli" in text
            or "OMELI" in text) and HOMILY.search(text) and HOMILY_WORSHIP.search(HOMILY.sub(" ", text)):
        out.append(("religion", ("homily",)))
    if not text.isascii():
        ar_strike, ar_part, he_strike, he_part = STRIKE_TAKEN_PART
        if ("ضراب" in text and ar_strike.search(text) and _taken_part(ar_part, _AR_NEGATED, text)) or (
                "ضرب" in text and _taken_part(AR_STRIKING_FROM_WORK, _AR_NEGATED, text)) or (
                "שבית" in text and he_strike.search(text) and _taken_part(he_part, _HE_NEGATED, text)):
            out.append(("union", ("إضراب" if "ضراب" in text or "ضرب" in text else "שביתה",)))
    return tuple(out)
# … and an institution's name is no look-alike before its place of worship or ministry ("Catholic University chapel")
EVERYDAY_NOT_BEFORE.update({p: r"\s+(?:chapel|chapels|campus ministry|ministry|basilica|shrine|church|parish|mass)"
                                r"(?![\w-])" for p in EVERYDAY_SENSES["institutions"].phrases})
#: Phrases that are a look-alike only as a name: each word capitalised in the text as written ("Gay Street",
#: "Church Close", "Біла Церква" — the street, the close, the city) or, for a street, after a house number ("400 gay
#: street"); written in lower case ("the gay street parade", "the church close to home", "вінчалися в білій церкві"
#: — married in a white church) they are the special words they hold. :func:`everyday_spans` reads them from the
#: text as written; :data:`EVERYDAY_RX` alone (lower-cased text) takes them as names.
NAMES_ONLY: frozenset[str] = frozenset((*_UK_BILA_TSERKVA, *_RU_BELAYA_TSERKOV, *_SR_BELA_CRKVA,
                                       "gay head", "charlotte church"))  # "my gay head of year", "our Charlotte church"
STREETS_ONLY: frozenset[str] = frozenset(("gay street", "church close", "church walk"))


def _phrase_pattern(phrase: str) -> str:
    r"""A phrase as a regex: a space matches spaces or hyphens, ' matches ' and ’, an accented letter also its
    plain letter ("cáncer" is also "cancer"); with its :data:`EVERYDAY_CONTEXT` (the characters it is no look-alike
    after or before) and :data:`EVERYDAY_NOT_BEFORE` (the words it is no look-alike before)."""
    before, after = EVERYDAY_CONTEXT.get(phrase, ("", ""))
    out = [f"(?<![{before}])" if before else ""]
    for char in phrase:
        plain = unicodedata.normalize("NFKD", char)[0]
        if char == " ":
            out.append(r"[\s-]+")
        elif char == "'":
            out.append("['’]")
        elif plain != char:
            out.append(f"[{char}{plain}]")
        else:
            out.append(re.escape(char))
    if after:
        out.append(f"(?![{after}])")
    if phrase in EVERYDAY_NOT_BEFORE:
        out.append(f"(?!{EVERYDAY_NOT_BEFORE[phrase]})")
    if phrase in EVERYDAY_NOT_AFTER:
        out.insert(0, "".join(f"(?<!{re.escape(word)})" for word in EVERYDAY_NOT_AFTER[phrase]))
    return "".join(out)


_BY_LENGTH = sorted(EVERYDAY_PHRASES, key=len, reverse=True)


@lru_cache(maxsize=1)
def _everyday_rx() -> re.Pattern[str]:
    """:data:`EVERYDAY_RX`, compiled once when first read."""
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(_phrase_pattern(p) for p in _BY_LENGTH if not _UNSPACED.search(p)) + r")(?![\w-])|"
        + "|".join(_phrase_pattern(p) for p in _BY_LENGTH if _UNSPACED.search(p)))


def __getattr__(name: str) -> re.Pattern[str]:
    """``EVERYDAY_RX``: :data:`EVERYDAY_PHRASES` as one regex over lower-cased text (longest first; whole words, a
    phrase of a script without spaces anywhere). Compiled on first use: its 80,000 characters were 0.1–0.2 s of every
    report's start-up (issue 16), and a text's categorising reads only the cut of it its words call for
    (:func:`everyday_rx`); only a cut title's check (``categories._cut_everyday``) reads it whole."""
    if name == "EVERYDAY_RX":
        return _everyday_rx()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_RUN = re.compile(r"\w+")


def _plain(lowered: str) -> str:
    """``lowered`` with its letters' accents taken off (each letter as :func:`_phrase_pattern` also matches it)."""
    return lowered if lowered.isascii() else _MARKS.sub("", unicodedata.normalize("NFKD", lowered))


def _key(phrase: str) -> str:
    """What a text must hold for ``phrase`` to be in it: a spaced phrase's first word without its accents (a
    ``\\w`` run: "parkinson" of "parkinson's law", "co" of "co-op campaign"), an unspaced one's first letter."""
    if _UNSPACED.search(phrase):
        return phrase[0]
    run = _RUN.search(_plain(phrase))
    return run.group(0) if run else phrase


# the phrases by :func:`_key` (spaced: a text's words; unspaced: its letters), each list longest first
_SPACED_BY_KEY: dict[str, list[str]] = {}
_UNSPACED_BY_KEY: dict[str, list[str]] = {}
for _phrase in _BY_LENGTH:
    (_UNSPACED_BY_KEY if _UNSPACED.search(_phrase) else _SPACED_BY_KEY).setdefault(_key(_phrase), []).append(_phrase)


@lru_cache(maxsize=512)
def _everyday_rx_of(spaced: frozenset[str], unspaced: frozenset[str]) -> re.Pattern[str]:
    """:data:`EVERYDAY_RX` of the phrases with these keys only (the same alternatives in the same order: a text
    holding no other phrase's key is matched alike)."""
    keep = {p for k in spaced for p in _SPACED_BY_KEY[k]} | {p for k in unspaced for p in _UNSPACED_BY_KEY[k]}
    alternatives = []
    if spaced:
        alternatives.append(r"(?<![\w-])(?:" + "|".join(_phrase_pattern(p) for p in _BY_LENGTH
                                                          if p in keep and not _UNSPACED.search(p)) + r")(?![\w-])")
    if unspaced:
        alternatives.append("|".join(_phrase_pattern(p) for p in _BY_LENGTH if p in keep and _UNSPACED.search(p)))
    return re.compile("|".join(alternatives))


def everyday_rx(lowered: str) -> re.Pattern[str] | None:
    """:data:`EVERYDAY_RX` cut to the phrases ``lowered`` (lower-case text) may hold — those whose first word is
    one of its words (accents aside) or, in a script without spaces, whose first letter it holds — or None where it
    can hold none. Issue 16: the whole alternation of every phrase, tried at each letter of every special text, and
    a substring test per phrase's first word cost more than the rest of a text's categorising (LOOKALIKE measured
    38 → 97 µs per special text with the look-alike phrases, before this cut)."""
    spaced = _SPACED_BY_KEY.keys() & set(_RUN.findall(_plain(lowered)))
    unspaced = _UNSPACED_BY_KEY.keys() & set(lowered) if not lowered.isascii() else ()
    if not spaced and not unspaced:
        return None
    return _everyday_rx_of(frozenset(spaced), frozenset(unspaced))


_FIRM_KEYS = frozenset(_plain(p) for p in FIRM_PHRASES)
_NAME_KEYS = frozenset(_plain(p) for p in NAMES_ONLY)
_STREET_KEYS = frozenset(_plain(p) for p in STREETS_ONLY)
_NAME_FIRSTS = frozenset(p[0] for p in NAMES_ONLY | STREETS_ONLY)
_GAPS = re.compile(r"[\s-]+")
_HOUSE_NUMBER = re.compile(r"\d+[a-z]?,?\s*$")


def _as_name(written: str) -> bool:
    """Whether each word of ``written`` (a phrase's match in the text as written) begins with a capital."""
    return all(word[:1].isupper() for word in _GAPS.split(written) if word)


def everyday_spans(lowered: str, text: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``lowered`` (lower-case text) of the everyday phrases it holds (:func:`everyday_rx`);
    with ``text`` (``lowered`` as written, before lower-casing), a phrase of :data:`NAMES_ONLY` only where it is
    written as a name and one of :data:`STREETS_ONLY` also after a house number ("12 church close"). Where
    lower-casing changed the text's length (a dotted İ) the names are not matched (the text reads special)."""
    rx = everyday_rx(lowered)
    if "(" in lowered or "[" in lowered:
        # a phrase's words may stand in brackets, read as blanks (T37: "Cancer (zodiac) horoscope" is the zodiac
        # phrase); one character for one, so the offsets hold
        lowered = lowered.translate(_BRACKETS)
    patterns = [p.rx for p in EVERYDAY_PATTERNS.values() if any(map(lowered.__contains__, p.keys))
                and (p.needs is None or p.needs.search(lowered))]
    if rx is None and not patterns:
        return []
    spans = []
    for m in rx.finditer(lowered) if rx is not None else ():
        a, b = m.span()
        if text is not None and lowered[a] in _NAME_FIRSTS:
            key = _plain(_GAPS.sub(" ", m.group(0)))
            if key in _NAME_KEYS or key in _STREET_KEYS:
                named = len(text) == len(lowered) and _as_name(text[a:b])
                if not named and not (key in _STREET_KEYS and _HOUSE_NUMBER.search(lowered, max(0, a - 8), a)):
                    continue
        spans.append((a, b))
    for pattern in patterns:  # the classes too many to list (T37: "my dog's diabetes check", "HIV research")
        if more := [m.span() for m in pattern.finditer(lowered)]:
            spans = _merged(spans, more)
    return spans


_BRACKETS = str.maketrans("()[]", "    ")


def _merged(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two lists of (start, end) spans as one, in order, overlapping ones joined (:func:`blanked` wants them apart)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans + more):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def firm_span(lowered: str, span: tuple[int, int]) -> bool:
    """Whether an everyday phrase's span (:func:`everyday_spans`) is one of :data:`FIRM_PHRASES`: it takes its words
    from a special term that reaches into it."""
    return _plain(_GAPS.sub(" ", lowered[span[0]:span[1]])) in _FIRM_KEYS


def without_everyday(lowered: str, text: str | None = None) -> str:
    """``lowered`` (lower-case text) with each phrase of :data:`EVERYDAY_PHRASES` blanked to a space: what its
    special categories are read from (``text``: as :func:`everyday_spans`). The same string when it holds none."""
    return blanked(lowered, everyday_spans(lowered, text))


def blanked(lowered: str, spans: list[tuple[int, int]]) -> str:
    """``lowered`` with each of its ``spans`` (:func:`everyday_spans`, in order, apart) a space."""
    if not spans:
        return lowered
    parts, last = [], 0
    for a, b in spans:
        parts += [lowered[last:a], " "]
        last = b
    parts.append(lowered[last:])
    return "".join(parts)

#: a phrase's ``#`` (module text): a number in digits, or one of these words
NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve"))
#: ``#`` as a regex over lower-cased text (``categories._term_rx``)
NUMBER_RX = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS)) + ")"
_NUMBER = "_number_"  # ``#`` among a phrase's words (:func:`_index`): no text's word is written so


def _same(words: list[str], terms_words: tuple[str, ...]) -> bool:
    """Whether ``words`` are a phrase's words, its ``#`` any number (:data:`NUMBER_WORDS` or digits)."""
    return len(words) == len(terms_words) and all(
        w == t or (t == _NUMBER and (w.isdigit() or w in NUMBER_WORDS)) for w, t in zip(words, terms_words))


_TOKEN = re.compile(r"[\w-]+")  # as the keyword map's tokens (categories._TOKEN)
_HEAD = operator.itemgetter(slice(0, 5))  # a word's first five letters (every stem has five or more)


def _words(tokens: list[str]) -> list[str]:
    r"""Lower-case ``[\w-]+`` tokens (the keyword map's) as words: a hyphen separates two ("accu-chek" → accu,
    chek), so "Accu-Chek" and "Accu Chek" read alike."""
    return [w for t in tokens for w in t.split("-") if w]


class _Index(NamedTuple):
    r""":data:`TERMS` for :func:`find`: every term as its lower-case words (:func:`_words`: "ver.di" is ``ver di``
    and "Accu-Chek" matches "Accu Chek" too), by kind."""

    whole: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]  # first word → (words, category, term), terms
    # of several words
    single: dict[str, tuple[tuple[str, str], ...]]  # a one-word term → (category, term): a whole token only, so
    # "SPD" is no "SPD-SL" (Shimano's cycling pedals)
    prefix: dict[str, tuple[str, str]]  # stem → (category, term)
    prefix_heads: frozenset[str]  # every stem's first five letters (most words fail this one look-up)
    prefix_lengths: tuple[int, ...]
    infix: tuple[tuple[str, str, str], ...]  # (part, category, term)
    ascii_infix: tuple[str, ...]  # the parts of ASCII letters (the others cannot be in an ASCII text)
    infix_parts: tuple[str, ...]  # every part
    shortest_part: int  # the length of the shortest ASCII part


@lru_cache(maxsize=1)
def _index() -> _Index:
    whole: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    single: dict[str, list[tuple[str, str]]] = {}
    prefix: dict[str, tuple[str, str]] = {}
    infix: list[tuple[str, str, str]] = []
    for category, terms in TERMS.items():
        for term in terms:
            if term.startswith("*") and term.endswith("*"):
                infix.append((term[1:-1], category, term[1:-1]))
                prefix.setdefault(term[1:-1], (category, term[1:-1]))  # at a word's start: the cheap look-up
            elif term.endswith("*"):
                prefix[term[:-1]] = (category, term[:-1])
            elif _UNSPACED.search(term):
                infix.append((term, category, term))
            else:
                words = tuple(_words(_TOKEN.findall(term.replace("#", _NUMBER))))
                if words[0] == _NUMBER:
                    raise ValueError(f"a phrase starts with a word: {term!r}")
                if len(words) == 1:
                    single.setdefault(words[0], []).append((category, term))
                else:
                    whole.setdefault(words[0], []).append((words, category, term))
    return _Index({w: tuple(sorted(ks, key=lambda k: -len(k[0]))) for w, ks in whole.items()},
                  {w: tuple(ks) for w, ks in single.items()}, prefix,
                  frozenset(p[:5] for p in prefix), tuple(sorted({len(p) for p in prefix})), tuple(infix),
                  tuple(part for part, _c, _t in infix if part.isascii()), tuple(part for part, _c, _t in infix),
                  min(len(part) for part, _c, _t in infix if part.isascii()))


@lru_cache(maxsize=4096)
def find(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(category, terms)`` for each Art. 9 category of :data:`TERMS` found in ``text`` (``"health"``,
    ``"religion"`` …, in :data:`TERMS` order), each with the distinct terms found, sorted (a stem as written
    without its ``*``: "Diabetikerbedarf" → ``"diabet"``); ``()`` when none. Words are compared lower-cased
    (:func:`_words`): what lies between two words (a space, a hyphen, a dot) does not matter."""
    if not text:
        return ()
    lowered = text.lower()
    return find_in(lowered, _TOKEN.findall(lowered))


#: :func:`token_screen`'s answers, bits: the token is a one-word term, or a word of it starts with a stem's first five
#: letters (the word look-ups of :func:`find_in` can find something)
WORDS = 1
#: … a compound's part (or a term of a script without spaces) lies inside one of its words
PART = 2
#: … such a part lies inside a word two letters longer than the shortest ASCII part (what counts in an ASCII text)
LONG_PART = 4
#: … a word of it is a phrase's first word (its phrases can be found only where the text also holds one of their second
#: words, :func:`_may_go_on`; "t" of every link's "t.co" is the first word of "t shot" …, issue 16).
#: 16: ``categories._screened`` keeps 8 for its own
FIRST = 16


def token_screen(token: str) -> int:
    r"""What one lower-case ``[\w-]+`` token of a text can make :func:`find_in` find (:data:`WORDS` | :data:`PART` |
    :data:`LONG_PART` | :data:`FIRST`; 0: nothing). :func:`find_in`'s pre-check passes for an ASCII text iff one of its
    tokens has WORDS, FIRST or LONG_PART, for any other text iff one has WORDS, FIRST or PART (FIRST alone: and the
    text holds a second word of that first word's phrases, :func:`_may_go_on`): a one-word term is a whole token, a
    phrase's first word, a stem's first five letters and a compound's part lie inside one word of a token
    (:func:`_words`; a part is ``\w`` letters only, a test holds :data:`TERMS` to that). Its word look-ups can find a
    term only in a text with a WORDS or FIRST token, its parts only in one with a PART token. So a caller may screen
    each distinct token once (``categories._analysed`` keeps the answers) and hand :func:`find_in` the answers of a
    text's tokens, OR-ed."""
    index = _index()
    flags = WORDS if token in index.single else 0
    for word in ([w for w in token.split("-") if w] if "-" in token else (token,)):
        if word[:5] in index.prefix_heads:
            flags |= WORDS
        if word in index.whole:
            flags |= FIRST
        # a part of another script cannot lie inside an ASCII word: such a word is held to the ASCII parts only (34 of
        # 337; each distinct token of a text is screened once, and links' random ids make many: issue 16)
        if any(map(word.__contains__, index.ascii_infix if word.isascii() else index.infix_parts)):
            flags |= PART
            if len(word) >= index.shortest_part + 2 and any(map(word.__contains__, index.ascii_infix)):
                flags |= LONG_PART
    return flags


_Phrase = tuple[tuple[str, ...], str, str]  # a phrase's words, its category and its term (_Index.whole's)
_BY_SECOND: list[tuple[_Index, dict[str, tuple[dict[str, list[_Phrase]], list[_Phrase]]]]] = []


def _whole_by_second() -> dict[str, tuple[dict[str, list[_Phrase]], list[_Phrase]]]:
    """Each phrase's first word → (its phrases without a ``#`` by their second word, its phrases with one), each
    list in :attr:`_Index.whole`'s order: a phrase without a number can be at a place in a text only where its second
    word follows its first (every phrase has two words or more). Built once per :func:`_index`."""
    index = _index()
    if not _BY_SECOND or _BY_SECOND[0][0] is not index:
        out: dict[str, tuple[dict[str, list[_Phrase]], list[_Phrase]]] = {}
        for first, phrases in index.whole.items():
            by: dict[str, list[_Phrase]] = {}
            numbered: list[_Phrase] = []
            for phrase in phrases:
                if _NUMBER in phrase[0]:
                    numbered.append(phrase)
                else:
                    by.setdefault(phrase[0][1], []).append(phrase)
            out[first] = (by, numbered)
        _BY_SECOND[:] = [(index, out)]
    return _BY_SECOND[0][1]


_SECONDS: list[tuple[_Index, dict[str, frozenset[str]], frozenset[str]]] = []  # (the index, _seconds(), their keys)


def _seconds() -> dict[str, frozenset[str]]:
    """Each phrase's first word → the second words of its phrases (:data:`TERMS`; a phrase's ``#``: :data:`NUMBER_WORDS`
    too, and ``_NUMBER`` kept for digits). Built once per :func:`_index` (again if that is rebuilt)."""
    return _seconds_firsts()[0]


def _seconds_firsts() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """:func:`_seconds`, and its first words as a frozenset (a text's words are met with them in C)."""
    index = _index()
    if not _SECONDS or _SECONDS[0][0] is not index:
        out: dict[str, set[str]] = {}
        for first, phrases in index.whole.items():
            for words, _category, _term in phrases:
                out.setdefault(first, set()).update(NUMBER_WORDS | {_NUMBER} if words[1] == _NUMBER else (words[1],))
        _SECONDS[:] = [(index, {first: frozenset(after) for first, after in out.items()}, frozenset(out))]
    return _SECONDS[0][1], _SECONDS[0][2]


_PAIRS: list[tuple[_Index, frozenset[tuple[str, str]], frozenset[str]]] = []  # (the index, _pairs())


def _pairs() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """Each (first word, second word) of a phrase of :data:`TERMS` (a ``#`` second: each of :data:`NUMBER_WORDS` and
    ``_NUMBER``), and the first words whose phrases have a ``#`` second (digits follow them). Built once per
    :func:`_index` (again if that is rebuilt)."""
    index = _index()
    if not _PAIRS or _PAIRS[0][0] is not index:
        seconds = _seconds()
        _PAIRS[:] = [(index, frozenset((first, after) for first, afters in seconds.items() for after in afters),
                      frozenset(first for first, afters in seconds.items() if _NUMBER in afters))]
    return _PAIRS[0][1], _PAIRS[0][2]


def _phrase_firsts(words: list[str]) -> set[str]:
    """The first words of the phrases that may stand in a text's ``words``: those followed somewhere by one of their
    phrases' second words (:func:`_pairs`; digits where that is a ``#``). A phrase's words follow each other in
    ``words`` (find_in compares ``words[i:i + n]``), so the text's pairs of neighbouring words are met with the phrases'
    pairs in C; a phrase's first word that stands beside none of its second words starts no phrase there (issue 16: a
    common first word, "my", "day", "is", with a second word of its phrases elsewhere in the text was looked up at each
    of its places)."""
    seconds, firsts = _seconds_firsts()
    present = firsts.intersection(words)
    pairs, numbered = _pairs()
    digits = None
    # a first word with none of its phrases' second words anywhere in the text (most texts that hold one): the pairs
    # are not made
    for first in present:
        if not seconds[first].isdisjoint(words):
            break
        if first in numbered and (digits := any(map(str.isdigit, words))):
            break
    else:
        return set()
    found = {first for first, _after in pairs.intersection(pairwise(words))}
    if not numbered.isdisjoint(present) and (digits if digits is not None else any(map(str.isdigit, words))):
        found.update(numbered.intersection(present))  # (the look-up compares the number's place itself)
    return found


def _may_go_on(words: list[str]) -> bool:
    """Whether a text's ``words`` hold a phrase's first word followed by one of its phrases' second words
    (:func:`_phrase_firsts`): without, no phrase of several words is in the text."""
    return bool(_phrase_firsts(words))


def find_in(lowered: str, tokens: list[str], screen: int | None = None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    r""":func:`find` of a lower-cased text, given its ``[\w-]+`` tokens (which the keyword map's matcher has cut
    already: ``categories._analysed``). ``screen``: the :func:`token_screen` answers of every token, OR-ed, where
    the caller has them (the text-wide pre-check is then read from them, and only the look-ups that can find
    something are made)."""
    index = _index()
    firsts: set[str] | None = None  # _phrase_firsts of the words, once made
    if screen is not None:
        words = (_words(tokens) if "-" in lowered else tokens) if screen & (WORDS | FIRST) else []
        if words and not screen & WORDS and not (firsts := _phrase_firsts(words)):
            words = []  # a phrase's first word, and none of its phrases' second words: no look-up can find anything
        if not words and not screen & (LONG_PART if lowered.isascii() else PART):
            return ()
        screen = screen | WORDS if words else screen & ~WORDS
    else:
        words = _words(tokens) if "-" in lowered else tokens
        # most texts hold none: their words and their first five letters looked up in C, and a compound's part
        # inside a word longer than it (at a word's start it is a stem: the look-up finds it)
        if (index.single.keys().isdisjoint(tokens) and index.whole.keys().isdisjoint(words)
                and index.prefix_heads.isdisjoint(map(_HEAD, words))):
            if lowered.isascii():
                # a part inside a word has two letters before it at least ("Ohrkondom" is the shortest such word)
                inside = " ".join([w for w in words if len(w) >= index.shortest_part + 2])
                if not inside or not any(map(inside.__contains__, index.ascii_infix)):
                    return ()
            elif not any(map(lowered.__contains__, index.infix_parts)):
                return ()
        screen = WORDS | PART
    found: dict[str, set[str]] = {}
    if screen & WORDS:
        # the look-ups in C: the text's distinct tokens and words against the terms, then only the words found
        for token in index.single.keys() & set(tokens):
            for category, term in index.single[token]:
                found.setdefault(category, set()).add(term)
        distinct = set(words)
        alone: set[str] | None = None  # the text's tokens, for a phrase ending in one letter (module text)
        by_second = _whole_by_second()
        for first in _phrase_firsts(words) if firsts is None else firsts:
            i = words.index(first)
            by, numbered = by_second[first]
            while True:
                # only the phrases whose second word follows (or that hold a number): a common first word ("vote",
                # "my") has dozens of phrases, each compared at each of its places in the text (issue 16)
                after = by.get(words[i + 1]) if i + 1 < len(words) else None
                for terms_words, category, term in (after + numbered if after else numbered):
                    if tuple(words[i:i + len(terms_words)]) == terms_words or (
                            _NUMBER in terms_words and _same(words[i:i + len(terms_words)], terms_words)):
                        if len(terms_words[-1]) == 1:
                            if alone is None:
                                alone = set(tokens)
                            if terms_words[-1] not in alone:
                                continue  # "on T-Mobile", "on e-bikes": no T, no E
                        found.setdefault(category, set()).add(term)
                try:
                    i = words.index(first, i + 1)
                except ValueError:
                    break
        heads = index.prefix_heads.intersection(map(_HEAD, distinct))
        for word in [w for w in distinct if w[:5] in heads] if heads else ():
            for n in index.prefix_lengths:
                if n > len(word):
                    break
                hit = index.prefix.get(word[:n])
                if hit is not None:
                    found.setdefault(hit[0], set()).add(hit[1])
    if screen & PART:
        for part, category, term in index.infix:
            if part in lowered:
                found.setdefault(category, set()).add(term)
    return tuple((c, tuple(sorted(found[c]))) for c in TERMS if c in found)


def may_hold(words: set[str]) -> bool:
    """Whether lower-case ``words`` may start or be a term (a one-word term, a phrase's first word, a stem's first
    five letters): :func:`find` of a text whose other words were looked up already can find nothing new otherwise."""
    index = _index()
    return (not index.single.keys().isdisjoint(words) or not index.whole.keys().isdisjoint(words)
            or not index.prefix_heads.isdisjoint(map(_HEAD, words)))
