# Français. Review status: machine-assisted, waiting for a qualified translator.
app-name = Husly
skip-to-content = Aller au contenu principal
start-over = Recommencer
start-over-waiting = Votre demande n’est pas encore envoyée. Si vous recommencez, elle sera effacée de cet appareil et jamais envoyée. Recommencer quand même ?
start-over-receipt = Le récépissé de votre demande sera effacé de cet appareil. Sans lui, vous ne pourrez pas lire la décision ni répondre aux invitations ici. Notez d’abord la référence. Recommencer quand même ?
language-picker-label = Langue (Language)
footer-privacy = Ce que vous écrivez reste sur votre téléphone jusqu’à ce que vous envoyiez vous-même la demande.

home-page-title = Husly – aide pour trouver et garder un logement
home-heading = Aide pour trouver et garder un logement
home-lead = Découvrez l’aide que la commune et NAV peuvent vous apporter, calculez à peu près ce que vous pouvez obtenir et faites votre demande – tout au même endroit.
entry-needs-title = Découvrez l’aide qui vous convient
entry-needs-body = Répondez à quelques questions courtes sur votre logement actuel.
entry-estimates-title = Calculer le startlån et la bostøtte
entry-estimates-body = Voyez à peu près combien vous pouvez emprunter et combien d’aide au logement (bostøtte) vous pouvez recevoir.
entry-apply-title = Demander de l’aide
entry-apply-body = Une seule demande à la commune pour de l’aide à trouver ou garder un logement.
entry-receipt-title = La demande que vous avez envoyée
entry-receipt-body = Le récépissé, ce qui se passe maintenant, les invitations à un entretien et la décision.

back-to-start = Retour à l’accueil
not-found-title = Page introuvable
not-found-body = L’adresse est peut-être fausse, ou la page a été déplacée.

## Estimates
estimates-page-title = Calculer le startlån et la bostøtte – Husly
estimates-heading = Calculer le startlån et la bostøtte
estimates-lead = Remplissez ce que vous savez. La réponse s’affiche pendant que vous écrivez. Rien de ce que vous écrivez ici n’est envoyé.
estimates-disclaimer = Ceci est une estimation, pas une décision. C’est la commune et Husbanken qui décident.
section-where = Où habitez-vous ?
section-household = Qui habite avec vous ?
section-income = Revenus
section-housing = Votre logement actuel
section-purchase = Si vous voulez acheter un logement
field-municipality = Commune
field-municipality-hint = Écrivez le nom ou le numéro de commune à quatre chiffres.
field-adults = Nombre d’adultes (18 ans et plus), vous compris
field-couple = Deux des adultes sont mariés, concubins ou partenaires enregistrés
field-children-0-5 = Nombre d’enfants de 0 à 5 ans
field-children-6-10 = Nombre d’enfants de 6 à 10 ans
field-children-11-17 = Nombre d’enfants de 11 à 17 ans
field-income = Revenus
field-income-hint = En couronnes, par exemple 350 000.
period-year = par an
period-month = par mois
basis-gross = avant impôt
basis-net = après impôt
field-income-source = De quel type de revenus s’agit-il ?
source-wages = Salaire, indemnités maladie, AAP ou allocations chômage
source-pension = Pension (alderspensjon, AFP et autres pensions)
field-wealth = Patrimoine
field-wealth-hint = L’argent à la banque et ce que vous possédez, moins les dettes. Laissez vide si vous n’avez pas de patrimoine.
field-home-kind = Comment êtes-vous logé ?
home-rented = Je loue
home-cooperative = Je suis propriétaire d’un appartement (coopérative ou copropriété)
home-owned-house = Je suis propriétaire d’une maison
home-none = Je n’ai pas de logement à moi
field-housing-cost = Frais de logement par mois
field-housing-cost-hint = Loyer, ou charges communes, intérêts et remboursement du prêt immobilier.
field-adapted = Le logement est adapté à un handicap
field-home-price = Prix du logement que vous voulez acheter
field-home-price-hint = Laissez vide si vous voulez seulement savoir combien vous pouvez emprunter.
field-own-funds = Votre propre argent pour l’achat
field-error-not-a-number = Écrivez un nombre, par exemple 12 000.
field-error-negative = Le nombre ne peut pas être inférieur à zéro.
estimate-incomplete = Remplissez la commune, les revenus de chaque adulte et les frais de logement pour voir une estimation.
results-heading = Estimation
bostotte-heading = Bostøtte (aide au logement)
bostotte-result = Vous pouvez recevoir environ { $amount } par mois de bostøtte.
bostotte-none = D’après ces informations, vous ne recevrez probablement pas de bostøtte.
startlan-heading = Startlån (prêt de démarrage)
startlan-result = Vous pouvez probablement rembourser un startlån d’environ { $amount } sur { $years } ans.
startlan-long-term = Sur { $years } ans, cela fait environ { $amount }, si les conditions pour une si longue durée sont remplies.
startlan-no-capacity = D’après ces informations, il ne reste pas assez de revenus pour rembourser un prêt. La commune peut chercher d’autres solutions avec vous.
startlan-purchase-payment = Un prêt de { $loan } coûte environ { $amount } par mois.
startlan-grant-need = Il manque environ { $amount }. Demandez à la commune un tilskudd til etablering (subvention d’installation).
unverified-notice = Certains taux que nous utilisons ne sont pas encore confirmés. Le montant peut être un peu différent.
parameters-date = Les taux s’appliquent à partir du { $date }.
official-calculator-bostotte = Le calculateur de bostøtte de Husbanken
official-calculator-startlan = En savoir plus sur le startlån chez Husbanken
how-we-calculated = Notre calcul
figure-valid-from = en vigueur depuis le { $date }
figure-unverified = non confirmé
chart-title = Bostøtte selon les revenus
chart-desc = La ligne montre combien de bostøtte le foyer peut recevoir par mois pour des revenus de 0 à { $max_income } par an. Le point, ce sont vos revenus.
chart-caption = Plus les revenus sont élevés, plus la bostøtte est faible. Le point vous représente.

## Front-desk mode (a shared device at a NAV or municipal front desk)
front-desk-new-client = Nouveau client
front-desk-banner = Mode accueil : { $name } est connecté(e). Les demandes sont envoyées au nom de la personne présente. Appuyez sur « Nouveau client » quand vous avez fini.
front-desk-on-behalf = La demande est envoyée au nom de cette personne, depuis l’accueil.

## Languages and the interpreter view
# The state of this language's text (README.md, "Languages"; tests/locales.rs keeps them
# equal). Not shown; do not translate: "reviewed" (checked by a qualified translator), "team"
# (written by the Husly team, not checked by a qualified translator: translation-notice-team)
# or "machine-assisted" (waiting for a qualified translator: translation-notice).
translation-status = machine-assisted
translation-notice = Ce texte a été traduit avec l’aide d’une machine et n’a pas encore été vérifié par un traducteur qualifié. Si quelque chose n’est pas clair, demandez un interprète.
translation-notice-team = Ce texte a été écrit par l’équipe Husly et n’a pas été vérifié par un traducteur qualifié. Si quelque chose n’est pas clair, demandez un interprète.
interpreter-view = Afficher le norvégien à côté

## Where to turn: a municipality's housing office (components/contact_card.rs)
contact-card-office = { $office }, commune de { $municipality }
contact-card-phone = Téléphone
contact-card-web = Site web
contact-card-address = Adresse
contact-card-opening-hours = Heures d’ouverture
contact-card-books-interpreters = Le bureau réserve un interprète si vous en avez besoin.
contact-card-ask-for-interpreter = Si vous avez besoin d’un interprète, dites-le quand vous prenez contact.
opening-hours-range = { $first }–{ $last } { $opens }–{ $closes }
opening-hours-day = { $day } { $opens }–{ $closes }
weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche
field-error-not-a-whole-number = Écrivez un nombre entier en chiffres, par exemple 3.

# Shown on a page read before the app arrived: when the app could not be loaded, and while it still loads after the reader has begun (src/components/layout.rs).
app-not-loaded = La page n’a pas fini de se charger : ses boutons ne fonctionnent pas encore. Vérifiez votre connexion et rechargez la page.
app-reload = Recharger la page
app-starting = La page est encore en cours de chargement. Ce que vous saisissez et choisissez est conservé.
