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
criteria-national-default = We do not have your municipality's own criteria yet. These are the usual criteria for a municipal rental home. Your municipality may have others.
criteria-national-municipality = Most municipalities
criterion-residence-permit-met = { $municipality } requires a residence permit for a municipal rental home. You have a residence permit.
criterion-residence-permit-not-met = { $municipality } requires a residence permit for a municipal rental home. You answered that you do not have one.
criterion-residence-permit-unknown = { $municipality } requires a residence permit for a municipal rental home. We do not know whether you have one.
criterion-residence-years-met = { $municipality } requires you to have lived in the municipality for the last { $years } years. You have lived there for { $answered ->
        [one] one year
       *[other] { $answered } years
    }.
criterion-residence-years-not-met = { $municipality } requires you to have lived in the municipality for the last { $years } years. You have lived there for { $answered ->
        [one] one year
       *[other] { $answered } years
    }, so this requirement is not met.
criterion-residence-years-unknown = { $municipality } requires you to have lived in the municipality for the last { $years } years. We do not know how long you have lived there.
criterion-min-age-met = { $municipality } requires you to be at least { $age }. You are { $answered }.
criterion-min-age-met-caring-for-children = { $municipality } requires you to be at least { $age }, but makes an exception when you care for children. You are { $answered } and care for children.
criterion-min-age-not-met = { $municipality } requires you to be at least { $age }. You are { $answered }, so this requirement is not met.
criterion-min-age-unknown = { $municipality } requires you to be at least { $age }. We do not know your age.
criterion-min-age-unknown-children = { $municipality } requires you to be at least { $age }, but makes an exception when you care for children. You are { $answered }. We do not know whether you care for children.
criterion-lease-ending-met = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. Yours ends in { $answered ->
        [one] one month
       *[other] { $answered } months
    }.
criterion-lease-ending-not-met = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. Yours ends in { $answered ->
        [one] one month
       *[other] { $answered } months
    }, so it does not count yet.
criterion-lease-ending-unknown = { $municipality } counts you as at risk of losing your home when your lease ends within { $months } months without a right to renew it. We do not know when yours ends.
criterion-leaving-institution-met = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. You leave in { $answered ->
        [one] one month
       *[other] { $answered } months
    }.
criterion-leaving-institution-not-met = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. You leave in { $answered ->
        [one] one month
       *[other] { $answered } months
    }, so it does not count yet.
criterion-leaving-institution-unknown = { $municipality } counts you as without a home when you leave an institution or prison within { $months } months with nowhere to live. We do not know when you leave.
why-rental-home-criterion-not-met = You do not seem to meet all the municipality's requirements for a municipal rental home. The municipality can make exceptions, so ask it all the same.
explain-needs-help-not-offered = { $municipality } does not offer this, so we do not suggest it: { $help }.
explain-startlan-leie-til-eie = With rent-to-own you buy { $share } of the home now for { $share_price }, and rent the rest for { $rent } a month. Loan: { $loan }. Missing: { $grant_need }. In all { $monthly_total } a month. After { $years } years you buy the rest, worth { $rest_price } today.
