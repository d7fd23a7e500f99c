"""Facebook's life-event titles in other interface languages, by life-event category.

A life event's only structured fields in every export seen are ``title`` and ``start_date`` (formats.md §1.4:
``attachments[].data[].life_event{title, start_date{year, month, day}}``; peer parsers' test data carry no
category or type id either). Facebook writes the title in the account's interface language — the composer's
own words ("Started New Job at Acme", "Moved to Bergen"), a German account's "Ehe geschlossen", a Spanish one's
"Se casó", a French one's "S'est marié(e)", a Portuguese one's "Casou-se", a Turkish one's "Evlendi" (the
twenty-sixth pass's closing note). The profile's dated fields (work, city, relationship, education) are typed
by their field, not by words, in :mod:`.lifedeclared`; these patterns serve only the titles.

Each entry is one category's alternatives in German, Spanish, French, Portuguese and Turkish, tried after the
English words of the same category and in the same category order (pregnancy before family: "Erwartet ein
Baby", "Esperando un bebé"). Matching is case-insensitive; Python's ``re`` folds Turkish ``İ``/``ı`` with
``I``/``i``. French elision takes either apostrophe (``'`` or ``’``) and the ``(e)`` of the composer's
gender-neutral form. Words are Facebook's composer categories as its interface shows them in each language;
they are not from a real export (none in another language has been seen), so a title none of them matches
stays ``other`` with its own words, as before.
"""

from __future__ import annotations

_A = "['’]"  # French and Portuguese elision: straight or typographic apostrophe
_E = r"(?:e|\(e\))?"  # French gender-neutral ending: "marié", "mariée", "marié(e)"

FOREIGN_TYPE_WORDS: dict[str, str] = {
    "health": "|".join((
        # de
        r"krankheit überwunden|operation (?:überstanden|gehabt)|operiert|knochenbruch|"
        r"mit dem rauchen aufgehört|nichtraucher|abgenommen|gewicht verloren|neue ernährung|"
        r"zahnspange|neue brille|kontaktlinsen|hörgerät|blutspender|organspender|genesen",
        # es
        r"superó una enfermedad|cirugía|\boperación\b|hueso roto|fractura|dejó de (?:fumar|beber)|"
        r"(?:bajó|perdió) (?:de )?peso|nuevos hábitos alimenticios|lentes de contacto|gafas nuevas|"
        r"audífono|donante de (?:sangre|órganos)|se recuperó",
        # fr
        rf"a surmonté une maladie|vaincu une maladie|chirurgie|os cassé|a arrêté de (?:fumer|boire)|"
        rf"perte de poids|a perdu du poids|nouvelles habitudes alimentaires|appareil dentaire|"
        rf"nouvelles lunettes|lentilles de contact|appareil auditif|donneu(?:r|se) de (?:sang|d{_A}organes)|"
        rf"guéri{_E}\b",
        # pt
        r"superou uma doença|cirurgia|osso (?:quebrado|partido)|parou de (?:fumar|beber)|perdeu peso|"
        r"emagreceu|novos hábitos alimentares|aparelho (?:dentário|ortodôntico|auditivo)|óculos novos|"
        r"lentes de conta(?:c)?to|doador(?:a)? de (?:sangue|órgãos)|recuperou-se",
        # tr
        r"hastalığı yendi|ameliyat|kemi(?:k|ği) kırıl|kırık kemik|sigarayı bıraktı|içkiyi bıraktı|"
        r"kilo (?:verdi|kaybetti)|yeni beslenme|diş teli|yeni gözlük|işitme cihazı|(?:kan|organ) bağışçısı|iyileşti",
    )),
    "pregnancy": "|".join((
        r"erwarte[tn] ein baby|schwanger",  # de
        r"esperando un bebé|espera un bebé|embarazad[ao]|embarazo",  # es
        r"attend un (?:bébé|enfant)|enceinte|grossesse",  # fr
        r"esperando um beb[êé]|à espera de um bebé|grávida|gravidez",  # pt
        r"bebek bekliyor|hamile",  # tr
    )),
    "job": "|".join((
        # de
        r"neue(?:r)? (?:arbeitsstelle|stelle|job|position)|arbeitet (?:jetzt )?(?:bei|als)|"
        r"angefangen,? (?:bei|als)|(?:zu )?arbeiten (?:bei|als)|beförder|ruhestand|in rente|"
        r"(?:stelle|job) gekündigt",
        # es
        r"nuevo (?:empleo|trabajo|puesto)|(?:empezó|comenzó) a trabajar|trabaja (?:en|para|como)|ascen(?:so|dido|dida)|"
        r"se jubiló|jubilación|dejó (?:el|su) trabajo",
        # fr
        rf"nouvel emploi|nouveau (?:travail|poste)|a commencé à travailler|travaille (?:chez|à|pour|comme)|"
        rf"promu{_E}\b|retraité{_E}|départ à la retraite|a quitté son (?:emploi|travail)",
        # pt
        r"novo (?:emprego|trabalho|cargo)|começou a trabalhar|trabalha (?:na|no|em|para|como)|promovid[ao]|"
        r"promoção|aposentou-se|se aposentou|aposentadoria|reformou-se|saiu do (?:emprego|trabalho)",
        # tr
        r"yeni (?:iş|işe)|işe başladı|çalışmaya başladı|çalışıyor|terfi|emekli|işini kaybetti|"
        r"işten ayrıldı",
    )),
    "education": "|".join((
        # de
        r"abschluss|studium|zu studieren|studiert (?:an|in)|"
        r"neue schule|ausbildung",
        # es
        r"se graduó|graduad[oa]|(?:empezó|comenzó) a estudiar|estudia en|estudió en|nueva escuela",
        # fr
        rf"diplômé{_E}|a obtenu son diplôme|a commencé (?:ses|des) études|étudie à|a étudié à|nouvelle école",
        # pt
        r"formou-se|se formou|graduou-se|começou a estudar|estuda (?:na|no|em)|estudou (?:na|no|em)|nova escola",
        # tr
        r"mezun oldu|mezuniyet|okumaya başladı|okula başladı|yeni okul",
    )),
    "move": "|".join((
        # de
        r"umgezogen|(?:ist|sind) (?:nach|in) .+ gezogen|zog nach|neues zuhause|umzug|wohnt (?:jetzt )?in|"
        r"(?:haus|wohnung) gekauft|neue wohnung|neues haus\b",
        # es
        r"se mudó|se trasladó|mudanza|nuevo hogar|nueva casa|compró una casa|vive en",
        # fr
        rf"a emménagé|a déménagé|s{_A}est installé{_E}|nouveau domicile|nouvelle maison|a acheté une maison|"
        rf"habite à|vit à",
        # pt
        r"mudou-se|se mudou|nova casa|novo lar|comprou uma casa|mora em|vive em",
        # tr
        r"taşındı|yeni ev\b|\bev (?:satın )?aldı|yaşıyor",
    )),
    "relationship": "|".join((
        # de
        r"ehe geschlossen|geheiratet|verheiratet|hochzeit|verlobt|verlobung|in einer beziehung|"
        r"beziehung beendet|geschieden|getrennt|es ist kompliziert|eingetragene partnerschaft",
        # es
        r"se casó|casad[oa]|\bboda\b|se comprometió|comprometid[oa]|tiene una relación|en una relación|"
        r"se divorció|divorciad[oa]|separad[oa]|solter[oa]|es complicado|pareja de hecho|unión civil",
        # fr
        rf"s{_A}est marié{_E}|\bmarié{_E}(?!\w)|mariage|fiancé{_E}(?!\w)|fiançailles|en couple|divorcé{_E}|séparé{_E}|"
        rf"célibataire|c{_A}est compliqué|pacsé{_E}|\bpacs\b",
        # pt
        r"casou-se|se casou|casad[oa]|casamento|noivou|noivad[oa]|\bnoiv[oa]\b|(?:em|num) (?:um )?relacionamento|"
        r"divorciou-se|divorciad[oa]|separad[oa]|solteir[oa]|é complicado|união (?:estável|de facto)",
        # tr
        r"evlendi|\bevli\b|düğün|nişanlandı|nişanlı|ilişkisi var|ilişkide|boşandı|ayrıldı|bekar|ilişkisi karışık",
    )),
    "family": "|".join((
        # de
        r"neues familienmitglied|geburt(?!stag)|kind bekommen|(?:vater|mutter|eltern|großvater|großmutter|oma|opa|"
        r"tante|onkel) geworden",
        # es
        r"nuevo miembro de la familia|nacimiento|tuvo un bebé|nuev[oa] hij[oa]|"
        r"se convirtió en (?:padre|madre|abuel[oa]|tí[oa])",
        # fr
        r"nouveau membre de la famille|naissance|a eu un (?:bébé|enfant)|"
        r"(?:est )?devenu(?:e)? (?:père|mère|parent|grand-père|grand-mère|oncle|tante)",
        # pt
        r"novo membro da família|nascimento|teve um beb[êé]|tornou-se (?:pai|mãe|avô|avó|tio|tia)",
        # tr
        r"yeni aile üyesi|bebeği oldu|bebeğimiz oldu|(?:baba|anne|dede|büyükanne|babaanne|anneanne|teyze|"
        r"amca|hala|dayı) oldu",
    )),
    "loss": "|".join((
        r"verlust eines geliebten|verstorben|in erinnerung an|in gedenken",  # de
        r"pérdida de un ser querido|falleci(?:ó|miento)|en memoria",  # es
        rf"perte d{_A}un (?:être cher|proche)|décédé{_E}|décès|en mémoire",  # fr
        r"perda de um ente querido|faleceu|falecimento|em memória",  # pt
        r"kaybetti|vefat|anısına",  # tr
    )),
    "pet": "|".join((
        r"neues haustier|(?:hund|katze|welpen|kätzchen) adoptiert",  # de
        r"nueva mascota|adoptó un (?:perro|gato|cachorro)",  # es
        r"nouvel animal|a adopté un (?:chien|chat|chiot|chaton)",  # fr
        r"novo animal de estimação|novo pet|adotou um (?:cachorro|cão|gato)",  # pt
        r"yeni evcil hayvan|(?:köpek|kedi) sahiplendi",  # tr
    )),
    "travel": "|".join((
        r"gereist|neue sprache|neues hobby",  # de
        r"viajó|nuevo idioma|nuevo pasatiempo",  # es
        r"a voyagé|nouvelle langue|nouveau passe-temps",  # fr
        r"viajou|novo idioma|novo hobby",  # pt
        r"seyahat|yeni (?:dil|hobi)",  # tr
    )),
}
