# Texts for what the rules crate explains, decides and refuses (message ids from rules/src).
# Review status: see main.ftl.

## How we calculated: income and tax
explain-income-gross-given = You gave your income before tax: { $gross } a year. After tax that is about { $net }.
explain-income-net-given = You gave your income after tax. That is about { $gross } a year before tax, and { $net } after tax.
explain-tax-minimum-deduction = The minimum deduction from { $gross } is { $deduction }.
explain-tax-ordinary-income = Ordinary income after deductions is { $ordinary_income }. The tax on it is { $tax }.
explain-tax-trygdeavgift = The national insurance contribution (trygdeavgift) is { $trygdeavgift }.
explain-tax-trinnskatt = The bracket tax (trinnskatt) is { $trinnskatt }.
explain-tax-net = Total tax is about { $total_tax }. You have { $net } left a year.

## How we calculated: bostøtte
explain-bostotte-costs = Housing costs are { $monthly_cost } a month. A fixed amount for heating, { $heating } a year, is added.
explain-bostotte-house-operating = For a house, { $amount } a year for running costs is also counted.
explain-bostotte-cost-cap = For { $persons ->
        [one] one person
       *[other] { $persons } persons
    } in { $municipality } (group { $group }), housing costs count up to { $cap } a year.
explain-bostotte-counted-costs = Housing costs are { $costs } a year. We count { $counted }, because the limit is { $cap }.
explain-bostotte-income = Income is { $gross_income }. { $wealth_part } of your wealth is counted. Together { $income }.
explain-bostotte-weighting = { $persons ->
        [1] You live alone, so the income counts as it is: { $weighted } a year.
       *[other] The income is divided by { $factor } because { $persons } people live together. That gives { $weighted } a year.
    }
explain-bostotte-egenandel = Your own share (egenandel), what you must pay yourself, is { $egenandel } a year.
explain-bostotte-coverage = Bostøtte covers { $rate } of the housing costs above your own share. That is { $monthly } a month.
explain-bostotte-below-minimum = The amount is less than { $minimum } a month. Amounts that small are not paid.
explain-bostotte-excluded-student = Students who can get support from Lånekassen, and who have no children, cannot get bostøtte.
explain-bostotte-excluded-national-service = People doing national or civilian service cannot get bostøtte.
explain-bostotte-excluded-institution = People living in an institution that charges by income cannot get bostøtte.
explain-bostotte-no-home = Bostøtte is for people who have their own home and pay its costs.

## How we calculated: startlån
explain-startlan-living-floor = The state's rates for living costs for { $adults ->
        [one] one adult
       *[other] { $adults } adults
    } and { $children ->
        [0] no children
        [one] one child
       *[other] { $children } children
    } are { $floor } a month. We never count less.
explain-startlan-living-raised-to-floor = You gave lower living costs than the state's rates. We count { $floor }.
explain-startlan-available = Income after tax is { $net_income } a month. Minus living costs { $living_costs }, other fixed costs { $other_fixed_costs } and upkeep and common costs { $maintenance }: { $available } left for the loan.
explain-startlan-rate = The interest rate is { $rate } (Husbanken's floating rate plus the municipality's margin).
explain-startlan-rate-municipal = The interest rate is { $rate }, as the municipality has set it.
explain-startlan-stress-rate = You must be able to pay at an interest rate of { $stress_rate } (the policy rate plus a margin).
explain-startlan-max-loan = Over { $years } years you can pay off a loan of about { $max_loan }.
explain-startlan-long-term-applies = The conditions for paying back over { $years } years seem to be met. Then you can pay off about { $max_loan }.
explain-startlan-long-term-not-met = Over { $years } years you could pay off about { $max_loan }, but from your answers the conditions for so long a term are not met.
explain-startlan-purchase = The home costs { $price }, and buying it costs { $costs } more. You need to borrow { $loan_needed }. You can probably pay off { $loan }, at { $monthly } a month.
explain-startlan-deleie = With shared ownership you buy { $share } of the home for { $share_price }, and pay the municipality { $compensation } a month for the rest. Loan: { $loan }. Missing: { $grant_need }. In all { $monthly_total } a month.

## The needs check
explain-needs-homeless = You do not have a fixed place to live.
explain-needs-at-risk = You may lose your home.
explain-needs-unsuitable = Your home or the area does not suit you.
explain-needs-yes = From your answers, you may be disadvantaged in the housing market. The municipality must then consider what help you need.
explain-needs-maybe = You may be disadvantaged in the housing market. The municipality must look at your situation.
explain-needs-no = From your answers, you do not seem to be disadvantaged in the housing market. You can still get advice.
explain-needs-rental-home-criteria = Many municipalities require you to be over 18 and to have lived in the municipality for some years to get a municipal rental home.
reason-without-home = You are without a home.
reason-at-risk-of-losing-home = You are at risk of losing your home.
reason-unsuitable-home = You live in a home or an area that does not suit you.
reason-financial = Your finances make it hard to get or keep a home.
reason-health = Health or disability makes it hard to get or keep a home.
reason-social = Social circumstances make it hard to get or keep a home.
why-no-bed-tonight = You have nowhere to sleep tonight. NAV must help you with a temporary place to stay.
why-homeless-and-health = You are without a home and have health problems. Housing First gives a permanent home with support.
why-rental-home-criteria-met = You seem to meet the usual requirements for a municipal rental home.
why-rental-home-ask-municipality = Ask the municipality about the requirements for a municipal rental home.
why-deposit-to-rent = NAV can guarantee the deposit, so you can rent.
why-debt-or-arrears = You have debts or owe rent. NAV can help with your finances.
why-support-to-keep-home = You can get support at home to manage living there.
why-bostotte-estimate-positive = The estimate shows you can get bostøtte.
why-startlan-bank-refused = The bank said no to a loan. Startlån is for people who cannot get a loan from an ordinary bank.
why-startlan-capacity = The estimate shows you can pay off a loan.
why-grant-gap = The loan does not cover the whole home. A grant can cover the rest.
why-home-not-accessible = The home does not suit your disability.
why-advice-always = The municipality and NAV give advice on housing, money and your rights.
help-where-nav = Apply at your NAV office.
help-where-municipality = Apply to the municipality.
help-where-husbanken = Apply at husbanken.no.
bring-id = Identification
bring-income = An overview of your income
bring-lease = Your lease
bring-lease-offer = An offer of a lease
bring-debts = An overview of your debts
bring-bills = Bills and reminders
bring-housing-costs = An overview of your housing costs
bring-tax-return = Your tax return
bring-bank-refusal = The bank's refusal
bring-health-documentation = Documentation of health or disability

## Errors
error-no-adults = The household must have at least one adult.
error-negative-amount = The amount cannot be less than zero.
error-absurd-amount = The amount is higher than we can calculate with. Check that it is right.
error-child-age = Children must be under 18. Count people over 18 as adults.
error-too-many-persons = The household has more people than we can calculate with.
error-unknown-municipality = We cannot find the municipality. Write its name or its four-digit number.
error-municipality-not-in-force = The municipality number was not in use on this date.
error-no-parameters = We do not have rates for this date.
error-out-of-range = The number is outside what we can calculate with.
error-invalid-input = Something in the answers could not be read.
error-io = Something went wrong. Try again.
error-invalid-national-id = The national identity number or D number is not right. It has 11 digits.
error-required = This must be filled in.
error-invalid-text = The text is too long or has characters we cannot accept.

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
