# Nowhere to sleep tonight: the emergency help, and the law behind the needs check's answer.
# Review status: see main.ftl.

## The start page's way in (its title is emergency-heading)
emergency-entry-body = ናብ NAV ደውል፣ ወይ ሎሚ ናብ ቤት ጽሕፈት NAV ኪድ። ሓገዝ ብኸምዚ ትረክብ።

## The emergency help
emergency-page-title = ሎሚ ለይቲ ዝድቅሰሉ ቦታ የብልካን? – Husly
emergency-outcome = ሽዑ «vanskeligstilt på boligmarkedet» (ኣብ ዕዳጋ ገዛ ኣብ ጸገም ዘሎ) ኢኻ፣ ህጹጽ ድማ እዩ። NAV ሎሚ ለይቲ ዝድቅሰሉ ቦታ ክትረክብ ክሕግዘካ ኣለዎ።
emergency-call = ናብ NAV ደውል
emergency-call-evening = ምሸት ወይ ቀዳመ ሰንበት እንተኾይኑ ናብ ህጹጽ ሕክምና (legevakt) ደውል፦
emergency-office = ሎሚ ናብ ቤት ጽሕፈት NAV ኪድ
emergency-office-here = ናብ ቤት ጽሕፈት NAV ናይቲ ሕጂ ዘለኻዮ ኮሙን ኪድ።
emergency-office-in = ናብ ቤት ጽሕፈት NAV ኣብ { $municipality } ኪድ።
emergency-office-duty = NAV ሎሚ ለይቲ ዝድቅሰሉ ቦታ ክትረክብ ክሕግዘካ ኣለዎ (ግዜያዊ መንበሪ፣ midlertidig botilbud፣ sosialtjenesteloven § 27)።
emergency-say = ክትብሎ እትኽእል
emergency-say-words = ሎሚ ለይቲ ዝድቅሰሉ ቦታ የብለይን፣ ግዜያዊ መንበሪ ድማ የድልየኒ።
emergency-say-meaning = ትርጉሙ፦
emergency-say-show = ነቲ ስክሪን ከተርእዮም እውን ትኽእል ኢኻ።
emergency-danger = ሕጂ ኣብ ሓደጋ ዲኻ ዘለኻ? ናብ ፖሊስ ደውል፦
emergency-continue = ንተወሳኺ ሕቶታት መልሲ ሃብ
emergency-continue-hint = ግዴታ ኣይኮነን። እንተመለስካ፣ ካልእ ክሰማማዓካ ዝኽእል ሓገዝ ክትርኢ ኢኻ፣ ንኣብነት ካብ ኮሙን ዝወሃብ ገዛ።

## The needs check's answer
needs-outcome-emergency = «vanskeligstilt på boligmarkedet» (ኣብ ዕዳጋ ገዛ ኣብ ጸገም ዘሎ) ኢኻ፣ ህጹጽ ድማ እዩ፣ ምኽንያቱ ሎሚ ለይቲ ዝድቅሰሉ ቦታ የብልካን።
needs-law-heading = እዚ ኣብ እንታይ ዝተመርኮሰ እዩ
explain-needs-no-bed-tonight = ሎሚ ለይቲ ዝድቅሰሉ ቦታ የብልካን። ስለዚ ኣብ ዕዳጋ ገዛ ኣብ ጸገም ኣለኻ፣ ህጹጽ ድማ እዩ።
explain-law-vanskeligstilt = ሕጊ ሓላፍነት ኮሙናት ኣብ ማሕበራዊ መንበሪ (boligsosialloven)፣ ካብ 1 ሓምለ 2023፦ ብቍጠባዊ፣ ማሕበራዊ ወይ ጥዕናዊ ምኽንያት ባዕልኻ ዝሰማማዓካ ገዛ ክትረክብ ወይ ክትሕዝ እንተዘይክኢልካ «vanskeligstilt på boligmarkedet» ኢኻ።
explain-law-individual-help = Boligsosialloven § 6፦ ኮሙን ምሳኻ ብምትሕብባር ንዓኻን ንዘድልየካን ዝሰማማዕ ሓገዝ ክህበካ ኣለዎ።
explain-law-temporary-accommodation = Sosialtjenesteloven § 27፦ ኮሙን ባዕሉ ክገብሮ ንዘይክእል ሰብ ግዜያዊ መንበሪ (midlertidig botilbud) ክረኽበሉ ኣለዎ። እዚ ዝገብሮ ቤት ጽሕፈት NAV እዩ።
