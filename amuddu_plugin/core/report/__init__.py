"""The committee's printed report (amuddu:cp3_report)."""
