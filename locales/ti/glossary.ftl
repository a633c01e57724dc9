# The glossary: what each Norwegian term that the text keeps in Norwegian (src/i18n/terms.rs)
# means, shown in brackets after its first appearance on a page, e.g. "startlån (…)". Short and
# plain, without the term itself or another Norwegian term. Review status: see main.ftl.

glossary-startlan = ገዛ ንምግዛእ ካብ ኮሙን ዝወሃብ ልቓሕ
glossary-bostotte = ኣታዊ ትሑት ምስ ዝኸውን ንወጻኢ ገዛ ዝሕግዝ ወርሓዊ ክፍሊት ካብ መንግስቲ
glossary-nav = ቤት ጽሕፈት መንግስቲ ንስራሕ፣ ክፍሊታት ሓገዝን ማሕበራዊ ኣገልግሎትን
glossary-husbanken = ባንክ ገዛውቲ መንግስቲ
glossary-fodselsnummer = 11 ኣሃዝ ዘለዎ ናይ ኖርወይ ቁጽሪ መንነትካ
glossary-d-nummer = ቀዋሚ ቁጽሪ ንዘይብሎም ዝወሃብ ግዝያዊ ናይ ኖርወይ ቁጽሪ መንነት
glossary-vedtak = ካብ ቤት ጽሕፈት መንግስቲ ዝወሃብ ጽሑፍ ውሳነ፣ ይግባይ ክትብሎ ትኽእል
glossary-egenandel = ባዕልኻ እትኸፍሎ ክፋል
glossary-depositum = ገዛ ክትከራይ ከለኻ ንዋና ገዛ እትህቦ ውሕስነት ገንዘብ
glossary-tilskudd-til-etablering = ትሑት ኣታዊ ንዘለዎም ገዛ ንምግዛእ ካብ ኮሙን ዝወሃብ ሓገዝ ገንዘብ
glossary-midlertidig-botilbud = እትነብረሉ ቦታ ምስ ዘይብልካ ግዝያዊ መዕቆቢ
glossary-vanskeligstilt = ንበይኑ ዝሰማማዕ ገዛ ክረክብ ወይ ክሕዝ ንዘይክእል ሰብ ዝገልጽ ቃል ሕጊ
glossary-sosialtjenesteloven = ሕጊ ማሕበራዊ ኣገልግሎት
glossary-boligsosialloven = ኮሙን ብገዛ ንዝጽገሙ ሰባት ክሕግዝ ዘገድድ ሕጊ
glossary-forvaltningsloven = ሕጊ ምምሕዳር፡ ቤት ጽሕፈት መንግስቲ ጉዳይካ ክሕዝ ከሎ ዝስዕቦ ሕግታት
glossary-minstefradrag = ቅድሚ ግብሪ ካብ ኣታዊ ዝጎድል ልሙድ ቅናስ
glossary-skattemelding = ዓመታዊ መግለጺ ግብሪ
glossary-skatteetaten = ቤት ጽሕፈት ግብሪ ኖርወይ
glossary-trygdeavgift = ክፍሊት ሃገራዊ መድሕን፣ ኣብ ኣታዊ ዝኽፈል ግብሪ
glossary-trinnskatt = ኣብ ልዑል ኣታዊ ዝውሰኽ ተወሳኺ ግብሪ
glossary-bolig-forst = «መጀመርታ ገዛ»፡ መጀመርታ ናይ ባዕልኻ ገዛ፣ ድሕሪኡ ንምሓዙ ሓገዝ
glossary-lanekassen = ንተማሃሮ ልቓሕን ሓገዝን ዝህብ ትካል መንግስቲ
glossary-borettslag = ማሕበር ገዛውቲ፡ ብጽሒት ትገዝእ፣ ወርሓዊ ሓባራዊ ወጻኢ ትኸፍል
glossary-sameie = ብሓባር ዝውነን ህንጻ፡ ኣፓርትመንትካ ናትካ እዩ፣ እቲ ዝተረፈ ሓባራዊ እዩ
glossary-deleie = ክፋላዊ ዋንነት፡ ክፋል ገዛ ትገዝእ፣ እቲ ዝተረፈ ካብ ኮሙን ትኻረ
glossary-legevakt = ናይ ህጹጽ ሓኪም፣ ሓኪምካ ዕጹው ምስ ዝኸውን
