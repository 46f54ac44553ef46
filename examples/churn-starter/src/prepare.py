"""Split the raw churn export into processed train/test sets (DVC stage `prepare`)."""

from pathlib import Path

import pandas as pd
import yaml
from sklearn.model_selection import train_test_split

RAW_PATH = Path("data/raw/churn.csv")
OUT_DIR = Path("data/processed")
CATEGORICAL = ["contract_type", "payment_method"]


def main() -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["prepare"]
    churn = pd.read_csv(RAW_PATH)

    # Customers in their first month have no billing yet: the CRM exports a blank,
    # which means zero spent so far, not an unknown amount.
    churn["total_charges"] = pd.to_numeric(churn["total_charges"], errors="coerce").fillna(0.0)
    features = pd.get_dummies(churn.drop(columns=["customer_id"]), columns=CATEGORICAL, dtype=int)

    train, test = train_test_split(
        features,
        test_size=params["test_size"],
        random_state=params["seed"],
        stratify=features["churned"],
    )
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    train.to_csv(OUT_DIR / "train.csv", index=False)
    test.to_csv(OUT_DIR / "test.csv", index=False)
    print(f"prepared {len(train)} training and {len(test)} test rows")


if __name__ == "__main__":
    main()
