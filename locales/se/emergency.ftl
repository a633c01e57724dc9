# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Riŋge NAV:ii, dahje mana NAV-kantuvrii otne. Nu oaččut veahki.

## The emergency help
emergency-page-title = Ii go dus leat oađđinsadji ihkku? – Husly
emergency-outcome = De don leat «vanskeligstilt på boligmarkedet» (váttis dilis ássanmárkanis), ja das lea hoahppu. NAV galgá veahkehit du gávdnat oađđinsaji ihkku.
emergency-call = Riŋge NAV:ii
emergency-call-evening = Jus lea eahket dahje vahkkoloahppa, riŋge dearvvašvuođa váktaguovddážii (legevakt):
emergency-office = Mana NAV-kantuvrii otne
emergency-office-here = Mana NAV-kantuvrii dan suohkanis gos don leat dál.
emergency-office-in = Mana NAV-kantuvrii { $municipality } suohkanis.
emergency-office-duty = NAV galgá veahkehit du gávdnat oađđinsaji ihkku (gaskaboddosaš ássanbáiki, midlertidig botilbud, sosialtjenesteloven § 27).
emergency-say = Dán sáhtát dadjat
emergency-say-words = Mus ii leat oađđinsadji ihkku, ja mun dárbbašan gaskaboddosaš ássanbáikki.
emergency-say-meaning = Dat mearkkaša:
emergency-say-show = Sáhtát maiddái čájehit sidjiide šearpma.
emergency-danger = Leat go don várás dál? Riŋge politiijaide:
emergency-continue = Vástit eanet gažaldagaide
emergency-continue-hint = Dat lea eaktodáhtolaš. Jus vástidat, de oainnát makkár eará veahkki sáhttá heivet dutnje, omd. suohkana ássanbáiki.

## The needs check's answer
needs-outcome-emergency = Don leat «vanskeligstilt på boligmarkedet» (váttis dilis ássanmárkanis), ja das lea hoahppu, go dus ii leat oađđinsadji ihkku.
needs-law-heading = Dát vuođđuduvvá dása
explain-needs-no-bed-tonight = Dus ii leat oađđinsadji ihkku. De don leat váttis dilis ássanmárkanis, ja das lea hoahppu.
explain-law-vanskeligstilt = Láhka suohkaniid ovddasvástádusa birra ássansosiála suorggis (boligsosialloven), 1.7.2023 rájes: don leat «vanskeligstilt på boligmarkedet» jus it ekonomalaš, sosiála dahje dearvvašvuođalaš sivaid geažil nagot ieš háhkat dahje doalahit heivvolaš ássanbáikki.
explain-law-individual-help = Boligsosialloven § 6: Suohkan galgá addit dutnje veahki mii lea heivehuvvon dutnje ja dasa maid don dárbbašat, ovttasráđiid duinna.
explain-law-temporary-accommodation = Sosialtjenesteloven § 27: Suohkan galgá gávdnat gaskaboddosaš ássanbáikki (midlertidig botilbud) sutnje gii ii nagot dan ieš. NAV-kantuvra dahká dan.
