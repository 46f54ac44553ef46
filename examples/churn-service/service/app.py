"""Churn scoring API: POST /predict scores one customer, GET /health for probes, GET /metrics for Prometheus."""

import os
from functools import lru_cache

import mlflow.sklearn
import pandas as pd
from fastapi import Depends, FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from pydantic import BaseModel, Field

MODEL_PATH = os.environ.get("MODEL_PATH", "models/churn")
MODEL_VERSION = os.environ.get("MODEL_VERSION", "unknown")
CHURN_THRESHOLD = float(os.environ.get("CHURN_THRESHOLD", "0.5"))

PREDICTIONS = Counter("model_predictions_total", "Predictions served, by predicted outcome.", ["outcome"])
PREDICTION_DURATION = Histogram("prediction_duration_seconds", "Time spent scoring one customer.")

app = FastAPI(title="churn-service", version="1.4.0")


class Customer(BaseModel):
    # Field order is the feature order the model was trained on (training/train.py FEATURES).
    tenure_months: int = Field(ge=0)
    monthly_charges: float = Field(ge=0)
    total_charges: float = Field(ge=0)
    support_tickets: int = Field(ge=0)
    is_monthly_contract: bool


class ChurnPrediction(BaseModel):
    churn_probability: float
    will_churn: bool
    model_version: str


@lru_cache(maxsize=1)
def get_model():
    # Loaded on the first request rather than at import, so /health answers while the model volume mounts.
    return mlflow.sklearn.load_model(MODEL_PATH)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok", "model_version": MODEL_VERSION}


@app.post("/predict", response_model=ChurnPrediction)
def predict(customer: Customer, model=Depends(get_model)) -> ChurnPrediction:
    with PREDICTION_DURATION.time():
        features = pd.DataFrame([customer.model_dump()]).astype({"is_monthly_contract": int})
        probability = float(model.predict_proba(features)[0][1])
    will_churn = probability >= CHURN_THRESHOLD
    PREDICTIONS.labels(outcome="churn" if will_churn else "stay").inc()
    return ChurnPrediction(churn_probability=probability, will_churn=will_churn, model_version=MODEL_VERSION)


@app.get("/metrics", include_in_schema=False)
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
