# Економіка домогосподарства: дохід кожного дорослого, борги й постійні витрати, купівля та
# пояснення до них. Review status: see main.ftl.

## Форма
income-person-heading = Дорослий { $n }
field-income-old-age-single = Ця людина отримує alderspensjon (пенсію за віком) з національного страхування (folketrygden) і не живе разом із чоловіком, дружиною чи партнером
field-income-young-disabled = Ця людина отримує uføretrygd (допомогу з інвалідності) і має права ung ufør (молодої людини з інвалідністю)
source-uforetrygd = Uføretrygd (допомога з інвалідності)
source-benefit = Introduksjonsstønad або kvalifiseringsstønad
estimate-incomplete-income = Напишіть дохід кожного дорослого, 0 — якщо в когось доходу немає.
field-exclusion = Чи стосується щось із цього когось у домогосподарстві?
field-exclusion-hint = Тоді домогосподарство не може отримати bostøtte.
exclusion-none = Ні, нічого з цього
exclusion-student = Студент із підтримкою від Lånekassen, без власних дітей
exclusion-national-service = Проходить строкову або альтернативну службу
exclusion-institution = Живе в установі, яка бере плату залежно від доходу
section-debts = Борги та постійні витрати
section-debts-hint = Startlån має бути посильним на додачу до цього. Залиште порожнім те, чого у вас немає.
debt-consumer = Споживчі кредити та кредитні картки
debt-student = Студентський кредит
debt-car = Автокредит
debt-other = Інші борги
field-debt-monthly = Платіж на місяць
field-debt-balance = Або: скільки ви винні
field-debt-balance-hint = Не знаєте, скільки платите на місяць? Напишіть, скільки ви винні, і ми порахуємо звичайне погашення.
field-childcare = Дитячий садок і SFO (група продовженого дня) на місяць
field-child-support = Аліменти, які ви платите на місяць
field-purchase-kind = Що ви хочете купити?
purchase-borettslag = Частка в borettslag (житловому кооперативі)
purchase-selveier = Повна власність: будинок або квартира в sameie
field-maintenance = Спільні витрати й утримання на місяць для житла, яке ви хочете купити
field-maintenance-hint = Це вказано в оголошенні про продаж: спільні витрати (у borettslag — разом зі спільним боргом) і утримання.
answer-none = Немає

## Результати
income-heading = Дохід після оподаткування
income-result = { $persons ->
    [one] Приблизно { $year } на рік після сплати податку, { $month } на місяць.
    [few] Приблизно { $year } на рік після сплати податку для { $persons } дорослих разом, { $month } на місяць.
    [many] Приблизно { $year } на рік після сплати податку для { $persons } дорослих разом, { $month } на місяць.
   *[other] Приблизно { $year } на рік після сплати податку для { $persons } дорослих разом, { $month } на місяць.
}
startlan-gap-too-large = Бракує приблизно { $amount }. Грант рідко покриває стільки. Що може допомогти: більше власних грошей, дешевше житло (з позикою, яку ви можете виплачувати, підходить ціна близько { $price }) або спільна власність (deleie), якщо комуна її пропонує.
startlan-purchase-costs-estimated = Витрати на купівлю оцінено в { $amount }. У розділі «Як ми рахували» показано, що до них входить.
startlan-fits = Житло, схоже, вам під силу: потрібна позика не більша за ту, яку ви можете виплачувати.
startlan-maintenance-missing = Спільні витрати й утримання не враховано. Їх вказано в оголошенні про продаж: впишіть їх, інакше позика, яку ви можете виплачувати, здаватиметься більшою, ніж є насправді.
explain-tax-pension-deduction-not-included = Податкове відрахування для пенсійного доходу (skattefradrag for pensjonsinntekt) ще не враховано в цьому розрахунку. Тому податок може бути меншим, ніж показано, а дохід після оподаткування — більшим.
old-figures-notice = Деякі цифри в цьому розрахунку стосуються попереднього періоду. Новіших у нас немає, тому ми використовуємо найновіші, які маємо:
old-figure = { $name }: діє { $from }–{ $until }
figure-node-tax-income_tax = Ставки податку
figure-node-tax-minimum_deduction = Мінімальне відрахування
figure-node-living_costs-guideline_rates = Державні рекомендовані норми витрат на проживання
figure-node-bostotte-cost_cap = Верхня межа витрат на житло в bostøtte
figure-node-bostotte-egenandel = Власна частка (egenandel) у bostøtte
figure-node-bostotte-allowances = Надбавки до витрат на житло в bostøtte
figure-node-bostotte-coverage_rate = Частка, яку покриває bostøtte
figure-node-bostotte-income = Майно в bostøtte
figure-node-bostotte-minimum_payout = Найменша виплата bostøtte
figure-node-bostotte-municipality_groups = Групи комун у bostøtte
figure-node-bostotte-weighting = Зважування за кількістю осіб
figure-node-needs-municipal_criteria = Умови комуни
figure-node-startlan-debt_repayment = Звичайне погашення боргу
figure-node-startlan-deleie = Спільна власність (deleie)
figure-node-startlan-grant = Tilskudd til etablering (грант)
figure-node-startlan-policy_rate = Облікова ставка
figure-node-startlan-purchase_costs = Витрати на купівлю
figure-node-startlan-stress = Стрес-тест процентної ставки
figure-node-startlan-term = Строк погашення
figure-per-year = { $value } на рік
figure-per-month = { $value } на місяць
figure-years = { $n } р.
figure-months = { $n } міс.
figure-node-startlan-interest = Процентна ставка startlån

chart-axis-y = Bostøtte на місяць (до { $max })
chart-axis-x = Річний дохід домогосподарства до оподаткування (від 0 до { $max })

## Як ми рахували
explain-tax-person = Дорослий { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad і kvalifiseringsstønad не є особистим доходом: з них не сплачують trygdeavgift і trinnskatt.
explain-income-household = Усі дорослі разом: { $gross } до оподаткування, податок { $total_tax }, { $net } після оподаткування на рік.
error-more-incomes-than-adults = Вказано більше доходів, ніж є дорослих у домогосподарстві.
explain-bostotte-egenandel-special = Домогосподарство має меншу власну частку (egenandel), бо { $group }.
egenandel-group-single-old-age = самотня людина отримує alderspensjon
egenandel-group-young-disabled = хтось отримує uføretrygd як ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } на місяць.
explain-startlan-debt-balance = { $debt }: ви винні { $balance }. Ми рахуємо погашення протягом { $years } { $years ->
        [one] року
       *[other] років
    } під { $rate } річних, це { $monthly } на місяць.
explain-startlan-fixed-costs = З дитячим садком і SFO { $childcare } та аліментами { $child_support } постійні витрати становлять { $total } на місяць.
explain-startlan-own-rate-above-stress = Власна ставка позики, { $rate }, вища за ставку стрес-тесту { $stress_rate }. Позику треба мати змогу виплачувати і за такої ставки.
explain-startlan-purchase-costs-selveier = Витрати на купівлю житла в повній власності за { $price }: dokumentavgift і реєстрація права власності та іпотеки, разом { $costs }.
explain-startlan-purchase-costs-borettslag = За частку в borettslag dokumentavgift не сплачують. Реєстрація застави коштує { $costs }. Власний збір borettslag за зміну власника сюди не входить.
explain-startlan-grant-need = Те, чого бракує, { $gap }, можливо, покриє tilskudd til etablering (грант). Запитайте комуну. З позикою, яку ви можете виплачувати, підходить ціна близько { $affordable_price }.
explain-startlan-gap-too-large = Те, чого бракує, { $gap }, більше, ніж зазвичай покриває грант. З позикою, яку ви можете виплачувати, і власними грошима підходить ціна близько { $affordable_price }.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = Startlån розраховано за правилами комуни { $municipality }, чинними з { $date }.
estimates-terms-national = Husly не має власних правил для комуни { $municipality }; використано загальнонаціональні умови.
estimates-terms-loading = Отримуємо правила комуни …
estimates-terms-unavailable = Не вдалося отримати власні правила комуни; використано загальнонаціональні умови.
rent-or-buy-open = Оренда чи власне житло? Подивіться, скільки це коштує вам щомісяця і що заважає
ownership-heading = Власність на частину житла
ownership-deleie-what = Спільна власність (deleie): ви купуєте частину житла за startlån, а решта належить комуні. Ви живете в усьому житлі й щомісяця платите комуні за її частину. Пізніше можна докупити більше.
ownership-leie-til-eie-what = Leie til eie (оренда з викупом): ви купуєте частину житла зараз і орендуєте решту. Через кілька років ви купуєте решту.
ownership-share-label = Яку частку ви купили б за спільної власності (deleie)?
ownership-price-missing = Вкажіть ціну житла, яке хочете купити (у розділі «Якщо ви хочете купити житло»), і ми покажемо, скільки щомісяця коштують deleie та leie til eie порівняно з орендою та позикою на все житло.
ownership-caption = Скільки щомісяця коштує оренда, власність на частку і власність на все житло
ownership-column-choice = Спосіб проживання
ownership-column-monthly = На місяць
ownership-column-loan = Startlån
ownership-column-owned = Вам належить
ownership-renting = Оренда, як зараз
ownership-deleie = Спільна власність (deleie)
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = Усе житло за startlån
ownership-no-loan = Немає
ownership-short = Бракує { $amount }
ownership-owns-nothing = Нічого
ownership-owns-share = { $share } житла ({ $value })
ownership-owns-share-then-rest = { $share } зараз ({ $value }). Решту ({ $rest } за сьогоднішньою ціною) ви купуєте через { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }.
ownership-owns-whole = Усе житло ({ $value })
ownership-renting-how = Оренда: те, що ви вказали як свої житлові витрати зараз.
ownership-monthly-note = Для deleie та leie til eie щомісячна сума — це платіж за позикою плюс те, що ви платите за частину, яка вам не належить. Коли ви власник, додаються спільні витрати й утримання.
figure-profile-offers-deleie-minimum_share = Найменша частка, яку можна купити за deleie
figure-profile-offers-deleie-compensation_rate = Що ви платите комуні за її частку, на рік
figure-profile-offers-leie_til_eie-first_share = Частка, яку ви купуєте спочатку за leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = Коли ви купуєте решту за leie til eie
figure-profile-offers-leie_til_eie-rent_rate = Орендна плата за ще не куплену частину, на рік
figure-profile-startlan-interest_margin = Надбавка комуни до ставки Husbanken
figure-profile-startlan-interest_rate = Ставка комуни за startlån
figure-profile-startlan-stress_add_on = Надбавка комуни в стрес-тесті
figure-profile-startlan-longest_term_years = Найдовший строк погашення в комуні
