"""Open Referral HSDS 3.0: the export of a database (:mod:`.export`), tabular and JSON."""
