"""Train the churn classifier and track the run in MLflow (DVC stage `train`)."""

import json
from pathlib import Path

import joblib
import mlflow
import mlflow.sklearn
import pandas as pd
import yaml
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score

# TODO: serve with FastAPI once the model is stable

TARGET = "churned"


def main() -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["train"]
    train = pd.read_csv("data/processed/train.csv")
    test = pd.read_csv("data/processed/test.csv")
    x_train, y_train = train.drop(columns=[TARGET]), train[TARGET]
    x_test, y_test = test.drop(columns=[TARGET]), test[TARGET]

    mlflow.set_experiment("churn-baseline")
    with mlflow.start_run():
        for name, value in params.items():
            mlflow.log_param(name, value)

        model = RandomForestClassifier(
            n_estimators=params["n_estimators"],
            max_depth=params["max_depth"],
            min_samples_leaf=params["min_samples_leaf"],
            class_weight="balanced",  # only about one customer in five churns
            random_state=params["seed"],
            n_jobs=-1,
        )
        model.fit(x_train, y_train)

        scores = model.predict_proba(x_test)[:, 1]
        metrics = {"roc_auc": roc_auc_score(y_test, scores), "f1": f1_score(y_test, scores >= 0.5)}
        for name, value in metrics.items():
            mlflow.log_metric(name, value)
        mlflow.sklearn.log_model(model, "model")

    Path("models").mkdir(exist_ok=True)
    joblib.dump(model, "models/churn_model.joblib")
    Path("metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")


if __name__ == "__main__":
    main()
