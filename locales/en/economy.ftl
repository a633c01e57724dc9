# The household's economy: each adult's income, debts and fixed costs, the purchase, and how they
# are explained. Review status: see main.ftl.

## The form
income-person-heading = Adult { $n }
field-income-old-age-single = This person gets alderspensjon (old-age pension) from the National Insurance and does not live with a spouse or partner
field-income-young-disabled = This person gets uføretrygd and has the rights of ung ufør (disabled young)
source-uforetrygd = Uføretrygd (disability benefit)
source-benefit = Introduksjonsstønad or kvalifiseringsstønad
estimate-incomplete-income = Write each adult's income, 0 if someone has none.
field-exclusion = Does any of this apply to someone in the household?
field-exclusion-hint = Then the household cannot get bostøtte.
exclusion-none = No, none of this
exclusion-student = A student supported by Lånekassen, without children of their own
exclusion-national-service = Doing national or civilian service
exclusion-institution = Living in an institution that charges by income
section-debts = Debts and fixed costs
section-debts-hint = A startlån must be affordable alongside these. Leave empty what you do not have.
debt-consumer = Consumer loans and credit cards
debt-student = Student loan
debt-car = Car loan
debt-other = Other debt
field-debt-monthly = Payment per month
field-debt-balance = Or: how much you owe
field-debt-balance-hint = Do not know the monthly payment? Write how much you owe, and we count a usual repayment.
field-childcare = Kindergarten and after-school care per month
field-child-support = Child support you pay per month
field-purchase-kind = What do you want to buy?
purchase-borettslag = A share in a borettslag (housing cooperative)
purchase-selveier = Freehold: a house, or a flat in a sameie
field-maintenance = Common costs and upkeep per month of the home you want to buy
field-maintenance-hint = It is in the sales prospectus: common costs (in a borettslag with its shared debt) and upkeep.
answer-none = None

## The results
income-heading = Income after tax
income-result = { $persons ->
    [one] About { $year } a year after tax, { $month } a month.
   *[other] About { $year } a year after tax for the { $persons } adults together, { $month } a month.
}
startlan-gap-too-large = About { $amount } is missing. A grant rarely covers that much. What could help: more savings, a cheaper home (with the loan you can carry, a price around { $price } fits), or deleie if the municipality offers it.
startlan-purchase-costs-estimated = The costs of buying are estimated at { $amount }. "How we calculated" shows what is included.
startlan-fits = The home looks affordable: the loan you need is within what you can carry.
startlan-maintenance-missing = Common costs and upkeep are not included. They are in the sales prospectus: type them in, or the loan you can carry looks larger than it is.
explain-tax-pension-deduction-not-included = The tax deduction for pension income (skattefradrag for pensjonsinntekt) is not in this estimate yet. The tax may therefore be lower than shown, and the income after tax higher.
old-figures-notice = Some figures in this estimate are for an earlier period. We have no newer ones, and use the newest we have:
old-figure = { $name }: valid { $from }–{ $until }
figure-node-tax-income_tax = The tax rates
figure-node-tax-minimum_deduction = The minimum deduction
figure-node-living_costs-guideline_rates = The state guideline rates for living costs
figure-node-bostotte-cost_cap = The cap on housing costs in bostøtte
figure-node-bostotte-egenandel = The egenandel (own share) in bostøtte
figure-node-bostotte-allowances = Additions to housing costs in bostøtte
figure-node-bostotte-coverage_rate = The share bostøtte covers
figure-node-bostotte-income = Wealth in bostøtte
figure-node-bostotte-minimum_payout = The smallest bostøtte paid
figure-node-bostotte-municipality_groups = The municipality groups in bostøtte
figure-node-bostotte-weighting = Weighting by household size
figure-node-needs-municipal_criteria = The municipality's conditions
figure-node-startlan-debt_repayment = Usual repayment of a debt
figure-node-startlan-deleie = Deleie (part ownership)
figure-node-startlan-grant = Tilskudd til etablering (grant)
figure-node-startlan-policy_rate = The policy rate
figure-node-startlan-purchase_costs = Costs of buying
figure-node-startlan-stress = The interest stress test
figure-node-startlan-term = The repayment term
figure-per-year = { $value } a year
figure-per-month = { $value } a month
figure-years = { $n } years
figure-months = { $n } months
figure-node-startlan-interest = The startlån interest rate

chart-axis-y = Bostøtte per month (up to { $max })
chart-axis-x = The household's income per year before tax (0 to { $max })

## How we calculated
explain-tax-person = Adult { $person }: { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad and kvalifiseringsstønad are not personal income: no trygdeavgift or trinnskatt is paid on them.
explain-income-household = All adults together: { $gross } before tax, tax { $total_tax }, { $net } after tax a year.
error-more-incomes-than-adults = More incomes are given than there are adults in the household.
explain-bostotte-egenandel-special = The household has a lower egenandel because { $group }.
egenandel-group-single-old-age = a single person gets alderspensjon
egenandel-group-young-disabled = someone has uføretrygd as ung ufør
explain-startlan-debt-payment = { $debt }: { $monthly } a month.
explain-startlan-debt-balance = { $debt }: you owe { $balance }. We count a repayment over { $years } years at { $rate } interest, which is { $monthly } a month.
explain-startlan-fixed-costs = With childcare { $childcare } and child support { $child_support }, the fixed costs are { $total } a month.
explain-startlan-own-rate-above-stress = The loan's own rate, { $rate }, is above the stress test rate { $stress_rate }. The loan must be affordable at it too.
explain-startlan-purchase-costs-selveier = Costs of buying a freehold home at { $price }: dokumentavgift and registering the deed and the mortgage, { $costs } in all.
explain-startlan-purchase-costs-borettslag = A borettslag share has no dokumentavgift. Registering the mortgage costs { $costs }. The borettslag's own transfer fee is not included.
explain-startlan-grant-need = What is missing, { $gap }, may be covered by tilskudd til etablering (a grant). Ask the municipality. With the loan you can carry, a price around { $affordable_price } fits.
explain-startlan-gap-too-large = What is missing, { $gap }, is more than a grant usually covers. With the loan you can carry and your own money, a price around { $affordable_price } fits.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = The startlån is calculated with the rules of { $municipality }, in force from { $date }.
estimates-terms-national = Husly has no rules for { $municipality }; the national terms are used.
estimates-terms-loading = Fetching the municipality's rules …
estimates-terms-unavailable = We could not fetch the municipality's own rules; the national terms are used.
rent-or-buy-open = Rent or own? See what it costs you each month, and what stands in the way
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
