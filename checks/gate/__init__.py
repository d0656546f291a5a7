"""The gate: the sixth stage. Takes paths, suites, evidence and a baseline; runs the pipeline (:mod:`.run`), decides
the exit status (:mod:`.verdict`), and keeps what CI needs around it: accepted findings (:mod:`.baseline`),
claims diffs between versions (:mod:`.diff`, :mod:`.revisions`) and the scaffold of a repository (:mod:`.init`)."""
