"""Prepare features, train and evaluate the churn model, tracking every run on the team's MLflow server."""

import os
from pathlib import Path

import mlflow
import mlflow.sklearn
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

FEATURES = ["tenure_months", "monthly_charges", "total_charges", "support_tickets", "is_monthly_contract"]
TARGET = "churned"
DATA_DIR = Path(os.environ.get("CHURN_DATA_DIR", "data"))
PARAMS = {"n_estimators": 300, "learning_rate": 0.05, "max_depth": 3, "subsample": 0.8}


def _use_tracking_server() -> None:
    mlflow.set_tracking_uri(os.environ.get("MLFLOW_TRACKING_URI", "http://localhost:5000"))
    mlflow.set_experiment("churn-service")


def preprocess() -> None:
    customers = pd.read_parquet(DATA_DIR / "customers.parquet").dropna(subset=[TARGET])
    customers["total_charges"] = customers["total_charges"].fillna(0.0)
    customers["is_monthly_contract"] = (customers["contract_type"] == "month-to-month").astype(int)
    train, test = train_test_split(customers, test_size=0.2, stratify=customers[TARGET], random_state=42)
    train.to_parquet(DATA_DIR / "train.parquet", index=False)
    test.to_parquet(DATA_DIR / "test.parquet", index=False)
    # The drift job compares live requests with exactly what the model was trained on.
    train[FEATURES].to_parquet(DATA_DIR / "reference.parquet", index=False)


def train() -> str:
    _use_tracking_server()
    data = pd.read_parquet(DATA_DIR / "train.parquet")
    with mlflow.start_run() as run:
        mlflow.log_params(PARAMS)
        model = GradientBoostingClassifier(random_state=42, **PARAMS)
        model.fit(data[FEATURES], data[TARGET])
        mlflow.log_metric("train_rows", len(data))
        mlflow.sklearn.log_model(model, "model")
    return run.info.run_id


def evaluate(run_id: str, min_auc: float = 0.80) -> float:
    _use_tracking_server()
    test = pd.read_parquet(DATA_DIR / "test.parquet")
    model = mlflow.sklearn.load_model(f"runs:/{run_id}/model")
    scores = model.predict_proba(test[FEATURES])[:, 1]
    auc = roc_auc_score(test[TARGET], scores)
    with mlflow.start_run(run_id=run_id):
        mlflow.log_metric("test_auc", auc)
        mlflow.log_metric("test_f1", f1_score(test[TARGET], scores >= 0.5))
    if auc < min_auc:
        raise ValueError(f"test AUC {auc:.3f} is below {min_auc}; do not deploy run {run_id}.")
    return auc


if __name__ == "__main__":
    preprocess()
    print(f"test AUC: {evaluate(train()):.3f}")
