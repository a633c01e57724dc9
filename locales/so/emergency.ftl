# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = Wac NAV, ama maanta tag xafiiska NAV. Sidan ayaad caawimo ku heli kartaa.

## The emergency help
emergency-page-title = Caawa meel aad seexato ma haysid? – Husly
emergency-outcome = Markaas waxaad tahay «vanskeligstilt på boligmarkedet» (qof ku dhibaataysan suuqa guryaha), waana arrin degdeg ah. NAV waa inay kaa caawisaa meel aad caawa seexato.
emergency-call = Wac NAV
emergency-call-evening = Haddii ay tahay fiid ama dhammaadka toddobaadka, wac xarunta caafimaadka degdegga (legevakt):
emergency-office = Maanta tag xafiiska NAV
emergency-office-here = Tag xafiiska NAV ee degmada aad hadda joogto.
emergency-office-in = Tag xafiiska NAV ee { $municipality }.
emergency-office-duty = NAV waa inay kaa caawisaa meel aad caawa seexato (hoy ku meel gaar ah, midlertidig botilbud, sosialtjenesteloven § 27).
emergency-say = Waxa aad odhan karto
emergency-say-words = Caawa meel aan seexdo ma haysto, waxaanan u baahanahay hoy ku meel gaar ah.
emergency-say-meaning = Macnaheedu waa:
emergency-say-show = Sidoo kale waad tusi kartaa shaashadda.
emergency-danger = Ma ku jirtaa khatar hadda? Wac booliska:
emergency-continue = Ka jawaab su'aalo kale
emergency-continue-hint = Waa ikhtiyaari. Haddii aad ka jawaabto, waxaad arki doontaa caawimo kale oo kugu habboon, tusaale ahaan guri degmada ka yimaada.

## The needs check's answer
needs-outcome-emergency = Waxaad tahay «vanskeligstilt på boligmarkedet» (qof ku dhibaataysan suuqa guryaha), waana arrin degdeg ah, maxaa yeelay caawa meel aad seexato ma haysid.
needs-law-heading = Waxa tani ku salaysan tahay
explain-needs-no-bed-tonight = Caawa meel aad seexato ma haysid. Markaas waxaad ku dhibaataysan tahay suuqa guryaha, waana arrin degdeg ah.
explain-law-vanskeligstilt = Sharciga mas'uuliyadda degmooyinka ee dhinaca guryaha bulshada (boligsosialloven), laga bilaabo 1 Luulyo 2023: waxaad tahay «vanskeligstilt på boligmarkedet» haddii aadan sababo dhaqaale, bulsho ama caafimaad awgood keligaa u heli karin ama u haysan karin guri ku habboon.
explain-law-individual-help = Boligsosialloven § 6: degmadu waa inay ku siisaa caawimo kuugu habboon adiga iyo waxa aad u baahan tahay, iyadoo kula kaashanaysa.
explain-law-temporary-accommodation = Sosialtjenesteloven § 27: degmadu waa inay u heshaa hoy ku meel gaar ah (midlertidig botilbud) qof kasta oo aan keligiis samayn karin. Xafiiska NAV ayaa tan qabta.
