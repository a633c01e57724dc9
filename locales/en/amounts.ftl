# English. Amounts and counts that cannot be read for certain (the rule: src/format/amount.rs).

amount-error-ambiguous = A point here could mean thousands or øre, so we cannot tell the amount. Write 11500 or 11,500 for eleven thousand five hundred kroner, and øre with two digits after the point: 11,500.50.
amount-error-separators = The spaces, commas or points are in the wrong place. Write thousands in groups of three, for example 1,250,000, 1 250 000 or 1250000, and øre after a point: 12,500.50.
amount-error-decimals = Write at most two digits after the point (øre), for example 12,500.50.
count-error-whole = Write a whole number, for example 2.
