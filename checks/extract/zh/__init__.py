"""Chinese: numerals, units, qualifiers and the quantity scanner, by dimension, and claim assembly
(:mod:`.assemble`). Takes width-folded text; gives mentions, then their readings."""
