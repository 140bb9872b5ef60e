"""Detection: news text in, upheaval events out.

- `rules.py`: the patterns that read who did what to whom (role, stage, person, seniority, abruptness);
- `model.py`: the learned, case-blind judgement of whether a text reports an event at all;
- `mentions.py`: company names from the catalogue, in any casing;
- `combine.py`: the one function that puts them together (`detect_events`);
- `training.py`: fits the model from labelled text (`upheaval train`).
"""

from pipeline.detection.combine import detect_events, model_scores, warm
from pipeline.detection.rules import DetectedEvent

__all__ = ["DetectedEvent", "detect_events", "model_scores", "warm"]
