"""The special-category terms of the languages written in other scripts than Latin, per language."""

from __future__ import annotations

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
        "union": ("労働組合", "労組",
                  # ART41: the strike (the package docstring, "Strikes"); baseball's is ストライク
                  "ストライキ", "ゼネスト"),
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
            "工会组织", "工會組織", "全国总工会", "全國總工會", "职业工会", "職業工會", "产业工会", "產業工會",
            # ART41: the strike (the package docstring, "Strikes")
            "罢工", "罷工"),
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
                   "онколог*", "диабет*", "инсулин*", "психиатр*", "психотерап*", "роддом*", "эпилепси*",
                   # ART47 (T45B: "инсульт", "после инсульта", "инфаркт" read none): a stroke and an infarct in
                   # their cases ("инфаркта", "инфарктом", "инсульте"; "прединфарктное" the state before one)
                   "инсульт*", "инфаркт*", "прединфаркт*", "микроинсульт*", "микроинфаркт*"),
        "religion": ("с рождеством христовым", "христ*", "церковь", "церкви", "церковью", "церквей", "церквам",
                     "церквями", "церквах", "храм", "мечеть", "молитв*", "рамадан",
                     "синагог*", "православн*", "мусульман*", "католик*", "ислам", "намаз", "литурги*"),
        "politics": ("единая россия", "единорос*", "кпрф", "лдпр", "справедливая россия", "коммунист*",
                     "социалист*", "феминист*", "анархист*", "навальн*"),
        "union": ("профсоюз*", "забастовк*", "бастуем", "бастую"),  # ART41: the strike
        # "гей" alone is also Ukrainian "hey" ("Гей, соколи!"): the orientation said of someone, and its compounds
        "sexuality": ("я гей", "он гей", "гей-парад", "гей-клуб", "гей-пара", "гейск*", "геев", "лесбиянк*",
                      "гомосексуал*", "бисексуал*", "трансгендер*", "лгбт", "прайд", "каминг-аут", "камин-аут",
                      "презерватив*"),
    },
    # Ukrainian: "віл" alone is an ox (HIV only in phrases); церква's forms
    "uk": {
        "health": ("антидепресант*", "депресі*", "вагітн*", "тест на віл", "віл-інфекція", "віл-позитивний",
                   "віл-позитивна", "снід", "хіміотерап*", "онколог*", "діабет*", "інсулін*", "психіатр*",
                   "психотерап*", "пологов*", "інсульт*", "інфаркт*", "мікроінсульт*"),  # (ART47)
        "religion": ("христ*", "церква", "церкви", "церкву", "церкві", "церквою", "церков", "церквам", "церквами",
                     "церквах", "храм", "мечеть", "молитв*", "рамадан",
                     "синагог*", "православн*", "мусульман*", "католик*", "іслам", "намаз", "літургі*"),
        "politics": ("європейська солідарність", "опозиційна платформа", "комуніст*", "соціаліст*", "феміні*",
                     "анархіст*"),
        "union": ("профспілк*", "страйк", "страйку", "страйки", "страйкуємо", "страйкую"),  # ART41
        "sexuality": ("я гей", "він гей", "гей-парад", "гей-клуб", "гей-пара", "геї", "лесбійк*", "гомосексуал*",
                      "бісексуал*", "трансгендер*", "лгбт", "прайд", "камінг-аут", "презерватив*"),
    },
    # Serbian (Cyrillic): "трудна" is also Russian "difficult": pregnancy by трудноћа and трудница only
    "sr": {
        "health": ("антидепресив*", "депресиј*", "трудноћ*", "трудница", "труднице", "трудна сам", "хив",
                   "хемотерап*", "онколог*", "дијабет*", "инсулин*", "психијатр*", "психотерап*", "породилишт*",
                   # ART47 (T45B: "инсулт" read none): the stroke (also Bulgarian's and Macedonian's word), the
                   # infarct, the brain's "blow" ("удар" alone is any blow)
                   "инсулт*", "инфаркт*", "мождани удар", "можданог удара", "можданим ударом", "мождани удари"),
        "religion": ("христ*", "црква", "цркве", "цркви", "цркву", "црквом", "цркава", "црквама", "храм", "џамиј*",
                     "молитв*", "рамазан", "синагог*", "православн*", "муслиман*", "католи*", "литургиј*"),
        "politics": ("српска напредна странка", "напредњац*", "социјалистичка партија", "комунист*", "социјалист*",
                     "феминист*", "анархист*", "вучић*"),
        "union": ("синдикат*", "синдикалн*", "штрајк", "штрајку", "штрајкујемо", "штрајкујем"),  # ART41
        "sexuality": ("геј", "лезбеј*", "хомосексуал*", "бисексуал*", "трансродн*", "лгбт", "парада поноса",
                      "параде поноса", "прајд", "кондом*", "презерватив*"),
    },
}
