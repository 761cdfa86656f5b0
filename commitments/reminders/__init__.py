"""Reminders before and after deadlines, and the weekly digest: policy, planner, ledger and delivery."""
