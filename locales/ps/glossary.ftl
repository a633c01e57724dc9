# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = د کور اخیستلو لپاره د کمون پور
glossary-bostotte = د دولت میاشتنۍ تادیه چې د ټیټ عاید پر مهال د کور په لګښتونو کې مرسته کوي
glossary-nav = د کار، مرستو او ټولنیزو خدمتونو دولتي اداره
glossary-husbanken = د کور دولتي بانک
glossary-fodselsnummer = ستاسو د ناروې ۱۱ عددي د پېژندنې شمېره
glossary-d-nummer = د ناروې لنډمهاله د پېژندنې شمېره، د هغو لپاره چې دایمي شمېره نه لري
glossary-vedtak = د دولتي ادارې لیکلې پرېکړه، چې پر هغې اعتراض کولی شئ
glossary-egenandel = هغه برخه چې تاسو یې پخپله ورکوئ
glossary-depositum = د تضمین پیسې چې د کور د کرایه کولو پر مهال یې کور خاوند ته ورکوئ
glossary-tilskudd-til-etablering = د کور اخیستلو لپاره د کمون مالي مرسته، د ټیټ عاید لرونکو لپاره
glossary-midlertidig-botilbud = د اوسېدو لنډمهاله ځای، کله چې د اوسېدو ځای نه لرئ
glossary-vanskeligstilt = د قانون اصطلاح د هغه چا لپاره چې پخپله مناسب کور نه شي موندلی یا ساتلی
glossary-sosialtjenesteloven = د ټولنیزو خدمتونو قانون
glossary-boligsosialloven = هغه قانون چې کمون مکلفوي هغو خلکو سره مرسته وکړي چې د کور ستونزه لري
glossary-forvaltningsloven = د عامه ادارې قانون: هغه قواعد چې دولتي ادارې یې ستاسو د قضیې په څېړلو کې مراعاتوي
glossary-minstefradrag = له مالیې مخکې له عاید څخه ثابت کسر
glossary-skattemelding = د مالیې کلنی اظهارلیک
glossary-skatteetaten = د ناروې د مالیې اداره
glossary-trygdeavgift = د ملي بیمې ونډه، پر عاید مالیه
glossary-trinnskatt = پر لوړ عاید اضافي مالیه
glossary-bolig-forst = «لومړی کور»: لومړی خپل کور، بیا د ساتلو لپاره یې مرسته
glossary-lanekassen = د زده کوونکو د پورونو او مرستو دولتي اداره
glossary-borettslag = د کور تعاوني ټولنه: ونډه اخلئ او هره میاشت ګډ لګښتونه ورکوئ
glossary-sameie = ګډ ملکیت لرونکې ودانۍ: اپارتمان مو خپل دی او پاتې برخه ګډه ده
glossary-deleie = برخه‌یي ملکیت: د کور یوه برخه اخلئ او پاتې یې له کمون څخه کرایه کوئ
glossary-legevakt = بېړنی ډاکټر، کله چې د خپل ډاکټر کلینیک تړلی وي
