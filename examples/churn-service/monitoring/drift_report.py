"""Daily drift check: compare one day of scored requests with the training reference set."""

import argparse
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset

FEATURES = ["tenure_months", "monthly_charges", "total_charges", "support_tickets", "is_monthly_contract"]
REFERENCE_PATH = Path("data/reference.parquet")
PREDICTIONS_DIR = Path("data/predictions")
REPORTS_DIR = Path("monitoring/reports")


def build_drift_report(day: date) -> Path:
    reference = pd.read_parquet(REFERENCE_PATH, columns=FEATURES)
    current = pd.read_parquet(PREDICTIONS_DIR / f"{day.isoformat()}.parquet", columns=FEATURES)

    report = Report(metrics=[DataDriftPreset()])
    snapshot = report.run(current_data=current, reference_data=reference)

    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    output = REPORTS_DIR / f"drift-{day.isoformat()}.html"
    snapshot.save_html(str(output))
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--day",
        type=date.fromisoformat,
        default=date.today() - timedelta(days=1),
        help="day of predictions to check, YYYY-MM-DD (default: yesterday)",
    )
    args = parser.parse_args()
    print(f"drift report written to {build_drift_report(args.day)}")


if __name__ == "__main__":
    main()
