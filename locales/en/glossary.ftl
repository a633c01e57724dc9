# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = a loan from the municipality to buy a home
glossary-bostotte = a monthly payment from the state towards housing costs when income is low
glossary-nav = the public office for work, benefits and social services
glossary-husbanken = the state housing bank
glossary-fodselsnummer = your 11-digit Norwegian identity number
glossary-d-nummer = a temporary Norwegian identity number, for people who do not have a permanent one
glossary-vedtak = a written decision from a public office, which you can appeal
glossary-egenandel = the part you pay yourself
glossary-depositum = money you pay the landlord as security when you rent a home
glossary-tilskudd-til-etablering = a grant from the municipality towards buying a home, for people with low income
glossary-midlertidig-botilbud = a temporary place to stay when you have nowhere to live
glossary-vanskeligstilt = the law's words for someone who cannot find or keep a suitable home on their own
glossary-sosialtjenesteloven = the Social Services Act
glossary-boligsosialloven = the law on the municipality's duty to help people who struggle with housing
glossary-forvaltningsloven = the Public Administration Act: the rules public offices follow when they handle your case
glossary-minstefradrag = a standard deduction from income before tax
glossary-skattemelding = the yearly tax return
glossary-skatteetaten = the Norwegian Tax Administration
glossary-trygdeavgift = the national insurance contribution, a tax on income
glossary-trinnskatt = bracket tax, an extra tax on higher incomes
glossary-bolig-forst = Housing First: a home of your own first, then help to keep it
glossary-lanekassen = the state agency for student loans and grants
glossary-borettslag = a housing cooperative: you buy a share and pay shared costs every month
glossary-sameie = a jointly owned building: your flat is yours, the rest is shared
glossary-deleie = part-ownership: you buy part of a home and rent the rest from the municipality
glossary-legevakt = the emergency doctor, when your own doctor's office is closed
