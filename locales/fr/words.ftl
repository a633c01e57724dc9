# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = Trouvé : la commune de { $name } ({ $number }).
words-municipality-replaced-number = Le numéro de commune { $old } n’est plus utilisé. Il a changé ({ $path }) et correspond maintenant à la commune de { $name } ({ $new }). Nous utilisons { $new }.
words-municipality-replaced-name = { $old } ({ $number }) n’est plus une commune à part entière. Elle fait maintenant partie de la commune de { $name } ({ $path }). Nous utilisons { $new }.
words-municipality-divided = La commune de { $old } ({ $number }) a été divisée en plusieurs communes. Choisissez celle où vous habitez maintenant :
words-municipality-several = Plusieurs communes correspondent. Choisissez celle où vous habitez :
words-municipality-not-found = Nous ne trouvons aucune commune avec ce nom ou ce numéro. Écrivez le nom norvégien de la commune ou son numéro à quatre chiffres.
error-municipality-divided = La commune qui avait ce numéro a été divisée en plusieurs communes. Écrivez le nom de la commune où vous habitez maintenant.
explain-needs-reception-centre = Si vous habitez dans un centre d’accueil pour demandeurs d’asile et avez un permis de séjour, la commune où vous serez installé doit vous aider à trouver un logement. Demandez au centre pour l’installation (bosetting).
words-income-period = Ce montant est-il par an ou par mois ?
words-income-basis = Ce montant est-il avant ou après impôt ?
