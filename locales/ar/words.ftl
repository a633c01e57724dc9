# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = وجدنا: بلدية { $name } ({ $number }).
words-municipality-replaced-number = رقم البلدية { $old } لم يعد مستخدمًا. لقد تغيّر ({ $path }) وهو الآن بلدية { $name } ({ $new }). نستخدم { $new }.
words-municipality-replaced-name = { $old } ({ $number }) لم تعد بلدية مستقلة. أصبحت جزءًا من بلدية { $name } ({ $path }). نستخدم { $new }.
words-municipality-divided = قُسّمت بلدية { $old } ({ $number }) إلى عدة بلديات. اختر البلدية التي تسكن فيها الآن:
words-municipality-several = تناسب أكثر من بلدية. اختر البلدية التي تسكن فيها:
words-municipality-not-found = لا نجد بلدية بهذا الاسم أو الرقم. اكتب اسم البلدية بالنرويجية، أو رقمها المكوّن من أربعة أرقام.
error-municipality-divided = قُسّمت البلدية التي لها هذا الرقم إلى عدة بلديات. اكتب اسم البلدية التي تسكن فيها الآن.
explain-needs-reception-centre = إذا كنت تسكن في مركز استقبال طالبي اللجوء وحصلت على تصريح إقامة، فإن البلدية التي ستُوطَّن فيها يجب أن تساعدك في الحصول على مسكن. اسأل المركز عن التوطين (bosetting).
words-income-period = هل المبلغ في السنة أم في الشهر؟
words-income-basis = هل المبلغ قبل الضريبة أم بعدها؟
