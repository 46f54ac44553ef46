"""API tests for the churn scoring service; the MLflow model is replaced by a stub."""

import pytest
from fastapi.testclient import TestClient

from service.app import app, get_model

CUSTOMER = {
    "tenure_months": 4,
    "monthly_charges": 79.9,
    "total_charges": 319.6,
    "support_tickets": 3,
    "is_monthly_contract": True,
}


class StubModel:
    """Stands in for the trained classifier: every customer gets a 70% churn risk."""

    def predict_proba(self, features):
        return [[0.3, 0.7] for _ in range(len(features))]


@pytest.fixture
def client():
    app.dependency_overrides[get_model] = StubModel
    yield TestClient(app)
    app.dependency_overrides.clear()


def test_health_reports_status_and_model_version(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert "model_version" in response.json()


def test_predict_returns_churn_probability(client):
    response = client.post("/predict", json=CUSTOMER)

    assert response.status_code == 200
    assert response.json()["churn_probability"] == pytest.approx(0.7)
    assert response.json()["will_churn"] is True


def test_predict_rejects_negative_tenure(client):
    response = client.post("/predict", json={**CUSTOMER, "tenure_months": -1})

    assert response.status_code == 422


def test_metrics_count_served_predictions(client):
    client.post("/predict", json=CUSTOMER)

    assert 'model_predictions_total{outcome="churn"}' in client.get("/metrics").text
