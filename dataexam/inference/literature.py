"""Literature cards: what published, trained models reached (inference.md §1).

The tool never runs these models (no legitimate training data ships offline, inference.md §1.1,
§3.3); it quotes them so a reader sees what a platform with labelled data *could* add.
"""

from __future__ import annotations

from .model import LiteratureCard as C

KOSINSKI_2013 = C("Kosinski, Stillwell & Graepel 2013, PNAS 110:5802",
                  "From Facebook Likes (58k volunteers): gender AUC 0.93, gay vs straight men 0.88, Democrat vs "
                  "Republican 0.85, Christian vs Muslim 0.82, single vs in relationship 0.67.",
                  "https://doi.org/10.1073/pnas.1218772110")
YOUYOU_2015 = C("Youyou, Kosinski & Stillwell 2015, PNAS 112:1036",
                "Personality judged from Likes correlates r=0.56 with self-ratings; 300 Likes beat a spouse.",
                "https://pubmed.ncbi.nlm.nih.gov/25583507/")
MATZ_2017 = C("Matz et al. 2017, PNAS 114:12714",
              "Ads matched to personality estimated from Likes gave up to 1.4× clicks and 1.5× purchases "
              "(internal validity disputed by Eckles et al.).", None)
TARGET = C("Duhigg, NYT 16 Feb 2012 (Target pregnancy score)",
           "About 25 products together gave a pregnancy score and a due date 'within a small window' "
           "(the famous anecdote is disputed).",
           "https://goodtimesweb.org/surveillance/nyt-target-feb-19-2012.html")
GLADSTONE = C("Gladstone, Matz & Lemaire 2019, Psych. Science",
              "2M bank transactions: Big Five r=.15, materialism r=.33.",
              "https://doi.org/10.1177/0956797619849435")
CART = C("'Your Cart tells You', WSDM 2016",
         "Retail baskets predict gender, marital status, income, age and education.",
         "https://unpaywall.org/10.1145%2F2835776.2835783")
LAMPOS = C("Lampos et al., ECIR 2016", "Socio-economic status from Twitter: 75% (3 classes), 82% (binary).",
           "https://link.springer.com/chapter/10.1007%2F978-3-319-30671-1_54")
DEMONTJOYE_2015 = C("de Montjoye et al. 2015, Science",
                    "4 spatio-temporal points in card metadata re-identify 90% of 1.1M people; prices add 22%.",
                    "https://doi.org/10.1126/science.1256297")
GOLDER_MACY = C("Golder & Macy 2011, Science 333:1878",
                "509M tweets: mood peaks after waking; the weekend peak comes about 2 h later.",
                "https://www.aaas.org/news/science-tweets-reveal-role-circadian-rhythms-mood")
LEYPUNSKIY = C("Leypunskiy et al. 2018, Curr. Biol. 28:3763",
               "The nightly Twitter lull tracks survey-measured sleep and shifts later at weekends "
               "('Twitter social jet lag').",
               "https://www.cell.com/current-biology/fulltext/S0960-9822(18)31345-9")
SCHEFFLER = C("Scheffler & Kyba, ICWSM 2016", "Weekday wake-up is 1 h to more than 2 h earlier than on Sundays.",
              None)
MCTQ = C("Munich ChronoType Questionnaire definitions",
         "Chronotype = mid-sleep on free days (MSF); social jetlag = |MSF − MSW|.",
         "https://pmc.ncbi.nlm.nih.gov/articles/PMC6784249")
LAMORGIA = C("La Morgia et al., ICDCS 2018", "Time zones of crowds recovered from posting times.", None)
MAHMUD = C("Mahmud et al. (IBM Research), home location of Twitter users",
           "Hierarchical inference: time zone first, then region, then city.",
           "https://research.ibm.com/publications/home-location-identification-of-twitter-users")
TASSE = C("Tasse, Sciuto & Hong, ICWSM 2016",
          "Simple algorithms place about 80% of homes within 1 km; 10 geotagged tweets almost suffice.", None)
DEMONTJOYE_2013 = C("de Montjoye et al. 2013, Sci. Rep.", "Mobility traces of 1.5M people are highly unique.",
                    "https://doi.org/10.1038/srep01376")
COMPTON = C("Compton et al.", "101M Twitter users geolocated from friends' locations, median error 6.38 km.", None)
BERG = C("Berg, Burg, Gombović & Puri 2020, RFS 33:2845",
         "Digital-footprint variables match credit-bureau scores; the iOS vs Android gap equals the gap between "
         "the median and the 80th bureau percentile.",
         "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3170770")
SCHWARTZ = C("Schwartz et al. 2013, PLoS ONE e73791",
             "700M words from 75k Facebook users show strong language differences by age, gender, personality.",
             None)
EICHSTAEDT = C("Eichstaedt et al. 2018, PNAS",
               "Facebook posts predicted a later depression diagnosis with AUC 0.69 (0.72 on the last 6 months). "
               "Health data (Art. 9); this tool never attempts it.",
               "https://pmc.ncbi.nlm.nih.gov/articles/PMC6217418")
VADER = C("Hutto & Gilbert, VADER (vaderSentiment)",
          "About 7,500 lexical features rated −4..+4; handles negation, CAPS, emoticons. English only.", None)
NARAYANAN = C("Narayanan et al., IEEE S&P 2012",
              "Among 100k candidate authors the top stylometric guess is right >20% of the time; precision >80% "
              "with abstention.", None)
KEYSTROKES = C("Keystroke-dynamics studies",
               "Key-hold times detect psychomotor impairment with AUC 0.93; exports hold no key timings.",
               "https://pmc.ncbi.nlm.nih.gov/articles/PMC5381750")
WEI_2016 = C("Wei, Yildirim, Van den Bulte & Dellarocas 2016, Marketing Sci. 35:234",
             "Network-based credit scores push people to drop ties and keep only similar friends.",
             "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=2475265")
SESAME = C("Sesame (Zhima) Credit, Ant Financial, 2015",
           "Scores 350–950 from five factors; the 35/25/20/15/5 weights are reported, unverified; the "
           "algorithm remains confidential.", "https://en.wikipedia.org/wiki/Sesame_Credit")
LI_YINGYUN = C("Li Yingyun (Sesame technology director) to Caixin",
               "Someone gaming 10 h a day 'would be considered an idle person'; someone who frequently buys "
               "diapers is 'probably a parent, who on balance is more likely to have a sense of responsibility'.",
               "http://backlogcritic.com/2018/03/07/china-to-give-social-credit-strikes-to-video-gamers/")
SCHUFA = C("CJEU C-634/21 SCHUFA (7 Dec 2023)",
           "An automated credit probability score is itself an Art. 22 decision when a lender draws strongly on it.",
           "https://dpcuria.eu/details?reference=C-634/21")

CARDS: dict[str, list[C]] = {
    "timezone": [LAMORGIA, LEYPUNSKIY, MCTQ, MAHMUD],
    "sleep": [LEYPUNSKIY, SCHEFFLER, MCTQ],
    "social_jetlag": [MCTQ, LEYPUNSKIY],
    "late_nights": [LEYPUNSKIY, GOLDER_MACY],
    "routine": [LEYPUNSKIY, DEMONTJOYE_2015],
    "home": [TASSE, COMPTON],
    "work_location": [TASSE, DEMONTJOYE_2013],
    "trips": [DEMONTJOYE_2013, DEMONTJOYE_2015],
    "devices": [BERG],
    "languages": [SCHWARTZ],
    "mood": [VADER, GOLDER_MACY, EICHSTAEDT],
    "topics": [SCHWARTZ],
    "interests": [KOSINSKI_2013, YOUYOU_2015, MATZ_2017],
    "sensitive_signals": [KOSINSKI_2013],
    "life_events": [TARGET],
    "household": [CART, TARGET],
    "spending": [GLADSTONE, CART, DEMONTJOYE_2015],
    "impulse_buying": [MATZ_2017, GLADSTONE],
    "financial_stress": [GLADSTONE, LAMPOS],
    "social_circle": [WEI_2016, COMPTON],
    "writing_style": [NARAYANAN, KEYSTROKES],
    "platform_vs_derived": [KOSINSKI_2013, YOUYOU_2015],
    "trust_score": [SESAME, LI_YINGYUN, BERG, WEI_2016, SCHUFA],
}

# Traits the tool deliberately does not compute (inference.md §3.4 "not honest offline").
NOT_ATTEMPTED: list[dict[str, object]] = [
    {"trait": "Big Five personality", "why": "no labelled training data ships offline",
     "literature": [YOUYOU_2015.to_dict(), GLADSTONE.to_dict()]},
    {"trait": "sexual orientation, religion, party, ethnicity", "why": "Art. 9 traits; never labelled",
     "literature": [KOSINSKI_2013.to_dict()]},
    {"trait": "depression", "why": "health (Art. 9); mood trends are shown, never diagnoses",
     "literature": [EICHSTAEDT.to_dict()]},
    {"trait": "income or socio-economic class", "why": "no labelled data; spending bands only",
     "literature": [LAMPOS.to_dict(), CART.to_dict()]},
]


def cards(finding_id: str) -> list[C]:
    """The literature cards for a finding id (empty for unknown ids)."""
    return list(CARDS.get(finding_id, []))
