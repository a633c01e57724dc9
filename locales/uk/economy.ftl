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
estimates-terms-own = The startlån is calculated with the rules of { $municipality }, in force from { $date }.
estimates-terms-national = Husly has no rules for { $municipality }; the national terms are used.
estimates-terms-loading = Fetching the municipality's rules …
estimates-terms-unavailable = We could not fetch the municipality's own rules; the national terms are used.
ownership-heading = Owning part of the home
ownership-deleie-what = Deleie (shared ownership): you buy part of the home with a startlån and the municipality owns the rest. You live in the whole home and pay the municipality each month for its part. You can buy more later.
ownership-leie-til-eie-what = Leie til eie (rent to own): you buy part of the home now and rent the rest. After some years you buy the rest.
ownership-share-label = How large a share would you buy with deleie?
ownership-price-missing = Type the price of the home you want to buy (under "If you want to buy a home") and we show what deleie and leie til eie cost each month beside renting and borrowing for the whole home.
ownership-caption = What renting, owning a share and owning the whole home cost each month
ownership-column-choice = Way to live
ownership-column-monthly = Per month
ownership-column-loan = Startlån
ownership-column-owned = You own
ownership-renting = Renting, as today
ownership-deleie = Deleie
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = The whole home with startlån
ownership-no-loan = None
ownership-short = { $amount } short
ownership-owns-nothing = Nothing
ownership-owns-share = { $share } of the home ({ $value })
ownership-owns-share-then-rest = { $share } now ({ $value }). You buy the rest ({ $rest } at today's price) after { $years ->
        [one] one year
       *[other] { $years } years
    }.
ownership-owns-whole = The whole home ({ $value })
ownership-renting-how = Renting: what you typed as your housing costs today.
ownership-monthly-note = For deleie and leie til eie, the monthly amount is the loan's payment plus what you pay for the part you do not own. Common costs and maintenance come in addition when you own.
figure-profile-offers-deleie-minimum_share = The smallest share you can buy with deleie
figure-profile-offers-deleie-compensation_rate = What you pay the municipality for its share, per year
figure-profile-offers-leie_til_eie-first_share = The share you buy first with leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = When you buy the rest with leie til eie
figure-profile-offers-leie_til_eie-rent_rate = The rent for the part not yet bought, per year
figure-profile-startlan-interest_margin = The municipality's margin on Husbanken's rate
figure-profile-startlan-interest_rate = The municipality's startlån rate
figure-profile-startlan-stress_add_on = The municipality's add-on in the stress test
figure-profile-startlan-longest_term_years = The municipality's longest term
