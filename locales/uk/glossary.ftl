# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = позика від комуни на купівлю житла
glossary-bostotte = щомісячна виплата від держави на житлові витрати, коли дохід низький
glossary-nav = державна служба праці, виплат і соціальних послуг
glossary-husbanken = державний житловий банк
glossary-fodselsnummer = ваш 11-значний норвезький ідентифікаційний номер
glossary-d-nummer = тимчасовий норвезький ідентифікаційний номер для тих, хто не має постійного
glossary-vedtak = письмове рішення державної установи, яке можна оскаржити
glossary-egenandel = частина, яку ви платите самі
glossary-depositum = застава, яку ви платите власникові, коли винаймаєте житло
glossary-tilskudd-til-etablering = грант від комуни на купівлю житла для людей з низьким доходом
glossary-midlertidig-botilbud = тимчасове місце, де можна жити, коли вам ніде жити
glossary-vanskeligstilt = так закон називає людину, яка сама не може знайти або зберегти придатне житло
glossary-sosialtjenesteloven = Закон про соціальні послуги
glossary-boligsosialloven = закон про обов’язок комуни допомагати людям із житлом
glossary-forvaltningsloven = Закон про державне управління: правила, за якими установи розглядають вашу справу
glossary-minstefradrag = стандартне відрахування з доходу перед податком
glossary-skattemelding = щорічна податкова декларація
glossary-skatteetaten = податкова служба Норвегії
glossary-trygdeavgift = внесок на національне страхування, податок на дохід
glossary-trinnskatt = прогресивний податок, додатковий податок на вищі доходи
glossary-bolig-forst = «Спершу житло»: спершу власне житло, потім допомога, щоб його зберегти
glossary-lanekassen = державна установа студентських позик і стипендій
glossary-borettslag = житловий кооператив: ви купуєте частку і щомісяця платите спільні витрати
glossary-sameie = будинок у спільній власності: ваша квартира ваша, решта спільна
glossary-deleie = часткова власність: ви купуєте частину житла, а решту орендуєте в комуни
glossary-legevakt = невідкладний лікар, коли ваш лікар не працює
