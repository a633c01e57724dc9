# Words people use (issue 14): the municipality as people write it, and a name of its own for each group of choices.
words-municipality-found = ተረኺቡ፦ ኮሙን { $name } ({ $number })።
words-municipality-replaced-number = ቁጽሪ ኮሙን { $old } ሕጂ ኣብ ጥቕሚ የለን። ተቐይሩ እዩ ({ $path })፣ ሕጂ ኮሙን { $name } ({ $new }) እዩ። ንሕና { $new } ንጥቀም።
words-municipality-replaced-name = { $old } ({ $number }) ሕጂ በይኑ ኮሙን ኣይኮነን። ክፋል ኮሙን { $name } ኮይኑ ({ $path })። ንሕና { $new } ንጥቀም።
words-municipality-divided = ኮሙን { $old } ({ $number }) ናብ ብዙሓት ኮሙናት ተመቒሉ። እቲ ሕጂ እትነብረሉ ምረጽ፦
words-municipality-several = ብዙሓት ኮሙናት ይሰማምዑ። እቲ እትነብረሉ ምረጽ፦
words-municipality-not-found = በዚ ስም ወይ ቁጽሪ ኮሙን ኣይረኸብናን። ስም ናይቲ ኮሙን ብኖርወይኛ፣ ወይ እቲ ኣርባዕተ ኣሃዝ ዘለዎ ቁጽሩ ጽሓፍ።
error-municipality-divided = እቲ በዚ ቁጽሪ ዘሎ ኮሙን ናብ ብዙሓት ኮሙናት ተመቒሉ። ስም ናይቲ ሕጂ እትነብረሉ ኮሙን ጽሓፍ።
explain-needs-reception-centre = ኣብ መዕቆቢ ሓተትቲ ዑቕባ እንተ ነበርካን ፍቓድ መንበሪ እንተ ረኺብካን፣ እቲ ዘስፍረካ ኮሙን ገዛ ክትረክብ ክሕግዘካ ኣለዎ። ብዛዕባ ምስፋር (bosetting) ንመዕቆቢ ሕተት።
words-income-period = እቲ መጠን ናይ ዓመት ድዩ ወይስ ናይ ወርሒ?
words-income-basis = እቲ መጠን ቅድሚ ግብሪ ድዩ ወይስ ድሕሪ ግብሪ?
