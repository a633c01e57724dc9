# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = suohkana loatna ásodaga oastimii
glossary-bostotte = stáda mánnosaš doarjja ássangoluide go dienas lea unni
glossary-nav = stáda kantuvra bargguid, doarjagiid ja sosiálabálvalusaid várás
glossary-husbanken = stáda ássanbánku
glossary-fodselsnummer = du 11 loguin norgga identitehtanummir
glossary-d-nummer = gaskaboddosaš norgga identitehtanummir sidjiide geain ii leat bissovaš nummir
glossary-vedtak = almmolaš kantuvrra čálalaš mearrádus, man sáhtát váidit
glossary-egenandel = oassi maid ieš mávssát
glossary-depositum = dáhkidanruhta maid mávssát eaiggádii go láiggohat ásodaga
glossary-tilskudd-til-etablering = suohkana doarjja ásodaga oastimii, sidjiide geain lea unnán dienas
glossary-midlertidig-botilbud = gaskaboddosaš orrunsadji go dus ii leat sadji gos orrut
glossary-vanskeligstilt = lága sátni olbmos guhte ii sáhte ieš gávdnat dahje doalahit heivvolaš ásodaga
glossary-sosialtjenesteloven = sosiálabálvaluslahka
glossary-boligsosialloven = lahka suohkana geatnegasvuođas veahkehit olbmuid geain leat ássanváttisvuođat
glossary-forvaltningsloven = hálddašanlahka: njuolggadusat maid almmolaš kantuvrrat čuvvot go meannudit du ášši
glossary-minstefradrag = dábálaš geassin dietnasis ovdal vearu
glossary-skattemelding = jahkásaš vearroalmmuhus
glossary-skatteetaten = Norgga vearrodoaimmahat
glossary-trygdeavgift = álbmotoadjomákso, vearru dietnasis
glossary-trinnskatt = lassevearru alla dietnasiin
glossary-bolig-forst = «Vuos ásodat»: vuos iežat ásodat, dasto veahkki doalahit dan
glossary-lanekassen = stáda ásahus mii addá studeantaloanaid ja stipeanddaid
glossary-borettslag = ássansearvi: oasttát oasi ja mávssát oktasaš goluid juohke mánus
glossary-sameie = oktasaččat oamastuvvon visti: du ásodat lea du, eará lea oktasaš
glossary-deleie = oasseoamasteapmi: oasttát oasi ásodagas ja láiggohat eará oasi suohkanis
glossary-legevakt = doavttir gii lea bargguin go du iežat doavttirkantuvra lea giddejuvvon
