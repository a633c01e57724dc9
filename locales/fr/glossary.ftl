# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = un prêt de la commune pour acheter un logement
glossary-bostotte = une aide mensuelle de l’État pour le logement quand les revenus sont faibles
glossary-nav = l’administration du travail, des prestations et de l’aide sociale
glossary-husbanken = la banque publique du logement
glossary-fodselsnummer = votre numéro d’identité norvégien à 11 chiffres
glossary-d-nummer = un numéro d’identité norvégien provisoire, pour qui n’a pas de numéro permanent
glossary-vedtak = une décision écrite d’un service public, contre laquelle vous pouvez faire recours
glossary-egenandel = la part que vous payez vous-même
glossary-depositum = une caution versée au propriétaire quand vous louez un logement
glossary-tilskudd-til-etablering = une subvention de la commune pour acheter un logement, pour les personnes à faibles revenus
glossary-midlertidig-botilbud = un hébergement temporaire quand vous n’avez nulle part où vivre
glossary-vanskeligstilt = les mots de la loi pour une personne qui ne peut pas trouver ou garder seule un logement adapté
glossary-sosialtjenesteloven = la loi sur les services sociaux
glossary-boligsosialloven = la loi sur le devoir de la commune d’aider les personnes qui ont du mal à se loger
glossary-forvaltningsloven = la loi sur l’administration publique : les règles que suivent les services publics pour votre dossier
glossary-minstefradrag = une déduction forfaitaire sur le revenu avant l’impôt
glossary-skattemelding = la déclaration d’impôt annuelle
glossary-skatteetaten = l’administration fiscale norvégienne
glossary-trygdeavgift = la cotisation d’assurance nationale, un impôt sur le revenu
glossary-trinnskatt = l’impôt par tranches, un impôt en plus sur les revenus élevés
glossary-bolig-forst = « Logement d’abord » : d’abord un logement à soi, puis de l’aide pour le garder
glossary-lanekassen = l’organisme public des prêts et bourses d’études
glossary-borettslag = une coopérative d’habitation : vous achetez une part et payez des charges communes chaque mois
glossary-sameie = une copropriété : votre appartement est à vous, le reste est partagé
glossary-deleie = la propriété partagée : vous achetez une partie du logement et louez le reste à la commune
glossary-legevakt = le médecin de garde, quand le cabinet de votre médecin est fermé
