"""Churn scoring API."""
