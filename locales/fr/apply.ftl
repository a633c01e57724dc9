# Français : la demande. Review status: see main.ftl.
apply-page-title = Demander de l’aide pour le logement – Husly
apply-heading = Demander de l’aide pour le logement
apply-lead = Ici, vous demandez à la commune de l’aide pour trouver ou garder un logement. Vous envoyez une seule demande, et la commune détermine l’aide que vous pouvez recevoir.
apply-need-heading = Ce dont vous avez besoin
apply-need-id = Numéro d’identité (fødselsnummer) ou D-nummer (11 chiffres)
apply-need-economy = À peu près combien vous et les personnes avec qui vous vivez gagnez, et ce que coûte le logement
apply-need-time = Environ 10 minutes. Les réponses sont enregistrées sur le téléphone pendant que vous écrivez, vous pouvez donc faire une pause.
apply-privacy = Rien n’est envoyé avant que vous appuyiez sur « Envoyer la demande » à la fin.
apply-start = Commencer la demande
apply-resume = Reprendre là où vous en étiez
apply-progress = Étape { $n } sur { $total }
apply-change = Modifier

apply-person-heading = Qui fait la demande ?
apply-name = Nom complet
apply-national-id = Numéro d’identité (fødselsnummer) ou D-nummer
apply-national-id-hint = 11 chiffres. Vous le trouvez par exemple sur la carte bancaire, dans les lettres de NAV ou sur le titre de séjour.
apply-error-name = Écrivez votre nom complet.
apply-error-national-id-missing = Écrivez votre numéro d’identité ou votre D-nummer.

apply-contact-heading = Comment la commune peut-elle vous contacter ?
apply-contact-hint = Écrivez un numéro de téléphone, une adresse e-mail ou les deux.
apply-phone = Numéro de téléphone
apply-phone-hint = Par exemple 912 34 567.
apply-email = E-mail
apply-language = Quelle langue préférez-vous utiliser ?
apply-language-hint = La commune essaie de vous répondre dans cette langue.
apply-interpreter = J’ai besoin d’un interprète quand je parle avec la commune
apply-error-contact = Écrivez un numéro de téléphone ou une adresse e-mail pour que la commune puisse vous joindre.
error-invalid-phone = Écrivez un numéro de téléphone de 8 à 15 chiffres, par exemple 912 34 567.
error-invalid-email = Écrivez une adresse e-mail comme nom@exemple.no.

apply-economy-heading = Le foyer et les finances
apply-economy-hint = Si vous avez calculé le startlån ou la bostøtte ici, les réponses sont déjà remplies. Vérifiez qu’elles sont justes.
apply-error-municipality = Écrivez la commune où vous habitez.
apply-error-income = Écrivez les revenus. Écrivez 0 si personne dans le foyer n’a de revenus.
apply-error-housing-cost = Écrivez ce que coûte le logement par mois. Écrivez 0 si vous ne payez rien.

apply-help-heading = Que voulez-vous demander ?
apply-help-hint = Cochez tout ce pour quoi vous voulez de l’aide. Nous avons coché ce qui correspond à vos réponses. Vous pouvez le changer.
apply-help-fits = Vous convient
apply-error-help = Choisissez au moins un type d’aide.

apply-own-words-heading = Parlez de votre situation
apply-own-words-label = Avec vos propres mots
apply-own-words-hint = Comment êtes-vous logé maintenant, et que souhaitez-vous ? La commune doit entendre votre avis avant de décider. Vous pouvez aussi le dire quand vous lui parlez.
apply-own-words-empty = Rien d’écrit
apply-characters-left = Il vous reste { $n } caractères.
apply-error-too-long = Le texte est trop long. Raccourcissez-le.

apply-check-heading = Vérifiez vos réponses avant d’envoyer
apply-section-person = À propos de vous
apply-section-situation = Votre logement actuel
apply-section-economy = Le foyer et les finances
apply-section-help = L’aide que vous demandez
apply-section-own-words = Avec vos propres mots
answer-yes = Oui
answer-no = Non
apply-declaration-heading = Envoyer la demande
apply-consent = J’ai répondu aussi exactement que possible. La commune peut utiliser ces informations pour traiter la demande et obtenir les informations nécessaires auprès de NAV et de Skatteetaten (l’administration fiscale).
apply-error-consent = Cochez pour confirmer que vous avez répondu exactement et que vous acceptez que la commune traite la demande.
apply-submit = Envoyer la demande
apply-sending = Envoi en cours …
apply-retry = Réessayer d’envoyer
apply-submit-failed = La demande n’a pas été envoyée
apply-answers-kept = Vos réponses sont conservées. Si vous réessayez, la demande ne sera envoyée qu’une seule fois.
apply-waiting-heading = Votre demande n’est pas encore envoyée
apply-waiting-body = Nous ne pouvons pas joindre le serveur pour le moment, peut-être parce que vous n’êtes pas connecté. Votre demande est enregistrée sur cet appareil, et nous l’enverrons nous-mêmes dès que la connexion reviendra, même si vous fermez la page et rouvrez Husly plus tard. Elle ne sera envoyée qu’une seule fois.
apply-waiting-change = Elle sera envoyée telle qu’elle apparaît ici. Pour modifier quelque chose, changez la réponse et appuyez de nouveau sur « Envoyer la demande ».
outbox-waiting = Votre demande n’est pas encore envoyée. Elle partira d’elle-même quand vous serez de nouveau connecté.
outbox-waiting-link = Voir la demande
outbox-sent = Vous êtes de nouveau connecté, et votre demande a été envoyée.
outbox-sent-link = Voir le récépissé
apply-sent-already = Vous avez envoyé une demande depuis cet appareil. Ses réponses ne sont plus conservées ici.
apply-error-server = Une erreur s’est produite chez nous. Réessayez dans un moment.

apply-receipt-heading = La demande est envoyée
apply-receipt-reference = Votre référence est
apply-receipt-sent = Nous avons envoyé la demande à la commune de { $municipality } le { $date }.
apply-receipt-keep = Notez la référence ou imprimez cette page. Donnez la référence quand vous parlez avec la commune.
apply-next-heading = Que se passe-t-il maintenant ?
apply-next-body = La commune lit la demande et vous contacte. Si cela prend plus d’un mois, vous recevrez une lettre qui dit quand attendre une réponse (forvaltningsloven § 11 a).
apply-next-urgent = Si vous n’avez pas d’endroit où dormir cette nuit, appelez NAV au 55 55 33 33 ou allez au bureau NAV aujourd’hui.
apply-appeal-heading = Si vous n’êtes pas d’accord avec la réponse
apply-appeal-body = Vous recevez la réponse par lettre (une décision, vedtak). Si vous n’êtes pas d’accord, vous pouvez faire un recours. Le délai est de trois semaines à partir de la réception de la lettre (forvaltningsloven § 29). La lettre indique où envoyer le recours. Le bureau NAV peut vous aider à l’écrire.
apply-print = Imprimer
apply-summary-heading = Ce que vous avez envoyé
apply-receipt-missing = Pas de reçu ici
apply-receipt-missing-body = Nous ne trouvons aucune demande envoyée sur cet appareil. Le reçu est effacé quand quelqu’un appuie sur « Recommencer ».
apply-status-label = Statut :
apply-status-received = Reçue. La commune n’a pas encore commencé à traiter la demande.
apply-status-in-progress = En cours de traitement.
apply-status-decided = Décidée. La réponse arrive par lettre.
error-too-many-requests = Beaucoup de demandes sont venues de cet appareil en peu de temps. Attendez une minute et réessayez.

## The receipt: who will contact the resident about what (routes/apply/receipt/handled_by.rs)
apply-handled-by-heading = Qui vous contactera, et à quel sujet
apply-handled-by-lead = Chaque partie de votre demande va à celui qui en décide. Il vous contactera.
handler-housing-office = Le service du logement de la commune de { $municipality }
handler-nav = Le bureau NAV de votre lieu de résidence
handler-husbanken = Husbanken (la Banque publique du logement)
handler-about = Au sujet de :
handler-nav-how = Le bureau NAV en décide et vous contactera. Vous pouvez joindre NAV par téléphone au
handler-husbanken-how = Husbanken décide de la bostøtte (aide au logement). Vous faites la demande sur husbanken.no, et la commune peut vous aider à la remplir.
decision-open = Lire la décision
decision-ready = La commune a pris une décision dans votre dossier.
receipt-meeting-heading = Vous avez une invitation à un entretien
receipt-meeting-when = { $date } à { $time }
receipt-meeting-open = Voir l’invitation et répondre
receipt-meeting-confirmed = Vous avez répondu que vous viendrez.
receipt-meeting-another = Vous avez demandé un autre moment.
receipt-documents-heading = Documents
receipt-documents-body = Envoyez les documents que la commune demande, par exemple une pièce d’identité, des fiches de paie et le bail, directement depuis votre téléphone.
receipt-documents-open = Joindre des documents
receipt-documents-send = Envoyer les documents
receipt-documents-waiting = { $count ->
    [one] Le document que vous avez joint est pour l’instant seulement sur ce téléphone. Envoyez-le maintenant pour que la commune le reçoive.
   *[other] Les { $count } documents que vous avez joints sont pour l’instant seulement sur ce téléphone. Envoyez-les maintenant pour que la commune les reçoive.
}
apply-documents = { $count ->
    [0] Vous pouvez joindre les documents que la commune demande, comme les fiches de paie et le bail. Ils restent sur ce téléphone jusqu’à ce que vous envoyiez la demande.
    [one] Vous avez joint un document. Il reste sur ce téléphone jusqu’à ce que vous envoyiez la demande. Ensuite, vous l’envoyez depuis le récépissé.
   *[other] Vous avez joint { $count } documents. Ils restent sur ce téléphone jusqu’à ce que vous envoyiez la demande. Ensuite, vous les envoyez depuis le récépissé.
}
