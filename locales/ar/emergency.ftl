# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = اتصل بـ NAV، أو اذهب إلى مكتب NAV اليوم. هكذا تحصل على المساعدة.

## The emergency help
emergency-page-title = أليس لديك مكان تنام فيه الليلة؟ – Husly
emergency-outcome = إذن أنت «vanskeligstilt på boligmarkedet» (في وضع صعب في سوق السكن)، والأمر عاجل. على NAV أن يساعدك في إيجاد مكان تنام فيه الليلة.
emergency-call = اتصل بـ NAV
emergency-call-evening = في المساء أو في عطلة نهاية الأسبوع، اتصل بالطوارئ الطبية (legevakt):
emergency-office = اذهب إلى مكتب NAV اليوم
emergency-office-here = اذهب إلى مكتب NAV في البلدية التي أنت فيها الآن.
emergency-office-in = اذهب إلى مكتب NAV في { $municipality }.
emergency-office-duty = على NAV أن يساعدك في إيجاد مكان تنام فيه الليلة (سكن مؤقت، midlertidig botilbud، sosialtjenesteloven § 27).
emergency-say = ما يمكنك قوله
emergency-say-words = ليس لدي مكان أنام فيه الليلة، وأحتاج إلى سكن مؤقت.
emergency-say-meaning = معناها:
emergency-say-show = يمكنك أيضًا أن تريهم الشاشة.
emergency-danger = هل أنت في خطر الآن؟ اتصل بالشرطة:
emergency-continue = أجب عن أسئلة أخرى
emergency-continue-hint = هذا اختياري. إذا أجبت، سترى أي مساعدة أخرى قد تناسبك، مثل مسكن من البلدية.

## The needs check's answer
needs-outcome-emergency = أنت «vanskeligstilt på boligmarkedet» (في وضع صعب في سوق السكن)، والأمر عاجل، لأنه ليس لديك مكان تنام فيه الليلة.
needs-law-heading = على ماذا يستند هذا
explain-needs-no-bed-tonight = ليس لديك مكان تنام فيه الليلة. هذا يعني أنك في وضع صعب في سوق السكن، والأمر عاجل.
explain-law-vanskeligstilt = قانون مسؤولية البلديات في مجال السكن الاجتماعي (boligsosialloven)، منذ 1 يوليو 2023: أنت «vanskeligstilt på boligmarkedet» إذا كنت لا تستطيع بنفسك، لأسباب مالية أو اجتماعية أو صحية، أن تحصل على مسكن مناسب أو أن تحافظ عليه.
explain-law-individual-help = وفق boligsosialloven § 6، على البلدية أن تقدم لك مساعدة مكيّفة لك ولما تحتاجه، بالتعاون معك.
explain-law-temporary-accommodation = وفق sosialtjenesteloven § 27، على البلدية أن تجد سكنًا مؤقتًا (midlertidig botilbud) لمن لا يستطيع ذلك بنفسه. مكتب NAV هو من يقوم بذلك.
