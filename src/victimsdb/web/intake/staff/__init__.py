"""Staff pages under /staff/: the review queues, reports, entries' review, intake."""
