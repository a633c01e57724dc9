# Тексти для пояснень, рішень і помилок крейту rules. Review status: see main.ftl.

## Як ми рахували: дохід і податок
explain-income-gross-given = Ви вказали дохід до оподаткування: { $gross } на рік. Після сплати податку це приблизно { $net }.
explain-income-net-given = Ви вказали дохід після оподаткування. Це приблизно { $gross } на рік до податку і { $net } після податку.
explain-tax-minimum-deduction = Мінімальне відрахування з { $gross } становить { $deduction }.
explain-tax-ordinary-income = Звичайний дохід після відрахувань становить { $ordinary_income }. Податок на нього — { $tax }.
explain-tax-trygdeavgift = Внесок на національне страхування (trygdeavgift) становить { $trygdeavgift }.
explain-tax-trinnskatt = Прогресивний податок (trinnskatt) становить { $trinnskatt }.
explain-tax-net = Загальний податок — приблизно { $total_tax }. У вас залишається { $net } на рік.

## Як ми рахували: bostøtte
explain-bostotte-costs = Витрати на житло — { $monthly_cost } на місяць. До них додається фіксована сума на опалення, { $heating } на рік.
explain-bostotte-house-operating = Для будинку також враховується { $amount } на рік на утримання.
explain-bostotte-cost-cap = Для { $persons ->
        [one] однієї особи
       *[other] { $persons } осіб
    } у { $municipality } (група { $group }) витрати на житло враховуються до { $cap } на рік.
explain-bostotte-counted-costs = Витрати на житло становлять { $costs } на рік. Ми враховуємо { $counted }, бо межа — { $cap }.
explain-bostotte-income = Дохід — { $gross_income }. З майна враховується { $wealth_part }. Разом { $income }.
explain-bostotte-weighting = { $persons ->
        [1] Ви живете самі, тому дохід враховується як є: { $weighted } на рік.
       *[other] Дохід ділиться на { $factor }, бо разом живе { $persons } осіб. Це дає { $weighted } на рік.
    }
explain-bostotte-egenandel = Ваша власна частка (egenandel), яку ви платите самі, — { $egenandel } на рік.
explain-bostotte-coverage = Bostøtte покриває { $rate } витрат на житло понад вашу частку. Це { $monthly } на місяць.
explain-bostotte-below-minimum = Сума менша за { $minimum } на місяць. Такі малі суми не виплачуються.
explain-bostotte-excluded-student = Студенти, які можуть отримувати підтримку від Lånekassen і не мають дітей, не можуть отримати bostøtte.
explain-bostotte-excluded-national-service = Особи на строковій або альтернативній службі не можуть отримати bostøtte.
explain-bostotte-excluded-institution = Особи, які живуть в установі й платять залежно від доходу, не можуть отримати bostøtte.
explain-bostotte-no-home = Bostøtte надається тим, хто має власне житло і сплачує витрати на нього.

## Як ми рахували: startlån
explain-startlan-living-floor = Державні норми витрат на проживання для { $adults ->
        [one] одного дорослого
       *[other] { $adults } дорослих
    } і { $children ->
        [0] без дітей
        [one] однієї дитини
       *[other] { $children } дітей
    } становлять { $floor } на місяць. Ми ніколи не рахуємо менше.
explain-startlan-living-raised-to-floor = Ви вказали витрати на проживання, нижчі за державні норми. Ми рахуємо { $floor }.
explain-startlan-available = Дохід після податку — { $net_income } на місяць. Мінус проживання { $living_costs }, інші постійні витрати { $other_fixed_costs } та утримання і спільні витрати { $maintenance }: на позику залишається { $available }.
explain-startlan-rate = Процентна ставка — { $rate } (плаваюча ставка Husbanken плюс надбавка комуни).
explain-startlan-rate-municipal = Процентна ставка — { $rate }, як її встановила комуна.
explain-startlan-stress-rate = Ви маєте витримати ставку { $stress_rate } (облікова ставка плюс надбавка).
explain-startlan-max-loan = За { $years } років ви можете виплачувати позику приблизно { $max_loan }.
explain-startlan-long-term-applies = Умови для виплати протягом { $years } років, схоже, виконано. Тоді ви можете виплачувати приблизно { $max_loan }.
explain-startlan-long-term-not-met = За { $years } років ви могли б виплачувати приблизно { $max_loan }, але за вашими відповідями умови для такого строку не виконано.
explain-startlan-purchase = Житло коштує { $price }, а купівля коштує ще { $costs }. Вам потрібно позичити { $loan_needed }. Ви, ймовірно, зможете виплачувати { $loan } по { $monthly } на місяць.
explain-startlan-deleie = При спільній власності ви купуєте { $share } житла за { $share_price } і платите комуні { $compensation } на місяць за решту. Позика: { $loan }. Бракує: { $grant_need }. Разом { $monthly_total } на місяць.

## Перевірка потреб
explain-needs-homeless = У вас немає постійного місця проживання.
explain-needs-at-risk = Ви можете втратити житло.
explain-needs-unsuitable = Ваше житло або район вам не підходять.
explain-needs-yes = За вашими відповідями, ви можете бути в скрутному становищі на ринку житла. Комуна має оцінити, яка допомога вам потрібна.
explain-needs-maybe = Ви можете бути в скрутному становищі на ринку житла. Комуна має розглянути вашу ситуацію.
explain-needs-no = За вашими відповідями, ви, схоже, не в скрутному становищі на ринку житла. Ви все одно можете отримати пораду.
explain-needs-rental-home-criteria = Багато комун вимагають, щоб вам було понад 18 років і ви прожили в комуні кілька років, щоб отримати комунальне житло.
reason-without-home = Ви без житла.
reason-at-risk-of-losing-home = Вам загрожує втрата житла.
reason-unsuitable-home = Ви живете в житлі або районі, які вам не підходять.
reason-financial = Через фінанси вам важко отримати або зберегти житло.
reason-health = Через здоров'я або інвалідність вам важко отримати або зберегти житло.
reason-social = Через соціальні обставини вам важко отримати або зберегти житло.
why-no-bed-tonight = Вам нема де спати цієї ночі. NAV має допомогти вам із тимчасовим житлом.
why-homeless-and-health = Ви без житла і маєте проблеми зі здоров'ям. «Спершу житло» (Bolig først) дає постійне житло з підтримкою.
why-rental-home-criteria-met = Ви, схоже, відповідаєте звичайним вимогам для комунального житла.
why-rental-home-ask-municipality = Запитайте комуну про вимоги для комунального житла.
why-deposit-to-rent = NAV може гарантувати депозит, щоб ви могли орендувати житло.
why-debt-or-arrears = У вас є борги або заборгованість з оренди. NAV може допомогти з фінансами.
why-support-to-keep-home = Ви можете отримати підтримку вдома, щоб упоратися з проживанням.
why-bostotte-estimate-positive = Розрахунок показує, що ви можете отримати bostøtte.
why-startlan-bank-refused = Банк відмовив у позиці. Startlån — для тих, хто не може отримати позику у звичайному банку.
why-startlan-capacity = Розрахунок показує, що ви можете виплачувати позику.
why-grant-gap = Позика не покриває всю вартість житла. Решту може покрити грант.
why-home-not-accessible = Житло не підходить для вашої інвалідності.
why-advice-always = Комуна і NAV консультують щодо житла, фінансів і ваших прав.
help-where-nav = Подайте заяву у своєму офісі NAV.
help-where-municipality = Подайте заяву до комуни.
help-where-husbanken = Подайте заяву на husbanken.no.
bring-id = Документ, що посвідчує особу
bring-income = Відомості про дохід
bring-lease = Договір оренди
bring-lease-offer = Пропозиція договору оренди
bring-debts = Відомості про борги
bring-bills = Рахунки та нагадування
bring-housing-costs = Відомості про витрати на житло
bring-tax-return = Податкова декларація
bring-bank-refusal = Відмова банку
bring-health-documentation = Документи про стан здоров'я або інвалідність

## Помилки
error-no-adults = У домогосподарстві має бути принаймні один дорослий.
error-negative-amount = Сума не може бути меншою за нуль.
error-absurd-amount = Сума більша, ніж ми можемо розрахувати. Перевірте, чи вона правильна.
error-child-age = Дітям має бути менше 18 років. Осіб від 18 років рахуйте дорослими.
error-too-many-persons = У домогосподарстві більше осіб, ніж ми можемо розрахувати.
error-unknown-municipality = Ми не знаходимо комуну. Напишіть назву або чотиризначний номер.
error-municipality-not-in-force = Цей номер комуни не діяв на цю дату.
error-no-parameters = У нас немає ставок на цю дату.
error-out-of-range = Число поза межами того, що ми можемо розрахувати.
error-invalid-input = Щось у відповідях не вдалося прочитати.
error-io = Щось пішло не так. Спробуйте ще раз.
error-invalid-national-id = Персональний номер (fødselsnummer) або D-номер неправильний. Він має 11 цифр.
error-required = Це поле потрібно заповнити.
error-invalid-text = Текст задовгий або містить символи, які ми не можемо прийняти.

## The municipality's own criteria and offers (its profile)
criteria-national-default = Ми ще не маємо власних критеріїв вашої комуни. Це звичайні критерії для комунального орендного житла. Ваша комуна може мати інші.
criteria-national-municipality = Комуна зазвичай
criterion-residence-permit-met = { $municipality } вимагає дозволу на проживання для комунального орендного житла. У вас є дозвіл на проживання.
criterion-residence-permit-not-met = { $municipality } вимагає дозволу на проживання для комунального орендного житла. Ви відповіли, що у вас його немає.
criterion-residence-permit-unknown = { $municipality } вимагає дозволу на проживання для комунального орендного житла. Ми не знаємо, чи він у вас є.
criterion-residence-years-met = { $municipality } вимагає, щоб ви прожили в комуні останні { $years } р. Ви живете там { $answered ->
        [one] { $answered } рік
        [few] { $answered } роки
        [many] { $answered } років
       *[other] { $answered } року
    }.
criterion-residence-years-not-met = { $municipality } вимагає, щоб ви прожили в комуні останні { $years } р. Ви живете там { $answered ->
        [one] { $answered } рік
        [few] { $answered } роки
        [many] { $answered } років
       *[other] { $answered } року
    }, тож цю вимогу не виконано.
criterion-residence-years-unknown = { $municipality } вимагає, щоб ви прожили в комуні останні { $years } р. Ми не знаємо, як довго ви там живете.
criterion-min-age-met = { $municipality } вимагає, щоб вам було щонайменше { $age } р. Вам { $answered } р.
criterion-min-age-met-caring-for-children = { $municipality } вимагає, щоб вам було щонайменше { $age } р., але робить виняток, якщо ви доглядаєте дітей. Вам { $answered } р., і ви доглядаєте дітей.
criterion-min-age-not-met = { $municipality } вимагає, щоб вам було щонайменше { $age } р. Вам { $answered } р., тож цю вимогу не виконано.
criterion-min-age-unknown = { $municipality } вимагає, щоб вам було щонайменше { $age } р. Ми не знаємо вашого віку.
criterion-min-age-unknown-children = { $municipality } вимагає, щоб вам було щонайменше { $age } р., але робить виняток, якщо ви доглядаєте дітей. Вам { $answered } р. Ми не знаємо, чи доглядаєте ви дітей.
criterion-lease-ending-met = { $municipality } вважає, що ви ризикуєте втратити житло, якщо ваш договір оренди закінчується протягом { $months } міс. без права на продовження. Ваш закінчується через { $answered ->
        [one] { $answered } місяць
        [few] { $answered } місяці
        [many] { $answered } місяців
       *[other] { $answered } місяця
    }.
criterion-lease-ending-not-met = { $municipality } вважає, що ви ризикуєте втратити житло, якщо ваш договір оренди закінчується протягом { $months } міс. без права на продовження. Ваш закінчується через { $answered ->
        [one] { $answered } місяць
        [few] { $answered } місяці
        [many] { $answered } місяців
       *[other] { $answered } місяця
    }, тож це поки не враховується.
criterion-lease-ending-unknown = { $municipality } вважає, що ви ризикуєте втратити житло, якщо ваш договір оренди закінчується протягом { $months } міс. без права на продовження. Ми не знаємо, коли закінчується ваш.
criterion-leaving-institution-met = { $municipality } вважає вас особою без житла, якщо ви виходите з установи чи в’язниці протягом { $months } міс. і вам ніде жити. Ви виходите через { $answered ->
        [one] { $answered } місяць
        [few] { $answered } місяці
        [many] { $answered } місяців
       *[other] { $answered } місяця
    }.
criterion-leaving-institution-not-met = { $municipality } вважає вас особою без житла, якщо ви виходите з установи чи в’язниці протягом { $months } міс. і вам ніде жити. Ви виходите через { $answered ->
        [one] { $answered } місяць
        [few] { $answered } місяці
        [many] { $answered } місяців
       *[other] { $answered } місяця
    }, тож це поки не враховується.
criterion-leaving-institution-unknown = { $municipality } вважає вас особою без житла, якщо ви виходите з установи чи в’язниці протягом { $months } міс. і вам ніде жити. Ми не знаємо, коли ви виходите.
why-rental-home-criterion-not-met = Схоже, ви не відповідаєте всім вимогам комуни щодо комунального орендного житла. Комуна може робити винятки, тож усе одно запитайте.
explain-needs-help-not-offered = { $municipality } цього не пропонує, тому ми цього не радимо: { $help }.
explain-startlan-leie-til-eie = За leie til eie ви купуєте { $share } житла зараз за { $share_price } і орендуєте решту за { $rent } на місяць. Позика: { $loan }. Бракує: { $grant_need }. Разом { $monthly_total } на місяць. Через { $years } р. ви купуєте решту, яка сьогодні коштує { $rest_price }.
