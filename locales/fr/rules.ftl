# Textes pour ce que le module de règles explique, décide et refuse. Review status: see main.ftl.

## Notre calcul : revenus et impôt
explain-income-gross-given = Vous avez indiqué des revenus avant impôt : { $gross } par an. Après impôt, cela fait environ { $net }.
explain-income-net-given = Vous avez indiqué des revenus après impôt. Cela correspond à environ { $gross } par an avant impôt, et { $net } après impôt.
explain-tax-minimum-deduction = La déduction forfaitaire (minstefradrag) sur { $gross } est de { $deduction }.
explain-tax-ordinary-income = Le revenu ordinaire après déductions est de { $ordinary_income }. L’impôt sur ce revenu est de { $tax }.
explain-tax-trygdeavgift = La cotisation sociale (trygdeavgift) est de { $trygdeavgift }.
explain-tax-trinnskatt = L’impôt progressif (trinnskatt) est de { $trinnskatt }.
explain-tax-net = L’impôt total est d’environ { $total_tax }. Il vous reste { $net } par an.

## Notre calcul : bostøtte
explain-bostotte-costs = Les frais de logement sont de { $monthly_cost } par mois. On ajoute un montant fixe pour le chauffage, { $heating } par an.
explain-bostotte-house-operating = Pour une maison individuelle, on compte aussi { $amount } par an pour l’entretien.
explain-bostotte-cost-cap = Pour { $persons ->
        [one] une personne
       *[other] { $persons } personnes
    } à { $municipality } (groupe { $group }), les frais de logement sont pris en compte jusqu’à { $cap } par an.
explain-bostotte-counted-costs = Les frais de logement sont de { $costs } par an. Nous comptons { $counted }, car le plafond est de { $cap }.
explain-bostotte-income = Les revenus sont de { $gross_income }. Une part du patrimoine est comptée : { $wealth_part }. Au total { $income }.
explain-bostotte-weighting = { $persons ->
        [1] Vous vivez seul(e), donc les revenus comptent tels quels : { $weighted } par an.
       *[other] Les revenus sont divisés par { $factor } parce que { $persons } personnes vivent ensemble. Cela donne { $weighted } par an.
    }
explain-bostotte-egenandel = La part à votre charge (egenandel) est de { $egenandel } par an.
explain-bostotte-coverage = La bostøtte couvre { $rate } des frais de logement au-delà de la part à votre charge. Cela fait { $monthly } par mois.
explain-bostotte-below-minimum = Le montant est inférieur à { $minimum } par mois. Des montants aussi bas ne sont pas versés.
explain-bostotte-excluded-student = Les étudiants qui peuvent recevoir une aide de Lånekassen et qui n’ont pas d’enfants ne peuvent pas recevoir de bostøtte.
explain-bostotte-excluded-national-service = Les personnes en service militaire ou civil ne peuvent pas recevoir de bostøtte.
explain-bostotte-excluded-institution = Les personnes qui vivent en institution et paient selon leurs revenus ne peuvent pas recevoir de bostøtte.
explain-bostotte-no-home = La bostøtte est versée à ceux qui ont leur propre logement et paient les frais de logement.

## Notre calcul : startlån
explain-startlan-living-floor = Les barèmes de l’État pour le coût de la vie pour { $adults ->
        [one] un adulte
       *[other] { $adults } adultes
    } et { $children ->
        [0] aucun enfant
        [one] un enfant
       *[other] { $children } enfants
    } sont de { $floor } par mois. Nous ne comptons jamais moins.
explain-startlan-living-raised-to-floor = Vous avez indiqué des dépenses de vie plus basses que les barèmes de l’État. Nous comptons { $floor }.
explain-startlan-available = Les revenus après impôt sont de { $net_income } par mois. Moins le coût de la vie { $living_costs }, les autres dépenses fixes { $other_fixed_costs } et l’entretien et les charges { $maintenance } : il reste { $available } pour le prêt.
explain-startlan-rate = Le taux d’intérêt est de { $rate } (le taux variable de Husbanken plus la marge de la commune).
explain-startlan-rate-municipal = Le taux d’intérêt est de { $rate }, tel que fixé par la commune.
explain-startlan-stress-rate = Vous devez pouvoir supporter un taux de { $stress_rate } (le taux directeur plus une marge).
explain-startlan-max-loan = Sur { $years } ans, vous pouvez rembourser un prêt d’environ { $max_loan }.
explain-startlan-long-term-applies = Les conditions pour un remboursement sur { $years } ans semblent remplies. Vous pouvez alors rembourser environ { $max_loan }.
explain-startlan-long-term-not-met = Sur { $years } ans, vous pourriez rembourser environ { $max_loan }, mais d’après vos réponses les conditions pour une durée aussi longue ne sont pas remplies.
explain-startlan-purchase = Le logement coûte { $price }, et l’achat coûte { $costs } de plus. Vous devez emprunter { $loan_needed }. Vous pouvez probablement rembourser { $loan } et devez payer { $monthly } par mois.
explain-startlan-deleie = En propriété partagée (deleie), vous achetez { $share } du logement pour { $share_price } et payez à la commune { $compensation } par mois pour le reste. Prêt : { $loan }. Manque : { $grant_need }. Au total { $monthly_total } par mois.

## Le bilan des besoins
explain-needs-homeless = Vous n’avez pas de logement fixe.
explain-needs-at-risk = Vous risquez de perdre votre logement.
explain-needs-unsuitable = Le logement ou le quartier ne vous convient pas.
explain-needs-yes = D’après vos réponses, vous pouvez être « vanskeligstilt på boligmarkedet » (en difficulté sur le marché du logement). La commune doit alors évaluer l’aide dont vous avez besoin.
explain-needs-maybe = Vous pouvez être en difficulté sur le marché du logement. La commune doit examiner votre situation.
explain-needs-no = D’après vos réponses, vous ne semblez pas être en difficulté sur le marché du logement. Vous pouvez quand même recevoir des conseils.
explain-needs-rental-home-criteria = Beaucoup de communes exigent que vous ayez plus de 18 ans et que vous habitiez dans la commune depuis quelques années pour obtenir un logement communal.
reason-without-home = Vous êtes sans logement.
reason-at-risk-of-losing-home = Vous risquez de perdre votre logement.
reason-unsuitable-home = Vous vivez dans un logement ou un quartier qui ne vous convient pas.
reason-financial = Votre situation financière rend difficile de trouver ou garder un logement.
reason-health = Votre santé ou vos capacités rendent difficile de trouver ou garder un logement.
reason-social = Votre situation sociale rend difficile de trouver ou garder un logement.
why-no-bed-tonight = Vous n’avez pas d’endroit où dormir cette nuit. NAV doit vous aider à trouver un hébergement provisoire.
why-homeless-and-health = Vous êtes sans logement et avez des problèmes de santé. « Logement d’abord » donne un logement fixe avec un accompagnement.
why-rental-home-criteria-met = Vous semblez remplir les conditions habituelles pour un logement locatif communal.
why-rental-home-ask-municipality = Demandez à la commune les conditions pour un logement locatif communal.
why-deposit-to-rent = NAV peut donner une garantie de dépôt pour que vous puissiez louer.
why-debt-or-arrears = Vous avez des dettes ou devez des loyers. NAV peut vous aider avec votre budget.
why-support-to-keep-home = Vous pouvez recevoir un accompagnement à domicile pour réussir à y vivre.
why-bostotte-estimate-positive = L’estimation montre que vous pouvez recevoir de la bostøtte.
why-startlan-bank-refused = La banque a refusé un prêt. Le startlån est pour ceux qui n’obtiennent pas de prêt dans une banque ordinaire.
why-startlan-capacity = L’estimation montre que vous pouvez rembourser un prêt.
why-grant-gap = Le prêt ne couvre pas tout le logement. Une subvention peut couvrir le reste.
why-home-not-accessible = Le logement n’est pas adapté à vos capacités.
why-advice-always = La commune et NAV donnent des conseils sur le logement, le budget et les droits.
help-where-nav = Faites la demande au bureau NAV.
help-where-municipality = Faites la demande auprès de la commune.
help-where-husbanken = Faites la demande sur husbanken.no.
bring-id = Pièce d’identité
bring-income = Justificatif de revenus
bring-lease = Bail
bring-lease-offer = Offre de bail
bring-debts = Liste des dettes
bring-bills = Factures et rappels
bring-housing-costs = Relevé des frais de logement
bring-tax-return = Déclaration d’impôts (skattemelding)
bring-bank-refusal = Refus de la banque
bring-health-documentation = Documents sur la santé ou les capacités

## Erreurs
error-no-adults = Le foyer doit avoir au moins un adulte.
error-negative-amount = Le montant ne peut pas être inférieur à zéro.
error-absurd-amount = Le montant est plus élevé que ce que nous pouvons calculer. Vérifiez qu’il est juste.
error-child-age = Les enfants doivent avoir moins de 18 ans. Comptez les personnes de plus de 18 ans comme adultes.
error-too-many-persons = Le foyer compte plus de personnes que nous pouvons calculer.
error-unknown-municipality = Nous ne trouvons pas la commune. Écrivez le nom ou le numéro à quatre chiffres.
error-municipality-not-in-force = Ce numéro de commune n’était pas valable à cette date.
error-no-parameters = Nous n’avons pas de taux pour cette date.
error-out-of-range = Le nombre est en dehors de ce que nous pouvons calculer.
error-invalid-input = Une partie des réponses n’a pas pu être lue.
error-io = Une erreur s’est produite. Réessayez.
error-invalid-national-id = Le numéro d’identité (fødselsnummer) ou le D-nummer n’est pas correct. Il a 11 chiffres.
error-required = Ce champ est obligatoire.
error-invalid-text = Le texte est trop long ou contient des caractères que nous ne pouvons pas accepter.

## The municipality's own criteria and offers (its profile)
criteria-national-default = Nous n’avons pas encore les critères propres de votre commune. Voici les critères habituels pour un logement locatif communal. Votre commune peut en avoir d’autres.
criteria-national-municipality = En général, une commune
criterion-residence-permit-met = { $municipality } exige un titre de séjour pour un logement locatif communal. Vous avez un titre de séjour.
criterion-residence-permit-not-met = { $municipality } exige un titre de séjour pour un logement locatif communal. Vous avez répondu que vous n’en avez pas.
criterion-residence-permit-unknown = { $municipality } exige un titre de séjour pour un logement locatif communal. Nous ne savons pas si vous en avez un.
criterion-residence-years-met = { $municipality } exige que vous ayez habité dans la commune pendant les { $years } dernières années. Vous y habitez depuis { $answered ->
        [one] un an
       *[other] { $answered } ans
    }.
criterion-residence-years-not-met = { $municipality } exige que vous ayez habité dans la commune pendant les { $years } dernières années. Vous y habitez depuis { $answered ->
        [one] un an
       *[other] { $answered } ans
    }, donc cette condition n’est pas remplie.
criterion-residence-years-unknown = { $municipality } exige que vous ayez habité dans la commune pendant les { $years } dernières années. Nous ne savons pas depuis combien de temps vous y habitez.
criterion-min-age-met = { $municipality } exige que vous ayez au moins { $age } ans. Vous avez { $answered } ans.
criterion-min-age-met-caring-for-children = { $municipality } exige que vous ayez au moins { $age } ans, mais fait une exception si vous avez des enfants à charge. Vous avez { $answered } ans et des enfants à charge.
criterion-min-age-not-met = { $municipality } exige que vous ayez au moins { $age } ans. Vous avez { $answered } ans, donc cette condition n’est pas remplie.
criterion-min-age-unknown = { $municipality } exige que vous ayez au moins { $age } ans. Nous ne connaissons pas votre âge.
criterion-min-age-unknown-children = { $municipality } exige que vous ayez au moins { $age } ans, mais fait une exception si vous avez des enfants à charge. Vous avez { $answered } ans. Nous ne savons pas si vous avez des enfants à charge.
criterion-lease-ending-met = { $municipality } considère que vous risquez de perdre votre logement quand votre bail se termine dans les { $months } mois sans droit de le renouveler. Le vôtre se termine dans { $answered ->
        [one] un mois
       *[other] { $answered } mois
    }.
criterion-lease-ending-not-met = { $municipality } considère que vous risquez de perdre votre logement quand votre bail se termine dans les { $months } mois sans droit de le renouveler. Le vôtre se termine dans { $answered ->
        [one] un mois
       *[other] { $answered } mois
    }, donc cela ne compte pas encore.
criterion-lease-ending-unknown = { $municipality } considère que vous risquez de perdre votre logement quand votre bail se termine dans les { $months } mois sans droit de le renouveler. Nous ne savons pas quand le vôtre se termine.
criterion-leaving-institution-met = { $municipality } considère que vous êtes sans logement quand vous quittez une institution ou une prison dans les { $months } mois sans endroit où habiter. Vous sortez dans { $answered ->
        [one] un mois
       *[other] { $answered } mois
    }.
criterion-leaving-institution-not-met = { $municipality } considère que vous êtes sans logement quand vous quittez une institution ou une prison dans les { $months } mois sans endroit où habiter. Vous sortez dans { $answered ->
        [one] un mois
       *[other] { $answered } mois
    }, donc cela ne compte pas encore.
criterion-leaving-institution-unknown = { $municipality } considère que vous êtes sans logement quand vous quittez une institution ou une prison dans les { $months } mois sans endroit où habiter. Nous ne savons pas quand vous sortez.
why-rental-home-criterion-not-met = Vous ne semblez pas remplir toutes les conditions de la commune pour un logement locatif communal. La commune peut faire des exceptions, alors demandez-lui quand même.
explain-needs-help-not-offered = { $municipality } ne propose pas ceci, donc nous ne le suggérons pas : { $help }.
explain-startlan-leie-til-eie = Avec le leie til eie, vous achetez maintenant { $share } du logement pour { $share_price } et louez le reste pour { $rent } par mois. Prêt : { $loan }. Il manque : { $grant_need }. Au total { $monthly_total } par mois. Après { $years } ans, vous achetez le reste, qui vaut aujourd’hui { $rest_price }.
