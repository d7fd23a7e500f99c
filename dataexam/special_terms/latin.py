"""The special-category terms in the Latin-script languages the lists are written in, by category (the
package docstring gives their syntax and sources; :data:`TERMS` also holds the other families once the
package is imported)."""

from __future__ import annotations

import unicodedata


def _with_plain(*terms: str) -> tuple[str, ...]:
    """``terms`` and each one written without its accents, as people type them on a keyboard without them
    ("à l'hôpital" → also "a l'hopital"; a term's words are compared as written, not folded)."""
    plain = ("".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)) for t in terms)
    return tuple(dict.fromkeys((*terms, *plain)))

def _with_dotless(*terms: str) -> tuple[str, ...]:
    """:func:`_with_plain` of ``terms``, and each also with Turkish dotless "ı" as "i", as it is typed on a keyboard
    without it ("hastaneye yattım" → also "hastaneye yattim"; NFKD leaves "ı" as it is)."""
    return _with_plain(*terms, *(t.replace("ı", "i") for t in terms))


#: category (the map's ``sensitive:`` name without its prefix) → terms (module text for the syntax)
#: when an admission was ("admitted last night with …"): everyday.py gives these the look-alikes "admitted with" has
ADMITTED_WHEN = ("last night", "this morning", "this afternoon", "this evening", "yesterday", "today", "tonight",
                 "on friday", "on saturday", "on sunday", "on monday", "last week", "again")

TERMS: dict[str, tuple[str, ...]] = {
    "health": (
        # FIXART5 (T43's fresh tester: "since my heart attack last year", "mein Herzinfarkt", "tuve un ictus" read
        # nothing): heart attacks, strokes and arrhythmias by their unambiguous names in the languages read (English
        # "stroke" alone is a swimmer's, a brush's or luck's: shapes.STROKE_OWN; French and Portuguese "AVC" in upper
        # case after a determiner: shapes.AVC)
        "heart attack", "heart attacks", "cardiac arrest", "arrhythmia", "arrhythmias", "atrial fibrillation",
        "herzinfarkt*", "*herzinfarkt*", "schlaganfall*", "*schlaganfall*", "hirninfarkt*", "herzrhythmusstörung*",
        "vorhofflimmern", "infarctus", "crise cardiaque", "accident vasculaire cérébral", "arythmie", "ictus",
        "infarto", "infartos", "infarti", "epilepsia", "enfarte", "ataque al corazón", "ataque cardíaco",
        "ataque cardiaco", "derrame cerebral", "attacco di cuore", "attacco cardiaco", "aritmia", "ataque do coração",
        "acidente vascular cerebral", "hartaanval", "hartaanvallen", "hartinfarct", "herseninfarct", "beroerte",
        "kalp krizi", "kalp krizim", "kalp krizi geçirdim", "beyin kanaması",
        # ART45 (T44: "heartattack", "Infarkt", "Hirnschlag", "apoplejía" read none): the run-together English, the
        # German infarct alone and Swiss German's stroke, apoplexy's names, the transient ischaemic attack written
        # out, the Nordic and Polish names of a stroke and an infarct ("hjerneslag", "slagtilfælde", "udar mózgu",
        # "zawał serca"; "stroke" after a Nordic possessive: shapes.STROKE_OWN; Polish "udar" alone: ART46 below)
        "heartattack", "heartattacks", "infarkt", "hirnschlag", "hirnschlägen", "apoplexy", "apoplejía", "apoplejia",
        "apoplexie", "apoplessia", "apoplexia", "transient ischemic attack", "transient ischaemic attack",
        "hjärninfarkt", "hjerneinfarkt", "hjerneslag", "slagtilfælde", "hjärtinfarkt", "hjerteinfarkt",
        "blodpropp i hjärnan", "blodprop i hjernen", "udar mózgu", "zawał serca",
        "zawale",  # T44 M1: "po zawale" (after a heart attack), "z zawałem" read none
        # ART46 (T45: "Infarkt-Risiko", "miałem udar" alone, "udar" read none): the infarct as a compound's part or
        # head ("Infarkt-Risiko", "Infarktpatient", "Lungeninfarkt"; a film titled "Infarkt" is withheld), and Polish
        # "udar" (a stroke; "udar słoneczny" sunstroke, an illness too) in its cases alone — not "udarnik" (a shock
        # worker) nor the hammer drill's "wiertarka udarowa"; South Slavic "državni udar" (a coup) and "udar groma"
        # (lightning) are everyday (EVERYDAY_SENSES["blows"])
        "infarkt*", "*infarkt*", "udar", "udaru", "udarem", "udarze", "udary", "udarów",
        # ART47 (T45B: "po infarkcie" read none): the rest of the Polish declension of "infarkt", "zawał" and "udar"
        # (the locative's stem changes: "infarkcie", "zawale"; the dative "udarowi", the plural's "udarom", "udarami",
        # "udarach"), and "after a stroke / an infarct" as one adjective ("pozawałowy", "poudarowy"); Croatian's
        # "udarom" (a blow's instrumental) is everyday in its phrases (EVERYDAY_SENSES["blows"])
        "infarkcie", "zawał*", "udarowi", "udarom", "udarami", "udarach", "pozawałow*", "poudarow*",
        # ART47 (T45B: "mozková mrtvice", "možganska kap" read none): Czech's and Slovak's stroke ("mrtvice",
        # "mŕtvica"), Slovene's "brain drop" in its cases ("kap" alone is a drop)
        "mrtvic*", "mŕtvic*", "možganska kap", "možgansko kap", "možganske kapi", "možganski kapi",
        "možgansko kapjo",
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
        # ART48 (T46's findings: "I am in the hospital", "I had surgery yesterday", "ich wurde operiert", "ik lig in het
        # ziekenhuis", "je suis à l'hôpital", "estoy en el hospital", "jestem w szpitalu", "jeg er innlagt på sykehus"
        # read none while "im in hospital" read health): a stay in hospital and an operation are the provision of health
        # care to a person, health data (GDPR Recital 35). As the map's "in hospital" does, a stay reads health
        # whoever's it is ("my son is in the hospital", "visiting grandma in the hospital": the relative's health) and
        # wherever a sentence puts the person (ART50: but the workplace said, "I work in the hospital", and its car park
        # are look-alikes, everyday.py); the hospital alone (a building, a workplace, a TV series: "the hospital
        # parking", "I work at the hospital", "Hospital") and an operation that is no surgery ("operation Desert Storm",
        # "opération séduction", "surgery hours") are not read. Each language's words for being in, admitted to, taken
        # to and back from hospital, and for having an operation, in the persons and tenses people write them; a word
        # with another sense only in its phrases (Swedish "inlagd sill" is pickled herring, Norwegian "innlagt strøm"
        # installed power, Spanish "dinero ingresado" money paid in, Portuguese "internado" a boarding school too,
        # French "opéré par" and Spanish "operado por" run by a firm, Polish "operacja", Dutch "operatie" a military
        # one; Portuguese "no hospital" is also English "no hospital": only after a verb)
        "in the hospital", "in tha hospital", "in the hosp", "in the er", "in a&e", "in the icu", "in icu",
        *(f"{verb} {place}" for verb in ("admitted to", "admitted into", "rushed to", "rushed into", "taken to",
                                         "brought to", "sent to", "discharged from", "released from", "back from",
                                         "home from", "out of")
          for place in ("hospital", "the hospital", "a hospital", "a&e", "the er", "icu", "the icu",
                        # T49 M7 ("admitted to the emergency room", "admitted to A and E" read none)
                        "the emergency room", "the emergency department", "emergency", "a and e", "a & e",
                        # ART54 ("admitted to the ED", "admitted to casualty", "admitted to the emergency ward / unit"
                        # read none): the emergency department as US and UK English abbreviate or name it
                        "the ed", "casualty", "the emergency ward", "the emergency unit", "emergency ward",
                        "the a&e", "the a & e")),
        # ART54: a bare "ED" and a ward only after "admitted" ("sent to Ed", "back from the ward" of a city are none)
        *(f"admitted {to} {place}" for to in ("to", "into") for place in ("ed", "the ward", "a ward")),
        # ART54 ("kept in overnight at the hospital", "they kept me in overnight" read none): British English's
        # overnight stay (a storage's, a cell's: everyday.py)
        "kept in overnight", *(f"kept {whom} in overnight" for whom in ("me", "him", "her", "us", "them", "you",
                                                                         "mum", "mom", "dad", "baby")),
        # (ART54's "admitted last night with", "… this morning w/" terms read "admitted last night with a fake ID"
        # health, T50 1: "admitted last night w/ sepsis" is shapes.ADMITTED_FOR_ILLNESS's, with its illness)
        # T49 M7: an overnight admission, and "w/" written for "with" ("admitted with" is a term: ART53)
        "admitted overnight", "admitted w/",
        *(f"admitted {when} {with_}" for when in ADMITTED_WHEN for with_ in ("with", "w/")),
        "hospital stay", "hospital stays", "hospitalis*", "hospitaliz*",
        *(f"{verb} surgery" for verb in ("had", "have", "has", "having", "got", "get", "getting", "need", "needs",
                                         "needed", "underwent", "undergo", "undergoing", "undergone", "after",
                                         "before", "from", "into", "out of", "recovering from", "his", "her",
                                         "post", "scheduled for", "booked in for", "waiting for")),
        *(f"{verb} an operation" for verb in ("had", "have", "has", "having", "need", "needs", "needed",
                                              "underwent", "undergo", "undergoing", "undergone", "waiting for")),
        *(f"{verb} my operation" for verb in ("had", "after", "before", "since", "from", "recovering from")),
        "my operation went", "post op",
        *(f"{who} operated on" for who in ("was", "were", "been", "being", "get", "got", "getting", "be")),
        *(f"operated on {whom}" for whom in ("me", "my", "him", "his", "her", "us", "our")),
        *(f"{part} surgery" for part in ("knee", "hip", "back", "heart", "eye", "shoulder", "spine", "spinal",
                                          "foot", "ankle", "wrist", "hand", "bypass", "hernia", "cataract",
                                          "bariatric", "weight loss", "open heart", "keyhole",
                                          "emergency", "major")),
        # German: the hospital is read by "krankenhaus*", "klinik*"; the operation
        "operiert", "operiert worden", "frisch operiert", "meine operation", "meiner operation", "nach der op",
        "vor der op", "meine op", "meiner op", "op gehabt", "notoperation", "notoperiert",
        # Dutch
        "in het ziekenhuis", "in 't ziekenhuis", "in t ziekenhuis", "uit het ziekenhuis", "naar het ziekenhuis",
        "ziekenhuisopname*", "geopereerd", "operatie gehad", "mijn operatie", "na mijn operatie",
        # French
        *_with_plain(
            "à l'hôpital", "à l'hopital", "a l'hôpital", "à l'hosto", "aux urgences", "sortie de l'hôpital",
            "sorti de l'hôpital",
            "été opéré", "été opérée", "suis opéré", "suis opérée", "fait opérer", "faire opérer", "fais opérer",
            "subi une opération", "subir une opération", "opération chirurgicale", "intervention chirurgicale",
            "bloc opératoire", "après mon opération", "avant mon opération", "depuis mon opération",
        ),
        # Spanish
        *_with_plain(
            "en el hospital", "en urgencias", "al hospital", "estoy ingresado", "estoy ingresada", "está ingresado",
            "está ingresada", "estuve ingresado", "estuve ingresada", "me ingresaron", "lo ingresaron", "la ingresaron",
            "me operaron", "me operan", "me van a operar", "me tienen que operar", "me operé", "operado de",
            "operada de", "operado del", "operada del", "mi operación", "mi cirugía", "tuve una cirugía",
            "tuve una operación",
        ),
        # Italian
        "in ospedale", "all'ospedale", "uscito dall'ospedale", "uscita dall'ospedale",
        "dimesso dall'ospedale", "dimessa dall'ospedale", "ricoverato", "ricoverata", "ricoverati", "ricoverate",
        "sono stato operato", "sono stata operata", "mi hanno operato", "mi hanno operata", "mi devo operare",
        "devo operarmi", "mi sono operato", "mi sono operata", "intervento chirurgico", "la mia operazione",
        # Portuguese
        *_with_plain(
            *(f"{verb} no hospital" for verb in ("estou", "está", "estive", "esteve", "estava", "estamos", "estão",
                                                 "fiquei", "ficou", "internado", "internada", "ainda", "dias")),
            *(f"{verb} {state}" for verb in ("estou", "está", "esteve", "estive", "fiquei", "ficou", "foi", "fui")
              for state in ("internado", "internada")),
            # T49 M7 ("internado com pneumonia" read none; "fui internado com …" was read): hospitalised with what
            "internado com", "internada com", "internados com",
            "fui operado", "fui operada", "foi operado", "foi operada", "vou ser operado", "vou ser operada",
            "me operei", "minha cirurgia", "fiz uma cirurgia", "fiz cirurgia", "tive uma cirurgia", "minha operação",
        ),
        # Polish (hospitalizacja, hospitalizowany by "hospitaliz*")
        *_with_plain(
            "w szpitalu", "do szpitala", "ze szpitala", "po operacji", "miałem operację", "miałam operację",
            "mialem operacje", "mialam operacje",
            "operowany", "operowana", "zoperowany", "zoperowana",
        ),
        # Swedish, Norwegian, Danish
        *_with_plain(
            "på sjukhus", "på sjukhuset", "sjukhusvistelse*", "inlagd på", "opererad", "opererades", "blev opererad",
            "på sykehus", "på sykehuset", "er innlagt", "ble innlagt", "var innlagt", "blitt innlagt", "innlagt på",
            "operert", "på hospitalet", "på sygehus", "på sygehuset", "er indlagt", "blev indlagt", "var indlagt",
            "indlagt på", "opereret",
        ),
        # ART49 (T46: "tive um derrame", "felç geçirdim", "mikroudar", "mozková příhoda", "agyvérzés" read none): a
        # stroke had in Portuguese and Spanish ("derrame" alone is a spill: "derrame de petróleo"), Turkish "felç
        # geçirmek" (to have a stroke; "felç" alone is any paralysis, a strike's too), Polish's mini-stroke, Czech's
        # "cévní mozková příhoda" in its cases, Hungarian "agyvérzés" (a brain haemorrhage) and "szélütés"
        *_with_plain(
            "tive um derrame", "teve um derrame", "tivemos um derrame", "sofri um derrame", "sofreu um derrame",
            "tuve un derrame", "tuvo un derrame", "sufrí un derrame", "sufrió un derrame",
            "felç geçirdi", "felç geçirdim", "felç geçirdik", "felç geçirmiş", "felç geçirmişti", "felç geçirdikten",
            "felç geçiren", "felç geçirince", "mikroudar*",
            "mozková příhoda", "mozkové příhody", "mozkové příhodě", "mozkovou příhodu", "mozkovou příhodou",
            "mozkových příhod", "agyvérzés*", "szélütés*",
        ),
        # ART50 (T46C: "hastanedeyim", "ameliyat oldum", "kórházban vagyok", "megoperáltak", "jsem v nemocnici",
        # "byl jsem operován" read none): a stay in hospital and an operation (GDPR Recital 35) in Turkish, Hungarian,
        # Czech and Slovak in the persons people write them — the hospital alone ("hastane", "kórház", "nemocnice": a
        # building, a workplace, "pracuji v nemocnici") is not read; Turkish "ameliyat" and Hungarian "műtét" only as
        # one had or undergone. The first persons the eleven languages of ART48 lacked ("I'm at the hospital", "ich
        # hatte eine OP", "ik werd opgenomen", "estoy internado", "przeszedłem operację", "jag ska opereras"), and a
        # visit said with the relative ("Long day at the hospital with mum": her health, as others' stays are read;
        # "I work at the hospital" stays none). "my surgery" alone is also a GP's practice (British English: "ring
        # my surgery"), so it reads only with an operation's words ("my surgery went well", "after my surgery")
        *_with_dotless(
            "hastanedeyim", "hastanedeyiz", "hastanedeydim", "hastanedeydik", "hastanedesin", "hastanedeymiş",
            "hastanede yatıyorum", "hastanede yatıyoruz", "hastanede yatıyor", "hastanede yattım", "hastanede yattı",
            "hastanede kaldım", "hastaneye yattım", "hastaneye yattı", "hastaneye yattık", "hastaneye yatırıldım",
            "hastaneye yatırıldı", "hastaneye kaldırıldım", "hastaneye kaldırıldı", "hastaneye kaldırdılar",
            "hastaneden taburcu", "taburcu oldum", "taburcu oldu", "taburcu edildim", "taburcu edildi",
            "ameliyat oldum", "ameliyat oldu", "ameliyat olduk", "ameliyat olacağım", "ameliyat olacak",
            "ameliyat oluyorum", "ameliyat olmuş", "ameliyat olmuştum", "ameliyat geçirdim", "ameliyat geçirdi",
            "ameliyat geçirmiş", "ameliyat geçirdikten", "ameliyata girdim", "ameliyata girdi", "ameliyata gireceğim",
            "ameliyata alındı", "ameliyata alındım", "ameliyattan çıktım", "ameliyattan çıktı", "ameliyattan sonra",
            "ameliyatım", "ameliyatımdan", "ameliyatımı", "ameliyatımın",
            "kórházban vagyok", "kórházban vagyunk", "kórházban voltam", "kórházban voltunk", "kórházban van",
            "kórházban volt", "kórházban fekszem", "kórházban fekszik", "kórházban feküdtem", "kórházban feküdt",
            "kórházba kerültem", "kórházba került", "kórházba kerültünk", "bekerültem a kórházba",
            "kórházba vittek", "kórházba vitték", "kiengedtek a kórházból", "kijöttem a kórházból",
            "megműtött*", "megoperál*", "műtétem", "műtétemet", "műtétem után", "műtéten estem át",
            "műtéten esett át", "műtéten voltam", "műtétre megyek", "műtétre vár", "műtét után",
            "jsem v nemocnici", "jsi v nemocnici", "je v nemocnici", "jsme v nemocnici", "jste v nemocnici",
            "jsou v nemocnici", "byl jsem v nemocnici", "byla jsem v nemocnici", "byli jsme v nemocnici",
            "byl v nemocnici", "byla v nemocnici", "ležím v nemocnici", "leží v nemocnici", "ležel jsem v nemocnici",
            "ležela jsem v nemocnici", "ležel v nemocnici", "ležela v nemocnici", "odvezli mě do nemocnice",
            "převezli mě do nemocnice", "propustili mě z nemocnice", "pustili mě z nemocnice",
            "operovali mě", "operovali mi", "operovali ho", "operovali ji", "operovali nás", "byl jsem operován",
            "byla jsem operována", "byl operován", "byla operována", "jsem po operaci", "je po operaci",
            "jdu na operaci", "půjdu na operaci", "šel jsem na operaci", "šla jsem na operaci",
            "měl jsem operaci", "měla jsem operaci",
            "som v nemocnici", "bol som v nemocnici", "bola som v nemocnici",
            "operovali ma", "bol som operovaný", "bola som operovaná", "som po operácii",
            "i'm at the hospital", "im at the hospital", "i am at the hospital", "we're at the hospital",
            "we are at the hospital", "i was at the hospital", "we were at the hospital", "been at the hospital",
            *(f"at the hospital with {who}" for who in (
                "mum", "mom", "mam", "mummy", "mommy", "mother", "dad", "daddy", "father", "nan", "nana", "gran",
                "granny", "grandma", "grandad", "granddad", "grandpa", "grandmother", "grandfather", "my mum",
                "my mom", "my mother", "my dad", "my father", "my nan", "my gran", "my grandma", "my grandad",
                "my grandpa", "my son", "my daughter", "my wife", "my husband", "my partner", "my baby", "my sister",
                "my brother", "my aunt", "my uncle", "my kid", "my kids", "the baby", "the kids")),
            "hatte eine op", "hatte eine operation", "hatte ne op", "habe eine op", "hab eine op",
            "ik ben opgenomen", "ik werd opgenomen", "estoy internado", "estoy internada", "estuve internado",
            "estuve internada", "me internaron", "przeszedłem operację", "przeszłam operację", "przeszedł operację",
            "przeszła operację", "przeszedlem operacje", "przeszlam operacje", "przeszedl operacje",
            "przeszla operacje", "jag blev inlagd", "jag är inlagd", "har opererats", "ska opereras", "skal opereres",
            "spent the night at the hospital", "spent the day at the hospital", "ich wurde eingeliefert",
            "wurde ich eingeliefert", "bin eingeliefert worden",
            "notfallmäßig eingeliefert",
            # ART55 ("ich wurde in die Notaufnahme eingeliefert" read none: the words between parted "ich wurde
            # eingeliefert"): taken into the emergency department or intensive care (German "Notaufnahme", the
            # emergency department, "Intensivstation", intensive care); in it ("in der Notaufnahme") is also a
            # workplace's, not read
            "in die notaufnahme", "in die zentrale notaufnahme", "in die notaufnahme eingeliefert",
            "auf die intensivstation", "auf die intensivstation verlegt", "auf der intensivstation gelegen",
            "sors de l'hôpital", "sortir de l'hôpital", "me dieron el alta",
            "me han dado el alta", "me dan el alta", "mi operano", "mi opereranno", "jag ligger inne",
            "vært innlagt", "været indlagt", "ameliyattayım", "ameliyattaydım", "budu operován", "budu operována",
            *(f"{verb} my surgery" for verb in ("had", "have", "having", "after", "before", "since", "from",
                                                "recovering from", "waiting for", "booked", "scheduled")),
            *(f"my surgery {what}" for what in ("went", "is", "was", "tomorrow", "today", "yesterday", "on",
                                                "date", "day", "scar", "recovery", "results")),
        ),
        # ART51 ("I got admitted" read none): admitted said alone is as often to hospital as to a university, so it
        # is withheld — "got admitted" whoever's, "was admitted" of a person (the evidence is admitted too); admitted
        # to a university, a school, a programme, the bar, as a member, free ("I got admitted to Harvard", "was
        # admitted to the bar") are everyday.py's, unless the clause names a hospital after them
        *(f"{verb} admitted" for verb in ("got", "get", "gets", "getting", "gotten", "i was", "i've been",
                                          "ive been", "i have been", "i had been", "i'd been", "he was", "she was",
                                          "we were", "they were", "he's been", "she's been",
                                          "we've been", "mum was", "mom was", "dad was", "nan was", "gran was",
                                          "grandma was", "grandad was", "grandpa was", "wife was", "husband was",
                                          "son was", "daughter was", "baby was", "sister was", "brother was",
                                          "partner was", "just been", "i am being", "i'm being", "being")),
        # ART53 ("admitted with sepsis", "admitted with chest pains", "mit Sepsis eingeliefert", "ingresé con
        # neumonía", "opgenomen met longontsteking" read none): admitted with or for what a stay is for, whoever's
        # ("admitted with honours", "… with a scholarship", "… with a friend" are everyday.py's); in German, Spanish and
        # Dutch with the illness named ("opgenomen met" is also recorded with, "ingresado con" paid in with)
        "admitted with", *(f"admitted for {why}" for why in (
            "surgery", "an operation", "observation", "obs", "tests", "treatment", "chemo", "chemotherapy",
            "a procedure", "monitoring", "a scan", "a biopsy", "an infection", "pneumonia", "sepsis",
            "dehydration", "a week", "a few days", "the night", "two nights", "three nights")),
        *_with_plain(
            *(f"mit {ill} eingeliefert" for ill in (
                "sepsis", "blutvergiftung", "lungenentzündung", "fieber", "herzinfarkt", "einem herzinfarkt",
                "schlaganfall", "einem schlaganfall", "brustschmerzen", "schmerzen", "corona", "covid",
                "einer infektion", "blinddarmentzündung", "wehen", "atemnot", "verdacht auf")),
            *(f"{verb} con {ill}" for verb in ("ingresé", "ingresado", "ingresada", "ingresaron")
              for ill in ("sepsis", "neumonía", "fiebre", "covid", "dolor de pecho", "dolores", "un infarto",
                          "un ictus", "una infección", "apendicitis", "deshidratación", "contracciones")),
            *(f"opgenomen met {ill}" for ill in (
                "sepsis", "bloedvergiftiging", "longontsteking", "koorts", "corona", "covid", "pijn op de borst",
                "een hartinfarct", "een beroerte", "een infectie", "blindedarmontsteking", "uitdroging", "weeën"))),
    ),
    "religion": (
        "religion", "religions", "religious", "religiös*", "religieu*", "religios*", "faith-based",
        "kippa", "kipa", "yarmulke", "*gebetsteppich*", "gebet", "gebete", "gebets*", "*gebetskette*", "gottesdienst*",
        "*gottesdienst*", "fastenbrechen", "fastenzeit", "zuckerfest", "opferfest", "kirche*", "*kirchengemeinde*",
        "*pfarrei*", "pfarrer*", "pfarramt", "katholisch*", "evangelisch*", "islamisch*", "muslimisch*", "jüdisch*",
        "christlich*", "moschee*", "synagoge*", "bibel*", "taufe", "erstkommunion", "konfirmation", "firmung",
        "jumma", "jummah", "juma", "jumah", "jumu'ah", "jumma mubarak", "jummah mubarak", "friday prayer",
        "friday prayers", "namaz*", "namaaz", "aïd", "aid mubarak", "aïd moubarak", "aid moubarak",
        "church service", "sunday service", "mass on sunday", "church group",
        # ART41: the rite of confirmation by its own words ("confirmation" alone is a booking's, an email's)
        "confirmation class", "confirmation classes", "confirmation name", "confirmation sponsor",
        "confirmation retreat", "confirmation ceremony", "confirmation candidates", "confirmation saint",
        "confirmation mass", "confirmation gift", "confirmation gifts", "confirmation dress",
        # ART42 (T40B: "my confirmation at St. Mary's" read nothing), FIXART3 (T41 L: "Mass at St. Mary's on Sunday"):
        # the rite at a church named after its saint is a shape (shapes.RITE_AT_SAINT), whose look-alikes it leaves
        # out ("critical mass at St. Mary's", "muscle mass at St. John's")
        *(f"confirmation {at} {church}" for at in ("at", "in") for church in ("church", "the church", "our church",
                                                                              "the cathedral", "the parish")),
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
        # ART46 (T45: "camiye gittim", "cuma namazına" read none): Turkish's mosque in its cases ("cami" alone is also
        # a camisole, "Lace cami top"), the prayer ("namaz*" above: namaza, namazı), the small mosque, the church and
        # worship; Dutch church, mosque and service, which the list claims (LATIN_LANGUAGES) and lacked
        "camiye", "camide", "camiden", "camiyi", "caminin", "camiler", "camilere", "camilerde", "camisine",
        "mescit", "mescide", "mescitte", "mescidi", "kilise*", "ibadet*", "teravih",
        "kerk", "kerken", "kerkdienst*", "moskee", "moskeeën", "moskeeen", "gebedsdienst*", "eucharistieviering*",
        # ART46 (T45: "andakt i kyrkan", "gudstjänst" read none): the Scandinavian languages' church, service and
        # devotion (their strike's words are read: ART45), Swedish, Norwegian and Danish; "med andakt" (with rapt
        # attention) is everyday (EVERYDAY_SENSES["worship idioms"])
        "gudstjänst*", "gudstjeneste*", "kyrka", "kyrkan", "kyrkans", "kyrkor", "kyrkorna", "kirke", "kirken",
        "kirkens", "kirker", "kirkene", "kirkerne", "andakt", "andakten", "andakter", "andaktsstund*",
        "morgonandakt*", "kvällsandakt*", "andagt", "andagten", "högmässa", "högmässan", "høymesse*", "højmesse*",
        "nattvard*", "nattverd*", "altergang", "moské", "moskén", "moskéer", "moskeen", "moskéen", "moskeer",
        "synagogan",
        # ART47 (T45B: "cemevine gittim" read none, "camiye gittim" religion): the Alevi house of worship, the cemevi,
        # in its cases ("cemevine", "cemevinde", "cemevleri"); not written apart ("Cem evine gitti": Cem went home)
        "cemev*",
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
        # ART49 (T46: "vado a messa", "fui à missa", "ik ga naar de mis", "heute in der Messe", "Ostermesse", "cem
        # ayini" read none): going to Mass in Italian ("a messa"; "messa a punto", "messa in piega" are a tuning and
        # a hairdo), Portuguese ("à missa"; Swedish "missa" alone is to miss), Dutch ("naar de mis"; "ik mis je",
        # "mis je trein" are missing), German at Mass on a day said ("Messe" alone, "auf der Messe", "Buchmesse"
        # are trade fairs: MESSE_WORSHIP), Easter's Mass by name, and the Alevi "cem ayini" (the cem rite) in its
        # cases
        *_with_plain(
            "a messa", "santa messa", "à missa", "na missa", "missa do galo", "missa de domingo", "naar de mis",
            "heilige mis", "heute in der messe", "gestern in der messe", "waren in der messe", "war in der messe",
            "abend zur messe", "abends zur messe", "abend in der messe", "ostermesse", "ostermessen",
            "cem ayini", "cem ayinine", "cem ayininde", "cem ayinini", "cem ayinleri", "cem ayinlerine",
            "cem ayininden",
        ),
        # ART50 (T46C: "Heiligabend in der Messe", "pazar ayinine gittik", "jdu na mši" read none): German at Mass on
        # a feast or a Sunday ("in der Messe", being in it: a fair is "auf der Messe"; "Sonntag zur Messe nach Köln"
        # may be the fair and stays MESSE_WORSHIP's), Turkish "ayin" (a rite) gone to or attended — its dative
        # and locative ("ayine", "ayinde"; "âyine" is also an old word for a mirror: only with the verb) — and
        # Czech's and Slovak's Mass in the cases of going and being there ("na mši", "ze mše"; "mši" alone and
        # its plain spelling "msi", a laptop maker's name, are not read)
        *(f"{day} in der messe" for day in ("heiligabend", "weihnachten", "ostern", "ostersonntag", "ostermontag",
                                            "pfingsten", "pfingstsonntag", "allerheiligen", "sonntag", "sonntags",
                                            "sonntagmorgen", "sonntagvormittag", "sonntagabend", "samstagabend",
                                            "feiertag")),
        *_with_dotless(
            "pazar ayini", "pazar ayinine", "pazar ayininde", "pazar ayinini", "noel ayini", "noel ayinine",
            "noel ayininde", "paskalya ayini", "paskalya ayinine", "paskalya ayininde", "kilise ayini",
            "kilise ayinine", "ayine gittim", "ayine gittik", "ayine gitti", "ayine gidiyorum", "ayine gidiyoruz",
            "ayine gideceğim", "ayine gideceğiz", "ayine katıldım", "ayine katıldık", "ayine katıldı",
            "ayine katılıyorum", "ayine katılacağım", "ayinine", "ayininde", "ayinde", "ayinden sonra",
        ),
        "na mši",
        # ART51 ("jdu na msi" read none): each also as typed without its accents ("ze mse", "na omsu") but "na
        # mši", whose plain "na msi" is also on or at the laptop maker's (MSI: "na MSI notebooku"): that one only
        # after a verb of going or being there ("jdu na msi", "byli jsme na msi"; "byl jsem na MSI webu" is
        # everyday.py's)
        *_with_plain(
            "na mše", "ze mše", "mše svatá", "mši svatou", "mši svaté", "půlnoční mše", "půlnoční mši",
            "nedělní mše", "nedělní mši", "na mši svatou", "na omšu", "na omši", "svätá omša", "svätej omši",
            "svätú omšu",
            *(f"{verb} na mši" for verb in (
                "jdu", "jdeme", "jdeš", "jde", "jdou", "půjdu", "půjdeme", "půjde", "šel jsem", "šla jsem",
                "šli jsme", "šly jsme", "byl jsem", "byla jsem", "byli jsme", "byly jsme", "jsem byl", "jsem byla",
                "jsme byli", "byl", "byla", "byli", "chodím", "chodíme", "chodí", "chodil jsem", "chodila jsem",
                "jsem", "jsme", "budu", "budeme", "jít", "jet", "jedu", "jedeme", "jel jsem", "jela jsem",
                "byl som", "bola som", "boli sme", "idem", "ideme")),
            # (ART54: "… a pak na msi" after such a verb, its second goal: shapes.CZ_MASS_THEN)
        ),
        # … and Hungarian "mise" (Mass) gone to or attended ("misére mentem", T46C; plain "misere" is French
        # "misère", misery: only as written)
        "misére mentem", "misére mentünk", "misére megyek", "misére megyünk", "misére járok", "misére jár",
        "misén voltam", "misén voltunk", "misén vagyok", "szentmise*",
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
        # ART46 (T44: "I'm in the union now" read none): the person's membership said as being in it ("the Union
        # Square", "the union jack" are firm names: EVERYDAY_SENSES["union names"])
        "i'm in the union", "i am in the union", "we're in the union", "we are in the union", "i'm in a union",
        "i am in a union", "we're in a union", "we are in a union",
        # ART47 (T45B: "Im in the union", "I've been in the union for 10 years" read none): the same without the
        # apostrophe, and in the past and the perfect ("I'm in the teachers' union", with words between:
        # shapes.UNION_MEMBER)
        "im in the union", "im in a union", "i was in the union", "i was in a union",
        "we were in the union", "we were in a union", "i've been in the union", "ive been in the union",
        "i have been in the union", "we've been in the union", "weve been in the union", "we have been in the union",
        "i've been in a union", "ive been in a union", "i have been in a union", "we've been in a union",
        "we have been in a union",
        # ART47 (T45B: "jag är med i facket", "jeg er i fagforeningen" read none): the Scandinavian languages' union —
        # Norwegian and Danish "fagforening" (Fagforbundet a union's name), Swedish "fackförbund", "fackförening",
        # "facklig" (of the union), "med i facket" (a member; "facket" alone is also a compartment), its elected rep
        "fagforening*", "fagforbund*", "fackförbund*", "fackforbund*", "fackförening*", "fackforening*", "facklig*",
        "med i facket", "fackombud*",
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
        # ART41: … the strike's noun then read in English and Hindi alone, in German, French, Spanish, Arabic and
        # Hebrew only with the person's part: one policy now (the package docstring, "Strikes") — the singular noun
        # alone, in each language read, its other senses apart (EVERYDAY_SENSES "strikes", "strike senses": a hunger
        # strike, a commuter's rail strike, Spanish "huelga decir", French "grève" the shore); the plural only where
        # the person joins (shapes.STRIKES_JOINED), and the striker's own verb. Dutch "staking" is also crypto's
        # (an English word): only its phrases
        "streik", "warnstreik", "generalstreik", "streikposten", "ich streike", "wir streiken", "streikende",
        # ART42: "streike", the first person's verb alone ("Als Lehrerin streike ich", "Morgen streike ich"), and
        # the other first-person orders (shapes.STRIKING_FIRST_PERSON)
        "streike",
        "grève", "gréviste", "grévistes", "je fais grève", "nous faisons grève", "on fait grève",
        "huelga", "huelga general", "huelguista", "huelguistas", "estoy de huelga", "estamos de huelga",
        "sciopero", "scioperanti", "scioperiamo", "sciopero anch'io",
        "greve", "grevista", "grevistas", "estou em greve", "estamos em greve",
        "in staking", "algemene staking", "wij staken", "we staken", "ik staak mee",
        # ART47 (T45B: "ik doe mee aan de staking", "op de stakingspost" read none): taking part in the strike
        # ("meedoen / deelnemen aan de staking"), the picket and the strike fund (crypto's staking has neither)
        "aan de staking", "aan een staking", "stakingspost*", "stakingskas*",
        "grev", "grevdeyiz", "grevdeyim", "greve çıktık", "greve çıkıyoruz", "grevci", "grevciler",
        # ART45 (T44: "işçiler grevde" read none): Turkish "on strike" of others ("grevde", "grevdeler") as the
        # person's own ("grevdeyiz") reads
        "grevde", "grevdeler", "grevdeydi", "grevdeydik",
        # ART45 (T44: "jutro strajk w fabryce, idę", "strejk på jobbet imorgon, jag är med" read none): the strike's
        # noun in the singular in Polish, Swedish and Danish (Norwegian "streik" is German's word above), as German
        # "Streik" reads, with the person's own first-person verb; their other senses apart as German's
        # (EVERYDAY_SENSES "strikes", "strike senses": "strajk głodowy", "strejk i tunnelbanan"). The plural
        # ("strajki", "strejker") stays the news it is; Norwegian's definite "streiken" is German's plural verb ("die
        # Piloten streiken": news) and is no term
        "strajk", "strajku", "strajkiem", "strajkuję", "strajkujemy",
        "strejk", "strejken", "generalstrejk", "jag strejkar", "vi strejkar",
        "strejke", "generalstrejke", "jeg strejker", "vi strejker", "jeg streiker", "vi streiker", "generalstreik",
        # ART46 (T45: "streiken på fabrikken i morgen" read none): Norwegian's definite "streiken" (the strike) with
        # a Norwegian word beside it — alone it is German's plural verb ("die Piloten streiken": news); a traveller's
        # ("streiken på flyplassen") is everyday as the indefinite one is (EVERYDAY_SENSES["strikes"])
        *(f"streiken {word}" for word in ("på", "i", "er", "var", "ble", "blir", "har", "hadde", "starter",
                                          "startet", "begynner", "begynte", "fortsetter", "fortsatte", "slutter",
                                          "sluttet", "varer", "varte", "mot", "fra", "ved", "trappes", "avsluttes")),
        *(f"{word} streiken" for word in ("i", "på", "etter", "under", "med", "om", "til")),
        # ART49 (T46: "je suis syndiqué", "je suis à la CGT", "jestem w związku zawodowym", "sou sindicalizado",
        # "estoy sindicado", "sztrájkolunk", "stávkujeme", "zij en ik staakten", "ik ga naar de staking",
        # "stakingspiket", "been in the union 20 yrs", "mitt fack" read none): membership said with the verb in
        # French ("syndiqué" alone is also a syndicated loan's: "prêt syndiqué"), Spanish ("sindicado" alike) and
        # Portuguese, a French confederation one is in, Polish's trade union in its cases ("związek" alone is any
        # bond, "związkowy" a federal state's), the person's own strike in Hungarian, Czech and Slovak and in
        # Dutch with another beside ("zij staakten" alone is news), going to the strike, its picket, the union
        # been in without the pronoun, and Swedish "my / our union" ("facket" alone is a compartment too)
        *_with_plain(
            "suis syndiqué", "suis syndiquée", "sommes syndiqués", "sommes syndiquées", "étais syndiqué",
            "étais syndiquée", "syndiqué à la", "syndiquée à la", "suis à la cgt", "suis à la cfdt", "suis à la cftc",
            "suis à la cgc", "sommes à la cgt", "sommes à la cfdt", "suis adhérent à la cgt", "suis adhérente à la cgt",
            "sindicalizad*", "estoy sindicado", "estoy sindicada", "estamos sindicados", "estamos sindicadas",
            "estaba sindicado", "estaba sindicada",
            "związek zawodowy", "związku zawodowego", "związkowi zawodowemu", "związkiem zawodowym",
            "związku zawodowym", "związki zawodowe", "związków zawodowych", "związkom zawodowym",
            "związkami zawodowymi", "związkach zawodowych", "związkowiec", "związkowca", "związkowcem",
            "związkowcy", "związkowców",
            "sztrájkolok", "sztrájkolunk", "sztrájkoltam", "sztrájkoltunk", "sztrájkolni fogok",
            "sztrájkolni fogunk", "stávkuji", "stávkuju", "stávkujeme", "stávkoval jsem", "stávkovala jsem",
            "stávkovali jsme", "budeme stávkovat", "štrajkujem", "štrajkujeme",
            "en ik staakten", "en ik staken", "en ik hebben gestaakt", "ga naar de staking", "gaan naar de staking",
            "ging naar de staking", "gingen naar de staking", "stakingspiket*", "been in the union",
            "been in a union", "mitt fack", "vårt fack",
        ),
        # ART50 (T46C: "me in the union" read none): the person in it without the verb, as a caption says it ("me in
        # the union jack dress" holds the flag's firm name: EVERYDAY_SENSES["union names"])
        "me in the union",
        # ART55 ("jsem v odborech", I am in the union, read none): Czech's and Slovak's membership with the person
        # ("v odborech" alone is also "in the departments", "odbor" a ministry's department) and their unionist and
        # trade union ("odborář", "odborový svaz", "odborová organizace"; "odborný" is professional, not read)
        *_with_plain(
            *(f"{be} v odborech" for be in ("jsem", "jsme", "byl jsem", "byla jsem", "byli jsme", "budu",
                                             "jsem taky", "jsem také")),
            *(f"{be} v odboroch" for be in ("som", "sme", "bol som", "bola som", "boli sme")),
            *(f"{be} odborů" for be in ("jsem členem", "jsem členkou", "jsem člen", "jsem členka", "členem",
                                        "členkou", "vstoupil jsem do", "vstoupila jsem do", "vstoupili jsme do")),
            "odborář", "odborářka", "odboráři", "odborářů", "odborářem", "odborářky", "odborár", "odborárka",
            "odborový svaz", "odborového svazu", "odborovém svazu", "odborovým svazem", "odborové svazy",
            "odborová organizace", "odborové organizace", "odborovou organizaci", "odborový zväz",
            "odborového zväzu", "odborová organizácia"),
        # ART51: the union at one's work is a trade union ("in the union at work", "the union at my job")
        *(f"the union at {where}" for where in ("work", "my work", "my job", "my workplace", "our work",
                                                "our workplace")),
        # ART60 (T55B 3: "Estoy afiliado a la CNT", "Je suis adhérent à FO", "Sou filiado à CUT", "Estou na Força
        # Sindical" read none), as cut after T56B and T56D: the major unions' names the lists read are those that
        # name no other thing — a name in full (Force ouvrière, CGT-FO, CNT-AIT, Central Única dos Trabalhadores,
        # Força Sindical, CGTP-IN, the GMB union) or one said with its membership (afiliado/a a (la) UGT, afiliado/a
        # a la CNT, adhérent·e à FO, filiado/a à / a CUT). Not read, each for what else it names: a name beside an
        # article alone ("la UGT" a liver enzyme, "la CGT" the French Line, "la CNT" Ecuador's telephone company,
        # "na cut" a film's cut, "chez Fo" a restaurant, "die gew." German's abbreviation), CFDT, GEW and Unite,
        # Unison or the GMB alone ("in unison", "unite members of both parties", Unite Students, Good Morning
        # Britain), and the participles "unionized" / "unionised" (chemistry's), "syndiqué" outside the phrases above
        # (syndicated lending) and Spanish "sindicado" (accused). A negation before any of them, or her "no" to the
        # question, is everyday.py's ("not in a union", "not in a union by its name": ART54–ART61)
        "afiliado a ugt", "afiliada a ugt", "afiliado a la ugt", "afiliada a la ugt", "cnt-ait", "afiliado a la cnt",
        "afiliada a la cnt", "cgt-fo", "force ouvrière", "force ouvriere", "adhérent à fo", "adhérente à fo",
        "filiado à cut", "filiada à cut", "filiado a cut", "filiada a cut", "central única dos trabalhadores",
        "força sindical", "forca sindical", "cgtp-in", "the gmb union",
        # ART66 (T59B 6: "Pago la cuota sindical", "Soy afiliado sindical", "Estoy en la UGT", "I'm in UGT" read
        # none): Spanish union dues and membership ("sindical", of the union: "sindicat*" does not hold it), and
        # the person in UGT, CGT, CCOO or USO as ART60's names are read — said with her being in it ("la UGT"
        # alone is also a liver enzyme, "USO" alone a use, the United Service Organizations)
        "cuota sindical", "cuotas sindicales", "afiliado sindical", "afiliada sindical", "afiliados sindicales",
        "afiliadas sindicales", "afiliación sindical", "afiliacion sindical",
        *(f"{be} {name}" for be in ("estoy en", "estamos en", "soy de", "somos de", "estuve en", "he estado en")
          for name in ("la ugt", "ugt", "la cgt", "cgt", "ccoo", "cc.oo.", "la uso")),
        *(f"{member} a {name}" for member in ("afiliado", "afiliada", "afiliados", "afiliadas")
          for name in ("la cgt", "cgt", "ccoo", "cc.oo.", "la uso", "uso")),
        *(f"{be} {name}" for be in ("i'm in", "i am in", "im in", "we're in", "we are in", "i was in")
          for name in ("ugt", "the ugt", "ccoo", "the ccoo", "the cgt")),
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
