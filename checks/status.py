"""Exit statuses, shared by every stage that reports one: the library's verdict and the command line."""

OK, FAILED, BAD_INPUT = 0, 1, 2
VERDICTS = {OK: "PASSED", FAILED: "FAILED", BAD_INPUT: "BAD INPUT"}
