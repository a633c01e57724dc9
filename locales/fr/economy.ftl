# L’économie du foyer : les revenus de chaque adulte, les dettes et dépenses fixes, l’achat, et
# leurs explications. Review status: see main.ftl.

## Le formulaire
income-person-heading = Adulte { $n }
field-income-old-age-single = Cette personne reçoit l’alderspensjon (pension de vieillesse) de l’assurance nationale (folketrygden) et ne vit pas avec un conjoint ou un concubin
field-income-young-disabled = Cette personne reçoit l’uføretrygd (pension d’invalidité) et a les droits de ung ufør (jeune en invalidité)
source-uforetrygd = Uføretrygd (pension d’invalidité)
source-benefit = Introduksjonsstønad ou kvalifiseringsstønad
estimate-incomplete-income = Écrivez les revenus de chaque adulte, 0 si quelqu’un n’en a pas.
field-exclusion = L’un de ces cas concerne-t-il quelqu’un du foyer ?
field-exclusion-hint = Dans ce cas, le foyer ne peut pas recevoir de bostøtte.
exclusion-none = Non, aucun de ces cas
exclusion-student = Étudiant aidé par Lånekassen, sans enfant à charge
exclusion-national-service = Fait son service militaire ou civil
exclusion-institution = Vit dans une institution qui fait payer selon les revenus
section-debts = Dettes et dépenses fixes
section-debts-hint = Le startlån doit pouvoir être remboursé en plus de tout cela. Laissez vide ce que vous n’avez pas.
debt-consumer = Crédits à la consommation et cartes de crédit
debt-student = Prêt étudiant
debt-car = Crédit auto
debt-other = Autres dettes
field-debt-monthly = Paiement par mois
field-debt-balance = Ou : combien vous devez
field-debt-balance-hint = Vous ne savez pas combien vous payez par mois ? Écrivez combien vous devez, et nous comptons un remboursement habituel.
field-childcare = Crèche et SFO (garderie périscolaire) par mois
field-child-support = Pension alimentaire que vous payez par mois
field-purchase-kind = Que voulez-vous acheter ?
purchase-borettslag = Une part dans un borettslag (coopérative d’habitation)
purchase-selveier = En pleine propriété : une maison, ou un appartement dans un sameie
field-maintenance = Charges communes et entretien par mois du logement que vous voulez acheter
field-maintenance-hint = C’est indiqué dans l’annonce de vente : les charges communes (dans un borettslag, avec sa dette commune) et l’entretien.
answer-none = Aucune

## Les résultats
income-heading = Revenus après impôt
income-result = { $persons ->
    [one] Environ { $year } par an après impôt, { $month } par mois.
   *[other] Environ { $year } par an après impôt pour les { $persons } adultes ensemble, { $month } par mois.
}
startlan-gap-too-large = Il manque environ { $amount }. Une subvention couvre rarement autant. Ce qui peut aider : plus d’argent à vous, un logement moins cher (avec le prêt que vous pouvez rembourser, un prix d’environ { $price } convient), ou le deleie (propriété partagée) si la commune le propose.
startlan-purchase-costs-estimated = Les frais d’achat sont estimés à { $amount }. « Notre calcul » montre ce qui est inclus.
startlan-fits = Le logement semble abordable : le prêt dont vous avez besoin ne dépasse pas ce que vous pouvez rembourser.
startlan-maintenance-missing = Les charges communes et l’entretien ne sont pas inclus. Ils sont indiqués dans l’annonce de vente : écrivez-les, sinon le prêt que vous pouvez rembourser paraît plus élevé qu’il ne l’est.
explain-tax-pension-deduction-not-included = La déduction fiscale pour revenus de pension (skattefradrag for pensjonsinntekt) n’est pas encore prise en compte dans cette estimation. L’impôt peut donc être plus bas qu’indiqué, et les revenus après impôt plus élevés.
old-figures-notice = Certains chiffres de cette estimation valent pour une période antérieure. Nous n’en avons pas de plus récents et utilisons les plus récents que nous avons :
old-figure = { $name } : valable { $from }–{ $until }
figure-node-tax-income_tax = Les taux d’imposition
figure-node-tax-minimum_deduction = La déduction forfaitaire (minstefradrag)
figure-node-living_costs-guideline_rates = Les barèmes indicatifs de l’État pour le coût de la vie
figure-node-bostotte-cost_cap = Le plafond des frais de logement dans la bostøtte
figure-node-bostotte-egenandel = La part à votre charge (egenandel) dans la bostøtte
figure-node-bostotte-allowances = Les suppléments ajoutés aux frais de logement dans la bostøtte
figure-node-bostotte-coverage_rate = La part couverte par la bostøtte
figure-node-bostotte-income = Le patrimoine dans la bostøtte
figure-node-bostotte-minimum_payout = Le plus petit versement de bostøtte
figure-node-bostotte-municipality_groups = Les groupes de communes dans la bostøtte
figure-node-bostotte-weighting = La pondération selon le nombre de personnes
figure-node-needs-municipal_criteria = Les conditions de la commune
figure-node-startlan-debt_repayment = Le remboursement habituel d’une dette
figure-node-startlan-deleie = Le deleie (propriété partagée)
figure-node-startlan-grant = Le tilskudd til etablering (subvention d’installation)
figure-node-startlan-policy_rate = Le taux directeur
figure-node-startlan-purchase_costs = Les frais d’achat
figure-node-startlan-stress = Le test de résistance aux taux d’intérêt
figure-node-startlan-term = La durée de remboursement
figure-per-year = { $value } par an
figure-per-month = { $value } par mois
figure-years = { $n } ans
figure-months = { $n } mois
figure-node-startlan-interest = Le taux d’intérêt du startlån

chart-axis-y = Bostøtte par mois (jusqu’à { $max })
chart-axis-x = Revenus annuels du foyer avant impôt (de 0 à { $max })

## Notre calcul
explain-tax-person = Adulte { $person } : { $source }.
explain-tax-not-personinntekt = Introduksjonsstønad et kvalifiseringsstønad ne sont pas des revenus personnels : on ne paie pas de trygdeavgift ni de trinnskatt sur ces aides.
explain-income-household = Tous les adultes ensemble : { $gross } avant impôt, impôt { $total_tax }, { $net } après impôt par an.
error-more-incomes-than-adults = Il y a plus de revenus indiqués que d’adultes dans le foyer.
explain-bostotte-egenandel-special = Le foyer a une part à charge (egenandel) plus basse, car { $group }.
egenandel-group-single-old-age = une personne seule reçoit l’alderspensjon
egenandel-group-young-disabled = quelqu’un reçoit l’uføretrygd en tant que ung ufør
explain-startlan-debt-payment = { $debt } : { $monthly } par mois.
explain-startlan-debt-balance = { $debt } : vous devez { $balance }. Nous comptons un remboursement sur { $years } { $years ->
        [one] an
       *[other] ans
    } à { $rate } d’intérêt, soit { $monthly } par mois.
explain-startlan-fixed-costs = Avec la crèche et la SFO { $childcare } et la pension alimentaire { $child_support }, les dépenses fixes sont de { $total } par mois.
explain-startlan-own-rate-above-stress = Le taux propre du prêt, { $rate }, est plus élevé que le taux du test de résistance, { $stress_rate }. Le prêt doit pouvoir être remboursé aussi à ce taux.
explain-startlan-purchase-costs-selveier = Frais d’achat d’un logement en pleine propriété à { $price } : dokumentavgift et inscription de l’acte de vente et de l’hypothèque, { $costs } au total.
explain-startlan-purchase-costs-borettslag = Une part de borettslag n’a pas de dokumentavgift. L’inscription de l’hypothèque coûte { $costs }. Les frais de changement de propriétaire du borettslag lui-même ne sont pas inclus.
explain-startlan-grant-need = Ce qui manque, { $gap }, peut peut-être être couvert par un tilskudd til etablering (subvention d’installation). Demandez à la commune. Avec le prêt que vous pouvez rembourser, un prix d’environ { $affordable_price } convient.
explain-startlan-gap-too-large = Ce qui manque, { $gap }, dépasse ce qu’une subvention couvre d’habitude. Avec le prêt que vous pouvez rembourser et votre propre argent, un prix d’environ { $affordable_price } convient.

## Deleie and leie til eie, where the municipality offers them
estimates-terms-own = Le startlån est calculé avec les règles de { $municipality }, en vigueur depuis le { $date }.
estimates-terms-national = Husly n’a pas de règles propres pour { $municipality } ; les conditions nationales sont utilisées.
estimates-terms-loading = Récupération des règles de la commune …
estimates-terms-unavailable = Nous n’avons pas pu récupérer les règles propres de la commune ; les conditions nationales sont utilisées.
rent-or-buy-open = Louer ou être propriétaire ? Voyez ce que cela vous coûte chaque mois, et ce qui bloque
ownership-heading = Posséder une partie du logement
ownership-deleie-what = Deleie (propriété partagée) : vous achetez une partie du logement avec un startlån et la commune possède le reste. Vous habitez tout le logement et payez chaque mois la commune pour sa part. Vous pourrez en acheter davantage plus tard.
ownership-leie-til-eie-what = Leie til eie (location-accession) : vous achetez maintenant une partie du logement et louez le reste. Après quelques années, vous achetez le reste.
ownership-share-label = Quelle part achèteriez-vous avec la deleie ?
ownership-price-missing = Indiquez le prix du logement que vous voulez acheter (sous « Si vous voulez acheter un logement ») et nous montrerons ce que coûtent chaque mois la deleie et le leie til eie, à côté de la location et d’un prêt pour tout le logement.
ownership-caption = Ce que coûtent chaque mois la location, la propriété d’une part et la propriété de tout le logement
ownership-column-choice = Façon de se loger
ownership-column-monthly = Par mois
ownership-column-loan = Startlån
ownership-column-owned = Vous possédez
ownership-renting = Location, comme aujourd’hui
ownership-deleie = Deleie
ownership-leie-til-eie = Leie til eie
ownership-full-startlan = Tout le logement avec un startlån
ownership-no-loan = Aucun
ownership-short = Il manque { $amount }
ownership-owns-nothing = Rien
ownership-owns-share = { $share } du logement ({ $value })
ownership-owns-share-then-rest = { $share } maintenant ({ $value }). Vous achetez le reste ({ $rest } au prix d’aujourd’hui) après { $years ->
        [one] un an
       *[other] { $years } ans
    }.
ownership-owns-whole = Tout le logement ({ $value })
ownership-renting-how = Location : ce que vous avez indiqué comme frais de logement aujourd’hui.
ownership-monthly-note = Pour la deleie et le leie til eie, le montant mensuel est le remboursement du prêt plus ce que vous payez pour la part que vous ne possédez pas. Les charges communes et l’entretien s’ajoutent quand vous êtes propriétaire.
figure-profile-offers-deleie-minimum_share = La plus petite part que vous pouvez acheter avec la deleie
figure-profile-offers-deleie-compensation_rate = Ce que vous payez à la commune pour sa part, par an
figure-profile-offers-leie_til_eie-first_share = La part que vous achetez d’abord avec le leie til eie
figure-profile-offers-leie_til_eie-rest_after_years = Quand vous achetez le reste avec le leie til eie
figure-profile-offers-leie_til_eie-rent_rate = Le loyer de la part pas encore achetée, par an
figure-profile-startlan-interest_margin = La marge de la commune sur le taux de Husbanken
figure-profile-startlan-interest_rate = Le taux du startlån de la commune
figure-profile-startlan-stress_add_on = La majoration de la commune dans le test de résistance
figure-profile-startlan-longest_term_years = La durée la plus longue de la commune
