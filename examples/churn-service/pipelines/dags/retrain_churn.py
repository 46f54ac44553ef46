"""Weekly retraining of the churn model: preprocess >> train >> evaluate."""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator


# Training code is imported inside each task so the scheduler parses this file
# without loading pandas, scikit-learn and MLflow every few seconds.
def run_preprocess() -> None:
    from training.train import preprocess

    preprocess()


def run_train() -> str:
    from training.train import train

    return train()  # the run id goes to XCom for the evaluate task


def run_evaluate(run_id: str) -> float:
    from training.train import evaluate

    return evaluate(run_id)


with DAG(
    dag_id="retrain_churn",
    description="Retrain the churn model on the latest customer export and check it on held-out data.",
    schedule="@weekly",
    start_date=datetime(2025, 1, 6),
    catchup=False,
    default_args={"owner": "customer-analytics", "retries": 1, "retry_delay": timedelta(minutes=10)},
    tags=["churn", "ml"],
) as dag:
    preprocess = PythonOperator(task_id="preprocess", python_callable=run_preprocess)
    train = PythonOperator(task_id="train", python_callable=run_train)
    evaluate = PythonOperator(
        task_id="evaluate",
        python_callable=run_evaluate,
        op_kwargs={"run_id": "{{ ti.xcom_pull(task_ids='train') }}"},
    )

    preprocess >> train >> evaluate
