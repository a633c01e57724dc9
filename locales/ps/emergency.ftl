# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = NAV ته زنګ ووهئ، یا نن د NAV دفتر ته ورشئ. داسې مرسته ترلاسه کوئ.

## The emergency help
emergency-page-title = نن شپه د ویده کېدو ځای نه لرئ؟ – Husly
emergency-outcome = نو تاسو «vanskeligstilt på boligmarkedet» (د کور په بازار کې په ستونزمن حالت کې) یاست، او چاره بیړنۍ ده. NAV باید مرسته وکړي چې نن شپه د ویده کېدو ځای پیدا کړئ.
emergency-call = NAV ته زنګ ووهئ
emergency-call-evening = که ماښام یا د اونۍ پای وي، بیړني طبي مرکز (legevakt) ته زنګ ووهئ:
emergency-office = نن د NAV دفتر ته ورشئ
emergency-office-here = د هغه کمون د NAV دفتر ته ورشئ چې اوس پکې یاست.
emergency-office-in = په { $municipality } کې د NAV دفتر ته ورشئ.
emergency-office-duty = NAV باید مرسته وکړي چې نن شپه د ویده کېدو ځای پیدا کړئ (لنډمهاله استوګنځی، midlertidig botilbud، sosialtjenesteloven § 27).
emergency-say = څه ویلای شئ
emergency-say-words = نن شپه د ویده کېدو ځای نه لرم، او لنډمهاله استوګنځي ته اړتیا لرم.
emergency-say-meaning = مانا یې دا ده:
emergency-say-show = تاسو کولی شئ دوی ته سکرین هم وښیئ.
emergency-danger = ایا اوس په خطر کې یاست؟ پولیسو ته زنګ ووهئ:
emergency-continue = نورو پوښتنو ته ځواب ورکړئ
emergency-continue-hint = دا اختیاري ده. که ځواب ورکړئ، وینئ چې نوره کومه مرسته ښايي تاسو ته مناسبه وي، د بېلګې په توګه د کمون کور.

## The needs check's answer
needs-outcome-emergency = تاسو «vanskeligstilt på boligmarkedet» (د کور په بازار کې په ستونزمن حالت کې) یاست، او چاره بیړنۍ ده، ځکه چې نن شپه د ویده کېدو ځای نه لرئ.
needs-law-heading = دا پر څه ولاړ دی
explain-needs-no-bed-tonight = نن شپه د ویده کېدو ځای نه لرئ. نو تاسو د کور په بازار کې په ستونزمن حالت کې یاست، او چاره بیړنۍ ده.
explain-law-vanskeligstilt = د ټولنیز کور په برخه کې د کمونونو د مسؤلیت قانون (boligsosialloven)، له 1 جولای 2023 راهیسې: تاسو «vanskeligstilt på boligmarkedet» یاست که د مالي، ټولنیزو یا روغتیايي لاملونو له امله پخپله مناسب کور پیدا نه کړای شئ یا یې ونه ساتلای شئ.
explain-law-individual-help = د boligsosialloven § 6 له مخې، کمون باید ستاسو په همکارۍ تاسو ته داسې مرسته درکړي چې له تاسو او ستاسو له اړتیاوو سره برابره وي.
explain-law-temporary-accommodation = د sosialtjenesteloven § 27 له مخې، کمون باید د هغه چا لپاره لنډمهاله استوګنځی (midlertidig botilbud) پیدا کړي چې پخپله یې نه شي کولی. دا کار د NAV دفتر کوي.
