# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = deyn ka timaadda degmada si aad guri u iibsato
glossary-bostotte = lacag bil kasta dowladdu kaaga caawiso kharashka guriga marka dakhligaagu yar yahay
glossary-nav = xafiiska dowladda ee shaqada, gargaarka iyo adeegyada bulshada
glossary-husbanken = bangiga guryaha ee dowladda
glossary-fodselsnummer = lambarkaaga aqoonsiga Norway ee 11 god ah
glossary-d-nummer = lambar aqoonsi oo ku meel gaar ah, dadka aan haysan lambar joogto ah
glossary-vedtak = go’aan qoran oo ka yimid xafiis dowladeed, oo aad racfaan ka qaadan karto
glossary-egenandel = qaybta adigu aad bixinayso
glossary-depositum = lacag dammaanad ah oo aad siiso milkiilaha marka aad guri kireysato
glossary-tilskudd-til-etablering = deeq ka timaadda degmada si guri loo iibsado, dadka dakhligoodu yar yahay
glossary-midlertidig-botilbud = meel ku meel gaar ah oo aad joogto marka aadan lahayn meel aad ku noolaato
glossary-vanskeligstilt = ereyga sharciga ee qof aan keligiis heli karin ama haysan karin guri ku habboon
glossary-sosialtjenesteloven = sharciga adeegyada bulshada
glossary-boligsosialloven = sharciga waajibka degmada ee ah inay caawiso dadka guri la’aanta ku dhibaataysan
glossary-forvaltningsloven = sharciga maamulka dowladda: xeerarka xafiisyadu raacaan marka ay kiiskaaga qabtaan
glossary-minstefradrag = ka-jarid caadi ah oo dakhliga laga jaro ka hor cashuurta
glossary-skattemelding = warbixinta cashuurta ee sanadlaha ah
glossary-skatteetaten = hay’adda cashuurta ee Norway
glossary-trygdeavgift = lacagta caymiska qaranka, cashuur dakhliga laga qaado
glossary-trinnskatt = cashuur dheeraad ah oo lagu qaado dakhliga sare
glossary-bolig-forst = «Guriga marka hore»: marka hore guri adiga kuu gaar ah, kadib caawimaad si aad u haysato
glossary-lanekassen = hay’adda dowladda ee deymaha iyo deeqaha ardayda
glossary-borettslag = iskaashato guryeed: waxaad iibsataa saami, bil kastana waxaad bixisaa kharash wadaag ah
glossary-sameie = dhisme la wada leeyahay: aqalkaagu adigaa leh, inta kalena waa la wadaagaa
glossary-deleie = lahaansho qayb ah: waxaad iibsataa qayb guriga ka mid ah, inta kalena waxaad ka kireysataa degmada
glossary-legevakt = dhakhtarka degdegga, marka xafiiska dhakhtarkaagu xiran yahay
