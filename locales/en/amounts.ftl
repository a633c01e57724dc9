# English. Amounts and counts that cannot be read for certain (the rule is in src/format/amount.rs).
# The examples are written as a reader of this language writes numbers.

amount-error-ambiguous = A point here could mean thousands or øre (decimals), so we cannot tell which amount you mean. Write 11500, 11 500 or 11,500 for eleven thousand five hundred kroner. Write øre after a point, with two digits: 11,500.50.
amount-error-separators = The spaces, commas or points are in the wrong place. Write thousands in groups of three, for example 1,250,000, 1 250 000 or 1250000, and øre after a point: 12,500.50.
amount-error-decimals = Write at most two digits after the point (øre), for example 12,500.50.
count-error-whole = Write a whole number, for example 2.
