# English. Review status: reviewed (by the team).
app-name = Husly
skip-to-content = Skip to main content
start-over = Start over
start-over-waiting = Your application has not been sent yet. If you start over, it is deleted from this device and never sent. Start over anyway?
start-over-receipt = The receipt for your application will be deleted from this device. Without it you cannot read the decision or reply to invitations here. Write down the reference first. Start over anyway?
language-picker-label = Language
footer-privacy = What you type stays on your phone until you send the application yourself.

home-page-title = Husly – help to get and keep a home
home-heading = Help to get and keep a home
home-lead = Find out what help you can get from the municipality and NAV, estimate roughly what you can get, and apply – all in one place.
entry-needs-title = Find out what help fits you
entry-needs-body = Answer a few short questions about where you live now.
entry-estimates-title = Estimate startlån and bostøtte
entry-estimates-body = See roughly how much you can borrow, and how much housing allowance you can get.
entry-apply-title = Apply for help
entry-apply-body = One application to the municipality for help to get or keep a home.
entry-receipt-title = The application you sent
entry-receipt-body = The receipt, what happens next, invitations to a meeting and the decision.

back-to-start = Back to the start page
not-found-title = We could not find that page
not-found-body = The address may be wrong, or the page may have moved.

## Estimates
estimates-page-title = Estimate startlån and bostøtte – Husly
estimates-heading = Estimate startlån and bostøtte
estimates-lead = Fill in what you know. The answer comes as you type. Nothing you write here is sent anywhere.
estimates-disclaimer = This is an estimate, not a decision. The municipality and Husbanken decide.
section-where = Where do you live?
section-household = Who lives with you?
section-income = Income
section-housing = The home you have now
section-purchase = If you want to buy a home
field-municipality = Municipality
field-municipality-hint = Write its name or its four-digit municipality number.
field-adults = Number of adults (18 or older), including you
field-couple = Two of the adults are married, cohabiting or registered partners
field-children-0-5 = Number of children aged 0–5
field-children-6-10 = Number of children aged 6–10
field-children-11-17 = Number of children aged 11–17
field-income = Income
field-income-hint = In kroner, for example 350 000.
period-year = per year
period-month = per month
basis-gross = before tax
basis-net = after tax
field-income-source = What kind of income is it?
source-wages = Wages, sickness benefit, AAP or unemployment benefit
source-pension = Pension (alderspensjon, AFP and other pensions)
field-wealth = Wealth
field-wealth-hint = Money in the bank and other things you own, minus debt. Leave it empty if you have no wealth.
field-home-kind = How do you live?
home-rented = I rent
home-cooperative = I own a flat (borettslag or sameie)
home-owned-house = I own a house
home-none = I have no home of my own
field-housing-cost = Housing costs per month
field-housing-cost-hint = Rent, or common costs, interest and instalments on the mortgage.
field-adapted = The home is adapted for a disability
field-home-price = Price of the home you want to buy
field-home-price-hint = Leave it empty if you only want to know how much you can borrow.
field-own-funds = Your own money for the purchase
field-error-not-a-number = Write a number, for example 12 000.
field-error-negative = The number cannot be less than zero.
estimate-incomplete = Fill in the municipality, each adult's income and the housing costs to see an estimate.
results-heading = Estimate
bostotte-heading = Bostøtte (housing allowance)
bostotte-result = You can get about { $amount } a month in bostøtte.
bostotte-none = From this, you will probably not get bostøtte.
startlan-heading = Startlån (start loan)
startlan-result = You can probably pay off a startlån of about { $amount } over { $years } years.
startlan-long-term = Over { $years } years it is about { $amount }, if the conditions for so long a term are met.
startlan-no-capacity = From this, too little of the income is left to pay off a loan. The municipality can look at other solutions with you.
startlan-purchase-payment = A loan of { $loan } costs about { $amount } a month.
startlan-grant-need = About { $amount } is missing. Ask the municipality about a grant (tilskudd til etablering).
unverified-notice = Some of the rates we use are not confirmed yet. The amount may turn out a little different.
parameters-date = The rates apply from { $date }.
official-calculator-bostotte = Husbanken's own bostøtte calculator
official-calculator-startlan = Read about startlån at Husbanken
how-we-calculated = How we calculated
figure-valid-from = applies from { $date }
figure-unverified = not confirmed
chart-title = Bostøtte by income
chart-desc = The line shows how much bostøtte the household can get a month at incomes from 0 to { $max_income } a year. The dot is your income.
chart-caption = The higher the income, the less bostøtte. The dot shows you.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = New client
front-desk-banner = Front-desk mode: { $name } is signed in. Applications are sent on behalf of the person here. Press “New client” when you are done.
front-desk-on-behalf = The application is sent on behalf of this person, from the front desk.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = team
translation-notice = This text was translated with the help of a machine and has not yet been checked by a qualified translator. If anything is unclear, ask for an interpreter.
translation-notice-team = This text was written by the Husly team and has not been checked by a qualified translator. If anything is unclear, ask for an interpreter.
interpreter-view = Show Norwegian alongside

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, { $municipality } municipality
contact-card-phone = Phone
contact-card-web = Web page
contact-card-address = Address
contact-card-opening-hours = Opening hours
contact-card-books-interpreters = The office books an interpreter if you need one.
contact-card-ask-for-interpreter = If you need an interpreter, say so when you get in touch.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
field-error-not-a-whole-number = Write a whole number in digits, for example 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = The page did not finish loading, so its buttons do not work yet. Check your connection and reload the page.
app-reload = Reload the page
app-starting = The page is still loading. What you type and choose is kept.
