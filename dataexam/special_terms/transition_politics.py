"""Gender transition care and trans identity, and political opinions read in a vote's or a cause's
shape: the two families :data:`TERMS` takes in beside the Latin-script lists."""

from __future__ import annotations

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
