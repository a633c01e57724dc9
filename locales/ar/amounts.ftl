# العربية. Review status: machine-assisted, waiting for a qualified translator.
# Examples without space groups: in right-to-left text "11 500" would show as "500 11".

amount-error-ambiguous = النقطة هنا قد تعني الآلاف أو الأوره (øre، أي الكسور)، لذلك لا نعرف المبلغ الذي تقصده. اكتب 11500 أو 11,500 لأحد عشر ألفًا وخمسمئة كرونة. واكتب الأوره بعد النقطة برقمين: 11,500.50.
amount-error-separators = المسافات أو الفواصل أو النقاط في غير مكانها. اكتب الآلاف في مجموعات من ثلاثة أرقام، مثلًا 1,250,000 أو 1250000، والأوره بعد النقطة: 12,500.50.
amount-error-decimals = اكتب رقمين على الأكثر بعد النقطة (الأوره)، مثلًا 12,500.50.
count-error-whole = اكتب عددًا صحيحًا، مثلًا 2.
