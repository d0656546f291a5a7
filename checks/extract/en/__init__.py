"""English: the quantity grammar (:mod:`.quantities`) and claim assembly (:mod:`.assemble`). Takes width-folded
text; gives mentions, then their readings."""
