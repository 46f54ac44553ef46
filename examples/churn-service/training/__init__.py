"""Churn model training steps, shared by the command line and the Airflow DAG."""
